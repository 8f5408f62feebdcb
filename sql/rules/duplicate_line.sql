-- rule: duplicate_line
-- severity: error
-- message: the same expenditure line (kind, project, func_code, econ_code) appears twice
-- name.en: duplicate_line
-- name.zh: 行重复
-- expected.en: one line per kind, project, func_code and econ_code
-- expected.zh: 支出类型、项目名称、功能分类科目和经济分类科目都相同的行只能有一行
-- found.en: the same line as line {first_line}
-- found.zh: 与第 {first_line} 行相同
with lines as (
    -- window, not self-join: one sort, whatever the planner guesses of fresh rows
    select submission_id, line_no, kind, project, func_code, econ_code,
           min(line_no) over (
               partition by submission_id, coalesce(kind, ''), coalesce(project, ''),
                   coalesce(func_code, ''), coalesce(econ_code, '')
           ) as first_line
    from intake.line
    where submission_id = any($1::bigint[]) and section = 'expenditure'
),
final as (
    -- a repeat is told from the other repeats by its line: two can never be one finding
    select submission_id, line_no, null::text as column_name,
           jsonb_strip_nulls(jsonb_build_object('section', 'expenditure', 'kind', kind, 'project', project,
                                                'func_code', func_code, 'econ_code', econ_code,
                                                'line', line_no)) as item,
           jsonb_build_object('first_line', first_line) as args
    from lines
    where line_no > first_line
)
select * from final
