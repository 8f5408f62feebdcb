-- rule: staffing
-- severity: error
-- message: people excluded from the control rate cannot outnumber those in service
-- name.en: staffing
-- name.zh: 人员编制
-- expected.en: excluded at most in_service {in_service}
-- expected.zh: 不计入控制率人数不超过实有在职人数 {in_service}
-- found.en: excluded {excluded}
-- found.zh: 不计入控制率人数 {excluded}
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
           jsonb_build_object('section', 'staffing', 'item', 'excluded') as item,
           jsonb_build_object('in_service', in_service::bigint, 'excluded', excluded::bigint) as args
    from counts
    where excluded > in_service
)
select * from final
