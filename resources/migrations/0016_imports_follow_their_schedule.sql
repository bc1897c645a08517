-- Description: An assessment's next due date follows its own organization's schedule even when nobody is signed in (an import by the server's superuser followed the default schedule, which could set a later due date than the home's)
--
-- prepare_assessment (migration 6) read the schedule through assessment_schedule(), which finds the organization from
-- the signed-in session. Written without one (writecarenotes-admin generate-data, an import as the superuser), every
-- assessment was due by the default schedule, whatever its organization had set: a home that checks Waterlow weekly
-- got imported assessments due a month later. The trigger now asks for the schedule of the row's own organization.
-- The function reads organizations with its caller's rights: a station sees only its own organization (its insert of
-- another's row is refused by the policy after this trigger anyway), the superuser every one.

CREATE FUNCTION assessment_schedule_of(organization uuid)
    RETURNS TABLE (type varchar(50), on_admission boolean, every_days integer, risk_days integer)
    LANGUAGE sql STABLE ROWS 6
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT d.type::varchar(50),
           CASE WHEN jsonb_typeof(s -> d.type -> 'on_admission') = 'boolean'
                THEN (s -> d.type ->> 'on_admission')::boolean ELSE d.on_admission END,
           CASE WHEN jsonb_typeof(s -> d.type -> 'every_days') = 'number'
                     AND (s -> d.type ->> 'every_days')::numeric BETWEEN 0 AND 366
                THEN (s -> d.type ->> 'every_days')::numeric::integer ELSE d.every_days END,
           CASE WHEN jsonb_typeof(s -> d.type -> 'risk_days') = 'number'
                     AND (s -> d.type ->> 'risk_days')::numeric BETWEEN 0 AND 366
                THEN (s -> d.type ->> 'risk_days')::numeric::integer ELSE d.risk_days END
    FROM (VALUES ('must', true, 30, 30), ('waterlow', true, 30, 7), ('falls', true, 91, 30),
                 ('abbey_pain', false, 0, 1), ('barthel', false, 91, 91), ('news2', false, 0, 1))
             AS d (type, on_admission, every_days, risk_days)
    LEFT JOIN (SELECT o.settings -> 'assessment_schedule' AS s FROM organizations AS o
               WHERE o.id = organization) AS settings ON true
$$;
REVOKE EXECUTE ON FUNCTION assessment_schedule_of(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION assessment_schedule_of(uuid) TO wcn_app;

CREATE OR REPLACE FUNCTION prepare_assessment() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    born     date;
    original assessments;
    schedule record;
BEGIN
    NEW.created_at := now();
    NEW.updated_at := NEW.created_at;
    IF app_user_id() IS NOT NULL THEN
        IF NEW.score IS NULL OR NEW.band IS NULL OR NEW.risk_level IS NULL OR NEW.tool_version IS NULL THEN
            RAISE EXCEPTION 'an assessment needs its score, band and the version of the tool'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'assessments_scored_check', TABLE = 'assessments',
                      COLUMN = 'score';
        END IF;
        -- A day's grace: a station's date may run ahead of the server's in another time zone.
        IF NEW.date > current_date + 1 THEN
            RAISE EXCEPTION 'an assessment cannot be dated in the future'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'assessments_date_future_check',
                      TABLE = 'assessments', COLUMN = 'date';
        END IF;
    END IF;
    SELECT r.date_of_birth INTO born FROM residents AS r
    WHERE r.organization_id = NEW.organization_id AND r.id = NEW.resident_id;
    IF NEW.date < born THEN
        RAISE EXCEPTION 'an assessment cannot be dated before the resident was born'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'assessments_date_after_birth_check',
                  TABLE = 'assessments', COLUMN = 'date';
    END IF;
    IF NEW.corrects_id IS NOT NULL THEN
        SELECT * INTO original FROM assessments AS a
        WHERE a.organization_id = NEW.organization_id AND a.id = NEW.corrects_id;
        IF NOT FOUND OR original.resident_id <> NEW.resident_id OR original.type <> NEW.type THEN
            RAISE EXCEPTION 'a correction must name an assessment of the same resident and tool'
                USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'assessments_corrects_fkey',
                      TABLE = 'assessments', COLUMN = 'corrects_id';
        END IF;
    END IF;
    SELECT * INTO schedule FROM assessment_schedule_of(NEW.organization_id) AS s WHERE s.type = NEW.type;
    NEW.next_due_date := CASE WHEN NEW.risk_level >= 1 AND schedule.risk_days > 0 THEN NEW.date + schedule.risk_days
                              WHEN schedule.every_days > 0 THEN NEW.date + schedule.every_days END;
    RETURN NEW;
END
$$;
