#pragma once

// Which kind of record a history is about: the record_history table keeps both.
enum class RecordKind
{
    Resident,
    CarePlan
};
