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
#include <string_view>

namespace newsfacts::extract {

// Longest sentence: a run of text without a sentence end is cut into pieces of at most this
// many bytes around the position asked for (keeps attribution linear on unpunctuated text).
inline constexpr size_t kMaxSentenceBytes = 4096;

// True when text[i] ends a sentence. REQUIRES: i < text.size().
[[nodiscard]] bool IsSentenceEnd(std::string_view text, size_t i);

// Start of the sentence containing byte `pos` (first non-space byte after the previous
// end), not before `lo` (a known sentence boundary). REQUIRES: lo <= pos.
[[nodiscard]] size_t SentenceStart(std::string_view text, size_t pos, size_t lo = 0);

// End (exclusive, including the final punctuation; a newline is not included) of the
// sentence containing `pos`.
[[nodiscard]] size_t SentenceEnd(std::string_view text, size_t pos);

// True when text[a, b) holds a sentence end.
[[nodiscard]] bool CrossesSentence(std::string_view text, size_t a, size_t b);

}  // namespace newsfacts::extract
