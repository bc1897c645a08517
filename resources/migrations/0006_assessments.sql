-- Description: Assessments: scored and banded by the published tools, corrected only by linked entries, next-due dates from the organization's schedule, and the care-plan choice a high result asks for
--
-- The document's assessments table kept type, date, findings and recommendations. A risk tool's result is what
-- decides care, so the score, the band and the tool's version are kept with the answers (the station scores with
-- one piece of code; the database keeps what was shown). The document let an assessment be updated (updated_at):
-- it is evidence, so it is never rewritten; a mistake is put right by a new entry naming the one it corrects.

-- ---------------------------------------------------------------------------------------------------------------------
-- The organization's schedule: for each tool, whether it is due on admission, every how many days, and how soon when
-- the last result showed a risk (0: not scheduled). Set in organizations.settings -> 'assessment_schedule'; a value
-- outside 0-366 days is ignored and the default used. The defaults: MUST and Waterlow on admission and monthly
-- (BAPEN: care homes rescreen monthly at every MUST risk level; Waterlow weekly once at risk, as most homes' policies
-- ask); falls on admission, every 3 months, monthly at medium or high risk; Abbey the next day while pain shows;
-- Barthel every 3 months; NEWS2 the next day after a raised score.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION assessment_schedule() RETURNS TABLE (type varchar(50), on_admission boolean, every_days integer,
                                                     risk_days integer)
    LANGUAGE sql STABLE
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
               WHERE o.id = app_organization_id()) AS settings ON true
$$;
REVOKE EXECUTE ON FUNCTION assessment_schedule() FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------------------------------
-- What each assessment scored, and what corrects what.
-- ---------------------------------------------------------------------------------------------------------------------
ALTER TABLE assessments
    ADD COLUMN tool_version      varchar(50),
    ADD COLUMN score             integer,
    ADD COLUMN band              varchar(50),
    ADD COLUMN risk_level        smallint,
    ADD COLUMN next_due_date     date,
    ADD COLUMN corrects_id       uuid,
    ADD COLUMN correction_reason text,
    ADD CONSTRAINT assessments_score_check CHECK (score BETWEEN 0 AND 100),
    ADD CONSTRAINT assessments_risk_level_check CHECK (risk_level BETWEEN 0 AND 3),
    ADD CONSTRAINT assessments_correction_reason_check
        CHECK ((corrects_id IS NULL AND correction_reason IS NULL)
               OR (corrects_id IS NOT NULL AND correction_reason IS NOT NULL
                   AND length(btrim(correction_reason)) BETWEEN 3 AND 2000)),
    ADD CONSTRAINT assessments_corrects_fkey FOREIGN KEY (organization_id, corrects_id)
        REFERENCES assessments (organization_id, id);
-- An assessment has at most one direct correction (a correction may itself be corrected).
CREATE UNIQUE INDEX assessments_one_correction_key ON assessments (organization_id, corrects_id)
    WHERE corrects_id IS NOT NULL;

-- Before each assessment is stored: a station's must be scored, dated between the resident's birth and today, and a
-- correction must name an assessment of the same resident and tool. The next-due date comes from the schedule, so a
-- station cannot push it back.
CREATE FUNCTION prepare_assessment() RETURNS trigger
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
    SELECT * INTO schedule FROM assessment_schedule() AS s WHERE s.type = NEW.type;
    NEW.next_due_date := CASE WHEN NEW.risk_level >= 1 AND schedule.risk_days > 0 THEN NEW.date + schedule.risk_days
                              WHEN schedule.every_days > 0 THEN NEW.date + schedule.every_days END;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION prepare_assessment() FROM PUBLIC;
CREATE TRIGGER assessments_prepare BEFORE INSERT ON assessments
    FOR EACH ROW EXECUTE FUNCTION prepare_assessment();

-- Never rewritten or removed, whoever asks (the row-level policies already refuse stations).
CREATE FUNCTION refuse_assessment_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'assessments are never changed or removed: write a correction instead'
        USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'assessments_append_only', TABLE = 'assessments';
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_assessment_change() FROM PUBLIC;
CREATE TRIGGER assessments_append_only BEFORE UPDATE OR DELETE ON assessments
    FOR EACH ROW EXECUTE FUNCTION refuse_assessment_change();

-- ---------------------------------------------------------------------------------------------------------------------
-- What is due: for each admitted resident and each scheduled tool, the date the current assessment (the newest not
-- corrected since) set, or the admission date when a tool due on admission has never been done. Read under the
-- reader's own row-level security: only residents and assessments they may see, and nothing for those who may not
-- read assessments (for them every tool would look never done).
-- ---------------------------------------------------------------------------------------------------------------------
CREATE VIEW assessments_due WITH (security_invoker = true) AS
SELECT r.organization_id, r.id AS resident_id, r.facility_id, s.type,
       CASE WHEN last.id IS NULL THEN CASE WHEN s.on_admission THEN r.admission_date END
            ELSE last.next_due_date END AS due_date,
       last.id AS last_assessment_id, last.date AS last_date
FROM residents AS r
CROSS JOIN assessment_schedule() AS s
LEFT JOIN LATERAL (
    SELECT a.id, a.date, a.next_due_date FROM assessments AS a
    WHERE a.organization_id = r.organization_id AND a.resident_id = r.id AND a.type = s.type
      AND NOT EXISTS (SELECT 1 FROM assessments AS c
                      WHERE c.organization_id = a.organization_id AND c.corrects_id = a.id)
    ORDER BY a.date DESC, a.created_at DESC
    LIMIT 1) AS last ON true
WHERE r.status = 'admitted' AND (SELECT app_can('assessments.read'));

-- ---------------------------------------------------------------------------------------------------------------------
-- What the assessor chose when a high result offered its care plan for review: the existing plan reviewed, a new
-- plan started, or not now (with the reason). Written once, never changed.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE assessment_follow_ups (
    organization_id uuid        NOT NULL DEFAULT app_organization_id(),
    assessment_id   uuid        NOT NULL,
    choice          varchar(20) NOT NULL,
    care_plan_id    uuid,
    reason          text,
    chosen_by       uuid        NOT NULL DEFAULT app_user_id(),
    chosen_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT assessment_follow_ups_pkey PRIMARY KEY (organization_id, assessment_id),
    CONSTRAINT assessment_follow_ups_assessment_fkey FOREIGN KEY (organization_id, assessment_id)
        REFERENCES assessments (organization_id, id),
    CONSTRAINT assessment_follow_ups_care_plan_fkey FOREIGN KEY (organization_id, care_plan_id)
        REFERENCES care_plans (organization_id, id),
    CONSTRAINT assessment_follow_ups_chosen_by_fkey FOREIGN KEY (organization_id, chosen_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT assessment_follow_ups_choice_check CHECK (choice IN ('reviewed_plan', 'started_plan', 'declined')),
    CONSTRAINT assessment_follow_ups_plan_check CHECK ((choice = 'reviewed_plan') = (care_plan_id IS NOT NULL)),
    CONSTRAINT assessment_follow_ups_reason_check
        CHECK ((choice = 'declined') = (reason IS NOT NULL) AND (reason IS NULL OR length(btrim(reason)) BETWEEN 3 AND 2000))
);

CREATE FUNCTION prepare_assessment_follow_up() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    NEW.chosen_at := now();
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION prepare_assessment_follow_up() FROM PUBLIC;
CREATE TRIGGER assessment_follow_ups_prepare BEFORE INSERT ON assessment_follow_ups
    FOR EACH ROW EXECUTE FUNCTION prepare_assessment_follow_up();
CREATE TRIGGER assessment_follow_ups_append_only BEFORE UPDATE OR DELETE ON assessment_follow_ups
    FOR EACH ROW EXECUTE FUNCTION refuse_assessment_change();

ALTER TABLE assessment_follow_ups ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_follow_ups FORCE ROW LEVEL SECURITY;
-- In scope when the assessment is (its own policy decides that).
CREATE POLICY assessment_follow_ups_select ON assessment_follow_ups FOR SELECT
    USING (organization_id = (SELECT app_organization_id())
           AND EXISTS (SELECT 1 FROM assessments AS a WHERE a.organization_id = assessment_follow_ups.organization_id
                                                        AND a.id = assessment_follow_ups.assessment_id));
CREATE POLICY assessment_follow_ups_insert ON assessment_follow_ups FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('assessments.write'))
                AND chosen_by = (SELECT app_user_id())
                AND EXISTS (SELECT 1 FROM assessments AS a
                            WHERE a.organization_id = assessment_follow_ups.organization_id
                              AND a.id = assessment_follow_ups.assessment_id));
CREATE POLICY assessment_follow_ups_update ON assessment_follow_ups FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY assessment_follow_ups_delete ON assessment_follow_ups FOR DELETE
    USING (false);

-- ---------------------------------------------------------------------------------------------------------------------
-- What stations may do: choose what an assessment says, never its author, times or due date.
-- ---------------------------------------------------------------------------------------------------------------------
REVOKE INSERT ON assessments FROM wcn_app;
GRANT INSERT (id, resident_id, type, date, findings, recommendations, tool_version, score, band, risk_level,
              corrects_id, correction_reason)
    ON assessments TO wcn_app;
GRANT SELECT ON assessments_due TO wcn_app;
GRANT SELECT ON assessment_follow_ups TO wcn_app;
GRANT INSERT (assessment_id, choice, care_plan_id, reason) ON assessment_follow_ups TO wcn_app;
GRANT EXECUTE ON FUNCTION assessment_schedule() TO wcn_app;
