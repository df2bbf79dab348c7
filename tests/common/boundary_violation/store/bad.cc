// Fixture of the module_boundaries_detect_violations test: figure_finder.h is private.
#include "extract/figure_finder.h"
