#pragma once
// Figure grammar: finds money amounts, percentages, counts and quantities in one text.
//
// Data flow: candidate scan over the ORIGINAL bytes (digits, currency signs, non-ASCII digit
// lead bytes, spelled-number / scale / vague words) -> windows around candidates ->
// NormalizeWindow (ICU, see normalize.h) -> number parse (locale grouping/decimal, spelled
// numbers, scale words) -> unit / qualifier / range / list -> filters (years, dates, times,
// ordinals, model numbers, counters, phone numbers, durations, multipliers, exchange rates) ->
// per-text post-passes (shared list units, same_as for parenthetical conversions, periods).
//
// Thread-safety: pure functions; reentrant (scratch buffers are thread_local).

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/figure.h"

namespace newsfacts::extract {

// Appends the figures of `text` (a title or body, valid UTF-8) to *out, tagged with `field`,
// in text order. `same_as` indices are made absolute by adding out->size() at entry.
// `lang` selects decimal/grouping conventions and "billion"; kUnknown behaves like kDe.
// `published_at_ms` (UTC ms) resolves relative periods ("last year"); see period.h.
// `periods` (may be nullptr): keeps what the period pass found for Attribute's call on the
// same text (see PeriodMemo, period.h). `number_context` (Spanish; may be empty): the rest of
// the article (the body, for a title), whose thousands convention (figure_detail::
// CommaGroupsEs) a short text that shows none shares ("24,750 millones" in a title over a
// body of "18,000 millones"). `blocks` (may be nullptr): filled for `text` by the candidate
// scan (TextBlocks, text_blocks.h) for the entity matcher that follows; the period pass reads
// its digit starts (without it FindFigures fills a thread-local one).
class PeriodMemo;
struct TextBlocks;
void FindFigures(std::string_view text, Lang lang, Field field, std::vector<Figure>* out,
                 std::optional<int64_t> published_at_ms = std::nullopt,
                 PeriodMemo* periods = nullptr, std::string_view number_context = {},
                 TextBlocks* blocks = nullptr);

// A numeral read from folded text.
struct Numeral {
  double value = 0;
  size_t end = 0;                // one past the last byte consumed
  bool grouped = false;          // had a thousands separator
  bool foreign_decimal = false;  // decimal written the other locale's way ("1.1" in German):
                                 // a figure only when a unit follows (else time/version)
  bool decimal = false;          // had a decimal part
  int int_digits = 0;            // digits before the decimal separator
  bool unit_decimal = false;     // "2,268 Euro": the other locale's separator before three
                                 // digits read as a decimal because a unit follows
};

// Reads a digit numeral at s[pos] ("230.000", "6,2", "850 000", "200,000", "5.5") deciding
// decimal vs grouping from `lang` and the digits. nullopt when s[pos] is not a digit or the
// numeral is malformed (versions "1.2.3", dates "30.09.2024", > 15 digits). `comma_groups`:
// the text writes thousands with commas (Latin-American style, see figure_detail::
// CommaGroupsEs), so in de/es a comma before three digits groups before a unit too ("3,700
// pesos").
std::optional<Numeral> ParseDigitNumeral(std::string_view s, size_t pos, Lang lang,
                                         bool comma_groups = false);

// Reads a spelled-out number word (or words, "dos mil", "veinticinco", "zweihundert",
// "twenty-five") in folded text at s[pos]. Articles ("ein", "un", "a") are NOT numbers here.
std::optional<Numeral> ParseSpelledNumeral(std::string_view s, size_t pos);

namespace figure_detail {

// The candidate scan of FindFigures: appends to *triggers, in ascending order, the byte
// offsets where a figure may start — the first digit of each digit run, '$', €, £, ¥,
// full-width digits, and each letter word that is a number or scale word (or a German
// number compound). ScanCandidates classifies 64 bytes at a time by bit masks;
// ScanCandidatesScalar is its byte-at-a-time twin (the reference of the tests). Both give
// the same offsets for any input. Thread-safe (read-only tables). `blocks` (may be nullptr):
// reset to `text` and filled with its capital and digit-run starts (TextBlocks), from the
// same block masks.
void ScanCandidates(std::string_view text, std::vector<uint32_t>* triggers,
                    TextBlocks* blocks = nullptr);
void ScanCandidatesScalar(std::string_view text, std::vector<uint32_t>* triggers);

// Whether a Spanish text writes its thousands with commas and its decimals with a point
// (Latin-American and translated texts): some number has two comma groups ("5,135,526"), one
// comma group of three zeros ("11,000 millones", "755,000") or a point decimal before a
// percent ("43.7 por ciento", "5.5%"), and none has two point groups
// ("1.234.567") or a comma decimal before a percent ("6,2 %").
bool CommaGroupsEs(std::string_view text);
// The same test, three ways: 1 when the text shows comma thousands (as CommaGroupsEs), -1 when
// it shows the other convention (point groups "1.234.567" or a comma decimal before a percent
// "6,2 %"), 0 when it shows neither (then a title takes its body's convention).
int CommaConventionEs(std::string_view text);

}  // namespace figure_detail

}  // namespace newsfacts::extract
