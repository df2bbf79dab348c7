// Baseline extractor: percentages only ("6,2 %", "13 Prozent", "41,2%", "17 por ciento").
// The full figure grammar replaces this (see extract/README.md).
#include "extract/extractor.h"

#include <array>
#include <cctype>

#include "extract/utf8.h"

namespace newsfacts::extract {

struct Extractor::Impl {
  ExtractorOptions options;
};

Extractor::Extractor(ExtractorOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
Extractor::~Extractor() = default;

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool StartsWithAt(std::string_view text, size_t pos, std::string_view word) {
  return text.substr(pos, word.size()) == word;
}

}  // namespace

Status Extractor::ExtractText(std::string_view text, Lang lang, Field field,
                              Extraction* out) const {
  if (text.size() > kMaxFieldBytes) {
    return Status::InvalidArgument(std::string(FieldName(field)) + " is longer than " +
                                   std::to_string(kMaxFieldBytes) + " bytes");
  }
  if (auto bad = FindInvalidUtf8(text)) {
    return Status::InvalidArgument(std::string(FieldName(field)) +
                                   " is not valid UTF-8 at byte " + std::to_string(*bad));
  }
  if (lang == Lang::kUnknown) lang = DetectLang(text);
  if (out->lang == Lang::kUnknown) out->lang = lang;
  const char decimal = lang == Lang::kEn ? '.' : ',';
  size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i]) || (i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) ||
                                        text[i - 1] == '.' || text[i - 1] == ','))) {
      ++i;
      continue;
    }
    const size_t start = i;
    double value = 0;
    while (i < text.size() && IsDigit(text[i])) value = value * 10 + (text[i++] - '0');
    if (i + 1 < text.size() && text[i] == decimal && IsDigit(text[i + 1])) {
      ++i;
      double scale = 0.1;
      while (i < text.size() && IsDigit(text[i])) {
        value += (text[i++] - '0') * scale;
        scale /= 10;
      }
    }
    size_t j = i;
    if (j < text.size() && text[j] == ' ') ++j;
    size_t end = 0;
    for (std::string_view w : {"%", "Prozent", "por ciento", "percent"}) {
      if (StartsWithAt(text, j, w)) end = j + w.size();
    }
    if (end == 0) continue;
    Figure f;
    f.kind = FigureKind::kPercent;
    f.value = value;
    f.field = field;
    f.start = static_cast<uint32_t>(start);
    f.end = static_cast<uint32_t>(end);
    f.surface = std::string(text.substr(start, end - start));
    out->figures.push_back(std::move(f));
    i = end;
  }
  return Status::Ok();
}

Status Extractor::Extract(const Article& article, Extraction* out) const {
  out->Clear();
  Lang lang = article.lang;
  if (lang == Lang::kUnknown) lang = DetectLang(article.body);
  out->lang = lang;
  if (!article.title.empty()) NEWSFACTS_RETURN_IF_ERROR(ExtractText(article.title, lang, Field::kTitle, out));
  return ExtractText(article.body, lang, Field::kBody, out);
}

Lang DetectLang(std::string_view text) {
  // Counts frequent function words delimited by spaces in the first 4 KiB.
  static constexpr std::array<std::string_view, 8> kDe = {" der ", " die ", " und ", " das ",
                                                          " nicht ", " ist ", " mit ", " von "};
  static constexpr std::array<std::string_view, 8> kEs = {" el ", " los ", " las ", " del ",
                                                          " que ", " y ", " una ", " por "};
  static constexpr std::array<std::string_view, 8> kEn = {" the ", " and ", " of ", " is ",
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
