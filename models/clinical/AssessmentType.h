#pragma once

// The assessment tools a home keeps up to date (assessments.type holds the key AssessmentTools gives each).
enum class AssessmentType
{
    Must,
    Waterlow,
    Falls,
    AbbeyPain,
    Barthel,
    News2
};
