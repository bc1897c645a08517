-- Description: Rights held by the session: what a signed-in user may do and where is worked out when the session starts and again whenever their role, permissions, homes, activity or clinical hold change, instead of at every policy of every statement
--
-- Issue 15. Every row-level policy asks app_can, app_all_facilities and app_facility_ids once per statement, about 20
-- times for a list. Each call worked the answer out again from users, user_credentials and user_facilities (themselves
-- under row-level security, so asking app_organization_id again): app_capabilities took 0.3 ms a call, the three
-- together about half the time of a search signed in as a nurse. The answers now live in the session's own row and each
-- helper reads that one row (by its key), as app_organization_id always did.
--
-- The stored answer is never trusted from whoever writes a session: a trigger works it out on every insert and again on
-- every update that touches it (whatever the update tried to store), and the tables it comes from ask for that update
-- in the same transaction as their change. A migration that changes what a role may do (app_role_capabilities) ends
-- with: UPDATE sessions SET capabilities = NULL WHERE revoked_at IS NULL.
--
-- Same answers as before, for every session: the helpers' results are unchanged, only where they are read from.

-- No rights until the trigger has worked them out.
ALTER TABLE sessions
    ADD COLUMN capabilities   text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN all_facilities boolean NOT NULL DEFAULT false,
    ADD COLUMN facility_ids   uuid[]  NOT NULL DEFAULT '{}';

-- As app_capabilities, app_all_facilities and app_facility_ids answered (migration 15), for the session's user. Runs as
-- the owner: at sign-in there is no session yet to read users and user_facilities under row-level security with.
CREATE FUNCTION wcn_fill_session_rights() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    NEW.capabilities := coalesce((
        SELECT wcn_effective_capabilities(u.role, u.permissions, c.clinical_held_since IS NOT NULL)
        FROM users AS u
        JOIN user_credentials AS c ON c.user_id = u.id AND c.organization_id = u.organization_id
        WHERE u.organization_id = NEW.organization_id AND u.id = NEW.user_id AND u.active), ARRAY[]::text[]);
    NEW.all_facilities := coalesce((
        SELECT u.all_facilities FROM users AS u WHERE u.organization_id = NEW.organization_id AND u.id = NEW.user_id),
        false);
    NEW.facility_ids := (
        SELECT coalesce(array_agg(f.facility_id ORDER BY f.facility_id), ARRAY[]::uuid[]) FROM user_facilities AS f
        WHERE f.organization_id = NEW.organization_id AND f.user_id = NEW.user_id);
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_fill_session_rights() FROM PUBLIC;

CREATE TRIGGER sessions_rights_when_started
    BEFORE INSERT ON sessions
    FOR EACH ROW EXECUTE FUNCTION wcn_fill_session_rights();
-- Any write to the rights (or to whose session it is) is replaced by what they are.
CREATE TRIGGER sessions_rights_when_asked
    BEFORE UPDATE ON sessions
    FOR EACH ROW
    WHEN (NEW.capabilities IS DISTINCT FROM OLD.capabilities OR NEW.all_facilities IS DISTINCT FROM OLD.all_facilities
          OR NEW.facility_ids IS DISTINCT FROM OLD.facility_ids OR NEW.user_id IS DISTINCT FROM OLD.user_id
          OR NEW.organization_id IS DISTINCT FROM OLD.organization_id)
    EXECUTE FUNCTION wcn_fill_session_rights();

-- A change to what the user may do or where: their open sessions work their rights out again, in the same transaction.
-- TG_ARGV[0] names the user's column of the table.
CREATE FUNCTION wcn_refresh_session_rights() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE sessions SET capabilities = NULL
        WHERE user_id = (to_jsonb(OLD) ->> TG_ARGV[0])::uuid AND organization_id = OLD.organization_id
          AND revoked_at IS NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE sessions SET capabilities = NULL
        WHERE user_id = (to_jsonb(NEW) ->> TG_ARGV[0])::uuid AND organization_id = NEW.organization_id
          AND revoked_at IS NULL;
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_refresh_session_rights() FROM PUBLIC;

CREATE TRIGGER users_session_rights
    AFTER UPDATE OF role, permissions, active, all_facilities, organization_id, id ON users
    FOR EACH ROW EXECUTE FUNCTION wcn_refresh_session_rights('id');
CREATE TRIGGER user_credentials_session_rights
    AFTER UPDATE OF clinical_held_since, organization_id, user_id ON user_credentials
    FOR EACH ROW EXECUTE FUNCTION wcn_refresh_session_rights('user_id');
CREATE TRIGGER user_facilities_session_rights
    AFTER INSERT OR UPDATE OR DELETE ON user_facilities
    FOR EACH ROW EXECUTE FUNCTION wcn_refresh_session_rights('user_id');

-- The helpers read the session's row. Same owner, settings and grants (CREATE OR REPLACE), same answers.
CREATE OR REPLACE FUNCTION app_capabilities() RETURNS text[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    RETURN coalesce((SELECT s.capabilities FROM app_current_session() AS s WHERE NOT s.password_change_only),
                    ARRAY[]::text[]);
END
$$;

CREATE OR REPLACE FUNCTION app_all_facilities() RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    RETURN coalesce((SELECT s.all_facilities FROM app_current_session() AS s WHERE NOT s.password_change_only),
                    false);
END
$$;

CREATE OR REPLACE FUNCTION app_facility_ids() RETURNS uuid[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    RETURN coalesce((SELECT s.facility_ids FROM app_current_session() AS s WHERE NOT s.password_change_only),
                    ARRAY[]::uuid[]);
END
$$;

-- The sessions open while this migration runs.
UPDATE sessions SET capabilities = NULL WHERE revoked_at IS NULL;
