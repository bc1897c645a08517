-- Description: Incidents reported once and never changed, reviewed by managers (severity, duty of candour, lessons learned), their notifications to the CQC, the local authority and the HSE each with its due date, date sent and reference, and safeguarding incidents seen only by those given the right
--
-- Issue 17. The original design's incidents kept what happened and what was done as free JSON that any manager could
-- rewrite (UPDATE type, date, details, actions_taken), with nothing for the review, the family or the regulator.
-- Corrected here:
--   * the report is evidence: when, where, which resident (optional), what happened, immediate actions, injuries with
--     their body sites, witnesses; written once through app_report_incident and never changed by anyone, the owner
--     included (refuse_incident_change). Only the safeguarding flag may be raised later, never lowered;
--   * a manager's review is appended (incident_reviews), each a whole new version: severity (the NHS harm grades),
--     the type as reviewed, actions taken, the family told and when (duty of candour, regulation 20 of the Health and
--     Social Care Act 2008 (Regulated Activities) Regulations 2014), police involvement, lessons learned;
--   * each notification the incident needs is a row (incident_notifications): which kind (a CQC statutory
--     notification under the Care Quality Commission (Registration) Regulations 2009, regulation 16 or 18(2)(a) to
--     (g); a safeguarding referral to the local authority; a RIDDOR report to the HSE), its due date computed by the
--     database, the date sent and its reference, or why it was not needed after all. Once sent or withdrawn it is
--     locked;
--   * safeguarding incidents (the type, or the flag the reporter or reviewer raises) are seen only by users with the
--     new capability incidents.safeguarding (managers by default, and whoever is granted it), their homes' alone:
--     the reporter too loses sight of one once it is sent, since the person concerned may share the station;
--   * any other incident about a resident is seen by the staff who may read that resident (their timeline shows it).
-- "Without delay" (the CQC's words for regulations 16 and 18) is taken as within 24 hours of the incident, as is a
-- safeguarding referral; a RIDDOR report as within 10 days of it (the HSE's limit for a report). Both run from when the
-- incident happened, never from when it was reported: a late report is overdue at once.
-- Incidents written before this migration keep what they had (details, actions_taken) and are left unchecked by the
-- new rules; nothing in the application wrote them.

-- ---------------------------------------------------------------------------------------------------------------------
-- The capability: managers have it; it can be granted to others (a safeguarding lead) or denied.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION app_role_capabilities(role text) RETURNS text[]
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
                                  'incidents.review', 'incidents.safeguarding', 'audits.read', 'audits.write',
                                  'reports.read', 'audit_log.read', 'users.confirm']
        WHEN 'admin' THEN ARRAY['users.manage', 'organization.manage', 'facilities.manage', 'audit_log.read']
        ELSE ARRAY[]::text[]
    END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- The report.
-- ---------------------------------------------------------------------------------------------------------------------
ALTER TABLE incidents
    ADD COLUMN location          text    NOT NULL DEFAULT '',
    ADD COLUMN what_happened     text    NOT NULL DEFAULT '',
    ADD COLUMN immediate_actions text    NOT NULL DEFAULT '',
    ADD COLUMN injuries          text    NOT NULL DEFAULT '',
    ADD COLUMN injury_sites      text[]  NOT NULL DEFAULT '{}',
    -- The head was struck, or it is not known (nobody saw the fall): the observations for a head injury follow.
    ADD COLUMN head_struck       boolean NOT NULL DEFAULT false,
    ADD COLUMN witnesses         text    NOT NULL DEFAULT '',
    ADD COLUMN safeguarding      boolean NOT NULL DEFAULT false;
UPDATE incidents SET safeguarding = true WHERE type = 'safeguarding';
-- New reports only: the earlier ones kept what happened in details.
ALTER TABLE incidents
    ADD CONSTRAINT incidents_what_happened_check CHECK (btrim(what_happened) <> '' AND length(what_happened) <= 4000)
        NOT VALID,
    ADD CONSTRAINT incidents_location_check CHECK (length(location) <= 200),
    ADD CONSTRAINT incidents_immediate_actions_check CHECK (length(immediate_actions) <= 4000),
    ADD CONSTRAINT incidents_injuries_check CHECK (length(injuries) <= 2000),
    ADD CONSTRAINT incidents_witnesses_check CHECK (length(witnesses) <= 1000),
    ADD CONSTRAINT incidents_injury_sites_check CHECK (injury_sites <@ ARRAY[
        'head', 'face', 'neck', 'chest', 'abdomen', 'back', 'sacrum', 'left_shoulder', 'right_shoulder', 'left_arm',
        'right_arm', 'left_hand', 'right_hand', 'left_hip', 'right_hip', 'left_leg', 'right_leg', 'left_knee',
        'right_knee', 'left_foot', 'right_foot', 'left_heel', 'right_heel']::text[]),
    ADD CONSTRAINT incidents_safeguarding_check CHECK (type <> 'safeguarding' OR safeguarding);
-- A resident's incidents newest first, and a home's awaiting review.
CREATE INDEX idx_incidents_facility_reported ON incidents (organization_id, facility_id, created_at);

-- The report is never changed, by anyone: only its safeguarding flag may be raised (by a review), never lowered.
CREATE FUNCTION refuse_incident_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.safeguarding AND NOT OLD.safeguarding
       AND (to_jsonb(NEW) - ARRAY['safeguarding', 'updated_at']) = (to_jsonb(OLD) - ARRAY['safeguarding', 'updated_at'])
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'an incident report is never changed: add a review instead' USING ERRCODE = 'check_violation',
        CONSTRAINT = 'incidents_append_only', TABLE = 'incidents';
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_incident_change() FROM PUBLIC;
CREATE TRIGGER incidents_append_only BEFORE UPDATE OR DELETE ON incidents
    FOR EACH ROW EXECUTE FUNCTION refuse_incident_change();
CREATE TRIGGER incidents_never_truncated BEFORE TRUNCATE ON incidents
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- Reports an incident as the caller, in a home of theirs, about a resident of that home (or none): the new
-- incident's id. Run as the owner so that the reporter gets the id of a safeguarding report they cannot then read;
-- so it checks what the policies would. When it happened: not more than five minutes ahead of the server's clock
-- (a station's clock may run a little fast), nor before 2000.
CREATE FUNCTION app_report_incident(facility uuid, resident uuid, incident_type varchar, occurred_at timestamptz,
                                    location text, what_happened text, immediate_actions text, injuries text,
                                    injury_sites text[], head_struck boolean, witnesses text, safeguarding boolean)
    RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    organization uuid := app_organization_id();
    made         uuid;
BEGIN
    IF organization IS NULL OR NOT app_can('incidents.add')
       OR NOT (app_all_facilities() OR facility = ANY (app_facility_ids())) THEN
        RAISE EXCEPTION 'not allowed to report an incident in this home' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF resident IS NOT NULL AND NOT EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = organization
                                                                           AND r.id = resident
                                                                           AND r.facility_id = facility) THEN
        RAISE EXCEPTION 'no such resident in this home' USING ERRCODE = 'foreign_key_violation',
            CONSTRAINT = 'incidents_resident_fkey', TABLE = 'incidents';
    END IF;
    IF occurred_at IS NULL OR occurred_at > now() + interval '5 minutes' OR occurred_at < '2000-01-01' THEN
        RAISE EXCEPTION 'an incident cannot be reported before it happens' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'incidents_date_check', TABLE = 'incidents';
    END IF;
    INSERT INTO incidents (organization_id, facility_id, resident_id, type, date, reported_by, location,
                           what_happened, immediate_actions, injuries, injury_sites, head_struck, witnesses,
                           safeguarding)
    VALUES (organization, facility, resident, incident_type, occurred_at, app_user_id(),
            coalesce(btrim(location), ''), coalesce(btrim(what_happened), ''), coalesce(btrim(immediate_actions), ''),
            coalesce(btrim(injuries), ''), ARRAY(SELECT DISTINCT s FROM unnest(injury_sites) AS s ORDER BY 1),
            coalesce(head_struck, false), coalesce(btrim(witnesses), ''),
            coalesce(safeguarding, false) OR incident_type = 'safeguarding')
    RETURNING id INTO made;
    -- Nothing of what happened: whoever reads the log may not be allowed to read a safeguarding report.
    PERFORM app_audit('incident_reported', made, jsonb_build_object('facility_id', facility));
    RETURN made;
END
$$;
REVOKE EXECUTE ON FUNCTION app_report_incident(uuid, uuid, varchar, timestamptz, text, text, text, text, text[],
                                               boolean, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_report_incident(uuid, uuid, varchar, timestamptz, text, text, text, text, text[],
                                              boolean, text, boolean) TO wcn_app;

-- Who sees an incident: in their homes; a safeguarding one only with incidents.safeguarding; any other with
-- incidents.read, the reporter (while they may report), and, for an incident about a resident, whoever may read the
-- residents: the staff caring for someone see their falls on the resident's timeline (a change from the original
-- design, where staff saw only what they reported). Reviews and notifications stay with incidents.read (and, for a
-- safeguarding incident, incidents.safeguarding).
DROP POLICY incidents_select ON incidents;
CREATE POLICY incidents_select ON incidents FOR SELECT
    USING (organization_id = (SELECT app_organization_id())
           AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[]))
           AND CASE WHEN safeguarding THEN (SELECT app_can('incidents.safeguarding'))
                    ELSE (SELECT app_can('incidents.read'))
                         OR ((SELECT app_can('incidents.add')) AND reported_by = (SELECT app_user_id()))
                         OR (resident_id IS NOT NULL AND (SELECT app_can('residents.read'))) END);
-- Reports go through app_report_incident; nothing is updated or removed.
DROP POLICY incidents_insert ON incidents;
CREATE POLICY incidents_insert ON incidents FOR INSERT WITH CHECK (false);
DROP POLICY incidents_update ON incidents;
CREATE POLICY incidents_update ON incidents FOR UPDATE USING (false) WITH CHECK (false);
REVOKE INSERT, UPDATE ON incidents FROM wcn_app;

-- Whether the caller may review this incident: incidents.review, and the incident one they may see (its home theirs,
-- and incidents.safeguarding for a safeguarding one). For the owner's code, which bypasses the policies.
CREATE FUNCTION wcn_may_review_incident(incident incidents) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT incident.id IS NOT NULL AND incident.organization_id = app_organization_id() AND app_can('incidents.review')
       AND (app_all_facilities() OR incident.facility_id = ANY (app_facility_ids()))
       AND (NOT incident.safeguarding OR app_can('incidents.safeguarding'))
$$;
REVOKE EXECUTE ON FUNCTION wcn_may_review_incident(incidents) FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------------------------------
-- Reviews: each a whole version, the latest counts, none changed.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE incident_reviews (
    organization_id   uuid        NOT NULL DEFAULT app_organization_id(),
    id                uuid        NOT NULL DEFAULT gen_random_uuid(),
    incident_id       uuid        NOT NULL,
    version           integer     NOT NULL,
    type              varchar(50) NOT NULL,
    severity          varchar(20) NOT NULL,
    actions_taken     text        NOT NULL,
    lessons_learned   text        NOT NULL DEFAULT '',
    police_involved   boolean     NOT NULL DEFAULT false,
    safeguarding      boolean     NOT NULL DEFAULT false,
    -- Duty of candour: when the resident or their family was told, and who told whom, how.
    family_told_at    timestamptz,
    family_told_note  text        NOT NULL DEFAULT '',
    reviewed_by       uuid        NOT NULL DEFAULT app_user_id(),
    reviewed_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT incident_reviews_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT incident_reviews_version_key UNIQUE (organization_id, incident_id, version),
    CONSTRAINT incident_reviews_incident_fkey FOREIGN KEY (organization_id, incident_id)
        REFERENCES incidents (organization_id, id),
    CONSTRAINT incident_reviews_reviewed_by_fkey FOREIGN KEY (organization_id, reviewed_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT incident_reviews_type_check CHECK (type IN ('fall', 'medication_error', 'pressure_ulcer', 'skin_tear',
                                                           'safeguarding', 'behaviour', 'injury', 'infection',
                                                           'choking', 'missing_person', 'near_miss', 'death',
                                                           'complaint', 'other')),
    CONSTRAINT incident_reviews_severity_check CHECK (severity IN ('no_harm', 'low', 'moderate', 'severe', 'death')),
    CONSTRAINT incident_reviews_actions_taken_check CHECK (btrim(actions_taken) <> '' AND length(actions_taken) <= 4000),
    CONSTRAINT incident_reviews_lessons_learned_check CHECK (length(lessons_learned) <= 4000),
    CONSTRAINT incident_reviews_family_told_note_check CHECK (length(family_told_note) <= 1000),
    CONSTRAINT incident_reviews_family_told_check CHECK (family_told_at IS NULL OR btrim(family_told_note) <> ''),
    CONSTRAINT incident_reviews_safeguarding_check CHECK (type <> 'safeguarding' OR safeguarding)
);

-- Before a review is added: the next version; the reviewer the caller; the family told after the incident and not
-- ahead of the clock. Run as the owner, to number the versions whatever the caller may see.
CREATE FUNCTION prepare_incident_review() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    incident incidents;
BEGIN
    SELECT * INTO incident FROM incidents AS i WHERE i.organization_id = NEW.organization_id AND i.id = NEW.incident_id;
    -- Before anything is read from the incident, and the same refusal whether or not it exists: this trigger runs
    -- ahead of the row policy's check, as the owner, and must tell a caller nothing of an incident they may not
    -- review (not even when it happened). The owner's own session (a migration, an import) is not a station's.
    IF NOT pg_has_role(session_user, 'wcn_owner', 'USAGE')
       AND (incident.id IS NULL OR NOT wcn_may_review_incident(incident)) THEN
        RAISE EXCEPTION 'not allowed to review this incident' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF incident.id IS NULL THEN
        RETURN NEW; -- the foreign key refuses it
    END IF;
    PERFORM 1 FROM incidents AS i WHERE i.organization_id = incident.organization_id AND i.id = incident.id FOR UPDATE;
    NEW.version := coalesce((SELECT max(r.version) FROM incident_reviews AS r
                             WHERE r.organization_id = NEW.organization_id AND r.incident_id = NEW.incident_id), 0) + 1;
    NEW.reviewed_at := now();
    NEW.safeguarding := NEW.safeguarding OR incident.safeguarding OR NEW.type = 'safeguarding';
    IF app_user_id() IS NOT NULL THEN
        NEW.reviewed_by := app_user_id();
    END IF;
    IF NEW.family_told_at IS NOT NULL
       AND (NEW.family_told_at < incident.date OR NEW.family_told_at > now() + interval '5 minutes')
    THEN
        RAISE EXCEPTION 'the family cannot be told before the incident or in the future'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'incident_reviews_family_told_at_check',
                  TABLE = 'incident_reviews';
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION prepare_incident_review() FROM PUBLIC;
CREATE TRIGGER incident_reviews_prepare BEFORE INSERT ON incident_reviews
    FOR EACH ROW EXECUTE FUNCTION prepare_incident_review();

-- After a review: a safeguarding review makes the incident a safeguarding one (seen by fewer from then on), and the
-- audit log says who reviewed which incident.
CREATE FUNCTION incident_reviewed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    facility uuid;
BEGIN
    UPDATE incidents SET safeguarding = true
    WHERE organization_id = NEW.organization_id AND id = NEW.incident_id AND NEW.safeguarding AND NOT safeguarding;
    SELECT i.facility_id INTO facility FROM incidents AS i
    WHERE i.organization_id = NEW.organization_id AND i.id = NEW.incident_id;
    PERFORM app_audit('incident_reviewed', NEW.incident_id,
                      jsonb_build_object('facility_id', facility, 'version', NEW.version));
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION incident_reviewed() FROM PUBLIC;
CREATE TRIGGER incident_reviews_recorded AFTER INSERT ON incident_reviews
    FOR EACH ROW EXECUTE FUNCTION incident_reviewed();

CREATE FUNCTION refuse_incident_review_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'a review is never changed: add another' USING ERRCODE = 'check_violation',
        CONSTRAINT = 'incident_reviews_append_only', TABLE = 'incident_reviews';
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_incident_review_change() FROM PUBLIC;
CREATE TRIGGER incident_reviews_append_only BEFORE UPDATE OR DELETE ON incident_reviews
    FOR EACH ROW EXECUTE FUNCTION refuse_incident_review_change();
CREATE TRIGGER incident_reviews_never_truncated BEFORE TRUNCATE ON incident_reviews
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

ALTER TABLE incident_reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident_reviews FORCE ROW LEVEL SECURITY;
-- The incident's own policy decides, through the EXISTS (its home, and safeguarding); then those who read incidents, and
-- for a safeguarding incident those given to see them (a safeguarding lead follows the whole of one).
CREATE POLICY incident_reviews_select ON incident_reviews FOR SELECT
    USING (organization_id = (SELECT app_organization_id())
           AND EXISTS (SELECT 1 FROM incidents AS i WHERE i.organization_id = incident_reviews.organization_id
                                                      AND i.id = incident_reviews.incident_id
                                                      AND ((SELECT app_can('incidents.read'))
                                                           OR (i.safeguarding
                                                               AND (SELECT app_can('incidents.safeguarding'))))));
CREATE POLICY incident_reviews_insert ON incident_reviews FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('incidents.review'))
                AND reviewed_by = (SELECT app_user_id())
                AND EXISTS (SELECT 1 FROM incidents AS i WHERE i.organization_id = incident_reviews.organization_id
                                                           AND i.id = incident_reviews.incident_id));
CREATE POLICY incident_reviews_update ON incident_reviews FOR UPDATE USING (false) WITH CHECK (false);
CREATE POLICY incident_reviews_delete ON incident_reviews FOR DELETE USING (false);
GRANT SELECT, INSERT (incident_id, type, severity, actions_taken, lessons_learned, police_involved, safeguarding,
                      family_told_at, family_told_note)
    ON incident_reviews TO wcn_app;

-- ---------------------------------------------------------------------------------------------------------------------
-- Notifications: what the incident must be reported to, by when (computed here), and when it was sent with the
-- reference the recipient gave, or why it was not needed after all.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE incident_notifications (
    organization_id  uuid        NOT NULL DEFAULT app_organization_id(),
    id               uuid        NOT NULL DEFAULT gen_random_uuid(),
    incident_id      uuid        NOT NULL,
    kind             varchar(40) NOT NULL,
    due_at           timestamptz NOT NULL,
    sent_at          timestamptz,
    reference        text        NOT NULL DEFAULT '',
    sent_by          uuid,
    withdrawn_reason text        NOT NULL DEFAULT '',
    withdrawn_at     timestamptz,
    withdrawn_by     uuid,
    created_by       uuid        NOT NULL DEFAULT app_user_id(),
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT incident_notifications_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT incident_notifications_kind_key UNIQUE (organization_id, incident_id, kind),
    CONSTRAINT incident_notifications_incident_fkey FOREIGN KEY (organization_id, incident_id)
        REFERENCES incidents (organization_id, id),
    CONSTRAINT incident_notifications_created_by_fkey FOREIGN KEY (organization_id, created_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT incident_notifications_sent_by_fkey FOREIGN KEY (organization_id, sent_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT incident_notifications_withdrawn_by_fkey FOREIGN KEY (organization_id, withdrawn_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT incident_notifications_kind_check CHECK (kind IN (
        'cqc_death', 'cqc_serious_injury', 'cqc_dols_request', 'cqc_court_application', 'cqc_abuse', 'cqc_police',
        'cqc_service_threat', 'safeguarding_referral', 'riddor')),
    CONSTRAINT incident_notifications_reference_check CHECK (length(reference) <= 200
                                                             AND (sent_at IS NULL OR btrim(reference) <> '')),
    CONSTRAINT incident_notifications_withdrawn_reason_check CHECK (length(withdrawn_reason) <= 1000),
    CONSTRAINT incident_notifications_sent_or_withdrawn_check CHECK (sent_at IS NULL OR withdrawn_at IS NULL)
);
-- What is not yet sent, by when: the home screen's and the incident list's "past due".
CREATE INDEX idx_incident_notifications_pending ON incident_notifications (organization_id, due_at)
    WHERE sent_at IS NULL AND withdrawn_at IS NULL;

-- When a notification of this kind is due for an incident that happened at `occurred` (see the top of this file).
CREATE FUNCTION wcn_notification_due(kind text, occurred timestamptz) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    -- In hours, not days: a day's length depends on the session's time zone (the clocks change), hours do not.
    SELECT occurred + CASE WHEN kind = 'riddor' THEN interval '240 hours' ELSE interval '24 hours' END
$$;

-- Before a notification is added or changed: its due date from the incident; who added it; once sent or withdrawn,
-- locked; sent after the incident and not ahead of the clock, by the caller; withdrawn with a reason, by the caller.
CREATE FUNCTION prepare_incident_notification() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    occurred timestamptz;
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a notification is never removed: say why it was not needed' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'incident_notifications_append_only', TABLE = 'incident_notifications';
    END IF;
    SELECT i.date INTO occurred FROM incidents AS i
    WHERE i.organization_id = NEW.organization_id AND i.id = NEW.incident_id;
    IF TG_OP = 'INSERT' THEN
        NEW.due_at := wcn_notification_due(NEW.kind, coalesce(occurred, now()));
        NEW.created_at := now();
        IF app_user_id() IS NOT NULL THEN
            NEW.created_by := app_user_id();
        END IF;
        NEW.sent_at := NULL;
        NEW.sent_by := NULL;
        NEW.reference := '';
        NEW.withdrawn_reason := '';
        NEW.withdrawn_at := NULL;
        NEW.withdrawn_by := NULL;
        RETURN NEW;
    END IF;
    IF OLD.sent_at IS NOT NULL OR OLD.withdrawn_at IS NOT NULL THEN
        RAISE EXCEPTION 'this notification is already sent or withdrawn' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'incident_notifications_locked', TABLE = 'incident_notifications';
    END IF;
    IF (NEW.organization_id, NEW.id, NEW.incident_id, NEW.kind, NEW.due_at, NEW.created_by, NEW.created_at)
       IS DISTINCT FROM (OLD.organization_id, OLD.id, OLD.incident_id, OLD.kind, OLD.due_at, OLD.created_by,
                         OLD.created_at) THEN
        RAISE EXCEPTION 'only the sending or withdrawal of a notification is recorded'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'incident_notifications_locked',
                  TABLE = 'incident_notifications';
    END IF;
    IF NEW.sent_at IS NOT NULL THEN
        IF NEW.sent_at < occurred OR NEW.sent_at > now() + interval '5 minutes' THEN
            RAISE EXCEPTION 'a notification cannot be sent before the incident or in the future'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'incident_notifications_sent_at_check',
                      TABLE = 'incident_notifications';
        END IF;
        NEW.sent_by := app_user_id();
        NEW.withdrawn_reason := '';
    ELSIF btrim(NEW.withdrawn_reason) <> '' THEN
        NEW.withdrawn_at := now();
        NEW.withdrawn_by := app_user_id();
        NEW.reference := '';
    ELSE
        RAISE EXCEPTION 'say when it was sent, or why it was not needed' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'incident_notifications_outcome_check', TABLE = 'incident_notifications';
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION prepare_incident_notification() FROM PUBLIC;
CREATE TRIGGER incident_notifications_prepare BEFORE INSERT OR UPDATE OR DELETE ON incident_notifications
    FOR EACH ROW EXECUTE FUNCTION prepare_incident_notification();
CREATE TRIGGER incident_notifications_never_truncated BEFORE TRUNCATE ON incident_notifications
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

CREATE FUNCTION incident_notification_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    facility uuid;
BEGIN
    SELECT i.facility_id INTO facility FROM incidents AS i
    WHERE i.organization_id = NEW.organization_id AND i.id = NEW.incident_id;
    PERFORM app_audit(CASE WHEN TG_OP = 'INSERT' THEN 'incident_notification_added'
                           WHEN NEW.sent_at IS NOT NULL THEN 'incident_notification_sent'
                           ELSE 'incident_notification_withdrawn' END, NEW.incident_id,
                      jsonb_build_object('facility_id', facility, 'notification_id', NEW.id));
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION incident_notification_changed() FROM PUBLIC;
CREATE TRIGGER incident_notifications_recorded AFTER INSERT OR UPDATE ON incident_notifications
    FOR EACH ROW EXECUTE FUNCTION incident_notification_changed();

ALTER TABLE incident_notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident_notifications FORCE ROW LEVEL SECURITY;
CREATE POLICY incident_notifications_select ON incident_notifications FOR SELECT
    USING (organization_id = (SELECT app_organization_id())
           AND EXISTS (SELECT 1 FROM incidents AS i WHERE i.organization_id = incident_notifications.organization_id
                                                      AND i.id = incident_notifications.incident_id
                                                      AND ((SELECT app_can('incidents.read'))
                                                           OR (i.safeguarding
                                                               AND (SELECT app_can('incidents.safeguarding'))))));
CREATE POLICY incident_notifications_insert ON incident_notifications FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('incidents.review'))
                AND EXISTS (SELECT 1 FROM incidents AS i
                            WHERE i.organization_id = incident_notifications.organization_id
                              AND i.id = incident_notifications.incident_id));
CREATE POLICY incident_notifications_update ON incident_notifications FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('incidents.review'))
           AND EXISTS (SELECT 1 FROM incidents AS i WHERE i.organization_id = incident_notifications.organization_id
                                                      AND i.id = incident_notifications.incident_id))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('incidents.review')));
CREATE POLICY incident_notifications_delete ON incident_notifications FOR DELETE USING (false);
GRANT SELECT, INSERT (incident_id, kind), UPDATE (sent_at, reference, withdrawn_reason)
    ON incident_notifications TO wcn_app;

-- ---------------------------------------------------------------------------------------------------------------------
-- The shift board's head-injury watch: for each admitted resident of a home who had a fall or injury with a possible
-- head injury (the head or face among the sites, or the head struck or not known to be spared: the rule of
-- models/compliance/HeadInjuryObservations) since `since`, when the latest happened. Run as the owner so that the
-- staff caring for a resident are told even when the incident is a safeguarding one they may not read; nothing else of
-- it is returned. For those who may read the home's residents.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION app_head_injury_watch(facility uuid, since timestamptz)
    RETURNS TABLE (resident_id uuid, happened_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
    SELECT i.resident_id, max(i.date)
    FROM residents AS r
    JOIN incidents AS i ON i.organization_id = r.organization_id AND i.resident_id = r.id
    WHERE r.organization_id = app_organization_id() AND r.facility_id = facility AND r.status = 'admitted'
      AND app_can('residents.read') AND (app_all_facilities() OR facility = ANY (app_facility_ids()))
      AND (i.head_struck OR i.injury_sites && ARRAY['head', 'face']::text[]) AND i.date >= since
    GROUP BY i.resident_id
$$;
REVOKE EXECUTE ON FUNCTION app_head_injury_watch(uuid, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_head_injury_watch(uuid, timestamptz) TO wcn_app;

-- ---------------------------------------------------------------------------------------------------------------------
-- The audit log's new events. Migrations 12 and 19 each rewrote the event list in a block of their own; from here on a
-- migration adds its events with wcn_allow_audit_events.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION wcn_allow_audit_events(added text[]) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    events text[];
BEGIN
    SELECT ARRAY(SELECT DISTINCT m[1] FROM regexp_matches(pg_get_constraintdef(c.oid), '''([a-z_]+)''', 'g') AS m
                 ORDER BY 1)
    INTO events
    FROM pg_constraint AS c WHERE c.conrelid = 'public.audit_log'::regclass AND c.conname = 'audit_log_event_check';
    IF cardinality(events) < 20 THEN
        RAISE EXCEPTION 'audit_log_event_check is not as expected';
    END IF;
    ALTER TABLE audit_log DROP CONSTRAINT audit_log_event_check;
    EXECUTE format('ALTER TABLE audit_log ADD CONSTRAINT audit_log_event_check CHECK (event IN (%s))',
                   (SELECT string_agg(quote_literal(x.e), ', ' ORDER BY x.e)
                    FROM (SELECT unnest(events) UNION SELECT unnest(added)) AS x (e)));
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_allow_audit_events(text[]) FROM PUBLIC;
SELECT wcn_allow_audit_events(ARRAY['incident_reported', 'incident_reviewed', 'incident_notification_added',
                                    'incident_notification_sent', 'incident_notification_withdrawn']);

SELECT hide_statistics(t) FROM unnest(ARRAY['incidents', 'incident_reviews', 'incident_notifications']::regclass[]) AS t;

-- What a role may do changed: every open session asks again.
UPDATE sessions SET capabilities = NULL WHERE revoked_at IS NULL;
