-- Step 4: of each new set, expenditure per kind and where each special project first
-- appears in the file.
with lines as (
    select p.submission_id, p.stamp, l.line_no, l.kind, l.project_type, l.project,
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
)
insert into consolidated.partial_special (submission_id, stamp, project, first_line)
select submission_id, stamp, project, min(line_no)
from lines
where project_type = 'special'
group by submission_id, stamp, project
