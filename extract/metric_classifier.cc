// MetricClassifier: cue-word tables and the choice of a figure's metric (metric_classifier.h).
// The labels, their meaning and the cue words per language are documented in
// extract/METRICS.md; keep the two in step.
#include "extract/metric_classifier.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string>

#include "extract/contrast_words.h"
#include "extract/entity_scan.h"
#include "extract/function_words.h"
#include "extract/metrics.h"
#include "extract/ner_features.h"

namespace newsfacts::extract {

namespace {

using scan::EqualsLowerAscii;
using scan::InList;
using scan::InListLower;
using scan::WordBeforeBlanks;

// ---------------------------------------------------------------------------------------
// Cue words. A cue names a concept; what it means for a figure depends on the figure's kind
// (MetricFor): "Umsatz" is revenue for money, nothing for a percentage (which is then a
// share or a growth rate, see MetricClassifier::Metric), "verkauft" is revenue for money and
// units_sold for a count.

enum class Cue : uint8_t {
  kNone,  // blocks a shorter cue inside it ("up to" is not "up")
  // money
  kRevenue,
  kProfit,
  kLoss,
  kBudget,
  kInvest,
  kSpend,
  kPrice,
  kValuation,
  kMarketCap,  // market capitalization: a valuation even in a sentence about a market
  kFunding,
  kDeal,
  kDebt,
  kMarket,
  kDividend,
  kSalary,
  kTax,
  kFee,  // Spanish "tasa": a fee for money, any rate for a percentage ("tasa de mortalidad")
  kAssets,
  kTrade,
  // percent
  kMarketShare,
  kShare,
  kStake,
  kChange,         // rise / fall: a percentage next to it is growth
  kChangeAfterUm,  // "zurück", "höher": growth only for the amount after "um" ("um 3 % höher")
  kMargin,
  kInterest,
  kInflation,
  kUnemployment,
  kVote,
  kSurvey,  // "Umfrage": a vote share only next to an election or party cue
  // "encuesta", "sondeo", "poll": a survey (kSurvey) for a percentage; for a count a vote,
  // except of the people asked (MetricClassifier::Metric: the sample is no measure)
  kSurveyVote,
  kPoll,  // "Partei", "Kandidat", "Befürworter", "partido", "party": makes a survey a poll,
          // nothing alone
  kSeat,  // "Mandate", "escaños": a percentage next to seats won is a vote share; nothing for
          // another kind (a count of seats is no count of votes)
  // counts
  kShipment,
  kOrder,
  kPurchase,
  kSales,
  kProduction,
  kEmployees,
  kUsers,
  kPopulation,
  kCases,
  kVisitors,
  kSites,
  kCompanies,
  // modifiers
  kPlan,          // planned spending is a budget
  kLimit,         // a limit ("Deckel", "tope", "cap"): a budget only next to a spend cue
  kListHead,      // "angeführt von": the figures that follow detail the previous one
  kRespectively,  // "respectively": i-th figure -> i-th entity of the list before
  kPrize,         // "Preisgeld", "dotiert", "premio", "prize": money won is no price (none)
};

enum : uint8_t {
  kWordStart = 0,  // matches at the start of a word, as a prefix ("umsatz" in "Umsatzes")
  kInside = 1,     // may also start inside a word ("Halbleiterbestellungen")
  kWhole = 2,      // must end at the end of a word ("up" is not "update")
};

// The languages a cue word belongs to (bits): Scan of an article in one language finds only
// its cues; a word shared by languages with the same meaning ("budget", "dividend", "bonus",
// loanwords) has all of them. An article of unknown language finds every cue.
enum : uint8_t {
  kDe = 1,
  kEs = 2,
  kEn = 4,
  kDeEs = kDe | kEs,
  kDeEn = kDe | kEn,
  kEsEn = kEs | kEn,
  kAllLangs = kDe | kEs | kEn,
};

struct CueWord {
  std::string_view text;  // lower case (capital umlauts listed separately)
  Cue cue;
  uint8_t flags;
  int strength;   // subtracted from the distance (bytes) when ranking cues
  uint8_t langs;  // kDe / kEs / kEn bits: the languages whose articles Scan finds it in
};

constexpr int kStrong = 60;
constexpr int kWeak = -100;

// Longer cues come before the shorter ones they contain (the first match at a position wins;
// only cues of the scanned article's language take part). The last field is the language.
constexpr CueWord kCues[] = {
    // ---- money
    {"vorsteuer", Cue::kProfit, kInside, kStrong, kDe},  // "Vorsteuerergebnis": pre-tax profit
    {"pre-tax", Cue::kNone, kWordStart, 0, kEn},
    {"pretax", Cue::kNone, kWordStart, 0, kEn},
    {"gewinnergebot", Cue::kDeal, kInside, 0, kDe},  // a winning bid, not a profit
    {"gewinner", Cue::kNone, kInside, 0, kDe},
    {"im auftrag", Cue::kNone, kWordStart, 0, kDe},  // "on behalf of", not an order
    {"investment bank", Cue::kNone, kWordStart, 0, kEn},
    {"investment arm", Cue::kNone, kWordStart, 0, kEn},
    {"investor", Cue::kNone, kWordStart, 0, kDeEn},
    // Research is no investment: "investigación", "investigadores", "investigations".
    {"investig", Cue::kNone, kInside, 0, kAllLangs},
    {"faule", Cue::kDebt, kWordStart, kStrong, kDe},
    {"problemkredit", Cue::kDebt, kInside, kStrong, kDe},
    {"notleidende", Cue::kDebt, kWordStart, kStrong, kDe},
    {"non-performing", Cue::kDebt, kWordStart, kStrong, kEn},
    {"bad loans", Cue::kDebt, kWordStart, kStrong, kEn},
    {"bad debt", Cue::kDebt, kWordStart, kStrong, kEn},
    {"créditos dudosos", Cue::kDebt, kWordStart, kStrong, kEs},
    {"morosos", Cue::kDebt, kWordStart, kStrong, kEs},
    {"passiva", Cue::kDebt, kWordStart, kStrong, kDe},
    {"pasivo", Cue::kDebt, kWordStart, kStrong, kEs},
    {"liabilities", Cue::kDebt, kWordStart, kStrong, kEn},
    {"berschuldung", Cue::kDebt, kInside, kStrong, kDe},  // "Überschuldung"
    {"aktiva", Cue::kAssets, kWordStart, kStrong, kDe},
    {"valor del mercado", Cue::kMarket, kWordStart, kStrong, kEs},
    {"value of the market", Cue::kMarket, kWordStart, kStrong, kEn},
    {"wertgutachten", Cue::kValuation, kInside, kStrong, kDe},
    {"einkommen", Cue::kSalary, kInside, 0, kDe},
    {"einkünfte", Cue::kSalary, kInside, 0, kDe},
    {"dazuverdien", Cue::kSalary, kWordStart, kStrong, kDe},
    {"pagó", Cue::kSalary, kWordStart, -40, kEs},
    {"gané", Cue::kSalary, kWhole, 0, kEs},
    {"saving", Cue::kSpend, kWordStart, 0, kEn},
    {"halv", Cue::kChange, kWordStart, 0, kEn},
    {"einspar", Cue::kSpend, kInside, 0, kDe},
    {"ahorr", Cue::kSpend, kWordStart, 0, kEs},
    {"payout", Cue::kSpend, kWordStart, 0, kEn},
    // "pay $50m to settle the suit", "to settle its debts": a payment, spending (a tax only
    // when a fine or a regulator is in the clause: SettlesWithAuthorityEn); spending still to
    // be made: a budget; what people earn: pay; "a fund which manages $3bn": assets; selling
    // new shares raises funds.
    {"to settle", Cue::kSpend, kWordStart, 0, kEn},
    {"to be spent", Cue::kBudget, kWordStart, 0, kEn},
    {"will be spent", Cue::kBudget, kWordStart, 0, kEn},
    {"those earning", Cue::kSalary, kWordStart, kStrong, kEn},
    {"people earning", Cue::kSalary, kWordStart, kStrong, kEn},
    {"workers earning", Cue::kSalary, kWordStart, kStrong, kEn},
    {"who earn", Cue::kSalary, kWordStart, kStrong, kEn},
    {"manages", Cue::kAssets, kWhole, 0, kEn},
    {"new shares", Cue::kFunding, kWordStart, kStrong, kEn},
    {"new stock", Cue::kFunding, kWordStart, kStrong, kEn},
    {"rights issue", Cue::kFunding, kWordStart, kStrong, kEn},
    // A central bank "raised rates", "cut rates": interest rates (before "raise", "cut").
    {"raised rates", Cue::kInterest, kWordStart, kStrong, kEn},
    {"raise rates", Cue::kInterest, kWordStart, kStrong, kEn},
    {"raising rates", Cue::kInterest, kWordStart, kStrong, kEn},
    {"cut rates", Cue::kInterest, kWordStart, kStrong, kEn},
    {"cutting rates", Cue::kInterest, kWordStart, kStrong, kEn},
    {"hiked rates", Cue::kInterest, kWordStart, kStrong, kEn},
    {"rate hike", Cue::kInterest, kWordStart, kStrong, kEn},
    {"rate cut", Cue::kInterest, kWordStart, kStrong, kEn},
    // A central bank's rate named without "interest": "base rates stay at 4.75%", "the
    // federal funds rate", "pushed rates up to 2.25%", "kept rates on hold at 3%".
    {"base rate", Cue::kInterest, kWordStart, kStrong, kEn},
    {"funds rate", Cue::kInterest, kWordStart, kStrong, kEn},
    {"lending rate", Cue::kInterest, kWordStart, kStrong, kEn},
    {"pushed rates", Cue::kInterest, kWordStart, kStrong, kEn},
    {"rates on hold", Cue::kInterest, kWordStart, kStrong, kEn},
    {"rates unchanged", Cue::kInterest, kWordStart, kStrong, kEn},
    {"rates steady", Cue::kInterest, kWordStart, kStrong, kEn},
    {"pledg", Cue::kFunding, kWordStart, 0, kEn},
    {"raise", Cue::kFunding, kWhole, 0, kEn},
    {"bono", Cue::kFunding, kWhole, 0, kEs},
    {"taxe", Cue::kTax, kInside, 0, kDeEn},  // also German "-taxe" compounds (a local levy)
    {"tribut", Cue::kTax, kWordStart, 0, kEs},
    {"retenci", Cue::kTax, kWordStart, kStrong, kEs},
    {"retiene", Cue::kTax, kWordStart, kStrong, kEs},
    {"arbeitslosenversicherung", Cue::kTax, kInside, 0, kDe},
    {"zuschlag", Cue::kTax, kInside, 0, kDe},
    {"parados", Cue::kUnemployment, kWhole, kStrong, kEs},
    {"angebot", Cue::kDeal, kInside, 0, kDe},
    {"geboten", Cue::kDeal, kInside, 0, kDe},
    {"gebot", Cue::kDeal, kInside, 0, kDe},
    {"dienstnehmer", Cue::kEmployees, kInside, kStrong, kDe},
    // Singular company nouns: mostly the subject, so weak (they mark a bought company).
    {"bank", Cue::kCompanies, kWhole, kWeak, kDeEn},
    {"firm", Cue::kCompanies, kWhole, kWeak, kEn},
    {"company", Cue::kCompanies, kWhole, kWeak, kEn},
    {"firma", Cue::kCompanies, kWhole, kWeak, kDeEs},
    {"pensionist", Cue::kPopulation, kInside, kStrong, kDeEs},
    {"institute", Cue::kCompanies, kWordStart, 0, kDeEn},
    {"instituten", Cue::kCompanies, kWordStart, 0, kDe},
    {"entidades", Cue::kCompanies, kWordStart, 0, kEs},
    {"lenders", Cue::kCompanies, kWordStart, 0, kEn},
    {"puntos de venta", Cue::kSites, kWordStart, kStrong, kEs},
    {"positiv", Cue::kCases, kWordStart, 0, kAllLangs},
    {"contagi", Cue::kCases, kWordStart, 0, kEs},
    {"infizier", Cue::kCases, kInside, 0, kDe},
    {"matado", Cue::kCases, kWordStart, 0, kEs},
    {"killed", Cue::kCases, kWordStart, 0, kEn},
    // Lives lost are deaths, before the change cue "lost" ("when the shaft flooded,
    // 70 miners lost their lives").
    {"lost their lives", Cue::kCases, kWordStart, 0, kEn},
    {"eingebüßt", Cue::kChange, kWordStart, 0, kDe},
    {"rebaj", Cue::kChange, kWordStart, 0, kEs},
    {"einbüß", Cue::kChange, kInside, 0, kDe},
    {"büßte", Cue::kChange, kWordStart, 0, kDe},
    {"expand", Cue::kChange, kWordStart, 0, kAllLangs},  // also German "expandieren"
    // The noun as a rate: "forecast an expansion of 2%", "una expansión de un 6 %".
    {"expansion", Cue::kChange, kWhole, 0, kEn},
    {"expansión", Cue::kChange, kWhole, 0, kEs},
    {"shrunk", Cue::kChange, kWordStart, 0, kEn},
    {"shrank", Cue::kChange, kWordStart, 0, kEn},
    {"shrink", Cue::kChange, kWordStart, 0, kEn},
    {"owns", Cue::kStake, kWhole, 0, kEn},
    {"shareholding", Cue::kStake, kWordStart, kStrong, kEn},
    {"posee", Cue::kStake, kWordStart, 0, kEs},
    {"umsatzsteuer", Cue::kTax, kInside, kStrong, kDe},
    {"umsatz", Cue::kRevenue, kInside, kStrong, kDe},
    {"umsätze", Cue::kRevenue, kInside, kStrong, kDe},
    {"erlös", Cue::kRevenue, kInside, 0, kDe},
    {"einnahmen", Cue::kRevenue, kInside, 0, kDe},
    {"prämienvolumen", Cue::kRevenue, kInside, kStrong, kDe},
    {"ingresos", Cue::kRevenue, kWordStart, kStrong, kEs},
    {"ingresó", Cue::kRevenue, kWordStart, 0, kEs},
    {"facturaci", Cue::kRevenue, kWordStart, kStrong, kEs},
    {"factur", Cue::kRevenue, kWordStart, 0, kEs},
    {"ventas", Cue::kSales, kWordStart, 0, kEs},
    {"revenue", Cue::kRevenue, kWordStart, kStrong, kEn},
    {"turnover", Cue::kRevenue, kWordStart, kStrong, kEn},
    {"sales", Cue::kSales, kWordStart, 0, kEn},
    // Earnings per share before "gewinn" / "per share" (which alone is a price).
    {"gewinn je aktie", Cue::kProfit, kInside, kStrong, kDe},
    {"gewinn pro aktie", Cue::kProfit, kInside, kStrong, kDe},
    {"beneficio por acción", Cue::kProfit, kWordStart, kStrong, kEs},
    {"earnings per share", Cue::kProfit, kWordStart, kStrong, kEn},
    {"gewinn", Cue::kProfit, kInside, kStrong, kDe},
    {"überschuss", Cue::kProfit, kInside, 0, kDe},
    {"Überschuss", Cue::kProfit, kInside, 0, kDe},
    {"ergebnis", Cue::kProfit, kInside, 0, kDe},
    {"ebitda", Cue::kProfit, kWhole, kStrong, kAllLangs},
    {"ebit", Cue::kProfit, kWhole, kStrong, kAllLangs},
    {"egt", Cue::kProfit, kWhole, kStrong, kDe},
    {"beneficio", Cue::kProfit, kWordStart, kStrong, kEs},
    {"ganancia", Cue::kProfit, kWordStart, kStrong, kEs},
    {"ganó", Cue::kProfit, kWhole, 0, kEs},
    {"utilidad", Cue::kProfit, kWordStart, 0, kEs},
    {"profit", Cue::kProfit, kWordStart, kStrong, kDeEn},
    {"earnings", Cue::kProfit, kWordStart, kStrong, kEn},
    {"net income", Cue::kProfit, kWordStart, kStrong, kEn},
    {"income", Cue::kProfit, kWhole, 0, kEn},
    {"earned", Cue::kProfit, kWhole, 0, kEn},  // "the firm earned $630m": what it made, net
    {"made up", Cue::kNone, kWhole, 0, kEn},   // a part of a whole, no profit made
    {"made", Cue::kProfit, kWhole, -40, kEn},
    {"verlust", Cue::kLoss, kInside, kStrong, kDe},
    // A damage is a loss ("einen Gesamtschaden von 40 Millionen Euro", "die Schäden auf 12
    // Millionen Euro geschätzt", "caused $5bn of damage"); not the compensation claimed for it
    // ("Schadenersatz", "Schadensersatz"), nor legal "damages".
    // Nor what limits, settles or pays out damage (an insurer's claims and payouts: "für
    // Schadensfälle", "Schadenzahlungen", "in die Schadensbegrenzung investiert"), nor damage
    // claimed ("damage claims", "damage compensation"): no cue, so an investment or a payout
    // named next to the amount wins.
    {"schadenersatz", Cue::kNone, kInside, 0, kDe},
    {"schadensersatz", Cue::kNone, kInside, 0, kDe},
    {"schadensbegrenz", Cue::kNone, kInside, 0, kDe},
    {"schadenbegrenz", Cue::kNone, kInside, 0, kDe},
    {"schadensfäll", Cue::kNone, kInside, 0, kDe},
    {"schadenfäll", Cue::kNone, kInside, 0, kDe},
    {"schadenszahlung", Cue::kNone, kInside, 0, kDe},
    {"schadenzahlung", Cue::kNone, kInside, 0, kDe},
    {"schadensregulierung", Cue::kNone, kInside, 0, kDe},
    {"schadenregulierung", Cue::kNone, kInside, 0, kDe},
    {"damage claim", Cue::kNone, kWordStart, 0, kEn},
    {"damage compensation", Cue::kNone, kWordStart, 0, kEn},
    {"schaden", Cue::kLoss, kInside, 0, kDe},
    {"schäden", Cue::kLoss, kInside, 0, kDe},
    {"damage", Cue::kLoss, kWhole, 0, kEn},
    {"fehlbetrag", Cue::kLoss, kInside, 0, kDe},
    {"pérdida", Cue::kLoss, kWordStart, kStrong, kEs},
    // Lives lost are deaths (before "perdió": the first cue at a position wins); so are
    // lives taken ("se cobró la vida de 5 vecinos", before the salary cue "cobr"; "le costó la
    // vida").
    {"perdieron la vida", Cue::kCases, kWordStart, 0, kEs},
    {"perdió la vida", Cue::kCases, kWordStart, 0, kEs},
    {"cobró la vida", Cue::kCases, kWordStart, 0, kEs},
    {"cobra la vida", Cue::kCases, kWordStart, 0, kEs},
    {"cobrado la vida", Cue::kCases, kWordStart, 0, kEs},
    {"cobraron la vida", Cue::kCases, kWordStart, 0, kEs},
    {"costó la vida", Cue::kCases, kWordStart, 0, kEs},
    {"costado la vida", Cue::kCases, kWordStart, 0, kEs},
    // Lives taken as a count ("el incendio se ha cobrado ya 14 vidas"): the reflexive marks the
    // toll of deaths, before the salary cue "cobr" (money charged is "cobró 40 euros", no "se").
    {"se cobraron", Cue::kCases, kWordStart, 0, kEs},
    {"se cobró", Cue::kCases, kWordStart, 0, kEs},
    {"se han cobrado", Cue::kCases, kWordStart, 0, kEs},
    {"se ha cobrado", Cue::kCases, kWordStart, 0, kEs},
    {"perdió", Cue::kLoss, kWordStart, 0, kEs},
    {"losses", Cue::kLoss, kWhole, kStrong, kEn},
    {"loss", Cue::kLoss, kWhole, kStrong, kEn},
    {"budget", Cue::kBudget, kInside, kStrong, kDeEn},
    {"etat", Cue::kBudget, kWhole, 0, kDe},
    {"haushalt", Cue::kBudget, kWordStart, 0, kDe},
    {"presupuest", Cue::kBudget, kWordStart, kStrong, kEs},
    {"investi", Cue::kInvest, kInside, 0, kDeEn},
    {"invertir", Cue::kInvest, kWordStart, 0, kEs},
    {"inversi", Cue::kInvest, kWordStart, 0, kEs},
    {"invierte", Cue::kInvest, kWordStart, 0, kEs},
    {"invirti", Cue::kInvest, kWordStart, 0, kEs},
    {"invest", Cue::kInvest, kWordStart, 0, kDeEn},
    {"ausgegeben", Cue::kSpend, kWordStart, 0, kDe},
    {"auszugeben", Cue::kSpend, kWordStart, 0, kDe},
    {"ausgeben", Cue::kSpend, kWordStart, 0, kDe},
    {"ausgaben", Cue::kSpend, kInside, 0, kDe},
    {"kosten", Cue::kSpend, kInside, 0, kDe},
    {"aufwand", Cue::kSpend, kInside, 0, kDe},
    {"gasto", Cue::kSpend, kWordStart, 0, kEs},
    {"gastó", Cue::kSpend, kWordStart, 0, kEs},
    {"gastar", Cue::kSpend, kWordStart, 0, kEs},
    {"coste", Cue::kSpend, kWordStart, 0, kEs},
    {"costo", Cue::kSpend, kWordStart, 0, kEs},
    // A donation is funding, not spending: "spendete 100.000 Euro", "Kleinspenden" (listed
    // before "spend", which would match them); English "spenders", "spender on" stay
    // spending ("the biggest spender on roads"; a German "Spender" is a donor).
    {"spenders", Cue::kSpend, kWhole, 0, kEn},
    {"spender on", Cue::kSpend, kWordStart, 0, kEn},
    {"spende", Cue::kFunding, kWordStart, 0, kDe},
    {"gespendet", Cue::kFunding, kWordStart, 0, kDe},
    {"kleinspende", Cue::kFunding, kInside, 0, kDe},
    {"großspende", Cue::kFunding, kInside, 0, kDe},
    {"spending", Cue::kSpend, kWordStart, kStrong, kEn},
    {"spent", Cue::kSpend, kWordStart, 0, kEn},
    {"spend", Cue::kSpend, kWordStart, 0, kEn},
    {"capex", Cue::kSpend, kWordStart, 0, kEn},
    {"expenditure", Cue::kSpend, kWordStart, 0, kEn},
    {"charge", Cue::kSpend, kWordStart, 0, kEn},

    // A prize and its money ("Preisgeld", "eine Medaille, mit 6.500 Franken dotiert"): no price.
    {"preisgeld", Cue::kPrize, kInside, 0, kDe},
    {"preisträger", Cue::kPrize, kInside, 0, kDe},
    {"nobelpreis", Cue::kPrize, kInside, 0, kDe},
    {"dotiert", Cue::kPrize, kWordStart, 0, kDe},
    {"premio", Cue::kPrize, kWordStart, 0, kEs},
    {"prize", Cue::kPrize, kWordStart, 0, kEn},
    {"preis", Cue::kPrice, kInside, 0, kDe},
    {"kurs", Cue::kPrice, kWordStart, 0, kDe},
    {"kostet", Cue::kPrice, kInside, kStrong, kDe},
    {"kostete", Cue::kPrice, kInside, kStrong, kDe},
    {"je aktie", Cue::kPrice, kWordStart, kStrong, kDe},
    {"/aktie", Cue::kPrice, kWordStart, kStrong, kDe},
    {"pro stück", Cue::kPrice, kWordStart, kStrong, kDe},
    {"jeweils", Cue::kPrice, kWordStart, 0, kDe},
    {"precio", Cue::kPrice, kWordStart, kStrong, kEs},
    {"cotiza", Cue::kPrice, kWordStart, 0, kEs},
    {"cuesta", Cue::kPrice, kWordStart, kStrong, kEs},
    {"costaba", Cue::kPrice, kWordStart, kStrong, kEs},
    {"costará", Cue::kPrice, kWordStart, kStrong, kEs},
    {"cada uno", Cue::kPrice, kWordStart, kStrong, kEs},
    // An asking price: "su casa, por la cual pide 300.000 euros", "piden 9 euros por kilo".
    {"pide", Cue::kPrice, kWhole, 0, kEs},
    {"piden", Cue::kPrice, kWhole, 0, kEs},
    {"por acción", Cue::kPrice, kWordStart, kStrong, kEs},
    // "new shares priced at 9 euros": the price of one.
    {"priced at", Cue::kPrice, kWordStart, kStrong, kEn},
    {"price", Cue::kPrice, kWordStart, 0, kEn},
    {"priced", Cue::kPrice, kWordStart, 0, kEn},
    // English "cost(s)" as a noun is money spent ("cutting costs by $1bn", "the cost of the
    // project was $40m", "rebuilding costs at $3bn", "$2bn in costs"); the verb before an
    // amount is a price ("will cost $399", "costs up to £2,450"). The noun is told by the
    // word after it (a preposition, a verb, punctuation), by "total" or "in" before it.
    {"total cost", Cue::kSpend, kWordStart, 0, kEn},
    {"in costs", Cue::kSpend, kWhole, 0, kEn},
    {"cost of", Cue::kSpend, kWhole, 0, kEn},
    {"costs of", Cue::kSpend, kWhole, 0, kEn},
    {"cost to", Cue::kSpend, kWhole, 0, kEn},
    {"costs to", Cue::kSpend, kWhole, 0, kEn},
    {"costs by", Cue::kSpend, kWhole, 0, kEn},
    {"cost at", Cue::kSpend, kWhole, 0, kEn},
    {"costs at", Cue::kSpend, kWhole, 0, kEn},
    {"costs for", Cue::kSpend, kWhole, 0, kEn},
    {"costs on", Cue::kSpend, kWhole, 0, kEn},
    {"costs from", Cue::kSpend, kWhole, 0, kEn},
    {"cost was", Cue::kSpend, kWhole, 0, kEn},
    {"cost is", Cue::kSpend, kWhole, 0, kEn},
    {"cost will", Cue::kSpend, kWhole, 0, kEn},
    {"costs were", Cue::kSpend, kWhole, 0, kEn},
    {"costs are", Cue::kSpend, kWhole, 0, kEn},
    {"costs will", Cue::kSpend, kWhole, 0, kEn},
    {"costs,", Cue::kSpend, kWordStart, 0, kEn},
    {"costs.", Cue::kSpend, kWordStart, 0, kEn},
    {"cost-", Cue::kSpend, kWordStart, 0, kEn},
    {"cost", Cue::kPrice, kWhole, 0, kEn},
    {"costs", Cue::kPrice, kWhole, 0, kEn},
    {"per share", Cue::kPrice, kWordStart, kStrong, kEn},
    {"each", Cue::kPrice, kWhole, 0, kEn},
    {"bewert", Cue::kValuation, kWordStart, kStrong, kDe},
    {"marktkapitalisierung", Cue::kMarketCap, kInside, kStrong, kDe},
    {"börsenwert", Cue::kMarketCap, kInside, kStrong, kDe},
    {"kapitalisierung", Cue::kMarketCap, kInside, kStrong, kDe},
    {"capitalizaci", Cue::kMarketCap, kWordStart, kStrong, kEs},
    {"valoraci", Cue::kValuation, kWordStart, kStrong, kEs},
    {"valorad", Cue::kValuation, kWordStart, kStrong, kEs},
    {"valued", Cue::kValuation, kWordStart, kStrong, kEn},
    {"values", Cue::kValuation, kWhole, kStrong, kEn},
    {"valuation", Cue::kValuation, kWordStart, kStrong, kEn},
    {"market value", Cue::kMarketCap, kWordStart, kStrong, kEn},
    {"market cap", Cue::kMarketCap, kWordStart, kStrong, kEn},
    {"worth", Cue::kValuation, kWhole, 0, kEn},
    {"finanzierung", Cue::kFunding, kInside, 0, kDe},
    {"förder", Cue::kFunding, kInside, 0, kDe},
    {"Förder", Cue::kFunding, kInside, 0, kDe},
    {"kredit", Cue::kFunding, kInside, 0, kDe},
    {"hilfe", Cue::kFunding, kInside, 0, kDe},
    {"zuschuss", Cue::kFunding, kInside, 0, kDe},
    {"zuschüsse", Cue::kFunding, kInside, 0, kDe},
    // Aid and pledges: "Hilfsgelder", "EU-Hilfsprogramme", "Finanzzusagen", "zugesagt",
    // money "zur Verfügung gestellt" (provided; not "zur Verfügung haben / stehen").
    {"hilfsgeld", Cue::kFunding, kInside, 0, kDe},
    {"hilfspaket", Cue::kFunding, kInside, 0, kDe},
    {"hilfsprogramm", Cue::kFunding, kInside, 0, kDe},
    {"hilfsfonds", Cue::kFunding, kInside, 0, kDe},
    {"hilfszahlung", Cue::kFunding, kInside, 0, kDe},
    // Money that "fehlt" (a shortfall) is funding still to be found ("Der Tafel fehlen noch
    // 12 Millionen Euro"); weak: a measure named with it wins ("fehlen Einnahmen von …").
    {"fehlt", Cue::kFunding, kWhole, kWeak, kDe},
    {"fehlen", Cue::kFunding, kWhole, kWeak, kDe},
    {"fehlte", Cue::kFunding, kWhole, kWeak, kDe},
    {"fehlten", Cue::kFunding, kWhole, kWeak, kDe},
    {"finanzzusage", Cue::kFunding, kInside, 0, kDe},
    {"hilfszusage", Cue::kFunding, kInside, 0, kDe},
    {"zusage", Cue::kFunding, kWordStart, 0, kDe},  // not inside: "vorherzusagen" (to predict)
    {"zugesagt", Cue::kFunding, kWordStart, 0, kDe},
    {"zur verfügung gestellt", Cue::kFunding, kWordStart, 0, kDe},
    {"zur verfügung stell", Cue::kFunding, kWordStart, 0, kDe},
    {"zur verfügung zu stellen", Cue::kFunding, kWordStart, 0, kDe},
    {"subvention", Cue::kFunding, kInside, 0, kDe},
    {"rettung", Cue::kFunding, kInside, 0, kDe},
    {"kapitalerhöhung", Cue::kFunding, kInside, kStrong, kDe},
    {"kapitalspritze", Cue::kFunding, kInside, kStrong, kDe},
    {"financiaci", Cue::kFunding, kWordStart, 0, kEs},
    {"financiar", Cue::kFunding, kWordStart, 0, kEs},
    {"ayuda", Cue::kFunding, kWordStart, 0, kEs},
    {"préstamo", Cue::kFunding, kWordStart, 0, kEs},
    {"crédito", Cue::kFunding, kWordStart, 0, kEs},
    {"subvenci", Cue::kFunding, kWordStart, 0, kEs},
    {"rescate", Cue::kFunding, kWordStart, 0, kEs},
    {"fondos", Cue::kFunding, kWordStart, 0, kEs},
    // Aid injected, a stimulus, state guarantees, donations: "inyectará 500 millones", "un
    // plan de estímulo de 2.000 millones", "créditos avalados", "donó 10 millones". A
    // "paquete" is an aid package unless it is one of shares (weak: any other cue wins).
    {"inyec", Cue::kFunding, kWordStart, 0, kEs},
    {"estímulo", Cue::kFunding, kWordStart, 0, kEs},
    {"aval", Cue::kFunding, kWhole, 0, kEs},
    {"avales", Cue::kFunding, kWhole, 0, kEs},
    {"avalad", Cue::kFunding, kWordStart, 0, kEs},
    {"donaci", Cue::kFunding, kWordStart, 0, kEs},
    {"donó", Cue::kFunding, kWhole, 0, kEs},
    {"donar", Cue::kFunding, kWordStart, 0, kEs},
    {"donad", Cue::kFunding, kWordStart, 0, kEs},
    {"paquete de indemnizaci", Cue::kSalary, kWordStart, 0, kEs},  // a severance package
    {"paquete de acciones", Cue::kNone, kWordStart, 0, kEs},
    {"paquete accionarial", Cue::kNone, kWordStart, 0, kEs},
    {"paquete", Cue::kFunding, kWordStart, kWeak, kEs},
    {"funding", Cue::kFunding, kWordStart, 0, kEn},
    {"funded", Cue::kFunding, kWordStart, 0, kEn},
    {"loan", Cue::kFunding, kWordStart, 0, kEn},
    // Loans granted: "lending to small firms rose by £7m", "net lending eased to £19bn" (not
    // "lending rate", listed before).
    {"lending", Cue::kFunding, kWhole, 0, kEn},
    {"subsid", Cue::kFunding, kWordStart, 0, kEsEn},
    {"grant", Cue::kFunding, kWordStart, 0, kEn},
    // Money given to help: "$6.5m for emergency aid", "$717m in disaster relief", "a $1.1bn
    // rescue package", "will donate $8m", "a stimulus of $50bn", "to borrow $10bn from the
    // fund", "financial support".
    {"aid", Cue::kFunding, kWhole, 0, kEn},
    {"relief", Cue::kFunding, kWhole, 0, kEn},
    {"rescue package", Cue::kFunding, kWordStart, 0, kEn},
    {"rescue plan", Cue::kFunding, kWordStart, 0, kEn},
    {"rescue deal", Cue::kFunding, kWordStart, 0, kEn},
    {"rescue fund", Cue::kFunding, kWordStart, 0, kEn},
    {"rescue loan", Cue::kFunding, kWordStart, 0, kEn},
    {"donat", Cue::kFunding, kWordStart, 0, kEsEn},
    {"stimulus", Cue::kFunding, kWhole, 0, kEn},
    {"borrow", Cue::kFunding, kWhole, 0, kEn},
    {"financial support", Cue::kFunding, kWordStart, 0, kEn},
    {"bailout", Cue::kFunding, kWordStart, 0, kEn},
    {"bail-out", Cue::kFunding, kWordStart, 0, kEn},
    {"capital injection", Cue::kFunding, kWordStart, 0, kEn},
    {"cash injection", Cue::kFunding, kWordStart, 0, kEn},
    {"top-up", Cue::kFunding, kWordStart, 0, kEn},
    {"geldspritze", Cue::kFunding, kInside, 0, kDe},  // not a bare "Spritze" (a syringe)
    {"finanzspritze", Cue::kFunding, kInside, 0, kDe},
    {"kapitalspritze", Cue::kFunding, kInside, 0, kDe},
    {"raised", Cue::kFunding, kWhole, 0, kEn},
    {"kaufpreis", Cue::kDeal, kInside, kStrong, kDe},
    {"übernahme", Cue::kDeal, kInside, 0, kDe},
    {"Übernahme", Cue::kDeal, kInside, 0, kDe},
    {"übernommen", Cue::kDeal, kInside, 0, kDe},
    {"übernehmen", Cue::kDeal, kInside, 0, kDe},
    {"fusion", Cue::kDeal, kInside, 0, kDe},
    {"im wert von", Cue::kDeal, kWordStart, -40, kDe},
    {"adquisici", Cue::kDeal, kWordStart, 0, kEs},
    {"fusi", Cue::kDeal, kWordStart, 0, kEs},
    {"contrato", Cue::kDeal, kWordStart, 0, kEs},
    // "la cláusula (de rescisión) asciende a 20 millones": the price a contract sets.
    {"cláusula", Cue::kDeal, kWordStart, 0, kEs},
    {"operaci", Cue::kDeal, kWordStart, 0, kEs},
    {"acquisition", Cue::kDeal, kWordStart, 0, kEn},
    {"acquire", Cue::kDeal, kWordStart, 0, kEn},
    {"takeover", Cue::kDeal, kWordStart, 0, kEn},
    {"merger", Cue::kDeal, kWordStart, 0, kEn},
    // A buyout is a takeover; a settlement or an agreement is a deal its amount is the value
    // of ("a $2bn settlement", "the $1.7bn agreement X signed with Y").
    {"buyout", Cue::kDeal, kWordStart, 0, kEn},
    {"settlement", Cue::kDeal, kWordStart, 0, kEn},
    {"agreement", Cue::kDeal, kWordStart, 0, kEn},
    {"contract", Cue::kDeal, kWordStart, 0, kEn},
    {"deal", Cue::kDeal, kWhole, 0, kDeEn},
    {"deals", Cue::kDeal, kWhole, 0, kDeEn},
    {"bid", Cue::kDeal, kWhole, 0, kEn},
    {"offer", Cue::kDeal, kWordStart, 0, kEn},
    {"schulden", Cue::kDebt, kInside, kStrong, kDe},
    {"verbindlichkeit", Cue::kDebt, kInside, 0, kDe},
    {"defizit", Cue::kDebt, kInside, kStrong, kDe},
    {"verschuld", Cue::kDebt, kInside, 0, kDe},
    {"deuda", Cue::kDebt, kWordStart, kStrong, kEs},
    {"déficit comercial", Cue::kTrade, kWordStart, kStrong, kEs},  // before "déficit"
    {"déficit", Cue::kDebt, kWordStart, kStrong, kEs},
    {"debt", Cue::kDebt, kWordStart, kStrong, kEn},
    {"deficit", Cue::kDebt, kWordStart, kStrong, kEn},
    // A shortfall is a deficit by another name, but a shortfall "in" a measure is that measure
    // missed ("a $45m shortfall in revenue", "the shortfall in sales was $30m"): hidden there.
    {"shortfall in", Cue::kNone, kWhole, 0, kEn},
    {"shortfall", Cue::kDebt, kWordStart, kStrong, kEn},
    {"borrowing", Cue::kDebt, kWordStart, 0, kEn},
    {"marktvolumen", Cue::kMarket, kInside, kStrong, kDe},
    {"dividend", Cue::kDividend, kInside, kStrong, kAllLangs},
    {"ausschüttungsquote", Cue::kShare, kInside, kStrong, kDe},
    {"ausschüttung", Cue::kDividend, kInside, kStrong, kDe},
    {"gehalt", Cue::kSalary, kInside, kStrong, kDe},
    {"gehälter", Cue::kSalary, kInside, kStrong, kDe},
    {"lohn", Cue::kSalary, kInside, 0, kDe},
    {"löhne", Cue::kSalary, kInside, 0, kDe},
    {"gage", Cue::kSalary, kWordStart, 0, kDe},
    {"honorar", Cue::kSalary, kInside, 0, kDeEs},
    {"prämie", Cue::kSalary, kWhole, 0, kDe},
    {"bonus", Cue::kSalary, kInside, 0, kAllLangs},
    {"pension", Cue::kSalary, kInside, 0, kDeEn},
    {"salari", Cue::kSalary, kWordStart, kStrong, kEsEn},
    {"sueldo", Cue::kSalary, kWordStart, kStrong, kEs},
    {"remuneraci", Cue::kSalary, kWordStart, 0, kEs},  // remuneración(es): pay
    {"cobr", Cue::kSalary, kWordStart, 0, kEs},
    {"pensi", Cue::kSalary, kWordStart, 0, kEs},
    {"salary", Cue::kSalary, kWordStart, kStrong, kEn},
    {"salaries", Cue::kSalary, kWordStart, kStrong, kEn},
    {"wage", Cue::kSalary, kWordStart, 0, kEn},
    // English "pay"/"paid" alone is any payment (a settlement, a price, a pay-off): spend;
    // people being paid, or paid as the object, is pay ("pay its chief $4m").
    {"pay its chief", Cue::kSalary, kWordStart, kStrong, kEn},
    {"paid its chief", Cue::kSalary, kWordStart, kStrong, kEn},
    {"pay its staff", Cue::kSalary, kWhole, kStrong, kEn},
    {"pay staff", Cue::kSalary, kWhole, kStrong, kEn},
    {"pay workers", Cue::kSalary, kWhole, kStrong, kEn},
    {"pay its workers", Cue::kSalary, kWhole, kStrong, kEn},
    {"pay employees", Cue::kSalary, kWhole, kStrong, kEn},
    {"pay its employees", Cue::kSalary, kWhole, kStrong, kEn},
    {"pay executives", Cue::kSalary, kWhole, kStrong, kEn},
    {"pay its executives", Cue::kSalary, kWhole, kStrong, kEn},
    {"paid", Cue::kSpend, kWhole, -40, kEn},
    {"pay", Cue::kSpend, kWhole, -40, kEn},
    {"were paid", Cue::kSalary, kWhole, kStrong, kEn},
    {"are paid", Cue::kSalary, kWhole, kStrong, kEn},
    {"best paid", Cue::kSalary, kWhole, kStrong, kEn},
    {"highest paid", Cue::kSalary, kWhole, kStrong, kEn},
    {"best-paid", Cue::kSalary, kWhole, kStrong, kEn},
    {"highest-paid", Cue::kSalary, kWhole, kStrong, kEn},
    // A tax word that makes an amount taxed or untaxed, or names the adviser or the return,
    // names no charge: "steuerfreie Prämien", "unversteuert", "versteuern", "Steuerberater",
    // "Steuererklärung" (the other cues of the sentence decide; TaxQualifiedOnly).
    {"steuerfrei", Cue::kNone, kInside, 0, kDe},
    {"versteuer", Cue::kNone, kInside, 0, kDe},
    {"steuerberat", Cue::kNone, kInside, 0, kDe},
    {"steuererklär", Cue::kNone, kInside, 0, kDe},
    {"steuer", Cue::kTax, kInside, kStrong, kDe},
    {"abgabe", Cue::kTax, kInside, 0, kDe},
    // A prison sentence is no fine: "drohen Haftstrafen", "Freiheitsstrafe von drei Jahren"
    // (the one for an unpaid fine is about the fine: "Ersatzfreiheitsstrafe").
    {"ersatzfreiheitsstrafe", Cue::kTax, kInside, 0, kDe},
    {"haftstrafe", Cue::kNone, kInside, 0, kDe},
    {"freiheitsstrafe", Cue::kNone, kInside, 0, kDe},
    {"gefängnisstrafe", Cue::kNone, kInside, 0, kDe},
    {"bewährungsstrafe", Cue::kNone, kInside, 0, kDe},
    {"todesstrafe", Cue::kNone, kInside, 0, kDe},
    {"strafe", Cue::kTax, kInside, 0, kDe},
    // Other fines: "Bußgeld", "Geldbuße", "Strafzahlung(en)", Austrian "Pönale".
    {"bußgeld", Cue::kTax, kInside, 0, kDe},
    {"geldbuße", Cue::kTax, kInside, 0, kDe},
    {"strafzahlung", Cue::kTax, kInside, 0, kDe},
    {"pönale", Cue::kTax, kWordStart, 0, kDe},
    {"gebühr", Cue::kTax, kInside, 0, kDe},
    {"beitrag", Cue::kTax, kInside, 0, kDe},
    {"beiträg", Cue::kTax, kInside, 0, kDe},
    {"zölle", Cue::kTax, kInside, 0, kDe},
    {"zoll", Cue::kTax, kWordStart, 0, kDe},
    {"impuesto", Cue::kTax, kWordStart, kStrong, kEs},
    {"iva", Cue::kTax, kWhole, kStrong, kEs},
    {"tasa de paro", Cue::kUnemployment, kWordStart, kStrong, kEs},
    {"tasa de interés", Cue::kInterest, kWordStart, kStrong, kEs},
    {"tasa de desempleo", Cue::kUnemployment, kWordStart, kStrong, kEs},
    {"tasa de desocupación", Cue::kUnemployment, kWordStart, kStrong, kEs},
    {"tasa impositiva", Cue::kTax, kWordStart, kStrong, kEs},
    // "tasado en", "la tasación": appraised, not a fee or a rate.
    {"tasad", Cue::kNone, kWordStart, 0, kEs},
    {"tasaci", Cue::kNone, kWordStart, 0, kEs},
    {"tasa", Cue::kFee, kWordStart, 0, kEs},
    {"multa", Cue::kTax, kWordStart, 0, kEs},
    {"arancel", Cue::kTax, kWordStart, 0, kEs},
    // What a state collects is its tax, not a firm's revenue: "tax revenues rose to $300bn".
    {"tax revenue", Cue::kTax, kWordStart, kStrong, kEn},
    {"tax receipts", Cue::kTax, kWordStart, kStrong, kEn},
    {"tax take", Cue::kTax, kWhole, kStrong, kEn},
    {"tax income", Cue::kTax, kWordStart, kStrong, kEn},
    // A cab or a stuffed animal is no tax: "a taxi ride", "taxis", "taxidermy" (as words:
    // "taxing" is a tax).
    {"taxi", Cue::kNone, kWhole, 0, kEn},
    {"taxis", Cue::kNone, kWhole, 0, kEn},
    {"taxicab", Cue::kNone, kWordStart, 0, kEn},
    {"taxiderm", Cue::kNone, kWordStart, 0, kEn},
    // Untaxed amounts and tax advisers are no tax: "a tax-free allowance", "tax adviser".
    {"tax-free", Cue::kNone, kWordStart, 0, kEn},
    {"tax free", Cue::kNone, kWhole, 0, kEn},
    {"tax-exempt", Cue::kNone, kWhole, 0, kEn},  // not "tax exemption(s)": the relief itself
    {"tax exempt", Cue::kNone, kWhole, 0, kEn},
    {"tax advis", Cue::kNone, kWordStart, 0, kEn},
    {"tax", Cue::kTax, kWordStart, kStrong, kEn},
    {"levy", Cue::kTax, kWordStart, 0, kEn},
    // English fines and penalties in the plural: "$5m in fines", "fines of $2m", "$9m in
    // penalties" (not "fines" alone: Spanish "a fines de" is "at the end of").
    {"fines of", Cue::kTax, kWordStart, 0, kEn},
    {"in fines", Cue::kTax, kWordStart, 0, kEn},
    {"penalties", Cue::kTax, kWhole, 0, kEn},
    {"penalty", Cue::kTax, kWhole, 0, kEn},
    {"fine", Cue::kTax, kWhole, 0, kEn},
    {"fined", Cue::kTax, kWhole, 0, kEn},
    {"tariff", Cue::kTax, kWordStart, 0, kEn},
    {"duty", Cue::kTax, kWhole, 0, kEn},
    {"vermögen", Cue::kAssets, kWordStart, 0, kDe},
    {"betriebsvermögen", Cue::kAssets, kInside, 0, kDe},
    {"anlagevermögen", Cue::kAssets, kInside, 0, kDe},
    {"privatvermögen", Cue::kAssets, kInside, 0, kDe},
    {"fondsvermögen", Cue::kAssets, kInside, 0, kDe},
    {"einlagen", Cue::kAssets, kInside, 0, kDe},
    {"reserven", Cue::kAssets, kInside, 0, kDe},
    {"rücklagen", Cue::kAssets, kInside, 0, kDe},
    {"activos", Cue::kAssets, kWordStart, 0, kEs},
    // What a person or a family owns: "un patrimonio de 1,6 millones", "bienes patrimoniales".
    {"patrimoni", Cue::kAssets, kWordStart, 0, kEs},
    {"depósitos", Cue::kAssets, kWordStart, 0, kEs},
    {"reservas", Cue::kAssets, kWordStart, 0, kEs},
    {"assets", Cue::kAssets, kWordStart, 0, kEn},
    {"reserves", Cue::kAssets, kWordStart, 0, kEn},
    {"deposits", Cue::kAssets, kWordStart, 0, kEn},
    {"export", Cue::kTrade, kInside, 0, kAllLangs},
    // Spanish "(por un) importe de": the amount of anything, not imports. The trade cue
    // "import" is German and English only, so these blockers act only on an article of unknown
    // language, where every cue fires (German "Importe der/des" stay trade).
    {"importe de", Cue::kNone, kWhole, 0, kEs},
    {"importe total", Cue::kNone, kWhole, 0, kEs},
    {"importes de", Cue::kNone, kWhole, 0, kEs},
    {"import", Cue::kTrade, kInside, 0, kDeEn},
    {"ausfuhr", Cue::kTrade, kInside, 0, kDe},
    {"einfuhr", Cue::kTrade, kInside, 0, kDe},
    {"handelsbilanz", Cue::kTrade, kInside, kStrong, kDe},
    {"exportaci", Cue::kTrade, kWordStart, 0, kEs},
    {"importaci", Cue::kTrade, kWordStart, 0, kEs},
    {"intercambio comercial", Cue::kTrade, kWordStart, kStrong, kEs},
    {"intercambios comerciales", Cue::kTrade, kWordStart, kStrong, kEs},
    {"balanza comercial", Cue::kTrade, kWordStart, kStrong, kEs},
    {"superávit comercial", Cue::kTrade, kWordStart, kStrong, kEs},
    {"comercio bilateral", Cue::kTrade, kWordStart, 0, kEs},
    {"trade deficit", Cue::kTrade, kWordStart, kStrong, kEn},
    {"trade shortfall", Cue::kTrade, kWordStart, kStrong, kEn},
    {"trade surplus", Cue::kTrade, kWordStart, kStrong, kEn},
    // ---- percent
    {"marktanteil", Cue::kMarketShare, kInside, kStrong, kDe},
    {"cuota de mercado", Cue::kMarketShare, kWordStart, kStrong, kEs},
    {"cuota de participaci", Cue::kMarketShare, kWordStart, kStrong, kEs},
    {"cuota del mercado", Cue::kMarketShare, kWordStart, kStrong, kEs},
    {"market share", Cue::kMarketShare, kWordStart, kStrong, kEn},
    {"of the market", Cue::kMarketShare, kWordStart, 0, kEn},
    {"del mercado", Cue::kMarketShare, kWordStart, 0, kEs},
    {"des marktes", Cue::kMarketShare, kWordStart, 0, kDe},
    // After the market-share cues that start with them (the first match at a position wins).
    {"tamaño del mercado", Cue::kMarket, kWordStart, kStrong, kEs},
    {"market size", Cue::kMarket, kWordStart, kStrong, kEn},
    {"markt", Cue::kMarket, kInside, kWeak, kDe},
    {"mercado", Cue::kMarket, kWordStart, kWeak, kEs},
    {"market", Cue::kMarket, kWordStart, kWeak, kEn},
    {"anteil an", Cue::kStake, kInside, kStrong, kDe},
    {"anteile an", Cue::kStake, kInside, kStrong, kDe},
    // A share of a company's stock ("mit einem Aktienanteil von 18 Prozent"): a stake.
    {"aktienanteil", Cue::kStake, kInside, kStrong, kDe},
    // A shareholder's percentage is a stake ("der zweite Anteilseigner versuchte, 25 Prozent
    // loszuwerden"), not some proportion.
    {"anteilseigner", Cue::kStake, kInside, 0, kDe},
    {"anteil", Cue::kShare, kInside, 0, kDe},
    {"bruchteil", Cue::kShare, kWordStart, 0, kDe},
    {"quote", Cue::kShare, kInside, 0, kDe},
    {"proporci", Cue::kShare, kWordStart, 0, kEs},
    {"porcentaje", Cue::kShare, kWordStart, 0, kEs},
    {"cuota", Cue::kShare, kWordStart, 0, kEs},
    {"share of", Cue::kShare, kWordStart, 0, kEn},
    {"proportion", Cue::kShare, kWordStart, 0, kDeEn},
    {"beteiligt", Cue::kStake, kWordStart, kStrong, kDe},
    {"beteiligung", Cue::kStake, kInside, kStrong, kDe},
    {"aktienpaket", Cue::kStake, kInside, kStrong, kDe},
    {"participación accionarial", Cue::kStake, kWordStart, kStrong, kEs},
    {"participaci", Cue::kShare, kWordStart, 0, kEs},
    {"del capital", Cue::kStake, kWordStart, kStrong, kEs},
    {"de las acciones", Cue::kStake, kWordStart, kStrong, kEs},
    {"stake", Cue::kStake, kWordStart, kStrong, kEn},
    {"holding", Cue::kStake, kWordStart, 0, kEn},
    {"wachstum", Cue::kChange, kInside, 0, kDe},
    {"wachsen", Cue::kChange, kInside, 0, kDe},
    {"wächst", Cue::kChange, kInside, 0, kDe},
    {"wuchs", Cue::kChange, kWordStart, 0, kDe},
    {"gewachsen", Cue::kChange, kWordStart, 0, kDe},
    {"steig", Cue::kChange, kWordStart, 0, kDe},
    {"stieg", Cue::kChange, kWordStart, 0, kDe},
    {"gestiegen", Cue::kChange, kWordStart, 0, kDe},
    {"anstieg", Cue::kChange, kInside, 0, kDe},
    {"zuwachs", Cue::kChange, kInside, 0, kDe},
    {"zulegen", Cue::kChange, kWordStart, 0, kDe},
    {"legte", Cue::kChange, kWordStart, 0, kDe},
    {"zugelegt", Cue::kChange, kWordStart, 0, kDe},
    {"erhöh", Cue::kChange, kInside, 0, kDe},
    {"rückgang", Cue::kChange, kInside, 0, kDe},
    {"Rückgang", Cue::kChange, kInside, 0, kDe},
    {"sank", Cue::kChange, kWordStart, 0, kDeEn},
    {"sink", Cue::kChange, kWordStart, 0, kDeEn},
    {"gesunken", Cue::kChange, kWordStart, 0, kDe},
    {"fiel", Cue::kChange, kWordStart, 0, kDe},
    {"fallen", Cue::kChange, kWordStart, 0, kDeEn},
    {"gefallen", Cue::kChange, kWordStart, 0, kDe},
    {"verlor", Cue::kChange, kWordStart, 0, kDe},
    {"einbruch", Cue::kChange, kInside, 0, kDe},
    {"eingebrochen", Cue::kChange, kWordStart, 0, kDe},
    // German verbs of a change: "ist um 6 Prozent abgestürzt", "wurden um 2 Prozent
    // angehoben"; a particle or comparative only for the amount after "um" ("ging um 2
    // Prozent zurück", "um 3 Prozent niedriger"; not "13 Prozent bleiben zurück", "mit 17
    // Prozent höher als").
    {"abgestürzt", Cue::kChange, kWordStart, 0, kDe},
    {"stürzte", Cue::kChange, kWordStart, 0, kDe},
    {"abgerutscht", Cue::kChange, kWordStart, 0, kDe},
    {"rutschte", Cue::kChange, kWordStart, 0, kDe},
    {"geschrumpft", Cue::kChange, kWordStart, 0, kDe},
    {"schrumpf", Cue::kChange, kWordStart, 0, kDe},
    {"zurückgegangen", Cue::kChange, kWordStart, 0, kDe},
    {"zurückging", Cue::kChange, kWordStart, 0, kDe},
    {"zurück", Cue::kChangeAfterUm, kWhole, 0, kDe},
    {"abgenommen", Cue::kChange, kWordStart, 0, kDe},
    {"zugenommen", Cue::kChange, kWordStart, 0, kDe},
    {"angehoben", Cue::kChange, kWordStart, 0, kDe},
    {"anheben", Cue::kChange, kWordStart, 0, kDe},
    {"senken", Cue::kChange, kWordStart, 0, kDe},
    {"senkte", Cue::kChange, kWordStart, 0, kDe},
    {"geklettert", Cue::kChange, kWordStart, 0, kDe},
    {"kletterte", Cue::kChange, kWordStart, 0, kDe},
    {"nachgegeben", Cue::kChange, kWordStart, 0, kDe},
    {"nach unten", Cue::kChangeAfterUm, kWordStart, 0, kDe},
    {"nach oben", Cue::kChangeAfterUm, kWordStart, 0, kDe},
    {"niedriger", Cue::kChangeAfterUm, kWordStart, 0, kDe},
    {"höher", Cue::kChangeAfterUm, kWordStart, 0, kDe},
    {"gesenkt", Cue::kChange, kWordStart, 0, kDe},
    {"senkung", Cue::kChange, kInside, 0, kDe},
    {"verringer", Cue::kChange, kInside, 0, kDe},
    {"verbesser", Cue::kChange, kInside, 0, kDe},
    {"verdoppel", Cue::kChange, kInside, 0, kDe},
    {"plus", Cue::kChange, kWhole, 0, kDeEn},
    {"minus", Cue::kChange, kWhole, 0, kDeEn},
    {"vorjahr", Cue::kChange, kInside, 0, kDe},
    {"crecimiento", Cue::kChange, kWordStart, 0, kEs},
    {"crec", Cue::kChange, kWordStart, 0, kEs},
    {"aument", Cue::kChange, kWordStart, 0, kEs},
    {"subi", Cue::kChange, kWordStart, 0, kEs},
    {"subió", Cue::kChange, kWordStart, 0, kEs},
    {"sube", Cue::kChange, kWordStart, 0, kEs},
    {"alza", Cue::kChange, kWordStart, 0, kEs},
    {"increment", Cue::kChange, kWordStart, 0, kEsEn},
    {"caída", Cue::kChange, kWordStart, 0, kEs},
    {"cayó", Cue::kChange, kWordStart, 0, kEs},
    {"cayer", Cue::kChange, kWordStart, 0, kEs},
    {"caíd", Cue::kChange, kWordStart, 0, kEs},
    {"caer", Cue::kChange, kWordStart, 0, kEs},
    {"cae", Cue::kChange, kWhole, 0, kEs},
    {"caen", Cue::kChange, kWhole, 0, kEs},
    // "bajo" / "bajos" is "under" or "low" ("bajo la pobreza", "más bajo que"), no fall.
    {"bajo", Cue::kNone, kWhole, 0, kEs},
    {"bajos", Cue::kNone, kWhole, 0, kEs},
    {"baj", Cue::kChange, kWordStart, 0, kEs},
    {"descen", Cue::kChange, kWordStart, 0, kEs},
    {"descenso", Cue::kChange, kWordStart, 0, kEs},
    {"disminu", Cue::kChange, kWordStart, 0, kEs},
    {"redujo", Cue::kChange, kWordStart, 0, kEs},
    {"reducci", Cue::kChange, kWordStart, 0, kEs},
    // More Spanish verbs of a change: "reduce el riesgo en un 70 %", "se desplomó un 8 %", "se
    // disparó un 17 %", "se hundió un 5 %", "se multiplicaron en un 700 %".
    {"reduce", Cue::kChange, kWhole, 0, kEs},
    {"reducen", Cue::kChange, kWhole, 0, kEs},
    {"reducía", Cue::kChange, kWhole, 0, kEs},
    {"reducían", Cue::kChange, kWhole, 0, kEs},
    {"reducir", Cue::kChange, kWordStart, 0, kEs},
    {"reduciría", Cue::kChange, kWordStart, 0, kEs},
    {"reduzca", Cue::kChange, kWordStart, 0, kEs},
    {"desplom", Cue::kChange, kWordStart, 0, kEs},
    {"disparó", Cue::kChange, kWhole, 0, kEs},
    {"dispararon", Cue::kChange, kWhole, 0, kEs},
    {"disparado", Cue::kChange, kWhole, 0, kEs},
    {"hundió", Cue::kChange, kWhole, 0, kEs},
    {"hundieron", Cue::kChange, kWhole, 0, kEs},
    {"multiplic", Cue::kChange, kWordStart, 0, kEs},
    {"retroced", Cue::kChange, kWordStart, 0, kEs},
    // "avanzó un 3 %", "un avance del 5 %", "repuntó un 2 %", "el repunte del 4 %". Only the
    // verb forms and "avance del / de un" as whole words: not "avanzadas" (advanced economies)
    // nor "avances" (progress).
    {"avanza", Cue::kChange, kWhole, 0, kEs},
    {"avanzan", Cue::kChange, kWhole, 0, kEs},
    {"avanzó", Cue::kChange, kWhole, 0, kEs},
    {"avanzaron", Cue::kChange, kWhole, 0, kEs},
    {"avanzaba", Cue::kChange, kWhole, 0, kEs},
    {"avanzaban", Cue::kChange, kWhole, 0, kEs},
    {"avanzará", Cue::kChange, kWhole, 0, kEs},
    {"avanzarán", Cue::kChange, kWhole, 0, kEs},
    {"avanzaría", Cue::kChange, kWhole, 0, kEs},
    {"avanzarían", Cue::kChange, kWhole, 0, kEs},
    {"avanzar", Cue::kChange, kWhole, 0, kEs},
    {"avance del", Cue::kChange, kWhole, 0, kEs},
    {"avance de un", Cue::kChange, kWhole, 0, kEs},
    {"repunt", Cue::kChange, kWordStart, 0, kEs},
    {"menos que", Cue::kChange, kWordStart, 0, kEs},
    // "más que" before an adjective or "nunca" intensifies, compares no amount: "una cuota
    // de mercado del 20 %, más que suficiente para …" is a share, not a change (listed
    // before "más que": the first cue of the table that matches is taken).
    {"más que suficiente", Cue::kNone, kWordStart, 0, kEs},
    {"más que nunca", Cue::kNone, kWordStart, 0, kEs},
    {"más que probable", Cue::kNone, kWordStart, 0, kEs},
    {"más que evidente", Cue::kNone, kWordStart, 0, kEs},
    {"más que", Cue::kChange, kWordStart, 0, kEs},
    {"interanual", Cue::kChange, kWordStart, 0, kEs},
    {"growth", Cue::kChange, kWordStart, 0, kEn},
    {"grew", Cue::kChange, kWhole, 0, kEn},
    {"grow", Cue::kChange, kWordStart, 0, kEn},
    {"rose", Cue::kChange, kWhole, 0, kEn},
    {"rise", Cue::kChange, kWordStart, 0, kEn},
    {"rising", Cue::kChange, kWordStart, 0, kEn},
    // Missing a target ("fell short", "falling short") is no change.
    {"fell short", Cue::kNone, kWordStart, 0, kEn},
    {"fell", Cue::kChange, kWhole, 0, kEn},
    {"fallec", Cue::kCases, kWordStart, 0, kEs},
    {"falling short", Cue::kNone, kWordStart, 0, kEn},
    {"falls short", Cue::kNone, kWordStart, 0, kEn},
    {"fall short", Cue::kNone, kWordStart, 0, kEn},
    {"fall", Cue::kChange, kWordStart, 0, kEn},
    {"drop", Cue::kChange, kWordStart, 0, kEn},
    {"jump", Cue::kChange, kWordStart, 0, kEn},
    {"climb", Cue::kChange, kWordStart, 0, kEn},
    {"declin", Cue::kChange, kWordStart, 0, kEn},
    {"increas", Cue::kChange, kWordStart, 0, kEn},
    {"decreas", Cue::kChange, kWordStart, 0, kEn},
    {"gain", Cue::kChange, kWordStart, 0, kEn},
    {"surge", Cue::kChange, kWordStart, 0, kEn},
    {"slump", Cue::kChange, kWordStart, 0, kEn},
    {"slip", Cue::kChange, kWordStart, 0, kEn},
    {"slid", Cue::kChange, kWordStart, 0, kEn},
    {"dip", Cue::kChange, kWordStart, 0, kEn},
    // Share prices and currencies: "X shed almost 4%", "shares lost 70%", "sales plunged".
    {"shed", Cue::kChange, kWhole, 0, kEn},
    {"lost", Cue::kChange, kWhole, 0, kEn},
    {"lose", Cue::kChange, kWhole, 0, kEn},  // "its shares lose 18% in a day"
    {"loses", Cue::kChange, kWhole, 0, kEn},
    {"losing", Cue::kChange, kWhole, 0, kEn},
    {"tumbl", Cue::kChange, kWordStart, 0, kEn},
    {"plung", Cue::kChange, kWordStart, 0, kEn},
    {"soar", Cue::kChange, kWordStart, 0, kEn},
    {"boost", Cue::kChange, kWordStart, 0, kEn},
    // Nouns of a rise: "a 17% uplift in bookings", "a 30% hike", "a 5% upturn in orders".
    {"uplift", Cue::kChange, kWordStart, 0, kEn},
    {"upturn", Cue::kChange, kWordStart, 0, kEn},
    {"upswing", Cue::kChange, kWordStart, 0, kEn},
    {"upsurge", Cue::kChange, kWordStart, 0, kEn},
    {"hike", Cue::kChange, kWordStart, 0, kEn},
    {"cut", Cue::kChange, kWhole, 0, kEn},
    // A comparative before "than" compares two levels, no change: "the offer came in lower
    // than the X% savers were promised" (a rate right before the comparative stays growth:
    // Metric).
    {"lower than", Cue::kNone, kWhole, 0, kEn},
    {"higher than", Cue::kNone, kWhole, 0, kEn},
    {"lower", Cue::kChange, kWhole, 0, kEn},
    {"higher", Cue::kChange, kWhole, 0, kEn},
    {"up to", Cue::kNone, kWhole, 0, kEn},
    // "contract staff make up X%" names a part of a whole, no rise ("its shares were up").
    {"make up", Cue::kNone, kWhole, 0, kEn},
    {"makes up", Cue::kNone, kWhole, 0, kEn},
    {"making up", Cue::kNone, kWhole, 0, kEn},
    {"up", Cue::kChange, kWhole, 0, kEn},
    {"down", Cue::kChange, kWhole, 0, kEn},
    {"year-on-year", Cue::kChange, kWordStart, 0, kEn},
    {"year earlier", Cue::kChange, kWordStart, 0, kEn},
    {"a year ago", Cue::kChange, kWordStart, 0, kEn},
    {"marge", Cue::kMargin, kInside, kStrong, kDe},
    // "al margen de" (apart from), a margin of error or of manoeuvre: no margin earned.
    {"al margen", Cue::kNone, kWordStart, 0, kEs},
    {"margen de error", Cue::kNone, kWordStart, 0, kEs},
    {"margen de maniobra", Cue::kNone, kWordStart, 0, kEs},
    {"margen", Cue::kMargin, kWordStart, kStrong, kEs},
    {"marginal", Cue::kNone, kWordStart, 0, kEn},  // "marginally up", "marginal": no margin
    {"margin of error", Cue::kNone, kWordStart, 0, kEn},
    // "by a wide margin": how far ahead, no margin earned.
    {"wide margin", Cue::kNone, kWordStart, 0, kEn},
    {"narrow margin", Cue::kNone, kWordStart, 0, kEn},
    {"slim margin", Cue::kNone, kWordStart, 0, kEn},
    {"comfortable margin", Cue::kNone, kWordStart, 0, kEn},
    {"margin", Cue::kMargin, kWordStart, kStrong, kEn},
    {"leitzins", Cue::kInterest, kInside, kStrong, kDe},
    {"zins", Cue::kInterest, kInside, kStrong, kDe},
    {"rendite", Cue::kInterest, kInside, kStrong, kDe},
    {"tipo de interés", Cue::kInterest, kWordStart, kStrong, kEs},
    {"tipos de interés", Cue::kInterest, kWordStart, kStrong, kEs},
    {"interés", Cue::kInterest, kWordStart, 0, kEs},
    {"rentabilidad", Cue::kInterest, kWordStart, 0, kEs},
    {"interest rate", Cue::kInterest, kWordStart, kStrong, kEn},
    {"yield", Cue::kInterest, kWordStart, kStrong, kEn},
    {"inflation", Cue::kInflation, kInside, kStrong, kDeEn},
    {"teuerung", Cue::kInflation, kInside, kStrong, kDe},
    {"inflaci", Cue::kInflation, kWordStart, kStrong, kEs},
    {"ipc", Cue::kInflation, kWhole, kStrong, kEs},
    {"arbeitslos", Cue::kUnemployment, kInside, kStrong, kDe},
    {"Arbeitslos", Cue::kUnemployment, kInside, kStrong, kDe},
    {"paro", Cue::kUnemployment, kWhole, kStrong, kEs},
    {"desemple", Cue::kUnemployment, kWordStart, kStrong, kEs},
    {"unemploy", Cue::kUnemployment, kWordStart, kStrong, kEn},
    {"jobless", Cue::kUnemployment, kWordStart, kStrong, kEn},
    {"wahlbeteiligung", Cue::kVote, kInside, kStrong, kDe},  // turnout: no stake ("beteiligung")
    {"stimmenanteil", Cue::kVote, kInside, kStrong, kDe},    // not the share cue "anteil"
    {"stimmen", Cue::kVote, kWhole, kStrong, kDe},
    // A vote's result and its voters: "64 Abgeordnete stimmten gegen den Antrag" (only with
    // für / gegen / ab …: StimmtenVotes), "9 Gegenstimmen", "4 Enthaltungen", "12.400
    // Wahlberechtigte".
    {"stimmten", Cue::kVote, kWhole, 0, kDe},
    {"gegenstimme", Cue::kVote, kInside, kStrong, kDe},
    {"enthaltung", Cue::kVote, kInside, 0, kDe},
    {"stimmberechtigt", Cue::kVote, kInside, 0, kDe},
    // A vote held and its result, not the other "Abstimmung", coordination ("in Abstimmung
    // mit", "die Abstimmung der Behörden klappt").
    {"bei der abstimmung", Cue::kVote, kWordStart, 0, kDe},
    {"abstimmungsergebnis", Cue::kVote, kInside, 0, kDe},
    {"abstimmungsresultat", Cue::kVote, kInside, 0, kDe},
    {"wähler", Cue::kVote, kInside, 0, kDe},
    {"umfrage", Cue::kSurvey, kInside, 0, kDe},
    {"partei", Cue::kPoll, kInside, 0, kDe},
    {"kandidat", Cue::kPoll, kInside, 0, kDe},
    {"befürworter", Cue::kPoll, kWordStart, 0, kDe},  // a referendum's sides
    // An election result: "die Liste X kommt auf 31 Prozent (12 Mandate)", "el partido X
    // obtuvo el 31 % y 12 escaños"; the strongest party by votes ("stimmenstärkste Partei").
    // Seats are "Mandat(e)" as a word or a parliament's compound ("Direktmandate"), not a
    // business mandate ("Beratungsmandat": a percentage next to it is a fee, no vote share).
    {"mandat", Cue::kSeat, kWordStart, 0, kDe},
    {"direktmandat", Cue::kSeat, kInside, 0, kDe},
    {"listenmandat", Cue::kSeat, kInside, 0, kDe},
    {"überhangmandat", Cue::kSeat, kInside, 0, kDe},
    {"ausgleichsmandat", Cue::kSeat, kInside, 0, kDe},
    {"stimmenstärkst", Cue::kVote, kWordStart, 0, kDe},
    {"escaño", Cue::kSeat, kWordStart, 0, kEs},
    {"gegner", Cue::kPoll, kWordStart, 0, kDe},
    {"vorhergesagt", Cue::kPoll, kWordStart, 0,
     kDe},  // "in Umfragen werden X 8 Prozent vorhergesagt"
    {"voraussag", Cue::kPoll, kInside, 0, kDe},
    {"sonntagsfrage", Cue::kVote, kInside, 0, kDe},
    {"referend", Cue::kVote, kInside, 0, kAllLangs},  // "Referendum", "Referenden": a vote
    {"volksabstimmung", Cue::kVote, kInside, 0, kDe},
    {"volksbefragung", Cue::kVote, kInside, 0, kDe},
    {"wahl", Cue::kVote, kWordStart, 0, kDe},
    {"votos", Cue::kVote, kWordStart, kStrong, kEs},
    // Votes cast: "ya ha votado", "votaron 900 socios" (not "votación", a vote held, nor
    // "devoto"; a bare "electores" counts people who may vote, no votes cast).
    {"votado", Cue::kVote, kWhole, 0, kEs},
    {"votaron", Cue::kVote, kWhole, 0, kEs},
    {"voto", Cue::kVote, kWordStart, 0, kEs},
    {"sufragio", Cue::kVote, kWordStart, 0, kEs},
    // A survey's answers are shares of those asked; next to a party, a candidate or an
    // election it is a poll of votes ("Umfrage" above).
    {"encuesta", Cue::kSurveyVote, kWordStart, 0, kEs},
    {"sondeo", Cue::kSurveyVote, kWordStart, 0, kEs},
    {"partido", Cue::kPoll, kWordStart, 0, kEs},
    {"candidat", Cue::kPoll, kWordStart, 0, kEsEn},
    {"elecci", Cue::kVote, kWordStart, 0, kEs},
    {"votes", Cue::kVote, kWordStart, kStrong, kEn},
    {"of the vote", Cue::kVote, kWhole, kStrong, kEn},
    {"vote share", Cue::kVote, kWordStart, kStrong, kEn},
    {"voters", Cue::kVote, kWordStart, 0, kEn},
    {"poll", Cue::kSurveyVote, kWordStart, 0, kEn},
    {"party", Cue::kPoll, kWhole, 0, kEn},
    {"parties", Cue::kPoll, kWhole, 0, kEn},
    {"election", Cue::kVote, kWordStart, 0, kEn},
    // ---- counts
    {"liefer", Cue::kShipment, kInside, 0, kDe},
    {"ausgeliefert", Cue::kShipment, kWordStart, 0, kDe},
    {"versand", Cue::kShipment, kInside, 0, kDe},
    {"erhalten", Cue::kShipment, kWordStart, 0, kDe},
    {"envío", Cue::kShipment, kWordStart, 0, kEs},
    {"envio", Cue::kShipment, kWordStart, 0, kEs},
    {"enviad", Cue::kShipment, kWordStart, 0, kEs},
    {"entreg", Cue::kShipment, kWordStart, 0, kEs},
    {"recibi", Cue::kShipment, kWordStart, 0, kEs},
    {"shipment", Cue::kShipment, kWordStart, 0, kEn},
    {"shipped", Cue::kShipment, kWordStart, 0, kEn},
    {"deliver", Cue::kShipment, kWordStart, 0, kEn},
    {"received", Cue::kShipment, kWordStart, 0, kEn},
    {"bestell", Cue::kOrder, kInside, 0, kDe},
    // "Auftrag", "Aufträge", "Auftragseingang"; not "Auftritte", "auftreten", "Auftrieb".
    {"auftrag", Cue::kOrder, kWordStart, 0, kDe},
    {"aufträg", Cue::kOrder, kWordStart, 0, kDe},
    {"pedido", Cue::kOrder, kWordStart, 0, kEs},
    // "se encargan de", "el encargado de": in charge of, not an order
    {"encargado", Cue::kNone, kWordStart, 0, kEs},
    {"encargada", Cue::kNone, kWordStart, 0, kEs},
    {"encarga de", Cue::kNone, kWordStart, 0, kEs},
    {"encargan de", Cue::kNone, kWordStart, 0, kEs},
    {"encargará de", Cue::kNone, kWordStart, 0, kEs},
    {"encargarán de", Cue::kNone, kWordStart, 0, kEs},
    {"encargaba de", Cue::kNone, kWordStart, 0, kEs},
    {"encargaban de", Cue::kNone, kWordStart, 0, kEs},
    {"encargarse de", Cue::kNone, kWordStart, 0, kEs},
    {"encargue de", Cue::kNone, kWordStart, 0, kEs},
    {"encarguen de", Cue::kNone, kWordStart, 0, kEs},
    {"encargó de", Cue::kNone, kWordStart, 0, kEs},
    {"encargaron de", Cue::kNone, kWordStart, 0, kEs},
    {"encarg", Cue::kOrder, kWordStart, 0, kEs},  // "encargar 20 trenes": an order
    {"order", Cue::kOrder, kWordStart, 0, kEn},
    // Shopping and trade, not a purchase: "Einkaufszentrum", "Einkaufsstraße",
    // "Einkaufsmanagerindex", "Kaufkraft", "Kaufhaus", "Versicherungskaufleute",
    // "kaufmännisch"; nor "kauf" across the parts of "Grafik|aufgaben", "Klinik|aufenthalt".
    {"einkaufs", Cue::kNone, kInside, 0, kDe},
    {"kaufkraft", Cue::kNone, kInside, 0, kDe},
    {"kaufhaus", Cue::kNone, kInside, 0, kDe},
    {"kaufmann", Cue::kNone, kInside, 0, kDe},
    {"kaufmänn", Cue::kNone, kInside, 0, kDe},
    {"kaufleute", Cue::kNone, kInside, 0, kDe},
    {"kauffrau", Cue::kNone, kInside, 0, kDe},
    {"kaufgabe", Cue::kNone, kInside, 0, kDe},
    {"kaufenthalt", Cue::kNone, kInside, 0, kDe},
    {"kaufruf", Cue::kNone, kInside, 0, kDe},
    {"gekauft", Cue::kPurchase, kInside, 0, kDe},
    // Procurement: "200 Busse angeschafft", "70.000 Zelte beschaffen", "Beschaffung von".
    {"beschaffenheit", Cue::kNone, kInside, 0, kDe},
    {"beschaff", Cue::kPurchase, kInside, 0, kDe},
    {"anschaff", Cue::kPurchase, kInside, 0, kDe},
    {"angeschafft", Cue::kPurchase, kWordStart, 0, kDe},
    {"erworben", Cue::kPurchase, kWordStart, 0, kDe},
    {"kauf", Cue::kPurchase, kInside, 0, kDe},
    {"käuf", Cue::kPurchase, kInside, 0, kDe},
    {"compra", Cue::kPurchase, kWordStart, 0, kEs},
    {"compró", Cue::kPurchase, kWordStart, 0, kEs},
    {"adquiri", Cue::kPurchase, kWordStart, 0, kEs},
    {"purchas", Cue::kPurchase, kWordStart, 0, kEn},
    {"bought", Cue::kPurchase, kWordStart, 0, kEn},
    {"buy", Cue::kPurchase, kWordStart, 0, kEn},
    {"verkauf", Cue::kSales, kInside, 0, kDe},
    {"verkäuf", Cue::kSales, kInside, 0, kDe},
    {"absatz", Cue::kSales, kInside, 0, kDe},
    {"vendi", Cue::kSales, kWordStart, 0, kEs},
    {"vende", Cue::kSales, kWordStart, 0, kEs},
    {"sold", Cue::kSales, kWhole, 0, kEn},
    {"sell", Cue::kSales, kWordStart, 0, kEn},
    {"produktion", Cue::kProduction, kInside, 0, kDe},
    {"produzier", Cue::kProduction, kInside, 0, kDe},
    {"herstell", Cue::kProduction, kInside, 0, kDe},
    {"hergestellt", Cue::kProduction, kInside, 0, kDe},
    {"kapazität", Cue::kProduction, kInside, 0, kDe},
    {"fertigung", Cue::kProduction, kInside, 0, kDe},
    {"producci", Cue::kProduction, kWordStart, 0, kEs},
    {"produc", Cue::kProduction, kWordStart, 0, kEsEn},
    {"fabric", Cue::kProduction, kWordStart, 0, kEs},
    {"capacidad", Cue::kProduction, kWordStart, 0, kEs},
    {"production", Cue::kProduction, kWordStart, 0, kEn},
    {"produce", Cue::kProduction, kWordStart, 0, kEn},
    {"output", Cue::kProduction, kWordStart, 0, kEn},
    {"capacity", Cue::kProduction, kWordStart, 0, kEn},
    {"mitarbeit", Cue::kEmployees, kInside, kStrong, kDe},
    {"beschäftigt", Cue::kEmployees, kInside, 0, kDe},
    {"angestellt", Cue::kEmployees, kInside, 0, kDe},
    {"arbeitsplätze", Cue::kEmployees, kInside, kStrong, kDe},
    {"arbeitnehmer", Cue::kEmployees, kInside, 0, kDe},
    // "Stellen" as a word ("7000 Stellen", "Stellenabbau") or the last part of any compound
    // ("Polizistenstellen"); not a verb ("herstellen") or a place or office ("Tankstellen",
    // "Haltestellen", "Baustellen", "Beratungsstellen": StellenJob).
    {"stellen", Cue::kEmployees, kInside, 0, kDe},
    {"belegschaft", Cue::kEmployees, kInside, 0, kDe},
    {"bedienstete", Cue::kEmployees, kInside, 0, kDe},  // Austrian: "Vertragsbedienstete"
    {"jobs", Cue::kEmployees, kInside, kStrong, kDeEn},
    {"empleador", Cue::kNone, kWordStart, 0, kEs},  // employers ("empleadoras"), no staff
    {"empleado", Cue::kEmployees, kWordStart, kStrong, kEs},
    {"empleo", Cue::kEmployees, kWordStart, kStrong, kEs},
    {"trabajador", Cue::kEmployees, kWordStart, 0, kEs},
    {"plantilla", Cue::kEmployees, kWordStart, 0, kEs},
    {"puestos de trabajo", Cue::kEmployees, kWordStart, kStrong, kEs},
    {"despid", Cue::kEmployees, kWordStart, 0, kEs},
    {"employ", Cue::kEmployees, kWordStart, kStrong, kEn},
    {"staff", Cue::kEmployees, kWordStart, 0, kEn},
    {"worker", Cue::kEmployees, kInside, 0, kDeEn},  // also German "Crowdworker"
    {"workforce", Cue::kEmployees, kWordStart, 0, kEn},
    {"job", Cue::kEmployees, kWhole, 0, kDeEn},
    {"nutzer", Cue::kUsers, kInside, kStrong, kDe},
    {"kunden", Cue::kUsers, kInside, 0, kDe},
    {"abonnent", Cue::kUsers, kInside, 0, kDe},
    {"usuario", Cue::kUsers, kWordStart, kStrong, kEs},
    {"cliente", Cue::kUsers, kWordStart, 0, kEs},
    {"abonado", Cue::kUsers, kWordStart, 0, kEs},
    {"suscriptor", Cue::kUsers, kWordStart, 0, kEs},
    {"users", Cue::kUsers, kWordStart, kStrong, kEn},
    {"signing up", Cue::kUsers, kWordStart, 0, kEn},
    {"signed up", Cue::kUsers, kWordStart, 0, kEn},
    {"sign-ups", Cue::kUsers, kWordStart, 0, kEn},
    {"subscriptions", Cue::kUsers, kWordStart, 0, kEn},
    {"suscripciones", Cue::kUsers, kWordStart, 0, kEs},
    {"anschlüsse", Cue::kUsers, kInside, 0, kDe},
    {"customers", Cue::kUsers, kWordStart, 0, kEn},
    {"subscribers", Cue::kUsers, kWordStart, 0, kEn},
    {"accounts", Cue::kUsers, kWordStart, 0, kDeEn},  // also German "Accounts"
    {"einwohner", Cue::kPopulation, kInside, 0, kDe},
    {"bevölkerung", Cue::kPopulation, kInside, 0, kDe},
    {"menschenleben", Cue::kCases, kWordStart, 0, kDe},  // lives lost: deaths, not people
    // Human rights name no people counted: "Menschenrechte", "Menschenrechtskommission" (the
    // activists, "Menschenrechtler", are people).
    {"menschenrechte", Cue::kNone, kWhole, 0, kDe},
    {"menschenrechten", Cue::kNone, kWhole, 0, kDe},
    {"menschenrechts", Cue::kNone, kWordStart, 0, kDe},
    {"menschen", Cue::kPopulation, kWordStart, 0, kDe},
    {"personen", Cue::kPopulation, kWordStart, 0, kDe},
    {"bürger", Cue::kPopulation, kInside, 0, kDe},
    {"flüchtlinge", Cue::kPopulation, kInside, 0, kDe},
    {"migranten", Cue::kPopulation, kInside, 0, kDe},  // also "Wirtschaftsmigranten"
    {"asylwerber", Cue::kPopulation, kInside, 0, kDe},
    {"asylbewerber", Cue::kPopulation, kInside, 0, kDe},
    {"schutzsuchende", Cue::kPopulation, kInside, 0, kDe},
    {"habitantes", Cue::kPopulation, kWordStart, 0, kEs},
    {"mujeres", Cue::kPopulation, kWordStart, 0, kEs},
    {"hombres", Cue::kPopulation, kWordStart, 0, kEs},
    {"jóvenes", Cue::kPopulation, kWordStart, 0, kEs},
    {"familias", Cue::kPopulation, kWordStart, 0, kEs},
    {"frauen", Cue::kPopulation, kWhole, 0, kDe},
    {"männer", Cue::kPopulation, kWhole, 0, kDe},
    {"familien", Cue::kPopulation, kWhole, 0, kDe},
    {"women", Cue::kPopulation, kWhole, 0, kEn},
    {"families", Cue::kPopulation, kWhole, 0, kEn},
    {"pacientes", Cue::kCases, kWordStart, kStrong, kEs},
    {"patienten", Cue::kCases, kInside, kStrong, kDe},
    {"patients", Cue::kCases, kWordStart, kStrong, kEn},
    {"poblaci", Cue::kPopulation, kWordStart, 0, kEs},
    {"personas", Cue::kPopulation, kWordStart, 0, kEs},
    {"ciudadanos", Cue::kPopulation, kWordStart, 0, kEs},
    {"indocumentad", Cue::kPopulation, kWordStart, 0, kEs},
    {"inmigrantes", Cue::kPopulation, kWordStart, 0, kEs},
    {"migrantes", Cue::kPopulation, kWordStart, 0, kEs},
    {"refugiad", Cue::kPopulation, kWordStart, 0, kEs},
    {"people", Cue::kPopulation, kWordStart, 0, kEn},
    {"residents", Cue::kPopulation, kWordStart, 0, kEn},
    {"inhabitants", Cue::kPopulation, kWordStart, 0, kEn},
    {"population", Cue::kPopulation, kWordStart, 0, kDeEn},  // also German "Population"
    {"fälle", Cue::kCases, kInside, kStrong, kDe},
    {"tote", Cue::kCases, kInside, kStrong, kDe},
    {"todesopfer", Cue::kCases, kInside, kStrong, kDe},
    {"infizier", Cue::kCases, kInside, 0, kDe},
    {"infektion", Cue::kCases, kInside, 0, kDe},
    {"gestorben", Cue::kCases, kWordStart, 0, kDe},
    // German verbs of death and harm: the people counted near them are cases, not a
    // population ("wurden 20 Menschen getötet", "kamen drei Personen ums Leben").
    {"verstorben", Cue::kCases, kWordStart, 0, kDe},
    {"starb", Cue::kCases, kWhole, 0, kDe},
    {"starben", Cue::kCases, kWhole, 0, kDe},
    // The present tense too ("in Velmarstadt sterben 15 Menschen"); whole words at a word
    // start: no "Waldsterben". Only people die as cases: things that "sterben" (inns, trees,
    // shops) are none (Metric, ThingsDieOnly).
    {"sterben", Cue::kCases, kWhole, 0, kDe},
    {"stirbt", Cue::kCases, kWhole, 0, kDe},
    {"getötet", Cue::kCases, kWordStart, 0, kDe},
    {"tötete", Cue::kCases, kWordStart, 0, kDe},
    {"ums leben", Cue::kCases, kWordStart, 0, kDe},
    // The other phrasal forms of death: the present "tötet" ("das Gas tötet 26 Arbeiter"),
    // lives lost or taken ("verloren 30 Menschen ihr Leben", "hat schon 212 Kindern das Leben
    // gekostet"; "kostet" / "kostete" only after "<count> das Leben", LifeCostDe: "das Leben
    // kostet für 4.000 Studenten mehr" is the cost of living), "zu Tode" (whole: not
    // "Todesfall") and the dead recovered ("haben Helfer 17 Fahrgäste tot geborgen").
    {"tötet", Cue::kCases, kWhole, 0, kDe},
    {"leben verlor", Cue::kCases, kWordStart, 0, kDe},
    {"leben gekostet", Cue::kCases, kWordStart, 0, kDe},
    {"zu tode", Cue::kCases, kWhole, 0, kDe},
    {"tot geborgen", Cue::kCases, kWordStart, 0, kDe},
    {"tot aufgefunden", Cue::kCases, kWordStart, 0, kDe},
    {"umgekommen", Cue::kCases, kWordStart, 0, kDe},
    {"ermordet", Cue::kCases, kWordStart, 0, kDe},
    {"umgebracht", Cue::kCases, kWhole, 0, kDe},
    {"erschossen", Cue::kCases, kWordStart, 0, kDe},
    {"tödlich", Cue::kCases, kWordStart, 0, kDe},
    {"ertrunken", Cue::kCases, kWordStart, 0, kDe},
    {"erkrankt", Cue::kCases, kWordStart, 0, kDe},  // fell ill: "erkrankte", "erkrankten"
    {"verunglückt", Cue::kCases, kInside, 0, kDe},
    {"verwundet", Cue::kCases, kWordStart, 0, kDe},
    {"vermisst", Cue::kCases, kWordStart, 0, kDe},
    {"opfer", Cue::kCases, kWhole, 0, kDe},
    {"opfern", Cue::kCases, kWhole, 0, kDe},
    {"verletzt", Cue::kCases, kInside, 0, kDe},
    {"entführt", Cue::kCases, kWordStart, 0, kDe},
    {"missbraucht", Cue::kCases, kWordStart, 0, kDe},
    {"casos", Cue::kCases, kWordStart, kStrong, kEs},
    {"muert", Cue::kCases, kWordStart, kStrong, kEs},
    {"contagi", Cue::kCases, kWordStart, 0, kEs},
    {"infectad", Cue::kCases, kWordStart, 0, kEs},
    {"víctimas", Cue::kCases, kWordStart, 0, kEs},
    {"heridos", Cue::kCases, kWordStart, 0, kEs},
    // Harm and crime: the wounded, the murdered, the kidnapped, the abused, the missing and
    // the hospitalised are cases, and so are such crimes counted ("41 violaciones", "300
    // decesos"); whole words where the noun of the doer shares the stem ("violadores",
    // "secuestradores").
    {"heridas", Cue::kCases, kWhole, 0, kEs},
    {"lesionad", Cue::kCases, kWordStart, 0, kEs},
    {"asesinad", Cue::kCases, kWordStart, 0, kEs},
    {"asesinatos", Cue::kCases, kWhole, 0, kEs},
    {"asesinó", Cue::kCases, kWhole, 0, kEs},
    {"asesinaron", Cue::kCases, kWhole, 0, kEs},
    {"secuestrados", Cue::kCases, kWhole, 0, kEs},
    {"secuestradas", Cue::kCases, kWhole, 0, kEs},
    {"secuestros", Cue::kCases, kWhole, 0, kEs},
    {"secuestró", Cue::kCases, kWhole, 0, kEs},
    {"secuestraron", Cue::kCases, kWhole, 0, kEs},
    {"violados", Cue::kCases, kWhole, 0, kEs},
    {"violadas", Cue::kCases, kWhole, 0, kEs},
    {"violaciones", Cue::kCases, kWhole, 0, kEs},
    {"violó", Cue::kCases, kWhole, 0, kEs},
    {"violaron", Cue::kCases, kWhole, 0, kEs},
    {"abusados", Cue::kCases, kWhole, 0, kEs},
    {"abusadas", Cue::kCases, kWhole, 0, kEs},
    {"abusó", Cue::kCases, kWhole, 0, kEs},
    {"abusaron", Cue::kCases, kWhole, 0, kEs},
    {"desaparecidos", Cue::kCases, kWhole, 0, kEs},
    {"desaparecidas", Cue::kCases, kWhole, 0, kEs},
    {"hospitaliz", Cue::kCases, kWordStart, 0, kEs},
    {"decesos", Cue::kCases, kWordStart, kStrong, kEs},
    {"defunciones", Cue::kCases, kWordStart, kStrong, kEs},
    // Spanish verbs of death and infection, like the German ones above ("murieron 20
    // personas", "el virus mató a 100.000 personas", "infectó a 500 personas").
    {"murieron", Cue::kCases, kWhole, 0, kEs},
    {"murió", Cue::kCases, kWhole, 0, kEs},
    {"mueren", Cue::kCases, kWhole, 0, kEs},
    {"muere", Cue::kCases, kWhole, 0, kEs},
    {"morían", Cue::kCases, kWhole, 0, kEs},
    {"moría", Cue::kCases, kWhole, 0, kEs},
    {"morirán", Cue::kCases, kWhole, 0, kEs},
    {"morirían", Cue::kCases, kWhole, 0, kEs},
    {"mató", Cue::kCases, kWhole, 0, kEs},
    {"mataron", Cue::kCases, kWhole, 0, kEs},
    {"infectó", Cue::kCases, kWhole, 0, kEs},
    {"infectaron", Cue::kCases, kWhole, 0, kEs},
    {"cases", Cue::kCases, kWordStart, kStrong, kEn},
    {"deaths", Cue::kCases, kWordStart, kStrong, kEn},
    {"died", Cue::kCases, kWordStart, 0, kEn},
    // People counted dead ("rescuers counted 18 villagers dead"; whole: not "deadline"). Only
    // people: dead trees or batteries are no cases (Metric, ThingsDieOnly).
    {"dead", Cue::kCases, kWhole, 0, kEn},
    {"killed", Cue::kCases, kWordStart, 0, kEn},
    {"infections", Cue::kCases, kWordStart, 0, kEn},
    // Harm, as in German and Spanish: "30 people were injured", "12 wounded", "40 fatalities".
    {"injured", Cue::kCases, kWhole, 0, kEn},
    {"wounded", Cue::kCases, kWhole, 0, kEn},
    {"fatalities", Cue::kCases, kWhole, kStrong, kEn},
    {"casualties", Cue::kCases, kWhole, kStrong, kEn},
    {"murdered", Cue::kCases, kWhole, 0, kEn},
    {"kidnapped", Cue::kCases, kWhole, 0, kEn},
    {"hospitalised", Cue::kCases, kWhole, 0, kEn},
    {"hospitalized", Cue::kCases, kWhole, 0, kEn},
    {"passagier", Cue::kVisitors, kInside, 0, kDe},
    {"fluggäste", Cue::kVisitors, kInside, 0, kDe},
    {"besucher", Cue::kVisitors, kInside, 0, kDe},
    {"zuschauer", Cue::kVisitors, kInside, 0, kDe},
    // An audience that listens ("Zuhörerinnen", "Radiohörer", "listeners"; Spanish "oyentes"
    // only as the counted noun); not "Kopfhörer" (headphones) or a bare "Hörer" (a receiver).
    {"zuhörer", Cue::kVisitors, kInside, 0, kDe},
    {"radiohörer", Cue::kVisitors, kInside, 0, kDe},
    {"rundfunkhörer", Cue::kVisitors, kInside, 0, kDe},
    {"gäste", Cue::kVisitors, kInside, 0, kDe},
    {"nächtigung", Cue::kVisitors, kInside, 0, kDe},
    {"übernachtung", Cue::kVisitors, kInside, 0, kDe},
    {"touristen", Cue::kVisitors, kInside, 0, kDe},
    {"pasajeros", Cue::kVisitors, kWordStart, 0, kEs},
    {"visitantes", Cue::kVisitors, kWordStart, 0, kEs},
    {"visitas", Cue::kVisitors, kWordStart, 0, kEs},
    {"turistas", Cue::kVisitors, kWordStart, 0, kEs},
    {"espectadores", Cue::kVisitors, kWordStart, 0, kEs},
    // Viewers of a broadcast or a video: "seguida por 13 millones de telespectadores", "43.000
    // reproducciones", "un vídeo visto por 200.000 personas".
    {"telespectadores", Cue::kVisitors, kWordStart, 0, kEs},
    {"reproducciones", Cue::kVisitors, kWordStart, 0, kEs},
    {"visualizaciones", Cue::kVisitors, kWordStart, 0, kEs},
    {"visto por", Cue::kVisitors, kWordStart, kStrong, kEs},
    {"vista por", Cue::kVisitors, kWordStart, kStrong, kEs},
    {"asistentes", Cue::kVisitors, kWordStart, 0, kEs},
    {"passengers", Cue::kVisitors, kWordStart, 0, kEn},
    {"visitors", Cue::kVisitors, kWordStart, 0, kEn},
    {"viewers", Cue::kVisitors, kWordStart, 0, kEn},
    {"tourists", Cue::kVisitors, kWordStart, 0, kEn},
    {"audience", Cue::kVisitors, kWordStart, 0, kEn},
    {"listeners", Cue::kVisitors, kWordStart, 0, kEn},
    {"filiale", Cue::kSites, kInside, 0, kDe},
    {"standort", Cue::kSites, kInside, 0, kDe},
    {"werke", Cue::kSites, kInside, 0, kDe},
    {"geschäfte", Cue::kSites, kWordStart, 0, kDe},
    {"läden", Cue::kSites, kInside, 0, kDe},
    {"tiendas", Cue::kSites, kWordStart, 0, kEs},
    {"oficinas", Cue::kSites, kWordStart, 0, kEs},
    {"sucursales", Cue::kSites, kWordStart, 0, kEs},
    {"plantas", Cue::kSites, kWordStart, 0, kEs},
    {"fábricas", Cue::kSites, kWordStart, 0, kEs},
    {"centros", Cue::kSites, kWordStart, 0, kEs},
    {"stores", Cue::kSites, kWordStart, 0, kDeEn},  // also German "Flagship-Stores"
    {"branches", Cue::kSites, kWordStart, 0, kEn},
    {"plants", Cue::kSites, kWordStart, 0, kEn},
    {"factories", Cue::kSites, kWordStart, 0, kEn},
    {"shops", Cue::kSites, kWordStart, 0, kDeEn},  // also German "Shops"
    {"outlets", Cue::kSites, kWordStart, 0, kEn},
    {"sites", Cue::kSites, kWordStart, 0, kEn},
    {"firmen", Cue::kCompanies, kInside, 0, kDe},
    {"banken", Cue::kCompanies, kWhole, 0, kDe},
    {"insolvenz", Cue::kCompanies, kInside, 0, kDe},
    {"pleite", Cue::kCompanies, kInside, 0, kDe},
    {"empresas", Cue::kCompanies, kWordStart, 0, kEs},
    {"bancos", Cue::kCompanies, kWordStart, 0, kEs},
    {"quiebra", Cue::kCompanies, kWordStart, 0, kEs},
    {"companies", Cue::kCompanies, kWordStart, 0, kEn},
    {"banks", Cue::kCompanies, kWhole, 0, kEn},
    {"firms", Cue::kCompanies, kWhole, 0, kEn},
    {"bankrupt", Cue::kCompanies, kWordStart, 0, kEn},
    // ---- modifiers
    {"plant", Cue::kPlan, kWhole, 0, kDe},
    {"planen", Cue::kPlan, kWhole, 0, kDe},
    {"planea", Cue::kPlan, kWordStart, 0, kEs},
    {"prevé", Cue::kPlan, kWordStart, 0, kEs},
    {"plans", Cue::kPlan, kWhole, 0, kEn},
    {"planned", Cue::kPlan, kWhole, 0, kEn},
    // A limit set on spending is a budget ("die Ausgaben auf vier Millionen deckeln",
    // "Ausgabenobergrenze von 6 Millionen Euro", "a £7m cap on spending", "un tope de gasto de 4
    // millones"): a limit word on spending (FindCues keeps only those), not one anywhere in
    // the sentence ("zeitlich begrenzt", "la fecha tope", "a cap and gown").
    {"unbegrenz", Cue::kNone, kInside, 0, kDe},  // "unbegrenzt": no limit
    {"begrenz", Cue::kLimit, kInside, 0, kDe},
    {"limitier", Cue::kLimit, kInside, 0, kDe},
    {"obergrenze", Cue::kLimit, kInside, 0, kDe},
    {"deckel", Cue::kLimit, kInside, 0, kDe},
    {"tope", Cue::kLimit, kWhole, 0, kEs},
    {"topes", Cue::kLimit, kWhole, 0, kEs},
    {"límite", Cue::kLimit, kWordStart, 0, kEs},
    {"limita", Cue::kLimit, kWordStart, 0, kEs},
    {"limit", Cue::kLimit, kWhole, 0, kEn},
    {"limits", Cue::kLimit, kWhole, 0, kEn},
    {"cap", Cue::kLimit, kWhole, 0, kEn},
    {"capped", Cue::kLimit, kWhole, 0, kEn},
    {"ceiling", Cue::kLimit, kWordStart, 0, kEn},
    {"angeführt von", Cue::kListHead, kWordStart, 0, kDe},
    {"darunter", Cue::kListHead, kWordStart, 0, kDe},
    {"encabezad", Cue::kListHead, kWordStart, 0, kEs},
    {"liderad", Cue::kListHead, kWordStart, 0, kEs},
    {"led by", Cue::kListHead, kWordStart, 0, kEn},
    {"respectivamente", Cue::kRespectively, kWordStart, 0, kEs},
    {"respectively", Cue::kRespectively, kWordStart, 0, kEn},
    {"beziehungsweise", Cue::kRespectively, kWordStart, 0, kDe},
    {"bzw.", Cue::kRespectively, kWordStart, 0, kDe},
};

// The byte classes of FindCues' filter (CueIndex::starts): the ASCII letters 1..26 in
// either case (the scan compares lower-cased bytes), the other bytes that begin cues ' ',
// '/', 0xC3 and the continuation bytes of ä / ö / ü (each its own class) and the other
// continuation bytes (one class), every other byte 0. Bytes sharing a class only let more
// positions through to the exact comparison.
struct ByteClassTable {
  static constexpr uint8_t kSpace = 27, kSlash = 28, kC3 = 29, kUmlaut = 30, kCont = 31;
  uint8_t c[256] = {};
  constexpr ByteClassTable() {
    for (int b = 0; b < 256; ++b) {
      const int l = b | 0x20;
      c[b] = b < 0x80 && l >= 'a' && l <= 'z'      ? static_cast<uint8_t>(l - 'a' + 1)
             : b == ' '                            ? kSpace
             : b == '/'                            ? kSlash
             : b == 0xC3                           ? kC3
             : b == 0xA4 || b == 0xB6 || b == 0xBC ? kUmlaut
             : (b & 0xC0) == 0x80                  ? kCont
                                                   : 0;
    }
  }
};
constexpr ByteClassTable kByteClass{};

// Whether the cues of some languages fit FindCues' 16-byte gate (CueStartsGated), and its
// inside pairs: every cue has two bytes or more and begins with a lower-case ASCII letter,
// and the cues that may start inside a word (kInside) begin with at most kMaxInsidePairs
// distinct pairs of lower-case ASCII letters. A cue that does not fit turns the gate off for
// its languages: the output stays the same, the scan is slower (the static_asserts below
// make that a compile error for English and Spanish).
struct GateCues {
  static constexpr size_t kMaxInsidePairs = 12;
  bool on = true;
  size_t n_inside_pairs = 0;
  std::array<char, kMaxInsidePairs> inside_first{}, inside_second{};
  // Adds cue text `t` (`inside`: it may start inside a word).
  constexpr void Add(std::string_view t, bool inside) {
    auto lower_letter = [](char c) { return c >= 'a' && c <= 'z'; };
    if (t.size() < 2 || !lower_letter(t[0])) on = false;
    if (!inside || !on) return;
    if (!lower_letter(t[1])) {
      on = false;
      return;
    }
    for (size_t k = 0; k < n_inside_pairs; ++k) {
      if (inside_first[k] == t[0] && inside_second[k] == t[1]) return;
    }
    if (n_inside_pairs == kMaxInsidePairs) {
      on = false;
      return;
    }
    inside_first[n_inside_pairs] = t[0];
    inside_second[n_inside_pairs++] = t[1];
  }
  // The gate of the cues of `langs` (kDe / kEs / kEn bits) and of `extra` (cues a build may
  // add: the static_asserts' own examples).
  static constexpr GateCues Of(uint8_t langs, std::span<const CueWord> extra = {}) {
    GateCues g;
    for (const CueWord& c : kCues) {
      if ((c.langs & langs) != 0) g.Add(c.text, (c.flags & kInside) != 0);
    }
    for (const CueWord& c : extra) {
      if ((c.langs & langs) != 0) g.Add(c.text, (c.flags & kInside) != 0);
    }
    return g;
  }
};
// The gate is worth about 1 % of the English and Spanish extraction: a cue that turns it off
// (a cue of one byte, one beginning with a capital, a digit or a non-ASCII byte, or a cue
// that may start inside a word with a 13th pair of first letters) fails here. Make the cue
// fit (lower case; an inside cue beginning with a pair GateCues::Of(kEn).inside_first /
// inside_second already has), or weigh the speed lost before raising kMaxInsidePairs.
static_assert(GateCues::Of(kEn).on, "an English cue turns FindCues' 16-byte gate off");
static_assert(GateCues::Of(kEs).on, "a Spanish cue turns FindCues' 16-byte gate off");
// German's inside cues begin with far more pairs: it takes the per-position loop. Should its
// cues ever fit, measure the gate on German before dropping this assert.
static_assert(!GateCues::Of(kDe).on, "German cues now fit FindCues' 16-byte gate");
// The check itself: each kind of cue that does not fit turns the gate off.
constexpr CueWord kUpperCue[] = {{"Zorbel", Cue::kNone, kWordStart, 0, kEn}};
constexpr CueWord kOneByteCue[] = {{"z", Cue::kNone, kWordStart, 0, kEs}};
constexpr CueWord kDigitPairCue[] = {{"z9", Cue::kNone, kInside, 0, kEn}};
static_assert(!GateCues::Of(kEn, kUpperCue).on && GateCues::Of(kEs, kUpperCue).on);
static_assert(!GateCues::Of(kEs, kOneByteCue).on && GateCues::Of(kEn, kOneByteCue).on);
static_assert(!GateCues::Of(kEn, kDigitPairCue).on);
constexpr CueWord kNewPairCues[] = {
    {"qa", Cue::kNone, kInside, 0, kEsEn}, {"qb", Cue::kNone, kInside, 0, kEsEn},
    {"qc", Cue::kNone, kInside, 0, kEsEn}, {"qd", Cue::kNone, kInside, 0, kEsEn},
    {"qe", Cue::kNone, kInside, 0, kEsEn}, {"qf", Cue::kNone, kInside, 0, kEsEn},
    {"qg", Cue::kNone, kInside, 0, kEsEn}, {"qh", Cue::kNone, kInside, 0, kEsEn},
    {"qi", Cue::kNone, kInside, 0, kEsEn}, {"qj", Cue::kNone, kInside, 0, kEsEn},
    {"qk", Cue::kNone, kInside, 0, kEsEn}, {"ql", Cue::kNone, kInside, 0, kEsEn},
    {"qm", Cue::kNone, kInside, 0, kEsEn}};
static_assert(!GateCues::Of(kEn, kNewPairCues).on && !GateCues::Of(kEs, kNewPairCues).on);
// An inside cue beginning with a pair already used keeps it on.
constexpr char kUsedPair[] = {GateCues::Of(kEn).inside_first[0], GateCues::Of(kEn).inside_second[0],
                              'z', 'q'};
constexpr CueWord kUsedPairCue[] = {{std::string_view(kUsedPair, 4), Cue::kNone, kInside, 0, kEn}};
static_assert(GateCues::Of(kEn, kUsedPairCue).on);

// Cue indices by their first two (lower-cased) bytes, built once: cues that may start inside
// a word, and all cues (for word starts).
struct CueIndex {
  static size_t Bucket(unsigned char b0, unsigned char b1) { return ((b0 * 131u) ^ b1) & 1023u; }
  // The bucket of the first three bytes (lower-cased; 0 past the scanned range), 4,096 of
  // them: a bucket holds about one cue, where the two-byte buckets held eight.
  static constexpr size_t kBuckets3 = 4096;
  static size_t Bucket3(unsigned char b0, unsigned char b1, unsigned char b2) {
    return scan::Gram3(b0, b1, b2) >> 4;
  }
  bool first[256] = {};
  // One candidate cue of a bucket: its bytes 1..3 (those it has) packed little-endian at
  // bits 8..31 and the mask of those bits (a filter before the byte-by-byte comparison),
  // and its index in kCues.
  struct Cand {
    uint32_t head = 0, head_mask = 0;
    uint16_t cue = 0;
  };
  // The candidates of bucket b, in kCues order: cands[off[b], off[b + 1]) (one array for
  // all buckets, so a scan reads a few contiguous lines, not one heap block per bucket).
  template <size_t N>
  struct Buckets {
    std::array<uint16_t, N + 1> off{};
    std::vector<Cand> cands;
    std::span<const Cand> Of(size_t b) const {
      return std::span<const Cand>(cands).subspan(off[b], off[b + 1] - off[b]);
    }
  };
  // By the first two bytes (the unfiltered path: the reference) and by the first three (a
  // cue of two bytes is in the bucket of each third byte). Every cue that matches at a
  // position is in both buckets of that position, in kCues order: the same first match.
  Buckets<1024> word_start, any_position;
  Buckets<kBuckets3> word_start3, any_position3;
  // any_position3 and word_start3 by word_start (0 or 1): a load, not a branch.
  std::array<const Buckets<kBuckets3>*, 2> by_start3{&any_position3, &word_start3};
  // Pre-filter before the buckets (FindCues' `filtered` path), run at every position: by
  // the byte classes (kByteClass) of the position's first three bytes, t = c0 << 10 | c1 <<
  // 5 | c2, does some cue start with bytes of those classes (bit t of starts), some cue that
  // may start inside a word (bit kInsideBit | t)? One bit index, the byte before's word test
  // ORed in as kInsideBit, so the scan's loop shifts once. A cue of two bytes marks every
  // third class. 8 KB that a sentence's scan reads a few lines of (the tables by bytes and
  // hashed grams it replaced were 80 KB, and each sentence missed the D1 cache on most
  // positions); the buckets then match the bytes exactly.
  static constexpr uint32_t kInsideBit = 1u << 15;
  std::array<uint64_t, 2 * 32 * 32 * 32 / 64> starts{};
  // The 16-byte gate before `starts` (FindCues' CueStartsGated), on when the index's cues
  // fit it (GateCues): a position passes when it is an ASCII letter after no word byte, or
  // when its two bytes are one of the inside pairs in either case; both a superset of the
  // positions `starts` lets through. An index whose cues do not fit (German, all languages)
  // keeps the per-position loop: same positions.
  static constexpr size_t kMaxInsidePairs = GateCues::kMaxInsidePairs;
  bool gate = true;
  // The inside pairs' bytes repeated 16 times (the gate's compare operands, loaded, not
  // built); unused pairs 0, which no byte ORed with 0x20 equals (the gate tests all of them,
  // a loop of constant length).
  alignas(16) __m128i inside_first16[kMaxInsidePairs] = {};
  alignas(16) __m128i inside_second16[kMaxInsidePairs] = {};
  void SetStart(uint32_t bit) { starts[bit >> 6] |= uint64_t{1} << (bit & 63); }
  bool Starts(uint32_t bit) const { return (starts[bit >> 6] >> (bit & 63) & 1) != 0; }
  // The index of the cues of the languages `langs` (kDe / kEs / kEn bits).
  explicit CueIndex(uint8_t langs) {
    std::array<std::vector<Cand>, 1024> ws, any;
    std::vector<std::vector<Cand>> ws3(kBuckets3), any3(kBuckets3);
    for (uint16_t i = 0; i < static_cast<uint16_t>(std::size(kCues)); ++i) {
      if ((kCues[i].langs & langs) == 0) continue;
      unsigned char b0 = static_cast<unsigned char>(kCues[i].text[0]);
      unsigned char b1 = static_cast<unsigned char>(kCues[i].text[1]);
      Cand c;
      c.cue = i;
      for (size_t k = 1; k < 4 && k < kCues[i].text.size(); ++k) {
        c.head |= uint32_t{static_cast<unsigned char>(kCues[i].text[k])} << (8 * k);
        c.head_mask |= uint32_t{0xFF} << (8 * k);
      }
      first[b0] = true;
      const bool inside = (kCues[i].flags & kInside) != 0;
      const std::string_view t = kCues[i].text;
      const uint32_t c01 = uint32_t{kByteClass.c[b0]} << 10 | uint32_t{kByteClass.c[b1]} << 5;
      for (uint32_t c2 = 0; c2 < 32; ++c2) {
        if (t.size() >= 3 && c2 != kByteClass.c[static_cast<unsigned char>(t[2])]) continue;
        const uint32_t k = c01 | c2;
        SetStart(k);
        if (inside) SetStart(kInsideBit | k);
      }
      ws[Bucket(b0, b1)].push_back(c);
      if ((kCues[i].flags & kInside) != 0) any[Bucket(b0, b1)].push_back(c);
      for (unsigned b2 = 0; b2 < 256; ++b2) {
        if (t.size() >= 3 && b2 != static_cast<unsigned char>(t[2])) continue;
        const size_t k = Bucket3(b0, b1, static_cast<unsigned char>(b2));
        if (ws3[k].empty() || ws3[k].back().cue != i) ws3[k].push_back(c);
        if (inside && (any3[k].empty() || any3[k].back().cue != i)) any3[k].push_back(c);
      }
    }
    const GateCues g = GateCues::Of(langs);
    gate = g.on;
    for (size_t k = 0; k < g.n_inside_pairs; ++k) {
      inside_first16[k] = _mm_set1_epi8(g.inside_first[k]);
      inside_second16[k] = _mm_set1_epi8(g.inside_second[k]);
    }
    Flatten(ws, &word_start);
    Flatten(any, &any_position);
    Flatten(ws3, &word_start3);
    Flatten(any3, &any_position3);
    // At a '/' any cue may start (FindCues' word-start test): inside = its word-start bit.
    for (uint32_t k = kByteClass.kSlash << 10; k < (kByteClass.kSlash + 1u) << 10; ++k) {
      if (Starts(k)) SetStart(kInsideBit | k);
    }
  }
  template <typename In, size_t N>
  static void Flatten(const In& in, Buckets<N>* out) {
    for (size_t b = 0; b < in.size(); ++b) {
      out->off[b] = static_cast<uint16_t>(out->cands.size());
      out->cands.insert(out->cands.end(), in[b].begin(), in[b].end());
    }
    out->off[in.size()] = static_cast<uint16_t>(out->cands.size());
  }
};
static_assert(std::size(kCues) < 65536, "CueIndex offsets are 16 bits");

// The cue index of an article in `lang` (built once per language; kUnknown: all cues).
const CueIndex& Cues(Lang lang) {
  static const CueIndex kDeIndex(kDe), kEsIndex(kEs), kEnIndex(kEn), kAllIndex(kAllLangs);
  switch (lang) {
    case Lang::kDe:
      return kDeIndex;
    case Lang::kEs:
      return kEsIndex;
    case Lang::kEn:
      return kEnIndex;
    case Lang::kUnknown:
      break;
  }
  return kAllIndex;
}

using CueHit = MetricClassifier::Hit;

bool WordByteAt(std::string_view text, size_t i) {
  return i < text.size() && scan::IsWordOrHigh(text[i]);
}

// The first parts of compounds ending in "stellen" that name places or offices, not jobs
// ("Tankstellen", "Bushaltestellen", "Beratungsstellen"), matched as the end of the first part.
constexpr std::string_view kStellenNotJobs[] = {
    "tank",      "halte",  "bau",     "feuer",  "feuerwehr",      "dienst",    "ausgabe",
    "beratungs", "sammel", "melde",   "anlauf", "verkaufs",       "geschäfts", "zweig",
    "fach",      "prüf",   "test",    "impf",   "kontakt",        "leit",      "schnitt",
    "schalt",    "fund",   "schwach", "eng",    "gefahren",       "unfall",    "brand",
    "einsatz",   "komma",  "dezimal", "text",   "koordinierungs", "annahme",   "zulassungs",
    "ansprech",  "außen",  "post",    "zahl",   "verkehrs",       "lade",      "bezugs"};
// Whether the cue "stellen" at h names jobs: a word of its own or a word's start, or the last
// part of a capitalised compound whose first part names no place or office (kStellenNotJobs);
// not inside a lower-case word (a verb: "herstellen", "vorstellen", "darstellen").
bool StellenJob(std::string_view text, size_t s, const CueHit& h) {
  size_t w = h.start;
  while (w > s && scan::IsWordOrHigh(text[w - 1]) && text[w - 1] != '-') --w;
  if (w == h.start) return true;
  if (text[w] >= 'a' && text[w] <= 'z') return false;
  const std::string_view head = text.substr(w, h.start - w);
  return !scan::EndsWithAnyLower(head, kStellenNotJobs);
}

// Whether tax word `h` (German "Steuer…", Spanish "impuesto…", English "tax…") only says
// how the amount is taxed, no charge: the amount before or after tax ("Ertrag vor Steuern",
// "£3m after tax", "after-tax income", "ganancia antes de impuestos", "después de
// impuestos"; not a change of a tax, a tax body or an offence: "after tax cuts of $2bn",
// "after tax officers found …"; not a tax warned against: "warnen vor Steuern von 5
// Prozent"), what remains once the tax is taken ("nach Abzug aller Steuern", "abzüglich
// Steuern"), or an amount free of it ("free of all tax", "libre de impuestos"; not "exempt
// from": the goods a tax spares, while the sentence goes on about the rates of that tax).
// The words before `h` are read back to a comma, ";", ":" or "(" of the sentence text[s, …).
std::string_view WordAfter(std::string_view text, size_t pos, size_t hi);

bool TaxQualifiedOnly(std::string_view text, size_t s, size_t e, const CueHit& h) {
  const std::string_view cue = kCues[h.cue].text;
  if (cue != "steuer" && cue != "impuesto" && cue != "tax") return false;
  // The tax word itself, whole: "Steuern", "impuestos", "tax", "taxes".
  size_t end = h.start;
  while (end < e && WordByteAt(text, end)) ++end;
  const std::string_view word = text.substr(h.start, end - h.start);
  std::array<std::string_view, 6> before{};  // nearest first
  size_t n = 0;
  size_t pos = h.start;
  while (n < before.size() && pos > s) {
    const char c = text[pos - 1];
    if (c == ',' || c == ';' || c == ':' || c == '(') break;
    size_t ws = 0;
    const std::string_view w = scan::WordBefore(text, s, pos, &ws);
    if (w.empty()) break;
    if (text.substr(ws + w.size(), pos - ws - w.size()).find_first_of(",;:(") !=
        std::string_view::npos) {
      break;
    }
    before[n++] = w;
    pos = ws;
  }
  if (n == 0) return false;
  // "free of (any) tax", "libre(s) de (todo) impuesto", "nach Abzug (aller) Steuern",
  // "abzüglich Steuern".
  for (size_t k = 0; k < n; ++k) {
    if (k + 1 < n &&
        ((cue == "tax" && EqualsLowerAscii(before[k], "of") &&
          EqualsLowerAscii(before[k + 1], "free")) ||
         (cue == "impuesto" && EqualsLowerAscii(before[k], "de") &&
          InListLower(before[k + 1], {"libre", "libres"})) ||
         (cue == "steuer" && before[k] == "Abzug" && EqualsLowerAscii(before[k + 1], "nach")))) {
      return true;
    }
    if (cue == "steuer" && EqualsLowerAscii(before[k], "abzüglich")) return true;
  }
  // Right before the tax word: "vor / nach Steuern", "antes / después de impuestos", "after
  // (-)tax", "before tax" (not a change of the tax: "after tax cuts", "before tax rises").
  // Not "vor" after a word of warning or fear: "warnt vor Steuern von 5 Prozent" names the tax.
  if (cue == "steuer") {
    if (word != "Steuern" || !InListLower(before[0], {"vor", "nach"})) return false;
    if (EqualsLowerAscii(before[0], "vor")) {
      for (size_t k = 1; k < n; ++k) {
        if (InListLower(before[k],
                        {"warnt", "warnte", "warnten", "warnen", "warne", "gewarnt", "warnung",
                         "warnungen", "angst", "sorge", "sorgen", "furcht", "schutz", "schützen",
                         "schützt", "bewahren", "fürchten", "fürchtet"})) {
          return false;
        }
      }
    }
    return true;
  }
  if (cue == "impuesto") {
    return word == "impuestos" && n >= 2 && EqualsLowerAscii(before[0], "de") &&
           InListLower(before[1], {"antes", "después", "despues"});
  }
  if (!InListLower(word, {"tax", "taxes"}) || !InListLower(before[0], {"after", "before"})) {
    return false;
  }
  // Not a change of the tax, a tax body or an offence: "after tax cuts", "after tax
  // inspectors found …", "before tax officials ruled …", "after tax evasion charges".
  return !InListLower(
      WordAfter(text, end, e),
      {"cut",           "cuts",          "rise",        "rises",     "increase",  "increases",
       "hike",          "hikes",         "bill",        "bills",     "break",     "breaks",
       "credit",        "credits",       "relief",      "rebate",    "rebates",   "reform",
       "reforms",       "change",        "changes",     "rate",      "rates",     "payment",
       "payments",      "return",        "returns",     "claim",     "claims",    "demand",
       "demands",       "inspector",     "inspectors",  "official",  "officials", "authority",
       "authorities",   "office",        "offices",     "officer",   "officers",  "collector",
       "collectors",    "agency",        "agencies",    "auditor",   "auditors",  "investigator",
       "investigators", "inspection",    "inspections", "audit",     "audits",    "department",
       "man",           "men",           "evasion",     "avoidance", "fraud",     "probe",
       "probes",        "investigation", "raid",        "raids",     "dispute",   "disputes",
       "exemption",     "exemptions",    "court",       "tribunal",  "judge",     "haven",
       "havens"});
}

// German "stimmten" as a vote ("64 Abgeordnete stimmten gegen den Antrag", "dafür stimmten
// 12"), not "to be right" ("Die Zahlen stimmten, 80 Höfe waren betroffen", "Die Angaben
// stimmten mit dem Bericht überein, 40 Häuser …"): für, gegen, dafür, dagegen, mit or a
// particle "ab" among the four words after hit `h` (any case), unless "überein" closes the
// clause of "stimmten" (before , ; or the end), or dafür / dagegen right before it, all in
// text[s, e).
constexpr std::string_view kStimmtenAfter[] = {"für", "gegen", "dafür", "dagegen", "mit", "ab"};
constexpr std::string_view kStimmtenBefore[] = {"dafür", "dagegen"};
bool StimmtenVotes(std::string_view text, size_t s, size_t e, const CueHit& h) {
  static const scan::LowerWordSet kAfter(kStimmtenAfter);
  static const scan::LowerWordSet kBefore(kStimmtenBefore);
  auto word_at = [&](size_t i) {
    size_t j = i;
    while (j < e && WordByteAt(text, j)) ++j;
    return text.substr(i, j - i);
  };
  size_t clause_end = h.end;
  while (clause_end < e && text[clause_end] != ',' && text[clause_end] != ';') ++clause_end;
  const std::string_view clause = text.substr(h.end, clause_end - h.end);
  const bool agree = clause.find("überein") != std::string_view::npos;  // "stimmten … überein"
  size_t i = h.end;
  for (int k = 0; k < 4; ++k) {
    while (i < e && text[i] == ' ') ++i;
    const std::string_view w = word_at(i);
    if (w.empty()) break;
    if (kAfter.Contains(w) && !agree) return true;
    i += w.size();
  }
  size_t b = h.start;
  while (b > s && text[b - 1] == ' ') --b;
  size_t a = b;
  while (a > s && WordByteAt(text, a - 1)) --a;
  return kBefore.Contains(text.substr(a, b - a));
}

// Whether a cue of `idx` may start at byte j of text[s, e) by the classes of its bytes j,
// j + 1, j + 2 (0 at e) and whether byte j - 1 is a word byte (`inside`): FindCues' filter
// for one position. REQUIRES: s <= j, j + 2 <= e <= size of the text at `u`.
inline bool CueMayStartAt(const CueIndex& idx, const unsigned char* u, size_t j, size_t e,
                          uint32_t inside) {
  const uint32_t c2 = j + 2 < e ? kByteClass.c[u[j + 2]] : 0;
  const uint32_t bit =
      (uint32_t{kByteClass.c[u[j]]} << 10 | uint32_t{kByteClass.c[u[j + 1]]} << 5 | c2) | inside;
  return idx.Starts(bit);
}

// The positions of text[s, e) that pass FindCues' filter (CueMayStartAt), in order, written
// to out[0, n) (n returned), for an index with idx.gate: 16 positions at a time, only those
// the gate lets through (an ASCII letter after no word byte, or an inside pair of
// idx.inside_first16 / inside_second16) are tested one by one. The same positions as testing
// every one. A block may read past `e` up to the text's end (its positions past the range are
// dropped); the last few positions before the text's end are tested one by one. REQUIRES:
// idx.gate, s + 2 <= e <= size, u[0, size) the text, out has room for e - s.
size_t CueStartsGated(const CueIndex& idx, const unsigned char* u, size_t size, size_t s, size_t e,
                      uint32_t* out) {
  size_t n = 0;
  auto test = [&](size_t j, uint32_t inside) {
    out[n] = static_cast<uint32_t>(j);
    n += static_cast<size_t>(CueMayStartAt(idx, u, j, e, inside));
  };
  size_t j = s;
  if (j == 0) test(j++, 0);
  // Blocks of 16 positions, the last one cut at position e - 2, while more than three
  // positions are left (fewer cost less one by one): a block reads bytes j - 1 to j + 16.
  const __m128i lower = _mm_set1_epi8(0x20);
  for (; j + 4 < e && j + 17 <= size; j += 16) {
    const auto* p = reinterpret_cast<const __m128i*>(u + j);
    const __m128i prev = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + j - 1));
    const __m128i cur = _mm_or_si128(_mm_loadu_si128(p), lower);
    const __m128i next =
        _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(u + j + 1)), lower);
    const uint32_t word_before = scan::WordOrHighMask16(prev);
    const uint32_t letter =
        static_cast<uint32_t>(_mm_movemask_epi8(scan::InAsciiRange(cur, 'a', 'z')));
    __m128i pairs = _mm_setzero_si128();
    for (size_t k = 0; k < CueIndex::kMaxInsidePairs; ++k) {
      pairs = _mm_or_si128(pairs, _mm_and_si128(_mm_cmpeq_epi8(cur, idx.inside_first16[k]),
                                                _mm_cmpeq_epi8(next, idx.inside_second16[k])));
    }
    const size_t left = e - 1 - j;  // positions of the range from j on
    const uint32_t in_range = left >= 16 ? 0xFFFFu : (1u << left) - 1;
    uint32_t pass =
        ((letter & ~word_before) | static_cast<uint32_t>(_mm_movemask_epi8(pairs))) & in_range;
    for (; pass != 0; pass &= pass - 1) {
      const auto k = static_cast<unsigned>(std::countr_zero(pass));
      test(j + k, ((word_before >> k) & 1) * CueIndex::kInsideBit);
    }
  }
  for (; j + 1 < e; ++j) {
    test(j, uint32_t{scan::IsWordOrHigh(static_cast<char>(u[j - 1]))} * CueIndex::kInsideBit);
  }
  return n;
}

// True when the cases cue `h` ("casos", "cases", "Fällen" as a word of its own) ends an
// adverbial of instances: "en algunos casos", "in many cases", "in beiden Fällen", "en todos
// los casos", "in den meisten Fällen", "en la mayoría de los casos" — "in some instances", no
// count of cases or patients. REQUIRES: s <= h.start.
bool InstancesIdiom(std::string_view text, size_t s, const CueHit& h) {
  const std::string_view cue = kCues[h.cue].text;
  if (cue != "casos" && cue != "cases" && cue != "fälle") return false;
  if (h.start > s && WordByteAt(text, h.start - 1)) return false;  // "Einzelfällen"
  const auto before = [&](std::string_view w) {
    return WordBeforeBlanks(text, s, static_cast<size_t>(w.data() - text.data()));
  };
  const std::string_view w1 = WordBeforeBlanks(text, s, h.start);
  if (w1.empty()) return false;
  if (InListLower(w1, {"algunos", "ambos",   "esos",     "estos",   "muchos",   "otros",  "ciertos",
                       "varios",  "dichos",  "aquellos", "tales",   "pocos",    "some",   "both",
                       "many",    "most",    "such",     "these",   "those",    "other",  "certain",
                       "all",     "several", "few",      "einigen", "vielen",   "beiden", "allen",
                       "manchen", "solchen", "diesen",   "wenigen", "einzelnen"})) {
    return InListLower(before(w1), {"en", "in"});
  }
  if (!InListLower(w1, {"los", "den"})) return false;
  const std::string_view w0 = before(w1);
  if (w0.empty()) return false;
  if (InListLower(w0, {"todos", "meisten"})) return InListLower(before(w0), {"en", "in"});
  return InListLower(w0, {"de"}) && InListLower(before(w0), {"mayoría"});
}

// All cue words of language `lang` in text[s, e).
// `filtered` = false: without the head filter (the slow path for tests; same hits).
void FindCues(std::string_view text, size_t s, size_t e, Lang lang, std::vector<CueHit>* out,
              bool filtered = true) {
  out->clear();
  const CueIndex& idx = Cues(lang);
  // The positions of [s, e) that may start a cue (filtered): most positions fail the
  // two-byte table or the three-byte bits and never reach the buckets. The test runs without
  // a branch for every position and appends the position unconditionally, keeping it only
  // when it passes: the pass/fail branches of a per-position test were mispredicted about
  // once in three positions.
  thread_local std::vector<uint32_t> at;
  size_t n_at = 0;
  if (filtered && e >= s + 2 && idx.gate) {
    if (at.size() < e - s) at.resize(e - s);
    n_at = CueStartsGated(idx, reinterpret_cast<const unsigned char*>(text.data()), text.size(), s,
                          e, at.data());
  } else if (filtered && e >= s + 2) {
    if (at.size() < e - s) at.resize(e - s);
    uint32_t* out_at = at.data();
    const auto* u = reinterpret_cast<const unsigned char*>(text.data());
    // Inside a word (the byte before is a word byte) only cues marked kInside may start:
    // the triple's bit with kInsideBit, else without ('/' is a word start, in the table).
    uint32_t inside = s > 0 && scan::IsWordOrHigh(text[s - 1]) ? CueIndex::kInsideBit : 0;
    // The classes of bytes i, i + 1, i + 2 (5 bits each) in the low bits of t, rolled on by
    // one load per position (the mask stays off the loop's dependency chain).
    uint64_t t = uint64_t{kByteClass.c[u[s]]} << 5 | kByteClass.c[u[s + 1]];
    size_t i = s;
    for (; i + 2 < e; ++i) {
      t = t << 5 | kByteClass.c[u[i + 2]];
      const uint32_t bit = (static_cast<uint32_t>(t) & 0x7FFF) | inside;
      out_at[n_at] = static_cast<uint32_t>(i);
      n_at += (idx.starts[bit >> 6] >> (bit & 63)) & 1;
      inside = uint32_t{scan::IsWordOrHigh(static_cast<char>(u[i]))} * CueIndex::kInsideBit;
    }
    // The last position (i + 2 == e): only a cue of two bytes fits, which marks every third
    // class (0 here).
    if (i + 1 < e) {
      const uint32_t bit = (static_cast<uint32_t>(t << 5) & 0x7FFF) | inside;
      out_at[n_at] = static_cast<uint32_t>(i);
      n_at += (idx.starts[bit >> 6] >> (bit & 63)) & 1;
    }
  }
  const size_t n_pos = filtered ? n_at : (e > s ? e - s : 0);
  for (size_t k = 0; k < n_pos; ++k) {
    const size_t i = filtered ? at[k] : s + k;
    const char c = text[i];
    const unsigned char b = static_cast<unsigned char>(scan::LowerAscii(c));
    if (!idx.first[b] || i + 1 >= e) continue;
    // UTF-8 continuation bytes never start a cue; a lead byte >= 0x80 is a letter.
    if ((b & 0xC0) == 0x80) continue;
    // Without a branch (a word start or not is data, mispredicted on the filter's passes).
    const bool word_start = static_cast<bool>(
        static_cast<int>(i == 0) | static_cast<int>(!scan::IsWordOrHigh(text[i - (i != 0)])) |
        static_cast<int>(text[i] == '/'));
    // Text bytes 1..3 lower-cased (0 past `e`), compared with each cue's head at once: one
    // load and a SWAR lower-casing where four bytes remain.
    static_assert(std::endian::native == std::endian::little);
    uint32_t text_head = 0;
    if (i + 4 <= e) {
      std::memcpy(&text_head, text.data() + i, 4);
      text_head = scan::LowerAscii4(text_head) & 0xFFFFFF00u;
    } else {
      for (size_t k = 1; k < 4 && i + k < e; ++k) {
        text_head |= uint32_t{static_cast<unsigned char>(scan::LowerAscii(text[i + k]))} << (8 * k);
      }
    }
    const auto c1 = static_cast<char>(text_head >> 8);
    std::span<const CueIndex::Cand> cands;
    if (filtered) {
      const size_t bucket = CueIndex::Bucket3(b, static_cast<unsigned char>(c1),
                                              static_cast<unsigned char>(text_head >> 16));
      cands = idx.by_start3[static_cast<size_t>(word_start)]->Of(bucket);
    } else {
      const size_t bucket = CueIndex::Bucket(b, static_cast<unsigned char>(c1));
      cands = word_start ? idx.word_start.Of(bucket) : idx.any_position.Of(bucket);
    }
    if (cands.empty()) continue;
    for (const CueIndex::Cand& cand : cands) {
      if (filtered && (text_head & cand.head_mask) != cand.head) continue;
      const uint16_t ci = cand.cue;
      const CueWord& cw = kCues[ci];
      if (cw.text[1] != c1 || i + cw.text.size() > e) continue;
      size_t k = 2;
      while (k < cw.text.size() && scan::LowerAscii(text[i + k]) == cw.text[k]) ++k;
      if (k != cw.text.size()) continue;
      if ((cw.flags & kWhole) != 0 && WordByteAt(text, i + k)) continue;
      // A cue inside a longer one ("kauf" in "verkauf") is not a cue of its own.
      if (!out->empty() && out->back().end >= i + k) continue;
      out->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + k), ci});
      break;
    }
  }
  // Blockers ("up to") only shadow the shorter cue inside them. An English plan word written
  // with a capital inside the sentence belongs to a name ("Health Insurance Plans"), not a plan
  // (German nouns are capitalised: "Obergrenze").
  std::erase_if(*out, [&](const CueHit& h) {
    return kCues[h.cue].cue == Cue::kNone ||
           ((kCues[h.cue].cue == Cue::kPlan || kCues[h.cue].cue == Cue::kLimit) &&
            kCues[h.cue].langs == kEn && h.start > s && text[h.start] >= 'A' &&
            text[h.start] <= 'Z') ||
           (kCues[h.cue].text == "stimmten" && !StimmtenVotes(text, s, e, h)) ||
           (kCues[h.cue].cue == Cue::kTax && TaxQualifiedOnly(text, s, e, h)) ||
           (kCues[h.cue].text == "stellen" && !StellenJob(text, s, h)) ||
           (kCues[h.cue].cue == Cue::kCases && InstancesIdiom(text, s, h));
  });
  // A limit word (kLimit) stays only on spending: next to a spend cue, at most 40 bytes
  // between them in either order and no , or ; ("Kostendeckel", "tope de gasto", "cap on spending",
  // "Ausgabenobergrenze von 6 Millionen Euro"), or a German limit verb closing the clause of
  // a spend cue before it, at most 100 bytes on and no comma between ("die Kosten für den
  // Umbau auf drei Millionen limitieren"). Not "zeitlich begrenzt" (a time limit, even next
  // to the costs: "Die Kosten bleiben zeitlich begrenzt, die Stadt zahlt …"), "la fecha
  // tope", "a cap and gown" elsewhere in the sentence.
  const auto limit_on_spend = [&](const CueHit& l) {
    if (scan::EqualsLowerAscii(WordBeforeBlanks(text, s, l.start), "zeitlich")) return false;
    const bool verb = text[l.start] == 'l' || text[l.start] == 'b' || text[l.start] == 'd';
    for (const CueHit& c : *out) {
      if (kCues[c.cue].cue != Cue::kSpend) continue;
      const auto no_stop = [&](size_t a, size_t b) {  // no , or ; in text[a, b)
        return text.substr(a, b - a).find_first_of(",;") == std::string_view::npos;
      };
      if (l.end <= c.start && c.start - l.end <= 40 && no_stop(l.end, c.start)) return true;
      if (c.end <= l.start &&
          ((l.start - c.end <= 40 && no_stop(c.end, l.start)) ||
           (verb && kCues[l.cue].langs == kDe && l.start - c.end <= 100 &&
            text.substr(c.end, l.start - c.end).find_first_of(",;") == std::string_view::npos))) {
        return true;
      }
    }
    return false;
  };
  if (std::any_of(out->begin(), out->end(),
                  [](const CueHit& h) { return kCues[h.cue].cue == Cue::kLimit; })) {
    std::erase_if(*out, [&](const CueHit& h) {
      return kCues[h.cue].cue == Cue::kLimit && !limit_on_spend(h);
    });
  }
}

// True when figure `f` counts the people a poll or survey asked, the poll's sample, in the
// sentence text[s, e) (a sentence with a survey cue): right after "Umfrage/Befragung unter",
// "poll/survey of/among", "encuesta/sondeo a/entre", a survey carried out "a" ("realizada a",
// "se realizó a", "hecha a", "aplicada solo a") or an asking verb ("befragte",
// "interviewed", "encuestó"), up to two words such as "rund" between; or followed within six
// words by "befragt", "Befragte(n)", "surveyed", "polled", "asked", "interviewed",
// "questioned", "encuestados/as" or "entrevistados/as" ("23,000 people in 22 countries were
// questioned"). Not a count elsewhere in such a sentence ("Laut einer Umfrage leben 3
// Millionen Menschen in Armut").
constexpr std::string_view kSampleLinks[] = {"unter", "of", "among", "a", "entre"};
constexpr std::string_view kSampleSurveyors[] = {
    "aplicada", "aplicado", "aplicó", "realizada", "realizado", "realizó",
    "hecha",    "hecho",    "hizo",   "conducted", "carried",   "durchgeführt"};
// The asking verbs read on both sides of a sample: English past forms are preterite and
// participle in one, before it ("interviewed 6,000 people") and after it ("were asked").
constexpr std::string_view kSampleAskedEn[] = {"interviewed", "questioned", "surveyed", "polled",
                                               "asked"};
bool AskingVerbEn(std::string_view w) {
  static const scan::LowerWordSet kSet(kSampleAskedEn);
  return kSet.Contains(w);
}
// Before a sample only: the German and Spanish preterites ("befragte 1.000 Kunden", "encuestó
// a 600"); their participles after it are "befragt" (AskedWord) and the respondent nouns
// ("encuestados").
constexpr std::string_view kSampleAskedBefore[] = {"befragte",    "befragten",  "encuestó",
                                                   "encuestaron", "entrevistó", "entrevistaron",
                                                   "consultó",    "consultaron"};
bool AskedBeforeSample(std::string_view w) {
  static const scan::LowerWordSet kBefore(kSampleAskedBefore);
  return AskingVerbEn(w) || kBefore.Contains(w);
}
// The counted nouns that name the people a survey asked ("1.500 encuestados", "2,000
// respondents", "1.000 Befragte"): a sample whatever else the sentence says.
constexpr std::string_view kRespondentNouns[] = {
    "respondents", "interviewees",  "befragte",      "befragten", "encuestados",
    "encuestadas", "entrevistados", "entrevistadas", "sondeados", "sondeadas"};
bool RespondentNoun(std::string_view unit) {
  static const scan::LowerWordSet kRespondents(kRespondentNouns);
  return kRespondents.Contains(unit);
}
// Plural nouns of people (and homes) a survey's sample is counted in besides "person" ("a
// poll of 900 voters", "eine Umfrage unter 700 Verbrauchern", "una encuesta a 600 hogares").
constexpr std::string_view kSampleNouns[] = {
    "adults",       "voters",      "consumers",  "households", "residents",    "citizens",
    "workers",      "employees",   "parents",    "students",   "patients",     "customers",
    "erwachsene",   "erwachsenen", "wähler",     "wählern",    "verbraucher",  "verbrauchern",
    "haushalte",    "haushalten",  "bürger",     "bürgern",    "adultos",      "votantes",
    "consumidores", "hogares",     "ciudadanos", "residentes", "trabajadores", "household"};
bool SampleNoun(std::string_view unit) {
  static const scan::LowerWordSet kNouns(kSampleNouns);
  return kNouns.Contains(unit);
}
// Plural nouns of groups of people by what they are, not by a measure (civilians, protesters,
// migrants, children, a people by origin): as "personas" and students, a population unless a
// cue names what befell them or what they are ("12 Demonstranten wurden verletzt" -> cases).
// No noun that also names goods ("Anhänger" are also trailers: "verkaufte 900 Anhänger").
// German also as the last part of a compound ("Gegendemonstranten", "Heimbewohner").
constexpr std::string_view kGroupNouns[] = {
    "zivilisten",      "zivilistinnen",    "demonstranten", "demonstrantinnen",
    "demonstrierende", "demonstrierenden", "asylsuchende",  "asylsuchenden",
    "bewohner",        "bewohnern",        "bewohnerinnen", "eltern",
    "kinder",          "kindern",          "jugendliche",   "jugendlichen",
    "senioren",        "rentner",          "rentnern",      "indígenas",
    "extranjeros",     "manifestantes",    "niños",         "niñas",
    "desplazados",     "vecinos",          "ancianos",      "civilians",
    "protesters",      "protestors",       "demonstrators", "migrants",
    "immigrants",      "children",         "pensioners",    "villagers",
    "evacuees",        "anrainer",         "anrainern",     "anwohner",
    "anwohnern",       "insassen",         "häftlinge",     "häftlingen"};
bool GroupNoun(std::string_view unit) {
  static const scan::LowerWordSet kNouns(kGroupNouns);
  if (kNouns.Contains(unit)) return true;
  // German compounds: "Gegendemonstranten", "Heimbewohner", "Flüchtlingskinder".
  for (std::string_view tail : {"demonstranten", "bewohner", "bewohnern", "kinder", "kindern",
                                "anwohner", "anwohnern", "insassen", "häftlinge"}) {
    if (unit.size() > tail.size() + 2 && unit.ends_with(tail)) return true;
  }
  return false;
}
// German nouns of people by faith, origin or a role no cue names, for a count of its own
// (PeopleNounDe): faiths ("300 Christen"), a people named by a demonym in -aner, also as
// the last part of a compound ("40 Exilperuaner"), recipients of benefits and private or
// small investors ("Rentenempfänger", "Kleinanleger"). Only these tails: a compound in
// -anleger, -empfänger or -aner may name a thing ("Bootsanleger", "Funkempfänger") or a
// horse ("Lipizzaner"). As GroupNoun: a population unless a cue names what befell them.
constexpr std::string_view kPeopleNounsDe[] = {"muslime",    "muslimen",     "christen",   "juden",
                                               "katholiken", "protestanten", "buddhisten", "hindus",
                                               "anleger",    "anlegern"};
constexpr std::string_view kPeopleTailsDe[] = {
    // recipients of benefits, investors
    "hilfeempfänger", "geldempfänger", "rentenempfänger", "leistungsempfänger",
    "sicherungsempfänger", "kleinanleger", "privatanleger", "großanleger", "kapitalanleger",
    // demonyms in -aner
    "amerikaner", "afrikaner", "kubaner", "mexikaner", "peruaner", "kolumbianer", "venezolaner",
    "bolivianer", "ecuadorianer", "honduraner", "salvadorianer", "haitianer", "jamaikaner",
    "kenianer", "nigerianer", "liberianer", "angolaner", "mosambikaner", "marokkaner", "koreaner",
    "tibetaner", "albaner", "iraner", "indianer"};
bool PeopleNounDe(std::string_view unit) {
  static const scan::LowerWordSet kNouns(kPeopleNounsDe);
  if (kNouns.Contains(unit)) return true;
  if (unit.ends_with('n')) unit.remove_suffix(1);  // dative plural: "Kubanern"
  for (std::string_view tail : kPeopleTailsDe) {
    if (unit.ends_with(tail)) return true;
  }
  return false;
}
// A word after a sample or a share that names those a survey asked: a participle (English
// kSampleAskedEn, German "befragt") or a respondent noun.
bool AskedWord(std::string_view w) {
  return AskingVerbEn(w) || scan::EqualsLowerAscii(w, "befragt") || RespondentNoun(w);
}
// The survey words by language ("Umfrage", "Befragung", "poll", "encuesta", "sondeo";
// German also inside a compound: "Kundenumfrage"); kUnknown: any language (the English
// "Survey" that names surveys in German and Spanish texts too; not "poll": "pollo").
struct SurveyStem {
  std::string_view stem;
  Lang lang;
};
constexpr SurveyStem kSurveyStems[] = {{"umfrage", Lang::kDe},  {"befragung", Lang::kDe},
                                       {"poll", Lang::kEn},     {"survey", Lang::kUnknown},
                                       {"encuesta", Lang::kEs}, {"sondeo", Lang::kEs}};
bool SurveyStemIn(std::string_view word) {
  for (const SurveyStem& st : kSurveyStems) {
    if (scan::FindLower(word, st.stem) != std::string_view::npos) return true;
  }
  return false;
}

bool SurveySample(std::string_view t, size_t s, size_t e, const Figure& f) {
  static const scan::LowerWordSet kLinks(kSampleLinks);
  static const scan::LowerWordSet kSurveyors(kSampleSurveyors);
  if (f.start < s || f.start > t.size()) return false;
  size_t pos = f.start;
  for (int k = 0; k < 3; ++k) {
    const std::string_view w = WordBeforeBlanks(t, s, pos);
    if (w.empty()) break;
    if (AskedBeforeSample(w)) return true;
    const size_t ws = static_cast<size_t>(w.data() - t.data());
    if (kLinks.Contains(w)) {
      // The survey word or a verb carrying it out, one of the two words before the link.
      size_t q = ws;
      for (int m = 0; m < 2; ++m) {
        const std::string_view survey = WordBeforeBlanks(t, s, q);
        if (survey.empty()) break;
        if (kSurveyors.Contains(survey) || SurveyStemIn(survey)) return true;
        q = static_cast<size_t>(survey.data() - t.data());
      }
      return false;
    }
    pos = ws;
  }
  size_t i = std::min(std::max<size_t>(f.end, f.start), std::min(e, t.size()));
  const size_t stop = std::min(e, t.size());
  for (int k = 0; k < 6; ++k) {
    while (i < stop && t[i] == ' ') ++i;
    size_t j = i;
    while (j < stop && WordByteAt(t, j)) ++j;
    if (j == i) break;
    if (AskedWord(t.substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

// Whether a change word (a kChange cue: "rose", "fell", "stieg", "cayó") ends at most two
// words before byte `fs` in text[s, fs), no punctuation between ("orders rose by 6%", "stieg
// um 4 Prozent"): the percentage is a rate of change, not a share of those asked.
bool ChangeRightBefore(std::string_view text, size_t s, size_t fs, Lang lang) {
  const size_t from = fs > s + 40 ? fs - 40 : s;
  thread_local std::vector<CueHit> hits;
  hits.clear();
  FindCues(text, from, fs, lang, &hits);
  for (const CueHit& h : hits) {
    if (kCues[h.cue].cue != Cue::kChange || h.end > fs) continue;
    const std::string_view gap = text.substr(h.end, fs - h.end);
    if (gap.find_first_of(",;:()") != std::string_view::npos) continue;
    if (std::count(gap.begin(), gap.end(), ' ') <= 3) return true;
  }
  return false;
}

// Byte strings (ASCII case folded) of which every word AskedWord accepts and every survey
// stem's word contains one: "befrag" of "befragt", "befragte(n)", "befragung"; "poll" of
// "polled"; "encuest" of "encuestados/as"; "sondea" of "sondeados/as" ….
constexpr std::string_view kSurveyGate[] = {"befrag",  "umfrage",   "survey",   "poll",
                                            "asked",   "interview", "question", "respondent",
                                            "encuest", "entrevist", "sondea",   "sondeo"};

// Whether the sentence text[s, e) names a survey or those asked (SurveyShare's second
// reading, which does not depend on the figure). REQUIRES: s <= e <= text.size().
bool SentenceNamesSurvey(std::string_view text, size_t s, size_t e, Lang lang) {
  // A survey word of the language at a word's start (German also inside a compound:
  // "Onlineumfrage"), not a capitalised "Survey" inside a name, right after a capitalised
  // word other than an article or "A" (a surveying body: "Geological Survey", "Ordnance
  // Survey", "Norvale Mapping Survey"; "The Survey", "A Survey" stay surveys), or a
  // respondent noun or asking participle other than "asked" ("interviewed", "Befragten",
  // "encuestadas").
  auto capitalised = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
  std::string_view prev;
  size_t prev_end = s;
  for (size_t p = s; p < e;) {
    while (p < e && !WordByteAt(text, p)) ++p;
    size_t q = p;
    while (q < e && WordByteAt(text, q)) ++q;
    const std::string_view word = text.substr(p, q - p);
    if (word.empty()) break;
    if (word != "asked" && AskedWord(word)) return true;
    const bool body_name = word == "Survey" && prev_end == p - 1 && text[prev_end] == ' ' &&
                           capitalised(prev) && prev.size() > 1 && !IsArticle(prev);
    for (const SurveyStem& st : kSurveyStems) {
      if ((lang != Lang::kUnknown && st.lang != Lang::kUnknown && st.lang != lang) || body_name) {
        continue;
      }
      const size_t at = scan::FindLower(word, st.stem);
      if (at == 0 || (at != std::string_view::npos && st.lang == Lang::kDe)) return true;
    }
    prev = word;
    prev_end = q;
    p = q;
  }
  return false;
}

}  // namespace

bool ChangeCueRightBefore(std::string_view text, size_t s, size_t fs, Lang lang) {
  return ChangeRightBefore(text, s, fs, lang);
}

bool SurveyShare(std::string_view text, size_t s, size_t e, const Figure& f, Lang lang,
                 SurveySentenceMemo* memo) {
  e = std::min(e, text.size());
  if (f.kind != FigureKind::kPercent || f.end > e || f.end < s) return false;
  // The sentence's reading (read once per sentence with a memo): whether it holds a byte
  // string every word below must contain (most sentences hold none: then no share of a
  // survey), and whether it names a survey or those asked.
  SurveySentenceMemo read;
  if (memo != nullptr && memo->read && memo->s == s && memo->e == e && memo->lang == lang) {
    read = *memo;
  } else {
    const bool may = scan::ContainsAnyLower(text.substr(s, e - s), kSurveyGate);
    read = {s, e, lang, may, may && SentenceNamesSurvey(text, s, e, lang), true};
    if (memo != nullptr) *memo = read;
  }
  if (!read.may) return false;
  // "of those asked", "der Befragten", "de los encuestados" within four words after it.
  size_t i = f.end;
  for (int k = 0; k < 4; ++k) {
    while (i < e && text[i] == ' ') ++i;
    size_t j = i;
    while (j < e && WordByteAt(text, j)) ++j;
    if (j == i) break;
    if (AskedWord(text.substr(i, j - i))) return true;
    i = j;
  }
  // Else a sentence that names a survey or those asked.
  return read.names && !ChangeRightBefore(text, s, f.start, lang);
}

namespace {

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
        case Cue::kRevenue:
        case Cue::kSales:
          return kRevenue;
        case Cue::kProfit:
          return kProfit;
        case Cue::kLoss:
          return kLoss;
        case Cue::kBudget:
          return kBudget;
        case Cue::kInvest:
          return kInvestment;
        case Cue::kSpend:
          return HasCue(sentence, Cue::kPlan) || HasCue(sentence, Cue::kLimit) ? kBudget : kSpend;
        case Cue::kPurchase:
          return kSpend;
        case Cue::kPrice:
          // "60 Cent je Aktie" in a sentence about the dividend is the dividend.
          return HasCue(sentence, Cue::kDividend) ? kDividend : kPrice;
        case Cue::kMarketCap:
          return kValuation;
        case Cue::kValuation:
          // "the robotics market has an estimated worth of $7bn": the market's size.
          return HasCue(sentence, Cue::kMarket) ? kMarketSize : kValuation;
        case Cue::kFunding:
          return kFunding;
        case Cue::kDeal:
        case Cue::kOrder:
          return kDealValue;
        case Cue::kDebt:
          return kDebt;
        case Cue::kMarket:
          return kMarketSize;
        case Cue::kDividend:
          return kDividend;
        case Cue::kMargin:
          // A margin stated as an amount is a profit ("su margen neto quedó en 35 millones",
          // "an operating margin worth $600m"; tied to the amount: BestMetric).
          return kProfit;
        case Cue::kSalary:
          return kSalary;
        case Cue::kTax:
        case Cue::kFee:
          return kTax;
        case Cue::kAssets:
          return kAssets;
        case Cue::kTrade:
          return kTrade;
        default:
          return {};
      }
    case FigureKind::kPercent:
      switch (cue) {
        case Cue::kMarketShare:
          return kMarketShare;
        case Cue::kShare:
          return HasCue(sentence, Cue::kMarket) ? kMarketShare : kShare;
        case Cue::kStake:
          return kStake;
        case Cue::kChange:
          return kGrowth;
        case Cue::kMargin:
          return kMargin;
        case Cue::kInterest:
          return kInterestRate;
        case Cue::kInflation:
          return kInflationRate;
        case Cue::kUnemployment:
          return kUnemploymentRate;
        case Cue::kTax:
          return kTaxRate;
        case Cue::kVote:
        case Cue::kSeat:
          return kVoteShare;
        case Cue::kSurvey:
        case Cue::kSurveyVote:
          // "laut einer Umfrage würden 37 Prozent ... kaufen": the share of those asked; a
          // poll of an election or of parties is a vote share.
          return HasCue(sentence, Cue::kVote) || HasCue(sentence, Cue::kPoll) ? kVoteShare
                                                                              : std::string_view{};
        default:
          return {};
      }
    case FigureKind::kCount:
    case FigureKind::kQuantity:
      // A measure (km, t, MW, mm) is never a number of people, places, companies or cases.
      if (kind == FigureKind::kQuantity &&
          (cue == Cue::kEmployees || cue == Cue::kUsers || cue == Cue::kPopulation ||
           cue == Cue::kCases || cue == Cue::kVote || cue == Cue::kSurveyVote ||
           cue == Cue::kVisitors || cue == Cue::kSites || cue == Cue::kCompanies)) {
        return {};
      }
      switch (cue) {
        case Cue::kShipment:
          return kShipments;
        case Cue::kOrder:
          return kOrders;
        case Cue::kPurchase:
          return kPurchases;
        case Cue::kSales:
          return kUnitsSold;
        case Cue::kProduction:
          return kProduction;
        case Cue::kEmployees:
          return kEmployees;
        case Cue::kUsers:
          return kUsers;
        case Cue::kPopulation:
          return kPopulation;
        case Cue::kCases:
          return kCases;
        case Cue::kVote:
          return kVotes;
        case Cue::kSurveyVote:
          // A poll counts votes only next to an election, a vote, a party or a candidate
          // ("the poll gave the party 3,100 votes"); else it counts something else ("the
          // poll found 700 cases"; its sample, "a poll of 2,600 adults", is no measure at
          // all: SurveySample): as for a percentage above.
          return HasCue(sentence, Cue::kVote) || HasCue(sentence, Cue::kPoll) ? kVotes
                                                                              : std::string_view{};
        case Cue::kVisitors:
          return kVisitors;
        case Cue::kSites:
          return kSites;
        case Cue::kCompanies:
          return kCompanies;
        default:
          return {};
      }
  }
  return {};
}

// The metric the counted noun of a count decides by itself ("200 Mitarbeiter" -> employees);
// "" when the noun leaves it open (chips, units, cars: ordered, sold or produced?).
std::string_view UnitMetric(std::string_view unit) {
  using namespace metrics;  // NOLINT(google-build-using-namespace)
  struct UnitLabel {
    std::string_view unit, metric;
  };
  static constexpr UnitLabel kUnits[] = {
      {"employee", kEmployees},
      {"worker", kEmployees},
      {"job", kEmployees},
      {"staff", kEmployees},
      // English trades that name a workforce ("4,100 flight attendants", "300 pilots"); not
      // journalists, drivers or doctors, as often counted for what befell them.
      {"attendant", kEmployees},
      {"pilot", kEmployees},
      {"nurse", kEmployees},
      {"teacher", kEmployees},
      {"miner", kEmployees},
      {"docker", kEmployees},
      {"technician", kEmployees},
      {"engineer", kEmployees},
      {"user", kUsers},
      {"customer", kUsers},
      {"subscriber", kUsers},
      {"policyholder", kUsers},
      {"client", kUsers},
      {"account", kUsers},
      {"subscription", kUsers},
      {"connection", kUsers},
      {"resident", kPopulation},
      {"inhabitant", kPopulation},
      {"refugee", kPopulation},
      {"household", kPopulation},
      {"citizen", kPopulation},
      {"case", kCases},
      {"death", kCases},
      {"infection", kCases},
      {"victim", kCases},
      {"fatality", kCases},
      {"casualty", kCases},
      {"vote", kVotes},
      {"voter", kVotes},
      {"passenger", kVisitors},
      {"visitor", kVisitors},
      {"viewer", kVisitors},
      {"tourist", kVisitors},
      {"guest", kVisitors},
      {"spectator", kVisitors},
      {"store", kSites},
      {"shop", kSites},
      {"branch", kSites},
      {"factory", kSites},
      {"plant", kSites},
      {"site", kSites},
      {"office", kSites},
      {"company", kCompanies},
      {"bank", kCompanies},
      {"firm", kCompanies},
      // Plurals the English singular above misses and a Spanish one outside the figure
      // finder's nouns ("3,000 businesses", "35 compañías").
      {"businesses", kCompanies},
      {"compañías", kCompanies},
      {"order", kOrders},
  };
  for (const UnitLabel& u : kUnits) {
    if (u.unit == unit) return u.metric;
  }
  // A noun outside the figure finder's table keeps its plural ("600,000 connections",
  // "300 subscribers"): its English singular ("-ies" -> "-y", "-ches"/"-shes" -> "-ch"/"-sh",
  // else "-s").
  if (unit.size() > 3 && unit.back() == 's' && unit[unit.size() - 2] != 's') {
    std::string_view stem = unit.substr(0, unit.size() - 1);
    std::string y_stem;
    if (stem.ends_with("ie")) {
      y_stem = std::string(stem.substr(0, stem.size() - 2)) + "y";
      stem = y_stem;
    } else if (stem.ends_with("che") || stem.ends_with("she")) {
      stem.remove_suffix(1);
    }
    for (const UnitLabel& u : kUnits) {
      if (u.unit == stem) return u.metric;
    }
  }
  return {};
}

// Distance from the figure to the hit, in bytes (0 when the cue lies inside the figure,
// "170 Millionen US-Nutzer").
long Distance(const Figure& f, const CueHit& h) {
  return h.end <= f.start   ? static_cast<long>(f.start - h.end)
         : h.start >= f.end ? static_cast<long>(h.start - f.end)
                            : 0;
}

// Best metric from the cues in [lo, hi) for figure f; `skip` is a cue not to use.
// Cues outside the preferred range [lo, hi) (beyond the neighbouring figures) count as this
// many bytes farther.
constexpr long kOutside = 100;
// Bytes beyond which a change cue says nothing about a figure.
constexpr long kFarChange = 120;
// Counts from which on a number is no company's sites: no chain has 100,000 stores or plants
// ("250,000 young plants" are grown, "130.000 Fans" near "Läden" are no shops).
constexpr double kMaxSites = 1e5;

bool HasConditionWord(std::string_view gap);
bool HasContrastClause(std::string_view gap);
size_t ContrastClauseAt(std::string_view text, size_t from, size_t to, bool last);
size_t NewClauseAt(std::string_view text, size_t from, size_t to);
bool DenominatorAt(std::string_view text, size_t pos, const Figure& f);
bool MarginTiedAfter(std::string_view text, size_t from, size_t cue_start);
bool ShareholderHolds(std::string_view text, const Figure& f, const CueHit& h);
bool CapacityOfOutput(std::string_view text, const Figure& f, const CueHit& h);
bool PrizeTied(std::string_view text, const Figure& f, const std::vector<CueHit>& hits);

// `text` (when given): the scanned text, for the condition test of change cues.
std::string_view BestMetric(const Figure& f, const std::vector<CueHit>& hits, size_t lo, size_t hi,
                            Cue skip = Cue::kNone, Cue skip_inside = Cue::kNone,
                            std::string_view text = {}) {
  std::string_view best;
  long best_score = 0;
  // Where a clause with its own subject begins after the figure (found at the first cue there).
  constexpr size_t kUnknown = std::string_view::npos - 1;
  size_t new_clause = kUnknown;
  // The first contrasting clause after the figure and the last one before it (found at the
  // first cue that counts; npos when none).
  size_t contrast_after = kUnknown, contrast_before = kUnknown;
  for (const CueHit& h : hits) {
    if (skip != Cue::kNone && kCues[h.cue].cue == skip) continue;
    // The counted noun itself ("300 Personen") is only the default.
    if (skip_inside != Cue::kNone && kCues[h.cue].cue == skip_inside && h.start >= f.start &&
        h.end <= f.end) {
      continue;
    }
    std::string_view m = MetricFor(kCues[h.cue].cue, f.kind, hits);
    if (m.empty()) continue;
    if (m == metrics::kSites && f.kind == FigureKind::kCount && f.value >= kMaxSites) continue;
    // The people a rate is counted per ("61 por cada 10.000 vecinos", "4 per 1,000 adults") are
    // no measure of the figure; the figure's own noun is ("je 800 Einwohnern pro Dorf").
    if (!text.empty() && kCues[h.cue].cue == Cue::kPopulation && DenominatorAt(text, h.start, f)) {
      continue;
    }
    // A shareholder ("Anteilseigner") makes a percentage a stake only as what it holds: right
    // after the figure ("mit 9 Prozent drittgrößter Anteilseigner") or with a verb of holding or
    // selling; not "die Anteilseigner billigten den Plan mit 88 Prozent".
    if (kCues[h.cue].cue == Cue::kStake && !text.empty() && f.kind == FigureKind::kPercent &&
        kCues[h.cue].text == "anteilseigner" && !ShareholderHolds(text, f, h)) {
      continue;
    }
    // A capacity ("Kapazität", "capacidad", "capacity") is production only as an output: not
    // a disk's, a hall's, a hospital's or a barracks' ("64 gigabytes", "640 camas", "1.400
    // reclutas"; CapacityOfOutput).
    if (!text.empty() && kCues[h.cue].cue == Cue::kProduction &&
        InList(kCues[h.cue].text, {"kapazität", "capacidad", "capacity"}) &&
        !CapacityOfOutput(text, f, h)) {
      continue;
    }
    // A margin names an amount only when tied to it: before it ("un margen bruto de 40
    // millones", "a margin of $3m") or right after it with at most "de" / "of" between ("9
    // millones de margen"); not "… 60 millones, con un margen estrecho", "won by a wide margin".
    if (!text.empty() && kCues[h.cue].cue == Cue::kMargin && f.kind == FigureKind::kMoney &&
        h.start >= f.end && !MarginTiedAfter(text, f.end, h.start)) {
      continue;
    }
    // A rise or fall far away in the sentence is some other figure's change ("el 25 % si
    // ..., y el 3 %, si cae a 12 dólares").
    // Nor one after a comma and "aunque" ("ronda el 7 %, aunque sube al 11 %").
    if (kCues[h.cue].cue == Cue::kChange &&
        (Distance(f, h) > kFarChange ||
         (!text.empty() && h.start >= f.end &&
          (HasConditionWord(text.substr(f.end, h.start - f.end)) ||
           HasContrastClause(text.substr(f.end, h.start - f.end)))))) {
      continue;
    }
    // What is bought for a small amount is priced: "buyers fork out £11,500 for a car".
    if (f.kind == FigureKind::kMoney && kCues[h.cue].cue == Cue::kPurchase && f.value < 1e5) {
      m = metrics::kPrice;
    }
    long score = Distance(f, h) - kCues[h.cue].strength;
    // A cue across a contrasting clause ("costs climbed to €3.4m, while orders slid to €61m")
    // names the other clause's measure: as far as one beyond the neighbouring figures, also
    // for a strong cue, so each clause keeps its own.
    if (!text.empty()) {
      if (contrast_after == kUnknown) {
        size_t lo_hits = f.start, hi_hits = f.end;
        for (const CueHit& g : hits) {
          lo_hits = std::min<size_t>(lo_hits, g.start);
          hi_hits = std::max<size_t>(hi_hits, g.end);
        }
        contrast_after = ContrastClauseAt(text, f.end, hi_hits, /*last=*/false);
        contrast_before = ContrastClauseAt(text, lo_hits, f.start, /*last=*/true);
      }
      if ((h.start >= f.end && contrast_after < h.start) ||
          (h.end <= f.start && contrast_before != std::string_view::npos &&
           contrast_before >= h.end)) {
        score += kOutside;
      }
    }
    if (h.start < lo || h.end > hi) score += kOutside;
    // A cue after a clause opening with its own subject names that clause's measure ("nahm 6
    // Mio. Euro ein, die Kosten stiegen"): as far as one beyond the neighbouring figures. Only
    // for money and percentages (counts keep their cue).
    else if (!text.empty() && h.start >= f.end &&
             (f.kind == FigureKind::kMoney || f.kind == FigureKind::kPercent)) {
      if (new_clause == kUnknown) new_clause = NewClauseAt(text, f.end, hi);
      if (h.start >= new_clause) score += kOutside;
    }
    if (best.empty() || score < best_score) {
      best = m;
      best_score = score;
    }
  }
  return best;
}

std::string_view WordAfter(std::string_view text, size_t pos, size_t hi) {
  size_t i = pos;
  while (i < hi && text[i] == ' ') ++i;
  size_t b = i;
  while (i < hi && WordByteAt(text, i)) ++i;
  return text.substr(b, i - b);
}

// True when text[p, e) begins (after blanks) with a percentage: "57 Prozent", "3.2%", "12,8%",
// "4,1 oder 4,2 Prozent", "18 al 15 por ciento" (numbers joined by "oder", "or", "y", "al" ...
// before the percent word).
bool PercentLevelAt(std::string_view t, size_t p, size_t e) {
  while (p < e && t[p] == ' ') ++p;
  if (p >= e || !scan::IsDigit(t[p])) return false;
  while (p < e) {
    while (p < e && (scan::IsDigit(t[p]) || t[p] == '.' || t[p] == ',' || t[p] == ' ')) ++p;
    const std::string_view w = WordAfter(t, p, e);
    if (p < e && t[p] == '%') return true;
    if (InListLower(w, {"prozent", "percent", "per", "por"})) return true;
    if (!InListLower(w, {"oder", "und", "bis", "or", "and", "y", "o", "al", "a", "to"}))
      return false;
    p = static_cast<size_t>(w.data() - t.data()) + w.size();
  }
  return false;
}

// True when `gap` holds a word that opens a condition or a clause of its own ("si", "if",
// "wenn", "falls", "cuando", "when").
bool HasConditionWord(std::string_view gap) {
  size_t i = 0;
  while (i < gap.size()) {
    while (i < gap.size() && !WordByteAt(gap, i)) ++i;
    const size_t b = i;
    while (i < gap.size() && WordByteAt(gap, i)) ++i;
    if (InListLower(gap.substr(b, i - b), {"si", "if", "wenn", "falls", "cuando", "when"}))
      return true;
  }
  return false;
}

// True when the word at `pos` follows a number outside figure `f` after "per", "por cada",
// "je" or "pro", or after a bare "por" when the number is a power of ten: the denominator of a
// rate ("por cada 500 alumnos", "per 10,000 drivers", "je 1.000 Kinder", "por 100.000
// vecinos"); not the figure's own noun ("je 800 Einwohnern pro Dorf" for "800 Einwohnern"),
// nor the agent of a passive ("firmada por 2.400 vecinos").
bool DenominatorAt(std::string_view text, size_t pos, const Figure& f) {
  size_t i = pos;
  while (i > 0 && text[i - 1] == ' ') --i;
  const size_t num_end = i;
  while (i > 0 && (scan::IsDigit(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')) --i;
  if (i == num_end || (i < f.end && num_end > f.start)) return false;
  const std::string_view w = WordBeforeBlanks(text, 0, i);
  if (InListLower(w, {"per", "cada", "je", "pro"})) return true;
  if (!InListLower(w, {"por"})) return false;
  // A power of ten: "1" and zeros, with any thousands separators.
  if (text[i] != '1') return false;
  for (size_t k = i + 1; k < num_end; ++k) {
    if (text[k] != '0' && text[k] != '.' && text[k] != ',') return false;
  }
  return num_end > i + 1;
}

// True when the shareholder cue `h` tells what figure `f` is: the cue within three words after
// the figure, or a verb of holding, buying or selling between them or just after the figure
// ("hält", "besitzt", "verkaufen", "loszuwerden", "abgeben", "erwerben").
bool ShareholderHolds(std::string_view text, const Figure& f, const CueHit& h) {
  if (h.start >= f.end) {
    size_t blanks = 0;  // three words between have four blanks around them
    for (size_t i = f.end; i < h.start; ++i) blanks += text[i] == ' ' ? 1 : 0;
    if (blanks <= 4) return true;
  }
  const size_t b = std::min<size_t>(h.end, f.end);
  const size_t e = std::min(text.size(), std::max<size_t>(h.start, f.end + 40));
  const std::string_view gap = text.substr(b, e - b);
  for (std::string_view verb :
       {"hält", "halten", "besitz", "gehör", "verkauf", "loszuwerden", "loswerden", "abgeben",
        "abzugeben", "erwerb", "kauf", "aufstock", "übernehm", "übernomm"}) {
    if (scan::FindLower(gap, verb) != std::string_view::npos) return true;
  }
  return false;
}

// True when a margin cue at `cue_start` after a money figure ending at `from` is tied to it:
// blanks only, or a single "de" / "of" between ("9 millones de margen", "$4m of margin"), or
// the cue inside the word right after it ("3 Mio. Euro Bruttomarge").
bool MarginTiedAfter(std::string_view text, size_t from, size_t cue_start) {
  size_t i = from;
  while (i < cue_start && text[i] == ' ') ++i;
  if (i == cue_start) return true;
  const std::string_view w = WordAfter(text, i, cue_start);
  if (w.data() + w.size() == text.data() + cue_start) return true;  // "…Euro Bruttomarge"
  size_t j = static_cast<size_t>(w.data() - text.data()) + w.size();
  while (j < cue_start && text[j] == ' ') ++j;
  return j == cue_start && InListLower(w, {"de", "of"});
}

// True when a prize cue ("Preisgeld", "dotiert", "premio", "prize") of `hits` is tied to
// figure `f` of `text`: right before it across at most "de" / "of" ("un premio de 3.000
// euros", "a prize of $900"), or after it with at most two words between and no
// punctuation but a bracket ("mit 6.500 Franken dotiert", "a $8,000 prize", "12.000 Euro
// Preisgeld", "the $8,000 first prize", "4.000 Pfund (4.600 Euro) Preisgeld"). A prize
// elsewhere in the sentence leaves a price alone ("Nach dem Preisgewinn verlangt Korbel 45 Euro"),
// and "prize" must end its word ("prized", no).
bool PrizeTied(std::string_view text, const Figure& f, const std::vector<CueHit>& hits) {
  for (const CueHit& h : hits) {
    if (kCues[h.cue].cue != Cue::kPrize) continue;
    if (kCues[h.cue].text == "prize" || kCues[h.cue].text == "premio") {
      size_t we = h.end;
      if (we < text.size() && text[we] == 's') ++we;
      if (WordByteAt(text, we)) continue;  // "prized", "premiologo"
    }
    if (h.end <= f.start) {
      size_t we = h.end;
      while (WordByteAt(text, we)) ++we;
      if (MarginTiedAfter(text, we, f.start)) return true;
      continue;
    }
    if (h.start < f.end) continue;
    size_t ws = h.start;  // the start of the word holding the cue ("Turnierpreisgeld")
    while (ws > 0 && WordByteAt(text, ws - 1)) --ws;
    size_t i = f.end;
    for (int k = 0; k < 3 && i <= h.start; ++k) {
      while (i < h.start && text[i] == ' ') ++i;
      if (i == ws) return true;  // the cue's word ("Preisgeld", "prize", "dotierte")
      // A bracket ("4.000 Pfund (4.600 Euro) Preisgeld") is one step; so is its end
      // when the figure stands inside it.
      if (text[i] == ')') {
        ++i;
        continue;
      }
      if (text[i] == '(') {
        const size_t close = text.find(')', i);
        if (close == std::string_view::npos || close > h.start) break;
        i = close + 1;
        continue;
      }
      const std::string_view w = WordAfter(text, i, h.start);
      if (w.empty()) break;  // punctuation between
      i += w.size();
    }
  }
  return false;
}

// True when a rate follows figure `f` of `text`, at most two words (its counted noun) after
// it: "a year", "per day", "each month", "annually", "im Jahr", "pro Monat", "jährlich", "al
// año", "por día", "anuales", "diarios" ("400.000 Geräte im Jahr", "9,000 pumps per day").
bool RateAfterFigure(std::string_view text, const Figure& f) {
  size_t i = f.end;
  for (int k = 0; k < 4; ++k) {
    const std::string_view w = WordAfter(text, i, text.size());
    if (w.empty()) return false;
    const size_t gap_start = i;
    i = static_cast<size_t>(w.data() - text.data());
    for (size_t j = gap_start; j < i; ++j) {
      if (text[j] != ' ') return false;  // a comma or a stop ends the figure's phrase
    }
    i += w.size();
    if (InListLower(w, {"annually", "yearly", "daily", "monthly", "jährlich", "täglich",
                        "monatlich", "anuales", "anual", "diarios", "diarias", "mensuales"})) {
      return true;
    }
    if (InListLower(w, {"a", "per", "each", "every", "im", "pro", "je", "al", "por", "cada"})) {
      const std::string_view n = WordAfter(text, i, text.size());
      if (n.data() != text.data() + i + 1) return false;
      return InListLower(n, {"year", "day", "month", "week", "hour", "annum", "jahr", "tag",
                             "monat", "woche", "stunde", "año", "día", "mes", "semana", "hora"});
    }
    if (k >= 1) return false;  // only the counted noun stands between figure and rate
  }
  return false;
}

// True when the capacity cue `h` ("Kapazität" also inside a compound, "capacidad",
// "capacity") of the sentence in `text` names an output for figure `f`: the figure counts
// what a plant turns out (counted units, vehicles, tonnes, barrels, megawatts), a rate
// follows the figure's noun ("400.000 Geräte im Jahr", "9,000 pumps per day", "2.500 motos
// al mes"), the capacity is one to make something ("the capacity to build 800 boats"), or it
// is called one of production by the words beside it: German a compound's first part
// ("Jahreskapazität", "Kraftwerkskapazität"), English the word before it ("annual capacity",
// "generating capacity"), Spanish the word after it, across "de" / "para" ("capacidad
// productiva", "capacidad de generación"). Not a disk's or a battery's capacity ("24
// Terabytes", "eine Akkuladung von 4.800 mAh"), nor a hall's, a hospital's, a data centre's
// or a barracks' ("900 Plätze", "640 camas", "room for 700 server racks", "1.400 reclutas").
// Only count figures reach this test: the quantity path of MetricClassifier::Metric passes
// no text to BestMetric, so a quantity ("80.000 t", "5,300 MW") never gets here with text.
bool CapacityOfOutput(std::string_view text, const Figure& f, const CueHit& h) {
  if (f.kind == FigureKind::kCount &&
      InListLower(f.unit, {"unit", "vehicle", "car", "cars", "tonnes", "tons", "toneladas",
                           "tonnen", "megawatts", "megavatios", "barrels", "barriles", "barrel"})) {
    return true;
  }
  if (RateAfterFigure(text, f)) return true;
  // "the capacity to make / produce / build 250 …".
  if (h.end <= f.start) {
    size_t we = h.end;
    while (WordByteAt(text, we)) ++we;
    const std::string_view w1 = WordAfter(text, we, f.start);
    if (InListLower(w1, {"to"})) {
      const std::string_view w2 =
          WordAfter(text, static_cast<size_t>(w1.data() - text.data()) + w1.size(), f.start);
      if (InListLower(w2, {"make", "produce", "build", "manufacture", "assemble", "turn", "churn",
                           "process", "refine", "generate"})) {
        return true;
      }
    }
  }
  // German: the first part of the compound the cue ends ("Jahres|kapazität").
  size_t ws = h.start;
  while (ws > 0 && WordByteAt(text, ws - 1)) --ws;
  if (ws < h.start) {
    const std::string_view head = text.substr(ws, h.start - ws);
    for (std::string_view part : {"produktion", "jahres", "fertigung", "erzeugung", "kraftwerk",
                                  "förder", "herstellung", "raffinerie"}) {
      if (scan::FindLower(head, part) != std::string_view::npos) return true;
    }
    return false;
  }
  if (InListLower(WordBeforeBlanks(text, 0, h.start),
                  {"production", "productive", "producing", "manufacturing", "generating",
                   "generation", "refining", "output", "annual", "yearly", "installed"})) {
    return true;
  }
  size_t we = h.end;
  while (WordByteAt(text, we)) ++we;
  std::string_view next = WordAfter(text, we, text.size());
  if (InListLower(next, {"de", "para"})) {
    next =
        WordAfter(text, static_cast<size_t>(next.data() - text.data()) + next.size(), text.size());
  }
  return InListLower(next, {"producción", "productiva", "productivo", "generación", "fabricación",
                            "refino", "anual", "producir", "fabricar", "generar"});
}

// True when `w` (the word after a determiner) is a superlative or an ordinal: the noun phrase
// it opens describes the figure before it ("…, the highest bid in years", "…, la mayor compra
// del año", "…, die größte Übernahme"), it opens no clause of its own.
bool SuperlativeOrOrdinal(std::string_view w) {
  if (InListLower(w, {"largest", "biggest", "highest", "lowest",  "greatest", "smallest", "first",
                      "second",  "third",   "last",    "latest",  "only",     "most",     "mayor",
                      "menor",   "primer",  "primera", "primero", "segunda",  "segundo",  "tercera",
                      "tercer",  "última",  "último",  "más"})) {
    return true;
  }
  // German: a lower-case word ending in "-ste(n)" ("größte", "erste", "höchsten", "letzte").
  return !w.empty() && !(w[0] >= 'A' && w[0] <= 'Z') &&
         (w.ends_with("ste") || w.ends_with("sten") || w.ends_with("stes") || w.ends_with("ster"));
}

// Where the first comma or semicolon followed by a determiner lies in text[from, to) — a
// clause with its own subject begins there ("…, der Umsatz fiel", "…, el beneficio", "…; the
// profit"); npos when there is none. Not a determiner opening a superlative or an ordinal (an
// apposition about the figure: "…, the largest sale"). A German relative pronoun (der / die /
// das) and other appositions are caught too ("…, die der Konzern zahlte", "…, the price of a
// house"): their cue then counts as outside the figure's range.
size_t NewClauseAt(std::string_view text, size_t from, size_t to) {
  to = std::min(to, text.size());
  for (size_t i = from; i + 1 < to; ++i) {
    if ((text[i] != ',' && text[i] != ';') || text[i + 1] != ' ') continue;
    const std::string_view det = WordAfter(text, i + 1, to);
    if (InListLower(det, {"der", "die", "das", "el", "la", "los", "las", "the", "its", "their"}) &&
        !SuperlativeOrOrdinal(
            WordAfter(text, static_cast<size_t>(det.data() - text.data()) + det.size(), to))) {
      return i;
    }
  }
  return std::string_view::npos;
}

// True when `gap` holds a comma followed by Spanish "aunque" or "pero" (a concession or a
// contrast: the change after it is another figure's: "está entre el 2 % y el 4 %, pero fuera
// del país la tasa se reduce"). Not English "but" / "while": a change after them still tells a
// move stated with a verb the table lacks ("shares added 1.7%, while X jumped 7%").
bool HasContrastClause(std::string_view gap) {
  const size_t comma = gap.find(", ");
  if (comma == std::string_view::npos) return false;
  return InListLower(WordAfter(gap, comma + 1, gap.size()), kConcessionConjunctionsEs);
}

// Where a comma followed by a conjunction that opens a contrasting clause with its own
// subject and measure ("while", "whilst", "whereas", "mientras", "während": "costs climbed to
// €3.4m, while orders slid to €61m", "…, mientras que las ventas …", "…, während der Umsatz
// …") lies in text[from, to): the first one, or the last one when `last`; npos when none.
size_t ContrastClauseAt(std::string_view text, size_t from, size_t to, bool last) {
  to = std::min(to, text.size());
  size_t found = std::string_view::npos;
  for (size_t i = from; i + 1 < to; ++i) {
    if (text[i] != ',' || text[i + 1] != ' ') continue;
    if (InListLower(WordAfter(text, i + 1, to), kContrastConjunctions)) {
      found = i;
      if (!last) break;
    }
  }
  return found;
}

// Where the words after an amount begin: past blanks and its bracketed conversion if any
// ("$375m (£195.3m) profit" → "profit"); npos when a bracket opens there and does not close
// within 48 bytes before `e`.
size_t AfterConversion(const Figure& f, std::string_view t, size_t e) {
  size_t p = f.end;
  while (p < e && t[p] == ' ') ++p;
  if (p < e && t[p] == '(') {
    const size_t close = t.find(')', p);
    if (close == std::string_view::npos || close >= e || close - p > 48) {
      return std::string_view::npos;
    }
    p = close + 1;
    while (p < e && t[p] == ' ') ++p;
  }
  return p;
}

// The measure named by a cue word that follows the amount directly, after its bracketed
// conversion if any: "a $420m (£231.6m) profit", "a 44% stake", "5 Millionen Euro Umsatz".
// "" when no cue for f's kind starts there.
std::string_view CueRightAfter(const Figure& f, std::string_view t, size_t e,
                               const std::vector<CueHit>& hits) {
  size_t p = AfterConversion(f, t, e);
  if (p == std::string_view::npos) return {};
  for (const CueHit& h : hits) {
    if (h.start < p) continue;
    if (h.start > p) break;
    // A verb of change after a level ("auf 3,5 Prozent sinken") names no measure; a rate
    // before one ("a 5% rise") is left to the growth rule.
    if (kCues[h.cue].cue == Cue::kChange) return {};
    return MetricFor(kCues[h.cue].cue, f.kind, hits);
  }
  return {};
}

// True when count `f` counts people: its unit has a metric of people (`by_unit`: a workforce,
// users, a population, visitors), is "person" or "student", or (no unit metric) a cue of
// people lies inside the figure ("665 Frauen", "21 Touristen"). Not firms, goods or animals
// ("40 pymes", "100 Autos", "15 Rinder").
// REQUIRES: `hits` are the cues of f's sentence.
bool CountsPeopleUnit(const Figure& f, std::string_view by_unit, const std::vector<CueHit>& hits) {
  using namespace metrics;  // NOLINT(google-build-using-namespace)
  if (by_unit == kEmployees || by_unit == kUsers || by_unit == kPopulation ||
      by_unit == kVisitors || f.unit == "person" || f.unit == "student" || GroupNoun(f.unit)) {
    return true;
  }
  if (!by_unit.empty()) return false;
  for (const CueHit& h : hits) {
    const Cue c = kCues[h.cue].cue;
    if (h.start >= f.start && h.end <= f.end &&
        (c == Cue::kEmployees || c == Cue::kUsers || c == Cue::kPopulation ||
         c == Cue::kVisitors)) {
      return true;
    }
  }
  return false;
}

// German: true when "das Leben" or "ihr Leben" follows count `f` in the sentence [s, e) of `t`
// and a form of "kosten" or "verlieren" stands among the eight words before the figure, no
// punctuation between ("kostete die Kollision am Pass 14 Reisende das Leben", "verloren 23
// Personen ihr Leben": a harm took their lives), or "kostet" / "kostete" / "kosteten" comes
// right after "Leben" ("warnen, dass der Smog jeden Winter 450 Menschen das Leben kostet"). Not
// lives saved or lived
// ("rettete 40 Menschen das Leben", "9.000 Menschen genießen das Leben"), nor the cost of
// living before the count ("Das Leben kostet für 4.000 Studenten mehr").
// REQUIRES: s <= f.start, f.end <= e.
bool LifeCostDe(const Figure& f, std::string_view t, size_t s, size_t e) {
  const std::string_view w1 = WordAfter(t, f.end, e);
  if (w1 != "das" && w1 != "ihr") return false;
  const std::string_view w2 =
      WordAfter(t, static_cast<size_t>(w1.data() - t.data()) + w1.size(), e);
  if (w2 != "Leben") return false;
  const std::string_view w3 =
      WordAfter(t, static_cast<size_t>(w2.data() - t.data()) + w2.size(), e);
  if (InList(w3, {"kostet", "kostete", "kosteten"})) return true;
  size_t pos = f.start;
  for (int k = 0; k < 8; ++k) {
    const std::string_view w = WordBeforeBlanks(t, s, pos);
    if (w.empty()) break;
    if (InList(w, {"kostet", "kostete", "kosteten", "kosten", "verloren", "verlor", "verlieren"})) {
      return true;
    }
    pos = static_cast<size_t>(w.data() - t.data());
  }
  return false;
}

// German: true when `span` holds a word of negation: "nicht", "nie",
// "niemand", "kein" and its forms ("Keiner der 640 Mitarbeiter", "wurde niemand verletzt").
// REQUIRES: nothing.
bool NegatedDe(std::string_view span) {
  static constexpr std::string_view kNot[] = {"nicht", "nie", "niemand"};
  size_t p = 0;
  while (p < span.size()) {
    while (p < span.size() && !WordByteAt(span, p)) ++p;
    const size_t w0 = p;
    while (p < span.size() && WordByteAt(span, p)) ++p;
    const std::string_view w = span.substr(w0, p - w0);
    if (w.empty()) break;
    if (InListLower(w, kNot) || (w.size() >= 4 && InListLower(w.substr(0, 4), {"kein"}))) {
      return true;
    }
  }
  return false;
}

// The at most `n` words before byte `at` of `t` and the blanks between them, within the
// sentence (stops at , ; : and brackets). REQUIRES: at <= t.size().
std::string_view WordsBefore(std::string_view t, size_t at, int n) {
  size_t b = at;
  for (int i = 0; i < n; ++i) {
    size_t q = b;
    while (q > 0 && t[q - 1] == ' ') --q;
    if (q == 0 || !WordByteAt(t, q - 1)) break;
    while (q > 0 && WordByteAt(t, q - 1)) --q;
    b = q;
  }
  return t.substr(b, at - b);
}

// German and Spanish: true when a cue of harm (Cue::kCases: "getötet", "verletzt",
// "erkrankt", "murieron") is the predicate of the count `f` in its clause, so the people
// counted are cases whatever their noun says ("neun Monteure wurden dabei getötet", "starben
// 12 Arbeiter", "murieron 14 operarios"). Either the cue's word stands right before the figure
// (blanks only; the words of a qualifier, "casi", "mehr als", when the figure has one) or it
// follows the figure in the same clause (no , ; : brackets, quotes or line break between, at
// most 80 bytes). German: the cue's word is a participle or verb (a word start in lower case:
// not the victims' nouns "Toten", "Verletzten", nor "unverletzt"), closes the clause or is
// followed by one auxiliary only (function_words::kAuxiliariesDe, "worden", "wären", "kamen",
// "gekommen": "verletzt wurden.", "ums Leben kamen,"), and no negation (kein-, niemand, nicht,
// nie) stands between the figure and the cue or in the two words before the figure ("Keiner
// der 640 Mitarbeiter wurde verletzt"). Spanish: after only "se", "han", "habían" or "ya"
// ("no" negates).
// REQUIRES: f is a count of the sentence ending at `e` in `t` whose cues are `hits`.
bool HarmPredicateOf(const Figure& f, std::string_view t, size_t e, bool german,
                     const std::vector<CueHit>& hits) {
  constexpr std::string_view kBreaks = ",;:()[]\"\n";
  for (const CueHit& h : hits) {
    if (kCues[h.cue].cue != Cue::kCases) continue;
    if (h.end <= f.start) {
      // Before: the cue's word ends where the figure (or its qualifier) begins.
      size_t we = h.end;
      while (WordByteAt(t, we)) ++we;
      if (we > f.start) continue;
      const std::string_view gap = t.substr(we, f.start - we);
      if (gap.find_first_not_of(' ') == std::string_view::npos) return true;
      if (f.qualifier != Qualifier::kExact && gap.size() <= 12 &&
          gap.find_first_of(kBreaks) == std::string_view::npos &&
          gap.find_first_of("0123456789") == std::string_view::npos) {
        return true;
      }
      continue;
    }
    if (h.start < f.end || h.start - f.end > 80) continue;
    const std::string_view gap = t.substr(f.end, h.start - f.end);
    if (gap.find_first_of(kBreaks) != std::string_view::npos ||
        gap.find("\xE2\x80\x93") != std::string_view::npos ||  // en dash
        gap.find("\xC2\xAB") != std::string_view::npos) {      // «
      continue;
    }
    if (german) {
      // A participle or finite verb: the cue's word starts at a word start in lower case (not
      // the victims' nouns "Toten", "Verletzten", nor "unverletzt", "Schwerverletzte").
      if ((h.start > 0 && WordByteAt(t, h.start - 1)) || t[h.start] < 'a' || t[h.start] > 'z') {
        continue;
      }
      if (NegatedDe(gap) || NegatedDe(WordsBefore(t, f.start, 2))) continue;
      size_t p = h.end;
      while (WordByteAt(t, p)) ++p;
      auto closes = [&](size_t q) {
        while (q < e && t[q] == ' ') ++q;
        return q >= e || std::string_view(".,;:!?)").find(t[q]) != std::string_view::npos;
      };
      if (closes(p)) return true;
      const std::string_view word = WordAfter(t, p, e);
      p = static_cast<size_t>(word.data() - t.data()) + word.size();
      static constexpr std::string_view kAuxExtraDe[] = {"worden", "wären", "kamen", "gekommen"};
      if ((InListLower(word, function_words::kAuxiliariesDe) || InListLower(word, kAuxExtraDe)) &&
          closes(p)) {
        return true;
      }
      continue;
    }
    // Spanish: only the reflexive, the perfect's auxiliary or "ya" between.
    static constexpr std::string_view kBetweenEs[] = {"se", "han", "habían", "ya"};
    size_t p = f.end;
    bool ok = true;
    while (ok) {
      const std::string_view word = WordAfter(t, p, h.start);
      p = static_cast<size_t>(word.data() - t.data()) + word.size();
      if (p >= h.start && word.empty()) break;
      ok = InListLower(word, kBetweenEs);
    }
    if (ok) return true;
  }
  return false;
}

// English / Spanish: true when percentage `f` of the sentence [s, e) of `t` is followed by
// "above / below" and a determiner ("25% above the issue price", "30% below its peak") or,
// after "un", by "por encima / por debajo" ("un 15 % por encima de la media"): a difference from
// a value. Not before a number or an age ("30% above 65", "above the age of 80"), nor those
// below a poverty line or a threshold within a few words.
bool AboveBelowDifference(const Figure& f, std::string_view t, size_t s, size_t e) {
  static constexpr std::string_view kPovertyLine[] = {"poverty", "pobreza", "umbral", "threshold"};
  const std::string_view w1 = WordAfter(t, f.end, e);
  if (w1.empty()) return false;
  const std::string_view w2 =
      WordAfter(t, static_cast<size_t>(w1.data() - t.data()) + w1.size(), e);
  if (w2.empty()) return false;
  const size_t rest_at = static_cast<size_t>(w2.data() - t.data()) + w2.size();
  const std::string_view rest = t.substr(rest_at, std::min<size_t>(e - rest_at, 32));
  if (scan::ContainsAnyLower(rest, kPovertyLine)) return false;
  if (InListLower(w1, {"above", "below"})) {
    return InListLower(w2, {"the", "its", "their", "his", "her", "last", "a", "an"}) &&
           !InListLower(WordAfter(t, rest_at, e), {"age", "ages"});
  }
  return InListLower(w1, {"por"}) && InListLower(w2, {"encima", "debajo"}) &&
         InListLower(WordBeforeBlanks(t, s, f.start), {"un"}) &&
         !InListLower(WordAfter(t, rest_at, e), {"edad"});
}

// German: true when every cue of harm (Cue::kCases) of the sentence follows the count `f` in its
// clause (no , ; : brackets or quotes between, at most 80 bytes) and is negated there: by a
// subject kein… / niemand between them, in the two words before the figure or right after the
// cue ("Keiner der 45 Insassen wurde verletzt", "von den 90 Gästen ist niemand erkrankt", "von
// den 90 Gästen erkrankte niemand"), or by "nicht" right before the cue ("die 60 Bewohner
// wurden nicht verletzt"). Not "nicht schwer / lebensgefährlich verletzt" (hurt, not spared),
// nor "nicht nur" / "nicht einmal" before the count.
// REQUIRES: f is a count of the sentence ending at `e` in `t` whose cues are `hits`.
bool NegatedHarmDe(const Figure& f, std::string_view t, size_t e, const std::vector<CueHit>& hits) {
  const auto nobody = [](std::string_view w) {
    return InListLower(w, {"niemand"}) || (w.size() >= 4 && InListLower(w.substr(0, 4), {"kein"}));
  };
  const auto nobody_in = [&](std::string_view span) {
    size_t p = 0;
    while (p < span.size()) {
      while (p < span.size() && !WordByteAt(span, p)) ++p;
      const size_t w0 = p;
      while (p < span.size() && WordByteAt(span, p)) ++p;
      if (p == w0) break;
      if (nobody(span.substr(w0, p - w0))) return true;
    }
    return false;
  };
  // The end of the word the cue starts ("erkrankte" after the cue "erkrankt").
  const auto word_end = [](std::string_view text, size_t p) {
    while (WordByteAt(text, p)) ++p;
    return p;
  };
  bool any = false;
  for (const CueHit& h : hits) {
    if (kCues[h.cue].cue != Cue::kCases) continue;
    if (h.start < f.end || h.start - f.end > 80) return false;
    const std::string_view gap = t.substr(f.end, h.start - f.end);
    if (gap.find_first_of(",;:()[]\"\n") != std::string_view::npos) return false;
    const bool not_before_verb = InListLower(WordBeforeBlanks(t, f.end, h.start), {"nicht"});
    if (!not_before_verb && !nobody_in(gap) && !nobody_in(WordsBefore(t, f.start, 2)) &&
        !nobody(WordAfter(t, word_end(t, h.end), e))) {
      return false;
    }
    any = true;
  }
  return any;
}

// English: true when "worth of" (or "-worth of") follows amount f, after its bracketed
// conversion if any: Norland's "$6m worth of timber", "70m euros-worth of grain". The amount is
// what the goods or the deal named after it come to, no company's worth ("worth of $2bn" before an
// amount stays a valuation).
// REQUIRES: f is a figure of the sentence ending at `e` in `t` (f.end <= e <= t.size()).
bool WorthOfAfterEn(const Figure& f, std::string_view t, size_t e) {
  size_t p = AfterConversion(f, t, e);
  if (p == std::string_view::npos) return false;
  if (p < e && t[p] == '-') ++p;
  constexpr std::string_view kWorthOf = "worth of ";
  return p + kWorthOf.size() <= e && EqualsLowerAscii(t.substr(p, kWorthOf.size()), kWorthOf);
}

// English: true when amount f follows "valuing <company> at" with no comma between: "an offer
// valuing the firm at £800m", "valuing it at £1bn" (the value the bid puts on the company; the
// per-share offer before it stays what it is). The object must name a company: "it" or "the
// (<Capitalised>) company / firm / group / business / club"; a bare capitalised object is not
// taken ("valuing Arctic Oil Reserves at" is no company), nor "valuing the storm losses at",
// "valuing its 20% stake at": they keep their own cue. REQUIRES: s <= f.start <= t.size();
// text[s, f.start) is the figure's sentence before it.
bool ValuingAtEn(const Figure& f, std::string_view t, size_t s) {
  const std::string_view at = WordBeforeBlanks(t, s, f.start);
  if (at != "at") return false;
  const size_t at_pos = static_cast<size_t>(at.data() - t.data());
  // 48 bytes back from "at" hold "valuing " and "the <two capitalised words> company".
  const size_t from = at_pos > s + 48 ? at_pos - 48 : s;
  const std::string_view before = t.substr(from, at_pos - from);
  const size_t v = before.rfind("valuing ");
  if (v == std::string_view::npos || (v > 0 && WordByteAt(before, v - 1))) return false;
  std::string_view object = before.substr(v + 8);
  while (!object.empty() && object.back() == ' ') object.remove_suffix(1);
  if (object.empty()) return false;
  if (object == "it") return true;
  if (object.starts_with("the ")) {
    // "the firm", also after capitalised words: "the Norbridge Town club".
    std::string_view noun = object.substr(4);
    const size_t last = noun.rfind(' ');
    if (last != std::string_view::npos) {
      for (size_t p = 0; p < last; ++p) {
        if ((p == 0 || noun[p - 1] == ' ') && (noun[p] < 'A' || noun[p] > 'Z')) return false;
      }
      noun = noun.substr(last + 1);
    }
    return InListLower(noun, {"company", "firm", "group", "business", "club"});
  }
  return false;
}

// English: the measure named by "in" + a cue after an amount and its bracketed conversion, maybe
// with one word between ("$3bn in sales", "$12bn ($8bn) in back taxes", "$5m in fines"); "" when
// there is none (not a place or a time: "$5bn in China", "$2m in May").
std::string_view CueAfterInEn(const Figure& f, std::string_view t, size_t e,
                              const std::vector<CueHit>& hits) {
  size_t p = AfterConversion(f, t, e);
  if (p == std::string_view::npos) return {};
  if (p + 3 > e || t.substr(p, 3) != "in ") return {};
  p += 3;
  size_t q = p;  // after one lower-case word
  while (q < e && t[q] >= 'a' && t[q] <= 'z') ++q;
  const bool word_between = q != p && q < e && t[q] == ' ';
  const size_t second = word_between ? q + 1 : p;  // the cue after the one word, if any
  for (const CueHit& h : hits) {
    if (h.start < p) continue;
    if (h.start != p && h.start != second) {
      if (h.start > second) break;
      continue;
    }
    if (kCues[h.cue].cue == Cue::kChange) break;
    return MetricFor(kCues[h.cue].cue, f.kind, hits);
  }
  return {};
}

// Spanish: the measure named by "de" + a cue right after an amount ("12.400 euros de
// beneficio", "3.000 euros de deuda", "900 de multa"); "" when there is none.
std::string_view CueAfterDeEs(const Figure& f, std::string_view t, size_t e,
                              const std::vector<CueHit>& hits) {
  size_t p = f.end;
  while (p < e && t[p] == ' ') ++p;
  if (p + 3 > e || !EqualsLowerAscii(t.substr(p, 2), "de") || t[p + 2] != ' ') return {};
  p += 3;
  while (p < e && t[p] == ' ') ++p;
  for (const CueHit& h : hits) {
    if (h.start < p) continue;
    if (h.start > p || kCues[h.cue].cue == Cue::kChange) break;
    return MetricFor(kCues[h.cue].cue, f.kind, hits);
  }
  return {};
}

// The metric of the cue in [lo, hi) nearest before `hi` that means something for f's kind
// (its strength counted, as in BestMetric); "" when there is none.
std::string_view NearestBefore(const Figure& f, const std::vector<CueHit>& hits, size_t lo,
                               size_t hi) {
  std::string_view best;
  long best_score = 0;
  for (const CueHit& h : hits) {
    if (h.start < lo || h.end > hi) continue;
    const std::string_view m = MetricFor(kCues[h.cue].cue, f.kind, hits);
    if (m.empty()) continue;
    const long score = static_cast<long>(hi - h.end) - kCues[h.cue].strength;
    if (best.empty() || score < best_score) {
      best = m;
      best_score = score;
    }
  }
  return best;
}

// The level reached by a change stated as a rate ("sales rose 6% to €18.2bn", "lifted its
// dividend by 14% to 6.2 cents", "der Umsatz stieg um 5 % auf 3 Mrd. Euro", "las ventas
// crecieron un 4 % hasta 900 millones") is the measure that changed: the cue nearest before
// the rate in its clause (not a cue after the amount, nor one in an earlier clause). "" when
// f does not follow such a rate.
std::string_view ChangedMeasure(const Figure& f, std::string_view t, size_t s,
                                const std::vector<CueHit>& hits) {
  // (No change before the figure, no changed measure: most figures stop here.)
  if (std::none_of(hits.begin(), hits.end(), [&f](const CueHit& h) {
        return h.end <= f.start && kCues[h.cue].cue == Cue::kChange;
      })) {
    return {};
  }
  std::string_view to = WordBeforeBlanks(t, s, f.start);
  // The level reached after a verb of reaching: "hasta situarse en 70 millones", "hasta
  // quedar en 2.300 millones", "hasta los 15 millones", "to reach $9bn".
  if (!InListLower(to, {"to", "auf", "a", "al", "hasta"})) {
    for (int k = 0; k < 2 && InListLower(to, {"los", "las", "el", "la", "en", "alcanzar", "quedar",
                                              "situarse", "reach"});
         ++k) {
      to = WordBeforeBlanks(t, s, static_cast<size_t>(to.data() - t.data()));
    }
    if (!InListLower(to, {"to", "auf", "a", "al", "hasta"})) return {};
  }
  size_t r = static_cast<size_t>(to.data() - t.data());
  while (r > s && t[r - 1] == ' ') --r;
  if (r > s && t[r - 1] == ',') --r;  // "cayó un 35 %, hasta los 4.000 millones"
  // The rate: "8%", "8 %", "8 percent", "8 Prozent", "8 por ciento".
  if (r > s && t[r - 1] == '%') {
    --r;
  } else {
    std::string_view unit = WordBeforeBlanks(t, s, r);
    if (InListLower(unit, {"ciento", "cent"})) {
      unit = WordBeforeBlanks(t, s, static_cast<size_t>(unit.data() - t.data()));
      if (!InListLower(unit, {"por", "per"})) return {};
    } else if (!InListLower(unit, {"percent", "prozent"})) {
      return {};
    }
    r = static_cast<size_t>(unit.data() - t.data());
  }
  while (r > s && t[r - 1] == ' ') --r;
  if (r == s || !scan::IsDigit(t[r - 1])) return {};
  while (r > s && (scan::IsDigit(t[r - 1]) || t[r - 1] == '.' || t[r - 1] == ',')) --r;
  // The clause before the rate: back to punctuation or another number.
  size_t c = r;
  while (c > s && std::string_view(",;:()").find(t[c - 1]) == std::string_view::npos &&
         !scan::IsDigit(t[c - 1])) {
    --c;
  }
  bool change = false;
  for (const CueHit& h : hits) {
    if (h.start >= c && h.end <= r && kCues[h.cue].cue == Cue::kChange) change = true;
  }
  if (!change) return {};
  return NearestBefore(f, hits, c, r);
}

// English: "Operating profit reached $820m (down about $90m on the prior year), while sales
// rose": an amount of change in an aside ("- up", ", down", "(up") changes the measure named
// before the aside.
// "" when f is no such amount.
std::string_view AsideChangeEn(const Figure& f, std::string_view t, size_t s,
                               const std::vector<CueHit>& hits) {
  std::string_view w = WordBeforeBlanks(t, s, f.start);
  if (InListLower(w, {"nearly", "almost", "about", "around", "some", "roughly", "by"})) {
    w = WordBeforeBlanks(t, s, static_cast<size_t>(w.data() - t.data()));
  }
  if (!InListLower(w, {"up", "down"})) return {};
  size_t c = static_cast<size_t>(w.data() - t.data());
  while (c > s && t[c - 1] == ' ') --c;
  if (c == s || std::string_view("-,(").find(t[c - 1]) == std::string_view::npos) return {};
  return NearestBefore(f, hits, s, c - 1);
}

// English: true when `before` (a sentence's start) opens with "After", "With" or "Despite"
// and its first comma follows a percentage ("%,") after byte `from`: the phrase ends there and
// a new clause takes the sentence.
// REQUIRES: from <= before.size().
bool InOpeningPhraseEn(std::string_view before, size_t from) {
  if (!before.starts_with("After ") && !before.starts_with("With ") &&
      !before.starts_with("Despite ")) {
    return false;
  }
  const size_t comma = before.find(',');
  return comma != std::string_view::npos && comma >= from && comma > 0 && before[comma - 1] == '%';
}

// English: a growth noun or the economy before `pos` in text[s, pos) ("growth", "GDP",
// "gross domestic product", "economy", "economies"; whole words, any case), not as the whole
// a share is taken of ("a deficit of 2.9% of GDP, France's is to drop to 3%").
// Nor one in an opening phrase "After / With / Despite … growth of X%," whose percentage
// closes that phrase before `pos`: the noun had its figure and a new clause follows ("With
// growth of X% behind it, …" keeps no comma right after the rate and stays). An aside after
// the noun ("Growth, which had been X%, is to slow to Y%") keeps the noun.
bool GrowthNounBeforeEn(std::string_view t, size_t s, size_t pos) {
  static constexpr std::string_view kNouns[] = {"growth", "gdp", "gross domestic product",
                                                "economy", "economies"};
  const std::string_view before = t.substr(s, pos - s);
  for (std::string_view n : kNouns) {
    for (size_t p = scan::FindLower(before, n); p != std::string_view::npos;
         p = scan::FindLower(before, n, p + 1)) {
      const std::string_view head = before.substr(0, p);
      if ((p == 0 || !WordByteAt(before, p - 1)) && !WordByteAt(before, p + n.size()) &&
          !head.ends_with("of ") && !head.ends_with("of the ") &&
          !InOpeningPhraseEn(before, p + n.size())) {
        return true;
      }
    }
  }
  return false;
}

// English: an economy's rate named right before a percentage is the figure's metric
// ("interest rates still stand at 17.25%", "raise interest rates from their current 4.75%",
// "bring the jobless rate to between 4% and 6%"): the rate's level, not a change nor a share.
// Empty when no rate noun ends within 60 bytes before the figure in its sentence, when a
// number or another measure's cue stands between, or when a change word does and the figure
// is no level reached ("the jobless rate fell 0.2%" is a change of it).
std::string_view RateLevelBeforeEn(const Figure& f, std::string_view t, size_t s,
                                   const std::vector<CueHit>& hits, bool level) {
  // What a noun needs in the window before it is looked for: nothing, "borrow", or a cue of
  // inflation or unemployment (the bare nouns, last in the table).
  enum class Needs : uint8_t { kNothing, kBorrow, kEconomyCue };
  struct Rate {
    std::string_view noun, metric;
    Needs needs;
  };
  static constexpr Rate kRates[] = {
      {"interest rate", metrics::kInterestRate, Needs::kNothing},
      {"base rate", metrics::kInterestRate, Needs::kNothing},
      {"lending rate", metrics::kInterestRate, Needs::kNothing},
      // "lifted borrowing costs to 2.25%"
      {"borrowing cost", metrics::kInterestRate, Needs::kBorrow},
      {"cost of borrowing", metrics::kInterestRate, Needs::kBorrow},
      {"jobless rate", metrics::kUnemploymentRate, Needs::kNothing},
      {"unemployment rate", metrics::kUnemploymentRate, Needs::kNothing},
      {"inflation rate", metrics::kInflationRate, Needs::kNothing},
      {"rate of inflation", metrics::kInflationRate, Needs::kNothing},
      // not a price's ("house price inflation")
      {"inflation", metrics::kInflationRate, Needs::kEconomyCue},
      {"unemployment", metrics::kUnemploymentRate, Needs::kEconomyCue}};
  const size_t lo = std::max(s, f.start > 60 ? f.start - 60 : size_t{0});
  const std::string_view window = t.substr(lo, f.start - lo);
  // The nouns after "rate of inflation" are looked for only when the window can hold them:
  // a cue of inflation or unemployment there, "borrow" there (one scan, not one per noun).
  bool economy_cue = false;
  for (const CueHit& h : hits) {
    const Cue c = kCues[h.cue].cue;
    economy_cue = economy_cue || (h.start >= lo && h.end <= f.start &&
                                  (c == Cue::kInflation || c == Cue::kUnemployment));
  }
  const bool borrow = scan::FindLower(window, "borrow") != std::string_view::npos;
  // Every noun needing nothing contains "rate": one scan rules them all out.
  const bool rate = scan::FindLower(window, "rate") != std::string_view::npos;
  if (!rate && !borrow && !economy_cue) return {};
  size_t end = 0;  // in t: where the last rate noun (and its plural "s") ends
  std::string_view metric;
  for (const auto& [noun, m, needs] : kRates) {
    if (needs == Needs::kEconomyCue && !economy_cue) break;  // the last two nouns
    if (needs == Needs::kBorrow && !borrow) continue;
    if (needs == Needs::kNothing && !rate) continue;
    for (size_t p = scan::FindLower(window, noun); p != std::string_view::npos;
         p = scan::FindLower(window, noun, p + 1)) {
      size_t e = p + noun.size();
      if (e < window.size() && window[e] == 's') ++e;
      if ((p > 0 && WordByteAt(window, p - 1)) || WordByteAt(window, e)) continue;
      if (noun == "inflation" && p >= 6 &&
          scan::EqualsLowerAscii(window.substr(p - 6, 6), "price ")) {
        continue;
      }
      if (lo + e > end) {
        end = lo + e;
        metric = m;
      }
    }
  }
  if (metric.empty()) return {};
  const std::string_view between = t.substr(end, f.start - end);
  if (std::any_of(between.begin(), between.end(), [](char c) { return scan::IsDigit(c); })) {
    return {};
  }
  bool change = false;
  for (const CueHit& h : hits) {
    if (h.start < end || h.end > f.start) continue;
    const Cue c = kCues[h.cue].cue;
    if (c == Cue::kChange) {
      change = true;
    } else if (c != Cue::kNone && c != Cue::kInterest && c != Cue::kUnemployment &&
               c != Cue::kInflation) {
      return {};
    }
  }
  return change && !level ? std::string_view() : metric;
}

// English: an amount of a million or more lost ("Delta, which lost $646m", "shareholders lost
// about $180bn", "may lose 30bn baht in earnings", "the $550m it lost") is a loss, not a
// change: the verb right before the amount (a qualifier may come between) or "it/they lost"
// right after it. Not a price that lost so much to a level ("lost more than $3 to $61.40"),
// nor "lost a $23bn contract" (the article: what was lost is named after).
bool LostAmountEn(const Figure& f, std::string_view t, size_t s, size_t e) {
  if (f.value < 1e6) return false;
  static constexpr std::string_view kLose[] = {"lost", "lose", "loses", "losing"};
  size_t p = f.start;
  std::string_view w = WordBeforeBlanks(t, s, p);
  for (int k = 0; k < 2 && InListLower(w, {"about", "around", "nearly", "almost", "some", "over",
                                           "than", "more", "roughly", "hundreds", "of"});
       ++k) {
    p = static_cast<size_t>(w.data() - t.data());
    w = WordBeforeBlanks(t, s, p);
  }
  if (InListLower(w, {"more"}))
    w = WordBeforeBlanks(t, s, static_cast<size_t>(w.data() - t.data()));
  if (InListLower(w, kLose)) {
    const size_t after = AfterConversion(f, t, e);
    return after == std::string_view::npos || !InListLower(WordAfter(t, after, e), {"to"});
  }
  const size_t after = AfterConversion(f, t, e);
  if (after == std::string_view::npos) return false;
  const std::string_view who = WordAfter(t, after, e);
  if (!InListLower(who, {"it", "they", "he", "she", "we"})) return false;
  return InListLower(WordAfter(t, static_cast<size_t>(who.data() - t.data()) + who.size(), e),
                     kLose);
}

// English: a business bought or sold for millions names the deal's value, not spending or
// revenue: the amount right after "for" (a qualifier may come between: "for about $9bn"), a
// verb of buying or selling before it in the sentence ("Voltaro bought the Kellmoor unit for
// $900m", "agreed to sell its stake to Y for 700m euros"). Smaller amounts are prices ("sold
// for $599"); a buy-back is spending.
bool SoldForEn(const Figure& f, std::string_view t, size_t s, const std::vector<CueHit>& hits) {
  if (f.value < 1e6) return false;
  std::string_view w = WordBeforeBlanks(t, s, f.start);
  auto before = [&](std::string_view x) {
    return WordBeforeBlanks(t, s, static_cast<size_t>(x.data() - t.data()));
  };
  if (InListLower(w, {"about", "around", "nearly", "almost", "some", "roughly", "approximately"})) {
    w = before(w);
  } else if (InListLower(w, {"than", "to"})) {  // "for more than", "for up to"
    w = before(before(w));
  }
  if (!EqualsLowerAscii(w, "for")) return false;
  const auto for_at = static_cast<size_t>(w.data() - t.data());
  for (const CueHit& h : hits) {
    const Cue cue = kCues[h.cue].cue;
    if ((cue != Cue::kPurchase && cue != Cue::kSales) || h.end > for_at || for_at - h.end > 100) {
      continue;
    }
    size_t e = h.end;
    while (WordByteAt(t, e)) ++e;
    const std::string_view verb = t.substr(h.start, e - h.start);
    if (!InListLower(verb, {"bought", "buy", "buys", "buying", "sold", "sell", "sells", "selling",
                            "purchased"})) {
      continue;
    }
    if (EqualsLowerAscii(WordAfter(t, e, for_at), "back")) continue;  // "buy back shares"
    return true;
  }
  return false;
}

// Spanish: an amount right after "por" (also "en" after a verb of selling or auctioning; a
// qualifier may come between: "por más de", "en unos") with a verb of selling, auctioning,
// awarding or buying before it in its clause is what the thing changed hands for: the deal's
// value when a business, a brand, shares or a stake changed hands, an amount of a million or
// more ("venderá la marca Ostra por 3.000 millones", "vender su 2 % en Alcora por 500
// millones", "compró Telvina por 70 millones"); else, for one thing sold or auctioned, its
// `price` ("acabó vendida por 6 millones de pesos", "es subastada en 3 millones"). "" when f
// is no such amount, for a lot ("vendió 200 coches por …") and for goods bought (the cues
// decide). Not the seller, the buyer or a dealer ("los vendedores por 5 euros").
std::string_view SoldForEs(const Figure& f, std::string_view t, size_t s,
                           const std::vector<CueHit>& hits) {
  auto before = [&](std::string_view x) {
    return WordBeforeBlanks(t, s, static_cast<size_t>(x.data() - t.data()));
  };
  std::string_view w = WordBeforeBlanks(t, s, f.start);
  if (InListLower(w, {"unos", "unas", "casi", "aproximadamente"})) {
    w = before(w);
  } else if (InListLower(w, {"de"}) &&
             InListLower(before(w), {"más", "menos", "cerca", "alrededor"})) {
    w = before(before(w));
  }
  const bool por = EqualsLowerAscii(w, "por");
  if (!por && !EqualsLowerAscii(w, "en")) return {};
  const auto por_at = static_cast<size_t>(w.data() - t.data());
  // The verb: the nearest word before, within 100 bytes, in the same clause.
  const size_t lo = por_at > s + 100 ? por_at - 100 : s;
  size_t pos = por_at;
  size_t verb_end = std::string_view::npos;
  bool capital_object = false;  // a name right after the verb: "compró Telvina por …"
  bool bought = false;          // the verb is one of buying
  std::string_view next;        // the word after the current one
  while (pos > lo) {
    size_t ws = 0;
    const std::string_view v = scan::WordBefore(t, lo, pos, &ws);
    if (v.empty()) break;
    const std::string_view gap = t.substr(ws + v.size(), pos - ws - v.size());
    if (gap.find_first_of(";:()\"") != std::string_view::npos ||
        gap.find(", ") != std::string_view::npos) {
      break;
    }
    auto starts = [&](std::string_view prefix) {
      return v.size() >= prefix.size() && EqualsLowerAscii(v.substr(0, prefix.size()), prefix);
    };
    const bool sale = starts("vend") || starts("subast") || starts("adjudic");
    const bool buy =
        starts("compra") || starts("compró") || starts("adquiri") || starts("adquiere");
    if ((sale && !starts("vendedor")) || (por && buy && !starts("comprador"))) {
      verb_end = ws + v.size();
      bought = !sale;
      capital_object = !next.empty() && next[0] >= 'A' && next[0] <= 'Z';
      break;
    }
    next = v;
    pos = ws;
  }
  if (verb_end == std::string_view::npos) return {};
  // What changed hands: a business, a brand, shares or a stake make it a deal.
  const std::string_view object = t.substr(verb_end, por_at - verb_end);
  bool business = capital_object || object.find('%') != std::string_view::npos;
  for (const CueHit& h : hits) {
    const Cue cue = kCues[h.cue].cue;
    if (h.start >= verb_end && h.end <= por_at &&
        (cue == Cue::kCompanies || cue == Cue::kStake || cue == Cue::kShare)) {
      business = true;
    }
  }
  for (std::string_view noun : {"empresa", "compañía", "marca", "filial", "acciones", "negocio",
                                "división", "sociedad", "grupo", "participación", "banco"}) {
    size_t at = 0;
    while ((at = object.find(noun, at)) != std::string_view::npos) {
      if ((at == 0 || !WordByteAt(object, at - 1))) {
        business = true;
        break;
      }
      at += noun.size();
    }
  }
  if (business && f.value >= 1e6) return metrics::kDealValue;
  // A lot ("vendió 200 coches por …", "la compra de 40 millones de dosis por …") or goods
  // bought: a total, not one thing's price (left to the cues).
  if (bought || std::ranges::any_of(object, scan::IsDigit)) return {};
  return metrics::kPrice;
}

// English: "a $20bn industry", "an £8bn market", "the $4 trillion sector": the amount sizes a
// whole industry or market (market_size), not the profit or revenue a cue elsewhere names.
// The article stands right before the amount and the noun right after it (and after its
// conversion), the noun not the first of a compound ("a $5bn industry bailout", "a $2bn
// market value"): punctuation, the sentence's end, a preposition, an auxiliary or a relative
// word follows it.
bool IndustrySizeEn(const Figure& f, std::string_view t, size_t s, size_t e) {
  if (!InListLower(WordBeforeBlanks(t, s, f.start), {"a", "an", "the"})) return false;
  const size_t p = AfterConversion(f, t, e);
  if (p == std::string_view::npos) return false;
  const std::string_view noun = WordAfter(t, p, e);
  if (!InListLower(noun, {"industry", "market", "sector"})) return false;
  size_t q = static_cast<size_t>(noun.data() - t.data()) + noun.size();
  while (q < e && t[q] == ' ') ++q;
  if (q >= e || !WordByteAt(t, q)) return true;
  const std::string_view next = WordAfter(t, q, e);
  return IsPreposition(next) || InListLower(next, function_words::kAuxiliariesEn) ||
         InListLower(next, {"that", "which", "worldwide", "globally", "alone", "where", "whose"});
}

// Spanish and German: a percentage right after a noun of change and its link ("un alza
// cercana del 17 %", "una rebaja del 8 %", "ein Plus von 3,1 Prozent", "einen Rückgang um 4
// Prozent"; one word may stand between noun and link) is the change, growth, whatever share
// or stake the words after it suggest ("del 17 % de las tarifas", "3,1 Prozent an die erste
// Stelle"). Not the first level of a Spanish span ("rebaja del 40 al 25").
bool ChangeNounBefore(const Figure& f, std::string_view t, size_t s, size_t e, bool es) {
  static constexpr std::string_view kChangeEs[] = {
      "crecimiento", "aumento", "incremento",  "subida",  "caída",     "descenso", "reducción",
      "alza",        "baja",    "disminución", "repunte", "retroceso", "recorte",  "rebaja"};
  static constexpr std::string_view kChangeDe[] = {"plus",    "minus",    "anstieg",  "rückgang",
                                                   "zuwachs", "wachstum", "einbruch", "steigerung",
                                                   "senkung", "kürzung",  "zunahme",  "abnahme"};
  auto before = [&](std::string_view w) {
    return WordBeforeBlanks(t, s, static_cast<size_t>(w.data() - t.data()));
  };
  std::string_view link = WordBeforeBlanks(t, s, f.start);
  if (es && InListLower(link, {"un"})) link = before(link);  // "de un 30 %"
  if (!InListLower(link, es ? std::initializer_list<std::string_view>{"del", "de"}
                            : std::initializer_list<std::string_view>{"von", "um"})) {
    return false;
  }
  if (es && InListLower(WordAfter(t, f.end, e), {"al", "a"})) return false;
  const std::span<const std::string_view> nouns = es ? std::span<const std::string_view>(kChangeEs)
                                                     : std::span<const std::string_view>(kChangeDe);
  std::string_view noun = before(link);
  if (InListLower(noun, nouns)) return true;
  noun = before(noun);
  return InListLower(noun, nouns);
}

// Pay for a span of time: what someone earns per hour, day, week, month or year ("earn $60 an
// hour", "ganar 900 euros al mes", "Pendler, die 3.100 Euro pro Monat verdienen") is a wage, a
// salary, not a price, a profit or an investment. The amount is below a million, a form of earn,
// "ganar" or "verdienen" stands in the few words before it (German also right after the time),
// and a time noun follows after "a", "an", "per", "al", "por", "a la", "im", "pro", "je",
// "am" or "in der" (not "a year ago": a past figure).
bool EarnedPerTime(const Figure& f, std::string_view t, size_t s, size_t e) {
  static constexpr std::string_view kEarn[] = {
      "earn",    "earns",    "earning",   "earned",   "ganar",     "gana",      "ganan",
      "ganas",   "ganaba",   "ganaban",   "ganó",     "ganaron",   "ganará",    "ganarán",
      "ganaría", "ganarían", "verdienen", "verdient", "verdiente", "verdienten"};
  static constexpr std::string_view kTime[] = {"hour", "day",   "week",   "month", "year", "hora",
                                               "día",  "dia",   "semana", "mes",   "año",  "stunde",
                                               "tag",  "woche", "monat",  "jahr"};
  if (f.value >= 1e6) return false;
  const size_t p = AfterConversion(f, t, e);
  if (p == std::string_view::npos) return false;
  auto next = [&](std::string_view w) {
    return WordAfter(t, static_cast<size_t>(w.data() - t.data()) + w.size(), e);
  };
  const std::string_view link = WordAfter(t, p, e);
  if (!InListLower(link, {"a", "an", "per", "al", "por", "im", "pro", "je", "am", "in"})) {
    return false;
  }
  std::string_view time = next(link);
  if (InListLower(link, {"a", "in"}) && InListLower(time, {"la", "der"})) time = next(time);
  if (!InListLower(time, kTime)) return false;
  const std::string_view after = next(time);
  if (InListLower(after, {"ago", "earlier", "before"})) return false;
  if (InListLower(after, kEarn)) return true;
  // Up to four words before the amount ("earning more than", "ganar más de").
  size_t pos = f.start;
  for (int i = 0; i < 4; ++i) {
    const std::string_view w = WordBeforeBlanks(t, s, pos);
    if (w.empty()) return false;
    if (InListLower(w, kEarn)) return true;
    pos = static_cast<size_t>(w.data() - t.data());
  }
  return false;
}

// Spanish: money received from a government, an institution or a named body ("recibió 9
// millones del Ministerio de Cultura", "ha recibido casi cuatro millones de dólares de la
// UE", "recibir más de 200.000 dólares del régimen"): funding. The form of "recibir" stands
// right before the amount (a qualifier may come between), "de" / "del" right after it (after
// its conversion), before a capitalised name or a public body's noun.
bool ReceivedFromEs(const Figure& f, std::string_view t, size_t s, size_t e) {
  auto before = [&](std::string_view x) {
    return WordBeforeBlanks(t, s, static_cast<size_t>(x.data() - t.data()));
  };
  std::string_view w = WordBeforeBlanks(t, s, f.start);
  if (InListLower(w, {"unos", "unas", "casi", "aproximadamente"})) {
    w = before(w);
  } else if (InListLower(w, {"de"}) && InListLower(before(w), {"más", "cerca", "alrededor"})) {
    w = before(before(w));
  }
  if (w.size() < 5 || !EqualsLowerAscii(w.substr(0, 5), "recib")) return false;
  const size_t p = AfterConversion(f, t, e);
  if (p == std::string_view::npos) return false;
  const std::string_view de = WordAfter(t, p, e);
  if (!InListLower(de, {"de", "del"})) return false;
  std::string_view from = WordAfter(t, static_cast<size_t>(de.data() - t.data()) + de.size(), e);
  if (InListLower(from, {"la", "el", "los", "las"})) {
    from = WordAfter(t, static_cast<size_t>(from.data() - t.data()) + from.size(), e);
  }
  if (from.empty()) return false;
  return (from[0] >= 'A' && from[0] <= 'Z') ||
         InListLower(from, {"gobierno", "estado", "universidad", "régimen", "fundación",
                            "ministerio", "banco", "fondo", "unión", "ayuntamiento"});
}

// Spanish: money given "para financiar / sufragar / apoyar / ayudar / rescatar / subvencionar /
// costear" something, right after the amount and its conversion or after a short phrase of
// the same clause ("destinó 18 millones (20 millones de dólares) para costear las
// nóminas", "giró 6 millones a los cabildos para sufragar el gasto") funds it: the
// measure named after the purpose (payroll, spending) is what is funded, not the amount
// (Metric asks only when the cues name no other measure of money: "invertirá 50 millones
// para financiar su expansión" stays an investment).
bool FundsPurposeEs(const Figure& f, std::string_view t, size_t e) {
  const size_t p = AfterConversion(f, t, e);
  if (p == std::string_view::npos) return false;
  const std::string_view after = t.substr(p, std::min(e, p + 64) - p);
  size_t at = 0;
  while ((at = after.find("para ", at)) != std::string_view::npos) {
    if (at == 0 || after[at - 1] == ' ') break;
    at += 5;
  }
  if (at == std::string_view::npos ||
      after.substr(0, at).find_first_of(",;:()\"") != std::string_view::npos) {
    return false;
  }
  const std::string_view verb = WordAfter(after, at + 5, after.size());
  for (std::string_view v :
       {"financi", "sufrag", "apoyar", "ayudar", "rescatar", "subvencion", "costear"}) {
    if (verb.size() >= v.size() && EqualsLowerAscii(verb.substr(0, v.size()), v)) return true;
  }
  return false;
}

// English: "<measure> worth <amount>", "<measure> valued at <amount>": the amount is the value
// of the measure named right before ("a deal worth $8bn", "contracts worth £3m", "a deal that
// could be worth as much as $6bn", "its trade with the member states was worth $9bn"), not a
// valuation; "worth" alone stays a valuation ("the firm, which is now worth $23bn"). "" when f
// is no such amount or no money measure stands within 48 bytes before "worth" in its phrase.
std::string_view WorthOfEn(const Figure& f, std::string_view t, size_t s,
                           const std::vector<CueHit>& hits) {
  const CueHit* worth = nullptr;
  for (const CueHit& h : hits) {
    if (h.end > f.start) break;
    if (kCues[h.cue].cue != Cue::kValuation || f.start - h.end > 24) continue;
    const std::string_view cue = kCues[h.cue].text;
    const std::string_view gap = t.substr(h.end, f.start - h.end);
    if (cue == "valued" ? !gap.starts_with(" at ") : cue != "worth") continue;
    // Only qualifiers between: "worth up to", "worth as much as", "valued at about".
    if (std::any_of(gap.begin(), gap.end(), [](char c) { return scan::IsDigit(c); })) continue;
    worth = &h;
  }
  if (worth == nullptr) return {};
  // "an offer worth $12 per share", "… £5 a share", "… $3 each": a price per unit.
  size_t after = f.end;
  while (after < t.size() && t[after] == ' ') ++after;
  size_t after_end = after;
  while (after_end < t.size() && WordByteAt(t, after_end)) ++after_end;
  if (InListLower(t.substr(after, after_end - after), {"per", "a", "each"})) return {};
  std::string_view best;
  for (const CueHit& c : hits) {
    if (c.end > worth->start) break;
    if (c.start < s || worth->start - c.end > 48) continue;
    // Not across a comma: "the deal came as its shares, worth $8bn, fell" values the shares.
    if (t.substr(c.end, worth->start - c.end).find(',') != std::string_view::npos) continue;
    const Cue cue = kCues[c.cue].cue;
    if (cue == Cue::kValuation || cue == Cue::kMarketCap) continue;
    const std::string_view m = MetricFor(cue, FigureKind::kMoney, hits);
    if (!m.empty()) best = m;
  }
  return best;
}

// True when percentage `f` is the part of a value that a verb of losing or gaining right
// before it says was lost or gained: "lost 45% of their value", "shed about 30% of its market
// value", "wiping 14% of Corvin's value", "perdió el 45 % de su valor" — a change
// of the value stated as a rate, `growth`, not a proportion (German "45 Prozent ihres Wertes
// verloren" is left to the change cue; "of" the value is what ShareOf sees). The verb may stand
// behind an article or a qualifier ("lost over 40%", "ha perdido casi el 30 %", a bound: "up to",
// "hasta"); up to four words after "of" / "de" may come before the value noun: articles,
// possessives, "current", "market", "stock", "share" or a name with its possessive ("the
// mine's"). REQUIRES: s <= f.start <= f.end <= e <= t.size().
bool ValueChangedOf(const Figure& f, std::string_view t, size_t s, size_t e, bool en, bool es) {
  // Verbs only, by language: not the noun "gains" ("tax on gains over 20% of the value") nor
  // Spanish "ganar" (to earn: "gana el 3 % del valor de cada venta").
  static constexpr std::string_view kVerbsEn[] = {
      "lost", "lose",  "loses",  "losing", "shed", "sheds",   "shedding", "wiped",
      "wipe", "wipes", "wiping", "gained", "gain", "gaining", "regained", "recovered"};
  static constexpr std::string_view kVerbsEs[] = {"perdió",   "perdieron", "pierde", "pierden",
                                                  "perdido",  "perder",    "perdía", "perdían",
                                                  "recuperó", "recuperado"};
  static constexpr std::string_view kSkippedBefore[] = {
      "more", "than", "about", "around", "nearly", "almost", "some", "roughly", "over", "el",
      "un",   "casi", "más",   "de",     "del",    "cerca",  "up",   "to",      "hasta"};
  static constexpr std::string_view kSkippedAfter[] = {
      "the",   "its", "their", "his", "her", "current", "market",  "stock",
      "share", "la",  "el",    "su",  "sus", "actual",  "bursátil"};
  static constexpr std::string_view kValue[] = {"value", "worth", "valor"};
  const std::string_view of = WordAfter(t, f.end, e);
  if (!InListLower(of, {"of", "de", "del"})) return false;
  size_t p = static_cast<size_t>(of.data() - t.data()) + of.size();
  bool value = false;
  for (int k = 0; k < 4 && !value; ++k) {
    const std::string_view w = WordAfter(t, p, e);
    if (w.empty()) return false;
    p = static_cast<size_t>(w.data() - t.data()) + w.size();
    if (InListLower(w, kValue)) {
      value = true;
    } else if (const size_t pos = scan::PossessiveLength(t.substr(p, e - p)); pos > 0) {
      p += pos;  // "the mine's", "Velmar's"
    } else if (!InListLower(w, kSkippedAfter)) {
      return false;
    }
  }
  if (!value) return false;
  size_t ws = f.start;
  for (int k = 0; k < 4; ++k) {
    const std::string_view w = WordBeforeBlanks(t, s, ws);
    if (w.empty()) return false;
    if ((en && InListLower(w, kVerbsEn)) || (es && InListLower(w, kVerbsEs))) return true;
    if (!InListLower(w, kSkippedBefore)) return false;
    ws = static_cast<size_t>(w.data() - t.data());
  }
  return false;
}

// True when percentage `f` (ending before `e`) is a share of a whole named right after it:
// "60 Prozent der Bestellungen", "el 6 % del mercado", "40% of sales" (also inside the
// surface: "la mitad de los votos"); not "el 6,4 % de 2011", which names a year.
bool ShareOf(std::string_view t, const Figure& f, size_t e) {
  const std::string_view of = WordAfter(t, f.end, e);
  bool share_of = InListLower(of, {"der", "des", "aller", "de", "del", "of"});
  if (share_of) {
    const std::string_view next =
        WordAfter(t, static_cast<size_t>(of.data() - t.data()) + of.size(), e);
    if (!next.empty() && scan::IsDigit(next[0])) share_of = false;
  }
  for (std::string_view w : {" der ", " des ", " del ", " de ", " of "}) {
    share_of = share_of || f.surface.find(w) != std::string::npos;
  }
  return share_of;
}

// What a verb of owning right before percentage `f` says (maybe behind a qualifier or a time
// adverb: "owns about 5%", "hält zurzeit rund 40 Prozent", "posee el 4 %", "controls at least
// 30%", "already owns 6%"): kOwns for one
// that means owning whatever follows ("own", "besitzt", "posee"), kHolds for one that owns
// only a company's capital or a name ("holds", "controls", "hält", "controla": not "hold 20% of
// the seats", "control 22% of the region's exports"), kNone otherwise (also "on hold at 3.25%":
// "at" is no qualifier but in "at least").
enum class Holder : uint8_t { kNone, kHolds, kOwns };
// The owning verbs (kOwns), the verbs that hold (kHolds) and the qualifiers or time adverbs
// HolderVerbBefore skips, as LowerWordSets (most words before a figure are in none: one table
// bit rejects them).
constexpr std::string_view kOwnVerbs[] = {"own",     "owns",     "owned",  "owning",
                                          "besitzt", "besitzen", "besaß",  "besaßen",
                                          "posee",   "poseen",   "poseía", "poseían"};
constexpr std::string_view kHoldVerbs[] = {
    "hold",     "holds",     "held",       "control",    "controls",     "controlled",
    "hält",     "halten",    "hielt",      "hielten",    "kontrolliert", "kontrollieren",
    "controla", "controlan", "controlaba", "controlaban"};
constexpr std::string_view kHolderSkipped[] = {
    "about",         "around",     "some",     "nearly",      "almost",   "roughly",
    "just",          "over",       "more",     "than",        "least",    "a",
    "rund",          "etwa",       "knapp",    "gut",         "fast",     "mehr",
    "als",           "über",       "el",       "un",          "casi",     "cerca",
    "más",           "del",        "de",       "already",     "now",      "still",
    "currently",     "indirectly", "directly", "jointly",     "together", "bereits",
    "schon",         "noch",       "nun",      "jetzt",       "zurzeit",  "derzeit",
    "inzwischen",    "insgesamt",  "ya",       "actualmente", "todavía",  "directamente",
    "indirectamente"};
Holder HolderVerbBefore(std::string_view t, size_t s, const Figure& f) {
  static const scan::LowerWordSet kOwn(kOwnVerbs);
  static const scan::LowerWordSet kHold(kHoldVerbs);
  static const scan::LowerWordSet kSkipped(kHolderSkipped);
  size_t ws = f.start;
  for (int k = 0; k < 4; ++k) {
    const std::string_view w = WordBeforeBlanks(t, s, ws);
    if (w.empty()) return Holder::kNone;
    if (kOwn.Contains(w)) return Holder::kOwns;
    if (kHold.Contains(w)) return Holder::kHolds;
    const bool least =
        InListLower(w, {"at"}) && k > 0 &&
        InListLower(WordAfter(t, static_cast<size_t>(w.data() - t.data()) + w.size(), f.start),
                    {"least"});
    if (!least && !kSkipped.Contains(w)) return Holder::kNone;
    ws = static_cast<size_t>(w.data() - t.data());
  }
  return Holder::kNone;
}

}  // namespace

std::string metric_detail::ShadowedCue() {
  for (size_t i = 0; i < std::size(kCues); ++i) {
    const std::string_view a = kCues[i].text;
    for (size_t j = i + 1; j < std::size(kCues); ++j) {
      const std::string_view b = kCues[j].text;
      if (b.size() <= a.size() || !b.starts_with(a) || kCues[i].cue == kCues[j].cue) continue;
      // Cues of no common language never meet in one scan.
      if ((kCues[i].langs & kCues[j].langs) == 0) continue;
      // A whole-word cue does not match inside the longer one (FindCues' own test).
      if ((kCues[i].flags & kWhole) != 0 && WordByteAt(b, a.size())) continue;
      return std::string(a) + " before " + std::string(b);
    }
  }
  return {};
}

std::vector<MetricClassifier::Hit> metric_detail::FindCueHits(std::string_view text, bool filtered,
                                                              Lang lang, size_t s, size_t e) {
  std::vector<CueHit> hits;
  const size_t end = std::min(e, text.size());
  FindCues(text, std::min(s, end), end, lang, &hits, filtered);
  return hits;
}

void MetricClassifier::Prepare() {
  for (Lang lang : {Lang::kUnknown, Lang::kDe, Lang::kEs, Lang::kEn}) {
    static_cast<void>(Cues(lang));
  }
}

void MetricClassifier::Scan(std::string_view text, size_t s, size_t e) {
  text_ = text;
  s_ = s;
  e_ = e;
  FindCues(text, s, e, lang_, &hits_);
}

namespace {

// True when the German particle ending at `q` closes its clause: blanks, then the sentence's
// end (`e`), a full stop, a comma, ";", "und" or "oder". REQUIRES: q <= e <= t.size().
bool ParticleClosesClauseDe(std::string_view t, size_t q, size_t e) {
  while (q < e && t[q] == ' ') ++q;
  return q >= e || t[q] == '.' || t[q] == ',' || t[q] == ';' ||
         InListLower(WordAfter(t, q, e), {"und", "oder"});
}

// The first word among the eight before figure `f` in its clause (no comma or ";" between
// it and the figure) for which `is_verb` holds, read right to left; empty when none.
// REQUIRES: f lies inside the sentence text[s, e) of `t`.
template <class IsVerb>
std::string_view ClauseVerbBeforeDe(const Figure& f, std::string_view t, size_t s, IsVerb is_verb) {
  size_t pos = f.start;
  for (int k = 0; k < 8; ++k) {
    const std::string_view w = WordBeforeBlanks(t, s, pos);
    if (w.empty()) return {};
    const auto at = static_cast<size_t>(w.data() - t.data());
    if (t.substr(at + w.size(), pos - at - w.size()).find_first_of(",;") !=
        std::string_view::npos) {
      return {};
    }
    if (is_verb(w)) return w;
    pos = at;
  }
  return {};
}

// German separable verbs of money, their particle closing the clause after amount `f`:
// "gibt die Stadt jährlich 27 Millionen Euro aus" (ausgeben: spend), "nimmt die Stadt 37
// Millionen Euro ein" (einnehmen: revenue). The verb stands before the figure in its clause
// (no comma between), the particle at most four words after it, before a comma, a full stop,
// "und" or "oder" ("gehen von 20 Mrd. Euro aus", "wies 40 Millionen Euro aus" are no such
// verbs). "" when there is none.
std::string_view SeparableVerbDe(const Figure& f, std::string_view t, size_t s, size_t e) {
  size_t p = f.end;
  std::string_view particle;
  for (int k = 0; k < 5 && particle.empty(); ++k) {
    const std::string_view w = WordAfter(t, p, e);
    if (w.empty()) return {};
    p = static_cast<size_t>(w.data() - t.data()) + w.size();
    if (InList(w, {"aus", "ein"}) && ParticleClosesClauseDe(t, p, e)) particle = w;
  }
  if (particle.empty()) return {};
  const std::string_view verb = ClauseVerbBeforeDe(f, t, s, [&](std::string_view w) {
    return (particle == "aus" && InList(w, {"gibt", "gab", "geben", "gaben", "gebe", "gäbe"})) ||
           (particle == "ein" && InList(w, {"nimmt", "nahm", "nehmen", "nahmen", "nehme"}));
  });
  if (verb.empty()) return {};
  return particle == "aus" ? metrics::kSpend : metrics::kRevenue;
}

// German separable verbs of a change whose particle closes the clause right after percentage
// `f`: "gaben seit Januar 8 Prozent nach" (nachgeben), "legte 3 Prozent zu", "brach 12 Prozent
// ein", "büßten 5 Prozent ein", "nahm 4 Prozent ab / zu", "ging 2 Prozent zurück", "zogen 6
// Prozent an", "sackte 9 Prozent ab". The particle is the word right after the figure, before a
// full stop, a comma, ";", "und" or "oder"; the verb stands at most eight words before the
// figure in its clause (no comma between). Not "gab 10 Prozent ab" (a stake given away) nor
// "legten 10 Prozent zurück" (money put aside): only the verb the particle pairs with counts;
// nor nehmen + ab with a dative object right after the verb ("nahm der Stadt 49 Prozent ab",
// dem / der or a capitalised name: a stake taken from someone). REQUIRES: `f` is a percentage
// inside the sentence text[s, e).
bool SeparableChangeDe(const Figure& f, std::string_view t, size_t s, size_t e) {
  const std::string_view particle = WordAfter(t, f.end, e);
  if (!InList(particle, {"nach", "zu", "ein", "ab", "zurück", "an"})) return false;
  const size_t q = static_cast<size_t>(particle.data() - t.data()) + particle.size();
  if (!ParticleClosesClauseDe(t, q, e)) return false;
  const std::string_view w = ClauseVerbBeforeDe(f, t, s, [&](std::string_view v) {
    return (particle == "nach" && InList(v, {"gibt", "gab", "geben", "gaben"})) ||
           (particle == "zu" &&
            InList(v, {"legt", "legte", "legen", "legten", "nimmt", "nahm", "nehmen", "nahmen"})) ||
           (particle == "ein" && InList(v, {"bricht", "brach", "brechen", "brachen", "büßt",
                                            "büßte", "büßen", "büßten"})) ||
           (particle == "ab" && InList(v, {"nimmt", "nahm", "nehmen", "nahmen", "sackt", "sackte",
                                           "sacken", "sackten"})) ||
           (particle == "zurück" &&
            InList(v, {"geht", "ging", "gehen", "gingen", "fällt", "fiel", "fallen", "fielen"})) ||
           (particle == "an" && InList(v, {"zieht", "zog", "ziehen", "zogen"}));
  });
  if (w.empty()) return false;
  // "nahm der Stadt 49 Prozent ab", "nahm dem Staat 25 Prozent ab", "nahm Zelto 10 Prozent
  // ab": nehmen + ab with a dative object takes a stake from someone, no decline.
  if (particle == "ab" && InList(w, {"nimmt", "nahm", "nehmen", "nahmen"})) {
    const size_t at = static_cast<size_t>(w.data() - t.data());
    const std::string_view object = WordAfter(t, at + w.size(), e);
    if (!object.empty() && object.data() < t.data() + f.start &&
        (InList(object, {"dem", "der"}) || ner::StartsUpper(object))) {
      return false;
    }
  }
  return true;
}

// The phrases that place a worth on the stock exchange ("ist an der Börse 8 Mrd. Euro wert",
// "vale en bolsa 900 millones", "worth $3bn on the stock market"); whole words only, so no
// "Börsengang", "Börsenmitteilung", "stock exchange filing" or "Bolsa de" + a city.
constexpr std::string_view kExchangePhrases[] = {"an der Börse",
                                                 "an den Börsen",
                                                 "en bolsa",
                                                 "en Bolsa",
                                                 "en la bolsa",
                                                 "en la Bolsa",
                                                 "on the stock market",
                                                 "on the stock exchange",
                                                 "at the stock exchange",
                                                 "on the stock markets",
                                                 "in the stock market"};

// What a listed company is worth on the stock exchange, a valuation. REQUIRES: `f` is a money
// figure inside the sentence text[s, e) and `hits` are that sentence's cue hits in text order.
// A verb of worth brackets amount `f` in its clause: German "wert" at most four words after it
// ("ist an der Börse etwa 8 Milliarden Euro wert"), Spanish "vale(n)" / "valía(n)" /
// "valdría(n)" and English "worth" at most four words before it ("vale en bolsa unos 900
// millones", "is worth about $3bn on the stock market"); no comma and no digit between verb
// and amount. An exchange phrase of kExchangePhrases (whole words) stands in the same clause
// within 40 bytes of verb and amount. The thing worth it is no deal, order or stake: no such
// cue ("contract", "Auftrag", "contrato", "stake", "Aktienpaket") in the clause before verb
// and amount ("the contract is worth $2bn on the stock market" stays a deal). Not a sale
// price ("für 2 Mrd. Euro an der Börse platziert": no verb of worth) nor what one share is
// worth (amounts below a million: "die Aktie ist an der Börse 40 Euro wert" is a price).
bool ExchangeWorth(const Figure& f, std::string_view t, size_t s, size_t e,
                   const std::vector<CueHit>& hits) {
  if (f.value < 1e6) return false;
  // Byte tests, not a library search per byte (find_first_of called memchr for each).
  const auto clause_mark = [](char c) { return c == ',' || c == ';' || c == ':'; };
  const auto clean = [&](size_t from, size_t to) {
    const std::string_view gap = t.substr(from, to - from);
    return std::none_of(gap.begin(), gap.end(), [&](char c) {
      return clause_mark(c) || c == '(' || c == ')' || scan::IsDigit(c);
    });
  };
  // The verb of worth first (a few words read), the exchange only then. [lo, hi): verb and
  // amount.
  size_t lo = f.start;
  size_t hi = f.end;
  bool worth = false;
  // Past the amount's bracketed conversion ("8 Mrd. Dollar (7 Mrd. Euro) wert"), or out of
  // the brackets of a conversion ("(7 Mrd. Euro) wert").
  const size_t from = f.end < e && t[f.end] == ')' ? f.end + 1 : AfterConversion(f, t, e);
  size_t p = from;
  for (int k = 0; k < 4 && !worth && from != std::string_view::npos; ++k) {
    const std::string_view w = WordAfter(t, p, e);
    if (w.empty()) break;
    const auto at = static_cast<size_t>(w.data() - t.data());
    if (!clean(from, at)) break;
    worth = w == "wert";
    p = at + w.size();
    if (worth) hi = p;
  }
  size_t pos = f.start;
  for (int k = 0; k < 4 && !worth; ++k) {
    const std::string_view w = WordBeforeBlanks(t, s, pos);
    if (w.empty()) break;
    const auto at = static_cast<size_t>(w.data() - t.data());
    if (!clean(at + w.size(), f.start)) break;
    worth = InListLower(w, {"vale", "valen", "valía", "valían", "valdría", "valdrían", "worth"});
    pos = at;
    if (worth) lo = at;
  }
  if (!worth) return false;
  // The clause of verb and amount, at most 40 bytes either side.
  size_t cs = lo;
  while (cs > s && lo - cs < 40 && !clause_mark(t[cs - 1])) --cs;
  size_t ce = hi;
  while (ce < e && ce - hi < 40 && !clause_mark(t[ce])) {
    ++ce;
  }
  bool exchange = false;
  const std::string_view clause = t.substr(cs, ce - cs);
  for (std::string_view phrase : kExchangePhrases) {
    for (size_t at = clause.find(phrase); at != std::string_view::npos && !exchange;
         at = clause.find(phrase, at + 1)) {
      const size_t b = cs + at;
      exchange = (b == 0 || !WordByteAt(t, b - 1)) && !WordByteAt(t, b + phrase.size());
    }
    if (exchange) break;
  }
  if (!exchange) return false;
  // Who is worth it: no deal, order or stake named in the clause before verb and amount.
  size_t cb = lo;
  while (cb > s && !clause_mark(t[cb - 1])) --cb;
  return std::none_of(hits.begin(), hits.end(), [&](const CueHit& h) {
    const Cue c = kCues[h.cue].cue;
    return h.start >= cb && h.end <= lo &&
           (c == Cue::kDeal || c == Cue::kOrder || c == Cue::kStake);
  });
}

// German "kostet" as what a project costs, spending: an inflected "kostet" / "kostete" /
// "kosteten" / "gekostet" among the four words before amount `f`, no comma between ("Das
// Gebäude kostet umgerechnet fast vier Milliarden Dollar", "Den Fonds kostet die Pleite 90
// Millionen Euro"), or "gekostet" after it in its clause, at most six words on, before a
// comma, "und" or "oder" ("Der Umbau hat rund 240 Millionen Euro gekostet"). Not a "kostet"
// after the amount ("Mit einem Gewinn von 8 Millionen Euro kostet die Aktie …"). A cue
// right after the amount says what a harm took and is read first ("Die Krise kostete die
// Firma 12 Millionen Euro Umsatz": revenue). In the sentence text[s, e).
bool KostetVerbDe(const Figure& f, std::string_view t, size_t s, size_t e) {
  size_t pos = f.start;
  for (int k = 0; k < 4; ++k) {
    const std::string_view w = WordBeforeBlanks(t, s, pos);
    if (w.empty()) break;
    if (InList(w, {"kostet", "kostete", "kosteten", "gekostet"})) return true;
    pos = static_cast<size_t>(w.data() - t.data());
  }
  size_t p = f.end;
  for (int k = 0; k < 7; ++k) {
    while (p < e && t[p] == ' ') ++p;
    if (p >= e || t[p] == ',' || t[p] == ';' || t[p] == '.') return false;
    const std::string_view w = WordAfter(t, p, e);
    if (w.empty()) return false;
    if (w == "gekostet") return true;
    if (InList(w, {"und", "oder"})) return false;
    p = static_cast<size_t>(w.data() - t.data()) + w.size();
  }
  return false;
}

// True when the lower-case German verb "kosten" stands within 30 bytes before or 40 bytes
// after figure `f` in the sentence text[s, e), as a whole word.
bool KostenVerbNearDe(std::string_view text, size_t s, size_t e, const Figure& f) {
  const size_t lo = f.start > s + 30 ? f.start - 30 : s;
  const size_t hi = std::min(e, static_cast<size_t>(f.end) + 40);
  if (lo >= hi || hi > text.size()) return false;
  const std::string_view w = text.substr(lo, hi - lo);
  for (size_t p = w.find("kosten"); p != std::string_view::npos; p = w.find("kosten", p + 1)) {
    const bool start =
        p == 0 ? lo == 0 || !scan::IsWordOrHigh(text[lo - 1]) : !scan::IsWordOrHigh(w[p - 1]);
    const bool end = p + 6 >= w.size() ? hi >= text.size() || !scan::IsWordOrHigh(text[hi])
                                       : !scan::IsWordOrHigh(w[p + 6]);
    if (start && end) return true;
  }
  return false;
}

// English: true when the verb "cost" stands right before amount `f`, maybe behind a
// qualifier ("will cost $399", "may have cost nearly $70m", "costing up to
// £2bn"); not with an object between ("cost the industry £3bn": what a harm took) nor the
// noun ("at a cost of $5m").
bool CostVerbBeforeEn(const Figure& f, std::string_view t, size_t s) {
  size_t pos = f.start;
  for (int k = 0; k < 4; ++k) {
    const std::string_view w = WordBeforeBlanks(t, s, pos);
    if (InListLower(w, {"cost", "costs", "costing"})) return true;
    if (!InListLower(w,
                     {"around", "about", "roughly", "some", "nearly", "almost", "up", "to", "more",
                      "less", "than", "over", "under", "an", "estimated", "just", "only"})) {
      return false;
    }
    pos = static_cast<size_t>(w.data() - t.data());
  }
  return false;
}

// Spanish: a form of the verb "costar" within the three words before the amount ("cuesta
// alrededor de 20 euros", "las obras, que costarán 230 millones", "al equipo le costó 12
// millones"); not the nouns "costo" / "coste" (spending) nor "costa" (a coast).
bool CostarBeforeEs(const Figure& f, std::string_view t, size_t s) {
  size_t pos = f.start;
  for (int k = 0; k < 4; ++k) {
    const std::string_view w = WordBeforeBlanks(t, s, pos);
    if (w.empty()) return false;
    auto starts = [&](std::string_view prefix) {
      return w.size() >= prefix.size() && EqualsLowerAscii(w.substr(0, prefix.size()), prefix);
    };
    if (InListLower(w, {"cuesta", "cuestan", "cueste", "cuesten", "costado", "costada"}) ||
        starts("costar") || starts("costó") || starts("costab")) {
      return true;
    }
    pos = static_cast<size_t>(w.data() - t.data());
  }
  return false;
}

// Spanish: the figure names who receives something, not what was shipped, when the only
// shipment cue of its sentence is a form of "recibir" after it ("21.583 participantes que
// recibieron una dosis", "750.000 ya la han recibido", "55 personas mueren tras recibir la
// vacuna"); not the passive participle that describes the figure's things ("500.000 dosis
// recibidas").
bool ReceiversEs(const Figure& f, std::string_view text, const std::vector<CueHit>& hits) {
  bool after = false;
  for (const CueHit& h : hits) {
    if (kCues[h.cue].cue != Cue::kShipment) continue;
    if (h.end <= f.start || !kCues[h.cue].text.starts_with("recibi")) return false;
    if (h.start < f.end) return false;
    size_t e = h.end;
    while (WordByteAt(text, e)) ++e;
    const std::string_view word = text.substr(h.start, e - h.start);
    if (EqualsLowerAscii(word, "recibidos") || EqualsLowerAscii(word, "recibidas")) return false;
    after = true;
  }
  return after;
}

// Whether a count's unit (the figure finder's table) names goods: units, vehicles, devices,
// chips, servers ("300 Geräte", "100 Autos"), none of them people.
bool CountsGoods(std::string_view unit) {
  static constexpr std::string_view kGoods[] = {"unit",  "vehicle",   "device", "smartphone",
                                                "phone", "processor", "cpu",    "gpu",
                                                "chip",  "server",    "wafer",  "accelerator"};
  return InList(unit, kGoods);
}

// English: a bare number right before an area unit the figure finder leaves outside
// ("stretches over 2.4 million square feet", "a 30,000 square metre hall", "900 acres"): an
// area, not a count of people, goods or sites.
bool AreaAfterEn(const Figure& f, std::string_view t, size_t e) {
  if (f.unit_source == UnitSource::kText) return false;
  const std::string_view w = WordAfter(t, f.end, e);
  if (InListLower(w, {"acres", "acre", "hectares", "hectare"})) return true;
  if (!InListLower(w, {"square", "sq"})) return false;
  return InListLower(WordAfter(t, static_cast<size_t>(w.data() - t.data()) + w.size(), e),
                     {"feet", "foot", "ft", "metres", "metre", "meters", "meter", "miles", "mile",
                      "kilometres", "kilometers", "km", "yards"});
}

// English nouns of what a firm or an office receives that are no goods: filings, messages,
// offers and votes (ReceivedNoGoodsEn; OwnNounOnly counts them as things too).
constexpr std::string_view kNotGoodsEn[] = {
    "complaints",  "complaint", "bids",       "bid",        "e-mails",   "emails",
    "mails",       "messages",  "letters",    "calls",      "reports",   "applications",
    "application", "patents",   "requests",   "offers",     "proposals", "submissions",
    "nominations", "entries",   "responses",  "replies",    "queries",   "inquiries",
    "enquiries",   "comments",  "petitions",  "signatures", "tips",      "threats",
    "claims",      "referrals", "objections", "awards",     "grants",    "warnings",
    "sentences",   "points",    "reviews"};

// English: as "erhalten" (NoShipmentDe), "received" makes a delivery of goods, not of the
// complaints, bids, patents or e-mails a firm received ("received 45 bids"). True when the
// sentence's shipment cues are all "received" and `f` counts one of these non-goods nouns of
// its own; any other noun ("received 40 ventilators") or a bare number stays a shipment.
bool ReceivedNoGoodsEn(const Figure& f, std::string_view t, size_t e,
                       const std::vector<CueHit>& hits) {
  static const scan::LowerWordSet kNoGoods(kNotGoodsEn);
  if (f.unit_source == UnitSource::kText) {
    if (!kNoGoods.Contains(f.unit)) return false;
  } else {
    // A bare number before a non-goods noun of one or two words ("received 45 merger bids",
    // "received 900 US patents").
    const std::string_view w1 = WordAfter(t, f.end, e);
    const std::string_view w2 =
        WordAfter(t, static_cast<size_t>(w1.data() - t.data()) + w1.size(), e);
    if (w1.empty() || (!kNoGoods.Contains(w1) && !kNoGoods.Contains(w2))) return false;
  }
  bool any = false;
  for (const CueHit& h : hits) {
    if (kCues[h.cue].cue != Cue::kShipment) continue;
    if (kCues[h.cue].text != "received") return false;
    any = true;
  }
  return any;
}

// German: no shipment cue of the sentence is about figure `f` (and there is one). "erhalten"
// receives anything: only goods received are a delivery ("500 Geräte erhalten", or a number
// alone after an order; not "15 Minuspunkte erhalten", "Sitze erhalten"), and "gut
// erhaltene" is preserved. "eingeliefert" (into hospital) delivers nobody. What a device or
// plant "liefert" in a measure is its
// performance ("der Sensor liefert 18 Megapixel", "liefern 39 MW"); a mass or volume
// delivered stays a shipment ("Lieferung von 4.000 Tonnen Reis").
bool NoShipmentDe(const Figure& f, std::string_view text, const std::vector<CueHit>& hits) {
  static constexpr std::string_view kDelivered[] = {"t", "kg", "l", "bbl", "m3"};
  bool any = false;
  for (const CueHit& h : hits) {
    if (kCues[h.cue].cue != Cue::kShipment) continue;
    const std::string_view cue = kCues[h.cue].text;
    const bool erhalten = cue == "erhalten";
    if (!erhalten && cue != "liefer" && cue != "ausgeliefert") return false;
    any = true;
    size_t ws = h.start;
    while (ws > 0 && WordByteAt(text, ws - 1)) --ws;
    if (erhalten && WordByteAt(text, h.end)) continue;  // "erhaltene": preserved
    if (cue == "liefer" && h.start >= ws + 3 && EqualsLowerAscii(text.substr(ws, 3), "ein"))
      continue;
    if (f.kind == FigureKind::kQuantity) {
      if (!InList(f.unit, kDelivered)) continue;
    } else if (erhalten && !CountsGoods(f.unit) &&
               // "N Chips bestellt, aber erst 300 erhalten": the ordered goods, unnamed.
               !(f.unit.empty() && (HasCue(hits, Cue::kOrder) || HasCue(hits, Cue::kPurchase)))) {
      continue;
    }
    return false;
  }
  return any;
}

// A metric of goods or places: units shipped, ordered, bought, sold or made, sites. People
// counted are none of them, whatever verb or noun of the sentence cued it ("unas 95.000
// personas continúan en centros de refugiados", "vacunar a 20 millones de personas" after "la
// compra de 40 millones de dosis"): they are a population.
// True when `hits` hold the English "to settle" and the sentence [s, e) of `t` names a
// regulator, an authority or charges ("to settle charges brought by the regulator"): what is
// paid is a penalty, a tax; a debt or a private suit settled is plain spending.
bool SettlesWithAuthorityEn(std::string_view t, size_t s, size_t e,
                            const std::vector<CueHit>& hits) {
  if (std::none_of(hits.begin(), hits.end(),
                   [](const CueHit& h) { return kCues[h.cue].text == "to settle"; })) {
    return false;
  }
  // A regulator ("the market regulator", "a Commission"), an authority, or the charges they
  // bring and the investigations they open.
  static constexpr std::string_view kAuthority[] = {
      "regulator", "authorit", "watchdog", "prosecutor", "commission", "charge", "investigation"};
  return scan::ContainsAnyLower(t.substr(s, e - s), kAuthority);
}

// The web or media words that make counted visits a site's visitors ("3,4 Millionen Visits
// auf der Webseite", "2m visits to the site"; not "1,200 visits to customer sites" made by
// engineers).
constexpr std::string_view kWebWords[] = {
    "site",   "website", "websites", "web",      "webseite", "webseiten",  "internetseite",
    "page",   "pages",   "online",   "internet", "portal",   "portale",    "seite",
    "seiten", "app",     "apps",     "página",   "páginas",  "plataforma", "homepage"};

// True when the sentence text[s, e) holds a word of kWebWords (any case, whole words, the
// shared tokenizer's words: a word in quotes „…“ counts).
// REQUIRES: s <= e <= t.size(). Asked only of a count of visits (rare).
bool WebContext(std::string_view t, size_t s, size_t e) {
  static const scan::LowerWordSet kWeb(kWebWords);
  return scan::AnyWordIn(t.substr(s, e - s), kWeb);
}

// English: true when a verb of jobs cut or created stands right before count f ("cut 300
// positions", "is creating 40 posts"; not before "in": "cut 12 positions in bonds") or is the first
// word after it past auxiliaries ("90 posts would go", "1,200 positions are to be axed", "posts
// disappeared"); whole words, in the sentence text[s, e). REQUIRES: s <= f.start <= f.end <= e <=
// t.size().
bool JobVerbBesideEn(const Figure& f, std::string_view t, size_t s, size_t e) {
  static constexpr std::string_view kBefore[] = {
      "cut",         "cuts",     "cutting",   "axe",     "axes",     "axing",   "shed",
      "sheds",       "shedding", "create",    "creates", "creating", "created", "eliminate",
      "eliminating", "scrap",    "scrapping", "add",     "adds",     "adding"};
  static constexpr std::string_view kAfter[] = {
      "go",        "going",      "gone",     "cut",     "axed",  "lost",   "shed",    "disappeared",
      "disappear", "eliminated", "scrapped", "created", "added", "vanish", "vanished"};
  // Past the auxiliaries (function_words::kAuxiliariesEn) also "to" and two adverbs: "are to
  // be axed", "will also go", "have now gone".
  static constexpr std::string_view kAuxExtra[] = {"to", "also", "now"};
  // A verb before the count needs a count not followed by "in": "cut 12 positions in US
  // equities", "create 40 positions in its portfolio" are holdings.
  const std::string_view before = WordBeforeBlanks(t, s, f.start);
  const std::string_view next = WordAfter(t, f.end, e);
  if (!scan::EqualsLowerAscii(next, "in") && InListLower(before, kBefore)) return true;
  size_t i = f.end;
  for (int words = 0; words < 5; ++words) {
    const std::string_view w = WordAfter(t, i, e);
    if (w.empty()) return false;  // punctuation or the sentence end ends the look
    if (!InListLower(w, function_words::kAuxiliariesEn) && !InListLower(w, kAuxExtra)) {
      return InListLower(w, kAfter);
    }
    i = static_cast<size_t>(w.data() + w.size() - t.data());
  }
  return false;
}

// English: true when count `f` is what a supplier hands over: "with" right before it (maybe
// behind a qualifier: "up to", "about", "some", "around", "nearly") and a verb of supplying
// among the six words before "with" ("agreed to supply Norvik Air with 40 jets", "supplies the
// army with up to 900 trucks"); "supply" after "to" or a modal, not the noun ("supply deals
// with 45 operators", "supply chains", "Supply Management"), nor a count with no "with" before
// it. Whole words in the sentence text[s, f.start).
// REQUIRES: s <= f.start <= t.size().
bool SuppliedWithEn(const Figure& f, std::string_view t, size_t s) {
  static constexpr std::string_view kQualifiers[] = {"up",     "to",     "about",  "some",
                                                     "around", "nearly", "almost", "roughly"};
  static constexpr std::string_view kSupply[] = {"supply", "supplies", "supplied", "supplying"};
  size_t ws = f.start;
  std::string_view w = WordBeforeBlanks(t, s, ws);
  for (int k = 0; k < 2 && InListLower(w, kQualifiers); ++k) {
    ws = static_cast<size_t>(w.data() - t.data());
    w = WordBeforeBlanks(t, s, ws);
  }
  if (!InListLower(w, {"with"})) return false;
  ws = static_cast<size_t>(w.data() - t.data());
  for (int k = 0; k < 6; ++k) {
    w = WordBeforeBlanks(t, s, ws);
    if (w.empty()) return false;
    ws = static_cast<size_t>(w.data() - t.data());
    // "with" belongs to another verb or clause: "supplies trams and works with 300 staff".
    if (InListLower(w,
                    {"and", "but", "which", "who", "that", "works", "work", "worked", "working"})) {
      return false;
    }
    if (!InListLower(w, kSupply)) continue;
    // A verb, not the noun: "to / will supply", "supplied"; not "supply deals with 45 operators".
    const std::string_view next = WordAfter(t, ws + w.size(), f.start);
    if (InListLower(next, {"deal", "deals", "contract", "contracts", "agreement", "agreements",
                           "chain", "chains", "of"})) {
      return false;
    }
    return !InListLower(w, {"supply"}) ||
           InListLower(WordBeforeBlanks(t, s, ws), {"to", "will", "would", "can", "could", "may",
                                                    "might", "shall", "must", "also"});
  }
  return false;
}

// True when every cue of cases among `hits` is one that things share with people: the present
// tense of German "sterben" ("sterben", "stirbt": "Gasthäuser sterben") or English "dead"
// ("120 dead trees"). REQUIRES: nothing.
bool ThingsDieOnly(const std::vector<CueHit>& hits) {
  bool any = false;
  for (const CueHit& h : hits) {
    if (kCues[h.cue].cue != Cue::kCases) continue;
    if (!InList(kCues[h.cue].text, {"sterben", "stirbt", "dead"})) return false;
    any = true;
  }
  return any;
}

// The metric of a count whose own noun is a dismissal or a listener, which names it only as
// the counted noun (never as a cue elsewhere in the sentence: "protested against the layoffs"):
// German plural "Entlassungen" (also "Massenentlassungen"; not "Haftentlassungen", nor
// "Entlassungen aus der Haft" / "nach Hause"), English "layoffs", "redundancies" (not the
// singular, spare capacity) and people "laid off" right after the count, -> `employees`;
// Spanish "oyentes" -> `visitors`. Else empty. REQUIRES: f ends at or before `e` in `t`.
std::string_view DismissalOrAudience(const Figure& f, std::string_view t, size_t e, Lang lang) {
  using namespace metrics;  // NOLINT(google-build-using-namespace)
  const bool any = lang == Lang::kUnknown;
  const std::string_view u = f.unit;
  if ((any || lang == Lang::kDe) && u.ends_with("entlassungen")) {
    for (std::string_view w : {"haft", "klinik", "spital", "kranken"}) {
      if (u.find(w) != std::string_view::npos) return {};
    }
    const std::string_view next = WordAfter(t, f.end, e);
    const size_t p =
        next.empty() ? f.end : static_cast<size_t>(next.data() - t.data()) + next.size();
    const std::string_view next2 = WordAfter(t, p, e);
    if ((InListLower(next, {"aus"}) && InListLower(next2, {"der", "dem", "haft"})) ||
        (InListLower(next, {"nach"}) && InListLower(next2, {"hause"}))) {
      return {};
    }
    return kEmployees;
  }
  if (any || lang == Lang::kEn) {
    if (InListLower(u, {"layoffs", "layoff", "redundancies"})) return kEmployees;
    if (u.empty() || u == "person" || u == "worker" || u == "employee") {
      size_t p = f.end;
      std::string_view w = WordAfter(t, p, e);
      for (int k = 0; k < 2 && InListLower(w, {"were", "was", "have", "has", "had", "been", "be",
                                               "being", "will", "are", "to"});
           ++k) {
        p = static_cast<size_t>(w.data() - t.data()) + w.size();
        w = WordAfter(t, p, e);
      }
      if (InListLower(w, {"laid"})) {
        p = static_cast<size_t>(w.data() - t.data()) + w.size();
        if (InListLower(WordAfter(t, p, e), {"off"})) return kEmployees;
      }
    }
  }
  if ((any || lang == Lang::kEs) && InListLower(u, {"oyentes", "oyente"})) return kVisitors;
  return {};
}

bool GoodsMetric(std::string_view m) {
  using namespace metrics;  // NOLINT(google-build-using-namespace)
  return m == kShipments || m == kOrders || m == kPurchases || m == kUnitsSold ||
         m == kProduction || m == kSites;
}

// Counted things that are never people, firms or customers: places and countries, units and
// objects, beds and rooms, files, pages and data sizes, languages, filings and events, as the
// text writes them (or as the figure finder writes the nouns it knows: "unit", "vehicle"). A
// noun not listed here may name people or firms ("250 athletes", "900 pymes"): it keeps the
// sentence's label (OwnNounOnly).
constexpr std::string_view kCountedThings[] = {
    // en
    "countries", "nations", "states", "towns", "cities", "villages", "locations", "airports",
    "unit", "units", "vehicle", "device", "smartphone", "phones", "machines", "bottles", "pieces",
    "copies", "songs", "pages", "webpages", "websites", "files", "links", "gigabytes", "megabytes",
    "megabits", "pixels", "electrodes", "molecules", "searches", "commands", "requests", "hotspots",
    "apis", "patents", "flights", "tickets", "beds", "rooms", "floors", "lifts", "languages",
    "rounds", "terms", "interactions", "transactions", "interviews", "conversations", "camps",
    "games", "rebounds", "assists",
    // de
    "länder", "ländern", "staaten", "gemeinden", "städte", "städten", "dörfer", "dörfern", "orte",
    "orten", "präfekturen", "betten", "zimmer", "container", "paletten", "busse", "bussen",
    "motorboote", "fahrzeuge", "fahrzeugen", "ampullen", "seiten", "artikel", "artikeln",
    "einträge", "sprachen", "anträge", "anträgen", "asylanträge", "erstanträge", "anzeigen",
    "beschwerden", "bewerbungen", "unterschriften", "delikte", "verstöße", "einsätze",
    "behandlungen", "vorträge", "vorträgen", "konzerte", "konzerten", "führungen", "durchgänge",
    "dienstjahren", "spiele", "spielen", "duelle", "duellen",
    // es
    "países", "localidades", "municipios", "ciudades", "pueblos", "idiomas", "lenguas", "alfabetos",
    "nacionalidades", "camas", "colegios", "hospitales", "unidades", "vehículos", "automóviles",
    "dosis", "páginas", "archivos", "registros", "entradas", "llamadas", "peticiones",
    "acusaciones", "incidentes", "conciertos", "nombres", "membresías"};

// True when count `f` counts a thing of its own written in the text (kCountedThings: "40
// countries", "9 Gemeinden", "12 idiomas"; kNotGoodsEn: "300 e-mails") that is no cue, while `m`,
// the sentence's best cue, is a count of people, firms or customers named by another noun ("people
// in 40 countries", "las familias que hablan 12 idiomas"): the figure counts its thing, not them.
// Any other noun keeps `m` ("250 athletes", "900 pymes"). REQUIRES: `hits` are the cues of f's
// sentence.
bool OwnNounOnly(const Figure& f, std::string_view m, const std::vector<CueHit>& hits) {
  using namespace metrics;  // NOLINT(google-build-using-namespace)
  static const scan::LowerWordSet kThings(kCountedThings);
  static const scan::LowerWordSet kFilings(kNotGoodsEn);
  if (f.unit_source != UnitSource::kText || m.empty() ||
      !(kThings.Contains(f.unit) || kFilings.Contains(f.unit))) {
    return false;
  }
  if (m != kPopulation && m != kCompanies && m != kUsers && m != kEmployees && m != kVisitors) {
    return false;
  }
  for (const CueHit& h : hits) {
    if (h.start < f.end && h.end > f.start) return false;  // the noun is itself a cue
  }
  return true;
}

// English and German nouns of places and territories. A count of them ("in 40 countries", "17
// Staaten") counts places, none of the taxonomy's measures, whatever cue of people, votes, cases
// or goods the sentence has elsewhere ("voters in 9 states", "in 6 Ländern bestellt"). Spanish
// has none: the rule skips Spanish (see its use in Metric).
constexpr std::string_view kPlaceNouns[] = {
    "countries",    "nations",       "states",    "towns",          "cities",  "villages",
    "provinces",    "counties",      "regions",   "municipalities", "länder",  "ländern",
    "staaten",      "gemeinden",     "städte",    "städten",        "dörfer",  "dörfern",
    "bundesländer", "bundesländern", "provinzen", "regionen",       "kantone", "kantonen"};

// The words AttendedOrVisited reads (below): its verbs, the words it skips between figure and
// verb, the qualifiers it skips before the figure.
constexpr std::string_view kAttendVerbs[] = {
    "attended", "attend",  "visited",   "visit",     "asistieron", "asistirán",
    "asistían", "asisten", "asistido",  "acudieron", "acudirán",   "acudían",
    "acuden",   "acudido", "visitaron", "visitarán", "visitan",    "visitado"};
constexpr std::string_view kAttendBetween[] = {
    "were", "was",      "have", "has",  "had", "been", "will", "would",  "are",
    "to",   "expected", "who",  "also", "que", "ya",   "han",  "habían", "también"};
constexpr std::string_view kAttendQualifiers[] = {"some",      "about",
                                                  "around",    "nearly",
                                                  "almost",    "over",
                                                  "more",      "than",
                                                  "up",        "to",
                                                  "an",        "estimated",
                                                  "unos",      "unas",
                                                  "más",       "de",
                                                  "cerca",     "casi",
                                                  "alrededor", "varios",
                                                  "varias",    "aproximadamente",
                                                  "hasta"};
// English and Spanish: true when the clause of count `f` says the people counted attended or
// visited (an event, a place, a site), so they are its visitors whatever their noun says ("8,000
// fans attended the fair", "2,300 skaters had visited the rink", "was attended by 500 guests",
// "asistieron unas 900 personas", "1.200 socios acudieron a la asamblea"). English: "attended" /
// "visited" (also "attend", "visit") right after the figure, after at most four auxiliaries or
// "expected to have" ("were", "had", "to"), or "attended by" right before it (the words of a
// qualifier, "some", "more than", between). Spanish: a past or future of "asistir", "acudir",
// "visitar" right before the figure (a qualifier, "unos", "más de", "varios", between) or right
// after it ("que", "ya", "han" between); not voters at the polls
// ("acudieron a las urnas" / "a votar"). Not a count of things (kCountedThings, goods: "30
// countries attended"), nor pupils ("700 students attended the school": a population).
// REQUIRES: f is a count of the sentence ending at `e` in `t`.
bool AttendedOrVisited(const Figure& f, std::string_view t, size_t s, size_t e, Lang lang) {
  if (lang != Lang::kEn && lang != Lang::kEs) return false;
  static const scan::LowerWordSet kVerbs(kAttendVerbs);
  static const scan::LowerWordSet kBetween(kAttendBetween);
  static const scan::LowerWordSet kQualifiers(kAttendQualifiers);
  const bool en = lang == Lang::kEn;
  // The verbs of each language: English ones are the four first of kAttendVerbs.
  const auto verb_of_lang = [&](std::string_view w) {
    return kVerbs.Contains(w) && (InListLower(w, {"attended", "attend", "visited", "visit"}) == en);
  };
  bool verb = false;
  // After the figure.
  size_t p = f.end;
  std::string_view w = WordAfter(t, p, e);
  for (int k = 0; k < 4 && kBetween.Contains(w); ++k) {
    p = static_cast<size_t>(w.data() - t.data()) + w.size();
    w = WordAfter(t, p, e);
  }
  if (verb_of_lang(w)) {
    verb = true;
    if (!en) {
      // Voters at the polls: "acudieron a las urnas", "acudieron a votar".
      p = static_cast<size_t>(w.data() - t.data()) + w.size();
      const std::string_view rest = t.substr(p, std::min<size_t>(e - p, 24));
      if (rest.find("urnas") != std::string_view::npos ||
          rest.find("votar") != std::string_view::npos) {
        return false;
      }
    }
  } else {
    // Before the figure: the verb (Spanish) or "attended by" (English), a qualifier between.
    size_t at = f.start;
    w = WordBeforeBlanks(t, s, at);
    for (int k = 0; k < 4 && kQualifiers.Contains(w); ++k) {
      at = static_cast<size_t>(w.data() - t.data());
      w = WordBeforeBlanks(t, s, at);
    }
    if (en) {
      verb = InListLower(w, {"by"}) &&
             InListLower(WordBeforeBlanks(t, s, static_cast<size_t>(w.data() - t.data())),
                         {"attended", "visited"});
    } else {
      verb = verb_of_lang(w);
    }
  }
  if (!verb) return false;
  static const scan::LowerWordSet kThings(kCountedThings);
  return !kThings.Contains(f.unit) && !CountsGoods(f.unit) && f.unit != "student";
}

// English: true when `w` (a word of `t`) is "capital" and closes its noun phrase ("sold 15% of
// its capital to a bank", "of the capital."): the firm's capital, not a compound that only starts
// with it ("cut 10% of its capital spending", "capital budget"). The phrase closes when no word
// follows (a comma, a stop), a word that does not start lower case, or a function word ("to",
// "in", "of", "last"). Not "share capital": a share issue measured against it keeps share.
bool CapitalNounEn(std::string_view t, std::string_view w, size_t e) {
  if (!InListLower(w, {"capital"})) return false;
  const size_t p = static_cast<size_t>(w.data() - t.data()) + w.size();
  const std::string_view next = WordAfter(t, p, e);
  if (next.empty() || next[0] < 'a' || next[0] > 'z') return true;
  return InListLower(next,
                     {"to",   "in",   "on",   "for",   "and",   "or",    "by",   "at",    "from",
                      "with", "into", "of",   "this",  "last",  "next",  "that", "which", "was",
                      "is",   "were", "will", "would", "worth", "since", "after"});
}

// True when money `f` of the sentence ending at `e` in `t` is stated per share: right after it
// (after its bracketed conversion, if any) come "a share", "per share", "per <Name> share", a
// joined "-per-share" ("265 cents-per-share"), or "pro Aktie".
// REQUIRES: f.end <= e <= t.size().
bool PerShareAfter(const Figure& f, std::string_view t, size_t e) {
  size_t p = AfterConversion(f, t, e);
  if (p == std::string_view::npos || p >= e) return false;
  if (t.substr(p).starts_with("-per-share")) return true;
  const std::string_view w1 = WordAfter(t, p, e);
  if (w1.empty()) return false;
  const size_t p1 = static_cast<size_t>(w1.data() - t.data()) + w1.size();
  const std::string_view w2 = WordAfter(t, p1, e);
  if (InList(w1, {"a", "per"}) && w2 == "share") return true;
  if (w1 == "pro" && w2 == "Aktie") return true;
  if (w1 != "per" || w2.empty() || w2[0] < 'A' || w2[0] > 'Z') return false;
  const size_t p2 = static_cast<size_t>(w2.data() - t.data()) + w2.size();
  return WordAfter(t, p2, e) == "share";
}

// True when `m`, the metric the cues gave money `f`, is revenue or a deal's value, `f` is a
// small amount (under 10,000), and the only cues of revenue or of a deal in the sentence (`hits`)
// are words of selling or offering ("sold", "sells", "verkauft", "vende", "offer", "angeboten"; no
// noun of revenue or of a deal as a whole: "revenue", "Umsatz", "deal", "Übernahme", "Verkauf"):
// then `f` is what one thing sells or is offered for, a price ("the tablet sells at $329",
// "verkaufte jedes Stück zu 4.800 Euro", "dealers are offering the hatchback at $9,900").
// Not a bid per share ("an offer of 420p a share", "pence-per-share"). REQUIRES: f is money in `t`,
// `hits` its sentence's cues.
bool SellOrOfferVerbOnly(std::string_view m, const Figure& f, std::string_view t,
                         const std::vector<CueHit>& hits) {
  if ((m != metrics::kRevenue && m != metrics::kDealValue) || !(f.value < 1e4)) return false;
  static constexpr std::string_view kVerbs[] = {"verkauf", "vendi", "vende",  "sold",
                                                "sell",    "offer", "angebot"};
  bool any = false;
  for (const CueHit& h : hits) {
    const Cue c = kCues[h.cue].cue;
    if (c == Cue::kRevenue) return false;
    if (c != Cue::kSales && c != Cue::kDeal) continue;
    if (!InList(kCues[h.cue].text, kVerbs)) return false;
    // The German nouns "Verkauf", "Angebot" (capitalised) name a sale or a bid as a whole.
    if (t[h.start] >= 'A' && t[h.start] <= 'Z') return false;
    any = true;
  }
  if (!any) return false;
  const std::string_view rest = t.substr(f.end, 16);
  return rest.find("share") == std::string_view::npos;
}

}  // namespace

std::string_view MetricClassifier::Metric(const Figure& f, size_t lo, size_t hi) const {
  using namespace metrics;  // NOLINT(google-build-using-namespace)
  if (f.kind == FigureKind::kCount) {
    // People a participle of harm right after them counts ("248 ciudadanos heridos", "30
    // people killed", "85 operarios intoxicados"): cases, whatever the counted noun says
    // (also a workforce, a clientele or a town's people).
    std::string_view by_unit = UnitMetric(f.unit);
    static const scan::LowerWordSet kPlaces(kPlaceNouns);
    // (Not yet in Spanish: there the attribution reads the metric, and a place count without one
    // drifts from its province to a town named later.)
    if (!In(Lang::kEs) && f.unit_source == UnitSource::kText && kPlaces.Contains(f.unit)) {
      return {};
    }
    // Counted visits are a site's visitors only in a web or media context; in German text the
    // English loan "Visits" is always a web count ("das Portal kam auf 6 Mio. Visits").
    if (f.unit == "visit" && (In(Lang::kDe) || WebContext(text_, s_, e_))) by_unit = kVisitors;
    if (In(Lang::kEn) && AreaAfterEn(f, text_, e_)) return {};
    if (by_unit.empty()) by_unit = DismissalOrAudience(f, text_, e_, lang_);
    // People whose clause says they attended or visited ("9,000 fans attended the show",
    // "asistieron unas 800 personas"): visitors, before a person noun's default population.
    if (by_unit.empty() && AttendedOrVisited(f, text_, s_, e_, lang_)) {
      by_unit = kVisitors;
    }
    // English posts and positions are jobs only beside a verb of jobs cut or created ("90 posts
    // would go", "to axe 300 positions"), not blog posts or a fund's positions.
    if (InListLower(f.unit, {"post", "posts", "position", "positions"}) && In(Lang::kEn) &&
        JobVerbBesideEn(f, text_, s_, e_)) {
      by_unit = kEmployees;
    }
    if ((by_unit.empty() || by_unit == kEmployees || by_unit == kUsers || by_unit == kPopulation ||
         by_unit == kVisitors) &&
        (CueRightAfter(f, text_, e_, hits_) == kCases ||
         (In(Lang::kDe) && LifeCostDe(f, text_, s_, e_)))) {
      return kCases;
    }
    // People whose clause says a harm befell them, as its predicate ("sieben Arbeiter wurden
    // getötet", "murieron 40 vecinos"): cases too (German and Spanish, HarmPredicateOf). Only
    // a count of people (CountsPeopleUnit): not goods or homes ("100 Autos zerstört") nor
    // firms ("40 pymes"); any other count is left to the sentence's cues below (BestMetric).
    if ((lang_ == Lang::kDe || lang_ == Lang::kEs) && CountsPeopleUnit(f, by_unit, hits_) &&
        HasCue(hits_, Cue::kCases) && HarmPredicateOf(f, text_, e_, lang_ == Lang::kDe, hits_)) {
      return kCases;
    }
    // The people or homes a poll or survey asked, counted in a plural noun ("a poll of 900
    // voters", "una encuesta a 600 hogares"): the sample is no measure, whatever the noun or
    // another cue says (as for "people" below).
    if (SampleNoun(f.unit) && (HasCue(hits_, Cue::kSurvey) || HasCue(hits_, Cue::kSurveyVote)) &&
        SurveySample(text_, s_, e_, f)) {
      return {};
    }
    // Too many for sites ("250,000 young plants"): the cues decide, as for goods.
    if (by_unit == kSites && f.value >= kMaxSites) by_unit = {};
    if (!by_unit.empty()) return by_unit;
    // The people a survey asked, named as such: the sample is no measure, also next to a party
    // ("de los 1.500 encuestados, el 40 % votaría al partido X": no votes).
    if (RespondentNoun(f.unit)) return {};
    if (std::string_view m = ChangedMeasure(f, text_, s_, hits_); !m.empty()) return m;
    // "to supply Norvik Air with 40 jets": units delivered by a supplier.
    if (In(Lang::kEn) && CueRightAfter(f, text_, e_, hits_) != kEmployees &&
        SuppliedWithEn(f, text_, s_)) {
      return kShipments;
    }
    // Students and pupils ("40.000 estudiantes", "9.500 Schüler") are people as "personas"
    // are: a population unless a cue names what befell them. They stay out of UnitMetric's
    // table (resident, inhabitant -> population), which decides before any cue: students are
    // as often counted as cases, workers' pupils or a study's sample as a town's people.
    const bool unit_person = f.unit == "person" || f.unit == "student" || GroupNoun(f.unit) ||
                             (In(Lang::kDe) && PeopleNounDe(f.unit));
    const bool person = unit_person || f.unit.empty();
    const Cue skip = (In(Lang::kEs) && ReceiversEs(f, text_, hits_)) ||
                             (In(Lang::kDe) && NoShipmentDe(f, text_, hits_)) ||
                             (In(Lang::kEn) && ReceivedNoGoodsEn(f, text_, e_, hits_))
                         ? Cue::kShipment
                         : Cue::kNone;
    std::string_view m =
        BestMetric(f, hits_, lo, hi, skip, person ? Cue::kPopulation : Cue::kNone, text_);
    if (m.empty() && person) m = BestMetric(f, hits_, lo, hi, skip, Cue::kNone, text_);
    // A cue of harm counts people, not goods or homes: "20 Menschen getötet und 100 Autos
    // zerstört", "40 viviendas destruidas y 12 heridos" (the harmed in the sentence are cases).
    if (m == kCases && (CountsGoods(f.unit) || f.unit == "home" || f.unit == "apartment")) {
      return {};
    }
    // People a negated cue of harm names were spared: the person default ("Keiner der 45
    // Insassen wurde verletzt" -> population).
    if (m == kCases && unit_person && In(Lang::kDe) && NegatedHarmDe(f, text_, e_, hits_)) {
      m = kPopulation;
    }
    // Only people die as cases: inns, trees or shops that "sterben" or are "dead" are none
    // ("jedes Jahr sterben 300 Gasthäuser", "120 dead trees"; a person noun or no noun stays
    // cases).
    if (m == kCases && !person && !CountsPeopleUnit(f, by_unit, hits_) && ThingsDieOnly(hits_)) {
      return {};
    }
    // The people a poll or survey asked ("a poll of 2,000 people", "una encuesta a 1.500
    // personas") are no votes and no population: the sample is no measure, whatever other cue
    // is near ("Polling firm X interviewed 6,000 people": no companies either).
    if (person && (HasCue(hits_, Cue::kSurvey) || HasCue(hits_, Cue::kSurveyVote)) &&
        SurveySample(text_, s_, e_, f)) {
      return {};
    }
    // People per something are a rate, no population ("20 pupils per classroom", "3 Schüler
    // pro Lehrer", "25 alumnos por aula").
    // Also things per person ("16 Datensätze pro Schüler": the figure ends in the person).
    const std::string_view surface = text_.substr(f.start, f.end - f.start);
    if (unit_person && (m.empty() || m == kPopulation || GoodsMetric(m)) &&
        (InListLower(WordAfter(text_, f.end, e_), {"per", "pro", "por"}) ||
         surface.find(" pro ") != std::string_view::npos ||
         surface.find(" per ") != std::string_view::npos ||
         surface.find(" por ") != std::string_view::npos)) {
      return {};
    }
    // A count of a thing of its own that is no cue ("12 idiomas", "40 countries", "9
    // Gemeinden") counts that thing, not the people, firms or customers a noun farther on
    // names ("people in 40 countries", "las familias ... 12 idiomas"): no metric
    // (OwnNounOnly; an unlisted noun keeps the label).
    if (OwnNounOnly(f, m, hits_)) return {};
    const bool whole_sentence = lo <= s_ && hi >= e_;
    if (m.empty() && whole_sentence && unit_person) return kPopulation;
    if (unit_person && GoodsMetric(m)) return kPopulation;
    // People are no companies ("130,000 people lost money after the firm's collapse"), nor a
    // country's people its users ("about 6% of the nation's 70 million people" after "users").
    if (unit_person && m == kCompanies) return kPopulation;
    if (unit_person && m == kUsers) {
      const std::string_view before = text_.substr(s_, f.start - s_);
      for (std::string_view owner :
           {" country's ", " nation's ", " region's ", " city's ", " state's ", " world's "}) {
        if (before.ends_with(owner)) return kPopulation;
      }
    }
    return m;
  }
  if (f.kind == FigureKind::kMoney) {
    if (EarnedPerTime(f, text_, s_, e_)) return kSalary;
    if (In(Lang::kEn) && IndustrySizeEn(f, text_, s_, e_)) return kMarketSize;
    // "ab 3.500 Euro", "desde 20 euros", "a partir de 9 euros", "from £9.99": a price.
    std::string_view w = WordBeforeBlanks(text_, s_, f.start);
    if (InListLower(w, {"ca", "etwa", "rund", "circa", "unos", "about", "around"})) {
      w = WordBeforeBlanks(text_, s_, static_cast<size_t>(w.data() - text_.data()));
    }
    // "ein Fernseher um 5.800 Euro", "für 70 Euro vorbestellt", "por 20 euros": a price
    // (not a change: "stieg um 5 Mio. Euro").
    if (InListLower(w, {"um", "für", "for", "por"}) && f.value < 1e4 &&
        !HasCue(hits_, Cue::kChange)) {
      return kPrice;
    }
    // (Not the base of a change: "cut its dividend to 17 cents from 34 cents".)
    if (!HasCue(hits_, Cue::kChange) && !HasCue(hits_, Cue::kDividend) &&
        (InListLower(w, {"ab", "desde", "from"}) ||
         (InListLower(w, {"de"}) &&
          WordBeforeBlanks(text_, s_, static_cast<size_t>(w.data() - text_.data())) == "partir"))) {
      if (f.value < 1e6) return kPrice;
    }
    if (std::string_view m = ChangedMeasure(f, text_, s_, hits_); !m.empty()) return m;
    if (In(Lang::kEn)) {
      if (std::string_view m = AsideChangeEn(f, text_, s_, hits_); !m.empty()) return m;
      if (std::string_view m = WorthOfEn(f, text_, s_, hits_); !m.empty()) return m;
      // An amount worth of timber: the cue of the goods or the deal, never "worth" itself.
      if (WorthOfAfterEn(f, text_, e_)) {
        return BestMetric(f, hits_, lo, hi, Cue::kValuation, Cue::kNone, text_);
      }
      if (ValuingAtEn(f, text_, s_)) return kValuation;
      if (LostAmountEn(f, text_, s_, e_)) return kLoss;
      if (SoldForEn(f, text_, s_, hits_)) return kDealValue;
    }
    if (In(Lang::kEs)) {
      if (std::string_view m = SoldForEs(f, text_, s_, hits_); !m.empty()) return m;
    }
    // Buying a company is a deal: "spend $3bn to buy a bank", "die Firma, die X gekauft
    // hatte" (the company noun after the buying verb, or before a German participle).
    for (const CueHit& p : hits_) {
      if (kCues[p.cue].cue != Cue::kPurchase) continue;
      const bool participle =
          kCues[p.cue].text.starts_with("gekauft") || kCues[p.cue].text.starts_with("erworben");
      for (const CueHit& c : hits_) {
        if (kCues[c.cue].cue != Cue::kCompanies) continue;
        if ((c.start >= p.end && c.start - p.end <= 48) ||
            (participle && c.end <= p.start && p.start - c.end <= 80)) {
          return kDealValue;
        }
      }
    }
    // A listed company's worth on the stock exchange, after the deal rules above.
    if (ExchangeWorth(f, text_, s_, e_, hits_)) return kValuation;
    // German verb "kosten", lower-case unlike the noun "Kosten" (spend), near a small amount:
    // what a thing costs ("Das Gerät wird 499 Dollar kosten", "Sie kosten 69 Euro"). A
    // project's millions stay spending ("wird 50 Millionen Euro kosten").
    if (In(Lang::kDe) && f.value < 1e5 && KostenVerbNearDe(text_, s_, e_, f)) return kPrice;
    // Spanish "costar": what one thing costs, a price; a million or more is what a project or
    // a service costs, spending ("la obra costará 200 millones").
    if (In(Lang::kEs) && CostarBeforeEs(f, text_, s_)) return f.value < 1e6 ? kPrice : kSpend;
    if (std::string_view m = CueRightAfter(f, text_, e_, hits_); !m.empty()) {
      // "Räder zu je 240 Euro angeboten": a price (SellOrOfferVerbOnly, as below).
      if (SellOrOfferVerbOnly(m, f, text_, hits_)) return kPrice;
      return m == kSpend && In(Lang::kEn) && SettlesWithAuthorityEn(text_, s_, e_, hits_) ? kTax
                                                                                          : m;
    }
    // A million or more that something "kostet" or "gekostet" hat is what a project costs,
    // spending, as after Spanish "costar" ("Der Umbau hat rund 240 Millionen Euro gekostet").
    if (In(Lang::kDe) && f.value >= 1e6 && KostetVerbDe(f, text_, s_, e_)) return kSpend;
    if (In(Lang::kEs)) {
      if (std::string_view m = CueAfterDeEs(f, text_, e_, hits_); !m.empty()) return m;
    }
    if (In(Lang::kEn)) {
      if (std::string_view m = CueAfterInEn(f, text_, e_, hits_); !m.empty()) return m;
      // "cost" as a verb: a price ("will cost $399"), but a million or more is what a project
      // or a product's making costs, spending ("may have cost nearly $70m"; a cue
      // after "in", checked above, tells what was lost: "cost £1bn in revenue").
      if (f.value >= 1e6 && CostVerbBeforeEn(f, text_, s_)) return kSpend;
    }
    if (In(Lang::kEs) && ReceivedFromEs(f, text_, s_, e_)) return kFunding;
    std::string_view m = BestMetric(f, hits_, lo, hi, Cue::kNone, Cue::kNone, text_);
    // A small amount that only a verb of selling or offering ties to revenue or a deal is what
    // one thing sells for ("the tablet sells at $329"): a price.
    if (SellOrOfferVerbOnly(m, f, text_, hits_)) return kPrice;
    // A bid or a deal stated per share ("a bid raised to 640p a share", "investors get 265
    // cents-per-share under the merger") is the price of one share, not the deal's value
    // ("je Aktie", "por acción" are price cues of their own).
    if (m == kDealValue && f.value < 1e4 && PerShareAfter(f, text_, e_)) return kPrice;
    // Money a prize is endowed with or a winner takes ("eine Medaille, mit 6.500 Franken dotiert",
    // "12.000 Euro Preisgeld gehen an", "un premio de 3.000 euros", "won the $8,000 first
    // prize") is no price, and no small amount's default price below: none of the
    // taxonomy. Only a prize cue tied to the figure counts (PrizeTied).
    if ((m.empty() || m == kPrice) && PrizeTied(text_, f, hits_)) return {};
    if (m == kSpend && In(Lang::kEn) && SettlesWithAuthorityEn(text_, s_, e_, hits_)) return kTax;
    if (m.empty() && In(Lang::kDe)) m = SeparableVerbDe(f, text_, s_, e_);
    // Money given to fund something is funding, whatever the funded thing names (salaries,
    // spending); a measure named for the amount itself (an investment, a budget, a deal)
    // stays.
    if ((m.empty() || m == kSalary || m == kSpend || m == kRevenue || m == kPrice) &&
        In(Lang::kEs) && FundsPurposeEs(f, text_, e_)) {
      return kFunding;
    }
    // A small amount for one unit of something is its price, also next to costs: "the cost of
    // the service from £7.00 per minute", "production costs were £1.30 per tonne" (what
    // someone spends per head stays spending: "they spend $45 per pupil").
    if (m == kSpend && f.value < 1e5 && InListLower(WordAfter(text_, f.end, e_), {"per"}) &&
        std::none_of(hits_.begin(), hits_.end(),
                     [](const CueHit& h) { return kCues[h.cue].text.starts_with("spen"); })) {
      return kPrice;
    }
    // A small amount with no cue at all is most often the price of something.
    const bool whole_sentence = lo <= s_ && hi >= e_;
    if (m.empty() && whole_sentence && f.value < 1e5) return kPrice;
    return m;
  }
  if (f.kind != FigureKind::kPercent) {
    return BestMetric(f, hits_, lo, hi,
                      In(Lang::kDe) && NoShipmentDe(f, text_, hits_) ? Cue::kShipment : Cue::kNone);
  }

  // Percentages. A change in percentage points is a growth figure.
  if (f.unit == "pp") return kGrowth;
  if ((In(Lang::kEs) || In(Lang::kDe)) && ChangeNounBefore(f, text_, s_, e_, In(Lang::kEs))) {
    return kGrowth;
  }
  const std::string_view t = text_;
  // "60 Prozent der Bestellungen", "el 6 % del mercado", "40% of sales": a share of
  // something; of a market, of the votes or of a company's capital it is more specific.
  const std::string_view of = WordAfter(t, f.end, e_);
  const bool share_of = ShareOf(t, f, e_);
  // "28 Prozent an den Casinos", "50-Prozent-Partner": an ownership share.
  {
    size_t p = f.end;
    while (p < e_ && (t[p] == '-' || t[p] == ' ')) ++p;  // "40-Prozent-Partner"
    const std::string_view w1 = WordAfter(t, p, e_);
    const std::string_view w2 =
        WordAfter(t, static_cast<size_t>(w1.data() - t.data()) + w1.size(), e_);
    // Not the particle of a separable verb closing its clause ("wuchs auf 64 Prozent an.",
    // "kletterte auf 9 Prozent an und …"): "an" owns something only before a name or a noun
    // (capitalised: "an Velmar") or an article, possessive or quantifier opening one ("an der",
    // "an ihrer", "an mehreren"), never before a conjunction or another lower-case word.
    // "bis zu 30 Prozent an Marktanteil", "12 Prozent an Stimmen": "an" before a noun of a
    // market's or a vote's share names that share, no owner. Votes only as the whole noun
    // ("Stimmen", "Wählerstimmen"; not "Wahlkampfspenden"); a gain of them is a change ("… an
    // Stimmen hinzu").
    if (InListLower(w1, {"an"}) && !w2.empty()) {
      const auto w2_at = static_cast<uint32_t>(w2.data() - t.data());
      for (const CueHit& h : hits_) {
        if (h.start < w2_at || h.start >= w2_at + w2.size()) continue;  // also "Weltmarktanteil"
        if (kCues[h.cue].cue == Cue::kMarketShare) return kMarketShare;
      }
      if (InListLower(w2, {"stimmen", "wählerstimmen", "zweitstimmen", "erststimmen"})) {
        return InListLower(WordAfter(t, w2_at + w2.size(), e_), {"hinzu", "dazu"}) ? kGrowth
                                                                                   : kVoteShare;
      }
    }
    if ((InListLower(w1, {"an"}) && !w2.empty() && !InListLower(w2, {"wert"}) &&
         ((w2[0] >= 'A' && w2[0] <= 'Z') ||
          InListLower(
              w2, {"der",      "die",    "das",    "den",    "dem",    "des",    "ein",   "eine",
                   "einer",    "einem",  "eines",  "ihr",    "ihre",   "ihrem",  "ihren", "ihrer",
                   "sein",     "seine",  "seinem", "seinen", "seiner", "dessen", "deren", "allen",
                   "mehreren", "beiden", "diesem", "dieser", "diesen", "zwei",   "drei"}))) ||
        InListLower(w1, {"partner", "beteiligung", "anteil"})) {
      return kStake;
    }
    // English: owned by someone ("35% owned by a fund", "a 60%-owned unit", "72%
    // family-owned"): "owned" right after the figure or joined by a hyphen to the one word
    // after it.
    if (In(Lang::kEn) && !w1.empty()) {
      const size_t w1_end = static_cast<size_t>(w1.data() - t.data()) + w1.size();
      if (InListLower(w1, {"owned"}) ||
          (t.substr(w1_end, 6) == "-owned" && !WordByteAt(t, w1_end + 6))) {
        return kStake;
      }
    }
  }
  if (share_of) {
    // "lost 45% of their value", "perdió el 45 % de su valor": a change of a value.
    if (ValueChangedOf(f, t, s_, e_, In(Lang::kEn), In(Lang::kEs))) return kGrowth;
    // "el 51 % de la compañía", "51.4% of Kralinger" (a name after "of" in a sentence about
    // owning or buying): a stake.
    std::string_view owner = of;
    size_t after = static_cast<size_t>(of.data() - t.data()) + of.size();
    for (int k = 0; k < 2 && InListLower(owner, {"de", "del", "of", "la", "el", "las", "los", "the",
                                                 "der", "des", "die", "den"});
         ++k) {
      owner = WordAfter(t, after, e_);
      after = static_cast<size_t>(owner.data() - t.data()) + owner.size();
    }
    // "a third of the bank's loans", "15% of Velmar's fleet": a part of what the owner has, not
    // of the owner.
    const std::string_view rest = t.substr(after, e_ - after);
    const bool possessive = scan::PossessiveLength(rest) > 0;
    // "operating margins at 4% of sales": a margin.
    if (InListLower(owner, {"sales", "revenue", "revenues", "turnover", "umsatz", "umsatzes",
                            "ventas", "ingresos", "facturación"}) &&
        (HasCue(hits_, Cue::kMargin) || HasCue(hits_, Cue::kProfit))) {
      return kMargin;
    }
    // "las ventas de casetes concentran el 17 % del total": a product's share of all sales.
    if (InListLower(owner, {"total", "gesamten", "gesamtmarkt"}) &&
        (rest.empty() || std::string_view(",.;:)").find(rest[0]) != std::string_view::npos) &&
        (HasCue(hits_, Cue::kSales) || HasCue(hits_, Cue::kRevenue))) {
      return kMarketShare;
    }
    // English "capital" only where it closes its noun phrase (CapitalNounEn: "of the capital
    // of", not "of the capital spending").
    if (!possessive &&
        (In(Lang::kEn) && InListLower(owner, {"capital"})
             ? CapitalNounEn(t, owner, e_)
             : InListLower(owner, {"compañía", "empresa", "grupo", "sociedad", "company", "firm",
                                   "group", "unternehmens", "konzerns", "firma", "capital",
                                   "kapitals", "acciones", "shares", "aktien", "equity"}))) {
      return kStake;
    }
    // English: a part of the firm's own capital, named after "its" ("floated 15% of its
    // equity", "sold 20% of its shares", "of its capital, in cash"): a stake.
    if (In(Lang::kEn) && InListLower(owner, {"its"})) {
      const std::string_view noun = WordAfter(t, after, e_);
      if (InListLower(noun, {"equity", "shares"}) || CapitalNounEn(t, noun, e_)) return kStake;
    }
    // German compounds are named by their last part: a share of "Anteile" or "Aktien" whose
    // first part names a company's capital ("der Kapitalanteile", "der Vorzugsaktien") is a
    // stake; other compounds are not ("der Sitzanteile", "der Weltmarktanteile", "der
    // Technologieaktien" in a portfolio).
    {
      size_t stem = 0;
      for (std::string_view tail : {"anteilen", "anteile", "aktien"}) {
        if (owner.size() >= tail.size() &&
            EqualsLowerAscii(owner.substr(owner.size() - tail.size()), tail)) {
          stem = owner.size() - tail.size() + 1;
          break;
        }
      }
      if (stem != 0 &&
          (stem == 1 || InListLower(owner.substr(0, stem - 1),
                                    {"geschäfts", "gesellschafts", "gesellschafter", "firmen",
                                     "eigentums", "kapital", "stamm", "vorzugs", "namens",
                                     "unternehmens", "konzern", "inhaber"}))) {
        return kStake;
      }
    }
    const bool capital_name = !owner.empty() && owner[0] >= 'A' && owner[0] <= 'Z';
    if (capital_name && !possessive &&
        (HasCue(hits_, Cue::kStake) || HasCue(hits_, Cue::kPurchase) ||
         HasCue(hits_, Cue::kDeal))) {
      return kStake;
    }
    // "el 15 % de la renta" retained as tax, "un 60 % de parados".
    if (HasCue(hits_, Cue::kTax)) return kTaxRate;
    if (HasCue(hits_, Cue::kUnemployment)) return kUnemploymentRate;
    // A buyer's share of all purchases or orders is a share, not a market share.
    const bool buyers = HasCue(hits_, Cue::kPurchase) || HasCue(hits_, Cue::kOrder);
    for (const CueHit& h : hits_) {
      if (h.start < f.start || h.start > f.end + 48) continue;
      switch (kCues[h.cue].cue) {
        case Cue::kMarketShare:
        case Cue::kMarket:
          if (buyers) break;
          return kMarketShare;
        case Cue::kVote:
          return kVoteShare;
        case Cue::kStake:
          return kStake;
        default:
          break;
      }
    }
    // A verb of owning right before the figure makes a share of a name (not in German, where
    // every noun is capitalised), of a company or of its shares a stake ("They own 29% of
    // Velmar", "hält 5 Prozent der Velmar-Aktien", "controls 30% of Velmar"; "hold 20% of the
    // seats" is a share). Not a part of what an owner has ("control 16% of the country's
    // output").
    if (!possessive) {
      const Holder holder = HolderVerbBefore(t, s_, f);
      // The whole compound: "Velmar-Aktien".
      std::string_view whole = owner;
      for (size_t q = after; q < e_ && t[q] == '-';) {
        const std::string_view part = WordAfter(t, q + 1, e_);
        if (part.empty()) break;
        q = static_cast<size_t>(part.data() - t.data()) + part.size();
        whole = t.substr(static_cast<size_t>(owner.data() - t.data()),
                         q - static_cast<size_t>(owner.data() - t.data()));
      }
      const bool shares_noun = [&] {
        for (std::string_view tail : {"anteilen", "anteile", "aktien", "acciones", "shares"}) {
          if (whole.size() >= tail.size() &&
              EqualsLowerAscii(whole.substr(whole.size() - tail.size()), tail)) {
            return true;
          }
        }
        return InListLower(owner,
                           {"compañía", "empresa", "grupo", "sociedad", "company", "firm", "group",
                            "unternehmens", "konzerns", "firma", "capital", "kapitals"});
      }();
      // An English verb of owning also owns one thing named in the singular ("own 30% of the
      // project"; not goods in the plural: "owns 35% of the vehicles"; not Spanish, where
      // "posee el 20 % de la producción" is a share of an output).
      const bool name = capital_name && !In(Lang::kDe);
      // Nor land or territory ("own 30% of the land", "of the territory"): a share of it.
      const bool one_thing =
          In(Lang::kEn) && !owner.empty() && owner.back() != 's' &&
          !InListLower(owner, {"land", "farmland", "territory", "soil", "acreage", "area"});
      if ((holder == Holder::kOwns && (shares_noun || name || one_thing)) ||
          (holder == Holder::kHolds && (shares_noun || name))) {
        return kStake;
      }
    }
    // "Vor der Stichwahl stützen 46 Prozent der Befragten die Amtsinhaberin": those asked in a
    // sentence about an election, a party or a referendum's side are a poll, as after
    // "Umfrage".
    if (InListLower(owner, {"befragten", "encuestados", "respondents"}) &&
        (HasCue(hits_, Cue::kVote) || HasCue(hits_, Cue::kPoll))) {
      return kVoteShare;
    }
    return HasCue(hits_, Cue::kMarket) && !buyers ? kMarketShare : kShare;
  }
  // "a 44% stake", "a 5% margin".
  if (std::string_view m = CueRightAfter(f, t, e_, hits_); !m.empty()) return m;
  // "TCI, which holds about 5%, …", "Velmar besitzt 12 Prozent.": owned, no whole named.
  // Not in a sentence about a vote, a poll or a party ("Labour held 35% in the poll"), nor
  // one of a list of results ("Labour held 35%, the Greens 12%").
  if (HolderVerbBefore(t, s_, f) != Holder::kNone && !HasCue(hits_, Cue::kVote) &&
      !HasCue(hits_, Cue::kPoll) && !HasCue(hits_, Cue::kSurvey) &&
      !HasCue(hits_, Cue::kSurveyVote)) {
    size_t p = f.end;
    while (p < e_ && t[p] == ' ') ++p;
    // Another percentage within four words after the comma: a list of results.
    const auto listed = [&] {
      size_t q = p + 1;
      for (int k = 0; k < 5; ++k) {
        if (PercentLevelAt(t, q, e_)) return true;
        const std::string_view w = WordAfter(t, q, e_);
        if (w.empty()) return false;
        q = static_cast<size_t>(w.data() - t.data()) + w.size();
      }
      return false;
    };
    if (p >= e_ || std::string_view(".;)").find(t[p]) != std::string_view::npos ||
        (t[p] == ',' && !listed())) {
      return kStake;
    }
  }
  // "7% more than in 2003", "un 20 % más", "5 Prozent weniger": a change. Not after a
  // Spanish definite article: "el 1 % más rico", "el 50 % más un voto" name a part.
  if (InListLower(WordAfter(t, f.end, e_),
                  {"more", "less", "higher", "lower", "mehr", "weniger", "más", "menos"}) &&
      !InListLower(WordBeforeBlanks(t, s_, f.start), {"el", "la", "los", "las"})) {
    return kGrowth;
  }
  // Other comparatives after the rate too: "9% smaller than", "3% cheaper than a year ago",
  // "fünf Prozent niedriger als", "un 50 % mayor que" (not a level held "mit 17 Prozent höher
  // als …": what is compared there is named elsewhere).
  if (const std::string_view cmp = WordAfter(t, f.end, e_);
      cmp.size() >= 5 && cmp[cmp.size() - 1] == 'r' &&  // all of them end in "-er" / "-or"
      InListLower(cmp, {"höher", "niedriger", "größer", "kleiner", "stärker", "schwächer", "teurer",
                        "billiger", "günstiger", "bigger", "smaller", "larger", "stronger",
                        "weaker", "cheaper", "mayor", "menor", "superior", "inferior"}) &&
      !InListLower(WordBeforeBlanks(t, s_, f.start), {"el", "la", "los", "las", "mit", "with"})) {
    return kGrowth;
  }
  // "um 6 Prozent über dem Plan", "um (rund) 40 Prozent unter": a difference, as above (not
  // "über 5 Prozent": more than, no "um").
  if (InListLower(WordAfter(t, f.end, e_), {"über", "unter"})) {
    size_t ws = f.start;
    for (int k = 0; k < 3; ++k) {
      const std::string_view w = WordBeforeBlanks(t, s_, ws);
      if (InListLower(w, {"um"})) return kGrowth;
      if (!InListLower(w, {"rund", "etwa", "knapp", "gut", "fast", "ca"})) break;
      ws = static_cast<size_t>(w.data() - t.data());
    }
  }
  // "closed 25% above the issue price", "30% below its peak", "un 15 % por encima de la
  // media": a difference from a value (decided at the end: only where a share or a stake would
  // result).
  const bool above_below = AboveBelowDifference(f, t, s_, e_);
  // A change stated as a rate is growth: "stieg um 5 Prozent", "cayó un 2 %", "fell 36%",
  // "a 15% rise", "+3 %" - but not a level reached ("auf 5 Prozent", "to 5%", "al 5 %").
  std::string_view before = WordBeforeBlanks(t, s_, f.start);
  // "dropped to below 90%", "rose to almost 5%": the level behind its qualifier.
  if (InListLower(before, {"below", "above", "under", "almost", "nearly", "around", "about",
                           "roughly", "just"}) &&
      InListLower(WordBeforeBlanks(t, s_, static_cast<size_t>(before.data() - t.data())), {"to"})) {
    before = WordBeforeBlanks(t, s_, static_cast<size_t>(before.data() - t.data()));
  }
  // "en torno al 2 %", "alrededor del 5 %" are qualifiers, not a level reached.
  const std::string_view before2 =
      before.empty() ? before
                     : WordBeforeBlanks(t, s_, static_cast<size_t>(before.data() - t.data()));
  // Nor is "up to 25%" (a bound: "fee increases of up to 25%").
  bool level = InListLower(before, {"auf", "to", "at", "al", "hasta", "en", "bei"}) &&
               !InListLower(before2, {"torno", "alrededor", "cerca"}) &&
               !(InListLower(before, {"to"}) && InListLower(before2, {"up"}));
  // "may sink as low as 4.1%", "rise as high as 9%": a level reached too.
  if (!level && InListLower(before, {"as"}) && InListLower(before2, {"low", "high"})) level = true;
  // Spanish: a level reached behind its qualifier ("bajar el nivel a alrededor del 30 %",
  // "aumenta a más del 50 %", "hasta casi el 5 %").
  if (!level && In(Lang::kEs) && InListLower(before, {"del", "de", "el", "al", "a"})) {
    std::string_view q = before2;
    if (InListLower(q, {"torno"})) {  // "en torno al"
      q = WordBeforeBlanks(t, s_, static_cast<size_t>(q.data() - t.data()));
    }
    if (InListLower(q, {"alrededor", "cerca", "más", "menos", "casi", "en"})) {
      const std::string_view w3 = WordBeforeBlanks(t, s_, static_cast<size_t>(q.data() - t.data()));
      level = InListLower(w3, {"a", "al", "hasta"});
    }
  }
  // "von 6 auf 11 Prozent", "del 22 al 27 por ciento", "from 18% to 16%": the level a change
  // started from is a level too (what it measures is named, not the change). Not the amount
  // of a change before the level an amount reached ("legte um 3,1 Prozent auf 42 Euro zu").
  if (!level && InListLower(before, {"von", "from", "de", "del"})) {
    const std::string_view to = WordAfter(t, f.end, e_);
    level = InListLower(to, {"auf", "to", "a", "al", "hasta"}) &&
            PercentLevelAt(t, static_cast<size_t>(to.data() - t.data()) + to.size(), e_);
  }
  // Spanish: "se reduce a 18 %" (a verb of change right before "a"), "bajará a un 1,5 %": the
  // level reached ("un" after "en" is the amount: "aumentó en un 8 %"; "hasta un" is "up to").
  // Not an English article before a change noun: "notched up a 10% increase".
  if (!level && In(Lang::kEs) && InListLower(before, {"un"}) && InListLower(before2, {"a"})) {
    level = true;
  }
  if (!level && In(Lang::kEs) && InListLower(before, {"a"}) && !before2.empty()) {
    const auto at = static_cast<size_t>(before2.data() - t.data());
    const std::string_view next = WordAfter(t, f.end, e_);
    const auto next_at = static_cast<size_t>(next.data() - t.data());
    bool verb_before = false, change_after = false;
    for (const CueHit& h : hits_) {
      if (kCues[h.cue].cue != Cue::kChange) continue;
      verb_before = verb_before || h.start == at;
      change_after = change_after || (!next.empty() && h.start == next_at);
    }
    level = verb_before && !change_after;
  }
  // "Handel (+0,4 Prozent)": a plus sign the figure's surface left out signs it too.
  bool signed_figure = (!f.surface.empty() && (f.surface[0] == '+' || f.surface[0] == '-')) ||
                       (f.start > s_ && t[f.start - 1] == '+');
  if (signed_figure) return kGrowth;
  if (!InListLower(before, {"by"})) {
    // A rate's level may also be a bound or a starting point ("inflation fell below 10%",
    // "the jobless rate rose from 4.6%").
    const bool rate_level = level || InListLower(before, {"below", "above", "under", "from"});
    if (std::string_view r =
            In(Lang::kEn) ? RateLevelBeforeEn(f, t, s_, hits_, rate_level) : std::string_view();
        !r.empty()) {
      return r;
    }
  }
  // "borrowing is rising at 12% a year", "spending grew at 3.8%": the pace of a change, not a
  // level it stands at.
  if (InListLower(before, {"at"}) &&
      InListLower(before2, {"rising", "growing", "falling", "increasing", "expanding", "declining",
                            "shrinking", "rose", "grew", "fell", "increased", "expanded",
                            "declined", "shrank"})) {
    return kGrowth;
  }
  if (!level) {
    // "gaben 8 Prozent nach", "legte 3 Prozent zu": a German separable verb of a change.
    if (In(Lang::kDe) && SeparableChangeDe(f, t, s_, e_)) return kGrowth;
    // "um (etwa) 1 %", "by 5%": the amount of a change stated anywhere in the sentence.
    size_t ws = f.start;
    for (int k = 0; k < 3; ++k) {
      std::string_view w = WordBeforeBlanks(t, s_, ws);
      if (w.empty()) break;
      if (InListLower(w, {"um"}) && HasCue(hits_, Cue::kChangeAfterUm)) return kGrowth;
      if (InListLower(w, {"um", "by"}) && HasCue(hits_, Cue::kChange)) return kGrowth;
      if (InListLower(w, {"by"})) return kGrowth;  // "grew by a stunning 7.8%"
      // Spanish "(subió) en un 6 %", "las de la luz, en un 11 %": the amount of a change.
      if (k == 1 && InListLower(w, {"en"}) &&
          InListLower(WordBeforeBlanks(t, s_, f.start), {"un", "una"}) &&
          HasCue(hits_, Cue::kChange)) {
        return kGrowth;
      }
      ws = static_cast<size_t>(w.data() - t.data());
    }
    for (const CueHit& h : hits_) {
      // "raised 7.8%", "raise prices 5%": a change (elsewhere "raise" is funding).
      const bool change =
          kCues[h.cue].cue == Cue::kChange ||
          (kCues[h.cue].cue == Cue::kFunding && kCues[h.cue].text.starts_with("raise"));
      if (!change || h.start < lo || h.end > hi) continue;
      const bool near_before = h.end <= f.start && f.start - h.end <= 48;
      // Not across a condition: "el 3 %, si cae a 12 dólares", "5% if prices fall".
      // Nor across a clause's comma: "ronda el 7 % en el país, aunque sube al 11 % en …".
      const bool near_after = h.start >= f.end && h.start - f.end <= 24 &&
                              !HasConditionWord(t.substr(f.end, h.start - f.end)) &&
                              t.substr(f.end, h.start - f.end).find(", ") == std::string_view::npos;
      if (near_before || near_after) return kGrowth;
    }
  }
  std::string_view m =
      BestMetric(f, hits_, lo, hi, level ? Cue::kChange : Cue::kNone, Cue::kNone, t);
  const bool whole_sentence = lo <= s_ && hi >= e_;
  // English: the level an economy's growth rate reaches is still its growth ("GDP growth
  // slowed to 2%", "GDP is expected at 2.7%", "an economy growing at 4%", "the forecast trimmed
  // from 2.4% to 1.1%" after a growth noun), when no other measure is named.
  if (m.empty() && whole_sentence && level && In(Lang::kEn) && GrowthNounBeforeEn(t, s_, f.start)) {
    return kGrowth;
  }
  // Any other percentage is a proportion of something (decided on the whole sentence).
  if (m.empty() && whole_sentence) m = kShare;
  // A difference from a value ("20% below its peak") where a share or a stake would result:
  // never a level reached or held ("rose to 4% above the target", "reached", "at"), nor a rate
  // named in the sentence (inflation, unemployment, a tax rate, a margin, an interest rate).
  if (above_below && (m == kShare || m == kStake) && !level &&
      !InListLower(before, {"reached", "reach", "reaches", "reaching", "hit", "hits"}) &&
      !HasCue(hits_, Cue::kInterest) && !HasCue(hits_, Cue::kInflation) &&
      !HasCue(hits_, Cue::kUnemployment) && !HasCue(hits_, Cue::kMargin) &&
      !HasCue(hits_, Cue::kTax)) {
    return kGrowth;
  }
  return m;
}

bool MetricClassifier::ComparisonBetween(size_t lo, size_t hi) const {
  size_t p = hi;
  std::string_view w = WordBeforeBlanks(text_, lo, p);
  if (InListLower(w, {"al", "el", "la", "los", "las", "a", "an", "the", "den", "dem", "die"})) {
    p = static_cast<size_t>(w.data() - text_.data());
    w = WordBeforeBlanks(text_, lo, p);
  }
  // "frente al" / "frente a los": the article was taken off above.
  if (InListLower(w, {"gegenüber", "versus", "vs", "against", "frente"})) return true;
  if (InListLower(w, {"a", "with", "to"})) {
    const std::string_view w2 =
        WordBeforeBlanks(text_, lo, static_cast<size_t>(w.data() - text_.data()));
    return InListLower(w2, {"frente", "compared", "respecto"});
  }
  return false;
}

bool MetricClassifier::StartingLevelEn(const Figure& prev, const Figure& f) const {
  if (!In(Lang::kEn)) return false;
  if (prev.end > f.start || f.start - prev.end > 120) return false;
  size_t p = f.start;
  std::string_view w = WordBeforeBlanks(text_, prev.end, p);
  // "from just 5%", "from an expected 2.9%".
  for (int k = 0; k < 2 && InListLower(w, {"just", "about", "around", "nearly", "almost", "roughly",
                                           "an", "a", "expected", "estimated"});
       ++k) {
    p = static_cast<size_t>(w.data() - text_.data());
    w = WordBeforeBlanks(text_, prev.end, p);
  }
  if (!InListLower(w, {"from"})) return false;
  const size_t from = static_cast<size_t>(w.data() - text_.data());
  // ", down from 39%", "- up from 7%": the change's base, however far the figure before.
  std::string_view before = WordBeforeBlanks(text_, prev.end, from);
  if (InListLower(before, {"up", "down"})) {
    const std::string_view gap = text_.substr(prev.end, from - prev.end);
    return gap.find_first_of(",-") != std::string_view::npos;
  }
  // "to 22% from 31%": right after a level reached.
  if (text_.substr(prev.end, from - prev.end).find_first_not_of(' ') != std::string_view::npos) {
    return false;
  }
  return InListLower(WordBeforeBlanks(text_, s_, prev.start), {"to"});
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

MetricClassifier::NounCue MetricClassifier::CueIn(size_t lo, size_t hi) const {
  NounCue out = NounCue::kNone;
  for (const Hit& h : hits_) {
    if (h.start < lo || h.start >= hi) continue;
    const Cue c = kCues[h.cue].cue;
    if (c == Cue::kPopulation || c == Cue::kEmployees) {
      if (out == NounCue::kNone) out = NounCue::kPeople;
    } else if (c != Cue::kNone && c != Cue::kListHead && c != Cue::kRespectively) {
      return NounCue::kMeasure;
    }
  }
  return out;
}

bool MetricClassifier::NamesNoMeasure(size_t lo, size_t hi, std::string_view label) const {
  const std::string_view t = text_;
  for (const Hit& h : hits_) {
    if (h.start < lo || h.start >= hi) continue;
    const CueWord& cw = kCues[h.cue];
    if (!label.empty() && MetricFor(cw.cue, FigureKind::kPercent, hits_) == label) continue;
    switch (cw.cue) {
      case Cue::kNone:
      case Cue::kChange:
      case Cue::kChangeAfterUm:
      case Cue::kPoll:
      case Cue::kPlan:
      case Cue::kLimit:
      case Cue::kListHead:
      case Cue::kRespectively:
        continue;
      case Cue::kPopulation:
      case Cue::kEmployees:
        // People out of work after a jobless rate ("the young fare worse, with 19% out of
        // work"), voters and lists after a vote ("die Bürgerliste kam auf 21 Prozent"); a
        // share of people or staff after any other rate is theirs.
        if (label == metrics::kUnemploymentRate || label == metrics::kVoteShare) continue;
        return false;
      case Cue::kShare:
      case Cue::kFee: {  // Spanish "tasa": a rate of what follows it
        // The noun alone ("Quote", "Anteile", "cuotas", "la tasa"; not "Frauenanteil", "share
        // of", the payout ratio "Ausschüttungsquote"), with no whole after it ("la tasa de
        // mortalidad", "der Anteil der Frauen").
        if (cw.strength != 0 || cw.text.ends_with(" of") ||
            (h.start > 0 && WordByteAt(t, h.start - 1))) {
          return false;
        }
        size_t we = h.end;
        while (we < e_ && WordByteAt(t, we)) ++we;
        if (we - h.end > 2) return false;  // "Anteilseigner", "proporcional"
        const std::string_view w = WordAfter(t, we, e_);
        if (InListLower(w, {"der", "des", "aller", "an", "am", "de", "del", "of"})) return false;
        if (InListLower(w, {"von"})) {
          const std::string_view next =
              WordAfter(t, static_cast<size_t>(w.data() - t.data()) + w.size(), e_);
          if (next.empty() || !scan::IsDigit(next[0])) return false;  // "Anteil von Frauen"
        }
        continue;
      }
      default:
        return false;
    }
  }
  return true;
}

std::string_view MetricClassifier::LastPercentCue(size_t lo, size_t hi, size_t* word_end) const {
  std::string_view label;
  for (const Hit& h : hits_) {
    if (h.start < lo || h.start >= hi) continue;
    const Cue c = kCues[h.cue].cue;
    if (c == Cue::kChange || c == Cue::kChangeAfterUm) continue;
    // A poll or survey names no vote by itself: its answers are shares of those asked.
    if (c == Cue::kSurvey || c == Cue::kSurveyVote) continue;
    const std::string_view m = MetricFor(c, FigureKind::kPercent, hits_);
    if (m.empty()) continue;
    label = m;
    *word_end = h.end;
    while (*word_end < text_.size() && WordByteAt(text_, *word_end)) ++*word_end;
  }
  return label;
}

namespace {

// Spanish words that make "de" + word an adverbial phrase, not a whole ("un 6 % de forma
// interanual", "un 7 % de media", "un 4 % de enero a marzo"). WholeAfter.
bool AdverbialAfterDe(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "media",      "promedio",  "forma",   "manera",    "modo",     "nuevo", "enero",
      "febrero",    "marzo",     "abril",   "mayo",      "junio",    "julio", "agosto",
      "septiembre", "setiembre", "octubre", "noviembre", "diciembre"};
  static const scan::LowerWordSet kSet(kWords);
  return kSet.Contains(w);
}

}  // namespace

bool MetricClassifier::WholeAfter(const Figure& f) const {
  if (!ShareOf(text_, f, e_)) return false;
  const std::string_view of = WordAfter(text_, f.end, e_);
  if (!EqualsLowerAscii(of, "de")) return true;
  return !AdverbialAfterDe(
      WordAfter(text_, static_cast<size_t>(of.data() - text_.data()) + of.size(), e_));
}

bool MetricClassifier::BareShare(const Figure& f, size_t lo, std::string_view label) const {
  if (f.kind != FigureKind::kPercent || f.unit == "pp") return false;
  // "X Prozent von …", "X Prozent davon" (of the whole before); "of them", "de ellos":
  // ShareOf.
  if (ShareOf(text_, f, e_) || InListLower(WordAfter(text_, f.end, e_), {"von", "davon"})) {
    return false;
  }
  return NamesNoMeasure(std::max(lo, s_), e_, label);
}

}  // namespace newsfacts::extract
