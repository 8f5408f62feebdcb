-- 0011: the office's indicator rows of the self-evaluation report's 自评表 (attachment 2,
-- issue 13): per node and year, each load of a workbook or CSV file is one set of rows,
-- append-only like report.prose; the newest set of a node and year is in force, earlier
-- ones are kept. A set names the scoring edition it was checked against
-- (pipelines/scoring/EDITION.yaml); scores are recomputed from the edition and the run's
-- figures whenever the report is written.
create table report.indicator_set (
    id bigserial primary key,
    node_code text not null references registry.unit (code),
    fiscal_year int not null,
    edition text not null check (length(btrim(edition)) > 0),
    file_name text not null,
    sha256 text not null,
    written_by text,
    written_at timestamptz not null default now()
);
create index indicator_set_node_year_idx on report.indicator_set (node_code, fiscal_year, id desc);

-- One row of the 自评表 as the office typed it. `weight` and `score` are points (分值, 得分)
-- with at most two decimals; `score` is null where the office left it for the edition to
-- decide. `computed_key` names the cost indicator whose value the report uses instead of
-- `actual` (ReportFigures.CostIndicator keys).
create table report.indicator (
    set_id bigint not null references report.indicator_set (id),
    position int not null check (position > 0),
    level1 text not null,
    level2 text not null,
    name text not null,
    target text not null,
    actual text,
    weight numeric(6, 2) not null check (weight > 0),
    score numeric(6, 2) check (score >= 0 and score <= weight),
    reason text,
    computed_key text,
    primary key (set_id, position),
    unique (set_id, level1, level2, name)
);

create trigger indicator_set_append_only before update or delete or truncate on report.indicator_set
    for each statement execute function intake.refuse_review_change();
create trigger indicator_append_only before update or delete or truncate on report.indicator
    for each statement execute function intake.refuse_review_change();

grant select, insert on report.indicator_set, report.indicator to huizong_portal;
grant usage on sequence report.indicator_set_id_seq to huizong_portal;

-- As for the prose: everyone reads the sets of the nodes they see; only the office (or an
-- admin) loads them, under its own name. A row follows its set.
alter table report.indicator_set enable row level security;
create policy by_account on report.indicator_set for select to huizong_portal
    using (node_code in (select portal.visible_units()));
create policy by_office on report.indicator_set for insert to huizong_portal
    with check (node_code in (select portal.visible_units())
                and (select portal.my_role()) in ('office', 'admin')
                and written_by = current_setting('huizong.account', true));

alter table report.indicator enable row level security;
create policy by_account on report.indicator for select to huizong_portal
    using (set_id in (select id from report.indicator_set));
create policy by_office on report.indicator for insert to huizong_portal
    with check (set_id in (select id from report.indicator_set
                           where written_by = current_setting('huizong.account', true)));
