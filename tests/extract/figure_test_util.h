#pragma once
// Test helpers for figure extraction: run the extractor on a string and pick figures.
#include <catch2/catch.hpp>
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

// All figures of an article (title + body) through Extractor::Extract, so that the
// article-level pass (implicit currencies, figure_context.h) runs.
inline std::vector<Figure> ArticleFigures(std::string_view title, std::string_view body,
                                          Lang lang) {
  static const Extractor extractor(ExtractorOptions{.entities = false});
  Article a;
  a.id = "t";
  a.lang = lang;
  a.title = std::string(title);
  a.body = std::string(body);
  Extraction out;
  if (!extractor.Extract(a, &out).ok()) return {};
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

// The single figure found in `text`; fails the test (showing what was found) otherwise.
inline Figure One(std::string_view text, Lang lang) {
  const std::vector<Figure> figs = Figures(text, lang);
  INFO(Describe(figs));
  REQUIRE(figs.size() == 1);
  return figs[0];
}

// The extractor with entities and attribution (default options), shared by a test binary.
inline const Extractor& FullExtractor() {
  static const Extractor extractor;
  return extractor;
}

// Full extraction (figures, names, attribution) of `text` as a body in `lang`; fails the test
// when the extractor refuses it.
inline Extraction FullText(std::string_view text, Lang lang) {
  Extraction x;
  REQUIRE(FullExtractor().ExtractText(text, lang, Field::kBody, &x).ok());
  return x;
}

// The first figure of `x` whose surface contains `surface`; fails the test when there is none.
inline const Figure& FigureWith(const Extraction& x, std::string_view surface) {
  for (const Figure& f : x.figures) {
    if (f.surface.find(surface) != std::string::npos) return f;
  }
  FAIL("no figure «" << surface << "»");
  return x.figures.front();
}

}  // namespace newsfacts::extract::testing
