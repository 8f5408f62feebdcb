-- 0009: the office's prose of the self-evaluation report (issue 13): sections 一（一）（二）
-- (`basic_info`) and 六 onwards (`performance`), Markdown per node and year, inserted into
-- the report as written. Kept here rather than in files so that the portal can offer the
-- same text for editing later. Append-only history: the newest row of a node, year and
-- part is the text in force.
create schema report;

create table report.prose (
    id bigserial primary key,
    node_code text not null references registry.unit (code),
    fiscal_year int not null,
    part text not null check (part in ('basic_info', 'performance')),
    text text not null check (length(btrim(text)) > 0),
    written_by text,
    written_at timestamptz not null default now()
);
create index prose_node_year_idx on report.prose (node_code, fiscal_year, part, id desc);

create trigger prose_append_only before update or delete or truncate on report.prose
    for each statement execute function intake.refuse_review_change();

grant usage on schema report to huizong_portal;
grant select, insert on report.prose to huizong_portal;
grant usage on sequence report.prose_id_seq to huizong_portal;

-- Everyone reads the prose of the nodes they see; only the office (or an admin) writes
-- it, under its own name.
alter table report.prose enable row level security;
create policy by_account on report.prose for select to huizong_portal
    using (node_code in (select portal.visible_units()));
create policy by_office on report.prose for insert to huizong_portal
    with check (node_code in (select portal.visible_units())
                and (select portal.my_role()) in ('office', 'admin')
                and written_by = current_setting('huizong.account', true));
