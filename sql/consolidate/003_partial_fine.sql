-- Step 3: expenditure of each new set at the finest grain the outputs need (kind, project,
-- codes) — a plain GROUP BY over the lines of the submissions this run has to read — and
-- how many lines each row sums.
insert into consolidated.partial_fine (
    submission_id, stamp, kind, project_type, project, func_code, econ_code, budget_initial, budget_final, actual,
    lines
)
with lines as (
    select p.submission_id, p.stamp, l.kind, l.project_type, l.project, l.func_code, l.econ_code,
           l.budget_initial, l.budget_final, l.actual
    from consolidated.unit_partial p
    join intake.line l on l.submission_id = p.submission_id
    where p.run_id = $1 and l.section = 'expenditure'
),
final as (
    select submission_id, stamp, kind, project_type, project, func_code, econ_code,
           sum(coalesce(budget_initial, 0)), sum(budget_final), sum(actual), count(*)
    from lines
    group by submission_id, stamp, kind, project_type, project, func_code, econ_code
)
select * from final
