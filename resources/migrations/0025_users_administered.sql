-- Description: Administrators manage users within rules the database keeps: nobody is given rights or homes beyond those of whoever gives them, the last administrator is never deactivated, demoted or given an end date, access can start and end on a date, and an administrator unlocks a locked-out account and sees when each user last signed in
--
-- Issue 18, point 1. Until now an administrator (users.manage) could give anyone any right, every home, or the
-- users.manage right itself, whatever she held; could deactivate or demote the only administrator, leaving nobody to
-- manage users but the owner's command line; and could neither unlock an account nor see who was locked out or had
-- never signed in. Fixes, each enforced here whatever the window shows:
--   * Rights given are rights held (users_rights_beyond_giver): a user added or changed by someone signed in may gain
--     no right the giver lacks, clinical rights aside: those are held until a manager who covers the account confirms
--     it (migration 12), so an administrator still adds a nurse. Likewise every home (users_all_homes_beyond_giver)
--     and each home (user_facilities_beyond_giver). The owner's command line, with no session, is trusted as before.
--   * Nobody acts on an account beyond their own (users_beyond_giver, wcn_within_giver): changing a user, their homes,
--     their password (app_set_user_password) or unlocking them needs every right of theirs but the clinical ones, and
--     every home of theirs. Otherwise an administrator of one home could reset the password of the organization's
--     administrator and sign in as her.
--   * Nobody changes their own access dates (guard_user_rights, as for their role and rights).
--   * The last administrator stays (users_last_administrator): an organization keeps at least one active user who
--     may manage users, can sign in (has a password) and whose access has no end date. The organization's row and the
--     other administrators' rows are locked while this is checked, so two administrators demoting each other at the
--     same moment cannot both succeed, at any isolation level.
--   * Access dates: users.access_from and access_until (both days included, in the United Kingdom's local time, where
--     every home of this application is): outside them the account signs in as one that is not active, and an open
--     session ends at midnight. For agency and bank staff. Kept in user_credentials beside active.
--   * app_unlock_user(target): an administrator ends a lockout (as writecarenotes-admin unlock-user does), audited;
--     only a lockout that is on: it never resets the count of wrong passwords of an account that is not locked.
--   * app_user_states(): for administrators, each user's last sign-in, the end of a lockout, and whether they must
--     still choose their own password.
ALTER TABLE users
    ADD COLUMN access_from  date,
    ADD COLUMN access_until date,
    ADD CONSTRAINT users_access_dates_check CHECK (access_until >= access_from);
ALTER TABLE user_credentials
    ADD COLUMN access_from  date,
    ADD COLUMN access_until date;
GRANT INSERT (access_from, access_until), UPDATE (access_from, access_until) ON users TO wcn_app;
-- The new columns keep no planner statistics a station could read, as every other column of users (migration 11).
SELECT hide_statistics('users'::regclass);

-- Whether access with these dates is open today, in the United Kingdom's local time (the caller's TimeZone setting
-- plays no part).
CREATE FUNCTION wcn_access_open(access_from date, access_until date) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT (access_from IS NULL OR access_from <= (now() AT TIME ZONE 'Europe/London')::date)
           AND (access_until IS NULL OR (now() AT TIME ZONE 'Europe/London')::date <= access_until)
$$;
REVOKE EXECUTE ON FUNCTION wcn_access_open(date, date) FROM PUBLIC;
-- Pure but for the date: the stations' session and sign-in functions, which wcn_functions runs, ask it; and they keep
-- the dates beside active.
GRANT EXECUTE ON FUNCTION wcn_access_open(date, date) TO wcn_functions;
GRANT UPDATE (access_from, access_until) ON user_credentials TO wcn_functions;

-- As in migration 2 (with the settings migration 10 gave it), and the access dates kept beside active; a user whose
-- access has ended loses their sessions at once.
CREATE OR REPLACE FUNCTION sync_user_credentials() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    INSERT INTO user_credentials AS c (user_id, organization_id, email_lower, active, access_from, access_until)
    VALUES (NEW.id, NEW.organization_id, lower(NEW.email), NEW.active, NEW.access_from, NEW.access_until)
    ON CONFLICT (user_id) DO UPDATE SET email_lower = EXCLUDED.email_lower, active = EXCLUDED.active,
                                        access_from = EXCLUDED.access_from, access_until = EXCLUDED.access_until
        WHERE c.organization_id = EXCLUDED.organization_id;
    IF NOT FOUND THEN
        -- Only possible if users_id_key were gone: never let one organization's row reach another's credentials.
        RAISE EXCEPTION 'user id already belongs to another organization' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT NEW.active OR NOT wcn_access_open(NEW.access_from, NEW.access_until) THEN
        UPDATE sessions SET revoked_at = now()
        WHERE user_id = NEW.id AND organization_id = NEW.organization_id AND revoked_at IS NULL;
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER users_sync_credentials ON users;
CREATE TRIGGER users_sync_credentials AFTER INSERT OR UPDATE OF email, active, access_from, access_until ON users
    FOR EACH ROW EXECUTE FUNCTION sync_user_credentials();

-- As in migration 15, and outside the dates of the user's access no session is theirs.
CREATE OR REPLACE FUNCTION app_current_session() RETURNS SETOF sessions
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 1
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    RETURN QUERY
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
      AND wcn_access_open(c.access_from, c.access_until);
END
$$;

-- As in migration 9 (with the settings migration 10 gave it), and outside the dates of the user's access an account is as one that is not active.
CREATE OR REPLACE FUNCTION app_begin_sign_in(email text, password text, station text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET plpgsql.extra_errors = 'none'
    SET plpgsql.extra_warnings = 'none'
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
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
    -- Outside the dates of their access (an agency carer's last shift was yesterday) an account is as one that is
    -- not active: the same answer as a wrong password, and the same work.
    usable := credential.user_id IS NOT NULL AND credential.active AND credential.password_hash IS NOT NULL
              AND wcn_access_open(credential.access_from, credential.access_until);
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

-- As in migration 2, and the access dates with the role and rights: nobody lengthens their own access.
CREATE OR REPLACE FUNCTION guard_user_rights() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF NEW.id = app_user_id()
       AND (NEW.role, NEW.permissions, NEW.all_facilities, NEW.active, NEW.access_from, NEW.access_until)
           IS DISTINCT FROM (OLD.role, OLD.permissions, OLD.all_facilities, OLD.active, OLD.access_from,
                             OLD.access_until) THEN
        RAISE EXCEPTION 'nobody may change their own role or rights'
            USING ERRCODE = 'insufficient_privilege', TABLE = 'users';
    END IF;
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- Rights given are rights held.
-- ---------------------------------------------------------------------------------------------------------------------
-- Whether the signed-in user holds every right of target's but the clinical ones, and works in every home of
-- target's: then she may act on target's account. Nobody signed in: false.
CREATE FUNCTION wcn_within_giver(target uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    account users;
BEGIN
    SELECT * INTO account FROM users AS u WHERE u.id = target AND u.organization_id = app_organization_id();
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF EXISTS (SELECT unnest(wcn_effective_capabilities(account.role, account.permissions, false))
               EXCEPT SELECT unnest(app_clinical_capabilities())
               EXCEPT SELECT unnest(app_capabilities())) THEN
        RETURN false;
    END IF;
    RETURN app_all_facilities()
           OR (NOT account.all_facilities
               AND NOT EXISTS (SELECT 1 FROM user_facilities AS uf
                               WHERE uf.organization_id = account.organization_id AND uf.user_id = account.id
                                 AND NOT uf.facility_id = ANY (app_facility_ids())));
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_within_giver(uuid) FROM PUBLIC;
-- For app_set_user_password, which wcn_functions runs: the answer is limited to the caller's session.
GRANT EXECUTE ON FUNCTION wcn_within_giver(uuid) TO wcn_functions;

CREATE FUNCTION guard_user_escalation() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    beyond text[];
BEGIN
    IF app_user_id() IS NULL THEN
        -- the owner's command line (and a home's removal goes ahead: a BEFORE DELETE trigger returns the old row)
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_TABLE_NAME = 'user_facilities' THEN
        IF NOT wcn_within_giver(CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END) THEN
            RAISE EXCEPTION 'nobody may change the homes of an account beyond their own'
                USING ERRCODE = 'insufficient_privilege', TABLE = 'user_facilities', CONSTRAINT = 'users_beyond_giver';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        IF NOT app_all_facilities() AND NOT NEW.facility_id = ANY (app_facility_ids()) THEN
            RAISE EXCEPTION 'nobody may give a home they do not work in'
                USING ERRCODE = 'insufficient_privilege', TABLE = 'user_facilities',
                      CONSTRAINT = 'user_facilities_beyond_giver';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NOT wcn_within_giver(OLD.id) THEN
        RAISE EXCEPTION 'nobody may change an account beyond their own'
            USING ERRCODE = 'insufficient_privilege', TABLE = 'users', CONSTRAINT = 'users_beyond_giver';
    END IF;
    beyond := ARRAY(SELECT unnest(wcn_effective_capabilities(NEW.role, NEW.permissions, false))
                    EXCEPT SELECT unnest(CASE WHEN TG_OP = 'UPDATE'
                                              THEN wcn_effective_capabilities(OLD.role, OLD.permissions, false)
                                              ELSE '{}'::text[] END)
                    EXCEPT SELECT unnest(app_clinical_capabilities())
                    EXCEPT SELECT unnest(app_capabilities())
                    ORDER BY 1);
    IF cardinality(beyond) > 0 THEN
        RAISE EXCEPTION 'nobody may give rights they do not hold: %', array_to_string(beyond, ', ')
            USING ERRCODE = 'insufficient_privilege', TABLE = 'users', CONSTRAINT = 'users_rights_beyond_giver';
    END IF;
    IF NEW.all_facilities AND NOT (TG_OP = 'UPDATE' AND OLD.all_facilities) AND NOT app_all_facilities() THEN
        RAISE EXCEPTION 'nobody may give every home without working in every home'
            USING ERRCODE = 'insufficient_privilege', TABLE = 'users', CONSTRAINT = 'users_all_homes_beyond_giver';
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION guard_user_escalation() FROM PUBLIC;
CREATE TRIGGER users_guard_escalation BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION guard_user_escalation();
CREATE TRIGGER user_facilities_guard_escalation BEFORE INSERT OR DELETE ON user_facilities
    FOR EACH ROW EXECUTE FUNCTION guard_user_escalation();

-- ---------------------------------------------------------------------------------------------------------------------
-- The last administrator stays.
-- ---------------------------------------------------------------------------------------------------------------------
-- An administrator for good: active, may manage users, and with access that has started and has no end date.
CREATE FUNCTION wcn_lasting_administrator(active boolean, role text, permissions jsonb, access_from date,
                                          access_until date) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT active AND access_until IS NULL AND wcn_access_open(access_from, NULL)
           AND 'users.manage' = ANY (wcn_effective_capabilities(role, permissions, false))
$$;
REVOKE EXECUTE ON FUNCTION wcn_lasting_administrator(boolean, text, jsonb, date, date) FROM PUBLIC;

CREATE FUNCTION keep_an_administrator() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    IF NOT wcn_lasting_administrator(OLD.active, OLD.role, OLD.permissions, OLD.access_from, OLD.access_until)
       OR wcn_lasting_administrator(NEW.active, NEW.role, NEW.permissions, NEW.access_from, NEW.access_until) THEN
        RETURN NULL;
    END IF;
    -- One such change at a time in an organization: the next waits, then sees this one. The other administrators'
    -- rows are locked too: under REPEATABLE READ, one changed meanwhile by a transaction that committed makes this
    -- one fail rather than count it from its old snapshot.
    PERFORM 1 FROM organizations AS o WHERE o.id = NEW.organization_id FOR UPDATE;
    IF NOT EXISTS (SELECT 1 FROM (SELECT u.id FROM users AS u
                                  WHERE u.organization_id = NEW.organization_id AND u.id <> NEW.id
                                    AND wcn_lasting_administrator(u.active, u.role, u.permissions, u.access_from,
                                                                  u.access_until)
                                    -- and able to sign in
                                    AND EXISTS (SELECT 1 FROM user_credentials AS c
                                                WHERE c.user_id = u.id AND c.password_hash IS NOT NULL)
                                  FOR SHARE OF u) AS others)
    THEN
        RAISE EXCEPTION 'an organization keeps at least one active administrator without an end date'
            USING ERRCODE = 'check_violation', TABLE = 'users', CONSTRAINT = 'users_last_administrator';
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION keep_an_administrator() FROM PUBLIC;
CREATE TRIGGER users_keep_an_administrator AFTER UPDATE OF active, role, permissions, access_from, access_until
    ON users FOR EACH ROW EXECUTE FUNCTION keep_an_administrator();

-- ---------------------------------------------------------------------------------------------------------------------
-- Unlocking, and what administrators see of each user's sign-ins.
-- ---------------------------------------------------------------------------------------------------------------------
-- As in migration 14, and only for an account within the caller's own rights and homes.
CREATE OR REPLACE FUNCTION app_set_user_password(target uuid, new_password text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    organization uuid := app_organization_id();
    problem      text;
BEGIN
    -- users is read under the caller's policies, and every write below names the organization too.
    IF NOT app_can('users.manage') OR target = app_user_id()
       OR NOT EXISTS (SELECT 1 FROM users WHERE organization_id = organization AND id = target)
       OR NOT wcn_within_giver(target) THEN
        RETURN 'not_allowed';
    END IF;
    problem := app_password_problem(new_password);
    IF problem IS NOT NULL THEN
        RETURN problem;
    END IF;
    UPDATE user_credentials
    SET password_hash = wcn_hash_password(new_password), must_change_password = true, password_changed_at = now()
    WHERE user_id = target AND organization_id = organization;
    IF NOT FOUND THEN
        RETURN 'not_allowed';
    END IF;
    UPDATE sessions SET revoked_at = now()
    WHERE user_id = target AND organization_id = organization AND revoked_at IS NULL;
    -- A new password ends a lockout: a row added (as wcn_reset_sign_in_lock does), never a delete that could wait
    -- for a sign-in in progress.
    INSERT INTO sign_in_attempts (email_key, kind)
    SELECT wcn_email_key(c.email_lower), 'x' FROM user_credentials AS c
    WHERE c.user_id = target AND c.organization_id = organization;
    PERFORM app_audit('password_set', target);
    RETURN 'set';
END
$$;

CREATE FUNCTION app_unlock_user(target uuid) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    credential user_credentials;
BEGIN
    SELECT * INTO credential FROM user_credentials AS c
    WHERE c.user_id = target AND c.organization_id = app_organization_id();
    IF NOT FOUND OR NOT app_can('users.manage') OR NOT wcn_within_giver(target) THEN
        RETURN 'not_allowed';
    END IF;
    -- Only a lockout that is on: resetting the count of an account that is not locked would give whoever may unlock
    -- it endless guesses at its password.
    IF NOT EXISTS (SELECT 1 FROM wcn_sign_in_lock(wcn_email_key(credential.email_lower), clock_timestamp(), NULL) AS l
                   WHERE l.locked_until > clock_timestamp()) THEN
        RETURN 'not_locked';
    END IF;
    PERFORM wcn_reset_sign_in_lock(credential.email_lower);
    PERFORM app_audit('user_changed', target, jsonb_build_object('unlocked', true));
    RETURN 'unlocked';
END
$$;
REVOKE EXECUTE ON FUNCTION app_unlock_user(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_unlock_user(uuid) TO wcn_app;

CREATE FUNCTION app_user_states()
    RETURNS TABLE (user_id uuid, last_sign_in_at timestamptz, locked_until timestamptz, must_change_password boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
    SELECT c.user_id, c.last_sign_in_at,
           (SELECT l.locked_until FROM wcn_sign_in_lock(wcn_email_key(c.email_lower), clock_timestamp(), NULL) AS l
            WHERE l.locked_until > clock_timestamp()),
           c.must_change_password
    FROM user_credentials AS c
    WHERE c.organization_id = app_organization_id() AND app_can('users.manage')
$$;
REVOKE EXECUTE ON FUNCTION app_user_states() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_user_states() TO wcn_app;

