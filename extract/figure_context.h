#pragma once
// Article-level figure pass: what one text (title or body) cannot decide alone.
//
// FindFigures reads each text on its own; an amount whose currency the sentence leaves implicit
// ("ganó 312,5 millones", "Umsatz von 18,1 Millionen", "200 Milliarden Euro, davon 50") is
// emitted as money with an empty unit, or as a bare count next to a money figure. This pass
// looks at all figures of the article and fills the currency from the article (unit_source
// kContext): the nearest explicit currency before the amount (in Spanish and English not one
// that converts the amount before it in brackets), else the article's most frequent
// one, else the language default (de/es: EUR, en: GBP - the press the defaults were chosen
// for; a Spanish article of the peseta era - published before 2002, or undated and naming
// no year after 2001 but at least one before, or writing "pesetas" - defaults to ESP). A bare
// "$" in a Spanish article about Mexico, Argentina, Chile or Colombia, or that writes an amount
// in one of their pesos, is that country's peso.
//
// Thread-safety: pure function; no state.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "extract/article.h"
#include "extract/figure.h"

namespace newsfacts::extract {

// The texts the figures were found in, by Field (title, body); offsets index them.
struct FigureTexts {
  std::string_view title;
  std::string_view body;
  std::optional<int64_t> published_at_ms = std::nullopt;  // UTC ms: decides the peseta era
  std::string_view Of(Field f) const { return f == Field::kTitle ? title : body; }
};

// Fills implicit currencies of `figures` (all figures of one article, in text order, title
// first) as described above. REQUIRES: every figure's [start, end) lies inside its field's text.
void ResolveContextUnits(std::span<Figure> figures, Lang lang, const FigureTexts& texts);

}  // namespace newsfacts::extract
