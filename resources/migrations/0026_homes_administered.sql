-- Description: The organization's details and its care homes are administered in the window: addresses, contact and registration details as named fields the database checks, the organization's nation, and homes that close on a date rather than being deleted
--
-- Issue 18, point 2. Fixes to the design:
--   * organizations.address and contact_details, and facilities.address, contact_details and registration_details,
--     were JSON objects of any shape. They now hold named text fields only (wcn_text_fields_valid), each at most 200
--     characters, the postcode in capitals and digits (the window checks its full UK shape and stores it so).
--   * A care home could only be deleted, which its residents' records forbid (they name it), or never end. It now
--     closes on a date (facilities.closed_on): refused while a resident still lives there (facilities_closed_with_
--     residents, checked by the owner, since an administrator may not read residents), and nobody is admitted or
--     moved into a home that has closed (residents_facility_closed). Reopening is allowed.
--   * The organization's nation (settings.nation: england, wales, scotland, northern_ireland) names its regulator.
-- Who may do each: organization.manage the organization's details and settings (as before), facilities.manage the
-- homes (as before, now also closed_on).

CREATE FUNCTION wcn_text_fields_valid(fields jsonb, allowed text[], longest integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_typeof(fields) = 'object'
       AND NOT EXISTS (SELECT 1 FROM jsonb_each(fields) AS f
                       WHERE NOT f.key = ANY (allowed) OR jsonb_typeof(f.value) <> 'string'
                          OR char_length(f.value #>> '{}') > longest)
$$;

-- A postcode as stored: empty, or capitals and digits with at most one space, at most 10 characters.
CREATE FUNCTION wcn_postcode_valid(address jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(address ->> 'postcode', '') ~ '^([A-Z0-9]+( [A-Z0-9]+)?)?$'
       AND char_length(coalesce(address ->> 'postcode', '')) <= 10
$$;

-- The constraints' checks, for stations that change the details.
GRANT EXECUTE ON FUNCTION wcn_text_fields_valid(jsonb, text[], integer), wcn_postcode_valid(jsonb) TO wcn_app;

ALTER TABLE organizations
    ADD CONSTRAINT organizations_address_check
        CHECK (wcn_text_fields_valid(address, ARRAY['line1', 'line2', 'town', 'county', 'postcode'], 200)
               AND wcn_postcode_valid(address)),
    ADD CONSTRAINT organizations_contact_details_check
        CHECK (wcn_text_fields_valid(contact_details, ARRAY['phone', 'email', 'website'], 200)),
    ADD CONSTRAINT organizations_registration_number_check CHECK (char_length(registration_number) <= 50),
    DROP CONSTRAINT organizations_settings_keys_check,
    ADD CONSTRAINT organizations_settings_keys_check
        CHECK (jsonb_typeof(settings) <> 'object'
               OR settings - ARRAY['idle_lock_minutes', 'late_entry_minutes', 'assessment_schedule', 'nation']
                  = '{}'::jsonb),
    ADD CONSTRAINT organizations_nation_check
        CHECK (settings -> 'nation' IS NULL
               OR (jsonb_typeof(settings -> 'nation') = 'string'
                   AND settings ->> 'nation' IN ('england', 'wales', 'scotland', 'northern_ireland')));

ALTER TABLE facilities
    ADD COLUMN closed_on date,
    ADD CONSTRAINT facilities_address_check
        CHECK (wcn_text_fields_valid(address, ARRAY['line1', 'line2', 'town', 'county', 'postcode'], 200)
               AND wcn_postcode_valid(address)),
    ADD CONSTRAINT facilities_contact_details_check
        CHECK (wcn_text_fields_valid(contact_details, ARRAY['phone', 'email'], 200)),
    ADD CONSTRAINT facilities_registration_details_check
        CHECK (wcn_text_fields_valid(registration_details, ARRAY['regulator', 'location_id', 'registered_manager'],
                                     200)
               AND coalesce(registration_details ->> 'regulator', 'cqc')
                   IN ('cqc', 'ciw', 'care_inspectorate', 'rqia')),
    ADD CONSTRAINT facilities_closed_on_check CHECK (closed_on >= DATE '2000-01-01');
SELECT hide_statistics('facilities');
GRANT UPDATE (closed_on) ON facilities TO wcn_app;

-- A home closes once nobody lives there. The owner reads the residents: an administrator may not.
CREATE FUNCTION guard_facility_closing() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    IF NEW.closed_on IS NOT NULL AND OLD.closed_on IS NULL
       AND EXISTS (SELECT 1 FROM residents AS r
                   WHERE r.organization_id = NEW.organization_id AND r.facility_id = NEW.id
                     AND r.status IN ('admitted', 'in_hospital')) THEN
        RAISE EXCEPTION 'a care home closes once no resident lives there'
            USING ERRCODE = 'check_violation', TABLE = 'facilities', CONSTRAINT = 'facilities_closed_with_residents';
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION guard_facility_closing() FROM PUBLIC;
CREATE TRIGGER facilities_guard_closing BEFORE UPDATE OF closed_on ON facilities
    FOR EACH ROW EXECUTE FUNCTION guard_facility_closing();

-- Nobody is admitted or moved into a home that has closed (whoever writes it may not see that home's row).
CREATE FUNCTION guard_resident_home_open() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR NEW.facility_id IS DISTINCT FROM OLD.facility_id)
       AND EXISTS (SELECT 1 FROM facilities AS f
                   WHERE f.organization_id = NEW.organization_id AND f.id = NEW.facility_id
                     AND f.closed_on IS NOT NULL) THEN
        RAISE EXCEPTION 'nobody is admitted to a care home that has closed'
            USING ERRCODE = 'check_violation', TABLE = 'residents', CONSTRAINT = 'residents_facility_closed';
    END IF;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION guard_resident_home_open() FROM PUBLIC;
CREATE TRIGGER residents_guard_home_open BEFORE INSERT OR UPDATE OF facility_id ON residents
    FOR EACH ROW EXECUTE FUNCTION guard_resident_home_open();
