-- rule: duplicate_item
-- severity: error
-- message: a section item (or a transfer to the same unit) appears twice
-- name.en: duplicate_item
-- name.zh: 项目重复
-- expected.en: at most one {section}/{item} row
-- expected.zh: “{section|section}/{item|item}”最多一行
-- found.en: a repeat of line {first_line}
-- found.zh: 与第 {first_line} 行重复
with items as (
    select submission_id, line_no, section, item, text,
           min(line_no) over (
               partition by submission_id, section, item,
                   case when section = 'transfer' then coalesce(text, '') end
           ) as first_line
    from intake.line
    where submission_id = any($1::bigint[]) and section <> 'expenditure'
),
final as (
    select submission_id, line_no, 'item' as column_name,
           jsonb_strip_nulls(jsonb_build_object('section', section, 'item', item, 'line', line_no)) as item,
           jsonb_build_object('section', section, 'item', item, 'first_line', first_line) as args
    from items
    where line_no > first_line
)
select * from final
