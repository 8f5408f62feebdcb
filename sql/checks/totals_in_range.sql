-- rule: totals_in_range
-- severity: error
-- message: the node's totals must fit numeric(18,2), at most 16 digits before the point
-- name.en: totals_in_range
-- name.zh: 汇总金额超出范围
-- expected.en: the node's {column} in all at most 9999999999999999.99
-- expected.zh: 本节点{column|column}合计不超过 9999999999999999.99
-- found.en: {total} in all, this line {value}
-- found.zh: 合计 {total}，本行 {value}
--
-- Every figure the consolidation stores is a sum of some of the run's lines of one column,
-- and amounts are never negative, so the sum of all of them bounds every total. When it is
-- out of range, the line with the largest figure of that column is named, so that the run
-- fails with a finding instead of a numeric overflow.
with lines as (
    select l.submission_id, l.line_no, l.section, l.item, l.kind, l.project, l.func_code, l.econ_code,
           v.column_name, v.amount
    from pipeline.run_submission rs
    join intake.line l on l.submission_id = rs.submission_id
    cross join lateral (
        values ('budget_initial', coalesce(l.budget_initial, 0.00)), ('budget_final', coalesce(l.budget_final, 0.00)),
               ('actual', coalesce(l.actual, 0.00))
    ) v (column_name, amount)
    where rs.run_id = $1 and l.section <> 'staffing'
),
totals as (
    select column_name, sum(amount) as total from lines group by column_name
    having sum(amount) > 9999999999999999.99
),
final as (
    select distinct on (t.column_name) l.submission_id, l.line_no, t.column_name,
           jsonb_strip_nulls(jsonb_build_object('section', l.section, 'item', l.item, 'kind', l.kind,
                                                'project', l.project, 'func_code', l.func_code,
                                                'econ_code', l.econ_code)) as item,
           jsonb_build_object('column', t.column_name, 'total', t.total::text, 'value', l.amount::text) as args
    from totals t
    join lines l using (column_name)
    order by t.column_name, l.amount desc, l.submission_id, l.line_no
)
select submission_id, line_no, column_name, item, args from final
