#include "common/time.h"

#include <chrono>
#include <cstdio>

namespace newsfacts::common {
namespace {

namespace chr = std::chrono;

// Reads exactly `n` ASCII digits at s[*pos]; advances *pos.
bool ReadDigits(std::string_view s, size_t* pos, int n, int* out) {
  if (*pos + static_cast<size_t>(n) > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    const char c = s[*pos + static_cast<size_t>(i)];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += static_cast<size_t>(n);
  *out = v;
  return true;
}

bool Expect(std::string_view s, size_t* pos, char c) {
  if (*pos >= s.size() || s[*pos] != c) return false;
  ++*pos;
  return true;
}

}  // namespace

std::optional<int64_t> ParseRfc3339Ms(std::string_view s) {
  size_t p = 0;
  int year = 0, month = 0, day = 0;
  if (!ReadDigits(s, &p, 4, &year) || !Expect(s, &p, '-') || !ReadDigits(s, &p, 2, &month) ||
      !Expect(s, &p, '-') || !ReadDigits(s, &p, 2, &day)) {
    return std::nullopt;
  }
  const chr::year_month_day date{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                                 chr::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;  // 2025-02-30, month 13, day 00, ...
  const int64_t day_ms =
      int64_t{chr::sys_days(date).time_since_epoch().count()} * int64_t{86'400'000};
  if (p == s.size()) return day_ms;  // full-date: midnight UTC

  const char sep = s[p++];
  if (sep != 'T' && sep != 't' && sep != ' ') return std::nullopt;
  int hour = 0, minute = 0, second = 0;
  if (!ReadDigits(s, &p, 2, &hour) || !Expect(s, &p, ':') || !ReadDigits(s, &p, 2, &minute) ||
      !Expect(s, &p, ':') || !ReadDigits(s, &p, 2, &second)) {
    return std::nullopt;
  }
  if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
  int64_t ms = 0;
  if (p < s.size() && s[p] == '.') {
    ++p;
    int scale = 100, digits = 0;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
      ms += int64_t{s[p] - '0'} * scale;
      scale /= 10;
      ++p;
      ++digits;
    }
    if (digits == 0) return std::nullopt;
  }
  if (p >= s.size()) return std::nullopt;  // a time needs a zone
  int64_t offset_s = 0;
  if (s[p] == 'Z' || s[p] == 'z') {
    ++p;
  } else if (s[p] == '+' || s[p] == '-') {
    const int64_t sign = s[p] == '-' ? -1 : 1;
    ++p;
    int oh = 0, om = 0;
    if (!ReadDigits(s, &p, 2, &oh) || !Expect(s, &p, ':') || !ReadDigits(s, &p, 2, &om)) {
      return std::nullopt;
    }
    if (oh > 23 || om > 59) return std::nullopt;  // +24:00, +99:99
    offset_s = sign * (int64_t{oh} * 3600 + int64_t{om} * 60);
  } else {
    return std::nullopt;
  }
  if (p != s.size()) return std::nullopt;
  const int64_t secs = int64_t{hour} * 3600 + int64_t{minute} * 60 + second - offset_s;
  return day_ms + secs * 1000 + ms;
}

int YearOfMs(int64_t ms) {
  const auto day = chr::floor<chr::days>(chr::sys_time<chr::milliseconds>{chr::milliseconds{ms}});
  return int{chr::year_month_day{day}.year()};
}

std::string FormatRfc3339Ms(int64_t ms, Millis millis) {
  const chr::sys_time<chr::milliseconds> t{chr::milliseconds{ms}};
  const auto day = chr::floor<chr::days>(t);
  const chr::year_month_day date{day};
  const chr::hh_mm_ss<chr::milliseconds> tod{t - day};
  char buf[64];
  int n = std::snprintf(
      buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d", int{date.year()}, unsigned{date.month()},
      unsigned{date.day()}, static_cast<int>(tod.hours().count()),
      static_cast<int>(tod.minutes().count()), static_cast<int>(tod.seconds().count()));
  const auto frac = static_cast<int>(tod.subseconds().count());
  if (millis == Millis::kAlways || frac != 0) {
    n += std::snprintf(buf + n, sizeof buf - static_cast<size_t>(n), ".%03d", frac);
  }
  std::string out(buf, static_cast<size_t>(n));
  out.push_back('Z');
  return out;
}

}  // namespace newsfacts::common
