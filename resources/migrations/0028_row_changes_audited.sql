-- Description: Every insert, update and removal of a clinical, user or organization row is in the audit log with its old and new values, and a row changed with the triggers switched off is found
--
-- Issue 18, point 3 (second part: the row changes; the chain is migration 27).
-- Until now the audit log said that a resident or care plan changed and which fields (migration 3), who signed in and
-- who read what; the values before and after were kept for residents and care plans alone (record_history), and most
-- tables (notes, assessments, incidents, audits, users, homes) left nothing at all. Now a registry (audited_tables, as
-- GNUmed's audit registry) names each audited table and one trigger function records every insert, update and delete
-- of its rows as an entry of the audit log: the table, the row's key, the resident and home it is about, the fields
-- changed and their old and new values. The entries are chained with the rest (migration 27), so they cannot be
-- changed or removed unseen.
-- What a trigger cannot record is a change made while it is switched off (the owner may disable triggers, or set
-- session_replication_role). So each entry also carries the row's hash as it left it and, for an update or removal,
-- as it found it (row_hash, old_hash: keyed, so that a reader cannot test guesses of a value hidden from them against
-- them), and wcn_verify_audited_rows compares every row with its entries: a row changed (even when an ordinary change
-- came after), put in or taken out without its entry is named, and so is a switched-off trigger.
-- Values never copied into an entry (the row hash still covers them): secrets (password hashes, key seeds, wrapped
-- keys), the medical columns only medical.read may see, and columns derived from others. Bookkeeping that changes at
-- every sign-in (last_sign_in_at) is neither copied nor hashed: the sign-in events record it.
-- Who may read an entry's values: the audit log's readers (migration 9: their homes' entries, or all of them), only
-- those who may also read the table itself (read_capabilities: all of them needed), and of a home's records only in
-- the reader's homes. Incidents' entries need the safeguarding right as well, since a safeguarding incident is hidden
-- from incidents.read alone.

-- ---------------------------------------------------------------------------------------------------------------------
-- The registry
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE audited_tables (
    table_name        text   NOT NULL,
    -- The organization a row belongs to (its own id for organizations).
    organization_column text NOT NULL DEFAULT 'organization_id',
    -- The row's key within its organization.
    key_columns       text[] NOT NULL,
    -- The column naming the resident a row is about, if any; else the row found through parent_table is asked.
    resident_column   text,
    -- Where the resident and the home come from for rows that name neither (parent_table's id = parent_column).
    parent_table      text,
    parent_column     text,
    -- Whom the entry is about when there is no resident: a user, a home, the row itself.
    subject_column    text   NOT NULL,
    left_out          text[] NOT NULL DEFAULT '{}',
    ignored           text[] NOT NULL DEFAULT '{}',
    read_capabilities text[] NOT NULL DEFAULT '{}',
    CONSTRAINT audited_tables_pkey PRIMARY KEY (table_name),
    CONSTRAINT audited_tables_parent_check CHECK ((parent_table IS NULL) = (parent_column IS NULL))
);
-- Read by the audit log's policy, in the reader's own rights; nothing in it is secret.
GRANT SELECT ON audited_tables TO wcn_app, wcn_functions;
SELECT hide_statistics('audited_tables');

INSERT INTO audited_tables (table_name, key_columns, resident_column, parent_table, parent_column, subject_column,
                            left_out, ignored, read_capabilities)
VALUES
    ('residents', '{id}', 'id', NULL, NULL, 'id',
     '{medical_details,encrypted_medical_notes,medical_notes_key_version,search_last_name,search_first_name,search_room,room_sort,alert_dnacpr,allergy_status,allergy_names}',
     '{}', '{residents.read}'),
    ('resident_events', '{id}', 'resident_id', NULL, NULL, 'id', '{}', '{}', '{residents.read}'),
    ('care_plans', '{id}', 'resident_id', NULL, NULL, 'id', '{}', '{}', '{residents.read,care_plans.read}'),
    ('care_plan_reviews', '{id}', 'resident_id', NULL, NULL, 'id', '{}', '{}', '{residents.read,care_plans.read}'),
    ('assessments', '{id}', 'resident_id', NULL, NULL, 'id', '{}', '{}', '{residents.read,assessments.read}'),
    ('assessment_follow_ups', '{assessment_id}', NULL, 'assessments', 'assessment_id', 'assessment_id', '{}', '{}',
     '{residents.read,assessments.read}'),
    ('daily_records', '{id,date}', 'resident_id', NULL, NULL, 'id', '{}', '{}', '{residents.read,daily_records.read}'),
    ('incidents', '{id}', 'resident_id', NULL, NULL, 'id', '{}', '{}', '{incidents.read,incidents.safeguarding}'),
    ('incident_reviews', '{id}', NULL, 'incidents', 'incident_id', 'incident_id', '{}', '{}',
     '{incidents.read,incidents.safeguarding}'),
    ('incident_notifications', '{id}', NULL, 'incidents', 'incident_id', 'incident_id', '{}', '{}',
     '{incidents.read,incidents.safeguarding}'),
    ('audits', '{id}', NULL, NULL, NULL, 'id', '{}', '{}', '{audits.read}'),
    ('audit_answers', '{audit_id,position}', NULL, 'audits', 'audit_id', 'audit_id', '{}', '{}', '{audits.read}'),
    ('audit_actions', '{id}', NULL, NULL, NULL, 'id', '{}', '{}', '{audits.read}'),
    ('audit_types', '{code}', NULL, NULL, NULL, 'organization_id', '{}', '{}', '{audits.read}'),
    ('audit_templates', '{id}', NULL, NULL, NULL, 'id', '{}', '{}', '{audits.read}'),
    ('audit_template_questions', '{template_id,position}', NULL, NULL, NULL, 'template_id', '{}', '{}',
     '{audits.read}'),
    ('audit_question_statements', '{template_id,position,statement}', NULL, NULL, NULL, 'template_id', '{}', '{}',
     '{audits.read}'),
    ('users', '{id}', NULL, NULL, NULL, 'id', '{}', '{}', '{}'),
    ('user_credentials', '{user_id}', NULL, NULL, NULL, 'user_id', '{password_hash,draft_key_seed}',
     '{last_sign_in_at}', '{users.manage}'),
    ('user_facilities', '{user_id,facility_id}', NULL, NULL, NULL, 'user_id', '{}', '{}', '{}'),
    ('organizations', '{id}', NULL, NULL, NULL, 'id', '{}', '{}', '{}'),
    ('organization_keys', '{version}', NULL, NULL, NULL, 'organization_id', '{wrapped_key}', '{}',
     '{organization.manage}'),
    ('facilities', '{id}', NULL, NULL, NULL, 'id', '{}', '{}', '{}'),
    ('shift_patterns', '{facility_id,shift}', NULL, NULL, NULL, 'facility_id', '{}', '{}', '{}');
UPDATE audited_tables SET organization_column = 'id' WHERE table_name = 'organizations';

-- The key of each row's hash, the owner's alone: with it a reader could test guesses of a hidden value (a resident's
-- medical details) against an entry's row_hash.
CREATE TABLE audit_row_key (
    singleton boolean NOT NULL DEFAULT true,
    key       bytea   NOT NULL DEFAULT gen_random_bytes(32),
    CONSTRAINT audit_row_key_pkey PRIMARY KEY (singleton),
    CONSTRAINT audit_row_key_singleton_check CHECK (singleton)
);
REVOKE ALL ON audit_row_key FROM PUBLIC;
SELECT hide_statistics('audit_row_key');
INSERT INTO audit_row_key DEFAULT VALUES;

SELECT wcn_allow_audit_events(ARRAY['row_inserted', 'row_updated', 'row_deleted', 'row_recorded']);

-- The row as hashed and compared: every column but the ignored ones, as jsonb prints it (its text is canonical; the
-- callers pin the settings that change how times and numbers print).
CREATE FUNCTION wcn_audit_row_hash(entry jsonb) RETURNS bytea
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT public.hmac(pg_catalog.convert_to(entry::text, 'UTF8'), (SELECT k.key FROM public.audit_row_key AS k), 'sha256')
$$;
REVOKE EXECUTE ON FUNCTION wcn_audit_row_hash(jsonb) FROM PUBLIC;

-- One row's change as an entry. operation: 'inserted', 'updated', 'deleted', or 'recorded' (a row that was there when
-- auditing began). old_row and new_row as to_jsonb of the row; the ignored columns are taken out here.
CREATE FUNCTION wcn_audit_row(audited text, operation text, old_row jsonb, new_row jsonb) RETURNS void
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    registered audited_tables;
    own        sessions;
    row_now    jsonb;
    changed    text[];
    shown      text[];
    parent     jsonb;
    resident   uuid;
    home       uuid;
    subject    uuid;
    details    jsonb;
    owner_org  uuid;
BEGIN
    SELECT * INTO STRICT registered FROM audited_tables AS t WHERE t.table_name = audited;
    old_row := old_row - registered.ignored;
    new_row := new_row - registered.ignored;
    row_now := coalesce(new_row, old_row);
    owner_org := (row_now ->> registered.organization_column)::uuid;
    IF operation = 'updated' THEN
        changed := ARRAY(SELECT n.key FROM jsonb_each(new_row) AS n
                         WHERE n.value::text IS DISTINCT FROM (old_row -> n.key)::text ORDER BY n.key);
        IF cardinality(changed) = 0 THEN
            RETURN;  -- only bookkeeping changed
        END IF;
    END IF;
    IF registered.parent_table IS NOT NULL THEN
        EXECUTE format('SELECT to_jsonb(p) FROM public.%I AS p WHERE p.organization_id = $1 AND p.id = $2',
                       registered.parent_table)
            INTO parent USING owner_org, (row_now ->> registered.parent_column)::uuid;
    END IF;
    resident := coalesce(row_now ->> registered.resident_column, parent ->> 'resident_id')::uuid;
    home := coalesce(row_now ->> 'facility_id', parent ->> 'facility_id')::uuid;
    IF home IS NULL AND resident IS NOT NULL THEN
        SELECT r.facility_id INTO home FROM residents AS r
        WHERE r.organization_id = owner_org AND r.id = resident;
    END IF;
    subject := coalesce(resident, (row_now ->> registered.subject_column)::uuid);

    details := jsonb_build_object(
        'table', audited, 'operation', operation,
        'row', (SELECT jsonb_object_agg(k, row_now -> k) FROM unnest(registered.key_columns) AS k),
        'row_hash', encode(wcn_audit_row_hash(row_now), 'hex'));
    IF resident IS NOT NULL THEN
        details := details || jsonb_build_object('resident_id', resident);
    END IF;
    IF home IS NOT NULL THEN
        details := details || jsonb_build_object('facility_id', home);
    END IF;
    -- The row as the entry before left it, so that a change between two entries (made with the triggers off, then
    -- covered by an ordinary change) still shows; and the key it had, when an update changed it.
    IF operation IN ('updated', 'deleted') THEN
        details := details || jsonb_build_object('old_hash', encode(wcn_audit_row_hash(old_row), 'hex'));
    END IF;
    IF operation = 'updated'
       AND (SELECT jsonb_object_agg(k, old_row -> k) FROM unnest(registered.key_columns) AS k) <> details -> 'row' THEN
        details := details || jsonb_build_object(
            'previous_row', (SELECT jsonb_object_agg(k, old_row -> k) FROM unnest(registered.key_columns) AS k));
    END IF;
    IF operation = 'updated' THEN
        shown := ARRAY(SELECT c FROM unnest(changed) AS c WHERE c <> ALL (registered.left_out));
        details := details || jsonb_build_object(
            'fields', to_jsonb(changed),
            'old', coalesce((SELECT jsonb_object_agg(c, old_row -> c) FROM unnest(shown) AS c), '{}'),
            'new', coalesce((SELECT jsonb_object_agg(c, new_row -> c) FROM unnest(shown) AS c), '{}'));
    ELSIF operation = 'deleted' THEN
        details := details || jsonb_build_object('old', old_row - registered.left_out - 'organization_id');
    ELSE
        details := details || jsonb_build_object('new', new_row - registered.left_out - 'organization_id');
    END IF;

    -- Whoever made the change: the signed-in user and station, or (nobody signed in) the database role itself, so
    -- that a change made outside the application is named as such.
    SELECT * INTO own FROM app_current_session();
    INSERT INTO audit_log (organization_id, user_id, station, event, subject_id, details, facility_ids)
    VALUES (owner_org, own.user_id,
            coalesce(own.station, left('database role ' || session_user, 200)), 'row_' || operation, subject,
            details,
            CASE WHEN home IS NOT NULL THEN ARRAY[home]
                 ELSE wcn_audit_facilities(owner_org, own.user_id, subject, details) END);
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_audit_row(text, text, jsonb, jsonb) FROM PUBLIC;

-- The trigger: its argument is the registered name (a partition's trigger runs with the partition's own name).
-- The settings that change how jsonb prints times and numbers are pinned, so that the same row always hashes alike.
CREATE FUNCTION audit_row_change() RETURNS trigger
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
    -- Notes are never removed; a removal from the default partition is the maintenance moving a month's notes into a
    -- partition of their own (create_daily_record_partition), where they arrive unchanged and match their entries. Any
    -- other removal there is found all the same: the note is gone and its entries say it should not be.
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
REVOKE EXECUTE ON FUNCTION audit_row_change() FROM PUBLIC;

-- Every row of an audited table recorded as it stands ('recorded'): once here, and again by any later migration that
-- changes an audited table's columns (a new column changes every row's hash). Returns how many.
CREATE FUNCTION wcn_audit_record_rows(audited text) RETURNS bigint
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, public, pg_temp
    SET TimeZone = 'UTC'
    SET IntervalStyle = 'postgres'
    SET extra_float_digits = 1
    SET bytea_output = 'hex'
AS $$
DECLARE
    recorded bigint;
BEGIN
    EXECUTE format('SELECT count(wcn_audit_row(%L, ''recorded'', NULL, to_jsonb(t))) FROM public.%I AS t', audited,
                   audited)
        INTO recorded;
    RETURN recorded;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_audit_record_rows(text) FROM PUBLIC;

DO $$
DECLARE
    audited text;
BEGIN
    FOR audited IN SELECT t.table_name FROM audited_tables AS t ORDER BY t.table_name LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON public.%I FOR EACH ROW '
                       'EXECUTE FUNCTION audit_row_change(%L)',
                       audited || '_audit_row_change', audited, audited);
        PERFORM wcn_audit_record_rows(audited);
    END LOOP;
END
$$;

-- Row entries are looked up by table and by row (the viewer; the comparison below). Led by organization_id, as every
-- index a station's query could use.
CREATE INDEX audit_log_row_entries ON audit_log (organization_id, (details ->> 'table'), (details -> 'row'), id)
    WHERE event IN ('row_inserted', 'row_updated', 'row_deleted', 'row_recorded');
-- Its expressions (tables, rows' keys) keep no statistics a plan could show.
SELECT hide_statistics('audit_log');

-- Who may read an entry of a row's change: as before, only with every right its table's rows need, and of a home's
-- records only in the reader's homes (managing users is no way into another home's residents).
DROP POLICY audit_log_select ON audit_log;
CREATE POLICY audit_log_select ON audit_log FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audit_log.read'))
           AND ((SELECT app_all_facilities()) OR facility_ids && (SELECT app_facility_ids())::uuid[]
                -- Managing users gives the entries of every home, but not the values of another home's records.
                OR ((SELECT app_can('users.manage'))
                    AND (event NOT IN ('row_inserted', 'row_updated', 'row_deleted', 'row_recorded')
                         OR NOT details ? 'facility_id')))
           AND transaction_id IS DISTINCT FROM (SELECT pg_current_xact_id_if_assigned())
           AND (event NOT IN ('row_inserted', 'row_updated', 'row_deleted', 'row_recorded')
                OR (details ->> 'table') = ANY ((SELECT array_agg(t.table_name) FROM audited_tables AS t
                                                 WHERE (SELECT bool_and(app_can(c)) FROM unnest(t.read_capabilities)
                                                                                         AS c) IS NOT FALSE)::text[])));

-- Every audited row against its entries, in the named organization (NULL: all). Named: a row changed without an
-- entry ('changed': it does not match its latest entry, or an entry's row as it was before does not match the entry
-- before it, so that a change covered by a later ordinary one still shows), put in ('unrecorded') or taken out
-- ('removed') without one; and, of no organization, a table whose audit trigger is switched off or gone
-- ('trigger off'). The owner's: verify-audit runs it.
CREATE FUNCTION wcn_verify_audited_rows(organization uuid DEFAULT NULL)
    RETURNS TABLE (organization_id uuid, table_name text, row_key jsonb, problem text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
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
DECLARE
    audited audited_tables;
BEGIN
    RETURN QUERY
    SELECT NULL::uuid, t.table_name, NULL::jsonb, 'trigger off'
    FROM audited_tables AS t
    WHERE NOT EXISTS (SELECT 1 FROM pg_trigger AS g
                      WHERE g.tgrelid = to_regclass('public.' || quote_ident(t.table_name))
                        AND g.tgname = t.table_name || '_audit_row_change' AND g.tgenabled <> 'D')
       OR EXISTS (SELECT 1 FROM pg_inherits AS i JOIN pg_trigger AS g ON g.tgrelid = i.inhrelid
                  WHERE i.inhparent = to_regclass('public.' || quote_ident(t.table_name))
                    AND g.tgname = t.table_name || '_audit_row_change' AND g.tgenabled = 'D')
    ORDER BY t.table_name;
    FOR audited IN SELECT * FROM audited_tables AS t ORDER BY t.table_name LOOP
        RETURN QUERY EXECUTE format(
            $q$
            WITH entries AS (
                -- Each entry under its row's key, and an update that changed the key also as the end of the old one.
                SELECT a.id, a.organization_id, a.details -> 'row' AS row_key, a.event,
                       a.details ->> 'row_hash' AS row_hash, a.details ->> 'old_hash' AS old_hash,
                       a.details ? 'previous_row' AS rekeyed
                FROM public.audit_log AS a
                WHERE a.event IN ('row_inserted', 'row_updated', 'row_deleted', 'row_recorded')
                  AND (a.details ->> 'table') = $1 AND ($2 IS NULL OR a.organization_id = $2)
                UNION ALL
                SELECT a.id, a.organization_id, a.details -> 'previous_row', 'row_deleted', NULL, a.details ->> 'old_hash',
                       false
                FROM public.audit_log AS a
                WHERE a.event = 'row_updated' AND a.details ? 'previous_row'
                  AND (a.details ->> 'table') = $1 AND ($2 IS NULL OR a.organization_id = $2)
            ), linked AS (
                SELECT e.*, lag(e.row_hash) OVER (PARTITION BY e.organization_id, e.row_key ORDER BY e.id) AS before,
                       lag(e.event) OVER (PARTITION BY e.organization_id, e.row_key ORDER BY e.id) AS before_event
                FROM entries AS e
            ), latest AS (
                SELECT DISTINCT ON (l.organization_id, l.row_key) l.organization_id, l.row_key, l.event, l.row_hash
                FROM linked AS l ORDER BY l.organization_id, l.row_key, l.id DESC
            ), broken AS (
                SELECT DISTINCT l.organization_id, l.row_key FROM linked AS l
                -- (an update that changed the key is checked at the old key's end, where its row was before)
                WHERE l.old_hash IS NOT NULL AND NOT l.rekeyed AND l.before_event IS DISTINCT FROM 'row_deleted'
                  AND l.before IS DISTINCT FROM l.old_hash
            ), present AS (
                SELECT t.%2$I AS organization_id,
                       (SELECT jsonb_object_agg(k, to_jsonb(t) -> k) FROM unnest($3::text[]) AS k) AS row_key,
                       encode(wcn_audit_row_hash(to_jsonb(t) - $4::text[]), 'hex') AS row_hash
                FROM public.%1$I AS t
                WHERE $2 IS NULL OR t.%2$I = $2
            ), found AS (
                SELECT coalesce(p.organization_id, l.organization_id) AS organization_id,
                       coalesce(p.row_key, l.row_key) AS row_key,
                       CASE WHEN l.row_key IS NULL OR l.event = 'row_deleted' THEN 'unrecorded'
                            WHEN p.row_key IS NULL THEN 'removed'
                            ELSE 'changed' END AS problem
                FROM present AS p
                FULL JOIN latest AS l ON l.organization_id = p.organization_id AND l.row_key = p.row_key
                WHERE (p.row_key IS NULL AND l.event <> 'row_deleted')
                   OR (p.row_key IS NOT NULL AND (l.row_key IS NULL OR l.event = 'row_deleted'
                                                  OR l.row_hash IS DISTINCT FROM p.row_hash))
                UNION
                SELECT b.organization_id, b.row_key, 'changed' FROM broken AS b
            )
            SELECT f.organization_id, $1, f.row_key, min(f.problem) FROM found AS f
            GROUP BY f.organization_id, f.row_key
            ORDER BY 1, 3
            $q$, audited.table_name, audited.organization_column)
            USING audited.table_name, organization, audited.key_columns, audited.ignored;
    END LOOP;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_verify_audited_rows(uuid) FROM PUBLIC;

-- The same for the signed-in user's organization, for Verify in the window: only for those who read every entry, as
-- the chain (migration 27).
CREATE FUNCTION app_verify_audited_rows() RETURNS TABLE (table_name text, row_key jsonb, problem text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
    SELECT v.table_name, v.row_key, v.problem
    FROM wcn_verify_audited_rows(app_organization_id()) AS v  -- with the switched-off triggers, of no organization
    WHERE app_organization_id() IS NOT NULL AND app_can('audit_log.read')
      AND (app_all_facilities() OR app_can('users.manage'))
$$;
REVOKE EXECUTE ON FUNCTION app_verify_audited_rows() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_verify_audited_rows() TO wcn_app;
