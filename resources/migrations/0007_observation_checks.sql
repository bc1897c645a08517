-- Description: The database checks the observations and assessments it stores and recomputes NEWS2 and the scores it relies on
--
-- Until now the station computed NEWS2 and the scores, and the database stored what it was sent: a modified station
-- could skip an escalation, store any score, or write observations the scoring code silently reads as "not taken"
-- (consciousness "X", oxygen "maybe") or as something else (SpO2 scale 3 as scale 1, a fractional pulse rounded).
-- From this migration the database:
-- 1. refuses a shift note whose observations are outside their domain, each field by its own named constraint;
-- 2. computes NEWS2 itself (news2(), the chart of models/News2.cpp, both SpO2 scales) and refuses a note that needs
--    an escalation (aggregate 5 or more, or 3 in one parameter, even with parameters missing) without what was done
--    and who was told; the score a station puts in the escalation is replaced by the database's own;
-- 3. refuses an assessment whose answers are not the tool's, and recomputes the score, band and risk level of MUST,
--    Waterlow, FRAT, Abbey, Barthel and NEWS2 from the answers, refusing a stored score that disagrees.
-- All of it by triggers on new rows only: notes and assessments are append-only evidence and rows written before
-- this migration stay as they were (some may break these rules), and a partitioned table cannot take a NOT VALID
-- check constraint; a trigger on the partitioned parent reaches every partition, present and future.

-- ---------------------------------------------------------------------------------------------------------------------
-- NEWS2 (Royal College of Physicians, 2017: chart 1, chart 2 for SpO2 scale 2, table 2), from a shift note's
-- observations: respiration_rate, spo2, spo2_scale (1 or 2), oxygen (true: on oxygen), systolic, pulse,
-- consciousness (A, C, V, P or U), temperature. A parameter that is absent (or not of its type) is not taken: the
-- aggregate is then the sum of those taken, which can only rise when the rest are taken, so a trigger it already
-- reaches holds. Scale 2 without knowing air or oxygen cannot score the saturation. A temperature between two of the
-- chart's bands (written in tenths) takes the higher-risk band. Kept identical to News2::score (TestShiftNotes
-- compares the two at every band edge of every parameter, on both scales, on air and on oxygen).
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION news2(observations jsonb, OUT aggregate integer, OUT complete boolean,
                      OUT escalation_required boolean)
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    parts  integer[] := '{}';
    value  numeric;
    scale  integer := 1;
    oxygen boolean;
    level  text;
BEGIN
    IF jsonb_typeof(observations -> 'oxygen') = 'boolean' THEN
        oxygen := (observations ->> 'oxygen')::boolean;
    END IF;
    IF jsonb_typeof(observations -> 'spo2_scale') = 'number' AND (observations ->> 'spo2_scale')::numeric = 2 THEN
        scale := 2;
    END IF;
    -- Respiration rate.
    IF jsonb_typeof(observations -> 'respiration_rate') = 'number' THEN
        value := round((observations ->> 'respiration_rate')::numeric);
        parts := parts || CASE WHEN value <= 8 THEN 3 WHEN value <= 11 THEN 1 WHEN value <= 20 THEN 0
                               WHEN value <= 24 THEN 2 ELSE 3 END;
    END IF;
    -- SpO2, on its scale.
    IF jsonb_typeof(observations -> 'spo2') = 'number' THEN
        value := round((observations ->> 'spo2')::numeric);
        IF scale = 1 THEN
            parts := parts || CASE WHEN value <= 91 THEN 3 WHEN value <= 93 THEN 2 WHEN value <= 95 THEN 1 ELSE 0 END;
        ELSIF oxygen IS NOT NULL THEN
            parts := parts || CASE WHEN value <= 83 THEN 3 WHEN value <= 85 THEN 2 WHEN value <= 87 THEN 1
                                   WHEN value <= 92 OR NOT oxygen THEN 0 WHEN value <= 94 THEN 1
                                   WHEN value <= 96 THEN 2 ELSE 3 END;
        END IF;
    END IF;
    -- Air or oxygen.
    IF oxygen IS NOT NULL THEN
        parts := parts || CASE WHEN oxygen THEN 2 ELSE 0 END;
    END IF;
    -- Systolic blood pressure.
    IF jsonb_typeof(observations -> 'systolic') = 'number' THEN
        value := round((observations ->> 'systolic')::numeric);
        parts := parts || CASE WHEN value <= 90 THEN 3 WHEN value <= 100 THEN 2 WHEN value <= 110 THEN 1
                               WHEN value <= 219 THEN 0 ELSE 3 END;
    END IF;
    -- Pulse.
    IF jsonb_typeof(observations -> 'pulse') = 'number' THEN
        value := round((observations ->> 'pulse')::numeric);
        parts := parts || CASE WHEN value <= 40 THEN 3 WHEN value <= 50 THEN 1 WHEN value <= 90 THEN 0
                               WHEN value <= 110 THEN 1 WHEN value <= 130 THEN 2 ELSE 3 END;
    END IF;
    -- Consciousness (ACVPU): anything but Alert scores 3.
    IF jsonb_typeof(observations -> 'consciousness') = 'string' THEN
        level := observations ->> 'consciousness';
        IF level IN ('A', 'C', 'V', 'P', 'U') THEN
            parts := parts || CASE WHEN level = 'A' THEN 0 ELSE 3 END;
        END IF;
    END IF;
    -- Temperature, unrounded: between two bands, the higher-risk one.
    IF jsonb_typeof(observations -> 'temperature') = 'number' THEN
        value := (observations ->> 'temperature')::numeric;
        parts := parts || CASE WHEN value < 35.1 THEN 3 WHEN value < 36.1 THEN 1 WHEN value <= 38.0 THEN 0
                               WHEN value <= 39.0 THEN 1 ELSE 2 END;
    END IF;
    aggregate := coalesce((SELECT sum(p) FROM unnest(parts) AS p), 0);
    complete := cardinality(parts) = 7;
    escalation_required := aggregate >= 5 OR 3 = ANY (parts);
END
$$;
GRANT EXECUTE ON FUNCTION news2(jsonb) TO wcn_app;

-- ---------------------------------------------------------------------------------------------------------------------
-- A shift note's observations: each key known, each value of its type and within what a living resident can have
-- (the ranges of DailyNote::problem), whole numbers where the reading is one; then NEWS2 as the database computes it.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION check_daily_record_observations() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    o       jsonb := NEW.observations;
    unknown text;
    r       record;
    message text;
    score   record;
BEGIN
    -- Stations only, as prepare_daily_record decides what a station may not: the owner's imports of old records
    -- (which may break these rules, as rows written before this migration may) are the owner's to check. Not an
    -- object: daily_records_observations_object_check (migration 1) refuses it by name.
    IF app_user_id() IS NULL OR jsonb_typeof(o) IS DISTINCT FROM 'object' THEN
        RETURN NEW;
    END IF;
    SELECT k INTO unknown FROM jsonb_object_keys(o) AS k
    WHERE k NOT IN ('temperature', 'pulse', 'respiration_rate', 'systolic', 'diastolic', 'spo2', 'spo2_scale',
                    'oxygen', 'consciousness', 'weight_kg', 'blood_glucose', 'bowels_bristol')
    ORDER BY k LIMIT 1;
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'the observation "%" is not one a note records', unknown
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_observations_check',
                  TABLE = 'daily_records', COLUMN = 'observations', SCHEMA = 'public';
    END IF;
    FOR r IN SELECT * FROM (VALUES ('temperature', 25.0, 45.0, false), ('pulse', 20, 250, true),
                                   ('respiration_rate', 3, 70, true), ('systolic', 40, 300, true),
                                   ('diastolic', 20, 200, true), ('spo2', 50, 100, true),
                                   ('weight_kg', 20, 350, false), ('blood_glucose', 0.5, 50, false),
                                   ('bowels_bristol', 1, 7, true)) AS v (key, low, high, whole)
    LOOP
        IF jsonb_exists(o, r.key) AND (jsonb_typeof(o -> r.key) <> 'number'
                                       OR (o ->> r.key)::numeric NOT BETWEEN r.low AND r.high
                                       OR (r.whole AND (o ->> r.key)::numeric <> trunc((o ->> r.key)::numeric)))
        THEN
            message := format('%s must be a number between %s and %s%s', r.key, r.low, r.high,
                              CASE WHEN r.whole THEN ', a whole number' ELSE '' END);
            RAISE EXCEPTION '%', message
                USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_observations_' || r.key || '_check',
                      TABLE = 'daily_records', COLUMN = 'observations', SCHEMA = 'public';
        END IF;
    END LOOP;
    IF jsonb_typeof(o -> 'systolic') = 'number' AND jsonb_typeof(o -> 'diastolic') = 'number'
       AND (o ->> 'diastolic')::numeric >= (o ->> 'systolic')::numeric THEN
        RAISE EXCEPTION 'the diastolic blood pressure must be lower than the systolic'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_observations_blood_pressure_check',
                  TABLE = 'daily_records', COLUMN = 'observations', SCHEMA = 'public';
    END IF;
    IF jsonb_exists(o, 'spo2_scale') AND NOT (jsonb_typeof(o -> 'spo2_scale') = 'number'
                                 AND (o ->> 'spo2_scale')::numeric IN (1, 2)) THEN
        RAISE EXCEPTION 'the SpO2 scale must be 1 or 2'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_observations_spo2_scale_check',
                  TABLE = 'daily_records', COLUMN = 'observations', SCHEMA = 'public';
    END IF;
    IF jsonb_exists(o, 'oxygen') AND jsonb_typeof(o -> 'oxygen') <> 'boolean' THEN
        RAISE EXCEPTION 'air or oxygen must be true (oxygen) or false (air)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_observations_oxygen_check',
                  TABLE = 'daily_records', COLUMN = 'observations', SCHEMA = 'public';
    END IF;
    IF jsonb_exists(o, 'consciousness') AND NOT (jsonb_typeof(o -> 'consciousness') = 'string'
                                    AND o ->> 'consciousness' IN ('A', 'C', 'V', 'P', 'U')) THEN
        RAISE EXCEPTION 'consciousness must be one of A, C, V, P or U'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_observations_consciousness_check',
                  TABLE = 'daily_records', COLUMN = 'observations', SCHEMA = 'public';
    END IF;

    -- NEWS2 as the database computes it: a note that needs an escalation has one, whatever the station says.
    SELECT * INTO score FROM news2(o);
    IF score.escalation_required
       AND (coalesce(btrim(NEW.escalation ->> 'action'), '') = ''
            OR coalesce(btrim(NEW.escalation ->> 'told'), '') = '') THEN
        RAISE EXCEPTION 'NEWS2 % needs an escalation: what was done and who was told', score.aggregate
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_escalation_required_check',
                  TABLE = 'daily_records', COLUMN = 'escalation', SCHEMA = 'public';
    END IF;
    -- The score an escalation records is the database's, not the station's.
    IF jsonb_typeof(NEW.escalation) = 'object' AND NEW.escalation <> '{}' THEN
        NEW.escalation := NEW.escalation || jsonb_build_object('news2', score.aggregate, 'complete', score.complete);
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION check_daily_record_observations() FROM PUBLIC;
CREATE TRIGGER daily_records_check_observations BEFORE INSERT ON daily_records
    FOR EACH ROW EXECUTE FUNCTION check_daily_record_observations();

-- ---------------------------------------------------------------------------------------------------------------------
-- The answers of the tools scored by adding up points (models/WaterlowTool.cpp, FallsRiskTool.cpp, AbbeyPainScale.cpp,
-- BarthelIndex.cpp): each choice with its points, written once more here so that the database need not trust the
-- station (TestAssessments compares it with the code's questions). multiple: any of the answers, as an array.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION assessment_options() RETURNS TABLE (type text, item text, option text, points integer,
                                                     multiple boolean)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
    VALUES
        ('waterlow', 'build', 'average', 0, false),
        ('waterlow', 'build', 'above_average', 1, false),
        ('waterlow', 'build', 'obese', 2, false),
        ('waterlow', 'build', 'below_average', 3, false),
        ('waterlow', 'skin', 'healthy', 0, true),
        ('waterlow', 'skin', 'tissue_paper', 1, true),
        ('waterlow', 'skin', 'dry', 1, true),
        ('waterlow', 'skin', 'oedematous', 1, true),
        ('waterlow', 'skin', 'clammy', 1, true),
        ('waterlow', 'skin', 'discoloured', 2, true),
        ('waterlow', 'skin', 'broken', 3, true),
        ('waterlow', 'sex', 'male', 1, false),
        ('waterlow', 'sex', 'female', 2, false),
        ('waterlow', 'continence', 'complete', 0, false),
        ('waterlow', 'continence', 'urine', 1, false),
        ('waterlow', 'continence', 'faecal', 2, false),
        ('waterlow', 'continence', 'both', 3, false),
        ('waterlow', 'mobility', 'fully', 0, false),
        ('waterlow', 'mobility', 'restless', 1, false),
        ('waterlow', 'mobility', 'apathetic', 2, false),
        ('waterlow', 'mobility', 'restricted', 3, false),
        ('waterlow', 'mobility', 'bedbound', 4, false),
        ('waterlow', 'mobility', 'chairbound', 5, false),
        ('waterlow', 'weight_lost', 'yes', 0, false),
        ('waterlow', 'weight_lost', 'no', 0, false),
        ('waterlow', 'weight_lost', 'unsure', 2, false),
        ('waterlow', 'weight_loss_amount', 'from_0_5_to_5', 1, false),
        ('waterlow', 'weight_loss_amount', 'from_5_to_10', 2, false),
        ('waterlow', 'weight_loss_amount', 'from_10_to_15', 3, false),
        ('waterlow', 'weight_loss_amount', 'over_15', 4, false),
        ('waterlow', 'weight_loss_amount', 'unsure', 2, false),
        ('waterlow', 'eating_poorly', 'no', 0, false),
        ('waterlow', 'eating_poorly', 'yes', 1, false),
        ('waterlow', 'tissue_malnutrition', 'none', 0, true),
        ('waterlow', 'tissue_malnutrition', 'terminal_cachexia', 8, true),
        ('waterlow', 'tissue_malnutrition', 'multiple_organ_failure', 8, true),
        ('waterlow', 'tissue_malnutrition', 'single_organ_failure', 5, true),
        ('waterlow', 'tissue_malnutrition', 'peripheral_vascular_disease', 5, true),
        ('waterlow', 'tissue_malnutrition', 'anaemia', 2, true),
        ('waterlow', 'tissue_malnutrition', 'smoking', 1, true),
        ('waterlow', 'neurological_deficit', 'none', 0, false),
        ('waterlow', 'neurological_deficit', '4', 4, false),
        ('waterlow', 'neurological_deficit', '5', 5, false),
        ('waterlow', 'neurological_deficit', '6', 6, false),
        ('waterlow', 'surgery_trauma', 'none', 0, true),
        ('waterlow', 'surgery_trauma', 'orthopaedic_spinal', 5, true),
        ('waterlow', 'surgery_trauma', 'on_table_over_2h', 5, true),
        ('waterlow', 'surgery_trauma', 'on_table_over_6h', 8, true),
        ('waterlow', 'medication', 'no', 0, false),
        ('waterlow', 'medication', 'yes', 4, false),
        ('falls', 'recent_falls', 'none', 2, false),
        ('falls', 'recent_falls', 'from_3_to_12_months', 4, false),
        ('falls', 'recent_falls', 'last_3_months', 6, false),
        ('falls', 'recent_falls', 'last_3_months_here', 8, false),
        ('falls', 'medications', 'none', 1, false),
        ('falls', 'medications', 'one', 2, false),
        ('falls', 'medications', 'two', 3, false),
        ('falls', 'medications', 'more_than_two', 4, false),
        ('falls', 'psychological', 'none', 1, false),
        ('falls', 'psychological', 'mild', 2, false),
        ('falls', 'psychological', 'moderate', 3, false),
        ('falls', 'psychological', 'severe', 4, false),
        ('falls', 'cognitive', 'amts_9_10', 1, false),
        ('falls', 'cognitive', 'amts_7_8', 2, false),
        ('falls', 'cognitive', 'amts_5_6', 3, false),
        ('falls', 'cognitive', 'amts_4_or_less', 4, false),
        ('falls', 'functional_change', 'no', 0, false),
        ('falls', 'functional_change', 'yes', 0, false),
        ('falls', 'dizziness', 'no', 0, false),
        ('falls', 'dizziness', 'yes', 0, false),
        ('barthel', 'bowels', 'incontinent', 0, false),
        ('barthel', 'bowels', 'occasional', 1, false),
        ('barthel', 'bowels', 'continent', 2, false),
        ('barthel', 'bladder', 'incontinent', 0, false),
        ('barthel', 'bladder', 'occasional', 1, false),
        ('barthel', 'bladder', 'continent', 2, false),
        ('barthel', 'grooming', 'needs_help', 0, false),
        ('barthel', 'grooming', 'independent', 1, false),
        ('barthel', 'toilet', 'dependent', 0, false),
        ('barthel', 'toilet', 'some_help', 1, false),
        ('barthel', 'toilet', 'independent', 2, false),
        ('barthel', 'feeding', 'unable', 0, false),
        ('barthel', 'feeding', 'some_help', 1, false),
        ('barthel', 'feeding', 'independent', 2, false),
        ('barthel', 'transfer', 'unable', 0, false),
        ('barthel', 'transfer', 'major_help', 1, false),
        ('barthel', 'transfer', 'minor_help', 2, false),
        ('barthel', 'transfer', 'independent', 3, false),
        ('barthel', 'mobility', 'immobile', 0, false),
        ('barthel', 'mobility', 'wheelchair', 1, false),
        ('barthel', 'mobility', 'walks_with_help', 2, false),
        ('barthel', 'mobility', 'independent', 3, false),
        ('barthel', 'dressing', 'dependent', 0, false),
        ('barthel', 'dressing', 'some_help', 1, false),
        ('barthel', 'dressing', 'independent', 2, false),
        ('barthel', 'stairs', 'unable', 0, false),
        ('barthel', 'stairs', 'needs_help', 1, false),
        ('barthel', 'stairs', 'independent', 2, false),
        ('barthel', 'bathing', 'dependent', 0, false),
        ('barthel', 'bathing', 'independent', 1, false),
        ('abbey_pain', 'vocalisation', 'absent', 0, false),
        ('abbey_pain', 'vocalisation', 'mild', 1, false),
        ('abbey_pain', 'vocalisation', 'moderate', 2, false),
        ('abbey_pain', 'vocalisation', 'severe', 3, false),
        ('abbey_pain', 'facial_expression', 'absent', 0, false),
        ('abbey_pain', 'facial_expression', 'mild', 1, false),
        ('abbey_pain', 'facial_expression', 'moderate', 2, false),
        ('abbey_pain', 'facial_expression', 'severe', 3, false),
        ('abbey_pain', 'body_language', 'absent', 0, false),
        ('abbey_pain', 'body_language', 'mild', 1, false),
        ('abbey_pain', 'body_language', 'moderate', 2, false),
        ('abbey_pain', 'body_language', 'severe', 3, false),
        ('abbey_pain', 'behaviour', 'absent', 0, false),
        ('abbey_pain', 'behaviour', 'mild', 1, false),
        ('abbey_pain', 'behaviour', 'moderate', 2, false),
        ('abbey_pain', 'behaviour', 'severe', 3, false),
        ('abbey_pain', 'physiological', 'absent', 0, false),
        ('abbey_pain', 'physiological', 'mild', 1, false),
        ('abbey_pain', 'physiological', 'moderate', 2, false),
        ('abbey_pain', 'physiological', 'severe', 3, false),
        ('abbey_pain', 'physical', 'absent', 0, false),
        ('abbey_pain', 'physical', 'mild', 1, false),
        ('abbey_pain', 'physical', 'moderate', 2, false),
        ('abbey_pain', 'physical', 'severe', 3, false),
        ('abbey_pain', 'pain_type', 'chronic', 0, false),
        ('abbey_pain', 'pain_type', 'acute', 0, false),
        ('abbey_pain', 'pain_type', 'acute_on_chronic', 0, false)

$$;
GRANT EXECUTE ON FUNCTION assessment_options() TO wcn_app;

CREATE FUNCTION assessment_refuse(message text, constraint_name text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION '%', message
        USING ERRCODE = 'check_violation', CONSTRAINT = constraint_name, TABLE = 'assessments',
              COLUMN = 'findings', SCHEMA = 'public';
END
$$;
REVOKE EXECUTE ON FUNCTION assessment_refuse(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION assessment_refuse(text, text) TO wcn_app;

-- A measurement: a number within its range (whole when asked so), or absent.
CREATE FUNCTION assessment_number(answers jsonb, key text, low numeric, high numeric, whole boolean) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    value numeric;
BEGIN
    IF NOT jsonb_exists(answers, key) THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(answers -> key) <> 'number' THEN
        PERFORM assessment_refuse(format('the answer "%s" must be a number', key), 'assessments_answer_check');
    END IF;
    value := (answers ->> key)::numeric;
    IF value NOT BETWEEN low AND high OR (whole AND value <> trunc(value)) THEN
        PERFORM assessment_refuse(format('the answer "%s" must be between %s and %s', key, low, high),
                                  'assessments_answer_check');
    END IF;
    RETURN value;
END
$$;
REVOKE EXECUTE ON FUNCTION assessment_number(jsonb, text, numeric, numeric, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION assessment_number(jsonb, text, numeric, numeric, boolean) TO wcn_app;

-- A single choice: one of these keys, or absent.
CREATE FUNCTION assessment_choice(answers jsonb, key text, allowed text[]) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF NOT jsonb_exists(answers, key) THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(answers -> key) <> 'string' OR NOT (answers ->> key) = ANY (allowed) THEN
        PERFORM assessment_refuse(format('the answer "%s" is not one the tool offers', key),
                                  'assessments_answer_check');
    END IF;
    RETURN answers ->> key;
END
$$;
REVOKE EXECUTE ON FUNCTION assessment_choice(jsonb, text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION assessment_choice(jsonb, text, text[]) TO wcn_app;

-- ---------------------------------------------------------------------------------------------------------------------
-- Before a station's assessment is stored: its answers are the tool's, and its score, band and risk level are what
-- the answers give.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION check_assessment_score() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    a        jsonb := NEW.findings;
    total    integer := 0;
    band     text;
    level    integer;
    item_key text;
    answer   text;
    bmi      numeric;
    weight   numeric;
    earlier  numeric;
    loss     numeric;
    must_bmi integer;
    must_loss integer;
    vitals   jsonb;
    score    record;
BEGIN
    -- Stations only, as prepare_assessment: the owner's imports of older assessments are the owner's to check.
    IF app_user_id() IS NULL OR NEW.score IS NULL
       OR NEW.type NOT IN ('must', 'waterlow', 'falls', 'abbey_pain', 'barthel', 'news2') THEN
        RETURN NEW;
    END IF;
    IF jsonb_typeof(a) IS DISTINCT FROM 'object' THEN
        PERFORM assessment_refuse('the answers of an assessment must be a JSON object', 'assessments_answer_check');
    END IF;

    IF NEW.type IN ('waterlow', 'falls', 'abbey_pain', 'barthel') THEN
        -- Every key is a question of the tool, every answer one of its choices.
        SELECT k INTO item_key FROM jsonb_object_keys(a) AS k
        WHERE NOT EXISTS (SELECT 1 FROM assessment_options() AS c WHERE c.type = NEW.type AND c.item = k)
          AND NOT (NEW.type = 'waterlow' AND k = 'age_years')
        ORDER BY k LIMIT 1;
        IF item_key IS NOT NULL THEN
            PERFORM assessment_refuse(format('"%s" is not a question of this tool', item_key),
                                      'assessments_answer_check');
        END IF;
        FOR item_key IN SELECT DISTINCT c.item FROM assessment_options() AS c WHERE c.type = NEW.type ORDER BY 1
        LOOP
            -- Asked only when weight was lost; a hidden answer is not counted, as in the code.
            CONTINUE WHEN NEW.type = 'waterlow' AND item_key = 'weight_loss_amount'
                          AND a ->> 'weight_lost' IS DISTINCT FROM 'yes';
            IF NOT jsonb_exists(a, item_key) THEN
                CONTINUE WHEN NEW.type = 'abbey_pain' AND item_key = 'pain_type';
                PERFORM assessment_refuse(format('the question "%s" has no answer', item_key),
                                          'assessments_answer_missing_check');
            END IF;
            IF (SELECT bool_or(c.multiple) FROM assessment_options() AS c
                WHERE c.type = NEW.type AND c.item = item_key) THEN
                IF jsonb_typeof(a -> item_key) <> 'array' OR jsonb_array_length(a -> item_key) = 0
                   OR EXISTS (SELECT 1 FROM jsonb_array_elements(a -> item_key) AS e
                              WHERE jsonb_typeof(e) <> 'string'
                                 OR NOT EXISTS (SELECT 1 FROM assessment_options() AS c
                                                WHERE c.type = NEW.type AND c.item = item_key
                                                  AND c.option = e #>> '{}'))
                   OR (SELECT count(*) <> count(DISTINCT e #>> '{}') FROM jsonb_array_elements(a -> item_key) AS e)
                THEN
                    PERFORM assessment_refuse(format('the answer "%s" is not one the tool offers', item_key),
                                              'assessments_answer_check');
                END IF;
                total := total + (SELECT coalesce(sum(c.points), 0) FROM assessment_options() AS c
                                  WHERE c.type = NEW.type AND c.item = item_key
                                    AND c.option IN (SELECT e #>> '{}' FROM jsonb_array_elements(a -> item_key) AS e)
                                    -- Waterlow: over 6 hours on the table replaces over 2 hours.
                                    AND NOT (c.option = 'on_table_over_2h'
                                             AND a -> item_key @> '["on_table_over_6h"]'));
            ELSE
                answer := assessment_choice(a, item_key, ARRAY(SELECT c.option FROM assessment_options() AS c
                                                              WHERE c.type = NEW.type AND c.item = item_key));
                total := total + (SELECT c.points FROM assessment_options() AS c
                                  WHERE c.type = NEW.type AND c.item = item_key AND c.option = answer);
            END IF;
        END LOOP;
    END IF;

    IF NEW.type = 'waterlow' THEN
        -- Age in whole years: 14-49 1, 50-64 2, 65-74 3, 75-80 4, 81 and over 5.
        loss := assessment_number(a, 'age_years', 14, 120, true);
        IF loss IS NULL THEN
            PERFORM assessment_refuse('the question "age_years" has no answer', 'assessments_answer_missing_check');
        END IF;
        total := total + CASE WHEN loss < 50 THEN 1 WHEN loss < 65 THEN 2 WHEN loss < 75 THEN 3
                              WHEN loss <= 80 THEN 4 ELSE 5 END;
        band := CASE WHEN total >= 20 THEN 'very_high' WHEN total >= 15 THEN 'high' WHEN total >= 10 THEN 'at_risk'
                     ELSE 'not_at_risk' END;
        level := CASE WHEN total >= 20 THEN 3 WHEN total >= 15 THEN 2 WHEN total >= 10 THEN 1 ELSE 0 END;
    ELSIF NEW.type = 'falls' THEN
        IF total >= 16 OR a ->> 'functional_change' = 'yes' OR a ->> 'dizziness' = 'yes' THEN
            band := 'high';
            level := 2;
        ELSIF total >= 12 THEN
            band := 'medium';
            level := 1;
        ELSE
            band := 'low';
            level := 0;
        END IF;
    ELSIF NEW.type = 'abbey_pain' THEN
        IF total >= 3 AND NOT jsonb_exists(a, 'pain_type') THEN
            PERFORM assessment_refuse('the question "pain_type" has no answer', 'assessments_answer_missing_check');
        END IF;
        band := CASE WHEN total >= 14 THEN 'severe' WHEN total >= 8 THEN 'moderate' WHEN total >= 3 THEN 'mild'
                     ELSE 'no_pain' END;
        level := CASE WHEN total >= 14 THEN 3 WHEN total >= 8 THEN 2 WHEN total >= 3 THEN 1 ELSE 0 END;
    ELSIF NEW.type = 'barthel' THEN
        band := CASE WHEN total = 20 THEN 'independent' WHEN total = 19 THEN 'slight' WHEN total >= 13 THEN 'moderate'
                     WHEN total >= 5 THEN 'severe' ELSE 'total' END;
        level := CASE WHEN total = 20 THEN 0 WHEN total >= 13 THEN 1 WHEN total >= 5 THEN 2 ELSE 3 END;
    ELSIF NEW.type = 'must' THEN
        -- MUST (models/MustTool.cpp): the ranges of its measurements, its choices, and the score from them. The BMI
        -- and the loss are compared unrounded; between two of BAPEN's bands (written to one decimal) the higher-risk
        -- one: BMI 0 points from 20.1, 1 from 18.5, else 2; loss 0 points up to 4.9%, 1 up to 10.0%, else 2.
        SELECT k INTO item_key FROM jsonb_object_keys(a) AS k
        WHERE k NOT IN ('height_source', 'height_m', 'weight_kg', 'muac_cm', 'bmi_estimate', 'weight_loss_source',
                        'earlier_weight_kg', 'weight_loss_judged', 'acute_disease')
        ORDER BY k LIMIT 1;
        IF item_key IS NOT NULL THEN
            PERFORM assessment_refuse(format('"%s" is not a question of this tool', item_key),
                                      'assessments_answer_check');
        END IF;
        weight := assessment_number(a, 'weight_kg', 20, 300, false);
        answer := assessment_choice(a, 'height_source', ARRAY['measured', 'recalled', 'not_available']);
        IF answer IN ('measured', 'recalled') THEN
            bmi := assessment_number(a, 'height_m', 0.8, 2.3, false);
            IF bmi IS NULL OR weight IS NULL THEN
                PERFORM assessment_refuse('the height and the weight are needed for a BMI',
                                          'assessments_answer_missing_check');
            END IF;
            bmi := weight / (bmi * bmi);
            must_bmi := CASE WHEN bmi >= 20.1 THEN 0 WHEN bmi >= 18.5 THEN 1 ELSE 2 END;
        ELSIF answer = 'not_available' THEN
            -- The arm is measured, and checked, only when the height cannot be known (as the code asks it).
            PERFORM assessment_number(a, 'muac_cm', 10, 60, false);
            must_bmi := CASE assessment_choice(a, 'bmi_estimate', ARRAY['over_20', 'from_18_5_to_20', 'under_18_5'])
                            WHEN 'over_20' THEN 0 WHEN 'from_18_5_to_20' THEN 1 WHEN 'under_18_5' THEN 2 END;
        END IF;
        answer := assessment_choice(a, 'weight_loss_source', ARRAY['measured', 'judged']);
        IF answer = 'measured' THEN
            earlier := assessment_number(a, 'earlier_weight_kg', 20, 300, false);
            IF earlier IS NULL OR weight IS NULL THEN
                PERFORM assessment_refuse('both weights are needed for a measured weight loss',
                                          'assessments_answer_missing_check');
            END IF;
            loss := CASE WHEN weight >= earlier THEN 0 ELSE (earlier - weight) / earlier * 100 END;
            must_loss := CASE WHEN loss <= 4.9 THEN 0 WHEN loss <= 10.0 THEN 1 ELSE 2 END;
        ELSIF answer = 'judged' THEN
            must_loss := CASE assessment_choice(a, 'weight_loss_judged', ARRAY['under_5', 'from_5_to_10', 'over_10'])
                             WHEN 'under_5' THEN 0 WHEN 'from_5_to_10' THEN 1 WHEN 'over_10' THEN 2 END;
        END IF;
        answer := assessment_choice(a, 'acute_disease', ARRAY['no', 'yes']);
        IF must_bmi IS NULL OR must_loss IS NULL OR answer IS NULL THEN
            PERFORM assessment_refuse('the assessment is not complete', 'assessments_answer_missing_check');
        END IF;
        total := must_bmi + must_loss + CASE WHEN answer = 'yes' THEN 2 ELSE 0 END;
        band := CASE WHEN total = 0 THEN 'low' WHEN total = 1 THEN 'medium' ELSE 'high' END;
        level := least(total, 2);
    ELSIF NEW.type = 'news2' THEN
        -- The shift note's function, with the assessment's two choices read as a note's (scale 1 or 2; air or oxygen).
        SELECT k INTO item_key FROM jsonb_object_keys(a) AS k
        WHERE k NOT IN ('respiration_rate', 'spo2_scale', 'spo2', 'oxygen', 'systolic', 'pulse', 'consciousness',
                        'temperature')
        ORDER BY k LIMIT 1;
        IF item_key IS NOT NULL THEN
            PERFORM assessment_refuse(format('"%s" is not a question of this tool', item_key),
                                      'assessments_answer_check');
        END IF;
        PERFORM assessment_number(a, 'respiration_rate', 3, 70, true);
        PERFORM assessment_number(a, 'spo2', 50, 100, true);
        PERFORM assessment_number(a, 'systolic', 40, 300, true);
        PERFORM assessment_number(a, 'pulse', 20, 250, true);
        PERFORM assessment_number(a, 'temperature', 25, 45, false);
        PERFORM assessment_choice(a, 'consciousness', ARRAY['A', 'C', 'V', 'P', 'U']);
        vitals := a - 'spo2_scale' - 'oxygen'
                  || jsonb_build_object('spo2_scale',
                                        CASE assessment_choice(a, 'spo2_scale', ARRAY['1', '2']) WHEN '2' THEN 2
                                                                                                ELSE 1 END);
        answer := assessment_choice(a, 'oxygen', ARRAY['air', 'oxygen']);
        IF answer IS NOT NULL THEN
            vitals := vitals || jsonb_build_object('oxygen', answer = 'oxygen');
        END IF;
        SELECT * INTO score FROM news2(vitals);
        IF NOT score.complete OR NOT jsonb_exists(a, 'spo2_scale') THEN
            PERFORM assessment_refuse('the assessment is not complete', 'assessments_answer_missing_check');
        END IF;
        total := score.aggregate;
        band := CASE WHEN total >= 7 THEN 'high' WHEN total >= 5 THEN 'medium'
                     WHEN score.escalation_required THEN 'low_medium' ELSE 'low' END;
        level := CASE WHEN total >= 7 THEN 3 WHEN total >= 5 THEN 2 WHEN score.escalation_required THEN 1 ELSE 0 END;
    END IF;

    IF NEW.score <> total OR NEW.band IS DISTINCT FROM band OR NEW.risk_level IS DISTINCT FROM level THEN
        RAISE EXCEPTION 'the answers give % (%, risk level %), not the % (%, %) sent', total, band, level, NEW.score,
                        NEW.band, NEW.risk_level
            USING ERRCODE = 'check_violation', CONSTRAINT = 'assessments_score_recomputed_check',
                  TABLE = 'assessments', COLUMN = 'score', SCHEMA = 'public';
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION check_assessment_score() FROM PUBLIC;
-- Named to run after assessments_prepare (triggers of one event fire in name order), which refuses an unscored one.
CREATE TRIGGER assessments_recompute_score BEFORE INSERT ON assessments
    FOR EACH ROW EXECUTE FUNCTION check_assessment_score();
