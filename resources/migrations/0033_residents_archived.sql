-- Description: An administrator who may read all of a resident's records archives them once they may be: the complete export saved first, then every record removed for good, never under a legal hold, and the audit log's entries about her redacted, each still verifiable
--
-- Issue 19, point 7 (the archive; the list of records kept and legal holds are migration 31, the export 30).
-- Who: an administrator (organization.manage) who may also read every record of the resident, as the subject access
-- export does (wcn_may_export_subject): the archive starts with that export, and a removal nobody could have read
-- first would remove unseen. When: the resident has left or died, the organization's period has passed
-- (wcn_retention_first_day_due, as app_records_kept lists it), no legal hold is in force, no quality audit cites her
-- as evidence (its answers are kept with the audit, which the archive does not touch), and she was exported by the
-- same user within 10 minutes (the export's audit entry, committed; its SHA-256 as saved is recorded with the archive,
-- so that the file can be matched to it later).
-- What: every row about her, in the order the keys need (migration 1 set no key to cascade): notes (every partition),
-- note keys, the latest assessment, follow-ups, assessments, care plan reviews, care plans, incident notifications,
-- reviews and incidents, admissions and moves, her search words, earlier versions of her record, and the record.
-- The append-only guards refuse that to anyone else: each lets a row go only inside app_archive_resident's own
-- transaction, and only a row of the resident it names (archive_removals, the owner's, holds that while it runs and
-- is emptied before it returns). Each row's removal is in the audit log as row_deleted with its key alone (the full
-- row, as an ordinary removal would copy it, is what the archive takes away).
-- The audit log: the entries about her (her rows' values, who opened her record, her holds' reasons) are redacted to
-- what the row comparison needs (table, key, resident and home ids) and a pointer to the archive's own entry. The
-- chain stays whole: an entry keeps its place, its link and its hash, and gets a second hash (redacted_hash) of its
-- redacted content over the same link, which verifying checks instead, together with the archive entry it points
-- to; a head kept elsewhere still matches. An entry is redacted only by the archive of the resident it is about.
-- Not removed: her id inside other entries (an id names nobody once the record is gone); free text of other
-- residents' records that mentions her; copies outside the database (backups until their retention ends, the
-- server's log, the export itself, printouts). The README says so.

SELECT wcn_allow_audit_events(ARRAY['resident_archived']);

-- The archive under way, per transaction: one row while app_archive_resident runs, none otherwise.
CREATE TABLE archive_removals (
    transaction_id  xid8   NOT NULL DEFAULT pg_current_xact_id(),
    -- Not named organization_id and resident_id: this is no tenant's table, and no row about a resident.
    organization    uuid   NOT NULL,
    resident        uuid   NOT NULL,
    -- Her care plans and incidents: the subjects of their own events (care_plan_*, incident_*).
    care_plans      uuid[] NOT NULL,
    incidents       uuid[] NOT NULL,
    archive_entry   bigint NOT NULL,
    CONSTRAINT archive_removals_pkey PRIMARY KEY (transaction_id)
);
REVOKE ALL ON archive_removals FROM PUBLIC;
ALTER TABLE archive_removals ENABLE ROW LEVEL SECURITY;
ALTER TABLE archive_removals FORCE ROW LEVEL SECURITY;
SELECT hide_statistics('archive_removals');

ALTER TABLE audit_log
    ADD COLUMN redacted_hash bytea,
    ADD CONSTRAINT audit_log_redacted_check CHECK (redacted_hash IS NULL OR entry_hash IS NOT NULL);
SELECT hide_statistics('audit_log');

CREATE FUNCTION wcn_archive_in_progress() RETURNS archive_removals
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
    SELECT a.* FROM public.archive_removals AS a WHERE a.transaction_id = pg_current_xact_id_if_assigned()
$$;
REVOKE EXECUTE ON FUNCTION wcn_archive_in_progress() FROM PUBLIC;

-- Whether the archive under way removes this row (tbl: the table or partition it is in; old: the row as to_jsonb).
CREATE FUNCTION wcn_archive_removes(tbl text, old jsonb) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    removing archive_removals := wcn_archive_in_progress();
    owner    uuid;
BEGIN
    IF removing.transaction_id IS NULL OR removing.organization IS DISTINCT FROM (old ->> 'organization_id')::uuid
    THEN
        RETURN false;
    END IF;
    owner := CASE
        WHEN tbl = 'assessment_follow_ups' THEN
            (SELECT a.resident_id FROM assessments AS a
             WHERE a.organization_id = removing.organization AND a.id = (old ->> 'assessment_id')::uuid)
        WHEN tbl IN ('incident_reviews', 'incident_notifications') THEN
            (SELECT i.resident_id FROM incidents AS i
             WHERE i.organization_id = removing.organization AND i.id = (old ->> 'incident_id')::uuid)
        WHEN tbl = 'residents' THEN (old ->> 'id')::uuid
        ELSE (old ->> 'resident_id')::uuid
    END;
    RETURN owner IS NOT DISTINCT FROM removing.resident;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_archive_removes(text, jsonb) FROM PUBLIC;

-- The append-only guards, each as it was with one exception: a row the archive under way removes. Asked only of the
-- owner's own statements (the archive runs as the owner; nobody else may remove these rows at all).
CREATE OR REPLACE FUNCTION refuse_audit_log_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME <> 'audit_log' AND pg_has_role(current_user, 'wcn_owner', 'MEMBER')
       AND public.wcn_archive_removes(TG_TABLE_NAME, to_jsonb(OLD)) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log cannot be changed or emptied'
        USING ERRCODE = 'insufficient_privilege', TABLE = 'audit_log';
END
$$;

CREATE OR REPLACE FUNCTION refuse_assessment_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND pg_has_role(current_user, 'wcn_owner', 'MEMBER')
       AND wcn_archive_removes(TG_TABLE_NAME, to_jsonb(OLD)) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'assessments are never changed or removed: write a correction instead'
        USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'assessments_append_only', TABLE = 'assessments';
END
$$;

CREATE OR REPLACE FUNCTION refuse_daily_record_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'daily_records_default' AND pg_has_role(current_user, 'wcn_owner', 'MEMBER')
    THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'DELETE' AND pg_has_role(current_user, 'wcn_owner', 'MEMBER')
       AND wcn_archive_removes(TG_TABLE_NAME, to_jsonb(OLD)) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'daily records are never changed or removed: write a correction instead'
        USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'daily_records_append_only', TABLE = 'daily_records';
END
$$;

CREATE OR REPLACE FUNCTION refuse_incident_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.safeguarding AND NOT OLD.safeguarding
       AND (to_jsonb(NEW) - ARRAY['safeguarding', 'updated_at']) = (to_jsonb(OLD) - ARRAY['safeguarding', 'updated_at'])
    THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' AND pg_has_role(current_user, 'wcn_owner', 'MEMBER')
       AND wcn_archive_removes(TG_TABLE_NAME, to_jsonb(OLD)) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'an incident report is never changed: add a review instead' USING ERRCODE = 'check_violation',
        CONSTRAINT = 'incidents_append_only', TABLE = 'incidents';
END
$$;

CREATE OR REPLACE FUNCTION refuse_incident_review_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND pg_has_role(current_user, 'wcn_owner', 'MEMBER')
       AND wcn_archive_removes(TG_TABLE_NAME, to_jsonb(OLD)) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'a review is never changed: add another' USING ERRCODE = 'check_violation',
        CONSTRAINT = 'incident_reviews_append_only', TABLE = 'incident_reviews';
END
$$;

-- As migration 20's, but for a notification the archive under way removes.
CREATE OR REPLACE FUNCTION prepare_incident_notification() RETURNS trigger
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
        IF wcn_archive_removes(TG_TABLE_NAME, to_jsonb(OLD)) THEN
            RETURN OLD;
        END IF;
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

-- A row the archive removes, in the audit log by its key alone (and the resident, home and archive it belongs to).
CREATE FUNCTION wcn_audit_archived_row(audited text, old_row jsonb) RETURNS void
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    registered audited_tables;
    removing   archive_removals := wcn_archive_in_progress();
    own        sessions;
    home       uuid;
BEGIN
    SELECT * INTO STRICT registered FROM audited_tables AS t WHERE t.table_name = audited;
    home := (old_row ->> 'facility_id')::uuid;  -- the record itself, removed last, names it
    IF home IS NULL THEN
        SELECT r.facility_id INTO home FROM residents AS r
        WHERE r.organization_id = removing.organization AND r.id = removing.resident;
    END IF;
    SELECT * INTO own FROM app_current_session();
    INSERT INTO audit_log (organization_id, user_id, station, event, subject_id, details, facility_ids)
    VALUES (removing.organization, own.user_id, coalesce(own.station, left('database role ' || session_user, 200)),
            'row_deleted', removing.resident,
            jsonb_build_object('table', audited, 'operation', 'deleted',
                               'row', (SELECT jsonb_object_agg(k, old_row -> k) FROM unnest(registered.key_columns) AS k),
                               'resident_id', removing.resident, 'archived', removing.archive_entry)
            || CASE WHEN home IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('facility_id', home) END,
            CASE WHEN home IS NULL THEN '{}'::uuid[] ELSE ARRAY[home] END);
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_audit_archived_row(text, jsonb) FROM PUBLIC;

-- As migration 28's, but a row the archive removes is recorded by its key alone.
CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
    SET TimeZone = 'UTC'
    SET IntervalStyle = 'postgres'
    SET extra_float_digits = 1
    SET bytea_output = 'hex'
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND wcn_archive_removes(TG_TABLE_NAME, to_jsonb(OLD)) THEN
        PERFORM wcn_audit_archived_row(TG_ARGV[0], to_jsonb(OLD));
        RETURN NULL;
    END IF;
    -- Notes are never removed; a removal from the default partition is the maintenance moving a month's notes into a
    -- partition of their own (create_daily_record_partition), where they arrive unchanged and match their entries.
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'daily_records_default' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM wcn_audit_row(TG_ARGV[0], 'inserted', NULL, to_jsonb(NEW));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM wcn_audit_row(TG_ARGV[0], 'updated', to_jsonb(OLD), to_jsonb(NEW));
    ELSE
        PERFORM wcn_audit_row(TG_ARGV[0], 'deleted', to_jsonb(OLD), NULL);
    END IF;
    RETURN NULL;
END
$$;

-- An entry as the archive leaves it: what comparing rows with their entries needs (the table, the row's key, the
-- resident and home ids) and the archive's entry.
CREATE FUNCTION wcn_redacted_details(details jsonb, archive bigint) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_build_object('redacted', archive)
           || coalesce((SELECT jsonb_object_agg(k, details -> k)
                        FROM unnest(ARRAY['table', 'operation', 'row', 'previous_row', 'resident_id', 'facility_id'])
                             AS k
                        WHERE details ? k), '{}'::jsonb)
$$;

-- Whether the archive under way may redact this entry: one of its organization about the resident (its subject, or
-- the resident of a row's change) or an event of one of her care plans or incidents, into a pointer to this
-- archive's own entry. (Not by subject alone: a station chooses the ids of some rows it writes, and one chosen equal
-- to another's id must not take that one's entries with it.)
CREATE FUNCTION wcn_archive_redacts(entry audit_log, archive bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
    SELECT EXISTS (SELECT 1 FROM public.archive_removals AS a
                   WHERE a.transaction_id = pg_current_xact_id_if_assigned()
                     AND a.organization = entry.organization_id AND a.archive_entry = archive
                     AND entry.id <> archive
                     AND (entry.subject_id = a.resident
                          OR (entry.details ->> 'resident_id') = a.resident::text
                          OR (entry.subject_id = ANY (a.care_plans) AND entry.event LIKE 'care\_plan\_%')
                          OR (entry.subject_id = ANY (a.incidents) AND entry.event LIKE 'incident\_%')))
$$;
REVOKE EXECUTE ON FUNCTION wcn_archive_redacts(audit_log, bigint) FROM PUBLIC;

-- As migration 27's, and a sealed entry redacted by the archive under way: its details as wcn_redacted_details
-- makes them, its redacted_hash that content's hash over its own link, nothing else changed.
CREATE OR REPLACE FUNCTION refuse_audit_log_change_but_sealing() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- An entry is written unsealed and unredacted; only sealing gives it a place in its chain.
        IF NEW.chain_position IS NULL AND NEW.previous_hash IS NULL AND NEW.entry_hash IS NULL
           AND NEW.redacted_hash IS NULL THEN
            RETURN NEW;
        END IF;
    ELSIF TG_OP = 'UPDATE' AND OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL
       AND NEW.redacted_hash IS NULL
       AND (OLD.id, OLD.organization_id, OLD.user_id, OLD.station, OLD.event, OLD.subject_id, OLD.details,
            OLD.occurred_at, OLD.transaction_id, OLD.facility_ids)
           IS NOT DISTINCT FROM (NEW.id, NEW.organization_id, NEW.user_id, NEW.station, NEW.event, NEW.subject_id,
                                 NEW.details, NEW.occurred_at, NEW.transaction_id, NEW.facility_ids) THEN
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' AND OLD.chain_position IS NOT NULL AND OLD.redacted_hash IS NULL
       AND NEW.redacted_hash IS NOT NULL
       AND (OLD.id, OLD.organization_id, OLD.user_id, OLD.station, OLD.event, OLD.subject_id, OLD.occurred_at,
            OLD.transaction_id, OLD.facility_ids, OLD.chain_position, OLD.previous_hash, OLD.entry_hash)
           IS NOT DISTINCT FROM (NEW.id, NEW.organization_id, NEW.user_id, NEW.station, NEW.event, NEW.subject_id,
                                 NEW.occurred_at, NEW.transaction_id, NEW.facility_ids, NEW.chain_position,
                                 NEW.previous_hash, NEW.entry_hash)
       AND NEW.details = public.wcn_redacted_details(OLD.details, (NEW.details ->> 'redacted')::bigint)
       AND NEW.redacted_hash = public.wcn_audit_entry_hash(NEW.previous_hash, NEW)
       AND public.wcn_archive_redacts(OLD, (NEW.details ->> 'redacted')::bigint) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log cannot be changed or emptied'
        USING ERRCODE = 'insufficient_privilege', TABLE = 'audit_log';
END
$$;

-- Whether what an entry says of an archive holds (true for an entry that says nothing of one), for verifying: an
-- archive's resident is gone; a row removed by an archive, or an entry redacted by one, names an archive of its
-- organization (written before the removal, after the redacted entry) about the resident the entry is about (or one
-- of her care plans' or incidents' events, by the ids the archive recorded), and a redacted entry holds nothing but
-- what redaction leaves. So the owner, who can write entries and rows, cannot remove or redact unseen by claiming an
-- archive: only a whole archive, a new entry of its own, does it.
CREATE FUNCTION wcn_archive_claim_holds(entry audit_log) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
    SELECT CASE
        WHEN entry.event = 'resident_archived' THEN
            NOT EXISTS (SELECT 1 FROM public.residents AS r
                        WHERE r.organization_id = entry.organization_id AND r.id = entry.subject_id)
        WHEN entry.redacted_hash IS NOT NULL OR (entry.event = 'row_deleted' AND entry.details ? 'archived') THEN
            EXISTS (SELECT 1 FROM public.audit_log AS a
                    WHERE a.organization_id = entry.organization_id AND a.event = 'resident_archived'
                      AND a.id::text = coalesce(entry.details ->> 'redacted', entry.details ->> 'archived')
                      AND CASE WHEN entry.redacted_hash IS NOT NULL THEN a.id > entry.id ELSE a.id < entry.id END
                      AND (entry.subject_id = a.subject_id OR (entry.details ->> 'resident_id') = a.subject_id::text
                           OR (entry.event LIKE 'care\_plan\_%' AND (a.details -> 'care_plans') ? entry.subject_id::text)
                           OR (entry.event LIKE 'incident\_%' AND (a.details -> 'incidents') ? entry.subject_id::text)))
            AND (entry.redacted_hash IS NULL
                 OR NOT EXISTS (SELECT 1 FROM jsonb_object_keys(entry.details) AS k
                                WHERE k NOT IN ('redacted', 'table', 'operation', 'row', 'previous_row', 'resident_id',
                                                'facility_id')))
        ELSE true
    END
$$;
REVOKE EXECUTE ON FUNCTION wcn_archive_claim_holds(audit_log) FROM PUBLIC;

-- As migration 27's, with redacted entries checked against their redacted_hash (their link is their entry_hash, as
-- before), and an entry whose claim of an archive does not hold (wcn_archive_claim_holds) named 'altered'.
CREATE OR REPLACE FUNCTION wcn_verify_audit_chain(chain uuid)
    RETURNS TABLE (chain_position bigint, entry_id bigint, problem text, entry_hash bytea)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
#variable_conflict use_column
DECLARE
    zero uuid := '00000000-0000-0000-0000-000000000000';
    current audit_log;
    last_position bigint := 0;
    last_hash bytea := decode(repeat('00', 32), 'hex');
    last_id bigint;
BEGIN
    FOR current IN
        SELECT * FROM audit_log AS a
        WHERE (a.organization_id = chain OR (chain = zero AND a.organization_id IS NULL))
          AND a.chain_position IS NOT NULL
        ORDER BY a.chain_position, a.id
    LOOP
        IF current.chain_position = last_position THEN
            chain_position := current.chain_position; entry_id := current.id; problem := 'duplicate';
            entry_hash := current.entry_hash;
            RETURN NEXT;
        ELSIF current.chain_position > last_position + 1 THEN
            chain_position := last_position + 1; entry_id := current.chain_position - last_position - 1;
            problem := 'removed'; entry_hash := NULL;
            RETURN NEXT;
        ELSIF current.previous_hash IS DISTINCT FROM last_hash THEN
            chain_position := current.chain_position; entry_id := current.id; problem := 'unlinked';
            entry_hash := current.entry_hash;
            RETURN NEXT;
        END IF;
        IF (current.redacted_hash IS NULL
            AND wcn_audit_entry_hash(current.previous_hash, current) IS DISTINCT FROM current.entry_hash)
           OR (current.redacted_hash IS NOT NULL
               AND wcn_audit_entry_hash(current.previous_hash, current) IS DISTINCT FROM current.redacted_hash)
           OR NOT wcn_archive_claim_holds(current) THEN
            chain_position := current.chain_position; entry_id := current.id; problem := 'altered';
            entry_hash := current.entry_hash;
            RETURN NEXT;
        END IF;
        last_position := current.chain_position;
        last_hash := current.entry_hash;
        last_id := current.id;
    END LOOP;
    IF last_position > 0 THEN
        chain_position := last_position; entry_id := last_id; problem := 'head'; entry_hash := last_hash;
        RETURN NEXT;
    END IF;
END
$$;

-- The archive. resident: whom; access: the subject access export's audit entry (app_request_subject_access), by the
-- caller within 10 minutes and committed; export_sha256: the saved JSON file's SHA-256, in hex. Returns the archive's
-- audit entry.
CREATE FUNCTION app_archive_resident(resident uuid, access bigint, export_sha256 text) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
    SET lock_timeout = '10s'
AS $$
DECLARE
    org            uuid := app_organization_id();
    own            sessions;
    kept           record;
    plan_ids       uuid[];
    incident_ids   uuid[];
    assessment_ids uuid[];
    note_ids       uuid[];
    entry          bigint;
    removed        jsonb := '{}';
    redacted       bigint;
    counted        bigint;
    step           record;
BEGIN
    IF org IS NULL OR NOT app_can('organization.manage') OR NOT coalesce(wcn_may_export_subject(resident), false) THEN
        RAISE EXCEPTION 'not allowed to archive this resident''s records' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT coalesce(wcn_access_granted(access, resident, 'subject_access_exported'), false) THEN
        RAISE EXCEPTION 'the export is not the caller''s, or older than 10 minutes' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'archive_export_check';
    END IF;
    -- Each statement sees what others committed before it (a legal hold set a moment ago, entries to redact).
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'an archive runs in a read committed transaction' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'archive_isolation_check';
    END IF;
    IF export_sha256 IS NULL OR export_sha256 !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'the export''s SHA-256 is 64 hexadecimal digits' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'archive_export_check';
    END IF;
    -- One at a time per resident, and against a legal hold being set meanwhile (app_set_legal_hold locks it too).
    PERFORM 1 FROM residents AS r WHERE r.organization_id = org AND r.id = resident FOR UPDATE;
    SELECT * INTO kept FROM app_records_kept() AS k WHERE k.resident_id = resident;
    IF NOT FOUND OR kept.first_day_due > current_date THEN
        RAISE EXCEPTION 'these records are not yet due to be archived' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'archive_due_check';
    END IF;
    IF kept.on_hold THEN
        RAISE EXCEPTION 'these records are under a legal hold' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'archive_legal_hold_check';
    END IF;
    SELECT coalesce(array_agg(p.id), '{}') INTO plan_ids
    FROM care_plans AS p WHERE p.organization_id = org AND p.resident_id = resident;
    SELECT coalesce(array_agg(i.id), '{}') INTO incident_ids
    FROM incidents AS i WHERE i.organization_id = org AND i.resident_id = resident;
    SELECT coalesce(array_agg(a.id), '{}') INTO assessment_ids
    FROM assessments AS a WHERE a.organization_id = org AND a.resident_id = resident;
    SELECT coalesce(array_agg(d.id), '{}') INTO note_ids
    FROM daily_records AS d WHERE d.organization_id = org AND d.resident_id = resident;
    IF EXISTS (SELECT 1 FROM audit_answers AS q
               WHERE q.organization_id = org
                 AND (q.evidence_resident_id = resident OR q.evidence_care_plan_id = ANY (plan_ids)
                      OR q.evidence_note_id = ANY (note_ids))) THEN
        RAISE EXCEPTION 'a quality audit cites these records as evidence' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'archive_audit_evidence_check';
    END IF;

    IF EXISTS (SELECT 1 FROM assessment_follow_ups AS f
               WHERE f.organization_id = org AND f.care_plan_id = ANY (plan_ids)
                 AND NOT f.assessment_id = ANY (assessment_ids)) THEN
        RAISE EXCEPTION 'another resident''s assessment follow-up names one of these care plans'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'archive_follow_up_check';
    END IF;

    -- Every committed entry sealed first: only a sealed entry is redacted (over its link).
    WHILE wcn_seal_audit_log() > 0 LOOP
    END LOOP;
    SELECT * INTO own FROM app_current_session();
    entry := wcn_audit(org, own.user_id, own.station, 'resident_archived', resident,
                       jsonb_build_object('export_sha256', export_sha256, 'export_entry', access,
                                          'first_day_due', kept.first_day_due, 'care_plans', to_jsonb(plan_ids),
                                          'incidents', to_jsonb(incident_ids)));
    INSERT INTO archive_removals (organization, resident, care_plans, incidents, archive_entry)
    VALUES (org, resident, plan_ids, incident_ids, entry);

    -- Children before their parents, the record last (no key cascades); $1 the organization, $2 the resident, then
    -- her notes', assessments' and incidents' ids.
    FOR step IN
        SELECT r.tbl, r.condition
        FROM unnest(ARRAY['daily_record_keys', 'daily_records', 'assessment_latest', 'assessment_follow_ups',
                          'assessments', 'care_plan_reviews', 'care_plans', 'incident_notifications',
                          'incident_reviews', 'incidents', 'resident_events', 'resident_search_words',
                          'record_history', 'residents'],
                    ARRAY['t.note_id = ANY ($3)', 't.resident_id = $2', 't.resident_id = $2',
                          't.assessment_id = ANY ($4)', 't.resident_id = $2', 't.resident_id = $2',
                          't.resident_id = $2', 't.incident_id = ANY ($5)', 't.incident_id = ANY ($5)',
                          't.resident_id = $2', 't.resident_id = $2', 't.resident_id = $2', 't.resident_id = $2',
                          't.id = $2']) WITH ORDINALITY AS r (tbl, condition, position)
        ORDER BY r.position
    LOOP
        EXECUTE format('DELETE FROM public.%I AS t WHERE t.organization_id = $1 AND %s', step.tbl, step.condition)
            USING org, resident, note_ids, assessment_ids, incident_ids;
        GET DIAGNOSTICS counted = ROW_COUNT;
        removed := removed || jsonb_build_object(step.tbl, counted);
    END LOOP;

    UPDATE audit_log AS l
    SET details = wcn_redacted_details(l.details, entry),
        redacted_hash = wcn_audit_entry_hash(
            l.previous_hash,
            jsonb_populate_record(l, jsonb_build_object('details', wcn_redacted_details(l.details, entry))))
    WHERE l.organization_id = org AND l.chain_position IS NOT NULL AND l.redacted_hash IS NULL AND l.id <> entry
      AND (l.subject_id = resident OR (l.details ->> 'resident_id') = resident::text
           OR (l.subject_id = ANY (plan_ids) AND l.event LIKE 'care\_plan\_%')
           OR (l.subject_id = ANY (incident_ids) AND l.event LIKE 'incident\_%'));
    GET DIAGNOSTICS redacted = ROW_COUNT;

    DELETE FROM archive_removals AS a WHERE a.transaction_id = pg_current_xact_id();
    -- What was removed and redacted, in the log's server-side line (no entry may change once written).
    RAISE LOG 'writecarenotes archive % removed % redacted %', entry, removed, redacted;
    RETURN entry;
END
$$;
REVOKE EXECUTE ON FUNCTION app_archive_resident(uuid, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_archive_resident(uuid, bigint, text) TO wcn_app;
