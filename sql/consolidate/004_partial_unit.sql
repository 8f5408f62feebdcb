-- Step 4: of each new set, expenditure per kind; per kind, project type and whether it is
-- public funds (econ class 302); and where each special project first appears in the file,
-- with its sums. One pass over the lines, hashed into the few groups all three are sums of.
with lines as (
    select p.submission_id, p.stamp, l.line_no, l.kind, l.project_type, l.project, l.econ_code,
           l.budget_initial, l.budget_final, l.actual
    from consolidated.unit_partial p
    join intake.line l on l.submission_id = p.submission_id
    where p.run_id = $1 and l.section = 'expenditure'
),
groups as materialized (
    select submission_id, stamp, kind, project_type, coalesce(econ_code like '302%', false) as public_funds,
           case when project_type = 'special' then project end as special, min(line_no) as first_line,
           sum(coalesce(budget_initial, 0)) as budget_initial, sum(budget_final) as budget_final,
           sum(actual) as actual
    from lines
    group by submission_id, stamp, kind, project_type, coalesce(econ_code like '302%', false),
             case when project_type = 'special' then project end
),
kinds as (
    insert into consolidated.partial_kind (submission_id, stamp, kind, budget_initial, budget_final, actual)
    select submission_id, stamp, kind, sum(budget_initial), sum(budget_final), sum(actual)
    from groups
    group by submission_id, stamp, kind
),
spend as (
    insert into consolidated.partial_spend (
        submission_id, stamp, kind, project_type, public_funds, budget_initial, budget_final, actual
    )
    select submission_id, stamp, kind, project_type, public_funds,
           sum(budget_initial), sum(budget_final), sum(actual)
    from groups
    group by submission_id, stamp, kind, project_type, public_funds
)
insert into consolidated.partial_special (submission_id, stamp, project, first_line, budget_final, actual)
select submission_id, stamp, special, min(first_line), sum(budget_final), sum(actual)
from groups
where project_type = 'special'
group by submission_id, stamp, special
