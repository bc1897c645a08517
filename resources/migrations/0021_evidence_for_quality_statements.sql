-- Description: Each quality statement names the evidence the application keeps for it beyond the audit questions tagged with it (incidents, safeguarding, medication errors, falls, pressure ulcers, notifications, care plan reviews, assessments), so that a home's evidence pack for an inspection is built from the database's list
--
-- Issue 17, point 2. Migration 19 tied audit questions to the quality statements they evidence. An inspector asking
-- about "Safeguarding" or "Learning culture" also looks at the incidents, the referrals and notifications, and how
-- well reviews and assessments are kept up: which of the application's records evidence which statement is kept here,
-- beside the statements themselves, as data a later migration can change (or give a CIW framework its own), never in
-- code. The sources:
--   incidents         the home's incidents in the period, by type, and whether each was reviewed
--   safeguarding      its safeguarding incidents (seen only with incidents.safeguarding, as every such row)
--   medication_errors its medication errors, with the harm the review found
--   falls             its falls, with the harm the review found
--   pressure_ulcers   its pressure ulcers, with the harm the review found
--   notifications     the notifications its incidents needed: sent on time, late, not yet, or not needed after all
--   care_plan_reviews the care plan reviews done in the period, and the plans overdue for one
--   assessments       the assessments done in the period, and those overdue
ALTER TABLE quality_statements ADD COLUMN evidence text[] NOT NULL DEFAULT '{}';
ALTER TABLE quality_statements ADD CONSTRAINT quality_statements_evidence_check
    CHECK (evidence <@ ARRAY['incidents', 'safeguarding', 'medication_errors', 'falls', 'pressure_ulcers',
                             'notifications', 'care_plan_reviews', 'assessments']::text[]);

UPDATE quality_statements SET evidence = v.evidence
FROM (VALUES ('cqc.safe.learning_culture', '{incidents,notifications}'::text[]),
             ('cqc.safe.safe_systems', '{care_plan_reviews}'),
             ('cqc.safe.safeguarding', '{safeguarding,notifications}'),
             ('cqc.safe.involving_people_in_risks', '{falls,pressure_ulcers,assessments}'),
             ('cqc.safe.medicines_optimisation', '{medication_errors}'),
             ('cqc.effective.assessing_needs', '{assessments,care_plan_reviews}'),
             ('cqc.effective.monitoring_outcomes', '{assessments}'),
             ('cqc.responsive.person_centred', '{care_plan_reviews}'),
             ('cqc.well_led.governance', '{notifications}'),
             ('cqc.well_led.learning_improvement', '{incidents}')) AS v (code, evidence)
WHERE quality_statements.code = v.code;
