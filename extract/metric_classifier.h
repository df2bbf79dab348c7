#pragma once
// MetricClassifier: what a figure measures (Figure::metric), from the cue words of its
// sentence. Scan() finds the cue words of one sentence; Metric() picks, for one figure, the
// nearest cue that means something for the figure's kind (money / percent / count). It also
// reports the two list cues the attribution stage needs ("angeführt von" / "led by" list
// heads and "beziehungsweise" / "respectively"). Labels: extract/metrics.h.
//
// A classifier knows the article's language: Scan finds only the cue words of that language
// (a word shared by languages, "budget", "dividend", keeps them all) and the rules written
// for one language (Spanish "vendió … por", English "worth $8bn", German "kosten") run only
// on it. Lang::kUnknown: every cue and every rule, as for text of any language. The cue
// words per language: extract/METRICS.md.
//
// Thread-safety: a value holding per-sentence scratch; one instance per thread (the cue
// tables are immutable and shared).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/figure.h"

namespace newsfacts::extract {

class MetricClassifier {
 public:
  // A classifier for text in `lang` (kUnknown: all languages' cues and rules).
  explicit MetricClassifier(Lang lang = Lang::kUnknown) : lang_(lang) {}

  // Builds the cue tables all instances share, one per language and one of all cues (else
  // the first Scan in a language builds its table, ~4 M instructions): the Extractor calls it
  // when it is built, so no article pays for them.
  static void Prepare();

  // Finds the cue words of text[s, e) (one sentence), replacing those of the last Scan.
  // REQUIRES: s <= e <= text.size(); `text` outlives the following calls.
  void Scan(std::string_view text, size_t s, size_t e);

  // The metric of figure `f` from the cues of the scanned sentence, those in [lo, hi) (between
  // the neighbouring figures) preferred: the others count as 100 bytes farther; "" when none
  // fits. Counts: the counted noun first (f.unit "employee" -> employees).
  // Percentages: "X % der/de/of ..." is a share (market_share, vote_share, stake when the
  // market, votes or capital follow); a change stated as a rate ("stieg um 5 %", "cayó un
  // 2 %", "fell 36%", "+3 %") is growth unless a level is named ("auf 5 %", "to 5%"); else
  // the nearest cue. Defaults that need the whole sentence (a percentage is a `share`, a
  // count of persons is `population`) apply only when [lo, hi) covers the scanned sentence.
  // REQUIRES: Scan() of the sentence holding `f`.
  [[nodiscard]] std::string_view Metric(const Figure& f, size_t lo, size_t hi) const;

  // True when text[lo, hi) (the gap between two figures) ends with a comparison word, maybe
  // with an article: "frente al", "compared with", "gegenüber", "against", "versus". The
  // figure after it is the comparison base of the one before: the same measure.
  // REQUIRES: Scan() of the sentence; lo <= hi <= the scanned text's size.
  [[nodiscard]] bool ComparisonBetween(size_t lo, size_t hi) const;

  // English (false for another language): true when percentage `f` is the level a change of
  // percentage `prev` (the figure before it in the scanned sentence) started from: ", down
  // from 39%", "- up from just 7%", or right after a level reached ("to 22% from 31%",
  // "slipping to 1.8% from an expected 2.0%"). The starting level measures what the level
  // reached does.
  // REQUIRES: Scan() of the sentence holding both; prev.end <= f.start.
  [[nodiscard]] bool StartingLevelEn(const Figure& prev, const Figure& f) const;

  // Start of the last "respectively" cue of the sentence; npos when there is none.
  [[nodiscard]] size_t RespectivelyPos() const;

  // True when a list-head cue ("angeführt von", "led by", "encabezado por") lies in [lo, hi).
  [[nodiscard]] bool HasListHead(size_t lo, size_t hi) const;

  // What the cue words inside [lo, hi) of the scanned sentence name: nothing, only people
  // counted as a population or a workforce ("mujeres", "trabajadores"), or a measure
  // ("ventas", "mercado", "cuota"). Attribution asks it of a noun that may name a group.
  enum class NounCue : uint8_t { kNone, kPeople, kMeasure };
  [[nodiscard]] NounCue CueIn(size_t lo, size_t hi) const;

  // Percentages: true when `f`, to which the scanned sentence gave a `share`, names no
  // measure of its own from `lo` on: no whole after it ("X Prozent der …", "X Prozent von
  // …", "X Prozent davon", "el X % de …", "X% of …") and no cue word in [lo, end of the
  // sentence) but the ones NamesNoMeasure lets pass for the rate `label` it may take.
  // Attribution then looks for the rate it refers back to ("Im April sank die Quote auf 6,9
  // Prozent" after "Die Arbeitslosenquote lag bei 7,1 Prozent").
  // REQUIRES: Scan() of the sentence holding `f`; lo <= f.start.
  [[nodiscard]] bool BareShare(const Figure& f, size_t lo, std::string_view label) const;

  // True when the percentage `f` of the scanned sentence is followed by its whole ("12 % der
  // Belegschaft", "el 12 % de los empleados", "12% of staff"; not "of 2024", nor an adverbial
  // "de" phrase: "un 6 % de forma interanual", "de media", "de promedio", "de enero"): a share
  // of it.
  // REQUIRES: Scan() of the sentence holding `f`.
  [[nodiscard]] bool WholeAfter(const Figure& f) const;

  // True when the cue words inside [lo, hi) of the scanned text name no measure but `label`
  // (a percentage's metric; "" for none): only cues that make a percentage a `label`,
  // change words ("sank", "rose"), people ("Frauen", "jóvenes") only when `label` is the
  // unemployment rate or a vote share (a share of people is theirs otherwise), parties and
  // candidates,
  // and a share or rate noun standing alone that may refer back to a rate named before ("die
  // Quote", "la cuota", "la tasa", "der Anteil"; not a compound, "Frauenanteil", nor one with
  // a whole after it, "der Anteil der Frauen", "la tasa de mortalidad", "share of": another
  // proportion). REQUIRES: Scan() of text holding [lo, hi).
  [[nodiscard]] bool NamesNoMeasure(size_t lo, size_t hi, std::string_view label = {}) const;

  // The label the last cue word inside [lo, hi) of the scanned text that names something for
  // a percentage gives it (change words skipped: they name no measure; so are a poll or a
  // survey, "Umfrage", "encuesta", "poll": a share of those asked), and in *word_end the
  // end of that cue's word ("Arbeitslosenrate" → unemployment_rate); "" when none does.
  // REQUIRES: Scan() of text holding [lo, hi).
  [[nodiscard]] std::string_view LastPercentCue(size_t lo, size_t hi, size_t* word_end) const;

  // One cue word found by Scan: byte offsets into the text and its index in the cue table.
  struct Hit {
    uint32_t start, end;
    uint16_t cue;
  };

 private:
  // True when the rules of language `l` apply: the classifier's language is `l` or unknown.
  [[nodiscard]] bool In(Lang l) const { return lang_ == l || lang_ == Lang::kUnknown; }

  Lang lang_;
  std::string_view text_;  // the scanned text and sentence bounds
  size_t s_ = 0, e_ = 0;
  std::vector<Hit> hits_;
};

// What SurveyShare read of one sentence text[s, e) (e clipped to the text) in `lang`, the
// part of its answer that does not depend on the figure.
struct SurveySentenceMemo {
  size_t s = 0, e = 0;
  Lang lang = Lang::kUnknown;
  bool may = false;    // the sentence holds a byte string every survey word contains
  bool names = false;  // it names a survey or those asked
  bool read = false;   // false: nothing kept yet
};

// True when percentage `f` in the sentence text[s, e) is a share of those a survey asked: a
// respondent noun or "asked" / "polled" / "befragt" within four words after it ("40% of those
// asked", "40 Prozent der Befragten", "el 40 % de los encuestados"), or a sentence that names
// a survey in language `lang` at a word's start (German also inside a compound; kUnknown: any
// language; not a capitalised "Survey" right after a capitalised word other than an article
// or "A", a surveying body: "Geological Survey", "Kelmar Coastal Survey") or those asked
// ("interviewed", "Befragten"; not a bare "asked") — then not after a change word at most two
// words before it ("orders rose 6%, a survey showed": a rate of change). Shares the metric
// classifier's survey words. `memo` (may be null) keeps the sentence's reading for the next
// percentage of the same text and sentence. REQUIRES: s <= e; a memo used with one text only.
[[nodiscard]] bool SurveyShare(std::string_view text, size_t s, size_t e, const Figure& f,
                               Lang lang, SurveySentenceMemo* memo = nullptr);

// Whether a change word of the metric classifier's kChange cues ("rose", "stieg", "verdoppelte",
// "aumentó") ends at most three blanks before byte `fs` in text[s, fs), no punctuation between
// ("rose to 12 million", "verdoppelte sich auf 40.000"). REQUIRES: s <= fs <= text.size().
[[nodiscard]] bool ChangeCueRightBefore(std::string_view text, size_t s, size_t fs, Lang lang);

namespace metric_detail {
// The cue words Scan of a classifier for `lang` finds in text[s, e) (s and e clipped to the
// text's size); `filtered` = false skips the filter on each cue's bytes 1..3 that runs before the
// byte-by-byte comparison, and the positions skipped by their bytes (the slow path the tests
// compare with: the same hits). REQUIRES: s <= e.
std::vector<MetricClassifier::Hit> FindCueHits(std::string_view text, bool filtered,
                                               Lang lang = Lang::kUnknown, size_t s = 0,
                                               size_t e = std::string_view::npos);

// At one position the first cue in table order wins, so a cue listed before a longer cue of
// another meaning that starts with it ("market" before "market share") hides the longer one.
// "" when the table has no such pair, else "<short> before <long>" (a test keeps it empty).
std::string ShadowedCue();
}  // namespace metric_detail

}  // namespace newsfacts::extract
