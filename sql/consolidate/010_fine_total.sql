-- One pass over the run's expenditure lines, aggregated at the finest grain the outputs
-- need (kind, project, codes) — a plain GROUP BY, hashed.
insert into consolidated.fine_total (
    run_id, kind, project_type, project, func_code, econ_code, budget_initial, budget_final, actual
)
with lines as (
    select l.kind, l.project_type, l.project, l.func_code, l.econ_code,
           l.budget_initial, l.budget_final, l.actual
    from pipeline.run_submission s
    join intake.line l on l.submission_id = s.submission_id
    where s.run_id = $1 and l.section = 'expenditure'
),
final as (
    select $1::bigint, kind, project_type, project, func_code, econ_code,
           sum(coalesce(budget_initial, 0)), sum(budget_final), sum(actual)
    from lines
    group by kind, project_type, project, func_code, econ_code
)
select * from final
