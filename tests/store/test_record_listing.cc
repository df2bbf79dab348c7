#include <catch2/catch.hpp>
#include <string>
#include <utility>

#include "store/record.h"
#include "store/record_listing.h"
#include "store/store.h"

using newsfacts::store::DeadLetter;
using newsfacts::store::DeadLetterRecord;
using newsfacts::store::OutputFormat;
using newsfacts::store::Record;
using newsfacts::store::RecordListing;

namespace {
std::string Render(OutputFormat format, int rows) {
  RecordListing listing(format);
  for (int i = 0; i < rows; ++i) {
    Record r;
    r.Str("article_id", i == 0 ? "a,1" : "b")
        .Num("value", 1.7000000000000002)
        .Time("published_at", i == 0 ? std::optional<int64_t>(1727697600250) : std::nullopt)
        .Str("entity", "");
    Record sub;
    sub.Int("start", 3);
    r.Sub("span", sub);
    listing.Add(r);
  }
  std::string out = listing.Take();
  out += listing.Finish();
  return out;
}
}  // namespace

TEST_CASE("record listings render the same fields in every format", "[store][record]") {
  CHECK(Render(OutputFormat::kJsonl, 2) ==
        "{\"article_id\":\"a,1\",\"value\":1.7,\"published_at\":\"2024-09-30T12:00:00.250Z\","
        "\"entity\":null,\"span\":{\"start\":3}}\n"
        "{\"article_id\":\"b\",\"value\":1.7,\"published_at\":null,\"entity\":null,"
        "\"span\":{\"start\":3}}\n");
  CHECK(Render(OutputFormat::kCsv, 2) ==
        "article_id,value,published_at,entity,span.start\r\n"
        "\"a,1\",1.7,2024-09-30T12:00:00.250Z,,3\r\n"
        "b,1.7,,,3\r\n");
  const std::string json = Render(OutputFormat::kJson, 2);
  CHECK(json.rfind("[\n{\"article_id\":\"a,1\"", 0) == 0);
  CHECK(json.find("},\n{") != std::string::npos);
  CHECK(json.substr(json.size() - 4) == "}\n]\n");
  const std::string table = Render(OutputFormat::kTable, 2);
  CHECK(table.rfind("article_id  value  published_at", 0) == 0);
  CHECK(table.find("span.start") != std::string::npos);
  CHECK(table.find("2024-09-30T12:00:00.250Z") != std::string::npos);
  CHECK(table.find("  -  ") != std::string::npos);  // nulls print as "-"
}

TEST_CASE("an empty record listing is an empty JSON array and otherwise nothing",
          "[store][record]") {
  CHECK(Render(OutputFormat::kJson, 0) == "[]\n");
  CHECK(Render(OutputFormat::kJsonl, 0).empty());
  CHECK(Render(OutputFormat::kCsv, 0).empty());
  CHECK(Render(OutputFormat::kTable, 0).empty());
}

TEST_CASE("a dead letter's payload preview is valid UTF-8 and never splits a sequence",
          "[store][record]") {
  const auto preview = [](std::string payload, size_t max) {
    DeadLetter d;
    d.position.source = "f";
    d.reason = "invalid JSON at byte 1";
    d.payload = std::move(payload);
    std::string out;
    DeadLetterRecord(d, max).AppendJson(&out);
    const size_t at = out.find("\"payload\":\"");
    REQUIRE(at != std::string::npos);
    return out.substr(at + 11, out.size() - (at + 11) - 2);  // without the closing "}
  };
  // A bad byte becomes U+FFFD (3 bytes); valid letters pass unchanged.
  CHECK(preview("a\xFF\xC3\xA4 z", 64) == "a\xEF\xBF\xBD\xC3\xA4 z");
  // The cut falls before a sequence or a replacement that would not fit whole.
  CHECK(preview("ab\xC3\xA4", 3) == "ab");
  CHECK(preview("ab\xFF", 4) == "ab");
  CHECK(preview("ab\xFF", 5) == "ab\xEF\xBF\xBD");
}
