-- rule: duplicate_line
-- severity: error
-- message: the same expenditure line (kind, project, func_code, econ_code) appears twice
with lines as (
    select submission_id, line_no, kind, coalesce(project, '') as project, func_code, econ_code
    from intake.line
    where submission_id = any($1::bigint[]) and section = 'expenditure'
),
repeated as (
    -- hashed: only identities that occur more than once
    select submission_id, kind, project, func_code, econ_code, min(line_no) as first_line
    from lines
    group by submission_id, kind, project, func_code, econ_code
    having count(*) > 1
),
final as (
    select l.submission_id, l.line_no, null::text as column_name,
           'one line per kind, project, func_code and econ_code' as expected,
           'the same line as line ' || r.first_line as found
    from lines l
    join repeated r
      on r.submission_id = l.submission_id and r.kind is not distinct from l.kind
     and r.project = l.project and r.func_code is not distinct from l.func_code
     and r.econ_code is not distinct from l.econ_code
    where l.line_no > r.first_line
)
select * from final
