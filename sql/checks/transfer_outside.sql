-- rule: transfer_outside
-- severity: error
-- message: a transfer to a unit outside the node cannot be eliminated in its consolidation
with run as (
    select node_code from pipeline.run where id = $1
),
final as (
    select s.submission_id, l.line_no, 'text' as column_name,
           'a receiving unit under ' || r.node_code as expected,
           s.unit_code || ' transfer to ' || coalesce(l.text, '(none)') || ' ' || coalesce(l.actual, 0.00) as found
    from pipeline.run_submission s
    cross join run r
    join intake.line l on l.submission_id = s.submission_id
    where s.run_id = $1 and l.section = 'transfer'
      and coalesce(l.text, '') not in (select code from registry.subtree(r.node_code))
)
select * from final
