#include "extract/metrics.h"

#include <algorithm>

namespace newsfacts::extract::metrics {

bool IsMetric(std::string_view metric) {
  return std::find(kAllMetrics.begin(), kAllMetrics.end(), metric) != kAllMetrics.end();
}

}  // namespace newsfacts::extract::metrics
