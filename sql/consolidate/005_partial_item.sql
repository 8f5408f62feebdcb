-- Step 5: of each new set, every other section's items (meta aside), and the transfers it
-- paid by receiver, which a node eliminates when the receiver is inside it.
with items as (
    select p.submission_id, p.stamp, l.section, l.item, l.text, l.budget_initial, l.budget_final, l.actual
    from consolidated.unit_partial p
    join intake.line l on l.submission_id = p.submission_id
    where p.run_id = $1 and l.section not in ('expenditure', 'meta')
),
transfers as (
    insert into consolidated.partial_transfer (submission_id, stamp, receiver, actual)
    select submission_id, stamp, text, sum(actual)
    from items
    where section = 'transfer' and text is not null
    group by submission_id, stamp, text
)
insert into consolidated.partial_item (submission_id, stamp, section, item, budget_initial, budget_final, actual)
select submission_id, stamp, section, item, sum(budget_initial), sum(budget_final), sum(actual)
from items
group by submission_id, stamp, section, item
