#include <catch2/catch.hpp>
#include <string>

#include "ingest/article_decoder.h"

using newsfacts::extract::Lang;
using newsfacts::ingest::ArticleDecoder;

namespace {
std::string ErrorOf(ArticleDecoder& d, const std::string& json) {
  auto r = d.Decode(json);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == newsfacts::common::Status::Code::kInvalidArgument);
  return r.status().message();
}
}  // namespace

TEST_CASE("decoder reads every field of a complete article", "[ingest][decoder]") {
  ArticleDecoder d;
  auto r =
      d.Decode(R"({"id":"a1","lang":"de","title":"Titel","body":"Text über 6,2 %","source":"FT",)"
               R"("url":"https://x/y","published_at":"2024-09-30T12:00:00+02:00","extra":[1,2]})");
  REQUIRE(r.ok());
  CHECK(r->id == "a1");
  CHECK(r->lang == Lang::kDe);
  CHECK(r->title == "Titel");
  CHECK(r->body == "Text über 6,2 %");
  CHECK(r->source == "FT");
  CHECK(r->url == "https://x/y");
  CHECK(r->published_at == "2024-09-30T12:00:00+02:00");
  REQUIRE(r->published_at_ms.has_value());
  CHECK(*r->published_at_ms == 1727690400000LL);  // 10:00:00Z
}

TEST_CASE("decoder accepts a minimal article and leaves optional fields empty",
          "[ingest][decoder]") {
  ArticleDecoder d;
  auto r = d.Decode(R"({"id":"x","body":"b","title":null})");
  REQUIRE(r.ok());
  CHECK(r->lang == Lang::kUnknown);
  CHECK(r->title.empty());
  CHECK_FALSE(r->published_at_ms.has_value());
}

TEST_CASE("decoder unescapes JSON strings", "[ingest][decoder]") {
  ArticleDecoder d;
  auto r = d.Decode(R"({"id":"e","body":"a\"b\n\u00e9\u20ac"})");
  REQUIRE(r.ok());
  CHECK(r->body == "a\"b\n\xC3\xA9\xE2\x82\xAC");
}

TEST_CASE("decoder names the missing required field", "[ingest][decoder]") {
  ArticleDecoder d;
  CHECK(ErrorOf(d, R"({"body":"b"})") == "missing required field 'id'");
  CHECK(ErrorOf(d, R"({"id":"a"})") == "missing required field 'body'");
  CHECK(ErrorOf(d, R"({"id":null,"body":"b"})") == "field 'id' must be a string, got null");
}

TEST_CASE("decoder names the field with the wrong type", "[ingest][decoder]") {
  ArticleDecoder d;
  CHECK(ErrorOf(d, R"({"id":7,"body":"b"})") == "field 'id' must be a string, got number");
  CHECK(ErrorOf(d, R"({"id":"a","body":["x"]})") == "field 'body' must be a string, got array");
  CHECK(ErrorOf(d, R"({"id":"a","body":"b","title":true})") ==
        "field 'title' must be a string, got boolean");
  CHECK(ErrorOf(d, R"({"id":"a","body":"b","url":{}})") ==
        "field 'url' must be a string, got object");
}

TEST_CASE("decoder rejects empty required fields", "[ingest][decoder]") {
  ArticleDecoder d;
  CHECK(ErrorOf(d, R"({"id":"","body":"b"})") == "field 'id' is empty");
  CHECK(ErrorOf(d, R"({"id":"a","body":"  \n "})") == "field 'body' is empty");
}

TEST_CASE("decoder rejects an empty message (null data pointer) as invalid JSON",
          "[ingest][decoder]") {
  // An empty Kafka value arrives as (nullptr, 0); under UBSan a memcpy from null aborted here.
  ArticleDecoder d;
  auto r = d.Decode(std::string_view());
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.status().message(), Catch::Contains("invalid JSON"));
}

TEST_CASE("decoder rejects an unknown language and a bad timestamp", "[ingest][decoder]") {
  ArticleDecoder d;
  CHECK(ErrorOf(d, R"({"id":"a","body":"b","lang":"fr"})") ==
        "field 'lang' must be one of de, es, en (got \"fr\")");
  CHECK(ErrorOf(d, R"({"id":"a","body":"b","published_at":"yesterday"})") ==
        "field 'published_at' is not an RFC 3339 timestamp (got \"yesterday\")");
  CHECK(ErrorOf(d, R"({"id":"a","body":"b","published_at":"2024-13-01"})").find("RFC 3339") !=
        std::string::npos);
}

TEST_CASE("decoder reports invalid JSON without crashing", "[ingest][decoder]") {
  ArticleDecoder d;
  CHECK(ErrorOf(d, R"({"id":"a","body":)").rfind("invalid JSON: ", 0) == 0);
  CHECK(ErrorOf(d, "").rfind("invalid JSON: ", 0) == 0);
  CHECK(ErrorOf(d, "{\"id\":\"a\",\"body\":\"b\"} trailing").rfind("invalid JSON: ", 0) == 0);
  CHECK(ErrorOf(d, R"(["id","body"])") == "not a JSON object (got array)");
  CHECK(ErrorOf(d, "42") == "not a JSON object (got number)");
}

TEST_CASE("decoder reports the byte of invalid UTF-8", "[ingest][decoder]") {
  ArticleDecoder d;
  std::string bad = R"({"id":"a","body":"ab)";
  bad += "\xC3\x28";  // a lead byte followed by a non-continuation byte
  bad += R"("})";
  CHECK(ErrorOf(d, bad) == "invalid UTF-8 at byte 20");
  CHECK(ErrorOf(d, std::string("{\"id\":\"\xED\xA0\x80\",\"body\":\"b\"}")) ==
        "invalid UTF-8 at byte 7");  // an encoded surrogate
}

TEST_CASE("decoder refuses oversized messages", "[ingest][decoder]") {
  ArticleDecoder d(64);
  std::string big = R"({"id":"a","body":")" + std::string(100, 'x') + R"("})";
  CHECK(ErrorOf(d, big) == "message of 120 bytes exceeds the limit of 64 bytes");
}

TEST_CASE("decoder stays usable after errors and across sizes", "[ingest][decoder]") {
  ArticleDecoder d;
  REQUIRE_FALSE(d.Decode("{").ok());
  std::string long_body(100000, 'y');
  auto big = d.Decode(R"({"id":"big","body":")" + long_body + R"("})");
  REQUIRE(big.ok());
  CHECK(big->body.size() == 100000);
  auto small = d.Decode(R"({"id":"s","body":"z"})");
  REQUIRE(small.ok());
  CHECK(small->body == "z");
}
