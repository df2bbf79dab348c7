// Attribution error classes of issue 11 (bullet 2), one case per class and language, with
// invented names: hand-built figures and hand-typed mentions (so the cases test the
// attribution rules, not the name tagger), and the article-level mention passes
// (HarmonizeEntityTypes, JoinNamesWithPlaces). Negative cases keep the right entity.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "extract/attribution.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"

namespace nf = newsfacts::extract;

namespace {

using T = nf::EntityType;

struct Spec {
  std::string surface;  // located in the text (k-th occurrence)
  nf::FigureKind kind = nf::FigureKind::kMoney;
  int occurrence = 0;
  std::string unit = {};  // the counted noun the figure finder would give ("" = none)
};

struct Ment {
  // `{"Voltaro"}`, `{"Voltaro", T::kPerson}`, `{"Voltaro", T::kOrg, "Voltaro AG", 1}`.
  // NOLINTNEXTLINE(google-explicit-constructor): brace lists of mentions stay short
  Ment(std::string s, T t = T::kOrg, std::string e = "", int occ = 0)
      : surface(std::move(s)), type(t), entity(std::move(e)), occurrence(occ) {}
  std::string surface;  // located in the text (k-th occurrence)
  T type;
  std::string entity;  // "" = the surface
  int occurrence;
};

size_t Locate(const std::string& text, const std::string& s, int occurrence) {
  size_t at = text.find(s);
  for (int k = 0; k < occurrence && at != std::string::npos; ++k) at = text.find(s, at + 1);
  REQUIRE(at != std::string::npos);
  return at;
}

std::vector<nf::EntityMention> Mentions(const std::string& text, const std::vector<Ment>& ms) {
  std::vector<nf::EntityMention> out;
  for (const Ment& m : ms) {
    nf::EntityMention e;
    e.start = static_cast<uint32_t>(Locate(text, m.surface, m.occurrence));
    e.end = static_cast<uint32_t>(e.start + m.surface.size());
    e.surface = m.surface;
    e.entity = m.entity.empty() ? m.surface : m.entity;
    e.type = m.type;
    out.push_back(e);
  }
  std::sort(out.begin(), out.end(), [](const nf::EntityMention& a, const nf::EntityMention& b) {
    return a.start < b.start;
  });
  return out;
}

// Attributes the figures `specs` of `text` with the hand-typed mentions `ms`; `topic` (an
// entity of `ms`, "" = none) is passed as the article's topic.
std::vector<nf::Figure> Run(const std::string& text, nf::Lang lang, const std::vector<Spec>& specs,
                            const std::vector<Ment>& ms, const std::string& topic = "") {
  std::vector<nf::Figure> figs;
  for (const Spec& s : specs) {
    nf::Figure f;
    f.kind = s.kind;
    f.start = static_cast<uint32_t>(Locate(text, s.surface, s.occurrence));
    f.end = static_cast<uint32_t>(f.start + s.surface.size());
    f.surface = s.surface;
    f.unit = s.unit;
    figs.push_back(f);
  }
  std::vector<nf::EntityMention> mentions = Mentions(text, ms);
  const nf::EntityMention* t = nullptr;
  for (const nf::EntityMention& m : mentions) {
    if (!topic.empty() && m.entity == topic) t = &m;
  }
  nf::Attribute(text, lang, std::span<const nf::EntityMention>(mentions), nf::Gazetteer::Default(),
                std::span<nf::Figure>(figs), t);
  for (const nf::Figure& f : figs) {
    if (!f.entity_surface.empty()) {
      // The evidence points at the mention in the text.
      CHECK(text.substr(f.entity_start, f.entity_end - f.entity_start) == f.entity_surface);
    }
  }
  return figs;
}

constexpr auto kMoney = nf::FigureKind::kMoney;
constexpr auto kPercent = nf::FigureKind::kPercent;
constexpr auto kCount = nf::FigureKind::kCount;
constexpr auto kDe = nf::Lang::kDe;
constexpr auto kEs = nf::Lang::kEs;
constexpr auto kEn = nf::Lang::kEn;

}  // namespace

// ---- Mention types agree within an article (HarmonizeEntityTypes).

TEST_CASE("types: a name tagged ORG once is an organisation everywhere (en, de)",
          "[attribution][types]") {
  const std::string body =
      "Voltaro said sales rose. Voltaro expects more. Analysts praised Voltaro and Brightwater.";
  auto ms = Mentions(body, {{"Voltaro", T::kPerson},
                            {"Voltaro", T::kOrg, "", 1},
                            {"Voltaro", T::kPerson, "", 2},
                            {"Brightwater", T::kOrg}});
  nf::HarmonizeEntityTypes(ms, "", body);
  for (const nf::EntityMention& m : ms) CHECK(m.type == T::kOrg);

  const std::string de = "Kralinger legte Zahlen vor. Später sprach Kralinger von Wachstum.";
  auto md = Mentions(de, {{"Kralinger", T::kPerson}, {"Kralinger", T::kOrg, "", 1}});
  nf::HarmonizeEntityTypes(md, "", de);
  CHECK(md[0].type == T::kOrg);
}

TEST_CASE("types en: a name typed place that the text writes as a company is an organisation",
          "[attribution][types][en]") {
  // A possessive before what only a company has, a company noun before the name, a firm's
  // staff "at" it, an apposition ending in a company noun.
  for (const std::string body : {"Sales at Kelford rose. Kelford's chief executive said so.",
                                 "Sales at Kelford rose, said City consultancy Kelford.",
                                 "Sales at Kelford rose, said Ann Lee, an analyst at Kelford.",
                                 "Kelford, Ruritania's third-biggest software firm, grew."}) {
    INFO(body);
    auto ms = Mentions(body, {{"Kelford", T::kPlace}});
    if (body.find("Kelford", ms[0].end) != std::string::npos) {
      ms = Mentions(body, {{"Kelford", T::kPlace}, {"Kelford", T::kPlace, "", 1}});
    }
    nf::HarmonizeEntityTypes(ms, "", body, nf::Lang::kEn);
    for (const nf::EntityMention& m : ms) CHECK(m.type == T::kOrg);
  }
  // Negatives: a place's use ("prosecutors in Kelford"), a country's apposition, a longer
  // name after a company noun, a firm named after the place "at".
  for (const std::string body :
       {"Prosecutors in Kelford met. Kelford's chief executive was there.",
        "Kelford, the world's biggest gas producer, grew. Kelford gained.",
        "State oil company Kelford National Petroleum grew. Kelford gained.",
        "An executive at Kelford insurance firm Brelland spoke. Kelford gained.",
        "In Kelford, the firm sold 300 cars. Kelford gained."}) {
    INFO(body);
    auto ms = Mentions(body, {{"Kelford", T::kPlace}, {"Kelford", T::kPlace, "", 1}});
    nf::HarmonizeEntityTypes(ms, "", body, nf::Lang::kEn);
    for (const nf::EntityMention& m : ms) CHECK(m.type == T::kPlace);
  }
}

TEST_CASE("types en: a full name typed person that the text writes as a company is an organisation",
          "[attribution][types][en]") {
  // A firm named after its founder: "which", a possessive before what only a firm has, "its"
  // after a short verb phrase, a company noun before the name, an apposition ending in a
  // company noun.
  for (const std::string body :
       {"Sales rose at Brenna Colt. Brenna Colt, which floated in 1990, grew.",
        "Sales rose at Brenna Colt. Brenna Colt's shares fell 5%.",
        "Sales rose at Brenna Colt. Brenna Colt has trimmed its dividend.",
        "Sales rose at Brenna Colt, said housing firm Brenna Colt.",
        "Sales rose at Brenna Colt. Brenna Colt, Ruritania's biggest insurance firm, grew."}) {
    INFO(body);
    auto ms = Mentions(body, {{"Brenna Colt", T::kPerson}, {"Brenna Colt", T::kPerson, "", 1}});
    nf::HarmonizeEntityTypes(ms, "", body, nf::Lang::kEn);
    for (const nf::EntityMention& m : ms) CHECK(m.type == T::kOrg);
  }
  // Negatives: a person's use wins (a title, "who", "his", a role or relation in the
  // apposition), and nothing said of the name keeps the person.
  for (const std::string body :
       {"Ms Brenna Colt left. Brenna Colt's shares fell 5%.",
        "Brenna Colt, who floated the firm, left. Brenna Colt said its sales rose.",
        "Brenna Colt said his firm grew. Brenna Colt said its sales rose.",
        "Brenna Colt, the founder of the group, left. Brenna Colt said its sales rose.",
        "Brenna Colt, chairman of the firm, left. Brenna Colt said its sales rose.",
        "Sales rose, Brenna Colt said. Brenna Colt left."}) {
    INFO(body);
    auto ms = Mentions(body, {{"Brenna Colt", T::kPerson}, {"Brenna Colt", T::kPerson, "", 1}});
    nf::HarmonizeEntityTypes(ms, "", body, nf::Lang::kEn);
    for (const nf::EntityMention& m : ms) CHECK(m.type == T::kPerson);
  }
}

TEST_CASE("types en: its after a person's name that another firm precedes keeps the person",
          "[attribution][types][en]") {
  // "its" points back to the firm named before, not to the person.
  const std::string body =
      "Dorvan Group's sales fell 4% to $70m. Pia Lorne expects its sales to grow 8% next year.";
  auto ms = Mentions(body, {{"Dorvan Group", T::kOrg}, {"Pia Lorne", T::kPerson}});
  nf::HarmonizeEntityTypes(ms, "", body, nf::Lang::kEn);
  CHECK(ms[1].type == T::kPerson);
  // Negative: with no firm named before, "its" still makes a company of the name.
  const std::string alone = "Pia Lorne expects its sales to grow 8% next year.";
  auto ns = Mentions(alone, {{"Pia Lorne", T::kPerson}});
  nf::HarmonizeEntityTypes(ns, "", alone, nf::Lang::kEn);
  CHECK(ns[0].type == T::kOrg);
}

TEST_CASE("types en: a headline's first common word that the body never writes is no name",
          "[attribution][types][en]") {
  const std::string title = "Gloom grips Kelford lenders";
  auto titled = [&](std::vector<Ment> ms) {
    auto out = Mentions(title, ms);
    for (nf::EntityMention& m : out) m.field = nf::Field::kTitle;
    return out;
  };
  auto ms = titled({{"Gloom"}, {"Kelford", T::kPlace}});
  nf::DropHeadlineWordEn("Lenders in Kelford lost 300 jobs, the union said.", &ms);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].entity == "Kelford");
  // Negatives: a name the body writes too (also before "'s"), a place, an acronym.
  for (const std::string body :
       {"Gloom said its lenders lost 300 jobs.", "Gloom's lenders lost."}) {
    INFO(body);
    auto mb = titled({{"Gloom"}, {"Kelford", T::kPlace}});
    nf::DropHeadlineWordEn(body, &mb);
    CHECK(mb.size() == 2);
  }
  const std::string body = "Lenders lost 300 jobs, the union said.";
  auto mp = titled({{"Gloom", T::kPlace}});
  nf::DropHeadlineWordEn(body, &mp);
  CHECK(mp.size() == 1);
  const std::string acronym_title = "GRK grips Kelford lenders";
  auto ma = Mentions(acronym_title, {{"GRK"}});
  ma[0].field = nf::Field::kTitle;
  nf::DropHeadlineWordEn(body, &ma);
  CHECK(ma.size() == 1);
}

TEST_CASE(
    "types: a full name typed person once is a person everywhere, and its surname typed "
    "org is that person, but a surname two persons share stays as it was (all languages)",
    "[attribution][types]") {
  const std::string es =
      "La presidenta Amalia Verduzco habló ayer. Amalia Verduzco dijo que Verduzco y Ondamar "
      "invertirán.";
  auto ms = Mentions(es, {{"Amalia Verduzco", T::kPerson},
                          {"Amalia Verduzco", T::kOrg, "", 1},
                          {"Verduzco", T::kOrg, "", 2},
                          {"Ondamar", T::kOrg}});
  nf::HarmonizeEntityTypes(ms, "", es, kEs);
  CHECK(ms[1].type == T::kPerson);
  CHECK(ms[2].type == T::kPerson);
  CHECK(ms[2].entity == "Amalia Verduzco");
  CHECK(ms[2].surface == "Verduzco");
  CHECK(ms[3].type == T::kOrg);  // negative: no person's surname
  CHECK(ms[3].entity == "Ondamar");
  // Negative: two persons with one surname; the lone surname names neither.
  const std::string two =
      "La presidenta Amalia Verduzco y el ministro Pablo Verduzco hablaron. Verduzco invertirá.";
  auto mt = Mentions(two, {{"Amalia Verduzco", T::kPerson},
                           {"Pablo Verduzco", T::kPerson},
                           {"Verduzco", T::kOrg, "", 2}});
  nf::HarmonizeEntityTypes(mt, "", two, kEs);
  CHECK(mt[2].entity == "Verduzco");
  CHECK(mt[2].type == T::kOrg);
  // Negative: a full name never typed person keeps its type.
  const std::string org = "Grupo Ondamar crece. Grupo Ondamar invertirá.";
  auto mo = Mentions(org, {{"Grupo Ondamar", T::kOrg}, {"Grupo Ondamar", T::kOrg, "", 1}});
  nf::HarmonizeEntityTypes(mo, "", org, kEs);
  CHECK(mo[0].type == T::kOrg);
  CHECK(mo[1].type == T::kOrg);
  // Negative: English keeps a lone surname typed org.
  const std::string en = "Chief executive Anton Kralhuber left. Kralhuber employs 900 people.";
  auto mn = Mentions(en, {{"Anton Kralhuber", T::kPerson}, {"Kralhuber", T::kOrg, "", 1}});
  nf::HarmonizeEntityTypes(mn, "", en, kEn);
  CHECK(mn[1].entity == "Kralhuber");
  CHECK(mn[1].type == T::kOrg);
}

TEST_CASE(
    "types de: a surname typed org is the person named in full, unless the text writes it as "
    "a company's name or calls the person its founder",
    "[attribution][types][de]") {
  const std::string de =
      "Landrat Konrad Wieselhuber legte den Plan vor. Wieselhuber will 300 Stellen schaffen.";
  auto md = Mentions(de, {{"Konrad Wieselhuber", T::kPerson}, {"Wieselhuber", T::kOrg, "", 1}});
  nf::HarmonizeEntityTypes(md, "", de, kDe);
  CHECK(md[1].entity == "Konrad Wieselhuber");
  CHECK(md[1].type == T::kPerson);
  // Negatives: the founder's firm ("Gründer X"), a company noun or a legal form before/after
  // the surname.
  const std::string founder =
      "Gründer Anton Kralhuber zieht sich zurück. Kralhuber beschäftigt 900.";
  auto mf = Mentions(founder, {{"Anton Kralhuber", T::kPerson}, {"Kralhuber", T::kOrg, "", 1}});
  nf::HarmonizeEntityTypes(mf, "", founder, kDe);
  CHECK(mf[1].entity == "Kralhuber");
  CHECK(mf[1].type == T::kOrg);
  const std::string chain =
      "Die Möbelkette Kralhuber ist pleite. Anton Kralhuber schweigt. Kralhuber hatte 900 "
      "Beschäftigte.";
  auto mc = Mentions(
      chain,
      {{"Kralhuber", T::kOrg}, {"Anton Kralhuber", T::kPerson}, {"Kralhuber", T::kOrg, "", 2}});
  nf::HarmonizeEntityTypes(mc, "", chain, kDe);
  CHECK(mc[2].entity == "Kralhuber");
  CHECK(mc[2].type == T::kOrg);
  const std::string legal = "Anton Kralhuber lächelt. Die Kralhuber & Co wächst. Kralhuber zahlt.";
  auto ml = Mentions(legal, {{"Anton Kralhuber", T::kPerson}, {"Kralhuber", T::kOrg, "", 2}});
  nf::HarmonizeEntityTypes(ml, "", legal, kDe);
  CHECK(ml[1].type == T::kOrg);
  // Any legal form of the tagger's list (ner::IsLegalFormWord): "Holding", "KGaA".
  for (const std::string form : {"Holding", "KGaA"}) {
    const std::string text =
        "Anton Kralhuber lächelt. Die Kralhuber " + form + " wächst. Kralhuber zahlt.";
    INFO(text);
    auto mh = Mentions(text, {{"Anton Kralhuber", T::kPerson}, {"Kralhuber", T::kOrg, "", 2}});
    nf::HarmonizeEntityTypes(mh, "", text, kDe);
    CHECK(mh[1].type == T::kOrg);
  }
  // Negative: a longer word that starts like one ("Holdingchef") is no legal form.
  const std::string chief =
      "Anton Kralhuber lächelt. Kralhuber Holdingchef wächst. Kralhuber zahlt.";
  auto mk = Mentions(chief, {{"Anton Kralhuber", T::kPerson}, {"Kralhuber", T::kOrg, "", 2}});
  nf::HarmonizeEntityTypes(mk, "", chief, kDe);
  CHECK(mk[1].entity == "Anton Kralhuber");
  CHECK(mk[1].type == T::kPerson);
  // Negative: "Gruppe"/"Group" are legal forms of the tagger's list but common nouns in German
  // text too ("Gruppe C" of a tournament): after the surname they make no firm.
  for (const std::string noun : {"Gruppe", "Group"}) {
    const std::string text = "Konrad Wieselhuber ist Trainer. Danach sagte Wieselhuber " + noun +
                             " B sei machbar; Wieselhuber verdient 4 Millionen Euro.";
    INFO(text);
    auto mg = Mentions(text, {{"Konrad Wieselhuber", T::kPerson}, {"Wieselhuber", T::kOrg, "", 2}});
    nf::HarmonizeEntityTypes(mg, "", text, kDe);
    CHECK(mg[1].entity == "Konrad Wieselhuber");
    CHECK(mg[1].type == T::kPerson);
  }
  // The owner's surname is the firm's name too ("Eigentümer X Y", "Ladenkette-Eigentümer Y").
  for (const std::string owner :
       {"Eigentümer Anton Kralhuber schweigt. Kralhuber beschäftigt 900.",
        "Anton Kralhuber schweigt. Der Ladenkette-Eigentümer Kralhuber beschäftigt 900."}) {
    INFO(owner);
    auto mo = Mentions(owner, {{"Anton Kralhuber", T::kPerson}, {"Kralhuber", T::kOrg, "", 1}});
    nf::HarmonizeEntityTypes(mo, "", owner, kDe);
    CHECK(mo[1].entity == "Kralhuber");
    CHECK(mo[1].type == T::kOrg);
  }
}

TEST_CASE(
    "types de: a surname the tagger gave its person is the firm where the text writes it as a "
    "company's name, else it stays the person",
    "[attribution][types][de]") {
  // The tagger gives a lone surname the full name of the person it found elsewhere
  // (NameTagger, German): the entity is the full name, the surface the surname.
  const std::string firm = "Die Möbelkette Kralhuber ist pleite. Kralhuber hatte 900 Beschäftigte.";
  auto mf = Mentions(firm, {{"Kralhuber", T::kPerson, "Anton Kralhuber", 1}});
  nf::HarmonizeEntityTypes(mf, "", firm, kDe);
  CHECK(mf[0].entity == "Kralhuber");
  CHECK(mf[0].type == T::kOrg);
  // Negative: nothing writes the surname as a company's name.
  const std::string person = "Die Richterin hat entschieden. Kralhuber muss 900 Euro zahlen.";
  auto mp = Mentions(person, {{"Kralhuber", T::kPerson, "Anton Kralhuber"}});
  nf::HarmonizeEntityTypes(mp, "", person, kDe);
  CHECK(mp[0].entity == "Anton Kralhuber");
  CHECK(mp[0].type == T::kPerson);
}

TEST_CASE(
    "types de: a one-word organisation after 'in', 'nach' or a place noun is a place in all its "
    "mentions, unless an article or a company noun precedes one",
    "[attribution][types][de]") {
  const std::string de =
      "Tarnok hat 9.000 Einwohner. Das Hochwasser in Tarnok kostete 2 Millionen Euro. Die "
      "Hafenstadt Brezkow meldet 300 Obdachlose. Brezkow bittet um Hilfe. Busse fahren nach "
      "Olvany.";
  auto md = Mentions(de, {{"Tarnok"},
                          {"Tarnok", T::kOrg, "", 1},
                          {"Brezkow"},
                          {"Brezkow", T::kOrg, "", 1},
                          {"Olvany"}});
  nf::PlacesByUse(md, "", de, nf::Gazetteer::Default(), nf::Lang::kDe);
  for (const nf::EntityMention& m : md) {
    INFO(m.surface);
    CHECK(m.type == T::kPlace);
  }
  // Negatives: an article or a company noun before one mention (a firm named like a town),
  // the first word of a longer name, no place use at all.
  for (const std::string neg :
       {"Die Tarnok meldet 9.000 Kunden. Ein Werk in Tarnok schließt.",
        "Die Firma Tarnok meldet 9.000 Kunden. Ein Werk in Tarnok schließt.",
        "Tarnok meldet 9.000 Kunden. In Tarnok Digital arbeiten 300 Menschen.",
        "Tarnok meldet 9.000 Kunden. Auch Tarnok wächst."}) {
    INFO(neg);
    auto mn = Mentions(neg, {{"Tarnok"}, {"Tarnok", T::kOrg, "", 1}});
    nf::PlacesByUse(mn, "", neg, nf::Gazetteer::Default(), nf::Lang::kDe);
    CHECK(mn[0].type == T::kOrg);
    CHECK(mn[1].type == T::kOrg);
  }
}

TEST_CASE(
    "types es: the surnames of a full name written together, or the first surname alone, "
    "are that person, but a given name alone, a name with a particle or a surname two persons "
    "share are not",
    "[attribution][types]") {
  const std::string es =
      "El senador Tomás Ernesto Valdrich Oyarzún habló ayer. Ernesto Valdrich Oyarzún pidió "
      "300 millones y Valdrich Oyarzún esperará. Valdrich cree que Tomás ganará.";
  auto ms = Mentions(es, {{"Tomás Ernesto Valdrich Oyarzún", T::kPerson},
                          {"Ernesto Valdrich Oyarzún", T::kOrg, "", 1},
                          {"Valdrich Oyarzún", T::kOrg, "", 2},
                          {"Valdrich", T::kOrg, "", 3},
                          {"Tomás", T::kOrg, "", 1}});
  nf::HarmonizeEntityTypes(ms, "", es, kEs);
  for (size_t k = 1; k < 4; ++k) {
    CHECK(ms[k].entity == "Tomás Ernesto Valdrich Oyarzún");
    CHECK(ms[k].type == T::kPerson);
  }
  CHECK(ms[3].surface == "Valdrich");
  // Negative: the given name alone is no short form.
  CHECK(ms[4].entity == "Tomás");
  CHECK(ms[4].type == T::kOrg);
  // Negative: a name with a particle has no surnames to split ("Elena De Montaral Ruiz").
  const std::string part =
      "La portavoz Elena De Montaral Ruiz habló. Montaral Ruiz pidió 300 millones.";
  auto mp =
      Mentions(part, {{"Elena De Montaral Ruiz", T::kPerson}, {"Montaral Ruiz", T::kOrg, "", 1}});
  nf::HarmonizeEntityTypes(mp, "", part, kEs);
  CHECK(mp[1].entity == "Montaral Ruiz");
  CHECK(mp[1].type == T::kOrg);
  // Negative: two persons with one first surname; it names neither.
  const std::string two =
      "Rosa Valdrich Oyarzún y Pablo Valdrich Beltri hablaron. Valdrich invertirá.";
  auto mt = Mentions(two, {{"Rosa Valdrich Oyarzún", T::kPerson},
                           {"Pablo Valdrich Beltri", T::kPerson},
                           {"Valdrich", T::kOrg, "", 2}});
  nf::HarmonizeEntityTypes(mt, "", two, kEs);
  CHECK(mt[2].entity == "Valdrich");
  CHECK(mt[2].type == T::kOrg);
  // Negative: German keeps the other words of a name as the tagger typed them.
  const std::string de = "Landrat Tomás Ernesto Valdrich Oyarzún kam. Valdrich Oyarzún zahlt.";
  auto md = Mentions(
      de, {{"Tomás Ernesto Valdrich Oyarzún", T::kPerson}, {"Valdrich Oyarzún", T::kOrg, "", 1}});
  nf::HarmonizeEntityTypes(md, "", de, kDe);
  CHECK(md[1].entity == "Valdrich Oyarzún");
}

TEST_CASE(
    "types: a lone one-word 'person' without a title is an organisation, with one it "
    "stays a person (de, es, en)",
    "[attribution][types]") {
  // en: nothing shows a person -> organisation; "Mr Okafor" -> person.
  const std::string en = "Voltaro boosted its profits. Mr Okafor said the outlook was good.";
  auto me = Mentions(en, {{"Voltaro", T::kPerson}, {"Okafor", T::kPerson}});
  nf::HarmonizeEntityTypes(me, "", en);
  CHECK(me[0].type == T::kOrg);
  CHECK(me[1].type == T::kPerson);
  // de: a role compound or a speech verb before the name keeps the person.
  const std::string de =
      "Finanzminister Brenner will sparen. Das sei nötig, sagte Huber. Donaublick wächst.";
  auto md =
      Mentions(de, {{"Brenner", T::kPerson}, {"Huber", T::kPerson}, {"Donaublick", T::kPerson}});
  nf::HarmonizeEntityTypes(md, "", de);
  CHECK(md[0].type == T::kPerson);
  CHECK(md[1].type == T::kPerson);
  CHECK(md[2].type == T::kOrg);
  // es: ", quien" after the name keeps the person (the relative pronoun of persons); a name
  // followed by ", que" is an organisation.
  const std::string quien = "Valdrich, quien dirige la obra, habló. Ondamar, que crece, calla.";
  auto mq = Mentions(quien, {{"Valdrich", T::kPerson}, {"Ondamar", T::kPerson}});
  nf::HarmonizeEntityTypes(mq, "", quien, kEs);
  CHECK(mq[0].type == T::kPerson);
  CHECK(mq[1].type == T::kOrg);
  // es: a full name stays as tagged; a lone name listed next to places is a place.
  const std::string es = "Marta Quiroga viajó a Roma, Lisboa y Atenas con Tecnovía.";
  auto ms = Mentions(es, {{"Marta Quiroga", T::kPerson},
                          {"Roma", T::kPlace},
                          {"Lisboa", T::kPerson},
                          {"Atenas", T::kPlace},
                          {"Tecnovía", T::kPerson}});
  nf::HarmonizeEntityTypes(ms, "", es, kEs);
  CHECK(ms[0].type == T::kPerson);
  CHECK(ms[2].type == T::kPlace);
  CHECK(ms[4].type == T::kOrg);
}

TEST_CASE(
    "types en: a lone name after a speech verb is a company when the text writes it as one "
    "(the X, X economist), a person when a title or first name precedes it",
    "[attribution][types]") {
  // "says Corvell" alone would keep a person; "the Corvell" and "Corvell economist" show a
  // lender.
  const std::string en =
      "Rents in the north rose 2%, says the Corvell lender. Corvell said loans fell. \"It is "
      "calm,\" said Corvell economist Ruth Amos.";
  auto me = Mentions(en, {{"Corvell", T::kPerson}, {"Corvell", T::kPerson, "", 1}});
  nf::HarmonizeEntityTypes(me, "", en, kEn);
  CHECK(me[0].type == T::kOrg);
  CHECK(me[1].type == T::kOrg);
  const std::string staff = "Prices fell, said Tavrin. Tavrin officials declined to comment.";
  auto mt = Mentions(staff, {{"Tavrin", T::kPerson}});
  nf::HarmonizeEntityTypes(mt, "", staff, kEn);
  CHECK(mt[0].type == T::kOrg);
  // Negatives: a first name before the name elsewhere ("Lena Corvell"), a title ("Mr
  // Tavrin"), or "the" before a longer name ("the Corvell Quest series").
  const std::string first =
      "Lena Corvell runs a blog. The Corvell economist Ed Hale agreed. Sales fell, said Corvell.";
  auto mf = Mentions(first, {{"Corvell", T::kPerson, "", 2}});
  nf::HarmonizeEntityTypes(mf, "", first, kEn);
  CHECK(mf[0].type == T::kPerson);
  const std::string title = "Mr Tavrin spoke. Tavrin officials agreed, said Tavrin.";
  auto mi = Mentions(title, {{"Tavrin", T::kPerson, "", 2}});
  nf::HarmonizeEntityTypes(mi, "", title, kEn);
  CHECK(mi[0].type == T::kPerson);
  const std::string longer = "Fans of the Corvell Quest series queued. It sold out, said Corvell.";
  auto ml = Mentions(longer, {{"Corvell", T::kPerson, "", 1}});
  nf::HarmonizeEntityTypes(ml, "", longer, kEn);
  CHECK(ml[0].type == T::kPerson);
}

TEST_CASE("types en: a lone name after a speech verb is a company when its or which follows it",
          "[attribution][types]") {
  for (const std::string en : {"Sales rose, said Tavrin. Tavrin said its profits fell.",
                               "Sales rose, said Tavrin. Tavrin, which floated in 1990, grew."}) {
    INFO(en);
    auto me = Mentions(en, {{"Tavrin", T::kPerson}, {"Tavrin", T::kPerson, "", 1}});
    nf::HarmonizeEntityTypes(me, "", en, kEn);
    CHECK(me[0].type == T::kOrg);
    CHECK(me[1].type == T::kOrg);
  }
  // Negatives: "his" or "who" shows the person, whatever "its" says elsewhere.
  for (const std::string en :
       {"Sales rose, said Tavrin. Tavrin said his firm grew. Tavrin said "
        "its profits fell.",
        "Sales rose, said Tavrin. Tavrin, who left, said its profits fell."}) {
    INFO(en);
    auto me = Mentions(en, {{"Tavrin", T::kPerson}, {"Tavrin", T::kPerson, "", 1}});
    nf::HarmonizeEntityTypes(me, "", en, kEn);
    CHECK(me[0].type == T::kPerson);
  }
}

TEST_CASE("types: a one-word place that is an organisation elsewhere is the organisation (es)",
          "[attribution][types]") {
  const std::string es = "Aerobrisa crece. Los aviones de Aerobrisa vuelan a Lima.";
  auto ms =
      Mentions(es, {{"Aerobrisa", T::kPlace}, {"Aerobrisa", T::kOrg, "", 1}, {"Lima", T::kPlace}});
  nf::HarmonizeEntityTypes(ms, "", es, kEs);
  CHECK(ms[0].type == T::kOrg);
  CHECK(ms[2].type == T::kPlace);  // negative: a place that is never an organisation
}

// ---- Places inside names (JoinNamesWithPlaces).

TEST_CASE(
    "names: 'Bank'/'Banco' + place is the bank, a place inside an organisation's name "
    "joins it (de, es)",
    "[attribution][names]") {
  const std::string de = "Kredite der Bank Tirolia und der Kralinger Karinthia AG stiegen.";
  auto md = Mentions(de, {{"Tirolia", T::kPlace},
                          {"Kralinger", T::kOrg, "Kralinger Karinthia AG"},
                          {"Karinthia", T::kPlace}});
  nf::JoinNamesWithPlaces(de, md, 0);
  REQUIRE(md.size() == 2);
  CHECK(md[0].entity == "Bank Tirolia");
  CHECK(md[0].type == T::kOrg);
  CHECK(md[0].surface == "Bank Tirolia");
  CHECK(md[1].surface == "Kralinger Karinthia");
  const std::string es = "El Banco Almeria prestó dinero en Almeria.";
  auto ms = Mentions(es, {{"Almeria", T::kPlace}, {"Almeria", T::kPlace, "", 1}});
  nf::JoinNamesWithPlaces(es, ms, 0);
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].entity == "Banco Almeria");
  CHECK(ms[1].type == T::kPlace);  // negative: the plain place stays a place
}

TEST_CASE(
    "names: 'Air' + place and '<Name> Bank of' + place are the company, a bare 'Bank of' + "
    "place stays the place (en)",
    "[attribution][names]") {
  const std::string en =
      "Air Tamvaria, the Royal Bank of Tamvaria and the Bank of Tamvaria met in Tamvaria.";
  auto ms = Mentions(en, {{"Air", T::kOrg},
                          {"Tamvaria", T::kPlace},
                          {"Tamvaria", T::kPlace, "", 1},
                          {"Tamvaria", T::kPlace, "", 2},
                          {"Tamvaria", T::kPlace, "", 3}});
  nf::JoinNamesWithPlaces(en, ms, 0);
  REQUIRE(ms.size() == 4);
  CHECK(ms[0].entity == "Air Tamvaria");  // the tagger's "Air" is part of it
  CHECK(ms[0].type == T::kOrg);
  CHECK(ms[1].entity == "Royal Bank of Tamvaria");
  CHECK(ms[1].type == T::kOrg);
  // Negatives: a bare "Bank of" (mostly a central bank) and the plain place.
  CHECK(ms[2].entity == "Tamvaria");
  CHECK(ms[2].type == T::kPlace);
  CHECK(ms[3].type == T::kPlace);
}

// ---- Web addresses (WebAddressNames).

TEST_CASE("names: a web address is an organisation, a link, e-mail or www reference is not",
          "[attribution][names]") {
  const std::string de =
      "Im März führte kralnews.at die Reichweitenliste mit 4,1 Mio. Nutzern an, dahinter folgten "
      "Velbora.co.uk und Tarvio.";
  auto md = Mentions(de, {{"Tarvio", T::kOrg}});
  nf::WebAddressNames(de, nf::Field::kBody, md, 0);
  REQUIRE(md.size() == 3);
  CHECK(md[0].entity == "kralnews.at");
  CHECK(md[0].type == T::kOrg);
  CHECK(md[1].surface == "Velbora.co.uk");
  CHECK(md[2].entity == "Tarvio");  // the other mention stays, in text order
  // Negatives: an e-mail address, a link with a path, a "www." reference, a mention that
  // covers the name already, a file name, an abbreviation.
  const std::string en =
      "Mail info@kralnews.at or see pic.kralnews.com/x9 and www.velbora.de; Velbora.com said "
      "sales rose 3% (report.pdf, z.B. 4 Mio.).";
  auto me = Mentions(en, {{"Velbora", T::kOrg}});
  nf::WebAddressNames(en, nf::Field::kBody, me, 0);
  REQUIRE(me.size() == 1);
  CHECK(me[0].entity == "Velbora");
}

// ---- German public bodies by their common noun (PublicBodiesDe).

TEST_CASE("names: a German chamber after a determiner is an organisation, in its place not",
          "[attribution][names]") {
  const std::string de =
      "Der Landtag beschloss 12 Gesetze; die Sitzung des Senats vertagte den neuen Senat "
      "Kralstadt, vom Nationalrat kamen 4 Anträge.";
  auto md = Mentions(de, {{"Kralstadt", T::kPlace}});
  nf::PublicBodiesDe(de, nf::Field::kBody, md, 0);
  REQUIRE(md.size() == 4);
  CHECK(md[0].entity == "Landtag");
  CHECK(md[0].type == T::kOrg);
  CHECK(md[1].entity == "Senat");  // without the genitive ending
  CHECK(md[1].surface == "Senats");
  CHECK(md[2].entity == "Senat Kralstadt");  // the seat joins the name; the place is gone
  CHECK(md[2].surface == "Senat Kralstadt");
  CHECK(md[3].entity == "Nationalrat");
  // The full name the text gives elsewhere is the entity of the noun.
  const std::string full = "Der Unabhängige Velmar-Senat tagte; der Senat verhängte 500 Euro.";
  auto mf = Mentions(full, {{"Unabhängige Velmar-Senat", T::kOrg}});
  nf::PublicBodiesDe(full, nf::Field::kBody, mf, 0);
  REQUIRE(mf.size() == 2);
  CHECK(mf[1].entity == "Unabhängige Velmar-Senat");
  CHECK(mf[1].surface == "Senat");
  CHECK(!md[0].local);  // a chamber is carried like any name
  // Negatives: a compound, the place where members sit or which a party enters, a numbered
  // panel, a person's name after the noun, no determiner.
  const std::string neg =
      "Zur Landtagswahl: Im Landtag sitzen 15 Abgeordnete, die Partei zog in den Bundestag "
      "ein, der Senat 3 des Presserats tagte, der Senat Jonas Brevik, Senat und "
      "Innenministerium meldeten 30 Fälle.";
  auto mn = Mentions(neg, {{"Jonas Brevik", T::kPerson}});
  nf::PublicBodiesDe(neg, nf::Field::kBody, mn, 0);
  REQUIRE(mn.size() == 1);
  CHECK(mn[0].entity == "Jonas Brevik");
}

TEST_CASE("names: German ministries, police, prosecutors and courts keep to their sentence",
          "[attribution][names]") {
  const std::string de =
      "Das Verkehrsministerium zahlte 3 Millionen Euro, die Polizei zählte 40 Unfälle, die "
      "Staatsanwaltschaft Kralstadt klagte 5 Personen an, vor dem Velmarer Landgericht und "
      "dem Verwaltungsgerichtshof liegen 9 Fälle, der Bundespolizei fehlen 20 Beamte.";
  auto md = Mentions(de, {{"Kralstadt", T::kPlace}});
  nf::PublicBodiesDe(de, nf::Field::kBody, md, 0);
  REQUIRE(md.size() == 5);
  CHECK(md[0].entity == "Verkehrsministerium");
  CHECK(md[1].entity == "Polizei");
  CHECK(md[2].entity == "Staatsanwaltschaft Kralstadt");  // the seat joins the name
  CHECK(md[3].entity == "Verwaltungsgerichtshof");
  CHECK(md[4].entity == "Bundespolizei");
  for (const nf::EntityMention& m : md) {
    CHECK(m.type == T::kOrg);
    CHECK(m.local);
  }
  CHECK(std::is_sorted(md.begin(), md.end(),
                       [](const auto& a, const auto& b) { return a.start < b.start; }));
  // Negatives: no determiner, the place where something happens, a compound's first part,
  // a word that merely ends like one, the bare noun "Ministerium".
  const std::string neg =
      "Laut Innenministerium kamen im Justizministerium 30 Polizisten und die Polizeisprecher "
      "zusammen, die Ministeriumsangaben und das Ministerium nennen 4 Fälle.";
  auto mn = Mentions(neg, {});
  nf::PublicBodiesDe(neg, nf::Field::kBody, mn, 0);
  CHECK(mn.empty());
}

TEST_CASE("names: German local bodies in the genitive and the armed forces, mixed with chambers",
          "[attribution][names]") {
  // Each genitive ending ("s", "es") before the word's end, the armed forces, a chamber
  // between them (both kinds in text order), a body at the text's end and near its start.
  const std::string de =
      "Die Polizei nannte 3 Fälle, ein Sprecher des Kralfinanzministeriums 12, der Landtag "
      "4 und die Zahl des Landgerichtes 7; laut dem Bericht der Bundeswehr und des "
      "Verwaltungsgerichtshofs stieg sie, so der Sprecher des Bundesheeres. Es klagte die "
      "Staatsanwaltschaft";
  auto md = Mentions(de, {});
  nf::PublicBodiesDe(de, nf::Field::kBody, md, 0);
  REQUIRE(md.size() == 8);
  const char* const want[] = {
      "Polizei",    "Kralfinanzministerium",  "Landtag",    "Landgericht",
      "Bundeswehr", "Verwaltungsgerichtshof", "Bundesheer", "Staatsanwaltschaft"};
  for (size_t i = 0; i < md.size(); ++i) {
    CHECK(md[i].entity == want[i]);
    CHECK(md[i].local == (i != 2));
  }
  CHECK(std::is_sorted(md.begin(), md.end(),
                       [](const auto& a, const auto& b) { return a.start < b.start; }));
  // Negatives: a body noun as a compound's first part or with another ending, a word that
  // only ends in the same four letters ("-heer", "-haft", "-icht"), lower-case first letters.
  const std::string neg =
      "Der Polizeisprecher, die Gerichtsakten, der Bundeswehrsoldat, der Ministeriumssprecher, "
      "das Kralmeer, die Kralschaft, der Kralbericht und die polizei nennen 4 Fälle.";
  auto mn = Mentions(neg, {});
  nf::PublicBodiesDe(neg, nf::Field::kBody, mn, 0);
  CHECK(mn.empty());
}

TEST_CASE("names: a German chamber with its object after it or a capitalised determiner",
          "[attribution][names]") {
  // German puts the object right after the subject: an amount or a common noun.
  for (const std::string text :
       {"Am Dienstag hat der Landtag 7 Millionen Euro Hilfen bewilligt.",
        "Am Dienstag hat der Landtag Hilfen von 7 Millionen Euro bewilligt.",
        "Dem Senat gehören 36 Mitglieder an.", "Zum Landtag zählen 64 Abgeordnete.",
        "Den Bundestag passierten 9 Gesetze."}) {
    auto m = Mentions(text, {});
    nf::PublicBodiesDe(text, nf::Field::kBody, m, 0);
    INFO(text);
    REQUIRE(m.size() == 1);
    CHECK(m[0].type == T::kOrg);
  }
  // Negatives: a court's or a university's panel called Senat, a numbered panel (the court
  // itself is a body that keeps to its sentence).
  for (const auto& [text, court] : std::vector<std::pair<std::string, std::string>>{
           {"Der zuständige Senat des Verwaltungsgerichts wies 25 Klagen ab.",
            "Verwaltungsgericht"},
           {"Der akademische Senat der Universität Velmar tagte.", ""},
           {"Der Senat 4 des Kammergerichts tagte.", "Kammergericht"}}) {
    auto m = Mentions(text, {});
    nf::PublicBodiesDe(text, nf::Field::kBody, m, 0);
    INFO(text);
    CHECK(std::none_of(m.begin(), m.end(), [](const auto& x) { return x.entity == "Senat"; }));
    if (court.empty()) {
      CHECK(m.empty());
    } else {
      REQUIRE(m.size() == 1);
      CHECK(m[0].entity == court);
      CHECK(m[0].local);
    }
  }
}

TEST_CASE("names: a German body the name layer already found keeps to its sentence too",
          "[attribution][names]") {
  const std::string de = "Seit Mai zählte die Bundespolizei 35 Fälle, das Heer 3 Fälle.";
  auto m = Mentions(de, {{"Bundespolizei"}});
  nf::PublicBodiesDe(de, nf::Field::kBody, m, 0);
  REQUIRE(m.size() == 1);
  CHECK(m[0].entity == "Bundespolizei");
  CHECK(m[0].local);
  // Negatives: a longer name over the noun stands as it is, and so does a person.
  const std::string longer = "Seit Mai zählte die Bundespolizei Nordwest 35 Fälle.";
  auto ml = Mentions(longer, {{"Bundespolizei Nordwest"}});
  nf::PublicBodiesDe(longer, nf::Field::kBody, ml, 0);
  REQUIRE(ml.size() == 1);
  CHECK(!ml[0].local);
  const std::string per = "Gestern sprach die Bundeswehr mit Kalle Ostrup.";
  auto mp = Mentions(per, {{"Bundeswehr", T::kPerson}});
  nf::PublicBodiesDe(per, nf::Field::kBody, mp, 0);
  REQUIRE(mp.size() == 1);
  CHECK(!mp[0].local);
}

TEST_CASE("names: a German dish in -gericht is no court", "[attribution][names]") {
  for (const std::string text :
       {"Das Hauptgericht kostet 19 Euro.", "Das Nudelgericht kostet 12 Euro.",
        "Sein Leibgericht und das Fertiggericht kosten 8 Euro."}) {
    auto m = Mentions(text, {});
    nf::PublicBodiesDe(text, nf::Field::kBody, m, 0);
    INFO(text);
    CHECK(m.empty());
  }
  // Negative: courts of any kind stay.
  const std::string courts =
      "Das Schiedsgericht, das Kartellgericht und das Kreisgericht verhängten 3 Strafen.";
  auto mc = Mentions(courts, {});
  nf::PublicBodiesDe(courts, nf::Field::kBody, mc, 0);
  CHECK(mc.size() == 3);
}

TEST_CASE("subject: a person subject beats an organisation behind a preposition (es, de, en)",
          "[attribution][subject]") {
  const std::string es = "Marta Quiroga, del partido Unión Cívica, obtuvo 120.000 votos.";
  auto fs = Run(es, kEs, {{"120.000 votos", kCount}},
                {{"Marta Quiroga", T::kPerson}, {"Unión Cívica", T::kOrg}});
  CHECK(fs[0].entity == "Marta Quiroga");
  CHECK(fs[0].entity_type == T::kPerson);
  const std::string de = "Laura Brenner von der Partei Neue Mitte erhielt 45.000 Stimmen.";
  auto fd = Run(de, kDe, {{"45.000 Stimmen", kCount}},
                {{"Laura Brenner", T::kPerson}, {"Neue Mitte", T::kOrg}});
  CHECK(fd[0].entity == "Laura Brenner");
  const std::string en = "Vietnia, with 38 million people, recorded fewer than 50 cases.";
  auto fe = Run(en, kEn, {{"38 million", kCount}, {"50 cases", kCount}}, {{"Vietnia", T::kPlace}});
  CHECK(fe[0].entity == "Vietnia");
  CHECK(fe[1].entity == "Vietnia");
  // Negative: an organisation subject still wins over a person named after it.
  const std::string neg = "Tecnovía, dirigida por Marta Quiroga, facturó 80 millones de euros.";
  auto fn = Run(neg, kEs, {{"80 millones de euros", kMoney}},
                {{"Tecnovía", T::kOrg}, {"Marta Quiroga", T::kPerson}});
  CHECK(fn[0].entity == "Tecnovía");
}

// ---- References: genitive determiners, appositions, central banks, prepositions.

TEST_CASE("references: a genitive before a company noun is its determiner (en, de)",
          "[attribution][coref]") {
  const std::string en =
      "Exports helped Voltaro lift its margins. Italy's biggest carmaker posted a 27% "
      "jump in net income.";
  auto fe = Run(en, kEn, {{"27%", kPercent}}, {{"Voltaro", T::kOrg}, {"Italy", T::kPlace}});
  CHECK(fe[0].entity == "Voltaro");
  const std::string de =
      "Die Banca Ribera legte Zahlen vor. Spaniens größte Bank verdiente 2 Milliarden Euro.";
  auto fd = Run(de, kDe, {{"2 Milliarden Euro", kMoney}},
                {{"Banca Ribera", T::kOrg}, {"Spaniens", T::kPlace, "Spanien"}});
  CHECK(fd[0].entity == "Banca Ribera");
  // Negative: a genitive before another noun is the subject itself.
  const std::string g = "Italias Banken halten faule Kredite von 200 Milliarden Euro.";
  auto fg = Run(g, kDe, {{"200 Milliarden Euro", kMoney}}, {{"Italias", T::kPlace, "Italia"}});
  CHECK(fg[0].entity == "Italia");
}

TEST_CASE(
    "references: 'la entidad', 'the bank' resolve to the last subject, a noun in "
    "apposition to a name is no reference (es, en)",
    "[attribution][coref]") {
  const std::string es =
      "Tecnovía presentó resultados. La entidad ganó 300 millones de euros. En 2016, la cadena "
      "de televisión australiana Canal Brisa pagó 70.000 dólares.";
  auto fs = Run(es, kEs, {{"300 millones de euros", kMoney}, {"70.000 dólares", kMoney}},
                {{"Tecnovía", T::kOrg}, {"Canal Brisa", T::kOrg}});
  CHECK(fs[0].entity == "Tecnovía");
  CHECK(fs[1].entity == "Canal Brisa");
  const std::string en =
      "Brightwater reported results. The bank said profits in its retail division fell 1% to "
      "£1.1bn. Separately, the carmaker Voltaro paid $5m for a plant.";
  auto fe = Run(en, kEn, {{"1%", kPercent}, {"£1.1bn", kMoney}, {"$5m", kMoney}},
                {{"Brightwater", T::kOrg}, {"Voltaro", T::kOrg}});
  CHECK(fe[0].entity == "Brightwater");
  CHECK(fe[1].entity == "Brightwater");
  CHECK(fe[2].entity == "Voltaro");
}

TEST_CASE(
    "references: 'para X, la compañía' does not resolve to the name behind the "
    "preposition (es)",
    "[attribution][coref]") {
  const std::string es =
      "Aerobrisa renueva su flota. Para Quiroga, la fuerza de la compañía está en que llevó nueve "
      "millones de viajeros.";
  auto fs = Run(es, kEs, {{"nueve millones de viajeros", kCount}},
                {{"Aerobrisa", T::kOrg}, {"Quiroga", T::kOrg}});
  CHECK(fs[0].entity == "Aerobrisa");
}

TEST_CASE("references: a place glued to a lower-case word is a modifier (en)",
          "[attribution][coref]") {
  const std::string en =
      "Voltaro Steel made a profit. The Netherlands-based company will complete its $4.5bn "
      "acquisition next month.";
  auto fe =
      Run(en, kEn, {{"$4.5bn", kMoney}}, {{"Voltaro Steel", T::kOrg}, {"Netherlands", T::kPlace}});
  CHECK(fe[0].entity == "Voltaro Steel");
}

// ---- Possessives: "profits at X", "der Umsatz bei X".

TEST_CASE("possessive: 'profits at X' and 'der Umsatz bei X' (en, de)",
          "[attribution][possessive]") {
  const std::string en =
      "Voltaro Group reported results. Profits at Brightwater climbed 6% to £640m.";
  auto fe = Run(en, kEn, {{"6%", kPercent}, {"£640m", kMoney}},
                {{"Voltaro Group", T::kOrg}, {"Brightwater", T::kOrg}});
  CHECK(fe[0].entity == "Brightwater");
  CHECK(fe[1].entity == "Brightwater");
  const std::string de =
      "Donaublick legte Zahlen vor. Der Umsatz bei Kralinger stieg um 5 Prozent.";
  auto fd =
      Run(de, kDe, {{"5 Prozent", kPercent}}, {{"Donaublick", T::kOrg}, {"Kralinger", T::kOrg}});
  CHECK(fd[0].entity == "Kralinger");
}

// ---- A name with its figure in parentheses.

TEST_CASE("parentheses: 'X (12 Prozent)' gives the figure to X (de, es, en)",
          "[attribution][parentheses]") {
  const std::string de =
      "Daneben sind die Donaublick (23,4 Prozent), das Kreditinstitut Pohl & Sandner (12,2 "
      "Prozent) und die Kralinger AG (indirekt 6 Prozent) beteiligt.";
  auto fd = Run(de, kDe,
                {{"23,4 Prozent", kPercent}, {"12,2 Prozent", kPercent}, {"6 Prozent", kPercent}},
                {{"Donaublick", T::kOrg}, {"Pohl & Sandner", T::kOrg}, {"Kralinger AG", T::kOrg}});
  CHECK(fd[0].entity == "Donaublick");
  CHECK(fd[1].entity == "Pohl & Sandner");
  CHECK(fd[2].entity == "Kralinger AG");
  const std::string es = "Los accionistas son Tecnovía (40 %) y el grupo Almerisa (25 %).";
  auto fs = Run(es, kEs, {{"40 %", kPercent}, {"25 %", kPercent}},
                {{"Tecnovía", T::kOrg}, {"Almerisa", T::kOrg}});
  CHECK(fs[0].entity == "Tecnovía");
  CHECK(fs[1].entity == "Almerisa");
  // Negative: a place before a conversion in parentheses is not the figure's owner.
  const std::string en = "Voltaro's console will retail for £45 in the UK (52 euros).";
  auto fe = Run(en, kEn, {{"£45", kMoney}, {"52 euros", kMoney}},
                {{"Voltaro", T::kOrg}, {"UK", T::kPlace}});
  CHECK(fe[0].entity == "Voltaro");
  CHECK(fe[1].entity != "UK");
}

TEST_CASE("rankings: a place with its percentage or count in brackets holds it (de, en)",
          "[attribution][parentheses][rankings]") {
  const std::string de =
      "Die höchsten Quoten meldeten Norland (12,4 Prozent), Vetonien (9,8 Prozent) und Kralland "
      "(7,1 Prozent).";
  auto fd = Run(de, kDe,
                {{"12,4 Prozent", kPercent}, {"9,8 Prozent", kPercent}, {"7,1 Prozent", kPercent}},
                {{"Norland", T::kPlace}, {"Vetonien", T::kPlace}, {"Kralland", T::kPlace}});
  CHECK(fd[0].entity == "Norland");
  CHECK(fd[1].entity == "Vetonien");
  CHECK(fd[2].entity == "Kralland");
  const std::string en =
      "Voltaro opened most stores in Norland (120), ahead of Vetonia (85) and Kralland (40).";
  auto fe = Run(en, kEn, {{"120", kCount}, {"85", kCount}, {"40", kCount}},
                {{"Voltaro", T::kOrg},
                 {"Norland", T::kPlace},
                 {"Vetonia", T::kPlace},
                 {"Kralland", T::kPlace}});
  CHECK(fe[1].entity == "Vetonia");
  CHECK(fe[2].entity == "Kralland");
  // Negative: an amount of money or a measure in brackets after a place stays the subject's.
  const std::string neg =
      "Die Kralinger AG verkauft die Konsole in Norland (99 Euro) mit einem Akku aus Vetonien "
      "(40 Kilogramm).";
  auto fn = Run(neg, kDe, {{"99 Euro", kMoney}, {"40 Kilogramm", nf::FigureKind::kQuantity}},
                {{"Kralinger AG", T::kOrg}, {"Norland", T::kPlace}, {"Vetonien", T::kPlace}});
  CHECK(fn[0].entity == "Kralinger AG");
  CHECK(fn[1].entity == "Kralinger AG");
}

TEST_CASE("rankings: 'vor X mit', 'followed by X with', 'X con' give the figure to X (de, en, es)",
          "[attribution][rankings]") {
  const std::string de =
      "Donaublick liegt mit 3,6 Prozent vor Kralinger mit 2,9 Prozent und Pohlheim mit 2,1 "
      "Prozent.";
  auto fd = Run(de, kDe,
                {{"3,6 Prozent", kPercent}, {"2,9 Prozent", kPercent}, {"2,1 Prozent", kPercent}},
                {{"Donaublick", T::kOrg}, {"Kralinger", T::kOrg}, {"Pohlheim", T::kOrg}});
  CHECK(fd[0].entity == "Donaublick");
  CHECK(fd[1].entity == "Kralinger");
  CHECK(fd[2].entity == "Pohlheim");
  const std::string de2 =
      "Norland erhielt mit 23 Milliarden Dollar am meisten, gefolgt von Vetonien mit 7,4 "
      "Milliarden.";
  auto fd2 = Run(de2, kDe, {{"23 Milliarden Dollar", kMoney}, {"7,4 Milliarden", kMoney}},
                 {{"Norland", T::kPlace}, {"Vetonien", T::kPlace}});
  CHECK(fd2[1].entity == "Vetonien");
  const std::string en =
      "Voltaro led with 40%, followed by Kellmoor with 25% and Brightwater with 10%.";
  auto fe = Run(en, kEn, {{"40%", kPercent}, {"25%", kPercent}, {"10%", kPercent}},
                {{"Voltaro", T::kOrg}, {"Kellmoor", T::kOrg}, {"Brightwater", T::kOrg}});
  CHECK(fe[0].entity == "Voltaro");
  CHECK(fe[1].entity == "Kellmoor");
  CHECK(fe[2].entity == "Brightwater");
  const std::string en2 = "Norland led at 26.2% ahead of Vetonia at 21.7% in the survey.";
  auto fe2 = Run(en2, kEn, {{"26.2%", kPercent}, {"21.7%", kPercent}},
                 {{"Norland", T::kPlace}, {"Vetonia", T::kPlace}});
  CHECK(fe2[0].entity == "Norland");
  CHECK(fe2[1].entity == "Vetonia");
  const std::string es = "Tecnovía con 34,5, Almerisa con 33,5 y Ondamar con 32 lideran la tabla.";
  auto fs = Run(es, kEs, {{"33,5", kCount}, {"32", kCount}},
                {{"Tecnovía", T::kOrg}, {"Almerisa", T::kOrg}, {"Ondamar", T::kOrg}});
  CHECK(fs[0].entity == "Almerisa");
  CHECK(fs[1].entity == "Ondamar");
  // Negative: a name before "mit" that is neither ranked nor listed is not the figure's.
  const std::string neg = "Donaublick ist in Kralinger mit 300 Mitarbeitern vertreten.";
  auto fn = Run(neg, kDe, {{"300 Mitarbeitern", kCount}},
                {{"Donaublick", T::kOrg}, {"Kralinger", T::kOrg}});
  CHECK(fn[0].entity == "Donaublick");
}

// ---- How far a subject carries over before the article's topic decides.

TEST_CASE("topic: a subject carries over a few sentences, then the article's topic decides (de)",
          "[attribution][topic]") {
  const std::string filler =
      " Die Branche diskutierte lange über neue Regeln und über die Lage auf dem Markt, ohne "
      "dass sich viel änderte.";
  std::string de =
      "Donaublick ist das Thema. Kralinger legte Zahlen vor. Die Umsätze stiegen um 5 "
      "Prozent.";
  for (int i = 0; i < 5; ++i) de += filler;
  de += " Die Umsätze stiegen um 7 Prozent.";
  auto fd = Run(de, kDe, {{"5 Prozent", kPercent}, {"7 Prozent", kPercent}},
                {{"Donaublick", T::kOrg}, {"Kralinger", T::kOrg}}, "Donaublick");
  CHECK(fd[0].entity == "Kralinger");   // the subject just before
  CHECK(fd[1].entity == "Donaublick");  // far from it: the article's topic
}

// Sentences without figures between figures only move the topic (Attributor::Run visits
// such a run from its last sentence back): the last one that names a subject decides, an
// earlier one only when the later ones name none.
TEST_CASE(
    "topic: the last of several sentences without figures that names a subject decides (de, en)",
    "[attribution][topic]") {
  const std::string de =
      "Morvanta stellte am Montag ein neues Werk vor. Telquist eröffnete ein Büro in der "
      "Altstadt. Der Umsatz stieg um 12 Prozent.";
  auto fd = Run(de, kDe, {{"12 Prozent", kPercent}}, {{"Morvanta"}, {"Telquist"}});
  CHECK(fd[0].entity == "Telquist");
  // Negative: the later sentence names its company only after a preposition (no subject):
  // the earlier one's subject stays the topic.
  const std::string de2 =
      "Morvanta stellte am Montag ein neues Werk vor. Die Gespräche mit Telquist dauerten "
      "lange. Der Umsatz stieg um 12 Prozent.";
  auto fd2 = Run(de2, kDe, {{"12 Prozent", kPercent}}, {{"Morvanta"}, {"Telquist"}});
  CHECK(fd2[0].entity == "Morvanta");
  const std::string en =
      "Brelford opened a plant on Monday. Quantix hired new staff in the spring. Sales rose "
      "9%.";
  auto fe = Run(en, kEn, {{"9%", kPercent}}, {{"Brelford"}, {"Quantix"}});
  CHECK(fe[0].entity == "Quantix");
  // Two runs: the figure sentence between them ends the first.
  const std::string en2 =
      "Brelford opened a plant. Quantix hired staff. Sales rose 9%. Brelford cut prices. "
      "Profits fell 4%.";
  auto fe2 = Run(en2, kEn, {{"9%", kPercent}, {"4%", kPercent}},
                 {{"Brelford"}, {"Quantix"}, {"Brelford", T::kOrg, "", 1}});
  CHECK(fe2[0].entity == "Quantix");
  CHECK(fe2[1].entity == "Brelford");
}

TEST_CASE("topic: the last of several sentences without figures that names a person decides (es)",
          "[attribution][topic]") {
  // "El candidato" refers back to the person subject of the sentences before: the last one.
  const std::string es =
      "Marta Quiroga presentó su programa el lunes. Tomás Arbeloa visitó la feria del "
      "libro. El candidato prometió 300 millones de euros.";
  auto f = Run(es, kEs, {{"300 millones de euros", kMoney}},
               {{"Marta Quiroga", T::kPerson}, {"Tomás Arbeloa", T::kPerson}});
  CHECK(f[0].entity == "Tomás Arbeloa");
  // Negative: the later sentence names its person only after a preposition.
  const std::string es2 =
      "Marta Quiroga presentó su programa el lunes. La prensa habló con Tomás Arbeloa. El "
      "candidato prometió 300 millones de euros.";
  auto f2 = Run(es2, kEs, {{"300 millones de euros", kMoney}},
                {{"Marta Quiroga", T::kPerson}, {"Tomás Arbeloa", T::kPerson}});
  CHECK(f2[0].entity == "Marta Quiroga");
}

TEST_CASE(
    "topic: a sentence without figures that names no organisation leaves the topic to the ones "
    "before (de, es)",
    "[attribution][topic]") {
  // German: a place that is a sentence's subject is the topic, though the sentence names no
  // organisation.
  const std::string de =
      "Kralinger legte am Montag Zahlen vor. Der wichtigste Standort ist Velmora mit 900 "
      "Betten. Der Preis liegt dort bei 60 Euro.";
  auto fd = Run(de, kDe, {{"60 Euro", kMoney}}, {{"Kralinger"}, {"Velmora", T::kPlace}});
  CHECK(fd[0].entity == "Velmora");
  // Spanish: the company of the later sentence is the topic, the person of the earlier one
  // the person topic "el candidato" refers to.
  const std::string es =
      "Marta Quiroga presentó su programa el lunes. La empresa Velandia abrió una tienda. El "
      "candidato prometió 300 millones de euros.";
  auto fe = Run(es, kEs, {{"300 millones de euros", kMoney}},
                {{"Marta Quiroga", T::kPerson}, {"Velandia"}});
  CHECK(fe[0].entity == "Marta Quiroga");
}

// ---- The figure's own clause: a clause with its own subject, relative clauses, gapping.

TEST_CASE(
    "clause: a clause after 'während' / 'mientras' / 'while' has its own subject (de, es, en)",
    "[attribution][clause]") {
  const std::string de =
      "Donaublick steigerte den Umsatz um 5 Prozent, während Kralinger 3 Prozent verlor.";
  auto fd = Run(de, kDe, {{"5 Prozent", kPercent}, {"3 Prozent", kPercent}},
                {{"Donaublick", T::kOrg}, {"Kralinger", T::kOrg}});
  CHECK(fd[0].entity == "Donaublick");
  CHECK(fd[1].entity == "Kralinger");
  const std::string es = "Tecnovía ganó un 4 %, mientras Almerisa perdió un 2 %.";
  auto fs = Run(es, kEs, {{"4 %", kPercent}, {"2 %", kPercent}},
                {{"Tecnovía", T::kOrg}, {"Almerisa", T::kOrg}});
  CHECK(fs[0].entity == "Tecnovía");
  CHECK(fs[1].entity == "Almerisa");
  const std::string en = "Voltaro - in which Brightwater owns a 30% stake - sold 2 million cars.";
  auto fe = Run(en, kEn, {{"30%", kPercent}, {"2 million cars", kCount}},
                {{"Voltaro", T::kOrg}, {"Brightwater", T::kOrg}});
  CHECK(fe[0].entity == "Brightwater");
  // Negative: a clause without a subject of its own keeps the sentence's.
  const std::string neg =
      "Donaublick steigerte den Umsatz um 5 Prozent, während der Gewinn um 2 Prozent sank.";
  auto fn =
      Run(neg, kDe, {{"5 Prozent", kPercent}, {"2 Prozent", kPercent}}, {{"Donaublick", T::kOrg}});
  CHECK(fn[1].entity == "Donaublick");
}

TEST_CASE("clause: each member of an enumeration has its own subject (de, es, en)",
          "[attribution][clause]") {
  const std::string de = "Donaublick hält 20 Prozent, Kralinger 15 Prozent und Pohl 5 Prozent.";
  auto fd =
      Run(de, kDe, {{"20 Prozent", kPercent}, {"15 Prozent", kPercent}, {"5 Prozent", kPercent, 1}},
          {{"Donaublick", T::kOrg}, {"Kralinger", T::kOrg}, {"Pohl", T::kOrg}});
  CHECK(fd[0].entity == "Donaublick");
  CHECK(fd[1].entity == "Kralinger");
  CHECK(fd[2].entity == "Pohl");
  const std::string es = "Tecnovía controla el 40 %, y Almerisa el 25 %.";
  auto fs = Run(es, kEs, {{"40 %", kPercent}, {"25 %", kPercent}},
                {{"Tecnovía", T::kOrg}, {"Almerisa", T::kOrg}});
  CHECK(fs[1].entity == "Almerisa");
  const std::string en = "Voltaro owns 20%, and Brightwater 15%.";
  auto fe = Run(en, kEn, {{"20%", kPercent}, {"15%", kPercent}},
                {{"Voltaro", T::kOrg}, {"Brightwater", T::kOrg}});
  CHECK(fe[0].entity == "Voltaro");
  CHECK(fe[1].entity == "Brightwater");
}

TEST_CASE("clause: a relative clause without a subject is about its antecedent (de, es, en)",
          "[attribution][clause]") {
  const std::string de =
      "Die Kralinger AG hält 30 Prozent an der Donaublick GmbH, die wiederum 40 Prozent "
      "Marktanteil hat.";
  auto fd = Run(de, kDe, {{"30 Prozent", kPercent}, {"40 Prozent", kPercent}},
                {{"Kralinger AG", T::kOrg}, {"Donaublick GmbH", T::kOrg}});
  CHECK(fd[0].entity == "Kralinger AG");
  CHECK(fd[1].entity == "Donaublick GmbH");
  // A chain of names before the relative: the first, the maker.
  const std::string chain = "Am besten sei die Kralinger Turbo X7, die 900 Euro kostet.";
  auto fc =
      Run(chain, kDe, {{"900 Euro", kMoney}}, {{"Kralinger", T::kOrg}, {"Turbo X7", T::kOrg}});
  CHECK(fc[0].entity == "Kralinger");
  const std::string es = "Tecnovía compró Almerisa, que factura 30 millones de euros.";
  auto fs = Run(es, kEs, {{"30 millones de euros", kMoney}},
                {{"Tecnovía", T::kOrg}, {"Almerisa", T::kOrg}});
  CHECK(fs[0].entity == "Almerisa");
  const std::string en = "Voltaro bought Brightwater, which earned $40m last year.";
  auto fe = Run(en, kEn, {{"$40m", kMoney}}, {{"Voltaro", T::kOrg}, {"Brightwater", T::kOrg}});
  CHECK(fe[0].entity == "Brightwater");
  // Negatives: a place, or a name owned by a noun ("su casa de X, por la cual"), is no
  // antecedent; the sentence's subject decides.
  const std::string neg =
      "Marta Quiroga subasta su finca de Vallenar, por la cual espera 4 millones de dólares.";
  auto fn = Run(neg, kEs, {{"4 millones de dólares", kMoney}},
                {{"Marta Quiroga", T::kPerson}, {"Vallenar", T::kOrg}});
  CHECK(fn[0].entity == "Marta Quiroga");
}

// ---- Owners after the figure: "der X", "del X", passive agents only for "by" / "por".

TEST_CASE("owner after the figure: German genitive 'der X', 'del X', 'at X' (de, es, en)",
          "[attribution][possessive]") {
  const std::string de =
      "Die Regierung plant die Übertragung von 3.000 Beschäftigten der Kralinger AG in das "
      "staatliche System.";
  auto fd = Run(de, kDe, {{"3.000 Beschäftigten", kCount}}, {{"Kralinger AG", T::kOrg}});
  CHECK(fd[0].entity == "Kralinger AG");
  const std::string es = "En total se hicieron pruebas a 4.000 clientes del Banco Almerisa.";
  auto fs = Run(es, kEs, {{"4.000 clientes", kCount}}, {{"Banco Almerisa", T::kOrg}});
  CHECK(fs[0].entity == "Banco Almerisa");
  const std::string en =
      "Voltaro will shed 1,200 posts, while some 450 posts are to disappear at Brightwater.";
  auto fe = Run(en, kEn, {{"1,200 posts", kCount}, {"450 posts", kCount}},
                {{"Voltaro", T::kOrg}, {"Brightwater", T::kOrg}});
  CHECK(fe[0].entity == "Voltaro");
  CHECK(fe[1].entity == "Brightwater");
  // Negatives: a subject before the figure keeps it; "por X" without a passive is a cause.
  const std::string subj = "Donaublick übernimmt 3.000 Beschäftigte der Kralinger AG.";
  auto fsub = Run(subj, kDe, {{"3.000 Beschäftigte", kCount}},
                  {{"Donaublick", T::kOrg}, {"Kralinger AG", T::kOrg}});
  CHECK(fsub[0].entity == "Donaublick");
  const std::string cause = "Hubo 200 muertes por Gripex en la región.";
  auto fc = Run(cause, kEs, {{"200 muertes", kCount}}, {{"Gripex", T::kOrg}});
  CHECK(fc[0].entity.empty());
  const std::string passive = "Se vendieron 2.000 unidades, compradas por Tecnovía.";
  auto fp = Run(passive, kEs, {{"2.000 unidades", kCount}}, {{"Tecnovía", T::kOrg}});
  CHECK(fp[0].entity == "Tecnovía");
}

TEST_CASE("possessive: 'de la X' before the figure, a name cut short before '(figure)' (es, de)",
          "[attribution][possessive]") {
  const std::string es = "Los consejeros de la Almerisa firmaron un plan de 45 millones de euros.";
  auto fs = Run(es, kEs, {{"45 millones de euros", kMoney}}, {{"Almerisa", T::kOrg}});
  CHECK(fs[0].entity == "Almerisa");
  const std::string de =
      "Kralinger bot für die Anteile der Donaublick Privatstiftung (16,8 Prozent) mit.";
  auto fd =
      Run(de, kDe, {{"16,8 Prozent", kPercent}}, {{"Kralinger", T::kOrg}, {"Donaublick", T::kOrg}});
  CHECK(fd[0].entity == "Donaublick");
}

TEST_CASE("parts: 'davon 50 bei X', 'of which … at X', 'de ellos … en X' (de, en, es)",
          "[attribution][parts]") {
  const std::string de =
      "In Vietnias Banken stecken notleidende Darlehen über 140 Milliarden Euro, davon 35 bei "
      "der Kralinger Bank.";
  auto fd = Run(de, kDe, {{"140 Milliarden Euro", kMoney}, {"35", kMoney}},
                {{"Vietnias", T::kPlace, "Vietnia"}, {"Kralinger Bank", T::kOrg}});
  CHECK(fd[0].entity == "Vietnia");
  CHECK(fd[1].entity == "Kralinger Bank");
  const std::string de2 =
      "Die Banken halten 80 Milliarden Euro, 30 davon entfallen auf Donaublick.";
  auto fd2 = Run(de2, kDe, {{"80 Milliarden Euro", kMoney}, {"30 davon", kMoney}},
                 {{"Donaublick", T::kOrg}});
  CHECK(fd2[1].entity == "Donaublick");
  const std::string en = "The banks hold bad loans of $200bn, of which $50bn at Brightwater.";
  auto fe = Run(en, kEn, {{"$200bn", kMoney}, {"$50bn", kMoney}}, {{"Brightwater", T::kOrg}});
  CHECK(fe[1].entity == "Brightwater");
  const std::string es = "Los bancos tienen 300 millones de euros, de ellos 100 en Almerisa.";
  auto fs =
      Run(es, kEs, {{"300 millones de euros", kMoney}, {"100", kMoney}}, {{"Almerisa", T::kOrg}});
  CHECK(fs[1].entity == "Almerisa");
}

TEST_CASE(
    "pronoun 'es' yields to a name after it, sources are cited within their clause (de, es, en)",
    "[attribution][coref]") {
  const std::string de =
      "Donaublick stellte Geräte vor. Auch ein Roboter hat es in die Liste geschafft: die "
      "Kralinger R2 um 900 Euro.";
  auto fd = Run(de, kDe, {{"900 Euro", kMoney}}, {{"Donaublick", T::kOrg}, {"Kralinger", T::kOrg}},
                "Donaublick");
  CHECK(fd[0].entity == "Kralinger");
  // Negative: plain "es" still continues the subject ("Dennoch steigerte es …").
  const std::string de2 =
      "Donaublick legte Zahlen vor. Dennoch steigerte es den Umsatz um 4 Prozent.";
  auto fd2 = Run(de2, kDe, {{"4 Prozent", kPercent}}, {{"Donaublick", T::kOrg}});
  CHECK(fd2[0].entity == "Donaublick");
  const std::string es =
      "En Vietnia hay 10 millones de usuarios, según un estudio del Centro Tecnovía.";
  auto fs = Run(es, kEs, {{"10 millones de usuarios", kCount}},
                {{"Vietnia", T::kPlace}, {"Centro Tecnovía", T::kOrg}});
  CHECK(fs[0].entity == "Vietnia");
  const std::string en =
      "According to analysts' forecasts, Voltaro will report profits of $5bn this month.";
  auto fe = Run(en, kEn, {{"$5bn", kMoney}}, {{"Voltaro", T::kOrg}});
  CHECK(fe[0].entity == "Voltaro");
}

TEST_CASE(
    "places: a place before the figure beats the subject of the sentences before, unless a "
    "pronoun continues it (de, es, en)",
    "[attribution][places]") {
  const std::string de =
      "Die Kralinger AG legte Zahlen vor. Eine Rentnerin kann in Österreich maximal 480 Euro "
      "hinzuverdienen.";
  auto fd =
      Run(de, kDe, {{"480 Euro", kMoney}}, {{"Kralinger AG", T::kOrg}, {"Österreich", T::kPlace}});
  CHECK(fd[0].entity == "Österreich");
  const std::string es = "Tecnovía presentó resultados. En Portugal el paro subió al 7 %.";
  auto fs = Run(es, kEs, {{"7 %", kPercent}}, {{"Tecnovía", T::kOrg}, {"Portugal", T::kPlace}});
  CHECK(fs[0].entity == "Portugal");
  // Negatives: "It" continues the company; a place after the figure is where, not whose.
  const std::string en = "Voltaro reported results. It employs 5,000 staff in Spain.";
  auto fe = Run(en, kEn, {{"5,000 staff", kCount}}, {{"Voltaro", T::kOrg}, {"Spain", T::kPlace}});
  CHECK(fe[0].entity == "Voltaro");
  const std::string en2 = "Voltaro reported results. The stock slipped 2% in Dublin.";
  auto fe2 = Run(en2, kEn, {{"2%", kPercent}}, {{"Voltaro", T::kOrg}, {"Dublin", T::kPlace}});
  CHECK(fe2[0].entity == "Voltaro");
}

TEST_CASE("funding: money granted by a person or government goes to its recipient (es, de, en)",
          "[attribution][funding]") {
  const std::string es =
      "La ministra Marta Quiroga anunció la entrega de un préstamo de 250 millones de euros a "
      "la Minera Almerisa.";
  auto fs = Run(es, kEs, {{"250 millones de euros", kMoney}},
                {{"Marta Quiroga", T::kPerson}, {"Minera Almerisa", T::kOrg}});
  CHECK(fs[0].metric == "funding");
  CHECK(fs[0].entity == "Minera Almerisa");
  const std::string de =
      "Finanzministerin Laura Brenner gewährte einen Kredit von 20 Millionen Euro an die "
      "Kralinger Werft.";
  auto fd = Run(de, kDe, {{"20 Millionen Euro", kMoney}},
                {{"Laura Brenner", T::kPerson}, {"Kralinger Werft", T::kOrg}});
  CHECK(fd[0].entity == "Kralinger Werft");
  const std::string en = "Minister Okafor approved a loan of $5m to Brightwater.";
  auto fe = Run(en, kEn, {{"$5m", kMoney}}, {{"Okafor", T::kPerson}, {"Brightwater", T::kOrg}});
  CHECK(fe[0].entity == "Brightwater");
  // Negative: a company that grants the loan keeps it.
  const std::string neg = "Voltaro granted a loan of $5m to Brightwater.";
  auto fn = Run(neg, kEn, {{"$5m", kMoney}}, {{"Voltaro", T::kOrg}, {"Brightwater", T::kOrg}});
  CHECK(fn[0].entity == "Voltaro");
}

TEST_CASE(
    "clause: a relative clause keeps its antecedent over 'of X', an owner after a comma is "
    "not the figure's, 'de acuerdo con X' cites X, 'sie' continues the subject (en, es, de)",
    "[attribution][clause]") {
  const std::string en = "She later joined the Voltaro group, which has 35% of Brightwater.";
  auto fe = Run(en, kEn, {{"35%", kPercent}}, {{"Voltaro", T::kOrg}, {"Brightwater", T::kOrg}});
  CHECK(fe[0].entity == "Voltaro");
  const std::string es =
      "Jugó en 158 partidos y ganó con el Almerisa dos ligas, una copa del Tecnovía y más.";
  auto fs =
      Run(es, kEs, {{"158 partidos", kCount}}, {{"Almerisa", T::kOrg}, {"Tecnovía", T::kOrg}});
  CHECK(fs[0].entity != "Tecnovía");
  const std::string es2 =
      "De acuerdo con el Instituto Tecnovía, en Vietnia el paro subirá al 8 % este año.";
  auto fs2 =
      Run(es2, kEs, {{"8 %", kPercent}}, {{"Instituto Tecnovía", T::kOrg}, {"Vietnia", T::kPlace}});
  CHECK(fs2[0].entity == "Vietnia");
  const std::string de =
      "Die Partei Neue Mitte trat wieder an. Bei der Wahl in Vietnia verfehlte sie ihr Ziel mit "
      "4,8 Prozent.";
  auto fd =
      Run(de, kDe, {{"4,8 Prozent", kPercent}}, {{"Neue Mitte", T::kOrg}, {"Vietnia", T::kPlace}});
  CHECK(fd[0].entity == "Neue Mitte");
}

TEST_CASE("topic phrase: 'En cuanto a X, …' / 'As for X, …' makes X the subject (es, en)",
          "[attribution][subject]") {
  const std::string es =
      "En cuanto a Almerisa, filial del grupo Tecnovía, Quiroga dijo que ahora tiene más de 400 "
      "tiendas.";
  auto fs = Run(es, kEs, {{"400 tiendas", kCount}},
                {{"Almerisa", T::kOrg}, {"Tecnovía", T::kOrg}, {"Quiroga", T::kPerson}});
  CHECK(fs[0].entity == "Almerisa");
  const std::string en = "As for Brightwater, the unit now runs 40 plants.";
  auto fe = Run(en, kEn, {{"40 plants", kCount}}, {{"Brightwater", T::kOrg}});
  CHECK(fe[0].entity == "Brightwater");
  // Negative: a name after an ordinary preposition stays governed.
  const std::string neg =
      "Tecnovía presentó resultados. Para Almerisa, la cifra de 40 tiendas es baja.";
  auto fn = Run(neg, kEs, {{"40 tiendas", kCount}}, {{"Tecnovía", T::kOrg}, {"Almerisa", T::kOrg}});
  CHECK(fn[0].entity == "Tecnovía");
}

TEST_CASE(
    "source: a research firm cited as the author of a report is never the figure's entity, "
    "nor the article's topic, the same firm reporting its own figure is (es)",
    "[attribution][source]") {
  const std::string es =
      "El estudio elaborado por la consultora Datalia se centra en Vietnia. El mercado de "
      "bicicletas movió 300 millones de euros.";
  auto ms = Mentions(es, {{"Datalia", T::kOrg}, {"Vietnia", T::kPlace}});
  CHECK(nf::IsResearchSource(es, ms[0]));
  CHECK_FALSE(nf::IsResearchSource(es, ms[1]));
  const nf::EntityMention* topic = nf::ArticleTopic({}, ms, nf::Gazetteer::Default(), es);
  REQUIRE(topic != nullptr);
  CHECK(topic->entity == "Vietnia");
  auto fs = Run(es, kEs, {{"300 millones de euros", kMoney}},
                {{"Datalia", T::kOrg}, {"Vietnia", T::kPlace}}, "Vietnia");
  CHECK(fs[0].entity == "Vietnia");
  // In the figure's own sentence: "según datos de la consultoría X" cites X.
  const std::string es2 =
      "Las ventas de patinetes subieron un 12 %, según datos de la consultoría Mercalia.";
  auto f2 = Run(es2, kEs, {{"12 %", kPercent}}, {{"Mercalia", T::kOrg}});
  CHECK(f2[0].entity.empty());
  // Negative: the firm as the subject of its own results, and a report of a company.
  const std::string neg = "La consultora Datalia facturó 12 millones de euros en 2023.";
  auto fn = Run(neg, kEs, {{"12 millones de euros", kMoney}}, {{"Datalia", T::kOrg}});
  CHECK(fn[0].entity == "Datalia");
  const std::string neg2 = "El informe anual de Tecnovía muestra ventas de 80 millones de euros.";
  auto fn2 = Run(neg2, kEs, {{"80 millones de euros", kMoney}}, {{"Tecnovía", T::kOrg}});
  CHECK(fn2[0].entity == "Tecnovía");
}

TEST_CASE(
    "subject: a name in parentheses after a governed name is governed too, the person "
    "subject wins (es, de)",
    "[attribution][subject]") {
  const std::string es =
      "Quiroga, del partido Frente Verde (FV), ya había logrado 120.000 votos en la primera "
      "vuelta.";
  auto fs =
      Run(es, kEs, {{"120.000 votos", kCount}},
          {{"Quiroga", T::kPerson}, {"Frente Verde", T::kOrg}, {"FV", T::kOrg, "Frente Verde"}});
  CHECK(fs[0].entity == "Quiroga");
  const std::string de = "Brenner von der Partei Neue Mitte (NM) erhielt 45.000 Stimmen.";
  auto fd = Run(de, kDe, {{"45.000 Stimmen", kCount}},
                {{"Brenner", T::kPerson}, {"Neue Mitte", T::kOrg}, {"NM", T::kOrg, "Neue Mitte"}});
  CHECK(fd[0].entity == "Brenner");
  // Negative: an acronym in parentheses after a subject stays the subject.
  const std::string neg = "La empresa Tecnovía (TCV) facturó 80 millones de euros.";
  auto fn = Run(neg, kEs, {{"80 millones de euros", kMoney}},
                {{"Tecnovía", T::kOrg}, {"TCV", T::kOrg, "Tecnovía"}});
  CHECK(fn[0].entity == "Tecnovía");
}

TEST_CASE(
    "references: 'el candidato' / 'la presidenta' refers to the last person subject, not to "
    "a company, a name in apposition is no reference (es)",
    "[attribution][references]") {
  const std::string es =
      "Ramiro Estévez visitó ayer la fábrica de Tecnovía. En su programa, el candidato propone "
      "un bono de 500 euros al mes.";
  auto fs = Run(es, kEs, {{"500 euros", kMoney}},
                {{"Ramiro Estévez", T::kPerson}, {"Tecnovía", T::kOrg}});
  CHECK(fs[0].entity == "Ramiro Estévez");
  CHECK(fs[0].entity_type == T::kPerson);
  // Negative: "el presidente, X," names X in apposition.
  const std::string es2 =
      "Amparo Villaseñor habló ayer. Luego el presidente, Leocadio Brenes, propuso un impuesto "
      "de 300 pesos.";
  auto f2 = Run(es2, kEs, {{"300 pesos", kMoney}},
                {{"Amparo Villaseñor", T::kPerson}, {"Leocadio Brenes", T::kPerson}});
  CHECK(f2[0].entity == "Leocadio Brenes");
  // Negative: "un candidato" is no reference; a company noun still refers to the company.
  const std::string es3 =
      "Tecnovía presentó sus cuentas. Ramiro Estévez votó. Un candidato pidió 200 euros.";
  auto f3 = Run(es3, kEs, {{"200 euros", kMoney}},
                {{"Tecnovía", T::kOrg}, {"Ramiro Estévez", T::kPerson}});
  CHECK(f3[0].entity == "Tecnovía");
}

TEST_CASE(
    "references: 'el candidato' far from any person is the person the text introduced with "
    "that role (es)",
    "[attribution][references]") {
  // The role reference stands more than 400 bytes after the last person subject: the text
  // introduced "la candidata X" earlier, so "el candidato" (either gender) is X.
  const std::string filler =
      "La jornada electoral transcurrió sin incidentes en la mayoría de los colegios, según "
      "informaron los observadores. Los resultados provisionales se publicarán durante la "
      "madrugada y el recuento definitivo tardará varios días en completarse. ";
  const std::string es = "La candidata Leonor Abascal Trigo cerró ayer su campaña en Tecnovía. " +
                         filler + filler +
                         "En su programa de gobierno, la candidata propone subir el salario "
                         "mínimo a 700 euros al mes.";
  auto fs = Run(es, kEs, {{"700 euros", kMoney}},
                {{"Leonor Abascal Trigo", T::kPerson}, {"Tecnovía", T::kOrg}});
  CHECK(fs[0].entity == "Leonor Abascal Trigo");
  CHECK(fs[0].entity_type == T::kPerson);
  // The first person so introduced, not a rival introduced later with the same role.
  const std::string two = "El candidato Ramiro Estévez ganó la primera vuelta. " + filler +
                          "Su rival, el candidato Tadeo Quiroga, pidió un recuento. " + filler +
                          filler + "En su plan, el candidato promete 300 euros por hijo.";
  auto f2 = Run(two, kEs, {{"300 euros", kMoney}},
                {{"Ramiro Estévez", T::kPerson}, {"Tadeo Quiroga", T::kPerson}});
  CHECK(f2[0].entity == "Ramiro Estévez");
  // Negative: a count of a people in the same sentence stays the country's; a person never
  // introduced with the role is not the reference ("el alcalde" is not "la candidata").
  const std::string neg = "La candidata Leonor Abascal Trigo cerró ayer su campaña. " + filler +
                          filler +
                          "La candidata quiere acabar con el hambre de un millón de vietnios. "
                          "El alcalde propone 400 euros por hijo.";
  auto fn = Run(neg, kEs, {{"un millón de vietnios", kCount}, {"400 euros", kMoney}},
                {{"Leonor Abascal Trigo", T::kPerson}, {"vietnios", T::kPlace, "Vietnia"}});
  CHECK(fn[0].entity != "Leonor Abascal Trigo");
  CHECK(fn[1].entity != "Leonor Abascal Trigo");
}

TEST_CASE(
    "references: 'el país' / 'del país' is the country the text names most, without one the "
    "rules fall through (es)",
    "[attribution][references]") {
  const std::string es =
      "Vietnia vota hoy. Los vietnios eligen presidente tras una campaña en Almeria y en "
      "Vietnia. Los observadores vigilarán 11 de las 19 regiones del país. El país registró "
      "620 casos nuevos.";
  auto fs = Run(es, kEs, {{"11", kCount}, {"19 regiones", kCount}, {"620 casos", kCount}},
                {{"Vietnia", T::kPlace},
                 {"vietnios", T::kPlace, "Vietnia"},
                 {"Almeria", T::kPlace},
                 {"Vietnia", T::kPlace, "", 1}});
  CHECK(fs[0].entity == "Vietnia");
  CHECK(fs[1].entity == "Vietnia");
  CHECK(fs[2].entity == "Vietnia");
  // Negative: a company subject keeps its figure; "del país" behind a comma is not the
  // figure's owner.
  const std::string neg =
      "Vietnia crece. Tecnovía vendió 300 coches, la mayor cifra del país en diez años.";
  auto fn =
      Run(neg, kEs, {{"300 coches", kCount}}, {{"Vietnia", T::kPlace}, {"Tecnovía", T::kOrg}});
  CHECK(fn[0].entity == "Tecnovía");
}

TEST_CASE("pronoun: Spanish 'su'/'sus' continues the subject before over a place (es)",
          "[attribution][references]") {
  const std::string es =
      "Tecnovía presentó ayer sus resultados. En Vietnia, sus ventas crecieron un 5 %.";
  auto fs = Run(es, kEs, {{"5 %", kPercent}}, {{"Tecnovía", T::kOrg}, {"Vietnia", T::kPlace}});
  CHECK(fs[0].entity == "Tecnovía");
  // Negative: without the pronoun the place of the sentence decides.
  const std::string neg =
      "Tecnovía presentó ayer sus resultados. En Vietnia, las ventas de coches crecieron un 5 %.";
  auto fn = Run(neg, kEs, {{"5 %", kPercent}}, {{"Tecnovía", T::kOrg}, {"Vietnia", T::kPlace}});
  CHECK(fn[0].entity == "Vietnia");
}

TEST_CASE(
    "role: a person speaking for an organisation in apposition gives the figure to it, a "
    "candidate stands for himself (es)",
    "[attribution][subject]") {
  const std::string es =
      "Leocadio Brenes, presidente de Tecnovía, dijo que ganarán 40 millones de euros.";
  auto fs = Run(es, kEs, {{"40 millones de euros", kMoney}},
                {{"Leocadio Brenes", T::kPerson}, {"Tecnovía", T::kOrg}});
  CHECK(fs[0].entity == "Tecnovía");
  const std::string es2 =
      "El consejero delegado de la aerolínea Aerobrisa, Amparo Villaseñor, anunció 300 "
      "despidos.";
  auto f2 = Run(es2, kEs, {{"300 despidos", kCount}},
                {{"Aerobrisa", T::kOrg}, {"Amparo Villaseñor", T::kPerson}});
  CHECK(f2[0].entity == "Aerobrisa");
  // Negatives: a candidate of a party, and a party without a role.
  const std::string neg =
      "Ramiro Estévez, candidato del partido Frente Verde, obtuvo 120.000 votos.";
  auto fn = Run(neg, kEs, {{"120.000 votos", kCount}},
                {{"Ramiro Estévez", T::kPerson}, {"Frente Verde", T::kOrg}});
  CHECK(fn[0].entity == "Ramiro Estévez");
  const std::string neg2 = "Ramiro Estévez, de Frente Verde, obtuvo 120.000 votos.";
  auto fn2 = Run(neg2, kEs, {{"120.000 votos", kCount}},
                 {{"Ramiro Estévez", T::kPerson}, {"Frente Verde", T::kOrg}});
  CHECK(fn2[0].entity == "Ramiro Estévez");
}

TEST_CASE("clause: English 'while' opens a clause without a comma (en)", "[attribution][clause]") {
  const std::string en =
      "Voltaro said it would axe 700 roles while 250 roles are to disappear at Brightwater "
      "Systems.";
  auto fs = Run(en, kEn, {{"700 roles", kCount}, {"250 roles", kCount}},
                {{"Voltaro", T::kOrg}, {"Brightwater Systems", T::kOrg}});
  CHECK(fs[0].entity == "Voltaro");
  CHECK(fs[1].entity == "Brightwater Systems");
  // Negative: a clause with its own subject keeps it.
  const std::string neg =
      "Voltaro said it would axe 700 roles while Brightwater Systems will hire 300 staff at "
      "Kellmoor.";
  auto fn = Run(neg, kEn, {{"300 staff", kCount}},
                {{"Voltaro", T::kOrg}, {"Brightwater Systems", T::kOrg}, {"Kellmoor", T::kOrg}});
  CHECK(fn[0].entity == "Brightwater Systems");
}

TEST_CASE("currency: a place naming a currency is not the figure's place (en, de)",
          "[attribution][place]") {
  const std::string en =
      "Voltaro reported its results. It said the weakening Vietnian dollar would knock 40m "
      "euros off its profits.";
  auto fs = Run(en, kEn, {{"40m euros", kMoney}},
                {{"Voltaro", T::kOrg}, {"Vietnian", T::kPlace, "Vietnia"}});
  CHECK(fs[0].entity == "Voltaro");
  const std::string de =
      "Die Kralinger AG legte Zahlen vor. Der starke Vietnia-Dollar kostete 40 Millionen Euro.";
  auto fd = Run(de, kDe, {{"40 Millionen Euro", kMoney}},
                {{"Kralinger AG", T::kOrg}, {"Vietnia", T::kPlace}});
  CHECK(fd[0].entity == "Kralinger AG");
  // Negative: the place itself, not its currency, keeps the figure.
  const std::string neg = "In Vietnia, consumer prices rose 4% last year.";
  auto fn = Run(neg, kEn, {{"4%", kPercent}}, {{"Vietnia", T::kPlace}});
  CHECK(fn[0].entity == "Vietnia");
}

TEST_CASE(
    "deal: the price of a company its buyer bought in a relative clause is the bought "
    "company's (en)",
    "[attribution][clause]") {
  const std::string en =
      "The robot was built at Kellmoor, which Voltaro bought two years ago for $500m.";
  auto fs = Run(en, kEn, {{"$500m", kMoney}}, {{"Kellmoor", T::kOrg}, {"Voltaro", T::kOrg}});
  CHECK(fs[0].entity == "Kellmoor");
  // Negatives: in "which bought Y" the antecedent is the buyer (the rule does not fire; the
  // clause's own name, the bought company, keeps the price), and a clause without a purchase
  // keeps its own subject.
  const std::string n1 = "The robot was built at Kellmoor, which bought Voltaro for $500m.";
  auto f1 = Run(n1, kEn, {{"$500m", kMoney}}, {{"Kellmoor", T::kOrg}, {"Voltaro", T::kOrg}});
  CHECK(f1[0].entity == "Voltaro");
  const std::string n2 = "The robot was built at Kellmoor, which Voltaro funded with $500m.";
  auto f2 = Run(n2, kEn, {{"$500m", kMoney}}, {{"Kellmoor", T::kOrg}, {"Voltaro", T::kOrg}});
  CHECK(f2[0].entity == "Voltaro");
}

TEST_CASE("references: English 'the country' is the country the text names most (en)",
          "[attribution][references]") {
  const std::string en =
      "Vietnia votes today after a campaign in Almeria and in Vietnia. Kellmoor Bank sold "
      "bonds. The country's budget deficit is expected to be more than 6% this year.";
  auto fs = Run(en, kEn, {{"6%", kPercent}},
                {{"Vietnia", T::kPlace},
                 {"Almeria", T::kPlace},
                 {"Vietnia", T::kPlace, "", 1},
                 {"Kellmoor Bank", T::kOrg}});
  CHECK(fs[0].entity == "Vietnia");
  // Negatives: a company subject keeps its figure; "a country" is no reference.
  const std::string neg =
      "Vietnia votes today. Kellmoor Bank, the country's biggest lender, lifted profits 6%.";
  auto fn = Run(neg, kEn, {{"6%", kPercent}}, {{"Vietnia", T::kPlace}, {"Kellmoor Bank", T::kOrg}});
  CHECK(fn[0].entity == "Kellmoor Bank");
  const std::string neg2 =
      "Vietnia votes today. Kellmoor Bank sold bonds. In a country like that, a deficit of 6% "
      "is high.";
  auto fn2 =
      Run(neg2, kEn, {{"6%", kPercent}}, {{"Vietnia", T::kPlace}, {"Kellmoor Bank", T::kOrg}});
  CHECK(fn2[0].entity == "Kellmoor Bank");
}

// ---- A group named by a common noun (es): the share is the group's.

TEST_CASE("group: a share of a group named by a common noun is the group's (es)",
          "[attribution][group]") {
  // The subject opening the sentence: entity its singular, surface as written.
  const std::string es = "Los agricultores representan el 12 % de la población activa.";
  auto fs = Run(es, kEs, {{"12 %", kPercent}}, {});
  CHECK(fs[0].entity == "agricultor");
  CHECK(fs[0].entity_surface == "agricultores");
  REQUIRE(fs[0].entity_type.has_value());
  CHECK(*fs[0].entity_type == T::kGroup);
  // A measure of things counted: its object; after a leading phrase with a comma.
  const std::string es2 = "En cambio, las ventas de bicicletas concentran el 30 % del mercado.";
  auto f2 = Run(es2, kEs, {{"30 %", kPercent}}, {});
  CHECK(f2[0].entity == "bicicleta");
  // With an agreeing adjective; "su" in the next sentence continues it.
  const std::string es3 = "El vehículo híbrido gana terreno. Su cuota pasó del 4 % al 9 %.";
  auto f3 = Run(es3, kEs, {{"4 %", kPercent}, {"9 %", kPercent}}, {});
  CHECK(f3[0].entity == "vehículo híbrido");
  CHECK(f3[1].entity == "vehículo híbrido");
  // The antecedent of a relative clause.
  const std::string es4 = "Creció el consumo de las tabletas, que ya absorben el 15 % del gasto.";
  auto f4 = Run(es4, kEs, {{"15 %", kPercent}}, {});
  CHECK(f4[0].entity == "tableta");
  // A clause of its own continues the group with "sus".
  const std::string es5 =
      "Las enfermeras tienen un 20 % más de turnos y esperan que sus sueldos suban un 3 %.";
  auto f5 = Run(es5, kEs, {{"20 %", kPercent}, {"3 %", kPercent}}, {});
  CHECK(f5[0].entity == "enfermera");
  CHECK(f5[1].entity == "enfermera");
}

TEST_CASE("group: names, measures, references and other languages keep their entity (es, de)",
          "[attribution][group]") {
  auto not_group = [](const nf::Figure& f) {
    return !f.entity_type.has_value() || *f.entity_type != T::kGroup;
  };
  // A name before the figure is the subject, also between the group and the figure.
  const std::string named = "Los agricultores de Tecnovía representan el 12 % de la plantilla.";
  auto fn = Run(named, kEs, {{"12 %", kPercent}}, {{"Tecnovía", T::kOrg}});
  CHECK(fn[0].entity == "Tecnovía");
  // A measure is no group ("la inflación"), nor a measure of one thing ("de gasolina").
  const std::string measure = "La inflación subió un 3 % y el precio de gasolina un 2 %.";
  auto fm = Run(measure, kEs, {{"3 %", kPercent}, {"2 %", kPercent}}, {});
  CHECK(not_group(fm[0]));
  CHECK(not_group(fm[1]));
  // A company noun is a reference, not a group.
  const std::string ref = "Tecnovía creció. La compañía controla el 40 % del mercado.";
  auto fr = Run(ref, kEs, {{"40 %", kPercent}}, {{"Tecnovía", T::kOrg}});
  CHECK(fr[0].entity == "Tecnovía");
  // A clause of its own without "su(s)": the sentence's group is not its subject.
  const std::string clause = "Los agricultores temen que el precio del trigo caiga un 10 %.";
  auto fc = Run(clause, kEs, {{"10 %", kPercent}}, {});
  CHECK(not_group(fc[0]));
  // Only shares: a count of the group's members stays as it was.
  const std::string count = "Los agricultores recibieron 300 tractores.";
  auto fk = Run(count, kEs, {{"300 tractores", kCount}}, {});
  CHECK(not_group(fk[0]));
  // German keeps its own rules.
  const std::string de = "Die Landwirte stellen 12 Prozent der Erwerbstätigen.";
  auto fd = Run(de, kDe, {{"12 Prozent", kPercent}}, {});
  CHECK(not_group(fd[0]));
}

TEST_CASE("product: a name the text gives a maker with a possessive rolls up to it (en)",
          "[attribution][product]") {
  const std::string en =
      "Use of Voltaro's Skyview browser fell below 90%. Skyview now has 84% of users. "
      "Kellmoor has 7%.";
  auto fs = Run(en, kEn, {{"90%", kPercent}, {"84%", kPercent}, {"7%", kPercent}},
                {{"Voltaro", T::kOrg},
                 {"Skyview", T::kOrg},
                 {"Skyview", T::kOrg, "", 1},
                 {"Kellmoor", T::kOrg}});
  CHECK(fs[1].entity == "Voltaro");
  CHECK(fs[1].product == "Skyview");
  CHECK(fs[1].entity_surface == "Skyview");  // the evidence stays the product's mention
  CHECK(fs[2].entity == "Kellmoor");
  CHECK(fs[2].product.empty());
  // Through an acronym of the long name: "Voltaro's Sky View (SV)".
  const std::string ac = "Voltaro's Sky View (SV) lost users. SV had 84% of users in May.";
  auto fa =
      Run(ac, kEn, {{"84%", kPercent}},
          {{"Voltaro", T::kOrg}, {"SV", T::kOrg, "Sky View"}, {"SV", T::kOrg, "Sky View", 1}});
  CHECK(fa[0].entity == "Voltaro");
  CHECK(fa[0].product == "Sky View");
  // Negatives: a place's or a person's possessive makes no maker; German has no such rule.
  const std::string pl = "Vietnia's Kellmoor cut 300 jobs. Kellmoor had 84% of the market.";
  auto fp = Run(pl, kEn, {{"84%", kPercent}},
                {{"Vietnia", T::kPlace}, {"Kellmoor", T::kOrg}, {"Kellmoor", T::kOrg, "", 1}});
  CHECK(fp[0].entity == "Kellmoor");
  CHECK(fp[0].product.empty());
  const std::string pe = "Voltaro's Anna Pohl said sales rose 5%.";
  auto fe = Run(pe, kEn, {{"5%", kPercent}}, {{"Voltaro", T::kOrg}, {"Anna Pohl", T::kPerson}});
  CHECK(fe[0].product.empty());
}

TEST_CASE("product: a new product after the maker's possessive rolls up to it (en)",
          "[attribution][product]") {
  const std::string en =
      "Voltaro's new Quillet tablet will cost $400. Quillet sold 2 million units in May.";
  auto fs = Run(en, kEn, {{"$400", kMoney}, {"2 million units", kCount}},
                {{"Voltaro", T::kOrg}, {"Quillet", T::kOrg}, {"Quillet", T::kOrg, "", 1}});
  CHECK(fs[1].entity == "Voltaro");
  CHECK(fs[1].product == "Quillet");
  // Negative: another word between the possessive and the name ("Voltaro's rival
  // Kellmoor") names a company of its own.
  const std::string rival = "Voltaro's new rival Kellmoor sold 2 million units.";
  auto fr =
      Run(rival, kEn, {{"2 million units", kCount}}, {{"Voltaro", T::kOrg}, {"Kellmoor", T::kOrg}});
  CHECK(fr[0].product.empty());
}

TEST_CASE("stake: in English the subject owns the stake it holds in a company (en, de)",
          "[attribution][stake]") {
  const std::string en = "Brightwater holds a 20% stake in Kellmoor, the carmaker.";
  auto fs = Run(en, kEn, {{"20%", kPercent}}, {{"Brightwater", T::kOrg}, {"Kellmoor", T::kOrg}});
  CHECK(fs[0].metric == "stake");
  CHECK(fs[0].entity == "Brightwater");
  // Negatives: without an owner the stake is the company's; German "an X" stays X's.
  const std::string none = "A 20% stake in Kellmoor was sold on Monday.";
  auto fn = Run(none, kEn, {{"20%", kPercent}}, {{"Kellmoor", T::kOrg}});
  CHECK(fn[0].entity == "Kellmoor");
  const std::string de = "Die Brightwater AG ist zu 30 Prozent an Kellmoor beteiligt.";
  auto fd = Run(de, kDe, {{"30 Prozent", kPercent}},
                {{"Brightwater AG", T::kOrg}, {"Kellmoor", T::kOrg}});
  CHECK(fd[0].entity == "Kellmoor");
}

TEST_CASE("stake: a verb of holding or buying names the holder, not the held (en, de)",
          "[attribution][stake]") {
  // The holder before an apposition between dashes: the subject of "besitzt".
  const std::string en =
      "Die Ostrava Stiftung – gegründet 1990 in Tervik – besitzt nun 12 Prozent an der Morsund "
      "AG.";
  auto fs = Run(en, kDe, {{"12 Prozent", kPercent}},
                {{"Ostrava Stiftung", T::kOrg}, {"Tervik", T::kPlace}, {"Morsund AG", T::kOrg}});
  CHECK(fs[0].metric == "stake");
  CHECK(fs[0].entity == "Ostrava Stiftung");
  // The buyer of the stake after a comma: the name nearest before the verb.
  const std::string buy =
      "Brightwater, the rival of Voltaro, said Kellmoor Motors has bought 49% of Sandline.";
  auto fb = Run(buy, kEn, {{"49%", kPercent}},
                {{"Brightwater", T::kOrg},
                 {"Voltaro", T::kOrg},
                 {"Kellmoor Motors", T::kOrg},
                 {"Sandline", T::kOrg}});
  CHECK(fb[0].entity == "Kellmoor Motors");
  // The holder's own noun before the stake, the holder a place: German.
  const std::string de =
      "Neu in dem Konzern ist dann auch der Golfstaat Norland, der laut einer Meldung mit einer "
      "Beteiligung von 17 Prozent im Kralwerk-Konzern einsteigen will.";
  auto fd = Run(de, kDe, {{"17 Prozent", kPercent}},
                {{"Norland", T::kPlace}, {"Kralwerk-Konzern", T::kOrg, "Kralwerk"}}, "Kralwerk");
  CHECK(fd[0].metric == "stake");
  CHECK(fd[0].entity == "Norland");
  // Negative: without such a verb "of X" names whose shares the figure counts.
  const std::string none = "Brightwater said 20% of Kellmoor Motors is in the hands of funds.";
  auto fn =
      Run(none, kEn, {{"20%", kPercent}}, {{"Brightwater", T::kOrg}, {"Kellmoor Motors", T::kOrg}});
  CHECK(fn[0].entity == "Kellmoor Motors");
}

TEST_CASE("stake: a noun of buying is no verb of buying (es, en)", "[attribution][stake]") {
  // "la compra del": a noun, rule 3 reads whose shares the stake counts.
  const std::string es = "La compra del 30 % de Tervalia por Morsund fue aprobada.";
  auto fs = Run(es, kEs, {{"30 %", kPercent}}, {{"Tervalia", T::kOrg}, {"Morsund", T::kOrg}});
  CHECK(fs[0].metric == "stake");
  CHECK(fs[0].entity == "Tervalia");
  // Negative: the verb "compra" names its subject the holder.
  const std::string verb = "Morsund compra el 30 % de Tervalia.";
  auto fv = Run(verb, kEs, {{"30 %", kPercent}}, {{"Morsund", T::kOrg}, {"Tervalia", T::kOrg}});
  CHECK(fv[0].entity == "Morsund");
}

TEST_CASE("stake: the verb of holding is read by words, a lone dash is no word (en)",
          "[attribution][stake]") {
  // Dashes between blanks take no word's place among the four before the figure.
  const std::string en =
      "Brightwater, the rival of Voltaro, said Kellmoor Motors has bought - as expected - 49% of "
      "Sandline.";
  const std::vector<Ment> ms = {{"Brightwater", T::kOrg},
                                {"Voltaro", T::kOrg},
                                {"Kellmoor Motors", T::kOrg},
                                {"Sandline", T::kOrg}};
  auto fe = Run(en, kEn, {{"49%", kPercent}}, ms);
  CHECK(fe[0].metric == "stake");
  CHECK(fe[0].entity == "Kellmoor Motors");
  // Negative: without a verb of holding "of X" names whose shares the figure counts.
  const std::string none =
      "Brightwater said - as expected - 20% of Kellmoor Motors is in the hands of funds.";
  auto fn = Run(none, kEn, {{"20%", kPercent}}, {{"Brightwater"}, {"Kellmoor Motors"}});
  CHECK(fn[0].entity == "Kellmoor Motors");
}

TEST_CASE("stake: after a verb of holding with no holder named the passive agent holds (en)",
          "[attribution][stake]") {
  const std::string en = "A trust now holds 20% of the shares, acquired by Morsund in May.";
  auto fs = Run(en, kEn, {{"20%", kPercent}}, {{"Morsund", T::kOrg}});
  CHECK(fs[0].metric == "stake");
  CHECK(fs[0].entity == "Morsund");
}

TEST_CASE("stake: the holder is not looked for before a clause opened by 'that' (en)",
          "[attribution][stake]") {
  const std::string en =
      "Tarnel Bank argued in a long note that the state owns 40% of Ostrava Steel.";
  auto fe =
      Run(en, kEn, {{"40%", kPercent}}, {{"Tarnel Bank", T::kOrg}, {"Ostrava Steel", T::kOrg}});
  CHECK(fe[0].entity == "Ostrava Steel");
  // Negative: a name inside the clause is the holder.
  const std::string named =
      "Tarnel Bank argued in a long note that Morsund owns 40% of Ostrava Steel.";
  auto fn = Run(named, kEn, {{"40%", kPercent}},
                {{"Tarnel Bank", T::kOrg}, {"Morsund", T::kOrg}, {"Ostrava Steel", T::kOrg}});
  CHECK(fn[0].entity == "Morsund");
}

TEST_CASE("clause: after a sentence-initial 'While …,' the main clause has its own subject (en)",
          "[attribution][clause]") {
  const std::string en = "While Voltaro's share fell 5% to 80%, Kellmoor grew by 3%.";
  auto fs = Run(en, kEn, {{"5%", kPercent}, {"80%", kPercent}, {"3%", kPercent}},
                {{"Voltaro", T::kOrg}, {"Kellmoor", T::kOrg}});
  CHECK(fs[0].entity == "Voltaro");
  CHECK(fs[1].entity == "Voltaro");
  CHECK(fs[2].entity == "Kellmoor");
  // Negative: a main clause without a name of its own keeps the sentence's subject.
  const std::string n2 = "While Voltaro's share fell 5%, its costs grew by 3% at home.";
  auto f2 = Run(n2, kEn, {{"3%", kPercent}}, {{"Voltaro", T::kOrg}});
  CHECK(f2[0].entity == "Voltaro");
}

// ---- German: a company compound in apposition after a preposition governs the name.

TEST_CASE("de: 'auf der Handelsplattform X' is no subject, the compound without a preposition is",
          "[attribution][de]") {
  const std::string t =
      "Der Spieleentwickler Donaublick hat den Zuschlag bekommen. Die Auktion spielte auf der "
      "Handelsplattform Kralix ein Gebot von 2,3 Millionen Euro ein.";
  auto f =
      Run(t, kDe, {{"2,3 Millionen Euro", kMoney}}, {{"Donaublick", T::kOrg}, {"Kralix", T::kOrg}});
  CHECK(f[0].entity == "Donaublick");
  // Negative: without the preposition the platform is the subject.
  const std::string n =
      "Der Spieleentwickler Donaublick hat den Zuschlag bekommen. Die Handelsplattform Kralix "
      "setzte im Jahr 2,3 Millionen Euro um.";
  auto g =
      Run(n, kDe, {{"2,3 Millionen Euro", kMoney}}, {{"Donaublick", T::kOrg}, {"Kralix", T::kOrg}});
  CHECK(g[0].entity == "Kralix");
  // Negative: "von der Treuhandgesellschaft X" names the agent, as "von X" would.
  const std::string a =
      "Der Verein Donaublick half dem Kläger. Im Mai wurde er von der Treuhandgesellschaft "
      "Kralix aufgefordert, 70 Prozent der Zahlungen zurückzuzahlen.";
  auto h = Run(a, kDe, {{"70 Prozent", kPercent}}, {{"Donaublick", T::kOrg}, {"Kralix", T::kOrg}});
  CHECK(h[0].entity == "Kralix");
}

// ---- German: an organisation opening a compound after a place adjective.

TEST_CASE("de: 'eines Linzer Kralix-Vermieters' gives the figure to the place, not to Kralix",
          "[attribution][de]") {
  const std::string t =
      "Der größte Markt ist Linz mit 900 Wohnungen. Das Einkommen eines Linzer "
      "Kralix-Vermieters liegt bei 310 Euro im Monat.";
  auto f = Run(t, kDe, {{"310 Euro", kMoney}},
               {{"Linz", T::kPlace}, {"Linzer", T::kPlace, "Linz"}, {"Kralix", T::kOrg}});
  CHECK(f[0].entity == "Linz");
  // Negative: without the place adjective the organisation of the compound stays.
  const std::string n =
      "Der größte Markt ist Linz mit 900 Wohnungen. Das Einkommen eines Kralix-Vermieters liegt "
      "bei 310 Euro im Monat.";
  auto g = Run(n, kDe, {{"310 Euro", kMoney}}, {{"Linz", T::kPlace}, {"Kralix", T::kOrg}});
  CHECK(g[0].entity == "Kralix");
}

// ---- German plural institutions named by a compound ("die Volksbanken"-type).

TEST_CASE("de: 'den Genossenschaftsbanken (2 Millionen Euro)' gives the figure to that group",
          "[attribution][de]") {
  const std::string t =
      "Das meiste Geld verlieh die Murtaler Sparkasse mit 6,1 Millionen, vor den "
      "Genossenschaftsbanken (2,4 Millionen Euro) und der Kralinger Bank (0,9 Millionen Euro).";
  auto f = Run(
      t, kDe,
      {{"6,1 Millionen", kMoney}, {"2,4 Millionen Euro", kMoney}, {"0,9 Millionen Euro", kMoney}},
      {{"Murtaler Sparkasse", T::kOrg}, {"Kralinger Bank", T::kOrg}});
  CHECK(f[0].entity == "Murtaler Sparkasse");
  CHECK(f[1].entity == "Genossenschaftsbanken");
  CHECK(f[1].entity_type == T::kOrg);
  CHECK(f[1].entity_surface == "Genossenschaftsbanken");
  CHECK(f[2].entity == "Kralinger Bank");
  // Negatives: a singular noun, or a plural without a parenthesis, names no group.
  const std::string n =
      "Die Kralinger Bank meldete Zahlen. Die Filialbanken sanken auf 2,8 Millionen Euro. Bei "
      "der Hausbank (2 Millionen Euro) ist wenig offen.";
  auto g = Run(n, kDe, {{"2,8 Millionen Euro", kMoney}, {"2 Millionen Euro", kMoney}},
               {{"Kralinger Bank", T::kOrg}});
  CHECK(g[0].entity == "Kralinger Bank");
  CHECK(g[1].entity == "Kralinger Bank");
}

// ---- A subsidiary named with its parent is the subject, not the parent (de).

TEST_CASE("de: 'die Tochter der X, Y' and 'die X-Tochter' give the figures to the subsidiary",
          "[attribution][de]") {
  const std::string t =
      "Die polnische Tochter der Kralix Holding (KH), Morlan Bank, legte ihre Zahlen vor. Die "
      "Kredite stiegen auf 2,1 Mrd. Euro. Im Leasing erreicht die KH-Tochter einen "
      "Marktanteil von 3,4 Prozent. Die Kralix-Tochter Varnet Leasing meldete 40 Mio. "
      "Euro Gewinn.";
  auto f =
      Run(t, kDe, {{"2,1 Mrd. Euro", kMoney}, {"3,4 Prozent", kPercent}, {"40 Mio. Euro", kMoney}},
          {{"Kralix Holding", T::kOrg},
           {"KH", T::kOrg, "Kralix Holding"},
           {"Morlan Bank", T::kOrg},
           {"KH", T::kOrg, "Kralix Holding", 1},
           {"Kralix", T::kOrg, "Kralix Holding", 1},
           {"Varnet Leasing", T::kOrg}});
  CHECK(f[0].entity == "Morlan Bank");
  CHECK(f[1].entity == "Morlan Bank");
  CHECK(f[2].entity == "Varnet Leasing");
  // Negatives: a name after the genitive of another noun, or glued to another noun, is the
  // subject (the topic before does not take the figure).
  const std::string n =
      "Die Morlan Bank legte Zahlen vor. Die Filiale der Kralix Holding meldete 40 Mio. Euro "
      "Gewinn. Der Varnet-Konzern meldete 12 Mio. Euro Verlust.";
  auto g = Run(n, kDe, {{"40 Mio. Euro", kMoney}, {"12 Mio. Euro", kMoney}},
               {{"Morlan Bank", T::kOrg}, {"Kralix Holding", T::kOrg}, {"Varnet", T::kOrg}});
  CHECK(g[0].entity == "Kralix Holding");
  CHECK(g[1].entity == "Varnet");
}

// ---- A government minister's figures are the country's (de, en).

TEST_CASE("minister: a figure a minister proposes goes to the minister's country (de, en)",
          "[attribution][de][en]") {
  const std::string de =
      "Wien – Die ungarische Finanzministerin Ilona Varsányi bringt eine Abgabe ins Gespräch. "
      "Pro Auto wären 80 Euro zu zahlen, sagte Varsányi.";
  auto fd = Run(de, kDe, {{"80 Euro", kMoney}},
                {{"ungarische", T::kPlace, "Ungarn"},
                 {"Ilona Varsányi", T::kPerson},
                 {"Varsányi", T::kPerson, "", 1}},
                "Ilona Varsányi");
  CHECK(fd[0].entity == "Ungarn");
  CHECK(fd[0].entity_type == T::kPlace);
  // English: the minister by the surname alone; the country the text names most.
  const std::string en =
      "Norland has unveiled its budget. The priority for Finance Minister Oskar Lindqvist is "
      "growth in Norland. Mr Lindqvist must cut borrowing by 0.6 percentage points.";
  auto fe = Run(en, kEn, {{"0.6 percentage points", kPercent}},
                {{"Norland", T::kPlace},
                 {"Oskar Lindqvist", T::kPerson},
                 {"Norland", T::kPlace, "", 1},
                 {"Lindqvist", T::kPerson, "", 1}});
  CHECK(fe[0].entity == "Norland");
  // Negative: a person without a government role keeps the figure.
  const std::string n =
      "Der Investor Ilona Varsányi lebt in Ungarn. Varsányi zahlte 80 Euro für das Essen.";
  auto fn =
      Run(n, kDe, {{"80 Euro", kMoney}},
          {{"Ilona Varsányi", T::kPerson}, {"Ungarn", T::kPlace}, {"Varsányi", T::kPerson, "", 1}},
          "Ilona Varsányi");
  CHECK(fn[0].entity == "Varsányi");
}

TEST_CASE("minister en: a President's figure goes to the country, a company president's stays",
          "[attribution][en]") {
  // "Norlander President X": the place before the title; the surname alone later.
  const std::string en =
      "Norlander President Oskar Lindqvist spoke. Mr Lindqvist says the deficit hit $40bn.";
  auto fe = Run(en, kEn, {{"$40bn", kMoney}},
                {{"Norlander", T::kPlace, "Norland"},
                 {"Oskar Lindqvist", T::kPerson},
                 {"Lindqvist", T::kPerson, "", 1}});
  CHECK(fe[0].entity == "Norland");
  // Negative: a company's president, in lower case, keeps the figure.
  const std::string n =
      "Norland is cold. Kellmoor president Oskar Lindqvist spoke. Mr Lindqvist paid $40m for it.";
  auto fn = Run(n, kEn, {{"$40m", kMoney}},
                {{"Norland", T::kPlace},
                 {"Kellmoor", T::kOrg},
                 {"Oskar Lindqvist", T::kPerson},
                 {"Lindqvist", T::kPerson, "", 1}});
  CHECK(fn[0].entity == "Lindqvist");
}

TEST_CASE("minister en: with no place before the figure, the place the text names most after it",
          "[attribution][en]") {
  const std::string en =
      "President Oskar Lindqvist has cut spending to lower a deficit projected at $40bn. "
      "Lawmakers in Norland will debate the plan. Norland votes in May.";
  auto fe =
      Run(en, kEn, {{"$40bn", kMoney}},
          {{"Oskar Lindqvist", T::kPerson}, {"Norland", T::kPlace}, {"Norland", T::kPlace, "", 1}});
  CHECK(fe[0].entity == "Norland");
  // Negative: a person without a government role keeps the figure.
  const std::string n =
      "Investor Oskar Lindqvist has cut spending to lower a debt projected at $40m. Lawmakers in "
      "Norland will debate the plan.";
  auto fn =
      Run(n, kEn, {{"$40m", kMoney}}, {{"Oskar Lindqvist", T::kPerson}, {"Norland", T::kPlace}});
  CHECK(fn[0].entity == "Oskar Lindqvist");
}

TEST_CASE(
    "topic: an organisation beats a person named more often, a free name beats a governed one "
    "named more often, and among names alike the one named most wins (de)",
    "[attribution][topic]") {
  // Velmora takes the lead from the person; the governed Tecnora cannot take it; Pohlinger,
  // free and named more often, does; the person's later mentions change nothing.
  const std::string a =
      "Anna Kral lobte Velmora. Mit Tecnora plant Pohlinger. Anna Kral sagte: Anna Kral bleibt. "
      "Pohlinger, Pohlinger.";
  auto ma = Mentions(a, {{"Anna Kral", T::kPerson},
                         {"Velmora", T::kOrg},
                         {"Tecnora", T::kOrg},
                         {"Pohlinger", T::kOrg},
                         {"Anna Kral", T::kPerson, "", 1},
                         {"Anna Kral", T::kPerson, "", 2},
                         {"Pohlinger", T::kOrg, "", 1},
                         {"Pohlinger", T::kOrg, "", 2}});
  const nf::EntityMention* ta = nf::ArticleTopic({}, ma, nf::Gazetteer::Default(), a);
  REQUIRE(ta != nullptr);
  CHECK(ta->entity == "Pohlinger");
  CHECK(ta->start == a.find("Pohlinger"));
  // Named three times, each after a preposition: the free Velmora named once still wins.
  const std::string b = "Velmora wächst. Mit Tecnora, mit Tecnora und mit Tecnora plant man.";
  auto mb = Mentions(b, {{"Velmora", T::kOrg},
                         {"Tecnora", T::kOrg},
                         {"Tecnora", T::kOrg, "", 1},
                         {"Tecnora", T::kOrg, "", 2}});
  const nf::EntityMention* tb = nf::ArticleTopic({}, mb, nf::Gazetteer::Default(), b);
  REQUIRE(tb != nullptr);
  CHECK(tb->entity == "Velmora");
  // All governed: the one named most wins.
  const std::string c = "Mit Tecnora plant man. Mit Velmora und mit Velmora auch.";
  auto mc = Mentions(c, {{"Tecnora", T::kOrg}, {"Velmora", T::kOrg}, {"Velmora", T::kOrg, "", 1}});
  const nf::EntityMention* tc = nf::ArticleTopic({}, mc, nf::Gazetteer::Default(), c);
  REQUIRE(tc != nullptr);
  CHECK(tc->entity == "Velmora");
}

TEST_CASE(
    "topic de: an organisation named only after a preposition or as a compound's first part "
    "yields to a free place of the lead that scores as much, not to a destination after nach",
    "[attribution][topic]") {
  // Governed by "mit" in the lead, named again in the body: the place, named as often, is
  // the topic.
  const std::string pad(420, ' ');
  const std::string a = "Gespräche mit Tarvos laufen. Ostrilien muss sparen." + pad +
                        "Tarvos rechnet. Ostrilien zahlt.";
  auto ma = Mentions(a, {{"Tarvos", T::kOrg},
                         {"Ostrilien", T::kPlace},
                         {"Tarvos", T::kOrg, "", 1},
                         {"Ostrilien", T::kPlace, "", 1}});
  const nf::EntityMention* ta = nf::ArticleTopic({}, ma, nf::Gazetteer::Default(), a, kDe);
  REQUIRE(ta != nullptr);
  CHECK(ta->entity == "Ostrilien");
  // Negative: the place named less often than the organisation leaves it the topic.
  const std::string b =
      "Gespräche mit Tarvos laufen. Ostrilien muss sparen." + pad + "Tarvos rechnet.";
  auto mb =
      Mentions(b, {{"Tarvos", T::kOrg}, {"Ostrilien", T::kPlace}, {"Tarvos", T::kOrg, "", 1}});
  const nf::EntityMention* tb = nf::ArticleTopic({}, mb, nf::Gazetteer::Default(), b, kDe);
  REQUIRE(tb != nullptr);
  CHECK(tb->entity == "Tarvos");
  // Negative: a country adjective is no name of the story's place.
  const std::string b2 = "Gespräche mit Tarvos laufen. Die ostrilische Regierung berät." + pad +
                         "Tarvos rechnet. Ostrilien zahlt.";
  auto mb2 = Mentions(b2, {{"Tarvos", T::kOrg},
                           {"ostrilische", T::kPlace, "Ostrilien"},
                           {"Tarvos", T::kOrg, "", 1},
                           {"Ostrilien", T::kPlace}});
  const nf::EntityMention* tb2 = nf::ArticleTopic({}, mb2, nf::Gazetteer::Default(), b2, kDe);
  REQUIRE(tb2 != nullptr);
  CHECK(tb2->entity == "Tarvos");
  // A compound's first part is not free either; a place after "nach" is a destination.
  const std::string c =
      "Seit Montag fliegen Tarvos-Maschinen nach Belgora und zurück nach Belgora. Ostrilien "
      "prüft das. Ostrilien auch.";
  auto mc = Mentions(c, {{"Tarvos", T::kOrg},
                         {"Belgora", T::kPlace},
                         {"Belgora", T::kPlace, "", 1},
                         {"Ostrilien", T::kPlace},
                         {"Ostrilien", T::kPlace, "", 1}});
  const nf::EntityMention* tc = nf::ArticleTopic({}, mc, nf::Gazetteer::Default(), c, kDe);
  REQUIRE(tc != nullptr);
  CHECK(tc->entity == "Ostrilien");
  // "Nach" opening a sentence too.
  const std::string c2 =
      "Nach Belgora fliegen Tarvos-Maschinen. Nach Belgora fährt auch die Bahn. "
      "Ostrilien prüft das. Ostrilien auch.";
  auto mc2 = Mentions(c2, {{"Tarvos", T::kOrg},
                           {"Belgora", T::kPlace},
                           {"Belgora", T::kPlace, "", 1},
                           {"Ostrilien", T::kPlace},
                           {"Ostrilien", T::kPlace, "", 1}});
  const nf::EntityMention* tc2 = nf::ArticleTopic({}, mc2, nf::Gazetteer::Default(), c2, kDe);
  REQUIRE(tc2 != nullptr);
  CHECK(tc2->entity == "Ostrilien");
  // Negative: the same organisation named freely stays the topic.
  const std::string d =
      "Tarvos fliegt die Strecke für Ostrilien. Ostrilien prüft das. Tarvos wächst.";
  auto md = Mentions(d, {{"Tarvos", T::kOrg},
                         {"Ostrilien", T::kPlace},
                         {"Ostrilien", T::kPlace, "", 1},
                         {"Tarvos", T::kOrg, "", 1}});
  const nf::EntityMention* td = nf::ArticleTopic({}, md, nf::Gazetteer::Default(), d, kDe);
  REQUIRE(td != nullptr);
  CHECK(td->entity == "Tarvos");
}

TEST_CASE(
    "topic es: with no name in the title or lead, an organisation the body names once is no "
    "topic, one it names twice is",
    "[attribution][topic]") {
  // A lead of more than 400 bytes without a name, then one organisation in passing.
  const std::string lead =
      "Las cifras corroboran una tendencia al alza que preocupa a los especialistas desde hace "
      "años, pues se calcula que esta condición afectará a muchos más hombres en el mundo, un "
      "hecho motivado sobre todo por el envejecimiento de la población y por los hábitos de "
      "vida sedentarios que se han extendido en las últimas décadas en las ciudades grandes y "
      "pequeñas, según explican los médicos consultados, que piden más atención para un "
      "problema que muchos pacientes ocultan durante años por pura vergüenza. ";
  REQUIRE(lead.size() > 400);
  const std::string once = lead + "El especialista lo explica en su canal de Plataformia.";
  auto mo = Mentions(once, {{"Plataformia", T::kOrg}});
  CHECK(nf::ArticleTopic({}, mo, nf::Gazetteer::Default(), once, kEs) == nullptr);
  // Negative: named twice, the organisation is the topic.
  const std::string twice = once + " Plataformia crece.";
  auto mt = Mentions(twice, {{"Plataformia", T::kOrg}, {"Plataformia", T::kOrg, "", 1}});
  const nf::EntityMention* tt = nf::ArticleTopic({}, mt, nf::Gazetteer::Default(), twice, kEs);
  REQUIRE(tt != nullptr);
  CHECK(tt->entity == "Plataformia");
  // Negative: other languages keep the organisation named once.
  const nf::EntityMention* td = nf::ArticleTopic({}, mo, nf::Gazetteer::Default(), once, kDe);
  REQUIRE(td != nullptr);
  CHECK(td->entity == "Plataformia");
}

// ---- A country adjective or genitive describing a person in its noun phrase.

TEST_CASE("demonym: a person described by a country adjective is the subject, not the country",
          "[attribution][de][en][es]") {
  const std::string de =
      "Der norländische Sänger Jonas Berglund hat einen Vertrag über 80 Millionen Euro "
      "unterschrieben.";
  auto fd = Run(de, kDe, {{"80 Millionen Euro", kMoney}},
                {{"norländische", T::kPlace, "Norland"}, {"Jonas Berglund", T::kPerson}});
  CHECK(fd[0].entity == "Jonas Berglund");
  const std::string dg = "Norlands bekanntester Maler Jonas Berglund verkaufte 40 Bilder.";
  auto fg = Run(dg, kDe, {{"40 Bilder", kCount}},
                {{"Norlands", T::kPlace, "Norland"}, {"Jonas Berglund", T::kPerson}});
  CHECK(fg[0].entity == "Jonas Berglund");
  const std::string en = "The Norlandic folk singer Jonas Berglund signed a deal worth $80m.";
  auto fe = Run(en, kEn, {{"$80m", kMoney}},
                {{"Norlandic", T::kPlace, "Norland"}, {"Jonas Berglund", T::kPerson}});
  CHECK(fe[0].entity == "Jonas Berglund");
  const std::string es =
      "El cantante norlandés Jonas Berglund firmó un contrato de 80 millones de euros.";
  auto fs = Run(es, kEs, {{"80 millones de euros", kMoney}},
                {{"norlandés", T::kPlace, "Norland"}, {"Jonas Berglund", T::kPerson}});
  CHECK(fs[0].entity == "Jonas Berglund");
}

TEST_CASE("demonym: a government office, a people noun or a verb between keeps the country",
          "[attribution][de][en][es]") {
  // The office holder's figures are the country's; "Die Norländer" are the people, a verb
  // ends the noun phrase.
  const std::string de =
      "Der norländische Premierminister Jonas Berglund plant Ausgaben von 80 Millionen Euro.";
  auto fd = Run(de, kDe, {{"80 Millionen Euro", kMoney}},
                {{"norländische", T::kPlace, "Norland"}, {"Jonas Berglund", T::kPerson}});
  CHECK(fd[0].entity == "Norland");
  const std::string dp = "Die Norländer haben Jonas Berglund 80 Millionen Euro gezahlt.";
  auto fp = Run(dp, kDe, {{"80 Millionen Euro", kMoney}},
                {{"Norländer", T::kPlace, "Norland"}, {"Jonas Berglund", T::kPerson}});
  CHECK(fp[0].entity == "Norland");
  const std::string en = "Norlandic fans cheered at Jonas Berglund as 8,000 people came.";
  auto fe = Run(en, kEn, {{"8,000 people", kCount}},
                {{"Norlandic", T::kPlace, "Norland"}, {"Jonas Berglund", T::kPerson}});
  CHECK(fe[0].entity == "Norland");
  const std::string es =
      "El presidente norlandés Jonas Berglund anunció un plan de 80 millones de euros.";
  auto fs = Run(es, kEs, {{"80 millones de euros", kMoney}},
                {{"norlandés", T::kPlace, "Norland"}, {"Jonas Berglund", T::kPerson}});
  CHECK(fs[0].entity == "Norland");
}

TEST_CASE("demonym: a country's genitive before a named company leaves the figure to the company",
          "[attribution][de][en]") {
  const std::string en = "Norland's third-largest carmaker Sorato sold 180,000 cars last year.";
  auto fe = Run(en, kEn, {{"180,000 cars", kCount}}, {{"Norland", T::kPlace}, {"Sorato", T::kOrg}});
  CHECK(fe[0].entity == "Sorato");
  const std::string de = "Norlands zweitgrößte Bank Kredora verkaufte 180.000 Konten.";
  auto fd = Run(de, kDe, {{"180.000 Konten", kCount}},
                {{"Norlands", T::kPlace, "Norland"}, {"Kredora", T::kOrg}});
  CHECK(fd[0].entity == "Kredora");
  // Negative: the name governed by a preposition is no subject; the genitive keeps the figure.
  const std::string n = "Norland's car exports to Sorato rose 5% last year.";
  auto fn = Run(n, kEn, {{"5%", kPercent}}, {{"Norland", T::kPlace}, {"Sorato", T::kOrg}});
  CHECK(fn[0].entity == "Norland");
}

TEST_CASE("demonym es: the companies a plural country adjective describes are the subject",
          "[attribution][es]") {
  // "norlandesas" ends in -s like a German genitive, and the company named after it is the
  // subject either way.
  const std::string es = "Las operadoras norlandesas Telvia y Redonda ganaron 300 millones.";
  auto fs = Run(es, kEs, {{"300 millones", kMoney}},
                {{"norlandesas", T::kPlace, "Norland"}, {"Telvia", T::kOrg}, {"Redonda", T::kOrg}});
  CHECK(fs[0].entity == "Telvia");
  // Negative: a country's own name keeps a figure that follows it.
  const std::string n = "Norland ganó 300 millones en turismo.";
  auto fn = Run(n, kEs, {{"300 millones", kMoney}}, {{"Norland", T::kPlace}});
  CHECK(fn[0].entity == "Norland");
}

// ---- The speaker or source is not the subject: who says, reports or measured a figure.

TEST_CASE(
    "speaker: the person or body reporting a figure is not its entity when the report names "
    "another (es, en, de)",
    "[attribution][speaker]") {
  // Spanish: "X explicó que en Y …" (the clause after "que" opens without a verb).
  const std::string es =
      "El médico Anselmo Quirevo explicó que en Valdoria se vacunaron 12.000 personas.";
  auto fe = Run(es, kEs, {{"12.000 personas", kCount}},
                {{"Anselmo Quirevo", T::kPerson}, {"Valdoria", T::kPlace}});
  CHECK(fe[0].entity == "Valdoria");
  // The outlet that reported it: "Como informó el diario X, …".
  const std::string es2 =
      "Como informó el diario Correo Austral, en Valdoria se registraron 300 casos.";
  auto fe2 = Run(es2, kEs, {{"300 casos", kCount}},
                 {{"Correo Austral", T::kOrg}, {"Valdoria", T::kPlace}});
  CHECK(fe2[0].entity == "Valdoria");
  // English: "X said …" and "…, X said."
  const std::string en = "The Kellmoor Institute said house prices in Ruritania rose 3% in May.";
  auto fn =
      Run(en, kEn, {{"3%", kPercent}}, {{"Kellmoor Institute", T::kOrg}, {"Ruritania", T::kPlace}});
  CHECK(fn[0].entity == "Ruritania");
  const std::string en2 = "Shoppers in Ruritania spent 40% more online, Kellmoor said.";
  auto fn2 = Run(en2, kEn, {{"40%", kPercent}}, {{"Ruritania", T::kPlace}, {"Kellmoor", T::kOrg}});
  CHECK(fn2[0].entity == "Ruritania");
  // German: "…, teilte X mit." and "X sagte, …".
  const std::string de =
      "In Ruritanien stieg die Arbeitslosigkeit auf 7 Prozent, teilte die Kralix AG mit.";
  auto fd =
      Run(de, kDe, {{"7 Prozent", kPercent}}, {{"Ruritanien", T::kPlace}, {"Kralix AG", T::kOrg}});
  CHECK(fd[0].entity == "Ruritanien");
  const std::string de2 = "Anna Kralik sagte, in Ruritanien seien 3.000 Stellen gestrichen worden.";
  auto fd2 = Run(de2, kDe, {{"3.000 Stellen", kCount}},
                 {{"Anna Kralik", T::kPerson}, {"Ruritanien", T::kPlace}});
  CHECK(fd2[0].entity == "Ruritanien");
}

TEST_CASE("speaker: an agency that expects a rate in a country reports it (de)",
          "[attribution][speaker]") {
  const std::string de =
      "Die Agentur Kralix erwartet, dass in Ruritanien der Anteil fauler Kredite auf 60 Prozent "
      "steigt.";
  auto fd =
      Run(de, kDe, {{"60 Prozent", kPercent}}, {{"Kralix", T::kOrg}, {"Ruritanien", T::kPlace}});
  CHECK(fd[0].entity == "Ruritanien");
  // Negative: what the agency expects of itself stays its own.
  const std::string de2 =
      "Die Agentur Kralix erwartet, dass ihr Umsatz in Ruritanien um 60 Prozent steigt.";
  auto fd2 =
      Run(de2, kDe, {{"60 Prozent", kPercent}}, {{"Kralix", T::kOrg}, {"Ruritanien", T::kPlace}});
  CHECK(fd2[0].entity == "Kralix");
}

TEST_CASE("speaker: a report about the speaker itself keeps the speaker (es, en, de)",
          "[attribution][speaker]") {
  // The verb after "que" has the speaker as its dropped subject.
  const std::string es = "Ondavia dijo que invertirá 5 millones de euros en Valdoria.";
  auto fe = Run(es, kEs, {{"5 millones de euros", kMoney}},
                {{"Ondavia", T::kOrg}, {"Valdoria", T::kPlace}});
  CHECK(fe[0].entity == "Ondavia");
  // A possessive or a company noun refers back to the speaker.
  const std::string es2 = "Ondavia afirmó que sus ventas en Valdoria crecieron un 5 %.";
  auto fe2 = Run(es2, kEs, {{"5 %", kPercent}}, {{"Ondavia", T::kOrg}, {"Valdoria", T::kPlace}});
  CHECK(fe2[0].entity == "Ondavia");
  const std::string en = "Voltaro said its sales in Ruritania rose 5% last year.";
  auto fn = Run(en, kEn, {{"5%", kPercent}}, {{"Voltaro", T::kOrg}, {"Ruritania", T::kPlace}});
  CHECK(fn[0].entity == "Voltaro");
  // A price a company quotes is its own product's.
  const std::string en2 = "Voltaro said the tablets would go on sale in Ruritania for $300.";
  auto fn2 = Run(en2, kEn, {{"$300", kMoney}}, {{"Voltaro", T::kOrg}, {"Ruritania", T::kPlace}});
  CHECK(fn2[0].entity == "Voltaro");
  const std::string de =
      "Die Kralinger AG teilte mit, man habe in Ruritanien 300 Stellen gestrichen.";
  auto fd = Run(de, kDe, {{"300 Stellen", kCount}},
                {{"Kralinger AG", T::kOrg}, {"Ruritanien", T::kPlace}});
  CHECK(fd[0].entity == "Kralinger AG");
  // German: a place after the figure is none the rules take; the sentence before does not
  // decide instead.
  const std::string de2 =
      "Voltaro wächst weiter. Wie die Agentur Kralix meldete, halten sich 800 Pilger in "
      "Ruritanien auf.";
  auto fd2 = Run(de2, kDe, {{"800 Pilger", kCount}},
                 {{"Voltaro", T::kOrg}, {"Kralix", T::kOrg}, {"Ruritanien", T::kPlace}});
  CHECK(fd2[0].entity != "Voltaro");
  // A report that names nobody else keeps the speaker.
  const std::string en3 = "Kellmoor said sales rose 5% in March.";
  auto fn3 = Run(en3, kEn, {{"5%", kPercent}}, {{"Kellmoor", T::kOrg}});
  CHECK(fn3[0].entity == "Kellmoor");
}

TEST_CASE(
    "speaker: a role in apposition before the speech verb belongs to the speaker (es, en, de)",
    "[attribution][speaker]") {
  const std::string es =
      "Anselmo Quirevo, portavoz de Ondavia, dijo que en Valdoria se vacunaron 12.000 personas.";
  auto fe = Run(es, kEs, {{"12.000 personas", kCount}},
                {{"Anselmo Quirevo", T::kPerson}, {"Ondavia", T::kOrg}, {"Valdoria", T::kPlace}});
  CHECK(fe[0].entity == "Valdoria");
  const std::string en =
      "Peter Hallworth, chief economist at Kellmoor, said house prices in Ruritania rose 3%.";
  auto fn = Run(en, kEn, {{"3%", kPercent}},
                {{"Peter Hallworth", T::kPerson}, {"Kellmoor", T::kOrg}, {"Ruritania", T::kPlace}});
  CHECK(fn[0].entity == "Ruritania");
  const std::string de =
      "Anna Kralik, Sprecherin der Kralix AG, sagte, in Ruritanien seien 3.000 Stellen "
      "gestrichen worden.";
  auto fd = Run(de, kDe, {{"3.000 Stellen", kCount}},
                {{"Anna Kralik", T::kPerson}, {"Kralix AG", T::kOrg}, {"Ruritanien", T::kPlace}});
  CHECK(fd[0].entity == "Ruritanien");
  // Negative: a report that refers back to the speaker keeps it.
  const std::string en2 =
      "Peter Hallworth, chief executive of Kellmoor, said its sales in Ruritania rose 3%.";
  auto fn2 =
      Run(en2, kEn, {{"3%", kPercent}},
          {{"Peter Hallworth", T::kPerson}, {"Kellmoor", T::kOrg}, {"Ruritania", T::kPlace}});
  CHECK(fn2[0].entity != "Ruritania");
  const std::string de2 =
      "Anna Kralik, Sprecherin der Kralix AG, sagte, man habe in Ruritanien 3.000 Stellen "
      "gestrichen.";
  auto fd2 = Run(de2, kDe, {{"3.000 Stellen", kCount}},
                 {{"Anna Kralik", T::kPerson}, {"Kralix AG", T::kOrg}, {"Ruritanien", T::kPlace}});
  CHECK(fd2[0].entity != "Ruritanien");
}

TEST_CASE("speaker: more speech verbs cite a speaker (de, es, en)", "[attribution][speaker]") {
  const std::string de =
      "Das Problem zeigt sich auch in Ruritanien: Fast 30 Prozent der Betriebe finden keine "
      "Lehrlinge, beschrieb Anna Kralik, Geschäftsführerin der Kralix AG, die Lage.";
  auto fd = Run(de, kDe, {{"30 Prozent", kPercent}},
                {{"Ruritanien", T::kPlace}, {"Anna Kralik", T::kPerson}, {"Kralix AG", T::kOrg}});
  CHECK(fd[0].entity == "Ruritanien");
  // The figure comes before the place: only the speech verb takes it from the subject.
  const std::string es = "Ondavia recordó que 300 casos se registraron en Valdoria.";
  auto fe = Run(es, kEs, {{"300 casos", kCount}}, {{"Ondavia", T::kOrg}, {"Valdoria", T::kPlace}});
  CHECK(fe[0].entity == "Valdoria");
  const std::string en = "Kellmoor reckons 4% of homes will be sold in Ruritania next year.";
  auto fn = Run(en, kEn, {{"4%", kPercent}}, {{"Kellmoor", T::kOrg}, {"Ruritania", T::kPlace}});
  CHECK(fn[0].entity == "Ruritania");
  // Negatives: the same sentences with a verb that cites no one keep the subject; the
  // speaker's own figures stay the speaker's.
  auto fe0 = Run("Ondavia celebró que 300 casos se registraron en Valdoria.", kEs,
                 {{"300 casos", kCount}}, {{"Ondavia", T::kOrg}, {"Valdoria", T::kPlace}});
  CHECK(fe0[0].entity == "Ondavia");
  auto fn0 = Run("Kellmoor owns 4% of homes that will be sold in Ruritania next year.", kEn,
                 {{"4%", kPercent}}, {{"Kellmoor", T::kOrg}, {"Ruritania", T::kPlace}});
  CHECK(fn0[0].entity == "Kellmoor");
  const std::string es2 = "Ondavia recordó que sus ventas en Valdoria crecieron un 5 %.";
  auto fe2 = Run(es2, kEs, {{"5 %", kPercent}}, {{"Ondavia", T::kOrg}, {"Valdoria", T::kPlace}});
  CHECK(fe2[0].entity == "Ondavia");
  const std::string de2 =
      "Die Kralix AG steigerte ihren Umsatz um 7 Prozent, beschrieb Anna Kralik, "
      "Geschäftsführerin der Kralix AG, die Lage.";
  auto fd2 =
      Run(de2, kDe, {{"7 Prozent", kPercent}},
          {{"Kralix AG", T::kOrg}, {"Anna Kralik", T::kPerson}, {"Kralix AG", T::kOrg, "", 1}});
  CHECK(fd2[0].entity == "Kralix AG");
}

// ---- The organisation inside a person's role phrase and the person.

TEST_CASE("role: the person holding a role keeps their own pay (es, de, en)",
          "[attribution][role]") {
  const std::string es =
      "El presidente de la constructora Ferralto, Juan Quirevo, cobró un salario de 2 "
      "millones de euros.";
  auto fe = Run(es, kEs, {{"2 millones de euros", kMoney}},
                {{"Ferralto", T::kOrg}, {"Juan Quirevo", T::kPerson}});
  CHECK(fe[0].entity == "Juan Quirevo");
  const std::string de =
      "Der Chef der Kralix AG, Max Kralik, erhielt ein Gehalt von 4,5 Millionen Euro.";
  auto fd = Run(de, kDe, {{"4,5 Millionen Euro", kMoney}},
                {{"Kralix AG", T::kOrg}, {"Max Kralik", T::kPerson}});
  CHECK(fd[0].entity == "Max Kralik");
  const std::string en =
      "The chairman of Brightwater Holdings, Peter Hallworth, received a salary of $4.5m.";
  auto fn = Run(en, kEn, {{"$4.5m", kMoney}},
                {{"Brightwater Holdings", T::kOrg}, {"Peter Hallworth", T::kPerson}});
  CHECK(fn[0].entity == "Peter Hallworth");
  // Negative: the organisation's own figures stay the organisation's.
  const std::string es2 =
      "El presidente de la constructora Ferralto, Juan Quirevo, presentó unas ventas de 200 "
      "millones de euros.";
  auto fe2 = Run(es2, kEs, {{"200 millones de euros", kMoney}},
                 {{"Ferralto", T::kOrg}, {"Juan Quirevo", T::kPerson}});
  CHECK(fe2[0].entity == "Ferralto");
  const std::string de2 =
      "Der Chef der Kralix AG, Max Kralik, meldete einen Umsatz von 400 Millionen Euro.";
  auto fd2 = Run(de2, kDe, {{"400 Millionen Euro", kMoney}},
                 {{"Kralix AG", T::kOrg}, {"Max Kralik", T::kPerson}});
  CHECK(fd2[0].entity == "Kralix AG");
}

TEST_CASE("survey: who made a survey or study is no entity of its figures (en, de, es)",
          "[attribution][speaker]") {
  const std::string en =
      "A survey by research firm Kellmoor found that 45% of shoppers in Ruritania buy online.";
  auto fn = Run(en, kEn, {{"45%", kPercent}}, {{"Kellmoor", T::kOrg}, {"Ruritania", T::kPlace}});
  CHECK(fn[0].entity == "Ruritania");
  const std::string de =
      "In einer Umfrage des Verbandes Kralix sagten in Ruritanien 25 Prozent der Befragten ja.";
  auto fd =
      Run(de, kDe, {{"25 Prozent", kPercent}}, {{"Kralix", T::kOrg}, {"Ruritanien", T::kPlace}});
  CHECK(fd[0].entity == "Ruritanien");
  const std::string es =
      "Un estudio del instituto Quirevo estima que en Valdoria murió el 3 % de la población.";
  auto fe = Run(es, kEs, {{"3 %", kPercent}}, {{"Quirevo", T::kOrg}, {"Valdoria", T::kPlace}});
  CHECK(fe[0].entity == "Valdoria");
  // Negative: a report is not a survey; a company's report is about the company.
  const std::string en2 = "The annual report of Kellmoor showed sales in Ruritania rose 5%.";
  auto fn2 = Run(en2, kEn, {{"5%", kPercent}}, {{"Kellmoor", T::kOrg}, {"Ruritania", T::kPlace}});
  CHECK(fn2[0].entity == "Kellmoor");
}

// ---- The level a change started from measures what the level reached does (en).

TEST_CASE("metric en: the starting level of a change takes the metric of the level reached",
          "[attribution][metric][en][en17]") {
  const std::string a =
      "Brightwater now has a 31% share of the cable market - down from 35% - in Norland.";
  auto fa = Run(a, kEn, {{"31%", kPercent}, {"35%", kPercent}}, {{"Brightwater"}});
  CHECK(fa[0].metric == "market_share");
  CHECK(fa[1].metric == "market_share");
  const std::string b = "The plan could cut poverty in Norland to 31% from 48%, officials said.";
  auto fb = Run(b, kEn, {{"31%", kPercent}, {"48%", kPercent}}, {{"Norland", T::kPlace}});
  CHECK(fb[0].metric == "share");
  CHECK(fb[1].metric == "share");
  // Negative: a rise from a level by a rate is no starting level; a growth stays growth.
  const std::string c = "Sales at Brightwater grew 9% in May, down from 12% in April.";
  auto fc = Run(c, kEn, {{"9%", kPercent}, {"12%", kPercent}}, {{"Brightwater"}});
  CHECK(fc[0].metric == "growth");
  CHECK(fc[1].metric == "growth");
}

TEST_CASE(
    "metric en: bare rates before a percentage are interest rates where a central bank is named",
    "[attribution][metric][en][en17]") {
  const std::string a =
      "The Norland Central Bank met on Monday. Ann Lee said she believed rates would stay at 3.5% "
      "for the rest of the year.";
  auto fa = Run(a, kEn, {{"3.5%", kPercent}}, {{"Norland Central Bank"}, {"Ann Lee", T::kPerson}});
  CHECK(fa[0].metric == "interest_rate");
  // Negatives: rates a noun names; no central bank in the text.
  const std::string b =
      "The Norland Central Bank met on Monday. Kellmoor said bonus rates would stay at 3.5% for "
      "the rest of the year.";
  auto fb = Run(b, kEn, {{"3.5%", kPercent}}, {{"Norland Central Bank"}, {"Kellmoor"}});
  CHECK(fb[0].metric != "interest_rate");
  const std::string c =
      "Kellmoor met on Monday. Ann Lee said she believed rates would stay at 3.5% for the rest of "
      "the year.";
  auto fc = Run(c, kEn, {{"3.5%", kPercent}}, {{"Kellmoor"}, {"Ann Lee", T::kPerson}});
  CHECK(fc[0].metric != "interest_rate");
}

// ---- A state's finances are the economy's, whoever speaks of them (en).

TEST_CASE(
    "attribution en: tax revenues, a budget or trade deficit go to the economy, not the official",
    "[attribution][en][en17]") {
  const std::string a =
      "Ruritania's exports grew. Tax office head Ivo Marten said tax revenues rose to 900bn "
      "crowns.";
  auto fa = Run(a, kEn, {{"900bn crowns", kMoney}},
                {{"Ruritania", T::kPlace}, {"Ivo Marten", T::kPerson}});
  CHECK(fa[0].metric == "tax");
  CHECK(fa[0].entity == "Ruritania");
  const std::string b =
      "Norland's president spoke. Lena Dahl said the budget deficit reached $23bn.";
  auto fb = Run(b, kEn, {{"$23bn", kMoney}}, {{"Norland", T::kPlace}, {"Lena Dahl", T::kPerson}});
  CHECK(fb[0].entity == "Norland");
  // Negatives: a company's own debt, and a person's own money, stay theirs.
  const std::string c = "Norland's banks lent more. Kellmoor said its debt reached $23bn.";
  auto fc = Run(c, kEn, {{"$23bn", kMoney}}, {{"Norland", T::kPlace}, {"Kellmoor"}});
  CHECK(fc[0].entity == "Kellmoor");
  const std::string d = "Norland's president spoke. Lena Dahl said she paid $41m in tax.";
  auto fd = Run(d, kEn, {{"$41m", kMoney}}, {{"Norland", T::kPlace}, {"Lena Dahl", T::kPerson}});
  CHECK(fd[0].entity == "Lena Dahl");
}

// ---- Takeover terms that value a company are the company's, not the bidder's (en).

TEST_CASE("attribution en: takeover terms valuing a company go to the company, not the bidder",
          "[attribution][en][r2en]") {
  const std::string a =
      "After weeks of talks Kellmoor bid for Brantwell in cash, valuing the firm at $4.5bn.";
  auto fa = Run(a, kEn, {{"$4.5bn", kMoney}}, {{"Kellmoor"}, {"Brantwell"}});
  CHECK(fa[0].entity == "Brantwell");
  const std::string b = "A report from adviser Norbury Partners values Brantwell shares at $7.10.";
  auto fb = Run(b, kEn, {{"$7.10", kMoney}}, {{"Norbury Partners"}, {"Brantwell"}});
  CHECK(fb[0].entity == "Brantwell");
  const std::string c =
      "Kellmoor has agreed the deal and will pay $76 for each Brantwell share, analysts said.";
  auto fc = Run(c, kEn, {{"$76", kMoney}}, {{"Kellmoor"}, {"Brantwell"}});
  CHECK(fc[0].entity == "Brantwell");
  const std::string d = "Last month Kellmoor tabled a 420 pence-per-share offer for Brantwell.";
  auto fd = Run(d, kEn, {{"420 pence", kMoney}}, {{"Kellmoor"}, {"Brantwell"}});
  CHECK(fd[0].entity == "Brantwell");
  // Negatives: a deal valued at a sum with no object, and the bidder's own spending.
  const std::string e = "Kellmoor ordered 20 planes from Brantwell in a deal valued at $4bn.";
  auto fe = Run(e, kEn, {{"$4bn", kMoney}}, {{"Kellmoor"}, {"Brantwell"}});
  CHECK(fe[0].entity == "Kellmoor");
  const std::string g = "Kellmoor said it would spend $3bn to buy Brantwell.";
  auto fg = Run(g, kEn, {{"$3bn", kMoney}}, {{"Kellmoor"}, {"Brantwell"}});
  CHECK(fg[0].entity == "Kellmoor");
}

// ---- Lists of figures with their items: one sentence, several items, each with its figure.

TEST_CASE("metric: the change cue of a list of figures governs its items (es, de, en)",
          "[metric][lists]") {
  const std::string es =
      "Las ventas subieron en todas las regiones durante el semestre: en Norlandia un 27,4 por "
      "ciento, en Kralia 15,8 por ciento, en Ostaria 9,3 por ciento, en Pravia 2,6 por ciento y "
      "en Valdoria 0,8 por ciento.";
  auto fs = Run(es, kEs,
                {{"27,4 por ciento", kPercent},
                 {"15,8 por ciento", kPercent},
                 {"9,3 por ciento", kPercent},
                 {"2,6 por ciento", kPercent},
                 {"0,8 por ciento", kPercent}},
                {{"Norlandia", T::kPlace},
                 {"Kralia", T::kPlace},
                 {"Ostaria", T::kPlace},
                 {"Pravia", T::kPlace},
                 {"Valdoria", T::kPlace}});
  for (const nf::Figure& f : fs) CHECK(f.metric == "growth");
  CHECK(fs[4].entity == "Valdoria");
  // A list whose items a semicolon ends (the splitter's sentence boundary).
  const std::string es2 =
      "El turismo creció en invierno: en Norlandia, un 8 %; en Kralia, un 5 %; en Ostaria, un 3 %.";
  auto fs2 = Run(es2, kEs, {{"8 %", kPercent}, {"5 %", kPercent}, {"3 %", kPercent}},
                 {{"Norlandia", T::kPlace}, {"Kralia", T::kPlace}, {"Ostaria", T::kPlace}});
  for (const nf::Figure& f : fs2) CHECK(f.metric == "growth");
  const std::string de =
      "Der Absatz stieg im Sommer in allen Regionen, in Norland um 7,7 Prozent, in Ostland 4,6 "
      "Prozent, in Westmark 3,3 Prozent, in Südland 2,1 Prozent und in Nordia 0,4 Prozent.";
  auto fd = Run(de, kDe,
                {{"7,7 Prozent", kPercent},
                 {"4,6 Prozent", kPercent},
                 {"3,3 Prozent", kPercent},
                 {"2,1 Prozent", kPercent},
                 {"0,4 Prozent", kPercent}},
                {{"Norland", T::kPlace},
                 {"Ostland", T::kPlace},
                 {"Westmark", T::kPlace},
                 {"Südland", T::kPlace},
                 {"Nordia", T::kPlace}});
  for (const nf::Figure& f : fd) CHECK(f.metric == "growth");
  const std::string en =
      "Exports rose across the whole region in the spring, by 7.7% in Norland, 4.6% in "
      "Ostland, 3.3% in Westmark, 2.1% in Sudland, 1.6% in Eastmark and 0.4% in Nordia.";
  auto fe = Run(en, kEn,
                {{"7.7%", kPercent},
                 {"4.6%", kPercent},
                 {"3.3%", kPercent},
                 {"2.1%", kPercent},
                 {"1.6%", kPercent},
                 {"0.4%", kPercent}},
                {{"Norland", T::kPlace},
                 {"Ostland", T::kPlace},
                 {"Westmark", T::kPlace},
                 {"Sudland", T::kPlace},
                 {"Eastmark", T::kPlace},
                 {"Nordia", T::kPlace}});
  for (const nf::Figure& f : fe) CHECK(f.metric == "growth");
  // Negatives: a figure after a clause with its own words is no item of the list, and an
  // item's own cue wins.
  const std::string n1 =
      "Tecnovía creció un 4 % en Norlandia y su filial Ralo controla ahora el 6 % del "
      "mercado.";
  auto fn1 = Run(n1, kEs, {{"4 %", kPercent}, {"6 %", kPercent}},
                 {{"Tecnovía"}, {"Norlandia", T::kPlace}, {"Ralo"}});
  CHECK(fn1[0].metric == "growth");
  CHECK(fn1[1].metric == "market_share");
  const std::string n2 =
      "Der Umsatz in Norland stieg um 3 Prozent, der Marktanteil in Ostland 12 Prozent.";
  auto fn2 = Run(n2, kDe, {{"3 Prozent", kPercent}, {"12 Prozent", kPercent}},
                 {{"Norland", T::kPlace}, {"Ostland", T::kPlace}});
  CHECK(fn2[0].metric == "growth");
  CHECK(fn2[1].metric == "market_share");
}

TEST_CASE("attribution: each figure of a list takes the place of its own item (es, de, en)",
          "[attribution][lists]") {
  // Items closed by their place: "<figure> en/in/im <place>".
  const std::string es =
      "Las exportaciones subieron un 4 % en Norlandia, un 6 % en Kralia y un 2 % en Ostaria.";
  auto fs = Run(es, kEs, {{"4 %", kPercent}, {"6 %", kPercent}, {"2 %", kPercent}},
                {{"Norlandia", T::kPlace}, {"Kralia", T::kPlace}, {"Ostaria", T::kPlace}});
  CHECK(fs[0].entity == "Norlandia");
  CHECK(fs[1].entity == "Kralia");
  CHECK(fs[2].entity == "Ostaria");
  const std::string en =
      "Voltaro sells most of its bikes at home. Rents went up 3.5% in Ostland, 2.25% in "
      "Westmark and 1.75% in Sudland.";
  auto fe =
      Run(en, kEn, {{"3.5%", kPercent}, {"2.25%", kPercent}, {"1.75%", kPercent}},
          {{"Voltaro"}, {"Ostland", T::kPlace}, {"Westmark", T::kPlace}, {"Sudland", T::kPlace}});
  CHECK(fe[0].entity == "Ostland");
  CHECK(fe[1].entity == "Westmark");
  CHECK(fe[2].entity == "Sudland");
  const std::string de =
      "Die Jahrespacht für einen Hektar Weideland liegt bei 900 Euro im Kralgau, 1.150 Euro "
      "im Veldgau.";
  auto fd = Run(de, kDe, {{"900 Euro", kMoney}, {"1.150 Euro", kMoney}},
                {{"Kralgau", T::kPlace}, {"Veldgau", T::kPlace}});
  CHECK(fd[0].entity == "Kralgau");
  CHECK(fd[1].entity == "Veldgau");
  // Items opened by their place: ", en <place> …", ", in <place> …".
  const std::string es2 =
      "Norlandia recortó un 7 por ciento su gasto militar y en Kralia el recorte llegó al 11 "
      "por ciento.";
  auto fs2 = Run(es2, kEs, {{"7 por ciento", kPercent}, {"11 por ciento", kPercent}},
                 {{"Norlandia", T::kPlace}, {"Kralia", T::kPlace}});
  CHECK(fs2[0].entity == "Norlandia");
  CHECK(fs2[1].entity == "Kralia");
  const std::string de2 =
      "Norland baute im Frühjahr 6 Prozent mehr Wohnungen, in Ostland stieg die Zahl um 9 "
      "Prozent.";
  auto fd2 = Run(de2, kDe, {{"6 Prozent", kPercent}, {"9 Prozent", kPercent}},
                 {{"Norland", T::kPlace}, {"Ostland", T::kPlace}});
  CHECK(fd2[0].entity == "Norland");
  CHECK(fd2[1].entity == "Ostland");
  // Negatives: a subject the sentence names keeps its figures; a figure after a place named
  // with a verb between is the subject's, and the second of a list of names is no item.
  const std::string n1 = "Voltaro's sales rose 4% in Norland and 7% in Ostland.";
  auto fn1 = Run(n1, kEn, {{"4%", kPercent}, {"7%", kPercent}},
                 {{"Voltaro"}, {"Norland", T::kPlace}, {"Ostland", T::kPlace}});
  CHECK(fn1[0].entity == "Voltaro");
  CHECK(fn1[1].entity == "Voltaro");
  const std::string n2 =
      "Tecnovía vendió 300 coches en Norlandia, en Kralia la empresa facturó 20 millones de "
      "euros.";
  auto fn2 = Run(n2, kEs, {{"300 coches", kCount}, {"20 millones de euros", kMoney}},
                 {{"Tecnovía"}, {"Norlandia", T::kPlace}, {"Kralia", T::kPlace}});
  CHECK(fn2[1].entity == "Tecnovía");
  const std::string n3 =
      "Im Norden holte Norland 61 Prozent der Sitze, während Ostland und Westmark je 19 Prozent "
      "erreichten.";
  auto fn3 = Run(n3, kDe, {{"61 Prozent", kPercent}, {"19 Prozent", kPercent}},
                 {{"Norland", T::kPlace}, {"Ostland", T::kPlace}, {"Westmark", T::kPlace}});
  CHECK(fn3[1].entity == "Ostland");  // "je": each name's, the first one's
}

// ---- Choosing among the mentions found (selection; session 24).

namespace {

// Like Run, with the title's place (`title_place`, "" = none: a mention of the title, not in
// `text`) and a gazetteer of its own (`gazetteer`, nullptr = the default one).
std::vector<nf::Figure> RunWith(const std::string& text, nf::Lang lang,
                                const std::vector<Spec>& specs, const std::vector<Ment>& ms,
                                const std::string& title_place,
                                const nf::Gazetteer* gazetteer = nullptr) {
  std::vector<nf::Figure> figs;
  for (const Spec& s : specs) {
    nf::Figure f;
    f.kind = s.kind;
    f.start = static_cast<uint32_t>(Locate(text, s.surface, s.occurrence));
    f.end = static_cast<uint32_t>(f.start + s.surface.size());
    f.surface = s.surface;
    figs.push_back(f);
  }
  const std::vector<nf::EntityMention> mentions = Mentions(text, ms);
  nf::EntityMention place;
  place.surface = place.entity = title_place;
  place.type = T::kPlace;
  place.field = nf::Field::kTitle;
  nf::Attribute(text, lang, std::span<const nf::EntityMention>(mentions),
                gazetteer != nullptr ? *gazetteer : nf::Gazetteer::Default(),
                std::span<nf::Figure>(figs), nullptr, nullptr,
                title_place.empty() ? nullptr : &place);
  return figs;
}

}  // namespace

TEST_CASE(
    "attribution es: a health ministry's count with no place in the body goes to the "
    "title's place",
    "[attribution][es][sel24]") {
  const std::string a =
      "Desde el viernes, el Ministerio de Salud contabiliza 312 fallecidos nuevos.";
  auto fa = RunWith(a, kEs, {{"312 fallecidos", kCount}}, {{"Ministerio de Salud"}}, "Norlandia");
  CHECK(fa[0].entity == "Norlandia");
  // A count borrowed from an organisation subject before (rule 6b) too.
  const std::string b =
      "La Fundación Veloria publicó su informe mensual. En total se confirmaron 2.318 casos "
      "de contagio.";
  auto fb = RunWith(b, kEs, {{"2.318 casos", kCount}}, {{"Fundación Veloria"}}, "Varsena");
  CHECK(fb[0].metric == "cases");
  CHECK(fb[0].entity == "Varsena");
  // Negatives: a place the body names before wins over the title's, and without a title
  // place the ministry keeps its count.
  const std::string c =
      "Desde el viernes, en Tarnovia, el Ministerio de Salud contabiliza 312 fallecidos nuevos.";
  auto fc = RunWith(c, kEs, {{"312 fallecidos", kCount}},
                    {{"Tarnovia", T::kPlace}, {"Ministerio de Salud"}}, "Norlandia");
  CHECK(fc[0].entity == "Tarnovia");
  auto fd = RunWith(a, kEs, {{"312 fallecidos", kCount}}, {{"Ministerio de Salud"}}, "");
  CHECK(fd[0].entity == "Ministerio de Salud");
}

TEST_CASE("attribution: a name after a preposition and a possessive is governed, no subject",
          "[attribution][es][sel24]") {
  const std::string a =
      "La Mutua Tervia repartió sus ganancias del año. Un 25 por ciento irá a becas de su "
      "Fundación Arlia, según la memoria. Las primas crecieron un 3,2 por ciento.";
  const std::vector<Ment> ms = {{"Mutua Tervia"}, {"Fundación Arlia"}};
  auto fa = Run(a, kEs, {{"25 por ciento", kPercent}, {"3,2 por ciento", kPercent}}, ms);
  CHECK(fa[0].entity == "Mutua Tervia");
  CHECK(fa[1].entity == "Mutua Tervia");
  // Negative: a possessive with no preposition before it leaves the name the subject.
  const std::string b =
      "La Mutua Tervia repartió sus ganancias. Su Fundación Arlia concedió 75 becas nuevas.";
  auto fb = Run(b, kEs, {{"75 becas", kCount}}, ms);
  CHECK(fb[0].entity == "Fundación Arlia");
}

TEST_CASE("attribution en: a parent named in apposition after a genitive is the subject",
          "[attribution][en][sel24]") {
  const std::string a =
      "Steel prices climbed in May. Brenlow's owner Tavisk Group posted a profit of $52m in the "
      "half. Its sales rose $8m.";
  const std::vector<Ment> ms = {{"Brenlow"}, {"Tavisk Group"}};
  auto fa = Run(a, kEn, {{"$52m", kMoney}, {"$8m", kMoney}}, ms);
  CHECK(fa[0].entity == "Tavisk Group");
  CHECK(fa[1].entity == "Tavisk Group");
  // Negative: a genitive before another noun keeps the figure ("Brenlow's new Tavisk jets").
  const std::string b = "Steel prices climbed in May. Brenlow's new Tavisk Group cranes cost $52m.";
  auto fb = Run(b, kEn, {{"$52m", kMoney}}, ms);
  CHECK(fb[0].entity == "Brenlow");
}

TEST_CASE("attribution de: a genitive after a parent noun names the child, not the parent",
          "[attribution][de][fixb24]") {
  // "Der Mutterkonzern Tavisks" is Tavisk's parent, a reference to the subject before: not Tavisk.
  const std::string a =
      "Die Brenlow GmbH wächst. Der Mutterkonzern Tavisks meldete einen Verlust von 26 Millionen "
      "Euro.";
  auto fa = Run(a, kDe, {{"26 Millionen Euro", kMoney}},
                {{"Brenlow GmbH"}, {"Tavisks", T::kOrg, "Tavisk"}});
  CHECK(fa[0].entity == "Brenlow GmbH");
  // Negative: a name in apposition after the noun is the parent itself.
  const std::string b =
      "Die Brenlow GmbH wächst. Der Mutterkonzern Tavisk meldete einen Verlust von 26 Millionen "
      "Euro.";
  auto fb = Run(b, kDe, {{"26 Millionen Euro", kMoney}}, {{"Brenlow GmbH"}, {"Tavisk"}});
  CHECK(fb[0].entity == "Tavisk");
}

TEST_CASE("attribution en: the subject of a with-clause holds its figures",
          "[attribution][en][sel24]") {
  const std::vector<Ment> ms = {{"Dravia Motors"}, {"Marvik", T::kPlace}, {"Tellun Steel"}};
  const std::string a =
      "Dravia Motors lost 3.4% in Marvik, with Tellun Steel slipping 4.2% to 31.40 dollars.";
  auto fa = Run(a, kEn, {{"3.4%", kPercent}, {"4.2%", kPercent}, {"31.40 dollars", kMoney}}, ms);
  CHECK(fa[0].entity == "Dravia Motors");
  CHECK(fa[1].entity == "Tellun Steel");
  CHECK(fa[2].entity == "Tellun Steel");
  // Opening the sentence, with or without "the".
  const std::vector<Ment> mb = {
      {"Selbury Water"}, {"SW", T::kOrg, "Selbury Water"}, {"Corlan Council"}};
  const std::string b =
      "Analysts were cautious.\n\nWith Selbury Water (SW) about $9bn short, the Corlan Council "
      "plans new fees.";
  auto fb = Run(b, kEn, {{"$9bn", kMoney}}, mb);
  CHECK(fb[0].entity == "Selbury Water");
  const std::string b2 =
      "Analysts were cautious.\n\nWith the Selbury Water (SW) about $9bn short, the Corlan "
      "Council plans new fees.";
  auto fb2 = Run(b2, kEn, {{"$9bn", kMoney}}, mb);
  CHECK(fb2[0].entity == "Selbury Water");
  // Mid-sentence, lower-case "with" and "the" before the name.
  const std::string b3 = "Dravia Motors lost 3.4% in Marvik, with the Tellun Steel slipping 4.2%.";
  auto fb3 = Run(b3, kEn, {{"3.4%", kPercent}, {"4.2%", kPercent}}, ms);
  CHECK(fb3[0].entity == "Dravia Motors");
  CHECK(fb3[1].entity == "Tellun Steel");
  // Negatives: "with" after no comma is a partner, not a clause's subject; a later clause's
  // figure is not the with-clause's; a person after "with" is quoted, not the subject.
  const std::string c = "Tellun signed a pact with Dravia worth $6bn.";
  auto fc = Run(c, kEn, {{"$6bn", kMoney}}, {{"Tellun"}, {"Dravia"}});
  CHECK(fc[0].entity == "Tellun");
  const std::string d =
      "Dravia Motors lost 3.4% in Marvik, with Tellun Steel slipping 4.2%, while the index lost "
      "0.8%.";
  auto fd = Run(d, kEn, {{"3.4%", kPercent}, {"4.2%", kPercent}, {"0.8%", kPercent}}, ms);
  CHECK(fd[1].entity == "Tellun Steel");
  CHECK(fd[2].entity == "Dravia Motors");
  const std::string e =
      "Dravia Motors posted record results on Monday, with Anna Korvel saying profit rose 6%.";
  auto fe = Run(e, kEn, {{"6%", kPercent}}, {{"Dravia Motors"}, {"Anna Korvel", T::kPerson}});
  CHECK(fe[0].entity == "Dravia Motors");
}

TEST_CASE("attribution en: names joined by 'and' in a with-clause take its figures in order",
          "[attribution][en]") {
  const std::vector<Ment> ms = {{"Dravia Motors"}, {"Tellun Steel"}, {"Corlan Gas"}};
  const std::string a =
      "Dravia Motors lost 3.4%, with Tellun Steel and Corlan Gas dropping 1.7% and 1.2%.";
  auto fa = Run(a, kEn, {{"3.4%", kPercent}, {"1.7%", kPercent}, {"1.2%", kPercent}}, ms);
  CHECK(fa[0].entity == "Dravia Motors");
  CHECK(fa[1].entity == "Tellun Steel");
  CHECK(fa[2].entity == "Corlan Gas");
  // Negative: "with" after no comma joins partners, no clause.
  const std::string b =
      "Dravia Motors lost 3.4% in talks with Tellun Steel and Corlan Gas worth 1.7% and 1.2%.";
  auto fb = Run(b, kEn, {{"3.4%", kPercent}, {"1.7%", kPercent}, {"1.2%", kPercent}}, ms);
  CHECK(fb[2].entity == "Dravia Motors");
}

TEST_CASE("metric: a percentage with its whole after it is no item of a change's list",
          "[metric][lists][fixb24]") {
  const std::string en = "Dravia shares slid 4% and 15% of its workers will be laid off.";
  auto fe = Run(en, kEn, {{"4%", kPercent}, {"15%", kPercent}}, {{"Dravia"}});
  CHECK(fe[0].metric == "growth");
  CHECK(fe[1].metric == "share");
  const std::string de =
      "Die Aktie der Tavisk AG fiel um 4 Prozent und 15 Prozent der Belegschaft müssen gehen.";
  auto fd = Run(de, kDe, {{"4 Prozent", kPercent}, {"15 Prozent", kPercent}}, {{"Tavisk AG"}});
  CHECK(fd[1].metric == "share");
  const std::string es =
      "La acción de Tervia bajó un 4 % y el 15 % de los empleados perderá su puesto.";
  auto fs = Run(es, kEs, {{"4 %", kPercent}, {"15 %", kPercent}}, {{"Tervia"}});
  CHECK(fs[1].metric == "share");
  // Negative: a bare item of the list stays a change.
  const std::string list = "Dravia shares slid 4% and Tellun 6%.";
  auto fl = Run(list, kEn, {{"4%", kPercent}, {"6%", kPercent}}, {{"Dravia"}, {"Tellun"}});
  CHECK(fl[1].metric == "growth");
}

TEST_CASE("metric es: an adverbial 'de' phrase after an item of a change's list names no whole",
          "[metric][lists]") {
  const std::string a =
      "Las ventas subieron en Kralia un 4 %; en Velda, un 6 % de forma interanual.";
  auto fa = Run(a, kEs, {{"4 %", kPercent}, {"6 %", kPercent}},
                {{"Kralia", T::kPlace}, {"Velda", T::kPlace}});
  CHECK(fa[1].metric == "growth");
  const std::string b = "Las ventas subieron un 4 % en Kralia y un 7 % de media en Velda.";
  auto fb = Run(b, kEs, {{"4 %", kPercent}, {"7 %", kPercent}},
                {{"Kralia", T::kPlace}, {"Velda", T::kPlace}});
  CHECK(fb[1].metric == "growth");
  // Negative: a whole after "de" still makes a share.
  const std::string c =
      "Las ventas subieron en Kralia un 4 %; en Velda, un 6 % de los clientes se fue.";
  auto fc = Run(c, kEs, {{"4 %", kPercent}, {"6 %", kPercent}},
                {{"Kralia", T::kPlace}, {"Velda", T::kPlace}});
  CHECK(fc[1].metric == "share");
}

TEST_CASE("attribution es: a count of people named by their demonym keeps its place in a list",
          "[attribution][lists]") {
  const std::string a =
      "En Norlandia murieron 300 kralianos en Porvo y 200 ostarianos en Velda durante el verano.";
  auto fa = Run(a, kEs, {{"300 kralianos", kCount}, {"200 ostarianos", kCount}},
                {{"Norlandia", T::kPlace},
                 {"kralianos", T::kPlace, "Kralia"},
                 {"Porvo", T::kPlace},
                 {"ostarianos", T::kPlace, "Ostaria"},
                 {"Velda", T::kPlace}});
  CHECK(fa[0].entity == "Kralia");
  CHECK(fa[1].entity == "Ostaria");
  // Negative: counts that name no demonym take the place closing their own item.
  const std::string b =
      "En Norlandia murieron 300 personas en Porvo y 200 personas en Velda durante el verano.";
  auto fb = Run(b, kEs, {{"300 personas", kCount}, {"200 personas", kCount}},
                {{"Norlandia", T::kPlace}, {"Porvo", T::kPlace}, {"Velda", T::kPlace}});
  CHECK(fb[0].entity == "Porvo");
  CHECK(fb[1].entity == "Velda");
}

TEST_CASE("attribution de: a public office's own orders and payments stay the office's",
          "[attribution][de]") {
  const std::vector<Ment> ms = {
      {"Landesamt für Bauwesen"}, {"Kralstadt", T::kPlace}, {"Veltrix AG"}};
  const std::string a =
      "Das Landesamt für Bauwesen in Kralstadt bestellte bei der Veltrix AG 40 Bagger.";
  auto fa = Run(a, kDe, {{"40 Bagger", kCount}}, ms);
  CHECK(fa[0].entity == "Landesamt für Bauwesen");
  const std::string b =
      "Das Landesamt für Bauwesen in Kralstadt gab im Herbst rund 90 Millionen Euro für neue "
      "Brücken aus.";
  auto fb = Run(b, kDe, {{"90 Millionen Euro", kMoney}},
                {{"Landesamt für Bauwesen"}, {"Kralstadt", T::kPlace}});
  CHECK(fb[0].entity == "Landesamt für Bauwesen");
  const std::string c =
      "Das Landesamt für Bauwesen in Kralstadt zahlte der Veltrix AG 12 Millionen Euro.";
  auto fc = Run(c, kDe, {{"12 Millionen Euro", kMoney}}, ms);
  CHECK(fc[0].entity == "Landesamt für Bauwesen");
  // Negative: the office's count of the region's people is the region's.
  const std::string d =
      "Das Landesamt für Statistik in Kralstadt zählte im Herbst 4.000 Arbeitslose.";
  auto fd = Run(d, kDe, {{"4.000 Arbeitslose", kCount}},
                {{"Landesamt für Statistik"}, {"Kralstadt", T::kPlace}});
  CHECK(fd[0].entity == "Kralstadt");
}

TEST_CASE(
    "attribution de: a public office's fleet, costs and a society of statisticians stay "
    "their own",
    "[attribution][de]") {
  const std::vector<Ment> ms = {{"Bundesamt für Wasserbau"}, {"Kralstadt", T::kPlace}};
  const std::string a = "Das Bundesamt für Wasserbau in Kralstadt betreibt 40 Schiffe.";
  auto fa = Run(a, kDe, {{"40 Schiffe", kCount}}, ms);
  CHECK(fa[0].entity == "Bundesamt für Wasserbau");
  const std::string b =
      "Das Bundesamt für Wasserbau in Kralstadt senkte seine Kosten um 5 Prozent.";
  auto fb = Run(b, kDe, {{"5 Prozent", kPercent}}, ms);
  CHECK(fb[0].entity == "Bundesamt für Wasserbau");
  const std::string c = "Der Verband Velnischer Statistiker (VVS) hat in Kralstadt 800 Mitglieder.";
  auto fc = Run(c, kDe, {{"800 Mitglieder", kCount}},
                {{"Verband Velnischer Statistiker"}, {"Kralstadt", T::kPlace}});
  CHECK(fc[0].entity == "Verband Velnischer Statistiker");
  // Negative: the office's rate of the region's economy is the region's.
  const std::string d =
      "Das Bundesamt für Wasserbau in Kralstadt meldete, die Arbeitslosenquote sei auf 5 "
      "Prozent gesunken.";
  auto fd = Run(d, kDe, {{"5 Prozent", kPercent}}, ms);
  CHECK(fd[0].entity == "Kralstadt");
}

TEST_CASE(
    "attribution de: a public office's own staff share and fee change stay its own, a "
    "statistic it reports is the place's",
    "[attribution][de]") {
  const std::vector<Ment> ms = {{"Bundesamt für Torfwesen"}, {"Kralstadt", T::kPlace}};
  // The possessive after the figure: the office's own staff.
  const std::string a =
      "Das Bundesamt für Torfwesen in Kralstadt verlor 5 Prozent seiner Mitarbeiter.";
  auto fa = Run(a, kDe, {{"5 Prozent", kPercent}}, ms);
  CHECK(fa[0].entity == "Bundesamt für Torfwesen");
  // No possessive, but no statistic either: the office's own fees.
  const std::string b =
      "Das Bundesamt für Torfwesen in Kralstadt erhöhte die Gebühren um 5 Prozent.";
  auto fb = Run(b, kDe, {{"5 Prozent", kPercent}}, ms);
  CHECK(fb[0].metric == "growth");
  CHECK(fb[0].entity == "Bundesamt für Torfwesen");
  // Negatives: a change or a share of a statistic it reports is the place's.
  const std::string c =
      "Das Bundesamt für Torfwesen in Kralstadt meldete, die Zahl der Anträge sei um 5 Prozent "
      "gestiegen.";
  auto fc = Run(c, kDe, {{"5 Prozent", kPercent}}, ms);
  CHECK(fc[0].metric == "growth");
  CHECK(fc[0].entity == "Kralstadt");
  const std::string d =
      "Das Bundesamt für Torfwesen in Kralstadt zählte im Herbst 5 Prozent der Einwohner als "
      "Pendler.";
  auto fd = Run(d, kDe, {{"5 Prozent", kPercent}}, ms);
  CHECK(fd[0].entity == "Kralstadt");
}

TEST_CASE("attribution de: an acronym is a statistics body by the name right before its definition",
          "[attribution][de]") {
  const std::string a =
      "Einer Statistik des Bundes der Fahrradhändler (BFH) zufolge fahren mehr Menschen Rad. "
      "Der BFH hat in Kralstadt 600 Mitglieder.";
  auto fa = Run(a, kDe, {{"600 Mitglieder", kCount}},
                {{"BFH", T::kOrg, "BFH", 1}, {"Kralstadt", T::kPlace}});
  CHECK(fa[0].entity == "BFH");
  // Negative: the definition's own name is a statistics office.
  const std::string b =
      "Das Amt für Statistik Nordwalde (ASN) legte neue Zahlen vor. Die ASN zählte in "
      "Kralstadt 4.000 Arbeitslose.";
  auto fb = Run(b, kDe, {{"4.000 Arbeitslose", kCount}},
                {{"ASN", T::kOrg, "ASN", 1}, {"Kralstadt", T::kPlace}});
  CHECK(fb[0].entity == "Kralstadt");
}

TEST_CASE("attribution de: 'nach' after a noun it complements cites no source",
          "[attribution][de]") {
  const std::string a = "Die Nachfrage nach Daten von Veltrix stieg im Winter um 20 Prozent.";
  auto fa = Run(a, kDe, {{"20 Prozent", kPercent}}, {{"Veltrix"}});
  CHECK(fa[0].entity == "Veltrix");
  const std::string b =
      "Die Suche nach neuen Informationen von Veltrix kostete im Winter 3 Millionen Euro.";
  auto fb = Run(b, kDe, {{"3 Millionen Euro", kMoney}}, {{"Veltrix"}});
  CHECK(fb[0].entity == "Veltrix");
  // Negative: "nach" opening the sentence cites the source.
  const std::string c =
      "Nach Daten von Veltrix stieg die Nachfrage in Kralstadt im Winter um 20 Prozent.";
  auto fc = Run(c, kDe, {{"20 Prozent", kPercent}}, {{"Veltrix"}, {"Kralstadt", T::kPlace}});
  CHECK(fc[0].entity == "Kralstadt");
}

TEST_CASE("attribution de: 'nach' after a word that takes no 'nach' still cites",
          "[attribution][de]") {
  // A place or a month before "nach Angaben" takes no complement: the source is cited.
  const std::string a =
      "In Kralstadt sank die Arbeitslosigkeit nach Angaben der Forschungsgruppe Velmann um 3 "
      "Prozent.";
  auto fa = Run(a, kDe, {{"3 Prozent", kPercent}},
                {{"Kralstadt", T::kPlace}, {"Forschungsgruppe Velmann"}});
  CHECK(fa[0].entity == "Kralstadt");
  const std::string b =
      "In Kralstadt stiegen die Mieten im Mai nach Zahlen von Veltrix um 4 Prozent.";
  auto fb = Run(b, kDe, {{"4 Prozent", kPercent}}, {{"Kralstadt", T::kPlace}, {"Veltrix"}});
  CHECK(fb[0].entity == "Kralstadt");
  // Negative: mid-sentence, a noun that takes "nach" keeps it from citing.
  const std::string c = "Im Winter stieg die Nachfrage nach Daten von Veltrix um 20 Prozent.";
  auto fc = Run(c, kDe, {{"20 Prozent", kPercent}}, {{"Veltrix"}});
  CHECK(fc[0].entity == "Veltrix");
}

TEST_CASE("attribution: list items closed by a place after an article, opened after 'sowie'",
          "[attribution][lists]") {
  const std::string a = "Las exportaciones subieron un 4 % en Kralia y un 6 % en las Islas Velda.";
  auto fa = Run(a, kEs, {{"4 %", kPercent}, {"6 %", kPercent}},
                {{"Kralia", T::kPlace}, {"Islas Velda", T::kPlace}});
  CHECK(fa[0].entity == "Kralia");
  CHECK(fa[1].entity == "Islas Velda");
  const std::string b =
      "Der Absatz stieg um 4 Prozent in Kralland und um 6 Prozent in der Veldmark.";
  auto fb = Run(b, kDe, {{"4 Prozent", kPercent}, {"6 Prozent", kPercent}},
                {{"Kralland", T::kPlace}, {"Veldmark", T::kPlace}});
  CHECK(fb[1].entity == "Veldmark");
  // Negative: an item opened by a place and more ("in A sowie den Nachbarländern") is not
  // the place's.
  const std::string c =
      "Norland wuchs um 3 Prozent, in Ostland sowie den Nachbarländern stieg der Absatz um 5 "
      "Prozent.";
  auto fc = Run(c, kDe, {{"3 Prozent", kPercent}, {"5 Prozent", kPercent}},
                {{"Norland", T::kPlace}, {"Ostland", T::kPlace}});
  CHECK(fc[1].entity == "Norland");
}

TEST_CASE("attribution de: the Bundesagentur für Arbeit is a labour-market agency",
          "[attribution][de]") {
  const std::string a =
      "Die Bundesagentur für Arbeit zählte in Kralland im Herbst 4.000 Arbeitslose.";
  auto fa = Run(a, kDe, {{"4.000 Arbeitslose", kCount}},
                {{"Bundesagentur für Arbeit"}, {"Kralland", T::kPlace}});
  CHECK(fa[0].entity == "Kralland");
  // Negative: its own staff.
  const std::string b = "Die Bundesagentur für Arbeit in Kralland beschäftigt 2.000 Mitarbeiter.";
  auto fb = Run(b, kDe, {{"2.000 Mitarbeiter", kCount}},
                {{"Bundesagentur für Arbeit"}, {"Kralland", T::kPlace}});
  CHECK(fb[0].entity == "Bundesagentur für Arbeit");
}

TEST_CASE("metric: a cue after the last item of the sentence before a semicolon ends the list",
          "[metric][lists]") {
  // The cue stands in the splitter's sentence before the semicolon, after its figure.
  const std::string a =
      "Der Absatz stieg in Norland um 3 Prozent, in Ostland (Marktanteil); in Westmark 12 "
      "Prozent.";
  const std::vector<Ment> ms = {
      {"Norland", T::kPlace}, {"Ostland", T::kPlace}, {"Westmark", T::kPlace}};
  auto fa = Run(a, kDe, {{"3 Prozent", kPercent}, {"12 Prozent", kPercent}}, ms);
  CHECK(fa[0].metric == "growth");
  CHECK(fa[1].metric == "share");
  // Negative: with no cue between, the item after the semicolon continues the change.
  const std::string b =
      "Der Absatz stieg in Norland um 3 Prozent, in Ostland; in Westmark 12 Prozent.";
  auto fb = Run(b, kDe, {{"3 Prozent", kPercent}, {"12 Prozent", kPercent}}, ms);
  CHECK(fb[1].metric == "growth");
}

TEST_CASE("attribution de: a statistics office's or public agency's figures are its country's",
          "[attribution][de]") {
  // The office lends its subject to the next sentence: the figure is the country's.
  const std::string x =
      "Das Bundesamt für Statistik legte am Freitag den Arbeitsmarktbericht für Kralland vor. "
      "Die Arbeitslosenquote kletterte im Winter auf 7,4 Prozent.";
  auto fx = Run(x, kDe, {{"7,4 Prozent", kPercent}},
                {{"Bundesamt für Statistik"}, {"Kralland", T::kPlace}});
  CHECK(fx[0].entity == "Kralland");
  // An acronym read by the name its definition gives.
  const std::string y =
      "Das Landesamt für Verkehrssicherheit (LVS) hat seine Bilanz für Kralland vorgelegt. "
      "Demnach zählte das LVS im Herbst 3.400 Unfälle.";
  auto fy = Run(y, kDe, {{"3.400 Unfälle", kCount}},
                {{"LVS", T::kOrg, "LVS", 1}, {"Kralland", T::kPlace}});
  CHECK(fy[0].entity == "Kralland");
  // A criminal police office's and a regulator's statistics.
  const std::string police = "Das Landeskriminalamt zählte im Sommer in Kralland 260 Einbrüche.";
  auto fp = Run(police, kDe, {{"260 Einbrüche", kCount}},
                {{"Landeskriminalamt"}, {"Kralland", T::kPlace}});
  CHECK(fp[0].entity == "Kralland");
  const std::string regulator =
      "Die Energie-Regulierungsbehörde Voltanet zog für Kralland Bilanz. Im Winter wechselten "
      "41.000 Haushalte den Stromanbieter.";
  auto fr =
      Run(regulator, kDe, {{"41.000 Haushalte", kCount}}, {{"Voltanet"}, {"Kralland", T::kPlace}});
  CHECK(fr[0].entity == "Kralland");
  // Negatives: the office's own staff; a company that reports on itself.
  const std::string own = "Das Bundesamt für Statistik hat in Kralland 1.300 Beschäftigte.";
  auto fo = Run(own, kDe, {{"1.300 Beschäftigte", kCount}},
                {{"Bundesamt für Statistik"}, {"Kralland", T::kPlace}});
  CHECK(fo[0].entity == "Bundesamt für Statistik");
  const std::string firm =
      "Die Veltrix AG legte für Kralland ihre Bilanz vor. Der Umsatz wuchs um 9 Prozent.";
  auto ff = Run(firm, kDe, {{"9 Prozent", kPercent}}, {{"Veltrix AG"}, {"Kralland", T::kPlace}});
  CHECK(ff[0].entity == "Veltrix AG");
}

TEST_CASE("attribution de: a sentence citing a statistics body gives its figures to the place",
          "[attribution][de]") {
  const std::string x =
      "Die Bahngesellschaft Veltrix kämpft in Kralland mit dem Winter. Den neuen Daten der "
      "Regulierungsbehörde KRB zufolge fielen im Januar 640 Züge aus.";
  const std::vector<Ment> ms = {{"Veltrix"}, {"Kralland", T::kPlace}, {"KRB"}};
  auto fx = Run(x, kDe, {{"640 Züge", kCount}}, ms);
  CHECK(fx[0].entity == "Kralland");
  // Negative: a trade association cited is no statistics body; the subject before goes on.
  const std::string y =
      "Die Bahngesellschaft Veltrix kämpft in Kralland mit dem Winter. Den neuen Daten des "
      "Branchenverbands KRB zufolge fielen im Januar 640 Züge aus.";
  auto fy = Run(y, kDe, {{"640 Züge", kCount}}, ms);
  CHECK(fy[0].entity == "Veltrix");
}

TEST_CASE("attribution: a body the text cites as a source gives away the people it counts",
          "[attribution][sources]") {
  // German: the club is the subject before, and cited later ("laut X"): the deaths it counts
  // are the place's.
  const std::string x =
      "Der Verkehrsclub Kralmobil startet in Norland eine Kampagne. Im Vorjahr starben "
      "130 Menschen bei solchen Unfällen. Das zeigt laut Kralmobil eine neue Auswertung.";
  const std::vector<Ment> dms = {
      {"Kralmobil"}, {"Norland", T::kPlace}, {"Kralmobil", T::kOrg, "", 1}};
  auto fx = Run(x, kDe, {{"130 Menschen", kCount}}, dms);
  CHECK(fx[0].entity == "Norland");
  // English: "according to X"; a proportion of people.
  const std::string y =
      "Kellmoor Research surveyed drivers in Norvenia. According to Kellmoor Research, 38% of "
      "drivers use a phone at the wheel.";
  const std::vector<Ment> ems = {
      {"Kellmoor Research"}, {"Norvenia", T::kPlace}, {"Kellmoor Research", T::kOrg, "", 1}};
  auto fy = Run(y, kEn, {{"38%", kPercent}}, ems);
  CHECK(fy[0].entity == "Norvenia");
  // Spanish: "según X"; a proportion of households.
  const std::string z =
      "La consultora Veltria presentó un estudio sobre Kralia. Según Veltria, el 40 % de los "
      "hogares tiene deudas.";
  const std::vector<Ment> sms = {{"Veltria"}, {"Kralia", T::kPlace}, {"Veltria", T::kOrg, "", 1}};
  auto fz = Run(z, kEs, {{"40 %", kPercent}}, sms);
  CHECK(fz[0].entity == "Kralia");
  // Negatives: the body's own members; its own share (a possessive); a body never cited.
  const std::string own =
      "Der Verkehrsclub Kralmobil startet in Norland eine Kampagne. Im Vorjahr gewann "
      "der Club 1.300 neue Mitglieder. Das zeigt laut Kralmobil eine neue Auswertung.";
  auto fo = Run(own, kDe, {{"1.300 neue Mitglieder", kCount}}, dms);
  CHECK(fo[0].entity == "Kralmobil");
  const std::string its =
      "Kellmoor Research surveyed drivers in Norvenia. According to Kellmoor Research, 38% of "
      "its members drive daily.";
  auto fi = Run(its, kEn, {{"38%", kPercent}}, ems);
  CHECK(fi[0].entity == "Kellmoor Research");
  // (A count of people who are no toll: a toll borrowed from an organisation goes to the
  // place anyway, rule 6b de.)
  const std::string cited =
      "Der Verkehrsclub Kralmobil startet in Norland eine Kampagne. Im Vorjahr nahmen "
      "130 Menschen an den Kursen teil. Das zeigt laut Kralmobil eine neue Auswertung.";
  auto fc = Run(cited, kDe, {{"130 Menschen", kCount}}, dms);
  CHECK(fc[0].entity == "Norland");
  const std::string uncited =
      "Der Verkehrsclub Kralmobil startet in Norland eine Kampagne. Im Vorjahr nahmen "
      "130 Menschen an den Kursen teil. Kralmobil fordert eine neue Auswertung.";
  auto fu = Run(uncited, kDe, {{"130 Menschen", kCount}}, dms);
  CHECK(fu[0].entity == "Kralmobil");
}

TEST_CASE("attribution: a body that reports gives away counts and, carried on, proportions",
          "[attribution][sources]") {
  // "teilte X mit": the subject carried to the next sentence reports; a share of people there
  // is the place's.
  const std::string x =
      "Die Gesundheitsstelle Kralmed teilte am Dienstag neue Zahlen für Norland mit. Im Vorjahr "
      "rauchten 14 Prozent der Erwachsenen.";
  const std::vector<Ment> ms = {{"Kralmed"}, {"Norland", T::kPlace}};
  auto fx = Run(x, kDe, {{"14 Prozent", kPercent}}, ms);
  CHECK(fx[0].entity == "Norland");
  // Negatives: a share with a possessive is the body's own; people the figure's own phrase
  // places with the body ("in der Betreuung von X").
  const std::string own =
      "Der Verein Kralmed stellte neue Zahlen für Norland vor. Laut Kralmed "
      "rauchten im Vorjahr 14 Prozent ihrer Patienten.";
  auto fo = Run(own, kDe, {{"14 Prozent", kPercent}},
                {{"Kralmed"}, {"Norland", T::kPlace}, {"Kralmed", T::kOrg, "", 1}});
  CHECK(fo[0].entity == "Kralmed");
  const std::string care =
      "Die Hilfsorganisation Kralmed teilte am Dienstag neue Zahlen für Norland mit. Im Vorjahr "
      "lebten 9.000 Menschen in der Obhut von Kralmed.";
  auto fc = Run(care, kDe, {{"9.000 Menschen", kCount}},
                {{"Kralmed"}, {"Norland", T::kPlace}, {"Kralmed", T::kOrg, "", 1}});
  CHECK(fc[0].entity == "Kralmed");
}

TEST_CASE("attribution en: a poll's result is nobody's, not the pollster's or the topic's",
          "[attribution][sources][en]") {
  // The pollster named in the sentence; the company the text is about, carried from before;
  // the answer in brackets after "most"; a later sentence within reach of the survey.
  const std::string x =
      "Kellmoor Research polled 2,000 motorists for Varnex. Almost 40% of those asked said "
      "they drive daily.";
  auto fx = Run(x, kEn, {{"40%", kPercent}}, {{"Kellmoor Research"}, {"Varnex"}});
  CHECK(fx[0].entity.empty());
  const std::string y =
      "Varnex sells tyres across Norvenia's neighbours. A survey for the firm found that 62% of "
      "drivers check their tyres monthly. Most (58%) said they would pay more for safer ones.";
  auto fy = Run(y, kEn, {{"62%", kPercent}, {"58%", kPercent}}, {{"Varnex"}}, "Varnex");
  CHECK(fy[0].entity.empty());
  CHECK(fy[1].entity.empty());
  // Negatives: an owner's share ("of its customers"); no survey named; a verb of holding
  // gives the share to its subject; a group named by a capital.
  const std::string own = "Varnex ran a survey and found that 30% of its customers renewed.";
  auto fo = Run(own, kEn, {{"30%", kPercent}}, {{"Varnex"}});
  CHECK(fo[0].entity == "Varnex");
  const std::string plain = "Varnex said 30% of orders came from abroad.";
  auto fp = Run(plain, kEn, {{"30%", kPercent}}, {{"Varnex"}});
  CHECK(fp[0].entity == "Varnex");
  const std::string held = "A study showed that Varnex had 41% of users.";
  auto fh = Run(held, kEn, {{"41%", kPercent}}, {{"Varnex"}});
  CHECK(fh[0].entity == "Varnex");
  const std::string capital = "A survey for Varnex found that 30% of Varnex customers would renew.";
  auto fc = Run(capital, kEn, {{"30%", kPercent}}, {{"Varnex"}, {"Varnex", T::kOrg, "", 1}});
  CHECK(fc[0].entity == "Varnex");
}

TEST_CASE("attribution en: a company's market share or own figure is not a poll's result",
          "[attribution][sources][en][pollfix]") {
  // A share the company shipped, with a research firm cited after it.
  const std::string a =
      "Kralphone shipped 27% of all handsets sold in the spring, research house Ostel said.";
  auto fa = Run(a, kEn, {{"27%", kPercent}}, {{"Kralphone"}, {"Ostel"}});
  CHECK(fa[0].entity == "Kralphone");
  // A survey in the sentence before; the figure's own sentence has a company that speaks.
  const std::string b =
      "A poll by Brenmoor found shoppers fret about prices. Separately, Dalvex said 45% of "
      "clients extended their plans.";
  auto fb = Run(b, kEn, {{"45%", kPercent}}, {{"Brenmoor"}, {"Dalvex"}});
  CHECK(fb[0].entity == "Dalvex");
}

TEST_CASE("attribution en: a crude producer's results or stock move are not the crude price",
          "[attribution][sources][en][crudefix]") {
  const std::string a = "Telmar, the largest crude producer in Ostvania, said earnings grew 15%.";
  auto fa = Run(a, kEn, {{"15%", kPercent}}, {{"Telmar"}, {"Ostvania", T::kPlace}});
  CHECK(fa[0].entity == "Telmar");
  const std::string b = "Telmar Oil, a crude explorer, said revenue climbed 6% last year.";
  auto fb = Run(b, kEn, {{"6%", kPercent}}, {{"Telmar Oil"}});
  CHECK(fb[0].entity == "Telmar Oil");
  // A stock move: the rule leaves it to the others (not nulled as a crude price).
  const std::string c = "Telmar, which drills for crude off Ostvania, fell 5% in Paris trading.";
  auto fc = Run(c, kEn, {{"5%", kPercent}}, {{"Telmar"}, {"Ostvania", T::kPlace}});
  CHECK_FALSE(fc[0].entity.empty());
}

TEST_CASE("attribution en: the market price of crude is nobody's", "[attribution][sources][en]") {
  // The benchmark's place or name, a body named before, a company carried from before.
  const std::string x =
      "Kralland light crude climbed $1.40 to $61.70, while Vetrel crude in Ostburg added "
      "80 cents.";
  auto fx = Run(x, kEn, {{"$1.40", kMoney}, {"$61.70", kMoney}, {"80 cents", kMoney}},
                {{"Kralland", T::kPlace}, {"Vetrel"}, {"Ostburg", T::kPlace}});
  for (const nf::Figure& f : fx) CHECK(f.entity.empty());
  const std::string y =
      "Norvex Petroleum pumps oil off Kralland. Oil prices slid 6% this week, and the price of "
      "a barrel of crude ended at $58.";
  auto fy = Run(y, kEn, {{"6%", kPercent}, {"$58", kMoney}},
                {{"Norvex Petroleum"}, {"Kralland", T::kPlace}}, "Norvex Petroleum");
  CHECK(fy[0].entity.empty());
  CHECK(fy[1].entity.empty());
  // Negatives: a company's own shares, output or owner; what the price took off growth.
  const std::string shares = "Shares in Norvex Petroleum, a crude producer, fell 12% on Monday.";
  auto fs = Run(shares, kEn, {{"12%", kPercent}}, {{"Norvex Petroleum"}});
  CHECK(fs[0].entity == "Norvex Petroleum");
  const std::string output = "Norvex Petroleum said its crude sales rose 4% last year.";
  auto fo = Run(output, kEn, {{"4%", kPercent}}, {{"Norvex Petroleum"}});
  CHECK(fo[0].entity == "Norvex Petroleum");
  const std::string off = "In Kralland, dear oil prices knocked 0.3% off economic growth.";
  auto ff = Run(off, kEn, {{"0.3%", kPercent}}, {{"Kralland", T::kPlace}});
  CHECK(ff[0].entity == "Kralland");
}

TEST_CASE("attribution: a company noun before a place after in refers back, not in apposition",
          "[attribution]") {
  // "the group" in object position, the place a few words on after "in": the noun still
  // refers to the company named before (rule 6a' does not give the figure to the place).
  const std::string en =
      "Voltaro Motors reported weak sales. Falling demand prompted the group to cut "
      "production in Ruritania by 3%.";
  auto f = Run(en, kEn, {{"3%", kPercent}}, {{"Voltaro Motors"}, {"Ruritania", T::kPlace}},
               "Voltaro Motors");
  CHECK(f[0].entity == "Voltaro Motors");
  const std::string en2 =
      "Voltaro Motors reported weak sales. The group raised prices in Ruritania by 3%.";
  auto f2 = Run(en2, kEn, {{"3%", kPercent}}, {{"Voltaro Motors"}, {"Ruritania", T::kPlace}},
                "Voltaro Motors");
  CHECK(f2[0].entity == "Voltaro Motors");
  // Negative: no company noun, the place of the sentence.
  const std::string en3 =
      "Voltaro Motors reported weak sales. Falling demand prompted farmers to cut "
      "production in Ruritania by 3%.";
  auto f3 = Run(en3, kEn, {{"3%", kPercent}}, {{"Voltaro Motors"}, {"Ruritania", T::kPlace}},
                "Voltaro Motors");
  CHECK(f3[0].entity == "Ruritania");
  // Negative: a name in apposition right after the noun is no reference ("the carmaker X").
  const std::string en4 = "The carmaker Kellmoor cut production in Ruritania by 3%.";
  auto f4 = Run(en4, kEn, {{"3%", kPercent}}, {{"Kellmoor"}, {"Ruritania", T::kPlace}});
  CHECK(f4[0].entity == "Kellmoor");
}

TEST_CASE("attribution: a share a reporting body says it fulfilled stays its own",
          "[attribution]") {
  // A body that reports gives away a proportion borrowed from the sentences before (the
  // place's), unless a verb of fulfilling or achieving makes it the body's own result.
  auto run = [](const std::string& text) {
    return Run(text, kEs, {{"35 %", kPercent}}, {{"Gobierno", T::kOrg}, {"Tarnovia", T::kPlace}},
               "Gobierno");
  };
  auto f =
      run("El Gobierno de Tarnovia asegura que ya ha activado la mitad de sus planes. De los 900 "
          "compromisos, 300 proceden del pacto, y de ellos ya se ha cumplido un 35 %.");
  CHECK(f[0].entity == "Gobierno");
  // Negative: no such verb, the place's.
  auto g =
      run("El Gobierno de Tarnovia asegura que ya ha activado la mitad de sus planes. De los 900 "
          "compromisos, 300 proceden del pacto, y de ellos un 35 % sigue sin fecha.");
  CHECK(g[0].entity == "Tarnovia");
}

TEST_CASE("attribution: a body that names a study by a compound with its name is cited (de)",
          "[attribution]") {
  // "laut der KRI-Studie": the compound is no mention, but it cites the body named elsewhere;
  // a proportion the body lends a later sentence is then its country's, as with "laut KRI".
  auto run = [](const std::string& text) {
    return Run(text, kDe, {{"29 Prozent", kPercent}}, {{"KRI", T::kOrg}, {"Norland", T::kPlace}},
               "KRI");
  };
  auto f =
      run("Das KRI hat in Norland Fußgänger beobachtet, heißt es in der neuen KRI-Studie. 29 "
          "Prozent der Fußgänger tippten auf dem Handy.");
  CHECK(f[0].entity == "Norland");
  // Negative: no such compound, the body's own.
  auto g =
      run("Das KRI hat in Norland Fußgänger beobachtet, heißt es in dem neuen Papier. 29 Prozent "
          "der Fußgänger tippten auf dem Handy.");
  CHECK(g[0].entity == "KRI");
}

// ---- The cited or reporting body rule and rule 6a', review of their first merges.

TEST_CASE("attribution: the source verdict is kept per entity, not per reused name buffer",
          "[attribution][sources]") {
  // Two short names of one length: the first is cited, the second never is.
  const std::string x =
      "According to Veltor Corp, demand is firm. Veltor Corp logged 700 cases of measles. "
      "Kaldes Corp logged 200 cases of measles in Norvenia.";
  const std::vector<Ment> ms = {{"Veltor Corp"}, {"Kaldes Corp"}, {"Norvenia", T::kPlace}};
  auto fx = Run(x, kEn, {{"700 cases", kCount}, {"200 cases", kCount}}, ms);
  CHECK(fx[1].entity == "Kaldes Corp");
}

TEST_CASE("attribution: a company cited as a source keeps the figures it is the subject of",
          "[attribution][sources]") {
  const std::string de =
      "Laut Kralwerk wächst der Markt in Norland. Kralwerk baut 12 Prozent der Stellen ab.";
  auto fd = Run(de, kDe, {{"12 Prozent", kPercent}},
                {{"Kralwerk"}, {"Norland", T::kPlace}, {"Kralwerk", T::kOrg, "", 1}});
  CHECK(fd[0].entity == "Kralwerk");
  const std::string en =
      "According to Dorvik Corp, demand is strong in Norvenia. Dorvik Corp won 35% of the "
      "contracts.";
  auto fe = Run(en, kEn, {{"35%", kPercent}},
                {{"Dorvik Corp"}, {"Norvenia", T::kPlace}, {"Dorvik Corp", T::kOrg, "", 1}});
  CHECK(fe[0].entity == "Dorvik Corp");
  const std::string es =
      "Según Velcom, la demanda crece en Kralia. Velcom controla el 45 % de las líneas.";
  auto fs = Run(es, kEs, {{"45 %", kPercent}},
                {{"Velcom"}, {"Kralia", T::kPlace}, {"Velcom", T::kOrg, "", 1}});
  CHECK(fs[0].entity == "Velcom");
  const std::string helped =
      "Dorvik Aid said the winter was hard in Norvenia. Last year Dorvik Aid helped 2,600 "
      "people.";
  auto fh = Run(helped, kEn, {{"2,600 people", kCount}},
                {{"Dorvik Aid"}, {"Norvenia", T::kPlace}, {"Dorvik Aid", T::kOrg, "", 1}});
  CHECK(fh[0].entity == "Dorvik Aid");
  // Negative: the body named after the figure ("…, teilte X mit") still reports others.
  const std::string after =
      "Der Verkehrsclub Kralmobil startet in Norland eine Kampagne. Im Vorjahr starben "
      "140 Menschen bei Unfällen, teilte Kralmobil mit.";
  auto fa = Run(after, kDe, {{"140 Menschen", kCount}},
                {{"Kralmobil"}, {"Norland", T::kPlace}, {"Kralmobil", T::kOrg, "", 1}});
  CHECK(fa[0].entity == "Norland");
}

TEST_CASE("attribution: a pronoun after the figure that points back keeps the earlier subject",
          "[attribution][places]") {
  const std::string de =
      "Die Kralix AG legte am Montag Zahlen vor. In Norland stieg der Umsatz um 7 Prozent, wie "
      "sie mitteilte.";
  auto fd = Run(de, kDe, {{"7 Prozent", kPercent}}, {{"Kralix AG"}, {"Norland", T::kPlace}});
  CHECK(fd[0].entity == "Kralix AG");
  const std::string en = "Dorvik Corp opened new offices. In Norvenia, sales rose 6%, it said.";
  auto fe = Run(en, kEn, {{"6%", kPercent}}, {{"Dorvik Corp"}, {"Norvenia", T::kPlace}});
  CHECK(fe[0].entity == "Dorvik Corp");
  const std::string its =
      "Dorvik Corp reported strong results on Monday. 35% of its customers in Norvenia renewed.";
  auto fi = Run(its, kEn, {{"35%", kPercent}}, {{"Dorvik Corp"}, {"Norvenia", T::kPlace}});
  CHECK(fi[0].entity == "Dorvik Corp");
  // Negative: the expletive "es" after the figure speaks of what follows.
  const std::string es =
      "Die Kralix AG legte am Montag Zahlen vor. In Norland lag die Quote bei 45 Prozent, im "
      "Vorjahr waren es 41 Prozent.";
  auto fs = Run(es, kDe, {{"45 Prozent", kPercent}}, {{"Kralix AG"}, {"Norland", T::kPlace}});
  CHECK(fs[0].entity == "Norland");
  // Nor does a possessive after the place, of the figure's own people.
  const std::string car =
      "Die Kralix AG legte am Montag Zahlen vor. 62 Prozent der Befragten in Norland nutzen "
      "täglich ihren Wagen.";
  auto fc = Run(car, kDe, {{"62 Prozent", kPercent}}, {{"Kralix AG"}, {"Norland", T::kPlace}});
  CHECK(fc[0].entity == "Norland");
}

TEST_CASE("attribution: a German subject after the verb yields to a nominal reference",
          "[attribution][de]") {
  const std::string x =
      "Die Kralix AG legte am Montag Zahlen vor. Mit 6 Millionen Euro unterstützt der Konzern "
      "die Velmora GmbH.";
  auto fx = Run(x, kDe, {{"6 Millionen Euro", kMoney}}, {{"Kralix AG"}, {"Velmora GmbH"}});
  CHECK(fx[0].entity == "Kralix AG");
  // Negative: no reference, the subject after the verb is the sentence's own.
  const std::string y =
      "Die Kralix AG legte am Montag Zahlen vor. 700 Stellen streicht die Velmora GmbH.";
  auto fy = Run(y, kDe, {{"700 Stellen", kCount}}, {{"Kralix AG"}, {"Velmora GmbH"}});
  CHECK(fy[0].entity == "Velmora GmbH");
}

TEST_CASE("attribution: English 'in X' after a count places only people or cases",
          "[attribution][places]") {
  const std::string lead = "Dorvik Corp launched its tablet in March. ";
  const std::vector<Ment> ms = {{"Dorvik Corp"}, {"Norvenia", T::kPlace}};
  auto fu = Run(lead + "About 350,000 units were sold in Norvenia.", kEn,
                {{"350,000 units", kCount}}, ms);
  CHECK(fu[0].entity == "Dorvik Corp");
  auto fw =
      Run(lead + "About 600 workers were hired in Norvenia.", kEn, {{"600 workers", kCount}}, ms);
  CHECK(fw[0].entity == "Dorvik Corp");
  // "these" is no "the": the place is not introduced by "in the".
  auto ft = Run(lead + "About 800 people enrolled in these Norvenia courses.", kEn,
                {{"800 people", kCount}}, ms);
  CHECK(ft[0].entity == "Dorvik Corp");
  // Negatives: people counted in a place are the place's, and so is what exists there.
  auto fx = Run(lead + "There are 80,000 licensed taxis in Norvenia.", kEn,
                {{"80,000 licensed taxis", kCount}}, ms);
  CHECK(fx[0].entity == "Norvenia");
  auto fp = Run(lead + "About 70,000 people in Norvenia live with the illness.", kEn,
                {{"70,000 people", kCount}}, ms);
  CHECK(fp[0].entity == "Norvenia");
}

TEST_CASE("attribution: a statistics body's share no statistical cue names stays its own",
          "[attribution][sources]") {
  // A cue only inside a compound's first part ("Wirtschaftsprüfer"), and a reporting body.
  const std::string x =
      "Das Statistikamt Velden meldete am Montag neue Zahlen für Norland. Im Vorjahr besetzte "
      "das Statistikamt Velden 30 Prozent der Stellen mit Wirtschaftsprüfern.";
  const std::vector<Ment> ms = {
      {"Statistikamt Velden"}, {"Norland", T::kPlace}, {"Statistikamt Velden", T::kOrg, "", 1}};
  auto fx = Run(x, kDe, {{"30 Prozent", kPercent}}, ms);
  CHECK(fx[0].entity == "Statistikamt Velden");
  // Carried from the sentence before, with a generic reporting word only.
  const std::string y =
      "Das Statistikamt Velden meldete am Montag neue Zahlen für Norland. Laut dem Bericht "
      "waren im Vorjahr 30 Prozent der Anträge unvollständig.";
  auto fy =
      Run(y, kDe, {{"30 Prozent", kPercent}}, {{"Statistikamt Velden"}, {"Norland", T::kPlace}});
  CHECK(fy[0].entity == "Statistikamt Velden");
  // Negative: a statistic the compound ends in ("Arbeitslosenquote") is the place's.
  const std::string z =
      "Das Statistikamt Velden meldete am Montag neue Zahlen für Norland. Im Vorjahr lag die "
      "Arbeitslosenquote bei 6 Prozent.";
  auto fz =
      Run(z, kDe, {{"6 Prozent", kPercent}}, {{"Statistikamt Velden"}, {"Norland", T::kPlace}});
  CHECK(fz[0].entity == "Norland");
}

TEST_CASE("attribution: a body named after a long dash is outside the figure's clause",
          "[attribution][sources]") {
  const std::string x =
      "Die Stiftung Kralmed stellte einen Bericht über Norland vor. Laut Kralmed lebten im "
      "Vorjahr 4.600 Menschen auf der Straße \u2014 Kralmed fordert mehr Hilfe.";
  const std::vector<Ment> ms = {{"Kralmed"},
                                {"Norland", T::kPlace},
                                {"Kralmed", T::kOrg, "", 1},
                                {"Kralmed", T::kOrg, "", 2}};
  auto fx = Run(x, kDe, {{"4.600 Menschen", kCount}}, ms);
  CHECK(fx[0].entity == "Norland");
  // Negative: named in the figure's own clause, the people are the body's.
  const std::string y =
      "Die Stiftung Kralmed stellte einen Bericht über Norland vor. Laut Kralmed lebten im "
      "Vorjahr 4.600 Menschen in der Betreuung von Kralmed.";
  auto fy = Run(y, kDe, {{"4.600 Menschen", kCount}}, ms);
  CHECK(fy[0].entity == "Kralmed");
}

TEST_CASE("attribution: a title topic counts as borrowed whatever its offsets",
          "[attribution][sources]") {
  // The title's mention has offsets into the title, which may fall inside the figure's body
  // sentence; the figure still borrowed the topic, and a reporting body's share goes away.
  const std::string body =
      "Die Wahl in Norland ist im Mai. Im Vorjahr rauchten 14 Prozent der Erwachsenen. Das "
      "teilte Kralmed am Dienstag mit.";
  std::vector<nf::EntityMention> ms = Mentions(body, {{"Norland", T::kPlace}, {"Kralmed"}});
  nf::EntityMention title;
  title.entity = "Kralmed";
  title.surface = "Kralmed";
  title.type = T::kOrg;
  title.field = nf::Field::kTitle;
  title.start = static_cast<uint32_t>(body.find("Im Vorjahr"));
  title.end = title.start + 7;
  std::vector<nf::Figure> figs(1);
  figs[0].kind = kPercent;
  figs[0].surface = "14 Prozent";
  figs[0].start = static_cast<uint32_t>(body.find("14 Prozent"));
  figs[0].end = figs[0].start + 10;
  nf::Attribute(body, kDe, std::span<const nf::EntityMention>(ms), nf::Gazetteer::Default(),
                std::span<nf::Figure>(figs), &title);
  CHECK(figs[0].entity == "Norland");
  // Negative: a title topic the body never names as a source keeps its share.
  const std::string quiet =
      "Die Wahl in Norland ist im Mai. Im Vorjahr rauchten 14 Prozent der "
      "Erwachsenen.";
  std::vector<nf::EntityMention> qs = Mentions(quiet, {{"Norland", T::kPlace}});
  std::vector<nf::Figure> qf(1, figs[0]);
  qf[0].entity.clear();
  nf::Attribute(quiet, kDe, std::span<const nf::EntityMention>(qs), nf::Gazetteer::Default(),
                std::span<nf::Figure>(qf), &title);
  CHECK(qf[0].entity == "Kralmed");
}

TEST_CASE("attribution en: a trade body's or a data publisher's market figures are the economy's",
          "[attribution][sources][en]") {
  // A trade body of a market that reports ("said"), by the figure's sentence and by the next
  // sentence that borrows it.
  const std::string a =
      "Timber demand in Ruritania is cooling. The Kralland Timber Merchants Federation said that "
      "sawn timber deliveries dropped 17% in March. Log prices slipped 6% in April.";
  auto fa = Run(a, kEn, {{"17%", kPercent}, {"6%", kPercent}},
                {{"Ruritania", T::kPlace}, {"Kralland Timber Merchants Federation"}});
  CHECK(fa[0].entity == "Ruritania");
  CHECK(fa[1].entity == "Ruritania");
  // A publisher of data by name, named as the publisher of figures that say something:
  // "figures from X showed", "X figures showed", "X's data suggest".
  const std::string b =
      "Office rents in Ruritania are climbing. Figures from Pellam Analytics showed rents climbed "
      "by 9% in March.";
  auto fb = Run(b, kEn, {{"9%", kPercent}}, {{"Ruritania", T::kPlace}, {"Pellam Analytics"}});
  CHECK(fb[0].entity == "Ruritania");
  // A publisher of data in a sentence that borrows another subject from before.
  const std::string b2 =
      "Brelco Realty said demand in Ruritania is strong. Newer data from Pellam Analytics "
      "suggest rents climbed by 9% in March.";
  auto fb2 = Run(b2, kEn, {{"9%", kPercent}},
                 {{"Brelco Realty"}, {"Ruritania", T::kPlace}, {"Pellam Analytics"}});
  CHECK(fb2[0].entity == "Ruritania");
  const std::string c =
      "Office rents in Ruritania are climbing. Pellam Analytics figures showed rents climbed by "
      "9% in March.";
  auto fc = Run(c, kEn, {{"9%", kPercent}}, {{"Ruritania", T::kPlace}, {"Pellam Analytics"}});
  CHECK(fc[0].entity == "Ruritania");
  const std::string c2 =
      "Office rents in Ruritania are climbing. Pellam Research's data suggest rents climbed by "
      "9% in March.";
  auto fc2 = Run(c2, kEn, {{"9%", kPercent}}, {{"Ruritania", T::kPlace}, {"Pellam Research"}});
  CHECK(fc2[0].entity == "Ruritania");
  // "worldwide" is no "world": the figure is still the market's.
  const std::string w =
      "Timber demand in Ruritania is cooling. The Kralland Timber Merchants Federation said "
      "deliveries of worldwide brands dropped 17% in March.";
  auto fw = Run(w, kEn, {{"17%", kPercent}},
                {{"Ruritania", T::kPlace}, {"Kralland Timber Merchants Federation"}});
  CHECK(fw[0].entity == "Ruritania");
  // Negatives: a trade body's own figure ("its members", "of its"); a trade body that neither
  // reports nor is cited; a company that reports its own bookings; a lender's own figures.
  const std::string d =
      "Trade in Ruritania is slowing. The Kral Traders Association said its members cut 70 "
      "jobs in March.";
  auto fd =
      Run(d, kEn, {{"70 jobs", kCount}}, {{"Ruritania", T::kPlace}, {"Kral Traders Association"}});
  CHECK(fd[0].entity == "Kral Traders Association");
  const std::string d2 =
      "Trade in Ruritania is slowing. The Kral Traders Association said 15% of its members "
      "closed.";
  auto fd2 =
      Run(d2, kEn, {{"15%", kPercent}}, {{"Ruritania", T::kPlace}, {"Kral Traders Association"}});
  CHECK(fd2[0].entity == "Kral Traders Association");
  const std::string e =
      "Trade in Ruritania is slowing. The Kral Traders Association cut fees by 5% in March.";
  auto fe =
      Run(e, kEn, {{"5%", kPercent}}, {{"Ruritania", T::kPlace}, {"Kral Traders Association"}});
  CHECK(fe[0].entity == "Kral Traders Association");
  const std::string f =
      "Office rents in Ruritania are climbing. Kelmont said that bookings of its flats rose 11% "
      "in March.";
  auto ff = Run(f, kEn, {{"11%", kPercent}}, {{"Ruritania", T::kPlace}, {"Kelmont"}});
  CHECK(ff[0].entity == "Kelmont");
  const std::string g =
      "Home buying in Ruritania is cooling. Figures from the Kelby Building Society showed home "
      "loans slipped 6% in March.";
  auto fg = Run(g, kEn, {{"6%", kPercent}}, {{"Ruritania", T::kPlace}, {"Kelby Building Society"}});
  CHECK(fg[0].entity != "Ruritania");
  // A company's own figures or data, however named: no publisher of data by name, or no verb
  // after "data" ("data centre").
  const std::string h =
      "Shopping in Ruritania is cooling. Figures from Tarvel Bakeries showed footfall climbed 8% "
      "in March.";
  auto fh = Run(h, kEn, {{"8%", kPercent}}, {{"Ruritania", T::kPlace}, {"Tarvel Bakeries"}});
  CHECK(fh[0].entity != "Ruritania");
  const std::string i =
      "Cloud demand in Ruritania is strong. Vennick Analytics's data centre capacity climbed 14% "
      "in March.";
  auto fi = Run(i, kEn, {{"14%", kPercent}}, {{"Ruritania", T::kPlace}, {"Vennick Analytics"}});
  CHECK(fi[0].entity == "Vennick Analytics");
  // The publisher's role holds in the sentence that names it so, not in later ones about it.
  // A later sentence that names the publisher as its own subject keeps its figure.
  const std::string j =
      "Office rents in Ruritania are climbing. Figures from Pellam Analytics showed rents "
      "climbed by 9% in March. Pellam Analytics hired 40 staff in April.";
  auto fj = Run(j, kEn, {{"9%", kPercent}, {"40 staff", kCount}},
                {{"Ruritania", T::kPlace}, {"Pellam Analytics"}});
  CHECK(fj[0].entity == "Ruritania");
  CHECK(fj[1].entity != "Ruritania");
  // A public body by name publishes data too.
  const std::string j3 =
      "Rail travel in Ruritania is booming. Figures from the Kralland Rail Office showed fares "
      "climbed 7% in March.";
  auto fj3 = Run(j3, kEn, {{"7%", kPercent}}, {{"Ruritania", T::kPlace}, {"Kralland Rail Office"}});
  CHECK(fj3[0].entity == "Ruritania");
  // An association or institute that speaks for no market: a club, a seat of learning.
  const std::string k =
      "Chess is booming in Ruritania. The Kralland Chess Association said membership climbed "
      "13% in March.";
  auto fk =
      Run(k, kEn, {{"13%", kPercent}}, {{"Ruritania", T::kPlace}, {"Kralland Chess Association"}});
  CHECK(fk[0].entity == "Kralland Chess Association");
  const std::string k2 =
      "Study is booming in Ruritania. The Vennick Institute of Technology said enrolment "
      "climbed 12% in March.";
  auto fk2 = Run(k2, kEn, {{"12%", kPercent}},
                 {{"Ruritania", T::kPlace}, {"Vennick Institute of Technology"}});
  CHECK(fk2[0].entity == "Vennick Institute of Technology");
  // A sentence about the world's market is no country's.
  const std::string l =
      "Timber demand in Ruritania is cooling. The Kralland Timber Merchants Federation said "
      "world timber prices slipped 6% in March.";
  auto fl = Run(l, kEn, {{"6%", kPercent}},
                {{"Ruritania", T::kPlace}, {"Kralland Timber Merchants Federation"}});
  CHECK(fl[0].entity == "Kralland Timber Merchants Federation");
}

// ---- An event the tagger took for an organisation holds no figure (EventName).

TEST_CASE("events: games, championships, festivals, summits and holidays are events",
          "[attribution][events]") {
  for (const char* name :
       {"Olympische Winterspiele", "Olympischen Spielen", "Paralympische Spiele",
        "Kralia-Weltmeisterschaft", "Kralstädter Filmfestival", "Valdoria Gipfel",
        "Commonwealth Games", "Winter Olympics", "World Cup", "Westmark Open Championship",
        "Juegos Panamericanos", "Mundial de Kralia", "Cumbre de Tarenia"}) {
    INFO(name);
    CHECK(nf::EventName(name));
  }
  // Makers and bodies named like events, trade shows and fairs (the gold credits a show with
  // its own visitors), one-word names.
  for (const char* name :
       {"Kralco Spiele", "Kralco Games", "Westmark Motor Show", "Feria de Kralia", "Kralia Expo",
        "Olympiakos", "Festival", "Velmora Cup Holdings", "Festival Kralia GmbH",
        "Juegos Electrónicos Kralia SA", "Puente Ingenieros SA", "Semana Kralia SL"}) {
    INFO(name);
    CHECK_FALSE(nf::EventName(name));
  }
}

TEST_CASE("events de: a championship's takings are its host's, not the championship's",
          "[attribution][events][de]") {
  const std::string body =
      "Die Eishockey-Weltmeisterschaft bescherte Grünfeld Einnahmen von 75 Millionen Euro.";
  auto f = Run(body, kDe, {{"75 Millionen Euro"}},
               {{"Eishockey-Weltmeisterschaft"}, {"Grünfeld", T::kPlace}});
  CHECK(f[0].entity == "Grünfeld");
  // Negative: a company named like games keeps its own turnover.
  const std::string firm = "Die Kralco Spiele steigerte den Umsatz in Valdoria um 5 Prozent.";
  f = Run(firm, kDe, {{"5 Prozent", kPercent}}, {{"Kralco Spiele"}, {"Valdoria", T::kPlace}});
  CHECK(f[0].entity == "Kralco Spiele");
  // Negative: an event-like name with a legal form is a company.
  const std::string gmbh =
      "Die Festival Alpenklang GmbH erzielte in Grünfeld einen Umsatz von 3 Millionen Euro.";
  f = Run(gmbh, kDe, {{"3 Millionen Euro"}},
          {{"Festival Alpenklang GmbH"}, {"Grünfeld", T::kPlace}});
  CHECK(f[0].entity == "Festival Alpenklang GmbH");
}

TEST_CASE("events es: a championship's spending is its host's, a company keeps its own",
          "[attribution][events][es]") {
  const std::string body =
      "Para el Campeonato Mundial de Remo, Villaclara gastó 14 millones de euros en nuevas "
      "instalaciones.";
  auto f = Run(body, kEs, {{"14 millones de euros"}},
               {{"Campeonato Mundial de Remo"}, {"Villaclara", T::kPlace}});
  CHECK(f[0].entity == "Villaclara");
  // Negative: a fair keeps its own visitors.
  const std::string fair = "La Feria de Kralia recibió 50.000 visitantes en Tarenia.";
  f = Run(fair, kEs, {{"50.000 visitantes", kCount}},
          {{"Feria de Kralia"}, {"Tarenia", T::kPlace}});
  CHECK(f[0].entity == "Feria de Kralia");
  // Negatives: a company whose name opens like an event keeps its figures.
  const std::string sa =
      "Juegos Electrónicos Kralia SA facturó 45 millones de euros en 2025, un 8 % más.";
  f = Run(sa, kEs, {{"45 millones de euros"}, {"8 %", kPercent}},
          {{"Juegos Electrónicos Kralia SA"}});
  CHECK(f[0].entity == "Juegos Electrónicos Kralia SA");
  CHECK(f[1].entity == "Juegos Electrónicos Kralia SA");
  const std::string puente =
      "Puente Ingenieros SA ganó un contrato de 37 millones de euros en Villaclara.";
  f = Run(puente, kEs, {{"37 millones de euros"}},
          {{"Puente Ingenieros SA"}, {"Villaclara", T::kPlace}});
  CHECK(f[0].entity == "Puente Ingenieros SA");
}

TEST_CASE("events en: the games' budget is the host's, a games maker keeps its sales",
          "[attribution][events][en]") {
  const std::string body = "The Commonwealth Games in Westmark will cost $2bn.";
  auto f = Run(body, kEn, {{"$2bn"}}, {{"Commonwealth Games"}, {"Westmark", T::kPlace}});
  CHECK(f[0].entity == "Westmark");
  // Negatives: a games maker, a trade show's visitors.
  const std::string maker = "Kralco Games made $2bn in Westmark.";
  f = Run(maker, kEn, {{"$2bn"}}, {{"Kralco Games"}, {"Westmark", T::kPlace}});
  CHECK(f[0].entity == "Kralco Games");
  const std::string show = "The Westmark Motor Show drew 120,000 visitors.";
  f = Run(show, kEn, {{"120,000 visitors", kCount}}, {{"Westmark Motor Show"}});
  CHECK(f[0].entity == "Westmark Motor Show");
  // Negative: an event-like name with a legal form is a company.
  const std::string ltd = "Festival Westmark Ltd sold $3m of tickets in Eastport.";
  f = Run(ltd, kEn, {{"$3m"}}, {{"Festival Westmark Ltd"}, {"Eastport", T::kPlace}});
  CHECK(f[0].entity == "Festival Westmark Ltd");
}

TEST_CASE("topic: an event that is the lead's only name is not the article's topic",
          "[attribution][events][topic]") {
  const std::string a = "Die Kralia-Weltmeisterschaft beginnt am Freitag. Es wird voll.";
  auto ma = Mentions(a, {{"Kralia-Weltmeisterschaft", T::kOrg}});
  CHECK(nf::ArticleTopic({}, ma, nf::Gazetteer::Default(), a, kDe) == nullptr);
  const std::string b = "El Campeonato Mundial de Remo empieza el viernes en la bahía.";
  auto mb = Mentions(b, {{"Campeonato Mundial de Remo", T::kOrg}});
  CHECK(nf::ArticleTopic({}, mb, nf::Gazetteer::Default(), b, kEs) == nullptr);
  // Negative: a company as the lead's only name is the topic, also one named like an event.
  const std::string c = "Festival Alpenklang GmbH eröffnet am Freitag. Es wird voll.";
  auto mc = Mentions(c, {{"Festival Alpenklang GmbH", T::kOrg}});
  const nf::EntityMention* tc = nf::ArticleTopic({}, mc, nf::Gazetteer::Default(), c, kDe);
  REQUIRE(tc != nullptr);
  CHECK(tc->entity == "Festival Alpenklang GmbH");
}

TEST_CASE("attribution: a place naming a company's seat or origin is no subject (de)",
          "[attribution][seat]") {
  // "das Unternehmen aus X": the reference resolves to the company named before.
  const std::string de =
      "Die Kralix AG hat ihren Umsatz gesteigert. Für das laufende Jahr rechnet das "
      "Unternehmen aus Grünfeld mit einem Gewinn von 40 Millionen Euro.";
  auto f =
      Run(de, kDe, {{"40 Millionen Euro"}}, {{"Kralix AG"}, {"Grünfeld", T::kPlace}}, "Kralix AG");
  CHECK(f[0].entity == "Kralix AG");
  // "mit Sitz in X" and "das in X ansässige Unternehmen".
  const std::string de2 =
      "Die Kralix AG hat ihren Umsatz gesteigert. Für das Jahr erwartet der Konzern mit Sitz in "
      "Grünfeld einen Gewinn von 40 Millionen Euro.";
  auto f2 =
      Run(de2, kDe, {{"40 Millionen Euro"}}, {{"Kralix AG"}, {"Grünfeld", T::kPlace}}, "Kralix AG");
  CHECK(f2[0].entity == "Kralix AG");
  const std::string de3 =
      "Die Kralix AG hat ihren Umsatz gesteigert. Für das Jahr erwartet das in Grünfeld "
      "ansässige Unternehmen einen Gewinn von 40 Millionen Euro.";
  auto f3 =
      Run(de3, kDe, {{"40 Millionen Euro"}}, {{"Kralix AG"}, {"Grünfeld", T::kPlace}}, "Kralix AG");
  CHECK(f3[0].entity == "Kralix AG");
  // A city adjective before a company noun, typed as an organisation by the tagger (its
  // entity the place).
  const std::string de4 =
      "Die Kralix AG hat ihren Umsatz gesteigert. Der Grünfelder Hersteller meldete einen "
      "Gewinn von 40 Millionen Euro.";
  auto f4 = Run(de4, kDe, {{"40 Millionen Euro"}},
                {{"Kralix AG"}, {"Grünfelder", T::kOrg, "Grünfeld"}}, "Kralix AG");
  CHECK(f4[0].entity == "Kralix AG");
  // Negative: the place is the subject ("in X stieg die Zahl der Arbeitslosen").
  const std::string de5 =
      "Die Kralix AG hat ihren Umsatz gesteigert. In Grünfeld stieg die Zahl der Arbeitslosen "
      "um 700 Personen.";
  auto f5 = Run(de5, kDe, {{"700 Personen", kCount}}, {{"Kralix AG"}, {"Grünfeld", T::kPlace}},
                "Kralix AG");
  CHECK(f5[0].entity == "Grünfeld");
  // Negative: the companies of a place ("die Unternehmen aus X") are the place's.
  const std::string de6 =
      "Die Kralix AG hat ihren Umsatz gesteigert. Die Unternehmen aus Grünfeld investierten "
      "40 Millionen Euro.";
  auto f6 =
      Run(de6, kDe, {{"40 Millionen Euro"}}, {{"Kralix AG"}, {"Grünfeld", T::kPlace}}, "Kralix AG");
  CHECK(f6[0].entity == "Grünfeld");
}

TEST_CASE("attribution: a place naming a company's seat or origin is no subject (es, en)",
          "[attribution][seat]") {
  const std::string es =
      "Ventalia ha aumentado sus ventas. Para este año, la empresa con sede en Villaclara "
      "espera un beneficio de 40 millones de euros.";
  auto f = Run(es, kEs, {{"40 millones de euros"}}, {{"Ventalia"}, {"Villaclara", T::kPlace}},
               "Ventalia");
  CHECK(f[0].entity == "Ventalia");
  const std::string es2 =
      "Ventalia ha aumentado sus ventas. El fabricante de Villaclara espera un beneficio de 40 "
      "millones de euros.";
  auto f2 = Run(es2, kEs, {{"40 millones de euros"}}, {{"Ventalia"}, {"Villaclara", T::kPlace}},
                "Ventalia");
  CHECK(f2[0].entity == "Ventalia");
  // Negative: the companies of a place, plural, are the place's.
  const std::string es3 =
      "Ventalia ha aumentado sus ventas. Las empresas de Villaclara invirtieron 40 millones de "
      "euros.";
  auto f3 = Run(es3, kEs, {{"40 millones de euros"}}, {{"Ventalia"}, {"Villaclara", T::kPlace}},
                "Ventalia");
  CHECK(f3[0].entity == "Villaclara");
  const std::string en =
      "Voltaro Air raised its sales. This year the airline, based in Eastport, expects a profit "
      "of £40m.";
  auto f4 = Run(en, kEn, {{"£40m"}}, {{"Voltaro Air"}, {"Eastport", T::kPlace}}, "Voltaro Air");
  CHECK(f4[0].entity == "Voltaro Air");
  // Negative: where its staff are based is the place's ("are based in X").
  const std::string en2 =
      "Voltaro Air raised its sales. About 30% of users were based in Eastport last year.";
  auto f5 =
      Run(en2, kEn, {{"30%", kPercent}}, {{"Voltaro Air"}, {"Eastport", T::kPlace}}, "Voltaro Air");
  CHECK(f5[0].entity == "Eastport");
}

TEST_CASE("topic: a place naming a company's seat is not the article's topic",
          "[attribution][topic][seat]") {
  const std::string de = "Das Unternehmen aus Grünfeld wächst. Grünfeld zahlt.";
  auto m = Mentions(de, {{"Grünfeld", T::kPlace}, {"Grünfeld", T::kPlace, "", 1}});
  const nf::EntityMention* t = nf::ArticleTopic({}, m, nf::Gazetteer::Default(), de, kDe);
  REQUIRE(t != nullptr);
  CHECK(t->start == de.find("Grünfeld zahlt"));
  // "mit Sitz in X", "con sede en X", "based in X", "X-based".
  const std::vector<std::pair<std::string, nf::Lang>> seats = {
      {"Der Konzern mit Sitz in Grünfeld wächst. Grünfeld zahlt.", kDe},
      {"La empresa con sede en Grünfeld crece. Grünfeld paga.", kEs},
      {"The group, based in Grünfeld, grew. Grünfeld pays.", kEn},
      {"The Grünfeld-based group grew. Grünfeld pays.", kEn}};
  for (const auto& [text, lang] : seats) {
    auto ms = Mentions(text, {{"Grünfeld", T::kPlace}, {"Grünfeld", T::kPlace, "", 1}});
    const nf::EntityMention* ts = nf::ArticleTopic({}, ms, nf::Gazetteer::Default(), text, lang);
    REQUIRE(ts != nullptr);
    CHECK(ts->start == text.rfind("Grünfeld"));
  }
  // A company closed by any legal form of the tagger's list (ner::IsLegalFormWord), not only
  // "AG", "GmbH", "SA", "Inc" …: "Holding", "SpA", "Holdings".
  const std::vector<std::pair<std::string, nf::Lang>> legal = {
      {"Die Velkor Holding aus Grünfeld wächst. Grünfeld zahlt.", kDe},
      {"Ondamar SpA con sede en Grünfeld crece. Grünfeld paga.", kEs},
      {"Tarvos Holdings from Grünfeld grew. Grünfeld pays.", kEn}};
  for (const auto& [text, lang] : legal) {
    INFO(text);
    auto ml = Mentions(text, {{"Grünfeld", T::kPlace}, {"Grünfeld", T::kPlace, "", 1}});
    const nf::EntityMention* tl = nf::ArticleTopic({}, ml, nf::Gazetteer::Default(), text, lang);
    REQUIRE(tl != nullptr);
    CHECK(tl->start == text.rfind("Grünfeld"));
  }
  // Negative: a capitalised word that is no legal form ("Fans") makes no company's seat.
  for (const auto& [text, lang] : std::vector<std::pair<std::string, nf::Lang>>{
           {"Die Velkor Fans aus Grünfeld jubeln. Grünfeld zahlt.", kDe},
           {"Velkor Fans from Grünfeld cheered. Grünfeld pays.", kEn}}) {
    INFO(text);
    auto mf = Mentions(text, {{"Grünfeld", T::kPlace}, {"Grünfeld", T::kPlace, "", 1}});
    const nf::EntityMention* tf = nf::ArticleTopic({}, mf, nf::Gazetteer::Default(), text, lang);
    REQUIRE(tf != nullptr);
    CHECK(tf->start == text.find("Grünfeld"));
  }
  // Negative: a free place stays the topic from its first mention.
  const std::string de2 = "In Grünfeld wächst die Zahl. Grünfeld zahlt.";
  auto m2 = Mentions(de2, {{"Grünfeld", T::kPlace}, {"Grünfeld", T::kPlace, "", 1}});
  const nf::EntityMention* t2 = nf::ArticleTopic({}, m2, nf::Gazetteer::Default(), de2, kDe);
  REQUIRE(t2 != nullptr);
  CHECK(t2->start == 3);
}

TEST_CASE(
    "attribution: a count of people after a sentence set in a city is the city's, "
    "not the topic country's",
    "[attribution][city]") {
  // The sentence before locates its news in a city ("In X …"); the figure's sentence names
  // nothing: the city, not the country of the lead.
  const std::string de =
      "Österreich meldet neue Unwetter. In Nordhafen wurden am Montag Straßen überflutet. "
      "Dabei wurden 30 Menschen verletzt.";
  auto f = Run(de, kDe, {{"30 Menschen", kCount}},
               {{"Österreich", T::kPlace}, {"Nordhafen", T::kPlace}}, "Österreich");
  CHECK(f[0].entity == "Nordhafen");
  const std::string es =
      "Chile registra nuevas tormentas. En Villaclara se inundaron las calles el lunes. "
      "Hubo 30 personas heridas.";
  auto f2 = Run(es, kEs, {{"30 personas", kCount}},
                {{"Chile", T::kPlace}, {"Villaclara", T::kPlace}}, "Chile");
  CHECK(f2[0].entity == "Villaclara");
  // Negative: the sentence before names another country, not a city within the topic's.
  const std::string de2 =
      "Deutschland meldet neue Unwetter. In Frankreich wurden am Montag Straßen überflutet. "
      "Dabei wurden 30 Menschen verletzt.";
  auto f3 = Run(de2, kDe, {{"30 Menschen", kCount}},
                {{"Deutschland", T::kPlace}, {"Frankreich", T::kPlace}}, "Deutschland");
  CHECK(f3[0].entity == "Deutschland");
  // Negative: money is no count of people; it stays the topic's.
  const std::string de3 =
      "Österreich meldet neue Unwetter. In Nordhafen wurden am Montag Straßen überflutet. "
      "Der Schaden beträgt 30 Millionen Euro.";
  auto f4 = Run(de3, kDe, {{"30 Millionen Euro"}},
                {{"Österreich", T::kPlace}, {"Nordhafen", T::kPlace}}, "Österreich");
  CHECK(f4[0].entity == "Österreich");
}

TEST_CASE(
    "attribution: de: a count of people after a sentence set in a place is the place's, not "
    "that of an organisation carried from before",
    "[attribution][city][de]") {
  const std::vector<Ment> ms = {{"Velmora Stiftung", T::kOrg}, {"Nordhafen", T::kPlace}};
  // The subject of an earlier sentence, an organisation: the figure's sentence names nothing,
  // the sentence just before locates the news in a place.
  const std::string de =
      "Die Velmora Stiftung sammelt seit Jahren Spenden. In Nordhafen tobte am Montag ein "
      "Sturm. Dabei wurden 30 Menschen verletzt.";
  CHECK(Run(de, kDe, {{"30 Menschen", kCount}}, ms, "Velmora Stiftung")[0].entity == "Nordhafen");
  // The article's topic, named too far back to be the subject carried on (rule 6's last step).
  const std::string far =
      "Die Velmora Stiftung sammelt seit Jahren Spenden. Das Geld geht an kleine Vereine, die "
      "sich um Kinder und alte Menschen kümmern. Die meisten Helfer arbeiten ohne Lohn und "
      "treffen sich einmal in der Woche, um die nächsten Schritte zu planen. Viele von ihnen "
      "sind schon seit der Gründung dabei und kennen die Abläufe genau. Neue Helfer werden "
      "immer gesucht, vor allem am Wochenende und in den Ferien, wenn viele verreist sind. "
      "In Nordhafen tobte am Montag ein Sturm. Dabei wurden 30 Menschen verletzt.";
  CHECK(Run(far, kDe, {{"30 Menschen", kCount}}, ms, "Velmora Stiftung")[0].entity == "Nordhafen");
  // Negative: money is no count of people; it stays the organisation's.
  const std::string money =
      "Die Velmora Stiftung sammelt seit Jahren Spenden. In Nordhafen tobte am Montag ein "
      "Sturm. Dabei entstand ein Schaden von 30 Millionen Euro.";
  CHECK(Run(money, kDe, {{"30 Millionen Euro", kMoney}}, ms, "Velmora Stiftung")[0].entity ==
        "Velmora Stiftung");
  // Negative: the sentence before names the place, but does not set its news in it (people
  // who are no toll: a toll goes to the place anyway, rule 6b de).
  const std::string over =
      "Die Velmora Stiftung sammelt seit Jahren Spenden. Am Montag zog ein Sturm über "
      "Nordhafen. Dabei mussten 30 Menschen ihre Häuser verlassen.";
  CHECK(Run(over, kDe, {{"30 Menschen", kCount}}, ms, "Velmora Stiftung")[0].entity ==
        "Velmora Stiftung");
  // Negative: the figure's sentence names an organisation of its own.
  const std::string own =
      "Die Velmora Stiftung sammelt seit Jahren Spenden. In Nordhafen tobte am Montag ein "
      "Sturm. Dabei versorgte die Kralhilfe 30 verletzte Menschen.";
  CHECK(Run(own, kDe, {{"30 verletzte Menschen", kCount}},
            {{"Velmora Stiftung", T::kOrg}, {"Nordhafen", T::kPlace}, {"Kralhilfe", T::kOrg}},
            "Velmora Stiftung")[0]
            .entity == "Kralhilfe");
}

TEST_CASE(
    "attribution: de: a count of people stays the organisation's when the place before is a "
    "venue or the figure's sentence refers back to the organisation",
    "[attribution][city][de]") {
  const std::vector<Ment> ms = {{"Kralwerk", T::kOrg}, {"Südstadt", T::kPlace}};
  // Negative: the place comes after a time word, where the board met, not where news is set.
  const std::string venue =
      "Das Kralwerk legt seine Bilanz vor. Die Zahlen wurden am Mittwoch in Südstadt "
      "erläutert. Zur Versammlung erschienen nur 2.500 Menschen.";
  CHECK(Run(venue, kDe, {{"2.500 Menschen", kCount}}, ms, "Kralwerk")[0].entity == "Kralwerk");
  // Negative: the sentence before has the organisation's board or chief as its subject.
  const std::string board =
      "Das Kralwerk legt seine Bilanz vor. Der Aufsichtsrat tagte in Südstadt bis spät in die "
      "Nacht. Zur Versammlung erschienen nur 2.500 Menschen.";
  CHECK(Run(board, kDe, {{"2.500 Menschen", kCount}}, ms, "Kralwerk")[0].entity == "Kralwerk");
  // Negative: the figure's sentence refers back to the organisation ("für das Unternehmen").
  const std::string back =
      "Das Kralwerk legt seine Bilanz vor. In Südstadt wurde die neue Halle eröffnet. Zuletzt "
      "arbeiteten 8.400 Menschen für das Unternehmen.";
  CHECK(Run(back, kDe, {{"8.400 Menschen", kCount}}, ms, "Kralwerk")[0].entity == "Kralwerk");
  // Positive still: a sentence that opens with the place sets the news there.
  const std::string news =
      "Das Kralwerk legt seine Bilanz vor. In Südstadt brach am Mittwoch ein Feuer aus. "
      "Dabei wurden 14 Menschen verletzt.";
  CHECK(Run(news, kDe, {{"14 Menschen", kCount}}, ms, "Kralwerk")[0].entity == "Südstadt");
}

namespace {
bool Seat(const std::string& text, nf::Lang lang, const std::string& surface, T type = T::kPlace,
          const std::string& entity = "") {
  auto ms = Mentions(text, {{surface, type, entity}});
  return nf::IsSeatOfOrganisation(text, lang, ms[0]);
}
}  // namespace

TEST_CASE("attribution: only one company's seat hides a place, not a plural's",
          "[attribution][seat]") {
  // Plural companies of a place are the place's, whatever the seat form.
  CHECK_FALSE(
      Seat("Firmen aus Kralstett investierten im Vorjahr 25 Millionen Euro.", kDe, "Kralstett"));
  CHECK_FALSE(Seat("Autobauer aus Tarenien verkauften 12.000 Wagen.", kDe, "Tarenien"));
  CHECK_FALSE(
      Seat("Die in Kralstett ansässigen Betriebe zahlten 8 Millionen Euro.", kDe, "Kralstett"));
  CHECK_FALSE(Seat("Viele Firmen mit Sitz in Kralstett zahlten mehr.", kDe, "Kralstett"));
  CHECK_FALSE(
      Seat("Los fabricantes con sede en Montebruno vendieron 900 coches.", kEs, "Montebruno"));
  CHECK_FALSE(Seat("Firms based in Lakemouth cut 300 jobs.", kEn, "Lakemouth"));
  CHECK_FALSE(Seat("Two Lakemouth-based firms cut 300 jobs.", kEn, "Lakemouth"));
  // One company: the seat only describes it.
  CHECK(Seat("Das Unternehmen aus Kralstett investierte 25 Millionen Euro.", kDe, "Kralstett"));
  CHECK(Seat("Der Autobauer aus Tarenien verkaufte 12.000 Wagen.", kDe, "Tarenien"));
  CHECK(Seat("Die in Kralstett ansässige Firma zahlte 8 Millionen Euro.", kDe, "Kralstett"));
  CHECK(Seat("Das Unternehmen mit Sitz in Kralstett zahlte mehr.", kDe, "Kralstett"));
  CHECK(Seat("El fabricante con sede en Montebruno vendió 900 coches.", kEs, "Montebruno"));
  // The seat of any one institution, also across a bracketed short name.
  CHECK(Seat("Ein Gericht mit Sitz in Kralstett verhängte Strafen.", kDe, "Kralstett"));
  CHECK(Seat("Die Velmor GmbH (VMG) mit Sitz in Kralstett zahlte mehr.", kDe, "Kralstett"));
  CHECK(Seat("Un tribunal con sede en Montebruno impuso multas.", kEs, "Montebruno"));
  CHECK_FALSE(Seat("Los tribunales con sede en Montebruno impusieron multas.", kEs, "Montebruno"));
  CHECK(Seat("The firm, based in Lakemouth, cut 300 jobs.", kEn, "Lakemouth"));
  CHECK(Seat("The Lakemouth-based firm cut 300 jobs.", kEn, "Lakemouth"));
}

TEST_CASE("attribution: a firm's name in -er before a company noun is no city adjective",
          "[attribution][seat]") {
  // An organisation whose name ends in "-er" ("der Velder Konzern") is the firm itself.
  const std::string de =
      "Der Quelmayer Konzern steigerte seinen Umsatz im Sommer um 4 Prozent auf 7,1 Milliarden "
      "Euro.";
  CHECK_FALSE(Seat(de, kDe, "Quelmayer", T::kOrg));
  auto f = Run(de, kDe, {{"7,1 Milliarden Euro"}}, {{"Quelmayer", T::kOrg}});
  CHECK(f[0].entity == "Quelmayer");
  // A place's adjective (the entity is the place: "Kralstetter" -> "Kralstett").
  CHECK(Seat("Der Kralstetter Konzern steigerte seinen Umsatz.", kDe, "Kralstetter", T::kOrg,
             "Kralstett"));
  CHECK(Seat("Der Kralstetter Konzern steigerte seinen Umsatz.", kDe, "Kralstetter"));
}

TEST_CASE("attribution: a national-scope figure keeps the topic country, not the city before",
          "[attribution][city]") {
  const std::string de =
      "Österreich meldet neue Unwetter. In Nordhafen sprach die Ministerin am Dienstag vor "
      "Reportern. Bundesweit wurden seit Sonntag 45 Menschen verletzt.";
  auto f = Run(de, kDe, {{"45 Menschen", kCount}},
               {{"Österreich", T::kPlace}, {"Nordhafen", T::kPlace}}, "Österreich");
  CHECK(f[0].entity == "Österreich");
  const std::string es =
      "Chile registra más contagios. En Villaclara, el ministro presentó el balance. A nivel "
      "nacional hubo 4.321 personas contagiadas.";
  auto f2 = Run(es, kEs, {{"4.321 personas", kCount}},
                {{"Chile", T::kPlace}, {"Villaclara", T::kPlace}}, "Chile");
  CHECK(f2[0].entity == "Chile");
  const std::string en =
      "Canada reports more storms. In Lakemouth, the minister spoke on Tuesday. Across the "
      "country, 45 people were injured.";
  auto f3 = Run(en, kEn, {{"45 people", kCount}}, {{"Canada", T::kPlace}, {"Lakemouth", T::kPlace}},
                "Canada");
  CHECK(f3[0].entity == "Canada");
  // Positive en (the rule's reach) and negatives es/en: money, another country.
  const std::string en2 =
      "Canada reports more storms. In Lakemouth, streets were flooded on Tuesday. There, 45 "
      "people were injured.";
  auto f4 = Run(en2, kEn, {{"45 people", kCount}},
                {{"Canada", T::kPlace}, {"Lakemouth", T::kPlace}}, "Canada");
  CHECK(f4[0].entity == "Lakemouth");
  const std::string en3 =
      "Canada reports more storms. In Lakemouth, streets were flooded on Tuesday. The damage "
      "is put at $45m.";
  auto f5 = Run(en3, kEn, {{"$45m"}}, {{"Canada", T::kPlace}, {"Lakemouth", T::kPlace}}, "Canada");
  CHECK(f5[0].entity == "Canada");
  const std::string es2 =
      "Chile registra nuevas tormentas. En Argentina se inundaron las calles el lunes. Hubo 30 "
      "personas heridas.";
  auto f6 = Run(es2, kEs, {{"30 personas", kCount}},
                {{"Chile", T::kPlace}, {"Argentina", T::kPlace}}, "Chile");
  CHECK(f6[0].entity == "Chile");
}

TEST_CASE("attribution en: a figure set in the whole world is nobody's the sentence does not name",
          "[attribution][sources][en][worldfix]") {
  // A market count after a sentence about one maker: not the maker's, not the topic's.
  const std::string a =
      "Kralphone makes cheap tablets. Globally, some 80 million tablets were shipped last year, "
      "analysts said.";
  auto fa = Run(a, kEn, {{"80 million tablets", kCount}}, {{"Kralphone"}}, "Kralphone");
  CHECK(fa[0].entity.empty());
  // A place carried from the sentence before.
  const std::string b =
      "Ostvania's bakers want a bigger share of the bread trade. Analysts say 4 billion loaves "
      "are sold around the world each year.";
  auto fb = Run(b, kEn, {{"4 billion loaves", kCount}}, {{"Ostvania", T::kPlace}}, "Ostvania");
  CHECK(fb[0].entity.empty());
  // A share, with the cue after the figure.
  const std::string c = "Brenmoor sells coffee. Coffee prices rose 6% around the world in May.";
  auto fc = Run(c, kEn, {{"6%", kPercent}}, {{"Brenmoor"}}, "Brenmoor");
  CHECK(fc[0].entity.empty());
}

TEST_CASE("attribution en: a world-wide figure the sentence gives to its subject stays its own",
          "[attribution][sources][en][worldfix]") {
  // The subject is named in the sentence.
  const std::string a = "Kralphone sold 9 million tablets worldwide.";
  auto fa = Run(a, kEn, {{"9 million tablets", kCount}}, {{"Kralphone"}});
  CHECK(fa[0].entity == "Kralphone");
  // A pronoun back to the subject before.
  const std::string b = "Kralphone makes tablets. It employs 4,000 staff worldwide.";
  auto fb = Run(b, kEn, {{"4,000 staff", kCount}}, {{"Kralphone"}});
  CHECK(fb[0].entity == "Kralphone");
  // A definite company noun, here the speaker after the figure.
  const std::string c =
      "Kralphone makes tablets. Shipments reached 7 million units worldwide, the company said.";
  auto fc = Run(c, kEn, {{"7 million units", kCount}}, {{"Kralphone"}});
  CHECK(fc[0].entity == "Kralphone");
  // "The <noun> <verb>": a product or unit named before.
  const std::string d =
      "Kralphone runs a music shop. The shop has 5 million users around the world.";
  auto fd = Run(d, kEn, {{"5 million users", kCount}}, {{"Kralphone"}});
  CHECK(fd[0].entity == "Kralphone");
  // A superlative's frame, a domain ("the world of"), a capitalised name, a speaker's "our".
  const std::string e =
      "Kralphone makes tablets. Output rose 8% at the largest tablet plant in the world.";
  auto fe = Run(e, kEn, {{"8%", kPercent}}, {{"Kralphone"}});
  CHECK(fe[0].entity == "Kralphone");
  const std::string f = "Kralphone makes tablets. Sales rose 8% in the world of schools.";
  auto ff = Run(f, kEn, {{"8%", kPercent}}, {{"Kralphone"}});
  CHECK(ff[0].entity == "Kralphone");
  const std::string f2 = "Kralphone makes tablets. Sales of worldwide brands fell 4% in May.";
  auto ff2 = Run(f2, kEn, {{"4%", kPercent}}, {{"Kralphone"}});
  CHECK(ff2[0].entity == "Kralphone");
  const std::string g = "Kralphone makes tablets. Sales to Zentra Worldwide rose 8% in May.";
  auto fg = Run(g, kEn, {{"8%", kPercent}}, {{"Kralphone"}});
  CHECK(fg[0].entity == "Kralphone");
  const std::string h = "Kralphone makes tablets. \"Our 3,000 engineers work globally.\"";
  auto fh = Run(h, kEn, {{"3,000 engineers", kCount}}, {{"Kralphone"}});
  CHECK(fh[0].entity == "Kralphone");
  // An organisation's own metric (OwnMetricEn): revenue stays the company's.
  const std::string i = "Kralphone makes tablets. Revenue rose to $4bn worldwide.";
  auto fi = Run(i, kEn, {{"$4bn", kMoney}}, {{"Kralphone"}});
  CHECK(fi[0].entity == "Kralphone");
  // The same name in the sentence, its mention not the pick's.
  const std::string j =
      "Kralphone makes tablets. There are 30 models across the globe, Kralphone said.";
  auto fj = Run(j, kEn, {{"30 models", kCount}}, {{"Kralphone"}, {"Kralphone", T::kOrg, "", 1}});
  CHECK(fj[0].entity == "Kralphone");
}

TEST_CASE("attribution en: a figure of the world economy is nobody's",
          "[attribution][sources][en][worldeconomy]") {
  // A name of the sentence after the figure is no owner of it.
  const std::string a =
      "Brenmoor sells coffee. Global growth is seen at 3.5% next year despite strong Ostvanian "
      "demand.";
  auto fa = Run(a, kEn, {{"3.5%", kPercent}}, {{"Brenmoor"}, {"Ostvanian", T::kPlace, "Ostvania"}},
                "Brenmoor");
  CHECK(fa[0].entity.empty());
  // A place carried from the sentence before, a capitalised cue opening the sentence.
  const std::string b = "Ostvania wants more grain buyers. World trade in grain rose 4% in May.";
  auto fb = Run(b, kEn, {{"4%", kPercent}}, {{"Ostvania", T::kPlace}}, "Ostvania");
  CHECK(fb[0].entity.empty());
  // A count of the world's people.
  const std::string c = "Kralphone makes tablets. World population may top 9.4 billion by 2060.";
  auto fc = Run(c, kEn, {{"9.4 billion", kCount}}, {{"Kralphone"}}, "Kralphone");
  CHECK(fc[0].entity.empty());
}

TEST_CASE("attribution en: a whole trade or what there is in the world is nobody's",
          "[attribution][sources][en][worldtrade]") {
  // The size of a trade is nobody's, whatever cue word stands near it.
  const std::string a =
      "Brenmoor prints card games. Profit in card games, a $6.5bn industry across the globe, "
      "keeps rising.";
  auto fa = Run(a, kEn, {{"$6.5bn", kMoney}}, {{"Brenmoor"}}, "Brenmoor");
  CHECK(fa[0].entity.empty());
  CHECK(fa[0].metric == "market_size");  // IndustrySizeEn: a trade's size, not Profit's
  // What there is in the world, after a place carried from before.
  const std::string b =
      "Ostvania builds water pumps. Across the globe, there are about 12 million hand pumps.";
  auto fb = Run(b, kEn, {{"12 million hand pumps", kCount}}, {{"Ostvania", T::kPlace}}, "Ostvania");
  CHECK(fb[0].entity.empty());
}

TEST_CASE("attribution en: a trade or existence cue keeps an owner pointed to",
          "[attribution][sources][en][worldtrade]") {
  // A definite company noun points back.
  const std::string a =
      "Ostvania Pumpworks builds water pumps. The firm thinks there are 12 million hand pumps "
      "across the globe.";
  auto fa = Run(a, kEn, {{"12 million hand pumps", kCount}}, {{"Ostvania Pumpworks"}},
                "Ostvania Pumpworks");
  CHECK(fa[0].entity == "Ostvania Pumpworks");
  // An own metric that sizes no trade.
  const std::string b =
      "Brenmoor makes board games. Across the industry, profit reached $2bn worldwide.";
  auto fb = Run(b, kEn, {{"$2bn", kMoney}}, {{"Brenmoor"}}, "Brenmoor");
  CHECK(fb[0].entity == "Brenmoor");
}

TEST_CASE("attribution en: industry and there-are cues keep an owner's own figures",
          "[attribution][sources][en][worldtrade]") {
  const std::string a = "Dellmart sells shoes. There are 40 stores in Tamsford.";
  auto fa = Run(a, kEn, {{"40 stores", kCount, 0, "stores"}},
                {{"Dellmart"}, {"Tamsford", T::kPlace}}, "Dellmart");
  CHECK(fa[0].entity == "Tamsford");
  const std::string c =
      "Brenmoor Steel makes rails. The steel industry cut 2,600 jobs at Brenmoor Steel in May.";
  auto fc = Run(c, kEn, {{"2,600 jobs", kCount, 0, "jobs"}},
                {{"Brenmoor Steel"}, {"Brenmoor Steel", T::kOrg, "", 1}}, "Brenmoor Steel");
  CHECK(fc[0].entity == "Brenmoor Steel");
  const std::string d =
      "Brenmoor Steel makes rails. As the steel industry shrank worldwide, it lost $70m.";
  auto fd = Run(d, kEn, {{"$70m", kMoney}}, {{"Brenmoor Steel"}}, "Brenmoor Steel");
  CHECK(fd[0].entity == "Brenmoor Steel");
  const std::string e =
      "Brenmoor Steel makes rails. It says there are 2,600 of its mills in use worldwide.";
  auto fe = Run(e, kEn, {{"2,600", kCount}}, {{"Brenmoor Steel"}}, "Brenmoor Steel");
  CHECK(fe[0].entity == "Brenmoor Steel");
  const std::string j = "Dellmart sells shoes. There are now 700 stores worldwide.";
  auto fj = Run(j, kEn, {{"700 stores", kCount, 0, "stores"}}, {{"Dellmart"}}, "Dellmart");
  CHECK(fj[0].entity == "Dellmart");
  const std::string k =
      "Dellmart sells shoes. There are now 90,000 pairs of its boots in use worldwide.";
  auto fk = Run(k, kEn, {{"90,000 pairs", kCount, 0, "pairs"}}, {{"Dellmart"}}, "Dellmart");
  CHECK(fk[0].entity == "Dellmart");
  const std::string n =
      "Brenmoor Steel makes rails. The firm's industry arm earned $70m worldwide.";
  auto fn = Run(n, kEn, {{"$70m", kMoney}}, {{"Brenmoor Steel"}}, "Brenmoor Steel");
  CHECK(fn[0].entity == "Brenmoor Steel");
}

TEST_CASE("attribution en: a world economy cue keeps an owner named or pointed to before",
          "[attribution][sources][en][worldeconomy]") {
  // A name before the figure.
  const std::string a = "Veltro said global output fell 3% in May.";
  auto fa = Run(a, kEn, {{"3%", kPercent}}, {{"Veltro"}});
  CHECK(fa[0].entity == "Veltro");
  // A pronoun back to the subject before.
  const std::string b = "Ostvania exports grain. Its share of world trade is 2%.";
  auto fb = Run(b, kEn, {{"2%", kPercent}}, {{"Ostvania", T::kPlace}}, "Ostvania");
  CHECK(fb[0].entity == "Ostvania");
  // A capitalised cue inside the sentence is a name.
  const std::string c = "Kralphone makes tablets. Shares in the Global Growth Fund rose 6%.";
  auto fc = Run(c, kEn, {{"6%", kPercent}}, {{"Kralphone"}}, "Kralphone");
  CHECK(fc[0].entity == "Kralphone");
  // The cue after the figure, and a world cue before no economy measure.
  const std::string d = "Kralphone makes tablets. Sales rose 5%, twice the rate of world trade.";
  auto fd = Run(d, kEn, {{"5%", kPercent}}, {{"Kralphone"}}, "Kralphone");
  CHECK(fd[0].entity == "Kralphone");
  const std::string e = "Kralphone makes tablets. As world leaders met, sales rose 5%.";
  auto fe = Run(e, kEn, {{"5%", kPercent}}, {{"Kralphone"}}, "Kralphone");
  CHECK(fe[0].entity == "Kralphone");
}

TEST_CASE("attribution en: a world economy cue outside the figure's clause keeps the owner",
          "[attribution][sources][en][worldeconomy]") {
  // The cue in a fronted clause, the owner named right after the figure.
  const std::string a =
      "Dellshire weaves wool. Despite slowing world trade, wool shipments climbed 6% in "
      "Dellshire in March.";
  auto fa = Run(a, kEn, {{"6%", kPercent}},
                {{"Dellshire", T::kPlace}, {"Dellshire", T::kPlace, "", 1}}, "Dellshire");
  CHECK(fa[0].entity == "Dellshire");
  const std::string b =
      "Quillex brews cider. Amid a slump in global trade, orders fell 9% at Quillex in the "
      "spring.";
  auto fb = Run(b, kEn, {{"9%", kPercent}}, {{"Quillex"}, {"Quillex", T::kOrg, "", 1}}, "Quillex");
  CHECK(fb[0].entity == "Quillex");
  // A list after the world figure: its items are the places named after them.
  const std::string c =
      "Dunmore Bank sees a soft year. World trade will grow by 2% this year, with 0.8% in "
      "Marrovia and 5% in Pellaria.";
  auto fc =
      Run(c, kEn, {{"2%", kPercent}, {"0.8%", kPercent}, {"5%", kPercent}},
          {{"Dunmore Bank"}, {"Marrovia", T::kPlace}, {"Pellaria", T::kPlace}}, "Dunmore Bank");
  CHECK(fc[0].entity.empty());
  CHECK(fc[1].entity == "Marrovia");
  CHECK(fc[2].entity == "Pellaria");
  // The cue heads the clause, but the figure is the place's named after it.
  const std::string d = "Pellaria mines copper. Global output of copper grew 1% in Pellaria.";
  auto fd = Run(d, kEn, {{"1%", kPercent}},
                {{"Pellaria", T::kPlace}, {"Pellaria", T::kPlace, "", 1}}, "Pellaria");
  CHECK(fd[0].entity == "Pellaria");
  // The cue in a fronted clause and no name after the figure: the subject carried from before.
  const std::string g =
      "Pellaria mines copper. Amid weak world trade, copper exports rose 5% last year.";
  auto fg = Run(g, kEn, {{"5%", kPercent}}, {{"Pellaria", T::kPlace}}, "Pellaria");
  CHECK(fg[0].entity == "Pellaria");
  // No such break: the figure stays nobody's.
  const std::string e = "Pellaria mines copper. Global output of copper grew 1% last year.";
  auto fe = Run(e, kEn, {{"1%", kPercent}}, {{"Pellaria", T::kPlace}}, "Pellaria");
  CHECK(fe[0].entity.empty());
}

TEST_CASE("attribution en: a narrator's own figures are nobody's the sentence does not name",
          "[attribution][sources][en][narratorfix]") {
  const std::string a =
      "Brenmoor sells garden sheds by mail. My shed came with 3 panels missing, so I paid £40 "
      "for wood. I am 71.";
  auto fa = Run(a, kEn, {{"3 panels", kCount}, {"£40", kMoney}, {"71", kCount}}, {{"Brenmoor"}},
                "Brenmoor");
  for (const nf::Figure& f : fa) CHECK(f.entity.empty());
}

TEST_CASE("attribution en: a quoted or named first person keeps the figure's owner",
          "[attribution][sources][en][narratorfix]") {
  // A quotation mark in the sentence: the quoted speaker's (rules above), not nulled here.
  const std::string a = "Brenmoor runs a phone line. \"I think calls will rise 5% this year.\"";
  auto fa = Run(a, kEn, {{"5%", kPercent}}, {{"Brenmoor"}}, "Brenmoor");
  CHECK(fa[0].entity == "Brenmoor");
  // A quotation opened in a sentence before.
  const std::string b =
      "Brenmoor runs a phone line. \"Trade is brisk. I expect 7% more calls. Prices stay.\"";
  auto fb = Run(b, kEn, {{"7%", kPercent}}, {{"Brenmoor"}}, "Brenmoor");
  CHECK(fb[0].entity == "Brenmoor");
  // A capitalised "My" inside the sentence is a product's name.
  const std::string c = "Brenmoor runs a phone line. Users of the My Brenbox app rose 6% in May.";
  auto fc = Run(c, kEn, {{"6%", kPercent}}, {{"Brenmoor"}}, "Brenmoor");
  CHECK(fc[0].entity == "Brenmoor");
  // Guillemets are quotation marks too (the Spanish narrator test's, shared).
  const std::string d =
      "Brenmoor runs a phone line. \u00ABI think calls will rise 4% by June,\u00BB its owner says.";
  auto fd = Run(d, kEn, {{"4%", kPercent}}, {{"Brenmoor"}}, "Brenmoor");
  CHECK(fd[0].entity == "Brenmoor");
}

TEST_CASE("attribution en: an owner's own staff, sites, cuts and recalls worldwide stay its own",
          "[attribution][sources][en][worldfix]") {
  // No market subject in the sentence: the owner named before keeps its people and places.
  const std::string a =
      "Shares in Zentra Mining rose on Monday. About 12,000 miners work at 30 sites around the "
      "world.";
  auto fa = Run(a, kEn, {{"12,000 miners", kCount}, {"30 sites", kCount}}, {{"Zentra Mining"}},
                "Zentra Mining");
  for (const nf::Figure& f : fa) CHECK(f.entity == "Zentra Mining");
  const std::string b =
      "Tellan Bank said on Friday that profits had doubled. Some 5,000 jobs will go globally over "
      "three years as branches close.";
  auto fb = Run(b, kEn, {{"5,000 jobs", kCount}}, {{"Tellan Bank"}}, "Tellan Bank");
  CHECK(fb[0].entity == "Tellan Bank");
  const std::string c =
      "Voltan Motors said on Monday it would fix faulty brakes. A worldwide recall of 300,000 cars "
      "was ordered after two crashes.";
  auto fc = Run(c, kEn, {{"300,000 cars", kCount}}, {{"Voltan Motors"}}, "Voltan Motors");
  CHECK(fc[0].entity == "Voltan Motors");
  // A person's pronoun points back to the person.
  const std::string d =
      "Lena Marwick released her fifth album on Friday. She has 40 million followers worldwide.";
  auto fd = Run(d, kEn, {{"40 million followers", kCount}}, {{"Lena Marwick", T::kPerson}},
                "Lena Marwick");
  CHECK(fd[0].entity == "Lena Marwick");
  const std::string e =
      "Tom Barrow joined the club in 2019. His books have sold 2 million copies around the world.";
  auto fe = Run(e, kEn, {{"2 million copies", kCount}}, {{"Tom Barrow", T::kPerson}}, "Tom Barrow");
  CHECK(fe[0].entity == "Tom Barrow");
}

TEST_CASE("attribution en: single quotes, interviews and Roman numerals are no narrator",
          "[attribution][sources][en][narratorfix]") {
  // A single-quoted speaker's first person.
  const std::string a =
      "Kralphone boss Ana Ruiz spoke on Monday. 'I expect our sales to rise 10% this year,' she "
      "said.";
  auto fa = Run(a, kEn, {{"10%", kPercent}}, {{"Kralphone"}}, "Kralphone");
  CHECK(fa[0].entity == "Kralphone");
  // An interview's answer: the interviewee speaks.
  const std::string b =
      "Ana Ruiz runs the bakery chain Crumbly. Q: How big is the business now? A: I employ 300 "
      "people in 12 shops.";
  auto fb = Run(b, kEn, {{"300 people", kCount}, {"12 shops", kCount}}, {{"Crumbly"}}, "Crumbly");
  for (const nf::Figure& f : fb) CHECK(f.entity == "Crumbly");
  // The Roman numeral "I" is no first person.
  const std::string c = "Medrix tests a new pill. The Phase I trial enrolled 80 patients in May.";
  auto fc = Run(c, kEn, {{"80 patients", kCount}}, {{"Medrix"}}, "Medrix");
  CHECK(fc[0].entity == "Medrix");
}

// ---- English: a count of things or people at large that its sentence gives no owner
// (CountAtLargeEn).

TEST_CASE("attribution en: a count of things at large in a sentence naming nobody is nobody's",
          "[attribution][sources][en][atlargefix]") {
  const std::string a =
      "Velmora Games opened a new studio on Monday. Research suggests that some 40 million "
      "photos are posted online every day.";
  auto fa = Run(a, kEn, {{"40 million photos", kCount, 0, "photos"}}, {{"Velmora Games"}},
                "Velmora Games");
  CHECK(fa[0].entity.empty());
  const std::string b =
      "Tarnwell Foods wants cheaper grain. Close to 27 island states now tax imported sugar.";
  auto fb = Run(b, kEn, {{"27 island states", kCount, 0, "states"}}, {{"Tarnwell Foods"}},
                "Tarnwell Foods");
  CHECK(fb[0].entity.empty());
  const std::string c =
      "Velmora Games sells pocket players. A thumb-sized drive can store the text of 4,800 "
      "novels.";
  auto fc =
      Run(c, kEn, {{"4,800 novels", kCount, 0, "novels"}}, {{"Velmora Games"}}, "Velmora Games");
  CHECK(fc[0].entity.empty());
}

TEST_CASE("attribution en: a count the sentence gives an owner keeps its owner",
          "[attribution][sources][en][atlargefix]") {
  const auto owner = [](const std::string& text, const std::string& surface,
                        const std::string& unit) {
    auto f = Run(text, kEn, {{surface, kCount, 0, unit}}, {{"Velmora Games"}}, "Velmora Games");
    return f[0].entity;
  };
  // A pronoun back to the owner.
  CHECK(owner("Velmora Games opened a studio. It stores 40 million photos.", "40 million photos",
              "photos") == "Velmora Games");
  // A speaker's "our", a definite noun's possessive, a definite event of the owner.
  CHECK(owner("Velmora Games opened a studio. Some 40 million photos sit on our servers, a "
              "manager said.",
              "40 million photos", "photos") == "Velmora Games");
  CHECK(owner("Velmora Games opened a studio. Some 40 million photos are kept in the studio's "
              "archive.",
              "40 million photos", "photos") == "Velmora Games");
  CHECK(owner("Velmora Games held a games fair on Monday. Some 900 stalls filled the three-day "
              "fair.",
              "900 stalls", "stalls") == "Velmora Games");
  // A company's shares, a bare number whose noun stands before it.
  CHECK(owner("Velmora Games floated on Monday. Each saver was handed 40 shares in the end.",
              "40 shares", "shares") == "Velmora Games");
  CHECK(owner("Velmora Games paid its members a bonus. Members share $9m, with 3,000 getting "
              "more.",
              "3,000", "") == "Velmora Games");
  // People and operations only an owner has.
  CHECK(owner("Velmora Games cut its prices. Some 80 former directors were not consulted.",
              "80 former directors", "directors") == "Velmora Games");
  // A name right after the count owns it.
  CHECK(!owner("Velmora Games opened a studio. The 12 member states of the Norland Pact met.",
               "12 member states", "states")
             .empty());
}

TEST_CASE("attribution en: a count whose sentence points back to the subject before keeps it",
          "[attribution][sources][en][atlargefix]") {
  const auto owner = [](const std::string& text, const std::string& surface,
                        const std::string& unit) {
    auto f = Run(text, kEn, {{surface, kCount, 0, unit}}, {{"Kestrel Mobile"}}, "Kestrel Mobile");
    return f[0].entity;
  };
  // A demonstrative subject: "That" / "This" and a verb.
  CHECK(owner("Kestrel Mobile switched on a cable service in Kent last week. That reaches "
              "roughly 700,000 homes.",
              "700,000 homes", "homes") == "Kestrel Mobile");
  // A bare participle after the counted noun.
  CHECK(owner("Kestrel Mobile printed its roster of approved growers. Among the 35 orchards "
              "named are two in Devon.",
              "35 orchards", "orchards") == "Kestrel Mobile");
  CHECK(owner("Kestrel Mobile withdrew a charger on Tuesday. Roughly 15,000 chargers were "
              "affected.",
              "15,000 chargers", "chargers") == "Kestrel Mobile");
  // "there": the place the subject opened before.
  CHECK(owner("Kestrel Mobile opened a depot in Hull. Some 2,500 vans will be parked there.",
              "2,500 vans", "vans") == "Kestrel Mobile");
  // An opening clause with no subject of its own ("Once finished,").
  CHECK(owner("Kestrel Mobile is laying a cable under the sea. Once completed, 70 relays will "
              "serve 50,000 homes.",
              "70 relays", "relays") == "Kestrel Mobile");
  CHECK(owner("Kestrel Mobile is laying a cable under the sea. Once completed, 70 relays will "
              "serve 50,000 homes.",
              "50,000 homes", "homes") == "Kestrel Mobile");
  // Negatives: a demonstrative that points to a figure, a participle of no case, places hit.
  CHECK(owner("Kestrel Mobile opened a shop. This is set to rise to 3,900 songs by 2030.",
              "3,900 songs", "songs")
            .empty());
  CHECK(owner("Kestrel Mobile opened a shop. Back then only 2.5 songs were played.", "2.5 songs",
              "songs")
            .empty());
  CHECK(owner("Kestrel Mobile opened a shop. Flooding struck the coast and 14 countries were "
              "affected.",
              "14 countries", "countries")
            .empty());
  // More negatives: a time "This", an existential "there", an active verb and an agent stay at
  // large.
  CHECK(owner("Kestrel Mobile opened a shop. This year some 30 million songs are streamed "
              "each day.",
              "30 million songs", "songs")
            .empty());
  CHECK(owner("Kestrel Mobile opened a shop. There are some 30 million songs streamed each day.",
              "30 million songs", "songs")
            .empty());
  CHECK(owner("Kestrel Mobile opened a shop. Surveys say 30 million songs are streamed "
              "each day.",
              "30 million songs", "songs")
            .empty());
  CHECK(owner("Kestrel Mobile opened a shop. When prices fall, 30 million songs are streamed "
              "each day.",
              "30 million songs", "songs")
            .empty());
}

TEST_CASE(
    "attribution en: a company noun far from the last subject is the article's company, not "
    "the place the sentence names",
    "[attribution][att42en]") {
  // The lead names the company; more than 400 bytes of sentences without a subject follow,
  // so "the firm" no longer reaches the last subject (kTopicReach): the article's topic.
  const std::string filler =
      " Brokers expect demand for tin to stay firm through the summer months. Prices have "
      "swung widely since the autumn, dealers noted. Several pits were flooded for weeks "
      "after storms along the coast. Freight delays added to the strain on smelters across "
      "the region. Many smaller miners have struggled to keep up with larger rivals. Some "
      "lenders remain wary about the outlook for the rest of the season.";
  const std::string lead = "Quenmore Tin Holdings said on Friday that it expected a good year.";
  {
    const std::string text =
        lead + filler + " The firm lifted output at its pits in Varessa to 7,400 tonnes a day.";
    auto figs = Run(text, kEn, {{"7,400 tonnes", nf::FigureKind::kQuantity}},
                    {{"Quenmore Tin Holdings"}, {"Varessa", T::kPlace}}, "Quenmore Tin Holdings");
    CHECK(figs[0].entity == "Quenmore Tin Holdings");
  }
  {
    const std::string text =
        lead + filler + " The company has spent $31m to repair storm damage in Varessa.";
    auto figs = Run(text, kEn, {{"$31m"}}, {{"Quenmore Tin Holdings"}, {"Varessa", T::kPlace}},
                    "Quenmore Tin Holdings");
    CHECK(figs[0].entity == "Quenmore Tin Holdings");
  }
  // Negatives: an article about a place keeps the place (no organisation topic), and a
  // sentence without a company noun keeps its place ("Output in Varessa rose").
  {
    const std::string text =
        lead + filler + " The firm lifted output at its pits in Varessa to 7,400 tonnes a day.";
    auto figs = Run(text, kEn, {{"7,400 tonnes", nf::FigureKind::kQuantity}},
                    {{"Quenmore Tin Holdings"}, {"Varessa", T::kPlace}});
    CHECK(figs[0].entity == "Varessa");
  }
  {
    const std::string text = lead + filler + " Output in Varessa rose to 7,400 tonnes a day.";
    auto figs = Run(text, kEn, {{"7,400 tonnes", nf::FigureKind::kQuantity}},
                    {{"Quenmore Tin Holdings"}, {"Varessa", T::kPlace}}, "Quenmore Tin Holdings");
    CHECK(figs[0].entity == "Varessa");
  }
}

TEST_CASE(
    "attribution en: figures a statistics office named by its short name reports are the "
    "economy's, another body's stay its own",
    "[attribution][att42en]") {
  // Attributes one percentage with its metric set; the mentions are the place and `body`.
  auto run = [](const std::string& text, const std::string& place, const std::string& body,
                const std::string& surface, std::string_view metric) {
    std::vector<nf::Figure> fs(1);
    fs[0].kind = kPercent;
    fs[0].start = static_cast<uint32_t>(Locate(text, surface, 0));
    fs[0].end = static_cast<uint32_t>(fs[0].start + surface.size());
    fs[0].surface = surface;
    fs[0].metric = std::string(metric);
    std::vector<nf::EntityMention> ms = Mentions(text, {{place, T::kPlace}, {body}});
    nf::Attribute(text, kEn, std::span<const nf::EntityMention>(ms), nf::Gazetteer::Default(),
                  std::span<nf::Figure>(fs));
    return fs[0].entity;
  };
  CHECK(run("Spending in France picked up in the spring. INSEE said household spending rose "
            "0.9% in the third quarter.",
            "France", "INSEE", "0.9%", "growth") == "France");
  CHECK(run("Italy's shops had a quiet summer. Istat reported that retail sales slipped by "
            "2.6% in August.",
            "Italy", "Istat", "2.6%", "growth") == "Italy");
  // Negative: a body that is no statistics office keeps the growth it reports.
  CHECK(run("Talvenia's farms had a good spring. The Talvenian Growers Council said its "
            "membership rose 0.9% in the third quarter.",
            "Talvenia", "Talvenian Growers Council", "0.9%",
            "growth") == "Talvenian Growers Council");
}

TEST_CASE(
    "attribution en: the US state's budget given to Congress or the Pentagon is the US's, not "
    "the place the money goes to",
    "[attribution][att42en]") {
  auto run = [](const std::string& text, const std::vector<Ment>& ms, const std::string& surface,
                std::string_view metric) {
    std::vector<nf::Figure> fs(1);
    fs[0].kind = kMoney;
    fs[0].start = static_cast<uint32_t>(Locate(text, surface, 0));
    fs[0].end = static_cast<uint32_t>(fs[0].start + surface.size());
    fs[0].surface = surface;
    fs[0].metric = std::string(metric);
    std::vector<nf::EntityMention> mentions = Mentions(text, ms);
    nf::Attribute(text, kEn, std::span<const nf::EntityMention>(mentions), nf::Gazetteer::Default(),
                  std::span<nf::Figure>(fs));
    return fs[0].entity;
  };
  const std::string lead = "The US plans deep cuts to farm aid. ";
  CHECK(run(lead + "Congress approved a $31bn budget for road repairs in Varessa.",
            {{"US", T::kPlace}, {"Congress"}, {"Varessa", T::kPlace}}, "$31bn", "budget") == "US");
  CHECK(run(lead + "The Pentagon will spend $4bn on new barracks next year.",
            {{"US", T::kPlace}, {"Pentagon"}}, "$4bn", "spend") == "US");
  // Negative: a company that is no US state body keeps its spending.
  CHECK(run(lead + "Talvor Freight will spend $4bn on new depots next year.",
            {{"US", T::kPlace}, {"Talvor Freight"}}, "$4bn", "spend") == "Talvor Freight");
}
