-- Description: A restore of the embedded database is in the audit log: in the database in use when it is checked, and in the restored database when the next start switches to it
--
-- Issue 19, point 1. A restore to a moment takes back everything recorded after it, so that it must itself be
-- evidence: who asked for it, from which station and when, to which moment or backup, and where the database set
-- aside is kept. Written by the application's own superuser connection to its embedded server (or by
-- `writecarenotes-admin restore` into the copy it checks): database_restore_prepared into the database in use once
-- the restored copy checked out (a copy not switched to is still a full copy of the records);
-- database_restore_cancelled there if the switch is called off; database_restored into the restored database at the
-- start that switches to it (the entries in use before were taken back with the rest). details: restored_to (a
-- moment, or absent for the newest), backup (a backup's label, or absent), folder, requested_by, requested_at, and,
-- once switched, set_aside.

SELECT wcn_allow_audit_events(ARRAY['database_restore_prepared', 'database_restore_cancelled', 'database_restored']);

-- One entry per organization (each reads its own audit log), naming the requester where she is a member of it; a
-- database with no organization yet (restored to before the first run) gets one of no organization. Returns how many.
CREATE FUNCTION wcn_record_restore(event text, requester uuid, place text, details jsonb) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    org     uuid;
    written integer := 0;
BEGIN
    IF event IS NULL OR event NOT IN ('database_restore_prepared', 'database_restore_cancelled', 'database_restored')
    THEN
        RAISE EXCEPTION 'not an event of a restore' USING ERRCODE = 'check_violation';
    END IF;
    FOR org IN SELECT o.id FROM organizations AS o ORDER BY o.id LOOP
        PERFORM wcn_audit(org, (SELECT u.id FROM users AS u WHERE u.organization_id = org AND u.id = requester),
                          left(place, 200), event, NULL, details);
        written := written + 1;
    END LOOP;
    IF written = 0 THEN
        PERFORM wcn_audit(NULL, NULL, left(place, 200), event, NULL, details);
        written := 1;
    END IF;
    RETURN written;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_record_restore(text, uuid, text, jsonb) FROM PUBLIC;
