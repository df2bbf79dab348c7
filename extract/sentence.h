#pragma once
// Sentence bounds in news text: the one sentence splitter of extract/ (figure periods,
// attribution, entity context). A sentence ends at a newline, or at '.', '!', '?', ';'
// followed by white space or the end of the text (a closing quote or bracket may come
// between). A '.' does not end a sentence inside a number ("100.000", "3.5"), after a single
// capital ("EE. UU.", "U.S."), after a known abbreviation of de/es/en ("Mio.", "Mrd.",
// "bzw.", "ca.", "z.B.", "aprox.", "Sr.", "Mr.", "Inc." …), after a German ordinal number
// ("im 3. Quartal", "am 30. September"), or when the next word starts lower-case.
//
// Thread-safety: pure functions over the given text.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsfacts::extract {

// Longest sentence: a run of text without a sentence end is cut into pieces of at most this
// many bytes around the position asked for (keeps attribution linear on unpunctuated text).
inline constexpr size_t kMaxSentenceBytes = 4096;

namespace sentence_detail {
// The bytes that can end a sentence: '\n' '!' '.' ';' '?' (all below 64: one bit each).
inline constexpr uint64_t kEndByteMask =
    (1ULL << '\n') | (1ULL << '!') | (1ULL << '.') | (1ULL << ';') | (1ULL << '?');
constexpr bool IsEndByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 64 && ((kEndByteMask >> u) & 1) != 0;
}
// The full rule for a byte that IsEndByte. REQUIRES: i < text.size().
[[nodiscard]] bool EndsAt(std::string_view text, size_t i);
// EndsAt, answered from the text's SentenceIndexScope when one is alive on this thread.
[[nodiscard]] bool EndsAtShared(std::string_view text, size_t i);
}  // namespace sentence_detail

// True when text[i] ends a sentence. REQUIRES: i < text.size(). Inline: most bytes are
// rejected by one bit test, the rule itself runs only at the five end bytes.
[[nodiscard]] inline bool IsSentenceEnd(std::string_view text, size_t i) {
  return sentence_detail::IsEndByte(text[i]) && sentence_detail::EndsAtShared(text, i);
}

// One sentence-end index per text, shared by every stage that asks for sentence bounds
// (periods, attribution, the name tagger, the entity matcher): while a scope for `text` is
// alive on this thread, IsSentenceEnd, SentenceStart, SentenceBefore, SentenceEnd and
// CrossesSentence on that very text (same data pointer and size) answer from bit masks
// over its end bits, found once per 64-byte block when a question first reaches it (the same
// answers as the scans: tests/extract/test_speed_paths.cc). Without a scope, and for any other
// text, they scan. At most two texts per thread at a time (an article's title and body); a further
// scope, or one with `enabled` false, does nothing. Scopes nest (LIFO) on one thread; not copyable.
class SentenceIndexScope {
 public:
  explicit SentenceIndexScope(std::string_view text, bool enabled = true);
  ~SentenceIndexScope();
  SentenceIndexScope(const SentenceIndexScope&) = delete;
  SentenceIndexScope& operator=(const SentenceIndexScope&) = delete;

 private:
  int slot_ = -1;  // this thread's index slot, -1: none
};

// Start of the sentence containing byte `pos` (first non-space byte after the previous
// end), not before `lo` (a known sentence boundary). REQUIRES: lo <= pos.
[[nodiscard]] size_t SentenceStart(std::string_view text, size_t pos, size_t lo = 0);

// The sentence before the one that starts at `s`: *end is `s` less the blanks (space, tab,
// CR, LF) before it, *start that sentence's start (SentenceStart). False (outputs untouched)
// when only blanks come before `s`. REQUIRES: s <= text.size().
[[nodiscard]] bool SentenceBefore(std::string_view text, size_t s, size_t* start, size_t* end);

// End (exclusive, including the final punctuation; a newline is not included) of the
// sentence containing `pos`.
[[nodiscard]] size_t SentenceEnd(std::string_view text, size_t pos);

// True when text[a, b) holds a sentence end.
[[nodiscard]] bool CrossesSentence(std::string_view text, size_t a, size_t b);

}  // namespace newsfacts::extract
