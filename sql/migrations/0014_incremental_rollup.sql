-- 0014: a rerun that costs what changed (issue 15, items 2–3).
--
-- 1. The facts the run checks need, per submission.
-- The run checks (sql/checks) compared every line of the node on each run; they now read
-- one small row per submission, and its transfer lines, computed once from the submission's
-- lines by sql/facts/001_submission_fact.sql (a run's `facts` stage) for the submissions
-- that have none yet. A submission's lines never change, so neither do its facts: they
-- belong to the submission, go with it, and no run or pruning touches them (a `--full`
-- run computes those of its inputs again).
create table consolidated.submission_fact (
    submission_id bigint primary key references intake.submission on delete cascade,
    -- totals_in_range: per column, the sum of its figures over the lines outside staffing
    -- (NULL as 0.00), the largest figure and the first line holding it
    budget_initial_sum numeric,
    budget_initial_max numeric,
    budget_initial_line int,
    budget_final_sum numeric,
    budget_final_max numeric,
    budget_final_line int,
    actual_sum numeric,
    actual_max numeric,
    actual_line int,
    -- carryover_match: income carryover (年初结转和结余) and balance year_end, summed (NULL
    -- as 0.00), and the first line of each
    carryover numeric not null,
    carryover_line int,
    year_end numeric not null,
    year_end_line int,
    -- transfer_match: income from_superior summed (NULL as 0; NULL without such lines)
    -- and its first line
    from_superior numeric,
    from_superior_line int
);

-- Every transfer line of a submission, as the transfer checks read them.
create table consolidated.submission_transfer (
    submission_id bigint not null references intake.submission on delete cascade,
    line_no int not null,
    item text,
    receiver text,
    actual numeric(18, 2),
    primary key (submission_id, line_no)
);

-- 2. No run stores the node's expenditure at the finest grain any more (consolidated.fine_total,
-- 367 472 rows a run at 1M lines, written again by every run): its readers get what they
-- need from small per-run tables instead, and the class totals of a run are those of the
-- node's previous run with the same stamp plus the lines of the submissions that came, minus
-- those of the submissions that went (sql/consolidate/020_class_total.sql).

-- How many lines each partial row sums: a class total's row stays while a line maps to it.
alter table consolidated.partial_fine add column lines bigint;

-- The sums of a special project's lines, per submission.
alter table consolidated.partial_special add column budget_final numeric, add column actual numeric;

-- Expenditure per kind, project type and whether it is public funds (公用经费, economic
-- class 302), per submission: what the base-data table and the report sum.
create table consolidated.partial_spend (
    submission_id bigint not null,
    stamp text not null,
    kind text,
    project_type text,
    public_funds boolean not null,
    budget_initial numeric not null,
    budget_final numeric,
    actual numeric
);
create index partial_spend_submission_idx on consolidated.partial_spend (submission_id, stamp);

-- The same over the node, per run (sql/consolidate/010_spend_total.sql).
create table consolidated.spend_total (
    run_id bigint not null references pipeline.run on delete cascade,
    kind text not null,
    project_type text,
    public_funds boolean not null,
    budget_initial numeric(18, 2) not null,
    budget_final numeric(18, 2) not null,
    actual numeric(18, 2) not null
);
create index spend_total_run_idx on consolidated.spend_total (run_id);

-- A special project's sums over the node (the base-data table's 专项资金 rows).
alter table consolidated.special_project add column budget_final numeric(18, 2), add column actual numeric(18, 2);

-- How many expenditure lines each economic and functional class total of a run sums, so
-- that the next run knows when a class has no line left.
create table consolidated.class_lines (
    run_id bigint not null references pipeline.run on delete cascade,
    dimension text not null,
    code text not null,
    lines bigint not null,
    primary key (run_id, dimension, code)
);

-- Earlier runs keep what their base-data table and report read, from their finest grain,
-- which then goes.
insert into consolidated.spend_total (run_id, kind, project_type, public_funds, budget_initial, budget_final, actual)
select run_id, kind, project_type, coalesce(econ_code like '302%', false),
       sum(budget_initial), sum(budget_final), sum(actual)
from consolidated.fine_total
where run_id in (select id from pipeline.run)
group by run_id, kind, project_type, coalesce(econ_code like '302%', false);
update consolidated.special_project s
set budget_final = f.budget_final, actual = f.actual
from (
    select run_id, project, sum(budget_final) as budget_final, sum(actual) as actual
    from consolidated.fine_total
    where project_type = 'special'
    group by run_id, project
) f
where f.run_id = s.run_id and f.project = s.project;
drop table consolidated.fine_total;

-- The run whose class totals a run's were carried forward from; NULL when it summed the
-- partials of all its submissions.
alter table pipeline.run add column class_base bigint;

grant select on consolidated.spend_total, consolidated.class_lines to huizong_portal;
alter table consolidated.spend_total enable row level security;
create policy by_account on consolidated.spend_total to huizong_portal using (run_id in (select id from pipeline.run));
alter table consolidated.class_lines enable row level security;
create policy by_account on consolidated.class_lines to huizong_portal using (run_id in (select id from pipeline.run));

-- 3. The meta lines of a run's submissions (the base-data table's footer, read by every
-- export of it) without reading all their lines.
create index line_meta_idx on intake.line (submission_id) where section = 'meta';
