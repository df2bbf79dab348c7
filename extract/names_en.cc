// WrittenAsCompanyEn (extractor.h): whether an English text writes a lone name as a company.
// In its own unit so that the rule's string comparisons do not change the inlining of
// extractor.cc, whose code runs for every language.
#include <string_view>

#include "extract/entity_scan.h"
#include "extract/extractor.h"
#include "extract/ner_features.h"

namespace newsfacts::extract {

bool WrittenAsCompanyEn(std::string_view body, std::string_view name) {
  static constexpr std::string_view kStaff[] = {
      "chief",     "economist",  "economists",   "spokesman", "spokeswoman", "spokesperson",
      "officials", "executives", "shareholders", "shares",    "staff",       "employees"};
  bool company = false;
  for (size_t p = scan::FindExact(body, name); p != std::string_view::npos;
       p = scan::FindExact(body, name, p + 1)) {
    size_t e = p + name.size();
    if ((p > 0 && scan::IsWordOrHigh(body[p - 1])) ||
        (e < body.size() && scan::IsWordOrHigh(body[e]) && body[e] != '\'')) {
      continue;  // inside a longer word
    }
    const std::string_view before = scan::ChunkBefore(body, p);
    if (scan::PersonCue(before) && before != "said" && before != "says") return false;
    // Not before a capitalised word: "the Gran Turismo series" names something longer.
    const bool whole =
        e + 1 >= body.size() || body[e] != ' ' || !ner::StartsUpper(body.substr(e + 1));
    if (before == "the" || before == "The" || scan::EqualsLowerAscii(before, "state-owned")) {
      company = company || whole;
    } else if (ner::StartsUpper(before) && p >= 2 && body[p - 1] == ' ' &&
               scan::IsWordOrHigh(body[p - 2])) {
      return false;  // a first name: "Jeremy Jaynes"
    }
    if (body.substr(e).starts_with("'s ")) {
      e += 3;
    } else if (e < body.size() && body[e] == ' ') {
      ++e;
    } else {
      continue;
    }
    size_t q = e;
    while (q < body.size() && scan::IsWordOrHigh(body[q])) ++q;
    if (scan::InList(body.substr(e, q - e), kStaff)) company = true;
  }
  return company;
}

}  // namespace newsfacts::extract
