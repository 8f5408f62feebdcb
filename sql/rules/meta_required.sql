-- rule: meta_required
-- severity: error
-- message: a submission names its unit and fiscal year in meta rows
-- name.en: meta_required
-- name.zh: 基本信息必填
-- expected.en: a meta row {item}
-- expected.zh: 基本信息中的{item|item}行
-- found.en: none
-- found.zh: 无
with present as (
    select s.id as submission_id,
           bool_or(l.item = 'unit_code') as has_unit,
           bool_or(l.item = 'fiscal_year') as has_year
    from intake.submission s
    left join intake.line l on l.submission_id = s.id and l.section = 'meta'
    where s.id = any($1::bigint[])
    group by s.id
),
final as (
    select submission_id, null::int as line_no, 'text' as column_name,
           jsonb_build_object('section', 'meta', 'item', 'unit_code') as item,
           jsonb_build_object('item', 'unit_code') as args
    from present where not coalesce(has_unit, false)
    union all
    select submission_id, null::int, 'text',
           jsonb_build_object('section', 'meta', 'item', 'fiscal_year'),
           jsonb_build_object('item', 'fiscal_year')
    from present where not coalesce(has_year, false)
)
select * from final
