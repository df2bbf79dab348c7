// WrittenAsInstitutionDe (extractor.h): whether a German text writes a lone name after a
// determiner, as an institution's. In its own unit so that the rule's string comparisons do
// not change the inlining of extractor.cc, whose code runs for every language.
#include <string_view>

#include "extract/entity_scan.h"
#include "extract/extractor.h"
#include "extract/ner_features.h"

namespace newsfacts::extract {

bool WrittenAsInstitutionDe(std::string_view text, std::string_view name) {
  static constexpr std::string_view kDeterminers[] = {"das",  "Das", "des", "vom", "Vom", "beim",
                                                      "Beim", "im",  "Im",  "ins", "zum"};
  for (size_t p = scan::FindExact(text, name); p != std::string_view::npos;
       p = scan::FindExact(text, name, p + 1)) {
    const size_t e = p + name.size();
    if (p < 2 || text[p - 1] != ' ' ||
        (e < text.size() && (scan::IsWordOrHigh(text[e]) || text[e] == '-'))) {
      continue;  // inside a longer word, or the first part of a compound
    }
    if (e + 1 < text.size() && text[e] == ' ' && ner::StartsUpper(text.substr(e + 1, 2))) {
      continue;  // "das Kralhuber Werk": a modifier of the next name
    }
    size_t b = p - 1;  // the start of the word before the name
    while (b > 0 && scan::IsWordOrHigh(text[b - 1])) --b;
    // ", das X erhielt": a relative pronoun, not an article.
    if (b >= 2 && text[b - 1] == ' ' && text[b - 2] == ',') continue;
    if (scan::InList(text.substr(b, p - 1 - b), kDeterminers)) return true;
  }
  return false;
}

}  // namespace newsfacts::extract
