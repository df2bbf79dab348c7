// bench_store: write throughput (facts/s, batched) and query-by-entity latency of the store.
//   newsfacts_bench_store [--articles N] [--facts-per-article F] [--batch B] [--queries Q]
//                         [--db DIR] [--keep]
// Writes N synthetic articles (F facts each, 500 entities, 8 metrics, 2 years of event
// times), then times Q queries by a random entity (limit 100, all facts, and entity + metric
// + 90-day window) on a read-only secondary instance, as `newsfacts query` runs.
#include <sys/resource.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "store/store.h"

namespace ns = newsfacts::store;
namespace ne = newsfacts::extract;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kEntities = 500;
const char* kMetrics[] = {"revenue",    "market_share", "units_shipped", "capex",
                          "net_income", "price",        "investment",    "order_value"};
constexpr int64_t kT0 = 1672531200000;  // 2023-01-01
constexpr int64_t kDay = 86400000;

std::string Entity(int i) {
  return "Entity " + std::to_string(i);
}

// CPU seconds (user + system) so far of this process (all threads) or of the calling thread.
double CpuSeconds(int who = RUSAGE_SELF) {
  rusage u{};
  getrusage(who, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec +
         u.ru_stime.tv_usec / 1e6;
}

double Ms(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

struct Latency {
  std::vector<double> ms;
  void Print(const char* what) {
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms[std::min(ms.size() - 1, size_t(p * ms.size()))]; };
    std::printf("%-44s p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms\n", what, pct(0.5), pct(0.99),
                ms.back());
  }
};

}  // namespace

static int Run(int argc, char** argv) {
  CLI::App app{"store benchmark"};
  long articles = 200000, per_article = 5, batch_size = 200, queries = 1000;
  std::string db;
  bool keep = false;
  app.add_option("--articles", articles);
  app.add_option("--facts-per-article", per_article);
  app.add_option("--batch", batch_size);
  app.add_option("--queries", queries);
  app.add_option("--db", db, "DB directory (default: a temporary one, removed at the end)");
  app.add_flag("--keep", keep);
  CLI11_PARSE(app, argc, argv);
  const bool temp = db.empty();
  if (temp)
    db = (std::filesystem::temp_directory_path() /
          ("newsfacts-bench-store-" + std::to_string(::getpid())))
             .string();

  std::mt19937_64 rng(42);
  {
    auto store = ns::Store::Open(db, {});
    if (!store.ok()) {
      std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
      return 1;
    }
    std::uniform_int_distribution<int> entity(0, kEntities - 1), metric(0, 7);
    std::uniform_int_distribution<int64_t> day(0, 730);
    // Prepare all batches first so only the store is timed.
    std::vector<ns::Batch> batches;
    for (long a = 0; a < articles; a += batch_size) {
      ns::Batch b;
      for (long i = a; i < std::min(articles, a + batch_size); ++i) {
        ne::Article art;
        art.id = "bench-" + std::to_string(i);
        art.title = "Title of article " + std::to_string(i);
        art.body = std::string(1200, 'x');
        art.source = "bench";
        art.published_at_ms = kT0 + day(rng) * kDay + i % kDay;
        ne::Extraction x;
        for (long f = 0; f < per_article; ++f) {
          ne::Figure g;
          g.kind = ne::FigureKind::kMoney;
          g.value = 1e9 * (f + 1);
          g.unit = "USD";
          g.surface = std::to_string(f + 1) + " Milliarden Dollar";
          g.start = 100 * f;
          g.end = 100 * f + 20;
          g.period = "2024-Q3";
          g.entity = Entity(entity(rng));
          g.metric = kMetrics[metric(rng)];
          g.sentence = "Der Umsatz von " + g.entity + " stieg im dritten Quartal auf " + g.surface +
                       ", wie das Unternehmen am Mittwoch mitteilte.";
          x.figures.push_back(std::move(g));
        }
        ne::EntityMention m;
        m.entity = x.figures.front().entity;
        m.surface = m.entity;
        x.entities.push_back(m);
        b.PutArticle(art, x, {"file:bench", 0, i}, 1, 0);
      }
      b.SetNextOffset({"file:bench", 0, std::min(articles, a + batch_size)});
      batches.push_back(std::move(b));
    }
    const auto t0 = Clock::now();
    const double cpu0 = CpuSeconds(), thread0 = CpuSeconds(RUSAGE_THREAD);
    size_t facts = 0;
    for (const auto& b : batches) {
      auto r = (*store)->Write(b);
      if (!r.ok()) {
        std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
        return 1;
      }
      facts += r->facts_written;
    }
    const double s = Ms(Clock::now() - t0) / 1000;
    const double cpu = CpuSeconds() - cpu0;
    const double fg = CpuSeconds(RUSAGE_THREAD) - thread0;
    std::printf("write: %zu facts (%ld articles, batches of %ld) in %.2f s = %.0f facts/s\n", facts,
                articles, batch_size, s, facts / s);
    std::printf(
        "       CPU: %.2f s in the writing thread (= %.0f facts per CPU s), %.2f s in "
        "all threads incl. flush/compaction (= %.0f facts per CPU s)\n",
        fg, facts / fg, cpu, facts / cpu);
  }

  ns::OpenOptions ro;
  ro.read_only = true;
  auto reader = ns::Store::Open(db, ro);
  if (!reader.ok()) {
    std::fprintf(stderr, "%s\n", reader.status().ToString().c_str());
    return 1;
  }
  const ns::Store& store = **reader;
  std::uniform_int_distribution<int> entity(0, kEntities - 1), metric(0, 7);
  std::uniform_int_distribution<int64_t> day(0, 640);
  auto run = [&](const char* what, auto make_filter) {
    Latency lat;
    size_t rows = 0;
    for (long q = 0; q < queries; ++q) {
      ns::FactFilter f = make_filter();
      const auto t = Clock::now();
      ns::Status s = store.ScanFacts(f, [&](const ns::Fact&) { return ++rows, true; });
      lat.ms.push_back(Ms(Clock::now() - t));
      if (!s.ok()) {
        std::fprintf(stderr, "%s\n", s.ToString().c_str());
        std::exit(1);
      }
    }
    lat.Print(what);
    std::printf("%-44s %.1f facts per query\n", "", double(rows) / queries);
  };
  run("query --entity E --limit 100", [&] {
    ns::FactFilter f;
    f.entity = Entity(entity(rng));
    f.limit = 100;
    return f;
  });
  run("query --entity E (all its facts)", [&] {
    ns::FactFilter f;
    f.entity = Entity(entity(rng));
    return f;
  });
  run("query --entity E --metric M --since/--until 90d", [&] {
    ns::FactFilter f;
    f.entity = Entity(entity(rng));
    f.metric = kMetrics[metric(rng)];
    f.since_ms = kT0 + day(rng) * kDay;
    f.until_ms = *f.since_ms + 90 * kDay;
    return f;
  });
  reader = ns::Store::Open(db, ro);  // close
  if (temp && !keep) std::filesystem::remove_all(db);
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
