-- Description: Audits from versioned templates tied to the inspection framework: answered question by question, scored by the database, every unmet question an action, signed off and locked, changed only as a new version with who and why
--
-- Issue 17. The original design's audits kept findings, score and action plan as free JSON written by the station:
-- any score could be typed, the action plan had no owner or due date anyone could query, and nothing stopped a
-- signed-off audit being rewritten. Corrected here:
--   * the inspection framework (the CQC single assessment framework: 5 key questions, 34 quality statements) is data,
--     kept in the database, so that it can change and another (Wales's CIW) can sit beside it;
--   * each type of audit has a question template per organization, versioned (a change is a new version, the earlier
--     kept), every question tagged with the quality statements it evidences; eight built-in types, and managers add
--     their own;
--   * an audit is made from the latest template of its type and keeps that template version; each question is
--     answered met, not met or not applicable (audit_answers replaces findings), and the database computes the score
--     (the percentage of applicable questions met, rounded down, never up) whatever a station writes;
--   * every unmet question becomes an action (audit_actions replaces action_plan): what, who, by when, status and the
--     evidence it was done; actions are never removed;
--   * a manager signs an audit off (app_sign_off_audit): only when every question is answered and every open action
--     has someone and a date; it is then locked, for everyone; a later change is a new version (app_revise_audit)
--     saying who and why, the earlier one kept;
--   * type was a fixed list (with health_and_safety beside environment): it now names one of the organization's
--     audit types; health_and_safety audits become environment and safety.
-- Audits written before this migration (none by the application, which had no audit page) keep their score and count
-- as signed off by their auditor when last written: nothing could change them in the application either.

-- ---------------------------------------------------------------------------------------------------------------------
-- The inspection frameworks: the same for every organization, read by every station, written only by migrations.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE inspection_frameworks (
    code      varchar(20) NOT NULL,
    name      text        NOT NULL,
    regulator text        NOT NULL,
    nation    text        NOT NULL,
    CONSTRAINT inspection_frameworks_pkey PRIMARY KEY (code)
);
CREATE TABLE framework_key_questions (
    framework varchar(20) NOT NULL,
    code      varchar(30) NOT NULL,
    title     text        NOT NULL,
    position  smallint    NOT NULL,
    CONSTRAINT framework_key_questions_pkey PRIMARY KEY (framework, code),
    CONSTRAINT framework_key_questions_framework_fkey FOREIGN KEY (framework) REFERENCES inspection_frameworks (code)
);
-- A statement's code is unique across frameworks ("cqc.safe.medicines_optimisation"), so that a template question
-- names it alone.
CREATE TABLE quality_statements (
    code         varchar(80) NOT NULL,
    framework    varchar(20) NOT NULL,
    key_question varchar(30) NOT NULL,
    title        text        NOT NULL,
    position     smallint    NOT NULL,
    CONSTRAINT quality_statements_pkey PRIMARY KEY (code),
    CONSTRAINT quality_statements_key_question_fkey FOREIGN KEY (framework, key_question)
        REFERENCES framework_key_questions (framework, code)
);

INSERT INTO inspection_frameworks (code, name, regulator, nation) VALUES
    ('cqc', 'Single assessment framework', 'Care Quality Commission', 'England');
INSERT INTO framework_key_questions (framework, code, title, position) VALUES
    ('cqc', 'safe', 'Safe', 1),
    ('cqc', 'effective', 'Effective', 2),
    ('cqc', 'caring', 'Caring', 3),
    ('cqc', 'responsive', 'Responsive', 4),
    ('cqc', 'well_led', 'Well-led', 5);
INSERT INTO quality_statements (code, framework, key_question, title, position) VALUES
    ('cqc.safe.learning_culture', 'cqc', 'safe', 'Learning culture', 1),
    ('cqc.safe.safe_systems', 'cqc', 'safe', 'Safe systems, pathways and transitions', 2),
    ('cqc.safe.safeguarding', 'cqc', 'safe', 'Safeguarding', 3),
    ('cqc.safe.involving_people_in_risks', 'cqc', 'safe', 'Involving people to manage risks', 4),
    ('cqc.safe.safe_environments', 'cqc', 'safe', 'Safe environments', 5),
    ('cqc.safe.staffing', 'cqc', 'safe', 'Safe and effective staffing', 6),
    ('cqc.safe.infection_prevention', 'cqc', 'safe', 'Infection prevention and control', 7),
    ('cqc.safe.medicines_optimisation', 'cqc', 'safe', 'Medicines optimisation', 8),
    ('cqc.effective.assessing_needs', 'cqc', 'effective', 'Assessing needs', 1),
    ('cqc.effective.evidence_based_care', 'cqc', 'effective', 'Delivering evidence-based care and treatment', 2),
    ('cqc.effective.working_together', 'cqc', 'effective', 'How staff, teams and services work together', 3),
    ('cqc.effective.healthier_lives', 'cqc', 'effective', 'Supporting people to live healthier lives', 4),
    ('cqc.effective.monitoring_outcomes', 'cqc', 'effective', 'Monitoring and improving outcomes', 5),
    ('cqc.effective.consent', 'cqc', 'effective', 'Consent to care and treatment', 6),
    ('cqc.caring.kindness_dignity', 'cqc', 'caring', 'Kindness, compassion and dignity', 1),
    ('cqc.caring.individuals', 'cqc', 'caring', 'Treating people as individuals', 2),
    ('cqc.caring.independence_choice', 'cqc', 'caring', 'Independence, choice and control', 3),
    ('cqc.caring.immediate_needs', 'cqc', 'caring', 'Responding to people''s immediate needs', 4),
    ('cqc.caring.workforce_wellbeing', 'cqc', 'caring', 'Workforce wellbeing and enablement', 5),
    ('cqc.responsive.person_centred', 'cqc', 'responsive', 'Person-centred care', 1),
    ('cqc.responsive.continuity', 'cqc', 'responsive', 'Care provision, integration and continuity', 2),
    ('cqc.responsive.information', 'cqc', 'responsive', 'Providing information', 3),
    ('cqc.responsive.listening', 'cqc', 'responsive', 'Listening to and involving people', 4),
    ('cqc.responsive.equity_access', 'cqc', 'responsive', 'Equity in access', 5),
    ('cqc.responsive.equity_outcomes', 'cqc', 'responsive', 'Equity in experiences and outcomes', 6),
    ('cqc.responsive.planning_future', 'cqc', 'responsive', 'Planning for the future', 7),
    ('cqc.well_led.shared_direction', 'cqc', 'well_led', 'Shared direction and culture', 1),
    ('cqc.well_led.capable_leaders', 'cqc', 'well_led', 'Capable, compassionate and inclusive leaders', 2),
    ('cqc.well_led.speak_up', 'cqc', 'well_led', 'Freedom to speak up', 3),
    ('cqc.well_led.workforce_equality', 'cqc', 'well_led', 'Workforce equality, diversity and inclusion', 4),
    ('cqc.well_led.governance', 'cqc', 'well_led', 'Governance, management and sustainability', 5),
    ('cqc.well_led.partnerships', 'cqc', 'well_led', 'Partnerships and communities', 6),
    ('cqc.well_led.learning_improvement', 'cqc', 'well_led', 'Learning, improvement and innovation', 7),
    ('cqc.well_led.environmental_sustainability', 'cqc', 'well_led',
     'Environmental sustainability - sustainable development', 8);

-- The built-in audit types and the first version of their questions, copied into every organization (below). Each
-- question names the quality statements it evidences.
CREATE TABLE audit_library_types (
    code       varchar(50) NOT NULL,
    name       text        NOT NULL,
    every_days integer     NOT NULL,
    position   smallint    NOT NULL,
    CONSTRAINT audit_library_types_pkey PRIMARY KEY (code)
);
CREATE TABLE audit_library_questions (
    type       varchar(50) NOT NULL,
    position   smallint    NOT NULL,
    question   text        NOT NULL,
    guidance   text        NOT NULL,
    statements text[]      NOT NULL,
    CONSTRAINT audit_library_questions_pkey PRIMARY KEY (type, position),
    CONSTRAINT audit_library_questions_type_fkey FOREIGN KEY (type) REFERENCES audit_library_types (code)
);
INSERT INTO audit_library_types (code, name, every_days, position) VALUES
    ('medication', 'Medication', 30, 1),
    ('infection_control', 'Infection prevention and control', 30, 2),
    ('care_plans', 'Care plans', 30, 3),
    ('falls', 'Falls', 30, 4),
    ('nutrition', 'Mealtimes and nutrition', 90, 5),
    ('dignity', 'Dignity and privacy', 90, 6),
    ('environment', 'Environment and safety', 90, 7),
    ('records', 'Records', 90, 8);
INSERT INTO audit_library_questions (type, position, question, guidance, statements) VALUES
    ('medication', 1, 'Every medicine given in the last 7 days is signed for on the MAR chart, with no gaps.',
     'Check the MAR charts of at least five residents against the stock.', '{cqc.safe.medicines_optimisation}'),
    ('medication', 2, 'Controlled drugs are stored in a locked cabinet and the register balances with the stock.',
     'Count two controlled drugs with a second member of staff.', '{cqc.safe.medicines_optimisation}'),
    ('medication', 3, 'Fridge and room temperatures are recorded every day and within range.',
     'Fridge 2 to 8 degrees; room below 25 degrees.', '{cqc.safe.medicines_optimisation,cqc.safe.safe_environments}'),
    ('medication', 4, 'Every as-required (PRN) medicine has a protocol saying when and how much to give.',
     'Compare each PRN on the MAR chart with its protocol.',
     '{cqc.safe.medicines_optimisation,cqc.effective.evidence_based_care}'),
    ('medication', 5, 'Covert administration has a best-interests decision, a pharmacist''s advice and a review date.',
     'Not applicable when no resident receives medicines covertly.',
     '{cqc.effective.consent,cqc.safe.medicines_optimisation}'),
    ('medication', 6, 'Allergies on the MAR chart match the resident''s record.',
     'Check every resident whose MAR chart you looked at.',
     '{cqc.safe.medicines_optimisation,cqc.safe.safe_systems}'),
    ('medication', 7, 'Staff who give medicines have had their competency checked in the last 12 months.',
     'Check the training record of everyone on this week''s rota.', '{cqc.safe.staffing,cqc.safe.learning_culture}'),
    ('infection_control', 1, 'Hand washing sinks have soap, paper towels and a pedal bin, and gel is at every entrance.',
     'Walk every corridor and communal room.', '{cqc.safe.infection_prevention}'),
    ('infection_control', 2, 'Staff observed washing their hands at the five moments.',
     'Watch at least three members of staff.', '{cqc.safe.infection_prevention}'),
    ('infection_control', 3, 'The cleaning schedule is signed for every day of the last two weeks.',
     'Include bathrooms, sluices and commodes.', '{cqc.safe.infection_prevention,cqc.safe.safe_environments}'),
    ('infection_control', 4, 'Mattresses and cushions checked this month show no staining or strike-through.',
     'Unzip and look inside at least five.', '{cqc.safe.infection_prevention}'),
    ('infection_control', 5, 'Laundry keeps soiled and clean linen apart, with soiled linen in red bags.',
     'Visit the laundry during a wash.', '{cqc.safe.infection_prevention}'),
    ('infection_control', 6, 'An outbreak in the last quarter was reported to the health protection team.',
     'Not applicable when there was no outbreak.', '{cqc.safe.infection_prevention,cqc.effective.working_together}'),
    ('care_plans', 1, 'Each resident sampled has a care plan for every need found on assessment.',
     'Sample at least one resident in ten, and at least three.', '{cqc.effective.assessing_needs}'),
    ('care_plans', 2, 'Every care plan sampled was reviewed by its review date.',
     'An overdue review is not met.', '{cqc.effective.monitoring_outcomes,cqc.responsive.person_centred}'),
    ('care_plans', 3, 'Care plans say what the resident wants, in their words or their family''s.',
     'Look for preferences, routines and what matters to them.',
     '{cqc.responsive.person_centred,cqc.caring.individuals}'),
    ('care_plans', 4, 'Risk assessments (Waterlow, MUST, falls) are up to date and their results are in the plans.',
     'Compare the latest score with the plan''s actions.',
     '{cqc.safe.involving_people_in_risks,cqc.effective.assessing_needs}'),
    ('care_plans', 5, 'Mental capacity is assessed for the decisions the plan makes for the resident.',
     'Look for a decision-specific assessment.', '{cqc.effective.consent}'),
    ('care_plans', 6, 'Wishes for the end of life and DNACPR decisions are recorded and easy to find.',
     'Not applicable when the resident declined to discuss them; say so in the comment.',
     '{cqc.responsive.planning_future}'),
    ('falls', 1, 'Every resident has a falls risk assessment from the last month.',
     'Compare the residents list with the assessments due.', '{cqc.safe.involving_people_in_risks}'),
    ('falls', 2, 'Every fall in the period has an incident report and a post-fall review.',
     'Compare the incident reports with the notes.', '{cqc.safe.learning_culture,cqc.safe.safe_systems}'),
    ('falls', 3, 'Residents who fell with a head injury or on anticoagulants had neurological observations.',
     'Check the observation records after each such fall.', '{cqc.safe.safe_systems,cqc.effective.evidence_based_care}'),
    ('falls', 4, 'Call bells are within reach and working in every room visited.',
     'Test at least five call bells.', '{cqc.safe.safe_environments,cqc.caring.immediate_needs}'),
    ('falls', 5, 'Sensor mats, low beds and hip protectors in the care plans are in place.',
     'Check each resident whose plan names equipment.', '{cqc.safe.involving_people_in_risks}'),
    ('falls', 6, 'Falls are reviewed each month for patterns of time, place and person.',
     'Look at the falls analysis and what changed after it.', '{cqc.safe.learning_culture,cqc.well_led.governance}'),
    ('nutrition', 1, 'Every resident has a MUST score from the last month and weights recorded as planned.',
     'Compare the weights with the plans.', '{cqc.effective.healthier_lives,cqc.effective.assessing_needs}'),
    ('nutrition', 2, 'Modified diets and thickened fluids match the speech and language therapist''s advice.',
     'Watch a meal being served.', '{cqc.safe.involving_people_in_risks,cqc.effective.evidence_based_care}'),
    ('nutrition', 3, 'Residents are offered a choice of meal, shown on plates or pictures where that helps.',
     'Ask three residents.', '{cqc.caring.independence_choice}'),
    ('nutrition', 4, 'Residents who need help to eat get it without waiting, at their pace.',
     'Observe a whole mealtime.', '{cqc.caring.kindness_dignity,cqc.caring.immediate_needs}'),
    ('nutrition', 5, 'Fluid charts are totalled each day and low intakes acted on.',
     'Check the charts of residents at risk of dehydration.', '{cqc.effective.monitoring_outcomes}'),
    ('nutrition', 6, 'Drinks and snacks are within reach between meals.',
     'Walk the home mid-afternoon.', '{cqc.effective.healthier_lives}'),
    ('dignity', 1, 'Staff knock and wait before entering bedrooms and bathrooms.',
     'Observe for an hour during personal care.', '{cqc.caring.kindness_dignity}'),
    ('dignity', 2, 'Residents are dressed in their own clean clothes, as they prefer.',
     'Look at residents in the lounges.', '{cqc.caring.individuals,cqc.caring.kindness_dignity}'),
    ('dignity', 3, 'Personal information is not discussed where others can hear, and records are not left open.',
     'Check the nurses'' station and handover.', '{cqc.caring.kindness_dignity,cqc.well_led.governance}'),
    ('dignity', 4, 'Residents choose when they get up and go to bed.',
     'Ask three residents and compare with the notes.', '{cqc.caring.independence_choice}'),
    ('dignity', 5, 'Residents and families know how to complain and complaints were answered in time.',
     'Check the complaints log.', '{cqc.responsive.listening,cqc.responsive.information}'),
    ('environment', 1, 'Fire doors close fully and escape routes are clear.',
     'Test every fire door on one floor.', '{cqc.safe.safe_environments}'),
    ('environment', 2, 'Water temperatures at outlets residents use are at or below 44 degrees.',
     'Check the records and test three outlets.', '{cqc.safe.safe_environments}'),
    ('environment', 3, 'Hoists and slings have been examined in the last six months (LOLER).',
     'Check the labels and the certificates.', '{cqc.safe.safe_environments,cqc.safe.safe_systems}'),
    ('environment', 4, 'Window restrictors are fitted and working above the ground floor.',
     'Test every window in the rooms visited.', '{cqc.safe.safe_environments}'),
    ('environment', 5, 'Substances hazardous to health are locked away.',
     'Check sluices, cleaning cupboards and the laundry.', '{cqc.safe.safe_environments}'),
    ('environment', 6, 'Bed rails have a risk assessment and their gaps are checked.',
     'Check each bed with rails.', '{cqc.safe.involving_people_in_risks,cqc.safe.safe_environments}'),
    ('records', 1, 'Every resident has a note for every shift of the last week.',
     'Compare the shift board with the notes.', '{cqc.well_led.governance,cqc.effective.monitoring_outcomes}'),
    ('records', 2, 'Notes say what was done and how the resident was, not only that care was given.',
     'Read ten notes.', '{cqc.responsive.person_centred,cqc.well_led.governance}'),
    ('records', 3, 'Late entries and corrections are marked as such and say why.',
     'Look for late entries in the period.', '{cqc.well_led.governance}'),
    ('records', 4, 'Escalations recorded in the notes were followed up and the follow-up is recorded.',
     'Follow three escalations to their outcome.', '{cqc.safe.safe_systems,cqc.caring.immediate_needs}'),
    ('records', 5, 'Only staff who need them use the records, each signed in as themselves.',
     'Watch the station during a shift change.', '{cqc.well_led.governance}');

GRANT SELECT ON inspection_frameworks, framework_key_questions, quality_statements TO wcn_app;
SELECT hide_statistics(t) FROM unnest(ARRAY['inspection_frameworks', 'framework_key_questions', 'quality_statements',
                                            'audit_library_types', 'audit_library_questions']::regclass[]) AS t;

-- ---------------------------------------------------------------------------------------------------------------------
-- Each organization's audit types: the eight built in (the library's) and those its managers add. every_days: how
-- often each home should run it (NULL: no schedule). Never removed: a type no longer used is retired.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE audit_types (
    organization_id uuid        NOT NULL DEFAULT app_organization_id(),
    code            varchar(50) NOT NULL DEFAULT 'own_' || substr(md5(gen_random_uuid()::text), 1, 16),
    name            text        NOT NULL,
    built_in        boolean     NOT NULL DEFAULT false,
    every_days      integer,
    retired_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT audit_types_pkey PRIMARY KEY (organization_id, code),
    CONSTRAINT audit_types_organization_fkey FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT audit_types_name_check CHECK (btrim(name) <> '' AND length(name) <= 100),
    CONSTRAINT audit_types_every_days_check CHECK (every_days BETWEEN 1 AND 366),
    CONSTRAINT audit_types_code_check CHECK (code ~ '^[a-z][a-z0-9_]{1,49}$')
);
CREATE UNIQUE INDEX audit_types_name_key ON audit_types (organization_id, lower(btrim(name)));
CREATE TRIGGER audit_types_stamp_row_times BEFORE INSERT OR UPDATE ON audit_types
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();

-- A type's questions, one version after another: a change is a new version, and the audits made from an earlier
-- one keep it. Written only by app_save_audit_template and the organization's first set (below); never changed.
CREATE TABLE audit_templates (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    type            varchar(50) NOT NULL,
    version         integer     NOT NULL,
    change_note     text        NOT NULL DEFAULT '',
    -- NULL for the first version, which the organization was given.
    created_by      uuid,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT audit_templates_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT audit_templates_version_key UNIQUE (organization_id, type, version),
    CONSTRAINT audit_templates_type_fkey FOREIGN KEY (organization_id, type) REFERENCES audit_types (organization_id, code),
    CONSTRAINT audit_templates_created_by_fkey FOREIGN KEY (organization_id, created_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT audit_templates_version_check CHECK (version >= 1),
    CONSTRAINT audit_templates_change_note_check CHECK (length(change_note) <= 1000)
);
CREATE TABLE audit_template_questions (
    organization_id uuid     NOT NULL,
    template_id     uuid     NOT NULL,
    position        smallint NOT NULL,
    question        text     NOT NULL,
    guidance        text     NOT NULL DEFAULT '',
    CONSTRAINT audit_template_questions_pkey PRIMARY KEY (organization_id, template_id, position),
    CONSTRAINT audit_template_questions_template_fkey FOREIGN KEY (organization_id, template_id)
        REFERENCES audit_templates (organization_id, id),
    CONSTRAINT audit_template_questions_position_check CHECK (position BETWEEN 1 AND 200),
    CONSTRAINT audit_template_questions_question_check CHECK (btrim(question) <> '' AND length(question) <= 500),
    CONSTRAINT audit_template_questions_guidance_check CHECK (length(guidance) <= 1000)
);
CREATE TABLE audit_question_statements (
    organization_id uuid        NOT NULL,
    template_id     uuid        NOT NULL,
    position        smallint    NOT NULL,
    statement       varchar(80) NOT NULL,
    CONSTRAINT audit_question_statements_pkey PRIMARY KEY (organization_id, template_id, position, statement),
    CONSTRAINT audit_question_statements_question_fkey FOREIGN KEY (organization_id, template_id, position)
        REFERENCES audit_template_questions (organization_id, template_id, position),
    CONSTRAINT audit_question_statements_statement_fkey FOREIGN KEY (statement) REFERENCES quality_statements (code)
);
-- The evidence for a quality statement: the questions that name it.
CREATE INDEX idx_audit_question_statements_statement ON audit_question_statements (organization_id, statement);

CREATE FUNCTION refuse_audit_template_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'an audit template is never changed or removed: save a new version instead'
        USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'audit_templates_append_only', TABLE = TG_TABLE_NAME;
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_audit_template_change() FROM PUBLIC;
CREATE TRIGGER audit_templates_append_only BEFORE UPDATE OR DELETE ON audit_templates
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_template_change();
CREATE TRIGGER audit_template_questions_append_only BEFORE UPDATE OR DELETE ON audit_template_questions
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_template_change();
CREATE TRIGGER audit_question_statements_append_only BEFORE UPDATE OR DELETE ON audit_question_statements
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_template_change();
CREATE TRIGGER audit_templates_never_truncated BEFORE TRUNCATE ON audit_templates
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER audit_template_questions_never_truncated BEFORE TRUNCATE ON audit_template_questions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER audit_question_statements_never_truncated BEFORE TRUNCATE ON audit_question_statements
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- An organization's first set: the library's types and their questions as version 1. Runs as the owner (a new
-- organization is made by its administrator, who may not write templates).
CREATE FUNCTION wcn_give_audit_templates(organization uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    INSERT INTO audit_types (organization_id, code, name, built_in, every_days)
    SELECT organization, t.code, t.name, true, t.every_days FROM audit_library_types AS t
    ON CONFLICT (organization_id, code) DO NOTHING;
    INSERT INTO audit_templates (organization_id, type, version)
    SELECT organization, t.code, 1 FROM audit_library_types AS t
    WHERE NOT EXISTS (SELECT 1 FROM audit_templates AS e WHERE e.organization_id = organization AND e.type = t.code);
    INSERT INTO audit_template_questions (organization_id, template_id, position, question, guidance)
    SELECT organization, e.id, q.position, q.question, q.guidance
    FROM audit_library_questions AS q
    JOIN audit_templates AS e ON e.organization_id = organization AND e.type = q.type AND e.version = 1
    WHERE NOT EXISTS (SELECT 1 FROM audit_template_questions AS x WHERE x.organization_id = organization
                                                                    AND x.template_id = e.id);
    INSERT INTO audit_question_statements (organization_id, template_id, position, statement)
    SELECT organization, e.id, q.position, s.statement
    FROM audit_library_questions AS q
    JOIN audit_templates AS e ON e.organization_id = organization AND e.type = q.type AND e.version = 1
    CROSS JOIN unnest(q.statements) AS s (statement)
    ON CONFLICT DO NOTHING;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_give_audit_templates(uuid) FROM PUBLIC;

CREATE FUNCTION give_audit_templates() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    PERFORM wcn_give_audit_templates(NEW.id);
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION give_audit_templates() FROM PUBLIC;
CREATE TRIGGER organizations_give_audit_templates AFTER INSERT ON organizations
    FOR EACH ROW EXECUTE FUNCTION give_audit_templates();
SELECT wcn_give_audit_templates(o.id) FROM organizations AS o;

-- A new version of a type's questions. questions: [{"question": text, "guidance": text, "statements": [code, ...]},
-- ...] in order. Returns the new template's id. Refused without audits.write, for a retired or unknown type, or with
-- no questions.
CREATE FUNCTION app_save_audit_template(audit_type varchar, questions jsonb, note text) RETURNS uuid
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
    next_version integer;
BEGIN
    IF organization IS NULL OR NOT app_can('audits.write') THEN
        RAISE EXCEPTION 'not allowed to change audit templates' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM 1 FROM audit_types AS t
    WHERE t.organization_id = organization AND t.code = audit_type AND t.retired_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such audit type' USING ERRCODE = 'foreign_key_violation',
            CONSTRAINT = 'audit_templates_type_fkey', TABLE = 'audit_templates';
    END IF;
    IF jsonb_typeof(questions) IS DISTINCT FROM 'array' OR jsonb_array_length(questions) = 0
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(questions) AS q
                  WHERE jsonb_typeof(q) <> 'object' OR jsonb_typeof(q -> 'question') IS DISTINCT FROM 'string'
                     OR coalesce(jsonb_typeof(q -> 'guidance'), 'string') <> 'string'
                     OR coalesce(jsonb_typeof(q -> 'statements'), 'array') <> 'array') THEN
        RAISE EXCEPTION 'a template needs at least one question' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'audit_templates_questions_check', TABLE = 'audit_templates';
    END IF;
    SELECT coalesce(max(e.version), 0) + 1 INTO next_version FROM audit_templates AS e
    WHERE e.organization_id = organization AND e.type = audit_type;
    INSERT INTO audit_templates (organization_id, type, version, change_note, created_by)
    VALUES (organization, audit_type, next_version, coalesce(btrim(note), ''), app_user_id())
    RETURNING id INTO made;
    INSERT INTO audit_template_questions (organization_id, template_id, position, question, guidance)
    SELECT organization, made, q.n, btrim(q.value ->> 'question'), coalesce(btrim(q.value ->> 'guidance'), '')
    FROM jsonb_array_elements(questions) WITH ORDINALITY AS q (value, n);
    INSERT INTO audit_question_statements (organization_id, template_id, position, statement)
    SELECT DISTINCT organization, made, q.n::smallint, s.statement
    FROM jsonb_array_elements(questions) WITH ORDINALITY AS q (value, n)
    CROSS JOIN jsonb_array_elements_text(coalesce(q.value -> 'statements', '[]')) AS s (statement);
    PERFORM app_audit('audit_template_saved', made,
                      jsonb_build_object('type', audit_type, 'version', next_version,
                                         'questions', jsonb_array_length(questions)));
    RETURN made;
END
$$;
REVOKE EXECUTE ON FUNCTION app_save_audit_template(varchar, jsonb, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_save_audit_template(varchar, jsonb, text) TO wcn_app;

ALTER TABLE audit_types ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_types FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_types_select ON audit_types FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.read')));
CREATE POLICY audit_types_insert ON audit_types FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
                AND NOT built_in);
CREATE POLICY audit_types_update ON audit_types FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write')))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write')));
CREATE POLICY audit_types_delete ON audit_types FOR DELETE USING (false);
GRANT SELECT, INSERT (organization_id, name, every_days), UPDATE (name, every_days, retired_at)
    ON audit_types TO wcn_app;

ALTER TABLE audit_templates ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_templates FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_templates_select ON audit_templates FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.read')));
CREATE POLICY audit_templates_insert ON audit_templates FOR INSERT WITH CHECK (false);
CREATE POLICY audit_templates_update ON audit_templates FOR UPDATE USING (false) WITH CHECK (false);
CREATE POLICY audit_templates_delete ON audit_templates FOR DELETE USING (false);
ALTER TABLE audit_template_questions ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_template_questions FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_template_questions_select ON audit_template_questions FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.read')));
CREATE POLICY audit_template_questions_insert ON audit_template_questions FOR INSERT WITH CHECK (false);
CREATE POLICY audit_template_questions_update ON audit_template_questions FOR UPDATE USING (false) WITH CHECK (false);
CREATE POLICY audit_template_questions_delete ON audit_template_questions FOR DELETE USING (false);
ALTER TABLE audit_question_statements ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_question_statements FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_question_statements_select ON audit_question_statements FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.read')));
CREATE POLICY audit_question_statements_insert ON audit_question_statements FOR INSERT WITH CHECK (false);
CREATE POLICY audit_question_statements_update ON audit_question_statements FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY audit_question_statements_delete ON audit_question_statements FOR DELETE USING (false);
GRANT SELECT ON audit_templates, audit_template_questions, audit_question_statements TO wcn_app;

-- ---------------------------------------------------------------------------------------------------------------------
-- Audits: of a type of the organization's, from the template version they keep.
-- ---------------------------------------------------------------------------------------------------------------------
UPDATE audits SET type = 'environment' WHERE type = 'health_and_safety';
INSERT INTO audit_types (organization_id, code, name)
SELECT DISTINCT a.organization_id, a.type, 'Other' FROM audits AS a
WHERE NOT EXISTS (SELECT 1 FROM audit_types AS t WHERE t.organization_id = a.organization_id AND t.code = a.type);
ALTER TABLE audits DROP CONSTRAINT audits_type_check;
ALTER TABLE audits ADD CONSTRAINT audits_type_fkey FOREIGN KEY (organization_id, type)
    REFERENCES audit_types (organization_id, code);

-- series_id: the first version's id, shared by all its versions. summary: the auditor's overall comment.
-- findings and action_plan stay for the audits written before this migration; no station writes them any more.
ALTER TABLE audits
    ADD COLUMN template_id   uuid,
    ADD COLUMN series_id     uuid,
    ADD COLUMN version       integer     NOT NULL DEFAULT 1,
    ADD COLUMN supersedes_id uuid,
    ADD COLUMN change_reason text,
    ADD COLUMN summary       text        NOT NULL DEFAULT '',
    ADD COLUMN created_by    uuid                 DEFAULT app_user_id(),
    ADD COLUMN signed_off_by uuid,
    ADD COLUMN signed_off_at timestamptz;
UPDATE audits SET series_id = id, created_by = auditor, signed_off_by = auditor, signed_off_at = updated_at;
ALTER TABLE audits
    ALTER COLUMN series_id SET NOT NULL,
    ADD CONSTRAINT audits_template_fkey FOREIGN KEY (organization_id, template_id)
        REFERENCES audit_templates (organization_id, id),
    ADD CONSTRAINT audits_supersedes_fkey FOREIGN KEY (organization_id, supersedes_id)
        REFERENCES audits (organization_id, id),
    ADD CONSTRAINT audits_created_by_fkey FOREIGN KEY (organization_id, created_by)
        REFERENCES users (organization_id, id),
    ADD CONSTRAINT audits_signed_off_by_fkey FOREIGN KEY (organization_id, signed_off_by)
        REFERENCES users (organization_id, id),
    ADD CONSTRAINT audits_series_version_key UNIQUE (organization_id, series_id, version),
    ADD CONSTRAINT audits_version_check CHECK ((version = 1 AND supersedes_id IS NULL AND change_reason IS NULL)
                                               OR (version > 1 AND supersedes_id IS NOT NULL
                                                   AND btrim(change_reason) <> '' AND length(change_reason) <= 1000)),
    ADD CONSTRAINT audits_signed_off_check CHECK ((signed_off_at IS NULL) = (signed_off_by IS NULL)),
    ADD CONSTRAINT audits_summary_check CHECK (length(summary) <= 4000),
    ADD CONSTRAINT audits_date_check CHECK (date BETWEEN '2000-01-01' AND '2199-12-31');
-- One version of an audit open for answers at a time.
CREATE UNIQUE INDEX audits_one_open_version_key ON audits (organization_id, series_id) WHERE signed_off_at IS NULL;
CREATE INDEX idx_audits_facility_type_date ON audits (organization_id, facility_id, type, date);

-- The score of a template's audit: the percentage of applicable questions met, rounded down to a hundredth (never
-- up: 2 of 3 is 66.66, not 66.67); NULL while none applies.
CREATE FUNCTION wcn_audit_score(met bigint, applicable bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN applicable > 0 THEN floor(met * 10000::numeric / applicable) / 100 END
$$;

-- Before an audit is written: its series, its template (the type's latest when a station starts one), the author,
-- and the score worked out from its answers, whatever was written. Runs as the owner, which reads every answer.
CREATE FUNCTION prepare_audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    template_type varchar;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.series_id := coalesce(NEW.series_id, NEW.id);
        NEW.created_by := coalesce(app_user_id(), NEW.created_by);
        IF app_user_id() IS NOT NULL THEN
            IF NEW.version = 1 AND EXISTS (SELECT 1 FROM audit_types AS t
                                           WHERE t.organization_id = NEW.organization_id AND t.code = NEW.type
                                             AND t.retired_at IS NOT NULL) THEN
                RAISE EXCEPTION 'this type of audit is retired' USING ERRCODE = 'check_violation',
                    CONSTRAINT = 'audits_type_retired_check', TABLE = 'audits';
            END IF;
            IF NEW.template_id IS NULL THEN
                SELECT e.id INTO NEW.template_id FROM audit_templates AS e
                WHERE e.organization_id = NEW.organization_id AND e.type = NEW.type
                ORDER BY e.version DESC LIMIT 1;
            END IF;
            IF NEW.template_id IS NULL THEN
                RAISE EXCEPTION 'this type of audit has no questions yet' USING ERRCODE = 'check_violation',
                    CONSTRAINT = 'audits_template_check', TABLE = 'audits';
            END IF;
        END IF;
    END IF;
    IF NEW.template_id IS NOT NULL THEN
        SELECT e.type INTO template_type FROM audit_templates AS e
        WHERE e.organization_id = NEW.organization_id AND e.id = NEW.template_id;
        IF template_type IS DISTINCT FROM NEW.type THEN
            RAISE EXCEPTION 'the template is of another type of audit' USING ERRCODE = 'check_violation',
                CONSTRAINT = 'audits_template_type_check', TABLE = 'audits';
        END IF;
        SELECT wcn_audit_score(count(*) FILTER (WHERE a.answer = 'met'),
                               count(*) FILTER (WHERE a.answer IN ('met', 'not_met')))
        INTO NEW.score
        FROM audit_answers AS a WHERE a.organization_id = NEW.organization_id AND a.audit_id = NEW.id;
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION prepare_audit() FROM PUBLIC;

-- What stops an audit being signed off, as the name of the rule it breaks, or NULL: every question of its template
-- answered, every unmet one with an action that says who and by when (or is already closed).
CREATE FUNCTION wcn_audit_unfinished(organization uuid, audit uuid) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    made audits;
BEGIN
    SELECT * INTO made FROM audits AS a WHERE a.organization_id = organization AND a.id = audit;
    IF made.template_id IS NULL THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM audit_template_questions AS q
               WHERE q.organization_id = organization AND q.template_id = made.template_id
                 AND NOT EXISTS (SELECT 1 FROM audit_answers AS a WHERE a.organization_id = organization
                                                                    AND a.audit_id = audit
                                                                    AND a.position = q.position)) THEN
        RETURN 'audits_unanswered_check';
    END IF;
    IF EXISTS (SELECT 1 FROM audit_answers AS a
               LEFT JOIN audit_actions AS c ON c.organization_id = a.organization_id AND c.series_id = made.series_id
                                           AND c.position = a.position
               WHERE a.organization_id = organization AND a.audit_id = audit AND a.answer = 'not_met'
                 AND (c.id IS NULL OR (c.status = 'open' AND (c.owner_id IS NULL OR c.due_date IS NULL)))) THEN
        RETURN 'audits_action_plan_check';
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_audit_unfinished(uuid, uuid) FROM PUBLIC;

-- A signed-off audit is never changed, by anyone; no audit is ever removed. Signing off checks it is finished.
CREATE FUNCTION refuse_signed_off_audit_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    problem text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audits are never removed' USING ERRCODE = 'insufficient_privilege',
            CONSTRAINT = 'audits_append_only', TABLE = 'audits';
    END IF;
    IF OLD.signed_off_at IS NOT NULL THEN
        RAISE EXCEPTION 'this audit is signed off: change it as a new version' USING ERRCODE = 'insufficient_privilege',
            CONSTRAINT = 'audits_signed_off_locked', TABLE = 'audits';
    END IF;
    IF (NEW.organization_id, NEW.id, NEW.facility_id, NEW.type, NEW.template_id, NEW.series_id, NEW.version,
        NEW.supersedes_id, NEW.change_reason, NEW.created_by, NEW.created_at)
       IS DISTINCT FROM (OLD.organization_id, OLD.id, OLD.facility_id, OLD.type, OLD.template_id, OLD.series_id,
                         OLD.version, OLD.supersedes_id, OLD.change_reason, OLD.created_by, OLD.created_at) THEN
        RAISE EXCEPTION 'an audit''s home, type, template and version never change' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'audits_fixed_check', TABLE = 'audits';
    END IF;
    IF NEW.signed_off_at IS NOT NULL THEN
        problem := wcn_audit_unfinished(NEW.organization_id, NEW.id);
        IF problem IS NOT NULL THEN
            RAISE EXCEPTION 'this audit is not finished' USING ERRCODE = 'check_violation', CONSTRAINT = problem,
                TABLE = 'audits';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_signed_off_audit_change() FROM PUBLIC;

CREATE TRIGGER audits_prepare BEFORE INSERT OR UPDATE ON audits
    FOR EACH ROW EXECUTE FUNCTION prepare_audit();
CREATE TRIGGER audits_signed_off_locked BEFORE UPDATE OR DELETE ON audits
    FOR EACH ROW EXECUTE FUNCTION refuse_signed_off_audit_change();
CREATE TRIGGER audits_never_truncated BEFORE TRUNCATE ON audits
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- ---------------------------------------------------------------------------------------------------------------------
-- Each question answered: met, not met (saying why) or not applicable, with a comment and optional evidence (a
-- resident, a care plan, a note). Changed freely while the audit is open, never once it is signed off.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE TABLE audit_answers (
    organization_id       uuid        NOT NULL DEFAULT app_organization_id(),
    audit_id              uuid        NOT NULL,
    position              smallint    NOT NULL,
    answer                varchar(20) NOT NULL,
    comment               text        NOT NULL DEFAULT '',
    evidence_resident_id  uuid,
    evidence_care_plan_id uuid,
    evidence_note_id      uuid,
    -- NULL only for answers the owner's own session wrote.
    answered_by           uuid,
    answered_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT audit_answers_pkey PRIMARY KEY (organization_id, audit_id, position),
    CONSTRAINT audit_answers_audit_fkey FOREIGN KEY (organization_id, audit_id) REFERENCES audits (organization_id, id),
    CONSTRAINT audit_answers_evidence_resident_fkey FOREIGN KEY (organization_id, evidence_resident_id)
        REFERENCES residents (organization_id, id),
    CONSTRAINT audit_answers_evidence_care_plan_fkey FOREIGN KEY (organization_id, evidence_care_plan_id)
        REFERENCES care_plans (organization_id, id),
    CONSTRAINT audit_answers_answered_by_fkey FOREIGN KEY (organization_id, answered_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT audit_answers_answer_check CHECK (answer IN ('met', 'not_met', 'not_applicable')),
    CONSTRAINT audit_answers_comment_check CHECK (length(comment) <= 2000),
    CONSTRAINT audit_answers_not_met_comment_check CHECK (answer <> 'not_met' OR btrim(comment) <> '')
);

-- Every unmet question of an audit becomes an action, one per question of the audit's series (its versions share
-- them): what, who, by when, and when it is done, the evidence. Never removed; 'not_needed' when a later answer (or
-- version) finds the question met after all.
CREATE TABLE audit_actions (
    organization_id     uuid        NOT NULL,
    id                  uuid        NOT NULL DEFAULT gen_random_uuid(),
    facility_id         uuid        NOT NULL,
    series_id           uuid        NOT NULL,
    position            smallint    NOT NULL,
    raised_in           uuid        NOT NULL,
    what                text        NOT NULL,
    owner_id            uuid,
    due_date            date,
    status              varchar(20) NOT NULL DEFAULT 'open',
    completion_evidence text        NOT NULL DEFAULT '',
    completed_by        uuid,
    completed_at        timestamptz,
    updated_by          uuid,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT audit_actions_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT audit_actions_question_key UNIQUE (organization_id, series_id, position),
    CONSTRAINT audit_actions_facility_fkey FOREIGN KEY (organization_id, facility_id)
        REFERENCES facilities (organization_id, id),
    CONSTRAINT audit_actions_raised_in_fkey FOREIGN KEY (organization_id, raised_in)
        REFERENCES audits (organization_id, id),
    CONSTRAINT audit_actions_owner_fkey FOREIGN KEY (organization_id, owner_id) REFERENCES users (organization_id, id),
    CONSTRAINT audit_actions_completed_by_fkey FOREIGN KEY (organization_id, completed_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT audit_actions_updated_by_fkey FOREIGN KEY (organization_id, updated_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT audit_actions_status_check CHECK (status IN ('open', 'done', 'not_needed')),
    CONSTRAINT audit_actions_what_check CHECK (btrim(what) <> '' AND length(what) <= 1000),
    CONSTRAINT audit_actions_due_date_check CHECK (due_date BETWEEN '2000-01-01' AND '2199-12-31'),
    CONSTRAINT audit_actions_evidence_check CHECK (length(completion_evidence) <= 2000),
    CONSTRAINT audit_actions_done_check CHECK (status <> 'done' OR btrim(completion_evidence) <> '')
);
-- What is open, by home and date due: the overdue actions wherever a manager looks.
CREATE INDEX idx_audit_actions_open ON audit_actions (organization_id, facility_id, due_date) WHERE status = 'open';
CREATE INDEX idx_audit_actions_raised_in ON audit_actions (organization_id, raised_in);

-- Before an answer is written or removed: the audit is open, the question is its template's, a note given as evidence
-- exists, and who answered when (a station cannot write those). As the owner, which sees the template and notes.
CREATE FUNCTION prepare_audit_answer() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    answered audit_answers := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    made     audits;
BEGIN
    SELECT * INTO made FROM audits AS a WHERE a.organization_id = answered.organization_id
                                          AND a.id = answered.audit_id;
    IF made.signed_off_at IS NOT NULL THEN
        RAISE EXCEPTION 'this audit is signed off: change it as a new version' USING ERRCODE = 'insufficient_privilege',
            CONSTRAINT = 'audits_signed_off_locked', TABLE = 'audit_answers';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.organization_id, NEW.audit_id, NEW.position)
                            IS DISTINCT FROM (OLD.organization_id, OLD.audit_id, OLD.position) THEN
        RAISE EXCEPTION 'an answer stays with its question' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'audit_answers_question_fkey', TABLE = 'audit_answers';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit_template_questions AS q
                   WHERE q.organization_id = NEW.organization_id AND q.template_id = made.template_id
                     AND q.position = NEW.position) THEN
        RAISE EXCEPTION 'no such question in this audit''s template' USING ERRCODE = 'foreign_key_violation',
            CONSTRAINT = 'audit_answers_question_fkey', TABLE = 'audit_answers';
    END IF;
    IF NEW.evidence_note_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM daily_records AS d WHERE d.organization_id = NEW.organization_id
                                                          AND d.id = NEW.evidence_note_id) THEN
        RAISE EXCEPTION 'no such note' USING ERRCODE = 'foreign_key_violation',
            CONSTRAINT = 'audit_answers_evidence_note_fkey', TABLE = 'audit_answers';
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.answered_by := coalesce(NEW.answered_by, app_user_id());
        NEW.answered_at := coalesce(NEW.answered_at, now());
    ELSE
        NEW.answered_by := coalesce(app_user_id(), NEW.answered_by);
        NEW.answered_at := now();
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION prepare_audit_answer() FROM PUBLIC;
CREATE TRIGGER audit_answers_prepare BEFORE INSERT OR UPDATE OR DELETE ON audit_answers
    FOR EACH ROW EXECUTE FUNCTION prepare_audit_answer();

-- After an answer: the audit's score again, and the action of an unmet question (opened, or no longer needed).
CREATE FUNCTION audit_answer_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    answered audit_answers := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    made     audits;
BEGIN
    SELECT * INTO made FROM audits AS a WHERE a.organization_id = answered.organization_id
                                          AND a.id = answered.audit_id;
    UPDATE audits SET score = NULL WHERE organization_id = made.organization_id AND id = made.id;
    IF TG_OP <> 'DELETE' AND NEW.answer = 'not_met' THEN
        INSERT INTO audit_actions (organization_id, facility_id, series_id, position, raised_in, what, updated_by)
        SELECT made.organization_id, made.facility_id, made.series_id, q.position, made.id, q.question,
               app_user_id()
        FROM audit_template_questions AS q
        WHERE q.organization_id = made.organization_id AND q.template_id = made.template_id
          AND q.position = NEW.position
        ON CONFLICT (organization_id, series_id, position)
        DO UPDATE SET status = 'open', updated_by = app_user_id()
        WHERE audit_actions.status = 'not_needed';
    ELSE
        UPDATE audit_actions SET status = 'not_needed', updated_by = app_user_id()
        WHERE organization_id = made.organization_id AND series_id = made.series_id
          AND position = answered.position AND status = 'open';
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION audit_answer_changed() FROM PUBLIC;
CREATE TRIGGER audit_answers_changed AFTER INSERT OR UPDATE OR DELETE ON audit_answers
    FOR EACH ROW EXECUTE FUNCTION audit_answer_changed();
CREATE TRIGGER audit_answers_never_truncated BEFORE TRUNCATE ON audit_answers
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- Before an action changes: what it belongs to never changes; who changed it, and who closed it and when.
CREATE FUNCTION prepare_audit_action() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF (NEW.organization_id, NEW.id, NEW.facility_id, NEW.series_id, NEW.position, NEW.raised_in, NEW.created_at)
       IS DISTINCT FROM (OLD.organization_id, OLD.id, OLD.facility_id, OLD.series_id, OLD.position, OLD.raised_in,
                         OLD.created_at) THEN
        RAISE EXCEPTION 'an action stays with its question' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'audit_actions_fixed_check', TABLE = 'audit_actions';
    END IF;
    NEW.updated_by := coalesce(app_user_id(), NEW.updated_by);
    IF NEW.status = 'done' AND OLD.status IS DISTINCT FROM 'done' THEN
        NEW.completed_by := coalesce(app_user_id(), NEW.completed_by);
        NEW.completed_at := now();
    ELSIF NEW.status <> 'done' THEN
        NEW.completed_by := NULL;
        NEW.completed_at := NULL;
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION prepare_audit_action() FROM PUBLIC;
CREATE TRIGGER audit_actions_prepare BEFORE UPDATE ON audit_actions
    FOR EACH ROW EXECUTE FUNCTION prepare_audit_action();
CREATE TRIGGER audit_actions_stamp_row_times BEFORE INSERT OR UPDATE ON audit_actions
    FOR EACH ROW EXECUTE FUNCTION stamp_row_times();

CREATE FUNCTION refuse_audit_action_removal() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'an audit action is never removed: mark it not needed instead'
        USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'audit_actions_append_only', TABLE = 'audit_actions';
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_audit_action_removal() FROM PUBLIC;
CREATE TRIGGER audit_actions_never_removed BEFORE DELETE ON audit_actions
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_action_removal();
CREATE TRIGGER audit_actions_never_truncated BEFORE TRUNCATE ON audit_actions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- ---------------------------------------------------------------------------------------------------------------------
-- Signing off, and a new version of a signed-off audit.
-- ---------------------------------------------------------------------------------------------------------------------
-- Whether the caller may write this audit: audits.write, and its home among theirs. The owner's functions below
-- bypass row-level security, so they ask this themselves.
CREATE FUNCTION wcn_may_write_audit(made audits) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT made.id IS NOT NULL AND made.organization_id = app_organization_id() AND app_can('audits.write')
       AND (app_all_facilities() OR made.facility_id = ANY (app_facility_ids()))
$$;
REVOKE EXECUTE ON FUNCTION wcn_may_write_audit(audits) FROM PUBLIC;

-- Signs an open audit off as the caller: refused (by the audits' trigger) while a question is unanswered or an unmet
-- one has no action saying who and by when.
CREATE FUNCTION app_sign_off_audit(audit uuid) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    made audits;
BEGIN
    SELECT * INTO made FROM audits AS a WHERE a.organization_id = app_organization_id() AND a.id = audit FOR UPDATE;
    IF NOT wcn_may_write_audit(made) THEN
        RAISE EXCEPTION 'not allowed to sign this audit off' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE audits SET signed_off_by = app_user_id(), signed_off_at = now()
    WHERE organization_id = made.organization_id AND id = made.id;
    PERFORM app_audit('audit_signed_off', made.id,
                      jsonb_build_object('facility_id', made.facility_id, 'type', made.type,
                                         'version', made.version, 'series_id', made.series_id));
END
$$;
REVOKE EXECUTE ON FUNCTION app_sign_off_audit(uuid) FROM PUBLIC;

-- A signed-off audit changed: a new version, open for answers, with the earlier one's answers, the same template and
-- date, who made it (created_by) and why. Only the latest version may be revised, and only once it is signed off.
-- Returns the new version's id.
CREATE FUNCTION app_revise_audit(audit uuid, reason text) RETURNS uuid
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    made    audits;
    revised uuid;
BEGIN
    SELECT * INTO made FROM audits AS a WHERE a.organization_id = app_organization_id() AND a.id = audit FOR UPDATE;
    IF NOT wcn_may_write_audit(made) THEN
        RAISE EXCEPTION 'not allowed to revise this audit' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF made.signed_off_at IS NULL THEN
        RAISE EXCEPTION 'this audit is still open: change its answers instead' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'audits_revise_open_check', TABLE = 'audits';
    END IF;
    IF EXISTS (SELECT 1 FROM audits AS a WHERE a.organization_id = made.organization_id
                                           AND a.series_id = made.series_id AND a.version > made.version) THEN
        RAISE EXCEPTION 'a later version of this audit exists' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'audits_revise_latest_check', TABLE = 'audits';
    END IF;
    INSERT INTO audits (organization_id, facility_id, type, date, auditor, template_id, series_id, version,
                        supersedes_id, change_reason, summary)
    VALUES (made.organization_id, made.facility_id, made.type, made.date, made.auditor, made.template_id,
            made.series_id, made.version + 1, made.id, btrim(reason), made.summary)
    RETURNING id INTO revised;
    INSERT INTO audit_answers (organization_id, audit_id, position, answer, comment, evidence_resident_id,
                               evidence_care_plan_id, evidence_note_id, answered_by, answered_at)
    SELECT a.organization_id, revised, a.position, a.answer, a.comment, a.evidence_resident_id,
           a.evidence_care_plan_id, a.evidence_note_id, a.answered_by, a.answered_at
    FROM audit_answers AS a WHERE a.organization_id = made.organization_id AND a.audit_id = made.id;
    RETURN revised;
END
$$;
REVOKE EXECUTE ON FUNCTION app_revise_audit(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_sign_off_audit(uuid), app_revise_audit(uuid, text) TO wcn_app;

-- The audit log: an audit started or revised, and every change to an action (which fields, never the values).
CREATE FUNCTION audit_recorded() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    PERFORM app_audit(CASE WHEN NEW.version = 1 THEN 'audit_started' ELSE 'audit_revised' END, NEW.id,
                      jsonb_build_object('facility_id', NEW.facility_id, 'type', NEW.type, 'version', NEW.version,
                                         'series_id', NEW.series_id, 'template_id', NEW.template_id));
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION audit_recorded() FROM PUBLIC;
CREATE TRIGGER audits_recorded AFTER INSERT ON audits
    FOR EACH ROW EXECUTE FUNCTION audit_recorded();

CREATE FUNCTION audit_action_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    PERFORM app_audit('audit_action_changed', NEW.id,
                      jsonb_build_object('facility_id', NEW.facility_id, 'audit_id', NEW.raised_in,
                                         'status', NEW.status,
                                         'fields', ARRAY(SELECT n.key FROM jsonb_each(to_jsonb(NEW)) AS n
                                                         WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key
                                                           AND n.key NOT IN ('updated_at', 'updated_by')
                                                         ORDER BY n.key)));
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION audit_action_changed() FROM PUBLIC;
CREATE TRIGGER audit_actions_changed AFTER UPDATE ON audit_actions
    FOR EACH ROW EXECUTE FUNCTION audit_action_changed();

DO $$
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
                   (SELECT string_agg(quote_literal(e), ', ' ORDER BY e)
                    FROM unnest(events || ARRAY['audit_template_saved', 'audit_started', 'audit_revised',
                                                'audit_signed_off', 'audit_action_changed']) AS e));
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- What stations may do: start an audit (as its auditor, in a home of theirs), write its date and summary and its
-- answers while it is open, and change its actions; never its score, sign-off or version (the functions above).
-- ---------------------------------------------------------------------------------------------------------------------
REVOKE INSERT, UPDATE ON audits FROM wcn_app;
GRANT INSERT (organization_id, facility_id, type, date, auditor, summary), UPDATE (date, summary)
    ON audits TO wcn_app;

ALTER TABLE audit_answers ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_answers FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_answers_select ON audit_answers FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.read'))
           AND EXISTS (SELECT 1 FROM audits AS a WHERE a.organization_id = audit_answers.organization_id
                                                   AND a.id = audit_answers.audit_id));
CREATE POLICY audit_answers_insert ON audit_answers FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
                AND EXISTS (SELECT 1 FROM audits AS a WHERE a.organization_id = audit_answers.organization_id
                                                        AND a.id = audit_answers.audit_id));
CREATE POLICY audit_answers_update ON audit_answers FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
           AND EXISTS (SELECT 1 FROM audits AS a WHERE a.organization_id = audit_answers.organization_id
                                                   AND a.id = audit_answers.audit_id))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write')));
CREATE POLICY audit_answers_delete ON audit_answers FOR DELETE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
           AND EXISTS (SELECT 1 FROM audits AS a WHERE a.organization_id = audit_answers.organization_id
                                                   AND a.id = audit_answers.audit_id));
GRANT SELECT, DELETE,
      INSERT (organization_id, audit_id, position, answer, comment, evidence_resident_id, evidence_care_plan_id,
              evidence_note_id),
      UPDATE (answer, comment, evidence_resident_id, evidence_care_plan_id, evidence_note_id)
    ON audit_answers TO wcn_app;

ALTER TABLE audit_actions ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_actions FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_actions_select ON audit_actions FOR SELECT
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.read'))
           AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])));
CREATE POLICY audit_actions_insert ON audit_actions FOR INSERT WITH CHECK (false);
CREATE POLICY audit_actions_update ON audit_actions FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
           AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('audits.write'))
                AND ((SELECT app_all_facilities()) OR facility_id = ANY ((SELECT app_facility_ids())::uuid[])));
CREATE POLICY audit_actions_delete ON audit_actions FOR DELETE USING (false);
GRANT SELECT, UPDATE (what, owner_id, due_date, status, completion_evidence) ON audit_actions TO wcn_app;

SELECT hide_statistics(t) FROM unnest(ARRAY['audit_types', 'audit_templates', 'audit_template_questions',
                                            'audit_question_statements', 'audit_answers', 'audit_actions',
                                            'audits']::regclass[]) AS t;
