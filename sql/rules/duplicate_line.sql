-- rule: duplicate_line
-- severity: error
-- message: the same expenditure line (kind, project, func_code, econ_code) appears twice
with lines as (
    -- window, not self-join: one sort, whatever the planner guesses of fresh rows
    select submission_id, line_no,
           min(line_no) over (
               partition by submission_id, coalesce(kind, ''), coalesce(project, ''),
                   coalesce(func_code, ''), coalesce(econ_code, '')
           ) as first_line
    from intake.line
    where submission_id = any($1::bigint[]) and section = 'expenditure'
),
final as (
    select submission_id, line_no, null::text as column_name,
           'one line per kind, project, func_code and econ_code' as expected,
           'the same line as line ' || first_line as found
    from lines
    where line_no > first_line
)
select * from final
