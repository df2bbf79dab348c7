// Indicators and the alert feed are a pure function of the set of latest article versions:
// not of batch boundaries, arrival order, restarts (a fresh aggregator reading its state back
// from the store) or replays of already stored versions (a killed extract instance re-sends,
// so a store stage sees v1, v2, v1, v2 of one article). No broker: the real pipeline and
// aggregator over a temporary store (indicator_test_util.h).

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "indicator_test_util.h"

using namespace newsfacts;
using namespace newsfacts::ingest;
using namespace newsfacts::ingest::testing;

namespace {

// The shared indicators (indicator_test_util.h) with one rule of each type.
IndicatorConfig OrderConfig() {
  return RulesConfig(R"([[rule]]
name = "first"
type = "new"
indicators = ["budget", "share"]
[[rule]]
name = "big"
type = "threshold"
indicators = ["budget"]
above = 10e9
[[rule]]
name = "small_share"
type = "threshold"
indicators = ["share"]
below = 30
[[rule]]
name = "moved"
type = "change"
indicators = ["budget", "share"]
percent = 20
[[rule]]
name = "spike"
type = "spike"
indicators = ["mentions"]
window = 1
baseline = 6
factor = 2
min_baseline = 1
min_count = 3
)");
}

using Snapshot = std::map<std::tuple<std::string, std::string, int64_t>, std::string>;

struct Outcome {
  Snapshot indicators;
  std::set<std::string> alert_ids;
};

// Buckets that differ, are missing or are extra (0 when equal; the count is the message).
size_t Differences(const Snapshot& a, const Snapshot& b) {
  size_t n = 0;
  for (const auto& [k, v] : a) n += b.count(k) == 0 || b.at(k) != v;
  for (const auto& [k, v] : b) n += a.count(k) == 0;
  return n;
}

Outcome Read(Harness& h) {
  return {h.Snapshot(), h.FeedIds()};
}

// A version of article `id`: a few figures of the indicators' metrics (or none), mentions,
// an event time within a day; all drawn from `rng`, so every call gives another text.
Doc RandomVersion(const std::string& id, std::mt19937& rng) {
  static const char* const kEntities[] = {"Alpha", "Beta", "Gamma"};
  std::vector<extract::Figure> figures;
  const int n = static_cast<int>(rng() % 3);  // 0: feeds no latest indicator
  for (int i = 0; i < n; ++i) {
    const std::string entity = kEntities[rng() % 3];
    if (rng() % 2) {
      const double v = 1e9 * static_cast<double>(1 + rng() % 20);
      extract::Figure f = Money(v, "USD", entity, "budget", rng() % 4 ? "2025" : "2026");
      f.sentence = id + " budget sentence " + std::to_string(rng() % 1000);
      figures.push_back(std::move(f));
    } else {
      extract::Figure f = Percent(static_cast<double>(10 + rng() % 80), entity, "market_share");
      f.sentence = id + " share sentence " + std::to_string(rng() % 1000);
      figures.push_back(std::move(f));
    }
  }
  std::vector<std::string> mentions;
  for (const char* e : kEntities) {
    if (rng() % 3 == 0) mentions.emplace_back(e);
  }
  // Event times over 12 hours, in minutes: several reports share an hour (spikes), a few
  // share a millisecond (ties broken by article id).
  const int64_t t = kT0 + static_cast<int64_t>(rng() % 720) * 60'000;
  return MakeDoc(id, t, std::move(figures), std::move(mentions));
}

// A sequence of article versions: 40 articles, 120 versions (some articles changed several
// times, some re-sent unchanged).
std::vector<Doc> Sequence(uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<Doc> seq;
  seq.reserve(120);
  for (int i = 0; i < 40; ++i) seq.push_back(RandomVersion("a" + std::to_string(i), rng));
  for (int i = 0; i < 80; ++i) {
    const size_t k = rng() % 40;
    if (rng() % 4 == 0) {
      seq.push_back(seq[k]);  // re-sent unchanged (its latest version may be another)
    } else {
      seq.push_back(RandomVersion("a" + std::to_string(k), rng));
    }
  }
  return seq;
}

// The last version of each article, in id order.
std::vector<Doc> FinalVersions(const std::vector<Doc>& seq) {
  std::map<std::string, Doc> last;
  for (const Doc& d : seq) last.insert_or_assign(d.article.id, d);
  std::vector<Doc> out;
  out.reserve(last.size());
  for (auto& [id, d] : last) out.push_back(d);
  return out;
}

// Feeds `seq` in batches cut at random; with `crashes`, restarts the aggregator between
// batches and replays the last few versions already stored (what a consumer re-reads after a
// crash between the store write and its offset commit, or what a killed extract instance
// re-sends).
Outcome Feed(const std::vector<Doc>& seq, uint32_t seed, bool crashes) {
  Harness h(OrderConfig());
  std::mt19937 rng(seed);
  size_t pos = 0;
  while (pos < seq.size()) {
    const size_t n = std::min(seq.size() - pos, size_t{1} + rng() % 12);
    h.Ingest(std::vector<Doc>(seq.begin() + static_cast<std::ptrdiff_t>(pos),
                              seq.begin() + static_cast<std::ptrdiff_t>(pos + n)));
    pos += n;
    if (crashes && pos < seq.size() && rng() % 3 == 0) {
      h.Restart();
      pos -= std::min(pos, static_cast<size_t>(rng() % 8));
    }
  }
  return Read(h);
}

}  // namespace

TEST_CASE(
    "a replaced latest report promotes the previous one with its evidence, also after a "
    "restart",
    "[indicators][order]") {
  // The root cause of the issue-14 replica mismatch: the stored state kept the previous
  // report without its sentence, so a restarted aggregator promoted it sentence-less while a
  // running one still had it in memory.
  auto run = [](bool restart) {
    Harness h(OrderConfig());
    Doc a = MakeDoc("a", kT0 + 2 * kHourMs, {Percent(60, "Alpha", "market_share")});
    a.extraction.figures[0].sentence = "a: Alpha holds 60 percent.";
    Doc b = MakeDoc("b", kT0 + kHourMs, {Percent(50, "Alpha", "market_share")});
    b.extraction.figures[0].sentence = "b: Alpha holds 50 percent.";
    h.Ingest({a, b});
    if (restart) h.Restart();
    // A correction of `a` dates its figure before `b`: `b` becomes the latest report.
    Doc a2 = MakeDoc("a", kT0, {Percent(55, "Alpha", "market_share")});
    a2.extraction.figures[0].sentence = "a: Alpha held 55 percent.";
    h.Ingest(a2);
    const IndicatorRow r = h.Row("share", "Alpha");
    CHECK(r.article_id == "b");
    CHECK(r.sentence == "b: Alpha holds 50 percent.");
    REQUIRE(r.previous.has_value());
    CHECK(*r.previous == 55);
    return Read(h);
  };
  const Outcome running = run(false), restarted = run(true);
  CHECK(running.indicators == restarted.indicators);
  CHECK(running.alert_ids == restarted.alert_ids);
}

TEST_CASE("a changed version retracts the latest values its old version reported",
          "[indicators][order]") {
  // Together in one batch only the new version counts; in two batches the old one is applied
  // first and must be taken back completely (not only its mention counts).
  const Doc v1 =
      MakeDoc("a", kT0 + kHourMs, {Money(12e9, "USD", "Alpha", "budget", "2025")}, {"Alpha"});
  const Doc v2 = MakeDoc("a", kT0, {Percent(40, "Beta", "market_share")}, {"Beta"});
  const Doc other = MakeDoc("b", kT0, {Money(3e9, "USD", "Alpha", "budget", "2025")});
  Harness together(OrderConfig()), apart(OrderConfig());
  together.Ingest({other, v1, v2});
  apart.Ingest({other, v1});
  apart.Ingest(v2);
  CHECK(apart.Row("budget", "Alpha", "2025").article_id == "b");
  CHECK(apart.Row("budget", "Alpha", "2025").value == 3e9);
  CHECK_FALSE(apart.Row("budget", "Alpha", "2025").previous.has_value());
  const Outcome t = Read(together), a = Read(apart);
  CHECK(t.indicators == a.indicators);
  CHECK(t.alert_ids == a.alert_ids);
  // A version that feeds no indicator at all still takes its old version's values back.
  Harness gone(OrderConfig());
  gone.Ingest({other, v1});
  gone.Ingest(MakeDoc("a", kT0, {}));
  CHECK(gone.Row("budget", "Alpha", "2025").article_id == "b");
  CHECK(gone.Rows("mentions", "Alpha").empty());
}

TEST_CASE("indicators and alert ids are a pure function of the latest article versions",
          "[indicators][alerts][order]") {
  for (uint32_t seed : {1u, 2u, 3u, 4u, 5u}) {
    INFO("sequence seed " << seed);
    const std::vector<Doc> seq = Sequence(seed);
    Harness once(OrderConfig());
    once.Ingest(FinalVersions(seq));
    const Outcome reference = Read(once);
    REQUIRE_FALSE(reference.indicators.empty());
    REQUIRE_FALSE(reference.alert_ids.empty());
    for (uint32_t cut : {10u, 11u, 12u}) {
      INFO("batch cuts " << cut);
      const Outcome plain = Feed(seq, cut, false);
      CHECK(Differences(plain.indicators, reference.indicators) == 0);
      CHECK(plain.alert_ids == reference.alert_ids);
      const Outcome crashed = Feed(seq, cut, true);
      CHECK(Differences(crashed.indicators, reference.indicators) == 0);
      CHECK(crashed.alert_ids == reference.alert_ids);
    }
    // `newsfacts reindex` gives the same values.
    REQUIRE(RebuildIndicators(once.db(), once.config(), once.clock()).ok());
    CHECK(Differences(Read(once).indicators, reference.indicators) == 0);
  }
}

TEST_CASE("two partitionings of the same input raise the same alert set", "[alerts][order]") {
  // The articles topic spread over 2 or over 4 partitions: each partition keeps the order of
  // its articles (all versions of one id on one partition), the store stage sees the
  // partitions interleaved. Rules are evaluated in data order (event time, then article id),
  // so the interleaving does not matter.
  const std::vector<Doc> seq = Sequence(7);
  auto partitioned = [&](size_t partitions, uint32_t seed) {
    std::vector<std::vector<Doc>> parts(partitions);
    for (const Doc& d : seq) {
      parts[std::hash<std::string>()(d.article.id) % partitions].push_back(d);
    }
    std::mt19937 rng(seed);
    std::vector<Doc> out;
    std::vector<size_t> next(partitions, 0);
    while (out.size() < seq.size()) {
      const size_t p = rng() % partitions;
      const size_t n = std::min(parts[p].size() - next[p], size_t{1} + rng() % 5);
      for (size_t i = 0; i < n; ++i) out.push_back(parts[p][next[p]++]);
    }
    return out;
  };
  const std::vector<Doc> two = partitioned(2, 21), four = partitioned(4, 42);
  REQUIRE(FinalVersions(two).size() == FinalVersions(four).size());
  const Outcome a = Feed(two, 3, false), b = Feed(four, 4, true);
  CHECK_FALSE(a.alert_ids.empty());
  CHECK(a.alert_ids == b.alert_ids);
  CHECK(Differences(a.indicators, b.indicators) == 0);
}
