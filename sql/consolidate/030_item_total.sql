-- Every non-expenditure section summed over the node. Transfers between units inside
-- the node are internal: the payer's transfer and the receiver's from_superior income
-- are both reduced by them, so neither appears in the node's totals.
insert into consolidated.item_total (run_id, section, item, budget_initial, budget_final, actual)
with run as (
    select id, node_code from pipeline.run where id = $1
),
inputs as (
    select unit_code, submission_id from pipeline.run_submission where run_id = $1
),
items as (
    select l.section, l.item, l.text, l.budget_initial, l.budget_final, l.actual
    from inputs i
    join intake.line l on l.submission_id = i.submission_id
    where l.section not in ('expenditure', 'meta')
),
internal as (
    select coalesce(sum(t.actual), 0) as amount
    from items t
    cross join run r
    where t.section = 'transfer'
      and t.text in (select code from registry.subtree(r.node_code))
),
sums as (
    select section, item,
           sum(budget_initial) as budget_initial, sum(budget_final) as budget_final,
           sum(actual) as actual
    from items
    group by section, item
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
