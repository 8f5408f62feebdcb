-- 0003: what a run used and produced (issue 4), so it can be explained and re-exported.

-- The server backend of the run's session: a run still marked running whose backend holds
-- no lock was abandoned (its process was killed).
alter table pipeline.run add column backend_pid int;

-- SHA-256 of the rule and pipeline files the run executed.
alter table pipeline.run add column rules_sha256 text;
-- SHA-256 of the manifest: inputs (submission ids and raw SHA-256), rules, exports.
alter table pipeline.run add column manifest_sha256 text;

-- The SHA-256 of each export of the run, rendered when the run committed.
create table pipeline.run_export (
    run_id bigint not null references pipeline.run on delete cascade,
    name text not null,
    sha256 text not null,
    primary key (run_id, name)
);
