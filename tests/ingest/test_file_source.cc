#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "ingest/file_source.h"

namespace fs = std::filesystem;
using newsfacts::ingest::FileSource;
using newsfacts::ingest::Message;

namespace {
fs::path WriteTemp(const std::string& name, const std::string& content) {
  fs::path p = fs::temp_directory_path() / ("newsfacts_fs_" + std::to_string(::getpid()) + name);
  std::ofstream(p, std::ios::binary) << content;
  return p;
}
}  // namespace

TEST_CASE("file source yields one message per non-empty line with its line number",
          "[ingest][file_source]") {
  auto p = WriteTemp("a.jsonl", "{\"a\":1}\n\n  \n{\"b\":2}\r\nlast-without-newline");
  auto src = FileSource::Open(p.string());
  REQUIRE(src.ok());
  std::vector<Message> out;
  REQUIRE((*src)->Poll(100, std::chrono::milliseconds(0), &out).ok());
  REQUIRE(out.size() == 3);
  CHECK(out[0].payload == "{\"a\":1}");
  CHECK(out[0].position.offset == 0);
  CHECK(out[0].position.source == "file:" + p.string());
  CHECK(out[1].payload == "{\"b\":2}");  // CR stripped
  CHECK(out[1].position.offset == 3);
  CHECK(out[2].payload == "last-without-newline");
  CHECK(out[2].position.offset == 4);
  CHECK((*src)->AtEnd());
  fs::remove(p);
}

TEST_CASE("file source respects the batch size across polls", "[ingest][file_source]") {
  std::string content;
  for (int i = 0; i < 10; ++i) content += "line" + std::to_string(i) + "\n";
  auto p = WriteTemp("b.jsonl", content);
  auto src = FileSource::Open(p.string());
  REQUIRE(src.ok());
  std::vector<Message> out;
  REQUIRE((*src)->Poll(4, std::chrono::milliseconds(0), &out).ok());
  CHECK(out.size() == 4);
  CHECK_FALSE((*src)->AtEnd());
  REQUIRE((*src)->Poll(4, std::chrono::milliseconds(0), &out).ok());
  REQUIRE((*src)->Poll(4, std::chrono::milliseconds(0), &out).ok());
  REQUIRE(out.size() == 10);
  CHECK(out[9].payload == "line9");
  CHECK(out[9].position.offset == 9);
  CHECK((*src)->AtEnd());
  fs::remove(p);
}

TEST_CASE("file source reports a missing file as NotFound", "[ingest][file_source]") {
  auto src = FileSource::Open("/nonexistent/dir/articles.jsonl");
  REQUIRE_FALSE(src.ok());
  CHECK(src.status().code() == newsfacts::common::Status::Code::kNotFound);
  CHECK(src.status().message().find("/nonexistent/dir/articles.jsonl") != std::string::npos);
}
