// Attribution through the Extractor (figures + gazetteer + name tagger + attribution) with
// invented names, in German, Spanish and English: clause subject, possessives, references
// to the last subject, the article's topic (title and lead), the evidence fields
// (entity_type, entity_surface, entity_start/end) and products rolled up to their maker;
// negatives keep null or the right entity.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "extract/attribution.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "tests/extract/figure_test_util.h"

namespace nf = newsfacts::extract;

namespace {

nf::Extraction Text(const std::string& text, nf::Lang lang) {
  return nf::testing::FullText(text, lang);
}

nf::Extraction Art(const std::string& title, const std::string& body, nf::Lang lang) {
  nf::Article a;
  a.title = title;
  a.body = body;
  a.lang = lang;
  nf::Extraction x;
  REQUIRE(nf::testing::FullExtractor().Extract(a, &x).ok());
  return x;
}

// The evidence offsets point at the evidence surface in the field text.
void CheckEvidence(const nf::Figure& f, const std::string& field_text) {
  REQUIRE_FALSE(f.entity_surface.empty());
  REQUIRE(f.entity_end <= field_text.size());
  CHECK(field_text.substr(f.entity_start, f.entity_end - f.entity_start) == f.entity_surface);
}

}  // namespace

TEST_CASE("de: the clause subject, an unknown company, with its evidence", "[attribution][de]") {
  const std::string t =
      "Die Kralinger Maschinenbau AG steigerte ihren Umsatz auf 120 Millionen Euro.";
  auto x = Text(t, nf::Lang::kDe);
  const nf::Figure& f = nf::testing::FigureWith(x, "120 Millionen Euro");
  CHECK(f.entity == "Kralinger Maschinenbau AG");
  REQUIRE(f.entity_type.has_value());
  CHECK(*f.entity_type == nf::EntityType::kOrg);
  CheckEvidence(f, t);
}

TEST_CASE("de: a genitive before the metric noun, and 'der Konzern' resolves to the subject",
          "[attribution][de]") {
  const std::string t =
      "Der Versicherer Donaublick legte Zahlen vor. Der Konzern erzielte einen Gewinn von 12 "
      "Millionen Euro.";
  auto x = Text(t, nf::Lang::kDe);
  const nf::Figure& gewinn = nf::testing::FigureWith(x, "12 Millionen Euro");
  CHECK(gewinn.entity == "Donaublick");
  CheckEvidence(gewinn, t);
  // Negative: the company is only cited ("Laut ..."); the figure is about the country.
  auto n =
      Text("Laut Kralinger AG stieg die Inflation in Österreich auf 3 Prozent.", nf::Lang::kDe);
  const nf::Figure& inflation = nf::testing::FigureWith(n, "3 Prozent");
  CHECK(inflation.entity == "Österreich");
  CHECK(*inflation.entity_type == nf::EntityType::kPlace);

  const std::string g =
      "Pohlmann & Sandner wächst. Pohlmann & Sandners Umsatz kletterte auf 45 Millionen Euro.";
  auto y = Text(g, nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(y, "45 Millionen Euro").entity.find("Pohlmann") !=
        std::string::npos);
}

TEST_CASE("de: a figure without a named company takes the article's topic from the title",
          "[attribution][de]") {
  auto x = Art("Versicherer Donaublick wächst kräftig", "Die Prämien stiegen um 8 Prozent.",
               nf::Lang::kDe);
  const nf::Figure& f = nf::testing::FigureWith(x, "8 Prozent");
  CHECK(f.entity == "Donaublick");
  CHECK(f.entity_field == nf::Field::kTitle);
  CHECK(f.entity_surface == "Donaublick");
}

TEST_CASE("de: a market-wide figure cited from a source keeps entity null", "[attribution][de]") {
  auto x = Text("Laut TrendForce werden weltweit 200.000 KI-Server ausgeliefert.", nf::Lang::kDe);
  const nf::Figure& f = nf::testing::FigureWith(x, "200.000");
  CHECK(f.entity.empty());
  CHECK_FALSE(f.entity_type.has_value());
  CHECK(f.entity_surface.empty());
}

TEST_CASE("es: possessive 'de X', a cue noun, and 'la compañía' resolving to the subject",
          "[attribution][es]") {
  const std::string t =
      "Los ingresos de Tecnovía crecieron hasta 30 millones de euros. El grupo Almerisa "
      "presentó sus cuentas. La compañía ganó 5 millones de euros.";
  auto x = Text(t, nf::Lang::kEs);
  const nf::Figure& ing = nf::testing::FigureWith(x, "30 millones de euros");
  CHECK(ing.entity == "Tecnovía");
  CheckEvidence(ing, t);
  CHECK(nf::testing::FigureWith(x, "5 millones de euros").entity == "Almerisa");
}

TEST_CASE("es: a feast in the title is not the article's topic", "[attribution][es][es17]") {
  auto x = Art("Portugal: Semana Santa, fiestas y contagios al alza",
               "Roza ya el umbral de riesgo extremo, con 250 casos en dos semanas.", nf::Lang::kEs);
  const nf::Figure& f = nf::testing::FigureWith(x, "250 casos");
  CHECK(f.entity != "Semana Santa");
  CHECK(f.entity == "Portugal");
}

TEST_CASE("es: a country named in the title and by its demonym scores once as the topic",
          "[attribution][es][es18]") {
  // "Francia" (the gazetteer's France, named Francia in a Spanish text) and "francés" (the
  // tagger's Francia) are one place: together they outweigh an organisation the lead names once
  // after a preposition.
  const std::string body =
      "El ejecutivo francés presentó ayer el plan en el Consejo Tarvel. Además, se destinarán "
      "300 millones de euros a las escuelas.";
  auto x = Art("Francia aprobará otro paquete de ayudas", body, nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(x, "300 millones de euros").entity == "Francia");
  // Negative: the demonym alone is too little against the organisation.
  auto y = Art("Nuevo paquete de ayudas", body, nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(y, "300 millones de euros").entity == "Consejo Tarvel");
}

TEST_CASE("es: a police force or court keeps to its sentence", "[attribution][es]") {
  // A police force, prosecutor or court named between a company's sentence and the figure
  // is no subject the figure falls back on: the company stays the topic.
  for (const char* body : {"La Guardia Civil vigiló la obra.",
                           "La Fiscalía de Kralvia abrió una "
                           "causa.",
                           "El Tribunal Supremo de Kralvia falló ayer."}) {
    const std::string t = std::string("La empresa Tecnovía abrió una planta en el norte. ") + body +
                          " La planta empleará a 300 personas.";
    auto x = Text(t, nf::Lang::kEs);
    CHECK(nf::testing::FigureWith(x, "300 personas").entity == "Tecnovía");
  }
  // In its own sentence the body keeps its figure.
  auto own = Text("La Guardia Civil detuvo a 300 personas en la obra.", nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(own, "300 personas").entity == "Guardia Civil");
  // Negative: a company named between is the subject the figure falls back on.
  auto firm = Text(
      "La empresa Tecnovía abrió una planta en el norte. La empresa Gobernalia celebró la "
      "noticia. La planta empleará a 300 personas.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(firm, "300 personas").entity == "Gobernalia");
}

TEST_CASE("es: Corte keeps to its sentence only as a court", "[attribution][es]") {
  // A court: the company stays the topic across the court's sentence.
  auto court = Text(
      "La empresa Tecnovía abrió una planta en el norte. La Corte Suprema de Kralvia revisó el "
      "permiso. La planta empleará a 58 operarios.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(court, "58 operarios").entity == "Tecnovía");
  // Negative: "Corte" without a court's word after it is a firm's name, the subject the
  // figure falls back on.
  auto shop = Text(
      "El Corte Brovalés abrió una tienda en el norte. La tienda contará con 58 "
      "cajeros.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(shop, "58 cajeros").entity == "Corte Brovalés");
}

TEST_CASE("es: a court or police force in an article about a place reports the place's figure",
          "[attribution][es][de]") {
  // As the German bodies: with a place as the article's topic the body is no candidate, also
  // for a figure of its own sentence.
  auto es = Text("El Tribunal Supremo sancionó a la naviera con 410.000 pesos en Tarvena.",
                 nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(es, "410.000 pesos").entity == "Tarvena");
  auto de = Text("Die Staatsanwaltschaft forderte in Tarvena eine Strafe von 410.000 Euro.",
                 nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(de, "410.000 Euro").entity == "Tarvena");
  // Negative: in an article about a company the body keeps a figure of its own sentence.
  auto firm = Text(
      "La naviera Brovalia perdió el contrato. La Fiscalía pidió 410.000 pesos de multa a los "
      "socios.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(firm, "410.000 pesos").entity == "Fiscalía");
}

TEST_CASE("es: an unrelated national figure is the country's, not the company's",
          "[attribution][es]") {
  auto x = Text("Según la empresa Tecnovía, el paro en Noruega subió al 4 %.", nf::Lang::kEs);
  const nf::Figure& f = nf::testing::FigureWith(x, "4 %");
  CHECK(f.entity == "Noruega");
}

TEST_CASE("en: legal-form name, possessive, and 'the company' resolving to the subject",
          "[attribution][en]") {
  const std::string t =
      "Brightwater Systems Inc. reported revenue of $40 million. The company also said "
      "profit rose to $3 million. Voltaro's sales fell to $12 million.";
  auto x = Text(t, nf::Lang::kEn);
  const nf::Figure& rev = nf::testing::FigureWith(x, "$40 million");
  CHECK(rev.entity == "Brightwater Systems Inc.");
  CheckEvidence(rev, t);
  CHECK(nf::testing::FigureWith(x, "$3 million").entity == "Brightwater Systems Inc.");
  CHECK(nf::testing::FigureWith(x, "$12 million").entity == "Voltaro");
}

TEST_CASE("products roll up to their maker with the product named", "[attribution][de][en]") {
  auto de = Text("Der H20 kostet rund 12.000 US-Dollar.", nf::Lang::kDe);
  const nf::Figure& f = nf::testing::FigureWith(de, "12.000 US-Dollar");
  CHECK(f.entity == "Nvidia");
  CHECK(f.product == "H20");
  CHECK(*f.entity_type == nf::EntityType::kOrg);
  CHECK(f.entity_surface == "H20");
  auto en = Text("The H20 sells for about $12,000.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(en, "$12,000").entity == "Nvidia");
  CHECK(nf::testing::FigureWith(en, "$12,000").product == "H20");
}

TEST_CASE("a dateline place is not what the figures are about", "[attribution][de][en]") {
  auto de = Art("", "Linz – Die Prämien der Versicherer stiegen um 8 Prozent.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(de, "8 Prozent").entity != "Linz");
  auto en = Art("", "Oslo - Shipping rates rose by 8% last week.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(en, "8%").entity != "Oslo");
  // The same dashes as the tagger's dateline: an em dash after a place the tagger found there.
  auto em = Art("",
                "Die Lage bleibt ruhig. Wendelsrode \u2014 Der Kreis gibt 2 Mio. Euro für "
                "Brücken aus.",
                nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(em, "2 Mio. Euro").entity != "Wendelsrode");
  // Not a dateline: the place is the sentence's subject.
  auto nd = Text("In Linz stiegen die Mieten um 8 Prozent.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(nd, "8 Prozent").entity == "Linz");
}

TEST_CASE("en: the UK and the US have one name each, whatever the text calls them",
          "[attribution][en]") {
  const std::string t =
      "British shoppers spent \xC2\xA3"
      "3bn online, the survey found.";
  auto x = Text(t, nf::Lang::kEn);
  const nf::Figure& f = nf::testing::FigureWith(x,
                                                "\xC2\xA3"
                                                "3bn");
  CHECK(f.entity == "UK");
  CHECK(f.entity_surface == "British");
  CheckEvidence(f, t);
  CHECK(nf::testing::FigureWith(
            Text("Britain's economy grew by 2.1% in the spring.", nf::Lang::kEn), "2.1%")
            .entity == "UK");
  CHECK(nf::testing::FigureWith(Text("Prices in the United States rose 3% in May.", nf::Lang::kEn),
                                "3%")
            .entity == "US");
  CHECK(nf::testing::FigureWith(Text("American buyers ordered 40,000 trucks.", nf::Lang::kEn),
                                "40,000 trucks")
            .entity == "US");
  // Negative: other languages keep their own names.
  CHECK(nf::testing::FigureWith(
            Text("Die britischen Verbraucher gaben 3 Milliarden Pfund aus.", nf::Lang::kDe),
            "3 Milliarden Pfund")
            .entity != "UK");
}

namespace {

// The entity of the first mention written `surface` in `x`; "" when there is none.
std::string EntityOfMention(const nf::Extraction& x, std::string_view surface) {
  for (const nf::EntityMention& m : x.entities) {
    if (m.surface == surface) return m.entity;
  }
  return "";
}

}  // namespace

TEST_CASE("a country has the name of the text's language whatever list found it",
          "[attribution][entities]") {
  // The gazetteer's entries are named in English ("Germany", "United States"); the country
  // layer names a country in the text's language. One article, one name per country.
  auto de = Text(
      "In Deutschland sank die Arbeitslosenquote auf 4 Prozent, in den USA stieg sie "
      "auf 7 Prozent.",
      nf::Lang::kDe);
  const nf::Figure& d4 = nf::testing::FigureWith(de, "4 Prozent");
  CHECK(d4.entity == "Deutschland");
  CHECK(d4.entity_surface == "Deutschland");
  CHECK(nf::testing::FigureWith(de, "7 Prozent").entity == "USA");
  for (const nf::EntityMention& m : de.entities) CHECK(m.entity != "Germany");
  auto es = Text("En EE.UU. el paro subió al 6 %, y en Alemania bajó al 3 %.", nf::Lang::kEs);
  const nf::Figure& e6 = nf::testing::FigureWith(es, "6 %");
  CHECK(e6.entity == "Estados Unidos");
  CHECK(e6.entity_surface == "EE.UU");
  CHECK(nf::testing::FigureWith(es, "3 %").entity == "Alemania");
  // Negative: a place that is no country keeps its name.
  auto eu = Text("In Europa sank die Arbeitslosenquote auf 4 Prozent.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(eu, "4 Prozent").entity == "Europe");
  // Negative: a city or region keeps the text's spelling (the country table's lookup also
  // holds cities and regions, in every language's spelling).
  auto city = Text("En Lleida se perdieron 40 empleos en la fábrica de Dorvane.", nf::Lang::kEs);
  CHECK(EntityOfMention(city, "Lleida") == "Lleida");
  auto region = Text("In Katalonien sank die Arbeitslosenquote auf 9 Prozent.", nf::Lang::kDe);
  CHECK(EntityOfMention(region, "Katalonien") == "Katalonien");
}

TEST_CASE("Hong Kong has the name of the text's language like any country",
          "[attribution][entities]") {
  // The gazetteer lists Hong Kong (English canonical, German alias): the country layer names it
  // in the text's language, as it does Germany.
  auto de = Text("In Hongkong sank der Umsatz der Dorvane-Werke um 4 Prozent.", nf::Lang::kDe);
  CHECK(EntityOfMention(de, "Hongkong") == "Hongkong");
  auto es = Text("En Hong Kong las ventas de Dorvane bajaron un 4 %.", nf::Lang::kEs);
  CHECK(EntityOfMention(es, "Hong Kong") == "Hong Kong");
  // Negative: English keeps the gazetteer's name; a continent is no country and keeps it too.
  // Europe is a region, not a country: it has one series under its gazetteer name in every
  // language (cn32 decided so; the local-name layer renames countries only), so German
  // "Europa" stays "Europe" until that decision changes.
  auto en = Text("Dorvane's sales in Hong Kong fell 4 percent.", nf::Lang::kEn);
  CHECK(EntityOfMention(en, "Hong Kong") == "Hong Kong");
  auto eu = Text("In Europa sank der Umsatz der Dorvane-Werke um 4 Prozent.", nf::Lang::kDe);
  CHECK(EntityOfMention(eu, "Europa") == "Europe");
}

TEST_CASE("a country's local name does not depend on the name tagger", "[attribution][entities]") {
  // The gazetteer alone (no tagger) names the built-in country as the text's language does.
  const nf::Extractor plain(nf::ExtractorOptions{.names = false});
  nf::Extraction de;
  REQUIRE(plain
              .ExtractText("Der Absatz der Dorvane-Werke in Frankreich wuchs um 4 Prozent.",
                           nf::Lang::kDe, nf::Field::kBody, &de)
              .ok());
  CHECK(EntityOfMention(de, "Frankreich") == "Frankreich");
  nf::Extraction es;
  REQUIRE(plain
              .ExtractText("Las ventas de Dorvane en Francia crecieron un 4 %.", nf::Lang::kEs,
                           nf::Field::kBody, &es)
              .ok());
  CHECK(EntityOfMention(es, "Francia") == "Francia");
  // Negative: English keeps the gazetteer's English name.
  nf::Extraction en;
  REQUIRE(plain
              .ExtractText("Dorvane's sales in France grew 4 percent.", nf::Lang::kEn,
                           nf::Field::kBody, &en)
              .ok());
  CHECK(EntityOfMention(en, "France") == "France");
}

TEST_CASE("a user's place named like a country keeps its name", "[attribution][entities]") {
  // A user's entries (--entities-file): a US state spelled like a Caucasus country, and an
  // entry that replaces a built-in country with the user's own aliases.
  auto user = nf::Gazetteer::Parse(
      "Georgia | place | de:US-Bundesstaat Georgia |\n"
      "Netherlands | place | de:Niederlande; de:Holland; es:Holanda |\n");
  REQUIRE(user.ok());
  nf::Gazetteer merged = nf::Gazetteer::Default();
  merged.Merge(*user);
  const nf::Extractor ex(nf::ExtractorOptions{.gazetteer = &merged});
  nf::Extraction de;
  REQUIRE(ex.ExtractText("Die Tavrona GmbH baut in Georgia ein Lager mit 120 Stellen, in Holland "
                         "wuchs ihr Umsatz um 9 Prozent und in Deutschland um 2 Prozent.",
                         nf::Lang::kDe, nf::Field::kBody, &de)
              .ok());
  CHECK(EntityOfMention(de, "Georgia") == "Georgia");
  CHECK(EntityOfMention(de, "Holland") == "Netherlands");
  // Negative: the built-in countries are still named in the text's language.
  CHECK(EntityOfMention(de, "Deutschland") == "Deutschland");
  nf::Extraction es;
  REQUIRE(ex.ExtractText("Tavrona abrió un almacén en Holanda y en Alemania vendió un 5 % más.",
                         nf::Lang::kEs, nf::Field::kBody, &es)
              .ok());
  CHECK(EntityOfMention(es, "Holanda") == "Netherlands");
  CHECK(EntityOfMention(es, "Alemania") == "Alemania");
}

TEST_CASE("en: a demonym describing a named company's noun is not the country",
          "[attribution][en]") {
  // Words between the demonym and the company noun.
  auto x = Text("Swiss cement firm Kellmoor has bid $800m for two rivals.", nf::Lang::kEn);
  const nf::Figure& k = nf::testing::FigureWith(x, "$800m");
  CHECK(k.entity == "Kellmoor");
  CHECK(k.entity_type == nf::EntityType::kOrg);
  // The demonym naming the country elsewhere in the text does not carry over.
  auto y = Text(
      "Swiss drugmaker Voltaro has announced 2bn euros of purchases. Its shares rose 1% to 57 "
      "Swiss francs.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "2bn euros").entity == "Voltaro");
  // Negatives: the demonym before a common noun, or before a company noun without a name,
  // stays the country.
  CHECK(
      nf::testing::FigureWith(Text("Swiss exports rose 5% in May.", nf::Lang::kEn), "5%").entity ==
      "Switzerland");
  auto n = Text("Danish police said 10,000 users had shared films.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "10,000 users").entity == "Denmark");
}

TEST_CASE("en: a headline's compass letter before a place abbreviates the place's name",
          "[attribution][en]") {
  auto x = Text("Road spending in S Africa will reach $96bn.", nf::Lang::kEn);
  const nf::Figure& f = nf::testing::FigureWith(x, "$96bn");
  CHECK(f.entity == "South Africa");
  CHECK(f.entity_type == nf::EntityType::kPlace);
  auto y = Text("Exports from N Ireland rose 5% in May.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "5%").entity == "Northern Ireland");
  // Negative: a person's initial before a name stays the person's.
  auto n = Text("Kellmoor chief S Tarvel said sales rose 4%.", nf::Lang::kEn);
  for (const nf::EntityMention& m : n.entities) CHECK(m.type != nf::EntityType::kPlace);
}

TEST_CASE("en: a region word before a place or the US demonym names the region",
          "[attribution][en]") {
  auto in = Text("Car sales in Latin America climbed 7% in the spring.", nf::Lang::kEn);
  const nf::Figure& f = nf::testing::FigureWith(in, "7%");
  CHECK(f.entity == "Latin America");
  CHECK(f.entity_surface == "Latin America");
  auto adj = Text("Central American exports to Spain grew 6% last year.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(adj, "6%").entity == "Central America");
  // Negatives: the country's own demonym and a company noun after the region's demonym.
  CHECK(nf::testing::FigureWith(Text("American exports to Spain grew 6%.", nf::Lang::kEn), "6%")
            .entity == "US");
  auto firm = Text("A North American carmaker cut 3,000 jobs.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(firm, "3,000 jobs").entity != "US");
  CHECK(nf::testing::FigureWith(firm, "3,000 jobs").entity != "North");
}

TEST_CASE("en: a place before a company noun refers to the company", "[attribution][en]") {
  // "The US firm", "the UK group": a reference to the company, like "the Australian firm",
  // not the place.
  auto x = Art("Kellmoor eyes a rival",
               "Kellmoor Group reported results on Monday. The US firm earned $630m in the "
               "quarter.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$630m").entity == "Kellmoor Group");
  auto y = Art("Kellmoor eyes a rival",
               "Kellmoor Group reported results on Monday. The UK group is said to offer $2bn.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "$2bn").entity == "Kellmoor Group");
  // Negatives: a place before another noun, or before a company's name, stays a place.
  auto n = Art("Kellmoor eyes a rival",
               "Kellmoor Group reported results on Monday. US retail sales grew 3% in May.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "3%").entity == "US");
}

TEST_CASE(
    "en: a place before modifiers and a company noun, or its possessive, refers to the company",
    "[attribution][en]") {
  // "the US telecoms firm", "Norway's biggest mortgage lender": the company named before.
  auto x = Art("Kellmoor eyes a rival",
               "Kellmoor Group reported results on Monday. The US telecoms firm earned $630m in "
               "the quarter.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$630m").entity == "Kellmoor Group");
  auto y = Art("Kellmoor eyes a rival",
               "Kellmoor Group reported results on Monday. Norway's biggest mortgage lender said "
               "prices rose 5% in the year.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "5%").entity == "Kellmoor Group");
  // Negative: a market the company noun describes keeps the place.
  auto n = Art("Kellmoor eyes a rival",
               "Kellmoor Group reported results on Monday. The US airline market grew 3% in May.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "3%").entity == "US");
}

TEST_CASE("en: a place before an airline or telecoms company noun refers to the company",
          "[attribution][en]") {
  // "the US carrier", "the UK telco": company nouns of airlines and telephone
  // firms, like "the US firm".
  auto x = Art("Brisca Air short of cash",
               "Brisca Air warned on Tuesday that it may run short of cash. The US carrier now "
               "expects to fly 2.6 million passengers this summer.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "2.6 million passengers").entity == "Brisca Air");
  auto z = Art("Kellmoor cuts jobs",
               "Kellmoor Group said trading was weak. The UK telco plans to cut 900 jobs.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "900 jobs").entity == "Kellmoor Group");
  // Negative: a market the noun describes keeps the place.
  auto n = Art("Brisca Air short of cash",
               "Brisca Air warned on Tuesday that it may run short of cash. The US carrier market "
               "shrank 3% last year.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "3%").entity == "US");
}

TEST_CASE("en: a deal's price goes to the buyer named as the purchase's agent before it",
          "[attribution][en]") {
  auto x = Art("Kellmoor sold",
               "On Friday, Kellmoor Group accepted a takeover by Dorvan Holdings worth $815m.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$815m").entity == "Dorvan Holdings");
  auto y = Art("Kellmoor sold",
               "Kellmoor Group was acquired by longtime partner Dorvan Holdings for $3.4bn.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "$3.4bn").entity == "Dorvan Holdings");
  // Negative: "by" without a purchase before it names no buyer.
  auto n = Art("Kellmoor sold",
               "Kellmoor Group, helped by Dorvan Holdings, agreed to buy Brelland Inc for $2bn.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "$2bn").entity == "Kellmoor Group");
}

TEST_CASE("en: the agent of a purchase in an inserted clause is no buyer of the deal after it",
          "[attribution][en]") {
  // The relative clause tells the subject's past; the deal after it is the subject's own.
  auto x = Art("Kellmoor buys",
               "Kellmoor Group, which was taken over by Dorvan Holdings a decade ago, agreed to "
               "buy Brelland Inc for $740m.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$740m").entity == "Kellmoor Group");
  auto y = Art("Kellmoor buys",
               "Kellmoor Group, itself bought by Dorvan Holdings in 2019, will acquire Brelland "
               "Inc for $1.3bn.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "$1.3bn").entity == "Kellmoor Group");
  // Negative: a relative clause that holds the price still names the buyer.
  auto n = Art("Kellmoor sold",
               "Brelland Inc, which was bought by Dorvan Holdings for $1.3bn, is growing.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "$1.3bn").entity == "Dorvan Holdings");
}

TEST_CASE("en: R&D and Q&A are common terms, not names", "[attribution][en]") {
  auto x =
      Art("Kellmoor invests",
          "Kellmoor Group reported results. Its spending on R&D rose 4% to $2bn.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "4%").entity == "Kellmoor Group");
  for (const auto& m : x.entities) CHECK(m.surface != "R&D");
  auto y = Art("Kellmoor invests", "Kellmoor Group reported results. Q&A: what 5% means.",
               nf::Lang::kEn);
  for (const auto& m : y.entities) CHECK(m.surface != "Q&A");
  // Negative: an unknown name with an inner '&' is still a name.
  auto n = Art("Kellmoor invests", "Shares in Dorvan & Pell rose 4% on Monday.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "4%").entity == "Dorvan & Pell");
}

TEST_CASE("en: a count of people with a place right after 'in' is the place's",
          "[attribution][en]") {
  auto x = Text(
      "The drug maker Voltaro Inc. published a new survey on Monday. Roughly 70,000 people in "
      "Finland live with the illness. It counts 30,000 people in Finland with symptoms.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "70,000 people").entity == "Finland");
  // Negative: a pronoun continues the earlier subject, which keeps its figure.
  CHECK(nf::testing::FigureWith(x, "30,000 people").entity == "Voltaro Inc.");
}

TEST_CASE("en: a statistics office's figures are the economy's", "[attribution][en]") {
  auto x = Text("Retail sales in Portugal grew 3% in May, the National Statistics Institute said.",
                nf::Lang::kEn);
  const nf::Figure& f = nf::testing::FigureWith(x, "3%");
  CHECK(f.entity == "Portugal");
  CHECK(f.entity_surface == "Portugal");
  // No place in the sentence: the place the text names before it.
  auto y = Text(
      "Factories in the US hired more staff in the spring. Employers added 120,000 jobs last "
      "month, the Labor Department said.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "120,000 jobs").entity == "US");
  // Negatives: an office with no place named keeps its figure; a company keeps its own.
  CHECK(nf::testing::FigureWith(Text("The Labor Department hired 300 inspectors.", nf::Lang::kEn),
                                "300 inspectors")
            .entity == "Labor Department");
  CHECK(nf::testing::FigureWith(
            Text("The Kellmoor Group said its sales in Portugal grew 3% in May.", nf::Lang::kEn),
            "3%")
            .entity == "Kellmoor Group");
}

TEST_CASE("en: an economy's growth and a share of its output are the economy's",
          "[attribution][en]") {
  // A forecaster or a bank quoted: the economy named before the word.
  auto x = Text("The Varnholt Institute said Portugal's economy grew 2.4% in the spring.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "2.4%").entity == "Portugal");
  auto y = Text(
      "Factories in Portugal are closing. The Varnholt Institute cut its growth forecast for the "
      "economy from 2.1% to 1.5%.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "2.1%").entity == "Portugal");
  CHECK(nf::testing::FigureWith(y, "1.5%").entity == "Portugal");
  // A share of output: the place that owns it, else the text's place.
  auto z =
      Text("Farming makes up 6% of Portugal's annual GDP, the Kellmoor Group said.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "6%").entity == "Portugal");
  auto w = Text(
      "Factories in Portugal are closing. The Varnholt Institute says services are 40% of the "
      "economy.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(w, "40%").entity == "Portugal");
  // Negatives: a company's own growth; a company named between the economy and the figure;
  // the world's economy.
  auto a = Text("Factories in Portugal are closing. Kellmoor Bank said its sales grew 4%.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(a, "4%").entity == "Kellmoor Bank");
  auto b = Text(
      "Factories in Portugal are closing. As the economy slowed, profits at Kellmoor Bank fell "
      "7%.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(b, "7%").entity == "Kellmoor Bank");
  auto c = Text(
      "Factories in Portugal are closing. The Varnholt Institute sees global economic growth of "
      "3.9%.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(c, "3.9%").entity == "Varnholt Institute");
}

TEST_CASE("en: the economy word nearest before a growth figure decides in any case",
          "[attribution][en]") {
  // Two economy words before the figure: the later one, with no company after it, makes the
  // growth the economy's (the earlier one has the bank between it and the figure).
  auto x = Text(
      "Factories in Portugal are closing. The economy slowed, Kellmoor Bank said, as the "
      "economy grew 1.2%.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "1.2%").entity == "Portugal");
  // Capitalised economy words count as written in lower case.
  auto y =
      Text("Factories in Portugal are closing. Kellmoor Bank said: Economic growth slowed to 0.8%.",
           nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "0.8%").entity == "Portugal");
  auto z =
      Text("Factories in Portugal are closing. Kellmoor Bank said GDP grew 0.7%.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "0.7%").entity == "Portugal");
  // Negative: an economy word glued to another word is none ("noneconomy").
  auto n = Text(
      "Factories in Portugal are closing. Kellmoor Bank said its noneconomy sales grew "
      "0.9%.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "0.9%").entity == "Kellmoor Bank");
}

TEST_CASE("en: inflation, unemployment and a central bank's rate are the economy's",
          "[attribution][en]") {
  // An institute quoted about the rate: the place the sentence names.
  auto x = Text("Inflation in Portugal rose to 3.1% in May, the Varnholt Institute said.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "3.1%").entity == "Portugal");
  // No place in the sentence: the place the text names before it.
  auto y = Text(
      "Factories in Portugal are closing. The Varnholt Institute expects unemployment to stay "
      "near 9% this year.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "9%").entity == "Portugal");
  // A central bank's interest rate: the country in its name.
  auto z = Text("Trade in Norway slowed. The Reserve Bank of Norway raised interest rates to 2.5%.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "2.5%").entity == "Norway");
  // Negatives: another country's central bank quoted in passing keeps its rate; a company's
  // interest rate and its growth stay the company's.
  auto n =
      Text("Factories in Portugal are closing. The Bank of Canada has kept interest rates at 3.5%.",
           nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "3.5%").entity == "Bank of Canada");
  auto m = Text("Factories in Portugal are closing. Kellmoor Bank raised its interest rate to 6%.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(m, "6%").entity == "Kellmoor Bank");
  auto g = Text("Factories in Portugal are closing. Kellmoor Bank said its sales grew 4%.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(g, "4%").entity == "Kellmoor Bank");
}

TEST_CASE("en: a central bank's growth figures and the euro area's figures are the economy's",
          "[attribution][en]") {
  // A growth rate a central bank reports: the country in its name, or the place of the
  // sentence (the eurozone is a place).
  auto x = Text(
      "Factories in Norway are closing. The Reserve Bank of Norway said factory output rose "
      "0.4% in May.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "0.4%").entity == "Norway");
  auto y = Text("Growth in the eurozone will slow to 1.4%, the European Central Bank said.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "1.4%").entity == "Eurozone");
  // An institute's forecast and inflation in the eurozone: the eurozone's.
  auto z = Text(
      "The Varnholt Institute expects that economic growth in the eurozone will reach 1.2% next "
      "year.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "1.2%").entity == "Eurozone");
  auto w = Text("Inflation in the eurozone climbed to 2.6%, the Varnholt Institute said.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(w, "2.6%").entity == "Eurozone");
  // Negatives: another country's central bank quoted in passing keeps its figure; a company's
  // growth stays its own.
  auto n =
      Text("Factories in Portugal are closing. The Bank of Canada said output rose 0.6% in May.",
           nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "0.6%").entity == "Bank of Canada");
  auto m = Text("The Kellmoor Group said its sales in the eurozone grew 4%.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(m, "4%").entity == "Kellmoor Group");
}

TEST_CASE("de and es: the currency area's own words name the eurozone",
          "[attribution][gazetteer]") {
  // German "Euroraum", Spanish "zona euro" / "Eurozona": the gazetteer's place Eurozone, as
  // English "eurozone" is.
  auto x = Text("Die Arbeitslosenquote im Euroraum sank im Mai auf 9,3 Prozent.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "9,3 Prozent").entity == "Eurozone");
  auto y = Text("El paro en la zona euro bajó en mayo al 9,3 %.", nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(y, "9,3 %").entity == "Eurozone");
  auto z = Text("La inflación de la Eurozona subió al 2,4 %.", nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(z, "2,4 %").entity == "Eurozone");
  // Negatives: another zone, and the currency itself, name no currency area.
  auto n = Text("En la zona norte de Valdemora el paro bajó al 7,1 %.", nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(n, "7,1 %").entity != "Eurozone");
  auto m = Text("In Kralland stieg der Euro um 1,2 Prozent.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(m, "1,2 Prozent").entity != "Eurozone");
}

TEST_CASE("de es en: a union of states the text locates a figure in is that figure's place",
          "[attribution][gazetteer]") {
  // "in der EU" / "en la UE" / "in the EU": the Union is where the figure is, as a country
  // after "in" would be (not the country of the sentence before).
  auto x = Art("",
               "Die höchste Quote meldete Frankreich mit 14 Prozent. In der EU fiel sie binnen "
               "eines Jahres auf 8,3 Prozent.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "8,3 Prozent").entity == "European Union");
  auto y = Art("",
               "El Ministerio de Salud de Valdoria registró 300 casos de gripe. Esta cifra era "
               "inferior a la de 40 muertes registrada en la Unión Europea.",
               nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(y, "40 muertes").entity == "European Union");
  auto z = Art("", "Norland's jobless rate rose to 6%. Across the EU the rate fell to 9.1%.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "9.1%").entity == "European Union");
  // Negative: the Union acting stays an organisation, also next to a located use.
  auto n =
      Art("", "Die EU zahlt Kralland 5 Milliarden Euro. In der EU leben 450 Millionen Menschen.",
          nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(n, "5 Milliarden Euro").entity == "European Union");
  int orgs = 0, places = 0;
  for (const nf::EntityMention& m : n.entities) {
    if (m.entity != "European Union") continue;
    (m.type == nf::EntityType::kOrg ? orgs : places) += 1;
  }
  CHECK(orgs == 1);
  CHECK(places == 1);
}

TEST_CASE("de: the inflected Europaeischen Union is the gazetteer's European Union",
          "[attribution][gazetteer]") {
  // After "der" / "den" the adjective ends in -n; the tagger's nominative would name a
  // second entity beside the gazetteer's.
  auto x = Art("",
               "Das Statistikamt der Europäischen Union meldete 12 Millionen Arbeitslose in den "
               "Ländern der Europäischen Union.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "12 Millionen Arbeitslose").entity == "European Union");
  for (const nf::EntityMention& m : x.entities) CHECK(m.entity != "Europäische Union");
  // Negative: another body named with the adjective stays its own.
  auto n = Art("", "Der Rat der Europäischen Zentralbank hob den Zins um 0,25 Prozent an.",
               nf::Lang::kDe);
  for (const nf::EntityMention& m : n.entities) CHECK(m.entity != "European Union");
}

TEST_CASE("en: a count of people or a share located by in the place right after it is the place's",
          "[attribution][en]") {
  // A sentence naming no organisation: the place after "in" / "in the" right after the
  // figure, not the company of the sentence before (as German "40 Prozent der Befragten in
  // X").
  auto x = Text(
      "Kellmoor Group opened a store in Oslo. Some 7 million people play chess in the UK, "
      "the survey found.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "7 million people").entity == "UK");
  // What exists there is the place's too.
  auto y = Text(
      "Kellmoor Group opened a store in Oslo. There are 260,000 registered patents in "
      "Finland.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "260,000 registered patents").entity == "Finland");
  // Negatives: a count of things sold is no count of people, the company of the sentence
  // before keeps it; a price in a market stays the company's; an organisation in the
  // sentence keeps its figure.
  auto u = Text("Kellmoor Group launched a phone in May. About 350,000 units were sold in Finland.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(u, "350,000 units").entity == "Kellmoor Group");
  auto n = Text("Kellmoor Group said profits rose. The stock slipped 2% to 384 pence in Dublin.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "384 pence").entity == "Kellmoor Group");
  auto m = Text("Kellmoor Group employs 5,000 staff in Norland.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(m, "5,000").entity == "Kellmoor Group");
}

TEST_CASE("en: a company leader's or spokesman's figures are the company's", "[attribution][en]") {
  // The company named before the role, or in apposition after the person.
  auto x = Text("Kellmoor Group boss Anna Brell said sales rose 7% in the spring.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "7%").entity == "Kellmoor Group");
  auto y = Text("Anna Brell, the chairman of Kellmoor Group, said the firm will cut 300 jobs.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "300 jobs").entity == "Kellmoor Group");
  // A leader's role alone: the article's company.
  auto z = Art("Kellmoor Group sales rise",
               "Kellmoor Group sold more tea. Chief executive John Marlow expects a 6% rise in "
               "sales next year.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "6%").entity == "Kellmoor Group");
  // Negatives: the person's own pay and stake; a founder is no leader's role.
  auto n = Text("Anna Brell, the chairman of Kellmoor Group, earned a salary of $3m last year.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "$3m").entity == "Anna Brell");
  auto m = Text("Anna Brell, the chairman of Kellmoor Group, holds a 12% stake in Varnholt.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(m, "12%").entity == "Anna Brell");
  auto o = Text("Anna Brell, the founder of Kellmoor Group, gave $5m to a school.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(o, "$5m").entity == "Anna Brell");
}

TEST_CASE("en: pay a company leader hands to others is the company's", "[attribution][en]") {
  auto x = Text(
      "Anna Brell, the chairman of Kellmoor Group, authorised a $4m bonus paid to the "
      "sales team.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$4m").entity == "Kellmoor Group");
  auto y = Text(
      "Anna Brell, the chairman of Kellmoor Group, signed off $7m in pension payments to retired "
      "staff.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "$7m").entity == "Kellmoor Group");
  // Negatives: the leader's own pay, also when paid "to" the leader.
  auto n =
      Text("Anna Brell, the chairman of Kellmoor Group, received bonus payments of $2m last year.",
           nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "$2m").entity == "Anna Brell");
  auto m = Text(
      "Anna Brell, the chairman of Kellmoor Group, earned a salary of $3m, paid to her in two "
      "parts.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(m, "$3m").entity == "Anna Brell");
}

TEST_CASE("en: a company noun with a name in apposition after a comma is that name",
          "[attribution][en]") {
  auto x = Text("Kellmoor Group flew more. The airline, BrightJet, will buy 12 more aircraft.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "12").entity == "BrightJet");
  // Negative: a relative clause after the comma leaves the reference to the last subject.
  auto n = Text("Kellmoor Group flew more. The airline, which is based in Ruritania, cut 300 jobs.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "300 jobs").entity == "Kellmoor Group");
}

TEST_CASE("en: a count that ends in a country's people noun, and its metric", "[attribution][en]") {
  // The country before the people noun that ends the count.
  auto x = Text("Kellmoor expects the 40 million UK net users to double.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "40 million UK net users").entity == "UK");
  // A country's people with no cue of their own are a population.
  auto y = Text("Around 3 million Kenyans will need help.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "3 million Kenyans").metric == "population");
  // Negatives: a count of things keeps the company; a cue of its own keeps its metric.
  auto n = Text("Kellmoor has 6,500 US stores.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "6,500 US stores").entity == "Kellmoor");
  auto m = Text("About 2 million Kenyans are now customers of Kellmoor.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(m, "2 million Kenyans").metric == "users");
}

TEST_CASE("en: the share or count of a country's people is the country's", "[attribution][en]") {
  // Whatever the subject: a survey's author, a company quoted, another country named first.
  auto x = Text("The Kellmoor Group found that 35% of Britons shop online.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "35%").entity == "UK");
  auto y = Text("Kellmoor said about 70% of UK households own a tablet.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "70%").entity == "UK");
  auto z = Text("Kellmoor expects 3 million Americans to buy one.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "3 million Americans").entity == "US");
  // Negatives: a company's stake, market or share price named with the demonym stays its own.
  auto n = Text("Kellmoor bought 30% of Indian firm Varnholt Oil.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "30%").entity != "India");
  auto m =
      Text("Kellmoor Airways controls 40% of the Indian domestic airline market.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(m, "40%").entity == "Kellmoor Airways");
  auto c = Text("Shares in Kellmoor lost 40 Canadian cents on the news.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(c, "40 Canadian cents").entity == "Kellmoor");
}

TEST_CASE("en: the company whose shares move is the subject of its sentence", "[attribution][en]") {
  // An earlier sentence's subject does not take the price of another company's shares.
  auto x = Text(
      "Brightwater said it would buy the Dorvan unit. Shares in Kellmoor were up 6% "
      "at 458p in morning trade.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "6%").entity == "Kellmoor");
  CHECK(nf::testing::FigureWith(x, "458p").entity == "Kellmoor");
  auto y = Text(
      "Brightwater Group made an offer for Dorvan. The news pushed shares in Kellmoor Oil up "
      "6.2p, or 4.7%, to 138.4p.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "4.7%").entity == "Kellmoor Oil");
  // Negative: an owner named first keeps the figure.
  auto n = Text("Brightwater Group holds shares in Kellmoor Oil worth $40m.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "$40m").entity == "Brightwater Group");
}

TEST_CASE("en: a place before a company's head word is part of the company's name",
          "[attribution][en]") {
  auto x = Text("Norwegian Airways carried 2 million passengers last year.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "2 million passengers").entity == "Norwegian Airways");
  auto y = Text("Danish Coal will cut 500 jobs at its mines.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "500 jobs").entity == "Danish Coal");
  auto z = Text("Air Portugal ordered 12 jets from the maker.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "12 jets").entity == "Air Portugal");
  // Negatives: a place before a title or a common noun stays the place.
  auto n = Text("Italian shoppers spent 3% more in the spring.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "3%").entity == "Italy");
  auto m = Text("The Italian Prime Minister promised 5,000 new jobs.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(m, "5,000 new jobs").entity != "Italian Prime");
}

TEST_CASE("en: 'New' alone is no name", "[attribution][en]") {
  auto x = Text("New orders at the plant rose to 4,000 in May.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "4,000").entity != "New");
  for (const nf::EntityMention& m : x.entities) CHECK(m.entity != "New");
  // Negatives: names that start with it stay whole.
  CHECK(nf::testing::FigureWith(Text("New Zealand exports rose 5% in May.", nf::Lang::kEn), "5%")
            .entity == "New Zealand");
  CHECK(nf::testing::FigureWith(Text("Rents in New York rose 4% in May.", nf::Lang::kEn), "4%")
            .entity == "New York");
}

TEST_CASE("en: a company's head word after a name belongs to the company's name",
          "[attribution][en]") {
  auto x = Text("Shares in Korvala Communications rose 5% on Monday.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "5%").entity == "Korvala Communications");
  auto y = Text("Last year Brelland Airlines carried 4 million passengers.", nf::Lang::kEn);
  const nf::Figure& b = nf::testing::FigureWith(y, "4 million passengers");
  CHECK(b.entity == "Brelland Airlines");
  CHECK(b.entity_type == nf::EntityType::kOrg);
  auto z = Text("Pellam Energy said profits rose 12% in the spring.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "12%").entity == "Pellam Energy");
  // Negative: a common word opening the sentence stays out of the name.
  auto n = Text("Rising Energy costs cut output by 4% in May.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "4%").entity != "Rising Energy");
}

TEST_CASE("en: a football club's United after its town belongs to the club's name",
          "[attribution][en]") {
  auto x = Text("Kelvington United shares closed at 182p on Friday.", nf::Lang::kEn);
  const nf::Figure& k = nf::testing::FigureWith(x, "182p");
  CHECK(k.entity == "Kelvington United");
  CHECK(k.entity_type == nf::EntityType::kOrg);
  auto y = Text("Shares in Dunmore United fell 3% on Monday.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "3%").entity == "Dunmore United");
  // Negative: the country's name stays the country.
  auto n = Text("United States exports rose 5% in May.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "5%").entity == "US");
}

TEST_CASE("en: an institution's or firm's generic head word after a name belongs to its name",
          "[attribution][en]") {
  // "Fund", "Consortium", "Securities", "Stores", "Data": the model often leaves them out.
  auto x = Text("Tarvel lent $2bn to the Ostrava Monetary Fund last year.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$2bn").entity == "Ostrava Monetary Fund");
  auto y = Text("Sales rose 3% in May, the Brelland Retail Consortium said.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "3%").entity == "Brelland Retail Consortium");
  auto z = Text("Shares in Kellmoor Securities rose 4% on Monday.", nf::Lang::kEn);
  const nf::Figure& k = nf::testing::FigureWith(z, "4%");
  CHECK(k.entity == "Kellmoor Securities");
  CHECK(k.entity_type == nf::EntityType::kOrg);
  // Negative: a head word joined by "and" to a capitalised word opens another name.
  auto n = Text("The Korvala Securities and Exchange Board fined Pellam $5m.", nf::Lang::kEn);
  for (const nf::EntityMention& m : n.entities) CHECK(m.entity != "Korvala Securities");
}

TEST_CASE("en: an institution's name runs on through \"for\", \"of\" and \"and\"",
          "[attribution][en]") {
  // Its field after "for" / "of", joined by "and" ("Institute for X and Y").
  auto x = Text("The Kelmar Institute for Harbour Studies and Freight said traffic fell 4%.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "4%").entity ==
        "Kelmar Institute for Harbour Studies and Freight");
  auto y = Text("The Office for Harbour Studies said 500 jobs would go.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "500 jobs").entity == "Office for Harbour Studies");
  // A first word joined by "and" to a name ending in an institution's head word.
  auto z = Text("A fine of $3m was set by the Timber and Harbour Commission.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "$3m").entity == "Timber and Harbour Commission");
  // Negatives: a list of two names stays two names; a person after the field stays out.
  auto n = Text("Pellam Energy and Ostrava Commission signed a $4m deal.", nf::Lang::kEn);
  for (const nf::EntityMention& m : n.entities) {
    CHECK(m.entity != "Pellam Energy and Ostrava Commission");
  }
  auto p =
      Text("The Office for Harbour Affairs chief Anna Kowal said 20 ships left.", nf::Lang::kEn);
  for (const nf::EntityMention& m : p.entities) {
    CHECK((m.entity.find("Kowal") == std::string::npos || m.type == nf::EntityType::kPerson));
  }
}

TEST_CASE("a display or radio technology's acronym is no organisation and takes no figure",
          "[attribution][de][es][en]") {
  const auto no_oled = [](const nf::Extraction& x) {
    for (const nf::EntityMention& m : x.entities) CHECK(m.entity != "OLED");
    for (const nf::Figure& f : x.figures) CHECK(f.entity != "OLED");
  };
  no_oled(Text("Kralix verkaufte 3 Millionen Geräte mit OLED.", nf::Lang::kDe));
  no_oled(Text("El Kralix P5 tiene pantalla OLED y vendió 3 millones de unidades.", nf::Lang::kEs));
  no_oled(Text("The Kralix P5 has an OLED screen and sold 3 million units.", nf::Lang::kEn));
  // Negatives: an unknown acronym stays an organisation's name.
  auto de = Text("Die KRV meldete einen Umsatz von 450 Millionen Euro.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(de, "450 Millionen Euro").entity == "KRV");
  auto es = Text("La KRV facturó 450 millones de euros.", nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(es, "450 millones de euros").entity == "KRV");
}

TEST_CASE("en: an institution's head word the model left out opens the name after \"of\" / \"for\"",
          "[attribution][en]") {
  // The model names the field alone (or the head word as a place): the figure went to a cut
  // name ("Regional Metrics", "Fair").
  auto x =
      Text("Shares rose 3% after the Bureau for Regional Metrics said output fell.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "3%").entity == "Bureau for Regional Metrics");
  for (const nf::EntityMention& m : x.entities) CHECK(m.entity != "Bureau");
  // The field's capitalised words after the name the model found join too.
  auto y = Text("A fine of £3m was set by the Office of Fair Lending.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "£3m").entity == "Office of Fair Lending");
  // Negatives: a bare "Bank of <place>" stays the place (a central bank's figures are the
  // economy's); a person after the head word stays a person.
  auto n = Text("Shares rose 3% after the Bank of Nordland said output fell.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "3%").entity == "Nordland");
  auto p = Text("The Office of Anna Pohl paid $3m.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(p, "$3m").entity == "Anna Pohl");
}

TEST_CASE("en: a name opened by a place runs on through an institution's field",
          "[attribution][en]") {
  // "UK Department": the span opens with a place, yet the institution's field follows.
  auto x = Text("Officials at the UK Department of Coastal Affairs said the two firms owed $2m.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$2m").entity == "UK Department of Coastal Affairs");
  // Negative: another institution's name after "and" starts anew.
  auto n = Text("The US Department of Freight and State University of Kelmar shared a $4m grant.",
                nf::Lang::kEn);
  for (const nf::EntityMention& m : n.entities) {
    CHECK(m.entity.find("Freight and State") == std::string::npos);
  }
}

TEST_CASE("en: a company's board or committee does not take the company's figure",
          "[attribution][en]") {
  // "Board of" / "Committee of" before a company name an organ of the company: the figure
  // stays the company's.
  auto x = Text("The Supervisory Board of Kralix AG approved a dividend of €2 per share.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "€2").entity == "Kralix AG");
  auto y = Text("The Board of Kralix Holdings approved a $3bn buyback.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "$3bn").entity == "Kralix Holdings");
  auto z = Text("The Executive Committee of Kralix Motors approved a $3bn plan.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(z, "$3bn").entity == "Kralix Motors");
}

TEST_CASE("en: a field ending in an institution's head word runs on through \"and\"",
          "[attribution][en]") {
  // "Administration" after "and" is the field's word, not a new institution: that one starts
  // only where its head word is followed by "of" / "for".
  auto x =
      Text("The Kelmar Ministry of Finance and Public Administration said the deficit rose to 5%.",
           nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "5%").entity ==
        "Kelmar Ministry of Finance and Public Administration");
  auto y = Text("The Tarvel School of Business and Public Administration received a $3m gift.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "$3m").entity ==
        "Tarvel School of Business and Public Administration");
}

TEST_CASE("an association's name opened by a technology's acronym stays whole",
          "[attribution][en][es]") {
  auto x = Text(
      "The GSM Association, which represents mobile operators, said 1.5 billion people "
      "use its phones.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "1.5 billion").entity == "GSM Association");
  auto y = Text("La GSM Association prevé 3.000 millones de usuarios.", nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(y, "3.000 millones").entity == "GSM Association");
  // Negative (en): an unknown acronym stays an organisation's name.
  auto n = Text("The KRV reported revenue of $450 million.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "$450 million").entity == "KRV");
}

TEST_CASE("en: an institution's field stops at a title before its holder's name",
          "[attribution][en]") {
  const auto org_named = [](const nf::Extraction& x, std::string_view name) {
    bool found = false;
    for (const nf::EntityMention& m : x.entities) {
      CHECK((m.entity == "Anna Pohl" || m.entity.find("Anna") == std::string::npos));
      CHECK(!m.entity.ends_with("Executive"));
      found = found || m.entity == name;
    }
    CHECK(found);
  };
  // The head word opens the name before the field ("Office of" + "Fair Lending").
  org_named(Text("The Office of Fair Lending Chief Executive Anna Pohl said fines rose 5%.",
                 nf::Lang::kEn),
            "Office of Fair Lending");
  // The head word inside the model's span.
  org_named(Text("The Kelmar Office of Fair Lending Chief Executive Anna Pohl said fines rose 5%.",
                 nf::Lang::kEn),
            "Kelmar Office of Fair Lending");
  // Negative: a role word not before a person stays in the field.
  auto n =
      Text("A fine of £3m was set by the Office of Fair Lending Chief Standards.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "£3m").entity == "Office of Fair Lending Chief Standards");
}

TEST_CASE("en: a trade body's name runs on through \"for\" and \"of\" like an institution's",
          "[attribution][en]") {
  // The trade-body heads (ner::kTradeBodyHeadsEn, kTradeBodyOfHeadsEn) are institution heads.
  auto x = Text("The Dremvik Consortium for Pellam Research said costs rose 4%.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "4%").entity == "Dremvik Consortium for Pellam Research");
  // Negative: a company after "for" is not the body's field.
  auto n = Text("The Dremvik Consortium paid $2m for Pellam Research.", nf::Lang::kEn);
  for (const nf::EntityMention& m : n.entities) {
    CHECK(m.entity != "Dremvik Consortium paid");
    CHECK(m.entity.find(" for ") == std::string::npos);
  }
}

TEST_CASE("en: a school's, university's or court's name runs on through \"of\"",
          "[attribution][en][en17]") {
  // (The school's own ships: a poll's or study's result about others is nobody's.)
  auto x =
      Text("A study by the Brelland School of Harbour Studies found 40% of its ships were late.",
           nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "40%").entity == "Brelland School of Harbour Studies");
  auto y = Text("The Kelmar University of Marine Science said 300 jobs would go.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "300 jobs").entity == "Kelmar University of Marine Science");
  auto z = Text("The Ostrava Court of Appeals fined Pellam $5m on Monday.", nf::Lang::kEn);
  bool whole = false;
  for (const nf::EntityMention& m : z.entities) whole |= m.entity == "Ostrava Court of Appeals";
  CHECK(whole);
  // Negative: a place after "of" that is no field of the name is not taken in after a
  // common word ("the heads of Pellam").
  auto n = Text("The school heads of Pellam said 300 jobs would go.", nf::Lang::kEn);
  for (const nf::EntityMention& m : n.entities) CHECK(m.entity.find("heads") == std::string::npos);
}

TEST_CASE("de: an institution's name runs on through \"für\", its adjectives, commas and \"und\"",
          "[attribution][de]") {
  // The model ends the name at "für": the field after it belongs to the name.
  auto x = Text("Das Bundesamt für Torfwesen und Moorbau meldete im Mai 1.200 neue Anträge.",
                nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "1.200").entity == "Bundesamt für Torfwesen und Moorbau");
  auto y = Text("Das Bundesministerium für Torfwesen, Moorbau und Heidepflege zahlte 20.000 Euro.",
                nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(y, "20.000 Euro").entity ==
        "Bundesministerium für Torfwesen, Moorbau und Heidepflege");
  // Negatives: a list a comma leaves open ends the name before it; a company's name does not
  // run on through "für" (what it pays for).
  auto n =
      Text("Das Bundesamt für Torfwesen, Moorbau sagte, es gebe 1.200 Anträge.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(n, "1.200 Anträge").entity == "Bundesamt für Torfwesen");
  auto c =
      Text("Die Kralix Bank zahlte für Moorbau und Heidepflege 300 Millionen Euro.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(c, "300 Millionen Euro").entity == "Kralix Bank");
}

TEST_CASE(
    "de: a person or place the lead names freely and the body often is the topic over "
    "an organisation named only after a preposition",
    "[attribution][de]") {
  // The organisation is where the person does something, not what the story is about.
  auto x = Art("",
               "Der Sänger sagt sein Konzert ab. Basel – Anton Kralmann wird bei der Kralix AG "
               "nicht auftreten. Kralmann fühle sich nicht fit, hieß es am Montag. Seit Jahren war "
               "Kralmann dabei, er trat dort zweimal auf. Nach 48 Auftritten am Stück pausiert er "
               "nun zum ersten Mal.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "48 Auftritten").entity == "Anton Kralmann");
  // Negative: a person the body names no more often keeps the organisation the topic.
  auto n = Art("",
               "Der Sänger sagt sein Konzert ab. Basel – Anton Kralmann wird bei der Kralix AG "
               "nicht auftreten. Er fühle sich nicht fit, hieß es am Montag. Nach 48 Auftritten "
               "am Stück pausiert er nun zum ersten Mal.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(n, "48 Auftritten").entity == "Kralix AG");
  // A place so named too (the figure far from any name: the topic decides).
  std::string body =
      "Das Land setzt auf Strom. Oslo – Norwegen hat bei der Kralix AG neue Busse bestellt. "
      "Norwegen will bis 2030 nur noch elektrisch fahren. Auch Norwegen sucht Lösungen.";
  for (int i = 0; i < 6; ++i) {
    body += " Die Lage ist seit Wochen schwierig und die Bürger warten auf eine Entscheidung.";
  }
  body += " Insgesamt gibt es 65 Ladeparks.";
  auto p = Art("", body, nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(p, "65 Ladeparks").entity == "Norwegen");
}

TEST_CASE("de: a name written after a neuter article is an institution, whatever speech verb",
          "[attribution][de]") {
  // "sagt Kralfo" alone would make the one-word name a person; "so das Kralfo" shows an
  // institution (German news gives a person no article).
  auto x = Art("",
               "Die Arbeitslosigkeit steigt um 0,2 Prozentpunkte, sagt Kralfo. Wien – Die "
               "Regierung plant neue Regeln. Das bringe wenig, so das Kralfo.",
               nf::Lang::kDe);
  const nf::Figure& f = nf::testing::FigureWith(x, "0,2 Prozentpunkte");
  CHECK(f.entity == "Kralfo");
  REQUIRE(f.entity_type.has_value());
  CHECK(*f.entity_type == nf::EntityType::kOrg);
  // Negative: "das" as a relative pronoun after a comma is no article; the person stays.
  auto n = Art("",
               "Die Arbeitslosigkeit steigt um 0,2 Prozentpunkte, sagt Kralfo. Wien – Die "
               "Regierung plant neue Regeln. Das Luxusapartment, das Kralfo erhielt, kostete "
               "300.000 Euro.",
               nf::Lang::kDe);
  const nf::Figure& g = nf::testing::FigureWith(n, "0,2 Prozentpunkte");
  REQUIRE(g.entity_type.has_value());
  CHECK(*g.entity_type == nf::EntityType::kPerson);
}

TEST_CASE("de: a newspaper the tagger finds is a source, not a figure's entity",
          "[attribution][de]") {
  // The subject would be the newspaper that reports; the figure is the company's.
  auto x = Art("", "Wie die Moorland Rundschau berichtet, streicht die Kralix AG 200 Stellen.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "200 Stellen").entity == "Kralix AG");
  // Negatives: a name that ends in no press word stays eligible ("Post" is also a company's).
  auto n = Art("", "Der Kralix Verlag streicht 200 Stellen.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(n, "200 Stellen").entity == "Kralix Verlag");
  CHECK(nf::PressNameDe("Kralfelder Zeitung"));
  CHECK(nf::PressNameDe("Ruhr Nachrichten"));
  CHECK_FALSE(nf::PressNameDe("Kralix Post"));
  CHECK_FALSE(nf::PressNameDe("Zeitungsverlag Kralix"));
}

TEST_CASE("de: an agency named by a compound of its umbrella is the agency even without its name",
          "[attribution][de]") {
  // "die EU-Küstenwachagentur (EKWA)": the compound and the short name after it are the
  // agency; the umbrella that opens the compound is no subject, and a later
  // "Europa-Küstenwachagentur" (another spelling of the umbrella) names the agency too.
  auto x = Art("",
               "Brüssel – Die EU-Küstenwachagentur (EKWA) meldete 4.000 Einsätze. Die Flotte "
               "wird erneuert. Insgesamt fehlen der Europa-Küstenwachagentur aber 90 Millionen "
               "Euro.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "4.000 Einsätze").entity == "EKWA");
  const nf::Figure& g = nf::testing::FigureWith(x, "90 Millionen Euro");
  CHECK(g.entity == "EKWA");
  REQUIRE(g.entity_type.has_value());
  CHECK(*g.entity_type == nf::EntityType::kOrg);
  CHECK(g.entity_surface == "Europa-Küstenwachagentur");
  // Negatives: a person after a role compound is no agency ("EU-Kommissarin Vera Holm"), and
  // a generic head names the agency only with the same prefix: another firm's "-Tochter" is
  // another subsidiary.
  auto n = Art("",
               "Brüssel – Die EU-Kommissarin Vera Holm meldete 4.000 Einsätze. Insgesamt fehlen "
               "der EU-Kommissarin 90 Millionen Euro.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(n, "90 Millionen Euro").entity == "European Union");
  auto t = Art("",
               "Wien – Die Kralix-Tochter Veldra wuchs kräftig. Die Morlan-Tochter setzte 300 "
               "Millionen Euro um.",
               nf::Lang::kDe);
  for (const nf::EntityMention& m : t.entities) CHECK(m.surface != "Morlan-Tochter");
  // Nor a prefix that is a word, no umbrella's name ("Luxus-Hotelkette (KHG)").
  auto w = Art("",
               "Wien – Die Luxus-Hotelkette (KHG) wuchs kräftig. Die Luxus-Hotelkette setzte 300 "
               "Millionen Euro um.",
               nf::Lang::kDe);
  for (const nf::EntityMention& m : w.entities) CHECK(m.surface != "Luxus-Hotelkette");
}

TEST_CASE("de: a place of the figure's clause before the far article topic", "[attribution][de]") {
  // The sentence's organisation is governed and decides nothing; no subject is near: the
  // place the clause names before the figure, not the title's company.
  auto x = Art("Kralix AG warnt vor Engpässen",
               "In Morenien haben nach einem Streik bei der Fährgesellschaft Velda mehr als "
               "10.000 Flüchtlinge die Grenze passiert.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "10.000 Flüchtlinge").entity == "Morenien");
  // Negatives: a destination ("nach") is not where the figure is, and a subject of the
  // clause still decides.
  auto n = Art("Kralix AG warnt vor Engpässen",
               "Nach Morenien sind nach einem Streik bei der Fährgesellschaft Velda mehr als "
               "10.000 Flüchtlinge weitergereist.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(n, "10.000 Flüchtlinge").entity != "Morenien");
  auto o =
      Art("Kralix AG warnt vor Engpässen",
          "In Morenien hat die Fährgesellschaft Velda 10.000 Passagiere befördert.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(o, "10.000 Passagiere").entity == "Velda");
}

TEST_CASE("de: a sentence in the first person is the speaker's", "[attribution][de]") {
  // "Ich …": the person named before, not the organisation subject of the sentence before.
  auto x = Art("",
               "Die Sprinterin Vera Holm sagt ihren Start ab. Die Kralix AG bedauert das sehr. "
               "Ich habe erst 70 Prozent meiner Form, sagte die Sprinterin.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "70 Prozent").entity == "Vera Holm");
  // Negative: without a first person the subject of the sentence before stays.
  auto n = Art("",
               "Die Sprinterin Vera Holm sagt ihren Start ab. Die Kralix AG bedauert das sehr. "
               "Die Halle ist erst zu 70 Prozent fertig.",
               nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(n, "70 Prozent").entity == "Kralix AG");
}

TEST_CASE("en: the broadcaster that reports is a source, not a figure's entity",
          "[attribution][en][en17]") {
  // The outlet that opens the story ("The BBC News website takes a look …") is no subject the
  // sentences after it continue.
  auto x = Art("Gadget sales set to climb",
               "The BBC News website takes a look at the gadgets on show in Kelmar. The number "
               "of gadgets in the shops is predicted to grow by 11% this year.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "11%").entity != "BBC");
  auto y = Art("", "Ann Lee told the BBC that Kellmoor Data would cut 300 jobs.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "300 jobs").entity == "Kellmoor Data");
  // Negative: a broadcaster the gazetteer does not list as a source stays eligible.
  auto n = Art("Gadget sales set to climb",
               "The Kelmar Radio website takes a look at the gadgets on show. The number of "
               "gadgets in the shops is predicted to grow by 11% this year.",
               nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "11%").entity == "Kelmar Radio");
}

TEST_CASE("en: a place that opens a company's name is the company", "[attribution][en][en17]") {
  auto x = Text("Shares in India Steel fell 5% on Monday after the group warned on profits.",
                nf::Lang::kEn);
  const nf::Figure& f = nf::testing::FigureWith(x, "5%");
  CHECK(f.entity == "India Steel");
  CHECK(f.entity_type == nf::EntityType::kOrg);
  // Negatives: a title after the head word keeps the place; a press word is no company head.
  auto n = Text("The India Steel Minister Ann Lee said 500 jobs would go.", nf::Lang::kEn);
  for (const nf::EntityMention& m : n.entities) CHECK(m.entity != "India Steel");
  auto p = Text("Shares in India Daily fell 5% on Monday.", nf::Lang::kEn);
  for (const nf::EntityMention& m : p.entities) CHECK(m.entity != "India Daily");
}

TEST_CASE("en: a capitalised word and an ampersand before a company's name are its first words",
          "[attribution][en]") {
  auto x = Text("Shares in Pellow & Tarvik rose 5% on Monday.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "5%").entity == "Pellow & Tarvik");
  auto y = Text("The insurer Pellow & Tarvik cut 2,500 jobs.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(y, "2,500 jobs").entity == "Pellow & Tarvik");
  // Negative: a lower-case word before the ampersand stays out.
  auto n = Text("Profits & Tarvik: shares in Tarvik rose 5% on Monday.", nf::Lang::kEn);
  for (const nf::EntityMention& m : n.entities) CHECK(m.entity != "shares & Tarvik");
}

TEST_CASE(
    "en: a company's name of two words the text tags once is that company where it "
    "opens a sentence",
    "[attribution][en]") {
  auto x = Text(
      "The low-cost carrier was set up by Air Tamvar last year. Air Tamvar has ordered 30 "
      "jets in a deal worth $2bn.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$2bn").entity == "Air Tamvar");
  CHECK(nf::testing::FigureWith(x, "30 jets").entity == "Air Tamvar");
  // Negative: the words inside a longer word are no recurrence.
  auto n = Text("The carrier was set up by Air Tamvar last year. Air Tamvaro has ordered 30 jets.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "30 jets").entity != "Air Tamvar");
}

// ---- The metric of a figure whose sentence names none: the figure of its kind before.

TEST_CASE("de: a figure with no cue takes the metric of the figure in the sentence before",
          "[attribution][metric][de]") {
  auto x = Text(
      "In der Sammelstelle von Kralfeld befanden sich am Morgen 2.400 Flüchtlinge. Am Abend "
      "waren es noch 1.900.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "2.400 Flüchtlinge").metric == "population");
  CHECK(nf::testing::FigureWith(x, "1.900").metric == "population");
  auto m = Text(
      "Die Kralwerke steigerten ihren Umsatz auf 420 Millionen Euro. Zwei Jahre zuvor lag er "
      "bei 390 Millionen Euro.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(m, "390 Millionen Euro").metric == "revenue");
  // Negatives: a noun of its own after the number, a paragraph of two sentences between, an
  // amount of another order.
  auto noun = Text(
      "In der Sammelstelle von Kralfeld befanden sich am Morgen 2.400 Flüchtlinge. Am Abend "
      "landeten 1.900 neue Transportflugzeuge.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(noun, "1.900").metric.empty());
  auto para = Text(
      "In der Sammelstelle von Kralfeld befanden sich am Morgen 2.400 Flüchtlinge. Die Lage "
      "blieb ruhig.\n\nAm Abend waren es noch 1.900.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(para, "1.900").metric.empty());
  auto order = Text(
      "Eine Karte kostet bei Kralfeld Reisen 45 Euro. Zwei Jahre zuvor lag er bei 80 Millionen "
      "Euro.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(order, "45 Euro").metric == "price");
  CHECK(nf::testing::FigureWith(order, "80 Millionen Euro").metric.empty());
}

TEST_CASE("es: a figure with no cue takes the metric of the figure in the sentence before",
          "[attribution][metric][es]") {
  auto x =
      Text("En el hospital de Valdoria hay 1.200 casos de gripe. Ayer eran 1.150.", nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(x, "1.200 casos").metric == "cases");
  CHECK(nf::testing::FigureWith(x, "1.150").metric == "cases");
  // A paragraph of one sentence (text that breaks after every sentence) is no topic change.
  auto p = Text("En el hospital de Valdoria hay 1.200 casos de gripe.\n\nAyer eran 1.150.",
                nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(p, "1.150").metric == "cases");
  // Negatives: a plural noun of its own, a paragraph of two sentences.
  auto noun =
      Text("En el hospital de Valdoria hay 1.200 casos de gripe. Ayer llegaron 1.150 camiones.",
           nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(noun, "1.150").metric.empty());
  auto para = Text(
      "En el hospital de Valdoria hay 1.200 casos de gripe. El centro abrió en 1990.\n\nAyer "
      "eran 1.150.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(para, "1.150").metric.empty());
}

TEST_CASE("en: a figure with no cue takes the metric of the figure in the sentence before",
          "[attribution][metric][en]") {
  auto x = Text(
      "Net profit at Kellmoor rose to $40m. Analysts had expected $38m. A year earlier it "
      "stood at $35m.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$40m").metric == "profit");
  CHECK(nf::testing::FigureWith(x, "$38m").metric == "profit");
  // Negatives: not from a figure that took its metric from further back itself; not an
  // amount that names its own thing ("a $38m lawsuit").
  CHECK(nf::testing::FigureWith(x, "$35m").metric.empty());
  auto noun =
      Text("Net profit at Kellmoor rose to $40m. It also faces a $38m lawsuit.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(noun, "$38m").metric.empty());
}

TEST_CASE("en: an auxiliary after a borrowing amount is no noun of its own",
          "[attribution][metric][en]") {
  auto x =
      Text("Sales at Brindle Foods climbed to $70m. Another $9m must come from its new bakery.",
           nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$9m").metric == "revenue");
  // Negative: a lower-case noun after the amount is its own thing.
  auto noun = Text(
      "Sales at Brindle Foods climbed to $70m. Another $9m fund must come from its new bakery.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(noun, "$9m").metric.empty());
}

TEST_CASE("en: a conversion of a borrowed metric does not lend it on to a later sentence",
          "[attribution][metric][en]") {
  auto x = Text(
      "Orvane said its net profit reached 3bn euros ($3.6bn) last year. Brokers had forecast "
      "2.8bn euros ($3.3bn). Two years before it had been 2.2bn euros ($2.6bn).",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "2.8bn euros").metric == "profit");
  CHECK(nf::testing::FigureWith(x, "$3.3bn").metric == "profit");
  // The bracketed amount copies its head's metric and its head's borrowing: no chain.
  CHECK(nf::testing::FigureWith(x, "2.2bn euros").metric.empty());
  CHECK(nf::testing::FigureWith(x, "$2.6bn").metric.empty());
}

// ---- A percentage that names no measure of its own: the rate of the percentage before.

TEST_CASE("de: a bare percentage takes the rate of the percentage before",
          "[attribution][metric][de]") {
  auto x = Text(
      "Die Arbeitslosenquote in Kralland lag im März bei 7,1 Prozent. Im April sank die Quote "
      "auf 6,9 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "6,9 Prozent").metric == "unemployment_rate");
  // A list of results after the sentence that named the votes; in one sentence after a rate
  // named with the first figure.
  auto list = Text(
      "Bei der Wahl in Norstadt kam die Kralpartei auf 27 Prozent der Stimmen. Die Bürgerliste "
      "kam auf 21 Prozent, die Grüne Liste auf 9 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(list, "21 Prozent").metric == "vote_share");
  CHECK(nf::testing::FigureWith(list, "9 Prozent").metric == "vote_share");
  auto one = Text(
      "Die höchste Arbeitslosenquote hatte Kralland mit 23,6 Prozent, die niedrigste Quote "
      "verzeichnete Norland mit 4,2 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(one, "4,2 Prozent").metric == "unemployment_rate");
  // Negatives: a share of something else, a compound naming another share, a new measure
  // between, another paragraph, a compound naming another rate.
  auto of = Text(
      "Die Arbeitslosenquote in Kralland lag im März bei 7,1 Prozent. 30 Prozent der "
      "Betroffenen sind jünger als 25.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(of, "30 Prozent").metric == "share");
  auto compound = Text(
      "Die Arbeitslosenquote in Kralland lag im März bei 7,1 Prozent. Der Frauenanteil lag bei "
      "45 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(compound, "45 Prozent").metric == "share");
  auto measure = Text(
      "Die Arbeitslosenquote in Kralland lag im März bei 7,1 Prozent. Der Umsatz des Handels "
      "schrumpfte. Im April waren es 6,9 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(measure, "6,9 Prozent").metric == "share");
  auto para = Text(
      "Die Arbeitslosenquote in Kralland lag im März bei 7,1 Prozent. Das Amt zählte neu.\n\n"
      "Im April waren es 6,9 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(para, "6,9 Prozent").metric == "share");
  auto saving = Text(
      "Die Arbeitslosenquote in Kralland lag im März bei 7,1 Prozent. Die Sparquote der "
      "Haushalte lag bei 11 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(saving, "11 Prozent").metric == "share");
}

TEST_CASE("es: a bare percentage takes the rate of the percentage before",
          "[attribution][metric][es]") {
  auto x =
      Text("La tasa de paro de Valdoria se situó en el 12 % en marzo. La de los jóvenes, del 30 %.",
           nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(x, "30 %").metric == "unemployment_rate");
  auto tasa =
      Text("La inflación de Valdoria fue del 3,1 % en marzo. En abril, la tasa bajó al 2,9 %.",
           nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(tasa, "2,9 %").metric == "inflation_rate");
  // Negatives: a share of a whole, a rate of something else.
  auto of = Text(
      "La tasa de paro de Valdoria se situó en el 12 % en marzo. El 30 % de los hogares tiene "
      "coche.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(of, "30 %").metric == "share");
  auto other =
      Text("La inflación de Valdoria fue del 3,1 % en marzo. La tasa de mortalidad fue del 2 %.",
           nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(other, "2 %").metric == "share");
}

TEST_CASE("en: a bare percentage takes the rate of the percentage before",
          "[attribution][metric][en]") {
  auto x = Text("Inflation in Norland hit 3% in April. In May the rate was 2.8%.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "2.8%").metric == "inflation_rate");
  auto young = Text(
      "Unemployment in Norland stood at 9%. Young people are hit harder, with 14% out of work.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(young, "14%").metric == "unemployment_rate");
  // Negatives: a share of a whole; not from a percentage that took its rate from further back
  // itself; not a value of another order.
  auto of = Text("Inflation in Norland hit 3% in April. Some 40% of households own a car.",
                 nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(of, "40%").metric == "share");
  auto chain = Text(
      "Inflation in Norland hit 3% in April. In May the rate was 2.8%. A year before it stood "
      "at 2.4%.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(chain, "2.4%").metric == "share");
  auto order =
      Text("Inflation in Norland hit 3% in April. In May the figure was 90%.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(order, "90%").metric == "share");
}

// ---- A bare percentage after a rate the sentence before names without a percentage.

TEST_CASE("de: a bare percentage takes the rate named in the sentence before",
          "[attribution][metric][de]") {
  auto x = Text(
      "Die Arbeitslosenrate in Kralland ging im Mai etwas zurück. Laut dem Amt lag die Rate "
      "bei 7,3 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "7,3 Prozent").metric == "unemployment_rate");
  // Negatives: "zu 100 Prozent" (wholly), a measure of its own.
  auto whole = Text(
      "Die Arbeitslosenrate in Kralland ging im April leicht zurück. Die Zusammenarbeit der "
      "Ämter läuft zu 100 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(whole, "100 Prozent").metric == "share");
  auto other = Text(
      "Die Arbeitslosenrate in Kralland ging im April leicht zurück. Der Umsatz der Händler "
      "schrumpfte auf 8 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(other, "8 Prozent").metric == "share");
}

TEST_CASE("es: a bare percentage takes the rate named in the sentence before",
          "[attribution][metric][es]") {
  auto x = Text(
      "La inflación de Valdoria se moderó en abril. Según el instituto, la tasa quedó en el "
      "2,4 %.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(x, "2,4 %").metric == "inflation_rate");
  // Negative: a survey names no vote.
  auto poll = Text(
      "Los vecinos de Valdoria respondieron a una encuesta del ayuntamiento. Otro 40 % no quiso "
      "opinar.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(poll, "40 %").metric == "share");
}

TEST_CASE("en: a bare percentage takes the rate named in the sentence before",
          "[attribution][metric][en]") {
  auto x = Text("Unemployment in Norland fell again in March. Officials put the rate at 6.1%.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "6.1%").metric == "unemployment_rate");
  auto rates = Text(
      "The Norland central bank is expected to raise interest rates again. Analysts see them "
      "at 3.75% by June.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(rates, "3.75%").metric == "interest_rate");
  // Negatives: a poll names no vote; a share of a whole.
  auto poll = Text(
      "Residents of Norland were asked in a poll about the new road. Some 40% said they liked "
      "it.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(poll, "40%").metric == "share");
  auto of = Text("Unemployment in Norland fell again in March. Exports made up 30% of output.",
                 nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(of, "30%").metric == "share");
}

// ---- A bare percentage takes a rate only when it refers back to one.

TEST_CASE("a sentence that merely names a rate gives the percentage after it no rate",
          "[attribution][metric][fixb24]") {
  auto de = Text(
      "Die Inflation macht den Leuten in Tarvland Sorgen. 35 Prozent sagen, sie sparen nun mehr.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(de, "35 Prozent").metric == "share");
  auto en = Text(
      "Voters in Tarvland are angry about rising prices and inflation. Some 35% say they will "
      "stay home.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(en, "35%").metric == "share");
  auto es = Text("El desempleo inquieta a los vecinos de Tarvia. Un 35 % teme perder su casa.",
                 nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(es, "35 %").metric == "share");
  auto vote = Text(
      "Tarvland votes for a new parliament on Sunday. Some observers expect about 35% to stay "
      "home.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(vote, "35%").metric == "share");
  auto de2 = Text(
      "Die Arbeitslosenrate in Tarvland ging im Mai etwas zurück. Die Abstimmung der Behörden "
      "klappt zu 97 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(de2, "97 Prozent").metric == "share");
  // Positive: a noun or pronoun refers back.
  auto ref =
      Text("Joblessness in Tarvland eased again in May. Officials put it at 5.4%.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(ref, "5.4%").metric == "unemployment_rate");
}

TEST_CASE("a rate named in the sentence before is no figure a later sentence chains from",
          "[attribution][metric][fixb24]") {
  auto x = Text(
      "Unemployment in Tarvland dropped again in May. Officials put the rate at 5.4%. In June "
      "it was 5.2%.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "5.4%").metric == "unemployment_rate");
  CHECK(nf::testing::FigureWith(x, "5.2%").metric == "share");
  // Positive: a rate noun refers back again.
  auto noun = Text(
      "Die Arbeitslosenrate in Tarvland sank im Mai. Laut dem Amt lag die Rate bei 7,3 Prozent. "
      "Norland kommt mit einer Quote von 4,8 Prozent auf Rang zwei.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(noun, "7,3 Prozent").metric == "unemployment_rate");
  CHECK(nf::testing::FigureWith(noun, "4,8 Prozent").metric == "unemployment_rate");
}

TEST_CASE("a rate's figure alone in its sentence after a word takes the rate before it",
          "[attribution][metric]") {
  auto last = Text("Die Inflation in Tarvland lag im März bei 3 Prozent. Zuletzt 2,8 Prozent.",
                   nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(last, "2,8 Prozent").metric == "inflation_rate");
  // Negative: a verb after it makes the figure a subject, a share of people.
  auto say =
      Text("Die Inflation in Tarvland lag im März bei 3 Prozent. Zuletzt 28 Prozent sparen mehr.",
           nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(say, "28 Prozent").metric == "share");
}

TEST_CASE("a share of people or of a whole named by davon takes no rate before it",
          "[attribution][metric][fixb24]") {
  auto say = Text(
      "Die Teuerung in Tarvland lag im Mai bei 4 Prozent. 35 Prozent sagen, sie sparen nun "
      "mehr.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(say, "35 Prozent").metric == "share");
  auto davon = Text(
      "Die Kralix AG meldete eine Gewinnmarge von 6 Prozent. Der Konzern setzte 2 Milliarden "
      "Euro um, 30 Prozent davon in Tarvland.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(davon, "30 Prozent").metric == "share");
  // Positive: people out of work after an unemployment rate.
  auto young =
      Text("Unemployment in Tarvland stood at 8%. The young fare worse, with 19% out of work.",
           nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(young, "19%").metric == "unemployment_rate");
}

TEST_CASE("a fee or commission names a measure of its own after a rate",
          "[attribution][metric][fixb24]") {
  auto en = Text("Inflation in Tarvland reached 4% in May. The fee was 0.75%.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(en, "0.75%").metric == "share");
  auto es =
      Text("La inflación de Tarvia fue del 4 % en mayo. La comisión es del 0,75 %.", nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(es, "0,75 %").metric == "share");
  // Positive: Spanish "la tasa" alone refers back.
  auto tasa = Text("La inflación de Tarvia fue del 4 % en mayo. En junio, la tasa bajó al 3,6 %.",
                   nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(tasa, "3,6 %").metric == "inflation_rate");
}

TEST_CASE("a vote's result after the sentence naming the vote is a vote share",
          "[attribution][metric][fixb24]") {
  auto x = Text(
      "Bei der Wahl zum Stadtrat von Tarvstadt gaben viele Wähler ihre Stimme ab. Die Liste "
      "Grünes Tarvstadt kam auf nur 3,4 Prozent.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "3,4 Prozent").metric == "vote_share");
  // Negatives: a verb of scoring in another sense, or not right before the figure.
  auto home = Text(
      "Tarvland votes for a new parliament on Sunday. Many commuters took the train home early, "
      "and about 35% stayed home.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(home, "35%").metric == "share");
  auto heraus = Text(
      "Tarvland wählt am Sonntag ein neues Parlament. Überraschend kam heraus, dass 40 Prozent "
      "nicht wählen wollen.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(heraus, "40 Prozent").metric == "share");
  auto logro = Text(
      "Tarvia elige el domingo un nuevo parlamento. El Gobierno logró que un 40 % acuda a "
      "votar.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(logro, "40 %").metric == "share");
}

TEST_CASE("a pronoun refers back to a rate only next to the verb before the figure",
          "[attribution][metric][en]") {
  auto about = Text(
      "Voters in Tarvland are angry about rising prices and inflation. Asked about it, some 40% "
      "say they will stay home.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(about, "40%").metric == "share");
  // Positive: the pronoun is the verb's object.
  auto put = Text("Inflation in Tarvland rose again in spring. Economists put it at 4% by June.",
                  nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(put, "4%").metric == "inflation_rate");
}

TEST_CASE(
    "de: a figure's own place after it wins over the place of an earlier figure before a joint",
    "[attribution][de][nat32]") {
  auto x = Text(
      "Bis Juni eröffneten 640 neue Ladestationen in Bayern, weitere 95 Ladestationen gingen in "
      "Nürnberg ans Netz.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(x, "640").entity == "Bayern");
  CHECK(nf::testing::FigureWith(x, "95 Ladestationen").entity == "Nürnberg");
  // Negatives: the region as the clause's subject keeps the figure it places in a city
  // (no joint between them); a company building in a city keeps its figure.
  auto subject = Text("Tirol förderte im Vorjahr 380 Wohnungen in Innsbruck.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(subject, "380 Wohnungen").entity == "Tirol");
  auto firm = Text("Die Kralbau GmbH baute im Vorjahr 380 Wohnungen in Innsbruck.", nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(firm, "380 Wohnungen").entity == "Kralbau GmbH");
  // The clause's place after an earlier figure with no joint between keeps the figure (fails
  // when any gap counts as a joint).
  auto no_joint = Text(
      "Nach 640 Ladestationen im Vorjahr bestellte man in Bayern bis Juni weitere 95 Ladestationen "
      "bei einem Hersteller in Nürnberg.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(no_joint, "95 Ladestationen").entity == "Bayern");
  // A comma with no earlier figure (an aside) is no joint: the place before every figure of the
  // sentence keeps it.
  auto aside = Text(
      "In Japan, so die Regierung, stieg die Zahl der Arbeitslosen auf 1,8 Millionen in Tokio.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(aside, "1,8 Millionen").entity == "Japan");
  // "nach X" after a count of people is where they go, not their own place.
  auto towards = Text(
      "Am Montag warteten 4.000 Menschen in Ungarn, 900 Menschen hofften auf die Weiterreise nach "
      "Österreich.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(towards, "900 Menschen").entity == "Ungarn");
}

TEST_CASE("en: a count of cases with its own place after it leaves the place of the clause before",
          "[attribution][en][nat32]") {
  auto x =
      Text("Last winter brought 5,200 flu cases in Ontario and 830 cases were recorded in Toronto.",
           nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "5,200 flu cases").entity == "Ontario");
  CHECK(nf::testing::FigureWith(x, "830 cases").entity == "Toronto");
  // Negative: the country as the subject of the figure's own clause keeps it.
  auto n = Text("Canada resettled 900 people in Toronto last winter.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "900 people").entity == "Canada");
  // Negative: an introductory comma with no earlier figure is no joint.
  auto intro =
      Text("In Bavaria, 5,000 people attended a rally in Munich on Saturday.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(intro, "5,000 people").entity == "Bavaria");
}

TEST_CASE("es: a count of people with its own place after it leaves a place before a joint",
          "[attribution][es][nat32]") {
  auto x = Text(
      "La campaña llegó a 5.200 personas en Andalucía, 800 personas fueron atendidas en "
      "Málaga.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(x, "5.200 personas").entity == "Andalucía");
  CHECK(nf::testing::FigureWith(x, "800 personas").entity == "Málaga");
  // A list of places each with its own figure: "o" joins the last item.
  auto list = Text(
      "El temporal dejó 40 heridos en Galicia, 25 heridos en Cantabria o 12 heridos en "
      "Asturias.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(list, "25 heridos").entity == "Cantabria");
  CHECK(nf::testing::FigureWith(list, "12 heridos").entity == "Asturias");
  // Negative: the region as the subject keeps the people it serves in a city.
  auto n = Text("Andalucía atendió a 800 personas en Málaga durante el verano.", nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(n, "800 personas").entity == "Andalucía");
  // Negatives: the clause's place after an earlier figure with no joint between keeps the
  // figure; an introductory comma with no earlier figure is no joint.
  auto no_joint = Text(
      "Tras 1.200 altas el año pasado en Galicia se empadronaron 700 personas nacidas en "
      "Venezuela.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(no_joint, "700 personas").entity == "Galicia");
  auto intro = Text("En Galicia, 3.000 personas cruzaron la frontera en Portugal.", nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(intro, "3.000 personas").entity == "Galicia");
}

TEST_CASE("period: a quantity or bare count without a metric takes no article year (de es en)",
          "[attribution][period][per37]") {
  // The year the text names most often is the period of its results, not of a length or a
  // fleet a sentence without a period of its own states. Money without a metric and a count
  // a change word reaches stay results of that year.
  auto figure_of = [](const std::string& text, nf::Lang lang, const std::string& surface) {
    const nf::Extraction x = Text(text, lang);
    for (const nf::Figure& f : x.figures) {
      if (f.surface == surface) {
        INFO(surface << ": metric '" << f.metric << "' period '" << f.period << "'");
        return f;
      }
    }
    FAIL("no figure «" << surface << "» in: " << text);
    return nf::Figure();
  };
  auto check = [&](const std::string& text, nf::Lang lang, const std::string& surface,
                   const std::string& period) {
    const nf::Figure f = figure_of(text, lang, surface);
    INFO(surface << ": metric '" << f.metric << "' period '" << f.period << "'");
    CHECK(f.metric.empty());  // the case reaches the rule
    CHECK(f.period == period);
  };
  const std::string de =
      "Die Reederei Torvik legte ihre Bilanz für 2019 vor. Das Jahr 2019 brachte viele Gäste. "
      "Die neue Fähre ist 86 Meter lang. Die Flotte zählt 14 Schiffe. Die Zahl der "
      "Kajütenbetten verdoppelte sich auf 3.400. Die Reparatur des Kais erreichte 9 Millionen "
      "Euro.";
  check(de, nf::Lang::kDe, "86 Meter", "");
  check(de, nf::Lang::kDe, "14 Schiffe", "");
  // Negatives: a count a change word reaches, money without a metric.
  check(de, nf::Lang::kDe, "3.400", "2019");
  check(de, nf::Lang::kDe, "9 Millionen Euro", "2019");
  const std::string es =
      "La naviera Torvik presentó sus cuentas de 2019. El año 2019 trajo muchos pasajeros. El "
      "nuevo ferry mide 86 metros de largo. La flota cuenta con 14 barcos. El número de literas "
      "aumentó a 3.400. La reparación del muelle alcanzó 9 millones de euros.";
  check(es, nf::Lang::kEs, "86 metros", "");
  check(es, nf::Lang::kEs, "14 barcos", "");
  check(es, nf::Lang::kEs, "3.400", "2019");
  check(es, nf::Lang::kEs, "9 millones de euros", "2019");
  const std::string en =
      "The Torvik shipping line published its 2019 accounts. The year 2019 brought many "
      "passengers. Its new ferry is 86 metres long. The fleet has 14 ships. The number of cabin "
      "berths rose to 3,400. Repairs to the quay reached €9m.";
  check(en, nf::Lang::kEn, "86 metres", "");
  check(en, nf::Lang::kEn, "14 ships", "");
  check(en, nf::Lang::kEn, "3,400", "2019");
  check(en, nf::Lang::kEn, "€9m", "2019");
}

TEST_CASE("en: a subject pronoun opening the figure's clause keeps a name after the figure out",
          "[attribution][en][att41]") {
  // "while it": the subject's own spending, not the company named after "the rescue of".
  auto x = Text(
      "Velmont Freight will close two ports while it spends $28m on the rescue of "
      "Harwick Group.",
      nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(x, "$28m").entity == "Velmont Freight");
  // Negative: a clause after "that" with no subject at all leaves "of Y" the owner.
  auto n = Text("Velmont Freight hopes that 120 sailors of Harwick Group will join its fleet.",
                nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(n, "120 sailors").entity == "Harwick Group");
}

TEST_CASE("en: a games console or computer of a known maker rolls up to that maker",
          "[attribution][en][att41]") {
  auto psp = Text("Shoppers in Leeds paid $240 for a PSP on the first morning.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(psp, "$240").entity == "Sony");
  auto xbox = Text("A refurbished Xbox 360 now costs £95 at market stalls.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(xbox, "£95").entity == "Microsoft");
  auto mac = Text("The cheapest Mac mini will be priced at $529 when the range is refreshed.",
                  nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(mac, "$529").entity == "Apple");
  // Negative: "Mac" alone outside a sentence about Apple is no computer (a name's last word).
  auto lender = Text("Kellow Mac, a Glasgow lender, raised $300m from investors.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(lender, "$300m").entity != "Apple");
  // Negative: bare "Mac" asks for the word "Apple" itself, not any word starting with it.
  auto cider =
      Text("Dunmore Mac, a cider maker in Hereford, paid £3m for 40 hectares of apple orchards.",
           nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(cider, "£3m").entity != "Apple");
}
