-- rule: actual_over_budget
-- severity: warning
-- message: an expenditure line spent more than its final budget
-- name.en: actual_over_budget
-- name.zh: 决算超预算
-- expected.en: at most budget_final {budget_final}
-- expected.zh: 不超过全年预算数 {budget_final}
-- found.en: {actual}
-- found.zh: {actual}
with final as (
    select submission_id, line_no, 'actual' as column_name,
           jsonb_strip_nulls(jsonb_build_object('section', section, 'kind', kind, 'project', project,
                                                'func_code', func_code, 'econ_code', econ_code)) as item,
           jsonb_build_object('budget_final', budget_final::text, 'actual', actual::text) as args
    from intake.line
    where submission_id = any($1::bigint[]) and section = 'expenditure'
      and actual > budget_final
)
select * from final
