-- rule: three_public_over_budget
-- severity: warning
-- message: a declared 三公 figure is above its budget
with final as (
    select submission_id, line_no, 'actual' as column_name,
           'at most budget_final ' || coalesce(budget_final, 0.00) as expected,
           actual::text as found
    from intake.line
    where submission_id = any($1::bigint[]) and section = 'three_public'
      and item <> 'vehicle_count'
      and actual > coalesce(budget_final, 0.00)
)
select * from final
