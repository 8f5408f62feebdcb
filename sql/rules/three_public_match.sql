-- rule: three_public_match
-- severity: error
-- message: declared 三公 figures must equal the expenditure lines with the matching economic codes
-- name.en: three_public_match
-- name.zh: 三公经费一致
-- expected.en: {item} {spent} (the lines with economic code {econ_code})
-- expected.zh: {item|item} {spent}（经济分类代码为 {econ_code} 的支出行合计）
-- found.en: {item} {declared}
-- found.zh: {item|item} {declared}
with codes (item, econ_code) as (
    values ('overseas', '30212'), ('reception', '30217'),
           ('vehicle_operation', '30231'), ('vehicle_purchase', '31013')
),
spent as (
    select l.submission_id, c.item,
           sum(l.actual) as actual, sum(l.budget_final) as budget_final
    from intake.line l
    join codes c on c.econ_code = l.econ_code
    where l.submission_id = any($1::bigint[]) and l.section = 'expenditure'
    group by l.submission_id, c.item
),
declared as (
    select submission_id, line_no, item, coalesce(actual, 0.00) as actual,
           coalesce(budget_final, 0.00) as budget_final
    from intake.line
    where submission_id = any($1::bigint[]) and section = 'three_public'
      and item <> 'vehicle_count'
),
compared as (
    select coalesce(d.submission_id, s.submission_id) as submission_id, d.line_no,
           coalesce(d.item, s.item) as item,
           coalesce(d.actual, 0.00) as declared_actual, coalesce(s.actual, 0.00) as spent_actual,
           coalesce(d.budget_final, 0.00) as declared_budget, coalesce(s.budget_final, 0.00) as spent_budget
    from declared d
    full join spent s on s.submission_id = d.submission_id and s.item = d.item
),
final as (
    select c.submission_id, c.line_no, 'actual' as column_name,
           jsonb_build_object('section', 'three_public', 'item', c.item) as item,
           jsonb_build_object('item', c.item, 'econ_code', k.econ_code,
                              'spent', c.spent_actual::text, 'declared', c.declared_actual::text) as args
    from compared c join codes k using (item)
    where c.declared_actual <> c.spent_actual
    union all
    select c.submission_id, c.line_no, 'budget_final',
           jsonb_build_object('section', 'three_public', 'item', c.item),
           jsonb_build_object('item', c.item, 'econ_code', k.econ_code,
                              'spent', c.spent_budget::text, 'declared', c.declared_budget::text)
    from compared c join codes k using (item)
    where c.declared_budget <> c.spent_budget
)
select * from final
