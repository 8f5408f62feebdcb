-- The figures of the self-evaluation report (spec/report.md) of one run ($1), as one long
-- table: `figure` is the report's key (`basic.by_econ`), `code`/`name`/`ordinal` tell the
-- parts of a list figure, `value` is exact (yuan for money, already rounded for rates,
-- whole for counts) and `kind` says which. A NULL value is a figure the data cannot
-- support (a rate without its base, staffing nobody declared): the report leaves it and
-- says so. Everything comes from the run's consolidated results, plus the staffing lines
-- of the submissions the run consolidated.
with fine as (
    select kind, public_funds, budget_initial, budget_final, actual
    from consolidated.spend_total
    where run_id = $1
),
items as (
    select section, item, budget_initial, budget_final, actual
    from consolidated.item_total
    where run_id = $1
),
classes as (
    select dimension, code, name, basic_actual, project_actual,
           project_budget_initial, project_budget_final
    from consolidated.class_total
    where run_id = $1 and level = 1
),
spend as (
    select coalesce(sum(budget_initial) filter (where kind = 'basic'), 0) as basic_initial,
           coalesce(sum(budget_final) filter (where kind = 'basic'), 0) as basic_final,
           coalesce(sum(actual) filter (where kind = 'basic'), 0) as basic_actual,
           coalesce(sum(budget_initial) filter (where kind = 'project'), 0) as project_initial,
           coalesce(sum(budget_final) filter (where kind = 'project'), 0) as project_final,
           coalesce(sum(actual) filter (where kind = 'project'), 0) as project_actual,
           coalesce(sum(budget_final) filter (where kind = 'basic' and public_funds), 0) as public_final,
           coalesce(sum(actual) filter (where kind = 'basic' and public_funds), 0) as public_actual
    from fine
),
income as (
    select coalesce(sum(actual) filter (where item = 'appropriation'), 0) as general_public,
           coalesce(sum(actual) filter (where item = 'government_fund'), 0) as government_fund,
           coalesce(sum(actual) filter (where item = 'business'), 0) as business,
           coalesce(sum(actual) filter (where item = 'operating'), 0) as operating,
           coalesce(sum(actual) filter (where item = 'from_superior'), 0) as from_superior,
           coalesce(sum(actual) filter (where item = 'other'), 0) as other,
           coalesce(sum(actual) filter (where item = 'carryover'), 0) as carryover,
           coalesce(sum(actual), 0) as total
    from items
    where section = 'income'
),
three as (
    select coalesce(sum(budget_initial) filter (where item = 'overseas'), 0) as overseas_budget,
           coalesce(sum(actual) filter (where item = 'overseas'), 0) as overseas_actual,
           coalesce(sum(budget_initial) filter (where item = 'reception'), 0) as reception_budget,
           coalesce(sum(actual) filter (where item = 'reception'), 0) as reception_actual,
           coalesce(sum(budget_initial) filter (where item = 'vehicle_purchase'), 0) as purchase_budget,
           coalesce(sum(actual) filter (where item = 'vehicle_purchase'), 0) as purchase_actual,
           coalesce(sum(budget_initial) filter (where item = 'vehicle_operation'), 0) as operation_budget,
           coalesce(sum(actual) filter (where item = 'vehicle_operation'), 0) as operation_actual,
           sum(actual) filter (where item = 'vehicle_count') as vehicle_count
    from items
    where section = 'three_public'
),
procurement as (
    select coalesce(sum(budget_final), 0) as budget, coalesce(sum(actual), 0) as actual
    from items
    where section = 'procurement' and item = 'total'
),
staffing as (
    select sum(actual) filter (where item = 'authorized') as authorized,
           sum(actual) filter (where item = 'in_service') as in_service,
           sum(actual) filter (where item = 'excluded') as excluded
    from items
    where section = 'staffing'
),
totals as (
    select s.*, i.*, t.*, p.budget as procurement_budget, p.actual as procurement_actual,
           st.authorized, st.in_service, st.excluded,
           t.overseas_budget + t.reception_budget + t.purchase_budget + t.operation_budget as three_budget,
           t.overseas_actual + t.reception_actual + t.purchase_actual + t.operation_actual as three_actual
    from spend s cross join income i cross join three t cross join procurement p cross join staffing st
),
-- a / b in percent, two decimals; NULL without a base
scalars as (
    select v.figure, v.value, v.kind, v.ordinal
    from totals x
    cross join lateral (values
        ('staffing.authorized', x.authorized, 'count', 0),
        ('staffing.actual', x.in_service, 'count', 0),
        ('staffing.excluded', x.excluded, 'count', 0),
        ('staffing.control_rate',
            round((x.in_service - coalesce(x.excluded, 0)) * 100 / nullif(x.authorized, 0), 2), 'rate', 0),
        ('income.general_public', x.general_public, 'money', 0),
        ('income.government_fund', x.government_fund, 'money', 0),
        ('income.business', x.business, 'money', 0),
        ('income.operating', x.operating, 'money', 0),
        ('income.from_superior', x.from_superior, 'money', 0),
        ('income.other', x.other, 'money', 0),
        ('income.carryover', x.carryover, 'money', 0),
        ('income.total', x.total, 'money', 0),
        ('expenditure.total', x.basic_actual + x.project_actual, 'money', 0),
        ('expenditure.basic', x.basic_actual, 'money', 0),
        ('expenditure.project', x.project_actual, 'money', 0),
        ('expenditure.basic_share',
            round(x.basic_actual * 100 / nullif(x.basic_actual + x.project_actual, 0), 2), 'rate', 0),
        ('expenditure.project_share',
            round(x.project_actual * 100 / nullif(x.basic_actual + x.project_actual, 0), 2), 'rate', 0),
        ('basic.initial', x.basic_initial, 'money', 0),
        ('basic.final', x.basic_final, 'money', 0),
        ('basic.adjustment', x.basic_final - x.basic_initial, 'money', 0),
        ('basic.actual', x.basic_actual, 'money', 0),
        ('basic.public_funds_final', x.public_final, 'money', 0),
        ('basic.public_funds', x.public_actual, 'money', 0),
        ('three_public.budget', x.three_budget, 'money', 0),
        ('three_public.actual', x.three_actual, 'money', 0),
        ('three_public.saving', x.three_budget - x.three_actual, 'money', 0),
        ('three_public.vehicle_count', x.vehicle_count, 'count', 0),
        ('three_public.vehicle_purchase.budget', x.purchase_budget, 'money', 0),
        ('three_public.vehicle_purchase.actual', x.purchase_actual, 'money', 0),
        ('three_public.vehicle_operation.budget', x.operation_budget, 'money', 0),
        ('three_public.vehicle_operation.actual', x.operation_actual, 'money', 0),
        ('project.initial', x.project_initial, 'money', 0),
        ('project.final', x.project_final, 'money', 0),
        ('project.adjustment', x.project_final - x.project_initial, 'money', 0),
        ('project.actual', x.project_actual, 'money', 0),
        ('procurement.budget', x.procurement_budget, 'money', 0),
        ('procurement.actual', x.procurement_actual, 'money', 0),
        ('funds.initial', x.basic_initial + x.project_initial, 'money', 0),
        ('funds.final', x.basic_final + x.project_final, 'money', 0),
        ('funds.actual', x.basic_actual + x.project_actual, 'money', 0),
        ('funds.execution_rate',
            round((x.basic_actual + x.project_actual) * 100 / nullif(x.basic_final + x.project_final, 0), 2),
            'rate', 0),
        ('funds.general_public', x.general_public, 'money', 0),
        ('funds.government_fund', x.government_fund, 'money', 0),
        ('funds.other', x.total - x.general_public - x.government_fund, 'money', 0),
        ('funds.basic', x.basic_actual, 'money', 0),
        ('funds.project', x.project_actual, 'money', 0),
        ('other_budgets.government_fund', x.government_fund, 'money', 0),
        ('cost_indicators.staff_control_rate',
            round((x.in_service - coalesce(x.excluded, 0)) * 100 / nullif(x.authorized, 0), 2), 'rate', 1),
        ('cost_indicators.three_public_control_rate',
            round(x.three_actual * 100 / nullif(x.three_budget, 0), 2), 'rate', 2),
        ('cost_indicators.public_funds_control_rate',
            round(x.public_actual * 100 / nullif(x.public_final, 0), 2), 'rate', 3),
        ('cost_indicators.procurement_execution_rate',
            round(x.procurement_actual * 100 / nullif(x.procurement_budget, 0), 2), 'rate', 4)
    ) as v(figure, value, kind, ordinal)
),
three_parts as (
    select v.*
    from three t
    cross join lateral (values
        ('overseas', 1, t.overseas_budget, t.overseas_actual),
        ('reception', 2, t.reception_budget, t.reception_actual),
        ('vehicles', 3, t.purchase_budget + t.operation_budget, t.purchase_actual + t.operation_actual)
    ) as v(code, ordinal, budget, actual)
),
staffing_units as (
    select s.unit_code, u.name,
           sum(l.actual) filter (where l.item = 'authorized') as authorized,
           sum(l.actual) filter (where l.item = 'in_service') as in_service,
           sum(l.actual) filter (where l.item = 'excluded') as excluded
    from pipeline.run_submission s
    join registry.unit u on u.code = s.unit_code
    left join intake.line l on l.submission_id = s.submission_id and l.section = 'staffing'
    where s.run_id = $1
    group by s.unit_code, u.name
),
lists (figure, code, name, ordinal, value, kind) as (
    select 'basic.by_econ', code, name, 0, basic_actual, 'money' from classes where dimension = 'econ'
    union all
    select 'basic.by_unit', code, name, 0, basic_actual, 'money' from classes where dimension = 'unit'
    union all
    select 'project.by_econ', code, name, 0, project_actual, 'money' from classes where dimension = 'econ'
    union all
    select 'project.by_func', code, name, 0, project_actual, 'money'
    from classes
    where dimension = 'func'
      and (project_actual <> 0 or project_budget_final <> 0 or project_budget_initial <> 0)
    union all
    select 'three_public.parts.budget', code, null, ordinal, budget, 'money' from three_parts
    union all
    select 'three_public.parts.actual', code, null, ordinal, actual, 'money' from three_parts
    union all
    select 'three_public.parts.saving', code, null, ordinal, budget - actual, 'money' from three_parts
    union all
    select 'staffing.units.authorized', unit_code, name, 0, authorized, 'count' from staffing_units
    union all
    select 'staffing.units.actual', unit_code, name, 0, in_service, 'count' from staffing_units
    union all
    select 'staffing.units.excluded', unit_code, name, 0, excluded, 'count' from staffing_units
),
final as (
    select figure, null::text as code, null::text as name, ordinal, value, kind from scalars
    union all
    select figure, code, name, ordinal, value, kind from lists
)
select figure, code, name, kind,
       case when kind = 'money' then round(value, 2)::text end as yuan,
       case kind
           when 'money' then round(value / 10000, 2)::text
           when 'count' then value::bigint::text
           else value::text
       end as shown
from final
order by figure, ordinal, code
