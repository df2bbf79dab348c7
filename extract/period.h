#pragma once
// Periods: the time span a figure refers to (Figure::period), read from the text. The one
// year/period detector of extract/: the figure grammar uses IsYearNumber to tell a year
// from an amount, and AssignPeriods gives each figure the period stated in its sentence.
//
// Period strings: "2024"; quarters "2024-Q3"; halves "2024-H1"; the first three quarters
// "2015-Q1-Q3"; ranges "2022-2025"; split (fiscal) years "2015/2016". Recognised forms, in
// German, Spanish and English:
//   years            "2024", "im Jahr 2024", "en 2024", "in 2024", "bis 2025"
//   ranges           "2022-2025", "2022 bis 2025", "de 2022 a 2025", "2022 to 2025",
//                    "between 2022 and 2025", "zwischen 2022 und 2025", "entre 2022 y 2025",
//                    two following years after "Jahre"/"years"/"años" ("der Jahre 2016 und
//                    2017" -> "2016-2017"); months of different years after a start word
//                    "von Mai 2010 bis Oktober 2013", "between February 2007 and October
//                    2009", "entre mayo de 2010 y octubre de 2013" -> "2010-2013" (but a year
//                    apart, "Oktober 2014 bis September 2015", "zwischen Mai 2010 und April
//                    2011", is a business year, below)
//   decades          "in den 1970er-Jahren", "Anfang der 1980er", "in the (early) 1990s",
//                    "during the 2000s", "en los años 90", "a finales de los años 1980" -> its
//                    ten years ("1980-1989"; not an age "in seinen 50ern", "con 90 años", nor
//                    "aus den 1960ern", "units of the 1990s model line": English only after
//                    in / during / through / throughout / since "the"; not German two digits
//                    "in den 30er Jahren"; "los años 2010 y 2011" are two years; after "seit",
//                    "ab", "since", "desde" a starting point)
//   split years      "2015/16", "2015/2016", "2005-6", "2004-05", "Geschäftsjahr 2015/16";
//                    two years a year apart after a business year's noun: "el ejercicio
//                    2013-2014", "im Geschäftsjahr 2014-2015", "the financial year 2013-2014"
//   fiscal years     "fiscal 2025", "fiscal year 2025", "FY2025", "FY25", "FY 2025"
//                    (the year that names the fiscal year)
//   quarters         "im dritten Quartal 2015", "3. Quartal 2015", "tercer trimestre de
//                    2010", "third quarter of 2024", "fourth-quarter", "Q3 2024", "3Q 2024";
//                    "the last quarter of 2004", "el último trimestre de 2020" (Q4; only with
//                    its year); by their months "between July and September 2004", "von
//                    Jänner bis März", "entre julio y septiembre" (also halves "January to
//                    June" -> H1 and "enero a septiembre" -> Q1-Q3)
//   halves           "im ersten Halbjahr 2023", "erste Jahreshälfte", "primer semestre de
//                    2010", "first half of 2024", "H1 2024", "1H 2024"
//   nine months      "die ersten drei Quartale", "los primeros nueve meses", "first nine
//                    months" -> YYYY-Q1-Q3
//   relative         "im vergangenen Jahr", "letztes Jahr", "heuer", "dieses Jahr", "im
//                    kommenden Jahr", "el año pasado", "este año", "el próximo año", "last
//                    year", "this year", "next year": resolved against the publication
//                    time; none without it
//   months           "in October 2004", "im Oktober 2015", "en octubre de 2015" -> "2004-10";
//                    alone ("subió un 2 % en marzo", "fell 0.4% in March") that month of the
//                    year its sentence names before it, else of the article's year (English:
//                    only for a figure at most four words away in its clause)
//   business years   "the year to June 2017", "im Geschäftsjahr bis Ende Juni 2017", "im Ende
//                    Juni 2017 abgelaufenen Geschäftsjahr" ->
//                    "2016/2017" ("to December 2004" -> "2004"); "the fiscal year starting in
//                    April 2005" -> "2005/2006" ("starting in January 2005" -> "2005"); "el
//                    ejercicio cerrado en junio de 2013", "el año fiscal que concluyó en
//                    septiembre de 2013" -> "2012/2013";
//                    months a year apart, the second the first's month or the one before it
//                    (not January's), after a start word or joined by a dash: "octubre
//                    98-septiembre 99", "zwischen Mai 2010 und April 2011" -> "1998/1999",
//                    "2010/2011"
//   year-ago bases   "compared with $30m a year earlier", "gegenüber 4 Mio. im Vorjahr", "frente
//                    a 7 millones del año anterior": the sentence's period one year back, only
//                    for the figure between the comparison word and the phrase; without a
//                    comparison word "ein Jahr zuvor", "a year earlier", "el año anterior"
//                    (not "a year ago", "im Vorjahr") name the nearest figure's period
//   compared years   "9 Prozent mehr (Pendler) als 2016", "wie schon 2016", "just as in
//                    2016", "como ya ocurrió en 2016", "topped those of the same period of
//                    2016": the period only of a figure between the comparison word and the
//                    year; no article year and no year of a bare quarter
//   year after       "a year later", "the following year", "im Jahr darauf", "ein Jahr
//                    später", "im Folgejahr", "un año después", "al año siguiente": one year
//                    after the nearest period before it in its sentence, else after the year
//                    the text named last before it; none without one
//   present          "heute", "jetzt", "now", "today", "hoy": the publication year, and only
//                    when the sentence states no other period
//   starting points  "seit 2010", "since June 2003", "desde el año 1989": stated, but the
//                    period of no figure (AssignPeriods); not before ", als / when / cuando"
//   anaphora         "damals", "in jenem Jahr", "im selben Jahr", "desselben Jahres", "aquel
//                    año", "ese (mismo) año", "por aquel entonces", "en aquel momento", "that
//                    year", "the same year", "at the time": the year of the nearest period
//                    before it in its sentence that the text states (not the present,
//                    another anaphor or a starting point; a span of years stays one), else
//                    the year the text named last within 600 bytes before it, else none
//                    (never the article's year); against the present only by distance
//                    ("kostete damals 80 Euro, heute 150 Euro")
// "in the quarter", "during the same quarter", "in diesem Quartal", "en el trimestre" are the
// quarter stated before them in their sentence, else the first quarter the text states (the
// one a report is about), else nothing ("im Quartal" is per quarter).
// A quarter or half without a year ("im dritten Quartal") takes the year last named within
// 300 bytes before it, else the article's year (see AssignPeriods), else the year last named
// before it, else the publication year, else it is not a period. Chip and model names
// are not halves or quarters: "H100", "H20", "H200", "Q7" never match; "H1"/"Q3" need a
// year next to them or "in/im/en" before them.
// Without a publication time the text's own date stands in for it: a full date in its first
// 300 bytes ("Update vom 30. September 2024", "Madrid, 3 de abril de 2012") or a current-year
// statement ("im laufenden Jahr 2016", "este año 2000").
//
// Thread-safety: pure functions; no shared state.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/figure.h"

namespace newsfacts::extract {

// Years the grammar treats as years, not amounts, when written as a plain 4-digit number.
[[nodiscard]] constexpr bool IsYearNumber(double v) {
  return v >= 1500 && v <= 2100;
}

// Whether `w` is written as a year of the last or this century: four digits, "19…" or "20…"
// ("En 2020 2 500 personas", "en 2031"). The figure grammar's blank-group tests and the
// Spanish time-phrase test read a year by this shape, before any number is parsed.
[[nodiscard]] constexpr bool IsYear19Or20Digits(std::string_view w) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return w.size() == 4 && ((w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0')) &&
         digit(w[2]) && digit(w[3]);
}

// Month names of German, Spanish and English, lower case, with their numbers (1-12): the
// table MonthOfWord reads, and the tagger's never-a-name words.
struct MonthName {
  std::string_view name;
  int month;
};
inline constexpr MonthName kMonthNames[] = {
    {"januar", 1},     {"jänner", 1},    {"enero", 1},      {"january", 1},   {"februar", 2},
    {"febrero", 2},    {"february", 2},  {"märz", 3},       {"marzo", 3},     {"march", 3},
    {"april", 4},      {"abril", 4},     {"mai", 5},        {"mayo", 5},      {"may", 5},
    {"juni", 6},       {"junio", 6},     {"june", 6},       {"juli", 7},      {"julio", 7},
    {"july", 7},       {"august", 8},    {"agosto", 8},     {"september", 9}, {"septiembre", 9},
    {"setiembre", 9},  {"oktober", 10},  {"octubre", 10},   {"october", 10},  {"november", 11},
    {"noviembre", 11}, {"dezember", 12}, {"diciembre", 12}, {"december", 12}};

// 1-12 for a month name of German, Spanish or English ("März", "enero", "October"; ASCII
// case-insensitive, the bytes >= 0x80 as written: "märz"), 0 for any other word. The period
// grammar's month table, for the other modules that read a date word.
[[nodiscard]] int MonthOfWord(std::string_view word);

// Weekday names, lower case, Monday first: German, Spanish and English. The figure grammar's
// date and label tests ("am Sonntag 4.044", "el viernes 22"), the Spanish time phrase of
// attribution ("… que el lunes") and the tagger's never-a-name words.
inline constexpr std::string_view kWeekdaysDe[] = {"montag",  "dienstag", "mittwoch", "donnerstag",
                                                   "freitag", "samstag",  "sonntag"};
inline constexpr std::string_view kWeekdaysEs[] = {"lunes",   "martes", "miércoles", "jueves",
                                                   "viernes", "sábado", "domingo"};
inline constexpr std::string_view kWeekdaysEn[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};

// One period stated in the text.
struct PeriodMention {
  uint32_t start = 0, end = 0;  // byte offsets of the whole phrase
  std::string period;           // as in Figure::period
};

// Appends the periods stated in text[s, e) to *out, in text order. `reference_year` (the
// publication year) resolves relative periods; without it they are skipped. A quarter or
// half without a year uses `context_year` (the year last named before `s`), else
// `reference_year`. REQUIRES: s <= e <= text.size().
void FindPeriods(std::string_view text, size_t s, size_t e, std::optional<int> reference_year,
                 std::optional<int> context_year, std::vector<PeriodMention>* out);

// Sets Figure::period of every figure of `figures` (all found in `text`, in text order) to
// the period stated nearest to it in its sentence (clause boundaries count as distance; a
// period after the figure in another clause or after "that"/"dass" is not its own; a money
// figure and its conversions in brackets, "$12bn (£9.4bn; 11bn euros)", are one span). A
// figure whose sentence states no period takes the article's year: the year `text` names most
// often outside forecasts and comparison bases (ties: the latest; Figure::period_from_article
// set) unless the text names it only in dates ("im Juni 2013", "30 June 2013"; then the
// publication year if it is that year, else none), else the publication year. A relative or
// present period that cannot be resolved, or an anaphor ("damals", "that year") with no year
// named before it, leaves the figure without one ("").
// Numbers that are figures are never periods.
// `published_at_ms` (UTC ms) resolves relative periods; nullopt leaves them unresolved.
// `only_empty`: keep the periods already set (a later stage filling in hand-made figures).
// `memo` (may be nullptr): what an earlier call on the same text found (see PeriodMemo).
// `lang`: in Spanish a year the text names only once among other years is no article year.
// `blocks` (may be nullptr): the text's digit-run starts (TextBlocks, text_blocks.h) when it
// is for `text`: the year scan visits them instead of searching the text for digits.
class PeriodMemo;
struct TextBlocks;
void AssignPeriods(std::string_view text, std::optional<int64_t> published_at_ms,
                   std::span<Figure> figures, bool only_empty = false, PeriodMemo* memo = nullptr,
                   Lang lang = Lang::kUnknown, const TextBlocks* blocks = nullptr);

// A headline figure that repeats a body figure takes its period: a title figure without one
// whose kind, value, upper value and unit some body figures state, all with the same period
// ("Kelmar's output up 12%" over "Kelmar produced 3 million tonnes in 2019, 12% more than in
// 2018" -> 2019). None when those body figures disagree or one of them has no period, or when
// one of them is about another subject: another metric or entity (when both have one), a
// qualifier other than the headline's (unless that is exact: a headline drops "about"), or a
// sentence that shares no name or longer word with the headline ("Kelmar to cut 200 jobs"
// over "Rival Dorn cut 200 jobs in 2019": none). `title_text` and
// `body_text` are the texts the figures' offsets point into.
void TitlePeriodsFromBody(std::string_view title_text, std::string_view body_text,
                          std::span<Figure> title, std::span<const Figure> body);

// A move of a share price or a stock market a figure's sentence reports without naming a span:
// a day's trading ("Kelmar's shares slid 3% on the news", "die Aktie gab am Nachmittag 4
// Prozent nach", "los títulos de Velmora cedieron un 2%"), not the year the text reports on.
// True for a figure of metric "growth" with a share or stock word in the 160 bytes of its
// sentence before it (en "shares", "share price", "stock(s)"; de "Aktie" also inside a
// compound, not "Aktiengesellschaft", "Börse", not "Börsengang", "Leitindex"; es "acciones",
// "títulos", "bolsa", "cotiz...") and no span word anywhere in the sentence ("year", "month",
// "week", "quarter", "annual"; "Jahr", "Monat", "Woche", "Quartal"; "año", "mes(es)", "semana",
// "trimestre", "anual"): "shares gained 20% over the year" keeps the article's year.
[[nodiscard]] bool StockMove(std::string_view text, const Figure& f, Lang lang);

// A one-off sum a sentence names as a penalty, a settlement or a damage paid or claimed
// ("Kelmar was fined EUR 3m", "agreed to pay $7m to settle the suit", "eine Geldstrafe von 900
// Euro", "2 Millionen Dollar Lösegeld gefordert", "una multa de 4.000 euros", "la fianza de
// 80.000 dólares"): no result of the year the text reports on. True for a money figure
// without a metric or of metric "tax" (the classifier's reading of "fined") with such a word
// in its sentence at most 80 bytes before or 60 bytes after it (en "fine(d/s)", "penalt...",
// "damages", "compensation", "ransom", "settle...", "lawsuit", "sued", "bribe..."; de "Strafe"
// also in a compound, "Strafzahlung", "Bußgeld", "Schaden(s)ersatz", "Entschädigung",
// "Lösegeld", "Kaution", "Ausgleichszahlung", "Bestechung", "Schmiergeld", "Abfindung"; es
// "multa", "sanción/sanciones", "indemniza...", "rescate", "fianza", "soborno").
[[nodiscard]] bool OneOffSum(std::string_view text, const Figure& f, Lang lang);

// What AssignPeriods found in one text (the text's years, its reference year, each sentence's
// period phrases), kept for a later call on the same text: Attribute calls it again for the
// figures the figure stage left without a period (most of them in texts without a
// publication time) and takes each sentence's phrases from here instead of scanning them
// again. The answers are those of a fresh scan (the phrases are looked up by window and
// reference year). One per text of one extraction: the Extractor makes one for the title and
// one for the body of each article and hands it to FindFigures and Attribute. A memo is bound
// to the first text it is used with; a call with another text (another address or length)
// binds it anew. REQUIRES: the bytes of the bound text do not change while it is in use.
// Thread-safety: not thread-safe (one per thread and text). Owns its storage, taken on the
// first call that has figures from the thread's spare storage of destroyed memos (kept for
// the next texts, at most two), else allocated.
class PeriodMemo {
 public:
  PeriodMemo();
  ~PeriodMemo();
  PeriodMemo(const PeriodMemo&) = delete;
  PeriodMemo& operator=(const PeriodMemo&) = delete;

  struct Impl;

 private:
  friend void AssignPeriods(std::string_view, std::optional<int64_t>, std::span<Figure>, bool,
                            PeriodMemo*, Lang, const TextBlocks*);
  std::unique_ptr<Impl> impl_;
};

namespace period_detail {

// A plain 4-digit year of a text: a run of exactly four ASCII digits with no letter or digit
// next to it, not inside a grouped or decimal number ("1.2024", "2015,5"), 1500-2100.
// `base`: a comparison word ("from", "than", "gegenüber", "frente a" …) ends within the 14
// bytes before it (spaces skipped) - a comparison base, not the year a report is about.
struct YearMention {
  uint32_t pos;
  int year;
  bool base;
  bool law = false;  // numbers or names a law ("Ley 1/1990"): no period of any figure
};

// Every year mention of `text` in text order: one byte scan (16 bytes at a time where SSE2
// exists) shared by AssignPeriods' reference year, article year and context year; with
// `blocks` for `text` (TextBlocks), a visit of their digit-run starts instead (same years).
void CollectYears(std::string_view text, std::vector<YearMention>* out,
                  const TextBlocks* blocks = nullptr);

// FindPeriods with or without the word pre-filter of the phrase scan (`filtered` = false runs
// every token through all the phrase tests: the slow path the fast one must equal).
void FindPeriodsFiltered(std::string_view text, size_t s, size_t e,
                         std::optional<int> reference_year, std::optional<int> context_year,
                         bool filtered, std::vector<PeriodMention>* out);

// The digit and token test that lets AssignPeriods skip a sentence's phrase scan: true when
// `s` holds a run of exactly four ASCII digits, two digits before '-', "Q"/"H" before a
// digit or "FY" (either case). PeriodTokenTest runs 16 bytes at a time where SSE2 exists;
// PeriodTokenTestByteLoop is its byte-at-a-time twin (the reference of the tests).
bool PeriodTokenTest(std::string_view s);
bool PeriodTokenTestByteLoop(std::string_view s);

}  // namespace period_detail

}  // namespace newsfacts::extract
