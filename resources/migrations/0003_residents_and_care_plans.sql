-- Description: Residents and care plans: search keys, alerts for every role, row versions, history, resident events, care plan reviews
--
-- Search. Under row-level security only a leakproof comparison of a column can use an index: LIKE cannot, and
-- neither can any expression wrapping the column in a function that is not leakproof (such as lower() of unaccent()).
-- So the folded names and room are stored, generated columns in the C collation, searched with the leakproof
-- starts-with operator ^@ and ordered with plain (leakproof) comparisons, on ordinary btree indexes.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Lower case, accents gone: "Ñúñez" and "nunez" search alike. Declared IMMUTABLE, as a generated column requires,
-- although unaccent() reads a rules file: if that file ever changed, touch every row (UPDATE residents SET
-- last_name = last_name) to bring the stored keys up to date.
CREATE FUNCTION fold_for_search(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT lower(public.unaccent('public.unaccent'::regdictionary, value))
$$;
GRANT EXECUTE ON FUNCTION fold_for_search(text) TO wcn_app;

-- Rooms in the order a home numbers them: every run of digits padded, so that 9 comes before 10 and B2 before B10;
-- no room sorts last.
CREATE FUNCTION room_sort_key(room text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT coalesce((SELECT string_agg(CASE WHEN part[1] ~ '^[0-9]+$' THEN lpad(part[1], 10, '0') ELSE part[1] END, ''
                                       ORDER BY n)
                     FROM regexp_matches(lower(btrim(room)), '([0-9]+|[^0-9]+)', 'g') WITH ORDINALITY AS m (part, n)),
                    '~')
$$;
GRANT EXECUTE ON FUNCTION room_sort_key(text) TO wcn_app;

ALTER TABLE residents
    ADD COLUMN search_last_name text COLLATE "C" GENERATED ALWAYS AS (fold_for_search(last_name)) STORED,
    ADD COLUMN search_first_name text COLLATE "C" GENERATED ALWAYS AS (fold_for_search(first_name)) STORED,
    ADD COLUMN search_room text COLLATE "C" GENERATED ALWAYS AS (lower(btrim(room_number))) STORED,
    ADD COLUMN room_sort text COLLATE "C" NOT NULL GENERATED ALWAYS AS (room_sort_key(room_number)) STORED,
    -- What every role must see at a glance, carers included (who may not read medical_details itself): kept from
    -- medical_details by the trigger below, never written directly.
    ADD COLUMN alert_dnacpr boolean NOT NULL DEFAULT false,
    ADD COLUMN allergy_status varchar(20) NOT NULL DEFAULT 'unknown',
    ADD COLUMN allergy_names text NOT NULL DEFAULT '',
    -- Optimistic concurrency: a save names the version it started from and is refused if another came first.
    ADD COLUMN row_version integer NOT NULL DEFAULT 1,
    ADD COLUMN created_by uuid,
    ADD COLUMN updated_by uuid,
    ADD CONSTRAINT residents_allergy_status_check CHECK (allergy_status IN ('unknown', 'none_known', 'known')),
    ADD CONSTRAINT residents_created_by_fkey FOREIGN KEY (organization_id, created_by)
        REFERENCES users (organization_id, id),
    ADD CONSTRAINT residents_updated_by_fkey FOREIGN KEY (organization_id, updated_by)
        REFERENCES users (organization_id, id);

-- Replaces the lower(...) text_pattern_ops indexes of schema v1, which a search under row-level security cannot use.
DROP INDEX idx_residents_last_name;
DROP INDEX idx_residents_first_name;
DROP INDEX idx_residents_room;
-- Name order and surname prefix search; first-name prefix search; room order; room prefix search; NHS number prefix.
CREATE INDEX idx_residents_name_order ON residents (organization_id, search_last_name, search_first_name, id);
CREATE INDEX idx_residents_first_name_search ON residents (organization_id, search_first_name);
CREATE INDEX idx_residents_room_order ON residents (organization_id, room_sort, search_last_name, search_first_name, id);
CREATE INDEX idx_residents_room_search ON residents (organization_id, search_room);
CREATE INDEX idx_residents_nhs_prefix ON residents (organization_id, nhs_number COLLATE "C");

ALTER TABLE care_plans
    ADD COLUMN row_version integer NOT NULL DEFAULT 1;

-- medical_details, as the resident's record writes it:
--   {"allergies": [{"substance": "...", "reaction": "..."}], "allergy_status": "unknown" | "none_known" | "known",
--    "conditions": ["..."], "resuscitation": {"status": "dnacpr" | "for_cpr" | "not_recorded",
--    "respect_form": true|false, "decided_on": "YYYY-MM-DD", "notes": "..."}}
CREATE FUNCTION keep_resident_alerts() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    NEW.alert_dnacpr := coalesce(NEW.medical_details #>> '{resuscitation,status}', '') = 'dnacpr';
    -- An allergy is {"substance": ..., "reaction": ...}; a bare string (as older imports hold) is its substance.
    NEW.allergy_names := coalesce((SELECT string_agg(substance, ', ' ORDER BY substance)
                                   FROM jsonb_array_elements(CASE WHEN jsonb_typeof(NEW.medical_details -> 'allergies')
                                                                       = 'array'
                                                                  THEN NEW.medical_details -> 'allergies'
                                                                  ELSE '[]' END) AS a,
                                        LATERAL (SELECT btrim(CASE jsonb_typeof(a) WHEN 'string' THEN a #>> '{}'
                                                                                    ELSE a ->> 'substance' END)
                                                 AS substance) AS named
                                   WHERE coalesce(substance, '') <> ''), '');
    NEW.allergy_status := CASE WHEN NEW.allergy_names <> '' THEN 'known'
                               WHEN NEW.medical_details ->> 'allergy_status' = 'none_known' THEN 'none_known'
                               ELSE 'unknown' END;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION keep_resident_alerts() FROM PUBLIC;
CREATE TRIGGER residents_keep_alerts BEFORE INSERT OR UPDATE ON residents
    FOR EACH ROW EXECUTE FUNCTION keep_resident_alerts();
UPDATE residents SET medical_details = medical_details;

-- Who wrote and changed a row, and its version. The author comes from the session, never from the client; an
-- owner's session (the administrator's command line) has none and keeps what it gave.
CREATE FUNCTION stamp_row_authors() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := coalesce(public.app_user_id(), NEW.created_by);
        NEW.updated_by := NEW.created_by;
        NEW.row_version := 1;
    ELSE
        NEW.created_by := OLD.created_by;
        NEW.updated_by := coalesce(public.app_user_id(), NEW.updated_by);
        NEW.row_version := OLD.row_version + 1;
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION stamp_row_authors() FROM PUBLIC;
CREATE TRIGGER residents_stamp_authors BEFORE INSERT OR UPDATE ON residents
    FOR EACH ROW EXECUTE FUNCTION stamp_row_authors();
CREATE TRIGGER care_plans_stamp_authors BEFORE INSERT OR UPDATE ON care_plans
    FOR EACH ROW EXECUTE FUNCTION stamp_row_authors();

-- ---------------------------------------------------------------------------------------------------------------------
-- History: every earlier version of a resident's record and of each care plan, with who changed it, when and which
-- fields (as GNUmed's audit tables keep old rows). Written only by the trigger, never changed or removed. A
-- resident's history leaves out the values of the medical columns, which only medical.read may see: it names them
-- among the changed fields, and the medical functions' own audit entries say who wrote them.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE record_history (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    organization_id uuid        NOT NULL,
    table_name      varchar(30) NOT NULL,
    row_id          uuid        NOT NULL,
    resident_id     uuid        NOT NULL,
    row_version     integer     NOT NULL,
    old_row         jsonb       NOT NULL,
    changed_fields  text[]      NOT NULL,
    changed_by      uuid,
    changed_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- Led by the organization, as every index a station's query can use: see the security migration.
    CONSTRAINT record_history_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT record_history_table_check CHECK (table_name IN ('residents', 'care_plans'))
);
CREATE INDEX idx_record_history_row ON record_history (organization_id, table_name, row_id, row_version);

ALTER TABLE audit_log DROP CONSTRAINT audit_log_event_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_event_check
    CHECK (event IN ('sign_in', 'sign_in_failed', 'sign_in_refused_locked', 'account_locked', 'sign_out',
                     'password_changed', 'password_set', 'resident_opened', 'medical_notes_read',
                     'medical_notes_written', 'medical_details_read', 'medical_details_written', 'keys_rotated',
                     'user_changed', 'user_facility_added', 'user_facility_removed', 'resident_created', 'resident_changed', 'resident_event', 'care_plan_created',
                     'care_plan_changed', 'care_plan_reviewed'));

-- After every insert and update of a resident or care plan: the audit entry (which fields, which version, never the
-- values) and, for an update, the old row kept in record_history. SECURITY DEFINER because stations may write
-- neither table; the policies still filter it by the station's session.
CREATE FUNCTION record_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    changed text[];
    resident uuid := CASE TG_TABLE_NAME WHEN 'residents' THEN NEW.id ELSE (to_jsonb(NEW) ->> 'resident_id')::uuid END;
    subject_kind text := CASE TG_TABLE_NAME WHEN 'residents' THEN 'resident' ELSE 'care_plan' END;
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM app_audit(subject_kind || '_created', NEW.id,
                          jsonb_build_object('resident_id', resident, 'version', NEW.row_version));
        RETURN NULL;
    END IF;
    changed := ARRAY(SELECT n.key FROM jsonb_each(to_jsonb(NEW)) AS n
                     WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key
                       AND n.key NOT IN ('updated_at', 'updated_by', 'row_version', 'search_last_name',
                                         'search_first_name', 'search_room', 'room_sort', 'alert_dnacpr',
                                         'allergy_status', 'allergy_names', 'medical_notes_key_version')
                     ORDER BY n.key);
    INSERT INTO record_history (organization_id, table_name, row_id, resident_id, row_version, old_row,
                                changed_fields, changed_by)
    VALUES (OLD.organization_id, TG_TABLE_NAME, OLD.id, resident, OLD.row_version,
            to_jsonb(OLD) - 'medical_details' - 'encrypted_medical_notes' - 'medical_notes_key_version'
                          - 'search_last_name' - 'search_first_name' - 'search_room' - 'room_sort',
            changed, NEW.updated_by);
    PERFORM app_audit(subject_kind || '_changed', NEW.id,
                      jsonb_build_object('resident_id', resident, 'version', NEW.row_version, 'fields', changed));
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION record_change() FROM PUBLIC;
CREATE TRIGGER residents_record_change AFTER INSERT OR UPDATE ON residents
    FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER care_plans_record_change AFTER INSERT OR UPDATE ON care_plans
    FOR EACH ROW EXECUTE FUNCTION record_change();
CREATE TRIGGER record_history_append_only BEFORE UPDATE OR DELETE ON record_history
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_log_change();
CREATE TRIGGER record_history_never_truncated BEFORE TRUNCATE ON record_history
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_log_change();

ALTER TABLE record_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE record_history FORCE ROW LEVEL SECURITY;
CREATE POLICY record_history_select ON record_history FOR SELECT
    USING (organization_id = (SELECT app_organization_id())
           AND CASE table_name WHEN 'care_plans' THEN (SELECT app_can('care_plans.read'))
                               ELSE (SELECT app_can('residents.read')) END
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = record_history.organization_id
                                                      AND r.id = record_history.resident_id));
-- Only record_change() adds rows; nobody changes or removes them.
CREATE POLICY record_history_insert ON record_history FOR INSERT TO wcn_functions
    WITH CHECK (true);
CREATE POLICY record_history_update ON record_history FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY record_history_delete ON record_history FOR DELETE
    USING (false);

-- ---------------------------------------------------------------------------------------------------------------------
-- Resident events: admission, moves between rooms and homes, hospital stays, discharge and death, each with its date
-- and who recorded it. Status, discharge date, home and room change only through app_record_resident_event (or the
-- admission trigger), so the record and its events always agree: stations lose direct UPDATE of those columns.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE resident_events (
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    organization_id uuid        NOT NULL DEFAULT app_organization_id(),
    resident_id     uuid        NOT NULL,
    event           varchar(30) NOT NULL,
    event_date      date        NOT NULL,
    from_facility   uuid,
    to_facility     uuid,
    from_room       varchar(50),
    to_room         varchar(50),
    note            text        NOT NULL DEFAULT '',
    -- NULL only for rows the owner's own session wrote (an import by the administrator): a station's are checked.
    recorded_by     uuid                 DEFAULT app_user_id(),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT resident_events_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT resident_events_resident_fkey FOREIGN KEY (organization_id, resident_id)
        REFERENCES residents (organization_id, id),
    CONSTRAINT resident_events_from_facility_fkey FOREIGN KEY (organization_id, from_facility)
        REFERENCES facilities (organization_id, id),
    CONSTRAINT resident_events_to_facility_fkey FOREIGN KEY (organization_id, to_facility)
        REFERENCES facilities (organization_id, id),
    CONSTRAINT resident_events_recorded_by_fkey FOREIGN KEY (organization_id, recorded_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT resident_events_event_check CHECK (event IN ('admitted', 'room_change', 'facility_transfer',
                                                            'hospital_admission', 'hospital_return', 'discharged',
                                                            'died'))
);
CREATE INDEX idx_resident_events_resident ON resident_events (organization_id, resident_id, event_date);
CREATE TRIGGER resident_events_append_only BEFORE UPDATE OR DELETE ON resident_events
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_log_change();

ALTER TABLE resident_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE resident_events FORCE ROW LEVEL SECURITY;
CREATE POLICY resident_events_select ON resident_events FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('residents.read'))
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = resident_events.organization_id
                                                      AND r.id = resident_events.resident_id));
-- Only app_record_resident_event and the admission trigger add events, having checked the caller's rights.
CREATE POLICY resident_events_insert ON resident_events FOR INSERT TO wcn_functions
    WITH CHECK (true);
CREATE POLICY resident_events_update ON resident_events FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY resident_events_delete ON resident_events FOR DELETE
    USING (false);

-- A new resident's admission is their first event.
CREATE FUNCTION record_admission() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    INSERT INTO resident_events (organization_id, resident_id, event, event_date, to_facility, to_room, recorded_by)
    VALUES (NEW.organization_id, NEW.id, 'admitted', NEW.admission_date, NEW.facility_id, NEW.room_number,
            coalesce(app_user_id(), NEW.created_by));
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION record_admission() FROM PUBLIC;
CREATE TRIGGER residents_record_admission AFTER INSERT ON residents
    FOR EACH ROW EXECUTE FUNCTION record_admission();

-- Records an event and changes the resident to match, if the resident is still at expected_version; returns
-- 'recorded', or 'conflict' when someone else changed the record meanwhile. An event that does not fit the
-- resident's status, or a date before the admission, before the last event or in the future, raises check_violation
-- naming resident_events_transition_check, _before_admission_check, _order_check or _future_check. SECURITY DEFINER
-- only for the column privileges stations no longer have: the policies still apply to the caller's session (home
-- scope, including the home a resident moves to).
CREATE FUNCTION app_record_resident_event(resident uuid, event text, event_date date, expected_version integer,
                                          to_facility uuid DEFAULT NULL, to_room text DEFAULT NULL,
                                          note text DEFAULT '') RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    current residents;
    last_event date;
    allowed boolean;
    new_room text := NULLIF(btrim(coalesce(to_room, '')), '');
BEGIN
    IF NOT app_can('residents.write') THEN
        RAISE EXCEPTION 'not allowed to record resident events' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO current FROM residents AS r WHERE r.organization_id = app_organization_id() AND r.id = resident
    FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not allowed to record resident events' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF current.row_version <> expected_version THEN
        RETURN 'conflict';
    END IF;
    allowed := CASE event
        WHEN 'admitted' THEN current.status = 'discharged'
        WHEN 'room_change' THEN current.status IN ('admitted', 'in_hospital') AND new_room IS NOT NULL
                                AND new_room IS DISTINCT FROM current.room_number
        WHEN 'facility_transfer' THEN current.status IN ('admitted', 'in_hospital') AND to_facility IS NOT NULL
                                      AND to_facility <> current.facility_id
        WHEN 'hospital_admission' THEN current.status = 'admitted'
        WHEN 'hospital_return' THEN current.status = 'in_hospital'
        WHEN 'discharged' THEN current.status IN ('admitted', 'in_hospital')
        WHEN 'died' THEN current.status IN ('admitted', 'in_hospital')
        ELSE false
    END;
    IF NOT coalesce(allowed, false) THEN
        RAISE EXCEPTION 'event % does not fit a resident who is %', event, current.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'resident_events_transition_check',
                  TABLE = 'resident_events';
    END IF;
    IF event_date IS NULL OR event_date < current.admission_date
       OR (event = 'admitted' AND event_date < current.discharge_date) THEN
        RAISE EXCEPTION 'event date before admission' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'resident_events_before_admission_check', TABLE = 'resident_events';
    END IF;
    -- A day's grace: the server keeps UTC, and a British evening in summer is already tomorrow there.
    IF event_date > current_date + 1 THEN
        RAISE EXCEPTION 'event date in the future' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'resident_events_future_check', TABLE = 'resident_events';
    END IF;
    SELECT max(e.event_date) INTO last_event FROM resident_events AS e
    WHERE e.organization_id = current.organization_id AND e.resident_id = resident;
    IF event_date < last_event THEN
        RAISE EXCEPTION 'event date before the last event' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'resident_events_order_check', TABLE = 'resident_events';
    END IF;
    INSERT INTO resident_events (organization_id, resident_id, event, event_date, from_facility, to_facility,
                                 from_room, to_room, note, recorded_by)
    VALUES (current.organization_id, resident, event, event_date, current.facility_id,
            CASE WHEN event = 'facility_transfer' THEN to_facility END, current.room_number,
            CASE WHEN event IN ('room_change', 'facility_transfer') THEN new_room END, coalesce(note, ''),
            app_user_id());
    UPDATE residents AS r
    SET status = CASE event WHEN 'admitted' THEN 'admitted' WHEN 'hospital_admission' THEN 'in_hospital'
                            WHEN 'hospital_return' THEN 'admitted' WHEN 'discharged' THEN 'discharged'
                            WHEN 'died' THEN 'deceased' ELSE r.status END,
        admission_date = CASE WHEN event = 'admitted' THEN event_date ELSE r.admission_date END,
        discharge_date = CASE WHEN event IN ('discharged', 'died') THEN event_date
                              WHEN event = 'admitted' THEN NULL ELSE r.discharge_date END,
        facility_id = CASE WHEN event = 'facility_transfer' THEN to_facility ELSE r.facility_id END,
        room_number = CASE WHEN event IN ('room_change', 'facility_transfer') THEN new_room ELSE r.room_number END
    WHERE r.organization_id = current.organization_id AND r.id = resident;
    IF NOT FOUND THEN
        -- The policies refused the change (a transfer to a home the caller does not work in).
        RAISE EXCEPTION 'not allowed to record resident events' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM app_audit('resident_event', resident, jsonb_build_object('event', event, 'event_date', event_date));
    RETURN 'recorded';
END
$$;
REVOKE EXECUTE ON FUNCTION app_record_resident_event(uuid, text, date, integer, uuid, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_record_resident_event(uuid, text, date, integer, uuid, text, text) TO wcn_app;

-- ---------------------------------------------------------------------------------------------------------------------
-- Care plan reviews: who reviewed, when, what changed, and the next review date.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE care_plan_reviews (
    id               uuid        NOT NULL DEFAULT gen_random_uuid(),
    organization_id  uuid        NOT NULL DEFAULT app_organization_id(),
    care_plan_id     uuid        NOT NULL,
    resident_id      uuid        NOT NULL,
    reviewed_on      date        NOT NULL,
    reviewed_by      uuid        NOT NULL DEFAULT app_user_id(),
    changes          text        NOT NULL,
    next_review_date date        NOT NULL,
    -- The plan's version the review produced, to find it in the plan's history.
    plan_version     integer     NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT care_plan_reviews_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT care_plan_reviews_care_plan_fkey FOREIGN KEY (organization_id, care_plan_id)
        REFERENCES care_plans (organization_id, id),
    CONSTRAINT care_plan_reviews_resident_fkey FOREIGN KEY (organization_id, resident_id)
        REFERENCES residents (organization_id, id),
    CONSTRAINT care_plan_reviews_reviewed_by_fkey FOREIGN KEY (organization_id, reviewed_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT care_plan_reviews_changes_check CHECK (btrim(changes) <> ''),
    CONSTRAINT care_plan_reviews_next_review_check CHECK (next_review_date > reviewed_on)
);
CREATE INDEX idx_care_plan_reviews_plan ON care_plan_reviews (organization_id, care_plan_id, reviewed_on);
CREATE TRIGGER care_plan_reviews_append_only BEFORE UPDATE OR DELETE ON care_plan_reviews
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_log_change();

ALTER TABLE care_plan_reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE care_plan_reviews FORCE ROW LEVEL SECURITY;
CREATE POLICY care_plan_reviews_select ON care_plan_reviews FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('care_plans.read'))
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = care_plan_reviews.organization_id
                                                      AND r.id = care_plan_reviews.resident_id));
-- Only app_review_care_plan adds reviews, having checked the caller's rights.
CREATE POLICY care_plan_reviews_insert ON care_plan_reviews FOR INSERT TO wcn_functions
    WITH CHECK (true);
CREATE POLICY care_plan_reviews_update ON care_plan_reviews FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY care_plan_reviews_delete ON care_plan_reviews FOR DELETE
    USING (false);

-- Reviews a care plan: the new details and next review date on the plan (active again) and the review recorded,
-- both or neither; 'conflict' when someone else changed the plan since expected_version. A review dated in the
-- future or before the plan started raises check_violation (care_plan_reviews_date_check).
CREATE FUNCTION app_review_care_plan(plan uuid, reviewed_on date, changes text, next_review_date date,
                                     details jsonb, expected_version integer) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    current care_plans;
    reached integer;
BEGIN
    IF NOT app_can('care_plans.write') THEN
        RAISE EXCEPTION 'not allowed to review care plans' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO current FROM care_plans AS p WHERE p.organization_id = app_organization_id() AND p.id = plan
    FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not allowed to review care plans' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF current.row_version <> expected_version THEN
        RETURN 'conflict';
    END IF;
    IF reviewed_on IS NULL OR reviewed_on < current.start_date OR reviewed_on > current_date + 1 THEN
        RAISE EXCEPTION 'review date out of range' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'care_plan_reviews_date_check', TABLE = 'care_plan_reviews';
    END IF;
    UPDATE care_plans AS p
    SET details = coalesce(app_review_care_plan.details, p.details), review_date = next_review_date, status = 'active'
    WHERE p.organization_id = current.organization_id AND p.id = plan
    RETURNING p.row_version INTO reached;
    INSERT INTO care_plan_reviews (organization_id, care_plan_id, resident_id, reviewed_on, reviewed_by, changes,
                                   next_review_date, plan_version)
    VALUES (current.organization_id, plan, current.resident_id, reviewed_on, app_user_id(), changes, next_review_date,
            reached);
    PERFORM app_audit('care_plan_reviewed', plan, jsonb_build_object('resident_id', current.resident_id,
                                                                    'version', reached));
    RETURN 'reviewed';
END
$$;
REVOKE EXECUTE ON FUNCTION app_review_care_plan(uuid, date, text, date, jsonb, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_review_care_plan(uuid, date, text, date, jsonb, integer) TO wcn_app;

-- ---------------------------------------------------------------------------------------------------------------------
-- The functions above run as wcn_functions, under row-level security (see the security migration).
-- ---------------------------------------------------------------------------------------------------------------------
SELECT wcn_hand_over(f::regprocedure) FROM unnest(ARRAY[
    'record_change()', 'record_admission()', 'app_record_resident_event(uuid, text, date, integer, uuid, text, text)',
    'app_review_care_plan(uuid, date, text, date, jsonb, integer)'
]) AS f;
GRANT SELECT, INSERT ON record_history, resident_events, care_plan_reviews TO wcn_functions;
GRANT UPDATE ON care_plans TO wcn_functions;

-- ---------------------------------------------------------------------------------------------------------------------
-- What stations may read and write of the new columns and tables. Status, discharge date, home and room are now
-- written only by the event function; new residents start admitted.
-- ---------------------------------------------------------------------------------------------------------------------
REVOKE INSERT (status, discharge_date), UPDATE (status, discharge_date, facility_id, room_number)
    ON residents FROM wcn_app;
GRANT SELECT (search_last_name, search_first_name, search_room, room_sort, alert_dnacpr, allergy_status,
              allergy_names, row_version, created_by, updated_by)
    ON residents TO wcn_app;
GRANT SELECT ON record_history, resident_events, care_plan_reviews TO wcn_app;
