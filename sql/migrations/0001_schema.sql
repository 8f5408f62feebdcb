-- 0001: the whole first schema. Forward-only: later changes go in new files.

create schema ref;
create schema registry;
create schema intake;
create schema pipeline;
create schema consolidated;

-- Classification code tables, one edition per fiscal year. The edition in force for
-- year Y is the newest one loaded for a year <= Y (ref.edition_for).
create table ref.edition (
    kind text not null check (kind in ('econ', 'func')),
    fiscal_year int not null,
    source text not null,
    loaded_at timestamptz not null default now(),
    primary key (kind, fiscal_year)
);

create table ref.classification (
    kind text not null,
    fiscal_year int not null,
    code text not null check (code ~ '^[0-9]{3}([0-9]{2}){0,2}$'),
    name text not null,
    level smallint not null check (level between 1 and 3),
    parent_code text,
    primary key (kind, fiscal_year, code),
    foreign key (kind, fiscal_year) references ref.edition on delete cascade
);

create function ref.edition_for(p_kind text, p_year int) returns int
language sql stable as $$
    select max(fiscal_year) from ref.edition where kind = p_kind and fiscal_year <= p_year
$$;

-- The unit registry: a forest; a root is a department.
create table registry.unit (
    code text primary key check (code ~ '^[0-9A-Za-z_.-]{1,32}$'),
    name text not null check (name <> ''),
    parent_code text references registry.unit (code),
    created_at timestamptz not null default now(),
    check (parent_code is distinct from code)
);
create index unit_parent_idx on registry.unit (parent_code);

-- Every unit in the subtree under a node, the node included, with its depth.
create function registry.subtree(p_node text) returns table (code text, name text, depth int)
language sql stable as $$
    with recursive tree as (
        select u.code, u.name, 0 as depth from registry.unit u where u.code = p_node
        union all
        select c.code, c.name, t.depth + 1 from registry.unit c join tree t on c.parent_code = t.code
    )
    select code, name, depth from tree
$$;

-- Raw uploads, stored before any parsing; never updated, never deleted.
create table intake.upload (
    id bigserial primary key,
    file_name text not null,
    received_at timestamptz not null default now(),
    size_bytes bigint not null,
    sha256 text not null,
    raw bytea not null,
    uploaded_by text not null default current_user
);

-- One parse of one upload. Versions count per unit and year; a rejected version stays
-- on record but consolidation only ever reads accepted ones.
create table intake.submission (
    id bigserial primary key,
    upload_id bigint not null unique references intake.upload,
    unit_code text references registry.unit (code),
    fiscal_year int,
    version int,
    status text not null default 'received'
        check (status in ('received', 'accepted', 'accepted_with_warnings', 'rejected')),
    encoding text,
    records int,
    created_at timestamptz not null default now(),
    unique (unit_code, fiscal_year, version)
);

create table intake.line (
    submission_id bigint not null references intake.submission on delete cascade,
    line_no int not null,
    section text not null,
    item text,
    kind text,
    project text,
    project_type text,
    func_code text,
    econ_code text,
    budget_initial numeric(18, 2),
    budget_final numeric(18, 2),
    actual numeric(18, 2),
    text text,
    primary key (submission_id, line_no)
);

create table intake.finding (
    id bigserial primary key,
    upload_id bigint not null references intake.upload,
    submission_id bigint references intake.submission,
    line_no int,
    column_name text,
    rule text not null,
    severity text not null check (severity in ('error', 'warning')),
    expected text not null,
    found text not null
);
create index finding_upload_idx on intake.finding (upload_id);

-- The submission in force for each unit and year: its newest accepted version.
create view intake.current_submission as
select distinct on (unit_code, fiscal_year) id, unit_code, fiscal_year, version, status, created_at
from intake.submission
where status in ('accepted', 'accepted_with_warnings')
order by unit_code, fiscal_year, version desc;

create table pipeline.run (
    id bigserial primary key,
    node_code text not null references registry.unit (code),
    fiscal_year int not null,
    pipeline_name text not null,
    status text not null default 'running' check (status in ('running', 'succeeded', 'failed')),
    complete boolean,
    missing_units text[] not null default '{}',
    errors int not null default 0,
    warnings int not null default 0,
    message text,
    started_at timestamptz not null default clock_timestamp(),
    finished_at timestamptz
);
create index run_node_year_idx on pipeline.run (node_code, fiscal_year, id desc);

create table pipeline.stage (
    run_id bigint not null references pipeline.run on delete cascade,
    ordinal int not null,
    name text not null,
    started_at timestamptz not null,
    finished_at timestamptz not null,
    primary key (run_id, ordinal)
);

-- The inputs of a run: the submission in force for each unit under the node.
create table pipeline.run_submission (
    run_id bigint not null references pipeline.run on delete cascade,
    unit_code text not null,
    submission_id bigint not null references intake.submission,
    primary key (run_id, unit_code)
);

create table pipeline.finding (
    run_id bigint not null references pipeline.run on delete cascade,
    rule text not null,
    severity text not null check (severity in ('error', 'warning')),
    submission_id bigint,
    unit_code text,
    line_no int,
    column_name text,
    expected text not null,
    found text not null
);
create index pipeline_finding_run_idx on pipeline.finding (run_id);

-- Results, one set per run; the node's current results are those of its newest
-- succeeded run (pipeline.current_run).
create table consolidated.line_total (
    run_id bigint not null references pipeline.run on delete cascade,
    unit_code text not null,
    kind text not null,
    project_type text,
    project text,
    func_code text not null,
    econ_code text not null,
    first_line int not null,
    budget_initial numeric(18, 2) not null,
    budget_final numeric(18, 2) not null,
    actual numeric(18, 2) not null
);
create index line_total_run_idx on consolidated.line_total (run_id);

create table consolidated.class_total (
    run_id bigint not null references pipeline.run on delete cascade,
    dimension text not null check (dimension in ('econ', 'func', 'unit')),
    code text not null,
    name text not null,
    level smallint not null,
    basic_budget_initial numeric(18, 2) not null,
    basic_budget_final numeric(18, 2) not null,
    basic_actual numeric(18, 2) not null,
    project_budget_initial numeric(18, 2) not null,
    project_budget_final numeric(18, 2) not null,
    project_actual numeric(18, 2) not null,
    primary key (run_id, dimension, code)
);

-- Non-expenditure sections summed over the node, internal transfers eliminated.
create table consolidated.item_total (
    run_id bigint not null references pipeline.run on delete cascade,
    section text not null,
    item text not null,
    budget_initial numeric(18, 2),
    budget_final numeric(18, 2),
    actual numeric(18, 2),
    primary key (run_id, section, item)
);

create table consolidated.base_row (
    run_id bigint not null references pipeline.run on delete cascade,
    ordinal int not null,
    key text not null,
    label text not null,
    prior_actual numeric(18, 2),
    budget_final numeric(18, 2),
    actual numeric(18, 2),
    primary key (run_id, ordinal)
);

create view pipeline.current_run as
select distinct on (node_code, fiscal_year) *
from pipeline.run
where status = 'succeeded'
order by node_code, fiscal_year, id desc;
