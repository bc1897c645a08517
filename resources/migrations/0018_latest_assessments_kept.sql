-- Description: The latest assessment of each resident and tool is kept as it is written, so assessments due reads one row per resident and tool instead of searching each resident's assessments on every page
--
-- Issue 15. assessments_due (migration 6) found each resident's latest uncorrected assessment of each tool with a
-- search of the resident's assessments, newest first, skipping corrected ones, under the assessments' row-level policy
-- for every row it passed: 0.3 ms a resident, 15 ms of a resident list page of 50 (which shows the due dates), and the
-- same in the shift board and the assessments due page. Assessments are never changed or removed (migrations 6 and
-- 13), only added, some correcting an earlier one, so the latest per resident and tool changes only when one is added:
-- a trigger keeps it in assessment_latest, and the view reads that by key. The view's columns, rows and rights are
-- the same; where two assessments of one tool share date and time of writing (written in one transaction), the later
-- id is now the latest, where before either could be.

CREATE TABLE assessment_latest (
    organization_id uuid        NOT NULL,
    resident_id     uuid        NOT NULL,
    type            varchar(50) NOT NULL,
    assessment_id   uuid        NOT NULL,
    date            date        NOT NULL,
    next_due_date   date,
    CONSTRAINT assessment_latest_pkey PRIMARY KEY (organization_id, resident_id, type),
    -- No foreign key to assessments: the trigger below is the only writer and assessments are never removed, and a
    -- key would let TRUNCATE assessments fail on the key before the append-only guard refuses it as the attack it is.
    CONSTRAINT assessment_latest_resident_fkey FOREIGN KEY (organization_id, resident_id)
        REFERENCES residents (organization_id, id)
);

-- Read as the assessments are (migration 15's policy): the organization, the right, and a resident the reader may see.
-- Written only by the owner's trigger below: no station may add, change or remove a row.
ALTER TABLE assessment_latest ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_latest FORCE ROW LEVEL SECURITY;
CREATE POLICY assessment_latest_select ON assessment_latest FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('assessments.read'))
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = assessment_latest.organization_id
                                                       AND r.id = assessment_latest.resident_id OFFSET 0));
CREATE POLICY assessment_latest_insert ON assessment_latest FOR INSERT WITH CHECK (false);
CREATE POLICY assessment_latest_update ON assessment_latest FOR UPDATE USING (false) WITH CHECK (false);
CREATE POLICY assessment_latest_delete ON assessment_latest FOR DELETE USING (false);
GRANT SELECT ON assessment_latest TO wcn_app;
SELECT hide_statistics('assessment_latest');

-- The latest uncorrected assessment of the resident and tool, as migration 6's view chose it, made the one row kept.
-- Runs as the owner (the writer may not write this table) and reads every assessment of that resident and tool,
-- whoever may see them.
CREATE FUNCTION wcn_keep_latest_assessment(organization uuid, resident uuid, tool varchar) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    latest assessments;
BEGIN
    -- Two writers of the same resident and tool take turns here: the second waits for the first to commit and then
    -- reads (a statement of its own, so a snapshot that sees the first's assessment) before it writes.
    INSERT INTO assessment_latest (organization_id, resident_id, type, assessment_id, date)
    SELECT a.organization_id, a.resident_id, a.type, a.id, a.date FROM assessments AS a
    WHERE a.organization_id = organization AND a.resident_id = resident AND a.type = tool
    LIMIT 1
    ON CONFLICT (organization_id, resident_id, type) DO NOTHING;
    PERFORM 1 FROM assessment_latest AS k
    WHERE k.organization_id = organization AND k.resident_id = resident AND k.type = tool FOR UPDATE;

    SELECT a.* INTO latest FROM assessments AS a
    WHERE a.organization_id = organization AND a.resident_id = resident AND a.type = tool
      AND NOT EXISTS (SELECT 1 FROM assessments AS c WHERE c.organization_id = a.organization_id AND c.corrects_id = a.id)
    ORDER BY a.date DESC, a.created_at DESC, a.id DESC
    LIMIT 1;
    IF latest.id IS NULL THEN
        DELETE FROM assessment_latest AS k
        WHERE k.organization_id = organization AND k.resident_id = resident AND k.type = tool;
    ELSE
        UPDATE assessment_latest AS k
        SET assessment_id = latest.id, date = latest.date, next_due_date = latest.next_due_date
        WHERE k.organization_id = organization AND k.resident_id = resident AND k.type = tool;
    END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_keep_latest_assessment(uuid, uuid, varchar) FROM PUBLIC;

CREATE FUNCTION keep_latest_assessment() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    corrected assessments;
BEGIN
    PERFORM wcn_keep_latest_assessment(NEW.organization_id, NEW.resident_id, NEW.type);
    IF NEW.corrects_id IS NOT NULL THEN
        SELECT a.* INTO corrected FROM assessments AS a
        WHERE a.organization_id = NEW.organization_id AND a.id = NEW.corrects_id;
        IF corrected.resident_id IS DISTINCT FROM NEW.resident_id OR corrected.type IS DISTINCT FROM NEW.type THEN
            PERFORM wcn_keep_latest_assessment(corrected.organization_id, corrected.resident_id, corrected.type);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION keep_latest_assessment() FROM PUBLIC;

CREATE TRIGGER assessments_keep_latest
    AFTER INSERT ON assessments
    FOR EACH ROW EXECUTE FUNCTION keep_latest_assessment();

INSERT INTO assessment_latest (organization_id, resident_id, type, assessment_id, date, next_due_date)
SELECT DISTINCT ON (a.organization_id, a.resident_id, a.type)
       a.organization_id, a.resident_id, a.type, a.id, a.date, a.next_due_date
FROM assessments AS a
WHERE NOT EXISTS (SELECT 1 FROM assessments AS c WHERE c.organization_id = a.organization_id AND c.corrects_id = a.id)
ORDER BY a.organization_id, a.resident_id, a.type, a.date DESC, a.created_at DESC, a.id DESC;

-- Migration 6's view, reading the kept row in place of the search.
CREATE OR REPLACE VIEW assessments_due WITH (security_invoker = true) AS
SELECT r.organization_id, r.id AS resident_id, r.facility_id, s.type,
       CASE WHEN last.assessment_id IS NULL THEN CASE WHEN s.on_admission THEN r.admission_date END
            ELSE last.next_due_date END AS due_date,
       last.assessment_id AS last_assessment_id, last.date AS last_date
FROM residents AS r
CROSS JOIN assessment_schedule() AS s
LEFT JOIN assessment_latest AS last
       ON last.organization_id = r.organization_id AND last.resident_id = r.id AND last.type = s.type
WHERE r.status = 'admitted' AND (SELECT app_can('assessments.read'));
