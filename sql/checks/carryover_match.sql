-- rule: carryover_match
-- severity: error
-- message: 年初结转和结余 of year Y must equal the unit's 年末结转和结余 of year Y-1
-- name.en: carryover_match
-- name.zh: 结转结余上下年衔接
-- expected.en: {unit} carryover = its year_end of {year}: {year_end}[ (line {prior_line} of submission {prior_submission})]
-- expected.zh: {unit} 年初结转和结余 = 其 {year} 年的年末结转和结余 {year_end}[（提交 #{prior_submission} 第 {prior_line} 行）]
-- found.en: {unit} carryover {carryover}
-- found.zh: {unit} 年初结转和结余 {carryover}
with run as (
    select fiscal_year from pipeline.run where id = $1
),
this_year as (
    select s.unit_code, s.submission_id,
           min(l.line_no) filter (where l.item = 'carryover') as line_no,
           coalesce(sum(l.actual) filter (where l.item = 'carryover'), 0.00) as carryover
    from pipeline.run_submission s
    left join intake.line l on l.submission_id = s.submission_id and l.section = 'income'
    where s.run_id = $1
    group by s.unit_code, s.submission_id
),
prior_year as (
    select c.unit_code, c.id as submission_id,
           min(l.line_no) as line_no, coalesce(sum(l.actual), 0.00) as year_end
    from intake.current_submission c
    cross join run r
    left join intake.line l on l.submission_id = c.id and l.section = 'balance' and l.item = 'year_end'
    where c.fiscal_year = r.fiscal_year - 1
      and c.unit_code in (select unit_code from this_year)
    group by c.unit_code, c.id
),
final as (
    select t.submission_id, t.line_no, 'actual' as column_name,
           jsonb_build_object('section', 'income', 'item', 'carryover') as item,
           jsonb_strip_nulls(jsonb_build_object(
               'unit', t.unit_code, 'year', r.fiscal_year - 1, 'year_end', p.year_end::text,
               'prior_line', p.line_no, 'prior_submission', p.submission_id, 'carryover', t.carryover::text)) as args
    from this_year t
    join prior_year p using (unit_code)
    cross join run r
    where t.carryover <> p.year_end
)
select * from final
