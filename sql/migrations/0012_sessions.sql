-- 0009: portal sessions in the database (issue 16), so that a restart keeps everyone
-- signed in and several `huizong serve` processes on one database share them.
--
-- The cookie's token is never stored: only its SHA-256, so a copy of this table signs no
-- one in. The CSRF token lives with the session. Only the owner reads and writes the
-- table (the portal looks a session up before it knows the account, as sign-in reads
-- portal.account); huizong_portal is granted nothing on it.

create table portal.session (
    token_hash bytea primary key check (length(token_hash) = 32),
    account text not null references portal.account (name) on delete cascade,
    csrf text not null,
    created_at timestamptz not null default now(),
    last_seen timestamptz not null default now(),
    expires_at timestamptz not null
);

create index session_expires_at on portal.session (expires_at);
