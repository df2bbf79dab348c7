// Figure extraction from English text and cross-language rules (filters, scale words).
#include <catch2/catch.hpp>

#include "tests/extract/figure_test_util.h"

namespace newsfacts::extract {
namespace {

using testing::Describe;
using testing::Figures;

Figure One(std::string_view text, Lang lang = Lang::kEn) {
  return testing::One(text, lang);
}

TEST_CASE("en: currency before the number with glued scale", "[figures][en]") {
  Figure f = One("ByteDance will spend $5bn on chips");
  CHECK(f.kind == FigureKind::kMoney);
  CHECK(f.value == Approx(5e9));
  CHECK(f.unit == "USD");
  CHECK(f.surface == "$5bn");
  CHECK(One("a deal worth US$ 2.5 billion").value == Approx(2.5e9));
  CHECK(One("a deal worth \xE2\x82\xAC"
            "3m")
            .value == Approx(3e6));
  CHECK(One("a deal worth \xC2\xA3"
            "40k")
            .unit == "GBP");
  CHECK(One("revenue of USD 12 million").value == Approx(12e6));
}

TEST_CASE("en: billion is 10^9 in English and 10^12 in German", "[figures][en]") {
  CHECK(One("2 billion dollars").value == Approx(2e9));
  CHECK(One("2 Billion Euro", Lang::kDe).value == Approx(2e12));
}

TEST_CASE("en: numbers, percentages and qualifiers", "[figures][en]") {
  CHECK(One("shipped 200,000 servers").value == 200000);
  CHECK(One("shipped 200,000 servers").unit == "server");
  CHECK(One("a 5.5 percent rise").value == Approx(5.5));
  CHECK(One("about 13 percent of revenue").qualifier == Qualifier::kApprox);
  CHECK(One("more than 1 million users").qualifier == Qualifier::kMoreThan);
  CHECK(One("up 3 percentage points").unit == "pp");
  Figure r = One("between 5 and 6 percent");
  CHECK(r.qualifier == Qualifier::kRange);
  CHECK(*r.value_high == 6);
  CHECK(One("twenty-five employees").value == 25);
}

TEST_CASE("model and version numbers are not figures", "[figures][filters]") {
  CHECK(Figures("Der A800 und der A100 von Nvidia", Lang::kDe).empty());
  CHECK(Figures("Huaweis Ascend 910B", Lang::kDe).empty());
  CHECK(Figures("Nvidias H20 für China", Lang::kDe).empty());
  CHECK(Figures("las tecnologías 5G e IoT", Lang::kEs).empty());
  CHECK(Figures("mit Nvidias A100-GPU", Lang::kDe).empty());
  CHECK(Figures("Version 3.5.1 ist da", Lang::kDe).empty());
  CHECK(Figures("nach Profil 1.1 erhältlich", Lang::kDe).empty());
}

TEST_CASE("years, dates and times are not figures", "[figures][filters]") {
  CHECK(Figures("im November 2022 veröffentlicht", Lang::kDe).empty());
  CHECK(Figures("Update vom 30. September 2024:", Lang::kDe).empty());
  CHECK(Figures("seit 2023 verboten", Lang::kDe).empty());
  CHECK(Figures("bis 2026 produzieren", Lang::kDe).empty());
  CHECK(Figures("am 30.09.2024 um 14:30", Lang::kDe).empty());
  CHECK(Figures("Bis 22.00 im ORF", Lang::kDe).empty());
  CHECK(Figures("a partir de 1565 con la llegada", Lang::kEs).empty());
}

TEST_CASE("ordinals, counters, phone numbers, ages and durations are not figures",
          "[figures][filters]") {
  CHECK(Figures("Das 11. Weltsozialforum wurde eröffnet", Lang::kDe).empty());
  CHECK(Figures("Soriano (28.) traf", Lang::kDe).empty());
  CHECK(Figures("Comentar 0/400 Sin comentarios", Lang::kEs).empty());
  CHECK(Figures("Tel. +49 30 1234567", Lang::kDe).empty());
  CHECK(Figures("Der Mann (45) wurde verhaftet", Lang::kDe).empty());
  CHECK(Figures("TikTok für 75 Tage offen halten", Lang::kDe).empty());
  CHECK(Figures("el precio ha aumentado casi 20 veces", Lang::kEs).empty());
  CHECK(Figures("3) Si seguía sin ser suficiente", Lang::kEs).empty());
  CHECK(Figures("Artikel 5 des Gesetzes", Lang::kDe).empty());
  CHECK(Figures("Da die Playstation 3 über eine Festplatte verfügt", Lang::kDe).empty());
  CHECK(Figures("El Boeing 747 fue introducido", Lang::kEs).empty());
  CHECK(Figures("Der Spielstand war 2:1", Lang::kDe).empty());
}

TEST_CASE("quantities are kept apart from counts", "[figures]") {
  Figure f = One("800 GB/s gegenüber", Lang::kDe);
  CHECK(f.kind == FigureKind::kQuantity);
  CHECK(f.unit == "GB/s");
}

TEST_CASE("full-width digits and soft hyphens are read", "[figures]") {
  Figure f =
      One("\xEF\xBC\x91\xEF\xBC\x92 Mil\xC2\xAD"
          "liarden Euro",
          Lang::kDe);
  CHECK(f.value == Approx(12e9));
  CHECK(f.unit == "EUR");
}

TEST_CASE("invalid input is rejected with an error", "[figures]") {
  const Extractor ex(ExtractorOptions{.entities = false});
  Extraction out;
  CHECK_FALSE(ex.ExtractText("bad \xC3", Lang::kDe, Field::kBody, &out).ok());
}

TEST_CASE("title and body figures carry their field", "[figures]") {
  const Extractor ex(ExtractorOptions{.entities = false});
  Article a;
  a.lang = Lang::kDe;
  a.title = "Umsatz steigt um 5 Prozent";
  a.body = "Der Umsatz lag bei 3 Milliarden Euro.";
  Extraction out;
  REQUIRE(ex.Extract(a, &out).ok());
  REQUIRE(out.figures.size() == 2);
  CHECK(out.figures[0].field == Field::kTitle);
  CHECK(out.figures[1].field == Field::kBody);
}

}  // namespace
}  // namespace newsfacts::extract

// ---- issue 12: the error classes, English ---------------------------------------------------
namespace newsfacts::extract {
namespace {

using testing::ArticleFigures;

TEST_CASE("en: currency left implicit is taken from the article", "[figures][en][issue12]") {
  const auto figs = ArticleFigures(
      "", "The chain earned $3m last year. Its revenue was 12 million, its debt 4.5 million.",
      Lang::kEn);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 3);
  CHECK(figs[1].kind == FigureKind::kMoney);
  CHECK(figs[1].value == 12e6);
  CHECK(figs[1].unit == "USD");
  CHECK(figs[1].unit_source == UnitSource::kContext);
  CHECK(figs[2].unit == "USD");
}

TEST_CASE("en: the number of and the death toll name what a bare number counts", "[figures][en]") {
  CHECK(One("The number of complaints at Larrow rose to 45.").unit == "complaints");
  CHECK(One("The death toll in Larrow rose to 30 on Monday.").unit == "death");
  // Negative: a sentence before names nothing for the next one.
  CHECK(One("The number of complaints fell. Larrow's team grew to 45 on Monday.").unit.empty());
}

TEST_CASE("en: the number of and the death toll name no number in the next clause",
          "[figures][en]") {
  const std::vector<Figure> a =
      Figures("The number of ferries fell to 14 while the fare index rose to 62.", Lang::kEn);
  INFO(Describe(a));
  for (const Figure& x : testing::With(a, "62")) CHECK(x.unit != "ferries");
  // The nearest phrase wins over an earlier death toll.
  const std::vector<Figure> b = Figures(
      "The death toll climbed to 19 on Sunday, and the number of ferries fell to 7.", Lang::kEn);
  INFO(Describe(b));
  const std::vector<Figure> f = testing::With(b, "7");
  REQUIRE(!f.empty());
  CHECK(f.back().unit == "ferries");
  // Negative: one clause keeps its noun.
  CHECK(One("The number of ferries fell sharply to 14.").unit == "ferries");
}

TEST_CASE("en: close percentages joined by to without an opener are a range", "[figures][en]") {
  Figure r = One("Larrow says its bookings should be 4% to 6% higher next spring.");
  CHECK(r.value == 4);
  CHECK(r.value_high == 6);
  Figure f = One("It trails the board's forecast of 3% to 3.5%.");
  CHECK(f.value_high == 3.5);
  CHECK(One("Margins are seen at about 11% to 13% for the group.").value_high == 13);
  // Negatives: after a change verb, or far apart, they are a change and its result.
  CHECK(Figures("Unemployment at Larrow edged up 0.1% to 4.7%.", Lang::kEn).size() == 2);
  CHECK(Figures("Larrow's prices rose 5% to 6%.", Lang::kEn).size() == 2);
  CHECK(Figures("The bank lifted its rate 0.25% to 5.5%.", Lang::kEn).size() == 2);
}

TEST_CASE("en: close percentages after any other verb are a change and its result",
          "[figures][en]") {
  for (std::string_view text :
       {"Larrow shares gained 3% to 5% in late trade.", "The gauge added 2% to 3.5% on Friday.",
        "The lender hiked its rate 3% to 4.5%.", "Larrow stock tumbled 6% to 9% by noon."}) {
    const std::vector<Figure> figs = Figures(text, Lang::kEn);
    INFO(text << "\n" << Describe(figs));
    CHECK(figs.size() == 2);
  }
  // Negative: after a copula they stay a range.
  CHECK(Figures("Growth was 3% to 5% last year.", Lang::kEn).size() == 1);
}

TEST_CASE("en: close percentages after any form of be are a range", "[figures][en]") {
  const Figure r = One("Brokers picture Larrow's margin being 7% to 9% by spring.");
  CHECK(r.value == 7);
  CHECK(r.value_high == 9);
  // Negative: after a verb of change they are a change and its result.
  CHECK(Figures("Brokers saw Larrow's margin widen 7% to 9% by spring.", Lang::kEn).size() == 2);
}

TEST_CASE("en: dollars of other countries by their name", "[figures][en]") {
  CHECK(One("a fine of 300 Hong Kong dollars").unit == "HKD");
  CHECK(One("a fee of 50 Singapore dollars").unit == "SGD");
  CHECK(One("it sold for 7 New Zealand dollars").unit == "NZD");
  CHECK(One("a 7.4bn Canadian dollar offer").unit == "CAD");
  // The plain word stays the US dollar; a model number and a year stay non-figures.
  CHECK(One("a fee of 50 dollars in Singapore").unit == "USD");
  Figure b = One("the Boeing 747 carried 300 passengers in 1998");
  CHECK(b.value == 300);
}

TEST_CASE("en: cents, pence, dollar prefixes, codes, rupees and kronor", "[figures][en][issue12]") {
  Figure c = One("a stamp now costs 60 cents");
  CHECK(c.value == 0.6);
  CHECK(c.unit == "USD");
  Figure p = One("shares closed at 312.5p on Friday");
  CHECK(p.value == 3.125);
  CHECK(p.unit == "GBP");
  CHECK(One("tickets at C$40 each").unit == "CAD");
  Figure a = One("a deal worth A$12m");
  CHECK(a.unit == "AUD");
  CHECK(a.value == 12e6);
  CHECK(One("valued at HK$5bn").unit == "HKD");
  CHECK(One("a fee of 5 USD").unit == "USD");
  Figure r = One("the budget rose to 27.5bn rupees");
  CHECK(r.value == 27.5e9);
  CHECK(r.unit == "INR");
  CHECK(One("a loss of 4.2bn Swedish kronor").unit == "SEK");
  Figure e = One("a dividend of 40 euro cents");
  CHECK(e.value == 0.4);
  CHECK(e.unit == "EUR");
}

TEST_CASE("en: fractions of a scale", "[figures][en][issue12]") {
  Figure a = One("the group will invest one and a half billion dollars");
  CHECK(a.value == 1.5e9);
  CHECK(a.unit == "USD");
  Figure b = One("half a million people signed");
  CHECK(b.value == 5e5);
  CHECK(b.unit == "person");
  Figure c = One("a quarter of a million dollars was raised");
  CHECK(c.value == 2.5e5);
  CHECK(c.unit == "USD");
}

TEST_CASE("en: signs, ranges and changes", "[figures][en][issue12]") {
  CHECK(One("margins moved -5% in March").value == -5);
  CHECK(One("sales fell 5% in March").value == 5);
  Figure r = One("a bid between $75 billion and $80 billion");
  CHECK(r.qualifier == Qualifier::kRange);
  CHECK(r.value == 75e9);
  CHECK(r.value_high == Approx(80e9));
  Figure g =
      One("prices range from \xC2\xA3"
          "20 to \xC2\xA3"
          "35");
  CHECK(g.qualifier == Qualifier::kRange);
  CHECK(g.unit == "GBP");
  Figure mr = One("it expects sales of $610m-640m this year");
  CHECK(mr.qualifier == Qualifier::kRange);
  CHECK(mr.value == 610e6);
  CHECK(mr.value_high == Approx(640e6));
  CHECK(mr.unit == "USD");
  CHECK(Figures("the share grew from 20% to 25%", Lang::kEn).size() == 2);
  const auto w = Figures("the gap widened by 2.5 percentage points to 31.2%", Lang::kEn);
  INFO(Describe(w));
  REQUIRE(w.size() == 2);
  CHECK(w[0].unit == "pp");
  CHECK(w[1].value == Approx(31.2));
  const auto m = Figures("profit dropped 22% to 3.5bn euros", Lang::kEn);
  INFO(Describe(m));
  REQUIRE(m.size() == 2);
  CHECK(m[1].value == 3.5e9);
  CHECK(m[1].unit == "EUR");
}

TEST_CASE("en: products, phone numbers, channels are not figures", "[figures][en][issue12]") {
  CHECK(Figures("reviewers preferred the Pixel 8 and the Galaxy S23 this week", Lang::kEn).empty());
  CHECK(Figures("Call 1-800-555-0199 for help", Lang::kEn).empty());
  CHECK(Figures("it was shown on Channel 4 last night", Lang::kEn).empty());
  CHECK(Figures("the airline flies the 737 MAX on that route", Lang::kEn).empty());
}

TEST_CASE("digit groups of a phone number joined by blanks are no figure", "[figures][filters]") {
  CHECK(Figures("Para reservar llame al 91 555 12 34 antes del lunes.", Lang::kEs).empty());
  CHECK(Figures("Anmeldung unter Tel. 030 1234 56 bis Freitag.", Lang::kDe).empty());
  CHECK(Figures("For tickets call 0800 123 456 today.", Lang::kEn).empty());
  CHECK(Figures("Fragen an die Hotline 0421 778899 richten.", Lang::kDe).empty());
  // Negatives: a blank-grouped number, a year then a count, a count with its noun.
  Figure a = One("the fund holds 1 250 000 shares");
  CHECK(a.value == 1250000);
  const auto two = Figures("Im Jahr 2023 kamen 350 Besucher.", Lang::kDe);
  INFO(Describe(two));
  REQUIRE(two.size() == 1);
  CHECK(two[0].value == 350);
  CHECK(Figures("some 12 lorries and 40 vans were seized", Lang::kEn).size() == 2);
}

TEST_CASE("a year before a blank-grouped number is no group of a phone number",
          "[figures][filters]") {
  const auto es = Figures("En 2019 3 400 vecinos de Varela dejaron el pueblo.", Lang::kEs);
  INFO(Describe(es));
  CHECK((es.size() == 1 && es[0].value == 3400));
  const auto de = Figures("Im Jahr 2031 120 000 Wohnungen will Kralingen bauen.", Lang::kDe);
  INFO(Describe(de));
  CHECK((de.size() == 1 && de[0].value == 120000));
  // Negatives: a phone number stays none, also one whose first group looks like a year.
  CHECK(Figures("Para dudas llame al 93 444 21 09 por la tarde.", Lang::kEs).empty());
  CHECK(Figures("Bestellung unter 2024 555 12 34 bis Montag.", Lang::kDe).empty());
}

TEST_CASE("en: basis points and counted things", "[figures][en][issue12]") {
  Figure b = One("the bank raised rates by 25 basis points");
  CHECK(b.value == 0.25);
  CHECK(b.unit == "pp");
  Figure c = One("more than 1.6 million consoles were shipped");
  CHECK(c.kind == FigureKind::kCount);
  CHECK(c.unit == "console");
  CHECK(c.qualifier == Qualifier::kMoreThan);
  Figure d = One("some 2.6 million fibre links were switched");
  CHECK(d.kind == FigureKind::kCount);
  CHECK(d.value == 2.6e6);
}

TEST_CASE("en: a plural after a scaled number behind modifiers is counted", "[figures][en]") {
  // In a money article the bare scaled number would otherwise take the article's currency.
  const auto figs = Figures(
      "Quorvane lost $40m last year. It sold 1.3 million refurbished smart door locks.", Lang::kEn);
  REQUIRE(figs.size() == 2);
  const Figure& a = figs[1];
  CHECK(a.kind == FigureKind::kCount);
  CHECK(a.unit == "locks");
  CHECK(a.surface == "1.3 million refurbished smart door locks");
  CHECK(One("There are 90 million EU pensioners.").unit == "pensioners");
  CHECK(One("It shipped 3 million e-readers.").unit == "e-readers");
  CHECK(One("Brivex has 1.1 million part-time beekeepers.").unit == "beekeepers");
  CHECK(One("Orvane sold 2.2 million kettles in Peru.").unit == "kettles");
  // Negatives: not across an article, a preposition or punctuation.
  CHECK(One("Kelvo has 7 million all told and more to come.").unit.empty());
  CHECK(One("Zelmo said 4 million, tops.").unit.empty());
  CHECK(One("About 7 million in the north own ponies.").unit.empty());
}

TEST_CASE("en: a counted plural is not read across a preposition, adverb or time noun",
          "[figures][en]") {
  CHECK(One("The delta grew to 3 million despite harsh winters.").unit.empty());
  CHECK(One("The valley's 5 million again fear floods.").unit.empty());
  CHECK(One("Pelmora lost 7 million three weeks ago.").unit.empty());
  CHECK(One("Pelmora lost 7 million two months ago.").unit.empty());
  CHECK(One("Its 9 million despite layoffs grew.").unit.empty());
  CHECK(One("Some 6 million during cold springs left.").unit.empty());
  // Negatives: modifiers that are no stop word, and a plural before a preposition.
  CHECK(One("Drovik owns 4 million cheap plastic crates.").unit == "crates");
  CHECK(One("It moved 8 million parcels through Lisbon.").unit == "parcels");
}

TEST_CASE("en: an age after an age word is not a figure", "[figures][en][filters]") {
  CHECK(Figures("The poll asked savers aged 25 to 40 about pensions.", Lang::kEn).empty());
  CHECK(Figures("Few drivers aged 75 or above renew online.", Lang::kEn).empty());
  CHECK(Figures("Volunteers aged between 30 and 45 took part.", Lang::kEn).empty());
  CHECK(Figures("The scheme keeps a pension age of 67 for all staff.", Lang::kEn).empty());
  // Negatives: counted things and amounts next to the same words stay figures.
  CHECK(One("The aged care group runs 70 homes.").value == 70);
  CHECK(One("An average of 67 flights a day left the airport.").value == 67);
  CHECK(One("Savers aged 25 to 40 hold $3bn in deposits.").value == Approx(3e9));
}

TEST_CASE("en: the base of a one-in-N ratio is not a count", "[figures][en][filters]") {
  CHECK(Figures("Almost one in seven bikes sold in the town was electric.", Lang::kEn).empty());
  CHECK(Figures("One in every 12 parcels arrived late.", Lang::kEn).empty());
  CHECK(Figures("Only one out of 40 tenants complained.", Lang::kEn).empty());
  CHECK(Figures("Fewer than 1 in 5,000 pumps failed.", Lang::kEn).empty());
  // Negatives: the counted whole after it, and counts after other words, stay figures.
  const auto whole = Figures("Just one in 9 of the 30 million cards is in default.", Lang::kEn);
  INFO(testing::Describe(whole));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].value == 3e7);
  CHECK(One("The firm invested in six factories.").value == 6);
  CHECK(One("It sold one in 2019 and 14 trucks later.").value == 14);
}

TEST_CASE("en: the number of a title or sequel is not a count", "[figures][en][filters]") {
  // A hyphenated name before the number, inside or opening the sentence.
  CHECK(Figures("Critics said Sky-Runner 3 was the best game of the year.", Lang::kEn).empty());
  CHECK(Figures("Star-Pilot 2 sold out in hours.", Lang::kEn).empty());
  // A name opening the sentence (or the title).
  CHECK(Figures("Zorbix 4 has broken sales records.", Lang::kEn).empty());
  CHECK(Figures("Glimmerquest 2 is out now.", Lang::kEn).empty());
  // Negatives: words that open a count, and counts with their noun, stay figures.
  CHECK(Figures("Only 22 of the 30 stores will stay open.", Lang::kEn).size() == 2);
  CHECK(One("All 25 were sold within a week.").value == 25);
  CHECK(One("Another 40 will follow next year.").value == 40);
  CHECK(One("Critics said the studio hired 300 staff.").value == 300);
  CHECK(One("Zorbix sold 4,000 copies.").value == 4000);
}

TEST_CASE("en: an exchange rate is no amount", "[figures][en][filters]") {
  CHECK(Figures("The florin is held near 6.45 to the US dollar.", Lang::kEn).empty());
  CHECK(Figures("Late on Friday the pound stood at $1.7412 to the euro.", Lang::kEn).empty());
  CHECK(Figures("The lek eased to 97.20 per euro in thin trading.", Lang::kEn).empty());
  CHECK(Figures("The euro closed at 1.3150 euros per US dollar.", Lang::kEn).empty());
  CHECK(Figures("The krona firmed to 8.905 against the dollar.", Lang::kEn).empty());
  CHECK(Figures("The dollar ended at $1.2210 versus the euro.", Lang::kEn).empty());
  // Negatives: prices per weight, the dollar index, scaled amounts and changes stay figures.
  CHECK(One("Coffee beans sold for $3.40 per pound.").value == Approx(3.4));
  CHECK(One("The fund added $2.50 to the dollar index trackers.").value == Approx(2.5));
  CHECK(One("Exports worth $4bn to the euro zone rose.").value == Approx(4e9));
  CHECK(One("The rand fell 1.2% against the dollar.").value == Approx(1.2));
  CHECK(One("Tolvex sold 400 units to the dealer.").value == 400);
}

TEST_CASE("en: an amount in cents per dollar is no exchange rate", "[figures][en][filters]") {
  const Figure rent = One("Shoppers spend 30 cents per dollar on rent.");
  CHECK(rent.kind == FigureKind::kMoney);
  CHECK(rent.value == Approx(0.30));
  CHECK(One("Creditors will recover 55 cents per dollar of debt.").value == Approx(0.55));
  CHECK(One("Savers got $2 per dollar they put in.").value == Approx(2));
  // Negatives: a bare rate and a rate in another currency than the one after "per".
  CHECK(Figures("The yuan was fixed at 7.1130 per dollar.", Lang::kEn).empty());
  CHECK(Figures("The bank sold them at $1.0930 per euro.", Lang::kEn).empty());
}

TEST_CASE("en: a currency quote in a sentence about the rate is no amount",
          "[figures][en][filters]") {
  CHECK(Figures("The dollar was buying 98.42 yen in late trade.", Lang::kEn).empty());
  CHECK(Figures("One pound bought 1.4521 euros on Monday.", Lang::kEn).empty());
  CHECK(Figures("Against the euro, the dollar ended at $1.2215.", Lang::kEn).empty());
  CHECK(Figures("The yen firmed against the dollar to 101.37 yen.", Lang::kEn).empty());
  // Negatives: prices in the same sentence's other clause, whole amounts, share prices.
  CHECK(One("The dollar slipped against the euro, while copper closed at $3.15 a pound.").value ==
        Approx(3.15));
  CHECK(One("The strong dollar helped Brolex sell a truck for $900.").value == 900);
  CHECK(One("Shares in Quindar rose to 23.40 euros.").value == Approx(23.4));
}

TEST_CASE("en: a currency named beside a price without rate talk keeps the price",
          "[figures][en][filters]") {
  const Figure a = One("Because the dollar fell, Trelco shares climbed to 6.45 pounds.");
  CHECK(a.kind == FigureKind::kMoney);
  CHECK(a.value == Approx(6.45));
  const auto zone =
      Figures("Demand in the euro zone rose 4%, and Vantrix shares closed at $38.70.", Lang::kEn);
  INFO(Describe(zone));
  REQUIRE(zone.size() == 2);
  CHECK(zone[1].value == Approx(38.7));
  // Negatives: with a rate verb, or in an "against" phrase, the quote is still no amount.
  CHECK(Figures("The euro traded at 161.20 yen in Tokyo.", Lang::kEn).empty());
  CHECK(Figures("One dollar buys 7.0420 yuan today.", Lang::kEn).empty());
  CHECK(Figures("Dealers think the euro reaches $1.41 soon.", Lang::kEn).empty());
  CHECK(Figures("He sees the euro/dollar near $1.52 by spring.", Lang::kEn).empty());
  CHECK(Figures("The yen is firm, and buying 3.9120 yuan.", Lang::kEn).empty());
}

TEST_CASE("en: a currency with its nationality adjective is one currency word",
          "[figures][en][filters]") {
  const Figure yen = One("Orvane paid 12 Japanese yen a share.");
  CHECK(yen.kind == FigureKind::kMoney);
  CHECK(yen.unit == "JPY");
  CHECK(yen.surface == "12 Japanese yen");
  CHECK(One("Kelbrook raised 5 million U.S. dollars.").unit == "USD");
  CHECK(One("Kelbrook raised 5 million American dollars.").value == Approx(5e6));
  CHECK(One("A ride with Sarnet costs 20 Chinese yuan.").unit == "CNY");
  CHECK(One("A ticket costs 40 Swiss franc at the gate.").unit == "CHF");
  // As the other side of an exchange rate or quote: no amount.
  CHECK(Figures("The lira held at 8.45 to the Japanese yen.", Lang::kEn).empty());
  CHECK(Figures("The krona eased to 9.12 per American dollar.", Lang::kEn).empty());
  CHECK(Figures("The pound rose to 1.45 against the single currency.", Lang::kEn).empty());
  CHECK(Figures("The dollar fetched 7.25 Chinese yuan in Tokyo.", Lang::kEn).empty());
  // Negatives: the adjective without a currency, and a price without rate talk.
  const Figure rooms = One("Trexa let 40 single rooms to students.");
  CHECK(rooms.kind == FigureKind::kCount);
  CHECK(rooms.value == 40);
  CHECK(One("Volden hired 30 Japanese engineers.").kind == FigureKind::kCount);
  const Figure price = One("Shares in Kovar rose to 812.50 Japanese yen.");
  CHECK(price.kind == FigureKind::kMoney);
  CHECK(price.value == Approx(812.5));
}

TEST_CASE("en: the size of a ranking is not a count", "[figures][en][filters]") {
  CHECK(Figures("The singer's album reached the top 20 in its second week.", Lang::kEn).empty());
  CHECK(Figures("Most of the magazine's top 100 gadgets were phones.", Lang::kEn).empty());
  CHECK(Figures("Few of the country's top 250 firms publish such reports.", Lang::kEn).empty());
  // Negatives: the verb "top" before an amount, and other counts, stay figures.
  CHECK(One("Dealers expect sales to top 500 this spring.").value == 500);
  CHECK(One("Orders could top 800 by June.").value == 800);
  CHECK(One("The top team signed 12 players.").value == 12);
}

TEST_CASE("en: any modal before top makes it the verb", "[figures][en][filters]") {
  CHECK(One("Tomlet expects that bookings must top 700 before the autumn.").value == 700);
  CHECK(One("Tomlet said parcel volumes shall top 450 on a weekday.").value == 450);
  // Negatives: a form of "be" before "top" names a ranking ("was top 30"), not the verb, and
  // "do"/"does" before it are a question's auxiliary.
  CHECK(Figures("Last winter the Tomlet sled was top 30 among racers.", Lang::kEn).empty());
  CHECK(Figures("What do top 20 brokers charge their clients at Tomlet?", Lang::kEn).empty());
  CHECK(Figures("Why does top 50 status matter to Tomlet?", Lang::kEn).empty());
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("en: a counted noun outside the table keeps its source word", "[figures][en][issue12]") {
  Figure a = testing::One("The yard hired 300 welders last spring.", Lang::kEn);
  CHECK(a.kind == FigureKind::kCount);
  CHECK(a.value == 300);
  CHECK(a.unit == "welders");
  CHECK(a.qualifier == Qualifier::kExact);
  Figure b = testing::One("The scheme trains more than 40 apprentices a year.", Lang::kEn);
  CHECK(b.value == 40);
  CHECK(b.unit == "apprentices");
  CHECK(b.qualifier == Qualifier::kMoreThan);
}

TEST_CASE("en: a list shares the unit of its last member", "[figures][en][issue12]") {
  const auto figs = testing::Figures("Prizes of 5, 10 and 15 million dollars.", Lang::kEn);
  INFO(testing::Describe(figs));
  REQUIRE(figs.size() == 3);
  const double want[] = {5e6, 10e6, 15e6};
  for (size_t i = 0; i < 3; ++i) {
    CHECK(figs[i].kind == FigureKind::kMoney);
    CHECK(figs[i].value == want[i]);
    CHECK(figs[i].unit == "USD");
  }
}

TEST_CASE("en: a colloquial price list shares its currency", "[figures][en][issue12]") {
  const auto figs = testing::Figures(
      "At the fair it was $3 a pint, 4 a glass of wine and 2 a coffee.", Lang::kEn);
  INFO(testing::Describe(figs));
  REQUIRE(figs.size() == 3);
  const double want[] = {3, 4, 2};
  for (size_t i = 0; i < 3; ++i) {
    CHECK(figs[i].kind == FigureKind::kMoney);
    CHECK(figs[i].value == want[i]);
    CHECK(figs[i].unit == "USD");
    CHECK(figs[i].qualifier == Qualifier::kExact);
    CHECK(figs[i].unit_source == (i == 0 ? UnitSource::kText : UnitSource::kContext));
  }
  // Not a price list: the number after the money figure prices no item.
  const auto other =
      testing::Figures("The fair took $3 million in total, 40 volunteers came.", Lang::kEn);
  INFO(testing::Describe(other));
  REQUIRE(other.size() == 2);
  CHECK(other[1].kind == FigureKind::kCount);
}

TEST_CASE("en: Asian, African and Gulf currency words after the number", "[figures][en]") {
  const Figure idr = One("The state spent 12.5 trillion rupiah on roads.");
  CHECK(idr.kind == FigureKind::kMoney);
  CHECK(idr.value == Approx(12.5e12));
  CHECK(idr.unit == "IDR");
  CHECK(idr.surface == "12.5 trillion rupiah");
  CHECK(One("The resort lost 40bn baht in bookings.").unit == "THB");
  CHECK(One("Farmers got 120m naira in grants.").unit == "NGN");
  CHECK(One("The shares were sold for 310 riyals each.").unit == "SAR");
  CHECK(One("It owes a 2bn rouble tax bill.").unit == "RUB");
  CHECK(One("The firm paid 3.2bn ringgit for the port.").unit == "MYR");
}

TEST_CASE("en: rials are money, a word merely starting so is not", "[figures][en]") {
  const Figure irr = One("Road repairs in Velmora will cost 85 trillion rials, officials say.");
  CHECK(irr.kind == FigureKind::kMoney);
  CHECK(irr.value == Approx(85e12));
  CHECK(irr.unit == "IRR");
  CHECK(One("A levy of one rial per litre was dropped; 900 rial coins were minted.").unit == "IRR");
  // Not a currency: the word only begins with the currency's letters.
  const Figure bridges = One("The town rebuilt 3 rialtos over its canals.");
  CHECK(bridges.kind == FigureKind::kCount);
}

TEST_CASE("en: every conversion in brackets passes on no currency", "[figures][en]") {
  // Both bracketed amounts convert the rupees: the bare amount after them is rupees too.
  const auto a = Figures(
      "Tolvane spent 8.7bn rupees (€95m; $104m) on its mills, twice the 4.3 billion of 2019.",
      Lang::kEn);
  INFO(Describe(a));
  REQUIRE(a.size() == 4);
  CHECK(a[3].value == Approx(4.3e9));
  CHECK(a[3].unit == "INR");
  CHECK(a[3].unit_source == UnitSource::kContext);
  // The same in an article, where the article pass fills the currency.
  const auto art = testing::ArticleFigures(
      "Tolvane mills",
      "Tolvane is building two mills.\n\nThe mills will cost 8.7bn rupees (€95m; $104m), "
      "and a third one 4.3 billion more.",
      Lang::kEn);
  INFO(Describe(art));
  REQUIRE(art.size() == 4);
  CHECK(art[3].unit == "INR");
  // Negative: a pound amount outside the brackets is the nearest currency the bare one takes.
  const auto b =
      Figures("Tolvane spent 8.7bn rupees while its rival Velmora spent £47m, after 22 million.",
              Lang::kEn);
  INFO(Describe(b));
  REQUIRE(b.size() == 3);
  CHECK(b[2].unit == "GBP");
}

TEST_CASE("en: a glued bn is a scale also without a currency word after it", "[figures][en]") {
  // The currency comes from the amount before it.
  const auto a = Figures("Tolvane spent 8.7bn rupees, up from 4.3bn in 2019.", Lang::kEn);
  INFO(Describe(a));
  REQUIRE(a.size() == 2);
  CHECK(a[1].kind == FigureKind::kMoney);
  CHECK(a[1].value == Approx(4.3e9));
  CHECK(a[1].unit == "INR");
  // A currency word joined by a hyphen, and a country's name before the currency word.
  const Figure h = One("Velmora found a 6bn-euro hole in its books.");
  CHECK(h.kind == FigureKind::kMoney);
  CHECK(h.value == Approx(6e9));
  CHECK(h.unit == "EUR");
  CHECK(One("The group is worth 640bn Indian rupees.").unit == "INR");
  // Negative: other glued letters stay model names.
  CHECK(Figures("Velmora sells the K2b and the Z5x.", Lang::kEn).empty());
}

TEST_CASE("en: 'won' after a small bare number is the verb", "[figures][en][filters]") {
  INFO(testing::Describe(testing::Figures("Skyrace 4 won two awards at the show.", Lang::kEn)));
  for (const Figure& f : testing::Figures("Skyrace 4 won two awards at the show.", Lang::kEn)) {
    CHECK(f.kind != FigureKind::kMoney);
  }
  // Negatives: won with a scale word or in thousands is the currency.
  CHECK(One("The bank lent 50 trillion won to exporters.").unit == "KRW");
  CHECK(One("A ticket costs 12,000 won.").unit == "KRW");
}

TEST_CASE("en: bare pesos take the peso of the country the article names", "[figures][en]") {
  const auto figs = testing::ArticleFigures(
      "Colombia plans cuts",
      "Colombia will spend 3 trillion pesos on roads, Colombian officials said.", Lang::kEn);
  INFO(testing::Describe(figs));
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].unit == "COP");
  // The singular after the number too.
  const auto one = testing::ArticleFigures(
      "Colombia plans cuts", "In Colombia a bus ticket costs 900 peso, officials said.", Lang::kEn);
  INFO(testing::Describe(one));
  REQUIRE(one.size() == 1);
  CHECK(one[0].kind == FigureKind::kMoney);
  CHECK(one[0].unit == "COP");
  // Negative: no peso country named, the largest peso economy.
  const auto none = testing::ArticleFigures("Cuts", "The state will spend 3bn pesos.", Lang::kEn);
  REQUIRE(none.size() == 1);
  CHECK(none[0].unit == "MXN");
}

TEST_CASE("en: a bare number in brackets after a name takes the percent of its list",
          "[figures][en][rankings]") {
  const auto figs = Figures("Growth was fastest in Norland (4.1%) and Vetonia (3.58).", Lang::kEn);
  INFO(Describe(figs));
  const auto k = testing::With(figs, "3.58");
  REQUIRE(k.size() == 1);
  CHECK(k[0].kind == FigureKind::kPercent);
  CHECK(k[0].value == Approx(3.58));
  // Negative: an age in brackets after a name.
  CHECK(Figures("Mayor Anton Kralinger (45) said nothing.", Lang::kEn).empty());
}

}  // namespace

}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("en: a comparison states its unit once for both numbers", "[figures][en]") {
  const auto a = testing::Figures("Support stood at 41 versus 35 per cent.", Lang::kEn);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 2);
  CHECK(a[0].kind == FigureKind::kPercent);
  CHECK(a[0].value == Approx(41));
  // Negative: a counted noun keeps its own unit.
  const auto c = testing::Figures("It had 41 stores versus 35% a year earlier.", Lang::kEn);
  INFO(testing::Describe(c));
  REQUIRE(c.size() == 2);
  CHECK(c[0].kind == FigureKind::kCount);
}

TEST_CASE("en: the base of a rate after per or out of every is no count", "[figures][en]") {
  const auto a =
      testing::Figures("Dorbury recorded 12 burglaries per 1,000 homes last year.", Lang::kEn);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 1);
  CHECK(a[0].value == Approx(12));
  const auto b =
      testing::Figures("Quillex sells three out of every 10 kettles in the region.", Lang::kEn);
  INFO(testing::Describe(b));
  for (const Figure& f : b) CHECK(f.value != Approx(10));
  // Negative: a number after "per" that is no power of ten, and a plain count.
  const auto c = testing::Figures("The firm hired 250 people in Tamworth.", Lang::kEn);
  REQUIRE(c.size() == 1);
  CHECK(c[0].value == Approx(250));
}

TEST_CASE("en: a grouped number before an all-capital word is a count", "[figures][en]") {
  const auto a =
      testing::Figures("Retailers sold 64,000 VR headsets in the first week.", Lang::kEn);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 1);
  CHECK(a[0].value == Approx(64000));
  // Negative: a small bare number before an all-capital word names a model.
  CHECK(testing::Figures("Orvana launched the 420 GTX last week.", Lang::kEn).empty());
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("en: a level after to is no share of the percentage before it", "[figures][en]") {
  const auto a = testing::Figures("The Tarnby index rose 0.4% to 88.2 on Monday.", Lang::kEn);
  INFO(testing::Describe(a));
  for (const Figure& f : a) {
    if (f.value == Approx(88.2)) CHECK(f.kind != FigureKind::kPercent);
  }
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("en: a fraction outside a list is no share of the percentage before it",
          "[figures][en]") {
  // Not after "of"/"per" and not without a comma or "and" before it.
  for (const char* text :
       {"Shares in Velmora rose 4.1% after it reported earnings per share of 2.35.",
        "Velmora lifted its margin by 0.7%, with a ratio per store of 3.6 in the north.",
        "Velmora lifted its margin by 0.7% after a yield of 3.6 in the north."}) {
    const auto a = testing::Figures(text, Lang::kEn);
    INFO(testing::Describe(a));
    for (const Figure& f : a) {
      if (f.value == Approx(2.35) || f.value == Approx(3.6)) CHECK(f.kind != FigureKind::kPercent);
    }
  }
  // Negative: a list keeps the share ("…, 2.15 the bank").
  const auto b =
      testing::Figures("Of the fee, 6.85% goes to the club, and 2.15 the bank.", Lang::kEn);
  INFO(testing::Describe(b));
  REQUIRE(b.size() == 2);
  CHECK(b[1].kind == FigureKind::kPercent);
}

TEST_CASE("en: New Taiwan dollars are TWD", "[figures][en]") {
  Figure f = One("Kelvara will invest 8 billion New Taiwan dollars in a plant.");
  CHECK(f.unit == "TWD");
  CHECK(f.value == Approx(8e9));
  // Negative: a plain dollar stays the US dollar.
  CHECK(One("Kelvara will invest 8 billion dollars in a plant.").unit == "USD");
}

TEST_CASE("en: two close prices joined by to are one range", "[figures][en]") {
  Figure f = testing::One("Tickets for the Orvane tour cost $25 to $40 each.", Lang::kEn);
  CHECK(f.qualifier == Qualifier::kRange);
  CHECK(f.value == 25);
  CHECK(f.value_high == 40);
  CHECK(f.unit == "USD");
  CHECK(testing::One("Seats are priced $30 to $55.", Lang::kEn).value_high == 55);
  // Negatives: a change verb or no price lead makes a change and its result; far apart ends
  // stay two figures.
  CHECK(testing::Figures("Orvane shares fell $2 to $30.", Lang::kEn).size() == 2);
  CHECK(testing::Figures("Orvane shares shed $3 to $8.", Lang::kEn).size() == 2);
  CHECK(testing::Figures("Orvane shares lost $3 to $8.", Lang::kEn).size() == 2);
  CHECK(testing::Figures("Fees cost $5 to $90 a ticket.", Lang::kEn).size() == 2);
}

TEST_CASE("en: two prices with a range noun before or after them are one range", "[figures][en]") {
  Figure f = testing::One("Dralco stock hovered near the $62 to $71 level all week.", Lang::kEn);
  CHECK(f.qualifier == Qualifier::kRange);
  CHECK(f.value == 62);
  CHECK(f.value_high == 71);
  CHECK(f.unit == "USD");
  CHECK(testing::One("Brokers named a $7 to $9 band for Dralco.", Lang::kEn).value_high == 9);
  CHECK(testing::One("Dralco held its range $14 to $17 in May.", Lang::kEn).value_high == 17);
  CHECK(testing::One("Traders priced a $2-to-$4 band for Dralco.", Lang::kEn).value_high == 4);
  // Negatives: a change verb before them and no range noun keep a change and its result.
  CHECK(
      testing::Figures("Dralco shares dropped $6 to $19 in the trading range.", Lang::kEn).size() ==
      2);
  CHECK(testing::Figures("Dralco shares lost $6 to $19 on Monday.", Lang::kEn).size() == 2);
  CHECK(testing::Figures("Dralco shares lost $6-to-$19 on Monday.", Lang::kEn).size() == 2);
}

TEST_CASE("en: a range noun after a qualified high end makes one price range", "[figures][en]") {
  // The noun is looked for after the high end as read ("about $36"), not after a re-scan of
  // the digits right after "to".
  Figure f = testing::One("Dralco stock held the $31 to about $36 band in June.", Lang::kEn);
  CHECK(f.qualifier == Qualifier::kRange);
  CHECK(f.value == 31);
  CHECK(f.value_high == 36);
  // Negative: no range noun after the high end leaves two figures.
  CHECK(testing::Figures("Dralco stock held $31 to about $36 in June.", Lang::kEn).size() == 2);
}

TEST_CASE("en: the A of an Australian dollar high end is no article", "[figures][en]") {
  // The article skip before a range's high end reads Spanish and English definite articles
  // and "un" / "una", not IsArticleOrContraction's "a".
  const Figure f = testing::One("Kelvor's adviser puts its stock at A$3.15 to A$4.05.", Lang::kEn);
  CHECK(f.qualifier == Qualifier::kRange);
  CHECK(f.value_high == Approx(4.05));
  CHECK(f.unit == "AUD");
  // "the" before the high end is skipped.
  CHECK(testing::One("Kelvor's adviser saw its stock between $3 and the $4 mark.", Lang::kEn)
            .qualifier == Qualifier::kRange);
}

TEST_CASE("en: a conversion in brackets after the low end keeps the range", "[figures][en]") {
  const std::vector<Figure> figs = testing::Figures(
      "Discs will cost between $12 (£6.30) and $18 for the Orvane titles.", Lang::kEn);
  INFO(testing::Describe(figs));
  REQUIRE(figs.size() == 2);
  CHECK(figs[0].qualifier == Qualifier::kRange);
  CHECK(figs[0].value == 12);
  CHECK(figs[0].value_high == 18);
  CHECK(figs[1].surface == "£6.30");
  CHECK(testing::Figures("Discs cost $16 (£8.40) to $24.", Lang::kEn).front().value_high == 24);
  // Negative: a bracket after an amount with no range after it changes nothing.
  const std::vector<Figure> one =
      testing::Figures("Each disc cost $12 (£6.30) for the Orvane titles.", Lang::kEn);
  REQUIRE(one.size() == 2);
  CHECK(one[0].qualifier == Qualifier::kExact);
}

// English plurals of units of measure and square measures are quantities, not counts.
TEST_CASE("en: plural and square units of measure make quantities", "[figures][en][rec42]") {
  const Figure a = One("The Carrow Bay wind farm will add 350 megawatts to the grid.");
  CHECK(a.kind == FigureKind::kQuantity);
  CHECK(a.unit == "MW");
  CHECK(a.value == 350);
  const Figure b = One("Its new line offers 16 megabits to each home.");
  CHECK(b.kind == FigureKind::kQuantity);
  CHECK(b.unit == "Mbit");
  const Figure c = One("The depot covers 12,000 square metres near the river.");
  CHECK(c.kind == FigureKind::kQuantity);
  CHECK(c.unit == "m2");
  CHECK(c.value == 12000);
  // Negative: a plural noun that is no unit stays a count.
  const Figure d = One("The firm sold 350 turbines last year.");
  CHECK(d.kind == FigureKind::kCount);
}

}  // namespace
}  // namespace newsfacts::extract
