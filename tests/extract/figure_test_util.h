#pragma once
// Test helpers for figure extraction: run the extractor on a string and pick figures.
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"

namespace newsfacts::extract::testing {

inline std::vector<Figure> Figures(std::string_view text, Lang lang) {
  static const Extractor extractor(ExtractorOptions{.entities = false});
  Extraction out;
  const Status st = extractor.ExtractText(text, lang, Field::kBody, &out);
  if (!st.ok()) return {};
  return out.figures;
}

// The figures whose surface contains `needle`.
inline std::vector<Figure> With(const std::vector<Figure>& figs, std::string_view needle) {
  std::vector<Figure> r;
  for (const Figure& f : figs) {
    if (f.surface.find(needle) != std::string::npos) r.push_back(f);
  }
  return r;
}

// Short description of all figures for failure messages: "kind value unit|...".
inline std::string Describe(const std::vector<Figure>& figs) {
  std::string r;
  for (const Figure& f : figs) {
    r += std::string(FigureKindName(f.kind)) + " " + std::to_string(f.value) + " " + f.unit + " «" +
         f.surface + "» | ";
  }
  return r;
}

}  // namespace newsfacts::extract::testing
