-- 0005: portal accounts, their audit log, and row-level security (issue 6).
--
-- The portal runs each request's SQL as role huizong_portal with the setting
-- huizong.account naming the signed-in account; the policies below then show and accept
-- only the rows of the units that account may see, so that even a handler bug cannot
-- return another unit's rows. The command line connects as the owner and is not limited.

create schema portal;

-- accountant: one unit; office: every unit under its node; admin: everything.
create table portal.account (
    name text primary key check (name ~ '^[A-Za-z0-9_.@-]{1,64}$'),
    role text not null check (role in ('accountant', 'office', 'admin')),
    unit_code text references registry.unit (code),
    password_hash text not null,
    failed_logins int not null default 0,
    locked_until timestamptz,
    created_at timestamptz not null default now(),
    check (role = 'admin' or unit_code is not null)
);

-- Append-only: who did what, when and why.
create table portal.audit_log (
    id bigserial primary key,
    at timestamptz not null default now(),
    actor text not null,
    action text not null,
    unit_code text,
    submission_id bigint,
    detail text
);

create function portal.refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'the audit log is append-only' using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_append_only before update or delete or truncate on portal.audit_log
    for each statement execute function portal.refuse_change();

-- The role requests run as. Roles belong to the cluster, so another database may have
-- made it already (two at once in the test suite).
do $$
begin
    create role huizong_portal nologin;
exception when duplicate_object or unique_violation then
    null;
end
$$;

-- The units the signed-in account may see; none without an account.
create function portal.visible_units() returns setof text
language sql stable security definer set search_path = pg_catalog, registry, portal as $$
    with recursive me as (
        select role, unit_code from portal.account
        where name = current_setting('huizong.account', true)
    ),
    scope (code) as (
        select u.code from registry.unit u, me
        where me.role = 'admin' or u.code = me.unit_code
        union
        select u.code from registry.unit u join scope s on u.parent_code = s.code, me
        where me.role = 'office'
    )
    select code from scope
$$;

-- The uploads of the signed-in account, read past row-level security: a submission not
-- tied to a unit (its meta was refused) is visible to its uploader only, and the uploads'
-- own policy refers to submissions, so the two policies must not refer to each other.
create function portal.my_uploads() returns setof bigint
language sql stable security definer set search_path = pg_catalog, intake as $$
    select id from intake.upload where uploaded_by = current_setting('huizong.account', true)
$$;

grant usage on schema portal, registry, ref, intake, pipeline, consolidated to huizong_portal;
grant select on all tables in schema registry, ref, pipeline, consolidated to huizong_portal;
grant select, insert, update on intake.upload, intake.submission, intake.line, intake.finding
    to huizong_portal;
grant select on intake.current_submission to huizong_portal;
grant select, insert on portal.audit_log to huizong_portal;
grant usage on all sequences in schema intake, portal to huizong_portal;

-- Every policy is an uncorrelated subquery, computed once per statement and hashed: a
-- function call per row would run the unit scope again for each of a million lines.
alter table registry.unit enable row level security;
create policy by_account on registry.unit to huizong_portal using (code in (select portal.visible_units()));

alter table intake.upload enable row level security;
create policy by_account on intake.upload to huizong_portal
    using (uploaded_by = current_setting('huizong.account', true)
           or id in (select upload_id from intake.submission))
    with check (uploaded_by = current_setting('huizong.account', true));

alter table intake.submission enable row level security;
create policy by_account on intake.submission to huizong_portal
    using (unit_code in (select portal.visible_units())
           or (unit_code is null and upload_id in (select portal.my_uploads())))
    with check (unit_code is null or unit_code in (select portal.visible_units()));

-- lines and findings follow their submission, as its own policy filters it
alter table intake.line enable row level security;
create policy by_account on intake.line to huizong_portal
    using (submission_id in (select id from intake.submission))
    with check (submission_id in (select id from intake.submission));

alter table intake.finding enable row level security;
create policy by_account on intake.finding to huizong_portal
    using (submission_id in (select id from intake.submission))
    with check (submission_id in (select id from intake.submission));

alter table pipeline.run enable row level security;
create policy by_account on pipeline.run to huizong_portal using (node_code in (select portal.visible_units()));

-- a run's parts and results follow the run
alter table pipeline.finding enable row level security;
create policy by_account on pipeline.finding to huizong_portal using (run_id in (select id from pipeline.run));
alter table pipeline.stage enable row level security;
create policy by_account on pipeline.stage to huizong_portal using (run_id in (select id from pipeline.run));
alter table pipeline.run_submission enable row level security;
create policy by_account on pipeline.run_submission to huizong_portal using (run_id in (select id from pipeline.run));
alter table pipeline.run_export enable row level security;
create policy by_account on pipeline.run_export to huizong_portal using (run_id in (select id from pipeline.run));
alter table consolidated.fine_total enable row level security;
create policy by_account on consolidated.fine_total to huizong_portal using (run_id in (select id from pipeline.run));
alter table consolidated.unit_total enable row level security;
create policy by_account on consolidated.unit_total to huizong_portal using (run_id in (select id from pipeline.run));
alter table consolidated.class_total enable row level security;
create policy by_account on consolidated.class_total to huizong_portal using (run_id in (select id from pipeline.run));
alter table consolidated.item_total enable row level security;
create policy by_account on consolidated.item_total to huizong_portal using (run_id in (select id from pipeline.run));
alter table consolidated.base_row enable row level security;
create policy by_account on consolidated.base_row to huizong_portal using (run_id in (select id from pipeline.run));
alter table consolidated.special_project enable row level security;
create policy by_account on consolidated.special_project to huizong_portal using (run_id in (select id from pipeline.run));

alter table portal.audit_log enable row level security;
create policy by_account on portal.audit_log to huizong_portal
    using (unit_code in (select portal.visible_units()))
    with check (actor = current_setting('huizong.account', true));
