// Attribution of hand-built figures (spans as a figure extractor reports them) to entity,
// counterpart, metric, period and sentence, in German, Spanish and English.
#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "extract/attribution.h"
#include "extract/entity_matcher.h"
#include "extract/gazetteer.h"
#include "extract/metrics.h"

namespace nf = newsfacts::extract;

namespace {

struct Spec {
  std::string surface;  // the figure's own span, located in the text (k-th occurrence)
  nf::FigureKind kind;
  int occurrence = 0;
};

// Locates each figure span in `text`, finds the entity mentions and attributes.
std::vector<nf::Figure> Run(const std::string& text, nf::Lang lang,
                            const std::vector<Spec>& specs) {
  static const nf::EntityMatcher matcher(nf::Gazetteer::Default());
  std::vector<nf::Figure> figs;
  for (const Spec& s : specs) {
    size_t at = text.find(s.surface);
    for (int k = 0; k < s.occurrence && at != std::string::npos; ++k) {
      at = text.find(s.surface, at + 1);
    }
    REQUIRE(at != std::string::npos);
    nf::Figure f;
    f.kind = s.kind;
    f.start = static_cast<uint32_t>(at);
    f.end = static_cast<uint32_t>(at + s.surface.size());
    f.surface = s.surface;
    figs.push_back(f);
  }
  std::vector<nf::EntityMention> mentions;
  matcher.Find(text, lang, nf::Field::kBody, &mentions);
  nf::Attribute(text, lang, mentions, nf::Gazetteer::Default(), &figs);
  for (const nf::Figure& f : figs) {
    if (!f.metric.empty()) CHECK(nf::metrics::IsMetric(f.metric));
  }
  return figs;
}

constexpr auto kMoney = nf::FigureKind::kMoney;
constexpr auto kPercent = nf::FigureKind::kPercent;
constexpr auto kCount = nf::FigureKind::kCount;
constexpr auto kDe = nf::Lang::kDe;
constexpr auto kEs = nf::Lang::kEs;

}  // namespace

TEST_CASE("attribution: subject of the clause (de)", "[attribution]") {
  std::string text =
      "Vorwort.\nByteDance, der Eigentümer von TikTok, plant, bis 2025 12 Milliarden "
      "US-Dollar für KI-Chips auszugeben. Weiterer Satz.";
  auto f = Run(text, kDe, {{"12 Milliarden US-Dollar", kMoney}});
  CHECK(f[0].entity == "ByteDance");
  CHECK(f[0].metric == "budget");
  CHECK(f[0].period == "2025");
  CHECK(f[0].sentence ==
        "ByteDance, der Eigentümer von TikTok, plant, bis 2025 12 Milliarden US-Dollar für "
        "KI-Chips auszugeben.");
}

TEST_CASE("attribution: subject of the clause (es)", "[attribution]") {
  std::string text =
      "Al cierre de 2022, Microsoft ocupará el primer lugar con cerca del 20% del volumen "
      "de compra.";
  auto f = Run(text, kEs, {{"20%", kPercent}});
  CHECK(f[0].entity == "Microsoft");
  CHECK(f[0].metric == "share");  // of all purchases, not of the market
  CHECK(f[0].period == "2022");
}

TEST_CASE("attribution: genitive before the figure (de)", "[attribution]") {
  std::string text =
      "Technologieunternehmen haben laut Omdia im Jahr 2024 schätzungsweise 229 Milliarden "
      "US-Dollar für Server ausgegeben, angeführt von Microsofts 31 Milliarden US-Dollar an "
      "Investitionen und Amazons 26 Milliarden US-Dollar.";
  auto f = Run(text, kDe,
               {{"229 Milliarden US-Dollar", kMoney},
                {"31 Milliarden US-Dollar", kMoney},
                {"26 Milliarden US-Dollar", kMoney}});
  CHECK(f[0].entity.empty());  // market-wide; Omdia is only the source
  CHECK(f[0].metric == "spend");
  CHECK(f[1].entity == "Microsoft");
  CHECK(f[1].metric == "spend");
  CHECK(f[2].entity == "Amazon");
  CHECK(f[2].metric == "spend");
  CHECK(f[1].period == "2024");
}

TEST_CASE("attribution: 'von X erworben' after the figure (de)", "[attribution]") {
  std::string text =
      "ByteDance bestellte 230.000 Chips von Nvidia, verglichen mit 485.000 Chips, die von "
      "Microsoft gekauft wurden, und den 224.000, die von Meta erworben wurden.";
  auto f =
      Run(text, kDe, {{"230.000 Chips", kCount}, {"485.000 Chips", kCount}, {"224.000", kCount}});
  CHECK(f[0].entity == "ByteDance");
  CHECK(f[0].counterpart == "Nvidia");
  CHECK(f[0].metric == "orders");
  CHECK(f[1].entity == "Microsoft");
  CHECK(f[1].metric == "purchases");
  CHECK(f[2].entity == "Meta");
  CHECK(f[2].metric == "purchases");
}

TEST_CASE("attribution: 'de X' before the figure (es)", "[attribution]") {
  std::string text =
      "Para fines de 2022, las compras de servidores de IA de ByteDance aumentarán "
      "significativamente y representarán el 6 % del mercado.";
  auto f = Run(text, kEs, {{"6 %", kPercent}});
  CHECK(f[0].entity == "ByteDance");
  CHECK(f[0].metric == "share");  // of all purchases, not of the market
  CHECK(f[0].period == "2022");
}

TEST_CASE("attribution: 'de X' after the figure (es) and 'von X' (de)", "[attribution]") {
  auto es = Run("Alrededor del 60 % de los pedidos de ByteDance irán a Huawei.", kEs,
                {{"60 %", kPercent}});
  CHECK(es[0].entity == "ByteDance");
  CHECK(es[0].metric == "share");
  auto de = Run("Etwa 60 Prozent der Halbleiterbestellungen von ByteDance gehen an Huawei.", kDe,
                {{"60 Prozent", kPercent}});
  CHECK(de[0].entity == "ByteDance");
  CHECK(de[0].metric == "share");
  CHECK(de[0].counterpart == "Huawei");
}

TEST_CASE("attribution: respectively lists (es, de, en)", "[attribution]") {
  auto es =
      Run("Microsoft ocupará el primer lugar con cerca del 20% del volumen de compra, seguido por "
          "Google, Meta y AWS, alcanzando el 17%, 15% y 14% respectivamente.",
          kEs, {{"20%", kPercent}, {"17%", kPercent}, {"15%", kPercent}, {"14%", kPercent}});
  CHECK(es[0].entity == "Microsoft");
  CHECK(es[1].entity == "Google");
  CHECK(es[2].entity == "Meta");
  CHECK(es[3].entity == "AWS");
  for (const auto& f : es) CHECK(f.metric == "share");

  auto de = Run("Alibaba und Tencent erreichten Marktanteile von 12 % beziehungsweise 9 %.", kDe,
                {{"12 %", kPercent}, {"9 %", kPercent}});
  CHECK(de[0].entity == "Alibaba");
  CHECK(de[1].entity == "Tencent");
  CHECK(de[0].metric == "market_share");
  CHECK(de[1].metric == "market_share");

  auto en = Run("Baidu, Alibaba and Tencent grew revenue by 5%, 7% and 9% respectively.",
                nf::Lang::kEn, {{"5%", kPercent}, {"7%", kPercent}, {"9%", kPercent}});
  CHECK(en[0].entity == "Baidu");
  CHECK(en[1].entity == "Alibaba");
  CHECK(en[2].entity == "Tencent");
}

TEST_CASE("attribution: parenthetical conversions are one fact (de, es)", "[attribution]") {
  auto de =
      Run("ByteDance wächst schnell. Das in Peking ansässige Unternehmen hat für das Jahr 2025 ein "
          "Budget von 40 Milliarden RMB (5,5 Milliarden US-Dollar) für KI-Chips vorgesehen.",
          kDe, {{"40 Milliarden RMB", kMoney}, {"5,5 Milliarden US-Dollar", kMoney}});
  CHECK(de[0].entity == "ByteDance");
  CHECK(de[0].metric == "budget");
  CHECK(de[0].period == "2025");
  CHECK(de[1].entity == "ByteDance");
  CHECK(de[1].metric == "budget");
  CHECK(de[1].period == "2025");

  auto es =
      Run("Alibaba invertirá 380.000 millones de yuanes (53.000 millones de dólares) en "
          "infraestructura de IA.",
          kEs, {{"380.000 millones de yuanes", kMoney}, {"53.000 millones de dólares", kMoney}});
  CHECK(es[0].entity == "Alibaba");
  CHECK(es[0].metric == "investment");
  CHECK(es[1].entity == "Alibaba");
  CHECK(es[1].metric == "investment");
}

TEST_CASE("attribution: nominal references to an earlier entity", "[attribution]") {
  auto konzern =
      Run("ByteDance baut Rechenzentren in Malaysia. Der Konzern plant außerdem, rund 6,8 "
          "Milliarden US-Dollar im Ausland zu investieren.",
          kDe, {{"6,8 Milliarden US-Dollar", kMoney}});
  CHECK(konzern[0].entity == "ByteDance");
  CHECK(konzern[0].metric == "investment");

  auto mutter =
      Run("TikTok ist beliebt. Der Mutterkonzern von TikTok hat 2 Milliarden Dollar für "
          "Nvidia-Chips ausgegeben.",
          kDe, {{"2 Milliarden Dollar", kMoney}});
  CHECK(mutter[0].entity == "ByteDance");
  CHECK(mutter[0].metric == "spend");
  CHECK(mutter[0].counterpart == "Nvidia");

  auto pronoun =
      Run("ByteDance ist der größte Kunde für Nvidia in China. Im Jahr 2024 bestellte es etwa "
          "230.000 von Nvidias Chips.",
          kDe, {{"230.000", kCount}});
  CHECK(pronoun[0].entity == "ByteDance");
  CHECK(pronoun[0].counterpart == "Nvidia");
  CHECK(pronoun[0].metric == "orders");
  CHECK(pronoun[0].period == "2024");

  auto compania =
      Run("Inspur Information domina el mercado chino. La compañía registró ingresos de 10.000 "
          "millones de yuanes en 2023.",
          kEs, {{"10.000 millones de yuanes", kMoney}});
  CHECK(compania[0].entity == "Inspur");
  CHECK(compania[0].metric == "revenue");
  CHECK(compania[0].period == "2023");

  auto company =
      Run("Nvidia reported strong results. The company said revenue reached 30 billion dollars.",
          nf::Lang::kEn, {{"30 billion dollars", kMoney}});
  CHECK(company[0].entity == "Nvidia");
  CHECK(company[0].metric == "revenue");
}

TEST_CASE("attribution: metrics from German and Spanish cues", "[attribution]") {
  auto orders =
      Run("Bytedance soll bereits über 100.000 Huawei Ascend 910B Chips bestellt, aber bis Juli "
          "weniger als 30.000 erhalten haben.",
          kDe, {{"100.000", kCount}, {"30.000", kCount}});
  CHECK(orders[0].metric == "orders");
  CHECK(orders[0].counterpart == "Huawei Ascend 910B");
  CHECK(orders[1].metric == "shipments");
  CHECK(orders[1].entity == "ByteDance");

  auto users = Run("TikTok hat den Dienst für 170 Millionen US-Nutzer wiederhergestellt.", kDe,
                   {{"170 Millionen US-Nutzer", kCount}});
  CHECK(users[0].entity == "TikTok");
  CHECK(users[0].metric == "users");

  auto valued =
      Run("ByteDance bewertete sich bei einem Aktienrückkauf mit 300 Milliarden US-Dollar.", kDe,
          {{"300 Milliarden US-Dollar", kMoney}});
  CHECK(valued[0].metric == "valuation");

  auto stake = Run("Ein US-Unternehmen soll zu 50 Prozent an TikTok beteiligt sein.", kDe,
                   {{"50 Prozent", kPercent}});
  CHECK(stake[0].entity == "TikTok");
  CHECK(stake[0].metric == "stake");

  auto revenue =
      Run("Nvidia verzeichnete einen Umsatz von 11,6 Milliarden US-Dollar aus China, oder etwa "
          "13 Prozent seines globalen Gesamtumsatzes.",
          kDe, {{"11,6 Milliarden US-Dollar", kMoney}, {"13 Prozent", kPercent}});
  CHECK(revenue[0].metric == "revenue");
  CHECK(revenue[1].metric == "share");
  CHECK(revenue[1].entity == "Nvidia");

  auto envios =
      Run("Los envíos al mercado mundial alcanzarán las 850 000 unidades en 2022, un aumento de "
          "aproximadamente el 11 % interanual.",
          kEs, {{"850 000 unidades", kCount}, {"11 %", kPercent}});
  CHECK(envios[0].metric == "shipments");
  CHECK(envios[1].metric == "growth");

  auto cuota = Run("Inspur tiene una cuota de mercado del 28,1 %.", kEs, {{"28,1 %", kPercent}});
  CHECK(cuota[0].metric == "market_share");
  auto beneficio =
      Run("El beneficio neto de Inspur Information cayó entre un 88 % y un 99 % interanual.", kEs,
          {{"88 % y un 99 %", kPercent}});
  CHECK(beneficio[0].metric == "growth");
  CHECK(beneficio[0].entity == "Inspur");
  auto precio = Run("El precio subió a 1,3 millones cada uno.", kEs, {{"1,3 millones", kMoney}});
  CHECK(precio[0].metric == "price");
  auto presupuesto = Run("Baidu aprobó un presupuesto de 2.000 millones de dólares.", kEs,
                         {{"2.000 millones de dólares", kMoney}});
  CHECK(presupuesto[0].metric == "budget");
  auto empleados = Run("Huawei tiene 207.000 empleados.", kEs, {{"207.000", kCount}});
  CHECK(empleados[0].metric == "employees");
  auto mitarbeiter =
      Run("Infineon beschäftigt 58.000 Mitarbeiter.", kDe, {{"58.000 Mitarbeiter", kCount}});
  CHECK(mitarbeiter[0].metric == "employees");
  CHECK(mitarbeiter[0].entity == "Infineon");
}

TEST_CASE("attribution: market-wide figures and sources get no entity", "[attribution]") {
  auto de =
      Run("Es wird erwartet, dass die weltweiten Serverlieferungen um etwa 1 % steigen werden. "
          "Laut TrendForce werden bis Ende 2026 rund 200.000 KI-Server ausgeliefert.",
          kDe, {{"1 %", kPercent}, {"200.000", kCount}});
  CHECK(de[0].entity.empty());
  CHECK(de[0].metric == "growth");
  CHECK(de[1].entity.empty());
  CHECK(de[1].metric == "shipments");
  CHECK(de[1].period == "2026");

  auto es =
      Run("Según IDC, el mercado global de servidores de IA superará los 20 mil millones de "
          "dólares.",
          kEs, {{"20 mil millones de dólares", kMoney}});
  CHECK(es[0].entity.empty());
  CHECK(es[0].metric == "market_size");
}

TEST_CASE("attribution: places and platforms after a preposition are not the entity",
          "[attribution]") {
  auto de = Run("In der EU sank sie im Vorjahr von 31,4 auf 30,6 Prozent.", kDe,
                {{"31,4", kPercent}, {"30,6 Prozent", kPercent}});
  CHECK(de[1].entity.empty());
  auto tw = Run("Wie Newman auf Twitter verkündete, stiegen die Verkäufe um 74 Prozent.", kDe,
                {{"74 Prozent", kPercent}});
  CHECK(tw[0].entity.empty());
  CHECK(tw[0].metric == "growth");  // "Verkäufe" (sales) is not "Käufe" (purchases)
  auto es = Run("Google vendió 5 millones de teléfonos en 2015.", kEs,
                {{"5 millones de teléfonos", kCount}});
  CHECK(es[0].entity == "Google");
  CHECK(es[0].metric == "units_sold");
  CHECK(es[0].period == "2015");
}

TEST_CASE("attribution: a nominal reference does not reach far back", "[attribution]") {
  std::string filler(700, ' ');
  std::string text = "Siemens baut Züge." + filler +
                     "Oberhalb der Gruppe riss ein Schneebrett die Frauen 150 Meter weit mit.";
  auto f = Run(text, kDe, {{"150 Meter", nf::FigureKind::kQuantity}});
  CHECK(f[0].entity.empty());
  auto near = Run("Siemens baut Züge. Der Konzern beschäftigt 300.000 Mitarbeiter.", kDe,
                  {{"300.000 Mitarbeiter", kCount}});
  CHECK(near[0].entity == "Siemens");
  CHECK(near[0].metric == "employees");
}

TEST_CASE("attribution: market capitalisation is a valuation", "[attribution]") {
  auto f = Run("Microsoft kommt auf eine Marktkapitalisierung von 532 Milliarden US-Dollar.", kDe,
               {{"532 Milliarden US-Dollar", kMoney}});
  CHECK(f[0].entity == "Microsoft");
  CHECK(f[0].metric == "valuation");
}

TEST_CASE("attribution: unrelated words do not become entities or metrics", "[attribution]") {
  auto f =
      Run("Die Gemeinde meldete 1.200 Besucher beim Stadtfest 2023.", kDe, {{"1.200", kCount}});
  CHECK(f[0].entity.empty());
  CHECK(f[0].counterpart.empty());
  CHECK(f[0].metric == "visitors");  // the counted noun names the measure
  auto es = Run("La meta es llegar a 500 socios este año.", kEs, {{"500", kCount}});
  CHECK(es[0].entity.empty());
}

namespace {

// `names` (entity, type) located in `text` (first occurrence each, in text order), count
// figures at `counts` (first occurrence each); attributed in German.
std::vector<nf::Figure> RunNamedDe(const std::string& text,
                                   const std::vector<std::pair<std::string, nf::EntityType>>& names,
                                   const std::vector<std::string>& counts) {
  std::vector<nf::EntityMention> mentions;
  for (const auto& [name, type] : names) {
    const size_t at = text.find(name);
    REQUIRE(at != std::string::npos);
    mentions.push_back({.entity = name,
                        .type = type,
                        .start = static_cast<uint32_t>(at),
                        .end = static_cast<uint32_t>(at + name.size()),
                        .surface = name});
  }
  std::vector<nf::Figure> figs;
  for (const std::string& c : counts) {
    const size_t at = text.find(c);
    REQUIRE(at != std::string::npos);
    nf::Figure f;
    f.kind = kCount;
    f.start = static_cast<uint32_t>(at);
    f.end = static_cast<uint32_t>(at + c.size());
    f.surface = c;
    figs.push_back(f);
  }
  nf::Attribute(text, kDe, mentions, nf::Gazetteer::Default(), &figs);
  return figs;
}

}  // namespace

TEST_CASE("attribution: a count of members named by a compound counts that body's members (de)",
          "[attribution][de]") {
  constexpr auto kOrg = nf::EntityType::kOrg;
  constexpr auto kPlace = nf::EntityType::kPlace;
  auto figs = RunNamedDe("Norland ist eines von 14 Kralbund-Staaten.",
                         {{"Norland", kPlace}, {"Kralbund", kOrg}}, {"14"});
  CHECK(figs[0].entity == "Kralbund");
  figs = RunNamedDe("Die Talvero AG ist in 12 Kralbund-Ländern tätig.",
                    {{"Talvero AG", kOrg}, {"Kralbund", kOrg}}, {"12"});
  CHECK(figs[0].entity == "Kralbund");
  // Negatives: a compound that names no members, a name not right after the number.
  figs = RunNamedDe("Norland entsandte 40 Kralbund-Beobachter.",
                    {{"Norland", kPlace}, {"Kralbund", kOrg}}, {"40"});
  CHECK(figs[0].entity == "Norland");
  figs = RunNamedDe("Norland ist mit 14 Prozent einer der Kralbund-Staaten.",
                    {{"Norland", kPlace}, {"Kralbund", kOrg}}, {"14"});
  CHECK(figs[0].entity == "Norland");
}

TEST_CASE("attribution: a conversion twin keeps its figure's period when the article year goes",
          "[attribution][period]") {
  // The article's year is no period of a deal's value: the twin in brackets, which copied the
  // year, drops it too (both figures state the same amount).
  auto twins = [](const std::string& text) {
    static const nf::EntityMatcher matcher(nf::Gazetteer::Default());
    std::vector<nf::Figure> figs;
    for (const std::string s : {"400 Millionen Euro", "440 Millionen Dollar"}) {
      const size_t at = text.find(s);
      REQUIRE(at != std::string::npos);
      nf::Figure f;
      f.kind = kMoney;
      f.start = static_cast<uint32_t>(at);
      f.end = static_cast<uint32_t>(at + s.size());
      f.surface = s;
      figs.push_back(f);
    }
    figs[0].period = "2018";
    figs[0].period_from_article = true;
    std::vector<nf::EntityMention> mentions;
    matcher.Find(text, kDe, nf::Field::kBody, &mentions);
    nf::Attribute(text, kDe, mentions, nf::Gazetteer::Default(), &figs);
    return figs;
  };
  auto deal = twins(
      "Die Kralinger AG wird an der Börse mit 400 Millionen Euro (440 Millionen Dollar) "
      "bewertet.");
  INFO(deal[0].metric << " " << deal[0].period << " / " << deal[1].metric << " " << deal[1].period);
  CHECK(deal[0].period == deal[1].period);
  CHECK(deal[1].period.empty());
  // Negative: a result of the year keeps the article's year in both.
  auto revenue =
      twins("Der Umsatz der Kralinger AG stieg auf 400 Millionen Euro (440 Millionen Dollar).");
  CHECK(revenue[0].period == "2018");
  CHECK(revenue[1].period == "2018");
}

TEST_CASE("attribution: a count of towns the sentence's own subject serves stays with it",
          "[attribution][met36]") {
  constexpr auto kPlace = nf::EntityType::kPlace;
  constexpr auto kOrg = nf::EntityType::kOrg;
  const std::string text =
      "La empresa Velmar crece con fuerza. En Tarsalia, Velmar ya suministra gas a 38 "
      "municipios.";
  std::vector<nf::EntityMention> mentions;
  for (const auto& [name, type, from] :
       std::vector<std::tuple<std::string, nf::EntityType, size_t>>{
           {"Velmar", kOrg, 0}, {"Tarsalia", kPlace, 0}, {"Velmar", kOrg, 20}}) {
    const size_t at = text.find(name, from);
    REQUIRE(at != std::string::npos);
    mentions.push_back({.entity = name,
                        .type = type,
                        .start = static_cast<uint32_t>(at),
                        .end = static_cast<uint32_t>(at + name.size()),
                        .surface = name});
  }
  const std::string surface = "38 municipios";
  const size_t at = text.find(surface);
  std::vector<nf::Figure> figs(1);
  figs[0].kind = kCount;
  figs[0].unit = "municipios";
  figs[0].start = static_cast<uint32_t>(at);
  figs[0].end = static_cast<uint32_t>(at + surface.size());
  figs[0].surface = surface;
  figs[0].period = "2018";
  figs[0].period_from_article = true;
  nf::Attribute(text, kEs, mentions, nf::Gazetteer::Default(), &figs);
  CHECK(figs[0].entity == "Velmar");
}
