-- Description: Sign-in hardening: outcomes hidden until committed, attempts that never wait for each other, sessions bound to their station login, the audit log scoped to a manager's homes, unlock from the command line
--
-- What an attack suite found (issue 14) and how this closes it:
-- * wcn_audit raises a LOG message for every entry, and any client may lower client_min_messages: inside a
--   rolled-back transaction app_begin_sign_in then said whether the password was right. Every SECURITY DEFINER
--   function now pins client_min_messages (and the statement-printing debug settings), so nothing raised inside
--   reaches the caller; the message still reaches the server log.
-- * A manager read the uncommitted audit entry of their own transaction's sign-in: the audit log's policy hides the
--   rows of the reader's own transaction until it commits.
-- * One open transaction after app_begin_sign_in held the email's attempt row locked, so the user's own sign-in hung:
--   attempts are now rows that are only ever added, one per attempt, and the lockout is computed from the committed
--   ones, confirmed again by app_finish_sign_in so that attempts begun side by side get no more answers than
--   max_failed_sign_ins (see wcn_sign_in_lock).
-- * A session token copied from a screen or a log worked from any connection: it now works only over the station
--   login that finished the sign-in.
-- * A manager of one care home read the audit log of every home: each entry records the care homes it is about.

-- ---------------------------------------------------------------------------------------------------------------------
-- Sign-in attempts: one row per attempt, never updated, so no attempt waits for another's transaction.
-- ---------------------------------------------------------------------------------------------------------------------
ALTER TABLE sign_in_attempts RENAME TO sign_in_attempts_before_0009;
ALTER TABLE sign_in_attempts_before_0009 RENAME CONSTRAINT sign_in_attempts_pkey TO sign_in_attempts_before_0009_pkey;

CREATE TABLE sign_in_attempts (
    id           bigint      GENERATED ALWAYS AS IDENTITY,
    -- wcn_email_key of the email as typed, whether or not an account has it.
    email_key    bytea       NOT NULL,
    -- The outcome's attempt_hash, so that app_finish_sign_in can leave the attempt itself out of the count.
    attempt_hash bytea,
    -- f: failed, a wrong password (or no such account); r: refused, made during a lockout; v: verified, the right
    -- password, which starts the count again, as does x: reset (an administrator's unlock or new password). One
    -- byte whatever the outcome: the size of what a sign-in writes shows in the WAL position anyone may read.
    kind         "char"      NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT sign_in_attempts_pkey PRIMARY KEY (id),
    CONSTRAINT sign_in_attempts_kind_check CHECK (kind IN ('f', 'r', 'v', 'x'))
);
CREATE INDEX idx_sign_in_attempts_email ON sign_in_attempts (email_key, attempted_at);
CREATE INDEX idx_sign_in_attempts_time ON sign_in_attempts (attempted_at);

-- The failures that locked or counted towards a lockout stay counted: a lockout in force when this ran lasts as long.
INSERT INTO sign_in_attempts (email_key, kind, attempted_at)
SELECT a.email_key, 'f',
       CASE WHEN a.locked_until > now() THEN a.locked_until - make_interval(mins => s.lockout_minutes)
            ELSE a.last_failed_at END
FROM sign_in_attempts_before_0009 AS a
CROSS JOIN system_settings AS s
CROSS JOIN LATERAL generate_series(1, least(a.failed_count, s.max_failed_sign_ins)) AS n
WHERE a.failed_count > 0 AND a.last_failed_at IS NOT NULL;
DROP TABLE sign_in_attempts_before_0009;
-- (UPDATE only for the row locks of the tidying up in app_finish_sign_in: rows are never changed.)
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_attempts TO wcn_functions;

-- The lockout of an email as seen from the moment `reference` (the attempt's own time), counting every committed
-- failure except the attempt `excluded`: failures within lockout_minutes before it (or after it: attempts begun
-- later but committed first count too), since the last right password or reset. locked_until is NULL when fewer
-- than max_failed_sign_ins such failures exist; oldest is the earliest failure counted (at most max_failed_sign_ins
-- of the most recent are). Only committed rows are seen, so nobody ever waits here; and since
-- app_finish_sign_in asks again once its attempt is committed, attempts begun side by side (each blind to the others)
-- still get at most max_failed_sign_ins answers: of any attempts begun within lockout_minutes of one another, the one
-- committed last sees all the others.
CREATE FUNCTION wcn_sign_in_lock(key bytea, reference timestamptz, excluded bytea, OUT failures integer,
                                 OUT locked_until timestamptz, OUT oldest timestamptz)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    WITH settings AS (
        SELECT s.max_failed_sign_ins AS most, make_interval(mins => s.lockout_minutes) AS lockout
        FROM system_settings AS s
    ), restart AS (
        SELECT max(a.attempted_at) AS at FROM sign_in_attempts AS a
        WHERE a.email_key = key AND a.kind IN ('v', 'x') AND a.attempted_at <= reference
          AND coalesce(a.attempt_hash <> excluded, true)
    ), counted AS (
        SELECT a.attempted_at FROM sign_in_attempts AS a, settings AS s, restart AS r
        WHERE a.email_key = key AND a.kind = 'f' AND coalesce(a.attempt_hash <> excluded, true)
          AND a.attempted_at > reference - s.lockout AND a.attempted_at > coalesce(r.at, '-infinity')
        ORDER BY a.attempted_at DESC
        LIMIT (SELECT most FROM settings)
    )
    SELECT count(*)::integer,
           CASE WHEN count(*) >= (SELECT most FROM settings) THEN min(c.attempted_at) + (SELECT lockout FROM settings)
           END,
           min(c.attempted_at)
    FROM counted AS c
$$;

-- What a sign-in found, kept until app_finish_sign_in asks (see migration 2). Every row is the same size whatever the
-- outcome (a one-byte result, an account's ids or stand-ins, a lockout time or -infinity): the size of what a
-- transaction writes shows in the WAL position, which anyone may read before committing. Outcomes of sign-ins in
-- progress while this ran are dropped: those stations are told to try again.
DROP TABLE sign_in_outcomes;
CREATE TABLE sign_in_outcomes (
    -- SHA-256 of the attempt token the client holds.
    attempt_hash      bytea       NOT NULL,
    transaction_id    xid8        NOT NULL DEFAULT pg_current_xact_id(),
    email_key         bytea       NOT NULL,
    -- The account's, or random stand-ins for an email no account has; used only when result is v.
    user_id           uuid        NOT NULL,
    organization_id   uuid        NOT NULL,
    station           text        NOT NULL,
    -- v: the password was right; i: invalid; l: locked.
    result            "char"      NOT NULL,
    -- -infinity unless result is l.
    locked_until      timestamptz NOT NULL,
    -- A new hash at the configured cost, when the stored one was made at a lower cost (applied on success).
    new_password_hash text,
    created_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT sign_in_outcomes_pkey PRIMARY KEY (attempt_hash),
    CONSTRAINT sign_in_outcomes_result_check CHECK (result IN ('v', 'i', 'l'))
);
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_outcomes TO wcn_functions;

-- ---------------------------------------------------------------------------------------------------------------------
-- Sessions are bound to the station login that finished the sign-in.
-- ---------------------------------------------------------------------------------------------------------------------
-- Sessions from before have none, and end: their users sign in again.
ALTER TABLE sessions ADD COLUMN station_login text;

-- ---------------------------------------------------------------------------------------------------------------------
-- The audit log: which care homes each entry is about, recorded when it is written.
-- ---------------------------------------------------------------------------------------------------------------------
-- NULL: the whole organization's (the organization itself, keys, someone who works at every home, or no one known),
-- read only by those who see every home.
ALTER TABLE audit_log ADD COLUMN facility_ids uuid[];

-- The care homes an entry is about: a resident's home (or a care plan's resident's), a care home itself, the homes a
-- user works at (the subject's, or for an entry about nobody else, e.g. a sign-in, the actor's); NULL for someone who
-- works at every home. A care home named in the details (a user added to or removed from it) is added.
CREATE FUNCTION wcn_audit_facilities(organization uuid, member uuid, subject uuid, details jsonb) RETURNS uuid[]
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    WITH about AS (
        SELECT coalesce(
            (SELECT ARRAY[r.facility_id] FROM residents AS r WHERE r.organization_id = organization AND r.id = subject),
            (SELECT ARRAY[r.facility_id] FROM care_plans AS p
             JOIN residents AS r ON r.organization_id = p.organization_id AND r.id = p.resident_id
             WHERE p.organization_id = organization AND p.id = subject),
            (SELECT ARRAY[f.id] FROM facilities AS f WHERE f.organization_id = organization AND f.id = subject),
            (SELECT CASE WHEN u.all_facilities THEN NULL
                         ELSE ARRAY(SELECT uf.facility_id FROM user_facilities AS uf
                                    WHERE uf.organization_id = organization AND uf.user_id = u.id
                                    ORDER BY uf.facility_id) END
             FROM users AS u WHERE u.organization_id = organization AND u.id = coalesce(subject, member))) AS ids
    )
    SELECT CASE WHEN (details ->> 'facility_id') ~* '^[0-9a-f-]{36}$'
                THEN array_append(coalesce(about.ids, ARRAY[]::uuid[]), (details ->> 'facility_id')::uuid)
                ELSE about.ids END
    FROM about
$$;

-- Existing entries too, from where residents and staff are now. (Only the owner may touch the append-only trigger;
-- it is back before this migration commits.)
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
UPDATE audit_log SET facility_ids = wcn_audit_facilities(organization_id, user_id, subject_id, details)
WHERE organization_id IS NOT NULL;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;

-- One audit entry, also written to the server log (as JSON, so nothing typed can forge a line there): a rollback
-- takes back the row, never the log line. client_min_messages is pinned: the LOG message must never reach the
-- caller, who could otherwise read a sign-in's outcome from it before it is committed.
CREATE OR REPLACE FUNCTION wcn_audit(organization uuid, member uuid, place text, event text, subject uuid,
                                     details jsonb)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    entry bigint;
BEGIN
    INSERT INTO audit_log (organization_id, user_id, station, event, subject_id, details, facility_ids)
    VALUES (organization, member, place, event, subject, coalesce(details, '{}'),
            CASE WHEN organization IS NOT NULL
                 THEN wcn_audit_facilities(organization, member, subject, coalesce(details, '{}')) END)
    RETURNING id INTO entry;
    RAISE LOG 'writecarenotes audit %',
        jsonb_build_object('organization_id', organization, 'user_id', member, 'station', place, 'event', event,
                           'subject_id', subject, 'details', coalesce(details, '{}'));
    RETURN entry;
END
$$;

-- Who may read which entries: the organization's, with audit_log.read; all of them for someone who works at every
-- home or manages the organization's users (administrators), else only those about the reader's own care homes.
-- Never the rows of the reader's own transaction before it commits: a sign-in's entry would tell its outcome to
-- whoever began it and could still roll it back.
DROP POLICY audit_log_select ON audit_log;
CREATE POLICY audit_log_select ON audit_log FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audit_log.read'))
           AND ((SELECT app_all_facilities()) OR (SELECT app_can('users.manage'))
                OR facility_ids && (SELECT app_facility_ids())::uuid[])
           AND transaction_id IS DISTINCT FROM (SELECT pg_current_xact_id_if_assigned()));

-- ---------------------------------------------------------------------------------------------------------------------
-- Signing in (see migration 2 for the two calls and why).
-- ---------------------------------------------------------------------------------------------------------------------

-- The valid session named by this connection's token, attached to this connection and opened over this station
-- login, or no row. Internal: not granted to anyone.
CREATE OR REPLACE FUNCTION app_current_session() RETURNS SETOF sessions
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
    SELECT s.*
    FROM sessions AS s
    JOIN user_credentials AS c ON c.user_id = s.user_id
    CROSS JOIN system_settings AS settings
    WHERE s.token_hash = sha256(convert_to(NULLIF(current_setting('wcn.session_token', true), ''), 'UTF8'))
      AND s.revoked_at IS NULL
      AND s.expires_at > now()
      AND s.last_seen_at > now() - make_interval(mins => settings.session_idle_minutes)
      AND pg_backend_pid() = ANY (s.backend_pids)
      AND s.station_login = session_user
      AND c.active
$$;

-- Whatever the password, the same rows are read and written (one attempt, one outcome, one audit entry) and the
-- same work is done (one bcrypt, on a throwaway salt for an unknown email; a new hash at the configured cost whenever
-- the stored one is older, used only if the password was right), so neither the time taken, the statistics views,
-- the locks held nor anything else the caller can see before committing tells a right password from a wrong one.
-- Nothing is locked that anyone else waits for: the attempt is a new row.
CREATE OR REPLACE FUNCTION app_begin_sign_in(email text, password text, station text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET plpgsql.extra_errors = 'none'
    SET plpgsql.extra_warnings = 'none'
AS $$
DECLARE
    settings    system_settings;
    typed       text := lower(btrim(coalesce(email, '')));
    key         bytea := wcn_email_key(email);
    place       text := left(coalesce(NULLIF(btrim(station), ''), 'unknown station'), 200);
    began       timestamptz := clock_timestamp();
    token       text := encode(gen_random_bytes(32), 'hex');
    stand_in    uuid := gen_random_uuid();
    attempt     bytea;
    lock_before record;
    failures    integer;
    until       timestamptz;
    credential  user_credentials;
    usable      boolean;
    salt        text;
    checked     text;
    verified    boolean;
    kind        "char";
    outcome     "char";
    event       text;
    counted     text;
    shown_until text;
    rehash      text;
BEGIN
    attempt := sha256(convert_to(token, 'UTF8'));
    SELECT * INTO settings FROM system_settings;
    SELECT * INTO lock_before FROM wcn_sign_in_lock(key, began, NULL);
    SELECT * INTO credential FROM user_credentials AS c WHERE c.email_lower = typed;
    usable := credential.user_id IS NOT NULL AND credential.active AND credential.password_hash IS NOT NULL;
    salt := gen_salt('bf', settings.password_hash_cost);
    checked := CASE WHEN usable THEN credential.password_hash ELSE salt END;
    verified := crypt(coalesce(password, ''), checked) = checked AND usable;
    -- The configured cost has risen since this hash was made: make it again while the password is at hand (right
    -- or wrong, so that the work is the same; kept only if right).
    IF usable AND substring(credential.password_hash FROM '^\$2[abxy]\$([0-9]{2})\$')::integer
                  < settings.password_hash_cost THEN
        rehash := wcn_hash_password(password);
    END IF;

    kind := CASE WHEN lock_before.locked_until IS NOT NULL THEN 'r' WHEN verified THEN 'v' ELSE 'f' END;
    INSERT INTO sign_in_attempts (email_key, attempt_hash, kind, attempted_at) VALUES (key, attempt, kind, began);
    -- The count with this attempt, worked out without reading the table again: a second read would find this
    -- attempt's row, and the statistics views would show whether it started the count again.
    failures := lock_before.failures + CASE WHEN kind = 'f' THEN 1 ELSE 0 END;
    until := CASE WHEN lock_before.locked_until IS NOT NULL THEN lock_before.locked_until
                  WHEN kind = 'f' AND failures >= settings.max_failed_sign_ins
                      THEN coalesce(lock_before.oldest, began) + make_interval(mins => settings.lockout_minutes) END;
    outcome := CASE WHEN kind = 'v' THEN 'v' WHEN until IS NOT NULL THEN 'l' ELSE 'i' END;
    INSERT INTO sign_in_outcomes (attempt_hash, email_key, user_id, organization_id, station, result, locked_until,
                                  new_password_hash, created_at)
    VALUES (attempt, key, coalesce(credential.user_id, stand_in), coalesce(credential.organization_id, stand_in),
            place, outcome, coalesce(until, '-infinity'), rehash, began);
    -- The audit entry is the same size whatever the outcome too: the event's name, the count and the lockout's end
    -- are padded to one length with spaces.
    event := CASE WHEN kind = 'v' THEN 'sign_in'
                  WHEN kind = 'r' THEN 'sign_in_refused_locked'
                  WHEN outcome = 'l' THEN 'account_locked'
                  ELSE 'sign_in_failed' END;
    counted := failures::text;
    shown_until := coalesce(to_char(until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '');
    PERFORM wcn_audit(credential.organization_id, credential.user_id, place, event, NULL,
                      jsonb_build_object('failures', counted, 'locked_until', shown_until, 'padding',
                                         repeat(' ', greatest(0, 64 - octet_length(event) - octet_length(counted)
                                                                 - octet_length(shown_until)))));
    RETURN token;
END
$$;

-- As before (migration 2), and: an attempt answers only if the email is not locked once every attempt committed by
-- now is counted (wcn_sign_in_lock from the attempt's own time), so attempts begun side by side, each blind to the
-- others, get no more answers than one after another would. Old rows are tidied away without waiting for rows another
-- transaction holds (SKIP LOCKED), and the session remembers the station login it was opened over.
CREATE OR REPLACE FUNCTION app_finish_sign_in(attempt text, OUT result text, OUT session_token text,
                                              OUT locked_until timestamptz)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET plpgsql.extra_errors = 'none'
    SET plpgsql.extra_warnings = 'none'
AS $$
DECLARE
    settings   system_settings;
    outcome    sign_in_outcomes;
    confirmed  record;
    credential user_credentials;
    token      text;
BEGIN
    SELECT * INTO settings FROM system_settings;
    DELETE FROM sign_in_outcomes AS o WHERE o.attempt_hash = sha256(convert_to(coalesce(attempt, ''), 'UTF8'))
    RETURNING * INTO outcome;
    -- Old outcomes, attempts and sessions are tidied away here, after the answer, where their number tells nothing.
    DELETE FROM sign_in_outcomes AS o
    WHERE o.attempt_hash IN (SELECT x.attempt_hash FROM sign_in_outcomes AS x
                             WHERE x.created_at < clock_timestamp() - interval '5 minutes'
                             LIMIT 1000 FOR UPDATE SKIP LOCKED);
    DELETE FROM sign_in_attempts AS a
    WHERE a.id IN (SELECT x.id FROM sign_in_attempts AS x WHERE x.attempted_at < clock_timestamp() - interval '2 days'
                   LIMIT 1000 FOR UPDATE SKIP LOCKED);
    DELETE FROM sessions AS s
    WHERE s.token_hash IN (SELECT x.token_hash FROM sessions AS x WHERE x.expires_at < now() - interval '1 day'
                           LIMIT 1000 FOR UPDATE SKIP LOCKED);

    IF outcome.attempt_hash IS NULL OR outcome.created_at < clock_timestamp() - interval '5 minutes' THEN
        result := 'invalid';
        RETURN;
    END IF;
    IF pg_xact_status(outcome.transaction_id) IS DISTINCT FROM 'committed' THEN
        result := 'not_committed';
        RETURN;
    END IF;
    IF outcome.result = 'l' THEN
        result := 'locked';
        locked_until := outcome.locked_until;
        RETURN;
    END IF;
    SELECT * INTO confirmed FROM wcn_sign_in_lock(outcome.email_key, outcome.created_at, outcome.attempt_hash);
    IF confirmed.locked_until IS NOT NULL THEN
        result := 'locked';
        locked_until := confirmed.locked_until;
        RETURN;
    END IF;
    IF outcome.result <> 'v' THEN
        result := 'invalid';
        RETURN;
    END IF;
    SELECT * INTO credential FROM user_credentials AS c
    WHERE c.user_id = outcome.user_id AND c.organization_id = outcome.organization_id AND c.active;
    IF NOT FOUND THEN
        result := 'invalid';
        RETURN;
    END IF;

    token := encode(gen_random_bytes(32), 'hex');
    INSERT INTO sessions (token_hash, user_id, organization_id, station, expires_at, password_change_only,
                          station_login)
    VALUES (sha256(convert_to(token, 'UTF8')), credential.user_id, credential.organization_id, outcome.station,
            now() + make_interval(hours => settings.session_absolute_hours), credential.must_change_password,
            session_user);
    UPDATE user_credentials AS c
    SET last_sign_in_at = now(),
        password_hash = CASE WHEN outcome.new_password_hash IS NOT NULL
                                  AND (c.password_changed_at IS NULL OR c.password_changed_at < outcome.created_at)
                             THEN outcome.new_password_hash ELSE c.password_hash END
    WHERE c.user_id = credential.user_id;
    result := CASE WHEN credential.must_change_password THEN 'change_password' ELSE 'signed_in' END;
    session_token := token;
END
$$;

-- Attaches a session to this connection (and this connection to that session alone), only over the station login
-- that opened it: a token copied from a screen, a log or a dump is of no use without that login's password too. (Not
-- bound to one connection: the application reconnects after a restart or a network fault.) Rows held by another
-- transaction are skipped, never waited for.
CREATE OR REPLACE FUNCTION app_use_session(token text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    chosen bytea := sha256(convert_to(coalesce(token, ''), 'UTF8'));
BEGIN
    UPDATE sessions AS s SET backend_pids = array_remove(s.backend_pids, pg_backend_pid())
    WHERE s.token_hash IN (SELECT x.token_hash FROM sessions AS x
                           WHERE pg_backend_pid() = ANY (x.backend_pids) AND x.token_hash <> chosen
                           FOR UPDATE SKIP LOCKED);
    -- Connections that have since closed are dropped from the list as it grows.
    UPDATE sessions AS s
    SET backend_pids = ARRAY(SELECT DISTINCT p FROM unnest(s.backend_pids || pg_backend_pid()) AS p
                             WHERE p IN (SELECT a.pid FROM pg_stat_activity AS a) ORDER BY 1)
    WHERE s.token_hash = chosen AND s.revoked_at IS NULL AND s.expires_at > now()
      AND s.station_login = session_user;
    PERFORM set_config('wcn.session_token', coalesce(token, ''), false);
    -- The design document's setting, kept for its readers' sake. No policy trusts it.
    PERFORM set_config('app.current_org_id', coalesce(app_organization_id()::text, ''), false);
    RETURN app_user_id() IS NOT NULL;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- For the owner's command line: unlock, set a password, list users.
-- ---------------------------------------------------------------------------------------------------------------------

-- Starts an email's failure count again (a row added, so it never waits for a sign-in in progress).
CREATE FUNCTION wcn_reset_sign_in_lock(email_lower text) RETURNS void
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    INSERT INTO sign_in_attempts (email_key, kind) VALUES (wcn_email_key(email_lower), 'x')
$$;

-- create-user and set-password: sets a user's password; the user must change it at next sign-in unless must_change
-- is false. Ends their sessions and any lockout. Returns NULL, or the rule the password breaks.
CREATE OR REPLACE FUNCTION admin_set_password(target uuid, password text, must_change boolean DEFAULT true)
    RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    problem text := app_password_problem(password);
BEGIN
    IF problem IS NOT NULL THEN
        RETURN problem;
    END IF;
    UPDATE user_credentials
    SET password_hash = wcn_hash_password(password), must_change_password = must_change, password_changed_at = now()
    WHERE user_id = target;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such user' USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE sessions SET revoked_at = now() WHERE user_id = target AND revoked_at IS NULL;
    -- A new password ends a lockout: that is how someone locked out gets back in before it expires.
    PERFORM wcn_reset_sign_in_lock(email_lower) FROM user_credentials WHERE user_id = target;
    PERFORM wcn_audit(organization_id, NULL, 'writecarenotes-admin', 'password_set', target, NULL)
    FROM user_credentials WHERE user_id = target;
    RETURN NULL;
END
$$;

-- unlock-user: ends the lockout of the account with this email. The user's id, or NULL when no account has it.
CREATE FUNCTION admin_unlock_user(email text) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    credential user_credentials;
BEGIN
    SELECT * INTO credential FROM user_credentials AS c WHERE c.email_lower = lower(btrim(coalesce(email, '')));
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    PERFORM wcn_reset_sign_in_lock(credential.email_lower);
    PERFORM wcn_audit(credential.organization_id, NULL, 'writecarenotes-admin', 'user_changed', credential.user_id,
                      jsonb_build_object('unlocked', true));
    RETURN credential.user_id;
END
$$;

-- list-users: every user (of one organization, or all), with whether their account is locked and until when.
CREATE FUNCTION admin_list_users(organization uuid DEFAULT NULL)
    RETURNS TABLE (organization_name text, first_name text, last_name text, email text, role text, active boolean,
                   locked_until timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
    SELECT o.name::text, u.first_name::text, u.last_name::text, u.email::text, u.role::text, u.active,
           (SELECT l.locked_until FROM wcn_sign_in_lock(wcn_email_key(c.email_lower), clock_timestamp(), NULL) AS l
            WHERE l.locked_until > clock_timestamp())
    FROM users AS u
    JOIN organizations AS o ON o.id = u.organization_id
    LEFT JOIN user_credentials AS c ON c.user_id = u.id
    WHERE organization IS NULL OR u.organization_id = organization
    ORDER BY o.name, lower(u.email)
$$;
-- The owner's alone: wcn_functions, which may run the schema's own code, gets none of these.
REVOKE EXECUTE ON FUNCTION admin_unlock_user(text), admin_list_users(uuid), wcn_reset_sign_in_lock(text)
    FROM wcn_functions;

-- ---------------------------------------------------------------------------------------------------------------------
-- Every SECURITY DEFINER function runs with settings its caller cannot change: its search_path, client_min_messages
-- (nothing it raises, a LOG or a NOTICE, reaches a caller who lowered theirs) and the debug settings that would print
-- its statements' plans, with the values of its parameters (passwords, notes), to the server log. New ones declare
-- the same (SET search_path = pg_catalog, public, pg_temp, SET client_min_messages = error); the attack suite checks.
-- ---------------------------------------------------------------------------------------------------------------------
DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc AS p
              WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, public, pg_temp', fn);
        EXECUTE format('ALTER FUNCTION %s SET client_min_messages = error', fn);
        EXECUTE format('ALTER FUNCTION %s SET debug_print_parse = off', fn);
        EXECUTE format('ALTER FUNCTION %s SET debug_print_rewritten = off', fn);
        EXECUTE format('ALTER FUNCTION %s SET debug_print_plan = off', fn);
    END LOOP;
END
$$;
