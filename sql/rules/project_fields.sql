-- rule: project_fields
-- severity: error
-- message: project lines need a project name and type; basic lines have neither
-- name.en: project_fields
-- name.zh: 项目信息
-- expected.en: a project name on a project line
-- expected.zh: 项目支出行填写项目名称
-- found.en: {found|empty}
-- found.zh: {found|empty}
-- expected.en.project_type_missing: operations or special on a project line
-- expected.zh.project_type_missing: 项目支出行填写项目类别（运行维护经费或专项资金）
-- expected.en.basic_project: no project name on a basic line
-- expected.zh.basic_project: 基本支出行不填项目名称
-- expected.en.basic_project_type: no project type on a basic line
-- expected.zh.basic_project_type: 基本支出行不填项目类别
with lines as (
    select * from intake.line
    where submission_id = any($1::bigint[]) and section = 'expenditure'
),
wrong as (
    select submission_id, line_no, 'project' as column_name, 'project_missing' as problem, null::text as found
    from lines where kind = 'project' and project is null
    union all
    select submission_id, line_no, 'project_type', 'project_type_missing', null
    from lines where kind = 'project' and project_type is null
    union all
    select submission_id, line_no, 'project', 'basic_project', project
    from lines where kind = 'basic' and project is not null
    union all
    select submission_id, line_no, 'project_type', 'basic_project_type', project_type
    from lines where kind = 'basic' and project_type is not null
),
final as (
    select w.submission_id, w.line_no, w.column_name,
           jsonb_strip_nulls(jsonb_build_object('section', 'expenditure', 'kind', l.kind, 'project', l.project,
                                                'func_code', l.func_code, 'econ_code', l.econ_code)) as item,
           jsonb_strip_nulls(jsonb_build_object('problem', w.problem, 'found', w.found)) as args
    from wrong w
    join lines l using (submission_id, line_no)
)
select * from final
