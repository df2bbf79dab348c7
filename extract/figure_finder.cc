// Figure grammar; see figure_finder.h and README.md.
#include "extract/figure_finder.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <charconv>
#include <cmath>
#include <cstring>
#include <span>
#include <string>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/contrast_words.h"
#include "extract/entity_scan.h"
#include "extract/function_words.h"
#include "extract/normalize.h"
#include "extract/period.h"
#include "extract/sentence.h"
#include "extract/text_blocks.h"

namespace newsfacts::extract {
namespace {

using scan::InList;

// ---------------------------------------------------------------------------------------
// Byte helpers over folded text.

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsAsciiAlpha(char c) {  // (c | 0x20) in 'a'..'z': one compare
  return static_cast<uint8_t>((static_cast<uint8_t>(c) | 0x20) - 'a') < 26;
}
// ASCII lower case of every byte (other bytes unchanged), one load per byte.
constexpr std::array<char, 256> kLowerAscii = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return t;
}();
char Lower(char c) {
  return kLowerAscii[static_cast<uint8_t>(c)];
}

// True when s[pos..] starts with `w`. The first bytes are compared before the rest: the unit
// and scale lists are tried word by word at a position where mostly none starts.
bool StartsWith(std::string_view s, size_t pos, std::string_view w) {
  if (w.empty()) return pos <= s.size();
  return pos < s.size() && s[pos] == w[0] && s.size() - pos >= w.size() &&
         s.compare(pos, w.size(), w) == 0;
}

// Values read from text have at most 15 significant digits; scale words, fractions ("1,5
// Millionen", "eineinhalb") and cents multiply or divide them by small decimals, which can
// leave float noise (1.7000000000000002). Rounding to 15 significant digits gives back the
// double nearest the decimal the text means.
double Tidy(double v) {
  if (v == 0 || !std::isfinite(v)) return v;
  if (std::fabs(v) < 1e15 && v == std::trunc(v)) return v;  // integers are exact already
  char buf[40];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 15);
  double back = v;
  if (std::from_chars(buf, r.ptr, back).ec != std::errc()) return v;
  return back;
}

// Currency signs (€ £ ¥) are the only non-letter non-ASCII characters left after
// normalization; every other byte >= 0x80 belongs to a letter.

inline bool IsWordByte(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  const auto b = static_cast<uint8_t>(s[i]);
  if (b < 0x80) return IsAsciiAlpha(s[i]);
  auto at = [&](size_t k) { return k < s.size() ? static_cast<uint8_t>(s[k]) : 0; };
  switch (b) {
    case 0xE2:
      return !(at(i + 1) == 0x82 && at(i + 2) == 0xAC);
    case 0xC2:
      return !(at(i + 1) == 0xA3 || at(i + 1) == 0xA5);
    case 0x82:
      return !(i >= 1 && at(i - 1) == 0xE2 && at(i + 1) == 0xAC);
    case 0xAC:
      return !(i >= 2 && at(i - 1) == 0x82 && at(i - 2) == 0xE2);
    case 0xA3:
    case 0xA5:
      return !(i >= 1 && at(i - 1) == 0xC2);
    default:
      return true;
  }
}

// True when the digits [p, end) lie in a phone number or a list of codes: a chain of plain
// digit groups joined by single blanks ("91 555 12 34", "0800 123 456", "030 1234 56") with
// three or more groups, or two whose first has a leading zero ("030 123456"), unless the
// numeral read at p is the whole chain (a blank-grouped "1 250 000"). A group touching a
// '.' or ',' before a digit ends no chain ("1.000 2.000" is no phone number), nor does a
// four-digit 19xx/20xx group before the numeral (a year: "Im Jahr 2030 100 000 Wohnungen").
bool InDigitGroupChain(std::string_view s, size_t p, size_t end) {
  auto joined_digit = [&](size_t i) {  // s[i] is '.' or ',' before a digit
    return i < s.size() && (s[i] == '.' || s[i] == ',') && i + 1 < s.size() && IsDigit(s[i + 1]);
  };
  // A four-digit 19xx/20xx group s[c, d): a year, not a group of a phone number.
  auto year_at = [&](size_t c, size_t d) { return IsYear19Or20Digits(s.substr(c, d - c)); };
  size_t b = p;  // chain start
  while (b > 0 && IsDigit(s[b - 1])) --b;
  if (b > 0 && (IsWordByte(s, b - 1) ||
                ((s[b - 1] == '.' || s[b - 1] == ',') && b >= 2 && IsDigit(s[b - 2])))) {
    return false;
  }
  while (b >= 2 && s[b - 1] == ' ' && IsDigit(s[b - 2])) {
    size_t c = b - 1;
    while (c > 0 && IsDigit(s[c - 1])) --c;
    if (c > 0 && (IsWordByte(s, c - 1) || joined_digit(c - 1) ||
                  (c >= 2 && (s[c - 1] == '.' || s[c - 1] == ',') && IsDigit(s[c - 2])))) {
      break;
    }
    if (year_at(c, b - 1)) break;  // "En 2020 2 500 personas": a year, then the numeral
    b = c;
  }
  // The year itself before a number ("2020 2 500"): no phone group either.
  if (b == p && year_at(b, end) && end + 1 < s.size() && s[end] == ' ' && IsDigit(s[end + 1])) {
    return false;
  }
  int groups = 0;
  size_t e = b;  // chain end
  for (;;) {
    while (e < s.size() && IsDigit(s[e])) ++e;
    ++groups;
    if (joined_digit(e) || IsWordByte(s, e)) return false;
    if (e + 1 < s.size() && s[e] == ' ' && IsDigit(s[e + 1])) {
      ++e;
      continue;
    }
    break;
  }
  if (b == p && e == end) return false;  // the numeral is the chain
  if (groups >= 3) return true;
  size_t g = b;
  while (g < s.size() && IsDigit(s[g])) ++g;
  return groups == 2 && s[b] == '0' && g - b >= 2;
}

// End of the word (letters only) starting at i.
size_t WordEnd(std::string_view s, size_t i) {
  for (;;) {  // ASCII letters by the one-compare test; other bytes by IsWordByte
    while (i < s.size() && IsAsciiAlpha(s[i])) ++i;
    if (i >= s.size() || static_cast<uint8_t>(s[i]) < 0x80 || !IsWordByte(s, i)) return i;
    ++i;
  }
}

// s[pos..] starts with `w` and w ends at a word boundary.
[[gnu::always_inline]] inline bool MatchWord(std::string_view s, size_t pos, std::string_view w,
                                             size_t* end = nullptr) {
  if (pos >= s.size() || s[pos] != w[0]) return false;
  if (w.size() > 1 && (pos + 1 >= s.size() || s[pos + 1] != w[1])) return false;
  if (!StartsWith(s, pos, w)) return false;
  const size_t e = pos + w.size();
  if (IsAsciiAlpha(w.back()) || static_cast<uint8_t>(w.back()) >= 0x80) {
    if (IsWordByte(s, e)) return false;
  }
  if (end) *end = e;
  return true;
}

// A word table's entries by the first byte of their word, in table order within a byte: a
// scan of one bucket finds the same first match as a scan of the whole table, since
// MatchWord and == need the first byte to match. Built once at static initialization.
struct FirstByteIndex {
  std::array<std::vector<uint16_t>, 256> at;
  template <class Table, class WordOf>
  FirstByteIndex(const Table& table, WordOf word_of) {
    for (size_t i = 0; i < std::size(table); ++i) {
      const std::string_view w = word_of(table[i]);
      if (!w.empty()) at[static_cast<uint8_t>(w[0])].push_back(static_cast<uint16_t>(i));
    }
  }
  const std::vector<uint16_t>& operator[](char c) const { return at[static_cast<uint8_t>(c)]; }
};

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}
size_t SkipSpacesBack(std::string_view s, size_t i) {  // returns index after last non-space
  while (i > 0 && s[i - 1] == ' ') --i;
  return i;
}

// The word ending right before position i (skipping spaces and a '.'); empty if none. Not
// scan::WordBefore: the word is IsWordByte's (letters only; no digits, no "€" or other
// UTF-8 symbols), and only one '.' is skipped ("ca. 5", but not ". . 5").
std::string_view PrevWord(std::string_view s, size_t i, size_t* word_start) {
  size_t e = SkipSpacesBack(s, i);
  if (e > 0 && s[e - 1] == '.') --e;
  size_t b = e;
  for (;;) {  // ASCII letters by the one-compare test; other bytes by IsWordByte
    while (b > 0 && IsAsciiAlpha(s[b - 1])) --b;
    if (b == 0 || static_cast<uint8_t>(s[b - 1]) < 0x80 || !IsWordByte(s, b - 1)) break;
    --b;
  }
  *word_start = b;
  return s.substr(b, e - b);
}

// ---------------------------------------------------------------------------------------
// Vocabulary (folded forms).

struct Scale {
  std::string_view word;
  double mult;
};
// Longest first where one is a prefix of another. "billion" handled by language.
constexpr Scale kScales[] = {
    {"mil millones", 1e9}, {"miles de millones", 1e9},
    {"millardos", 1e9},    {"millardo", 1e9},
    {"tausend", 1e3},      {"tsd.", 1e3},
    {"tsd", 1e3},          {"mio.", 1e6},
    {"mio", 1e6},          {"millionen", 1e6},
    {"million", 1e6},      {"millions", 1e6},
    {"mrd.", 1e9},         {"mrd", 1e9},
    {"milliarden", 1e9},   {"milliarde", 1e9},
    {"bio.", 1e12},        {"billionen", 1e12},
    {"billions", 1e9},     {"mil", 1e3},
    {"millón", 1e6},       {"millones", 1e6},
    {"mill.", 1e6},        {"billón", 1e12},
    {"billones", 1e12},    {"thousand", 1e3},
    {"trillion", 1e12},    {"bn", 1e9},
    {"mln", 1e6},          {"mn", 1e6},
};

// Scale word at s[pos]; sets *end. "billion" = 1e9 in English, 1e12 otherwise.
const FirstByteIndex kScaleIndex(kScales, [](const Scale& sc) { return sc.word; });

double MatchScale(std::string_view s, size_t pos, Lang lang, size_t* end) {
  if (pos >= s.size()) return 0;
  for (uint16_t i : kScaleIndex[s[pos]]) {
    if (MatchWord(s, pos, kScales[i].word, end)) return kScales[i].mult;
  }
  if (MatchWord(s, pos, "billion", end)) return lang == Lang::kEn ? 1e9 : 1e12;
  return 0;
}

struct Currency {
  std::string_view word;
  std::string_view code;  // "" = money of unknown currency (filled from the article later)
  double factor = 1;      // "60 Cent" -> 0.6 EUR, "mil duros" -> 5000 ESP
};
// Currency words written after the number (folded). Longest first where one is a prefix of
// another ("us-dollars" before "us-dollar" is not needed by MatchWord, but "pesos mexicanos"
// before "pesos" is).
constexpr Currency kCurrencies[] = {
    {"us-dollars", "USD"},
    {"us-dollar", "USD"},
    {"us dollars", "USD"},
    {"us dollar", "USD"},
    {"u.s. dollars", "USD"},
    {"u.s. dollar", "USD"},
    {"american dollars", "USD"},
    {"american dollar", "USD"},
    {"us-$", "USD"},
    {"us$", "USD"},
    {"u$d", "USD"},
    {"u$s", "USD"},
    {"dólares (estadounidenses)", "USD"},
    {"dólares estadounidenses", "USD"},
    {"dólares americanos", "USD"},
    // Dollars of other countries by their nationality adjective (or "de <country>") after
    // "dólares", before "Dollar" in German (also dative "-n" and "<Land>-Dollar") and before
    // "dollars" in English; the plain word is the US dollar. Other currencies with their
    // adjective are one currency word too ("Japanese yen", "Swiss franc", "Chinese yuan",
    // the euro as "single currency"): no caller skips an adjective before a currency.
    {"dólares canadienses", "CAD"},
    {"dólares australianos", "AUD"},
    {"dólares neozelandeses", "NZD"},
    {"dólares singapurenses", "SGD"},
    {"dólares de singapur", "SGD"},
    {"dólares hongkoneses", "HKD"},
    {"dólares de hong kong", "HKD"},
    {"dólares taiwaneses", "TWD"},
    {"dólares de taiwán", "TWD"},
    {"dólares", "USD"},
    {"dólar canadiense", "CAD"},
    {"dólar australiano", "AUD"},
    {"dólar neozelandés", "NZD"},
    {"dólar singapurense", "SGD"},
    {"dólar", "USD"},
    {"kanadische dollar", "CAD"},
    {"kanadischen dollar", "CAD"},
    {"australische dollar", "AUD"},
    {"australischen dollar", "AUD"},
    {"neuseeländische dollar", "NZD"},
    {"neuseeländischen dollar", "NZD"},
    {"neuseeland-dollar", "NZD"},
    {"singapur-dollar", "SGD"},
    {"singapurische dollar", "SGD"},
    {"singapurischen dollar", "SGD"},
    {"canadian dollars", "CAD"},
    {"canadian dollar", "CAD"},
    {"australian dollars", "AUD"},
    {"australian dollar", "AUD"},
    {"new zealand dollars", "NZD"},
    {"new zealand dollar", "NZD"},
    {"nz dollars", "NZD"},
    {"singapore dollars", "SGD"},
    {"singapore dollar", "SGD"},
    {"hong kong dollars", "HKD"},
    {"hong kong dollar", "HKD"},
    {"new taiwan dollars", "TWD"},
    {"new taiwan dollar", "TWD"},
    {"taiwan dollars", "TWD"},
    {"taiwan dollar", "TWD"},
    {"dollars", "USD"},
    {"dollar", "USD"},
    {"usd", "USD"},
    {"$", "USD"},
    {"hongkong-dollar", "HKD"},
    {"hongkong-dollars", "HKD"},
    {"hk$", "HKD"},
    {"taiwan-dollar", "TWD"},
    {"nt$", "TWD"},
    {"euro-cent", "EUR", 0.01},
    {"eurocent", "EUR", 0.01},
    {"cent", "EUR", 0.01},
    {"céntimos de euro", "EUR", 0.01},
    {"céntimos", "EUR", 0.01},
    {"céntimo", "EUR", 0.01},
    {"euro cents", "EUR", 0.01},
    {"single currency", "EUR"},  // the euro: "1.15 to the single currency"
    {"euros", "EUR"},
    {"euro", "EUR"},
    {"eur", "EUR"},
    {"\xE2\x82\xAC", "EUR"},
    {"cents", "USD", 0.01},
    {"pence", "GBP", 0.01},
    {"chinese renminbi", "CNY"},
    {"chinese yuan", "CNY"},
    {"renminbi", "CNY"},
    {"yuanes", "CNY"},
    {"yuan", "CNY"},
    {"rmb", "CNY"},
    {"cny", "CNY"},
    {"pfund sterling", "GBP"},
    {"pfund", "GBP"},
    {"libras esterlinas", "GBP"},
    {"libra esterlina", "GBP"},
    {"libras", "GBP"},
    {"pounds sterling", "GBP"},
    {"pounds", "GBP"},
    {"pound", "GBP"},
    {"gbp", "GBP"},
    {"\xC2\xA3", "GBP"},
    {"schweizer franken", "CHF"},
    {"franken", "CHF"},
    {"francos suizos", "CHF"},
    {"swiss francs", "CHF"},
    {"swiss franc", "CHF"},
    {"chf", "CHF"},
    {"francos franceses", "FRF"},
    {"französische francs", "FRF"},
    {"french francs", "FRF"},
    {"pesetas", "ESP"},
    {"peseta", "ESP"},
    {"ptas.", "ESP"},
    {"ptas", "ESP"},
    {"pts.", "ESP"},
    {"pelas", "ESP"},
    {"duros", "ESP", 5},
    {"pesos mexicanos", "MXN"},
    {"pesos argentinos", "ARS"},
    {"pesos chilenos", "CLP"},
    {"pesos colombianos", "COP"},
    {"pesos cubanos", "CUP"},
    {"pesos uruguayos", "UYU"},
    {"pesos dominicanos", "DOP"},
    {"pesos filipinos", "PHP"},
    {"mexikanische pesos", "MXN"},
    {"argentinische pesos", "ARS"},
    {"mexican pesos", "MXN"},
    {"argentine pesos", "ARS"},
    {"pesos", ""},
    {"peso", ""},
    {"centavos", "", 0.01},
    {"reales", "BRL"},
    {"reais", "BRL"},
    {"real brasileño", "BRL"},
    {"brazilian reais", "BRL"},
    {"soles", "PEN"},
    {"bolívares", "VES"},
    {"yenes", "JPY"},
    {"japanese yen", "JPY"},
    {"yen", "JPY"},
    {"jpy", "JPY"},
    {"\xC2\xA5", "JPY"},
    {"rubel", "RUB"},
    {"rublos", "RUB"},
    {"rubles", "RUB"},
    {"roubles", "RUB"},
    {"rouble", "RUB"},
    {"rupiah", "IDR"},
    {"baht", "THB"},
    {"naira", "NGN"},
    {"ringgit", "MYR"},
    {"riyals", "SAR"},
    {"riyal", "SAR"},
    {"rials", "IRR"},  // the Iranian rial (the Omani and Yemeni ones are rarely in news)
    {"rial", "IRR"},
    {"schilling", "ATS"},
    {"marcos", "DEM"},
    {"d-mark", "DEM"},
    {"dm", "DEM"},
    {"won", "KRW"},
    {"wones", "KRW"},
    {"rupien", "INR"},
    {"rupias", "INR"},
    {"indian rupees", "INR"},
    {"rupees", "INR"},
    {"rupee", "INR"},
    {"crore", "INR", 1e7},
    {"lakh", "INR", 1e5},
    {"bitcoins", "BTC"},
    {"türkische lira", "TRY"},
    {"liras turcas", "TRY"},
    {"turkish lira", "TRY"},
    {"liras italianas", "ITL"},
    {"italienische lire", "ITL"},
    {"italian lire", "ITL"},
    {"liras", "ITL"},
    {"lire", "ITL"},
    {"schwedische kronen", "SEK"},
    {"schwedischen kronen", "SEK"},
    {"coronas suecas", "SEK"},
    {"swedish kronor", "SEK"},
    {"swedish crowns", "SEK"},
    {"kronor", "SEK"},
    {"dänische kronen", "DKK"},
    {"dänischen kronen", "DKK"},
    {"coronas danesas", "DKK"},
    {"danish kroner", "DKK"},
    {"danish krone", "DKK"},
    {"danish crowns", "DKK"},
    {"norwegische kronen", "NOK"},
    {"norwegischen kronen", "NOK"},
    {"coronas noruegas", "NOK"},
    {"norwegian kroner", "NOK"},
    {"tschechische kronen", "CZK"},
    {"tschechischen kronen", "CZK"},
    {"coronas checas", "CZK"},
    {"czech crowns", "CZK"},
    {"czech koruna", "CZK"},
    {"kronen", ""},
    {"coronas", ""},
    {"kroner", ""},
    {"südafrikanische rand", "ZAR"},
    {"rand", "ZAR"},
    {"zloty", "PLN"},
    {"złoty", "PLN"},
    {"forint", "HUF"},
    {"mxn", "MXN"},
    {"ars", "ARS"},
    {"clp", "CLP"},
    {"cop", "COP"},
    {"brl", "BRL"},
    {"inr", "INR"},
    {"aud", "AUD"},
    {"cad", "CAD"},
    {"hkd", "HKD"},
    {"sek", "SEK"},
    {"nok", "NOK"},
    {"dkk", "DKK"},
    {"czk", "CZK"},
    {"zar", "ZAR"},
    {"try", "TRY"},
    {"greenback", "USD"},
    {"sterling", "GBP"},
    {"franc", "CHF"},
    {"rub", "RUB"},
    {"krw", "KRW"},
    {"pln", "PLN"},
};

// Currency tables bucketed by first (suffix table) or last (prefix table) byte, in table
// order, so a lookup tries only the few entries that can match. Built once at static
// initialization; read-only afterwards.
struct CurrencyIndex {
  std::array<std::vector<const Currency*>, 256> by_byte;
  template <size_t N>
  CurrencyIndex(const Currency (&table)[N], bool last) {
    for (const Currency& c : table) {
      by_byte[static_cast<uint8_t>(last ? c.word.back() : c.word.front())].push_back(&c);
    }
  }
};
const CurrencyIndex kCurrencyByFirst(kCurrencies, /*last=*/false);

const Currency* MatchCurrency(std::string_view s, size_t pos, size_t* end) {
  if (pos >= s.size()) return nullptr;
  for (const Currency* c : kCurrencyByFirst.by_byte[static_cast<uint8_t>(s[pos])]) {
    if (MatchWord(s, pos, c->word, end)) return c;
  }
  return nullptr;
}

// Currency written before the number: "$5", "US$ 5", "€ 12", "USD 5", "C$ 3", "R$ 40".
constexpr Currency kPrefixCurrencies[] = {
    {"us$", "USD"},      {"us-$", "USD"},     {"u$d", "USD"},   {"u$s", "USD"},
    {"hk$", "HKD"},      {"nt$", "TWD"},      {"mx$", "MXN"},   {"c$", "CAD"},
    {"ca$", "CAD"},      {"a$", "AUD"},       {"au$", "AUD"},   {"r$", "BRL"},
    {"s$", "SGD"},       {"nz$", "NZD"},      {"$", "USD"},     {"\xE2\x82\xAC", "EUR"},
    {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"}, {"usd", "USD"},   {"eur", "EUR"},
    {"chf", "CHF"},      {"rmb", "CNY"},      {"cny", "CNY"},   {"gbp", "GBP"},
    {"mxn", "MXN"},      {"ars", "ARS"},      {"clp", "CLP"},   {"brl", "BRL"},
    {"inr", "INR"},      {"rs.", "INR"},      {"rs", "INR"},    {"sek", "SEK"},
    {"nok", "NOK"},      {"dkk", "DKK"},      {"czk", "CZK"},   {"zar", "ZAR"},
    {"aud", "AUD"},      {"cad", "CAD"},      {"hkd", "HKD"},   {"jpy", "JPY"},
    {"dm", "DEM"},       {"pts.", "ESP"},     {"ptas.", "ESP"}, {"sfr.", "CHF"},
};

const CurrencyIndex kPrefixByLast(kPrefixCurrencies, /*last=*/true);

// Looks for a currency that ends right before `pos` (one optional space). Sets *start.
const Currency* MatchPrefixCurrency(std::string_view s, size_t pos, size_t* start) {
  size_t e = pos;
  if (e > 0 && s[e - 1] == ' ') --e;
  if (e == 0) return nullptr;
  for (const Currency* cp : kPrefixByLast.by_byte[static_cast<uint8_t>(s[e - 1])]) {
    const Currency& c = *cp;
    if (e < c.word.size()) continue;
    const size_t b = e - c.word.size();
    // The byte before the last first (one compare; most "$" figures pass "us$", "hk$" … on
    // to "$"), then the whole word.
    if (c.word.size() >= 2 && s[e - 2] != c.word[c.word.size() - 2]) continue;
    if (s.compare(b, c.word.size(), c.word) != 0) continue;
    if (IsAsciiAlpha(c.word.front()) && b > 0 && IsWordByte(s, b - 1)) continue;
    if (c.word == "$" && b > 0 && IsWordByte(s, b - 1)) continue;  // "US$" matched above
    *start = b;
    return &c;
  }
  return nullptr;
}

struct Word {
  std::string_view word;
  std::string_view value;
};

constexpr std::string_view kPercentWords[] = {
    "%",           "prozent",     "por ciento", "por 100",     "percent",    "per cent",
    "pct.",        "vh",          "v. h.",      "prozentigen", "prozentige", "prozentiger",
    "prozentiges", "prozentigem", "prozentig",  "porciento"};
// Basis points: percent with unit "pp", a hundredth of a point ("25 puntos básicos" -> 0.25).
constexpr std::string_view kBasisPointWords[] = {"basispunkten", "basispunkte",
                                                 "basispunkt",   "puntos básicos",
                                                 "punto básico", "basis points",
                                                 "basis point",  "bps",
                                                 "bp",           "pb"};
constexpr std::string_view kPointWords[] = {"prozentpunkten",
                                            "prozentpunkte",
                                            "prozentpunkt",
                                            "%-punkte",
                                            "puntos porcentuales",
                                            "punto porcentual",
                                            "percentage points",
                                            "percentage point",
                                            "pp.",
                                            "pp",
                                            "p.p."};

constexpr Word kQuantityUnits[] = {
    {"gb/s", "GB/s"},
    {"gbit/s", "Gbit/s"},
    {"tb/s", "TB/s"},
    {"mbit/s", "Mbit/s"},
    {"tb", "TB"},
    {"gb", "GB"},
    {"mb", "MB"},
    {"ghz", "GHz"},
    {"mhz", "MHz"},
    {"nm", "nm"},
    {"nanometer", "nm"},
    {"nanómetros", "nm"},
    {"mw", "MW"},
    {"gw", "GW"},
    {"kw", "kW"},
    {"kwh", "kWh"},
    {"mwh", "MWh"},
    {"gwh", "GWh"},
    {"tflops", "TFLOPS"},
    {"petaflops", "PFLOPS"},
    {"km cuadrados", "km2"},
    {"km", "km"},
    {"kilometer", "km"},
    {"kilómetros cuadrados", "km2"},
    {"kilómetros", "km"},
    {"kg", "kg"},
    {"kilo", "kg"},
    {"kilogramm", "kg"},
    {"kilos", "kg"},
    {"tonnen", "t"},
    {"toneladas", "t"},
    {"tonnes", "t"},
    {"tons", "t"},
    {"meter", "m"},
    {"metros cúbicos", "m3"},
    {"metros cuadrados", "m2"},
    {"metro cúbico", "m3"},
    {"metro cuadrado", "m2"},
    {"metros", "m"},
    {"meters", "m"},
    {"liter", "l"},
    {"litros", "l"},
    {"metern", "m"},
    {"metres", "m"},
    {"zentimeter", "cm"},
    {"centímetros cúbicos", "cm3"},
    {"centímetros", "cm"},
    {"cm", "cm"},
    {"mm", "mm"},
    {"millimeter", "mm"},
    {"milímetros", "mm"},
    {"kubikmeter", "m3"},
    {"m3", "m3"},
    {"quadratmeter", "m2"},
    {"m2", "m2"},
    {"hektar", "ha"},
    {"hectáreas", "ha"},
    {"gramm", "g"},
    {"gramos", "g"},
    {"grams", "g"},
    {"g", "g"},
    {"kilogramos", "kg"},
    {"miligramos", "mg"},
    {"miligramo", "mg"},
    {"microgramos", "µg"},
    {"microgramo", "µg"},
    {"mililitros", "ml"},
    {"mililitro", "ml"},
    {"micrómetros", "µm"},
    {"micrómetro", "µm"},
    {"micras", "µm"},
    {"megavatios", "MW"},
    {"kilovatios", "kW"},
    {"gigavatios", "GW"},
    {"mg", "mg"},
    {"megabit", "Mbit"},
    {"gigabit", "Gbit"},
    {"kelvin", "K"},
    {"barrel", "bbl"},
    {"barriles", "bbl"},
    {"galones", "gal"},
    {"galón", "gal"},
    {"barrels", "bbl"},
    {"fass", "bbl"},
    // English plurals and square measures ("440 megawatts", "8 megabits", "50,000 square
    // metres"): a unit word must end at a word boundary, so "megawatt" misses "megawatts".
    {"megawatts", "MW"},
    {"gigawatts", "GW"},
    {"kilowatts", "kW"},
    {"megabits", "Mbit"},
    {"gigabits", "Gbit"},
    {"kilobits", "kbit"},
    {"megabytes", "MB"},
    {"gigabytes", "GB"},
    {"terabytes", "TB"},
    {"megapixels", "MP"},
    {"kilometres", "km"},
    {"kilometers", "km"},
    {"kilograms", "kg"},
    {"litres", "l"},
    {"liters", "l"},
    {"hectares", "ha"},
    {"acres", "acre"},
    {"square metres", "m2"},
    {"square meters", "m2"},
    {"square feet", "ft2"},
    {"megawatt", "MW"},
    {"gigawatt", "GW"},
    {"kilowatt", "kW"},
    {"watt", "W"},
    {"millas", "mi"},
    {"miles", "mi"},
    {"meilen", "mi"},
    // German measure words in the dative plural and compounds ("auf 60 Kilometern", "mit 8.000
    // Quadratmetern", "1,9 Promille"): physical measures, never counts of things.
    {"kilometern", "km"},
    {"stundenkilometer", "km/h"},
    {"stundenkilometern", "km/h"},
    {"quadratkilometer", "km2"},
    {"quadratkilometern", "km2"},
    {"quadratmetern", "m2"},
    {"kubikmetern", "m3"},
    {"zentimetern", "cm"},
    {"millimetern", "mm"},
    {"höhenmeter", "m"},
    {"höhenmetern", "m"},
    {"seemeilen", "nmi"},
    {"seemeile", "nmi"},
    {"litern", "l"},
    {"milligramm", "mg"},
    {"mikrogramm", "µg"},
    {"gigabyte", "GB"},
    {"megabyte", "MB"},
    {"terabyte", "TB"},
    {"gigahertz", "GHz"},
    {"megahertz", "MHz"},
    {"megapixel", "MP"},
    {"zoll", "in"},
    {"pulgadas", "in"},
    {"promille", "‰"},
    {"kilowattstunden", "kWh"},
    {"megawattstunden", "MWh"},
    {"gigawattstunden", "GWh"},
    // Engine power: "450 PS", "150 CV", "300 bhp", "500 horsepower" (a measure, not a count).
    {"ps", "PS"},
    {"cv", "CV"},
    {"bhp", "bhp"},
    {"horsepower", "hp"},
    {"m", "m"},
};

// Words that are never the counted noun after a number nor one of its modifiers: articles,
// determiners, pronouns, prepositions, conjunctions, adverbs and the currency plurals of the
// three languages (GenericNoun, GenericNounEn); with the English auxiliaries
// (function_words::kAuxiliariesEn) they make kCountedNounStop.
constexpr std::string_view kCountedNounStopOwn[] = {
    "los",    "las",   "la",    "el",      "un",      "una",     "unos",    "der",     "die",
    "das",    "den",   "dem",   "des",     "más",     "menos",   "este",    "esta",    "ese",
    "esa",    "aquel", "sus",   "su",      "mis",     "otros",   "a",       "an",      "the",
    "and",    "or",    "but",   "of",      "in",      "on",      "at",      "to",      "by",
    "for",    "from",  "with",  "as",      "than",    "into",    "this",    "that",    "these",
    "those",  "its",   "their", "his",     "her",     "our",     "last",    "next",    "year",
    "years",  "euro",  "euros", "dollars", "pounds",  "plus",    "less",    "versus",  "per",
    "each",   "every", "says",  "said",    "despite", "during",  "after",   "before",  "over",
    "under",  "since", "until", "through", "among",   "against", "like",    "without", "within",
    "across", "once",  "again", "also",    "still",   "now",     "already", "only",    "just",
    "even",   "ago",   "then",  "there",   "here"};

constexpr auto kCountedNounStop =
    function_words::Concat(kCountedNounStopOwn, function_words::kAuxiliariesEn);

// Words that make the number a duration, multiplier, score or time: not a figure.
constexpr std::string_view kNonFigureUnits[] = {
    "tagen",  "tage",   "tag",     "jahren",   "jahre",   "jahr",    "monaten",  "monate",
    "monat",  "wochen", "woche",   "stunden",  "stunde",  "minuten", "minute",   "sekunden",
    "días",   "día",    "años",    "año",      "meses",   "mes",     "semanas",  "semana",
    "horas",  "hora",   "minutos", "segundos", "days",    "day",     "years",    "year",
    "months", "month",  "weeks",   "week",     "hours",   "hour",    "minutes",  "seconds",
    "uhr",    "mal",    "fach",    "veces",    "vez",     "times",   "punkte",   "punkten",
    "puntos", "points", "grad",    "grados",   "degrees", "jährige", "jährigen", "lebensjahr",
    "octanos"};

// Exact membership (InList) in kCountedNounStop and kNonFigureUnits, by first byte and length
// first: most words match no entry's shape (the entries are lower-case, so WordShapes::Maybe
// holds for every word equal to one).
constexpr scan::WordShapes kCountedNounStopShapes(kCountedNounStop);
constexpr scan::WordShapes kNonFigureUnitShapes(kNonFigureUnits);
bool CountedNounStop(std::string_view w) {
  return kCountedNounStopShapes.Maybe(w) && InList(w, kCountedNounStop);
}
bool NonFigureUnit(std::string_view w) {
  return kNonFigureUnitShapes.Maybe(w) && InList(w, kNonFigureUnits);
}

// Words before a bare number that make it a label, not a figure ("Artikel 5", "Seite 3").
constexpr std::string_view kLabelWords[] = {
    "artikel",   "paragraf", "paragraph",   "seite",   "seiten",    "nummer",   "nr",
    "kapitel",   "platz",    "tabelle",     "abs",     "art",       "artículo", "página",
    "número",    "núm",      "capítulo",    "tabla",   "page",      "number",   "no",
    "chapter",   "section",  "article",     "version", "versión",   "level",    "stufe",
    "runde",     "spieltag", "jornada",     "linie",   "línea",     "windows",  "iphone",
    "galaxy",    "covid",    "tel",         "fax",     "gruppe",    "día",      "n",
    "nº",        "kanon",    "profil",      "nexus",   "senat",     "tag",      "straße",
    "strasse",   "gasse",    "calle",       "avenida", "apollo",    "air",      "zahl",
    "versionen", "flash",    "playstation", "xbox",    "boeing",    "airbus",   "fase",
    "phase",     "folge",    "episode",     "staffel", "temporada", "teil",     "band",
    "modell",    "model",    "serie",       "series",  "typ",       "type",     "klasse",
    "liga",      "division", "ios",         "android", "modelo",    "canal",    "channel",
    "kanal",     "sender",   "ley",         "gesetz",  "grupo",
};

// German roads, platforms and school years before a bare number: labels too ("auf der
// Autobahn 9", "Klassen 5 bis 10").
constexpr std::string_view kLabelWordsDe[] = {
    "autobahn", "bundesautobahn", "bundesstraße", "landesstraße", "gleis", "buslinie", "klassen"};

// Spanish parts of a law, text or form before a bare number: labels ("el apartado 2 del
// artículo 14", "el párrafo 3", "la casilla 12 de la declaración").
constexpr std::string_view kLabelWordsEs[] = {"apartado", "apartados", "párrafo",  "párrafos",
                                              "inciso",   "incisos",   "epígrafe", "casilla"};

// First bytes of the unit words above, so ReadUnits skips the lists when nothing can match.
const FirstByteIndex kQuantityUnitIndex(kQuantityUnits, [](const Word& w) { return w.word; });
const FirstByteIndex kNonFigureUnitIndex(kNonFigureUnits, [](std::string_view w) { return w; });

struct UnitFirstBytes {
  std::bitset<256> percent;  // kPointWords, kBasisPointWords, kPercentWords
  std::bitset<256> other;    // kQuantityUnits, kNonFigureUnits
  UnitFirstBytes() {
    for (std::string_view w : kPointWords) percent.set(static_cast<uint8_t>(w[0]));
    for (std::string_view w : kBasisPointWords) percent.set(static_cast<uint8_t>(w[0]));
    for (std::string_view w : kPercentWords) percent.set(static_cast<uint8_t>(w[0]));
    for (const Word& w : kQuantityUnits) other.set(static_cast<uint8_t>(w.word[0]));
    for (std::string_view w : kNonFigureUnits) other.set(static_cast<uint8_t>(w[0]));
  }
};
const UnitFirstBytes kUnitFirstBytes;

// Month abbreviations ("12. Okt", "5 sept", "3 ene"); the full names are period.h's
// kMonthNames. IsMonthAt reads both.
constexpr std::string_view kMonthAbbreviations[] = {"jan", "feb", "sept", "sep", "okt", "oct",
                                                    "nov", "dez", "dic",  "ene", "abr", "apr",
                                                    "ago", "aug", "jun",  "jul"};
constexpr auto kMonths = [] {
  std::array<std::string_view, std::size(kMonthNames) + std::size(kMonthAbbreviations)> all{};
  size_t n = 0;
  for (const MonthName& m : kMonthNames) all[n++] = m.name;
  for (std::string_view w : kMonthAbbreviations) all[n++] = w;
  return all;
}();

const FirstByteIndex kMonthIndex(kMonths, [](std::string_view m) { return m; });

bool IsMonthAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return false;
  for (uint16_t i : kMonthIndex[s[pos]]) {
    if (MatchWord(s, pos, kMonths[i])) return true;
  }
  return false;
}

// Counted nouns -> normalized English singular. Matched against a whole word or the last
// segment of a hyphenated compound ("KI-Chips" -> "chips").
constexpr Word kNouns[] = {
    {"chips", "chip"},
    {"chip", "chip"},
    {"halbleiter", "chip"},
    {"gpus", "gpu"},
    {"gpu", "gpu"},
    {"grafikprozessoren", "gpu"},
    {"grafikkarten", "gpu"},
    {"beschleuniger", "accelerator"},
    {"aceleradores", "accelerator"},
    {"accelerators", "accelerator"},
    {"server", "server"},
    {"servern", "server"},
    {"servers", "server"},
    {"servidores", "server"},
    {"servidor", "server"},
    {"einheiten", "unit"},
    {"unidades", "unit"},
    {"units", "unit"},
    {"stück", "unit"},
    {"exemplare", "unit"},
    {"ejemplares", "unit"},
    {"nutzer", "user"},
    {"nutzern", "user"},
    {"nutzerinnen", "user"},
    {"benutzer", "user"},
    {"usuarios", "user"},
    {"users", "user"},
    {"abonnenten", "subscriber"},
    {"suscriptores", "subscriber"},
    {"subscribers", "subscriber"},
    {"mitarbeiter", "employee"},
    {"mitarbeitern", "employee"},
    {"mitarbeitende", "employee"},
    {"beschäftigte", "employee"},
    {"beschäftigten", "employee"},
    {"angestellte", "employee"},
    {"empleados", "employee"},
    {"trabajadores", "employee"},
    {"employees", "employee"},
    {"workers", "employee"},
    {"arbeitsplätze", "job"},
    {"jobs", "job"},
    {"empleos", "job"},
    {"menschen", "person"},
    {"personen", "person"},
    {"personas", "person"},
    {"people", "person"},
    {"einwohner", "resident"},
    {"habitantes", "resident"},
    {"kunden", "customer"},
    {"clientes", "customer"},
    {"customers", "customer"},
    {"fahrzeuge", "vehicle"},
    {"autos", "vehicle"},
    {"vehículos", "vehicle"},
    {"coches", "vehicle"},
    {"vehicles", "vehicle"},
    {"cars", "vehicle"},
    {"aktien", "share"},
    {"acciones", "share"},
    {"shares", "share"},
    {"rechenzentren", "data_center"},
    {"datacenters", "data_center"},
    {"llms", "llm"},
    {"sprachmodelle", "llm"},
    {"wafer", "wafer"},
    {"obleas", "wafer"},
    {"geräte", "device"},
    {"dispositivos", "device"},
    {"devices", "device"},
    {"smartphones", "smartphone"},
    {"teléfonos", "phone"},
    {"handys", "phone"},
    {"prozessoren", "processor"},
    {"procesadores", "processor"},
    {"processors", "processor"},
    {"cpus", "cpu"},
    {"unternehmen", "company"},
    {"firmen", "company"},
    {"empresas", "company"},
    {"companies", "company"},
    {"bestellungen", "order"},
    {"pedidos", "order"},
    {"orders", "order"},
    {"downloads", "download"},
    {"descargas", "download"},
    {"produktionslinien", "production_line"},
    {"fabriken", "factory"},
    {"fábricas", "factory"},
    {"factories", "factory"},
    {"wohnungen", "apartment"},
    {"viviendas", "home"},
    {"haushalte", "household"},
    {"hogares", "household"},
    {"flüchtlinge", "refugee"},
    {"refugiados", "refugee"},
    {"besucher", "visitor"},
    {"visitantes", "visitor"},
    {"zuschauer", "viewer"},
    {"pasajeros", "passenger"},
    {"passagiere", "passenger"},
    {"passengers", "passenger"},
    {"visitas", "visit"},
    {"visits", "visit"},
    {"legisladores", "legislator"},
    {"diputados", "legislator"},
    {"senadores", "legislator"},
    {"abgeordnete", "legislator"},
    {"gläubiger", "creditor"},
    {"acreedores", "creditor"},
    {"creditors", "creditor"},
    {"consoles", "console"},
    {"konsolen", "console"},
    {"consolas", "console"},
    {"stimmen", "vote"},
    {"votos", "vote"},
    {"votes", "vote"},
    {"fälle", "case"},
    {"casos", "case"},
    {"cases", "case"},
    {"tote", "death"},
    {"muertos", "death"},
    {"deaths", "death"},
    {"filialen", "store"},
    {"tiendas", "store"},
    {"stores", "store"},
    {"mitglieder", "member"},
    {"miembros", "member"},
    {"members", "member"},
    {"schüler", "student"},
    {"studenten", "student"},
    {"estudiantes", "student"},
    {"alumnos", "student"},
    {"students", "student"},
};

std::string_view NounUnit(std::string_view word) {
  // Last segment of a compound; quotes already normalized to '"'.
  while (!word.empty() && (word.back() == '"')) word.remove_suffix(1);
  const size_t dash = word.rfind('-');
  if (dash != std::string_view::npos) word = word.substr(dash + 1);
  while (!word.empty() && word.front() == '"') word.remove_prefix(1);
  // kNouns by word (the first entry of a word wins, as in a scan of the table), built once.
  static const auto* const kNounIndex = [] {
    auto* index = new std::unordered_map<std::string_view, std::string_view>();
    for (const Word& n : kNouns) index->emplace(n.word, n.value);
    return index;
  }();
  if (const auto it = kNounIndex->find(word); it != kNounIndex->end()) return it->second;
  // Glued model + noun ("a100gpu", "h20-gpus" handled above).
  for (std::string_view suf : {"gpus", "gpu"}) {
    if (word.size() > suf.size() && word.substr(word.size() - suf.size()) == suf &&
        IsDigit(word[word.size() - suf.size() - 1])) {
      return "gpu";
    }
  }
  return {};
}

// Vague magnitudes: "Hunderttausende", "miles de", "dozens".
constexpr Scale kVague[] = {
    {"hunderttausende", 1e5},
    {"zehntausende", 1e4},
    {"tausende", 1e3},
    {"hunderte", 1e2},
    {"dutzende", 12},
    {"millionen", 1e6},
    {"milliarden", 1e9},
    {"cientos de miles", 1e5},
    {"decenas de miles", 1e4},
    {"miles de millones", 1e9},
    {"cientos", 1e2},
    {"miles", 1e3},
    {"decenas", 10},
    {"millones", 1e6},
    {"hundreds of thousands", 1e5},
    {"tens of thousands", 1e4},
    {"hundreds", 1e2},
    {"thousands", 1e3},
    {"millions", 1e6},
    {"billions", 1e9},
    {"dozens", 12},
    {"docenas", 12},
};

// Qualifier words ending right before the figure (folded; multiword written in order).
struct QualWord {
  std::string_view phrase;
  Qualifier q;
};
constexpr QualWord kQualifiers[] = {
    {"knapp über", Qualifier::kMoreThan},
    {"knapp unter", Qualifier::kLessThan},
    {"mehr als", Qualifier::kMoreThan},
    {"weniger als", Qualifier::kLessThan},
    {"über", Qualifier::kMoreThan},
    {"unter", Qualifier::kLessThan},
    {"mindestens", Qualifier::kAtLeast},
    {"wenigstens", Qualifier::kAtLeast},
    {"höchstens", Qualifier::kAtMost},
    {"maximal", Qualifier::kAtMost},
    {"bis zu", Qualifier::kAtMost},
    {"rund", Qualifier::kApprox},
    {"etwa", Qualifier::kApprox},
    {"ca.", Qualifier::kApprox},
    {"ca", Qualifier::kApprox},
    {"circa", Qualifier::kApprox},
    {"zirka", Qualifier::kApprox},
    {"knapp", Qualifier::kApprox},
    {"fast", Qualifier::kApprox},
    {"beinahe", Qualifier::kApprox},
    {"nahezu", Qualifier::kApprox},
    {"annähernd", Qualifier::kApprox},
    {"ungefähr", Qualifier::kApprox},
    {"schätzungsweise", Qualifier::kApprox},
    {"geschätzte", Qualifier::kApprox},
    {"geschätzten", Qualifier::kApprox},
    {"más de", Qualifier::kMoreThan},
    {"más del", Qualifier::kMoreThan},
    {"superior a", Qualifier::kMoreThan},
    {"superará", Qualifier::kMoreThan},
    {"superó", Qualifier::kMoreThan},
    {"supera", Qualifier::kMoreThan},
    {"menos de", Qualifier::kLessThan},
    {"menos del", Qualifier::kLessThan},
    {"inferior a", Qualifier::kLessThan},
    {"al menos", Qualifier::kAtLeast},
    {"por lo menos", Qualifier::kAtLeast},
    {"como mínimo", Qualifier::kAtLeast},
    {"como máximo", Qualifier::kAtMost},
    {"hasta", Qualifier::kAtMost},
    {"cerca de", Qualifier::kApprox},
    {"cerca del", Qualifier::kApprox},
    {"alrededor de", Qualifier::kApprox},
    {"alrededor del", Qualifier::kApprox},
    {"en torno a", Qualifier::kApprox},
    {"en torno al", Qualifier::kApprox},
    {"aproximadamente", Qualifier::kApprox},
    {"casi", Qualifier::kApprox},
    {"unos", Qualifier::kApprox},
    {"unas", Qualifier::kApprox},
    {"more than", Qualifier::kMoreThan},
    {"over", Qualifier::kMoreThan},
    {"above", Qualifier::kMoreThan},
    {"less than", Qualifier::kLessThan},
    {"fewer than", Qualifier::kLessThan},
    {"under", Qualifier::kLessThan},
    {"below", Qualifier::kLessThan},
    {"at least", Qualifier::kAtLeast},
    {"at most", Qualifier::kAtMost},
    {"up to", Qualifier::kAtMost},
    {"about", Qualifier::kApprox},
    {"around", Qualifier::kApprox},
    {"approximately", Qualifier::kApprox},
    {"roughly", Qualifier::kApprox},
    {"nearly", Qualifier::kApprox},
    {"almost", Qualifier::kApprox},
};

// Qualifier from the words right before s[pos]; sets *qstart to where it begins.
const FirstByteIndex kQualifierByLastByte(kQualifiers, [](const QualWord& q) {
  return q.phrase.substr(q.phrase.size() - 1);  // bucketed by the last byte
});

Qualifier FindQualifier(std::string_view s, size_t pos, size_t* qstart) {
  size_t e = SkipSpacesBack(s, pos);
  // Skip up to one article ("cerca de las 600 000", "más del 20 %" handled in the table).
  size_t ws;
  std::string_view w = PrevWord(s, e, &ws);
  const bool article = !w.empty() && IsArticleOrContraction(w) && w != "al";
  if (article) e = SkipSpacesBack(s, ws);
  if (e == 0) return Qualifier::kExact;
  // Only the phrases ending in the byte before `e` can match (table order kept).
  for (uint16_t i : kQualifierByLastByte[s[e - 1]]) {
    const QualWord& q = kQualifiers[i];
    const size_t n = q.phrase.size();
    size_t end = e;
    // allow "ca." written with its dot
    if (end < n) continue;
    const size_t b = end - n;
    // The byte before the last first (one compare), then the whole phrase.
    if (n >= 2 && s[end - 2] != q.phrase[n - 2]) continue;
    if (s.compare(b, n, q.phrase) != 0) continue;
    if (b > 0 && IsWordByte(s, b - 1)) continue;
    // "eine Umfrage unter 384 Unternehmen": among the firms asked, not fewer than 384 (but
    // "in Umfragen unter der 5-Prozent-Hürde" is below it).
    if (q.phrase == "unter" && !article) {
      size_t sb;
      const std::string_view before = PrevWord(s, SkipSpacesBack(s, b), &sb);
      bool survey = false;
      for (std::string_view noun : {"umfrage", "umfragen", "befragung", "erhebung", "studie"}) {
        survey = survey || before.ends_with(noun);
      }
      if (survey) return Qualifier::kExact;
    }
    *qstart = b;
    return q.q;
  }
  return Qualifier::kExact;
}

// Price/value context before a scaled number without currency ("precio ... 1,3 millones").
constexpr std::string_view kPriceWords[] = {
    "precio",   "preis",    "kostet",   "kosten",   "cuesta",   "coste",     "costo",
    "valor",    "umsatz",   "ingresos", "factur",   "gewinn",   "beneficio", "price",
    "revenue",  "cost",     "ganó",     "ganancia", "deuda",    "pérdida",   "perdió",
    "schulden", "verlust",  "überschu", "defizit",  "kapital",  "budget",    "presupuest",
    "inversi",  "invest",   "profit",   "loss",     "debt",     "earnings",  "turnover",
    "worth",    "valued",   "paid",     "spent",    "spend",    "funding",   "pagar",
    "pagó",     "zahlt",    "zahlen",   "schaden",  "vermögen", "erlös",     "kredit",
    "crédito",  "préstamo", "loan"};

// Spanish money nouns and verbs of public and company accounts, looked for in Spanish text
// only (a bare "592 millones" after "subvenciones", "ayudas", "déficit", "dotación",
// "margen" is money: Spanish names what a scaled number counts).
constexpr std::string_view kPriceWordsEs[] = {
    "subvenci", "ayudas", "déficit", "dotaci", "indemnizaci", "financi", "margen", "recaud",
    "gasto", "importe", "fondos", "partida presupuest",
    // income and results: "ingresar", "el resultado de explotación", "un recorte"
    "ingres", "explotaci", "resultado", "recorte"};

// kPriceWords bucketed by first byte (built once at static initialization); with the
// Spanish words when `es`.
struct PriceWordIndex {
  std::array<std::vector<std::string_view>, 256> by_first;
  explicit PriceWordIndex(bool es) {
    for (std::string_view w : kPriceWords) by_first[static_cast<uint8_t>(w[0])].push_back(w);
    if (!es) return;
    for (std::string_view w : kPriceWordsEs) by_first[static_cast<uint8_t>(w[0])].push_back(w);
  }
};
const PriceWordIndex kPriceWordIndex(false);
const PriceWordIndex kPriceWordIndexEs(true);

// German: a sentence that counts people or things ("Die Stadt zählt heute 2 Millionen", "in
// der Region leben 3 Millionen", "im Tal lebten damals 2 Millionen"): a scaled bare number
// there is no amount of money, whatever the sentence before spoke of. The past "lebte"/"lebten"
// only as whole words: "erlebte", "belebte" count nothing ("der Umsatz erlebte einen Einbruch").
bool CountsPeopleDe(std::string_view s) {
  static constexpr std::array<std::string_view, 16> kCounting = {
      "zählt",     "leben",    "lebt ",     "einwohner",  "menschen",    "bewohner",
      "nutzer",    "kunden",   "besucher",  "mitglieder", "mitarbeiter", "beschäftigte",
      "haushalte", "personen", "zuschauer", "fahrgäste"};
  for (const std::string_view w : kCounting) {
    if (s.find(w) != std::string_view::npos) return true;
    // Capitalised in the original text, folded in a window.
    std::string cap(w);
    cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
    if (s.find(cap) != std::string_view::npos) return true;
  }
  for (const std::string_view w : {std::string_view("lebte"), std::string_view("Lebte")}) {
    for (size_t i = s.find(w); i != std::string_view::npos; i = s.find(w, i + 1)) {
      if (i > 0 && IsWordByte(s, i - 1)) continue;
      const size_t e = i + w.size() + (i + w.size() < s.size() && s[i + w.size()] == 'n');
      if (!IsWordByte(s, e)) return true;
    }
  }
  return false;
}

// A price word anywhere (also inside a compound: "Gesamtumsatz") in the 120 bytes before pos,
// with no counted noun between it and pos ("el número de pasajeros ... siete millones": the
// nearer cue wins).
bool HasPriceContext(std::string_view s, size_t pos, Lang lang) {
  const PriceWordIndex& index = lang == Lang::kEs ? kPriceWordIndexEs : kPriceWordIndex;
  const size_t from = pos > 120 ? pos - 120 : 0;
  size_t found = std::string_view::npos;
  for (size_t i = pos; i-- > from && found == std::string_view::npos;) {
    for (std::string_view w : index.by_first[static_cast<uint8_t>(s[i])]) {
      if (i + w.size() <= pos && s.compare(i, w.size(), w) == 0) {
        found = i;
        break;
      }
    }
  }
  if (found == std::string_view::npos) return false;
  // German: a counting word between the price word and just after the number ("kostete 4
  // Millionen Euro. Die Stadt zählt heute 2 Millionen") makes the number no amount.
  if (lang == Lang::kDe && CountsPeopleDe(s.substr(found, std::min(s.size(), pos + 24) - found))) {
    return false;
  }
  // Nouns in the price word's own complement ("el precio de los ocho servidores") do not
  // count: only those more than 6 words after it.
  int words = 0;
  for (size_t i = found; i < pos;) {
    while (i < pos && !IsWordByte(s, i)) ++i;
    const size_t e = std::min(WordEnd(s, i), pos);
    if (e > i && ++words > 6 && !NounUnit(s.substr(i, e - i)).empty()) return false;
    i = e + 1;
  }
  return true;
}

// A scale word, currency or percent sign follows position i (after spaces).
bool UnitFollows(std::string_view s, size_t i, Lang lang) {
  const size_t t = SkipSpaces(s, i);
  size_t e;
  if (MatchScale(s, t, lang, &e) > 0 || MatchCurrency(s, t, &e)) return true;
  for (std::string_view w : kPercentWords) {
    if (MatchWord(s, t, w, &e)) return true;
  }
  return false;
}

// A percent or points word follows position i (after spaces): "45 %", "30 por ciento".
bool PercentFollows(std::string_view s, size_t i) {
  const size_t t = SkipSpaces(s, i);
  size_t e;
  for (std::string_view w : kPercentWords) {
    if (MatchWord(s, t, w, &e)) return true;
  }
  for (std::string_view w : kPointWords) {
    if (MatchWord(s, t, w, &e)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Spelled-out numbers.

struct NumWord {
  std::string_view word;
  int value;
  int kind;  // 0 plain, 1 "hundred" (multiplies), 2 thousand (multiplies and closes),
             // 3 only after a conjunction ("uno" in "treinta y uno")
};
constexpr NumWord kNumWords[] = {
    // Spanish
    {"cero", 0, 0},
    {"dos", 2, 0},
    {"tres", 3, 0},
    {"cuatro", 4, 0},
    {"cinco", 5, 0},
    {"seis", 6, 0},
    {"siete", 7, 0},
    {"ocho", 8, 0},
    {"nueve", 9, 0},
    {"diez", 10, 0},
    {"once", 11, 0},
    {"doce", 12, 0},
    {"trece", 13, 0},
    {"catorce", 14, 0},
    {"quince", 15, 0},
    {"dieciséis", 16, 0},
    {"diecisiete", 17, 0},
    {"dieciocho", 18, 0},
    {"diecinueve", 19, 0},
    {"veinte", 20, 0},
    {"veintiuno", 21, 0},
    {"veintidós", 22, 0},
    {"veintitrés", 23, 0},
    {"veinticuatro", 24, 0},
    {"veinticinco", 25, 0},
    {"veintiséis", 26, 0},
    {"veintisiete", 27, 0},
    {"veintiocho", 28, 0},
    {"veintinueve", 29, 0},
    {"treinta", 30, 0},
    {"cuarenta", 40, 0},
    {"cincuenta", 50, 0},
    {"sesenta", 60, 0},
    {"setenta", 70, 0},
    {"ochenta", 80, 0},
    {"noventa", 90, 0},
    {"cien", 100, 0},
    {"ciento", 100, 0},
    {"doscientos", 200, 0},
    {"doscientas", 200, 0},
    {"trescientos", 300, 0},
    {"trescientas", 300, 0},
    {"cuatrocientos", 400, 0},
    {"cuatrocientas", 400, 0},
    {"quinientos", 500, 0},
    {"quinientas", 500, 0},
    {"seiscientos", 600, 0},
    {"seiscientas", 600, 0},
    {"setecientos", 700, 0},
    {"setecientas", 700, 0},
    {"ochocientos", 800, 0},
    {"ochocientas", 800, 0},
    {"novecientos", 900, 0},
    {"novecientas", 900, 0},
    {"mil", 1000, 2},
    {"uno", 1, 3},
    {"una", 1, 3},
    {"un", 1, 3},
    // English
    {"zero", 0, 0},
    {"two", 2, 0},
    {"three", 3, 0},
    {"four", 4, 0},
    {"five", 5, 0},
    {"six", 6, 0},
    {"seven", 7, 0},
    {"eight", 8, 0},
    {"nine", 9, 0},
    {"ten", 10, 0},
    {"eleven", 11, 0},
    {"twelve", 12, 0},
    {"thirteen", 13, 0},
    {"fourteen", 14, 0},
    {"fifteen", 15, 0},
    {"sixteen", 16, 0},
    {"seventeen", 17, 0},
    {"eighteen", 18, 0},
    {"nineteen", 19, 0},
    {"twenty", 20, 0},
    {"thirty", 30, 0},
    {"forty", 40, 0},
    {"fifty", 50, 0},
    {"sixty", 60, 0},
    {"seventy", 70, 0},
    {"eighty", 80, 0},
    {"ninety", 90, 0},
    {"hundred", 100, 1},
    {"thousand", 1000, 2},
    {"one", 1, 3},
    {"dozen", 12, 0},
    {"docena", 12, 0},
    {"dutzend", 12, 0},
    {"eins", 1, 0},
    {"null", 0, 0},
};

const FirstByteIndex kNumWordIndex(kNumWords, [](const NumWord& n) { return n.word; });

const NumWord* LookupNumWord(std::string_view w) {
  if (w.empty()) return nullptr;
  for (uint16_t i : kNumWordIndex[w[0]]) {
    if (w == kNumWords[i].word) return &kNumWords[i];
  }
  return nullptr;
}

int GermanUnit(std::string_view w, bool in_compound) {
  static constexpr std::string_view kUnits[] = {"",     "ein",   "zwei",   "drei", "vier",
                                                "fünf", "sechs", "sieben", "acht", "neun"};
  for (int i = 1; i < 10; ++i) {
    if (w == kUnits[i] && (i != 1 || in_compound)) return i;
  }
  if (w == "eins") return 1;
  return -1;
}

int GermanBelow100(std::string_view w, bool in_compound) {
  static constexpr NumWord kDe[] = {
      {"zehn", 10, 0},     {"elf", 11, 0},      {"zwölf", 12, 0},    {"dreizehn", 13, 0},
      {"vierzehn", 14, 0}, {"fünfzehn", 15, 0}, {"sechzehn", 16, 0}, {"siebzehn", 17, 0},
      {"achtzehn", 18, 0}, {"neunzehn", 19, 0}, {"zwanzig", 20, 0},  {"dreißig", 30, 0},
      {"vierzig", 40, 0},  {"fünfzig", 50, 0},  {"sechzig", 60, 0},  {"siebzig", 70, 0},
      {"achtzig", 80, 0},  {"neunzig", 90, 0},
  };
  if (w.empty()) return -1;
  const int u = GermanUnit(w, in_compound);
  if (u > 0) return u;
  for (const NumWord& n : kDe) {
    if (w == n.word) return n.value;
  }
  const size_t und = w.find("und");
  if (und != std::string_view::npos && und > 0) {
    const int a = GermanUnit(w.substr(0, und), true);
    const std::string_view rest = w.substr(und + 3);
    int t = -1;
    for (const NumWord& n : kDe) {
      if (rest == n.word && n.value >= 20) t = n.value;
    }
    if (a > 0 && t > 0) return a + t;
  }
  return -1;
}

int GermanBelow1000(std::string_view w, bool in_compound) {
  const size_t h = w.find("hundert");
  if (h == std::string_view::npos) return GermanBelow100(w, in_compound);
  int left = 1;
  if (h > 0) left = GermanUnit(w.substr(0, h), true);
  if (left <= 0) return -1;
  const std::string_view rest = w.substr(h + 7);
  int right = 0;
  if (!rest.empty()) right = GermanBelow100(rest, true);
  if (right < 0) return -1;
  return left * 100 + right;
}

// German number word ("zweihundertfünfzig", "dreitausend", "acht"); -1 if not one.
int GermanNumber(std::string_view w) {
  if (w == "null") return 0;
  const size_t t = w.find("tausend");
  if (t == std::string_view::npos) return GermanBelow1000(w, false);
  int left = 1;
  if (t > 0) left = GermanBelow1000(w.substr(0, t), true);
  if (left <= 0) return -1;
  const std::string_view rest = w.substr(t + 7);
  int right = 0;
  if (!rest.empty()) right = GermanBelow1000(rest, true);
  if (right < 0) return -1;
  return left * 1000 + right;
}

// German "and a half" compounds: "eineinhalb" 1.5, "zweieinhalb" 2.5, "anderthalb" 1.5,
// "dreiundzwanzigeinhalb" 23.5; 0 if not one.
double GermanFraction(std::string_view w) {
  if (w == "anderthalb") return 1.5;
  constexpr std::string_view kHalf = "einhalb";
  if (w.size() <= kHalf.size() || w.substr(w.size() - kHalf.size()) != kHalf) return 0;
  const std::string_view head = w.substr(0, w.size() - kHalf.size());
  const int n = head == "ein" ? 1 : GermanNumber(head);
  return n > 0 ? n + 0.5 : 0;
}

// ---------------------------------------------------------------------------------------
// Candidate pre-filter for letter words: a 64 Ki-bit set keyed by (first, last, length).

uint32_t WordKey(char first, char last, size_t len) {
  const auto f = static_cast<uint8_t>(Lower(first));
  const auto l = static_cast<uint8_t>(Lower(last));
  return (f * 131u + l * 7u + static_cast<uint32_t>(std::min<size_t>(len, 40)) * 1031u) & 0xFFFF;
}

// FNV-1a over the ASCII-lower-cased bytes of a word.
inline uint64_t WordHash(std::string_view w) {
  uint64_t h = 1469598103934665603ULL;
  for (char c : w) {
    h ^= static_cast<uint8_t>(Lower(c));
    h *= 1099511628211ULL;
  }
  return h | 1;  // never 0 (= empty slot)
}

// Byte classes of the candidate scan's shape filter (TriggerWords::MayTrigger): the ASCII
// letters 1..26 in either case, 0xC3 27, continuation bytes 28..31 (by their low two bits),
// every other byte 0 (no word of the scan has one).
constexpr std::array<uint8_t, 256> kShapeClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const int l = c | 0x20;
    t[c] = c < 0x80 && l >= 'a' && l <= 'z' ? static_cast<uint8_t>(l - 'a' + 1)
           : c == 0xC3                      ? 27
           : (c & 0xC0) == 0x80             ? static_cast<uint8_t>(28 + (c & 3))
                                            : 0;
  }
  return t;
}();

struct TriggerWords {
  static constexpr size_t kSlots = 2048;  // power of two, > 4x the number of words
  std::bitset<65536> keys;                // fast pre-filter on (first, last, length)
  std::array<uint64_t, kSlots> slots{};   // open addressing on the full 64-bit hash
  // Shape filter of the candidate scan: bit min(length, 63) of
  // by_ends[class(first) * 32 + class(last)] is set for each word of the set, and of
  // by_tail[class(second last) * 32 + class(last)] for lengths >= 7 ending like a German
  // number compound (IsTriggerWord). A superset of IsTriggerWord's words.
  static constexpr size_t kClasses = 32;  // kShapeClass values: 0 .. 31
  std::array<uint64_t, kClasses * kClasses> by_ends{};
  std::array<uint64_t, kClasses * kClasses> by_tail{};
  // And bit class(second) of by_head[class(first)] for each word of the set (a word of one
  // byte reads its first byte as the second): by_ends alone let through the words that share
  // first, last byte and length with a number word of another language ("das", "des" for
  // "dos", "für" for "four"), whose hash probe then missed the cache. 128 bytes.
  std::array<uint32_t, kClasses> by_head{};
  static size_t ShapeIndex(uint8_t a, uint8_t b) {
    return kShapeClass[a] * kClasses + kShapeClass[b];
  }
  // REQUIRES: len >= 1 (p[0..len) a word of the scan: starts with an ASCII letter).
  // Both tables are read for every word, without a branch on the length (which would be
  // mispredicted on a third of the words): by_tail has no bit below kTailMin (AddTail), and
  // a one-byte word reads its only byte as the second last.
  static constexpr size_t kTailMin = 7;
  [[nodiscard]] bool MayTrigger(const uint8_t* p, size_t len) const {
    const uint8_t last = p[len - 1];
    const uint8_t second_last = p[len - 2 + static_cast<size_t>(len == 1)];
    const uint8_t second = p[static_cast<size_t>(len > 1)];
    const uint64_t head = (by_head[kShapeClass[p[0]]] >> kShapeClass[second]) & 1;
    const uint64_t bits = (by_ends[ShapeIndex(p[0], last)] & (uint64_t{0} - head)) |
                          by_tail[ShapeIndex(second_last, last)];
    return ((bits >> std::min<size_t>(len, 63)) & 1) != 0;
  }
  void AddTail(std::string_view tail) {  // German compound ending, lengths >= 7
    const auto* t = reinterpret_cast<const uint8_t*>(tail.data() + tail.size() - 2);
    by_tail[ShapeIndex(t[0], t[1])] |= ~uint64_t{0} << kTailMin;
  }
  void Add(std::string_view w) {
    const size_t sp = w.find(' ');
    if (sp != std::string_view::npos) w = w.substr(0, sp);
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (w.empty() || !IsAsciiAlpha(w.front())) return;
    keys.set(WordKey(w.front(), w.back(), w.size()));
    by_ends[ShapeIndex(static_cast<uint8_t>(w.front()), static_cast<uint8_t>(w.back()))] |=
        uint64_t{1} << std::min<size_t>(w.size(), 63);
    by_head[kShapeClass[static_cast<uint8_t>(w.front())]] |=
        uint32_t{1} << kShapeClass[static_cast<uint8_t>(w[w.size() > 1 ? 1 : 0])];
    const uint64_t h = WordHash(w);
    for (size_t i = h & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
      if (slots[i] == h) return;
      if (slots[i] == 0) {
        slots[i] = h;
        return;
      }
    }
  }
  // A 64-bit hash match counts as membership: a collision would only open a window that the
  // grammar then rejects.
  bool Contains(std::string_view w) const {
    if (!keys.test(WordKey(w.front(), w.back(), w.size()))) return false;
    const uint64_t h = WordHash(w);
    for (size_t i = h & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
      if (slots[i] == h) return true;
      if (slots[i] == 0) return false;
    }
  }
  TriggerWords() {
    for (const NumWord& n : kNumWords) {
      if (n.kind != 3) Add(n.word);
    }
    for (const Scale& sc : kScales) Add(sc.word);
    Add("billion");
    for (const Scale& v : kVague) Add(v.word);
    for (std::string_view w :
         {"zwei",     "drei",       "vier",       "fünf",     "sechs",    "sieben",
          "acht",     "neun",       "zehn",       "elf",      "zwölf",    "hundert",
          "tausend",  "einhundert", "eintausend", "dreizehn", "vierzehn", "fünfzehn",
          "sechzehn", "siebzehn",   "achtzehn",   "neunzehn", "zwanzig",  "dreißig",
          "vierzig",  "fünfzig",    "sechzig",    "siebzig",  "achtzig",  "neunzig"}) {
      Add(w);
    }
    // The endings IsTriggerWord accepts for words longer than six bytes.
    for (std::string_view tail :
         {"zig", "ßig", "hundert", "tausend", "zehn", "einhalb", "anderthalb"}) {
      AddTail(tail);
    }
  }
};

// Built once at static initialization (no guard on the hot path); read-only afterwards.
const TriggerWords kTriggerWords;
inline const TriggerWords& Triggers() {
  return kTriggerWords;
}

bool EndsWithAsciiCI(std::string_view w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (Lower(w[w.size() - suffix.size() + i]) != suffix[i]) return false;
  }
  return true;
}

[[gnu::always_inline]] inline bool IsTriggerWord(std::string_view w) {
  if (Triggers().Contains(w)) return true;
  // German compounds: "zweihundertfünfzig", "dreitausend", "fünfundzwanzig".
  if (w.size() <= 6) return false;
  switch (Lower(w.back())) {
    case 'g':
      return EndsWithAsciiCI(w, "zig") || EndsWithAsciiCI(w,
                                                          "\xC3\x9F"
                                                          "ig");
    case 't':
      return EndsWithAsciiCI(w, "hundert");
    case 'd':
      return EndsWithAsciiCI(w, "tausend");
    case 'n':
      return EndsWithAsciiCI(w, "zehn");
    case 'b':
      return EndsWithAsciiCI(w, "einhalb") || EndsWithAsciiCI(w, "anderthalb");
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------
// The per-window parser.

struct Simple {          // one number with its scale and unit, before ranges/nouns
  size_t start = 0;      // folded offset of the first byte (currency prefix included)
  size_t num_start = 0;  // first byte of the numeral
  size_t end = 0;        // one past the last consumed byte
  double value = 0;
  bool has_scale = false;
  bool spelled = false;
  bool is_money = false;
  bool is_percent = false;
  bool is_points = false;
  std::string_view currency;
  std::string_view quantity_unit;
  bool reject = false;  // duration, multiplier, year...: consumed but not a figure
  bool year = false;
  bool bare_dollar = false;  // the currency is a bare "$" before the number
};

class WindowParser {
 public:
  WindowParser(std::string_view original, const NormalizedWindow& w, Lang lang, Field field,
               std::vector<Figure>* out, std::vector<uint32_t>* tentative,
               std::vector<double>* scales, int8_t* comma_groups)
      : orig_(original),
        comma_groups_(comma_groups),
        w_(w),
        s_(w.text),
        lang_(lang),
        field_(field),
        out_(out),
        tentative_(tentative),
        scales_(scales) {}

  // Parses the candidates [first, last) (original offsets, ascending, all inside the window).
  // Only candidate positions are examined; the rest of the window is context.
  void Run(const uint32_t* first, const uint32_t* last) {
    const std::string_view s = s_;
    const uint32_t* begin = w_.begin;
    const size_t n = s.size();
    size_t p = 0;                       // everything before p is consumed
    size_t i = 0;                       // normalized index of the current candidate
    uint32_t prev_key = w_.orig_begin;  // original offset of normalized index 0
    for (const uint32_t* t = first; t != last; ++t) {
      // Map the original offset to the normalized index (offsets are non-decreasing): the
      // first index >= i whose offset is >= *t (std::lower_bound's answer), walked to from
      // the previous candidate's index plus the original distance. Normalization seldom
      // changes a length between two candidates (NBSP to a space, a quote, a dropped
      // character), so the walks are mostly empty; a binary search mispredicted half of its
      // branches.
      const uint32_t key = *t;
      const size_t lo = i;  // the previous candidate's index
      i = std::min<size_t>(lo + (key - prev_key), n);
      prev_key = key;
      while (i > lo && begin[i - 1] >= key) --i;
      while (i < n && begin[i] < key) ++i;
      if (i >= n) break;
      if (begin[i] != *t || i < p) continue;  // dropped character, or inside a figure
      const bool at_start = i == 0 || (!IsWordByte(s, i - 1) && !IsDigit(s[i - 1]));
      if (!at_start) continue;
      if (IsDigit(s[i])) {
        p = std::max(i + 1, TryFigure(i, /*spelled=*/false));
      } else if (IsWordByte(s, i)) {
        const size_t e = WordEnd(s, i);
        if (IsAsciiAlpha(s[i]) && IsTriggerWord(s.substr(i, e - i))) {
          p = std::max(e, TryWordStart(i));
        }
      }
    }
  }

 private:
  uint32_t O(size_t a) const { return w_.OrigStart(a); }
  uint32_t OE(size_t b) const { return w_.OrigEnd(b); }

  // Numeral at p (digits or spelled); fills value/num end.
  bool ReadNumeral(size_t p, bool spelled, Numeral* n) const {
    std::optional<Numeral> r =
        spelled ? ParseSpelledNumeral(s_, p) : ParseDigitNumeral(s_, p, lang_);
    if (!r) return false;
    // Spanish: "3,700 pesos" groups in a text that writes its thousands with commas.
    if (r->unit_decimal && lang_ == Lang::kEs) {
      if (*comma_groups_ < 0) *comma_groups_ = figure_detail::CommaGroupsEs(orig_) ? 1 : 0;
      if (*comma_groups_ == 1) r = ParseDigitNumeral(s_, p, lang_, /*comma_groups=*/true);
      if (!r) return false;
    }
    *n = *r;
    return true;
  }

  // Scale, percent, currency, quantity or rejecting unit after the numeral.
  void ReadUnits(Simple* x, size_t q) const {
    const std::string_view s = s_;
    size_t r = q;
    // Glued suffix: scale abbreviations after a currency prefix ("$5bn", "€3m"), in a money
    // range ("$779m-798m") or before a currency word ("18.6bn euros", "650m euro", "36bn
    // kroner", "a 5bn-euro loss"); "bn" alone; English pence ("548p"). Anything else glued is a
    // model/version number.
    if (IsWordByte(s, r)) {
      const size_t e = WordEnd(s, r);
      const std::string_view suf = s.substr(r, e - r);
      double m = 0;
      if (suf == "bn" || suf == "b") m = 1e9;
      if (suf == "m" || suf == "mn" || suf == "mio") m = 1e6;
      if (suf == "k") m = 1e3;
      if (suf == "tn") m = 1e12;
      size_t ce = e;
      const Currency* after = nullptr;
      if (m > 0 && !x->is_money && !money_range_) {
        size_t t = SkipSpaces(s, e);
        if (t > e) after = MatchCurrency(s, t, &ce);
        if (t == e && e + 1 < s.size() && s[e] == '-') after = MatchCurrency(s, e + 1, &ce);
        // "bn" names no model or version: a bare "4.3bn" is a scaled amount whose unit a
        // neighbour states ("8.7bn rupees, up from 4.3bn in 2019").
        const bool bare_bn = after == nullptr && suf == "bn";
        if (!bare_bn && (after == nullptr || after->factor != 1)) m = 0;
      }
      if (m == 0 && suf == "p" && lang_ == Lang::kEn && !x->is_money) {
        x->is_money = true;
        x->currency = "GBP";
        x->value *= 0.01;
        x->end = e;
        return;
      }
      if (m == 0) {
        x->reject = true;  // model/version numbers: "80G", "5G", "910B"
        x->end = e;
        return;
      }
      x->value *= m;
      x->has_scale = true;
      x->end = e;
      if (after != nullptr) {
        x->is_money = true;
        x->currency = after->code;
        x->end = ce;
      } else if (money_range_ && !x->is_money) {
        x->is_money = true;
      }
      return;
    }
    size_t t = SkipSpaces(s, r);
    if (t < s.size() && s[t] == '-' && t == r) t = r + 1;  // "12-Milliarden-Dollar"
    size_t e;
    if (const double m = MatchScale(s, t, lang_, &e); m > 0) {
      x->value *= m;
      x->has_scale = true;
      r = e;
      // Mexican style "19 mil 500", "300 mil 512.40" (also with a doubled space, "41 mil
      // 206"): the hundreds follow "mil"; "2 millones 300 mil": the thousands follow
      // "millones".
      if (m == 1e3 && StartsWith(s, t, "mil ")) {
        const std::optional<Numeral> h = HundredsAfterMil(r, x->num_start);
        if (h) {
          x->value += h->value;
          r = h->end;
          // "3 mil 590 millones": the thousands and hundreds of millions.
          size_t me;
          if (const size_t u = SkipSpaces(s, r);
              u > r && MatchScale(s, u, lang_, &me) == 1e6 && StartsWith(s, u, "millon")) {
            x->value *= 1e6;
            r = me;
          }
        }
      } else if (m == 1e6 && (StartsWith(s, t, "millones ") || StartsWith(s, t, "millón ")) &&
                 r + 1 < s.size() && IsDigit(s[r + 1])) {
        const std::optional<Numeral> th = ParseDigitNumeral(s, r + 1, lang_);
        size_t me;
        if (th && th->int_digits <= 3 && !th->grouped && !th->decimal &&
            MatchWord(s, SkipSpaces(s, th->end), "mil", &me) && th->end < s.size() &&
            s[th->end] == ' ') {
          x->value += th->value * 1e3;
          r = me;
        }
      }
      // "dos millones y medio", "un millón y medio de euros"
      if (m >= 1e6 && (StartsWith(s, r, " y medio") || StartsWith(s, r, " y media")) &&
          !IsWordByte(s, r + 8)) {
        x->value += 0.5 * m;
        r += 8;
      }
      t = SkipSpaces(s, r);
      if (t < s.size() && s[t] == '-' && t == r) t = r + 1;
    } else if (x->is_money && (MatchWord(s, t, "m", &e) || MatchWord(s, t, "k", &e))) {
      x->value *= s[t] == 'm' ? 1e6 : 1e3;
      x->has_scale = true;
      r = e;
      t = SkipSpaces(s, r);
    }
    x->end = r;
    // Spanish "$ 12.559 pesos", "$500 pesos colombianos": the "$" is the sign of the pesos
    // named after the amount (a bare "pesos" takes the article's peso, figure_context.h);
    // "$250 dólares" is dollars, whatever peso the article names.
    if (x->bare_dollar && lang_ == Lang::kEs) {
      if (const Currency* c = MatchCurrency(s, t, &e);
          c != nullptr && (c->word.starts_with("pesos") || c->word.starts_with("dólar")) &&
          c->factor == 1) {
        x->currency = c->code;
        x->end = e;
        return;
      }
    }
    if (DegreeSignAfter(r)) {
      x->reject = true;
      return;
    }
    const auto first = static_cast<uint8_t>(t < s.size() ? s[t] : 0);
    if (kUnitFirstBytes.percent.test(first)) {
      for (std::string_view w : kPointWords) {
        if (MatchWord(s, t, w, &e)) {
          x->is_percent = x->is_points = true;
          x->end = e;
          return;
        }
      }
      for (std::string_view w : kBasisPointWords) {
        if (MatchWord(s, t, w, &e)) {
          x->is_percent = x->is_points = true;
          x->value *= 0.01;
          x->end = e;
          return;
        }
      }
      for (std::string_view w : kPercentWords) {
        if (MatchWord(s, t, w, &e)) {
          x->is_percent = true;
          x->end = e;
          return;
        }
      }
    }
    if (!x->is_money) {
      size_t u = t;
      // "millones de dólares", "billion of dollars"
      // Spanish millions in digits take "de" too: "45.000.000 de pesos".
      if ((x->has_scale || (lang_ == Lang::kEs && !x->spelled && x->value >= 1e6)) &&
          (MatchWord(s, t, "de", &e) || MatchWord(s, t, "of", &e))) {
        u = SkipSpaces(s, e);
      }
      if (const Currency* c = MatchCurrency(s, u, &e);
          c != nullptr &&
          !(lang_ == Lang::kEn && c->word == "won" && !x->has_scale && x->value < 1000)) {
        // English "won" after a small bare number is the verb ("Burnout 3 won two awards"),
        // not Korean won (those come in thousands or with a scale: "100 trillion won").
        // German "12,5 Sek." (Sekunden) in results: a time, not Swedish kronor.
        if (lang_ == Lang::kDe && c->word == "sek" && e < s.size() && s[e] == '.') {
          x->reject = true;
          x->end = e;
          return;
        }
        x->is_money = true;
        x->currency = c->code;
        x->value *= c->factor;
        x->end = e;
        return;
      }
    }
    if (x->is_money) return;
    if (QuantityAfterScaleEs(s, t, x)) return;
    if (!kUnitFirstBytes.other.test(first)) return;
    if (QuantityUnitAt(s, t, x)) return;
    for (uint16_t i : kNonFigureUnitIndex[static_cast<char>(first)]) {
      if (MatchWord(s, t, kNonFigureUnits[i], &e) && !StartsWith(s, e, " de venta")) {
        x->reject = true;
        x->end = e;
        return;
      }
    }
  }

  // A degree sign right after the number, or after a blank ("38°C", "36,5 °C", "a 70 ° C"):
  // a temperature or an angle, in degrees, which are no figure ("grados" is not either:
  // kNonFigureUnits). Normalization turns the sign into a blank, so the original text is
  // asked.
  bool DegreeSignAfter(size_t r) const {
    for (size_t k = r; k < s_.size() && k < r + 3; ++k) {
      const uint32_t o = w_.OrigStart(k);
      if (orig_.substr(o, 2) == "\u00B0") return true;  // U+00B0 DEGREE SIGN
      if (s_[k] != ' ') return false;
    }
    return false;
  }

  // Spanish: a scaled number that counts nothing right after "por" is what something is sold,
  // bought or done for ("vender su 5 % por 2.000 millones", "el proyecto, por 73 millones").
  bool ForPriceEs(size_t start) const {
    size_t b;
    return lang_ == Lang::kEs && PrevWord(s_, start, &b) == "por";
  }

  // Spanish: a scaled number that counts nothing shortly after an amount of money, also in
  // the sentence after, continues that list of amounts ("… por 13.200 millones de euros. En la
  // administración será de 4.315 millones, …").
  // Not when a counted noun comes between ("… 5 millones de euros. El número de pasajeros
  // llegó a siete millones").
  bool AfterMoneyEs(size_t start) const {
    if (lang_ != Lang::kEs || out_->empty()) return false;
    const Figure& prev = out_->back();
    const uint32_t here = O(start);
    if (prev.kind != FigureKind::kMoney || prev.end > here || here - prev.end > 160) return false;
    for (size_t b = start; b > 0;) {
      size_t wb = 0;
      const std::string_view w = PrevWord(s_, b, &wb);
      if (w.empty()) {  // punctuation: step over it
        b = SkipSpacesBack(s_, b);
        if (b == 0 || O(b - 1) < prev.end) break;
        --b;
        continue;
      }
      if (O(wb) < prev.end) break;
      if (!NounUnit(w).empty()) return false;
      b = wb;
    }
    return true;
  }

  // Spanish: a unit of measure after a scale word and "de" ("43 millones de toneladas", "medio
  // millón de toneladas"): a quantity, as "43 toneladas" is, not a count of tonnes.
  bool QuantityAfterScaleEs(std::string_view s, size_t t, Simple* x) const {
    size_t e = 0;
    if (lang_ != Lang::kEs || !x->has_scale || !MatchWord(s, t, "de", &e)) return false;
    const size_t u = SkipSpaces(s, e);
    if (u >= s.size() || !kUnitFirstBytes.other.test(static_cast<uint8_t>(s[u]))) return false;
    return QuantityUnitAt(s, u, x);
  }

  // A unit of measure (kQuantityUnits) as the word at `at`: sets x's quantity unit and end.
  // REQUIRES: at < s.size().
  bool QuantityUnitAt(std::string_view s, size_t at, Simple* x) const {
    size_t e = 0;
    for (uint16_t i : kQuantityUnitIndex[s[at]]) {
      if (MatchWord(s, at, kQuantityUnits[i].word, &e)) {
        x->quantity_unit = kQuantityUnits[i].value;
        x->end = e;
        return true;
      }
    }
    return false;
  }

  // The hundreds of a Mexican-style "19 mil 500" at the digits after the "mil" that ends at
  // `r` (one or two spaces between) of the number that starts at `start`: at most three
  // ungrouped digits ending the number, or before a currency. Not a percent ("veinte mil 45
  // %": 45 % of the twenty thousand), not a year or any four-digit number ("dos mil 2019"),
  // and not digits that open a new clause after a whole group "los"/"las" names ("de los
  // veinte mil 300 murieron", the comma left out: 300 of the twenty thousand), which
  // NewClauseAfterMil tells.
  std::optional<Numeral> HundredsAfterMil(size_t r, size_t start) const {
    const std::string_view s = s_;
    const size_t hp = SkipSpaces(s, r);
    if (hp > r + 2 || hp >= s.size() || !IsDigit(s[hp])) return std::nullopt;
    std::optional<Numeral> h = ParseDigitNumeral(s, hp, lang_);
    size_t e;
    if (!h || h->int_digits > 3 || h->grouped || h->value >= 1000 ||
        (h->end < s.size() && IsWordByte(s, h->end) && !MatchCurrency(s, h->end, &e)) ||
        PercentFollows(s, h->end) || NewClauseAfterMil(start, h->end)) {
      return std::nullopt;
    }
    return h;
  }

  // Whether the digits after a "mil" (ending at `end`) of the number that starts at `start`
  // are the subject of a new clause: a partitive "de los"/"de las"/"entre los"/"entre las"
  // right before the number names the whole group, and a verb ("murieron", "fueron", "son",
  // "se", "no"…) or a determiner comes right after the digits ("de las 60 mil 150 huyeron" is
  // 150 of the 60,000). A noun or a currency after them ("las 31 mil 700 viviendas"), no
  // partitive before (a subject: "Las 8 mil 900 llegaron ayer", "Unos 5 mil 250 votaron") or
  // no determiner ("de las cuales 51 mil 870 viven …") keeps the Mexican-style number.
  bool NewClauseAfterMil(size_t start, size_t end) const {
    const std::string_view s = s_;
    size_t ws;
    static constexpr std::string_view kDet[] = {"los", "las"};
    if (!InList(PrevWord(s, start, &ws), kDet) || SkipSpacesBack(s, start) == start) {
      return false;
    }
    size_t ws2;
    if (const std::string_view part = PrevWord(s, ws, &ws2); part != "de" && part != "entre") {
      return false;
    }
    const size_t b = SkipSpaces(s, end);
    if (b == end) return false;
    const std::string_view w = s.substr(b, WordEnd(s, b) - b);
    static constexpr std::string_view kOpeners[] = {
        "el",     "la",     "los",   "las",     "se",  "no",     "ya",
        "son",    "eran",   "están", "estaban", "han", "habían", "tienen",
        "tenían", "siguen", "viven", "murió",   "fue", "es",     "está"};
    // preterite plurals: "murieron", "fallecieron", "llegaron", "fueron"
    return InList(w, kOpeners) || (w.size() > 5 && w.ends_with("ron"));
  }

  // Reads currency prefix + numeral + units at p. Returns false when p is not a numeral.
  // `after_connector`: p follows a range connector ("5-6"), so the character before it says
  // nothing about model numbers or counters.
  bool ReadSimple(size_t p, bool spelled, Simple* x, bool after_connector = false) const {
    const std::string_view s = s_;
    Numeral n;
    if (!ReadNumeral(p, spelled, &n)) return false;
    // Spanish words, then digits: "tres mil 614", "veinte mil 450" (Mexican style, as "19 mil
    // 500" in ReadUnits): the numeral ends before its "mil", which ReadUnits reads as the
    // scale the hundreds follow. Only when ReadUnits takes those digits as the hundreds.
    if (spelled && lang_ == Lang::kEs && n.end >= p + 4 && s.compare(n.end - 3, 3, "mil") == 0 &&
        s[n.end - 4] == ' ' && n.end < s.size() && s[n.end] == ' ' && HundredsAfterMil(n.end, p)) {
      n.value /= 1000;
      n.end = SkipSpacesBack(s, n.end - 3);
    }
    x->start = x->num_start = p;
    x->value = n.value;
    x->spelled = spelled;
    x->end = n.end;
    if (!spelled) {
      size_t ps;
      if (const Currency* c = MatchPrefixCurrency(s, p, &ps)) {
        x->is_money = true;
        x->currency = c->code;
        x->start = ps;
        x->bare_dollar = c->word == "$";
      }
      const char prev = p > 0 ? s[p - 1] : ' ';
      const char next = n.end < s.size() ? s[n.end] : ' ';
      const char next2 = n.end + 1 < s.size() ? s[n.end + 1] : ' ';
      if (after_connector) {
        // no check on the previous character
      } else if (prev == '+' && UnitFollows(s, n.end, lang_)) {
        // "+0,5 Prozent", "+3 Mio. Euro": a signed change, not a phone number
      } else if (prev == '/' || prev == ':' || prev == '+' || prev == '#' || prev == '.' ||
                 prev == ',' || prev == '_' || prev == '@' || prev == '\\' || prev == '=' ||
                 (prev == '-' && p >= 2 && (IsWordByte(s, p - 2) || IsDigit(s[p - 2])))) {
        x->reject = true;
      }
      if ((next == '/' || next == ':' || next == '_' || next == '@') && IsDigit(next2)) {
        x->reject = true;
      }
      // A year after a name and an apostrophe: "Sevilla'92", "Expo'98" (the apostrophe is '"'
      // after normalization).
      if (prev == '"' && p >= 2 && IsWordByte(s, p - 2) && n.int_digits == 2 && !n.grouped &&
          !n.decimal && !x->is_money) {
        x->reject = true;
      }
      // Phone numbers and codes joined by blanks: "91 555 12 34", "0800 123 456".
      if (!after_connector && !x->is_money && InDigitGroupChain(s, p, n.end)) x->reject = true;
      // Phone numbers and codes: "1-800-555-0199" (two or more hyphen-joined digit groups).
      if (!after_connector && next == '-' && IsDigit(next2)) {
        size_t k = n.end + 1;
        while (k < s.size() && IsDigit(s[k])) ++k;
        if (k + 1 < s.size() && s[k] == '-' && IsDigit(s[k + 1])) x->reject = true;
      }
      // "$2-to-$4": the hyphens join a range of money (Finish), no adjective.
      const bool money_to = lang_ == Lang::kEn && x->is_money && StartsWith(s, n.end, "-to-");
      if (next == '-' && IsWordByte(s, n.end + 1) && !money_to) {
        // "20-jährige", "5-Sterne": an adjective; "12-Milliarden" is fine.
        size_t e;
        if (MatchScale(s, n.end + 1, lang_, &e) == 0 && !MatchCurrency(s, n.end + 1, &e) &&
            !StartsWith(s, n.end + 1, "prozent")) {
          x->reject = true;
        }
      }
      // "22.00" (a time), "Profil 1.1" (a version) in German/Spanish; "5,5" in English.
      if (n.foreign_decimal && !x->is_money && !UnitFollows(s, n.end, lang_)) x->reject = true;
      // German ordinals: "das 11. Weltsozialforum", "(28.)", "81. Gruber", "am 3. Oktober".
      if (!n.grouped && !n.decimal && n.int_digits <= 3 && !x->is_money && next == '.' &&
          !IsDigit(next2) && lang_ == Lang::kDe) {
        const size_t t = SkipSpaces(s, n.end + 1);
        // Not a count at the end of a sentence whose noun "die Zahl der" names before it
        // ("Die Zahl der Brände stieg auf 92. Der …").
        if (next2 == ')' || next2 == ',' || next2 == '-' ||
            (t > n.end + 1 && IsWordByte(s, t) && NumberOfNounBefore(p).empty())) {
          x->reject = true;
        }
      }
      // Enumerations: "3) Si ...", "3- Bebo ...".
      if (!n.grouped && !n.decimal && n.int_digits <= 2 && !x->is_money &&
          (next == ')' || (next == '-' && next2 == ' ')) && !(p > 0 && s[p - 1] == '(')) {
        x->reject = true;
      }
      // Dates: "30. September", "28 de mayo", "May 5", "el 22 de este mes".
      if (!n.grouped && !n.decimal && n.int_digits <= 2 && !x->is_money) {
        if (next == '.') {
          const size_t t = SkipSpaces(s, n.end + 1);
          if (IsMonthAt(s, t)) x->reject = true;
        }
        size_t t = SkipSpaces(s, n.end), e;
        if (MatchWord(s, t, "de", &e) && IsMonthAt(s, SkipSpaces(s, e))) x->reject = true;
        if (StartsWith(s, t, "de este mes") || StartsWith(s, t, "de ese mes") ||
            StartsWith(s, t, "del mes") || StartsWith(s, t, "de cada mes")) {
          x->reject = true;
        }
        if (IsMonthAt(s, t)) x->reject = true;
        size_t ws;
        const std::string_view pw = PrevWord(s, p, &ws);
        if (!pw.empty() && IsMonthAt(s, ws) && !UnitFollows(s, n.end, lang_)) x->reject = true;
      }
      if (x->reject) {
        x->end = n.end;
        // Swallow the rest of a code/phone/date ("0/400", "+49 30 1234", "30.09.2024").
        size_t e = n.end;
        while (e < s.size() &&
               (IsDigit(s[e]) || IsWordByte(s, e) ||
                ((s[e] == '/' || s[e] == ':' || s[e] == '.' || s[e] == '-' || s[e] == ' ') &&
                 e + 1 < s.size() && IsDigit(s[e + 1])))) {
          ++e;
        }
        x->end = e;
        return true;
      }
      // Years: a plain 4-digit 1900..2100 without unit.
      if (!n.grouped && !n.decimal && n.int_digits == 4 && IsYearNumber(n.value) && !x->is_money) {
        Simple probe = *x;
        ReadUnits(&probe, n.end);
        if (!probe.is_money && !probe.is_percent && !probe.has_scale &&
            probe.quantity_unit.empty() && NounAfter(probe.end, nullptr, 1).empty() &&
            !LowEndBeforeUnit(n.end, n.value) && !YearShapedCount(p, probe.end)) {
          x->year = true;
          x->reject = true;
          x->end = n.end;
          return true;
        }
      }
      // Far-future years ("hasta 2150", "bis 2300"): a plain 4-digit 2101..2999 without unit
      // or counted noun is not a figure (and not a period either).
      if (!n.grouped && !n.decimal && n.int_digits == 4 && n.value > 2100 && n.value < 3000 &&
          !x->is_money) {
        Simple probe = *x;
        ReadUnits(&probe, n.end);
        if (!probe.is_money && !probe.is_percent && !probe.has_scale &&
            probe.quantity_unit.empty() && NounAfter(probe.end, nullptr, 1).empty()) {
          x->reject = true;
          x->end = n.end;
          return true;
        }
      }
    }
    ReadUnits(x, n.end);
    // Signs: "-5 %", "(-15,7 Prozent)", "−2,3 %" (U+2212 is '-' after normalization),
    // "minus 0,1 Prozent" are negative; "fiel um 5 %" is not (the verb carries the direction).
    if (!spelled && !after_connector && (x->is_percent || x->is_money) && x->start == p) {
      size_t ws;
      if (p > 0 && s[p - 1] == '-' && (p < 2 || (!IsWordByte(s, p - 2) && !IsDigit(s[p - 2])))) {
        x->value = -x->value;
        x->start = p - 1;
      } else if (PrevWord(s, p, &ws) == "minus" && SkipSpacesBack(s, p) == ws + 5) {
        x->value = -x->value;
        x->start = ws;
      }
    }
    return true;
  }

  // An editor's remark in brackets at i: "(sic)", "(sic!)", "[sic]", "(!)", "(?)". Returns
  // the index after the closing bracket, or i when there is none.
  size_t EditorRemarkEnd(size_t i) const {
    const std::string_view s = s_;
    if (i >= s.size() || (s[i] != '(' && s[i] != '[')) return i;
    const char close = s[i] == '(' ? ')' : ']';
    static constexpr std::string_view kRemarks[] = {"sic", "sic!", "!", "?", "!?"};
    for (std::string_view r : kRemarks) {
      if (StartsWith(s, i + 1, r) && i + 1 + r.size() < s.size() && s[i + 1 + r.size()] == close) {
        return i + 2 + r.size();
      }
    }
    return i;
  }

  // Counted noun within the next few words; sets *noun_end. An editor's remark between the
  // number and its noun is skipped: "9 (sic) Monteure".
  std::string_view NounAfter(size_t pos, size_t* noun_end, int max_words = 5) const {
    const std::string_view s = s_;
    size_t i = pos;
    for (int words = 0; words < max_words; ++words) {
      i = SkipSpaces(s, i);
      if (i >= s.size()) break;
      if (const size_t r = EditorRemarkEnd(i); r > i) {
        i = r;
        if (i < s.size() && s[i] != ' ') break;
        continue;
      }
      size_t b = i;
      if (s[b] == '"') ++b;
      size_t e = b;
      while (e < s.size() && (IsWordByte(s, e) || IsDigit(s[e]) ||
                              ((s[e] == '-' || s[e] == '"') && e + 1 < s.size() &&
                               (IsWordByte(s, e + 1) || s[e + 1] == '"' || s[e + 1] == '-')))) {
        ++e;
      }
      if (e == b) break;
      const std::string_view w = s.substr(b, e - b);
      if (IsDigit(w.front())) {
        // a model number between number and noun is fine ("910b"), a plain number is not
        bool has_alpha = false;
        for (char ch : w) has_alpha |= IsAsciiAlpha(ch);
        if (!has_alpha) break;
      }
      const std::string_view unit = NounUnit(w);
      if (!unit.empty()) {
        if (noun_end) *noun_end = e;
        return unit;
      }
      if (w == "líneas" && StartsWith(s, e, " de producción")) {
        if (noun_end) *noun_end = e + 15;
        return "production_line";
      }
      if (w == "puntos" && StartsWith(s, e, " de venta")) {
        if (noun_end) *noun_end = e + 9;
        return "point_of_sale";
      }
      if (w == "und" || w == "y" || w == "and" || w == "oder" || w == "o" || w == "or" ||
          w == "bis" || w == "als" || w == "que" || w == "than" || w == "sowie") {
        break;
      }
      i = e;
      if (i < s.size() && (s[i] == '"')) ++i;
      if (i < s.size() && s[i] != ' ') break;  // punctuation ends the phrase
    }
    return {};
  }

  // A number starting at p: figure, range, or skipped. Returns the consumed end.
  size_t TryFigure(size_t p, bool spelled) {
    Simple a;
    if (!ReadSimple(p, spelled, &a)) return p + 1;
    if (a.reject) return a.end;
    return Finish(a);
  }

  // The multiplier that the words right before a scale word at p give it, 0 if none:
  // articles and "one" (1), "eine halbe" / "die halbe" / "medio" / "half a" / "a half" (0.5),
  // "un cuarto de" / "a quarter of a" / "a quarter" (0.25), "two and a half" (2.5). Sets
  // *start to the first of those words.
  double MultiplierBefore(size_t p, size_t* start) const {
    const std::string_view s = s_;
    size_t b1, b2, b3, b4;
    const std::string_view w1 = PrevWord(s, p, &b1);
    // PrevWord skips a '.', which never joins a multiplier to its scale word.
    if (w1.empty() ||
        s.substr(b1 + w1.size(), p - b1 - w1.size()).find('.') != std::string_view::npos) {
      return 0;
    }
    const std::string_view w2 = PrevWord(s, b1, &b2);
    auto one_word = [](std::string_view w) {
      return w == "ein" || w == "eine" || w == "einer" || w == "einen" || w == "einem" ||
             w == "un" || w == "una" || w == "uno" || w == "one" || w == "a";
    };
    if (w1 == "halbe" || w1 == "halben" || w1 == "halbes") {
      const bool det = one_word(w2) || w2 == "die" || w2 == "der" || w2 == "den";
      *start = det ? b2 : b1;
      return 0.5;
    }
    if (w1 == "medio" || w1 == "media") {
      *start = b1;
      return 0.5;
    }
    if (w1 == "de" && w2 == "cuarto") {
      const std::string_view w3 = PrevWord(s, b2, &b3);
      *start = w3 == "un" ? b3 : b2;
      return 0.25;
    }
    if (w1 == "quarter" || (w1 == "a" && w2 == "of" && PrevWord(s, b2, &b3) == "quarter")) {
      size_t q = w1 == "quarter" ? b1 : b3;
      size_t b0;
      if (PrevWord(s, q, &b0) == "a") q = b0;
      *start = q;
      return 0.25;
    }
    if ((w1 == "half" && w2 == "a") || (w1 == "a" && w2 == "half")) {
      // "two and a half billion", "one and a half million"
      const std::string_view w3 = PrevWord(s, b2, &b3);
      if (w1 == "half" && w3 == "and") {
        const std::string_view w4 = PrevWord(s, b3, &b4);
        const NumWord* nw = LookupNumWord(w4);
        if (nw != nullptr && nw->kind != 1 && nw->kind != 2) {
          *start = b4;
          return nw->value + 0.5;
        }
      }
      *start = b2;
      return 0.5;
    }
    if (w1 == "half") {
      *start = b1;
      return 0.5;
    }
    // Spanish "a" is a preposition ("contrató a mil personas"), never an article.
    if (one_word(w1) && !(w1 == "a" && lang_ == Lang::kEs)) {
      *start = b1;
      return 1;
    }
    return 0;
  }

  // A number word right before p ("zwei Millionen", "eineinhalb Milliarden", "5 Millionen"):
  // the scale word there is not a vague magnitude.
  bool NumberBefore(size_t p) const {
    const std::string_view s = s_;
    size_t e = SkipSpacesBack(s, p);
    if (e > 0 && IsDigit(s[e - 1])) return true;
    size_t b;
    const std::string_view w = PrevWord(s, p, &b);
    return !w.empty() && (GermanNumber(w) >= 0 || GermanFraction(w) > 0 ||
                          LookupNumWord(w) != nullptr || w == "halbe" || w == "medio");
  }

  // Spelled number, scale word ("eine Million", "mil personas") or vague word at p.
  size_t TryWordStart(size_t p) {
    const std::string_view s = s_;
    size_t e;
    // Vague magnitudes first ("Hunderttausende von Dollar"): multiword forms win.
    for (const Scale& v : kVague) {
      if (!MatchWord(s, p, v.word, &e)) continue;
      if (v.mult >= 1e6 && NumberBefore(p)) break;  // "zweieinhalb Millionen": a scale
      size_t t = SkipSpaces(s, e), e2;
      if (MatchWord(s, t, "von", &e2) || MatchWord(s, t, "de", &e2) || MatchWord(s, t, "of", &e2)) {
        t = SkipSpaces(s, e2);
      }
      Figure f;
      size_t end = 0;
      if (const Currency* c = MatchCurrency(s, t, &e2)) {
        f.kind = FigureKind::kMoney;
        f.unit = std::string(c->code);
        end = e2;
      } else if (size_t ne = 0; true) {
        const std::string_view noun = NounAfter(e, &ne);
        if (noun.empty() || ne > e + 40) return e;
        f.kind = FigureKind::kCount;
        f.unit = std::string(noun);
        end = ne;
      }
      f.value = v.mult;
      f.vague = true;
      f.qualifier = Qualifier::kAtLeast;
      Emit(&f, p, end);
      return end;
    }
    // Article or fraction + scale: "eine Million", "un millón", "a billion", "eine halbe
    // Million", "medio millón", "un cuarto de millón", "half a million", "two and a half
    // billion".
    if (const double m = MatchScale(s, p, lang_, &e); m > 0) {
      size_t ws = p;
      const double mult = MultiplierBefore(p, &ws);
      const bool one = mult > 0;
      if (!one && !StartsWith(s, p, "mil")) return e;
      // Spanish "mil millones" alone is one of that scale ("mil millones de euros" = 10^9).
      const bool mil_millones = !one && lang_ == Lang::kEs && StartsWith(s, p, "mil millon");
      if (!one && !mil_millones && s.substr(p, e - p) != "mil") return e;
      Simple a;
      a.start = a.num_start = one ? ws : p;
      a.value = one ? mult : 1;
      a.spelled = true;
      if (one || mil_millones) {
        ReadUnits(&a, SkipSpacesBack(s, p));
      } else if (lang_ == Lang::kEs && e + 1 < s.size() && s[e] == ' ' && IsDigit(s[e + 1]) &&
                 SkipSpacesBack(s, p) < p) {
        // "mil 250 personas": Mexican style, the hundreds follow "mil" (as after "un")
        ReadUnits(&a, SkipSpacesBack(s, p));
      } else {
        a.value = 1000;  // "mil personas"
        a.has_scale = true;
        ReadUnits(&a, e);
      }
      if (a.reject) return a.end;
      return Finish(a);
    }
    if (ParseSpelledNumeral(s, p)) return TryFigure(p, /*spelled=*/true);
    return WordEnd(s, p);
  }

  // A change verb or "by"/"um" right before a "from X to Y" / "von X bis Y": the two numbers
  // are the old and new value (or the change and the result), not a range.
  bool IsChange(std::string_view opener, size_t opener_start) const {
    if (opener == "by" || opener == "um" || opener == "en") return true;
    if (!(opener == "from" || opener == "von" || opener == "de" || opener == "del")) return false;
    return ChangeVerbBefore(opener_start);
  }

  // English: the word before the figure at `start` (past one qualifier, "about 3%") can lead
  // a range "3% to 4%": a copula, "of" or "at", or a verb of expectation. Any other verb
  // ("gained", "hiked") makes the two percentages a change and its result.
  bool RangeLeadEn(size_t start) const {
    // Besides the copula (function_words::kBeFormsEn).
    static constexpr std::string_view kLeads[] = {
        "of",       "at",        "forecast",  "forecasts", "expected",  "expects",
        "estimate", "estimated", "estimates", "projected", "predicted", "see",
        "sees",     "seen",      "put",       "puts",      "target",    "targets"};
    static constexpr std::string_view kApprox[] = {"about",  "around",        "roughly", "some",
                                                   "nearly", "approximately", "perhaps", "maybe"};
    size_t ws;
    std::string_view w = PrevWord(s_, start, &ws);
    if (InList(w, kApprox)) w = PrevWord(s_, ws, &ws);
    return InList(w, function_words::kBeFormsEn) || InList(w, kLeads);
  }

  // English: the word before the money amount at `start` leads a price range "$20 to $30":
  // a RangeLeadEn word, or a price word ("cost", "costs", "priced", "charge", "fee" …).
  bool PriceLeadEn(size_t start) const {
    static constexpr std::string_view kPriceWords[] = {
        "cost", "costs", "costing", "priced", "price", "charge", "charges", "fee", "fees"};
    size_t ws;
    return RangeLeadEn(start) || InList(PrevWord(s_, start, &ws), kPriceWords);
  }

  // English: the nouns that make two money amounts one span of prices, with no price lead
  // before them ("the range $60 to $70", "the $60 to $70 level", "a $2-to-$4 band").
  static bool RangeNounEn(std::string_view w) {
    static constexpr std::string_view kRangeNouns[] = {
        "level", "levels", "range", "ranges", "band", "bands", "area", "zone", "zones", "bracket"};
    return InList(w, kRangeNouns);
  }

  // English: a range noun (RangeNounEn) right before the money amount at `start`, after at
  // most an article ("the range $60 to $70").
  bool RangeNounBeforeEn(size_t start) const {
    size_t ws;
    std::string_view w = PrevWord(s_, start, &ws);
    if (IsArticleOrContraction(w)) w = PrevWord(s_, ws, &ws);
    return RangeNounEn(w);
  }

  // English: a range noun (RangeNounEn) right after a range's high end that ends at `end`,
  // after at most a hyphen ("the $60 to $70 level", "a $2-to-$4 band", "the $40-level").
  // REQUIRES: end <= s_.size().
  bool RangeNounAfterEn(size_t end) const {
    const std::string_view s = s_;
    if (end < s.size() && s[end] == '-') ++end;
    const size_t ns = SkipSpaces(s, end);
    const size_t we = WordEnd(s, ns);
    return we > ns && RangeNounEn(s.substr(ns, we - ns));
  }

  // A change verb (rose, fell, stieg, subió …) in the 40 bytes before `pos`.
  bool ChangeVerbBefore(size_t pos) const {
    const size_t from = pos > 40 ? pos - 40 : 0;
    const std::string_view left = s_.substr(from, pos - from);
    static constexpr std::string_view kVerbs[] = {
        "rose",    "risen",   "rising",  "grew",   "grown",  "fell",     "fallen",  "dropped",
        "jumped",  "climbed", "increa",  "decrea", "declin", "cut ",     "raised",  "lowered",
        "widened", "narrow",  "slipped", "up ",    "down ",  "surged",   "soared",  "plunged",
        "stieg",   "gestieg", "sank",    "gesunk", "fiel",   "gefallen", "erhöh",   "gesenkt",
        "senkt",   "wuchs",   "gewachs", "subió",  "bajó",   "pasó",     "pasar",   "creció",
        "aument",  "cayó",    "redujo",  "reduc",  "elev",   "disminu",  "descend", "increment"};
    for (std::string_view v : kVerbs) {
      if (left.find(v) != std::string_view::npos) return true;
    }
    return false;
  }

  // The word before folded position p starts with a capital letter in the original and does
  // not start a sentence: "Dell Chromebook 13", "Canal 9" (but not "Rund 300", "Im 3.").
  // A bare number in brackets right after a capitalised word: "Kralland (5,25)" — a member
  // of a list of names with figures whose unit one member states ("Norland (5,9 Prozent) und
  // Kralland (5,25)"); PostProcess lends it that unit or drops it. `p`: the '(' in the
  // window.
  bool BracketAfterCapital(size_t p) const {
    size_t ws;
    const std::string_view pw = PrevWord(s_, p, &ws);
    if (pw.empty() || ws + pw.size() + 1 != p || s_[ws + pw.size()] != ' ') return false;
    const auto c0 = static_cast<uint8_t>(orig_[w_.OrigStart(ws)]);
    return c0 >= 'A' && c0 <= 'Z';
  }

  bool AfterNameWord(size_t p) const {
    const std::string_view s = s_;
    size_t ws;
    const std::string_view pw = PrevWord(s, p, &ws);
    if (pw.empty() || SkipSpacesBack(s, p) != ws + pw.size()) return false;  // "Nr. 5"
    const uint32_t o = w_.OrigStart(ws);
    if (ws == 0 && o > 0) {
      // the window starts inside the text: the word may continue before it
    }
    const auto c0 = static_cast<uint8_t>(orig_[o]);
    const bool upper = (c0 >= 'A' && c0 <= 'Z') || (c0 == 0xC3 && o + 1 < orig_.size() &&
                                                    static_cast<uint8_t>(orig_[o + 1]) >= 0x80 &&
                                                    static_cast<uint8_t>(orig_[o + 1]) <= 0x9E);
    // A German product name in camel case is a name too: "das iWork 11 des Herstellers".
    const bool camel = !upper && lang_ == Lang::kDe && c0 >= 'a' && c0 <= 'z' &&
                       o + 1 < orig_.size() && orig_[o + 1] >= 'A' && orig_[o + 1] <= 'Z';
    if (!upper && !camel) return false;
    // Sentence start: nothing, or . ! ? : " ( newline before the word.
    size_t k = o;
    while (k > 0 && orig_[k - 1] == ' ') --k;
    if (k == 0) return false;
    char before = orig_[k - 1];
    // The last part of a German hyphen compound ("Northwest-Airlines-Flug 253",
    // "ISS-Expedition 13") names like a plain word; a dash with a space stays a break.
    if (lang_ == Lang::kDe && before == '-' && k == o && k >= 2 &&
        scan::IsAsciiAlnum(orig_[k - 2])) {
      before = 'a';
    }
    const bool code_letter = pw.size() == 1 && pw != "a" && pw != "y" && pw != "o" && pw != "e" &&
                             pw != "i" && pw != "u";  // "B 5305"
    if (!code_letter && (before == '.' || before == '!' || before == '?' || before == ':' ||
                         before == '"' || before == '\n' || before == '|' || before == '-')) {
      return false;
    }
    if (static_cast<uint8_t>(before) >= 0x80) return false;  // quotes, dashes
    // A month ("May 5") or a unit-like word is handled elsewhere; qualifiers never here.
    if (IsMonthAt(s, ws)) return false;
    // Nor a German weekday: "am Sonntag 4.044", "am Donnerstag 246 der 350 Passagiere".
    if (lang_ == Lang::kDe && InList(pw, kWeekdaysDe)) {
      return false;
    }
    // German capitalises every noun: "Parteien 328 von 547 Sitzen", "Spezialisten 800
    // Möweneier" count something named in the next words. Only a number that no capitalised
    // word follows (within 3 words, before punctuation, an article or a preposition) is a
    // product number there: "ORF 2 mit folgenden Gästen", "Hannover 96 wird die Luft".
    if (lang_ == Lang::kDe && !code_letter && CapitalisedWordAfter(p)) return false;
    return true;
  }

  // The noun that "die Zahl der" / "Anzahl der", "el número de" / "la cifra de", "the number
  // of" or "the death toll" names earlier in the same clause (within 120 bytes) when the
  // number at `start` follows "auf"/"bei", "a"/"en" or "to"/"at" ("die Zahl der Todesopfer
  // liegt bei 56"): its unit (NounUnit) or the folded noun (a capitalised German noun, a
  // Spanish or English plural); empty when there is none. The nearest such phrase counts,
  // and none across a new clause with a subject of its own: a comma or a conjunction before
  // an article ("die Zahl der Kioske fiel auf 17, der Umsatz wuchs auf 64", "y el índice
  // bajó a 11"), or "while"/"während"/"mientras" ("the number of ships fell to 4 while the
  // index rose to 9": 9 counts no ships). A comma right after the noun opens a relative
  // clause ("die Anzahl der Menschen, die … starben, auf 626"); "Starts und Landungen" is one
  // noun phrase.
  std::string_view NumberOfNounBefore(size_t start) const {
    const std::string_view s = s_;
    size_t pws;
    const std::string_view pw = PrevWord(s, start, &pws);
    if (pw.empty() || SkipSpacesBack(s, start) != pws + pw.size()) return {};
    const bool prep = lang_ == Lang::kEs   ? (pw == "a" || pw == "en")
                      : lang_ == Lang::kEn ? (pw == "to" || pw == "at")
                                           : (pw == "auf" || pw == "bei");
    if (!prep) return {};
    size_t lo = pws > 120 ? pws - 120 : 0;
    for (size_t k = pws; k > lo; --k) {  // the sentence only
      const char c = s[k - 1];
      if (c == '!' || c == '?' || c == ';' || c == '\n' || (c == '.' && s[k] == ' ')) {
        lo = k;
        break;
      }
    }
    const std::string_view left = s.substr(lo, pws - lo);
    static constexpr std::string_view kDe[] = {"zahl der "};
    static constexpr std::string_view kEs[] = {"número de ", "cifra de "};
    static constexpr std::string_view kEn[] = {"number of ", "death toll "};
    const std::span<const std::string_view> pats =
        lang_ == Lang::kEs   ? std::span<const std::string_view>(kEs)
        : lang_ == Lang::kEn ? std::span<const std::string_view>(kEn)
                             : std::span<const std::string_view>(kDe);
    // The nearest phrase that starts a word ("Anzahl der" too, not "Einwohnerzahl der").
    size_t b = std::string_view::npos;
    std::string_view hit;
    for (std::string_view pat : pats) {
      // The last occurrence that starts a word (FindExact forward: rfind compares at every
      // position from the end).
      size_t last = std::string_view::npos;
      for (size_t at = scan::FindExact(left, pat); at != std::string_view::npos;
           at = scan::FindExact(left, pat, at + 1)) {
        const size_t c = lo + at;
        if (c > 0 && IsWordByte(s, c - 1) &&
            !(pat == "zahl der " && c >= 2 && s.substr(c - 2, 2) == "an")) {
          continue;
        }
        last = c;
      }
      if (last != std::string_view::npos && (b == std::string_view::npos || last > b)) {
        b = last;
        hit = pat;
      }
    }
    if (b == std::string_view::npos) return {};
    const size_t ns = b + hit.size();
    const bool toll = hit == "death toll ";
    size_t ne = toll ? ns - 1 : WordEnd(s, ns);
    while (!toll && ne + 1 < pws && s[ne] == '-' && IsWordByte(s, ne + 1)) {
      ne = WordEnd(s, ne + 1);
    }
    if ((!toll && ne <= ns) || ne > pws) return {};
    // The same clause (see above).
    static constexpr std::string_view kJoins[] = {"und", "oder", "sowie", "y",  "e",
                                                  "o",   "and",  "or",    "but"};
    static constexpr std::string_view kContrasts[] = {"während", "mientras", "while", "whereas"};
    // A new subject's determiner (not "lo": "…, lo que elevó el total a 44" goes on).
    static constexpr std::string_view kSubjectArticles[] = {
        "der", "die", "das", "den", "dem", "des", "ein", "eine",  "el",  "la", "los",
        "las", "un",  "una", "the", "a",   "an",  "its", "their", "his", "her"};
    const auto word_at = [&](size_t i) {  // the word at or after i (blanks skipped)
      i = SkipSpaces(s, i);
      return i < pws ? s.substr(i, WordEnd(s, i) - i) : std::string_view{};
    };
    for (size_t i = ne; i < pws;) {
      if (s[i] == ',' && i != ne) {
        std::string_view w = word_at(i + 1);
        if (InList(w, kJoins)) w = word_at(static_cast<size_t>(w.data() - s.data()) + w.size());
        if (InList(w, kSubjectArticles) || InList(w, kContrasts)) return {};
      }
      if (!IsWordByte(s, i)) {
        ++i;
        continue;
      }
      const size_t e = WordEnd(s, i);
      const std::string_view w = s.substr(i, e - i);
      if (InList(w, kContrasts) || (InList(w, kJoins) && InList(word_at(e), kSubjectArticles))) {
        return {};
      }
      i = e > i ? e : i + 1;
    }
    if (toll) return "death";
    const std::string_view w = s.substr(ns, ne - ns);
    if (const std::string_view unit = NounUnit(w); !unit.empty()) return unit;
    if (w.size() < 4) return {};
    if (lang_ == Lang::kDe) {
      const size_t o = w_.OrigStart(ns);
      const auto c0 = static_cast<uint8_t>(orig_[o]);
      // A capital, also Ä, Ö, Ü (0xC3 0x84 / 0x96 / 0x9C), not ä, ö, ü.
      const auto c1 = o + 1 < orig_.size() ? static_cast<uint8_t>(orig_[o + 1]) : 0;
      if ((c0 >= 'A' && c0 <= 'Z') || (c0 == 0xC3 && (c1 == 0x84 || c1 == 0x96 || c1 == 0x9C))) {
        return w;
      }
    } else if (w.back() == 's') {
      return w;
    }
    return {};
  }

  // Spanish: a plain lower-case plural right after the number ("llegaron a Norlandia 34.000
  // migrantes", "junto a la costa de Kralia 260 pescadores") is what a number after a place name
  // counts (the subject after its verb), not a product or channel number ("Canal 9").
  bool PluralNounAfterEs(size_t end) const {
    if (lang_ != Lang::kEs) return false;
    const size_t t = SkipSpaces(s_, end);
    if (t == end || t >= s_.size()) return false;
    const auto c0 = static_cast<uint8_t>(orig_[w_.OrigStart(t)]);
    if (!(c0 >= 'a' && c0 <= 'z')) return false;
    size_t de_end, ge = end;
    return !MatchWord(s_, t, "de", &de_end) && !GenericNoun(end, &ge).empty();
  }

  // German club and code numbers written with a leading zero after a name ("Schalke 04",
  // "Bayer 04 Kralingen"): no count is written so, whatever follows.
  bool LeadingZeroAfterName(size_t start, size_t end) const {
    const std::string_view s = s_;
    if (end < start + 2 || s[start] != '0' || !IsDigit(s[start + 1])) return false;
    for (size_t k = start; k < end; ++k) {
      if (!IsDigit(s[k])) return false;  // "0,5", "04.2015"
    }
    size_t ws;
    const std::string_view pw = PrevWord(s, start, &ws);
    if (pw.empty() || SkipSpacesBack(s, start) != ws + pw.size()) return false;
    const auto c0 = static_cast<uint8_t>(orig_[w_.OrigStart(ws)]);
    return c0 >= 'A' && c0 <= 'Z';
  }

  // A word starting with a capital letter (original text) among the 3 words after the number
  // starting at folded position p, before any punctuation and before an article, a
  // preposition or a conjunction: what such a word names is not what the number counts
  // ("Puls 4 punkto Kompetenz", "Schalke 04 hat einen Trainer", "die A 2 nach Wien"). An
  // article or "von" before another number stays in ("60 der 100 Stimmen", "328 von 547").
  bool CapitalisedWordAfter(size_t p) const {
    static constexpr std::string_view kStopsDe[] = {
        "der",    "die",      "das",   "den",  "dem",  "des",   "ein",   "eine",      "einen",
        "einem",  "einer",    "eines", "mit",  "in",   "im",    "am",    "an",        "auf",
        "aus",    "bei",      "beim",  "zum",  "zur",  "für",   "nach",  "vor",       "um",
        "punkto", "gegen",    "und",   "oder", "von",  "vom",   "sowie", "gegenüber", "unter",
        "über",   "zwischen", "als",   "seit", "ohne", "durch", "wegen", "während"};
    const std::string_view s = s_;
    size_t i = p;
    while (i < s.size() && (IsDigit(s[i]) || s[i] == '.' || s[i] == ',')) ++i;
    for (int words = 0; words < 3; ++words) {
      if (i >= s.size() || s[i] != ' ') return false;
      i = SkipSpaces(s, i);
      if (i < s.size() && IsDigit(s[i])) {  // "328 von 547 Sitzen": look past a number
        while (i < s.size() && (IsDigit(s[i]) || s[i] == '.' || s[i] == ',')) ++i;
        continue;
      }
      const size_t e = WordEnd(s, i);
      if (e == i) return false;
      const std::string_view stop = s.substr(i, e - i);
      if (InList(stop, kStopsDe)) {
        // Only an article or "von" reads on to a second number ("60 der 100 Stimmen", "328
        // von 547"); after a preposition the number is a date or another figure ("ORF 2 am
        // 14. April", "Tupolew 214 mit 154 Passagieren").
        const size_t n = SkipSpaces(s, e);
        if (n == e || n >= s.size() || !IsDigit(s[n])) return false;
        if (stop != "von" && !InList(stop, function_words::kDefiniteArticlesDe)) return false;
        i = e;
        continue;
      }
      const auto c0 = static_cast<uint8_t>(orig_[w_.OrigStart(i)]);
      if ((c0 >= 'A' && c0 <= 'Z') || c0 == 0xC3) {
        if (c0 != 0xC3) return true;
        const auto c1 = static_cast<uint8_t>(orig_[w_.OrigStart(i) + 1]);
        if (c1 >= 0x80 && c1 <= 0x9E) return true;
      }
      i = e;
    }
    return false;
  }

  // Spanish: a year-shaped number (digits at `start`, ending at `end`) right after a plural
  // determiner ("los", "las", "estos", "estas", "sus") or an approximation ("unas", "cerca
  // de", "casi"), with a lower-case plural noun after it, counts that plural: "las 2000
  // personas", "unas 1800 firmas"; so does one before 1900 right after a verb ("examinó 1640
  // probetas"). Nothing else does: after a verb a year of the last or this century stays a
  // year ("cerró 2023 además con ...", "inició 2021 negociaciones"), after a preposition any
  // ("en 1850 casas"). (English writes a year before a plural as its modifier, "2004 sales":
  // no rule there.)
  bool YearShapedCount(size_t start, size_t end) const {
    if (lang_ != Lang::kEs) return false;
    const std::string_view s = s_;
    const size_t t = SkipSpaces(s, end);
    if (t == end || t >= s.size()) return false;
    const auto c0 = static_cast<uint8_t>(orig_[w_.OrigStart(t)]);
    if (!(c0 >= 'a' && c0 <= 'z')) return false;
    const size_t we = WordEnd(s, t);
    if (we - t < 4 || s[we - 1] != 's' || s[we - 2] == 's' ||
        (we < s.size() && (s[we] == '-' || IsDigit(s[we])))) {
      return false;
    }
    const std::string_view noun = s.substr(t, we - t);
    if (CountedNounStop(noun) || NonFigureUnit(noun)) return false;
    size_t ws;
    const std::string_view pw = PrevWord(s, start, &ws);
    if (pw.empty() || SkipSpacesBack(s, start) != ws + pw.size() || ws + pw.size() == start) {
      return false;
    }
    if ((IsArticleOrContraction(pw) && pw.ends_with('s')) || pw == "sus") {
      return true;
    }
    // After a verb (a lower-case word, no preposition or article) a number outside the last
    // and this century's years ("examinó 1640 probetas", "repartió 1720 bonos") counts the
    // plural: no business story dates by such a year without its preposition ("en 1850").
    if (!IsYear19Or20Digits(s.substr(start, end - start)) && !IsPreposition(pw) &&
        !IsArticleOrContraction(pw)) {
      const auto p0 = static_cast<uint8_t>(orig_[w_.OrigStart(ws)]);
      if (p0 >= 'a' && p0 <= 'z') return true;
    }
    size_t qs;
    return FindQualifier(s, start, &qs) == Qualifier::kApprox;
  }

  // "1600 bis 1900 Euro": a year-like number is the low end of a range whose high end (a
  // bigger number, at most twice it) states the unit for both.
  bool LowEndBeforeUnit(size_t end, double value) const {
    static constexpr std::string_view kJoins[] = {"bis", "to", "hasta", "a",  "und",
                                                  "and", "y",  "oder",  "or", "o"};
    const std::string_view s = s_;
    const size_t t = SkipSpaces(s, end);
    // First letters of the joins: most years are followed by something else.
    if (t >= s.size() || std::string_view("bthauyo").find(s[t]) == std::string_view::npos) {
      return false;
    }
    const size_t we = WordEnd(s, t);
    if (we == t || we - t > 5) return false;
    const size_t u = SkipSpaces(s, we);
    if (u == we || u >= s.size() || !IsDigit(s[u])) return false;
    if (!InList(s.substr(t, we - t), kJoins)) return false;
    const std::optional<Numeral> hi = ParseDigitNumeral(s, u, lang_);
    return hi && hi->value > value && hi->value <= 2 * value && UnitFollows(s, hi->end, lang_);
  }
  // A number written with a thousands separator ("1.000", "87,000"): a count or amount,
  // never a model number, so "2.500 SMS" and "64,000 VR headsets" are counts.
  bool GroupedThousands(const Simple& a) const {
    if (a.value < 1000 || a.spelled) return false;
    for (size_t k = a.num_start; k < a.end && k < s_.size(); ++k) {
      if (s_[k] == '.' || s_[k] == ',') return true;
      if (!IsDigit(s_[k])) break;
    }
    return false;
  }
  // "737 MAX", "Mario 64 DS": a bare number followed by an all-capital word (2-5 letters,
  // not a hyphen compound such as "KI-Server") names a model.
  bool CapsWordAfter(size_t end) const {
    const std::string_view s = s_;
    if (end >= s.size() || s[end] != ' ') return false;
    const size_t w = end + 1;
    const size_t we = WordEnd(s, w);
    if (we - w < 2 || we - w > 5 || (we < s.size() && s[we] == '-')) return false;
    for (size_t k = w; k < we; ++k) {
      const char c = orig_[w_.OrigStart(k)];
      if (c < 'A' || c > 'Z') return false;
    }
    return true;
  }

  // "one in six cars", "one in every ten users", "one out of 20 homes": the number before
  // which "one in" stands is the base of a ratio, not a count (English).
  // With "every" any number may stand before: "three out of every 10 kettles", "4 in every 100
  // homes".
  bool RatioBefore(size_t start) const {
    const std::string_view s = s_;
    size_t ws;
    std::string_view w = PrevWord(s, start, &ws);
    const bool every = w == "every";
    if (every) w = PrevWord(s, ws, &ws);
    if (w == "of") {
      w = PrevWord(s, ws, &ws);
      if (w != "out") return false;
    } else if (w != "in") {
      return false;
    }
    size_t d = SkipSpacesBack(s, ws);  // the digit "1" is no word here
    if (d > 0 && s[d - 1] == '1' && (d == 1 || s[d - 2] == ' ')) return true;
    if (every && d > 0 && IsDigit(s[d - 1])) return true;
    const std::string_view n = PrevWord(s, ws, &ws);
    return n == "one" || (every && !n.empty() && ParseSpelledNumeral(s, ws));
  }
  // A power of ten from 10 up: the usual base of a rate ("per 100", "pro 1.000", "por 100.000").
  static bool PowerOfTenBase(double value) {
    if (value < 10 || value > 1e15) return false;
    double p = 10;  // powers of ten are exact doubles up to 1e22
    while (p < value) p *= 10;
    return p == value;
  }
  // A number ends right before the word starting at ws, or before the word before it ("320
  // por", "320 casos por").
  bool NumberBeforeWord(size_t ws) const {
    const std::string_view s = s_;
    auto digit_before = [&](size_t p) {
      const size_t e = SkipSpacesBack(s, p);
      return e > 0 && IsDigit(s[e - 1]);
    };
    if (digit_before(ws)) return true;
    size_t ws1;
    return !PrevWord(s, ws, &ws1).empty() && digit_before(ws1);
  }
  // German and English rates: a power of ten after "pro" / "per" ("7,2 Ärzte pro 1.000
  // Einwohner", "12 burglaries per 1,000 homes", "pro 1.000 Einwohner drei Apotheken"), or
  // after a number and "je" ("14 Fälle je 100.000 Einwohner"; "je 80 Betten" alone hands
  // out 80 each: a figure), is the base of the rate and counts nothing.
  bool RatioBaseDeEn(size_t start, double value) const {
    if (!PowerOfTenBase(value)) return false;  // first: the cheap test
    size_t ws;
    const std::string_view w = PrevWord(s_, start, &ws);
    if (lang_ == Lang::kEn ? w != "per" : (w != "pro" && w != "je")) return false;
    return w != "je" || NumberBeforeWord(ws);
  }
  // German law paragraphs: the number right after "§" or "§§" (spaces between) in the
  // original text ("§ 5 Abs. 2"); the window's normalization turns the sign into a space.
  bool ParagraphSignBefore(size_t start) const {
    size_t k = w_.OrigStart(start);
    while (k > 0 && orig_[k - 1] == ' ') --k;
    if (k >= 2 && orig_[k - 2] == '\xC2' && orig_[k - 1] == '\xA0') {  // NBSP
      k -= 2;
      while (k > 0 && orig_[k - 1] == ' ') --k;
    }
    return k >= 2 && orig_[k - 2] == '\xC2' && orig_[k - 1] == '\xA7';
  }
  // "1 in 5,000 units": the 1 before "in" and a number starts such a ratio.
  bool RatioAfter(size_t end) const {
    const std::string_view s = s_;
    size_t e;
    if (!MatchWord(s, SkipSpaces(s, end), "in", &e)) return false;
    e = SkipSpaces(s, e);
    if (size_t ee; MatchWord(s, e, "every", &ee)) e = SkipSpaces(s, ee);
    return e < s.size() && IsDigit(s[e]);
  }
  // Spanish ratios: the base after "de cada" / "por cada" ("3 de cada 10 socios", "4 médicos
  // por cada 1.000 vecinos"), or a power of ten after a number and "por" ("31 hurtos por
  // 10.000 vecinos") counts nothing ...
  bool RatioBaseEs(size_t start, double value) const {
    const std::string_view s = s_;
    size_t ws;
    const std::string_view w = PrevWord(s, start, &ws);
    if (w == "por") return PowerOfTenBase(value) && NumberBeforeWord(ws);
    if (w != "cada") return false;
    const std::string_view w0 = PrevWord(s, ws, &ws);
    return w0 == "de" || w0 == "por";
  }
  // ... nor does the "1" before "de cada" and a number ("1 de cada 8 socios").
  bool RatioAfterEs(size_t end) const {
    const std::string_view s = s_;
    size_t e;
    if (!MatchWord(s, SkipSpaces(s, end), "de", &e)) return false;
    if (!MatchWord(s, SkipSpaces(s, e), "cada", &e)) return false;
    e = SkipSpaces(s, e);
    return e < s.size() && (IsDigit(s[e]) || ParseSpelledNumeral(s, e));
  }
  // Spanish scores, seasons and verse numbers: a pair of small whole numbers joined by a
  // hyphen with nothing counted ("por 6-3", "Goles: 0-1", "temporadas 97-98").
  bool ScorePairEs(const Simple& a, size_t end) const {
    const std::string_view s = s_;
    if (lang_ != Lang::kEs || a.has_scale || a.spelled || a.value >= 100) return false;
    for (size_t k = a.num_start; k < a.end; ++k) {
      if (!IsDigit(s[k])) return false;
    }
    if (a.end + 1 >= s.size() || s[a.end] != '-') return false;
    size_t k = a.end + 1;
    while (k < s.size() && k < a.end + 4 && IsDigit(s[k])) ++k;
    if (k == a.end + 1 || k > a.end + 3) return false;
    // Not "5-6,5", "10-12%", "20-25.000".
    if (k < s.size() && (IsDigit(s[k]) || IsWordByte(s, k) || s[k] == '%' ||
                         ((s[k] == '.' || s[k] == ',') && k + 1 < s.size() && IsDigit(s[k + 1])))) {
      return false;
    }
    size_t qs, ge = end;
    return FindQualifier(s, a.start, &qs) == Qualifier::kExact && GenericNoun(end, &ge).empty();
  }

  // Spanish times that are no figures: the minute of a match ("en el minuto 63"), a decade
  // ("los años 90", "a mediados de los 70", "la década de los 80") and a time of day ("a
  // las 9,15 de la noche", "las 4 pm", "a las 11 en punto").
  bool TimeLabelEs(const Simple& a, size_t end) const {
    const std::string_view s = s_;
    if (lang_ != Lang::kEs || a.has_scale || a.spelled) return false;
    size_t ws;
    const std::string_view pw = PrevWord(s, a.start, &ws);
    const bool whole = a.value == std::trunc(a.value);  // no int cast: values reach 1e20
    if (pw == "minuto") return whole && a.value <= 130;
    if (whole && a.value >= 10 && a.value <= 90 && static_cast<int>(a.value) % 10 == 0 &&
        a.end - a.num_start == 2) {
      static constexpr std::string_view kDecadeOpeners[] = {
          "década", "mediados", "finales", "principios", "fines", "comienzos", "inicios"};
      size_t w2;
      const std::string_view before = PrevWord(s, ws, &w2);
      if (pw == "años" && before == "los") return true;
      if (pw == "los" && before == "de") {
        const std::string_view opener = PrevWord(s, w2, &w2);
        if (InList(opener, kDecadeOpeners)) {
          return true;
        }
      }
    }
    if (pw != "las" || a.value > 24) return false;
    size_t e = SkipSpaces(s, end);
    for (std::string_view w : {"am", "pm", "a.m.", "p.m.", "a. m.", "p. m."}) {
      if (StartsWith(s, e, w) && !IsWordByte(s, e + w.size())) return true;
    }
    if (MatchWord(s, e, "en", &e) && MatchWord(s, SkipSpaces(s, e), "punto")) return true;
    e = SkipSpaces(s, end);
    if (!MatchWord(s, e, "de", &e) || !MatchWord(s, SkipSpaces(s, e), "la", &e)) return false;
    e = SkipSpaces(s, e);
    for (std::string_view w : {"mañana", "tarde", "noche", "madrugada"}) {
      if (MatchWord(s, e, w)) return true;
    }
    return false;
  }

  // English: "the top 10", "in the top 20 titles", "the UK's top 250 firms" name a
  // ranking's size, not a count — not the verb: "sales could top 500,000", "to top 2,000".
  bool RankListBeforeEn(size_t start) const {
    // A modal (function_words) before "top" makes it the verb, and so do these. Of the "do"
    // forms only "did": "do"/"does" before "top N" are a question's auxiliary, whose subject
    // is the ranking ("What do top 20 managers charge?").
    static constexpr std::string_view kVerbBefore[] = {"to", "not", "did"};
    size_t ws;
    if (PrevWord(s_, start, &ws) != "top") return false;
    const std::string_view before = PrevWord(s_, ws, &ws);
    return !InList(before, kVerbBefore) && !InList(before, function_words::kModalsEn);
  }

  // A currency word of kCurrencies at t that can be the other side of an exchange rate: a
  // whole unit with a known code (not "cent", "pence", nor the "centavos" of any currency),
  // with the nationality adjective the table reads as part of it ("US dollar", "Japanese
  // yen", "Swiss franc", "single currency").
  static const Currency* RateCurrencyAt(std::string_view t, size_t k, size_t* e) {
    const Currency* c = MatchCurrency(t, k, e);
    return c != nullptr && !c->code.empty() && c->factor == 1 ? c : nullptr;
  }

  // English exchange rates: an unscaled number `a` (ending at `end`), bare or with its own
  // currency, right before "to the" / "per" / "against the" / "versus the" and another
  // currency is the price of that currency, not an amount ("held at 6.45 to the US dollar",
  // "$1.7412 to the euro", "1.3150 euros per US dollar", "97.20 per euro", "8.905 against the
  // dollar"). Not "per pound" (a weight's price: "$3 per pound"), not "the dollar index", and
  // with "per" not an amount in cents or pence nor in the currency after "per" ("30 cents per
  // dollar of debt", "$2 per dollar invested": a share of each unit, an amount).
  bool ExchangeRateAfterEn(const Simple& a, size_t end) const {
    const std::string_view s = s_;
    size_t t = SkipSpaces(s, end), e;
    const bool per = MatchWord(s, t, "per", &e);
    if (per) {
      t = SkipSpaces(s, e);
    } else if (MatchWord(s, t, "to", &e) || MatchWord(s, t, "against", &e) ||
               MatchWord(s, t, "versus", &e)) {
      t = SkipSpaces(s, e);
      if (!MatchWord(s, t, "the", &e)) return false;
      t = SkipSpaces(s, e);
    } else {
      return false;
    }
    const Currency* c = RateCurrencyAt(s, t, &e);
    if (c == nullptr) return false;
    if (per) {
      if (c->code == "GBP" && !MatchWord(s, t, "sterling", &e)) return false;  // "per pound"
      if (a.is_money && a.currency == c->code) return false;
      size_t ce;
      for (size_t k = a.num_start; k < end; ++k) {  // "30 cents", "45 pence"
        if (k > a.num_start && IsWordByte(s, k - 1)) continue;
        if (const Currency* u = MatchCurrency(s, k, &ce); u != nullptr && u->factor != 1) {
          return false;
        }
      }
    }
    size_t ie;
    return !MatchWord(s, SkipSpaces(s, e), "index", &ie);
  }

  // English exchange quotes: a decimal amount with its currency in a clause about a
  // currency's rate ("The dollar was buying 98.42 yen", "One pound bought 1.4521 euros", "the
  // yen firmed against the dollar to 101.37 yen", "Against the euro the dollar was trading
  // at $1.2215"): before it in its clause, "against" / "versus" and a currency, or "the" /
  // "one" and a currency other than the amount's together with a word of rate talk
  // ("buying", "bought", "trading at", "firmed", "weakened", "rate" …, or a pair:
  // "the euro/dollar") or as the subject
  // right before the amount (no comma, at most four words between: "the euro reaches
  // $1.41"). The clause ends at ";", ", and" (unless a rate word follows) and a
  // contrasting conjunction ("…, while copper closed at $3.15 a pound").
  // A share price stays ("Quindar rose to 23.40 euros" names no currency; "Because the
  // dollar fell, Trelco shares climbed to 6.45 pounds" names one but no rate).
  bool ExchangeQuoteEn(const Simple& a) const {
    static constexpr std::string_view kRateWords[] = {
        "buying",        "bought",  "buys",     "trading",  "traded",       "trades",
        "fetched",       "fetches", "firmed",   "weakened", "strengthened", "weakening",
        "strengthening", "rate",    "exchange", "quoted"};
    const size_t o = w_.OrigStart(a.start);
    const size_t ss = SentenceStart(orig_, o, o > 240 ? o - 240 : 0);
    std::string low(orig_.substr(ss, o - ss));
    for (char& c : low) c = Lower(c);
    std::string_view t = low;
    // Only the amount's clause.
    auto cut_at = [&t](std::string_view cut) {
      if (const size_t c = scan::FindLastExact(t, cut); c != std::string_view::npos) {
        t = t.substr(c + cut.size());
      }
    };
    cut_at(";");
    // ", and" opens another clause unless a rate word follows ("…, and buying 98.42 yen").
    if (const size_t c = scan::FindLastExact(t, ", and "); c != std::string_view::npos) {
      const std::string_view rest = t.substr(c + 6);
      if (!std::any_of(std::begin(kRateWords), std::end(kRateWords),
                       [&rest](std::string_view w) { return rest.starts_with(w); })) {
        t = rest;
      }
    }
    for (std::string_view w : kContrastConjunctions) {
      cut_at(std::string(" ").append(w).append(" "));
    }
    bool other_currency = false, rate_word = false;
    size_t other_end = 0;  // where the last other currency named ends in t
    for (size_t i = 0; i < t.size(); ++i) {
      if (i > 0 && IsAsciiAlpha(t[i - 1])) continue;  // word starts only
      size_t e;
      const bool against = MatchWord(t, i, "against", &e) || MatchWord(t, i, "versus", &e);
      if (!against && !MatchWord(t, i, "the", &e) && !MatchWord(t, i, "one", &e)) continue;
      size_t k = SkipSpaces(t, e);
      if (against && MatchWord(t, k, "the", &e)) k = SkipSpaces(t, e);
      const Currency* c = RateCurrencyAt(t, k, &e);
      if (c == nullptr) continue;
      if (against) return true;
      size_t pe;  // a currency pair is rate talk: "the euro/dollar"
      if (e + 1 < t.size() && t[e] == '/' && RateCurrencyAt(t, e + 1, &pe)) rate_word = true;
      if (c->code != a.currency) {
        other_currency = true;
        other_end = e;
      }
    }
    if (!other_currency) return false;
    if (rate_word) return true;
    // A word of rate talk at a word start of the clause (looked for only now: most amounts
    // name no other currency).
    for (size_t i = 0; i < t.size(); ++i) {
      if (i > 0 && IsAsciiAlpha(t[i - 1])) continue;
      size_t e;
      for (std::string_view w : kRateWords) {
        if (MatchWord(t, i, w, &e)) return true;
      }
    }
    // Or the currency is the subject right before the amount, no comma between and at most
    // four words ("the euro reaches $1.41", "the dollar had edged up to 0.9120 euros").
    const std::string_view gap = t.substr(other_end);
    return gap.find(',') == std::string_view::npos && std::count(gap.begin(), gap.end(), ' ') <= 5;
  }

  // English titles and sequels before a bare number at folded position p: a capitalised
  // hyphen compound ("Half-Life 2", "Spider-Man 2": the hyphen inside the name is no dash
  // before a sentence), or a capitalised word opening the sentence ("Halo 2 has sold …",
  // "Doom 3 was developed …") unless it is a word that opens a count there ("All 25 were",
  // "Only 22 of", "Of 30 …"). AfterNameWord covers a plain word inside the sentence.
  bool TitleNumberEn(size_t p) const {
    static constexpr std::string_view kOpeners[] = {
        "a",      "about",   "after",   "again",   "all",   "almost",  "among",   "an",
        "and",    "another", "around",  "as",      "at",    "before",  "between", "both",
        "but",    "by",      "during",  "each",    "even",  "every",   "exactly", "few",
        "fewer",  "for",     "from",    "her",     "his",   "if",      "in",      "including",
        "its",    "just",    "last",    "less",    "like",  "more",    "most",    "my",
        "nearly", "next",    "no",      "nor",     "now",   "of",      "on",      "only",
        "or",     "our",     "over",    "perhaps", "plus",  "roughly", "since",   "so",
        "some",   "still",   "than",    "that",    "the",   "their",   "then",    "these",
        "this",   "those",   "to",      "under",   "until", "up",      "when",    "while",
        "with",   "within",  "without", "yet",     "your"};
    size_t ws;
    const std::string_view pw = PrevWord(s_, p, &ws);
    if (pw.empty() || SkipSpacesBack(s_, p) != ws + pw.size()) return false;
    size_t o = w_.OrigStart(ws);
    auto upper = [&](size_t i) { return orig_[i] >= 'A' && orig_[i] <= 'Z'; };
    if (!upper(o)) return false;
    // Walk back over the capitalised parts of a hyphen compound: "Half-" of "Half-Life".
    bool compound = false;
    while (o >= 2 && orig_[o - 1] == '-' && IsAsciiAlpha(orig_[o - 2])) {
      size_t b = o - 1;
      while (b > 0 && IsAsciiAlpha(orig_[b - 1])) --b;
      if (!upper(b)) return false;  // "e-Commerce", "well-Known"
      o = b;
      compound = true;
    }
    size_t k = o;
    while (k > 0 && orig_[k - 1] == ' ') --k;
    const char before = k == 0 ? '\n' : orig_[k - 1];
    const bool opens = k == 0 || before == '.' || before == '!' || before == '?' || before == ':' ||
                       before == '"' || before == '\n' || before == '(' ||
                       static_cast<uint8_t>(before) >= 0x80;
    if (!opens) return compound;
    size_t e = o;
    while (e < orig_.size() && IsAsciiAlpha(orig_[e])) ++e;
    const std::string_view first = orig_.substr(o, e - o);
    auto lower_is = [first](std::string_view w) {
      return first.size() == w.size() && EndsWithAsciiCI(first, w);
    };
    return std::none_of(std::begin(kOpeners), std::end(kOpeners), lower_is);
  }

  // "3 Ob 42/19k", "12 Os 88/17t-5": a number, a 1-3 letter word, a number with '/'.
  bool CourtFileNumber(size_t end) const {
    const std::string_view s = s_;
    if (end >= s.size() || s[end] != ' ') return false;
    const size_t w = end + 1;
    const size_t we = WordEnd(s, w);
    if (we == w || we - w > 3 || we + 1 >= s.size() || s[we] != ' ' || !IsDigit(s[we + 1])) {
      return false;
    }
    size_t k = we + 1;
    while (k < s.size() && IsDigit(s[k])) ++k;
    return k < s.size() && s[k] == '/';
  }

  // A money noun right after a scaled number, or after "an" / "de" / "in" / "of": "Drei
  // Milliarden Schulden", "70 Millionen an Einnahmen", "2.000 millones de deuda" (the
  // plurals too: "Überschüsse", "inversiones"), and German compounds that start with one
  // ("2 Milliarden Kreditrahmen", "Umsatzplus"). A noun followed by the person ending
  // "-eur" is a person, not money ("unter 4 Millionen Profiteuren" counts people).
  bool MoneyNounAfter(size_t end) const {
    static constexpr std::string_view kMoneyNouns[] = {
        "schulden", "umsatz",  "umsätze",     "gewinn",    "verlust",     "überschu",
        "überschü", "defizit", "kapital",     "budget",    "kredit",      "einnahmen",
        "ausgaben", "deuda",   "ingresos",    "beneficio", "pérdida",     "facturación",
        "déficit",  "capital", "presupuesto", "inversión", "inversiones", "ganancia",
        "revenue",  "profit",  "loss",        "debt",      "earnings",    "turnover"};
    const std::string_view s = s_;
    size_t t = SkipSpaces(s, end), e;
    for (int k = 0; k < 2 && t < s.size(); ++k) {
      for (std::string_view w : kMoneyNouns) {
        if (StartsWith(s, t, w) && !StartsWith(s, t + w.size(), "eur")) return true;
      }
      if (k == 0 && (MatchWord(s, t, "an", &e) || MatchWord(s, t, "de", &e) ||
                     MatchWord(s, t, "in", &e) || MatchWord(s, t, "of", &e))) {
        t = SkipSpaces(s, e);
        continue;
      }
      break;
    }
    return false;
  }

  // English: a plural after a scaled number (Finish), behind at most three modifiers ("1.3
  // million refurbished smart door locks", "5 million Dutch households", "90 million EU
  // pensioners"); a hyphen compound is one word ("3 million e-readers"). Not across
  // punctuation, a word of kCountedNounStop (article, preposition, pronoun, auxiliary,
  // adverb: "7 million square metres and two", "3 million despite harsh winters", "5
  // million again fear floods") or a time or non-figure unit ("7 million three weeks ago").
  std::string_view GenericNounEn(size_t end, size_t* noun_end) const {
    const std::string_view s = s_;
    // The word after the space at t (a hyphen compound is one word); empty when none.
    auto word_at = [&](size_t t, size_t* we) -> std::string_view {
      if (t >= s.size() || s[t] != ' ') return {};
      ++t;
      size_t e = WordEnd(s, t);
      while (e > t && e + 1 < s.size() && s[e] == '-' && IsAsciiAlpha(s[e + 1])) {
        e = WordEnd(s, e + 1);
      }
      if (e == t || (e < s.size() && IsDigit(s[e]))) return {};
      *we = e;
      const std::string_view w = s.substr(t, e - t);
      return CountedNounStop(w) || NonFigureUnit(w) || IsMonthAt(s, t) ? std::string_view{} : w;
    };
    auto plural = [](std::string_view w) {
      return w.size() >= 3 && w.back() == 's' && !w.ends_with("ss");
    };
    size_t t = end;
    for (int k = 0; k < 4; ++k) {  // the plural and up to three modifiers before it
      size_t we = t;
      const std::string_view w = word_at(t, &we);
      if (w.empty()) return {};
      if (plural(w)) {
        // A plural that modifies the next: "3.1 million sports cars".
        size_t we2 = we;
        if (const std::string_view w2 = word_at(we, &we2); plural(w2)) {
          *noun_end = we2;
          return w2;
        }
        *noun_end = we;
        return w;
      }
      t = we;
    }
    return {};
  }

  // A counted thing outside the noun table after a scaled number: Spanish "de <word>", a
  // German capitalised noun, an English plural (after a scaled number Finish asks
  // GenericNounEn instead). Returns the folded word ("" if none).
  std::string_view GenericNoun(size_t end, size_t* noun_end) const {
    const std::string_view s = s_;
    size_t t = SkipSpaces(s, end), e;
    if (t == end || t >= s.size()) return {};
    bool es_plain = false;  // Spanish without "de": "700 mil jóvenes"
    if (lang_ == Lang::kEs) {
      if (MatchWord(s, t, "de", &e)) {
        t = SkipSpaces(s, e);
      } else {
        es_plain = true;
      }
    }
    size_t we = WordEnd(s, t);
    if (we - t < 3 || (we < s.size() && (IsDigit(s[we]) || s[we] == '-'))) return {};
    std::string_view w = s.substr(t, we - t);
    if (lang_ == Lang::kEn && w.back() != 's' && we < s.size() && s[we] == ' ' &&
        !CountedNounStop(w)) {
      // "2.6 million fibre links": the counted noun may follow one modifier (not a
      // preposition or adverb: "7 million despite losses")
      const size_t t2 = we + 1;
      const size_t we2 = WordEnd(s, t2);
      if (we2 - t2 >= 4 && s[we2 - 1] == 's') {
        t = t2;
        we = we2;
        w = s.substr(t, we - t);
      }
    }
    // Spanish: "nuevos" / "nuevas" before the noun are no noun ("7.586 nuevos positivos",
    // "300.000 nuevos residentes"): the plural after them is what is counted.
    if (lang_ == Lang::kEs && (w == "nuevos" || w == "nuevas") && we < s.size() && s[we] == ' ') {
      const size_t t2 = we + 1;
      const size_t we2 = WordEnd(s, t2);
      if (we2 - t2 < 4 || s[we2 - 1] != 's') return {};
      t = t2;
      we = we2;
      w = s.substr(t, we - t);
    }
    if (CountedNounStop(w)) return {};                      // "41 versus 35 per cent"
    if (lang_ == Lang::kEn && NonFigureUnit(w)) return {};  // "7 million two weeks ago"
    if (IsMonthAt(s, t)) return {};
    if (lang_ == Lang::kDe) {
      const char c0 = orig_[w_.OrigStart(t)];
      const bool upper = (c0 >= 'A' && c0 <= 'Z') ||
                         (static_cast<uint8_t>(c0) == 0xC3 && w_.OrigStart(t) + 1 < orig_.size() &&
                          static_cast<uint8_t>(orig_[w_.OrigStart(t) + 1]) >= 0x80 &&
                          static_cast<uint8_t>(orig_[w_.OrigStart(t) + 1]) <= 0x9E);
      if (!upper) return {};
    } else if (lang_ == Lang::kEn || es_plain) {
      if (w.size() < 4 || w.back() != 's' || w.ends_with("ss")) return {};
    }
    *noun_end = we;
    return w;
  }

  // Range / noun / qualifier handling, then emission. Returns the consumed end.
  size_t Finish(Simple a) {
    const std::string_view s = s_;
    // Range: "zwischen 88 und 99 %", "entre un 88 % y un 99 %", "5 bis 6", "de cinco a seis",
    // "von 40.000 Euro bis zu 2,8 Millionen Euro", "from £14 to £22", "$4.0-$4.5";
    // alternatives of one unit: "3,5 oder 3,6 Prozent", "50% o 60%", "20 ó 21".
    // A change is not a range: "grew from 20% to 25%", "by 1.5 points to 27.4%".
    size_t ws;
    std::string_view opener = PrevWord(s, a.start, &ws);
    if (IsArticleOrContraction(opener)) opener = PrevWord(s, ws, &ws);
    const size_t opener_start = ws;
    size_t t = SkipSpaces(s, a.end), e;
    // A conversion in brackets after a low end of money ("$16 (£8.40) to $24"): the
    // connector comes after it; the conversion is emitted as a figure of its own.
    size_t conversion = 0;  // the first digit inside the brackets, 0 when none
    if (a.is_money && t > a.end && t < s.size() && s[t] == '(') {
      if (const size_t ce = ConversionBracketEnd(t, &conversion); ce > t) t = SkipSpaces(s, ce);
    }
    bool range_conn = false, alternative = false;
    // English "$2-to-$4": the connector "to" written between hyphens.
    const bool hyphen_to = lang_ == Lang::kEn && a.is_money && t == a.end && t + 5 < s.size() &&
                           s.compare(t, 4, "-to-") == 0;
    if (hyphen_to) ++t;
    auto money_next = [&](size_t k) {  // "-$6.5", "- US$5"
      size_t ps;
      size_t d = k;
      while (d < s.size() && d < k + 5 && !IsDigit(s[d]) && s[d] != ' ') ++d;
      if (d < s.size() && s[d] == ' ') ++d;
      return d < s.size() && IsDigit(s[d]) && d > k && MatchPrefixCurrency(s, d, &ps) && ps == k;
    };
    if (t < s.size() && s[t] == '-' && t == a.end && t + 1 < s.size() &&
        (IsDigit(s[t + 1]) || money_next(t + 1))) {
      range_conn = true;
      e = t + 1;
    } else if (MatchWord(s, t, "bis", &e) || MatchWord(s, t, "to", &e) ||
               MatchWord(s, t, "hasta", &e) || (t < s.size() && s[t] == '-' && (e = t + 1))) {
      range_conn = true;
      if (hyphen_to) ++e;  // past the hyphen after "to"
    } else if ((MatchWord(s, t, "und", &e) || MatchWord(s, t, "y", &e) ||
                MatchWord(s, t, "and", &e)) &&
               (opener == "zwischen" || opener == "entre" || opener == "between")) {
      range_conn = true;
    } else if ((MatchWord(s, t, "a", &e) || MatchWord(s, t, "al", &e)) &&
               (opener == "de" || opener == "del" || opener == "entre" || opener == "from" ||
                opener == "von")) {
      range_conn = true;
    } else if (size_t je = 0; (opener == "zwischen" || opener == "entre" || opener == "between") &&
                              (a.is_money || a.is_percent) && (je = JoinAfterPlaceWords(t)) > t) {
      // "zwischen 380 Euro im Süden und 610 Euro": a short phrase of the low end's before
      // the "und".
      range_conn = true;
      e = je;
    } else if (BareCommaAlternative(a, t)) {
      // "um 20, 25 Prozent": two close numbers joined by a comma alone, the second with the
      // unit: an approximate range, as "20 oder 25 Prozent".
      range_conn = alternative = true;
      e = t + 1;
    } else if (MatchWord(s, t, "oder", &e) || MatchWord(s, t, "o", &e) ||
               MatchWord(s, t, "\xC3\xB3", &e) || MatchWord(s, t, "or", &e) ||
               MatchWord(s, t, "u", &e)) {
      range_conn = alternative = true;
    }
    if (range_conn && !alternative && IsChange(opener, opener_start)) {
      // "by 1.5 points to 27.4%" is a change and its result; "um 120 bis 180 Euro" a range.
      size_t ce;
      const bool by = opener == "by" || opener == "um" || opener == "en";
      if (!by || MatchWord(s, t, "to", &ce) || MatchWord(s, t, "a", &ce) ||
          MatchWord(s, t, "hasta", &ce)) {
        range_conn = false;
      }
    }
    size_t e_conn;
    // English "4% to 6%" without an opener, after a copula, "of" or an expectation verb
    // (RangeLeadEn) and without a change verb before it: a range when the high end is a
    // percentage at most twice the low one ("should be 4% to 6% higher", "a forecast of 3% to
    // 3.5%"); "edged up 0.1% to 4.7%", "gained 4% to 7%" stay a change and its result.
    bool close_percents = false, close_money = false, noun_after_high = false;
    if (range_conn && (a.is_percent || a.is_money) &&
        (MatchWord(s, t, "hasta", &e_conn) || MatchWord(s, t, "to", &e_conn)) &&
        !(opener == "de" || opener == "del" || opener == "desde" || opener == "entre" ||
          opener == "from" || opener == "between")) {
      close_percents = lang_ == Lang::kEn && a.is_percent && !a.is_points && s[t] == 't' &&
                       a.end > a.start && s[a.end - 1] == '%' && RangeLeadEn(a.start) &&
                       !ChangeVerbBefore(a.start);
      // English prices "cost $20 to $30", "priced at $14 (£7) to $21": two unscaled amounts
      // of one currency right after a price lead (RangeLeadEn or a price word: "cost",
      // "priced", "charge", "fee"), the high end at most three times the low one, no change
      // verb before ("lost $4 to $10" is a change and its result).
      // So do two such amounts with a range noun before or after them ("the range $60 to
      // $70", "the $60 to $70 level", "a $2-to-$4 band"): the noun after is looked for after
      // the high end is read (noun_after_high; so is the change verb then, the costlier test).
      const bool money_to = lang_ == Lang::kEn && a.is_money && !a.has_scale && s[t] == 't';
      noun_after_high = money_to && !PriceLeadEn(a.start) && !RangeNounBeforeEn(a.start);
      close_money = money_to && (noun_after_high || !ChangeVerbBefore(a.start));
      if (close_money) close_percents = false;
      // no opener: "dropped 14% to 1.7bn euros", "subió 5 % hasta 7 %"
      if (!close_percents && !close_money) range_conn = false;
    }
    Simple b;
    bool is_range = false;
    if (range_conn) {
      size_t u = SkipSpaces(s, e), e2;
      if (MatchWord(s, u, "zu", &e2)) u = SkipSpaces(s, e2);  // "bis zu"
      for (const QualWord& q : kQualifiers) {                 // "bis zu annähernd"
        if (q.q == Qualifier::kApprox && MatchWord(s, u, q.phrase, &e2)) {
          u = SkipSpaces(s, e2);
          break;
        }
      }
      // "entre el 5 y el 7 %", "entre un 5 y un 7 %": a Spanish or English definite article
      // (function_words.h), or "un" / "una", before the high end. Not IsArticleOrContraction:
      // its "a" is the "A" of "to A$8.24", and its other words were never skipped here.
      if (const size_t we = WordEnd(s, u); we > u && we - u <= 3) {
        const std::string_view art = s.substr(u, we - u);
        if (InList(art, function_words::kDefiniteArticlesEs) ||
            InList(art, function_words::kDefiniteArticlesEn) || art == "un" || art == "una") {
          u = SkipSpaces(s, we);
        }
      }
      // A currency sign or code before the high end: "entre US$2.000 y US$8.000".
      if (u < s.size() && !IsDigit(s[u])) {
        for (size_t d = u; d < s.size() && d < u + 6; ++d) {
          size_t ps;
          if (IsDigit(s[d])) {
            if (MatchPrefixCurrency(s, d, &ps) && ps == u) u = d;
            break;
          }
        }
      }
      const bool digit = u < s.size() && IsDigit(s[u]);
      const bool word = u < s.size() && IsWordByte(s, u) && ParseSpelledNumeral(s, u);
      money_range_ = a.is_money;
      bool read = (digit || word) && ReadSimple(u, !digit, &b, true);
      money_range_ = false;
      if (read && noun_after_high && (!RangeNounAfterEn(b.end) || ChangeVerbBefore(a.start))) {
        read = false;
      }
      if (read && a.is_money && b.is_money && b.currency.empty()) b.currency = a.currency;
      if (read && !b.reject && !b.year) {
        double lo = a.value;
        // "5 bis 6 Milliarden": the low end shares the scale; "40.000 Euro bis 2,8
        // Millionen Euro" has its own.
        const bool a_own_unit = a.is_percent || a.is_money || !a.quantity_unit.empty();
        if (!a.has_scale && b.has_scale && !a_own_unit) {
          Numeral bn;
          ReadNumeral(b.num_start, b.spelled, &bn);
          if (bn.value != 0) lo = a.value * (b.value / bn.value);
        }
        // Both ends in one unit (or the low end bare): percent with percent, points with
        // points, money with money of the same currency.
        const bool a_unit = a.is_percent || a.is_money || !a.quantity_unit.empty();
        const bool b_unit = b.is_percent || b.is_money || !b.quantity_unit.empty();
        bool units_ok = !a_unit || (a.is_percent == b.is_percent && a.is_points == b.is_points &&
                                    a.is_money == b.is_money && a.currency == b.currency &&
                                    a.quantity_unit == b.quantity_unit);
        if (a_unit && !b_unit && !alternative) units_ok = true;  // "5 % bis 6"
        if (alternative && !a_unit && !b_unit) {
          // "20 ó 21": bare alternatives only when close and small
          units_ok = b.value <= lo * 2 && !a.has_scale;
        }
        if (close_percents && !(b.is_percent && !b.is_points && b.value <= 2 * lo)) {
          units_ok = false;
        }
        if (close_money && !(b.is_money && !b.has_scale && b.value <= 3 * lo)) units_ok = false;
        if (b.value > lo && units_ok) {
          is_range = true;
          a.value = lo;
          if (!a.is_money && b.is_money) {
            a.is_money = true;
            a.currency = b.currency;
          }
          if (!a.is_percent && b.is_percent) {
            a.is_percent = b.is_percent;
            a.is_points = b.is_points;
          }
          if (a.quantity_unit.empty()) a.quantity_unit = b.quantity_unit;
          a.has_scale |= b.has_scale;
        }
      } else if (digit && b.reject && !alternative && !(a.is_percent || a.is_money)) {
        // "5 bis 6 Jahre": a duration range, not a figure
        if (!b.year) return b.end;
      }
    }
    Figure f;
    size_t end = is_range ? b.end : a.end;
    if (lang_ == Lang::kEn && !a.is_percent && !a.has_scale && !is_range &&
        (ExchangeRateAfterEn(a, end) ||
         (a.is_money && a.value != std::floor(a.value) && ExchangeQuoteEn(a)))) {
      return end;  // "a rate of 6.45 to the dollar": the price of a currency, no amount
    }
    if (a.is_percent) {
      f.kind = FigureKind::kPercent;
      if (a.is_points) f.unit = "pp";
    } else if (a.is_money) {
      f.kind = FigureKind::kMoney;
      f.unit = std::string(a.currency);
    } else if (!a.quantity_unit.empty()) {
      f.kind = FigureKind::kQuantity;
      f.unit = std::string(a.quantity_unit);
    } else if (lang_ == Lang::kEn && !a.has_scale && !is_range &&
               (RatioBefore(a.start) || (a.value == 1 && RatioAfter(end)) ||
                (a.value <= 1000 && RankListBeforeEn(a.start)))) {
      return end;  // "one in six cars": a ratio; "the top 10": a ranking
    } else if (lang_ == Lang::kEs && !is_range &&
               (RatioBaseEs(a.start, a.value) ||
                (a.value == 1 && !a.has_scale && RatioAfterEs(end)))) {
      return end;  // "1 de cada 8 socios", "40 por cada 1.000 habitantes": a ratio
    } else if ((lang_ == Lang::kDe || lang_ == Lang::kEn) && !is_range &&
               RatioBaseDeEn(a.start, a.value)) {
      return end;  // "9 Ärzte pro 1.000 Einwohner", "30 deaths per 100,000 people": a ratio
    } else if (lang_ == Lang::kDe && !a.has_scale && ParagraphSignBefore(a.start)) {
      return end;  // "§ 5 Abs. 2", "§§ 7 bis 9": a law's paragraph, not a figure
    } else {
      size_t ne = end;
      std::string_view noun = NounAfter(end, &ne, a.spelled ? 2 : 5);
      if (!noun.empty()) {
        f.kind = FigureKind::kCount;
        f.unit = std::string(noun);
        end = ne;
      } else if (a.has_scale && MoneyNounAfter(end)) {
        f.kind = FigureKind::kMoney;  // "Drei Milliarden Schulden", "70 Millionen an Einnahmen"
      } else if (size_t de = 0; lang_ == Lang::kEs && !a.has_scale && !a.spelled && !a.year &&
                                MatchWord(s, SkipSpaces(s, end), "de", &de) &&
                                MoneyNounAfter(end)) {
        // "(45.120 de beneficio)": an amount whose currency the article gives
        f.kind = FigureKind::kMoney;
      } else if (size_t ge = end;
                 a.has_scale &&
                 !(noun = lang_ == Lang::kEn ? GenericNounEn(end, &ge) : GenericNoun(end, &ge))
                      .empty()) {
        f.kind = FigureKind::kCount;  // "siete millones de pasajeros", "2.8 million consoles"
        f.unit = std::string(noun);
        end = ge;
      } else if (a.has_scale && (HasPriceContext(s, a.start, lang_) || ForPriceEs(a.start) ||
                                 AfterMoneyEs(a.start))) {
        // "el precio ... 1,3 millones cada uno", "facturó 16.000 millones", "Überschuldung
        // von 18,1 Millionen": a scaled amount after a money word that counts nothing is money
        // (currency from the article, figure_context.h).
        f.kind = FigureKind::kMoney;
      } else {
        if (a.spelled && !a.has_scale) return end;  // "zwei Quellen": not a figure
        // Labels and ages: "Artikel 5", "(45)".
        size_t pws;
        const std::string_view pw = PrevWord(s, a.start, &pws);
        // First byte and length first (the list is long, most words are in no list); a
        // necessary test for exact equality, as no entry starts with a capital.
        static constexpr scan::WordShapes kLabelShapes(kLabelWords);
        if (!pw.empty() && !a.has_scale && kLabelShapes.Maybe(pw) && InList(pw, kLabelWords)) {
          // After "pro" / "je" / "per" / "cada" the word is the unit of a rate, not a label:
          // "je Woche 70 bis 90 Anfragen", "per page 20 ads", "cada día 40 visitas".
          size_t rs;
          const std::string_view rate = PrevWord(s, pws, &rs);
          if (!(rate == "pro" || rate == "je" || rate == "per" || rate == "cada") ||
              SkipSpacesBack(s, pws) != rs + rate.size()) {
            return end;
          }
        }
        if (lang_ == Lang::kDe && !pw.empty() && !a.has_scale &&
            SkipSpacesBack(s, a.start) == pws + pw.size() &&  // not "… Klassen. 240 Fahrer"
            InList(pw, kLabelWordsDe)) {
          return end;
        }
        if (lang_ == Lang::kEs && !pw.empty() && !a.has_scale &&
            SkipSpacesBack(s, a.start) == pws + pw.size() && InList(pw, kLabelWordsEs)) {
          return end;
        }
        bool bracket_member = false;  // "Kralland (5,25)": see BracketAfterCapital
        if (a.start > 0 && s[a.start - 1] == '(' && end < s.size() && s[end] == ')' &&
            !a.has_scale && a.value < 130) {
          if (!BracketAfterCapital(a.start - 1)) return end;
          bracket_member = true;
        }
        if (ScorePairEs(a, end) || TimeLabelEs(a, end)) return end;
        // Spanish: a day of the month after its weekday is a date ("entre el viernes 22 y el
        // sábado 23", "el jueves 1 de julio"), unless it counts something ("el lunes 40
        // vecinos").
        if (lang_ == Lang::kEs && !a.has_scale && !a.spelled && a.value >= 1 && a.value <= 31 &&
            InList(pw, kWeekdaysEs)) {
          size_t ge = end;
          if (GenericNoun(end, &ge).empty()) return end;
        }
        // Ages after an age word: "people aged 18 to 30", "women aged 50 or above", "aged
        // between 20 and 40", "a retirement age of 65".
        if (!a.has_scale && a.value < 130 && !pw.empty()) {
          size_t aws = pws;
          std::string_view aw = pw;
          if (aw == "between") aw = PrevWord(s, pws, &aws);
          if (aw == "aged" || (aw == "of" && PrevWord(s, aws, &aws) == "age")) return end;
        }
        // Product, model, channel and law numbers: a bare number right after a capitalised
        // word that does not start the sentence ("Chromebook 13", "Roku 4", "Canal 9",
        // "Noticia 48", "Vanta Sprint 2.0", "B 5305") - with the list that follows ("10, 11 y
        // 12"); court file numbers ("3 Ob 42/19k", "12 Os 88/17t-5").
        if (!a.has_scale && !is_range &&
            ((AfterNameWord(a.start) && !PluralNounAfterEs(end)) || CourtFileNumber(end) ||
             (CapsWordAfter(end) && !GroupedThousands(a)) ||
             (lang_ == Lang::kDe && a.value < 100 && LeadingZeroAfterName(a.start, end)) ||
             (lang_ == Lang::kEn && a.value < 100 && TitleNumberEn(a.start))) &&
            FindQualifier(s, a.start, &pws) == Qualifier::kExact) {
          size_t k = end;
          for (;;) {
            size_t u = SkipSpaces(s, k), ce;
            if (u < s.size() && s[u] == ',') {
              u = SkipSpaces(s, u + 1);
            } else if (MatchWord(s, u, "y", &ce) || MatchWord(s, u, "und", &ce) ||
                       MatchWord(s, u, "and", &ce)) {
              u = SkipSpaces(s, ce);
            } else {
              break;
            }
            if (u >= s.size() || !IsDigit(s[u])) break;
            while (u < s.size() && IsDigit(s[u])) ++u;
            k = u;
          }
          // A list whose last member states a unit for all is made of figures: "je nach
          // Strecke 150, 300 und 450 Euro" (the unit pass below shares it).
          if (k == end || !UnitFollows(s, k, lang_)) return k;
        }
        // A bare small number must be followed by a word (what it counts) or be qualified:
        // "Nexus 6,", "Ricciardo 52.", "1.080 x 1.920" are not figures.
        size_t qs;
        const bool qualified = FindQualifier(s, a.start, &qs) != Qualifier::kExact;
        const size_t t = SkipSpaces(s, end);
        size_t xe;
        if (MatchWord(s, t, "x", &xe)) return end;  // "1.080 x 1.920"
        if (size_t xs;
            PrevWord(s, a.start, &xs) == "x" && xs >= 2 && s[xs - 1] == ' ' && IsDigit(s[xs - 2])) {
          return end;
        }
        // "die Zahl der Todesopfer liegt bei 56", "el número de muertos asciende a 45", "the
        // death toll rose to 30": the noun named before counts the bare number.
        const std::string_view counted_before =
            !a.has_scale && !is_range ? NumberOfNounBefore(a.start) : std::string_view{};
        bool tentative = bracket_member;
        if (!tentative && !a.has_scale && a.value < 1000 && !qualified && !is_range &&
            !(t > end && IsWordByte(s, t)) && counted_before.empty()) {
          // "17, 15 y 14 %": kept only if a later list member lends it a unit.
          size_t u = t;
          if (u < s.size() && s[u] == ',') {
            u = SkipSpaces(s, u + 1);
          }
          if (u < s.size() && IsDigit(s[u]) && u > t) {
            tentative = true;
          } else {
            return end;
          }
        } else if (!a.has_scale && a.value < 1000 && !qualified && !is_range) {
          size_t ce;
          for (std::string_view conj : {"y", "und", "and", "o", "oder"}) {
            if (MatchWord(s, t, conj, &ce) && SkipSpaces(s, ce) < s.size() &&
                IsDigit(s[SkipSpaces(s, ce)])) {
              tentative = true;
            }
          }
        }
        if (tentative) tentative_->push_back(static_cast<uint32_t>(out_->size()));
        f.kind = FigureKind::kCount;
        // A counted noun outside the table keeps its (folded) source word: "300 Monteure",
        // "40 apprentices", "51 tamborileros" (Spanish plain plurals only: "3 de cada 10").
        if (size_t ge = end; !tentative) {
          size_t de_end;
          const bool es_de = lang_ == Lang::kEs && MatchWord(s, SkipSpaces(s, end), "de", &de_end);
          if (const std::string_view generic = GenericNoun(end, &ge); !generic.empty() && !es_de) {
            f.unit = std::string(generic);
            end = ge;
          }
          if (f.unit.empty() && !counted_before.empty()) f.unit = std::string(counted_before);
        }
      }
    }
    f.value = a.value;
    if (is_range) {
      f.value_high = b.value;
      f.qualifier = Qualifier::kRange;
    }
    size_t qstart = a.start;
    size_t start = a.start;
    if (!is_range) f.qualifier = FindQualifier(s, a.start, &qstart);
    (void)qstart;
    if (a.has_scale) {
      Numeral nn;
      if (ReadNumeral(a.num_start, a.spelled, &nn) && nn.value != 0) {
        emit_scale_ = std::fabs(f.value / nn.value);
      }
      // A spelled number's scale is the power of 1000 its value reaches ("vier Millionen",
      // "eine Million" → 1e6; also a spelled value with no scale word, "zweitausend" → 1000).
      if (a.spelled && emit_scale_ == 1) {
        while (emit_scale_ * 1000 <= std::fabs(f.value)) emit_scale_ *= 1000;
      }
    }
    Emit(&f, start, end);
    // The conversion inside the range: "(£8.40)" of "$16 (£8.40) to $24".
    if (is_range && conversion > 0) TryFigure(conversion, /*spelled=*/false);
    return end;
  }

  // After the low end of a "zwischen" / "entre" / "between" range at t: a preposition and at
  // most two words (letters only, no punctuation), then "und" / "y" / "and" and a digit or a
  // currency sign ("380 Euro im Süden und 610 Euro", "20 % en Madrid y 30 %"). Returns the
  // end of the conjunction, or t when the text is not so — also when the high end names its
  // own place ("312 Euro in Kralland und 540 Euro in Norland": two figures, one per place).
  size_t JoinAfterPlaceWords(size_t t) const {
    static constexpr std::string_view kPreps[] = {"in", "im", "en", "bei", "für", "para", "for"};
    const std::string_view s = s_;
    size_t k = t;
    for (int words = 0; words < 3; ++words) {
      const size_t we = WordEnd(s, k);
      if (we == k || (we < s.size() && s[we] != ' ')) return t;
      if (words == 0 && !InList(s.substr(k, we - k), kPreps)) return t;
      const size_t n = SkipSpaces(s, we);
      size_t ce;
      if (words > 0 && (MatchWord(s, n, "und", &ce) || MatchWord(s, n, "y", &ce) ||
                        MatchWord(s, n, "and", &ce))) {
        const size_t u = SkipSpaces(s, ce);
        size_t ps, d = u;
        while (d < s.size() && d < u + 4 && !IsDigit(s[d])) ++d;
        if (d >= s.size() || !IsDigit(s[d])) return t;
        if (d > u && !(MatchPrefixCurrency(s, d, &ps) && ps == u)) return t;
        // The high end's own place phrase: its unit, then one of kPreps.
        Simple hi;
        if (ReadSimple(d, /*spelled=*/false, &hi) && !hi.reject) {
          const size_t h = SkipSpaces(s, hi.end);
          const size_t he = WordEnd(s, h);
          if (he > h && InList(s.substr(h, he - h), kPreps)) return t;
        }
        return ce;
      }
      k = n;
    }
    return t;
  }

  // German: the comma at t right after a bare whole number `a` (no unit, scale or sign, not
  // after another number and comma) right after "um" / "rund" / "etwa" / "auf" / "bei" joins
  // two alternatives: a whole number with a percent sign or word right after it follows,
  // nothing continues the list after that (no comma, "und" / "oder" and a number), and the
  // high end is bigger, at most twice the low. "um 20, 25 Prozent" — not "17, 15 und 14
  // Prozent" nor "10, 12, 15 Prozent" (lists), nor a clause boundary ("Bei den über 40, 55
  // Prozent …": no lead word right before the low end).
  bool BareCommaAlternative(const Simple& a, size_t t) const {
    const std::string_view s = s_;
    if (lang_ != Lang::kDe || t != a.end || t + 2 >= s.size() || s[t] != ',' || s[t + 1] != ' ' ||
        !IsDigit(s[t + 2]) || a.is_money || a.is_percent || a.has_scale || a.spelled ||
        !a.quantity_unit.empty() || a.value < 1 || a.value != std::floor(a.value)) {
      return false;
    }
    size_t lw;
    const std::string_view lead = PrevWord(s, a.start, &lw);
    if (!(lead == "um" || lead == "rund" || lead == "etwa" || lead == "auf" || lead == "bei") ||
        SkipSpacesBack(s, a.start) != lw + lead.size()) {
      return false;
    }
    // Not after another member: "10, 20, 25 Prozent".
    const size_t before = SkipSpacesBack(s, a.start);
    if (before > 0 && s[before - 1] == ',') {
      const size_t d = SkipSpacesBack(s, before - 1);
      if (d > 0 && IsDigit(s[d - 1])) return false;
    }
    const std::optional<Numeral> hi = ParseDigitNumeral(s, t + 2, lang_);
    if (!hi || hi->decimal || hi->grouped || hi->value <= a.value || hi->value > 2 * a.value ||
        !PercentFollows(s, hi->end)) {
      return false;
    }
    // The percent's end, then no list continuation.
    size_t k = SkipSpaces(s, hi->end), pe = k;
    for (std::string_view w : kPercentWords) {
      if (MatchWord(s, k, w, &pe)) break;
    }
    k = SkipSpaces(s, pe);
    if (k < s.size() && s[k] == ',') {
      const size_t u = SkipSpaces(s, k + 1);
      return !(u < s.size() && IsDigit(s[u]));
    }
    size_t ce;
    if (MatchWord(s, k, "und", &ce) || MatchWord(s, k, "oder", &ce)) {
      const size_t u = SkipSpaces(s, ce);
      return !(u < s.size() && IsDigit(s[u]));
    }
    return true;
  }

  // A conversion of an amount in brackets at `open` (a '('): one money amount and nothing
  // else ("(£8.40)", "( €4,10 )"). Returns the index after the ')' and sets *digit to the
  // amount's first digit; returns `open` when the brackets hold anything else.
  size_t ConversionBracketEnd(size_t open, size_t* digit) const {
    const std::string_view s = s_;
    size_t d = SkipSpaces(s, open + 1);
    const size_t lim = std::min(s.size(), open + 8);
    while (d < lim && !IsDigit(s[d]) && s[d] != ')' && s[d] != ' ') ++d;
    if (d >= lim || !IsDigit(s[d])) return open;
    Simple x;
    if (!ReadSimple(d, /*spelled=*/false, &x) || x.reject || !x.is_money ||
        x.start != SkipSpaces(s, open + 1)) {
      return open;
    }
    const size_t c = SkipSpaces(s, x.end);
    if (c >= s.size() || s[c] != ')') return open;
    *digit = d;
    return c + 1;
  }

  void Emit(Figure* f, size_t a, size_t b) {
    if (b <= a || b > s_.size()) return;
    f->field = field_;
    f->unit_source = f->unit.empty() ? UnitSource::kNone : UnitSource::kText;
    f->value = Tidy(f->value);
    if (f->value_high) f->value_high = Tidy(*f->value_high);
    f->start = O(a);
    f->end = OE(b);
    f->surface = std::string(orig_.substr(f->start, f->end - f->start));
    out_->push_back(std::move(*f));
    scales_->push_back(emit_scale_);
    emit_scale_ = 1;
  }

  std::string_view orig_;
  // Whether the text writes thousands with commas (CommaGroupsEs): -1 not asked yet. Owned
  // by FindFigures, one per text: every window of the text shares the answer.
  int8_t* comma_groups_;
  const NormalizedWindow& w_;
  std::string_view s_;
  Lang lang_;
  Field field_;
  std::vector<Figure>* out_;
  std::vector<uint32_t>* tentative_;  // bare list members waiting for a shared unit
  bool money_range_ = false;          // reading the high end of a range that began with money
  std::vector<double>* scales_;       // parallel to out_: scale multiplier of each figure
  double emit_scale_ = 1;             // scale of the figure Emit writes next
};

// The gap between two figures, without spaces and a leading qualifier word ("bzw. etwa").
std::string_view TrimGap(std::string_view gap) {
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  for (std::string_view q : {" etwa", " rund", " ca.", " circa", " knapp", " unos", " about",
                             " around", " cerca de", " alrededor de"}) {
    if (gap.size() > q.size() && gap.substr(gap.size() - q.size()) == q) {
      gap.remove_suffix(q.size());
      break;
    }
  }
  return gap;
}

// The words of a priced item: an indefinite article and up to four words without digits
// ("un anís", "una caña de cerveza", "ein Bier", "a pint"); the end of those words, or npos.
size_t PricedItemEnd(std::string_view s, size_t i) {
  static constexpr std::string_view kArticles[] = {"un", "una", "ein", "eine", "einen", "a", "an"};
  i = SkipSpaces(s, i);
  const size_t we = WordEnd(s, i);
  const std::string_view art = s.substr(i, we - i);
  if (!InList(art, kArticles)) {
    return std::string_view::npos;
  }
  size_t e = we;
  for (int words = 0; words < 4; ++words) {
    const size_t t = SkipSpaces(s, e);
    const size_t te = WordEnd(s, t);
    const std::string_view w = s.substr(t, te - t);
    if (te == t || w == "y" || w == "und" || w == "and" || w == "o" || w == "oder" || w == "or") {
      break;  // the list goes on
    }
    e = te;
  }
  return e > we ? e : std::string_view::npos;
}

// A colloquial price list: "40 pelas un café, 90 un coñac, 150 un bocadillo", "3 Euro ein
// Bier, 4 ein Wein": a bare number after a money figure, each followed by the item it prices,
// takes that figure's currency.
bool PriceListItem(std::string_view text, const Figure& prev, const Figure& cur) {
  if (cur.start < prev.end || cur.start - prev.end > 48 || prev.unit.empty()) return false;
  const size_t item = PricedItemEnd(text, prev.end);
  if (item == std::string_view::npos || item > cur.start) return false;
  const std::string_view gap = TrimGap(text.substr(item, cur.start - item));
  if (gap != "," && gap != "y" && gap != "und" && gap != "and") return false;
  if (text.substr(item, cur.start - item).find_first_of("0123456789") != std::string_view::npos) {
    return false;
  }
  return PricedItemEnd(text, cur.end) != std::string_view::npos;
}

// Whether `found` holds for a word of `s`: its words are the runs of ASCII letters and
// non-ASCII bytes, lower-cased (ASCII only), read left to right until `found` is true.
template <class Found>
bool AnyLowerWord(std::string_view s, Found&& found) {
  std::string word;
  for (size_t k = 0; k <= s.size(); ++k) {
    const char c = k < s.size() ? s[k] : ' ';
    if (IsAsciiAlpha(c) || (static_cast<unsigned char>(c) & 0x80) != 0) {
      word += Lower(c);
      continue;
    }
    if (!word.empty() && found(word)) return true;
    word.clear();
  }
  return false;
}

// Spanish and German: the index of the amount of money a scaled number that counts nothing
// continues, sentences after it ("… destinará 120 millones de euros a las obras. … La
// oposición pidió un plan de 300 millones."): the nearest scaled figure before v[i] in this
// text (from `first`; percentages and unscaled numbers skipped), when it is money, at most
// 1,500 bytes before and no counted noun (NounUnit) nor a word of population ("población",
// "viven", "habitan", "censo"; German CountsPeopleDe) stands in v[i]'s own sentence before it
// ("el número de visitantes superó los 2 millones"). A scaled count between (with its noun or
// none) ends the chain. German counts in bare millions more often ("die Zahl der Erwerbstätigen
// … 40 Millionen"): there only after an amount that names its currency in the text. i when
// none.
size_t ScaledMoneyBefore(std::string_view text, Lang lang, const std::vector<Figure>& v, size_t i,
                         size_t first, const std::vector<double>& scales) {
  const Figure& cur = v[i];
  size_t q = i;
  for (size_t k = i; k-- > first;) {
    if (k - first < scales.size() && scales[k - first] > 1) {
      q = k;
      break;
    }
  }
  if (q == i || v[q].kind != FigureKind::kMoney || v[q].end > cur.start ||
      cur.start - v[q].end > 1500) {
    return i;
  }
  if (lang == Lang::kDe && v[q].unit_source != UnitSource::kText) return i;
  const size_t from = std::max<size_t>(v[q].end, SentenceStart(text, cur.start));
  if (lang == Lang::kDe && CountsPeopleDe(text.substr(from, cur.start - from))) return i;
  const bool counted = AnyLowerWord(text.substr(from, cur.start - from), [](const std::string& w) {
    return !NounUnit(w).empty() || w == "población" || w.starts_with("viven") ||
           w.starts_with("habitan") || w == "censo";
  });
  return counted ? i : q;
}

void PostProcess(std::string_view text, Lang lang, size_t first, std::vector<Figure>* figs,
                 const std::vector<uint32_t>& tentative, std::vector<double>& scales) {
  std::vector<Figure>& v = *figs;
  auto scale = [&](size_t i) { return i - first < scales.size() ? scales[i - first] : 1.0; };
  auto take_unit = [](Figure* to, const Figure& from, UnitSource src) {
    to->kind = from.kind;
    to->unit = from.unit;
    to->unit_source = from.unit.empty() ? UnitSource::kNone : src;
  };
  // Lists sharing a unit: "17, 15 und 14 %", "5, 10 und 15 Millionen Dollar", "240.000 bzw.
  // rund 2 Mio. Euro" -> the bare numbers take the unit (and the scale, when they have none).
  for (size_t i = v.size(); i-- > first + 1;) {
    Figure& prev = v[i - 1];
    const Figure& cur = v[i];
    if (prev.kind != FigureKind::kCount || !prev.unit.empty() || prev.vague) continue;
    // A unit of measure too: "97 und 104 Meter", "en 400 y 800 metros".
    if (cur.kind != FigureKind::kPercent && cur.kind != FigureKind::kMoney &&
        cur.kind != FigureKind::kQuantity) {
      continue;
    }
    if (cur.start < prev.end || cur.start - prev.end > 24) continue;
    const std::string_view gap = TrimGap(text.substr(prev.end, cur.start - prev.end));
    // A comparison states its unit once too: "31 gegenüber 24 Prozent", "el 48 frente al 39
    // por ciento", "41 versus 35 per cent".
    const bool comparison = gap == "gegenüber" || gap == "versus" || gap == "vs." || gap == "vs" ||
                            gap == "frente a" || gap == "frente al" || gap == "compared with" ||
                            gap == "compared to";
    const bool list = gap == "," || gap == "y" || gap == "und" || gap == "and" || gap == "o" ||
                      gap == "oder" || gap == "or" || gap == "bis" || gap == "bzw." ||
                      gap == "beziehungsweise" || gap == "respectively" || comparison;
    const bool change = gap == "auf" || gap == "a" || gap == "al" || gap == "to" ||
                        gap == "statt" || gap == "anstatt";
    if (!list && !change) continue;
    take_unit(&prev, cur, UnitSource::kText);
    if (list && scale(i) > 1 && scale(i - 1) == 1 && prev.value < 1000 &&
        prev.value * scale(i) <= cur.value * 10) {
      prev.value = Tidy(prev.value * scale(i));
      scales[i - 1 - first] = scale(i);  // "3, 6 und 9 Millionen": 3 takes it from 6
    }
  }
  // A bare fraction after a percentage in its sentence is one more share of the same kind
  // ("8,35 Prozent trägt der Betrieb, 7,65 der Verein", "del 2,10 por ciento en el pan, del
  // 0,45 en la leche"): things are counted whole. The list shape only: a comma or
  // "und"/"and"/"y" then at most three words before the fraction ("und im Mai um 0,7"). Not a
  // level after "to"/"at" ("0.3%, to 9,412.50", "rose 0.4% to 88.2"), nor a figure after
  // "of"/"per" ("rose 2%, with earnings per share of 1.85").
  for (size_t i = first + 1; i < v.size(); ++i) {
    Figure& cur = v[i];
    const Figure& prev = v[i - 1];
    if (cur.kind != FigureKind::kCount || !cur.unit.empty() || cur.vague || scale(i) != 1) continue;
    if (prev.kind != FigureKind::kPercent || cur.start < prev.end || cur.start - prev.end > 100) {
      continue;
    }
    if (cur.value >= 100 || cur.value == std::floor(cur.value)) continue;
    size_t ws = cur.start;
    while (ws > prev.end && text[ws - 1] == ' ') --ws;
    size_t wb = ws;
    while (wb > prev.end && IsAsciiAlpha(text[wb - 1])) --wb;
    const std::string_view before = text.substr(wb, ws - wb);
    if (InList(before, {"to", "at", "on", "a", "auf", "bei", "hasta", "von", "from", "de", "of",
                        "per", "pro", "por", "je"})) {
      continue;
    }
    bool listed = false;
    size_t words = 0;  // words between the comma or conjunction and the fraction
    for (size_t e = ws; e > prev.end && words <= 3;) {
      if (text[e - 1] == ',') {
        listed = true;
        break;
      }
      size_t s = e;
      while (s > prev.end && text[s - 1] != ' ' && text[s - 1] != ',') --s;
      if (InList(text.substr(s, e - s), {"und", "and", "y", "e", "sowie"})) {
        listed = true;
        break;
      }
      ++words;
      e = s;
      while (e > prev.end && text[e - 1] == ' ') --e;
    }
    if (!listed) continue;
    if (CrossesSentence(text, prev.end, cur.start)) continue;
    take_unit(&cur, prev, UnitSource::kContext);
  }
  // Amounts whose currency a neighbour states: "200 Milliarden Euro, davon 50", "… Euro aus,
  // 50 davon", "(2,4 Millionen Euro) … 6,1 Millionen" (scaled, no noun, after money in the
  // same sentence or close in the next; the rates of change between them skipped: "640
  // millones de euros, las ventas crecieron un 3 % y llegaron a 4.120 millones"). Spanish and
  // German also sentences later, when the nearest scaled figure before is money
  // (ScaledMoneyBefore).
  for (size_t i = first + 1; i < v.size(); ++i) {
    Figure& cur = v[i];
    if (cur.kind != FigureKind::kCount || !cur.unit.empty() || cur.vague) continue;
    size_t p = i - 1;
    if (scale(i) > 1) {
      while (p > first && v[p].kind == FigureKind::kPercent) --p;
      // Not past a counted noun: "4 Millionen Euro, die Zahl der Nutzer stieg um 5 Prozent auf
      // 2 Millionen" counts users. (Only money past the rates decides.)
      if (p + 1 < i && v[p].kind == FigureKind::kMoney && v[p].end < cur.start) {
        if (AnyLowerWord(text.substr(v[p].end, cur.start - v[p].end),
                         [](const std::string& w) { return !NounUnit(w).empty(); })) {
          p = i - 1;
        }
      }
    }
    const Figure& prev = v[p].kind == FigureKind::kMoney ? v[p] : v[i - 1];
    // Else the amount sentences before whose list it continues (es, de: ScaledMoneyBefore).
    auto far_money = [&] {
      const size_t q = (lang == Lang::kEs || lang == Lang::kDe) && scale(i) > 1
                           ? ScaledMoneyBefore(text, lang, v, i, first, scales)
                           : i;
      if (q != i) take_unit(&cur, v[q], UnitSource::kContext);
    };
    if (prev.kind != FigureKind::kMoney || cur.start < prev.end) {
      far_money();
      continue;
    }
    const size_t dist = cur.start - prev.end;
    const std::string_view gap = TrimGap(text.substr(prev.end, dist));
    const std::string_view after = text.substr(cur.end, std::min<size_t>(8, text.size() - cur.end));
    const bool of_which =
        dist <= 24 && (gap.ends_with("davon") || gap.ends_with("of which") ||
                       gap.ends_with("de ellos") || gap.ends_with("de los cuales") ||
                       gap.ends_with("bzw.") || gap.ends_with("oder") || gap.ends_with("or") ||
                       ((gap.ends_with(",") || gap.ends_with(", aus,") || gap.ends_with("aus,")) &&
                        (after.starts_with(" davon") || after.starts_with(" of which") ||
                         after.starts_with(" de ellos"))));
    // German also in the sentence right after, when close: "… Kosten von 8 Millionen Euro.
    // Der Kreis will vier bis fünf Millionen zahlen." (Spanish does this in AfterMoneyEs; English
    // often names what it counts after "of": "5 million of its consoles".)
    // Not when that sentence counts people or things (CountsPeopleDe).
    const bool scaled_near =
        scale(i) > 1 && dist <= 300 &&
        (!CrossesSentence(text, prev.end, cur.start) ||
         (lang == Lang::kDe && dist <= 160 &&
          !CrossesSentence(text, SentenceEnd(text, prev.end), cur.start) &&
          !CountsPeopleDe(text.substr(
              SentenceEnd(text, prev.end),
              std::min(text.size(), size_t{cur.end} + 24) - SentenceEnd(text, prev.end)))));
    if (!of_which && !scaled_near && !(scale(i) == 1 && PriceListItem(text, prev, cur))) {
      far_money();
      continue;
    }
    // After conversions in brackets the amount they convert states the currency: "8.7bn
    // rupees (€95m; $104m), up from 4.3bn" is rupees.
    size_t from = &prev - v.data();  // prev's index: past the rates of change skipped above
    if (gap.starts_with(")")) {
      size_t k = from;
      while (k > first && v[k - 1].kind == FigureKind::kMoney && v[k - 1].end <= v[k].start) {
        const std::string_view g = text.substr(v[k - 1].end, v[k].start - v[k - 1].end);
        if (g == " (") {
          if (v[k - 1].unit != v[k].unit) from = k - 1;
          break;
        }
        if (g != "; " && g != ", ") break;
        --k;
      }
    }
    take_unit(&cur, v[from], UnitSource::kContext);
    if (scale(i) == 1 && scale(i - 1) > 1 && cur.value < 1000) {
      cur.value = Tidy(cur.value * scale(i - 1));
    }
    if (of_which && after.starts_with(" davon")) cur.end += 6;
    cur.surface = std::string(text.substr(cur.start, cur.end - cur.start));
  }
  // Lists of names with figures in brackets whose unit one member states: "Norland (5,9
  // Prozent) und Kralland (5,25)", "Norland (5,25), Kralland (4,8 Prozent)", "Norland (1,63)
  // und Kralland mit 1,58 Prozent", "Norland mit 5,2 Prozent vor Kralland (4,8)" -> the bare
  // member in brackets takes the percent.
  for (size_t i = first; i < v.size(); ++i) {
    Figure& cur = v[i];
    if (cur.kind != FigureKind::kCount || !cur.unit.empty() || cur.value >= 130 || cur.start == 0 ||
        text[cur.start - 1] != '(' || cur.end >= text.size() || text[cur.end] != ')') {
      continue;
    }
    auto names_between = [&](size_t a, size_t b, bool bracket_after) {
      const std::string_view gap = text.substr(a, b - a);
      if (gap.size() < 4 || gap.size() > 48 ||
          gap.find_first_of("0123456789.;:") != std::string_view::npos) {
        return false;
      }
      // After a member in brackets, or after a ranking word: "mit 5,2 Prozent vor Kralland
      // (4,8)", "40%, followed by Kralland (25)".
      static constexpr std::string_view kRanking[] = {
          " vor ",          " hinter ",      ", gefolgt von ",  " gefolgt von ",
          ", followed by ", " followed by ", " ahead of ",      " behind ",
          ", seguido de ",  ", seguida de ", " por delante de "};
      bool ranked = gap[0] == ')';
      for (std::string_view r : kRanking) ranked = ranked || gap.starts_with(r);
      if (!ranked) return false;
      if (bracket_after) return gap.ends_with(" (");
      return gap.ends_with(" mit ") || gap.ends_with(" with ") || gap.ends_with(" con ") ||
             gap.ends_with(" con el ") || gap.ends_with(" con un ");
    };
    const Figure* from = nullptr;
    if (i > first && v[i - 1].kind == FigureKind::kPercent && v[i - 1].end <= cur.start &&
        names_between(v[i - 1].end, cur.start, true)) {
      from = &v[i - 1];
    } else if (i + 1 < v.size() && v[i + 1].kind == FigureKind::kPercent &&
               v[i + 1].start >= cur.end) {
      const bool bracket = text[v[i + 1].start - 1] == '(';
      if (names_between(cur.end, v[i + 1].start, bracket)) from = &v[i + 1];
    }
    if (from != nullptr) take_unit(&cur, *from, UnitSource::kContext);
  }
  // Bare list members that found no unit are dropped ("Platz 3, 4 und 5").
  if (!tentative.empty()) {
    size_t w = first, t = 0;
    for (size_t r = first; r < v.size(); ++r) {
      while (t < tentative.size() && tentative[t] < r) ++t;
      const bool drop = t < tentative.size() && tentative[t] == r &&
                        v[r].kind == FigureKind::kCount && v[r].unit.empty();
      if (drop) continue;
      if (w != r) v[w] = std::move(v[r]);
      ++w;
    }
    v.resize(w);
  }
  // Parenthetical conversions: "40 Milliarden RMB (5,5 Milliarden US-Dollar)".
  for (size_t i = first; i + 1 < v.size(); ++i) {
    Figure& a = v[i];
    Figure& b = v[i + 1];
    if (a.kind != FigureKind::kMoney || b.kind != FigureKind::kMoney || a.unit == b.unit) continue;
    if (b.start < a.end || b.start - a.end > 24) continue;
    const std::string_view gap = text.substr(a.end, b.start - a.end);
    const size_t paren = gap.find('(');
    if (paren == std::string_view::npos || gap.find(')') != std::string_view::npos) continue;
    bool ok = true;
    for (size_t k = 0; k < paren; ++k) ok &= gap[k] == ' ';
    if (!ok) continue;
    a.same_as = static_cast<int32_t>(i + 1);
    b.same_as = static_cast<int32_t>(i);
  }
}

struct Scratch {
  NormalizedWindow window;
  std::vector<uint32_t> triggers;
  std::vector<uint32_t> tentative;
  std::vector<double> scales;  // per emitted figure: its scale word's multiplier (1 = none)
  TextBlocks blocks;           // FindFigures' own when the caller gives none
};

Scratch& ThreadScratch() {
  thread_local Scratch s;
  return s;
}

constexpr double kPow10[] = {1,   1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                             1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

// End of the letter run starting at u[e] for the candidate scan: ASCII letters and two-byte
// sequences C3 xx (Latin-1 letters); any other byte ends it. REQUIRES: e <= n.
inline size_t LetterRunEnd(const uint8_t* u, size_t e, size_t n) {
#if defined(__SSE2__)
  // 16 bytes at a time: (b | 0x20) in 'a'..'z' (as signed bytes, so >= 0x80 is never a letter).
  const __m128i lo = _mm_set1_epi8('a' - 1), hi = _mm_set1_epi8('z' + 1), bit = _mm_set1_epi8(0x20);
  while (e + 16 <= n) {
    const __m128i v = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(u + e)), bit);
    const auto letters = static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi))));
    if (letters == 0xFFFF) {
      e += 16;
      continue;
    }
    e += static_cast<size_t>(__builtin_ctz(~letters));
    if (u[e] == 0xC3 && e + 1 < n && (u[e + 1] & 0xC0) == 0x80) {
      e += 2;
      continue;
    }
    return e;
  }
#endif
  while (e < n) {
    if ((u[e] | 0x20) >= 'a' && (u[e] | 0x20) <= 'z') {
      ++e;
    } else if (u[e] == 0xC3 && e + 1 < n && (u[e + 1] & 0xC0) == 0x80) {
      e += 2;
    } else {
      break;
    }
  }
  return e;
}

constexpr size_t kBefore = 72;  // context kept before a candidate (qualifiers, openers)
constexpr size_t kAfter = 160;  // context kept after a candidate (units, nouns, ranges)

// Whether `text` has a digit, a comma and exactly three digits ("24,750 millones"): a number
// whose reading depends on the text's thousands convention.
bool CommaThenThreeDigits(std::string_view text) {
  for (size_t i = 1; i + 3 < text.size(); ++i) {
    if (text[i] == ',' && IsDigit(text[i - 1]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
        IsDigit(text[i + 3]) && (i + 4 == text.size() || !IsDigit(text[i + 4]))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<Numeral> ParseDigitNumeral(std::string_view s, size_t pos, Lang lang,
                                         bool comma_groups) {
  if (pos >= s.size() || !IsDigit(s[pos])) return std::nullopt;
  // After "27 30 35" (a table row) a space is never a group separator; a lone year before
  // the number makes no row ("En 2020 2 500 personas", "Im Jahr 2030 100 000 Wohnungen").
  bool space_groups = !(pos >= 2 && s[pos - 1] == ' ' && IsDigit(s[pos - 2]));
  if (!space_groups && pos >= 5) {
    const size_t y = pos - 5;  // the start of a four-digit year before the blank
    const bool year = IsYear19Or20Digits(s.substr(y, 4));  // s[y + 3] == s[pos - 2], a digit
    const bool alone = y == 0 || (!IsDigit(s[y - 1]) && s[y - 1] != '.' && s[y - 1] != ',' &&
                                  !(s[y - 1] == ' ' && y >= 2 && IsDigit(s[y - 2])));
    space_groups = year && alone;
  }
  const char dec = lang == Lang::kEn ? '.' : ',';
  const char grp = lang == Lang::kEn ? ',' : '.';
  size_t i = pos;
  while (i < s.size() && IsDigit(s[i])) ++i;
  const size_t g0 = i - pos;
  struct Sep {
    char c;
    size_t at;      // index of the separator
    size_t digits;  // digits after it
  };
  std::array<Sep, 8> seps;
  size_t nseps = 0;
  while (i + 1 < s.size() && nseps < seps.size()) {
    const char c = s[i];
    // Colombian "$120.000'000.000": an apostrophe (folded to '"') marks the millions.
    const bool millions_mark = c == '"' && lang == Lang::kEs && IsDigit(s[i + 1]);
    if (c != '.' && c != ',' && c != ' ' && !millions_mark) break;
    // "230. 000 empleos": a stray space after the group separator (only before "000").
    if (c == grp && lang != Lang::kEn && s[i + 1] == ' ' && g0 <= 3 && nseps == 0 &&
        StartsWith(s, i + 2, "000") && (i + 5 == s.size() || !IsDigit(s[i + 5]))) {
      seps[nseps++] = {c, i, 3};
      i += 5;
      continue;
    }
    if (!IsDigit(s[i + 1])) break;
    size_t j = i + 1;
    while (j < s.size() && IsDigit(s[j])) ++j;
    const size_t m = j - i - 1;
    if (c == ' ') {
      // space groups only: "850 000"; never after a decimal, never "2022 500"
      bool all_space = true;
      for (size_t k = 0; k < nseps; ++k) all_space &= seps[k].c == ' ';
      if (m != 3 || g0 > 3 || !all_space || !space_groups) break;
      // "+34 91 123 45 67": a following short group means a phone number/list
      if (j + 1 < s.size() && s[j] == ' ' && IsDigit(s[j + 1])) {
        size_t k = j + 1;
        while (k < s.size() && IsDigit(s[k])) ++k;
        if (k - j - 1 != 3) break;
      }
    }
    if (millions_mark && m != 3) break;
    seps[nseps++] = {c, i, m};
    i = j;
  }
  if (nseps == seps.size()) return std::nullopt;
  // The millions mark groups like the number's other separators ("120,000'000,000").
  for (size_t k = 0; k < nseps; ++k) {
    if (seps[k].c != '"') continue;
    char like = grp;
    for (size_t q = 0; q < nseps; ++q) {
      if (seps[q].c != '"') {
        like = seps[q].c;
        break;
      }
    }
    seps[k].c = like;
  }
  // Decide which separator (if any) is the decimal point.
  size_t dec_index = nseps;  // none
  bool unit_decimal = false;
  if (nseps > 0) {
    const Sep& last = seps[nseps - 1];
    bool others_same = true;
    for (size_t k = 0; k + 1 < nseps; ++k) {
      others_same &= seps[k].c == seps[0].c && seps[k].digits == 3;
    }
    if (nseps > 1) {
      if (!others_same || g0 > 3) return std::nullopt;  // "1.2.3", "30.09.2024"
      if (last.c == seps[0].c) {
        if (last.digits == 2 && last.c == grp && lang != Lang::kEn) {
          dec_index = nseps - 1;  // "8.412.50": the last group separator is a decimal
        } else if (last.digits != 3) {
          return std::nullopt;
        } else if (last.c == dec && lang != Lang::kEn) {
          // "2,345,678 Millionen": German/Spanish decimal comma followed by more digits
          size_t e;
          if (MatchScale(s, SkipSpaces(s, i), lang, &e) > 0) dec_index = 0;
        }
      } else if (last.c == ' ') {
        return std::nullopt;
      } else {
        dec_index = nseps - 1;
      }
    } else if (last.c != ' ') {
      if (last.digits != 3 || g0 > 3 || (g0 == 1 && s[pos] == '0')) {
        dec_index = 0;
      } else if (last.c == dec) {
        // "200,000 KI-Server" (English style in German text) vs "1,500 Millionen",
        // "2,268 Euro" (a share price)
        if (UnitFollows(s, i, lang)) {
          unit_decimal = true;
          if (!comma_groups) dec_index = 0;
        }
      } else {
        (void)grp;
      }
    }
  }
  if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && IsDigit(s[i + 1])) return std::nullopt;
  Numeral n;
  n.end = i;
  // Computed from the digits: an integer mantissa divided once by a power of ten, so the
  // value is the double nearest the written decimal ("0,3" -> 0.3, not 0.30000000000000004).
  uint64_t mant = 0;
  int digits = 0;
  size_t k = pos;
  const size_t int_end = dec_index < nseps ? seps[dec_index].at : i;
  for (; k < int_end; ++k) {
    if (IsDigit(s[k])) {
      if (++digits > 15) return std::nullopt;
      mant = mant * 10 + static_cast<uint64_t>(s[k] - '0');
    }
  }
  n.int_digits = digits;
  int frac_digits = 0;
  if (dec_index < nseps) {
    for (k = int_end + 1; k < i; ++k) {
      if (!IsDigit(s[k])) continue;  // "2,345,678": the later separators
      if (++digits > 15) return std::nullopt;
      mant = mant * 10 + static_cast<uint64_t>(s[k] - '0');
      ++frac_digits;
    }
    n.decimal = true;
  }
  double v = static_cast<double>(mant);
  if (frac_digits > 0) v /= kPow10[frac_digits];
  n.grouped = nseps > 0 && dec_index != 0;
  n.foreign_decimal = dec_index < nseps && seps[dec_index].c != dec && nseps == 1;
  n.unit_decimal = unit_decimal && dec_index == 0;
  n.value = v;
  return n;
}

std::optional<Numeral> ParseSpelledNumeral(std::string_view s, size_t pos) {
  if (pos >= s.size() || !IsWordByte(s, pos)) return std::nullopt;
  size_t e = WordEnd(s, pos);
  const std::string_view first = s.substr(pos, e - pos);
  if (const int de = GermanNumber(first); de >= 0) {
    Numeral n;
    n.value = de;
    n.end = e;
    return n;
  }
  if (const double fr = GermanFraction(first); fr > 0) {
    Numeral n;
    n.value = fr;
    n.end = e;
    n.decimal = true;
    return n;
  }
  // Spanish / English multiword: "dos mil", "treinta y cinco", "twenty-five", "two hundred".
  double total = 0, cur = 0;
  bool any = false, after_conj = false;
  size_t i = pos, end = pos;
  while (i < s.size()) {
    const size_t we = WordEnd(s, i);
    if (we == i) break;
    const std::string_view w = s.substr(i, we - i);
    const NumWord* nw = LookupNumWord(w);
    if (nw == nullptr) {
      if (any && (w == "y" || w == "and") && !after_conj) {
        after_conj = true;
        i = SkipSpaces(s, we);
        continue;
      }
      break;
    }
    if (nw->kind == 3 && !after_conj) break;
    if (nw->kind == 2) {
      // keep "mil" for "mil millones" (a scale word)
      if (w == "mil" && StartsWith(s, SkipSpaces(s, we), "millon")) break;
      cur = (cur == 0 ? 1 : cur) * nw->value;
      total += cur;
      cur = 0;
    } else if (nw->kind == 1) {
      cur = (cur == 0 ? 1 : cur) * nw->value;
    } else {
      cur += nw->value;
    }
    any = true;
    after_conj = false;
    end = we;
    i = we;
    if (i < s.size() && (s[i] == ' ' || s[i] == '-') && i + 1 < s.size() && IsWordByte(s, i + 1)) {
      ++i;
    } else {
      break;
    }
  }
  if (!any) return std::nullopt;
  Numeral n;
  n.value = total + cur;
  n.end = end;
  return n;
}

// Byte classes of the candidate scan: digits, ASCII letters, '$', other ASCII, non-ASCII.
enum : uint8_t { kScanOther, kScanDigit, kScanLetter, kScanDollar, kScanNonAscii };
constexpr std::array<uint8_t, 256> kScanClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = c >= 0x80                                  ? kScanNonAscii
           : (c >= '0' && c <= '9')                   ? kScanDigit
           : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? kScanLetter
           : c == '$'                                 ? kScanDollar
                                                      : kScanOther;
  }
  return t;
}();

namespace {

// The trigger test of one candidate: a currency sign at u[i] (€, £, ¥, a full-width digit).
inline bool IsCurrencySignAt(const uint8_t* u, size_t i, size_t n) {
  const uint8_t b = u[i];
  return (b == 0xE2 && i + 2 < n && u[i + 1] == 0x82 && u[i + 2] == 0xAC) ||
         (b == 0xC2 && i + 1 < n && (u[i + 1] == 0xA3 || u[i + 1] == 0xA5)) ||
         (b == 0xEF && i + 2 < n && u[i + 1] == 0xBC && u[i + 2] >= 0x90 && u[i + 2] <= 0x99);
}

// Byte masks of one 64-byte block (bit k = byte base + k).
struct BlockMasks {
  uint64_t letter = 0;  // ASCII letters
  uint64_t digit = 0;   // ASCII digits
  uint64_t dollar = 0;  // '$'
  uint64_t c3 = 0;      // 0xC3, the lead byte of the Latin-1 letters
  uint64_t cont = 0;    // continuation bytes 0x80..0xBF
  uint64_t high = 0;    // bytes >= 0x80 (the currency signs' leads 0xC2, 0xE2, 0xEF among them)
  uint64_t upper = 0;   // 'A'..'Z' (for TextBlocks::capital_starts; SSE2: ASCII letters only)
};

#if defined(__SSE2__)
// A range test in one signed compare: adding 0x80 - lo moves [lo, lo + len) to the bottom of
// the signed bytes (-128 .. -128 + len - 1) and every other byte above it.
inline BlockMasks ClassifyBlock(const uint8_t* p) {
  const __m128i to_a = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i to_0 = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
  const __m128i below_26 = _mm_set1_epi8(static_cast<char>(0x80 + 26));
  const __m128i below_10 = _mm_set1_epi8(static_cast<char>(0x80 + 10));
  const __m128i bit = _mm_set1_epi8(0x20);
  const __m128i dollar = _mm_set1_epi8('$'), c3 = _mm_set1_epi8(static_cast<char>(0xC3));
  const __m128i below_c0 = _mm_set1_epi8(static_cast<char>(0xC0));  // signed: 0x80..0xBF
  auto mask = [](__m128i x) {
    return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(x)));
  };
  __m128i v[4];
  for (size_t k = 0; k < 4; ++k)
    v[k] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
  BlockMasks m;
  for (size_t k = 0; k < 4; ++k) {
    const auto sh = static_cast<unsigned>(16 * k);
    // Letters: (v | 0x20) in 'a'..'z' (bytes >= 0x80 stay >= 0x80 and miss the range).
    m.letter |= mask(_mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v[k], bit), to_a), below_26)) << sh;
    m.digit |= mask(_mm_cmplt_epi8(_mm_add_epi8(v[k], to_0), below_10)) << sh;
    m.dollar |= mask(_mm_cmpeq_epi8(v[k], dollar)) << sh;
    // Bit 0x20 of each byte moved to its bit 7 (16-bit lanes: the low byte's top bits move
    // into the high byte's low bits, not its bit 7): upper = letter without it.
    m.upper |= mask(_mm_slli_epi16(v[k], 2)) << sh;
  }
  m.upper = m.letter & ~m.upper;
  // The masks of bytes >= 0x80 stay 0 for an all-ASCII block (most English and Spanish
  // blocks): one test instead of three masks per 16 bytes.
  if (mask(_mm_or_si128(_mm_or_si128(v[0], v[1]), _mm_or_si128(v[2], v[3]))) == 0) return m;
  for (size_t k = 0; k < 4; ++k) {
    const auto sh = static_cast<unsigned>(16 * k);
    m.c3 |= mask(_mm_cmpeq_epi8(v[k], c3)) << sh;
    m.cont |= mask(_mm_cmplt_epi8(v[k], below_c0)) << sh;
    m.high |= mask(v[k]) << sh;
  }
  return m;
}
#else
inline BlockMasks ClassifyBlock(const uint8_t* p) {
  BlockMasks m;
  for (unsigned k = 0; k < 64; ++k) {
    const uint8_t b = p[k];
    const uint64_t one = uint64_t{1} << k;
    if (b < 0x80 && (b | 0x20) >= 'a' && (b | 0x20) <= 'z') m.letter |= one;
    if (b >= '0' && b <= '9') m.digit |= one;
    if (b == '$') m.dollar |= one;
    if (b == 0xC3) m.c3 |= one;
    if ((b & 0xC0) == 0x80) m.cont |= one;
    if (b >= 0x80) m.high |= one;
    if (b >= 'A' && b <= 'Z') m.upper |= one;
  }
  return m;
}
#endif

}  // namespace

namespace figure_detail {

int CommaConventionEs(std::string_view text) {
  const size_t n = text.size();
  auto digits_from = [&](size_t i) {  // length of the digit run at i
    size_t k = i;
    while (k < n && IsDigit(text[k])) ++k;
    return k - i;
  };
  auto percent_at = [&](size_t i) {
    if (i < n && text[i] == ' ') ++i;
    return (i < n && text[i] == '%') || StartsWith(text, i, "por ciento");
  };
  bool groups = false;
  for (size_t i = 1; i + 1 < n; ++i) {
    const char c = text[i];
    if ((c != ',' && c != '.') || !IsDigit(text[i - 1]) || !IsDigit(text[i + 1])) continue;
    size_t b = i;
    while (b > 0 && IsDigit(text[b - 1])) --b;
    if (i - b > 3 || (b > 0 && (text[b - 1] == '.' || text[b - 1] == ','))) continue;
    const size_t m = digits_from(i + 1);
    const size_t after = i + 1 + m;
    if (m == 3 && after + 1 < n && text[after] == c && digits_from(after + 1) == 3 &&
        (after + 4 >= n || !IsDigit(text[after + 4]))) {
      if (c == '.') return -1;  // "1.234.567"
      groups = true;            // "5,135,526"
    } else if (c == ',' && m == 3 && text.compare(i + 1, 3, "000") == 0 && text[b] != '0' &&
               !(after + 1 < n && (text[after] == '.' || text[after] == ',') &&
                 IsDigit(text[after + 1]))) {
      groups = true;  // "11,000 millones", "755,000": nobody writes three zero decimals
    } else if (m <= 2 && !(after < n && (text[after] == '.' || text[after] == ',')) &&
               percent_at(after)) {
      if (c == ',') return -1;  // "6,2 %"
      groups = true;            // "43.7 por ciento"
    }
  }
  return groups ? 1 : 0;
}

bool CommaGroupsEs(std::string_view text) {
  return CommaConventionEs(text) > 0;
}

void ScanCandidatesScalar(std::string_view text, std::vector<uint32_t>* triggers) {
  const auto* u = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const uint8_t b = u[i];
    const uint8_t cls = kScanClass[b];
    if (cls == kScanOther) {  // spaces, punctuation: most bytes between words
      ++i;
      continue;
    }
    if (cls == kScanDigit) {
      triggers->push_back(static_cast<uint32_t>(i));
      while (i < n && u[i] >= '0' && u[i] <= '9') ++i;
      continue;
    }
    if (cls == kScanLetter) {
      // Letters: ASCII and the two-byte Latin-1 letters (ä ö ü ß ñ á é í ó ú …) that trigger
      // words contain; any other non-ASCII character (NBSP, dashes, quotes) ends the word.
      const size_t e = LetterRunEnd(u, i + 1, n);
      if (IsTriggerWord(text.substr(i, e - i))) triggers->push_back(static_cast<uint32_t>(i));
      i = e;
      continue;
    }
    if (cls == kScanDollar) {
      triggers->push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    if (IsCurrencySignAt(u, i, n)) triggers->push_back(static_cast<uint32_t>(i));
    ++i;
  }
}

void ScanCandidates(std::string_view text, std::vector<uint32_t>* triggers, TextBlocks* blocks) {
  // The same candidates as ScanCandidatesScalar, from bit masks of 64 bytes at a time. A word
  // of the scalar scan is a maximal stretch of "run bytes" (ASCII letters and C3 xx pairs)
  // from its first ASCII letter to its end; digit runs give their first byte; '$' and the
  // currency signs give themselves.
  const auto* u = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  alignas(16) uint8_t tail[64 + 16];
  uint64_t prev_digit = 0;  // bit 63 of the previous block's masks, moved to bit 0
  uint64_t prev_run = 0;    // the previous block's last byte is a run byte
  uint64_t prev_pair = 0;   // the previous block's last byte is a C3 lead with its tail here
  size_t covered = 0;       // end of the last word: run bytes before it belong to it
  uint64_t prev_other = 1;  // the previous block's last byte is no ASCII letter or digit
  uint64_t* capital_out = nullptr;
  uint64_t* digit_out = nullptr;
  if (blocks != nullptr) {
    blocks->Reset(text);
    capital_out = blocks->capital_starts.data();
    digit_out = blocks->digit_starts.data();
  }
  for (size_t base = 0; base < n; base += 64) {
    const uint8_t* p = u + base;
    uint8_t next = 0;  // the byte after the block (0 past the end)
    if (base + 64 < n) {
      next = u[base + 64];
    } else {
      const size_t len = n - base;
      std::memcpy(tail, p, len);
      std::memset(tail + len, 0, sizeof(tail) - len);
      p = tail;
    }
    const BlockMasks m = ClassifyBlock(p);
    const uint64_t next_cont = (m.cont >> 1) | (uint64_t{(next & 0xC0) == 0x80} << 63);
    const uint64_t pair = m.c3 & next_cont;  // C3 lead with a continuation byte
    const uint64_t run = m.letter | pair | (pair << 1) | prev_pair;
    const uint64_t digit_starts = m.digit & ~((m.digit << 1) | prev_digit);
    uint64_t events = digit_starts | m.dollar;
    if (capital_out != nullptr) {  // (bytes past the text's end are 0: no capital, no digit)
      const uint64_t other = ~(m.letter | m.digit);
      *capital_out++ = m.upper & ((other << 1) | prev_other);
      *digit_out++ = digit_starts;
      prev_other = other >> 63;
    }
    // Currency signs start at a lead byte other than 0xC3 (IsCurrencySignAt tests which).
    for (uint64_t s = m.high & ~(m.cont | m.c3); s != 0; s &= s - 1) {
      const size_t k = static_cast<size_t>(__builtin_ctzll(s));
      if (IsCurrencySignAt(u, base + k, n)) events |= uint64_t{1} << k;
    }
    // Stretches of run bytes: each starts where a run byte follows a non-run byte and ends at
    // a run byte before a non-run byte (bit 63: it may go on in the next block); the k-th
    // start pairs with the k-th end. The stretch that continues from the previous block
    // belongs to the word that covered it, or starts one here when none did (only C3 pairs
    // before the block edge).
    uint64_t starts = run & ~((run << 1) | prev_run);
    uint64_t ends = run & ~(run >> 1);
    if ((run & 1) != 0 && prev_run != 0) {
      if (covered > base) {
        ends &= ends - 1;
      } else {
        starts |= 1;
      }
    }
    // One loop for all words: separate loops for words of one to four bytes (constant
    // length, no pairing) took fewer instructions but mispredicted each loop's exit, about
    // three times a block, and cost more time than they saved (BENCHMARKS.md, session 18).
    while (starts != 0) {
      const auto s = static_cast<unsigned>(__builtin_ctzll(starts));
      const auto last = static_cast<unsigned>(__builtin_ctzll(ends));
      starts &= starts - 1;
      ends &= ends - 1;
      unsigned first = s;  // most stretches start with their first ASCII letter
      if (((m.letter >> s) & 1) == 0) {
        const uint64_t letters = m.letter & (~uint64_t{0} << s);
        if (letters == 0) continue;
        first = static_cast<unsigned>(__builtin_ctzll(letters));
        if (first > last) continue;  // only C3 pairs here (a word may start in the next block)
      }
      const size_t w = base + first;
      const size_t e = last < 63 ? base + last + 1 : LetterRunEnd(u, w + 1, n);
      covered = e;
      if (Triggers().MayTrigger(u + w, e - w) &&
          IsTriggerWord(std::string_view(text.data() + w, e - w))) {
        events |= uint64_t{1} << first;
      }
    }
    for (; events != 0; events &= events - 1) {
      triggers->push_back(
          static_cast<uint32_t>(base + static_cast<size_t>(__builtin_ctzll(events))));
    }
    prev_digit = m.digit >> 63;
    prev_run = run >> 63;
    prev_pair = pair >> 63;
  }
}

}  // namespace figure_detail

void FindFigures(std::string_view text, Lang lang, Field field, std::vector<Figure>* out,
                 std::optional<int64_t> published_at_ms, PeriodMemo* periods,
                 std::string_view number_context, TextBlocks* blocks) {
  if (lang == Lang::kUnknown) lang = Lang::kDe;
  Scratch& sc = ThreadScratch();
  sc.triggers.clear();
  sc.tentative.clear();
  sc.scales.clear();
  const size_t first = out->size();
  const size_t n = text.size();
  // 1. Candidate scan over the original bytes.
  // Without a caller's blocks, the thread's own (the period pass reads the digit starts).
  if (blocks == nullptr) blocks = &sc.blocks;
  figure_detail::ScanCandidates(text, &sc.triggers, blocks);
  // 2. Windows around candidates, merged when they overlap; 3. normalize and parse each.
  int8_t comma_groups = -1;  // WindowParser's per-text memo of CommaGroupsEs
  // A text with a "24,750"-like number takes the article's convention when it shows none.
  if (lang == Lang::kEs && !number_context.empty() && CommaThenThreeDigits(text)) {
    const int own = figure_detail::CommaConventionEs(text);
    comma_groups =
        own != 0 ? (own > 0 ? 1 : 0) : (figure_detail::CommaGroupsEs(number_context) ? 1 : 0);
  }
  size_t k = 0;
  while (k < sc.triggers.size()) {
    size_t from = sc.triggers[k] > kBefore ? sc.triggers[k] - kBefore : 0;
    size_t to = std::min(n, static_cast<size_t>(sc.triggers[k]) + kAfter);
    const size_t k_first = k;
    ++k;
    while (k < sc.triggers.size() && sc.triggers[k] <= to + kBefore) {
      to = std::min(n, static_cast<size_t>(sc.triggers[k]) + kAfter);
      ++k;
    }
    // Grow the window to whole words (at most 32 bytes each way).
    from = SnapToCharStart(text, from);
    for (int lim = 0; from > 0 && lim < 32 && text[from - 1] != ' ' && text[from - 1] != '\n';
         ++lim) {
      from = SnapToCharStart(text, from - 1);
    }
    for (int lim = 0; to < n && lim < 32 && text[to] != ' ' && text[to] != '\n'; ++lim) ++to;
    to = SnapToCharStart(text, to);
    NormalizeWindow(text, from, to, &sc.window);
    WindowParser parser(text, sc.window, lang, field, out, &sc.tentative, &sc.scales,
                        &comma_groups);
    parser.Run(sc.triggers.data() + k_first, sc.triggers.data() + k);
  }
  PostProcess(text, lang, first, out, sc.tentative, sc.scales);
  // Periods: the one stated nearest in the figure's sentence (period.h).
  AssignPeriods(text, published_at_ms, std::span<Figure>(*out).subspan(first),
                /*only_empty=*/false, periods, lang, blocks);
}

}  // namespace newsfacts::extract
