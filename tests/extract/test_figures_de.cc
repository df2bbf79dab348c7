// Figure extraction from German text.
#include <catch2/catch.hpp>

#include "tests/extract/figure_test_util.h"

namespace newsfacts::extract {
namespace {

using testing::Describe;
using testing::Figures;

Figure One(std::string_view text) {
  return testing::One(text, Lang::kDe);
}

TEST_CASE("de: die Zahl der names what a bare number after auf or bei counts", "[figures][de]") {
  Figure a = One("Die Zahl der Brände stieg in Kralingen von sechs auf 92. Der Rest blieb.");
  CHECK(a.value == 92);
  CHECK(a.unit == "brände");
  Figure b = One("Die Zahl der Todesopfer liegt bei 56, hieß es.");
  CHECK(b.value == 56);
  CHECK(b.unit == "todesopfer");
  // Negatives: without such a noun a bare number before a new sentence stays an ordinal, and
  // a date stays a date.
  CHECK(Figures("Er kam auf 92. Der Rest fehlte.", Lang::kDe).empty());
  CHECK(Figures("Die Zahl der Teilnehmer wurde am 3. Oktober bekannt.", Lang::kDe).empty());
}

TEST_CASE("de: die Zahl der names no number in the next clause", "[figures][de]") {
  const std::vector<Figure> figs =
      Figures("Die Zahl der Kioske fiel auf 17, der Umsatz wuchs auf 64.", Lang::kDe);
  INFO(Describe(figs));
  const std::vector<Figure> k = testing::With(figs, "17");
  REQUIRE(k.size() == 1);
  CHECK(k[0].unit == "kioske");
  for (const Figure& x : testing::With(figs, "64")) CHECK(x.unit != "kioske");
  // A capital umlaut starts a noun, a lower-case one does not.
  CHECK(One("Die Anzahl der Ärzte stieg auf 64 im Mai.").unit == "ärzte");
  for (const Figure& x :
       Figures("Die Zahl der über Achtzigjährigen stieg auf 64 im Mai.", Lang::kDe)) {
    CHECK(x.unit != "über");
  }
}

TEST_CASE("de: a label word after pro or je is the unit of a rate", "[figures][de]") {
  Figure r = One("Das Amt bearbeitet je Woche 70 bis 90 Anfragen.");
  CHECK(r.value == 70);
  CHECK(r.value_high == 90);
  CHECK(One("Die Druckerei schafft je Seite 20 Bilder.").value == 20);
  // Without "pro" / "je" the word still makes a label.
  CHECK(Figures("Am Tag 3 wurden die Zelte abgebaut.", Lang::kDe).empty());
  CHECK(Figures("Laut Artikel 5 ist das seit 1998 verboten.", Lang::kDe).empty());
}

TEST_CASE("de: dollars of other countries by their adjective", "[figures][de]") {
  CHECK(One("eine Geldstrafe von 200 australischen Dollar").unit == "AUD");
  CHECK(One("eine Gebühr von 80 neuseeländische Dollar").unit == "NZD");
  CHECK(One("ein Preis von 500 Singapur-Dollar").unit == "SGD");
  // The plain word stays the US dollar.
  CHECK(One("ein Preis von 500 Dollar in Singapur").unit == "USD");
}

TEST_CASE("de: money with scale words and currency names", "[figures][de]") {
  Figure f = One("ByteDance plant, 12 Milliarden US-Dollar auszugeben.");
  CHECK(f.kind == FigureKind::kMoney);
  CHECK(f.value == Approx(12e9));
  CHECK(f.unit == "USD");
  CHECK(f.surface == "12 Milliarden US-Dollar");
  CHECK(One("Kosten von 9,5 Mio. Euro").value == Approx(9.5e6));
  CHECK(One("Kosten von 9,5 Mio. Euro").unit == "EUR");
  CHECK(One("Schulden bei 72 Mrd. Dollar").value == Approx(72e9));
  CHECK(One("Umsatz von 300 Tsd. Euro").value == Approx(3e5));
  CHECK(One("ein Budget von 40 Milliarden RMB").unit == "CNY");
  CHECK(One("für 3 Millionen Yuan").unit == "CNY");
  CHECK(One("für 5 Millionen Pfund").unit == "GBP");
  CHECK(One("für 5 Millionen Franken").unit == "CHF");
  CHECK(One("für 5 Millionen €").unit == "EUR");
  CHECK(One("Staatsschulden von 2 Billionen Euro").value == Approx(2e12));
  CHECK(One("eine Milliarde Euro").value == Approx(1e9));
  CHECK(One("ein 12-Milliarden-Dollar-Deal").value == Approx(12e9));
  CHECK(One("eine\xC2\xA0Million\xC2\xA0"
            "Euro")
            .value == Approx(1e6));  // NBSP between words
  CHECK(One("Hunderttausende\xE2\x80\xAFvon Dollar").vague);
}

TEST_CASE("de: German numbers and English-style numbers", "[figures][de]") {
  CHECK(One("bestellte etwa 230.000 von Nvidias Chips").value == 230000);
  CHECK(One("bis Ende 2026 rund 200,000 KI-Server weltweit").value == 200000);
  CHECK(One("ein Marktanteil von 6,2 %").value == Approx(6.2));
  CHECK(One("2,268 Euro Schlusskurs").value == Approx(2.268));
}

TEST_CASE("de: percentages and percentage points", "[figures][de]") {
  Figure f = One("Etwa 60 Prozent der Bestellungen");
  CHECK(f.kind == FigureKind::kPercent);
  CHECK(f.value == 60);
  CHECK(f.unit.empty());
  CHECK(f.qualifier == Qualifier::kApprox);
  Figure pp = One("Die Quote stieg um 1,5 Prozentpunkte.");
  CHECK(pp.kind == FigureKind::kPercent);
  CHECK(pp.unit == "pp");
  CHECK(pp.value == Approx(1.5));
  CHECK(One("Anteil 41,2%").value == Approx(41.2));
}

TEST_CASE("de: counts with the counted noun normalized", "[figures][de]") {
  Figure f = One("TikTok hat den Dienst für 170 Millionen US-Nutzer wiederhergestellt");
  CHECK(f.kind == FigureKind::kCount);
  CHECK(f.value == Approx(170e6));
  CHECK(f.unit == "user");
  CHECK(One("etwa 230.000 von Nvidias Chips").unit == "chip");
  CHECK(One("485.000 der fortgeschritteneren \xE2\x80\x9EHopper\xE2\x80\x9C-Chips").unit == "chip");
  CHECK(One("über 100.000 Huawei Ascend 910B Chips").unit == "chip");
  CHECK(One("71 Millionen regelmäßige monatliche aktive Nutzer").unit == "user");
  CHECK(One("knapp über 14 Millionen Einheiten").unit == "unit");
  CHECK(One("mehr als eine Million H20-GPUs").unit == "gpu");
  CHECK(One("Die Firma hat 1.200 Mitarbeiter").unit == "employee");
}

TEST_CASE("de: qualifiers", "[figures][de]") {
  CHECK(One("rund 6,8 Milliarden US-Dollar").qualifier == Qualifier::kApprox);
  CHECK(One("circa 12 Milliarden US-Dollar").qualifier == Qualifier::kApprox);
  CHECK(One("ca. 12 Milliarden US-Dollar").qualifier == Qualifier::kApprox);
  CHECK(One("knapp über 14 Millionen Einheiten").qualifier == Qualifier::kMoreThan);
  CHECK(One("mehr als 12 Milliarden US-Dollar").qualifier == Qualifier::kMoreThan);
  CHECK(One("weniger als 30.000 erhalten").qualifier == Qualifier::kLessThan);
  CHECK(One("mindestens 5 Millionen Euro").qualifier == Qualifier::kAtLeast);
  CHECK(One("bis zu 5 Millionen Euro").qualifier == Qualifier::kAtMost);
  CHECK(One("genau 5 Millionen Euro").qualifier == Qualifier::kExact);
}

TEST_CASE("de: ranges are one figure", "[figures][de]") {
  Figure f = One("ein Gewinnrückgang zwischen 88 und 99 %");
  CHECK(f.qualifier == Qualifier::kRange);
  CHECK(f.value == 88);
  REQUIRE(f.value_high);
  CHECK(*f.value_high == 99);
  CHECK(f.kind == FigureKind::kPercent);
  Figure g = One("5 bis 6 Milliarden Euro");
  CHECK(g.kind == FigureKind::kMoney);
  CHECK(g.value == Approx(5e9));
  CHECK(*g.value_high == Approx(6e9));
  Figure h = One("ein Plus von 5-6 %");
  CHECK(h.value == 5);
  CHECK(*h.value_high == 6);
}

TEST_CASE("de: parenthetical conversions are linked with same_as", "[figures][de]") {
  const auto figs =
      Figures("ein Budget von 40 Milliarden RMB (5,5 Milliarden US-Dollar) vorgesehen", Lang::kDe);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 2);
  CHECK(figs[0].unit == "CNY");
  CHECK(figs[1].unit == "USD");
  CHECK(figs[0].same_as == 1);
  CHECK(figs[1].same_as == 0);
}

TEST_CASE("de: periods attach to the figure they qualify", "[figures][de]") {
  CHECK(One("Im Jahr 2024 bestellte es etwa 230.000 Chips.").period == "2024");
  CHECK(One("im ersten Halbjahr 2023 stieg der Umsatz um 5 Prozent").period == "2023-H1");
  CHECK(One("Im dritten Quartal 2024 lag der Umsatz bei 3 Milliarden Euro.").period == "2024-Q3");
  CHECK(One("Im Q3 2024 lag der Umsatz bei 3 Milliarden Euro.").period == "2024-Q3");
  CHECK(One("TrendForce prognostiziert, dass bis Ende 2026 rund 200,000 KI-Server").period ==
        "2026");
  // A year in another sentence does not qualify the figure.
  CHECK(One("Das war 2020. Heute sind es 5 Millionen Euro.").period.empty());
}

TEST_CASE("de: spelled-out numbers", "[figures][de]") {
  Figure f = One("Nvidia soll mehr als eine Million H20-GPUs ausliefern.");
  CHECK(f.value == Approx(1e6));
  CHECK(f.qualifier == Qualifier::kMoreThan);
  CHECK(One("zwölf Prozent").value == 12);
  CHECK(One("acht Server").value == 8);
  CHECK(One("zweihundert Mitarbeiter").value == 200);
  // a spelled number without anything to count is not a figure
  CHECK(Figures("wie zwei Quellen berichten", Lang::kDe).empty());
}

TEST_CASE("de: vague magnitudes are marked, not invented", "[figures][de]") {
  Figure f = One("sie kosten jeweils Hunderttausende von Dollar");
  CHECK(f.vague);
  CHECK(f.kind == FigureKind::kMoney);
  CHECK(f.unit == "USD");
  CHECK(f.value == 1e5);
  CHECK(f.qualifier == Qualifier::kAtLeast);
  CHECK(Figures("Dutzende Gründe sprechen dafür", Lang::kDe).empty());
}

TEST_CASE("de: offsets point into the original text", "[figures][de]") {
  const std::string text =
      "Gr\xC3\xB6\xC3\x9F"
      "e: 12\xC2\xA0Milliarden\xC2\xA0"
      "Euro.";
  Figure f = One(text);
  CHECK(f.value == Approx(12e9));
  CHECK(text.substr(f.start, f.end - f.start) == f.surface);
  CHECK(f.surface ==
        "12\xC2\xA0Milliarden\xC2\xA0"
        "Euro");
}

TEST_CASE("de: corpus edge cases", "[figures][de][corpus]") {
  CHECK(One("Sowohl die Exporte (+0,5 Prozent) stiegen").value == Approx(0.5));
  CHECK(One("Bahnkarten werden ab Oktober 12 Euro teurer").unit == "EUR");
  CHECK(One("mit zehn Millionen schwedischen Kronen dotiert").unit == "SEK");
  CHECK(One("Die alte Bestmarke von 71,54 Metern").kind == FigureKind::kQuantity);
  Figure gas = One("mehr als zwei Milliarden Kubikmeter Gas");
  CHECK(gas.kind == FigureKind::kQuantity);
  CHECK(gas.value == Approx(2e9));
  CHECK(Figures("Das Full-HD-Display (1.080 x 1.920 Pixel)", Lang::kDe).empty());
  // Measure words in the dative plural and compounds are quantities, not counts of things.
  struct Measure {
    const char* text;
    const char* unit;
  };
  for (const Measure& m :
       {Measure{"in einem Umkreis von 40 Kilometern", "km"},
        Measure{"mit 180 Stundenkilometern unterwegs", "km/h"},
        Measure{"eine Fläche von 6.500 Quadratmetern", "m2"},
        Measure{"auf 120 Quadratkilometer", "km2"}, Measure{"rund 1,4 Promille im Blut", "‰"},
        Measure{"ein 6,1 Zoll großes Display", "in"}, Measure{"eine Kamera mit 12 Megapixel", "MP"},
        Measure{"insgesamt 14 Gigabyte an Daten", "GB"}, Measure{"ein Tank mit 60 Litern", "l"},
        Measure{"täglich 75 Milligramm des Wirkstoffs", "mg"},
        Measure{"ganze 300 Seemeilen vor der Küste", "nmi"},
        Measure{"er überwand 1.800 Höhenmeter", "m"}}) {
    INFO(m.text);
    const Figure f = One(m.text);
    CHECK(f.kind == FigureKind::kQuantity);
    CHECK(f.unit == m.unit);
  }
  // "Sek." in results is seconds, not Swedish kronor; the currency code stays money.
  CHECK(Figures("Zweite wurde Anna Pohl (+12,4 Sek.) vor Eva Kralinger.", Lang::kDe).empty());
  CHECK(One("Der Preis ist mit 10 Millionen SEK dotiert.").unit == "SEK");
  // The things counted stay counts.
  CHECK(One("Die Firma hat 40 Kilometerzähler verkauft").kind == FigureKind::kCount);
  CHECK(Figures("vor dem Haus in der Kirchröder Straße 18 im Bezirk", Lang::kDe).empty());
  CHECK(Figures("Dow Jones um 17.30 Uhr", Lang::kDe).empty());
  CHECK(One("Das Unternehmen plant bis 2026 Investitionen von 3 Mrd. Euro.").period == "2026");
  // Sentence end after a year: "2020." ends the sentence.
  CHECK(One("Es begann 2020. Nun kostet es 5 Euro.").period.empty());
}

}  // namespace
}  // namespace newsfacts::extract

// ---- issue 12: the error classes, German ----------------------------------------------------
namespace newsfacts::extract {
namespace {

using testing::ArticleFigures;

TEST_CASE("de: currency left implicit is taken from the article", "[figures][de][issue12]") {
  const auto figs = ArticleFigures(
      "",
      "Die Brauerei meldete einen Gewinn von 4 Millionen Franken. Der Umsatz stieg auf 27,3 "
      "Millionen, die Schulden sanken.",
      Lang::kDe);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 2);
  CHECK(figs[0].unit_source == UnitSource::kText);
  CHECK(figs[1].kind == FigureKind::kMoney);
  CHECK(figs[1].value == 27.3e6);
  CHECK(figs[1].unit == "CHF");  // the article's currency, not the language default
  CHECK(figs[1].unit_source == UnitSource::kContext);
  CHECK(figs[1].qualifier == Qualifier::kExact);
  // No currency in the article: the language default, only because a money word governs it.
  Figure d = One("Der Umsatz des Vereins lag zuletzt bei 12,5 Millionen.");
  CHECK(d.kind == FigureKind::kMoney);
  CHECK(d.unit == "EUR");
  CHECK(d.unit_source == UnitSource::kContext);
  Figure n = One("Sieben Milliarden Schulden lasten auf dem Land.");
  CHECK(n.kind == FigureKind::kMoney);
  CHECK(n.value == 7e9);
  CHECK(n.unit == "EUR");
  // A counted noun wins: no money.
  CHECK(One("Zum Umsatz trugen 3 Millionen Abonnenten bei.").kind == FigureKind::kCount);
}

TEST_CASE("de: a money noun in the plural after a scaled number makes money", "[figures][de]") {
  CHECK(One("Die Kasse der Zelmar soll 40 Millionen an Überschüssen bringen.").kind ==
        FigureKind::kMoney);
  CHECK(One("Man erwartet 2 Milliarden Überschüsse.").kind == FigureKind::kMoney);
  CHECK(testing::One("Anuncian 300 millones de inversiones.", Lang::kEs).kind ==
        FigureKind::kMoney);
  // Negative: a counted noun is no money.
  CHECK(One("Man erwartet 2 Millionen Besucher.").kind == FigureKind::kCount);
}

TEST_CASE("de: cents, Rand, Kronen", "[figures][de][issue12]") {
  Figure c = One("Die Semmel kostet jetzt 80 Cent.");
  CHECK(c.value == 0.8);
  CHECK(c.unit == "EUR");
  CHECK(One("ein Kredit über 250 Rand").unit == "ZAR");
  Figure k = One("für 1,2 Millionen dänische Kronen");
  CHECK(k.unit == "DKK");
  CHECK(k.value == 1.2e6);
}

TEST_CASE("de: a neighbour lends its currency and scale", "[figures][de][issue12]") {
  auto figs = Figures("Die Fonds verwalten 80 Milliarden Euro, davon 12 in Asien.", Lang::kDe);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 2);
  CHECK(figs[1].kind == FigureKind::kMoney);
  CHECK(figs[1].value == 12e9);
  CHECK(figs[1].unit == "EUR");
  figs = Figures("Die Schäden wurden mit 420.000 bzw. rund 2 Mio. Euro beziffert.", Lang::kDe);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 2);
  CHECK(figs[0].kind == FigureKind::kMoney);
  CHECK(figs[0].value == 420000);
  CHECK(figs[0].unit == "EUR");
  figs = Figures("Es gab Prämien von 3, 6 und 9 Millionen Euro.", Lang::kDe);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 3);
  CHECK(figs[0].value == 3e6);
  CHECK(figs[1].value == 6e6);
  CHECK(figs[2].value == 9e6);
  CHECK(figs[0].unit == "EUR");
}

TEST_CASE("de: a scaled number after a rate of change of a counted noun takes no currency",
          "[figures][de]") {
  auto figs = Figures(
      "Die Renovierung der Halle kostete 7 Millionen Euro, die Zahl der Nutzer wuchs um 8 "
      "Prozent auf 3 Millionen.",
      Lang::kDe);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 3);
  CHECK(figs[2].kind == FigureKind::kCount);
  CHECK(figs[2].unit.empty());
}

TEST_CASE("es: a scaled number after a rate of change of sales takes the currency",
          "[figures][es]") {
  // Negative: sales are the amount; nothing counted stands between.
  auto figs = Figures(
      "Tarquesa invirtió 310 millones de euros y sus ventas subieron un 6 % hasta 2.950 millones.",
      Lang::kEs);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 3);
  CHECK(figs[2].kind == FigureKind::kMoney);
  CHECK(figs[2].unit == "EUR");
}

TEST_CASE("de: a scaled number counting people in the next sentence takes no currency",
          "[figures][de]") {
  auto figs = Figures(
      "Das neue Stadion in Wolkental kostete 9 Millionen Euro. Die Region zählt heute 3 "
      "Millionen.",
      Lang::kDe);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 2);
  CHECK(figs[1].kind == FigureKind::kCount);
  CHECK(figs[1].unit.empty());
  // Negative: a sentence naming a payment keeps the currency.
  figs = Figures(
      "Das neue Stadion in Wolkental kostete 9 Millionen Euro. Die Region will 3 Millionen "
      "zahlen.",
      Lang::kDe);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 2);
  CHECK(figs[1].kind == FigureKind::kMoney);
  CHECK(figs[1].unit == "EUR");
}

TEST_CASE("de: a scaled bare number in the next sentence takes the currency before it",
          "[figures][de]") {
  auto figs = Figures(
      "Für die neue Brücke in Wolkental sind 8,4 Millionen Euro eingeplant. Der Kreis will "
      "vier bis fünf Millionen zahlen, das Land sechs Millionen.",
      Lang::kDe);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 3);
  CHECK(figs[1].kind == FigureKind::kMoney);
  CHECK(figs[1].unit == "EUR");
  CHECK(figs[1].value == 4e6);
  CHECK(figs[2].kind == FigureKind::kMoney);
  CHECK(figs[2].value == 6e6);
  // Two sentences on, in a sentence that counts people ("lebten"), the amount is no longer the
  // one discussed.
  figs = Figures(
      "Für die neue Brücke in Wolkental sind 8,4 Millionen Euro eingeplant. Der Kreistag "
      "tagte am Abend. Im Tal lebten damals zwei Millionen.",
      Lang::kDe);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 2);
  CHECK(figs[1].kind == FigureKind::kCount);
  CHECK(figs[1].unit.empty());
}

TEST_CASE("de: number words with fractions and compounds", "[figures][de][issue12]") {
  Figure a = One("Das Projekt kostet eineinhalb Milliarden Euro.");
  CHECK(a.value == 1.5e9);
  CHECK(a.unit == "EUR");
  CHECK(a.qualifier == Qualifier::kExact);
  CHECK_FALSE(a.vague);
  Figure b = One("Dort leben zweieinhalb Millionen Menschen.");
  CHECK(b.value == 2.5e6);
  CHECK(b.unit == "person");
  CHECK(One("Es fehlen anderthalb Millionen Euro.").value == 1.5e6);
  Figure h = One("Er spendete eine halbe Million Euro.");
  CHECK(h.value == 5e5);
  CHECK(h.unit == "EUR");
  Figure t = One("Der Konzern hat dreitausend Mitarbeiter.");
  CHECK(t.value == 3000);
  CHECK(t.unit == "employee");
  CHECK(One("Das kostete zehntausend Euro.").value == 1e4);
  CHECK(One("Es kamen zweihunderttausend Besucher.").unit == "visitor");
}

TEST_CASE("de: written minus signs are negative", "[figures][de][issue12]") {
  CHECK(One("Die Wirtschaft wuchs um minus 0,4 Prozent.").value == -0.4);
  CHECK(One("Die Aktie (-12,5 Prozent) fiel.").value == -12.5);
  CHECK(One("Der Index lag bei \xE2\x88\x92"
            "1,8 %.")
            .value == -1.8);                               // U+2212
  CHECK(One("Der Absatz sank um 3 Prozent.").value == 3);  // the verb carries the direction
}

TEST_CASE("de: ranges and alternatives of one unit, changes are two figures",
          "[figures][de][issue12]") {
  Figure a = One("Die Quote soll auf 4,5 oder 4,7 Prozent sinken.");
  CHECK(a.qualifier == Qualifier::kRange);
  CHECK(a.value == 4.5);
  CHECK(a.value_high == Approx(4.7));
  CHECK(a.kind == FigureKind::kPercent);
  Figure b = One("Gebote zwischen 10.000 Euro und 2 Millionen Euro");
  CHECK(b.qualifier == Qualifier::kRange);
  CHECK(b.value == 10000);
  CHECK(b.value_high == Approx(2e6));
  CHECK(b.unit == "EUR");
  CHECK(One("eine Senkung um 200 bis 250 Euro je Monat").qualifier == Qualifier::kRange);
  CHECK(Figures("Der Satz stieg von 3 auf 5 Prozent.", Lang::kDe).size() == 2);
}

TEST_CASE("de: model numbers, court files, channels and far years are not figures",
          "[figures][de][issue12]") {
  CHECK(Figures("Im Test überzeugte das Lenovo Yoga 7 am meisten.", Lang::kDe).empty());
  CHECK(Figures("Das Gericht entschied (7 Ob 23/19k) anders.", Lang::kDe).empty());
  CHECK(Figures("Die Sendung läuft im Kanal 5 am Abend.", Lang::kDe).empty());
  CHECK(Figures("Der Plan reicht bis 2250 in die Zukunft.", Lang::kDe).empty());
  CHECK(Figures("Die Norm B 4711 regelt den Brandschutz.", Lang::kDe).empty());
  // German nouns are capitalised: a number after one that counts something is a figure.
  const auto seats = Figures("Die Koalition hat mit Partnern 328 von 547 Sitzen.", Lang::kDe);
  INFO(Describe(seats));
  CHECK_FALSE(testing::With(seats, "328").empty());
  CHECK(One("Dort wurden im Mühlviertel 35 seltene Käfer entdeckt.").value == 35);
  CHECK(Figures("Hotline: 0-800-123-4567 erreichbar", Lang::kDe).empty());
}

TEST_CASE(
    "de: a number after a name is a label when an article or preposition stands before the "
    "next noun",
    "[figures][de]") {
  // Channels, clubs, products, roads: the capitalised word after them is not what they count.
  CHECK(Figures("Gestern diskutierte Frau Pohl auf Kanal Nord 3 mit drei Gästen.", Lang::kDe)
            .empty());
  CHECK(Figures("Für Schlusslicht Kralingen 07 wird die Luft dünner.", Lang::kDe).empty());
  CHECK(Figures("Der Hersteller zeigte das Pexo Tab 8 oder das Voltaro Slate.", Lang::kDe).empty());
  CHECK(Figures("Die Sperre der A 9 nach Norden dauert an.", Lang::kDe).empty());
  CHECK(Figures("Der Zug Merkur 61 aus Basel hatte Verspätung.", Lang::kDe).empty());
  // A club number with a leading zero, whatever follows it.
  CHECK(Figures("Der Stürmer steht bei Borussia 07 Kralingen unter Vertrag.", Lang::kDe).empty());
  // Negatives: an article before another number, a noun right after, a weekday before.
  const auto votes =
      Figures("Die Gruppe benötigte für ihr Vorhaben 60 der 100 Stimmen im Rat.", Lang::kDe);
  INFO(Describe(votes));
  CHECK_FALSE(testing::With(votes, "60").empty());
  CHECK(One("Die Behörde zählte im Grenzort 380 neue Anträge.").value == 380);
  const auto sunday = Figures(
      "Am Samstag kamen 3.150 Menschen an, am Sonntag 2.870. Die Lage bleibt ruhig.", Lang::kDe);
  INFO(Describe(sunday));
  CHECK_FALSE(testing::With(sunday, "2.870").empty());
}

TEST_CASE(
    "de: a label number is no figure after a hyphen compound, a camel-case name, or before a "
    "preposition and a date",
    "[figures][de]") {
  // The last part of a hyphen compound names like a plain word.
  CHECK(Figures("Der Mann saß im Nordwind-Air-Flug 418 nach Graz.", Lang::kDe).empty());
  CHECK(Figures("Die Crew der Mond-Mission 9 und die Forscherin landeten.", Lang::kDe).empty());
  // A product in camel case.
  CHECK(Figures("Im Test lief das eTablo 12 des Herstellers Vorak gut.", Lang::kDe).empty());
  // A preposition not yet listed before the next capitalised word.
  CHECK(Figures("Die Seite lief im Netzleser 7 unter Fenstra XP nicht.", Lang::kDe).empty());
  CHECK(Figures("Er arbeitete bei Eintracht Kralingen 96 als Co-Trainer.", Lang::kDe).empty());
  // A preposition before a date or another figure does not read on to it.
  CHECK(Figures("Die Debatte zeigt Kanal Nord 3 am 14. Mai.", Lang::kDe).empty());
  const auto jet = Figures("Eine Aviona 312 mit 140 Passagieren landete.", Lang::kDe);
  INFO(Describe(jet));
  CHECK(testing::With(jet, "312").empty());
  CHECK_FALSE(testing::With(jet, "140 Passagieren").empty());
  // Negatives: a dash with spaces is a break, an article before another number reads on.
  CHECK(One("Die Lage - 40 Menschen warten noch.").value == 40);
  const auto seats = Figures("Die Liste hat in Pralow 178 der 300 Sitze gewonnen.", Lang::kDe);
  INFO(Describe(seats));
  CHECK_FALSE(testing::With(seats, "178").empty());
}

TEST_CASE("de: 'unter' after a survey noun means among, not less than", "[figures][de]") {
  CHECK(One("Eine Befragung unter 612 Betrieben zeigt ein gemischtes Bild.").qualifier ==
        Qualifier::kExact);
  CHECK(One("Laut einer Umfrage unter 1.250 Lehrern fehlt es an Geräten.").qualifier ==
        Qualifier::kExact);
  // Negatives: below a number, and below a threshold after a survey noun and an article.
  CHECK(One("Der Preis liegt unter 300 Euro.").qualifier == Qualifier::kLessThan);
  CHECK(One("Die Liste liegt in Umfragen unter der 4-Prozent-Marke.").qualifier ==
        Qualifier::kLessThan);
}

TEST_CASE("de: a qualifier reads across the dative and genitive articles too", "[figures][de]") {
  // "dem"/"des" and the demonstratives are skipped like "der"/"den" (one article list,
  // extract/function_words.h): below / above the threshold that follows.
  CHECK(One("Die Teuerung blieb unter dem 3-Prozent-Ziel der Notenbank.").qualifier ==
        Qualifier::kLessThan);
  CHECK(One("Der Absatz lag über dieser 40-Prozent-Schwelle.").qualifier == Qualifier::kMoreThan);
  // Negative: no qualifier word before the article.
  CHECK(One("Die Teuerung blieb mit dem 3-Prozent-Ziel im Rahmen.").qualifier == Qualifier::kExact);
}

TEST_CASE("de: percentage points, basis points, -prozentig", "[figures][de][issue12]") {
  Figure p = One("Die Zinsen stiegen um 50 Basispunkte.");
  CHECK(p.value == 0.5);
  CHECK(p.unit == "pp");
  CHECK(p.kind == FigureKind::kPercent);
  Figure a = One("eine 2,5-prozentige Anleihe");
  CHECK(a.kind == FigureKind::kPercent);
  CHECK(a.value == 2.5);
}

TEST_CASE("de: comma groups before a scale word are decimals", "[figures][de][issue12]") {
  Figure f = One("Der Deal hat 4,125,500 Millionen Dollar gekostet.");
  CHECK(f.value == Approx(4125500));
  CHECK(f.unit == "USD");
}

TEST_CASE("de: values are exact decimals", "[figures][de][issue12]") {
  CHECK(One("Der Umsatz: 1,7 Milliarden Euro.").value == 1.7e9);
  CHECK(One("ein Plus von 0,3 Prozent").value == 0.3);
  CHECK(One("Die Marge lag bei 12,07 Prozent.").value == 12.07);
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("de: a counted noun outside the table keeps its source word", "[figures][de][issue12]") {
  Figure a = testing::One("Der Betrieb beschäftigt 300 Monteure.", Lang::kDe);
  CHECK(a.kind == FigureKind::kCount);
  CHECK(a.value == 300);
  CHECK(a.unit == "monteure");
  CHECK(a.qualifier == Qualifier::kExact);
  Figure b = testing::One("Im Herbst beginnen rund 45 Lehrlinge.", Lang::kDe);
  CHECK(b.value == 45);
  CHECK(b.unit == "lehrlinge");
  CHECK(b.qualifier == Qualifier::kApprox);
  // A lower-case word after the number is not a counted noun in German.
  for (const Figure& f : testing::Figures("Davon entfallen 300 auf den Export.", Lang::kDe)) {
    CHECK(f.unit != "auf");
  }
}

TEST_CASE("de: a list shares the unit of its last member", "[figures][de][issue12]") {
  const auto figs =
      testing::Figures("Die Prämien liegen bei 5, 10 und 15 Millionen Dollar.", Lang::kDe);
  INFO(testing::Describe(figs));
  REQUIRE(figs.size() == 3);
  const double want[] = {5e6, 10e6, 15e6};
  for (size_t i = 0; i < 3; ++i) {
    CHECK(figs[i].kind == FigureKind::kMoney);
    CHECK(figs[i].value == want[i]);
    CHECK(figs[i].unit == "USD");
    CHECK(figs[i].qualifier == Qualifier::kExact);
  }
}

TEST_CASE("de: implicit amounts stay euros whatever year the article names",
          "[figures][de][issue12]") {
  Figure f = testing::One("Der Umsatz von 18,1 Millionen im Jahr 1998 stieg weiter.", Lang::kDe);
  CHECK(f.kind == FigureKind::kMoney);
  CHECK(f.value == 18.1e6);
  CHECK(f.unit == "EUR");  // the peseta-era default is Spanish only
  CHECK(f.unit_source == UnitSource::kContext);
}

TEST_CASE("de: a colloquial price list shares its currency", "[figures][de][issue12]") {
  const auto figs =
      testing::Figures("Am Stand kostet 3 Euro ein Bier, 4 ein Wein und 2 ein Wasser.", Lang::kDe);
  INFO(testing::Describe(figs));
  REQUIRE(figs.size() == 3);
  const double want[] = {3, 4, 2};
  for (size_t i = 0; i < 3; ++i) {
    CHECK(figs[i].kind == FigureKind::kMoney);
    CHECK(figs[i].value == want[i]);
    CHECK(figs[i].unit == "EUR");
    CHECK(figs[i].qualifier == Qualifier::kExact);
    CHECK(figs[i].unit_source == (i == 0 ? UnitSource::kText : UnitSource::kContext));
  }
  // Not a price list: the number after the money figure prices no item.
  const auto other =
      testing::Figures("Der Stand nahm 3 Euro pro Gast ein, 40 Helfer kamen.", Lang::kDe);
  INFO(testing::Describe(other));
  REQUIRE(other.size() == 2);
  CHECK(other[1].kind == FigureKind::kCount);
}

}  // namespace
TEST_CASE("de: law paragraphs, roads, platforms and school years are labels, not figures",
          "[figures][de]") {
  CHECK(Figures("Das Amt stützt sich auf § 14 Abs. 3 der Verordnung.", Lang::kDe).empty());
  CHECK(Figures("Strafbar nach §§ 31 bis 33 des Gesetzes.", Lang::kDe).empty());
  CHECK(Figures("Auf der Autobahn 7 bei Hollbrunn staute sich der Verkehr.", Lang::kDe).empty());
  CHECK(Figures("Die Bundesstraße 301 bleibt am Montag gesperrt.", Lang::kDe).empty());
  CHECK(Figures("Der Zug fährt auf Gleis 4 ein.", Lang::kDe).empty());
  CHECK(Figures("Unterricht in den Klassen 7 bis 9 fällt aus.", Lang::kDe).empty());
  // Negatives: a count after the sentence that ends with such a word, and a count after "§"
  // further away.
  const auto after =
      Figures("Er startete in drei Klassen. 180 Fahrer aus elf Ländern kamen.", Lang::kDe);
  REQUIRE(after.size() == 1);
  CHECK(after[0].value == Approx(180));
  const auto law = Figures("Nach § 3 der Satzung haben 420 Mitglieder abgestimmt.", Lang::kDe);
  REQUIRE(law.size() == 1);
  CHECK(law[0].value == Approx(420));
}

TEST_CASE("de: a bare number in brackets after a name takes the percent of its list",
          "[figures][de][rankings]") {
  const auto after = Figures(
      "Knapp vorn ist Norland mit 6,7 Prozent vor Vetonien (5,9 Prozent) und Kralland (5,25).",
      Lang::kDe);
  INFO(Describe(after));
  const auto k = testing::With(after, "5,25");
  REQUIRE(k.size() == 1);
  CHECK(k[0].kind == FigureKind::kPercent);
  CHECK(k[0].value == Approx(5.25));
  const auto before =
      Figures("Spitzenreiter sind Norland (22,5) und Vetonien (21,0 Prozent).", Lang::kDe);
  INFO(Describe(before));
  REQUIRE(testing::With(before, "22,5").size() == 1);
  CHECK(testing::With(before, "22,5")[0].kind == FigureKind::kPercent);
  const auto with =
      Figures("Am Ende stehen Norland (1,63) und die Kralinger mit 1,58 Prozent.", Lang::kDe);
  INFO(Describe(with));
  REQUIRE(testing::With(with, "1,63").size() == 1);
  CHECK(testing::With(with, "1,63")[0].kind == FigureKind::kPercent);
  const auto ranked =
      Figures("Norland kommt mit 5,2 Prozent vor Vetonien (4,8) und Kralland (1,7).", Lang::kDe);
  INFO(Describe(ranked));
  REQUIRE(testing::With(ranked, "4,8").size() == 1);
  CHECK(testing::With(ranked, "4,8")[0].kind == FigureKind::kPercent);
  REQUIRE(testing::With(ranked, "1,7").size() == 1);
  CHECK(testing::With(ranked, "1,7")[0].kind == FigureKind::kPercent);
  // Negatives: an age in brackets, and a bracketed number whose neighbour counts points.
  CHECK(Figures("Der Bürgermeister Anton Kralinger (45) sagte nichts dazu.", Lang::kDe).empty());
  const auto points = Figures("Es führen Norland (7 Punkte) und Vetonien (6).", Lang::kDe);
  INFO(Describe(points));
  CHECK(testing::With(points, "6").empty());
}

}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("de: a comparison states its unit once for both numbers", "[figures][de]") {
  const auto a = testing::Figures("Die Zustimmung lag bei 31 gegenüber 24 Prozent.", Lang::kDe);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 2);
  CHECK(a[0].kind == FigureKind::kPercent);
  CHECK(a[0].value == Approx(31));
  const auto b = testing::Figures("Die Tageskarte kostet 9 anstatt 7 Euro.", Lang::kDe);
  INFO(testing::Describe(b));
  REQUIRE(b.size() == 2);
  CHECK(b[0].kind == FigureKind::kMoney);
  CHECK(b[0].unit == "EUR");
  // Negative: a counted noun keeps its own unit.
  const auto c = testing::Figures("Es kamen 31 Helfer gegenüber 24 Prozent im Vorjahr.", Lang::kDe);
  INFO(testing::Describe(c));
  REQUIRE(c.size() == 2);
  CHECK(c[0].kind == FigureKind::kCount);
}

TEST_CASE("de: the base of a rate after pro or a number and je is no count", "[figures][de]") {
  const auto a = testing::Figures("In Kolmbach kommen 7,2 Ärzte pro 1.000 Einwohner.", Lang::kDe);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 1);
  CHECK(a[0].value == Approx(7.2));
  const auto b = testing::Figures("Gemeldet wurden 14 Fälle je 100.000 Einwohner.", Lang::kDe);
  INFO(testing::Describe(b));
  REQUIRE(b.size() == 1);
  CHECK(b[0].value == Approx(14));
  // Negative: "je" without a number before hands out that many each.
  const auto c =
      testing::Figures("Die Heime in Arnsfeld und Tollbach bieten je 80 Betten.", Lang::kDe);
  INFO(testing::Describe(c));
  REQUIRE(c.size() == 1);
  CHECK(c[0].value == Approx(80));
}

TEST_CASE("de: counts before an abbreviation and engine power", "[figures][de]") {
  const auto a = testing::Figures("Der Tarif enthält 3.000 SMS im Monat.", Lang::kDe);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 1);
  CHECK(a[0].kind == FigureKind::kCount);
  CHECK(a[0].value == Approx(3000));
  const auto b = testing::Figures("Der Sportwagen von Vellmar leistet 450 PS.", Lang::kDe);
  INFO(testing::Describe(b));
  REQUIRE(b.size() == 1);
  CHECK(b[0].kind == FigureKind::kQuantity);
  CHECK(b[0].unit == "PS");
  // Negative: an ungrouped number before an all-capital word is still a model.
  CHECK(testing::Figures("Die neue Trelix 770 XR kommt im Herbst.", Lang::kDe).empty());
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("de: a list after a capitalised noun ending in a unit is made of figures",
          "[figures][de]") {
  const auto a =
      testing::Figures("Die Zuschläge betragen je nach Strecke 150, 300 und 450 Euro.", Lang::kDe);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 3);
  for (const Figure& f : a) CHECK(f.kind == FigureKind::kMoney);
  CHECK(a[0].value == Approx(150));
  // Negative: a list of labels without a unit stays labels.
  CHECK(testing::Figures("Er fuhr mit den Linien 150, 300 und 450 zur Arbeit.", Lang::kDe).empty());
}

TEST_CASE("de: a year-like low end of a range takes the unit of its high end", "[figures][de]") {
  const auto a = testing::Figures("Rund 1600 bis 1900 Euro kostet die Reparatur.", Lang::kDe);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 1);
  CHECK(a[0].kind == FigureKind::kMoney);
  CHECK(a[0].value == Approx(1600));
  CHECK(a[0].value_high == Approx(1900));
  // Negative: a span of years before a figure stays a span of years.
  const auto b =
      testing::Figures("Zwischen 2006 und 2011 stieg der Preis um 17 Prozent.", Lang::kDe);
  INFO(testing::Describe(b));
  REQUIRE(b.size() == 1);
  CHECK(b[0].value == Approx(17));
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("de: a list shares a unit of measure stated once", "[figures][de]") {
  const auto a = testing::Figures("Die Springerin landete bei 97 und 104 Metern.", Lang::kDe);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 2);
  CHECK(a[0].kind == FigureKind::kQuantity);
  CHECK(a[0].unit == "m");
  // Negative: a counted noun keeps its own unit.
  const auto b = testing::Figures("Es kamen 97 Gäste und 104 Meter Stau.", Lang::kDe);
  INFO(testing::Describe(b));
  REQUIRE(b.size() == 2);
  CHECK(b[0].kind == FigureKind::kCount);
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("de: a bare fraction after a percentage is one more share", "[figures][de]") {
  const auto a = testing::Figures(
      "Vom Beitrag in Wendlingen übernimmt 8,35 Prozent der Betrieb, 7,65 der Verein.", Lang::kDe);
  INFO(testing::Describe(a));
  REQUIRE(a.size() == 2);
  CHECK(a[1].kind == FigureKind::kPercent);
  CHECK(a[1].value == Approx(7.65));
  // Negative: a whole number counts things.
  const auto b = testing::Figures(
      "Rund 8,35 Prozent der Betriebe in Wendlingen, 76 insgesamt, meldeten Kurzarbeit.",
      Lang::kDe);
  INFO(testing::Describe(b));
  REQUIRE(b.size() == 2);
  CHECK(b[1].kind == FigureKind::kCount);
}

TEST_CASE("de: an editor's remark between a number and its noun is skipped", "[figures][de]") {
  Figure f = testing::One("Die Werft zählt 9 (sic) Mitarbeiter in Brelo.", Lang::kDe);
  CHECK(f.kind == FigureKind::kCount);
  CHECK(f.unit == "employee");
  CHECK(f.surface == "9 (sic) Mitarbeiter");
  CHECK(testing::One("Sie hat 40 (!) Mitarbeiter.", Lang::kDe).unit == "employee");
  // Negative: another bracket still ends the phrase.
  CHECK(testing::Figures("Der Betrieb hat 15 (Stand Mai) Mitarbeiter.", Lang::kDe).empty());
}

TEST_CASE("de: a money noun with the person ending -eur names people", "[figures][de]") {
  Figure f =
      testing::One("Das Gesetz kennt unter 4 Millionen Profiteuren kaum Verlierer.", Lang::kDe);
  CHECK(f.kind == FigureKind::kCount);
  CHECK(f.unit == "profiteuren");  // the counted noun, no currency
  CHECK(f.value == Approx(4e6));
  // Negatives: the noun, its inflected forms and compounds that start with it stay money.
  for (const char* text :
       {"Der Konzern machte 3 Milliarden Gewinne.", "Es kam zu 2 Milliarden Verlusten.",
        "Sie meldeten 4 Milliarden Überschüsse.", "Die Bank gewährt 6 Milliarden Kreditrahmen.",
        "Vantor meldet 7 Milliarden Umsatzzuwachs.",
        "Im Etat klafft ein 30 Millionen Budgetloch."}) {
    INFO(text);
    const Figure m = testing::One(text, Lang::kDe);
    CHECK(m.kind == FigureKind::kMoney);
    CHECK(m.unit == "EUR");
  }
}

TEST_CASE("de: two close numbers joined by a comma alone are alternatives", "[figures][de]") {
  Figure f = testing::One("Die Löhne bei Vantor steigen um 20, 25 Prozent.", Lang::kDe);
  CHECK(f.kind == FigureKind::kPercent);
  CHECK(f.qualifier == Qualifier::kRange);
  CHECK(f.value == 20);
  CHECK(f.value_high == 25);
  // Negatives: lists of three or with a conjunction stay lists; far apart ends stay two; a
  // clause boundary (no "um" / "rund" / "etwa" / "auf" / "bei" before the low end) stays two.
  CHECK(testing::Figures("Die Werte lagen bei 11, 13, 16 Prozent.", Lang::kDe).size() == 3);
  CHECK(testing::Figures("Die Werte lagen bei 18, 16 und 12 Prozent.", Lang::kDe).size() == 3);
  CHECK(testing::Figures("Im Bezirk 3, 40 Prozent mehr.", Lang::kDe).size() == 2);
  for (const Figure& g :
       testing::Figures("Unter den Kunden über 35, 60 Prozent zahlen bar.", Lang::kDe)) {
    CHECK(g.qualifier != Qualifier::kRange);
  }
  for (const Figure& g :
       testing::Figures("Entre los clientes de 35, 60 % paga en efectivo.", Lang::kEs)) {
    CHECK(g.qualifier != Qualifier::kRange);
  }
  for (const Figure& g : testing::Figures("Among buyers over 35, 60% paid in cash.", Lang::kEn)) {
    CHECK(g.qualifier != Qualifier::kRange);
  }
}

TEST_CASE("de: a place phrase after the low end of a zwischen range keeps the range",
          "[figures][de]") {
  Figure f = testing::One("Der Tarif kostet zwischen 380 Euro im Süden und 610 Euro.", Lang::kDe);
  CHECK(f.qualifier == Qualifier::kRange);
  CHECK(f.value == 380);
  CHECK(f.value_high == 610);
  CHECK(f.unit == "EUR");
  // Negatives: without "zwischen", a high end below the low one, or a place for each end:
  // two figures stay.
  CHECK(testing::Figures("Der Tarif kostet 380 Euro im Süden und 610 Euro.", Lang::kDe).size() ==
        2);
  CHECK(testing::Figures("Er kostet zwischen 380 Euro im Süden und 250 Euro.", Lang::kDe).size() ==
        2);
  const std::vector<Figure> two = testing::Figures(
      "Der Tarif kostet zwischen 312 Euro in Kralland und 540 Euro in Norland.", Lang::kDe);
  INFO(testing::Describe(two));
  REQUIRE(two.size() == 2);
  CHECK(two[0].qualifier != Qualifier::kRange);
  CHECK(two[1].value == 540);
}

// An amount that names its currency, then sentences later a scaled number that counts
// nothing: more of the same money.
TEST_CASE("de: a scaled bare number sentences after an amount in Euro is money",
          "[figures][de][rec42]") {
  const std::string head =
      "Die Gemeinde Wendrichsau investiert 12 Millionen Euro in ein neues Hallenbad, wie der "
      "Bürgermeister am Montag bei einer Sitzung des Gemeinderats im Rathaus bekanntgab. Die "
      "Pläne liegen seit dem Frühjahr vor. ";
  const auto figs = ArticleFigures(
      "", head + "Die Sanierung der Schule soll weitere 4 Millionen verschlingen.", Lang::kDe);
  INFO(Describe(figs));
  const auto four = testing::With(figs, "4 Millionen");
  REQUIRE(four.size() == 1);
  CHECK(four[0].kind == FigureKind::kMoney);
  CHECK(four[0].unit == "EUR");
  // Negatives: a sentence that counts people, and an amount before that names no currency.
  const auto people = ArticleFigures("", head + "Im ganzen Land leben 4 Millionen.", Lang::kDe);
  INFO(Describe(people));
  const auto p4 = testing::With(people, "4 Millionen");
  REQUIRE(p4.size() == 1);
  CHECK(p4[0].kind == FigureKind::kCount);
  // "erlebte" holds "lebte" but counts nobody: still money.
  const auto lived = ArticleFigures(
      "",
      head +
          "Nachdem der Ort im Sommer einen Ansturm erlebte, soll die neue Kläranlage weitere "
          "4 Millionen verschlingen.",
      Lang::kDe);
  INFO(Describe(lived));
  const auto l4 = testing::With(lived, "4 Millionen");
  REQUIRE(l4.size() == 1);
  CHECK(l4[0].kind == FigureKind::kMoney);
  CHECK(l4[0].unit == "EUR");
  const auto bare = ArticleFigures(
      "",
      "Das Budget von Wendrichsau beträgt 12 Millionen, wie der Bürgermeister am Montag bei einer "
      "Sitzung des Gemeinderats im Rathaus bekanntgab. Die Pläne liegen seit dem Frühjahr vor. "
      "Die Sanierung der Schule soll weitere 4 Millionen verschlingen.",
      Lang::kDe);
  INFO(Describe(bare));
  const auto b4 = testing::With(bare, "4 Millionen");
  REQUIRE(b4.size() == 1);
  CHECK(b4[0].kind == FigureKind::kCount);
}

}  // namespace
}  // namespace newsfacts::extract
