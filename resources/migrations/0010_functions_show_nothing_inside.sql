-- Description: The functions stations call show nothing of what they do inside: no plan or parse tree to the server's log or to the caller, and no message below an error to the caller
--
-- Any session may ask for the plan tree of every statement it runs (debug_print_plan, debug_print_parse,
-- debug_print_rewritten are settings every role may change), and for LOG messages (client_min_messages = log). The
-- plan of a statement inside a function shows its values as constants: inside app_begin_sign_in, in a transaction
-- the caller then rolls back, they told a wrong password from a right one before anything was committed (measured on
-- schema 8: 'sign_in_failed' and 'invalid' against 'verified'), and they would show what a function reads to whoever
-- calls it and put it in the server's log. A function's own SET wins over the caller's for as long as it runs.
--
-- Every SECURITY DEFINER function of the schema gets these settings, those of earlier migrations included. A later
-- migration that creates or replaces one must give it the same SET clauses (CREATE OR REPLACE replaces them);
-- TestAttackServerLog::everyFunctionStationsCallHidesItsInside checks that none lacks them.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure FROM pg_proc AS p
        WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef
          AND p.proowner IN ('wcn_owner'::regrole, 'wcn_functions'::regrole)
        ORDER BY 1
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET client_min_messages = error SET debug_print_parse = off '
                       'SET debug_print_rewritten = off SET debug_print_plan = off', f);
    END LOOP;
END
$$;
