-- rule: balance
-- severity: error
-- message: income in total must equal expenditure + transfers out + year-end balance
-- name.en: balance
-- name.zh: 收支平衡
-- expected.en: income {expected} = expenditure {expenditure} + transfers {transfers} + year_end {year_end}
-- expected.zh: 收入 {expected} = 支出 {expenditure} + 对附属单位补助支出 {transfers} + 年末结转和结余 {year_end}
-- found.en: income {income}
-- found.zh: 收入 {income}
with sums as (
    select submission_id,
           coalesce(sum(actual) filter (where section = 'income'), 0.00) as income,
           coalesce(sum(actual) filter (where section = 'expenditure'), 0.00) as expenditure,
           coalesce(sum(actual) filter (where section = 'transfer'), 0.00) as transfers,
           coalesce(sum(actual) filter (where section = 'balance'), 0.00) as year_end
    from intake.line
    where submission_id = any($1::bigint[])
    group by submission_id
),
final as (
    select submission_id, null::int as line_no, null::text as column_name,
           '{}'::jsonb as item,
           jsonb_build_object('expected', (expenditure + transfers + year_end)::text,
                              'expenditure', expenditure::text, 'transfers', transfers::text,
                              'year_end', year_end::text, 'income', income::text) as args
    from sums
    where income <> expenditure + transfers + year_end
)
select * from final
