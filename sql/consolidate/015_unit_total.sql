-- Per unit and kind, and where each special project first appears (units in code order,
-- then line order) with its sums over the node, from the partials of the submissions in force.
with run as materialized (
    select id, partial_stamp from pipeline.run where id = $1
),
units as (
    insert into consolidated.unit_total (run_id, unit_code, kind, budget_initial, budget_final, actual)
    select $1::bigint, s.unit_code, k.kind, sum(k.budget_initial), sum(k.budget_final), sum(k.actual)
    from pipeline.run_submission s
    cross join run r
    join consolidated.partial_kind k on k.submission_id = s.submission_id and k.stamp = r.partial_stamp
    where s.run_id = $1
    group by s.unit_code, k.kind
),
specials as (
    select distinct on (p.project) p.project, s.unit_code, p.first_line
    from pipeline.run_submission s
    cross join run r
    join consolidated.partial_special p on p.submission_id = s.submission_id and p.stamp = r.partial_stamp
    where s.run_id = $1
    order by p.project, s.unit_code, p.first_line
),
special_sums as (
    select p.project, sum(p.budget_final) as budget_final, sum(p.actual) as actual
    from pipeline.run_submission s
    cross join run r
    join consolidated.partial_special p on p.submission_id = s.submission_id and p.stamp = r.partial_stamp
    where s.run_id = $1
    group by p.project
)
insert into consolidated.special_project (run_id, project, first_unit, first_line, budget_final, actual)
select $1::bigint, f.project, f.unit_code, f.first_line, m.budget_final, m.actual
from specials f
join special_sums m on m.project is not distinct from f.project
