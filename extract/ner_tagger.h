#pragma once
// NameTagger: finds names that are NOT in the gazetteer — organisations, persons and places
// never seen before — in de/es/en text, each with a type. Two layers:
//   1. a statistical classifier (averaged perceptron over word, affix, shape, neighbour and
//      previous-label features; extract/ner_features.h) labels each capitalised token O /
//      PER / ORG / LOC, greedily left to right. Its model (extract/data/ner_model.txt,
//      trained by tools/ner_train/train.sh on ../shared/ner) is compiled into the library;
//   2. rules: legal forms after a name ("AG", "GmbH", "S.A.", "Inc.", "plc", "Group" ...),
//      cue nouns before one ("der Versicherer X", "la empresa X", "the carmaker X"),
//      market index names before "index" ("the Trevaq index"), unknown acronyms ("VIG"),
//      CamelCase ("DeepMind"), names with "&" ("E&E"), German genitives ("Kralingers" ->
//      "Kralinger", "Siemens'"), and ICU's localized country and region names
//      (icu::Locale::getDisplayCountry in de/es/en) as places (German "Süditalien", a compass
//      word glued to a country: the country), and cities (ICU time-zone exemplar cities),
//      first-level regions (extract/data/regions.txt) and towns of 50,000 or more
//      (extract/data/cities.txt, geonames.org) as places in their text's spelling;
//      country
//      adjectives and demonyms (extract/data/demonyms.txt: "polnische", "los mexicanos")
//      as mentions of their country;
//   3. per text: German words the model does not know that the text uses without an article
//      ("von Kralinger", "Kralinger-Pleite"; not the common nouns of extract/data/de_nouns.txt),
//      English common words used as a company name ("Target's sales", never lower-case).
// Adjacent name tokens (also across "de"/"del"/"von"/"of"/"&") form one mention. The
// mention's `entity` is its surface without a trailing genitive; the gazetteer stays the
// alias/canonical layer (its mentions win where they overlap).
//
// Thread-safety: immutable after construction; Find() is const and reentrant (its scratch
// space and word cache are thread_local).
// Ownership: Default() lives until program exit; a NameTagger owns its tables.

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "extract/article.h"
#include "extract/figure.h"

namespace newsfacts::extract {

struct NameTaggerOptions {
  // Keep, per thread, the part of a word's score that does not depend on its context (its
  // own features' weights summed, known / plainly common; 8192 words, two-way), so a
  // recurring word costs its context features only. Same results either way (a test
  // compares them); false only for that test.
  bool word_cache = true;
  // Sum the weights of the two context features with few values (sentence-initial flag,
  // previous label: ner::FirstFeature, ner::PrevLabelFeature) once at load, per language and
  // value pair, instead of looking both up for every token. Same results either way (a test
  // compares them); false only for that test.
  bool fold_fixed_features = true;
};

class NameTagger {
 public:
  // Parses a model in the text format written by newsfacts_ner_train.
  // Errors: InvalidArgument naming the line of a malformed row.
  [[nodiscard]] static common::Result<std::unique_ptr<NameTagger>> Parse(
      std::string_view model_text, NameTaggerOptions options = {});
  // The text of the compiled-in model (extract/data/ner_model.txt).
  static std::string_view CompiledModel();
  // The compiled-in model; parsed once on first use (load time: BENCHMARKS.md).
  static const NameTagger& Default();

  ~NameTagger();
  NameTagger(const NameTagger&) = delete;
  NameTagger& operator=(const NameTagger&) = delete;

  // Appends to *out the names in `text` that do not overlap a mention of `known` (sorted by
  // start), in text order, tagged with `field`. `focus` (sorted byte offsets, e.g. the
  // figures' starts) limits the work to the lead (the first kLeadBytes, to the first blank
  // after them or the end of that sentence if sooner) and to the sentence of each offset and
  // the kSentencesBefore before it (offsets at or past text.size() add nothing: {text.size()}
  // = the lead only); empty = the whole text. REQUIRES: `text` is valid UTF-8.
  void Find(std::string_view text, Lang lang, Field field, std::span<const EntityMention> known,
            std::vector<EntityMention>* out, std::span<const uint32_t> focus = {}) const;

  // The lead: ArticleTopic's 400 bytes. Cut at the first blank after them, not at the end of
  // the sentence (chosen by tools/score and instruction counts, BENCHMARKS.md session 8).
  static constexpr size_t kLeadBytes = 400;
  // One sentence back, chosen by tools/score on the dev sets: with two, es gained three
  // figures, two of them by accident (a capitalised heading matching a gold name), and lost
  // one; de lost one; en was the same; and each figure costs one more sentence of tagging.
  static constexpr int kSentencesBefore = 1;

  size_t num_features() const;
  size_t memory_bytes() const;  // model table + country, city and region names

  // A country's names as Find() writes them in a mention's `entity`, by language: [0] German
  // (the press name where German news has one: "USA", "Großbritannien"), [1] Spanish, [2]
  // English (ICU's display names; English facts then shorten "United States" and "United
  // Kingdom": extract::ShortCountryNamesEn).
  using CountryNames = std::array<std::string, 3>;
  // The country `name` names: any of its ICU display names in de/es/en, its German press name
  // or "Britain"/"Great Britain", in any case (ASCII and Latin-1 letters); nullopt for any other
  // name, cities and regions included. The first call builds the country table alone (ICU
  // display names; no model, places or lexicon: a few milliseconds, once per process).
  // Thread-safe.
  [[nodiscard]] static std::optional<CountryNames> CountryByName(std::string_view name);

 private:
  NameTagger();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsfacts::extract
