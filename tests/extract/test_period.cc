// Periods (extract/period.h) and the shared sentence splitter (extract/sentence.h): every
// period form in German, Spanish and English, relative periods against the publication time,
// and the negatives (no period stated, chip names, relative periods without a time).
#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "common/time.h"
#include "extract/article.h"
#include "extract/extractor.h"
#include "extract/figure_finder.h"
#include "extract/period.h"
#include "extract/sentence.h"
#include "tests/extract/figure_test_util.h"

namespace nf = newsfacts::extract;
using nf::Lang;

namespace {

// 2016-03-15T10:00:00Z: relative periods resolve against 2016.
const int64_t kPublished2016 = *newsfacts::common::ParseRfc3339Ms("2016-03-15T10:00:00Z");

// The period of the figure written `surface` in `text`.
std::string PeriodOf(const std::string& text, Lang lang, const std::string& surface,
                     std::optional<int64_t> published = std::nullopt) {
  std::vector<nf::Figure> figs;
  nf::FindFigures(text, lang, nf::Field::kBody, &figs, published);
  const size_t at = text.find(surface);
  REQUIRE(at != std::string::npos);
  for (const nf::Figure& f : figs) {  // the figure over the first byte of `surface`
    if (f.start <= at && at < f.end) return f.period;
  }
  FAIL("no figure «" << surface << "» in: " << text);
  return {};
}

// The period of the title figure written `surface` when `title` heads `body` (through
// Extractor::Extract, with attribution when `entities`).
std::string TitlePeriodOf(const std::string& title, const std::string& body, Lang lang,
                          const std::string& surface, bool entities) {
  std::vector<nf::Figure> figs;
  if (entities) {
    nf::Article a;
    a.lang = lang;
    a.title = title;
    a.body = body;
    nf::Extraction x;
    REQUIRE(nf::testing::FullExtractor().Extract(a, &x).ok());
    figs = x.figures;
  } else {
    figs = nf::testing::ArticleFigures(title, body, lang);
  }
  for (const nf::Figure& f : figs) {
    if (f.field == nf::Field::kTitle && f.surface == surface) return f.period;
  }
  FAIL("no title figure «" << surface << "» in: " << title);
  return {};
}

}  // namespace

TEST_CASE("period: years and year ranges", "[period]") {
  CHECK(PeriodOf("Im Jahr 2019 setzte die Firma 4 Millionen Euro um.", Lang::kDe,
                 "4 Millionen Euro") == "2019");
  CHECK(PeriodOf("En 2012 la empresa facturó 80 millones de euros.", Lang::kEs,
                 "80 millones de euros") == "2012");
  CHECK(PeriodOf("Revenue reached $4bn in 2021.", Lang::kEn, "$4bn") == "2021");
  CHECK(PeriodOf("Der Umsatz soll 2022-2025 um 8 Prozent wachsen.", Lang::kDe, "8 Prozent") ==
        "2022-2025");
  CHECK(PeriodOf("El gasto crecerá un 6 % de 2021 a 2024.", Lang::kEs, "6 %") == "2021-2024");
  CHECK(PeriodOf("Sales grow 3% a year from 2020 to 2026.", Lang::kEn, "3%") == "2020-2026");
}

TEST_CASE("period: an English year range written 'between … and …'", "[period][en]") {
  CHECK(PeriodOf("Orders for the drones grew 40% between 2016 and 2019.", Lang::kEn, "40%") ==
        "2016-2019");
  // Negative: two years joined by "and" without "between" are two periods.
  CHECK(PeriodOf("Revenue was $4bn in 2016 and 2019 brought a loss.", Lang::kEn, "$4bn") == "2016");
}

TEST_CASE("period: in an English forecast 'from' before a year starts the period", "[period][en]") {
  CHECK(PeriodOf("The new line could lift output to more than 90,000 boats from 2031.", Lang::kEn,
                 "90,000 boats") == "2031");
  CHECK(PeriodOf("The mill will employ 400 workers from 2029, the owner said.", Lang::kEn,
                 "400 workers") == "2029");
  // Negatives: a change from a year, and a fact, keep the year as a comparison base.
  CHECK(PeriodOf("Fees will rise 4% from 2029.", Lang::kEn, "4%").empty());
  CHECK(PeriodOf("Output reached 90,000 boats in 2031, up 3,000 boats from 2030.", Lang::kEn,
                 "3,000 boats") != "2030");
  CHECK(PeriodOf("It could sell 90,000 boats from 2031 levels.", Lang::kEn, "90,000 boats") !=
        "2031");
}

TEST_CASE("period: quarters in de, es, en", "[period]") {
  CHECK(PeriodOf("Im dritten Quartal 2015 stieg der Gewinn auf 120 Mio. Euro.", Lang::kDe,
                 "120 Mio. Euro") == "2015-Q3");
  CHECK(PeriodOf("Im 2. Quartal 2018 lag der Umsatz bei 3 Milliarden Euro.", Lang::kDe,
                 "3 Milliarden Euro") == "2018-Q2");
  CHECK(PeriodOf("En el tercer trimestre de 2010 ganó 45 millones de euros.", Lang::kEs,
                 "45 millones de euros") == "2010-Q3");
  CHECK(PeriodOf("Profit was $2.1bn in the third quarter of 2024.", Lang::kEn, "$2.1bn") ==
        "2024-Q3");
  CHECK(PeriodOf("Q3 2024 revenue was $900m.", Lang::kEn, "$900m") == "2024-Q3");
  CHECK(PeriodOf("Der Umsatz im Q4/2023 betrug 70 Millionen Euro.", Lang::kDe,
                 "70 Millionen Euro") == "2023-Q4");
  CHECK(PeriodOf("Its profit over the final three months of 2021 reached $25m.", Lang::kEn,
                 "$25m") == "2021-Q4");
  CHECK(PeriodOf("In den ersten drei Quartalen 2017 verdiente die Bank 300 Mio. Euro.", Lang::kDe,
                 "300 Mio. Euro") == "2017-Q1-Q3");
}

TEST_CASE("period: halves in de, es, en", "[period]") {
  CHECK(PeriodOf("Im ersten Halbjahr 2023 sank der Absatz um 5 Prozent.", Lang::kDe, "5 Prozent") ==
        "2023-H1");
  CHECK(PeriodOf("In der zweiten Jahreshälfte 2021 kamen 200 Mitarbeiter dazu.", Lang::kDe,
                 "200 Mitarbeiter") == "2021-H2");
  CHECK(PeriodOf("En el primer semestre de 2010 vendió 20.000 coches.", Lang::kEs,
                 "20.000 coches") == "2010-H1");
  CHECK(PeriodOf("Sales rose 7% in the first half of 2024.", Lang::kEn, "7%") == "2024-H1");
  CHECK(PeriodOf("H1 2024 profit came to $300m.", Lang::kEn, "$300m") == "2024-H1");
}

TEST_CASE("period: fiscal and split years", "[period]") {
  CHECK(PeriodOf("Microsoft expects capex of $80bn in fiscal 2025.", Lang::kEn, "$80bn") == "2025");
  CHECK(PeriodOf("FY2026 revenue should reach $12bn.", Lang::kEn, "$12bn") == "2026");
  CHECK(PeriodOf("Im Geschäftsjahr 2015/16 erzielte der Konzern 2 Mrd. Euro Umsatz.", Lang::kDe,
                 "2 Mrd. Euro") == "2015/2016");
  CHECK(PeriodOf("The deficit target for 2005-6 is 4.3%.", Lang::kEn, "4.3%") == "2005/2006");
  CHECK(PeriodOf("En la temporada 2019/2020 acudieron 40.000 visitantes.", Lang::kEs,
                 "40.000 visitantes") == "2019/2020");
}

TEST_CASE("period: relative years need the publication time", "[period]") {
  const std::string de = "Im vergangenen Jahr verdiente die Kralinger AG 40 Millionen Euro.";
  CHECK(PeriodOf(de, Lang::kDe, "40 Millionen Euro", kPublished2016) == "2015");
  CHECK(PeriodOf(de, Lang::kDe, "40 Millionen Euro").empty());
  CHECK(PeriodOf("Heuer sollen 300 neue Stellen entstehen.", Lang::kDe, "300 neue Stellen",
                 kPublished2016) == "2016");
  const std::string es = "El año pasado el grupo Almerisa ganó 12 millones de euros.";
  CHECK(PeriodOf(es, Lang::kEs, "12 millones de euros", kPublished2016) == "2015");
  CHECK(PeriodOf(es, Lang::kEs, "12 millones de euros").empty());
  CHECK(PeriodOf("Este año la empresa invertirá 5 millones de euros.", Lang::kEs,
                 "5 millones de euros", kPublished2016) == "2016");
  const std::string en = "Last year Brightwater Systems made a profit of $7m.";
  CHECK(PeriodOf(en, Lang::kEn, "$7m", kPublished2016) == "2015");
  CHECK(PeriodOf(en, Lang::kEn, "$7m").empty());
  CHECK(PeriodOf("It plans to hire 500 people next year.", Lang::kEn, "500 people",
                 kPublished2016) == "2017");
}

TEST_CASE("period: the extractor passes the article's publication time down", "[period]") {
  nf::Extractor x(nf::ExtractorOptions{.entities = false});
  nf::Article a;
  a.id = "t";
  a.lang = Lang::kEn;
  a.body = "Last year the firm sold 2 million phones.";
  a.published_at_ms = kPublished2016;
  nf::Extraction out;
  REQUIRE(x.Extract(a, &out).ok());
  REQUIRE(out.figures.size() == 1);
  CHECK(out.figures[0].period == "2015");
  a.published_at_ms.reset();
  REQUIRE(x.Extract(a, &out).ok());
  CHECK(out.figures[0].period.empty());
  nf::Extraction text_out;
  REQUIRE(x.ExtractText(a.body, Lang::kEn, nf::Field::kBody, &text_out, kPublished2016).ok());
  CHECK(text_out.figures[0].period == "2015");
}

TEST_CASE("period: a bare quarter takes the year named before it", "[period]") {
  CHECK(PeriodOf("Die Bilanz 2014 war gut. Im vierten Quartal stieg der Umsatz um 9 Prozent.",
                 Lang::kDe, "9 Prozent") == "2014-Q4");
  CHECK(PeriodOf("Im vierten Quartal stieg der Umsatz um 9 Prozent.", Lang::kDe, "9 Prozent")
            .empty());
  CHECK(PeriodOf("In the fourth quarter it earned $5m.", Lang::kEn, "$5m", kPublished2016) ==
        "2016-Q4");
}

TEST_CASE("period: chip names are not halves or quarters", "[period]") {
  CHECK(PeriodOf("Nvidia lieferte 2024 rund 1,5 Millionen H100 GPUs aus.", Lang::kDe,
                 "1,5 Millionen H100 GPUs") == "2024");
  CHECK(PeriodOf("The company shipped 1.5 million H100 GPUs in 2024.", Lang::kEn,
                 "1.5 million H100 GPUs") == "2024");
  CHECK(PeriodOf("China bought 1 million H20 chips in 2024.", Lang::kEn, "1 million H20 chips") ==
        "2024");
  CHECK(PeriodOf("Se vendieron 300.000 H200 en 2025.", Lang::kEs, "300.000") == "2025");
}

TEST_CASE("period: none when the sentence states none", "[period]") {
  CHECK(
      PeriodOf("Die Firma beschäftigt 1.800 Mitarbeiter.", Lang::kDe, "1.800 Mitarbeiter").empty());
  CHECK(PeriodOf("Das war 2020. Heute kostet es 5 Euro.", Lang::kDe, "5 Euro").empty());
  CHECK(PeriodOf("La empresa tiene 2.000 empleados.", Lang::kEs, "2.000 empleados").empty());
  CHECK(PeriodOf("It employs 9,000 staff.", Lang::kEn, "9,000 staff").empty());
  // A number that is itself a figure is no year ("2000 Mitarbeiter").
  CHECK(PeriodOf("Das Werk hat 2000 Mitarbeiter.", Lang::kDe, "2000 Mitarbeiter").empty());
}

TEST_CASE("period: a comparison base belongs to its own figure", "[period]") {
  const std::string en = "Turnover for 2006 was up 4.2% from £7.35bn in 2005.";
  CHECK(PeriodOf(en, Lang::kEn, "4.2%") == "2006");
  CHECK(PeriodOf(en, Lang::kEn, "£7.35bn") == "2005");
}

TEST_CASE("period: a month with its year after a comparison word is a comparison base too",
          "[period][base]") {
  // Only the figure between the comparison word and the month takes the month.
  const std::string en =
      "Mortgage approvals were £2bn, down from £2.6bn in January 2031. Sales rose 4% in 2029.";
  CHECK(PeriodOf(en, Lang::kEn, "£2.6bn") == "2031-01");
  CHECK(PeriodOf(en, Lang::kEn, "£2bn").empty());
  CHECK(PeriodOf("Oil prices are 30% higher than they were in January 2031. Sales rose 4% in "
                 "2029.",
                 Lang::kEn, "30%")
            .empty());
  CHECK(PeriodOf("Die Zahl der Pendler wuchs verglichen mit Mai 2031 um 2,3 Millionen. Der "
                 "Umsatz stieg 2029 um 4 Prozent.",
                 Lang::kDe, "2,3 Millionen")
            .empty());
  // Negatives: a span after "from" is no base ("from 2030 to 2032"); a month without a
  // comparison word is the figure's.
  CHECK(PeriodOf("Output will grow 5% a year from 2030 to 2032.", Lang::kEn, "5%") == "2030-2032");
  CHECK(PeriodOf("Die Zahl der Pendler wuchs im Mai 2031 um 2,3 Millionen.", Lang::kDe,
                 "2,3 Millionen") == "2031-05");
}

TEST_CASE("period: German als and Spanish que after a comparative make a comparison base",
          "[period][base]") {
  // The year after "mehr als" / "más que" is the base, not the figure's period.
  CHECK(PeriodOf("Die Velmora AG legte die Bilanz für 2029 vor. Im Herbst fuhren 86.400 Busse, 9 "
                 "Prozent mehr als 2027.",
                 Lang::kDe, "9 Prozent") == "2029");
  CHECK(PeriodOf("Die Velmora AG legte die Bilanz für 2029 vor. Der Umsatz war um 15 Prozent "
                 "höher als im Jahr 2027.",
                 Lang::kDe, "15 Prozent") == "2029");
  CHECK(PeriodOf("Tecnovía presentó sus cuentas de 2029 y de 2029 habló. Vendió 86.400 motos, "
                 "un 9 % más que en 2027.",
                 Lang::kEs, "9 %") == "2029");
  // Negatives: "als" = "when" after a comma, or sentence-initial, dates the figure.
  CHECK(PeriodOf("Die Spannungen eskalierten weiter, als 2027 rund 50.000 Menschen flohen.",
                 Lang::kDe, "50.000 Menschen") == "2027");
  CHECK(PeriodOf("Die Velmora AG legte die Bilanz für 2029 vor. Als 2027 die Krise kam, verlor "
                 "sie 15 Prozent.",
                 Lang::kDe, "15 Prozent") == "2027");
}

TEST_CASE("sentences: abbreviations and numbers do not end a sentence", "[period][sentence]") {
  auto one_sentence = [](const std::string& text) {
    return nf::SentenceEnd(text, 0) == text.size();
  };
  CHECK(one_sentence("Der Umsatz lag bei 3,5 Mio. Euro im Jahr 2015."));
  CHECK(one_sentence("Es waren ca. 300 Mrd. Dollar bzw. 270 Mrd. Euro."));
  CHECK(one_sentence("Der Gewinn stieg im 3. Quartal auf 1.200.000 Euro."));
  CHECK(one_sentence("La cifra llegó a 3.500 mill. de pesetas, aprox. el doble."));
  CHECK(one_sentence("Brightwater Systems Inc. and Mr. Smith agreed on $5.5bn."));
  CHECK(one_sentence("Die EE. UU. und die U.S. Army kauften z.B. Chips."));
  const std::string two = "Der Umsatz lag 2015 bei 3 Mio. Euro. Im Jahr 2016 waren es 4 Mio.";
  CHECK(nf::SentenceEnd(two, 0) == two.find(" Im Jahr"));
  CHECK(nf::SentenceStart(two, two.find("2016")) == two.find("Im Jahr"));
  CHECK(nf::CrossesSentence(two, 0, two.size()));
  // A period stated after "Mio." still belongs to the same sentence.
  CHECK(PeriodOf("Die Firma setzte rund 3 Mio. Euro im Jahr 2015 um.", Lang::kDe, "3 Mio. Euro") ==
        "2015");
}

TEST_CASE("period: year of a publication time", "[period]") {
  CHECK(newsfacts::common::YearOfMs(kPublished2016) == 2016);
  CHECK(newsfacts::common::YearOfMs(*newsfacts::common::ParseRfc3339Ms("1999-12-31T23:59:59Z")) ==
        1999);
  CHECK(newsfacts::common::YearOfMs(0) == 1970);
}

TEST_CASE("period: a figure whose sentence states none takes the article's year",
          "[period][article]") {
  CHECK(PeriodOf("Die Kralinger AG legte die Bilanz für 2018 vor. Der Umsatz stieg um 4 Prozent "
                 "auf 2,1 Mrd. Euro. Für 2018 zahlt sie eine Dividende.",
                 Lang::kDe, "4 Prozent") == "2018");
  CHECK(PeriodOf("Tecnovía cerró 2019 con beneficios. La facturación creció un 6 % hasta 300 "
                 "millones de euros. En 2019 abrió dos tiendas.",
                 Lang::kEs, "6 %") == "2019");
  CHECK(PeriodOf("Brightwater reported its 2021 results. Profit rose 12% to $40m.", Lang::kEn,
                 "12%") == "2021");
  // Years of forecasts are not the year an article reports on.
  CHECK(PeriodOf("Voltaro's profit for 2020 fell. Revenue dropped 3% to $90m. It expects 2021 to "
                 "be better and plans more for 2021.",
                 Lang::kEn, "3%") == "2020");
  // No year in the text: the publication year, else none.
  CHECK(PeriodOf("Die Firma beschäftigt 1.800 Mitarbeiter.", Lang::kDe, "1.800 Mitarbeiter",
                 kPublished2016) == "2016");
}

TEST_CASE("period es: a year named once among other years is no article year",
          "[period][article][es]") {
  // Spanish news recall past years in passing: neither is what the figure is about.
  const std::string es =
      "El pueblo, fundado en 1842, recuerda la riada de 1962. En el valle viven 3.400 vecinos.";
  CHECK(PeriodOf(es, Lang::kEs, "3.400 vecinos").empty());
  // Named twice, it is the year the text reports on.
  CHECK(PeriodOf("Tecnovía cerró 2019 con pérdidas, peores que en 2017. Despidió a 300 "
                 "empleados. En 2019 cerró dos tiendas.",
                 Lang::kEs, "300 empleados") == "2019");
  // A single year named once still is.
  CHECK(PeriodOf("Tecnovía cerró 2019 con pérdidas. Despidió a 300 empleados.", Lang::kEs,
                 "300 empleados") == "2019");
  // English and German keep the latest of the years named once (a report's year).
  CHECK(PeriodOf("Founded in 1842, Kellmoor reported its 2021 results. Profit rose 12% to $40m.",
                 Lang::kEn, "12%") == "2021");
}

TEST_CASE("period es: the only year named once in passing is no article year",
          "[period][article][es]") {
  // Named once, outside the lead, in a sentence without a figure: history recalled in passing.
  CHECK(
      PeriodOf("El pueblo es tranquilo. Su iglesia se levantó en 1720. En la plaza hay 40 bancos.",
               Lang::kEs, "40 bancos")
          .empty());
  CHECK(PeriodOf("La asociación reúne a vecinos del barrio. Nació tras la riada de 1957. Ya cuenta "
                 "con 650 socios.",
                 Lang::kEs, "650 socios")
            .empty());
  // Negatives: the year dates a figure in its sentence, stands in the lead, or is named twice.
  CHECK(PeriodOf("El pueblo es tranquilo. En 2018 sumó 120 vecinos nuevos. En la plaza hay 40 "
                 "bancos.",
                 Lang::kEs, "40 bancos") == "2018");
  CHECK(PeriodOf("En 2018 el pueblo abrió un museo. En la plaza hay 40 bancos.", Lang::kEs,
                 "40 bancos") == "2018");
  CHECK(PeriodOf("El pueblo es tranquilo. En 2018 abrió un museo y en 2018 renovó la plaza. En la "
                 "plaza hay 40 bancos.",
                 Lang::kEs, "40 bancos") == "2018");
}

TEST_CASE("period es: the only year named once in a sentence on a report or period still counts",
          "[period][article][es]") {
  // The year's sentence names the reporting period or the report: the text reports on it.
  CHECK(PeriodOf("La naviera Orlaz publicó ayer su balance en Cádiz. El balance cubre el ejercicio "
                 "2011. La facturación subió un 9 %.",
                 Lang::kEs, "9 %") == "2011");
  CHECK(PeriodOf("El paro cayó en la comarca, dijo la consejería. Las cifras se refieren al año "
                 "2013. La tasa quedó en el 11 %.",
                 Lang::kEs, "11 %") == "2013");
  CHECK(PeriodOf("La mutua Cerval cerró bien el año. Así lo recoge su memoria anual de 2015, "
                 "difundida hoy. Ingresó 55 millones de euros.",
                 Lang::kEs, "55 millones de euros") == "2015");
  CHECK(PeriodOf("La bodega Urrela habló ayer con la prensa. Las ventas del segundo trimestre de "
                 "2012 mejoraron. El margen subió un 4 %.",
                 Lang::kEs, "4 %") == "2012");
  // Negatives: the report word stands in another clause, or the period is a target.
  CHECK(PeriodOf("El club Tarvena es pequeño. Ganó la liga en 1987, y hay informes de su gesta "
                 "en el museo. El club suma 350 socios.",
                 Lang::kEs, "350 socios")
            .empty());
  CHECK(PeriodOf("La consejera habló de la gripe. El riesgo no va a bajar antes del segundo "
                 "semestre de 2031. Hay 90 camas libres.",
                 Lang::kEs, "90 camas")
            .empty());
}

TEST_CASE("period de en: the only year named once in passing is no article year",
          "[period][article]") {
  // Named once, outside the lead, in a sentence without a figure: an event recalled in
  // passing, not the year the text reports on.
  CHECK(PeriodOf("Harlow Mills expanded again. Its first mill burned down in 1968. Sales rose 12% "
                 "to $900m.",
                 Lang::kEn, "12%")
            .empty());
  CHECK(PeriodOf("Die Velmora AG wächst weiter. Die alte Brücke am Werk stürzte 1974 ein. Der "
                 "Umsatz stieg um 12 Prozent.",
                 Lang::kDe, "12 Prozent")
            .empty());
  // A quantity word after the year does not make the clause a report's.
  CHECK(PeriodOf("Harlow Mills expanded again. Its rival went bust in 1998 with heavy losses. "
                 "Sales rose 12% to $900m.",
                 Lang::kEn, "12%")
            .empty());
  CHECK(PeriodOf("Die Velmora AG wächst weiter. Ihr Gründer starb 1979 und hinterließ Gewinne. "
                 "Der Umsatz stieg um 12 Prozent.",
                 Lang::kDe, "12 Prozent")
            .empty());
  // Negatives: the clause names a report or the period of its data, or a reported quantity
  // before the year; the year stands in the lead.
  CHECK(PeriodOf("Harlow Mills spoke to investors. The firm published its 2021 results on "
                 "Monday. Sales rose 12% to $900m.",
                 Lang::kEn, "12%") == "2021");
  CHECK(PeriodOf("Harlow Mills spoke to investors. A mild winter hurt its profits in 2021. Sales "
                 "rose 12% to $900m.",
                 Lang::kEn, "12%") == "2021");
  CHECK(PeriodOf("Die Velmora AG lud zur Pressekonferenz. Alle Zahlen stammen aus dem Jahr 2021. "
                 "Der Umsatz stieg um 12 Prozent.",
                 Lang::kDe, "12 Prozent") == "2021");
  CHECK(PeriodOf("Die Velmora AG lud zur Pressekonferenz. Ein milder Winter drückte den Absatz im "
                 "Jahr 2021. Der Umsatz stieg um 12 Prozent.",
                 Lang::kDe, "12 Prozent") == "2021");
  CHECK(PeriodOf("Its first mill burned down in 1968. Harlow Mills expanded again. Sales rose 12% "
                 "to $900m.",
                 Lang::kEn, "12%") == "1968");
}

TEST_CASE("period de en: a results text keeps its only year named once in passing",
          "[period][article]") {
  // The figures are results (profit, sales): the one year a later sentence names is the
  // year they report on.
  CHECK(PeriodOf("Dunmore Savings said net profit climbed 9% to $55m. Deposits grew 4%. Its "
                 "chairman Lena Marsh called 2017 a testing year for small banks.",
                 Lang::kEn, "$55m") == "2017");
  CHECK(PeriodOf("Die Korvana AG steigerte den Umsatz um 9 Prozent auf 550 Millionen Euro. Die "
                 "Zahl der Filialen wuchs um 4 Prozent. Vorstandschefin Ina Ruhland nannte 2017 "
                 "ein hartes Jahr für Händler.",
                 Lang::kDe, "550 Millionen Euro") == "2017");
  // Negatives: a year dated as an event ("im Jahr", "in the year"), or a text whose figures
  // are no results, stays a year named in passing.
  CHECK(PeriodOf("Die Korvana AG steigerte den Umsatz um 9 Prozent auf 550 Millionen Euro. Die "
                 "Zahl der Filialen wuchs um 4 Prozent. Die erste Filiale schloss im Jahr 1971.",
                 Lang::kDe, "550 Millionen Euro")
            .empty());
  CHECK(PeriodOf("Dunmore Savings said net profit climbed 9% to $55m. Deposits grew 4%. Its "
                 "first branch closed in the year 1971.",
                 Lang::kEn, "$55m")
            .empty());
  CHECK(PeriodOf("Dunmore Savings hired 40 new tellers. Deposits grew 4%. Its chairman Lena "
                 "Marsh called 2017 a testing year for small banks.",
                 Lang::kEn, "40 new tellers")
            .empty());
}

TEST_CASE("period de en: report words count as whole words and not in hearsay",
          "[period][article]") {
  // "headquarters" holds no quarter, "reportedly" no report, and "Berichten zufolge" cites
  // hearsay: the lone year stays a year named in passing.
  CHECK(PeriodOf("Harlow Mills expanded again. The firm set up its headquarters in Dunmore in "
                 "1994. Sales rose 12% to $900m.",
                 Lang::kEn, "12%")
            .empty());
  CHECK(PeriodOf("Harlow Mills expanded again. Its founder reportedly sold the first mill in 1987. "
                 "Sales rose 12% to $900m.",
                 Lang::kEn, "12%")
            .empty());
  CHECK(PeriodOf("Die Velmora AG wächst weiter. Berichten zufolge brannte die erste Halle 1966 "
                 "ab. Der Umsatz stieg um 12 Prozent.",
                 Lang::kDe, "12 Prozent")
            .empty());
  CHECK(PeriodOf("Die Velmora AG wächst weiter. Einem Bericht zufolge brannte die erste Halle "
                 "1966 ab. Der Umsatz stieg um 12 Prozent.",
                 Lang::kDe, "12 Prozent")
            .empty());
  // Negatives: the whole word, its plural, a German compound and a report that is no hearsay.
  CHECK(PeriodOf("Harlow Mills spoke to investors. Its quarterly report for 2021 came out on "
                 "Monday. Sales rose 12% to $900m.",
                 Lang::kEn, "12%") == "2021");
  CHECK(PeriodOf("Harlow Mills spoke to investors. Its reports cover the year 2021 only. Sales "
                 "rose 12% to $900m.",
                 Lang::kEn, "12%") == "2021");
  CHECK(PeriodOf("Die Velmora AG lud zur Pressekonferenz. Der Quartalsbericht für 2021 erschien "
                 "am Montag. Der Umsatz stieg um 12 Prozent.",
                 Lang::kDe, "12 Prozent") == "2021");
  CHECK(PeriodOf("Die Velmora AG lud zur Pressekonferenz. Der Bericht über das Jahr 2021 erschien "
                 "am Montag. Der Umsatz stieg um 12 Prozent.",
                 Lang::kDe, "12 Prozent") == "2021");
}

TEST_CASE("period de en: a year named once in passing among other years is no article year",
          "[period][article]") {
  // Neither year dates a figure nor stands in the lead: history recalled in passing.
  const std::string en =
      "Harlow Mills expanded again. The firm survived the 1987 crash. Its old depot was sold in "
      "1962. Sales rose 12% to $900m.";
  CHECK(PeriodOf(en, Lang::kEn, "12%").empty());
  const std::string de =
      "Die Velmora AG wächst weiter. Die Halle wurde im Jahr 1961 gebaut. Die Krise 1998 traf "
      "sie hart. Der Umsatz stieg um 12 Prozent.";
  CHECK(PeriodOf(de, Lang::kDe, "12 Prozent").empty());
  // Negatives: a year named once that dates a figure in its sentence, or stands in the lead,
  // is still the year the text reports on.
  CHECK(PeriodOf("Harlow Mills expanded again. Operating profit slid to $40m during 2021, after a "
                 "charge first booked in 2019. Sales rose 12% to $900m.",
                 Lang::kEn, "12%") == "2021");
  CHECK(PeriodOf("2021 brach der Absatz der Velmora AG ein. Die Krise 1998 traf sie hart. Der "
                 "Umsatz stieg um 12 Prozent.",
                 Lang::kDe, "12 Prozent") == "2021");
  // Named twice, it is the year the text reports on.
  CHECK(PeriodOf("The firm survived the 1987 crash. In 2009 it cut staff, and the 2009 "
                 "recession was hard. Sales rose 12% to $900m.",
                 Lang::kEn, "12%") == "2009");
}

TEST_CASE("period es: a year after 'desde' is no article year", "[period][article][es]") {
  // An undated text names where something starts: not what the figure is about.
  CHECK(PeriodOf("Desde 1987 la familia cultiva la finca. Allí pastan 140 vacas.", Lang::kEs,
                 "140 vacas")
            .empty());
  CHECK(PeriodOf("La cooperativa existe desde finales de 2003. En verano vendió 8.000 cajas.",
                 Lang::kEs, "8.000 cajas")
            .empty());
  CHECK(PeriodOf("El club juega en Primera desde el año 1994. Su estadio tiene 12.500 asientos.",
                 Lang::kEs, "12.500 asientos")
            .empty());
  // The starting point still counts as another year named: a year named once beside it is no
  // article year either.
  CHECK(PeriodOf("La imprenta opera desde 1994. Su fundador nació en 1931. Tiene 230 empleados.",
                 Lang::kEs, "230 empleados")
            .empty());
  // Negatives: a year named plainly still is the article's year, also beside a "desde" one
  // when named twice; "en" is no starting point.
  CHECK(PeriodOf("La cervecera vendió más en 2019. Tiene 230 empleados.", Lang::kEs,
                 "230 empleados") == "2019");
  CHECK(PeriodOf("La cervecera crece desde 2014. En 2019 abrió otra tienda. Tiene 230 empleados. "
                 "En 2019 facturó 4 millones de euros.",
                 Lang::kEs, "230 empleados") == "2019");
}

TEST_CASE("period de: a year after 'seit' or 'vor' or before 'v. Chr.' is no article year",
          "[period][article][de]") {
  // An undated text recalls a starting point or an era: neither is what the figure is about.
  CHECK(PeriodOf("Seit 1987 betreibt die Familie den Hof. Dort leben 140 Kühe.", Lang::kDe,
                 "140 Kühe")
            .empty());
  CHECK(PeriodOf("Der Ort ist seit Anfang 2003 ein Kurort. Im Sommer kamen 8.000 Gäste.", Lang::kDe,
                 "8.000 Gäste")
            .empty());
  CHECK(PeriodOf("Die Siedlung entstand 1500 v. Chr. am Fluss. Sie zählt 2.300 Einwohner.",
                 Lang::kDe, "2.300 Einwohner")
            .empty());
  // A bound before a year ("vor 1985", "vor Ende 2003") is no article year either.
  CHECK(PeriodOf("Die Sammlung zeigt nur Stücke, die vor 1985 erworben wurden. Im Depot lagern "
                 "3.100 Objekte.",
                 Lang::kDe, "3.100 Objekte")
            .empty());
  // Negatives: a year named plainly still is the article's year, also beside a "seit" one.
  CHECK(PeriodOf("Die Brauerei setzte 2019 mehr ab. Sie beschäftigt 230 Mitarbeiter.", Lang::kDe,
                 "230 Mitarbeiter") == "2019");
  CHECK(PeriodOf("Vor allem 2019 setzte die Brauerei mehr ab. Sie beschäftigt 230 Mitarbeiter.",
                 Lang::kDe, "230 Mitarbeiter") == "2019");
  CHECK(PeriodOf("Die Brauerei wuchs seit 2014 stark. Sie hat 230 Mitarbeiter. Im Jahr 2019 "
                 "stieg der Umsatz auf 4 Millionen Euro.",
                 Lang::kDe, "230 Mitarbeiter") == "2019");
}

TEST_CASE("period: 'a year ago' bases are one year before the sentence's period",
          "[period][base]") {
  const std::string en =
      "Profit in the fourth quarter of 2020 was $50m, compared with $30m a "
      "year earlier.";
  CHECK(PeriodOf(en, Lang::kEn, "$50m") == "2020-Q4");
  CHECK(PeriodOf(en, Lang::kEn, "$30m") == "2019-Q4");
  const std::string de =
      "Im Jahr 2019 lag der Umsatz bei 5 Mio. Euro gegenüber 4 Mio. Euro im "
      "Vorjahr.";
  CHECK(PeriodOf(de, Lang::kDe, "5 Mio. Euro") == "2019");
  CHECK(PeriodOf(de, Lang::kDe, "4 Mio. Euro") == "2018");
  const std::string es =
      "En 2018 ganó 9 millones de euros, frente a 7 millones de euros del año "
      "anterior.";
  CHECK(PeriodOf(es, Lang::kEs, "7 millones de euros") == "2017");
  // A rate of change against the previous year is the current year's.
  CHECK(PeriodOf("In 2020 sales rose 5% from the previous year.", Lang::kEn, "5%") == "2020");
  // A possessive year names the figure after it.
  const std::string pos = "Inflation was 6.2% in 2008, well above 2007's 5.4%.";
  CHECK(PeriodOf(pos, Lang::kEn, "6.2%") == "2008");
  CHECK(PeriodOf(pos, Lang::kEn, "5.4%") == "2007");
}

TEST_CASE("period: the text's own date resolves relative years without published_at",
          "[period][relative]") {
  CHECK(PeriodOf("Wien, 14. März 2016 – Im vergangenen Jahr verdiente die Kralinger AG 40 "
                 "Millionen Euro.",
                 Lang::kDe, "40 Millionen Euro") == "2015");
  CHECK(PeriodOf("Madrid, 3 de abril de 2012. El año pasado el grupo Almerisa ganó 12 millones "
                 "de euros.",
                 Lang::kEs, "12 millones de euros") == "2011");
  CHECK(PeriodOf("Update of 2 May 2019: Last year Brightwater made a profit of $7m.", Lang::kEn,
                 "$7m") == "2018");
  CHECK(PeriodOf("Für das laufende Jahr 2017 erwartet die Firma mehr. Im vergangenen Jahr lag "
                 "der Gewinn bei 3 Mio. Euro.",
                 Lang::kDe, "3 Mio. Euro") == "2016");
  // "heute" / "hoy" / "now" is the present: the publication year, none without it.
  CHECK(PeriodOf("El precio subió en 2010. Hoy cuesta 3 euros.", Lang::kEs, "3 euros").empty());
  CHECK(PeriodOf("El precio subió en 2010. Hoy cuesta 3 euros.", Lang::kEs, "3 euros",
                 kPublished2016) == "2016");
  CHECK(PeriodOf("It now plans to invest $5m in 2018.", Lang::kEn, "$5m") == "2018");
}

TEST_CASE("period: months and business years by month", "[period][month]") {
  CHECK(PeriodOf("In October 2004 the bank raised rates to 5.8%.", Lang::kEn, "5.8%") == "2004-10");
  CHECK(PeriodOf("Im Oktober 2015 lag die Inflation bei 1,2 Prozent.", Lang::kDe, "1,2 Prozent") ==
        "2015-10");
  CHECK(PeriodOf("En octubre de 2015 el paro bajó al 20 %.", Lang::kEs, "20 %") == "2015-10");
  CHECK(PeriodOf("En el ejercicio (abril 05-marzo 06) facturó 40 millones de euros.", Lang::kEs,
                 "40 millones de euros") == "2005/2006");
  CHECK(PeriodOf("Borrowing is set to reach 2.6% of output in the year to September 2019.",
                 Lang::kEn, "2.6%") == "2018/2019");
  CHECK(PeriodOf("Profit for the year to December 2004 was $5m.", Lang::kEn, "$5m") == "2004");
}

TEST_CASE("period: months of different years joined as a span are the span of their years",
          "[period][month]") {
  CHECK(PeriodOf("Die Velkor AG schloss von Mai 2010 bis Oktober 2013 insgesamt 62 Verträge ab.",
                 Lang::kDe, "62 Verträge") == "2010-2013");
  CHECK(PeriodOf("Die Velkor AG verkaufte zwischen Februar 2008 und Mai 2009 rund 40.000 Autos.",
                 Lang::kDe, "40.000 Autos") == "2008-2009");
  CHECK(PeriodOf("Tecnovía vendió 40.000 coches entre mayo de 2010 y octubre de 2013.", Lang::kEs,
                 "40.000 coches") == "2010-2013");
  CHECK(PeriodOf("Tecnovía vendió 40.000 coches de mayo de 2010 a octubre de 2013.", Lang::kEs,
                 "40.000 coches") == "2010-2013");
  CHECK(PeriodOf("Kellmoor sold 40,000 cars between February 2007 and October 2009.", Lang::kEn,
                 "40,000 cars") == "2007-2009");
  CHECK(PeriodOf("Kellmoor sold 40,000 cars from May 2010 to October 2013.", Lang::kEn,
                 "40,000 cars") == "2010-2013");
  // Negatives: twelve months written side by side are a business year; two dates joined by
  // "and" without "between" are two periods.
  CHECK(PeriodOf("Die Velkor AG verkaufte von Oktober 2014 bis September 2015 rund 40.000 Autos.",
                 Lang::kDe, "40.000 Autos") == "2014/2015");
  CHECK(PeriodOf("Kellmoor sold 40,000 cars in May 2010 and 30,000 in October 2013.", Lang::kEn,
                 "40,000 cars") == "2010-05");
  // Twelve months after a start word are a business year whatever joins them; other months
  // one year apart are a span.
  CHECK(PeriodOf("Die Velkor AG verkaufte zwischen Mai 2010 und April 2011 rund 40.000 Autos.",
                 Lang::kDe, "40.000 Autos") == "2010/2011");
  CHECK(PeriodOf("Die Velkor AG verkaufte von Mai 2010 bis August 2011 rund 40.000 Autos.",
                 Lang::kDe, "40.000 Autos") == "2010-2011");
  CHECK(PeriodOf("Tecnovía vendió 40.000 coches de mayo de 2010 a abril de 2011.", Lang::kEs,
                 "40.000 coches") == "2010/2011");
  // Nor are two months joined without a start word before the first: the figure takes the
  // month nearest before it.
  CHECK(PeriodOf("Kellmoor's sales rose 3% in April 2009 to June 2011 levels.", Lang::kEn, "3%") ==
        "2009-04");
  CHECK(PeriodOf("Die Velkor AG steigerte im Mai 2009 bis August 2011 den Umsatz um 3 Prozent.",
                 Lang::kDe, "3 Prozent") == "2011-08");
  // Not a business year either ("to … levels" names two points); January opens none.
  CHECK(PeriodOf("Kellmoor's sales rose 3% in July 2012 to June 2013 levels.", Lang::kEn, "3%") ==
        "2012-07");
  CHECK(PeriodOf("Die Velkor AG verkaufte von Januar 2012 bis Januar 2013 rund 40.000 Autos.",
                 Lang::kDe, "40.000 Autos") == "2012-2013");
  // Negative: joined by a dash, twelve months are a business year without a start word.
  CHECK(PeriodOf("En el ejercicio julio 12-junio 13 facturó 40 millones de euros.", Lang::kEs,
                 "40 millones de euros") == "2012/2013");
}

TEST_CASE("period: a span of months within one year is its quarter, half or year",
          "[period][span]") {
  CHECK(PeriodOf("Die Velkor AG verkaufte von Januar 2012 bis Dezember 2012 rund 40.000 Autos.",
                 Lang::kDe, "40.000 Autos") == "2012");
  CHECK(PeriodOf("Kellmoor sold 40,000 cars from July 2012 to September 2012.", Lang::kEn,
                 "40,000 cars") == "2012-Q3");
  CHECK(PeriodOf("Tecnovía vendió 40.000 coches de enero de 2012 a junio de 2012.", Lang::kEs,
                 "40.000 coches") == "2012-H1");
  // Another span of one year's months is the year.
  CHECK(PeriodOf("Die Velkor AG verkaufte von März 2012 bis Mai 2012 rund 40.000 Autos.", Lang::kDe,
                 "40.000 Autos") == "2012");
  // Negatives: without a start word the months name two points; the same months written
  // with the year once keep their reading.
  CHECK(PeriodOf("Die Velkor AG steigerte im Januar 2012 bis Dezember 2012 den Umsatz um 3 "
                 "Prozent.",
                 Lang::kDe, "3 Prozent") == "2012-12");
  CHECK(PeriodOf("Kellmoor sold 40,000 cars between July and September 2012.", Lang::kEn,
                 "40,000 cars") == "2012-Q3");
}

TEST_CASE("period: clauses decide which period a figure takes", "[period][clause]") {
  // A period stated first frames the whole sentence.
  CHECK(PeriodOf("Al cierre de 2022, la empresa tenía el 20 % del mercado, seguida por otras dos "
                 "con el 17 % y el 15 %, respectivamente.",
                 Lang::kEs, "17 %") == "2022");
  // A subordinate clause after the figure keeps its period to itself.
  CHECK(PeriodOf("Brightwater reported 2008 results. Profit fell 10% and it warned that "
                 "earnings in 2009 may slide.",
                 Lang::kEn, "10%") == "2008");
  // At equal distance the year after the figure is its own.
  CHECK(PeriodOf("La cuota pasó del 60 % en 1997 al 75 % en 1999.", Lang::kEs, "75 %") == "1999");
}

TEST_CASE("period: undated texts count relative years from the year after the article's year",
          "[period][relative]") {
  const std::string en =
      "Voltaro reported its results for 2021. Sales fell 3% last year. It will spend $5m this "
      "year.";
  CHECK(PeriodOf(en, Lang::kEn, "3%") == "2021");
  CHECK(PeriodOf(en, Lang::kEn, "$5m") == "2022");
  CHECK(PeriodOf("Die Kralinger AG legte die Bilanz für 2018 vor. Im vergangenen Jahr stieg der "
                 "Umsatz um 4 Prozent.",
                 Lang::kDe, "4 Prozent") == "2018");
  CHECK(PeriodOf("Tecnovía presentó sus cuentas de 2019. El año pasado la facturación creció un "
                 "6 %.",
                 Lang::kEs, "6 %") == "2019");
  // A publication time wins over the estimate; without any year nothing is guessed, and the
  // present stays unresolved.
  CHECK(PeriodOf(en, Lang::kEn, "3%", kPublished2016) == "2015");
  CHECK(PeriodOf("Last year Brightwater made a profit of $7m.", Lang::kEn, "$7m").empty());
  CHECK(PeriodOf("Voltaro reported its results for 2021. It now employs 300 people.", Lang::kEn,
                 "300 people")
            .empty());
}

TEST_CASE(
    "period: an undated English text's 'this year' is no later than a year a forecast targets",
    "[period][relative]") {
  // The review names 2032 as a fact, so "this year" would be 2033; but a forecast for 2032
  // ("would grow 4.4% in 2032") shows the text is written in 2032.
  const std::string en =
      "The Harwell Institute published its review of 2032. It said output would grow 4.4% in "
      "2032 but slow to 3.1% next year. Exports should rise 2.5% this year.";
  CHECK(PeriodOf(en, Lang::kEn, "3.1%") == "2033");
  CHECK(PeriodOf(en, Lang::kEn, "2.5%") == "2032");
  CHECK(PeriodOf(en, Lang::kEn, "4.4%") == "2032");
  // A year right before "will" is a target too.
  CHECK(PeriodOf("Quenby Labs filed its 2032 report. Shipments in 2032 will reach 9 million "
                 "units. Prices rose 4% this year.",
                 Lang::kEn, "4%") == "2032");
  // Negatives: a past year in a forecast sentence is no target ("record sales in 2032 and
  // expects"; "rose in 2032 but … will"), and a publication time wins.
  CHECK(PeriodOf("Corvane made record sales in 2032 and expects growth of 10% this year. Its "
                 "2032 profit was $3m.",
                 Lang::kEn, "10%") == "2033");
  CHECK(PeriodOf("Profits at the Delmore unit rose in 2032, but it will earn less, $2m, this "
                 "year. Sales in 2032 were $9m.",
                 Lang::kEn, "$2m") == "2033");
  CHECK(PeriodOf(en, Lang::kEn, "3.1%", kPublished2016) == "2017");
}

TEST_CASE("period: 'last year' as a comparison base without a publication time", "[period][base]") {
  CHECK(PeriodOf("Vendió 8 millones de entradas en 2001, frente a los 6 millones de "
                 "entradas del año pasado.",
                 Lang::kEs, "6 millones de entradas") == "2000");
  CHECK(PeriodOf("Output reached 90,000 cars in 2010, compared with 70,000 cars last year.",
                 Lang::kEn, "70,000 cars") == "2009");
  CHECK(PeriodOf("Der Umsatz betrug 2015 rund 5 Mio. Euro gegenüber 4 Mio. Euro im vergangenen "
                 "Jahr.",
                 Lang::kDe, "4 Mio. Euro") == "2014");
  // The figure of the stated year keeps it.
  CHECK(PeriodOf("Output reached 90,000 cars in 2010, compared with 70,000 cars last year.",
                 Lang::kEn, "90,000 cars") == "2010");
}

TEST_CASE("period: a clock time before a time zone is no year", "[period][en]") {
  // The time is neither the figure's period nor the article's year.
  CHECK(PeriodOf("By 1730 GMT, shares in Kellmoor had fallen 4% to 120p.", Lang::kEn, "120p")
            .empty());
  CHECK(PeriodOf("Trading closed at 1945 BST. Kellmoor said sales rose 5% to $3bn.", Lang::kEn,
                 "$3bn")
            .empty());
  // Negatives: a year before a time-zone-like word that is no time zone, and a year before a
  // time zone that cannot be a time ("1975": 75 minutes), stay years.
  CHECK(PeriodOf("In 2004 GMTel made $3bn.", Lang::kEn, "$3bn") == "2004");
  CHECK(PeriodOf("Sales were $3bn in 1975 EST terms.", Lang::kEn, "$3bn") == "1975");
}

TEST_CASE("period: a founding year is no article year (English)", "[period][en]") {
  // The only year named is when the company began: a figure without a period of its own does
  // not take it.
  CHECK(PeriodOf("Kellmoor will cut 2,000 jobs. The firm, founded in 1885, employs 9,000 people.",
                 Lang::kEn, "2,000 jobs")
            .empty());
  // Negatives: the year the text reports on is still the article year; a founding year
  // stated next to its own figure is that figure's.
  CHECK(PeriodOf("Kellmoor will cut 2,000 jobs. Sales fell in 2004. It was founded in 1885.",
                 Lang::kEn, "2,000 jobs") == "2004");
  CHECK(PeriodOf("The firm was founded in 1885 with 40 workers.", Lang::kEn, "40 workers") ==
        "1885");
}

TEST_CASE("period: the year a thing started is no article year (English)", "[period][en]") {
  // "started in", "began <doing> in": history recalled in passing, like a founding year.
  CHECK(PeriodOf("Kellmoor will cut 2,000 jobs. Its ferry service started in 1987.", Lang::kEn,
                 "2,000 jobs")
            .empty());
  CHECK(PeriodOf("Kellmoor will cut 2,000 jobs. The airline began flying in 1991.", Lang::kEn,
                 "2,000 jobs")
            .empty());
  // Negatives: a year the text reports on still counts, and a year after another gerund does.
  CHECK(PeriodOf("Kellmoor will cut 2,000 jobs. Sales fell in 2004. It began in 1987.", Lang::kEn,
                 "2,000 jobs") == "2004");
  CHECK(PeriodOf("Kellmoor kept trading in 2004. It will cut 2,000 jobs.", Lang::kEn,
                 "2,000 jobs") == "2004");
}

TEST_CASE("period: a year the text counts from or to is no article year (English)",
          "[period][en]") {
  // "since", "until", "till", "from" (a month may come between): a starting point or an end.
  CHECK(PeriodOf("Kellmoor will cut 2,000 jobs. Its shares have fallen since 1998.", Lang::kEn,
                 "2,000 jobs")
            .empty());
  CHECK(PeriodOf("Kellmoor will cut 2,000 jobs. Rates have risen since June 2003.", Lang::kEn,
                 "2,000 jobs")
            .empty());
  CHECK(PeriodOf("Kellmoor will cut 2,000 jobs. Its debts are frozen until 2009.", Lang::kEn,
                 "2,000 jobs")
            .empty());
  // "from" too: where a run of changes started.
  CHECK(PeriodOf("Kellmoor will cut 2,000 jobs. Prices were raised three times from April 2001.",
                 Lang::kEn, "2,000 jobs")
            .empty());
  // Negatives: a year the text reports on still counts, and one after another word does.
  CHECK(PeriodOf("Kellmoor will cut 2,000 jobs. Sales fell in 2004. It has grown since 1998.",
                 Lang::kEn, "2,000 jobs") == "2004");
  CHECK(PeriodOf("Kellmoor's shares fell in the spring of 2007. It will cut 1,400 jobs.", Lang::kEn,
                 "1,400 jobs") == "2007");
  // A year after a month dates an event (DatedYear): named only so, it is no article year.
  CHECK(PeriodOf("Kellmoor will cut 1,400 jobs. Its shares fell in June 2007.", Lang::kEn,
                 "1,400 jobs")
            .empty());
}

TEST_CASE("period: behind an aside, a period right after another figure is that figure's",
          "[period][clause]") {
  const std::string en =
      "Spending was up 14.6% in 2012 from the year before - below the high of 31% reached in the "
      "first quarter of 2011.";
  CHECK(PeriodOf(en, Lang::kEn, "31%") == "2011-Q1");
  CHECK(PeriodOf("Voltaro said sales rose 5%; its rival grew 9% in the first quarter of 2019.",
                 Lang::kEn, "5%") != "2019-Q1");
  CHECK(PeriodOf("Der Umsatz stieg um 5 Prozent; der Rivale wuchs um 9 Prozent im ersten Quartal "
                 "2019.",
                 Lang::kDe, "5 Prozent") != "2019-Q1");
  CHECK(PeriodOf("Las ventas subieron un 5 % - el rival creció un 9 % en el primer trimestre de "
                 "2019.",
                 Lang::kEs, "5 %") != "2019-Q1");
  // (They take the article's year instead: the text names 2019.) Without the aside the period after
  // both figures names both.
  CHECK(PeriodOf("Sales rose 5% and profit 9% in the first quarter of 2019.", Lang::kEn, "5%") ==
        "2019-Q1");
}

TEST_CASE("period es: a change 'de X en P1 a Y en P2' gives each figure its own period",
          "[period][es]") {
  const std::string s = "La plantilla pasó de 340 empleados en 2011 a 415 empleados en 2017.";
  CHECK(PeriodOf(s, Lang::kEs, "340 empleados") == "2011");
  CHECK(PeriodOf(s, Lang::kEs, "415 empleados") == "2017");
  const std::string m = "La flota creció de 12 barcos en marzo de 2014 a 19 en mayo de 2016.";
  CHECK(PeriodOf(m, Lang::kEs, "12 barcos") == "2014-03");
  CHECK(PeriodOf(m, Lang::kEs, "19") == "2016-05");
  // Without a period of its own the figure keeps the one before it.
  CHECK(PeriodOf("En 2011 contrató a 340 empleados y después a otros 415 empleados.", Lang::kEs,
                 "415 empleados") == "2011");
}

TEST_CASE("period es: the start of a change with words after its figure is no period of the end",
          "[period][es]") {
  // Words between the first figure and its "en" ("por función", "al mes"): the year before "a"
  // or "hasta" and the second figure still dates the start, not the end that has its own.
  const std::string s =
      "En Ruritania el alquiler de un palco pasó de 80 pesos por función en 1952 a 125 pesos en "
      "1958.";
  CHECK(PeriodOf(s, Lang::kEs, "80 pesos") == "1952");
  CHECK(PeriodOf(s, Lang::kEs, "125 pesos") == "1958");
  CHECK(PeriodOf("La cuota de Velarra subió de 40 euros al mes en 2009 hasta 65 euros en 2014.",
                 Lang::kEs, "65 euros") == "2014");
  // Negative: without a period of its own the end keeps the one before.
  CHECK(PeriodOf("En Ruritania el alquiler de un palco pasó de 80 pesos por función en 1952 a 125 "
                 "pesos.",
                 Lang::kEs, "125 pesos") == "1952");
}

TEST_CASE("period: a quarter named by its months", "[period][quarter]") {
  CHECK(PeriodOf("Kralinger wrote off $65m during the October-to-December quarter of 2021.",
                 Lang::kEn, "$65m") == "2021-Q4");
  CHECK(PeriodOf("Ostrava had a good 2019. It made $40m in the July-September quarter.", Lang::kEn,
                 "$40m") == "2019-Q3");
  CHECK(PeriodOf("Im Jahr 2018 lief es gut. Im Januar-März-Quartal setzte X 5 Mio. Euro um.",
                 Lang::kDe, "5 Mio. Euro") == "2018-Q1");
  CHECK(PeriodOf("En 2017 vendió mucho: 8 millones de euros en el trimestre abril-junio.",
                 Lang::kEs, "8 millones de euros") == "2017-Q2");
  // Months that span no calendar quarter name none.
  CHECK(PeriodOf("In 2019 it made $40m in the August-to-October quarter.", Lang::kEn, "$40m") ==
        "2019");
}

TEST_CASE("period: the three months to a quarter's last month are that quarter (English)",
          "[period][quarter][en]") {
  CHECK(PeriodOf("Ostrava had a good 2019. It made $40m in the three months to December.",
                 Lang::kEn, "$40m") == "2019-Q4");
  CHECK(PeriodOf("Kralinger earned $9m in the three months to June 2018.", Lang::kEn, "$9m") ==
        "2018-Q2");
  // Negatives: a month that ends no quarter names none; the year to a month is a business year.
  CHECK(PeriodOf("Ostrava had a good 2019. It made $40m in the three months to November.",
                 Lang::kEn, "$40m") == "2019");
  CHECK(PeriodOf("Kralinger earned $9m in the year to June 2018.", Lang::kEn, "$9m") ==
        "2017/2018");
}

TEST_CASE("period: a quarter or half ending on a day and month is that part of the year (English)",
          "[period][quarter][en]") {
  CHECK(PeriodOf("Pellmark earned $7m in the quarter ending June 30, 2016, after $5m in the "
                 "first quarter of 2016.",
                 Lang::kEn, "$7m") == "2016-Q2");
  CHECK(PeriodOf("Ostrava had a good 2019. It made $40m in the three months to 31 December.",
                 Lang::kEn, "$40m") == "2019-Q4");
  CHECK(PeriodOf("Varnley had a strong 2014. It shipped 12% more sofas during the three months "
                 "through to September.",
                 Lang::kEn, "12%") == "2014-Q3");
  CHECK(PeriodOf("Kralinger lost $3m in the six months ending 30 June 2012.", Lang::kEn, "$3m") ==
        "2012-H1");
  CHECK(PeriodOf("Kralinger lost $3m in the nine months to September 2012.", Lang::kEn, "$3m") ==
        "2012-Q1-Q3");
  // Negatives: a month that ends no such part names none; a quarter of an hour is no period.
  CHECK(PeriodOf("Ostrava had a good 2019. It made $40m in the quarter ending 30 November.",
                 Lang::kEn, "$40m") == "2019");
  CHECK(PeriodOf("In 2019 the 40 bakers met at a quarter to 5.", Lang::kEn, "40 bakers") == "2019");
  // The six months to December are mostly a business year's first half: no calendar half.
  CHECK(PeriodOf("Kralinger lost $3m in the six months to December 2012.", Lang::kEn, "$3m") ==
        "2012");
}

TEST_CASE("period: a deadline of some months to a date and a verb is no quarter or half (English)",
          "[period][quarter][en]") {
  CHECK(PeriodOf("Pellmark has three months to 30 June to repay its $25m loan, the lender said.",
                 Lang::kEn, "$25m", kPublished2016) == "2016");
  CHECK(PeriodOf("Pellmark has nine months to September to raise $90m in new capital.", Lang::kEn,
                 "$90m", kPublished2016) == "2016");
  CHECK(PeriodOf("Pellmark has three months to June to find $12m for the pension fund.", Lang::kEn,
                 "$12m", kPublished2016) == "2016");
  CHECK(PeriodOf("Pellmark was given six months to June to sell its $30m stake.", Lang::kEn, "$30m",
                 kPublished2016) == "2016");
  // Negatives: "to" with an amount, a hedge or an article after the months keeps the part of
  // the year they name.
  CHECK(PeriodOf("Pellmark's profit climbed in the three months to June to $12m.", Lang::kEn,
                 "$12m", kPublished2016) == "2016-Q2");
  CHECK(PeriodOf("Pellmark's profit climbed in the three months to 30 June to about $12m.",
                 Lang::kEn, "$12m", kPublished2016) == "2016-Q2");
  CHECK(PeriodOf("Pellmark's sales in the nine months to September 2015 rose to a record $90m.",
                 Lang::kEn, "$90m", kPublished2016) == "2015-Q1-Q3");
}

TEST_CASE("period: months of one stated year after a start word that make no quarter are the year",
          "[period][month]") {
  CHECK(PeriodOf("Quillon polled 1,200 growers between May and June 2008.", Lang::kEn,
                 "1,200 growers") == "2008");
  CHECK(PeriodOf("Von Februar bis Mai 2013 verkaufte die Velkor AG 9.000 Fahrräder.", Lang::kDe,
                 "9.000 Fahrräder") == "2013");
  CHECK(PeriodOf("Tecnovía vendió 7.000 bicicletas de marzo a julio de 2011.", Lang::kEs,
                 "7.000 bicicletas") == "2011");
  // Negatives: a quarter's months keep the quarter; without a start word the months are two
  // points and the later month with its year stays a month.
  CHECK(PeriodOf("Quillon polled 1,200 growers between April and June 2008.", Lang::kEn,
                 "1,200 growers") == "2008-Q2");
  CHECK(PeriodOf("Quillon sold 1,200 tractors in March to May 2008 levels.", Lang::kEn,
                 "1,200 tractors") == "2008-05");
  CHECK(PeriodOf("Zwischen April und Juni 2008 verkaufte die Velkor AG 9.000 Fahrräder.", Lang::kDe,
                 "9.000 Fahrräder") == "2008-Q2");
  CHECK(PeriodOf("Die Velkor AG verkaufte 9.000 Fahrräder im März und im Mai 2013.", Lang::kDe,
                 "9.000 Fahrräder") == "2013-05");
  CHECK(PeriodOf("Tecnovía vendió 7.000 bicicletas de abril a junio de 2011.", Lang::kEs,
                 "7.000 bicicletas") == "2011-Q2");
  CHECK(PeriodOf("Tecnovía vendió 7.000 bicicletas de enero a junio de 2011.", Lang::kEs,
                 "7.000 bicicletas") == "2011-H1");
}

TEST_CASE("period: the previous quarter is one before the sentence's quarter",
          "[period][quarter]") {
  const std::string en =
      "In 2021 Kralinger wrote off $65m during the October-to-December quarter, after a "
      "$20m write-down in the previous quarter.";
  CHECK(PeriodOf(en, Lang::kEn, "$65m") == "2021-Q4");
  CHECK(PeriodOf(en, Lang::kEn, "$20m") == "2021-Q3");
  CHECK(PeriodOf("Profit was $8m in the first quarter of 2020, against $5m in the previous "
                 "quarter.",
                 Lang::kEn, "$5m") == "2019-Q4");
  CHECK(PeriodOf("Der Umsatz lag im dritten Quartal 2020 bei 8 Mio. Euro, nach 6 Mio. Euro im "
                 "Vorquartal.",
                 Lang::kDe, "6 Mio. Euro") == "2020-Q2");
  // A rate of change against the previous quarter is the current quarter's.
  CHECK(PeriodOf("Sales rose 5% from the previous quarter in the third quarter of 2020.", Lang::kEn,
                 "5%") == "2020-Q3");
}

TEST_CASE("period: German year-before phrases: 'im Jahr davor', 'ein Jahr zuvor', 'vor einem Jahr'",
          "[period][relative][de]") {
  // A sentence opening with the phrase is about the year before the one the text named last.
  const std::string de =
      "Die Werft Ostkai baute 2015 zwölf Schiffe für 640 Mio. Euro. Im Jahr davor lieferte sie "
      "acht Schiffe für 410 Mio. Euro aus.";
  CHECK(PeriodOf(de, Lang::kDe, "640 Mio. Euro") == "2015");
  CHECK(PeriodOf(de, Lang::kDe, "410 Mio. Euro") == "2014");
  CHECK(PeriodOf("Die Donaublick AG meldete 2021 einen Verlust von 76 Millionen Euro. Ein Jahr "
                 "zuvor verbuchte sie noch einen Gewinn von 1,5 Milliarden Euro.",
                 Lang::kDe, "1,5 Milliarden Euro") == "2020");
  // As a comparison base after "gegenüber", like "im Vorjahr".
  const std::string base =
      "Im Jahr 2019 wurden 465 Fälle gemeldet, gegenüber 255 Fällen im Jahr davor.";
  CHECK(PeriodOf(base, Lang::kDe, "465 Fälle") == "2019");
  CHECK(PeriodOf(base, Lang::kDe, "255 Fällen") == "2018");
  // "Vor einem Jahr" and "Im Vorjahr" opening a sentence count from the publication.
  CHECK(PeriodOf("Vor einem Jahr betrug die Quote nach einer Erhebung noch 12 Prozent.", Lang::kDe,
                 "12 Prozent", kPublished2016) == "2015");
  CHECK(PeriodOf("Der Presserat tagte 2016 zweimal. Im Vorjahr wurde die Zeitung mit 16 "
                 "Verstößen gerügt.",
                 Lang::kDe, "16 Verstößen", kPublished2016) == "2015");
  // Negative: a compound ("Vorjahressieger") states no period of its own.
  CHECK(PeriodOf("Vorjahressieger Kralinger verlor 5 Prozent seines Vorsprungs.", Lang::kDe,
                 "5 Prozent", kPublished2016) == "2016");
  // Inside the sentence without a comparison word the phrase is the nearest figure's period.
  CHECK(PeriodOf("Kralinger machte 2019 Verlust und hatte im Jahr davor 3 Mio. Euro verdient.",
                 Lang::kDe, "3 Mio. Euro") == "2018");
}

TEST_CASE("period es: a year that numbers or names a law is no period", "[period][es][es11]") {
  // Undated texts: the law's year is neither the figure's period nor the article's year.
  CHECK(PeriodOf("Según la Ley 7/1994 de pesca, la multa puede llegar a 2.000 euros.", Lang::kEs,
                 "2.000 euros")
            .empty());
  CHECK(PeriodOf("La Ley 7/1994 prevé multas. La Ley 7/1994 se aplica. Hubo 40 sanciones.",
                 Lang::kEs, "40 sanciones")
            .empty());
  CHECK(PeriodOf("Lo fija la Orden ABC/120/2008: 300 euros por plaza.", Lang::kEs, "300 euros")
            .empty());
  CHECK(PeriodOf("La Ley de 1985 sigue vigente y la ley de 1985 fija 90 plazas.", Lang::kEs,
                 "90 plazas")
            .empty());
  // Negative: a season or a plain year stays a period.
  CHECK(PeriodOf("En la temporada 2019/2020 acudieron 40.000 visitantes.", Lang::kEs,
                 "40.000 visitantes") == "2019/2020");
  CHECK(PeriodOf("En 2012 la empresa facturó 80 millones de euros.", Lang::kEs,
                 "80 millones de euros") == "2012");
}

TEST_CASE("period: German and Spanish year ranges written 'zwischen … und …', 'entre … y …'",
          "[period][de][es]") {
  CHECK(PeriodOf("Zwischen 2011 und 2015 stellte die Veltrin GmbH 420 Mitarbeiter ein.", Lang::kDe,
                 "420 Mitarbeiter") == "2011-2015");
  CHECK(PeriodOf("Entre 2008 y 2013 la cooperativa Almarén perdió 35 millones de euros.", Lang::kEs,
                 "35 millones de euros") == "2008-2013");
  // Negative: two years joined by "und" / "y" without "zwischen" / "entre" are two periods.
  CHECK(PeriodOf("Die Veltrin GmbH verdiente 2011 und 2015 je 6 Mio. Euro.", Lang::kDe,
                 "6 Mio. Euro") == "2015");
  CHECK(PeriodOf("Almarén ganó 7 millones de euros en 2008 y 2013 fue peor.", Lang::kEs,
                 "7 millones de euros") == "2008");
}

TEST_CASE("period: the last quarter of a stated year is its fourth quarter", "[period][quarter]") {
  CHECK(PeriodOf("Output at Dorvane Mills fell 2.4% in the last quarter of 2011.", Lang::kEn,
                 "2.4%") == "2011-Q4");
  CHECK(PeriodOf("Las ventas de Almarén subieron un 6% en el último trimestre de 2019.", Lang::kEs,
                 "6%") == "2019-Q4");
  CHECK(PeriodOf("Im letzten Quartal 2017 verdiente die Veltrin GmbH 8 Millionen Euro.", Lang::kDe,
                 "8 Millionen Euro") == "2017-Q4");
  // Negative: "the last quarter" without its year is the latest quarter, not the fourth.
  CHECK(PeriodOf("Dorvane Mills made a profit in 2011. Output fell 2.4% in the last quarter.",
                 Lang::kEn, "2.4%") == "2011");
}

TEST_CASE("period: a year after the one named before ('a year later', 'im Jahr darauf')",
          "[period]") {
  CHECK(PeriodOf("Dorvane Mills shipped 40,000 tonnes in 2006, then 52,000 tonnes a year later.",
                 Lang::kEn, "52,000 tonnes") == "2007");
  CHECK(PeriodOf("Dorvane Mills lost $4m in 2006. The following year it made $9m.", Lang::kEn,
                 "$9m") == "2007");
  CHECK(PeriodOf("Die Veltrin GmbH machte 2014 Verlust. Im Jahr darauf verdiente sie 5 Mio. Euro.",
                 Lang::kDe, "5 Mio. Euro") == "2015");
  CHECK(PeriodOf("Almarén facturó 20 millones de euros en 2009. Un año después facturó 26 "
                 "millones de euros.",
                 Lang::kEs, "26 millones de euros") == "2010");
  // A quarter keeps its part: the same quarter one year on.
  CHECK(PeriodOf("Kralinger booked $7m of orders in the third quarter of 2011, and a year later "
                 "it booked $5m.",
                 Lang::kEn, "$5m") == "2012-Q3");
  // Negative: the figure before the phrase keeps its own year.
  CHECK(PeriodOf("Dorvane Mills shipped 40,000 tonnes in 2006, then 52,000 tonnes a year later.",
                 Lang::kEn, "40,000 tonnes") == "2006");
  // Negative: no year named before the phrase: no period to count from.
  CHECK(PeriodOf("A year later Dorvane Mills made $9m.", Lang::kEn, "$9m").empty());
}

TEST_CASE("period: two following years after 'Jahre' / 'years' / 'años' are a range", "[period]") {
  CHECK(PeriodOf("In den Jahren 2012 und 2013 baute die Veltrin GmbH 800 Stellen ab.", Lang::kDe,
                 "800 Stellen") == "2012-2013");
  CHECK(PeriodOf("In the years 2012 and 2013 Dorvane Mills cut 800 jobs.", Lang::kEn, "800 jobs") ==
        "2012-2013");
  CHECK(PeriodOf("En los años 2012 y 2013 Almarén despidió a 800 empleados.", Lang::kEs,
                 "800 empleados") == "2012-2013");
  // Negative: years apart are two years, not a range.
  CHECK(PeriodOf("In den Jahren 2009 und 2013 lag der Anteil jeweils bei 4 Prozent.", Lang::kDe,
                 "4 Prozent") == "2013");
}

TEST_CASE("period: a quarter or half named by its months without the noun", "[period][quarter]") {
  CHECK(PeriodOf("Dorvane Mills sold 4,000 boats between July and September 2011.", Lang::kEn,
                 "4,000 boats") == "2011-Q3");
  CHECK(PeriodOf("Dorvane Mills made a loss in 2011. Output grew 0.4% between October and "
                 "December.",
                 Lang::kEn, "0.4%") == "2011-Q4");
  CHECK(PeriodOf("Von Jänner bis März 2014 verkaufte die Veltrin GmbH 900 Boote.", Lang::kDe,
                 "900 Boote") == "2014-Q1");
  CHECK(PeriodOf("Entre enero y junio de 2018 Almarén vendió 300 barcos.", Lang::kEs,
                 "300 barcos") == "2018-H1");
  CHECK(PeriodOf("Entre enero y septiembre de 2018 Almarén vendió 300 barcos.", Lang::kEs,
                 "300 barcos") == "2018-Q1-Q3");
  // Months that span no quarter or half name the year (as "von März 2012 bis Mai 2012" does),
  // not the month that ends them.
  CHECK(PeriodOf("Dorvane Mills sold 4,000 boats between March and May 2011.", Lang::kEn,
                 "4,000 boats") == "2011");
  // Negative: "and" without "between" joins no months.
  CHECK(PeriodOf("Dorvane Mills sold 4,000 boats in July and September 2011.", Lang::kEn,
                 "4,000 boats") == "2011-09");
}

TEST_CASE("period: a quarter without a year takes a year named near it, else the article's",
          "[period][quarter]") {
  const std::string filler =
      " The yard by the river has built boats for the lakes of the north for many decades, and "
      "its workers are known in every harbour of the region for the care they take over every "
      "hull, every mast and every sail they turn out for the fishing families of the coast.";
  // The year named last, far before (another paragraph), gives way to the article's year.
  CHECK(PeriodOf("Dorvane Mills made $4m in 2004 and $5m in 2004 after tax. It was founded in "
                 "1961." +
                     filler + filler + " In the third quarter it made $2m.",
                 Lang::kEn, "$2m") == "2004-Q3");
  // Negative: a year named just before is the quarter's.
  CHECK(PeriodOf("Dorvane Mills made $4m in 2004 and $5m in 2004 after tax." + filler + filler +
                     " It lost $3m in 2003. In the third quarter it made $2m.",
                 Lang::kEn, "$2m") == "2003-Q3");
}

TEST_CASE("period: a year-before phrase inside a sentence without a comparison word", "[period]") {
  CHECK(PeriodOf("Die Veltrin GmbH verdiente 2014 rund 9 Mio. Euro, nach 6 Mio. Euro ein Jahr "
                 "zuvor.",
                 Lang::kDe, "6 Mio. Euro") == "2013");
  CHECK(PeriodOf("Almarén vendió 90 barcos en 2014. La cifra superó a la de 70 barcos vendidos el "
                 "año anterior.",
                 Lang::kEs, "70 barcos") == "2013");
  // Negative: "wie im Jahr zuvor" compares; the figure keeps the text's year.
  CHECK(PeriodOf("Die Veltrin GmbH baute 2014 Boote. Sie verkaufte 900 Boote, doppelt so viele wie "
                 "im Jahr zuvor.",
                 Lang::kDe, "900 Boote") == "2014");
}

TEST_CASE("period: 'in the quarter' is the quarter the text named first", "[period][quarter]") {
  CHECK(PeriodOf("Dorvane Mills sold more boats in the third quarter of 2012. Its profit was $4m "
                 "in the quarter.",
                 Lang::kEn, "$4m") == "2012-Q3");
  // The lead's quarter, not a comparison quarter named after it.
  CHECK(PeriodOf("Dorvane Mills sold more boats in the third quarter of 2012. Revenue rose "
                 "from $9m in the third quarter of 2011. Its profit was $4m during the quarter.",
                 Lang::kEn, "$4m") == "2012-Q3");
  CHECK(PeriodOf("Die Veltrin GmbH legte im zweiten Quartal 2013 zu. Sie verkaufte in diesem "
                 "Quartal 700 Boote.",
                 Lang::kDe, "700 Boote") == "2013-Q2");
  CHECK(PeriodOf("Almarén creció en el primer trimestre de 2014. Vendió 300 barcos en el "
                 "trimestre.",
                 Lang::kEs, "300 barcos") == "2014-Q1");
  // Negative: no quarter named before: the year only.
  CHECK(PeriodOf("Dorvane Mills made a loss in 2012. Its profit was $4m in the quarter.", Lang::kEn,
                 "$4m") == "2012");
  // Negative: "im Quartal" is per quarter.
  CHECK(PeriodOf("Die Veltrin GmbH legte im zweiten Quartal 2013 zu. Sie baut 2014 rund 700 "
                 "Boote im Quartal.",
                 Lang::kDe, "700 Boote") == "2014");
}

TEST_CASE("period: 'in the quarter before' is not the quarter named before", "[period][quarter]") {
  // The quarter before is another quarter: not the one the text named (the year stays).
  CHECK(PeriodOf("Tarnwick Boats earned $7m in the second quarter of 2015. It made $2m in the "
                 "quarter before.",
                 Lang::kEn, "$2m") != "2015-Q2");
  CHECK(PeriodOf("Die Olmbach AG legte im vierten Quartal 2017 zu. In dem Quartal davor waren es "
                 "6 Mio. Euro.",
                 Lang::kDe, "6 Mio. Euro") != "2017-Q4");
  CHECK(PeriodOf("Almarén ganó 8 millones en el tercer trimestre de 2016. En el trimestre "
                 "anterior ganó 5 millones.",
                 Lang::kEs, "5 millones") != "2016-Q3");
  // Negative: "in the quarter" with no such word keeps the quarter named before.
  CHECK(PeriodOf("Tarnwick Boats earned $7m in the second quarter of 2015. It made $2m in the "
                 "quarter.",
                 Lang::kEn, "$2m") == "2015-Q2");
}

TEST_CASE("period: 'que el año anterior' compares past an article", "[period]") {
  // "20 más que el año anterior": a difference in the sentence's year, no figure of the
  // year before.
  CHECK(PeriodOf("En 2017 Almarén vendió 400 barcos, 30 más que el año anterior.", Lang::kEs,
                 "30 más") == "2017");
  // Negative: with no comparison word the year before is the figure's.
  CHECK(PeriodOf("Almarén vendió en 2017 400 barcos. Vendió el año anterior 250 barcos.", Lang::kEs,
                 "250 barcos") == "2016");
}

TEST_CASE("period: a Spanish month without a year is that month of the article's year",
          "[period][month]") {
  const std::string lead =
      "En 2011 la economía de Velmora creció poco; en 2011 cerró dos puertos. ";
  CHECK(PeriodOf(lead + "Las tarifas de Velmora subieron un 0,4 por ciento en marzo.", Lang::kEs,
                 "0,4 por ciento") == "2011-03");
  CHECK(PeriodOf(lead + "La tasa bajó desde el 1,2 por ciento de julio.", Lang::kEs,
                 "1,2 por ciento") == "2011-07");
  // The same month with another year names a comparison; the month alone is the current one.
  CHECK(PeriodOf(lead + "La tasa fue del 2,1 por ciento en mayo, frente al 1,8 por ciento de mayo "
                        "de 2008.",
                 Lang::kEs, "2,1 por ciento") == "2011-05");
  // Negatives: a day's date, a bound and a range name no month of their own.
  CHECK(PeriodOf(lead + "El 3 de mayo Tarquesa vendió 40 barcos.", Lang::kEs, "40 barcos") ==
        "2011");
  CHECK(PeriodOf(lead + "Tarquesa vendió 40 barcos antes de junio.", Lang::kEs, "40 barcos") ==
        "2011");
  CHECK(PeriodOf(lead + "Tarquesa vendió 40 barcos en julio y agosto.", Lang::kEs, "40 barcos") ==
        "2011");
}

TEST_CASE("period: an English month without a year after in is that month of the article's year",
          "[period][month][en]") {
  const std::string lead =
      "Korvath Marine built 900 dinghies in 2011. In 2011 it also shut a dock. ";
  CHECK(PeriodOf(lead + "Bookings at Korvath slipped 0.6% in March.", Lang::kEn, "0.6%") ==
        "2011-03");
  // Opening the sentence it dates the clause after its comma.
  CHECK(PeriodOf(lead + "In May, Korvath's freight grew 2.3%.", Lang::kEn, "2.3%") == "2011-05");
  CHECK(
      PeriodOf(lead + "Korvath's tonnage climbed to 4,100 tonnes in June from 3,900 tonnes in May.",
               Lang::kEn, "3,900 tonnes") == "2011-05");
  // Negatives: the month of an event a few words away, a month in another clause, a month
  // after another clause's comma and a range of months date no figure.
  CHECK(PeriodOf(lead + "A $300m credit line granted to the dock operator runs out in August.",
                 Lang::kEn, "$300m") == "2011");
  CHECK(PeriodOf(lead + "Korvath shipped 80 dinghies in October, lifting the yearly total 7% to "
                        "960 dinghies.",
                 Lang::kEn, "7%") == "2011");
  CHECK(PeriodOf(lead + "Talks may end in April, when the 31 partner yards meet.", Lang::kEn,
                 "31 partner yards") == "2011");
  CHECK(PeriodOf(lead + "Korvath sold 40 dinghies in July and August.", Lang::kEn, "40 dinghies") ==
        "2011");
}

TEST_CASE("period: an English month alone is not a report's or a starting point's month",
          "[period][month][en]") {
  const std::string lead =
      "Korvath Marine built 900 dinghies in 2011. In 2011 it also shut a dock. ";
  // Negatives: the month of a report (a speech verb before "in" or before its object), of a
  // starting point and of a fiscal year's end, and a comma list of months.
  CHECK(PeriodOf(lead + "Korvath announced in June that its crews grew 5%.", Lang::kEn, "5%") ==
        "2011");
  CHECK(PeriodOf(lead + "Korvath told dealers in June its dinghy prices rose 3%.", Lang::kEn,
                 "3%") == "2011");
  CHECK(PeriodOf(lead + "Korvath stock has gained 18% since floating in April.", Lang::kEn,
                 "18%") == "2011");
  CHECK(PeriodOf(lead + "Income for the year ended in September climbed 6% to $40m.", Lang::kEn,
                 "6%") == "2011");
  CHECK(PeriodOf(lead + "Korvath's output rose 9% in June, July and August.", Lang::kEn, "9%") ==
        "2011");
  CHECK(PeriodOf(lead + "Korvath sold 40 dinghies in May to July.", Lang::kEn, "40 dinghies") ==
        "2011");
  // "to" before a figure, not a month, keeps the month.
  CHECK(PeriodOf(lead + "Korvath's fees climbed 5% in May to $12m.", Lang::kEn, "5%") == "2011-05");
}

TEST_CASE("period: an English comparison base's month later than the figure's is the year before",
          "[period][month][en]") {
  // A scheduled or present statement keeps the publication year for a later month (no tense
  // test decides a past one yet).
  CHECK(PeriodOf("Korvath's harbour fees are set to rise 4% in October.", Lang::kEn, "4%",
                 kPublished2016) == "2016-10");
  CHECK(PeriodOf("Korvath's $2bn harbour bond matures in October.", Lang::kEn, "$2bn",
                 kPublished2016) == "2016-10");
  // Undated: a comparison base's month after "from" later than the sentence's month is of the
  // year before. A month in a "than" comparison dates no figure.
  const std::string lead =
      "Korvath Marine built 900 dinghies in 2011. In 2011 it also shut a dock. ";
  const std::string from =
      lead + "Korvath's dinghy orders reached 6,100 in February from 6,400 in November.";
  CHECK(PeriodOf(from, Lang::kEn, "6,100") == "2011-02");
  CHECK(PeriodOf(from, Lang::kEn, "6,400") == "2010-11");
  CHECK(PeriodOf(lead + "Korvath built 300 fewer dinghies in April than a dock rival did.",
                 Lang::kEn, "300 fewer dinghies") == "2011");
  // A "than" later in the sentence leaves the month. "from X in May to Y" dates X only.
  CHECK(PeriodOf(lead + "Korvath's repair bill rose 8% in April, less than the 9% of a rival.",
                 Lang::kEn, "8%") == "2011-04");
  const std::string from_to = lead + "Korvath's slip fee went from $310 in May to $290.";
  CHECK(PeriodOf(from_to, Lang::kEn, "$310") == "2011-05");
  CHECK(PeriodOf(from_to, Lang::kEn, "$290") == "2011");
}

TEST_CASE("period: a Spanish month after a percent figure and en is the figure's month",
          "[period][month]") {
  const std::string lead = "En 2013 Corvalia abrió tres astilleros; en 2013 cerró uno. ";
  // A number before "en" is the figure, not a day.
  CHECK(PeriodOf(lead + "Las tarifas de Corvalia crecieron un 7 % en octubre.", Lang::kEs, "7 %") ==
        "2013-10");
  // Negative: a day before "de" still names a day's date.
  CHECK(PeriodOf(lead + "El 14 de octubre Corvalia vendió 25 grúas.", Lang::kEs, "25 grúas") ==
        "2013");
}

TEST_CASE("period: a Spanish month followed by a conjunction clause keeps its figure",
          "[period][month]") {
  const std::string lead = "En 2013 Corvalia abrió tres astilleros; en 2013 cerró uno. ";
  CHECK(PeriodOf(lead + "El paro de Corvalia cayó un 3 % en febrero y subió en septiembre.",
                 Lang::kEs, "3 %") == "2013-02");
  // Negative: a conjunction then another month is a range.
  CHECK(PeriodOf(lead + "Corvalia vendió 25 grúas en febrero y septiembre.", Lang::kEs,
                 "25 grúas") == "2013");
}

namespace {

// The periods of an article's figures after attribution (metrics set), by surface.
std::string AttributedPeriodOf(const std::string& body, Lang lang, const std::string& surface,
                               std::optional<int64_t> published = std::nullopt) {
  static const nf::Extractor x;
  nf::Article a;
  a.id = "t";
  a.lang = lang;
  a.body = body;
  a.published_at_ms = published;
  nf::Extraction out;
  REQUIRE(x.Extract(a, &out).ok());
  for (const nf::Figure& f : out.figures) {
    if (f.surface == surface) return f.period;
  }
  FAIL("no figure «" << surface << "» in: " << body);
  return {};
}

}  // namespace

TEST_CASE("period: a level or one-off whose sentence states no period takes no article year",
          "[period][article]") {
  const std::string de =
      "Die Brennholt AG legte am Montag die Bilanz für 2018 vor. Der Umsatz stieg um 4 Prozent "
      "auf 2,1 Mrd. Euro. Der Fonds Ostravia hält 12 Prozent an der Brennholt AG. Das "
      "Unternehmen beschäftigt 3.400 Mitarbeiter. Für 2018 zahlt Brennholt eine Dividende.";
  CHECK(AttributedPeriodOf(de, Lang::kDe, "12 Prozent").empty());
  CHECK(AttributedPeriodOf(de, Lang::kDe, "3.400 Mitarbeiter").empty());
  const std::string es =
      "Tecnovía presentó sus cuentas de 2019. La facturación creció un 6 % hasta 300 millones "
      "de euros. El fondo Marvella controla el 15 % del capital de Tecnovía. La empresa emplea "
      "a 2.100 trabajadores. En 2019 Tecnovía abrió dos tiendas.";
  CHECK(AttributedPeriodOf(es, Lang::kEs, "15 %").empty());
  CHECK(AttributedPeriodOf(es, Lang::kEs, "2.100 trabajadores").empty());
  const std::string en =
      "Brightwater reported its 2021 results on Monday. Profit rose 12% to $40m. The Calder fund "
      "owns a 9% stake in Brightwater. Brightwater agreed to buy Olvane for $250m. In 2021 "
      "Brightwater opened two plants.";
  CHECK(AttributedPeriodOf(en, Lang::kEn, "9%").empty());
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$250m").empty());
  // Negatives: the results keep the article's year; a stake whose sentence names its year
  // keeps it; without a year in the text the publication year still stands in.
  CHECK(AttributedPeriodOf(de, Lang::kDe, "4 Prozent") == "2018");
  CHECK(AttributedPeriodOf(de, Lang::kDe, "2,1 Mrd. Euro") == "2018");
  CHECK(AttributedPeriodOf(es, Lang::kEs, "300 millones de euros") == "2019");
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$40m") == "2021");
  CHECK(AttributedPeriodOf("Brightwater reported its 2021 results on Monday. At the end of 2021 "
                           "the Calder fund owned a 9% stake in Brightwater.",
                           Lang::kEn, "9%") == "2021");
  CHECK(AttributedPeriodOf("Das Unternehmen beschäftigt 3.400 Mitarbeiter.", Lang::kDe,
                           "3.400 Mitarbeiter", kPublished2016) == "2016");
}

TEST_CASE("period: a year the text names only in dates is no article year", "[period][article]") {
  // The one year named dates an event the text recalls, not the results it reports.
  CHECK(PeriodOf("Im Juni 2013 stellte die Velkor AG einen neuen Chef vor. Der Umsatz stieg um "
                 "4 Prozent auf 80 Millionen Euro.",
                 Lang::kDe, "4 Prozent")
            .empty());
  CHECK(PeriodOf("Die Velkor AG baut 120 Stellen ab. (apn, 23. 8. 2011)", Lang::kDe, "120 Stellen")
            .empty());
  CHECK(PeriodOf("On June 30 2013 Kellmoor closed its last mine. Sales fell 3% to $90m.", Lang::kEn,
                 "3%")
            .empty());
  // Negative: digits that are no day and month (a month 1-12, a day 1-31) make no date.
  CHECK(PeriodOf("Die Velkor AG baut 120 Stellen ab. (apn, 23. 14. 2011; dpa, 24. 14. 2011)",
                 Lang::kDe, "120 Stellen") == "2011");
  CHECK(PeriodOf("En mayo de 2012 la firma Tecnovía cambió de sede. Sus ventas crecieron un 6 % "
                 "hasta 300 millones de euros.",
                 Lang::kEs, "6 %")
            .empty());
  CHECK(PeriodOf("La firma Tecnovía fue multada en mayo del 2018. Emplea a 2.100 personas.",
                 Lang::kEs, "2.100 personas")
            .empty());
  CHECK(PeriodOf("In February 2009 Kellmoor closed its last mine. Sales fell 3% to $90m.",
                 Lang::kEn, "3%")
            .empty());
  CHECK(PeriodOf("Kellmoor was sued in July of 1997. It will cut 1,400 jobs.", Lang::kEn,
                 "1,400 jobs")
            .empty());
  // With a publication time, its year stands in only when it is the dated year: a text
  // published in 2016 that dates an event in 2015 may report on either year.
  CHECK(PeriodOf("Im Oktober 2015 stieg der Umsatz der Velkor AG um 3 Prozent. Der Gewinn lag "
                 "bei 7 Millionen Euro.",
                 Lang::kDe, "7 Millionen Euro", kPublished2016)
            .empty());
  CHECK(PeriodOf("En noviembre de 2015 Tecnovía cambió de sede. Sus ventas crecieron un 6 %.",
                 Lang::kEs, "6 %", kPublished2016)
            .empty());
  CHECK(PeriodOf("On 30 September 2015 Kellmoor closed its last mine. Sales fell 3% to $90m.",
                 Lang::kEn, "3%", kPublished2016)
            .empty());
  CHECK(PeriodOf("Im Januar 2016 stellte die Velkor AG einen neuen Chef vor. Der Gewinn lag bei "
                 "7 Millionen Euro.",
                 Lang::kDe, "7 Millionen Euro", kPublished2016) == "2016");
  // Without a publication time, a full date early in the text (a date line or the event it
  // reports) does not stand in; a current-year statement of that year does.
  CHECK(PeriodOf("Lindau, 9. Februar 2011 – Die Velkor AG stellte einen neuen Chef vor. Der "
                 "Gewinn lag bei 7 Millionen Euro.",
                 Lang::kDe, "7 Millionen Euro")
            .empty());
  CHECK(PeriodOf("On 3 May 2011 Kellmoor closed its last mine. Sales fell 3% to $90m.", Lang::kEn,
                 "3%")
            .empty());
  CHECK(PeriodOf("Lindau, 9. Februar 2011 – Die Velkor AG stellte einen neuen Chef vor. Der "
                 "Gewinn lag bei 7 Millionen Euro. Für dieses Jahr 2011 erwartet sie mehr.",
                 Lang::kDe, "7 Millionen Euro") == "2011");
  // Negatives: the same year named once more outside a date is the article's year; so is a
  // year after words that are no month ("the end of 2004", "el ejercicio de 2012").
  CHECK(PeriodOf("Im Jahr 2013 wuchs die Velkor AG. Im Juni 2013 stellte sie einen neuen "
                 "Chef vor. Der Umsatz stieg um 4 Prozent auf 80 Millionen Euro.",
                 Lang::kDe, "4 Prozent") == "2013");
  CHECK(PeriodOf("Tecnovía cerró el ejercicio de 2012 con ganancias. Sus ventas crecieron un 6 % "
                 "hasta 300 millones de euros.",
                 Lang::kEs, "6 %") == "2012");
  CHECK(PeriodOf("Kellmoor's debt was cut by the end of 2009. Sales fell 3% to $90m.", Lang::kEn,
                 "3%") == "2009");
  // A month's figure keeps the month its sentence states.
  CHECK(PeriodOf("In February 2009 Kellmoor sold 40,000 cars.", Lang::kEn, "40,000 cars") ==
        "2009-02");
}

TEST_CASE("period: a month that ends or starts a report period dates no event",
          "[period][article]") {
  // Its year is the year the text reports on: a figure in the next sentence takes it.
  CHECK(PeriodOf("Von Februar bis April 2013 stieg der Umsatz der Velkor AG um 3 Prozent. Der "
                 "Gewinn wuchs um 5 Prozent.",
                 Lang::kDe, "5 Prozent") == "2013");
  CHECK(PeriodOf("In the year to June 2013 Kellmoor earned $40m. Sales rose 6%.", Lang::kEn,
                 "6%") == "2013");
  CHECK(PeriodOf("Kellmoor earned $40m in the year ended 30 June 2013. Sales rose 6%.", Lang::kEn,
                 "6%") == "2013");
  // The end of a month after a joiner ends a period too.
  CHECK(PeriodOf("Der Umsatz der Velkor AG stieg bis Ende März 2015 um 3 Prozent. Der Gewinn "
                 "wuchs um 2 Prozent.",
                 Lang::kDe, "2 Prozent") == "2015");
  CHECK(PeriodOf("Kellmoor's sales rose 3% to the end of March 2015. Profit grew 2%.", Lang::kEn,
                 "2%") == "2015");
  CHECK(PeriodOf("El ejercicio de Tecnovía cerró en junio de 2013 con 40 millones de euros. Sus "
                 "ventas crecieron un 6 %.",
                 Lang::kEs, "6 %") == "2013");
  // Negatives: a month after other words still dates an event, and neither year of a span
  // across years is the one reported on.
  CHECK(PeriodOf("Die Velkor AG schloss von Mai 2010 bis Oktober 2013 rund 90 Verträge ab. Der "
                 "Gewinn wuchs um 5 Prozent.",
                 Lang::kDe, "5 Prozent")
            .empty());
  CHECK(PeriodOf("Tecnovía cambió de sede a noviembre de 2013. Sus ventas crecieron un 6 %.",
                 Lang::kEs, "6 %")
            .empty());
  // Nor is a period in a sentence without a figure: it dates an event (a study, a plan).
  CHECK(PeriodOf("Die Studie lief vom 1. Februar bis 30. April 2013. Der Gewinn der Velkor AG "
                 "wuchs um 5 Prozent.",
                 Lang::kDe, "5 Prozent")
            .empty());
  CHECK(PeriodOf("Im Juni 2013 stellte die Velkor AG einen neuen Chef vor. Der Gewinn wuchs um 5 "
                 "Prozent.",
                 Lang::kDe, "5 Prozent")
            .empty());
  CHECK(PeriodOf("Kellmoor was sued on 30 June 2013. Sales rose 6%.", Lang::kEn, "6%").empty());
}

TEST_CASE("period: a level whose text names its year only in dates takes no publication year",
          "[period][article]") {
  // A year named only in a date of another year than the publication's gives no year: a
  // result takes none, and a stake none either.
  const std::string before =
      "Am 9. Februar 2015 legte die Velkor AG die Bilanz vor. Der Fonds Ostravia hält 12 Prozent "
      "an der Velkor AG. Der Umsatz stieg um 4 Prozent.";
  CHECK(AttributedPeriodOf(before, Lang::kDe, "4 Prozent", kPublished2016).empty());
  CHECK(AttributedPeriodOf(before, Lang::kDe, "12 Prozent", kPublished2016).empty());
  // The publication year stands in for a year named only in a date of that year, and it
  // counts as a year the text names: a stake still takes no year its sentence does not
  // state, while in a text naming no year it keeps the publication year.
  const std::string de =
      "Am 9. Februar 2016 legte die Velkor AG die Bilanz vor. Der Fonds Ostravia hält 12 Prozent "
      "an der Velkor AG.";
  CHECK(AttributedPeriodOf(de, Lang::kDe, "12 Prozent", kPublished2016).empty());
  CHECK(AttributedPeriodOf("Der Fonds Ostravia hält 12 Prozent an der Velkor AG.", Lang::kDe,
                           "12 Prozent", kPublished2016) == "2016");
  // Negative: a result takes the publication year.
  CHECK(AttributedPeriodOf(de + " Der Umsatz stieg um 4 Prozent.", Lang::kDe, "4 Prozent",
                           kPublished2016) == "2016");
}

TEST_CASE("period: a money figure and its conversions in brackets share one period", "[period]") {
  // Behind the ";" inside the brackets the period stated after the group is still theirs.
  const std::string en =
      "Harwick Foods earned 40m pesos ($2.1m; £1.6m) in the third quarter of 2019, it said.";
  CHECK(PeriodOf(en, Lang::kEn, "40m pesos") == "2019-Q3");
  CHECK(PeriodOf(en, Lang::kEn, "$2.1m") == "2019-Q3");
  CHECK(PeriodOf(en, Lang::kEn, "£1.6m") == "2019-Q3");
  const std::string de =
      "Der Konzern Velmora investierte 40 Milliarden Yuan (5,5 Milliarden Euro; 4,8 Milliarden "
      "Pfund) im ersten Halbjahr 2021.";
  CHECK(PeriodOf(de, Lang::kDe, "5,5 Milliarden Euro") == "2021-H1");
  // The group's period is the one nearest to the whole group: after the bracket it beats
  // one before the amount ("… in 2016 into a 90m pesos ($5m) profit the following year").
  CHECK(PeriodOf("Tovaro turned a loss in 2016 into a 90m pesos ($5m) profit the following "
                 "year.",
                 Lang::kEn, "90m pesos") == "2017");
  // Negatives: a year between the amount and the bracket breaks the group; figures outside
  // brackets keep their own periods.
  const std::string two = "Tovaro spent 40m pesos in 2018 ($2.1m), and 52m pesos ($2.7m) in 2019.";
  CHECK(PeriodOf(two, Lang::kEn, "40m pesos") == "2018");
  CHECK(PeriodOf(two, Lang::kEn, "$2.1m") == "2018");
  CHECK(PeriodOf(two, Lang::kEn, "52m pesos") == "2019");
  CHECK(PeriodOf("Sales rose 5% (to 30m pesos) in 2018; costs fell 2% in 2019.", Lang::kEn, "2%") ==
        "2019");
}

TEST_CASE("period: anaphora take the year the text named last before them", "[period]") {
  // German: "damals" is the year named before, not the article's year (2019).
  const std::string de =
      "Die Firma Kaltenbrunn setzte 2019 rund 50 Millionen Euro um. Im Jahr 2019 stieg der "
      "Gewinn um 4 Prozent. Ihr erstes Werk eröffnete sie 2008. Die Kosten damals lagen bei "
      "2 Millionen Euro. Im selben Jahr kamen 40 Mitarbeiter dazu.";
  CHECK(PeriodOf(de, Lang::kDe, "2 Millionen Euro") == "2008");
  CHECK(PeriodOf(de, Lang::kDe, "40 Mitarbeiter") == "2008");
  CHECK(PeriodOf(de, Lang::kDe, "50 Millionen Euro") == "2019");
  // Spanish: "ese año", "en aquel momento", and a span of years named before it.
  const std::string es =
      "Vandeira facturó 30 millones de euros en 2021. En 2021 abrió dos tiendas. La firma nació "
      "en 1998. Ese año vendió 4.000 bicicletas. En aquel momento tenía 12 empleados.";
  CHECK(PeriodOf(es, Lang::kEs, "4.000 bicicletas") == "1998");
  CHECK(PeriodOf(es, Lang::kEs, "12 empleados") == "1998");
  CHECK(PeriodOf("La crisis duró entre 2008 y 2010, y el paro de aquel entonces llegó al 20 %.",
                 Lang::kEs, "20 %") == "2008-2010");
  // English: "at the time", "that year".
  const std::string en =
      "Corvin Motors sold 80,000 cars in 2022. Profit in 2022 rose 3%. The firm opened its first "
      "plant in 1995. At the time it employed 400 workers. That year it sold 900 cars.";
  CHECK(PeriodOf(en, Lang::kEn, "400 workers") == "1995");
  CHECK(PeriodOf(en, Lang::kEn, "900 cars") == "1995");
  // Negatives: "von damals" is a modifier; the present beats "damals" when nearer; "at the
  // time of writing", "that year-on-year" are no anaphora; a year named far before (here over
  // 600 bytes) is not what "en aquel momento" points back to.
  const std::string de_neg =
      "Die Firma Kaltenbrunn setzte 2019 rund 50 Millionen Euro um. Ihr erstes Werk eröffnete "
      "sie 2008. Die Pläne von damals sind Makulatur, etwa 5000 Bewohner kehrten zurück. "
      "Eine Jahreskarte kostete damals 80 Euro, heute verlangt der Zoo 150 Euro.";
  CHECK(PeriodOf(de_neg, Lang::kDe, "5000 Bewohner") != "2008");
  CHECK(PeriodOf(de_neg, Lang::kDe, "80 Euro") == "2008");
  CHECK(PeriodOf(de_neg, Lang::kDe, "150 Euro") != "2008");
  const std::string en_neg =
      "Corvin Motors sold 80,000 cars in 2022. Profit in 2022 rose 3%. The firm opened its first "
      "plant in 1995. At the time of writing it employs 400 workers. Analysts said that "
      "year-on-year sales rose 4%.";
  CHECK(PeriodOf(en_neg, Lang::kEn, "400 workers") != "1995");
  CHECK(PeriodOf(en_neg, Lang::kEn, "4%") != "1995");
  std::string far = "La firma Vandeira nació en 1998.";
  for (int k = 0; k < 15; ++k) far += " Los clientes llegan de muchas ciudades y compran cascos.";
  far += " En aquel momento tenía 12 empleados.";
  CHECK(PeriodOf(far, Lang::kEs, "12 empleados").empty());
}

TEST_CASE("period: an anaphor after the present takes the year stated before both", "[period]") {
  // "heute" stands for the publication year (2016): no year the text states.
  const std::string de =
      "Der Ruderclub Tesbach entstand 1975. Heute zählt er 900 Mitglieder, damals waren es 35 "
      "Mitglieder.";
  CHECK(PeriodOf(de, Lang::kDe, "35 Mitglieder", kPublished2016) == "1975");
  const std::string en =
      "The Tesbach rowing club started in 1975. Today it has 900 members, while at the time it "
      "had 35 members.";
  CHECK(PeriodOf(en, Lang::kEn, "35 members", kPublished2016) == "1975");
  // Negative: the present itself keeps the publication year.
  CHECK(PeriodOf(de, Lang::kDe, "900 Mitglieder", kPublished2016) == "2016");
  CHECK(PeriodOf(en, Lang::kEn, "900 members", kPublished2016) == "2016");
}

TEST_CASE("period: a budget that borrows its metric shares the period its source states",
          "[period][article]") {
  const std::string en =
      "Velmora's parliament passed a health budget of $3bn for 2007. The ministry had wanted "
      "$4bn.";
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$4bn") == "2007");
  // Negative: when the source's sentence states no period either, none (not the article's
  // year).
  const std::string none =
      "Velmora's results for 2007 came out on Monday. The parliament passed a health budget of "
      "$3bn. The ministry had wanted $4bn. Profit in 2007 rose 3%.";
  CHECK(AttributedPeriodOf(none, Lang::kEn, "$4bn").empty());
}

TEST_CASE("period: a price, population, budget or assets figure takes no article year",
          "[period][article]") {
  const std::string de =
      "Die Brennholt AG legte am Montag die Bilanz für 2018 vor. Der Umsatz stieg um 4 Prozent "
      "auf 2,1 Mrd. Euro. Die Aktie der Brennholt AG kostete am Abend 23,40 Euro. In der "
      "Gemeinde Velden leben 9.000 Einwohner.";
  CHECK(AttributedPeriodOf(de, Lang::kDe, "23,40 Euro").empty());
  CHECK(AttributedPeriodOf(de, Lang::kDe, "9.000 Einwohner").empty());
  const std::string es =
      "Tecnovía presentó sus cuentas de 2019. La facturación creció un 6 % hasta 300 millones "
      "de euros. El precio de la acción de Tecnovía bajó a 12,50 euros. El municipio de Arbeca "
      "tiene 6.000 habitantes.";
  CHECK(AttributedPeriodOf(es, Lang::kEs, "12,50 euros").empty());
  CHECK(AttributedPeriodOf(es, Lang::kEs, "6.000 habitantes").empty());
  const std::string en =
      "Brightwater reported its 2021 results on Monday. Profit rose 12% to $40m. Its cheapest "
      "e-bike sells for $1,200. Olvane, where it is based, has 45,000 residents.";
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$1,200").empty());
  CHECK(AttributedPeriodOf(en, Lang::kEn, "45,000 residents").empty());
  const std::string en2 =
      "Brightwater reported its 2021 results on Monday. Profit rose 12% to $40m. The town of "
      "Olvane has a budget of $3m. Brightwater holds cash reserves of $90m.";
  CHECK(AttributedPeriodOf(en2, Lang::kEn, "$3m").empty());
  CHECK(AttributedPeriodOf(en2, Lang::kEn, "$90m").empty());
  // Negatives: results keep the article's year; a price whose sentence names its year keeps it.
  CHECK(AttributedPeriodOf(de, Lang::kDe, "2,1 Mrd. Euro") == "2018");
  CHECK(AttributedPeriodOf(es, Lang::kEs, "300 millones de euros") == "2019");
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$40m") == "2021");
  CHECK(AttributedPeriodOf("Brightwater reported its 2021 results on Monday. At the end of 2021 "
                           "its cheapest e-bike sold for $1,150.",
                           Lang::kEn, "$1,150") == "2021");
}

TEST_CASE("period: the old value of a change takes no article year", "[period][article]") {
  // "from X to Y": X is the level before the change, not the report year's.
  const std::string en =
      "Harlow Mills reported its 2021 results. In 2021 its yield slipped from 4.8% to 4.1%.";
  const std::string en2 =
      "Harlow Mills reported its 2021 results. Its yield slipped from 4.8% to 4.1%.";
  CHECK(PeriodOf(en2, Lang::kEn, "4.8%").empty());
  CHECK(PeriodOf(en2, Lang::kEn, "4.1%") == "2021");
  const std::string de =
      "Die Velmora AG legte die Bilanz für 2019 vor. Die Quote der Neukunden kletterte von 31 auf "
      "36 Prozent.";
  CHECK(PeriodOf(de, Lang::kDe, "31").empty());
  CHECK(PeriodOf(de, Lang::kDe, "36 Prozent") == "2019");
  // Negatives: a period the sentence states is still both values'; a range is no change.
  CHECK(PeriodOf(en, Lang::kEn, "4.8%") == "2021");
  CHECK(PeriodOf("Die Velmora AG legte die Bilanz für 2019 vor. Sie beschäftigt zwischen 300 "
                 "und 400 Leiharbeiter.",
                 Lang::kDe, "300")
            .substr(0, 4) == "2019");
}

TEST_CASE("period: a percentage of those a survey asked takes no article year",
          "[period][article]") {
  const std::string en =
      "Harlow Mills reported its 2021 results. Profit rose 12% to $40m. Asked by a pollster, 38% "
      "of those asked wanted its bikes cheaper.";
  CHECK(PeriodOf(en, Lang::kEn, "38%").empty());
  const std::string de =
      "Die Velmora AG legte die Bilanz für 2019 vor. Der Umsatz stieg um 4 Prozent. 61 Prozent "
      "der Befragten mögen das Logo.";
  CHECK(PeriodOf(de, Lang::kDe, "61 Prozent").empty());
  const std::string es =
      "Tecnovía presentó sus cuentas de 2019 y de 2019 habló su consejero. La facturación creció "
      "un 6 %. El 40 % de los encuestados conoce la marca.";
  CHECK(PeriodOf(es, Lang::kEs, "40 %").empty());
  // Negatives: results keep the article's year; a survey's year stated in the sentence stays.
  CHECK(PeriodOf(en, Lang::kEn, "12%") == "2021");
  CHECK(PeriodOf(de, Lang::kDe, "4 Prozent") == "2019");
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. In a 2021 poll, 38% of those asked "
                 "wanted its bikes cheaper.",
                 Lang::kEn, "38%") == "2021");
}

TEST_CASE("period: a capitalised Survey inside a name is a body and no survey",
          "[period][article]") {
  // Any capitalised word before it, not only "Geological" or "Ordnance": the year the text
  // reports on stays.
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. The Kelmar Coastal Survey said 45% of "
                 "the shore was lost.",
                 Lang::kEn, "45%") == "2021");
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. Data from the Brevik Hydrographic "
                 "Survey show 12% of the harbour silted up.",
                 Lang::kEn, "12%") == "2021");
  // Negatives: "Survey" after an article or "A", a lower-case "survey" after a name, and a
  // share of those asked in a named survey still take none.
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. The Survey found 45% of riders liked "
                 "the bikes.",
                 Lang::kEn, "45%")
            .empty());
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. A Survey by Kelby found 45% of riders "
                 "liked the bikes.",
                 Lang::kEn, "45%")
            .empty());
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. The Kelmar survey found 45% of riders "
                 "liked the bikes.",
                 Lang::kEn, "45%")
            .empty());
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. The Kelmar Rider Survey found 45% of "
                 "those asked liked the bikes.",
                 Lang::kEn, "45%")
            .empty());
}

TEST_CASE("period: a survey word only at a word's start, in the text's language, not for a change",
          "[period][article]") {
  // A surveying body's name or another language's survey word ("pollo": chicken) is no
  // survey: the year the text reports on stays.
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. The Norland Geological Survey said tin "
                 "output rose 4%.",
                 Lang::kEn, "4%") == "2021");
  // A rate of change a survey reports is the period's, like any other.
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. Factory orders rose 6%, a survey of "
                 "buyers showed.",
                 Lang::kEn, "6%") == "2021");
  CHECK(PeriodOf("Die Velmora AG legte die Bilanz für 2019 vor. Der Absatz stieg um 7 Prozent, "
                 "wie eine Umfrage zeigt.",
                 Lang::kDe, "7 Prozent") == "2019");
  CHECK(PeriodOf("Tecnovía presentó sus cuentas de 2019 y de 2019 habló su consejero. El precio "
                 "del pollo subió un 6 %.",
                 Lang::kEs, "6 %") == "2019");
  // Negatives: a share of those asked, or a survey the sentence names, still takes none.
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. In a survey of riders, 44% said its "
                 "bikes were too dear.",
                 Lang::kEn, "44%")
            .empty());
  CHECK(PeriodOf("Harlow Mills reported its 2021 results. Barely 9% of those questioned liked "
                 "the new saddle.",
                 Lang::kEn, "9%")
            .empty());
}

TEST_CASE("period: a loan, aid or funds raised take no article year", "[period][article]") {
  const std::string en =
      "Brightwater reported its 2021 results on Monday. Profit rose 12% to $40m. The firm took "
      "a $300m loan from its banks. The government pledged $50m in aid to Olvane.";
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$300m").empty());
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$50m").empty());
  const std::string de =
      "Die Brennholt AG legte am Montag die Bilanz für 2018 vor. Der Umsatz stieg um 4 Prozent "
      "auf 2,1 Mrd. Euro. Die Banken gewährten der Brennholt AG einen Kredit von 90 Mio. Euro.";
  CHECK(AttributedPeriodOf(de, Lang::kDe, "90 Mio. Euro").empty());
  // Negatives: results keep the article's year; a loan whose sentence names its year keeps it.
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$40m") == "2021");
  CHECK(AttributedPeriodOf(de, Lang::kDe, "2,1 Mrd. Euro") == "2018");
  CHECK(AttributedPeriodOf("Brightwater reported its 2021 results on Monday. In 2021 the firm "
                           "took a $300m loan from its banks.",
                           Lang::kEn, "$300m") == "2021");
}

TEST_CASE("period: a year that seit, since or desde starts is the period of no figure",
          "[period]") {
  // The figure takes the article's year (named most often), not the starting point.
  const std::string en =
      "Kelbrook Bank posted its 2019 results. In 2019 its loans grew. The jobless rate fell to "
      "4.1%, its lowest level since September 2011.";
  CHECK(PeriodOf(en, Lang::kEn, "4.1%") == "2019");
  const std::string de =
      "Die Stadt Tarnau zieht Bilanz über 2018. Im Jahr 2018 wuchs sie. Seit 2012 kamen "
      "15.200 Bürger ins Amt.";
  CHECK(PeriodOf(de, Lang::kDe, "15.200 Bürger") == "2018");
  const std::string es =
      "Valdoria cerró 2020 con pérdidas. En 2020 cerró tres tiendas. Desde el año 2014 ha "
      "recibido 15 millones de euros en ayudas.";
  CHECK(PeriodOf(es, Lang::kEs, "15 millones de euros") == "2020");
  // Negatives: a starting point that opens a clause about its year names that clause's
  // figures; "in" and "ab" are no starting points.
  CHECK(PeriodOf("Die Krise ist die schwerste seit 2009, als das BIP um 3,9 Prozent einbrach.",
                 Lang::kDe, "3,9 Prozent") == "2009");
  CHECK(PeriodOf(en + " In 2011 the rate was 9.2%.", Lang::kEn, "9.2%") == "2011");
  CHECK(PeriodOf("Ab 2021 soll die Abgabe 4 Prozent betragen.", Lang::kDe, "4 Prozent") == "2021");
}

TEST_CASE("period: an unresolved relative year in a later clause yields to a stated year",
          "[period][es]") {
  // No publication time and two years named once each: "el año pasado" has no year.
  const std::string es =
      "En 2004 Quimeral facturó 50 millones de euros. Su cuota en 2009, tras la fusión con "
      "Lintara, bajó al 3,2 %, pero el año pasado subió hasta el 6,1 %.";
  CHECK(PeriodOf(es, Lang::kEs, "3,2 %") == "2009");
  // Negative: the figure the relative year stands before keeps no period.
  CHECK(PeriodOf(es, Lang::kEs, "6,1 %").empty());
  // Negative: with a publication time the relative year is resolved and stays the nearest.
  CHECK(PeriodOf(es, Lang::kEs, "3,2 %", kPublished2016) == "2015");
}

TEST_CASE("period: a decade is the range of its ten years", "[period][decade]") {
  CHECK(PeriodOf("Die Firma Zorblat verkaufte in den 1940er-Jahren jährlich 40.000 Geräte.",
                 Lang::kDe, "40.000 Geräte") == "1940-1949");
  CHECK(PeriodOf("Ende der 1970er beschäftigte Kandor rund 900 Mitarbeiter.", Lang::kDe,
                 "900 Mitarbeiter") == "1970-1979");
  CHECK(PeriodOf("Quillex sold 2 million radios a year in the early 1970s.", Lang::kEn,
                 "2 million radios") == "1970-1979");
  CHECK(PeriodOf("During the 2000s the mill lost 30% of its buyers.", Lang::kEn, "30%") ==
        "2000-2009");
  CHECK(PeriodOf("La empresa Tresmar facturó 300 millones de pesetas en los años 70.", Lang::kEs,
                 "300 millones de pesetas") == "1970-1979");
  CHECK(PeriodOf("A finales de los años 80 la firma Oldar tenía 500 empleados.", Lang::kEs,
                 "500 empleados") == "1980-1989");
  CHECK(PeriodOf("En los años 2000 la naviera Pelvor tenía 80 barcos.", Lang::kEs, "80 barcos") ==
        "2000-2009");
  // Negatives: an age ("in seinen 50ern", "con 90 años"), a decade something comes from ("aus
  // den 1960ern") or a noun's attribute ("the 1990s model line"), and a starting point ("seit
  // den 1970ern", "ab Mitte der 1980er", "since the 1960s", "desde los años 50") are no period of
  // the figure.
  // Guards that German two digits are never a decade (no "in den 30er Jahren" form: below) and
  // that no preposition list admits "seinen": an age.
  CHECK(PeriodOf("In seinen 50ern verdiente Hubert Ploss 120.000 Euro.", Lang::kDe,
                 "120.000 Euro") == "");
  // German two digits before "Jahre(n)" are not read: in news of the 2020s "in den 30er Jahren"
  // is as often the 2030s (a target) as the 1930s.
  CHECK(PeriodOf("In den 30er Jahren will Zorblat 200 Windräder am Netz haben.", Lang::kDe,
                 "200 Windräder") == "");
  CHECK(PeriodOf("Viele Kunden in den 50ern zahlen bei Wendra 40 Euro im Monat.", Lang::kDe,
                 "40 Euro") == "");
  CHECK(PeriodOf("Aus den 1960ern stammt eine Platte um 900 Euro.", Lang::kDe, "900 Euro") == "");
  CHECK(PeriodOf("Seit den 1970ern hat Kandor 300 Filialen eröffnet.", Lang::kDe, "300 Filialen") ==
        "");
  CHECK(PeriodOf("Ab Mitte der 1980er eröffnete Kandor insgesamt 70 Filialen.", Lang::kDe,
                 "70 Filialen") == "");
  // Guards the preposition list before "the": "of the 1990s" names no time (the rule does not
  // look at the noun after the decade).
  CHECK(PeriodOf("Vexa shipped 3,000 units of the 1990s model line.", Lang::kEn, "3,000 units") ==
        "");
  CHECK(PeriodOf("Since the 1960s Quillex has opened 400 stores.", Lang::kEn, "400 stores") == "");
  // Guards the order "los años N": an age's "años" follows its number.
  CHECK(PeriodOf("Con 90 años, Ramiro Vallt donó 2 millones de euros.", Lang::kEs,
                 "2 millones de euros") == "");
  CHECK(PeriodOf("Desde los años 50 la cooperativa Ulmar abrió 60 tiendas.", Lang::kEs,
                 "60 tiendas") == "");
  // A starting point across the date words before "los años" (StartWordBeforeYear).
  CHECK(PeriodOf("Desde finales de los años 80 la cadena Ovira ha abierto 45 tiendas.", Lang::kEs,
                 "45 tiendas") == "");
  CHECK(
      PeriodOf("El déficit de Ovira llegó al 7 %, la cifra más alta desde mediados de los años 90.",
               Lang::kEs, "7 %") == "");
  // A round first year of a list of years after "los años" is no decade: the two years' range.
  CHECK(PeriodOf("La cadena Ovira vendió 7.000 bicicletas en los años 2010 y 2011.", Lang::kEs,
                 "7.000 bicicletas") == "2010-2011");
  CHECK(PeriodOf("En los años 2020 y 2021 Ovira ganó 12 millones de euros.", Lang::kEs,
                 "12 millones de euros") == "2020-2021");
  // Three years with a comma: not a decade (the range code keeps the nearest year).
  CHECK(PeriodOf("Ovira cerró 30 tiendas en los años 2020, 2021 y 2022.", Lang::kEs,
                 "30 tiendas") != "2020-2029");
}

TEST_CASE("period: two years a year apart after a business year's noun are one business year",
          "[period][fiscal]") {
  CHECK(PeriodOf("Im Geschäftsjahr 2017-2018 setzte Brandolf 61 Millionen Euro um.", Lang::kDe,
                 "61 Millionen Euro") == "2017/2018");
  CHECK(PeriodOf("Velmora facturó 47 millones de euros en el ejercicio 2011-2012.", Lang::kEs,
                 "47 millones de euros") == "2011/2012");
  CHECK(PeriodOf("Velmora ganó 9 millones en el ejercicio de 2011-2012.", Lang::kEs,
                 "9 millones") == "2011/2012");
  CHECK(PeriodOf("Ostrava lost $14m in the financial year 2018-2019.", Lang::kEn, "$14m") ==
        "2018/2019");
  // Negatives: without the noun two years are a span; years further apart are a span too.
  CHECK(PeriodOf("Zwischen 2017-2018 setzte Brandolf 61 Millionen Euro um.", Lang::kDe,
                 "61 Millionen Euro") == "2017-2018");
  CHECK(PeriodOf("Velmora facturó 47 millones de euros en 2011-2012.", Lang::kEs,
                 "47 millones de euros") == "2011-2012");
  CHECK(PeriodOf("Velmora facturó 47 millones de euros en el ejercicio 2011-2014.", Lang::kEs,
                 "47 millones de euros") == "2011-2014");
  CHECK(PeriodOf("Ostrava lost $14m in the years 2018-2019.", Lang::kEn, "$14m") == "2018-2019");
}

TEST_CASE("period: a German business year to the end of a month is the year it ends in",
          "[period][fiscal][de]") {
  CHECK(PeriodOf("Im Geschäftsjahr bis Ende Juni 2019 setzte Brandolf 61 Millionen Euro um.",
                 Lang::kDe, "61 Millionen Euro") == "2018/2019");
  CHECK(PeriodOf("Der Gewinn des Geschäftsjahres per Ende März 2017 lag bei 8 Millionen Euro.",
                 Lang::kDe, "8 Millionen Euro") == "2016/2017");
  // A business year that ends in December is the calendar year.
  CHECK(PeriodOf("Im Geschäftsjahr bis Ende Dezember 2019 setzte Brandolf 61 Millionen Euro um.",
                 Lang::kDe, "61 Millionen Euro") == "2019");
  // Negatives: a plan until the end of a month is that month, no business year.
  CHECK(PeriodOf("Brandolf will bis Ende Juni 2019 rund 61 Millionen Euro investieren.", Lang::kDe,
                 "61 Millionen Euro") == "2019-06");
}

TEST_CASE("period: an English business year starting in a month is the business year it starts",
          "[period][fiscal][en]") {
  CHECK(PeriodOf("Output will grow 2.3% in the fiscal year starting in July 2011.", Lang::kEn,
                 "2.3%") == "2011/2012");
  CHECK(PeriodOf("Ostrava expects $80m in the financial year beginning on 1 October 2016.",
                 Lang::kEn, "$80m") == "2016/2017");
  // A business year starting in January is the calendar year.
  CHECK(PeriodOf("Output will grow 2.3% in the fiscal year starting in January 2011.", Lang::kEn,
                 "2.3%") == "2011");
  // Negatives: a plan starting in a month is that month; so is any year without "fiscal".
  CHECK(PeriodOf("Output will grow 2.3% in a programme starting in July 2011.", Lang::kEn,
                 "2.3%") == "2011-07");
  CHECK(PeriodOf("Output will grow 2.3% in the year starting in July 2011.", Lang::kEn, "2.3%") ==
        "2011-07");
}

TEST_CASE("period: a period opening a coordinated clause with its own figure is that figure's",
          "[period][coordinated]") {
  const std::string en = "In 2011, Kralinger's exports rose by 4% and in 2014 by 6%.";
  CHECK(PeriodOf(en, Lang::kEn, "4%") == "2011");
  CHECK(PeriodOf(en, Lang::kEn, "6%") == "2014");
  const std::string de =
      "Im Jahr 2011 stieg der Umsatz von Brandolf um 4 Prozent und 2014 um 6 "
      "Prozent.";
  CHECK(PeriodOf(de, Lang::kDe, "4 Prozent") == "2011");
  CHECK(PeriodOf(de, Lang::kDe, "6 Prozent") == "2014");
  const std::string es = "En 2011 las ventas de Velmora crecieron un 4 % y en 2014 un 6 %.";
  CHECK(PeriodOf(es, Lang::kEs, "4 %") == "2011");
  CHECK(PeriodOf(es, Lang::kEs, "6 %") == "2014");
  // Negatives: a period after "and" with no figure of its own is still the figure's; a period
  // right after the figure without a coordinator is the figure's.
  CHECK(PeriodOf("Kralinger's exports rose by 4% and in 2014 the firm hired staff.", Lang::kEn,
                 "4%") == "2014");
  CHECK(PeriodOf("Kralinger's exports rose by 4% in 2014 and by 6% in 2015.", Lang::kEn, "4%") ==
        "2014");
}

TEST_CASE("period: a Spanish business year that ended in a month is the business year it ends",
          "[period][fiscal][es]") {
  CHECK(PeriodOf("Velmora ganó 12 millones de euros en el ejercicio cerrado en junio de 2017.",
                 Lang::kEs, "12 millones de euros") == "2016/2017");
  CHECK(PeriodOf("Velmora ganó 12 millones en el año fiscal que concluyó el 30 de septiembre de "
                 "2017.",
                 Lang::kEs, "12 millones") == "2016/2017");
  CHECK(PeriodOf("El ejercicio terminó en marzo de 2018 con ventas de 95 millones de euros.",
                 Lang::kEs, "95 millones de euros") == "2017/2018");
  // A business year that ends in December is the calendar year.
  CHECK(PeriodOf("Velmora ganó 12 millones de euros en el ejercicio cerrado en diciembre de 2017.",
                 Lang::kEs, "12 millones de euros") == "2017");
  // Negatives: a sale or a plan that ended in a month is that month.
  CHECK(PeriodOf("Velmora ganó 12 millones de euros en la campaña cerrada en junio de 2017.",
                 Lang::kEs, "12 millones de euros") == "2017-06");
  CHECK(PeriodOf("La oferta terminó en junio de 2017 con 12 millones de euros.", Lang::kEs,
                 "12 millones de euros") == "2017-06");
}

TEST_CASE("period: a German business year named by the month it ended in is that business year",
          "[period][fiscal][de]") {
  CHECK(PeriodOf("Im Ende Juni 2019 abgelaufenen Geschäftsjahr setzte Brandolf 61 Millionen Euro "
                 "um.",
                 Lang::kDe, "61 Millionen Euro") == "2018/2019");
  CHECK(PeriodOf("Im zum 30. September 2018 endenden Geschäftsjahr verdiente Brandolf 7 "
                 "Millionen Euro.",
                 Lang::kDe, "7 Millionen Euro") == "2017/2018");
  // Negatives: a month before another noun is that month.
  CHECK(PeriodOf("Im Ende Juni 2019 abgelaufenen Quartal setzte Brandolf 61 Millionen Euro um.",
                 Lang::kDe, "61 Millionen Euro") == "2019-06");
  CHECK(PeriodOf("Im Juni 2019 setzte Brandolf 61 Millionen Euro um.", Lang::kDe,
                 "61 Millionen Euro") == "2019-06");
}

TEST_CASE(
    "period: a Spanish prosecutor (el fiscal) who ended something in a month is no "
    "business year",
    "[period][fiscal][es]") {
  CHECK(PeriodOf("El fiscal concluyó en abril de 2015 que Orvelia ocultó 4 millones de euros.",
                 Lang::kEs, "4 millones de euros") == "2015-04");
  CHECK(PeriodOf("La fiscal cerró en octubre de 2016 el caso de un fraude de 9 millones de euros.",
                 Lang::kEs, "9 millones de euros") == "2016-10");
  CHECK(PeriodOf("El fiscal que terminó en julio de 2014 su escrito reclama 5 millones de euros.",
                 Lang::kEs, "5 millones de euros") == "2014-07");
  // Positives: "fiscal" after "año" or "ejercicio" is a business year.
  CHECK(PeriodOf("Orvelia ganó 4 millones de euros en el ejercicio fiscal cerrado en abril de "
                 "2015.",
                 Lang::kEs, "4 millones de euros") == "2014/2015");
  CHECK(PeriodOf("Orvelia ganó 4 millones de euros en el año fiscal que terminó en abril de 2015.",
                 Lang::kEs, "4 millones de euros") == "2014/2015");
}

TEST_CASE(
    "period: a business year's noun across punctuation does not make a month a business "
    "year",
    "[period][fiscal]") {
  CHECK(PeriodOf("Das Ziel für das laufende Geschäftsjahr: Bis Ende April 2021 sollen die Kosten "
                 "um 14 Millionen Euro sinken.",
                 Lang::kDe, "14 Millionen Euro") == "2021-04");
  CHECK(PeriodOf("Kralinger bestätigte den Ausblick für das Geschäftsjahr – bis Ende Mai 2022 "
                 "soll der Umsatz um 6 Millionen Euro steigen.",
                 Lang::kDe, "6 Millionen Euro") == "2022-05");
  CHECK(PeriodOf("Ostrava closed its fiscal year. Starting in July 2011, output will grow 2.3%.",
                 Lang::kEn, "2.3%") == "2011-07");
  CHECK(PeriodOf("Ostrava reported on the financial year - starting in July 2011, output will "
                 "grow 2.3%.",
                 Lang::kEn, "2.3%") == "2011-07");
}

TEST_CASE("period: a target year behind a conjunction and another figure is that figure's",
          "[period]") {
  // The first figure states a level now; the target ("bis", "by", "para") is the next clause's.
  const std::string de =
      "Der Verein Grünhof zählt heute 610 Mitglieder, und bis 2029 sollen es 900 Mitglieder "
      "werden.";
  CHECK(PeriodOf(de, Lang::kDe, "610 Mitglieder", kPublished2016) == "2016");
  CHECK(PeriodOf(de, Lang::kDe, "900 Mitglieder", kPublished2016) == "2029");
  const std::string en =
      "The Ostley club has 45,000 members now and its board wants 70,000 members by 2029.";
  CHECK(PeriodOf(en, Lang::kEn, "45,000 members", kPublished2016) == "2016");
  CHECK(PeriodOf(en, Lang::kEn, "70,000 members", kPublished2016) == "2029");
  const std::string es =
      "El club Ostley tiene hoy 45.000 socios y su junta quiere llegar a 70.000 socios para 2029.";
  CHECK(PeriodOf(es, Lang::kEs, "45.000 socios", kPublished2016) == "2016");
  CHECK(PeriodOf(es, Lang::kEs, "70.000 socios", kPublished2016) == "2029");
  // Negatives: a figure whose own clause is a forecast shares the target; a year that is no
  // target ("in 2019") is every figure's of its clause.
  CHECK(PeriodOf("Output will rise 5% and exports 7% by 2019.", Lang::kEn, "5%") == "2019");
  CHECK(PeriodOf("Die Flotte wird um 40 Züge wachsen und die Strecke bis 2031 um 300 Kilometer.",
                 Lang::kDe, "40 Züge") == "2031");
  CHECK(PeriodOf("Las ventas subirán un 5 % y las exportaciones un 7 % para 2030.", Lang::kEs,
                 "5 %") == "2030");
  CHECK(PeriodOf("Ostley sold 45,000 tickets and 70,000 scarves in 2029.", Lang::kEn,
                 "45,000 tickets") == "2029");
}

TEST_CASE("period: an English year recalled in a 'since' clause is no article year",
          "[period][en]") {
  // "since <event> in YEAR" recalls a starting point: a figure of a sentence without a period
  // does not take that year as the text's.
  CHECK(PeriodOf("Brelco has grown fast since its founder opened a depot in Leeds in 1987. "
                 "Brelco employs 4,000 drivers.",
                 Lang::kEn, "4,000 drivers") == "");
  CHECK(PeriodOf("Brelco has been quiet since the closure of its old mill in 1983. "
                 "Brelco owes its banks $300m.",
                 Lang::kEn, "$300m") == "");
  CHECK(PeriodOf("Since the merger of the two lenders in 1998, Brelco has led the market. "
                 "Brelco holds 40% of all loans.",
                 Lang::kEn, "40%") == "");
  // Negatives: a year the text reports on, or one after a clause boundary or a sentence end
  // that follows "since", is the article's year.
  CHECK(PeriodOf("Brelco opened 12 depots in 1987. Brelco employs 4,000 drivers.", Lang::kEn,
                 "4,000 drivers") == "1987");
  CHECK(PeriodOf("Brelco has grown since its launch, and it opened 12 depots in 1987. Brelco "
                 "employs 4,000 drivers.",
                 Lang::kEn, "4,000 drivers") == "1987");
  CHECK(PeriodOf("Prices have risen ever since. Brelco opened 12 depots in 1987. Brelco employs "
                 "4,000 drivers.",
                 Lang::kEn, "4,000 drivers") == "1987");
}

TEST_CASE("period: a year in a relative clause on a later noun is not the figure's", "[period]") {
  // The clause after "bei der", "whose", "cuya" recalls that noun's event.
  CHECK(PeriodOf("Holtkamp wuchs 2015 stark. Holtkamp überwies 3 Millionen Euro an die Stifterin "
                 "Ada Korn, bei der im Jahr 1979 die erste Idee entstand.",
                 Lang::kDe, "3 Millionen Euro") == "2015");
  CHECK(PeriodOf("Holtkamp grew strongly in 2015. Holtkamp paid $3m to its patron Ada Korn, "
                 "whose family sold the farm in 1979.",
                 Lang::kEn, "$3m") == "2015");
  CHECK(PeriodOf("Holtkamp creció mucho en 2015. Holtkamp pagó 3 millones de euros a su mecenas "
                 "Ada Korn, cuya familia vendió la granja en 1979.",
                 Lang::kEs, "3 millones de euros") == "");
  // Negatives: a relative clause right after the figure describes it; an apposition's article
  // ("die höchste …") and an article after a preposition ("mit dem Umbau") open none.
  CHECK(PeriodOf("Holtkamp entließ 800 Mitarbeiter, die im Jahr 1994 eingestellt worden waren.",
                 Lang::kDe, "800 Mitarbeiter") == "1994");
  CHECK(PeriodOf("Holtkamp cut 800 jobs, which it had created in 1994.", Lang::kEn, "800 jobs") ==
        "1994");
  CHECK(PeriodOf("Holtkamp despidió a 800 empleados, que fueron contratados en 1994.", Lang::kEs,
                 "800 empleados") == "1994");
  CHECK(PeriodOf("Holtkamp setzte 4 Millionen Euro mit Lampen um, die höchste Summe im Jahr 1994.",
                 Lang::kDe, "4 Millionen Euro") == "1994");
  CHECK(PeriodOf("Holtkamp setzte 4 Millionen Euro mit Lampen um, mit dem Umbau im Jahr 1994.",
                 Lang::kDe, "4 Millionen Euro") == "1994");
}

TEST_CASE("period: a coordinated plan shares its target year (no level stated now)", "[period]") {
  // Both clauses are the plan's: the target is every figure's, unless the first clause states
  // a level now ("hat", "is", "tiene").
  CHECK(PeriodOf("Norvik intends to cut 3,400 jobs and close 45 depots by 2027.", Lang::kEn,
                 "3,400 jobs", kPublished2016) == "2027");
  CHECK(PeriodOf("Norvik recortará 3.400 empleos y cerrará 45 plantas para 2027.", Lang::kEs,
                 "3.400 empleos", kPublished2016) == "2027");
  CHECK(PeriodOf("Norvik streicht 3.400 Stellen und schließt bis 2027 45 Werke.", Lang::kDe,
                 "3.400 Stellen", kPublished2016) == "2027");
}

TEST_CASE("period: a date or the figure's period noun before a comma opens no relative clause",
          "[period]") {
  CHECK(PeriodOf("Das Papier von Norvik sank um 3 Prozent auf 17 Euro am Dienstag, den 14. März "
                 "2023.",
                 Lang::kDe, "17 Euro") == "2023-03");
  CHECK(PeriodOf("Der Gewinn von Norvik wuchs um 6 Prozent auf 55 Millionen Euro im "
                 "Geschäftsjahr, das im März 2023 endete.",
                 Lang::kDe, "55 Millionen Euro") == "2023-03");
  CHECK(PeriodOf("Norvik's profit grew 6% to $55m in the half year, which ended in March 2023.",
                 Lang::kEn, "$55m") == "2023-03");
}

TEST_CASE("period: a headline figure that repeats a body figure takes its period",
          "[period][title]") {
  for (const bool entities : {false, true}) {
    CHECK(TitlePeriodOf("Velkor steigert Absatz um 9 Prozent",
                        "Die Velkor AG verkaufte 2017 rund 9 Prozent mehr Fahrräder als im Jahr "
                        "davor. Das Werk in Lindenau läuft im Dreischichtbetrieb.",
                        Lang::kDe, "9 Prozent", entities) == "2017");
    CHECK(TitlePeriodOf("Tecnovía gana 12 millones de euros",
                        "Tecnovía obtuvo en 2013 un beneficio de 12 millones de euros, según la "
                        "empresa.",
                        Lang::kEs, "12 millones de euros", entities) == "2013");
    CHECK(TitlePeriodOf("Kellmoor profits up 14%",
                        "Kellmoor said its profits rose 14% in 2009, helped by sales of ferries.",
                        Lang::kEn, "14%", entities) == "2009");
    // Negatives: body figures of the amount that disagree on the period give the title none;
    // a title figure without a twin in the body keeps none.
    CHECK(TitlePeriodOf("Kellmoor profits up 14%",
                        "Kellmoor's profits rose 14% in 2009. In 2011 they rose 14% again.",
                        Lang::kEn, "14%", entities) == "");
    CHECK(TitlePeriodOf("Velkor steigert Absatz um 9 Prozent",
                        "Die Velkor AG verkaufte 2017 rund 9 Prozent mehr Fahrräder. Im Jahr 2019 "
                        "stiegen die Löhne um 9 Prozent.",
                        Lang::kDe, "9 Prozent", entities) == "");
    CHECK(TitlePeriodOf("Tecnovía gana 15 millones de euros",
                        "Tecnovía obtuvo en 2013 un beneficio de 12 millones de euros.", Lang::kEs,
                        "15 millones de euros", entities) == "");
  }
}

TEST_CASE("period: a headline figure takes no period from a body twin about another subject",
          "[period][title]") {
  for (const bool entities : {false, true}) {
    // The body's only exact twin is a rival's cut, a price rise, another firm's count: the
    // headline's subject is not in that sentence.
    CHECK(TitlePeriodOf("Dunmore to shed 450 jobs",
                        "Dunmore plans to shed some 450 posts at its Ellwick depot, a spokesman "
                        "said on Monday. Competitor Harlow shed 450 jobs in 2017.",
                        Lang::kEn, "450 jobs", entities) == "");
    CHECK(TitlePeriodOf("Dunmore sales rise 6%",
                        "Sales at the Dunmore chain climbed in the spring. Fuel prices rose 6% in "
                        "2021, the statistics office said.",
                        Lang::kEn, "6%", entities) == "");
    CHECK(TitlePeriodOf("Lorwen streicht 250 Stellen",
                        "Die Lorwen GmbH will in Ebersfeld rund zweihundertfünfzig Arbeitsplätze "
                        "abbauen. Bereits 2016 hatte der Konkurrent Maraxo 250 Stellen gestrichen.",
                        Lang::kDe, "250 Stellen", entities) == "");
    CHECK(TitlePeriodOf("Absatz von Lorwen steigt um 7 Prozent",
                        "Der Absatz der Lorwen GmbH wuchs im Herbst deutlich. Im Jahr 2019 waren "
                        "die Mieten um 7 Prozent gestiegen.",
                        Lang::kDe, "7 Prozent", entities) == "");
    CHECK(TitlePeriodOf("Ferrovalle recortará 180 empleos",
                        "Ferrovalle suprimirá unos 180 puestos en su planta de Alcorza, según "
                        "informó el martes. Su rival Tramesa recortó 180 empleos en 2015.",
                        Lang::kEs, "180 empleos", entities) == "");
    CHECK(TitlePeriodOf("Las ventas de Ferrovalle suben un 5 %",
                        "Las ventas de Ferrovalle crecieron con fuerza en otoño. En 2018 los "
                        "precios subieron un 5 %.",
                        Lang::kEs, "5 %", entities) == "");
  }
}

TEST_CASE("period: a day's move of a share price takes no article year", "[period]") {
  const std::string en =
      "Dravik Foods published its 2019 accounts. Dravik's sales rose 6% in 2019. Dravik's "
      "shares fell 3% on the news. The share price of Dravik slipped 2% in early trading. "
      "Dravik's shares gained 21% over the year. Dravik's profit rose 9%.";
  CHECK(AttributedPeriodOf(en, Lang::kEn, "3%") == "");
  CHECK(AttributedPeriodOf(en, Lang::kEn, "2%") == "");
  // Negatives: a span word in the sentence, no share word before the figure.
  CHECK(AttributedPeriodOf(en, Lang::kEn, "21%") == "2019");
  CHECK(AttributedPeriodOf(en, Lang::kEn, "9%") == "2019");
  const std::string de =
      "Die Velmora AG legte ihre Zahlen für 2019 vor. Der Umsatz von Velmora stieg 2019 um 6 "
      "Prozent. Die Velmora-Aktie fiel am Dienstag um 3 Prozent. An der Börse legten die Papiere "
      "von Velmora am Nachmittag um 2 Prozent zu. Die Velmora-Aktie gewann seit Jahresbeginn 21 "
      "Prozent. Die Aktiengesellschaft steigerte ihren Gewinn um 9 Prozent.";
  CHECK(AttributedPeriodOf(de, Lang::kDe, "3 Prozent") == "");
  CHECK(AttributedPeriodOf(de, Lang::kDe, "2 Prozent") == "");
  CHECK(AttributedPeriodOf(de, Lang::kDe, "21 Prozent") == "2019");
  CHECK(AttributedPeriodOf(de, Lang::kDe, "9 Prozent") == "2019");
  const std::string de_listing =
      "Die Velmora AG legte ihre Zahlen für 2019 vor. Der Umsatz von Velmora stieg 2019 kräftig. "
      "Nach dem Börsengang steigerte Velmora den Umsatz um 14 Prozent.";
  CHECK(AttributedPeriodOf(de_listing, Lang::kDe, "14 Prozent") == "2019");
  const std::string es =
      "Velmora presentó sus cuentas de 2019. Las ventas de Velmora subieron un 6% en 2019. Las "
      "acciones de Velmora cayeron un 3% en la sesión del martes. En bolsa, los títulos de "
      "Velmora bajaron un 2%. Las acciones de Velmora ganaron un 21% en el año. El beneficio de "
      "Velmora aumentó un 9%.";
  CHECK(AttributedPeriodOf(es, Lang::kEs, "3%") == "");
  CHECK(AttributedPeriodOf(es, Lang::kEs, "2%") == "");
  CHECK(AttributedPeriodOf(es, Lang::kEs, "21%") == "2019");
  CHECK(AttributedPeriodOf(es, Lang::kEs, "9%") == "2019");
  // Negatives: Spanish "acciones" that are no shares, "cotizaciones" paid to social security.
  const std::string es_not_shares =
      "Velmora presentó sus cuentas de 2019. Las acciones de protesta de los vecinos crecieron un "
      "30%. Las cotizaciones sociales de la plantilla aumentaron un 4%.";
  CHECK(AttributedPeriodOf(es_not_shares, Lang::kEs, "30%") == "2019");
  CHECK(AttributedPeriodOf(es_not_shares, Lang::kEs, "4%") == "2019");
}

TEST_CASE("period: a penalty or settlement or ransom takes no article year", "[period]") {
  const std::string en =
      "Kestrel Mining published its 2019 accounts. Kestrel's revenue rose to $80m in 2019. "
      "Kestrel was fined $3m by the regulator. It agreed to pay $7m to settle the suit. "
      "Kestrel's profit reached $12m. Repairs to the quay reached $9m.";
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$3m") == "");
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$7m") == "");
  // Negatives: a result, money without a metric and without a penalty word.
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$12m") == "2019");
  CHECK(AttributedPeriodOf(en, Lang::kEn, "$9m") == "2019");
  // Negatives: "fine" as an adjective, "settled" as moving somewhere.
  const std::string en_not_penalty =
      "Kestrel Mining published its 2019 accounts. It was a fine result: Kestrel made $40m. "
      "Kestrel settled in Dunmore, where it built a $15m depot. A $2m fine followed.";
  CHECK(AttributedPeriodOf(en_not_penalty, Lang::kEn, "$40m") == "2019");
  CHECK(AttributedPeriodOf(en_not_penalty, Lang::kEn, "$15m") == "2019");
  CHECK(AttributedPeriodOf(en_not_penalty, Lang::kEn, "$2m") == "");
  const std::string de =
      "Die Kestrel AG legte ihre Zahlen für 2019 vor. Der Umsatz von Kestrel stieg 2019 auf 80 "
      "Millionen Euro. Kestrel muss eine Geldstrafe von 3 Millionen Euro zahlen. Das Lösegeld "
      "betrug 7 Millionen Euro. Der Gewinn von Kestrel erreichte 12 Millionen Euro.";
  CHECK(AttributedPeriodOf(de, Lang::kDe, "3 Millionen Euro") == "");
  CHECK(AttributedPeriodOf(de, Lang::kDe, "7 Millionen Euro") == "");
  CHECK(AttributedPeriodOf(de, Lang::kDe, "12 Millionen Euro") == "2019");
  const std::string es =
      "Kestrel presentó sus cuentas de 2019. Las ventas de Kestrel subieron a 80 millones de "
      "euros en 2019. Kestrel recibió una multa de 3 millones de euros. Pagó una fianza de 7 "
      "millones de euros. El beneficio de Kestrel alcanzó 12 millones de euros.";
  CHECK(AttributedPeriodOf(es, Lang::kEs, "3 millones de euros") == "");
  CHECK(AttributedPeriodOf(es, Lang::kEs, "7 millones de euros") == "");
  CHECK(AttributedPeriodOf(es, Lang::kEs, "12 millones de euros") == "2019");
}

TEST_CASE("period: a year after wie schon, as in, como en or a far mehr als is a comparison base",
          "[period][base]") {
  // The compared year is no period of the figure before it: the figure keeps the article's.
  CHECK(PeriodOf("Die Velmora AG legte die Bilanz für 2029 vor. Der Hafen schlug 38.000 Container "
                 "um, genau wie schon 2025.",
                 Lang::kDe, "38.000 Container") == "2029");
  CHECK(PeriodOf("Die Velmora AG legte die Bilanz für 2029 vor. Ihre Brauerei füllte 90.000 "
                 "Flaschen ab und lag damit wie bereits im Jahr 2024 vorn.",
                 Lang::kDe, "90.000 Flaschen") == "2029");
  CHECK(PeriodOf("Die Velmora AG legte die Bilanz für 2029 vor. Es gab um 7,4 Prozent mehr "
                 "Fahrgäste im Nachtverkehr als 2027.",
                 Lang::kDe, "7,4 Prozent") == "2029");
  CHECK(PeriodOf("Korvell Air published its 2029 accounts. Its cargo arm shipped 18,500 pallets "
                 "of fruit, just as in 2026.",
                 Lang::kEn, "18,500 pallets") == "2029");
  CHECK(PeriodOf("Korvell Air published its 2029 accounts. The ferry line sold 4,300 season "
                 "tickets, as it did in 2026.",
                 Lang::kEn, "4,300 season tickets") == "2029");
  CHECK(PeriodOf("Tecnovía presentó sus cuentas de 2029 y de 2029 habló. Vendió 51.300 motos, "
                 "como ya ocurrió en 2026 con su rival.",
                 Lang::kEs, "51.300 motos") == "2029");
  // Negatives: "wie" = "how" after a comma, a sentence's "Wie" and "Como" ("since") date the
  // figure; a year after "wie" with another word between is no base.
  CHECK(PeriodOf("Der Bericht zeigt, wie 2027 der Absatz um 12 Prozent einbrach.", Lang::kDe,
                 "12 Prozent") == "2027");
  CHECK(PeriodOf("Wie 2027 bekannt wurde, verlor die Velmora AG 30 Millionen Euro.", Lang::kDe,
                 "30 Millionen Euro") == "2027");
  CHECK(PeriodOf("Como en 2027 las ventas cayeron un 8 %, Tecnovía cerró dos plantas.", Lang::kEs,
                 "8 %") == "2027");
  CHECK(PeriodOf("Korvell sold 9,000 jets in 2027 as orders grew.", Lang::kEn, "9,000 jets") ==
        "2027");
}

TEST_CASE("period: a year after the same period is a comparison base for a bare quarter",
          "[period][base][quarter]") {
  // A quarter without its year takes no compared year named before it (English).
  const std::string en =
      "Korvell Air posted its 2030 results on Monday. Sales for 2030 rose to $4bn. Cargo volumes "
      "topped those of the same period in 2029. In the fourth quarter, 12 of its 14 plants ran "
      "at full speed.";
  CHECK(PeriodOf(en, Lang::kEn, "14 plants") == "2030-Q4");
  // Negative: a year named for its own sake still dates the quarter.
  CHECK(PeriodOf("Korvell Air posted its 2030 results on Monday. Cargo volumes grew 9% in 2029. In "
                 "the fourth quarter, 12 of its 14 plants ran at full speed.",
                 Lang::kEn, "14 plants") == "2029-Q4");
}
