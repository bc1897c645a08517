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

-- Each chain's head, the owner's alone: sealing locks its row (a station cannot, unlike an advisory lock, whose keys
-- anyone may take). chain is the organization's id, or the zero uuid for the entries of no organization.
CREATE TABLE audit_chain_heads (
    chain          uuid   NOT NULL,
    chain_position bigint NOT NULL,
    entry_hash     bytea  NOT NULL,
    CONSTRAINT audit_chain_heads_pkey PRIMARY KEY (chain)
);
REVOKE ALL ON audit_chain_heads FROM PUBLIC;
SELECT hide_statistics('audit_chain_heads');

-- The entry as hashed: every column but the chain's own, in a fixed form (times to the microsecond in UTC, the
-- details as jsonb prints them, which is canonical). No SET clause, so that it is inlined (names qualified instead).
CREATE FUNCTION wcn_audit_entry_text(entry public.audit_log) RETURNS text
    LANGUAGE sql STABLE
AS $$
    SELECT pg_catalog.concat_ws(E'\x1f', entry.id::text, coalesce(entry.organization_id::text, ''),
                                coalesce(entry.user_id::text, ''), entry.station, entry.event,
                                coalesce(entry.subject_id::text, ''), entry.details::text,
                                pg_catalog.to_char(entry.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                                entry.transaction_id::text, coalesce(entry.facility_ids::text, ''))
$$;

CREATE FUNCTION wcn_audit_entry_hash(previous bytea, entry public.audit_log) RETURNS bytea
    LANGUAGE sql STABLE
AS $$
    SELECT pg_catalog.sha256(previous || pg_catalog.convert_to(public.wcn_audit_entry_text(entry), 'UTF8'))
$$;

-- The append-only rule, with one exception: sealing an entry (its three chain columns, from nothing) and nothing else.
-- (refuse_audit_log_change, shared with the other append-only tables, stays as it was; the guard of migration 13
-- knows an append-only table by a trigger calling a refuse_* function.)
CREATE FUNCTION refuse_audit_log_change_but_sealing() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- An entry is written unsealed; only sealing gives it a place in its chain.
        IF NEW.chain_position IS NULL AND NEW.previous_hash IS NULL AND NEW.entry_hash IS NULL THEN
            RETURN NEW;
        END IF;
    ELSIF TG_OP = 'UPDATE' AND OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL
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
CREATE TRIGGER audit_log_append_only BEFORE INSERT OR UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_log_change_but_sealing();

-- Seals committed entries not yet sealed, chain by chain in a fixed order, at most `batch` per chain per call (call
-- again until it returns 0); returns how many. The chain's head row is locked while its entries are sealed, so two
-- sealers never give one position twice; a lock held too long makes the call fail, never wait for ever.
CREATE FUNCTION wcn_seal_audit_log(batch integer DEFAULT 10000) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
    SET lock_timeout = '10s'
AS $$
DECLARE
    zero uuid := '00000000-0000-0000-0000-000000000000';
    chain_key uuid;
    head audit_chain_heads;
    entry audit_log;
    sealed bigint := 0;
BEGIN
    FOR chain_key IN
        SELECT DISTINCT coalesce(a.organization_id, zero) AS c FROM audit_log AS a
        WHERE a.chain_position IS NULL ORDER BY c
    LOOP
        INSERT INTO audit_chain_heads (chain, chain_position, entry_hash)
        VALUES (chain_key, 0, decode(repeat('00', 32), 'hex')) ON CONFLICT (chain) DO NOTHING;
        SELECT * INTO head FROM audit_chain_heads AS h WHERE h.chain = chain_key FOR UPDATE;
        FOR entry IN
            SELECT * FROM audit_log AS a
            WHERE (a.organization_id = chain_key OR (chain_key = zero AND a.organization_id IS NULL))
              AND a.chain_position IS NULL
            ORDER BY a.id
            LIMIT batch
        LOOP
            head.chain_position := head.chain_position + 1;
            UPDATE audit_log
            SET chain_position = head.chain_position, previous_hash = head.entry_hash,
                entry_hash = wcn_audit_entry_hash(head.entry_hash, entry)
            WHERE id = entry.id
            RETURNING audit_log.entry_hash INTO head.entry_hash;
            sealed := sealed + 1;
        END LOOP;
        UPDATE audit_chain_heads AS h SET chain_position = head.chain_position, entry_hash = head.entry_hash
        WHERE h.chain = head.chain;
        RAISE LOG 'writecarenotes audit chain % sealed to position % hash %', chain_key, head.chain_position,
            encode(head.entry_hash, 'hex');
    END LOOP;
    RETURN sealed;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_seal_audit_log(integer) FROM PUBLIC;

-- What is wrong with a chain, in position order, as what is certain: an entry that does not match its own seal
-- ('altered'), a link broken between an entry and the one before it ('unlinked': one between was taken out, or this or
-- the one before was put in), positions missing ('removed', from chain_position, count in entry_id), a position
-- twice ('duplicate'); and, last, its head ('head'). Read in one pass, whatever the chain's length.
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
    zero uuid := '00000000-0000-0000-0000-000000000000';
    current audit_log;
    last_position bigint := 0;
    last_hash bytea := decode(repeat('00', 32), 'hex');
    last_id bigint;
BEGIN
    FOR current IN
        SELECT * FROM audit_log AS a
        WHERE (a.organization_id = chain OR (chain = zero AND a.organization_id IS NULL))
          AND a.chain_position IS NOT NULL
        ORDER BY a.chain_position, a.id
    LOOP
        IF current.chain_position = last_position THEN
            chain_position := current.chain_position; entry_id := current.id; problem := 'duplicate';
            entry_hash := current.entry_hash;
            RETURN NEXT;
        ELSIF current.chain_position > last_position + 1 THEN
            chain_position := last_position + 1; entry_id := current.chain_position - last_position - 1;
            problem := 'removed'; entry_hash := NULL;
            RETURN NEXT;
        ELSIF current.previous_hash IS DISTINCT FROM last_hash THEN
            chain_position := current.chain_position; entry_id := current.id; problem := 'unlinked';
            entry_hash := current.entry_hash;
            RETURN NEXT;
        END IF;
        IF wcn_audit_entry_hash(current.previous_hash, current) IS DISTINCT FROM current.entry_hash THEN
            chain_position := current.chain_position; entry_id := current.id; problem := 'altered';
            entry_hash := current.entry_hash;
            RETURN NEXT;
        END IF;
        last_position := current.chain_position;
        last_hash := current.entry_hash;
        last_id := current.id;
    END LOOP;
    IF last_position > 0 THEN
        chain_position := last_position; entry_id := last_id; problem := 'head'; entry_hash := last_hash;
        RETURN NEXT;
    END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_verify_audit_chain(uuid) FROM PUBLIC;

-- For the window: the signed-in user's organization's chain, for those who may read all its audit log (every entry's
-- position, id and hash, never its content).
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
      -- Positions, ids and hashes only for those who may read every entry of the organization: anyone else could
      -- count what is audited in homes they do not work in, and test guesses of its content against the hashes.
      AND (app_all_facilities() OR app_can('users.manage'))
$$;
REVOKE EXECUTE ON FUNCTION app_verify_audit_log() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_verify_audit_log() TO wcn_app;

-- What was written before this migration is sealed by the next `maintain`, in batches, not here under the table's
-- lock.
