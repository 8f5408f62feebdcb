-- Step 4: of each new set, expenditure per kind; per kind, project type and whether it is
-- public funds (econ class 302); and where each special project first appears in the file,
-- with its sums.
with lines as (
    select p.submission_id, p.stamp, l.line_no, l.kind, l.project_type, l.project, l.econ_code,
           l.budget_initial, l.budget_final, l.actual
    from consolidated.unit_partial p
    join intake.line l on l.submission_id = p.submission_id
    where p.run_id = $1 and l.section = 'expenditure'
),
kinds as (
    insert into consolidated.partial_kind (submission_id, stamp, kind, budget_initial, budget_final, actual)
    select submission_id, stamp, kind, sum(coalesce(budget_initial, 0)), sum(budget_final), sum(actual)
    from lines
    group by submission_id, stamp, kind
),
spend as (
    insert into consolidated.partial_spend (
        submission_id, stamp, kind, project_type, public_funds, budget_initial, budget_final, actual
    )
    select submission_id, stamp, kind, project_type, coalesce(econ_code like '302%', false),
           sum(coalesce(budget_initial, 0)), sum(budget_final), sum(actual)
    from lines
    group by submission_id, stamp, kind, project_type, coalesce(econ_code like '302%', false)
)
insert into consolidated.partial_special (submission_id, stamp, project, first_line, budget_final, actual)
select submission_id, stamp, project, min(line_no), sum(budget_final), sum(actual)
from lines
where project_type = 'special'
group by submission_id, stamp, project
