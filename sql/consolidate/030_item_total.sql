-- Every non-expenditure section summed over the node, from the partials of the submissions
-- in force. Transfers between units inside the node are internal: the payer's transfer and
-- the receiver's from_superior income are both reduced by them, so neither appears in the
-- node's totals.
insert into consolidated.item_total (run_id, section, item, budget_initial, budget_final, actual)
with run as materialized (
    select id, node_code, partial_stamp from pipeline.run where id = $1
),
inputs as (
    select s.unit_code, s.submission_id, r.partial_stamp
    from pipeline.run_submission s
    cross join run r
    where s.run_id = $1
),
internal as (
    select coalesce(sum(t.actual), 0) as amount
    from inputs i
    join consolidated.partial_transfer t on t.submission_id = i.submission_id and t.stamp = i.partial_stamp
    cross join run r
    where t.receiver in (select code from registry.subtree(r.node_code))
),
sums as (
    select p.section, p.item,
           sum(p.budget_initial) as budget_initial, sum(p.budget_final) as budget_final,
           sum(p.actual) as actual
    from inputs i
    join consolidated.partial_item p on p.submission_id = i.submission_id and p.stamp = i.partial_stamp
    group by p.section, p.item
),
final as (
    select $1::bigint, s.section, s.item, s.budget_initial, s.budget_final,
           case
               when (s.section, s.item) in (('income', 'from_superior'), ('transfer', 'to_subordinate'))
                   then s.actual - n.amount
               else s.actual
           end
    from sums s
    cross join internal n
)
select * from final
