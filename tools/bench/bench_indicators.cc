// bench_indicators: what live indicators add to end-to-end ingest time.
//   newsfacts_bench_indicators [--corpus DIR] [--repeat N] [--batch B] [--copies C]
//                              [--synthetic N]
// Ingests every *.jsonl of the corpus (C times, with distinct ids per copy) through the file
// source, decoder, extractor, pipeline and store into a fresh DB, once without and once with
// the default indicator config (aggregator stage + alert outbox, no sinks), alternating, N
// times each; prints the median wall time of each mode and the overhead.
// --synthetic N adds a second measurement without the extractor: N generated articles with
// attributed figures (entity, metric, period; 4 per article) and 6 entity mentions each,
// written as the pipeline writes them (batch of articles -> [indicator stage] -> Write), so
// the indicator share of the store path alone is visible (an upper bound for the overhead).
#include <sys/resource.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "ingest/alerts.h"
#include "ingest/clock.h"
#include "ingest/file_source.h"
#include "ingest/indicator_feed.h"
#include "ingest/indicators.h"
#include "ingest/pipeline.h"
#include "ingest/runner.h"
#include "store/store.h"

namespace fs = std::filesystem;
namespace common = newsfacts::common;
namespace extract = newsfacts::extract;
namespace ingest = newsfacts::ingest;
namespace store = newsfacts::store;

namespace {

// CPU seconds (all threads, user + system) of this process so far.
double CpuMs() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
         (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

struct RunResult {
  double ms = 0;
  double cpu_ms = 0;
  size_t articles = 0, facts = 0, indicator_keys = 0, alerts = 0;
};

RunResult IngestOnce(const extract::Extractor& extractor, const std::vector<std::string>& files,
                     bool indicators, size_t batch) {
  const fs::path dir =
      fs::temp_directory_path() / ("newsfacts-bench-ind-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  RunResult r;
  {
    auto db = store::Store::Open(dir.string(), store::OpenOptions{});
    if (!db.ok()) {
      std::fprintf(stderr, "%s\n", db.status().ToString().c_str());
      std::exit(1);
    }
    const ingest::Clock& clock = ingest::SystemClock::Get();
    const auto start = std::chrono::steady_clock::now();
    const double cpu0 = CpuMs();
    ingest::Pipeline pipeline(extractor, db->get(), clock);
    std::unique_ptr<ingest::IndicatorFeed> feed;
    if (indicators) {
      auto f = ingest::IndicatorFeed::Create(db->get(), clock, {});
      if (!f.ok() || !(*f)->PublishOutbox().ok()) std::exit(1);
      feed = std::move(f).value();
      feed->Attach(&pipeline);
    }
    std::atomic<bool> stop{false};
    ingest::RunOptions ro;
    ro.batch_size = batch;
    for (const auto& file : files) {
      auto source = ingest::FileSource::Open(file);
      if (!source.ok()) {
        std::fprintf(stderr, "%s\n", source.status().ToString().c_str());
        std::exit(1);
      }
      ingest::RunTotals totals;
      common::Status s = ingest::Run(**source, pipeline, stop, ro, &totals);
      if (!s.ok()) {
        std::fprintf(stderr, "%s\n", s.ToString().c_str());
        std::exit(1);
      }
      r.articles += totals.articles;
      r.facts += totals.facts;
    }
    r.ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    r.cpu_ms = CpuMs() - cpu0;
    (void)(*db)->ScanAllIndicators("", [&](std::string_view n, auto, auto, auto) {
      if (!n.empty() && n[0] != '~') ++r.indicator_keys;
      return true;
    });
    auto alerts = ingest::ReadAlerts(**db, std::nullopt);
    if (alerts.ok()) r.alerts = alerts->size();
  }
  fs::remove_all(dir);
  return r;
}

// Synthetic attributed articles: 300 entities, the default indicators' metrics, 3 years of
// event times (some without published_at), mentions of 6 entities.
std::vector<std::pair<extract::Article, extract::Extraction>> Synthetic(int n) {
  static const char* const kMetrics[][3] = {
      {"budget", "money", "USD"},      {"spend", "money", "CNY"},
      {"orders", "count", "chip"},     {"purchases", "count", "gpu"},
      {"market_share", "percent", ""}, {"shipments", "count", "server"},
      {"revenue", "money", "EUR"}};
  std::vector<std::pair<extract::Article, extract::Extraction>> out;
  uint64_t x = 88172645463325252ull;
  auto rnd = [&](uint64_t m) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x % m;
  };
  for (int i = 0; i < n; ++i) {
    extract::Article a;
    a.id = "syn-" + std::to_string(i);
    a.body = "Synthetic article " + std::to_string(i);
    a.title = "Title";
    if (rnd(10) != 0)
      a.published_at_ms =
          1640995200000 + static_cast<int64_t>(rnd(uint64_t{3} * 365 * 24)) * 3600000;
    extract::Extraction e;
    for (int k = 0; k < 4; ++k) {
      const auto& m = kMetrics[rnd(7)];
      extract::Figure f;
      f.kind = *extract::ParseFigureKind(m[1]);
      f.unit = m[2];
      f.metric = m[0];
      f.value = static_cast<double>(rnd(1000000) + 1) * 1000;
      f.entity = "Entity " + std::to_string(rnd(300));
      f.counterpart = rnd(2) ? "Supplier " + std::to_string(rnd(20)) : "";
      f.period = std::to_string(2022 + rnd(4));
      f.sentence = "Entity said it would spend a lot on chips in the coming year.";
      e.figures.push_back(std::move(f));
    }
    for (int k = 0; k < 6; ++k) {
      extract::EntityMention m;
      m.entity = "Entity " + std::to_string(rnd(300));
      m.surface = m.entity;
      e.entities.push_back(std::move(m));
    }
    out.emplace_back(std::move(a), std::move(e));
  }
  return out;
}

std::pair<double, double> SyntheticOnce(
    const std::vector<std::pair<extract::Article, extract::Extraction>>& docs, bool indicators,
    size_t batch_size) {
  const fs::path dir =
      fs::temp_directory_path() / ("newsfacts-bench-ind-syn-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  double ms = 0, cpu = 0;
  {
    auto db = store::Store::Open(dir.string(), store::OpenOptions{});
    if (!db.ok()) std::exit(1);
    const double cpu0 = CpuMs();
    const ingest::Clock& clock = ingest::SystemClock::Get();
    ingest::IndicatorAggregator agg(ingest::IndicatorConfig::Default(), db->get(), clock);
    const auto start = std::chrono::steady_clock::now();
    for (size_t b = 0; b < docs.size(); b += batch_size) {
      store::Batch batch;
      std::vector<const extract::Article*> articles;
      std::vector<const extract::Extraction*> extractions;
      const int64_t now = clock.NowMs();
      for (size_t i = b; i < std::min(docs.size(), b + batch_size); ++i) {
        batch.PutArticle(docs[i].first, docs[i].second, {"file:syn", 0, static_cast<int64_t>(i)},
                         extract::Extractor::kVersion, now);
        articles.push_back(&docs[i].first);
        extractions.push_back(&docs[i].second);
      }
      if (indicators && !agg.Stage(articles, extractions, now, &batch).ok()) std::exit(1);
      if (!(*db)->Write(batch).ok()) std::exit(1);
      agg.Committed();
    }
    ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    cpu = CpuMs() - cpu0;
  }
  fs::remove_all(dir);
  return {ms, cpu};
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

static int Run(int argc, char** argv) {
  CLI::App app("Ingest time with and without live indicators");
  std::string corpus = std::string(NEWSFACTS_SHARED_DIR) + "/corpus";
  int repeat = 3;
  size_t batch = 500;
  int copies = 1;
  int synthetic = 0;
  app.add_option("--corpus", corpus, "Directory of *.jsonl articles")->capture_default_str();
  app.add_option("--repeat", repeat, "Runs per mode (median reported)")->capture_default_str();
  app.add_option("--batch", batch, "Articles per batch")->capture_default_str();
  app.add_option("--copies", copies, "Ingest the corpus this many times (distinct ids)")
      ->capture_default_str();
  app.add_option("--synthetic", synthetic,
                 "Also time N synthetic attributed articles (store path)");
  CLI11_PARSE(app, argc, argv);

  // The corpus, `copies` times with distinct ids, as one temporary JSONL file per copy.
  std::vector<std::string> inputs;
  for (const auto& e : fs::directory_iterator(corpus)) {
    if (e.path().extension() == ".jsonl") inputs.push_back(e.path().string());
  }
  std::sort(inputs.begin(), inputs.end());
  std::vector<std::string> files;
  for (int c = 0; c < copies; ++c) {
    const std::string path =
        (fs::temp_directory_path() / ("newsfacts-bench-ind-corpus-" + std::to_string(::getpid()) +
                                      "-" + std::to_string(c) + ".jsonl"))
            .string();
    std::ofstream out(path);
    for (const auto& in : inputs) {
      std::ifstream f(in);
      for (std::string line; std::getline(f, line);) {
        // {"id": "X", ...} -> {"id": "cN-X", ...}; lines without that prefix stay as they are.
        const std::string key = "{\"id\": \"";
        if (c > 0 && line.rfind(key, 0) == 0)
          line.insert(key.size(), "c" + std::to_string(c) + "-");
        out << line << '\n';
      }
    }
    files.push_back(path);
  }

  extract::Extractor extractor;
  std::vector<double> off, on, off_cpu, on_cpu;
  RunResult last_on, last_off;
  for (int i = 0; i < repeat; ++i) {
    last_off = IngestOnce(extractor, files, false, batch);
    off.push_back(last_off.ms);
    off_cpu.push_back(last_off.cpu_ms);
    last_on = IngestOnce(extractor, files, true, batch);
    on.push_back(last_on.ms);
    on_cpu.push_back(last_on.cpu_ms);
  }
  for (const auto& f : files) fs::remove(f);
  const double m_off = Median(off), m_on = Median(on);
  std::printf("articles %zu, facts %zu, indicator buckets %zu, alerts %zu\n", last_on.articles,
              last_on.facts, last_on.indicator_keys, last_on.alerts);
  std::printf("ingest without indicators: median %.0f ms (%.0f articles/s)\n", m_off,
              last_off.articles / (m_off / 1000));
  std::printf("ingest with indicators:    median %.0f ms (%.0f articles/s)\n", m_on,
              last_on.articles / (m_on / 1000));
  std::printf("overhead (wall): %+.1f %%\n", (m_on - m_off) / m_off * 100);
  const double c_off = Median(off_cpu), c_on = Median(on_cpu);
  std::printf("CPU time: without %.0f ms, with %.0f ms, overhead %+.1f %%\n", c_off, c_on,
              (c_on - c_off) / c_off * 100);
  const double min_off = *std::min_element(off.begin(), off.end());
  const double min_on = *std::min_element(on.begin(), on.end());
  std::printf("fastest run: without %.0f ms, with %.0f ms, overhead %+.1f %%\n", min_off, min_on,
              (min_on - min_off) / min_off * 100);
  if (synthetic > 0) {
    const auto docs = Synthetic(synthetic);
    std::vector<double> s_off, s_on, sc_off, sc_on;
    for (int i = 0; i < repeat; ++i) {
      auto [w0, c0] = SyntheticOnce(docs, false, batch);
      auto [w1, c1] = SyntheticOnce(docs, true, batch);
      s_off.push_back(w0);
      sc_off.push_back(c0);
      s_on.push_back(w1);
      sc_on.push_back(c1);
    }
    const double a = Median(s_off), b = Median(s_on);
    const double ca = Median(sc_off), cb = Median(sc_on);
    std::printf("synthetic store path, %d articles x 4 attributed figures + 6 mentions:\n",
                synthetic);
    std::printf("  wall: without indicators %.0f ms, with %.0f ms, overhead %+.1f %%\n", a, b,
                (b - a) / a * 100);
    std::printf("  CPU:  without indicators %.0f ms, with %.0f ms, overhead %+.1f %%\n", ca, cb,
                (cb - ca) / ca * 100);
  }
  return 0;
}

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {  // CLI setup, allocation, filesystem errors
    std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
    return 1;
  }
}
