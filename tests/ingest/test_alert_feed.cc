#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "extract/extractor.h"
#include "indicator_test_util.h"
#include "ingest/indicator_feed.h"
#include "ingest/pipeline.h"

using namespace newsfacts;
using namespace newsfacts::ingest;
using namespace newsfacts::ingest::testing;

namespace {

std::vector<std::string> Lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

size_t OutboxSize(const store::Store& db) {
  size_t n = 0;
  REQUIRE(db.ScanAllIndicators(kAlertOutboxName, [&](auto, auto, auto, auto) {
              ++n;
              return true;
            }).ok());
  return n;
}

class FailingSink : public AlertSink {
 public:
  Status Publish(const std::vector<std::string>&, const std::vector<std::string>&) override {
    ++calls;
    return fail ? Status::Unavailable("broker down") : Status::Ok();
  }
  bool fail = true;
  int calls = 0;
};

}  // namespace

TEST_CASE("alert JSON has the documented fields", "[alerts]") {
  Alert a;
  a.id = "0123456789abcdef";
  a.rule = "big";
  a.type = "threshold";
  a.severity = "warning";
  a.indicator = "ai_budget_usd";
  a.entity = "ByteDance";
  a.period = "2025";
  a.metric = "budget";
  a.old_value = 5e9;
  a.new_value = 12e9;
  a.unit = "USD";
  a.article_id = "001";
  a.sentence = "Er sagte \"12 Milliarden\".";
  a.time_ms = kT0;
  a.detected_at_ms = kT0 + 1500;
  CHECK(a.ToJson() ==
        R"({"id":"0123456789abcdef","rule":"big","type":"threshold","severity":"warning",)"
        R"("indicator":"ai_budget_usd","entity":"ByteDance","period":"2025","metric":"budget",)"
        R"("old":5000000000,"new":12000000000,"unit":"USD","evidence":{"article_id":"001",)"
        R"("sentence":"Er sagte \"12 Milliarden\"."},"time":"2025-01-15T12:00:00.000Z",)"
        R"("detected_at":"2025-01-15T12:00:01.500Z"})");
  a.old_value.reset();
  a.entity.clear();
  CHECK_THAT(a.ToJson(), Catch::Contains(R"("entity":null)") && Catch::Contains(R"("old":null)"));
}

TEST_CASE("alerts are stored with their facts and stay in the outbox until published", "[alerts]") {
  Harness h;
  auto alerts = h.Ingest(MakeDoc("a1", kT0, {Money(12e9, "USD", "ByteDance", "budget", "2025")}));
  REQUIRE(alerts.size() == 2);  // first_figure + ai_budget_over_10bn
  CHECK(OutboxSize(*h.db()) == 2);
  auto stored = ReadAlerts(*h.db(), std::nullopt);
  REQUIRE(stored.ok());
  REQUIRE(stored->size() == 2);
  CHECK(stored->at(0).json == (alerts[0].id == stored->at(0).id ? alerts[0] : alerts[1]).ToJson());

  // "Crash" before publishing: a new publisher re-sends the outbox, then it is empty.
  const std::string file = h.dir().sub("alerts.jsonl");
  {
    auto sink = JsonlAlertSink::Open(file);
    REQUIRE(sink.ok());
    AlertPublisher pub(h.db(), {sink->get()});
    REQUIRE(pub.PublishOutbox().ok());
    CHECK(pub.published() == 2);
    REQUIRE(pub.PublishOutbox().ok());
    CHECK(pub.published() == 2);
  }
  CHECK(OutboxSize(*h.db()) == 0);
  auto lines = Lines(file);
  REQUIRE(lines.size() == 2);
  CHECK_THAT(lines[0] + lines[1], Catch::Contains(alerts[0].id) && Catch::Contains(alerts[1].id));
  // The feed itself is kept.
  CHECK(ReadAlerts(*h.db(), std::nullopt)->size() == 2);
}

TEST_CASE("a failing sink keeps the alerts in the outbox for the next attempt", "[alerts]") {
  Harness h;
  auto alerts = h.Ingest(MakeDoc("a1", kT0, {Percent(80, "Nvidia", "market_share")}));
  REQUIRE_FALSE(alerts.empty());
  FailingSink sink;
  AlertPublisher pub(h.db(), {&sink});
  CHECK(pub.Publish(alerts).code() == common::Status::Code::kUnavailable);
  CHECK(OutboxSize(*h.db()) == alerts.size());
  sink.fail = false;
  REQUIRE(pub.PublishOutbox().ok());
  CHECK(OutboxSize(*h.db()) == 0);
  CHECK(pub.published() == alerts.size());
}

TEST_CASE("ReadAlerts filters by detection time", "[alerts]") {
  Harness h;
  h.Ingest(MakeDoc("a1", kT0, {Percent(80, "Nvidia", "market_share")}));
  h.clock().Advance(kHourMs);
  const int64_t later = h.clock().NowMs();
  h.Ingest(MakeDoc("a2", kT0, {Percent(20, "AMD", "market_share")}));
  auto all = ReadAlerts(*h.db(), std::nullopt);
  auto recent = ReadAlerts(*h.db(), later);
  REQUIRE(all.ok());
  REQUIRE(recent.ok());
  CHECK(all->size() == 3);  // Nvidia: new + dominant; AMD: new
  REQUIRE(recent->size() == 1);
  CHECK_THAT(recent->at(0).json, Catch::Contains("\"AMD\""));
}

TEST_CASE(
    "through the pipeline: indicators and alerts are written in the batch of their facts, "
    "alerts published after it is durable",
    "[alerts][pipeline][e2e]") {
  // Needs entity mentions from the real extractor (the default gazetteer knows Nvidia).
  TempDir dir;
  auto db = store::Store::Open(dir.sub("db"), store::OpenOptions{});
  REQUIRE(db.ok());
  FakeClock clock(kT0 + 45 * 60 * 1000);
  extract::Extractor extractor;
  Pipeline pipeline(extractor, db->get(), clock);
  IndicatorFeedOptions opts;
  opts.alerts_file = dir.sub("alerts.jsonl");
  auto feed = IndicatorFeed::Create(db->get(), clock, opts);
  REQUIRE(feed.ok());
  std::vector<Status> errors;
  (*feed)->Attach(&pipeline, [&](const Status& s) { errors.push_back(s); });
  std::vector<Message> batch = {
      {R"({"id":"p1","lang":"de","title":"Nvidia und AMD","body":"Nvidia liefert Chips an Microsoft.","published_at":"2025-01-15T12:30:00Z"})",
       {"file:x", 0, 0},
       -1},
      {"not json", {"file:x", 0, 1}, -1}};
  auto out = pipeline.ProcessBatch(batch);
  REQUIRE(out.ok());
  CHECK(out->articles == 1);
  CHECK(out->stored_articles.empty());  // keep_articles is off: nothing kept for observers
  CHECK(errors.empty());
  // Every entity stored with the article is counted once in its hour.
  auto mentions = (*db)->GetMentions("p1");
  REQUIRE(mentions.ok());
  REQUIRE_FALSE(mentions->empty());
  for (const auto& m : *mentions) {
    auto rows = ReadIndicators(**db, (*feed)->config(), clock, {"mentions_1h", m.entity});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->at(0).value == 1);
  }
  CHECK(OutboxSize(**db) == 0);  // whatever was raised is published
  CHECK(Lines(opts.alerts_file).size() == (*feed)->alerts_published());
}

TEST_CASE("a failing pre-write stage stores nothing of the batch", "[alerts][pipeline]") {
  TempDir dir;
  auto db = store::Store::Open(dir.sub("db"), store::OpenOptions{});
  REQUIRE(db.ok());
  FakeClock clock(kT0);
  extract::Extractor extractor;
  Pipeline pipeline(extractor, db->get(), clock);
  pipeline.AddPreWriteStage([](const auto&, const auto&, int64_t, store::Batch* b) {
    b->PutIndicator("x", "y", 0, "z");
    return Status::IoError("stage failed");
  });
  auto out = pipeline.ProcessBatch(
      {{R"({"id":"p1","body":"Nvidia liefert Chips."})", {"file:x", 0, 0}, -1}});
  REQUIRE_FALSE(out.ok());
  CHECK(out.status().code() == common::Status::Code::kIoError);
  auto a = (*db)->GetArticle("p1");
  REQUIRE(a.ok());
  CHECK_FALSE(a->has_value());
  bool any = false;
  REQUIRE((*db)
              ->ScanAllIndicators("",
                                  [&](auto, auto, auto, auto) {
                                    any = true;
                                    return false;
                                  })
              .ok());
  CHECK_FALSE(any);
}

namespace {

// Records what it was given; fails the first `failures` calls.
class RecordingSink : public AlertSink {
 public:
  Status Publish(const std::vector<std::string>& ids, const std::vector<std::string>&) override {
    if (failures > 0) {
      --failures;
      return Status::Unavailable("broker down");
    }
    for (const std::string& id : ids) published.push_back(id);
    return Status::Ok();
  }
  int failures = 0;
  std::vector<std::string> published;
};

std::set<std::string> OutboxIds(const store::Store& db) {
  std::set<std::string> ids;
  REQUIRE(db.ScanAllIndicators(kAlertOutboxName, [&](auto, std::string_view id, auto, auto) {
              ids.emplace(id);
              return true;
            }).ok());
  return ids;
}

// A batch of already extracted articles, as Pipeline::Prepare hands it to Apply.
PreparedBatch Prepared(const std::vector<Doc>& docs, int64_t now_ms, int64_t offset) {
  PreparedBatch p;
  p.now_ms = now_ms;
  for (const Doc& d : docs) {
    p.batch.PutArticle(d.article, d.extraction, {"file:x", 0, offset++},
                       extract::Extractor::kVersion, now_ms);
    p.outcome.stored_articles.push_back(d.article);
    p.outcome.extractions.push_back(d.extraction);
    ++p.outcome.articles;
  }
  return p;
}

}  // namespace

TEST_CASE(
    "after a publish error, the outbox re-send publishes only alerts of durable batches, not "
    "those of a batch applied but not yet fsynced",
    "[alerts][pipeline]") {
  TempDir dir;
  store::OpenOptions open;
  open.sync_writes = true;
  auto db = store::Store::Open(dir.sub("db"), open);
  REQUIRE(db.ok());
  FakeClock clock(kT0 + kDay);
  const extract::Extractor extractor;
  Pipeline pipeline(extractor, db->get(), clock);
  IndicatorAggregator aggregator(IndicatorConfig::Default(), db->get(), clock);
  RecordingSink sink;
  sink.failures = 1;
  AlertPublisher publisher(db->get(), {&sink});
  std::vector<Status> errors;
  AttachAggregator(&pipeline, &aggregator, &publisher,
                   [&](const Status& s) { errors.push_back(s); });

  // Batch 1 raises alerts; their publish fails, so they stay in the outbox.
  auto b1 = pipeline.Apply(Prepared(
      {MakeDoc("d1", kT0, {Money(15e9, "USD", "Firma Eins", "budget", "2025")})}, kT0 + kDay, 0));
  REQUIRE(b1.ok());
  REQUIRE(pipeline.Complete(std::move(*b1)).ok());
  REQUIRE(errors.size() == 1);
  const std::set<std::string> first = OutboxIds(**db);
  REQUIRE_FALSE(first.empty());
  CHECK(sink.published.empty());

  // Batches 2 and 3 are applied the way the overlapped writer applies them: 3 before 2 is
  // durable. Batch 3's alerts are readable in the outbox but not yet durable.
  auto b2 = pipeline.Apply(
      Prepared({MakeDoc("d2", kT0, {Percent(12, "Firma Zwei", "market_share")})}, kT0 + kDay, 1));
  REQUIRE(b2.ok());
  const std::set<std::string> through_second = OutboxIds(**db);
  auto b3 = pipeline.Apply(Prepared(
      {MakeDoc("d3", kT0, {Money(20e9, "USD", "Firma Drei", "budget", "2025")})}, kT0 + kDay, 2));
  REQUIRE(b3.ok());
  std::set<std::string> third;
  for (const std::string& id : OutboxIds(**db)) {
    if (through_second.count(id) == 0) third.insert(id);
  }
  REQUIRE_FALSE(third.empty());

  // Batch 2 becomes durable: the re-send publishes batches 1 and 2, nothing of batch 3.
  REQUIRE(pipeline.Complete(std::move(*b2)).ok());
  CHECK(errors.size() == 1);
  const std::set<std::string> sent(sink.published.begin(), sink.published.end());
  CHECK(sent == through_second);
  for (const std::string& id : third) CHECK(sent.count(id) == 0);
  CHECK(OutboxIds(**db) == third);

  // Batch 3 becomes durable: now its alerts go out, each alert exactly once overall.
  REQUIRE(pipeline.Complete(std::move(*b3)).ok());
  CHECK(OutboxIds(**db).empty());
  std::multiset<std::string> all(sink.published.begin(), sink.published.end());
  CHECK(all.size() == first.size() + (through_second.size() - first.size()) + third.size());
  for (const std::string& id : all) CHECK(all.count(id) == 1);
}
