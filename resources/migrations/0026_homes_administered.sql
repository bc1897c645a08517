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
-- Who may do each: organization.manage the organization's details and settings (as before); facilities.manage the
-- homes, now only those she works in (fix: an administrator of one home could rename or change any home of the
-- organization), and a new home only with every home (she would otherwise add a home she may not change).
-- Values stored before that do not fit the named fields are kept in migration_26_replaced_details (the owner's alone)
-- and left out of the columns, so that the checks can hold from here on.

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

-- What does not fit is kept aside, then left out: unknown keys, values that are not text, text over 200 characters,
-- a postcode that is not capitals and digits once upper-cased and spaced once, a regulator not known.
CREATE TABLE migration_26_replaced_details (
    table_name  text        NOT NULL,
    row_id      uuid        NOT NULL,
    column_name text        NOT NULL,
    old_value   jsonb       NOT NULL,
    replaced_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON migration_26_replaced_details FROM PUBLIC;

CREATE FUNCTION pg_temp.fitted(fields jsonb, allowed text[]) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT coalesce(jsonb_object_agg(f.key, CASE WHEN f.key = 'postcode'
                                                 THEN regexp_replace(upper(btrim(f.value #>> '{}')), '\s+', ' ', 'g')
                                                 WHEN f.key = 'regulator' THEN lower(btrim(f.value #>> '{}'))
                                                 ELSE f.value #>> '{}' END), '{}'::jsonb)
    FROM jsonb_each(CASE WHEN jsonb_typeof(fields) = 'object' THEN fields ELSE '{}'::jsonb END) AS f
    WHERE f.key = ANY (allowed) AND jsonb_typeof(f.value) = 'string' AND char_length(f.value #>> '{}') <= 200
      AND (f.key <> 'postcode'
           OR regexp_replace(upper(btrim(f.value #>> '{}')), '\s+', ' ', 'g') ~ '^[A-Z0-9]+( [A-Z0-9]+)?$'
              AND char_length(btrim(f.value #>> '{}')) <= 10)
      AND (f.key <> 'regulator' OR lower(btrim(f.value #>> '{}')) IN ('cqc', 'ciw', 'care_inspectorate', 'rqia'))
$$;

WITH columns (table_name, column_name, allowed) AS (
    VALUES ('organizations', 'address', ARRAY['line1', 'line2', 'town', 'county', 'postcode']),
           ('organizations', 'contact_details', ARRAY['phone', 'email', 'website']),
           ('facilities', 'address', ARRAY['line1', 'line2', 'town', 'county', 'postcode']),
           ('facilities', 'contact_details', ARRAY['phone', 'email']),
           ('facilities', 'registration_details', ARRAY['regulator', 'location_id', 'registered_manager'])
), stored AS (
    SELECT 'organizations' AS table_name, o.id AS row_id, c.column_name, c.allowed,
           CASE c.column_name WHEN 'address' THEN o.address ELSE o.contact_details END AS value
    FROM organizations AS o JOIN columns AS c ON c.table_name = 'organizations'
    UNION ALL
    SELECT 'facilities', f.id, c.column_name, c.allowed,
           CASE c.column_name WHEN 'address' THEN f.address WHEN 'contact_details' THEN f.contact_details
                              ELSE f.registration_details END
    FROM facilities AS f JOIN columns AS c ON c.table_name = 'facilities'
)
INSERT INTO migration_26_replaced_details (table_name, row_id, column_name, old_value)
SELECT table_name, row_id, column_name, value FROM stored WHERE value IS DISTINCT FROM pg_temp.fitted(value, allowed);

UPDATE organizations
SET address = pg_temp.fitted(address, ARRAY['line1', 'line2', 'town', 'county', 'postcode']),
    contact_details = pg_temp.fitted(contact_details, ARRAY['phone', 'email', 'website'])
WHERE id IN (SELECT row_id FROM migration_26_replaced_details WHERE table_name = 'organizations');
UPDATE organizations SET registration_number = left(registration_number, 50)
WHERE char_length(registration_number) > 50;
UPDATE facilities
SET address = pg_temp.fitted(address, ARRAY['line1', 'line2', 'town', 'county', 'postcode']),
    contact_details = pg_temp.fitted(contact_details, ARRAY['phone', 'email']),
    registration_details = pg_temp.fitted(registration_details,
                                          ARRAY['regulator', 'location_id', 'registered_manager'])
WHERE id IN (SELECT row_id FROM migration_26_replaced_details WHERE table_name = 'facilities');

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
    ADD CONSTRAINT facilities_closed_on_check CHECK (closed_on >= DATE '2000-01-01' AND isfinite(closed_on));
SELECT hide_statistics('facilities');
GRANT UPDATE (closed_on) ON facilities TO wcn_app;

-- An administrator changes (and closes) only the homes she works in, and adds one only if she works in every home.
DROP POLICY facilities_update ON facilities;
CREATE POLICY facilities_update ON facilities FOR UPDATE
    USING (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage'))
           AND ((SELECT app_all_facilities()) OR id = ANY ((SELECT app_facility_ids())::uuid[])))
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage'))
                AND ((SELECT app_all_facilities()) OR id = ANY ((SELECT app_facility_ids())::uuid[])));
DROP POLICY facilities_insert ON facilities;
CREATE POLICY facilities_insert ON facilities FOR INSERT
    WITH CHECK (organization_id = (SELECT app_organization_id()) AND (SELECT app_can('facilities.manage'))
                AND (SELECT app_all_facilities()));

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

-- Nobody is admitted, readmitted or moved into a home that has closed. After the row has passed row-level security
-- (a BEFORE trigger would answer for homes and organizations the writer may not see). The home's row is locked
-- before it is read, so a closing and an admission at the same moment cannot both succeed.
CREATE FUNCTION guard_resident_home_open() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    closed date;
BEGIN
    IF NEW.status IN ('admitted', 'in_hospital')
       AND (TG_OP = 'INSERT' OR NEW.facility_id IS DISTINCT FROM OLD.facility_id
            OR OLD.status NOT IN ('admitted', 'in_hospital')) THEN
        SELECT f.closed_on INTO closed FROM facilities AS f
        WHERE f.organization_id = NEW.organization_id AND f.id = NEW.facility_id
        FOR SHARE;
        IF closed IS NOT NULL THEN
            RAISE EXCEPTION 'nobody is admitted to a care home that has closed'
                USING ERRCODE = 'check_violation', TABLE = 'residents', CONSTRAINT = 'residents_facility_closed';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION guard_resident_home_open() FROM PUBLIC;
CREATE TRIGGER residents_guard_home_open AFTER INSERT OR UPDATE OF facility_id, status ON residents
    FOR EACH ROW EXECUTE FUNCTION guard_resident_home_open();
