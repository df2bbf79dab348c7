// Names beyond the gazetteer (extract/ner_tagger.h): invented organisations, persons and
// places in German, Spanish and English, found by the classifier and the rules (legal
// forms, cue nouns, acronyms, CamelCase, "&", genitives, ICU country names), plus negatives.
#include <algorithm>
#include <catch2/catch.hpp>
#include <charconv>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "extract/entity_matcher.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/ner_features.h"
#include "extract/ner_tagger.h"
#include "tests/extract/figure_test_util.h"

namespace nf = newsfacts::extract;

namespace {

// The tagger with its fast paths (word cache, folded fixed features: the defaults) and the
// tagger without them, the reference the fast paths are tested against.
struct FastAndSlowTaggers {
  std::unique_ptr<nf::NameTagger> fast, slow;
};
FastAndSlowTaggers MakeFastAndSlowTaggers() {
  auto slow = nf::NameTagger::Parse(nf::NameTagger::CompiledModel(),
                                    {.word_cache = false, .fold_fixed_features = false});
  auto fast = nf::NameTagger::Parse(nf::NameTagger::CompiledModel());
  REQUIRE(slow.ok());
  REQUIRE(fast.ok());
  return {std::move(fast).value(), std::move(slow).value()};
}

// Mentions equal in span, entity, surface and type, one by one.
bool SameMentions(const std::vector<nf::EntityMention>& a,
                  const std::vector<nf::EntityMention>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].entity != b[i].entity ||
        a[i].surface != b[i].surface || a[i].type != b[i].type) {
      return false;
    }
  }
  return true;
}

// Gazetteer mentions first, then the tagger's names (as the Extractor does).
std::vector<nf::EntityMention> Names(const std::string& text, nf::Lang lang) {
  static const nf::EntityMatcher matcher(nf::Gazetteer::Default());
  std::vector<nf::EntityMention> known, found;
  matcher.Find(text, lang, nf::Field::kBody, &known);
  nf::NameTagger::Default().Find(text, lang, nf::Field::kBody, known, &found);
  return found;
}

// The tagger's mention whose entity is `entity`; nullptr if none.
const nf::EntityMention* FindEntity(const std::vector<nf::EntityMention>& ms,
                                    const std::string& entity) {
  for (const nf::EntityMention& m : ms) {
    if (m.entity == entity) return &m;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the compiled-in name model loads and has features", "[entities][names]") {
  const nf::NameTagger& t = nf::NameTagger::Default();
  CHECK(t.num_features() > 10000);
  CHECK(t.memory_bytes() > 0);
}

TEST_CASE("CountryNames lists every name a country's facts are stored under",
          "[entities][names][countries]") {
  using V = std::vector<std::string>;
  const V germany = {"Germany", "Deutschland", "Alemania"};
  CHECK(nf::CountryNames("Deutschland") == germany);
  CHECK(nf::CountryNames("alemania") == germany);
  CHECK(nf::CountryNames("GERMANY") == germany);
  // The German press name, the English short name and what ShortCountryNamesEn shortens.
  const V us = {"United States", "USA", "Estados Unidos", "US"};
  for (const char* typed : {"United States", "USA", "US", "U.S.", "America", "Estados Unidos"}) {
    INFO(typed);
    CHECK(nf::CountryNames(typed) == us);
  }
  CHECK(nf::CountryNames("Britain") ==
        V{"United Kingdom", "Gro\u00dfbritannien", "Reino Unido", "UK"});
  CHECK(nf::CountryNames("\u00d6sterreich") == V{"Austria", "\u00d6sterreich"});
  // No country: a city or region (the tagger's places), a firm, a common word.
  for (const char* typed : {"Wien", "Vienna", "Bayern", "Kralmo AG", "exports", ""}) {
    INFO(typed);
    CHECK(nf::CountryNames(typed).empty());
  }
}

TEST_CASE("CanonicalCountry gives one name for every name of a country and none otherwise",
          "[entities][names][countries]") {
  // The gazetteer's canonical where it lists the country, whatever language named it.
  for (const char* typed : {"Deutschland", "Alemania", "Germany", "GERMANY"}) {
    INFO(typed);
    CHECK(nf::CanonicalCountry(typed) == "Germany");
  }
  for (const char* typed : {"USA", "US", "U.S.", "Estados Unidos", "EE. UU.", "United States"}) {
    INFO(typed);
    CHECK(nf::CanonicalCountry(typed) == "United States");
  }
  // A country the gazetteer does not list: CountryNames' first (English) name.
  CHECK(nf::CanonicalCountry("\u00d6sterreich") == "Austria");
  CHECK(nf::CanonicalCountry("Austria") == "Austria");
  // Georgia is the country in every language and never the United States.
  CHECK(nf::CanonicalCountry("Georgien") == "Georgia");
  CHECK(nf::CanonicalCountry("Georgia") == "Georgia");
  // No country: a city or region (also one the gazetteer lists with a German alias), a
  // continent the gazetteer lists as a place, a product (never its maker), a firm, nothing.
  for (const char* typed :
       {"Wien", "Vienna", "Bayern", "Peking", "Beijing", "Europa", "ChatGPT", "Kralmo AG", ""}) {
    INFO(typed);
    CHECK(nf::CanonicalCountry(typed).empty());
  }
}

TEST_CASE("a country whose ICU name is a description has the press's name in each language",
          "[entities][names][countries]") {
  using V = std::vector<std::string>;
  // ICU names Hong Kong and Macau as special administrative regions ("RAE de Hong Kong
  // (China)"): the country table takes the names the press writes.
  for (const char* typed : {"Hongkong", "Hong Kong", "HONG KONG"}) {
    INFO(typed);
    CHECK(nf::CountryNames(typed) == V{"Hong Kong", "Hongkong"});
    CHECK(nf::CanonicalCountry(typed) == "Hong Kong");  // the gazetteer's place
  }
  CHECK(nf::CountryNames("Macao") == V{"Macau", "Macao"});
  // Negative: a description is no name of the country.
  CHECK(nf::CountryNames("Sonderverwaltungsregion Hongkong").empty());
}

TEST_CASE("a country's long or official English name is one of its names",
          "[entities][names][countries]") {
  using V = std::vector<std::string>;
  const V czechia = {"Czechia", "Tschechien", "Chequia"};
  for (const char* typed : {"Czech Republic", "Tschechische Republik", "Rep\u00fablica Checa",
                            "Tschechien", "Chequia", "Czechia"}) {
    INFO(typed);
    CHECK(nf::CountryNames(typed) == czechia);
    CHECK(nf::CanonicalCountry(typed) == "Czechia");
  }
  const V turkey = {"Turkey", "T\u00fcrkei", "Turqu\u00eda"};
  for (const char* typed : {"T\u00fcrkiye", "Turkey", "T\u00fcrkei", "Turqu\u00eda"}) {
    INFO(typed);
    CHECK(nf::CountryNames(typed) == turkey);
    CHECK(nf::CanonicalCountry(typed) == "Turkey");
  }
  // Negative: the adjective alone names no country.
  CHECK(nf::CountryNames("Czech").empty());
  CHECK(nf::CountryNames("Turkish").empty());
}

TEST_CASE("a malformed model line is an error naming the line", "[entities][names]") {
  auto bad = nf::NameTagger::Parse("# header\n1f 1 2 3 4\nzz 1 2\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("line 3") != std::string::npos);
  auto good = nf::NameTagger::Parse("# header\n1f 1 2 3 4\n");
  REQUIRE(good.ok());
  CHECK(good.value()->num_features() == 1);
}

TEST_CASE("invented German organisations: legal form, cue noun, acronym, ampersand",
          "[entities][names][de]") {
  auto ms = Names(
      "Die Kralinger Maschinenbau AG hat ihren Umsatz gesteigert. Auch der Versicherer "
      "Donaublick meldete ein Plus, ebenso die TKVG und die Firma Pohl & Sandner.",
      nf::Lang::kDe);
  const nf::EntityMention* k = FindEntity(ms, "Kralinger Maschinenbau AG");
  REQUIRE(k != nullptr);
  CHECK(k->type == nf::EntityType::kOrg);
  CHECK(k->surface == "Kralinger Maschinenbau AG");
  const nf::EntityMention* d = FindEntity(ms, "Donaublick");
  REQUIRE(d != nullptr);
  CHECK(d->type == nf::EntityType::kOrg);
  CHECK(FindEntity(ms, "TKVG") != nullptr);
  CHECK(FindEntity(ms, "Pohl & Sandner") != nullptr);
  // Articles and sentence-initial function words are not names.
  CHECK(FindEntity(ms, "Die") == nullptr);
  CHECK(FindEntity(ms, "Auch") == nullptr);
}

TEST_CASE("German genitives name the entity without -s", "[entities][names][de]") {
  auto ms = Names(
      "Die Kralinger Maschinenbau AG steigerte den Gewinn. Kralingers Umsatz stieg, und "
      "Siemens' Aktie fiel.",
      nf::Lang::kDe);
  bool genitive = false;
  for (const nf::EntityMention& m : ms) {
    if (m.surface == "Kralingers") {
      genitive = true;
      CHECK(m.entity.rfind("Kralinger", 0) == 0);
      CHECK(m.entity != "Kralingers");
    }
  }
  CHECK(genitive);
  // "Nvidias" is the gazetteer's job: the tagger leaves it alone.
  auto nv = Names("Nvidias Umsatz stieg kräftig.", nf::Lang::kDe);
  CHECK(FindEntity(nv, "Nvidias") == nullptr);
}

TEST_CASE("German person names in the genitive name the person when the surname recurs",
          "[entities][names][de]") {
  // "Greta Hallmeiers" with "Hallmeier" elsewhere: the person, not a name ending in -s.
  auto ms = Names("Greta Hallmeiers Vermögen wuchs. Hallmeier verkaufte danach 2.350 Aktien.",
                  nf::Lang::kDe);
  const nf::EntityMention* p = FindEntity(ms, "Greta Hallmeier");
  REQUIRE(p != nullptr);
  CHECK(p->surface == "Greta Hallmeiers");
  CHECK(FindEntity(ms, "Greta Hallmeiers") == nullptr);
  // Negative: without the bare surname the -s may be the name's own.
  auto n = Names("Greta Hallmeiers Vermögen wuchs, meldete die Sprecherin.", nf::Lang::kDe);
  CHECK(FindEntity(n, "Greta Hallmeier") == nullptr);
  // Negative: a surname that is a given name with -s stays ("Peter" names another person).
  auto g = Names("Anna Peters Vermögen wuchs. Peter Kralow verkaufte 2.350 Aktien.", nf::Lang::kDe);
  CHECK(FindEntity(g, "Anna Peter") == nullptr);
}

TEST_CASE("German adjectives used as a party's name are named in the nominative",
          "[entities][names][de]") {
  // "die Liberalen" (after a definite article, -en) -> "Liberale"; the surface is kept.
  auto ms = Names("Bei der Wahl am 25. Mai konnten die Liberalen nur 2,6 Prozent verbuchen.",
                  nf::Lang::kDe);
  const nf::EntityMention* p = FindEntity(ms, "Liberale");
  REQUIRE(p != nullptr);
  CHECK(p->surface == "Liberalen");
  CHECK(FindEntity(ms, "Liberalen") == nullptr);
  // Negative: without the article the word keeps its form.
  auto n =
      Names("Bei der Wahl am 25. Mai konnten Liberalen nur 2,6 Prozent verbuchen.", nf::Lang::kDe);
  CHECK(FindEntity(n, "Liberale") == nullptr);
}

namespace {

// The tagger's mentions in a German text with a model that knows only `org_words` (lower
// case), each as an organisation: the name rules run on spans the compiled model may not
// find for invented words.
std::vector<nf::EntityMention> NamesWithOrgWords(const std::string& text,
                                                 std::initializer_list<const char*> org_words) {
  std::string model = "# organisation words\n";
  for (const char* w : org_words) {
    const uint64_t feature =
        nf::ner::Mix(nf::ner::MakeFeatureBases(nf::Lang::kDe).word, nf::ner::Fnv(w));
    char hex[17] = {};
    std::to_chars(hex, hex + 16, feature, 16);
    model += std::string(hex) + " 0 -300 300 -100\n";
  }
  auto tagger = nf::NameTagger::Parse(model);
  REQUIRE(tagger.ok());
  std::vector<nf::EntityMention> out;
  tagger.value()->Find(text, nf::Lang::kDe, nf::Field::kBody, {}, &out);
  return out;
}

}  // namespace

TEST_CASE("German party names of a short stem need the text's adjective use",
          "[entities][names][de]") {
  // A stem of three to five characters is an adjective when the text writes it in lower case
  // ("blauen Fahnen"): "die Blauen" -> "Blaue"; "Schön" counts five characters (six bytes).
  auto blue = NamesWithOrgWords(
      "Im Oktober holten die Blauen 7,4 Prozent. Sie warben mit blauen Fahnen.", {"blauen"});
  const nf::EntityMention* b = FindEntity(blue, "Blaue");
  REQUIRE(b != nullptr);
  CHECK(b->surface == "Blauen");
  auto fair = NamesWithOrgWords(
      "Im Oktober holten die Schönen 3,8 Prozent. Sie versprachen schöne Parks.", {"schönen"});
  CHECK(FindEntity(fair, "Schöne") != nullptr);
  // Negatives: without that use, and nouns' plurals and oblique cases, keep their form.
  auto bare = NamesWithOrgWords("Im Oktober holten die Kühnen 7,4 Prozent.", {"kühnen"});
  CHECK(FindEntity(bare, "Kühnen") != nullptr);
  CHECK(FindEntity(bare, "Kühne") == nullptr);
  auto noun = NamesWithOrgWords("Im Oktober holten die Piraten 7,4 Prozent.", {"piraten"});
  CHECK(FindEntity(noun, "Piraten") != nullptr);
  CHECK(FindEntity(noun, "Pirate") == nullptr);
  auto umlaut = NamesWithOrgWords("Gegen den Löwen verlor die Elf 3 Spiele.", {"löwen"});
  CHECK(FindEntity(umlaut, "Löwen") != nullptr);
  CHECK(FindEntity(umlaut, "Löwe") == nullptr);
  auto banks = NamesWithOrgWords("Im Oktober senkten die Volksbanken den Zins um 0,4 Prozent.",
                                 {"volksbanken"});
  CHECK(FindEntity(banks, "Volksbanken") != nullptr);
  CHECK(FindEntity(banks, "Volksbanke") == nullptr);
}

TEST_CASE("German party names of a colour are named in the nominative without other evidence",
          "[entities][names][de]") {
  // A colour's stem is an adjective though the text never writes it in lower case: "die
  // Violetten", "den Schwarzen" -> "Violette", "Schwarze"; the surface is kept.
  auto violet = NamesWithOrgWords(
      "Im Kreistag büßten die Violetten 1,7 Punkte ein und haben nur 3 Sitze.", {"violetten"});
  const nf::EntityMention* g = FindEntity(violet, "Violette");
  REQUIRE(g != nullptr);
  CHECK(g->surface == "Violetten");
  CHECK(FindEntity(violet, "Violetten") == nullptr);
  auto black = NamesWithOrgWords(
      "Mit den Schwarzen verhandelt der Kanzler seit 11 Wochen über ein Sparpaket.", {"schwarzen"});
  CHECK(FindEntity(black, "Schwarze") != nullptr);
  // Negatives: without the article the word keeps its form, and a noun's plural that names
  // a fruit of a colour ("die Orangen") is no colour's stem.
  auto bare =
      NamesWithOrgWords("Im Kreistag büßten Violetten-Bewerber 1,7 Punkte ein.", {"violetten"});
  CHECK(FindEntity(bare, "Violette") == nullptr);
  auto fruit = NamesWithOrgWords("Im Hafen lagerten die Orangen 9 Tage lang.", {"orangen"});
  CHECK(FindEntity(fruit, "Orange") == nullptr);
}

TEST_CASE("German adjective names share one derived-stem test", "[entities][names][de]") {
  // A stem in -sch (not only -isch) is a derived adjective: "die Hübschen" -> "Hübsche".
  auto sch = NamesWithOrgWords("Im Oktober holten die Hübschen 2,9 Prozent.", {"hübschen"});
  CHECK(FindEntity(sch, "Hübsche") != nullptr);
  // -ig and -iv open a singular name in the nominative too: "der Ständigen Kralkommission".
  auto ig = NamesWithOrgWords("Der Bericht der Ständigen Kralkommission nennt 14 Fälle.",
                              {"ständigen", "kralkommission"});
  CHECK(FindEntity(ig, "Ständige Kralkommission") != nullptr);
  // Negative: a plural after "der" keeps its form.
  auto pl = NamesWithOrgWords("Der Bericht der Ständigen Kralkommissionen nennt 14 Fälle.",
                              {"ständigen", "kralkommissionen"});
  CHECK(FindEntity(pl, "Ständige Kralkommissionen") == nullptr);
}

TEST_CASE("German truncated compounds ('Bundes- und Landesmittel') are no names",
          "[entities][names][de]") {
  auto ms = Names(
      "Die Volksanwaltschaft prüfte 4.210 Beschwerden über die Bundes- und 1.907 über die "
      "Landesverwaltung. Bundes- und Gemeindestellen antworteten rasch. Auch Kranken-, "
      "Renten- und Unfallkassen meldeten sich bei der Ombudsstelle Kralinger.",
      nf::Lang::kDe);
  CHECK(FindEntity(ms, "Bundes") == nullptr);
  CHECK(FindEntity(ms, "Kranken") == nullptr);
  CHECK(FindEntity(ms, "Renten") == nullptr);
  // Negative: a name before a dash between spaces is still a name.
  auto named =
      Names("Die Kralinger Maschinenbau AG - ein Zulieferer - hat ihren Umsatz gesteigert.",
            nf::Lang::kDe);
  CHECK(FindEntity(named, "Kralinger Maschinenbau AG") != nullptr);
}

TEST_CASE(
    "German text: foreign names keep a leading article and a word before a Romance "
    "connector ('Los X', 'Porto de X')",
    "[entities][names][de]") {
  auto ms = Names(
      "Die Regierung in Porto de Vellamar meldete 300 Fälle. Auch in Los Almendrales stiegen "
      "die Zahlen. Später sprach Innenminister de Varela.",
      nf::Lang::kDe);
  const nf::EntityMention* porto = FindEntity(ms, "Porto de Vellamar");
  REQUIRE(porto != nullptr);
  CHECK(porto->type == nf::EntityType::kPlace);
  CHECK(FindEntity(ms, "Vellamar") == nullptr);
  CHECK(FindEntity(ms, "Los Almendrales") != nullptr);
  CHECK(FindEntity(ms, "Almendrales") == nullptr);
  // Negative: a German word before the connector is no part of the name.
  CHECK(FindEntity(ms, "Innenminister de Varela") == nullptr);
}

TEST_CASE("invented Spanish organisations after cue nouns, and acronyms", "[entities][names][es]") {
  auto ms = Names(
      "La empresa Tecnovía ganó un contrato. El grupo Almerisa y el banco BBVA también "
      "participan, junto a la compañía gallega Ferrocántabra.",
      nf::Lang::kEs);
  for (const char* name : {"Tecnovía", "Almerisa", "BBVA", "Ferrocántabra"}) {
    INFO(name);
    const nf::EntityMention* m = FindEntity(ms, name);
    REQUIRE(m != nullptr);
    CHECK(m->type == nf::EntityType::kOrg);
  }
  CHECK(FindEntity(ms, "La") == nullptr);
}

TEST_CASE(
    "Spanish: a capitalised word opening a quote or a clause after a colon is not an "
    "organisation by the unknown-word rule",
    "[entities][names][es]") {
  auto ms = Names(
      "La candidata Amalia Verduzco escribió en la red: \"Les prometo empleo para todos\". "
      "Después añadió: Nunca subiremos los impuestos.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Les") == nullptr);
  CHECK(FindEntity(ms, "Nunca") == nullptr);
  CHECK(FindEntity(ms, "Amalia Verduzco") != nullptr);
  // Negatives: names listed after a colon stay names, and so does a name after a colon
  // that the text names again elsewhere.
  auto list =
      Names("El comité eligió a dos finalistas: Tecnovía, de Valencia, y Ondamar.", nf::Lang::kEs);
  CHECK(FindEntity(list, "Tecnovía") != nullptr);
  CHECK(FindEntity(list, "Ondamar") != nullptr);
  auto again = Names(
      "El comité anunció: Tecnovía gana el concurso. La empresa Tecnovía facturó 200 millones.",
      nf::Lang::kEs);
  size_t n = 0;
  for (const nf::EntityMention& m : again) n += m.entity == "Tecnovía" ? 1 : 0;
  CHECK(n == 2);
}

TEST_CASE(
    "Spanish: a word opening a quote or a question is no name, neither by the unknown-word rule "
    "nor by the model's guess",
    "[entities][names][es]") {
  // The quote's first word after a colon, which the model took for a name.
  auto title = Names("Presidenta Olvido Zarandona: “Vamos hacia una segunda fase de la campaña”",
                     nf::Lang::kEs);
  CHECK(FindEntity(title, "Vamos") == nullptr);
  // Quotes and questions inside a sentence: curly, straight after a blank, and ¿.
  auto quoted = Names(
      "La portada decía “Quedamos en casa este invierno” junto a una foto del puerto. El "
      "informe titulado \"Riesgos de la deuda pública\" circuló ayer. La encuesta "
      "preguntaba ¿Confiamos en la banca? y la respuesta fue clara.",
      nf::Lang::kEs);
  for (const char* word : {"Quedamos", "Riesgos", "Confiamos"}) {
    INFO(word);
    CHECK(FindEntity(quoted, word) == nullptr);
  }
  // Negatives: an acronym opening a quote stays an organisation, and a name the text
  // introduces before stays a name where it opens a quote.
  auto acronym =
      Names("El director aseguró que “ADVESA no venderá sus acciones” este año.", nf::Lang::kEs);
  const nf::EntityMention* advesa = FindEntity(acronym, "ADVESA");
  REQUIRE(advesa != nullptr);
  CHECK(advesa->type == nf::EntityType::kOrg);
  auto again = Names("La directora Elvira Montalbán respondió: “Montalbán no se rinde nunca”.",
                     nf::Lang::kEs);
  size_t n = 0;
  for (const nf::EntityMention& m : again) n += m.entity.find("Montalbán") != std::string::npos;
  CHECK(n == 2);
}

TEST_CASE("Spanish: a preterite written with a capital is a verb and no name",
          "[entities][names][es]") {
  auto ms = Names(
      "Esta atleta de 22 años Inició una larga gira por el norte. La atleta Amalia Verduzco "
      "Anunció que la gira terminará en Tecnovía.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Inició") == nullptr);
  CHECK(FindEntity(ms, "Amalia Verduzco Anunció") == nullptr);
  CHECK(FindEntity(ms, "Amalia Verduzco") != nullptr);
  // Negative: a Catalan noun in -ció before "de" opens a name.
  auto cat = Names("La Associació de Veïns del Raval pidió más policía.", nf::Lang::kEs);
  CHECK(FindEntity(cat, "Associació de Veïns del Raval") != nullptr);
}

TEST_CASE("Spanish: a surname or a noun in -ió is no preterite", "[entities][names][es]") {
  // A surname after one first name, a Catalan noun before an article, after an article.
  auto ms = Names(
      "El pintor Julián Ferrió dijo que el cuadro vale poco. La Fundació la Pedrera invirtió "
      "en becas. La Comissió aprobó el plan.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Julián Ferrió") != nullptr);
  CHECK(FindEntity(ms, "Fundació la Pedrera") != nullptr);
  CHECK(FindEntity(ms, "Comissió") != nullptr);
  // Negative: after a full name or a lower-case word the capitalised preterite is a verb.
  auto neg = Names("La pintora Rocío Ferrán Anunció que el joven Inició un curso.", nf::Lang::kEs);
  CHECK(FindEntity(neg, "Anunció") == nullptr);
  CHECK(FindEntity(neg, "Inició") == nullptr);
}

TEST_CASE("Spanish: a word in -ió after a preposition is a noun and no preterite",
          "[entities][names][es]") {
  auto ms = Names(
      "La gira de la banda pasó por Monció ayer y siguió hacia el sur. El consejo habló con "
      "Fundació sobre las becas.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Monció") != nullptr);
  CHECK(FindEntity(ms, "Fundació") != nullptr);
  // Negative: a list joiner governs no noun; after it the capitalised preterite is a verb.
  auto neg = Names(
      "La atleta llegó tarde y Anunció que se retira. El plan se aprobó en Asamblea y "
      "Trascendió que costará poco.",
      nf::Lang::kEs);
  CHECK(FindEntity(neg, "Anunció") == nullptr);
  CHECK(FindEntity(neg, "Trascendió") == nullptr);
}

TEST_CASE("Spanish: a minister's portfolio after de is no name", "[entities][names][es]") {
  auto ms = Names(
      "Comparecieron la ministra de Educación, Amalia Verduzco, y el consejero de Fomento del "
      "Gobierno Vasco.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Educación") == nullptr);
  CHECK(FindEntity(ms, "Fomento") == nullptr);
  CHECK(FindEntity(ms, "Amalia Verduzco") != nullptr);
  // Negatives: a country, a longer name and a role written as a title keep their names.
  auto neg = Names(
      "El ministro de Chile se reunió con el ministro de Asuntos Exteriores. Habló Amalia "
      "Verduzco, Consejera de Turismo y Deporte.",
      nf::Lang::kEs);
  CHECK(FindEntity(neg, "Chile") != nullptr);
  CHECK(FindEntity(neg, "Asuntos Exteriores") != nullptr);
}

TEST_CASE("Spanish: a joined portfolio after de is no name either", "[entities][names][es]") {
  auto ms = Names(
      "El ministro de Cultura y Deportes anunció el plan. La ministra de Salud y Protección "
      "Social habló. El viceministro de Economía, Industria y Competitividad también.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Deportes") == nullptr);
  CHECK(FindEntity(ms, "Protección") == nullptr);
  CHECK(FindEntity(ms, "Protección Social") == nullptr);
  CHECK(FindEntity(ms, "Industria") == nullptr);
  CHECK(FindEntity(ms, "Competitividad") == nullptr);
  // Negative: a name after the portfolio's comma, a body after "y" with no role before.
  auto neg = Names("El ministro de Hacienda, Odalys Fercuna, y la Fundación Ternovia firmaron.",
                   nf::Lang::kEs);
  CHECK(FindEntity(neg, "Odalys Fercuna") != nullptr);
  CHECK(FindEntity(neg, "Fundación Ternovia") != nullptr);
}

TEST_CASE("invented English organisations: legal form, CamelCase, cue noun, persons",
          "[entities][names][en]") {
  auto ms = Names(
      "Brightwater Systems Inc. said on Monday that the carmaker Voltaro will buy chips from "
      "QuantaForge, according to chief executive Margaret Hollins.",
      nf::Lang::kEn);
  const nf::EntityMention* b = FindEntity(ms, "Brightwater Systems Inc.");
  REQUIRE(b != nullptr);
  CHECK(b->type == nf::EntityType::kOrg);
  REQUIRE(FindEntity(ms, "Voltaro") != nullptr);
  CHECK(FindEntity(ms, "Voltaro")->type == nf::EntityType::kOrg);
  REQUIRE(FindEntity(ms, "QuantaForge") != nullptr);
  const nf::EntityMention* p = FindEntity(ms, "Margaret Hollins");
  REQUIRE(p != nullptr);
  CHECK(p->type == nf::EntityType::kPerson);
  CHECK(FindEntity(ms, "Monday") == nullptr);
}

TEST_CASE("English regulators, names in apposition and companies with shares are organisations",
          "[entities][names][en]") {
  auto type_of = [](const std::string& text, const std::string& name) {
    auto ms = Names(text, nf::Lang::kEn);
    const nf::EntityMention* m = FindEntity(ms, name);
    return m == nullptr ? std::string("none") : std::string(nf::EntityTypeName(m->type));
  };
  CHECK(type_of("The telecoms regulator Ofveran fined two operators.", "Ofveran") == "org");
  CHECK(type_of("According to the industry watchdog, Telvaro, complaints doubled.", "Telvaro") ==
        "org");
  CHECK(type_of("Shares in Wendmore rose on Monday.", "Wendmore") == "org");
  CHECK(type_of("The fund sold its stake in Marbeck last week.", "Marbeck") == "org");
  // A product between its maker's possessive and a product noun is a name (the attribution
  // makes it the maker's product).
  CHECK(type_of("Dorvan's new Xelta chip will cost $400.", "Xelta") == "org");
  CHECK(type_of("Analysts liked Dorvan's Xelta phones.", "Xelta") == "org");
  // Negatives: where shares trade stays a place; a country after "shares in" too.
  CHECK(type_of("Kellmoor shares in London fell on Monday.", "London") != "org");
  CHECK(type_of("Shares in Norway's biggest lender fell.", "Norway") == "place");
}

TEST_CASE("English: a market index's name before 'index' or 'industrial average' is one name",
          "[entities][names][en]") {
  auto type_of = [](const std::string& text, const std::string& name) {
    auto ms = Names(text, nf::Lang::kEn);
    const nf::EntityMention* m = FindEntity(ms, name);
    return m == nullptr ? std::string("none") : std::string(nf::EntityTypeName(m->type));
  };
  // The name is not cut before a surname, and an unknown word is tagged.
  auto hallam = Names("Traders were calm, and the Summit Hallam share index closed higher at noon.",
                      nf::Lang::kEn);
  const nf::EntityMention* index = FindEntity(hallam, "Summit Hallam");
  REQUIRE(index != nullptr);
  CHECK(index->type == nf::EntityType::kOrg);
  CHECK(FindEntity(hallam, "Hallam") == nullptr);
  CHECK(type_of("Shares rose, and the Trevaq index gained two points.", "Trevaq") == "org");
  CHECK(type_of("Shares rose, and the Trevaq stock index gained two points.", "Trevaq") == "org");
  // Negatives: a country before "index" stays a place; without the index noun the unknown
  // word is no name.
  CHECK(type_of("Traders were calm, and the UK index closed higher at noon.", "UK") == "place");
  CHECK(type_of("Shares rose, and the Trevaq gained two points.", "Trevaq") == "none");
}

TEST_CASE("English: an unknown word after a country's possessive is the country's company",
          "[entities][names][en]") {
  auto type_of = [](const std::string& text, const std::string& name) {
    auto ms = Names(text, nf::Lang::kEn);
    const nf::EntityMention* m = FindEntity(ms, name);
    return m == nullptr ? std::string("none") : std::string(nf::EntityTypeName(m->type));
  };
  CHECK(type_of("Analysts said Norway's Kelvarro sold 200,000 cars.", "Kelvarro") == "org");
  CHECK(type_of("Shares in South Korea's Dremtek rose 5%.", "Dremtek") == "org");
  // Negatives: the word before an institution's head or a person's given name is part of
  // that name; a non-country owner's word stays as the model has it.
  auto ministry = Names("Norway's Finance Ministry said exports rose 5%.", nf::Lang::kEn);
  CHECK(FindEntity(ministry, "Finance") == nullptr);
  auto chancellor = Names("Norway's Chancellor Jonas Brevik cut taxes by 5%.", nf::Lang::kEn);
  CHECK(FindEntity(chancellor, "Chancellor") == nullptr);
  CHECK(FindEntity(chancellor, "Chancellor Jonas Brevik") == nullptr);
}

TEST_CASE("English: an unknown word with a company noun phrase in apposition is a company",
          "[entities][names][en]") {
  auto type_of = [](const std::string& text, const std::string& name) {
    auto ms = Names(text, nf::Lang::kEn);
    const nf::EntityMention* m = FindEntity(ms, name);
    return m == nullptr ? std::string("none") : std::string(nf::EntityTypeName(m->type));
  };
  // Also opening the sentence; a demonym inside the phrase.
  CHECK(type_of("Kelvarro, the Norwegian food group at the centre of a dispute, doubled profits.",
                "Kelvarro") == "org");
  CHECK(type_of("Investors bought Dremtek, a Norwegian software firm, for $5m.", "Dremtek") ==
        "org");
  // Negatives: an adverb before a name or before a phrase with another name in it.
  auto bank = Names("Separately, the Bank of Norway said credit rose by 5%.", nf::Lang::kEn);
  CHECK(FindEntity(bank, "Separately") == nullptr);
  auto merged = Names("Instead, the merged Kelvarro-Dremtek group will hold 7% of the market.",
                      nf::Lang::kEn);
  CHECK(FindEntity(merged, "Instead") == nullptr);
}

TEST_CASE("English: a name before a place's company noun phrase in apposition is a company",
          "[entities][names][en]") {
  auto type_of = [](const std::string& text, const std::string& name) {
    auto ms = Names(text, nf::Lang::kEn);
    const nf::EntityMention* m = FindEntity(ms, name);
    return m == nullptr ? std::string("none") : std::string(nf::EntityTypeName(m->type));
  };
  // An unknown word opening the sentence; a hyphen inside the phrase.
  CHECK(type_of("Trovanek, Norway's fourth-biggest oil producer, raised output by 3%.",
                "Trovanek") == "org");
  // Words the model knows, with the capitalised word before them: one name.
  CHECK(type_of("Brelmor Life, Europe's second-biggest pension insurer, trimmed payouts by 2%.",
                "Brelmor Life") == "org");
  CHECK(type_of("Dremvik Bank, South Korea's biggest lender, earned $20m.", "Dremvik Bank") ==
        "org");
  // Negatives: an adverb opening the sentence before an unclosed phrase or before the name
  // the phrase heads; a gerund opening the sentence is no part of the name.
  auto lately = Names("Lately, Norway's biggest lender raised rates by 1%.", nf::Lang::kEn);
  CHECK(FindEntity(lately, "Lately") == nullptr);
  auto named = Names("Lately, Norway's biggest lender, Dremtek, raised rates.", nf::Lang::kEn);
  CHECK(FindEntity(named, "Lately") == nullptr);
  auto joining =
      Names("Joining Kelvor, Norway's third-biggest lender, would cost $5m.", nf::Lang::kEn);
  CHECK(FindEntity(joining, "Joining Kelvor") == nullptr);
  CHECK(FindEntity(joining, "Joining") == nullptr);
}

TEST_CASE(
    "English: a sentence-opening adverb or preposition before a company apposition is no name",
    "[entities][names][en]") {
  auto type_of = [](const std::string& text, const std::string& name) {
    auto ms = Names(text, nf::Lang::kEn);
    const nf::EntityMention* m = FindEntity(ms, name);
    return m == nullptr ? std::string("none") : std::string(nf::EntityTypeName(m->type));
  };
  // A discourse word standing alone before the phrase (neither -ly nor -ing).
  for (const char* w : {"Still", "Elsewhere", "Instead", "Earlier", "Hence", "Altogether",
                        "Nevertheless", "Overall", "Thus", "Indeed", "Again"}) {
    const std::string text =
        std::string(w) + ", Norway's biggest lender, which cut 300 jobs, posted a profit of $2bn.";
    CAPTURE(text);
    CHECK(type_of(text, w) == "none");
    const std::string art = std::string(w) + ", the Norwegian software firm, said sales rose 4%.";
    CAPTURE(art);
    CHECK(type_of(art, w) == "none");
  }
  // A preposition or descriptor opening the sentence is no part of the name after it.
  for (const char* w : {"Unlike", "Like", "Rival", "Despite"}) {
    const std::string text = std::string(w) +
                             " Dremvik, Norway's third-biggest lender, the group raised its "
                             "dividend by 5% to $2bn.";
    CAPTURE(text);
    CHECK(type_of(text, std::string(w) + " Dremvik") == "none");
    CHECK(type_of(text, w) == "none");
    CHECK(type_of(text, "Dremvik") != "none");  // the name itself stays (its type is the model's)
  }
  // Positives: an unknown name alone opening the sentence; a two-word name.
  CHECK(type_of("Kelvorna, Norway's biggest lender, cut 300 jobs.", "Kelvorna") == "org");
  CHECK(type_of("Kelvorna, the Norwegian software firm, said sales rose 4%.", "Kelvorna") == "org");
  CHECK(type_of("Dremvik Bank, Norway's biggest lender, earned $20m.", "Dremvik Bank") == "org");
}

TEST_CASE("countries come from ICU's localized names in each language",
          "[entities][names][de][es][en]") {
  auto de = Names("Österreichs Wirtschaft wuchs, Neuseeland auch.", nf::Lang::kDe);
  REQUIRE(FindEntity(de, "Österreich") != nullptr);
  CHECK(FindEntity(de, "Österreich")->type == nf::EntityType::kPlace);
  CHECK(FindEntity(de, "Neuseeland") != nullptr);
  auto es = Names("La economía de Nueva Zelanda creció más que la de Noruega.", nf::Lang::kEs);
  CHECK(FindEntity(es, "Nueva Zelanda") != nullptr);
  CHECK(FindEntity(es, "Noruega") != nullptr);
  auto en = Names("Exports from New Zealand to Norway rose.", nf::Lang::kEn);
  REQUIRE(FindEntity(en, "New Zealand") != nullptr);
  CHECK(FindEntity(en, "New Zealand")->type == nf::EntityType::kPlace);
}

TEST_CASE("German compass regions of a country name the country", "[entities][names][de]") {
  auto de =
      Names("Der Sturm traf Ostpolen, die Häfen Südwestnorwegens blieben offen.", nf::Lang::kDe);
  REQUIRE(FindEntity(de, "Polen") != nullptr);
  CHECK(FindEntity(de, "Polen")->surface == "Ostpolen");
  CHECK(FindEntity(de, "Polen")->type == nf::EntityType::kPlace);
  REQUIRE(FindEntity(de, "Norwegen") != nullptr);
  CHECK(FindEntity(de, "Norwegen")->surface == "Südwestnorwegens");
  // Negatives: a country whose own name starts so, a nation of the United Kingdom, a
  // compass word before no country.
  auto whole = Names("Nordkorea und Nordirland liefern nach Ostkralien.", nf::Lang::kDe);
  CHECK(FindEntity(whole, "Nordkorea") != nullptr);
  CHECK(FindEntity(whole, "Korea") == nullptr);
  CHECK(FindEntity(whole, "Irland") == nullptr);
  CHECK(FindEntity(whole, "Kralien") == nullptr);
}

TEST_CASE("an acronym in parentheses stands for the long name before it",
          "[entities][names][de][en]") {
  auto de =
      Names("Das Donauer Normeninstitut Wellenberg (DNW) verlangt Gebühren. Die DNW prüft weiter.",
            nf::Lang::kDe);
  int alias = 0;
  for (const nf::EntityMention& m : de) {
    if (m.surface == "DNW") {
      ++alias;
      CHECK(m.entity == "Donauer Normeninstitut Wellenberg");
    }
  }
  CHECK(alias == 2);
  auto en =
      Names("Harbour Freight Lines (HFL) cut jobs. HFL said more cuts may follow.", nf::Lang::kEn);
  for (const nf::EntityMention& m : en) {
    if (m.surface == "HFL") CHECK(m.entity == "Harbour Freight Lines");
  }
}

TEST_CASE("an ampersand in the acronym spells the and of the long name before it",
          "[entities][names][en][en30]") {
  for (const char* text : {"Harbour and Fenwick (H&F) cut jobs. H&F said more cuts may follow.",
                           "Harbour & Fenwick (H&F) cut jobs. H&F said more cuts may follow."}) {
    auto en = Names(text, nf::Lang::kEn);
    int alias = 0;
    for (const nf::EntityMention& m : en) {
      if (m.surface == "H&F") {
        ++alias;
        CHECK(m.entity.starts_with("Harbour "));
        CHECK(m.entity.ends_with(" Fenwick"));
      }
    }
    CHECK(alias == 2);
  }
  // Negative: a letter of the acronym is no "and": "HAF" does not spell "Harbour and Fenwick".
  auto n =
      Names("Harbour and Fenwick (HAF) cut jobs. HAF said more cuts may follow.", nf::Lang::kEn);
  for (const nf::EntityMention& m : n) {
    if (m.surface == "HAF") CHECK(m.entity != "Harbour and Fenwick");
  }
}

TEST_CASE("an English possessive before the acronym's parenthesis is not part of the long name",
          "[entities][names][en]") {
  auto en = Names(
      "A study by Harbour Freight Lines' (HFL) analysts found delays. Shares in Tarvel "
      "Norske Bourse's (TNB) rival fell. HFL and TNB declined to comment.",
      nf::Lang::kEn);
  int hfl = 0, tb = 0;
  for (const nf::EntityMention& m : en) {
    if (m.surface == "HFL") {
      ++hfl;
      CHECK(m.entity == "Harbour Freight Lines");
    }
    if (m.surface == "TNB") {
      ++tb;
      CHECK(m.entity == "Tarvel Norske Bourse");
    }
  }
  CHECK(hfl > 0);
  CHECK(tb > 0);
  // Negative: a name that ends in "s" without an apostrophe keeps its "s".
  auto plain =
      Names("Harbour Freight Services (HFS) cut jobs. HFS said more may follow.", nf::Lang::kEn);
  for (const nf::EntityMention& m : plain) {
    if (m.surface == "HFS") CHECK(m.entity == "Harbour Freight Services");
  }
}

namespace {

// The entity of every mention written `surface`; "" when they differ or there is none.
std::string EntityOfSurface(const std::vector<nf::EntityMention>& ms, const std::string& surface) {
  std::string entity;
  for (const nf::EntityMention& m : ms) {
    if (m.surface != surface) continue;
    if (!entity.empty() && entity != m.entity) return "";
    entity = m.entity;
  }
  return entity;
}

}  // namespace

TEST_CASE("a small letter of a mixed-case acronym is spelled by a small word of the long name",
          "[entities][names][de][es][en]") {
  CHECK(EntityOfSurface(Names("Der Bund gegen Lärm (BgL) zählt mehr Beschwerden. Der BgL klagt.",
                              nf::Lang::kDe),
                        "BgL") == "Bund gegen Lärm");
  CHECK(EntityOfSurface(Names("Der Verband der Seilbahnbetreiber (VdS) investiert. Der VdS "
                              "wächst weiter.",
                              nf::Lang::kDe),
                        "VdS") == "Verband der Seilbahnbetreiber");
  CHECK(EntityOfSurface(
            Names("El Banco de Pesca (BdP) gastó más. El BdP contrató a más gente.", nf::Lang::kEs),
            "BdP") == "Banco de Pesca");
  CHECK(EntityOfSurface(Names("The Council for Harbour Safety (CfHS) spent more. CfHS said costs "
                              "rose.",
                              nf::Lang::kEn),
                        "CfHS") == "Council for Harbour Safety");
  // Negatives: a small letter no small word spells; a plural of an acronym is no acronym.
  CHECK(EntityOfSurface(Names("Der Bund gegen Lärm (BfL) zählt mehr Beschwerden. Der BfL klagt.",
                              nf::Lang::kDe),
                        "BfL") != "Bund gegen Lärm");
  for (const nf::EntityMention& m :
       Names("Sales of Portable Gaming Devices (PGDs) rose. PGDs are popular.", nf::Lang::kEn)) {
    CHECK(m.entity != "Portable Gaming Devices");
  }
  // Nor a person's party after the name, nor a news agency's tag.
  for (const nf::EntityMention& m :
       Names("Die Abgeordnete Sabine Vornholt (FdB) stimmte zu (dpa). Die FdB lehnt ab.",
             nf::Lang::kDe)) {
    if (m.surface == "FdB") CHECK(m.entity == "FdB");
  }
}

TEST_CASE("a connector spells a capital of the acronym only where the names do not spell it",
          "[entities][names][de][es][en]") {
  CHECK(EntityOfSurface(Names("Der Verband der Kranbauer (VDK) investiert viel. Der VDK wächst.",
                              nf::Lang::kDe),
                        "VDK") == "Verband der Kranbauer");
  CHECK(EntityOfSurface(
            Names("Die Gesellschaft des Bergbaus (GB) investiert. Die GB wächst.", nf::Lang::kDe),
            "GB") == "Gesellschaft des Bergbaus");
  CHECK(EntityOfSurface(Names("Die Stiftung für Wattenschutz (SFW) sammelt Spenden. Die SFW "
                              "klagt.",
                              nf::Lang::kDe),
                        "SFW") == "Stiftung für Wattenschutz");
  CHECK(EntityOfSurface(Names("El Frente por la Vivienda (FPV) gastó más. El FPV contrató a "
                              "gente.",
                              nf::Lang::kEs),
                        "FPV") == "Frente por la Vivienda");
  // Negatives: where the capitalised words spell it, the small word spells nothing ("de",
  // "für" would spell the D or F and leave the long name one word short).
  CHECK(EntityOfSurface(
            Names("Der Fonds für Wegebau (FW) investiert. Der FW wächst.", nf::Lang::kDe), "FW") ==
        "Fonds für Wegebau");
  CHECK(EntityOfSurface(
            Names("La Dirección de Tráfico (DT) gastó más. La DT contrató a gente.", nf::Lang::kEs),
            "DT") == "Dirección de Tráfico");
  CHECK(
      EntityOfSurface(Names("The Office of Harbour Tolls (OHT) cut fees. OHT said more may follow.",
                            nf::Lang::kEn),
                      "OHT") == "Office of Harbour Tolls");
}

TEST_CASE("an acronym in parentheses after a person's name is not the person's alias",
          "[entities][names][de][es][en]") {
  // The party (or employer) in parentheses after a person is no alias of the person: where
  // it stands alone later it is its own organisation.
  const auto party_mentions = [](const std::string& text, nf::Lang lang, const std::string& acr,
                                 const std::string& person) {
    int n = 0;
    for (const nf::EntityMention& m : Names(text, lang)) {
      if (m.surface == person) CHECK(m.entity == person);
      // The tag in parentheses goes with the person; the acronym standing alone is its own.
      if (m.surface != acr || text[m.start - 1] == '(') continue;
      CHECK(m.entity == acr);
      CHECK(m.type != nf::EntityType::kPerson);
      ++n;
    }
    return n;
  };
  CHECK(party_mentions("La alcaldesa Tadea Morcillo (FVL) visitó Cuenca. El FVL logró 31 "
                       "concejales en los comicios.",
                       nf::Lang::kEs, "FVL", "Tadea Morcillo") == 1);
  CHECK(party_mentions("El diputado Ernesto Lluvia (PP) habló en Soria. El PP sumó 17 votos más.",
                       nf::Lang::kEs, "PP", "Ernesto Lluvia") == 1);
  CHECK(party_mentions("Der Abgeordnete Jens Harloff (BVP) kam nach Gotha. Die BVP holte 12 "
                       "Mandate im Landtag.",
                       nf::Lang::kDe, "BVP", "Jens Harloff") == 1);
  CHECK(party_mentions("Die Stadträtin Wiebke Sander (FWB) sprach in Celle. Die FWB verlor 3 "
                       "Sitze.",
                       nf::Lang::kDe, "FWB", "Wiebke Sander") == 1);
  CHECK(party_mentions("The minister Corwin Hale (NLP) toured Dayton. The NLP took 9 seats in "
                       "the vote.",
                       nf::Lang::kEn, "NLP", "Corwin Hale") == 1);
  // Negatives: an organisation's acronym after its name still names it.
  CHECK(EntityOfSurface(
            Names("Die Tolmer Werke (TW) bauen aus. Die TW stellen 80 Leute ein.", nf::Lang::kDe),
            "TW") == "Tolmer Werke");
  CHECK(EntityOfSurface(
            Names("La Naviera Ostrel (NAO) ganó más. La NAO contrató a 50 marinos.", nf::Lang::kEs),
            "NAO") == "Naviera Ostrel");
  CHECK(EntityOfSurface(
            Names("Dorran Freight (DF) cut jobs. DF said 70 posts would go.", nf::Lang::kEn),
            "DF") == "Dorran Freight");
}

TEST_CASE("not names: common acronyms, units, months, shouting headlines",
          "[entities][names][de][es][en]") {
  CHECK(Names("Der CEO sprach über das BIP und 5 GW Leistung im Januar.", nf::Lang::kDe).empty());
  CHECK(Names("El PIB creció un 2 % en enero.", nf::Lang::kEs).empty());
  CHECK(Names("THE MARKET FELL SHARPLY ON FRIDAY AFTERNOON", nf::Lang::kEn).empty());
  // Results and ratios written as acronyms are not companies.
  CHECK(Names("Das EGT sank, das EBITDA stieg um 5 Prozent.", nf::Lang::kDe).empty());
  CHECK(Names("Its EPS rose while EBIT fell 3%.", nf::Lang::kEn).empty());
}

TEST_CASE("not names: acronyms of technologies, formats, a disease, a fuel, economic indices",
          "[entities][names][en]") {
  CHECK(
      Names("Sales of DVD players rose 5% as ID theft and HIV cases grew.", nf::Lang::kEn).empty());
  CHECK(Names("The RFID tags and P2P networks drew complaints.", nf::Lang::kEn).empty());
  CHECK(Names("Buyers of LNG waited while the PMI fell to 51.8.", nf::Lang::kEn).empty());
  // Negative: an acronym of no such thing stays an organisation's name.
  auto en = Names("Shares in KVX rose 4% after KVX said sales grew.", nf::Lang::kEn);
  REQUIRE(FindEntity(en, "KVX") != nullptr);
  CHECK(FindEntity(en, "KVX")->type == nf::EntityType::kOrg);
}

TEST_CASE("not names: units after a number, molecules, viruses, radio standards (de, es, en)",
          "[entities][names][units]") {
  // Data sizes after a number, frequencies, energy, a time zone, a gas.
  CHECK(
      FindEntity(Names("Das Modell Kralo X hat 16 GB Speicher und 8.000 MB Cache.", nf::Lang::kDe),
                 "GB") == nullptr);
  CHECK(
      FindEntity(Names("Das Modell Kralo X hat 16 GB Speicher und 8.000 MB Cache.", nf::Lang::kDe),
                 "MB") == nullptr);
  CHECK(Names("Das Funknetz sendet auf 3,5 GHz und verbraucht 700 GWh.", nf::Lang::kDe).empty());
  CHECK(Names("Der Start war um 12:03 Uhr MESZ, der Ausstoß von CO2 sank.", nf::Lang::kDe).empty());
  CHECK(Names("Las vacunas de ARNm no alteran el ADN, dijo ayer; el VIH y el SIDA tampoco.",
              nf::Lang::kEs)
            .empty());
  // A firm's job-cut procedure is its plan, not a body.
  CHECK(
      Names("La plantilla votó contra el ERE y pidió un ERTE hasta junio.", nf::Lang::kEs).empty());
  // Negative: the firm filing it stays a name.
  CHECK(FindEntity(Names("La plantilla de Telvia votó contra el ERE de la empresa.", nf::Lang::kEs),
                   "Telvia") != nullptr);
  CHECK(Names("Die LTE-Masten und UMTS reichen weiter als WLAN.", nf::Lang::kDe).empty());
  CHECK(Names("Sales of the new SUV rose 5% as DNA tests grew.", nf::Lang::kEn).empty());
  // Negative: "GB" not after a number may be a name; an unknown acronym stays a name.
  auto de = Names("Das Team GB gewann, und die KVX meldete 16 GB Speicher.", nf::Lang::kDe);
  CHECK(FindEntity(de, "KVX") != nullptr);
  const std::string gb = "Die Kralix-Gruppe verkauft an GB und Donaublick.";
  CHECK(FindEntity(Names(gb, nf::Lang::kDe), "GB") != nullptr);
}

TEST_CASE("English: an unknown word before a leader's role and the holder's name is the company",
          "[entities][names][en]") {
  auto en =
      Names("Former Kralvoxa boss Dorian Pellow is on trial over a $3bn fraud.", nf::Lang::kEn);
  REQUIRE(FindEntity(en, "Kralvoxa") != nullptr);
  CHECK(FindEntity(en, "Kralvoxa")->type == nf::EntityType::kOrg);
  auto chief =
      Names("The deal was agreed by Trelmund chief executive Mr Pellow last week.", nf::Lang::kEn);
  REQUIRE(FindEntity(chief, "Trelmund") != nullptr);
  CHECK(FindEntity(chief, "Trelmund")->type == nf::EntityType::kOrg);
  // Negative: without the holder's name after the role the word is left alone.
  CHECK(FindEntity(Names("Pay for every Kralvoxa boss rose by 5% last year.", nf::Lang::kEn),
                   "Kralvoxa") == nullptr);
}

TEST_CASE("English: a name after a maker written apart from what it makes is a company",
          "[entities][names][en]") {
  auto en = Names("Sales at the car maker Vexmoor rose 5% last year.", nf::Lang::kEn);
  REQUIRE(FindEntity(en, "Vexmoor") != nullptr);
  CHECK(FindEntity(en, "Vexmoor")->type == nf::EntityType::kOrg);
  // Negative: another noun written apart is no cue.
  CHECK(FindEntity(Names("Sales at the car dealer Vexmoor rose 5% last year.", nf::Lang::kEn),
                   "Vexmoor") == nullptr);
}

TEST_CASE("an acronym the model knows is a name where parentheses define it after its long name",
          "[entities][names][en]") {
  const auto surface = [](const std::vector<nf::EntityMention>& ms, std::string_view s) {
    const nf::EntityMention* found = nullptr;
    for (const nf::EntityMention& m : ms) {
      if (m.surface == s) found = &m;
    }
    return found;
  };
  auto en = Names(
      "Staff at Peary Mining (PM) will get a 4% raise next year, a spokesman for the group said.",
      nf::Lang::kEn);
  REQUIRE(surface(en, "PM") != nullptr);
  CHECK(surface(en, "PM")->entity == "Peary Mining");
  // Negative: words before the parenthesis that do not spell it define nothing.
  auto other = Names(
      "Staff at Kelvor Holding (PM) will get a 4% raise next year, a spokesman for the group said.",
      nf::Lang::kEn);
  CHECK(surface(other, "PM") == nullptr);
}

TEST_CASE("a surname with a glued particle after a given name is a person, not CamelCase",
          "[entities][names]") {
  auto en =
      Names("The fund's manager, Peter McAllan, said sales rose 8% last year.", nf::Lang::kEn);
  REQUIRE(FindEntity(en, "Peter McAllan") != nullptr);
  CHECK(FindEntity(en, "Peter McAllan")->type == nf::EntityType::kPerson);
  auto es = Names("La abogada Jessica DeVarro pidió una multa de 7.500 dólares.", nf::Lang::kEs);
  REQUIRE(FindEntity(es, "Jessica DeVarro") != nullptr);
  CHECK(FindEntity(es, "Jessica DeVarro")->type == nf::EntityType::kPerson);
  // Two small letters after the capital are enough.
  auto short_name =
      Names("The club's coach, Tomas LaVoy, said ticket sales rose 6% last year.", nf::Lang::kEn);
  REQUIRE(FindEntity(short_name, "Tomas LaVoy") != nullptr);
  CHECK(FindEntity(short_name, "Tomas LaVoy")->type == nf::EntityType::kPerson);
  // Negative: the same shape without a given name before it stays a CamelCase company.
  auto org = Names("Investors sold 5% of their DeVarro shares last week.", nf::Lang::kEn);
  REQUIRE(FindEntity(org, "DeVarro") != nullptr);
  CHECK(FindEntity(org, "DeVarro")->type == nf::EntityType::kOrg);
}

TEST_CASE("Spanish institution names go on across y and para after their head word",
          "[entities][names][es]") {
  auto es = Names(
      "El Instituto de Kralmetría y Tasación Pesquera contó 300 barcos en el puerto de Tarvena.",
      nf::Lang::kEs);
  CHECK(FindEntity(es, "Instituto de Kralmetría y Tasación Pesquera") != nullptr);
  auto para =
      Names("Los Centros para la Vigilancia y el Control de Plagas Marinas contaron 300 brotes.",
            nf::Lang::kEs);
  CHECK(FindEntity(para, "Centros para la Vigilancia y el Control de Plagas Marinas") != nullptr);
  // Negatives: another body after "y" is another name; without a field ("de", "para") the
  // capitalised nouns are a list.
  auto two =
      Names("La Cámara de Comercio de Ostelva y el Senado aprobaron 20 millones.", nf::Lang::kEs);
  CHECK(FindEntity(two, "Cámara de Comercio de Ostelva y el Senado") == nullptr);
  auto list =
      Names("Informar en los Centros Educativos y Televisiones de 20 casos.", nf::Lang::kEs);
  CHECK(FindEntity(list, "Centros Educativos y Televisiones") == nullptr);
}

TEST_CASE("Spanish organisation names go on across de through a word the model calls common",
          "[entities][names][es]") {
  // "Censo" alone the model reads as a common word; inside a sentence Spanish capitalises
  // it only as part of the name.
  auto es = Names("La Oficina Nacional del Censo Kralvino publicó 48 tablas de viviendas.",
                  nf::Lang::kEs);
  CHECK(FindEntity(es, "Oficina Nacional del Censo Kralvino") != nullptr);
  CHECK(FindEntity(es, "Kralvino") == nullptr);
  // A public body's head opens the name too.
  auto court =
      Names("Ayer el Tribunal Superior de Cuentas Brelanas revisó 17 contratos.", nf::Lang::kEs);
  CHECK(FindEntity(court, "Tribunal Superior de Cuentas Brelanas") != nullptr);
  auto budget =
      Names("Ayer los Presupuestos Generales del Estado fijaron 23 partidas.", nf::Lang::kEs);
  CHECK(FindEntity(budget, "Presupuestos Generales del Estado") != nullptr);
  auto chief = Names("Ayer la Jefatura del Estado firmó 14 decretos.", nf::Lang::kEs);
  CHECK(FindEntity(chief, "Jefatura del Estado") != nullptr);
  // Negatives: a word that is never a name in Spanish ends the name.
  auto never = Names("La Oficina Brovalia de Cuando vendió 300 coches.", nf::Lang::kEs);
  CHECK(FindEntity(never, "Oficina Brovalia de Cuando") == nullptr);
  // A company's name is no institution's: it stops before "del Estado".
  auto rescue =
      Names("El rescate de Brovalia del Estado costó 72 millones de pesos.", nf::Lang::kEs);
  CHECK(FindEntity(rescue, "Brovalia del Estado") == nullptr);
  auto firm = Names("La empresa Tecnovía del Estado Kralvino vendió 61 grúas.", nf::Lang::kEs);
  CHECK(FindEntity(firm, "Tecnovía del Estado Kralvino") == nullptr);
  CHECK(FindEntity(firm, "Tecnovía del Estado") == nullptr);
}

TEST_CASE("an acronym in capitals spelled like percentage points is a name unless after a number",
          "[entities][names][units]") {
  // "PP" is a party's or a firm's short name; only right after a number is it the points unit.
  auto es =
      Names("La portavoz del PP en Tarvena pidió 300 millones para el puerto.", nf::Lang::kEs);
  REQUIRE(FindEntity(es, "PP") != nullptr);
  CHECK(FindEntity(es, "PP")->type == nf::EntityType::kOrg);
  // Negative: after a number it is the unit.
  CHECK(FindEntity(Names("La cuota de Brovalia subió 2 PP en Tarvena.", nf::Lang::kEs), "PP") ==
        nullptr);
}

TEST_CASE("not names: the pandemic's disease, however written", "[entities][names][es18]") {
  auto es = Names(
      "La farmacéutica Brovalia repartió 45.000 dosis mientras el Covid-19 seguía y el COVID dejó "
      "700 contagios; el coronavirus alcanzó Tarvena.",
      nf::Lang::kEs);
  CHECK(FindEntity(es, "Covid-19") == nullptr);
  CHECK(FindEntity(es, "COVID") == nullptr);
  CHECK(FindEntity(es, "Brovalia") != nullptr);
  CHECK(Names("Vaccines against Covid-19 reached 300 towns.", nf::Lang::kEn).empty());
  // Negative: a name that only starts like the disease stays a name.
  auto firm = Names("La farmacéutica Covidanza vendió 300 cajas.", nf::Lang::kEs);
  CHECK(FindEntity(firm, "Covidanza") != nullptr);
}

TEST_CASE("not names: Spanish question words and 'Después' opening a sentence",
          "[entities][names][es][es18]") {
  auto es = Names(
      "La empresa Brovalia cerró 10 tiendas y la gente se pregunta: ¿Cómo me protejo ahora? "
      "Lo dijo en Tarvena.¿Quién es el dueño? Tituló su nota “¡Qué vergüenza! Brovalia "
      "cierra”, y añadió: Después llegaron las lluvias.",
      nf::Lang::kEs);
  CHECK(FindEntity(es, "Cómo") == nullptr);
  CHECK(FindEntity(es, "Después") == nullptr);
  CHECK(FindEntity(es, "Qué") == nullptr);
  CHECK(FindEntity(es, "Quién") == nullptr);
  // Negative: the name after the cue noun is still found.
  CHECK(FindEntity(es, "Brovalia") != nullptr);
}

TEST_CASE("not names: Spanish economic measures written with capitals",
          "[entities][names][es][es18]") {
  auto es = Names(
      "El Producto Interior Bruto de Valdoria creció un 3 %, y el Producto Interno Bruto de "
      "Tarvena, un 2 %.",
      nf::Lang::kEs);
  for (const nf::EntityMention& m : es) CHECK(m.entity.rfind("Producto", 0) != 0);
  CHECK(Names("Por otra parte, su Producto Interno Bruto (PIB) avanzó un 7% el último año.",
              nf::Lang::kEs)
            .empty());
  // Negative: a company whose name opens like them stays a name.
  auto firm = Names("La empresa Productos Internos Brovalia vendió 300 cajas.", nf::Lang::kEs);
  CHECK_FALSE(firm.empty());
}

TEST_CASE("not names: Spanish feasts, holidays and observance days",
          "[entities][names][es][es17]") {
  auto es = Names(
      "En Villarcos la Semana Santa y la Nochevieja llenan los hoteles, y el Día Mundial del "
      "Agua y los Carnavales de Olmedal también.",
      nf::Lang::kEs);
  for (const std::string e :
       {"Semana Santa", "Nochevieja", "Día Mundial del Agua", "Carnavales de Olmedal"}) {
    INFO(e);
    CHECK(FindEntity(es, e) == nullptr);
  }
  // Negative: a name that only begins like one ("Díaz", "Navidadia") is still a name.
  auto names =
      Names("El presidente de Navidadia S.A., Tomás Díaz Ferrán, habló ayer.", nf::Lang::kEs);
  CHECK(FindEntity(names, "Navidadia S.A.") != nullptr);
}

TEST_CASE("focus limits the tagger to the lead and the sentences around a point",
          "[entities][names][de]") {
  std::string lead = "Die Kralinger Maschinenbau AG meldet Zahlen.";
  std::string filler;
  for (int i = 0; i < 30; ++i) filler += " Es gab keine weiteren Neuigkeiten heute.";
  std::string far = " Der Versicherer Donaublick wuchs.";
  std::string text = lead + filler + far;
  static const nf::EntityMatcher matcher(nf::Gazetteer::Default());
  std::vector<nf::EntityMention> known, found;
  matcher.Find(text, nf::Lang::kDe, nf::Field::kBody, &known);
  const uint32_t lead_point[] = {5};
  nf::NameTagger::Default().Find(text, nf::Lang::kDe, nf::Field::kBody, known, &found, lead_point);
  CHECK(FindEntity(found, "Kralinger Maschinenbau AG") != nullptr);
  CHECK(FindEntity(found, "Donaublick") == nullptr);
  found.clear();
  const uint32_t far_point[] = {static_cast<uint32_t>(text.size() - 5)};
  nf::NameTagger::Default().Find(text, nf::Lang::kDe, nf::Field::kBody, known, &found, far_point);
  CHECK(FindEntity(found, "Donaublick") != nullptr);
}

TEST_CASE("focus reaches kSentencesBefore sentences back, also across paragraph breaks",
          "[entities][names][de]") {
  // Sentences before the focus, each naming one insurer, separated by blank lines (a newline
  // ends a sentence too); the focus is in the last sentence.
  const std::string names[] = {"Donaublick", "Murwiesen", "Pohlstetter"};
  static_assert(nf::NameTagger::kSentencesBefore + 1 <= 3);
  const int n = nf::NameTagger::kSentencesBefore + 1;
  std::string text = "Die Kralinger Maschinenbau AG meldet Zahlen.";
  for (int i = 0; i < 30; ++i) text += " Es gab keine weiteren Neuigkeiten heute.";
  for (int i = 0; i < n; ++i) text += "\n\nDer Versicherer " + names[i] + " wuchs.";
  text += "\n\nDer Umsatz stieg.";
  static const nf::EntityMatcher matcher(nf::Gazetteer::Default());
  std::vector<nf::EntityMention> known, found;
  matcher.Find(text, nf::Lang::kDe, nf::Field::kBody, &known);
  const uint32_t point[] = {static_cast<uint32_t>(text.size() - 5)};
  nf::NameTagger::Default().Find(text, nf::Lang::kDe, nf::Field::kBody, known, &found, point);
  // The first is one sentence too far back; the others are within reach.
  CHECK(FindEntity(found, names[0]) == nullptr);
  for (int i = 1; i < n; ++i) CHECK(FindEntity(found, names[i]) != nullptr);
}

namespace {

// The tagger's mention whose surface is `surface`; nullptr if none.
const nf::EntityMention* FindSurface(const std::vector<nf::EntityMention>& ms,
                                     const std::string& surface) {
  for (const nf::EntityMention& m : ms) {
    if (m.surface == surface) return &m;
  }
  return nullptr;
}

// The person's surname from the text's given name + surname, also where the tagger does not
// read the full name (outside the lead and the sentences around the focus).
std::vector<nf::EntityMention> NamesAt(const std::string& text, size_t point) {
  static const nf::EntityMatcher matcher(nf::Gazetteer::Default());
  std::vector<nf::EntityMention> known, found;
  matcher.Find(text, nf::Lang::kDe, nf::Field::kBody, &known);
  const uint32_t focus[] = {static_cast<uint32_t>(point)};
  nf::NameTagger::Default().Find(text, nf::Lang::kDe, nf::Field::kBody, known, &found, focus);
  return found;
}

}  // namespace

TEST_CASE(
    "German: a lone surname the text writes after a given name elsewhere is that person's, "
    "not an organisation",
    "[entities][names][de]") {
  std::string filler;
  for (int i = 0; i < 12; ++i) filler += " Es gab keine weiteren Neuigkeiten heute.";
  const std::string figure = " Pohlmann schätzt den Schaden auf 5 Millionen Euro.";
  // The full name in a sentence the tagger does not read.
  std::vector<nf::EntityMention> found;
  const std::string full = "Das Werk steht still." + filler +
                           " Am Freitag sprach Thomas Pohlmann mit den Behörden." + filler + figure;
  found = NamesAt(full, full.rfind("5 Millionen"));
  const nf::EntityMention* m = FindSurface(found, "Pohlmann");
  REQUIRE(m != nullptr);
  CHECK(m->entity == "Thomas Pohlmann");
  CHECK(m->type == nf::EntityType::kPerson);
  // Two given names open it.
  const std::string two = "Das Werk steht still." + filler +
                          " Am Freitag sprach Anna Sabine Pohlmann mit den Behörden." + filler +
                          figure;
  found = NamesAt(two, two.rfind("5 Millionen"));
  m = FindSurface(found, "Pohlmann");
  REQUIRE(m != nullptr);
  CHECK(m->entity == "Anna Sabine Pohlmann");
  // Negatives: two persons share the surname; the given name before the first part of a
  // double surname; no given name before it.
  for (const char* other : {" Thomas Pohlmann und Anna Pohlmann sprachen mit den Behörden.",
                            " Am Freitag sprach Thomas Pohlmann-Kral mit den Behörden.",
                            " Am Freitag sprach Direktor Pohlmann mit den Behörden."}) {
    INFO(other);
    std::string text = "Das Werk steht still.";
    text.append(filler).append(other).append(filler).append(figure);
    found = NamesAt(text, text.rfind("5 Millionen"));
    m = FindSurface(found, "Pohlmann");
    REQUIRE(m != nullptr);
    CHECK(m->entity == "Pohlmann");
  }
}

TEST_CASE("German country adjectives and demonyms name the country", "[entities][names][de]") {
  auto ms = Names(
      "Die ungarischen Kleinanleger verloren 40 Millionen Euro. Viele Finnen kauften "
      "Anleihen der Kralinger Maschinenbau AG.",
      nf::Lang::kDe);
  const nf::EntityMention* hu = FindSurface(ms, "ungarischen");
  REQUIRE(hu != nullptr);
  CHECK(hu->entity == "Ungarn");
  CHECK(hu->type == nf::EntityType::kPlace);
  const nf::EntityMention* fi = FindSurface(ms, "Finnen");
  REQUIRE(fi != nullptr);
  CHECK(fi->entity == "Finnland");
  // Countries are named as German news names them, not by their formal names.
  auto uk = Names(
      "Die britischen Sparer verloren 30 Millionen Pfund, die amerikanischen Käufer 20 Prozent.",
      nf::Lang::kDe);
  const nf::EntityMention* gb = FindSurface(uk, "britischen");
  REQUIRE(gb != nullptr);
  CHECK(gb->entity == "Großbritannien");
  const nf::EntityMention* us = FindSurface(uk, "amerikanischen");
  REQUIRE(us != nullptr);
  CHECK(us->entity == "USA");
  // An adjective describing a company noun refers to the company, not to the country.
  auto bank = Names("Der schwedische Versicherer Nordhavn steigerte den Umsatz.", nf::Lang::kDe);
  CHECK(FindSurface(bank, "schwedische") == nullptr);
}

TEST_CASE(
    "the rules step reaches lower-case country adjectives that are no candidates, also in a "
    "sentence without any capitalised word and between candidates",
    "[entities][names]") {
  // Step 2 of the tagger visits only the candidates and the words that may be demonyms; a
  // lower-case country adjective is no candidate, so it must be among those visited.
  auto de = Names(
      "dort sanken die polnischen und die ungarischen preise. Laut Brennwald fielen die "
      "finnischen Kurse, sagte Olbers.",
      nf::Lang::kDe);
  for (const auto& [surface, country] : std::vector<std::pair<std::string, std::string>>{
           {"polnischen", "Polen"}, {"ungarischen", "Ungarn"}, {"finnischen", "Finnland"}}) {
    INFO(surface);
    const nf::EntityMention* m = FindSurface(de, surface);
    REQUIRE(m != nullptr);
    CHECK(m->entity == country);
    CHECK(m->type == nf::EntityType::kPlace);
  }
  auto es = Names(
      "all\xC3\xAD bajaron los precios mexicanos y chilenos. Según Valdivar, los turistas "
      "peruanos gastaron menos.",
      nf::Lang::kEs);
  for (const auto& [surface, country] : std::vector<std::pair<std::string, std::string>>{
           {"mexicanos", "México"}, {"chilenos", "Chile"}, {"peruanos", "Perú"}}) {
    INFO(surface);
    const nf::EntityMention* m = FindSurface(es, surface);
    REQUIRE(m != nullptr);
    CHECK(m->entity == country);
  }
  // Negative: a lower-case word that is no country adjective names nothing.
  CHECK(FindSurface(de, "preise") == nullptr);
  CHECK(FindSurface(es, "precios") == nullptr);
}

TEST_CASE("German: a country adjective capitalised without an ending is the language, no name",
          "[entities][names][de]") {
  // As an object, after a preposition, used bare again and again (no bare-name evidence).
  auto ms = Names(
      "In der Klasse sprechen 40 Prozent der Kinder zu Hause Türkisch, die übrigen Deutsch. "
      "Türkisch wird auch geprüft. Sie lernen Türkisch und Chinesisch, sagte die Direktorin.",
      nf::Lang::kDe);
  CHECK(FindSurface(ms, "Türkisch") == nullptr);
  CHECK(FindSurface(ms, "Deutsch") == nullptr);
  CHECK(FindSurface(ms, "Chinesisch") == nullptr);
  // Negative: an inflected adjective still names the country.
  auto bank = Names("Die türkischen Sparer verloren 3 Prozent.", nf::Lang::kDe);
  const nf::EntityMention* tr = FindSurface(bank, "türkischen");
  REQUIRE(tr != nullptr);
  CHECK(tr->type == nf::EntityType::kPlace);
}

TEST_CASE("German: a demonym noun before a given name and surname is not part of the person's name",
          "[entities][names][de]") {
  auto ms = Names(
      "Gewonnen hat der Deutsche Thomas Kralowetz mit 3 Sekunden vor der Österreicherin Anna "
      "Pohlmann.",
      nf::Lang::kDe);
  const nf::EntityMention* de = FindSurface(ms, "Thomas Kralowetz");
  REQUIRE(de != nullptr);
  CHECK(de->type == nf::EntityType::kPerson);
  CHECK(FindSurface(ms, "Deutsche Thomas Kralowetz") == nullptr);
  const nf::EntityMention* at = FindSurface(ms, "Anna Pohlmann");
  REQUIRE(at != nullptr);
  CHECK(at->type == nf::EntityType::kPerson);
  // Negative: a demonym before a word that is no given name opens an organisation's name.
  auto org = Names("Die Deutsche Kralbahn meldete 3 Millionen Fahrgäste.", nf::Lang::kDe);
  const nf::EntityMention* bahn = FindSurface(org, "Deutsche Kralbahn");
  REQUIRE(bahn != nullptr);
  CHECK(bahn->type == nf::EntityType::kOrg);
}

TEST_CASE(
    "German: a name in the genitive ends before a common noun it owns when the text also names "
    "it without the -s",
    "[entities][names][de]") {
  auto ms =
      Names("Anton Pohlmann sprach lange. Pohlmanns Büro nannte 5 Millionen Euro.", nf::Lang::kDe);
  const nf::EntityMention* owner = FindSurface(ms, "Pohlmanns");
  REQUIRE(owner != nullptr);
  CHECK(owner->type == nf::EntityType::kPerson);
  CHECK(FindSurface(ms, "Pohlmanns Büro") == nullptr);
  CHECK(FindSurface(ms, "Büro") == nullptr);
  // Negative: no mention without the -s, so nothing shows the -s to be a genitive.
  auto alone = Names("Pohlmanns Büro nannte 5 Millionen Euro.", nf::Lang::kDe);
  CHECK(FindSurface(alone, "Pohlmanns Büro") != nullptr);
}

TEST_CASE("German names opening with an inflected adjective are named in the nominative",
          "[entities][names][de]") {
  auto dat = Names("Auch beim Internationalen Fischereirat sanken die Kosten um 3 Prozent.",
                   nf::Lang::kDe);
  const nf::EntityMention* rat = FindSurface(dat, "Internationalen Fischereirat");
  REQUIRE(rat != nullptr);
  CHECK(rat->entity == "Internationale Fischereirat");
  // After "des" the last word loses its genitive -es.
  auto gen = Names("Die Mitglieder des Internationalen Fischereirates zahlten 3 Millionen Euro.",
                   nf::Lang::kDe);
  const nf::EntityMention* rates = FindSurface(gen, "Internationalen Fischereirates");
  REQUIRE(rates != nullptr);
  CHECK(rates->entity == "Internationale Fischereirat");
  // A plural after "der" keeps its form.
  auto pl =
      Names("Die Zahl der Besucher der Olympischen Winterspiele sank um 4 Prozent.", nf::Lang::kDe);
  const nf::EntityMention* games = FindSurface(pl, "Olympischen Winterspiele");
  REQUIRE(games != nullptr);
  CHECK(games->entity == "Olympischen Winterspiele");
}

TEST_CASE("German role nouns before a person's given name are not part of the name",
          "[entities][names][de]") {
  auto school = Names("Rund 300 Schüler nahmen teil, sagte Landesschulsprecher Martin Kralowetz.",
                      nf::Lang::kDe);
  const nf::EntityMention* speaker = FindSurface(school, "Martin Kralowetz");
  REQUIRE(speaker != nullptr);
  CHECK(speaker->entity == "Martin Kralowetz");
  CHECK(speaker->type == nf::EntityType::kPerson);
  CHECK(FindSurface(school, "Landesschulsprecher Martin Kralowetz") == nullptr);
  // A hyphen compound ending in a role noun.
  auto boss = Names("Der Umsatz stieg um 4 Prozent, sagte Pexolin-Chefin Anna Berghuber am Montag.",
                    nf::Lang::kDe);
  const nf::EntityMention* chefin = FindSurface(boss, "Anna Berghuber");
  REQUIRE(chefin != nullptr);
  CHECK(chefin->type == nf::EntityType::kPerson);
  // A company noun before a company's name is not part of it.
  for (const char* text :
       {"Wien – Der steirische Garnhersteller Kralowitz ist pleite, 300 Mitarbeiter sind "
        "betroffen.",
        "Mit der neuen Puppe hat Hersteller Kralowitz 300 Millionen Euro umgesetzt."}) {
    INFO(text);
    auto maker = Names(text, nf::Lang::kDe);
    const nf::EntityMention* kralowitz = FindSurface(maker, "Kralowitz");
    REQUIRE(kralowitz != nullptr);
    CHECK(kralowitz->type == nf::EntityType::kOrg);
  }
  // A name whose first word is no given name keeps its first word ("Bank" + place).
  auto bank = Names("Die Bank Voralpen zahlte 300 Euro.", nf::Lang::kDe);
  CHECK(FindSurface(bank, "Voralpen") == nullptr);
}

TEST_CASE("Spanish country adjectives and demonyms name the country", "[entities][names][es]") {
  auto ms =
      Names("Los chilenos compraron un 12% más de coches y las exportaciones peruanas cayeron.",
            nf::Lang::kEs);
  const nf::EntityMention* cl = FindSurface(ms, "chilenos");
  REQUIRE(cl != nullptr);
  CHECK(cl->entity == "Chile");
  const nf::EntityMention* pe = FindSurface(ms, "peruanas");
  REQUIRE(pe != nullptr);
  CHECK(pe->entity == "Perú");
  // "la aseguradora portuguesa X": the company, not Portugal.
  auto firm = Names("La aseguradora portuguesa Tejalux ganó 30 millones.", nf::Lang::kEs);
  CHECK(FindSurface(firm, "portuguesa") == nullptr);
}

TEST_CASE("English demonyms name the country unless they start a name", "[entities][names][en]") {
  auto ms = Names("Belgian shoppers spent 5% more, while Norwegians saved.", nf::Lang::kEn);
  const nf::EntityMention* be = FindSurface(ms, "Belgian");
  REQUIRE(be != nullptr);
  CHECK(be->entity == "Belgium");
  const nf::EntityMention* no = FindSurface(ms, "Norwegians");
  REQUIRE(no != nullptr);
  CHECK(no->entity == "Norway");
  auto name = Names("Shares in Danish Brightwater Systems Inc. rose.", nf::Lang::kEn);
  CHECK(FindSurface(name, "Danish") == nullptr);
  auto bank = Names("The Dutch bank cut 400 jobs.", nf::Lang::kEn);
  CHECK(FindSurface(bank, "Dutch") == nullptr);
}

TEST_CASE("English demonyms of more countries name the country", "[entities][names][en]") {
  auto ms = Names(
      "Nigerian farmers and Venezuelan officials met, while two million Indonesians and many "
      "Chilean exporters waited.",
      nf::Lang::kEn);
  for (const auto& [surface, country] : {std::pair<const char*, const char*>{"Nigerian", "Nigeria"},
                                         {"Venezuelan", "Venezuela"},
                                         {"Indonesians", "Indonesia"},
                                         {"Chilean", "Chile"}}) {
    const nf::EntityMention* m = FindSurface(ms, surface);
    REQUIRE(m != nullptr);
    CHECK(m->entity == country);
    CHECK(m->type == nf::EntityType::kPlace);
  }
  // Negative: the demonym opening a company's name is the company's.
  auto air = Names("Shares in Thai Airways fell 4%.", nf::Lang::kEn);
  CHECK(FindSurface(air, "Thai") == nullptr);
  CHECK(FindEntity(air, "Thai Airways") != nullptr);
}

TEST_CASE("English: a demonym naming its country is not the short name of a company it opens",
          "[entities][names][en]") {
  // "Thai" after "Thai Airways" would be the airline's first word; before a currency it is
  // the country's.
  auto ms =
      Names("Thai Airways shed 4%. The Thai baht lost 0.3% against the dollar.", nf::Lang::kEn);
  const nf::EntityMention* thai = FindSurface(ms, "Thai");
  REQUIRE(thai != nullptr);
  CHECK(thai->entity == "Thailand");
  CHECK(thai->type == nf::EntityType::kPlace);
  // Negative: the first word of a company's name that is no demonym still stands for it.
  auto firm = Names("Norvex Energy cut 300 jobs, and Norvex said profit fell 5%.", nf::Lang::kEn);
  const nf::EntityMention* norvex = FindSurface(firm, "Norvex");
  REQUIRE(norvex != nullptr);
  CHECK(norvex->entity == "Norvex Energy");
}

TEST_CASE("unknown German names used without an article are organisations",
          "[entities][names][de]") {
  auto ms = Names(
      "Graz – Pfandlhofer trifft die Brunnwiese-Insolvenz härter als erwartet. Der "
      "Hintergrund: Pfandlhofer zahlt den Gläubigern nur 15 Prozent. Brunnwiese stehe für 42 "
      "Prozent des Umsatzes. Wie Brunnwiese überwies auch Pfandlhofer die Löhne nicht.",
      nf::Lang::kDe);
  const nf::EntityMention* p = FindEntity(ms, "Pfandlhofer");
  REQUIRE(p != nullptr);
  CHECK(p->type == nf::EntityType::kOrg);
  CHECK(FindEntity(ms, "Brunnwiese") != nullptr);
  // Every use is a mention, also the first part of the hyphen compound is not one of its own.
  int pfandlhofer = 0;
  for (const nf::EntityMention& m : ms) pfandlhofer += m.entity == "Pfandlhofer";
  CHECK(pfandlhofer == 3);
}

TEST_CASE("short unknown German institution names: once without article, used again",
          "[entities][names][de]") {
  auto ms = Names(
      "Das Grefo erwartete zuletzt ein Plus von 2,6 Prozent. Laut Grefo wäre das Plus "
      "größer.",
      nf::Lang::kDe);
  CHECK(FindEntity(ms, "Grefo") != nullptr);
}

TEST_CASE("German common nouns, plurals and sentence adverbs are not taken for names",
          "[entities][names][de]") {
  auto ms = Names(
      "Insgesamt kamen 300 Flüchtlinge. Insgesamt waren es mehr als im Vorjahr. Von "
      "Flüchtlingen war die Rede, auch von Flüchtlingen aus dem Süden. Mit Preis-Erhöhungen "
      "rechnet man, mit Preis und Menge auch.",
      nf::Lang::kDe);
  CHECK(FindEntity(ms, "Insgesamt") == nullptr);
  CHECK(FindEntity(ms, "Flüchtlingen") == nullptr);
  CHECK(FindEntity(ms, "Preis") == nullptr);
}

TEST_CASE("an unknown German name that only opens sentences is a name when it opens two",
          "[entities][names][de]") {
  auto ms = Names(
      "Beim Spielehersteller fallen 80 Stellen weg. Vaskio wolle sich auf Kernbereiche "
      "konzentrieren, hieß es. Das Unternehmen hatte 300 Beschäftigte. Vaskio fiel es schwer, "
      "an frühere Erfolge anzuknüpfen.",
      nf::Lang::kDe);
  const nf::EntityMention* k = FindEntity(ms, "Vaskio");
  REQUIRE(k != nullptr);
  CHECK(k->type == nf::EntityType::kOrg);
  // Once only, or shaped like an adverb or participle: no name.
  auto once = Names(
      "Beim Spielehersteller fallen 80 Stellen weg. Vaskio wolle sich auf Kernbereiche "
      "konzentrieren, hieß es.",
      nf::Lang::kDe);
  CHECK(FindEntity(once, "Vaskio") == nullptr);
  auto adverb = Names(
      "Vorbehaltlich kamen 300 Gäste. Vorbehaltlich waren es mehr. Gestolpert sind 20 Gäste. "
      "Gestolpert ist keiner.",
      nf::Lang::kDe);
  CHECK(FindEntity(adverb, "Vorbehaltlich") == nullptr);
  CHECK(FindEntity(adverb, "Gestolpert") == nullptr);
}

TEST_CASE("an unknown German word of a dateline is a place", "[entities][names][de]") {
  auto ms = Names(
      "Der Winterdienst wird teurer. Wendelsrode/Quarnitz - Der Streusalzvorrat reicht nur bis "
      "Jänner. In Wendelsrode fehlen nach Angaben des Bauhofs rund 40 Tonnen.",
      nf::Lang::kDe);
  int places = 0;
  for (const nf::EntityMention& m : ms) {
    if (m.entity == "Wendelsrode") {
      ++places;
      CHECK(m.type == nf::EntityType::kPlace);
    }
  }
  CHECK(places == 2);  // the dateline and the later use
  // Not a dateline: the dash after a lower-case word, or no dash at all.
  auto mid =
      Names("Die Gemeinden streiten heftig - Kralstetten leistet keinen Beitrag. Die Frage bleibt.",
            nf::Lang::kDe);
  CHECK(FindEntity(mid, "Kralstetten") == nullptr);
  auto plain = Names("Die Gemeinden streiten. Kralstetten leistet keinen Beitrag.", nf::Lang::kDe);
  CHECK(FindEntity(plain, "Kralstetten") == nullptr);
}

TEST_CASE("every place of a German dateline is a place, however many it joins",
          "[entities][names][de]") {
  // The third and fourth places of "A/B/C/D –" as well as the first two, after any dash.
  auto ms = Names(
      "Der Pegel sinkt. Wendelsrode/Quarnitz/Hollbek/Ostmarring \u2014 Die Sperren "
      "bleiben.",
      nf::Lang::kDe);
  for (const char* place : {"Wendelsrode", "Quarnitz", "Hollbek", "Ostmarring"}) {
    const nf::EntityMention* m = FindEntity(ms, place);
    REQUIRE(m != nullptr);
    CHECK(m->type == nf::EntityType::kPlace);
  }
  // Not a dateline: no dash after the joined words.
  auto none = Names("Der Pegel sinkt. Wendelsrode/Quarnitz/Hollbek/Ostmarring bleiben gesperrt.",
                    nf::Lang::kDe);
  CHECK(FindEntity(none, "Hollbek") == nullptr);
}

TEST_CASE("a run of five capitalised words before a dash is no German dateline",
          "[entities][names][de]") {
  auto ms = Names(
      "Der Pegel sinkt. Wendelsrode Quarnitz Hollbek Ostmarring Brelwitz \u2013 Die "
      "Firma verkaufte 300 Autos.",
      nf::Lang::kDe);
  for (const nf::EntityMention& m : ms) {
    CHECK_FALSE(
        (m.type == nf::EntityType::kPlace && m.surface.find("Hollbek") != std::string::npos));
  }
  // Negative: a place of up to three words joined by '/' to another still is a dateline.
  auto two = Names("Der Pegel sinkt. Ober Wendelsrode/Quarnitz \u2013 Die Sperren bleiben.",
                   nf::Lang::kDe);
  const nf::EntityMention* m = FindEntity(two, "Quarnitz");
  REQUIRE(m != nullptr);
  CHECK(m->type == nf::EntityType::kPlace);
}

TEST_CASE("a German role's name follows the role only after a blank", "[entities][names][de]") {
  auto ms = Names("Dazu äußerte sich Finanzministerin Zarvenko am Abend.", nf::Lang::kDe);
  const nf::EntityMention* p = FindEntity(ms, "Zarvenko");
  REQUIRE(p != nullptr);
  CHECK(p->type == nf::EntityType::kPerson);
  // Negative: a tab (a table's next cell), not a blank, between the role and the word.
  auto glued = Names("Dazu äußerte sich die Finanzministerin\tZarvenko am Abend.", nf::Lang::kDe);
  const nf::EntityMention* g = FindEntity(glued, "Zarvenko");
  CHECK((g == nullptr || g->type != nf::EntityType::kPerson));
}

TEST_CASE("an unknown German word right after a person's role names that person",
          "[entities][names][de]") {
  auto ms = Names("Das Budget wächst. Laut Finanzminister Kralvon fehlen 300 Millionen Euro.",
                  nf::Lang::kDe);
  const nf::EntityMention* k = FindEntity(ms, "Kralvon");
  REQUIRE(k != nullptr);
  CHECK(k->type == nf::EntityType::kPerson);
  // An unknown given name takes the unknown surname after it.
  auto full =
      Names("Das Budget wächst. Laut Außenministerin Zorvana Kralvon fehlen 300 Millionen Euro.",
            nf::Lang::kDe);
  const nf::EntityMention* z = FindEntity(full, "Zorvana Kralvon");
  REQUIRE(z != nullptr);
  CHECK(z->type == nf::EntityType::kPerson);
  // A common noun after the role is none, and no role: no name.
  auto noun =
      Names("Das Budget wächst. Laut Konzernchef Pläne fehlen 300 Millionen Euro.", nf::Lang::kDe);
  CHECK(FindEntity(noun, "Pläne") == nullptr);
  auto plain =
      Names("Das Budget wächst. Laut Bericht Kralvon fehlen 300 Millionen Euro.", nf::Lang::kDe);
  CHECK(FindEntity(plain, "Kralvon") == nullptr);
}

TEST_CASE("an acronym spells the initials of hyphenated words too", "[entities][names][de]") {
  auto ms = Names("Die Brunnwieser-Pfandlhofer Invest (BPI) hält 20 Prozent. Die BPI will mehr.",
                  nf::Lang::kDe);
  int acronyms = 0;
  for (const nf::EntityMention& m : ms) {
    if (m.surface == "BPI") {
      ++acronyms;
      CHECK(m.entity == "Brunnwieser-Pfandlhofer Invest");
    }
  }
  CHECK(acronyms == 2);
}

TEST_CASE("the lead ends at the first blank after kLeadBytes, not at the end of its sentence",
          "[entities][names][de]") {
  // One long sentence: a name at its start, filler, a name well beyond the lead's bytes.
  std::string text = "Die Vorlanger Stahlwerke AG hat nach eigenen Angaben";
  while (text.size() < nf::NameTagger::kLeadBytes + 80) text += " und dann noch mehr gesagt";
  const size_t second = text.size() + 1;
  text += " als die Brunnhaber Textil GmbH vorgestellt hat.";
  const nf::NameTagger& tagger = nf::NameTagger::Default();
  auto names = [&](std::vector<uint32_t> focus) {
    std::vector<nf::EntityMention> found;
    tagger.Find(text, nf::Lang::kDe, nf::Field::kBody, {}, &found, focus);
    std::vector<std::string> out;
    out.reserve(found.size());
    for (const nf::EntityMention& m : found) out.push_back(m.entity);
    return out;
  };
  using V = std::vector<std::string>;
  // The whole text, and a focus point inside the sentence: its whole sentence.
  CHECK(names({}) == V{"Vorlanger Stahlwerke AG", "Brunnhaber Textil GmbH"});
  CHECK(names({static_cast<uint32_t>(second)}) ==
        V{"Vorlanger Stahlwerke AG", "Brunnhaber Textil GmbH"});
  CHECK(names({0}) == V{"Vorlanger Stahlwerke AG", "Brunnhaber Textil GmbH"});
  // The lead only (a point past the end, as for a body without figures): the sentence is cut
  // at the first blank after kLeadBytes.
  CHECK(names({static_cast<uint32_t>(text.size())}) == V{"Vorlanger Stahlwerke AG"});
}

TEST_CASE("acronyms take the long name and texts without one keep their names",
          "[entities][names][en]") {
  // Propagate collects acronym aliases only when the tagger found an acronym: with one, every
  // use of it takes the long name; without one, the long name and its head word are named as
  // before.
  auto with = Names(
      "Shares of Harlowmere Brass Foundry rose. Analysts said Harlowmere Brass Foundry Inc. "
      "(HBF) and later HBF raised prices by 4 percent.",
      nf::Lang::kEn);
  int acronyms = 0;
  for (const nf::EntityMention& m : with) {
    if (m.surface == "HBF") {
      ++acronyms;
      CHECK(m.entity == "Harlowmere Brass Foundry Inc.");
    }
  }
  CHECK(acronyms == 2);
  auto without = Names(
      "Shares of Harlowmere Brass Foundry Inc. rose. Analysts said Harlowmere raised prices "
      "by 4 percent.",
      nf::Lang::kEn);
  int heads = 0;
  for (const nf::EntityMention& m : without) {
    if (m.surface == "Harlowmere") {
      ++heads;
      CHECK(m.entity == "Harlowmere Brass Foundry Inc.");
    }
  }
  CHECK(heads == 1);
}

TEST_CASE("German names after auxiliaries and in genitive count as uses without an article",
          "[entities][names][de]") {
  auto ms = Names(
      "Damit ist Vorlauber der größte Anbieter. Die Preise liegen unter denen wie Vorlaubers "
      "Konkurrenz mit 40 Euro.",
      nf::Lang::kDe);
  const nf::EntityMention* v = FindEntity(ms, "Vorlauber");
  REQUIRE(v != nullptr);
  int uses = 0;
  for (const nf::EntityMention& m : ms) uses += m.entity == "Vorlauber";
  CHECK(uses == 2);  // "Vorlaubers" names Vorlauber too
}

TEST_CASE("English companies named by a common word: twice with a possessive, never lower-case",
          "[entities][names][en]") {
  auto ms = Names(
      "Target's sales rose 5% in December. Analysts said Target's outlook was strong, and "
      "Target said it would open 20 stores.",
      nf::Lang::kEn);
  const nf::EntityMention* h = FindEntity(ms, "Target");
  REQUIRE(h != nullptr);
  CHECK(h->type == nf::EntityType::kOrg);
  // After an article, or also written in lower case: not a name.
  auto the =
      Names("The Target's rules were new. Critics said the Target's budget failed.", nf::Lang::kEn);
  CHECK(FindEntity(the, "Target") == nullptr);
  auto lower =
      Names("Target's sales rose 5%. Target's outlook beat the target set in May.", nf::Lang::kEn);
  CHECK(FindEntity(lower, "Target") == nullptr);
}

TEST_CASE("two-word connectors join one name: van den, de la", "[entities][names][es]") {
  auto ms = Names(
      "La Federación de la Industria Quesera y el productor Karel van den Broeck firmaron un "
      "acuerdo de 30 millones.",
      nf::Lang::kEs);
  CHECK(FindSurface(ms, "Federación de la Industria Quesera") != nullptr);
  CHECK(FindSurface(ms, "Karel van den Broeck") != nullptr);
  CHECK(FindSurface(ms, "Broeck") == nullptr);
}

TEST_CASE(
    "the per-thread word cache and the folded fixed features tag exactly as the tagger without "
    "them",
    "[entities][names]") {
  // Fast paths (NameTaggerOptions::word_cache and fold_fixed_features, the defaults) against
  // the slow path, on invented text in each language; the fast tagger runs each text twice
  // (cold, then warm cache), and the texts repeat words in other contexts and other
  // spellings (capitals, genitive).
  const FastAndSlowTaggers taggers = MakeFastAndSlowTaggers();
  const std::vector<std::pair<nf::Lang, std::string>> texts = {
      {nf::Lang::kDe,
       "Die Halvoren Mechanik AG meldete am Dienstag einen Umsatz von 3,2 Milliarden Euro. "
       "Halvoren-Chef Udo Brammerlin sagte, der Autobauer Veltrosa habe 500 Stellen gestrichen. "
       "Laut Ostwind Kapital stieg der Gewinn der \xC3\xB6sterreichischen Tochter um 4 Prozent. "
       "Brammerlin und Halvorens Betriebsrat verhandeln mit Veltrosa. HALVOREN MELDET PLUS."},
      {nf::Lang::kEs,
       "La empresa Quilmarena factur\xC3\xB3 300 millones de euros. El grupo Ventisca Andina, "
       "con sede en Lima, compr\xC3\xB3 el 20 % de F\xC3\xA1"
       "bricas Olvedo S.A. seg\xC3\xBAn "
       "el presidente Rodrigo Almaz\xC3\xA1n. Quilmarena y Olvedo negocian con Ventisca."},
      {nf::Lang::kEn,
       "Brightmoor Dynamics Inc. said revenue rose 12% to $4.1bn. Its chief executive, Marla "
       "Quenby, told analysts the carmaker Voltessa would cut 900 jobs. Quenby's plan was "
       "backed by Harwick & Lyle and by the lender NBRQ. Brightmoor and Voltessa declined."},
  };
  for (const auto& [lang, text] : texts) {
    INFO("text: " << text);
    std::vector<nf::EntityMention> want, cold, warm;
    taggers.slow->Find(text, lang, nf::Field::kBody, {}, &want);
    taggers.fast->Find(text, lang, nf::Field::kBody, {}, &cold);
    taggers.fast->Find(text, lang, nf::Field::kBody, {}, &warm);
    CHECK(want.size() >= 3);  // the texts do name things
    CHECK(SameMentions(want, cold));
    CHECK(SameMentions(want, warm));
  }
}

TEST_CASE(
    "the classifier's features taken from the prefetch pass tag exactly as features computed "
    "afresh, also for a word after a name word (previous label not O)",
    "[entities][names]") {
  // The prefetch pass computes each candidate's features for the previous label O; the
  // classifier takes them only when that holds. Runs of capitalised words (multi-word names,
  // names after names, headline-like runs) put candidates after name labels in each
  // language; each text runs twice on the fast tagger (cold, then warm word cache).
  const FastAndSlowTaggers taggers = MakeFastAndSlowTaggers();
  const std::vector<std::pair<nf::Lang, std::string>> texts = {
      {nf::Lang::kDe,
       "Der Vorstand der Kessmar Trelon Verwaltungs GmbH um Jana Ulvrich Sommerfeld, "
       "Pia Ostrander und Lenz Habicht Tamsweg traf in Bad Quellbrunn am See Vertreter "
       "der Nordlicht Ambrosia Holding. Ulvrich Sommerfeld sagte, Ostrander Habicht Tamsweg "
       "und Kessmar Trelon w\xC3\xBCrden in Neu Ravensteig bei Tamsweg Haus Lindholm bauen. "
       "Sommerfeld Kessmar Habicht Lindholm Ostrander Trelon Quellbrunn Ravensteig."},
      {nf::Lang::kEs,
       "La directora Maribel Ortuzar Quintanilla y Baltasar Llerena Mendaro, de Grupo "
       "Astillero Cantabrio Norte, visitaron San Telmo del Valle con Ramiro Esquivel Pardo. "
       "Ortuzar Quintanilla dijo que Llerena Mendaro y Esquivel Pardo firmaron con Banco "
       "Rivadeo Central. Quintanilla Mendaro Cantabrio Rivadeo Esquivel Telmo Astillero."},
      {nf::Lang::kEn,
       "Chief executive Dorian Vask Pellham and Imogen Tarrow Lisle of Harcastle Brennock "
       "Shipping Group met Senator Ulric Davenmoor Keats in Port Aldwin Bay. Vask Pellham "
       "said Tarrow Lisle and Davenmoor Keats backed Northfold Quarry Holdings Ltd. Pellham "
       "Lisle Keats Brennock Aldwin Northfold Harcastle Tarrow Davenmoor."},
  };
  for (const auto& [lang, text] : texts) {
    INFO("text: " << text);
    std::vector<nf::EntityMention> want, cold, warm;
    taggers.slow->Find(text, lang, nf::Field::kBody, {}, &want);
    taggers.fast->Find(text, lang, nf::Field::kBody, {}, &cold);
    taggers.fast->Find(text, lang, nf::Field::kBody, {}, &warm);
    CHECK(want.size() >= 4);
    CHECK(SameMentions(want, cold));
    CHECK(SameMentions(want, warm));
  }
}

TEST_CASE(
    "the word cache evicts and reorders its two ways without changing a tag: thousands of "
    "distinct invented names, each used again later",
    "[entities][names]") {
  // More distinct capitalised words than the cache has entries (8,192), so sets overflow:
  // words come back after others of their set moved them to the second way or evicted them.
  const FastAndSlowTaggers taggers = MakeFastAndSlowTaggers();
  auto name = [](size_t n) {
    std::string w = "Q";
    for (int k = 0; k < 5; ++k, n /= 7) w += "aeioubr"[n % 7];
    w += (n % 2 == 0) ? "ning" : "tal";
    return w;
  };
  std::string text;
  constexpr size_t kWords = 12000;  // each used twice, in another sentence
  for (size_t n = 0; n < kWords; ++n) {
    text += "Laut " + name(n) + " und " + name((n * 5) % kWords) + " stieg der Umsatz. ";
  }
  const std::vector<std::string> pieces = {text.substr(0, text.size() / 2),
                                           text.substr(text.size() / 2), text};
  for (const std::string& piece : pieces) {
    std::vector<nf::EntityMention> want, got;
    taggers.slow->Find(piece, nf::Lang::kDe, nf::Field::kBody, {}, &want);
    taggers.fast->Find(piece, nf::Lang::kDe, nf::Field::kBody, {}, &got);
    CHECK(want.size() > 1000);
    CHECK(SameMentions(want, got));
  }
}

TEST_CASE(
    "Spanish persons: a role, title or speech verb before the name, a role or age in "
    "apposition after it, organisation rules and currency prefixes win",
    "[entities][names][es]") {
  using T = nf::EntityType;
  auto ms = Names(
      "Ayer habló el candidato Ramiro Estévez Calvo con la prensa. Quiroga, candidata del Frente "
      "Verde, obtuvo apoyo. Después, según dijo Leocadio Brenes, la empresa Tecnovía creció. La "
      "vicepresidenta Amparo Villaseñor Ruiz pagó la fianza.",
      nf::Lang::kEs);
  const nf::EntityMention* e = FindEntity(ms, "Ramiro Estévez Calvo");
  REQUIRE(e != nullptr);
  CHECK(e->type == T::kPerson);
  const nf::EntityMention* q = FindEntity(ms, "Quiroga");
  REQUIRE(q != nullptr);
  CHECK(q->type == T::kPerson);
  const nf::EntityMention* b = FindEntity(ms, "Leocadio Brenes");
  REQUIRE(b != nullptr);
  CHECK(b->type == T::kPerson);
  const nf::EntityMention* v = FindEntity(ms, "Amparo Villaseñor Ruiz");
  REQUIRE(v != nullptr);
  CHECK(v->type == T::kPerson);
  // Negatives: a cue noun or a legal form makes an organisation even after a speech verb.
  const nf::EntityMention* t = FindEntity(ms, "Tecnovía");
  REQUIRE(t != nullptr);
  CHECK(t->type == T::kOrg);
  auto ms2 = Names("Al cierre, dijo Almerisa Servicios S.A., las ventas subieron.", nf::Lang::kEs);
  bool org = false;
  for (const nf::EntityMention& m : ms2) org = org || (m.type == T::kOrg);
  CHECK(org);
  for (const nf::EntityMention& m : ms2) CHECK(m.type != T::kPerson);
  // A currency prefix glued to an amount is no name.
  auto ms3 = Names("El candidato promete un bono de US$500 y otro de R$200 al mes.", nf::Lang::kEs);
  for (const nf::EntityMention& m : ms3) CHECK((m.surface != "US" && m.surface != "R"));
}

TEST_CASE(
    "Spanish persons: an occupation or rank before the name or in apposition after it "
    "('la jueza X', 'X, periodista de …'), but not an organisation after the noun's 'de'",
    "[entities][names][es]") {
  using T = nf::EntityType;
  auto ms = Names(
      "Ayer llegó la jueza Rosalba Quintanar a la sala. Luego habló Teodomiro Arrechea, "
      "periodista de la radio local. El jugador del Deportivo Valdomar marcó dos goles.",
      nf::Lang::kEs);
  const nf::EntityMention* j = FindEntity(ms, "Rosalba Quintanar");
  REQUIRE(j != nullptr);
  CHECK(j->type == T::kPerson);
  const nf::EntityMention* p = FindEntity(ms, "Teodomiro Arrechea");
  REQUIRE(p != nullptr);
  CHECK(p->type == T::kPerson);
  // Negative: the club after "el jugador del" stays an organisation.
  const nf::EntityMention* c = FindEntity(ms, "Deportivo Valdomar");
  REQUIRE(c != nullptr);
  CHECK(c->type != T::kPerson);
}

TEST_CASE(
    "Spanish persons: a name followed by ', quien' is a person's, not a name after 'de' "
    "(the pronoun speaks of the noun before it)",
    "[entities][names][es]") {
  using T = nf::EntityType;
  auto ms = Names(
      "La reunión terminó tarde. Leandro Ozcariz Pumar, quien llegó desde el norte, pidió "
      "calma. Habló la portavoz de Aceros Valdomar, quien pidió más tiempo.",
      nf::Lang::kEs);
  const nf::EntityMention* p = FindEntity(ms, "Ozcariz Pumar");
  REQUIRE(p != nullptr);
  CHECK(p->type == T::kPerson);
  // Negative: the organisation after "de" stays one.
  const nf::EntityMention* o = FindEntity(ms, "Aceros Valdomar");
  REQUIRE(o != nullptr);
  CHECK(o->type != T::kPerson);
}

TEST_CASE("Spanish naming participles introduce a name: 'denominado X', 'llamada X'",
          "[entities][names][es]") {
  auto ms = Names(
      "El mercado para empresas pequeñas, denominado Nuevo Parqué, abre mañana. El fondo, "
      "llamado Horizonte Verde, invertirá más.",
      nf::Lang::kEs);
  const nf::EntityMention* p = FindEntity(ms, "Nuevo Parqué");
  REQUIRE(p != nullptr);
  CHECK(p->type == nf::EntityType::kOrg);
  CHECK(FindEntity(ms, "Horizonte Verde") != nullptr);
  // Negative: a lower-case word after the participle starts no name.
  auto neg = Names("Hubo un llamado a la calma y un plan denominado de choque.", nf::Lang::kEs);
  CHECK(neg.empty());
}

TEST_CASE(
    "English: capitalised common words inside a sentence before an organisation's name "
    "are its first words",
    "[entities][names][en]") {
  auto en =
      Names("Shares of Voltaro fell 5% while General Kellmoor Motors rose 3%.", nf::Lang::kEn);
  const nf::EntityMention* m = FindEntity(en, "General Kellmoor Motors");
  REQUIRE(m != nullptr);
  CHECK(m->type == nf::EntityType::kOrg);
  auto two =
      Names("Analysts expect that 300 jobs will go at Credit Voltaro First Boston next year.",
            nf::Lang::kEn);
  CHECK(FindEntity(two, "Credit Voltaro First Boston") != nullptr);
  // Negatives: a title (kNeverName) and the sentence's first word stay outside.
  auto title =
      Names("Shares of Voltaro fell 5% while President Kellmoor Motors rose 3%.", nf::Lang::kEn);
  CHECK(FindEntity(title, "President Kellmoor Motors") == nullptr);
  auto first = Names("General Kellmoor Motors rose 3% on Monday.", nf::Lang::kEn);
  CHECK(FindEntity(first, "General Kellmoor Motors") == nullptr);
}

TEST_CASE(
    "English: a sentence's first word joins the name after it when the text uses their "
    "initials",
    "[entities][names][en]") {
  const std::string t =
      "Standard Quorvex has warned that its profits will fall this year. The carmaker blamed "
      "costs. SQ said sales fell to $3bn, and SQ expects no better.";
  auto ms = Names(t, nf::Lang::kEn);
  const nf::EntityMention* m = FindEntity(ms, "Standard Quorvex");
  REQUIRE(m != nullptr);
  CHECK(m->start == 0);
  CHECK(m->type == nf::EntityType::kOrg);
  // The two-letter acronym names it where it recurs.
  int acronyms = 0;
  for (const nf::EntityMention& a : ms) {
    if (a.surface == "SQ") {
      CHECK(a.entity == "Standard Quorvex");
      ++acronyms;
    }
  }
  CHECK(acronyms == 2);
  // Negative: without the acronym the sentence's first word stays outside the name.
  const std::string n =
      "Standard Quorvex has warned that its profits will fall this year. The carmaker blamed "
      "costs. Quorvex said sales fell to $3bn.";
  auto mn = Names(n, nf::Lang::kEn);
  CHECK(FindEntity(mn, "Standard Quorvex") == nullptr);
}

TEST_CASE("German: an unknown word before a model number after an article is a brand",
          "[entities][names][de]") {
  const std::string t = "Als bestes Gerät wurde die Pexolin 4 um rund 240 Euro ausgezeichnet.";
  auto ms = Names(t, nf::Lang::kDe);
  const nf::EntityMention* m = FindEntity(ms, "Pexolin");
  REQUIRE(m != nullptr);
  CHECK(m->type == nf::EntityType::kOrg);
  const std::string t2 = "Getestet wurde auch das Pexolin X7 mit größerem Akku.";
  CHECK(FindEntity(Names(t2, nf::Lang::kDe), "Pexolin") != nullptr);
  // Negatives: a year, an amount, or a counted noun after the number; a noun before it.
  for (const std::string& n : {std::string("Erwartet wird die Pexolin 2027 im Herbst."),
                               std::string("Zuletzt stieg die Pexolin 10,5 Punkte."),
                               std::string("Dabei hat die Pexolin 600 Anfragen bearbeitet.")}) {
    INFO(n);
    CHECK(FindEntity(Names(n, nf::Lang::kDe), "Pexolin") == nullptr);
  }
  const std::string n4 = "Im Vorjahr hat das Zulassungsamt 600 Anträge bearbeitet.";
  CHECK(FindEntity(Names(n4, nf::Lang::kDe), "Zulassungsamt") == nullptr);
}

TEST_CASE("German: a level noun before a number after an article is no brand",
          "[entities][names][de]") {
  // A compound whose last part is a singular in -e with a listed plural ("Stufen").
  auto ms = Names(
      "Ab der Härtestufe 4 taugt das Gestein nicht mehr für Skulpturen, schreibt Geologin "
      "Tamara Weitling.",
      nf::Lang::kDe);
  CHECK(FindEntity(ms, "Härtestufe") == nullptr);
  CHECK(FindEntity(ms, "Tamara Weitling") != nullptr);
  // A word the text counts elsewhere ("eine Glätte von 3").
  auto counted = Names(
      "Der Hang hatte am Morgen eine Glätte von 3 erreicht. Bei der Glätte 4 schließt die "
      "Bergbahn den Lift.",
      nf::Lang::kDe);
  CHECK(FindEntity(counted, "Glätte") == nullptr);
  // Negative: an unknown word in -e whose plural is no listed noun, never counted, stays a
  // brand.
  auto brand = Names("Als Testsieger gilt die Voltare 3 um rund 300 Euro.", nf::Lang::kDe);
  const nf::EntityMention* v = FindEntity(brand, "Voltare");
  REQUIRE(v != nullptr);
  CHECK(v->type == nf::EntityType::kOrg);
}

TEST_CASE("German: a number word the model took for a name is no name", "[entities][names][de]") {
  auto ms = Names(
      "Ein Ausflug nach Skandinavien, Zwölf Tage lang, kostet bei dem Reisebüro "
      "2.400 Euro.",
      nf::Lang::kDe);
  CHECK(FindEntity(ms, "Zwölf") == nullptr);
  CHECK(FindEntity(ms, "Skandinavien") != nullptr);
}

TEST_CASE(
    "Spanish: a name the unknown-word rule typed org is a person's when a given name opens it",
    "[entities][names][es]") {
  auto ms = Names("Tras la reunión, Alberto Quirivén Ostalé firmó el acuerdo con Diana Marovel.",
                  nf::Lang::kEs);
  const nf::EntityMention* a = FindEntity(ms, "Alberto Quirivén Ostalé");
  REQUIRE(a != nullptr);
  CHECK(a->type == nf::EntityType::kPerson);
  const nf::EntityMention* d = FindEntity(ms, "Diana Marovel");
  REQUIRE(d != nullptr);
  CHECK(d->type == nf::EntityType::kPerson);
  // Negatives: a name no given name opens, and one with a legal form, stay organisations.
  auto org = Names("Tras la reunión, Quirivén Ostalé firmó el acuerdo con Felipe Marovel S.A.",
                   nf::Lang::kEs);
  const nf::EntityMention* q = FindEntity(org, "Quirivén Ostalé");
  REQUIRE(q != nullptr);
  CHECK(q->type == nf::EntityType::kOrg);
  const nf::EntityMention* f = FindEntity(org, "Felipe Marovel S.A.");
  REQUIRE(f != nullptr);
  CHECK(f->type == nf::EntityType::kOrg);
}

TEST_CASE("German adjectives of Germany in every ending, also before a minister's title",
          "[entities][names][de]") {
  // "deutsch" does not end in -isch: its endings are listed in demonyms.txt.
  for (const char* adj : {"deutsche", "deutschen", "bundesdeutsche"}) {
    const std::string t = std::string("Die ") + adj + " Wirtschaft wuchs um 2 Prozent.";
    auto ms = Names(t, nf::Lang::kDe);
    const nf::EntityMention* de = FindSurface(ms, adj);
    REQUIRE(de != nullptr);
    CHECK(de->entity == "Deutschland");
  }
  // Before a minister's title the adjective names the minister's country.
  auto role = Names("Die ungarische Finanzministerin Ilona Varsányi sagte das.", nf::Lang::kDe);
  const nf::EntityMention* hu = FindSurface(role, "ungarische");
  REQUIRE(hu != nullptr);
  CHECK(hu->entity == "Ungarn");
  // Negative: a capitalised adjective opening a name stays part of the name.
  auto name = Names("Die Deutsche Kralinger Bank AG meldete Zahlen.", nf::Lang::kDe);
  CHECK(FindSurface(name, "Deutsche") == nullptr);
}

TEST_CASE(
    "Spanish: a capitalised word the text also writes after an indefinite article or a "
    "number word is a common noun, not a name",
    "[entities][names][es]") {
  // "Varelio" (invented) is written like a label or a document noun: after "un", "este",
  // "tres" it is a thing, so no use of it in the text is an organisation.
  auto ms = Names(
      "Ayer circuló en las redes un Varelio sobre la vacuna. Según el Varelio, la dosis no "
      "sirve. Este Varelio tuvo 2.000 lecturas y otros tres Cendales repiten lo mismo. Los "
      "Cendales citan a la empresa Tecnovía.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Varelio") == nullptr);
  CHECK(FindEntity(ms, "Cendales") == nullptr);
  CHECK(FindEntity(ms, "Tecnovía") != nullptr);
  // Negatives: a name after the definite article or none stays a name, and a cue noun
  // still names one.
  auto org = Names(
      "Según el Varelio, la dosis no sirve. La empresa Varelio facturó 200 millones y Varelio "
      "contratará a 300 personas.",
      nf::Lang::kEs);
  const nf::EntityMention* v = FindEntity(org, "Varelio");
  REQUIRE(v != nullptr);
  CHECK(v->type == nf::EntityType::kOrg);
  auto cue = Names("Publicó un Varelio sobre la empresa Cendal. La empresa Cendal ganó 5 millones.",
                   nf::Lang::kEs);
  CHECK(FindEntity(cue, "Cendal") != nullptr);
}

TEST_CASE(
    "German: a capitalised word the text also counts (after a number, 'ein', a number word) "
    "is a common noun, not a name",
    "[entities][names][de]") {
  // "Zorbel" (an invented commodity) and "Quanken" (invented animals) stand without an
  // article after prepositions, which alone would make them names; but the text counts them
  // ("30 Millionen Zorbel", "ein Zorbel", "400 Quanken"), and a name is not counted.
  auto ms = Names(
      "Wien – Der Preis für ein Zorbel stieg. Die Förderung liegt bei 30 Millionen Zorbel pro "
      "Tag. Für Zorbel zahlt man 40 Dollar, mit Zorbel handeln 12 Firmen. Die Forscher "
      "zählten 400 Quanken im See. Mit Quanken befassen sich viele, für Quanken gibt es 3 "
      "Millionen Euro.",
      nf::Lang::kDe);
  CHECK(FindEntity(ms, "Zorbel") == nullptr);
  CHECK(FindEntity(ms, "Quanken") == nullptr);
  // Negatives: a name never counted stays a name, and neither a year ("2015 Zorbel") nor an
  // ordinal ("3. Zorbel") counts it.
  auto org = Names(
      "Wien – Laut Zorbel stieg der Umsatz 2015 um 3 Prozent. Mit Zorbel handeln 12 Firmen, "
      "im Jahr 2015 Zorbel und Partner, am 3. Zorbel-Tag mehr.",
      nf::Lang::kDe);
  CHECK(FindEntity(org, "Zorbel") != nullptr);
}

TEST_CASE(
    "German: a word the model takes for a name on its own is a common noun when the text "
    "counts it or puts an adjective before it",
    "[entities][names][de]") {
  // "Trelbor" (invented) after "sagte" reads like a speaker's name to the model; the rest of
  // each text uses it as a thing: after a determiner and an adjective, or counted.
  for (const char* text : {
           "Wien – Der Gewinn stieg um 20 Prozent, sagte Trelbor am Montag. Für einen neuen "
           "Trelbor zahlt man 40 Euro.",
           "Wien – Der Gewinn stieg um 20 Prozent, sagte Trelbor am Montag. Für ein Trelbor "
           "zahlt man 40 Euro.",
       }) {
    INFO(text);
    CHECK(FindEntity(Names(text, nf::Lang::kDe), "Trelbor") == nullptr);
  }
  // Negatives: the same sentence alone keeps its name; so does a surname the text writes
  // after a given name, however described ("der neue Chef Anton Trelbor", "den hochgelobten
  // Trelbor").
  for (const char* text : {
           "Wien – Der Gewinn stieg um 20 Prozent, sagte Trelbor am Montag.",
           "Wien – Der Gewinn stieg um 20 Prozent, sagte Trelbor am Montag. Der neue Chef Anton "
           "Trelbor kam aus Graz und lobte den hochgelobten Trelbor.",
       }) {
    INFO(text);
    CHECK(FindEntity(Names(text, nf::Lang::kDe), "Trelbor") != nullptr);
  }
}

TEST_CASE(
    "German: a listed common noun the model reads as a place or organisation on its own is "
    "no name, unless a list of names, a second use or the town list makes it one",
    "[entities][names][de]") {
  // "in Tagen", "in Stunden" read like "in <town>" to the model; both words are common
  // nouns of extract/data/de_nouns.txt, written once.
  for (const auto& [text, word] : std::initializer_list<std::pair<const char*, const char*>>{
           {"Bei der Auktion wurden in Tagen 12 Gemälde versteigert.", "Tagen"},
           {"Der Ausverkauf war in Stunden vorbei, 700 Räder gingen an Kunden der Brückner GmbH.",
            "Stunden"},
       }) {
    INFO(text);
    CHECK(FindEntity(Names(text, nf::Lang::kDe), word) == nullptr);
  }
  // Negatives: a town named like a noun stays a place in a list of places and where the
  // text names it twice.
  CHECK(FindEntity(Names("Bei Protesten in Kassel, Essen und Bremen zählte die Polizei 4.000 "
                         "Teilnehmer.",
                         nf::Lang::kDe),
                   "Essen") != nullptr);
  CHECK(FindEntity(Names("Essen – Der Versorger Ruhrquell hat 2.000 Kunden gewonnen. In Essen "
                         "sind es nun 90.000.",
                         nf::Lang::kDe),
                   "Essen") != nullptr);
  // A town named like a noun, written once after "in", stays a place.
  CHECK(
      FindEntity(Names("In Essen stieg die Zahl der Pendler im April um 4 Prozent.", nf::Lang::kDe),
                 "Essen") != nullptr);
}

TEST_CASE(
    "German: a word used without an article is no name when the text also describes it "
    "with an adjective after a determiner",
    "[entities][names][de]") {
  // "Wendler" (invented, here a kind of opponent) stands bare twice, which alone makes an
  // unknown word a name; "ein unangenehmer Wendler" uses it as a common noun.
  auto ms = Names(
      "Wien – Der Kampf wird hart. Auf den 1,90 Meter großen Huber wartet diesmal ein "
      "unangenehmer Wendler. Wendler ist 27 Jahre alt und gewann 20 Kämpfe. Gegen Wendler hat "
      "Huber nie gekämpft.",
      nf::Lang::kDe);
  CHECK(FindEntity(ms, "Wendler") == nullptr);
  // Negatives: without the adjective it stays a name, and so it does after a country's
  // adjective ("die steirische Wendler") or "sogenannt" (which introduces a name).
  for (const char* text : {
           "Wien – Der Kampf wird hart. Auf Huber wartet diesmal Wendler. Wendler ist 27 Jahre "
           "alt und gewann 20 Kämpfe. Gegen Wendler hat Huber nie gekämpft.",
           "Wien – Der Kampf wird hart. Auf Huber wartet diesmal die steirische Wendler. Wendler "
           "ist 27 Jahre alt und gewann 20 Kämpfe. Gegen Wendler hat Huber nie gekämpft.",
           "Wien – Der Kampf wird hart. Auf Huber wartet diesmal der sogenannte Wendler. Wendler "
           "ist 27 Jahre alt und gewann 20 Kämpfe. Gegen Wendler hat Huber nie gekämpft.",
       }) {
    INFO(text);
    CHECK(FindEntity(Names(text, nf::Lang::kDe), "Wendler") != nullptr);
  }
}

TEST_CASE(
    "German: a word used without an article is no name when the text also writes it in "
    "lower case or glues it to the end of a longer word",
    "[entities][names][de]") {
  // "Quarmel" (invented) stands bare twice, which alone makes an unknown word a name; "seien
  // quarmel" writes it as an adjective (a capitalised adjective or noun: "Gelb", "Rot"), and
  // "Billigquarmel" as the last part of a compound: no name.
  for (const char* text : {
           "Wien – Der Streit um Quarmel geht weiter. Mit Quarmel verdienten 20 Firmen Geld, "
           "sagte Huber. Die Felder seien quarmel und trocken.",
           "Wien – Der Streit um Quarmel geht weiter. Mit Quarmel verdienten 20 Firmen Geld, "
           "sagte Huber. Die Felder seien voller Billigquarmel.",
       }) {
    INFO(text);
    CHECK(FindEntity(Names(text, nf::Lang::kDe), "Quarmel") == nullptr);
  }
  // Negatives: never so written it stays a name, and glued after a short first part it
  // names a place ("Südquarmel", as "Südkorea").
  for (const char* text : {
           "Wien – Der Streit um Quarmel geht weiter. Mit Quarmel verdienten 20 Firmen Geld, "
           "sagte Huber. Die Felder seien nass und trocken.",
           "Wien – Der Streit um Quarmel geht weiter. Mit Quarmel verdienten 20 Firmen Geld, "
           "sagte Huber. Die Felder seien voller Südquarmel.",
       }) {
    INFO(text);
    CHECK(FindEntity(Names(text, nf::Lang::kDe), "Quarmel") != nullptr);
  }
}

TEST_CASE(
    "German: a word used without an article is no name when the text also glues it as the "
    "first part of a longer word",
    "[entities][names][de]") {
  // "Quarmel" stands bare twice; "Quarmelkontamination" makes it the first part of a
  // compound, as a common noun ("Bleikontamination"): no name.
  auto ms = Names(
      "Wien – Der Streit um Quarmel geht weiter. Mit Quarmel verdienten 20 Firmen Geld, sagte "
      "Huber. Die Quarmelkontamination sei hoch.",
      nf::Lang::kDe);
  CHECK(FindEntity(ms, "Quarmel") == nullptr);
  // Negatives: an inflection or a place adjective is no compound ("Quarmelern", "Quarmeler"),
  // nor is a place noun ("Quarmelstreifen": a place's name), nor a short tail.
  for (const char* tail : {"Quarmelern", "Quarmelstreifen", "Quarmels", "Quarmelen"}) {
    const std::string text =
        std::string(
            "Wien – Der Streit um Quarmel geht weiter. Mit Quarmel verdienten 20 Firmen "
            "Geld, sagte Huber. Die ") +
        tail + " seien hoch.";
    INFO(text);
    CHECK(FindEntity(Names(text, nf::Lang::kDe), "Quarmel") != nullptr);
  }
}

TEST_CASE("Spanish: a Roman numeral after a lower-case word is an ordinal, not an organisation",
          "[entities][names][es]") {
  auto ms = Names(
      "La gripe mató a millones de personas a principios del siglo XX y la XXI edición del "
      "congreso de Tecnovía lo recordó.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "XX") == nullptr);
  CHECK(FindEntity(ms, "XXI") == nullptr);
  CHECK(FindEntity(ms, "Tecnovía") != nullptr);
  // Negatives: an acronym that is no Roman numeral stays a name ("XVZ" is not one).
  auto acr = Names("El informe del grupo XVZ cita cifras de 2020.", nf::Lang::kEs);
  CHECK(FindEntity(acr, "XVZ") != nullptr);
}

TEST_CASE(
    "Spanish: the label of a numbered part of a document ('el Tesmano 4º de la Orden') is "
    "no name",
    "[entities][names][es]") {
  // Invented label word "Tesmano", used like "artículo" in a legal text.
  auto ms = Names(
      "Lo que establece el Tesmano 4º de la Orden ministerial, en cumplimiento de los Tesmano "
      "5, 6 y 9 del Decreto, fija un sistema de subvenciones. Según el Tesmano, la empresa "
      "Tecnovía "
      "las gestiona.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Tesmano") == nullptr);
  CHECK(FindEntity(ms, "Tecnovía") != nullptr);
  // Negative: a name before a model number that no "de" follows stays a name.
  auto brand = Names("Ayer se presentó el Tesmano 4 en Madrid y el Tesmano 4 costará 900 euros.",
                     nf::Lang::kEs);
  CHECK(FindEntity(brand, "Tesmano") != nullptr);
}

TEST_CASE("Spanish adverbs in -mente and determiners are never names", "[entities][names][es]") {
  auto ms = Names(
      "La empresa Tecnovía facturó 200 millones. «Igualmente, Ondamar perdió oyentes», dijo. "
      "«Ningún banco quiso prestar», añadió Ondamar.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Igualmente") == nullptr);
  CHECK(FindEntity(ms, "Ningún") == nullptr);
  // Negatives: other names stay names, also a short one ending in "-mente" ("Clemente").
  CHECK(FindEntity(ms, "Ondamar") != nullptr);
  auto name =
      Names("El acuerdo con Clemente llegó tarde, según la empresa Tecnovía.", nf::Lang::kEs);
  CHECK(FindEntity(name, "Clemente") != nullptr);
}

TEST_CASE("a capitalised Spanish noticia inside a sentence is no name", "[entities][names][es]") {
  auto ms = Names(
      "Según una Noticia publicada ayer, la empresa Tecnovía despidió a 40 empleados. La "
      "Noticia de Ondamar sobre el cierre llegó tarde.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Noticia") == nullptr);
  CHECK(FindEntity(ms, "Noticia de Ondamar") == nullptr);
  // Negative: the names around it stay names.
  CHECK(FindEntity(ms, "Tecnovía") != nullptr);
  CHECK(FindEntity(ms, "Ondamar") != nullptr);
}

TEST_CASE("Spanish words in capitals for emphasis ('es INSOSTENIBLE') are not names",
          "[entities][names][es]") {
  auto ms = Names(
      "La empresa Tecnovía dijo que la situación es INSOSTENIBLE y que esa DECLARACIÓN "
      "llegó tarde. Los clientes PROTESTARON ayer.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "INSOSTENIBLE") == nullptr);
  CHECK(FindEntity(ms, "DECLARACIÓN") == nullptr);
  CHECK(FindEntity(ms, "PROTESTARON") == nullptr);
  CHECK(FindEntity(ms, "Tecnovía") != nullptr);
  // Negative: a long acronym that does not end like a Spanish word stays a name.
  auto acr = Names("Según la agencia VELMARX, las ventas de Tecnovía cayeron.", nf::Lang::kEs);
  CHECK(FindEntity(acr, "VELMARX") != nullptr);
}

TEST_CASE("Spanish words in capitals that the text also writes in lower case are emphasis",
          "[entities][names][es]") {
  auto ms = Names(
      "El portero de Tecnovía dijo que ESTO no se repetirá y que NUNCA lo aceptará. El club nunca "
      "cede "
      "un partido, y esto lo sabe el ORVAL, que GANÓ el torneo: el equipo ganó tres veces.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "ESTO") == nullptr);
  CHECK(FindEntity(ms, "NUNCA") == nullptr);
  CHECK(FindEntity(ms, "GANÓ") == nullptr);
  // An acronym the text never writes in lower case stays a name.
  CHECK(FindEntity(ms, "ORVAL") != nullptr);
  CHECK(FindEntity(ms, "Tecnovía") != nullptr);
}

TEST_CASE(
    "Spanish capitalised common nouns after an article that the text also writes in lower case are "
    "no names",
    "[entities][names][es]") {
  auto ms = Names(
      "El municipio de Quivera abrirá en marzo la Ludoteca junto al mercado. Las familias "
      "esperaban la ludoteca desde hace años.",
      nf::Lang::kEs);
  CHECK(FindEntity(ms, "Ludoteca") == nullptr);
  CHECK(FindEntity(ms, "Quivera") != nullptr);
  // Negatives: a name spelled like a common word that stands bare (a subject, after "de") or
  // after a cue noun stays a name.
  auto bare = Names(
      "En los comicios, Avanzamos sumó 14 concejales. Los votos de Avanzamos crecieron, y su "
      "portavoz dijo que avanzamos juntos.",
      nf::Lang::kEs);
  CHECK(FindEntity(bare, "Avanzamos") != nullptr);
  auto cue =
      Names("La aerolínea Gaviota transportó 9.000 pasajeros. Una gaviota se posó en la pista.",
            nf::Lang::kEs);
  CHECK(FindEntity(cue, "Gaviota") != nullptr);
}

TEST_CASE("a surname's O or D prefix joins across its apostrophe", "[entities][names]") {
  // German, with the typographic apostrophe.
  const auto de = Names(
      "Konzernchef Markus O’Kerrigan sagte am Montag, der Umsatz sei um 4 "
      "Prozent gestiegen.",
      nf::Lang::kDe);
  const nf::EntityMention* m = FindEntity(de, "Markus O’Kerrigan");
  REQUIRE(m != nullptr);
  CHECK(m->type == nf::EntityType::kPerson);
  CHECK(FindEntity(de, "Kerrigan") == nullptr);
  // Spanish, with the ASCII apostrophe: one name, not "Damián O" and "Barral".
  const auto es =
      Names("El pívot Damián O'Barral no jugará el sábado, según informó el club.", nf::Lang::kEs);
  bool whole = false;
  for (const nf::EntityMention& x : es) {
    CHECK(x.surface != "Barral");
    whole = whole || x.surface == "Damián O'Barral";
  }
  CHECK(whole);
  // Negatives: a lone initial "D" stays a word of its own (no apostrophe), and an apostrophe
  // after another word or before a lower-case letter joins nothing.
  const auto neg =
      Names("Der Musiker Kralo D sagte, Velmar'kon und O'sorte seien neu.", nf::Lang::kDe);
  for (const nf::EntityMention& x : neg) {
    CHECK(x.surface.find("Velmar'") == std::string::npos);
    CHECK(x.surface.find("O's") == std::string::npos);
  }
}

// Cities (ICU's exemplar cities of the time zones) and first-level regions
// (extract/data/regions.txt) are places in each language, canonical in the text's language.
TEST_CASE("cities and regions from the place lists are places (de es en)", "[entities][names]") {
  auto place = [](const std::vector<nf::EntityMention>& ms, const std::string& name) {
    const nf::EntityMention* m = FindEntity(ms, name);
    return m != nullptr && m->type == nf::EntityType::kPlace;
  };
  const auto de = Names(
      "Taschkent plant Ausgaben von 2 Milliarden Euro für die Vormark GmbH. In Umbrien stieg "
      "die Zahl der Übernachtungen um 7 Prozent.",
      nf::Lang::kDe);
  CHECK(place(de, "Taschkent"));
  CHECK(place(de, "Umbrien"));
  // A region with an exonym ("Occitania", not the ISO "Occitanie") opening a sentence is the
  // place though the model reads it as a name.
  const auto es = Names(
      "Liubliana reservará 2,7 millones para los tranvías de Telvira. Occitania registró un "
      "alza del 6 % en sus ventas de corcho.",
      nf::Lang::kEs);
  CHECK(place(es, "Liubliana"));
  CHECK(place(es, "Occitania"));
  // The model types a city opening a sentence before "said" an organisation: the list makes
  // it the place.
  const auto en = Names("Tbilisi said spending on Norvanta buses rose 4%.", nf::Lang::kEn);
  CHECK(place(en, "Tbilisi"));
}

TEST_CASE("ambiguous names of the place lists stay persons or common words", "[entities][names]") {
  // A city's name that is a man's name ("Stanley", the Falklands' capital) is left out of
  // the list; a person's full name that opens with a listed city's stays the person's
  // ("Darwin Hollis").
  const auto en =
      Names("Stanley Korvin said sales rose 4%. Darwin Hollis said costs fell 2%.", nf::Lang::kEn);
  for (const nf::EntityMention& m : en) CHECK(m.type != nf::EntityType::kPlace);
  const nf::EntityMention* d = FindEntity(en, "Darwin Hollis");
  REQUIRE(d != nullptr);
  CHECK(d->type == nf::EntityType::kPerson);
  // A German common noun that is also a region's German name ("Marken", the Italian Marche)
  // and a spelling of another language ("Roma", Rome in Spanish) are no places in German.
  const auto de = Names(
      "Die Marken des Konzerns legten um 3 Prozent zu. Rund 800 Roma leben in der Siedlung am "
      "Stadtrand.",
      nf::Lang::kDe);
  for (const nf::EntityMention& m : de) CHECK(m.type != nf::EntityType::kPlace);
  // A company with a legal form named after a city is the company.
  const auto firm =
      Names("Die Tiflis Kalvero AG steigerte den Umsatz um 5 Prozent.", nf::Lang::kDe);
  const nf::EntityMention* f = FindEntity(firm, "Tiflis Kalvero AG");
  REQUIRE(f != nullptr);
  CHECK(f->type == nf::EntityType::kOrg);
  CHECK(FindEntity(firm, "Tiflis") == nullptr);
  // A one-word city written alike in de, es and en ("Halifax") is left to the model: a
  // lender of that name stays no place.
  const auto lender =
      Names("Halifax said mortgage approvals at its Norvel unit rose 2% in May.", nf::Lang::kEn);
  for (const nf::EntityMention& m : lender) CHECK(m.type != nf::EntityType::kPlace);
}

// Towns of extract/data/cities.txt (geonames.org via Debian libgeonames0): a figure in the
// sentence of a town its own language names takes the town, not the firm of the sentence
// before, though the model does not know the town's name.
TEST_CASE("towns of the city list take the figures of their own sentence (de es en)",
          "[entities][names][cities]") {
  auto de = nf::testing::FullText(
      "Die Torvelin GmbH baut ein neues Werk. In Pforzheim entstehen dabei 120 Arbeitsplätze.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(de, "120 Arbeitsplätze").entity == "Pforzheim");
  auto es = nf::testing::FullText(
      "La empresa Varquelia abrió una planta. Alcorcón invertirá 3 millones de euros en parques.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(es, "3 millones de euros").entity == "Alcorcón");
  auto en = nf::testing::FullText(
      "Norvanta Ltd opened a plant. Swindon will add 200 jobs at the site.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(en, "200 jobs").entity == "Swindon");
  CHECK(FindEntity(Names("Swindon will add 200 jobs.", nf::Lang::kEn), "Swindon")->type ==
        nf::EntityType::kPlace);
}

TEST_CASE("town names that are common words stay none (de es en)", "[entities][names][cities]") {
  // English: a town named like a common word of the language's word list ("Mobile") is no
  // place in that language's texts.
  auto en = nf::testing::FullText(
      "Norvanta Ltd opened a plant. Mobile gaming revenue rose 5% in May.", nf::Lang::kEn);
  CHECK(nf::testing::FigureWith(en, "5%").entity != "Mobile");
  for (const nf::EntityMention& m : Names("Mobile gaming revenue rose 5% in May.", nf::Lang::kEn)) {
    CHECK(m.type != nf::EntityType::kPlace);
  }
  // Spanish: a town named like a surname the word list holds ("García") stays the person.
  for (const nf::EntityMention& m :
       Names("Según García, las ventas de Varquelia subieron un 4 %.", nf::Lang::kEs)) {
    CHECK(m.type != nf::EntityType::kPlace);
  }
  // German: a town's name after an article is the common noun ("eine Rosette"), also after
  // an article capitalised at the sentence's start ("Der Hagen").
  auto de = nf::testing::FullText(
      "Die Orlanda Bau AG restauriert Kapellen. Über dem Portal sitzt eine Rosette mit 14 "
      "Speichen.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(de, "14 Speichen").entity != "Rosette");
  auto initial = nf::testing::FullText(
      "Die Orlanda Bau AG restauriert Kapellen. Der Hagen hinter der Kapelle zählt 9 Eichen.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(initial, "9 Eichen").entity != "Hagen");
  // Negative: the town itself after a preposition is the town.
  auto town = nf::testing::FullText(
      "Die Orlanda Bau AG restauriert Kapellen. In Hagen warten 6 Kapellen auf neue Dächer.",
      nf::Lang::kDe);
  CHECK(nf::testing::FigureWith(town, "6 Kapellen").entity == "Hagen");
}

// A courtesy title right before a town's name makes it a person's name, not the place.
TEST_CASE("a courtesy title before a town's name makes it a person (de es en)",
          "[entities][names][cities]") {
  auto place_of = [](const std::string& text, nf::Lang lang, const std::string& name) {
    const std::vector<nf::EntityMention> ms = Names(text, lang);
    const nf::EntityMention* m = FindEntity(ms, name);
    return m != nullptr && m->type == nf::EntityType::kPlace;
  };
  CHECK_FALSE(place_of("Herr Velbert sagte, der Umsatz sei um 7 Prozent gewachsen.", nf::Lang::kDe,
                       "Velbert"));
  CHECK_FALSE(place_of("Mrs Telford said sales grew 6% in the quarter.", nf::Lang::kEn, "Telford"));
  CHECK_FALSE(place_of("Mr. Telford said sales grew 6% in the quarter.", nf::Lang::kEn, "Telford"));
  CHECK_FALSE(
      place_of("Según la señora Leganés, las ventas crecieron un 8 %.", nf::Lang::kEs, "Leganés"));
  // Negative: the town without a title, and a title ending the sentence before it.
  CHECK(place_of("In Velbert entstehen 7 neue Firmen.", nf::Lang::kDe, "Velbert"));
  CHECK(place_of("Er reiste mit seiner Frau. Velbert meldete 7 neue Firmen.", nf::Lang::kDe,
                 "Velbert"));
}

// Spanish: a town takes no article, a club, a bank or a paper named after it does ("el Getafe
// ganó"): after "el", "del" or "al" a town's name is the organisation's.
TEST_CASE("a town after el del al is the club named after it (es)", "[entities][names][cities]") {
  auto type_of = [](const std::string& text, const std::string& name) {
    const std::vector<nf::EntityMention> ms = Names(text, nf::Lang::kEs);
    const nf::EntityMention* m = FindEntity(ms, name);
    return m == nullptr ? nf::EntityType::kProduct : m->type;
  };
  CHECK(type_of("El Getafe fichó a dos delanteros por 9 millones de euros.", "Getafe") !=
        nf::EntityType::kPlace);
  CHECK(type_of("Los socios del Fuenlabrada aprobaron un presupuesto de 4 millones.",
                "Fuenlabrada") != nf::EntityType::kPlace);
  CHECK(type_of("Tras vencer al Móstoles, el equipo sumó 31 puntos.", "Móstoles") !=
        nf::EntityType::kPlace);
  auto es = nf::testing::FullText(
      "La constructora Varquelia abrió una oficina. El Getafe ingresó 12 millones de euros por "
      "traspasos.",
      nf::Lang::kEs);
  CHECK(nf::testing::FigureWith(es, "12 millones de euros").entity == "Getafe");
  // Negative: the town after a preposition.
  CHECK(type_of("En Getafe se abrirán 4 comercios nuevos.", "Getafe") == nf::EntityType::kPlace);
}

// A town's one-word name that the text also writes right after a given name is that
// person's surname, in every language ("Gloria Leganés … Leganés dijo").
TEST_CASE("a town's name written after a given name is that person's surname (es en)",
          "[entities][names][cities]") {
  const auto es = Names(
      "La directora Gloria Leganés presentó el plan de Varquelia. Según Leganés, las ventas "
      "subieron un 6 %.",
      nf::Lang::kEs);
  for (const nf::EntityMention& m : es) {
    if (m.surface == "Leganés") CHECK(m.type == nf::EntityType::kPerson);
  }
  const auto en =
      Names("Analyst Martha Preston follows Norvanta Ltd. Preston said margins fell 3% this year.",
            nf::Lang::kEn);
  for (const nf::EntityMention& m : en) {
    if (m.surface == "Preston") CHECK(m.type == nf::EntityType::kPerson);
  }
  // Negative: a given name before the town inside a longer name ("Irene Preston Trust") and
  // the town alone stay the town.
  const auto trust =
      Names("The Irene Preston Trust gave 5% more. In Preston, 40 homes were built last year.",
            nf::Lang::kEn);
  bool place = false;
  for (const nf::EntityMention& m : trust) {
    place = place || (m.surface == "Preston" && m.type == nf::EntityType::kPlace);
  }
  CHECK(place);
}

// A town's name inside a longer name stays inside it: the two-word town ("Wiener Neustadt") is
// the place, not the one word of it another town has.
TEST_CASE("a town inside a longer name stays inside it", "[entities][names][cities]") {
  const auto de = Names("In Wiener Neustadt wurden 40 Wohnungen gebaut.", nf::Lang::kDe);
  const nf::EntityMention* m = FindEntity(de, "Wiener Neustadt");
  REQUIRE(m != nullptr);
  CHECK(m->type == nf::EntityType::kPlace);
  CHECK(FindEntity(de, "Neustadt") == nullptr);
}

// A one-word region written alike in de, es and en (no exonym) is a place only where the
// model knows the word and scores it a place above all else: an unknown word is as often a
// firm's or a surname, and such a name never beats the model's organisation label.
TEST_CASE("a one-word region without an exonym needs the model's place reading",
          "[entities][names]") {
  auto no_place = [](const std::vector<nf::EntityMention>& ms, const std::string& name) {
    const nf::EntityMention* m = FindEntity(ms, name);
    return m == nullptr || m->type != nf::EntityType::kPlace;
  };
  // Listed regions the model does not know as places: a fund's spokesman, a firm.
  const auto en = Names(
      "Rivers said the Kalvaro fund lost 4% last year. Unity cut 300 jobs at its Dormel "
      "studio, the software maker said.",
      nf::Lang::kEn);
  CHECK(no_place(en, "Rivers"));
  CHECK(no_place(en, "Unity"));
  const auto es =
      Names("Herrera afirmó que la inversión de Corvalia de 12 millones de euros es insuficiente.",
            nf::Lang::kEs);
  CHECK(no_place(es, "Herrera"));
}

// A one-word city or region written alike in de, es and en, and a German-speaking
// country's region in German texts, is a place only where the model does not read the word
// as an organisation: a team, a club or a firm named after the place stays the organisation.
// Each language's control: the same word where the model reads a place is the place.
TEST_CASE("a one-word place written alike never beats the model's organisation label",
          "[entities][names]") {
  auto type_of = [](const std::vector<nf::EntityMention>& ms, const std::string& name) {
    const nf::EntityMention* m = FindEntity(ms, name);
    return m == nullptr ? std::string("none") : std::string(nf::EntityTypeName(m->type));
  };
  // A team named after the city.
  CHECK(type_of(Names("The Cremona team spent 12 million dollars on two strikers.", nf::Lang::kEn),
                "Cremona") == "org");
  CHECK(type_of(Names("Rents in Cremona rose 3% last year.", nf::Lang::kEn), "Cremona") == "place");
  // A listed company's shareholders.
  CHECK(type_of(Names("Los accionistas de Sukhothai cobrarán un dividendo de 0,4 euros por acción.",
                      nf::Lang::kEs),
                "Sukhothai") == "org");
  CHECK(type_of(Names("En Sukhothai el paro bajó un 3% en mayo.", nf::Lang::kEs), "Sukhothai") ==
        "place");
  // "bei Bayern": at the club.
  CHECK(type_of(Names("Bei Bayern verdient der Stürmer künftig 15 Millionen Euro im Jahr.",
                      nf::Lang::kDe),
                "Bayern") == "org");
  CHECK(type_of(Names("In Bayern stiegen die Mieten um 3 Prozent.", nf::Lang::kDe), "Bayern") ==
        "place");
}

// A city's or region's entity is the text's own spelling when it is one of the place's
// spellings in the text's language; a German genitive -s is dropped.
TEST_CASE("a listed place keeps the text's own spelling", "[entities][names]") {
  const auto es =
      Names("En Girona el paro bajó un 3% y en Ourense subió un 2% en marzo.", nf::Lang::kEs);
  const nf::EntityMention* g = FindEntity(es, "Girona");
  REQUIRE(g != nullptr);
  CHECK(g->type == nf::EntityType::kPlace);
  const nf::EntityMention* o = FindEntity(es, "Ourense");
  REQUIRE(o != nullptr);
  CHECK(o->type == nf::EntityType::kPlace);
  CHECK(FindEntity(es, "Gerona") == nullptr);
  CHECK(FindEntity(es, "Orense") == nullptr);
  const auto de = Names("Niedersachsens Exporte nach Übersee stiegen um 4 Prozent.", nf::Lang::kDe);
  const nf::EntityMention* n = FindEntity(de, "Niedersachsen");
  REQUIRE(n != nullptr);
  CHECK(n->type == nf::EntityType::kPlace);
  CHECK(FindEntity(de, "Niedersachsens") == nullptr);
}

// A longer place name the model reads as one is not cut at a listed city or region inside
// it; a country's name still ends the span.
TEST_CASE("a longer place name is not split at a listed place inside it", "[entities][names]") {
  const auto en = Names(
      "Home prices in the East Midlands rose by 4% last year. Office rents in Greater London "
      "fell 2% as Dravik Estates cut its prices.",
      nf::Lang::kEn);
  const nf::EntityMention* m = FindEntity(en, "East Midlands");
  REQUIRE(m != nullptr);
  CHECK(m->type == nf::EntityType::kPlace);
  CHECK(FindEntity(en, "Midlands") == nullptr);
  const nf::EntityMention* gl = FindEntity(en, "Greater London");
  REQUIRE(gl != nullptr);
  CHECK(gl->type == nf::EntityType::kPlace);
  CHECK(FindEntity(en, "London") == nullptr);
  const auto es =
      Names("Las ventas de Corvalia en América Latina crecieron un 8% en el año.", nf::Lang::kEs);
  const nf::EntityMention* a = FindEntity(es, "América Latina");
  REQUIRE(a != nullptr);
  CHECK(a->type == nf::EntityType::kPlace);
  CHECK(FindEntity(es, "Latina") == nullptr);
}

// iso-codes leaves the regions of Germany, Austria and Switzerland untranslated: a one-word
// name of theirs the model does not know as a place is still the place in German texts.
TEST_CASE("a German-speaking country's region is a place in German texts", "[entities][names]") {
  auto place = [](const std::vector<nf::EntityMention>& ms, const std::string& name) {
    const nf::EntityMention* m = FindEntity(ms, name);
    return m != nullptr && m->type == nf::EntityType::kPlace;
  };
  const auto de = Names(
      "Der Verband der Holmtaler Bäcker meldete für Kärnten ein Umsatzminus von 6 Prozent, "
      "für das Burgenland von 2 Prozent. Oberösterreich verbuchte ein Plus von 3 Prozent.",
      nf::Lang::kDe);
  CHECK(place(de, "Kärnten"));
  CHECK(place(de, "Burgenland"));
  CHECK(place(de, "Oberösterreich"));
  // Negative: a Spanish-speaking country's region written alike in the three languages
  // stays left to the model in Spanish texts (a surname).
  const auto es =
      Names("Herrera afirmó que la inversión de Corvalia de 12 millones de euros es insuficiente.",
            nf::Lang::kEs);
  const nf::EntityMention* h = FindEntity(es, "Herrera");
  CHECK((h == nullptr || h->type != nf::EntityType::kPlace));
}

// A German-speaking country's region name copied untranslated into the Spanish and English
// columns names the place in German texts only: in English or Spanish it is a club's or a
// firm's.
TEST_CASE("an untranslated German region name is no place in English or Spanish",
          "[entities][names]") {
  auto no_place = [](const std::vector<nf::EntityMention>& ms, const std::string& name) {
    const nf::EntityMention* m = FindEntity(ms, name);
    return m == nullptr || m->type != nf::EntityType::kPlace;
  };
  const auto en = Names("Tirol said its revenue rose 4% to 80 million euros.", nf::Lang::kEn);
  CHECK(no_place(en, "Tirol"));
  const auto es =
      Names("El Tirol ganó 37 millones de euros más que el año anterior.", nf::Lang::kEs);
  CHECK(no_place(es, "Tirol"));
  // The same name in a German text is the place.
  const auto de = Names("In Tirol sank die Zahl der Nächtigungen um 5 Prozent.", nf::Lang::kDe);
  const nf::EntityMention* t = FindEntity(de, "Tirol");
  REQUIRE(t != nullptr);
  CHECK(t->type == nf::EntityType::kPlace);
}

// A one-word listed place that the next capitalised word continues into one name is not
// made the place ("Tirol Logistik" is a firm); a German common noun after a lower-case word
// does not continue it ("dass in Bayern Firmen").
TEST_CASE("a listed place continued by a capitalised word is no place", "[entities][names]") {
  auto no_place = [](const std::vector<nf::EntityMention>& ms, const std::string& name) {
    for (const nf::EntityMention& m : ms) {
      if (m.surface.starts_with(name) && m.type == nf::EntityType::kPlace) return false;
    }
    return true;
  };
  const auto de = Names(
      "Tirol Logistik meldet 12 Prozent mehr Transporte. Hessen Kurier meldet 3 Prozent mehr "
      "Abonnenten.",
      nf::Lang::kDe);
  CHECK(no_place(de, "Tirol"));
  CHECK(no_place(de, "Hessen"));
  const auto noun = Names(
      "Weil in Bayern Firmen schließen, sank die Zahl der Stellen um 4 Prozent.", nf::Lang::kDe);
  const nf::EntityMention* b = FindEntity(noun, "Bayern");
  REQUIRE(b != nullptr);
  CHECK(b->type == nf::EntityType::kPlace);
  // A place name that really ends in s keeps it in German ("Los Angeles" is no genitive).
  const auto la = Names("Die Ausgaben von Los Angeles stiegen um 4 Prozent.", nf::Lang::kDe);
  const nf::EntityMention* l = FindEntity(la, "Los Angeles");
  REQUIRE(l != nullptr);
  CHECK(l->type == nf::EntityType::kPlace);
  CHECK(FindEntity(la, "Los Angele") == nullptr);
}

TEST_CASE("a person's name goes on across a surname particle", "[entities][names][particle]") {
  auto person = [](const std::vector<nf::EntityMention>& ms, const std::string& name) {
    const nf::EntityMention* m = FindEntity(ms, name);
    return m != nullptr && m->type == nf::EntityType::kPerson && m->surface == name;
  };
  // German: capitalised and lower-case particles, two-word ones, "von" after a given name.
  const auto de = Names(
      "Der Politiker Markus Van der Holten erhielt 12 Prozent der Stimmen. Trainer Jonas De "
      "Varlo sagte, der Verein habe 40 Millionen Euro ausgegeben. Ministerin Ilse von der "
      "Marten nannte 15 Prozent.",
      nf::Lang::kDe);
  CHECK(person(de, "Markus Van der Holten"));
  CHECK(person(de, "Jonas De Varlo"));
  CHECK(person(de, "Ilse von der Marten"));
  // English: "Le", "da" and "de" between a given name and the surname.
  const auto en = Names(
      "President Paulo Ramires da Lourenha pledged $30m. Analyst Pieter Le Marou said sales rose "
      "5%. Spokesman Tobias de Lurven declined to comment on the $4m deal.",
      nf::Lang::kEn);
  CHECK(person(en, "Paulo Ramires da Lourenha"));
  CHECK(person(en, "Pieter Le Marou"));
  CHECK(person(en, "Tobias de Lurven"));
  // Spanish: "d'" glued to the surname.
  const auto es = Names("El barón Henri d'Aubrelle pagó 300 euros por el cuadro.", nf::Lang::kEs);
  CHECK(person(es, "Henri d'Aubrelle"));
  // Not a preposition before another body: German "von (der)" after a full name or after a
  // word that is no given name.
  const auto from = Names(
      "Der Sprecher Karl Pohlmann von der Kralbank nannte 5 Prozent. Ein Abgeordneter von "
      "Bündnis Nord nannte 7 Prozent.",
      nf::Lang::kDe);
  for (const nf::EntityMention& m : from) {
    INFO(m.surface);
    CHECK(m.surface.find(" von ") == std::string::npos);
  }
}

TEST_CASE("a surname that opens with Van der names the person written in full before",
          "[entities][names][particle]") {
  const auto de = Names(
      "Der Ökonom Markus Van der Holten legte am Montag einen Plan vor. Laut Van der "
      "Holtens Büro gehe es um Ersparnisse. Demnach will Van der Holten 3,5 Millionen Euro "
      "einsparen.",
      nf::Lang::kDe);
  size_t alone = 0;
  for (const nf::EntityMention& m : de) {
    INFO(m.surface);
    CHECK(m.surface != "Van");
    if (m.surface.starts_with("Van der Holten")) {
      ++alone;
      CHECK(m.entity == "Markus Van der Holten");
      CHECK(m.type == nf::EntityType::kPerson);
    }
  }
  CHECK(alone == 2);
  // Two persons with that surname: the surname alone names neither; a sentence's "Von der
  // …" opens no name.
  const auto two = Names(
      "Markus Van der Holten und Petra Van der Holten nannten 4 Prozent. Danach sagte Van der "
      "Holten, es seien 5 Prozent. Von der Kralbank kamen 6 Prozent.",
      nf::Lang::kDe);
  for (const nf::EntityMention& m : two) {
    INFO(m.surface);
    if (m.surface == "Van der Holten") CHECK(m.entity == "Van der Holten");
    CHECK(!m.surface.starts_with("Von"));
  }
}

TEST_CASE("a Spanish institution's name goes on across a capitalised article",
          "[entities][names][particle]") {
  const auto es = Names(
      "El Hospital La Fuentecilla atendió a 150 pacientes y la Universidad Los Robles tiene "
      "20.000 alumnos.",
      nf::Lang::kEs);
  for (const char* name : {"Hospital La Fuentecilla", "Universidad Los Robles"}) {
    INFO(name);
    const nf::EntityMention* m = FindEntity(es, name);
    REQUIRE(m != nullptr);
    CHECK(m->type == nf::EntityType::kOrg);
  }
  // Spanish "La" after a given name is the article, no surname's particle.
  const auto article = Names("Según Marco La Brisa cerró con 40 empleados.", nf::Lang::kEs);
  CHECK(FindEntity(article, "Marco La Brisa") == nullptr);
}

TEST_CASE("a German particle before a common noun opens or continues no name",
          "[entities][names][particle]") {
  // "da" the adverb, "Von den/der" opening a clause, "von der/den" + a body after a given name:
  // the word after the particle is a common noun, so no surname follows.
  const auto de = Names(
      "Dass Lukas da Glück hatte, zeigen 14 Prozent. Weil Brandtner da Zweifel hat, fehlen 6 "
      "Millionen Euro. Bilanz: Von den Sparkassen kamen 9 Milliarden Euro. Sie sagte: \u201eVon "
      "der Stadt erwarten wir 4 Prozent.\u201c Ein Sprecher sagte, Martin von der Feuerwehr habe "
      "200 Euro bekommen. Laut Stefan von den Stadtwerken stieg der Umsatz um 3 Prozent.",
      nf::Lang::kDe);
  for (const nf::EntityMention& m : de) {
    INFO(m.surface);
    CHECK(m.surface.find(" da ") == std::string::npos);
    CHECK(!m.surface.starts_with("Von"));
    CHECK(m.surface.find(" von ") == std::string::npos);
  }
  // A surname after the particle still joins.
  const auto name =
      Names("Laut Stefan von der Kralten stieg der Umsatz um 3 Prozent.", nf::Lang::kDe);
  const nf::EntityMention* m = FindEntity(name, "Stefan von der Kralten");
  REQUIRE(m != nullptr);
  CHECK(m->type == nf::EntityType::kPerson);
}

TEST_CASE("a Van der name after a company cue noun is an organisation",
          "[entities][names][particle]") {
  const auto de = Names(
      "Die Reederei Van der Molt meldete ein Plus von 8 Prozent. Der Ökonom Markus Van der "
      "Holten nannte 2 Prozent.",
      nf::Lang::kDe);
  const nf::EntityMention* firm = FindEntity(de, "Van der Molt");
  REQUIRE(firm != nullptr);
  CHECK(firm->type == nf::EntityType::kOrg);
  const nf::EntityMention* person = FindEntity(de, "Markus Van der Holten");
  REQUIRE(person != nullptr);
  CHECK(person->type == nf::EntityType::kPerson);
}

namespace {

// Gazetteer mentions and the tagger's names in text order, then PlaceCompanyNamesEn (as the
// Extractor runs them for English).
std::vector<nf::EntityMention> NamesWithPlaceCompaniesEn(const std::string& text) {
  static const nf::EntityMatcher matcher(nf::Gazetteer::Default());
  std::vector<nf::EntityMention> known, found;
  matcher.Find(text, nf::Lang::kEn, nf::Field::kBody, &known);
  nf::NameTagger::Default().Find(text, nf::Lang::kEn, nf::Field::kBody, known, &found);
  std::vector<nf::EntityMention> all = known;
  for (nf::EntityMention& m : found) all.push_back(std::move(m));
  std::stable_sort(
      all.begin(), all.end(),
      [](const nf::EntityMention& a, const nf::EntityMention& b) { return a.start < b.start; });
  nf::PlaceCompanyNamesEn(text, all, 0);
  return all;
}

}  // namespace

TEST_CASE("an English gazetteer place opens the company name the tagger found after it",
          "[entities][names][places]") {
  const auto ms = NamesWithPlaceCompaniesEn(
      "Freight group Malaysia Tormund Oil said profits rose 12%. The Taiwan Fjellmark Bank "
      "lent $40m to farmers. The Singapore Quarrow Council spent £5m on roads.");
  for (const char* name :
       {"Malaysia Tormund Oil", "Taiwan Fjellmark Bank", "Singapore Quarrow Council"}) {
    const nf::EntityMention* m = FindEntity(ms, name);
    REQUIRE(m != nullptr);
    CHECK(m->type == nf::EntityType::kOrg);
  }
  CHECK(FindEntity(ms, "Tormund Oil") == nullptr);
  CHECK(FindEntity(ms, "Fjellmark Bank") == nullptr);
}

TEST_CASE("an English place stays the place before a comma or a person's name",
          "[entities][names][places]") {
  const auto ms = NamesWithPlaceCompaniesEn(
      "In Malaysia, Tormund Oil sold 30% of its wells. In Japan Kelso Varrin said output fell "
      "6%.");
  const nf::EntityMention* malaysia = FindEntity(ms, "Malaysia");
  REQUIRE(malaysia != nullptr);
  CHECK(malaysia->type == nf::EntityType::kPlace);
  const nf::EntityMention* japan = FindEntity(ms, "Japan");
  REQUIRE(japan != nullptr);
  CHECK(japan->type == nf::EntityType::kPlace);
  CHECK(FindEntity(ms, "Japan Kelso Varrin") == nullptr);
}

TEST_CASE("a German company noun before a name with a legal form is not part of the name",
          "[entities][names][legalform]") {
  // The legal form types the words before it as one organisation, but not a listed company
  // noun in front of them ("die Tochter X GmbH", "die Firma X AG").
  const auto de = Names(
      "Ab Herbst beliefert die Tochter Quenstal Logistik GmbH die Märkte im Allgäu. Den "
      "Zuschlag für die neue Halle erhielt die Firma Ebrintek Bau AG aus Passau.",
      nf::Lang::kDe);
  for (const char* name : {"Quenstal Logistik GmbH", "Ebrintek Bau AG"}) {
    INFO(name);
    const nf::EntityMention* m = FindEntity(de, name);
    REQUIRE(m != nullptr);
    CHECK(m->type == nf::EntityType::kOrg);
  }
  for (const nf::EntityMention& m : de) {
    INFO(m.surface);
    CHECK(!m.surface.starts_with("Tochter"));
    CHECK(!m.surface.starts_with("Firma"));
  }
  // Negatives: a compound with a cue suffix heads the name ("-gesellschaft"), and a bank's
  // noun opens its name ("Bank Kralmont AG").
  const auto own = Names(
      "Im Sommer senkte die Hafengesellschaft Kralmünde GmbH die Liegegebühren um 4 Prozent. "
      "Die Bädergesellschaft Tannried GmbH öffnet vier Freibäder erst im Juni.",
      nf::Lang::kDe);
  for (const char* name : {"Hafengesellschaft Kralmünde GmbH", "Bädergesellschaft Tannried GmbH"}) {
    INFO(name);
    CHECK(FindEntity(own, name) != nullptr);
  }
  CHECK(FindEntity(own, "Kralmünde GmbH") == nullptr);
  CHECK(FindEntity(own, "Tannried GmbH") == nullptr);
  const auto bank = Names("Die Bank Kralmont AG wuchs um 3 Prozent.", nf::Lang::kDe);
  CHECK(FindEntity(bank, "Bank Kralmont AG") != nullptr);
}
