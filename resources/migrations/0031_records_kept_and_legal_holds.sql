-- Description: The administrator lists the residents who have left or died with the first day their records may be archived, by the organization's nation, and sets or releases a legal hold on a resident's records, with a reason, in the audit log
--
-- Issue 19, point 7 (retention; the archive itself, export then removal, comes with a later migration). How long
-- records are kept is RecordRetention's rule (models/compliance), recomputed here the same way, since a removal will
-- rely on it: the organization's own period when it sets one (retention_years, retention_from in its settings),
-- else its nation's: England (Scotland and Northern Ireland too) 8 years after the care ended, Wales 3 years from
-- the last entry; due only once more than the period has passed, and the
-- anniversary of 29 February in a year without one is 1 March (never toward keeping less).
-- A legal hold (a claim, an inquest, a safeguarding enquiry) keeps a resident's records whatever their age. It is
-- recorded in the audit log, which nobody can change or remove (legal_hold_set, legal_hold_released, each with its
-- reason): the hold in force is the latest of those entries. Who: organization.manage (an administrator), for the
-- residents of her homes (every home, or those she works in), who may not read residents' records; the list gives her only what deciding needs: the name, home, status, when the care
-- ended and the date of the last entry.

SELECT wcn_allow_audit_events(ARRAY['legal_hold_set', 'legal_hold_released']);

-- The organization's own period, when it sets one: settings.retention_years (1 to 100) and
-- settings.retention_from ('care_ended' or 'last_entry', the nation's way when absent).
ALTER TABLE organizations
    DROP CONSTRAINT organizations_settings_keys_check,
    ADD CONSTRAINT organizations_settings_keys_check
        CHECK (jsonb_typeof(settings) <> 'object'
               OR settings - ARRAY['idle_lock_minutes', 'late_entry_minutes', 'assessment_schedule', 'nation',
                                   'retention_years', 'retention_from']
                  = '{}'::jsonb),
    ADD CONSTRAINT organizations_retention_check
        CHECK ((settings -> 'retention_years' IS NULL
                OR (jsonb_typeof(settings -> 'retention_years') = 'number'
                    AND (settings ->> 'retention_years') ~ '^[0-9]{1,3}$'
                    AND (settings ->> 'retention_years')::integer BETWEEN 1 AND 100))
               AND (settings -> 'retention_from' IS NULL
                    OR (jsonb_typeof(settings -> 'retention_from') = 'string'
                        AND settings ->> 'retention_from' IN ('care_ended', 'last_entry'))));

-- years and counted_from: the organization's own, each NULL for the nation's.
CREATE FUNCTION wcn_retention_first_day_due(nation text, status text, care_ended date, last_entry date,
                                            years integer DEFAULT NULL, counted_from text DEFAULT NULL)
    RETURNS date
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    period_years integer := coalesce(years, CASE WHEN nation = 'wales' THEN 3 ELSE 8 END);
    from_last boolean := coalesce(counted_from, CASE WHEN nation = 'wales' THEN 'last_entry' ELSE 'care_ended' END)
                         = 'last_entry';
    start date := care_ended;
    later date;
BEGIN
    IF status NOT IN ('discharged', 'deceased') OR care_ended IS NULL OR period_years < 1 THEN
        RETURN NULL;
    END IF;
    IF from_last AND last_entry IS NOT NULL AND last_entry > care_ended THEN
        start := last_entry;
    END IF;
    later := (start + make_interval(years => period_years))::date;
    -- PostgreSQL, like Qt, moves 29 February back to 28 February: a day early.
    IF extract(day FROM later) <> extract(day FROM start) THEN
        later := later + 1;
    END IF;
    RETURN later + 1;
END
$$;

-- The residents who have left or died, with what deciding needs, oldest due first.
CREATE FUNCTION app_records_kept()
    RETURNS TABLE (resident_id uuid, first_name text, last_name text, home text, status text, care_ended date,
                   last_entry date, first_day_due date, on_hold boolean, hold_reason text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    org    uuid := app_organization_id();
    nation text;
    years  integer;
    counted_from text;
BEGIN
    IF NOT app_can('organization.manage') THEN
        RAISE EXCEPTION 'only an administrator sees the records kept' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT coalesce(o.settings ->> 'nation', 'england'), (o.settings ->> 'retention_years')::integer,
           o.settings ->> 'retention_from'
    INTO nation, years, counted_from
    FROM organizations AS o WHERE o.id = org;
    RETURN QUERY
    WITH kept AS (
        SELECT r.id, r.first_name::text AS first_name, r.last_name::text AS last_name, f.name::text AS home,
               r.status::text AS status, r.discharge_date,
               greatest((SELECT max(d.date) FROM daily_records AS d
                         WHERE d.organization_id = org AND d.resident_id = r.id),
                        (SELECT max(e.event_date) FROM resident_events AS e
                         WHERE e.organization_id = org AND e.resident_id = r.id),
                        (SELECT max(a.date) FROM assessments AS a
                         WHERE a.organization_id = org AND a.resident_id = r.id),
                        -- An incident's moment, as the day it was in the home (all four nations keep UK time).
                        (SELECT (max(i.date) AT TIME ZONE 'Europe/London')::date FROM incidents AS i
                         WHERE i.organization_id = org AND i.resident_id = r.id),
                        (SELECT max(v.reviewed_on) FROM care_plan_reviews AS v
                         WHERE v.organization_id = org AND v.resident_id = r.id)) AS last_entry,
               (SELECT l.event = 'legal_hold_set' FROM audit_log AS l
                WHERE l.organization_id = org AND l.subject_id = r.id
                  AND l.event IN ('legal_hold_set', 'legal_hold_released')
                ORDER BY l.id DESC LIMIT 1) AS held,
               (SELECT l.details ->> 'reason' FROM audit_log AS l
                WHERE l.organization_id = org AND l.subject_id = r.id
                  AND l.event IN ('legal_hold_set', 'legal_hold_released')
                ORDER BY l.id DESC LIMIT 1) AS reason
        FROM residents AS r
        JOIN facilities AS f ON f.organization_id = r.organization_id AND f.id = r.facility_id
        WHERE r.organization_id = org AND r.status IN ('discharged', 'deceased')
          AND (app_all_facilities() OR r.facility_id = ANY (app_facility_ids()))
    )
    SELECT k.id, k.first_name, k.last_name, k.home, k.status, k.discharge_date, k.last_entry,
           wcn_retention_first_day_due(nation, k.status, k.discharge_date, k.last_entry, years, counted_from),
           coalesce(k.held, false), CASE WHEN k.held THEN k.reason ELSE '' END
    FROM kept AS k
    ORDER BY 8, k.last_name, k.first_name, k.id;
END
$$;

-- Sets (hold true) or releases a legal hold, with its reason; refused when it would change nothing.
CREATE FUNCTION app_set_legal_hold(resident uuid, hold boolean, reason text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    org  uuid := app_organization_id();
    held boolean;
    own  sessions;
BEGIN
    IF NOT app_can('organization.manage') OR hold IS NULL
       OR NOT EXISTS (SELECT 1 FROM residents AS r
                      WHERE r.organization_id = org AND r.id = resident
                        AND (app_all_facilities() OR r.facility_id = ANY (app_facility_ids()))) THEN
        RAISE EXCEPTION 'only an administrator sets a legal hold' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF reason IS NULL OR char_length(btrim(reason)) NOT BETWEEN 1 AND 500 THEN
        RAISE EXCEPTION 'a legal hold needs its reason' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'legal_hold_reason_check';
    END IF;
    -- One at a time per resident: two administrators cannot both set it.
    PERFORM 1 FROM residents AS r WHERE r.organization_id = org AND r.id = resident FOR UPDATE;
    SELECT l.event = 'legal_hold_set' INTO held FROM audit_log AS l
    WHERE l.organization_id = org AND l.subject_id = resident AND l.event IN ('legal_hold_set', 'legal_hold_released')
    ORDER BY l.id DESC LIMIT 1;
    IF coalesce(held, false) = hold THEN
        RAISE EXCEPTION 'the legal hold is already so' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'legal_hold_change_check';
    END IF;
    SELECT * INTO own FROM app_current_session();
    PERFORM wcn_audit(own.organization_id, own.user_id, own.station,
                      CASE WHEN hold THEN 'legal_hold_set' ELSE 'legal_hold_released' END, resident,
                      jsonb_build_object('reason', btrim(reason)));
END
$$;

REVOKE EXECUTE ON FUNCTION wcn_retention_first_day_due(text, text, date, date, integer, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION app_records_kept(), app_set_legal_hold(uuid, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_records_kept(), app_set_legal_hold(uuid, boolean, text) TO wcn_app;
