-- Step 2: the run's submissions that have no partials for the run's stamp get a set,
-- tagged with this run; 004 and 005 fill the rows of the sets this run made.
insert into consolidated.unit_partial (submission_id, stamp, unit_code, fiscal_year, run_id)
with run as materialized (
    select id, fiscal_year, partial_stamp from pipeline.run where id = $1
),
final as (
    select rs.submission_id, r.partial_stamp, rs.unit_code, r.fiscal_year, r.id
    from pipeline.run_submission rs
    cross join run r
    where rs.run_id = $1
      and not exists (
          select 1 from consolidated.unit_partial p
          where p.submission_id = rs.submission_id and p.stamp = r.partial_stamp
      )
)
select * from final
