// Window normalization: Unicode spaces, dashes, quotes, soft hyphens, full-width digits and
// case folding, with offsets back into the original.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "extract/normalize.h"

namespace newsfacts::extract {
namespace {

std::string Norm(std::string_view s) {
  NormalizedWindow w;
  NormalizeWindow(s, 0, s.size(), &w);
  return std::string(w.text);
}

TEST_CASE("normalize folds ASCII and non-ASCII letters", "[normalize]") {
  CHECK(Norm("Milliarden US-Dollar") == "milliarden us-dollar");
  CHECK(Norm("MILLÓN ÜBER") == "millón über");
}

TEST_CASE("normalize maps every Unicode space to an ASCII space", "[normalize]") {
  CHECK(Norm("850\xC2\xA0"
             "000") == "850 000");  // NBSP
  CHECK(Norm("850\xE2\x80\xAF"
             "000") == "850 000");  // narrow NBSP
  CHECK(Norm("850\xE2\x80\x89"
             "000") == "850 000");  // thin space
  CHECK(Norm("a\tb") == "a b");
}

TEST_CASE("normalize maps dashes and quotes, drops soft hyphens", "[normalize]") {
  CHECK(Norm("5\xE2\x80\x93"
             "6") == "5-6");  // en dash
  CHECK(Norm("\xE2\x88\x92"
             "3") == "-3");  // minus sign
  CHECK(Norm("\xE2\x80\x9EHopper\xE2\x80\x9C") == "\"hopper\"");
  CHECK(Norm("Mil\xC2\xADliarden") == "milliarden");  // soft hyphen
}

TEST_CASE("normalize turns full-width digits and signs into ASCII", "[normalize]") {
  CHECK(Norm("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x85") == "12%");  // "１２％"
}

TEST_CASE("normalize keeps currency signs", "[normalize]") {
  CHECK(Norm("5 \xE2\x82\xAC") == "5 \xE2\x82\xAC");
  CHECK(Norm("\xC2\xA3"
             "5") ==
        "\xC2\xA3"
        "5");
}

TEST_CASE("normalize maps each output byte to its original code point", "[normalize]") {
  const std::string s = "x\xC2\xA0\xEF\xBC\x91y";  // x NBSP １ y
  NormalizedWindow w;
  NormalizeWindow(s, 0, s.size(), &w);
  REQUIRE(w.text == "x 1y");
  CHECK(w.OrigStart(1) == 1);
  CHECK(w.OrigEnd(2) == 3);  // NBSP is 2 bytes
  CHECK(w.OrigStart(2) == 3);
  CHECK(w.OrigEnd(3) == 6);  // full-width 1 is 3 bytes
  CHECK(w.OrigStart(3) == 6);
}

TEST_CASE("normalize handles a window inside a larger text", "[normalize]") {
  const std::string s = "abc DEF ghi";
  NormalizedWindow w;
  NormalizeWindow(s, 4, 7, &w);
  CHECK(w.text == "def");
  CHECK(w.OrigStart(0) == 4);
  CHECK(SnapToCharStart("a\xC3\xA4", 2) == 1);
}

TEST_CASE("normalize with its fast paths writes what the per-code-point loop writes",
          "[normalize][speed]") {
  // Invented text: ASCII words of every length (so non-ASCII falls at every offset of a
  // 16-byte block), every two-byte code point, and some longer ones.
  std::vector<std::string> pieces = {
      "Umsatz",           "UND",         "mit\t",        "'x'",          "a",
      "1.234,5",          "   ",         "\xE2\x82\xAC", "\xE2\x80\x93", "\xEF\xBC\x95",
      "\xF0\x9F\x98\x80", "\xE2\x80\xAF"};
  for (char32_t c = 0x80; c < 0x800; ++c) {
    pieces.push_back({static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))});
  }
  std::mt19937 rng(3);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), run(0, 20);
  NormalizedWindow fast, slow;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int k = 0; k < 1 + round % 25; ++k) {
      text.append(run(rng), static_cast<char>('A' + k % 26));
      text += pieces[pick(rng)];
    }
    std::uniform_int_distribution<size_t> pos(0, text.size());
    size_t from = SnapToCharStart(text, pos(rng)), to = SnapToCharStart(text, pos(rng));
    if (from > to) std::swap(from, to);
    NormalizeWindow(text, from, to, &fast);
    normalize_detail::NormalizeWindowPerCodePoint(text, from, to, &slow);
    INFO(text << " [" << from << ", " << to << ")");
    REQUIRE(fast.text == slow.text);
    for (size_t k = 0; k < slow.text.size(); ++k) {
      REQUIRE(fast.begin[k] == slow.begin[k]);
      REQUIRE(fast.End(k) == slow.End(k));
    }
  }
}

}  // namespace
}  // namespace newsfacts::extract
