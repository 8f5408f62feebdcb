-- rule: balance
-- severity: error
-- message: income in total must equal expenditure + transfers out + year-end balance
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
           'income ' || (expenditure + transfers + year_end)
               || ' = expenditure ' || expenditure || ' + transfers ' || transfers
               || ' + year_end ' || year_end as expected,
           'income ' || income as found
    from sums
    where income <> expenditure + transfers + year_end
)
select * from final
