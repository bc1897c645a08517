-- Description: Each organization's audit log is a hash chain that anyone allowed to read it can verify: an entry altered, inserted or removed since it was sealed is found and named
--
-- Issue 18, point 3 (first part: the chain; the row-change triggers and the viewer follow).
-- The design's audit log was append-only by trigger alone: the owner (or a superuser) who disables the trigger could
-- change, add or remove entries and nothing would show it. Now each entry, once its transaction has committed, is
-- sealed into its organization's chain (entries of no organization, failed sign-ins with an unknown email, have a
-- chain of their own): its position, the hash of the entry before it, and its own hash, sha256 of that previous hash
-- and the entry's canonical text (wcn_audit_entry_text). Sealing is not done when the entry is written: that would
-- make every audited write of an organization wait for one lock until it commits. It is done in id order by
-- wcn_seal_audit_log(), the owner's, run by `writecarenotes-admin maintain` and by the embedded server's timer; the
-- append-only trigger lets an entry be sealed once, and nothing else.
-- Verifying (wcn_verify_audit_chain) walks a chain by position and names, per entry: "altered" (its own hash does
-- not match its content), "inserted" (its link is broken but the next entry links across it), "removed" (a position
-- is missing, or an entry's link points past its predecessor). Per organization, so that verifying one chain reveals
-- nothing of another's. A chain's head (position and hash) is returned, so that it can be kept elsewhere: the whole
-- chain recomputed by someone with the owner's rights is only found against a head kept outside the database.

ALTER TABLE audit_log
    ADD COLUMN chain_position bigint,
    ADD COLUMN previous_hash  bytea,
    ADD COLUMN entry_hash     bytea,
    ADD CONSTRAINT audit_log_chain_check
        CHECK ((chain_position IS NULL) = (entry_hash IS NULL) AND (chain_position IS NULL) = (previous_hash IS NULL)
               AND chain_position >= 1);
-- Both lead with organization_id, as every index a station's query could use does (TestSecurityRows).
CREATE UNIQUE INDEX audit_log_chain_position ON audit_log (organization_id, chain_position) NULLS NOT DISTINCT
    WHERE chain_position IS NOT NULL;
CREATE INDEX audit_log_unsealed ON audit_log (organization_id, id) WHERE chain_position IS NULL;
SELECT hide_statistics('audit_log');

-- The entry as hashed: every column but the chain's own, in a fixed form (times to the microsecond in UTC, the
-- details as jsonb prints them, which is canonical).
CREATE FUNCTION wcn_audit_entry_text(entry audit_log) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT concat_ws(E'\x1f', entry.id::text, coalesce(entry.organization_id::text, ''),
                     coalesce(entry.user_id::text, ''), entry.station, entry.event,
                     coalesce(entry.subject_id::text, ''), entry.details::text,
                     to_char(entry.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                     entry.transaction_id::text, coalesce(entry.facility_ids::text, ''))
$$;

CREATE FUNCTION wcn_audit_entry_hash(previous bytea, entry audit_log) RETURNS bytea
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT sha256(previous || convert_to(wcn_audit_entry_text(entry), 'UTF8'))
$$;

-- The append-only rule, with one exception: sealing an entry (its three chain columns, from nothing) and nothing else.
-- (refuse_audit_log_change, shared with the other append-only tables, stays as it was; the guard of migration 13
-- knows an append-only table by a trigger calling a refuse_* function.)
CREATE FUNCTION refuse_audit_log_change_but_sealing() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL
       AND (OLD.id, OLD.organization_id, OLD.user_id, OLD.station, OLD.event, OLD.subject_id, OLD.details,
            OLD.occurred_at, OLD.transaction_id, OLD.facility_ids)
           IS NOT DISTINCT FROM (NEW.id, NEW.organization_id, NEW.user_id, NEW.station, NEW.event, NEW.subject_id,
                                 NEW.details, NEW.occurred_at, NEW.transaction_id, NEW.facility_ids) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log cannot be changed or emptied'
        USING ERRCODE = 'insufficient_privilege', TABLE = 'audit_log';
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_audit_log_change_but_sealing() FROM PUBLIC;
DROP TRIGGER audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_log_change_but_sealing();

-- Seals every committed entry not yet sealed, chain by chain, in id order; returns how many. One sealer per chain at
-- a time (an advisory lock per chain), so positions stay contiguous.
CREATE FUNCTION wcn_seal_audit_log() RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
DECLARE
    chain uuid;
    head_position bigint;
    head_hash bytea;
    entry audit_log;
    sealed bigint := 0;
BEGIN
    FOR chain IN
        SELECT DISTINCT coalesce(a.organization_id, '00000000-0000-0000-0000-000000000000'::uuid)
        FROM audit_log AS a WHERE a.chain_position IS NULL
    LOOP
        PERFORM pg_advisory_xact_lock(hashtextextended('wcn audit chain ' || chain::text, 0));
        SELECT a.chain_position, a.entry_hash INTO head_position, head_hash
        FROM audit_log AS a
        WHERE (a.organization_id = chain
               OR (chain = '00000000-0000-0000-0000-000000000000'::uuid AND a.organization_id IS NULL))
          AND a.chain_position IS NOT NULL
        ORDER BY a.chain_position DESC LIMIT 1;
        head_position := coalesce(head_position, 0);
        -- The first entry of a chain links to 32 zero bytes.
        head_hash := coalesce(head_hash, decode(repeat('00', 32), 'hex'));
        FOR entry IN
            SELECT * FROM audit_log AS a
            WHERE (a.organization_id = chain
                   OR (chain = '00000000-0000-0000-0000-000000000000'::uuid AND a.organization_id IS NULL))
              AND a.chain_position IS NULL
            ORDER BY a.id
            FOR UPDATE
        LOOP
            head_position := head_position + 1;
            UPDATE audit_log
            SET chain_position = head_position, previous_hash = head_hash,
                entry_hash = wcn_audit_entry_hash(head_hash, entry)
            WHERE id = entry.id
            RETURNING entry_hash INTO head_hash;
            sealed := sealed + 1;
        END LOOP;
        RAISE LOG 'writecarenotes audit chain % sealed to position % hash %', chain, head_position,
            encode(head_hash, 'hex');
    END LOOP;
    RETURN sealed;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_seal_audit_log() FROM PUBLIC;

-- What is wrong with a chain, entry by entry, in position order; and, last, its head (problem 'head').
CREATE FUNCTION wcn_verify_audit_chain(chain uuid)
    RETURNS TABLE (chain_position bigint, entry_id bigint, problem text, entry_hash bytea)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
#variable_conflict use_column
DECLARE
    entries audit_log[];
    current audit_log;
    before audit_log;
    after audit_log;
    expected bigint := 1;
    gap boolean;
    i integer;
    zero bytea := decode(repeat('00', 32), 'hex');
BEGIN
    entries := ARRAY(SELECT a FROM audit_log AS a
                     WHERE (a.organization_id = chain
                            OR (chain = '00000000-0000-0000-0000-000000000000'::uuid AND a.organization_id IS NULL))
                       AND a.chain_position IS NOT NULL
                     ORDER BY a.chain_position);
    FOR i IN 1 .. coalesce(array_length(entries, 1), 0) LOOP
        current := entries[i];
        before := CASE WHEN i > 1 THEN entries[i - 1] END;
        after := CASE WHEN i < array_length(entries, 1) THEN entries[i + 1] END;
        gap := current.chain_position > expected;
        IF gap THEN
            -- Positions missing: entries removed (the entry after them is then, rightly, not linked to its
            -- predecessor: said once).
            chain_position := expected; entry_id := NULL; problem := 'removed'; entry_hash := NULL;
            RETURN NEXT;
        END IF;
        expected := current.chain_position + 1;
        IF wcn_audit_entry_hash(current.previous_hash, current) IS DISTINCT FROM current.entry_hash THEN
            chain_position := current.chain_position; entry_id := current.id; problem := 'altered';
            entry_hash := current.entry_hash;
            RETURN NEXT;
        ELSIF NOT gap AND current.previous_hash IS DISTINCT FROM coalesce(before.entry_hash, zero) THEN
            -- Intact itself, but not linked to the entry before it: that one was put in, or one between was taken out.
            IF before.chain_position IS NOT NULL AND i > 2
               AND current.previous_hash = entries[i - 2].entry_hash THEN
                chain_position := before.chain_position; entry_id := before.id; problem := 'inserted';
                entry_hash := before.entry_hash;
            ELSE
                chain_position := current.chain_position; entry_id := current.id; problem := 'removed';
                entry_hash := current.entry_hash;
            END IF;
            RETURN NEXT;
        END IF;
    END LOOP;
    IF coalesce(array_length(entries, 1), 0) > 0 THEN
        current := entries[array_length(entries, 1)];
        chain_position := current.chain_position; entry_id := current.id; problem := 'head';
        entry_hash := current.entry_hash;
        RETURN NEXT;
    END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_verify_audit_chain(uuid) FROM PUBLIC;

-- For the window: the signed-in user's organization's chain, for those who may read its audit log (every entry's
-- position and id, never its content, so an administrator of some homes learns nothing she may not read).
CREATE FUNCTION app_verify_audit_log()
    RETURNS TABLE (chain_position bigint, entry_id bigint, problem text, entry_hash bytea)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
    SELECT v.chain_position, v.entry_id, v.problem, v.entry_hash
    FROM wcn_verify_audit_chain(app_organization_id()) AS v
    WHERE app_organization_id() IS NOT NULL AND app_can('audit_log.read')
$$;
REVOKE EXECUTE ON FUNCTION app_verify_audit_log() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_verify_audit_log() TO wcn_app;

-- What was written before this migration is sealed now.
SELECT wcn_seal_audit_log();
