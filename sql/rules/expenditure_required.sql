-- rule: expenditure_required
-- severity: error
-- message: an expenditure line lacks kind, a code, budget_final or actual
with lines as (
    select * from intake.line
    where submission_id = any($1::bigint[]) and section = 'expenditure'
),
missing as (
    select submission_id, line_no, 'kind' as column_name, 'basic or project' as expected from lines where kind is null
    union all
    select submission_id, line_no, 'func_code', 'a 7-digit functional code' from lines where func_code is null
    union all
    select submission_id, line_no, 'econ_code', 'a 5-digit economic code' from lines where econ_code is null
    union all
    select submission_id, line_no, 'budget_final', 'an amount' from lines where budget_final is null
    union all
    select submission_id, line_no, 'actual', 'an amount' from lines where actual is null
),
final as (
    select submission_id, line_no, column_name, expected, 'an empty cell' as found from missing
)
select * from final
