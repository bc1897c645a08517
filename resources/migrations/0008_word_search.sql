-- Description: Word search: a resident is found by the start of any word of their first name or surname, ignoring case, accents, apostrophes and hyphens
--
-- The search keys of migration 3 hold the whole folded name, so "connor" never found O'Connor, "oconnor" missed the
-- apostrophe and "nunez" missed O'Connor-Núñez. Each name now gives a key for every word it has, running on to the
-- end of the name with the separators taken out: O'Connor-Núñez gives "oconnornunez", "connornunez" and "nunez";
-- Mary-Jane gives "maryjane" and "jane". A typed word (folded the same way) finds the residents with a key that
-- starts with it. An array column would need a GIN index and the array operators, which are not leakproof and so
-- never index conditions under row-level security; the keys are therefore rows of a table of their own, in the C
-- collation, searched with the leakproof ^@ on a btree index led by the organization, kept by a trigger.

-- What separates the words of a name: spaces, apostrophes, hyphens and dashes, full stops and commas.
CREATE FUNCTION search_word_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT regexp_replace(public.fold_for_search(value), '[[:space:]''’‘ʼ`´.,‐‑–—-]+', '', 'g')
$$;
GRANT EXECUTE ON FUNCTION search_word_key(text) TO wcn_app;

-- The keys of a resident's names: for each word, it and the words after it in the same name, run together.
CREATE FUNCTION search_word_keys(first_name text, last_name text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    WITH words AS (
        SELECT name.which, part.word, part.n
        FROM (VALUES (1, first_name), (2, last_name)) AS name (which, value)
        CROSS JOIN LATERAL regexp_split_to_table(public.fold_for_search(name.value),
                                                 '[[:space:]''’‘ʼ`´.,‐‑–—-]+') WITH ORDINALITY AS part (word, n)
        WHERE part.word <> '')
    SELECT DISTINCT (SELECT string_agg(later.word, '' ORDER BY later.n) FROM words AS later
                     WHERE later.which = w.which AND later.n >= w.n)
    FROM words AS w
$$;
REVOKE EXECUTE ON FUNCTION search_word_keys(text, text) FROM PUBLIC;

CREATE TABLE resident_search_words (
    organization_id uuid NOT NULL,
    word            text COLLATE "C" NOT NULL,
    resident_id     uuid NOT NULL,
    -- Led by the organization, as every index a station's query can use: see the security migration. The key's
    -- prefix search runs on this index.
    CONSTRAINT resident_search_words_pkey PRIMARY KEY (organization_id, word, resident_id),
    CONSTRAINT resident_search_words_resident_fkey FOREIGN KEY (organization_id, resident_id)
        REFERENCES residents (organization_id, id)
);
CREATE INDEX idx_resident_search_words_resident ON resident_search_words (organization_id, resident_id);

-- After a resident is added or renamed. SECURITY DEFINER because stations may not write the table; the owner's own
-- session (an import) has no signed-in organization, hence the policies for wcn_functions below.
CREATE FUNCTION keep_resident_search_words() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.first_name IS NOT DISTINCT FROM OLD.first_name AND NEW.last_name IS NOT DISTINCT FROM OLD.last_name
        THEN
            RETURN NULL;
        END IF;
        DELETE FROM resident_search_words WHERE organization_id = OLD.organization_id AND resident_id = OLD.id;
    END IF;
    INSERT INTO resident_search_words (organization_id, word, resident_id)
    SELECT NEW.organization_id, k.word, NEW.id FROM search_word_keys(NEW.first_name, NEW.last_name) AS k (word);
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION keep_resident_search_words() FROM PUBLIC;
CREATE TRIGGER residents_keep_search_words AFTER INSERT OR UPDATE OF first_name, last_name ON residents
    FOR EACH ROW EXECUTE FUNCTION keep_resident_search_words();

INSERT INTO resident_search_words (organization_id, word, resident_id)
SELECT r.organization_id, k.word, r.id FROM residents AS r CROSS JOIN LATERAL search_word_keys(r.first_name, r.last_name)
    AS k (word);

-- A station reads the keys of the residents it may read, and no others (as care plans follow their resident).
ALTER TABLE resident_search_words ENABLE ROW LEVEL SECURITY;
ALTER TABLE resident_search_words FORCE ROW LEVEL SECURITY;
CREATE POLICY resident_search_words_select ON resident_search_words FOR SELECT
    USING (organization_id = (SELECT app_organization_id())
           AND EXISTS (SELECT 1 FROM residents AS r WHERE r.organization_id = resident_search_words.organization_id
                                                      AND r.id = resident_search_words.resident_id));
-- Only keep_resident_search_words() writes, whoever renamed the resident; nobody changes a row.
CREATE POLICY resident_search_words_keep ON resident_search_words FOR SELECT TO wcn_functions
    USING (true);
CREATE POLICY resident_search_words_insert ON resident_search_words FOR INSERT TO wcn_functions
    WITH CHECK (true);
CREATE POLICY resident_search_words_update ON resident_search_words FOR UPDATE
    USING (false) WITH CHECK (false);
CREATE POLICY resident_search_words_delete ON resident_search_words FOR DELETE TO wcn_functions
    USING (true);

SELECT wcn_hand_over(f::regprocedure) FROM unnest(ARRAY['keep_resident_search_words()']) AS f;
GRANT SELECT, INSERT, DELETE ON resident_search_words TO wcn_functions;
GRANT SELECT ON resident_search_words TO wcn_app;
