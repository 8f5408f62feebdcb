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
-- each project's first appearance and its sums over the node in one sorted pass (a join of
-- the two on `is not distinct from` cannot be hashed: 480 × 480 comparisons at 1M lines)
specials as (
    select p.project, s.unit_code, p.first_line,
           sum(p.budget_final) over whole as budget_final, sum(p.actual) over whole as actual,
           row_number() over first as n
    from pipeline.run_submission s
    cross join run r
    join consolidated.partial_special p on p.submission_id = s.submission_id and p.stamp = r.partial_stamp
    where s.run_id = $1
    window first as (partition by p.project order by s.unit_code, p.first_line),
           whole as (first rows between unbounded preceding and unbounded following)
)
insert into consolidated.special_project (run_id, project, first_unit, first_line, budget_final, actual)
select $1::bigint, project, unit_code, first_line, budget_final, actual
from specials
where n = 1
