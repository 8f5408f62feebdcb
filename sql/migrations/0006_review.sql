-- 0006: the finance office reviews submissions (issue 6): approve, return, unlock.
--
-- Approving a unit's submission in force locks its unit and year: intake refuses new
-- submissions for it until the office unlocks it. Returning sends the submission back with
-- a comment the accountant sees. Every action stays in intake.review (history, never
-- updated) and in portal.audit_log.

-- Reviews and locks name their submission's own unit and year (composite keys below), so
-- that no row can tie one unit's submission to another unit.
alter table intake.submission add constraint submission_unit_year_key unique (id, unit_code, fiscal_year);

create table intake.review (
    id bigserial primary key,
    submission_id bigint not null,
    unit_code text not null references registry.unit (code),
    fiscal_year int not null,
    action text not null check (action in ('approve', 'return', 'unlock')),
    comment text,
    actor text not null,
    at timestamptz not null default now(),
    foreign key (submission_id, unit_code, fiscal_year) references intake.submission (id, unit_code, fiscal_year)
);
create index review_submission_idx on intake.review (submission_id, id desc);

create function intake.refuse_review_change() returns trigger
language plpgsql as $$
begin
    raise exception 'the review history is append-only' using errcode = 'insufficient_privilege';
end
$$;

create trigger review_append_only before update or delete or truncate on intake.review
    for each statement execute function intake.refuse_review_change();

-- A row exists while the unit and year are locked on the submission the office approved.
create table intake.unit_lock (
    unit_code text not null references registry.unit (code),
    fiscal_year int not null,
    submission_id bigint not null,
    locked_by text not null,
    locked_at timestamptz not null default now(),
    primary key (unit_code, fiscal_year),
    foreign key (submission_id, unit_code, fiscal_year) references intake.submission (id, unit_code, fiscal_year)
);

-- The portal inserts uploads as huizong_portal; the upload policy of 0005 wants them under
-- the signed-in account's name, and the command line keeps its database user.
alter table intake.upload alter column uploaded_by
    set default coalesce(nullif(current_setting('huizong.account', true), ''), current_user);

-- Through a view, row-level security is checked as the view's owner, who is exempt: without
-- this the portal role would see every unit's submission in force and every node's runs.
alter view intake.current_submission set (security_invoker = true);
alter view pipeline.current_run set (security_invoker = true);

-- The signed-in account's role, read past portal.account (deliberately not granted to the
-- portal role); null with no account signed in.
create function portal.my_role() returns text
language sql stable security definer set search_path = pg_catalog, portal as $$
    select role from portal.account where name = current_setting('huizong.account', true)
$$;

grant select, insert on intake.review to huizong_portal;
grant usage on sequence intake.review_id_seq to huizong_portal;
grant select, insert, delete on intake.unit_lock to huizong_portal;

-- Everyone reads the reviews and locks of the units they see; only the office (of those
-- units) or an admin writes them, under its own name. Uncorrelated subqueries, as in 0005.
alter table intake.review enable row level security;
create policy by_account on intake.review for select to huizong_portal
    using (unit_code in (select portal.visible_units()));
create policy by_office on intake.review for insert to huizong_portal
    with check (unit_code in (select portal.visible_units())
                and (select portal.my_role()) in ('office', 'admin')
                and actor = current_setting('huizong.account', true));

alter table intake.unit_lock enable row level security;
create policy by_account on intake.unit_lock for select to huizong_portal
    using (unit_code in (select portal.visible_units()));
create policy by_office on intake.unit_lock for insert to huizong_portal
    with check (unit_code in (select portal.visible_units())
                and (select portal.my_role()) in ('office', 'admin')
                and locked_by = current_setting('huizong.account', true));
create policy by_office_unlock on intake.unit_lock for delete to huizong_portal
    using (unit_code in (select portal.visible_units())
           and (select portal.my_role()) in ('office', 'admin'));
