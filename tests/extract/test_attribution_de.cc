// German attribution classes of issue 11 through the Extractor, with invented names and
// sentences: one case per error class, each with a negative (the rule must not fire where
// the sentence says something else).
#include <catch2/catch.hpp>
#include <string>

#include "extract/extractor.h"

namespace nf = newsfacts::extract;

namespace {

const nf::Extractor& X() {
  static const nf::Extractor kExtractor;
  return kExtractor;
}

// The figure whose surface contains `surface` (first one); fails the test when missing.
const nf::Figure& Fig(const nf::Extraction& x, const std::string& surface) {
  for (const nf::Figure& f : x.figures) {
    if (f.surface.find(surface) != std::string::npos) return f;
  }
  FAIL("no figure «" << surface << "»");
  return x.figures.front();
}

nf::Extraction Text(const std::string& text) {
  nf::Extraction x;
  REQUIRE(X().ExtractText(text, nf::Lang::kDe, nf::Field::kBody, &x).ok());
  return x;
}

std::string Evidence(const nf::Figure& f, const std::string& text) {
  REQUIRE(f.entity_end <= text.size());
  return text.substr(f.entity_start, f.entity_end - f.entity_start);
}

}  // namespace

TEST_CASE("de: a name defined with its acronym is shown by the acronym the article goes on to use",
          "[attribution][de]") {
  const std::string t =
      "Graz – Die Murtaler Versicherungs AG (MVA) musste einen Gewinnrückgang hinnehmen. Das "
      "Ergebnis sank auf 80 Millionen Euro. Für 2027 peilt die MVA 120 Millionen Euro an.";
  auto x = Text(t);
  const nf::Figure& f = Fig(x, "80 Millionen Euro");
  CHECK(f.entity == "Murtaler Versicherungs AG");
  CHECK(f.entity_surface == "MVA");
  CHECK(Evidence(f, t) == "MVA");
  CHECK(Fig(x, "120 Millionen Euro").entity_surface == "MVA");
}

TEST_CASE("de: without an acronym in parentheses the long name stays the evidence",
          "[attribution][de]") {
  const std::string t =
      "Die Murtaler Versicherungs AG musste einen Gewinnrückgang hinnehmen. Das Ergebnis sank "
      "auf 80 Millionen Euro.";
  auto x = Text(t);
  const nf::Figure& f = Fig(x, "80 Millionen Euro");
  CHECK(f.entity == "Murtaler Versicherungs AG");
  CHECK(f.entity_surface == "Murtaler Versicherungs AG");
}
