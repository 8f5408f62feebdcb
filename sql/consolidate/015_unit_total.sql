-- Per unit and kind, and where each special project first appears.
with lines as (
    select s.unit_code, l.line_no, l.kind, l.project_type, l.project,
           l.budget_initial, l.budget_final, l.actual
    from pipeline.run_submission s
    join intake.line l on l.submission_id = s.submission_id
    where s.run_id = $1 and l.section = 'expenditure'
),
units as (
    insert into consolidated.unit_total (run_id, unit_code, kind, budget_initial, budget_final, actual)
    select $1::bigint, unit_code, kind,
           sum(coalesce(budget_initial, 0)), sum(budget_final), sum(actual)
    from lines
    group by unit_code, kind
),
specials as (
    select distinct on (project) project, unit_code, line_no
    from lines
    where project_type = 'special'
    order by project, unit_code, line_no
)
insert into consolidated.special_project (run_id, project, first_unit, first_line)
select $1::bigint, project, unit_code, line_no from specials
