// newsfacts reindex: re-extracts every stored article with the current extractor (facts and
// index entries of changed articles are replaced in place, unchanged ones are left alone),
// then rebuilds the indicators from the stored facts.
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "common/terminal.h"
#include "extract/extractor.h"
#include "ingest/clock.h"
#include "ingest/indicator_config.h"
#include "ingest/indicators.h"
#include "ingest/worker_pool.h"
#include "ingest/write_overlap.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"
#include "tools/extractor_factory.h"
#include "tools/threads_flag.h"

namespace newsfacts::tools {

namespace {

struct ReindexArgs {
  std::string db;
  std::string entities_file;
  std::string config;
  size_t batch_size = 500;
  std::string threads;  // --threads (tools/threads_flag.h)
  bool quiet = false;
};

int RunReindex(const ReindexArgs& args) {
  if (args.db.empty()) throw UsageError("--db DIR is required");
  if (args.batch_size == 0) throw UsageError("--batch-size must be at least 1");
  const size_t threads = ThreadsFromFlag(args.threads);
  ExtractorHolder holder = MakeExtractor(args.entities_file);
  ingest::IndicatorConfig config = ingest::IndicatorConfig::Default();
  if (!args.config.empty()) {
    auto loaded = ingest::IndicatorConfig::Load(args.config);
    if (!loaded.ok()) throw UsageError("--config: " + loaded.status().message());
    config = std::move(loaded).value();
  }
  store::OpenOptions open;
  open.create_if_missing = false;
  open.sync_writes = true;  // a batch counts once its WAL is fsynced, as in ingest
  auto db = store::Store::Open(args.db, open);
  if (!db.ok()) {
    CliError("reindex", db.status().ToString());
    return kExitRuntime;
  }
  // The progress line needs the number of articles (a count over the keys: cheap next to
  // re-extracting them).
  ProgressLine progress("reindex", "articles", ProgressWanted(args.quiet));
  int64_t stored_articles = 0;
  if (ProgressWanted(args.quiet)) {
    if (auto stats = (*db)->Stats(); stats.ok())
      stored_articles = static_cast<int64_t>(stats->articles);
  }
  // Articles are scanned in batches; each batch is extracted on the pool, assembled in scan
  // order and applied as one WriteBatch (Durability::kDeferred) on the pool's writer thread
  // while the next batch is scanned and extracted; once it is applied, the next batch goes to
  // the writer and the pool's sync thread fsyncs the WAL (Store::SyncDeferred) while that one
  // is applied and this thread scans and extracts the one after: the three-stage overlap of
  // ingest::Run, from the same code (ingest/write_overlap.h). A batch is counted only after
  // its fsync. With --threads 1 everything runs in order on this thread.
  ingest::WorkerPool pool(threads);
  ingest::WriteOverlap<store::WriteResult> writes(&pool, [&db]() { return (*db)->SyncDeferred(); });
  std::vector<store::StoredArticle> pending;
  pending.reserve(args.batch_size);
  store::WriteResult total;
  size_t articles = 0, rejected = 0;
  common::Status failure;
  auto durable = [&](store::WriteResult written) -> common::Status {  // counts a synced batch
    total.articles_replaced += written.articles_replaced;
    total.articles_unchanged += written.articles_unchanged;
    total.facts_written += written.facts_written;
    return common::Status::Ok();
  };
  std::vector<extract::Extraction> extractions;
  std::vector<common::Status> extracted;
  auto flush = [&]() {
    extractions.assign(pending.size(), extract::Extraction());
    extracted.assign(pending.size(), common::Status::Ok());
    pool.ParallelFor(pending.size(), [&](size_t i, size_t) {
      extracted[i] = holder.extractor->Extract(pending[i].article, &extractions[i]);
    });
    auto batch = std::make_shared<store::Batch>();
    for (size_t i = 0; i < pending.size(); ++i) {
      const store::StoredArticle& a = pending[i];
      if (!extracted[i].ok()) {  // stored articles passed the extractor once: report, keep
        ++rejected;
        CliError("reindex", "article " + a.article.id + ": " + extracted[i].message());
        continue;
      }
      batch->PutArticle(a.article, extractions[i], a.position, extract::Extractor::kVersion,
                        a.ingested_at_ms);
    }
    pending.clear();
    if (batch->empty()) return true;
    failure = writes.Next(
        [&db, batch]() { return (*db)->Write(*batch, store::Durability::kDeferred); }, durable);
    return failure.ok();
  };
  common::Status scan = (*db)->ScanArticles([&](const store::StoredArticle& a) {
    ++articles;
    progress.Update(articles, static_cast<int64_t>(articles), stored_articles);
    pending.push_back(a);
    return pending.size() < args.batch_size || flush();
  });
  if (scan.ok() && failure.ok() && !pending.empty()) flush();
  if (failure.ok()) {
    failure = writes.Finish(durable);
  } else {
    (void)writes.TakeApplied();  // after a failure nothing more is counted
  }
  progress.Finish();
  if (!scan.ok() || !failure.ok()) {
    CliError("reindex", (scan.ok() ? failure : scan).ToString());
    return kExitRuntime;
  }
  common::Status rebuilt = ingest::RebuildIndicators(db->get(), config, ingest::SystemClock::Get());
  if (!rebuilt.ok()) {
    CliError("reindex", "indicators: " + rebuilt.ToString());
    return kExitRuntime;
  }
  if (args.quiet) return rejected == 0 ? kExitOk : kExitRuntime;
  CliReport("reindex", fmt::format("{} articles ({} re-extracted with changes, {} unchanged, {} "
                                   "failed), {} facts written, indicators rebuilt",
                                   articles, total.articles_replaced, total.articles_unchanged,
                                   rejected, total.facts_written));
  return rejected == 0 ? kExitOk : kExitRuntime;
}

}  // namespace

Command AddReindexCommand(CLI::App& app) {
  auto args = std::make_shared<ReindexArgs>();
  Command c;
  c.app = app.add_subcommand(
      "reindex", "Re-extract all stored articles with the current extractor, rebuild indicators");
  c.app->add_option("--db", args->db, "Database directory")->required();
  c.app->add_option("--entities-file", args->entities_file,
                    "Extra gazetteer entries merged over the default");
  c.app->add_option("--config", args->config, "Indicator/alert config (TOML); default built in");
  c.app->add_option("--batch-size", args->batch_size, "Articles per atomic write")
      ->capture_default_str();
  AddThreadsOption(c.app, &args->threads);
  c.app->add_flag("-q,--quiet", args->quiet,
                  "No summary line and no progress line (drawn only when stderr is a terminal)");
  c.run = [args] { return RunReindex(*args); };
  return c;
}

}  // namespace newsfacts::tools
