// Compiled into every test executable (not the support library, whose unused objects the linker drops): the app's
// clock is set from WCN_TEST_NOW before main() runs, so a suite runs at the instant ctest chose for it.
#include "TestInstants.h"

namespace {

const bool clockSet = [] {
    TestInstants::applyEnvironment();
    return true;
}();

} // namespace
