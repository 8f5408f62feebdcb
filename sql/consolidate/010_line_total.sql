-- Finest grain: one row per unit, kind, project and code pair.
insert into consolidated.line_total (
    run_id, unit_code, kind, project_type, project, func_code, econ_code,
    first_line, budget_initial, budget_final, actual
)
with inputs as (
    select unit_code, submission_id from pipeline.run_submission where run_id = $1
),
final as (
    select $1::bigint, i.unit_code, l.kind, l.project_type, l.project, l.func_code, l.econ_code,
           min(l.line_no), sum(coalesce(l.budget_initial, 0)), sum(l.budget_final), sum(l.actual)
    from inputs i
    join intake.line l on l.submission_id = i.submission_id
    where l.section = 'expenditure'
    group by i.unit_code, l.kind, l.project_type, l.project, l.func_code, l.econ_code
)
select * from final
