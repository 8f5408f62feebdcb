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
-- fails with a finding instead of a numeric overflow. Both come from each submission's facts
-- (sql/facts), its sums and its largest figure per column, not from the lines.
with facts as (
    select f.*
    from pipeline.run_submission rs
    join consolidated.submission_fact f on f.submission_id = rs.submission_id
    where rs.run_id = $1
),
columns as (
    select f.submission_id, v.column_name, v.total, v.amount, v.line_no
    from facts f
    cross join lateral (
        values ('budget_initial', f.budget_initial_sum, f.budget_initial_max, f.budget_initial_line),
               ('budget_final', f.budget_final_sum, f.budget_final_max, f.budget_final_line),
               ('actual', f.actual_sum, f.actual_max, f.actual_line)
    ) v (column_name, total, amount, line_no)
    where v.line_no is not null
),
totals as (
    select column_name, sum(total) as total from columns group by column_name
    having sum(total) > 9999999999999999.99
),
largest as (
    select distinct on (t.column_name) t.column_name, t.total, c.submission_id, c.line_no, c.amount
    from totals t
    join columns c using (column_name)
    order by t.column_name, c.amount desc, c.submission_id, c.line_no
),
final as (
    select g.submission_id, g.line_no, g.column_name,
           jsonb_strip_nulls(jsonb_build_object('section', l.section, 'item', l.item, 'kind', l.kind,
                                                'project', l.project, 'func_code', l.func_code,
                                                'econ_code', l.econ_code)) as item,
           jsonb_build_object('column', g.column_name, 'total', g.total::text, 'value', g.amount::text) as args
    from largest g
    join intake.line l on l.submission_id = g.submission_id and l.line_no = g.line_no
)
select submission_id, line_no, column_name, item, args from final
