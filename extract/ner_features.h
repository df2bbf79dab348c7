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
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      out->push_back(static_cast<char>(c + 32));
    } else if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      out->push_back(static_cast<char>(c));
      out->push_back(static_cast<char>((d >= 0x80 && d <= 0x9E && d != 0x97) ? d + 0x20 : d));
      ++i;
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
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

// Word shape: X upper, x lower (any non-ASCII byte of a letter counts as x unless it is a
// Latin-1 capital), d digit, other characters as they are; repeats collapsed, at most 6.
inline void ShapeInto(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size() && out->size() < 6; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
    } else if (c >= '0' && c <= '9') {
      k = 'd';
    } else if (c >= 0xC0) {
      k = (c == 0xC3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9E) ? 'X'
                                                                                          : 'x';
      while (i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) ++i;
    } else if (c >= 0x80) {
      continue;
    } else {
      k = static_cast<char>(c);
    }
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
// Combines two hashes (order matters).
inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t h = a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
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
inline TokenInfo Describe(std::string_view tok, std::string* lower, std::string* shape) {
  TokenInfo t;
  LowerInto(tok, lower);
  ShapeInto(tok, shape);
  t.word = Fnv(*lower);
  t.shape = Fnv(*shape);
  t.s3 = Fnv(SuffixChars(*lower, 3));
  t.s4 = Fnv(SuffixChars(*lower, 4));
  t.p3 = Fnv(PrefixChars(*lower, 3));
  return t;
}
// The description of "no token" (sentence edge).
inline TokenInfo EdgeInfo() {
  std::string a, b;
  return Describe({}, &a, &b);
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

// Fills out[0..n) with the feature hashes of the token; returns n. Feature 1 is the word
// itself (the tagger uses its presence in the model as "known word").
inline int Features(Lang lang, const TokenContext& t, uint64_t* out) {
  const uint64_t L = LangHash(lang);
  const uint64_t any = 0;
  auto f = [](uint64_t kind, uint64_t lang_or_any, uint64_t value) {
    return Mix(Mix(kind, lang_or_any), value);
  };
  const uint64_t first = t.first ? 1 : 2;
  const uint64_t pl = static_cast<uint64_t>(t.prev_label) + 11;
  int n = 0;
  out[n++] = f(kFBias, any, 0);
  out[n++] = f(kFWord, L, t.cur.word);
  out[n++] = f(kFS3, L, t.cur.s3);
  out[n++] = f(kFS4, L, t.cur.s4);
  out[n++] = f(kFP3, L, t.cur.p3);
  out[n++] = f(kFShape, any, t.cur.shape);
  out[n++] = f(kFLangShape, L, t.cur.shape);
  out[n++] = f(kFPrevWord, L, t.prev.word);
  out[n++] = f(kFNextWord, L, t.next.word);
  out[n++] = f(kFPrevShape, any, t.prev.shape);
  out[n++] = f(kFNextShape, any, t.next.shape);
  out[n++] = f(kFFirst, L, first);
  out[n++] = f(kFFirstWord, first, t.cur.word);
  out[n++] = f(kFPrevLabel, any, pl);
  out[n++] = f(kFPrevLabelShape, pl, t.cur.shape);
  return n;
}

}  // namespace newsfacts::extract::ner
