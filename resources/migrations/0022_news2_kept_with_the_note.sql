-- Description: Each shift note keeps whether its observations call for an escalation by NEWS2, computed by the database as the note is written, so that the manager's home screen finds the last day's high scores of a whole group without scoring every note again
--
-- Issue 17, point 4. The home screen lists, for every home of a manager, the notes of the last 24 hours whose NEWS2
-- is 5 or more or 3 in one parameter. Scoring each note's observations as it reads them called news2() for every note
-- of the day: about 16,000 calls for a group of 200 homes, a quarter of a second before row-level security, and more
-- with every note. The answer is now kept with the note: news2_escalation, set by the database from the
-- observations on every insert (a station's value, if it sent one, is replaced), stations and the owner's imports
-- alike. NULL for notes written before this migration (notes are never changed, so none is filled in afterwards):
-- whoever reads it scores those itself, and after a day none of the home screen's notes is one of them.
ALTER TABLE daily_records ADD COLUMN news2_escalation boolean;

CREATE FUNCTION keep_daily_record_news2() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    NEW.news2_escalation := CASE WHEN jsonb_typeof(NEW.observations) = 'object' AND NEW.observations <> '{}'
                                 THEN (news2(NEW.observations)).escalation_required ELSE false END;
    RETURN NEW;
END
$$;
REVOKE EXECUTE ON FUNCTION keep_daily_record_news2() FROM PUBLIC;
CREATE TRIGGER daily_records_keep_news2 BEFORE INSERT ON daily_records
    FOR EACH ROW EXECUTE FUNCTION keep_daily_record_news2();
