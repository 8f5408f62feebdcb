-- 0013: incremental consolidation (issue 15, item 2).
--
-- A run keeps each submission's partial aggregates, computed once per submission and
-- consolidation stamp (`pipeline.run.partial_stamp`: the rules, the reference tables in
-- force and the consolidation SQL), and rolls the node up from the partials of the
-- submissions in force. Partials belong to a submission, not to a run: pruning runs leaves
-- them; a run deletes those of its units' superseded versions and of other stamps.
-- Runs of any node take a lock on consolidated.unit_partial before their snapshot, so two
-- runs never compute, or delete, the same partials at once.
alter table pipeline.run add column full_recompute boolean not null default false;
alter table pipeline.run add column partial_stamp text;

-- One row per submission and stamp whose partials are stored, and the run that computed
-- them; the partial tables below hold the rows. No foreign keys: a set and its rows come
-- and go together, only through the run statements in sql/consolidate (00x_partial_*).
create table consolidated.unit_partial (
    submission_id bigint not null,
    stamp text not null,
    unit_code text not null,
    fiscal_year int not null,
    run_id bigint not null,
    primary key (submission_id, stamp)
);
create index unit_partial_unit_idx on consolidated.unit_partial (unit_code, fiscal_year);
create index unit_partial_run_idx on consolidated.unit_partial (run_id);

-- Expenditure at the finest grain of consolidated.fine_total, per submission.
create table consolidated.partial_fine (
    submission_id bigint not null,
    stamp text not null,
    kind text,
    project_type text,
    project text,
    func_code text,
    econ_code text,
    budget_initial numeric not null,
    budget_final numeric,
    actual numeric
);
create index partial_fine_submission_idx on consolidated.partial_fine (submission_id, stamp);

-- Expenditure per kind (consolidated.unit_total), per submission.
create table consolidated.partial_kind (
    submission_id bigint not null,
    stamp text not null,
    kind text,
    budget_initial numeric not null,
    budget_final numeric,
    actual numeric
);
create index partial_kind_submission_idx on consolidated.partial_kind (submission_id, stamp);

-- The first line of each special project in a submission (consolidated.special_project).
create table consolidated.partial_special (
    submission_id bigint not null,
    stamp text not null,
    project text,
    first_line int not null
);
create index partial_special_submission_idx on consolidated.partial_special (submission_id, stamp);

-- Every non-expenditure, non-meta item (consolidated.item_total), and the transfers paid,
-- by receiver (the internal transfers a node eliminates), per submission.
create table consolidated.partial_item (
    submission_id bigint not null,
    stamp text not null,
    section text not null,
    item text,
    budget_initial numeric,
    budget_final numeric,
    actual numeric
);
create index partial_item_submission_idx on consolidated.partial_item (submission_id, stamp);

create table consolidated.partial_transfer (
    submission_id bigint not null,
    stamp text not null,
    receiver text not null,
    actual numeric
);
create index partial_transfer_submission_idx on consolidated.partial_transfer (submission_id, stamp);
