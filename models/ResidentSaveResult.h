#pragma once

#include "ResidentRecord.h"
#include "SaveResult.h"

using ResidentSaveResult = SaveResult<ResidentRecord>;
