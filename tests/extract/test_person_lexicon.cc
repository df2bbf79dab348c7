// The one list of persons' roles and speech verbs (extract/person_lexicon.h) as its readers
// see it: a role or verb one caller knew before is known to the others (scan::PersonRole,
// scan::PersonCue, the tagger's Spanish person context), the flags keep the subsets the
// callers need, and a word of another language is no cue.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entity_matcher.h"
#include "extract/entity_scan.h"
#include "extract/gazetteer.h"
#include "extract/ner_tagger.h"
#include "extract/person_lexicon.h"
#include "tests/extract/figure_test_util.h"

namespace nf = newsfacts::extract;

namespace {

std::vector<nf::EntityMention> Names(const std::string& text, nf::Lang lang) {
  static const nf::EntityMatcher matcher(nf::Gazetteer::Default());
  std::vector<nf::EntityMention> known, found;
  matcher.Find(text, lang, nf::Field::kBody, &known);
  nf::NameTagger::Default().Find(text, lang, nf::Field::kBody, known, &found);
  return found;
}

}  // namespace

TEST_CASE("a German compound role of the agency rule is a PersonRole too", "[entities][lexicon]") {
  // "star", "leiterin", "kapitän" were compound heads of names_de only.
  CHECK(nf::scan::PersonRole("Popstar", nf::Lang::kDe));
  CHECK(nf::scan::PersonRole("Abteilungsleiterin", nf::Lang::kDe));
  CHECK(nf::scan::PersonRole("Kapitän", nf::Lang::kDe));
  CHECK(nf::scan::PersonCue("Weltmeister", nf::Lang::kDe));
  // A role that is only a compound's last part is no role alone ("Star Wars", "General X").
  CHECK_FALSE(nf::scan::PersonRole("Star", nf::Lang::kDe));
  CHECK_FALSE(nf::scan::PersonRole("General", nf::Lang::kDe));
  CHECK_FALSE(nf::scan::PersonRole("Meister", nf::Lang::kDe));
  // The German roles are not Spanish ones ("estar" ends in "star").
  CHECK_FALSE(nf::scan::PersonRole("estar", nf::Lang::kEs));
  // Nor is a state office that mostly heads a place or a league.
  CHECK_FALSE(nf::scan::PersonRole("Gouverneur", nf::Lang::kDe));
  CHECK_FALSE(nf::scan::PersonRole("Premier", nf::Lang::kEn));
}

TEST_CASE("a Spanish occupation is a PersonRole as a whole lower-case word",
          "[entities][lexicon]") {
  CHECK(nf::scan::PersonRole("cantante", nf::Lang::kEs));
  CHECK(nf::scan::PersonRole("secretario", nf::Lang::kEs));
  CHECK(nf::scan::PersonCue("jueza", nf::Lang::kEs));
  CHECK_FALSE(nf::scan::PersonRole("factor", nf::Lang::kEs));    // not by its last part
  CHECK_FALSE(nf::scan::PersonRole("Médico", nf::Lang::kEs));    // "Centro Médico X"
  CHECK_FALSE(nf::scan::PersonRole("cantante", nf::Lang::kEn));  // Spanish only
}

TEST_CASE("a speech verb of the attribution may stand before its speaker", "[entities][lexicon]") {
  // "stressed", "precisó" were speech verbs of the attribution only.
  CHECK(nf::scan::PersonCue("stressed", nf::Lang::kEn));
  CHECK(nf::scan::PersonCue("precisó", nf::Lang::kEs));
  CHECK(nf::scan::PersonCue("sagte", nf::Lang::kDe));
  // Not a verb whose object follows it, nor one of another language.
  CHECK_FALSE(nf::scan::PersonCue("told", nf::Lang::kEn));
  CHECK_FALSE(nf::scan::PersonCue("added", nf::Lang::kEn));
  CHECK_FALSE(nf::scan::PersonCue("informó", nf::Lang::kEs));
  CHECK_FALSE(nf::scan::PersonCue("erklärte", nf::Lang::kDe));
  CHECK_FALSE(nf::scan::PersonCue("said", nf::Lang::kDe));
  CHECK(nf::scan::PersonCue("said", nf::Lang::kUnknown));
}

TEST_CASE("the lexicon's subsets: state and cabinet offices, present forms",
          "[entities][lexicon]") {
  namespace lx = nf::lexicon;
  CHECK(nf::scan::EndsWithAnyLower("Regierungschefin", nf::scan::kStateOffices));
  CHECK(nf::scan::EndsWithAnyLower("Finanzminister", nf::scan::kCabinetOffices));
  CHECK_FALSE(nf::scan::EndsWithAnyLower("Präsident", nf::scan::kCabinetOffices));
  constexpr const auto& kPresent = lx::kSelected<lx::kSpeechWords, lx::kEs, lx::kPresentEs>;
  CHECK(nf::scan::InList("explica", kPresent));
  CHECK_FALSE(nf::scan::InList("explicó", kPresent));
}

TEST_CASE("the lexicon's Spanish subsets: references to a person, perfect participles",
          "[entities][lexicon]") {
  namespace lx = nf::lexicon;
  constexpr const auto& kRefs = lx::kSelected<lx::kRoleWords, lx::kEs, lx::kPersonRefEs>;
  CHECK(nf::scan::InList("candidata", kRefs));
  CHECK(nf::scan::InList("mandatario", kRefs));
  CHECK_FALSE(nf::scan::InList("cantante", kRefs));
  // A reference only is no role the name rules read ("la política de precios").
  CHECK_FALSE(nf::scan::PersonRole("política", nf::Lang::kEs));
  CHECK_FALSE(nf::scan::PersonCue("dirigente", nf::Lang::kEs));
  constexpr const auto& kParticiples = lx::kSelected<lx::kSpeechWords, lx::kEs, lx::kParticipleEs>;
  CHECK(nf::scan::InList("señalado", kParticiples));
  CHECK_FALSE(nf::scan::InList("señaló", kParticiples));
  // The participles are no speech verb of their own: the others leave them out.
  constexpr const auto& kVerbs = lx::kSelected<lx::kSpeechWords, lx::kEs, 0, lx::kParticipleEs>;
  CHECK(nf::scan::InList("señaló", kVerbs));
  CHECK_FALSE(nf::scan::InList("dicho", kVerbs));
  CHECK_FALSE(nf::scan::PersonCue("dicho", nf::Lang::kEs));
}

TEST_CASE("a Spanish name after an occupation and what it heads is a person's",
          "[entities][lexicon]") {
  // "secretario" was an occupation of the person context only: now the apposition rule
  // knows it too.
  const auto ms = Names(
      "El secretario general del Partido Liberal, Dorvan Pelmarex, dijo que el partido "
      "obtuvo 300.000 votos.",
      nf::Lang::kEs);
  bool found = false;
  for (const nf::EntityMention& m : ms) {
    if (m.entity == "Dorvan Pelmarex") {
      found = true;
      CHECK(m.type == nf::EntityType::kPerson);
    }
  }
  CHECK(found);
  // Negative: a capitalised occupation inside a name is no role.
  const auto hospital = Names("El Centro Médico Irvale atendió a 40 pacientes.", nf::Lang::kEs);
  REQUIRE_FALSE(hospital.empty());
  for (const nf::EntityMention& m : hospital) CHECK(m.type != nf::EntityType::kPerson);
}

TEST_CASE("a part-only German role ends no lower-case word when the language is unknown",
          "[entities][lexicon]") {
  CHECK_FALSE(nf::scan::PersonRole("estar", nf::Lang::kUnknown));
  CHECK_FALSE(nf::scan::PersonRole("estar", nf::Lang::kEs));
  // Negative: a capitalised compound still is a role in any language.
  CHECK(nf::scan::PersonRole("Popstar", nf::Lang::kUnknown));
  CHECK(nf::scan::PersonRole("Konzernchef", nf::Lang::kUnknown));
}

TEST_CASE("en: a speech verb before a lone name does not make it a person",
          "[entities][lexicon][en]") {
  // "warned X had cut …": the verb's object is no speaker; the company keeps its figures.
  for (const char* verb : {"warned", "noted", "stressed", "added"}) {
    const std::string t = std::string(
                              "Velmora reported profit of $40m in 2021. Velmora officials "
                              "expect more. The watchdog ") +
                          verb + " Velmora had cut 300 jobs.";
    const nf::Extraction x = nf::testing::FullText(t, nf::Lang::kEn);
    CHECK(nf::testing::FigureWith(x, "$40m").entity_type == nf::EntityType::kOrg);
    CHECK(nf::testing::FigureWith(x, "300 jobs").entity_type == nf::EntityType::kOrg);
  }
  // Negative: a role before the name still makes a person.
  CHECK(nf::scan::PersonCue("chairman", nf::Lang::kEn));
  CHECK(nf::scan::PersonCue("said", nf::Lang::kEn));
  CHECK_FALSE(nf::scan::PersonCue("warned", nf::Lang::kEn));
}
