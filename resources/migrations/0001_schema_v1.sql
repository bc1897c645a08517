-- Description: Schema v1: organizations, facilities, users, residents, care plans, assessments, daily records, audits and incidents
--
-- The tables, indexes and view of the original design (../shared/reference/database-schema.md), with its intent kept
-- and its mistakes corrected. Each correction is noted where it is made; in short:
--   * every tenant-owned table carries organization_id NOT NULL and every foreign key between tenant tables includes
--     it, so no row can point at another organization's row (the document's residents and care plans had no
--     organization at all, and their isolation hung on a per-row subquery);
--   * primary keys are (organization_id, id) so the schema can later be distributed by organization_id (Citus
--     requires the distribution column in every primary and unique key);
--   * ids default to gen_random_uuid() (the document's had no default), times are timestamptz kept by the database;
--   * NOT NULL, CHECK and UNIQUE constraints where the data demands them, each named so the application can turn a
--     violation into a plain-English message;
--   * daily_records is range-partitioned by month (the document's "CREATE TABLE ... OF daily_records PARTITION BY"
--     is not valid PostgreSQL: a typed table cannot be made from a table, and a table cannot be partitioned after
--     the fact);
--   * schema_versions is created by the migrator itself (it must exist before any migration can be recorded) with an
--     integer version and a checksum.
-- Row-level security and roles are the subject of the next migration: the document's policy trusts a setting any
-- client can change, so it is not copied here.
--
-- This file is applied once, in one transaction, by models/Migrator.cpp. Never edit it after release: the migrator
-- refuses a database whose applied migration's checksum differs. Write a new migration instead.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- SECURITY DEFINER functions below search public; that is safe only while nobody else can create objects there.
-- PostgreSQL 15 no longer lets PUBLIC create in public, but a database carried over from an older release still may.
DO $$
BEGIN
    IF has_schema_privilege('public', 'public', 'CREATE') THEN
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- Times kept by the database. The document declared created_at/updated_at with DEFAULT now() only, so a client could
-- send any value and updated_at never moved. Here the server stamps both: created_at when the row arrives (a client
-- cannot backdate an entry) and never again, updated_at on every change. pg_dump restores are unaffected: it creates
-- triggers after loading the data.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION stamp_row_times() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_at := now();
    ELSE
        NEW.created_at := OLD.created_at;
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION stamp_row_times() FROM PUBLIC;

-- NHS number Modulus 11 check (NHS Data Dictionary, "NHS Number"): digits 1-9 weighted 10 down to 2, the sum's
-- remainder mod 11 subtracted from 11; 11 means a check digit of 0 and 10 means the number is invalid.
-- NULL for anything that is not ten digits, so that only residents_nhs_number_format_check reports those.
CREATE FUNCTION nhs_number_check_digit_valid(nhs_number text) RETURNS boolean
    LANGUAGE sql
    IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN nhs_number !~ '^[0-9]{10}$' THEN NULL
        ELSE (
            SELECT CASE WHEN 11 - total % 11 = 11 THEN 0 ELSE 11 - total % 11 END = substr(nhs_number, 10, 1)::integer
                   AND 11 - total % 11 <> 10
            FROM (SELECT sum(substr(nhs_number, i, 1)::integer * (11 - i)) AS total
                  FROM generate_series(1, 9) AS i) AS weighted)
    END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- organizations: the tenant itself.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE organizations (
    id                  uuid         NOT NULL DEFAULT gen_random_uuid(),
    name                varchar(255) NOT NULL,
    registration_number varchar(50),
    address             jsonb        NOT NULL DEFAULT '{}',
    contact_details     jsonb        NOT NULL DEFAULT '{}',
    settings            jsonb        NOT NULL DEFAULT '{}',
    subscription_tier   varchar(50),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT organizations_pkey PRIMARY KEY (id),
    CONSTRAINT organizations_name_check CHECK (btrim(name) <> ''),
    CONSTRAINT organizations_address_object_check CHECK (jsonb_typeof(address) = 'object'),
    CONSTRAINT organizations_contact_details_object_check CHECK (jsonb_typeof(contact_details) = 'object'),
    CONSTRAINT organizations_settings_object_check CHECK (jsonb_typeof(settings) = 'object')
);

-- ---------------------------------------------------------------------------------------------------------------------
-- facilities: the care homes of an organization.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE facilities (
    id                   uuid         NOT NULL DEFAULT gen_random_uuid(),
    organization_id      uuid         NOT NULL,
    name                 varchar(255) NOT NULL,
    type                 varchar(50)  NOT NULL DEFAULT 'residential',
    capacity             integer,
    address              jsonb        NOT NULL DEFAULT '{}',
    contact_details      jsonb        NOT NULL DEFAULT '{}',
    registration_details jsonb        NOT NULL DEFAULT '{}',
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT facilities_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT facilities_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT facilities_name_check CHECK (btrim(name) <> ''),
    CONSTRAINT facilities_name_key UNIQUE (organization_id, name),
    CONSTRAINT facilities_type_check CHECK (type IN ('residential', 'nursing', 'dual_registered', 'specialist_dementia',
                                                     'respite', 'supported_living', 'other')),
    CONSTRAINT facilities_capacity_check CHECK (capacity BETWEEN 1 AND 1000),
    CONSTRAINT facilities_address_object_check CHECK (jsonb_typeof(address) = 'object'),
    CONSTRAINT facilities_contact_details_object_check CHECK (jsonb_typeof(contact_details) = 'object'),
    CONSTRAINT facilities_registration_details_object_check CHECK (jsonb_typeof(registration_details) = 'object')
);

-- ---------------------------------------------------------------------------------------------------------------------
-- users: the people who sign in. The document's organization_id was nullable and its email unique only as typed
-- (Alice@Home and alice@home were two accounts).
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE users (
    id              uuid         NOT NULL DEFAULT gen_random_uuid(),
    organization_id uuid         NOT NULL,
    email           varchar(255) NOT NULL,
    password_hash   varchar(255),
    first_name      varchar(100) NOT NULL,
    last_name       varchar(100) NOT NULL,
    role            varchar(50)  NOT NULL,
    permissions     jsonb        NOT NULL DEFAULT '{}',
    settings        jsonb        NOT NULL DEFAULT '{}',
    last_login      timestamptz,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT users_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT users_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT users_email_check CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT users_first_name_check CHECK (btrim(first_name) <> ''),
    CONSTRAINT users_last_name_check CHECK (btrim(last_name) <> ''),
    CONSTRAINT users_role_check CHECK (role IN ('carer', 'nurse', 'manager', 'admin')),
    CONSTRAINT users_permissions_object_check CHECK (jsonb_typeof(permissions) = 'object'),
    CONSTRAINT users_settings_object_check CHECK (jsonb_typeof(settings) = 'object')
);
-- Replaces the document's idx_users_email and its UNIQUE (email): one index both enforces uniqueness ignoring case
-- and serves the sign-in lookup by lower(email). Sign-in knows an email, not an organization, so this one key is
-- global; if the schema is ever distributed, users becomes a reference table.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- ---------------------------------------------------------------------------------------------------------------------
-- residents. The document had no organization_id (isolation needed a subquery per row) and no constraints at all.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE residents (
    id                      uuid         NOT NULL DEFAULT gen_random_uuid(),
    organization_id         uuid         NOT NULL,
    facility_id             uuid         NOT NULL,
    first_name              varchar(100) NOT NULL,
    last_name               varchar(100) NOT NULL,
    date_of_birth           date         NOT NULL,
    -- text rather than the document's varchar(50): an NHS number typed with spaces or too many digits then meets the
    -- named format check, not an anonymous "value too long" error that cannot say which field was wrong.
    nhs_number              text,
    room_number             varchar(50),
    admission_date          date         NOT NULL,
    discharge_date          date,
    status                  varchar(50)  NOT NULL DEFAULT 'admitted',
    medical_details         jsonb        NOT NULL DEFAULT '{}',
    contact_details         jsonb        NOT NULL DEFAULT '{}',
    preferences             jsonb        NOT NULL DEFAULT '{}',
    -- Written and read only through the encryption functions of the security migration.
    encrypted_medical_notes bytea,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT residents_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT residents_facility_fkey FOREIGN KEY (organization_id, facility_id)
        REFERENCES facilities (organization_id, id),
    CONSTRAINT residents_first_name_check CHECK (btrim(first_name) <> ''),
    CONSTRAINT residents_last_name_check CHECK (btrim(last_name) <> ''),
    CONSTRAINT residents_nhs_number_format_check CHECK (nhs_number ~ '^[0-9]{10}$'),
    CONSTRAINT residents_nhs_number_checksum_check CHECK (nhs_number_check_digit_valid(nhs_number)),
    -- Also replaces the document's idx_residents_nhs: the unique index serves the lookup.
    CONSTRAINT residents_nhs_number_key UNIQUE (organization_id, nhs_number),
    CONSTRAINT residents_status_check CHECK (status IN ('admitted', 'in_hospital', 'discharged', 'deceased')),
    CONSTRAINT residents_birth_before_admission_check CHECK (date_of_birth <= admission_date),
    CONSTRAINT residents_discharge_after_admission_check CHECK (discharge_date >= admission_date),
    CONSTRAINT residents_discharge_status_check CHECK ((discharge_date IS NOT NULL) = (status IN ('discharged', 'deceased'))),
    CONSTRAINT residents_medical_details_object_check CHECK (jsonb_typeof(medical_details) = 'object'),
    CONSTRAINT residents_contact_details_object_check CHECK (jsonb_typeof(contact_details) = 'object'),
    CONSTRAINT residents_preferences_object_check CHECK (jsonb_typeof(preferences) = 'object')
);
-- The document's idx_residents_facility, led by organization_id so it also serves the composite foreign key.
CREATE INDEX idx_residents_facility ON residents (organization_id, facility_id, status);
-- Replaces the document's idx_residents_name (first_name, last_name), which cannot serve a search by surname and
-- whose LIKE prefix search loses the index under row-level security. Lower-cased text_pattern_ops indexes serve the
-- leakproof starts-with operator (^@) per name; the residents issue refines the search key (accents).
CREATE INDEX idx_residents_last_name ON residents (organization_id, lower(last_name) text_pattern_ops);
CREATE INDEX idx_residents_first_name ON residents (organization_id, lower(first_name) text_pattern_ops);
CREATE INDEX idx_residents_room ON residents (organization_id, facility_id, room_number);

-- ---------------------------------------------------------------------------------------------------------------------
-- care_plans
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE care_plans (
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    organization_id uuid        NOT NULL,
    resident_id     uuid        NOT NULL,
    type            varchar(50) NOT NULL,
    status          varchar(50) NOT NULL DEFAULT 'draft',
    start_date      date        NOT NULL,
    review_date     date,
    details         jsonb       NOT NULL DEFAULT '{}',
    created_by      uuid        NOT NULL,
    updated_by      uuid,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT care_plans_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT care_plans_resident_fkey FOREIGN KEY (organization_id, resident_id)
        REFERENCES residents (organization_id, id),
    CONSTRAINT care_plans_created_by_fkey FOREIGN KEY (organization_id, created_by) REFERENCES users (organization_id, id),
    CONSTRAINT care_plans_updated_by_fkey FOREIGN KEY (organization_id, updated_by) REFERENCES users (organization_id, id),
    CONSTRAINT care_plans_type_check CHECK (type IN ('personal_care', 'eating_drinking', 'mobility_falls',
                                                     'skin_integrity', 'continence', 'medication', 'communication',
                                                     'mental_capacity_dols', 'end_of_life', 'social_wellbeing',
                                                     'other')),
    CONSTRAINT care_plans_status_check CHECK (status IN ('draft', 'active', 'under_review', 'archived')),
    CONSTRAINT care_plans_review_after_start_check CHECK (review_date >= start_date),
    CONSTRAINT care_plans_review_date_required_check CHECK (status NOT IN ('active', 'under_review')
                                                           OR review_date IS NOT NULL),
    CONSTRAINT care_plans_details_object_check CHECK (jsonb_typeof(details) = 'object')
);
-- The document's idx_care_plans_resident, led by organization_id to serve the composite foreign key.
CREATE INDEX idx_care_plans_resident ON care_plans (organization_id, resident_id);
-- Not in the document: the "reviews due" list reads live plans by review date.
CREATE INDEX idx_care_plans_review_due ON care_plans (organization_id, review_date)
    WHERE status IN ('active', 'under_review');

-- ---------------------------------------------------------------------------------------------------------------------
-- assessments
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE assessments (
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    organization_id uuid        NOT NULL,
    resident_id     uuid        NOT NULL,
    type            varchar(50) NOT NULL,
    date            date        NOT NULL,
    findings        jsonb       NOT NULL DEFAULT '{}',
    recommendations jsonb       NOT NULL DEFAULT '{}',
    created_by      uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT assessments_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT assessments_resident_fkey FOREIGN KEY (organization_id, resident_id)
        REFERENCES residents (organization_id, id),
    CONSTRAINT assessments_created_by_fkey FOREIGN KEY (organization_id, created_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT assessments_type_check CHECK (type IN ('must', 'waterlow', 'falls', 'abbey_pain', 'barthel', 'news2')),
    CONSTRAINT assessments_findings_object_check CHECK (jsonb_typeof(findings) = 'object'),
    CONSTRAINT assessments_recommendations_object_check CHECK (jsonb_typeof(recommendations) = 'object')
);
-- Not in the document: a resident's assessments by date (their history and what is due).
CREATE INDEX idx_assessments_resident_date ON assessments (organization_id, resident_id, type, date);

-- ---------------------------------------------------------------------------------------------------------------------
-- daily_records: the shift notes, range-partitioned by month on date. The primary key includes the partition key, as
-- PostgreSQL requires. Rows whose month has no partition yet land in daily_records_default, never refused;
-- ensure_daily_record_partitions() later moves them into their own month's partition.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE daily_records (
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    organization_id uuid        NOT NULL,
    resident_id     uuid        NOT NULL,
    date            date        NOT NULL,
    shift           varchar(50) NOT NULL,
    care_delivered  jsonb       NOT NULL DEFAULT '{}',
    observations    jsonb       NOT NULL DEFAULT '{}',
    created_by      uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT daily_records_pkey PRIMARY KEY (organization_id, id, date),
    CONSTRAINT daily_records_resident_fkey FOREIGN KEY (organization_id, resident_id)
        REFERENCES residents (organization_id, id),
    CONSTRAINT daily_records_created_by_fkey FOREIGN KEY (organization_id, created_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT daily_records_shift_check CHECK (shift IN ('early', 'late', 'day', 'night')),
    -- A plausible date of care. Beyond keeping out typing slips, it keeps every row's month nameable and
    -- partitionable: one note dated 'infinity', BC or in year 300000 would otherwise stop partition maintenance.
    CONSTRAINT daily_records_date_check CHECK (date BETWEEN '1900-01-01' AND '2199-12-31'),
    CONSTRAINT daily_records_care_delivered_object_check CHECK (jsonb_typeof(care_delivered) = 'object'),
    CONSTRAINT daily_records_observations_object_check CHECK (jsonb_typeof(observations) = 'object')
) PARTITION BY RANGE (date);
-- The document's idx_daily_records_resident_date, led by organization_id (composite foreign key, and every query is
-- within one organization). Created on the parent, so every partition gets its own copy.
CREATE INDEX idx_daily_records_resident_date ON daily_records (organization_id, resident_id, date);

CREATE TABLE daily_records_default PARTITION OF daily_records DEFAULT;

-- The document set its autovacuum thresholds on daily_records itself. PostgreSQL refuses that on a partitioned table
-- ("unrecognized parameter"), and the parent holds no rows to vacuum anyway: the settings belong on each partition,
-- and are applied to each one as it is made.
CREATE FUNCTION apply_daily_record_storage_settings(partition regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s SET (autovacuum_vacuum_threshold = 1000, autovacuum_analyze_threshold = 1000, '
                   'autovacuum_vacuum_scale_factor = 0.2)', partition);
END
$$;
REVOKE EXECUTE ON FUNCTION apply_daily_record_storage_settings(regclass) FROM PUBLIC;
SELECT apply_daily_record_storage_settings('daily_records_default');

-- Creates the partition for the month containing month_start unless it exists; returns whether it created one.
-- Rows already waiting for that month in the default partition are moved into it in the same transaction: a new
-- partition cannot be attached while the default partition holds rows of its range, and nothing may be lost.
-- The new table is filled before it is attached, so no row trigger fires on the moved rows (their created_at and
-- updated_at stay as written).
CREATE FUNCTION create_daily_record_partition(month_start date) RETURNS boolean
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

-- Maintenance, called by the application at start and daily, and by "writecarenotes-admin maintain": partitions for
-- the previous month, this month and months_ahead months ahead (at least three), and for every month that has rows
-- waiting in the default partition (past data, or dates far ahead). Returns how many partitions it created.
-- SECURITY DEFINER so that a station, which may not create tables, can still keep partitions ahead; the search_path
-- is pinned and EXECUTE is revoked from PUBLIC, to be granted to the application's roles only.
-- lock_timeout: a long report holding the default partition must make maintenance give up (and try again later),
-- never make it queue, with every note written meanwhile queueing behind it.
CREATE FUNCTION ensure_daily_record_partitions(months_ahead integer DEFAULT 3) RETURNS integer
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET lock_timeout = '5s'
AS $$
DECLARE
    created     integer := 0;
    month_start date;
BEGIN
    IF months_ahead IS NULL OR months_ahead NOT BETWEEN 3 AND 36 THEN
        RAISE EXCEPTION 'months_ahead must be between 3 and 36, not %', months_ahead
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Two stations starting at once must not both try to create the same partition.
    PERFORM pg_advisory_xact_lock(hashtext('writecarenotes.daily_records.partitions'));
    FOR month_start IN
        SELECT DISTINCT date_trunc('month', d.date)::date FROM public.daily_records_default AS d
        UNION
        SELECT generate_series(date_trunc('month', current_date) - interval '1 month',
                               date_trunc('month', current_date) + make_interval(months => months_ahead),
                               interval '1 month')::date
        ORDER BY 1
    LOOP
        IF create_daily_record_partition(month_start) THEN
            created := created + 1;
        END IF;
    END LOOP;
    RETURN created;
END
$$;
REVOKE EXECUTE ON FUNCTION ensure_daily_record_partitions(integer) FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------------------------------
-- audits. The document's score was an unbounded DECIMAL.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE audits (
    id              uuid         NOT NULL DEFAULT gen_random_uuid(),
    organization_id uuid         NOT NULL,
    facility_id     uuid         NOT NULL,
    type            varchar(50)  NOT NULL,
    date            date         NOT NULL,
    auditor         uuid         NOT NULL,
    findings        jsonb        NOT NULL DEFAULT '{}',
    score           numeric(5,2),
    action_plan     jsonb        NOT NULL DEFAULT '{}',
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT audits_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT audits_facility_fkey FOREIGN KEY (organization_id, facility_id)
        REFERENCES facilities (organization_id, id),
    CONSTRAINT audits_auditor_fkey FOREIGN KEY (organization_id, auditor) REFERENCES users (organization_id, id),
    CONSTRAINT audits_type_check CHECK (type IN ('medication', 'infection_control', 'care_plans', 'health_and_safety',
                                                 'falls', 'nutrition', 'dignity', 'environment', 'records', 'other')),
    CONSTRAINT audits_score_check CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT audits_findings_object_check CHECK (jsonb_typeof(findings) = 'object'),
    CONSTRAINT audits_action_plan_object_check CHECK (jsonb_typeof(action_plan) = 'object')
);
-- The document's idx_audits_facility_date, led by organization_id.
CREATE INDEX idx_audits_facility_date ON audits (organization_id, facility_id, date);

-- ---------------------------------------------------------------------------------------------------------------------
-- incidents. resident_id stays optional (an incident need not involve a resident); when given, the composite key
-- keeps it within the incident's organization.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE incidents (
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    organization_id uuid        NOT NULL,
    facility_id     uuid        NOT NULL,
    resident_id     uuid,
    type            varchar(50) NOT NULL,
    date            timestamptz NOT NULL,
    details         jsonb       NOT NULL DEFAULT '{}',
    actions_taken   jsonb       NOT NULL DEFAULT '{}',
    reported_by     uuid        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT incidents_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT incidents_facility_fkey FOREIGN KEY (organization_id, facility_id)
        REFERENCES facilities (organization_id, id),
    CONSTRAINT incidents_resident_fkey FOREIGN KEY (organization_id, resident_id)
        REFERENCES residents (organization_id, id),
    CONSTRAINT incidents_reported_by_fkey FOREIGN KEY (organization_id, reported_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT incidents_type_check CHECK (type IN ('fall', 'medication_error', 'pressure_ulcer', 'skin_tear',
                                                    'safeguarding', 'behaviour', 'injury', 'infection', 'choking',
                                                    'missing_person', 'near_miss', 'death', 'complaint', 'other')),
    CONSTRAINT incidents_details_object_check CHECK (jsonb_typeof(details) = 'object'),
    CONSTRAINT incidents_actions_taken_object_check CHECK (jsonb_typeof(actions_taken) = 'object')
);
-- Not in the document: a facility's incidents by time, and a resident's.
CREATE INDEX idx_incidents_facility_date ON incidents (organization_id, facility_id, date);
CREATE INDEX idx_incidents_resident_date ON incidents (organization_id, resident_id, date) WHERE resident_id IS NOT NULL;

-- Indexes the document does not list and this schema deliberately leaves out: the created_by / updated_by / auditor /
-- reported_by foreign keys to users have none, because users are never deleted (they are deactivated) and so no
-- lookup from a user to their entries runs through those keys on a hot path.

-- ---------------------------------------------------------------------------------------------------------------------
-- Times kept by the database on every table.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TRIGGER organizations_stamp_row_times BEFORE INSERT OR UPDATE ON organizations
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();
CREATE TRIGGER facilities_stamp_row_times BEFORE INSERT OR UPDATE ON facilities
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();
CREATE TRIGGER users_stamp_row_times BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();
CREATE TRIGGER residents_stamp_row_times BEFORE INSERT OR UPDATE ON residents
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();
CREATE TRIGGER care_plans_stamp_row_times BEFORE INSERT OR UPDATE ON care_plans
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();
CREATE TRIGGER assessments_stamp_row_times BEFORE INSERT OR UPDATE ON assessments
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();
-- On the partitioned parent: PostgreSQL clones it onto every partition, present and future.
CREATE TRIGGER daily_records_stamp_row_times BEFORE INSERT OR UPDATE ON daily_records
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();

-- A note's date never changes. Moving a row to another month's partition is a delete and an insert, and the insert
-- would stamp a new created_at, losing when the note was really written; a wrong date is corrected by a new entry.
CREATE FUNCTION refuse_daily_record_date_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.date IS DISTINCT FROM OLD.date THEN
        RAISE EXCEPTION 'the date of a daily record cannot be changed'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_date_unchanged_check',
                  TABLE = 'daily_records', COLUMN = 'date';
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_daily_record_date_change() FROM PUBLIC;
CREATE TRIGGER daily_records_date_unchanged BEFORE UPDATE OF date ON daily_records
    FOR EACH ROW EXECUTE FUNCTION refuse_daily_record_date_change();
CREATE TRIGGER audits_stamp_row_times BEFORE INSERT OR UPDATE ON audits
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();
CREATE TRIGGER incidents_stamp_row_times BEFORE INSERT OR UPDATE ON incidents
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();

-- ---------------------------------------------------------------------------------------------------------------------
-- Monitoring: the document's view, with the analyze times beside the vacuum times (both decide query plans).
-- ---------------------------------------------------------------------------------------------------------------------
CREATE VIEW performance_metrics AS
SELECT schemaname,
       relname,
       n_live_tup,
       n_dead_tup,
       last_vacuum,
       last_autovacuum,
       last_analyze,
       last_autoanalyze
FROM pg_stat_user_tables;

-- The document's backup settings (ALTER SYSTEM SET archive_mode ...) are server configuration, not schema: ALTER
-- SYSTEM cannot run inside a transaction, and the archive location belongs to whoever runs the server. See README.md.

SELECT ensure_daily_record_partitions(3);
