#include "synthetic/SyntheticDataGenerator.h"

#include "database/PgResult.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "session/PasswordRules.h"
#include "synthetic/SyntheticData.h"

#include <QElapsedTimer>
#include <QLocale>

namespace {

// Session-local helpers (pg_temp: nothing is added to the schema). Every choice is a hash of the seed and of what
// is being chosen, so rows do not depend on the order they are written in nor on the server's random state.
const char helpers[] = R"SQL(
CREATE OR REPLACE FUNCTION pg_temp.syn_hash(key text) RETURNS bigint
    LANGUAGE sql IMMUTABLE AS $$ SELECT ('x' || substr(md5(key), 1, 15))::bit(60)::bigint $$;
CREATE OR REPLACE FUNCTION pg_temp.syn_int(key text, low integer, high integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT low + (pg_temp.syn_hash(key) % (high - low + 1))::integer $$;
CREATE OR REPLACE FUNCTION pg_temp.syn_unit(key text) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT (pg_temp.syn_hash(key) % 1000000) / 1000000.0 $$;
CREATE OR REPLACE FUNCTION pg_temp.syn_uuid(key text) RETURNS uuid
    LANGUAGE sql IMMUTABLE AS $$ SELECT md5(key)::uuid $$;
CREATE OR REPLACE FUNCTION pg_temp.syn_pick(key text, choices text[]) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT choices[1 + pg_temp.syn_hash(key) % cardinality(choices)] $$;
CREATE OR REPLACE FUNCTION pg_temp.syn_first_name(key text, female boolean) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN female THEN pg_temp.syn_pick(key, ARRAY['Margaret', 'Dorothy', 'Joan', 'Patricia', 'Barbara',
        'Sheila', 'Jean', 'Irene', 'Maureen', 'Brenda', 'Doreen', 'Elsie', 'Edna', 'Vera', 'Winifred', 'Gladys',
            'Mavis',
        'Audrey', 'Beryl', 'Enid', 'Hilda', 'Phyllis', 'Marjorie', 'Ivy'])
    ELSE pg_temp.syn_pick(key, ARRAY['Arthur', 'Albert', 'Harold', 'Kenneth', 'Ronald', 'Dennis', 'Frank', 'Leonard',
        'Stanley', 'Walter', 'Douglas', 'Norman', 'Cyril', 'Reginald', 'Bernard', 'Clifford', 'Eric', 'Wilfred',
        'Gordon', 'Raymond', 'Herbert', 'Sidney', 'Percy', 'Alfred']) END $$;
CREATE OR REPLACE FUNCTION pg_temp.syn_last_name(key text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_temp.syn_pick(key, ARRAY['Ashworth', 'Bramley', 'Calloway', 'Dunmore', 'Ellery', 'Fenwick', 'Garside',
        'Hartley', 'Ingleby', 'Jessop', 'Kershaw', 'Lindley', 'Mottram', 'Northcott', 'Ormerod', 'Pickersgill',
        'Quarmby', 'Rowntree', 'Sowerby', 'Thwaite', 'Uttley', 'Varley', 'Wainwright', 'Yeadon', 'Ackroyd',
        'Birtwistle', 'Crabtree', 'Dewhurst', 'Entwistle', 'Fairclough', 'Greenhalgh', 'Haworth', 'Illingworth',
        'Jagger', 'Kenworthy', 'Longbottom', 'Murgatroyd', 'Nuttall', 'Oldroyd', 'Postlethwaite', 'Ramsbottom',
        'Shufflebotham', 'Tattersall', 'Umpleby', 'Whitworth', 'Heseltine', 'Brearley', 'Sutcliffe', 'St John',
        'Van der Berg', 'O''Rourke', 'Brontë']) $$;
)SQL";

// Staff of one home ($1 seed, $2 organization, $3 facility, $4 home, $5 carers, $6 nurses, $7 managers). The email is
// SyntheticData::homeUserEmail's.
const char staffSql[] = R"SQL(
WITH staff AS (
    SELECT s.role, g.n, $1::text || ':user:' || $4::int || ':' || s.role || ':' || g.n AS uk
    FROM (VALUES ('carer', $5::int), ('nurse', $6::int), ('manager', $7::int)) AS s (role, how_many)
    CROSS JOIN LATERAL generate_series(1, s.how_many) AS g (n)
), added AS (
    INSERT INTO public.users (id, organization_id, email, first_name, last_name, role)
    SELECT pg_temp.syn_uuid(uk), $2::uuid, s.role || s.n || '.home' || $4::int || '@synthetic.invalid',
           pg_temp.syn_first_name(uk || ':first', pg_temp.syn_int(uk || ':sex', 1, 4) > 1),
           pg_temp.syn_last_name(uk || ':last'), s.role
    FROM staff AS s
    RETURNING organization_id, id
)
INSERT INTO public.user_facilities (organization_id, user_id, facility_id)
SELECT organization_id, id, $3::uuid FROM added
)SQL";

// One home's residents ($1 seed, $2 home, $3 first day, $4 today, $5 beds): every bed's resident now, and for one bed
// in five the resident before, who left (discharged or died) during the period. Moves, hospital stays and
// departures fall in that order within each stay.
const char residentsPlanSql[] = R"SQL(
CREATE TEMP TABLE syn_res AS
WITH beds AS (
    SELECT b, $1::text || ':bed:' || $2::int || ':' || b AS bk,
           pg_temp.syn_hash($1::text || ':bed:' || $2::int || ':' || b || ':turnover') % 5 = 0 AS turnover
    FROM generate_series(1, $5::int) AS b
), occupants AS (
    SELECT b, bk, 1 AS k, turnover AS leaves, $3::date + pg_temp.syn_int(bk || ':leaves', 0,
               greatest($4::date - $3::date - 3, 0)) AS left_on
    FROM beds
    UNION ALL
    SELECT b, bk, 2, false, $3::date + pg_temp.syn_int(bk || ':leaves', 0, greatest($4::date - $3::date - 3, 0))
    FROM beds WHERE turnover
), dated AS (
    SELECT o.b, o.bk || ':' || o.k AS rk, o.k,
           CASE WHEN o.k = 1 THEN $3::date - pg_temp.syn_int(o.bk || ':admitted', 20, 1500)
                ELSE least(o.left_on + pg_temp.syn_int(o.bk || ':gap', 1, 7), $4::date) END AS admission,
           CASE WHEN o.leaves THEN o.left_on END AS departure
    FROM occupants AS o
), windows AS (
    SELECT d.*, greatest(d.admission, $3::date) AS ws, coalesce(d.departure, $4::date) AS we
    FROM dated AS d
), nhs AS (
    SELECT prefix || (CASE WHEN c = 11 THEN 0 ELSE c END) AS nhs_number, row_number() OVER (ORDER BY prefix) AS n
    FROM (SELECT prefix, 11 - (SELECT sum(substr(prefix, i, 1)::integer * (11 - i)) FROM generate_series(1, 9) AS i)
                             % 11 AS c
          FROM (SELECT '999' || lpad(($2::int % 1000)::text, 3, '0') || lpad(j::text, 3, '0') AS prefix
                FROM generate_series(0, 999) AS j) AS candidates) AS checked
    WHERE c <> 10
), stays AS (
    SELECT w.*, w.we - w.ws AS span,
           row_number() OVER (ORDER BY w.b, w.k) AS n,
           pg_temp.syn_int(w.rk || ':sex', 1, 3) > 1 AS female,
           pg_temp.syn_hash(w.rk || ':moves') % 10 = 0 AND w.we - w.ws >= 10 AS moves,
           pg_temp.syn_hash(w.rk || ':hospital') % 6 = 0 AND w.we - w.ws >= 20 AS hospital_stay,
           w.departure IS NULL AND pg_temp.syn_hash(w.rk || ':away') % 25 = 0 AND w.we - w.ws >= 10 AS away_now
    FROM windows AS w
)
SELECT pg_temp.syn_uuid(s.rk) AS id, s.b AS bed, s.k, s.rk, s.admission, s.departure, s.ws, s.we, s.female,
       pg_temp.syn_first_name(s.rk || ':first', s.female) AS first_name, pg_temp.syn_last_name(s.rk || ':last') AS
           last_name,
       (s.admission - make_interval(years => pg_temp.syn_int(s.rk || ':age', 66, 99),
                                   days => pg_temp.syn_int(s.rk || ':birthday', 0, 364)))::date AS date_of_birth,
       nhs.nhs_number,
       CASE WHEN s.moves THEN (s.b + 100)::text ELSE s.b::text END AS room_initial, s.b::text AS room_final,
       CASE WHEN s.moves THEN s.ws + greatest(s.span * 15 / 100, 1) END AS move_date,
       CASE WHEN s.hospital_stay THEN s.ws + s.span * 30 / 100 + 1
            WHEN s.away_now THEN $4::date - pg_temp.syn_int(s.rk || ':away_since', 0, 3) END AS hospital_in,
       CASE WHEN s.hospital_stay THEN s.ws + s.span * 30 / 100 + 1 + pg_temp.syn_int(s.rk || ':hospital_days', 2, 9)
       END AS hospital_out,
       CASE WHEN s.departure IS NOT NULL THEN
           CASE WHEN pg_temp.syn_hash(s.rk || ':died') % 2 = 0 THEN 'died' ELSE 'discharged' END END AS departure_event
FROM stays AS s JOIN nhs ON nhs.n = s.n
)SQL";

// The residents themselves ($1 organization, $2 facility, $3 author), as admitted, with medical details and
// medical notes encrypted under the organization's key as app_write_medical_notes does.
const char residentsSql[] = R"SQL(
INSERT INTO public.residents (id, organization_id, facility_id, first_name, last_name, date_of_birth, nhs_number,
                              room_number, admission_date, status, medical_details, contact_details, preferences,
                              encrypted_medical_notes, medical_notes_key_version, fluid_target_ml, created_by)
SELECT r.id, $1::uuid, $2::uuid, r.first_name, r.last_name, r.date_of_birth, r.nhs_number, r.room_initial,
       r.admission, 'admitted',
       jsonb_build_object(
           'allergies', CASE WHEN pg_temp.syn_int(r.rk || ':allergic', 1, 4) = 1
                             THEN jsonb_build_array(jsonb_build_object(
                                  'substance', pg_temp.syn_pick(r.rk || ':allergen', ARRAY['Penicillin', 'Latex',
                                      'Codeine', 'Shellfish', 'Elastoplast', 'Trimethoprim']),
                                  'reaction', pg_temp.syn_pick(r.rk || ':reaction', ARRAY['Rash', 'Swelling',
                                      'Nausea', 'Breathing difficulty'])))
                             ELSE '[]'::jsonb END,
           'allergy_status', 'none_known',
           'resuscitation', CASE WHEN pg_temp.syn_int(r.rk || ':dnacpr', 1, 10) <= 3
                                 THEN jsonb_build_object('status', 'dnacpr', 'respect_form', true)
                                 ELSE jsonb_build_object('status', 'for_cpr') END,
           'conditions', jsonb_build_array(pg_temp.syn_pick(r.rk || ':condition', ARRAY['Dementia (Alzheimer''s type)',
               'Vascular dementia', 'Parkinson''s disease', 'Type 2 diabetes', 'Heart failure', 'COPD',
               'Osteoarthritis', 'Stroke with left-sided weakness']))),
       jsonb_build_object('next_of_kin', pg_temp.syn_first_name(r.rk || ':kin', pg_temp.syn_int(r.rk || ':kinsex', 1,
           2) = 1)
                                         || ' ' || r.last_name,
                          'relationship', pg_temp.syn_pick(r.rk || ':relationship', ARRAY['Daughter', 'Son', 'Niece',
                              'Spouse', 'Friend']),
                          'phone', '01632 96' || lpad(pg_temp.syn_int(r.rk || ':phone', 0, 9999)::text, 4, '0')),
       jsonb_build_object('likes', pg_temp.syn_pick(r.rk || ':likes', ARRAY['Brass band music', 'Crosswords',
           'Gardening programmes', 'A cup of tea with two sugars', 'Knitting', 'The racing on Saturdays'])),
       pgp_sym_encrypt(pg_temp.syn_pick(r.rk || ':medical', ARRAY[
           'Reviewed by the GP on admission. Bloods stable. Continue current medication.',
           'History of falls at home. Osteoporosis: on weekly alendronic acid.',
           'Memory clinic follow-up yearly. Lasting power of attorney for health held by family.',
           'Catheter changed every twelve weeks by the district nurses.',
           'Insulin-dependent: blood glucose before meals, hypo box in the treatment room.']),
           k.key, public.wcn_pgp_options()),
       k.version, 1200 + 100 * pg_temp.syn_int(r.rk || ':fluids', 0, 6), $3::uuid
FROM pg_temp.syn_res AS r
CROSS JOIN (SELECT v AS version, public.wcn_organization_key($1::uuid, v) AS key
            FROM (SELECT max(version) AS v FROM public.organization_keys WHERE organization_id = $1::uuid) AS newest)
    AS k
ORDER BY r.bed, r.k
)SQL";

// Events as app_record_resident_event records them: the event row, then the resident brought into line
// ($1 organization, $2 facility, $3 who records). Each is one kind, written in the order the stays have them.
const char moveEventsSql[] = R"SQL(
WITH moved AS (
    INSERT INTO public.resident_events (id, organization_id, resident_id, event, event_date, from_facility, from_room,
                                        to_room, note, recorded_by)
    SELECT pg_temp.syn_uuid(r.rk || ':room_change'), $1::uuid, r.id, 'room_change', r.move_date, $2::uuid,
           r.room_initial, r.room_final, 'Moved to a room nearer the lounge', $3::uuid
    FROM pg_temp.syn_res AS r WHERE r.move_date IS NOT NULL
    RETURNING resident_id, to_room
)
UPDATE public.residents AS p SET room_number = m.to_room
FROM moved AS m WHERE p.organization_id = $1::uuid AND p.id = m.resident_id
)SQL";

const char hospitalInSql[] = R"SQL(
WITH went AS (
    INSERT INTO public.resident_events (id, organization_id, resident_id, event, event_date, from_facility, from_room,
                                        note, recorded_by)
    SELECT pg_temp.syn_uuid(r.rk || ':hospital_admission'), $1::uuid, r.id, 'hospital_admission', r.hospital_in,
           $2::uuid, r.room_final, 'Taken to hospital by ambulance', $3::uuid
    FROM pg_temp.syn_res AS r WHERE r.hospital_in IS NOT NULL
    RETURNING resident_id
)
UPDATE public.residents AS p SET status = 'in_hospital'
FROM went AS w WHERE p.organization_id = $1::uuid AND p.id = w.resident_id
)SQL";

const char hospitalOutSql[] = R"SQL(
WITH back AS (
    INSERT INTO public.resident_events (id, organization_id, resident_id, event, event_date, from_facility, from_room,
                                        note, recorded_by)
    SELECT pg_temp.syn_uuid(r.rk || ':hospital_return'), $1::uuid, r.id, 'hospital_return', r.hospital_out,
           $2::uuid, r.room_final, 'Back from hospital; discharge letter filed', $3::uuid
    FROM pg_temp.syn_res AS r WHERE r.hospital_out IS NOT NULL
    RETURNING resident_id
)
UPDATE public.residents AS p SET status = 'admitted'
FROM back AS b WHERE p.organization_id = $1::uuid AND p.id = b.resident_id
)SQL";

const char departureSql[] = R"SQL(
WITH gone AS (
    INSERT INTO public.resident_events (id, organization_id, resident_id, event, event_date, from_facility, from_room,
                                        note, recorded_by)
    SELECT pg_temp.syn_uuid(r.rk || ':' || r.departure_event), $1::uuid, r.id, r.departure_event, r.departure,
           $2::uuid, r.room_final,
           CASE r.departure_event WHEN 'died' THEN 'Died peacefully, family present'
                                  ELSE 'Moved to live nearer family' END, $3::uuid
    FROM pg_temp.syn_res AS r WHERE r.departure IS NOT NULL
    RETURNING resident_id, event, event_date
)
UPDATE public.residents AS p
SET status = CASE g.event WHEN 'died' THEN 'deceased' ELSE 'discharged' END, discharge_date = g.event_date
FROM gone AS g WHERE p.organization_id = $1::uuid AND p.id = g.resident_id
)SQL";

// Four care plans per resident ($1 organization, $2 author, $3 first day), due for review a month after
// they start or, for those older than the period, at the first monthly date inside it.
const char carePlansSql[] = R"SQL(
INSERT INTO public.care_plans (id, organization_id, resident_id, type, status, start_date, review_date, details,
                               created_by)
SELECT pg_temp.syn_uuid(r.rk || ':plan:' || t.type), $1::uuid, r.id, t.type, 'active', r.admission,
       r.admission + 30 * greatest(1, ceil(($3::date - r.admission) / 30.0)::integer),
       jsonb_build_object('needs', t.needs, 'goals', t.goals, 'interventions', t.interventions, 'risks', t.risks),
       $2::uuid
FROM pg_temp.syn_res AS r
CROSS JOIN (VALUES
    ('personal_care', 'Needs help of one to wash and dress.',
        'To stay clean and comfortable, dressed as she or he chooses.',
     'Offer a wash or shower each morning; let them choose clothes; shave daily.', 'Skin tears when dressing.'),
    ('eating_drinking', 'Poor appetite; forgets to drink.',
        'To drink at least the daily target and keep weight stable.',
     'Offer drinks hourly; fortified diet; record fluids; weigh monthly.', 'Dehydration, weight loss.'),
    ('mobility_falls', 'Walks with a frame and one carer.', 'To walk to the lounge and dining room without a fall.',
     'Frame within reach; sensor mat at night; non-slip footwear.', 'Falls, especially at night.'),
    ('skin_integrity', 'Fragile skin over sacrum and heels.', 'To keep skin intact.',
     'Reposition every four hours in bed; pressure-relieving mattress; barrier cream.', 'Pressure ulcers.')
) AS t (type, needs, goals, interventions, risks)
ORDER BY r.bed, r.k, t.type
)SQL";

// One round of reviews as app_review_care_plan makes them ($1 seed, $2 organization, $3 today, $4 home, $5 nurses):
// every live plan whose review is due, reviewed within three days, its next review a month on.
const char reviewRoundSql[] = R"SQL(
WITH due AS (
    SELECT p.id, p.review_date + pg_temp.syn_int($1::text || ':reviewed:' || p.id || ':' || p.row_version, 0, 3) AS
        reviewed_on
    FROM public.care_plans AS p JOIN pg_temp.syn_res AS r ON r.id = p.resident_id
    WHERE p.organization_id = $2::uuid AND p.status = 'active' AND p.review_date + 3 <= least(r.we, $3::date)
), reviewed AS (
    UPDATE public.care_plans AS p SET review_date = d.reviewed_on + 30, status = 'active'
    FROM due AS d WHERE p.organization_id = $2::uuid AND p.id = d.id
    RETURNING p.id, p.resident_id, p.row_version, d.reviewed_on
)
INSERT INTO public.care_plan_reviews (id, organization_id, care_plan_id, resident_id, reviewed_on, reviewed_by,
                                      changes, next_review_date, plan_version)
SELECT pg_temp.syn_uuid($1::text || ':review:' || v.id || ':' || v.row_version), $2::uuid, v.id, v.resident_id,
       v.reviewed_on,
       pg_temp.syn_uuid($1::text || ':user:' || $4::int || ':nurse:' || pg_temp.syn_int(v.id || ':reviewer', 1,
           $5::int)),
       pg_temp.syn_pick(v.id || ':' || v.row_version, ARRAY['No change: plan still meets needs.',
           'Discussed with family; plan still right.',
               'Needs a little more help in the mornings; interventions updated.',
           'Fewer falls this month; sensor mat kept.']),
       v.reviewed_on + 30, v.row_version
FROM reviewed AS v
ORDER BY v.id
)SQL";

// Assessments of every tool at the intervals of assessment_schedule() ($1 seed, $2 home, $3 nurses), the latest
// within the tool's interval after a raised score. The answers
// are chosen among the tool's own (assessment_options(), lower-risk answers more often: fewer points, but more for
// Barthel, where points mean independence) and scored as check_assessment_score scores them.
const char assessmentsPlanSql[] = R"SQL(
CREATE TEMP TABLE syn_assess AS
SELECT pg_temp.syn_uuid(x.ak) AS id, x.*
FROM (SELECT r.id AS resident_id, r.rk, r.date_of_birth, t.type, d::date AS date,
             $1::text || ':assessment:' || r.rk || ':' || t.type || ':' || d::date AS ak,
             pg_temp.syn_uuid($1::text || ':user:' || $2::int || ':nurse:'
                              || pg_temp.syn_int(r.rk || t.type || d::date, 1, $3::int)) AS author
      FROM pg_temp.syn_res AS r
      CROSS JOIN public.assessment_schedule() AS t
      CROSS JOIN LATERAL (
          -- At the tool's interval (monthly for those the schedule asks for only after a raised score), the first
          -- within days of the admission or the period's start, by its last day at the latest...
          SELECT g::date FROM generate_series(least(r.ws + pg_temp.syn_int(r.rk || ':' || t.type, 0, 6), r.we), r.we,
                                              make_interval(days => CASE WHEN t.every_days > 0 THEN t.every_days
                                                                         ELSE 30 END)) AS g
          UNION
          -- ...and one within the shorter interval it asks for after a raised score, as a home that keeps to its
          -- schedule has: a resident at risk is then due again soon, not long overdue.
          SELECT greatest(r.ws, r.we - pg_temp.syn_int(r.rk || ':' || t.type || ':latest', 0, t.risk_days - 1))
          WHERE t.risk_days > 0 AND t.risk_days < CASE WHEN t.every_days > 0 THEN t.every_days ELSE 30 END) AS s (d)) AS x
)SQL";

const char pointAssessmentsSql[] = R"SQL(
WITH chosen AS (
    SELECT a.id, a.type, o.item, bool_or(o.multiple) AS multiple,
           (array_agg(o.option ORDER BY CASE WHEN a.type = 'barthel' THEN -o.points ELSE o.points END, o.option))[
               1 + floor(power(pg_temp.syn_unit(a.ak || ':' || o.item), 2) * count(*))::integer] AS option
    FROM pg_temp.syn_assess AS a JOIN public.assessment_options() AS o ON o.type = a.type
    WHERE a.type IN ('waterlow', 'falls', 'abbey_pain', 'barthel')
    GROUP BY a.id, a.ak, a.type, o.item
), kept AS (
    SELECT c.*, o.points
    FROM chosen AS c JOIN public.assessment_options() AS o ON o.type = c.type AND o.item = c.item AND o.option =
        c.option
    WHERE NOT (c.type = 'waterlow' AND c.item = 'weight_loss_amount'
               AND NOT EXISTS (SELECT 1 FROM chosen AS w WHERE w.id = c.id AND w.item = 'weight_lost'
                                                         AND w.option = 'yes'))
), answered AS (
    SELECT k.id, jsonb_object_agg(k.item, CASE WHEN k.multiple THEN jsonb_build_array(k.option)
                                               ELSE to_jsonb(k.option) END) AS findings,
           sum(k.points)::integer AS points
    FROM kept AS k GROUP BY k.id
), scored AS (
    SELECT a.*, s.findings || CASE WHEN a.type = 'waterlow' THEN jsonb_build_object('age_years', age.years)
                                   ELSE '{}'::jsonb END AS answers,
           s.points + CASE WHEN a.type <> 'waterlow' THEN 0 WHEN age.years < 50 THEN 1 WHEN age.years < 65 THEN 2
                           WHEN age.years < 75 THEN 3 WHEN age.years <= 80 THEN 4 ELSE 5 END AS total
    FROM pg_temp.syn_assess AS a JOIN answered AS s ON s.id = a.id
    CROSS JOIN LATERAL (SELECT extract(year FROM age(a.date, a.date_of_birth))::integer AS years) AS age
), banded AS (
    SELECT s.*,
           CASE s.type
               WHEN 'waterlow' THEN CASE WHEN total >= 20 THEN 'very_high' WHEN total >= 15 THEN 'high'
                                         WHEN total >= 10 THEN 'at_risk' ELSE 'not_at_risk' END
               WHEN 'falls' THEN CASE WHEN total >= 16 OR answers ->> 'functional_change' = 'yes'
                                           OR answers ->> 'dizziness' = 'yes' THEN 'high'
                                      WHEN total >= 12 THEN 'medium' ELSE 'low' END
               WHEN 'abbey_pain' THEN CASE WHEN total >= 14 THEN 'severe' WHEN total >= 8 THEN 'moderate'
                                           WHEN total >= 3 THEN 'mild' ELSE 'no_pain' END
               ELSE CASE WHEN total = 20 THEN 'independent' WHEN total = 19 THEN 'slight'
                         WHEN total >= 13 THEN 'moderate' WHEN total >= 5 THEN 'severe' ELSE 'total' END
           END AS band,
           CASE s.type
               WHEN 'waterlow' THEN CASE WHEN total >= 20 THEN 3 WHEN total >= 15 THEN 2 WHEN total >= 10 THEN 1 ELSE
                   0 END
               WHEN 'falls' THEN CASE WHEN total >= 16 OR answers ->> 'functional_change' = 'yes'
                                           OR answers ->> 'dizziness' = 'yes' THEN 2
                                      WHEN total >= 12 THEN 1 ELSE 0 END
               WHEN 'abbey_pain' THEN CASE WHEN total >= 14 THEN 3 WHEN total >= 8 THEN 2 WHEN total >= 3 THEN 1 ELSE
                   0 END
               ELSE CASE WHEN total = 20 THEN 0 WHEN total >= 13 THEN 1 WHEN total >= 5 THEN 2 ELSE 3 END
           END AS risk_level
    FROM scored AS s
)
INSERT INTO public.assessments (id, organization_id, resident_id, type, date, findings, created_by, tool_version, score,
                                band, risk_level)
SELECT b.id, $1::uuid, b.resident_id, b.type, b.date, b.answers, b.author,
       CASE b.type WHEN 'waterlow' THEN 'Waterlow 2005' WHEN 'falls' THEN 'FRAT 1999' WHEN 'abbey_pain' THEN
           'Abbey 2004'
                   ELSE 'Barthel 20-point (Collin 1988)' END,
       b.total, b.band, b.risk_level
FROM banded AS b
ORDER BY b.resident_id, b.type, b.date
)SQL";

const char measuredAssessmentsSql[] = R"SQL(
WITH must AS (
    SELECT a.*, m.height, m.weight, m.judged, m.acute, m.weight / (m.height * m.height) AS bmi
    FROM pg_temp.syn_assess AS a
    CROSS JOIN LATERAL (SELECT round(1.50 + pg_temp.syn_int(a.rk || ':height', 0, 35) / 100.0, 2) AS height,
                               round(52 + pg_temp.syn_int(a.rk || ':weight', 0, 400) / 10.0
                                     + pg_temp.syn_int(a.ak || ':weight', -20, 20) / 10.0, 1) AS weight,
                               pg_temp.syn_pick(a.ak || ':loss', ARRAY['under_5', 'under_5', 'under_5', 'under_5',
                                                                       'from_5_to_10', 'over_10']) AS judged,
                               pg_temp.syn_pick(a.ak || ':acute', ARRAY['no', 'no', 'no', 'no', 'no', 'no', 'no', 'no',
                                                                       'no', 'yes']) AS acute) AS m
    WHERE a.type = 'must'
), must_scored AS (
    SELECT m.*, (CASE WHEN bmi >= 20.1 THEN 0 WHEN bmi >= 18.5 THEN 1 ELSE 2 END)
                + (CASE judged WHEN 'under_5' THEN 0 WHEN 'from_5_to_10' THEN 1 ELSE 2 END)
                + (CASE WHEN acute = 'yes' THEN 2 ELSE 0 END) AS total
    FROM must AS m
), news2 AS (
    SELECT a.*, v.answers, s.aggregate, s.escalation_required
    FROM pg_temp.syn_assess AS a
    CROSS JOIN LATERAL (SELECT pg_temp.syn_int(a.ak || ':unwell', 1, 12) = 1 AS unwell) AS u
    CROSS JOIN LATERAL (SELECT jsonb_build_object(
        'respiration_rate', CASE WHEN u.unwell THEN pg_temp.syn_int(a.ak || ':rr', 18, 25)
                                 ELSE pg_temp.syn_int(a.ak || ':rr', 12, 20) END,
        'spo2', CASE WHEN u.unwell THEN pg_temp.syn_int(a.ak || ':spo2', 90, 95)
                     ELSE pg_temp.syn_int(a.ak || ':spo2', 95, 99) END,
        'spo2_scale', '1', 'oxygen', 'air',
        'systolic', pg_temp.syn_int(a.ak || ':systolic', 100, 160),
        'pulse', CASE WHEN u.unwell THEN pg_temp.syn_int(a.ak || ':pulse', 92, 125)
                      ELSE pg_temp.syn_int(a.ak || ':pulse', 56, 92) END,
        'consciousness', 'A',
        'temperature', CASE WHEN u.unwell THEN round(37.4 + pg_temp.syn_int(a.ak || ':t', 0, 16) / 10.0, 1)
                            ELSE round(36.1 + pg_temp.syn_int(a.ak || ':t', 0, 11) / 10.0, 1) END) AS answers) AS v
    CROSS JOIN LATERAL public.news2(v.answers - 'spo2_scale' - 'oxygen'
                                    || jsonb_build_object('spo2_scale', 1, 'oxygen', false)) AS s
    WHERE a.type = 'news2'
)
INSERT INTO public.assessments (id, organization_id, resident_id, type, date, findings, created_by, tool_version, score,
                                band, risk_level)
SELECT id, $1::uuid, resident_id, type, date,
       jsonb_build_object('height_source', 'measured', 'height_m', height, 'weight_kg', weight,
                          'weight_loss_source', 'judged', 'weight_loss_judged', judged, 'acute_disease', acute),
       author, 'MUST 2011', total, CASE WHEN total = 0 THEN 'low' WHEN total = 1 THEN 'medium' ELSE 'high' END,
       least(total, 2)
FROM must_scored
UNION ALL
SELECT id, $1::uuid, resident_id, type, date, answers, author, 'NEWS2 2017', aggregate,
       CASE WHEN aggregate >= 7 THEN 'high' WHEN aggregate >= 5 THEN 'medium' WHEN escalation_required THEN 'low_medium'
            ELSE 'low' END,
       CASE WHEN aggregate >= 7 THEN 3 WHEN aggregate >= 5 THEN 2 WHEN escalation_required THEN 1 ELSE 0 END
FROM news2
)SQL";

// The days each resident spent in the home (not in hospital, not after leaving), which notes and incidents fall on;
// day counts from the first of the period ($1), so that a note's choices depend on the seed, not on the calendar.
const char daysSql[] = R"SQL(
CREATE TEMP TABLE syn_days AS
SELECT r.id AS resident_id, d::date AS date, d::date - $1::date AS day
FROM pg_temp.syn_res AS r
CROSS JOIN LATERAL generate_series(r.ws, CASE WHEN r.departure IS NULL THEN r.we ELSE r.we - 1 END,
                                   interval '1 day') AS d
WHERE NOT (r.hospital_in IS NOT NULL AND d >= r.hospital_in AND d < coalesce(r.hospital_out, r.we + 1))
)SQL";

// About one incident every four days ($1 seed, $2 organization, $3 facility, $4 home, $5 first day, $6 days,
// $7 nurses, $8 the instant after which nothing happens, or null), about a resident in the home that day (a
// complaint about none).
const char incidentsSql[] = R"SQL(
INSERT INTO public.incidents (id, organization_id, facility_id, resident_id, type, date, what_happened, location,
                              immediate_actions, reported_by)
SELECT pg_temp.syn_uuid(i.ik), $2::uuid, $3::uuid, who.resident_id, i.type,
       i.at,
       CASE i.type
           WHEN 'fall' THEN 'Found sitting on the floor beside the bed; no injury seen.'
           WHEN 'skin_tear' THEN 'Small skin tear on the left forearm while being helped to stand.'
           WHEN 'behaviour' THEN 'Became distressed in the lounge and pushed another resident''s chair.'
           WHEN 'medication_error' THEN 'Evening dose given an hour late.'
           WHEN 'pressure_ulcer' THEN 'Category 2 pressure damage found on the sacrum.'
           WHEN 'infection' THEN 'Suspected urinary infection: confused and feverish.'
           WHEN 'complaint' THEN 'A relative complained that the lounge was cold.'
           ELSE 'Wet floor in the corridor noticed before anyone slipped.' END,
       pg_temp.syn_pick(i.ik || ':where', ARRAY['Bedroom', 'Lounge', 'Dining room', 'Corridor', 'Bathroom']),
       pg_temp.syn_pick(i.ik || ':action', ARRAY['Checked for injury; observations taken; family told.',
           'GP informed; body map completed.', 'Care plan reviewed; sensor mat put in place.',
           'Manager informed; reported to the local authority.']),
       pg_temp.syn_uuid($1::text || ':user:' || $4::int || ':nurse:' || pg_temp.syn_int(i.ik || ':by', 1, $7::int))
FROM (SELECT d.*, (d.day + time '06:00') + make_interval(mins => pg_temp.syn_int(d.ik || ':minute', 0, 959)) AS at
      FROM (SELECT k.ik, $5::date + pg_temp.syn_int(k.ik || ':day', 0, $6::int - 1) AS day,
             pg_temp.syn_pick(k.ik || ':type', ARRAY['fall', 'fall', 'fall', 'fall', 'skin_tear', 'behaviour',
                 'medication_error', 'pressure_ulcer', 'infection', 'complaint', 'near_miss']) AS type
      FROM (SELECT $1::text || ':incident:' || $4::int || ':' || g AS ik
            FROM generate_series(1, greatest($6::int / 4, 1)) AS g) AS k) AS d
      WHERE $8::timestamptz IS NULL
         OR (d.day + time '06:00') + make_interval(mins => pg_temp.syn_int(d.ik || ':minute', 0, 959))
                <= $8::timestamptz) AS i
LEFT JOIN LATERAL (SELECT d.resident_id FROM pg_temp.syn_days AS d WHERE d.date = i.day
                   ORDER BY md5(i.ik || d.resident_id::text) LIMIT 1) AS who ON i.type NOT IN ('complaint', 'near_miss')
ORDER BY i.ik
)SQL";

// Two audits a month ($1 seed, $2 organization, $3 facility, $4 home, $5 first day, $6 today, $7 managers), each
// as recorded before audits had templates (migration 19): a score and summary, signed off by its auditor that day.
// (Audits answered question by question from the templates are not generated yet.)
const char auditsSql[] = R"SQL(
INSERT INTO public.audits (id, organization_id, facility_id, type, date, auditor, findings, score, action_plan,
                           signed_off_by, signed_off_at)
SELECT pg_temp.syn_uuid(a.ak), $2::uuid, $3::uuid,
       pg_temp.syn_pick(a.ak || ':type', ARRAY['medication', 'infection_control', 'care_plans', 'environment',
                                               'falls', 'nutrition', 'dignity', 'environment', 'records']),
       greatest($5::date, least(a.month + pg_temp.syn_int(a.ak || ':day', 0, 27), $6::date)),
       pg_temp.syn_uuid($1::text || ':user:' || $4::int || ':manager:' || pg_temp.syn_int(a.ak || ':by', 1, $7::int)),
       jsonb_build_object('summary', pg_temp.syn_pick(a.ak || ':summary',
           ARRAY['Mostly compliant; two gaps in records.',
           'Good practice seen throughout.', 'Several charts incomplete at night.',
               'Storage temperatures not logged daily.'])),
       round(65 + pg_temp.syn_int(a.ak || ':score', 0, 350) / 10.0, 2),
       jsonb_build_object('actions', pg_temp.syn_pick(a.ak || ':plan', ARRAY['Remind staff at handover.',
           'Supervision sessions for night staff.', 'Re-audit next month.', 'No action needed.'])),
       pg_temp.syn_uuid($1::text || ':user:' || $4::int || ':manager:' || pg_temp.syn_int(a.ak || ':by', 1, $7::int)),
       -- that afternoon; today's at the start of the day, never after the generator's today
       (SELECT d::timestamptz + CASE WHEN d < $6::date THEN interval '16 hours' ELSE interval '0' END
        FROM greatest($5::date, least(a.month + pg_temp.syn_int(a.ak || ':day', 0, 27), $6::date)) AS d)
FROM (SELECT m::date AS month, $1::text || ':audit:' || $4::int || ':' || m::date || ':' || n AS ak
      FROM generate_series(date_trunc('month', $5::date), $6::date, interval '1 month') AS m
      CROSS JOIN generate_series(1, 2) AS n) AS a
ORDER BY a.ak
)SQL";

// One home's shift notes of one month ($1 seed, $2 organization, $3 home, $4 first day, $5 day after, $6 carers,
// $7 nurses, $8 the instant after which nothing is written, or null): one to five notes a resident a shift, the first
// of each early shift with a full set of observations (escalated, by a nurse, whenever NEWS2 requires it), the rest
// care delivered (fluids, meals, repositioning ...) and often a narrative. Times fall within the home's default shift
// patterns.
const char notesSql[] = R"SQL(
WITH base AS (
    SELECT d.resident_id, d.date, s.shift, s.starts, s.minutes, g.n,
           $1::text || ':note:' || d.resident_id || ':' || d.day || ':' || s.shift || ':' || g.n AS nk
    FROM pg_temp.syn_days AS d
    CROSS JOIN (VALUES ('early', time '07:00', 450), ('late', time '14:00', 450), ('night', time '21:00', 600))
        AS s (shift, starts, minutes)
    CROSS JOIN LATERAL generate_series(1, pg_temp.syn_int($1::text || ':notes:' || d.resident_id || ':' || d.day || ':'
                                                          || s.shift, 1, 5)) AS g (n)
    WHERE d.date >= $4::date AND d.date < $5::date
), kinded AS (
    SELECT b.*,
           CASE WHEN b.shift = 'early' AND b.n = 1 THEN 'observations'
                WHEN b.shift = 'night' THEN pg_temp.syn_pick(b.nk || ':kind', ARRAY['sleep', 'sleep', 'repositioning',
                                                                                    'continence', 'drinking'])
                ELSE pg_temp.syn_pick(b.nk || ':kind', ARRAY['drinking', 'drinking', 'drinking', 'eating', 'continence',
                    'repositioning', 'mobility', 'mood', 'activities', 'visitors']) END AS kind,
           (b.date + b.starts) + make_interval(mins => b.minutes * (b.n - 1) / 5
                                                       + pg_temp.syn_int(b.nk || ':minute', 0, b.minutes / 5 - 1))
               AS occurred,
           pg_temp.syn_int(b.nk || ':unwell', 1, 40) = 1 AS unwell
    FROM base AS b
), timed AS (
    SELECT k.*,
           k.occurred + make_interval(mins => CASE WHEN pg_temp.syn_int(k.nk || ':late', 1, 25) = 1
                                                   THEN pg_temp.syn_int(k.nk || ':delay', 75, 240)
                                                   ELSE pg_temp.syn_int(k.nk || ':delay', 2, 25) END) AS recorded
    FROM kinded AS k
), shaped AS (
    SELECT k.*,
           CASE k.kind
               WHEN 'observations' THEN jsonb_build_object('personal_care', jsonb_build_object('text',
                   pg_temp.syn_pick(k.nk || ':text', ARRAY['Full wash and dressed; chose the blue cardigan.',
                       'Showered with help of one; skin checked, intact.', 'Strip wash at the sink; teeth cleaned.'])))
               WHEN 'drinking' THEN jsonb_build_object('drinking', jsonb_build_object('ml',
                   50 * pg_temp.syn_int(k.nk || ':ml', 2, 6)))
               WHEN 'eating' THEN jsonb_build_object('eating', jsonb_build_object(
                   'meal', CASE k.shift WHEN 'early' THEN 'breakfast'
                                        WHEN 'late' THEN pg_temp.syn_pick(k.nk || ':meal', ARRAY['lunch', 'tea'])
                                        ELSE 'supper' END,
                   'portion', pg_temp.syn_pick(k.nk || ':portion', ARRAY['all', 'all', 'three_quarters', 'half',
                                                                         'quarter', 'none'])))
               WHEN 'repositioning' THEN jsonb_build_object('repositioning', jsonb_build_object(
                   'position', pg_temp.syn_pick(k.nk || ':position', ARRAY['left', 'right', 'back', 'sitting',
                       'chair']),
                   'time', to_char(k.occurred, 'HH24:MI')))
               ELSE jsonb_build_object(k.kind, jsonb_build_object('text', CASE k.kind
                   WHEN 'sleep' THEN pg_temp.syn_pick(k.nk || ':text', ARRAY['Asleep on checks.',
                       'Awake at 2am, settled after a warm drink.', 'Restless; reassured.'])
                   WHEN 'continence' THEN pg_temp.syn_pick(k.nk || ':text', ARRAY['Pad changed, dry skin.',
                       'Used the toilet with help of one.', 'Catheter bag emptied.'])
                   WHEN 'mobility' THEN pg_temp.syn_pick(k.nk || ':text', ARRAY['Walked to the dining room with frame.',
                       'Hoisted to chair with two staff.'])
                   WHEN 'mood' THEN pg_temp.syn_pick(k.nk || ':text', ARRAY['Bright and chatty.',
                       'Low in mood; spent time talking.',
                       'Anxious before tea; settled with music.'])
                   WHEN 'activities' THEN pg_temp.syn_pick(k.nk || ':text', ARRAY['Joined the quiz.',
                       'Armchair exercises.',
                       'Sorted buttons with the activities coordinator.'])
                   ELSE pg_temp.syn_pick(k.nk || ':text', ARRAY['Daughter visited.', 'Friend from church visited.',
                       'Video call with grandson.']) END))
           END AS care,
           CASE WHEN k.kind = 'observations' THEN jsonb_build_object(
                    'temperature', CASE WHEN k.unwell THEN round(37.6 + pg_temp.syn_int(k.nk || ':t', 0, 16) / 10.0, 1)
                                        ELSE round(36.1 + pg_temp.syn_int(k.nk || ':t', 0, 11) / 10.0, 1) END,
                    'pulse', CASE WHEN k.unwell THEN pg_temp.syn_int(k.nk || ':pulse', 95, 128)
                                  ELSE pg_temp.syn_int(k.nk || ':pulse', 58, 92) END,
                    'respiration_rate', CASE WHEN k.unwell THEN pg_temp.syn_int(k.nk || ':rr', 18, 26)
                                             ELSE pg_temp.syn_int(k.nk || ':rr', 12, 20) END,
                    'systolic', CASE WHEN k.unwell THEN pg_temp.syn_int(k.nk || ':systolic', 92, 125)
                                     ELSE pg_temp.syn_int(k.nk || ':systolic', 108, 158) END,
                    'diastolic', pg_temp.syn_int(k.nk || ':diastolic', 58, 84),
                    'spo2', CASE WHEN k.unwell THEN pg_temp.syn_int(k.nk || ':spo2', 90, 95)
                                 ELSE pg_temp.syn_int(k.nk || ':spo2', 95, 99) END,
                    'spo2_scale', 1, 'oxygen', false,
                    'consciousness', CASE WHEN k.unwell AND pg_temp.syn_int(k.nk || ':acvpu', 1, 4) = 1 THEN 'C'
                                          ELSE 'A' END)
                || CASE WHEN extract(day FROM k.date) = 1 THEN jsonb_build_object('weight_kg',
                       round(45 + pg_temp.syn_int(k.resident_id || ':weight', 0, 450) / 10.0
                             + pg_temp.syn_int(k.nk || ':weight', -15, 15) / 10.0, 1))
                        ELSE '{}'::jsonb END
                WHEN k.kind = 'continence' AND pg_temp.syn_int(k.nk || ':bowels', 1, 3) = 1
                THEN jsonb_build_object('bowels_bristol', pg_temp.syn_int(k.nk || ':bristol', 1, 7))
                ELSE '{}'::jsonb END AS obs,
           CASE WHEN pg_temp.syn_int(k.nk || ':narrative', 1, 5) <= 2
                THEN pg_temp.syn_pick(k.nk || ':narrative_text', ARRAY[
                    'Settled and content this shift.', 'Talked about her late husband and the war years.',
                    'Watched the football in the lounge with other residents.', 'Refused lunch at first, ate later.',
                    'Complained of a sore knee; paracetamol given as prescribed.', 'Enjoyed the singer this afternoon.',
                    'Family phoned; message passed on.', 'Quiet, sleeping more than usual; will keep an eye.'])
                ELSE '' END AS narrative
    FROM timed AS k
    -- Nothing written after the moment the data is made for, when one is given.
    WHERE $8::timestamptz IS NULL OR k.recorded <= $8::timestamptz
)
INSERT INTO public.daily_records (id, organization_id, resident_id, date, shift, care_delivered, observations,
                                  created_by, occurred_at, recorded_at, narrative, escalation)
SELECT pg_temp.syn_uuid(s.nk), $2::uuid, s.resident_id, s.date, s.shift, s.care, s.obs,
       pg_temp.syn_uuid($1::text || ':user:' || $3::int || ':'
                        || CASE WHEN s.kind = 'observations' THEN 'nurse:' || pg_temp.syn_int(s.nk || ':by', 1, $7::int)
                                ELSE 'carer:' || pg_temp.syn_int(s.nk || ':by', 1, $6::int) END),
       s.occurred, s.recorded, s.narrative,
       CASE WHEN score.escalation_required THEN jsonb_build_object(
           'news2', score.aggregate, 'complete', score.complete,
           'action', pg_temp.syn_pick(s.nk || ':action', ARRAY['Observations repeated after 30 minutes; GP called.',
               'Rang NHS 111 and followed their advice.', 'GP visit arranged for this morning.', 'Ambulance called.']),
           'told', pg_temp.syn_pick(s.nk || ':told', ARRAY['Nurse in charge', 'GP', 'NHS 111', 'GP and family']))
            ELSE '{}'::jsonb END
FROM shaped AS s
CROSS JOIN LATERAL public.news2(s.obs) AS score
ORDER BY s.date, s.resident_id, s.occurred
)SQL";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

QString organizationUserSql()
{
    return QStringLiteral(
        "WITH added AS (INSERT INTO public.users (id, organization_id, email, first_name, last_name, role, "
        "all_facilities) SELECT pg_temp.syn_uuid($1::text || ':organization-user:' || $3::int || ':' || r), $2::uuid, "
        "r || '.group' || $3::int || '@synthetic.invalid', "
        "pg_temp.syn_first_name($1::text || ':organization-user:' || $3::int || ':' || r, r = 'manager'), "
        "pg_temp.syn_last_name($1::text || ':organization-user-last:' || $3::int || ':' || r), r, true "
        "FROM unnest(ARRAY['manager', 'admin']) AS r RETURNING id) SELECT count(*) FROM added");
}

} // namespace

SyntheticDataGenerator::SyntheticDataGenerator(const PgSession &session, const Options &options,
                                               std::function<void(const QString &)> progress)
    : m_session(session), m_options(options), m_progress(std::move(progress))
{
    m_start = m_options.today.addDays(1 - m_options.days);
}

Result<> SyntheticDataGenerator::checkOptions(const Options &options)
{
    if (options.scale < 1 || options.scale > 999)
        return Result<>::refused(tr("--scale must be a number of homes from 1 to 999."), QStringLiteral("scale"));
    if (options.days < 1 || options.days > 3660)
        return Result<>::refused(tr("--days must be from 1 to 3660."), QStringLiteral("days"));
    if (options.residentsPerHome < 1 || options.residentsPerHome > 400)
        return Result<>::refused(tr("--residents-per-home must be from 1 to 400."),
                                 QStringLiteral("residents-per-home"));
    if (options.homesPerOrganization < 1 || options.homesPerOrganization > 999)
        return Result<>::refused(tr("--homes-per-organization must be from 1 to 999."),
                                 QStringLiteral("homes-per-organization"));
    if (options.seed.trimmed().isEmpty())
        return Result<>::refused(tr("--seed must not be empty."), QStringLiteral("seed"));
    if (!options.today.isValid())
        return Result<>::refused(tr("No date to end the data at."), QStringLiteral("today"));
    return Result<>::done();
}

Result<> SyntheticDataGenerator::failure(const QString &what, const PgResult &result) const
{
    return Result<>::failed(tr("%1 failed: %2").arg(what, result.error().message));
}

Result<> SyntheticDataGenerator::prepare()
{
    if (const Result<> checked = checkOptions(m_options); !checked.ok())
        return checked;
    const PgResult who = m_session.exec(
        QStringLiteral("SELECT rolsuper, (SELECT master_key_file IS NOT NULL FROM public.system_settings) AS has_keys, "
                       "EXISTS (SELECT FROM public.user_credentials WHERE email_lower LIKE '%@synthetic.invalid') "
                       "AS has_synthetic "
                       "FROM pg_catalog.pg_roles WHERE rolname = current_user"));
    if (!who.ok())
        return failure(tr("Checking the database"), who);
    if (who.text(0, "rolsuper") != QLatin1String("t"))
        return Result<>::refused(
            tr("generate-data writes as the owner of every organization's data, which only a PostgreSQL superuser "
               "may: connect as one."));
    if (who.text(0, "has_keys") != QLatin1String("t"))
        return Result<>::refused(tr("The medical notes have no master key yet: run init-keys first."));
    if (who.text(0, "has_synthetic") == QLatin1String("t"))
        return Result<>::refused(tr("This database already holds synthetic data: generate it into a new database."));
    // The password every synthetic user shares, hashed once by the server's own function (bcrypt at its cost).
    const QString password = SyntheticData::password();
    if (const Result<> local = PasswordRules::check(password); !local.ok())
        return local;
    const PgResult hashed = m_session.exec(
        QStringLiteral("SELECT public.app_password_problem($1) AS problem, public.wcn_hash_password($1) AS hash"),
        {password});
    if (!hashed.ok())
        return failure(tr("Hashing the password"), hashed);
    if (!hashed.isNull(0, "problem"))
        return Result<>::refused(PasswordRules::describe(hashed.text(0, "problem")), QStringLiteral("password"));
    m_passwordHash = hashed.text(0, "hash");
    // A planner setting for this loading session only (no check is skipped): each statement runs once over
    // thousands of rows, and compiling it (JIT) took about half a second each, more than it saved.
    const PgResult tuned = m_session.exec(QStringLiteral("SELECT set_config('jit', 'off', false)"));
    if (!tuned.ok())
        return failure(tr("Preparing the session"), tuned);
    const PgResult made = m_session.execScript(sql(helpers));
    if (!made.ok())
        return failure(tr("Preparing the session"), made);
    // Monthly partitions for the whole period, so that every note goes straight to its month.
    int partitions = 0;
    for (QDate month(m_start.year(), m_start.month(), 1); month <= m_options.today; month = month.addMonths(1)) {
        const PgResult created =
            m_session.exec(QStringLiteral("SELECT public.create_daily_record_partition($1::date) AS created"), {month});
        if (!created.ok())
            return failure(tr("Creating the partition for %1").arg(month.toString(QStringLiteral("yyyy-MM"))), created);
        if (created.text(0, "created") == QLatin1String("t"))
            ++partitions;
    }
    m_progress(tr("Period %1 to %2; %n new monthly partition(s) of shift notes.", "", partitions)
                   .arg(m_start.toString(Qt::ISODate), m_options.today.toString(Qt::ISODate)));
    return Result<>::done();
}

Result<> SyntheticDataGenerator::run()
{
    QElapsedTimer timer;
    timer.start();
    if (const Result<> done = prepare(); !done.ok())
        return done;
    const int organizations = SyntheticData::organizationOf(m_options.scale, m_options.homesPerOrganization);
    for (int organization = 1; organization <= organizations; ++organization) {
        if (const Result<> done = writeOrganization(organization); !done.ok())
            return done;
    }
    // Partitions ahead of today, as maintain makes them, and fresh statistics for the planner.
    const PgResult ahead = m_session.exec(QStringLiteral("SELECT public.ensure_daily_record_partitions(3)"));
    if (!ahead.ok())
        return failure(tr("Creating the partitions ahead"), ahead);
    const PgResult analyzed = m_session.exec(QStringLiteral("ANALYZE"));
    if (!analyzed.ok())
        return failure(tr("Analyzing"), analyzed);
    m_progress(tr("Done in %1 s.").arg(QLocale::c().toString(timer.elapsed() / 1000.0, 'f', 1)));
    return Result<>::done();
}

Result<> SyntheticDataGenerator::writeOrganization(int organization)
{
    PgTransaction transaction(m_session);
    const PgResult created =
        m_session.exec(QStringLiteral("INSERT INTO public.organizations (id, name, registration_number) "
                                      "VALUES (pg_temp.syn_uuid($1::text || ':organization:' || $2::int), "
                                      "coalesce(nullif($3::text, ''), 'Synthetic Care Group ' || $2::int), "
                                      "'SYN-' || lpad($2::int::text, 5, '0')) RETURNING id"),
                       {m_options.seed, organization, m_options.organizationName});
    if (!created.ok())
        return failure(tr("Writing organization %1").arg(organization), created);
    const QString organizationId = created.text(0, "id");
    const PgResult users = m_session.exec(organizationUserSql(), {m_options.seed, organizationId, organization});
    if (!users.ok())
        return failure(tr("Writing organization %1's users").arg(organization), users);
    const PgResult passwords = m_session.exec(
        QStringLiteral("UPDATE public.user_credentials SET password_hash = $2, must_change_password = false, "
                       "password_changed_at = now() WHERE organization_id = $1::uuid AND password_hash IS NULL"),
        {organizationId, m_passwordHash});
    if (!passwords.ok())
        return failure(tr("Setting organization %1's passwords").arg(organization), passwords);
    // The organization's key for the medical notes, made now so that the homes' statements can read it.
    const PgResult key =
        m_session.exec(QStringLiteral("SELECT public.wcn_current_key_version($1::uuid)"), {organizationId});
    if (!key.ok())
        return failure(tr("Making organization %1's key").arg(organization), key);
    if (!transaction.commit())
        return Result<>::failed(tr("Organization %1 could not be committed.").arg(organization));
    const int first = (organization - 1) * m_options.homesPerOrganization + 1;
    const int last = qMin(m_options.scale, organization * m_options.homesPerOrganization);
    for (int home = first; home <= last; ++home) {
        if (const Result<> done = writeHome(home, organizationId); !done.ok())
            return done;
    }
    return Result<>::done();
}

Result<> SyntheticDataGenerator::writeHome(int home, const QString &organizationId)
{
    QElapsedTimer timer;
    timer.start();
    const QString &seed = m_options.seed;
    const QString what = tr("Home %1").arg(home);
    PgTransaction transaction(m_session);
    const PgResult facility = m_session.exec(
        QStringLiteral("INSERT INTO public.facilities (id, organization_id, name, type, capacity, address) "
                       "VALUES (pg_temp.syn_uuid($1::text || ':home:' || $3::int), $2::uuid, "
                       "coalesce(nullif($5::text, ''), 'Synthetic Home ' || $3::int), "
                       "'nursing', $4::int, jsonb_build_object('town', 'Testbury', 'postcode', 'ZZ99 ' || $3::int)) "
                       "RETURNING id"),
        {seed, organizationId, home, m_options.residentsPerHome, m_options.homeName});
    if (!facility.ok())
        return failure(what, facility);
    const QString facilityId = facility.text(0, "id");
    const int carers = SyntheticData::carersPerHome;
    const int nurses = SyntheticData::nursesPerHome;
    const int managers = SyntheticData::managersPerHome;
    const QString manager =
        m_session
            .exec(QStringLiteral("SELECT pg_temp.syn_uuid($1::text || ':user:' || $2::int || ':manager:1') AS id"),
                  {seed, home})
            .text(0, "id");

    struct Step
    {
        QString statement;
        QVariantList params;
    };
    const QList<Step> steps = {
        {sql(staffSql), {seed, organizationId, facilityId, home, carers, nurses, managers}},
        {QStringLiteral("UPDATE public.user_credentials SET password_hash = $2, must_change_password = false, "
                        "password_changed_at = now() WHERE organization_id = $1::uuid AND password_hash IS NULL"),
         {organizationId, m_passwordHash}},
        {QStringLiteral("DROP TABLE IF EXISTS pg_temp.syn_res, pg_temp.syn_assess, pg_temp.syn_days"), {}},
        {sql(residentsPlanSql), {seed, home, m_start, m_options.today, m_options.residentsPerHome}},
        {sql(residentsSql), {organizationId, facilityId, manager}},
        {sql(moveEventsSql), {organizationId, facilityId, manager}},
        {sql(hospitalInSql), {organizationId, facilityId, manager}},
        {sql(hospitalOutSql), {organizationId, facilityId, manager}},
        {sql(departureSql), {organizationId, facilityId, manager}},
        {sql(carePlansSql), {organizationId, manager, m_start}},
        {sql(assessmentsPlanSql), {seed, home, nurses}},
        {sql(pointAssessmentsSql), {organizationId}},
        {sql(measuredAssessmentsSql), {organizationId}},
        {sql(daysSql), {m_start}},
        {sql(incidentsSql), {seed, organizationId, facilityId, home, m_start, m_options.days, nurses, m_options.until}},
        {sql(auditsSql), {seed, organizationId, facilityId, home, m_start, m_options.today, managers}},
    };
    for (int index = 0; index < steps.size(); ++index) {
        const PgResult done = m_session.exec(steps.at(index).statement, steps.at(index).params);
        if (!done.ok())
            return failure(tr("%1 (step %2)").arg(what).arg(index + 1), done);
    }
    // Reviews in rounds, each plan's next review due a month after its last, until none falls in the period.
    int reviews = 0;
    for (;;) {
        const PgResult round =
            m_session.exec(sql(reviewRoundSql), {seed, organizationId, m_options.today, home, nurses});
        if (!round.ok())
            return failure(what, round);
        if (round.rowsAffected() == 0)
            break;
        reviews += static_cast<int>(round.rowsAffected());
    }
    if (!transaction.commit())
        return Result<>::failed(tr("%1 could not be committed.").arg(what));
    const PgResult residents = m_session.exec(
        QStringLiteral("SELECT count(*) AS residents, count(*) FILTER (WHERE departure IS NULL) AS present "
                       "FROM pg_temp.syn_res"));
    m_progress(tr("Home %1: %2 residents (%3 there now), %n care plan review(s), in %4 s.", "", reviews)
                   .arg(home)
                   .arg(residents.text(0, "residents"), residents.text(0, "present"))
                   .arg(QLocale::c().toString(timer.elapsed() / 1000.0, 'f', 1)));
    return writeNotes(home, organizationId);
}

Result<> SyntheticDataGenerator::writeNotes(int home, const QString &organizationId)
{
    for (QDate month(m_start.year(), m_start.month(), 1); month <= m_options.today; month = month.addMonths(1)) {
        QElapsedTimer timer;
        timer.start();
        const QDate from = qMax(month, m_start);
        const QDate to = qMin(month.addMonths(1), m_options.today.addDays(1));
        PgTransaction transaction(m_session);
        const PgResult written =
            m_session.exec(sql(notesSql), {m_options.seed, organizationId, home, from, to, SyntheticData::carersPerHome,
                                           SyntheticData::nursesPerHome, m_options.until});
        if (!written.ok())
            return failure(tr("Home %1, notes of %2").arg(home).arg(month.toString(QStringLiteral("yyyy-MM"))),
                           written);
        if (!transaction.commit())
            return Result<>::failed(tr("Home %1, notes of %2 could not be committed.")
                                        .arg(home)
                                        .arg(month.toString(QStringLiteral("yyyy-MM"))));
        // Statistics for the month just written: the note trigger's id check probes every partition with a plan
        // cached in this session, and a partition the planner believes empty is probed by reading it whole
        // (ANALYZE also makes that plan be made again).
        const PgResult analyzed = m_session.exec(
            QStringLiteral("SELECT format('ANALYZE public.daily_records_y%sm%s', to_char($1::date, 'YYYY'), "
                           "to_char($1::date, 'MM')) AS statement"),
            {month});
        const PgResult statistics = m_session.exec(analyzed.text(0, "statement"));
        if (!statistics.ok())
            return failure(tr("Analyzing the notes of %1").arg(month.toString(QStringLiteral("yyyy-MM"))), statistics);
        m_progress(tr("Home %1, %2: %n note(s) in %3 s.", "", static_cast<int>(written.rowsAffected()))
                       .arg(home)
                       .arg(month.toString(QStringLiteral("yyyy-MM")))
                       .arg(QLocale::c().toString(timer.elapsed() / 1000.0, 'f', 1)));
    }
    return Result<>::done();
}

QList<QPair<QString, qint64>> SyntheticDataGenerator::rowCounts() const
{
    static const char *const tables[] = {
        "organizations",     "facilities",     "users",           "user_facilities",
        "user_credentials",  "residents",      "resident_events", "care_plans",
        "care_plan_reviews", "record_history", "assessments",     "daily_records",
        "incidents",         "audits",         "shift_patterns",  "resident_search_words",
        "organization_keys", "audit_log"};
    QList<QPair<QString, qint64>> counts;
    for (const char *table : tables) {
        // A table name from the list above, never from input.
        const PgResult counted = m_session.exec(
            QStringLiteral("SELECT count(*) AS row_count FROM public.%1").arg(QString::fromLatin1(table)));
        counts.append({QString::fromLatin1(table), counted.value(0, "row_count").toLongLong()});
    }
    return counts;
}

qint64 SyntheticDataGenerator::databaseSize() const
{
    return m_session.exec(QStringLiteral("SELECT pg_database_size(current_database()) AS size"))
        .value(0, "size")
        .toLongLong();
}
