-- rule: three_public_over_budget
-- severity: warning
-- message: a declared 三公 figure is above its budget
-- name.en: three_public_over_budget
-- name.zh: 三公经费超预算
-- expected.en: at most budget_final {budget_final}
-- expected.zh: 不超过全年预算数 {budget_final}
-- found.en: {actual}
-- found.zh: {actual}
with final as (
    select submission_id, line_no, 'actual' as column_name,
           jsonb_build_object('section', section, 'item', item) as item,
           jsonb_build_object('budget_final', coalesce(budget_final, 0.00)::text, 'actual', actual::text) as args
    from intake.line
    where submission_id = any($1::bigint[]) and section = 'three_public'
      and item <> 'vehicle_count'
      and actual > coalesce(budget_final, 0.00)
)
select * from final
