-- rule: actual_over_budget
-- severity: warning
-- message: an expenditure line spent more than its final budget
with final as (
    select submission_id, line_no, 'actual' as column_name,
           'at most budget_final ' || budget_final as expected,
           actual::text as found
    from intake.line
    where submission_id = any($1::bigint[]) and section = 'expenditure'
      and actual > budget_final
)
select * from final
