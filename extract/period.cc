// Period detector and figure periods (period.h).
#include "extract/period.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "common/time.h"
#include "extract/entity_scan.h"
#include "extract/function_words.h"
#include "extract/literal_set.h"
#include "extract/metric_classifier.h"
#include "extract/sentence.h"
#include "extract/text_blocks.h"

namespace newsfacts::extract {

namespace {

using scan::InList;

struct Token {
  uint32_t start, end;
  std::string_view lower;  // ASCII and Latin-1 capitals lower-cased (in Tokenize's buffer)
};

// The word tokens of text[s, e); their lower-cased text lives in *buf (valid until the next
// call with it).
void Tokenize(std::string_view text, size_t s, size_t e, std::string* buf,
              std::vector<Token>* out) {
  out->clear();
  buf->assign(text.substr(s, e - s));
  // The whole range lower-cased at once, without branches (a loop per token mispredicted its
  // exit and the capital test): 'A'..'Z' and the Latin-1 capitals C3 80..9E (not 97, the
  // multiplication sign). Every such character is a word character, so inside a token.
  auto* u = reinterpret_cast<unsigned char*>(buf->data());
  const size_t n = buf->size();
  // Byte k with the byte before it as it was (a lowered byte never becomes 0xC3, so the
  // lowered buffer tells the lead as well).
  auto lower = [u](size_t k, unsigned char prev) {
    const unsigned char c = u[k];
    const bool upper = static_cast<unsigned char>(c - 'A') < 26;
    const bool latin1 =
        (prev == 0xC3) & (static_cast<unsigned char>(c - 0x80) <= 0x1E) & (c != 0x97);
    u[k] = static_cast<unsigned char>(c + (static_cast<unsigned>(upper | latin1) << 5));
  };
  size_t k = 0;
#if defined(__SSE2__)
  // 16 bytes at a time after byte 0 (whose lead would be before the buffer).
  if (n > 16) {
    lower(0, 0);
    const __m128i to_a = _mm_set1_epi8(static_cast<char>(0x80 - 'A'));
    const __m128i below_26 = _mm_set1_epi8(static_cast<char>(0x80 + 26));
    const __m128i below_9f = _mm_set1_epi8(static_cast<char>(0x9F));  // signed: 0x80..0x9E
    const __m128i times = _mm_set1_epi8(static_cast<char>(0x97));
    const __m128i lead = _mm_set1_epi8(static_cast<char>(0xC3));
    const __m128i bit = _mm_set1_epi8(0x20);
    for (k = 1; k + 16 <= n; k += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + k));
      const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + k - 1));
      const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(v, to_a), below_26);
      const __m128i latin1 = _mm_andnot_si128(
          _mm_cmpeq_epi8(v, times),
          _mm_and_si128(_mm_cmpeq_epi8(before, lead), _mm_cmplt_epi8(v, below_9f)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(u + k),
                       _mm_add_epi8(v, _mm_and_si128(_mm_or_si128(upper, latin1), bit)));
    }
  }
#endif
  for (; k < n; ++k) lower(k, k > 0 ? u[k - 1] : 0);
  size_t pos = s, ts, te;
  while (scan::NextToken(text, pos, &ts, &te) && ts < e) {
    if (te > e) te = e;
    char* w = buf->data() + (ts - s);
    const size_t len = te - ts;
    out->push_back({static_cast<uint32_t>(ts), static_cast<uint32_t>(te), {w, len}});
    pos = te;
  }
}

// Whether a period's tail names a span's last year ("-2026" after "2020": "from 2020 to 2026",
// "2022-2026"), not a month ("-04") or a quarter ("-Q3"): a dash and four digits.
bool YearSpanTail(std::string_view tail) {
  return tail.size() == 5 && tail[0] == '-' && tail[1] >= '0' && tail[1] <= '9';
}

bool AllDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!scan::IsDigit(c)) return false;
  }
  return true;
}

bool StartsWithAny(std::string_view w, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (w.substr(0, p.size()) == p) return true;
  }
  return false;
}

// A clock time of four digits before a time zone ("by 1830 GMT", "at 0900 BST"), not a year.
bool ClockTimeBefore(std::string_view text, size_t end) {
  static constexpr std::string_view kZones[] = {" GMT", " BST", " UTC", " CET", " CEST",
                                                " EST", " EDT", " PST", " PDT", " JST"};
  if (end >= text.size() || text[end] != ' ') return false;
  const std::string_view rest = text.substr(end);
  return std::any_of(std::begin(kZones), std::end(kZones), [rest](std::string_view z) {
    return rest.starts_with(z) && (rest.size() == z.size() || !scan::IsAsciiAlnum(rest[z.size()]));
  });
}

// Spanish: a year that numbers or names a law ("Ley 1/1990", "Real Decreto 463/2020", "Orden
// ABC/399/2020", "la Ley de 1972") says which law, not when a figure happened.
bool LawYearEs(std::string_view text, size_t start) {
  size_t i = start;
  bool numbered = false;
  if (i >= 2 && text[i - 1] == '/' && scan::IsDigit(text[i - 2])) {
    numbered = true;
    --i;
    while (i > 0 && scan::IsDigit(text[i - 1])) --i;
    if (i >= 2 && text[i - 1] == '/' && text[i - 2] >= 'A' && text[i - 2] <= 'Z') {
      --i;  // "ABC/399/2020": a ministry's code before the number
      while (i > 0 && text[i - 1] >= 'A' && text[i - 1] <= 'Z') --i;
    }
  } else if (i >= 4 && text.substr(i - 4, 4) == " de ") {
    i -= 3;
  } else {
    return false;
  }
  while (i > 0 && text[i - 1] == ' ') --i;
  const size_t e = i;
  while (i > 0 && (scan::IsAsciiAlnum(text[i - 1]) || text[i - 1] == '-' ||
                   static_cast<unsigned char>(text[i - 1]) >= 0x80)) {
    --i;
  }
  if (e - i < 3 || e - i > 14) return false;
  std::string w(text.substr(i, e - i));
  for (char& c : w) c = scan::LowerAscii(c);
  if (!numbered) return InList(w, {"ley", "constitución"});
  return InList(w, {"ley", "decreto", "decreto-ley", "orgánica", "orden", "resolución", "directiva",
                    "reglamento", "sentencia", "circular", "instrucción"});
}

// A 4-digit year token, not part of a grouped or decimal number ("1.2024", "2015,5"), nor a
// clock time ("1830 GMT").
int YearAt(std::string_view text, const Token& t) {
  if (t.end - t.start != 4 || !AllDigits(t.lower)) return -1;
  int y = 0;
  for (char c : t.lower) y = y * 10 + (c - '0');
  if (!IsYearNumber(y)) return -1;
  if (t.start >= 2 && (text[t.start - 1] == '.' || text[t.start - 1] == ',') &&
      scan::IsDigit(text[t.start - 2])) {
    return -1;
  }
  if (t.end + 1 < text.size() && (text[t.end] == '.' || text[t.end] == ',') &&
      scan::IsDigit(text[t.end + 1])) {
    return -1;
  }
  if (y % 100 < 60 && ClockTimeBefore(text, t.end)) return -1;
  return y;
}

// The separator text between two tokens, trimmed of spaces.
std::string_view Gap(std::string_view text, const Token& a, const Token& b) {
  std::string_view g = text.substr(a.end, b.start - a.end);
  while (!g.empty() && g.front() == ' ') g.remove_prefix(1);
  while (!g.empty() && g.back() == ' ') g.remove_suffix(1);
  return g;
}

bool IsDash(std::string_view g) {
  return g == "-" || g == "\u2013" || g == "\u2014";
}

// Spanish verbs that end a period (lower case): "el ejercicio cerró (cerrado, que terminó …)
// en junio de 2013". MonthEndsPeriod and BusinessYearEndedEs.
bool PeriodEndVerbEs(std::string_view w) {
  return InList(w, {"cerró", "cierra", "cerrado", "terminó", "terminado", "concluyó", "concluido",
                    "finalizó", "finalizado"});
}

// "fiscal year", "financial year" at tokens j - 1, j with only blanks between.
bool FiscalYearEn(std::string_view text, const std::vector<Token>& t, size_t j) {
  return j >= 1 && t[j].lower == "year" && InList(t[j - 1].lower, {"fiscal", "financial"}) &&
         Gap(text, t[j - 1], t[j]).empty();
}

// A business year's noun (lower case): "Geschäftsjahr(es)", "Wirtschaftsjahr(es)",
// "ejercicio", "fiscal" ("fiscal year", "año fiscal", "ejercicio fiscal").
bool FiscalYearNoun(std::string_view w) {
  return InList(w, {"geschäftsjahr", "geschäftsjahres", "wirtschaftsjahr", "wirtschaftsjahres",
                    "ejercicio", "fiscal"});
}

// Whether a business year's noun comes right before the year token i, with only blanks
// between: "im Geschäftsjahr 2014-2015", "el ejercicio (de) 2013-2014", "año fiscal
// 2013-2014", "the fiscal (or financial) year 2013-2014". Two years a year apart after it name
// one business year, not a span of two.
bool FiscalYearBefore(std::string_view text, const std::vector<Token>& t, size_t i) {
  if (i == 0 || !Gap(text, t[i - 1], t[i]).empty()) return false;
  const std::string_view w = t[i - 1].lower;
  if (FiscalYearNoun(w)) return true;
  if (FiscalYearEn(text, t, i - 1)) return true;
  return i >= 2 && InList(w, {"de", "del"}) && t[i - 2].lower == "ejercicio" &&
         Gap(text, t[i - 2], t[i - 1]).empty();
}

// Spanish: whether a business year's end comes before the month (or day) at token k: "el
// ejercicio cerrado en junio de 2013", "el ejercicio que terminó el 30 de junio de 2013", "el
// año fiscal que concluyó en septiembre de 2013", "el ejercicio cerró en marzo de 2014".
bool BusinessYearEndedEs(const std::vector<Token>& t, size_t k) {
  size_t b = k;
  if (b >= 2 && t[b - 1].lower == "de" && AllDigits(t[b - 2].lower) && t[b - 2].lower.size() <= 2) {
    b -= 2;  // the day: "30 de junio"
  }
  if (b < 3 || !InList(t[b - 1].lower, {"en", "a", "al", "el"})) return false;
  if (!PeriodEndVerbEs(t[b - 2].lower)) return false;
  size_t n = b - 3;  // the noun, before "que" if there is one
  if (t[n].lower == "que") {
    if (n == 0) return false;
    --n;
  }
  // "fiscal" alone after an article is the prosecutor ("el fiscal concluyó en junio …"): a
  // business year only after "año" or "ejercicio" ("el año fiscal que concluyó …").
  if (t[n].lower == "fiscal") return n > 0 && InList(t[n - 1].lower, {"año", "ejercicio"});
  return FiscalYearNoun(t[n].lower);
}

// Ordinal's words: "last" (5: "last three months", and "the last quarter of 2004" with a year
// after it) and the prefixes of the ordinals 1..4 in row order ("final" is the fourth quarter).
constexpr std::string_view kLastWords[] = {"last",    "letzten", "letzte", "últimos",
                                           "ultimos", "último",  "ultimo"};
constexpr std::string_view kOrdinalPrefixes[4][5] = {{"erst", "primer", "first", "1st"},
                                                     {"zweit", "segund", "second", "2nd"},
                                                     {"dritt", "tercer", "third", "3rd"},
                                                     {"viert", "cuart", "fourth", "4th", "final"}};
// The first bytes of kLastWords and kOrdinalPrefixes: a word starting otherwise is no ordinal.
const std::array<bool, 256> kOrdinalFirst = [] {  // built at static initialization
  std::array<bool, 256> t{};
  for (std::string_view w : kLastWords) t[static_cast<uint8_t>(w[0])] = true;
  for (size_t k = 0; k < 4; ++k) {
    for (size_t j = 0; j < 5; ++j) {
      const std::string_view w = kOrdinalPrefixes[k][j];
      if (!w.empty()) t[static_cast<uint8_t>(w[0])] = true;
    }
  }
  return t;
}();

int Ordinal(std::string_view w) {
  if (w.empty() || !kOrdinalFirst[static_cast<uint8_t>(w[0])]) return 0;
  if (InList(w, kLastWords)) return 5;  // only "last three months"
  for (int k = 0; k < 4; ++k) {
    for (std::string_view p : kOrdinalPrefixes[k]) {
      if (!p.empty() && w.starts_with(p)) return k + 1;
    }
  }
  return 0;
}

bool QuarterNoun(std::string_view w) {
  return InList(w, {"quartal", "quartals", "quartales", "trimestre", "quarter"});
}
bool HalfNoun(std::string_view w) {
  return InList(w, {"halbjahr", "halbjahres", "halbjahrs", "jahreshälfte", "hälfte", "semestre",
                    "half", "mitad"});
}

// Special values of Raw::year.
constexpr int kNeedsYear = -1;   // a quarter or half without a year: the year named before
constexpr int kUnresolved = -2;  // a relative period with no publication time: no period
constexpr int kYearBefore = -3;  // "a year ago", "the previous year": the sentence's year - 1
// "the previous quarter": the quarter before the sentence's quarter.
constexpr int kQuarterBefore = -4;
// "a year later", "im Jahr darauf", "un año después": the year after the one named before.
constexpr int kYearAfter = -5;
// "in the quarter", "during the same quarter", "in diesem Quartal", "en el trimestre": the
// quarter its sentence states before it, else the first quarter the text states.
constexpr int kSameQuarter = -6;
// "damals", "im selben Jahr", "aquel año", "en aquel momento", "that year", "at the time":
// the year named before (in its sentence, else the last one the text named); none without one.
constexpr int kSameYear = -7;

// A mention found in a sentence; `year` < 0 is one of the codes above.
struct Raw {
  uint32_t start, end;
  int year;
  std::string tail;  // "-Q3", "-H1", "-Q1-Q3", "-2025", "/2016", ""
  // A comparison base ("from 9bn euros in 2003", "gegenüber 2014", "frente a 1998"): the
  // start of the comparison word; the year then belongs only to figures between the two.
  uint32_t base = kNoBase;
  static constexpr uint32_t kNoBase = 0xFFFFFFFFu;
  // "heute", "now", "hoy": the present, used only when the sentence states no other period.
  bool weak = false;
  // kUnresolved: the years from the publication year ("last year" -1, "next year" +1).
  int delta = 0;
  // Found as kSameYear ("damals", "that year"): weighed against the present ("jetzt", "now")
  // by distance alone ("Eine Karte kostete damals 80 Euro, heute 150 Euro").
  bool anaphor = false;
  // A starting point ("seit 2010", "since June 2003", "desde el año 1989"; SinceYear): the
  // period of no figure.
  bool since = false;
  // An English month without a year ("in March"): the period only of a figure close to it in
  // its own clause (MonthAloneReaches), and no anchor of "a year earlier". `month_opens`: it
  // opens its sentence ("In March, …").
  bool month_alone = false;
  bool month_opens = false;
  // `month_than`: "than" follows it (a comparison: in an undated text the month dates no
  // figure). `month_year_before`: a comparison base's month after "from" later than an
  // earlier month alone of its sentence: of the year before that one's. `month_from_to`:
  // "from X in May to Y": the month dates no figure after it.
  bool month_than = false;
  bool month_year_before = false;
  bool month_from_to = false;
};

// The last period of `raw` (one sentence's) that ends by `pos` and can anchor
// a relative one ("a year later", "damals"): a year of its own, not a comparison base. With
// `stated`, also not the present ("heute", "today": the publication year, which an anaphor
// never takes), another anaphor or a starting point ("seit 2010"); nullptr if none.
const Raw* AnchorBefore(const std::vector<Raw>& raw, uint32_t pos, bool stated) {
  const Raw* near = nullptr;
  for (const Raw& o : raw) {
    if (o.end > pos || o.year < 0 || o.base != Raw::kNoBase) continue;
    if (stated && (o.weak || o.anaphor || o.since)) continue;
    near = &o;
  }
  return near;
}

// Whether token k starts a like-comparison that ends at the year token i (k < i): "wie",
// "as", "like" or "como", written in lower case (not a sentence's "Wie 2016 bekannt wurde",
// "Como en 2016 perdió …" = "since"), then only filler words: adverbs ("schon", "bereits",
// "zuletzt", "auch", "noch", "ya"), "im Jahr", "in", "during", "en", "durante", "el año",
// "they did", "was the case", "ocurrió". English and Spanish need "in" / "during" / "en" /
// "durante" / "año" right before the year ("as 2016" is rare and often a list: "such as
// 2016 and 2017"). German "wie" after a comma is "how" ("zeigt, wie 2016 der Umsatz …")
// unless an adverb follows it ("…, wie schon 2016").
bool LikeComparisonAt(std::string_view text, const std::vector<Token>& t, size_t k, size_t i) {
  const std::string_view w = t[k].lower;
  if (!InList(w, {"wie", "as", "like", "como"}) || text[t[k].start] != w[0]) return false;
  bool adverb = false;
  for (size_t j = k + 1; j < i; ++j) {
    const std::string_view f = t[j].lower;
    if (InList(f, {"schon", "bereits", "zuletzt", "auch", "noch", "ya"})) {
      adverb = true;
    } else if (!InList(f, {"im", "jahr", "jahre", "in", "during", "it", "they", "did", "was",
                           "were", "the", "case", "en", "durante", "el", "año", "ocurrió",
                           "sucedió", "pasó"})) {
      return false;
    }
  }
  if (w != "wie") {
    return k + 1 < i && InList(t[i - 1].lower, {"in", "during", "en", "durante", "año"});
  }
  if (adverb) return true;
  return k > 0 && t[k - 1].end + 1 == t[k].start && text[t[k - 1].end] == ' ';
}

// Start of a comparison word ("from", "than", "gegenüber", "frente a", "compared with" …)
// among the few tokens before token i in the same clause; Raw::kNoBase if none.
// `stops`: the characters that end the search (clause boundaries).
uint32_t ComparisonBase(std::string_view text, const std::vector<Token>& t, size_t i,
                        size_t reach = 8, std::string_view stops = ",;()") {
  for (size_t k = i; k-- > 0 && k + reach >= i;) {
    const std::string_view between = text.substr(t[k].end, t[k + 1].start - t[k].end);
    // A separator inside a number ("70,000") ends no clause.
    const bool in_number = between.size() == 1 && scan::IsDigit(text[t[k].end - 1]) &&
                           scan::IsDigit(text[t[k + 1].start]);
    if (!in_number && between.find_first_of(stops) != std::string_view::npos) break;
    const std::string_view w = t[k].lower;
    if (InList(w, {"from", "than", "gegenüber", "vergleich", "verglichen", "frente", "respecto",
                   "compared", "versus", "vs", "against"}) ||
        (k + 1 == i && InList(w, {"on", "over"}))) {
      return t[k].start;
    }
    // German "als" and Spanish "que" after a comparative, a few words before the period:
    // "9 Prozent mehr als 2016", "höher als im Jahr 2016", "un 9 % más que en 2016" (not
    // "als" = "when": "eskalierte weiter, als 2020 …", nor "mehr als 400" far from the year).
    if (k >= 1 && k + 4 >= i && t[k - 1].end + 1 == t[k].start && text[t[k - 1].end] == ' ' &&
        ((w == "als" && (InList(t[k - 1].lower, {"mehr", "weniger"}) ||
                         (t[k - 1].lower.size() >= 5 && t[k - 1].lower.ends_with("er")))) ||
         (w == "que" && InList(t[k - 1].lower, {"más", "menos", "mayor", "menor"})))) {
      return t[k].start;
    }
    // German "als" right before the year ("als 2016", "als im Jahr 2016") at most four words
    // after "mehr" / "weniger" in its clause: "6 Prozent mehr Pendler als 2016", "um 300 Fälle
    // weniger als im Jahr 2016".
    if (w == "als" && k + 3 >= i && k >= 1 && t[k - 1].end + 1 == t[k].start &&
        text[t[k - 1].end] == ' ' &&
        (k + 1 == i || (t[k + 1].lower == "im" && t[i - 1].lower.starts_with("jahr")))) {
      for (size_t j = k; j-- > 0 && j + 5 > k;) {
        const std::string_view gap = text.substr(t[j].end, t[j + 1].start - t[j].end);
        if (gap.find_first_of(stops) != std::string_view::npos) break;
        if (InList(t[j].lower, {"mehr", "weniger"})) return t[k].start;
      }
    }
    // A like-comparison right before the year: "wie schon 2016", "wie im Jahr 2016", "just as
    // in 2016", "as it did in 2016", "like in 2016", "como en 2016", "como ya ocurrió en 2016":
    // the year compared with. LikeComparisonAt reads the words.
    if (k + 5 >= i && LikeComparisonAt(text, t, k, i)) return t[k].start;
  }
  return Raw::kNoBase;
}

// True when the phrase starting at token k opens its sentence, after at most "im" ("Im
// Vorjahr") and one adverb ("Bereits ein Jahr zuvor", "Noch im Jahr davor").
bool OpensSentence(const std::vector<Token>& t, size_t k) {
  if (k > 0 && t[k - 1].lower == "im") --k;
  if (k > 0 && InList(t[k - 1].lower, {"bereits", "schon", "noch", "auch"})) --k;
  return k == 0;
}

// Bit k of kMonthShapes[b]: some month name starts with byte b and has k bytes (3..10).
constexpr std::array<uint16_t, 256> kMonthShapes = [] {
  std::array<uint16_t, 256> t{};
  for (const MonthName& m : kMonthNames) {
    t[static_cast<uint8_t>(m.name[0])] |= static_cast<uint16_t>(1u << m.name.size());
  }
  return t;
}();

// 1-12 for a month name, 0 otherwise.
int MonthNumber(std::string_view w) {
  if (w.size() < 3 || w.size() > 10) return 0;  // "mai" … "septiembre"
  // First byte and length first: most words asked about are no month.
  if (((kMonthShapes[static_cast<uint8_t>(w[0])] >> w.size()) & 1) == 0) return 0;
  for (const MonthName& m : kMonthNames) {
    if (m.name[0] == w[0] && w == m.name) return m.month;
  }
  return 0;
}

// "30" in "the three months to 30 September": a day of a month (1-31, one or two digits).
bool DayOfMonth(std::string_view w) {
  if (w.empty() || w.size() > 2 || !AllDigits(w)) return false;
  const int d = w.size() == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
  return d >= 1 && d <= 31;
}

// Whether "to" and a verb follow token i: "has three months to 31 March to repay the loan", a
// deadline rather than the months a figure covers. The word after "to" is a lower-case
// ASCII word that is no determiner, hedge or number word ("to a record", "to about $5m").
bool DeadlineVerbAfter(std::string_view text, const std::vector<Token>& t, size_t i) {
  if (i + 2 >= t.size() || t[i + 1].lower != "to" || !Gap(text, t[i], t[i + 1]).empty() ||
      !Gap(text, t[i + 1], t[i + 2]).empty()) {
    return false;
  }
  const std::string_view w = text.substr(t[i + 2].start, t[i + 2].end - t[i + 2].start);
  for (const char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return !InList(w, {"a",      "an",    "the",    "its",           "their",   "his",   "her",
                     "our",    "about", "around", "nearly",        "almost",  "just",  "roughly",
                     "some",   "more",  "less",   "over",          "under",   "above", "below",
                     "record", "new",   "only",   "approximately", "between", "one",   "two",
                     "three",  "four",  "five",   "six",           "seven",   "eight", "nine",
                     "ten",    "half",  "fresh",  "highs",         "lows",    "levels"});
}

// The months an English span word at token i names before "to" / "ending" …: "three months",
// "3 months", "quarter" -> 3, "six months" -> 6, "nine months" -> 9; else 0.
int MonthsSpanWord(const std::vector<Token>& t, size_t i) {
  const std::string_view w = t[i].lower;
  if (w == "quarter") return 3;
  if (i + 1 >= t.size() || t[i + 1].lower != "months") return 0;
  if (InList(w, {"three", "3"})) return 3;
  if (InList(w, {"six", "6"})) return 6;
  if (InList(w, {"nine", "9"})) return 9;
  return 0;
}

// A month's tail after its year: "-03" for 3 (REQUIRES: 1 <= month <= 12).
std::string MonthTail(int month) {
  return (month < 10 ? "-0" : "-") + std::to_string(month);
}

// The period a span of the months m1..m2 (1-12) of one year names, as the tail after its
// year: a quarter ("-Q3": a quarter's first month to its last), a half ("-H1", "-H2"), the
// first three quarters ("-Q1-Q3"), the whole year (January to December: ""). False for
// another span: the shared reading of "between July and September 2004" and "von Juli 2004
// bis September 2004".
bool MonthSpanTail(int m1, int m2, std::string* tail) {
  if (m1 % 3 == 1 && m2 == m1 + 2) {
    *tail = "-Q" + std::to_string(m2 / 3);
  } else if (m1 == 1 && m2 == 6) {
    *tail = "-H1";
  } else if (m1 == 7 && m2 == 12) {
    *tail = "-H2";
  } else if (m1 == 1 && m2 == 9) {
    *tail = "-Q1-Q3";
  } else if (m1 == 1 && m2 == 12) {
    tail->clear();
  } else {
    return false;
  }
  return true;
}

// Words of a date that may stand between a starting-point word and its year (lower case):
// "seit Anfang 2009", "seit dem Frühjahr 2010", "since the end of 2004", "desde el año 1989",
// "desde finales de 2004"; a month too ("since June 2003", "desde enero de 1970").
constexpr std::string_view kDateWordsBeforeYear[] = {
    "de",      "del",        "el",       "año",      "jahr",   "dem",    "the",
    "end",     "of",         "early",    "late",     "anfang", "ende",   "mitte",
    "finales", "principios", "mediados", "frühjahr", "herbst", "sommer", "winter"};

// The one home of "since YEAR": true when the year at text[pos] follows one of `starts`
// (lower-case words: "seit", "since", "desde"; English also measures to "until" or from
// "from") across at most four words of a date (kDateWordsBeforeYear, months), or with
// `month_only` at most one month ("since June 2004": the English article-year count, which
// still counts "from the 2004 model year" and "since early 2001"). The words are NextToken's
// (WordBefore), compared ASCII case-insensitively. REQUIRES: pos <= text.size().
bool StartWordBeforeYear(std::string_view text, size_t pos,
                         std::initializer_list<std::string_view> starts, bool month_only = false) {
  char buf[16];  // the word lower-cased (longer words are none of these)
  const int max_skipped = month_only ? 1 : 4;
  size_t b = pos;
  for (int skipped = 0;; ++skipped) {
    size_t ws = 0;
    const std::string_view raw = scan::WordBefore(text, 0, b, &ws);
    if (raw.empty() || raw.size() > sizeof buf) return false;
    for (size_t k = 0; k < raw.size(); ++k) buf[k] = scan::LowerAscii(raw[k]);
    const std::string_view w(buf, raw.size());
    if (InList(w, starts)) return true;
    const bool date_word = MonthNumber(w) != 0 || (!month_only && InList(w, kDateWordsBeforeYear));
    if (skipped == max_skipped || !date_word) return false;
    b = ws;
  }
}

// A year token i that "seit", "since" or "desde" starts (StartWordBeforeYear): a starting
// point, not the period of a figure ("the weakest level since March 1998", "hat seit Juni
// 2006 412.300 Einträge"). Not one that opens a clause about that year: "seit 2009, als das BIP
// um 7,9 Prozent einbrach".
bool SinceYear(std::string_view text, const std::vector<Token>& t, size_t i) {
  if (!StartWordBeforeYear(text, t[i].start, {"seit", "since", "desde"})) return false;
  // ", als …", ", when …", ", cuando …": the year of that clause.
  size_t a = t[i].end;
  while (a < text.size() && (text[a] == ',' || text[a] == ' ')) ++a;
  const std::string_view rest = text.substr(a, 7);
  return !(rest.starts_with("als ") || rest.starts_with("when ") || rest.starts_with("cuando "));
}

// The tail of the decade from `year` ("-1999" for 1990).
std::string DecadeTail(int year) {
  return "-" + std::to_string(year + 9);
}

// A decade named at token i of `text`: "1990er" / "1980ern" after "in den", "seit den" or
// "Anfang / Ende / Mitte / während der"; "1990s" after "the" (and "early", "late", "mid") after
// "in", "during", "through", "throughout" or "since"; "90" or "1990" after "los años" after "en",
// "durante", "desde" or "finales / principios / mediados de" ("1990" not when a year joined by
// "y", ",", "a" or a dash follows: "los años 2010 y 2011" are two years). `year`: its first year
// (two Spanish digits are of the 1900s: "los años 20" is 1920-1929 even where an article of the
// 2020s means its own decade; rare), -1 when token i names none; `first`: the phrase's first
// token; `since`: a starting point (StartWordBeforeYear before the article: "seit den 1990ern",
// "ab Mitte der 1980er", "since the early 1960s", "desde finales de los años 80"). German two
// digits ("Anfang der 60er") are not read: "in den 30er Jahren" in news of the 2020s is a
// target of the 2030s as often as a past decade. REQUIRES: i < t.size(), t tokens of text.
struct DecadeMention {
  int year = -1;
  size_t first = 0;
  bool since = false;
};
DecadeMention DecadeAt(std::string_view text, const std::vector<Token>& t, size_t i) {
  const std::string_view w = t[i].lower;
  auto before = [&](size_t back) { return i >= back ? t[i - back].lower : std::string_view(); };
  // "1990" -> 1990: four digits ending in 0, a year; else -1.
  auto round_year = [](std::string_view d) {
    if (d.size() != 4 || !AllDigits(d) || d[3] != '0') return -1;
    const int y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10;
    return IsYearNumber(y) ? y : -1;
  };
  // A starting point: "seit", "ab", "since", "desde" before the decade's article (token a),
  // across the date words StartWordBeforeYear skips ("ab Ende der", "desde finales de los").
  auto since_before = [&](size_t a) {
    return StartWordBeforeYear(text, t[a].start, {"seit", "ab", "since", "desde"});
  };
  DecadeMention d;
  const size_t er = w.ends_with("er") ? 2 : w.ends_with("ern") ? 3 : 0;
  if (er != 0 && w.size() == 4 + er) {
    const int y = round_year(w.substr(0, 4));
    if (y < 0 || i < 2) return d;
    if (!(before(1) == "den" && InList(before(2), {"in", "seit"})) &&
        !(before(1) == "der" && InList(before(2), {"anfang", "ende", "mitte", "während"}))) {
      return d;
    }
    d.year = y;
    d.first = i - 2;
    d.since = since_before(i - 1);
    return d;
  }
  if (w.size() == 5 && w[4] == 's') {
    const int y = round_year(w.substr(0, 4));
    const size_t the = InList(before(1), {"early", "late", "mid"}) ? 2 : 1;
    if (y < 0 || i < the + 1 || before(the) != "the" ||
        !InList(before(the + 1), {"in", "during", "through", "throughout", "since"})) {
      return d;
    }
    d.year = y;
    d.first = i - the - 1;
    d.since = since_before(i - the);
    return d;
  }
  const int y =
      w.size() == 2 && AllDigits(w) && w[1] == '0' ? 1900 + (w[0] - '0') * 10 : round_year(w);
  if (y < 0 || i < 3 || before(1) != "años" || before(2) != "los") return d;
  if (InList(before(3), {"en", "durante", "desde"})) {
    d.first = i - 3;
  } else if (before(3) == "de" && InList(before(4), {"finales", "principios", "mediados"})) {
    d.first = i - 4;
  } else {
    return d;
  }
  // "los años 2010 y 2011", "los años 2020, 2021", "los años 2020 a 2022", "2020-2022": years.
  if (w.size() == 4 && i + 1 < t.size()) {
    auto is_year = [&](size_t k) { return k < t.size() && YearAt(text, t[k]) >= 0; };
    const std::string_view g = Gap(text, t[i], t[i + 1]);
    if (((g == "," || IsDash(g)) && is_year(i + 1)) ||
        (g.empty() && InList(t[i + 1].lower, {"y", "a"}) && is_year(i + 2))) {
      return d;
    }
  }
  d.year = y;
  d.since = since_before(i - 2);
  return d;
}

// True when `s` ends with a month name as a word; *month_start: where it starts.
bool EndsWithMonth(std::string_view s, size_t* month_start) {
  if (s.empty()) return false;
  const char last = s.back();
  for (const MonthName& m : kMonthNames) {
    const std::string_view n = m.name;
    // The last byte first: one compare, where ends_with calls memcmp for every name.
    if (n.back() == last && s.ends_with(n) &&
        (s.size() == n.size() || !scan::IsAsciiAlnum(s[s.size() - n.size() - 1]))) {
      *month_start = s.size() - n.size();
      return true;
    }
  }
  return false;
}

// The words a period phrase can start with in FindRaw (lower case): months, ordinals,
// relative-year, year-ago and anaphoric words. Prefixes match any longer word too. Keep in step
// with FindRaw: a word that starts a phrase there must pass MayStartPeriod.
constexpr std::string_view kPhraseStartWords[] = {
    "last",        "letzten",     "letztes",  "últimos",   "ultimos",   "a",         "one",
    "year",        "previous",    "prior",    "preceding", "año",       "ejercicio", "hace",
    "vergangenen", "vergangenes", "vorigen",  "voriges",   "diesem",    "dieses",    "laufenden",
    "laufende",    "laufendes",   "nächsten", "nächstes",  "kommenden", "kommendes", "heuer",
    "heute",       "derzeit",     "nun",      "jetzt",     "today",     "currently", "now",
    "hoy",         "actualmente", "ahora",    "pasado",    "este",      "próximo",   "this",
    "next",        "trimestre",   "jahr",     "vor",       "three",     "letzte",    "último",
    "ultimo",      "following",   "quarter",  "six",       "nine",      "quartal",   "damals",
    "jahres",      "year's",      "time",     "entonces",  "momento",   "época"};
constexpr std::string_view kPhraseStartPrefixes[] = {
    "fy",    "erst",  "primer", "first",  "zweit", "segund",  "second",     "dritt",    "tercer",
    "third", "viert", "cuart",  "fourth", "final", "vorjahr", "vorquartal", "folgejahr"};

// Per first byte: bit L of lengths[] set when some start word has L bytes (bit 63: 63 or
// more; a prefix of L bytes sets every bit from L up), bit SecondClass(b) of second[] when
// some start word or prefix has second byte b. Most words that pass the lengths (every
// German word of five bytes or more starting with 'v' or 'z', every 'f' word: the prefixes
// "viert", "zweit", "fy") fail the second byte.
struct PhraseStartTable {
  uint64_t lengths[256] = {};
  uint32_t second[256] = {};
  // 'a'..'z' -> 0..25, 0xC3 (the lead of 'ä', 'ñ', 'ü' …) 26, the end of a one-byte word 27,
  // any other byte 28.
  static constexpr unsigned SecondClass(std::string_view w) {
    if (w.size() < 2) return 27;
    const auto b = static_cast<unsigned char>(w[1]);
    return b >= 'a' && b <= 'z' ? b - 'a' : b == 0xC3 ? 26 : 28;
  }
  constexpr PhraseStartTable() {
    auto word = [this](std::string_view w) {
      lengths[static_cast<unsigned char>(w[0])] |= uint64_t{1} << std::min<size_t>(w.size(), 63);
      second[static_cast<unsigned char>(w[0])] |= 1U << SecondClass(w);
    };
    for (std::string_view w : kPhraseStartWords) word(w);
    for (const MonthName& m : kMonthNames) word(m.name);
    for (std::string_view p : kPhraseStartPrefixes) {
      lengths[static_cast<unsigned char>(p[0])] |= ~uint64_t{0} << p.size();
      second[static_cast<unsigned char>(p[0])] |= 1U << SecondClass(p);
    }
    for (char c : {'q', 'h'}) {  // "q3", "h1": a digit second (class 28)
      lengths[static_cast<unsigned char>(c)] |= uint64_t{1} << 2;
      second[static_cast<unsigned char>(c)] |= 1U << 28;
    }
  }
};
constexpr PhraseStartTable kPhraseStart{};

// False when FindRaw can skip the token `w` (lower case): it is no digit token, no month, no
// "q3"/"h1"/"fy…" token and no word of the lists above.
bool MayStartPeriod(std::string_view w) {
  if (w.empty()) return false;
  if (scan::IsDigit(w[0])) return true;
  const auto first = static_cast<unsigned char>(w[0]);
  if (((kPhraseStart.lengths[first] >> std::min<size_t>(w.size(), 63)) &
       (kPhraseStart.second[first] >> PhraseStartTable::SecondClass(w)) & 1) == 0) {
    return false;
  }
  if (w.size() == 2 && (w[0] == 'q' || w[0] == 'h')) return true;
  // The words and prefixes by first byte, built once.
  struct Entry {
    std::string_view word;
    bool prefix;
  };
  static const auto* const kByFirst = [] {
    auto* t = new std::array<std::vector<Entry>, 256>();
    for (std::string_view x : kPhraseStartPrefixes) {
      (*t)[static_cast<unsigned char>(x[0])].push_back({x, true});
    }
    for (const MonthName& m : kMonthNames) {
      (*t)[static_cast<unsigned char>(m.name[0])].push_back({m.name, false});
    }
    for (std::string_view x : kPhraseStartWords) {
      (*t)[static_cast<unsigned char>(x[0])].push_back({x, false});
    }
    return t;
  }();
  for (const Entry& e : (*kByFirst)[first]) {
    if (e.prefix ? w.starts_with(e.word) : w == e.word) return true;
  }
  return false;
}

// GCC 12 inlines the std::string assignments below (with extract/CMakeLists.txt's larger
// inline-unit-growth) and then warns falsely of overlapping copies (-Wrestrict, GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__)  // clang has no -Wrestrict
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
// `filtered` = false: no word pre-filter (the slow path for tests; same output).
void FindRaw(std::string_view text, size_t s, size_t e, std::optional<int> reference_year,
             std::string* buf, std::vector<Token>* toks, std::vector<Raw>* out,
             bool filtered = true) {
  out->clear();
  Tokenize(text, s, e, buf, toks);
  const std::vector<Token>& t = *toks;
  const size_t n = t.size();
  // A year token first (cheap, rarely true), then whether a law names it (LawYearEs).
  auto year_at = [&](size_t i) {
    const int y = i < n ? YearAt(text, t[i]) : -1;
    return y >= 0 && LawYearEs(text, t[i].start) ? -1 : y;
  };
  // Tokens first..last are a "year before" phrase: a comparison base one year before the
  // sentence's period when a comparison word stands before them (within 12 tokens, not across
  // "," or ";"); returns whether it was one.
  auto year_before_base = [&](size_t first, size_t last, int code = kYearBefore) {
    const uint32_t base = ComparisonBase(text, t, first, 12, ",;");
    if (base == Raw::kNoBase) return false;
    Raw r{t[first].start, t[last].end, code, ""};
    r.base = base;
    out->push_back(std::move(r));
    return true;
  };
  // The year after token i, skipping connector words ("des Jahres", "de", "of"); sets *at.
  auto year_after = [&](size_t i, size_t* at) {
    for (size_t k = i + 1; k < n && k <= i + 4; ++k) {
      const int y = year_at(k);
      if (y >= 0) {
        *at = k;
        return y;
      }
      if (!InList(t[k].lower, {"des", "jahres", "jahr", "de", "del", "año", "of", "the", "im", "en",
                               "el", "in", "fiscal", "year", "geschäftsjahres"})) {
        break;
      }
    }
    return -1;
  };
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = t[i].lower;
    if (filtered && !MayStartPeriod(w)) continue;  // most words: no test below can match
    // ---- period anaphora: "damals", "in jenem Jahr", "im selben / gleichen Jahr",
    // "desselben Jahres", "aquel año", "ese (mismo) año", "el mismo año", "por aquel entonces",
    // "en aquel / ese momento", "en aquella época", "that (same) year", "the same year", "at
    // the time", "at that time" (not "at the time of …", not "that year-on-year …", not "von
    // damals", "seit damals": a modifier, not the time of the clause): the year named before
    // them (kSameYear).
    // Words that start nothing else leave here when they are no anaphor. The words have 4 to
    // 8 bytes and begin with no digit: tested first, so the numbers (most tokens here) skip
    // the comparisons.
    const bool anaphor_shape = w.size() >= 4 && w.size() <= 8 && !scan::IsDigit(w[0]);
    if (const bool only_anaphor =
            anaphor_shape && (w == "damals" || w == "jahres" || w == "year's" || w == "time" ||
                              w == "entonces" || w == "momento" || w == "época");
        only_anaphor || (anaphor_shape && (w == "jahr" || w == "año" || w == "year"))) {
      const std::string_view pv = i > 0 ? std::string_view(t[i - 1].lower) : "";
      const std::string_view pv2 = i > 1 ? std::string_view(t[i - 2].lower) : "";
      const std::string_view nx = i + 1 < n ? std::string_view(t[i + 1].lower) : "";
      const bool dash_after = i + 1 < n && IsDash(Gap(text, t[i], t[i + 1]));
      size_t first = i;
      if (w == "damals" && !InList(pv, {"von", "seit"})) {  // not "die Pläne von damals"
        first = i;
      } else if (InList(w, {"jahr", "jahres"}) &&
                 InList(pv, {"selben", "gleichen", "jenem", "jenes", "desselben", "desgleichen"}) &&
                 (w == "jahres" || InList(pv2, {"im", "in", "dem"}))) {
        first = i - 1;
      } else if (w == "año" && (InList(pv, {"aquel", "ese"}) ||
                                (pv == "mismo" && InList(pv2, {"ese", "el", "aquel", "del"})))) {
        first = pv == "mismo" ? i - 2 : i - 1;
      } else if ((w == "entonces" && InList(pv, {"aquel", "ese"})) ||
                 (w == "momento" && InList(pv, {"aquel", "ese"}) && pv2 == "en") ||
                 (w == "época" && InList(pv, {"aquella", "esa"}) && pv2 == "en")) {
        first = i - 1;
      } else if (InList(w, {"year", "year's"}) && !dash_after &&
                 (pv == "that" || (pv == "same" && InList(pv2, {"the", "that"})))) {
        first = pv == "same" ? i - 2 : i - 1;
      } else if (w == "time" && InList(pv, {"the", "that"}) && pv2 == "at" && nx != "of") {
        first = i - 2;
      } else {
        first = n;
      }
      if (first < n) {
        Raw r{t[first].start, t[i].end, kSameYear, ""};
        r.anaphor = true;
        out->push_back(std::move(r));
        continue;
      }
      if (only_anaphor) continue;
    }
    // ---- decades: "in den 1970er-Jahren", "Anfang der 1980er", "in the (early) 1990s",
    // "during the 1970s", "en los años 90", "a finales de los años 1980" -> "1980-1989" (the
    // annotation's range of the decade's years). After "seit", "ab", "since", "desde" ("seit den
    // 1990ern", "since the 1930s") a starting point. Only a round four-digit year with its
    // article (and Spanish "los años" before two digits): not an age ("in seinen 50ern", "los
    // 90 años"), not a model number ("der 1990er Baureihe" has no "in den" before it).
    if (scan::IsDigit(w[0]) && w.size() >= 2 && w.size() <= 7) {
      if (const DecadeMention d = DecadeAt(text, t, i); d.year >= 0) {
        // A starting point is the period of no figure (as "seit 2010" once AssignPeriods
        // drops it): nothing is stated.
        if (!d.since) out->push_back({t[d.first].start, t[i].end, d.year, DecadeTail(d.year)});
        continue;
      }
    }
    // ---- years, ranges and split years
    if (const int y = year_at(i); y >= 0) {
      Raw r{t[i].start, t[i].end, y, ""};
      r.base = ComparisonBase(text, t, i);
      r.since = SinceYear(text, t, i);
      // "in October 2004", "im Oktober 2004", "en octubre de 2004": the month.
      size_t mk = i;
      if (mk > 0 && t[mk - 1].lower == "de") --mk;
      if (const int month = mk > 0 ? MonthNumber(t[mk - 1].lower) : 0; month > 0) {
        // "the year to June 2017", "year ending 30 June 2017": a business year.
        size_t k = mk - 1;
        if (k > 0 && AllDigits(t[k - 1].lower) && t[k - 1].lower.size() <= 2) --k;
        // German: "im Geschäftsjahr bis Ende September 2015", "des Geschäftsjahres per Ende
        // Juni 2015".
        // Only blanks between the words: "für das Geschäftsjahr: Bis Ende Juni" is a deadline.
        // The business year that ends in `month` of y, its mention from `start` ("to
        // December": the calendar year).
        const auto business_year_to = [&r, month, y](uint32_t start) {
          r.start = start;
          if (month != 12) {
            r.year = y - 1;
            r.tail = "/" + std::to_string(y);
          }
        };
        const bool year_to_de =
            k >= 3 && t[k - 1].lower == "ende" && InList(t[k - 2].lower, {"bis", "per", "zum"}) &&
            FiscalYearNoun(t[k - 3].lower) && Gap(text, t[k - 3], t[k - 2]).empty() &&
            Gap(text, t[k - 2], t[k - 1]).empty();
        if (year_to_de || (k >= 2 && InList(t[k - 1].lower, {"to", "ending", "ended"}) &&
                           InList(t[k - 2].lower, {"year", "months"}))) {
          business_year_to(t[k - (year_to_de ? 3 : 2)].start);
        } else if (i + 2 < n &&
                   InList(t[i + 1].lower,
                          {"abgelaufenen", "beendeten", "endenden", "abgeschlossenen"}) &&
                   FiscalYearNoun(t[i + 2].lower)) {
          // German: "im Ende Juni 2015 abgelaufenen Geschäftsjahr", "im zum 30. September 2015
          // endenden Geschäftsjahr": the business year it ends.
          business_year_to(t[mk - 1].start);
        } else if (BusinessYearEndedEs(t, k)) {
          // "el ejercicio cerrado en junio de 2013": the business year it ends.
          business_year_to(t[mk - 1].start);
        } else if (const size_t b = k > 0 && InList(t[k - 1].lower, {"in", "on"}) ? k - 1 : k;
                   b >= 3 &&
                   InList(t[b - 1].lower, {"starting", "beginning", "begins", "starts"}) &&
                   FiscalYearEn(text, t, b - 2) && Gap(text, t[b - 2], t[b - 1]).empty() &&
                   Gap(text, t[b - 1], t[b]).empty()) {
          // "the fiscal year starting in April 2005", "financial year beginning on 1 July
          // 2004": the business year it starts (January: the calendar year).
          r.start = t[b - 3].start;
          if (month != 1) r.tail = "/" + std::to_string(y + 1);
        } else {
          r.start = t[mk - 1].start;
          r.tail = MonthTail(month);
        }
      }
      if (i + 1 < n) {
        const std::string_view g = Gap(text, t[i], t[i + 1]);
        const std::string_view nx = t[i + 1].lower;
        const int y2 = year_at(i + 1);
        if ((g == "/" || IsDash(g)) && nx.size() <= 2 && AllDigits(nx) &&
            std::stoi(std::string(nx)) == (y + 1) % (nx.size() == 1 ? 10 : 100)) {
          r.tail = "/" + std::to_string(y + 1);  // "2015/16", "2005-6"
          r.end = t[i + 1].end;
          ++i;
        } else if (g == "/" && y2 == y + 1) {
          r.tail = "/" + std::to_string(y2);  // "2015/2016"
          r.end = t[i + 1].end;
          ++i;
        } else if (IsDash(g) && y2 == y + 1 && FiscalYearBefore(text, t, i)) {
          r.tail = "/" + std::to_string(y2);  // "el ejercicio 2013-2014": one business year
          r.end = t[i + 1].end;
          ++i;
        } else if (IsDash(g) && y2 > y) {
          r.tail = "-" + std::to_string(y2);  // "2022-2025"
          r.end = t[i + 1].end;
          ++i;
        } else if (g.empty() &&
                   (InList(nx, {"bis", "a", "al", "to", "until", "hasta"}) ||
                    (i > 0 && ((nx == "and" && t[i - 1].lower == "between") ||
                               (nx == "und" && t[i - 1].lower == "zwischen") ||
                               (nx == "y" && t[i - 1].lower == "entre") ||
                               (InList(nx, {"and", "und", "y"}) &&  // "der Jahre 2016 und 2017"
                                InList(t[i - 1].lower, {"years", "jahre", "jahren", "años"}) &&
                                year_at(i + 2) == y + 1)))) &&
                   year_at(i + 2) > y) {  // "between 2019 and 2022", "zwischen 2019 und
                                          // 2022", "entre 2019 y 2022"
          r.tail = "-";
          r.tail += std::to_string(year_at(i + 2));
          r.end = t[i + 2].end;
          i += 2;
        } else if (g.empty() && (InList(nx, {"q1", "q2", "q3", "q4"}))) {
          r.tail = std::string("-Q") + nx[1];  // "2024 Q3"
          r.end = t[i + 1].end;
          ++i;
        }
      }
      // "from 2020 to 2026": a span, no comparison base; a month keeps its base ("gegenüber
      // April 2014", "compared with June 2004": the figure between is that month's).
      if (YearSpanTail(r.tail)) r.base = Raw::kNoBase;
      // "well below 2011's 6.4%": a possessive year names the figure right after it.
      if (r.tail.empty() && t[i].end + 2 < text.size() &&
          scan::PossessiveLength(text.substr(t[i].end)) > 0) {
        r.base = Raw::kNoBase;
      }
      out->push_back(std::move(r));
      continue;
    }
    // The word's month (0: none), asked by the month phrases below.
    const int w_month = MonthNumber(w);
    // ---- a business year given by months, a year apart: "octubre 98-septiembre 99",
    // "Oktober 2014 bis September 2015", "zwischen Mai 2010 und April 2011" -> "2014/2015",
    // "2010/2011"; other months of different years after a start word are the span of their
    // years: "von Mai 2010 bis Oktober 2013", "between February 2007 and October 2009", "entre
    // mayo de 2010 y octubre de 2013" -> "2010-2013" (not the month it starts in).
    if (i + 4 < n && w_month > 0) {
      auto short_year = [&](size_t k) {
        const std::string_view d = t[k].lower;
        if (d.size() == 4) return year_at(k);
        if (d.size() != 2 || !AllDigits(d)) return -1;
        const int v = std::stoi(std::string(d));
        return v >= 50 ? 1900 + v : 2000 + v;
      };
      // The year token after the month at k ("Mai 2010", "mayo de 2010", "May of 2010").
      auto year_token = [&](size_t k) {
        return k + 2 < n && InList(t[k + 1].lower, {"de", "del", "of"}) &&
                       Gap(text, t[k + 1], t[k + 2]).empty()
                   ? k + 2
                   : k + 1;
      };
      const size_t y1_at = year_token(i);
      const int y1 = y1_at + 3 < n ? short_year(y1_at) : -1;
      if (y1 > 0) {
        const std::string_view g = Gap(text, t[y1_at], t[y1_at + 1]);
        const std::string_view c = t[y1_at + 1].lower;
        const bool to = g.empty() && InList(c, {"bis", "a", "to", "until", "hasta"});
        // "and" joins a span only after "between" / "zwischen" / "entre" before the month.
        const bool and_span = g.empty() && i > 0 &&
                              ((c == "and" && t[i - 1].lower == "between") ||
                               (c == "und" && t[i - 1].lower == "zwischen") ||
                               (c == "y" && t[i - 1].lower == "entre"));
        const size_t k = IsDash(g) ? y1_at + 1 : y1_at + 2;
        const size_t y2_at =
            (IsDash(g) || to || and_span) && MonthNumber(t[k].lower) > 0 ? year_token(k) : n;
        const int y2 = y2_at < n ? short_year(y2_at) : -1;
        // The business year: one year apart, the second month the one before the first or
        // the same ("Oktober 2014 bis September 2015", "zwischen Mai 2010 und April 2011",
        // "octubre 98-octubre 99"), whatever joins them (but see `started` below).
        const int m2 = y2 > 0 ? MonthNumber(t[k].lower) : 0;
        // A span needs its start word before the first month ("von", "from", "de", "desde",
        // "between", …): "rose 3% in March 2012 to May 2014 levels" names two points; so does
        // a business year joined by a word ("in July 2012 to June 2013 levels"), not by a
        // dash ("octubre 98-septiembre 99"). January opens no business year: "von Januar 2012
        // bis Januar 2013" is a span.
        const bool started = i > 0 && InList(t[i - 1].lower, {"von", "vom", "from", "de", "desde",
                                                              "between", "zwischen", "entre"});
        const bool split = y2 == y1 + 1 && m2 > 0 && w_month != 1 &&
                           (m2 == w_month - 1 || m2 == w_month) && (started || IsDash(g));
        const bool span =
            started && y2 > y1 && t[y1_at].lower.size() == 4 && t[y2_at].lower.size() == 4;
        if (split || span) {
          out->push_back({t[i].start, t[y2_at].end, y1, (split ? "/" : "-") + std::to_string(y2)});
          i = y2_at;
          continue;
        }
        // Months of one year after a start word ("von Januar 2012 bis Dezember 2012", "from
        // July 2012 to September 2012"): a quarter, a half or the whole year as when the
        // year is written once (MonthSpanTail), else the year (the annotation guide's periods
        // are years, halves and quarters).
        if (started && y2 == y1 && m2 > w_month && t[y1_at].lower.size() == 4 &&
            t[y2_at].lower.size() == 4) {
          std::string tail;
          if (!MonthSpanTail(w_month, m2, &tail)) tail.clear();
          out->push_back({t[i].start, t[y2_at].end, y1, std::move(tail)});
          i = y2_at;
          continue;
        }
      }
    }
    // ---- English "the three months to December (2004)", "the quarter ending June 30",
    // "the three months through to 31 March": the quarter that month ends -> "-Q4"; "the
    // six months to June" -> "-H1", "the nine months to September" -> "-Q1-Q3"; the year as
    // for "the fourth quarter" (stated after it, else the year named before). A month that
    // ends no such part of the year ("three months to November", "six months to March": a
    // business year's) names none, nor do "the six months to December" (mostly the first
    // half of a business year ending in June).
    if (const int span = MonthsSpanWord(t, i); span > 0) {
      const size_t noun = span == 3 && w == "quarter" ? i : i + 1;
      size_t k = noun + 2;
      if (k < n && InList(t[noun + 1].lower, {"to", "ending", "ended", "through"})) {
        if (t[noun + 1].lower == "through" && k + 1 < n && t[k].lower == "to") ++k;
        if (k + 1 < n && DayOfMonth(t[k].lower)) ++k;  // "to 31 December"
        const int m = k < n ? MonthNumber(t[k].lower) : 0;
        std::string tail;
        if (span == 3 && m % 3 == 0) {
          tail = "-Q" + std::to_string(m / 3);
        } else if (span == 6 && m == 6) {
          tail = "-H1";
        } else if (span == 9 && m == 9) {
          tail = "-Q1-Q3";
        }
        if (m > 0 && !tail.empty()) {
          size_t last = k;  // "September 30"
          if (k + 1 < n && DayOfMonth(t[k + 1].lower) && year_at(k + 1) < 0) last = k + 1;
          size_t at = last;
          const int y = year_after(last, &at);
          if (DeadlineVerbAfter(text, t, at)) {  // "has three months to March to repay"
            i = at;
            continue;
          }
          out->push_back({t[i].start, t[at].end, y >= 0 ? y : kNeedsYear, std::move(tail)});
          i = at;
          continue;
        }
      }
    }
    // ---- a quarter by its months: "the October-to-December quarter", "das
    // Juli-September-Quartal", "el trimestre octubre-diciembre" -> "-Q4" / "-Q3"; the year as
    // for "the fourth quarter" (stated after it, else the year named before)
    if (const int m1 = w_month; m1 > 0 && m1 % 3 == 1 && i + 1 < n) {
      auto joined = [&](size_t a) {  // tokens a and a + 1 written as one phrase
        const std::string_view g = Gap(text, t[a], t[a + 1]);
        return g.empty() || IsDash(g);
      };
      size_t k = i + 1;
      if (k + 1 < n && InList(t[k].lower, {"to", "through", "bis", "a"}) && joined(i)) ++k;
      if (MonthNumber(t[k].lower) == m1 + 2 && joined(k - 1)) {
        size_t noun = 0;
        if (k + 1 < n && QuarterNoun(t[k + 1].lower) && joined(k)) {
          noun = k + 1;
        } else if (i > 0 && QuarterNoun(t[i - 1].lower) && Gap(text, t[i - 1], t[i]).empty()) {
          noun = k;
        }
        if (noun != 0) {
          const std::string tail = "-Q" + std::to_string((m1 + 2) / 3);
          const uint32_t start = noun == k ? t[i - 1].start : t[i].start;
          size_t at = noun;
          const int y = year_after(noun, &at);
          out->push_back({start, t[at].end, y >= 0 ? y : kNeedsYear, tail});
          i = at;
          continue;
        }
      }
    }
    // ---- a quarter or half by its months without the noun: "between July and September
    // 2004", "from October to December", "von Jänner bis März", "entre julio y septiembre" ->
    // "-Q3" / "-Q4" / "-Q1"; "January to June" "-H1", "July to December" "-H2", "enero a
    // septiembre" "-Q1-Q3". The year as for "the fourth quarter" (stated after it, else the
    // year named before); none before a relative year ("von Januar bis Juni dieses Jahres").
    if (const int m1 = w_month; m1 > 0 && i + 2 < n && Gap(text, t[i], t[i + 1]).empty() &&
                                Gap(text, t[i + 1], t[i + 2]).empty()) {
      const std::string_view c = t[i + 1].lower;
      const std::string_view pre = i > 0 ? std::string_view(t[i - 1].lower) : "";
      const bool joined = InList(c, {"to", "through", "bis", "a", "hasta"}) ||
                          (c == "and" && pre == "between") || (c == "und" && pre == "zwischen") ||
                          (c == "y" && pre == "entre");
      const int m2 = joined ? MonthNumber(t[i + 2].lower) : 0;
      std::string tail;
      if (m2 > 0 && MonthSpanTail(m1, m2, &tail) && !tail.empty()) {
        size_t at = i + 2;
        const int y = year_after(i + 2, &at);
        const std::string_view after = at + 1 < n ? std::string_view(t[at + 1].lower) : "";
        if (y >= 0) {
          out->push_back({t[i].start, t[at].end, y, tail});
        } else if (!InList(after, {"dieses", "diesen", "des", "this", "of", "last", "next", "este",
                                   "del", "de", "pasado"})) {
          out->push_back({t[i].start, t[at].end, kNeedsYear, tail});
        }
        i = at;
        continue;
      }
      // Other months of one stated year after a start word ("between May and June 2007",
      // "von Februar bis Mai 2012", "de marzo a julio de 2008", "from January to December
      // 2004"): the year, not the month that ends them.
      if (m2 > m1 &&
          InList(pre, {"between", "from", "zwischen", "von", "vom", "entre", "de", "desde"})) {
        size_t at = i + 2;
        if (const int y = year_after(i + 2, &at); y >= 0) {
          out->push_back({t[i].start, t[at].end, y, ""});
          i = at;
          continue;
        }
      }
    }
    // ---- Spanish: a month without a year after "en" / "de" ("subió un 2 % en marzo", "el 1,1 %
    // de abril"): that month of the year named before it, as a quarter without a year. Not a
    // day's date ("el 3 de mayo": a day 1-31 before "de"; a number before "en" is a figure), a
    // bound ("antes de junio", "a partir de mayo"), a range ("de enero a marzo", "en julio y
    // agosto": a conjunction then another month; "en marzo y bajó" is a month), a month with a
    // year or relative year after it ("marzo de 2004", "abril del año pasado") or a
    // capitalised name ("Plaza de Mayo").
    if (const int m = w_month;
        m > 0 && i > 0 && InList(t[i - 1].lower, {"en", "de"}) && text[t[i].start] >= 'a' &&
        text[t[i].start] <= 'z' && Gap(text, t[i - 1], t[i]).empty() &&
        !(i > 1 && ((t[i - 1].lower == "de" && t[i - 2].lower.size() <= 2 &&
                     AllDigits(t[i - 2].lower) && std::stoi(std::string(t[i - 2].lower)) >= 1 &&
                     std::stoi(std::string(t[i - 2].lower)) <= 31) ||
                    InList(t[i - 2].lower, {"antes", "después", "desde", "partir"})))) {
      const bool tail_free =
          i + 1 >= n || (Gap(text, t[i], t[i + 1]) != "-" && year_at(i + 1) < 0 &&
                         !InList(t[i + 1].lower, {"a", "al", "hasta", "de", "del", "pasado",
                                                  "próximo", "último", "anterior", "siguiente"}) &&
                         !(InList(t[i + 1].lower, {"y", "e", "o"}) && i + 2 < n &&
                           MonthNumber(t[i + 2].lower) > 0));
      if (tail_free) {
        out->push_back({t[i].start, t[i].end, kNeedsYear, MonthTail(m)});
        continue;
      }
    }
    // ---- English: a month without a year after "in" ("exports rose 4% in March", "In May,
    // sales fell 2%"): that month of the year named before it, as the Spanish month above.
    // Only a capitalised month name ("may" is a verb); not a month with a year, a
    // relative year or a day after it ("in March 2004", "in March last year", "in May of
    // that year", "in June 12"), a range ("in July and August", "in May to July", "in
    // March, April and May") or a possessive ("in May's election"). Not the month of a
    // report ("said in May it would …": a speech verb or "announced" before "in"), of a
    // starting point ("since listing in March") or of a fiscal year's end ("the year ending
    // in March"). It dates only a figure close to it (MonthAloneReaches).
    if (const int m = w_month; m > 0 && i > 0 && t[i - 1].lower == "in" &&
                               text[t[i].start] >= 'A' && text[t[i].start] <= 'Z' &&
                               Gap(text, t[i - 1], t[i]).empty() &&
                               scan::PossessiveLength(text.substr(t[i].end)) == 0) {
      static constexpr const auto& kReportVerbs =
          lexicon::kSelected<lexicon::kSpeechWords, lexicon::kEn, 0>;
      // Token k-1 and k in one clause: no ", " or ";" between them ("82,000" is one figure).
      auto joined_back = [&](size_t k) {
        const std::string_view g = text.substr(t[k - 1].end, t[k].start - t[k - 1].end);
        return g.find(", ") == std::string_view::npos && g.find(';') == std::string_view::npos;
      };
      const std::string_view verb = i > 1 ? std::string_view(t[i - 2].lower) : "";
      bool since = false;   // "since" a few words before "in" in the same clause
      bool report = false;  // a report verb right before "in" or before its object
      bool from = false;    // "from" a few words before "in": a comparison base's month
      for (size_t k = i - 1; k > 0 && k + 5 > i && joined_back(k); --k) {
        from = from || t[k - 1].lower == "from";
        if (k + 4 == i) continue;  // "from" reaches one word further than the others
        since = since || t[k - 1].lower == "since";
        report = report || (k + 3 > i && (scan::InListLower(t[k - 1].lower, kReportVerbs) ||
                                          t[k - 1].lower == "announced"));
      }
      const bool head_free = !since && !report && !InList(verb, {"ending", "ended", "ends", "end"});
      const bool month_next = i + 2 < n && MonthNumber(t[i + 2].lower) > 0;
      const bool tail_free =
          i + 1 >= n ||
          (!IsDash(Gap(text, t[i], t[i + 1])) && !scan::IsDigit(t[i + 1].lower[0]) &&
           !(Gap(text, t[i], t[i + 1]) == "," && MonthNumber(t[i + 1].lower) > 0) &&
           !InList(t[i + 1].lower, {"of", "last", "this", "next"}) &&
           !(InList(t[i + 1].lower, {"and", "or", "to", "through", "until"}) && month_next));
      if (head_free && tail_free) {
        Raw r{t[i].start, t[i].end, kNeedsYear, MonthTail(m)};
        r.month_alone = true;
        r.month_opens = i == 1;
        r.month_than = i + 1 < n && t[i + 1].lower == "than";
        // A comparison base's month ("to 79,000 in May from 82,000 in November") later than
        // the sentence's month before it is of the year before.
        r.month_from_to = from && i + 1 < n && t[i + 1].lower == "to";
        if (from) {
          for (const Raw& o : *out) {
            if (o.month_alone && o.start >= s && m > std::stoi(o.tail.substr(1))) {
              r.month_year_before = true;
            }
          }
        }
        out->push_back(std::move(r));
        continue;
      }
    }
    // ---- fiscal years "FY2025", "FY25", "FY 2025"
    if (w.size() >= 2 && w[0] == 'f' && w[1] == 'y') {
      std::string_view rest = w.substr(2);
      if (rest.empty() && i + 1 < n && AllDigits(t[i + 1].lower) &&
          (t[i + 1].lower.size() == 2 || t[i + 1].lower.size() == 4)) {
        rest = t[i + 1].lower;
        ++i;
      }
      if (AllDigits(rest) && (rest.size() == 2 || rest.size() == 4)) {
        int y = std::stoi(std::string(rest));
        if (rest.size() == 2) y += 2000;
        if (IsYearNumber(y)) out->push_back({t[i].start, t[i].end, y, ""});
      }
      continue;
    }
    // ---- "Q3 2024", "3Q 2024", "H1 2024", "1H 2024" (never "H100", "H20", "Q7")
    const bool q_tok = w.size() == 2 && ((w[0] == 'q' && w[1] >= '1' && w[1] <= '4') ||
                                         (w[1] == 'q' && w[0] >= '1' && w[0] <= '4'));
    const bool h_tok = w.size() == 2 && ((w[0] == 'h' && (w[1] == '1' || w[1] == '2')) ||
                                         (w[1] == 'h' && (w[0] == '1' || w[0] == '2')));
    if (q_tok || h_tok) {
      const char num = scan::IsDigit(w[0]) ? w[0] : w[1];
      const std::string tail = std::string(q_tok ? "-Q" : "-H") + num;
      size_t at = i;
      const int y = year_after(i, &at);
      if (y >= 0) {
        out->push_back({t[i].start, t[at].end, y, tail});
        i = at;
      } else if (i > 0 && InList(t[i - 1].lower, {"im", "in", "en", "el", "the", "del", "des"})) {
        out->push_back({t[i].start, t[i].end, kNeedsYear, tail});
      }
      continue;
    }
    // ---- ordinal + quarter / half; "ersten drei Quartale", "first nine months"
    int ord = Ordinal(w);
    size_t noun = i + 1;
    if (ord == 0 && w.size() == 1 && w[0] >= '1' && w[0] <= '4' && t[i].end < text.size() &&
        text[t[i].end] == '.') {
      ord = w[0] - '0';  // "3. Quartal"
    }
    if (ord > 0 && noun < n) {
      std::string tail;
      const std::string_view nw = t[noun].lower;
      if (ord == 1 && noun + 1 < n && InList(nw, {"drei", "tres", "three"}) &&
          InList(t[noun + 1].lower, {"quartale", "quartalen", "trimestres", "quarters"})) {
        tail = "-Q1-Q3";
        ++noun;
      } else if (noun + 1 < n &&
                 InList(t[noun + 1].lower, {"monate", "monaten", "meses", "months"})) {
        // "first nine months", "ersten sechs Monate", "últimos tres meses"
        const int months = InList(nw, {"drei", "tres", "three"})   ? 3
                           : InList(nw, {"sechs", "seis", "six"})  ? 6
                           : InList(nw, {"neun", "nueve", "nine"}) ? 9
                                                                   : 0;
        if (ord == 1 && months == 3) tail = "-Q1";
        if (ord == 1 && months == 6) tail = "-H1";
        if (ord == 1 && months == 9) tail = "-Q1-Q3";
        if (ord >= 4 && months == 3) tail = "-Q4";  // "the final / last three months"
        if (ord >= 4 && months == 6) tail = "-H2";
        if (!tail.empty()) ++noun;
      } else if (QuarterNoun(nw) && ord <= 4) {
        tail = "-Q" + std::to_string(ord);
      } else if (QuarterNoun(nw) && ord == 5) {
        // "the last quarter of 2004", "el último trimestre de 2020": the fourth, only with
        // its year ("in the last quarter" alone is the latest one).
        size_t at = noun;
        if (const int y = year_after(noun, &at); y >= 0) {
          out->push_back({t[i].start, t[at].end, y, "-Q4"});
          i = at;
          continue;
        }
      } else if (HalfNoun(nw) && ord <= 2) {
        tail = "-H" + std::to_string(ord);
      }
      if (!tail.empty()) {
        size_t at = noun;
        const int y = year_after(noun, &at);
        if (y >= 0) {
          out->push_back({t[i].start, t[at].end, y, tail});
          i = at;
        } else {
          out->push_back({t[i].start, t[noun].end, kNeedsYear, tail});
          i = noun;
        }
        continue;
      }
    }
    // ---- "a year ago", "the previous year", "im Vorjahr", "un año antes": a comparison base
    // one year before the period the sentence is about; it names only a figure standing
    // between a comparison word and the phrase ("from 798m euros a year ago").
    {
      size_t first = i, last = i;
      const std::string_view nx = i + 1 < n ? std::string_view(t[i + 1].lower) : "";
      const std::string_view nx2 = i + 2 < n ? std::string_view(t[i + 2].lower) : "";
      bool before = false;
      if ((w == "a" || w == "one") && nx == "year" &&
          InList(nx2, {"ago", "earlier", "before", "previously"})) {
        before = true;
        last = i + 2;
      } else if (w == "year" && InList(nx, {"ago", "earlier"}) &&
                 IsDash(Gap(text, t[i], t[i + 1]))) {
        before = true;  // "the year-ago period", "year-earlier profit"
        last = i + 1;
      } else if (InList(w, {"previous", "prior", "preceding"}) && InList(nx, {"year", "year's"})) {
        before = true;
        last = i + 1;
      } else if (StartsWithAny(w, {"vorjahr"})) {
        before = true;
      } else if (w == "jahr" && i > 0 && InList(t[i - 1].lower, {"ein", "im", "dem", "das"}) &&
                 InList(nx, {"zuvor", "davor", "früher"})) {
        before = true;  // "ein Jahr zuvor", "im Jahr davor", "gegenüber dem Jahr davor"
        first = i - 1;
        last = i + 1;
      } else if (w == "vor" && nx == "einem" && nx2 == "jahr") {
        before = true;  // "vor einem Jahr"
        last = i + 2;
      } else if (InList(w, {"año", "ejercicio"}) &&
                 InList(nx, {"anterior", "antes", "precedente"})) {
        before = true;
        last = i + 1;
      } else if (w == "hace" && InList(nx, {"un"}) && nx2 == "año") {
        before = true;
        last = i + 2;
      }
      // "a year later", "the following year", "ein Jahr später", "im Jahr darauf", "im
      // Folgejahr", "un año después", "al año siguiente": the year after the one named
      // before the phrase (in its sentence, else in the text).
      bool after = false;
      if ((w == "a" || w == "one") && nx == "year" && nx2 == "later") {
        after = true;
        last = i + 2;
      } else if (w == "following" && InList(nx, {"year", "year's"}) && i > 0 &&
                 t[i - 1].lower == "the") {
        after = true;
        first = i - 1;
        last = i + 1;
      } else if (w == "jahr" && i > 0 && InList(t[i - 1].lower, {"ein", "im", "dem", "das"}) &&
                 InList(nx, {"später", "darauf", "danach"})) {
        after = true;
        first = i - 1;
        last = i + 1;
      } else if (StartsWithAny(w, {"folgejahr"})) {
        after = true;
      } else if (w == "año" && i > 0 && InList(t[i - 1].lower, {"un", "al", "el"}) &&
                 (InList(nx, {"después", "siguiente"}) || (nx == "más" && nx2 == "tarde"))) {
        after = true;
        first = i - 1;
        last = nx == "más" ? i + 2 : i + 1;
      }
      if (after) {
        out->push_back({t[first].start, t[last].end, kYearAfter, ""});
        i = last;
        continue;
      }
      if (before) {
        // "against a $375m ($195m) profit a year before": conversions in brackets between.
        const bool based = year_before_base(first, last);
        if (!based && OpensSentence(t, first)) {
          // A German sentence opening with the phrase is about that year, no comparison word
          // needed (a plain mention: it frames the sentence's figures). "Im Vorjahr", "Vor
          // einem Jahr" count from the publication, as "im vergangenen Jahr" does; "Im Jahr
          // davor", "Ein Jahr zuvor" from the year the text named last ("X machte 2019
          // Verlust. Im Jahr davor …" -> 2018).
          if (InList(w, {"vorjahr", "vor"})) {
            Raw r{t[first].start, t[last].end, reference_year ? *reference_year - 1 : kUnresolved,
                  ""};
            r.delta = -1;
            out->push_back(std::move(r));
          } else if (w == "jahr") {
            out->push_back({t[first].start, t[last].end, kYearBefore, ""});
          }
        } else if (!based) {
          // Inside a sentence, with no comparison word: a phrase that counts from a year the
          // text names ("ein Jahr zuvor", "a year earlier", "un año antes", not "a year ago",
          // "im Vorjahr") is the period of the figure nearest to it ("verdiente ein Jahr
          // zuvor 3 Mio. Euro" -> the year before).
          const bool named = w == "jahr" ||
                             ((w == "a" || w == "one") && InList(nx2, {"earlier", "before"})) ||
                             (w == "año" && InList(nx, {"antes", "anterior"}));
          // "zwei Mal so viele wie im Jahr zuvor", "más que el año anterior", "more than a
          // year earlier": a comparison all the same (the word before, or before an article).
          auto comparison_word = [&](size_t k) {
            return InList(t[k].lower, {"wie", "als", "que", "as", "than"});
          };
          const bool compared =
              first > 0 && (comparison_word(first - 1) ||
                            (first > 1 && InList(t[first - 1].lower, {"el", "the", "dem"}) &&
                             comparison_word(first - 2)));
          if (named && !compared) {
            out->push_back({t[first].start, t[last].end, kYearBefore, ""});
          }
        }
        i = last;
        continue;
      }
      // "the $148m writedown versus the previous quarter", "gegenüber dem Vorquartal", "frente al
      // trimestre anterior": a comparison base one quarter before the sentence's quarter.
      bool quarter_before = false;
      if (InList(w, {"previous", "prior", "preceding"}) && InList(nx, {"quarter", "quarter's"})) {
        quarter_before = true;
        last = i + 1;
      } else if (StartsWithAny(w, {"vorquartal"})) {
        quarter_before = true;
      } else if (w == "trimestre" && InList(nx, {"anterior", "precedente"})) {
        quarter_before = true;
        last = i + 1;
      }
      if (quarter_before) {
        // A charge, profit … "from the previous quarter" (no figure right before "from") is
        // that quarter's, as "in the previous quarter" is: a plain mention.
        const uint32_t base = ComparisonBase(text, t, i, 12, ",;");
        size_t b = base == Raw::kNoBase ? 0 : base;
        while (b > 0 && text[b - 1] == ' ') --b;
        const bool plain =
            base == Raw::kNoBase || (text.substr(base, 4) == "from" && b > 0 &&
                                     text[b - 1] != '%' && !scan::IsDigit(text[b - 1]));
        if (plain) {
          out->push_back({t[i].start, t[last].end, kQuarterBefore, ""});
        } else {
          (void)year_before_base(i, last, kQuarterBefore);
        }
        i = last;
        continue;
      }
    }
    // ---- "in the quarter", "during the same quarter", "in diesem Quartal", "en el
    // trimestre": the quarter named before (not "the quarter ending …", "el trimestre de …",
    // "im Quartal": per quarter; not "in the quarter before", "in dem Quartal davor", "en el
    // trimestre anterior": another quarter)
    if (QuarterNoun(w) && i >= 2 && year_at(i + 1) < 0 &&
        (i + 1 >= n ||
         !InList(t[i + 1].lower, {"of", "de", "del", "des", "ending", "ended", "to", "through",
                                  "hasta", "before", "earlier", "prior", "previous", "davor",
                                  "zuvor", "vorher", "previo", "anterior", "precedente"}))) {
      size_t k = i - 1;  // the determiner
      if (k >= 2 && InList(t[k].lower, {"same", "selben", "gleichen", "mismo"})) --k;
      if (InList(t[k].lower, {"the", "this", "diesem", "dem", "el", "este", "ese"}) &&
          InList(t[k - 1].lower, {"in", "during", "for", "over", "en", "durante"}) &&
          Gap(text, t[k - 1], t[k]).empty() && Gap(text, t[k], t[i]).empty()) {
        out->push_back({t[k - 1].start, t[i].end, kSameQuarter, ""});
        continue;
      }
    }
    // ---- relative years, resolved against the publication year (kUnresolved without it)
    int delta = 99;
    bool weak = false;
    size_t last = i;
    const std::string_view nx = i + 1 < n ? std::string_view(t[i + 1].lower) : "";
    const bool jahr = InList(nx, {"jahr", "jahres", "jahrs"});
    if (jahr &&
        InList(w, {"vergangenen", "vergangenes", "letzten", "letztes", "vorigen", "voriges"})) {
      delta = -1;
    } else if (jahr && InList(w, {"diesem", "dieses", "laufenden", "laufende", "laufendes"})) {
      delta = 0;
    } else if (jahr && InList(w, {"nächsten", "nächstes", "kommenden", "kommendes"})) {
      delta = 1;
    } else if (InList(w, {"heuer"})) {
      delta = 0;
      last = i - 1;
    } else if (InList(w, {"heute", "derzeit", "nun", "jetzt", "today", "currently", "now", "hoy",
                          "actualmente", "ahora"})) {
      delta = 0;
      last = i - 1;
      weak = true;
    } else if (w == "año" && InList(nx, {"pasado"})) {
      delta = -1;
    } else if (w == "pasado" && nx == "año") {
      delta = -1;
    } else if (w == "este" && nx == "año") {
      delta = 0;
    } else if ((w == "próximo" && nx == "año") || (w == "año" && nx == "próximo")) {
      delta = 1;
    } else if (w == "año" && nx == "que" && i + 2 < n && t[i + 2].lower == "viene") {
      delta = 1;
      ++last;
    } else if (nx == "year" && InList(w, {"last", "this", "next"})) {
      delta = w == "last" ? -1 : w == "this" ? 0 : 1;
    }
    if (delta == 99) continue;
    last = std::min(last + 1, n - 1);
    // A year right after the phrase is stated outright ("das laufende Jahr 2016").
    if (year_at(last + 1) >= 0) continue;
    // Without a publication year, "last year" as a comparison base is the year before the
    // sentence's period, as "a year ago" is ("9 millones en 2003, frente a los 6 millones
    // del año pasado" -> 2002).
    if (!reference_year && delta == -1 && !weak && year_before_base(i, last)) {
      i = last;
      continue;
    }
    Raw r{t[i].start, t[last].end, reference_year ? *reference_year + delta : kUnresolved, ""};
    r.weak = weak;
    r.delta = delta;
    out->push_back(std::move(r));
    i = last;
  }
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// Whether a comparison word comes right before position `b` (after trailing spaces), not
// looking before `from`: "from 2003", "than in 2003", "gegenüber 2014", "wie schon 2014", "as
// in 2003", "como en 2003", "(of) the same period of 2003" - not the year a report is
// about. (Spanish "mismo periodo" often names the figure's own period: not read.)
bool ComparisonBefore(std::string_view text, size_t from, size_t b) {
  while (b > from && text[b - 1] == ' ') --b;
  const size_t w0 = b >= from + 20 ? b - 20 : from;
  const std::string_view before = text.substr(w0, b - w0);
  for (std::string_view w :
       {"from", "than", "than in", "on", "gegenüber", "frente a", "compared with", "respecto a",
        " wie schon", " wie bereits", " wie zuletzt", " as in", " like in", " como en",
        " same period of", " same period in"}) {
    if (before.ends_with(w)) return true;
  }
  return false;
}

using period_detail::YearMention;

// Start of the next ASCII digit in text[i, n), or n. 16 bytes at a time where SSE2 exists.
size_t NextDigit(const char* p, size_t i, size_t n) {
#if defined(__SSE2__)
  const __m128i lo = _mm_set1_epi8('0' - 1), hi = _mm_set1_epi8('9' + 1);
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Signed compares: bytes >= 0x80 are negative, below '0'.
    const int mask = _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi)));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i < n && !scan::IsDigit(p[i])) ++i;
  return i;
}

// Every plain 4-digit year of `text`, in text order (one byte scan of the text, or a visit
// of the digit-run starts of `blocks` when they are for `text`).
void ScanYears(std::string_view text, std::vector<YearMention>* out,
               const TextBlocks* blocks = nullptr) {
  out->clear();
  const size_t n = text.size();
  // The digit run from text[i]: a year mention when it has four digits and neither a letter
  // nor a digit next to it. Returns the run's end.
  auto run = [&](size_t i) {
    size_t k = i;
    while (k < n && scan::IsDigit(text[k])) ++k;
    if (k - i == 4 && (i == 0 || !scan::IsAsciiAlnum(text[i - 1])) &&
        (k >= n || !scan::IsAsciiAlnum(text[k]))) {
      const Token t{static_cast<uint32_t>(i), static_cast<uint32_t>(k), text.substr(i, 4)};
      if (const int y = YearAt(text, t); y >= 0) {
        out->push_back(
            {static_cast<uint32_t>(i), y, ComparisonBefore(text, 0, i), LawYearEs(text, i)});
      }
    }
    return k;
  };
  if (blocks != nullptr && blocks->For(text)) {
    for (size_t b = 0; b < blocks->digit_starts.size(); ++b) {
      for (uint64_t s = blocks->digit_starts[b]; s != 0; s &= s - 1) {
        run(b * 64 + static_cast<size_t>(__builtin_ctzll(s)));
      }
    }
    return;
  }
  size_t i = 0;
  while ((i = NextDigit(text.data(), i, n)) < n) i = run(i);
}

// The last year of `years` stated in text[from, to) that is not a comparison base (the
// comparison word is looked for only from `from` on); -1 if none.
int LastYear(std::string_view text, std::span<const YearMention> years, size_t from, size_t to) {
  auto it = std::lower_bound(years.begin(), years.end(), from,
                             [](const YearMention& m, size_t v) { return m.pos < v; });
  int last = -1;
  for (; it != years.end() && it->pos + 4 <= to; ++it) {
    if (it->law) continue;
    if (!it->base || !ComparisonBefore(text, from, it->pos)) last = it->year;
  }
  return last;
}

// Up to `n` bytes before `pos`, ASCII lower-cased, without trailing spaces, commas, "(" and
// a trailing Spanish "de"; written into *buf (no allocation once it has the capacity).
std::string_view LowerBefore(std::string_view text, size_t pos, size_t n, std::string* buf) {
  const size_t from = pos > n ? pos - n : 0;
  std::string& s = *buf;
  s.assign(text.substr(from, pos - from));
  for (char& c : s) c = scan::LowerAscii(c);
  auto trim = [&s] {
    while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '(')) s.pop_back();
  };
  trim();
  if (s.ends_with(" de")) s.resize(s.size() - 3);
  trim();
  return s;
}

// The date that ends right before a year ("im Juni 2013", "30 June 2013", "June 30, 2013",
// "12 de marzo de 2016", "mayo del 2018", "23. 8. 2011"), as DateBeforeYear reads it.
enum class DateBefore : uint8_t {
  kNone,    // no date: the year stands alone ("im Jahr 2013", "the end of 2013")
  kMonth,   // a month name without a day ("im Juni 2013", "July of 1997", "mayo del 2018")
  kDay,     // a day and a month name ("30. Juni 2013", "June 30, 2013", "12 de marzo de 2016")
  kDigits,  // a day and a month in digits ("23. 8. 2011", "23.8.2011")
};

// The date before the year at `year_pos` in `text` (a day 1–31, a month 1–12). For kMonth and
// kDay, *before: the lower-cased text before the month name (in *buf, LowerBefore's buffer),
// and the day is before the month or right after it. The one home of both date readers:
// TextReferenceYear (a date line) and DatedYear (a year named in a date).
DateBefore DateBeforeYear(std::string_view text, size_t year_pos, std::string* buf,
                          std::string_view* before) {
  std::string_view v = LowerBefore(text, year_pos, 48, buf);
  if (v.ends_with(" del")) v.remove_suffix(4);
  if (v.ends_with(" of")) v.remove_suffix(3);
  constexpr size_t kNoNumber = std::string_view::npos;
  // Up to two digits of `t` ending at `end` that make a number in [1, max], as a word: where
  // they start, or kNoNumber.
  auto number_before = [](std::string_view t, size_t end, int max) -> size_t {
    size_t k = end;
    while (k > 0 && scan::IsDigit(t[k - 1])) --k;
    if (k == end || end - k > 2 || (k > 0 && scan::IsAsciiAlnum(t[k - 1]))) return kNoNumber;
    const int n = end - k == 1 ? t[k] - '0' : (t[k] - '0') * 10 + (t[k + 1] - '0');
    return n >= 1 && n <= max ? k : kNoNumber;
  };
  size_t m = 0;
  // "June 30, 2013": the day after the month (LowerBefore dropped the comma).
  size_t d = v.size();
  while (d > 0 && scan::IsDigit(v[d - 1])) --d;
  if (d < v.size() && d > 0 && v[d - 1] == ' ' && number_before(v, v.size(), 31) != kNoNumber &&
      EndsWithMonth(v.substr(0, d - 1), &m)) {
    *before = v.substr(0, m);
    return DateBefore::kDay;
  }
  if (EndsWithMonth(v, &m)) {
    *before = v.substr(0, m);
    // "30. Juni 2013", "12 de marzo de 2016", "30 June 2013": the day before it.
    std::string_view w = v.substr(0, m);
    while (!w.empty() && (w.back() == ' ' || w.back() == '.')) w.remove_suffix(1);
    if (w.ends_with(" de")) w.remove_suffix(3);
    return number_before(w, w.size(), 31) != kNoNumber ? DateBefore::kDay : DateBefore::kMonth;
  }
  // "23. 8. 2011", "23.8.2011": a month, then a day, in digits before it.
  size_t k = v.size();
  for (const int max : {12, 31}) {
    if (k == 0 || v[k - 1] != '.') return DateBefore::kNone;
    --k;
    while (k > 0 && v[k - 1] == ' ') --k;
    k = number_before(v, k, max);
    if (k == kNoNumber) return DateBefore::kNone;
    if (max == 12) {
      while (k > 0 && v[k - 1] == ' ') --k;
    }
  }
  return DateBefore::kDigits;
}

// The publication year a text states about itself, for texts without a publication time:
// a full date in its first 300 bytes ("Update vom 30. September 2024", "Madrid, 12 de marzo
// de 2016", "March 12, 2016") or a current-year statement anywhere ("im laufenden Jahr
// 2016", "este año 2000", "this year (2005)"). -1 when it states none. *current: the
// current-year statement's year alone (-1: none), the only one that tells the year of
// writing (a full date early in a text may date an event it reports).
int TextReferenceYear(std::string_view text, std::span<const YearMention> years, int* current_out) {
  int dated = -1, current = -1;
  thread_local std::string before, date_buf;  // LowerBefore's and DateBeforeYear's buffers
  for (const YearMention& ym : years) {
    if (current >= 0) break;
    if (ym.law) continue;
    const size_t i = ym.pos;
    const int y = ym.year;
    const std::string_view s = LowerBefore(text, i, 28, &before);
    for (std::string_view w :
         {"laufende jahr", "laufenden jahr", "laufenden jahres", "laufendes jahr", "diesem jahr",
          "dieses jahr", "este año", "presente año", "año en curso", "current year", "this year"}) {
      if (s.ends_with(w)) current = y;
    }
    // "30. September 2024", "12 de marzo de 2016", "March 12, 2016": a day and a month name.
    std::string_view month_before;
    if (dated < 0 && i < 300 &&
        DateBeforeYear(text, i, &date_buf, &month_before) == DateBefore::kDay) {
      dated = y;
    }
  }
  *current_out = current;
  return current >= 0 ? current : dated;
}

// The number and token part of MayStatePeriod, one byte at a time: true when `s` holds a run
// of exactly four ASCII digits, two digits before '-' ("98-"), "Q"/"H" before a digit or
// "FY" (either case).
bool PeriodTokenByteLoop(std::string_view s) {
  // Byte classes: 1 digit, 2 "Q"/"H" (before a digit), 4 "F" (before "Y"); most bytes 0.
  static constexpr std::array<uint8_t, 256> kClass = [] {
    std::array<uint8_t, 256> t{};
    for (int c = '0'; c <= '9'; ++c) t[c] = 1;
    for (char c : {'Q', 'q', 'H', 'h'}) t[static_cast<uint8_t>(c)] = 2;
    for (char c : {'F', 'f'}) t[static_cast<uint8_t>(c)] = 4;
    return t;
  }();
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const uint8_t cls = kClass[static_cast<uint8_t>(c)];
    if (cls == 1) {
      ++run;
      continue;
    }
    if (run != 0) {
      if (run == 4) return true;
      if (run == 2 && c == '-') return true;  // "octubre 98-septiembre 99"
      run = 0;
    }
    if (cls == 0 || i + 1 >= s.size()) continue;
    if (cls == 2 && scan::IsDigit(s[i + 1])) return true;
    if (cls == 4 && (s[i + 1] == 'Y' || s[i + 1] == 'y')) return true;
  }
  return run == 4;
}

// PeriodTokenByteLoop 16 bytes at a time: the sentence is copied between zero bytes (one
// before, 20 after) so that every test reads its neighbours by unaligned loads.
bool PeriodTokenBytes(std::string_view s) {
#if defined(__SSE2__)
  thread_local std::string padded;
  padded.assign(1, '\0');
  padded.append(s);
  padded.append(20, '\0');
  const char* p = padded.data() + 1;
  const __m128i d_lo = _mm_set1_epi8('0' - 1), d_hi = _mm_set1_epi8('9' + 1);
  const __m128i bit = _mm_set1_epi8(0x20);
  auto load = [](const char* q) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(q)); };
  auto digit = [&](__m128i v) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, d_lo), _mm_cmplt_epi8(v, d_hi));
  };
  auto is = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  for (size_t i = 0; i < s.size(); i += 16) {
    const __m128i v0 = load(p + i), v1 = load(p + i + 1), v2 = load(p + i + 2);
    const __m128i d0 = digit(v0), d1 = digit(v1), d2 = digit(v2);
    const __m128i before = digit(load(p + i - 1));
    // A run starting here of exactly four digits, or of two before '-'.
    const __m128i start = _mm_andnot_si128(before, _mm_and_si128(d0, d1));
    const __m128i four = _mm_and_si128(_mm_and_si128(d2, digit(load(p + i + 3))),
                                       _mm_andnot_si128(digit(load(p + i + 4)), start));
    const __m128i dash = _mm_and_si128(start, is(v2, '-'));
    // "Q3", "h1", "FY", "fy" (ASCII letters only: b | 0x20 is 'q', 'h' or 'f' only for them).
    const __m128i f0 = _mm_or_si128(v0, bit);
    const __m128i qh = _mm_and_si128(_mm_or_si128(is(f0, 'q'), is(f0, 'h')), d1);
    const __m128i fy = _mm_and_si128(is(f0, 'f'), is(_mm_or_si128(v1, bit), 'y'));
    const __m128i any = _mm_or_si128(_mm_or_si128(four, dash), _mm_or_si128(qh, fy));
    // Only positions inside the sentence count (the zero padding matches nothing anyway).
    if (_mm_movemask_epi8(any) != 0) return true;
  }
  return false;
#else
  return PeriodTokenByteLoop(s);
#endif
}

// Cheap test before tokenizing a sentence: false when it holds no 4-digit number, no
// "Q3"/"H1"/"3Q"/"FY" and no quarter, half or month word (then it states no absolute period).
bool MayStatePeriod(std::string_view s) {
  if (PeriodTokenBytes(s)) return true;
  // Quarter and half words; relative years, the present, "a year ago" and the anaphora
  // ("Jahr", "año", "year", "heute", "now", "damals", "at the time", "aquel entonces" …).
  // Months count with a year next to them (4 digits, or "98-"), and the months that end a
  // quarter or half ("between July and September"); Spanish months also alone ("en agosto";
  // "mayo" only after "de" / "en": not "mayor"), English ones after "in" ("in May"; "n May"
  // also lets "in Mayfair", "in Mayor" through: a gate for speed only, FindRaw reads words).
  static const LiteralSet kWords{
      "uartal",      "rimest",    "uarter",   "albjahr",   "hälfte",     "emestre",    "half",
      "mitad",       "onate",     "meses",    "months",    "Jahr",       "jahr",       "año",
      "year",        "heuer",     "Heuer",    "heute",     "Heute",      "derzeit",    "Derzeit",
      "oday",        "urrently",  "hoy",      "Hoy",       "ctualmente", "Nun ",       " nun ",
      "etzt",        "now",       "Now",      "hora",      "März",       "March",      "marzo",
      "Juni",        "June",      "junio",    "eptember",  "eptiembre",  "etiembre",   "ezember",
      "December",    "diciembre", "enero",    "febrero",   "abril",      "de mayo",    "en mayo",
      "julio",       "agosto",    "octubre",  "noviembre", "damals",     "Damals",     "t the time",
      "t that time", "ntonces",   " momento", "época",     "n January",  "n February", "n April",
      "n May",       "n July",    "n August", "n October", "n November"};
  return kWords.FoundIn(s);
}

// English: a year a thing began in ("founded in 1875", "set up in 1990", "built in 1962",
// "started in 1992", "began flying in 1993"): history the text recalls, not the year it
// reports on.
bool FoundingYearEn(std::string_view text, size_t year_pos) {
  static constexpr std::string_view kVerbs[] = {
      "founded in ", "established in ", "set up in ", "formed in ", "created in ",
      "built in ",   "opened in ",      "born in ",   "began in ",  "started in "};
  const std::string_view before = text.substr(0, year_pos);
  auto ends_with = [](std::string_view s, std::string_view v) {
    return s.size() >= v.size() && scan::EqualsLowerAscii(s.substr(s.size() - v.size()), v);
  };
  if (std::any_of(std::begin(kVerbs), std::end(kVerbs),
                  [&](std::string_view v) { return ends_with(before, v); })) {
    return true;
  }
  // "began flying in 1993", "started trading in 1998": the verb, a gerund, "in".
  if (!ends_with(before, "ing in ")) return false;
  size_t p = before.size() - 7;
  while (p > 0 && before[p - 1] >= 'a' && before[p - 1] <= 'z') --p;
  const std::string_view head = before.substr(0, p);
  return ends_with(head, "began ") || ends_with(head, "started ") || ends_with(head, "begun ");
}

// The clause boundaries (each counts kClausePenalty in AssignPeriods): , ; : ( ) (all below 64: one
// bit each).
constexpr uint64_t kClauseByteMask =
    (1ULL << ',') | (1ULL << ';') | (1ULL << ':') | (1ULL << '(') | (1ULL << ')');
constexpr bool IsClauseByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 64 && ((kClauseByteMask >> u) & 1) != 0;
}

// True when a relative clause starts at text[pos] (after a comma): a relative pronoun, or a
// preposition and one ("deren", "unter dem", "mit der"; "which", "who", "whose",
// "where"; "que", "quien", "donde", "cuyo", "en el que", "con la cual"). German "der", "die",
// "das", "den" also start an apposition ("4 Mrd. Euro, die höchste Summe", "…, der Konzern"):
// a relative pronoun only before a lower-case word without an adjective's ending ("die im
// Jahr 2007 …", "der 1984 gegründet wurde").
bool RelativeClauseAt(std::string_view text, size_t pos, Lang lang) {
  // The word before the comma: a weekday before a date ("am Dienstag, den 3. Mai 2022") or a
  // period noun the clause dates ("im Geschäftsjahr, das im Mai endete", "in the quarter,
  // which ended in May"): the clause dates the figure's own period.
  {
    size_t e = pos > 0 ? pos - 1 : 0;  // the comma
    size_t a = e;
    while (a > 0 && scan::IsWordOrHigh(text[a - 1])) --a;
    const std::string_view prev = text.substr(a, e - a);
    char buf[24];
    if (!prev.empty() && prev.size() <= sizeof buf) {
      for (size_t k = 0; k < prev.size(); ++k) buf[k] = scan::LowerAscii(prev[k]);
      const std::string_view w(buf, prev.size());
      if (InList(w, {"quarter", "year",      "half",      "month",     "period",   "week",
                     "monday",  "tuesday",   "wednesday", "thursday",  "friday",   "saturday",
                     "sunday",  "mittwoch",  "sonnabend", "trimestre", "semestre", "ejercicio",
                     "año",     "mes",       "periodo",   "período",   "semana",   "lunes",
                     "martes",  "miércoles", "jueves",    "viernes",   "sábado",   "domingo"}) ||
          (lang == Lang::kDe &&
           (w.ends_with("jahr") || w.ends_with("quartal") || w.ends_with("monat") ||
            w.ends_with("tag") || w.ends_with("woche")))) {
        return false;
      }
    }
  }
  size_t b = pos;
  while (b < text.size() && text[b] == ' ') ++b;
  auto word_at = [&](size_t at, size_t* end) {
    *end = scan::WordOrHighRunEnd(text, at);
    return text.substr(at, *end - at);
  };
  size_t e1 = 0;
  const std::string_view w1 = word_at(b, &e1);
  if (w1.empty()) return false;
  size_t e2 = e1;
  while (e2 < text.size() && text[e2] == ' ') ++e2;
  size_t e3 = 0;
  const std::string_view w2 = word_at(e2, &e3);
  switch (lang) {
    case Lang::kEn:
      return InList(w1, {"which", "who", "whose", "where", "whom"});
    case Lang::kDe: {
      if (InList(w1, {"deren", "dessen", "denen", "welche", "welcher", "welches", "wo"})) {
        return true;
      }
      if (InList(w1, {"unter", "in", "bei", "mit", "von", "auf", "an", "für", "nach", "seit",
                      "durch", "aus", "zu", "über", "gegen", "um"})) {
        if (InList(w2, {"denen", "deren", "dessen", "welchem", "welcher"})) return true;
        // "bei dem 1975 …", "mit der die Stadt …"; not an article ("mit dem Fahrrad",
        // "für das laufende Jahr"): a lower-case word or a number after it.
        if (!InList(w2, {"dem", "der"})) return false;
        size_t e4 = e3;
        while (e4 < text.size() && text[e4] == ' ') ++e4;
        size_t e5 = 0;
        const std::string_view w3 = word_at(e4, &e5);
        return !w3.empty() &&
               ((w3.front() >= 'a' && w3.front() <= 'z') ||
                (w3.front() >= '0' && w3.front() <= '9')) &&
               !w3.ends_with("e") && !w3.ends_with("en") && !w3.ends_with("er") &&
               !w3.ends_with("es");
      }
      if (!InList(w1, {"der", "die", "das", "den"})) return false;
      // "…, die im Jahr 2007 …", "…, der 1984 …": a pronoun before a preposition, a number,
      // a name; an apposition's article before an adjective ("die höchste", "der größte").
      if (w2.empty() || (w2.front() >= 'A' && w2.front() <= 'Z') ||
          static_cast<unsigned char>(w2.front()) >= 0x80) {
        return false;
      }
      return !w2.ends_with("e") && !w2.ends_with("en") && !w2.ends_with("er") &&
             !w2.ends_with("es");
    }
    case Lang::kEs: {
      if (InList(w1, {"que", "quien", "quienes", "donde", "cuyo", "cuya", "cuyos", "cuyas"})) {
        return true;
      }
      if (!InList(w1, {"en", "con", "por", "de", "desde", "para", "según", "tras", "a"})) {
        return false;
      }
      if (InList(w2, {"que", "quien", "quienes", "cual", "cuales"})) return true;
      if (!InList(w2, {"el", "la", "los", "las", "lo"})) return false;
      size_t e4 = e3;
      while (e4 < text.size() && text[e4] == ' ') ++e4;
      size_t e5 = 0;
      return InList(word_at(e4, &e5), {"que", "cual", "cuales"});
    }
    case Lang::kUnknown:
      return false;
  }
  return false;
}

// English: the year of an event that a "since" clause recalls ("the worst slump since a rival
// went bankrupt in 1987", "calm since the mayor resigned in 2004"): "in YEAR"
// with "since" at most 80 bytes before it and no clause boundary or sentence end between. A
// starting point, not the year the text reports on.
bool SinceClauseYearEn(std::string_view text, size_t year_pos) {
  if (year_pos < 4 || !scan::EqualsLowerAscii(text.substr(year_pos - 4, 4), " in ")) return false;
  const size_t end = year_pos - 3;  // the "i" of "in": the window ends with the blank
  const size_t from = end > 80 ? end - 80 : 0;
  const std::string_view window = text.substr(from, end - from);
  // The last "since" as a word (the text's start or a blank before it, a blank after it):
  // a substring search first (most windows have none), then the bytes after it.
  size_t last = std::string_view::npos;
  for (size_t m = window.find("ince "); m != std::string_view::npos;
       m = window.find("ince ", m + 1)) {
    if (m == 0) continue;
    const size_t k = from + m - 1;  // the 's'
    if ((text[k] == 's' || text[k] == 'S') && (k == 0 || text[k - 1] == ' ')) last = m - 1;
  }
  if (last == std::string_view::npos) return false;
  for (size_t k = last + 5; k < window.size(); ++k) {
    const char c = window[k];
    // A sentence end: a '.', '!' or '?' before a blank (not "$1.2bn").
    const bool stop =
        (c == '.' || c == '!' || c == '?') && k + 1 < window.size() && window[k + 1] == ' ';
    if (stop || IsClauseByte(c)) return false;
  }
  return true;
}

// English: a starting point or an end the text measures from or to ("since 1999", "Since
// June 2004", "until 2007", "till 1992", "rose three times from March 2001";
// StartWordBeforeYear): not the year it reports on (a comparison base after "from" is no
// article year either way).
bool SinceOrUntilYearEn(std::string_view text, size_t year_pos) {
  return StartWordBeforeYear(text, year_pos, {"since", "until", "till", "from"},
                             /*month_only=*/true) ||
         SinceClauseYearEn(text, year_pos);
}

// The last word of `v` (lower case; bytes of UTF-8 letters count as word bytes), skipping
// trailing spaces, dots and commas.
std::string_view LastWordOf(std::string_view v) {
  size_t e = v.size();
  while (e > 0 && (v[e - 1] == ' ' || v[e - 1] == '.' || v[e - 1] == ',')) --e;
  size_t b = e;
  while (b > 0 && (scan::IsAsciiAlnum(v[b - 1]) || static_cast<uint8_t>(v[b - 1]) >= 0x80)) --b;
  return v.substr(b, e - b);
}

// True when the month before the year at `year_pos` (`before`: the lower-cased text before
// the month) ends a report period within that year ("von Februar bis April 2013", "the year to
// June 2013", "year ended 30 June 2013", "el ejercicio cerró en junio de 2013"; the end of a
// month after a joiner, "bis Ende März 2015", "to the end of March 2015"). A span across
// years ("von Mai 2010 bis Oktober 2013") still dates: neither year alone is the one reported
// on.
bool MonthEndsPeriod(std::string_view before) {
  std::string_view w = LastWordOf(before);
  // A day before the month: "31 December", "31. Dezember", "31 de diciembre".
  if (!w.empty() && w.size() <= 2 && scan::IsDigit(w[0])) {
    before = before.substr(0, w.data() - before.data());
    w = LastWordOf(before);
  }
  if (InList(w, {"in", "im", "en", "el", "the", "on", "am"})) {
    before = before.substr(0, w.data() - before.data());
    w = LastWordOf(before);
  }
  if (InList(w, {"ended", "ending", "endete"}) || PeriodEndVerbEs(w)) {
    return true;
  }
  // "bis Ende März", "to the end of March", "hasta finales de marzo": the end of the month.
  auto skip = [&](std::initializer_list<std::string_view> words) {
    if (!InList(w, words)) return false;
    before = before.substr(0, w.data() - before.data());
    w = LastWordOf(before);
    return true;
  };
  bool end_of = false;
  const std::string_view before_of = before, w_of = w;
  skip({"of", "de", "del"});
  if (skip({"ende", "end", "finales", "fines", "final"})) {
    end_of = true;
    skip({"the", "el", "los"});
  } else {
    before = before_of;
    w = w_of;
  }
  // A joiner ends a period only after a month or a day ("von Januar bis", "de febrero a",
  // "1. Juli bis") or, in English, a period word ("the year to", "six months to"): "a
  // noviembre de 2013" (as of) and "hasta marzo de 2013" (until) date a point, "2010 bis
  // Oktober 2013" ends a span across years.
  if (InList(w, {"bis", "to", "a", "al", "hasta", "through"})) {
    if (end_of) return true;
    const std::string_view p = LastWordOf(before.substr(0, w.data() - before.data()));
    if (!p.empty() && scan::IsDigit(p[0])) return p.size() <= 2;
    if (MonthNumber(p) > 0) return true;
    return InList(w, {"to", "through"}) && InList(p, {"year", "months", "weeks", "quarter"});
  }
  return false;
}

// A year that dates one day or one month ("im Juni 2013", "30 June 2013", "July of 1997",
// "mayo del 2018", "(red, 23. 8. 2011)"): the date of an event the text recalls, no
// evidence of the year it reports on (a month's figures state their month in their sentence).
// Not a date: in a sentence that reports a figure (`figure_in_sentence`), a month that ends a
// report period within its year ("von Februar bis April 2013 stieg der Umsatz um 3 Prozent",
// "the year to June 2013", "year ended 30 June 2013", "el ejercicio cerró en junio de 2013
// con …"; MonthEndsPeriod). Without a figure such a period dates an event (a study
// "vom 1. Juli bis 31. Dezember", a plan's stage "de febrero a abril").
bool DatedYear(std::string_view text, size_t year_pos, bool figure_in_sentence) {
  thread_local std::string buf;  // LowerBefore's buffer
  std::string_view before;
  switch (DateBeforeYear(text, year_pos, &buf, &before)) {
    case DateBefore::kNone:
      return false;
    case DateBefore::kDigits:
      return true;
    case DateBefore::kMonth:
    case DateBefore::kDay:
      return !(figure_in_sentence && MonthEndsPeriod(before));
  }
  return false;
}

// True when a sentence speaks of the future: a forecast, plan or outlook ("may", "plans",
// "soll", "prevé" …). Its years are targets, not the year an article reports on.
bool IsForecast(std::string_view s) {
  static const LiteralSet kWords{
      " may ",      " will ",    " would ", " could ", "expect",   "forecast", "predict",
      "projecting", "projected", "outlook", " plan",   "target",   " wird ",   " werden ",
      " soll",      "erwart",    "prognos", " ziel",   "Ziel",     " será",    " serán",
      "prevé",      "previst",   "espera",  "previsi", "objetivo", "pronóstic"};
  return kWords.FoundIn(s);
}

// True when the word at `at` of `clause` is followed by "zufolge" ("Berichten zufolge", "einem
// Bericht zufolge": hearsay cited, not a report the text reports on).
bool HearsayAfter(std::string_view clause, size_t at) {
  size_t i = at;
  while (i < clause.size() && clause[i] != ' ') ++i;
  while (i < clause.size() && clause[i] == ' ') ++i;
  return clause.substr(i).starts_with("zufolge");
}

// True when `s` names a quantity a report states (German and English: "Umsatz", "Gewinn",
// "profits", "sales"; English as whole words). Spanish: false.
bool NamesResult(std::string_view s, Lang lang) {
  static const LiteralSet kDe{"Umsatz", "Gewinn", "Verlust", "Absatz", "Erlös"};
  static constexpr std::string_view kEnWords[] = {"profit",  "profits",  "profitable", "sales",
                                                  "revenue", "revenues", "earnings",   "turnover",
                                                  "loss",    "losses"};
  static const scan::LowerWordSet kEn(kEnWords);
  switch (lang) {
    case Lang::kEs:
      return false;
    case Lang::kDe:
      return kDe.FoundIn(s);
    case Lang::kEn:
    case Lang::kUnknown:
      return scan::AnyWordIn(s, kEn);
  }
  return false;
}

// True when a German or English clause calls its year a year ("called 2017 a testing year",
// "nannte 2017 ein hartes Jahr", "von einem schwierigen Jahr 2017"): a word on how the year
// went, not an event dated in it ("im Jahr 1962 geschlossen", "sold in the year 1987" are
// not: "Jahr"/"year" after "im"/"in the").
bool CallsYearAYear(std::string_view clause, Lang lang) {
  if (lang == Lang::kEs) return false;
  const std::string_view word = lang == Lang::kDe ? "jahr" : "year";
  const std::string_view event = lang == Lang::kDe ? "im " : "in the ";
  size_t pos = 0, ts = 0, te = 0;
  while (scan::NextToken(clause, pos, &ts, &te)) {
    pos = te;
    if (!scan::EqualsLowerAscii(clause.substr(ts, te - ts), word)) continue;
    if (!clause.substr(0, ts).ends_with(event)) return true;
  }
  return false;
}

// True when the clause around a year names a report or the period a text reports on
// ("las cuentas corresponden al ejercicio 2004", "los datos se refieren al año 2006", "según
// la memoria anual de 2007, …", "los resultados del primer semestre de 2004", "die Studie
// stammt aus dem Jahr 2011", "the bank posts its 2010 results"), or, before the year, a
// quantity a report states ("der Umsatz im Jahr 2011", "lifted its sales in 2010"): that year
// is the year the text reports on, even named once. `clause`: the text between the clause
// boundaries (IsClauseByte) around the year; `before`: its part before the year. English
// words count as whole words ("headquarters" holds no quarter, "reportedly" no report);
// German ones also inside a compound ("Quartalsbericht"), but not in hearsay ("Berichten
// zufolge"). A clause on the future ("lo va a reducir más allá del primer semestre de 2030")
// names a target, not a report.
bool ReportsPeriod(std::string_view clause, std::string_view before, Lang lang) {
  static const LiteralSet kEs{"ejercicio", "cuentas",    "resultados",    " datos",
                              "balance",   "informe",    "memoria anual", "semestre",
                              "trimestre", "se refiere", "corresponde"};
  // German report words but "Bericht" (tested below, for hearsay).
  static const LiteralSet kDe{"Geschäftsjahr", "Bilanz",       "Ergebnis", "Zahlen",
                              "Daten",         "Studie",       "Umfrage",  "Quartal",
                              "Halbjahr",      "Untersuchung", "Statistik"};
  static constexpr std::string_view kEnWords[] = {
      "results",   "accounts", "figures", "data",    "report",    "reports",
      "reporting", "fiscal",   "survey",  "surveys", "quarter",   "quarters",
      "quarterly", "half",     "study",   "studies", "statistic", "statistics"};
  static const scan::LowerWordSet kEn(kEnWords);
  static const LiteralSet kEnPhrases{"financial year"};
  static const LiteralSet kFuture{" va a ", " van a "};
  // A German report word, "Bericht" not before "zufolge".
  auto de_named = [&]() {
    if (kDe.FoundIn(clause)) return true;
    for (size_t at = clause.find("Bericht"); at != std::string_view::npos;
         at = clause.find("Bericht", at + 1)) {
      if (!HearsayAfter(clause, at)) return true;
    }
    return false;
  };
  bool named = false;
  switch (lang) {
    case Lang::kEs:
      named = kEs.FoundIn(clause);
      break;
    case Lang::kDe:
      named = de_named() || NamesResult(before, lang);
      break;
    case Lang::kEn:
    case Lang::kUnknown:
      named =
          scan::AnyWordIn(clause, kEn) || kEnPhrases.FoundIn(clause) || NamesResult(before, lang);
      break;
  }
  return named && !kFuture.FoundIn(clause) && !IsForecast(clause);
}

std::string Format(int year, const std::string& tail) {
  return std::to_string(year) + tail;
}

constexpr uint32_t kPeriodReach = 240;  // bytes between a figure and its period
constexpr size_t kAnaphorReach = 600;   // bytes before "damals", "that year" to their year
constexpr size_t kContextReach = 300;   // bytes before a quarter without a year to its year
// Longest figure or period mention considered when looking for overlaps by position.
constexpr uint32_t kMaxFigureBytes = 512;
constexpr uint32_t kClausePenalty = 80;  // per clause boundary between them (IsClauseByte)

// Whether an English month without a year ("in March", Raw::month_alone) dates a figure with
// `between` the text between them: at most kMonthAloneWords words and no clause boundary (, ;
// : ( )), but for the comma after a month that opens the sentence ("In May, sales rose 4%").
// The month of an event further away is not the figure's ("a $9bn credit line granted to the
// mill runs out in June", "since the plant opened in March", "$6bn in March, which lifted the
// full-year sum by 9%"). `opens`: the month opens the sentence (then `between` starts right
// after it).
bool MonthAloneReaches(std::string_view between, bool opens) {
  constexpr int kMonthAloneWords = 4;
  if (opens && !between.empty() && between.front() == ',') between.remove_prefix(1);
  int words = 0;
  bool in_word = false;
  for (const char c : between) {
    if (IsClauseByte(c)) return false;
    const bool word_byte = c != ' ';
    if (word_byte && !in_word && ++words > kMonthAloneWords) return false;
    in_word = word_byte;
  }
  return true;
}

// English, undated text: the earliest year a forecast targets, or -1: a year right after "in"
// or "for" with a forecast word a few words before it in the same clause ("is forecast to see
// growth of 1.7% in 2009", "GDP is expected at 2.7% in 2008", "would reach 3.6% in 2008"). A
// forecast is about the present or the future, so "this year" is no later than that year.
// Other years of a forecast sentence are often past ("will fare worse this year" after
// "profits in 2004"; "forecast growth of 10% this year after record sales there in 2004").
template <typename InsideFigure>
int EarliestForecastYearEn(std::string_view text, const std::vector<YearMention>& years,
                           const InsideFigure& inside_figure) {
  constexpr size_t kReach = 64;       // bytes from the forecast word to "in"/"for"
  constexpr size_t kReachAfter = 11;  // the year and a forecast word right after it
  int earliest = -1;
  for (const YearMention& m : years) {
    if (m.base || m.law || (earliest >= 0 && m.year >= earliest)) continue;
    size_t b = m.pos;
    while (b > 0 && text[b - 1] == ' ') --b;
    size_t w = b;
    while (w > 0 && scan::IsAsciiAlnum(text[w - 1])) --w;
    const std::string_view prep = text.substr(w, b - w);
    if (!scan::EqualsLowerAscii(prep, "in") && !scan::EqualsLowerAscii(prep, "for")) continue;
    // The clause before "in"/"for", back to a clause boundary or kReach bytes.
    size_t c = w;
    // (A comma or full stop inside a number, "250,000", "2.1%", ends nothing.)
    while (
        c > 0 && w - c < kReach && text[c - 1] != '\n' &&
        !(IsClauseByte(text[c - 1]) && (text[c - 1] != ',' || text[c] == ' ')) &&
        !(text[c] == ' ' && std::string_view(".!?-").find(text[c - 1]) != std::string_view::npos)) {
      --c;
    }
    // ... or right after the year ("shipments in 2005 will reach"; not "in 2004 and expects").
    size_t a = m.pos + 4;
    while (a < text.size() && a - m.pos < kReachAfter && !IsClauseByte(text[a]) &&
           std::string_view(".!?\n").find(text[a]) == std::string_view::npos) {
      ++a;
    }
    if ((IsForecast(text.substr(c, w - c)) || IsForecast(text.substr(m.pos + 3, a - m.pos - 3))) &&
        !inside_figure(m.pos, m.pos + 4) && !FoundingYearEn(text, m.pos)) {
      earliest = m.year;
    }
  }
  return earliest;
}

}  // namespace

int MonthOfWord(std::string_view word) {
  char lower[10];  // the longest month name ("septiembre") has ten bytes
  if (word.size() > sizeof lower) return 0;
  for (size_t k = 0; k < word.size(); ++k) lower[k] = scan::LowerAscii(word[k]);
  return MonthNumber(std::string_view(lower, word.size()));
}

bool period_detail::PeriodTokenTest(std::string_view s) {
  return PeriodTokenBytes(s);
}
bool period_detail::PeriodTokenTestByteLoop(std::string_view s) {
  return PeriodTokenByteLoop(s);
}

void period_detail::CollectYears(std::string_view text, std::vector<YearMention>* out,
                                 const TextBlocks* blocks) {
  ScanYears(text, out, blocks);
}

void FindPeriods(std::string_view text, size_t s, size_t e, std::optional<int> reference_year,
                 std::optional<int> context_year, std::vector<PeriodMention>* out) {
  period_detail::FindPeriodsFiltered(text, s, e, reference_year, context_year, true, out);
}

void period_detail::FindPeriodsFiltered(std::string_view text, size_t s, size_t e,
                                        std::optional<int> reference_year,
                                        std::optional<int> context_year, bool filtered,
                                        std::vector<PeriodMention>* out) {
  std::string buf;
  std::vector<Token> toks;
  std::vector<Raw> raw;
  FindRaw(text, s, e, reference_year, &buf, &toks, &raw, filtered);
  for (const Raw& r : raw) {
    int y = r.year;
    if (y == kNeedsYear) y = context_year ? *context_year : reference_year ? *reference_year : -1;
    if (y < 0) continue;
    out->push_back({r.start, r.end, Format(y, r.tail)});
  }
}

// True when, between figure f and a period mention r after it, an aside dash (" - ", " – ")
// or a semicolon comes before another figure that ends within 40 bytes of r: the period
// then names that figure. `spans`: the figures' spans sorted by start.
// `fs`, `fe`: the figure's span (that of its conversion group, ConversionGroupEnd).
template <typename Span>
bool AsideFigureBefore(std::string_view text, const std::vector<Span>& spans, uint32_t fs,
                       uint32_t fe, const Raw& r) {
  auto it = std::upper_bound(spans.begin(), spans.end(), fs,
                             [](uint32_t v, const Span& g) { return v < g.start; });
  for (; it != spans.end() && it->end <= r.start; ++it) {
    if (it->start < fe || r.start - it->end > 40) continue;
    const std::string_view gap = text.substr(fe, it->start - fe);
    return gap.find(" - ") != std::string_view::npos ||
           gap.find(" \u2013 ") != std::string_view::npos ||
           gap.find(';') != std::string_view::npos;
  }
  return false;
}

// True when the period mention r right after figure f opens a coordinated clause whose own
// figure follows it: "rose by 4% in 2011 and in 2014 by 6%", "stieg 2011 um 4 Prozent und
// 2014 um 6 Prozent", "creció un 4 % en 2011 y en 2014 un 6 %". The period is that figure's,
// not f's. `fe`: the end of f's span; `spans`: the figures' spans sorted by start.
template <typename Span>
bool CoordinatedPeriodOfNext(std::string_view text, const std::vector<Span>& spans, uint32_t fe,
                             const Raw& r) {
  if (r.start < fe || r.start - fe > 12) return false;
  std::string_view gap = text.substr(fe, r.start - fe);
  if (!gap.empty() && gap.front() == ',') gap.remove_prefix(1);
  if (!scan::InListLower(gap, {" and in ", " and ", " und im ", " und in ", " und ", " y en ",
                               " y ", " while in ", " but in ", " pero en "})) {
    return false;
  }
  auto it = std::lower_bound(spans.begin(), spans.end(), r.end,
                             [](const Span& g, uint32_t v) { return g.start < v; });
  if (it == spans.end() || it->start - r.end > 8) return false;
  const std::string_view gap2 = text.substr(r.end, it->start - r.end);
  return std::none_of(gap2.begin(), gap2.end(), IsClauseByte);
}

// True when `clause` has a verb of being or having in the present or past ("is", "was", "has",
// "stood"; "hat", "liegt", "beträgt"; "es", "tiene", "cuenta") — a level stated now. A
// coordinated plan ("will cut 900 jobs and close 12 sites by 2030") has none: its target is
// every figure's.
bool StatesLevelNow(std::string_view clause) {
  size_t k = 0;
  while (k < clause.size()) {
    while (k < clause.size() && !scan::IsWordOrHigh(clause[k])) ++k;
    const size_t e = scan::WordOrHighRunEnd(clause, k);
    if (e > k &&
        scan::InListLower(
            clause.substr(k, e - k),
            {"is",     "are",    "was",    "were",    "has",    "have",    "had",    "stood",
             "stands", "hat",    "haben",  "hatte",   "hatten", "ist",     "sind",   "war",
             "waren",  "liegt",  "lag",    "liegen",  "lagen",  "beträgt", "betrug", "zählt",
             "zählte", "es",     "son",    "era",     "eran",   "fue",     "tiene",  "tienen",
             "tenía",  "tenían", "cuenta", "contaba", "suma",   "sumaba",  "hay",    "había"})) {
      return true;
    }
    k = e;
  }
  return false;
}

// True when the period mention r after figure f is a target ("bis 2020", "by 2010", "para
// 2025", "hasta 2030", "until 2012") stated behind another figure that a conjunction opens a
// clause for: "zählt heute 610 Filialen, und bis 2033 sollen es 900 werden", "the club has
// 4,500 members and wants 6,000 by 2028", "hoy suma 75 museos y quiere llegar a 110 para
// 2031". The target is that figure's: f states a level now (StatesLevelNow). Not when f's own
// clause is already a forecast ("will rise 5% and exports 7% by 2010": both aim at 2010). `ss`: the
// start of the sentence; `spans`: the figures' spans sorted by start.
template <typename Span>
bool TargetOfNextClause(std::string_view text, const std::vector<Span>& spans, size_t ss,
                        uint32_t fe, const Raw& r) {
  if (r.start < fe || r.base != Raw::kNoBase || r.start < ss + 3) return false;
  // The target word right before the year; first a byte test (called for every pair of a
  // figure and a later mention): a blank, then the word's last letter.
  if (text[r.start - 1] != ' ') return false;
  const char last = scan::LowerAscii(text[r.start - 2]);
  if (last != 's' && last != 'y' && last != 'a' && last != 'l') return false;
  if (!scan::InListLower(LastWordOf(text.substr(ss, r.start - ss)),
                         {"bis", "by", "para", "hasta", "until"})) {
    return false;
  }
  // A conjunction between f and the target, and a figure after it: before the target or
  // after it in its clause.
  const std::string_view gap = text.substr(fe, r.start - fe);
  size_t conj = std::string_view::npos;
  for (std::string_view c : {" and ", " und ", " y ", " while ", " but ", " aber ", " pero ",
                             " mientras ", " während "}) {
    conj = std::min(conj, gap.find(c));
  }
  if (conj == std::string_view::npos) return false;
  auto it = std::lower_bound(spans.begin(), spans.end(), fe + conj,
                             [](const Span& g, size_t v) { return g.start < v; });
  if (it == spans.end()) return false;
  if (it->end > r.start) {
    if (it->start < r.end) return false;
    const std::string_view between = text.substr(r.end, it->start - r.end);
    if (between.size() > 60 || between.find('.') != std::string_view::npos ||
        std::any_of(between.begin(), between.end(), IsClauseByte)) {
      return false;
    }
  }
  const std::string_view first = text.substr(ss, fe + conj - ss);
  return StatesLevelNow(first) && !IsForecast(first);
}

constexpr int kNotComputedYear = -100;

// A money figure and the conversions in brackets right after it ("$12bn (£9.4bn; 11bn
// euros)", "40 Milliarden RMB (5,5 Milliarden US-Dollar)") state one amount: they share one
// span for the period search, so every member takes the period nearest to the whole group
// (a ";" inside the brackets is no aside; the span ends after the closing bracket). Returns
// the index one past the group that starts at figures[i] (i + 1 when figures[i] starts none)
// and sets *end to the byte after its ')'. `figures` in text order.
size_t ConversionGroupEnd(std::string_view text, std::span<const Figure> figures, size_t i,
                          uint32_t* end) {
  const Figure& a = figures[i];
  if (a.kind != FigureKind::kMoney) return i + 1;
  size_t k = a.end;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size() || text[k] != '(') return i + 1;
  size_t j = i + 1;
  uint32_t prev_end = static_cast<uint32_t>(k + 1);
  while (j < figures.size() && figures[j].kind == FigureKind::kMoney &&
         figures[j].start >= prev_end && figures[j].start - prev_end <= 3) {
    // Between the bracket or the previous member and this one: spaces and one separator.
    bool gap_ok = true;
    for (size_t b = prev_end; b < figures[j].start; ++b) {
      const char c = text[b];
      gap_ok &= c == ' ' || ((c == ';' || c == ',' || c == '/') && j > i + 1);
    }
    if (!gap_ok) break;
    prev_end = figures[j].end;
    ++j;
  }
  if (j == i + 1) return i + 1;
  k = prev_end;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size() || text[k] != ')') return i + 1;
  *end = static_cast<uint32_t>(k + 1);
  return j;
}

// PeriodMemo's state (period.h): the bound text, its years and reference year, and the
// phrases each sentence window held.
struct PeriodMemo::Impl {
  const char* data = nullptr;  // the bound text (address and length); nullptr: unbound
  size_t size = 0;
  std::vector<YearMention> years;
  int text_reference = kNotComputedYear;  // TextReferenceYear, once computed
  int text_current = -1;                  // its current-year statement's year
  // The phrases FindRaw found in [s, e) with `reference` (none when the sentence failed
  // MayStatePeriod): raws[first, first + count), in window order.
  struct Window {
    uint32_t s, e;
    std::optional<int> reference;
    uint32_t first, count;
  };
  std::vector<Window> windows;
  std::vector<Raw> raws;
  // Binds to `text`: its years scanned (from `blocks` when they are for it), nothing else
  // known yet.
  void Bind(std::string_view text, const TextBlocks* blocks) {
    data = text.data();
    size = text.size();
    ScanYears(text, &years, blocks);
    text_reference = kNotComputedYear;
    text_current = -1;
    windows.clear();
    raws.clear();
  }
  // The window [s, e) found with `reference`, or nullptr. Windows are kept in text order.
  const Window* Find(size_t s, size_t e, std::optional<int> reference) const {
    auto it = std::lower_bound(windows.begin(), windows.end(), s,
                               [](const Window& w, size_t v) { return w.s < v; });
    for (; it != windows.end() && it->s == s; ++it) {
      if (it->e == e && it->reference == reference) return &*it;
    }
    return nullptr;
  }
};

namespace {

// Spent memos' storage, kept per thread for the next texts (their vectors keep their
// capacity: no allocation per article). At most a title's and a body's.
std::vector<std::unique_ptr<PeriodMemo::Impl>>& SpareMemos() {
  thread_local std::vector<std::unique_ptr<PeriodMemo::Impl>> spare;
  return spare;
}
constexpr size_t kMaxSpareMemos = 2;

// German: the year at `pos` is a starting point ("seit 2011", "Seit Anfang 2009"), a bound
// before it ("vor 1985 gebaut", "vor Ende 2003") or an era date ("1500 v. Chr.", "um 300 vor
// Christus"): no evidence of the year the text reports on.
bool SinceOrEraYearDe(std::string_view text, size_t pos) {
  if (StartWordBeforeYear(text, pos, {"seit", "vor"})) return true;
  const std::string_view after = text.substr(std::min(text.size(), pos + 4), 16);
  return after.starts_with(" v. Chr") || after.starts_with(" v.Chr") ||
         after.starts_with(" vor Christus");
}

std::unique_ptr<PeriodMemo::Impl> TakeMemo() {
  auto& spare = SpareMemos();
  if (spare.empty()) return std::make_unique<PeriodMemo::Impl>();
  std::unique_ptr<PeriodMemo::Impl> m = std::move(spare.back());
  spare.pop_back();
  return m;
}

}  // namespace

PeriodMemo::PeriodMemo() = default;
PeriodMemo::~PeriodMemo() {
  if (!impl_) return;
  auto& spare = SpareMemos();
  if (spare.size() < kMaxSpareMemos) {
    impl_->data = nullptr;  // unbound
    spare.push_back(std::move(impl_));
  }
}

void AssignPeriods(std::string_view text, std::optional<int64_t> published_at_ms,
                   std::span<Figure> figures, bool only_empty, PeriodMemo* memo_arg, Lang lang,
                   const TextBlocks* blocks) {
  if (figures.empty()) return;
  if (only_empty && std::none_of(figures.begin(), figures.end(),
                                 [](const Figure& f) { return f.period.empty(); })) {
    return;
  }
  // Without a caller's memo: this thread's scratch, bound anew and recording nothing.
  thread_local PeriodMemo::Impl scratch;
  PeriodMemo::Impl* m = &scratch;
  bool repeat = false;
  if (memo_arg != nullptr) {
    if (!memo_arg->impl_) memo_arg->impl_ = TakeMemo();
    m = memo_arg->impl_.get();
    repeat = m->data != nullptr && m->data == text.data() && m->size == text.size();
  }
  const bool record = memo_arg != nullptr && !repeat;
  if (!repeat) m->Bind(text, blocks);
  PeriodMemo::Impl& memo = *m;
  const std::vector<YearMention>& years = memo.years;
  std::optional<int> reference;
  if (published_at_ms) {
    reference = common::YearOfMs(*published_at_ms);
  } else {
    if (memo.text_reference == kNotComputedYear) {
      memo.text_reference = TextReferenceYear(text, years, &memo.text_current);
    }
    // the text's own date line or current-year statement
    if (memo.text_reference >= 0) reference = memo.text_reference;
  }
  // The year of writing as stated: the publication time's or a current-year statement's
  // (not a date line's: a full date early in a text may date an event it reports).
  std::optional<int> writing_year;
  if (published_at_ms) {
    writing_year = reference;
  } else if (memo.text_current >= 0) {
    writing_year = memo.text_current;
  }
  thread_local std::string buf;
  thread_local std::vector<Token> toks;
  thread_local std::vector<Raw> raw;
  // The figures' spans sorted by start, for the overlap test below.
  struct Span {
    uint32_t start, end;
  };
  thread_local std::vector<Span> spans;
  spans.clear();
  for (const Figure& g : figures) spans.push_back({g.start, g.end});
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });
  // Numbers that are figures are not periods ("2000 Mitarbeiter"). `spans` is sorted by
  // start, so each mention looks only at the figures that can overlap it (linear).
  auto inside_figure = [&](uint32_t start, uint32_t end) {
    auto it = std::lower_bound(spans.begin(), spans.end(), end,
                               [](const Span& g, uint32_t e) { return g.start < e; });
    while (it != spans.begin()) {
      --it;
      if (it->end > start) return true;
      if (it->start + kMaxFigureBytes < start) break;
    }
    return false;
  };
  // The old value of a change ("from 84,000 to 61,000 jobs", "von 31 auf 36 Prozent", "de
  // 127 a 208 empleados"): the level before the change, not of the year the text reports on
  // (it takes no article year). The figure's group is text[fs, fe); the new value is the next
  // figure, right after "to" / "auf" / "a" / "al" / "hasta".
  auto change_from_value = [&](uint32_t fs, uint32_t fe) {
    const std::string_view before = scan::WordBeforeBlanks(text, fs > 12 ? fs - 12 : 0, fs);
    if (!scan::InListLower(before, {"from", "von", "de", "desde"})) return false;
    auto next = std::lower_bound(spans.begin(), spans.end(), fe,
                                 [](const Span& g, uint32_t e) { return g.start < e; });
    if (next == spans.end() || next->start > fe + 8) return false;
    const std::string_view gap = text.substr(fe, next->start - fe);
    return gap == " to " || gap == " auf " || gap == " a " || gap == " al " || gap == " hasta ";
  };
  // A percentage of those a survey asked ("61 Prozent der Befragten", "38% of those asked",
  // "el 47 % de los encuestados"; SurveyShare): the survey's finding dates from the survey,
  // which its sentence names or not, not from the year the text reports on (it takes no
  // article year).
  // The article's year: the year the text names most often (not as a comparison base; ties:
  // the latest), else the publication year. A figure whose sentence states no period at all
  // belongs to it ("Profits rose 17% to £3.9bn" in a report on 2004).
  // Computed on first use: many texts never need it (every figure's sentence states its
  // period), and Attribute's second call fills only figures still without one.
  constexpr int kNotComputed = -100;
  int article_year_cache = kNotComputed;
  bool article_year_named = false;  // the text names it (not the publication year)
  auto article_year = [&]() -> int {
    if (article_year_cache != kNotComputed) return article_year_cache;
    int best_year = -1;
    // A year's mentions, and those that are no date's year (DatedYear).
    struct YearCount {
      int year, mentions, undated;
      bool dates_figure;   // a mention in the lead or in a sentence with a figure
      uint32_t first_pos;  // the first mention's byte offset
    };
    thread_local std::vector<YearCount> counts;
    counts.clear();
    size_t forecast_start = 0, forecast_end = 0;  // the last sentence tested (one test each)
    bool forecast = false;
    // A law's year (and a Spanish starting point) counts as another year named, never as the
    // best.
    bool uncounted_years = false;
    for (const YearMention& m : years) {
      const size_t i = m.pos;
      const int y = m.year;
      if (m.base || inside_figure(m.pos, m.pos + 4)) continue;
      if (m.law) {
        uncounted_years = true;
        continue;
      }
      if (lang == Lang::kEn && (FoundingYearEn(text, i) || SinceOrUntilYearEn(text, i))) continue;
      if (lang == Lang::kDe && SinceOrEraYearDe(text, i)) continue;
      // Spanish: a starting point ("desde 2011", "desde el año 1998", "desde finales de
      // 2004") is no evidence of the year the text reports on (German: SinceOrEraYearDe;
      // English: SinceOrUntilYearEn); it still counts as another year named, as a law's does.
      if (lang == Lang::kEs && StartWordBeforeYear(text, i, {"desde"})) {
        uncounted_years = true;
        continue;
      }
      if (i < forecast_start || i >= forecast_end || forecast_end == 0) {
        forecast_start = SentenceStart(text, i);
        forecast_end = SentenceEnd(text, i);
        forecast = IsForecast(text.substr(forecast_start, forecast_end - forecast_start));
      }
      if (forecast) continue;
      // A figure starts in the year's sentence.
      auto first = std::lower_bound(spans.begin(), spans.end(), forecast_start,
                                    [](const Span& g, size_t v) { return g.start < v; });
      const bool figure_in_sentence = first != spans.end() && first->start < forecast_end;
      const int undated = DatedYear(text, i, figure_in_sentence) ? 0 : 1;
      // The text's first sentence (the lead) starts at byte 0.
      const bool in_lead = forecast_start == 0;
      const bool dates_figure = figure_in_sentence || in_lead;
      auto it = std::find_if(counts.begin(), counts.end(),
                             [y](const YearCount& c) { return c.year == y; });
      if (it == counts.end()) {
        counts.push_back({y, 1, undated, dates_figure, m.pos});
      } else {
        ++it->mentions;
        it->undated += undated;
        it->dates_figure = it->dates_figure || dates_figure;
      }
    }
    int best = 0;
    int best_undated = 0;
    bool best_dates_figure = false;
    uint32_t best_pos = 0;
    for (const YearCount& c : counts) {
      if (c.mentions > best || (c.mentions == best && c.year > best_year)) {
        best_year = c.year;
        best = c.mentions;
        best_undated = c.undated;
        best_dates_figure = c.dates_figure;
        best_pos = c.first_pos;
      }
    }
    // A year named once among other years is no evidence of what the text is about (a news
    // text recalls past years in passing: "la peor cifra desde 1970", "the 1997 currency
    // crisis", "die Halle aus dem Jahr 1961"). Spanish: never (`lang`). German and English:
    // it still is when it dates a figure or stands in the lead ("operating profit slid to 412m
    // pounds during 2007", "2012 brach der Absatz ein"); else it is treated as a year named
    // only in dates (below): none, unless it is the year of writing.
    const bool once = best == 1 && (counts.size() > 1 || uncounted_years);
    if (lang == Lang::kEs && once) best_year = -1;
    // The only year a text names, named once outside the lead and in a sentence without a
    // figure, is recalled in passing too ("la iglesia, de 1720, …", "the old pier burned down
    // in 1968"), unless its clause names a report or reporting period ("las cuentas
    // corresponden al ejercicio …", "the 2021 results") or, before the year, a quantity a
    // report states ("hurt its profits in 2021"): ReportsPeriod. A report names its year
    // once and its figures after.
    // Tested once, for the best year only (its one mention, at best_pos), and only when it is
    // the only year (`once` already covers a year named once among others).
    // A results text (a figure's sentence names a reported quantity: NamesResult) keeps it
    // when its clause calls it a year ("said 2010 had been a hard year"): how the year the
    // figures report on went.
    auto results_text = [&]() {
      for (const Span& g : spans) {
        const size_t ss = SentenceStart(text, g.start);
        if (NamesResult(text.substr(ss, SentenceEnd(text, g.start) - ss), lang)) return true;
      }
      return false;
    };
    auto keeps_sole_year = [&]() {
      const size_t ss = SentenceStart(text, best_pos), se = SentenceEnd(text, best_pos);
      size_t cs = best_pos, ce = std::min<size_t>(best_pos + 4, se);
      while (cs > ss && !IsClauseByte(text[cs - 1])) --cs;
      while (ce < se && !IsClauseByte(text[ce])) ++ce;
      const std::string_view clause = text.substr(cs, ce - cs);
      return ReportsPeriod(clause, text.substr(cs, best_pos - cs), lang) ||
             (CallsYearAYear(clause, lang) && results_text());
    };
    const bool sole_in_passing = best == 1 && !once && !best_dates_figure && !keeps_sole_year();
    const bool in_passing = (once || sole_in_passing) && !best_dates_figure;
    // A year the text names only in dates ("am 9. Februar 2011", "on 12 May 2009") dates events
    // it recalls, not the results it reports ("im Jahr 2011", "profits in 2009"). The year of
    // writing stands in for it only when it is that year (a text published in 2016 that
    // recalls "Oktober 2015" may report on either year: none; an undated text's date line
    // does not count, it may be the very date recalled); it stays a year the text names (a
    // point-in-time figure's period is cleared after attribution as before:
    // Figure::period_from_article).
    const bool only_dates = best_year >= 0 && (best_undated == 0 || in_passing);
    article_year_named = best_year >= 0;
    if (only_dates) {
      if (!writing_year || *writing_year != best_year) best_year = -1;
    } else if (best_year < 0 && reference) {
      best_year = *reference;
    }
    article_year_cache = best_year;
    return best_year;
  };
  // An undated text's "this year": the year after the article's year, in English no later
  // than the earliest year a forecast targets (EarliestForecastYearEn); -1: unknown.
  int this_year_cache = kNotComputed;
  auto undated_this_year = [&]() -> int {
    if (this_year_cache != kNotComputed) return this_year_cache;
    int y = article_year() >= 0 ? article_year() + 1 : -1;
    if (lang == Lang::kEn && y >= 0) {
      const int cap = EarliestForecastYearEn(text, years, inside_figure);
      if (cap >= 0 && cap < y) y = cap;
    }
    this_year_cache = y;
    return y;
  };
  // Each figure's span for the period search: its conversion group's (ConversionGroupEnd).
  thread_local std::vector<Span> group_spans;
  group_spans.clear();
  for (size_t i = 0; i < figures.size();) {
    uint32_t end = figures[i].end;
    const size_t j = ConversionGroupEnd(text, figures, i, &end);
    for (size_t k = i; k < j; ++k) group_spans.push_back({figures[i].start, end});
    i = j;
  }
  int context = -1;  // last year named before `scanned`
  size_t scanned = 0;
  size_t sentence_end = 0;  // end of the sentence whose mentions are in `raw`
  size_t sentence_start = 0;
  SurveySentenceMemo survey_memo;  // SurveyShare's reading of the current sentence
  for (size_t fi = 0; fi < figures.size(); ++fi) {
    Figure& f = figures[fi];
    if (only_empty && !f.period.empty()) continue;
    const uint32_t fs = group_spans[fi].start, fe = group_spans[fi].end;
    f.period.clear();
    f.period_from_article = false;
    if (f.start >= sentence_end || f.start < sentence_start) {
      sentence_start = SentenceStart(text, f.start);
      sentence_end = std::max<size_t>(SentenceEnd(text, f.start), f.end);
      raw.clear();
      const PeriodMemo::Impl::Window* w =
          repeat ? memo.Find(sentence_start, sentence_end, reference) : nullptr;
      if (w != nullptr) {
        raw.assign(memo.raws.begin() + w->first, memo.raws.begin() + w->first + w->count);
      } else {
        if (reference ||
            MayStatePeriod(text.substr(sentence_start, sentence_end - sentence_start))) {
          FindRaw(text, sentence_start, sentence_end, reference, &buf, &toks, &raw);
          std::stable_sort(raw.begin(), raw.end(),
                           [](const Raw& a, const Raw& b) { return a.start < b.start; });
        }
        // Kept for a later call on the same text (in text order only: Find searches by s).
        if (record && (memo.windows.empty() || memo.windows.back().s < sentence_start)) {
          memo.windows.push_back({static_cast<uint32_t>(sentence_start),
                                  static_cast<uint32_t>(sentence_end), reference,
                                  static_cast<uint32_t>(memo.raws.size()),
                                  static_cast<uint32_t>(raw.size())});
          memo.raws.insert(memo.raws.end(), raw.begin(), raw.end());
        }
      }
      std::erase_if(raw, [&](const Raw& r) {
        return r.since ? r.tail.empty() || r.tail.size() == 3 : inside_figure(r.start, r.end);
      });
      // A comparison word far from its year with no figure in between ("more optimistic than
      // its rival about 2005") makes no comparison base.
      for (Raw& r : raw) {
        if (r.base == Raw::kNoBase || r.year == kYearBefore || r.year == kQuarterBefore ||
            r.start - r.base <= 16) {
          continue;
        }
        auto it = std::lower_bound(spans.begin(), spans.end(), r.base,
                                   [](const Span& g, uint32_t b) { return g.start < b; });
        if (it != spans.end() && it->end <= r.start) continue;  // a figure in between
        // "nearly 9% more than they paid in 2007": the figure right before the comparison.
        if (it != spans.begin() && std::prev(it)->end + 24 >= r.base) continue;
        r.base = Raw::kNoBase;
      }
      // English forecasts: "from" between a figure and a year that ends the clause starts the
      // figure's period ("could raise output to 200,000 cars from 2027." -> 2027); a change
      // reported as fact keeps its base ("up $3bn from 2013.", "from 2013 levels").
      for (Raw& r : raw) {
        if (r.base == Raw::kNoBase || r.year < 0 || !r.tail.empty() || r.start != r.base + 5 ||
            text.substr(r.base, 5) != "from " ||
            (r.end < text.size() &&
             std::string_view(".,;:)").find(text[r.end]) == std::string_view::npos)) {
          continue;
        }
        auto it = std::lower_bound(spans.begin(), spans.end(), r.base,
                                   [](const Span& g, uint32_t b) { return g.start < b; });
        if (it == spans.begin() || std::prev(it)->end + 2 < r.base) continue;
        // "will rise 5% from 2004.", "up $3bn from 2013": a change from the year.
        size_t we = std::prev(it)->start;
        while (we > 0 && text[we - 1] == ' ') --we;
        size_t ws = we;
        while (ws > 0 && scan::LowerAscii(text[ws - 1]) >= 'a' &&
               scan::LowerAscii(text[ws - 1]) <= 'z') {
          --ws;
        }
        const std::string_view before = text.substr(ws, we - ws);
        bool change = false;
        for (std::string_view w :
             {"up", "down", "by", "rise", "rose", "fall", "fell", "grow", "grew", "gain"}) {
          change = change || scan::EqualsLowerAscii(before, w);
        }
        if (change) continue;
        if (!IsForecast(text.substr(sentence_start, sentence_end - sentence_start))) continue;
        r.base = Raw::kNoBase;
      }
      for (Raw& r : raw) {
        if (r.year != kNeedsYear) continue;
        if (scanned < r.start) {
          const int y = LastYear(text, years, scanned, r.start);
          if (y >= 0) context = y;
          scanned = r.start;
        }
        // A year named far before (another paragraph: history, a "since" year) gives way to
        // the article's year.
        // A month without a year ("en agosto") takes only a year its own sentence names
        // before it, else the article's year: the month a text names with another year
        // ("abril de 1996") is mostly a comparison or history, the month alone the current one.
        const bool month = r.tail.size() == 3 && scan::IsDigit(r.tail[1]);
        size_t near_from = r.start > kContextReach ? r.start - kContextReach : 0;
        if (month) near_from = std::max(near_from, sentence_start);
        const int near = context >= 0 ? LastYear(text, years, near_from, r.start) : -1;
        r.year = near >= 0                ? near
                 : article_year() >= 0    ? article_year()
                 : context >= 0 && !month ? context
                 : reference              ? *reference
                                          : kUnresolved;
      }
      // An English month alone (Raw::month_alone) of a comparison base later than the
      // sentence's month is of the year before ("reached 6,100 in February from 6,400 in
      // November"). A month alone later than the publication month keeps the publication
      // year: telling a past statement from a scheduled or present one needs a tense test.
      for (Raw& r : raw) {
        if (r.month_alone && r.year >= 0 && r.month_year_before) --r.year;
      }
      // "in the quarter": the quarter the sentence states before it, else the first one the
      // text states (the quarter a report is about: its lead names it; the later ones are
      // mostly comparison bases), with its year, else with the article's year; none without
      // one.
      for (Raw& r : raw) {
        if (r.year != kSameQuarter) continue;
        auto is_quarter = [](const Raw& o) {
          return o.base == Raw::kNoBase && o.tail.size() == 3 && o.tail[1] == 'Q';
        };
        const Raw* near = nullptr;
        for (const Raw& o : raw) {
          if (o.end <= r.start && o.year >= 0 && is_quarter(o)) near = &o;
        }
        if (near != nullptr) {
          r.year = near->year;
          r.tail = near->tail;
          continue;
        }
        std::string before_buf;
        std::vector<Token> before_toks;
        std::vector<Raw> before;
        FindRaw(text, 0, sentence_start, reference, &before_buf, &before_toks, &before);
        const Raw* first_q = nullptr;
        for (const Raw& o : before) {
          if (!is_quarter(o) || (o.year < 0 && o.year != kNeedsYear)) continue;
          if (o.year >= 0) {
            first_q = &o;
            break;
          }
          if (first_q == nullptr) first_q = &o;
        }
        if (first_q == nullptr) continue;
        const int y = first_q->year >= 0 ? first_q->year : article_year();
        if (y < 0) continue;
        r.year = y;
        r.tail = first_q->tail;
      }
      // An undated text (no publication time, no date of its own): "last year", "this
      // year" count from the year after the article's year - a report mostly comes out
      // after the year it is about ("Asian sales fell 3.4% last year" in a report that
      // names 2004 most often is a 2004 figure) - but in English not from after the earliest
      // year a forecast targets ("would reach 3.6% in 2008, 2.9% next year" -> 2009). The
      // present ("now") stays unresolved.
      if (!reference) {
        for (Raw& r : raw) {
          if (r.year == kUnresolved && !r.weak && undated_this_year() >= 0) {
            r.year = undated_this_year() + r.delta;
          }
        }
      }
      // "a year ago": one year before the nearest period of the sentence that is not itself
      // a comparison base, else before the article's year.
      for (Raw& r : raw) {
        if (r.year != kYearBefore) continue;
        const Raw* near = nullptr;
        uint32_t near_d = 0;
        for (const Raw& o : raw) {
          if (o.year < 0 || o.base != Raw::kNoBase || o.month_alone) continue;
          // The period the sentence is about is mostly named before the comparison.
          const uint32_t d =
              o.start > r.start ? o.start - r.start + kPeriodReach : r.start - o.start;
          if (near == nullptr || d < near_d) {
            near = &o;
            near_d = d;
          }
        }
        if (near != nullptr) {
          r.year = near->year - 1;
          r.tail = near->tail;
        } else if (r.base == Raw::kNoBase) {
          // A sentence opening with "Im Jahr davor" follows the year the text named last
          // ("X machte 2019 Verlust. Im Jahr davor …" -> 2018), else the publication year.
          if (scanned < r.start) {
            const int y = LastYear(text, years, scanned, r.start);
            if (y >= 0) context = y;
            scanned = r.start;
          }
          int y = context;
          if (y < 0) y = reference ? *reference : article_year();
          r.year = y >= 0 ? y - 1 : kUnresolved;
        } else {
          r.year = article_year() >= 0 ? article_year() - 1 : kUnresolved;
        }
      }
      // "a year later": one year after the nearest period before it in its sentence (not a
      // comparison base; a quarter or half keeps its part: "first quarter of 2001 … a year
      // later" -> 2002-Q1), else after the year the text named last before it.
      for (Raw& r : raw) {
        if (r.year != kYearAfter) continue;
        const Raw* near = AnchorBefore(raw, r.start, /*stated=*/false);
        if (near != nullptr) {
          r.year = near->year + 1;
          const bool part =
              near->tail.size() == 3 && (near->tail[1] == 'Q' || near->tail[1] == 'H');
          r.tail = part ? near->tail : "";
          continue;
        }
        if (scanned < r.start) {
          const int y = LastYear(text, years, scanned, r.start);
          if (y >= 0) context = y;
          scanned = r.start;
        }
        r.year = context >= 0 ? context + 1 : kUnresolved;
      }
      // "damals", "that year", "aquel año": the year of the nearest period before it in its
      // sentence that the text states (not a comparison base, the present, another anaphor
      // or a starting point), else the year the text named last within
      // kAnaphorReach bytes before it, else none (and no article year either: a year named
      // pages before or only after it is not what it points back to).
      for (Raw& r : raw) {
        if (r.year != kSameYear) continue;
        const Raw* near = AnchorBefore(raw, r.start, /*stated=*/true);
        if (near != nullptr) {
          // The year, or the span of years ("entre 1918 y 1920 … de aquel entonces"); not a
          // quarter, half or month.
          r.year = near->year;
          const bool years_span =
              !near->tail.empty() && (near->tail[0] == '/' || near->tail.size() == 5);
          if (years_span) r.tail = near->tail;
          continue;
        }
        const int y =
            LastYear(text, years, r.start > kAnaphorReach ? r.start - kAnaphorReach : 0, r.start);
        r.year = y >= 0 ? y : kUnresolved;
      }
      // "the previous quarter": the quarter before the nearest quarter the sentence states
      // (not itself a comparison base); none without one.
      for (Raw& r : raw) {
        if (r.year != kQuarterBefore) continue;
        const Raw* near = nullptr;
        uint32_t near_d = 0;
        for (const Raw& o : raw) {
          if (o.year < 0 || o.base != Raw::kNoBase || o.tail.size() != 3 || o.tail[1] != 'Q') {
            continue;
          }
          const uint32_t d =
              o.start > r.start ? o.start - r.start + kPeriodReach : r.start - o.start;
          if (near == nullptr || d < near_d) {
            near = &o;
            near_d = d;
          }
        }
        if (near == nullptr) continue;
        const int q = near->tail[2] - '0';
        r.year = q == 1 ? near->year - 1 : near->year;
        r.tail = "-Q" + std::to_string(q == 1 ? 4 : q - 1);
      }
    }
    const Raw* best = nullptr;
    const Raw* unresolved_later = nullptr;
    uint32_t best_d = 0;
    // `raw` is in text order: only mentions within reach of the figure are candidates.
    const uint32_t from =
        fs > kPeriodReach + kMaxFigureBytes ? fs - kPeriodReach - kMaxFigureBytes : 0;
    auto first = std::lower_bound(raw.begin(), raw.end(), from,
                                  [](const Raw& r, uint32_t v) { return r.start < v; });
    // Spanish: "pasó de 127 empleados en 2012 a 208 en 2018": a period stated with "en" right
    // after a figure is that figure's; one stated so right after another figure before this
    // one is not a candidate when this figure has its own.
    auto en_gap = [&](uint32_t a, uint32_t b) { return b >= a && text.substr(a, b - a) == " en "; };
    bool own_after = false;
    if (lang == Lang::kEs) {
      for (auto it = first; it != raw.end() && it->start <= fe + 4; ++it) {
        own_after = own_after || (it->base == Raw::kNoBase && en_gap(fe, it->start));
      }
    }
    auto attached_before = [&](const Raw& r) {
      for (const Span& g : spans) {
        if (g.start != f.start && g.end <= r.start && en_gap(g.end, r.start)) return true;
      }
      return false;
    };
    // "de 80 pesos por función en 1952 a 125 pesos en 1958": a period right before "a"/"hasta" and
    // this figure dates the start of the change, also when words stand between the other
    // figure and its "en".
    auto change_start_before = [&](const Raw& r) {
      const std::string_view gap = text.substr(r.end, fs - r.end);
      return gap == " a " || gap == " hasta ";
    };
    for (auto it = first; it != raw.end() && it->start <= fe + kPeriodReach; ++it) {
      const Raw& r = *it;
      if (r.year < 0 && r.year != kUnresolved) continue;
      if (r.base != Raw::kNoBase && !(r.base <= fs && fe <= r.start)) continue;
      if (own_after && r.end <= fs && r.base == Raw::kNoBase &&
          (attached_before(r) || change_start_before(r))) {
        continue;
      }
      uint32_t lo, hi;
      if (r.end <= fs) {
        lo = r.end;
        hi = fs;
      } else if (r.start >= fe) {
        lo = fe;
        hi = r.start;
      } else {
        continue;  // inside the figure's own span
      }
      if (hi - lo > kPeriodReach) continue;
      // In an undated text a month alone in a comparison dates no figure ("fewer loans in
      // May than in the same month of 2003": the year is the base's); "from X in May to Y"
      // dates X only.
      if (r.month_alone &&
          (!MonthAloneReaches(text.substr(lo, hi - lo), r.month_opens) ||
           (r.month_than && !published_at_ms) || (r.month_from_to && r.end <= fs))) {
        continue;
      }
      uint32_t d = hi - lo;
      if (r.base != Raw::kNoBase) {
        d = 0;  // a comparison base names the figure between its comparison word and it
      } else {
        const bool after = r.start >= fe;
        for (uint32_t k = lo; k < hi; ++k) {
          const char c = text[k];
          if (IsClauseByte(c)) {
            d += kClausePenalty;
            // A relative clause after the figure ("…, bei dem 1975 …", "…, which it sold in
            // 1999", "…, que se firmó en 2007"): its periods are its own events'.
            // Not one right after the figure: it describes the figure ("eine Million Menschen,
            // die 2015 flüchteten", "a donation of $2m, with which …").
            if (after && c == ',' && k > lo && RelativeClauseAt(text, k + 1, lang)) {
              d += kPeriodReach;
            }
            continue;
          }
          if (c != ' ') continue;
          const char next = k + 1 < text.size() ? text[k + 1] : '\0';
          // A subordinate clause after the figure ("and cautioned that margins in 2008 could
          // shrink").
          if (after && (next == 't' || next == 'd') &&
              (text.substr(k, 6) == " that " || text.substr(k, 6) == " dass ")) {
            d += kPeriodReach + kClausePenalty;  // its periods are the clause's own
          }
          // A dash between spaces opens an aside: " - ", " – ".
          if (k + 2 < hi &&
              (next == '-' || (next == '\xE2' && text.substr(k + 1, 3) == "\u2013")) &&
              text[k + (next == '-' ? 2 : 4)] == ' ') {
            d += kClausePenalty;
          }
        }
      }
      // A period stated after the figure, far and in another clause, is not the figure's
      // (one stated first frames the whole sentence: "Al cierre de 2022, …").
      if (r.start >= fe && d > kPeriodReach + kClausePenalty) continue;
      // Behind an aside dash or a semicolon, a period stated right after another figure is
      // that figure's ("up 14.6% - well short of the high of 38% reached in the first quarter").
      if (r.start >= fe && r.base == Raw::kNoBase && AsideFigureBefore(text, spans, fs, fe, r)) {
        continue;
      }
      // "… in 2011 rose 4% and in 2014 by 6%": the period after "and in" is the next figure's.
      if (r.base == Raw::kNoBase && CoordinatedPeriodOfNext(text, spans, fe, r)) continue;
      // "… 610 Filialen, und bis 2033 sollen es 900 werden": the target after
      // another clause's figure is that figure's.
      if (TargetOfNextClause(text, spans, sentence_start, fe, r)) continue;
      // A stated period beats the present ("heute", "now"); at equal distance the one after
      // the figure wins ("del 70 % en 1997 al 78 % en 1999").
      if (best != nullptr && best->weak != r.weak && !best->anaphor && !r.anaphor) {
        if (r.weak) continue;
        best = nullptr;
      }
      // A relative period that cannot be resolved (no publication time) in a later clause
      // ("su cuota en 2009 bajó al 3 %, pero el año pasado subió al 6 %") is mostly the next
      // figure's: it leaves the figure without a period only when no stated period is a
      // candidate.
      if (r.year == kUnresolved && r.start >= fe && d >= kClausePenalty) {
        if (unresolved_later == nullptr) unresolved_later = &r;
        continue;
      }
      if (best == nullptr || d < best_d || (d == best_d && r.start >= fe)) {
        best = &r;
        best_d = d;
      }
    }
    if (best == nullptr) best = unresolved_later;
    if (best != nullptr) {
      // A relative period without a publication time leaves the figure without one.
      if (best->year >= 0) f.period = Format(best->year, best->tail);
    } else if (article_year() >= 0 && !change_from_value(fs, fe) &&
               !SurveyShare(text, sentence_start, sentence_end, f, lang, &survey_memo)) {
      f.period = std::to_string(article_year());
      f.period_from_article = article_year_named;
    }
  }
}

namespace {

// A byte of a word: an ASCII letter or digit or any byte of a multi-byte UTF-8 letter.
bool WordByte(char c) {
  return scan::IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Whether the word `w` (as written) starts with a capital: A-Z, or a Latin-1 capital in UTF-8
// ("Ä", "Ö", "Ü", "É", "Ñ": 0xC3 then 0x80-0x9E).
bool Capitalised(std::string_view w) {
  if (w.empty()) return false;
  const auto c0 = static_cast<unsigned char>(w[0]);
  if (c0 >= 'A' && c0 <= 'Z') return true;
  return c0 == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
         static_cast<unsigned char>(w[1]) <= 0x9E;
}

// Whether the sentence `b_sentence` of a body figure names the subject of the headline
// `title`: a word of the title outside the figure `f`, not an article or a preposition, occurs
// in it - a capitalised one of 2 bytes or more (a name, a German noun: "UK", "Velkor",
// "Absatz") or another of 5 bytes or more ("profits", "ventas"). "Dunmore to shed 450 jobs"
// over "Rival Harlow shed 450 jobs in 2017": no.
bool NamesTitleSubject(std::string_view title, const Figure& f, std::string_view b_sentence) {
  size_t i = 0;
  while (i < title.size()) {
    if (!WordByte(title[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < title.size() && WordByte(title[e])) ++e;
    const std::string_view w = title.substr(i, e - i);
    const bool in_figure = i < f.end && e > f.start;
    if (!in_figure && w.size() >= (Capitalised(w) ? 2 : 5) && !IsArticle(w) && !IsPreposition(w)) {
      std::string lower(w);
      for (char& c : lower) c = scan::LowerAscii(c);
      // (ASCII case-insensitive, bounded by WordByte.)
      if (scan::HasWholeWord(b_sentence, lower, /*exact_case=*/false, /*high_is_word=*/true)) {
        return true;
      }
    }
    i = e;
  }
  return false;
}

// Whether the body figure `b` states the headline figure `f` again: the same amount (kind,
// value, upper value, unit), the same metric and entity when both have one, the same
// qualifier unless the headline's is exact (a headline drops "about"), and a sentence that
// names the headline's subject (NamesTitleSubject).
bool RepeatsTitleFigure(const Figure& f, const Figure& b, std::string_view title,
                        std::string_view body) {
  if (!f.metric.empty() && !b.metric.empty() && f.metric != b.metric) return false;
  if (!f.entity.empty() && !b.entity.empty() && f.entity != b.entity) return false;
  if (f.qualifier != Qualifier::kExact && f.qualifier != b.qualifier) return false;
  if (b.start >= body.size()) return false;
  const size_t s = SentenceStart(body, b.start);
  return NamesTitleSubject(title, f, body.substr(s, SentenceEnd(body, b.start) - s));
}

}  // namespace

void TitlePeriodsFromBody(std::string_view title_text, std::string_view body_text,
                          std::span<Figure> title, std::span<const Figure> body) {
  for (Figure& f : title) {
    if (!f.period.empty()) continue;
    const std::string* period = nullptr;
    bool agree = true;
    for (const Figure& b : body) {
      if (b.kind != f.kind || b.value != f.value || b.value_high != f.value_high ||
          b.unit != f.unit) {
        continue;
      }
      // A twin of another subject or period, or without a period: the headline's is unknown.
      if (b.period.empty() || (period != nullptr && *period != b.period) ||
          !RepeatsTitleFigure(f, b, title_text, body_text)) {
        agree = false;
        break;
      }
      period = &b.period;
    }
    if (agree && period != nullptr) f.period = *period;
  }
}

namespace {

// Whether the lower-case `cue` starts a word of `s` (ASCII case-insensitive) and, when
// `whole`, also ends one.
bool HasWordCue(std::string_view s, std::string_view cue, bool whole) {
  for (size_t i = scan::FindLower(s, cue); i != std::string_view::npos;
       i = scan::FindLower(s, cue, i + 1)) {
    if (i > 0 && scan::IsAsciiAlnum(s[i - 1])) continue;
    const size_t e = i + cue.size();
    if (whole && e < s.size() && scan::IsAsciiAlnum(s[e])) continue;
    return true;
  }
  return false;
}

// `cue` anywhere in a word of `s` other than as the start of `other`.
bool InsideWordNotAs(std::string_view s, std::string_view cue, std::string_view other) {
  for (size_t i = scan::FindLower(s, cue); i != std::string_view::npos;
       i = scan::FindLower(s, cue, i + 1)) {
    if (scan::FindLower(s.substr(i, other.size()), other) != 0) return true;
  }
  return false;
}

// A German share or stock market word in `s`: "Aktie" also inside a word ("Aktienkurs",
// "Vorzugsaktien") but not "Aktiengesellschaft" (a company form), "Börse" but not
// "Börsengang" (a listing, after which a text reports results), "Leitindex".
bool NamesShareDe(std::string_view s) {
  return InsideWordNotAs(s, "aktie", "aktiengesellschaft") ||
         InsideWordNotAs(s, "börse", "börsengang") ||
         scan::FindLower(s, "leitindex") != std::string_view::npos;
}

}  // namespace

namespace {

// Spanish shares in `s`: "acciones de/del" before a capitalised name or an article, or "sus
// acciones" ("las acciones de Velmora", "acciones de la firma"; not "las acciones de
// protesta"), "títulos", "bolsa", a form of "cotizar" or "cotización" (not "cotizaciones
// sociales", "cotizantes").
bool NamesShareEs(std::string_view s) {
  for (size_t i = scan::FindLower(s, "acciones"); i != std::string_view::npos;
       i = scan::FindLower(s, "acciones", i + 1)) {
    if (i > 0 && WordByte(s[i - 1])) continue;
    if (i >= 4 && scan::FindLower(s.substr(i - 4, 4), "sus ") == 0) return true;
    std::string_view rest = s.substr(i + 8);
    for (const std::string_view de : {" de ", " del "}) {
      if (rest.size() <= de.size() || scan::FindLower(rest.substr(0, de.size()), de) != 0) {
        continue;
      }
      const std::string_view next = rest.substr(de.size());
      if (Capitalised(next)) return true;
      for (const std::string_view art : {"la ", "las ", "los ", "el "}) {
        if (scan::FindLower(next.substr(0, art.size()), art) == 0) return true;
      }
    }
  }
  for (const std::string_view w :
       {"títulos", "bolsa", "cotización", "cotiza", "cotizaba", "cotizó", "cotizan", "cotizaron"}) {
    if (HasWordCue(s, w, true)) return true;
  }
  return false;
}

}  // namespace

bool StockMove(std::string_view text, const Figure& f, Lang lang) {
  if (f.metric != "growth" || f.start >= text.size()) return false;
  const size_t s = SentenceStart(text, f.start);
  const size_t lo = f.start - s > 160 ? f.start - 160 : s;
  const std::string_view before = text.substr(lo, f.start - lo);
  const std::string_view sentence = text.substr(s, SentenceEnd(text, f.start) - s);
  switch (lang) {
    case Lang::kEn:
      if (!HasWordCue(before, "shares", true) && !HasWordCue(before, "share price", false) &&
          !HasWordCue(before, "stock", true) && !HasWordCue(before, "stocks", true)) {
        return false;
      }
      return !HasWordCue(sentence, "year", false) && !HasWordCue(sentence, "month", false) &&
             !HasWordCue(sentence, "week", false) && !HasWordCue(sentence, "quarter", false) &&
             !HasWordCue(sentence, "annual", false);
    case Lang::kDe:
      if (!NamesShareDe(before)) return false;
      return scan::FindLower(sentence, "jahr") == std::string_view::npos &&
             scan::FindLower(sentence, "monat") == std::string_view::npos &&
             scan::FindLower(sentence, "woche") == std::string_view::npos &&
             scan::FindLower(sentence, "quartal") == std::string_view::npos;
    case Lang::kEs:
      if (!NamesShareEs(before)) return false;
      return !HasWordCue(sentence, "año", false) && !HasWordCue(sentence, "mes", true) &&
             !HasWordCue(sentence, "meses", true) && !HasWordCue(sentence, "semana", false) &&
             !HasWordCue(sentence, "trimestre", false) && !HasWordCue(sentence, "anual", false);
    case Lang::kUnknown:
      return false;
  }
  return false;
}

namespace {

// The word after position i of `s` (skipping spaces), lower-case ASCII letters only ("" at
// punctuation or the end).
std::string WordAt(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  std::string w;
  while (i < s.size() && scan::IsAsciiAlnum(s[i])) w += scan::LowerAscii(s[i++]);
  return w;
}

// "fine" as a noun in `s`: an amount before it ("a $2m fine") or a word after it that a noun
// takes ("a fine of $2m", "the fine was", "the fine."), not the adjective ("a fine result").
bool FineNounEn(std::string_view s) {
  for (size_t i = scan::FindLower(s, "fine"); i != std::string_view::npos;
       i = scan::FindLower(s, "fine", i + 1)) {
    const size_t e = i + 4;
    if ((i > 0 && WordByte(s[i - 1])) || (e < s.size() && WordByte(s[e]))) continue;
    size_t p = i;
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '-')) --p;
    size_t q = p;
    while (q > 0 && WordByte(s[q - 1])) --q;
    if (std::any_of(s.begin() + q, s.begin() + p, [](char c) { return c >= '0' && c <= '9'; })) {
      return true;
    }
    const std::string next = WordAt(s, e);
    if (next.empty() || InList(next, {"of", "for", "on", "against", "was", "is", "will", "would",
                                      "has", "had", "imposed", "levied", "paid"})) {
      return true;
    }
  }
  return false;
}

// A settlement of a claim in `s`: "settle(s/d/ing)", "settlement(s)", not moving somewhere
// ("settled in Kelby", "settle down") nor a village ("the settlement of Kelby").
bool SettleEn(std::string_view s) {
  for (size_t i = scan::FindLower(s, "settle"); i != std::string_view::npos;
       i = scan::FindLower(s, "settle", i + 1)) {
    if (i > 0 && WordByte(s[i - 1])) continue;
    size_t e = i;
    while (e < s.size() && WordByte(s[e])) ++e;
    const std::string_view w = s.substr(i, e - i);
    if (!InList(w, {"settle", "settles", "settled", "settling", "settlement", "settlements"})) {
      continue;
    }
    const std::string next = WordAt(s, e);
    if (InList(next, {"in", "on", "into", "down", "near", "at"})) continue;
    if (next == "of") {
      size_t k = e;
      while (k < s.size() && s[k] == ' ') ++k;
      k += 2;
      while (k < s.size() && s[k] == ' ') ++k;
      if (k < s.size() && Capitalised(s.substr(k))) continue;
    }
    return true;
  }
  return false;
}

}  // namespace

bool OneOffSum(std::string_view text, const Figure& f, Lang lang) {
  if (f.kind != FigureKind::kMoney || (!f.metric.empty() && f.metric != "tax") ||
      f.end > text.size()) {
    return false;
  }
  const size_t s = SentenceStart(text, f.start);
  const size_t e = SentenceEnd(text, f.start);
  const size_t lo = f.start - s > 80 ? f.start - 80 : s;
  const size_t hi = e > f.end && e - f.end > 60 ? f.end + 60 : std::max<size_t>(e, f.end);
  const std::string_view win = text.substr(lo, hi - lo);
  auto any_prefix = [&](std::initializer_list<std::string_view> cues) {
    for (std::string_view c : cues) {
      if (HasWordCue(win, c, false)) return true;
    }
    return false;
  };
  auto any_inside = [&](std::initializer_list<std::string_view> cues) {
    for (std::string_view c : cues) {
      if (scan::FindLower(win, c) != std::string_view::npos) return true;
    }
    return false;
  };
  switch (lang) {
    case Lang::kEn:
      return FineNounEn(win) || HasWordCue(win, "fined", true) || HasWordCue(win, "fines", true) ||
             SettleEn(win) ||
             any_prefix(
                 {"penalt", "damages", "compensation", "ransom", "lawsuit", "sued", "bribe"});
    case Lang::kDe:
      return any_inside({"strafe", "strafzahlung", "bußgeld", "schadenersatz", "schadensersatz",
                         "entschädigung", "lösegeld", "kaution", "ausgleichszahlung", "bestechung",
                         "schmiergeld", "abfindung"});
    case Lang::kEs:
      return any_prefix(
          {"multa", "sanción", "sanciones", "indemniza", "rescate", "fianza", "soborno"});
    case Lang::kUnknown:
      return false;
  }
  return false;
}

}  // namespace newsfacts::extract
