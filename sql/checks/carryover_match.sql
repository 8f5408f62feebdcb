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
-- from each submission's facts (sql/facts), not from its lines
this_year as (
    select s.unit_code, s.submission_id, f.carryover_line as line_no, f.carryover
    from pipeline.run_submission s
    join consolidated.submission_fact f on f.submission_id = s.submission_id
    where s.run_id = $1
),
-- the previous year's submission in force of each of those units, joined by unit (a
-- separate `unit_code in (…)` was planned as a loop over the units: 136 ms at 1 000 units)
prior_year as (
    select t.unit_code, c.id as submission_id, f.year_end_line as line_no, f.year_end
    from this_year t
    cross join run r
    join intake.current_submission c on c.unit_code = t.unit_code and c.fiscal_year = r.fiscal_year - 1
    join consolidated.submission_fact f on f.submission_id = c.id
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
