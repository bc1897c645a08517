-- Description: Security: sign-in, sessions, roles and facility scope, row-level security on every tenant table, audit log, encrypted medical notes
--
-- Threat model (see README.md): every person at a station may know the station's database login and use it from
-- psql. So nothing here trusts the client. Identity comes only from a random session token that app_sign_in() hands
-- out after checking a password; policies look the token up (hashed) in a table nobody but the schema owner can
-- read. The document's policy trusted current_setting('app.current_org_id'), which any client can SET: that setting
-- is still set after sign-in, for the document's sake, but no policy reads it.
--
-- Roles:
--   the schema owner (whoever runs the migrations, or wcn_owner for the embedded database) owns every object;
--   wcn_app, NOLOGIN, holds what stations may do; station logins are members of it and own nothing;
--   superusers and sessions of the owner itself are trusted (the pgcrypto documentation's own limits).
-- Every SECURITY DEFINER function pins its search_path and has EXECUTE revoked from PUBLIC.

-- Functions this migration creates are not executable by everyone unless granted below.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wcn_app') THEN
        CREATE ROLE wcn_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS;
    END IF;
END
$$;

-- Only the application's roles may connect (where the migrating role owns the database and so may say so).
DO $$
BEGIN
    IF pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'USAGE') THEN
        EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO wcn_app', current_database());
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- Settings for the whole database, changed by its administrator.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE system_settings (
    singleton              boolean NOT NULL DEFAULT true,
    max_failed_sign_ins    integer NOT NULL DEFAULT 5,
    lockout_minutes        integer NOT NULL DEFAULT 15,
    session_idle_minutes   integer NOT NULL DEFAULT 60,
    session_absolute_hours integer NOT NULL DEFAULT 14,
    password_hash_cost     integer NOT NULL DEFAULT 10,
    -- The file, on the database server and outside its data directory, holding the master key that wraps every
    -- organization's key. Only its path is stored here (and so in a pg_dump).
    master_key_file        text,
    CONSTRAINT system_settings_pkey PRIMARY KEY (singleton),
    CONSTRAINT system_settings_singleton_check CHECK (singleton),
    CONSTRAINT system_settings_max_failed_sign_ins_check CHECK (max_failed_sign_ins BETWEEN 1 AND 100),
    CONSTRAINT system_settings_lockout_minutes_check CHECK (lockout_minutes BETWEEN 1 AND 1440),
    CONSTRAINT system_settings_session_idle_minutes_check CHECK (session_idle_minutes BETWEEN 1 AND 1440),
    CONSTRAINT system_settings_session_absolute_hours_check CHECK (session_absolute_hours BETWEEN 1 AND 168),
    -- bcrypt's cost is stored in each hash, so raising it here re-hashes each password at its next sign-in.
    CONSTRAINT system_settings_password_hash_cost_check CHECK (password_hash_cost BETWEEN 4 AND 15)
);
INSERT INTO system_settings DEFAULT VALUES;

-- ---------------------------------------------------------------------------------------------------------------------
-- Users: active flag and facility scope. The document kept password_hash and last_login in users, a table every
-- station reads (for "who wrote this"); they move to user_credentials, which no station can read.
-- ---------------------------------------------------------------------------------------------------------------------
ALTER TABLE users
    ADD COLUMN active boolean NOT NULL DEFAULT true,
    -- Managers and admins may cover every facility of the organization, present and future.
    ADD COLUMN all_facilities boolean NOT NULL DEFAULT false;

CREATE TABLE user_facilities (
    organization_id uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    facility_id     uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_facilities_pkey PRIMARY KEY (organization_id, user_id, facility_id),
    CONSTRAINT user_facilities_user_fkey FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id),
    CONSTRAINT user_facilities_facility_fkey FOREIGN KEY (organization_id, facility_id)
        REFERENCES facilities (organization_id, id)
);
CREATE INDEX idx_user_facilities_facility ON user_facilities (organization_id, facility_id);

CREATE TABLE user_credentials (
    user_id              uuid        NOT NULL,
    organization_id      uuid        NOT NULL,
    email_lower          text        NOT NULL,
    active               boolean     NOT NULL DEFAULT true,
    -- bcrypt through pgcrypto's crypt(): "$2a$<cost>$<salt+hash>", so each hash carries its own cost.
    password_hash        text,
    must_change_password boolean     NOT NULL DEFAULT true,
    password_changed_at  timestamptz,
    last_sign_in_at      timestamptz,
    -- Encrypts this user's unsaved work (drafts) kept on a station; handed only to the user's own session.
    draft_key            bytea       NOT NULL DEFAULT gen_random_bytes(32),
    CONSTRAINT user_credentials_pkey PRIMARY KEY (user_id),
    CONSTRAINT user_credentials_email_key UNIQUE (email_lower),
    CONSTRAINT user_credentials_user_fkey FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id),
    CONSTRAINT user_credentials_password_hash_check CHECK (password_hash ~ '^\$2[abxy]\$[0-9]{2}\$')
);
INSERT INTO user_credentials (user_id, organization_id, email_lower, active, password_hash, last_sign_in_at)
SELECT id, organization_id, lower(email), active,
       CASE WHEN password_hash ~ '^\$2[abxy]\$[0-9]{2}\$' THEN password_hash END, last_login
FROM users;
ALTER TABLE users DROP COLUMN password_hash, DROP COLUMN last_login;

-- Failed sign-ins per email as typed, whether or not an account has it: a locked-out nonexistent email behaves just
-- like a locked-out real one, so the answers never tell whether an email exists.
CREATE TABLE sign_in_attempts (
    email_lower    text        NOT NULL,
    failed_count   integer     NOT NULL,
    last_failed_at timestamptz NOT NULL,
    locked_until   timestamptz,
    CONSTRAINT sign_in_attempts_pkey PRIMARY KEY (email_lower)
);

CREATE TABLE sessions (
    -- SHA-256 of the token: a stolen copy of this table (or a pg_dump) opens no session.
    token_hash           bytea       NOT NULL,
    user_id              uuid        NOT NULL,
    organization_id      uuid        NOT NULL,
    station              text        NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    last_seen_at         timestamptz NOT NULL DEFAULT now(),
    expires_at           timestamptz NOT NULL,
    revoked_at           timestamptz,
    -- A session after an administrator set the password: it may change the password and do nothing else.
    password_change_only boolean     NOT NULL DEFAULT false,
    CONSTRAINT sessions_pkey PRIMARY KEY (token_hash),
    CONSTRAINT sessions_user_fkey FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id)
);
CREATE INDEX idx_sessions_user ON sessions (user_id) WHERE revoked_at IS NULL;

-- Passwords too common to allow, lower-case: whole passwords, and the words people dress up with digits and symbols
-- (a password whose letters alone are one of these is refused too). Compiled for this product from widely published
-- lists of the most used passwords, with words a care home's staff would reach for.
CREATE TABLE common_passwords (
    password text NOT NULL,
    CONSTRAINT common_passwords_pkey PRIMARY KEY (password)
);
INSERT INTO common_passwords (password)
SELECT lower(p) FROM unnest(ARRAY[
    'password', 'passw0rd', 'password1', 'password12', 'password123', 'password1234', 'password12345',
    'password123!', 'p@ssword', 'p@ssw0rd', 'passphrase', 'secret', 'letmein', 'welcome', 'welcome1', 'welcome123',
    'welcometo', 'changeme', 'changeit', 'default', 'admin', 'administrator', 'login', 'access', 'master', 'root',
    'qwerty', 'qwertyuiop', 'qwertyui', 'qwerty123', 'qwerty1234', 'qwertz', 'azerty', 'asdfgh', 'asdfghjkl',
    'asdfghjkl1', 'zxcvbn', 'zxcvbnm', 'zxcvbnm123', 'qazwsx', 'qazwsxedc', 'qazwsxedcrfv', '1qaz2wsx', '1q2w3e4r',
    '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4t5', 'q1w2e3r4t5y6', 'abc', 'abcd', 'abcdef', 'abcdefg', 'abcdefgh',
    'abcdefghij', 'abc123', 'abc12345', 'abcd1234', 'aaaaaaaaaa', 'aaaaaa', 'qqqqqqqqqq', 'xxxxxxxxxx',
    '1234567890', '0123456789', '0987654321', '9876543210', '1111111111', '0000000000', '1212121212', '1234512345',
    '1122334455', '1234567891', '12345678910', '123456789a', 'a123456789', '123123123123', '1231231231',
    '2222222222', '5555555555', '6666666666', '7777777777', '8888888888', '9999999999', '1234qwer', '123qwe',
    '123qweasd', '123qweasdzxc', 'iloveyou', 'iloveyou1', 'iloveyou12', 'loveyou', 'lovely', 'love', 'loveme',
    'sunshine', 'princess', 'dragon', 'monkey', 'football', 'baseball', 'basketball', 'soccer', 'hockey', 'golf',
    'tennis', 'cricket', 'rugby', 'liverpool', 'chelsea', 'arsenal', 'manchester', 'manutd', 'tottenham',
    'everton', 'celtic', 'rangers', 'london', 'england', 'scotland', 'wales', 'cymru', 'ireland', 'britain',
    'shadow', 'superman', 'batman', 'spiderman', 'starwars', 'pokemon', 'harrypotter', 'michael', 'jennifer',
    'jessica', 'charlie', 'thomas', 'daniel', 'matthew', 'jordan', 'hunter', 'ranger', 'buster', 'tigger',
    'jesus', 'christ', 'blessed', 'angel', 'angels', 'flower', 'flowers', 'summer', 'winter', 'spring', 'autumn',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'freedom', 'whatever',
    'trustno', 'trustnoone', 'mustang', 'ferrari', 'porsche', 'mercedes', 'computer', 'internet', 'samsung', 'apple',
    'google', 'microsoft', 'windows', 'hello', 'hellohello', 'helloworld', 'cheese', 'chocolate', 'cookie',
    'banana', 'orange', 'purple', 'yellow', 'silver', 'golden', 'diamond', 'ginger', 'pepper', 'butterfly',
    'killer', 'soldier', 'pussy', 'fuckyou', 'fuckoff', 'asshole', 'secret123', 'mypassword', 'yourpassword',
    'newpassword', 'oldpassword', 'temppassword', 'temporary', 'tempfordemo', 'test', 'test123', 'test1234',
    'testing', 'testing123', 'demo', 'guest', 'user', 'username', 'letmein123', 'nopassword', 'qwertyqwerty',
    'passwordpassword', 'carehome', 'carehome1', 'carehome123', 'nursinghome', 'residential', 'care', 'carer',
    'carers', 'caring', 'nurse', 'nurses', 'nursing', 'nhs', 'hospital', 'health', 'healthcare', 'patient',
    'resident', 'residents', 'manager', 'staff', 'station', 'stationpc', 'workstation', 'office', 'reception',
    'writecarenotes', 'carenotes', 'notes', 'shift', 'nightshift', 'dayshift', 'handover', 'medication'
]) AS p
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------------------------------------------------
-- The audit log: sign-ins, sign-outs, failures, lockouts, password changes and every opening of a resident's record.
-- Append-only for everyone but a superuser (as GNUmed's audit tables): rows are added by the functions below only.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    -- Both NULL for a failed sign-in with an email no account has (which is then not recorded, in case a password
    -- was typed into the email box).
    organization_id uuid,
    user_id         uuid,
    station         text        NOT NULL,
    event           varchar(50) NOT NULL,
    subject_id      uuid,
    details         jsonb       NOT NULL DEFAULT '{}',
    occurred_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT audit_log_pkey PRIMARY KEY (id),
    CONSTRAINT audit_log_event_check CHECK (event IN ('sign_in', 'sign_in_failed', 'sign_in_refused_locked',
                                                      'account_locked', 'sign_out', 'password_changed',
                                                      'password_set', 'resident_opened', 'medical_notes_read',
                                                      'medical_notes_written', 'medical_details_read',
                                                      'medical_details_written', 'keys_rotated')),
    CONSTRAINT audit_log_details_object_check CHECK (jsonb_typeof(details) = 'object')
);
CREATE INDEX idx_audit_log_organization_time ON audit_log (organization_id, occurred_at);
CREATE INDEX idx_audit_log_subject ON audit_log (organization_id, subject_id, occurred_at) WHERE subject_id IS NOT NULL;

CREATE FUNCTION refuse_audit_log_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'the audit log cannot be changed or emptied'
        USING ERRCODE = 'insufficient_privilege', TABLE = 'audit_log';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_log_change();
CREATE TRIGGER audit_log_never_truncated BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_log_change();

-- ---------------------------------------------------------------------------------------------------------------------
-- Keys for the medical notes: one data key per organization and version, wrapped by the master key.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE organization_keys (
    organization_id uuid        NOT NULL,
    version         integer     NOT NULL,
    wrapped_key     bytea       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organization_keys_pkey PRIMARY KEY (organization_id, version),
    CONSTRAINT organization_keys_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT organization_keys_version_check CHECK (version > 0)
);
ALTER TABLE residents ADD COLUMN medical_notes_key_version integer;
ALTER TABLE residents ADD CONSTRAINT residents_medical_notes_key_check
    CHECK ((encrypted_medical_notes IS NULL) = (medical_notes_key_version IS NULL));

-- ---------------------------------------------------------------------------------------------------------------------
-- Who is asking. Every helper is STABLE, so a policy that wraps it as (SELECT f()) runs it once per statement
-- (an initPlan), never once per row.
-- ---------------------------------------------------------------------------------------------------------------------

-- Whether this connection was opened by the schema owner (or a superuser): the trusted administrator's path. It asks
-- session_user, which SET ROLE cannot change and a SECURITY DEFINER function does not change, so code running on a
-- station's behalf inside such a function is still filtered by the station's session.
CREATE FUNCTION app_owner_session() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.organizations'::regclass),
                       'MEMBER')
$$;

-- The valid session named by this connection's token, or no row. Internal: not granted to anyone.
CREATE FUNCTION app_current_session() RETURNS SETOF sessions
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT s.*
    FROM sessions AS s
    JOIN user_credentials AS c ON c.user_id = s.user_id
    CROSS JOIN system_settings AS settings
    WHERE s.token_hash = sha256(convert_to(NULLIF(current_setting('wcn.session_token', true), ''), 'UTF8'))
      AND s.revoked_at IS NULL
      AND s.expires_at > now()
      AND s.last_seen_at > now() - make_interval(mins => settings.session_idle_minutes)
      AND c.active
$$;

CREATE FUNCTION app_user_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT user_id FROM app_current_session() WHERE NOT password_change_only
$$;

CREATE FUNCTION app_organization_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT organization_id FROM app_current_session() WHERE NOT password_change_only
$$;

-- What each role may do. Per-user overrides in users.permissions: {"grant": [...], "deny": [...]}.
CREATE FUNCTION app_role_capabilities(role text) RETURNS text[]
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
                                  'incidents.review', 'audits.read', 'audits.write', 'reports.read', 'audit_log.read']
        WHEN 'admin' THEN ARRAY['users.manage', 'organization.manage', 'facilities.manage', 'audit_log.read']
        ELSE ARRAY[]::text[]
    END
$$;

CREATE FUNCTION app_all_capabilities() RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT ARRAY(SELECT DISTINCT unnest(app_role_capabilities('manager') || app_role_capabilities('admin')) ORDER BY 1)
$$;

CREATE FUNCTION permissions_valid(permissions jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT jsonb_typeof(permissions) = 'object'
       AND NOT EXISTS (SELECT 1 FROM jsonb_object_keys(permissions) AS k WHERE k NOT IN ('grant', 'deny'))
       AND NOT EXISTS (
           SELECT 1 FROM jsonb_each(permissions) AS e
           WHERE jsonb_typeof(e.value) <> 'array'
              OR EXISTS (SELECT 1 FROM jsonb_array_elements(e.value) AS c
                         WHERE jsonb_typeof(c) <> 'string' OR NOT (c #>> '{}') = ANY (app_all_capabilities())))
$$;
ALTER TABLE users DROP CONSTRAINT users_permissions_object_check;
ALTER TABLE users ADD CONSTRAINT users_permissions_check CHECK (permissions_valid(permissions));

CREATE FUNCTION app_capabilities() RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT coalesce((
        SELECT ARRAY(
            SELECT unnest(app_role_capabilities(u.role))
            UNION
            SELECT jsonb_array_elements_text(coalesce(u.permissions -> 'grant', '[]'))
            EXCEPT
            SELECT jsonb_array_elements_text(coalesce(u.permissions -> 'deny', '[]'))
            ORDER BY 1)
        FROM users AS u
        WHERE u.organization_id = app_organization_id() AND u.id = app_user_id() AND u.active), ARRAY[]::text[])
$$;

CREATE FUNCTION app_can(capability text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT capability = ANY (app_capabilities())
$$;

CREATE FUNCTION app_all_facilities() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT coalesce((SELECT u.all_facilities FROM users AS u
                     WHERE u.organization_id = app_organization_id() AND u.id = app_user_id()), false)
$$;

-- Reads user_facilities only (never facilities), so the facilities policy that calls it cannot recurse.
CREATE FUNCTION app_facility_ids() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT coalesce(array_agg(f.facility_id), ARRAY[]::uuid[])
    FROM user_facilities AS f
    WHERE f.organization_id = app_organization_id() AND f.user_id = app_user_id()
$$;

-- Author columns default to whoever is signed in; policies check that nobody writes in another's name.
ALTER TABLE care_plans ALTER COLUMN created_by SET DEFAULT app_user_id();
ALTER TABLE assessments ALTER COLUMN created_by SET DEFAULT app_user_id();
ALTER TABLE daily_records ALTER COLUMN created_by SET DEFAULT app_user_id();
ALTER TABLE audits ALTER COLUMN auditor SET DEFAULT app_user_id();
ALTER TABLE incidents ALTER COLUMN reported_by SET DEFAULT app_user_id();
ALTER TABLE care_plans ALTER COLUMN organization_id SET DEFAULT app_organization_id();
ALTER TABLE assessments ALTER COLUMN organization_id SET DEFAULT app_organization_id();
ALTER TABLE daily_records ALTER COLUMN organization_id SET DEFAULT app_organization_id();
ALTER TABLE audits ALTER COLUMN organization_id SET DEFAULT app_organization_id();
ALTER TABLE incidents ALTER COLUMN organization_id SET DEFAULT app_organization_id();
ALTER TABLE residents ALTER COLUMN organization_id SET DEFAULT app_organization_id();
ALTER TABLE facilities ALTER COLUMN organization_id SET DEFAULT app_organization_id();
ALTER TABLE users ALTER COLUMN organization_id SET DEFAULT app_organization_id();
ALTER TABLE user_facilities ALTER COLUMN organization_id SET DEFAULT app_organization_id();

-- ---------------------------------------------------------------------------------------------------------------------
-- Row-level security: ENABLEd and FORCEd on every tenant table and every partition, a policy for each command,
-- failing closed (with no valid session every helper answers NULL or false, and NULL never matches). Each policy
-- opens with the owner's own sessions, the trusted administrator path; nothing else passes without a session.
-- Rows of tables about a resident (care plans, assessments, notes) are in scope when their resident is: the EXISTS
-- reads residents under residents' own policies, so the facility scope is decided in one place.
-- ---------------------------------------------------------------------------------------------------------------------
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY organizations_select ON organizations FOR SELECT
    USING ((SELECT app_owner_session()) OR id = (SELECT app_organization_id()));
CREATE POLICY organizations_insert ON organizations FOR INSERT
    WITH CHECK ((SELECT app_owner_session()));
CREATE POLICY organizations_update ON organizations FOR UPDATE
    USING ((SELECT app_owner_session())
           OR (id = (SELECT app_organization_id()) AND (SELECT app_can('organization.manage'))))
    WITH CHECK ((SELECT app_owner_session())
                OR (id = (SELECT app_organization_id()) AND (SELECT app_can('organization.manage'))));
CREATE POLICY organizations_delete ON organizations FOR DELETE
    USING ((SELECT app_owner_session()));

ALTER TABLE facilities ENABLE ROW LEVEL SECURITY;
ALTER TABLE facilities FORCE ROW LEVEL SECURITY;
CREATE POLICY facilities_select ON facilities FOR SELECT
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id())
               AND ((SELECT app_all_facilities()) OR (SELECT app_can('facilities.manage'))
                    OR id = ANY ((SELECT app_facility_ids())::uuid[]))));
CREATE POLICY facilities_insert ON facilities FOR INSERT
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage'))));
CREATE POLICY facilities_update ON facilities FOR UPDATE
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage'))))
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage'))));
CREATE POLICY facilities_delete ON facilities FOR DELETE
    USING ((SELECT app_owner_session()));

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
-- Everyone signed in sees the organization's staff list: every entry names who wrote it.
CREATE POLICY users_select ON users FOR SELECT
    USING ((SELECT app_owner_session()) OR organization_id = (SELECT app_organization_id()));
CREATE POLICY users_insert ON users FOR INSERT
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('users.manage'))));
CREATE POLICY users_update ON users FOR UPDATE
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('users.manage'))))
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('users.manage'))));
CREATE POLICY users_delete ON users FOR DELETE
    USING ((SELECT app_owner_session()));

ALTER TABLE user_facilities ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_facilities FORCE ROW LEVEL SECURITY;
CREATE POLICY user_facilities_select ON user_facilities FOR SELECT
    USING ((SELECT app_owner_session()) OR organization_id = (SELECT app_organization_id()));
CREATE POLICY user_facilities_insert ON user_facilities FOR INSERT
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('users.manage'))));
CREATE POLICY user_facilities_update ON user_facilities FOR UPDATE
    USING ((SELECT app_owner_session()))
    WITH CHECK ((SELECT app_owner_session()));
CREATE POLICY user_facilities_delete ON user_facilities FOR DELETE
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('users.manage'))));

ALTER TABLE residents ENABLE ROW LEVEL SECURITY;
ALTER TABLE residents FORCE ROW LEVEL SECURITY;
CREATE POLICY residents_select ON residents FOR SELECT
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('residents.read'))
               AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))));
CREATE POLICY residents_insert ON residents FOR INSERT
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('residents.write'))
                    AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))));
-- medical.write may update too: the medical columns are written only through the functions below, and no station
-- has UPDATE on them.
CREATE POLICY residents_update ON residents FOR UPDATE
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id())
               AND ((SELECT app_can('residents.write')) OR (SELECT app_can('medical.write')))
               AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))))
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id())
                    AND ((SELECT app_can('residents.write')) OR (SELECT app_can('medical.write')))
                    AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))));
CREATE POLICY residents_delete ON residents FOR DELETE
    USING ((SELECT app_owner_session()));

ALTER TABLE care_plans ENABLE ROW LEVEL SECURITY;
ALTER TABLE care_plans FORCE ROW LEVEL SECURITY;
CREATE POLICY care_plans_select ON care_plans FOR SELECT
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('care_plans.read'))
               AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = care_plans.organization_id
                                                          AND r.id = care_plans.resident_id)));
CREATE POLICY care_plans_insert ON care_plans FOR INSERT
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('care_plans.write'))
                    AND created_by = (SELECT app_user_id())
                    AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = care_plans.organization_id
                                                               AND r.id = care_plans.resident_id)));
CREATE POLICY care_plans_update ON care_plans FOR UPDATE
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('care_plans.write'))
               AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = care_plans.organization_id
                                                          AND r.id = care_plans.resident_id)))
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('care_plans.write'))
                    AND updated_by = (SELECT app_user_id())
                    AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = care_plans.organization_id
                                                               AND r.id = care_plans.resident_id)));
CREATE POLICY care_plans_delete ON care_plans FOR DELETE
    USING ((SELECT app_owner_session()));

ALTER TABLE assessments ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessments FORCE ROW LEVEL SECURITY;
CREATE POLICY assessments_select ON assessments FOR SELECT
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('assessments.read'))
               AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = assessments.organization_id
                                                          AND r.id = assessments.resident_id)));
CREATE POLICY assessments_insert ON assessments FOR INSERT
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('assessments.write'))
                    AND created_by = (SELECT app_user_id())
                    AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = assessments.organization_id
                                                               AND r.id = assessments.resident_id)));
-- Assessments are corrected by new linked entries, never rewritten.
CREATE POLICY assessments_update ON assessments FOR UPDATE
    USING ((SELECT app_owner_session()))
    WITH CHECK ((SELECT app_owner_session()));
CREATE POLICY assessments_delete ON assessments FOR DELETE
    USING ((SELECT app_owner_session()));

ALTER TABLE daily_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE daily_records FORCE ROW LEVEL SECURITY;
CREATE POLICY daily_records_select ON daily_records FOR SELECT
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('daily_records.read'))
               AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = daily_records.organization_id
                                                          AND r.id = daily_records.resident_id)));
CREATE POLICY daily_records_insert ON daily_records FOR INSERT
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('daily_records.add'))
                    AND created_by = (SELECT app_user_id())
                    AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = daily_records.organization_id
                                                               AND r.id = daily_records.resident_id)));
-- Notes are never rewritten: a correction is a new entry.
CREATE POLICY daily_records_update ON daily_records FOR UPDATE
    USING ((SELECT app_owner_session()))
    WITH CHECK ((SELECT app_owner_session()));
CREATE POLICY daily_records_delete ON daily_records FOR DELETE
    USING ((SELECT app_owner_session()));

ALTER TABLE audits ENABLE ROW LEVEL SECURITY;
ALTER TABLE audits FORCE ROW LEVEL SECURITY;
CREATE POLICY audits_select ON audits FOR SELECT
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.read'))
               AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))));
CREATE POLICY audits_insert ON audits FOR INSERT
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
                    AND auditor = (SELECT app_user_id())
                    AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))));
CREATE POLICY audits_update ON audits FOR UPDATE
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
               AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))))
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
                    AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))));
CREATE POLICY audits_delete ON audits FOR DELETE
    USING ((SELECT app_owner_session()));

ALTER TABLE incidents ENABLE ROW LEVEL SECURITY;
ALTER TABLE incidents FORCE ROW LEVEL SECURITY;
-- Staff see the incidents they reported; managers review all of their facilities'.
CREATE POLICY incidents_select ON incidents FOR SELECT
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id())
               AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))
               AND ((SELECT app_can('incidents.read')) OR reported_by = (SELECT app_user_id()))));
CREATE POLICY incidents_insert ON incidents FOR INSERT
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('incidents.add'))
                    AND reported_by = (SELECT app_user_id())
                    AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))));
CREATE POLICY incidents_update ON incidents FOR UPDATE
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('incidents.review'))
               AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))))
    WITH CHECK ((SELECT app_owner_session())
                OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('incidents.review'))
                    AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))));
CREATE POLICY incidents_delete ON incidents FOR DELETE
    USING ((SELECT app_owner_session()));

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_log_select ON audit_log FOR SELECT
    USING ((SELECT app_owner_session())
           OR (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audit_log.read'))));
-- Rows are added by this schema's own functions (running as its owner, the only role with INSERT), whatever the
-- session: a failed sign-in has none.
CREATE POLICY audit_log_insert ON audit_log FOR INSERT TO CURRENT_USER
    WITH CHECK (true);
CREATE POLICY audit_log_update ON audit_log FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY audit_log_delete ON audit_log FOR DELETE
    USING (false);

-- Every partition too. Nothing is granted on a partition, and one queried directly applies only its own policies:
-- the one policy each has is for the owner alone, whose maintenance (ensure_daily_record_partitions) moves rows
-- out of the default partition. Anyone else who somehow reached a partition would see and change nothing.
-- New partitions get the same (create_daily_record_partition below).
DO $$
DECLARE
    partition regclass;
BEGIN
    FOR partition IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'public.daily_records'::regclass
    LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', partition);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', partition);
        EXECUTE format('CREATE POLICY maintenance ON %s TO CURRENT_USER USING (true) WITH CHECK (true)', partition);
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION create_daily_record_partition(month_start date) RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    first_day      date := date_trunc('month', month_start)::date;
    next_first_day date := (date_trunc('month', month_start) + interval '1 month')::date;
    partition_name text := format('daily_records_y%sm%s', to_char(first_day, 'FMYYYY'), to_char(first_day, 'MM'));
BEGIN
    IF to_regclass(format('public.%I', partition_name)) IS NOT NULL THEN
        RETURN false;
    END IF;
    -- ATTACH needs this lock on the default partition anyway. Taken first, it also stops a note for this month
    -- arriving in the default partition between the move below and the ATTACH (which would then fail).
    LOCK TABLE public.daily_records_default IN ACCESS EXCLUSIVE MODE;
    EXECUTE format('CREATE TABLE public.%I (LIKE public.daily_records INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                   partition_name);
    -- Row-level security before any row arrives; the owner (running this) alone may maintain it directly.
    EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', partition_name);
    EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', partition_name);
    EXECUTE format('CREATE POLICY maintenance ON public.%I TO CURRENT_USER USING (true) WITH CHECK (true)',
                   partition_name);
    EXECUTE format('WITH moved AS (DELETE FROM public.daily_records_default WHERE date >= $1 AND date < $2 RETURNING *) '
                   'INSERT INTO public.%I SELECT * FROM moved', partition_name)
        USING first_day, next_first_day;
    EXECUTE format('ALTER TABLE public.daily_records ATTACH PARTITION public.%I FOR VALUES FROM (%L) TO (%L)',
                   partition_name, first_day, next_first_day);
    PERFORM apply_daily_record_storage_settings(format('public.%I', partition_name)::regclass);
    RETURN true;
END
$$;
REVOKE EXECUTE ON FUNCTION create_daily_record_partition(date) FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------------------------------
-- Keeping user_credentials in step with users (email, active), and ending a deactivated user's sessions at once.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION sync_user_credentials() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    INSERT INTO user_credentials (user_id, organization_id, email_lower, active)
    VALUES (NEW.id, NEW.organization_id, lower(NEW.email), NEW.active)
    ON CONFLICT (user_id) DO UPDATE SET email_lower = EXCLUDED.email_lower, active = EXCLUDED.active;
    IF NOT NEW.active THEN
        UPDATE sessions SET revoked_at = now() WHERE user_id = NEW.id AND revoked_at IS NULL;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_sync_credentials AFTER INSERT OR UPDATE OF email, active ON users
    FOR EACH ROW EXECUTE FUNCTION sync_user_credentials();

-- ---------------------------------------------------------------------------------------------------------------------
-- Passwords.
-- ---------------------------------------------------------------------------------------------------------------------

-- NULL when the password may be used, else why not: 'too_short' (under 10 characters) or 'too_common'.
CREATE FUNCTION app_password_problem(password text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT CASE
        WHEN char_length(coalesce(app_password_problem.password, '')) < 10 THEN 'too_short'
        -- (qualified: in an SQL function a column named password would win over the argument)
        WHEN EXISTS (SELECT 1 FROM common_passwords AS c
                     WHERE c.password IN (lower(app_password_problem.password),
                                          lower(regexp_replace(app_password_problem.password, '[^[:alpha:]]', '',
                                                               'g'))))
            THEN 'too_common'
    END
$$;

-- A new bcrypt hash at the configured cost.
CREATE FUNCTION wcn_hash_password(password text) RETURNS text
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT crypt(password, gen_salt('bf', (SELECT password_hash_cost FROM system_settings)))
$$;

-- For the owner's command line (create-user): sets a user's password; the user must change it at next sign-in
-- unless must_change is false. Returns NULL, or the rule the password breaks.
CREATE FUNCTION admin_set_password(target uuid, password text, must_change boolean DEFAULT true) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
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
    DELETE FROM sign_in_attempts WHERE email_lower = (SELECT email_lower FROM user_credentials WHERE user_id = target);
    INSERT INTO audit_log (organization_id, user_id, station, event, subject_id)
    SELECT organization_id, NULL, 'writecarenotes-admin', 'password_set', target
    FROM user_credentials WHERE user_id = target;
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- Signing in and out. The password is only ever a parameter of these functions (the client sends it as a protocol
-- parameter, never inside statement text), and a wrong one is an answer, not an error, so no log keeps it.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION app_audit(event text, subject uuid DEFAULT NULL, details jsonb DEFAULT '{}') RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    INSERT INTO audit_log (organization_id, user_id, station, event, subject_id, details)
    SELECT s.organization_id, s.user_id, s.station, event, subject, coalesce(details, '{}')
    FROM app_current_session() AS s
$$;

-- result: 'signed_in'; 'change_password' (signed in, but only to change the password an administrator set);
-- 'invalid' (no such email, wrong password, or a deactivated account: never saying which); 'locked' (until
-- locked_until, after too many failures for this email, whether or not an account has it).
CREATE FUNCTION app_sign_in(email text, password text, station text,
                            OUT result text, OUT session_token text, OUT locked_until timestamptz)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    settings     system_settings;
    typed        text := lower(btrim(coalesce(email, '')));
    place        text := left(coalesce(NULLIF(btrim(station), ''), 'unknown station'), 200);
    attempt      sign_in_attempts;
    credential   user_credentials;
    verified     boolean := false;
    failures     integer;
    token        text;
BEGIN
    SELECT * INTO settings FROM system_settings;
    -- Concurrent guesses at one email are counted one after another.
    PERFORM pg_advisory_xact_lock(hashtext('writecarenotes.sign_in'), hashtext(typed));
    SELECT * INTO attempt FROM sign_in_attempts AS a WHERE a.email_lower = typed;
    SELECT * INTO credential FROM user_credentials AS c WHERE c.email_lower = typed;

    IF attempt.locked_until > now() THEN
        IF credential.user_id IS NOT NULL THEN
            INSERT INTO audit_log (organization_id, user_id, station, event)
            VALUES (credential.organization_id, credential.user_id, place, 'sign_in_refused_locked');
        END IF;
        result := 'locked';
        locked_until := attempt.locked_until;
        RETURN;
    END IF;

    IF credential.user_id IS NOT NULL AND credential.active AND credential.password_hash IS NOT NULL THEN
        verified := crypt(coalesce(password, ''), credential.password_hash) = credential.password_hash;
    ELSE
        -- As much work as a real check, so that the time taken does not tell whether the account exists.
        PERFORM crypt(coalesce(password, ''), gen_salt('bf', settings.password_hash_cost));
    END IF;

    IF NOT verified THEN
        failures := CASE WHEN attempt.email_lower IS NULL OR attempt.locked_until <= now() THEN 1
                         ELSE attempt.failed_count + 1 END;
        IF failures >= settings.max_failed_sign_ins THEN
            locked_until := now() + make_interval(mins => settings.lockout_minutes);
        END IF;
        INSERT INTO sign_in_attempts AS a (email_lower, failed_count, last_failed_at, locked_until)
        VALUES (typed, failures, now(), app_sign_in.locked_until)
        ON CONFLICT (email_lower) DO UPDATE
            SET failed_count = EXCLUDED.failed_count, last_failed_at = EXCLUDED.last_failed_at,
                locked_until = EXCLUDED.locked_until;
        IF credential.user_id IS NOT NULL THEN
            INSERT INTO audit_log (organization_id, user_id, station, event, details)
            VALUES (credential.organization_id, credential.user_id, place, 'sign_in_failed',
                    jsonb_build_object('failures', failures));
            IF locked_until IS NOT NULL THEN
                INSERT INTO audit_log (organization_id, user_id, station, event, details)
                VALUES (credential.organization_id, credential.user_id, place, 'account_locked',
                        jsonb_build_object('until', locked_until));
            END IF;
        END IF;
        result := CASE WHEN locked_until IS NULL THEN 'invalid' ELSE 'locked' END;
        RETURN;
    END IF;

    DELETE FROM sign_in_attempts AS a WHERE a.email_lower = typed;
    token := encode(gen_random_bytes(32), 'hex');
    INSERT INTO sessions (token_hash, user_id, organization_id, station, expires_at, password_change_only)
    VALUES (sha256(convert_to(token, 'UTF8')), credential.user_id, credential.organization_id, place,
            now() + make_interval(hours => settings.session_absolute_hours), credential.must_change_password);
    UPDATE user_credentials AS c
    SET last_sign_in_at = now(),
        -- The configured cost has risen since this hash was made: make it again, now that the password is at hand.
        password_hash = CASE WHEN substring(c.password_hash FROM '^\$2[abxy]\$([0-9]{2})\$')::integer
                                  < settings.password_hash_cost
                             THEN wcn_hash_password(password) ELSE c.password_hash END
    WHERE c.user_id = credential.user_id;
    INSERT INTO audit_log (organization_id, user_id, station, event)
    VALUES (credential.organization_id, credential.user_id, place, 'sign_in');
    result := CASE WHEN credential.must_change_password THEN 'change_password' ELSE 'signed_in' END;
    session_token := token;
END
$$;

-- Attaches a session to this connection. The token travels as a parameter (never statement text, which other
-- sessions of the same role can read in pg_stat_activity). Returns whether it is a valid, full session.
CREATE FUNCTION app_use_session(token text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    PERFORM set_config('wcn.session_token', coalesce(token, ''), false);
    -- The design document's setting, kept for its readers' sake. No policy trusts it.
    PERFORM set_config('app.current_org_id', coalesce(app_organization_id()::text, ''), false);
    RETURN app_user_id() IS NOT NULL;
END
$$;

-- Keeps the session from expiring while its user is active; false once it has expired or been revoked.
CREATE FUNCTION app_touch_session() RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    UPDATE sessions SET last_seen_at = now()
    WHERE token_hash = (SELECT s.token_hash FROM app_current_session() AS s);
    RETURN FOUND;
END
$$;

CREATE FUNCTION app_sign_out() RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    PERFORM app_audit('sign_out');
    UPDATE sessions SET revoked_at = now()
    WHERE token_hash = sha256(convert_to(NULLIF(current_setting('wcn.session_token', true), ''), 'UTF8'))
      AND revoked_at IS NULL;
    PERFORM set_config('wcn.session_token', '', false);
    PERFORM set_config('app.current_org_id', '', false);
END
$$;

-- Who is signed in on this connection, what they may do and where; no row without a valid session.
CREATE FUNCTION app_session_info(OUT user_id uuid, OUT organization_id uuid, OUT first_name text,
                                 OUT last_name text, OUT email text, OUT role text, OUT organization_name text,
                                 OUT capabilities text[], OUT facility_ids uuid[], OUT all_facilities boolean,
                                 OUT idle_lock_minutes integer, OUT password_change_only boolean)
    RETURNS SETOF record
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT s.user_id, s.organization_id, u.first_name, u.last_name, u.email, u.role, o.name,
           app_capabilities(), app_facility_ids(), app_all_facilities(),
           coalesce((o.settings ->> 'idle_lock_minutes')::integer, 5), s.password_change_only
    FROM app_current_session() AS s
    LEFT JOIN users AS u ON u.organization_id = s.organization_id AND u.id = s.user_id
    LEFT JOIN organizations AS o ON o.id = s.organization_id
$$;

-- result: 'changed', 'wrong_password', 'too_short', 'too_common', 'unchanged' (the same as before), 'no_session'.
CREATE FUNCTION app_change_password(current_password text, new_password text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    own        sessions;
    credential user_credentials;
    problem    text;
BEGIN
    SELECT * INTO own FROM app_current_session();
    IF own.user_id IS NULL THEN
        RETURN 'no_session';
    END IF;
    SELECT * INTO credential FROM user_credentials WHERE user_id = own.user_id;
    IF credential.password_hash IS NULL
       OR crypt(coalesce(current_password, ''), credential.password_hash) <> credential.password_hash THEN
        RETURN 'wrong_password';
    END IF;
    IF crypt(coalesce(new_password, ''), credential.password_hash) = credential.password_hash THEN
        RETURN 'unchanged';
    END IF;
    problem := app_password_problem(new_password);
    IF problem IS NOT NULL THEN
        RETURN problem;
    END IF;
    UPDATE user_credentials
    SET password_hash = wcn_hash_password(new_password), must_change_password = false, password_changed_at = now()
    WHERE user_id = own.user_id;
    -- Other sessions of this user end; this one becomes a full session.
    UPDATE sessions SET revoked_at = now()
    WHERE user_id = own.user_id AND token_hash <> own.token_hash AND revoked_at IS NULL;
    UPDATE sessions SET password_change_only = false, last_seen_at = now() WHERE token_hash = own.token_hash;
    INSERT INTO audit_log (organization_id, user_id, station, event)
    VALUES (own.organization_id, own.user_id, own.station, 'password_changed');
    RETURN 'changed';
END
$$;

-- An administrator (users.manage) sets another user's password, to be changed at their next sign-in.
-- result: 'set', 'too_short', 'too_common', 'not_allowed' (no such user in the caller's organization, or no right).
CREATE FUNCTION app_set_user_password(target uuid, new_password text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    problem text;
BEGIN
    -- users is read under the caller's policies: only their own organization's users are found.
    IF NOT app_can('users.manage')
       OR NOT EXISTS (SELECT 1 FROM users WHERE organization_id = app_organization_id() AND id = target) THEN
        RETURN 'not_allowed';
    END IF;
    problem := app_password_problem(new_password);
    IF problem IS NOT NULL THEN
        RETURN problem;
    END IF;
    UPDATE user_credentials
    SET password_hash = wcn_hash_password(new_password), must_change_password = true, password_changed_at = now()
    WHERE user_id = target;
    UPDATE sessions SET revoked_at = now() WHERE user_id = target AND revoked_at IS NULL;
    DELETE FROM sign_in_attempts WHERE email_lower = (SELECT email_lower FROM user_credentials WHERE user_id = target);
    PERFORM app_audit('password_set', target);
    RETURN 'set';
END
$$;

-- The key for the signed-in user's drafts on a station (AES-256-GCM there): only their own session gets it, so
-- another user signing in at the same station cannot open them. NULL without a full session.
CREATE FUNCTION app_draft_key() RETURNS bytea
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT c.draft_key FROM user_credentials AS c WHERE c.user_id = app_user_id()
$$;

-- Records that the signed-in user opened a resident's record. False (and nothing recorded) when the resident is
-- not one the user may see.
CREATE FUNCTION app_record_resident_opened(resident uuid) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM residents WHERE organization_id = app_organization_id() AND id = resident) THEN
        RETURN false;
    END IF;
    PERFORM app_audit('resident_opened', resident);
    RETURN true;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- Encrypted medical notes. The master key lives in a file on the database server, outside the data directory, so it
-- is in no pg_dump, no base backup and no statement; each organization's data key is stored wrapped by it, and every
-- ciphertext records the version of the key that made it.
-- pgp_sym_encrypt with s2k-mode=1 (salted, not iterated): string-to-key iteration exists to slow down guessing of
-- passwords, and these keys are random 256-bit values that cannot be guessed, so iterating would only cost time
-- (about 130 µs a call with the defaults against 6-9 µs measured on this class of machine). AES-256, and no
-- compression (compressed length could hint at contents).
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION wcn_pgp_options() RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'cipher-algo=aes256, s2k-mode=1, compress-algo=0'
$$;

CREATE FUNCTION wcn_master_key() RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    path text;
    key  text;
BEGIN
    SELECT master_key_file INTO path FROM system_settings;
    IF path IS NULL THEN
        RAISE EXCEPTION 'medical notes cannot be encrypted: no master key is set up'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'run "writecarenotes-admin init-keys" on the database server';
    END IF;
    key := btrim(convert_from(pg_read_binary_file(path), 'UTF8'), E' \n\r\t');
    IF key !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'the master key file is not a Write Care Notes master key'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN key;
END
$$;

CREATE FUNCTION wcn_organization_key(organization uuid, key_version integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT pgp_sym_decrypt(k.wrapped_key, wcn_master_key(), wcn_pgp_options())
    FROM organization_keys AS k
    WHERE k.organization_id = organization AND k.version = key_version
$$;

-- The organization's newest key version, made (version 1) if it has none yet.
CREATE FUNCTION wcn_current_key_version(organization uuid) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    newest integer;
BEGIN
    SELECT max(version) INTO newest FROM organization_keys WHERE organization_id = organization;
    IF newest IS NULL THEN
        INSERT INTO organization_keys (organization_id, version, wrapped_key)
        VALUES (organization, 1,
                pgp_sym_encrypt(encode(gen_random_bytes(32), 'hex'), wcn_master_key(), wcn_pgp_options()))
        ON CONFLICT DO NOTHING;
        newest := 1;
    END IF;
    RETURN newest;
END
$$;

-- The resident's medical notes, decrypted, for a user with medical.read who may see the resident; NULL when there
-- are none. Refused with insufficient_privilege otherwise.
CREATE FUNCTION app_read_medical_notes(resident uuid) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    stored residents;
BEGIN
    IF NOT app_can('medical.read') THEN
        RAISE EXCEPTION 'not allowed to read medical notes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO stored FROM residents WHERE organization_id = app_organization_id() AND id = resident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not allowed to read medical notes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM app_audit('medical_notes_read', resident);
    IF stored.encrypted_medical_notes IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN pgp_sym_decrypt(stored.encrypted_medical_notes,
                           wcn_organization_key(stored.organization_id, stored.medical_notes_key_version),
                           wcn_pgp_options());
END
$$;

CREATE FUNCTION app_write_medical_notes(resident uuid, notes text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    organization uuid := app_organization_id();
    key_version  integer;
BEGIN
    IF NOT app_can('medical.write')
       OR NOT EXISTS (SELECT 1 FROM residents WHERE organization_id = organization AND id = resident) THEN
        RAISE EXCEPTION 'not allowed to write medical notes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    key_version := wcn_current_key_version(organization);
    UPDATE residents
    SET encrypted_medical_notes = CASE WHEN NULLIF(notes, '') IS NULL THEN NULL
                                       ELSE pgp_sym_encrypt(notes, wcn_organization_key(organization, key_version),
                                                            wcn_pgp_options()) END,
        medical_notes_key_version = CASE WHEN NULLIF(notes, '') IS NULL THEN NULL ELSE key_version END
    WHERE organization_id = organization AND id = resident;
    PERFORM app_audit('medical_notes_written', resident);
END
$$;

-- Medical details (allergies, conditions, DNACPR / ReSPECT) for medical.read; no station may select the column.
CREATE FUNCTION app_read_medical_details(resident uuid) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    details jsonb;
BEGIN
    IF NOT app_can('medical.read') THEN
        RAISE EXCEPTION 'not allowed to read medical details' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT medical_details INTO details FROM residents WHERE organization_id = app_organization_id() AND id = resident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not allowed to read medical details' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM app_audit('medical_details_read', resident);
    RETURN details;
END
$$;

CREATE FUNCTION app_write_medical_details(resident uuid, details jsonb) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF NOT app_can('medical.write') THEN
        RAISE EXCEPTION 'not allowed to write medical details' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE residents SET medical_details = coalesce(details, '{}')
    WHERE organization_id = app_organization_id() AND id = resident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not allowed to write medical details' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM app_audit('medical_details_written', resident);
END
$$;

-- Key rotation, for the owner's command line: a new key version for the organization, then (in batches, each its own
-- transaction, while stations keep working) every note re-encrypted under it. Returns how many were re-encrypted;
-- call until it returns 0.
CREATE FUNCTION admin_new_key_version(organization uuid) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    newest integer;
BEGIN
    SELECT coalesce(max(version), 0) + 1 INTO newest FROM organization_keys WHERE organization_id = organization;
    INSERT INTO organization_keys (organization_id, version, wrapped_key)
    VALUES (organization, newest,
            pgp_sym_encrypt(encode(gen_random_bytes(32), 'hex'), wcn_master_key(), wcn_pgp_options()));
    INSERT INTO audit_log (organization_id, station, event, details)
    VALUES (organization, 'writecarenotes-admin', 'keys_rotated', jsonb_build_object('version', newest));
    RETURN newest;
END
$$;

CREATE FUNCTION admin_reencrypt_medical_notes(organization uuid, batch_size integer DEFAULT 500) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    newest integer;
    moved  integer;
BEGIN
    SELECT max(version) INTO newest FROM organization_keys WHERE organization_id = organization;
    IF newest IS NULL THEN
        RETURN 0;
    END IF;
    WITH batch AS (
        SELECT r.id FROM residents AS r
        WHERE r.organization_id = organization AND r.medical_notes_key_version < newest
        LIMIT batch_size
        FOR UPDATE SKIP LOCKED
    )
    UPDATE residents AS r
    SET encrypted_medical_notes =
            pgp_sym_encrypt(pgp_sym_decrypt(r.encrypted_medical_notes,
                                            wcn_organization_key(organization, r.medical_notes_key_version),
                                            wcn_pgp_options()),
                            wcn_organization_key(organization, newest), wcn_pgp_options()),
        medical_notes_key_version = newest
    FROM batch
    WHERE r.organization_id = organization AND r.id = batch.id;
    GET DIAGNOSTICS moved = ROW_COUNT;
    RETURN moved;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- What stations may do. Rows are then filtered by the policies above; nothing is granted on partitions, on the
-- system tables (settings, credentials, attempts, sessions, keys, common passwords) or on admin_* and wcn_* functions.
-- ---------------------------------------------------------------------------------------------------------------------
GRANT SELECT ON schema_versions TO wcn_app;
GRANT SELECT ON organizations, facilities, users, user_facilities, care_plans, assessments, daily_records, audits,
    incidents, audit_log TO wcn_app;
GRANT UPDATE (name, registration_number, address, contact_details, settings) ON organizations TO wcn_app;
GRANT INSERT, UPDATE ON facilities TO wcn_app;
GRANT INSERT (id, organization_id, email, first_name, last_name, role, permissions, settings, active, all_facilities),
      UPDATE (email, first_name, last_name, role, permissions, settings, active, all_facilities)
    ON users TO wcn_app;
GRANT INSERT, DELETE ON user_facilities TO wcn_app;
-- Not the medical columns: those go through the functions above, which check medical.read / medical.write.
GRANT SELECT (id, organization_id, facility_id, first_name, last_name, date_of_birth, nhs_number, room_number,
              admission_date, discharge_date, status, contact_details, preferences, created_at, updated_at),
      INSERT (id, organization_id, facility_id, first_name, last_name, date_of_birth, nhs_number, room_number,
              admission_date, discharge_date, status, contact_details, preferences),
      UPDATE (facility_id, first_name, last_name, date_of_birth, nhs_number, room_number, admission_date,
              discharge_date, status, contact_details, preferences)
    ON residents TO wcn_app;
GRANT INSERT, UPDATE ON care_plans TO wcn_app;
GRANT INSERT ON assessments, daily_records TO wcn_app;
GRANT INSERT, UPDATE ON audits, incidents TO wcn_app;

GRANT EXECUTE ON FUNCTION
    app_owner_session(), app_user_id(), app_organization_id(), app_role_capabilities(text), app_all_capabilities(),
    permissions_valid(jsonb), app_capabilities(), app_can(text), app_all_facilities(), app_facility_ids(),
    app_password_problem(text), app_sign_in(text, text, text), app_use_session(text), app_touch_session(),
    app_sign_out(), app_session_info(), app_change_password(text, text), app_set_user_password(uuid, text),
    app_draft_key(),
    app_record_resident_opened(uuid), app_read_medical_notes(uuid), app_write_medical_notes(uuid, text),
    app_read_medical_details(uuid), app_write_medical_details(uuid, jsonb), ensure_daily_record_partitions(integer)
TO wcn_app;
