#include "database/AppendOnlyGuard.h"

#include "database/PgSession.h"

namespace {

// Run by a superuser. Every object here belongs to that superuser, in a schema the owner may not use: the owner of a
// schema may drop anything in it, and public belongs to the database's owner. Functions resolve names in pg_catalog
// only (never public, which wcn_owner controls: these run with a superuser's rights). An event trigger can be made,
// altered or dropped only by a superuser, and its function cannot be called in any other way.
const char guardScript[] = R"sql(
DO $$
BEGIN
    -- The guard's schema must be a superuser's: the owner of a schema may drop anything in it. One made earlier by
    -- somebody else (the database's owner may create schemas) is not trusted, nor anything in it.
    IF EXISTS (SELECT FROM pg_namespace AS n JOIN pg_roles AS r ON r.oid = n.nspowner
               WHERE n.nspname = 'wcn_guard' AND NOT r.rolsuper) THEN
        DROP SCHEMA wcn_guard CASCADE;
    END IF;
END
$$;
CREATE SCHEMA IF NOT EXISTS wcn_guard;
REVOKE ALL ON SCHEMA wcn_guard FROM PUBLIC;

-- What the guard keeps unchanged, as it was after the last change a superuser made: kind, object, fingerprint.
CREATE TABLE IF NOT EXISTS wcn_guard.protected (
    kind        text NOT NULL,
    object      oid  NOT NULL,
    fingerprint text NOT NULL,
    PRIMARY KEY (kind, object)
);
REVOKE ALL ON wcn_guard.protected FROM PUBLIC;

-- Whether a function is one of the schema's refusing trigger functions (public.refuse_*).
CREATE OR REPLACE FUNCTION wcn_guard.refusing(function oid) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
SELECT EXISTS (SELECT FROM pg_catalog.pg_proc AS p JOIN pg_catalog.pg_namespace AS n ON n.oid = p.pronamespace
               WHERE p.oid = function AND n.nspname = 'public' AND p.proname LIKE 'refuse\_%')
$$;
REVOKE ALL ON FUNCTION wcn_guard.refusing(oid) FROM PUBLIC;

-- The append-only tables are those with a trigger whose function is named refuse_* (in public): such a trigger,
-- its function, its table (and every partition of it) and the partitions' attachment, each with what must not
-- change: for a table its name, schema, owner, kind, persistence, row security, rules, columns (names and
-- types), its defaults, what its constraints and indexes call, and its other triggers; for a trigger its table, function, events and whether it is enabled; for a function its code, language,
-- owner, settings and security. Storage settings and statistics targets are not part of it (maintenance sets them).
CREATE OR REPLACE FUNCTION wcn_guard.current_state()
    RETURNS TABLE (kind text, object oid, fingerprint text)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    -- Definitions and constants printed alike whoever asks, whatever their session's settings.
    SET bytea_output = 'hex'
    SET DateStyle = 'ISO, YMD'
    SET IntervalStyle = 'postgres'
    SET extra_float_digits = 1
    SET TimeZone = 'UTC'
AS $$
WITH triggers AS (
    SELECT t.oid, t.tgrelid, t.tgfoid, t.tgtype, t.tgenabled, t.tgattr, t.tgqual IS NULL AS unconditional
    FROM pg_catalog.pg_trigger AS t
    WHERE NOT t.tgisinternal AND wcn_guard.refusing(t.tgfoid)
), tables AS (
    SELECT tgrelid AS oid FROM triggers
    UNION
    SELECT tree.relid
    FROM (SELECT DISTINCT tgrelid FROM triggers) AS protected,
         LATERAL pg_catalog.pg_partition_tree(protected.tgrelid) AS tree
)
SELECT 'trigger', t.oid,
       pg_catalog.concat_ws('|', t.tgrelid, t.tgfoid, t.tgtype, t.tgenabled, t.tgattr::text, t.unconditional)
FROM triggers AS t
UNION ALL
SELECT 'function', p.oid,
       pg_catalog.md5(pg_catalog.concat_ws('|', p.pronamespace, p.proowner, p.prolang, p.prosecdef, p.proleakproof,
                                           p.proisstrict, p.provolatile, p.proconfig::text, p.prorettype,
                                           p.proargtypes::text, p.probin, p.prosrc))
FROM pg_catalog.pg_proc AS p
WHERE p.oid IN (SELECT tgfoid FROM triggers)
   -- And the archive's (migration 33): its function, the one role that may remove (wcn_archiver) runs it; what it
   -- and the refusing functions call; the row audit its removals fire; and what verifies the log and the rows, which
   -- would otherwise hide whatever the owner did.
   OR (p.pronamespace = 'public'::pg_catalog.regnamespace
       AND (p.proname LIKE 'wcn\_archive\_%'
            OR p.proname IN ('wcn_redacted_details', 'wcn_audit_entry_text', 'wcn_audit_entry_hash', 'audit_row_change',
                             'wcn_audit_row', 'wcn_audit_row_hash', 'wcn_verify_audit_chain',
                             'wcn_verify_audited_rows')))
UNION ALL
SELECT 'table', c.oid,
       pg_catalog.md5(pg_catalog.concat_ws('|', c.relname, c.relnamespace, c.relowner, c.relkind, c.relpersistence,
                                           c.relrowsecurity, c.relforcerowsecurity,
                                           EXISTS (SELECT FROM pg_catalog.pg_rewrite AS r WHERE r.ev_class = c.oid),
                                           (SELECT pg_catalog.string_agg(pg_catalog.concat_ws(':', a.attnum, a.attname,
                                                                                              a.atttypid, a.atttypmod,
                                                                                              a.attisdropped,
                                                                                              a.attgenerated),
                                                                         ',' ORDER BY a.attnum)
                                            FROM pg_catalog.pg_attribute AS a
                                            WHERE a.attrelid = c.oid AND a.attnum > 0),
                                           -- What else runs when a row is written or removed, as whoever writes it:
                                           -- the functions and operators of the database's own (not the built-in
                                           -- ones) that its constraints and indexes use, its defaults, and every other
                                           -- trigger (migration 33's archive must know all of it; a refusing one is
                                           -- kept on its own, as partition maintenance adds those). A partition's
                                           -- copies of its table's are the table's: attaching one adds them.
                                           (SELECT pg_catalog.string_agg(DISTINCT dep.refclassid || ':' || dep.refobjid,
                                                                         ',' ORDER BY dep.refclassid || ':' || dep.refobjid)
                                            FROM pg_catalog.pg_depend AS dep
                                            WHERE dep.refclassid IN ('pg_catalog.pg_proc'::pg_catalog.regclass,
                                                                     'pg_catalog.pg_operator'::pg_catalog.regclass)
                                              AND dep.refobjid >= 16384 -- FirstNormalObjectId: not built in
                                              AND ((dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                                    AND dep.objid IN (SELECT x.indexrelid FROM pg_catalog.pg_index AS x
                                                                      WHERE x.indrelid = c.oid
                                                                        AND NOT EXISTS (
                                                                            SELECT FROM pg_catalog.pg_inherits AS xi
                                                                            WHERE xi.inhrelid = x.indexrelid)))
                                                   OR (dep.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
                                                       AND dep.objid IN (SELECT k.oid FROM pg_catalog.pg_constraint AS k
                                                                         WHERE k.conrelid = c.oid
                                                                           AND k.conparentid = 0)))),
                                           -- (and the defaults themselves: an entry's time is its default's)
                                           (SELECT pg_catalog.string_agg(pg_catalog.concat_ws(':', d.adnum,
                                                                                              pg_catalog.pg_get_expr(d.adbin,
                                                                                                                     d.adrelid)),
                                                                         ',' ORDER BY d.adnum)
                                            FROM pg_catalog.pg_attrdef AS d WHERE d.adrelid = c.oid),
                                           (SELECT pg_catalog.string_agg(pg_catalog.concat_ws(':', g.tgname, g.tgfoid,
                                                                                              g.tgtype, g.tgenabled,
                                                                                              pg_catalog.encode(g.tgargs, 'hex'),
                                                                                              g.tgqual IS NULL),
                                                                         ',' ORDER BY g.tgname)
                                            FROM pg_catalog.pg_trigger AS g
                                            WHERE g.tgrelid = c.oid AND NOT g.tgisinternal AND g.tgparentid = 0
                                              AND NOT wcn_guard.refusing(g.tgfoid))))
FROM pg_catalog.pg_class AS c
WHERE c.oid IN (SELECT oid FROM tables)
UNION ALL
SELECT 'partition', i.inhrelid, pg_catalog.concat_ws('|', i.inhparent, i.inhdetachpending)
FROM pg_catalog.pg_inherits AS i
WHERE i.inhparent IN (SELECT oid FROM tables)
$$;
REVOKE ALL ON FUNCTION wcn_guard.current_state() FROM PUBLIC;

-- What the owner's last command broke: each protected object changed or gone, and each partition of a table that
-- refuses TRUNCATE which does not refuse it too (TRUNCATE fires no row trigger, and its triggers are not inherited).
CREATE OR REPLACE FUNCTION wcn_guard.violations() RETURNS SETOF text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
SELECT pg_catalog.format('%s %s', p.kind,
                         CASE p.kind
                             WHEN 'function' THEN p.object::pg_catalog.regprocedure::text
                             WHEN 'trigger' THEN coalesce((SELECT pg_catalog.format('%I on %s', t.tgname,
                                                                                    t.tgrelid::regclass)
                                                           FROM pg_catalog.pg_trigger AS t WHERE t.oid = p.object),
                                                          p.object::text)
                             ELSE p.object::pg_catalog.regclass::text
                         END)
FROM wcn_guard.protected AS p
LEFT JOIN wcn_guard.current_state() AS c ON c.kind = p.kind AND c.object = p.object
WHERE c.fingerprint IS DISTINCT FROM p.fingerprint
UNION ALL
SELECT pg_catalog.format('partition %s refuses no TRUNCATE', tree.relid::regclass)
FROM pg_catalog.pg_trigger AS t
CROSS JOIN LATERAL pg_catalog.pg_partition_tree(t.tgrelid) AS tree
WHERE NOT t.tgisinternal AND wcn_guard.refusing(t.tgfoid) AND t.tgtype & 32 <> 0 -- TRUNCATE
  AND t.tgenabled <> 'D' AND tree.relid <> t.tgrelid
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_trigger AS pt
                  WHERE pt.tgrelid = tree.relid AND NOT pt.tgisinternal AND wcn_guard.refusing(pt.tgfoid)
                    AND pt.tgtype & 32 <> 0 AND pt.tgenabled = t.tgenabled)
$$;
REVOKE ALL ON FUNCTION wcn_guard.violations() FROM PUBLIC;

-- Whether the session's user (not the role it has set) is a superuser: only a superuser may change what is
-- append-only; anyone else's command that would is undone.
CREATE OR REPLACE FUNCTION wcn_guard.superuser_session() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user
$$;
REVOKE ALL ON FUNCTION wcn_guard.superuser_session() FROM PUBLIC;

CREATE OR REPLACE FUNCTION wcn_guard.refuse(what text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'only a PostgreSQL superuser may change how an append-only table is kept (%)', what
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'run the migration that needs it with "writecarenotes-admin migrate" as a superuser';
END
$$;
REVOKE ALL ON FUNCTION wcn_guard.refuse(text) FROM PUBLIC;

-- After every DDL command. A superuser's changes become the new state to keep; anyone else's must leave every
-- protected object as it was, and whatever they made append-only (a new partition) is kept from then on.
-- SECURITY DEFINER (its owner is the superuser who installed it) so that it may record that in wcn_guard, which
-- nobody else may touch; an event trigger function cannot be called in any other way.
CREATE OR REPLACE FUNCTION wcn_guard.after_command() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    broken text;
BEGIN
    IF wcn_guard.superuser_session() THEN
        -- Looked at again only when the command touched what is kept, made a trigger, a function (one the guard
        -- keeps by name), an index or a partition of a kept table: migrations run hundreds of commands.
        IF EXISTS (SELECT FROM pg_catalog.pg_event_trigger_ddl_commands() AS c
                   WHERE c.command_tag IN ('CREATE TRIGGER', 'CREATE FUNCTION', 'ALTER FUNCTION', 'CREATE INDEX',
                                           'ALTER INDEX')
                      OR c.objid IN (SELECT object FROM wcn_guard.protected)
                      OR c.objid IN (SELECT i.inhrelid FROM pg_catalog.pg_inherits AS i
                                     JOIN wcn_guard.protected AS p ON p.kind = 'table' AND p.object = i.inhparent))
        THEN
            DELETE FROM wcn_guard.protected;
            INSERT INTO wcn_guard.protected SELECT * FROM wcn_guard.current_state();
        END IF;
        RETURN;
    END IF;
    SELECT pg_catalog.string_agg(v, ', ') INTO broken FROM wcn_guard.violations() AS v;
    IF broken IS NOT NULL THEN
        PERFORM wcn_guard.refuse(broken);
    END IF;
    INSERT INTO wcn_guard.protected SELECT * FROM wcn_guard.current_state() ON CONFLICT DO NOTHING;
END
$$;
REVOKE ALL ON FUNCTION wcn_guard.after_command() FROM PUBLIC;

CREATE OR REPLACE FUNCTION wcn_guard.before_drop() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET client_min_messages = error
AS $$
DECLARE
    dropped text;
BEGIN
    IF wcn_guard.superuser_session() THEN
        DELETE FROM wcn_guard.protected
        WHERE object IN (SELECT objid FROM pg_catalog.pg_event_trigger_dropped_objects());
        RETURN;
    END IF;
    SELECT pg_catalog.string_agg(d.object_type || ' ' || d.object_identity, ', ') INTO dropped
    FROM pg_catalog.pg_event_trigger_dropped_objects() AS d
    WHERE EXISTS (SELECT FROM wcn_guard.protected AS p WHERE p.object = d.objid);
    IF dropped IS NOT NULL THEN
        PERFORM wcn_guard.refuse('dropping ' || dropped);
    END IF;
END
$$;
REVOKE ALL ON FUNCTION wcn_guard.before_drop() FROM PUBLIC;

-- Before a table's rows are rewritten (ALTER COLUMN ... TYPE ... USING, SET UNLOGGED, ...).
CREATE OR REPLACE FUNCTION wcn_guard.before_rewrite() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET client_min_messages = error
AS $$
BEGIN
    IF NOT wcn_guard.superuser_session()
       AND EXISTS (SELECT FROM wcn_guard.protected
                   WHERE kind = 'table' AND object = pg_catalog.pg_event_trigger_table_rewrite_oid()) THEN
        PERFORM wcn_guard.refuse('rewriting ' || pg_catalog.pg_event_trigger_table_rewrite_oid()::regclass::text);
    END IF;
END
$$;
REVOKE ALL ON FUNCTION wcn_guard.before_rewrite() FROM PUBLIC;

DROP EVENT TRIGGER IF EXISTS wcn_append_only_after_command;
DROP EVENT TRIGGER IF EXISTS wcn_append_only_before_drop;
DROP EVENT TRIGGER IF EXISTS wcn_append_only_before_rewrite;
CREATE EVENT TRIGGER wcn_append_only_after_command ON ddl_command_end
    EXECUTE FUNCTION wcn_guard.after_command();
CREATE EVENT TRIGGER wcn_append_only_before_drop ON sql_drop
    EXECUTE FUNCTION wcn_guard.before_drop();
CREATE EVENT TRIGGER wcn_append_only_before_rewrite ON table_rewrite
    EXECUTE FUNCTION wcn_guard.before_rewrite();

-- The state to keep from now on.
DELETE FROM wcn_guard.protected;
INSERT INTO wcn_guard.protected SELECT * FROM wcn_guard.current_state();
)sql";

} // namespace

Result<> AppendOnlyGuard::install(const PgSession &session)
{
    const PgResult result = session.execScript(QString::fromUtf8(guardScript));
    if (result.ok())
        return Result<>::done();
    return Result<>::failed(
        tr("The guard of the append-only tables cannot be installed (%1): run this as a PostgreSQL superuser.")
            .arg(result.error().message));
}

bool AppendOnlyGuard::isInstalled(const PgSession &session)
{
    return session
               .exec(QStringLiteral("SELECT count(*) = 3 AS installed FROM pg_catalog.pg_event_trigger "

                                    "WHERE evtname IN ('wcn_append_only_after_command', 'wcn_append_only_before_drop', "
                                    "'wcn_append_only_before_rewrite') AND evtenabled <> 'D'"))
               .text(0, "installed") == QLatin1String("t");
}

QString AppendOnlyGuard::missingWarning()
{
    return tr("Warning: this database has no guard of its append-only tables (no PostgreSQL superuser has migrated "
              "it), so anyone who can act as its owner role wcn_owner can disable their triggers and rewrite or "
              "delete shift notes, assessments and audit entries: run \"writecarenotes-admin migrate\" once as a "
              "superuser to install it.");
}
