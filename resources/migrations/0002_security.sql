-- Description: Security: sign-in, sessions, roles and facility scope, row-level security on every tenant table, audit log, encrypted medical notes
--
-- Threat model (see README.md): every person at a station may know the station's database login and use it from
-- psql. So nothing here trusts the client. Identity comes only from a random session token that sign-in hands out
-- after checking a password; policies look the token up (hashed) in a table nobody but the schema owner can read.
-- The document's policy trusted current_setting('app.current_org_id'), which any client can SET: that setting is
-- still set after sign-in, for the document's sake, but no policy reads it.
--
-- Roles (DatabaseRoles::prepare makes them, as a superuser):
--   wcn_owner      NOLOGIN, BYPASSRLS: owns the schema's tables; migrations and the administrator's command line
--                  act as it, and see every row (the trusted path, with superusers: the pgcrypto documentation's own
--                  limits);
--   wcn_functions  NOLOGIN, subject to row-level security: owns the SECURITY DEFINER functions stations call, so
--                  they run with its table rights but still under the policies, scoped by the caller's session;
--   wcn_app        NOLOGIN: holds what stations may do; station logins are members of it and own nothing.
-- Every policy opens with the organization (organization_id = the session's organization) as a plain AND: the
-- planner then uses it as an index condition, so a station's own conditions never reach another organization's
-- rows, not even to be counted by EXPLAIN ANALYZE. Every SECURITY DEFINER function pins its search_path and has
-- EXECUTE revoked from PUBLIC.

-- Functions this migration creates are not executable by everyone unless granted below.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

DO $$
BEGIN
    IF current_user <> 'wcn_owner'
       OR NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wcn_owner' AND rolbypassrls AND NOT rolsuper)
       OR NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wcn_functions' AND NOT rolbypassrls AND NOT rolsuper
                                                 AND NOT rolcanlogin)
       OR NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wcn_app' AND NOT rolbypassrls AND NOT rolsuper
                                                 AND NOT rolcanlogin)
       OR NOT pg_has_role('wcn_owner', 'wcn_functions', 'MEMBER') THEN
        RAISE EXCEPTION 'the roles wcn_owner, wcn_functions and wcn_app are not set up'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'run "writecarenotes-admin migrate" as a PostgreSQL superuser: it sets them up';
    END IF;
    -- Only the application's roles may connect, and nobody may make temporary objects.
    IF NOT pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'USAGE') THEN
        RAISE EXCEPTION 'wcn_owner does not own this database' USING ERRCODE = 'insufficient_privilege',
            HINT = 'run "writecarenotes-admin migrate" as a PostgreSQL superuser: it makes wcn_owner the owner';
    END IF;
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO wcn_app', current_database());
END
$$;

-- Gives a SECURITY DEFINER function that stations call to wcn_functions (see above), keeping the owner's right to
-- run it. ALTER ... OWNER needs the new owner to be able to create in the schema, for that moment only.
CREATE FUNCTION wcn_hand_over(fn regprocedure) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    GRANT CREATE ON SCHEMA public TO wcn_functions;
    EXECUTE format('ALTER FUNCTION %s OWNER TO wcn_functions', fn);
    REVOKE CREATE ON SCHEMA public FROM wcn_functions;
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO wcn_owner', fn);
END
$$;

-- wcn_functions runs only this schema's own code: it may call every function made from here on.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO wcn_functions;
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
    -- With the master key (when there is one), keys the HMAC under which sign_in_attempts stores typed emails.
    attempt_secret         bytea   NOT NULL DEFAULT gen_random_bytes(32),
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

-- Keyed by the user's id alone (so an id is unique across organizations here, and sync_user_credentials refuses a
-- users row that would reuse another organization's). Not by a unique index on users (id): every index a station's
-- query can use must lead with organization_id (see the top of this file).
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
    -- With the master key, makes the key for this user's unsaved work (drafts) kept on a station; the key itself is
    -- handed only to the user's own session and stored nowhere, so a pg_dump and a station's draft files together
    -- still open no draft.
    draft_key_seed       bytea       NOT NULL DEFAULT gen_random_bytes(32),
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
-- like a locked-out real one, so the answers never tell whether an email exists. The email is kept only as an HMAC
-- (wcn_email_key): what was typed, sometimes a password in the wrong box, is stored nowhere.
CREATE TABLE sign_in_attempts (
    email_key      bytea       NOT NULL,
    failed_count   integer     NOT NULL DEFAULT 0,
    last_failed_at timestamptz,
    locked_until   timestamptz,
    CONSTRAINT sign_in_attempts_pkey PRIMARY KEY (email_key)
);

-- What a sign-in found, kept until the client asks for it in a later transaction (see app_begin_sign_in): the
-- answer is only revealed once the failure count and the audit entry that came with it are committed.
CREATE TABLE sign_in_outcomes (
    -- SHA-256 of the attempt token the client holds.
    attempt_hash      bytea       NOT NULL,
    transaction_id    xid8        NOT NULL DEFAULT pg_current_xact_id(),
    email_key         bytea       NOT NULL,
    user_id           uuid,
    organization_id   uuid,
    station           text        NOT NULL,
    result            text        NOT NULL,
    locked_until      timestamptz,
    -- A new hash at the configured cost, when the stored one was made at a lower cost (applied on success).
    new_password_hash text,
    created_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT sign_in_outcomes_pkey PRIMARY KEY (attempt_hash),
    CONSTRAINT sign_in_outcomes_result_check CHECK (result IN ('verified', 'invalid', 'locked'))
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
    -- The server processes (connections) this session is attached to: a session acts only on a connection that
    -- attached it with app_use_session, and a connection is attached to one session at a time, so no statement can
    -- mix two sessions' rights by switching the token setting half-way through.
    backend_pids         integer[]   NOT NULL DEFAULT '{}',
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
-- The audit log: sign-ins, sign-outs, failures, lockouts, password changes, changes to users' rights and every
-- opening of a resident's record. Append-only for everyone but a superuser (as GNUmed's audit tables): rows are added
-- by the functions below only, and each is also written to the server log, which no rollback takes back.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    -- Both NULL for a failed sign-in with an email no account has (the email itself is not recorded, in case a
    -- password was typed into the email box).
    organization_id uuid,
    user_id         uuid,
    station         text        NOT NULL,
    event           varchar(50) NOT NULL,
    subject_id      uuid,
    details         jsonb       NOT NULL DEFAULT '{}',
    occurred_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- Lets a later transaction check that this entry was committed before what it records is revealed.
    transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
    CONSTRAINT audit_log_pkey PRIMARY KEY (id),
    CONSTRAINT audit_log_event_check CHECK (event IN ('sign_in', 'sign_in_failed', 'sign_in_refused_locked',
                                                      'account_locked', 'sign_out', 'password_changed',
                                                      'password_set', 'resident_opened', 'medical_notes_read',
                                                      'medical_notes_written', 'medical_details_read',
                                                      'medical_details_written', 'keys_rotated', 'user_changed',
                                                      'user_facility_added', 'user_facility_removed')),
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

-- The master key, or NULL where none is set up yet (a shared server before init-keys).
CREATE FUNCTION wcn_master_key_if_set() RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF (SELECT master_key_file FROM system_settings) IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN wcn_master_key();
END
$$;

-- The key under which sign_in_attempts knows an email as typed: an HMAC under the database's own secret and the
-- master key, so that neither a pg_dump alone nor a guess at what was typed finds the row.
CREATE FUNCTION wcn_email_key(typed text) RETURNS bytea
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT hmac(convert_to(lower(btrim(coalesce(typed, ''))), 'UTF8'),
                s.attempt_secret || convert_to(coalesce(wcn_master_key_if_set(), ''), 'UTF8'), 'sha256')
    FROM system_settings AS s
$$;


-- ---------------------------------------------------------------------------------------------------------------------
-- Who is asking. Every helper is STABLE, so a policy that wraps it as (SELECT f()) runs it once per statement
-- (an initPlan), never once per row.
-- ---------------------------------------------------------------------------------------------------------------------

-- The valid session named by this connection's token and attached to this connection, or no row. Internal: not
-- granted to anyone.
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
      AND pg_backend_pid() = ANY (s.backend_pids)
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
-- failing closed (with no valid session every helper answers NULL or false, and NULL never matches). Every policy
-- starts with the session's organization as a plain AND (an index condition: see the top of this file); only
-- wcn_owner, which bypasses row-level security, sees past it. Deleting is for the owner alone: records are ended,
-- never removed. Rows of tables about a resident (care plans, assessments, notes) are in scope when their resident
-- is: the EXISTS reads residents under residents' own policies, so the facility scope is decided in one place.
-- ---------------------------------------------------------------------------------------------------------------------
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY organizations_select ON organizations FOR SELECT
    USING (id = (SELECT app_organization_id()));
CREATE POLICY organizations_insert ON organizations FOR INSERT
    WITH CHECK (false);
CREATE POLICY organizations_update ON organizations FOR UPDATE
    USING (id = (SELECT app_organization_id()) AND (SELECT app_can('organization.manage')))
    WITH CHECK (id = (SELECT app_organization_id()) AND (SELECT app_can('organization.manage')));
CREATE POLICY organizations_delete ON organizations FOR DELETE
    USING (false);

ALTER TABLE facilities ENABLE ROW LEVEL SECURITY;
ALTER TABLE facilities FORCE ROW LEVEL SECURITY;
CREATE POLICY facilities_select ON facilities FOR SELECT
    USING (organization_id = (SELECT app_organization_id())
           AND ((SELECT app_all_facilities()) OR (SELECT app_can('facilities.manage'))
                OR id = ANY ((SELECT app_facility_ids())::uuid[])));
CREATE POLICY facilities_insert ON facilities FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage')));
CREATE POLICY facilities_update ON facilities FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage')))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage')));
CREATE POLICY facilities_delete ON facilities FOR DELETE
    USING (false);

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
-- Everyone signed in sees the organization's staff list: every entry names who wrote it.
CREATE POLICY users_select ON users FOR SELECT
    USING (organization_id = (SELECT app_organization_id()));
CREATE POLICY users_insert ON users FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('users.manage')));
-- (Nobody changes their own role, rights or facilities: see guard_user_rights.)
CREATE POLICY users_update ON users FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('users.manage')))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('users.manage')));
CREATE POLICY users_delete ON users FOR DELETE
    USING (false);

ALTER TABLE user_facilities ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_facilities FORCE ROW LEVEL SECURITY;
CREATE POLICY user_facilities_select ON user_facilities FOR SELECT
    USING (organization_id = (SELECT app_organization_id()));
CREATE POLICY user_facilities_insert ON user_facilities FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('users.manage'))
                AND user_id <> (SELECT app_user_id()));
CREATE POLICY user_facilities_update ON user_facilities FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY user_facilities_delete ON user_facilities FOR DELETE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('users.manage'))
           AND user_id <> (SELECT app_user_id()));

ALTER TABLE residents ENABLE ROW LEVEL SECURITY;
ALTER TABLE residents FORCE ROW LEVEL SECURITY;
CREATE POLICY residents_select ON residents FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('residents.read'))
           AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])));
CREATE POLICY residents_insert ON residents FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('residents.write'))
                AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])));
-- medical.write may update too: the medical columns are written only through the functions below, and no station
-- has UPDATE on them.
CREATE POLICY residents_update ON residents FOR UPDATE
    USING (organization_id = (SELECT app_organization_id())
           AND ((SELECT app_can('residents.write')) OR (SELECT app_can('medical.write')))
           AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])))
    WITH CHECK (organization_id = (SELECT app_organization_id())
                AND ((SELECT app_can('residents.write')) OR (SELECT app_can('medical.write')))
                AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])));
CREATE POLICY residents_delete ON residents FOR DELETE
    USING (false);

ALTER TABLE care_plans ENABLE ROW LEVEL SECURITY;
ALTER TABLE care_plans FORCE ROW LEVEL SECURITY;
CREATE POLICY care_plans_select ON care_plans FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('care_plans.read'))
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = care_plans.organization_id
                                                      AND r.id = care_plans.resident_id));
CREATE POLICY care_plans_insert ON care_plans FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('care_plans.write'))
                AND created_by = (SELECT app_user_id())
                AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = care_plans.organization_id
                                                           AND r.id = care_plans.resident_id));
CREATE POLICY care_plans_update ON care_plans FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('care_plans.write'))
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = care_plans.organization_id
                                                      AND r.id = care_plans.resident_id))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('care_plans.write'))
                AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = care_plans.organization_id
                                                           AND r.id = care_plans.resident_id));
CREATE POLICY care_plans_delete ON care_plans FOR DELETE
    USING (false);

ALTER TABLE assessments ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessments FORCE ROW LEVEL SECURITY;
CREATE POLICY assessments_select ON assessments FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('assessments.read'))
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = assessments.organization_id
                                                      AND r.id = assessments.resident_id));
CREATE POLICY assessments_insert ON assessments FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('assessments.write'))
                AND created_by = (SELECT app_user_id())
                AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = assessments.organization_id
                                                           AND r.id = assessments.resident_id));
-- Assessments are corrected by new linked entries, never rewritten.
CREATE POLICY assessments_update ON assessments FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY assessments_delete ON assessments FOR DELETE
    USING (false);

ALTER TABLE daily_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE daily_records FORCE ROW LEVEL SECURITY;
CREATE POLICY daily_records_select ON daily_records FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('daily_records.read'))
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = daily_records.organization_id
                                                      AND r.id = daily_records.resident_id));
-- A station writes notes for the past year up to tomorrow (the server keeps UTC): a note dated anywhere else would
-- also make ensure_daily_record_partitions create a partition for its month.
CREATE POLICY daily_records_insert ON daily_records FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('daily_records.add'))
                AND created_by = (SELECT app_user_id())
                AND date BETWEEN current_date - 366 AND current_date + 1
                AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = daily_records.organization_id
                                                           AND r.id = daily_records.resident_id));
-- Notes are never rewritten: a correction is a new entry.
CREATE POLICY daily_records_update ON daily_records FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY daily_records_delete ON daily_records FOR DELETE
    USING (false);

ALTER TABLE audits ENABLE ROW LEVEL SECURITY;
ALTER TABLE audits FORCE ROW LEVEL SECURITY;
CREATE POLICY audits_select ON audits FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.read'))
           AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])));
CREATE POLICY audits_insert ON audits FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
                AND auditor = (SELECT app_user_id())
                AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])));
CREATE POLICY audits_update ON audits FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
           AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
                AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])));
CREATE POLICY audits_delete ON audits FOR DELETE
    USING (false);

ALTER TABLE incidents ENABLE ROW LEVEL SECURITY;
ALTER TABLE incidents FORCE ROW LEVEL SECURITY;
-- Staff see the incidents they reported; managers review all of their facilities'.
CREATE POLICY incidents_select ON incidents FOR SELECT
    USING (organization_id = (SELECT app_organization_id())
           AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))
           AND ((SELECT app_can('incidents.read')) OR reported_by = (SELECT app_user_id())));
-- The resident named, if any, must be one the reporter may see (else a refusal would tell them the resident exists).
CREATE POLICY incidents_insert ON incidents FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('incidents.add'))
                AND reported_by = (SELECT app_user_id())
                AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))
                AND (resident_id IS NULL
                     OR EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = incidents.organization_id
                                                                AND r.id = incidents.resident_id
                                                                AND r.facility_id = incidents.facility_id)));
CREATE POLICY incidents_update ON incidents FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('incidents.review'))
           AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('incidents.review'))
                AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])));
CREATE POLICY incidents_delete ON incidents FOR DELETE
    USING (false);

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_log_select ON audit_log FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audit_log.read')));
-- Rows are added by wcn_audit alone, running as the owner, whatever the session (a failed sign-in has none).
CREATE POLICY audit_log_insert ON audit_log FOR INSERT
    WITH CHECK (false);
CREATE POLICY audit_log_update ON audit_log FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY audit_log_delete ON audit_log FOR DELETE
    USING (false);

-- Every partition too. Nothing is granted on a partition, and one queried directly applies only its own policies:
-- each has one, for every command, that lets nobody through. The owner, who bypasses it, alone maintains partitions
-- (ensure_daily_record_partitions moves rows out of the default partition). New partitions get the same
-- (create_daily_record_partition below).
DO $$
DECLARE
    partition regclass;
BEGIN
    FOR partition IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'public.daily_records'::regclass
    LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', partition);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', partition);
        EXECUTE format('CREATE POLICY no_direct_access ON %s USING (false) WITH CHECK (false)', partition);
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
    EXECUTE format('CREATE POLICY no_direct_access ON public.%I USING (false) WITH CHECK (false)', partition_name);
    EXECUTE format('WITH moved AS (DELETE FROM public.daily_records_default WHERE date >= $1 AND date < $2 '
                   'RETURNING *) INSERT INTO public.%I SELECT * FROM moved', partition_name)
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
    INSERT INTO user_credentials AS c (user_id, organization_id, email_lower, active)
    VALUES (NEW.id, NEW.organization_id, lower(NEW.email), NEW.active)
    ON CONFLICT (user_id) DO UPDATE SET email_lower = EXCLUDED.email_lower, active = EXCLUDED.active
        WHERE c.organization_id = EXCLUDED.organization_id;
    IF NOT FOUND THEN
        -- Only possible if users_id_key were gone: never let one organization's row reach another's credentials.
        RAISE EXCEPTION 'user id already belongs to another organization' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT NEW.active THEN
        UPDATE sessions SET revoked_at = now()
        WHERE user_id = NEW.id AND organization_id = NEW.organization_id AND revoked_at IS NULL;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_sync_credentials AFTER INSERT OR UPDATE OF email, active ON users
    FOR EACH ROW EXECUTE FUNCTION sync_user_credentials();

-- Nobody changes their own role, rights, facilities or active flag, administrators included: an administrator may
-- give a colleague clinical rights (audited below), never herself.
CREATE FUNCTION guard_user_rights() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF NEW.id = app_user_id()
       AND (NEW.role, NEW.permissions, NEW.all_facilities, NEW.active)
           IS DISTINCT FROM (OLD.role, OLD.permissions, OLD.all_facilities, OLD.active) THEN
        RAISE EXCEPTION 'nobody may change their own role or rights'
            USING ERRCODE = 'insufficient_privilege', TABLE = 'users';
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION guard_user_rights() FROM PUBLIC;
CREATE TRIGGER users_guard_rights BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION guard_user_rights();

-- Every change to who a user is and what they may do goes to the audit log (which fields, never the values).
CREATE FUNCTION audit_user_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_TABLE_NAME = 'user_facilities' THEN
        IF TG_OP = 'INSERT' THEN
            PERFORM app_audit('user_facility_added', NEW.user_id, jsonb_build_object('facility_id', NEW.facility_id));
        ELSE
            PERFORM app_audit('user_facility_removed', OLD.user_id,
                              jsonb_build_object('facility_id', OLD.facility_id));
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM app_audit('user_changed', NEW.id, jsonb_build_object('created', true, 'role', NEW.role));
    ELSE
        PERFORM app_audit('user_changed', NEW.id,
                          jsonb_build_object('fields', ARRAY(
                              SELECT n.key FROM jsonb_each(to_jsonb(NEW)) AS n
                              WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key AND n.key <> 'updated_at'
                              ORDER BY n.key),
                              'role', NEW.role, 'permissions', NEW.permissions));
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION audit_user_change() FROM PUBLIC;
CREATE TRIGGER users_audit_change AFTER INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION audit_user_change();
CREATE TRIGGER user_facilities_audit_change AFTER INSERT OR DELETE ON user_facilities
    FOR EACH ROW EXECUTE FUNCTION audit_user_change();

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
    DELETE FROM sign_in_attempts
    WHERE email_key = (SELECT wcn_email_key(email_lower) FROM user_credentials WHERE user_id = target);
    PERFORM wcn_audit(organization_id, NULL, 'writecarenotes-admin', 'password_set', target, NULL)
    FROM user_credentials WHERE user_id = target;
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- Signing in and out. The password is only ever a parameter of these functions (the client sends it as a protocol
-- parameter, never inside statement text), and a wrong one is an answer, not an error, so no log keeps it.
-- ---------------------------------------------------------------------------------------------------------------------

-- One audit entry, also written to the server log (as JSON, so nothing typed can forge a line there): a rollback
-- takes back the row, never the log line. The owner's, as the only writer of the audit log; returns the entry's id.
CREATE FUNCTION wcn_audit(organization uuid, member uuid, place text, event text, subject uuid, details jsonb)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    entry bigint;
BEGIN
    INSERT INTO audit_log (organization_id, user_id, station, event, subject_id, details)
    VALUES (organization, member, place, event, subject, coalesce(details, '{}'))
    RETURNING id INTO entry;
    RAISE LOG 'writecarenotes audit %',
        jsonb_build_object('organization_id', organization, 'user_id', member, 'station', place, 'event', event,
                           'subject_id', subject, 'details', coalesce(details, '{}'));
    RETURN entry;
END
$$;

-- An audit entry for the signed-in user's session; nothing without a session.
CREATE FUNCTION app_audit(event text, subject uuid DEFAULT NULL, details jsonb DEFAULT '{}') RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    own sessions;
BEGIN
    SELECT * INTO own FROM app_current_session();
    IF own.user_id IS NOT NULL THEN
        PERFORM wcn_audit(own.organization_id, own.user_id, own.station, event, subject, details);
    END IF;
END
$$;

-- Signing in takes two calls, each in its own transaction, because anything written in a transaction that is then
-- rolled back never happened: a sign-in whose failure count and audit entry could be rolled back would allow
-- unlimited guessing, unrecorded. So app_begin_sign_in checks the password, counts the attempt, writes the audit
-- entry and keeps the outcome, revealing nothing: it returns only an attempt token. app_finish_sign_in(token) answers
-- once that transaction has committed, and only then.
-- Whatever the password, app_begin_sign_in writes the same rows (the attempt's counter row, one outcome, one audit
-- entry) and takes as long (a bcrypt check, made on a throwaway hash for an unknown email), so neither the time it
-- takes nor the statistics views tell a right password from a wrong one.
CREATE FUNCTION app_begin_sign_in(email text, password text, station text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    settings   system_settings;
    typed      text := lower(btrim(coalesce(email, '')));
    key        bytea := wcn_email_key(email);
    place      text := left(coalesce(NULLIF(btrim(station), ''), 'unknown station'), 200);
    attempt    sign_in_attempts;
    credential user_credentials;
    verified   boolean := false;
    outcome    text;
    failures   integer;
    until      timestamptz;
    rehash     text;
    token      text := encode(gen_random_bytes(32), 'hex');
BEGIN
    SELECT * INTO settings FROM system_settings;
    -- Concurrent guesses at one email are counted one after another: the attempt row stays locked until commit
    -- (a row lock: pg_locks shows no trace of the email, as an advisory lock's key would).
    INSERT INTO sign_in_attempts (email_key) VALUES (key) ON CONFLICT DO NOTHING;
    SELECT * INTO attempt FROM sign_in_attempts AS a WHERE a.email_key = key FOR UPDATE;
    SELECT * INTO credential FROM user_credentials AS c WHERE c.email_lower = typed;
    failures := attempt.failed_count;
    until := attempt.locked_until;

    IF attempt.locked_until > now() THEN
        outcome := 'locked';
    ELSE
        IF credential.user_id IS NOT NULL AND credential.active AND credential.password_hash IS NOT NULL THEN
            verified := crypt(coalesce(password, ''), credential.password_hash) = credential.password_hash;
        ELSE
            PERFORM crypt(coalesce(password, ''), gen_salt('bf', settings.password_hash_cost));
        END IF;
        IF verified THEN
            outcome := 'verified';
            -- The configured cost has risen since this hash was made: make it again while the password is at hand.
            IF substring(credential.password_hash FROM '^\$2[abxy]\$([0-9]{2})\$')::integer
               < settings.password_hash_cost THEN
                rehash := wcn_hash_password(password);
            END IF;
        ELSE
            failures := CASE WHEN attempt.locked_until IS NOT NULL THEN 1 ELSE attempt.failed_count + 1 END;
            until := CASE WHEN failures >= settings.max_failed_sign_ins
                          THEN now() + make_interval(mins => settings.lockout_minutes) END;
            outcome := CASE WHEN until IS NULL THEN 'invalid' ELSE 'locked' END;
        END IF;
    END IF;

    UPDATE sign_in_attempts AS a
    SET failed_count = failures, locked_until = until,
        last_failed_at = CASE WHEN outcome = 'verified' THEN a.last_failed_at ELSE now() END
    WHERE a.email_key = key;
    INSERT INTO sign_in_outcomes (attempt_hash, email_key, user_id, organization_id, station, result, locked_until,
                                  new_password_hash)
    VALUES (sha256(convert_to(token, 'UTF8')), key, CASE WHEN verified THEN credential.user_id END,
            CASE WHEN verified THEN credential.organization_id END, place, outcome, until, rehash);
    PERFORM wcn_audit(credential.organization_id, credential.user_id, place,
                      CASE WHEN verified THEN 'sign_in'
                           WHEN attempt.locked_until > now() THEN 'sign_in_refused_locked'
                           WHEN outcome = 'locked' THEN 'account_locked'
                           ELSE 'sign_in_failed' END,
                      NULL,
                      CASE WHEN verified THEN '{}'::jsonb
                           ELSE jsonb_build_object('failures', failures, 'locked_until', until) END);
    RETURN token;
END
$$;

-- result: 'signed_in'; 'change_password' (signed in, but only to change the password an administrator set);
-- 'invalid' (no such email, wrong password, a deactivated account, or an attempt token that is unknown, used or
-- more than five minutes old: never saying which); 'locked' (until locked_until, after too many failures for this
-- email, whether or not an account has it); 'not_committed' (asked in the transaction that began it: nothing is
-- revealed, and the attempt is spent).
CREATE FUNCTION app_finish_sign_in(attempt text, OUT result text, OUT session_token text,
                                   OUT locked_until timestamptz)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    settings   system_settings;
    outcome    sign_in_outcomes;
    credential user_credentials;
    token      text;
BEGIN
    SELECT * INTO settings FROM system_settings;
    DELETE FROM sign_in_outcomes AS o WHERE o.attempt_hash = sha256(convert_to(coalesce(attempt, ''), 'UTF8'))
    RETURNING * INTO outcome;
    -- Old outcomes and lapsed counts are tidied away here, after the answer, where their number tells nothing.
    DELETE FROM sign_in_outcomes AS o WHERE o.created_at < clock_timestamp() - interval '5 minutes';
    DELETE FROM sign_in_attempts AS a
    WHERE a.last_failed_at < now() - interval '1 day' AND (a.locked_until IS NULL OR a.locked_until < now());
    DELETE FROM sessions AS s WHERE s.expires_at < now() - interval '1 day';

    IF outcome.attempt_hash IS NULL OR outcome.created_at < clock_timestamp() - interval '5 minutes' THEN
        result := 'invalid';
        RETURN;
    END IF;
    IF pg_xact_status(outcome.transaction_id) IS DISTINCT FROM 'committed' THEN
        result := 'not_committed';
        RETURN;
    END IF;
    IF outcome.result <> 'verified' THEN
        result := outcome.result;
        locked_until := outcome.locked_until;
        RETURN;
    END IF;
    SELECT * INTO credential FROM user_credentials AS c
    WHERE c.user_id = outcome.user_id AND c.organization_id = outcome.organization_id AND c.active;
    IF NOT FOUND THEN
        result := 'invalid';
        RETURN;
    END IF;

    DELETE FROM sign_in_attempts AS a WHERE a.email_key = outcome.email_key;
    token := encode(gen_random_bytes(32), 'hex');
    INSERT INTO sessions (token_hash, user_id, organization_id, station, expires_at, password_change_only)
    VALUES (sha256(convert_to(token, 'UTF8')), credential.user_id, credential.organization_id, outcome.station,
            now() + make_interval(hours => settings.session_absolute_hours), credential.must_change_password);
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

-- Attaches a session to this connection (and this connection to that session alone). The token travels as a
-- parameter (never statement text, which other sessions of the same role can read in pg_stat_activity). Returns
-- whether it is a valid, full session.
CREATE FUNCTION app_use_session(token text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    chosen bytea := sha256(convert_to(coalesce(token, ''), 'UTF8'));
BEGIN
    UPDATE sessions AS s SET backend_pids = array_remove(s.backend_pids, pg_backend_pid())
    WHERE pg_backend_pid() = ANY (s.backend_pids) AND s.token_hash <> chosen;
    -- Connections that have since closed are dropped from the list as it grows.
    UPDATE sessions AS s
    SET backend_pids = ARRAY(SELECT DISTINCT p FROM unnest(s.backend_pids || pg_backend_pid()) AS p
                             WHERE p IN (SELECT a.pid FROM pg_stat_activity AS a) ORDER BY 1)
    WHERE s.token_hash = chosen AND s.revoked_at IS NULL AND s.expires_at > now();
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
    UPDATE sessions SET revoked_at = now(), backend_pids = '{}'
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
    SELECT * INTO credential FROM user_credentials
    WHERE user_id = own.user_id AND organization_id = own.organization_id;
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
    WHERE user_id = own.user_id AND organization_id = own.organization_id;
    -- Other sessions of this user end; this one becomes a full session.
    UPDATE sessions SET revoked_at = now()
    WHERE user_id = own.user_id AND token_hash <> own.token_hash AND revoked_at IS NULL;
    UPDATE sessions SET password_change_only = false, last_seen_at = now() WHERE token_hash = own.token_hash;
    PERFORM wcn_audit(own.organization_id, own.user_id, own.station, 'password_changed', NULL, NULL);
    RETURN 'changed';
END
$$;

-- An administrator (users.manage) sets another user's password, to be changed at their next sign-in.
-- result: 'set', 'too_short', 'too_common', 'not_allowed' (no such user in the caller's organization, the caller
-- themselves (who changes their own password with app_change_password), or no right).
CREATE FUNCTION app_set_user_password(target uuid, new_password text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
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
    DELETE FROM sign_in_attempts
    WHERE email_key = (SELECT wcn_email_key(email_lower) FROM user_credentials
                       WHERE user_id = target AND organization_id = organization);
    PERFORM app_audit('password_set', target);
    RETURN 'set';
END
$$;

-- The key for the signed-in user's drafts on a station (AES-256-GCM there): only their own session gets it, so
-- another user signing in at the same station cannot open them. Made from the user's seed and the master key (where
-- one is set up), so a pg_dump does not hold it. NULL without a full session.
CREATE FUNCTION app_draft_key() RETURNS bytea
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT hmac(c.draft_key_seed, convert_to(coalesce(wcn_master_key_if_set(), ''), 'UTF8'), 'sha256')
    FROM user_credentials AS c
    WHERE c.user_id = app_user_id() AND c.organization_id = app_organization_id()
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
-- Medical notes and details: read and written only through these functions, which check the caller's rights.
-- ---------------------------------------------------------------------------------------------------------------------
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

-- Reading medical notes or details takes two calls, for the reason signing in does: a read whose audit entry could
-- be rolled back would leave no trace. app_request_medical_access(resident, 'notes' | 'details') writes the audit
-- entry and returns its id; app_read_medical_notes / _details(resident, that id) answer only once it is committed,
-- for the same user and resident, for ten minutes. Both refuse with insufficient_privilege a user without
-- medical.read or a resident the user may not see.
CREATE FUNCTION app_request_medical_access(resident uuid, what text) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    own sessions;
BEGIN
    IF what IS NULL OR what NOT IN ('notes', 'details') THEN
        RAISE EXCEPTION 'what must be notes or details' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT app_can('medical.read')
       OR NOT EXISTS (SELECT 1 FROM residents WHERE organization_id = app_organization_id() AND id = resident) THEN
        RAISE EXCEPTION 'not allowed to read medical records' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO own FROM app_current_session();
    RETURN wcn_audit(own.organization_id, own.user_id, own.station,
                     CASE what WHEN 'notes' THEN 'medical_notes_read' ELSE 'medical_details_read' END, resident, NULL);
END
$$;

-- Whether an audit entry of this user's, about this resident, is committed and recent. Owned by wcn_owner, which
-- may read the whole audit log (a nurse may not); answers only yes or no.
CREATE FUNCTION wcn_access_granted(entry bigint, resident uuid, event text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT EXISTS (
        SELECT 1 FROM audit_log AS a
        WHERE a.id = entry AND a.subject_id = resident AND a.event = wcn_access_granted.event
          AND a.organization_id = app_organization_id() AND a.user_id = app_user_id()
          AND a.occurred_at > clock_timestamp() - interval '10 minutes'
          AND pg_xact_status(a.transaction_id) = 'committed')
$$;

-- The resident's medical notes, decrypted; NULL when there are none.
CREATE FUNCTION app_read_medical_notes(resident uuid, access bigint) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
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
CREATE FUNCTION app_read_medical_details(resident uuid, access bigint) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    details jsonb;
BEGIN
    IF NOT app_can('medical.read')
       OR NOT coalesce(wcn_access_granted(access, resident, 'medical_details_read'), false) THEN
        RAISE EXCEPTION 'not allowed to read medical details' USING ERRCODE = 'insufficient_privilege',
            HINT = 'call app_request_medical_access first, and commit';
    END IF;
    SELECT medical_details INTO details FROM residents WHERE organization_id = app_organization_id() AND id = resident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not allowed to read medical details' USING ERRCODE = 'insufficient_privilege';
    END IF;
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
    PERFORM wcn_audit(organization, NULL, 'writecarenotes-admin', 'keys_rotated', NULL,
                      jsonb_build_object('version', newest));
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
-- The functions stations call run as wcn_functions: under row-level security, scoped by the caller's session, with
-- the table rights they need. Those that need the owner's powers (reading the master key file, the whole audit log,
-- maintaining partitions, the administrator's commands) stay with wcn_owner and hand stations nothing but their
-- answer.
-- ---------------------------------------------------------------------------------------------------------------------
SELECT wcn_hand_over(f::regprocedure) FROM unnest(ARRAY[
    'app_current_session()', 'app_user_id()', 'app_organization_id()', 'app_capabilities()', 'app_can(text)',
    'app_all_facilities()', 'app_facility_ids()', 'app_password_problem(text)', 'app_audit(text, uuid, jsonb)',
    'app_begin_sign_in(text, text, text)', 'app_finish_sign_in(text)', 'app_use_session(text)', 'app_touch_session()',
    'app_sign_out()', 'app_session_info()', 'app_change_password(text, text)', 'app_set_user_password(uuid, text)',
    'app_draft_key()', 'app_record_resident_opened(uuid)', 'app_request_medical_access(uuid, text)',
    'app_read_medical_notes(uuid, bigint)', 'app_write_medical_notes(uuid, text)',
    'app_read_medical_details(uuid, bigint)', 'app_write_medical_details(uuid, jsonb)', 'sync_user_credentials()',
    'audit_user_change()'
]) AS f;

GRANT SELECT ON system_settings, common_passwords, organizations, facilities, users, user_facilities, residents,
    care_plans TO wcn_functions;
GRANT SELECT, INSERT, UPDATE, DELETE ON user_credentials, sessions, sign_in_attempts, sign_in_outcomes
    TO wcn_functions;
GRANT UPDATE ON residents TO wcn_functions;

-- ---------------------------------------------------------------------------------------------------------------------
-- What stations may do. Rows are then filtered by the policies above; nothing is granted on partitions, on the
-- system tables (settings, credentials, attempts, outcomes, sessions, keys, common passwords) or on admin_* and
-- wcn_* functions. No station chooses a row's id (ids come back with RETURNING), nor changes an author, a row's
-- organization or its creation time.
-- ---------------------------------------------------------------------------------------------------------------------
GRANT SELECT ON schema_versions TO wcn_app;
GRANT SELECT ON organizations, facilities, users, user_facilities, care_plans, assessments, daily_records, audits,
    incidents, audit_log TO wcn_app;
GRANT UPDATE (name, registration_number, address, contact_details, settings) ON organizations TO wcn_app;
GRANT INSERT (organization_id, name, type, capacity, address, contact_details, registration_details),
      UPDATE (name, type, capacity, address, contact_details, registration_details)
    ON facilities TO wcn_app;
GRANT INSERT (organization_id, email, first_name, last_name, role, permissions, settings, active, all_facilities),
      UPDATE (email, first_name, last_name, role, permissions, settings, active, all_facilities)
    ON users TO wcn_app;
GRANT INSERT, DELETE ON user_facilities TO wcn_app;
-- Not the medical columns: those go through the functions above, which check medical.read / medical.write.
GRANT SELECT (id, organization_id, facility_id, first_name, last_name, date_of_birth, nhs_number, room_number,
              admission_date, discharge_date, status, contact_details, preferences, created_at, updated_at),
      INSERT (organization_id, facility_id, first_name, last_name, date_of_birth, nhs_number, room_number,
              admission_date, discharge_date, status, contact_details, preferences),
      UPDATE (facility_id, first_name, last_name, date_of_birth, nhs_number, room_number, admission_date,
              discharge_date, status, contact_details, preferences)
    ON residents TO wcn_app;
GRANT INSERT (organization_id, resident_id, type, status, start_date, review_date, details, created_by),
      UPDATE (type, status, start_date, review_date, details)
    ON care_plans TO wcn_app;
GRANT INSERT ON assessments, daily_records TO wcn_app;
GRANT INSERT (organization_id, facility_id, type, date, auditor, findings, score, action_plan),
      UPDATE (type, date, findings, score, action_plan)
    ON audits TO wcn_app;
GRANT INSERT (organization_id, facility_id, resident_id, type, date, details, reported_by),
      UPDATE (type, date, details, actions_taken)
    ON incidents TO wcn_app;

GRANT EXECUTE ON FUNCTION
    app_user_id(), app_organization_id(), app_role_capabilities(text), app_all_capabilities(), permissions_valid(jsonb),
    app_capabilities(), app_can(text), app_all_facilities(), app_facility_ids(), app_password_problem(text),
    app_begin_sign_in(text, text, text), app_finish_sign_in(text), app_use_session(text), app_touch_session(),
    app_sign_out(), app_session_info(), app_change_password(text, text), app_set_user_password(uuid, text),
    app_draft_key(), app_record_resident_opened(uuid), app_request_medical_access(uuid, text),
    app_read_medical_notes(uuid, bigint), app_write_medical_notes(uuid, text),
    app_read_medical_details(uuid, bigint), app_write_medical_details(uuid, jsonb),
    ensure_daily_record_partitions(integer)
TO wcn_app;
