-- 0007: findings are data (issue 11). A finding is a code with typed arguments (`args`)
-- and the item it concerns (`item`: section, item, kind, project, codes — whatever says
-- which line); its texts are rendered when shown, in English or Chinese, from the
-- catalogue (intake's messages in Swift, each rule's in its SQL file's header).
--
-- `key` is the finding's stable identity within its unit: code, column and item, not the
-- line number, which moves between versions. Only a finding that names no item (a parser
-- error) falls back to its line. Explanations (0008) attach to it.

create function intake.finding_key(p_code text, p_column text, p_item jsonb, p_line int) returns text
language sql immutable parallel safe as $$
    select substr(md5(p_code || '|' || coalesce(p_column, '') || '|'
                      || case when p_item = '{}'::jsonb then coalesce(p_line::text, '') else p_item::text end), 1, 12)
$$;

-- Findings stored before this migration keep their English texts as arguments, which the
-- catalogue shows for a code it no longer knows.
alter table intake.finding rename column rule to code;
alter table intake.finding
    add column item jsonb not null default '{}',
    add column args jsonb not null default '{}';
update intake.finding set args = jsonb_build_object('expected', expected, 'found', found);
alter table intake.finding drop column expected, drop column found;
alter table intake.finding
    add column key text not null generated always as (intake.finding_key(code, column_name, item, line_no)) stored;
create index finding_submission_key_idx on intake.finding (submission_id, key);

alter table pipeline.finding rename column rule to code;
alter table pipeline.finding
    add column item jsonb not null default '{}',
    add column args jsonb not null default '{}';
update pipeline.finding set args = jsonb_build_object('expected', expected, 'found', found);
alter table pipeline.finding drop column expected, drop column found;
alter table pipeline.finding
    add column key text not null generated always as (intake.finding_key(code, column_name, item, line_no)) stored;
