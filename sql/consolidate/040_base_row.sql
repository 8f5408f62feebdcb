-- The rows of the base-data table (基础数据表), with the prior year's figures taken from
-- the node's current run for the previous fiscal year; expenditure from the run's spend
-- totals (010) and special projects (015).
insert into consolidated.base_row (run_id, ordinal, key, label, prior_actual, budget_final, actual)
with run as (
    select id, node_code, fiscal_year from pipeline.run where id = $1
),
prior_run as (
    select c.id
    from pipeline.current_run c
    join run r on c.node_code = r.node_code and c.fiscal_year = r.fiscal_year - 1
),
lines as (
    select * from consolidated.spend_total where run_id = $1
),
special_order as (
    select s.project, s.budget_final, s.actual, s.first_unit, s.first_line
    from consolidated.special_project s
    where s.run_id = $1
),
declared as (
    select item, budget_final, actual
    from consolidated.item_total
    where run_id = $1 and section = 'three_public' and item <> 'vehicle_count'
),
procurement as (
    select budget_final, actual
    from consolidated.item_total
    where run_id = $1 and section = 'procurement' and item = 'total'
),
money_rows (grp, sub, key, label, budget_final, actual) as (
    select 1, 0, 'total', '支出总额',
           coalesce(sum(budget_final), 0), coalesce(sum(actual), 0) from lines
    union all
    select 2, 0, 'basic', '基本支出',
           coalesce(sum(budget_final) filter (where kind = 'basic'), 0),
           coalesce(sum(actual) filter (where kind = 'basic'), 0) from lines
    union all
    select 3, 0, 'basic.public_funds', '其中：公用经费',
           coalesce(sum(budget_final) filter (where kind = 'basic' and public_funds), 0),
           coalesce(sum(actual) filter (where kind = 'basic' and public_funds), 0) from lines
    union all
    select 4, 0, 'project', '项目支出',
           coalesce(sum(budget_final) filter (where kind = 'project'), 0),
           coalesce(sum(actual) filter (where kind = 'project'), 0) from lines
    union all
    select 5, 0, 'project.operations', '其中：运行维护经费',
           coalesce(sum(budget_final) filter (where project_type = 'operations'), 0),
           coalesce(sum(actual) filter (where project_type = 'operations'), 0) from lines
    union all
    select 6, 0, 'project.special', '专项资金',
           coalesce(sum(budget_final) filter (where project_type = 'special'), 0),
           coalesce(sum(actual) filter (where project_type = 'special'), 0) from lines
    union all
    select 7, row_number() over (order by first_unit, first_line, project),
           'project.special:' || project, project, budget_final, actual
    from special_order
    union all
    select 8, 0, 'three_public', '三公经费',
           (select sum(budget_final) from declared), (select sum(actual) from declared)
    union all
    select 9, 0, 'three_public.vehicles', '公务用车购置和维护经费',
           (select sum(budget_final) from declared where item in ('vehicle_purchase', 'vehicle_operation')),
           (select sum(actual) from declared where item in ('vehicle_purchase', 'vehicle_operation'))
    union all
    select 10, 0, 'three_public.vehicles.purchase', '其中：公车购置',
           (select budget_final from declared where item = 'vehicle_purchase'),
           (select actual from declared where item = 'vehicle_purchase')
    union all
    select 11, 0, 'three_public.vehicles.operation', '公车运行维护',
           (select budget_final from declared where item = 'vehicle_operation'),
           (select actual from declared where item = 'vehicle_operation')
    union all
    select 12, 0, 'three_public.overseas', '出国经费',
           (select budget_final from declared where item = 'overseas'),
           (select actual from declared where item = 'overseas')
    union all
    select 13, 0, 'three_public.reception', '公务接待',
           (select budget_final from declared where item = 'reception'),
           (select actual from declared where item = 'reception')
    union all
    select 14, 0, 'procurement', '政府采购金额',
           (select budget_final from procurement), (select actual from procurement)
),
final as (
    select $1::bigint, row_number() over (order by m.grp, m.sub)::int, m.key, m.label,
           p.actual, m.budget_final, m.actual
    from money_rows m
    left join consolidated.base_row p on p.run_id = (select id from prior_run) and p.key = m.key
)
select * from final
