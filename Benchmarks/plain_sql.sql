-- The plain SQL a DBA would write for what `huizong run` does: type the rows that psql
-- \copy loaded as text into bench.raw (one row per data row of every submission file, the
-- file's unit code in column `file`), run the same checks as sql/rules/*.sql, and compute
-- the totals by unit, economic class (类, 款) and functional class (类, 款, 项) with one
-- GROUPING SETS aggregate. The totals go to bench.plain_total, shaped like Huizong's
-- consolidated.class_total so that Benchmarks/bench.py can compare the two in SQL.
--
--   psql -X -v ON_ERROR_STOP=1 -v year=2022 -f Benchmarks/plain_sql.sql
\set ON_ERROR_STOP on
\if :{?year}
\else
\set year 2022
\endif

-- The Chinese vocabulary of spec/submission-format.md (GB18030 files use it); English
-- words are kept as they are.
create temp table word (word text primary key, english text not null);
insert into word (word, english) values
    ('基本信息', 'meta'), ('人员', 'staffing'), ('收入', 'income'), ('结余', 'balance'),
    ('支出', 'expenditure'), ('三公经费', 'three_public'), ('政府采购', 'procurement'),
    ('对附属单位补助', 'transfer'),
    ('单位代码', 'unit_code'), ('年度', 'fiscal_year'), ('单位名称', 'unit_name'), ('填表人', 'preparer'),
    ('联系电话', 'phone'), ('单位负责人', 'head'),
    ('编制数', 'authorized'), ('实有在职人数', 'in_service'), ('不计入控制率人数', 'excluded'),
    ('财政拨款收入', 'appropriation'), ('政府性基金收入', 'government_fund'), ('事业收入', 'business'),
    ('经营收入', 'operating'), ('上级补助收入', 'from_superior'), ('其他收入', 'other'),
    ('年初结转和结余', 'carryover'), ('年末结转和结余', 'year_end'),
    ('因公出国（境）费用', 'overseas'), ('公务接待费', 'reception'), ('公务用车购置费', 'vehicle_purchase'),
    ('公务用车运行维护费', 'vehicle_operation'), ('公务用车保有量', 'vehicle_count'),
    ('合计', 'total'), ('对附属单位补助支出', 'to_subordinate'),
    ('基本支出', 'basic'), ('项目支出', 'project'), ('运行维护经费', 'operations'), ('专项资金', 'special');

-- 1. Typed lines: English vocabulary, amounts cast to numeric(18,2) (an empty cell is NULL).
create temp table line as
select r.file as unit_code,
       coalesce(ws.english, r.section) as section,
       coalesce(wi.english, r.item) as item,
       coalesce(wk.english, r.kind) as kind,
       r.project,
       coalesce(wt.english, r.project_type) as project_type,
       r.func_code,
       r.econ_code,
       r.budget_initial::numeric(18, 2) as budget_initial,
       r.budget_final::numeric(18, 2) as budget_final,
       r.actual::numeric(18, 2) as actual,
       r.text
from bench.raw r
left join word ws on ws.word = r.section
left join word wi on wi.word = r.item
left join word wk on wk.word = r.kind
left join word wt on wt.word = r.project_type;
analyze line;

-- 2. The checks of sql/rules, each counted (errors, then warnings).
create temp table finding (rule text primary key, severity text not null, n bigint not null);

-- meta: each file names its unit (the file's) and the fiscal year
insert into finding
select 'meta_required', 'error', count(*)
from (
    select unit_code,
           bool_or(item = 'unit_code' and text = unit_code) as unit_ok,
           bool_or(item = 'fiscal_year' and text = :'year') as year_ok
    from line where section = 'meta'
    group by unit_code
) m
where not (unit_ok and year_ok);

-- codes: anti-joins on the code tables of the year (款 for econ, 项 for func)
insert into finding
select 'econ_code_exists', 'error', count(*)
from line l
left join (
    select code from ref.classification
    where kind = 'econ' and level = 2 and fiscal_year = ref.edition_for('econ', :year)
) c on c.code = l.econ_code
where l.section = 'expenditure' and l.econ_code is not null and c.code is null;

insert into finding
select 'func_code_exists', 'error', count(*)
from line l
left join (
    select code from ref.classification
    where kind = 'func' and level = 3 and fiscal_year = ref.edition_for('func', :year)
) c on c.code = l.func_code
where l.section = 'expenditure' and l.func_code is not null and c.code is null;

-- required cells and project fields of expenditure lines
insert into finding
select 'expenditure_required', 'error',
       coalesce(sum((kind is null)::int + (func_code is null)::int + (econ_code is null)::int
                     + (budget_final is null)::int + (actual is null)::int), 0)
from line where section = 'expenditure';

insert into finding
select 'project_fields', 'error',
       coalesce(sum(case when kind = 'project' then (project is null)::int + (project_type is null)::int
                         when kind = 'basic' then (project is not null)::int + (project_type is not null)::int
                         else 0 end), 0)
from line where section = 'expenditure';

-- duplicates: the same expenditure line, the same section item (transfers per receiver)
insert into finding
select 'duplicate_line', 'error', coalesce(sum(n - 1), 0)
from (
    select count(*) as n from line where section = 'expenditure'
    group by unit_code, kind, coalesce(project, ''), func_code, econ_code
    having count(*) > 1
) d;

insert into finding
select 'duplicate_item', 'error', coalesce(sum(n - 1), 0)
from (
    select count(*) as n from line where section <> 'expenditure'
    group by unit_code, section, item, case when section = 'transfer' then coalesce(text, '') end
    having count(*) > 1
) d;

-- per-unit balance: income = expenditure + transfers out + year-end balance
insert into finding
select 'balance', 'error', count(*)
from (
    select unit_code,
           coalesce(sum(actual) filter (where section = 'income'), 0) as income,
           coalesce(sum(actual) filter (where section = 'expenditure'), 0) as expenditure,
           coalesce(sum(actual) filter (where section = 'transfer'), 0) as transfers,
           coalesce(sum(actual) filter (where section = 'balance'), 0) as year_end
    from line
    group by unit_code
) s
where income <> expenditure + transfers + year_end;

-- 三公 as declared = the expenditure lines with the matching economic codes
insert into finding
with codes (item, econ_code) as (
    values ('overseas', '30212'), ('reception', '30217'), ('vehicle_operation', '30231'), ('vehicle_purchase', '31013')
),
spent as (
    select l.unit_code, c.item, sum(l.actual) as actual, sum(l.budget_final) as budget_final
    from line l join codes c using (econ_code)
    where l.section = 'expenditure'
    group by l.unit_code, c.item
),
declared as (
    select unit_code, item, coalesce(actual, 0) as actual, coalesce(budget_final, 0) as budget_final
    from line where section = 'three_public' and item <> 'vehicle_count'
)
select 'three_public_match', 'error',
       coalesce(sum((coalesce(d.actual, 0) <> coalesce(s.actual, 0))::int
                    + (coalesce(d.budget_final, 0) <> coalesce(s.budget_final, 0))::int), 0)
from declared d full join spent s using (unit_code, item);

-- staffing: excluded at most in service
insert into finding
select 'staffing', 'error', count(*)
from (
    select coalesce(max(actual) filter (where item = 'in_service'), 0) as in_service,
           max(actual) filter (where item = 'excluded') as excluded
    from line where section = 'staffing'
    group by unit_code
) s
where excluded > in_service;

-- warnings
insert into finding
select 'actual_over_budget', 'warning', count(*)
from line where section = 'expenditure' and actual > budget_final;

insert into finding
select 'three_public_over_budget', 'warning', count(*)
from line where section = 'three_public' and item <> 'vehicle_count' and actual > coalesce(budget_final, 0);

-- 3. The totals: one GROUPING SETS aggregate over unit, economic and functional levels,
-- basic and project side by side.
drop table if exists bench.plain_total;
create table bench.plain_total as
select case when grouping(unit_code) = 0 then 'unit'
            when grouping(econ_1) = 0 or grouping(econ_code) = 0 then 'econ'
            else 'func' end as dimension,
       coalesce(unit_code, econ_1, econ_code, func_1, func_2, func_code) as code,
       case when grouping(unit_code) = 0 or grouping(econ_1) = 0 or grouping(func_1) = 0 then 1
            when grouping(econ_code) = 0 or grouping(func_2) = 0 then 2
            else 3 end as level,
       coalesce(sum(budget_initial) filter (where kind = 'basic'), 0) as basic_budget_initial,
       coalesce(sum(budget_final) filter (where kind = 'basic'), 0) as basic_budget_final,
       coalesce(sum(actual) filter (where kind = 'basic'), 0) as basic_actual,
       coalesce(sum(budget_initial) filter (where kind = 'project'), 0) as project_budget_initial,
       coalesce(sum(budget_final) filter (where kind = 'project'), 0) as project_budget_final,
       coalesce(sum(actual) filter (where kind = 'project'), 0) as project_actual
from (
    select unit_code, kind, econ_code, left(econ_code, 3) as econ_1,
           func_code, left(func_code, 3) as func_1, left(func_code, 5) as func_2,
           coalesce(budget_initial, 0) as budget_initial, budget_final, actual
    from line
    where section = 'expenditure'
) l
group by grouping sets ((unit_code), (econ_1), (econ_code), (func_1), (func_2), (func_code));

\echo findings (rule, severity, count):
select rule, severity, n from finding order by severity, rule;
select count(*) as total_rows from bench.plain_total;
