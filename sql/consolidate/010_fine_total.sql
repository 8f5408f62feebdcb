-- The node's expenditure at the finest grain the outputs need (kind, project, codes),
-- rolled up from the partials of the submissions in force — a plain GROUP BY, hashed.
insert into consolidated.fine_total (
    run_id, kind, project_type, project, func_code, econ_code, budget_initial, budget_final, actual
)
with run as materialized (
    select id, partial_stamp from pipeline.run where id = $1
),
parts as (
    select f.kind, f.project_type, f.project, f.func_code, f.econ_code,
           f.budget_initial, f.budget_final, f.actual
    from pipeline.run_submission s
    cross join run r
    join consolidated.partial_fine f on f.submission_id = s.submission_id and f.stamp = r.partial_stamp
    where s.run_id = $1
),
final as (
    select $1::bigint, kind, project_type, project, func_code, econ_code,
           sum(budget_initial), sum(budget_final), sum(actual)
    from parts
    group by kind, project_type, project, func_code, econ_code
)
select * from final
