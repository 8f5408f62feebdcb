-- 0017: what a run's validation found of a submission, kept per rule stamp (issue 15, item 3).
--
-- A run re-checks only the submissions not checked against its rules and reference tables
-- (its `RuleStamp`): those checked at intake under that stamp keep their intake findings
-- (`intake.submission.checked_with`). After the rules or tables changed, a run checked every
-- submission again, and the next run again, until each was sent anew: at 1M lines 4 s of
-- rules a run. A run now keeps what it found, per submission and stamp, and later runs of
-- the same stamp copy it instead of checking again. A submission checked with no finding has
-- its `submission_check` row and no `checked_finding`. Rows of other stamps go when a run
-- checks the submission again; all go with the submission.
create table pipeline.submission_check (
    submission_id bigint not null references intake.submission on delete cascade,
    stamp text not null,
    primary key (submission_id, stamp)
);

create table pipeline.checked_finding (
    submission_id bigint not null,
    stamp text not null,
    code text not null,
    severity text not null check (severity in ('error', 'warning')),
    line_no int,
    column_name text,
    item jsonb not null,
    args jsonb not null,
    foreign key (submission_id, stamp) references pipeline.submission_check on delete cascade
);
create index checked_finding_submission_idx on pipeline.checked_finding (submission_id, stamp);
