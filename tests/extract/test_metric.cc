// MetricClassifier: the closed metric taxonomy (extract/METRICS.md) from cue words, per
// language and figure kind; the counted noun of counts; the growth rule for rates.
#include <catch2/catch.hpp>
#include <string>

#include "extract/metric_classifier.h"
#include "extract/metrics.h"
#include "tests/extract/figure_test_util.h"

namespace nf = newsfacts::extract;
using nf::FigureKind;

namespace {

// The metric of the figure written `surface` in the one-sentence `text` of an article in
// `lang` (the classifier's language gates apply: a cue or rule of another language is off;
// nf::Lang::kUnknown keeps every cue and rule on). Each test gives its sentence's language.
// `value` defaults to a large amount (small money amounts without a cue read as prices).
std::string MetricOf(nf::Lang lang, const std::string& text, const std::string& surface,
                     FigureKind kind, const std::string& unit = "", double value = 1e9) {
  const size_t at = text.find(surface);
  REQUIRE(at != std::string::npos);
  nf::Figure f;
  f.kind = kind;
  f.unit = unit;
  f.value = value;
  f.start = static_cast<uint32_t>(at);
  f.end = static_cast<uint32_t>(at + surface.size());
  f.surface = surface;
  nf::MetricClassifier c(lang);
  c.Scan(text, 0, text.size());
  std::string m(c.Metric(f, 0, text.size()));
  if (!m.empty()) CHECK(nf::metrics::IsMetric(m));
  return m;
}

constexpr nf::Lang kDe = nf::Lang::kDe;
constexpr nf::Lang kEs = nf::Lang::kEs;
constexpr nf::Lang kEn = nf::Lang::kEn;

constexpr FigureKind kMoney = FigureKind::kMoney;
constexpr FigureKind kPercent = FigureKind::kPercent;
constexpr FigureKind kCount = FigureKind::kCount;

}  // namespace

TEST_CASE("metric: the label set is the closed taxonomy", "[metric]") {
  CHECK(nf::metrics::kAllMetrics.size() == 40);
  CHECK(nf::metrics::IsMetric("deal_value"));
  CHECK(nf::metrics::IsMetric("unemployment_rate"));
  CHECK_FALSE(nf::metrics::IsMetric("revenue_share"));
  CHECK_FALSE(nf::metrics::IsMetric("deliveries"));
  CHECK_FALSE(nf::metrics::IsMetric(""));
}

TEST_CASE("metric de: money cues", "[metric][de]") {
  CHECK(MetricOf(kDe, "Die Kralinger AG steigerte ihren Umsatz auf 4,2 Milliarden Euro.",
                 "4,2 Milliarden Euro", kMoney) == "revenue");
  CHECK(MetricOf(kDe, "Unter dem Strich blieb ein Gewinn von 310 Millionen Euro.",
                 "310 Millionen Euro", kMoney) == "profit");
  CHECK(MetricOf(kDe, "Der Versicherer schrieb einen Verlust von 12 Mio. Euro.", "12 Mio. Euro",
                 kMoney) == "loss");
  CHECK(MetricOf(kDe, "Die Stadt hat Schulden von 80 Millionen Euro angehäuft.",
                 "80 Millionen Euro", kMoney) == "debt");
  CHECK(MetricOf(kDe, "Das Ticket kostet 49 Euro.", "49 Euro", kMoney, "EUR", 49) == "price");
  CHECK(MetricOf(kDe, "Die Aktionäre erhalten eine Dividende von 1,10 Euro.", "1,10 Euro",
                 kMoney) == "dividend");
  CHECK(MetricOf(kDe, "Der Bund sagte Förderungen von 15 Mio. Euro zu.", "15 Mio. Euro", kMoney) ==
        "funding");
  CHECK(MetricOf(kDe, "Der Kaufpreis liegt bei 900 Millionen Euro.", "900 Millionen Euro",
                 kMoney) == "deal_value");
  CHECK(MetricOf(kDe, "Die Firma plant, 3 Milliarden Euro für Rechenzentren auszugeben.",
                 "3 Milliarden Euro", kMoney) == "budget");
  CHECK(MetricOf(kDe, "Das Bruttogehalt beträgt 4.100 Euro.", "4.100 Euro", kMoney) == "salary");
}

TEST_CASE("metric es: money cues", "[metric][es]") {
  CHECK(MetricOf(kEs, "La empresa Tecnovía facturó 120 millones de euros.", "120 millones de euros",
                 kMoney) == "revenue");
  CHECK(MetricOf(kEs, "El grupo Almerisa obtuvo un beneficio neto de 45 millones de euros.",
                 "45 millones de euros", kMoney) == "profit");
  CHECK(MetricOf(kEs, "El Gobierno aprobó un presupuesto de 300 millones de euros.",
                 "300 millones de euros", kMoney) == "budget");
  CHECK(MetricOf(kEs, "La deuda pública alcanzó los 1.200 millones de euros.",
                 "1.200 millones de euros", kMoney) == "debt");
  CHECK(MetricOf(kEs, "El billete cuesta 30 euros.", "30 euros", kMoney, "", 30) == "price");
  CHECK(MetricOf(kEs, "Hacienda recaudó 900 millones en impuestos especiales.", "900 millones",
                 kMoney) == "tax");
  CHECK(MetricOf(kEs, "Las exportaciones sumaron 2.000 millones de dólares.",
                 "2.000 millones de dólares", kMoney) == "trade");
}

TEST_CASE("metric es: más que before an adjective is no change", "[metric][es]") {
  CHECK(MetricOf(kEs,
                 "Ondabanco tiene una cuota de mercado del 18 %, más que suficiente para crecer.",
                 "18 %", kPercent) == "market_share");
  CHECK(MetricOf(kEs, "La cuota de mercado de Tecnovía, del 12 %, es más que evidente.", "12 %",
                 kPercent) == "market_share");
  // Negative: "más que" comparing an amount is still a change.
  CHECK(MetricOf(kEs, "Las ventas de Tecnovía subieron un 7 %, más que el año anterior.", "7 %",
                 kPercent) == "growth");
}

TEST_CASE("metric en: money cues", "[metric][en]") {
  CHECK(MetricOf(kEn, "Brightwater Systems reported revenue of $2.3bn.", "$2.3bn", kMoney) ==
        "revenue");
  CHECK(MetricOf(kEn, "Pre-tax profits climbed to £610m.", "£610m", kMoney) == "profit");
  CHECK(MetricOf(kEn, "The start-up raised $40m in funding.", "$40m", kMoney) == "funding");
  CHECK(MetricOf(kEn, "The takeover values the retailer at $1.9bn.", "$1.9bn", kMoney) ==
        "valuation");
  CHECK(MetricOf(kEn, "The firm was fined £3m by the regulator.", "£3m", kMoney) == "tax");
  CHECK(MetricOf(kEn, "Its deficit widened to $80bn.", "$80bn", kMoney) == "debt");
}

TEST_CASE("metric en: fines and penalties in the plural are taxes", "[metric][en]") {
  CHECK(MetricOf(kEn, "Harlowe Bank agreed to pay $7m in penalties to settle the case.", "$7m",
                 kMoney) == "tax");
  CHECK(MetricOf(kEn, "The total includes $3m in fines for late filings.", "$3m", kMoney) == "tax");
  CHECK(MetricOf(kEn, "Regulators imposed fines of $9m on the broker.", "$9m", kMoney) == "tax");
  // Negatives: Spanish "a fines de" is "at the end of"; fines are no cue for a count.
  CHECK(MetricOf(kEs, "La empresa facturó 5 millones de euros a fines de 2003.",
                 "5 millones de euros", kMoney) != "tax");
  CHECK(MetricOf(kEn, "Harlowe Bank paid $7m for new servers.", "$7m", kMoney) != "tax");
}

TEST_CASE("metric: prices from 'ab', 'desde', 'from' and small amounts", "[metric]") {
  CHECK(MetricOf(kDe, "Das Einsteigermodell gibt es ab ca. 3.500 Euro.", "3.500 Euro", kMoney,
                 "EUR", 3500) == "price");
  CHECK(MetricOf(kEs, "El modelo básico se vende desde 20 euros.", "20 euros", kMoney, "EUR", 20) ==
        "price");
  CHECK(MetricOf(kEn, "Tickets are available from £15.", "£15", kMoney, "GBP", 15) == "price");
  CHECK(MetricOf(kDe, "Das Gerät liegt bei etwa 240 Euro.", "240 Euro", kMoney, "EUR", 240) ==
        "price");
  // Large amounts without a cue stay unlabelled.
  CHECK(MetricOf(kDe, "Er nannte 5 Millionen Euro.", "5 Millionen Euro", kMoney).empty());
}

TEST_CASE("metric: a change stated as an amount keeps the measure's label", "[metric]") {
  CHECK(MetricOf(kDe, "Die Schulden stiegen um 5 Milliarden Euro.", "5 Milliarden Euro", kMoney) ==
        "debt");
  CHECK(MetricOf(kEn, "Debt rose by $5bn last year.", "$5bn", kMoney) == "debt");
  CHECK(MetricOf(kEs, "La plantilla se redujo en 2.000 empleos.", "2.000 empleos", kCount, "job") ==
        "employees");
}

TEST_CASE("metric: a change stated as a rate is growth", "[metric][growth]") {
  // de
  CHECK(MetricOf(kDe, "Der Umsatz stieg um 5 Prozent.", "5 Prozent", kPercent) == "growth");
  CHECK(MetricOf(kDe, "Der Gewinn ist um etwa 12 % gesunken.", "12 %", kPercent) == "growth");
  CHECK(MetricOf(kDe, "Das Geschäft wuchs im Jahresvergleich (+3,5 Prozent).", "+3,5 Prozent",
                 kPercent) == "growth");
  CHECK(MetricOf(kDe, "Die Prämien gingen zurück (-15,7 Prozent).", "-15,7 Prozent", kPercent) ==
        "growth");
  // es
  CHECK(MetricOf(kEs, "Las ventas cayeron un 2 % en el trimestre.", "2 %", kPercent) == "growth");
  CHECK(MetricOf(kEs, "El beneficio aumentó un 18%.", "18%", kPercent) == "growth");
  // en
  CHECK(MetricOf(kEn, "Yearly profit dropped 22% to 3.5bn euros.", "22%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "Sales were up 8% on the year.", "8%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "Voltaro expects a 12% increase in operating profit.", "12%", kPercent) ==
        "growth");
  CHECK(MetricOf(kEn, "Output expanded by 0.6 percentage points.", "0.6 percentage points",
                 kPercent, "pp") == "growth");
}

TEST_CASE("metric de: more verbs of a change, and particles and comparatives after um",
          "[metric][growth][de]") {
  CHECK(MetricOf(kDe, "Der Umsatz der Kralwerke ist um 4,3 Prozent abgestürzt.", "4,3 Prozent",
                 kPercent) == "growth");
  CHECK(MetricOf(kDe, "Die Moorproduktion ist um 0,2 Prozent geschrumpft.", "0,2 Prozent",
                 kPercent) == "growth");
  CHECK(MetricOf(kDe, "Die Torfpreise wurden um 80 Prozent angehoben.", "80 Prozent", kPercent) ==
        "growth");
  CHECK(MetricOf(kDe, "Die Holzernte ging um 1,3 Prozent zurück.", "1,3 Prozent", kPercent) ==
        "growth");
  CHECK(MetricOf(kDe, "Der Kralindex lag um 4,2 Prozent niedriger als am Vortag.", "4,2 Prozent",
                 kPercent) == "growth");
  // Negatives: a particle or comparative without "um" is no change ("bleiben zurück", a
  // level "höher als" another).
  CHECK(MetricOf(kDe, "Ganze 13 Prozent der Kinder bleiben beim Lesen zurück.", "13 Prozent",
                 kPercent) == "share");
  CHECK(MetricOf(kDe, "Der Anteil der Raucher ist mit 17 Prozent höher als bei Frauen.",
                 "17 Prozent", kPercent) != "growth");
}

TEST_CASE("metric de: procurement is a purchase, shopping and trade words are none",
          "[metric][de]") {
  CHECK(MetricOf(kDe, "Die Kralwerke haben 8.000 Torfballen gekauft.", "8.000 Torfballen",
                 kCount) == "purchases");
  // Procurement is a purchase.
  CHECK(MetricOf(kDe, "Die Stadt Moordorf hat 150 Torfbusse angeschafft.", "150 Torfbusse",
                 kCount) == "purchases");
  CHECK(MetricOf(kDe, "Das Hilfswerk muss jedes Jahr 7.000 Zelte beschaffen.", "7.000 Zelte",
                 kCount) == "purchases");
  // Negatives: "kauf" inside a shopping place, a trade or across "Grafik|aufgaben"; the
  // "Beschaffenheit" of a thing.
  CHECK(MetricOf(kDe, "Die Beschaffenheit der 300 Moorproben war gut.", "300 Moorproben", kCount) !=
        "purchases");
  CHECK(MetricOf(kDe, "Das neue Einkaufszentrum soll eine Länge von 150 Metern haben.",
                 "150 Metern", FigureKind::kQuantity, "m", 150) != "purchases");
  CHECK(MetricOf(kDe, "Der Verband der Torfkaufleute vertritt 900 Betriebe.", "900 Betriebe",
                 kCount) != "purchases");
  CHECK(MetricOf(kDe, "Für Grafikaufgaben hat der Chip 430 Kerne.", "430 Kerne", kCount) !=
        "purchases");
}

TEST_CASE("metric de: a prison sentence is no fine", "[metric][de]") {
  CHECK(MetricOf(kDe,
                 "Gestohlene Uhren werden für bis zu 20.000 Euro verkauft, den Hehlern drohen "
                 "Haftstrafen.",
                 "20.000 Euro", kMoney, "EUR", 20000) != "tax");
  // Negatives: a fine is a tax, and so is the sentence for an unpaid one.
  CHECK(MetricOf(kDe, "Er muss eine Geldstrafe von 500 Euro zahlen.", "500 Euro", kMoney, "EUR",
                 500) == "tax");
  CHECK(MetricOf(kDe, "Sie soll eine Ersatzfreiheitsstrafe antreten, da noch 50 Euro offen sind.",
                 "50 Euro", kMoney, "EUR", 50) == "tax");
}

TEST_CASE("metric de: a Bußgeld or Geldbuße is a fine", "[metric][de]") {
  CHECK(MetricOf(kDe, "Das Kartellgericht verhängte eine Geldbuße von 420.000 Euro.",
                 "420.000 Euro", kMoney, "EUR", 420000) == "tax");
  CHECK(MetricOf(kDe, "Fast 2 Millionen Euro Bußgeld wegen Preisabsprachen.", "2 Millionen Euro",
                 kMoney) == "tax");
  CHECK(MetricOf(kDe, "Die Strafzahlungen der Kralix AG summieren sich auf 80 Millionen Euro.",
                 "80 Millionen Euro", kMoney) == "tax");
  // Negative: a plain amount without a fine word stays without the tax label.
  CHECK(MetricOf(kDe, "Das Kartellgericht prüft einen Fall um 420.000 Euro.", "420.000 Euro",
                 kMoney, "EUR", 420000) != "tax");
}

TEST_CASE("metric de: donations and aid programmes and pledges are funding", "[metric][de]") {
  CHECK(MetricOf(kDe, "Die Unternehmerin Vera Holm spendete 250.000 Euro an das Tierheim.",
                 "250.000 Euro", kMoney, "EUR", 250000) == "funding");
  CHECK(MetricOf(kDe, "Bis Mai gingen rund 900 Kleinspenden mit zusammen 41.000 Euro ein.",
                 "41.000 Euro", kMoney, "EUR", 41000) == "funding");
  CHECK(MetricOf(kDe, "Über die Hilfsprogramme der Union sollen 18 Millionen Euro fließen.",
                 "18 Millionen Euro", kMoney) == "funding");
  CHECK(MetricOf(kDe, "Die Finanzzusagen der Geberländer summieren sich auf 730 Millionen Euro.",
                 "730 Millionen Euro", kMoney) == "funding");
  CHECK(MetricOf(kDe, "Das Land Morenien hat 400.000 Euro für die Helfer zugesagt.", "400.000 Euro",
                 kMoney, "EUR", 400000) == "funding");
  CHECK(MetricOf(kDe,
                 "Der Fonds soll jährlich 80 Millionen Euro für Schulen zur Verfügung stellen.",
                 "80 Millionen Euro", kMoney) == "funding");
  CHECK(MetricOf(kDe, "Der Tafel Kralmed fehlen noch 12 Millionen Euro.", "12 Millionen Euro",
                 kMoney) == "funding");
  // A measure named next to the shortfall wins over it.
  CHECK(MetricOf(kDe, "Dem Konzern fehlen Einnahmen von 12 Millionen Euro.", "12 Millionen Euro",
                 kMoney) == "revenue");
  // Negatives: English spending stays spending; money one "has at one's disposal" is none
  // of these; a prediction ("vorherzusagen") is no pledge.
  CHECK(MetricOf(kEn, "Big spenders paid $40m for the paintings.", "$40m", kMoney) != "funding");
  CHECK(MetricOf(kDe, "Wer weniger als 1.200 Euro im Monat zur Verfügung hat, gilt als arm.",
                 "1.200 Euro", kMoney, "EUR", 1200) != "funding");
  CHECK(MetricOf(kDe, "Ob die Messe 30 Millionen Euro einbringt, ist kaum vorherzusagen.",
                 "30 Millionen Euro", kMoney) != "funding");
}

TEST_CASE("metric de: a referendum is a vote", "[metric][de]") {
  CHECK(MetricOf(kDe, "37 Prozent lehnen die Vorlage beim Referendum ab.", "37 Prozent",
                 kPercent) == "vote_share");
  CHECK(MetricOf(kDe, "Bei der Volksabstimmung in Moordorf stimmten 52 Prozent mit Ja.",
                 "52 Prozent", kPercent) == "vote_share");
  // Negative: a share without a vote stays a share.
  CHECK(MetricOf(kDe, "41 Prozent der Befragten sind mit den Plänen einverstanden.", "41 Prozent",
                 kPercent) == "share");
}

TEST_CASE("metric: a level reached after a change verb is not growth", "[metric][growth]") {
  CHECK(MetricOf(kDe, "Die Inflation stieg auf 2,4 Prozent.", "2,4 Prozent", kPercent) ==
        "inflation_rate");
  CHECK(MetricOf(kEs, "La tasa de paro bajó al 11 %.", "11 %", kPercent) == "unemployment_rate");
  CHECK(MetricOf(kEn, "The jobless rate rose to 5.2%.", "5.2%", kPercent) == "unemployment_rate");
  CHECK(MetricOf(kEn, "Up to 30% of the staff work from home.", "30%", kPercent) == "share");
}

TEST_CASE("metric: percentages of a whole", "[metric]") {
  CHECK(MetricOf(kDe, "Der Konzern hält einen Marktanteil von 23 Prozent.", "23 Prozent",
                 kPercent) == "market_share");
  CHECK(MetricOf(kDe, "Rund 60 Prozent der Aufträge gehen ins Ausland.", "60 Prozent", kPercent) ==
        "share");
  CHECK(MetricOf(kEs, "La compañía controla el 35 % del mercado.", "35 %", kPercent) ==
        "market_share");
  CHECK(MetricOf(kEs, "El partido obtuvo el 28 % de los votos.", "28 %", kPercent) == "vote_share");
  CHECK(MetricOf(kDe, "Die Bank ist mit 25 Prozent an dem Versicherer beteiligt.", "25 Prozent",
                 kPercent) == "stake");
  CHECK(MetricOf(kEn, "It took a 35% stake in the miner.", "35%", kPercent) == "stake");
  CHECK(MetricOf(kEn, "The operating margin was 14%.", "14%", kPercent) == "margin");
  CHECK(MetricOf(kDe, "Der Leitzins bleibt bei 4,5 Prozent.", "4,5 Prozent", kPercent) ==
        "interest_rate");
  CHECK(MetricOf(kDe, "Der Steuersatz beträgt 20 Prozent.", "20 Prozent", kPercent) == "tax_rate");
  CHECK(MetricOf(kEn, "About 40% of households own a car.", "40%", kPercent) == "share");
}

TEST_CASE("metric: counts take the counted noun", "[metric][count]") {
  CHECK(MetricOf(kDe, "Die Kralinger Maschinenbau AG beschäftigt 1.800 Mitarbeiter.",
                 "1.800 Mitarbeiter", kCount, "employee") == "employees");
  CHECK(MetricOf(kDe, "Der Flughafen zählte 2,1 Millionen Passagiere.", "2,1 Millionen Passagiere",
                 kCount, "passenger") == "visitors");
  CHECK(MetricOf(kEs, "La red social superó los 40 millones de usuarios.",
                 "40 millones de usuarios", kCount, "user") == "users");
  CHECK(MetricOf(kEs, "El brote dejó 320 casos confirmados.", "320 casos", kCount, "case") ==
        "cases");
  CHECK(MetricOf(kEn, "The chain will close 120 stores.", "120 stores", kCount, "store", 120) ==
        "sites");
  CHECK(MetricOf(kDe, "Im Vorjahr gingen 4.500 Firmen pleite.", "4.500 Firmen", kCount,
                 "company") == "companies");
  CHECK(MetricOf(kEn, "The town has 80,000 residents.", "80,000 residents", kCount, "resident") ==
        "population");
  CHECK(MetricOf(kEn, "Brightwater cut 900 jobs.", "900 jobs", kCount, "job") == "employees");
  CHECK(MetricOf(kEs, "Al programa se apuntaron 3.000 mujeres.", "3.000 mujeres", kCount) ==
        "population");
  CHECK(MetricOf(kEs, "El hospital atendió a 50 pacientes.", "50 pacientes", kCount) == "cases");
  CHECK(MetricOf(kEs, "La cuota de participación en el sector alcanzó el 62 %.", "62 %",
                 kPercent) == "market_share");
}

TEST_CASE("metric: counts of open nouns take the verb", "[metric][count]") {
  CHECK(MetricOf(kDe, "Der Hersteller hat 250.000 Autos verkauft.", "250.000 Autos", kCount,
                 "vehicle") == "units_sold");
  CHECK(MetricOf(kDe, "Die Airline bestellte 40 Flugzeuge.", "40 Flugzeuge", kCount) == "orders");
  CHECK(MetricOf(kEs, "El fabricante produjo 1,2 millones de coches.", "1,2 millones de coches",
                 kCount, "vehicle") == "production");
  CHECK(MetricOf(kEn, "The group shipped 3 million phones.", "3 million phones", kCount, "phone") ==
        "shipments");
  CHECK(MetricOf(kDe, "Der Kunde hat bis Juli 20.000 Chips erhalten.", "20.000 Chips", kCount,
                 "chip") == "shipments");
  CHECK(MetricOf(kEs, "Tecnovía compró 500 servidores.", "500 servidores", kCount, "server") ==
        "purchases");
}

TEST_CASE("metric: no cue, no metric", "[metric]") {
  CHECK(MetricOf(kDe, "Am Ende waren es 1.200.", "1.200", kCount).empty());
  CHECK(MetricOf(kDe, "Er nannte 5 Millionen Euro.", "5 Millionen Euro", kMoney).empty());
  CHECK(MetricOf(kEs, "Dijo que eran 3.000 millones de euros.", "3.000 millones de euros", kMoney)
            .empty());
}

TEST_CASE("metric: a dividend per share is a dividend, not a price", "[metric][dividend]") {
  CHECK(MetricOf(kDe, "Die Dividende wird von 1,20 Euro auf 80 Cent je Aktie gekürzt.", "80 Cent",
                 kMoney, "", 0.8) == "dividend");
  CHECK(MetricOf(kEs, "El dividendo será de 0,35 euros por acción.", "0,35 euros", kMoney, "",
                 0.35) == "dividend");
  CHECK(MetricOf(kEn, "It raised its dividend by 10% to 22 cents a share.", "22 cents", kMoney, "",
                 0.22) == "dividend");
  // "from" is the base of the cut here, not a starting price.
  CHECK(MetricOf(kEn, "Voltaro is halving its dividend to 9 cents a share from 18 cents.",
                 "18 cents", kMoney, "", 0.18) == "dividend");
  // Without a dividend in the sentence a per-share amount stays a price.
  CHECK(MetricOf(kDe, "Die Aktie schloss bei 14,20 Euro je Aktie.", "14,20 Euro", kMoney, "",
                 14.2) == "price");
}

TEST_CASE("metric: ownership shares are stakes", "[metric][stake]") {
  CHECK(MetricOf(kDe, "Die Donaublick Holding sicherte sich 26,5 Prozent an der Kralinger AG.",
                 "26,5 Prozent", kPercent) == "stake");
  CHECK(MetricOf(kDe, "Als 40-Prozent-Partner zieht sich der Versicherer zurück.", "40-Prozent",
                 kPercent) == "stake");
  CHECK(MetricOf(kEs, "El 60 por ciento de la compañía seguirá en manos de la familia.",
                 "60 por ciento", kPercent) == "stake");
  CHECK(MetricOf(kEn, "The state owns 35.2% of Voltaro, the rest is listed.", "35.2%", kPercent) ==
        "stake");
  // A proportion of people stays a share.
  CHECK(MetricOf(kDe, "Nur 40 Prozent der Befragten haben einen Job.", "40 Prozent", kPercent) ==
        "share");
}

TEST_CASE("metric: tax and unemployment proportions", "[metric]") {
  CHECK(MetricOf(kEs, "A los autónomos se les retiene el 15 % de los ingresos.", "15 %",
                 kPercent) == "tax_rate");
  CHECK(MetricOf(kDe, "Die Steuerbehörde verlangt bis zu 45 Prozent der Mieteinnahmen.",
                 "45 Prozent", kPercent) == "tax_rate");
  CHECK(MetricOf(kEs, "Es una comarca con un 30 % de parados.", "30 %", kPercent) ==
        "unemployment_rate");
  // "en torno al X %" is a qualifier, the cut is still a rate of change.
  CHECK(MetricOf(kEs, "Tras descensos en torno al 3 % las ventas se estancaron.", "3 %",
                 kPercent) == "growth");
  // "el X % de 1998" names a year, not a whole.
  CHECK(MetricOf(kEs, "El crecimiento del 9 % de 1998 no se repitió.", "9 %", kPercent) ==
        "growth");
}

TEST_CASE("metric es: a 'tasa' is a rate of what it names, a fee only as money", "[metric][es]") {
  // A percentage after "tasa de <something>" is that rate, not a tax rate.
  CHECK(MetricOf(kEs, "La tasa de curación del nuevo tratamiento llegó al 64 % de los pacientes.",
                 "64 %", kPercent) == "share");
  CHECK(MetricOf(kEs, "En la comarca, la tasa de aprobados fue del 81 %.", "81 %", kPercent) ==
        "share");
  CHECK(MetricOf(kEs, "La tasa de desempleo de la provincia bajó al 7,5 %.", "7,5 %", kPercent) ==
        "unemployment_rate");
  // A rate that names a tax still is one; a "tasa" in money is a fee (tax).
  CHECK(MetricOf(kEs, "La tasa impositiva para las cooperativas será del 20 %.", "20 %",
                 kPercent) == "tax_rate");
  CHECK(MetricOf(kEs, "El ayuntamiento cobrará una tasa de 30 euros por cada licencia.", "30 euros",
                 kMoney, "EUR", 30) == "tax");
}

TEST_CASE("metric: debts, assets and savings", "[metric]") {
  CHECK(MetricOf(kDe, "Die Banken sitzen auf faulen Krediten von 90 Milliarden Euro.",
                 "90 Milliarden Euro", kMoney) == "debt");
  CHECK(MetricOf(kDe, "Die Passiva belaufen sich auf 3,1 Mio. Euro.", "3,1 Mio. Euro", kMoney) ==
        "debt");
  CHECK(MetricOf(kDe, "Die Aktiva betragen 900.000 Euro.", "900.000 Euro", kMoney, "", 9e5) ==
        "assets");
  CHECK(MetricOf(kEn, "The lender holds bad loans of $12bn.", "$12bn", kMoney) == "debt");
  CHECK(MetricOf(kEn, "The airline made savings of $80m in six months.", "$80m", kMoney) ==
        "spend");
  CHECK(MetricOf(kEs, "La empresa logró ahorros de 20 millones de euros.", "20 millones de euros",
                 kMoney) == "spend");
}

TEST_CASE("metric: buying a company is a deal, buying goods is spending", "[metric][deal]") {
  CHECK(MetricOf(kEn, "Brightwater will spend $2bn to buy a regional bank.", "$2bn", kMoney) ==
        "deal_value");
  CHECK(MetricOf(kDe, "Die Kralinger AG hatte die Firma für 300 Millionen Euro gekauft.",
                 "300 Millionen Euro", kMoney) == "deal_value");
  CHECK(MetricOf(kEs, "Tecnovía gastó 40 millones de euros en comprar servidores.",
                 "40 millones de euros", kMoney) == "spend");
  // A winning bid is a deal, not a profit; "im Auftrag" is no order.
  CHECK(MetricOf(kDe, "Das Gewinnergebot lag bei 3 Millionen Dollar.", "3 Millionen Dollar",
                 kMoney) == "deal_value");
}

TEST_CASE("metric: small amounts after 'um', 'für', 'for' are prices", "[metric][price]") {
  CHECK(MetricOf(kDe, "Es gibt das Gerät um rund 600 Euro.", "rund 600 Euro", kMoney, "", 600) ==
        "price");
  CHECK(MetricOf(kDe, "Die Figur kann für 35 Euro vorbestellt werden.", "35 Euro", kMoney, "",
                 35) == "price");
  // After a change verb "um" is the amount of the change.
  CHECK(MetricOf(kDe, "Die Gebühr stieg um 5 Euro.", "5 Euro", kMoney, "", 5) != "price");
}

TEST_CASE("metric: people are counted by what the sentence says they do", "[metric][count]") {
  CHECK(MetricOf(kEs, "Otras 12 personas dieron positivo en el brote.", "12 personas", kCount,
                 "person", 12) == "cases");
  CHECK(MetricOf(kDe, "Die Firma hat 55 Dienstnehmer.", "55 Dienstnehmer", kCount, "", 55) ==
        "employees");
  CHECK(MetricOf(kDe, "Rund 2.000 Menschen leben im Ort.", "2.000 Menschen", kCount, "person",
                 2000) == "population");
  CHECK(MetricOf(kEn, "Handset unit sales totalled 950,000.", "950,000", kCount, "", 9.5e5) ==
        "units_sold");
}

TEST_CASE("metric es: who receives something after the figure is no shipment",
          "[metric][es][count]") {
  CHECK(MetricOf(kEs, "En el ensayo, 8.400 voluntarios recibieron una dosis.", "8.400 voluntarios",
                 kCount, "voluntarios", 8400) != "shipments");
  CHECK(MetricOf(kEs, "Hasta ahora 640.000 ya la han recibido.", "640.000", kCount, "", 640000)
            .empty());
  CHECK(MetricOf(kEs, "Unas 30 personas enfermaron tras recibir el tratamiento.", "30 personas",
                 kCount, "person", 30) != "shipments");
  // What was received stays a shipment, before the verb's object or as its participle.
  CHECK(MetricOf(kEs, "La clínica ha recibido 25.000 dosis del fármaco.", "25.000 dosis", kCount,
                 "dosis", 25000) == "shipments");
  CHECK(MetricOf(kEs, "Las 20.000 mascarillas recibidas llegaron ayer.", "20.000 mascarillas",
                 kCount, "mascarillas", 20000) == "shipments");
}

TEST_CASE("metric: rates of change after 'by'", "[metric][growth]") {
  CHECK(MetricOf(kEn, "The economy expanded by a solid 4.1% last year.", "4.1%", kPercent) ==
        "growth");
  CHECK(MetricOf(kDe, "Die Aktie hat seit Jänner 25 Prozent an Wert eingebüßt.", "25 Prozent",
                 kPercent) == "growth");
  CHECK(MetricOf(kEs, "El Gobierno quiere rebajar un 10 por ciento las ayudas.", "10 por ciento",
                 kPercent) == "growth");
}

// ---- issue 11, metric error classes (invented sentences; each with a negative case)

TEST_CASE("metric: a longer cue wins over the shorter cue it starts with", "[metric][cues]") {
  CHECK(nf::metric_detail::ShadowedCue().empty());
  // "market share" is not "market", "Marktanteil" not "Markt", "tasa de interés" not "tasa".
  CHECK(MetricOf(kEn, "Voltaro's market share has slipped to 12%.", "12%", kPercent) ==
        "market_share");
  CHECK(MetricOf(kDe, "Der Marktanteil der Kralinger AG liegt bei 18 Prozent.", "18 Prozent",
                 kPercent) == "market_share");
  CHECK(MetricOf(kEs, "La tasa de interés se situó en el 3,5 %.", "3,5 %", kPercent) ==
        "interest_rate");
  CHECK(MetricOf(kEs, "La riada dejó 40 fallecidos en la comarca.", "40", kCount) == "cases");
  // The shorter cue alone keeps its own meaning.
  CHECK(MetricOf(kEs, "La tasa municipal sube a 30 euros por vecino.", "30 euros", kMoney, "EUR",
                 30) == "tax");
  CHECK(MetricOf(kEn, "The software market is worth $4bn.", "$4bn", kMoney) == "market_size");
}

TEST_CASE("metric: market capitalization is a valuation even next to a market",
          "[metric][valuation]") {
  CHECK(MetricOf(kEs,
                 "Las diez empresas del nuevo mercado suman una capitalización de 5.000 millones "
                 "de euros.",
                 "5.000 millones de euros", kMoney) == "valuation");
  CHECK(MetricOf(kDe, "Der Börsenwert des Marktführers am deutschen Markt liegt bei 40 Mrd. Euro.",
                 "40 Mrd. Euro", kMoney) == "valuation");
  CHECK(MetricOf(kEn, "The chip market's leader has a market value of $90bn.", "$90bn", kMoney) ==
        "valuation");
  // A worth of the market itself is its size.
  CHECK(MetricOf(kEn, "The market for drones had an estimated worth of $2bn.", "$2bn", kMoney) ==
        "market_size");
}

TEST_CASE("metric: the level reached by a change takes the measure that changed",
          "[metric][change]") {
  CHECK(MetricOf(kEn, "Net profit jumped 30% to €3bn while sales grew 6% to €52bn.", "€52bn",
                 kMoney) == "revenue");
  CHECK(MetricOf(kEn,
                 "Earnings at its trading arm climbed 18% to £2bn, but spending on stores fell.",
                 "£2bn", kMoney) == "profit");
  CHECK(MetricOf(kEn,
                 "Voltaro is increasing its dividend by 20% to 9 cents and will buy back shares.",
                 "9 cents", kMoney, "USD", 0.09) == "dividend");
  CHECK(MetricOf(kDe, "Der Gewinn sank, der Umsatz stieg um 5 Prozent auf 3 Mrd. Euro.",
                 "3 Mrd. Euro", kMoney) == "revenue");
  CHECK(MetricOf(kEs,
                 "El beneficio bajó, pero las ventas crecieron un 4 % hasta 900 millones de euros.",
                 "900 millones de euros", kMoney) == "revenue");
  // Without a rate before it, "to" is an ordinary level: the nearest cue.
  CHECK(MetricOf(kEn, "Pre-tax profits climbed to £610m.", "£610m", kMoney) == "profit");
}

TEST_CASE("metric: a cue right after the amount names it", "[metric][adjacent]") {
  CHECK(MetricOf(kEn,
                 "Brightwater posted a $300m loss, against a $120m (£90m) profit a year before.",
                 "$120m", kMoney) == "profit");
  CHECK(MetricOf(kEn,
                 "Brightwater posted a $300m loss, against a $120m (£90m) profit a year before.",
                 "$300m", kMoney) == "loss");
  CHECK(MetricOf(kDe, "Die Firma meldet 5 Millionen Euro Verlust bei 2 Mrd. Euro Umsatz.",
                 "2 Mrd. Euro", kMoney) == "revenue");
  CHECK(MetricOf(kEs, "Tecnovía compró un 44 % de participación accionarial en la empresa.", "44 %",
                 kPercent) == "stake");
  // A change word after the amount names no measure: the nearest cue decides.
  CHECK(MetricOf(kEn, "Exports fell, a $5bn drop in the trade surplus.", "$5bn", kMoney) ==
        "trade");
}

TEST_CASE("metric: an amount of change in an aside changes the measure before it",
          "[metric][change]") {
  const std::string en =
      "Operating profit reached $820m (down about $90m on the prior year), while sales rose $1bn "
      "to $14bn.";
  CHECK(MetricOf(kEn, en, "$90m", kMoney) == "profit");
  CHECK(MetricOf(kEn, en, "$14bn", kMoney) == "revenue");
  // Not an aside: "up" inside the clause.
  CHECK(MetricOf(kEn, "Turnover was up $7bn on the year.", "$7bn", kMoney) == "revenue");
}

TEST_CASE("metric: a change far away or behind a condition is not the figure's",
          "[metric][growth]") {
  const std::string es =
      "El fondo cobrará el 30 % de la renta si el precio supera los 50 euros, el 20 % si supera "
      "los 40 euros y el 10 %, si baja a 30 euros.";
  CHECK(MetricOf(kEs, es, "30 %", kPercent) == "share");
  CHECK(MetricOf(kEs, es, "20 %", kPercent) != "growth");
  CHECK(MetricOf(kEs, es, "10 %", kPercent) != "growth");
  CHECK(MetricOf(kDe, "Die Prämie beträgt 20 Prozent, wenn der Kurs steigt.", "20 Prozent",
                 kPercent) != "growth");
  CHECK(MetricOf(kEn, "The levy is 20% if prices rise.", "20%", kPercent) == "tax_rate");
  // A change right after the figure still makes it growth.
  CHECK(MetricOf(kDe, "Die Preise lagen 20 Prozent höher, stiegen also deutlich.", "20 Prozent",
                 kPercent) == "growth");
}

TEST_CASE("metric: 'raised 5%' and '5% more' are changes", "[metric][growth]") {
  CHECK(MetricOf(kEn, "The health budget was raised 6.4% to $23bn.", "6.4%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "The health budget was raised 6.4% to $23bn.", "$23bn", kMoney) == "budget");
  CHECK(MetricOf(kEn, "Gamers spent almost 7% more than a year before.", "7%", kPercent) ==
        "growth");
  CHECK(MetricOf(kEs, "Los socios pagan un 20 % más que en 2019.", "20 %", kPercent) == "growth");
  CHECK(MetricOf(kDe, "Die Kunden zahlen 5 Prozent weniger für Strom.", "5 Prozent", kPercent) ==
        "growth");
  // "raised" with money stays funding; a plain proportion stays a share.
  CHECK(MetricOf(kEn, "The start-up raised $40m from investors.", "$40m", kMoney) == "funding");
  CHECK(MetricOf(kEn, "About 40% of the members are women.", "40%", kPercent) == "share");
}

TEST_CASE("metric: a share of what an owner has is no stake", "[metric][stake]") {
  CHECK(MetricOf(kEn, "The division would make up 17% of the firm's total assets.", "17%",
                 kPercent) == "share");
  CHECK(MetricOf(kEn, "The division would make up 17% of the firm’s total assets.", "17%",
                 kPercent) == "share");
  // The owner itself: a stake.
  CHECK(MetricOf(kEn, "Voltaro owns 22% of the group after the deal.", "22%", kPercent) == "stake");
}

TEST_CASE("metric: a verb of owning before a percentage makes a stake", "[metric][stake]") {
  CHECK(MetricOf(kEn, "The two brothers own 31% of Harnby through a trust.", "31%", kPercent) ==
        "stake");
  CHECK(MetricOf(kEn, "The lenders, who now own 96.2% of the insurer, want a sale.", "96.2%",
                 kPercent) == "stake");
  CHECK(MetricOf(kEn,
                 "The Oskel family, which indirectly controls at least 40% of Brevano, said "
                 "nothing.",
                 "40%", kPercent) == "stake");
  CHECK(MetricOf(kEn, "And Kestrel, which holds about 6%, asked for a meeting.", "6%", kPercent) ==
        "stake");
  CHECK(MetricOf(kDe, "Die Stiftung hält zurzeit 17,5 Prozent der Talvor-Aktien.", "17,5 Prozent",
                 kPercent) == "stake");
  CHECK(MetricOf(kEs, "La familia controla el 35 % de Ferlasa desde 1990.", "35 %", kPercent) ==
        "stake");
  // Holding seats or controlling a part of a country's output is no ownership; nor is a rate
  // on hold.
  CHECK(MetricOf(kEn, "Women hold 20% of the seats on the board.", "20%", kPercent) == "share");
  CHECK(MetricOf(kEn, "Ostrag will control about 16% of the country's crude output.", "16%",
                 kPercent) == "share");
  CHECK(MetricOf(kDe, "Frauen halten 30 Prozent der Sitze im Rat.", "30 Prozent", kPercent) ==
        "share");
  CHECK(MetricOf(kEn, "The bank kept its base rate on hold at 4.5%.", "4.5%", kPercent) ==
        "interest_rate");
}

TEST_CASE("metric: owning a part of an output or land is no stake in Spanish", "[metric][stake]") {
  CHECK(MetricOf(kEs, "Norlandia posee el 18 % de la pesca mundial.", "18 %", kPercent) != "stake");
  // Negative: an English verb of owning one thing stays a stake.
  CHECK(MetricOf(kEn, "Harnby owns 18% of the venture.", "18%", kPercent) == "stake");
}

TEST_CASE("metric: holding a percentage in a vote or a list of results is no stake",
          "[metric][stake]") {
  CHECK(MetricOf(kEn, "The Greens held 27%, the Liberals 19%.", "27%", kPercent) != "stake");
  CHECK(MetricOf(kEn, "In the poll the Greens held 27%.", "27%", kPercent) != "stake");
  CHECK(MetricOf(kDe, "Bei der Wahl hielt die Partei 27 Prozent.", "27 Prozent", kPercent) !=
        "stake");
  // Negative: a holder with no whole and no vote stays a stake.
  CHECK(MetricOf(kEn, "Brevan, which holds about 9%, wants a new chairman.", "9%", kPercent) ==
        "stake");
}

TEST_CASE("metric en: a buyout or a settlement or an agreement is a deal", "[metric][en]") {
  CHECK(MetricOf(kEn, "Dornell accepted a $4.2bn buyout from Vantor on Friday.", "$4.2bn",
                 kMoney) == "deal_value");
  CHECK(MetricOf(kEn, "The board reached a landmark $310m settlement with the regulator.", "$310m",
                 kMoney) == "deal_value");
  CHECK(MetricOf(kEn, "Pellor will pay Quint $900m as part of the settlement.", "$900m", kMoney) ==
        "deal_value");
  CHECK(MetricOf(kEn, "If the $1.2bn agreement Harsk signed with Omra goes through, it will grow.",
                 "$1.2bn", kMoney) == "deal_value");
  // A loan agreement is funding; without such a noun a payment stays spending.
  CHECK(MetricOf(kEn, "The country's $12bn loan agreement with the fund expires soon.", "$12bn",
                 kMoney) == "funding");
  CHECK(MetricOf(kEn, "Pellor will pay Quint $900m next year.", "$900m", kMoney) == "spend");
}

TEST_CASE("metric en: a million or more after the verb cost is spending", "[metric][en]") {
  CHECK(MetricOf(kEn, "The Tarvel bridge may have cost nearly $70m.", "$70m", kMoney, "USD", 7e7) ==
        "spend");
  CHECK(MetricOf(kEn, "The new stadium will cost more than £2bn.", "£2bn", kMoney, "GBP", 2e9) ==
        "spend");
  // A small amount stays the price of one thing; a cue after "in" says what was lost.
  CHECK(MetricOf(kEn, "The Orvin X2 phone will cost $399.", "$399", kMoney, "USD", 399) == "price");
  CHECK(MetricOf(kEn, "Piracy cost £1bn in revenue for the makers.", "£1bn", kMoney, "GBP", 1e9) ==
        "revenue");
}

TEST_CASE("metric: a limit set on spending is a budget", "[metric]") {
  CHECK(MetricOf(kDe, "Der Vorstand will die Kosten der Messe auf drei Millionen Euro limitieren.",
                 "drei Millionen Euro", kMoney) == "budget");
  CHECK(MetricOf(kDe, "Der Rat beschloss eine Ausgabenobergrenze von 6 Millionen Euro.",
                 "6 Millionen Euro", kMoney) == "budget");
  CHECK(MetricOf(kEn, "The league set a cap on spending of £40m per club.", "£40m", kMoney) ==
        "budget");
  CHECK(MetricOf(kEs, "El partido fijó un tope de gasto de 2 millones de euros.",
                 "2 millones de euros", kMoney) == "budget");
  // Without a limit (or with none: "unbegrenzt") costs stay spending.
  CHECK(MetricOf(kDe, "Für 52.000 Euro Kosten bietet der Kurs unbegrenzte Übungsstunden.",
                 "52.000 Euro", kMoney) == "spend");
  CHECK(MetricOf(kDe, "Die Kosten der Messe lagen bei drei Millionen Euro.", "drei Millionen Euro",
                 kMoney) == "spend");
}

TEST_CASE("metric: a limit word far from the spend cue makes no budget", "[metric]") {
  // A deadline, a time limit, a rent cap, a graduation gown: spending stays spending.
  CHECK(MetricOf(kEs, "El municipio gastó 5 millones de euros antes de que venciera la fecha tope.",
                 "5 millones de euros", kMoney) == "spend");
  CHECK(MetricOf(kDe,
                 "Die Stadt gab 4 Millionen Euro für Ausgaben der Schulen aus, das Programm ist "
                 "zeitlich begrenzt.",
                 "4 Millionen Euro", kMoney) == "spend");
  CHECK(
      MetricOf(kEn,
               "The college spent $3m on new halls, and every graduate wore a cap and gown at the "
               "opening ceremony.",
               "$3m", kMoney) == "spend");
  // Negatives: the limit right next to the spend cue, or a limit verb closing the clause of
  // the costs, still makes a budget.
  CHECK(
      MetricOf(kDe,
               "Die Partei will die Kosten für die Kampagne des Kandidaten zwischen zwei und drei "
               "Millionen limitieren.",
               "zwei und drei Millionen", kMoney) == "budget");
  CHECK(MetricOf(kDe, "Die Stadt will die Ausgaben auf 4 Millionen Euro deckeln.",
                 "4 Millionen Euro", kMoney) == "budget");
}

TEST_CASE("metric de: separable verbs of spending and taking in", "[metric][de]") {
  CHECK(MetricOf(kDe,
                 "Für neue Spielplätze gibt die Gemeinde Torstadt jährlich 4 Millionen Euro aus.",
                 "4 Millionen Euro", kMoney) == "spend");
  CHECK(MetricOf(kDe, "Mit der Maut nimmt das Land Velmarien so knapp 80 Millionen Euro ein.",
                 "80 Millionen Euro", kMoney) == "revenue");
  // Other verbs with the same particles name no measure: an estimate, a report.
  CHECK(MetricOf(kDe, "Die Fachleute gehen von 20 bis 30 Mrd. Euro aus.", "20 bis 30 Mrd. Euro",
                 kMoney)
            .empty());
  CHECK(MetricOf(kDe, "Der Verein wies zuletzt 40 Millionen Euro aus.", "40 Millionen Euro", kMoney)
            .empty());
}

TEST_CASE("metric: a bail-out or a capital injection or a Geldspritze is funding", "[metric]") {
  CHECK(MetricOf(kEn, "The lender avoided bankruptcy thanks to a $2.1bn bail-out in May.", "$2.1bn",
                 kMoney) == "funding");
  CHECK(MetricOf(kEn, "The club needs a capital injection of 40m euros.", "40m euros", kMoney) ==
        "funding");
  CHECK(MetricOf(kEn, "Orchard growers get 60m euro top-up", "60m euro", kMoney) == "funding");
  CHECK(MetricOf(kDe, "Die Werft erhält eine Finanzspritze von 90 Millionen Euro.",
                 "90 Millionen Euro", kMoney) == "funding");
  // A bare "Spritze" is a syringe or a jab, not money given.
  CHECK(MetricOf(kDe, "Die Klinik braucht für die Spritze 90 Millionen Euro im Jahr.",
                 "90 Millionen Euro", kMoney) == "");
}

TEST_CASE("metric de: kostet with an object between or after the amount is no spending",
          "[metric][de]") {
  CHECK(MetricOf(kDe, "Der Streik kostete die Reederei 14 Millionen Euro Umsatz.",
                 "14 Millionen Euro", kMoney, "EUR", 1.4e7) != "spend");
  CHECK(MetricOf(kDe, "Mit einem Gewinn von 14 Millionen Euro kostet die Aktie jetzt 22 Euro.",
                 "14 Millionen Euro", kMoney, "EUR", 1.4e7) != "spend");
  // An object between the verb and the amount, a qualifier: still spending.
  CHECK(MetricOf(kDe, "Den Hilfsfonds kostet die Pleite 90 Millionen Euro.", "90 Millionen Euro",
                 kMoney, "EUR", 9e7) == "spend");
  CHECK(MetricOf(kDe, "Die Anlage kostet umgerechnet rund 9 Millionen Euro.", "9 Millionen Euro",
                 kMoney, "EUR", 9e6) == "spend");
  // Negative: gekostet closing the clause stays spending.
  CHECK(MetricOf(kDe, "Die Brücke hat am Ende 14 Millionen Euro gekostet.", "14 Millionen Euro",
                 kMoney, "EUR", 1.4e7) == "spend");
}

TEST_CASE("metric de: a million or more that something kostet is spending", "[metric][de]") {
  CHECK(MetricOf(kDe, "Der Bau der Halle hat rund 80 Millionen Euro gekostet.", "80 Millionen Euro",
                 kMoney, "EUR", 8e7) == "spend");
  CHECK(MetricOf(kDe, "Das neue Stadion kostet fast zwei Milliarden Euro.", "zwei Milliarden Euro",
                 kMoney, "EUR", 2e9) == "spend");
  // A small amount stays the price of one thing.
  CHECK(MetricOf(kDe, "Das Velmo-Rad kostet 1.200 Euro.", "1.200 Euro", kMoney, "EUR", 1200) ==
        "price");
  CHECK(MetricOf(kDe, "Die Wohnung kostete 450.000 Euro.", "450.000 Euro", kMoney, "EUR", 4.5e5) ==
        "price");
}

TEST_CASE("metric: a margin stated as a share of sales", "[metric][margin]") {
  CHECK(MetricOf(kEn, "Operating margins will fall to 4% of sales.", "4%", kPercent) == "margin");
  CHECK(MetricOf(kDe, "Die Marge liegt bei 6 Prozent des Umsatzes.", "6 Prozent", kPercent) ==
        "margin");
  CHECK(MetricOf(kEs, "El beneficio operativo equivale al 5 % de las ventas.", "5 %", kPercent) ==
        "margin");
  // Without a margin or profit cue a share of sales stays a share.
  CHECK(MetricOf(kEn, "About 40% of sales come from Asia.", "40%", kPercent) == "share");
}

TEST_CASE("metric: a product's share of the total sales is a market share", "[metric][share]") {
  CHECK(MetricOf(kEs, "Las ventas de vinilos concentran el 12 % del total.", "12 %", kPercent) ==
        "market_share");
  CHECK(MetricOf(kEn, "Sales of e-books made up 9% of the total, up from 7%.", "9%", kPercent) ==
        "market_share");
  // Of the total of something else: a share.
  CHECK(MetricOf(kEs, "El 12 % del total de los socios no acudió.", "12 %", kPercent) == "share");
}

TEST_CASE("metric: earnings per share are a profit, not a price", "[metric][profit]") {
  CHECK(MetricOf(kEn, "Earnings per share will be lower, at $4.50.", "$4.50", kMoney, "USD", 4.5) ==
        "profit");
  CHECK(MetricOf(kDe, "Der Gewinn je Aktie stieg auf 2,10 Euro.", "2,10 Euro", kMoney, "EUR",
                 2.1) == "profit");
  CHECK(MetricOf(kEs, "El beneficio por acción fue de 0,80 euros.", "0,80 euros", kMoney, "EUR",
                 0.8) == "profit");
  // A per-share amount without earnings stays a price.
  CHECK(MetricOf(kEn, "The offer is worth $12 per share.", "$12", kMoney, "USD", 12) == "price");
}

TEST_CASE("metric: connections and sign-ups are users", "[metric][count]") {
  CHECK(MetricOf(kEn, "The telecom added 600,000 connections in the quarter.",
                 "600,000 connections", kCount, "connection") == "users");
  CHECK(MetricOf(kEn, "Some 3 million people are signing up for broadband.", "3 million people",
                 kCount, "person") == "users");
  // People without such a cue are a population.
  CHECK(MetricOf(kEn, "Some 3 million people live in the region.", "3 million people", kCount,
                 "person") == "population");
}

TEST_CASE("metric: what is bought for a small amount is priced", "[metric][price]") {
  CHECK(MetricOf(kEn, "Buyers must find £9,800 to get one.", "£9,800", kMoney, "GBP", 9800) ==
        "price");
  CHECK(MetricOf(kDe, "Die Käufer zahlen dafür 25.000 Euro.", "25.000 Euro", kMoney, "EUR",
                 25000) == "price");
  CHECK(MetricOf(kEs, "Los compradores pagan 20.000 euros.", "20.000 euros", kMoney, "EUR",
                 20000) == "price");
  // Large purchases are spending.
  CHECK(MetricOf(kEn, "The group bought lorries worth £40m.", "£40m", kMoney, "GBP", 4e7) !=
        "price");
}

TEST_CASE("metric: a plan word inside a name is no plan", "[metric][budget]") {
  CHECK(MetricOf(kEn,
                 "Hospitals spent $30,000 per patient, says a study by Health Insurance Plans.",
                 "$30,000", kMoney, "USD", 30000) == "spend");
  CHECK(MetricOf(kEn, "The company plans to spend $30m on stores.", "$30m", kMoney, "USD", 3e7) ==
        "budget");
}

TEST_CASE("metric: a change verb right after a level reached names no measure",
          "[metric][growth]") {
  CHECK(MetricOf(kDe, "Der Beitragssatz soll von 5,2 auf 4,6 Prozent sinken.", "4,6 Prozent",
                 kPercent) == "tax_rate");
  CHECK(MetricOf(kEs, "La tasa de paro bajará al 11 % caerá más tarde.", "11 %", kPercent) ==
        "unemployment_rate");
  // A rate of change stays growth.
  CHECK(MetricOf(kDe, "Der Beitragssatz soll um 1 Prozent sinken.", "1 Prozent", kPercent) ==
        "growth");
}

TEST_CASE("metric: a comparison base measures the same as the figure before it",
          "[metric][comparison]") {
  using nf::testing::FigureWith;
  using nf::testing::FullText;
  const nf::Extraction es = FullText(
      "Las ventas de vinilos concentran en 2019 el 12 % del total, frente al 15 % de 2018.",
      nf::Lang::kEs);
  CHECK(FigureWith(es, "12 %").metric == "market_share");
  CHECK(FigureWith(es, "15 %").metric == "market_share");
  const nf::Extraction en =
      FullText("Voltaro's market share was 12% in June, compared with 15% in May.", nf::Lang::kEn);
  CHECK(FigureWith(en, "15%").metric == "market_share");
  const nf::Extraction de =
      FullText("Der Marktanteil der Kralinger AG lag bei 12 Prozent gegenüber 15 Prozent im Mai.",
               nf::Lang::kDe);
  CHECK(FigureWith(de, "15 Prozent").metric == "market_share");
  // Its own cue wins: "a $300m loss, against a $120m profit".
  const nf::Extraction own = FullText(
      "Brightwater posted a $300m loss, against a $120m profit a year before.", nf::Lang::kEn);
  CHECK(FigureWith(own, "$120m").metric == "profit");
}

TEST_CASE("metric en: a counted noun kept in its plural decides as its singular",
          "[metric][count]") {
  // Nouns outside the figure finder's table keep the folded plural as their unit.
  CHECK(MetricOf(kEn, "Veltrona added 450,000 connections in the spring.", "450,000 connections",
                 kCount, "connections") == "users");
  CHECK(MetricOf(kEn, "The chain now runs 120 branches.", "120 branches", kCount, "branches",
                 120) == "sites");
  CHECK(MetricOf(kEn, "Ostrava listed 40 factories for sale.", "40 factories", kCount, "factories",
                 40) == "sites");
  // A plural of no known noun decides nothing by itself.
  CHECK(MetricOf(kEn, "Ostrava listed 40 gadgets for sale.", "40 gadgets", kCount, "gadgets") !=
        "users");
  CHECK(MetricOf(kEn, "Ostrava listed 40 gadgets for sale.", "40 gadgets", kCount, "gadgets") !=
        "sites");
}

TEST_CASE("metric en: spending still to be made is a budget", "[metric][budget]") {
  CHECK(MetricOf(kEn, "Announced that 60bn rupees will be spent on rural roads.", "60bn rupees",
                 kMoney, "INR", 6e10) == "budget");
  CHECK(MetricOf(kEn, "Up to 40bn rupees to be spent on ports will be borrowed.", "40bn rupees",
                 kMoney, "INR", 4e10) == "budget");
  // Money already spent stays spending.
  CHECK(MetricOf(kEn, "Fans spent 60bn rupees on rural tickets.", "60bn rupees", kMoney, "INR",
                 6e10) == "spend");
}

TEST_CASE("metric en: what people earn is pay, what settles a suit is spending",
          "[metric][salary]") {
  CHECK(MetricOf(kEn, "Tax was cut for those earning less than 90,000 rupees.", "90,000 rupees",
                 kMoney, "INR", 90000) == "salary");
  CHECK(MetricOf(kEn, "Tax was cut for workers earning under £20,000.", "£20,000", kMoney, "GBP",
                 20000) == "salary");
  CHECK(MetricOf(kEn, "Kralinger agreed to pay $40m to settle the lawsuit.", "$40m", kMoney, "USD",
                 4e7) == "spend");
  // A company's earnings stay a profit, a plain payment to a person stays pay.
  CHECK(MetricOf(kEn, "Kralinger reported earnings of $40m.", "$40m", kMoney, "USD", 4e7) ==
        "profit");
  CHECK(MetricOf(kEn, "The board agreed to pay its chief $4m.", "$4m", kMoney, "USD", 4e6) ==
        "salary");
}

TEST_CASE("metric en: paying is a cost unless people are paid", "[metric][salary]") {
  // "pay"/"paid" alone: a payment to victims, a pay-off, bills paid.
  CHECK(MetricOf(kEn, "Kellmoor will pay $30m to victims of the fire.", "$30m", kMoney, "USD",
                 3e7) == "spend");
  CHECK(MetricOf(kEn, "Voltaro paid Kellmoor $2bn to get out of the partnership.", "$2bn", kMoney,
                 "USD", 2e9) == "spend");
  // Negatives: people being paid, or paid as the object, is pay.
  CHECK(MetricOf(kEn, "Its pilots were paid up to $200,000 a year.", "$200,000", kMoney, "USD",
                 2e5) == "salary");
  CHECK(MetricOf(kEn, "The mine will pay workers $40 a day.", "$40", kMoney, "USD", 40) ==
        "salary");
}

TEST_CASE("metric en: managed funds, new shares and central bank rates", "[metric][en]") {
  CHECK(MetricOf(kEn, "Its subsidiary, which manages the $6bn Ostrava Fund, may be sold.", "$6bn",
                 kMoney, "USD", 6e9) == "assets");
  CHECK(MetricOf(kEn, "It raised cash by selling new shares worth £900m.", "£900m", kMoney, "GBP",
                 9e8) == "funding");
  CHECK(MetricOf(kEn, "The central bank raised rates by a quarter point to 4.5%.", "4.5%",
                 kPercent) == "interest_rate");
  CHECK(MetricOf(kEn, "Analysts expect a rate cut to 2.25% in May.", "2.25%", kPercent) ==
        "interest_rate");
  // The price of one new share is a price.
  CHECK(MetricOf(kEn, "Ostrava will sell the new shares priced at 7 euros.", "7 euros", kMoney,
                 "EUR", 7) == "price");
  // Shares worth an amount without a sale of new ones value the holding.
  CHECK(MetricOf(kEn, "Its shares are worth £900m.", "£900m", kMoney, "GBP", 9e8) == "valuation");
  // "rates" of anything else are no interest rates.
  CHECK(MetricOf(kEn, "Tax rates rose 5% in the year.", "5%", kPercent) == "growth");
}

TEST_CASE("metric en: a level reached behind a qualifier is no change", "[metric][growth]") {
  CHECK(MetricOf(kEn,
                 "The proportion of readers using Kralinger's viewer has dropped to below 70%.",
                 "70%", kPercent) == "share");
  CHECK(MetricOf(kEn, "Its share of the market rose to almost 20%.", "20%", kPercent) ==
        "market_share");
  // A qualified rate of change stays growth.
  CHECK(MetricOf(kEn, "The proportion of readers using the viewer has dropped almost 7%.", "7%",
                 kPercent) == "growth");
}

TEST_CASE("metric en: falling short of a target is no change", "[metric][growth]") {
  CHECK(MetricOf(kEn,
                 "The goal for the shortfall is 2.7%, the official added - falling short of "
                 "the rule.",
                 "2.7%", kPercent) == "share");
  // A fall stays a change.
  CHECK(MetricOf(kEn, "The deficit will be 3.9%, the minister said - falling fast.", "3.9%",
                 kPercent) == "growth");
}

TEST_CASE("metric es: trade volume and balance, migrants and undocumented people", "[metric][es]") {
  CHECK(
      MetricOf(kEs,
               "Ambas naciones mueven 65.000 millones de euros de intercambio comercial cada año.",
               "65.000 millones de euros", kMoney) == "trade");
  CHECK(MetricOf(kEs, "Vietnia registró un déficit comercial de 3.000 millones de euros.",
                 "3.000 millones de euros", kMoney) == "trade");
  CHECK(MetricOf(kEs, "En Vietnia viven al menos 2 millones de indocumentados.", "2 millones",
                 kCount, "indocumentados") == "population");
  CHECK(MetricOf(kEs, "Ayer llegaron 300 inmigrantes al puerto de Vietnia.", "300 inmigrantes",
                 kCount, "inmigrantes") == "population");
  // Negative: trade in general ("el comercio electrónico") is no trade figure.
  CHECK(MetricOf(kEs, "El comercio electrónico de Tecnovía facturó 80 millones de euros.",
                 "80 millones de euros", kMoney) != "trade");
}

TEST_CASE("metric es: a contract clause is a deal value, an asking price a price",
          "[metric][es][es6]") {
  CHECK(MetricOf(kEs,
                 "El club Tecnovía tendrá que pagar la cláusula del lateral, que asciende a "
                 "2.000 millones.",
                 "2.000 millones", kMoney) == "deal_value");
  CHECK(MetricOf(kEs, "Ralo ofrece su granja de Valdeluz, por la cual pide 4,7 millones de euros.",
                 "4,7 millones de euros", kMoney) == "price");
  CHECK(MetricOf(kEs, "Los agricultores piden 9 euros por kilo.", "9 euros", kMoney, "EUR", 9) ==
        "price");
  // Negatives: "pide" inside another word, and no cue at all.
  CHECK(MetricOf(kEs, "La empresa Ondamar despidió a 300 trabajadores y pagó 40 millones.",
                 "40 millones", kMoney) != "price");
  CHECK(MetricOf(kEs, "La cifra del portero alcanza los 3.000 millones.", "3.000 millones", kMoney)
            .empty());
}

TEST_CASE(
    "metric es: 'encargarse de' is being in charge, not an order and 'de' + a money noun "
    "names the amount",
    "[metric][es][es11]") {
  CHECK(MetricOf(kEs, "Unos 40 voluntarios se encargan de la limpieza del parque.",
                 "40 voluntarios", kCount, "voluntarios") != "orders");
  CHECK(
      MetricOf(kEs, "Los 12 encargados de la obra firmaron.", "12 encargados", kCount, "encargados")
          .empty());
  // An order stays an order.
  CHECK(MetricOf(kEs, "La naviera encargó 6 buques al astillero.", "6 buques", kCount, "buques") ==
        "orders");
  CHECK(MetricOf(kEs, "La tienda vendió mucho y logró 8.300 euros de beneficio.", "8.300 euros",
                 kMoney, "EUR", 8300) == "profit");
  CHECK(MetricOf(kEs, "La tienda logró 900 euros de beneficio y 3.000 euros de deuda.",
                 "3.000 euros", kMoney, "EUR", 3000) == "debt");
}

TEST_CASE("metric de: the verb 'kosten' near a small amount is a price, the noun 'Kosten' spend",
          "[metric][de]") {
  CHECK(MetricOf(kDe, "Das Gerät wird zum Start rund 650 Euro kosten.", "650 Euro", kMoney, "EUR",
                 650) == "price");
  CHECK(MetricOf(kDe, "Sie kosten 39 bzw. 79 Euro.", "79 Euro", kMoney, "EUR", 79) == "price");
  // A project's millions are spending; the noun names costs.
  CHECK(MetricOf(kDe, "Der Neubau soll rund 40 Millionen Euro kosten.", "40 Millionen Euro", kMoney,
                 "EUR", 4e7) == "spend");
  CHECK(MetricOf(kDe, "Die Kosten der Reparatur lagen bei 650 Euro.", "650 Euro", kMoney, "EUR",
                 650) == "spend");
}

TEST_CASE("metric de: turnout (Wahlbeteiligung) is an election figure, not a stake",
          "[metric][de]") {
  CHECK(MetricOf(kDe, "Die Wahlbeteiligung lag bei 61,3 Prozent.", "61,3 Prozent", kPercent, "",
                 61.3) == "vote_share");
  // A stake stays a stake.
  CHECK(MetricOf(kDe, "Die Beteiligung der Kralinger AG liegt bei 25 Prozent.", "25 Prozent",
                 kPercent, "", 25) == "stake");
}

TEST_CASE("metric de: migrants and asylum seekers are a population, public servants are staff",
          "[metric][de]") {
  CHECK(MetricOf(kDe, "Am Wochenende kamen rund 6.200 Migranten über die Grenze.",
                 "6.200 Migranten", kCount, "migranten", 6200) == "population");
  CHECK(MetricOf(kDe, "Das Quartier bietet Platz für 140 Asylwerber.", "140 Asylwerber", kCount,
                 "asylwerber", 140) == "population");
  CHECK(MetricOf(kDe, "Gezählt wurden 9.800 Schutzsuchende.", "9.800 Schutzsuchende", kCount,
                 "schutzsuchende", 9800) == "population");
  CHECK(MetricOf(kDe, "Für die Behörde arbeiten 1.730 Bedienstete.", "1.730 Bedienstete", kCount,
                 "bedienstete", 1730) == "employees");
  // Negative: a word that only begins like one of them.
  CHECK(MetricOf(kDe, "Dazu äußerten sich 12 Migrationsforscher.", "12 Migrationsforscher", kCount,
                 "migrationsforscher", 12)
            .empty());
}

TEST_CASE("metric de: people killed, dead, missing or harmed are cases, not a population",
          "[metric][de]") {
  constexpr FigureKind kQuantity = FigureKind::kQuantity;
  CHECK(MetricOf(kDe, "Bei dem Lawinenabgang in Obertalwies sind 14 Menschen ums Leben gekommen.",
                 "14 Menschen", kCount, "person", 14) == "cases");
  CHECK(MetricOf(kDe, "Nach Angaben der Helfer wurden mindestens 37 Personen getötet.",
                 "37 Personen", kCount, "person", 37) == "cases");
  CHECK(MetricOf(kDe, "Im Vorjahr starben 212 Radfahrer auf den Straßen.", "212 Radfahrer", kCount,
                 "radfahrer", 212) == "cases");
  CHECK(MetricOf(kDe, "Der Sturm forderte 58 Menschenleben.", "58 Menschenleben", kCount,
                 "menschenleben", 58) == "cases");
  CHECK(MetricOf(kDe, "Noch immer werden 9 Bergsteiger vermisst.", "9 Bergsteiger", kCount,
                 "bergsteiger", 9) == "cases");
  // Negatives: people without harm stay a population; "Starbucks" is no verb; a measure in a
  // sentence about the dead is no case.
  CHECK(MetricOf(kDe, "In der Gemeinde leben 4.300 Menschen.", "4.300 Menschen", kCount, "person",
                 4300) == "population");
  CHECK(MetricOf(kDe, "Vor dem Starbucks am Bahnhof warteten 80 Menschen.", "80 Menschen", kCount,
                 "person", 80) == "population");
  CHECK(MetricOf(kDe, "Der Bus stürzte 40 Meter tief, zwei Insassen wurden verletzt.", "40 Meter",
                 kQuantity, "m", 40)
            .empty());
}

TEST_CASE("metric: a measure is never a number of people, places or companies (de, es, en)",
          "[metric]") {
  constexpr FigureKind kQuantity = FigureKind::kQuantity;
  CHECK(MetricOf(kDe, "Die Nutzer surfen nun mit 40 Mbit/s.", "40 Mbit/s", kQuantity, "Mbit/s", 40)
            .empty());
  CHECK(MetricOf(kDe, "Die Mitarbeiter legten 12 Kilometer zu Fuß zurück.", "12 Kilometer",
                 kQuantity, "km", 12)
            .empty());
  CHECK(MetricOf(kEs, "Los vecinos viven a 30 kilómetros de la fábrica.", "30 kilómetros",
                 kQuantity, "km", 30)
            .empty());
  CHECK(MetricOf(kEn, "The 40 metre hall holds 300 visitors.", "40 metre", kQuantity, "m", 40)
            .empty());
  // Negatives: production and sales of a measure keep their label; counts keep theirs.
  CHECK(MetricOf(kDe, "Die Produktion stieg auf 38 Millionen Tonnen.", "38 Millionen Tonnen",
                 kQuantity, "t", 38e6) == "production");
  CHECK(MetricOf(kDe, "Die Firma hat 300 Mitarbeiter.", "300 Mitarbeiter", kCount, "employee",
                 300) == "employees");
}

TEST_CASE("metric en: what a deal or contract is worth is its value, not a valuation",
          "[metric][deal]") {
  CHECK(MetricOf(kEn, "Pellamor agreed to buy the mill in a deal worth $4bn.", "$4bn", kMoney) ==
        "deal_value");
  CHECK(MetricOf(kEn, "Dravik won two contracts worth £30m from the navy.", "£30m", kMoney) ==
        "deal_value");
  CHECK(MetricOf(kEn, "It signed a deal that could be worth as much as $2bn.", "$2bn", kMoney) ==
        "deal_value");
  CHECK(MetricOf(kEn, "Brenmoor rejected a takeover offer worth 900m euros.", "900m euros",
                 kMoney) == "deal_value");
  CHECK(MetricOf(kEn, "Ostara sold the port in a deal valued at $1.2bn.", "$1.2bn", kMoney) ==
        "deal_value");
  CHECK(MetricOf(kEn, "The group expects new investment worth $6bn by 2010.", "$6bn", kMoney) ==
        "investment");
  // Negatives: what names no measure is valued ("which is worth"), "valued" without "at".
  CHECK(MetricOf(kEn, "The firm, which is worth $12bn, runs four plants.", "$12bn", kMoney) ==
        "valuation");
  CHECK(MetricOf(kEn, "The bank was valued at $9bn after the deal.", "$9bn", kMoney) ==
        "valuation");
  CHECK(MetricOf(kEn, "The deal came as Ostara's shares, worth $8bn in all, fell.", "$8bn",
                 kMoney) == "valuation");
}

TEST_CASE("metric en: the level an economy's growth reaches is growth, a base rate interest",
          "[metric][growth]") {
  CHECK(MetricOf(kEn, "Growth in Veloria slowed to 1.4% in the spring.", "1.4%", kPercent) ==
        "growth");
  CHECK(MetricOf(kEn, "GDP is expected at 2.6% next year.", "2.6%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "It sees an economy growing at 3 to 3.5%.", "3 to 3.5%", kPercent) ==
        "growth");
  CHECK(MetricOf(kEn, "The bank kept base rates on hold at 4.5%.", "4.5%", kPercent) ==
        "interest_rate");
  CHECK(MetricOf(kEn, "Although demand is robust, base rates will stay at 3.75%.", "3.75%",
                 kPercent) == "interest_rate");
  CHECK(MetricOf(kEn, "The meeting that pushed rates up to 3.25% worried about inflation.", "3.25%",
                 kPercent) == "interest_rate");
  // Negatives: a level with no growth noun is a share; the whole a share is taken of.
  CHECK(MetricOf(kEn, "Women now make up to 40% of the board.", "40%", kPercent) == "share");
  CHECK(MetricOf(kEn, "Its shortfall eased to 2.4% of GDP, while Veloria's is due to fall to 3.5%.",
                 "3.5%", kPercent) == "share");
}

TEST_CASE("metric en: an economy's rate named right before a percentage is that rate's level",
          "[metric][en]") {
  CHECK(MetricOf(kEn, "The central bank may raise interest rates from their current 6.5%.", "6.5%",
                 kPercent) == "interest_rate");
  CHECK(MetricOf(kEn, "Although interest rates still stand at a steep 14.5%, exports boom.",
                 "14.5%", kPercent) == "interest_rate");
  CHECK(MetricOf(kEn, "The plan should cut the jobless rate to between 4% and 6%.", "4% and 6%",
                 kPercent) == "unemployment_rate");
  // Borrowing costs are the interest rate.
  CHECK(MetricOf(kEn, "The Veloria central bank lifted borrowing costs twice to 3.25%.", "3.25%",
                 kPercent) == "interest_rate");
  CHECK(MetricOf(kEn, "Analysts see borrowing costs staying at 1.5% until autumn.", "1.5%",
                 kPercent) == "interest_rate");
  // Negatives: a change of the rate, a change amount after "by", another measure between.
  CHECK(MetricOf(kEn, "The jobless rate in Veloria fell 0.2% in May.", "0.2%", kPercent) ==
        "growth");
  CHECK(MetricOf(kEn, "Interest rates were cut by 0.5% in May.", "0.5%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "Borrowing costs at Kellmoor rose 8% in May.", "8%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "Despite low interest rates, house prices rose 9% in May.", "9%", kPercent) !=
        "interest_rate");
}

TEST_CASE("metric en: inflation or unemployment falling below or from a percentage is its level",
          "[metric][en]") {
  CHECK(MetricOf(kEn, "In Veloria inflation fell below 8% in spring for the first time.", "8%",
                 kPercent) == "inflation_rate");
  CHECK(MetricOf(kEn, "Inflation has eased from 11% to 6% while exports boom.", "11%", kPercent) ==
        "inflation_rate");
  CHECK(MetricOf(kEn, "Unemployment dropped below 7% in Veloria last month.", "7%", kPercent) ==
        "unemployment_rate");
  CHECK(MetricOf(kEn, "The jobless rate rose from 4.1% to 4.3%.", "4.1%", kPercent) ==
        "unemployment_rate");
  // Negatives: a change of inflation is growth; a price's inflation is no inflation rate.
  CHECK(MetricOf(kEn, "Inflation in Veloria fell 0.4% in May.", "0.4%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "Annual house price inflation dipped below 15% in May.", "15%", kPercent) !=
        "inflation_rate");
}

TEST_CASE(
    "metric es en: a survey result is a share and a poll of parties or an election a vote share",
    "[metric]") {
  CHECK(MetricOf(kEn, "Nearly 58% of people questioned in a survey said the buses were dirty.",
                 "58%", kPercent, "", 58) == "share");
  CHECK(MetricOf(kEn, "About 31% of the farmers polled for the survey plan to sell.", "31%",
                 kPercent, "", 31) == "share");
  CHECK(MetricOf(kEs, "El 57% de los encuestados en el sondeo prefiere el tren.", "57%", kPercent,
                 "", 57) == "share");
  CHECK(MetricOf(kEs, "Según una encuesta, el 44 % de los vecinos usa la bici.", "44 %", kPercent,
                 "", 44) == "share");
  // Positives: a party, a candidate or an election make it a poll.
  CHECK(MetricOf(kEn, "The Green party stands at 23% in the latest poll.", "23%", kPercent, "",
                 23) == "vote_share");
  CHECK(MetricOf(kEn, "A poll before the election puts the mayor at 41%.", "41%", kPercent, "",
                 41) == "vote_share");
  CHECK(MetricOf(kEs, "Según la encuesta, el partido de Velasco obtendría el 29 %.", "29 %",
                 kPercent, "", 29) == "vote_share");
  CHECK(MetricOf(kEs, "El sondeo da al candidato liberal un 35 %.", "35 %", kPercent, "", 35) ==
        "vote_share");
}

TEST_CASE("metric de: a survey result is a share, a poll of parties or an election a vote share",
          "[metric][de]") {
  CHECK(MetricOf(kDe, "Laut einer Umfrage des Verbands würden 41 Prozent ein Lastenrad kaufen.",
                 "41 Prozent", kPercent, "", 41) == "share");
  CHECK(MetricOf(kDe,
                 "Mehr als jeder Dritte (36 Prozent) gab in der Umfrage an, nie zu frühstücken.",
                 "36 Prozent", kPercent, "", 36) == "share");
  CHECK(MetricOf(kDe, "58 Prozent der Pendler fahren laut einer Umfrage der Stadt mit dem Bus.",
                 "58 Prozent", kPercent, "", 58) == "share");
  // Positives: a party, a candidate, an election or a referendum's sides make it a poll.
  CHECK(MetricOf(kDe, "In einer Umfrage kommt die Partei der Bauern auf 23 Prozent.", "23 Prozent",
                 kPercent, "", 23) == "vote_share");
  CHECK(MetricOf(kDe, "Laut der jüngsten Umfrage liegt der Kandidat der Liberalen bei 31 Prozent.",
                 "31 Prozent", kPercent, "", 31) == "vote_share");
  CHECK(MetricOf(kDe, "Vor der Wahl sieht eine Umfrage die Regierung bei 38 Prozent.", "38 Prozent",
                 kPercent, "", 38) == "vote_share");
  CHECK(MetricOf(kDe, "Die Befürworter des Austritts liegen in der Umfrage bei 47 Prozent.",
                 "47 Prozent", kPercent, "", 47) == "vote_share");
  CHECK(MetricOf(kDe, "Dem Bürgermeister werden in Umfragen neun Prozent vorhergesagt.",
                 "neun Prozent", kPercent, "", 9) == "vote_share");
}

TEST_CASE("metric de: what is received, preserved, admitted or given as a measure is no shipment",
          "[metric][de]") {
  constexpr FigureKind kQuantity = FigureKind::kQuantity;
  CHECK(MetricOf(kDe, "Der Verein soll 12 Minuspunkte erhalten.", "12 Minuspunkte", kCount,
                 "minuspunkte", 12) != "shipments");
  CHECK(MetricOf(kDe, "Die rund 900 Bewerber erhalten morgen einen Brief.", "900 Bewerber", kCount,
                 "bewerber", 900) != "shipments");
  CHECK(MetricOf(kDe, "Er kaufte einen gut erhaltenen Traktor mit drei Achsen.", "drei Achsen",
                 kCount, "achsen", 3) != "shipments");
  CHECK(MetricOf(kDe, "Elf von ihnen wurden ins Spital eingeliefert.", "Elf", kCount, "", 11) !=
        "shipments");
  CHECK(MetricOf(kDe, "Der neue Bildsensor der Kamera liefert 24 Megapixel.", "24 Megapixel",
                 kQuantity, "MP", 24) != "shipments");
  CHECK(MetricOf(kDe, "Die Turbinen sollen ab Mai 12 MW liefern.", "12 MW", kQuantity, "MW", 12) !=
        "shipments");
  // Positives: goods delivered or received, a mass delivered, a number received after an order.
  CHECK(MetricOf(kDe, "Der Hersteller lieferte 700 Fahrzeuge aus.", "700 Fahrzeuge", kCount,
                 "vehicle", 700) == "shipments");
  CHECK(MetricOf(kDe, "Die Schule hat 300 Geräte erhalten.", "300 Geräte", kCount, "device", 300) ==
        "shipments");
  CHECK(MetricOf(kDe, "Das Land bekam eine Lieferung von 2.000 Tonnen Weizen.", "2.000 Tonnen",
                 kQuantity, "t", 2000) == "shipments");
  CHECK(MetricOf(kDe, "Sie hat 5.000 Server bestellt, aber erst 800 erhalten.", "800", kCount, "",
                 800) == "shipments");
}

TEST_CASE("metric en: a business bought or sold for millions is a deal's value", "[metric][deal]") {
  CHECK(MetricOf(kEn, "Voltaro bought the Kellmoor unit for $900m last year.", "$900m", kMoney) ==
        "deal_value");
  CHECK(MetricOf(kEn, "Dravik agreed to sell its stake to Ostara for about 700m euros.",
                 "700m euros", kMoney) == "deal_value");
  CHECK(MetricOf(kEn, "The mill was sold for more than £2bn in an auction.", "£2bn", kMoney) ==
        "deal_value");
  CHECK(MetricOf(kEn, "Brenmoor is to buy rival Pellam Stores for $4.1bn.", "$4.1bn", kMoney) ==
        "deal_value");
  // Negatives: a small amount is a price, a buy-back spending, sales without "for" revenue.
  CHECK(MetricOf(kEn, "The console will sell for $299 in shops.", "$299", kMoney, "", 299) ==
        "price");
  CHECK(MetricOf(kEn, "Ostara will buy back shares for $2bn this year.", "$2bn", kMoney) !=
        "deal_value");
  CHECK(MetricOf(kEn, "Dravik sold goods worth $3bn abroad.", "$3bn", kMoney) != "deal_value");
}

TEST_CASE("metric en: what a company earned is its profit", "[metric][en]") {
  CHECK(MetricOf(kEn, "The Kellmoor group earned $420m in the final quarter.", "$420m", kMoney) ==
        "profit");
  CHECK(MetricOf(kEn, "During the same period, Voltaro earned $95m, helped by advertising.", "$95m",
                 kMoney) == "profit");
  // Negatives: revenue named next to the amount stays revenue; "learned" is no cue.
  CHECK(MetricOf(kEn, "Kellmoor earned praise as its revenue rose to $3bn.", "$3bn", kMoney) ==
        "revenue");
  CHECK(MetricOf(kEn, "Voltaro learned that the bill had reached $2bn.", "$2bn", kMoney) !=
        "profit");
}

TEST_CASE("metric: people counted are a population, not goods shipped, bought or made",
          "[metric][es][en][es17]") {
  CHECK(MetricOf(kEs, "Unas 8.000 personas siguen en centros de acogida de Olmedal.",
                 "8.000 personas", kCount, "person") == "population");
  CHECK(MetricOf(kEs, "Tarquena compró 9 millones de dosis para vacunar a 4 millones de personas.",
                 "4 millones de personas", kCount, "person") == "population");
  CHECK(MetricOf(kEn, "Thousands of people queued to buy the Kelvora console.",
                 "Thousands of people", kCount, "person") == "population");
  // Negative: the goods themselves keep the metric of the verb.
  CHECK(MetricOf(kEs, "Tarquena compró 9 millones de dosis para vacunar a 4 millones de personas.",
                 "9 millones de dosis", kCount, "dosis") == "purchases");
}

TEST_CASE("metric en: 'in' and a cue after an amount names its measure", "[metric][en]") {
  // After the amount, after its bracketed conversion, and with one word between.
  CHECK(MetricOf(kEn, "Kellmoor must pay $4bn in taxes.", "$4bn", kMoney) == "tax");
  CHECK(MetricOf(kEn, "The plant was sold to settle $6bn ($4bn) in back taxes.", "$6bn", kMoney) ==
        "tax");
  CHECK(MetricOf(kEn, "With Voltaro some $3bn (£2bn) in deficit, lenders worry.", "$3bn", kMoney) ==
        "debt");
  // Negatives: a place or a time after "in" names no measure; the spending verb stays.
  CHECK(MetricOf(kEn, "Kellmoor will spend $4bn in Ruritania.", "$4bn", kMoney) == "spend");
  CHECK(MetricOf(kEn, "Kellmoor will spend $4bn in May on taxes.", "$4bn", kMoney) != "tax");
}

TEST_CASE("metric en: a change's pace after 'rising at' is growth, a level 'at' is not",
          "[metric][en]") {
  CHECK(MetricOf(kEn, "Household debt is rising at 12% a year.", "12%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "Spending at Kellmoor grew at 3.1% in the spring.", "3.1%", kPercent) ==
        "growth");
  // Negatives: a level the measure stands at.
  CHECK(MetricOf(kEn, "Kellmoor's stake stood at 12% in May.", "12%", kPercent) != "growth");
  CHECK(MetricOf(kEn, "Prices at Kellmoor were steady at 4% in May.", "4%", kPercent) != "growth");
}

TEST_CASE("metric en: a price that shed, lost, tumbled, plunged or soared changed by a rate",
          "[metric][en]") {
  CHECK(MetricOf(kEn, "Shares in Kellmoor shed almost 6% on Monday.", "6%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "The Ruritanian crown lost 0.4% against the euro.", "0.4%", kPercent) ==
        "growth");
  CHECK(MetricOf(kEn, "Kellmoor's stock tumbled 12% in Paris.", "12%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "Sales at Kellmoor plunged 2.2% in December.", "2.2%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "Shares in Kellmoor soared 9% on the news.", "9%", kPercent) == "growth");
  // Negatives: a part of a whole stays a share; a glued word is no cue.
  CHECK(MetricOf(kEn, "Kellmoor lost 5% of its staff to rivals.", "5%", kPercent) == "share");
  CHECK(MetricOf(kEn, "Kellmoor's shedding plan covers 5% of the plants.", "5%", kPercent) ==
        "share");
}

TEST_CASE("metric es: 'por un importe de' is an amount, not imports", "[metric][es][es18]") {
  CHECK(MetricOf(kEs, "La firma Veltra saldó la deuda por un importe de 18 millones de euros.",
                 "18 millones de euros", kMoney, "EUR") == "debt");
  CHECK(MetricOf(kEs, "Veltra adquirió la nave por un importe de 26 millones de euros.",
                 "26 millones de euros", kMoney, "EUR") != "trade");
  // Negative: imports stay trade, in Spanish and German.
  CHECK(MetricOf(kEs, "Las importaciones de Veltra sumaron 30 millones de euros.",
                 "30 millones de euros", kMoney, "EUR") == "trade");
  CHECK(MetricOf(kDe, "Die Importe stiegen auf 30 Millionen Euro.", "30 Millionen Euro", kMoney,
                 "EUR") == "trade");
  CHECK(MetricOf(kDe, "Die Importe der Kralmark betrugen 30 Millionen Euro.", "30 Millionen Euro",
                 kMoney, "EUR") == "trade");
  CHECK(MetricOf(kDe, "Die Importe des Landes betrugen 30 Millionen Euro.", "30 Millionen Euro",
                 kMoney, "EUR") == "trade");
}

TEST_CASE("metric es: people who died, were killed or infected are cases", "[metric][es][es18]") {
  CHECK(MetricOf(kEs, "En la isla de Valdoria murieron 30 personas por la tormenta.", "30 personas",
                 kCount, "person", 30) == "cases");
  CHECK(MetricOf(kEs, "El brote mató a 200 personas en Tarvena.", "200 personas", kCount, "person",
                 200) == "cases");
  CHECK(MetricOf(kEs, "El hongo infectó a 200 personas en Tarvena.", "200 personas", kCount,
                 "person", 200) == "cases");
  // Negative: people living somewhere are a population.
  CHECK(MetricOf(kEs, "En Valdoria viven 30.000 personas.", "30.000 personas", kCount, "person",
                 30000) == "population");
}

TEST_CASE("metric es: what a thing was sold or auctioned for is its price or the deal's value",
          "[metric][es][price]") {
  CHECK(MetricOf(kEs, "Un cuadro de Marelo Vantí fue vendido por 3,2 millones de euros en Lisboa.",
                 "3,2 millones de euros", kMoney, "", 3.2e6) == "price");
  CHECK(MetricOf(kEs, "El reloj de la actriz es subastado en 1,8 millones de dólares",
                 "1,8 millones de dólares", kMoney, "", 1.8e6) == "price");
  CHECK(MetricOf(kEs, "La moto de Ilda Morán acabó vendida por más de 6 millones de pesos.",
                 "6 millones de pesos", kMoney, "", 6e6) == "price");
  // A business, a brand or a stake that changed hands: the deal's value.
  CHECK(MetricOf(kEs, "Ostrala venderá la marca Pinova por unos 900 millones de euros.",
                 "900 millones de euros", kMoney, "", 9e8) == "deal_value");
  CHECK(MetricOf(kEs, "Ostrala prevé vender su 2% en Telvina por 400 millones.", "400 millones",
                 kMoney, "", 4e8) == "deal_value");
  CHECK(MetricOf(kEs, "Ostrala compró Telvina por 70 millones de euros.", "70 millones de euros",
                 kMoney, "", 7e7) == "deal_value");
  // Negative: "por" without a sale before it, and sellers are no sale.
  CHECK(MetricOf(kEs, "Ostrala facturó por 90 millones de euros en ventas de cable.",
                 "90 millones de euros", kMoney, "", 9e7) == "revenue");
  CHECK(MetricOf(kEs, "Los vendedores de Ostrala ganaron por 12 millones de euros.",
                 "12 millones de euros", kMoney, "", 1.2e7) != "price");
}

TEST_CASE("metric es: aid injected, guaranteed or donated, and money given to fund something",
          "[metric][es][funding]") {
  CHECK(MetricOf(kEs, "Portalia inyectará 2.500 millones de euros en la banca regional.",
                 "2.500 millones de euros", kMoney) == "funding");
  CHECK(MetricOf(kEs, "El Gobierno aprobó un paquete de 700 millones de euros para las pymes.",
                 "700 millones de euros", kMoney) == "funding");
  CHECK(MetricOf(kEs, "La fundación Veral donó 3 millones de euros al hospital.",
                 "3 millones de euros", kMoney) == "funding");
  CHECK(MetricOf(kEs,
                 "La Junta de Norlia destinó 900 millones de euros (1.000 millones de dólares) "
                 "para costear los sueldos de sus guías.",
                 "900 millones de euros", kMoney) == "funding");
  CHECK(MetricOf(kEs,
                 "Portalia giró 300 millones a los cabildos para sufragar el gasto "
                 "escolar.",
                 "300 millones", kMoney) == "funding");
  // Research is no investment.
  CHECK(MetricOf(kEs, "Su equipo de investigación tiene 15 millones.", "15 millones", kMoney) !=
        "investment");
  // Negative: a severance package is pay, a package of shares no aid, and money after
  // "para" that funds nothing keeps its measure.
  CHECK(MetricOf(kEs, "Rechazó un paquete de indemnización de 64.000 euros.", "64.000 euros",
                 kMoney, "", 64000) == "salary");
  CHECK(MetricOf(kEs, "Los salarios sumaron 40 millones de euros para los temporeros.",
                 "40 millones de euros", kMoney) == "salary");
}

TEST_CASE("metric es: parts and levels are no change", "[metric][es][growth]") {
  // "bajo" is "under" or "low", not a fall.
  CHECK(MetricOf(kEs, "En Orlina, el 12 % vive bajo el umbral de la pobreza.", "12 %", kPercent) ==
        "share");
  CHECK(MetricOf(kEs, "El 2 % es mucho más bajo que el de Orlina.", "2 %", kPercent) == "share");
  // A definite article before "más": a part, not a change.
  CHECK(MetricOf(kEs, "El 1 % más rico de Orlina acumula la mitad de las tierras.", "1 %",
                 kPercent) == "share");
  // A change cue after a clause's comma says nothing about the rate before it.
  CHECK(MetricOf(kEs, "El abandono escolar ronda el 7 % en Norlia, aunque sube al 11 % en Kralia.",
                 "7 %", kPercent) == "share");
  // A level reached behind a qualifier.
  CHECK(MetricOf(kEs, "La ocupación de camas aumenta a más del 60 % en invierno.", "60 %",
                 kPercent) == "share");
  // Negative: "un 20 % más", "bajó un 4 %" and a change cue right after stay growth.
  CHECK(MetricOf(kEs, "Las ventas de Orlina fueron un 20 % más altas.", "20 %", kPercent) ==
        "growth");
  CHECK(MetricOf(kEs, "El consumo bajó un 4 % en Orlina.", "4 %", kPercent) == "growth");
  CHECK(MetricOf(kEs, "Las ventas, un 6 % al alza en Orlina.", "6 %", kPercent) == "growth");
}

TEST_CASE("metric es: what a thing costs is its price, what a project costs is spending",
          "[metric][es][price]") {
  CHECK(MetricOf(kEs, "La reforma del puente, que costará 300 millones de pesos, empieza en mayo.",
                 "300 millones de pesos", kMoney, "", 3e8) == "spend");
  CHECK(MetricOf(kEs, "El nuevo hospital de Larrea costaría 90 millones de euros.",
                 "90 millones de euros", kMoney, "", 9e7) == "spend");
  CHECK(MetricOf(kEs, "Un viaje corto en globo llega a costar cientos de euros.",
                 "cientos de euros", kMoney, "", 100) == "price");
  // Negative: the nouns "coste" / "costo" stay spending, a coast is no cost.
  CHECK(MetricOf(kEs, "El coste del programa fue de 50.000 euros.", "50.000 euros", kMoney, "",
                 5e4) == "spend");
  CHECK(MetricOf(kEs, "La costa de Larrea facturó 40 millones de euros en turismo.",
                 "40 millones de euros", kMoney, "", 4e7) == "revenue");
}

TEST_CASE("metric es: a lot sold or goods bought for an amount are no one thing's price",
          "[metric][es][price]") {
  CHECK(MetricOf(kEs, "Ostrala vendió 200 camiones por 30 millones de euros.",
                 "30 millones de euros", kMoney, "", 3e7) != "price");
  CHECK(MetricOf(kEs, "El Gobierno compró las vacunas por 300 millones de euros.",
                 "300 millones de euros", kMoney, "", 3e8) != "price");
  // Negative: one thing sold keeps its price.
  CHECK(MetricOf(kEs, "El manuscrito fue vendido por 30 millones de euros.", "30 millones de euros",
                 kMoney, "", 3e7) == "price");
}

TEST_CASE("metric es: wealth declared is assets, money received from a body is funding",
          "[metric][es][funding]") {
  CHECK(MetricOf(kEs, "Los dos diputados declararon un patrimonio conjunto de 900.000 euros.",
                 "900.000 euros", kMoney, "", 9e5) == "assets");
  CHECK(MetricOf(kEs, "El laboratorio de Larrea recibió 12 millones del Instituto Tavera.",
                 "12 millones", kMoney, "", 1.2e7) == "funding");
  CHECK(MetricOf(kEs, "La asociación ha recibido unos 3 millones de euros de la Unión Europea.",
                 "3 millones de euros", kMoney, "", 3e6) == "funding");
  // Negative: money received as pay or for a sale, and received from nobody named.
  CHECK(MetricOf(kEs, "El portero recibió 12 millones de euros de sueldo.", "12 millones de euros",
                 kMoney, "", 1.2e7) == "salary");
  CHECK(MetricOf(kEs, "La empresa recibió 12 millones de euros en marzo.", "12 millones de euros",
                 kMoney, "", 1.2e7) != "funding");
}

TEST_CASE("metric es: more verb forms of dying count deaths", "[metric][es][count]") {
  CHECK(MetricOf(kEs, "En abril morían 300 vecinos de Larrea al día.", "300 vecinos", kCount,
                 "vecinos", 300) == "cases");
  CHECK(MetricOf(kEs, "Los expertos de Larrea avisan que 2.000 personas morirán este invierno.",
                 "2.000 personas", kCount, "person", 2000) == "cases");
  CHECK(MetricOf(kEs, "Hasta ayer, 12 personas de Larrea perdieron la vida en la riada.",
                 "12 personas", kCount, "person", 12) == "cases");
  // Negative: money lost stays a loss, people alive stay a population.
  CHECK(MetricOf(kEs, "Larrea Textil perdió 5 millones de euros en 2020.", "5 millones de euros",
                 kMoney, "", 5e6) == "loss");
  CHECK(MetricOf(kEs, "En Larrea viven 12 personas.", "12 personas", kCount, "person", 12) ==
        "population");
}

TEST_CASE("metric es: viewers of a broadcast or a video are visitors", "[metric][es][count]") {
  CHECK(MetricOf(kEs, "El debate fue seguido por 4 millones de telespectadores.",
                 "4 millones de telespectadores", kCount, "telespectadores", 4e6) == "visitors");
  CHECK(MetricOf(kEs, "El vídeo de Larrea suma 80.000 reproducciones.", "80.000 reproducciones",
                 kCount, "reproducciones", 8e4) == "visitors");
  CHECK(MetricOf(kEs, "El vídeo, que ha sido visto por 9.000 personas, circula en Larrea.",
                 "9.000 personas", kCount, "person", 9000) == "visitors");
  // Negative: people who live somewhere stay a population.
  CHECK(MetricOf(kEs, "En Larrea viven 9.000 personas.", "9.000 personas", kCount, "person",
                 9000) == "population");
}

TEST_CASE("metric es: more verbs of a change, and a level after 'a'", "[metric][es][growth]") {
  CHECK(MetricOf(kEs, "La economía de Larrea se desplomó un 6 % el año pasado.", "6 %", kPercent) ==
        "growth");
  CHECK(MetricOf(kEs, "La mascarilla de Larrea reduce el riesgo de contagio en un 60 por ciento.",
                 "60 por ciento", kPercent) == "growth");
  CHECK(MetricOf(kEs, "Los envíos de Larrea se multiplicaron en un 300 %.", "300 %", kPercent) ==
        "growth");
  // Negative: the level reached after "a" / "a un", and a change after ", pero" is another's.
  CHECK(MetricOf(kEs, "La cifra de Larrea se reduce a 18 % para los hombres.", "18 %", kPercent) ==
        "share");
  CHECK(MetricOf(kEs,
                 "Larrea bajará el déficit a un 2 por ciento del total, en lugar de a un 3 por "
                 "ciento.",
                 "3 por ciento", kPercent) == "share");
  CHECK(MetricOf(kEs, "En Larrea la tasa está entre el 2 % y el 4 %, pero fuera la tasa se reduce.",
                 "2 % y el 4 %", kPercent) == "share");
  // An English article before a change noun stays a change.
  CHECK(MetricOf(kEn, "Kellmoor notched up a 10% increase.", "10%", kPercent) == "growth");
}

TEST_CASE("metric es: an investment or a budget that funds something keeps its measure",
          "[metric][es][funding]") {
  CHECK(MetricOf(kEs,
                 "Larrea Textil invertirá 50 millones de euros para financiar su nueva planta.",
                 "50 millones de euros", kMoney) == "investment");
  CHECK(MetricOf(kEs, "El Gobierno aprobó un presupuesto de 90 millones para apoyar a las pymes.",
                 "90 millones", kMoney) == "budget");
  // Negative: the funded thing's noun does not name the amount.
  CHECK(MetricOf(kEs, "La Junta de Norlia pagó 40 millones para costear los sueldos de sus guías.",
                 "40 millones", kMoney) == "funding");
}

TEST_CASE("metric en: tax revenues, receipts and take are tax, not revenue", "[metric][en][en17]") {
  CHECK(MetricOf(kEn, "Ruritania's tax revenues climbed to 310bn crowns last year.", "310bn crowns",
                 kMoney) == "tax");
  CHECK(MetricOf(kEn, "Tax receipts in Norland reached $40bn last year.", "$40bn", kMoney) ==
        "tax");
  CHECK(MetricOf(kEn, "The state's tax take grew to £12bn.", "£12bn", kMoney) == "tax");
  // Negative: a company's revenues stay revenue.
  CHECK(MetricOf(kEn, "Kellmoor saw a 12% rise in revenues to $900m.", "$900m", kMoney) ==
        "revenue");
}

TEST_CASE("metric en: costs as a noun are spending, the verb cost before an amount a price",
          "[metric][en][en17]") {
  CHECK(MetricOf(kEn, "Kellmoor is trying to cut costs by $2bn a year.", "$2bn", kMoney) ==
        "spend");
  CHECK(MetricOf(kEn, "The total cost of the flood was put at $700m.", "$700m", kMoney) == "spend");
  CHECK(MetricOf(kEn, "Rebuilding costs for the valley were estimated at $3bn.", "$3bn", kMoney) ==
        "spend");
  CHECK(MetricOf(kEn, "Norair has managed to save $900m in costs.", "$900m", kMoney) == "spend");
  CHECK(MetricOf(kEn, "Norair aims to slash $5bn from its costs.", "$5bn", kMoney) == "spend");
  CHECK(MetricOf(kEn, "Voltaro struck a $1bn cost-cutting deal with its pilots.", "$1bn", kMoney) ==
        "spend");
  // Negatives: the verb before an amount is what a thing costs; so is an amount per unit.
  CHECK(MetricOf(kEn, "The Skyview handset will cost $399 in May.", "$399", kMoney, "", 399) ==
        "price");
  CHECK(MetricOf(kEn, "The Skyview handset costs up to £250.", "£250", kMoney, "", 250) == "price");
  CHECK(MetricOf(kEn, "Regulators want to cut the cost of the calls from £6.00 per minute.",
                 "£6.00", kMoney, "", 6) == "price");
  CHECK(MetricOf(kEn, "In Norland they spend $17 per pupil on books.", "$17", kMoney, "", 17) ==
        "spend");
}

TEST_CASE("metric en: a rate that may fall as low as a level is that level, not growth",
          "[metric][en][en17]") {
  CHECK(MetricOf(kEn, "Kralinger says arrears may fall as low as 6.4% by May.", "6.4%", kPercent) ==
        "share");
  // Negative: a fall by a rate stays growth.
  CHECK(MetricOf(kEn, "Kralinger says arrears may fall 6.4% by May.", "6.4%", kPercent) ==
        "growth");
}

TEST_CASE("metric en: people are no companies, and a country's people no users",
          "[metric][en][en17]") {
  CHECK(MetricOf(kEn, "More than 90,000 people lost money after the firm's collapse.",
                 "90,000 people", kCount, "person") == "population");
  CHECK(MetricOf(kEn,
                 "Tecnovia counts 4m mobile users, about 6% of the nation's 70 million people.",
                 "70 million people", kCount, "person") == "population");
  // Negatives: users stay users; a company count stays one.
  CHECK(MetricOf(kEn, "Tecnovia counts 4m mobile users, about 6% of its 70 million users.",
                 "70 million users", kCount, "user") == "users");
  CHECK(MetricOf(kEn, "More than 90 firms lost money after the collapse.", "90 firms", kCount,
                 "firms") == "companies");
}

TEST_CASE("metric en: aid, relief, rescue packages, donations and borrowing are funding",
          "[metric][en][en17]") {
  CHECK(MetricOf(kEn, "Norland will hand its farmers 70m euros in aid.", "70m euros", kMoney) ==
        "funding");
  CHECK(MetricOf(kEn, "Donors promised $700m in disaster relief.", "$700m", kMoney) == "funding");
  CHECK(MetricOf(kEn, "Kellmoor must sign up to a $1.1bn rescue package.", "$1.1bn", kMoney) ==
        "funding");
  CHECK(MetricOf(kEn, "A Norland bank will donate more than $8m to the victims.", "$8m", kMoney) ==
        "funding");
  CHECK(MetricOf(kEn, "Norland agreed to borrow $10bn from the lenders.", "$10bn", kMoney) ==
        "funding");
  // Negatives: "said" and "aide" are no aid; a sale stays revenue.
  CHECK(MetricOf(kEn, "An aide said sales reached $700m.", "$700m", kMoney) == "revenue");
}

TEST_CASE("metric en: trades that name a workforce count employees", "[metric][en][en17]") {
  CHECK(MetricOf(kEn, "A union representing 4,800 flight attendants at Norair agreed to pay cuts.",
                 "4,800 flight attendants", kCount, "attendants") == "employees");
  CHECK(MetricOf(kEn, "Kellmoor will hire 300 engineers in Brelland.", "300 engineers", kCount,
                 "engineers") == "employees");
  // Negative: journalists are often counted for what befell them; no workforce by the noun.
  CHECK(MetricOf(kEn, "Police in Norland arrested 20 journalists.", "20 journalists", kCount,
                 "journalists") != "employees");
}

TEST_CASE("metric en: millions lost are a loss, not a change", "[metric][en][en17]") {
  CHECK(MetricOf(kEn, "Norair, which lost $600m in the three months to June, cut jobs.", "$600m",
                 kMoney, "USD", 6e8) == "loss");
  CHECK(MetricOf(kEn, "Shareholders lost about $90bn when Kellmoor collapsed.", "$90bn", kMoney,
                 "USD", 9e10) == "loss");
  CHECK(MetricOf(kEn, "Kellmoor will repay $20m of the $500m it lost on futures.", "$500m", kMoney,
                 "USD", 5e8) == "loss");
  // Negatives: a price that lost so much to a level; a small amount lost.
  CHECK(MetricOf(kEn, "US crude lost more than $3 to $51.40 a barrel.", "$3", kMoney, "USD", 3) !=
        "loss");
  CHECK(MetricOf(kEn, "Shares in Kellmoor lost $2m to $40m in value.", "$2m", kMoney, "USD", 2e6) !=
        "loss");
}

TEST_CASE("metric en: a spender spends, a donation is funding", "[metric][en]") {
  CHECK(MetricOf(kEn, "Korvania is the bloc's biggest spender on roads, at $30bn a year.", "$30bn",
                 kMoney) == "spend");
  // Negative: the German donation forms stay funding.
  CHECK(MetricOf(kDe, "Der Verein Talheim spendete 60.000 Euro an die Schule.", "60.000 Euro",
                 kMoney, "EUR", 60000) == "funding");
}

TEST_CASE("metric en: a rescue is funding only as a package, plan or loan", "[metric][en]") {
  CHECK(MetricOf(kEn, "Brennick Marine sold its first rescue boat for $60,000.", "$60,000", kMoney,
                 "USD", 60000) != "funding");
  // Negative: a rescue package is funding.
  CHECK(MetricOf(kEn, "Lenders agreed a $2bn rescue package for Orvell Steel.", "$2bn", kMoney) ==
        "funding");
  CHECK(MetricOf(kEn, "The $900m rescue plan for Orvell Steel was signed.", "$900m", kMoney) ==
        "funding");
}

TEST_CASE("metric lang: a Spanish cue fires in Spanish only, not inside English words",
          "[metric][lang]") {
  // "fabric…" (fabricar: to make) is production in Spanish; English "fabric" is cloth.
  CHECK(MetricOf(kEs, "La planta fabricó 3.000 coches.", "3.000", kCount) == "production");
  CHECK(MetricOf(kEn, "The mill weaves 3,000 rolls of fabric a week.", "3,000", kCount).empty());
}

TEST_CASE("metric lang: a Spanish cue fires in Spanish only, not in a German sentence",
          "[metric][lang]") {
  // "ciudadanos" (citizens) is a population in Spanish; in German it is only a party's name.
  CHECK(MetricOf(kEs, "La ciudad tiene 300.000 ciudadanos.", "300.000", kCount) == "population");
  CHECK(MetricOf(kDe, "Die Partei Ciudadanos gewann 40 Sitze.", "40", kCount).empty());
}

TEST_CASE("metric lang: a German cue fires in German only, not in an English sentence",
          "[metric][lang]") {
  // German "plant" (plans) makes spending a budget; English "plant" is a factory.
  CHECK(MetricOf(kDe, "Der Konzern Valdor plant Ausgaben von 2 Milliarden Euro.",
                 "2 Milliarden Euro", kMoney) == "budget");
  CHECK(MetricOf(kEn, "Valdor will spend $2bn on a new plant.", "$2bn", kMoney) == "spend");
  // An article of unknown language keeps every cue (as before the cues had a language).
  CHECK(MetricOf(nf::Lang::kUnknown, "Valdor will spend $2bn on a new plant.", "$2bn", kMoney) ==
        "budget");
}

TEST_CASE("metric lang: a German cue fires in German only, not in a Spanish sentence",
          "[metric][lang]") {
  // German "fiel" (fell) is a change; Spanish "fiel" is faithful.
  CHECK(MetricOf(kDe, "Der Absatz von Korvel fiel um 5 Prozent.", "5 Prozent", kPercent) ==
        "growth");
  CHECK(MetricOf(kEs, "Un 55 % sigue fiel al presidente.", "55 %", kPercent) == "share");
}

TEST_CASE("metric lang: an English cue fires in English only, not in a German sentence",
          "[metric][lang]") {
  // English "tax" is no part of German "Taxifahrer" (a taxi driver).
  CHECK(MetricOf(kEn, "The fuel tax brought in $3bn.", "$3bn", kMoney) == "tax");
  CHECK(MetricOf(kDe, "Ein Taxifahrer aus Lindhof bekommt 1.900 Euro.", "1.900 Euro", kMoney, "",
                 1900) != "tax");
}

TEST_CASE("metric lang: an English cue fires in English only, not in a Spanish sentence",
          "[metric][lang]") {
  // English "sell" is no part of Spanish "sellos" (stamps).
  CHECK(MetricOf(kEn, "The Pelmor shop sold 200,000 stamps.", "200,000", kCount) == "units_sold");
  CHECK(MetricOf(kEs, "Correos emitió 200.000 sellos.", "200.000", kCount).empty());
}

TEST_CASE("metric en: a share price that loses a percentage changes", "[metric][en][lang]") {
  CHECK(MetricOf(kEn, "The news caused Pelmor shares to lose 7% in one day.", "7%", kPercent) ==
        "growth");
  CHECK(MetricOf(kEn, "Pelmor loses 2% in Frankfurt.", "2%", kPercent) == "growth");
  // Not a loss of money, which stays a loss.
  CHECK(MetricOf(kEn, "Pelmor said it may lose $40m this year.", "$40m", kMoney) == "loss");
}

TEST_CASE("metric de: a shareholder's percentage is a stake", "[metric][de]") {
  CHECK(MetricOf(kDe, "Der zweite Anteilseigner Kornfeld versuchte, 25 Prozent loszuwerden.",
                 "25 Prozent", kPercent) == "stake");
  CHECK(MetricOf(kDe, "Kornfeld ist mit 20 Prozent zweitgrößter Anteilseigner bei Velmar.",
                 "20 Prozent", kPercent) == "stake");
  // A proportion stays a share.
  CHECK(MetricOf(kDe, "Der Anteil der Frauen liegt in Lindhof bei 30 Prozent.", "30 Prozent",
                 kPercent) == "share");
}

TEST_CASE("metric: the level a change started from is a level, not the change",
          "[metric][de][es][en][met22]") {
  CHECK(MetricOf(kDe,
                 "Im Landkreis wuchs der Anteil der E-Autos binnen zwei Jahren von 6 auf 11 "
                 "Prozent.",
                 "6", kPercent) == "share");
  CHECK(MetricOf(kEs, "Entre los socios, la proporción de mujeres pasó del 22 al 27 por ciento.",
                 "22", kPercent) == "share");
  CHECK(MetricOf(kEn, "Corvale cut the tax rate on diesel from 18% to 16% in March.", "18%",
                 kPercent) == "tax_rate");
  // Negative: the amount of a change before the level an amount reached.
  CHECK(MetricOf(kDe, "Die Velmar-Aktie legte um 3,1 Prozent auf 42 Euro zu.", "3,1 Prozent",
                 kPercent) == "growth");
  CHECK(MetricOf(kEs, "Las acciones de Velmar terminaron con un alza del 6 % a 31 euros.", "6 %",
                 kPercent) == "growth");
}

TEST_CASE("metric de: an closing the clause is a verb particle, not a stake",
          "[metric][de][met22]") {
  CHECK(MetricOf(kDe, "Bis zum Herbst zog die Quote der Teilzeitkräfte auf 36 Prozent an.",
                 "36 Prozent", kPercent) == "share");
  // Nor before a conjunction or another lower-case word: the clause goes on.
  CHECK(MetricOf(kDe, "Die Inflationsrate zog im April auf 4 Prozent an und sorgte für Unruhe.",
                 "4 Prozent", kPercent) != "stake");
  CHECK(MetricOf(kDe, "Die Quote der Leiharbeit zog auf 9 Prozent an, sagte Velmar.", "9 Prozent",
                 kPercent) != "stake");
  // Negative: "an" before what is owned (an article, a quantifier, a name).
  CHECK(MetricOf(kDe, "Die Holding hält 28 Prozent an der Kralinger AG.", "28 Prozent", kPercent) ==
        "stake");
  CHECK(MetricOf(kDe, "Velmar hält 14 Prozent an mehreren Zulieferern.", "14 Prozent", kPercent) ==
        "stake");
  CHECK(MetricOf(kDe, "Die Stiftung hält 9 Prozent an Korvel.", "9 Prozent", kPercent) == "stake");
}

TEST_CASE("metric de: a plus sign right before the figure makes it a change",
          "[metric][de][met22]") {
  CHECK(MetricOf(kDe, "Gebremst hat vor allem der Handel (+0,4 Prozent).", "0,4 Prozent",
                 kPercent) == "growth");
  CHECK(MetricOf(kDe, "Am Abend stand der Kralix-Index bei +2,3 Prozent.", "2,3 Prozent",
                 kPercent) == "growth");
  // Negative: no sign.
  CHECK(MetricOf(kDe, "Die Quote lag bei 0,4 Prozent.", "0,4 Prozent", kPercent) != "growth");
}

TEST_CASE("metric: people counted for what befell them are cases, whatever their noun",
          "[metric][es][en][met22]") {
  CHECK(MetricOf(kEs, "El derrumbe dejó 40 trabajadores heridos en la obra.", "40 trabajadores",
                 kCount, "employee", 40) == "cases");
  CHECK(MetricOf(kEn, "Police said 12 workers killed in the blast were buried on Monday.",
                 "12 workers", kCount, "worker", 12) == "cases");
  // Negative: no harm after them.
  CHECK(MetricOf(kEs, "La fábrica de Ortuella emplea a 40 trabajadores.", "40 trabajadores", kCount,
                 "employee", 40) == "employees");
}

TEST_CASE("metric: a cue after a new clause with its own subject names that clause's figure",
          "[metric][de][es][en][met22]") {
  CHECK(MetricOf(kDe, "Der Betriebsgewinn erreichte 6 Mio. Euro, die Erlöse gingen leicht zurück.",
                 "6 Mio. Euro", kMoney) == "profit");
  CHECK(MetricOf(kEs,
                 "Brelona declaró deudas por 640.000 euros; el patrimonio apenas llega a la "
                 "mitad.",
                 "640.000 euros", kMoney) == "debt");
  // Negative: the cue after the amount in the same clause still names it.
  CHECK(MetricOf(kDe, "Die Firma meldete 10 Mio. Euro, vor allem aus dem Umsatz mit Software.",
                 "10 Mio. Euro", kMoney) == "revenue");
  // Negative: a superlative or an ordinal after the determiner describes the figure itself
  // (an apposition), it opens no clause.
  CHECK(MetricOf(kEn, "Talvex will pay $3bn, the biggest acquisition in the sector this year.",
                 "$3bn", kMoney) == "deal_value");
  CHECK(MetricOf(kDe, "Velmar zahlt 900 Mio. Euro, die größte Übernahme seiner Geschichte.",
                 "900 Mio. Euro", kMoney) == "deal_value");
  CHECK(MetricOf(kEs, "Velmar pagará 900 millones, la mayor adquisición de su historia.",
                 "900 millones", kMoney) == "deal_value");
}

TEST_CASE("metric de: a share of company shares named by a compound is a stake",
          "[metric][de][met22]") {
  CHECK(MetricOf(kDe, "Die Gründerin hält 31 Prozent der Geschäftsanteile.", "31 Prozent",
                 kPercent) == "stake");
  CHECK(MetricOf(kDe, "Der Gründer besitzt 35 Prozent der Kapitalanteile.", "35 Prozent",
                 kPercent) == "stake");
  CHECK(MetricOf(kDe, "Die Stiftung hält 12 Prozent der Vorzugsaktien.", "12 Prozent", kPercent) ==
        "stake");
  CHECK(MetricOf(kDe, "Der Fonds besitzt rund 12 Prozent der Anteile.", "12 Prozent", kPercent) ==
        "stake");
  // Negative: a share of market shares, seats or shares held in a portfolio is no stake.
  CHECK(MetricOf(kDe, "Die Kralinger AG hält 31 Prozent der Marktanteile.", "31 Prozent",
                 kPercent) != "stake");
  CHECK(MetricOf(kDe, "Velmar hält 18 Prozent der Weltmarktanteile.", "18 Prozent", kPercent) !=
        "stake");
  CHECK(MetricOf(kDe, "Die Partei kam auf 27 Prozent der Mandatsanteile.", "27 Prozent",
                 kPercent) != "stake");
  CHECK(MetricOf(kDe, "Zuletzt verloren 15 Prozent der Technologieaktien an Wert.", "15 Prozent",
                 kPercent) != "stake");
  CHECK(MetricOf(kDe, "Rund 12 Prozent der Befragten sind dagegen.", "12 Prozent", kPercent) ==
        "share");
}

TEST_CASE("metric de: um X Prozent ueber or unter a value is a difference", "[metric][de][met22]") {
  CHECK(MetricOf(kDe, "Die Zahl der Anträge lag im Juni um 2,8 Prozent über dem Niveau von 2019.",
                 "2,8 Prozent", kPercent) == "growth");
  CHECK(MetricOf(kDe, "Die Löhne liegen um rund 30 Prozent unter denen der Konkurrenz.",
                 "30 Prozent", kPercent) == "growth");
  // Negative: "über" with no "um" is no difference.
  CHECK(MetricOf(kDe, "Die Quote lag bei 8 Prozent über dem Schnitt.", "8 Prozent", kPercent) !=
        "growth");
}

TEST_CASE("metric: a margin stated as an amount is a profit, and marginally is no margin",
          "[metric][es][en][met22]") {
  CHECK(MetricOf(kEs, "El margen bruto de Brelona fue de 300 millones de euros.",
                 "300 millones de euros", kMoney) == "profit");
  CHECK(MetricOf(kEn, "Its gross margin came in at $2bn.", "$2bn", kMoney) == "profit");
  CHECK(MetricOf(kEs, "Velmar obtuvo 12 millones de euros de margen operativo.",
                 "12 millones de euros", kMoney) == "profit");
  // Negative: "marginally" names no measure.
  CHECK(MetricOf(kEn, "Lending rose marginally to £7bn in May.", "£7bn", kMoney) != "profit");
  CHECK(MetricOf(kEn, "The margin improved to 12% last year.", "12%", kPercent) == "margin");
}

TEST_CASE("metric: a margin not tied to the amount is no profit", "[metric][es][en][met22]") {
  // Spanish "al margen de" (apart from), a margin of error, a margin after the clause.
  CHECK(MetricOf(kEs,
                 "La Diputación de Morvela destinará 150 millones de euros al margen de los "
                 "fondos estatales.",
                 "150 millones de euros", kMoney) != "profit");
  CHECK(MetricOf(kEs, "Velmar obtuvo 40 millones de euros, al margen de lo que aporten sus socios.",
                 "40 millones de euros", kMoney) != "profit");
  CHECK(MetricOf(kEs,
                 "La cooperativa facturó 90 millones de euros, aunque con un margen muy "
                 "ajustado.",
                 "90 millones de euros", kMoney) == "revenue");
  CHECK(MetricOf(kEn, "Talvex beat its rivals by a wide margin with a bid of $3bn.", "$3bn",
                 kMoney) != "profit");
  CHECK(MetricOf(kEn, "Orlin won the $3bn contract by a wide margin.", "$3bn", kMoney) != "profit");
  CHECK(MetricOf(kEs, "La encuesta da a Velmar un 31 %, con un margen de error del 2 %.", "31 %",
                 kPercent) != "margin");
}

TEST_CASE("metric es: the level reached after a verb of reaching takes the changed measure",
          "[metric][es][met22]") {
  CHECK(MetricOf(kEs,
                 "El pasivo de Velmar subió un 12 % hasta llegar a los 480 millones, de "
                 "acuerdo con la auditoría.",
                 "480 millones", kMoney) == "debt");
  CHECK(MetricOf(kEs,
                 "Las ventas de Brelona cayeron un 35 %, hasta los 400 millones, y el "
                 "beneficio también bajó.",
                 "400 millones", kMoney) == "revenue");
  // Negative: no rate before the level.
  CHECK(MetricOf(kEs, "Las ventas crecieron y el préstamo llegó hasta alcanzar los 900 millones.",
                 "900 millones", kMoney) == "funding");
}

TEST_CASE("metric es: en un X % after a change is the change's amount", "[metric][es][met22]") {
  CHECK(MetricOf(kEs, "Las tarifas del agua subieron un 3 %; las de la luz, en un 11 %.", "11 %",
                 kPercent) == "growth");
  CHECK(MetricOf(kEs,
                 "Los pedidos de Velmar cayeron un 4 % en marzo, pero en abril subieron en "
                 "un 7 %.",
                 "7 %", kPercent) == "growth");
  // Negative: no change in the sentence.
  CHECK(MetricOf(kEs, "La proporción de jóvenes se situó en un 9 % en mayo.", "9 %", kPercent) !=
        "growth");
}

TEST_CASE("metric: a rate before a comparative is a difference", "[metric][de][es][en][met22]") {
  CHECK(MetricOf(kEn, "Its stockpiles proved 15% smaller than expected.", "15%", kPercent) ==
        "growth");
  CHECK(MetricOf(kDe, "Der Preis lag damit etwa fünf Prozent niedriger als am Morgen.",
                 "fünf Prozent", kPercent) == "growth");
  CHECK(MetricOf(kEs, "El riesgo fue un 50 % menor para las mujeres del estudio.", "50 %",
                 kPercent) == "growth");
  // Negative: a level held "mit" the rate, compared with another level.
  CHECK(MetricOf(kDe, "Der Anteil der Raucher ist mit 17 Prozent höher als der der Raucherinnen.",
                 "17 Prozent", kPercent) != "growth");
}

TEST_CASE("metric: a share of those asked about a vote is a vote share",
          "[metric][de][es][met22]") {
  CHECK(MetricOf(kDe,
                 "Beim Volksentscheid über das Hallenbad wollen 63 Prozent der Befragten mit "
                 "Ja stimmen.",
                 "63 Prozent", kPercent) == "vote_share");
  CHECK(MetricOf(kEs, "Ante las elecciones de mayo, el 40 % de los encuestados confía en Brelona.",
                 "40 %", kPercent) == "vote_share");
  // Negative: those asked about anything else are a share.
  CHECK(MetricOf(kDe, "52 Prozent der Befragten arbeiten im Homeoffice.", "52 Prozent", kPercent) ==
        "share");
}

TEST_CASE("metric: the people a rate is counted per are no measure of it",
          "[metric][de][es][en][met22]") {
  CHECK(MetricOf(kEs,
                 "Los contagios de sarampión en la comarca de Brelona, según el último "
                 "parte del servicio regional, rondaron los 45 por cada 10.000 vecinos.",
                 "45", kCount, "", 45) == "cases");
  CHECK(MetricOf(kEs, "En Velmar se registraron 61 robos por 100.000 vecinos el año pasado.", "61",
                 kCount, "", 61) != "population");
  CHECK(MetricOf(kEn,
                 "Cases of flu in the Brelona district, according to the weekly bulletin of "
                 "the regional health service, reached 7 per 1,000 people.",
                 "7", kCount, "", 7) == "cases");
  // Negative: people counted themselves, also after "je" or "por" when the noun is the
  // figure's own or "por" is a passive's agent.
  CHECK(MetricOf(kEs, "La ciudad de Brelona tiene 90.000 habitantes.", "90.000", kCount, "", 9e4) ==
        "population");
  CHECK(MetricOf(kDe, "Die Region besteht aus Gemeinden mit je 4.000 Einwohnern pro Ortschaft.",
                 "4.000 Einwohnern", kCount, "", 4000) == "population");
  CHECK(MetricOf(kEs, "La petición, firmada por 2.400 personas, llegó al pleno.", "2.400", kCount,
                 "", 2400) == "population");
}

TEST_CASE("metric en: up to X% is a bound, not a level reached", "[metric][en][met22]") {
  CHECK(MetricOf(kEn, "Farmers of Brelona are asking for fee increases of up to 25%.", "25%",
                 kPercent) == "growth");
  CHECK(MetricOf(kEn, "Retailers could cut fares by up to 6%.", "6%", kPercent) == "growth");
  // Negative: a level reached after "to".
  CHECK(MetricOf(kEn, "The jobless rate of Brelona rose to 7%.", "7%", kPercent) ==
        "unemployment_rate");
}

TEST_CASE("metric de: a shareholder makes a percentage a stake only as what it holds",
          "[metric][de][met22]") {
  CHECK(MetricOf(kDe, "Der zweite Anteilseigner Kornfeld versuchte, 25 Prozent loszuwerden.",
                 "25 Prozent", kPercent) == "stake");
  CHECK(MetricOf(kDe, "Kornfeld ist mit 20 Prozent nach Velmar zweitgrößter Anteilseigner.",
                 "20 Prozent", kPercent) == "stake");
  // Negative: the shareholders voting with a percentage.
  CHECK(MetricOf(kDe, "Die Anteilseigner von Velmar billigten die Fusion mit 91 Prozent.",
                 "91 Prozent", kPercent) != "stake");
}

namespace {

// BareShare of the percentage written `surface` in the one-sentence `text`, for a rate `label`.
bool BareShareOf(nf::Lang lang, const std::string& text, const std::string& surface,
                 std::string_view label = "inflation_rate") {
  const size_t at = text.find(surface);
  REQUIRE(at != std::string::npos);
  nf::Figure f;
  f.kind = kPercent;
  f.value = 5;
  f.start = static_cast<uint32_t>(at);
  f.end = static_cast<uint32_t>(at + surface.size());
  f.surface = surface;
  nf::MetricClassifier c(lang);
  c.Scan(text, 0, text.size());
  return c.BareShare(f, 0, label);
}

TEST_CASE("metric: a cue of harm labels no goods or homes as cases", "[metric]") {
  CHECK(MetricOf(kDe, "In Kelbor wurden 20 Menschen getötet und mehr als 100 Autos zerstört.",
                 "100 Autos", kCount, "vehicle", 100)
            .empty());
  CHECK(MetricOf(kEs, "En Varela hubo 40 viviendas destruidas y 12 heridos.", "40 viviendas",
                 kCount, "home", 40)
            .empty());
  // Negatives: the people of the same sentences, a count with no noun.
  CHECK(MetricOf(kDe, "In Kelbor wurden 20 Menschen getötet und mehr als 100 Autos zerstört.",
                 "20 Menschen", kCount, "person", 20) == "cases");
  CHECK(MetricOf(kEs, "En Varela hubo 40 viviendas destruidas y 12 heridos.", "12 heridos", kCount,
                 "heridos", 12) == "cases");
  CHECK(MetricOf(kDe, "Beim Unglück in Kelbor starben 36.", "36", kCount, "", 36) == "cases");
}

TEST_CASE("metric: the people a poll or survey asked are no votes and no population", "[metric]") {
  CHECK(MetricOf(kEn, "The poll of 2,000 people for Varnex found that most want lower fares.",
                 "2,000 people", kCount, "person")
            .empty());
  CHECK(MetricOf(kEs, "Según una encuesta a 1.500 personas, la mayoría prefiere el tren.",
                 "1.500 personas", kCount, "person")
            .empty());
  CHECK(MetricOf(kDe, "Für die Umfrage wurden 1.000 Menschen in Kelbor befragt.", "1.000 Menschen",
                 kCount, "person")
            .empty());
  // Negatives: votes counted as votes, people without a poll, people a poll says died.
  CHECK(MetricOf(kEn, "The party won 20,000 votes in the poll held in Dravia.", "20,000 votes",
                 kCount, "vote") == "votes");
  CHECK(MetricOf(kEn, "Some 2,000 people live in Dravia.", "2,000 people", kCount, "person") ==
        "population");
  CHECK(MetricOf(kEs, "Según una encuesta, 300 personas murieron en Varela.", "300 personas",
                 kCount, "person") == "cases");
}

}  // namespace

TEST_CASE("metric: people in a sentence with a poll are its sample only next to the poll",
          "[metric]") {
  CHECK(MetricOf(kDe, "Laut einer Umfrage leben in Kralingen 2 Millionen Menschen in Armut.",
                 "2 Millionen Menschen", kCount, "person", 2e6) == "population");
  CHECK(MetricOf(kDe, "Einer Umfrage zufolge wohnen 40.000 Menschen in Kelbor.", "40.000 Menschen",
                 kCount, "person", 40000) == "population");
  // Negatives: the sample right after the poll or with "befragt", "encuestados", "surveyed".
  CHECK(MetricOf(kDe, "Eine Umfrage unter 1.200 Menschen in Kralingen zeigt Sorgen.",
                 "1.200 Menschen", kCount, "person", 1200)
            .empty());
  CHECK(MetricOf(kEs, "En la encuesta, 900 personas encuestadas en Varela piden trenes.",
                 "900 personas", kCount, "person", 900)
            .empty());
  CHECK(MetricOf(kEn, "In the poll, 1,800 people surveyed in Dravia want lower fares.",
                 "1,800 people", kCount, "person", 1800)
            .empty());
}

TEST_CASE("metric de: stimmten with überein is agreement and no vote", "[metric][de][count]") {
  CHECK(MetricOf(kDe, "Die Daten stimmten mit dem Bericht überein, 240 Menschen waren betroffen.",
                 "240 Menschen", kCount, "person", 240) == "population");
  // Negatives: "mit" voting and a capitalised "Dagegen" before "stimmten" stay votes.
  CHECK(MetricOf(kDe, "Im Rat von Kralingen stimmten 31 Mitglieder mit Nein.", "31 Mitglieder",
                 kCount, "mitglieder", 31) == "votes");
  CHECK(MetricOf(kDe, "Dagegen stimmten 19 Abgeordnete.", "19 Abgeordnete", kCount, "abgeordnete",
                 19) == "votes");
}

TEST_CASE("metric: a limit word across a comma from the spend cue makes no budget", "[metric]") {
  CHECK(MetricOf(kDe, "Die Kosten sind zeitlich begrenzt, die Gemeinde zahlt 7 Millionen Euro.",
                 "7 Millionen Euro", kMoney) == "spend");
  CHECK(
      MetricOf(kDe,
               "Die Mieten bleiben begrenzt, die Kosten der Gemeinde liegen bei 7 Millionen Euro.",
               "7 Millionen Euro", kMoney) == "spend");
  // Negative: the limit next to the costs without a comma is a budget.
  CHECK(MetricOf(kDe, "Die Kosten sind auf 7 Millionen Euro begrenzt.", "7 Millionen Euro",
                 kMoney) == "budget");
}

TEST_CASE("metric: a percentage that names no measure of its own is a bare share", "[metric]") {
  CHECK(BareShareOf(kDe, "Im April sank die Quote auf 6,9 Prozent.", "6,9 Prozent"));
  CHECK(BareShareOf(kDe, "Bei den Frauen waren es 6 Prozent.", "6 Prozent", "unemployment_rate"));
  CHECK(BareShareOf(kEs, "En abril, la tasa bajó al 2,9 %.", "2,9 %"));
  CHECK(BareShareOf(kEn, "In May the rate was 2.8%.", "2.8%"));
  // Negatives: a whole after the figure or after the share noun, a compound share noun, a
  // measure named in the sentence.
  CHECK_FALSE(BareShareOf(kDe, "30 Prozent der Betroffenen sind jung.", "30 Prozent"));
  CHECK_FALSE(BareShareOf(kDe, "47 Prozent von ihnen sind jung.", "47 Prozent"));
  CHECK_FALSE(BareShareOf(kDe, "Der Anteil der Frauen lag bei 45 Prozent.", "45 Prozent"));
  CHECK_FALSE(BareShareOf(kDe, "Der Frauenanteil lag bei 45 Prozent.", "45 Prozent"));
  CHECK_FALSE(BareShareOf(kEs, "La tasa de mortalidad fue del 2 %.", "2 %"));
  CHECK_FALSE(BareShareOf(kEn, "Exports made up 40% last year.", "40%"));
}

TEST_CASE("metric: a share of people or of a whole named by davon is no bare share",
          "[metric][fixb24]") {
  CHECK_FALSE(BareShareOf(kDe, "Die Firma hat 500 Mitarbeiter, 30 Prozent davon in Tarvland.",
                          "30 Prozent", "margin"));
  // People pass only after an unemployment rate or a vote.
  CHECK(BareShareOf(kEn, "Young people fare worse, with 19% out of work.", "19%",
                    "unemployment_rate"));
  CHECK_FALSE(
      BareShareOf(kEn, "Young people fare worse, with 19% out of work.", "19%", "inflation_rate"));
}

TEST_CASE("metric: the cues between two sentences may name the rate of the figure before",
          "[metric]") {
  const std::string t = " der Stimmen gewählt. Der Umsatz schrumpfte. Im ";
  nf::MetricClassifier c(kDe);
  c.Scan(t, 0, t.size());
  const size_t umsatz = t.find("Der Umsatz");
  CHECK(c.NamesNoMeasure(0, umsatz, "vote_share"));
  // Negatives: without the label, and across another measure.
  CHECK_FALSE(c.NamesNoMeasure(0, umsatz));
  CHECK_FALSE(c.NamesNoMeasure(0, t.size(), "vote_share"));
}

TEST_CASE("metric: a share of the votes named by one word is a vote share", "[metric]") {
  CHECK(MetricOf(kDe, "Die Kralpartei erreichte einen Stimmenanteil von 35 Prozent.", "35 Prozent",
                 kPercent) == "vote_share");
  CHECK(MetricOf(kEn, "The Kral party won 35% of the vote in Norland.", "35%", kPercent) ==
        "vote_share");
  CHECK(MetricOf(kEn, "Its vote share rose to 35%.", "35%", kPercent) == "vote_share");
  // Negatives: another share noun, another whole.
  CHECK(MetricOf(kDe, "Die Kralpartei erreichte einen Frauenanteil von 35 Prozent.", "35 Prozent",
                 kPercent) == "share");
  CHECK(MetricOf(kEn, "Kral owns 35% of the vehicles in Norland.", "35%", kPercent) == "share");
}

TEST_CASE("metric es: the wounded, the murdered, the kidnapped and lives taken are cases",
          "[metric][es][count]") {
  CHECK(MetricOf(kEs, "En el choque otras dos personas de Larrea resultaron heridas.",
                 "dos personas", kCount, "person", 2) == "cases");
  CHECK(MetricOf(kEs, "El altercado dejó 8 vigilantes lesionados en Larrea.", "8 vigilantes",
                 kCount, "vigilantes", 8) == "cases");
  CHECK(MetricOf(kEs, "Con 75 personas asesinadas en 2020, Larrea encabeza la lista.",
                 "75 personas", kCount, "person", 75) == "cases");
  CHECK(MetricOf(kEs, "El año pasado fueron secuestrados 210 niños en Larrea.", "210 niños", kCount,
                 "niños", 210) == "cases");
  CHECK(MetricOf(kEs, "La gripe se cobró la vida de 9 concejales de Larrea.", "9 concejales",
                 kCount, "concejales", 9) == "cases");
  CHECK(MetricOf(kEs, "En Larrea hubo 340 decesos y 52 hospitalizaciones.", "52 hospitalizaciones",
                 kCount, "hospitalizaciones", 52) == "cases");
  CHECK(MetricOf(kEs, "Este mes se denunciaron 14 violaciones en Larrea.", "14 violaciones", kCount,
                 "violaciones", 14) == "cases");
  // Negative: the doers' nouns share the stem but count no victims, and pay stays salary.
  CHECK(MetricOf(kEs, "La policía de Larrea busca a 3 secuestradores.", "3 secuestradores", kCount,
                 "secuestradores", 3) != "cases");
  CHECK(MetricOf(kEs, "En Larrea viven 12 personas.", "12 personas", kCount, "person", 12) ==
        "population");
  CHECK(MetricOf(kEs, "El portero cobró 2 millones de euros de sueldo.", "2 millones de euros",
                 kMoney, "", 2e6) == "salary");
}

TEST_CASE("metric en: the injured, the wounded and fatalities are cases", "[metric][en][count]") {
  CHECK(MetricOf(kEn, "At least 30 people were injured in Larrow.", "30 people", kCount, "person",
                 30) == "cases");
  CHECK(MetricOf(kEn, "The crash in Larrow caused 40 fatalities.", "40 fatalities", kCount,
                 "fatalities", 40) == "cases");
  // Negative: people alive stay a population.
  CHECK(MetricOf(kEn, "Some 300 people live in Larrow.", "300 people", kCount, "person", 300) ==
        "population");
}

TEST_CASE("metric de: the kidnapped and the abused are cases", "[metric][de][count]") {
  CHECK(MetricOf(kDe, "Im Grenzgebiet wurden 35 Helfer entführt.", "35 Helfer", kCount, "helfer",
                 35) == "cases");
  // Negative: people alive stay a population.
  CHECK(MetricOf(kDe, "Im Grenzgebiet wohnen 35 Personen.", "35 Personen", kCount, "person", 35) ==
        "population");
}

TEST_CASE("metric de: a vote's counts and its voters are votes", "[metric][de][count]") {
  CHECK(MetricOf(kDe, "Im Landtag von Kralingen stimmten 41 Abgeordnete für das Gesetz.",
                 "41 Abgeordnete", kCount, "abgeordnete", 41) == "votes");
  CHECK(MetricOf(kDe, "Es gab drei Enthaltungen und 52 Gegenstimmen.", "52 Gegenstimmen", kCount,
                 "gegenstimmen", 52) == "votes");
  CHECK(MetricOf(kDe, "Bei der Abstimmung waren 88 Räte für den Antrag.", "88 Räte", kCount, "räte",
                 88) == "votes");
  CHECK(MetricOf(kDe, "In Kralingen gibt es 45.210 Stimmberechtigte.", "45.210 Stimmberechtigte",
                 kCount, "stimmberechtigte", 45210) == "votes");
  // "stimmten" without für / gegen / ab is "were right": no vote.
  CHECK(MetricOf(kDe, "Die Angaben stimmten, 70 Menschen waren betroffen.", "70 Menschen", kCount,
                 "person", 70) != "votes");
  CHECK(MetricOf(kDe, "Im Rat stimmten 70 Mitglieder dagegen.", "70 Mitglieder", kCount,
                 "mitglieder", 70) == "votes");
  // Negative: "in Abstimmung mit" is an agreement, no vote.
  CHECK(MetricOf(kDe, "In Abstimmung mit dem Partner fasste man 170 Beschlüsse.", "170 Beschlüsse",
                 kCount, "beschlüsse", 170) != "votes");
}

TEST_CASE("metric: a cue across a contrasting clause names the other clause's figures",
          "[metric][clause]") {
  using nf::testing::FigureWith;
  using nf::testing::FullText;
  const nf::Extraction en = FullText(
      "Quillon said half-year losses had grown from £2m to £3.4m, while sales had dropped from "
      "£95m to £87m.",
      nf::Lang::kEn);
  CHECK(FigureWith(en, "£3.4m").metric == "loss");
  CHECK(FigureWith(en, "£87m").metric == "revenue");
  const nf::Extraction es = FullText(
      "Las pérdidas de Quillona pasaron de 2 a 3,4 millones de euros, mientras que las ventas "
      "cayeron de 95 a 87 millones de euros.",
      nf::Lang::kEs);
  CHECK(FigureWith(es, "3,4 millones de euros").metric == "loss");
  CHECK(FigureWith(es, "87 millones de euros").metric == "revenue");
  // Negative: without such a clause the nearest cue still wins across a plain comma.
  const nf::Extraction plain =
      FullText("Quillon said losses reached £3.4m, sales £87m.", nf::Lang::kEn);
  CHECK(FigureWith(plain, "£87m").metric == "revenue");
}

TEST_CASE("metric en: nouns of a rise are growth", "[metric][growth][en]") {
  CHECK(MetricOf(kEn, "Dealers saw a 14% uplift in online orders.", "14%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "The board weighs a 25% hike in fees.", "25%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "Orders showed a 6% upturn in May.", "6%", kPercent) == "growth");
  // Negative: a share of something stays a share.
  CHECK(MetricOf(kEn, "Dealers sold 14% of the online orders.", "14%", kPercent) != "growth");
}

TEST_CASE("metric: a poll counts votes only next to a vote, a party or a candidate",
          "[metric][count][survey]") {
  CHECK(MetricOf(kEn, "The poll of 1,800 adults was held in May.", "1,800 adults", kCount, "adults",
                 1800) != "votes");
  CHECK(MetricOf(kEs, "De los 1.800 encuestados, la mitad usa el tranvía.", "1.800 encuestados",
                 kCount, "encuestados", 1800) != "votes");
  CHECK(MetricOf(kEn, "The poll ran in 14 languages.", "14 languages", kCount, "languages", 14) !=
        "votes");
  // Negative: with a party or a candidate it is a poll of votes.
  CHECK(MetricOf(kEn, "The poll gave the Quill party 2,400 supporters.", "2,400 supporters", kCount,
                 "supporters", 2400) == "votes");
  CHECK(MetricOf(kEs, "Según el sondeo, el partido Quillo tendría 2.400 apoyos.", "2.400 apoyos",
                 kCount, "apoyos", 2400) == "votes");
}

TEST_CASE("metric: a survey's sample counted in plural nouns of people is no measure",
          "[metric][count][survey]") {
  // "adults", "voters", "Verbrauchern", "hogares" are the sample as much as "people".
  CHECK(MetricOf(kEn, "A poll of 2,600 adults found 700 cases of fraud.", "2,600 adults", kCount,
                 "adults", 2600) == "");
  CHECK(MetricOf(kEn, "A poll of 900 voters found 40 firms had closed.", "900 voters", kCount,
                 "voters", 900) == "");
  CHECK(MetricOf(kDe, "Eine Umfrage unter 700 Verbrauchern ergab 30 Fälle von Betrug.",
                 "700 Verbrauchern", kCount, "Verbrauchern", 700) == "");
  CHECK(MetricOf(kEs, "Una encuesta a 600 hogares halló 90 casos de robo.", "600 hogares", kCount,
                 "household", 600) == "");
  // Negatives: the count the poll found keeps its cue; voters outside a survey are votes.
  CHECK(MetricOf(kEn, "A poll of 2,600 adults found 700 cases of fraud.", "700 cases", kCount,
                 "case", 700) == "cases");
  CHECK(MetricOf(kEn, "Some 900 voters backed the Quill party.", "900 voters", kCount, "voters",
                 900) == "votes");
}

TEST_CASE("metric en: owning a share of land or territory is no stake", "[metric][en][stake]") {
  CHECK(MetricOf(kEn, "Foreign funds own 30% of the land in the valley.", "30%", kPercent) ==
        "share");
  CHECK(MetricOf(kEn, "Settlers own 12% of the territory.", "12%", kPercent) == "share");
  // Negative: one thing that is no land stays a stake.
  CHECK(MetricOf(kEn, "The two banks own 45% of the venture.", "45%", kPercent) == "stake");
}

TEST_CASE("metric: respondents named as such are no measure, also next to a party",
          "[metric][count][survey]") {
  CHECK(MetricOf(kEs, "De los 1.800 encuestados, el 40 % votaría al partido Quillo.",
                 "1.800 encuestados", kCount, "encuestados", 1800) == "");
  // Negative: voters next to a party stay votes.
  CHECK(MetricOf(kEs, "El partido Quillo obtuvo 1.800 votos.", "1.800 votos", kCount, "votos",
                 1800) == "votes");
}

TEST_CASE("metric de: a damage is a loss but the compensation for it is not",
          "[metric][de][loss]") {
  CHECK(MetricOf(kDe, "Der Hagel richtete einen Gesamtschaden von 40 Millionen Euro an.",
                 "40 Millionen Euro", kMoney) == "loss");
  CHECK(MetricOf(kDe, "Die Kammer schätzt die Schäden auf bis zu 12 Millionen Euro.",
                 "12 Millionen Euro", kMoney) == "loss");
  // Negative: damages claimed or paid are no loss.
  CHECK(MetricOf(kDe, "Der Händler klagte Kralinger auf 8 Millionen Euro Schadenersatz.",
                 "8 Millionen Euro", kMoney) != "loss");
}

TEST_CASE("metric: limiting or paying out damage is no loss", "[metric][loss]") {
  // Negatives: what limits, settles or pays out damage, and damage claimed, are no loss.
  CHECK(MetricOf(kDe,
                 "Die Reederei Helmo hat 35 Millionen Euro in die Schadensbegrenzung investiert.",
                 "35 Millionen Euro", kMoney) != "loss");
  CHECK(MetricOf(kDe, "Der Versicherer Moltar zahlte 900 Millionen Franken für Schadensfälle aus.",
                 "900 Millionen Franken", kMoney) != "loss");
  CHECK(MetricOf(kDe, "Moltar kam im Sommer auf 610 Millionen Franken an Schadenzahlungen.",
                 "610 Millionen Franken", kMoney) != "loss");
  CHECK(MetricOf(kEn, "The grower Farrell is seeking $9m in damage compensation.", "$9m", kMoney) !=
        "loss");
  CHECK(MetricOf(kEn, "Farrell filed damage claims worth $9m.", "$9m", kMoney) != "loss");
  // Positive: the damage itself stays a loss.
  CHECK(MetricOf(kEn, "The frost caused $70m of damage to orchards.", "$70m", kMoney) == "loss");
}

TEST_CASE("metric en: a settlement with a regulator is a penalty but a debt settled is spending",
          "[metric][en][tax]") {
  CHECK(MetricOf(kEn, "Tovalo will pay $25m to settle charges brought by the market regulator.",
                 "$25m", kMoney) == "tax");
  CHECK(MetricOf(kEn, "Morvik paid the Fair Markets Commission $30m in June to settle claims.",
                 "$30m", kMoney) == "tax");
  CHECK(MetricOf(kEn, "Morvik will pay $30m to settle charges of price fixing.", "$30m", kMoney) ==
        "tax");
  CHECK(MetricOf(kEn, "Its broker arm pays $2m to settle a probe charge.", "$2m", kMoney) == "tax");
  CHECK(MetricOf(kEn, "Morvik agreed to pay $45m to settle an investigation into its pricing.",
                 "$45m", kMoney) == "tax");
  // Negative: settling debts with suppliers is no tax.
  CHECK(MetricOf(kEn, "Brennick agreed to hand over $65m to settle its debts with growers.", "$65m",
                 kMoney) != "tax");
  CHECK(MetricOf(kEn, "Brennick agreed to pay $65m to settle its debts with growers.", "$65m",
                 kMoney) == "spend");
}

TEST_CASE("metric en: mortgage lending is funding and a settlement spending",
          "[metric][en][funding]") {
  CHECK(MetricOf(kEn, "Mortgage lending rose by 3.1bn pounds in March.", "3.1bn pounds", kMoney) ==
        "funding");
  CHECK(MetricOf(kEn, "Quillo agreed to pay $12m to settle a lawsuit over its brakes.", "$12m",
                 kMoney) == "spend");
  // Negative: the lending rate is an interest rate.
  CHECK(MetricOf(kEn, "The bank kept its lending rate at 4.5%.", "4.5%", kPercent) ==
        "interest_rate");
}

TEST_CASE("metric de: a party's result next to its seats is a vote share", "[metric][de][vote]") {
  const std::string text =
      "Damit kommt die Liste Quell auf 31,4 Prozent (12 Mandate), die Partei Nord auf 9,2 "
      "Prozent (3 Mandate).";
  CHECK(MetricOf(kDe, text, "31,4 Prozent", kPercent) == "vote_share");
  CHECK(MetricOf(kDe, text, "9,2 Prozent", kPercent) == "vote_share");
  // Negative: the seats themselves are no votes.
  CHECK(MetricOf(kDe, text, "12 Mandate", kCount, "mandate", 12) != "votes");
  // Negative: a business mandate next to a percentage (a fee) is no vote share.
  CHECK(MetricOf(kDe,
                 "Die Kanzlei Brenno erhielt das Prüfungsmandat, ihr Honorar liegt bei 3 Prozent.",
                 "3 Prozent", kPercent) != "vote_share");
  // A parliament's compound still names seats.
  CHECK(MetricOf(kDe, "Die Liste Quell kam auf 22 Prozent und vier Direktmandate.", "22 Prozent",
                 kPercent) == "vote_share");
}

TEST_CASE("metric: students and pupils counted are a population", "[metric][count][population]") {
  CHECK(MetricOf(kEs, "El programa beca a unos 40.000 estudiantes cada año.", "40.000 estudiantes",
                 kCount, "student", 40000) == "population");
  CHECK(MetricOf(kDe, "Im Bezirk lernen 9.500 Schüler in 31 Klassen.", "9.500 Schüler", kCount,
                 "student", 9500) == "population");
  // Negative: students killed are cases.
  CHECK(MetricOf(kEs, "En el ataque murieron 14 estudiantes.", "14 estudiantes", kCount, "student",
                 14) == "cases");
}

TEST_CASE("metric: people per something are a rate and no population",
          "[metric][count][population]") {
  CHECK(MetricOf(kEn, "In Dorvia there are 27 pupils per classroom.", "27 pupils", kCount,
                 "student", 27) != "population");
  CHECK(MetricOf(kDe, "Die Akademie Velt zählt 14 Studenten pro Kurs.", "14 Studenten", kCount,
                 "student", 14) != "population");
  CHECK(MetricOf(kDe, "Die Schule Velt speichert 12 Datensätze pro Schüler.",
                 "12 Datensätze pro Schüler", kCount, "student", 12) != "population");
  // Negative: pupils counted without a rate stay a population.
  CHECK(MetricOf(kEn, "In Dorvia there are 27,000 pupils.", "27,000 pupils", kCount, "student",
                 27000) == "population");
}

TEST_CASE("metric de: a separable verb of a change makes its percentage growth",
          "[metric][de][growth]") {
  CHECK(MetricOf(kDe, "Die Aktien der Fennwald AG gaben seit Februar 17 Prozent nach.",
                 "17 Prozent", kPercent) == "growth");
  CHECK(MetricOf(kDe, "Der Absatz von Lorriot brach im Herbst 23 Prozent ein.", "23 Prozent",
                 kPercent) == "growth");
  CHECK(MetricOf(kDe, "Die Zahl der Mitglieder nahm zuletzt 6 Prozent ab, der Beitrag blieb.",
                 "6 Prozent", kPercent) == "growth");
  CHECK(MetricOf(kDe, "Die Umsätze von Tremmel gingen im Winter 4 Prozent zurück.", "4 Prozent",
                 kPercent) == "growth");
  // Negative: a stake given away ("abgeben") is no change.
  CHECK(MetricOf(kDe, "Der Gründer von Fennwald gab damals 15 Prozent ab.", "15 Prozent",
                 kPercent) != "growth");
  // Negative: the particle does not follow the figure ("20 Prozent ihres Gewinns ab").
  CHECK(MetricOf(kDe, "Die Firma Lorriot gibt 20 Prozent ihres Gewinns an eine Stiftung ab.",
                 "20 Prozent", kPercent) != "growth");
  // Negative: the level a change reached ("ging auf 5 Prozent zurück").
  CHECK(MetricOf(kDe, "Die Quote von Tremmel ging auf 5 Prozent zurück.", "5 Prozent", kPercent) !=
        "growth");
}

TEST_CASE("metric: what a company is worth on the stock exchange is a valuation",
          "[metric][valuation]") {
  CHECK(MetricOf(kDe, "Die Quendel AG war zuletzt an der Börse knapp 7,2 Milliarden Euro wert.",
                 "7,2 Milliarden Euro", kMoney) == "valuation");
  CHECK(MetricOf(kDe, "Quendel ist an der Börse 9 Mrd. Dollar (8 Mrd. Euro) wert.", "9 Mrd. Dollar",
                 kMoney) == "valuation");
  CHECK(MetricOf(kEs, "La empresa Tarvisa vale en bolsa unos 3.400 millones de euros.",
                 "3.400 millones de euros", kMoney) == "valuation");
  CHECK(MetricOf(kEn, "Brovik is worth about $4.6bn on the stock market.", "$4.6bn", kMoney) ==
        "valuation");
  // Negative: one share's worth is a price.
  CHECK(MetricOf(kDe, "Die Aktie von Quendel ist an der Börse nur noch 31 Euro wert.", "31 Euro",
                 kMoney, "EUR", 31) != "valuation");
  // Negative: money raised on the exchange names no verb of worth.
  CHECK(MetricOf(kDe, "Tarvisa nahm beim Gang an die Börse 900 Millionen Euro ein.",
                 "900 Millionen Euro", kMoney) != "valuation");
}

TEST_CASE("metric: visits counted are visitors", "[metric][count][visitors]") {
  CHECK(MetricOf(kDe, "Das Portal von Harnwick kam im Mai auf 6.402.118 Visits.",
                 "6.402.118 Visits", kCount, "visit", 6402118) == "visitors");
  CHECK(MetricOf(kEn, "The Tolvan site logged 3.2 million visits in June.", "3.2 million visits",
                 kCount, "visit", 3.2e6) == "visitors");
  // Negative: a count without the noun and without a cue stays unlabelled.
  CHECK(MetricOf(kDe, "Das Portal von Harnwick kam im Mai auf 6.402.118 Punkte.",
                 "6.402.118 Punkte", kCount, "punkt", 6402118) != "visitors");
}

TEST_CASE("metric es: avanzar and repuntar state a change", "[metric][es][growth]") {
  CHECK(MetricOf(kEs, "El consumo de Tarvisa avanzó un 3,7% en el semestre.", "3,7%", kPercent) ==
        "growth");
  CHECK(MetricOf(kEs, "Las exportaciones de Morvidal repuntaron un 6,2% en otoño.", "6,2%",
                 kPercent) == "growth");
  CHECK(MetricOf(kEs, "La industria de Tarvisa mostró un avance del 13% frente al verano.", "13%",
                 kPercent) == "growth");
  // Negative: the level a change reached stays no growth ("avanzó hasta el 41 %").
  CHECK(MetricOf(kEs, "La cuota de Morvidal avanzó hasta el 41% del mercado.", "41%", kPercent) !=
        "growth");
}

TEST_CASE("metric: a deal or a stake worth an amount beside an exchange word is no valuation",
          "[metric][valuation]") {
  // The exchange named only inside a compound or a filing is no stock-exchange worth.
  CHECK(MetricOf(kEn,
                 "The contract with Pellbrook Ltd is worth about $6bn, the firm told a stock "
                 "exchange filing.",
                 "$6bn", kMoney) == "deal_value");
  CHECK(MetricOf(kEn,
                 "Pellbrook Ltd said in a stock exchange filing that the deal is worth $2.7bn.",
                 "$2.7bn", kMoney) == "deal_value");
  CHECK(MetricOf(kDe,
                 "Der Auftrag ist gut 450 Millionen Euro wert, meldete die Pellbrook AG per "
                 "Börsenmitteilung.",
                 "450 Millionen Euro", kMoney) == "deal_value");
  CHECK(MetricOf(kDe,
                 "Der Auftrag für die Pellbrook AG ist etwa 3 Milliarden Euro wert und folgt nach "
                 "dem Börsengang.",
                 "3 Milliarden Euro", kMoney) == "deal_value");
  CHECK(MetricOf(kEs,
                 "El contrato de Pellbrook vale 650 millones de euros, como indicó a la Bolsa de "
                 "Lisboa.",
                 "650 millones de euros", kMoney) == "deal_value");
  // A stake worth an amount on the exchange is what the stake is worth, not the company.
  CHECK(MetricOf(kEn, "Its 35% stake in Pellbrook Ltd is worth about $5bn on the stock market.",
                 "$5bn", kMoney) != "valuation");
  CHECK(MetricOf(kDe,
                 "Das Aktienpaket der Stiftung an der Pellbrook AG ist an der Börse knapp 640 "
                 "Millionen Euro wert.",
                 "640 Millionen Euro", kMoney) != "valuation");
  // Positive: the company itself, the exchange phrase next to the verb of worth.
  CHECK(MetricOf(kEn, "Pellbrook is now worth roughly $8.1bn on the stock exchange.", "$8.1bn",
                 kMoney) == "valuation");
  CHECK(MetricOf(kEs, "Pellbrook vale en la bolsa 2.900 millones de euros.",
                 "2.900 millones de euros", kMoney) == "valuation");
}

TEST_CASE("metric de: nehmen ab with a dative object takes a stake and states no decline",
          "[metric][de][growth]") {
  CHECK(MetricOf(kDe, "Die Pellbrook AG nahm der Gemeinde Ostrauch 51 Prozent ab.", "51 Prozent",
                 kPercent) != "growth");
  CHECK(MetricOf(kDe, "Die Pellbrook AG nahm dem Land 35 Prozent ab und stärkt so ihre Rolle.",
                 "35 Prozent", kPercent) != "growth");
  // A dative name with a Latin-1 capital (Ô, É) is an object like any other.
  CHECK(MetricOf(kDe, "Der Investor Brelling nahm Ôlstad 10 Prozent ab.", "10 Prozent", kPercent) !=
        "growth");
  // Negative: with no object between verb and figure the decline stays growth.
  CHECK(MetricOf(kDe, "Der Absatz der Pellbrook AG nahm im Sommer 7 Prozent ab.", "7 Prozent",
                 kPercent) == "growth");
}

TEST_CASE("metric es: avanzadas and avances state no change", "[metric][es][growth]") {
  CHECK(MetricOf(kEs, "Pellbrook tiene una cuota del 17 % en las economías avanzadas.", "17 %",
                 kPercent) != "growth");
  CHECK(MetricOf(kEs, "Pellbrook tiene una cuota del 23 % pese a los avances de sus rivales.",
                 "23 %", kPercent) != "growth");
  // Negative: the verb forms still state a change.
  CHECK(MetricOf(kEs, "Las ventas de Pellbrook avanzaron un 9 % en primavera.", "9 %", kPercent) ==
        "growth");
  CHECK(MetricOf(kEs, "Pellbrook registró un avance de un 4 % en sus pedidos.", "4 %", kPercent) ==
        "growth");
}

TEST_CASE("metric: visits made are no visitors without a web context",
          "[metric][count][visitors]") {
  CHECK(MetricOf(kEn, "Pellbrook engineers made 2,300 visits to client sites last year.",
                 "2,300 visits", kCount, "visit", 2300) != "visitors");
  // Negative: visits to a website stay visitors and so do German "Visits" (a web count).
  CHECK(MetricOf(kEn, "The Pellbrook website drew 1.4 million visits in March.",
                 "1.4 million visits", kCount, "visit", 1.4e6) == "visitors");
  CHECK(MetricOf(kDe, "Das Angebot von Pellbrook zählte im April 870.000 Visits.", "870.000 Visits",
                 kCount, "visit", 870000) == "visitors");
  // A web word in typographic quotes is a word like any other.
  CHECK(MetricOf(kEn, "Pellbrook logged 2 million visits on its “site” last month.",
                 "2 million visits", kCount, "visit", 2e6) == "visitors");
}

TEST_CASE("metric en: make up names a part of a whole not a rise", "[metric][en][growth]") {
  CHECK(MetricOf(kEn, "At the Marsdale plant, contract staff now make up 12%, the union says.",
                 "12%", kPercent) == "share");
  CHECK(MetricOf(kEn, "Orvane's filing shows part-timers make up 27% of its ferry crews.", "27%",
                 kPercent) == "share");
  // Negative: "up" alone, apart from the rate, still states a rise (a rule that hid every "up"
  // would fail it).
  CHECK(MetricOf(kEn, "Orvane said fares went up again in May, by 7%.", "7%", kPercent) ==
        "growth");
}

TEST_CASE("metric en: higher than or lower than a rate compares levels not a change",
          "[metric][en][growth]") {
  CHECK(MetricOf(kEn, "That figure is higher than the 7.2% the Brenmoor board expected.", "7.2%",
                 kPercent) == "share");
  CHECK(MetricOf(kEn, "Brenmoor's markup stays lower than the 5.5% ceiling the regulator set.",
                 "5.5%", kPercent) == "share");
  // Negative: "higher" without "than" still names a rise near the rate.
  CHECK(MetricOf(kEn, "Brenmoor pushed its tolls higher: 6% for cars and 9% for lorries.", "6%",
                 kPercent) == "growth");
  // Nor does "than" after some other word than the rate take the change of "higher" away.
  CHECK(MetricOf(kEn, "Brenmoor's tolls went higher again in May, by 6%.", "6%", kPercent) ==
        "growth");
}

TEST_CASE("metric en: a growth noun with its rate in an opening phrase leaves a later level",
          "[metric][en][growth]") {
  CHECK(MetricOf(kEn, "With growth of 0.85%, Dorrick wants its vacancy rate back at 6.5%.", "6.5%",
                 kPercent) == "share");
  // Negative: a growth noun before the level it reaches keeps it growth, also across the rate
  // the change started from.
  CHECK(MetricOf(kEn, "Growth at Dorrick could slow to 1.5% next year.", "1.5%", kPercent) ==
        "growth");
  CHECK(MetricOf(kEn, "The Dorrick growth forecast was cut from 2.6% to 1.4% in June.", "1.4%",
                 kPercent) == "growth");
  // Negative: an aside with its own rate after the noun does not close the noun's clause.
  CHECK(MetricOf(kEn, "Growth in Tamsk, which was 2.7%, is tipped to ease to 1.6% this year.",
                 "1.6%", kPercent) == "growth");
  CHECK(MetricOf(kEn, "Tamsk's growth, at 3%, should slow to 1.9% as exports cool.", "1.9%",
                 kPercent) == "growth");
}

TEST_CASE("metric en: policyholders are customers and posts or positions jobs beside a job verb",
          "[metric][en][count]") {
  CHECK(MetricOf(kEn, "Trevane Mutual counts some 3.1 million policyholders.",
                 "3.1 million policyholders", kCount, "policyholders", 3.1e6) == "users");
  CHECK(MetricOf(kEn, "Under the plan, 230 posts are to be axed at the Quenby call centre.",
                 "230 posts", kCount, "posts", 230) == "employees");
  CHECK(MetricOf(kEn, "Hallow Bank is creating 45 positions at its Derry office.", "45 positions",
                 kCount, "positions", 45) == "employees");
  // Negative: posts on a blog and positions a fund holds are no jobs.
  CHECK(MetricOf(kEn, "Quenby deleted 310 posts from its blog overnight.", "310 posts", kCount,
                 "posts", 310) != "employees");
  CHECK(MetricOf(kEn, "The Hallow fund now holds 75 positions in Asian bonds.", "75 positions",
                 kCount, "positions", 75) != "employees");
  // Nor positions a job verb cuts or creates "in" an asset class.
  CHECK(MetricOf(kEn, "Quilby cut 12 positions in US equities last quarter.", "12 positions",
                 kCount, "positions", 12) != "employees");
  CHECK(MetricOf(kEn, "The Quilby fund will create 40 positions in its portfolio.", "40 positions",
                 kCount, "positions", 40) != "employees");
}

TEST_CASE("metric en: posts are jobs past any English auxiliary before the job verb",
          "[metric][en]") {
  CHECK(MetricOf(kEn, "Ferrow said that 85 posts should go next spring.", "85 posts", kCount,
                 "posts", 85) == "employees");
  CHECK(MetricOf(kEn, "At the Penmoor depot 55 positions must be axed.", "55 positions", kCount,
                 "positions", 55) == "employees");
  // Negative: past the auxiliary comes no job verb.
  CHECK(MetricOf(kEn, "Ferrow hopes its 85 posts should please younger readers.", "85 posts",
                 kCount, "posts", 85) != "employees");
}

TEST_CASE("metric en: an amount worth of goods or contracts is no valuation",
          "[metric][en][money]") {
  CHECK(MetricOf(kEn, "Norland exported $6m worth of timber last month.", "$6m", kMoney) ==
        "trade");
  CHECK(MetricOf(kEn, "Pellbrook signed $3bn worth of contracts this spring.", "$3bn", kMoney) ==
        "deal_value");
  CHECK(MetricOf(kEn, "Quilby imported 70m euros-worth of grain.", "70m euros", kMoney) == "trade");
  // Negative: a company's worth stays a valuation, also "worth of" before the amount.
  CHECK(MetricOf(kEn, "Pellbrook is now worth $3bn, analysts say.", "$3bn", kMoney) == "valuation");
  CHECK(MetricOf(kEn, "Pellbrook claims a brand worth of $2bn.", "$2bn", kMoney) == "valuation");
}

TEST_CASE("metric en: a bid valuing a company at an amount states its valuation",
          "[metric][en][money]") {
  CHECK(MetricOf(kEn, "Analysts see the revised terms valuing the group at $4bn.", "$4bn",
                 kMoney) == "valuation");
  CHECK(MetricOf(kEn, "Fans doubt that a price valuing the Norbridge Town club at £60m is fair.",
                 "£60m", kMoney) == "valuation");
  // Negative: the per-share amount of an offer is no valuation.
  CHECK(MetricOf(kEn, "Its bid of 410p a share ends up valuing the company at £2bn.", "410p",
                 kMoney, "", 4.1) != "valuation");
  // Nor an amount after "at" behind a comma after "valuing".
  CHECK(MetricOf(kEn, "Before valuing Quilby, Pellbrook sold stock at $40m.", "$40m", kMoney) !=
        "valuation");
  // Nor what is valued when it is no company: damage or a stake.
  CHECK(MetricOf(kEn, "Assessors are valuing the flood damage at $90m.", "$90m", kMoney) !=
        "valuation");
  CHECK(MetricOf(kEn, "Kelso marked down its holding by valuing its 15% stake at $70m.", "$70m",
                 kMoney) != "valuation");
  // Nor a capitalised thing that is no company.
  CHECK(MetricOf(kEn, "The agency is valuing Arctic Oil Reserves at $40bn.", "$40bn", kMoney) !=
        "valuation");
}

TEST_CASE("metric en: a shortfall is a deficit but a shortfall in a measure is that measure",
          "[metric][en][money]") {
  CHECK(MetricOf(kEn, "Norland said its trade shortfall eased to $7bn in May.", "$7bn", kMoney) ==
        "trade");
  CHECK(MetricOf(kEn, "Officials see the Tamsk shortfall widening to $9bn by spring.", "$9bn",
                 kMoney) == "debt");
  // Negative: a shortfall in revenue is revenue missed, no debt.
  CHECK(MetricOf(kEn, "Quenby now fears a $45m shortfall in revenue next year.", "$45m", kMoney) ==
        "revenue");
  CHECK(MetricOf(kEn, "The shortfall in Quenby's fees for May was $8m.", "$8m", kMoney) != "debt");
  CHECK(MetricOf(kEn, "Despite a shortfall, Quenby booked $12m in sales.", "$12m", kMoney) ==
        "revenue");
}

TEST_CASE("metric de: people a harm verb closing their clause befell are cases whatever their noun",
          "[metric][de][count][met32]") {
  CHECK(MetricOf(kDe, "Beim Brand im Lager von Orvenik sind neun Mitarbeiter ums Leben gekommen.",
                 "neun Mitarbeiter", kCount, "employee", 9) == "cases");
  CHECK(MetricOf(kDe, "Beim Einsturz der Tribüne in Hallindor wurden 14 Zuschauer schwer verletzt.",
                 "14 Zuschauer", kCount, "viewer", 14) == "cases");
  CHECK(MetricOf(kDe, "In der Provinz sind seither 610 Menschen an Typhus erkrankt.",
                 "610 Menschen", kCount, "person", 610) == "cases");
  // A counted noun with no unit metric of its own but a cue of people.
  CHECK(MetricOf(kDe, "Beim Überfall auf das Bergdorf Kelmar wurden 31 Frauen und Kinder getötet.",
                 "31 Frauen", kCount, "frauen", 31) == "cases");
  // Negative: the harm word does not close the figure's clause (a noun follows it).
  CHECK(MetricOf(kDe, "Die 640 Mitarbeiter von Orvenik trauern um den verstorbenen Gründer.",
                 "640 Mitarbeiter", kCount, "employee", 640) == "employees");
  // Negative: the harm verb closes another clause, after a comma.
  CHECK(MetricOf(kDe, "Orvenik beschäftigt 640 Mitarbeiter, beim Unfall wurde keiner verletzt.",
                 "640 Mitarbeiter", kCount, "employee", 640) == "employees");
  // Negative: after the participle comes a word that is no auxiliary (the figure's people are
  // the finders, not the injured).
  CHECK(MetricOf(kDe, "Die 300 Mitarbeiter von Velmor haben den Fahrer verletzt aufgefunden.",
                 "300 Mitarbeiter", kCount, "employee", 300) == "employees");
}

TEST_CASE("metric de: a capitalised victims' noun or a negated harm verb makes no cases",
          "[metric][de][count][met32]") {
  // The victims' nouns are no predicate of the figure's clause (word start in lower case).
  CHECK(MetricOf(kDe,
                 "Die Firma Velmor hat 200 Mitarbeiter nach dem Unfall mit drei Toten entlassen.",
                 "200 Mitarbeiter", kCount, "employee", 200) == "employees");
  CHECK(MetricOf(kDe, "Die 640 Mitarbeiter von Velmor trauern um die Verstorbenen.",
                 "640 Mitarbeiter", kCount, "employee", 640) == "employees");
  CHECK(MetricOf(kDe,
                 "Die Klinik Velmor beschäftigt 4.000 Ärzte für die Behandlung der Erkrankten.",
                 "4.000 Ärzte", kCount, "ärzte", 4000) == "employees");
  CHECK(MetricOf(kDe,
                 "Die 640 Mitarbeiter von Velmor wurden über die Zahl der Verletzten informiert.",
                 "640 Mitarbeiter", kCount, "employee", 640) == "employees");
  CHECK(MetricOf(kDe, "Die 300 Mitarbeiter von Velmor pflegen Erkrankte.", "300 Mitarbeiter",
                 kCount, "employee", 300) == "employees");
  // A negation before the figure or between it and the verb, and "unverletzt".
  CHECK(MetricOf(kDe, "Keiner der 640 Mitarbeiter von Velmor wurde verletzt.", "640 Mitarbeiter",
                 kCount, "employee", 640) == "employees");
  CHECK(MetricOf(kDe, "Von den 640 Mitarbeitern von Velmor wurde niemand verletzt.",
                 "640 Mitarbeitern", kCount, "employee", 640) == "employees");
  CHECK(MetricOf(kDe, "Bei Velmor sind 300 Mitarbeiter nicht erkrankt.", "300 Mitarbeiter", kCount,
                 "employee", 300) == "employees");
  CHECK(MetricOf(kDe, "Alle 180 Passagiere des Velmor-Busses blieben unverletzt.", "180 Passagiere",
                 kCount, "passenger", 180) == "visitors");
}

TEST_CASE("metric es: people a harm verb next to them befell are cases whatever their noun",
          "[metric][es][count][met32]") {
  CHECK(MetricOf(kEs, "En la explosión de la refinería murieron 14 operarios.", "14 operarios",
                 kCount, "employee", 14) == "cases");
  CHECK(MetricOf(kEs, "Según el sindicato, 3.100 empleados ya han muerto este invierno.",
                 "3.100 empleados", kCount, "employee", 3100) == "cases");
  // Negative: the harm word is the object of another verb, not the figure's predicate.
  CHECK(MetricOf(kEs, "Los 520 empleados de Tarvesa recordaron a los fallecidos.", "520 empleados",
                 kCount, "employee", 520) == "employees");
  // Negative: the harm word stands earlier in the sentence, not right before the figure.
  CHECK(MetricOf(kEs, "Los heridos fueron atendidos por 45 empleados del hospital de Torvela.",
                 "45 empleados", kCount, "employee", 45) == "employees");
  // Negative: a harm verb over firms, no people (no person unit; and "sucumbir" is no cue).
  CHECK(MetricOf(kEs, "Unas 40 pymes sucumbieron a la crisis en 2023.", "40 pymes", kCount, "pymes",
                 40)
            .empty());
}

TEST_CASE("metric: a part of a value lost or gained is a change rate, not a share",
          "[metric][percent][met35]") {
  // English: "lost / shed / wiping X% of <its> value".
  CHECK(MetricOf(kEn, "Shares in Harlow Tin have lost 38% of their value since June.", "38%",
                 kPercent) == "growth");
  CHECK(MetricOf(kEn, "Dunmore has shed more than 60% of its market value this year.", "60%",
                 kPercent) == "growth");
  CHECK(MetricOf(kEn, "The court ruling ended up wiping 14% of Corvin's value.", "14%", kPercent) ==
        "growth");
  // Negatives: a value's part with no verb of losing or gaining, a loss of something else.
  CHECK(MetricOf(kEn, "Land makes up 38% of the fund's value.", "38%", kPercent) == "share");
  CHECK(MetricOf(kEn, "Harlow Tin lost 38% of its customers to rivals.", "38%", kPercent) ==
        "share");
  CHECK(MetricOf(kEn, "Dunmore holds 12% of the company.", "12%", kPercent) == "stake");
  // Spanish: "perdió (el / un) X % de su valor".
  CHECK(MetricOf(kEs, "Los títulos de Varesa han perdido el 38 % de su valor desde junio.", "38 %",
                 kPercent) == "growth");
  CHECK(MetricOf(kEs, "Tornal perdió casi un 60 % de su valor bursátil en un año.", "60 %",
                 kPercent) == "growth");
  // Negatives: "de su valor" without a verb of change, a stake of a company.
  CHECK(MetricOf(kEs, "Los inmuebles suponen el 38 % de su valor total.", "38 %", kPercent) ==
        "share");
  CHECK(MetricOf(kEs, "Varesa compró el 12 % de la compañía.", "12 %", kPercent) == "stake");
  // German keeps its change verb ("Prozent ihres Wertes verloren"); "Prozent der Aktien" a stake.
  CHECK(MetricOf(kDe, "Die Papiere von Brellhof haben 38 Prozent ihres Wertes verloren.",
                 "38 Prozent", kPercent) == "growth");
  CHECK(MetricOf(kDe, "Brellhof hält 12 Prozent der Aktien.", "12 Prozent", kPercent) == "stake");
}

TEST_CASE("metric: dismissals counted are jobs cut, listeners an audience",
          "[metric][count][met35]") {
  // German: the plural "Entlassungen" (also in a compound) counts jobs cut.
  CHECK(MetricOf(kDe, "Beim Zulieferer Kremmling drohen 1.300 Entlassungen.", "1.300 Entlassungen",
                 kCount, "entlassungen", 1300) == "employees");
  CHECK(MetricOf(kDe, "Kremmling plant 450 Massenentlassungen.", "450 Massenentlassungen", kCount,
                 "massenentlassungen", 450) == "employees");
  // Negative: a release from prison ("Entlassung", singular) counts no jobs.
  CHECK(MetricOf(kDe, "Nach der Entlassung aus der Haft kehrten 12 Männer heim.", "12 Männer",
                 kCount, "männer", 12) != "employees");
  // English: layoffs, redundancies, people laid off.
  CHECK(MetricOf(kEn, "Brindle Foods announced 450 layoffs at its bakery.", "450 layoffs", kCount,
                 "layoffs", 450) == "employees");
  CHECK(MetricOf(kEn, "The bank confirmed 1,300 redundancies in its branch network.",
                 "1,300 redundancies", kCount, "redundancies", 1300) == "employees");
  CHECK(MetricOf(kEn, "At Brindle 220 were laid off on Friday.", "220", kCount, "", 220) ==
        "employees");
  // Listeners are an audience, visitors; headphones and receivers are none.
  CHECK(MetricOf(kDe, "Das Open-Air-Konzert im Stadtpark zog 2.400 Zuhörer an.", "2.400 Zuhörer",
                 kCount, "zuhörer", 2400) == "visitors");
  CHECK(MetricOf(kDe, "Der Sender Kremmling erreicht 3 Millionen Radiohörer.",
                 "3 Millionen Radiohörer", kCount, "radiohörer", 3e6) == "visitors");
  CHECK(MetricOf(kDe, "Kremmling verschickte 4.000 Kopfhörer an Händler.", "4.000 Kopfhörer",
                 kCount, "kopfhörer", 4000) != "visitors");
  CHECK(MetricOf(kEs, "El programa matinal de Radio Ternal suma 310.000 oyentes.",
                 "310.000 oyentes", kCount, "oyentes", 310000) == "visitors");
  CHECK(MetricOf(kEn, "Her podcast now has 45,000 listeners a week.", "45,000 listeners", kCount,
                 "listeners", 45000) == "visitors");
  CHECK(MetricOf(kEn, "Brindle shipped 70,000 headphones.", "70,000 headphones", kCount,
                 "headphones", 70000) != "visitors");
}

TEST_CASE("metric: people whose clause says they attended or visited are visitors",
          "[metric][count][met41]") {
  // English: the verb after the count (an auxiliary such as "had" between) or "attended by"
  // before it.
  CHECK(MetricOf(kEn, "About 8,000 fans attended the harvest fair in Dunmore.", "8,000 fans",
                 kCount, "fans", 8000) == "visitors");
  CHECK(MetricOf(kEn, "By noon 2,300 skaters had visited the new rink at Tolvern.", "2,300 skaters",
                 kCount, "skaters", 2300) == "visitors");
  CHECK(MetricOf(kEn, "The Kelby regatta was attended by 12,500 people.", "12,500 people", kCount,
                 "person", 12500) == "visitors");
  CHECK(MetricOf(kEn, "Nearly 3,000 attended the opening night at the Orvell.", "3,000", kCount, "",
                 3000) == "visitors");
  // Spanish: the verb right before the count (a qualifier between) or right after it.
  CHECK(MetricOf(kEs, "Al concierto de Valdoria asistieron unas 4.000 personas.", "4.000 personas",
                 kCount, "person", 4000) == "visitors");
  CHECK(MetricOf(kEs, "Más de 2.500 aficionados acudieron al estadio de Marvela.",
                 "2.500 aficionados", kCount, "aficionados", 2500) == "visitors");
  // Negatives: countries, pupils at their school, voters at the polls, a verb of another clause.
  CHECK(MetricOf(kEn, "Delegates from 30 countries attended the summit in Varno.", "30 countries",
                 kCount, "countries", 30) != "visitors");
  CHECK(MetricOf(kEn, "Some 700 students attended the Kelby academy last year.", "700 students",
                 kCount, "student", 700) != "visitors");
  CHECK(MetricOf(kEn, "Orvell's 500 engineers built the hall that fans visited.", "500 engineers",
                 kCount, "engineers", 500) != "visitors");
  CHECK(MetricOf(kEs, "Unos 90.000 electores acudieron a las urnas en Tarsal.", "90.000 electores",
                 kCount, "electores", 90000) != "visitors");
  CHECK(MetricOf(kEs, "Asistieron 12 países a la cumbre de Doral.", "12 países", kCount, "países",
                 12) != "visitors");
}

TEST_CASE("metric: a percentage owned by someone or of a firm's equity is a stake",
          "[metric][percent][met41]") {
  // English: "-owned" right after the figure (also after a name: "Tarrow-owned").
  CHECK(MetricOf(kEn, "Pellmoor Air is 35% owned by a pension fund in Oslo.", "35%", kPercent) ==
        "stake");
  CHECK(MetricOf(kEn, "Brisco sold a 60%-owned unit to its managers.", "60%", kPercent) == "stake");
  CHECK(MetricOf(kEn, "The Harwick brewery, 72% family-owned since 1990, brews ales for Chile.",
                 "72%", kPercent) == "stake");
  CHECK(MetricOf(kEn, "Velmore floated 15% of its equity on the Vienna exchange.", "15%",
                 kPercent) == "stake");
  CHECK(MetricOf(kEn, "Two pension funds bought 8% of the capital of Tarrow.", "8%", kPercent) ==
        "stake");
  CHECK(MetricOf(kEn, "Pellmoor handed 30% of its capital, in new shares, to Brisco.", "30%",
                 kPercent) == "stake");
  // German: "Aktienanteil" names a stake, not some proportion.
  CHECK(MetricOf(kDe, "Die Brandauer AG ist mit einem Aktienanteil von 18 Prozent beteiligt.",
                 "18 Prozent", kPercent) == "stake");
  CHECK(MetricOf(kDe, "Der Fonds Kellwig hält einen Aktienanteil von 12 Prozent an Rosstal.",
                 "12 Prozent", kPercent) == "stake");
  // Negatives: homes owned by their residents, owned cars, capital spending.
  CHECK(MetricOf(kEn, "In Dunmore 64% of homes are owned by their residents.", "64%", kPercent) !=
        "stake");
  CHECK(MetricOf(kEn, "About 30% of owned cars in Varno run on diesel.", "30%", kPercent) !=
        "stake");
  // "capital" that opens a compound: the firm's spending, not its capital.
  CHECK(MetricOf(kEn, "Brisco plans to trim 12% of its capital budget in 2027.", "12%", kPercent) !=
        "stake");
  CHECK(MetricOf(kEn, "Orvell put 20% of the capital expenditure into Varno.", "20%", kPercent) !=
        "stake");
  CHECK(MetricOf(kDe, "Der Anteil der Frauen lag bei 41 Prozent.", "41 Prozent", kPercent) ==
        "share");
}

TEST_CASE("metric: a small amount only a verb of selling or offering ties is a price",
          "[metric][money][met41]") {
  // A verb of selling or offering, no noun of revenue or of a deal: what one thing sells for.
  CHECK(MetricOf(kEn, "The Zellor tablet is selling in Canada at $329 and in Mexico at $310.",
                 "$310", kMoney, "USD", 310) == "price");
  CHECK(MetricOf(kEn, "Dealers are offering the Corvan hatchback at $9,900 in Ohio.", "$9,900",
                 kMoney, "USD", 9900) == "price");
  CHECK(MetricOf(kDe, "Vom neuen Modell verkaufte Gisbrecht bisher jedes Stück zu 4.800 Euro.",
                 "4.800 Euro", kMoney, "EUR", 4800) == "price");
  CHECK(MetricOf(kDe, "Kellwig will das Rad in Tirol zu 380 Euro verkaufen.", "380 Euro", kMoney,
                 "EUR", 380) == "price");
  CHECK(MetricOf(kEs, "En Tarsal la tienda Ondero vende el modelo básico a 290 euros.", "290 euros",
                 kMoney, "EUR", 290) == "price");
  // Negatives: a noun of revenue, millions. (A per-share bid, "an offer of 420p a share", is a
  // price too, by PerShareAfter rather than by this rule: METRICS.md, price of one share.)
  CHECK(MetricOf(kEn, "Tarrow made an offer of 420p a share for Kessing.", "420p", kMoney, "GBP",
                 4.2) == "price");
  CHECK(MetricOf(kEn, "Zellor sold goods worth a revenue of $8,100 at the fair.", "$8,100", kMoney,
                 "USD", 8100) == "revenue");
  CHECK(MetricOf(kDe, "Brunnhof hat die Sparte für 240 Millionen Euro verkauft.",
                 "240 Millionen Euro", kMoney, "EUR", 2.4e8) != "price");
}

TEST_CASE("metric en: a count a supplier hands over (supply X with N) is shipments",
          "[metric][count][en][met35]") {
  CHECK(MetricOf(kEn, "Hasko Rail has agreed to supply Brenton Lines with 45 locomotives.",
                 "45 locomotives", kCount, "locomotives", 45) == "shipments");
  CHECK(MetricOf(kEn, "Tarrow supplies the navy with up to 900 trucks a year.", "900 trucks",
                 kCount, "trucks", 900) == "shipments");
  CHECK(MetricOf(kEn, "Tarrow is to supply them with 18 of the refitted ferries.", "18", kCount, "",
                 18) == "shipments");
  // Negatives: the noun "supply", a supply with no "with" before the count, a workforce.
  CHECK(MetricOf(kEn, "Of the 140 companies surveyed, few checked their supply chains.",
                 "140 companies", kCount, "company", 140) == "companies");
  CHECK(MetricOf(kEn, "Hasko signed supply deals with 45 operators last year.", "45 operators",
                 kCount, "operators", 45) != "shipments");
  CHECK(MetricOf(kEn, "Tarrow Supply, with 300 employees, is based in Leeds.", "300 employees",
                 kCount, "employee", 300) == "employees");
}

TEST_CASE("metric de: people the present tense of sterben counts are cases",
          "[metric][count][de][met35]") {
  CHECK(MetricOf(kDe, "In Velmarstadt sterben jährlich 15 Personen im Verkehr.", "15 Personen",
                 kCount, "person", 15) == "cases");
  CHECK(MetricOf(kDe, "Bei dem Brand in Kaltenau sterben 9 Menschen.", "9 Menschen", kCount,
                 "person", 9) == "cases");
  // Negative: "Waldsterben" or "Ladensterben" is no death of people.
  CHECK(MetricOf(kDe, "Trotz Ladensterben leben in Kaltenau 4.000 Menschen.", "4.000 Menschen",
                 kCount, "person", 4000) == "population");
}

TEST_CASE("metric: a dismissal noun counts jobs cut only as the counted noun",
          "[metric][count][met35]") {
  // German: the plural "Entlassungen" as the figure's noun only; not a release from prison or
  // hospital, nor a dismissal named elsewhere in the sentence.
  CHECK(MetricOf(kDe, "In Tirol gab es 2019 rund 1.700 Entlassungen aus der Haft.",
                 "1.700 Entlassungen", kCount, "entlassungen", 1700) != "employees");
  CHECK(MetricOf(kDe, "Das Spital Waldrau meldete 9.500 Entlassungen nach Hause.",
                 "9.500 Entlassungen", kCount, "entlassungen", 9500) != "employees");
  CHECK(MetricOf(kDe, "Die Zahl der Haftentlassungen sank auf 1.700.", "1.700", kCount, "", 1700) !=
        "employees");
  CHECK(MetricOf(kDe, "In Waldrau demonstrierten 2.000 Menschen gegen die Entlassungen bei Holzer.",
                 "2.000 Menschen", kCount, "person", 2000) == "population");
  CHECK(MetricOf(kDe, "Nach den Entlassungen bei Holzer gingen 150 Anfragen ein.", "150 Anfragen",
                 kCount, "anfragen", 150) != "employees");
  // English: layoffs, redundancies, laid off only as what is counted; not "redundancy" (spare
  // capacity) nor a protest against layoffs.
  CHECK(MetricOf(kEn, "Some 2,500 people rallied in Derby against the layoffs at Corvin.",
                 "2,500 people", kCount, "person", 2500) == "population");
  CHECK(MetricOf(kEn, "Corvin keeps 500 servers in three halls for redundancy.", "500 servers",
                 kCount, "servers", 500) != "employees");
  CHECK(MetricOf(kEn, "After the redundancies at Corvin, 80 complaints were filed.",
                 "80 complaints", kCount, "complaints", 80) != "employees");
  CHECK(MetricOf(kEn, "Corvin laid off staff, and 60 stores closed.", "60 stores", kCount, "store",
                 60) == "sites");
  // Spanish: "oyentes" counted is an audience; a count beside them is not.
  CHECK(MetricOf(kEs, "La charla de Ternal tuvo 40 minutos para los oyentes.", "40 minutos", kCount,
                 "minutos", 40) != "visitors");
}

TEST_CASE("metric: a value's part earned or taxed on gains is no change of the value",
          "[metric][percent][met35]") {
  CHECK(MetricOf(kEs, "La agencia Morval gana el 4 % del valor de cada piso que alquila.", "4 %",
                 kPercent) != "growth");
  CHECK(MetricOf(kEn, "Sellers pay the duty on gains over 15% of the flat's value.", "15%",
                 kPercent) != "growth");
  // The verb list follows the article's language: an English verb in a Spanish text is none.
  CHECK(MetricOf(kEs, "El fondo lost el 20 % de su valor.", "20 %", kPercent) != "growth");
}

TEST_CASE("metric de: things that die (sterben) are no cases", "[metric][count][de][met35]") {
  CHECK(MetricOf(kDe, "Jedes Jahr sterben in Tirol rund 200 Dorfwirtshäuser.",
                 "200 Dorfwirtshäuser", kCount, "dorfwirtshäuser", 200) != "cases");
  CHECK(MetricOf(kDe, "Im Harz sterben jährlich 3 Millionen Buchen.", "3 Millionen Buchen", kCount,
                 "buchen", 3e6) != "cases");
  CHECK(MetricOf(kDe, "In Waldrau stirbt pro Jahr ein Dutzend Bäckereien, 14 Läden.", "14 Läden",
                 kCount, "läden", 14) != "cases");
}

TEST_CASE("metric en: a staff count beside a supplier is no shipment",
          "[metric][count][en][met35]") {
  CHECK(MetricOf(kEn, "Tarrow supplies trams and now works with 450 staff in Derby.", "450", kCount,
                 "", 450) != "shipments");
  CHECK(MetricOf(kEn, "Tarrow, which supplies trams, works with 70 suppliers in Derby.",
                 "70 suppliers", kCount, "suppliers", 70) != "shipments");
}

TEST_CASE("metric: a value's part that may be lost up to a bound is a change rate",
          "[metric][percent][met35]") {
  CHECK(MetricOf(kEn, "Flats near the bypass could lose up to 25% of their value.", "25%",
                 kPercent) == "growth");
  CHECK(MetricOf(kEs, "Las casas del valle pueden perder hasta el 25 % de su valor.", "25 %",
                 kPercent) == "growth");
  // Negative: a bound with no verb of change.
  CHECK(MetricOf(kEn, "Loans may cover up to 25% of the home's value.", "25%", kPercent) !=
        "growth");
}

TEST_CASE("metric: a group of people counted by what they are is a population",
          "[metric][count][population][met36]") {
  CHECK(MetricOf(kDe, "Seit dem Hochwasser sind 7.300 Zivilisten aus Korbach geflohen.",
                 "7.300 Zivilisten", kCount, "zivilisten", 7300) == "population");
  CHECK(MetricOf(kDe, "Vor dem Rathaus von Maltheim versammelten sich 450 Gegendemonstranten.",
                 "450 Gegendemonstranten", kCount, "gegendemonstranten", 450) == "population");
  CHECK(MetricOf(kEs, "En la región de Tarsel viven unos 41.000 indígenas.", "41.000 indígenas",
                 kCount, "indígenas", 41000) == "population");
  CHECK(MetricOf(kEn, "Some 2,600 protesters marched through central Wexbury.", "2,600 protesters",
                 kCount, "protesters", 2600) == "population");
  // Negative: the group harmed is cases; goods or an unknown noun stay as they were.
  CHECK(MetricOf(kDe, "Bei dem Angriff auf Korbach wurden 23 Zivilisten getötet.", "23 Zivilisten",
                 kCount, "zivilisten", 23) == "cases");
  CHECK(MetricOf(kEs, "En los disturbios de Tarsel murieron 9 manifestantes.", "9 manifestantes",
                 kCount, "manifestantes", 9) == "cases");
  CHECK(MetricOf(kEn, "The storm in Wexbury killed 14 villagers overnight.", "14 villagers", kCount,
                 "villagers", 14) == "cases");
  CHECK(MetricOf(kDe, "Im Lager von Maltheim stehen 300 Container.", "300 Container", kCount,
                 "container", 300)
            .empty());
}

TEST_CASE("metric: businesses and compañías counted are companies", "[metric][count][met36]") {
  CHECK(MetricOf(kEn, "Regulators in Dorvia will review about 1,200 businesses.",
                 "1,200 businesses", kCount, "businesses", 1200) == "companies");
  CHECK(MetricOf(kEs, "En el parque de Tarsel operan 48 compañías tecnológicas.", "48 compañías",
                 kCount, "compañías", 48) == "companies");
  // Negative: a company named, not counted, leaves another count alone.
  CHECK(MetricOf(kEs, "La compañía Velmar vendió 48 tractores en Tarsel.", "48 tractores", kCount,
                 "tractores", 48) != "companies");
}

TEST_CASE("metric: a count of 100,000 or more is no company's sites", "[metric][count][met36]") {
  CHECK(MetricOf(kEn, "Volunteers set 250,000 young plants along the dunes of Wexbury.",
                 "250,000 young plants", kCount, "plants", 2.5e5) != "sites");
  CHECK(MetricOf(kDe, "Rund 130.000 Fans säumten die Route; viele Läden in Maltheim blieben zu.",
                 "130.000 Fans", kCount, "fans", 130000) != "sites");
  CHECK(MetricOf(kEs, "Con unos 120.000 vecinos y varias tiendas, Tarsel crece.", "120.000", kCount,
                 "", 120000) != "sites");
  // Negatives: a chain's or a maker's sites stay sites.
  CHECK(MetricOf(kEn, "Velmar runs 14 plants in Norland.", "14 plants", kCount, "plants", 14) ==
        "sites");
  CHECK(MetricOf(kDe, "Die Kette Velmar betreibt 2.400 Filialen.", "2.400", kCount, "", 2400) ==
        "sites");
  CHECK(MetricOf(kEs, "La cadena Velmar abrió 85 tiendas.", "85", kCount, "", 85) == "sites");
}

TEST_CASE("metric de: \"Stellen\" inside another word is no job", "[metric][count][de][met36]") {
  CHECK(MetricOf(kDe, "In Korbach gibt es nur noch 14 Tankstellen.", "14", kCount, "", 14) !=
        "employees");
  CHECK(MetricOf(kDe, "Die Buslinie von Korbach bedient 31 Haltestellen.", "31", kCount, "", 31) !=
        "employees");
  CHECK(MetricOf(kDe, "Auf der Strecke liegen 28 Baustellen.", "28", kCount, "", 28) !=
        "employees");
  // Negatives: jobs as a word, at a word's start or as a compound of jobs.
  CHECK(MetricOf(kDe, "Die Velmar AG streicht 900 Stellen.", "900", kCount, "", 900) ==
        "employees");
  CHECK(MetricOf(kDe, "Beim Stellenabbau der Velmar AG fallen 450 weg.", "450", kCount, "", 450) ==
        "employees");
  CHECK(MetricOf(kDe, "Das Land Norland schafft 120 neue Planstellen.", "120", kCount, "", 120) ==
        "employees");
}

TEST_CASE("metric de: any compound ending in \"stellen\" is jobs but places and verbs",
          "[metric][count][de][met36]") {
  CHECK(MetricOf(kDe, "Das Land Norland streicht 200 Polizistenstellen.", "200", kCount, "", 200) ==
        "employees");
  CHECK(MetricOf(kDe, "Die Klinik in Korbach schafft 35 Pflegerstellen.", "35", kCount, "", 35) ==
        "employees");
  CHECK(MetricOf(kDe, "Die Universität Maltheim bietet 25 Doktorandenstellen an.", "25", kCount, "",
                 25) == "employees");
  // Negatives: places and offices ending in "-stellen", and verbs.
  CHECK(MetricOf(kDe, "Im Kreis Korbach gibt es 17 Feuerwehrstellen und 9 Meldestellen.", "9",
                 kCount, "", 9) != "employees");
  CHECK(MetricOf(kDe, "Die Stadt Maltheim richtet 12 Bushaltestellen neu ein.", "12", kCount, "",
                 12) != "employees");
  CHECK(MetricOf(kDe, "Die Stadt Maltheim öffnet 6 Beratungsstellen.", "6", kCount, "", 6) !=
        "employees");
  CHECK(MetricOf(kDe, "Die Velmar AG will 40.000 Pumpen herstellen.", "40.000", kCount, "",
                 40000) != "employees");
}

TEST_CASE("metric de: \"Anhänger\" counted next to goods verbs are goods, not people",
          "[metric][count][de][met36]") {
  CHECK(MetricOf(kDe, "Der Fahrzeugbauer Velmar verkaufte 2019 rund 31.000 Anhänger an Bauern.",
                 "31.000 Anhänger", kCount, "anhänger", 31000) != "population");
  CHECK(MetricOf(kDe, "Die Firma Velmar fertigt pro Jahr 8.500 Anhänger in Korbach.",
                 "8.500 Anhänger", kCount, "anhänger", 8500) != "population");
}

namespace {

// MetricOf for a count whose counted noun `unit` is written in the text (unit_source "text"),
// as the figure finder marks "14 Gemeinden" or "45 countries".
std::string OwnNounMetricOf(nf::Lang lang, const std::string& text, const std::string& surface,
                            const std::string& unit, double value) {
  const size_t at = text.find(surface);
  REQUIRE(at != std::string::npos);
  nf::Figure f;
  f.kind = FigureKind::kCount;
  f.unit = unit;
  f.unit_source = nf::UnitSource::kText;
  f.value = value;
  f.start = static_cast<uint32_t>(at);
  f.end = static_cast<uint32_t>(at + surface.size());
  f.surface = surface;
  nf::MetricClassifier c(lang);
  c.Scan(text, 0, text.size());
  return std::string(c.Metric(f, 0, text.size()));
}

}  // namespace

TEST_CASE("metric: a count of places is no measure whatever the sentence's cues",
          "[metric][count][met41]") {
  CHECK(OwnNounMetricOf(kEn, "Brisco will ship its mowers to buyers in 30 countries.",
                        "30 countries", "countries", 30)
            .empty());
  CHECK(OwnNounMetricOf(kEn, "Voters in 9 states used ballot machines made by Kestrel.", "9 states",
                        "states", 9)
            .empty());
  CHECK(OwnNounMetricOf(kDe, "In 11 Staaten wurden Kellwig-Räder bestellt.", "11 Staaten",
                        "staaten", 11)
            .empty());
  // Negatives: the goods or people counted keep their measure.
  CHECK(OwnNounMetricOf(kEn, "Brisco shipped 30,000 mowers to 30 countries.", "30,000 mowers",
                        "mowers", 30000) == "shipments");
  CHECK(OwnNounMetricOf(kDe, "In 11 Staaten starben 400 Menschen.", "400 Menschen", "person",
                        400) == "cases");
}

TEST_CASE("metric: a count of its own noun takes no people or firms named elsewhere",
          "[metric][count][met37]") {
  CHECK(OwnNounMetricOf(kEn, "The Dorvia fund pays doctors who treat people in 45 countries.",
                        "45 countries", "countries", 45)
            .empty());
  CHECK(OwnNounMetricOf(kEn, "Velmar, a firm from Norland, opened 85 hotspots downtown.",
                        "85 hotspots", "hotspots", 85)
            .empty());
  CHECK(OwnNounMetricOf(kDe, "Rund 9.000 Menschen leben in den 14 Gemeinden des Korbacher Tals.",
                        "14 Gemeinden", "gemeinden", 14)
            .empty());
  CHECK(OwnNounMetricOf(kEs, "Las familias de Tarsel llegan a dominar hasta 7 idiomas distintos.",
                        "7 idiomas", "idiomas", 7)
            .empty());
  CHECK(OwnNounMetricOf(kEs, "Las empresas de Tarsel ganaron 38,12 unidades en el índice local.",
                        "38,12 unidades", "unit", 38.12)
            .empty());
  // Negatives: people counted by another noun (a trade, a demonym, a participle), specimens,
  // and a noun that is itself a cue keep the sentence's measure.
  CHECK(OwnNounMetricOf(kEn, "Some 3,000 people, among them 45 volunteers, came to Wexbury.",
                        "45 volunteers", "volunteers", 45) == "population");
  CHECK(OwnNounMetricOf(kDe, "Unter den 900 Menschen im Lager Korbach sind 120 Syrer.", "120 Syrer",
                        "syrer", 120) == "population");
  CHECK(OwnNounMetricOf(
            kDe, "Förster im Korbacher Forst zählten 340 Exemplare der Wildkatzen-Population.",
            "340 Exemplare", "exemplare", 340) == "population");
  CHECK(OwnNounMetricOf(kEs, "Entre las personas del albergue de Tarsel hay 80 peruanos.",
                        "80 peruanos", "peruanos", 80) == "population");
  CHECK(OwnNounMetricOf(kEs, "Las personas de Tarsel suman ya 4.000 inscritos en el plan.",
                        "4.000 inscritos", "inscritos", 4000) == "population");
  CHECK(OwnNounMetricOf(kEn, "Velmar now employs 6,500 workers in Norland.", "6,500 workers",
                        "worker", 6500) == "employees");
}

TEST_CASE("metric: \"taxi\" and \"Menschenrechte\" are no tax and no people", "[metric][met37]") {
  CHECK(MetricOf(kEn, "A taxi ride from Wexbury to the port costs $40.", "$40", kMoney, "USD",
                 40) != "tax");
  CHECK(MetricOf(kEn, "Velmar's taxidermy studio in Wexbury charges $90.", "$90", kMoney, "USD",
                 90) != "tax");
  CHECK(MetricOf(kDe, "Laut der Korbacher Menschenrechtsgruppe waren es 240.", "240", kCount, "",
                 240) != "population");
  // Negatives: the tax and the people as words.
  CHECK(MetricOf(kEn, "Norland's new tax on fuel raises $40m a year.", "$40m", kMoney, "USD",
                 4e7) == "tax");
  CHECK(MetricOf(kDe, "Laut der Korbacher Gruppe waren es 240 Menschen.", "240 Menschen", kCount,
                 "", 240) == "population");
}

TEST_CASE("metric en: what a firm \"received\" is a delivery only of goods",
          "[metric][count][en][met37]") {
  CHECK(OwnNounMetricOf(kEn, "Velmar said it had received 70 complaints about its heaters.",
                        "70 complaints", "complaints", 70)
            .empty());
  CHECK(OwnNounMetricOf(kEn, "The Wexbury auction has received 14 bids so far.", "14 bids", "bids",
                        14)
            .empty());
  // Negatives: goods received, a bare number, and another shipment verb stay shipments.
  CHECK(OwnNounMetricOf(kEn, "Norland Rail received 40 vehicles from Velmar last year.",
                        "40 vehicles", "vehicle", 40) == "shipments");
  CHECK(MetricOf(kEn, "Norland Air has received 12 of them so far.", "12", kCount, "", 12) ==
        "shipments");
  CHECK(OwnNounMetricOf(kEn, "Velmar shipped 900 heaters to Norland.", "900 heaters", "heaters",
                        900) == "shipments");
}

TEST_CASE("metric: firms and people counted by a noun the classifier does not know keep the label",
          "[metric][count][met37]") {
  // Only counted things (countries, files, beds …) lose a far people or firm label.
  CHECK(OwnNounMetricOf(kEs, "Según la cámara, el clúster de empresas reúne 450 grandes firmas.",
                        "450 grandes", "grandes", 450) == "companies");
  CHECK(OwnNounMetricOf(kEn, "The Wexbury council said 210 SMEs had signed, with larger companies.",
                        "210 SMEs", "smes", 210) == "companies");
  CHECK(OwnNounMetricOf(kEn, "Some 7,000 people camp near Dorvia, including 450 pilgrims.",
                        "450 pilgrims", "pilgrims", 450) == "population");
  CHECK(OwnNounMetricOf(kDe, "Im Heim Korbach leben 500 Menschen, darunter 80 Waisen.", "80 Waisen",
                        "waisen", 80) == "population");
  CHECK(OwnNounMetricOf(kEs, "Unas 3.000 personas duermen en el refugio, entre ellas 150 niñas.",
                        "150 niñas", "niñas", 150) == "population");
}

TEST_CASE("metric: \"taxing\" is a tax, \"taxis\" are not but \"Menschenrechtler\" are people",
          "[metric][met37]") {
  CHECK(MetricOf(kEn, "Dorvia wants to raise $3bn a year by taxing plastic bags.", "$3bn", kMoney,
                 "USD", 3e9) == "tax");
  CHECK(MetricOf(kEn, "Velmar's fleet of taxis earned $5m last year.", "$5m", kMoney, "USD", 5e6) !=
        "tax");
  CHECK(MetricOf(kDe, "In Korbach demonstrierten am Montag 80 Menschenrechtler.",
                 "80 Menschenrechtler", kCount, "", 80) == "population");
}

TEST_CASE("metric en: goods \"received\" outside a short goods list stay shipments",
          "[metric][count][en][met37]") {
  CHECK(OwnNounMetricOf(kEn, "The Dorvia clinic received 25 respirators from Velmar in May.",
                        "25 respirators", "respirators", 25) == "shipments");
  CHECK(OwnNounMetricOf(kEn, "Norland has received 2 million test kits from Velmar.",
                        "2 million test kits", "kits", 2e6) == "shipments");
  // Negative: messages received are no delivery.
  CHECK(OwnNounMetricOf(kEn, "Velmar received 300 e-mails about the outage.", "300 e-mails",
                        "e-mails", 300)
            .empty());
}

TEST_CASE("metric: an amount before, after or free of tax is no tax", "[metric][tax][met38]") {
  // German: before / after tax, what remains after the tax is taken, untaxed, the adviser.
  CHECK(MetricOf(kDe, "Der Gewinn vor Steuern der Kralinger AG stieg auf 52 Millionen Euro.",
                 "52 Millionen Euro", kMoney, "EUR", 5.2e7) == "profit");
  CHECK(MetricOf(kDe, "Für 2027 plant die Kralinger AG mit 6 Milliarden Euro vor Steuern.",
                 "6 Milliarden Euro", kMoney, "EUR", 6e9) != "tax");
  CHECK(MetricOf(kDe, "Nach Abzug aller Steuern erhält jede Erbin in Korbach 25.000 Euro.",
                 "25.000 Euro", kMoney, "EUR", 2.5e4) != "tax");
  CHECK(MetricOf(kDe, "Der Verein Korbach hat Prämien von 900.000 Euro nie versteuert.",
                 "900.000 Euro", kMoney, "EUR", 9e5) != "tax");
  CHECK(MetricOf(kDe, "Die Steuerberaterin von Velmar stellte 4.200 Euro in Rechnung.",
                 "4.200 Euro", kMoney, "EUR", 4.2e3) != "tax");
  // Spanish: before / after tax, free of tax.
  CHECK(MetricOf(kEs, "Tarsel ganó 80 millones de euros antes de impuestos, según la empresa.",
                 "80 millones de euros", kMoney, "EUR", 8e7) != "tax");
  CHECK(MetricOf(kEs, "Los socios de Tarsel cobran 900 euros libres de impuestos al mes.",
                 "900 euros", kMoney, "EUR", 900) != "tax");
  // English: after(-)tax, tax-free, free of tax.
  CHECK(MetricOf(kEn, "Velmar's profit after tax reached $45m last year.", "$45m", kMoney, "USD",
                 4.5e7) == "profit");
  CHECK(MetricOf(kEn, "A tax-free allowance of £850 applies to each Wexbury pensioner.", "£850",
                 kMoney, "GBP", 850) != "tax");
  CHECK(MetricOf(kEn, "Lottery wins in Wexbury below £700 are free of all tax.", "£700", kMoney,
                 "GBP", 700) != "tax");
  // Negatives: the tax itself stays tax, also a change of it after "after" or "vor".
  CHECK(MetricOf(kDe, "Die Kralinger AG zahlte 12 Millionen Euro Steuern an die Stadt.",
                 "12 Millionen Euro", kMoney, "EUR", 1.2e7) == "tax");
  CHECK(MetricOf(kDe, "Die Stadt Korbach warnte vor Steuererhöhungen von 9 Millionen Euro.",
                 "9 Millionen Euro", kMoney, "EUR", 9e6) == "tax");
  CHECK(MetricOf(kEs, "Tarsel abonó en impuestos 45 millones durante el último ejercicio.",
                 "45 millones", kMoney, "EUR", 4.5e7) == "tax");
  CHECK(MetricOf(kEn, "Norland's economy slowed after tax rises of $6bn.", "$6bn", kMoney, "USD",
                 6e9) == "tax");
  CHECK(MetricOf(kEn, "Velmar paid $20m in tax to Norland.", "$20m", kMoney, "USD", 2e7) == "tax");
}

TEST_CASE("metric: an expansion stated as a rate is growth", "[metric][growth][met38]") {
  CHECK(MetricOf(kEn, "Wexbury's factories reported a 0.7% expansion over the winter.", "0.7%",
                 kPercent, "", 0.7) == "growth");
  CHECK(MetricOf(kEn, "Wexbury's builders forecast an expansion of 6.5% for next spring.", "6.5%",
                 kPercent, "", 6.5) == "growth");
  CHECK(MetricOf(kEs, "La economía de Tarsel logró una expansión del 4 % en el trimestre.", "4 %",
                 kPercent, "", 4) == "growth");
  // Negatives: a part of a whole stays a share, an expansion's cost is no rate.
  CHECK(MetricOf(kEn, "Some 14% of Wexbury's exports went to Norland.", "14%", kPercent, "", 14) ==
        "share");
  CHECK(MetricOf(kEn, "Velmar said its expansion plan would cost $3bn.", "$3bn", kMoney, "USD",
                 3e9) != "growth");
  CHECK(MetricOf(kEn, "An expansionary budget gave 12% of the funds to Wexbury.", "12%", kPercent,
                 "", 12) == "share");
}

TEST_CASE("metric de: people by faith, origin or role are a population",
          "[metric][count][de][met38]") {
  CHECK(OwnNounMetricOf(kDe, "In Korbach leben heute etwa 4.000 Christen.", "4.000 Christen",
                        "christen", 4000) == "population");
  CHECK(OwnNounMetricOf(kDe, "Etwa 600 Peruaner versammelten sich vor dem Rathaus in Korbach.",
                        "600 Peruaner", "peruaner", 600) == "population");
  CHECK(OwnNounMetricOf(kDe, "Der Fonds Korbach zählte zuletzt 35.000 Kleinanleger.",
                        "35.000 Kleinanleger", "kleinanleger", 35000) == "population");
  // A cue of harm names what befell them; "umgebracht" is one.
  CHECK(OwnNounMetricOf(kDe, "In dem Dorf bei Korbach wurden im Krieg 35 Juden umgebracht.",
                        "35 Juden", "juden", 35) == "cases");
  // Negatives: things, and English nouns in -aner.
  CHECK(OwnNounMetricOf(kDe, "Die Stadt Korbach pflanzte 300 Platanen an der Allee.",
                        "300 Platanen", "platanen", 300) != "population");
  CHECK(OwnNounMetricOf(kEn, "Velmar delivered 400 cleaner units to Wexbury hotels.", "400",
                        "cleaner", 400) != "population");
}

TEST_CASE("metric: a tax warned against, a tax body or a tax exemption stays tax",
          "[metric][tax][met38]") {
  // German: "vor Steuern" after a verb of warning names the tax itself.
  CHECK(MetricOf(kDe, "Die Brauer in Korbach warnen vor Steuern von 15 Prozent auf Limonade.",
                 "15 Prozent", kPercent, "", 15) == "tax_rate");
  // English: after a tax body or an offence the tax word names the tax.
  CHECK(MetricOf(kEn, "Tarsel handed over $8m after tax auditors uncovered a second ledger.", "$8m",
                 kMoney, "USD", 8e6) == "tax");
  CHECK(MetricOf(kEn, "Velmar settled for £14m after tax authorities in Norland reopened a file.",
                 "£14m", kMoney, "GBP", 1.4e7) == "tax");
  // "tax exemption" is the tax relief itself, not an untaxed amount.
  CHECK(MetricOf(kEn, "The tax exemption for Norland fishermen costs the treasury £70m a year.",
                 "£70m", kMoney, "GBP", 7e7) == "tax");
  CHECK(MetricOf(kEn, "Wexbury offered Kralinger tax exemptions worth $2bn.", "$2bn", kMoney, "USD",
                 2e9) == "tax");
  // Negatives: the qualified amounts stay no tax.
  CHECK(MetricOf(kEn, "Kralinger's income is tax exempt up to £500 a month.", "£500", kMoney, "GBP",
                 500) != "tax");
  CHECK(MetricOf(kDe, "Die Kralinger AG meldete einen Gewinn vor Steuern von 9 Millionen Euro.",
                 "9 Millionen Euro", kMoney, "EUR", 9e6) == "profit");
}

TEST_CASE("metric es: the noun expansion as a rate is growth, other uses not",
          "[metric][growth][met38]") {
  CHECK(MetricOf(kEs, "Velmar anunció la expansión de su red con 12 tiendas en Tarsel.",
                 "12 tiendas", kCount, "", 12) != "growth");
  CHECK(MetricOf(kEs, "El plan de expansión de Velmar costará 30 millones de euros.",
                 "30 millones de euros", kMoney, "EUR", 3e7) != "growth");
}

TEST_CASE("metric de: a thing named like a people or a role stays no population",
          "[metric][count][de][met38]") {
  CHECK(OwnNounMetricOf(kDe, "Am Ufer des Tarsel-Sees gibt es inzwischen 9 Bootsanleger.",
                        "9 Bootsanleger", "bootsanleger", 9) != "population");
  CHECK(OwnNounMetricOf(kDe, "Die Firma Velmar lagert 4.500 Funkempfänger in Korbach.",
                        "4.500 Funkempfänger", "funkempfänger", 4500) != "population");
  CHECK(OwnNounMetricOf(kDe, "Das Gestüt bei Korbach hält derzeit 45 Lipizzaner.", "45 Lipizzaner",
                        "lipizzaner", 45) != "population");
  CHECK(OwnNounMetricOf(kDe, "Auf dem Hof in Korbach stehen 20 Hannoveraner im Stall.",
                        "20 Hannoveraner", "hannoveraner", 20) != "population");
  // Positives: recipients of benefits, small investors, a people.
  CHECK(OwnNounMetricOf(kDe, "In Korbach leben 2.300 Bürgergeldempfänger.",
                        "2.300 Bürgergeldempfänger", "bürgergeldempfänger", 2300) == "population");
  CHECK(OwnNounMetricOf(kDe, "Der Fonds zählte 8.000 Privatanleger aus Korbach.",
                        "8.000 Privatanleger", "privatanleger", 8000) == "population");
  CHECK(OwnNounMetricOf(kDe, "Etwa 500 Exilkubaner kamen zur Messe in Korbach.", "500 Exilkubaner",
                        "exilkubaner", 500) == "population");
}

TEST_CASE("metric de: an order cue is a word of orders, not of appearances",
          "[metric][count][de][met39]") {
  CHECK(MetricOf(kDe, "Im Sommer gibt die Band Velmar noch 14 Auftritte in Korbach.",
                 "14 Auftritte", kCount, "", 14) != "orders");
  CHECK(MetricOf(kDe, "Die Korbacher Werft meldete zuletzt 14 neue Aufträge.", "14", kCount, "",
                 14) == "orders");
  CHECK(MetricOf(kDe, "Der Auftragseingang der Velmar AG lag bei 3.400 Maschinen.", "3.400", kCount,
                 "", 3400) == "orders");
}

TEST_CASE("metric es: an appraised value is no fee", "[metric][money][es][met39]") {
  CHECK(MetricOf(kEs, "La colección de Velmar tiene un valor tasado en 40 millones de euros.",
                 "40 millones de euros", kMoney, "EUR", 4e7) != "tax");
  CHECK(MetricOf(kEs, "La tasación de la finca de Tarsel fue de 3 millones de euros.",
                 "3 millones de euros", kMoney, "EUR", 3e6) != "tax");
  // A fee stays a tax.
  CHECK(MetricOf(kEs, "El ayuntamiento de Tarsel cobra una tasa de 40 euros por contenedor.",
                 "40 euros", kMoney, "EUR", 40) == "tax");
}

TEST_CASE("metric de: a percentage of market share or votes after an is no stake",
          "[metric][percent][de][met39]") {
  CHECK(MetricOf(kDe, "Der Sender Korbach TV holte mit dem Derby bis zu 38 Prozent an Marktanteil.",
                 "38 Prozent", kPercent, "", 38) == "market_share");
  CHECK(MetricOf(kDe, "Bei der Wahl in Korbach holte die Liste Velmar 12 Prozent an Stimmen.",
                 "12 Prozent", kPercent, "", 12) == "vote_share");
  // A gain of votes is a change.
  CHECK(MetricOf(kDe, "Die Liste Velmar gewann 12 Prozent an Stimmen hinzu.", "12 Prozent",
                 kPercent, "", 12) == "growth");
  // An owner after "an" stays a stake.
  CHECK(MetricOf(kDe, "Die Tarsel AG hält 25 Prozent an der Korbacher Velmar GmbH.", "25 Prozent",
                 kPercent, "", 25) == "stake");
}

TEST_CASE("metric es: a share of the electors who voted is a vote share",
          "[metric][percent][es][met39]") {
  CHECK(MetricOf(kEs, "Hasta las once, un 38 % de los socios del club Tarsel ha votado.", "38 %",
                 kPercent, "", 38) == "vote_share");
  CHECK(MetricOf(kEs, "En Tarsel, el 41 % de los socios votaron a favor del plan.", "41 %",
                 kPercent, "", 41) == "vote_share");
  // Negative: a share of residents with no vote is a share.
  CHECK(MetricOf(kEs, "En Tarsel, el 41 % de los vecinos tiene coche propio.", "41 %", kPercent, "",
                 41) == "share");
  // Negative: people who may vote, counted or described, cast no votes.
  CHECK(MetricOf(kEs, "En Tarsel, el 47 % de los electores vive en el campo.", "47 %", kPercent, "",
                 47) == "share");
  CHECK(MetricOf(kEs, "Unos 1.300 electores de Tarsel se mudaron a Korbach.", "1.300", kCount, "",
                 1300) != "votes");
}

TEST_CASE("metric de: residents and inmates counted are a population",
          "[metric][count][de][met39]") {
  CHECK(OwnNounMetricOf(kDe, "Vor dem Rathaus in Korbach protestierten gestern 180 Anrainer.",
                        "180 Anrainer", "anrainer", 180) == "population");
  CHECK(OwnNounMetricOf(kDe, "In der Anstalt bei Korbach sitzen derzeit 420 Häftlinge.",
                        "420 Häftlinge", "häftlinge", 420) == "population");
  // A cue of harm still names what befell them.
  CHECK(OwnNounMetricOf(kDe, "Beim Brand in Korbach wurden 7 Anwohner verletzt.", "7 Anwohner",
                        "anwohner", 7) == "cases");
}

TEST_CASE("metric de: people a negated harm names were spared", "[metric][count][de][met39]") {
  CHECK(OwnNounMetricOf(kDe, "Keiner der 52 Insassen des Busses nach Korbach wurde verletzt.",
                        "52 Insassen", "insassen", 52) == "population");
  CHECK(OwnNounMetricOf(kDe, "Von den 90 Bewohnern des Heims in Korbach ist niemand erkrankt.",
                        "90 Bewohnern", "bewohnern", 90) == "population");
  // Negatives: the harm not negated, or another harm named before the count.
  CHECK(OwnNounMetricOf(kDe, "Beim Unfall nahe Korbach wurden 16 Insassen verletzt.", "16 Insassen",
                        "insassen", 16) == "cases");
  CHECK(OwnNounMetricOf(kDe, "Drei Menschen starben, keiner der 30 Insassen blieb unverletzt.",
                        "30 Insassen", "insassen", 30) == "cases");
}

TEST_CASE("metric en es: a rate above or below a value is a difference",
          "[metric][percent][growth][met39]") {
  CHECK(MetricOf(kEn, "Velmar bonds changed hands 46% below their face value.", "46%", kPercent, "",
                 46) == "growth");
  CHECK(MetricOf(kEn, "Rents in Tarsel are now 12% below their peak.", "12%", kPercent, "", 12) ==
        "growth");
  CHECK(MetricOf(kEs, "Los alquileres de Tarsel están un 18 % por encima de la media.", "18 %",
                 kPercent, "", 18) == "growth");
  // Negatives: a poverty line, an age, an interest rate's spread.
  CHECK(MetricOf(kEn, "In Tarsel, 22% below the poverty line rely on aid.", "22%", kPercent, "",
                 22) != "growth");
  CHECK(MetricOf(kEs, "El 22 % de Tarsel vive por debajo del umbral de pobreza.", "22 %", kPercent,
                 "", 22) != "growth");
  CHECK(MetricOf(kEn, "Velmar lends at 3% above the base rate of the Norland central bank.", "3%",
                 kPercent, "", 3) != "growth");
  CHECK(MetricOf(kEn, "Of Tarsel's voters, 30% above 65 backed the plan.", "30%", kPercent, "",
                 30) != "growth");
}

TEST_CASE("metric en: pay earned per hour or month is a salary", "[metric][money][en][met39b]") {
  CHECK(MetricOf(kEn, "The Velmar scheme promised mothers they could earn $48 an hour from home.",
                 "$48", kMoney, "USD", 48) == "salary");
  CHECK(MetricOf(kEn, "Drivers at Tarsel Cabs are earning about $2,900 a month after fuel.",
                 "$2,900", kMoney, "USD", 2900) == "salary");
  // Negative: what a service costs per month stays a price.
  CHECK(MetricOf(kEn, "The Velmar streaming plan costs $12 a month.", "$12", kMoney, "USD", 12) ==
        "price");
  // Negative: a profit a year ago is no pay.
  CHECK(MetricOf(kEn, "Tarsel Foods earned $640,000 a year ago, the firm said.", "$640,000", kMoney,
                 "USD", 640000) != "salary");
}

TEST_CASE("metric es: dinero ganado al mes es un salario", "[metric][money][es][met39b]") {
  CHECK(MetricOf(kEs, "Con el plan de Velmar, un albañil puede ganar 1.400 euros al mes.",
                 "1.400 euros", kMoney, "EUR", 1400) == "salary");
  CHECK(MetricOf(kEs, "Los repartidores de Tarsel ganan 9 euros a la hora en Zaragoza.", "9 euros",
                 kMoney, "EUR", 9) == "salary");
  // Negativo: lo que cuesta un abono al mes es un precio.
  CHECK(MetricOf(kEs, "El abono de Tarsel cuesta 30 euros al mes.", "30 euros", kMoney, "EUR",
                 30) != "salary");
}

TEST_CASE("metric de: im Monat verdientes Geld ist ein Gehalt", "[metric][money][de][met39b]") {
  CHECK(MetricOf(kDe, "In Korbach gibt es 900 Pendler, die über 3.100 Euro im Monat verdienen.",
                 "3.100 Euro", kMoney, "EUR", 3100) == "salary");
  CHECK(MetricOf(kDe, "Ein Kellner bei Velmar verdient 11 Euro pro Stunde.", "11 Euro", kMoney,
                 "EUR", 11) == "salary");
  // Negativ: ein Abo für 15 Euro im Monat ist ein Preis.
  CHECK(MetricOf(kDe, "Das Abo von Velmar gibt es für 15 Euro im Monat.", "15 Euro", kMoney, "EUR",
                 15) != "salary");
}

TEST_CASE("metric en: a bare number before an area unit counts no people",
          "[metric][count][en][met39b]") {
  CHECK(MetricOf(
            kEn,
            "Some 40,000 people will visit the Velmar fair, which covers 2.2 million square feet.",
            "2.2 million", kCount, "", 2.2e6) == "");
  CHECK(MetricOf(kEn, "About 9,000 residents live near the 640 acres the Tarsel farm sold.", "640",
                 kCount, "", 640) == "");
  // Negative: the people counted in the same sentence stay a population.
  CHECK(MetricOf(
            kEn,
            "Some 40,000 people will visit the Velmar fair, which covers 2.2 million square feet.",
            "40,000", kCount, "", 40000) == "population");
}

TEST_CASE("metric en: a bare number of patents or bids received is no shipment",
          "[metric][count][en][met39b]") {
  CHECK(MetricOf(kEn, "Velmar Labs received 3,418 European patents last year.", "3,418", kCount, "",
                 3418) != "shipments");
  CHECK(MetricOf(kEn, "The Tarsel board has received more than 25 takeover bids.", "25", kCount, "",
                 25) != "shipments");
  // Negative: goods received stay shipments.
  CHECK(MetricOf(kEn, "The Tarsel hospital received 25 new ventilators last week.", "25", kCount,
                 "", 25) == "shipments");
}

TEST_CASE("metric en: an amount that sizes an industry is its market size",
          "[metric][money][en][met39b]") {
  CHECK(MetricOf(kEn, "Esports is a $14 billion industry, and Velmar wants its profits.",
                 "$14 billion", kMoney, "USD", 1.4e10) == "market_size");
  CHECK(MetricOf(kEn, "Tarsel sells into an $8bn (£6bn) market for pet food profits.", "$8bn",
                 kMoney, "USD", 8e9) == "market_size");
  // Negative: the noun opens a compound ("industry bailout"): no size of the industry.
  CHECK(MetricOf(kEn, "Tarsel Bank got a $6bn industry bailout from Norland.", "$6bn", kMoney,
                 "USD", 6e9) != "market_size");
  // Negative: a profit named for the amount stays a profit.
  CHECK(MetricOf(kEn, "Velmar, the largest firm of the industry, made a $14bn profit.", "$14bn",
                 kMoney, "USD", 1.4e10) == "profit");
}

TEST_CASE("metric es: un porcentaje tras un sustantivo de cambio es crecimiento",
          "[metric][percent][es][met39b]") {
  CHECK(MetricOf(kEs, "Tarsel registró un aumento cercano del 14 % de los pasajeros en marzo.",
                 "14 %", kPercent, "", 14) == "growth");
  CHECK(MetricOf(kEs, "Velmar anunció una rebaja del 8 % de sus tarifas de luz.", "8 %", kPercent,
                 "", 8) == "growth");
  // Negativo: la primera cifra de un tramo es un nivel, y una parte sin cambio es una parte.
  CHECK(MetricOf(kEs, "Velmar pide una rebaja del 40 al 25 por ciento de las tasas.", "40",
                 kPercent, "", 40) != "growth");
  CHECK(MetricOf(kEs, "En Tarsel, el 14 % de los pasajeros viaja de noche.", "14 %", kPercent, "",
                 14) == "share");
}

TEST_CASE("metric de: Prozent nach einem Nomen der Veränderung sind Wachstum",
          "[metric][percent][de][met39b]") {
  CHECK(MetricOf(kDe, "Die Velmar-Aktie schob sich mit einem Plus von 3,1 Prozent an die Spitze.",
                 "3,1 Prozent", kPercent, "", 3.1) == "growth");
  CHECK(MetricOf(kDe, "Korbach meldete eine Zunahme von 47 Prozent der Anzeigen.", "47 Prozent",
                 kPercent, "", 47) == "growth");
  // Negativ: ein Anteil an einer Firma bleibt eine Beteiligung.
  CHECK(MetricOf(kDe, "Die Velmar AG hält 3,1 Prozent an der Tarsel GmbH.", "3,1 Prozent", kPercent,
                 "", 3.1) == "stake");
}

TEST_CASE("metric es: una remuneración es un salario", "[metric][money][es][met39b]") {
  CHECK(MetricOf(kEs, "La remuneración media por hora en Tarsel subió a 11,2 dólares.",
                 "11,2 dólares", kMoney, "USD", 11.2) == "salary");
  // Negativo: sin la palabra, una cantidad pequeña es un precio.
  CHECK(MetricOf(kEs, "El kilo de café en Tarsel subió a 11,2 dólares.", "11,2 dólares", kMoney,
                 "USD", 11.2) != "salary");
}

TEST_CASE("metric en es: a level above or below a value keeps its own label",
          "[metric][percent][growth][met39]") {
  // A level reached or held keeps the label of what it measures.
  CHECK(MetricOf(kEn, "Prices in Norland climbed to 4.7% above the target of the Velmar bank.",
                 "4.7%", kPercent, "", 4.7) != "growth");
  CHECK(MetricOf(kEn, "Joblessness in Tarsel sits at 11% above the national figure.", "11%",
                 kPercent, "", 11) != "growth");
  CHECK(MetricOf(kEn, "Inflation in Norland reached 6.2% above the goal set in spring.", "6.2%",
                 kPercent, "", 6.2) != "growth");
  CHECK(MetricOf(kEn, "Bonuses at Velmar are taxed at 45% above the allowance set by Tarsel.",
                 "45%", kPercent, "", 45) != "growth");
  CHECK(MetricOf(kEn, "In Korbach, inflation is 2.4% above the rate in Tarsel.", "2.4%", kPercent,
                 "", 2.4) != "growth");
  // An age named after "above the" is a part of the people.
  CHECK(MetricOf(kEn, "In Tarsel just 7% above the age of 90 still drive.", "7%", kPercent, "",
                 7) != "growth");
  CHECK(MetricOf(kEs, "El desempleo de Tarsel quedó en el 19 % por encima de la media del país.",
                 "19 %", kPercent, "", 19) != "growth");
  // Spanish only after "un" (the poverty line negative reaches the gate).
  CHECK(MetricOf(kEs, "En Tarsel vive un 21 % por debajo del umbral de la pobreza.", "21 %",
                 kPercent, "", 21) != "growth");
  // Positives.
  CHECK(MetricOf(kEn, "Velmar stock ended its first day 31% above the listing price.", "31%",
                 kPercent, "", 31) == "growth");
  CHECK(MetricOf(kEs, "Las ventas de Velmar cerraron un 9 % por debajo de lo previsto.", "9 %",
                 kPercent, "", 9) == "growth");
}

TEST_CASE("metric de: only a harm whose subject is nobody or whose verb is negated spares",
          "[metric][count][de][met39]") {
  // Injured, only not gravely: still cases.
  CHECK(OwnNounMetricOf(kDe, "Beim Zugunglück in Korbach wurden 38 Insassen nicht schwer verletzt.",
                        "38 Insassen", "insassen", 38) == "cases");
  CHECK(OwnNounMetricOf(kDe, "Nach dem Sturm wurden 21 Bewohner nicht lebensgefährlich verletzt.",
                        "21 Bewohner", "bewohner", 21) == "cases");
  CHECK(OwnNounMetricOf(kDe, "Nicht nur 33 Insassen wurden verletzt, sondern auch ein Helfer.",
                        "33 Insassen", "insassen", 33) == "cases");
  CHECK(OwnNounMetricOf(kDe, "Nicht einmal 12 Insassen wurden bei Korbach verletzt.", "12 Insassen",
                        "insassen", 12) == "cases");
  // Spared: nobody after the verb of harm.
  CHECK(OwnNounMetricOf(kDe, "Von den 70 Insassen des Busses erkrankte niemand.", "70 Insassen",
                        "insassen", 70) == "population");
  // Spared: "nicht" right before the verb of harm.
  CHECK(OwnNounMetricOf(kDe, "Die 64 Bewohner des Hauses in Korbach wurden nicht verletzt.",
                        "64 Bewohner", "bewohner", 64) == "population");
}

TEST_CASE("metric de: a vote cue inside a longer noun after an is no vote share",
          "[metric][percent][de][met39]") {
  CHECK(MetricOf(kDe, "Die Liste Velmar bekam 40 Prozent an Wahlkampfgeldern von Tarsel.",
                 "40 Prozent", kPercent, "", 40) != "vote_share");
  CHECK(MetricOf(kDe, "Die Liste Velmar erhielt 22 Prozent an Wählerstimmen in Korbach.",
                 "22 Prozent", kPercent, "", 22) == "vote_share");
}

TEST_CASE("metric: a capacity is production only as an output", "[metric]") {
  constexpr FigureKind kQuantity = FigureKind::kQuantity;
  // What a plant turns out, or a capacity called one of production.
  CHECK(MetricOf(kDe, "Das neue Werk der Halvor GmbH hat eine Kapazität von 80.000 Tonnen.",
                 "80.000 Tonnen", kQuantity, "t", 80000) == "production");
  CHECK(MetricOf(kDe, "Die Jahreskapazität der Brantor-Fabrik liegt bei 120.000 Stück.",
                 "120.000 Stück", kCount, "", 120000) == "production");
  CHECK(MetricOf(kEs, "La refinería de Valdemora tiene una capacidad de 90.000 barriles diarios.",
                 "90.000 barriles", kCount, "barriles", 90000) == "production");
  CHECK(MetricOf(kEs, "La fábrica de Quentor tendrá una capacidad productiva de 45.000 motos.",
                 "45.000 motos", kCount, "motos", 45000) == "production");
  CHECK(MetricOf(kEn, "The Tarnby mill has an annual capacity of 1.2 million tonnes.",
                 "1.2 million tonnes", kQuantity, "t", 1.2e6) == "production");
  CHECK(MetricOf(kEn, "Orvell says its generating capacity will reach 5,300 megawatts.",
                 "5,300 megawatts", kQuantity, "MW", 5300) == "production");
  // A disk's, a battery's, a hall's, a hospital's, a force's or a network's capacity: none.
  CHECK(MetricOf(kDe, "Die neue Festplatte von Velmo bietet eine Kapazität von 24 Terabytes.",
                 "24 Terabytes", kCount, "terabytes", 24)
            .empty());
  CHECK(MetricOf(kDe, "Der Saal im Kurhaus Brelingen hat eine Kapazität von 900 Plätzen.",
                 "900 Plätzen", kCount, "plätzen", 900)
            .empty());
  CHECK(MetricOf(kEs, "El hospital de Villaroca amplió su capacidad hasta 640 camas.", "640 camas",
                 kCount, "camas", 640)
            .empty());
  CHECK(MetricOf(kEs, "El cuartel de Valdemora tiene capacidad para 1.400 reclutas.",
                 "1.400 reclutas", kCount, "reclutas", 1400)
            .empty());
  CHECK(MetricOf(kEn, "The new Orlin drive has a storage capacity of 64 gigabytes.", "64 gigabytes",
                 kCount, "gigabytes", 64)
            .empty());
  CHECK(MetricOf(kEn, "Its new hall gives the Pelcor data centre capacity for 700 server racks.",
                 "700 server racks", kCount, "racks", 700)
            .empty());
  // Product units off the short list still count as output when a rate follows or the
  // capacity is one to make something.
  CHECK(MetricOf(kEn, "The Fenwick plant reached a capacity of 90,000 kettles a year.",
                 "90,000 kettles", kCount, "kettles", 90000) == "production");
  CHECK(MetricOf(kEn, "Orlin's second site adds the capacity to build 3,500 bicycles.",
                 "3,500 bicycles", kCount, "bicycles", 3500) == "production");
  CHECK(MetricOf(kDe, "Das Brantor-Werk soll eine Kapazität von 60.000 Traktoren pro Jahr haben.",
                 "60.000 Traktoren", kCount, "traktoren", 60000) == "production");
  CHECK(MetricOf(kDe, "Bei Halvor stieg die Kapazität auf 7.000 Platinen im Monat.",
                 "7.000 Platinen", kCount, "platinen", 7000) == "production");
  CHECK(MetricOf(kEs, "La planta de Quentor alcanzará una capacidad de 2.500 motores al mes.",
                 "2.500 motores", kCount, "motores", 2500) == "production");
  // A hall's seats with no rate after them: no output.
  CHECK(MetricOf(kEn, "The Tarnby arena has a capacity of 9,000 seats, officials said.",
                 "9,000 seats", kCount, "seats", 9000)
            .empty());
}

TEST_CASE("metric es: employers are no employees", "[metric][es]") {
  CHECK(MetricOf(kEs, "Según el registro de Quenta, 5.300 empleadoras dejaron la lista este año.",
                 "5.300 empleadoras", kCount, "empleadoras", 5300)
            .empty());
  CHECK(MetricOf(kEs, "La firma Quenta tiene ya 5.300 empleados en la región.", "5.300 empleados",
                 kCount, "", 5300) == "employees");
}

TEST_CASE("metric: in some cases names no cases", "[metric]") {
  CHECK(MetricOf(kEs, "En algunos casos los vecinos de Morela esperaron 40 minutos y 12 horas.",
                 "12 horas", kCount, "", 12)
            .empty());
  CHECK(MetricOf(kEs, "En la mayoría de los casos el club de Pradela celebró 30 reuniones.",
                 "30 reuniones", kCount, "reuniones", 30)
            .empty());
  CHECK(MetricOf(kEn, "In many cases the Fenwick brokers answered 70 letters a week.", "70 letters",
                 kCount, "letters", 70)
            .empty());
  CHECK(MetricOf(kDe, "In beiden Fällen habe der Verein Holmbach 35 Mitglieder verloren.",
                 "35 Mitglieder", kCount, "mitglieder", 35) != "cases");
  // A count of cases stays one.
  CHECK(MetricOf(kEs, "La región de Morela registró 40 casos nuevos.", "40 casos", kCount, "",
                 40) == "cases");
  CHECK(MetricOf(kEn, "Health officials in Dunmore reported 35 new cases on Friday.",
                 "35 new cases", kCount, "", 35) == "cases");
  CHECK(MetricOf(kDe, "Das Amt meldete 35 neue Fälle im Landkreis Holmbach.", "35 neue Fälle",
                 kCount, "", 35) == "cases");
}

TEST_CASE("metric: prize money is no price", "[metric]") {
  CHECK(MetricOf(kDe, "Den mit 15.000 Euro dotierten Preis der Stadt Holmbach erhielt Jana Velt.",
                 "15.000 Euro", kMoney, "EUR", 15000)
            .empty());
  CHECK(MetricOf(kDe, "An die Siegerin Mara Tolk gehen 8.500 Euro Preisgeld.", "8.500 Euro", kMoney,
                 "EUR", 8500)
            .empty());
  CHECK(MetricOf(kEs, "El certamen de Morela entrega un premio de 3.000 euros al ganador.",
                 "3.000 euros", kMoney, "EUR", 3000)
            .empty());
  CHECK(MetricOf(kEn, "The winner of the Dunmore open takes home a $12,000 prize.", "$12,000",
                 kMoney, "USD", 12000)
            .empty());
  CHECK(
      MetricOf(kDe,
               "Als Dotierung nennt die Stiftung 4.000 Pfund (4.600 Euro) Preisgeld für Ida Korn.",
               "4.600 Euro", kMoney, "EUR", 4600)
          .empty());
  CHECK(
      MetricOf(kDe,
               "Als Dotierung nennt die Stiftung 4.000 Pfund (4.600 Euro) Preisgeld für Ida Korn.",
               "4.000 Pfund", kMoney, "GBP", 4000)
          .empty());
  CHECK(MetricOf(kEn, "Lena Orr won the $8,000 first prize at the Dunmore open.", "$8,000", kMoney,
                 "USD", 8000)
            .empty());
  // A price stays one, also beside a prize that is not the figure's.
  CHECK(MetricOf(kDe, "Der Preis für das Velmo-Rad liegt bei 1.900 Euro.", "1.900 Euro", kMoney,
                 "EUR", 1900) == "price");
  CHECK(MetricOf(kEn,
                 "Brelco, whose chief won a design prize in May, lifted the price of its "
                 "kettle to $89.",
                 "$89", kMoney, "USD", 89) == "price");
  CHECK(MetricOf(kEn, "Shares of the prized lens maker Quorvo climbed to $54.10 on Monday.",
                 "$54.10", kMoney, "USD", 54.10) == "price");
  CHECK(MetricOf(kDe, "Die Aktie der Firma von Nobelpreisträgerin Ida Korn kletterte auf 27 Euro.",
                 "27 Euro", kMoney, "EUR", 27) == "price");
  CHECK(MetricOf(kEs, "Tras ganar el premio, Velmora fijó un precio de 6,20 euros por acción.",
                 "6,20 euros", kMoney, "EUR", 6.2) == "price");
  CHECK(MetricOf(kDe,
                 "Das Fest mit hohem Preisgeld kostet 30 Euro Eintritt, der Preis für "
                 "Schüler liegt bei 12 Euro.",
                 "12 Euro", kMoney, "EUR", 12) == "price");
  CHECK(MetricOf(kEn, "The Orlin tablet will sell at a price of $349.", "$349", kMoney, "USD",
                 349) == "price");
}

TEST_CASE("metric: the phrasal forms of death count people as cases", "[metric][count][met42]") {
  // German: the present "tötet", lives lost or taken, "zu Tode", the dead recovered.
  CHECK(MetricOf(kDe,
                 "Laut Polizei tötet das Giftgasleck in der Düngerfabrik von Ornau 26 Arbeiter.",
                 "26 Arbeiter", kCount, "arbeiter", 26) == "cases");
  CHECK(MetricOf(kDe,
                 "Weil der Fahrer einschlief, kostete die Kollision am Kelbpass 14 Reisende "
                 "das Leben.",
                 "14 Reisende", kCount, "reisende", 14) == "cases");
  CHECK(MetricOf(kDe,
                 "Seit März hat die Cholera in den Bergdörfern um Kelbach schon 212 Kindern das "
                 "Leben gekostet.",
                 "212 Kindern", kCount, "kindern", 212) == "cases");
  CHECK(MetricOf(kDe,
                 "Ärzte warnen, dass der Smog in Korvan jeden Winter 450 Menschen das Leben "
                 "kostet.",
                 "450 Menschen", kCount, "person", 450) == "cases");
  CHECK(MetricOf(kDe, "Beim Hochwasser in Oderstal verloren 23 Personen ihr Leben.", "23 Personen",
                 kCount, "person", 23) == "cases");
  CHECK(MetricOf(kDe, "Im Gedränge vor dem Stadion von Verlin wurden 31 Fans zu Tode gequetscht.",
                 "31 Fans", kCount, "fans", 31) == "cases");
  CHECK(MetricOf(kDe, "Aus dem ausgebrannten Reisebus haben Helfer 17 Fahrgäste tot geborgen.",
                 "17 Fahrgäste", kCount, "fahrgäste", 17) == "cases");
  // Spanish: the toll a disaster "se ha cobrado"; English: lives lost, people counted dead.
  CHECK(
      MetricOf(kEs,
               "Según Protección Civil, el incendio forestal de Velmora se ha cobrado ya 14 vidas.",
               "14 vidas", kCount, "vidas", 14) == "cases");
  CHECK(MetricOf(kEn, "When the Brackley shaft flooded, 70 miners lost their lives.", "70 miners",
                 kCount, "miner", 70) == "cases");
  CHECK(MetricOf(kEn, "Rescuers counted 18 villagers dead after the dam burst near Ostrel.",
                 "18 villagers", kCount, "villagers", 18) == "cases");
  // Negatives: life at large is no death, nor the cost of living; money charged no toll; a
  // deadline no death; dead trees no cases.
  CHECK(MetricOf(kDe, "Rund 9.000 Menschen genießen in Talwies das Leben am See.", "9.000 Menschen",
                 kCount, "person", 9000) == "population");
  CHECK(MetricOf(kDe, "Das Leben kostet für 4.000 Studenten in Talwies heute mehr als früher.",
                 "4.000 Studenten", kCount, "student", 4000) == "population");
  CHECK(MetricOf(kEs, "El ayuntamiento cobró 40 euros por cada licencia.", "40 euros", kMoney,
                 "EUR", 40) != "cases");
  CHECK(MetricOf(kEn, "About 300 people must file before the deadline in Varno.", "300 people",
                 kCount, "person", 300) == "population");
  CHECK(MetricOf(kEn, "The council removed 120 dead trees from Varno park.", "120 dead trees",
                 kCount, "trees", 120) != "cases");
}

TEST_CASE("metric: a bid stated per share is the price of one share", "[metric][money][met42]") {
  CHECK(MetricOf(kEn, "Halvern raised its bid for the Dunmore chain to 415p a share.", "415p",
                 kMoney, "GBP", 4.15) == "price");
  CHECK(MetricOf(kEn, "Under the merger terms, Quilby investors get 265 cents-per-share in cash.",
                 "265 cents", kMoney, "USD", 2.65) == "price");
  CHECK(
      MetricOf(kEn,
               "Corvana's owners are to be paid $23 per Corvana share when the takeover completes.",
               "$23", kMoney, "USD", 23) == "price");
  // "je Aktie" is a price cue of its own.
  CHECK(MetricOf(kDe, "Für die Übernahme bietet Kralinger 31 Euro je Aktie.", "31 Euro", kMoney,
                 "EUR", 31) == "price");
  // Negatives: the deal as a whole stays a deal value, a dividend per share a dividend.
  CHECK(MetricOf(kEn, "Halvern raised its bid for the Dunmore chain to £415m.", "£415m", kMoney,
                 "GBP", 4.15e8) == "deal_value");
  CHECK(MetricOf(kEn, "After the takeover offer, Brisco raised its dividend to 12 cents a share.",
                 "12 cents", kMoney, "USD", 0.12) == "dividend");
}
