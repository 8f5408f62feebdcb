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
-- one pass over the lines, hashed by submission: the first line holding a column's largest
-- figure is the largest (figure, -line number) pair, and the transfer lines ride along as
-- an array (a second pass, or the lines kept between passes, cost as much as the sums)
sums as (
    select m.submission_id,
           sum(coalesce(l.budget_initial, 0.00)) filter (where l.section <> 'staffing') as budget_initial_sum,
           max(array[coalesce(l.budget_initial, 0.00), -l.line_no]) filter (where l.section <> 'staffing')
               as budget_initial_top,
           sum(coalesce(l.budget_final, 0.00)) filter (where l.section <> 'staffing') as budget_final_sum,
           max(array[coalesce(l.budget_final, 0.00), -l.line_no]) filter (where l.section <> 'staffing')
               as budget_final_top,
           sum(coalesce(l.actual, 0.00)) filter (where l.section <> 'staffing') as actual_sum,
           max(array[coalesce(l.actual, 0.00), -l.line_no]) filter (where l.section <> 'staffing') as actual_top,
           coalesce(sum(l.actual) filter (where l.section = 'income' and l.item = 'carryover'), 0.00) as carryover,
           min(l.line_no) filter (where l.section = 'income' and l.item = 'carryover') as carryover_line,
           coalesce(sum(l.actual) filter (where l.section = 'balance' and l.item = 'year_end'), 0.00) as year_end,
           min(l.line_no) filter (where l.section = 'balance' and l.item = 'year_end') as year_end_line,
           sum(coalesce(l.actual, 0)) filter (where l.section = 'income' and l.item = 'from_superior')
               as from_superior,
           min(l.line_no) filter (where l.section = 'income' and l.item = 'from_superior') as from_superior_line,
           array_agg(row(m.submission_id, l.line_no, l.item, l.text, l.actual)::consolidated.submission_transfer)
               filter (where l.section = 'transfer') as transfers
    from missing m
    left join intake.line l on l.submission_id = m.submission_id
    group by m.submission_id
),
facts as (
    insert into consolidated.submission_fact
    select submission_id,
           budget_initial_sum, budget_initial_top[1], -budget_initial_top[2]::int,
           budget_final_sum, budget_final_top[1], -budget_final_top[2]::int,
           actual_sum, actual_top[1], -actual_top[2]::int,
           carryover, carryover_line, year_end, year_end_line, from_superior, from_superior_line
    from sums
    returning 1
)
insert into consolidated.submission_transfer (submission_id, line_no, item, receiver, actual)
select t.submission_id, t.line_no, t.item, t.receiver, t.actual
from sums s
cross join lateral unnest(s.transfers) t
