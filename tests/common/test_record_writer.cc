#include <catch2/catch.hpp>
#include <limits>

#include "common/record_writer.h"

using newsfacts::common::ParseRecordFormat;
using newsfacts::common::RecordFormat;
using newsfacts::common::RecordWriter;
using newsfacts::common::Value;

namespace {
std::string Render(RecordFormat format) {
  RecordWriter w(format, {"article_id", "value", "published_at", "entity"});
  w.Add({Value::Str("a,1"), Value::Num(1.7000000000000002), Value::TimeMs(1727697600250),
         Value::StrOrNull("")});
  w.Add({Value::Str("b\"2"), Value::Int(12000000000), Value::OptTimeMs(std::nullopt),
         Value::Str("Nvidia")});
  std::string out = w.Take();
  out += w.Finish();
  return out;
}
}  // namespace

TEST_CASE("record writer renders one contract in four formats", "[common][record_writer]") {
  CHECK(Render(RecordFormat::kJsonl) ==
        "{\"article_id\":\"a,1\",\"value\":1.7,\"published_at\":\"2024-09-30T12:00:00.250Z\","
        "\"entity\":null}\n"
        "{\"article_id\":\"b\\\"2\",\"value\":12000000000,\"published_at\":null,"
        "\"entity\":\"Nvidia\"}\n");
  CHECK(Render(RecordFormat::kCsv) ==
        "article_id,value,published_at,entity\r\n"
        "\"a,1\",1.7,2024-09-30T12:00:00.250Z,\r\n"
        "\"b\"\"2\",12000000000,,Nvidia\r\n");
  const std::string json = Render(RecordFormat::kJson);
  CHECK(json.front() == '[');
  CHECK(json.find("},\n{") != std::string::npos);
  CHECK(json.substr(json.size() - 4) == "}\n]\n");
  const std::string table = Render(RecordFormat::kTable);
  CHECK(table.find("article_id") == 0);
  CHECK(table.find("2024-09-30T12:00:00.250Z") != std::string::npos);
  CHECK(table.find(" -") != std::string::npos);  // null in a table
  CHECK(table.find("1.7") != std::string::npos);
}

TEST_CASE("record writer prints headers and an empty array for an empty listing",
          "[common][record_writer]") {
  RecordWriter csv(RecordFormat::kCsv, {"id", "reason"});
  CHECK(csv.Finish() == "id,reason\r\n");
  RecordWriter json(RecordFormat::kJson, {"id"});
  CHECK(json.Finish() == "[]\n");
  RecordWriter jsonl(RecordFormat::kJsonl, {"id"});
  CHECK(jsonl.Finish().empty());
}

TEST_CASE("record formats parse by name only", "[common][record_writer]") {
  CHECK(ParseRecordFormat("json") == RecordFormat::kJson);
  CHECK(ParseRecordFormat("csv") == RecordFormat::kCsv);
  CHECK_FALSE(ParseRecordFormat("xml"));
  CHECK(Value::Num(std::numeric_limits<double>::infinity()).is_null());
}
