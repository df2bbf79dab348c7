// Fast paths of the figure stage against their slow twins on invented text: the candidate
// scan by 64-byte bit masks against the byte loop (figure_detail::ScanCandidates), the LiteralSet
// substring test (extract/literal_set.h) against one `find` per word, the period year scan
// (period_detail::CollectYears) against a plain byte loop, and the period phrase scan with
// its word pre-filter against the same scan without it.
#include <algorithm>
#include <catch2/catch.hpp>
#include <charconv>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/time.h"
#include "extract/attribution.h"
#include "extract/entity_matcher.h"
#include "extract/entity_scan.h"
#include "extract/extractor.h"
#include "extract/figure_finder.h"
#include "extract/gazetteer.h"
#include "extract/literal_set.h"
#include "extract/metric_classifier.h"
#include "extract/ner_features.h"
#include "extract/ner_tagger.h"
#include "extract/period.h"
#include "extract/sentence.h"
#include "extract/text_blocks.h"

namespace nf = newsfacts::extract;

namespace {

// Random text: `n` pieces drawn from `vocab`, joined by a random separator each.
std::string Soup(std::mt19937* rng, const std::vector<std::string>& vocab, size_t n) {
  static const std::vector<std::string> kSeps = {" ", " ", " ",  ", ", ". ", "-",
                                                 "/", "",  " (", ") ", "\n", " \xE2\x80\x93 "};
  std::uniform_int_distribution<size_t> pick(0, vocab.size() - 1);
  std::uniform_int_distribution<size_t> sep(0, kSeps.size() - 1);
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s += vocab[pick(*rng)];
    s += kSeps[sep(*rng)];
  }
  return s;
}

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsAlnum(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The year mentions by a plain byte loop (the scan CollectYears replaced).
std::vector<nf::period_detail::YearMention> SlowYears(std::string_view text) {
  std::vector<nf::period_detail::YearMention> out;
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsAlnum(text[i - 1]))) continue;
    size_t k = i;
    while (k < text.size() && IsDigit(text[k])) ++k;
    if (k - i == 4 && (k >= text.size() || !IsAlnum(text[k]))) {
      const int y = std::stoi(std::string(text.substr(i, 4)));
      const bool grouped_before =
          i >= 2 && (text[i - 1] == '.' || text[i - 1] == ',') && IsDigit(text[i - 2]);
      const bool grouped_after =
          k + 1 < text.size() && (text[k] == '.' || text[k] == ',') && IsDigit(text[k + 1]);
      size_t b = i;
      while (b > 0 && text[b - 1] == ' ') --b;
      const std::string_view before = text.substr(b >= 14 ? b - 14 : 0, b >= 14 ? 14 : b);
      bool base = false;
      for (std::string_view w : {"from", "than", "than in", "on", "gegenüber", "frente a",
                                 "compared with", "respecto a"}) {
        base = base || before.ends_with(w);
      }
      if (y >= 1500 && y <= 2100 && !grouped_before && !grouped_after) {
        out.push_back({static_cast<uint32_t>(i), y, base});
      }
    }
    i = k;
  }
  return out;
}

}  // namespace

TEST_CASE("LiteralSet finds a literal exactly where a find per word does", "[speed]") {
  const std::vector<std::string_view> words = {" may ", "expect", "Ziel",   "prevé",
                                               " soll", "ab",     "hälfte", "ctualmente"};
  const nf::LiteralSet set{" may ", "expect", "Ziel",   "prevé",
                           " soll", "ab",     "hälfte", "ctualmente"};
  CHECK(set.FoundIn("Sie soll wachsen"));
  CHECK(set.FoundIn("unexpected"));
  CHECK(set.FoundIn("die zweite Jahreshälfte"));
  CHECK(set.FoundIn("Sie sollte"));    // substring semantics: "sollte" starts with "soll"
  CHECK_FALSE(set.FoundIn("it may"));  // " may " needs the space after
  CHECK_FALSE(set.FoundIn(""));
  CHECK_FALSE(set.FoundIn("a"));
  const std::vector<std::string> vocab = {
      "may", "May", "ma", "y", "expec", "t",   "Zie",   "l",     "prev", "é",    "e",
      "so",  "ll",  "a",  "b", "häl",   "fte", "ctual", "mente", "x",    "\xC3", "\xA9"};
  // Longer literals: the scan then looks at every third position only.
  const std::vector<std::string_view> long_words = {" may ", "Ziel", "expect", "prevé"};
  const nf::LiteralSet long_set{" may ", "Ziel", "expect", "prevé"};
  CHECK(long_set.FoundIn("Ziel"));
  CHECK(long_set.FoundIn("xZiel"));
  CHECK(long_set.FoundIn("xxZiel"));
  CHECK(long_set.FoundIn("it may be"));
  CHECK_FALSE(long_set.FoundIn("Zie l"));
  std::mt19937 rng(7);
  for (int round = 0; round < 6000; ++round) {
    const std::string text = Soup(&rng, vocab, 1 + round % 12);
    bool slow = false, slow_long = false;
    for (std::string_view w : words) slow = slow || text.find(w) != std::string::npos;
    for (std::string_view w : long_words)
      slow_long = slow_long || text.find(w) != std::string::npos;
    INFO(text);
    REQUIRE(set.FoundIn(text) == slow);
    REQUIRE(long_set.FoundIn(text) == slow_long);
  }
}

TEST_CASE("LiteralSet with a long shortest literal finds it at every place up to the text end",
          "[speed]") {
  // Shortest literal 9 bytes: the scan steps 8 positions, so its last step passes the end of
  // most texts (an index past the end, never read).
  const nf::LiteralSet set{"Pemblorix", "Quarvendel AG"};
  for (size_t len = 0; len <= 40; ++len) {
    const std::string blank(len, '-');
    INFO("length " << len);
    CHECK_FALSE(set.FoundIn(blank));
    for (size_t at = 0; at + 9 <= len; ++at) {
      std::string text = blank;
      text.replace(at, 9, "Pemblorix");
      INFO("at " << at);
      CHECK(set.FoundIn(text));
      // Negative: its last byte cut off at the same place.
      text[at + 8] = '-';
      CHECK_FALSE(set.FoundIn(text));
    }
  }
}

TEST_CASE("the period year scan finds the years a plain byte loop finds", "[speed][period]") {
  using nf::period_detail::YearMention;
  std::vector<YearMention> fast;
  nf::period_detail::CollectYears("Im Jahr 2003 bis 2024 stieg der Wert, gegenüber 1999.", &fast);
  REQUIRE(fast.size() == 3);
  CHECK(fast[0].year == 2003);
  CHECK_FALSE(fast[0].base);
  CHECK(fast[2].year == 1999);
  CHECK(fast[2].base);
  const std::vector<std::string> vocab = {
      "2015",      "1999",     "2101",   "1499",   "12345", "201",      "x2015",
      "2015x",     "1.2024",   "2024,5", "from",   "than",  "than in",  "compared with",
      "gegenüber", "frente a", "on",     "Umsatz", "de",    "\xC3\xA4", "0",
      "20",        "2",        "015",    "   ",    "A",     "ä2015"};
  std::mt19937 rng(11);
  for (int round = 0; round < 4000; ++round) {
    // Long texts too: the scan takes 16 bytes at a time.
    const std::string text = Soup(&rng, vocab, 1 + round % 40);
    nf::period_detail::CollectYears(text, &fast);
    const std::vector<YearMention> slow = SlowYears(text);
    INFO(text);
    REQUIRE(fast.size() == slow.size());
    for (size_t i = 0; i < slow.size(); ++i) {
      CHECK(fast[i].pos == slow[i].pos);
      CHECK(fast[i].year == slow[i].year);
      CHECK(fast[i].base == slow[i].base);
    }
  }
}

TEST_CASE("the candidate scan's text blocks mark every capital and digit-run start",
          "[speed][figures][period]") {
  // Capitals after letters, digits, blanks, punctuation and two-byte letters; digit runs
  // after letters and digits; 64-byte block edges moved by random lengths.
  const std::vector<std::string> vocab = {
      "Zorvane", "zorvane", "ZORV", "Q3",    "x2015",  "2015",  "1.2024", "\xC3\xA4Kel",
      "9Abc",    "A",       "(Bex", "\"Tul", "-Mira",  "12345", "0",      "\xC2\xA0Lom",
      "2015x",   "x",       ".",    "   ",   "Umsatz", "Mio.",  "\n",     "\xC3\x9C"};
  std::mt19937 rng(33);
  nf::TextBlocks blocks;
  std::vector<uint32_t> triggers;
  std::vector<nf::period_detail::YearMention> own, from_blocks;
  size_t capitals = 0, years = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = Soup(&rng, vocab, 1 + static_cast<size_t>(round % 60));
    text.erase(0, std::uniform_int_distribution<size_t>(0, 3)(rng));
    triggers.clear();
    nf::figure_detail::ScanCandidates(text, &triggers, &blocks);
    INFO(text);
    REQUIRE(blocks.For(text));
    REQUIRE(blocks.capital_starts.size() == (text.size() + 63) / 64);
    for (size_t i = 0; i < blocks.capital_starts.size() * 64; ++i) {
      const bool capital =
          i < text.size() && text[i] >= 'A' && text[i] <= 'Z' && (i == 0 || !IsAlnum(text[i - 1]));
      const bool digit_start =
          i < text.size() && IsDigit(text[i]) && (i == 0 || !IsDigit(text[i - 1]));
      CHECK(((blocks.capital_starts[i / 64] >> (i % 64)) & 1) == capital);
      CHECK(((blocks.digit_starts[i / 64] >> (i % 64)) & 1) == digit_start);
      capitals += capital;
    }
    nf::period_detail::CollectYears(text, &own);
    nf::period_detail::CollectYears(text, &from_blocks, &blocks);
    REQUIRE(from_blocks.size() == own.size());
    for (size_t i = 0; i < own.size(); ++i) {
      CHECK(from_blocks[i].pos == own[i].pos);
      CHECK(from_blocks[i].year == own[i].year);
      CHECK(from_blocks[i].base == own[i].base);
    }
    years += own.size();
  }
  CHECK(capitals > 1000);
  CHECK(years > 1000);
  // Blocks of another text are not read: the year scan finds the text's own years, not
  // those the blocks mark (b has a's length, its years at other offsets).
  const std::string a = "Im Jahr 2019 und 2021.", b = "2018 und 2020 im Jahr.";
  REQUIRE(a.size() == b.size());
  triggers.clear();
  nf::figure_detail::ScanCandidates(a, &triggers, &blocks);
  std::vector<nf::period_detail::YearMention> b_own;
  nf::period_detail::CollectYears(b, &b_own);
  nf::period_detail::CollectYears(b, &from_blocks, &blocks);
  REQUIRE(b_own.size() == 2);
  REQUIRE(from_blocks.size() == b_own.size());
  for (size_t i = 0; i < b_own.size(); ++i) {
    CHECK(from_blocks[i].pos == b_own[i].pos);
    CHECK(from_blocks[i].year == b_own[i].year);
  }
  nf::period_detail::CollectYears(a, &from_blocks, &blocks);
  CHECK(from_blocks.size() == 2);
}

TEST_CASE("the period phrase scan finds the same periods with and without its word filter",
          "[speed][period]") {
  const std::vector<std::string> vocab = {"im",
                                          "dritten",
                                          "Quartal",
                                          "Q3",
                                          "q4",
                                          "H1",
                                          "3Q",
                                          "2H",
                                          "2024",
                                          "2015",
                                          "16",
                                          "98",
                                          "FY25",
                                          "FY",
                                          "fy2023",
                                          "Fyodor",
                                          "fiscal",
                                          "Oktober",
                                          "März",
                                          "MÄRZ",
                                          "de",
                                          "octubre",
                                          "septiembre",
                                          "year",
                                          "Year",
                                          "ago",
                                          "a",
                                          "A",
                                          "the",
                                          "previous",
                                          "vergangenen",
                                          "Jahr",
                                          "JAHR",
                                          "año",
                                          "AÑO",
                                          "pasado",
                                          "heute",
                                          "HEUTE",
                                          "now",
                                          "hoy",
                                          "ersten",
                                          "drei",
                                          "Quartale",
                                          "first",
                                          "nine",
                                          "months",
                                          "last",
                                          "three",
                                          "Vorjahr",
                                          "from",
                                          "than",
                                          "gegenüber",
                                          "bis",
                                          "to",
                                          "3.",
                                          "1st",
                                          "Hälfte",
                                          "Halbjahr",
                                          "semestre",
                                          "primer",
                                          "this",
                                          "next",
                                          "Umsatz",
                                          "ventas",
                                          "ending",
                                          "Final",
                                          "final",
                                          "cuarto",
                                          "ejercicio",
                                          "anterior",
                                          "hace",
                                          "un",
                                          "que",
                                          "viene",
                                          "nun",
                                          "jetzt",
                                          "heuer",
                                          "laufenden",
                                          "Jahres",
                                          "des",
                                          "of",
                                          "quarter",
                                          "trimestre",
                                          "half",
                                          "mitad",
                                          "monaten",
                                          "letzten",
                                          "últimos",
                                          "ÚLTIMOS",
                                          "próximo",
                                          "este",
                                          "diesem",
                                          "kommenden",
                                          "x",
                                          "5",
                                          "12",
                                          "Geschäftsjahres"};
  std::mt19937 rng(5);
  size_t found = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = Soup(&rng, vocab, 2 + round % 30);
    const std::optional<int> reference = round % 3 == 0 ? std::nullopt : std::optional<int>(2016);
    const std::optional<int> context = round % 2 == 0 ? std::nullopt : std::optional<int>(2014);
    std::vector<nf::PeriodMention> fast, slow;
    nf::period_detail::FindPeriodsFiltered(text, 0, text.size(), reference, context, true, &fast);
    nf::period_detail::FindPeriodsFiltered(text, 0, text.size(), reference, context, false, &slow);
    INFO(text);
    REQUIRE(fast.size() == slow.size());
    found += slow.size();
    for (size_t i = 0; i < slow.size(); ++i) {
      CHECK(fast[i].start == slow[i].start);
      CHECK(fast[i].end == slow[i].end);
      CHECK(fast[i].period == slow[i].period);
    }
  }
  CHECK(found > 1000);  // the soups do state periods
}

namespace {

// Scans `rounds` soups of 1 to `max_words` words of `vocab`, each cut by 0-3 leading bytes so
// that the scan's block edges move, with the fast and the byte-by-byte candidate scan;
// REQUIREs that both find the same offsets and returns how many they found in all.
size_t CandidatesInSoups(uint32_t seed, const std::vector<std::string>& vocab, int rounds,
                         int max_words) {
  std::mt19937 rng(seed);
  size_t found = 0;
  for (int round = 0; round < rounds; ++round) {
    std::string text = Soup(&rng, vocab, 1 + static_cast<size_t>(round % max_words));
    text.erase(0, std::uniform_int_distribution<size_t>(0, 3)(rng));
    std::vector<uint32_t> fast, slow;
    nf::figure_detail::ScanCandidates(text, &fast);
    nf::figure_detail::ScanCandidatesScalar(text, &slow);
    INFO(text);
    REQUIRE(fast == slow);
    found += slow.size();
  }
  return found;
}

}  // namespace

TEST_CASE("the candidate scan by bit masks finds the offsets the byte loop finds",
          "[speed][figures]") {
  // Words that trigger and words that do not, split across 64-byte blocks by random
  // lengths: two-byte letters at word starts, ends and block edges, digit runs, currency
  // signs, lone lead and continuation bytes (the scan must not assume valid UTF-8).
  const std::vector<std::string> vocab = {
      "Millionen",
      "Mrd",
      "zweihundertfünfzig",
      "dreißig",
      "anderthalb",
      "Übernahme",
      "ärger",
      "größer",
      "\xC3\xA4\xC3\xB6x",
      "millones",
      "mil",
      "veinticinco",
      "billion",
      "thousand",
      "Umsatzplus",
      "a",
      "x7y",
      "12",
      "2024",
      "3,5",
      "$",
      "US$40",
      "\xE2\x82\xAC",
      "\xC2\xA3",
      "\xC2\xA5",
      "\xEF\xBC\x95",
      "\xEF\xBC",
      "\xC3",
      "\xC3\xC3\xA9t\xC3",
      "\x80\xBF",
      "\xE2\x80\x93",
      "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
      "ÄÖÜäöüßñáéíóúÄÖÜäöüßñáéíóúÄÖÜäöüßñáéíóúÄÖÜäöüßñáéíóúÄÖÜ",
      "tausend"};
  CHECK(CandidatesInSoups(12, vocab, 4000, 60) > 10000);  // the soups do contain candidates
  std::vector<uint32_t> none;
  nf::figure_detail::ScanCandidates("", &none);
  CHECK(none.empty());
}

TEST_CASE("the candidate scan keeps number words among words of their shape in other languages",
          "[speed][figures]") {
  // The scan's shape filter tests first byte, last byte, length and the first two bytes
  // before the hash probe: words that share some of them with a number word of another
  // language ("das" and "dos", "für" and "four", "sagte" and "siete") must not hide the
  // number words themselves, in either case, umlauts in the first two bytes included.
  const std::vector<std::string> vocab = {
      "das",  "dos",   "Dos",   "des",   "four",  "Four",  "für",    "Für",   "fünf",  "Fünf",
      "FÜNF", "sagte", "siete", "Siete", "schon", "seven", "sieben", "zwölf", "Zwölf", "elf",
      "Elf",  "one",   "once",  "un",    "a",     "mil",   "mal",    "Mio",   "mio.",  "zwei"};
  CHECK(CandidatesInSoups(29, vocab, 3000, 40) > 3000);
}

TEST_CASE("the candidate scan classifies every byte value as the byte loop does",
          "[speed][figures]") {
  // Each byte value right after and before a number word and between two digits, at every
  // offset of a 64-byte block: a byte next to the letter or digit ranges ('@', '[', '`',
  // '{', '/', ':', 0x7F, 0xBF, 0xC0) taken for a letter or a digit would join the word or
  // the digit runs and change the candidates.
  for (size_t shift = 0; shift < 64; shift += 7) {
    std::string text(shift, ' ');
    for (int b = 0; b < 256; ++b) {
      const char c = static_cast<char>(b);
      text += std::string("zwei") + c + " " + c + "zehn 7" + c + "8 ";
    }
    std::vector<uint32_t> fast, slow;
    nf::figure_detail::ScanCandidates(text, &fast);
    nf::figure_detail::ScanCandidatesScalar(text, &slow);
    INFO(shift);
    CHECK(fast == slow);
    CHECK(slow.size() > size_t{600});
  }
}

TEST_CASE("the period token test by 16-byte blocks agrees with the byte loop", "[speed][period]") {
  // Digit runs of 1-6 digits, dashes, Q/H/F/Y in both cases next to digits and letters, at
  // every offset of a block (random separators and prefixes shift them).
  const std::vector<std::string> vocab = {
      "1", "22",  "333", "4444", "55555", "666666", "98-", "7-",    "Q",     "q3", "H1",
      "h", "FY",  "fy",  "Fy",   "fY",    "F",      "Y",   "Quote", "half",  "y",  "2Q",
      "x", "abc", "ñ",   "€",    "Jahr",  "-",      "0",   "12-",   "1234-", "Hy", "QQ"};
  std::mt19937 rng(16);
  size_t hits = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = Soup(&rng, vocab, 1 + round % 12);
    text.erase(0, std::uniform_int_distribution<size_t>(0, 2)(rng));
    INFO(text);
    const bool want = nf::period_detail::PeriodTokenTestByteLoop(text);
    REQUIRE(nf::period_detail::PeriodTokenTest(text) == want);
    hits += want ? 1 : 0;
  }
  CHECK(hits > 2000);
  CHECK(hits < 19000);  // both answers occur
}

TEST_CASE("the metric cue scan finds the same cues with and without its head filter",
          "[speed][metric]") {
  // Cue words, their prefixes and near misses in both cases, inside and at the edges of
  // words, cut off at the end of the text. The fast path also skips positions by their
  // first two bytes and hashed first three (it fails when a cue that may start inside a
  // word, "firmen" in "Firmenchef", or the two-byte "up" is filtered out), and walks the
  // cues of the position's first three bytes where the slow path walks those of its first
  // two (it fails when "up" sits only in the bucket of the text's end).
  const std::vector<std::string> vocab = {
      "Umsatz", "umsätze", "Gewinn", "gewinnt", "Verkauf", "kauf", "Mitarbeiter", "empleados",
      "ingresos", "ingr", "revenue", "rev", "revenues", "employees", "employ", "stores", "Stores",
      "plant", "plants", "planned", "bzw.", "bz", "led by", "le", "firmen", "Firmenchef", "banks",
      "bankrupt", "x", "a", "de", "Ü", "é", "respectively", "respect", "tax", "Taxes", "up", "UP",
      "upper", "pay", "payroll", "job", "jobs", "bid", "ipc", "cut",
      // A cue that starts with '/' inside a word ("/aktie": a word start there) and cues
      // with umlauts in their first three bytes (the filter's byte classes).
      "Euro/Aktie", "je/aktie", "/", "Fluggäste", "gäste", "Übernachtungen", "übernachtung",
      "Läden", "läd", "eingebüßt", "büßte", "Einkünfte"};
  std::mt19937 rng(21);
  size_t found = 0;
  for (int round = 0; round < 5000; ++round) {
    const std::string text = Soup(&rng, vocab, 1 + round % 20);
    INFO(text);
    // Each language's cue index (and the one of all cues): the same hits both ways.
    for (nf::Lang lang : {nf::Lang::kUnknown, nf::Lang::kDe, nf::Lang::kEs, nf::Lang::kEn}) {
      const auto fast = nf::metric_detail::FindCueHits(text, true, lang);
      const auto slow = nf::metric_detail::FindCueHits(text, false, lang);
      REQUIRE(fast.size() == slow.size());
      for (size_t i = 0; i < slow.size(); ++i) {
        CHECK(fast[i].start == slow[i].start);
        CHECK(fast[i].end == slow[i].end);
        CHECK(fast[i].cue == slow[i].cue);
      }
      if (lang == nf::Lang::kUnknown) found += slow.size();
    }
  }
  CHECK(found > 5000);
}

TEST_CASE("the metric cue scan's 16-byte gate keeps every position at block edges",
          "[speed][metric]") {
  // The English and Spanish cue indexes test 16 positions at a time (an ASCII letter after no
  // word byte, or the first two letters of a cue that may start inside a word) and read up to
  // the text's end past the range. Texts of 0 to 40 bytes end in a cue, a cue stem inside a
  // word ("Xbonus", "Trelmexports") or a cut-off cue, with two-byte UTF-8 letters before
  // it; every range [s, e) of each text gives the same hits with and without the filter. The
  // test fails when the gate drops a position inside a word, at a block's edge (15, 16, 17,
  // 31, 32, 33 bytes) or at the range's last two positions.
  const std::vector<std::string> tails = {"revenue",  "Xbonus",   "Trelmexports", "ingresos",
                                          "dividend", "DIVIDEND", "reve",         "up",
                                          "b",        "empleados"};
  const std::string filler = "Zanbo \xc3\xb1u grel. Kt \xc3\xa9va wumbrisch, 42 lo";
  CHECK(nf::metric_detail::FindCueHits("", true, nf::Lang::kEn).empty());
  size_t found = 0;
  for (size_t len = 0; len <= 40; ++len) {
    for (const std::string& tail : tails) {
      std::string text = filler.substr(0, std::min(len, filler.size()));
      text.resize(len, 'q');
      text += tail;
      // The text at the very end of a buffer of its own size (no terminating byte after it):
      // a read past the end is a heap overflow under the sanitizer runs.
      const std::unique_ptr<char[]> exact(new char[text.size()]);
      std::copy(text.begin(), text.end(), exact.get());
      const std::string_view view(exact.get(), text.size());
      for (size_t s = 0; s <= text.size(); ++s) {
        for (size_t e = s; e <= text.size(); ++e) {
          for (nf::Lang lang : {nf::Lang::kEn, nf::Lang::kEs}) {
            const auto fast = nf::metric_detail::FindCueHits(view, true, lang, s, e);
            const auto slow = nf::metric_detail::FindCueHits(text, false, lang, s, e);
            INFO(text << " [" << s << ", " << e << ")");
            REQUIRE(fast.size() == slow.size());
            for (size_t i = 0; i < slow.size(); ++i) {
              CHECK(fast[i].start == slow[i].start);
              CHECK(fast[i].end == slow[i].end);
              CHECK(fast[i].cue == slow[i].cue);
            }
            found += slow.size();
          }
        }
      }
    }
  }
  CHECK(found > 10000);
}

TEST_CASE("the metric cue scan skips no position that may start a cue in part of a text",
          "[speed][metric]") {
  // The filter tests a position by the classes of its three bytes and whether the byte
  // before it is a word byte; the range's edges fall anywhere (inside a word, at its last
  // two positions, where the third byte is past the range). Stems of the cues that may start
  // inside a word ("Xbudget", "reexports"), in either case, words that only share their
  // first bytes, and word-start cues inside words. The test fails when a position inside a
  // word is tested as a word start, or the range's last positions are skipped.
  const std::vector<std::string> vocab = {
      "Zorblat", "zorbudgets", "Megabonus", "ReExports", "subinvestigado", "coDIVIDENDS",
      "Hypertax", "ultrataxes", "ajobs", "Crowdworkers", "autopensiones", "prehonorarios",
      "quasireferendum", "imports", "inflationary", "bonus", "budget", "Bu", "bo", "in", "revenue",
      "revenues", "ingresos", "empleados", "employees", "plantas", "up", "UP", "Euro/Aktie", "pay/",
      "/jobs", "a", "x", "é", "ñandú", "8,5", "2019", "tax-free",
      // Cues that start only at a word start, inside words (a range may begin there).
      "Xrevenue", "desingresos", "nonemployees", "Replantas", "überrevenues"};
  std::mt19937 rng(37);
  size_t found = 0;
  for (int round = 0; round < 4000; ++round) {
    const std::string text = Soup(&rng, vocab, 2 + round % 24);
    std::uniform_int_distribution<size_t> cut(0, text.size());
    size_t s = cut(rng);
    size_t e = cut(rng);
    if (s > e) std::swap(s, e);
    if (round % 4 == 0) s = 0;
    if (round % 5 == 0) e = text.size();
    INFO(text << " [" << s << ", " << e << ")");
    for (nf::Lang lang : {nf::Lang::kEs, nf::Lang::kEn, nf::Lang::kDe}) {
      const auto fast = nf::metric_detail::FindCueHits(text, true, lang, s, e);
      const auto slow = nf::metric_detail::FindCueHits(text, false, lang, s, e);
      REQUIRE(fast.size() == slow.size());
      for (size_t i = 0; i < slow.size(); ++i) {
        CHECK(fast[i].start == slow[i].start);
        CHECK(fast[i].end == slow[i].end);
        CHECK(fast[i].cue == slow[i].cue);
      }
      if (lang != nf::Lang::kDe) found += slow.size();
    }
  }
  CHECK(found > 3000);
}

namespace {

// The periods of `figs` as one string, for comparing two passes.
std::string Periods(const std::vector<nf::Figure>& figs) {
  std::string out;
  for (const nf::Figure& f : figs) out += f.period + "|";
  return out;
}

// `figs` without their periods.
std::vector<nf::Figure> Cleared(std::vector<nf::Figure> figs) {
  for (nf::Figure& f : figs) f.period.clear();
  return figs;
}

}  // namespace

TEST_CASE("a second period pass over the same text answers as a fresh scan", "[speed][period]") {
  // Attribute's pass after the figure stage's looks up the sentences' period phrases the
  // first pass kept in the text's PeriodMemo; a memo used with another text (of the same
  // length) scans that one anew.
  const std::string a = "Im Jahr 2014 stieg der Umsatz um 5 Prozent auf 300 Millionen Euro.";
  std::string b = a;
  b.replace(b.find("2014"), 4, "2015");
  std::vector<nf::Figure> figs;
  nf::PeriodMemo memo_a;
  nf::FindFigures(a, nf::Lang::kDe, nf::Field::kBody, &figs, std::nullopt, &memo_a);
  REQUIRE(figs.size() == 2);
  CHECK(Periods(figs) == "2014|2014|");
  std::vector<nf::Figure> again = Cleared(figs);
  nf::AssignPeriods(a, std::nullopt, again, false, &memo_a);  // from the memo
  CHECK(Periods(again) == "2014|2014|");
  again = Cleared(figs);
  nf::AssignPeriods(b, std::nullopt, again, false, &memo_a);  // same offsets, other text
  CHECK(Periods(again) == "2015|2015|");

  // The phrases found without a publication time are not those found with one.
  const std::string rel = "Im vergangenen Jahr stieg der Umsatz um 5 Prozent.";
  figs.clear();
  nf::PeriodMemo memo_rel;
  nf::FindFigures(rel, nf::Lang::kDe, nf::Field::kBody, &figs, std::nullopt, &memo_rel);
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].period.empty());
  again = Cleared(figs);
  nf::AssignPeriods(rel, *newsfacts::common::ParseRfc3339Ms("2016-03-15T10:00:00Z"), again, false,
                    &memo_rel);
  CHECK(Periods(again) == "2015|");

  // Invented texts: the pass that finds the last text's phrases kept equals a fresh one.
  const std::vector<std::string> vocab = {"Im",
                                          "Jahr",
                                          "2014",
                                          "2015/16",
                                          "vergangenen",
                                          "dritten",
                                          "Quartal",
                                          "Umsatz",
                                          "stieg",
                                          "um",
                                          "5",
                                          "Prozent",
                                          "300",
                                          "Millionen",
                                          "Euro",
                                          "en",
                                          "el",
                                          "primer",
                                          "semestre",
                                          "de",
                                          "2010",
                                          "creció",
                                          "un",
                                          "12",
                                          "%",
                                          "last",
                                          "year",
                                          "revenue",
                                          "rose",
                                          "$4bn",
                                          "a year ago",
                                          "Q3",
                                          "FY25",
                                          "heute",
                                          "compared with",
                                          "gegenüber",
                                          "frente a",
                                          "im Oktober 2015",
                                          "2.000",
                                          "Mitarbeiter",
                                          "that",
                                          "dass"};
  std::mt19937 rng(8);
  size_t with_period = 0;
  for (int round = 0; round < 400; ++round) {
    const std::string text = Soup(&rng, vocab, 5 + round % 40);
    INFO(text);
    const nf::Lang lang = round % 3 == 0   ? nf::Lang::kDe
                          : round % 3 == 1 ? nf::Lang::kEs
                                           : nf::Lang::kEn;
    std::vector<nf::Figure> first;
    nf::PeriodMemo memo;
    nf::FindFigures(text, lang, nf::Field::kBody, &first, std::nullopt, &memo);
    if (first.empty()) continue;
    // Some figures keep their period, as after the figure stage; the rest are filled again.
    std::vector<nf::Figure> repeat = first, fresh = first;
    for (size_t i = 0; i < first.size(); i += 2) repeat[i].period.clear();
    fresh = repeat;
    nf::AssignPeriods(text, std::nullopt, repeat, /*only_empty=*/true, &memo);
    nf::AssignPeriods(text, std::nullopt, fresh, /*only_empty=*/true);  // no memo: a fresh scan
    CHECK(Periods(repeat) == Periods(fresh));
    for (const nf::Figure& f : fresh) with_period += f.period.empty() ? 0 : 1;
  }
  CHECK(with_period > 200);
}

TEST_CASE("sentence bounds by 16-byte blocks equal the rule at every byte", "[speed][sentence]") {
  // SentenceStart / SentenceEnd / CrossesSentence look for the end bytes 16 at a time (SSE2)
  // and ask the rule only there; the references below ask IsSentenceEnd at every byte.
  auto ref_end = [](std::string_view t, size_t pos) {
    for (size_t i = pos; i < t.size(); ++i) {
      if (nf::IsSentenceEnd(t, i)) return t[i] == '\n' ? i : i + 1;
    }
    return t.size();
  };
  auto ref_start = [](std::string_view t, size_t pos) {
    size_t i = pos;
    while (i > 0 && !nf::IsSentenceEnd(t, i - 1)) --i;
    while (i < pos && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) ++i;
    while (i < pos && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t')) ++i;
    return i;
  };
  auto ref_crosses = [](std::string_view t, size_t a, size_t b) {
    for (size_t i = a; i < b; ++i) {
      if (nf::IsSentenceEnd(t, i)) return true;
    }
    return false;
  };
  const std::vector<std::string> vocab = {
      "Tecnov\xC3\xAD"
      "a",
      "Kralinger.com",
      "3.5",
      "U.S.",
      "EE. UU.",
      "Mio.",
      "z.B.",
      "im 3. Quartal",
      "ca. 5",
      "sales",
      "rose",
      "Umsatz",
      "\"Done.\"",
      "(12;",
      "x;y",
      "end.",
      "End!",
      "Why?",
      "v2.0",
      "a.m.",
      "\xE2\x80\x9C",
      "Ok.\xE2\x80\x9D",
      "1.2bn",
      "Mr.",
      "B",
      "Inc."};
  std::mt19937 rng(11);
  size_t ends = 0;
  for (int round = 0; round < 300; ++round) {
    const std::string text = Soup(&rng, vocab, 3 + round % 60);
    INFO(text);
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      if (pos < text.size()) {
        REQUIRE(nf::SentenceEnd(text, pos) == ref_end(text, pos));
        ends += nf::IsSentenceEnd(text, pos) ? 1 : 0;
      }
      REQUIRE(nf::SentenceStart(text, pos) == ref_start(text, pos));
      const size_t b = std::min(text.size(), pos + 1 + static_cast<size_t>(round % 37));
      REQUIRE(nf::CrossesSentence(text, pos, b) == ref_crosses(text, pos, b));
    }
  }
  CHECK(ends > 1000);
}

TEST_CASE("sentence bounds from a text's shared end index equal the scans", "[speed][sentence]") {
  // Inside a SentenceIndexScope the bounds of that text come from end bits filled by 64-byte
  // blocks on demand; the same questions without a scope scan and ask the rule. Two texts at
  // once (title and body), every position, questions in an order that fills blocks out of
  // turn, a long run without ends (the kMaxSentenceBytes cut), and a view of another length
  // (not the indexed text: it must scan).
  struct Bounds {
    std::vector<size_t> start, start_lo, end, crosses, is_end;
    bool operator==(const Bounds&) const = default;
  };
  auto bounds = [](std::string_view t) {
    Bounds b;
    for (size_t k = 0; k <= t.size(); ++k) {
      const size_t pos = (k * 7919) % (t.size() + 1);  // a scattered order
      b.start.push_back(nf::SentenceStart(t, pos));
      b.start_lo.push_back(nf::SentenceStart(t, pos, pos / 3));
      if (pos < t.size()) {
        b.end.push_back(nf::SentenceEnd(t, pos));
        b.is_end.push_back(nf::IsSentenceEnd(t, pos) ? 1 : 0);
        const size_t to = std::min(t.size(), pos + 1 + (k % 150));
        b.crosses.push_back(nf::CrossesSentence(t, pos, to) ? 1 : 0);
      }
    }
    return b;
  };
  const std::vector<std::string> vocab = {
      "Velmora",   "Quarzit AG", "4.7",  "N.Y.",   "Nr.",      "d.h.",         "im 2. Halbjahr",
      "approx. 9", "growth",     "fell", "Absatz", "\"Yes.\"", "(7;",          "p;q",
      "over.",     "Stop!",      "How?", "v3.1",   "p.m.",     "\xE2\x80\x9D", "Fin.\xE2\x80\x9C",
      "2.4bn",     "Dr.",        "Q",    "Corp.",  "\n",       "sehr.\n"};
  std::mt19937 rng(29);
  size_t ends = 0;
  for (int round = 0; round < 120; ++round) {
    const std::string title = Soup(&rng, vocab, 2 + round % 9);
    std::string body = Soup(&rng, vocab, 5 + round % 90);
    if (round % 10 == 0) body += std::string(5000 + round, 'x') + Soup(&rng, vocab, 20);
    INFO(title << "\n---\n" << body);
    const Bounds title_scan = bounds(title), body_scan = bounds(body);
    const std::string_view shorter = std::string_view(body).substr(0, body.size() / 2);
    const Bounds shorter_scan = bounds(shorter);
    {
      const nf::SentenceIndexScope title_index(title), body_index(body);
      const nf::SentenceIndexScope third(shorter);  // a third text: no slot, it scans
      REQUIRE(bounds(body) == body_scan);
      REQUIRE(bounds(title) == title_scan);
      REQUIRE(bounds(shorter) == shorter_scan);
    }
    {
      const nf::SentenceIndexScope off(body, /*enabled=*/false), short_index(shorter);
      REQUIRE(bounds(shorter) == shorter_scan);
      REQUIRE(bounds(body) == body_scan);
    }
    for (size_t e : body_scan.is_end) ends += e;
  }
  CHECK(ends > 1000);
}

TEST_CASE("word tokens by 16-byte ASCII runs equal the byte loop", "[speed][tokens]") {
  // scan::NextToken skips the ASCII letters and digits of a token 16 at a time; the
  // characters after them (Latin letters go on, NBSP, dashes, quotes, the euro sign end it)
  // one at a time. Compared with NextTokenScalar from every position of invented text.
  const std::vector<std::string> vocab = {"Kralinger",
                                          "Tecnov\xC3\xAD"
                                          "a",
                                          "M\xC3\xBC"
                                          "nchen",
                                          "Stra\xC3\x9F"
                                          "enbahnbetriebsgesellschaften",
                                          "\xC3\xB1u",
                                          "a",
                                          "2024",
                                          "abcdefghijklmnopqrstuvwxyz0123456789",
                                          "x\xC2\xA0y",
                                          "\xE2\x80\x93",
                                          "\xE2\x80\x9COk\xE2\x80\x9D",
                                          "5\xE2\x82\xAC",
                                          "\xC3\x97",
                                          "\xE6\x97\xA5\xE6\x9C\xAC",
                                          "Voltaro's",
                                          "U.S.",
                                          "\xF0\x9F\x98\x80z"};
  std::mt19937 rng(12);
  size_t tokens = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text = Soup(&rng, vocab, 1 + round % 50);
    if (round % 7 == 0 && !text.empty()) text.pop_back();  // a cut sequence at the end
    INFO(text);
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      size_t s1 = 0, e1 = 0, s2 = 0, e2 = 0;
      const bool fast = nf::scan::NextToken(text, pos, &s1, &e1);
      const bool slow = nf::scan::NextTokenScalar(text, pos, &s2, &e2);
      REQUIRE(fast == slow);
      if (!fast) continue;
      REQUIRE(s1 == s2);
      REQUIRE(e1 == e2);
      ++tokens;
    }
  }
  CHECK(tokens > 10000);
}

TEST_CASE("the 16-byte ASCII range mask marks exactly the bytes of the range", "[speed][tokens]") {
  // scan::InAsciiRange tests a range by one add and one signed compare (the capital scan of
  // the entity matcher, the token ends of NextToken); every byte value, bytes >= 0x80
  // included, against the plain comparison, for the ranges used and both edges of ASCII.
  const std::pair<char, char> ranges[] = {{'A', 'Z'}, {'a', 'z'},       {'0', '9'},
                                          {'!', '/'}, {'\x01', '\x05'}, {'e', 'k'}};
  for (const auto& [lo, hi] : ranges) {
    for (int base = 0; base < 256; base += 16) {
      alignas(16) unsigned char bytes[16];
      for (int k = 0; k < 16; ++k) bytes[k] = static_cast<unsigned char>(base + k);
      const __m128i v = _mm_load_si128(reinterpret_cast<const __m128i*>(bytes));
      const auto mask = static_cast<unsigned>(_mm_movemask_epi8(nf::scan::InAsciiRange(v, lo, hi)));
      for (int k = 0; k < 16; ++k) {
        const int c = base + k;
        INFO("range " << int{lo} << ".." << int{hi} << " byte " << c);
        CHECK(((mask >> k) & 1U) == ((c >= lo && c <= hi) ? 1U : 0U));
      }
    }
  }
}

TEST_CASE("abbreviations are found in their first-byte group", "[speed][sentence]") {
  // IsAbbreviation compares a word only with the entries of its first byte; a word of the
  // list never ends a sentence before a capital, another word of that first byte and length
  // does.
  const std::vector<std::string> abbreviations = {
      "Dr",   "Mr",   "Mrs",  "Ms",    "Inc",  "Corp",  "Ltd",  "Co",     "Sr",
      "Sra",  "Avda", "Prof", "Nr",    "Mio",  "Mrd",   "bzw",  "ca",     "vgl",
      "inkl", "ggf",  "usw",  "Ing",   "Gral", "Depto", "Dipl", "Approx", "Jr",
      "Gov",  "St",   "Tsd",  "Aprox", "Mag",  "Verh",  "Ehem", "Bspw",   "Lic"};
  const std::vector<std::string> others = {"Dx",  "Mx",  "Mrx", "Mz",  "Inx",  "Corx",
                                           "Ltx", "Cx",  "Sx",  "Srx", "Avdx", "Proz",
                                           "Nx",  "Mix", "Mrx", "bzx", "cx",   "vgx"};
  for (const std::string& a : abbreviations) {
    const std::string text = "Kralinger " + a + ". Tecnovia";
    INFO(text);
    CHECK(nf::SentenceEnd(text, 0) == text.size());
  }
  for (const std::string& o : others) {
    const std::string text = "Kralinger " + o + ". Tecnovia";
    INFO(text);
    CHECK(nf::SentenceEnd(text, 0) == 10 + o.size() + 1);
  }
}

TEST_CASE("a word longer than any abbreviation ends a sentence whatever its last letters",
          "[speed][sentence]") {
  // The stop rule walks back over the word before a '.' only as far as an abbreviation can
  // reach: a longer word whose last letters spell an abbreviation is no abbreviation, an
  // abbreviation itself (also with a two-byte letter) still is.
  const std::vector<std::string> longer = {"Kapprox",       "Zadmón", "Tecnovmrs",
                                           "Kralingerdipl", "Xaprox", "Quetzalbzw"};
  for (const std::string& w : longer) {
    const std::string text = "Kralinger " + w + ". Tecnovia";
    INFO(text);
    CHECK(nf::SentenceEnd(text, 0) == 10 + w.size() + 1);
  }
  for (const std::string& a : {std::string("approx"), std::string("Admón"), std::string("Aprox")}) {
    const std::string text = "Kralinger " + a + ". Tecnovia";
    INFO(text);
    CHECK(nf::SentenceEnd(text, 0) == text.size());
  }
}

TEST_CASE("the word walk back 16 bytes at a time stops where the byte loop stops",
          "[speed][names]") {
  // WordOrHighRunStart (attribution's word before a name) tests 16 bytes per step: every
  // byte value once as the byte that ends a run of letters, digits and high bytes of every
  // length up to 40, with lower bounds inside and outside the run.
  std::mt19937 rng(14);
  const std::string word_bytes =
      "abcxyzABCXYZ09\xC3\xA4\xE2\x82\xAC\x80\xFF";  // letters, digits, UTF-8 and lone high bytes
  size_t checked = 0;
  for (int b = 0; b < 256; ++b) {
    for (size_t run = 0; run <= 40; ++run) {
      std::string text = "Kralinger Tecnovia ";
      text += static_cast<char>(b);
      for (size_t k = 0; k < run; ++k) {
        text += word_bytes[std::uniform_int_distribution<size_t>(0, word_bytes.size() - 1)(rng)];
      }
      const size_t end = text.size();
      text += " Velmar";
      for (size_t lo :
           {size_t{0}, size_t{5}, end - std::min(end, run), end - std::min(end, run / 2), end}) {
        INFO(b << " " << run << " " << lo);
        REQUIRE(nf::scan::WordOrHighRunStart(text, lo, end) ==
                nf::scan::WordOrHighRunStartScalar(text, lo, end));
        ++checked;
      }
    }
  }
  CHECK(checked == 256 * 41 * 5);
}

TEST_CASE("the byte before an abbreviation decides whether it ends a sentence",
          "[speed][sentence]") {
  // The stop rule takes the word before a '.' from the 8 bytes before it at once (SSE2) when
  // it can, else byte by byte: an ASCII letter or a byte >= 0x80 glued before an abbreviation
  // makes a longer word that ends the sentence; any other byte leaves the abbreviation. Every
  // byte value, at distances from the text start on both sides of 8 bytes.
  auto word_byte = [](unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
  };
  size_t ends = 0;
  for (const std::string_view abbreviation : {"Mrd", "Approx", "z"}) {
    for (size_t lead = 0; lead < 12; ++lead) {
      for (int b = 0; b < 256; ++b) {
        const auto c = static_cast<unsigned char>(b);
        std::string text(lead, 'Q');
        text += static_cast<char>(c);
        text += abbreviation;
        text += ". Tecnovia";
        const size_t dot = text.find(". T");
        INFO(lead << " " << b << " " << std::string(abbreviation));
        // "z." after a non-letter is an abbreviation only after a '.' ("z.B."): a single
        // lower-case letter alone ends the sentence.
        const bool want = abbreviation == "z" ? word_byte(c) || c != '.' : word_byte(c);
        REQUIRE(nf::IsSentenceEnd(text, dot) == want);
        ends += want ? 1 : 0;
      }
    }
  }
  CHECK(ends > 1000);
}

TEST_CASE("the tagger's place adjectives and legal forms by their cheap tests", "[speed][names]") {
  // Propagate finds a German place adjective by comparing it with the text's one-word places
  // (place + "er", or a place in -en: stem + "er" / "ner"; the first place that fits wins,
  // as the map of built keys it replaced did), and visits only capitalised words outside known
  // mentions; LegalFormAt rejects by the first two bytes (a form at the very end of the text
  // still counts). Invented places, passed as known mentions of type place.
  const std::string text =
      "Die Kralinger Maschinenbau AG baut in Velmarsen, Kolbachen und Kolbach. Velmarser "
      "Winzer, Kolbacher Bauern und Velmarsner klagen, velmarser Wein nicht. Der "
      "Velmarsener Konzern und die Velmarsler Tafel schweigen. Es liefert die Tobrecht Tiefbau "
      "GmbH";
  std::vector<nf::EntityMention> known;
  for (const auto& [surface, entity] :
       std::vector<std::pair<std::string, std::string>>{{"Velmarsen", "Ort Velmarsen"},
                                                        {"Kolbachen", "Ort Kolbachen"},
                                                        {"Kolbach", "Ort Kolbach"}}) {
    nf::EntityMention m;
    m.field = nf::Field::kBody;
    m.start = static_cast<uint32_t>(text.find(surface + (surface == "Kolbach" ? "." : "")));
    m.end = m.start + static_cast<uint32_t>(surface.size());
    m.surface = surface;
    m.entity = entity;
    m.type = nf::EntityType::kPlace;
    known.push_back(m);
  }
  std::vector<nf::EntityMention> found;
  nf::NameTagger::Default().Find(text, nf::Lang::kDe, nf::Field::kBody, known, &found);
  auto entity_at = [&](std::string_view surface) -> std::string {
    const size_t at = text.find(surface);
    for (const nf::EntityMention& m : found) {
      if (m.start == at && m.surface == surface) return m.entity;
    }
    return "";
  };
  std::string all;
  for (const auto& m : found) all += m.surface + " -> " + m.entity + "; ";
  INFO(all);
  CHECK(entity_at("Velmarser") == "Ort Velmarsen");   // stem + "er"
  CHECK(entity_at("Velmarsner") == "Ort Velmarsen");  // stem + "ner"
  CHECK(entity_at("Kolbacher") == "Ort Kolbachen");   // both fit: the first place
  CHECK(entity_at("Velmarsener").empty());            // before a company noun
  CHECK(entity_at("Velmarsler").empty());             // no form of a place
  CHECK(entity_at("velmarser").empty());              // lower case
  CHECK(entity_at("Kralinger Maschinenbau AG") == "Kralinger Maschinenbau AG");
  CHECK(entity_at("Tobrecht Tiefbau GmbH") == "Tobrecht Tiefbau GmbH");  // at the very end
}

TEST_CASE(
    "Propagate's first-byte-and-length filter comes before its cursors: a recurring name is "
    "found after skipped words, also as a German genitive, never inside a known mention",
    "[speed][names]") {
  // Most capitalised words fail the filter and skip the known/found cursors and the overlap
  // tests; the cursors catch up at the next word that passes. Invented names; one known
  // mention (an organisation holding the head word) passed as the gazetteer would.
  const std::string text =
      "Die Halvoren Mechanik AG steigerte am Montag in Velmarsen den Gewinn. Die Halvoren "
      "Stiftung hielt sich zurück. Danach sprach der Vorstand mit Analysten von Halvoren und "
      "Ostwind, und Halvorens Umsatz stieg. Beim Halvoren-Konzern schwieg man.";
  const std::string held = "Halvoren Stiftung";
  std::vector<nf::EntityMention> known(1);
  known[0].field = nf::Field::kBody;
  known[0].start = static_cast<uint32_t>(text.find(held));
  known[0].end = known[0].start + static_cast<uint32_t>(held.size());
  known[0].surface = held;
  known[0].entity = held;
  known[0].type = nf::EntityType::kOrg;
  std::vector<nf::EntityMention> found;
  nf::NameTagger::Default().Find(text, nf::Lang::kDe, nf::Field::kBody, known, &found);
  std::string all;
  for (const auto& m : found) all += m.surface + " -> " + m.entity + "; ";
  INFO(all);
  auto entity_at = [&](size_t at, std::string_view surface) -> std::string {
    for (const nf::EntityMention& m : found) {
      if (m.start == at && m.surface == surface) return m.entity;
    }
    return "";
  };
  const std::string name = "Halvoren Mechanik AG";
  REQUIRE(entity_at(0 + text.find(name), name) == name);
  CHECK(entity_at(text.find("Halvoren und"), "Halvoren") == name);
  CHECK(entity_at(text.find("Halvorens"), "Halvorens") == name);  // genitive
  for (const nf::EntityMention& m : found) {
    CHECK_FALSE((m.start < known[0].end && known[0].start < m.end));  // inside the known one
    CHECK(m.start != text.find("Halvoren-"));                         // a hyphen compound's part
  }
}

TEST_CASE(
    "German evidence from a hyphen compound: the tagger looks for the '-' only in tokens it "
    "joined across one",
    "[speed][names]") {
  // An unknown word used once without an article and once as the first part of a hyphen
  // compound is a name; the same text without the compound is not enough. Invented names.
  auto names = [](const std::string& text) {
    std::vector<nf::EntityMention> found;
    nf::NameTagger::Default().Find(text, nf::Lang::kDe, nf::Field::kBody, {}, &found);
    std::string all;
    for (const auto& m : found) all += m.entity + ";";
    return all;
  };
  const std::string with =
      "Der Markt wuchs im Herbst kräftig, sagte laut Agenturen auch Drumvelde. Die "
      "Drumvelde-Aktie fiel dennoch um 3 Prozent.";
  const std::string without =
      "Der Markt wuchs im Herbst kräftig, sagte laut Agenturen auch Drumvelde. Die "
      "Aktie fiel dennoch um 3 Prozent.";
  INFO(names(with) << " | " << names(without));
  CHECK(names(with).find("Drumvelde;") != std::string::npos);
  CHECK(names(without).find("Drumvelde") == std::string::npos);
}

TEST_CASE("a cue noun makes the next name an organisation after the tagger's length filter",
          "[speed][names]") {
  // The tagger looks a word up as a cue noun only when a cue noun of its first letter and
  // length exists: cue nouns in lower case, capitalised and with a two-byte letter inside
  // still count. Invented names.
  struct Case {
    nf::Lang lang;
    std::string text, name;
  };
  const std::vector<Case> cases = {
      {nf::Lang::kEn, "Shares of the lender Quorvane fell 3% on Monday.", "Quorvane"},
      {nf::Lang::kDe, "Laut Angaben meldete die Firma Kralwinde einen Gewinn von 5 Millionen.",
       "Kralwinde"},
      {nf::Lang::kDe, "Versicherer Donaufelden meldete 4 Prozent mehr Umsatz.", "Donaufelden"},
      {nf::Lang::kEs, "La compañía Tecnoviar facturó 300 millones de euros.", "Tecnoviar"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<nf::EntityMention> found;
    nf::NameTagger::Default().Find(c.text, c.lang, nf::Field::kBody, {}, &found);
    const nf::EntityMention* hit = nullptr;
    for (const nf::EntityMention& m : found) {
      if (m.surface == c.name) hit = &m;
    }
    REQUIRE(hit != nullptr);
    CHECK(hit->type == nf::EntityType::kOrg);
  }
}

namespace {

// The surfaces a tagger parsed from `model` finds in one German sentence naming the invented
// "Kralinger" (the tagger's weight-table tests).
std::vector<std::string> SurfacesFoundWithModel(const std::string& model) {
  auto tagger = nf::NameTagger::Parse(model);
  REQUIRE(tagger.ok());
  std::vector<nf::EntityMention> out;
  tagger.value()->Find("Die Zahlen von Kralinger steigen weiter.", nf::Lang::kDe, nf::Field::kBody,
                       {}, &out);
  std::vector<std::string> surfaces;
  surfaces.reserve(out.size());
  for (const auto& m : out) surfaces.push_back(m.surface);
  return surfaces;
}

}  // namespace

TEST_CASE("the tagger's packed label scores add negative weights as negative", "[speed][names]") {
  // The classifier adds a feature's four int8 weights to four int16 label scores in one SSE2
  // step (sign-extended). A one-feature model: the German word "kralinger" with weights O 0,
  // PER p, ORG q, LOC -100 (x100, so -9 in table units). All negative: O wins and nothing
  // is found (a weight read as unsigned would make a name of it); a positive ORG weight
  // makes it a name. Invented word.
  const uint64_t feature =
      nf::ner::Mix(nf::ner::MakeFeatureBases(nf::Lang::kDe).word, nf::ner::Fnv("kralinger"));
  char hex[17] = {};
  std::to_chars(hex, hex + 16, feature, 16);
  auto find = [&](int per, int org) {
    return SurfacesFoundWithModel("# one feature\n" + std::string(hex) + " 0 " +
                                  std::to_string(per) + " " + std::to_string(org) + " -100\n");
  };
  CHECK(find(-300, -200).empty());
  CHECK(find(-1300, -1000).empty());  // near the int8 floor (-118, -91)
  CHECK(find(-300, 300) == std::vector<std::string>{"Kralinger"});
}

TEST_CASE("a model feature whose bucket overflows is still found with its own weights",
          "[speed][names]") {
  // The weight table keeps eight features per bucket (the lower bits of the hash pick it)
  // and adds buckets until none overflows. The German word "kralinger" (invented) with an
  // ORG weight, and twelve other features whose hashes share its lower 12 bits (so they
  // share its bucket up to 4,096 buckets) with other fingerprints and all-negative weights:
  // the word must still be found with its weights (a name), not lost to the overflow nor read
  // with a neighbour's weights; without its feature, nothing is found.
  const uint64_t feature =
      nf::ner::Mix(nf::ner::MakeFeatureBases(nf::Lang::kDe).word, nf::ner::Fnv("kralinger"));
  auto row = [](uint64_t key, const std::string& weights) {
    char hex[17] = {};
    std::to_chars(hex, hex + 16, key, 16);
    return std::string(hex) + " " + weights + "\n";
  };
  std::string crowd;
  for (uint64_t j = 0; j < 12; ++j) {
    crowd += row((feature & 0xFFFU) | ((j + 1) << 12) | ((0x100 + j) << 40), "0 -900 -900 -900");
  }
  CHECK(SurfacesFoundWithModel("# crowded\n" + crowd + row(feature, "0 -300 300 -100")) ==
        std::vector<std::string>{"Kralinger"});
  CHECK(SurfacesFoundWithModel("# crowded\n" + row(feature, "0 -300 300 -100") + crowd) ==
        std::vector<std::string>{"Kralinger"});
  CHECK(SurfacesFoundWithModel("# crowd only\n" + crowd).empty());
}

TEST_CASE("the candidate scan's shape filter keeps every number and scale word in any case",
          "[speed][figures]") {
  // ScanCandidates tests (first byte, last byte, length) before the trigger word test;
  // ScanCandidatesScalar does not. Number words, scale words, vague magnitudes and German
  // compounds (also invented ones and ones longer than 63 bytes) must start a candidate
  // with both, in lower, upper and title case; ordinary words must not.
  const std::vector<std::string> triggers = {
      "zwei",
      "dreizehn",
      "Neunzig",
      "fünfzig",
      "dreißig",
      "hundert",
      "tausend",
      "Tsd",
      "Mio",
      "Mrd",
      "Milliarden",
      "milliarde",
      "Millionen",
      "billion",
      "thousand",
      "trillion",
      "bn",
      "mln",
      "mn",
      "millones",
      "millón",
      "billón",
      "mil",
      "veintidós",
      "dieciséis",
      "quinientas",
      "dutzende",
      "Hunderttausende",
      "dozen",
      "seventeen",
      "eins",
      "null",
      "siebenhundertzwanzig",
      "dreitausend",
      "vierhundert",
      "siebzehn",
      "zweieinhalb",
      "viereinhalb",
      "anderthalb",
      "neunhundertdreißig",
      "Kralzig",
      "abcdefgzehn",
      "fünfhundertsiebenundsiebzigtausendneunhundertneunundneunzigmillionenachthundertzwanzig"};
  const std::vector<std::string> others = {"Kralinger",    "Tecnovía", "Umsatz",     "Zweig",
                                           "zig",          "zehnt",    "Hundertste", "Quartal",
                                           "Tausendsassa", "ßig",      "bnx",        "Mioz"};
  auto cased = [](std::string w, int how) {
    for (size_t i = 0; i < w.size(); ++i) {
      const bool up = how == 1 || (how == 2 && i == 0);
      if (up && w[i] >= 'a' && w[i] <= 'z') w[i] = static_cast<char>(w[i] - 'a' + 'A');
    }
    return w;
  };
  for (int how = 0; how < 3; ++how) {
    for (const std::string& w : triggers) {
      for (const std::string& pad : {std::string(""), std::string(61, ' ')}) {
        const std::string text = pad + "x " + cased(w, how) + " y";
        std::vector<uint32_t> fast, slow;
        nf::figure_detail::ScanCandidates(text, &fast);
        nf::figure_detail::ScanCandidatesScalar(text, &slow);
        INFO(text);
        CHECK(fast == slow);
        CHECK(fast == std::vector<uint32_t>{static_cast<uint32_t>(pad.size() + 2)});
      }
    }
    for (const std::string& w : others) {
      const std::string text = "x " + cased(w, how) + " y";
      std::vector<uint32_t> fast, slow;
      nf::figure_detail::ScanCandidates(text, &fast);
      nf::figure_detail::ScanCandidatesScalar(text, &slow);
      INFO(text);
      CHECK(fast == slow);
      CHECK(fast.empty());
    }
  }
}

TEST_CASE("LiteralSet with its rarest grams inside the literals finds what find finds", "[speed]") {
  // The grams of each literal are taken where they are rarest in news text (for "Tecnovía"
  // perhaps around the two-byte "í"), not at its start: occurrences at every
  // offset, cut in two, and near the text's ends must still be found, and only they.
  const std::vector<std::string_view> words = {"Kralzeit", "heute",    "Jahr", "año",
                                               "hoy",      "Tecnovía", " nun "};
  const nf::LiteralSet set{"Kralzeit", "heute", "Jahr", "año", "hoy", "Tecnovía", " nun "};
  CHECK(set.FoundIn("Kralzeit"));
  CHECK(set.FoundIn("xKralzeit"));
  CHECK(set.FoundIn("das Tecnovía"));
  CHECK(set.FoundIn("el año"));
  CHECK_FALSE(set.FoundIn("Kralzei"));
  CHECK_FALSE(set.FoundIn("ralzeit"));
  CHECK_FALSE(set.FoundIn("Tecnovi"));
  const std::vector<std::string> vocab = {"Kral",  "zeit", "Kr", "alzeit",    "heu", "te", "hoy",
                                          "Ja",    "hr",   "a",  "\xC3\xB1o", "o",   "ho", "y",
                                          "Tecno", "vía",  "v",  "\xC3\xAD",  "nun", " ",  "x"};
  std::mt19937 rng(11);
  size_t hits = 0;
  for (int round = 0; round < 6000; ++round) {
    const std::string text = Soup(&rng, vocab, 1 + round % 12);
    bool slow = false;
    for (std::string_view w : words) slow = slow || text.find(w) != std::string::npos;
    INFO(text);
    REQUIRE(set.FoundIn(text) == slow);
    hits += slow ? 1 : 0;
  }
  CHECK(hits > 1000);
}

// A word list looked up by first byte (scan::LowerWordSet) answers as the comparison with
// every entry does: case variants, shared first bytes of different lengths, non-ASCII bytes,
// an entry that is a prefix of another, entries of 32 bytes or more, and the empty word.
TEST_CASE("a word set by first byte finds the words the whole-list comparison finds",
          "[speed][attribution]") {
  static constexpr std::string_view kList[] = {
      "vor", "vorm", "vorbei", "über",   "ubér",  "zwo",
      "z",   "qx",   "qxa",    "drüben", "ñandú", "kralingerverbundsgesellschaftsholding"};
  static const nf::scan::LowerWordSet kSet(kList);
  const std::string_view words[] = {"vor",
                                    "Vor",
                                    "VOR",
                                    "vo",
                                    "vorb",
                                    "VORBEI",
                                    "vorbeI",
                                    "über",
                                    "Über",
                                    "ÜBER",
                                    "uber",
                                    "ubér",
                                    "Ubér",
                                    "zwo",
                                    "Zwo",
                                    "z",
                                    "Z",
                                    "zz",
                                    "qx",
                                    "QXA",
                                    "qxb",
                                    "drüben",
                                    "Drüben",
                                    "DRüBEN",
                                    "ñandú",
                                    "Ñandú",
                                    "kralingerverbundsgesellschaftsholding",
                                    "KralingerVerbundsGesellschaftsHolding",
                                    "kralingerverbundsgesellschaftsholdinx",
                                    "",
                                    "x",
                                    "\xC3",
                                    "vorm",
                                    "Vorm",
                                    "vormx"};
  int found = 0;
  for (std::string_view w : words) {
    const bool fast = !w.empty() && kSet.Contains(w);
    CHECK(fast == nf::scan::LowerWordSetScalar(w, kList));
    found += fast ? 1 : 0;
  }
  CHECK(found == 22);
}

TEST_CASE("suffix grams never rule out a word that ends with a list entry", "[speed][words]") {
  static constexpr std::string_view kList[] = {"wart", "leiter", "ñor", "vorstand"};
  static constexpr nf::scan::SuffixGrams kGrams = [] {
    nf::scan::SuffixGrams g;
    g.Add(kList);
    return g;
  }();
  const std::string_view words[] = {"Torwart",
                                    "TORWART",
                                    "Werksleiter",
                                    "Kralinger-Leiter",
                                    "señor",
                                    "SEÑOR",
                                    "Vorstand",
                                    "Velmarvorstand",
                                    "wart",
                                    "Wartung",
                                    "Leitern",
                                    "Umsatz",
                                    "Kralix",
                                    "or",
                                    "",
                                    "x",
                                    "vorstände",
                                    "Leiterin",
                                    "ñ",
                                    "art"};
  int kept = 0;
  for (std::string_view w : words) {
    const bool ends = nf::scan::EndsWithAnyLower(w, kList);
    if (ends) CHECK(kGrams.Maybe(w));
    kept += kGrams.Maybe(w) ? 1 : 0;
  }
  CHECK(kGrams.Maybe("Bauleiter"));
  CHECK_FALSE(kGrams.Maybe("Umsatz"));
  CHECK_FALSE(kGrams.Maybe("or"));  // shorter than every entry
  CHECK(kept < 14);                 // most other words are ruled out
  // An entry of fewer than three bytes lets every word through.
  static constexpr std::string_view kShort[] = {"ag", "gmbh"};
  nf::scan::SuffixGrams with_short;
  with_short.Add(kShort);
  CHECK(with_short.Maybe("Umsatz"));
  CHECK(with_short.Maybe("x"));
  // PersonRole keeps its answers behind the filter.
  CHECK(nf::scan::PersonRole("Konzernchef", nf::Lang::kUnknown));
  CHECK(nf::scan::PersonRole("vicepresidenta", nf::Lang::kUnknown));
  CHECK(nf::scan::PersonRole("FINANZMINISTERIN", nf::Lang::kUnknown));
  CHECK_FALSE(nf::scan::PersonRole("Umsatz", nf::Lang::kUnknown));
  CHECK_FALSE(nf::scan::PersonRole("chefs", nf::Lang::kUnknown));
  CHECK(nf::scan::PersonCue("Sra", nf::Lang::kUnknown));
  CHECK(nf::scan::PersonCue("dijo", nf::Lang::kUnknown));
  CHECK_FALSE(nf::scan::PersonCue("dije", nf::Lang::kUnknown));
}

TEST_CASE("word table membership compares bytes exactly or ignoring ASCII case", "[speed][words]") {
  static constexpr std::string_view kList[] = {"kralix", "Velmar", "über", "nº"};
  CHECK(nf::scan::InList("kralix", kList));
  CHECK(nf::scan::InList("Velmar", kList));
  CHECK_FALSE(nf::scan::InList("Kralix", kList));
  CHECK_FALSE(nf::scan::InList("velmar", kList));
  CHECK_FALSE(nf::scan::InList("krali", kList));
  CHECK_FALSE(nf::scan::InList("", kList));
  CHECK(nf::scan::InList("tecnovia", {"ostrava", "tecnovia"}));
  CHECK_FALSE(nf::scan::InList("Tecnovia", {"ostrava", "tecnovia"}));
  // Case-insensitive against lower-case entries: ASCII letters only ("Über" is no "über").
  CHECK(nf::scan::InListLower("KRALIX", kList));
  CHECK_FALSE(nf::scan::InListLower("Velmar", kList));  // the entry is not lower-case
  CHECK_FALSE(nf::scan::InListLower("Über", kList));
  CHECK(nf::scan::InListLower("üBER", kList));
  CHECK(nf::scan::InListLower("Tecnovia", {"ostrava", "tecnovia"}));
  CHECK_FALSE(nf::scan::InListLower("Tecnovias", {"ostrava", "tecnovia"}));
}

TEST_CASE("the word before a byte skips any non-word bytes or only blanks and dots",
          "[speed][words]") {
  const std::string_view text = "Kralix (ca. 45) and  Velmar. 12";
  size_t ws = 0;
  const size_t p45 = text.find("45");
  // Any non-word bytes: "(ca. " is skipped back to "ca".
  CHECK(nf::scan::WordBefore(text, 0, p45, &ws) == "ca");
  CHECK(ws == text.find("ca"));
  CHECK(nf::scan::WordBefore(text, 0, text.find("ca"), &ws) == "Kralix");
  CHECK(ws == 0);
  // Blanks and dots only: "ca. " is crossed, "(" is not.
  CHECK(nf::scan::WordBeforeBlanks(text, 0, p45) == "ca");
  CHECK(nf::scan::WordBeforeBlanks(text, 0, text.find("ca")).empty());
  CHECK(nf::scan::WordBeforeBlanks(text, 0, text.find("12")) == "Velmar");
  CHECK(nf::scan::WordBeforeBlanks(text, 0, text.find("Velmar")) == "and");
  // Not before `lo`: the word is cut there.
  CHECK(nf::scan::WordBefore(text, 2, text.find(' '), &ws) == "alix");
  CHECK(nf::scan::WordBeforeBlanks(text, text.find("45"), p45).empty());
}

TEST_CASE("the survey share's sentence gate and memo answer as a fresh reading",
          "[speed][metric]") {
  // Every word the reading accepts, in three cases, after a share and as the sentence's word:
  // the gate (kSurveyGate) keeps each (it fails when a survey word holds none of its strings).
  const std::vector<std::string> words = {
      "befragt",       "surveyed",      "polled",    "asked",     "interviewed", "questioned",
      "respondents",   "interviewees",  "befragte",  "befragten", "encuestados", "encuestadas",
      "entrevistados", "entrevistadas", "sondeados", "sondeadas", "umfrage",     "befragung",
      "poll",          "survey",        "encuesta",  "sondeo"};
  auto share_in = [](const std::string& text) {
    nf::Figure f;
    f.kind = nf::FigureKind::kPercent;
    f.start = static_cast<uint32_t>(text.find("40%"));
    f.end = f.start + 3;
    return f;
  };
  for (const std::string& w : words) {
    std::string upper = w, capital = w;
    for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
    capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    for (const std::string& v : {w, upper, capital}) {
      INFO(v);
      const std::string after = "Kelby noted 40% " + v + " here.";
      CHECK(nf::SurveyShare(after, 0, after.size(), share_in(after), nf::Lang::kUnknown));
      if (v == "asked") continue;  // a bare lower-case "asked" names no survey
      const std::string text = "The " + v + " data: Kelby noted 40% here.";
      CHECK(nf::SurveyShare(text, 0, text.size(), share_in(text), nf::Lang::kUnknown));
    }
  }
  // A memo kept across the shares of random sentences answers as no memo.
  const std::vector<std::string> vocab = {
      "40%",         "12%",        "Survey",   "survey", "poll",    "pollo",         "asked",
      "Asked",       "rose",       "fell",     "orders", "Umfrage", "Onlineumfrage", "encuesta",
      "encuestados", "Geological", "Ordnance", "of",     "those",   "the",           "a"};
  std::mt19937 rng(43);
  size_t shares = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = Soup(&rng, vocab, 1 + round % 25);
    INFO(text);
    for (nf::Lang lang : {nf::Lang::kUnknown, nf::Lang::kDe, nf::Lang::kEs, nf::Lang::kEn}) {
      nf::SurveySentenceMemo memo;
      for (size_t p = text.find('%'); p != std::string::npos; p = text.find('%', p + 1)) {
        nf::Figure f;
        f.kind = nf::FigureKind::kPercent;
        f.start = static_cast<uint32_t>(p - 2);
        f.end = static_cast<uint32_t>(p + 1);
        const size_t s = round % 2 == 0 ? 0 : std::min<size_t>(f.start, 7);
        const bool fresh = nf::SurveyShare(text, s, text.size(), f, lang);
        CHECK(nf::SurveyShare(text, s, text.size(), f, lang, &memo) == fresh);
        shares += fresh ? 1 : 0;
      }
    }
  }
  CHECK(shares > 100);
}

TEST_CASE("FindLastExact finds what rfind finds", "[speed][scan]") {
  // Overlapping needles ("aa" in "aaaa"), one-byte needles, needles at the text's two ends and
  // across 16-byte blocks: the vector search's edges.
  const std::vector<std::string> vocab = {"a",     "aa",     "at",  " at ",  ", and ",   ";",
                                          "while", "whilst", "per", "Orvel", "\xC3\xA4", "b"};
  const std::vector<std::string> needles = {"a",      "aa",       "aaa",     " at ",
                                            ", and ", ";",        " while ", " whilst ",
                                            "Orvel",  "\xC3\xA4", "at a",    "zz"};
  std::mt19937 rng(46);
  size_t found = 0;
  for (int round = 0; round < 4000; ++round) {
    const std::string text = Soup(&rng, vocab, static_cast<size_t>(round % 40));
    INFO(text);
    for (const std::string& needle : needles) {
      INFO(needle);
      const size_t want = std::string_view(text).rfind(needle);
      CHECK(nf::scan::FindLastExact(text, needle) == want);
      found += want != std::string_view::npos ? 1 : 0;
    }
  }
  CHECK(found > 1000);
  CHECK(nf::scan::FindLastExact("", "a") == std::string_view::npos);
  CHECK(nf::scan::FindLastExact("aaaa", "aa") == 2);
  CHECK(nf::scan::FindLastExact("x at y at z", " at ") == 6);
}

TEST_CASE("the whole-word search agrees with a byte loop in either case mode and bound rule",
          "[speed][scan]") {
  // Its two readers: the matcher's capitalised ctx= cues (exact case, ASCII letters and digits
  // bound a word) and period.cc's title words (ASCII case ignored, UTF-8 bytes inside words).
  auto reference = [](std::string_view text, std::string_view word, bool exact, bool high) {
    auto is_word = [high](char c) {
      return nf::scan::IsAsciiAlnum(c) || (high && static_cast<unsigned char>(c) >= 0x80);
    };
    for (size_t i = 0; i + word.size() <= text.size(); ++i) {
      bool same = true;
      for (size_t k = 0; k < word.size() && same; ++k) {
        same = exact ? text[i + k] == word[k] : nf::scan::LowerAscii(text[i + k]) == word[k];
      }
      const size_t e = i + word.size();
      if (same && (i == 0 || !is_word(text[i - 1])) && (e == text.size() || !is_word(text[e]))) {
        return true;
      }
    }
    return false;
  };
  const std::vector<std::string> vocab = {"Dorv",  "dorv", "DORV",     "Dorvens", "Quilm",
                                          "quilm", "7",    "\xC3\xB6", "'s",      "x"};
  const std::vector<std::string> exact = {"Dorv", "DORV", "Quilm", "Dorvens"};
  const std::vector<std::string> blind = {"dorv", "quilm", "dorvens", "\xC3\xB6quilm"};
  std::mt19937 rng(42);
  size_t found = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = Soup(&rng, vocab, static_cast<size_t>(round % 30));
    INFO(text);
    for (const bool high : {false, true}) {
      for (const std::string& w : exact) {
        INFO(w);
        const bool want = reference(text, w, true, high);
        CHECK(nf::scan::HasWholeWord(text, w, /*exact_case=*/true, high) == want);
        found += want ? 1 : 0;
      }
      for (const std::string& w : blind) {
        INFO(w);
        const bool want = reference(text, w, false, high);
        CHECK(nf::scan::HasWholeWord(text, w, /*exact_case=*/false, high) == want);
        found += want ? 1 : 0;
      }
    }
  }
  CHECK(found > 1000);
  CHECK(nf::scan::HasWholeWord("Dorv's", "Dorv", true, false));
  CHECK_FALSE(nf::scan::HasWholeWord("dorv", "Dorv", true, false));
  CHECK(
      nf::scan::HasWholeWord("\xC3\xB6"
                             "dorv",
                             "dorv", false, false));
  CHECK_FALSE(
      nf::scan::HasWholeWord("\xC3\xB6"
                             "dorv",
                             "dorv", false, true));
}

TEST_CASE("prefix currencies qualifiers and exchange quote clauses read through their byte gates",
          "[speed][figures]") {
  auto figures = [](std::string_view text) {
    std::vector<nf::Figure> out;
    nf::FindFigures(text, nf::Lang::kEn, nf::Field::kBody, &out);
    return out;
  };
  // Prefix currencies that share their last byte ("$"): the one written is read, not "$".
  {
    const auto f = figures(
        "Varnel paid HK$ 40 million for the site and US$12 million for the plant, plus $7 "
        "million in fees. Quorin sold R$ 5 million of bonds and C$ 9 million of notes.");
    REQUIRE(f.size() == 5);
    CHECK(f[0].unit == "HKD");
    CHECK(f[1].unit == "USD");
    CHECK(f[2].unit == "USD");
    CHECK(f[3].unit == "BRL");
    CHECK(f[4].unit == "CAD");
  }
  // Qualifiers ending in the same byte ("about", "at least", "more than", "up to").
  {
    const auto f = figures(
        "Kelbridge sold about 40,000 units, opened more than 300 stores and spent nearly $5 "
        "million. It hired at least 25 staff and up to 90 drivers.");
    REQUIRE(f.size() == 5);
    CHECK(f[0].qualifier == nf::Qualifier::kApprox);
    CHECK(f[1].qualifier == nf::Qualifier::kMoreThan);
    CHECK(f[2].qualifier == nf::Qualifier::kApprox);
    CHECK(f[3].qualifier == nf::Qualifier::kAtLeast);
    CHECK(f[4].qualifier == nf::Qualifier::kAtMost);
  }
  // An exchange quote is judged in its own clause: the last ", and" or "while" cuts it. The
  // share prices after the cut stay (negative cases); the quotes go.
  {
    const auto f = figures(
        "One pound bought 1.3875 euros, while Tarvel shares rose to 6.45 euros. The dollar was "
        "buying 101.63 yen, and Kelmor stock closed at 4.15 euros. Against the euro the dollar "
        "firmed to $1.1870.");
    REQUIRE(f.size() == 2);
    CHECK(f[0].value == Approx(6.45));
    CHECK(f[1].value == Approx(4.15));
  }
  // "the number of" nearest before the count, none across "while" (its last occurrence that
  // starts a word).
  {
    const auto f = figures(
        "The number of barges fell to 6 while the index rose to 8. A number of ferries and the "
        "number of barges fell to 3.");
    REQUIRE(f.size() == 2);
    CHECK(f[0].value == 6);
    CHECK(f[0].unit == "barges");
    CHECK(f[1].value == 3);
    CHECK(f[1].unit == "barges");
  }
}

TEST_CASE("a date line's month read through the last-byte gate dates the text", "[speed][period]") {
  auto periods = [](std::string_view text) {
    std::vector<nf::Figure> out;
    nf::FindFigures(text, nf::Lang::kEn, nf::Field::kBody, &out);
    std::vector<std::string> p;
    for (const nf::Figure& f : out) p.push_back(f.period);
    return p;
  };
  // "June 30, 2013": the month before the day (EndsWithMonth on the text before the day).
  CHECK(periods("Tarnbury, June 30, 2013 - Kelvar said sales rose 5% and profit reached $4 "
                "million.") == std::vector<std::string>{"2013", "2013"});
  // No date line: no year (negative case).
  CHECK(periods("Kelvar opened its plant in Tarnbury. Sales rose 7% to $2 million.") ==
        std::vector<std::string>{"", ""});
}

// The German public-body scan from the entity matcher's literal hits (PublicBodiesDe with
// complete SideLiteralHits) against its own scan of every capitalised word: the same bodies,
// local marks, seats and order; the matcher's own mentions do not change with the side
// literals. Invented texts: bodies after determiners, compounds, dishes, words a tail lies
// inside that start in lower case or after a hyphen, several tails in one word.
TEST_CASE("public bodies from the matcher's literal hits are those of the capital scan",
          "[speed][entities]") {
  const nf::EntityMatcher side_matcher(nf::Gazetteer::Default(), {}, nf::PublicBodyLiteralsDe());
  const nf::EntityMatcher plain_matcher(nf::Gazetteer::Default());
  auto same = [](const std::vector<nf::EntityMention>& a, const std::vector<nf::EntityMention>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i].entity != b[i].entity || a[i].type != b[i].type || a[i].start != b[i].start ||
          a[i].end != b[i].end || a[i].surface != b[i].surface || a[i].local != b[i].local) {
        return false;
      }
    }
    return true;
  };
  // Runs both ways on `text`; the number of bodies added.
  auto check = [&](const std::string& text) {
    nf::SideLiteralHits hits;
    std::vector<nf::EntityMention> fast, plain;
    side_matcher.Find(text, nf::Lang::kDe, nf::Field::kBody, &fast, nullptr, &hits);
    plain_matcher.Find(text, nf::Lang::kDe, nf::Field::kBody, &plain);
    CHECK(same(fast, plain));
    CHECK(hits.complete);
    std::vector<nf::EntityMention> slow = plain;
    const size_t known = plain.size();
    nf::PublicBodiesDe(text, nf::Field::kBody, fast, 0, nullptr, &hits);
    nf::PublicBodiesDe(text, nf::Field::kBody, slow, 0, nullptr, nullptr);
    INFO(text);
    CHECK(same(fast, slow));
    return slow.size() - known;
  };
  CHECK(check("Der neue Landtag beschloss 40 Gesetze, das Innenministerium nannte 5 "
              "Fälle und die Landespolizei des Bezirks zählte 12 Einsätze.") >= 2);
  CHECK(check("Laut Verwaltungsgerichtshof und der Staatsanwaltschaft Kralstadt sowie dem "
              "Bundesheer stiegen die Kosten.") >= 2);
  // Negative: no body (a dish, the place members sit in, a lower-case or hyphen-glued
  // word, a compound's first part, a word a tail lies inside).
  CHECK(check("Das Hauptgericht kostet 9 Euro. Im Landtag sitzen 15 Abgeordnete. das "
              "innenministerium, Bundes-Innenministerium, die Landtagswahl, die "
              "Polizeiministeriumsreform, die Gerichtskosten.") == 0);
  std::mt19937 rng(4545);
  const std::vector<std::string> vocab = {"der",
                                          "die",
                                          "des",
                                          "dem",
                                          "vom",
                                          "Beim",
                                          "im",
                                          "in",
                                          "den",
                                          "neuen",
                                          "steirischen",
                                          "Senat",
                                          "Senats",
                                          "Bundestag",
                                          "Bundestages",
                                          "Landtag",
                                          "Landtagswahl",
                                          "Oberhaus",
                                          "Unterhaus",
                                          "Bürgerschaft",
                                          "Nationalrat",
                                          "Abgeordnetenhaus",
                                          "Repräsentantenhaus",
                                          "Innenministerium",
                                          "Innenministeriums",
                                          "Ministerium",
                                          "Landespolizei",
                                          "Polizei",
                                          "Polizeis",
                                          "Landgericht",
                                          "Landgerichts",
                                          "Verwaltungsgerichtshof",
                                          "Hauptgericht",
                                          "Gericht",
                                          "gericht",
                                          "olizei",
                                          "Staatsanwaltschaft",
                                          "Bundeswehr",
                                          "Bundesheer",
                                          "Polizeiministerium",
                                          "Kralstadt",
                                          "Velmora",
                                          "5",
                                          "Millionen",
                                          "Universität",
                                          "beschloss",
                                          "Hochschule",
                                          "Senat 4"};
  for (int i = 0; i < 300; ++i) check(Soup(&rng, vocab, 40));
}

TEST_CASE("the exact name search by 64 starts finds what find finds at every block offset",
          "[speed][scan]") {
  // scan::FindExact tests 64 starts per step, then 32, 16, then one at a time: a needle (and
  // a decoy with the needle's first and last bytes only) at every offset of texts of every
  // length up to three 64-byte steps, two occurrences in one step (the lower quarter's or the
  // first one wins), and every `from`.
  const std::vector<std::string> needles = {"Brelvik", "Br", "B", "Brelvik Holt"};
  std::mt19937 rng(47);
  const std::string filler = "xy Brxk zBk Bt ";
  for (const std::string& needle : needles) {
    for (size_t len = 0; len <= 200; ++len) {
      std::string base;
      while (base.size() < len) base += filler[rng() % filler.size()];
      for (size_t at = 0; at + needle.size() <= len; at += 1 + rng() % 3) {
        std::string text = base;
        text.replace(at, needle.size(), needle);
        // A second occurrence in the same or the next step, where it fits.
        const size_t second = at + needle.size() + rng() % 20;
        if (rng() % 2 == 0 && second + needle.size() <= len) {
          text.replace(second, needle.size(), needle);
        }
        for (size_t from = 0; from <= text.size() + 1; from += 1 + rng() % 5) {
          INFO("text: " << text << " needle: " << needle << " from " << from);
          REQUIRE(nf::scan::FindExact(text, needle, from) ==
                  std::string_view(text).find(needle, from));
        }
      }
      // No occurrence: only decoys.
      INFO("decoys: " << base << " needle: " << needle);
      REQUIRE(nf::scan::FindExact(base, needle) == std::string_view(base).find(needle));
    }
  }
  // It finds: the first of two occurrences in one 32-byte step, the upper half's alone.
  const std::string two = std::string(20, ' ') + "Brelvik" + std::string(3, ' ') + "Brelvik";
  CHECK(nf::scan::FindExact(two, "Brelvik") == 20);
  CHECK(nf::scan::FindExact(two, "Brelvik", 21) == 30);
  CHECK(nf::scan::FindExact(std::string(40, 'B'), "Brelvik") == std::string_view::npos);
  // In one 64-byte step: the first of two in different quarters, the last quarter's alone.
  const std::string four =
      std::string(10, ' ') + "Brelvik" + std::string(33, ' ') + "Brelvik" + std::string(30, ' ');
  CHECK(nf::scan::FindExact(four, "Brelvik") == 10);
  CHECK(nf::scan::FindExact(four, "Brelvik", 11) == 50);
  CHECK(nf::scan::FindExact(std::string(90, 'B'), "Brelvik") == std::string_view::npos);
}

TEST_CASE("LiteralSet finds a literal that ends at the text's last byte for every length",
          "[speed]") {
  // FoundIn reads each looked-at gram with one two-byte load up to the text's last pair: a
  // literal at every offset of texts of lengths 0 to 40, against find per literal (the short
  // set looks at every position, the long one at every fifth).
  const std::vector<std::string_view> short_words = {"qz", "Vemtra"};
  const nf::LiteralSet short_set{"qz", "Vemtra"};
  const std::vector<std::string_view> long_words = {"Vemtra", "Orlakund"};
  const nf::LiteralSet long_set{"Vemtra", "Orlakund"};
  for (std::string_view lit : {"qz", "Vemtra", "Orlakund", "Vemtr", "q z"}) {
    for (size_t len = 0; len <= 40; ++len) {
      for (size_t at = 0; at + lit.size() <= len; ++at) {
        std::string text(len, '.');
        text.replace(at, lit.size(), lit);
        bool want_short = false, want_long = false;
        for (std::string_view w : short_words) want_short |= text.find(w) != std::string::npos;
        for (std::string_view w : long_words) want_long |= text.find(w) != std::string::npos;
        INFO(text);
        REQUIRE(short_set.FoundIn(text) == want_short);
        REQUIRE(long_set.FoundIn(text) == want_long);
      }
    }
  }
  CHECK(long_set.FoundIn("....Orlakund"));
  CHECK_FALSE(long_set.FoundIn("....Orlakun"));
}

TEST_CASE("LiteralSet with literals of common grams only and of rare bytes finds what find finds",
          "[speed]") {
  // The looked-for run of each literal is its rarest by the byte weights: literals made only
  // of common grams (ties everywhere), of digits, bytes of multi-byte characters and a tab,
  // literals sharing their rarest gram and one that is another's prefix: every choice must
  // find exactly the texts find finds.
  const std::vector<std::string_view> words = {" der ",  "en de", "Q7\t9x", "\xC3\xB6zk",
                                               "Zorvex", "Zorv",  "ex Z"};
  const nf::LiteralSet set{" der ", "en de", "Q7\t9x", "\xC3\xB6zk", "Zorvex", "Zorv", "ex Z"};
  CHECK(set.FoundIn("mit der Bahn"));
  CHECK(set.FoundIn("\xC3\xB6zk"));
  CHECK(set.FoundIn("Zorv"));
  CHECK_FALSE(set.FoundIn("mit derBahn"));
  CHECK_FALSE(set.FoundIn("Q7 9x Zor v"));
  const std::vector<std::string> vocab = {" ",        "der", "en",  "de",  "d",  "Q7", "\t", "9x",
                                          "\xC3\xB6", "zk",  "Zor", "vex", "ex", "Z",  "v",  "e"};
  std::mt19937 rng(23);
  size_t hits = 0;
  for (int round = 0; round < 6000; ++round) {
    const std::string text = Soup(&rng, vocab, 1 + round % 14);
    bool slow = false;
    for (std::string_view w : words) slow = slow || text.find(w) != std::string::npos;
    INFO(text);
    REQUIRE(set.FoundIn(text) == slow);
    hits += slow ? 1 : 0;
  }
  CHECK(hits > 500);
  CHECK(hits < 5900);
}

// Attributor::AttributeSentence keeps the entities a "respectively" list gives its figures in
// one buffer reused from sentence to sentence: a later sentence with no list must not read an
// earlier sentence's list entries, and a list after a sentence with more figures must not keep
// a stale entry. Invented names typed by hand (no gazetteer entry).
TEST_CASE("the respectively-list buffer of one sentence gives nothing to the next", "[speed]") {
  auto run = [](const std::string& text, const std::vector<std::string>& names,
                const std::vector<std::string>& figures) {
    std::vector<nf::EntityMention> mentions;
    for (const std::string& name : names) {
      const size_t at = text.find(name);
      REQUIRE(at != std::string::npos);
      nf::EntityMention m;
      m.entity = m.surface = name;
      m.type = nf::EntityType::kOrg;
      m.start = static_cast<uint32_t>(at);
      m.end = static_cast<uint32_t>(at + name.size());
      mentions.push_back(m);
    }
    std::vector<nf::Figure> figs;
    size_t from = 0;
    for (const std::string& s : figures) {
      const size_t at = text.find(s, from);
      REQUIRE(at != std::string::npos);
      nf::Figure f;
      f.kind = nf::FigureKind::kPercent;
      f.start = static_cast<uint32_t>(at);
      f.end = static_cast<uint32_t>(at + s.size());
      f.surface = s;
      figs.push_back(f);
      from = at + s.size();
    }
    nf::Attribute(text, nf::Lang::kDe, mentions, nf::Gazetteer::Default(), &figs);
    return figs;
  };
  const std::string list_first =
      "Vemtra und Orlakund erreichten Marktanteile von 14 % beziehungsweise 8 %. Der Umsatz "
      "von Drelkon stieg um 3 % und 5 %.";
  auto a = run(list_first, {"Vemtra", "Orlakund", "Drelkon"}, {"14 %", "8 %", "3 %", "5 %"});
  REQUIRE(a.size() == 4);
  CHECK(a[0].entity == "Vemtra");
  CHECK(a[1].entity == "Orlakund");
  // Negative: the second sentence has no list; its figures are Drelkon's.
  CHECK(a[2].entity == "Drelkon");
  CHECK(a[3].entity == "Drelkon");
  const std::string list_second =
      "Der Umsatz von Drelkon stieg um 3 %, 5 % und 6 %. Vemtra und Orlakund erreichten "
      "Marktanteile von 14 % beziehungsweise 8 %.";
  auto b =
      run(list_second, {"Drelkon", "Vemtra", "Orlakund"}, {"3 %", "5 %", "6 %", "14 %", "8 %"});
  REQUIRE(b.size() == 5);
  for (size_t i = 0; i < 3; ++i) CHECK(b[i].entity == "Drelkon");
  CHECK(b[3].entity == "Vemtra");
  CHECK(b[4].entity == "Orlakund");
}
