-- rule: prior_year_change
-- severity: warning
-- message: a figure moved by more than half against the unit's previous year
with figures as (
    -- income, 三公 and procurement items, and expenditure per kind; an empty cell is 0
    select l.submission_id, l.line_no, l.section, coalesce(l.item, l.kind) as item,
           coalesce(l.actual, 0.00) as actual
    from intake.line l
    where l.section in ('income', 'three_public', 'procurement')
    union all
    select l.submission_id, null, 'expenditure', l.kind, sum(coalesce(l.actual, 0.00))
    from intake.line l
    where l.section = 'expenditure'
    group by l.submission_id, l.kind
),
this_year as (
    select s.id as submission_id, s.unit_code, s.fiscal_year, f.line_no, f.section, f.item, f.actual
    from intake.submission s
    join figures f on f.submission_id = s.id
    where s.id = any($1::bigint[])
),
prior_year as (
    select t.submission_id, f.section, f.item, sum(f.actual) as actual
    from (select distinct submission_id, unit_code, fiscal_year from this_year) t
    join intake.current_submission p on p.unit_code = t.unit_code and p.fiscal_year = t.fiscal_year - 1
    join figures f on f.submission_id = p.id
    group by t.submission_id, f.section, f.item
),
compared as (
    -- a figure that disappeared this year counts as 0
    select p.submission_id, t.line_no, p.section, p.item, coalesce(t.actual, 0.00) as actual, p.actual as prior
    from prior_year p
    left join this_year t using (submission_id, section, item)
),
final as (
    select submission_id, line_no, 'actual' as column_name,
           section || '/' || item || ' within half of last year''s ' || prior as expected,
           actual::text as found
    from compared
    where prior > 0 and abs(actual - prior) > prior / 2
)
select * from final
