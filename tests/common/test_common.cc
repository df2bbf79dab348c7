// common/: RFC 3339 time, terminal-safe text, the text table, UTF-8 helpers, the binary codec
// and the JSON writer's escaping.
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/bytes.h"
#include "common/escape.h"
#include "common/json_writer.h"
#include "common/table.h"
#include "common/terminal.h"
#include "common/time.h"
#include "common/utf8.h"

namespace newsfacts::common {
namespace {

TEST_CASE("RFC 3339 timestamps parse to UTC milliseconds", "[common][time]") {
  CHECK(ParseRfc3339Ms("2024-09-30T12:00:00Z") == 1727697600000);
  CHECK(ParseRfc3339Ms("2024-09-30t12:00:00z") == 1727697600000);
  CHECK(ParseRfc3339Ms("2024-09-30 12:00:00Z") == 1727697600000);
  CHECK(ParseRfc3339Ms("2024-09-30T14:00:00+02:00") == 1727697600000);
  CHECK(ParseRfc3339Ms("2024-09-30T07:30:00-04:30") == 1727697600000);
  CHECK(ParseRfc3339Ms("2024-09-30T12:00:00.25Z") == 1727697600250);
  CHECK(ParseRfc3339Ms("2024-09-30T12:00:00.123999Z") == 1727697600123);  // truncated
  CHECK(ParseRfc3339Ms("2024-09-30") == 1727654400000);                   // midnight UTC
  CHECK(ParseRfc3339Ms("1969-12-31T23:59:59Z") == -1000);
  CHECK(ParseRfc3339Ms("2024-02-29T00:00:00Z") == 1709164800000);  // leap year
  CHECK(ParseRfc3339Ms("2000-02-29") == 951782400000);             // divisible by 400
  // A leap second reads as the next second.
  CHECK(ParseRfc3339Ms("2016-12-31T23:59:60Z") == ParseRfc3339Ms("2017-01-01T00:00:00Z"));
}

TEST_CASE("impossible dates, times and offsets are rejected", "[common][time]") {
  for (const char* bad : {
           "2025-02-30T00:00:00Z",  // no such day
           "2023-02-29",            // not a leap year
           "1900-02-29",            // divisible by 100, not by 400
           "2025-04-31",            // April has 30 days
           "2025-13-01",
           "2025-00-10",
           "2025-01-00",
           "2025-01-32",
           "2025-01-01T24:00:00Z",
           "2025-01-01T23:60:00Z",
           "2025-01-01T23:59:61Z",
           "2025-01-01T00:00:00+99:99",  // offset out of range
           "2025-01-01T00:00:00+24:00",
           "2025-01-01T00:00:00-23:60",
           "2025-01-01T00:00:00",    // a time needs a zone
           "2025-01-01T00:00:00.Z",  // a fraction needs digits
           "2025-01-01T00:00:00Zjunk",
           "2025-01-01T00:00Z",
           "2025-1-01",
           "20250101",
           "",
           "2025-01-01T00:00:00+0200",
           "２０２５-01-01",
       }) {
    INFO(bad);
    CHECK_FALSE(ParseRfc3339Ms(bad).has_value());
  }
}

TEST_CASE("times format as RFC 3339 UTC and read back", "[common][time]") {
  CHECK(FormatRfc3339Ms(1727697600000) == "2024-09-30T12:00:00Z");
  CHECK(FormatRfc3339Ms(1727697600250) == "2024-09-30T12:00:00.250Z");
  CHECK(FormatRfc3339Ms(1727697600000, Millis::kAlways) == "2024-09-30T12:00:00.000Z");
  CHECK(FormatRfc3339Ms(-1000) == "1969-12-31T23:59:59Z");
  CHECK(FormatRfc3339Ms(-1) == "1969-12-31T23:59:59.999Z");
  CHECK(FormatRfc3339Ms(951782400000) == "2000-02-29T00:00:00Z");
  for (int64_t ms : {int64_t{0}, int64_t{-1}, int64_t{1727697600123}, int64_t{-62135596800000},
                     int64_t{253402300799999}}) {
    INFO(ms);
    CHECK(ParseRfc3339Ms(FormatRfc3339Ms(ms)) == ms);
    CHECK(ParseRfc3339Ms(FormatRfc3339Ms(ms, Millis::kAlways)) == ms);
  }
}

TEST_CASE("terminal-safe text escapes control characters and keeps the rest",
          "[common][terminal]") {
  CHECK(TerminalSafe("plain ASCII, \\ and \"quotes\"") == "plain ASCII, \\ and \"quotes\"");
  CHECK(TerminalSafe("Größe – 12 Mrd. €") == "Größe – 12 Mrd. €");
  CHECK(TerminalSafe("\x1b]0;title\x07") == "\\x1b]0;title\\x07");   // sets the window title
  CHECK(TerminalSafe("\x1b[2J") == "\\x1b[2J");                      // clears the screen
  CHECK(TerminalSafe("a\r\nfake line\t") == "a\\r\\nfake line\\t");  // fakes a log line
  CHECK(TerminalSafe(std::string("nul\0del\x7f", 8)) == "nul\\x00del\\x7f");
  CHECK(TerminalSafe("\xc2\x9b"
                     "31m") == "\\u009b31m");  // C1 CSI, UTF-8 encoded
  CHECK(TerminalSafe("\xe2\x80\xae"
                     "txt.exe") == "\\u202etxt.exe");                   // right-to-left override
  CHECK(TerminalSafe("bad \xff\xc3 bytes") == "bad \\xff\\xc3 bytes");  // not UTF-8
  std::string out = "kept:";
  AppendTerminalSafe("\x07", &out);
  CHECK(out == "kept:\\x07");
}

TEST_CASE("the text table aligns by code points and escapes every cell", "[common][table]") {
  TextTable t({"NAME", "N"});
  t.SetAlign(1, TextTable::Align::kRight);
  t.AddRow({"Müller", "7"});
  t.AddRow({"x\x1b[2J", "1234"}, "    note\n");
  std::string out;
  t.Render(&out);
  CHECK(out ==
        "NAME         N\n"
        "Müller       7\n"
        "x\\x1b[2J  1234\n"
        "    note\n");
  CHECK(t.rows() == 2);
}

TEST_CASE("UTF-8 validation by 16-byte blocks finds the first bad byte a byte loop finds",
          "[common][utf8]") {
  // Reference: DecodeUtf8 sequence by sequence, no fast path.
  auto slow = [](std::string_view s) -> std::optional<size_t> {
    for (size_t i = 0; i < s.size();) {
      const size_t len = DecodeUtf8(s, i, nullptr);
      if (len == 0) return i;
      i += len;
    }
    return std::nullopt;
  };
  // Mostly ASCII runs of random length with letters, symbols and broken sequences between
  // them, so the bad byte falls at every offset of a block.
  const std::vector<std::string> pieces = {"ä",
                                           "ß",
                                           "ñ",
                                           "€",
                                           "😀",
                                           "\xc0\xaf",
                                           "\xed\xa0\x80",
                                           "\xe2\x82",
                                           "\x80",
                                           "\xf4\x90\x80\x80",
                                           "\xc3",
                                           "\xff"};
  std::mt19937 rng(8);
  std::uniform_int_distribution<size_t> ascii_len(0, 40), piece(0, pieces.size() - 1);
  size_t bad = 0;
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const int parts = round % 7;
    for (int k = 0; k < parts; ++k) {
      s.append(ascii_len(rng), static_cast<char>('a' + k));
      // Mostly valid letters; a broken sequence in about one text of three.
      const size_t p = piece(rng);
      if (p < 5 || rng() % 8 == 0) s += pieces[p];
    }
    s.append(ascii_len(rng), 'z');
    INFO(s);
    const std::optional<size_t> want = slow(s);
    REQUIRE(FindInvalidUtf8(s) == want);
    bad += want.has_value() ? 1 : 0;
  }
  CHECK(bad > 500);  // the texts do contain broken sequences
}

TEST_CASE("UTF-8 helpers validate, decode, count and cut", "[common][utf8]") {
  CHECK_FALSE(FindInvalidUtf8("Größe 😀").has_value());
  CHECK(FindInvalidUtf8("ab\xc0\xaf") == 2u);        // overlong
  CHECK(FindInvalidUtf8("abc\xed\xa0\x80") == 3u);   // surrogate
  CHECK(FindInvalidUtf8("\xf4\x90\x80\x80") == 0u);  // above U+10FFFF
  CHECK(FindInvalidUtf8("12345678\xe2\x82") == 8u);  // truncated after the fast path
  char32_t cp = 0;
  CHECK(DecodeUtf8("€", 0, &cp) == 3u);
  CHECK(cp == U'€');
  CHECK(DecodeUtf8("\x80", 0, &cp) == 0u);
  CHECK(CountCodePoints("Größe") == 5u);
  CHECK(CutCodePoints("Größenordnung", 5) == "Größ…");
  CHECK(CutCodePoints("kurz", 5) == "kurz");
}

TEST_CASE("the valid UTF-8 piece at a byte is its sequence, or U+FFFD for one bad byte",
          "[common][utf8]") {
  const auto piece = [](std::string_view s, size_t i) {
    const Utf8Piece p = ValidUtf8PieceAt(s, i);
    return std::pair<std::string, size_t>(std::string(p.bytes), p.consumed);
  };
  using P = std::pair<std::string, size_t>;
  const std::string fffd(kReplacementUtf8);
  CHECK(fffd == "\xEF\xBF\xBD");
  // Well-formed sequences of 1 to 4 bytes come back whole, viewing the input.
  CHECK(piece("x\xC3\xB6y", 1) == P("\xC3\xB6", 2));
  CHECK(piece("\xE2\x82\xAC", 0) == P("\xE2\x82\xAC", 3));
  CHECK(piece("\xF0\x9F\x93\x88", 0) == P("\xF0\x9F\x93\x88", 4));
  CHECK(piece("q", 0) == P("q", 1));
  // Stray continuation and never-valid bytes: U+FFFD, one byte consumed.
  CHECK(piece("\x80", 0) == P(fffd, 1));
  CHECK(piece("\xFF", 0) == P(fffd, 1));
  // A sequence cut by the end of the text or by an ASCII byte.
  CHECK(piece("\xE2\x82", 0) == P(fffd, 1));
  CHECK(piece("\xE2\x82z", 0) == P(fffd, 1));
  // Overlong forms ('/' in two bytes, U+0000 in three) and a UTF-16 surrogate.
  CHECK(piece("\xC0\xAF", 0) == P(fffd, 1));
  CHECK(piece("\xE0\x80\x80", 0) == P(fffd, 1));
  CHECK(piece("\xED\xA0\x80", 0) == P(fffd, 1));
  // Above U+10FFFF.
  CHECK(piece("\xF4\x90\x80\x80", 0) == P(fffd, 1));
}

TEST_CASE("the shared escapes: short ones for newline, return and tab, hex for the rest",
          "[common][escape]") {
  CHECK(ShortEscape('\n') == "\\n");
  CHECK(ShortEscape('\r') == "\\r");
  CHECK(ShortEscape('\t') == "\\t");
  // Other controls and ordinary bytes have no short escape.
  CHECK(ShortEscape('\x1b').empty());
  CHECK(ShortEscape('\0').empty());
  CHECK(ShortEscape('n').empty());
  std::string out = "a";
  AppendHexEscape("\\x", 0x1b, 2, &out);
  AppendHexEscape("\\u", 0x7, 4, &out);
  AppendHexEscape("\\u", 0x202e, 4, &out);
  CHECK(out == "a\\x1b\\u0007\\u202e");
  // Both writers use them: the same control comes out short in JSON and on a terminal.
  std::string json;
  JsonWriter::AppendEscaped("x\ty\x01", &json);
  CHECK(json == "\"x\\ty\\u0001\"");
  CHECK(TerminalSafe("x\ty\x01") == "x\\ty\\x01");
}

TEST_CASE("the binary codec round-trips and keys sort like their values", "[common][bytes]") {
  std::string b;
  PutVarint(300, &b);
  PutSigned(-5, &b);
  PutBytes(std::string("a\0b", 3), &b);
  PutFixed32(0xdeadbeef, &b);
  PutFixed64(0x0102030405060708ULL, &b);
  PutDouble(-2.5, &b);
  PutBigEndian32(7, &b);
  PutKeyString(std::string("k\0", 2), &b);
  PutKeyTime(std::nullopt, &b);
  PutKeyTime(-42, &b);
  ByteReader r(b);
  uint64_t u = 0;
  int64_t s = 0;
  std::string str;
  uint32_t u32 = 0;
  double d = 0;
  std::optional<int64_t> t;
  REQUIRE(r.GetVarint(&u));
  CHECK(u == 300);
  REQUIRE(r.GetSigned(&s));
  CHECK(s == -5);
  REQUIRE(r.GetBytes(&str));
  CHECK(str == std::string("a\0b", 3));
  REQUIRE(r.GetFixed32(&u32));
  CHECK(u32 == 0xdeadbeef);
  REQUIRE(r.GetFixed64(&u));
  CHECK(u == 0x0102030405060708ULL);
  REQUIRE(r.GetDouble(&d));
  CHECK(d == -2.5);
  REQUIRE(r.GetBigEndian32(&u32));
  CHECK(u32 == 7);
  REQUIRE(r.GetKeyString(&str));
  CHECK(str == std::string("k\0", 2));
  REQUIRE(r.GetKeyTime(&t));
  CHECK_FALSE(t.has_value());
  REQUIRE(r.GetKeyTime(&t));
  CHECK(t == -42);
  CHECK(r.empty());
  CHECK_FALSE(r.GetByte(nullptr));  // nothing left

  // Fixed-width little-endian layout (the indicator values depend on it).
  std::string le;
  PutFixed32(1, &le);
  CHECK(le == std::string("\x01\0\0\0", 4));
  // Truncated input fails instead of reading past the end.
  std::string cut;
  PutBytes("hello", &cut);
  cut.pop_back();
  ByteReader rc(cut);
  CHECK_FALSE(rc.GetBytes(&str));
  // Key order = value order.
  auto key_time = [](std::optional<int64_t> v) {
    std::string k;
    PutKeyTime(v, &k);
    return k;
  };
  CHECK(key_time(std::nullopt) < key_time(std::numeric_limits<int64_t>::min() + 1));
  CHECK(key_time(-1) < key_time(0));
  CHECK(key_time(0) < key_time(1727697600000));
  auto key_string = [](std::string_view v) {
    std::string k;
    PutKeyString(v, &k);
    return k;
  };
  CHECK(key_string("AMD") < key_string("AMDX"));
  CHECK(key_string(std::string_view("A\0", 2)) < key_string("A\x01"));
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters", "[common][json]") {
  std::string out;
  JsonWriter::AppendEscaped("q\"b\\n\n\x1b\x07", &out);
  CHECK(out == "\"q\\\"b\\\\n\\n\\u001b\\u0007\"");
}

TEST_CASE("JSON strings replace bytes that are not UTF-8 and keep valid sequences",
          "[common][json]") {
  std::string out;
  // Stray bytes, a cut 3-byte sequence, an overlong '/', a surrogate: one U+FFFD per bad byte.
  JsonWriter::AppendEscaped("a\xFF\xFE b\xE2\x82 c\xC0\xAF d\xED\xA0\x80", &out);
  CHECK(out ==
        "\"a\xEF\xBF\xBD\xEF\xBF\xBD b\xEF\xBF\xBD\xEF\xBF\xBD c\xEF\xBF\xBD\xEF\xBF\xBD "
        "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK_FALSE(FindInvalidUtf8(out).has_value());
  // Valid text passes unchanged: 2-, 3- and 4-byte sequences, at the end of the string too.
  out.clear();
  JsonWriter::AppendEscaped("\xC3\xA9t\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x93\x88", &out);
  CHECK(out == "\"\xC3\xA9t\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x93\x88\"");
  // The writer's String and Key take the same path.
  out.clear();
  JsonWriter w(&out);
  w.BeginObject().Key("k\x80").String("v\xFF").EndObject();
  CHECK(out == "{\"k\xEF\xBF\xBD\":\"v\xEF\xBF\xBD\"}");
}

}  // namespace
}  // namespace newsfacts::common
