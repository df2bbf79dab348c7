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

namespace {

// Reads exactly `n` digits at s[*pos]; advances *pos.
bool ReadDigits(std::string_view s, size_t* pos, int n, int* out) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    const char c = s[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *out = v;
  return true;
}

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

std::optional<int64_t> ParseRfc3339Ms(std::string_view s) {
  size_t p = 0;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!ReadDigits(s, &p, 4, &year) || p >= s.size() || s[p++] != '-') return std::nullopt;
  if (!ReadDigits(s, &p, 2, &month) || p >= s.size() || s[p++] != '-') return std::nullopt;
  if (!ReadDigits(s, &p, 2, &day)) return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  int64_t ms = 0;
  int64_t offset_s = 0;
  if (p < s.size()) {
    if (s[p] != 'T' && s[p] != 't' && s[p] != ' ') return std::nullopt;
    ++p;
    if (!ReadDigits(s, &p, 2, &hour) || p >= s.size() || s[p++] != ':') return std::nullopt;
    if (!ReadDigits(s, &p, 2, &minute) || p >= s.size() || s[p++] != ':') return std::nullopt;
    if (!ReadDigits(s, &p, 2, &second)) return std::nullopt;
    if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
    if (p < s.size() && s[p] == '.') {
      ++p;
      int scale = 100, digits = 0;
      while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
        ms += static_cast<int64_t>(s[p] - '0') * scale;
        scale /= 10;
        ++p;
        ++digits;
      }
      if (digits == 0) return std::nullopt;
    }
    if (p >= s.size()) return std::nullopt;  // a time needs a zone
    if (s[p] == 'Z' || s[p] == 'z') {
      ++p;
    } else if (s[p] == '+' || s[p] == '-') {
      const int sign = s[p] == '-' ? -1 : 1;
      ++p;
      int oh, om;
      if (!ReadDigits(s, &p, 2, &oh) || p >= s.size() || s[p++] != ':') return std::nullopt;
      if (!ReadDigits(s, &p, 2, &om)) return std::nullopt;
      offset_s = static_cast<int64_t>(sign) * (oh * 3600 + om * 60);
    } else {
      return std::nullopt;
    }
    if (p != s.size()) return std::nullopt;
  }
  const int64_t days =
      DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  const int64_t secs =
      days * 86400 + int64_t{hour} * 3600 + int64_t{minute} * 60 + second - offset_s;
  return secs * 1000 + ms;
}

}  // namespace newsfacts::extract
