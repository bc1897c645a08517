-- Description: The manager's home screen is read by one function that checks the caller's rights and homes once, then counts what needs attention in every home without row-level security testing each row, and the notes whose NEWS2 calls for an escalation have an index of their own
--
-- Issue 17, point 4: the home screen "loads in well under a second at the size of a 200-home group". Read as one
-- statement under row-level security it took 1.6 to 2.0 seconds for a group of 200 homes and 3.2 million notes, against
-- 0.3 seconds for the same statement as a role that bypasses it: each policy tests its rights and the resident's home
-- for every row it reads (the residents' policy below the care plans', assessments' and notes' own), and the planner,
-- which cannot see through the policies, chose a probe per resident for every kind.
--
-- app_attention runs as the owner (which bypasses row-level security) and so checks, once, everything the policies
-- would have checked for each row: the caller's session and organization (none signed in, or signed in only to change
-- a password: nothing), the homes asked for that the caller works in (others are dropped, not refused, as a policy
-- would), and for each kind the rights its tables' policies require:
--   care plan reviews overdue      residents.read and care_plans.read
--   assessments overdue            residents.read and assessments.read (the schedule of assessments_due, migration 18)
--   NEWS2 raised, no note on shift residents.read and daily_records.read
--   incidents awaiting review,     incidents.read, and for a safeguarding incident incidents.safeguarding instead
--   notifications not sent         (as the incidents' own policy has it); the resident's name only with
--                                  residents.read, and only where they live in a home of the caller's
--   audit actions overdue,         audits.read
--   audits due
-- It returns what the home screen shows and nothing else. Settings are pinned as for every such function, with
-- plan_cache_mode so that each call is planned for the homes it is given (a generic plan guesses ten), and work_mem
-- so that sorting a group's lines never spills to disk.
--
-- The NEWS2 line no longer probes every resident's notes of the last three days (12,000 probes for 200 homes): the
-- notes that call for an escalation (migration 22) are few, and have an index by date. Notes written before migration
-- 22 (news2_escalation NULL) are in it too, and are scored as they are read.
CREATE INDEX idx_daily_records_news2_raised ON daily_records (organization_id, date, occurred_at)
    WHERE news2_escalation IS NOT FALSE;

-- For each home asked for (homes, with the date and name of its shift under way in shift_dates and shifts, which the
-- application works out by the home's own shift times in local time), every kind's lines: each kind counted whole
-- (total, urgent_total) and its item_limit most urgent rows kept, the most urgent first. today and at are the
-- station's date and time (the application's one clock); an incident waits for review review_wait_seconds before it
-- is urgent.
CREATE FUNCTION app_attention(today date, at timestamptz, homes uuid[], shift_dates date[], shifts text[],
                              item_limit integer, review_wait_seconds integer)
    RETURNS TABLE (facility_id uuid, kind text, resident_id uuid, resident text, room text, record_id text,
                   detail text, extra text, who text, on_date date, at_ms bigint, number integer, urgent boolean,
                   total bigint, urgent_total bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET plan_cache_mode = force_custom_plan
    SET work_mem = '64MB'
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
#variable_conflict error
DECLARE
    my_org uuid := app_organization_id();
    my_all_homes boolean := app_all_facilities();
    my_homes uuid[] := app_facility_ids();
    can_residents boolean := app_can('residents.read');
    can_care_plans boolean := app_can('care_plans.read');
    can_assessments boolean := app_can('assessments.read');
    can_notes boolean := app_can('daily_records.read');
    can_incidents boolean := app_can('incidents.read');
    can_safeguarding boolean := app_can('incidents.safeguarding');
    can_audits boolean := app_can('audits.read');
    visible uuid[];
BEGIN
    IF my_org IS NULL THEN
        RETURN;
    END IF;
    -- One home once, its date and shift with it: a home named again, or a list longer than any group, would only
    -- multiply the work (and the counts).
    IF cardinality(homes) > 1000 OR cardinality(homes) IS DISTINCT FROM cardinality(shift_dates)
       OR cardinality(homes) IS DISTINCT FROM cardinality(shifts) THEN
        RAISE EXCEPTION 'app_attention takes at most 1000 homes, each with its shift''s date and name';
    END IF;
    item_limit := least(item_limit, 500);
    -- The homes asked for that the caller may see (a home of another organization, or not the caller's, is dropped).
    SELECT coalesce(array_agg(f.id), '{}') INTO visible FROM facilities AS f
    WHERE f.organization_id = my_org AND f.id = ANY (homes) AND (my_all_homes OR f.id = ANY (my_homes));
    RETURN QUERY
    WITH h AS (
        SELECT DISTINCT ON (x.facility_id) x.facility_id, x.shift_date, x.shift
        FROM unnest(homes, shift_dates, shifts) AS x (facility_id, shift_date, shift)
        WHERE x.facility_id = ANY (visible) AND x.shift_date BETWEEN today - 1 AND today AND x.shift IS NOT NULL
        ORDER BY x.facility_id),
    -- Every kind in the same columns; sort_ms orders a kind's lines after the urgent ones (NULLS LAST, then by room).
    items AS (
        -- Care plans past their review date, of residents living here or away in hospital.
        SELECT r.facility_id, 'review' AS kind, r.id AS resident_id, r.last_name || ', ' || r.first_name AS resident,
               coalesce(r.room_number, '') AS room, p.id::text AS record_id, p.type::text AS detail, '' AS extra,
               '' AS who, p.review_date AS on_date, NULL::timestamptz AS at, 0 AS number, true AS urgent,
               floor(extract(epoch FROM p.review_date) * 1000)::bigint AS sort_ms
        FROM care_plans AS p
        JOIN residents AS r ON r.organization_id = p.organization_id AND r.id = p.resident_id
                           AND r.facility_id = ANY (visible) AND r.status IN ('admitted', 'in_hospital')
        WHERE can_residents AND can_care_plans AND p.organization_id = my_org
          AND p.status IN ('active', 'under_review') AND p.review_date < today
        UNION ALL
        -- Assessments past their due date, by the schedule of the view assessments_due.
        SELECT r.facility_id, 'assessment', r.id, r.last_name || ', ' || r.first_name, coalesce(r.room_number, ''),
               coalesce(last.assessment_id::text, ''), s.type::text, '', '', d.due_date, NULL, 0, true,
               floor(extract(epoch FROM d.due_date) * 1000)::bigint
        FROM residents AS r
        CROSS JOIN assessment_schedule() AS s
        LEFT JOIN assessment_latest AS last ON last.organization_id = r.organization_id AND last.resident_id = r.id
                                           AND last.type = s.type
        CROSS JOIN LATERAL (SELECT CASE WHEN last.assessment_id IS NULL
                                        THEN CASE WHEN s.on_admission THEN r.admission_date END
                                        ELSE last.next_due_date END AS due_date) AS d
        WHERE can_residents AND can_assessments AND r.organization_id = my_org AND r.facility_id = ANY (visible)
          AND r.status = 'admitted' AND d.due_date < today
        UNION ALL
        -- NEWS2 of 5 or more, or 3 in one parameter, in the 24 hours before at, from the notes no correction
        -- replaced (a night shift's notes are dated the evening before: three days of dates); urgent when nothing
        -- says it was escalated.
        SELECT r.facility_id, 'news2', r.id, r.last_name || ', ' || r.first_name, coalesce(r.room_number, ''),
               n.id::text, '', coalesce(btrim(n.escalation ->> 'action'), ''),
               coalesce(btrim(n.escalation ->> 'told'), ''), NULL, n.occurred_at, (news2(n.observations)).aggregate,
               coalesce(btrim(n.escalation ->> 'action'), '') = '',
               -floor(extract(epoch FROM n.occurred_at) * 1000)::bigint
        FROM daily_records AS n
        JOIN residents AS r ON r.organization_id = n.organization_id AND r.id = n.resident_id
                           AND r.facility_id = ANY (visible) AND r.status IN ('admitted', 'in_hospital')
        WHERE can_residents AND can_notes AND n.organization_id = my_org
          AND n.news2_escalation IS NOT FALSE
          AND coalesce(n.news2_escalation, n.observations <> '{}'::jsonb
                                           AND (news2(n.observations)).escalation_required)
          AND n.date BETWEEN today - 2 AND today AND n.occurred_at > at - interval '24 hours' AND n.occurred_at <= at
          AND NOT EXISTS (SELECT 1 FROM daily_records AS c
                          WHERE c.organization_id = n.organization_id AND c.corrects_id = n.id AND c.date = n.date
                            AND c.corrects_id IS NOT NULL)
        UNION ALL
        -- Residents living here with no note at all on the home's shift under way: a probe of the resident's own
        -- index for one note.
        SELECT r.facility_id, 'no_note', r.id, r.last_name || ', ' || r.first_name, coalesce(r.room_number, ''),
               r.id::text, h.shift, '', '', h.shift_date, NULL, 0, false, NULL
        FROM h JOIN residents AS r ON r.organization_id = my_org AND r.facility_id = h.facility_id
                                  AND r.status = 'admitted'
        LEFT JOIN LATERAL (SELECT 1 AS found FROM daily_records AS d
                           WHERE d.organization_id = r.organization_id AND d.resident_id = r.id
                             AND d.date = h.shift_date AND d.date BETWEEN today - 1 AND today AND d.shift = h.shift
                           LIMIT 1) AS noted ON true
        WHERE can_residents AND can_notes AND noted.found IS NULL
        UNION ALL
        -- Incidents nobody has reviewed, the longest waiting first.
        SELECT i.facility_id, 'incident', i.resident_id, coalesce(r.last_name || ', ' || r.first_name, ''),
               coalesce(r.room_number, ''), i.id::text, i.type::text,
               CASE WHEN i.safeguarding THEN 'safeguarding' ELSE '' END, '', NULL, i.date, 0,
               i.created_at <= at - make_interval(secs => review_wait_seconds),
               floor(extract(epoch FROM i.created_at) * 1000)::bigint
        FROM incidents AS i
        LEFT JOIN residents AS r ON r.organization_id = i.organization_id AND r.id = i.resident_id AND can_residents
                                AND (my_all_homes OR r.facility_id = ANY (my_homes))
        WHERE i.organization_id = my_org AND i.facility_id = ANY (visible)
          AND CASE WHEN i.safeguarding THEN can_safeguarding ELSE can_incidents END
          AND NOT EXISTS (SELECT 1 FROM incident_reviews AS x
                          WHERE x.organization_id = i.organization_id AND x.incident_id = i.id)
        UNION ALL
        -- Notifications neither sent nor withdrawn, the soonest due first; urgent once past due.
        SELECT i.facility_id, 'notification', i.resident_id, coalesce(r.last_name || ', ' || r.first_name, ''),
               coalesce(r.room_number, ''), i.id::text, n.kind::text, i.type::text, '', NULL, n.due_at, 0,
               n.due_at <= at, floor(extract(epoch FROM n.due_at) * 1000)::bigint
        FROM incident_notifications AS n
        JOIN incidents AS i ON i.organization_id = n.organization_id AND i.id = n.incident_id
        LEFT JOIN residents AS r ON r.organization_id = i.organization_id AND r.id = i.resident_id AND can_residents
                                AND (my_all_homes OR r.facility_id = ANY (my_homes))
        WHERE n.organization_id = my_org AND n.sent_at IS NULL AND n.withdrawn_at IS NULL
          AND i.facility_id = ANY (visible)
          AND CASE WHEN i.safeguarding THEN can_safeguarding ELSE can_incidents END
        UNION ALL
        -- Open audit actions past their date, with the latest version of the audit that raised them.
        SELECT c.facility_id, 'action', NULL, '', '',
               coalesce((SELECT l.id::text FROM audits AS l WHERE l.organization_id = c.organization_id
                         AND l.series_id = c.series_id ORDER BY l.version DESC LIMIT 1), ''),
               c.what, coalesce(t.name, a.type), coalesce(u.first_name || ' ' || u.last_name, ''), c.due_date, NULL,
               0, true, floor(extract(epoch FROM c.due_date) * 1000)::bigint
        FROM audit_actions AS c
        JOIN audits AS a ON a.organization_id = c.organization_id AND a.id = c.raised_in
        LEFT JOIN audit_types AS t ON t.organization_id = a.organization_id AND t.code = a.type
        LEFT JOIN users AS u ON u.organization_id = c.organization_id AND u.id = c.owner_id
        WHERE can_audits AND c.organization_id = my_org AND c.facility_id = ANY (visible) AND c.status = 'open'
          AND c.due_date < today
        UNION ALL
        -- Audits due today or before by the home's schedule, or never run; urgent once overdue or never run.
        SELECT f, 'audit_due', NULL, '', '', '', t.code, t.name, '', last.date + t.every_days, NULL, 0,
               last.date IS NULL OR last.date + t.every_days < today,
               coalesce(floor(extract(epoch FROM last.date + t.every_days) * 1000)::bigint, 0)
        FROM unnest(visible) AS f
        JOIN audit_types AS t ON t.organization_id = my_org AND t.every_days IS NOT NULL AND t.retired_at IS NULL
        LEFT JOIN LATERAL (SELECT a.date FROM audits AS a WHERE a.organization_id = my_org AND a.facility_id = f
                           AND a.type = t.code ORDER BY a.date DESC LIMIT 1) AS last ON true
        WHERE can_audits AND (last.date IS NULL OR last.date + t.every_days <= today)),
    counted AS (
        SELECT i.*, count(*) OVER w AS total, count(*) FILTER (WHERE i.urgent) OVER w AS urgent_total,
               row_number() OVER (w ORDER BY i.urgent DESC, i.sort_ms NULLS LAST, i.room, i.resident, i.detail,
                                  i.record_id) AS n
        FROM items AS i WINDOW w AS (PARTITION BY i.facility_id, i.kind))
    SELECT c.facility_id, c.kind::text, c.resident_id, c.resident::text, c.room::text, c.record_id::text,
           c.detail::text, c.extra::text, c.who::text, c.on_date, floor(extract(epoch FROM c.at) * 1000)::bigint,
           c.number::integer, c.urgent, c.total, c.urgent_total
    FROM counted AS c WHERE c.n <= item_limit ORDER BY c.facility_id, c.kind, c.n;
END
$$;
REVOKE EXECUTE ON FUNCTION app_attention(date, timestamptz, uuid[], date[], text[], integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_attention(date, timestamptz, uuid[], date[], text[], integer, integer) TO wcn_app;
