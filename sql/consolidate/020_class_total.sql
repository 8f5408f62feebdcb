-- Totals by economic class (类, 款), functional class (类, 款, 项) and unit; names from the
-- reference edition in force for the year. The economic and functional ones are carried
-- forward: those of the node's newest succeeded, unpruned run of the same stamp (its base),
-- plus the lines of the submissions in force now and not then, minus those of the ones in
-- force then and not now — with how many lines each total sums, so that a class with none
-- left goes. Without such a run (the first, a `--full` one, new rules, tables or SQL), the
-- lines of every submission in force are summed: one scan, hashed by code pair. The unit
-- totals come from the per-unit totals.
with run as materialized (
    select id, node_code, fiscal_year, partial_stamp, full_recompute,
           ref.edition_for('econ', fiscal_year) as econ_edition,
           ref.edition_for('func', fiscal_year) as func_edition
    from pipeline.run where id = $1
),
candidate as materialized (
    select b.id
    from pipeline.run b
    join run r on b.node_code = r.node_code and b.fiscal_year = r.fiscal_year and b.partial_stamp = r.partial_stamp
    where not r.full_recompute and b.id < r.id and b.status = 'succeeded' and b.pruned_at is null
    order by b.id desc
    limit 1
),
-- the submissions that came (+1) or went (-1) since the base
changed as materialized (
    select n.submission_id, 1 as sign
    from pipeline.run_submission n
    where n.run_id = $1
      and n.submission_id not in (select o.submission_id from pipeline.run_submission o
                                  where o.run_id = (select id from candidate))
    union all
    select o.submission_id, -1
    from pipeline.run_submission o
    where o.run_id = (select id from candidate)
      and o.submission_id not in (select n.submission_id from pipeline.run_submission n where n.run_id = $1)
),
-- a base only while the lines of every submission that went are still there to take away,
-- and while fewer submissions came and went than are in force (else summing those in force
-- reads fewer lines: after every unit sent a new version, half as many)
base as materialized (
    select c.id from candidate c
    where not exists (
        select 1 from changed g
        where g.sign < 0 and not exists (select 1 from intake.submission s where s.id = g.submission_id)
    )
      and (select count(*) from changed) < (select count(*) from pipeline.run_submission where run_id = $1)
),
noted as (
    update pipeline.run set class_base = (select id from base) where id = $1
),
-- the lines to sum: with a base, those of the submissions that came or went, signed; without
-- one, those of every submission in force (two branches, so that each is planned for its
-- size: a few submissions' lines by index, or every line in one scan)
by_codes as (
    select l.kind, l.econ_code, l.func_code, g.sign * coalesce(l.budget_initial, 0) as budget_initial,
           g.sign * l.budget_final as budget_final, g.sign * l.actual as actual, g.sign as lines
    from changed g
    join intake.line l on l.submission_id = g.submission_id
    where l.section = 'expenditure' and exists (select 1 from base)
    union all
    select l.kind, l.econ_code, l.func_code, coalesce(l.budget_initial, 0), l.budget_final, l.actual, 1
    from pipeline.run_submission s
    join intake.line l on l.submission_id = s.submission_id
    where s.run_id = $1 and l.section = 'expenditure' and not exists (select 1 from base)
),
-- summed by code pair first, so that the five levels below expand the distinct pairs, not
-- every line (a full run at 1M lines: a few thousand pairs)
split as (
    select econ_code, func_code, sum(lines) as lines,
           coalesce(sum(budget_initial) filter (where kind = 'basic'), 0) as basic_budget_initial,
           coalesce(sum(budget_final) filter (where kind = 'basic'), 0) as basic_budget_final,
           coalesce(sum(actual) filter (where kind = 'basic'), 0) as basic_actual,
           coalesce(sum(budget_initial) filter (where kind = 'project'), 0) as project_budget_initial,
           coalesce(sum(budget_final) filter (where kind = 'project'), 0) as project_budget_final,
           coalesce(sum(actual) filter (where kind = 'project'), 0) as project_actual
    from by_codes
    group by econ_code, func_code
),
levels as (
    select 'econ' as dimension, left(econ_code, 3) as code, 1 as level, s.* from split s
    union all
    select 'econ', econ_code, 2, s.* from split s
    union all
    select 'func', left(func_code, 3), 1, s.* from split s
    union all
    select 'func', left(func_code, 5), 2, s.* from split s
    union all
    select 'func', func_code, 3, s.* from split s
),
carried as (
    select c.dimension, c.code, c.level, n.lines,
           c.basic_budget_initial, c.basic_budget_final, c.basic_actual,
           c.project_budget_initial, c.project_budget_final, c.project_actual
    from base b
    join consolidated.class_total c on c.run_id = b.id and c.dimension in ('econ', 'func')
    join consolidated.class_lines n on n.run_id = b.id and n.dimension = c.dimension and n.code = c.code
    union all
    select dimension, code, level, lines,
           basic_budget_initial, basic_budget_final, basic_actual,
           project_budget_initial, project_budget_final, project_actual
    from levels
),
classes as materialized (
    select dimension, code, level, sum(lines) as lines,
           sum(basic_budget_initial) as basic_budget_initial, sum(basic_budget_final) as basic_budget_final,
           sum(basic_actual) as basic_actual, sum(project_budget_initial) as project_budget_initial,
           sum(project_budget_final) as project_budget_final, sum(project_actual) as project_actual
    from carried
    group by dimension, code, level
    having sum(lines) > 0
),
counted as (
    insert into consolidated.class_lines (run_id, dimension, code, lines)
    select $1::bigint, dimension, code, lines from classes
),
units as (
    select 'unit' as dimension, unit_code as code, 1 as level,
           coalesce(sum(budget_initial) filter (where kind = 'basic'), 0) as basic_budget_initial,
           coalesce(sum(budget_final) filter (where kind = 'basic'), 0) as basic_budget_final,
           coalesce(sum(actual) filter (where kind = 'basic'), 0) as basic_actual,
           coalesce(sum(budget_initial) filter (where kind = 'project'), 0) as project_budget_initial,
           coalesce(sum(budget_final) filter (where kind = 'project'), 0) as project_budget_final,
           coalesce(sum(actual) filter (where kind = 'project'), 0) as project_actual
    from consolidated.unit_total
    where run_id = $1
    group by unit_code
),
sums as (
    select dimension, code, level, basic_budget_initial, basic_budget_final, basic_actual,
           project_budget_initial, project_budget_final, project_actual
    from classes
    union all
    select * from units
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
insert into consolidated.class_total (
    run_id, dimension, code, name, level,
    basic_budget_initial, basic_budget_final, basic_actual,
    project_budget_initial, project_budget_final, project_actual
)
select * from final
