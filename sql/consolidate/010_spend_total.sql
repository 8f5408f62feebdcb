-- The node's expenditure per kind, project type and public funds (econ class 302), rolled up
-- from the partials of the submissions in force: a few rows, what the base-data table and
-- the report sum. (No run stores the finest grain: the class totals are carried forward by
-- 020, the special projects' sums by 015.)
insert into consolidated.spend_total (
    run_id, kind, project_type, public_funds, budget_initial, budget_final, actual
)
with run as materialized (
    select id, partial_stamp from pipeline.run where id = $1
),
parts as (
    select p.kind, p.project_type, p.public_funds, p.budget_initial, p.budget_final, p.actual
    from pipeline.run_submission s
    cross join run r
    join consolidated.partial_spend p on p.submission_id = s.submission_id and p.stamp = r.partial_stamp
    where s.run_id = $1
),
final as (
    select $1::bigint, kind, project_type, public_funds, sum(budget_initial), sum(budget_final), sum(actual)
    from parts
    group by kind, project_type, public_funds
)
select * from final
