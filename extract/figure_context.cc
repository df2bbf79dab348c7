// Article-level figure pass; see figure_context.h.
#include "extract/figure_context.h"

#include <algorithm>
#include <array>
#include <string>

#include "common/time.h"
#include "extract/entity_scan.h"

namespace newsfacts::extract {
namespace {

bool IsImplicitMoney(const Figure& f) {
  return f.kind == FigureKind::kMoney && f.unit.empty();
}

bool IsExplicitMoney(const Figure& f) {
  return f.kind == FigureKind::kMoney && !f.unit.empty() && f.unit_source == UnitSource::kText;
}

int CountCI(std::string_view t, std::string_view w);

// A bare "$" (not "US$", "C$", "MX$", ...) at the start of the figure's surface, with no
// dollar word after the amount ("$250 dólares" names the dollar).
bool IsBareDollar(const Figure& f) {
  const std::string_view s = f.surface;
  const size_t d = s.find('$');
  if (d == std::string_view::npos || f.unit != "USD" || CountCI(s, "dólar") > 0) return false;
  if (d > 0) {
    const char c = s[d - 1];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return false;
  }
  return true;
}

// Counts case-insensitive (ASCII) occurrences of `w` in `t`, overlapping ones too; `w`
// lower-case. scan::FindLower tests 16 starts at a time (the article scans of PesoCountry
// went byte by byte).
int CountCI(std::string_view t, std::string_view w) {
  int n = 0;
  if (w.empty()) return 0;
  for (size_t i = scan::FindLower(t, w); i != std::string_view::npos;
       i = scan::FindLower(t, w, i + 1)) {
    ++n;
  }
  return n;
}

// The local peso of a Spanish (or English) article that names one peso country clearly more than
// others (at least twice): `twice`; `once` also takes a country named only once when it is the only
// one named. "" when none. One scan of the article for both.
struct Pesos {
  std::string_view twice, once;
};
Pesos PesoCountry(const FigureTexts& texts) {
  struct Country {
    std::string_view stem;
    std::string_view code;
  };
  static constexpr std::array<Country, 4> kCountries = {
      {{"méxic", "MXN"}, {"mexica", "MXN"}, {"argentin", "ARS"}, {"chile", "CLP"}}};
  static constexpr std::array<Country, 1> kMore = {{{"colombi", "COP"}}};
  int best = 0;
  int named = 0;  // countries named at all
  std::string_view code;
  auto consider = [&](std::string_view stem, std::string_view c) {
    const int n = CountCI(texts.title, stem) + CountCI(texts.body, stem);
    named += n > 0;
    if (n > best) {
      best = n;
      code = c;
    }
  };
  int mx = 0;
  for (const Country& c : kCountries) {
    if (c.code == "MXN") {
      mx += CountCI(texts.title, c.stem) + CountCI(texts.body, c.stem);
    } else {
      consider(c.stem, c.code);
    }
  }
  for (const Country& c : kMore) consider(c.stem, c.code);
  named += mx > 0;
  if (mx > best) {
    best = mx;
    code = "MXN";
  }
  if (best >= 2) return {code, code};
  return {{}, best == 1 && named == 1 ? code : std::string_view{}};
}

// Latest year 1900..2100 written as a plain 4-digit number in `t`; 0 when none.
int LatestYear(std::string_view t) {
  int latest = 0;
  for (size_t i = 0; i + 4 <= t.size(); ++i) {
    if (t[i] < '0' || t[i] > '9' || (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9')) continue;
    size_t e = i;
    int v = 0;
    while (e < t.size() && t[e] >= '0' && t[e] <= '9' && e - i < 5) v = v * 10 + (t[e++] - '0');
    if (e - i == 4 && (e == t.size() || t[e] < '0' || t[e] > '9') && v >= 1900 && v <= 2100) {
      latest = std::max(latest, v);
    }
    i = e;
  }
  return latest;
}

// A Spanish article written while the peseta was the currency (before 2002): by its
// publication time, else by the years it names (all before 2002), else by naming pesetas.
bool PesetaEra(const FigureTexts& texts) {
  constexpr int kEuroYear = 2002;
  if (texts.published_at_ms) return common::YearOfMs(*texts.published_at_ms) < kEuroYear;
  const int latest = std::max(LatestYear(texts.title), LatestYear(texts.body));
  if (latest > 0) return latest < kEuroYear;
  return CountCI(texts.title, "peseta") + CountCI(texts.body, "peseta") > 0;
}

std::string_view DefaultCurrency(Lang lang, const FigureTexts& texts) {
  switch (lang) {
    case Lang::kEn:
      return "GBP";
    case Lang::kEs:
      return PesetaEra(texts) ? "ESP" : "EUR";
    case Lang::kDe:
    case Lang::kUnknown:
      return "EUR";
  }
  return "EUR";
}

// An explicit amount in brackets right after an amount in another currency converts it
// ("35.000 millones de pesetas (210 millones de euros)", "8 mil millones de euros (más de
// 191 mil millones de pesos)"): the article counts in the first currency, so the bracketed
// one is no currency the amounts after it carry. So is every further conversion in the same
// brackets ("8.7bn rupees (€95m; $104m)").
bool IsConversion(std::span<const Figure> figures, size_t j, const FigureTexts& texts) {
  if (j == 0) return false;
  const Figure& f = figures[j];
  const Figure& prev = figures[j - 1];
  if (!IsExplicitMoney(prev) || prev.field != f.field || prev.unit == f.unit ||
      prev.end > f.start || f.start - prev.end > 16) {
    return false;
  }
  const std::string_view text = texts.Of(f.field);
  if (f.start > text.size()) return false;
  const std::string_view gap = text.substr(prev.end, f.start - prev.end);
  if (gap == "; " || gap == ", ") return IsConversion(figures, j - 1, texts);
  const size_t open = gap.find('(');
  return open != std::string_view::npos && gap.find_first_not_of(' ') == open &&
         gap.find_first_of(").;") == std::string_view::npos;
}

// The currencies called pesos.
constexpr std::array<std::string_view, 6> kPesoCodes = {"MXN", "ARS", "CLP", "COP", "CUP", "UYU"};

}  // namespace

void ResolveContextUnits(std::span<Figure> figures, Lang lang, const FigureTexts& texts) {
  bool any_implicit = false, any_dollar = false;
  for (const Figure& f : figures) {
    any_implicit |= IsImplicitMoney(f);
    any_dollar |= lang == Lang::kEs && IsBareDollar(f);
  }
  if (!any_implicit && !any_dollar) return;

  // "$" in a Mexican (Argentine, Chilean, Colombian) article is the local peso. Looked up
  // only when a bare "$" or a bare "pesos" needs it (it scans the article).
  bool needs_peso = any_dollar;
  for (const Figure& f : figures) {
    needs_peso |=
        IsImplicitMoney(f) && (CountCI(f.surface, "peso") > 0 || CountCI(f.surface, "centavo") > 0);
  }
  // Bare "pesos" are some country's: one the article names only once is a better guess than
  // the default (`peso_once`); a "$" keeps needing two mentions (it is as often the US dollar).
  std::string_view peso;
  std::string_view peso_once;
  // English names the country as Spanish does ("Colombia", "Argentine"); its "$" stays USD.
  if ((lang == Lang::kEs || lang == Lang::kEn) && needs_peso) {
    const Pesos p = PesoCountry(texts);
    peso = p.twice;
    peso_once = p.once;
  }
  // An article that writes an amount in pesos of one country writes "$" for them too ("invertirá
  // $4.200 millones … 4.200 millones de pesos"; Latin-American press writes "dólares" for
  // the dollar).
  if (peso.empty() && any_dollar && lang == Lang::kEs) {
    for (const Figure& f : figures) {
      if (CountCI(f.surface, "peso") == 0) continue;
      if (IsExplicitMoney(f) && scan::InList(f.unit, kPesoCodes)) {
        peso = f.unit;
        break;
      }
      if (IsImplicitMoney(f) && !peso_once.empty()) {
        peso = peso_once;
        break;
      }
    }
  }
  if (!peso.empty() && lang == Lang::kEs) {
    for (Figure& f : figures) {
      if (IsBareDollar(f)) f.unit = std::string(peso);
    }
  }
  if (!any_implicit) return;

  // Which explicit currencies an implicit amount may take: a bare "pesos" only a peso, bare
  // "Kronen" only a krone; any other only ... anything.
  auto family_ok = [](const Figure& f, std::string_view code) {
    static constexpr std::array<std::string_view, 4> kKronen = {"SEK", "NOK", "DKK", "CZK"};
    if (CountCI(f.surface, "peso") > 0 || CountCI(f.surface, "centavo") > 0) {
      return scan::InList(code, kPesoCodes);
    }
    if (CountCI(f.surface, "kron") > 0 || CountCI(f.surface, "corona") > 0) {
      return scan::InList(code, kKronen);
    }
    return true;
  };
  std::string_view default_unit;
  for (size_t i = 0; i < figures.size(); ++i) {
    Figure& f = figures[i];
    if (!IsImplicitMoney(f)) continue;
    std::string_view unit;
    // The nearest explicit currency before the amount (not a conversion in brackets) ...
    for (size_t j = i; j-- > 0;) {
      if (IsExplicitMoney(figures[j]) && family_ok(f, figures[j].unit) &&
          !((lang == Lang::kEs || lang == Lang::kEn) && IsConversion(figures, j, texts))) {
        unit = figures[j].unit;
        break;
      }
    }
    // ... else the article's most frequent one ...
    if (unit.empty()) {
      int best = 0;
      for (const Figure& g : figures) {
        if (!IsExplicitMoney(g) || !family_ok(f, g.unit)) continue;
        int n = 0;
        for (const Figure& h : figures) n += IsExplicitMoney(h) && h.unit == g.unit;
        if (n > best) {
          best = n;
          unit = g.unit;
        }
      }
    }
    // ... else the local peso, or the language default for amounts a money word governs.
    if (unit.empty()) {
      if (family_ok(f, "MXN") && !family_ok(f, "EUR")) {
        // Bare "pesos" with no country named: the largest peso economy.
        unit = peso_once.empty() ? std::string_view("MXN") : peso_once;
      } else if (family_ok(f, "EUR")) {
        if (default_unit.empty()) default_unit = DefaultCurrency(lang, texts);  // scans once
        unit = default_unit;
      }
    }
    if (unit.empty()) continue;
    f.unit = std::string(unit);
    f.unit_source = UnitSource::kContext;
  }
}

}  // namespace newsfacts::extract
