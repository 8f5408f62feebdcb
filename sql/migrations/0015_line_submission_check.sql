-- 0015: intake.line's reference to its submission, checked once per statement, and raw
-- uploads compressed with lz4 (issue 15, item 1).
--
-- The foreign key checked every line on its own: one trigger call and one lookup of the
-- submission per row, two thirds of the COPY of a batch's lines (measured: 56 000 lines,
-- 0.95 s with the key, 0.25-0.40 s without). The same guarantee, set-based: after each
-- statement that inserts or updates lines, the distinct submissions of the new rows must
-- exist (locked `for key share`, as the key locked them, so they cannot be deleted under
-- the insert); deleting submissions deletes their lines in one statement, as
-- `on delete cascade` did. SQLSTATE 23503 as before. The functions are the owner's
-- (security definer): like a foreign key, the check sees every submission whatever the
-- row-level security of the role inserting.
alter table intake.line drop constraint line_submission_id_fkey;

create function intake.line_submission_exists() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    missing bigint;
begin
    with wanted as (select distinct submission_id from new_lines),
    present as (
        select s.id from intake.submission s where s.id in (select submission_id from wanted)
        for key share of s
    )
    select w.submission_id into missing
    from wanted w where w.submission_id not in (select id from present)
    limit 1;
    if found then
        raise foreign_key_violation using
            message = format('insert or update on table "line" violates the reference to intake.submission: '
                             'submission %s does not exist', missing),
            table = 'line', schema = 'intake';
    end if;
    return null;
end
$$;

create trigger line_submission_exists_insert
    after insert on intake.line referencing new table as new_lines
    for each statement execute function intake.line_submission_exists();
create trigger line_submission_exists_update
    after update on intake.line referencing new table as new_lines
    for each statement execute function intake.line_submission_exists();

create function intake.submission_delete_lines() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
    delete from intake.line where submission_id in (select id from old_submissions);
    return null;
end
$$;

create trigger submission_delete_lines
    after delete on intake.submission referencing old table as old_submissions
    for each statement execute function intake.submission_delete_lines();

-- Raw uploads compressed with lz4 rather than pglz: the same bytes back, compressed four
-- times as fast (measured: 133 files, 3.7 MB, 230-250 ms with pglz, 55-65 ms with lz4), which
-- a batch's raw uploads waited for. Values stored before keep their pglz. A server built
-- without lz4 keeps pglz.
do $$
begin
    alter table intake.upload alter column raw set compression lz4;
exception when feature_not_supported then
    raise notice 'lz4 is not supported by this server; raw uploads stay compressed with pglz';
end
$$;
