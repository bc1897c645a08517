-- Description: Stations no longer create shift-note partitions nor take the locks every organization's notes take in turn; a copied session token signs nobody out, a new password ends a lockout without waiting
--
-- Creating a partition takes an ACCESS EXCLUSIVE lock on the default partition until its transaction ends, and every
-- read and write of the notes waits behind it. Migration 2 let stations call ensure_daily_record_partitions() with
-- nobody signed in, so a station login could hold that lock for as long as it liked (BEGIN; SELECT
-- ensure_daily_record_partitions(36); and never commit), stopping every organization's notes, and could commit
-- dozens of partitions. No setting a function pins can end its caller's transaction, so the only cure is that a
-- station never takes the lock. Nothing is lost by it: a note whose month has no partition waits in
-- daily_records_default until maintain moves it (0001). Shared servers run "writecarenotes-admin maintain" from cron;
-- the embedded app runs it on its own server connection.
REVOKE EXECUTE ON FUNCTION ensure_daily_record_partitions(integer) FROM wcn_app;

-- ---------------------------------------------------------------------------------------------------------------------
-- The locks notes take in turn. Migration 4 serialised two notes with one id (and two corrections of one note) with
-- advisory locks on 256 keys shared by every organization; advisory locks are open to every role and pg_locks shows
-- their keys, so a station login with nobody signed in could take all 256 in an open transaction and every
-- organization's notes would wait. Advisory locks are now closed to PUBLIC (DatabaseRoles::closeSharedLocks, run by
-- migrate as a superuser), and taken only through wcn_note_lock: with keys of the note's own organization, for a
-- caller signed in to that organization (or the owner, importing). A signed-in user can then hold up only their own
-- organization's notes, and is known.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION wcn_note_lock(kind text, organization uuid, note uuid) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    IF organization IS DISTINCT FROM app_organization_id()
       AND NOT pg_has_role(session_user, 'wcn_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'not allowed to lock another organization''s notes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('writecarenotes.daily_records.' || kind || ':' || organization::text),
                                  hashtext(note::text) & 255);
END
$$;
SELECT wcn_hand_over('wcn_note_lock(text, uuid, uuid)'::regprocedure);
GRANT EXECUTE ON FUNCTION wcn_note_lock(text, uuid, uuid) TO wcn_app;

-- prepare_daily_record as in migration 4, but for its two locks.
CREATE OR REPLACE FUNCTION prepare_daily_record() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    settings     jsonb;
    late_minutes integer := 60;
    original     daily_records;
BEGIN
    NEW.created_at := now();
    NEW.updated_at := NEW.created_at;
    -- Checked here as well as by the constraint, because the default below cannot be computed for such dates.
    IF NOT NEW.date BETWEEN '1900-01-01' AND '2199-12-31' THEN
        RAISE EXCEPTION 'the date of a note must be between 1900 and 2199'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_date_check', TABLE = 'daily_records',
                  COLUMN = 'date';
    END IF;
    -- The app always says when the care happened. Without it: midday of the note's date, or now if that is later
    -- than now for a station (the owner may import notes of any date).
    NEW.occurred_at := coalesce(NEW.occurred_at, CASE WHEN app_user_id() IS NULL THEN NEW.date + time '12:00'
                                                      ELSE least(now(), NEW.date + time '12:00') END);
    IF NEW.occurred_at > now() + interval '10 minutes' AND app_user_id() IS NOT NULL THEN
        RAISE EXCEPTION 'a note cannot record care that has not happened yet'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_occurred_at_future_check',
                  TABLE = 'daily_records', COLUMN = 'occurred_at';
    END IF;
    -- A station's clock may be a little off: the time written lies between the care and the server's receipt.
    IF app_user_id() IS NOT NULL THEN
        NEW.recorded_at := least(greatest(coalesce(NEW.recorded_at, now()), NEW.occurred_at), now());
    ELSE
        NEW.recorded_at := coalesce(NEW.recorded_at, greatest(NEW.occurred_at, now()));
    END IF;

    -- Two stations writing the same id at once take turns here. The id's lock is one of 256 of the organization's
    -- (a lock per id would run out of lock memory in a bulk import of thousands of notes in one transaction).
    PERFORM wcn_note_lock('id', NEW.organization_id, NEW.id);
    IF EXISTS (SELECT 1 FROM daily_records AS d WHERE d.organization_id = NEW.organization_id AND d.id = NEW.id) THEN
        RAISE EXCEPTION 'a note with this id has already been written'
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'daily_records_id_key', TABLE = 'daily_records',
                  COLUMN = 'id';
    END IF;

    IF NEW.corrects_id IS NOT NULL THEN
        SELECT * INTO original FROM daily_records AS d
        WHERE d.organization_id = NEW.organization_id AND d.id = NEW.corrects_id AND d.date = NEW.date;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the note being corrected was not found'
                USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'daily_records_corrects_fkey',
                      TABLE = 'daily_records', COLUMN = 'corrects_id';
        END IF;
        IF original.resident_id <> NEW.resident_id THEN
            RAISE EXCEPTION 'a correction must be about the same resident as the note it corrects'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_correction_resident_check',
                      TABLE = 'daily_records', COLUMN = 'resident_id';
        END IF;
        -- One direct correction per note; said here by name, as the unique index below would name only the
        -- partition's copy of itself.
        PERFORM wcn_note_lock('corrects', NEW.organization_id, NEW.corrects_id);
        IF EXISTS (SELECT 1 FROM daily_records AS d WHERE d.organization_id = NEW.organization_id
                   AND d.corrects_id = NEW.corrects_id AND d.date = NEW.date) THEN
            RAISE EXCEPTION 'this note has already been corrected'
                USING ERRCODE = 'unique_violation', CONSTRAINT = 'daily_records_one_correction_key',
                      TABLE = 'daily_records', COLUMN = 'corrects_id';
        END IF;
        NEW.late_entry := false;
    ELSE
        SELECT o.settings INTO settings FROM organizations AS o WHERE o.id = NEW.organization_id;
        IF jsonb_typeof(settings -> 'late_entry_minutes') = 'number'
           AND (settings ->> 'late_entry_minutes')::numeric BETWEEN 5 AND 1440 THEN
            late_minutes := (settings ->> 'late_entry_minutes')::numeric::integer;
        END IF;
        NEW.late_entry := NEW.recorded_at - NEW.occurred_at > make_interval(mins => late_minutes);
    END IF;

    NEW.categories := ARRAY(
        SELECT c FROM (
            SELECT key AS c FROM jsonb_each(NEW.care_delivered)
            UNION SELECT 'observations' WHERE NEW.observations <> '{}'
            UNION SELECT 'narrative' WHERE btrim(NEW.narrative) <> ''
            UNION SELECT 'correction' WHERE NEW.corrects_id IS NOT NULL
            UNION SELECT 'escalation' WHERE NEW.escalation <> '{}'
        ) AS found ORDER BY c);
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- A new password set by a user manager ends a lockout by adding a row (migration 9's attempts are only ever added),
-- as the owner's set-password does; otherwise as in migration 2.
-- ---------------------------------------------------------------------------------------------------------------------
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
       OR NOT EXISTS (SELECT 1 FROM users WHERE organization_id = organization AND id = target) THEN
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

-- Signing out revokes only a session of this station login: a token copied elsewhere signs nobody out (migration 9
-- binds sessions to the login that signed in).
CREATE OR REPLACE FUNCTION app_sign_out() RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    PERFORM app_audit('sign_out');
    UPDATE sessions SET revoked_at = now(), backend_pids = '{}'
    WHERE token_hash = sha256(convert_to(NULLIF(current_setting('wcn.session_token', true), ''), 'UTF8'))
      AND station_login = session_user AND revoked_at IS NULL;
    PERFORM set_config('wcn.session_token', '', false);
    PERFORM set_config('app.current_org_id', '', false);
END
$$;

-- Migration 12 gave wcn_functions only what its functions needed at the time; migration 9's sign-in calls
-- wcn_sign_in_lock (whether an email is locked, from committed attempts: nothing else), which it also needs.
GRANT EXECUTE ON FUNCTION wcn_sign_in_lock(bytea, timestamptz, bytea) TO wcn_functions;

-- Migration 12's functions were written beside migration 10's sweep and lack its settings: every SECURITY DEFINER
-- function that lacks them gets them now (see migration 10 for why).
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure FROM pg_proc AS p
        WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef
          AND p.proowner IN ('wcn_owner'::regrole, 'wcn_functions'::regrole)
          AND NOT coalesce(p.proconfig @> ARRAY['client_min_messages=error', 'debug_print_parse=off',
                                                'debug_print_rewritten=off', 'debug_print_plan=off'], false)
        ORDER BY 1
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET client_min_messages = error SET debug_print_parse = off '
                       'SET debug_print_rewritten = off SET debug_print_plan = off', f);
    END LOOP;
END
$$;
