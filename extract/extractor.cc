// Extractor: validates input, detects the language and runs the figure grammar per field
// (see extract/README.md for the data flow).
#include "extract/extractor.h"

#include <array>

#include "extract/attribution.h"
#include "extract/entity_matcher.h"
#include "extract/figure_finder.h"
#include "extract/gazetteer.h"
#include "extract/utf8.h"

namespace newsfacts::extract {

struct Extractor::Impl {
  ExtractorOptions options;
  const Gazetteer* gazetteer = nullptr;    // set when options.entities
  std::unique_ptr<EntityMatcher> matcher;  // built from *gazetteer
};

Extractor::Extractor(ExtractorOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  if (options.entities) {
    impl_->gazetteer = options.gazetteer != nullptr ? options.gazetteer : &Gazetteer::Default();
    impl_->matcher = std::make_unique<EntityMatcher>(*impl_->gazetteer);
  }
}
Extractor::~Extractor() = default;

Status Extractor::ExtractText(std::string_view text, Lang lang, Field field, Extraction* out,
                              std::optional<int64_t> published_at_ms) const {
  if (text.size() > kMaxFieldBytes) {
    return Status::InvalidArgument(std::string(FieldName(field)) + " is longer than " +
                                   std::to_string(kMaxFieldBytes) + " bytes");
  }
  if (auto bad = FindInvalidUtf8(text)) {
    return Status::InvalidArgument(std::string(FieldName(field)) + " is not valid UTF-8 at byte " +
                                   std::to_string(*bad));
  }
  if (lang == Lang::kUnknown) lang = DetectLang(text);
  if (out->lang == Lang::kUnknown) out->lang = lang;
  // Figures: candidate scan -> ICU window normalization -> grammar (figure_finder.h).
  const size_t first_figure = out->figures.size();
  const size_t first_mention = out->entities.size();
  FindFigures(text, lang, field, &out->figures, published_at_ms);
  if (!impl_->matcher) return Status::Ok();
  // Entities of this field, then attribution of this field's figures to them.
  impl_->matcher->Find(text, lang, field, &out->entities);
  Attribute(text, lang, std::span<const EntityMention>(out->entities).subspan(first_mention),
            *impl_->gazetteer, std::span<Figure>(out->figures).subspan(first_figure));
  return Status::Ok();
}

Status Extractor::Extract(const Article& article, Extraction* out) const {
  out->Clear();
  Lang lang = article.lang;
  if (lang == Lang::kUnknown) lang = DetectLang(article.body);
  out->lang = lang;
  if (!article.title.empty())
    NEWSFACTS_RETURN_IF_ERROR(
        ExtractText(article.title, lang, Field::kTitle, out, article.published_at_ms));
  return ExtractText(article.body, lang, Field::kBody, out, article.published_at_ms);
}

Lang DetectLang(std::string_view text) {
  // Counts frequent function words delimited by spaces in the first 4 KiB.
  static constexpr std::array<std::string_view, 8> kDe = {" der ",   " die ", " und ", " das ",
                                                          " nicht ", " ist ", " mit ", " von "};
  static constexpr std::array<std::string_view, 8> kEs = {" el ",  " los ", " las ", " del ",
                                                          " que ", " y ",   " una ", " por "};
  static constexpr std::array<std::string_view, 8> kEn = {" the ",  " and ",  " of ",  " is ",
                                                          " that ", " with ", " for ", " was "};
  const std::string_view head = text.substr(0, 4096);
  auto count = [&](const auto& words) {
    int n = 0;
    for (std::string_view w : words) {
      for (size_t p = head.find(w); p != std::string_view::npos; p = head.find(w, p + 1)) ++n;
    }
    return n;
  };
  const int de = count(kDe), es = count(kEs), en = count(kEn);
  if (de == 0 && es == 0 && en == 0) return Lang::kUnknown;
  if (de >= es && de >= en) return Lang::kDe;
  return es >= en ? Lang::kEs : Lang::kEn;
}

}  // namespace newsfacts::extract
