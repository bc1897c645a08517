#include "database/DatabaseErrorMessages.h"

#include <QHash>

namespace {

using Sentences = QHash<QString, const char *>;

// One sentence per named constraint of the schema. QT_TRANSLATE_NOOP marks them for lupdate; describe() translates.
const Sentences &constraintSentences()
{
    static const Sentences sentences = {
        {QStringLiteral("organizations_name_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The organization's name is empty: enter its name.")},
        // The organization's settings (Homes page), one constraint each so that the sentence names the setting.
        {QStringLiteral("organizations_idle_lock_minutes_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "A station locks itself after 1 to 60 minutes without use: choose "
                                                    "a whole number of minutes in that range.")},
        {QStringLiteral("organizations_late_entry_minutes_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "A note becomes a late entry 5 to 1440 minutes after the care: "
                                                    "choose a whole number of minutes in that range.")},
        {QStringLiteral("organizations_assessment_schedule_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The schedule of assessments must give, for each tool, whether it is due on admission and "
                           "a whole number of days from 0 to 366: correct the schedule.")},
        {QStringLiteral("organizations_settings_keys_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "This is not a setting Write Care Notes knows: change the "
                                                    "organization's settings on the Homes page.")},
        // The organization's details and its homes' (migration 26).
        {QStringLiteral("organizations_address_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The organization's address is not one Write Care Notes can keep: "
                                                    "each line at most 200 characters, and a UK postcode.")},
        {QStringLiteral("organizations_contact_details_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The organization's contact details are too long: at most 200 "
                                                    "characters each.")},
        {QStringLiteral("organizations_registration_number_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The registration number is too long: at most 50 characters.")},
        {QStringLiteral("organizations_retention_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Records are kept for 1 to 100 years, counted from when the care ended or from the last "
                           "entry: choose a period in the organization's details.")},
        {QStringLiteral("organizations_nation_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Choose the nation the organization's homes are in: England, "
                                                    "Wales, Scotland or Northern Ireland.")},
        {QStringLiteral("facilities_address_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The home's address is not one Write Care Notes can keep: each "
                                                    "line at most 200 characters, and a UK postcode.")},
        {QStringLiteral("facilities_contact_details_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The home's telephone or email is too long: at most 200 characters each.")},
        {QStringLiteral("facilities_registration_details_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The home's registration is not one Write Care Notes can keep: "
                                                    "choose its regulator, and at most 200 characters each.")},
        {QStringLiteral("facilities_closed_on_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The date the home closed is not a date Write Care Notes can "
                                                    "keep: enter the day it closed.")},
        {QStringLiteral("facilities_closed_with_residents"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Residents still live in this home: discharge them or move them "
                                                    "to another home before it closes.")},
        {QStringLiteral("residents_facility_closed"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "This care home has closed: nobody is admitted or moved to it. "
                                                    "Choose another home.")},
        {QStringLiteral("users_settings_empty_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Users have no settings of their own in this version of Write "
                                                    "Care Notes: leave them empty.")},
        {QStringLiteral("facilities_organization_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The organization of this care home no longer exists: reload, then try again.")},
        {QStringLiteral("facilities_name_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The care home's name is empty: enter its name.")},
        {QStringLiteral("facilities_name_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Another care home of this organization already has this name: choose a different name.")},
        {QStringLiteral("facilities_type_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The care home type is not one Write Care Notes knows: choose a type from the list.")},
        {QStringLiteral("facilities_capacity_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The number of beds must be between 1 and 1000: correct the number of beds.")},
        {QStringLiteral("users_organization_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The organization of this user no longer exists: reload, then try again.")},
        {QStringLiteral("users_email_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The email address is not valid: enter it in the form name@example.org.")},
        {QStringLiteral("users_email_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Another user already has this email address (capital letters "
                                                    "make no difference): use a different email address.")},
        {QStringLiteral("users_first_name_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The user's first name is empty: enter it.")},
        {QStringLiteral("users_last_name_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The user's surname is empty: enter it.")},
        {QStringLiteral("users_role_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The role must be carer, nurse, manager or admin: choose one from the list.")},
        {QStringLiteral("users_permissions_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The extra permissions given to this user are not ones Write Care "
                                                    "Notes knows: choose them from the list.")},
        {QStringLiteral("users_rights_beyond_giver"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "You may not give rights you do not hold yourself: choose another "
                                                    "role or fewer rights, or ask an administrator who holds them.")},
        {QStringLiteral("users_all_homes_beyond_giver"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "You may give only the care homes you work in yourself: choose "
                                                    "the user's homes from yours.")},
        {QStringLiteral("user_facilities_beyond_giver"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "You may give only the care homes you work in yourself: choose "
                                                    "the user's homes from yours.")},
        {QStringLiteral("users_beyond_giver"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "You may change only users whose rights and care homes you hold yourself: ask an "
                           "administrator who holds them.")},
        {QStringLiteral("users_last_administrator"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "This is the organization's last administrator: make someone else an administrator first, "
                           "then deactivate, demote or end the access of this one.")},
        {QStringLiteral("users_access_dates_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The access ends before it starts: choose an end date on or after the start date.")},
        {QStringLiteral("user_facilities_user_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The user is not one of this organization's: reload the list of users, then try again.")},
        {QStringLiteral("user_facilities_facility_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The care home is not one of this organization's: choose a care "
                                                    "home from the list.")},
        {QStringLiteral("user_facilities_pkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The user already works at this care home.")},
        {QStringLiteral("residents_facility_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The care home chosen for this resident is not one of this "
                                                    "organization's: choose a care home from the list.")},
        {QStringLiteral("residents_first_name_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident's first name is empty: enter it.")},
        {QStringLiteral("residents_last_name_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident's surname is empty: enter it.")},
        {QStringLiteral("residents_nhs_number_format_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The NHS number must be exactly ten digits: check the number and type it again.")},
        {QStringLiteral("residents_nhs_number_checksum_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The NHS number is not a valid one (its last digit does not "
                                                    "match the others): check it against the resident's documents.")},
        {QStringLiteral("residents_nhs_number_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Another resident of this organization already has this NHS "
                                                    "number: check the number, or find that resident's record.")},
        {QStringLiteral("residents_status_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident's status must be admitted, in hospital, discharged "
                                                    "or deceased: choose one from the list.")},
        {QStringLiteral("residents_birth_before_admission_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The date of birth is after the admission date: check both dates.")},
        {QStringLiteral("residents_discharge_after_admission_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The discharge date is before the admission date: enter a "
                                                    "discharge date on or after the admission date.")},
        {QStringLiteral("residents_discharge_status_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "A discharge date goes with the status discharged or deceased, and "
                                                    "only with those: set the date and the status together.")},
        {QStringLiteral("residents_created_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The signed-in user is not a user of this organization: sign out, then sign in again.")},
        {QStringLiteral("residents_updated_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The signed-in user is not a user of this organization: sign out, then sign in again.")},
        {QStringLiteral("residents_allergy_status_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The allergy status must be unknown, no known allergies, or the "
                                                    "allergies listed: choose one.")},
        {QStringLiteral("resident_events_resident_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident of this change is not one of this organization's: "
                                                    "reload the resident's record, then try again.")},
        {QStringLiteral("resident_events_from_facility_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident's care home is not one of this organization's: "
                                                    "reload the resident's record, then try again.")},
        {QStringLiteral("resident_events_to_facility_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The care home to move to is not one of this organization's: "
                                                    "choose a care home from the list.")},
        {QStringLiteral("resident_events_recorded_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The signed-in user is not a user of this organization: sign out, then sign in again.")},
        {QStringLiteral("resident_events_event_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "This kind of change is not one Write Care Notes knows: choose it from the menu.")},
        {QStringLiteral("legal_hold_reason_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A legal hold needs its reason (up to 500 characters): say what the records are kept for, "
                           "for example the claim or enquiry.")},
        {QStringLiteral("legal_hold_change_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The legal hold is already as you asked: someone may have just changed it. The list is "
                           "read again.")},
        {QStringLiteral("archive_export_check"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "The export saved before archiving is more than 10 minutes old, or not yours: archive again, "
             "which saves a new export first.")},
        {QStringLiteral("archive_due_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "These records may not be archived yet: the organization's period since the care ended (or "
                           "the last entry) has not passed. The list is read again.")},
        {QStringLiteral("archive_legal_hold_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "These records are under a legal hold, so they are kept: release the hold first, if it is "
                           "no longer needed.")},
        {QStringLiteral("archive_follow_up_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Another resident's assessment follow-up names one of these care plans, so they are kept: "
                           "ask the manager to correct that follow-up first.")},
        {QStringLiteral("archive_isolation_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Archiving runs in a read committed transaction only: run it on its own.")},
        {QStringLiteral("archive_audit_evidence_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A quality audit cites these records as evidence, so they are kept with the audit.")},
        {QStringLiteral("resident_events_transition_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "This change does not fit the resident's present status (for example a discharge of a "
                           "resident who is already discharged, or a move to the room they are in): reload the "
                           "resident's record and check their status.")},
        {QStringLiteral("resident_events_before_admission_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The date is before the resident's admission date: enter a date "
                                                    "on or after the admission date.")},
        {QStringLiteral("resident_events_order_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The date is before the last change already recorded for this "
                                                    "resident: enter a date on or after that change.")},
        {QStringLiteral("resident_events_future_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The date is in the future: record the change on the day it happens.")},
        {QStringLiteral("resident_search_words_resident_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident whose name was to be made searchable is not one of "
                                                    "this organization's: reload the resident's record, then try "
                                                    "again.")},
        {QStringLiteral("care_plan_reviews_care_plan_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The care plan of this review is not one of this organization's: "
                                                    "reload the care plan, then try again.")},
        {QStringLiteral("care_plan_reviews_resident_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident of this review is not one of this organization's: "
                                                    "reload the care plan, then try again.")},
        {QStringLiteral("care_plan_reviews_reviewed_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The signed-in user is not a user of this organization: sign out, then sign in again.")},
        {QStringLiteral("care_plan_reviews_changes_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "\"What changed\" is empty: say what the review found or changed "
                                                    "(\"no change needed\" is an answer).")},
        {QStringLiteral("care_plan_reviews_next_review_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The next review date must be after the date of this review: enter a later date.")},
        {QStringLiteral("care_plan_reviews_date_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The review date is before the care plan started or in the "
                                                    "future: enter the day the review took place.")},
        {QStringLiteral("care_plans_resident_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident of this care plan is not one of this organization's: "
                                                    "reload the resident's record, then try again.")},
        {QStringLiteral("care_plans_created_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The signed-in user is not a user of this organization: sign out, then sign in again.")},
        {QStringLiteral("care_plans_updated_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The signed-in user is not a user of this organization: sign out, then sign in again.")},
        {QStringLiteral("care_plans_type_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The care plan type is not one Write Care Notes knows: choose a type from the list.")},
        {QStringLiteral("care_plans_status_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The care plan's status must be draft, active, under review or "
                                                    "archived: choose one from the list.")},
        {QStringLiteral("care_plans_review_after_start_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The review date is before the start date: enter a review date on "
                                                    "or after the start date.")},
        {QStringLiteral("care_plans_review_date_required_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "An active care plan needs a review date: enter when it is next to be reviewed.")},
        {QStringLiteral("assessments_resident_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident of this assessment is not one of this "
                                                    "organization's: reload the resident's record, then try again.")},
        {QStringLiteral("assessments_created_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The signed-in user is not a user of this organization: sign out, then sign in again.")},
        {QStringLiteral("assessments_type_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The assessment type is not one Write Care Notes knows: choose a type from the list.")},
        {QStringLiteral("daily_records_resident_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident of this note is not one of this organization's: "
                                                    "reload the resident's record, then save again.")},
        {QStringLiteral("daily_records_created_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The signed-in user is not a user of this organization: sign out, then sign in again.")},
        {QStringLiteral("daily_records_date_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The date of the note is not a plausible one: check the date, then save again.")},
        {QStringLiteral("daily_records_date_unchanged_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The date of a note cannot be changed once it is written: write a "
                                                    "correction with the right date instead.")},
        {QStringLiteral("daily_records_shift_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The shift must be early, late, day or night: choose the shift from the list.")},
        {QStringLiteral("daily_records_pkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "This note has already been written: nothing more to do.")},
        {QStringLiteral("daily_records_id_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "This note has already been written: nothing more to do.")},
        {QStringLiteral("daily_records_narrative_length_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The narrative is longer than 20,000 characters: shorten it, or "
                                                    "write the rest as a second note.")},
        {QStringLiteral("daily_records_correction_reason_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A correction needs its reason: say in a few words why the note is being corrected.")},
        {QStringLiteral("daily_records_escalation_object_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The escalation could not be recorded: enter what was done and who was told again.")},
        {QStringLiteral("daily_records_escalation_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The NEWS2 score needs a response: say what you did and who you "
                                                    "told before saving.")},
        {QStringLiteral("daily_records_escalation_required_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The NEWS2 score of these observations calls for an escalation: "
                                                    "say what you did and who you told before saving.")},
        {QStringLiteral("daily_records_observations_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The observations hold a value the note does not record: this is "
                                                    "a fault in Write Care Notes, please report it.")},
        {QStringLiteral("daily_records_observations_temperature_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Temperature must be a number between 25 and 45 °C: check the "
                                                    "reading and type it again.")},
        {QStringLiteral("daily_records_observations_pulse_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Pulse must be a whole number between 20 and 250 /min: check the "
                                                    "reading and type it again.")},
        {QStringLiteral("daily_records_observations_respiration_rate_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Respiration rate must be a whole number between 3 and 70 /min: "
                                                    "check the reading and type it again.")},
        {QStringLiteral("daily_records_observations_systolic_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Systolic blood pressure must be a whole number between 40 and "
                                                    "300 mmHg: check the reading and type it again.")},
        {QStringLiteral("daily_records_observations_diastolic_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Diastolic blood pressure must be a whole number between 20 and "
                                                    "200 mmHg: check the reading and type it again.")},
        {QStringLiteral("daily_records_observations_blood_pressure_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The diastolic blood pressure must be lower than the systolic: "
                                                    "check the two readings.")},
        {QStringLiteral("daily_records_observations_spo2_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "SpO2 must be a whole number between 50 and 100 %: check the "
                                                    "reading and type it again.")},
        {QStringLiteral("daily_records_observations_spo2_scale_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The SpO2 scale must be scale 1 or scale 2: choose it from the "
                                                    "list.")},
        {QStringLiteral("daily_records_observations_oxygen_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Air or oxygen must be air or oxygen: choose it from the list.")},
        {QStringLiteral("daily_records_observations_consciousness_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Consciousness must be one of Alert, new Confusion, Voice, Pain "
                                                    "or Unresponsive: choose it from the list.")},
        {QStringLiteral("daily_records_observations_weight_kg_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Weight must be a number between 20 and 350 kg: check the "
                                                    "reading and type it again.")},
        {QStringLiteral("daily_records_observations_blood_glucose_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Blood glucose must be a number between 0.5 and 50 mmol/L: check "
                                                    "the reading and type it again.")},
        {QStringLiteral("daily_records_observations_bowels_bristol_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The Bristol stool type is a whole number from 1 to 7: choose it "
                                                    "from the list.")},
        {QStringLiteral("daily_records_occurred_on_date_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The time of care does not fall within the shift's date: check "
                                                    "the time the care happened and the shift.")},
        {QStringLiteral("daily_records_occurred_at_future_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The time of care is in the future: enter when the care "
                                                    "happened.")},
        {QStringLiteral("daily_records_corrects_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The note being corrected was not found for this date: reload "
                                                    "the resident's notes, then correct it again.")},
        {QStringLiteral("daily_records_one_correction_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "This note has already been corrected: correct the correction "
                                                    "instead, so the latest entry stays the one in force.")},
        {QStringLiteral("daily_records_correction_resident_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "A correction must be about the same resident as the note it "
                                                    "corrects: write a new note for the other resident instead.")},
        {QStringLiteral("daily_records_append_only"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Notes are never changed or removed once written: write a correction instead.")},
        {QStringLiteral("shift_patterns_pkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "This care home already has this shift: change its times "
                                                    "instead of adding it again.")},
        {QStringLiteral("shift_patterns_facility_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The care home of this shift is not one of this "
                                                    "organization's: choose a care home from the list.")},
        {QStringLiteral("shift_patterns_shift_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The shift must be early, late, day or night: choose the shift from the list.")},
        {QStringLiteral("shift_patterns_length_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A shift cannot end at the time it starts: correct its start or end time.")},
        {QStringLiteral("assessments_scored_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The assessment is not complete: answer every question so that "
                                                    "it has a score, then save.")},
        {QStringLiteral("assessments_score_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The score is outside what the tool can give: check the answers and save again.")},
        {QStringLiteral("assessments_risk_level_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The risk level is not one the tool gives: check the answers and save again.")},
        {QStringLiteral("assessments_date_future_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Date of the assessment: it cannot be in the future. Choose "
                                                    "today or the day it was done.")},
        {QStringLiteral("assessments_date_after_birth_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Date of the assessment: it cannot be before the resident was "
                                                    "born. Choose the day it was done.")},
        {QStringLiteral("assessments_correction_reason_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "A correction needs its reason: say in a few words why the "
                                                    "assessment is being corrected.")},
        {QStringLiteral("assessments_corrects_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "A correction must name an assessment of the same resident and "
                                                    "tool: open that assessment and correct it from there.")},
        {QStringLiteral("assessments_one_correction_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "This assessment has already been corrected: correct the "
                                                    "correction instead, so the latest entry stays the one in force.")},
        {QStringLiteral("assessments_answer_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "An answer of this assessment is not one the tool offers, or a "
                                                    "measurement is outside its range: check the answers and save "
                                                    "again.")},
        {QStringLiteral("assessments_answer_missing_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The assessment is not complete: answer every question so that "
                                                    "it has a score, then save.")},
        {QStringLiteral("assessments_score_recomputed_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The score, band or risk level is not what the answers give: "
                                                    "check the answers and save again.")},
        {QStringLiteral("assessments_append_only"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Assessments are never changed or removed once written: write a "
                                                    "correction instead.")},
        {QStringLiteral("assessment_follow_ups_pkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "What was chosen for the care plan after this assessment is "
                                                    "already recorded.")},
        {QStringLiteral("assessment_follow_ups_assessment_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The assessment this choice is for cannot be found: open the assessment again.")},
        {QStringLiteral("assessment_follow_ups_care_plan_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The care plan chosen cannot be found: choose it again from the resident's care plans.")},
        {QStringLiteral("assessment_follow_ups_chosen_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("assessment_follow_ups_choice_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Choose what to do with the care plan: review it, start one, or "
                                                    "not now.")},
        {QStringLiteral("assessment_follow_ups_plan_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Reviewing a care plan needs the plan: choose it from the resident's care plans.")},
        {QStringLiteral("assessment_follow_ups_reason_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Say in a few words why the care plan is not being reviewed "
                                                    "now (3 characters or more).")},
        {QStringLiteral("residents_fluid_target_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The daily fluid target must be between 100 and 5000 ml: correct the fluid target.")},
        {QStringLiteral("audits_facility_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The care home of this audit is not one of this organization's: "
                                                    "choose a care home from the list.")},
        {QStringLiteral("audits_auditor_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The auditor is not a user of this organization: choose the auditor from the list.")},
        {QStringLiteral("audits_type_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The type of audit is not one of this organization's: choose a type from the list.")},
        {QStringLiteral("audits_type_retired_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "This type of audit is no longer used: choose another type, or "
                                                    "bring it back on the Audit templates page first.")},
        {QStringLiteral("audits_template_check"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "This type of audit has no questions yet: write its questions on the Audit templates page first.")},
        {QStringLiteral("audits_template_type_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The questions chosen are of another type of audit: start the audit again from its type.")},
        {QStringLiteral("audits_template_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The questions of this audit cannot be found: start the audit again from its type.")},
        {QStringLiteral("audits_supersedes_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The earlier version of this audit cannot be found: reload the audit, then try again.")},
        {QStringLiteral("audits_created_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("audits_signed_off_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("audits_series_version_key"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "Someone else made a new version of this audit at the same moment: reload the audit to see it.")},
        {QStringLiteral("audits_one_open_version_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A newer version of this audit is already open: reload the audit and change that one.")},
        {QStringLiteral("audits_version_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Say why the signed-off audit is being changed (up to 1000 "
                                                    "characters): the reason is kept with the new version.")},
        {QStringLiteral("audits_signed_off_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "An audit is signed off by someone at a time, never one without "
                                                    "the other: reload the audit, then try again.")},
        {QStringLiteral("audits_summary_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The summary is longer than 4000 characters: shorten it.")},
        {QStringLiteral("audits_date_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The date of the audit must be between 2000 and 2199: correct the date.")},
        {QStringLiteral("audits_append_only"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Audits are never removed: an audit that was wrong is changed as a "
                                                    "new version, and the earlier one is kept.")},
        {QStringLiteral("audits_signed_off_locked"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "This audit has been signed off and cannot be changed: make a new version of it, saying why.")},
        {QStringLiteral("audits_fixed_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "An audit's care home, type and questions cannot be changed: start a new audit instead.")},
        {QStringLiteral("audits_unanswered_check"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "Every question must be answered before the audit is signed off: answer the questions left blank.")},
        {QStringLiteral("audits_action_plan_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Every unmet question needs an action saying who will do it and by "
                                                    "when before the audit is signed off: complete the action plan.")},
        {QStringLiteral("audits_revise_open_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "This audit is still open: change its answers rather than making a new version.")},
        {QStringLiteral("audits_revise_latest_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A later version of this audit exists: open the latest version and change that one.")},
        {QStringLiteral("audit_types_organization_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The organization of this audit type no longer exists: reload, then try again.")},
        {QStringLiteral("audit_types_name_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The name of the audit type is empty or longer than 100 characters: enter a shorter name.")},
        {QStringLiteral("audit_types_name_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Another type of audit already has this name (capital letters make "
                                                    "no difference): choose a different name.")},
        {QStringLiteral("audit_types_every_days_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "How often the audit is due must be every 1 to 366 days: correct "
                                                    "the number of days, or leave it empty for no schedule.")},
        {QStringLiteral("audit_types_code_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The audit type could not be saved: reload, then try again.")},
        {QStringLiteral("audit_templates_version_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Someone else saved these questions at the same moment: reload the "
                                                    "questions, then make your change again.")},
        {QStringLiteral("audit_templates_type_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The type of audit cannot be found or is no longer used: choose a type from the list.")},
        {QStringLiteral("audit_templates_created_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("audit_templates_version_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The questions could not be saved: reload, then try again.")},
        {QStringLiteral("audit_templates_change_note_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The note about what changed is longer than 1000 characters: shorten it.")},
        {QStringLiteral("audit_templates_append_only"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "Questions already used are never changed or removed: save a new version of the questions instead.")},
        {QStringLiteral("audit_templates_questions_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Write at least one question before saving the questions.")},
        {QStringLiteral("audit_template_questions_template_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The questions could not be saved: reload, then try again.")},
        {QStringLiteral("audit_template_questions_position_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A type of audit has at most 200 questions: remove some before saving.")},
        {QStringLiteral("audit_template_questions_question_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A question is empty or longer than 500 characters: write it, or shorten it.")},
        {QStringLiteral("audit_template_questions_guidance_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The guidance for a question is longer than 1000 characters: shorten it.")},
        {QStringLiteral("audit_question_statements_question_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The questions could not be saved: reload, then try again.")},
        {QStringLiteral("audit_question_statements_statement_fkey"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "A quality statement chosen is not one of the inspection framework's: choose it from the list.")},
        {QStringLiteral("audit_answers_audit_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The audit cannot be found: reload it, then answer again.")},
        {QStringLiteral("audit_answers_question_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "This question is not one of this audit's: reload the audit, then answer again.")},
        {QStringLiteral("audit_answers_evidence_resident_fkey"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "The resident given as evidence is not one of this organization's: choose the resident again.")},
        {QStringLiteral("audit_answers_evidence_care_plan_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The care plan given as evidence cannot be found: choose the care plan again.")},
        {QStringLiteral("audit_answers_evidence_note_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The note given as evidence cannot be found: choose the note again.")},
        {QStringLiteral("audit_answers_answered_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("audit_answers_answer_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Answer the question met, not met or not applicable.")},
        {QStringLiteral("audit_answers_comment_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The comment is longer than 2000 characters: shorten it.")},
        {QStringLiteral("audit_answers_not_met_comment_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Say in the comment what was not met: the action plan starts from it.")},
        {QStringLiteral("audit_actions_question_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "This question already has an action: reload the audit to see it.")},
        {QStringLiteral("audit_actions_facility_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The care home of this action cannot be found: reload the audit, then try again.")},
        {QStringLiteral("audit_actions_raised_in_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The audit of this action cannot be found: reload the audit, then try again.")},
        {QStringLiteral("audit_actions_owner_fkey"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "The person chosen for this action is not a user of this organization: choose them from the list.")},
        {QStringLiteral("audit_actions_completed_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("audit_actions_updated_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("audit_actions_status_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "An action is open, done or not needed: choose one of those.")},
        {QStringLiteral("audit_actions_what_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Say what is to be done (up to 1000 characters).")},
        {QStringLiteral("audit_actions_due_date_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The date the action is due must be between 2000 and 2199: correct the date.")},
        {QStringLiteral("audit_actions_evidence_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The evidence of completion is longer than 2000 characters: shorten it.")},
        {QStringLiteral("audit_actions_done_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Say what shows the action was done before marking it done.")},
        {QStringLiteral("audit_actions_fixed_check"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "An action stays with the question and audit that raised it: reload the audit, then try again.")},
        {QStringLiteral("audit_actions_append_only"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Actions are never removed: mark an action not needed instead, saying why.")},
        {QStringLiteral("audits_score_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The audit score must be between 0 and 100: correct the score.")},
        {QStringLiteral("incidents_facility_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The care home of this incident is not one of this "
                                                    "organization's: choose a care home from the list.")},
        {QStringLiteral("incidents_resident_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The resident named in this incident is not one of this "
                                                    "organization's: choose the resident again.")},
        {QStringLiteral("incidents_reported_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The signed-in user is not a user of this organization: sign out, then sign in again.")},
        {QStringLiteral("incidents_type_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The incident type is not one Write Care Notes knows: choose a type from the list.")},
        {QStringLiteral("incidents_what_happened_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Say what happened (up to 4000 characters).")},
        {QStringLiteral("incidents_location_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Where it happened is longer than 200 characters: shorten it.")},
        {QStringLiteral("incidents_immediate_actions_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "What was done at once is longer than 4000 characters: shorten it.")},
        {QStringLiteral("incidents_injuries_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The injuries are longer than 2000 characters: shorten them.")},
        {QStringLiteral("incidents_witnesses_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The witnesses are longer than 1000 characters: shorten them.")},
        {QStringLiteral("incidents_injury_sites_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A body site is not one Write Care Notes knows: choose the sites from the list.")},
        {QStringLiteral("incidents_safeguarding_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A safeguarding concern is always marked as one: tick the safeguarding box.")},
        {QStringLiteral("incidents_date_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "When it happened cannot be in the future: correct the date and time.")},
        {QStringLiteral("incidents_append_only"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "An incident report is never changed or removed: a manager adds a review instead.")},
        {QStringLiteral("incident_reviews_incident_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "This incident cannot be found: reload the incidents, then try again.")},
        {QStringLiteral("incident_reviews_reviewed_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("incident_reviews_version_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Someone else reviewed this incident at the same moment: reload it to see their review.")},
        {QStringLiteral("incident_reviews_type_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The incident type is not one Write Care Notes knows: choose a type from the list.")},
        {QStringLiteral("incident_reviews_severity_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Choose how severe the harm was from the list.")},
        {QStringLiteral("incident_reviews_actions_taken_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Say what actions were taken (up to 4000 characters).")},
        {QStringLiteral("incident_reviews_lessons_learned_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The lessons learned are longer than 4000 characters: shorten them.")},
        {QStringLiteral("incident_reviews_family_told_note_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Who was told, and how, is longer than 1000 characters: shorten it.")},
        {QStringLiteral("incident_reviews_family_told_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Say who in the family was told, and how, with the time they were told.")},
        {QStringLiteral("incident_reviews_family_told_at_check"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "The family cannot be told before the incident happened or in the future: correct the time.")},
        {QStringLiteral("incident_reviews_safeguarding_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A safeguarding concern is always marked as one: tick the safeguarding box.")},
        {QStringLiteral("incident_reviews_append_only"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A review is never changed or removed: add another review instead.")},
        {QStringLiteral("incident_notifications_incident_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "This incident cannot be found: reload the incidents, then try again.")},
        {QStringLiteral("incident_notifications_created_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("incident_notifications_sent_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("incident_notifications_withdrawn_by_fkey"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Your account is not a user of this organization: sign in again.")},
        {QStringLiteral("incident_notifications_kind_key"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "This notification is already listed for the incident: mark that one sent.")},
        {QStringLiteral("incident_notifications_kind_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "The notification is not one Write Care Notes knows: choose one from the list.")},
        {QStringLiteral("incident_notifications_reference_check"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "Give the reference the recipient gave (up to 200 characters) when marking a notification sent.")},
        {QStringLiteral("incident_notifications_withdrawn_reason_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages", "The reason is longer than 1000 characters: shorten it.")},
        {QStringLiteral("incident_notifications_sent_or_withdrawn_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "A notification is either sent or not needed, never both: reload the incident.")},
        {QStringLiteral("incident_notifications_sent_at_check"),
         QT_TRANSLATE_NOOP(
             "DatabaseErrorMessages",
             "A notification cannot be sent before the incident happened or in the future: correct the time.")},
        {QStringLiteral("incident_notifications_locked"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "This notification is already sent or marked not needed, and cannot be changed.")},
        {QStringLiteral("incident_notifications_outcome_check"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Say when the notification was sent, with its reference, or why it was not needed.")},
        {QStringLiteral("incident_notifications_append_only"),
         QT_TRANSLATE_NOOP("DatabaseErrorMessages",
                           "Notifications are never removed: mark one not needed instead, saying why.")},
    };
    return sentences;
}

// Field names for people, by column, for values that must not be missing.
const Sentences &fieldNames()
{
    static const Sentences names = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Name")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Surname")},
        {QStringLiteral("date_of_birth"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Date of birth")},
        {QStringLiteral("admission_date"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Admission date")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Email address")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Role")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Type")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Status")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Start date")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Date")},
        {QStringLiteral("shift"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Shift")},
        {QStringLiteral("resident_id"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Resident")},
        {QStringLiteral("facility_id"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Care home")},
        {QStringLiteral("auditor"), QT_TRANSLATE_NOOP("DatabaseErrorMessages", "Auditor")},
    };
    return names;
}

// Tables only the database's own functions write (credentials, sessions, keys, the audit log, settings): a violation
// there is a fault in Write Care Notes or in an administrator's command, never something a person fixes in a form.
bool isInternal(const QString &constraint)
{
    static const QStringList prefixes = {
        QStringLiteral("user_credentials_"),
        QStringLiteral("sessions_"),
        QStringLiteral("sign_in_attempts_"),
        QStringLiteral("organization_keys_"),
        QStringLiteral("audit_log_"),
        QStringLiteral("common_passwords_"),
        QStringLiteral("system_settings_"),
        QStringLiteral("schema_versions_"),
        QStringLiteral("record_history_"),
        QStringLiteral("sign_in_outcomes_"),
        QStringLiteral("assessment_latest_"),
        // The registry of audited tables and the key of their rows' hashes: written only by migrations.
        QStringLiteral("audited_tables_"),
        QStringLiteral("audit_row_key_"),
        // The inspection frameworks and the built-in audit library: written only by migrations.
        QStringLiteral("inspection_frameworks_"),
        QStringLiteral("framework_key_questions_"),
        QStringLiteral("quality_statements_"),
        QStringLiteral("audit_library_"),
    };
    for (const QString &prefix : prefixes) {
        if (constraint.startsWith(prefix))
            return true;
    }
    return constraint == QLatin1String("residents_medical_notes_key_check");
}

} // namespace

bool DatabaseErrorMessages::knowsConstraint(const QString &name)
{
    return constraintSentences().contains(name) || name.endsWith(QLatin1String("_object_check")) ||
           name.endsWith(QLatin1String("_pkey")) || isInternal(name);
}

QString DatabaseErrorMessages::forConstraint(const QString &name)
{
    if (const char *sentence = constraintSentences().value(name))
        return tr(sentence);
    if (isInternal(name))
        return tr("This could not be recorded because of a fault in Write Care Notes' own records (%1): report it to "
                  "whoever supports Write Care Notes.")
            .arg(name);
    if (name.endsWith(QLatin1String("_object_check")))
        return tr("Some details could not be saved because they are not in the form Write Care Notes expects: this is "
                  "a fault in Write Care Notes, please report it.");
    if (name.endsWith(QLatin1String("_pkey")))
        return tr("This record has already been saved: reload to see it, rather than saving it again.");
    return QString();
}

QString DatabaseErrorMessages::forMissingValue(const QString &column)
{
    if (const char *field = fieldNames().value(column))
        return tr("%1 is required: fill it in, then save again.").arg(tr(field));
    if (column == QLatin1String("organization_id") || column == QLatin1String("created_by") ||
        column == QLatin1String("reported_by"))
        return tr("Who is signed in could not be recorded with this change: sign out, sign in again, then save.");
    return tr("A required detail is missing: fill in every field marked as required, then save again.");
}

QString DatabaseErrorMessages::describe(const DatabaseError &error)
{
    const QString &state = error.sqlState;
    if (error.isConnectionFailure())
        return tr("The connection to the database was lost, so this was not saved: check the network, then save "
                  "again (what you typed is kept).");
    if (state == QLatin1String("23502"))
        return forMissingValue(error.column);
    if (state == QLatin1String("23503") && error.detail.contains(QLatin1String("is still referenced")))
        return tr("This record cannot be removed because other records refer to it: remove or change those first, "
                  "or mark this one as no longer in use.");
    // A refusal of ours names its rule (a trigger's CONSTRAINT): that sentence says why and what to do instead.
    if (state.startsWith(QLatin1String("23")) || (state == QLatin1String("42501") && !error.constraint.isEmpty())) {
        const QString sentence = forConstraint(error.constraint);
        if (!sentence.isEmpty())
            return sentence;
    }
    if (state == QLatin1String("22001"))
        return tr("One of the entries is longer than Write Care Notes can store: shorten it, then save again.");
    if (state == QLatin1String("22007") || state == QLatin1String("22008"))
        return tr("One of the dates or times is not a real one: check the dates, then save again.");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return tr("Someone else was saving at the same moment: save again.");
    if (state == QLatin1String("55P03") || state == QLatin1String("57014"))
        return tr("The database was busy and did not answer in time: save again in a moment.");
    if (state == QLatin1String("42501"))
        return tr("You are not allowed to make this change: ask a manager or an administrator.");
    return tr("This could not be saved because of a fault in the database (code %1): save again, and if it happens "
              "again, report it.")
        .arg(state.isEmpty() ? tr("unknown") : state);
}
