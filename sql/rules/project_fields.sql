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
-- one scan — only a line with something wrong is expanded, one row per problem (lateral
-- values), instead of four scans of the batch's lines and a join back (measured on 200 files,
-- 180 ms → 37 ms)
select l.submission_id, l.line_no, w.column_name,
       jsonb_strip_nulls(jsonb_build_object('section', 'expenditure', 'kind', l.kind, 'project', l.project,
                                            'func_code', l.func_code, 'econ_code', l.econ_code)) as item,
       jsonb_strip_nulls(jsonb_build_object('problem', w.problem, 'found', w.found)) as args
from intake.line l
cross join lateral (values
    ('project', 'project_missing', null::text, l.kind = 'project' and l.project is null),
    ('project_type', 'project_type_missing', null, l.kind = 'project' and l.project_type is null),
    ('project', 'basic_project', l.project, l.kind = 'basic' and l.project is not null),
    ('project_type', 'basic_project_type', l.project_type, l.kind = 'basic' and l.project_type is not null)
) as w(column_name, problem, found, wrong)
where l.submission_id = any($1::bigint[]) and l.section = 'expenditure'
  and ((l.kind = 'project' and (l.project is null or l.project_type is null))
       or (l.kind = 'basic' and (l.project is not null or l.project_type is not null)))
  and w.wrong
