#pragma once
// The closed vocabulary of figure metrics ("what a figure measures") and the keyword cues
// used to classify a figure into one of them. Every non-empty Figure::metric is one of
// kAllMetrics. The list is documented in extract/README.md ("Entities and attribution").
//
// Thread-safety: constants and pure functions only.

#include <array>
#include <string_view>

namespace newsfacts::extract::metrics {

inline constexpr std::string_view kBudget = "budget";               // planned spending
inline constexpr std::string_view kInvestment = "investment";       // capital invested / to invest
inline constexpr std::string_view kSpend = "spend";                 // money actually spent
inline constexpr std::string_view kRevenue = "revenue";             // turnover, sales in money
inline constexpr std::string_view kRevenueShare = "revenue_share";  // % of a revenue
inline constexpr std::string_view kProfit = "profit";               // profit / loss in money
inline constexpr std::string_view kProfitChange = "profit_change";  // % change of a profit
inline constexpr std::string_view kValuation = "valuation";         // company valued at
inline constexpr std::string_view kMarketShare = "market_share";    // % of a market
inline constexpr std::string_view kPurchaseShare = "purchase_share";  // % of all purchases
inline constexpr std::string_view kOrders = "orders";                 // units ordered
inline constexpr std::string_view kOrdersShare = "orders_share";      // % of orders
inline constexpr std::string_view kOrdersValue = "orders_value";      // money value of orders
inline constexpr std::string_view kPurchases = "purchases";           // units bought
inline constexpr std::string_view kDeliveries = "deliveries";         // units received
inline constexpr std::string_view kShipments = "shipments";       // units shipped / delivered out
inline constexpr std::string_view kUsers = "users";               // users, subscribers
inline constexpr std::string_view kPrice = "price";               // price per unit
inline constexpr std::string_view kPriceChange = "price_change";  // change of a price
inline constexpr std::string_view kGrowth = "growth";             // % growth of anything
inline constexpr std::string_view kMarketSize = "market_size";    // size of a whole market
inline constexpr std::string_view kStake = "stake";               // ownership share
inline constexpr std::string_view kEmployees = "employees";       // head count

inline constexpr std::array<std::string_view, 23> kAllMetrics = {
    kBudget,       kInvestment, kSpend,       kRevenue,       kRevenueShare, kProfit,
    kProfitChange, kValuation,  kMarketShare, kPurchaseShare, kOrders,       kOrdersShare,
    kOrdersValue,  kPurchases,  kDeliveries,  kShipments,     kUsers,        kPrice,
    kPriceChange,  kGrowth,     kMarketSize,  kStake,         kEmployees};

// True when `metric` is in kAllMetrics.
bool IsMetric(std::string_view metric);

}  // namespace newsfacts::extract::metrics
