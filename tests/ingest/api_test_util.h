#pragma once
// Helpers for the HTTP API tests: a real store fed through the real pipeline (extractor,
// indicators, alert feed), a real ApiServer on a free loopback port, httplib's client, and
// JSON parsing of the answers with simdjson.

#include <httplib.h>
#include <simdjson.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "ingest/api.h"
#include "ingest/file_source.h"
#include "ingest/indicator_feed.h"
#include "ingest/pipeline.h"
#include "ingest/runner.h"
#include "store/store.h"
#include "tests/test_util.h"

namespace newsfacts::ingest::testing {

inline const std::string kSeedsJsonl =
    std::string(NEWSFACTS_SOURCE_DIR) + "/tools/samples/seeds.jsonl";
inline const std::string kNewsSample =
    std::string(NEWSFACTS_TEST_DATA_DIR) + "/news/es_ancora_sample.jsonl";

// A writable store with the indicator feed attached, as in the ingest daemon.
class FedStore {
 public:
  FedStore() {
    auto db = store::Store::Open(dir_.sub("db"), store::OpenOptions{});
    REQUIRE(db.ok());
    db_ = std::move(db).value();
    pipeline_ = std::make_unique<Pipeline>(Extractor(), db_.get(), SystemClock::Get());
    auto feed = IndicatorFeed::Create(db_.get(), SystemClock::Get(), IndicatorFeedOptions{});
    REQUIRE(feed.ok());
    feed_ = std::move(feed).value();
    feed_->Attach(pipeline_.get(), [](const Status& s) { FAIL(s.ToString()); });
  }

  // Stores every line of a JSONL file (as `ingest --input FILE`); returns the article count.
  size_t Ingest(const std::string& jsonl, size_t batch_size = 16) {
    auto source = FileSource::Open(jsonl);
    REQUIRE(source.ok());
    std::atomic<bool> stop{false};
    RunTotals totals;
    RunOptions ro;
    ro.batch_size = batch_size;
    REQUIRE(Run(**source, *pipeline_, stop, ro, &totals).ok());
    return totals.articles;
  }

  // Stores JSONL text given inline.
  size_t IngestText(const std::string& lines) {
    const std::string path = dir_.sub("in-" + std::to_string(++files_) + ".jsonl");
    std::ofstream(path) << lines;
    return Ingest(path);
  }

  store::Store* db() { return db_.get(); }
  const std::string& dir() const { return dir_.path(); }

  static const extract::Extractor& Extractor() {
    static const extract::Extractor extractor;
    return extractor;
  }

 private:
  ::newsfacts::testing::TempDir dir_{"api"};
  std::unique_ptr<store::Store> db_;
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<IndicatorFeed> feed_;
  int files_ = 0;
};

// An ApiServer on 127.0.0.1 (a free port) over `db`, and a client for it.
class TestServer {
 public:
  explicit TestServer(store::Store* db, ApiOptions options = {}) {
    auto s = ApiServer::Start(db, "127.0.0.1:0", std::move(options));
    REQUIRE(s.ok());
    server_ = std::move(s).value();
    REQUIRE(server_->port() > 0);
  }
  int port() const { return server_->port(); }
  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port());
    c.set_read_timeout(10, 0);
    return c;
  }
  // GET `path`; REQUIRE that an answer came.
  httplib::Result Get(const std::string& path, const httplib::Headers& headers = {}) const {
    httplib::Client c = Client();
    auto r = c.Get(path.c_str(), headers);
    REQUIRE(r);
    return r;
  }
  ApiServer& server() { return *server_; }

 private:
  std::unique_ptr<ApiServer> server_;
};

// A parsed JSON document (kept alive with its parser).
struct Json {
  explicit Json(const std::string& text) : padded(text) {
    INFO(text.substr(0, 500));
    REQUIRE(parser.parse(padded).get(root) == simdjson::SUCCESS);
  }
  simdjson::dom::parser parser;
  simdjson::padded_string padded;
  simdjson::dom::element root;
};

inline std::string Str(simdjson::dom::element e, const char* key) {
  std::string_view v;
  if (e[key].get_string().get(v) != simdjson::SUCCESS) return "";
  return std::string(v);
}

inline bool IsNull(simdjson::dom::element e, const char* key) {
  simdjson::dom::element v;
  return e[key].get(v) == simdjson::SUCCESS && v.is_null();
}

inline double Num(simdjson::dom::element e, const char* key) {
  double d = 0;
  if (e[key].get_double().get(d) == simdjson::SUCCESS) return d;
  int64_t i = 0;
  if (e[key].get_int64().get(i) == simdjson::SUCCESS) return static_cast<double>(i);
  uint64_t u = 0;
  if (e[key].get_uint64().get(u) == simdjson::SUCCESS) return static_cast<double>(u);
  return -1;
}

// The "data" array of a JSON listing.
inline std::vector<simdjson::dom::element> Data(const Json& j) {
  std::vector<simdjson::dom::element> out;
  simdjson::dom::array a;
  REQUIRE(j.root["data"].get_array().get(a) == simdjson::SUCCESS);
  for (auto e : a) out.push_back(e);
  return out;
}

// The error code of a JSON error body.
inline std::string ErrorCode(const std::string& body) {
  Json j(body);
  simdjson::dom::element e;
  REQUIRE(j.root["error"].get(e) == simdjson::SUCCESS);
  return Str(e, "code");
}

inline std::string ErrorMessage(const std::string& body) {
  Json j(body);
  simdjson::dom::element e;
  REQUIRE(j.root["error"].get(e) == simdjson::SUCCESS);
  return Str(e, "message");
}

}  // namespace newsfacts::ingest::testing
