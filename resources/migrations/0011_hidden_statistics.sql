-- Description: The planner's statistics hold no value that could identify a person, so a plain EXPLAIN estimates the same rows whether or not another organization has a surname, an NHS number or a date of birth
--
-- ANALYZE builds each column's statistics (most common values, histogram) over every organization's rows, and the
-- planner reads them for leakproof operators even under row-level security: the row estimate of a plain EXPLAIN of
-- "last_name = 'X'" or "nhs_number < 'Y'" told a station whether another organization held such a value, and guessed
-- letter by letter, what it was. Statistics are now kept only for columns whose values identify nobody (see
-- statistics_kept), in every table under row-level security and every partition of one, and for no index
-- expression; the planner falls back to its default selectivities for the rest.

-- Whether a column keeps its statistics: random identifiers (uuid: ids, foreign keys, organization_id, facility_id),
-- booleans, short codes from a fixed list (type, status, role, ...), the times a row was written, and the day of a
-- shift note (the partition key). These say how many rows there are of each kind and when they were written, never
-- who they are about. Everything else (names, NHS numbers, dates, rooms, emails, free text, JSON, numbers, arrays)
-- keeps none. A column added later keeps statistics until hide_statistics runs on its table, and
-- TestAttackStatistics fails until it does.
CREATE FUNCTION statistics_kept(table_name text, column_name text, column_type regtype) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT column_type IN ('uuid'::regtype, 'boolean'::regtype)
        OR (column_type = 'timestamp with time zone'::regtype
            AND column_name IN ('created_at', 'updated_at', 'occurred_at', 'recorded_at', 'changed_at', 'chosen_at'))
        OR (column_type = 'character varying'::regtype
            AND column_name IN ('type', 'status', 'role', 'event', 'shift', 'choice', 'band', 'allergy_status',
                                'subscription_tier', 'table_name'))
        OR (table_name = 'daily_records' AND column_name = 'date' AND column_type = 'date'::regtype)
        -- What kinds of care a note records, made by the server from a fixed list: the timeline's filter by kind
        -- needs its frequencies to page down its index rather than sort every note of a resident.
        OR (table_name = 'daily_records' AND column_name = 'categories' AND column_type = 'text[]'::regtype)
$$;
REVOKE EXECUTE ON FUNCTION statistics_kept(text, text, regtype) FROM PUBLIC;

-- Sets the statistics target of every column of the table that statistics_kept refuses, and of every expression of
-- its indexes (pg_statistic keeps those too, e.g. lower(email)), to 0: ANALYZE then gathers nothing for them. A
-- partition is judged by its root table's name (pg_partition_root is NULL for a table that is not partitioned). Statistics already gathered stay until removed (below).
CREATE FUNCTION hide_statistics(target regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    root   text := (SELECT c.relname FROM pg_class AS c WHERE c.oid = coalesce(pg_partition_root(target), target));
    column_name name;
    expression_index regclass;
    column_number smallint;
BEGIN
    FOR column_name IN
        SELECT a.attname FROM pg_attribute AS a
        WHERE a.attrelid = target AND a.attnum > 0 AND NOT a.attisdropped AND a.attstattarget <> 0
          AND NOT statistics_kept(root, a.attname, a.atttypid::regtype)
        ORDER BY a.attnum
    LOOP
        EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET STATISTICS 0', target, column_name);
    END LOOP;
    -- Expression columns only (indkey 0): PostgreSQL keeps no statistics for an index's plain columns.
    FOR expression_index, column_number IN
        SELECT x.indexrelid::regclass, a.attnum FROM pg_index AS x
        JOIN pg_class AS i ON i.oid = x.indexrelid AND i.relkind = 'i'
        JOIN pg_attribute AS a ON a.attrelid = x.indexrelid AND a.attnum > 0
        WHERE x.indrelid = target AND x.indkey[a.attnum - 1] = 0 AND a.attstattarget <> 0
    LOOP
        EXECUTE format('ALTER INDEX %s ALTER COLUMN %s SET STATISTICS 0', expression_index, column_number);
    END LOOP;
END
$$;
REVOKE EXECUTE ON FUNCTION hide_statistics(regclass) FROM PUBLIC;

-- Every table holding an organization's rows has row-level security; with its partitions, they are the tables whose
-- statistics a station's plan can read.
CREATE FUNCTION tables_with_hidden_statistics() RETURNS SETOF regclass
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT c.oid::regclass FROM pg_class AS c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
      AND (c.relrowsecurity OR (c.relispartition AND (SELECT r.relrowsecurity FROM pg_class AS r
                                                      WHERE r.oid = pg_partition_root(c.oid))))
    ORDER BY c.relname
$$;
REVOKE EXECUTE ON FUNCTION tables_with_hidden_statistics() FROM PUBLIC;

-- Statistics gathered before this migration. ANALYZE leaves a column's old pg_statistic row in place once its
-- target is 0, so they must be removed. Only a superuser may delete from pg_statistic: when the session that migrates
-- is one (the embedded database, the tests, and a shared server set up as the README says), it does so for a moment
-- as itself. Otherwise the owner makes PostgreSQL drop them by changing each column to its own type (which also
-- re-creates its indexes, so this comes before the targets are set); PostgreSQL refuses that for a column that a
-- view, a trigger's column list or a generated column uses, and those keep their old statistics until a superuser
-- runs "SELECT remove_hidden_statistics()" as themselves (the README says so).
CREATE FUNCTION remove_hidden_statistics() RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    removed integer;
BEGIN
    DELETE FROM pg_statistic AS s
    USING pg_attribute AS a
    WHERE a.attrelid = s.starelid AND a.attnum = s.staattnum AND a.attstattarget = 0
      AND (s.starelid IN (SELECT tables_with_hidden_statistics())
           OR s.starelid IN (SELECT x.indexrelid FROM pg_index AS x
                             WHERE x.indrelid IN (SELECT tables_with_hidden_statistics())));
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;
REVOKE EXECUTE ON FUNCTION remove_hidden_statistics() FROM PUBLIC;

DO $$
DECLARE
    target regclass;
    column_name name;
    column_type text;
    column_collation text;
    expression_index regclass;
    definition text;
    acting_as name := current_user;
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_roles AS r WHERE r.rolname = session_user) THEN
        FOR target, column_name, column_type, column_collation IN
            SELECT t.t, a.attname, format_type(a.atttypid, a.atttypmod),
                   CASE WHEN a.attcollation <> 0 THEN format(' COLLATE %s', a.attcollation::regcollation) ELSE '' END
            FROM tables_with_hidden_statistics() AS t (t)
            JOIN pg_class AS c ON c.oid = t.t AND NOT c.relispartition -- a partitioned table's change recurses
            JOIN pg_attribute AS a ON a.attrelid = t.t AND a.attnum > 0 AND NOT a.attisdropped
            WHERE NOT statistics_kept(c.relname, a.attname, a.atttypid::regtype)
            ORDER BY c.relname, a.attnum
        LOOP
            BEGIN
                EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE %s%s', target, column_name, column_type,
                               column_collation);
            EXCEPTION WHEN feature_not_supported THEN
                NULL; -- used by a view, a trigger's column list or a generated column: left to a superuser
            END;
        END LOOP;
        -- An index's expression statistics go with the index: each expression index is made again as it was.
        -- (A partitioned table's index, made again, makes its partitions' again.)
        FOR expression_index, definition IN
            SELECT x.indexrelid::regclass, pg_get_indexdef(x.indexrelid) FROM pg_index AS x
            JOIN pg_class AS c ON c.oid = x.indrelid AND NOT c.relispartition
            WHERE x.indrelid IN (SELECT tables_with_hidden_statistics()) AND x.indexprs IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM pg_constraint AS k WHERE k.conindid = x.indexrelid)
        LOOP
            EXECUTE format('DROP INDEX %s', expression_index);
            EXECUTE definition;
        END LOOP;
    END IF;

    FOR target IN SELECT tables_with_hidden_statistics() LOOP
        PERFORM hide_statistics(target);
    END LOOP;

    IF (SELECT r.rolsuper FROM pg_roles AS r WHERE r.rolname = session_user) THEN
        EXECUTE 'RESET ROLE';
        PERFORM remove_hidden_statistics();
        IF acting_as <> session_user THEN
            EXECUTE format('SET ROLE %I', acting_as);
        END IF;
    END IF;
END
$$;

-- New partitions: made by create_daily_record_partition, which calls this on each.
CREATE OR REPLACE FUNCTION apply_daily_record_storage_settings(partition regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s SET (autovacuum_vacuum_threshold = 1000, autovacuum_analyze_threshold = 1000, '
                   'autovacuum_vacuum_scale_factor = 0.2)', partition);
    PERFORM hide_statistics(partition);
END
$$;
REVOKE EXECUTE ON FUNCTION apply_daily_record_storage_settings(regclass) FROM PUBLIC;
