-- Description: Plans that fit the data: assessment_schedule() says it returns six rows, the row-level security helpers keep their plans, the note, assessment and care plan policies look each resident up by key, a note's id and its one correction are claimed in a key table instead of behind 256 shared locks
--
-- Issue 15. Measured as a signed-in station on 240 residents and 263,000 notes (2 cores, PostgreSQL 15): the shift
-- board's residents took 500 ms, of which JIT compiling took 840 ms of a 970 ms EXPLAIN ANALYZE, and each of the 21
-- helper calls of its policies 1-5 ms; a transaction writing many notes held the 256 locks every other note of its
-- organization waited for. Nothing here changes what any policy admits or refuses.

-- ---------------------------------------------------------------------------------------------------------------------
-- assessment_schedule() returns one row per tool (six), but carried the default estimate of 1,000 rows, so every plan
-- of the assessments due (one per resident on the board and the resident list) was costed near a million and JIT
-- compiled it, which took longer than the query. The cost: the session and one organization row, a few index lookups.
-- ---------------------------------------------------------------------------------------------------------------------
ALTER FUNCTION assessment_schedule() ROWS 6 COST 1000;

-- ---------------------------------------------------------------------------------------------------------------------
-- The helpers of the row-level policies. Each was an SQL function with SET clauses, which PostgreSQL neither inlines
-- nor keeps a plan for: every call planned its query and those of the helpers it called (app_can planned six queries,
-- 1-5 ms). The policies already call each once per statement, as (SELECT ...). PL/pgSQL keeps each query's plan for
-- the session, so a call now executes rather than plans. Same queries, same owners, same settings, same rights
-- (CREATE OR REPLACE keeps owner and grants), same answers: a PL/pgSQL STABLE function reads with its caller's
-- snapshot, as an SQL one does. Where a helper needed both the organization and the user, it reads the session once
-- instead of twice (the same row under the same snapshot).
-- ---------------------------------------------------------------------------------------------------------------------
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
      AND c.active;
END
$$;

CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    -- At most one row: token_hash is the sessions' primary key.
    RETURN (SELECT s.user_id FROM app_current_session() AS s WHERE NOT s.password_change_only);
END
$$;

CREATE OR REPLACE FUNCTION app_organization_id() RETURNS uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    RETURN (SELECT s.organization_id FROM app_current_session() AS s WHERE NOT s.password_change_only);
END
$$;

CREATE OR REPLACE FUNCTION app_capabilities() RETURNS text[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    organization uuid;
    member       uuid;
BEGIN
    -- app_organization_id() and app_user_id(), read together.
    SELECT s.organization_id, s.user_id INTO organization, member
    FROM app_current_session() AS s WHERE NOT s.password_change_only;
    RETURN coalesce((
        SELECT wcn_effective_capabilities(u.role, u.permissions, c.clinical_held_since IS NOT NULL)
        FROM users AS u
        JOIN user_credentials AS c ON c.user_id = u.id AND c.organization_id = u.organization_id
        WHERE u.organization_id = organization AND u.id = member AND u.active), ARRAY[]::text[]);
END
$$;

CREATE OR REPLACE FUNCTION app_can(capability text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    RETURN capability = ANY (app_capabilities());
END
$$;

CREATE OR REPLACE FUNCTION app_all_facilities() RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    organization uuid;
    member       uuid;
BEGIN
    SELECT s.organization_id, s.user_id INTO organization, member
    FROM app_current_session() AS s WHERE NOT s.password_change_only;
    RETURN coalesce((SELECT u.all_facilities FROM users AS u WHERE u.organization_id = organization AND u.id = member),
                    false);
END
$$;

CREATE OR REPLACE FUNCTION app_facility_ids() RETURNS uuid[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    organization uuid;
    member       uuid;
BEGIN
    SELECT s.organization_id, s.user_id INTO organization, member
    FROM app_current_session() AS s WHERE NOT s.password_change_only;
    RETURN (SELECT coalesce(array_agg(f.facility_id), ARRAY[]::uuid[]) FROM user_facilities AS f
            WHERE f.organization_id = organization AND f.user_id = member);
END
$$;

-- The capability lists app_capabilities works from: fixed lists, planned at every call for the same reason.
CREATE OR REPLACE FUNCTION app_all_capabilities() RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    RETURN ARRAY(SELECT DISTINCT unnest(app_role_capabilities('manager') || app_role_capabilities('admin')) ORDER BY 1);
END
$$;

CREATE OR REPLACE FUNCTION app_clinical_capabilities() RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    RETURN ARRAY(SELECT unnest(app_all_capabilities()) EXCEPT SELECT unnest(app_role_capabilities('admin'))
                 ORDER BY 1);
END
$$;

CREATE OR REPLACE FUNCTION wcn_effective_capabilities(role text, permissions jsonb, held boolean) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    RETURN ARRAY(
        SELECT unnest(app_role_capabilities(role))
        UNION
        SELECT jsonb_array_elements_text(coalesce(permissions -> 'grant', '[]'))
        EXCEPT
        SELECT jsonb_array_elements_text(coalesce(permissions -> 'deny', '[]'))
        EXCEPT
        SELECT unnest(app_clinical_capabilities()) WHERE held
        ORDER BY 1);
END
$$;

-- The note, assessment and care plan policies look into residents for each row read (the resident's own policy
-- decides), as a plain correlated lookup on residents' primary key: OFFSET 0 keeps the planner from turning it into a
-- hash of every resident the reader may see, built once per partition of the notes (14 passes over the residents for
-- one page of a timeline, a pass that grows with the organization). Same condition, same meaning.
ALTER POLICY daily_records_select ON daily_records
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('daily_records.read'))
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = daily_records.organization_id
                                                       AND r.id = daily_records.resident_id OFFSET 0));
ALTER POLICY assessments_select ON assessments
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('assessments.read'))
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = assessments.organization_id
                                                       AND r.id = assessments.resident_id OFFSET 0));
ALTER POLICY care_plans_select ON care_plans
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('care_plans.read'))
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = care_plans.organization_id
                                                       AND r.id = care_plans.resident_id OFFSET 0));

-- ---------------------------------------------------------------------------------------------------------------------
-- A note's id is unique in its organization, and a note has at most one direct correction. The primary key of the
-- partitioned notes must include the date, so it cannot say either; migration 4 checked with a query over every
-- partition (which could not prune, and grew with every month) behind one of 256 advisory locks of the organization,
-- held to the end of the transaction: a transaction writing a few hundred notes held all 256, and every other note of
-- its organization waited for it to commit. Now each note claims its id, and each correction the note it corrects,
-- as a row of daily_record_keys, whose primary key says what the query and the lock said together: a second claim of
-- the same key waits only for a transaction claiming that same key, and is refused once it commits. Every other note
-- goes ahead. (wcn_note_lock stays, for callers of migration 14; the trigger no longer takes it.)
-- Rows are added only by prepare_daily_record (pg_trigger_depth: never by a statement of a station's own), for the
-- caller's organization; stations read, change and remove none.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE daily_record_keys (
    organization_id uuid NOT NULL,
    kind            "char" NOT NULL, -- 'i': a note's id; 'c': the note a correction corrects
    note_id         uuid NOT NULL,
    CONSTRAINT daily_record_keys_pkey PRIMARY KEY (organization_id, kind, note_id)
);
INSERT INTO daily_record_keys (organization_id, kind, note_id)
SELECT organization_id, 'i', id FROM daily_records
UNION ALL
SELECT organization_id, 'c', corrects_id FROM daily_records WHERE corrects_id IS NOT NULL;

ALTER TABLE daily_record_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE daily_record_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY daily_record_keys_select ON daily_record_keys FOR SELECT USING (false);
CREATE POLICY daily_record_keys_insert ON daily_record_keys FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND pg_trigger_depth() > 0);
CREATE POLICY daily_record_keys_update ON daily_record_keys FOR UPDATE USING (false) WITH CHECK (false);
CREATE POLICY daily_record_keys_delete ON daily_record_keys FOR DELETE USING (false);
GRANT INSERT ON daily_record_keys TO wcn_app;
SELECT hide_statistics('daily_record_keys');

-- prepare_daily_record as in migration 14, with the keys above in place of its two locks and two queries; the
-- signed-in user is read once.
CREATE OR REPLACE FUNCTION prepare_daily_record() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    settings     jsonb;
    late_minutes integer := 60;
    original     daily_records;
    member       uuid := app_user_id();
    claimed      integer;
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
    NEW.occurred_at := coalesce(NEW.occurred_at, CASE WHEN member IS NULL THEN NEW.date + time '12:00'
                                                      ELSE least(now(), NEW.date + time '12:00') END);
    IF NEW.occurred_at > now() + interval '10 minutes' AND member IS NOT NULL THEN
        RAISE EXCEPTION 'a note cannot record care that has not happened yet'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_occurred_at_future_check',
                  TABLE = 'daily_records', COLUMN = 'occurred_at';
    END IF;
    -- A station's clock may be a little off: the time written lies between the care and the server's receipt.
    IF member IS NOT NULL THEN
        NEW.recorded_at := least(greatest(coalesce(NEW.recorded_at, now()), NEW.occurred_at), now());
    ELSE
        NEW.recorded_at := coalesce(NEW.recorded_at, greatest(NEW.occurred_at, now()));
    END IF;

    -- Two stations writing the same id at once: the second waits for the first here, and is refused if it commits.
    INSERT INTO daily_record_keys (organization_id, kind, note_id) VALUES (NEW.organization_id, 'i', NEW.id)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS claimed = ROW_COUNT;
    IF claimed = 0 THEN
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
        -- One direct correction per note; said here by name, as the unique index of migration 4 would name only
        -- the partition's copy of itself.
        INSERT INTO daily_record_keys (organization_id, kind, note_id) VALUES (NEW.organization_id, 'c', NEW.corrects_id)
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS claimed = ROW_COUNT;
        IF claimed = 0 THEN
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
