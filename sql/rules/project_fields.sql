-- rule: project_fields
-- severity: error
-- message: project lines need a project name and type; basic lines have neither
with lines as (
    select * from intake.line
    where submission_id = any($1::bigint[]) and section = 'expenditure'
),
final as (
    select submission_id, line_no, 'project' as column_name,
           'a project name on a project line' as expected, 'an empty cell' as found
    from lines where kind = 'project' and project is null
    union all
    select submission_id, line_no, 'project_type',
           'operations or special on a project line', 'an empty cell'
    from lines where kind = 'project' and project_type is null
    union all
    select submission_id, line_no, 'project',
           'no project name on a basic line', project
    from lines where kind = 'basic' and project is not null
    union all
    select submission_id, line_no, 'project_type',
           'no project type on a basic line', project_type
    from lines where kind = 'basic' and project_type is not null
)
select * from final
