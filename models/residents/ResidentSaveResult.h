#pragma once

#include "common/SaveResult.h"
#include "residents/ResidentRecord.h"

using ResidentSaveResult = SaveResult<ResidentRecord>;
