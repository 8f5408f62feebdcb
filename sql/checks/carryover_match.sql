-- rule: carryover_match
-- severity: error
-- message: 年初结转和结余 of year Y must equal the unit's 年末结转和结余 of year Y-1
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
           t.unit_code || ' carryover = its year_end of ' || (r.fiscal_year - 1) || ': ' || p.year_end
               || coalesce(' (line ' || p.line_no || ' of submission ' || p.submission_id || ')', '') as expected,
           t.unit_code || ' carryover ' || t.carryover as found
    from this_year t
    join prior_year p using (unit_code)
    cross join run r
    where t.carryover <> p.year_end
)
select * from final
