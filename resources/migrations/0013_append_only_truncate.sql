-- Description: Append-only tables refuse TRUNCATE too, every partition of the shift notes included, present and future
--
-- The append-only tables (audit_log, record_history, resident_events, care_plan_reviews, daily_records and its
-- partitions, assessments, assessment_follow_ups) refuse UPDATE and DELETE by a row trigger, but TRUNCATE fires no
-- row trigger: only audit_log and record_history refused it, so the schema's owner could empty the others (notes,
-- assessments, reviews, a resident's events) with one statement. Each now refuses it with its own refusing function.
-- A TRUNCATE trigger on a partitioned table is not inherited by its partitions, so each partition has its own, and
-- create_daily_record_partition gives each new one its own before attaching it.
--
-- Convention the append-only guard relies on (AppendOnlyGuard, installed by a superuser beside the roles): a table is
-- append-only when a trigger of it calls a function of this schema named refuse_*. The guard then refuses anyone but a
-- superuser any DDL that would disable, drop or change such a trigger or function, change the table's columns, owner,
-- name or row security, rewrite it, add a rule to it, or detach or drop one of its partitions; and it requires every
-- partition of a partitioned append-only table to refuse TRUNCATE.

CREATE FUNCTION refuse_truncate() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: it is never emptied', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege', TABLE = TG_TABLE_NAME;
END
$$;
REVOKE EXECUTE ON FUNCTION refuse_truncate() FROM PUBLIC;

CREATE TRIGGER resident_events_never_truncated BEFORE TRUNCATE ON resident_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER care_plan_reviews_never_truncated BEFORE TRUNCATE ON care_plan_reviews
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER assessments_never_truncated BEFORE TRUNCATE ON assessments
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER assessment_follow_ups_never_truncated BEFORE TRUNCATE ON assessment_follow_ups
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER daily_records_never_truncated BEFORE TRUNCATE ON daily_records
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

DO $$
DECLARE
    partition regclass;
BEGIN
    FOR partition IN SELECT relid FROM pg_partition_tree('public.daily_records')
                     WHERE relid <> 'public.daily_records'::regclass
    LOOP
        EXECUTE format('CREATE TRIGGER daily_records_never_truncated BEFORE TRUNCATE ON %s '
                       'FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate()', partition);
    END LOOP;
END
$$;

-- As in the security migration, with the partition's own TRUNCATE trigger before it is attached.
CREATE OR REPLACE FUNCTION create_daily_record_partition(month_start date) RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    first_day      date := date_trunc('month', month_start)::date;
    next_first_day date := (date_trunc('month', month_start) + interval '1 month')::date;
    partition_name text := format('daily_records_y%sm%s', to_char(first_day, 'FMYYYY'), to_char(first_day, 'MM'));
BEGIN
    IF to_regclass(format('public.%I', partition_name)) IS NOT NULL THEN
        RETURN false;
    END IF;
    -- ATTACH needs this lock on the default partition anyway. Taken first, it also stops a note for this month
    -- arriving in the default partition between the move below and the ATTACH (which would then fail).
    LOCK TABLE public.daily_records_default IN ACCESS EXCLUSIVE MODE;
    EXECUTE format('CREATE TABLE public.%I (LIKE public.daily_records INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                   partition_name);
    -- Row-level security before any row arrives; the owner (running this) alone may maintain it directly.
    EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', partition_name);
    EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', partition_name);
    EXECUTE format('CREATE POLICY no_direct_access ON public.%I USING (false) WITH CHECK (false)', partition_name);
    EXECUTE format('CREATE TRIGGER daily_records_never_truncated BEFORE TRUNCATE ON public.%I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate()', partition_name);
    EXECUTE format('WITH moved AS (DELETE FROM public.daily_records_default WHERE date >= $1 AND date < $2 '
                   'RETURNING *) INSERT INTO public.%I SELECT * FROM moved', partition_name)
        USING first_day, next_first_day;
    EXECUTE format('ALTER TABLE public.daily_records ATTACH PARTITION public.%I FOR VALUES FROM (%L) TO (%L)',
                   partition_name, first_day, next_first_day);
    PERFORM apply_daily_record_storage_settings(format('public.%I', partition_name)::regclass);
    RETURN true;
END
$$;
REVOKE EXECUTE ON FUNCTION create_daily_record_partition(date) FROM PUBLIC;
