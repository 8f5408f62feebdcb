-- rule: prior_year_change
-- severity: warning
-- message: a figure moved by more than half against the unit's previous year
-- name.en: prior_year_change
-- name.zh: 与上年比较
-- expected.en: {section}/{item} within half of last year's {prior}
-- expected.zh: {section|section}/{item|item} 与上年的 {prior} 相差不超过一半
-- found.en: {actual}
-- found.zh: {actual}
with this_submission as (
    select id as submission_id, unit_code, fiscal_year
    from intake.submission
    where id = any($1::bigint[]) and unit_code is not null and fiscal_year is not null
),
prior_submission as (
    select t.submission_id, p.id as prior_id
    from this_submission t
    join intake.current_submission p on p.unit_code = t.unit_code and p.fiscal_year = t.fiscal_year - 1
),
this_year as (
    -- income, 三公 and procurement items, and expenditure per kind; an empty cell is 0
    select l.submission_id, min(l.line_no) filter (where l.section <> 'expenditure') as line_no,
           l.section, coalesce(l.item, l.kind) as item, sum(coalesce(l.actual, 0.00)) as actual
    from intake.line l
    where l.submission_id in (select submission_id from prior_submission)
      and l.section in ('income', 'three_public', 'procurement', 'expenditure')
    group by l.submission_id, l.section, coalesce(l.item, l.kind)
),
prior_year as (
    select p.submission_id, l.section, coalesce(l.item, l.kind) as item,
           sum(coalesce(l.actual, 0.00)) as actual
    from prior_submission p
    join intake.line l on l.submission_id = p.prior_id
    where l.section in ('income', 'three_public', 'procurement', 'expenditure')
    group by p.submission_id, l.section, coalesce(l.item, l.kind)
),
compared as (
    -- a figure that disappeared this year counts as 0
    select p.submission_id, t.line_no, p.section, p.item, coalesce(t.actual, 0.00) as actual, p.actual as prior
    from prior_year p
    left join this_year t using (submission_id, section, item)
),
final as (
    select submission_id, line_no, 'actual' as column_name,
           jsonb_build_object('section', section, 'item', item) as item,
           jsonb_build_object('section', section, 'item', item, 'prior', prior::text, 'actual', actual::text)
               as args
    from compared
    where prior > 0 and abs(actual - prior) > prior / 2
)
select * from final
