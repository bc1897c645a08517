-- Description: Escalations recorded with what was done and who was told; changes to shift times and organization settings audited
--
-- Two gaps of migration 4, closed here because migration 4 has shipped and is never edited:
-- 1. Any JSON object passed as an escalation, even one with neither the action nor the person told: a station built
--    before this migration recorded {"at": ...} on every note, which read as "escalated". Such rows stay as they were
--    written (notes are append-only, and the record is evidence); readers count an escalation only with its action.
-- 2. Changes to a home's shift times, which decide which shift every note belongs to, and to the organization's
--    settings (when a note is a late entry, when a station locks itself) left no trace of who made them.

-- ---------------------------------------------------------------------------------------------------------------------
-- An escalation is either none ('{}') or says what was done and who was told, both non-empty. A trigger rather than
-- a CHECK constraint: rows written before this migration must stay valid, and a partitioned table cannot take a
-- NOT VALID check.
-- ---------------------------------------------------------------------------------------------------------------------
CREATE FUNCTION check_daily_record_escalation() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF NEW.escalation <> '{}'::jsonb
       AND (coalesce(btrim(NEW.escalation ->> 'action'), '') = ''
            OR coalesce(btrim(NEW.escalation ->> 'told'), '') = '') THEN
        RAISE EXCEPTION 'an escalation needs what was done and who was told'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'daily_records_escalation_check', COLUMN = 'escalation',
                  TABLE = 'daily_records', SCHEMA = 'public';
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION check_daily_record_escalation() FROM PUBLIC;
CREATE TRIGGER daily_records_check_escalation BEFORE INSERT ON daily_records
    FOR EACH ROW EXECUTE FUNCTION check_daily_record_escalation();

-- ---------------------------------------------------------------------------------------------------------------------
-- Who changed a home's shift times, from what to what.
-- ---------------------------------------------------------------------------------------------------------------------
ALTER TABLE audit_log DROP CONSTRAINT audit_log_event_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_event_check
    CHECK (event IN ('sign_in', 'sign_in_failed', 'sign_in_refused_locked', 'account_locked', 'sign_out',
                     'password_changed', 'password_set', 'resident_opened', 'medical_notes_read',
                     'medical_notes_written', 'medical_details_read', 'medical_details_written', 'keys_rotated',
                     'user_changed', 'user_facility_added', 'user_facility_removed', 'resident_created',
                     'resident_changed', 'resident_event', 'care_plan_created', 'care_plan_changed',
                     'care_plan_reviewed', 'shift_pattern_changed', 'organization_settings_changed'));

CREATE FUNCTION audit_shift_pattern_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM app_audit('shift_pattern_changed', OLD.facility_id,
                          jsonb_build_object('shift', OLD.shift, 'removed', true,
                                             'was', to_char(OLD.starts_at, 'HH24:MI') || '-' ||
                                                    to_char(OLD.ends_at, 'HH24:MI')));
        RETURN NULL;
    END IF;
    PERFORM app_audit('shift_pattern_changed', NEW.facility_id,
                      jsonb_build_object('shift', NEW.shift,
                                         'now', to_char(NEW.starts_at, 'HH24:MI') || '-' ||
                                                to_char(NEW.ends_at, 'HH24:MI'),
                                         'was', CASE WHEN TG_OP = 'UPDATE'
                                                     THEN to_char(OLD.starts_at, 'HH24:MI') || '-' ||
                                                          to_char(OLD.ends_at, 'HH24:MI') END));
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION audit_shift_pattern_change() FROM PUBLIC;
-- With wcn_functions' rights, as audit_user_change: it writes the audit log through app_audit, nothing more.
SELECT wcn_hand_over('audit_shift_pattern_change()');
CREATE TRIGGER shift_patterns_audit_change AFTER INSERT OR UPDATE OR DELETE ON shift_patterns
    FOR EACH ROW EXECUTE FUNCTION audit_shift_pattern_change();

-- Which settings of the organization changed, from what to what (the settings hold no personal data).
CREATE FUNCTION audit_organization_settings_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF NEW.settings IS DISTINCT FROM OLD.settings THEN
        PERFORM app_audit('organization_settings_changed', NEW.id,
                          jsonb_build_object('was', OLD.settings, 'now', NEW.settings));
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION audit_organization_settings_change() FROM PUBLIC;
SELECT wcn_hand_over('audit_organization_settings_change()');
CREATE TRIGGER organizations_audit_settings_change AFTER UPDATE ON organizations
    FOR EACH ROW EXECUTE FUNCTION audit_organization_settings_change();
