// Number reading: locale grouping/decimal decisions, spelled-out numbers.
#include <array>
#include <catch2/catch.hpp>
#include <iterator>
#include <string_view>

#include "common/json_writer.h"
#include "extract/figure_finder.h"
#include "extract/function_words.h"

namespace newsfacts::extract {
namespace {

double Digits(std::string_view s, Lang lang) {
  auto n = ParseDigitNumeral(s, 0, lang);
  return n ? n->value : -1;
}

double Spelled(std::string_view s) {
  auto n = ParseSpelledNumeral(s, 0);
  return n ? n->value : -1;
}

TEST_CASE("German numbers: '.' groups, ',' is the decimal", "[numbers][de]") {
  CHECK(Digits("230.000", Lang::kDe) == 230000);
  CHECK(Digits("1.600", Lang::kDe) == 1600);
  CHECK(Digits("6,2", Lang::kDe) == Approx(6.2));
  CHECK(Digits("1.234.567,89", Lang::kDe) == Approx(1234567.89));
}

TEST_CASE("English-style numbers inside German text", "[numbers][de]") {
  CHECK(Digits("200,000 KI-Server", Lang::kDe) == 200000);      // 3 digits: grouping
  CHECK(Digits("1,500 milliarden", Lang::kDe) == Approx(1.5));  // before a scale: decimal
  CHECK(Digits("2,268 euro", Lang::kDe) == Approx(2.268));      // share price
  auto n = ParseDigitNumeral("5.5 milliarden", 0, Lang::kDe);
  REQUIRE(n);
  CHECK(n->value == Approx(5.5));
  CHECK(n->foreign_decimal);
}

TEST_CASE("Spanish numbers: space, NBSP-normalized space and '.' group", "[numbers][es]") {
  CHECK(Digits("850 000 unidades", Lang::kEs) == 850000);
  CHECK(Digits("1,9", Lang::kEs) == Approx(1.9));
  CHECK(Digits("65.800", Lang::kEs) == 65800);
}

TEST_CASE("English numbers: ',' groups, '.' is the decimal", "[numbers][en]") {
  CHECK(Digits("200,000", Lang::kEn) == 200000);
  CHECK(Digits("5.5", Lang::kEn) == Approx(5.5));
  CHECK(Digits("1,234,567.5", Lang::kEn) == Approx(1234567.5));
}

TEST_CASE("malformed numerals are not numbers", "[numbers]") {
  CHECK(Digits("1.2.3", Lang::kDe) == -1);
  CHECK(Digits("30.09.2024", Lang::kDe) == -1);
  CHECK(Digits("1234567890123456789", Lang::kDe) == -1);
  CHECK(Digits("abc", Lang::kDe) == -1);
}

TEST_CASE("a space is not a group separator in a row of numbers", "[numbers][es]") {
  auto n = ParseDigitNumeral("27 30 35 15 122", 9, Lang::kEs);
  REQUIRE(n);
  CHECK(n->value == 15);
}

TEST_CASE("spelled numbers in German", "[numbers][de]") {
  CHECK(Spelled("acht") == 8);
  CHECK(Spelled("zwölf") == 12);
  CHECK(Spelled("zwanzig") == 20);
  CHECK(Spelled("fünfundzwanzig") == 25);
  CHECK(Spelled("zweihundertfünfzig") == 250);
  CHECK(Spelled("dreitausend") == 3000);
  CHECK(Spelled("eine") == -1);  // an article, not a number on its own
}

TEST_CASE("spelled numbers in Spanish", "[numbers][es]") {
  CHECK(Spelled("ocho") == 8);
  CHECK(Spelled("dos mil") == 2000);
  CHECK(Spelled("treinta y cinco") == 35);
  CHECK(Spelled("veinticinco") == 25);
  CHECK(Spelled("doscientos cincuenta") == 250);
  auto n = ParseSpelledNumeral("dos mil millones", 0);  // "mil millones" is a scale
  REQUIRE(n);
  CHECK(n->value == 2);
  CHECK(n->end == 3);
}

TEST_CASE("spelled numbers in English", "[numbers][en]") {
  CHECK(Spelled("twenty-five") == 25);
  CHECK(Spelled("two hundred") == 200);
  CHECK(Spelled("three thousand") == 3000);
  CHECK(Spelled("seven") == 7);
}

}  // namespace
}  // namespace newsfacts::extract

// ---- issue 12: exact values and fractions ---------------------------------------------------

namespace newsfacts::extract {
namespace {

std::string Json(double v) {
  char buf[64];
  return std::string(buf, common::JsonWriter::FormatNumber(v, buf, buf + sizeof buf));
}

TEST_CASE("digit numerals are the double nearest the written decimal", "[numbers]") {
  CHECK(Digits("0,3", Lang::kDe) == 0.3);  // exact, not Approx
  CHECK(Digits("1,7", Lang::kEs) == 1.7);
  CHECK(Digits("12.07", Lang::kEn) == 12.07);
  CHECK(Digits("1.234.567,89", Lang::kDe) == 1234567.89);
}

TEST_CASE("JSON numbers print the shortest decimal, without float noise", "[numbers][json]") {
  CHECK(Json(0.1 * 3) == "0.3");
  CHECK(Json(1.7000000000000002) == "1.7");
  CHECK(Json(0.1) == "0.1");
  CHECK(Json(2.5e12) == "2500000000000");
  CHECK(Json(-0.4) == "-0.4");
  CHECK(Json(1.0 / 3.0) == "0.3333333333333333");  // a real 16-digit value stays
  CHECK(Json(3.125) == "3.125");
}

TEST_CASE("German fractions", "[numbers][de]") {
  CHECK(Spelled("eineinhalb") == 1.5);
  CHECK(Spelled("zweieinhalb") == 2.5);
  CHECK(Spelled("anderthalb") == 1.5);
  CHECK(Spelled("zehntausend") == 10000);
  CHECK(Spelled("zweihunderttausend") == 200000);
}

}  // namespace
}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

TEST_CASE("function words: the figure grammar's determiners add indefinites and al",
          "[function_words]") {
  CHECK(IsArticleOrContraction("una"));
  CHECK(IsArticleOrContraction("Al"));
  CHECK(IsArticleOrContraction("lo"));
  CHECK(IsArticleOrContraction("der"));
  CHECK(IsArticleOrContraction("The"));
  // Negatives: IsArticle keeps to definite articles and demonstratives; a preposition is none.
  CHECK_FALSE(IsArticle("una"));
  CHECK_FALSE(IsArticle("al"));
  CHECK_FALSE(IsArticleOrContraction("de"));
  CHECK_FALSE(IsArticleOrContraction("und"));
}

TEST_CASE("function words: Concat joins C arrays and std::arrays in order", "[function_words]") {
  static constexpr std::string_view kFirst[] = {"alpha", "beta"};
  static constexpr std::array<std::string_view, 1> kSecond = {"gamma"};
  constexpr auto joined = function_words::Concat(kFirst, kSecond, kFirst);
  STATIC_REQUIRE(joined.size() == 5);
  CHECK(joined[1] == "beta");
  CHECK(joined[2] == "gamma");
  CHECK(joined[4] == "beta");
  // The English auxiliaries are the four lists of modals and "be", "have", "do" forms.
  using function_words::kAuxiliariesEn;
  CHECK(kAuxiliariesEn.size() ==
        std::size(function_words::kModalsEn) + std::size(function_words::kBeFormsEn) +
            std::size(function_words::kHaveFormsEn) + std::size(function_words::kDoFormsEn));
  CHECK(scan::InList("must", kAuxiliariesEn));
  CHECK(scan::InList("did", kAuxiliariesEn));
  // Negative: no main verb, no preposition "to".
  CHECK_FALSE(scan::InList("go", kAuxiliariesEn));
  CHECK_FALSE(scan::InList("to", kAuxiliariesEn));
}

}  // namespace
}  // namespace newsfacts::extract
