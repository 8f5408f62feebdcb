-- rule: transfer_outside
-- severity: error
-- message: a transfer to a unit outside the node cannot be eliminated in its consolidation
-- name.en: transfer_outside
-- name.zh: 补助对象在汇总范围外
-- expected.en: a receiving unit under {node}
-- expected.zh: {node} 下属的接收单位
-- found.en: {unit} transfer to {receiver} {amount}
-- found.zh: {unit} 拨付给 {receiver} 的对附属单位补助 {amount}
-- found.en.no_receiver: {unit} transfer to (none) {amount}
-- found.zh.no_receiver: {unit} 拨付给（未填单位）的对附属单位补助 {amount}
-- the transfer lines from each submission's facts (sql/facts), not from all its lines
with run as (
    select node_code from pipeline.run where id = $1
),
final as (
    select s.submission_id, l.line_no, 'text' as column_name,
           jsonb_strip_nulls(jsonb_build_object('section', 'transfer', 'item', l.item, 'text', l.receiver)) as item,
           jsonb_strip_nulls(jsonb_build_object(
               'node', r.node_code, 'unit', s.unit_code, 'receiver', l.receiver,
               'amount', coalesce(l.actual, 0.00)::text,
               'problem', case when l.receiver is null then 'no_receiver' end)) as args
    from pipeline.run_submission s
    cross join run r
    join consolidated.submission_transfer l on l.submission_id = s.submission_id
    where s.run_id = $1
      and coalesce(l.receiver, '') not in (select code from registry.subtree(r.node_code))
)
select * from final
