-- rule: duplicate_item
-- severity: error
-- message: a section item (or a transfer to the same unit) appears twice
with items as (
    select submission_id, line_no, section, item,
           min(line_no) over (
               partition by submission_id, section, item,
                   case when section = 'transfer' then coalesce(text, '') end
           ) as first_line
    from intake.line
    where submission_id = any($1::bigint[]) and section <> 'expenditure'
),
final as (
    select submission_id, line_no, 'item' as column_name,
           'at most one ' || section || '/' || item || ' row' as expected,
           'a repeat of line ' || first_line as found
    from items
    where line_no > first_line
)
select * from final
