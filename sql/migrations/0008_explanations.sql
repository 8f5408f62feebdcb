-- 0008: the units' explanations of their warnings (审核说明, issue 11). A unit's accountant
-- answers each warning of its submission in force; the finance office reads each answer
-- and marks it accepted or not, with a comment; approval waits until every warning that
-- needs one has its explanation. Both tables are append-only history: the newest row for
-- a submission's finding is its explanation, the newest decision on it the office's word.
--
-- An explanation attaches to the finding's identity (`finding_key`, 0007: code, column and
-- item — not the line), so that the next version of the file, or next year's, can offer it
-- again, marked where it came from; it counts there only once the accountant confirms it.

create table intake.explanation (
    id bigserial primary key,
    submission_id bigint not null,
    unit_code text not null references registry.unit (code),
    fiscal_year int not null,
    finding_key text not null,
    code text not null,
    text text not null check (length(btrim(text)) > 0 and length(text) <= 2000),
    -- the explanation it was confirmed from (another version's or year's), when it was
    from_explanation bigint references intake.explanation,
    written_by text not null,
    written_at timestamptz not null default now(),
    foreign key (submission_id, unit_code, fiscal_year) references intake.submission (id, unit_code, fiscal_year)
);
create index explanation_submission_idx on intake.explanation (submission_id, finding_key, id desc);
create index explanation_unit_key_idx on intake.explanation (unit_code, finding_key, id desc);

create table intake.explanation_decision (
    id bigserial primary key,
    explanation_id bigint not null references intake.explanation,
    unit_code text not null references registry.unit (code),
    decision text not null check (decision in ('accepted', 'rejected')),
    comment text,
    decided_by text not null,
    decided_at timestamptz not null default now()
);
create index explanation_decision_idx on intake.explanation_decision (explanation_id, id desc);

create trigger explanation_append_only before update or delete or truncate on intake.explanation
    for each statement execute function intake.refuse_review_change();
create trigger explanation_decision_append_only before update or delete or truncate
    on intake.explanation_decision
    for each statement execute function intake.refuse_review_change();

grant select, insert on intake.explanation, intake.explanation_decision to huizong_portal;
grant usage on sequence intake.explanation_id_seq, intake.explanation_decision_id_seq to huizong_portal;

-- Everyone reads the explanations of the units they see. Only the unit's own accountant
-- writes them (not the office: it decides), under its own name; only the office of the
-- unit (or an admin) decides, under its own name.
alter table intake.explanation enable row level security;
create policy by_account on intake.explanation for select to huizong_portal
    using (unit_code in (select portal.visible_units()));
create policy by_accountant on intake.explanation for insert to huizong_portal
    with check (unit_code in (select portal.visible_units())
                and (select portal.my_role()) = 'accountant'
                and written_by = current_setting('huizong.account', true));

alter table intake.explanation_decision enable row level security;
create policy by_account on intake.explanation_decision for select to huizong_portal
    using (unit_code in (select portal.visible_units()));
create policy by_office on intake.explanation_decision for insert to huizong_portal
    with check (unit_code in (select portal.visible_units())
                and (select portal.my_role()) in ('office', 'admin')
                and decided_by = current_setting('huizong.account', true));
