-- Description: The administrator of the only organization on a server sees its health in the window: its size, schema version, every table and partition, connections, standbys, the archiver and the oldest open transaction; nobody else does
--
-- Issue 19, point 5 ("Health. For admins: ..."). `writecarenotes-admin status` reads the same as a superuser; a
-- station's login may read neither pg_stat_activity's other sessions nor pg_stat_replication, and should not: these
-- functions, run as the owner, answer only an administrator (organization.manage) of the one organization the
-- database holds (the embedded database of a care home, or a group's own server). On a server shared by several
-- organizations the server's health is the business of whoever runs the server, not of one tenant: the number of
-- rows in a table, the logins connected and their addresses are the other tenants' too, so every function refuses.
-- What they reveal, to her alone: counts and sizes (never a row's content), login and application names, client
-- addresses, the start of the oldest open transaction and whose it is (never its statement), the archiver's file
-- names and times, standby names and lag. The oldest transaction and the connections are this database's only (the
-- superuser's status looks at every database of the server, which may hold other people's), and so are the logical
-- replication slots; the archiver, standbys and physical slots are the whole server's by nature. To see every session's transaction start the owner needs
-- pg_read_all_stats, which `migrate` gives it when run by a superuser (DatabaseRoles); without it the oldest
-- transaction is the oldest the owner can see, and all_sessions_visible says so.

CREATE FUNCTION wcn_require_server_health() RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    IF NOT app_can('organization.manage') THEN
        RAISE EXCEPTION 'only an administrator sees the server''s health' USING ERRCODE = '42501';
    END IF;
    IF (SELECT count(*) FROM organizations) <> 1 THEN
        RAISE EXCEPTION 'this server holds more than one organization: its health is shown to whoever runs it '
                        '(writecarenotes-admin status)' USING ERRCODE = '42501';
    END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION wcn_require_server_health() FROM PUBLIC;

-- One row: the facts about the whole server.
CREATE FUNCTION app_server_health()
    RETURNS TABLE (schema_version integer, database_bytes bigint, in_recovery boolean,
                   all_sessions_visible boolean, oldest_transaction_ms bigint, oldest_transaction_login text,
                   archive_mode text, archived_count bigint, last_archived_wal text, last_archived_ms bigint,
                   failed_count bigint, last_failed_wal text, last_failed_ms bigint, partitions_up_to date,
                   notes_waiting bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    PERFORM wcn_require_server_health();
    RETURN QUERY
    SELECT (SELECT max(v.version) FROM schema_versions AS v),
           pg_database_size(current_database()),
           pg_is_in_recovery(),
           pg_has_role(current_user, 'pg_read_all_stats', 'USAGE'),
           o.started, o.login,
           current_setting('archive_mode'),
           a.archived_count,
           coalesce(a.last_archived_wal, ''),
           floor(extract(epoch FROM a.last_archived_time) * 1000)::bigint,
           a.failed_count,
           coalesce(a.last_failed_wal, ''),
           floor(extract(epoch FROM a.last_failed_time) * 1000)::bigint,
           (SELECT max(to_date(substr(c.relname, 15), '"y"YYYY"m"MM'))
            FROM pg_inherits AS i JOIN pg_class AS c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'public.daily_records'::regclass
              AND c.relname ~ '^daily_records_y[0-9]{4,}m[0-9]{2}$'),
           (SELECT count(*) FROM daily_records_default)
    FROM pg_stat_archiver AS a
    LEFT JOIN (SELECT floor(extract(epoch FROM s.xact_start) * 1000)::bigint AS started,
                      coalesce(s.usename::text, '') AS login
               FROM pg_stat_activity AS s
               WHERE s.datname = current_database() AND s.xact_start IS NOT NULL AND s.pid <> pg_backend_pid()
                 AND s.backend_type = 'client backend'
               ORDER BY s.xact_start LIMIT 1) AS o ON true;
END
$$;

-- The design's performance_metrics, per table and partition of the schema, with each one's size on disk.
CREATE FUNCTION app_table_health()
    RETURNS TABLE (table_name text, live_rows bigint, dead_rows bigint, vacuumed_ms bigint, analyzed_ms bigint,
                   bytes bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    PERFORM wcn_require_server_health();
    RETURN QUERY
    SELECT m.relname::text, m.n_live_tup, m.n_dead_tup,
           floor(extract(epoch FROM greatest(m.last_vacuum, m.last_autovacuum)) * 1000)::bigint,
           floor(extract(epoch FROM greatest(m.last_analyze, m.last_autoanalyze)) * 1000)::bigint,
           pg_total_relation_size(format('%I.%I', m.schemaname, m.relname)::regclass)
    FROM performance_metrics AS m
    WHERE m.schemaname = 'public'
    ORDER BY m.relname;
END
$$;

-- Sessions to this database by login, application and address.
CREATE FUNCTION app_connection_health()
    RETURNS TABLE (login text, application text, address text, sessions integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    PERFORM wcn_require_server_health();
    RETURN QUERY
    SELECT coalesce(s.usename::text, ''), coalesce(s.application_name, ''),
           coalesce(host(s.client_addr), 'local'), count(*)::integer
    FROM pg_stat_activity AS s
    WHERE s.datname = current_database() AND s.backend_type = 'client backend'
    GROUP BY 1, 2, 3
    ORDER BY 4 DESC, 1, 2, 3;
END
$$;

-- Standbys fed by this server, and replication slots no standby holds ('slot').
CREATE FUNCTION app_standby_health()
    RETURNS TABLE (standby_name text, address text, state text, replay_lag_seconds double precision,
                   behind_bytes bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET client_min_messages = error
    SET debug_print_parse = off
    SET debug_print_rewritten = off
    SET debug_print_plan = off
AS $$
BEGIN
    PERFORM wcn_require_server_health();
    IF pg_is_in_recovery() THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT coalesce(r.application_name, ''), coalesce(host(r.client_addr), 'local'), coalesce(r.state, ''),
           coalesce(extract(epoch FROM r.replay_lag), 0)::double precision,
           coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), r.replay_lsn), 0)::bigint
    FROM pg_stat_replication AS r
    UNION ALL
    SELECT p.slot_name::text, '', 'slot', 0::double precision,
           coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), p.restart_lsn), 0)::bigint
    FROM pg_replication_slots AS p
    WHERE NOT p.active AND (p.database IS NULL OR p.database = current_database())
    ORDER BY 1;
END
$$;

REVOKE EXECUTE ON FUNCTION app_server_health(), app_table_health(), app_connection_health(), app_standby_health()
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_server_health(), app_table_health(), app_connection_health(), app_standby_health()
    TO wcn_app;
