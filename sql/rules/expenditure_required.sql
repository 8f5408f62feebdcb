-- rule: expenditure_required
-- severity: error
-- message: an expenditure line lacks kind, a code, budget_final or actual
-- name.en: expenditure_required
-- name.zh: 支出必填
-- expected.en: an amount
-- expected.zh: 金额
-- expected.en.kind: basic or project
-- expected.zh.kind: 基本支出或项目支出
-- expected.en.func_code: a 7-digit functional code
-- expected.zh.func_code: 7 位功能分类代码
-- expected.en.econ_code: a 5-digit economic code
-- expected.zh.econ_code: 5 位经济分类代码
-- found.en: an empty cell
-- found.zh: 空单元格
with lines as (
    select * from intake.line
    where submission_id = any($1::bigint[]) and section = 'expenditure'
),
missing as (
    select submission_id, line_no, 'kind' as column_name from lines where kind is null
    union all
    select submission_id, line_no, 'func_code' from lines where func_code is null
    union all
    select submission_id, line_no, 'econ_code' from lines where econ_code is null
    union all
    select submission_id, line_no, 'budget_final' from lines where budget_final is null
    union all
    select submission_id, line_no, 'actual' from lines where actual is null
),
final as (
    select m.submission_id, m.line_no, m.column_name,
           jsonb_strip_nulls(jsonb_build_object('section', 'expenditure', 'kind', l.kind, 'project', l.project,
                                                'func_code', l.func_code, 'econ_code', l.econ_code)) as item,
           jsonb_build_object('problem', m.column_name) as args
    from missing m
    join lines l using (submission_id, line_no)
)
select * from final
