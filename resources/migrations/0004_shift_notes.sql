-- Description: Shift notes: shift patterns, times of care and of writing, narratives, corrections, late entries, append-only notes, fluid targets
--
-- Each facility's shift pattern; daily records that say when the care happened and when it was written, carry a
-- narrative, are corrected only by new linked entries and are never updated or deleted by anyone but the owner's
-- partition maintenance; a resident's daily fluid target.

-- ---------------------------------------------------------------------------------------------------------------------
-- Shift patterns. A shift that ends at or before its start time ends the next morning (a night shift); a note
-- belongs to the date its shift started on. Facilities start with the pattern most homes use and change it.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE shift_patterns (
    organization_id uuid        NOT NULL DEFAULT app_organization_id(),
    facility_id     uuid        NOT NULL,
    shift           varchar(50) NOT NULL,
    starts_at       time(0)     NOT NULL,
    ends_at         time(0)     NOT NULL,
    CONSTRAINT shift_patterns_pkey PRIMARY KEY (organization_id, facility_id, shift),
    CONSTRAINT shift_patterns_facility_fkey FOREIGN KEY (organization_id, facility_id)
        REFERENCES facilities (organization_id, id),
    CONSTRAINT shift_patterns_shift_check CHECK (shift IN ('early', 'late', 'day', 'night')),
    CONSTRAINT shift_patterns_length_check CHECK (starts_at <> ends_at)
);

CREATE FUNCTION add_default_shift_patterns() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    INSERT INTO shift_patterns (organization_id, facility_id, shift, starts_at, ends_at)
    VALUES (NEW.organization_id, NEW.id, 'early', '07:00', '14:30'),
           (NEW.organization_id, NEW.id, 'late', '14:00', '21:30'),
           (NEW.organization_id, NEW.id, 'night', '21:00', '07:30');
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION add_default_shift_patterns() FROM PUBLIC;
CREATE TRIGGER facilities_add_default_shift_patterns AFTER INSERT ON facilities
    FOR EACH ROW EXECUTE FUNCTION add_default_shift_patterns();
INSERT INTO shift_patterns (organization_id, facility_id, shift, starts_at, ends_at)
SELECT f.organization_id, f.id, s.shift, s.starts_at, s.ends_at
FROM facilities AS f
CROSS JOIN (VALUES ('early', time '07:00', time '14:30'), ('late', '14:00', '21:30'),
                   ('night', '21:00', '07:30')) AS s (shift, starts_at, ends_at);

ALTER TABLE shift_patterns ENABLE ROW LEVEL SECURITY;
ALTER TABLE shift_patterns FORCE ROW LEVEL SECURITY;
CREATE POLICY shift_patterns_select ON shift_patterns FOR SELECT
    USING (organization_id = (SELECT app_organization_id())
           AND ((SELECT app_all_facilities()) OR (SELECT app_can('facilities.manage'))
                OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])));
CREATE POLICY shift_patterns_insert ON shift_patterns FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage')));
CREATE POLICY shift_patterns_update ON shift_patterns FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage')))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage')));
CREATE POLICY shift_patterns_delete ON shift_patterns FOR DELETE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage')));

-- ---------------------------------------------------------------------------------------------------------------------
-- Daily records. The document kept one time (created_at); a note needs three: when the care happened (occurred_at),
-- when its author saved it at the station (recorded_at: earlier than created_at when a note waited in the station's
-- queue while the server was out of reach) and when the server received it (created_at). The document's updated_at
-- stays but never moves: a note is never rewritten. A correction is a new entry naming the one it corrects, for the
-- same date, with a reason; each note has at most one direct correction (a correction may itself be corrected).
-- ---------------------------------------------------------------------------------------------------------------------
ALTER TABLE daily_records
    ADD COLUMN occurred_at       timestamptz,
    ADD COLUMN recorded_at       timestamptz,
    ADD COLUMN narrative         text    NOT NULL DEFAULT '',
    ADD COLUMN corrects_id       uuid,
    ADD COLUMN correction_reason text,
    ADD COLUMN escalation        jsonb   NOT NULL DEFAULT '{}',
    ADD COLUMN late_entry        boolean NOT NULL DEFAULT false,
    ADD COLUMN categories        text[]  NOT NULL DEFAULT '{}';
UPDATE daily_records SET occurred_at = created_at, recorded_at = created_at;
ALTER TABLE daily_records
    ALTER COLUMN occurred_at SET NOT NULL,
    ALTER COLUMN recorded_at SET NOT NULL,
    ALTER COLUMN recorded_at SET DEFAULT now(),
    ADD CONSTRAINT daily_records_narrative_length_check CHECK (length(narrative) <= 20000),
    ADD CONSTRAINT daily_records_correction_reason_check
        CHECK ((corrects_id IS NULL AND correction_reason IS NULL)
               OR (corrects_id IS NOT NULL AND correction_reason IS NOT NULL
                   AND length(btrim(correction_reason)) BETWEEN 3 AND 2000)),
    ADD CONSTRAINT daily_records_escalation_object_check CHECK (jsonb_typeof(escalation) = 'object'),
    -- Care on a night shift happens up to the next morning; a day either side allows for time zones.
    ADD CONSTRAINT daily_records_occurred_on_date_check
        CHECK (occurred_at >= date - 1 AND occurred_at < date + 3);
-- The note a correction names must exist, for the same date and resident: checked by prepare_daily_record below
-- rather than by a foreign key. A foreign key from a partitioned table to itself clones a constraint onto every
-- partition, and would have to be validated while partition maintenance moves rows out of the default partition;
-- notes are never deleted, so a check when the correction is written holds for good.
CREATE UNIQUE INDEX daily_records_one_correction_key ON daily_records (organization_id, corrects_id, date)
    WHERE corrects_id IS NOT NULL;

-- Replaces the foundation's (organization_id, resident_id, date): the same prefix answers the shift board (one
-- resident's notes of one date), and the rest orders a resident's timeline newest first, so that keyset paging
-- through years of notes reads one page of index entries per partition whatever the page.
DROP INDEX idx_daily_records_resident_date;
CREATE INDEX idx_daily_records_resident_date ON daily_records (organization_id, resident_id, date, occurred_at, id);

-- Before each note is stored: the server decides its author, its times' limits, whether it is a late entry and
-- its categories; a second note with an id already used in the organization is refused (the primary key includes
-- the date, so it alone cannot: a station retrying a queued note is told, and does not write it twice).
CREATE FUNCTION prepare_daily_record() RETURNS trigger
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

    -- Two stations writing the same id at once take turns here. The id's lock is one of 256 (a lock per id would
    -- run out of lock memory in a bulk import of thousands of notes in one transaction).
    PERFORM pg_advisory_xact_lock(hashtext('writecarenotes.daily_records.id'), hashtext(NEW.id::text) & 255);
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
        PERFORM pg_advisory_xact_lock(hashtext('writecarenotes.daily_records.corrects'),
                                      hashtext(NEW.corrects_id::text) & 255);
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
REVOKE EXECUTE ON FUNCTION prepare_daily_record() FROM PUBLIC;
CREATE TRIGGER daily_records_prepare BEFORE INSERT ON daily_records
    FOR EACH ROW EXECUTE FUNCTION prepare_daily_record();

-- Never rewritten, on the parent or on any partition (row triggers on a partitioned table reach every partition,
-- present and future), whoever asks. Only the owner's partition maintenance removes rows, and only from the default
-- partition, after copying them into their month's. (This makes the foundation's daily_records_date_unchanged
-- trigger unreachable; it stays, harmless.)
CREATE FUNCTION refuse_daily_record_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'daily_records_default' AND pg_has_role(current_user, 'wcn_owner', 'MEMBER')
    THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'daily records are never changed or removed: write a correction instead'
        USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'daily_records_append_only', TABLE = 'daily_records';
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_daily_record_change() FROM PUBLIC;
CREATE TRIGGER daily_records_append_only BEFORE UPDATE OR DELETE ON daily_records
    FOR EACH ROW EXECUTE FUNCTION refuse_daily_record_change();

-- A resident's daily fluid target (the day running from the start of the day's first shift to the next morning).
ALTER TABLE residents
    ADD COLUMN fluid_target_ml integer,
    ADD CONSTRAINT residents_fluid_target_check CHECK (fluid_target_ml BETWEEN 100 AND 5000);

-- ---------------------------------------------------------------------------------------------------------------------
-- What stations may do. A station chooses a note's id (so that a note queued while the server was away is written
-- once), never its author, organization, categories, late mark or server times.
-- ---------------------------------------------------------------------------------------------------------------------
REVOKE INSERT ON daily_records FROM wcn_app;
GRANT INSERT (id, resident_id, date, shift, care_delivered, observations, occurred_at, recorded_at, narrative,
              corrects_id, correction_reason, escalation)
    ON daily_records TO wcn_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON shift_patterns TO wcn_app;
GRANT SELECT (fluid_target_ml), INSERT (fluid_target_ml), UPDATE (fluid_target_ml) ON residents TO wcn_app;
