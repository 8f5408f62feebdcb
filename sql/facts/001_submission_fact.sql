-- The facts the run checks read (sql/checks), per submission: computed once from the lines
-- of the run's submissions that have none yet, and of the previous year's submissions in
-- force of the run's units (carryover_match reads their year_end); after 000 on a `--full`
-- run, its own submissions again. One small row per submission instead of every line.
with run as materialized (
    select id, fiscal_year from pipeline.run where id = $1
),
wanted as (
    select rs.submission_id from pipeline.run_submission rs where rs.run_id = $1
    union
    select c.id
    from intake.current_submission c
    cross join run r
    where c.fiscal_year = r.fiscal_year - 1
      and c.unit_code in (select unit_code from pipeline.run_submission where run_id = $1)
),
missing as materialized (
    select w.submission_id
    from wanted w
    where not exists (select 1 from consolidated.submission_fact f where f.submission_id = w.submission_id)
),
lines as (
    select l.submission_id, l.line_no, l.section, l.item, l.text, l.budget_initial, l.budget_final, l.actual
    from missing m
    join intake.line l on l.submission_id = m.submission_id
),
sums as (
    select m.submission_id,
           sum(coalesce(l.budget_initial, 0.00)) filter (where l.section <> 'staffing') as budget_initial_sum,
           max(coalesce(l.budget_initial, 0.00)) filter (where l.section <> 'staffing') as budget_initial_max,
           sum(coalesce(l.budget_final, 0.00)) filter (where l.section <> 'staffing') as budget_final_sum,
           max(coalesce(l.budget_final, 0.00)) filter (where l.section <> 'staffing') as budget_final_max,
           sum(coalesce(l.actual, 0.00)) filter (where l.section <> 'staffing') as actual_sum,
           max(coalesce(l.actual, 0.00)) filter (where l.section <> 'staffing') as actual_max,
           coalesce(sum(l.actual) filter (where l.section = 'income' and l.item = 'carryover'), 0.00) as carryover,
           min(l.line_no) filter (where l.section = 'income' and l.item = 'carryover') as carryover_line,
           coalesce(sum(l.actual) filter (where l.section = 'balance' and l.item = 'year_end'), 0.00) as year_end,
           min(l.line_no) filter (where l.section = 'balance' and l.item = 'year_end') as year_end_line,
           sum(coalesce(l.actual, 0)) filter (where l.section = 'income' and l.item = 'from_superior')
               as from_superior,
           min(l.line_no) filter (where l.section = 'income' and l.item = 'from_superior') as from_superior_line
    from missing m
    left join lines l on l.submission_id = m.submission_id
    group by m.submission_id
),
-- the first line holding each column's largest figure (a second pass, hashed: no sort)
tops as (
    select l.submission_id,
           min(l.line_no) filter (where coalesce(l.budget_initial, 0.00) = s.budget_initial_max) as budget_initial_line,
           min(l.line_no) filter (where coalesce(l.budget_final, 0.00) = s.budget_final_max) as budget_final_line,
           min(l.line_no) filter (where coalesce(l.actual, 0.00) = s.actual_max) as actual_line
    from lines l
    join sums s on s.submission_id = l.submission_id
    where l.section <> 'staffing'
    group by l.submission_id
),
facts as (
    insert into consolidated.submission_fact
    select s.submission_id,
           s.budget_initial_sum, s.budget_initial_max, t.budget_initial_line,
           s.budget_final_sum, s.budget_final_max, t.budget_final_line,
           s.actual_sum, s.actual_max, t.actual_line,
           s.carryover, s.carryover_line, s.year_end, s.year_end_line, s.from_superior, s.from_superior_line
    from sums s
    left join tops t on t.submission_id = s.submission_id
    returning 1
)
insert into consolidated.submission_transfer (submission_id, line_no, item, receiver, actual)
select submission_id, line_no, item, text, actual
from lines
where section = 'transfer'
