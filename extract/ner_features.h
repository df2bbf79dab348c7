#pragma once
// Internal to the name tagger (extract/ner_tagger.cc) and its trainer (tools/ner_train):
// the feature set of the averaged-perceptron name classifier, so training and run time
// compute exactly the same features. Not part of the public extract/ API.
//
// The classifier labels one capitalised token at a time (kNerO / PER / ORG / LOC) from the
// token, its neighbours, its shape and the label given to the token before. Features are
// 64-bit FNV-1a hashes of short strings ("w:de:kralinger", "s3:de:ger", "sh:Xx" ...).
// Thread-safety: pure functions.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/article.h"

namespace newsfacts::extract::ner {

enum Label : uint8_t { kNerO = 0, kNerPer, kNerOrg, kNerLoc };
inline constexpr int kNumLabels = 4;
inline constexpr std::string_view kLabelNames[kNumLabels] = {"O", "PER", "ORG", "LOC"};

// Lower-cases ASCII and the Latin-1 capitals U+00C0..U+00DE (Ä -> ä, É -> é); other bytes
// unchanged.
inline void LowerInto(std::string_view s, std::string* out) {
  out->resize(s.size());  // same length: written in place, no push_back per byte
  char* o = out->data();
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      o[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      o[i] = static_cast<char>(c);
      o[i + 1] = static_cast<char>((d >= 0x80 && d <= 0x9E && d != 0x97) ? d + 0x20 : d);
      ++i;
    } else {
      o[i] = static_cast<char>(c);
    }
  }
}

// Spanish: whether `w` is the first word of a public body's name that keeps to its sentence
// (PublicBodiesEs, extractor.h): police forces, prosecutors, courts and the armed forces, as
// written ("Guardia" of "la Guardia Civil", "Tribunal", "Fiscalía", "Corte", "Mossos").
// Not the government or a ministry: Spanish news makes them the subject of the sentences
// after (their plans, grants, purchases), and the corpus and the readable sets lost figures
// so (session 27). Defined in ner_tagger.cc beside InstitutionHeadEs, the heads of
// institutions' names: the Spanish public-body heads have this one home. Exact bytes.
bool PublicBodyHeadEs(std::string_view w);

// Whether the name `name` ends in a legal form after a space ("Kralco SA", "Velmora GmbH & Co.
// KG", "Tarvos Ltd"): kLegalForms of ner_tagger.cc, the tagger's one list. Exact bytes.
bool EndsWithLegalForm(std::string_view name);
// Whether the word `word` (a token without dots: "AG", "GmbH", "Inc", "Holding") is one of
// kLegalForms, the one list EndsWithLegalForm reads ("Inc" of "Inc." is its own entry; "S.A."
// never is a word). Exact bytes.
bool IsLegalFormWord(std::string_view word);
// IsLegalFormWord without the legal forms that are common nouns too ("Gruppe", "Group":
// "sagte Kralhuber Gruppe C sei schwer" names no firm): the subset for one word after a bare
// surname (WrittenAsCompanyDe, extractor.cc). Exact bytes.
bool IsLegalFormWordNotNoun(std::string_view word);

// English: the head words of a trade or industry body's name, one home for the trade-body
// test (TradeBodyEn, attribution.cc) and the tagger's institution heads (InstitutionHeadEn,
// ner_tagger.cc, which reads both lists beside heads of bodies that are no trade body:
// "Corporation", "Fund", "Ministry" …). kTradeBodyHeadsEn makes a name a trade body's
// ("Kralland Timber Merchants' Federation"); kTradeBodyOfHeadsEn does before "of" / "for"
// ("Council of Pellam Shippers", "Chamber of Commerce"). Exact bytes.
inline constexpr std::string_view kTradeBodyHeadsEn[] = {
    "Association", "Associations", "Consortium", "Federation", "Confederation"};
inline constexpr std::string_view kTradeBodyOfHeadsEn[] = {"Council", "Institute", "Society",
                                                           "Chamber"};

// True when LowerInto(word) ends with `lower_suffix` (already lower-case): compares the tail
// of `word` byte for byte, lower-casing as LowerInto does, without a lower-cased copy.
// REQUIRES: `word` is valid UTF-8.
inline bool EndsWithLower(std::string_view word, std::string_view lower_suffix) {
  if (word.size() < lower_suffix.size()) return false;
  const size_t p = word.size() - lower_suffix.size();
  for (size_t k = 0; k < lower_suffix.size(); ++k) {
    auto c = static_cast<unsigned char>(word[p + k]);
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + 32);
    } else if (c >= 0x80 && c <= 0x9E && c != 0x97 && p + k > 0 &&
               static_cast<unsigned char>(word[p + k - 1]) == 0xC3) {
      c = static_cast<unsigned char>(c + 0x20);  // the second byte of a Latin-1 capital
    }
    if (c != static_cast<unsigned char>(lower_suffix[k])) return false;
  }
  return true;
}

// True when `w` is a capitalised particle of a surname ("De", "Del", "Van", "Von", "Di",
// "Da"): part of a person's name ("De Ralo", "Van Dalen"), not a preposition.
inline bool IsNameParticle(std::string_view w) {
  for (std::string_view p : {"De", "Del", "Van", "Von", "Di", "Da"}) {
    if (w == p) return true;
  }
  return false;
}

// True when the token starts with a capital letter (ASCII or Latin-1 À..Þ).
inline bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && s.size() > 1) {
    unsigned char d = static_cast<unsigned char>(s[1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  return false;
}

// The shape class of the character at s[*i] (REQUIRES: *i < s.size()): 'X', 'x', 'd' or the
// ASCII byte itself (NUL included); for a multi-byte character *i moves to its last byte.
// Returns -1 for a stray continuation byte, which has no class (skipped).
inline int ShapeClassAt(std::string_view s, size_t* i) {
  const auto c = static_cast<unsigned char>(s[*i]);
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c < 0x80) return static_cast<char>(c);
  if (c < 0xC0) return -1;
  const size_t n = s.size();
  const char k =
      (c == 0xC3 && *i + 1 < n && static_cast<unsigned char>(s[*i + 1]) <= 0x9E) ? 'X' : 'x';
  while (*i + 1 < n && (static_cast<unsigned char>(s[*i + 1]) & 0xC0) == 0x80) ++*i;
  return k;
}

// Word shape: X upper, x lower (any non-ASCII byte of a letter counts as x unless it is a
// Latin-1 capital), d digit, other characters as they are; repeats collapsed, at most 6.
inline void ShapeInto(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size() && out->size() < 6; ++i) {
    const int cls = ShapeClassAt(s, &i);
    if (cls < 0) continue;
    const auto k = static_cast<char>(cls);
    if (out->empty() || out->back() != k) out->push_back(k);
  }
}

// Last `n` code points of s.
inline std::string_view SuffixChars(std::string_view s, size_t n) {
  size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --n;
  }
  return s.substr(i);
}
inline std::string_view PrefixChars(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return s.substr(0, i);
}

inline uint64_t FeatureHash(std::string_view a, std::string_view b = {}, std::string_view c = {}) {
  uint64_t h = 1469598103934665603ull;
  for (std::string_view part : {a, b, c}) {
    for (char ch : part) {
      h ^= static_cast<unsigned char>(ch);
      h *= 1099511628211ull;
    }
    h ^= 0xFF;  // part separator
    h *= 1099511628211ull;
  }
  return h;
}

// The language's part of the feature hashes (the trained model's keys depend on it). Its own
// switch rather than LangName: the trainer (tools/ner_train) compiles this header without
// the extract library.
inline std::string_view LangTag(Lang lang) {
  switch (lang) {
    case Lang::kDe:
      return "de";
    case Lang::kEs:
      return "es";
    case Lang::kEn:
      return "en";
    default:
      return "xx";
  }
}

inline constexpr int kMaxFeatures = 16;

inline uint64_t Fnv(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char ch : s) {
    h ^= static_cast<unsigned char>(ch);
    h *= 1099511628211ull;
  }
  return h;
}
// Fnv of the LowerInto form of s, without writing it.
inline uint64_t LowerHash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + 32);
    } else if (c == 0xC3 && i + 1 < n) {
      h = (h ^ c) * 1099511628211ull;
      const auto d = static_cast<unsigned char>(s[++i]);
      c = (d >= 0x80 && d <= 0x9E && d != 0x97) ? static_cast<unsigned char>(d + 0x20) : d;
    }
    h = (h ^ c) * 1099511628211ull;
  }
  return h;
}
// Fnv(s without its last byte) from h = Fnv(s) and that byte: FNV-1a steps can be undone
// (the prime is odd, so it has an inverse modulo 2^64).
inline constexpr uint64_t kFnvPrimeInverse = [] {
  uint64_t x = 1099511628211ull;  // Newton: each step doubles the correct low bits
  for (int k = 0; k < 6; ++k) x *= 2 - 1099511628211ull * x;
  return x;
}();
static_assert(kFnvPrimeInverse * 1099511628211ull == 1);
inline uint64_t FnvPop(uint64_t h, unsigned char last) {
  return (h * kFnvPrimeInverse) ^ last;
}
// Combines two hashes (order matters).
inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t h = a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// A first argument of Mix with its own part of the sum computed ahead: Mix(key, b) ==
// Mix(key.a, b). The feature bases below are the first argument of every token's features.
struct MixKey {
  uint64_t a = 0;
  uint64_t k = 0;  // 0x9e3779b97f4a7c15 + (a << 6) + (a >> 2)
};
inline constexpr MixKey MakeMixKey(uint64_t a) {
  return {a, 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2)};
}
inline uint64_t Mix(const MixKey& key, uint64_t b) {
  uint64_t h = key.a ^ (b + key.k);  // the same sum as Mix's, added in another order
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// Hashes of one token, computed once per token and shared by its neighbours' features.
struct TokenInfo {
  uint64_t word = 0;   // lower-cased text
  uint64_t shape = 0;  // ShapeInto
  uint64_t s3 = 0, s4 = 0, p3 = 0;
};
// Shape class of an ASCII byte for ShapeInto: X upper, x lower, d digit, else the byte; and
// the byte lower-cased as LowerInto does.
struct AsciiShapeTable {
  char k[128] = {};
  unsigned char lower[128] = {};
  constexpr AsciiShapeTable() {
    for (int c = 0; c < 128; ++c) {
      k[c] = (c >= 'A' && c <= 'Z')   ? 'X'
             : (c >= 'a' && c <= 'z') ? 'x'
             : (c >= '0' && c <= '9') ? 'd'
                                      : static_cast<char>(c);
      lower[c] = static_cast<unsigned char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
  }
};
inline constexpr AsciiShapeTable kAsciiShape{};

// The word and shape hashes of an ASCII token, one byte at a time: the one home of the
// ASCII step shared by Describe and DescribeWordShape (same hashes as Fnv over LowerInto /
// ShapeInto). Not thread-safe; a value per token.
struct AsciiWordShape {
  uint64_t word = 1469598103934665603ull;
  uint64_t shape = 1469598103934665603ull;
  int last = -1;  // shape class of the last byte (-1: none yet; classes are 0..127)
  int runs = 0;   // shape runs hashed (at most 6; later runs only move `last`)
  // REQUIRES: c < 0x80. Adds c and returns it lower-cased. A byte of the same class as the
  // one before (most bytes) costs one comparison besides the word hash.
  unsigned char Add(unsigned char c) {
    constexpr uint64_t kPrime = 1099511628211ull;
    const int k = kAsciiShape.k[c];
    if (k != last) {
      if (runs < 6) {
        shape = (shape ^ static_cast<unsigned char>(k)) * kPrime;
        ++runs;
      }
      last = k;
    }
    c = kAsciiShape.lower[c];
    word = (word ^ c) * kPrime;
    return c;
  }
};

// Fnv(ShapeInto(tok)) without building the shape string: the general loop (any bytes).
inline uint64_t ShapeHash(std::string_view tok) {
  constexpr uint64_t kPrime = 1099511628211ull;
  const size_t n = tok.size();
  uint64_t sh = 1469598103934665603ull;
  char last = 0;
  int len = 0;
  for (size_t i = 0; i < n && len < 6; ++i) {
    const int cls = ShapeClassAt(tok, &i);
    if (cls < 0) continue;
    const auto k = static_cast<char>(cls);
    if (len == 0 || last != k) {
      sh = (sh ^ static_cast<unsigned char>(k)) * kPrime;
      last = k;
      ++len;
    }
  }
  return sh;
}

// Describes `tok`: the same hashes as Fnv over LowerInto / ShapeInto / SuffixChars /
// PrefixChars (a test checks it) without building the shape string. An ASCII token takes one
// pass (lower-casing, word hash and shape together; affixes by position); a token with other
// bytes takes the general passes. `scratch` receives the lower-cased token (its capacity is
// reused).
inline TokenInfo Describe(std::string_view tok, std::string* scratch) {
  constexpr uint64_t kPrime = 1099511628211ull;
  TokenInfo t;
  const size_t n = tok.size();
  scratch->resize(n);
  char* lo = scratch->data();
  // ASCII pass: stops at the first byte >= 0x80.
  AsciiWordShape ws;
  size_t i = 0;
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(tok[i]);
    if (c >= 0x80) break;
    lo[i] = static_cast<char>(ws.Add(c));
  }
  uint64_t h = ws.word;
  if (i == n) {  // all ASCII: characters are bytes
    const std::string_view lower(lo, n);
    t.word = ws.word;
    t.shape = ws.shape;
    t.s3 = Fnv(lower.substr(n >= 3 ? n - 3 : 0));
    t.s4 = Fnv(lower.substr(n >= 4 ? n - 4 : 0));
    t.p3 = Fnv(lower.substr(0, 3));
    return t;
  }
  for (; i < n; ++i) {
    auto c = static_cast<unsigned char>(tok[i]);
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + 32);
    } else if (c == 0xC3 && i + 1 < n) {  // LowerInto: Latin-1 capitals À..Þ (not ×)
      lo[i] = static_cast<char>(c);
      h = (h ^ c) * kPrime;
      auto d = static_cast<unsigned char>(tok[++i]);
      c = (d >= 0x80 && d <= 0x9E && d != 0x97) ? static_cast<unsigned char>(d + 0x20) : d;
    }
    lo[i] = static_cast<char>(c);
    h = (h ^ c) * kPrime;
  }
  const std::string_view lower(lo, n);
  t.word = h;
  t.s3 = Fnv(SuffixChars(lower, 3));
  t.s4 = Fnv(SuffixChars(lower, 4));
  t.p3 = Fnv(PrefixChars(lower, 3));
  t.shape = ShapeHash(tok);
  return t;
}
// Sets `word` and `shape` of *out as Describe(tok) would (what a neighbour's features use),
// the other fields unspecified, without writing the lower-cased token. An ASCII token takes
// one pass and returns false (DescribeAsciiAffixes completes it); a token with other bytes
// continues the word hash from its first such byte, hashes the shape by the general loop and
// returns true (Describe completes it).
inline bool DescribeWordShape(std::string_view tok, TokenInfo* out) {
  constexpr uint64_t kPrime = 1099511628211ull;
  constexpr uint64_t kBasis = 1469598103934665603ull;
  // Shape hashes of the runs "X", "X" then "x", and "x" (as AsciiWordShape::Add builds them).
  constexpr uint64_t kShapeX = (kBasis ^ 'X') * kPrime;
  constexpr uint64_t kShapeXx = (kShapeX ^ 'x') * kPrime;
  constexpr uint64_t kShapex = (kBasis ^ 'x') * kPrime;
  AsciiWordShape ws;
  const size_t n = tok.size();
  size_t i = 0;
  // Most words are an ASCII letter and small ASCII letters after it ("Umsatz", "sales"):
  // their shape is one of three constants, so each byte costs only the word hash. The first
  // other byte hands the state over to the general loop below.
  if (n > 0) {
    const auto c0 = static_cast<unsigned char>(tok[0]);
    const bool upper = static_cast<unsigned>(c0 - 'A') < 26;
    if (upper || static_cast<unsigned>(c0 - 'a') < 26) {
      uint64_t h = (kBasis ^ (c0 | 0x20U)) * kPrime;
      auto small = [](unsigned char c) { return static_cast<unsigned>(c - 'a') < 26; };
      // Two bytes per step (one loop test for both), then the last one.
      for (i = 1; i + 1 < n; i += 2) {
        const auto c = static_cast<unsigned char>(tok[i]);
        const auto d = static_cast<unsigned char>(tok[i + 1]);
        if (!small(c)) break;
        h = (h ^ c) * kPrime;
        if (!small(d)) {
          ++i;
          break;
        }
        h = (h ^ d) * kPrime;
      }
      if (i + 1 == n && small(static_cast<unsigned char>(tok[i]))) {
        h = (h ^ static_cast<unsigned char>(tok[i])) * kPrime;
        ++i;
      }
      ws.word = h;
      if (upper && i == 1) {
        ws.shape = kShapeX;
        ws.last = 'X';
        ws.runs = 1;
      } else {
        ws.shape = upper ? kShapeXx : kShapex;
        ws.last = 'x';
        ws.runs = upper ? 2 : 1;
      }
    }
  }
  for (; i < n; ++i) {
    auto c = static_cast<unsigned char>(tok[i]);
    if (c >= 0x80) {
      uint64_t h = ws.word;  // LowerHash from byte i on
      for (; i < n; ++i) {
        c = static_cast<unsigned char>(tok[i]);
        if (c >= 'A' && c <= 'Z') {
          c = static_cast<unsigned char>(c + 32);
        } else if (c == 0xC3 && i + 1 < n) {
          h = (h ^ c) * 1099511628211ull;
          const auto d = static_cast<unsigned char>(tok[++i]);
          c = (d >= 0x80 && d <= 0x9E && d != 0x97) ? static_cast<unsigned char>(d + 0x20) : d;
        }
        h = (h ^ c) * 1099511628211ull;
      }
      out->word = h;
      out->shape = ShapeHash(tok);
      return true;
    }
    ws.Add(c);
  }
  out->word = ws.word;
  out->shape = ws.shape;
  return false;
}
// Sets `s3`, `s4` and `p3` of *out as Describe(tok) would, for a token DescribeWordShape
// found to be ASCII (it returned false): the affixes lower-cased in a 4-byte buffer, no pass
// over the whole token. REQUIRES: every byte of `tok` < 0x80.
inline void DescribeAsciiAffixes(std::string_view tok, TokenInfo* out) {
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  const size_t n = tok.size();
  char tail[4] = {};
  const size_t t = n < 4 ? n : 4;
  for (size_t k = 0; k < 4; ++k) {
    if (k < t) tail[k] = lower(tok[n - t + k]);
  }
  const std::string_view tail4(tail, t);
  out->s4 = Fnv(tail4);
  out->s3 = Fnv(tail4.substr(t >= 3 ? t - 3 : 0));
  char head[3] = {};
  const size_t h = n < 3 ? n : 3;
  for (size_t k = 0; k < 3; ++k) {
    if (k < h) head[k] = lower(tok[k]);
  }
  out->p3 = Fnv(std::string_view(head, h));
}
// The description of "no token" (sentence edge).
inline TokenInfo EdgeInfo() {
  std::string scratch;
  return Describe({}, &scratch);
}

// Context of one token: its own and its neighbours' descriptions (punctuation tokens such
// as "," count as neighbours; EdgeInfo() at the sentence edges), `first` = first word of
// its sentence, and the label given to the token before.
struct TokenContext {
  TokenInfo prev, cur, next;
  bool first = false;
  Label prev_label = kNerO;
};

// Feature kinds; each feature is Mix(Mix(kind, language), value).
enum FeatureKind : uint64_t {
  kFBias = 1,
  kFWord,
  kFS3,
  kFS4,
  kFP3,
  kFShape,
  kFLangShape,
  kFPrevWord,
  kFNextWord,
  kFPrevShape,
  kFNextShape,
  kFFirst,
  kFFirstWord,
  kFPrevLabel,
  kFPrevLabelShape
};

inline uint64_t LangHash(Lang lang) {
  return Fnv(LangTag(lang));
}

// The per-language parts of the feature hashes, Mix(kind, language or "any" or a small
// value), computed once per language instead of once per token (Features()), each as a
// MixKey (its share of the second Mix computed too).
struct FeatureBases {
  MixKey bias, word, s3, s4, p3, shape, lang_shape, prev_word, next_word, prev_shape, next_shape,
      first;
  MixKey first_word[2];  // [t.first ? 0 : 1]
  MixKey prev_label, prev_label_shape[kNumLabels];
};
inline FeatureBases MakeFeatureBases(Lang lang) {
  const uint64_t L = LangHash(lang);
  const uint64_t any = 0;
  FeatureBases b{};
  b.bias = MakeMixKey(Mix(kFBias, any));
  b.word = MakeMixKey(Mix(kFWord, L));
  b.s3 = MakeMixKey(Mix(kFS3, L));
  b.s4 = MakeMixKey(Mix(kFS4, L));
  b.p3 = MakeMixKey(Mix(kFP3, L));
  b.shape = MakeMixKey(Mix(kFShape, any));
  b.lang_shape = MakeMixKey(Mix(kFLangShape, L));
  b.prev_word = MakeMixKey(Mix(kFPrevWord, L));
  b.next_word = MakeMixKey(Mix(kFNextWord, L));
  b.prev_shape = MakeMixKey(Mix(kFPrevShape, any));
  b.next_shape = MakeMixKey(Mix(kFNextShape, any));
  b.first = MakeMixKey(Mix(kFFirst, L));
  b.first_word[0] = MakeMixKey(Mix(kFFirstWord, 1));
  b.first_word[1] = MakeMixKey(Mix(kFFirstWord, 2));
  b.prev_label = MakeMixKey(Mix(kFPrevLabel, any));
  for (int l = 0; l < kNumLabels; ++l) {
    b.prev_label_shape[l] = MakeMixKey(Mix(kFPrevLabelShape, static_cast<uint64_t>(l) + 11));
  }
  return b;
}

// The features of the token alone (word, affixes, shape; the first kTokenFeatures of
// Features()): the same for every occurrence of the token, so a tagger may cache their sum.
inline constexpr int kTokenFeatures = 7;
inline int TokenFeatures(const FeatureBases& b, const TokenInfo& cur, uint64_t* out) {
  int n = 0;
  out[n++] = Mix(b.bias, 0);
  out[n++] = Mix(b.word, cur.word);
  out[n++] = Mix(b.s3, cur.s3);
  out[n++] = Mix(b.s4, cur.s4);
  out[n++] = Mix(b.p3, cur.p3);
  out[n++] = Mix(b.shape, cur.shape);
  out[n++] = Mix(b.lang_shape, cur.shape);
  return n;
}
// Two context features take one of a few values only: whether the token starts its sentence
// and the previous token's label. A tagger may sum their weights ahead, per (first,
// previous label), and look up only the WordContextFeatures per token.
inline uint64_t FirstFeature(const FeatureBases& b, bool first) {
  return Mix(b.first, first ? 1 : 2);
}
inline uint64_t PrevLabelFeature(const FeatureBases& b, Label prev_label) {
  return Mix(b.prev_label, static_cast<uint64_t>(prev_label) + 11);
}
// The context features that vary with the words (ContextFeatures without FirstFeature and
// PrevLabelFeature, in the same order otherwise).
inline constexpr int kWordContextFeatures = 6;
// From the three descriptions in place (the tagger's per-token memo: no copy into a
// TokenContext); the same features as the TokenContext form below.
inline int WordContextFeatures(const FeatureBases& b, const TokenInfo& prev, const TokenInfo& cur,
                               const TokenInfo& next, bool first, Label prev_label, uint64_t* out) {
  int n = 0;
  out[n++] = Mix(b.prev_word, prev.word);
  out[n++] = Mix(b.next_word, next.word);
  out[n++] = Mix(b.prev_shape, prev.shape);
  out[n++] = Mix(b.next_shape, next.shape);
  out[n++] = Mix(b.first_word[first ? 0 : 1], cur.word);
  out[n++] = Mix(b.prev_label_shape[prev_label], cur.shape);
  return n;
}
inline int WordContextFeatures(const FeatureBases& b, const TokenContext& t, uint64_t* out) {
  return WordContextFeatures(b, t.prev, t.cur, t.next, t.first, t.prev_label, out);
}
// The features of the token in its context (the rest of Features()); they use only `word`
// and `shape` of the three descriptions.
inline int ContextFeatures(const FeatureBases& b, const TokenContext& t, uint64_t* out) {
  int n = 0;
  out[n++] = Mix(b.prev_word, t.prev.word);
  out[n++] = Mix(b.next_word, t.next.word);
  out[n++] = Mix(b.prev_shape, t.prev.shape);
  out[n++] = Mix(b.next_shape, t.next.shape);
  out[n++] = FirstFeature(b, t.first);
  out[n++] = Mix(b.first_word[t.first ? 0 : 1], t.cur.word);
  out[n++] = PrevLabelFeature(b, t.prev_label);
  out[n++] = Mix(b.prev_label_shape[t.prev_label], t.cur.shape);
  return n;
}
// Fills out[0..n) with the feature hashes of the token; returns n. Feature 1 is the word
// itself (the tagger uses its presence in the model as "known word"). Each feature is
// Mix(Mix(kind, language or "any"), value); `b` = MakeFeatureBases(language).
inline int Features(const FeatureBases& b, const TokenContext& t, uint64_t* out) {
  const int n = TokenFeatures(b, t.cur, out);
  return n + ContextFeatures(b, t, out + n);
}
inline int Features(Lang lang, const TokenContext& t, uint64_t* out) {
  return Features(MakeFeatureBases(lang), t, out);
}

}  // namespace newsfacts::extract::ner
