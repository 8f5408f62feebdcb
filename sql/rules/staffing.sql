-- rule: staffing
-- severity: error
-- message: people excluded from the control rate cannot outnumber those in service
with counts as (
    select submission_id,
           max(line_no) filter (where item = 'excluded') as line_no,
           coalesce(max(actual) filter (where item = 'in_service'), 0) as in_service,
           max(actual) filter (where item = 'excluded') as excluded
    from intake.line
    where submission_id = any($1::bigint[]) and section = 'staffing'
    group by submission_id
),
final as (
    select submission_id, line_no, 'actual' as column_name,
           'excluded at most in_service ' || in_service::bigint as expected,
           'excluded ' || excluded::bigint as found
    from counts
    where excluded > in_service
)
select * from final
