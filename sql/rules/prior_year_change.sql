-- rule: prior_year_change
-- severity: warning
-- message: a figure moved by more than half against the unit's previous year
with this_year as (
    select s.id as submission_id, s.unit_code, s.fiscal_year, l.line_no,
           l.section, coalesce(l.item, l.kind) as item, l.actual
    from intake.submission s
    join intake.line l on l.submission_id = s.id
    where s.id = any($1::bigint[]) and l.section in ('income', 'three_public', 'procurement')
    union all
    select s.id, s.unit_code, s.fiscal_year, null, 'expenditure', l.kind, sum(l.actual)
    from intake.submission s
    join intake.line l on l.submission_id = s.id
    where s.id = any($1::bigint[]) and l.section = 'expenditure'
    group by s.id, s.unit_code, s.fiscal_year, l.kind
),
prior_year as (
    select p.unit_code, p.fiscal_year + 1 as fiscal_year, l.section,
           coalesce(l.item, l.kind) as item, sum(l.actual) as actual
    from intake.current_submission p
    join intake.line l on l.submission_id = p.id
    where l.section in ('income', 'three_public', 'procurement', 'expenditure')
    group by p.unit_code, p.fiscal_year, l.section, coalesce(l.item, l.kind)
),
final as (
    select t.submission_id, t.line_no, 'actual' as column_name,
           t.section || '/' || t.item || ' within half of last year''s ' || p.actual as expected,
           t.actual::text as found
    from this_year t
    join prior_year p using (unit_code, fiscal_year, section, item)
    where p.actual > 0 and abs(t.actual - p.actual) > p.actual / 2
)
select * from final
