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

// Context of one token. `prev`/`next` are the neighbouring tokens (punctuation tokens such
// as "," or "." count; "" at the sentence edges). `first` = first token of its sentence.
struct TokenContext {
  std::string_view prev, cur, next;
  bool first = false;
  Label prev_label = kNerO;
};

// Fills out[0..n) with the feature hashes of the token; returns n. `scratch` strings avoid
// allocation across calls.
struct FeatureScratch {
  std::string lw, lp, ln, shape, pshape, nshape;
};
inline int Features(Lang lang, const TokenContext& t, FeatureScratch* s, uint64_t* out) {
  const std::string_view L = LangTag(lang);
  LowerInto(t.cur, &s->lw);
  LowerInto(t.prev, &s->lp);
  LowerInto(t.next, &s->ln);
  ShapeInto(t.cur, &s->shape);
  ShapeInto(t.prev, &s->pshape);
  ShapeInto(t.next, &s->nshape);
  int n = 0;
  out[n++] = FeatureHash("b");
  out[n++] = FeatureHash("w:", L, s->lw);
  out[n++] = FeatureHash("s3:", L, SuffixChars(s->lw, 3));
  out[n++] = FeatureHash("s4:", L, SuffixChars(s->lw, 4));
  out[n++] = FeatureHash("p3:", L, PrefixChars(s->lw, 3));
  out[n++] = FeatureHash("sh:", s->shape);
  out[n++] = FeatureHash("Lsh:", L, s->shape);
  out[n++] = FeatureHash("pw:", L, s->lp);
  out[n++] = FeatureHash("nw:", L, s->ln);
  out[n++] = FeatureHash("psh:", s->pshape);
  out[n++] = FeatureHash("nsh:", s->nshape);
  out[n++] = FeatureHash("f:", L, t.first ? "1" : "0");
  out[n++] = FeatureHash("fw:", t.first ? "1" : "0", s->lw);
  out[n++] = FeatureHash("pl:", kLabelNames[t.prev_label]);
  out[n++] = FeatureHash("plsh:", kLabelNames[t.prev_label], s->shape);
  return n;
}

}  // namespace newsfacts::extract::ner
