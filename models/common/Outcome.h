#pragma once

// What became of something asked of the program (see Result). The domain's answers are outcomes too, so that a
// caller decides with one switch what the person at the station is told and whether the form may be cleared.
enum class Outcome
{
    Done,        // did what was asked
    AlreadyDone, // a retry of what the server already has (a note from the station's queue): nothing to do
    Queued,      // kept in the station's encrypted queue, to be done when the server is back
    Conflict,    // someone else saved first: the value is the record as they left it
    Refused,     // a rule or the server said no: the message says why and what to do, the field where
    Unreachable, // the server could not be reached: nothing was done; keep what was typed and try again
    Failed       // anything else that went wrong: the message says what
};
