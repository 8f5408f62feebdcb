-- 0002: shapes for scale (issue 3).
--
-- Consolidation aggregates once at the finest grain that the outputs need — without the
-- unit, which only the per-unit totals use — and keeps the per-unit and special-project
-- facts in two small tables beside it.
drop table consolidated.line_total;

-- No foreign key on the large table: a per-row check costs more than the aggregate itself,
-- and only a run's own transaction ever writes its rows.
create table consolidated.fine_total (
    run_id bigint not null,
    kind text not null,
    project_type text,
    project text,
    func_code text not null,
    econ_code text not null,
    budget_initial numeric(18, 2) not null,
    budget_final numeric(18, 2) not null,
    actual numeric(18, 2) not null
);
create index fine_total_run_idx on consolidated.fine_total (run_id);

create table consolidated.unit_total (
    run_id bigint not null references pipeline.run on delete cascade,
    unit_code text not null,
    kind text not null,
    budget_initial numeric(18, 2) not null,
    budget_final numeric(18, 2) not null,
    actual numeric(18, 2) not null,
    primary key (run_id, unit_code, kind)
);

-- Where each special project first appears: units in code order, then line order.
create table consolidated.special_project (
    run_id bigint not null references pipeline.run on delete cascade,
    project text not null,
    first_unit text not null,
    first_line int not null,
    primary key (run_id, project)
);

-- The rule set and reference tables a submission was checked against at intake: a run
-- re-checks only what was checked against something else.
alter table intake.submission add column checked_with text;
