// Period detector and figure periods (period.h).
#include "extract/period.h"

#include <algorithm>
#include <initializer_list>

#include "common/time.h"
#include "extract/entity_scan.h"
#include "extract/sentence.h"

namespace newsfacts::extract {

namespace {

struct Token {
  uint32_t start, end;
  std::string lower;  // ASCII and Latin-1 capitals lower-cased
};

void Tokenize(std::string_view text, size_t s, size_t e, std::vector<Token>* out) {
  out->clear();
  size_t pos = s, ts, te;
  while (scan::NextToken(text, pos, &ts, &te) && ts < e) {
    if (te > e) te = e;
    Token t{static_cast<uint32_t>(ts), static_cast<uint32_t>(te),
            std::string(text.substr(ts, te - ts))};
    for (size_t k = 0; k < t.lower.size(); ++k) {
      char& c = t.lower[k];
      if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c - 'A' + 'a');
      } else if (static_cast<unsigned char>(c) == 0xC3 && k + 1 < t.lower.size()) {
        auto& n = reinterpret_cast<unsigned char&>(t.lower[k + 1]);
        if (n >= 0x80 && n <= 0x9E && n != 0x97) n = static_cast<unsigned char>(n + 0x20);
        ++k;
      }
    }
    out->push_back(std::move(t));
    pos = te;
  }
}

bool AllDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!scan::IsDigit(c)) return false;
  }
  return true;
}

bool Is(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool StartsWithAny(std::string_view w, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (w.substr(0, p.size()) == p) return true;
  }
  return false;
}

// A 4-digit year token, not part of a grouped or decimal number ("1.2024", "2015,5").
int YearAt(std::string_view text, const Token& t) {
  if (t.end - t.start != 4 || !AllDigits(t.lower)) return -1;
  const int y = std::stoi(t.lower);
  if (!IsYearNumber(y)) return -1;
  if (t.start >= 2 && (text[t.start - 1] == '.' || text[t.start - 1] == ',') &&
      scan::IsDigit(text[t.start - 2])) {
    return -1;
  }
  if (t.end + 1 < text.size() && (text[t.end] == '.' || text[t.end] == ',') &&
      scan::IsDigit(text[t.end + 1])) {
    return -1;
  }
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

int Ordinal(std::string_view w) {
  if (Is(w, {"last", "letzten", "últimos", "ultimos"})) return 5;  // only "last three months"
  if (StartsWithAny(w, {"erst", "primer", "first", "1st"})) return 1;
  if (StartsWithAny(w, {"zweit", "segund", "second", "2nd"})) return 2;
  if (StartsWithAny(w, {"dritt", "tercer", "third", "3rd"})) return 3;
  if (StartsWithAny(w, {"viert", "cuart", "fourth", "4th", "final"})) return 4;
  return 0;
}

bool QuarterNoun(std::string_view w) {
  return Is(w, {"quartal", "quartals", "quartales", "trimestre", "quarter"});
}
bool HalfNoun(std::string_view w) {
  return Is(w, {"halbjahr", "halbjahres", "halbjahrs", "jahreshälfte", "hälfte", "semestre", "half",
                "mitad"});
}

// A mention found in a sentence; `year` < 0 means "needs a year from the context".
struct Raw {
  uint32_t start, end;
  int year;          // -1: context year needed
  std::string tail;  // "-Q3", "-H1", "-Q1-Q3", "-2025", "/2016", ""
  // A comparison base ("from 9bn euros in 2003", "gegenüber 2014", "frente a 1998"): the
  // start of the comparison word; the year then belongs only to figures between the two.
  uint32_t base = kNoBase;
  static constexpr uint32_t kNoBase = 0xFFFFFFFFu;
};

// Start of a comparison word ("from", "than", "gegenüber", "frente a", "compared with" …)
// among the few tokens before token i in the same clause; Raw::kNoBase if none.
uint32_t ComparisonBase(std::string_view text, const std::vector<Token>& t, size_t i) {
  for (size_t k = i; k-- > 0 && k + 8 >= i;) {
    const std::string_view between = text.substr(t[k].end, t[k + 1].start - t[k].end);
    if (between.find_first_of(",;()") != std::string_view::npos) break;
    const std::string_view w = t[k].lower;
    if (Is(w, {"from", "than", "gegenüber", "vergleich", "verglichen", "frente", "respecto",
               "compared", "versus", "vs"}) ||
        (k + 1 == i && Is(w, {"on", "over"}))) {
      return t[k].start;
    }
  }
  return Raw::kNoBase;
}

void FindRaw(std::string_view text, size_t s, size_t e, std::optional<int> reference_year,
             std::vector<Token>* toks, std::vector<Raw>* out) {
  out->clear();
  Tokenize(text, s, e, toks);
  const std::vector<Token>& t = *toks;
  const size_t n = t.size();
  auto year_at = [&](size_t i) { return i < n ? YearAt(text, t[i]) : -1; };
  // The year after token i, skipping connector words ("des Jahres", "de", "of"); sets *at.
  auto year_after = [&](size_t i, size_t* at) {
    for (size_t k = i + 1; k < n && k <= i + 4; ++k) {
      const int y = year_at(k);
      if (y >= 0) {
        *at = k;
        return y;
      }
      if (!Is(t[k].lower, {"des", "jahres", "jahr", "de", "del", "año", "of", "the", "im", "en",
                           "el", "in", "fiscal", "year", "geschäftsjahres"})) {
        break;
      }
    }
    return -1;
  };
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = t[i].lower;
    // ---- years, ranges and split years
    if (const int y = year_at(i); y >= 0) {
      Raw r{t[i].start, t[i].end, y, ""};
      r.base = ComparisonBase(text, t, i);
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
        } else if (IsDash(g) && y2 > y) {
          r.tail = "-" + std::to_string(y2);  // "2022-2025"
          r.end = t[i + 1].end;
          ++i;
        } else if (g.empty() && Is(nx, {"bis", "a", "al", "to", "until", "hasta"}) &&
                   year_at(i + 2) > y) {
          r.tail = "-" + std::to_string(year_at(i + 2));
          r.end = t[i + 2].end;
          i += 2;
        } else if (g.empty() && (Is(nx, {"q1", "q2", "q3", "q4"}))) {
          r.tail = std::string("-Q") + nx[1];  // "2024 Q3"
          r.end = t[i + 1].end;
          ++i;
        }
      }
      if (!r.tail.empty() && r.tail[0] == '-') r.base = Raw::kNoBase;  // "from 2020 to 2026"
      out->push_back(std::move(r));
      continue;
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
      } else if (i > 0 && Is(t[i - 1].lower, {"im", "in", "en", "el", "the", "del", "des"})) {
        out->push_back({t[i].start, t[i].end, -1, tail});
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
      if (ord == 1 && noun + 1 < n && Is(nw, {"drei", "tres", "three"}) &&
          Is(t[noun + 1].lower, {"quartale", "quartalen", "trimestres", "quarters"})) {
        tail = "-Q1-Q3";
        ++noun;
      } else if (noun + 1 < n && Is(t[noun + 1].lower, {"monate", "monaten", "meses", "months"})) {
        // "first nine months", "ersten sechs Monate", "últimos tres meses"
        const int months = Is(nw, {"drei", "tres", "three"})   ? 3
                           : Is(nw, {"sechs", "seis", "six"})  ? 6
                           : Is(nw, {"neun", "nueve", "nine"}) ? 9
                                                               : 0;
        if (ord == 1 && months == 3) tail = "-Q1";
        if (ord == 1 && months == 6) tail = "-H1";
        if (ord == 1 && months == 9) tail = "-Q1-Q3";
        if (ord >= 4 && months == 3) tail = "-Q4";  // "the final / last three months"
        if (ord >= 4 && months == 6) tail = "-H2";
        if (!tail.empty()) ++noun;
      } else if (QuarterNoun(nw) && ord <= 4) {
        tail = "-Q" + std::to_string(ord);
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
          out->push_back({t[i].start, t[noun].end, -1, tail});
          i = noun;
        }
        continue;
      }
    }
    // ---- relative years, resolved against the publication year
    if (!reference_year) continue;
    int delta = 99;
    size_t last = i;
    const std::string_view nx = i + 1 < n ? std::string_view(t[i + 1].lower) : "";
    const bool jahr = Is(nx, {"jahr", "jahres", "jahrs"});
    if (jahr && Is(w, {"vergangenen", "vergangenes", "letzten", "letztes", "vorigen", "voriges"})) {
      delta = -1;
    } else if (jahr && Is(w, {"diesem", "dieses", "laufenden", "laufende", "laufendes"})) {
      delta = 0;
    } else if (jahr && Is(w, {"nächsten", "nächstes", "kommenden", "kommendes"})) {
      delta = 1;
    } else if (Is(w, {"heuer"})) {
      delta = 0;
      last = i - 1;
    } else if (w == "año" && Is(nx, {"pasado"})) {
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
    } else if (nx == "year" && Is(w, {"last", "this", "next"})) {
      delta = w == "last" ? -1 : w == "this" ? 0 : 1;
    }
    if (delta == 99) continue;
    last = std::min(last + 1, n - 1);
    out->push_back({t[i].start, t[last].end, *reference_year + delta, ""});
    i = last;
  }
}

// The last 4-digit year stated in text[from, to) (scanned cheaply); -1 if none.
int LastYear(std::string_view text, size_t from, size_t to) {
  int last = -1;
  for (size_t i = from; i + 4 <= to; ++i) {
    if (!scan::IsDigit(text[i]) || (i > 0 && scan::IsAsciiAlnum(text[i - 1]))) continue;
    size_t k = i;
    while (k < to && scan::IsDigit(text[k])) ++k;
    if (k - i == 4 && (k >= text.size() || !scan::IsAsciiAlnum(text[k]))) {
      Token t{static_cast<uint32_t>(i), static_cast<uint32_t>(k), std::string(text.substr(i, 4))};
      const int y = YearAt(text, t);
      // Comparison bases ("from 2003", "than in 2003", "gegenüber 2014") are not the year
      // a report is about.
      size_t b = i;
      while (b > from && text[b - 1] == ' ') --b;
      const std::string_view before =
          text.substr(b >= from + 14 ? b - 14 : from, b - (b >= from + 14 ? b - 14 : from));
      bool base = false;
      for (std::string_view w : {"from", "than", "than in", "on", "gegenüber", "frente a",
                                 "compared with", "respecto a"}) {
        base = base || (before.size() >= w.size() && before.substr(before.size() - w.size()) == w);
      }
      if (y >= 0 && !base) last = y;
    }
    i = k;
  }
  return last;
}

// Cheap test before tokenizing a sentence: false when it holds no 4-digit number, no
// "Q3"/"H1"/"3Q"/"FY" and no quarter, half or month word (then it states no absolute period).
bool MayStatePeriod(std::string_view s) {
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (scan::IsDigit(c)) {
      ++run;
      continue;
    }
    if (run == 4) return true;
    run = 0;
    if (i + 1 < s.size() && (c == 'Q' || c == 'q' || c == 'H' || c == 'h') &&
        scan::IsDigit(s[i + 1])) {
      return true;
    }
    if (i + 1 < s.size() && (c == 'F' || c == 'f') && (s[i + 1] == 'Y' || s[i + 1] == 'y')) {
      return true;
    }
  }
  if (run == 4) return true;
  for (std::string_view w : {"uartal", "rimest", "uarter", "albjahr", "hälfte", "emestre", "half",
                             "mitad", "onate", "meses", "months"}) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

std::string Format(int year, const std::string& tail) {
  return std::to_string(year) + tail;
}

constexpr uint32_t kPeriodReach = 240;  // bytes between a figure and its period
// Longest figure or period mention considered when looking for overlaps by position.
constexpr uint32_t kMaxFigureBytes = 512;
constexpr uint32_t kClausePenalty = 80;  // per clause boundary between them

}  // namespace

void FindPeriods(std::string_view text, size_t s, size_t e, std::optional<int> reference_year,
                 std::optional<int> context_year, std::vector<PeriodMention>* out) {
  std::vector<Token> toks;
  std::vector<Raw> raw;
  FindRaw(text, s, e, reference_year, &toks, &raw);
  for (const Raw& r : raw) {
    int y = r.year;
    if (y < 0) y = context_year ? *context_year : reference_year ? *reference_year : -1;
    if (y < 0) continue;
    out->push_back({r.start, r.end, Format(y, r.tail)});
  }
}

void AssignPeriods(std::string_view text, std::optional<int64_t> published_at_ms,
                   std::span<Figure> figures, bool only_empty) {
  if (figures.empty()) return;
  std::optional<int> reference;
  if (published_at_ms) reference = common::YearOfMs(*published_at_ms);
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
  int context = -1;  // last year named before `scanned`
  size_t scanned = 0;
  size_t sentence_end = 0;  // end of the sentence whose mentions are in `raw`
  size_t sentence_start = 0;
  for (Figure& f : figures) {
    if (only_empty && !f.period.empty()) continue;
    f.period.clear();
    if (f.start >= sentence_end || f.start < sentence_start) {
      sentence_start = SentenceStart(text, f.start);
      sentence_end = std::max<size_t>(SentenceEnd(text, f.start), f.end);
      raw.clear();
      if (reference || MayStatePeriod(text.substr(sentence_start, sentence_end - sentence_start))) {
        FindRaw(text, sentence_start, sentence_end, reference, &toks, &raw);
        std::stable_sort(raw.begin(), raw.end(),
                         [](const Raw& a, const Raw& b) { return a.start < b.start; });
      }
      // Numbers that are figures are not periods ("2000 Mitarbeiter"). `spans` is sorted by
      // start, so each mention looks only at the figures that can overlap it (a sentence
      // with 10^5 figures and years stays linear).
      std::erase_if(raw, [&](const Raw& r) {
        auto it = std::lower_bound(spans.begin(), spans.end(), r.end,
                                   [](const Span& g, uint32_t end) { return g.start < end; });
        while (it != spans.begin()) {
          --it;
          if (it->end > r.start) return true;
          if (it->start + kMaxFigureBytes < r.start) break;
        }
        return false;
      });
      for (Raw& r : raw) {
        if (r.year >= 0) continue;
        if (scanned < r.start) {
          const int y = LastYear(text, scanned, r.start);
          if (y >= 0) context = y;
          scanned = r.start;
        }
        r.year = context >= 0 ? context : reference.value_or(-1);
      }
    }
    const Raw* best = nullptr;
    uint32_t best_d = 0;
    // `raw` is in text order: only mentions within reach of the figure are candidates.
    const uint32_t from =
        f.start > kPeriodReach + kMaxFigureBytes ? f.start - kPeriodReach - kMaxFigureBytes : 0;
    auto first = std::lower_bound(raw.begin(), raw.end(), from,
                                  [](const Raw& r, uint32_t v) { return r.start < v; });
    for (auto it = first; it != raw.end() && it->start <= f.end + kPeriodReach; ++it) {
      const Raw& r = *it;
      if (r.year < 0) continue;
      if (r.base != Raw::kNoBase && !(r.base <= f.start && f.end <= r.start)) continue;
      uint32_t lo, hi;
      if (r.end <= f.start) {
        lo = r.end;
        hi = f.start;
      } else if (r.start >= f.end) {
        lo = f.end;
        hi = r.start;
      } else {
        continue;  // inside the figure's own span
      }
      if (hi - lo > kPeriodReach) continue;
      uint32_t d = hi - lo;
      for (uint32_t k = lo; k < hi; ++k) {
        const char c = text[k];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') d += kClausePenalty;
      }
      if (best == nullptr || d < best_d) {
        best = &r;
        best_d = d;
      }
    }
    if (best != nullptr) f.period = Format(best->year, best->tail);
  }
}

}  // namespace newsfacts::extract
