#include "extract/article.h"

#include <cctype>

namespace newsfacts::extract {

std::string_view LangName(Lang lang) {
  switch (lang) {
    case Lang::kDe:
      return "de";
    case Lang::kEs:
      return "es";
    case Lang::kEn:
      return "en";
    case Lang::kUnknown:
      break;
  }
  return "unknown";
}

std::optional<Lang> ParseLang(std::string_view s) {
  if (s.size() != 2) return std::nullopt;
  const char a = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  const char b = static_cast<char>(std::tolower(static_cast<unsigned char>(s[1])));
  if (a == 'd' && b == 'e') return Lang::kDe;
  if (a == 'e' && b == 's') return Lang::kEs;
  if (a == 'e' && b == 'n') return Lang::kEn;
  return std::nullopt;
}

}  // namespace newsfacts::extract
