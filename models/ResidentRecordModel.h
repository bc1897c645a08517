#pragma once

#include "RecordFormModel.h"
#include "ResidentRecord.h"

// A resident's record for QDataWidgetMapper (see RecordFormModel).
using ResidentRecordModel = RecordFormModel<ResidentRecord>;
