// bench_api: latency of the HTTP API (ingest/api.h) on a large store, measured as a client
// sees it (httplib client over loopback, one request at a time):
//   - GET /api/v1/facts?entity=E&limit=100 and GET /api/v1/facts/aggregate?entity=E&... for
//     random entities of a synthetic store (default 1M facts: 100k articles x 10 facts over
//     2000 entities), p50/p99/max; the entity summary and the resolver beside it;
//   - stored -> SSE-delivered latency of alerts: a writer stores an alert (the feed entry the
//     aggregator writes) and a client on /api/v1/alerts/stream times its arrival; for the
//     daemon (server on the writer's store) and for `serve` (a read-only secondary catching up).
// Usage: newsfacts_bench_api [--db DIR (kept; built when missing)] [--articles N]
//        [--requests N] [--alerts N]
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "ingest/alerts.h"
#include "ingest/api.h"
#include "ingest/indicators.h"
#include "store/fact_query.h"
#include "store/store.h"

namespace {

namespace ns = newsfacts::store;
namespace ne = newsfacts::extract;
namespace ni = newsfacts::ingest;
using Clock = std::chrono::steady_clock;

constexpr int kEntities = 2000;
constexpr int64_t kT0 = 1704067200000;  // 2024-01-01
constexpr int64_t kDay = 86400000;
const char* const kMetrics[] = {"budget", "revenue",   "investment", "market_share",
                                "orders", "shipments", "spend",      "capex"};
const char* const kPeriods[] = {"2023", "2024", "2024-Q1", "2024-Q2", "2024-Q3", "2025"};

std::string Entity(int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "Company %04d", i);
  return buf;
}

bool Build(ns::Store* store, long articles) {
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<int> entity(0, kEntities - 1), metric(0, 7), period(0, 5);
  std::uniform_int_distribution<int64_t> day(0, 730);
  const long batch_size = 1000;
  for (long a = 0; a < articles; a += batch_size) {
    ns::Batch b;
    for (long i = a; i < std::min(articles, a + batch_size); ++i) {
      ne::Article art;
      art.id = "bench-" + std::to_string(i);
      art.title = "Title of article " + std::to_string(i);
      art.body = std::string(400, 'x');
      art.source = "bench";
      art.published_at_ms = kT0 + day(rng) * kDay + i % kDay;
      ne::Extraction x;
      for (long f = 0; f < 10; ++f) {
        ne::Figure g;
        g.kind = ne::FigureKind::kMoney;
        g.value = 1e8 * static_cast<double>(rng() % 1000 + 1);
        g.unit = f % 3 == 0 ? "EUR" : "USD";
        g.surface = "some amount";
        g.start = static_cast<uint32_t>(30 * f);
        g.end = g.start + 11;
        g.period = kPeriods[period(rng)];
        g.entity = Entity(entity(rng));
        g.metric = kMetrics[metric(rng)];
        g.sentence = "Der Umsatz von " + g.entity + " stieg auf einen neuen Wert.";
        x.figures.push_back(std::move(g));
      }
      b.PutArticle(art, x, {"file:bench", 0, i}, 1, kT0 + 800 * kDay);
    }
    auto r = store->Write(b);
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
      return false;
    }
  }
  return true;
}

struct Stats {
  double p50, p99, max;
};

Stats Percentiles(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) {
    return ms[std::min(ms.size() - 1, static_cast<size_t>(q * ms.size()))];
  };
  return {at(0.5), at(0.99), ms.back()};
}

double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// The store work of the two main requests in this thread, in thread CPU time (what an idle
// core would take; load-independent, unlike the wall-clock figures over HTTP).
void TimeStoreCpu(const ns::Store& store, int requests) {
  std::mt19937_64 rng(7);
  std::vector<double> facts_ms, agg_ms;
  for (int i = 0; i < requests; ++i) {
    const std::string e = Entity(static_cast<int>(rng() % kEntities));
    ns::FactQuery q;
    q.entities = {e};
    q.limit = 100;
    double t0 = ThreadCpuMs();
    auto page = ns::QueryFacts(store, q);
    facts_ms.push_back(ThreadCpuMs() - t0);
    ns::AggregateQuery a;
    a.filter.entities = {e};
    a.group_by = {ns::GroupField::kMetric, ns::GroupField::kPeriod};
    a.aggs = {ns::AggFn::kCount, ns::AggFn::kLatest, ns::AggFn::kMax, ns::AggFn::kSumUsd};
    t0 = ThreadCpuMs();
    auto agg = ns::AggregateFacts(store, a);
    agg_ms.push_back(ThreadCpuMs() - t0);
    if (!page.ok() || !agg.ok()) std::fprintf(stderr, "store query failed\n");
  }
  const Stats f = Percentiles(facts_ms), g = Percentiles(agg_ms);
  std::printf("%-80s %8.2f %8.2f %8.2f\n", "store CPU: QueryFacts(entity, limit 100)", f.p50, f.p99,
              f.max);
  std::printf("%-80s %8.2f %8.2f %8.2f\n", "store CPU: AggregateFacts(entity, metric+period)",
              g.p50, g.p99, g.max);
}

Stats TimeRequests(int port, int requests, const std::string& path_template) {
  httplib::Client c("127.0.0.1", port);
  c.set_keep_alive(true);
  c.set_tcp_nodelay(true);
  std::mt19937_64 rng(7);
  std::vector<double> ms;
  for (int i = 0; i < requests; ++i) {
    std::string path = path_template;
    const std::string e = Entity(static_cast<int>(rng() % kEntities));
    std::string encoded;
    for (char ch : e) encoded += ch == ' ' ? std::string("%20") : std::string(1, ch);
    path.replace(path.find("{E}"), 3, encoded);
    const auto t0 = Clock::now();
    auto r = c.Get(path);
    const double d = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (!r || r->status != 200) {
      std::fprintf(stderr, "request failed: %s\n", path.c_str());
      continue;
    }
    ms.push_back(d);
  }
  return Percentiles(ms);
}

// Stores `alerts` alerts one at a time (every 20 ms) and times their SSE arrival.
Stats TimeAlerts(ns::Store* writer, int port, int alerts, int round) {
  std::mutex mu;
  std::condition_variable cv;
  std::map<std::string, Clock::time_point> arrived;
  std::string buffer;
  httplib::Client c("127.0.0.1", port);
  c.set_read_timeout(30, 0);
  bool closing = false, connected = false;
  std::thread reader([&] {
    c.Get("/api/v1/alerts/stream", [&](const char* data, size_t n) {
      const auto now = Clock::now();
      std::lock_guard<std::mutex> lock(mu);
      connected = true;  // the server sends "retry:" first
      buffer.append(data, n);
      for (size_t p; (p = buffer.find("\n\n")) != std::string::npos;) {
        const std::string block = buffer.substr(0, p);
        buffer.erase(0, p + 2);
        if (block.rfind("id: ", 0) == 0) arrived[block.substr(4, 16)] = now;
      }
      cv.notify_all();
      return !closing;
    });
  });
  {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait_for(lock, std::chrono::seconds(10), [&] { return connected; });
  }
  std::vector<double> ms;
  for (int i = 0; i < alerts; ++i) {
    ni::Alert a;
    a.id = ni::AlertId({"bench", std::to_string(round), std::to_string(i)});
    a.rule = "bench";
    a.type = "new";
    a.severity = "info";
    a.indicator = "bench";
    a.entity = Entity(i % kEntities);
    a.new_value = i;
    a.time_ms = kT0;
    a.detected_at_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    ns::Batch b;
    b.PutIndicator(std::string(ni::kAlertFeedName), a.id, a.detected_at_ms, a.ToJson());
    if (!writer->Write(b).ok()) return {};
    const auto stored = Clock::now();
    std::unique_lock<std::mutex> lock(mu);
    if (cv.wait_for(lock, std::chrono::seconds(2), [&] { return arrived.count(a.id) > 0; })) {
      ms.push_back(std::chrono::duration<double, std::milli>(arrived[a.id] - stored).count());
    } else {
      std::fprintf(stderr, "alert %s not delivered within 2 s\n", a.id.c_str());
    }
    lock.unlock();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    closing = true;
  }
  c.stop();
  reader.join();
  return ms.empty() ? Stats{} : Percentiles(ms);
}

}  // namespace

int main(int argc, char** argv) try {
  CLI::App app{"HTTP API latency on a large store"};
  std::string db_dir = "/tmp/newsfacts-bench-api";
  long articles = 100000;
  int requests = 500, alerts = 200;
  app.add_option("--db", db_dir, "Store directory (built when missing, kept)");
  app.add_option("--articles", articles, "Articles of 10 facts each");
  app.add_option("--requests", requests, "Requests per query");
  app.add_option("--alerts", alerts, "Alerts timed per SSE case");
  CLI11_PARSE(app, argc, argv);

  const bool fresh = !std::filesystem::exists(db_dir);
  auto store = ns::Store::Open(db_dir, ns::OpenOptions{});
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  if (fresh) {
    const auto t0 = Clock::now();
    if (!Build(store->get(), articles)) return 1;
    std::printf("built %ld facts in %.1f s\n", articles * 10,
                std::chrono::duration<double>(Clock::now() - t0).count());
  }
  auto server = ni::ApiServer::Start(store->get(), "127.0.0.1:0", ni::ApiOptions{});
  if (!server.ok()) {
    std::fprintf(stderr, "%s\n", server.status().ToString().c_str());
    return 1;
  }
  const int port = (*server)->port();
  struct Q {
    const char* name;
    std::string path;
  };
  const std::vector<Q> queries = {
      {"facts?entity=E&limit=100", "/api/v1/facts?entity={E}&limit=100"},
      {"facts?entity=E&metric=revenue&sort=value&limit=100",
       "/api/v1/facts?entity={E}&metric=revenue&sort=value&limit=100"},
      {"facts/aggregate?entity=E&group_by=metric,period&agg=count,latest,max,sum_usd",
       "/api/v1/facts/aggregate?entity={E}&group_by=metric,period&agg=count,latest,max,sum_usd"},
      {"entities/E (summary)", "/api/v1/entities/{E}"},
      {"resolve?name=E (the card search: no fact read)", "/api/v1/resolve?name={E}"},
  };
  std::printf("%-80s %8s %8s %8s\n", "request (ms)", "p50", "p99", "max");
  std::fflush(stdout);
  TimeStoreCpu(**store, requests);
  for (const Q& q : queries) {
    const Stats s = TimeRequests(port, requests, q.path);
    std::printf("%-80s %8.2f %8.2f %8.2f\n", q.name, s.p50, s.p99, s.max);
    std::fflush(stdout);
  }
  {
    const auto t0 = Clock::now();
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(120, 0);
    auto r = c.Get("/api/v1/facts/aggregate?group_by=metric&agg=count,max,sum_usd");
    std::printf("%-80s %8.2f (one request, all facts)\n", "facts/aggregate?group_by=metric",
                std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    if (!r || r->status != 200) std::fprintf(stderr, "whole-store aggregate failed\n");
  }
  const Stats daemon = TimeAlerts(store->get(), port, alerts, 1);
  std::printf("%-80s %8.2f %8.2f %8.2f\n", "stored -> SSE delivered, daemon (server on the writer)",
              daemon.p50, daemon.p99, daemon.max);
  (*server)->Stop();

  ns::OpenOptions ro;
  ro.read_only = true;
  auto reader = ns::Store::Open(db_dir, ro);
  if (!reader.ok()) return 1;
  ni::ApiOptions serve;
  serve.catch_up = true;
  auto served = ni::ApiServer::Start(reader->get(), "127.0.0.1:0", serve);
  if (!served.ok()) return 1;
  const Stats secondary = TimeAlerts(store->get(), (*served)->port(), alerts, 2);
  std::printf("%-80s %8.2f %8.2f %8.2f\n",
              "stored -> SSE delivered, serve (read-only, catching up)", secondary.p50,
              secondary.p99, secondary.max);
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "bench_api: %s\n", e.what());
  return 1;
}
