-- rule: transfer_match
-- severity: error
-- message: transfers paid inside the node must equal the receiver's from_superior income
-- name.en: transfer_match
-- name.zh: 上下级补助一致
-- expected.en: {receiver} from_superior {declared} (paid to it in all: {paid})
-- expected.zh: {receiver} 上级补助收入 {declared}（各单位拨付给它合计 {paid}）
-- found.en: {payer} transfer to {receiver} {amount}
-- found.zh: {payer} 拨付给 {receiver} 的对附属单位补助 {amount}
with inputs as (
    select unit_code, submission_id from pipeline.run_submission where run_id = $1
),
-- the transfer lines and from_superior income from each submission's facts (sql/facts)
paid as (
    select i.unit_code as payer, i.submission_id, t.line_no, t.item, t.receiver,
           coalesce(t.actual, 0) as amount
    from inputs i
    join consolidated.submission_transfer t on t.submission_id = i.submission_id
),
received as (
    select i.unit_code as receiver, i.submission_id, f.from_superior_line as line_no,
           f.from_superior as amount
    from inputs i
    join consolidated.submission_fact f on f.submission_id = i.submission_id
    where f.from_superior_line is not null
),
paid_to as (
    select p.receiver, sum(p.amount) as amount, string_agg(p.payer, ', ' order by p.payer) as payers
    from paid p
    where p.receiver in (select unit_code from inputs)
    group by p.receiver
),
final as (
    -- at each payer's line: what the receiver declared against what was paid
    select p.submission_id, p.line_no, 'actual' as column_name,
           jsonb_build_object('section', 'transfer', 'item', p.item, 'text', p.receiver) as item,
           jsonb_build_object('receiver', p.receiver, 'declared', coalesce(r.amount, 0.00)::text,
                              'paid', t.amount::text, 'payer', p.payer, 'amount', p.amount::text) as args
    from paid p
    join paid_to t on t.receiver = p.receiver
    left join received r on r.receiver = p.receiver
    where t.amount <> coalesce(r.amount, 0.00)
)
select * from final
