-- Description: Whoever may read the audit log of a resident's home sees who has seen the resident's record: everyone who opened it or read its medical notes or details, and when; reading that list is itself recorded
--
-- Issue 18, point 4: "for a resident, the list of everyone who opened their record or read their medical notes, and
-- when": what a resident or their family asking "who has seen my records?" is entitled to (UK GDPR, article 15), and
-- what the NHS Data Security and Protection Toolkit asks a care home to be able to show. The events are already in
-- the audit log, written by the database as each record is opened (resident_opened, app_record_resident_opened) and
-- as medical notes or details are read (medical_notes_read, medical_details_read, app_read_medical_notes and
-- app_read_medical_details); the audit log's own policy (migration 9) lets those with audit_log.read (managers,
-- administrators) read the entries of their homes, and the application lists them from there, by the index on
-- (organization_id, subject_id, occurred_at).
--
-- New here: the application records that someone read that list (record_access_read), through
-- app_record_access_read, which runs under row-level security with wcn_functions' rights (as
-- app_record_resident_opened does) and records nothing, answering false, unless the caller may read the audit log's
-- entries of that resident: with audit_log.read, and every home or users.manage (as the audit log's policy has it), or
-- the resident one of their homes'. It is the application's record of its own window: whoever may read the audit log
-- may also read it with a statement of their own, which nothing records.
SELECT wcn_allow_audit_events(ARRAY['record_access_read']);

CREATE FUNCTION app_record_access_read(resident uuid) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    IF NOT app_can('audit_log.read')
       OR NOT (app_all_facilities() OR app_can('users.manage')
               OR EXISTS (SELECT 1 FROM residents AS r
                          WHERE r.organization_id = app_organization_id() AND r.id = resident))
    THEN
        RETURN false;
    END IF;
    PERFORM app_audit('record_access_read', resident);
    RETURN true;
END
$$;
SELECT wcn_hand_over('app_record_access_read(uuid)'::regprocedure);
REVOKE EXECUTE ON FUNCTION app_record_access_read(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_record_access_read(uuid) TO wcn_app;
