// The name tagger's feature code (extract/ner_features.h): the one-pass token description and
// the per-language feature bases must give exactly the hashes of the plain definitions
// (LowerInto / ShapeInto / Fnv, Mix(Mix(kind, language), value)) that the model was trained on.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_scan.h"
#include "extract/ner_features.h"

namespace ner = newsfacts::extract::ner;
using newsfacts::extract::Lang;

namespace {

ner::TokenInfo ReferenceDescribe(std::string_view tok) {
  std::string lower, shape;
  ner::LowerInto(tok, &lower);
  ner::ShapeInto(tok, &shape);
  ner::TokenInfo t;
  t.word = ner::Fnv(lower);
  t.shape = ner::Fnv(shape);
  t.s3 = ner::Fnv(ner::SuffixChars(lower, 3));
  t.s4 = ner::Fnv(ner::SuffixChars(lower, 4));
  t.p3 = ner::Fnv(ner::PrefixChars(lower, 3));
  return t;
}

}  // namespace

TEST_CASE("the one-pass token description equals the plain definitions", "[ner]") {
  const std::vector<std::string> tokens = {
      "", "a", "Kralinger", "VIG", "DeepMind", "E&E", "Leipnik-Lundenburger",
      "\xC3\x96sterreichs",                 // Österreichs
      "\xC3\x89XITO",                       // ÉXITO
      std::string("Stra\xC3\x9F") + "e",    // Straße (ß is not a capital)
      "\xC3\x97x",                          // × is not a letter to lower
      std::string("Tecnov\xC3\xAD") + "a",  // Tecnovía
      "A100", "2024",
      "\xE6\x9D\xB1\xE4\xBA\xAC",            // 東京
      "ab\xC3",                              // a lead byte at the very end
      "\xC3",                                // a lead byte alone
      std::string(100, 'X') + "yz\xC3\x84",  // long: no fixed-size buffer
      // ASCII tokens take a one-pass path; the shape stops at 6 classes.
      "A1b2C3d4E5", "Mc-Kinsey&Co", "ab", ",", std::string(1, '\0'),
      // A class seen again after the sixth run, runs of one byte, a NUL inside a word.
      "aB1-cD2-eF", "Xx-xX-xX", "K.r.a.l.i.n.g.e.r", "AAAbbb111---___", std::string("a\0b", 3),
      "M\xC3\x9CNCHEN",                  // MÜNCHEN: ASCII first, then the general path
      std::string("Kralinger\xC3\x84"),  // the first non-ASCII byte last but one
      std::string("\xC3\x9C") + "ber",   // Über: non-ASCII from the first byte
  };
  std::string scratch = "left over from an earlier, longer token";
  for (const std::string& tok : tokens) {
    INFO("token: " << tok);
    const ner::TokenInfo want = ReferenceDescribe(tok);
    const ner::TokenInfo got = ner::Describe(tok, &scratch);
    CHECK(got.word == want.word);
    CHECK(got.shape == want.shape);
    CHECK(got.s3 == want.s3);
    CHECK(got.s4 == want.s4);
    CHECK(got.p3 == want.p3);
    std::string lower;
    ner::LowerInto(tok, &lower);
    CHECK(scratch == lower);
    // The word-and-shape pass gives the same two hashes, and says whether the token is ASCII.
    ner::TokenInfo ws;
    const bool non_ascii = ner::DescribeWordShape(tok, &ws);
    CHECK(ws.word == want.word);
    CHECK(ws.shape == want.shape);
    CHECK(non_ascii == std::any_of(tok.begin(), tok.end(),
                                   [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
    CHECK(ner::ShapeHash(tok) == want.shape);
  }
  // Shapes that differ must hash differently (the shape really is computed).
  CHECK(ner::Describe("Kralinger", &scratch).shape != ner::Describe("VIG", &scratch).shape);
  CHECK(ner::Describe("VIG", &scratch).shape == ner::Describe("ABC", &scratch).shape);
}

TEST_CASE("features from per-language bases equal Mix(Mix(kind, language), value)", "[ner]") {
  std::string scratch;
  ner::TokenContext ctx;
  ctx.prev = ner::Describe("die", &scratch);
  ctx.cur = ner::Describe("Kralinger", &scratch);
  ctx.next = ner::Describe("AG", &scratch);
  for (Lang lang : {Lang::kUnknown, Lang::kDe, Lang::kEs, Lang::kEn}) {
    for (bool first : {false, true}) {
      for (ner::Label pl : {ner::kNerO, ner::kNerPer, ner::kNerOrg, ner::kNerLoc}) {
        ctx.first = first;
        ctx.prev_label = pl;
        uint64_t got[ner::kMaxFeatures];
        const int n = ner::Features(lang, ctx, got);
        REQUIRE(n == 15);
        const uint64_t L = ner::LangHash(lang);
        auto f = [](uint64_t kind, uint64_t lang_or_any, uint64_t value) {
          return ner::Mix(ner::Mix(kind, lang_or_any), value);
        };
        const uint64_t fv = first ? 1 : 2;
        const uint64_t plv = static_cast<uint64_t>(pl) + 11;
        const uint64_t want[15] = {f(ner::kFBias, 0, 0),
                                   f(ner::kFWord, L, ctx.cur.word),
                                   f(ner::kFS3, L, ctx.cur.s3),
                                   f(ner::kFS4, L, ctx.cur.s4),
                                   f(ner::kFP3, L, ctx.cur.p3),
                                   f(ner::kFShape, 0, ctx.cur.shape),
                                   f(ner::kFLangShape, L, ctx.cur.shape),
                                   f(ner::kFPrevWord, L, ctx.prev.word),
                                   f(ner::kFNextWord, L, ctx.next.word),
                                   f(ner::kFPrevShape, 0, ctx.prev.shape),
                                   f(ner::kFNextShape, 0, ctx.next.shape),
                                   f(ner::kFFirst, L, fv),
                                   f(ner::kFFirstWord, fv, ctx.cur.word),
                                   f(ner::kFPrevLabel, 0, plv),
                                   f(ner::kFPrevLabelShape, plv, ctx.cur.shape)};
        for (int k = 0; k < n; ++k) {
          INFO("feature " << k);
          CHECK(got[k] == want[k]);
        }
        // The split a tagger folds: the two features with few values, and the other six in
        // the order of the full list.
        const ner::FeatureBases b = ner::MakeFeatureBases(lang);
        CHECK(ner::FirstFeature(b, first) == want[11]);
        CHECK(ner::PrevLabelFeature(b, pl) == want[13]);
        uint64_t word_ctx[ner::kMaxFeatures];
        REQUIRE(ner::WordContextFeatures(b, ctx, word_ctx) == ner::kWordContextFeatures);
        const uint64_t want_word_ctx[] = {want[7], want[8], want[9], want[10], want[12], want[14]};
        for (int k = 0; k < ner::kWordContextFeatures; ++k) {
          INFO("word context feature " << k);
          CHECK(word_ctx[k] == want_word_ctx[k]);
        }
      }
    }
  }
}

TEST_CASE("the 16-byte ASCII word-run scan ends where the byte loop ends", "[ner]") {
  // scan::AsciiAlnumEnd (SSE2) against a plain loop over IsAsciiAlnum, from every start, on
  // invented text with runs across 16-byte blocks and the bytes next to the ranges (@ [ ` {
  // / :), digits, non-ASCII letters and the end of the text.
  const std::vector<std::string> texts = {
      "",
      "a",
      "Kralinger",
      "DonaublickVersicherungsgesellschaftAG2024 und@mehr[x]`y{z}/0:9",
      "Die Halvoren-Mechanik AG (H\xC3\x84LVOREN) meldete 3,2 Mrd. \xE2\x82\xAC Umsatz.",
      std::string(40, 'Z') + "\xC3\xA9" + std::string(20, '7') + "!",
      std::string("ab\x80") + "cd\xFF" + "ef",
  };
  for (const std::string& text : texts) {
    for (size_t i = 0; i <= text.size(); ++i) {
      size_t want = i;
      while (want < text.size() && newsfacts::extract::scan::IsAsciiAlnum(text[want])) ++want;
      INFO("text: " << text << " start " << i);
      CHECK(newsfacts::extract::scan::AsciiAlnumEnd(text, i) == want);
    }
  }
}

TEST_CASE("the 16-byte cue search finds what the byte loop finds", "[ner]") {
  // scan::FindLower (SSE2 for cues starting with a lower-case letter) against
  // scan::FindLowerScalar, from every start, on invented text: cues in both cases, inside
  // words, across and at the end of 16-byte blocks, a cue at the very end, cues longer than
  // the text, first bytes that only match after folding, and non-letter first bytes.
  namespace scan = newsfacts::extract::scan;
  const std::vector<std::string> texts = {
      "",
      "m",
      "Die Mutter der Kralinger AG, die Muttergesellschaft Halvoren, meldete Eigent\u00FCmer.",
      "La matriz de Tecnov\u00EDa y la MATRIZ de Quilmarena; el parent Brightwater's OWNER",
      std::string(15, 'x') + "owner" + std::string(30, 'o') + "owne" + "r",
      std::string(31, 'a') + "parent",
      "@[`{ mutteR mUTTER mutte mutter@ davon  Davon,davon",
  };
  const std::vector<std::string> cues = {"mutter",
                                         "matriz",
                                         "parent",
                                         "igent\xC3\xBCmer",
                                         "owner",
                                         "davon",
                                         " davon",
                                         "m",
                                         "a",
                                         "x",
                                         "@[",
                                         "o",
                                         "ownerownerownerownerownerowner"};
  for (const std::string& text : texts) {
    for (const std::string& cue : cues) {
      for (size_t from = 0; from <= text.size() + 1; ++from) {
        INFO("text: " << text << " cue: " << cue << " from " << from);
        CHECK(scan::FindLower(text, cue, from) == scan::FindLowerScalar(text, cue, from));
      }
    }
  }
  // It does find things (the comparison above is not between two always-npos searches).
  CHECK(scan::FindLower(texts[2], "mutter") == 4);
  CHECK(scan::FindLower(texts[4], "owner", 16) == 15 + 5 + 30);
  CHECK(scan::FindLower(texts[5], "parent") == 31);
}

TEST_CASE("the 16-byte exact name search finds what string_view find finds", "[ner][speed]") {
  // scan::FindExact (first and last byte of the needle compared 16 starts at a time) against
  // std::string_view::find, from every start, on invented text: names inside longer words, at
  // the ends of 16-byte blocks and of the text, one-byte and two-byte needles, needles longer
  // than the text, first and last bytes that match without the middle, non-ASCII bytes.
  namespace scan = newsfacts::extract::scan;
  const std::vector<std::string> texts = {
      "",
      "K",
      "Kralhuber und die Kralhuber AG; Firma Kralhubers, Drogeriekette Kralhuber",
      std::string(13, 'K') + "Kralr" + std::string(20, 'r') + "Kralhuber",
      "Ana L\u00F3pez Vidal y L\u00F3pez, la L\u00F3pez-Vidal de Almerisa; L\u00F3pe",
      std::string(30, ' ') + "Voltaro",
  };
  const std::vector<std::string> needles = {"Kralhuber",
                                            "Kralhuber AG",
                                            "L\u00F3pez",
                                            "L\u00F3pez Vidal",
                                            "Voltaro",
                                            "K",
                                            "r",
                                            " ",
                                            "Kr",
                                            "rr",
                                            "\xC3\xB3",
                                            "Kralhuber und die Kralhuber AG; "
                                            "Firma Kralhubers, Drogeriekette Kralhuber und mehr"};
  for (const std::string& text : texts) {
    for (const std::string& needle : needles) {
      for (size_t from = 0; from <= text.size() + 1; ++from) {
        INFO("text: " << text << " needle: " << needle << " from " << from);
        CHECK(scan::FindExact(text, needle, from) == std::string_view(text).find(needle, from));
      }
    }
  }
  // It does find things (the comparison above is not between two always-npos searches).
  CHECK(scan::FindExact(texts[2], "Kralhuber", 1) == 18);
  CHECK(scan::FindExact(texts[3], "Kralhuber") == 13 + 5 + 20);
  CHECK(scan::FindExact(texts[5], "Voltaro") == 30);
}

TEST_CASE("the SSE2 name and cue searches return npos for a start near SIZE_MAX", "[ner][speed]") {
  // A start past the last place the needle fits: no match and no block loop (i + 64, i + 32
  // or i + 16 would wrap around to a small index and read before the text).
  namespace scan = newsfacts::extract::scan;
  const std::string text = std::string(70, 'x') + "Quendoria holt 5 Prozent" + std::string(40, 'y');
  const size_t huge[] = {SIZE_MAX,      SIZE_MAX - 1,  SIZE_MAX - 10,
                         SIZE_MAX - 31, SIZE_MAX - 40, text.size() + 100};
  for (size_t from : huge) {
    INFO("from " << from);
    CHECK(scan::FindExact(text, "Quendoria", from) == std::string_view::npos);
    CHECK(scan::FindExact(text, "xx", from) == std::string_view::npos);
    CHECK(scan::FindLower(text, "quendoria", from) == std::string_view::npos);
    CHECK(scan::FindLower(text, "prozent", from) == std::string_view::npos);
  }
  // Negative: an ordinary start still finds the needle.
  CHECK(scan::FindExact(text, "Quendoria", 3) == 70);
  CHECK(scan::FindLower(text, "quendoria", 3) == 70);
}

TEST_CASE("the one-pass search for several cues finds what one FindLower per cue finds",
          "[ner][speed]") {
  // scan::ContainsAnyLower (two first bytes of every cue compared 16 positions at a time)
  // against FindLower per cue, on every window of invented texts: cues in both cases, inside
  // words, cut at the window's ends, first two bytes that only match after folding.
  namespace scan = newsfacts::extract::scan;
  static constexpr std::string_view kCues[] = {"mutter", "matriz", "parent", "igent\xC3\xBCmer",
                                               "owner"};
  static constexpr std::string_view kOdd[] = {"mutter", "@[", "owner"};  // not all letters
  const std::vector<std::string> texts = {
      "Der Mutterkonzern der Kralinger AG, die MUTTERgesellschaft Halvoren; der Eigent\u00FCmer.",
      "La matriz de Tecnov\u00EDa y la MATRIZ de Quilmarena; el Parent de Brightwater, OWNER",
      std::string(15, 'x') + "owner" + std::string(30, 'o') + "owne" + "r",
      std::string(31, 'a') + "pArEnT" + std::string(20, ' ') + "Igent\u00FCmer",
      "@[`{ mutteR mUTTER mutte mutte@ MUtter owNER paren matri igent\u00FC",
  };
  size_t found = 0;
  for (const std::string& text : texts) {
    for (size_t lo = 0; lo <= text.size(); ++lo) {
      for (size_t hi = lo; hi <= text.size(); ++hi) {
        const std::string_view w = std::string_view(text).substr(lo, hi - lo);
        bool want = false, want_odd = false;
        for (std::string_view c : kCues)
          want = want || scan::FindLower(w, c) != std::string_view::npos;
        for (std::string_view c : kOdd) {
          want_odd = want_odd || scan::FindLower(w, c) != std::string_view::npos;
        }
        INFO("window: " << w);
        REQUIRE(scan::ContainsAnyLower(w, kCues) == want);
        REQUIRE(scan::ContainsAnyLower(w, kOdd) == want_odd);
        found += want ? 1 : 0;
      }
    }
  }
  CHECK(found > 1000);
}

TEST_CASE("the byte-set test of a gap agrees with find_first_of", "[ner][speed]") {
  // scan::HasAnyOf against std::string_view::find_first_of on every window of invented
  // texts, with the stop sets the clause walks use (a quote and a line break among them), an
  // empty set and a non-ASCII byte.
  namespace scan = newsfacts::extract::scan;
  static constexpr std::string_view kSets[] = {",;:()", ",;:.!?\n\"", "", "\xE2"};
  const std::vector<std::string> texts = {
      "laut  Kralwerk (Ostmark), sagte: die Firma",
      "according to\nthe \"Velmor\" study; it said!",
      "seg\u00FAn la firma \u201ETarvex\u201C? no",
      " ",
  };
  size_t hits = 0;
  for (const std::string& text : texts) {
    for (size_t lo = 0; lo <= text.size(); ++lo) {
      for (size_t hi = lo; hi <= text.size(); ++hi) {
        const std::string_view w = std::string_view(text).substr(lo, hi - lo);
        for (std::string_view set : kSets) {
          const bool want = w.find_first_of(set) != std::string_view::npos;
          INFO("window: " << w << " set: " << set);
          REQUIRE(scan::HasAnyOf(w, set) == want);
          hits += want ? 1 : 0;
        }
      }
    }
  }
  CHECK(hits > 500);
}

TEST_CASE("a word list's shape filter never rejects a word of the list", "[ner]") {
  // scan::WordShapes (first byte and length of the entries) against the comparison it
  // skips, scan::EqualsLowerAscii with every entry, on invented words in all capitalisations:
  // every word it rejects equals no entry, and it rejects most words that are none.
  namespace scan = newsfacts::extract::scan;
  static constexpr std::string_view kList[] = {"von", "de", "über", "zwischen", "a", "into", "y"};
  static constexpr scan::WordShapes kShapes(kList);
  const std::vector<std::string> words = {"",
                                          "von",
                                          "Von",
                                          "VON",
                                          "vom",
                                          "de",
                                          "DE",
                                          "dE",
                                          "del",
                                          "über",
                                          "Über",
                                          "uber",
                                          "zwischen",
                                          "Zwischenbericht",
                                          "a",
                                          "A",
                                          "an",
                                          "into",
                                          "Into",
                                          "intO",
                                          "y",
                                          "Y",
                                          "x",
                                          "Kralinger",
                                          std::string(40, 'v'),
                                          "zwischenx",
                                          "\xC3\xBC",
                                          "1",
                                          "-"};
  int rejected = 0;
  for (const std::string& w : words) {
    bool equals_one = false;
    for (std::string_view e : kList) equals_one = equals_one || scan::EqualsLowerAscii(w, e);
    INFO("word: " << w);
    if (!kShapes.Maybe(w)) {
      CHECK_FALSE(equals_one);
      ++rejected;
    }
    if (equals_one) CHECK(kShapes.Maybe(w));
  }
  CHECK(kShapes.Maybe("Von"));
  CHECK_FALSE(kShapes.Maybe("Kralinger"));
  CHECK(rejected >= 8);
}

TEST_CASE("the in-place lower-case suffix test agrees with LowerInto and ends_with", "[ner]") {
  // Invented words in any case, with Latin-1 capitals and small letters (2-byte UTF-8) in and
  // before the tail, against suffixes of the cue lists' kind and some that almost match.
  const std::vector<std::string> words = {"Autobauer",
                                          "AUTOBAUER",
                                          "autobauer",
                                          "Bauer",
                                          "Chipriese",
                                          "CHIPRIESE",
                                          "Kralinger-Konzern",
                                          "Kralingerkonzern",
                                          "KRALINGERKONZERN",
                                          "Autoh\xC3\xA4ndler",
                                          "AUTOH\xC3\x84NDLER",
                                          "Autoh\xC3\x84ndler",
                                          "Autoh\xC3\xA4ndlerin",
                                          "\303\234berbauer",
                                          "\xC3\x84",
                                          "er",
                                          "",
                                          "carmaker",
                                          "CARMAKER",
                                          "Chipmaker",
                                          "chip-company",
                                          "COMPANY",
                                          "\303\227bauer",
                                          "Stra\303\237enbauer",
                                          "Gro\xC3\x9F",
                                          "GROSSBANK",
                                          "Sparbank",
                                          "fonds",
                                          "Fonds"};
  const std::vector<std::string> suffixes = {
      "bauer", "konzern", "h\xC3\xA4ndler", "riese",         "maker", "company", "bank",
      "fonds", "er",      "\xC3\xA4ndler",  "\303\267bauer", "ss",    "\xC3\x9F"};
  for (const std::string& w : words) {
    std::string lower;
    ner::LowerInto(w, &lower);
    for (const std::string& s : suffixes) {
      INFO("word " << w << " suffix " << s);
      CHECK(ner::EndsWithLower(w, s) == lower.ends_with(s));
    }
    // Every tail of the lower-cased word is found, and nothing longer than the word.
    for (size_t k = 0; k <= lower.size(); ++k) {
      INFO("word " << w << " tail " << k);
      CHECK(ner::EndsWithLower(w, std::string_view(lower).substr(lower.size() - k)));
    }
    CHECK_FALSE(ner::EndsWithLower(w, lower + "x"));
  }
}

TEST_CASE("the word-and-shape pass of a letter run hands over to the general loop exactly",
          "[ner]") {
  // A letter followed by small ASCII letters takes a shorter path; the first other byte hands
  // it over: after one capital, after small letters, at the first or a later byte, to ASCII
  // and to non-ASCII bytes, at an even or an odd length (two bytes per step). Invented tokens.
  const std::vector<std::string> tokens = {
      "Q",    "z",    "QR",   "Qz7",   "Wubbel-Tor",  "wubbelQ",        "wub9",
      "W-",   ".wub", "Wub",  "wub,",  "Wub\xC3\xA4", "Wu\xC3\x9C\x62", "\xC3\x9Cwub",
      "Wub'", "wu",   "Wubb", "Wubb7", "Wubbe,",      "Wubbel"};
  for (const std::string& tok : tokens) {
    INFO("token '" << tok << "'");
    const ner::TokenInfo want = ReferenceDescribe(tok);
    ner::TokenInfo got;
    const bool non_ascii = ner::DescribeWordShape(tok, &got);
    CHECK(got.word == want.word);
    CHECK(got.shape == want.shape);
    CHECK(non_ascii == std::any_of(tok.begin(), tok.end(),
                                   [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
  }
}

TEST_CASE("the affixes of an ASCII token alone equal those of the full description", "[ner]") {
  // Invented ASCII tokens of every length from 0 to 9, in any case, with digits and
  // punctuation; DescribeWordShape must take each for ASCII (return false) first.
  const std::vector<std::string> tokens = {
      "",       "K",       "kR",      "AG",       "Vig", "E&E",  "Kral",     "KRALI",
      "Kralin", "DeepMnd", "H100GPU", "x-Ray-9z", "Q3",  "2024", "Tecnovia", "BRIGHTWAT"};
  std::string scratch;
  for (const std::string& tok : tokens) {
    INFO("token '" << tok << "'");
    ner::TokenInfo got;
    REQUIRE_FALSE(ner::DescribeWordShape(tok, &got));
    ner::DescribeAsciiAffixes(tok, &got);
    const ner::TokenInfo want = ner::Describe(tok, &scratch);
    CHECK(got.word == want.word);
    CHECK(got.shape == want.shape);
    CHECK(got.s3 == want.s3);
    CHECK(got.s4 == want.s4);
    CHECK(got.p3 == want.p3);
  }
}

TEST_CASE("the word-or-high byte table is the letter-digit-or-non-ASCII test", "[ner]") {
  // scan::IsWordOrHigh (one table load) against the two comparisons the word walks of
  // attribution and the metric cues made before, for every byte value.
  namespace scan = newsfacts::extract::scan;
  int words = 0;
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const bool want = scan::IsAsciiAlnum(c) || b >= 0x80;
    INFO("byte " << b);
    CHECK(scan::IsWordOrHigh(c) == want);
    words += want ? 1 : 0;
  }
  CHECK(words == 62 + 128);
  CHECK_FALSE(scan::IsWordOrHigh(' '));
  CHECK_FALSE(scan::IsWordOrHigh('-'));
  CHECK(scan::IsWordOrHigh('\xC3'));  // lead byte of "ä"
}

TEST_CASE("the four-byte lower-casing lowers what LowerAscii lowers, in every lane", "[entities]") {
  namespace scan = newsfacts::extract::scan;
  // Every byte value in each of the four lanes, the other lanes holding bytes around the
  // letter ranges' edges (a carry or borrow between lanes would change them).
  const unsigned char others[] = {0x00, '@',  'A',  'Z',  '[',  '`', 'a',
                                  'z',  0x7F, 0x80, 0xC1, 0xDA, 0xFF};
  for (int lane = 0; lane < 4; ++lane) {
    for (unsigned b = 0; b < 256; ++b) {
      for (unsigned char o : others) {
        unsigned char in[4] = {o, o, o, o};
        in[lane] = static_cast<unsigned char>(b);
        uint32_t w = 0;
        for (int k = 0; k < 4; ++k) w |= uint32_t{in[k]} << (8 * k);
        const uint32_t lowered = scan::LowerAscii4(w);
        for (int k = 0; k < 4; ++k) {
          const auto got = static_cast<unsigned char>(lowered >> (8 * k));
          const auto want = static_cast<unsigned char>(scan::LowerAscii(static_cast<char>(in[k])));
          if (got != want) FAIL("lane " << k << " byte " << int(in[k]) << " -> " << int(got));
        }
      }
    }
  }
  SUCCEED();
}

TEST_CASE("a dateline's dash is a hyphen, an en dash or an em dash", "[entities]") {
  namespace scan = newsfacts::extract::scan;
  CHECK(scan::DatelineDashLength("- Der") == 1);
  CHECK(scan::DatelineDashLength("\u2013 Der") == 3);
  CHECK(scan::DatelineDashLength("\u2014 Der") == 3);
  // Negative: other punctuation or a word.
  CHECK(scan::DatelineDashLength(": Der") == 0);
  CHECK(scan::DatelineDashLength("Der") == 0);
  CHECK(scan::DatelineDashLength("") == 0);
}

TEST_CASE("a legal-form word is a whole entry of the tagger's legal forms, in its exact bytes",
          "[ner][legal]") {
  for (std::string_view w : {"AG", "GmbH", "KG", "KGaA", "SA", "SpA", "Inc", "Corp", "Holding",
                             "Holdings", "Group", "Gruppe"}) {
    INFO(w);
    CHECK(ner::IsLegalFormWord(w));
  }
  // Negatives: a longer word, another case, a part of a dotted form, a joiner, nothing.
  for (std::string_view w : {"Holdingchef", "AGs", "Gmbh", "ag", "Co", "S", "&", "", "A"}) {
    INFO(w);
    CHECK_FALSE(ner::IsLegalFormWord(w));
  }
}

TEST_CASE("a legal-form word that is no common noun too excludes 'Gruppe' and 'Group'",
          "[ner][legal]") {
  for (std::string_view w : {"AG", "GmbH", "KGaA", "SpA", "Inc", "Holding", "Holdings"}) {
    INFO(w);
    CHECK(ner::IsLegalFormWordNotNoun(w));
  }
  // Negatives: the common nouns of the list, and what IsLegalFormWord rejects.
  for (std::string_view w : {"Gruppe", "Group", "Holdingchef", "Gmbh", "&", ""}) {
    INFO(w);
    CHECK_FALSE(ner::IsLegalFormWordNotNoun(w));
  }
}
