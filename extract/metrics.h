#pragma once
// The closed vocabulary of figure metrics ("what a figure measures"). Every non-empty
// Figure::metric is one of kAllMetrics. The set is the output contract of
// ../shared/gold/METRICS.md; extract/METRICS.md describes each label with its cue words in
// German, Spanish and English, and MetricClassifier (metric_classifier.h) assigns them.
//
// Thread-safety: constants and pure functions only.

#include <array>
#include <string_view>

namespace newsfacts::extract::metrics {

// money
inline constexpr std::string_view kRevenue = "revenue";         // sales / turnover in money
inline constexpr std::string_view kProfit = "profit";           // any profit or earnings measure
inline constexpr std::string_view kLoss = "loss";               // a loss
inline constexpr std::string_view kBudget = "budget";           // planned spending
inline constexpr std::string_view kInvestment = "investment";   // money invested / to invest
inline constexpr std::string_view kSpend = "spend";             // money spent, costs, capex
inline constexpr std::string_view kPrice = "price";             // price of one item or share
inline constexpr std::string_view kValuation = "valuation";     // company value, market cap
inline constexpr std::string_view kFunding = "funding";         // rounds, loans, aid, bailouts
inline constexpr std::string_view kDealValue = "deal_value";    // acquisition, contract, order
inline constexpr std::string_view kDebt = "debt";               // debt, liabilities, deficits
inline constexpr std::string_view kMarketSize = "market_size";  // size of a whole market
inline constexpr std::string_view kDividend = "dividend";       // dividend paid
inline constexpr std::string_view kSalary = "salary";           // pay, wages, bonuses, fees
inline constexpr std::string_view kTax = "tax";                 // taxes, levies, duties, fines
inline constexpr std::string_view kAssets = "assets";           // assets, reserves, deposits
inline constexpr std::string_view kTrade = "trade";             // exports, imports, balance
// percent
inline constexpr std::string_view kMarketShare = "market_share";  // share of a market
inline constexpr std::string_view kStake = "stake";               // ownership share
inline constexpr std::string_view kGrowth = "growth";             // change rate of anything
inline constexpr std::string_view kMargin = "margin";
inline constexpr std::string_view kInterestRate = "interest_rate";  // interest rates, yields
inline constexpr std::string_view kInflationRate = "inflation_rate";
inline constexpr std::string_view kUnemploymentRate = "unemployment_rate";
inline constexpr std::string_view kTaxRate = "tax_rate";      // tax or contribution rate
inline constexpr std::string_view kVoteShare = "vote_share";  // election results, polls
inline constexpr std::string_view kShare = "share";           // any other proportion
// count
inline constexpr std::string_view kShipments = "shipments";    // units shipped / delivered
inline constexpr std::string_view kOrders = "orders";          // units ordered
inline constexpr std::string_view kPurchases = "purchases";    // units bought
inline constexpr std::string_view kUnitsSold = "units_sold";   // sales volume in units
inline constexpr std::string_view kProduction = "production";  // units produced, capacity
inline constexpr std::string_view kEmployees = "employees";    // staff, jobs created or cut
inline constexpr std::string_view kUsers = "users";            // users, customers, subscribers
inline constexpr std::string_view kPopulation = "population";  // inhabitants, people affected
inline constexpr std::string_view kCases = "cases";            // cases, infections, deaths
inline constexpr std::string_view kVotes = "votes";            // votes cast
inline constexpr std::string_view kVisitors = "visitors";      // passengers, visitors, viewers
inline constexpr std::string_view kSites = "sites";            // stores, branches, plants
inline constexpr std::string_view kCompanies = "companies";    // companies, banks, insolvencies

inline constexpr std::array<std::string_view, 40> kAllMetrics = {
    kRevenue,   kProfit,     kLoss,      kBudget,       kInvestment,    kSpend,
    kPrice,     kValuation,  kFunding,   kDealValue,    kDebt,          kMarketSize,
    kDividend,  kSalary,     kTax,       kAssets,       kTrade,         kMarketShare,
    kStake,     kGrowth,     kMargin,    kInterestRate, kInflationRate, kUnemploymentRate,
    kTaxRate,   kVoteShare,  kShare,     kShipments,    kOrders,        kPurchases,
    kUnitsSold, kProduction, kEmployees, kUsers,        kPopulation,    kCases,
    kVotes,     kVisitors,   kSites,     kCompanies};

// True when `metric` is in kAllMetrics.
[[nodiscard]] bool IsMetric(std::string_view metric);

// True when `metric` is one whose figure, with no period of its own, does not take the
// article's year (Attribute): the text's most-named year is the year of its results, not of
// every stake or head count it names. A measured selection, not a definition: the levels and
// one-offs (a stake, a market share, a valuation, a deal's value, a head count of employees,
// users or sites, votes and vote shares, a rate someone sets: interest, tax) and five flows whose
// figures a text mostly names as one-offs of a single deal or event rather than as the report's
// year (a salary, companies as insolvencies, cases, money spent on something, units bought),
// and a price, a population, a budget and assets (no scored period lost on any set we may
// read, far fewer years the text does not state), and funding — a loan, aid, a bail-out, funds
// raised: one-offs (on the sets we may read 18 unstated years gone, one scored period lost, a
// bank's annual figure taken for funding). Not debt: a list of levels and one-offs only
// (debt in, the five flows out) lowered the scored period on the English sets. See METRICS.md.
[[nodiscard]] bool IsPointInTime(std::string_view metric);

// True for the labels of a rate or of a market's or vote's share (unemployment, inflation,
// interest and tax rates, vote and market shares, margins): what a later bare percentage may
// refer back to (attribution's EarlierRate, RateNamedBefore); not `share`, `stake` or
// `growth`.
[[nodiscard]] bool IsRateLabel(std::string_view metric);

}  // namespace newsfacts::extract::metrics
