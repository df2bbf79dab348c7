// MetricClassifier: cue-word tables and the choice of a figure's metric (metric_classifier.h).
#include "extract/metric_classifier.h"

#include <array>
#include <cstdint>
#include <string>

#include "extract/entity_scan.h"
#include "extract/metrics.h"

namespace newsfacts::extract {

namespace {

// ---------------------------------------------------------------------------------------
// Metric cues.

enum class Cue : uint8_t {
  kBudget,
  kInvest,
  kSpend,
  kRevenue,
  kProfit,
  kValuation,
  kMarketShare,
  kShare,
  kPurchase,
  kOrder,
  kDelivery,
  kShipment,
  kUsers,
  kPrice,
  kGrowth,
  kMarket,
  kStake,
  kEmployees,
  kPlan,          // modifier: planned spending is a budget
  kListHead,      // "angeführt von": the figures that follow detail the previous one
  kSales,         // selling: revenue (money), units shipped (count)
  kRespectively,  // "respectively": i-th figure -> i-th entity of the list before
};

struct CueWord {
  std::string_view text;  // lower case
  Cue cue;
  bool inside_word;  // may match inside a compound ("Halbleiterbestellungen")
  int strength;      // subtracted from the distance (bytes) when ranking cues
};

constexpr int kStrong = 60;
constexpr int kWeak = -200;

constexpr CueWord kCues[] = {
    // budget
    {"budget", Cue::kBudget, true, kStrong},
    {"presupuest", Cue::kBudget, false, kStrong},
    {"etat", Cue::kBudget, false, 0},
    // investment
    {"investi", Cue::kInvest, true, 0},
    {"invertir", Cue::kInvest, false, 0},
    {"inversi", Cue::kInvest, false, 0},
    {"invierte", Cue::kInvest, false, 0},
    {"invest", Cue::kInvest, false, 0},
    // spend
    {"ausgegeben", Cue::kSpend, false, 0},
    {"auszugeben", Cue::kSpend, false, 0},
    {"ausgeben", Cue::kSpend, false, 0},
    {"ausgaben", Cue::kSpend, true, 0},
    {"gast", Cue::kSpend, false, 0},
    {"spent", Cue::kSpend, false, 0},
    {"spend", Cue::kSpend, false, 0},
    {"capex", Cue::kSpend, false, 0},
    // revenue
    {"umsatz", Cue::kRevenue, true, kStrong},
    {"umsätze", Cue::kRevenue, true, kStrong},
    {"erlös", Cue::kRevenue, true, 0},
    {"ingresos", Cue::kRevenue, false, kStrong},
    {"facturaci", Cue::kRevenue, false, kStrong},
    {"ventas", Cue::kRevenue, false, 0},
    {"revenue", Cue::kRevenue, false, kStrong},
    {"sales", Cue::kRevenue, false, 0},
    // profit
    {"gewinn", Cue::kProfit, true, kStrong},
    {"beneficio", Cue::kProfit, false, kStrong},
    {"ganancia", Cue::kProfit, false, kStrong},
    {"profit", Cue::kProfit, false, kStrong},
    {"verlust", Cue::kProfit, true, 0},
    {"pérdida", Cue::kProfit, false, 0},
    // valuation
    {"bewert", Cue::kValuation, false, kStrong},
    {"marktkapitalisierung", Cue::kValuation, true, kStrong},
    {"börsenwert", Cue::kValuation, true, kStrong},
    {"capitalizaci", Cue::kValuation, false, kStrong},
    {"market cap", Cue::kValuation, false, kStrong},
    {"valoraci", Cue::kValuation, false, kStrong},
    {"valorad", Cue::kValuation, false, kStrong},
    {"valued", Cue::kValuation, false, kStrong},
    {"valuation", Cue::kValuation, false, kStrong},
    // shares
    {"marktanteil", Cue::kMarketShare, true, kStrong},
    {"cuota de mercado", Cue::kMarketShare, false, kStrong},
    {"market share", Cue::kMarketShare, false, kStrong},
    {"anteil", Cue::kShare, false, 0},
    {"bruchteil", Cue::kShare, false, 0},
    {"participaci", Cue::kShare, false, 0},
    {"proporci", Cue::kShare, false, 0},
    {"cuota", Cue::kShare, false, 0},
    {"share", Cue::kShare, false, 0},
    // purchases
    {"gekauft", Cue::kPurchase, true, 0},
    {"erworben", Cue::kPurchase, false, 0},
    {"kauf", Cue::kPurchase, true, 0},
    {"käuf", Cue::kPurchase, true, 0},
    {"compra", Cue::kPurchase, false, 0},
    {"compró", Cue::kPurchase, false, 0},
    {"adquiri", Cue::kPurchase, false, 0},
    {"purchas", Cue::kPurchase, false, 0},
    {"bought", Cue::kPurchase, false, 0},
    // orders
    {"bestell", Cue::kOrder, true, 0},
    {"auftr", Cue::kOrder, false, 0},
    {"pedido", Cue::kOrder, false, 0},
    {"encarg", Cue::kOrder, false, 0},
    {"order", Cue::kOrder, false, 0},
    // deliveries (received)
    {"erhalten", Cue::kDelivery, false, 0},
    {"recibi", Cue::kDelivery, false, 0},
    {"entreg", Cue::kDelivery, false, 0},
    {"received", Cue::kDelivery, false, 0},
    {"deliver", Cue::kDelivery, false, 0},
    // shipments (sent out)
    {"lieferung", Cue::kShipment, true, 0},
    {"liefern", Cue::kShipment, true, 0},
    {"ausgeliefert", Cue::kShipment, false, 0},
    {"versand", Cue::kShipment, true, 0},
    {"absatz", Cue::kShipment, true, 0},
    {"envío", Cue::kShipment, false, 0},
    {"envio", Cue::kShipment, false, 0},
    {"enviad", Cue::kShipment, false, 0},
    {"shipment", Cue::kShipment, false, 0},
    {"shipped", Cue::kShipment, false, 0},
    // users
    {"nutzer", Cue::kUsers, true, kStrong},
    {"usuario", Cue::kUsers, false, kStrong},
    {"abonnent", Cue::kUsers, true, 0},
    {"suscriptor", Cue::kUsers, false, 0},
    {"users", Cue::kUsers, false, kStrong},
    {"subscribers", Cue::kUsers, false, 0},
    // price
    {"preis", Cue::kPrice, true, 0},
    {"precio", Cue::kPrice, false, kStrong},
    {"kost", Cue::kPrice, false, 0},
    {"cuesta", Cue::kPrice, false, 0},
    {"cada uno", Cue::kPrice, false, kStrong},
    {"jeweils", Cue::kPrice, false, 0},
    {"price", Cue::kPrice, false, 0},
    // growth
    {"wachstum", Cue::kGrowth, true, 0},
    {"wachsen", Cue::kGrowth, true, 0},
    {"wuchs", Cue::kGrowth, false, 0},
    {"steig", Cue::kGrowth, false, 0},
    {"stieg", Cue::kGrowth, false, 0},
    {"zuwachs", Cue::kGrowth, true, 0},
    {"anstieg", Cue::kGrowth, true, 0},
    {"crecimiento", Cue::kGrowth, false, 0},
    {"crec", Cue::kGrowth, false, 0},
    {"aument", Cue::kGrowth, false, 0},
    {"growth", Cue::kGrowth, false, 0},
    {"grew", Cue::kGrowth, false, 0},
    {"rose", Cue::kGrowth, false, 0},
    {"interanual", Cue::kGrowth, false, kWeak},
    {"vorjahr", Cue::kGrowth, true, kWeak},
    // whole market
    {"del mercado", Cue::kShare, false, 0},
    {"des marktes", Cue::kShare, false, 0},
    {"of the market", Cue::kShare, false, 0},
    {"markt", Cue::kMarket, false, -100},
    {"mercado", Cue::kMarket, false, -100},
    {"market", Cue::kMarket, false, -100},
    // stake
    {"beteiligt", Cue::kStake, false, kStrong},
    {"beteiligung", Cue::kStake, true, kStrong},
    {"stake", Cue::kStake, false, kStrong},
    {"participación accionarial", Cue::kStake, false, kStrong},
    // employees
    {"mitarbeit", Cue::kEmployees, true, kStrong},
    {"beschäftigt", Cue::kEmployees, true, 0},
    {"angestellt", Cue::kEmployees, true, 0},
    {"empleado", Cue::kEmployees, false, kStrong},
    {"trabajador", Cue::kEmployees, false, 0},
    {"employees", Cue::kEmployees, false, kStrong},
    {"staff", Cue::kEmployees, false, 0},
    // modifiers
    {"plant", Cue::kPlan, false, 0},
    {"planea", Cue::kPlan, false, 0},
    {"prevé", Cue::kPlan, false, 0},
    {"plans", Cue::kPlan, false, 0},
    {"angeführt von", Cue::kListHead, false, 0},
    {"darunter", Cue::kListHead, false, 0},
    {"encabezad", Cue::kListHead, false, 0},
    {"liderad", Cue::kListHead, false, 0},
    {"led by", Cue::kListHead, false, 0},
    {"verkauf", Cue::kSales, true, 0},
    {"verkäuf", Cue::kSales, true, 0},
    {"vendi", Cue::kSales, false, 0},
    {"vende", Cue::kSales, false, 0},
    {"sold", Cue::kSales, false, 0},
    {"respectivamente", Cue::kRespectively, false, 0},
    {"respectively", Cue::kRespectively, false, 0},
    {"beziehungsweise", Cue::kRespectively, false, 0},
    {"bzw.", Cue::kRespectively, false, 0},
};

// Cue indices by first byte, built once: cues that may start inside a word, and all cues
// (for word starts).
struct CueIndex {
  // Buckets by the first two (lower-cased) bytes.
  static size_t Bucket(unsigned char b0, unsigned char b1) { return ((b0 * 131u) ^ b1) & 1023u; }
  bool first[256] = {};
  std::array<std::vector<uint16_t>, 1024> any_position;
  std::array<std::vector<uint16_t>, 1024> word_start;
  CueIndex() {
    for (uint16_t i = 0; i < static_cast<uint16_t>(std::size(kCues)); ++i) {
      unsigned char b0 = static_cast<unsigned char>(kCues[i].text[0]);
      unsigned char b1 = static_cast<unsigned char>(kCues[i].text[1]);
      first[b0] = true;
      word_start[Bucket(b0, b1)].push_back(i);
      if (kCues[i].inside_word) any_position[Bucket(b0, b1)].push_back(i);
    }
  }
};

const CueIndex& Cues() {
  static const CueIndex kIndex;
  return kIndex;
}

using CueHit = MetricClassifier::Hit;

// All cue words in text[s, e).
void FindCues(std::string_view text, size_t s, size_t e, std::vector<CueHit>* out) {
  out->clear();
  const CueIndex& idx = Cues();
  bool prev_alnum = false;
  for (size_t i = s; i < e; ++i) {
    const char c = text[i];
    const bool word_start = !prev_alnum;
    prev_alnum = scan::IsAsciiAlnum(c);
    const unsigned char b = static_cast<unsigned char>(scan::LowerAscii(c));
    if (!idx.first[b] || i + 1 >= e) continue;
    const char c1 = scan::LowerAscii(text[i + 1]);
    const size_t bucket = CueIndex::Bucket(b, static_cast<unsigned char>(c1));
    const auto& cands = word_start ? idx.word_start[bucket] : idx.any_position[bucket];
    for (uint16_t ci : cands) {
      const CueWord& cw = kCues[ci];
      if (cw.text[1] != c1 || i + cw.text.size() > e) continue;
      size_t k = 2;
      while (k < cw.text.size() && scan::LowerAscii(text[i + k]) == cw.text[k]) ++k;
      if (k == cw.text.size()) {
        // A cue inside a longer one ("kauf" in "verkauf") is not a cue of its own.
        if (!out->empty() && out->back().end >= i + k) continue;
        out->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + k), ci});
      }
    }
  }
}

bool HasCue(const std::vector<CueHit>& hits, Cue cue) {
  for (const CueHit& h : hits) {
    if (kCues[h.cue].cue == cue) return true;
  }
  return false;
}

// The metric a cue gives to a figure of `kind`; "" when it says nothing about that kind.
std::string_view MetricFor(Cue cue, FigureKind kind, const std::vector<CueHit>& sentence) {
  using namespace metrics;  // NOLINT(google-build-using-namespace): the cue table reads best
  switch (kind) {
    case FigureKind::kMoney:
      switch (cue) {
        case Cue::kBudget:
          return kBudget;
        case Cue::kInvest:
          return kInvestment;
        case Cue::kSpend:
          return HasCue(sentence, Cue::kPlan) ? kBudget : kSpend;
        case Cue::kRevenue:
          return kRevenue;
        case Cue::kProfit:
          return kProfit;
        case Cue::kValuation:
          return kValuation;
        case Cue::kPurchase:
          return kSpend;
        case Cue::kSales:
          return kRevenue;
        case Cue::kOrder:
          return kOrdersValue;
        case Cue::kPrice:
          return kPrice;
        case Cue::kMarket:
          return kMarketSize;
        default:
          return {};
      }
    case FigureKind::kPercent:
      switch (cue) {
        case Cue::kMarketShare:
          return kMarketShare;
        case Cue::kShare:
        case Cue::kMarket:
          if (HasCue(sentence, Cue::kPurchase)) return kPurchaseShare;
          if (HasCue(sentence, Cue::kOrder)) return kOrdersShare;
          if (HasCue(sentence, Cue::kRevenue)) return kRevenueShare;
          return kMarketShare;
        case Cue::kPurchase:
          return kPurchaseShare;
        case Cue::kOrder:
          return kOrdersShare;
        case Cue::kRevenue:
          return kRevenueShare;
        case Cue::kProfit:
          return kProfitChange;
        case Cue::kGrowth:
          return kGrowth;
        case Cue::kStake:
          return kStake;
        default:
          return {};
      }
    case FigureKind::kCount:
    case FigureKind::kQuantity:
      switch (cue) {
        case Cue::kOrder:
          return kOrders;
        case Cue::kPurchase:
          return kPurchases;
        case Cue::kDelivery:
          return kDeliveries;
        case Cue::kShipment:
        case Cue::kSales:
          return kShipments;
        case Cue::kUsers:
          return kUsers;
        case Cue::kEmployees:
          return kEmployees;
        default:
          return {};
      }
  }
  return {};
}

// Best metric from the cues in [lo, hi) for figure f.
std::string_view BestMetric(const Figure& f, const std::vector<CueHit>& hits, size_t lo,
                            size_t hi) {
  std::string_view best;
  long best_score = 0;
  for (const CueHit& h : hits) {
    if (h.start < lo || h.end > hi) continue;
    std::string_view m = MetricFor(kCues[h.cue].cue, f.kind, hits);
    if (m.empty()) continue;
    long dist = h.end <= f.start   ? static_cast<long>(f.start - h.end)
                : h.start >= f.end ? static_cast<long>(h.start - f.end)
                                   : 0;  // inside the figure ("170 Millionen US-Nutzer")
    long score = dist - kCues[h.cue].strength;
    if (best.empty() || score < best_score) {
      best = m;
      best_score = score;
    }
  }
  return best;
}

}  // namespace

void MetricClassifier::Scan(std::string_view text, size_t s, size_t e) {
  FindCues(text, s, e, &hits_);
}

std::string_view MetricClassifier::Metric(const Figure& f, size_t lo, size_t hi) const {
  return BestMetric(f, hits_, lo, hi);
}

size_t MetricClassifier::RespectivelyPos() const {
  size_t resp = std::string_view::npos;
  for (const Hit& h : hits_) {
    if (kCues[h.cue].cue == Cue::kRespectively) resp = h.start;
  }
  return resp;
}

bool MetricClassifier::HasListHead(size_t lo, size_t hi) const {
  for (const Hit& h : hits_) {
    if (h.start >= lo && h.end <= hi && kCues[h.cue].cue == Cue::kListHead) return true;
  }
  return false;
}

}  // namespace newsfacts::extract
