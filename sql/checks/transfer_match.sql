-- rule: transfer_match
-- severity: error
-- message: transfers paid inside the node must equal the receiver's from_superior income
with inputs as (
    select unit_code, submission_id from pipeline.run_submission where run_id = $1
),
paid as (
    select i.unit_code as payer, i.submission_id, l.line_no, l.text as receiver, coalesce(l.actual, 0) as amount
    from inputs i
    join intake.line l on l.submission_id = i.submission_id
    where l.section = 'transfer'
),
received as (
    select i.unit_code as receiver, i.submission_id, min(l.line_no) as line_no,
           sum(coalesce(l.actual, 0)) as amount
    from inputs i
    join intake.line l on l.submission_id = i.submission_id
    where l.section = 'income' and l.item = 'from_superior'
    group by i.unit_code, i.submission_id
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
           p.receiver || ' from_superior ' || coalesce(r.amount, 0.00) || ' (paid to it in all: ' || t.amount || ')'
               as expected,
           p.payer || ' transfer to ' || p.receiver || ' ' || p.amount as found
    from paid p
    join paid_to t on t.receiver = p.receiver
    left join received r on r.receiver = p.receiver
    where t.amount <> coalesce(r.amount, 0.00)
)
select * from final
