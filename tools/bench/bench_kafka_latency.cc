// bench_kafka_latency: produce-to-store latency of the Kafka ingest daemon, read back from a
// DB filled by `newsfacts ingest` from a topic loaded with `newsfacts produce --stamp-ids`
// (each article id ends in "@<send time ms>"). Latency = the article's ingested_at_ms (taken
// when its batch is processed, just before the durable write) - its send time.
// Used by tools/bench/kafka_e2e.sh; prints "n=... p50=...ms p90=... p99=... max=...".
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "store/store.h"

static int Run(int argc, char** argv) {
  CLI::App app{"Produce-to-store latency percentiles from a newsfacts DB"};
  std::string db_path;
  app.add_option("--db", db_path, "DB written by newsfacts ingest")->required();
  CLI11_PARSE(app, argc, argv);

  newsfacts::store::OpenOptions options;
  options.create_if_missing = false;
  options.read_only = true;
  auto db = newsfacts::store::Store::Open(db_path, options);
  if (!db.ok()) {
    std::fprintf(stderr, "%s\n", db.status().ToString().c_str());
    return 1;
  }
  std::vector<int64_t> latencies;
  auto s = (*db)->ScanArticles([&](const newsfacts::store::StoredArticle& a) {
    const size_t at = a.article.id.rfind('@');
    if (at == std::string::npos) return true;
    const int64_t sent = std::stoll(a.article.id.substr(at + 1));
    latencies.push_back(a.ingested_at_ms - sent);
    return true;
  });
  if (!s.ok() || latencies.empty()) {
    std::fprintf(stderr, "no stamped articles (%s)\n", s.ToString().c_str());
    return 1;
  }
  std::sort(latencies.begin(), latencies.end());
  auto pct = [&](double p) {
    return latencies[std::min(latencies.size() - 1,
                              static_cast<size_t>(p * static_cast<double>(latencies.size())))];
  };
  std::printf("n=%zu p50=%lldms p90=%lldms p99=%lldms max=%lldms\n", latencies.size(),
              static_cast<long long>(pct(0.50)), static_cast<long long>(pct(0.90)),
              static_cast<long long>(pct(0.99)), static_cast<long long>(latencies.back()));
  return 0;
}

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {  // CLI setup, allocation, client errors
    std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
    return 1;
  }
}
