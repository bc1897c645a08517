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
-- Each row's removal is in the audit log as row_deleted, as any removal is, and then redacted like every other entry
-- about her: to what the row comparison needs (table, key, resident and home ids) and a pointer to the archive's own
-- entry. The chain stays whole: a sealed entry keeps its place, its link and its hash, and gets a second hash
-- (redacted_hash) of its redacted content over the same link, which verifying checks instead, together with the
-- archive entry it points to; a head kept elsewhere still matches. An entry not yet sealed is sealed as redacted.
-- Not removed: her id inside other entries (an id names nobody once the record is gone); free text of other
-- residents' records that mentions her; copies outside the database (backups until their retention ends, the
-- server's log, the export itself, printouts). The README says so.
--
-- Who may remove. The append-only tables refuse every removal, the owner's included, and only a superuser may change
-- how they refuse (migration 13's guard). The archive needs one exception, and it must not be one the owner (or
-- anyone who can act as it) can claim: a mark in a table, a setting or a function of the owner's can all be forged
-- or replaced by the owner. So the exception is a role: a removal, or a redaction of an audit entry, is let through
-- only when the statement runs as wcn_archiver. Nobody can log in as it or is a member of it (DatabaseRoles::prepare
-- makes sure at every migration); its one function, wcn_archive_remove, is given to it by the superuser who migrates
-- (the owner cannot give a function to a role it cannot become, nor replace a function it does not own), and the guard
-- keeps it. wcn_archive_remove calls nothing of the owner's but functions the guard keeps, runs only triggers the guard
-- keeps on the tables it writes (it checks, after locking them), and removes only the rows of the resident of an
-- archive entry written by its own transaction, who has left and is under no legal hold (the hold is in the audit log,
-- where the owner can add but not remove). The owner can still archive a resident early (it can call the function
-- after writing the entry, or change her record first): never unseen, since the archive's entry stays in the log.
-- The app's conditions (who, when, the export) are app_archive_resident's, the owner's, kept against station logins.

SELECT wcn_allow_audit_events(ARRAY['resident_archived']);

-- From now on the guard keeps what the archive's role runs, and what verifies: as each is now, so each must be as its
-- own migration made it. One the owner changed before this migration (when the guard did not keep it) would be kept
-- as the owner left it, and run as wcn_archiver: the migration stops instead, naming it.
DO $$
DECLARE
    changed text;
BEGIN
    SELECT string_agg(e.name, ', ' ORDER BY e.name) INTO changed
    FROM (VALUES ('audit_row_change', '5854473420ba2436e4da5cb721db1f7d'),
                 ('wcn_audit_entry_hash', '163fc60655fa5575a1404aa5690bd600'),
                 ('wcn_audit_entry_text', '4ca398cb6760e731f4f3e189c4e07260'),
                 ('wcn_audit_row', 'f793b1cd68d7c90c801fd6f3068da735'),
                 ('wcn_audit_row_hash', 'ba393b0c5d35a5dcb07b0b65f00b8c86'),
                 ('wcn_verify_audited_rows', 'd093ff703cc3e106d1e193346bc85b4f')) AS e (name, fingerprint)
    WHERE (SELECT count(*) FROM pg_catalog.pg_proc AS p
           WHERE p.pronamespace = 'public'::regnamespace AND p.proname = e.name
             AND pg_catalog.md5(pg_catalog.concat_ws('|', p.prosecdef, p.proconfig::text, p.proowner::regrole::text,
                                                     p.prosrc)) = e.fingerprint) <> 1
       OR (SELECT count(*) FROM pg_catalog.pg_proc AS p
           WHERE p.pronamespace = 'public'::regnamespace AND p.proname = e.name) <> 1;
    IF changed IS NOT NULL THEN
        RAISE EXCEPTION 'these functions are not as their migrations made them: %', changed
            USING HINT = 'somebody acting as the database''s owner changed them: find out who and why, restore them '
                         'from a backup or their migrations, then migrate again';
    END IF;
END
$$;

ALTER TABLE audit_log
    ADD COLUMN redacted_hash bytea,
    ADD CONSTRAINT audit_log_redacted_check CHECK (redacted_hash IS NULL OR entry_hash IS NOT NULL);
SELECT hide_statistics('audit_log');

-- An entry as the archive leaves it: what comparing rows with their entries needs (the table, the row's key, the
-- resident and home ids) and the archive's entry.
CREATE FUNCTION wcn_redacted_details(details jsonb, archive bigint) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_catalog.jsonb_build_object('redacted', archive)
           || coalesce((SELECT pg_catalog.jsonb_object_agg(k, details -> k)
                        FROM pg_catalog.unnest(ARRAY['table', 'operation', 'row', 'previous_row', 'resident_id',
                                                     'facility_id']) AS k
                        WHERE details ? k), '{}'::jsonb)
$$;
REVOKE EXECUTE ON FUNCTION wcn_redacted_details(jsonb, bigint) FROM PUBLIC;

-- The append-only guards, each as it was with one exception: a removal by the archive (the statement runs as
-- wcn_archiver, which only wcn_archive_remove does).
CREATE OR REPLACE FUNCTION refuse_audit_log_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME <> 'audit_log' AND current_user = 'wcn_archiver' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log cannot be changed or emptied'
        USING ERRCODE = 'insufficient_privilege', TABLE = 'audit_log';
END
$$;

CREATE OR REPLACE FUNCTION refuse_assessment_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_user = 'wcn_archiver' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'assessments are never changed or removed: write a correction instead'
        USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'assessments_append_only', TABLE = 'assessments';
END
$$;

CREATE OR REPLACE FUNCTION refuse_daily_record_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'daily_records_default' AND pg_has_role(current_user, 'wcn_owner', 'MEMBER')
    THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'DELETE' AND current_user = 'wcn_archiver' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'daily records are never changed or removed: write a correction instead'
        USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'daily_records_append_only', TABLE = 'daily_records';
END
$$;

CREATE OR REPLACE FUNCTION refuse_incident_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.safeguarding AND NOT OLD.safeguarding
       AND (to_jsonb(NEW) - ARRAY['safeguarding', 'updated_at']) = (to_jsonb(OLD) - ARRAY['safeguarding', 'updated_at'])
    THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' AND current_user = 'wcn_archiver' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'an incident report is never changed: add a review instead' USING ERRCODE = 'check_violation',
        CONSTRAINT = 'incidents_append_only', TABLE = 'incidents';
END
$$;

CREATE OR REPLACE FUNCTION refuse_incident_review_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_user = 'wcn_archiver' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'a review is never changed: add another' USING ERRCODE = 'check_violation',
        CONSTRAINT = 'incident_reviews_append_only', TABLE = 'incident_reviews';
END
$$;

-- A notification was refused removal by migration 20's prepare_incident_notification, which is SECURITY DEFINER (it
-- runs as the owner, so it could not tell the archive from the owner) and which the guard did not keep (the owner
-- could replace it and remove notifications). Now a refusing trigger of its own, as every other append-only table has.
CREATE FUNCTION refuse_incident_notification_removal() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_user = 'wcn_archiver' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'a notification is never removed: say why it was not needed' USING ERRCODE = 'check_violation',
        CONSTRAINT = 'incident_notifications_append_only', TABLE = 'incident_notifications';
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_incident_notification_removal() FROM PUBLIC;
DROP TRIGGER incident_notifications_prepare ON incident_notifications;
CREATE TRIGGER incident_notifications_prepare BEFORE INSERT OR UPDATE ON incident_notifications
    FOR EACH ROW EXECUTE FUNCTION prepare_incident_notification();
CREATE TRIGGER incident_notifications_append_only BEFORE DELETE ON incident_notifications
    FOR EACH ROW EXECUTE FUNCTION refuse_incident_notification_removal();

-- As migration 27's, and an entry redacted by the archive (the statement runs as wcn_archiver) into a pointer to an
-- archive entry of its organization written by the same transaction, nothing else changed: a sealed one with its
-- redacted_hash that content's hash over its own link; one not yet sealed just redacted (sealed as it is later). An
-- archive's own entry, a legal hold's (the evidence that the records were kept, or why they no longer were), and an
-- entry already redacted, never.
CREATE OR REPLACE FUNCTION refuse_audit_log_change_but_sealing() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- An entry is written unsealed and unredacted; only sealing gives it a place in its chain.
        -- (And its own transaction's: a hold's release claiming another's would pass for one made earlier.)
        IF NEW.chain_position IS NULL AND NEW.previous_hash IS NULL AND NEW.entry_hash IS NULL
           AND NEW.redacted_hash IS NULL AND NEW.transaction_id = pg_current_xact_id() THEN
            RETURN NEW;
        END IF;
    ELSIF TG_OP = 'UPDATE' AND OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL
       AND NEW.redacted_hash IS NULL
       AND (OLD.id, OLD.organization_id, OLD.user_id, OLD.station, OLD.event, OLD.subject_id, OLD.details,
            OLD.occurred_at, OLD.transaction_id, OLD.facility_ids)
           IS NOT DISTINCT FROM (NEW.id, NEW.organization_id, NEW.user_id, NEW.station, NEW.event, NEW.subject_id,
                                 NEW.details, NEW.occurred_at, NEW.transaction_id, NEW.facility_ids) THEN
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' AND current_user = 'wcn_archiver' AND OLD.redacted_hash IS NULL
       AND OLD.event <> 'resident_archived' AND NOT starts_with(OLD.event, 'legal_hold_')
       AND NOT OLD.details ? 'redacted'
       AND (OLD.id, OLD.organization_id, OLD.user_id, OLD.station, OLD.event, OLD.subject_id, OLD.occurred_at,
            OLD.transaction_id, OLD.facility_ids, OLD.chain_position, OLD.previous_hash, OLD.entry_hash)
           IS NOT DISTINCT FROM (NEW.id, NEW.organization_id, NEW.user_id, NEW.station, NEW.event, NEW.subject_id,
                                 NEW.occurred_at, NEW.transaction_id, NEW.facility_ids, NEW.chain_position,
                                 NEW.previous_hash, NEW.entry_hash)
       AND NEW.details ->> 'redacted' ~ '^[0-9]{1,18}$'
       AND NEW.details = public.wcn_redacted_details(OLD.details, (NEW.details ->> 'redacted')::bigint)
       AND ((OLD.chain_position IS NULL AND NEW.redacted_hash IS NULL)
            OR NEW.redacted_hash = public.wcn_audit_entry_hash(NEW.previous_hash, NEW))
       AND EXISTS (SELECT FROM public.audit_log AS a
                   WHERE a.id = (NEW.details ->> 'redacted')::bigint AND a.event = 'resident_archived'
                     AND a.organization_id = OLD.organization_id AND a.transaction_id = pg_current_xact_id()) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log cannot be changed or emptied'
        USING ERRCODE = 'insufficient_privilege', TABLE = 'audit_log';
END
$$;

-- Whether what an entry says of an archive holds (true for an entry that says nothing of one), for verifying, as a
-- second line behind wcn_archiver: an archive's resident is gone, her record's removal in the archive's own
-- transaction; a redacted entry (never a legal hold's) points to an archive of its
-- organization about the resident the entry is about (or one of her care plans' or incidents' events, by the ids the
-- archive recorded), written after it if it was sealed before, and holds nothing but what redaction leaves.
CREATE FUNCTION wcn_archive_claim_holds(entry audit_log) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
    SELECT CASE
        WHEN entry.event = 'resident_archived' THEN
            NOT EXISTS (SELECT FROM public.residents AS r
                        WHERE r.organization_id = entry.organization_id AND r.id = entry.subject_id)
            AND EXISTS (SELECT FROM public.audit_log AS d
                        WHERE d.organization_id = entry.organization_id AND d.subject_id = entry.subject_id
                          AND d.event = 'row_deleted' AND d.transaction_id = entry.transaction_id
                          AND d.details ->> 'table' = 'residents'
                          AND d.details -> 'row' ->> 'id' = entry.subject_id::text)
        WHEN entry.redacted_hash IS NOT NULL OR entry.details ? 'redacted' THEN
            NOT starts_with(entry.event, 'legal_hold_')
            AND coalesce(entry.details ->> 'redacted' ~ '^[0-9]{1,18}$', false)
            AND EXISTS (SELECT FROM public.audit_log AS a
                        WHERE a.id = (CASE WHEN entry.details ->> 'redacted' ~ '^[0-9]{1,18}$'
                                           THEN entry.details ->> 'redacted' END)::bigint
                          AND a.organization_id = entry.organization_id AND a.event = 'resident_archived'
                          AND (entry.redacted_hash IS NULL OR a.id > entry.id)
                          AND (entry.subject_id = a.subject_id OR (entry.details ->> 'resident_id') = a.subject_id::text
                               OR (starts_with(entry.event, 'care_plan_')
                                   AND (a.details -> 'care_plans') ? entry.subject_id::text)
                               OR (starts_with(entry.event, 'incident_')
                                   AND (a.details -> 'incidents') ? entry.subject_id::text)))
            AND NOT EXISTS (SELECT FROM jsonb_object_keys(entry.details) AS k
                            WHERE k NOT IN ('redacted', 'table', 'operation', 'row', 'previous_row', 'resident_id',
                                            'facility_id'))
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


-- Whether the archive of a resident (with her care plans and incidents) redacts an entry of her organization: one
-- about her (its subject, or the resident of a row's change), or an event of one of her care plans or incidents; never
-- an archive's own entry, a legal hold's, or one already redacted.
CREATE FUNCTION wcn_archive_redacts(entry public.audit_log, resident uuid, plans uuid[], incidents uuid[])
    RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT NOT entry.details ? 'redacted' AND entry.event <> 'resident_archived'
           AND NOT starts_with(entry.event, 'legal_hold_')
           AND (entry.subject_id = resident OR (entry.details ->> 'resident_id') = resident::text
                OR (entry.subject_id = ANY (plans) AND starts_with(entry.event, 'care_plan_'))
                OR (entry.subject_id = ANY (incidents) AND starts_with(entry.event, 'incident_')))
$$;
REVOKE EXECUTE ON FUNCTION wcn_archive_redacts(audit_log, uuid, uuid[], uuid[]) FROM PUBLIC;

-- What is wrong, if anything, with the tables the archive writes (its targets and the audit log) for a statement of
-- its to run as wcn_archiver: anything of the owner's that the statement would run. Each must be a table or a
-- partitioned table with no rule and no child but its partitions (a child's own triggers would run too); every
-- trigger the statement fires (a removal's; the audit log's on writing) must call a function the guard keeps, when
-- that function expects to be called (the refusing ones before each row, the row audit after), with no condition of
-- its own; and every column the archive compares must be of the type it expects (a column of the owner's type would
-- be compared through the owner's cast). Asked before every statement: the row audit runs functions of the owner's,
-- which could change the tables in between, within this very transaction.
CREATE FUNCTION wcn_archive_unsafe(targets text[]) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH tables AS (
        SELECT t.name, tree.relid
        FROM unnest(targets || ARRAY['audit_log']) AS t (name)
        -- (the table itself, and its partitions: pg_partition_tree gives no row for a table that is not partitioned)
        CROSS JOIN LATERAL (SELECT format('public.%I', t.name)::regclass::oid AS relid
                            UNION SELECT p.relid FROM pg_partition_tree(format('public.%I', t.name)::regclass) AS p)
                   AS tree
    )
    SELECT string_agg(DISTINCT problem, ', ' ORDER BY problem)
    FROM (
        SELECT format('%s (%s)', c.relname, CASE WHEN c.relkind NOT IN ('r', 'p') THEN 'not a table' ELSE 'a rule' END)
        FROM tables AS t JOIN pg_class AS c ON c.oid = t.relid
        WHERE c.relkind NOT IN ('r', 'p') OR EXISTS (SELECT FROM pg_rewrite AS w WHERE w.ev_class = c.oid)
        UNION ALL
        SELECT format('%s (a child table)', c.relname)
        FROM tables AS t JOIN pg_inherits AS i ON i.inhparent = t.relid JOIN pg_class AS c ON c.oid = i.inhrelid
        WHERE NOT c.relispartition
        UNION ALL
        SELECT format('%s (%s)', c.relname, g.tgname)
        FROM tables AS t JOIN pg_class AS c ON c.oid = t.relid
        JOIN pg_trigger AS g ON g.tgrelid = c.oid AND NOT g.tgisinternal AND g.tgenabled <> 'D'
                                AND g.tgtype & (CASE WHEN t.name = 'audit_log' THEN 4 | 16 ELSE 8 END) <> 0
        WHERE g.tgqual IS NOT NULL
           OR NOT ((g.tgfoid = 'public.audit_row_change()'::regprocedure AND g.tgtype & 3 = 1)
                   OR (g.tgfoid = ANY (ARRAY['public.refuse_audit_log_change()'::regprocedure,
                                             'public.refuse_daily_record_change()'::regprocedure,
                                             'public.refuse_assessment_change()'::regprocedure,
                                             'public.refuse_incident_change()'::regprocedure,
                                             'public.refuse_incident_review_change()'::regprocedure,
                                             'public.refuse_incident_notification_removal()'::regprocedure,
                                             'public.refuse_audit_log_change_but_sealing()'::regprocedure]::oid[])
                       AND g.tgtype & 3 = 3))
        UNION ALL
        SELECT format('%s.%s (of type %s)', c.relname, a.attname, format_type(a.atttypid, a.atttypmod))
        FROM tables AS t JOIN pg_class AS c ON c.oid = t.relid
        JOIN pg_attribute AS a ON a.attrelid = c.oid AND NOT a.attisdropped
        WHERE t.name <> 'audit_log'
          AND ((a.attname IN ('organization_id', 'resident_id', 'note_id', 'assessment_id', 'incident_id')
                AND a.atttypid <> 'uuid'::regtype)
               OR (a.attname = 'id' AND t.name IN ('residents', 'care_plans', 'incidents', 'assessments',
                                                   'daily_records')
                   AND a.atttypid <> 'uuid'::regtype)
               OR (t.name = 'residents' AND a.attname = 'facility_id' AND a.atttypid <> 'uuid'::regtype)
               OR (t.name = 'residents' AND a.attname = 'status' AND a.atttypid <> 'character varying'::regtype)
               OR (t.name = 'daily_records' AND a.attname = 'date' AND a.atttypid <> 'date'::regtype))
    ) AS found (problem)
$$;
REVOKE EXECUTE ON FUNCTION wcn_archive_unsafe(text[]) FROM PUBLIC;

-- The same, as a refusal.
CREATE FUNCTION wcn_archive_check(targets text[]) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    unknown text := public.wcn_archive_unsafe(targets);
BEGIN
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'the archive does not run while its tables have what it does not know: %', unknown
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_archive_check(text[]) FROM PUBLIC;

-- The removal and the redaction, as wcn_archiver (its owner once the superuser's step below has run). archive: the
-- resident_archived entry its caller has just written, in the same transaction; the resident, her organization, who
-- and from where are taken from it. Returns how many rows it removed from each table, and how many entries it
-- redacted. Calls no function of the owner's but those the guard keeps (wcn_redacted_details, wcn_archive_redacts,
-- wcn_audit_entry_hash), names every table in full and searches pg_catalog alone, so that nothing the owner can replace
-- runs as wcn_archiver.
CREATE FUNCTION wcn_archive_remove(archive bigint) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
    SET lock_timeout = '10s'
    SET TimeZone = 'UTC'
    SET IntervalStyle = 'postgres'
    SET extra_float_digits = 1
    SET bytea_output = 'hex'
AS $$
DECLARE
    -- The tables it removes from, children before their parents (no key cascades), and the condition on each: $1 the
    -- organization, $2 the resident, then her notes', assessments' and incidents' ids.
    targets    text[] := ARRAY['daily_record_keys', 'daily_records', 'assessment_latest', 'assessment_follow_ups',
                               'assessments', 'care_plan_reviews', 'care_plans', 'incident_notifications',
                               'incident_reviews', 'incidents', 'resident_events', 'resident_search_words',
                               'record_history', 'residents'];
    conditions text[] := ARRAY['t.note_id = ANY ($3)', 't.resident_id = $2', 't.resident_id = $2',
                               't.assessment_id = ANY ($4)', 't.resident_id = $2', 't.resident_id = $2',
                               't.resident_id = $2', 't.incident_id = ANY ($5)', 't.incident_id = ANY ($5)',
                               't.resident_id = $2', 't.resident_id = $2', 't.resident_id = $2', 't.resident_id = $2',
                               't.id = $2'];
    entry          public.audit_log;
    org            uuid;
    resident       uuid;
    home           uuid;  -- her home, which a note's entries name (as the row audit does)
    plan_ids       uuid[];
    incident_ids   uuid[];
    assessment_ids uuid[];
    note_ids       uuid[];
    removed        jsonb := '{}';
    counted        bigint;
    redacted       bigint;
    position       integer;
BEGIN
    SELECT * INTO entry FROM public.audit_log AS a WHERE a.id = archive;
    IF entry.id IS NULL OR entry.event <> 'resident_archived' OR entry.transaction_id <> pg_current_xact_id()
       OR entry.chain_position IS NOT NULL OR entry.organization_id IS NULL OR entry.subject_id IS NULL THEN
        RAISE EXCEPTION 'an archive removes only the resident of the archive entry its own transaction wrote'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    org := entry.organization_id;
    resident := entry.subject_id;
    -- Each statement sees what others committed before it (a legal hold set a moment ago, entries to redact).
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'an archive runs in a read committed transaction' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'archive_isolation_check';
    END IF;
    -- What it relies on below (no trigger, constraint, default or index on an append-only table but those a superuser
    -- made) holds only while the guard is on.
    IF (SELECT count(*) FROM pg_event_trigger AS e
        WHERE e.evtname IN ('wcn_append_only_after_command', 'wcn_append_only_before_drop',
                            'wcn_append_only_before_rewrite') AND e.evtenabled <> 'D') <> 3 THEN
        RAISE EXCEPTION 'the archive does not run without the guard of the append-only tables'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;

    -- Nothing the archive does may run anything of the owner's as wcn_archiver: its tables are locked first (by
    -- another transaction, a trigger or rule cannot be added or switched on, a table renamed or retyped, nor a
    -- partition made or attached, until this one ends; stations go on writing, which this mode lets them), then
    -- asked (wcn_archive_unsafe), and asked again before each statement that follows.
    LOCK TABLE public.daily_record_keys, public.daily_records, public.assessment_latest, public.assessment_follow_ups,
        public.assessments, public.care_plan_reviews, public.care_plans, public.incident_notifications,
        public.incident_reviews, public.incidents, public.resident_events, public.resident_search_words,
        public.record_history, public.residents IN SHARE UPDATE EXCLUSIVE MODE;
    LOCK TABLE public.audit_log IN ROW EXCLUSIVE MODE;  -- (not partitioned; what it may write of it allows no more)
    PERFORM public.wcn_archive_check(targets);

    -- Her record, locked against a change meanwhile: she has left, and no legal hold is in force (holds are in the
    -- audit log, where nothing is ever removed or, by an archive, redacted; a release written by this transaction
    -- does not count: it would be one made up for the occasion).
    SELECT r.facility_id INTO home FROM public.residents AS r
    WHERE r.organization_id = org AND r.id = resident AND r.status IN ('discharged', 'deceased')
    FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'only the records of a resident who has left or died are archived'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'archive_due_check';
    END IF;
    IF coalesce((SELECT l.event = 'legal_hold_set' OR l.transaction_id = pg_current_xact_id()
                 FROM public.audit_log AS l
                 WHERE l.organization_id = org AND l.subject_id = resident
                   AND l.event IN ('legal_hold_set', 'legal_hold_released')
                 ORDER BY l.id DESC LIMIT 1), false) THEN
        RAISE EXCEPTION 'these records are under a legal hold' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'archive_legal_hold_check';
    END IF;
    SELECT coalesce(array_agg(p.id), '{}') INTO plan_ids
    FROM public.care_plans AS p WHERE p.organization_id = org AND p.resident_id = resident;
    SELECT coalesce(array_agg(i.id), '{}') INTO incident_ids
    FROM public.incidents AS i WHERE i.organization_id = org AND i.resident_id = resident;
    SELECT coalesce(array_agg(a.id), '{}') INTO assessment_ids
    FROM public.assessments AS a WHERE a.organization_id = org AND a.resident_id = resident;
    SELECT coalesce(array_agg(d.id), '{}') INTO note_ids
    FROM public.daily_records AS d WHERE d.organization_id = org AND d.resident_id = resident;

    FOR position IN 1 .. cardinality(targets) LOOP
        PERFORM public.wcn_archive_check(targets);
        IF targets[position] = 'daily_records' THEN
            -- The row audit leaves out a removal from the default partition (the maintenance moving a month's notes
            -- into a partition of their own): the archive's removals from it are recorded here, as the row audit
            -- would record them, redacted.
            WITH gone AS (
                DELETE FROM public.daily_records AS t WHERE t.organization_id = org AND t.resident_id = resident
                RETURNING t.tableoid, t.id, t.date
            ), recorded AS (
                INSERT INTO public.audit_log (organization_id, user_id, station, event, subject_id, details,
                                              facility_ids)
                SELECT org, entry.user_id, entry.station, 'row_deleted', resident,
                       jsonb_build_object('redacted', archive, 'table', 'daily_records', 'operation', 'deleted',
                                          'row', jsonb_build_object('id', g.id, 'date', g.date),
                                          'resident_id', resident)
                       || CASE WHEN home IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('facility_id', home) END,
                       CASE WHEN home IS NULL THEN '{}'::uuid[] ELSE ARRAY[home] END
                FROM gone AS g WHERE g.tableoid = 'public.daily_records_default'::regclass
            )
            SELECT count(*) INTO counted FROM gone;
        ELSE
            EXECUTE format('DELETE FROM public.%I AS t WHERE t.organization_id = $1 AND %s', targets[position],
                           conditions[position])
                USING org, resident, note_ids, assessment_ids, incident_ids;
            GET DIAGNOSTICS counted = ROW_COUNT;
        END IF;
        removed := removed || jsonb_build_object(targets[position], counted);
    END LOOP;

    -- Every entry of her organization about her, sealed or not, her rows' removals just recorded included.
    PERFORM public.wcn_archive_check(targets);
    UPDATE public.audit_log AS l
    SET details = public.wcn_redacted_details(l.details, archive),
        redacted_hash = CASE WHEN l.chain_position IS NOT NULL THEN public.wcn_audit_entry_hash(
            l.previous_hash,
            jsonb_populate_record(l, jsonb_build_object('details', public.wcn_redacted_details(l.details, archive))))
        END
    WHERE l.organization_id = org AND l.redacted_hash IS NULL
      AND public.wcn_archive_redacts(l, resident, plan_ids, incident_ids);
    GET DIAGNOSTICS redacted = ROW_COUNT;

    -- Done, or nothing is: a row of hers still there, or an entry about her not redacted (a trigger returning
    -- nothing would skip a row and say so to nobody), and the whole archive is undone.
    FOR position IN 1 .. cardinality(targets) LOOP
        PERFORM public.wcn_archive_check(targets);
        EXECUTE format('SELECT count(*) FROM public.%I AS t WHERE t.organization_id = $1 AND %s', targets[position],
                       conditions[position])
            INTO counted USING org, resident, note_ids, assessment_ids, incident_ids;
        IF counted > 0 THEN
            RAISE EXCEPTION 'the archive left % rows of % in place', counted, targets[position]
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    END LOOP;
    -- (Its own entries and those sealed: one another transaction commits meanwhile is not for this check to refuse.)
    IF EXISTS (SELECT FROM public.audit_log AS l
               WHERE l.organization_id = org AND (l.transaction_id = pg_current_xact_id() OR l.chain_position IS NOT NULL)
                 AND public.wcn_archive_redacts(l, resident, plan_ids, incident_ids)) THEN
        RAISE EXCEPTION 'the archive left entries about the resident unredacted'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN jsonb_build_object('removed', removed, 'redacted', redacted);
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_archive_remove(bigint) FROM PUBLIC;
-- What it reads, removes and redacts; nothing more. It sees every row (BYPASSRLS): it names the organization itself.
GRANT SELECT, DELETE ON daily_record_keys, daily_records, assessment_latest, assessment_follow_ups, assessments,
    care_plan_reviews, care_plans, incident_notifications, incident_reviews, incidents, resident_events,
    resident_search_words, record_history, residents TO wcn_archiver;
-- (A column's UPDATE is what locking her record for the archive's length needs; it updates nothing.)
GRANT UPDATE (id) ON residents TO wcn_archiver;
GRANT SELECT, INSERT, UPDATE (details, redacted_hash) ON audit_log TO wcn_archiver;
GRANT EXECUTE ON FUNCTION wcn_redacted_details(jsonb, bigint), wcn_audit_entry_hash(bytea, audit_log),
    wcn_audit_entry_text(audit_log), wcn_archive_redacts(audit_log, uuid, uuid[], uuid[]),
    wcn_archive_unsafe(text[]), wcn_archive_check(text[]) TO wcn_archiver;
-- Given to wcn_archiver by the superuser who migrates (only a superuser may: nobody is a member of wcn_archiver), then
-- back to acting as the owner for the rest of the migration. The guard keeps it from then on.
RESET ROLE;
ALTER FUNCTION wcn_archive_remove(bigint) OWNER TO wcn_archiver;
-- (Given after: a change of owner gives the old owner's own rights to the new one.)
GRANT EXECUTE ON FUNCTION wcn_archive_remove(bigint) TO wcn_owner;
SET ROLE wcn_owner;

-- The archive. resident: whom; access: the subject access export's audit entry (app_request_subject_access), by the
-- caller within 10 minutes and committed; export_sha256: the saved JSON file's SHA-256, in hex. Returns the archive's
-- audit entry. The owner's: what the app asks before an archive, kept against every station login.
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
    done           jsonb;
BEGIN
    IF org IS NULL OR NOT app_can('organization.manage') OR NOT coalesce(wcn_may_export_subject(resident), false) THEN
        RAISE EXCEPTION 'not allowed to archive this resident''s records' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT coalesce(wcn_access_granted(access, resident, 'subject_access_exported'), false) THEN
        RAISE EXCEPTION 'the export is not the caller''s, or older than 10 minutes' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'archive_export_check';
    END IF;
    IF export_sha256 IS NULL OR export_sha256 !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'the export''s SHA-256 is 64 hexadecimal digits' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'archive_export_check';
    END IF;
    -- One at a time per resident, and against a legal hold being set meanwhile (app_set_legal_hold locks it too).
    PERFORM 1 FROM residents AS r WHERE r.organization_id = org AND r.id = resident FOR UPDATE;
    SELECT * INTO kept FROM app_records_kept() AS k WHERE k.resident_id = resident;
    IF NOT FOUND OR kept.first_day_due IS NULL OR kept.first_day_due > current_date THEN
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

    SELECT * INTO own FROM app_current_session();
    entry := wcn_audit(org, own.user_id, own.station, 'resident_archived', resident,
                       jsonb_build_object('export_sha256', export_sha256, 'export_entry', access,
                                          'first_day_due', kept.first_day_due, 'care_plans', to_jsonb(plan_ids),
                                          'incidents', to_jsonb(incident_ids)));
    -- Her organization's chain held until this transaction ends, so that no entry is sealed from what it said
    -- before its redaction (the sealer hashes the entry as it read it).
    INSERT INTO audit_chain_heads (chain, chain_position, entry_hash)
    VALUES (org, 0, decode(repeat('00', 32), 'hex')) ON CONFLICT (chain) DO NOTHING;
    PERFORM FROM audit_chain_heads AS h WHERE h.chain = org FOR UPDATE;
    done := wcn_archive_remove(entry);
    -- What was removed and redacted, in the log's server-side line (no entry may change once written).
    RAISE LOG 'writecarenotes archive % removed % redacted %', entry, done -> 'removed', done -> 'redacted';
    RETURN entry;
END
$$;
REVOKE EXECUTE ON FUNCTION app_archive_resident(uuid, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_archive_resident(uuid, bigint, text) TO wcn_app;
