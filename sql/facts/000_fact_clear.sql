-- A `--full` run (`pipeline.run.full_recompute`) computes the facts of its own submissions
-- again from their lines: forget them first, so that 001 finds them missing.
with run as materialized (
    select id, full_recompute from pipeline.run where id = $1
),
facts as (
    delete from consolidated.submission_fact f
    using run r
    where r.full_recompute
      and f.submission_id in (select submission_id from pipeline.run_submission where run_id = $1)
    returning f.submission_id
),
transfers as (
    delete from consolidated.submission_transfer t
    using run r
    where r.full_recompute
      and t.submission_id in (select submission_id from pipeline.run_submission where run_id = $1)
    returning t.submission_id
)
select (select count(*) from facts) as facts, (select count(*) from transfers) as transfers
