// Parallel extraction (ingest/worker_pool.h, issue 17): the pool itself, and serial vs
// parallel runs of the pipeline storing byte-identical DBs.
#include <rocksdb/db.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "extract/extractor.h"
#include "ingest/clock.h"
#include "ingest/file_source.h"
#include "ingest/indicator_feed.h"
#include "ingest/pipeline.h"
#include "ingest/runner.h"
#include "ingest/worker_pool.h"
#include "ingest/write_overlap.h"
#include "store/store.h"
#include "tests/test_util.h"

namespace common = newsfacts::common;
namespace extract = newsfacts::extract;
namespace ingest = newsfacts::ingest;
namespace store = newsfacts::store;
using newsfacts::testing::TempDir;

namespace {

// Every key and value of every column family of the (closed) DB at `path`, as one string.
std::string DumpDb(const std::string& path) {
  std::vector<std::string> names;
  REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
  cfs.reserve(names.size());
  for (const auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), path, cfs, &handles, &raw).ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  std::string out;
  size_t entries = 0;
  for (size_t i = 0; i < handles.size(); ++i) {
    out += "== " + names[i] + "\n";
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), handles[i]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      out += std::to_string(it->key().size()) + ":" + it->key().ToString() + "=" +
             std::to_string(it->value().size()) + ":" + it->value().ToString() + "\n";
      ++entries;
    }
    REQUIRE(it->status().ok());
  }
  for (auto* h : handles) REQUIRE(db->DestroyColumnFamilyHandle(h).ok());
  CHECK(entries > 0);
  return out;
}

// Articles in three languages with figures and known companies; some re-sent later with
// changed text (replacements), some broken lines (dead letters).
std::string MakeInput() {
  const char* companies[] = {"Nvidia", "Microsoft", "Siemens", "Telefónica", "Intel", "Samsung"};
  std::string out;
  for (int i = 0; i < 90; ++i) {
    const std::string c = companies[i % 6];
    const int v = 3 + (i * 7) % 40;
    std::string body;
    switch (i % 3) {
      case 0:
        body = c + " will invest " + std::to_string(v) +
               " billion dollars in AI data centres in 2025, the company said. Its market share "
               "rose to " +
               std::to_string(10 + i % 30) + " percent.";
        break;
      case 1:
        body = c + " meldete für das dritte Quartal einen Umsatz von " + std::to_string(v) +
               " Milliarden Euro. Der Konzern will 2026 rund " + std::to_string(v * 100) +
               " Stellen schaffen.";
        break;
      default:
        body = c + " prevé gastar " + std::to_string(v) +
               " millones de euros en chips de inteligencia artificial este año, un " +
               std::to_string(5 + i % 9) + " % más.";
    }
    const char* lang = i % 3 == 0 ? "en" : i % 3 == 1 ? "de" : "es";
    // Re-sends of earlier ids with other numbers replace those articles.
    const int id = i >= 60 && i % 4 == 0 ? i - 50 : i;
    out += R"({"id":"p-)" + std::to_string(id) + R"(","lang":")" + lang + R"(","body":")" + body +
           "\"";
    if (i % 2 == 0)
      out += R"(,"published_at":"2025-0)" + std::to_string(1 + i % 9) + "-1" +
             std::to_string(i % 10) + R"(T08:00:00Z")";
    out += "}\n";
    if (i % 17 == 5) out += "{\"id\":\"broken-" + std::to_string(i) + "\",\"body\":\n";
  }
  return out;
}

struct RunResult {
  std::string dump;
  std::string alerts;
  ingest::RunTotals totals;
};

// File ingest of `input` through Run with live indicators and alerts, as RunFileIngest
// wires it, on a pool of `threads` (overlap on), with a fixed clock.
RunResult IngestFile(const TempDir& dir, const std::string& name, const std::string& input,
                     size_t threads, size_t batch_size) {
  const std::string path = dir.sub(name);
  RunResult r;
  {
    auto db = store::Store::Open(path, {});
    REQUIRE(db.ok());
    extract::Extractor extractor;
    ingest::FakeClock clock(1'760'000'000'000);
    ingest::WorkerPool pool(threads);
    REQUIRE(pool.threads() == threads);
    ingest::PipelineOptions popts;
    popts.pool = &pool;
    ingest::Pipeline pipeline(extractor, db->get(), clock, popts);
    ingest::IndicatorFeedOptions fo;
    fo.alerts_file = path + ".alerts";
    auto feed = ingest::IndicatorFeed::Create(db->get(), clock, fo);
    REQUIRE(feed.ok());
    (*feed)->Attach(&pipeline, {});
    auto source = ingest::FileSource::Open(input);
    REQUIRE(source.ok());
    ingest::RunOptions options;
    options.batch_size = batch_size;
    options.overlap = true;
    std::atomic<bool> stop{false};
    std::vector<int64_t> committed;  // offsets in commit order
    REQUIRE(ingest::Run(**source, pipeline, stop, options, &r.totals,
                        [&](const ingest::BatchOutcome& o) {
                          for (const auto& p : o.next_offsets) committed.push_back(p.offset);
                        })
                .ok());
    // Positions are committed batch by batch, in order.
    CHECK(std::is_sorted(committed.begin(), committed.end()));
    REQUIRE(!committed.empty());
    CHECK(committed.back() == static_cast<int64_t>(r.totals.messages));
  }
  r.dump = DumpDb(path);
  r.alerts = newsfacts::testing::ReadFile(path + ".alerts");
  return r;
}

}  // namespace

TEST_CASE("worker pool runs every index exactly once on distinct slots", "[ingest][pool]") {
  for (size_t threads : {1, 2, 4}) {
    ingest::WorkerPool pool(threads);
    REQUIRE(pool.threads() == threads);
    for (size_t n : {0, 1, 3, 1000}) {
      std::vector<std::atomic<int>> seen(n);
      std::mutex mu;
      std::set<std::thread::id> thread_ids;
      std::vector<std::atomic<int>> busy(threads);
      std::atomic<bool> shared_slot{false};
      pool.ParallelFor(n, [&](size_t i, size_t slot) {
        REQUIRE(slot < threads);
        if (busy[slot].fetch_add(1) != 0) shared_slot = true;  // two threads on one slot
        seen[i].fetch_add(1);
        {
          std::lock_guard<std::mutex> lock(mu);
          thread_ids.insert(std::this_thread::get_id());
        }
        busy[slot].fetch_sub(1);
      });
      for (size_t i = 0; i < n; ++i) CHECK(seen[i].load() == 1);
      CHECK_FALSE(shared_slot.load());
      CHECK(thread_ids.size() <= threads);
    }
  }
}

TEST_CASE("a parallel loop does not wait for a worker busy with a submitted task",
          "[ingest][pool]") {
  ingest::WorkerPool pool(2);
  std::atomic<bool> release{false};
  std::future<void> task = pool.Submit([&] {
    while (!release.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  });
  std::atomic<int> done{0};
  pool.ParallelFor(100, [&](size_t, size_t) { done.fetch_add(1); });
  CHECK(done.load() == 100);
  CHECK(task.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);
  release = true;
  task.get();
  // With one thread there is no worker: Submit runs the task before returning.
  ingest::WorkerPool serial(1);
  bool ran = false;
  auto f = serial.Submit([&] { ran = true; });
  CHECK(ran);
  CHECK(f.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
}

TEST_CASE(
    "a submitted task does not take an extraction thread: a parallel loop meanwhile "
    "runs on every slot",
    "[ingest][pool]") {
  // The write of batch N (a submitted task) blocks in the store's fsync; the extraction of
  // batch N+1 must still get threads() threads, not threads() - 1.
  for (size_t threads : {2, 3}) {
    INFO(threads);
    ingest::WorkerPool pool(threads);
    std::mutex mu;
    std::condition_variable cv;
    bool release = false;
    std::future<void> task = pool.Submit([&] {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return release; });
    });
    // Every index waits until all slots have arrived: with fewer threads than slots the
    // loop would wait forever, so the wait is bounded and the slot count checked after.
    std::set<size_t> slots;
    pool.ParallelFor(threads, [&](size_t, size_t slot) {
      std::unique_lock<std::mutex> lock(mu);
      slots.insert(slot);
      cv.notify_all();
      cv.wait_for(lock, std::chrono::seconds(20), [&] { return slots.size() == threads; });
    });
    CHECK(slots.size() == threads);
    CHECK(task.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);
    {
      std::lock_guard<std::mutex> lock(mu);
      release = true;
    }
    cv.notify_all();
    task.get();
  }
}

TEST_CASE("submitted tasks run one at a time in submission order", "[ingest][pool]") {
  ingest::WorkerPool pool(3);
  std::vector<int> order;
  std::atomic<int> running{0};
  std::atomic<bool> overlapped{false};
  std::vector<std::future<void>> done;
  done.reserve(50);
  for (int i = 0; i < 50; ++i) {
    done.push_back(pool.Submit([&, i] {
      if (running.fetch_add(1) != 0) overlapped = true;
      order.push_back(i);
      running.fetch_sub(1);
    }));
  }
  for (auto& f : done) f.get();
  CHECK_FALSE(overlapped.load());
  std::vector<int> expected(50);
  for (int i = 0; i < 50; ++i) expected[i] = i;
  CHECK(order == expected);
}

TEST_CASE(
    "write overlap: batch N is completed while batch N+1 is applied, in order, and a failed apply "
    "or complete stops what follows",
    "[ingest][pool]") {
  for (size_t threads : {1u, 2u}) {
    INFO("threads " << threads);
    ingest::WorkerPool pool(threads);
    ingest::WriteOverlap<int> writes(&pool);
    std::mutex mu;
    std::vector<std::string> events;
    auto log = [&](std::string e) {
      const std::lock_guard<std::mutex> lock(mu);
      events.push_back(std::move(e));
    };
    std::promise<void> release_second;
    std::shared_future<void> second_released = release_second.get_future().share();
    auto complete = [&](int n) {
      log("complete " + std::to_string(n));
      if (n == 1 && threads >= 2) release_second.set_value();  // apply 2 waits for this
      return common::Status::Ok();
    };
    REQUIRE(writes
                .Next(
                    [&] {
                      log("apply 1");
                      return common::Result<int>(1);
                    },
                    complete)
                .ok());
    REQUIRE(writes
                .Next(
                    [&, threads] {
                      // With a writer thread, complete(1) runs while apply(2) is in flight.
                      if (threads >= 2 && second_released.wait_for(std::chrono::seconds(60)) !=
                                              std::future_status::ready) {
                        log("apply 2 was not overlapped");  // fails the check below
                      }
                      log("apply 2 ends");
                      return common::Result<int>(2);
                    },
                    complete)
                .ok());
    REQUIRE(writes.Finish(complete).ok());
    CHECK_FALSE(writes.in_flight());
    const std::vector<std::string> overlapped = {"apply 1", "complete 1", "apply 2 ends",
                                                 "complete 2"};
    const std::vector<std::string> serial = {"apply 1", "apply 2 ends", "complete 1", "complete 2"};
    CHECK(events == (threads >= 2 ? overlapped : serial));

    // A failed apply: the next batch is not started and the error is returned.
    bool third_applied = false;
    REQUIRE(
        writes.Next([] { return common::Result<int>(common::Status::IoError("disk")); }, complete)
            .ok());
    CHECK(writes
              .Next(
                  [&] {
                    third_applied = true;
                    return common::Result<int>(3);
                  },
                  complete)
              .code() == common::Status::Code::kIoError);
    CHECK_FALSE(third_applied);
    // A failed complete: the batch applied meanwhile is waited for and never completed.
    int completed = 0;
    auto failing = [&](int) {
      ++completed;
      return common::Status::IoError("fsync");
    };
    REQUIRE(writes.Next([] { return common::Result<int>(4); }, failing).ok());
    CHECK(writes.Next([] { return common::Result<int>(5); }, failing).code() ==
          common::Status::Code::kIoError);
    CHECK_FALSE(writes.in_flight());
    CHECK(completed == 1);
  }
}

TEST_CASE(
    "write overlap with a sync step: batch N is fsynced on the sync thread while the owner goes "
    "on, and completed only after its sync, in order",
    "[ingest][pool]") {
  ingest::WorkerPool pool(2);
  std::mutex mu;
  std::vector<std::string> events;
  auto log = [&](std::string e) {
    const std::lock_guard<std::mutex> lock(mu);
    events.push_back(std::move(e));
  };
  std::promise<void> sync_started, release_sync;
  std::shared_future<void> started = sync_started.get_future().share();
  std::shared_future<void> released = release_sync.get_future().share();
  int syncs = 0;  // on the sync thread only
  ingest::WriteOverlap<int> writes(&pool, [&] {
    const int k = ++syncs;
    log("sync " + std::to_string(k) + " starts");
    if (k == 1) {
      sync_started.set_value();
      if (released.wait_for(std::chrono::seconds(60)) != std::future_status::ready) {
        log("sync 1 was never released");
      }
    }
    log("sync " + std::to_string(k) + " ends");
    return common::Status::Ok();
  });
  std::vector<int> completed;
  auto complete = [&](int n) {
    log("complete " + std::to_string(n));
    completed.push_back(n);
    return common::Status::Ok();
  };
  auto apply = [&](int n) {
    return [&, n] {
      if (n == 2 && started.wait_for(std::chrono::seconds(60)) != std::future_status::ready) {
        log("apply 2 did not overlap sync 1");
      }
      log("apply " + std::to_string(n));
      return common::Result<int>(n);
    };
  };
  REQUIRE(writes.Next(apply(1), complete).ok());
  REQUIRE(writes.Next(apply(2), complete).ok());  // starts sync(1) and returns
  log("owner goes on");
  CHECK(writes.Poll(complete).ok());  // sync(1) is held: nothing to complete yet
  CHECK(completed.empty());
  release_sync.set_value();
  REQUIRE(writes.Next(apply(3), complete).ok());  // completes 1, starts sync(2)
  REQUIRE(writes.Finish(complete).ok());
  CHECK_FALSE(writes.in_flight());
  CHECK(completed == std::vector<int>{1, 2, 3});
  std::map<std::string, size_t> at;
  for (size_t i = 0; i < events.size(); ++i) at.emplace(events[i], i);
  INFO(::Catch::Detail::stringify(events));
  CHECK(at.count("apply 2 did not overlap sync 1") == 0);
  CHECK(at.count("sync 1 was never released") == 0);
  CHECK(at.at("owner goes on") < at.at("sync 1 ends"));  // the owner did not wait for it
  for (int k = 1; k <= 3; ++k) {
    const std::string n = std::to_string(k);
    CHECK(at.at("apply " + n) < at.at("sync " + n + " starts"));   // synced once applied
    CHECK(at.at("sync " + n + " ends") < at.at("complete " + n));  // completed once durable
  }
}

TEST_CASE("write overlap with a sync step runs in order on one thread and stops at a failed sync",
          "[ingest][pool]") {
  for (size_t threads : {1u, 2u}) {
    INFO("threads " << threads);
    ingest::WorkerPool pool(threads);
    std::vector<std::string> events;  // one thread at a time: the steps wait for each other
    std::mutex mu;
    auto log = [&](std::string e) {
      const std::lock_guard<std::mutex> lock(mu);
      events.push_back(std::move(e));
    };
    int syncs = 0;
    ingest::WriteOverlap<int> writes(&pool, [&] {
      log("sync");
      return ++syncs == 2 ? common::Status::IoError("fsync") : common::Status::Ok();
    });
    std::vector<int> completed;
    auto complete = [&](int n) {
      log("complete " + std::to_string(n));
      completed.push_back(n);
      return common::Status::Ok();
    };
    auto apply = [&](int n) {
      return [&, n] {
        log("apply " + std::to_string(n));
        return common::Result<int>(n);
      };
    };
    REQUIRE(writes.Next(apply(1), complete).ok());
    REQUIRE(writes.Next(apply(2), complete).ok());
    REQUIRE(writes.Next(apply(3), complete).ok());  // completes 1; sync(2) fails
    CHECK(writes.Next(apply(4), complete).code() == common::Status::Code::kIoError);
    CHECK_FALSE(writes.in_flight());
    CHECK(completed == std::vector<int>{1});  // neither 2 nor anything after it
    if (threads == 1) {
      const std::vector<std::string> serial = {"apply 1",    "apply 2", "sync",   "apply 3",
                                               "complete 1", "sync",    "apply 4"};
      CHECK(events == serial);
    }
  }
}

TEST_CASE("the threads flag takes integers from 1 to the maximum", "[ingest][pool]") {
  CHECK(ingest::WorkerPool::ParseThreads("1") == 1u);
  CHECK(ingest::WorkerPool::ParseThreads("16") == 16u);
  for (const char* bad : {"", "0", "-1", "abc", "2x", " 2", "1.5", "257", "99999999999999999999"}) {
    INFO(bad);
    CHECK_FALSE(ingest::WorkerPool::ParseThreads(bad).has_value());
  }
  CHECK(ingest::WorkerPool::DefaultThreads() >= 1);
}

TEST_CASE("parallel and serial file ingest store identical facts, indicators and alerts",
          "[ingest][pool]") {
  TempDir dir("parallel");
  const std::string input = dir.sub("in.jsonl");
  std::ofstream(input) << MakeInput();
  const RunResult serial = IngestFile(dir, "serial", input, 1, 7);
  CHECK(serial.totals.dead_letters > 0);
  CHECK(serial.totals.facts > 100);
  CHECK(serial.dump.find("== indicators") != std::string::npos);
  for (size_t threads : {2, 4}) {
    INFO("threads " << threads);
    const RunResult parallel = IngestFile(dir, "t" + std::to_string(threads), input, threads, 7);
    CHECK(parallel.totals.batches == serial.totals.batches);
    CHECK(parallel.totals.facts == serial.totals.facts);
    CHECK(parallel.totals.dead_letters == serial.totals.dead_letters);
    CHECK(parallel.dump == serial.dump);
    CHECK(parallel.alerts == serial.alerts);
  }
  CHECK_FALSE(serial.alerts.empty());
}

TEST_CASE("a failed write stops the run without committing that batch or the next",
          "[ingest][pool]") {
  TempDir dir("parallel_fail");
  const std::string input = dir.sub("in.jsonl");
  std::ofstream(input) << MakeInput();
  auto db = store::Store::Open(dir.sub("db"), {});
  REQUIRE(db.ok());
  extract::Extractor extractor;
  ingest::FakeClock clock(1'760'000'000'000);
  ingest::WorkerPool pool(2);
  ingest::PipelineOptions popts;
  popts.pool = &pool;
  ingest::Pipeline pipeline(extractor, db->get(), clock, popts);
  int batches = 0;
  pipeline.AddPreWriteStage([&](const auto&, const auto&, int64_t, store::Batch*) {
    return ++batches == 3 ? common::Status::IoError("disk on fire") : common::Status::Ok();
  });
  auto source = ingest::FileSource::Open(input);
  REQUIRE(source.ok());
  ingest::RunOptions options;
  options.batch_size = 10;
  options.overlap = true;
  std::atomic<bool> stop{false};
  ingest::RunTotals totals;
  common::Status s = ingest::Run(**source, pipeline, stop, options, &totals);
  CHECK(s.code() == common::Status::Code::kIoError);
  CHECK(totals.batches == 2);  // the two batches before the failure
  auto next = (*db)->GetNextOffset(ingest::FileSource::SourceName(input), 0);
  REQUIRE(next.ok());
  REQUIRE(next->has_value());
  CHECK(**next == 20);  // only the durable batches' positions
}

TEST_CASE(
    "with overlap each batch is applied before the next one's stages and observed only once "
    "durable, in order",
    "[ingest][pool]") {
  TempDir dir("parallel_order");
  const std::string input = dir.sub("in.jsonl");
  std::ofstream(input) << MakeInput();
  store::OpenOptions synced;
  synced.sync_writes = true;  // Complete fsyncs each batch while the next one is applied
  auto db = store::Store::Open(dir.sub("db"), synced);
  REQUIRE(db.ok());
  extract::Extractor extractor;
  ingest::FakeClock clock(1'760'000'000'000);
  ingest::WorkerPool pool(2);
  ingest::PipelineOptions popts;
  popts.pool = &pool;
  ingest::Pipeline pipeline(extractor, db->get(), clock, popts);
  std::mutex mu;
  std::vector<std::string> events;  // "stage k", "applied k", "observed k"
  auto log = [&](const std::string& what, size_t k) {
    const std::lock_guard<std::mutex> lock(mu);
    events.push_back(what + " " + std::to_string(k));
  };
  size_t staged = 0, applied = 0, observed = 0;
  pipeline.AddPreWriteStage([&](const auto&, const auto&, int64_t, store::Batch*) {
    log("stage", staged++);
    return common::Status::Ok();
  });
  pipeline.AddAppliedHook([&](const ingest::BatchOutcome& o) {
    // Applied: the batch's next offset is readable now.
    auto next = (*db)->GetNextOffset(ingest::FileSource::SourceName(input), 0);
    CHECK((next.ok() && next->has_value() && **next == o.next_offsets.back().offset));
    log("applied", applied++);
  });
  pipeline.AddObserver([&](const ingest::BatchOutcome&) { log("observed", observed++); });
  auto source = ingest::FileSource::Open(input);
  REQUIRE(source.ok());
  ingest::RunOptions options;
  options.batch_size = 6;
  options.overlap = true;
  std::atomic<bool> stop{false};
  ingest::RunTotals totals;
  size_t committed = 0;
  REQUIRE(ingest::Run(**source, pipeline, stop, options, &totals, [&](const ingest::BatchOutcome&) {
            // Committed only after its observers ran (it is durable), and before the next
            // batch is observed. The next batch's stage and applied events may come in between:
            // it is applied on the writer thread while this one completes here.
            const std::lock_guard<std::mutex> lock(mu);
            auto last = std::find_if(events.rbegin(), events.rend(), [](const std::string& e) {
              return e.rfind("observed", 0) == 0;
            });
            CHECK((last != events.rend() && *last == "observed " + std::to_string(committed)));
            ++committed;
          }).ok());
  REQUIRE(totals.batches > 5);
  CHECK(committed == totals.batches);
  CHECK(staged == totals.batches);
  CHECK(applied == totals.batches);
  CHECK(observed == totals.batches);
  std::map<std::string, size_t> at;  // event -> position in the log
  for (size_t i = 0; i < events.size(); ++i) at[events[i]] = i;
  for (size_t k = 0; k < totals.batches; ++k) {
    const std::string n = std::to_string(k), next = std::to_string(k + 1);
    CHECK(at["stage " + n] < at["applied " + n]);
    CHECK(at["applied " + n] < at["observed " + n]);
    if (k + 1 < totals.batches) {
      CHECK(at["applied " + n] < at["stage " + next]);      // one batch applied at a time
      CHECK(at["observed " + n] < at["observed " + next]);  // durable in order
    }
  }
}
