-- Description: Least privilege: clinical access set up by someone who lacks it waits for a manager's confirmation, organization settings are checked by the database, and wcn_functions may run only what its own functions need
--
-- Three holes of the insider attack suite (issue 14):
-- 1. An administrator (who sees no clinical record) could create a nurse with a password she knows, or reset a real
--    nurse's password, sign in as that nurse and read the medical notes. The rule now: a change that lets an
--    account reach clinical records its author cannot reach herself (setting its password, creating it, changing
--    its email, adding to its role, rights or care homes) holds the account's clinical capabilities (everything but
--    the administrator's own) until a second person confirms it: a manager (users.confirm) who is not a user
--    manager, not one of those who made the changes, who already has every clinical right and care home the
--    account would have (so confirming gains her nothing), and only once its user has chosen their own password.
--    The owner's command line (create-user, set-password) is trusted and makes confirmed accounts.
-- 2. organizations.settings took any value ('idle_lock_minutes': 100000 or "never"): every key now has a range.
-- 3. wcn_functions could run every function of the schema, the key functions and admin_* included.

-- ---------------------------------------------------------------------------------------------------------------------
-- 3a. From here on nothing is granted to wcn_functions by default: each function it needs is granted by name (below).
-- ---------------------------------------------------------------------------------------------------------------------
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM wcn_functions;

-- The domains of the organization's settings (section 2 below); app_session_info reads the idle lock through one.
-- A setting's value: absent (NULL), or a whole JSON number from low to high.
CREATE FUNCTION wcn_setting_in_range(value jsonb, low integer, high integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT value IS NULL
        OR (jsonb_typeof(value) = 'number' AND (value #>> '{}')::numeric BETWEEN low AND high
            AND (value #>> '{}')::numeric = trunc((value #>> '{}')::numeric))
$$;

-- {"<tool>": {"on_admission": true|false, "every_days": 0-366, "risk_days": 0-366}, ...} for the six tools.
CREATE FUNCTION wcn_assessment_schedule_valid(schedule jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT schedule IS NULL
        OR (jsonb_typeof(schedule) = 'object'
            AND NOT EXISTS (
                SELECT 1 FROM jsonb_each(schedule) AS e
                WHERE e.key NOT IN ('must', 'waterlow', 'falls', 'abbey_pain', 'barthel', 'news2')
                   OR jsonb_typeof(e.value) <> 'object'
                   OR e.value - ARRAY['on_admission', 'every_days', 'risk_days'] <> '{}'::jsonb
                   OR coalesce(jsonb_typeof(e.value -> 'on_admission'), 'boolean') <> 'boolean'
                   OR NOT wcn_setting_in_range(e.value -> 'every_days', 0, 366)
                   OR NOT wcn_setting_in_range(e.value -> 'risk_days', 0, 366)))
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- 1. Clinical access held until confirmed.
-- ---------------------------------------------------------------------------------------------------------------------
-- Managers confirm accounts (app_confirm_user); a new capability, so that it too is held while a manager's own
-- account waits, and can be granted or denied like the others.
CREATE OR REPLACE FUNCTION app_role_capabilities(role text) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE role
        WHEN 'carer' THEN ARRAY['residents.read', 'care_plans.read', 'daily_records.read', 'daily_records.add',
                                'incidents.add']
        WHEN 'nurse' THEN ARRAY['residents.read', 'residents.write', 'care_plans.read', 'care_plans.write',
                                'daily_records.read', 'daily_records.add', 'assessments.read', 'assessments.write',
                                'medical.read', 'medical.write', 'incidents.add']
        WHEN 'manager' THEN ARRAY['residents.read', 'residents.write', 'care_plans.read', 'care_plans.write',
                                  'daily_records.read', 'daily_records.add', 'assessments.read', 'assessments.write',
                                  'medical.read', 'medical.write', 'incidents.add', 'incidents.read',
                                  'incidents.review', 'audits.read', 'audits.write', 'reports.read', 'audit_log.read',
                                  'users.confirm']
        WHEN 'admin' THEN ARRAY['users.manage', 'organization.manage', 'facilities.manage', 'audit_log.read']
        ELSE ARRAY[]::text[]
    END
$$;

-- Every capability but the administrator's: what a held account does not get.
CREATE FUNCTION app_clinical_capabilities() RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT ARRAY(SELECT unnest(app_all_capabilities()) EXCEPT SELECT unnest(app_role_capabilities('admin'))
                 ORDER BY 1)
$$;

-- What a role with these per-user grants and denials may do, without the clinical capabilities while held.
CREATE FUNCTION wcn_effective_capabilities(role text, permissions jsonb, held boolean) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT ARRAY(
        SELECT unnest(app_role_capabilities(role))
        UNION
        SELECT jsonb_array_elements_text(coalesce(permissions -> 'grant', '[]'))
        EXCEPT
        SELECT jsonb_array_elements_text(coalesce(permissions -> 'deny', '[]'))
        EXCEPT
        SELECT unnest(app_clinical_capabilities()) WHERE held
        ORDER BY 1)
$$;

CREATE FUNCTION wcn_clinical_only(capabilities text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT ARRAY(SELECT unnest(capabilities) INTERSECT SELECT unnest(app_clinical_capabilities()) ORDER BY 1)
$$;

-- clinical_held_since: when a change by someone lacking the access held the account's clinical capabilities (NULL:
-- not held); clinical_held_by: who made those changes (none of them may confirm); password_set_by: who chose the
-- present password (the user, an administrator in the app; NULL for the owner's command line or before this).
ALTER TABLE user_credentials
    ADD COLUMN clinical_held_since timestamptz,
    ADD COLUMN clinical_held_by    uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN password_set_by     uuid;

-- Accounts whose present password an administrator chose in the app (the last password event is a password_set by
-- a signed-in user, not followed by the user's own change) are held now; every other account is taken as
-- confirmed (who set a password before this migration, and whether the user or someone else chose it after, is
-- not known).
WITH last_password_event AS (
    SELECT DISTINCT ON (c.user_id) c.user_id, a.event, a.user_id AS actor
    FROM user_credentials AS c
    JOIN audit_log AS a ON a.organization_id = c.organization_id AND a.event IN ('password_set', 'password_changed')
                       AND coalesce(a.subject_id, a.user_id) = c.user_id
    ORDER BY c.user_id, a.id DESC
)
UPDATE user_credentials AS c
SET clinical_held_since = now(), clinical_held_by = ARRAY[e.actor], password_set_by = e.actor
FROM last_password_event AS e
WHERE e.user_id = c.user_id AND e.event = 'password_set' AND e.actor IS NOT NULL AND e.actor <> c.user_id;

-- Whether `actor` already reaches everything clinical that `target` would: every clinical capability and every
-- care home. Then nothing is gained by controlling target, and no confirmation is needed.
CREATE FUNCTION wcn_covers(actor uuid, target uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
    SELECT coalesce((
        SELECT cardinality(wcn_clinical_only(wcn_effective_capabilities(t.role, t.permissions, false))) = 0
            OR (a.active
                AND wcn_clinical_only(wcn_effective_capabilities(t.role, t.permissions, false))
                    <@ wcn_effective_capabilities(a.role, a.permissions, ac.clinical_held_since IS NOT NULL)
                AND (a.all_facilities
                     OR (NOT t.all_facilities
                         AND NOT EXISTS (SELECT 1 FROM user_facilities AS tf
                                         WHERE tf.organization_id = t.organization_id AND tf.user_id = t.id
                                           AND NOT EXISTS (SELECT 1 FROM user_facilities AS af
                                                           WHERE af.organization_id = a.organization_id
                                                             AND af.user_id = a.id
                                                             AND af.facility_id = tf.facility_id)))))
        FROM users AS t
        JOIN users AS a ON a.organization_id = t.organization_id AND a.id = actor
        JOIN user_credentials AS ac ON ac.user_id = a.id AND ac.organization_id = a.organization_id
        WHERE t.id = target), false)
$$;

-- The owner's command line and migrations (a login that is wcn_owner or a superuser) are trusted. session_user, not
-- current_user: it is the login, whatever SECURITY DEFINER function is running, and no station can change it.
CREATE FUNCTION wcn_trusted_session() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT pg_has_role(session_user, 'wcn_owner', 'MEMBER')
$$;

-- Holds target's clinical access after a change by the signed-in user, unless the change is their own or they
-- already reach all of it. Without a session and outside the owner's trusted login, holds too (fails closed).
CREATE FUNCTION wcn_hold_unless_covered(target uuid) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    actor uuid := (SELECT s.user_id FROM app_current_session() AS s);
BEGIN
    IF wcn_trusted_session() OR actor = target OR (actor IS NOT NULL AND wcn_covers(actor, target)) THEN
        RETURN;
    END IF;
    UPDATE user_credentials AS c
    SET clinical_held_since = coalesce(c.clinical_held_since, now()),
        clinical_held_by = CASE WHEN actor IS NULL OR actor = ANY (c.clinical_held_by) THEN c.clinical_held_by
                                ELSE c.clinical_held_by || actor END
    WHERE c.user_id = target;
END
$$;

-- How an account signs in: created, its password set, its email changed. Decided here, before the row is written,
-- whatever function writes it (app_set_user_password, admin_set_password, app_change_password, a new one).
CREATE FUNCTION guard_credentials_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    actor        uuid := (SELECT s.user_id FROM app_current_session() AS s);
    trusted      boolean := wcn_trusted_session();
    password_set boolean;
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- Whatever the inserting statement said.
        NEW.clinical_held_since := NULL;
        NEW.clinical_held_by := '{}';
        NEW.password_set_by := NULL;
        password_set := NEW.password_hash IS NOT NULL;
    ELSE
        -- (a re-hash at sign-in keeps password_changed_at: it is the same password)
        password_set := NEW.password_changed_at IS DISTINCT FROM OLD.password_changed_at
                        OR (NEW.password_hash IS NULL) <> (OLD.password_hash IS NULL);
        IF NOT password_set AND NEW.email_lower IS NOT DISTINCT FROM OLD.email_lower THEN
            RETURN NEW;
        END IF;
    END IF;
    IF password_set THEN
        NEW.password_set_by := CASE WHEN trusted THEN NULL ELSE actor END;
    END IF;
    IF trusted THEN
        -- The owner setting a password vouches for the account (create-user, set-password).
        IF password_set THEN
            NEW.clinical_held_since := NULL;
            NEW.clinical_held_by := '{}';
        END IF;
    ELSIF actor IS NULL OR (actor <> NEW.user_id AND NOT wcn_covers(actor, NEW.user_id)) THEN
        NEW.clinical_held_since := coalesce(NEW.clinical_held_since, now());
        IF actor IS NOT NULL AND NOT actor = ANY (NEW.clinical_held_by) THEN
            NEW.clinical_held_by := NEW.clinical_held_by || actor;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER user_credentials_guard_change BEFORE INSERT OR UPDATE ON user_credentials
    FOR EACH ROW EXECUTE FUNCTION guard_credentials_change();

-- What an account may reach: more capabilities (role, grants) or all care homes, or a care home more.
CREATE FUNCTION guard_clinical_access_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
BEGIN
    IF TG_TABLE_NAME = 'user_facilities' THEN
        PERFORM wcn_hold_unless_covered(NEW.user_id);
    ELSIF NOT wcn_clinical_only(wcn_effective_capabilities(NEW.role, NEW.permissions, false))
              <@ wcn_clinical_only(wcn_effective_capabilities(OLD.role, OLD.permissions, false))
          OR (NEW.all_facilities AND NOT OLD.all_facilities) THEN
        PERFORM wcn_hold_unless_covered(NEW.id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_guard_clinical_access AFTER UPDATE OF role, permissions, all_facilities ON users
    FOR EACH ROW EXECUTE FUNCTION guard_clinical_access_change();
CREATE TRIGGER user_facilities_guard_clinical_access AFTER INSERT ON user_facilities
    FOR EACH ROW EXECUTE FUNCTION guard_clinical_access_change();

-- What the signed-in user may do: held accounts get none of the clinical capabilities. Every policy and function
-- asks this (through app_can), so they all follow.
CREATE OR REPLACE FUNCTION app_capabilities() RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
    SELECT coalesce((
        SELECT wcn_effective_capabilities(u.role, u.permissions, c.clinical_held_since IS NOT NULL)
        FROM users AS u
        JOIN user_credentials AS c ON c.user_id = u.id AND c.organization_id = u.organization_id
        WHERE u.organization_id = app_organization_id() AND u.id = app_user_id() AND u.active), ARRAY[]::text[])
$$;

-- Staff saw the incidents they reported whatever their rights: a held account sees none.
DROP POLICY incidents_select ON incidents;
CREATE POLICY incidents_select ON incidents FOR SELECT
    USING (organization_id = (SELECT app_organization_id())
           AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))
           AND ((SELECT app_can('incidents.read'))
                OR ((SELECT app_can('incidents.add')) AND reported_by = (SELECT app_user_id()))));

-- The audit log's events, with the confirmation added to whatever list earlier migrations left.
DO $$
DECLARE
    events text[];
BEGIN
    SELECT ARRAY(SELECT DISTINCT m[1] FROM regexp_matches(pg_get_constraintdef(c.oid), '''([a-z_]+)''', 'g') AS m
                 ORDER BY 1)
    INTO events
    FROM pg_constraint AS c WHERE c.conrelid = 'public.audit_log'::regclass AND c.conname = 'audit_log_event_check';
    IF cardinality(events) < 20 THEN
        RAISE EXCEPTION 'audit_log_event_check is not as expected';
    END IF;
    ALTER TABLE audit_log DROP CONSTRAINT audit_log_event_check;
    EXECUTE format('ALTER TABLE audit_log ADD CONSTRAINT audit_log_event_check CHECK (event IN (%s))',
                   (SELECT string_agg(quote_literal(e), ', ' ORDER BY e)
                    FROM unnest(events || ARRAY['user_confirmed']) AS e));
END
$$;

-- A manager confirms an account that waits. result: 'confirmed'; 'not_waiting' (nothing is held); 'own_password_first'
-- (its user has not yet chosen their own password: whoever set it could still sign in with it); 'not_allowed'
-- (no users.confirm, a user manager, the account itself, one of those who made the changes that hold it, someone
-- who does not reach all it would, or no such active user in the organization).
CREATE FUNCTION app_confirm_user(target uuid) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    actor        uuid := app_user_id();
    organization uuid := app_organization_id();
    credential   user_credentials;
BEGIN
    IF actor IS NULL OR NOT app_can('users.confirm') OR app_can('users.manage') OR target = actor THEN
        RETURN 'not_allowed';
    END IF;
    -- Owned by wcn_owner (no row-level security): every read names the caller's organization.
    SELECT c.* INTO credential
    FROM user_credentials AS c
    JOIN users AS u ON u.organization_id = c.organization_id AND u.id = c.user_id AND u.active
    WHERE c.user_id = target AND c.organization_id = organization
    FOR UPDATE OF c;
    IF NOT FOUND THEN
        RETURN 'not_allowed';
    END IF;
    IF credential.clinical_held_since IS NULL THEN
        RETURN 'not_waiting';
    END IF;
    IF actor = ANY (credential.clinical_held_by) OR NOT wcn_covers(actor, target) THEN
        RETURN 'not_allowed';
    END IF;
    -- Chosen by its user (or by the trusted owner, NULL): whoever set a password before no longer knows it.
    IF credential.password_hash IS NULL OR credential.must_change_password
       OR coalesce(credential.password_set_by, target) <> target THEN
        RETURN 'own_password_first';
    END IF;
    UPDATE user_credentials SET clinical_held_since = NULL, clinical_held_by = '{}'
    WHERE user_id = target AND organization_id = organization;
    PERFORM app_audit('user_confirmed', target,
                      jsonb_build_object('held_since', credential.clinical_held_since,
                                         'held_by', to_jsonb(credential.clinical_held_by)));
    RETURN 'confirmed';
END
$$;

-- The accounts of the caller's organization waiting for a manager, for user managers and confirmers only: since
-- when, whether their user has chosen their own password, and whether the caller may confirm them now.
CREATE FUNCTION app_users_waiting(OUT user_id uuid, OUT waiting_since timestamptz, OUT own_password boolean,
                                  OUT can_confirm boolean)
    RETURNS SETOF record
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
    SELECT c.user_id, c.clinical_held_since,
           c.password_hash IS NOT NULL AND NOT c.must_change_password
               AND coalesce(c.password_set_by, c.user_id) = c.user_id,
           app_can('users.confirm') AND NOT app_can('users.manage') AND c.user_id <> app_user_id()
               AND NOT app_user_id() = ANY (c.clinical_held_by) AND wcn_covers(app_user_id(), c.user_id)
    FROM user_credentials AS c
    JOIN users AS u ON u.organization_id = c.organization_id AND u.id = c.user_id
    WHERE c.organization_id = app_organization_id()
      AND (app_can('users.manage') OR app_can('users.confirm'))
      AND c.clinical_held_since IS NOT NULL
      AND cardinality(wcn_clinical_only(wcn_effective_capabilities(u.role, u.permissions, false))) > 0
$$;

-- The session, with whether the user's clinical access waits for a manager. The idle lock is read defensively: a
-- value outside the range (none can be stored now, see below) gives the default.
DROP FUNCTION app_session_info();
CREATE FUNCTION app_session_info(OUT user_id uuid, OUT organization_id uuid, OUT first_name text,
                                 OUT last_name text, OUT email text, OUT role text, OUT organization_name text,
                                 OUT capabilities text[], OUT facility_ids uuid[], OUT all_facilities boolean,
                                 OUT idle_lock_minutes integer, OUT password_change_only boolean,
                                 OUT awaiting_confirmation boolean)
    RETURNS SETOF record
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
    SELECT s.user_id, s.organization_id, u.first_name, u.last_name, u.email, u.role, o.name,
           app_capabilities(), app_facility_ids(), app_all_facilities(),
           CASE WHEN wcn_setting_in_range(o.settings -> 'idle_lock_minutes', 1, 60)
                     AND o.settings -> 'idle_lock_minutes' IS NOT NULL
                THEN (o.settings ->> 'idle_lock_minutes')::numeric::integer ELSE 5 END,
           s.password_change_only,
           c.clinical_held_since IS NOT NULL
               AND cardinality(wcn_clinical_only(wcn_effective_capabilities(u.role, u.permissions, false))) > 0
    FROM app_current_session() AS s
    LEFT JOIN users AS u ON u.organization_id = s.organization_id AND u.id = s.user_id
    LEFT JOIN organizations AS o ON o.id = s.organization_id
    LEFT JOIN user_credentials AS c ON c.user_id = s.user_id AND c.organization_id = s.organization_id
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- 2. Every setting has a domain. organizations.settings holds three keys, as the Homes page writes them; a number
-- of minutes or days must be a whole number in the range the window offers (a station locks after 1 to 60 minutes
-- without use; a note is late 5 minutes to a day after the care; an assessment is due every 0 (not scheduled) to 366
-- days). users.settings is read by nothing, so it holds nothing.
-- ---------------------------------------------------------------------------------------------------------------------
-- Rows stored before: a value out of its domain is removed (its default applies, as every reader already did for
-- a value it could not use), and so is a key nothing reads; the organization's audit shows the change (owner).
UPDATE organizations
SET settings = (settings - ARRAY(SELECT k FROM jsonb_object_keys(settings) AS k
                                 WHERE k NOT IN ('idle_lock_minutes', 'late_entry_minutes', 'assessment_schedule')))
             - CASE WHEN wcn_setting_in_range(settings -> 'idle_lock_minutes', 1, 60) THEN '' ELSE 'idle_lock_minutes'
               END
             - CASE WHEN wcn_setting_in_range(settings -> 'late_entry_minutes', 5, 1440) THEN ''
                    ELSE 'late_entry_minutes' END
             - CASE WHEN wcn_assessment_schedule_valid(settings -> 'assessment_schedule') THEN ''
                    ELSE 'assessment_schedule' END
WHERE NOT (settings - ARRAY['idle_lock_minutes', 'late_entry_minutes', 'assessment_schedule'] = '{}'::jsonb
           AND wcn_setting_in_range(settings -> 'idle_lock_minutes', 1, 60)
           AND wcn_setting_in_range(settings -> 'late_entry_minutes', 5, 1440)
           AND wcn_assessment_schedule_valid(settings -> 'assessment_schedule'));
UPDATE users SET settings = '{}' WHERE settings <> '{}'::jsonb;

-- One constraint per setting, so that a refusal names the setting (DatabaseErrorMessages).
ALTER TABLE organizations
    ADD CONSTRAINT organizations_settings_keys_check
        CHECK (jsonb_typeof(settings) <> 'object'
               OR settings - ARRAY['idle_lock_minutes', 'late_entry_minutes', 'assessment_schedule'] = '{}'::jsonb),
    ADD CONSTRAINT organizations_idle_lock_minutes_check
        CHECK (wcn_setting_in_range(settings -> 'idle_lock_minutes', 1, 60)),
    ADD CONSTRAINT organizations_late_entry_minutes_check
        CHECK (wcn_setting_in_range(settings -> 'late_entry_minutes', 5, 1440)),
    ADD CONSTRAINT organizations_assessment_schedule_check
        CHECK (wcn_assessment_schedule_valid(settings -> 'assessment_schedule'));
ALTER TABLE users ADD CONSTRAINT users_settings_empty_check
    CHECK (jsonb_typeof(settings) <> 'object' OR settings = '{}'::jsonb);
-- system_settings' numbers were checked from the start; its secret and the key file's path now are too.
ALTER TABLE system_settings
    ADD CONSTRAINT system_settings_attempt_secret_check CHECK (octet_length(attempt_secret) >= 32),
    ADD CONSTRAINT system_settings_master_key_file_check
        CHECK (master_key_file IS NULL OR (master_key_file ~ '^/' AND master_key_file !~ '[[:cntrl:]]'));

-- ---------------------------------------------------------------------------------------------------------------------
-- 3b. Keys only for the caller's own session. The medical functions (run as wcn_functions, under row-level security)
-- ask for the key of the signed-in user's organization only, and only with the right to use it; the draft key and
-- the email key are made by the owner; the owner's functions that hand out any organization's key, the master key,
-- the partitions or the administrator's commands are not wcn_functions' to run.
-- ---------------------------------------------------------------------------------------------------------------------
-- The signed-in user's organization's data key of this version, for medical.read or medical.write; else NULL.
CREATE FUNCTION wcn_session_medical_key(key_version integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
    SELECT pgp_sym_decrypt(k.wrapped_key, wcn_master_key(), wcn_pgp_options())
    FROM organization_keys AS k
    WHERE k.organization_id = app_organization_id() AND k.version = key_version
      AND (app_can('medical.read') OR app_can('medical.write'))
$$;

-- The newest key version of the signed-in user's organization (made if none), for medical.write; else NULL.
CREATE FUNCTION wcn_session_key_version() RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
BEGIN
    IF app_organization_id() IS NULL OR NOT app_can('medical.write') THEN
        RETURN NULL;
    END IF;
    RETURN wcn_current_key_version(app_organization_id());
END
$$;

CREATE OR REPLACE FUNCTION app_read_medical_notes(resident uuid, access bigint) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    stored residents;
BEGIN
    IF NOT app_can('medical.read') OR NOT coalesce(wcn_access_granted(access, resident, 'medical_notes_read'), false)
    THEN
        RAISE EXCEPTION 'not allowed to read medical notes' USING ERRCODE = 'insufficient_privilege',
            HINT = 'call app_request_medical_access first, and commit';
    END IF;
    SELECT * INTO stored FROM residents WHERE organization_id = app_organization_id() AND id = resident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not allowed to read medical notes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF stored.encrypted_medical_notes IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN pgp_sym_decrypt(stored.encrypted_medical_notes, wcn_session_medical_key(stored.medical_notes_key_version),
                           wcn_pgp_options());
END
$$;

CREATE OR REPLACE FUNCTION app_write_medical_notes(resident uuid, notes text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    organization uuid := app_organization_id();
    key_version  integer;
BEGIN
    IF NOT app_can('medical.write')
       OR NOT EXISTS (SELECT 1 FROM residents WHERE organization_id = organization AND id = resident) THEN
        RAISE EXCEPTION 'not allowed to write medical notes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    key_version := wcn_session_key_version();
    UPDATE residents
    SET encrypted_medical_notes = CASE WHEN NULLIF(notes, '') IS NULL THEN NULL
                                       ELSE pgp_sym_encrypt(notes, wcn_session_medical_key(key_version),
                                                            wcn_pgp_options()) END,
        medical_notes_key_version = CASE WHEN NULLIF(notes, '') IS NULL THEN NULL ELSE key_version END
    WHERE organization_id = organization AND id = resident;
    PERFORM app_audit('medical_notes_written', resident);
END
$$;

-- The draft key and the email key are the owner's now: made with the master key, which wcn_functions no longer reads.
ALTER FUNCTION app_draft_key() OWNER TO wcn_owner;
CREATE OR REPLACE FUNCTION app_draft_key() RETURNS bytea
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
    SELECT hmac(c.draft_key_seed, convert_to(coalesce(wcn_master_key_if_set(), ''), 'UTF8'), 'sha256')
    FROM user_credentials AS c
    WHERE c.user_id = app_user_id() AND c.organization_id = app_organization_id()
$$;

CREATE OR REPLACE FUNCTION wcn_email_key(typed text) RETURNS bytea
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
AS $$
    SELECT hmac(convert_to(lower(btrim(coalesce(typed, ''))), 'UTF8'),
                s.attempt_secret || convert_to(coalesce(wcn_master_key_if_set(), ''), 'UTF8'), 'sha256')
    FROM system_settings AS s
$$;

-- Held accounts, password sets by a user manager: app_set_user_password is unchanged in what it does (the trigger
-- above decides the hold), but it too gets the pinned message level.
ALTER FUNCTION app_set_user_password(uuid, text) SET client_min_messages = error;

-- Functions stations call that run as wcn_functions (under row-level security), and the owner's that stations call.
SELECT wcn_hand_over(f::regprocedure) FROM unnest(ARRAY['app_session_info()']) AS f;
GRANT EXECUTE ON FUNCTION app_session_info(), app_confirm_user(uuid), app_users_waiting(),
    -- the settings' checks, for stations that change the settings
    wcn_setting_in_range(jsonb, integer, integer), wcn_assessment_schedule_valid(jsonb)
TO wcn_app;
GRANT EXECUTE ON FUNCTION app_draft_key() TO wcn_app;

-- wcn_functions may no longer change who confirmed what: only these columns, which its functions write.
REVOKE UPDATE ON user_credentials FROM wcn_functions;
GRANT UPDATE (email_lower, active, password_hash, must_change_password, password_changed_at, last_sign_in_at)
    ON user_credentials TO wcn_functions;

-- wcn_functions runs its own functions, and of the owner's only those it needs: pure helpers, and those whose answer
-- is limited to the caller's session. Everything else (admin_*, wcn_master_key, wcn_organization_key,
-- wcn_current_key_version, the partitions, the trigger functions) is revoked, whatever earlier migrations granted.
DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN
        SELECT p.oid::regprocedure FROM pg_proc AS p
        WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'wcn_functions'::regrole
          AND NOT EXISTS (SELECT 1 FROM pg_depend AS d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                                         AND d.deptype = 'e')
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM wcn_functions', fn);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION
    -- pure: the answer depends on the arguments alone
    wcn_pgp_options(), app_role_capabilities(text), app_all_capabilities(), app_clinical_capabilities(),
    permissions_valid(jsonb), wcn_effective_capabilities(text, jsonb, boolean), wcn_clinical_only(text[]),
    fold_for_search(text), room_sort_key(text), search_word_key(text), search_word_keys(text, text),
    wcn_setting_in_range(jsonb, integer, integer),
    -- limited to the caller's session
    wcn_session_medical_key(integer), wcn_session_key_version(), wcn_access_granted(bigint, uuid, text),
    -- signing in, before there is a session: a one-way value, a new hash, and the audit entry
    wcn_email_key(text), wcn_hash_password(text), wcn_audit(uuid, uuid, text, text, uuid, jsonb)
TO wcn_functions;
