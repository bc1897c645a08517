-- Description: A manager exports every record held about one resident, for a subject access request: the record and its medical notes, notes, care plans and reviews, assessments, incidents with their reviews and notifications, events, earlier versions, and the audit log about them with who accessed the record; assembled by the database, audited before it is revealed
--
-- Issue 19, point 7 (subject access). UK GDPR article 15 entitles a resident (or whoever acts for them) to every
-- record held about them. The app cannot be trusted to gather them: each page reads what its user may see, a table
-- added later would be forgotten, and the medical notes need the organization's key. So the database assembles the
-- export in one function, run as the owner (which reads every row, as the medical notes' re-encryption does), from
-- every table that holds a resident's rows, the children of those rows (care plan reviews, assessment follow-ups,
-- incident reviews and notifications), and the audit log entries whose subject is the resident or one of those rows.
-- Left out, with the reason: derived rows (resident_search_words, assessment_latest: copies of what is exported),
-- keyed row hashes in audit entries (a reader could test guesses against them), and the quality audits of the home
-- that cite the resident as evidence (they are about the home; the notes and plans they cite are exported).
-- Nothing of another resident is selected: every row is chosen by this resident's id, or by the id of a row chosen
-- so. Free text can still name someone else (a note saying who visited): whoever answers the request reads it
-- before it leaves the home, as the law expects; TestSubjectAccess shows no other resident's rows are in it.
-- Who may: a user who may read the resident, their medical notes, notes, care plans, assessments, every incident
-- (safeguarding too), the audit log and every table the audit log covers for a resident (a manager, by default;
-- one with any of those rights denied may not), and only a resident of her homes. Legal holds (migration 31) are
-- left out: their reasons may be legal advice, which the law exempts from subject access. As reading medical notes does (migration 2), it
-- takes two calls: app_request_subject_access writes the audit entry and returns its id; the export answers only
-- once that entry is committed, for the same user and resident, within ten minutes. A rolled-back export leaves a
-- trace.

SELECT wcn_allow_audit_events(ARRAY['subject_access_exported']);

CREATE FUNCTION wcn_may_export_subject(resident uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
    SELECT app_can('residents.read') AND app_can('medical.read') AND app_can('incidents.read')
       AND app_can('incidents.safeguarding') AND app_can('audit_log.read') AND app_can('daily_records.read')
       AND app_can('care_plans.read') AND app_can('assessments.read')
       -- And every right the audit log asks of a reader of a resident's rows (migration 28), so that a table added
       -- later, or a right denied to one user, is never read round by the export.
       AND NOT EXISTS (SELECT 1 FROM audited_tables AS t, unnest(t.read_capabilities) AS c (capability)
                       WHERE (t.resident_column IS NOT NULL
                              OR t.parent_table IN (SELECT p.table_name FROM audited_tables AS p
                                                    WHERE p.resident_column IS NOT NULL))
                         AND NOT app_can(c.capability))
       AND EXISTS (SELECT 1 FROM residents AS r
                   WHERE r.organization_id = app_organization_id() AND r.id = resident
                     AND (app_all_facilities() OR r.facility_id = ANY (app_facility_ids())))
$$;
REVOKE EXECUTE ON FUNCTION wcn_may_export_subject(uuid) FROM PUBLIC;

CREATE FUNCTION app_request_subject_access(resident uuid) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    own sessions;
BEGIN
    IF NOT coalesce(wcn_may_export_subject(resident), false) THEN
        RAISE EXCEPTION 'not allowed to export this resident''s records' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO own FROM app_current_session();
    RETURN wcn_audit(own.organization_id, own.user_id, own.station, 'subject_access_exported', resident, NULL);
END
$$;

-- A member of the organization as the export names her: "First Last (role)".
CREATE FUNCTION wcn_person(organization uuid, member uuid) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT u.first_name || ' ' || u.last_name || ' (' || u.role || ')'
    FROM users AS u WHERE u.organization_id = organization AND u.id = member
$$;
REVOKE EXECUTE ON FUNCTION wcn_person(uuid, uuid) FROM PUBLIC;

CREATE FUNCTION app_subject_access_export(resident uuid, access bigint) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    org         uuid := app_organization_id();
    subject     residents;
    medical     text;
    plan_ids    uuid[];
    incident_ids uuid[];
    assessment_ids uuid[];
    trail       jsonb;
BEGIN
    IF NOT coalesce(wcn_may_export_subject(resident), false)
       OR NOT coalesce(wcn_access_granted(access, resident, 'subject_access_exported'), false) THEN
        RAISE EXCEPTION 'not allowed to export this resident''s records' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO subject FROM residents AS r WHERE r.organization_id = org AND r.id = resident;
    IF subject.encrypted_medical_notes IS NOT NULL THEN
        medical := pgp_sym_decrypt(subject.encrypted_medical_notes,
                                   wcn_organization_key(org, subject.medical_notes_key_version), wcn_pgp_options());
    END IF;
    SELECT coalesce(array_agg(p.id), '{}') INTO plan_ids
    FROM care_plans AS p WHERE p.organization_id = org AND p.resident_id = resident;
    SELECT coalesce(array_agg(i.id), '{}') INTO incident_ids
    FROM incidents AS i WHERE i.organization_id = org AND i.resident_id = resident;
    SELECT coalesce(array_agg(a.id), '{}') INTO assessment_ids
    FROM assessments AS a WHERE a.organization_id = org AND a.resident_id = resident;

    -- Every audit entry about the resident or one of her rows, oldest first; the keyed hashes left out.
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'id', l.id, 'occurred_at', l.occurred_at, 'event', l.event, 'subject_id', l.subject_id,
               'by', wcn_person(org, l.user_id), 'station', l.station,
               'details', coalesce(l.details, '{}'::jsonb) - ARRAY['row_hash', 'old_hash'])
               ORDER BY l.occurred_at, l.id), '[]'::jsonb)
    INTO trail
    FROM audit_log AS l
    WHERE l.organization_id = org
      AND l.subject_id = ANY (ARRAY[resident] || plan_ids || incident_ids || assessment_ids)
      AND l.event NOT IN ('legal_hold_set', 'legal_hold_released');

    RETURN jsonb_build_object(
        'format', 'writecarenotes-subject-access-1',
        'exported_at', now(),
        'exported_by', wcn_person(org, app_user_id()),
        'organization', (SELECT o.name FROM organizations AS o WHERE o.id = org),
        'home', (SELECT f.name FROM facilities AS f WHERE f.organization_id = org AND f.id = subject.facility_id),
        'resident', (to_jsonb(subject)
                     - ARRAY['encrypted_medical_notes', 'search_last_name', 'search_first_name', 'search_room',
                             'room_sort'])
                    || jsonb_build_object('medical_notes', medical,
                                          'created_by_name', wcn_person(org, subject.created_by),
                                          'updated_by_name', wcn_person(org, subject.updated_by)),
        'events', (SELECT coalesce(jsonb_agg(to_jsonb(e) || jsonb_build_object(
                                                 'recorded_by_name', wcn_person(org, e.recorded_by),
                                                 'from_home', (SELECT f.name FROM facilities AS f
                                                               WHERE f.organization_id = org
                                                                 AND f.id = e.from_facility),
                                                 'to_home', (SELECT f.name FROM facilities AS f
                                                             WHERE f.organization_id = org AND f.id = e.to_facility))
                                             ORDER BY e.event_date, e.recorded_at, e.id), '[]'::jsonb)
                   FROM resident_events AS e WHERE e.organization_id = org AND e.resident_id = resident),
        'notes', (SELECT coalesce(jsonb_agg(to_jsonb(d) || jsonb_build_object(
                                                'written_by', wcn_person(org, d.created_by))
                                            ORDER BY d.date, d.created_at, d.id), '[]'::jsonb)
                  FROM daily_records AS d WHERE d.organization_id = org AND d.resident_id = resident),
        'care_plans', (SELECT coalesce(jsonb_agg(to_jsonb(p) || jsonb_build_object(
                           'created_by_name', wcn_person(org, p.created_by),
                           'updated_by_name', wcn_person(org, p.updated_by),
                           'reviews', (SELECT coalesce(jsonb_agg(to_jsonb(v) || jsonb_build_object(
                                                                     'reviewed_by_name', wcn_person(org, v.reviewed_by))
                                                                 ORDER BY v.reviewed_on, v.id), '[]'::jsonb)
                                       FROM care_plan_reviews AS v
                                       WHERE v.organization_id = org AND v.care_plan_id = p.id))
                                            ORDER BY p.start_date, p.created_at, p.id), '[]'::jsonb)
                       FROM care_plans AS p WHERE p.organization_id = org AND p.resident_id = resident),
        'assessments', (SELECT coalesce(jsonb_agg(to_jsonb(a) || jsonb_build_object(
                            'assessed_by', wcn_person(org, a.created_by),
                            'follow_up', (SELECT to_jsonb(f) || jsonb_build_object(
                                                     'chosen_by_name', wcn_person(org, f.chosen_by))
                                          FROM assessment_follow_ups AS f
                                          WHERE f.organization_id = org AND f.assessment_id = a.id))
                                             ORDER BY a.date, a.created_at, a.id), '[]'::jsonb)
                        FROM assessments AS a WHERE a.organization_id = org AND a.resident_id = resident),
        'incidents', (SELECT coalesce(jsonb_agg(to_jsonb(i) || jsonb_build_object(
                          'reported_by_name', wcn_person(org, i.reported_by),
                          'reviews', (SELECT coalesce(jsonb_agg(to_jsonb(v) || jsonb_build_object(
                                                                    'reviewed_by_name', wcn_person(org, v.reviewed_by))
                                                                ORDER BY v.version), '[]'::jsonb)
                                      FROM incident_reviews AS v
                                      WHERE v.organization_id = org AND v.incident_id = i.id),
                          'notifications', (SELECT coalesce(jsonb_agg(to_jsonb(n) ORDER BY n.due_at, n.id),
                                                            '[]'::jsonb)
                                            FROM incident_notifications AS n
                                            WHERE n.organization_id = org AND n.incident_id = i.id))
                                           ORDER BY i.date, i.created_at, i.id), '[]'::jsonb)
                      FROM incidents AS i WHERE i.organization_id = org AND i.resident_id = resident),
        'record_history', (SELECT coalesce(jsonb_agg(to_jsonb(h) || jsonb_build_object(
                                                         'changed_by_name', wcn_person(org, h.changed_by))
                                                     ORDER BY h.changed_at, h.id), '[]'::jsonb)
                           FROM record_history AS h WHERE h.organization_id = org AND h.resident_id = resident),
        'access', (SELECT coalesce(jsonb_agg(t.entry ORDER BY (t.entry ->> 'id')::bigint), '[]'::jsonb)
                   FROM jsonb_array_elements(trail) AS t (entry)
                   WHERE t.entry ->> 'event' IN ('resident_opened', 'medical_notes_read', 'medical_details_read',
                                                 'record_access_read', 'subject_access_exported')),
        'audit_trail', trail);
END
$$;

REVOKE EXECUTE ON FUNCTION app_request_subject_access(uuid), app_subject_access_export(uuid, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_request_subject_access(uuid), app_subject_access_export(uuid, bigint) TO wcn_app;
