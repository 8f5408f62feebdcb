-- The lines behind one figure of a run ($1): every line of the submissions the run
-- consolidated that the figure sums, each with the amount it adds, so that the lines of a
-- unit add to that unit's share and the shares to the figure (FigureProvenance). The
-- figure is described as data by `FigureKey`:
--   $2 section, $3 items (null: any), $4 kind, $5 project_type, $6 project,
--   $7 economic code prefix, $8 functional code prefix, $9 the unit the figure is about
--   (basic.by_unit), $10 the amount taken (actual, budget_initial, budget_final,
--   adjustment = final − initial, saving = initial − actual), $11 whether transfers paid
--   inside the node are eliminated (as sql/consolidate/030_item_total.sql takes them off
--   上级补助收入: each appears here as the payer's line, negated), $12 the lines of one
--   unit only (null: every unit). Empty amounts count 0, as the consolidation sums them.
with run as (
    select id, node_code from pipeline.run where id = $1
),
inputs as (
    select s.unit_code, s.submission_id, u.file_name, b.sheet, b.cell_columns
    from pipeline.run_submission s
    join intake.submission b on b.id = s.submission_id
    join intake.upload u on u.id = b.upload_id
    where s.run_id = $1
      and ($9::text is null or s.unit_code = $9::text)
      and ($12::text is null or s.unit_code = $12::text)
),
chosen as (
    select i.unit_code, i.submission_id, i.file_name, i.sheet, i.cell_columns, l.line_no,
           l.section, l.item, l.kind, l.project, l.project_type, l.func_code, l.econ_code, l.text,
           false as eliminated,
           case $10::text
               when 'budget_initial' then 'budget_initial'
               when 'budget_final' then 'budget_final'
               when 'adjustment' then 'budget_final'
               else 'actual'
           end as column_name,
           case $10::text
               when 'budget_initial' then coalesce(l.budget_initial, 0)
               when 'budget_final' then coalesce(l.budget_final, 0)
               when 'adjustment' then coalesce(l.budget_final, 0) - coalesce(l.budget_initial, 0)
               when 'saving' then coalesce(l.budget_initial, 0) - coalesce(l.actual, 0)
               else coalesce(l.actual, 0)
           end as amount
    from inputs i
    join intake.line l on l.submission_id = i.submission_id
    where l.section = $2::text
      and ($3::text[] is null or l.item = any($3::text[]))
      and ($4::text is null or l.kind = $4::text)
      and ($5::text is null or l.project_type = $5::text)
      and ($6::text is null or l.project = $6::text)
      and ($7::text is null or left(l.econ_code, length($7::text)) = $7::text)
      and ($8::text is null or left(l.func_code, length($8::text)) = $8::text)
),
-- 030_item_total takes the internal transfers off 上级补助收入 only when some unit
-- declared that income: the same condition here.
receivers as (
    select 1
    from pipeline.run_submission s
    join intake.line l on l.submission_id = s.submission_id
    where s.run_id = $1 and l.section = 'income' and l.item = 'from_superior'
    limit 1
),
eliminated as (
    select i.unit_code, i.submission_id, i.file_name, i.sheet, i.cell_columns, l.line_no,
           l.section, l.item, l.kind, l.project, l.project_type, l.func_code, l.econ_code, l.text,
           true, 'actual', -coalesce(l.actual, 0)
    from inputs i
    join intake.line l on l.submission_id = i.submission_id
    cross join run r
    where $11::boolean
      and exists (select 1 from receivers)
      and l.section = 'transfer'
      and l.text in (select code from registry.subtree(r.node_code))
),
lines as (
    select * from chosen
    union all
    select * from eliminated
),
final as (
    select unit_code, submission_id, file_name, line_no,
           case
               when sheet is null then null
               when cell_columns ? column_name then sheet || '!' || (cell_columns ->> column_name) || line_no
               else sheet || '!' || line_no || ':' || line_no
           end as cell,
           section, item, kind, project, project_type, func_code, econ_code, text, eliminated,
           column_name, amount
    from lines
)
select * from final
