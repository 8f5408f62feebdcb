-- Incremental consolidation, step 1: forget the partials the run will not use again — those
-- of its units' versions not in force for the year, those of another stamp, and on a full
-- run (`huizong run --full`) all of its units' — so that 002 recomputes what is missing.
with run as materialized (
    select id, node_code, fiscal_year, partial_stamp, full_recompute from pipeline.run where id = $1
),
stale as (
    delete from consolidated.unit_partial p
    using run r
    where p.fiscal_year = r.fiscal_year
      and p.unit_code in (select code from registry.subtree(r.node_code))
      and (r.full_recompute
           or p.stamp <> r.partial_stamp
           or p.submission_id not in (select submission_id from pipeline.run_submission where run_id = $1))
    returning p.submission_id, p.stamp
),
kinds as (
    delete from consolidated.partial_kind f using stale s
    where f.submission_id = s.submission_id and f.stamp = s.stamp
),
specials as (
    delete from consolidated.partial_special f using stale s
    where f.submission_id = s.submission_id and f.stamp = s.stamp
),
spends as (
    delete from consolidated.partial_spend f using stale s
    where f.submission_id = s.submission_id and f.stamp = s.stamp
),
items as (
    delete from consolidated.partial_item f using stale s
    where f.submission_id = s.submission_id and f.stamp = s.stamp
),
transfers as (
    delete from consolidated.partial_transfer f using stale s
    where f.submission_id = s.submission_id and f.stamp = s.stamp
)
select count(*) as forgotten from stale
