-- Totals by economic class (类, 款), functional class (类, 款, 项) and unit, rolled up
-- from the finest grain and the per-unit totals; names from the reference edition in force for the year.
insert into consolidated.class_total (
    run_id, dimension, code, name, level,
    basic_budget_initial, basic_budget_final, basic_actual,
    project_budget_initial, project_budget_final, project_actual
)
with run as materialized (
    select id, fiscal_year,
           ref.edition_for('econ', fiscal_year) as econ_edition,
           ref.edition_for('func', fiscal_year) as func_edition
    from pipeline.run where id = $1
),
by_codes as (
    select kind, econ_code, func_code,
           sum(budget_initial) as budget_initial, sum(budget_final) as budget_final,
           sum(actual) as actual
    from consolidated.fine_total
    where run_id = $1
    group by kind, econ_code, func_code
),
by_unit as (
    select kind, unit_code, budget_initial, budget_final, actual
    from consolidated.unit_total
    where run_id = $1
),
levels as (
    select 'econ' as dimension, left(econ_code, 3) as code, 1 as level, kind,
           budget_initial, budget_final, actual from by_codes
    union all
    select 'econ', econ_code, 2, kind, budget_initial, budget_final, actual from by_codes
    union all
    select 'func', left(func_code, 3), 1, kind, budget_initial, budget_final, actual from by_codes
    union all
    select 'func', left(func_code, 5), 2, kind, budget_initial, budget_final, actual from by_codes
    union all
    select 'func', func_code, 3, kind, budget_initial, budget_final, actual from by_codes
    union all
    select 'unit', unit_code, 1, kind, budget_initial, budget_final, actual from by_unit
),
sums as (
    select dimension, code, level,
           coalesce(sum(budget_initial) filter (where kind = 'basic'), 0) as basic_budget_initial,
           coalesce(sum(budget_final) filter (where kind = 'basic'), 0) as basic_budget_final,
           coalesce(sum(actual) filter (where kind = 'basic'), 0) as basic_actual,
           coalesce(sum(budget_initial) filter (where kind = 'project'), 0) as project_budget_initial,
           coalesce(sum(budget_final) filter (where kind = 'project'), 0) as project_budget_final,
           coalesce(sum(actual) filter (where kind = 'project'), 0) as project_actual
    from levels
    group by dimension, code, level
),
final as (
    select $1::bigint, s.dimension, s.code,
           coalesce(c.name, u.name, '') as name, s.level,
           s.basic_budget_initial, s.basic_budget_final, s.basic_actual,
           s.project_budget_initial, s.project_budget_final, s.project_actual
    from sums s
    cross join run r
    left join ref.classification c
        on s.dimension in ('econ', 'func')
       and c.kind = s.dimension
       and c.fiscal_year = case s.dimension when 'econ' then r.econ_edition else r.func_edition end
       and c.code = s.code
    left join registry.unit u on s.dimension = 'unit' and u.code = s.code
)
select * from final
