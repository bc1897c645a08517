#pragma once

#include "common/RecordFormModel.h"
#include "residents/ResidentRecord.h"

// A resident's record for QDataWidgetMapper (see RecordFormModel).
using ResidentRecordModel = RecordFormModel<ResidentRecord>;
