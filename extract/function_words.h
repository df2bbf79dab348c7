#pragma once
// Articles and prepositions of German, Spanish and English, the one home of both lists: the
// word before a name that marks it governed (attribution: a place or partner of the story
// rather than its subject; the extractor's title reading) or a capitalised word a noun (the
// name tagger: "La Comissió", "de Televisió").
//
// Thread-safety: constant data; the sets are built once (function-local statics).
#include <array>
#include <cstddef>
#include <string_view>

#include "extract/entity_scan.h"

namespace newsfacts::extract {

namespace function_words {

// Definite articles by language, and the demonstratives that IsArticle counts with them.
inline constexpr std::string_view kDefiniteArticlesDe[] = {"das", "der", "die",
                                                           "dem", "den", "des"};
inline constexpr std::string_view kDefiniteArticlesEs[] = {"el", "la", "los", "las"};
inline constexpr std::string_view kDefiniteArticlesEn[] = {"the"};
inline constexpr std::string_view kDemonstratives[] = {"este",   "esta",   "estos", "estas",
                                                       "dieser", "dieses", "diese"};
// All of them in one (one set look-up for IsArticle).
inline constexpr auto kArticles = [] {
  std::array<std::string_view, std::size(kDefiniteArticlesDe) + std::size(kDefiniteArticlesEs) +
                                   std::size(kDefiniteArticlesEn) + std::size(kDemonstratives)>
      all{};
  size_t n = 0;
  for (std::string_view w : kDefiniteArticlesDe) all[n++] = w;
  for (std::string_view w : kDefiniteArticlesEs) all[n++] = w;
  for (std::string_view w : kDefiniteArticlesEn) all[n++] = w;
  for (std::string_view w : kDemonstratives) all[n++] = w;
  return all;
}();
// The indefinite articles, the Spanish neuter article and the Spanish contraction of "a el"
// that the figure grammar reads like an article before a number ("un 20 %", "lo 5", "al 3 %").
inline constexpr std::string_view kOtherDeterminers[] = {"un", "una", "a", "lo", "al"};

// Prepositions proper, and the list joiners that attribution reads like them.
inline constexpr std::string_view kPrepositionsProper[] = {
    "von",   "vom",  "de",    "del",      "of",      "auf",   "für",   "mit",    "an",
    "am",    "wie",  "durch", "laut",     "según",   "from",  "to",    "zu",     "zum",
    "gegen", "bei",  "con",   "para",     "a",       "al",    "en",    "in",     "im",
    "als",   "como", "entre", "zwischen", "by",      "por",   "um",    "aus",    "than",
    "for",   "with", "like",  "as",       "nach",    "unter", "sobre", "hinter", "über",
    "at",    "on",   "into",  "across",   "per",     "hacia", "desde", "hasta",  "tras",
    "bis",   "seit", "ab",    "within",   "outside", "sin",   "ante",  "bajo"};
inline constexpr std::string_view kListJoiners[] = {"y", "und",  "and", "e",
                                                    "o", "oder", "or",  "sowie"};
// Both lists in one (one set look-up for IsPreposition).
inline constexpr auto kPrepositions = [] {
  std::array<std::string_view, std::size(kPrepositionsProper) + std::size(kListJoiners)> all{};
  size_t n = 0;
  for (std::string_view w : kPrepositionsProper) all[n++] = w;
  for (std::string_view w : kListJoiners) all[n++] = w;
  return all;
}();

}  // namespace function_words

// Definite articles and demonstratives ("der", "la", "the", "este", "estas", "dieser" …; not the
// indefinite "ein", "un", "a") of the three languages. Any ASCII case.
inline bool IsArticle(std::string_view word) {
  static const scan::LowerWordSet kSet(function_words::kArticles);
  return kSet.Contains(word);
}

// IsArticle, or an indefinite article ("un", "una", "a"), the Spanish neuter "lo" or the
// contraction "al" (function_words::kOtherDeterminers): the determiner the figure grammar
// skips before a number. Any ASCII case.
inline bool IsArticleOrContraction(std::string_view word) {
  static const scan::LowerWordSet kSet(function_words::kOtherDeterminers);
  return IsArticle(word) || kSet.Contains(word);
}

// Prepositions ("de", "en", "von", "by" …; the list joiners "y", "und", "and" too) of the
// three languages. Any ASCII case.
inline bool IsPreposition(std::string_view word) {
  static const scan::LowerWordSet kSet(function_words::kPrepositions);
  return kSet.Contains(word);
}

// IsPreposition without the list joiners: a word that governs the noun after it. Any ASCII
// case.
inline bool IsPrepositionProper(std::string_view word) {
  static const scan::LowerWordSet kSet(function_words::kPrepositionsProper);
  return kSet.Contains(word);
}

}  // namespace newsfacts::extract
