#include "extract/metrics.h"

#include <algorithm>

namespace newsfacts::extract::metrics {

bool IsMetric(std::string_view metric) {
  return std::find(kAllMetrics.begin(), kAllMetrics.end(), metric) != kAllMetrics.end();
}

bool IsRateLabel(std::string_view m) {
  return m == kUnemploymentRate || m == kInflationRate || m == kInterestRate || m == kTaxRate ||
         m == kVoteShare || m == kMarketShare || m == kMargin;
}

bool IsPointInTime(std::string_view metric) {
  static constexpr std::array<std::string_view, 21> kPointInTime = {
      kStake,     kMarketShare, kValuation, kDealValue,  kSalary, kEmployees,    kUsers,
      kCompanies, kSites,       kVotes,     kVoteShare,  kCases,  kInterestRate, kTaxRate,
      kSpend,     kPurchases,   kPrice,     kPopulation, kBudget, kAssets,       kFunding};
  return std::find(kPointInTime.begin(), kPointInTime.end(), metric) != kPointInTime.end();
}

}  // namespace newsfacts::extract::metrics
