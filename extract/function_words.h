#pragma once
// Articles and prepositions of German, Spanish and English, the one home of both lists: the
// word before a name that marks it governed (attribution: a place or partner of the story
// rather than its subject; the extractor's title reading) or a capitalised word a noun (the
// name tagger: "La Comissió", "de Televisió"). English and German auxiliaries, the one home of
// those lists too (see kAuxiliariesEn, kAuxiliariesDe).
//
// Thread-safety: constant data; the sets are built once (function-local statics).
#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "extract/entity_scan.h"

namespace newsfacts::extract {

namespace function_words {

// The number of words of a list: a C array or a std::array of string_views (0 for any
// other type, which Concat rejects).
template <class List>
inline constexpr size_t kListSize = std::extent_v<List>;
template <size_t N>
inline constexpr size_t kListSize<std::array<std::string_view, N>> = N;

// The lists `lists` (C arrays or std::arrays of string_views) one after the other in one
// array, at compile time (one look-up for a set built of several lists).
template <class... Lists>
constexpr auto Concat(const Lists&... lists) {
  static_assert(((kListSize<Lists> > 0) && ...),
                "Concat takes C arrays or std::arrays of string_views (a vector or span has no "
                "size at compile time)");
  std::array<std::string_view, (kListSize<Lists> + ...)> all{};
  size_t n = 0;
  ((std::ranges::copy(lists, all.begin() + n), n += kListSize<Lists>), ...);
  return all;
}

// Definite articles by language, and the demonstratives that IsArticle counts with them. German
// first those that can open a singular masculine or neuter noun (kSingularDeterminersDe), then
// "die" and "den" (a feminine singular or a plural; "den" a plural dative too).
inline constexpr std::string_view kDefiniteArticlesSingularDe[] = {"das", "der", "dem", "des"};
inline constexpr auto kDefiniteArticlesDe =
    Concat(kDefiniteArticlesSingularDe, std::to_array<std::string_view>({"die", "den"}));
inline constexpr std::string_view kDefiniteArticlesEs[] = {"el", "la", "los", "las"};
inline constexpr std::string_view kDefiniteArticlesEn[] = {"the"};
inline constexpr std::string_view kDemonstratives[] = {"este",   "esta",   "estos", "estas",
                                                       "dieser", "dieses", "diese"};
// All of them in one (one set look-up for IsArticle).
inline constexpr auto kArticles =
    Concat(kDefiniteArticlesDe, kDefiniteArticlesEs, kDefiniteArticlesEn, kDemonstratives);
// The indefinite articles, the Spanish neuter article and the Spanish contraction of "a el"
// that the figure grammar reads like an article before a number ("un 20 %", "lo 5", "al 3 %").
inline constexpr std::string_view kOtherDeterminers[] = {"un", "una", "a", "lo", "al"};

// German indefinite articles, every case of "ein".
inline constexpr std::string_view kIndefiniteArticlesDe[] = {"ein",   "eine",  "einer",
                                                             "eines", "einem", "einen"};
// Determiners of one thing: a singular noun follows ("der Konzern", "una empresa", "its
// supplier"). German without "die"/"diese" (a feminine singular or any plural: the caller reads
// the noun) and "den"/"diesen" (a plural dative too); Spanish with the contractions "del",
// "al". Attribution's SingularDeterminer reads them (a seat or origin of one company).
inline constexpr auto kSingularDeterminersDe =
    Concat(kDefiniteArticlesSingularDe, kIndefiniteArticlesDe,
           std::to_array<std::string_view>({"dieses", "diesem", "dieser"}));
inline constexpr std::string_view kSingularDeterminersEs[] = {"el", "la",  "del",  "al",
                                                              "un", "una", "este", "esta"};
inline constexpr std::string_view kSingularDeterminersEn[] = {"the", "a", "an", "its", "this"};

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
inline constexpr auto kPrepositions = Concat(kPrepositionsProper, kListJoiners);

// English auxiliaries, lower case: the modals and the forms of "be", "have" and "do" that stand
// before a main verb ("would go", "are to be axed", "has cut", "did not top"). Used, each with
// its own extra words, by the metric classifier (JobVerbBesideEn: the verb of a count of posts
// past them), the figure finder (kCountedNounStop: never a counted noun; RankListBeforeEn: the
// modals and "do" forms before a verb "top"; RangeLeadEn: the copula) and attribution
// (OwnNounAfter: no noun of a money amount's own; SpeechAuxiliary: the "have" forms).
inline constexpr std::string_view kModalsEn[] = {"will",  "would", "shall", "should", "can",
                                                 "could", "may",   "might", "must"};
inline constexpr std::string_view kBeFormsEn[] = {"be",  "am",   "is",   "are",
                                                  "was", "were", "been", "being"};
inline constexpr std::string_view kHaveFormsEn[] = {"has", "have", "had"};
inline constexpr std::string_view kDoFormsEn[] = {"do", "does", "did"};
// All of them in one.
inline constexpr auto kAuxiliariesEn = Concat(kModalsEn, kBeFormsEn, kHaveFormsEn, kDoFormsEn);

// German auxiliaries, lower case: the finite forms of "sein", "haben" and "werden" that stand
// beside a participle or infinitive ("getötet wurden", "erkrankt sind", "hat gesagt"). Used by
// attribution (AuxiliaryDe: the verb before a clause's subject) and, with its own extra words,
// the metric classifier (HarmPredicateOf: the one word that may close a clause after its harm
// participle).
inline constexpr std::string_view kAuxiliariesDe[] = {
    "ist",    "sind", "war",    "waren", "sei",    "seien", "hat",    "haben", "hatte",
    "hatten", "wird", "werden", "wurde", "wurden", "habe",  "hätten", "würde", "würden"};

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

// German: whether `w` has the shape of an inflected adjective ("neuen", "steirischen",
// "deutsche"): lower-case ASCII first letter, ending in -e, -en, -er, -es or -em.
inline bool InflectedAdjectiveDe(std::string_view w) {
  if (w.size() < 3 || w[0] < 'a' || w[0] > 'z') return false;
  return w.ends_with("e") || w.ends_with("en") || w.ends_with("er") || w.ends_with("es") ||
         w.ends_with("em");
}

}  // namespace newsfacts::extract
