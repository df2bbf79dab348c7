// Fixture of the module_boundaries_detect_violations test: extract/ must not use store/.
#include "store/store.h"
