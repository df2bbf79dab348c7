// scan::PersonRole and scan::PersonCue (declared in entity_scan.h): the readers of
// person_lexicon.h's roles and speech verbs asked per word, with their fast filters.
// Thread-safety: pure functions over constant tables.
#include "extract/person_lexicon.h"

#include <cstdint>
#include <span>
#include <string_view>

#include "extract/entity_scan.h"

namespace newsfacts::extract::scan {

namespace {

// Whether a word starts with an upper-case letter, the German umlauts included.
bool StartsUpperDe(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return w.size() >= 2 && c == 0xC3 &&
         (static_cast<unsigned char>(w[1]) == 0x84 || static_cast<unsigned char>(w[1]) == 0x96 ||
          static_cast<unsigned char>(w[1]) == 0x9C);
}

// PersonRole for the entries of the languages `kLangs` (lexicon bits).
template <uint8_t kLangs>
bool PersonRoleOf(std::string_view word) {
  using lexicon::kEnds, lexicon::kNoPersonRole, lexicon::kPartOnly, lexicon::kRoleWords;
  // The roles that are also the last part of a word, those that are only that, and those
  // that are whole words only.
  static constexpr const auto& kEndRoles =
      lexicon::kSelected<kRoleWords, kLangs, kEnds, kNoPersonRole | kPartOnly>;
  static constexpr const auto& kPartRoles =
      lexicon::kSelected<kRoleWords, kLangs, kEnds | kPartOnly, kNoPersonRole>;
  static constexpr const auto& kWholeRoles =
      lexicon::kSelected<kRoleWords, kLangs, 0, kEnds | kNoPersonRole>;
  // Asked of most words of some texts: the last three bytes rule out nearly all of them, the
  // first byte and length nearly all of the whole words.
  static constexpr SuffixGrams kGrams = [] {
    SuffixGrams g;
    g.Add(kEndRoles);
    g.Add(kPartRoles);
    return g;
  }();
  static constexpr WordShapes kWholeShapes(kWholeRoles);
  if (kGrams.Maybe(word)) {
    if (EndsWithAnyLower(word, kEndRoles)) return true;
    // A language unknown, a part-only role ends only a capitalised compound ("Popstar"), not
    // a word of another language ("estar").
    const bool parts = kLangs != lexicon::kAllLangs || StartsUpperDe(word);
    for (std::string_view r : parts ? std::span<const std::string_view>(kPartRoles)
                                    : std::span<const std::string_view>()) {
      if (word.size() > r.size() && EqualsLowerAscii(word.substr(word.size() - r.size()), r)) {
        return true;
      }
    }
  }
  // (A whole-word role is written in lower case.)
  return kWholeShapes.Maybe(word) && (word[0] < 'A' || word[0] > 'Z') &&
         InListLower(word, kWholeRoles);
}

// PersonCue's speech verbs of the languages `kLangs`: those that may stand before their
// speaker's name (lexicon::kBeforeName).
template <uint8_t kLangs>
bool SpeechCueOf(std::string_view word) {
  static constexpr const auto& kVerbs =
      lexicon::kSelected<lexicon::kSpeechWords, kLangs, lexicon::kBeforeName>;
  static constexpr WordShapes kShapes(kVerbs);
  return kShapes.Maybe(word) && InListLower(word, kVerbs);
}

}  // namespace

bool PersonRole(std::string_view word, Lang lang) {
  switch (lang) {
    case Lang::kDe:
      return PersonRoleOf<lexicon::kDe>(word);
    case Lang::kEs:
      return PersonRoleOf<lexicon::kEs>(word);
    case Lang::kEn:
      return PersonRoleOf<lexicon::kEn>(word);
    default:
      return PersonRoleOf<lexicon::kAllLangs>(word);
  }
}

bool CourtesyTitle(std::string_view word) {
  static constexpr std::string_view kCourtesy[] = {"mr", "mrs", "ms",    "herr",  "frau",
                                                   "sr", "sra", "señor", "señora"};
  static constexpr WordShapes kShapes(kCourtesy);  // first byte and length: most words fail
  return kShapes.Maybe(word) && InListLower(word, kCourtesy);
}

bool PersonCue(std::string_view word, Lang lang) {
  // The other personal titles (CourtesyTitle holds the courtesy ones).
  static constexpr std::string_view kTitles[] = {"dr",   "sir",  "don", "doña",
                                                 "prof", "lord", "lady"};
  static constexpr WordShapes kShapes(kTitles);  // first byte and length: most words fail
  if (CourtesyTitle(word) || (kShapes.Maybe(word) && InListLower(word, kTitles))) return true;
  switch (lang) {
    case Lang::kDe:
      if (SpeechCueOf<lexicon::kDe>(word)) return true;
      break;
    case Lang::kEs:
      if (SpeechCueOf<lexicon::kEs>(word)) return true;
      break;
    case Lang::kEn:
      if (SpeechCueOf<lexicon::kEn>(word)) return true;
      break;
    default:
      if (SpeechCueOf<lexicon::kAllLangs>(word)) return true;
      break;
  }
  return PersonRole(word, lang);
}

}  // namespace newsfacts::extract::scan
