#pragma once
// RFC 3339 timestamps <-> UTC milliseconds since the Unix epoch: the one parser and formatter
// of the project (article `published_at`, `--since/--until`, alert and fact times).
//
// Built on the standard <chrono> calendar (std::chrono::year_month_day), so impossible dates
// (2025-02-30, 2023-02-29) are rejected, not rolled over. Pure functions; thread-safe.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsfacts::common {

// Parses an RFC 3339 date-time ("2024-09-30T12:00:00Z", "2024-09-30T14:00:00.250+02:00") or
// full-date ("2024-09-30", read as midnight UTC) to UTC milliseconds. Strict:
//   - the date must exist in the proleptic Gregorian calendar (leap years included);
//   - hour 00-23, minute 00-59, second 00-59, or 60 (a leap second, read as the next second);
//   - a time needs a zone: 'Z' or an offset +hh:mm / -hh:mm with hh 00-23 and mm 00-59;
//   - fractional seconds need at least one digit; digits beyond milliseconds are truncated;
//   - 'T'/'t'/' ' separate date and time, 'Z'/'z' is UTC (RFC 3339 section 5.6);
//   - nothing may follow.
// Returns nullopt for anything else.
std::optional<int64_t> ParseRfc3339Ms(std::string_view s);

enum class Millis : uint8_t {
  kWhenNonZero,  // "2024-09-30T12:00:00Z", "2024-09-30T12:00:00.250Z"
  kAlways,       // "2024-09-30T12:00:00.000Z" (fixed width, e.g. the alert feed)
};

// UTC milliseconds -> RFC 3339 in UTC ("Z"). Years outside 0000-9999 are printed with more
// digits or a sign and are then not RFC 3339.
std::string FormatRfc3339Ms(int64_t ms, Millis millis = Millis::kWhenNonZero);

// UTC calendar year of a time in milliseconds since the epoch (relative periods: "last year").
[[nodiscard]] int YearOfMs(int64_t ms);

}  // namespace newsfacts::common
