// newsfacts ingest: the ingestion daemon. Reads articles from a JSONL file or stdin
// (--input), decodes, extracts and stores them in RocksDB (--db), batch by batch.
// Bad lines become dead letters (stored with their reason) and are reported; the rest goes on.
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <string>

#include "ingest/clock.h"
#include "ingest/file_source.h"
#include "ingest/pipeline.h"
#include "ingest/runner.h"
#include "store/store.h"
#include "tools/cli_util.h"
#include "tools/command.h"
#include "tools/extractor_factory.h"

namespace newsfacts::tools {

namespace {

struct IngestArgs {
  std::string input;
  std::string db;
  std::string entities_file;
  size_t batch_size = 500;
  bool quiet = false;
};

void PrintRejections(const ingest::BatchOutcome& outcome) {
  for (const auto& r : outcome.rejected) {
    std::fprintf(stderr, "newsfacts ingest: %s line %lld: %s\n", r.position.source.c_str() + 5,
                 static_cast<long long>(r.position.offset + 1), r.reason.c_str());
  }
}

int RunIngest(const IngestArgs& args) {
  if (args.input.empty()) throw UsageError("--input FILE|- is required");
  if (args.db.empty()) throw UsageError("--db DIR is required");
  if (args.batch_size == 0) throw UsageError("--batch-size must be at least 1");
  ExtractorHolder holder = MakeExtractor(args.entities_file);

  auto db = store::Store::Open(args.db, store::OpenOptions{});
  if (!db.ok()) {
    std::fprintf(stderr, "newsfacts ingest: %s\n", db.status().ToString().c_str());
    return kExitRuntime;
  }
  auto source = ingest::FileSource::Open(args.input);
  if (!source.ok()) {
    std::fprintf(stderr, "newsfacts ingest: %s\n", source.status().message().c_str());
    return kExitRuntime;
  }
  ingest::Pipeline pipeline(*holder.extractor, db->get(), ingest::SystemClock::Get());
  ingest::RunOptions options;
  options.batch_size = args.batch_size;
  ingest::RunTotals totals;
  store::WriteResult written;
  const auto& stop = InstallStopSignals();
  extract::Status s = ingest::Run(**source, pipeline, stop, options, &totals,
                                  [&](const ingest::BatchOutcome& outcome) {
                                    PrintRejections(outcome);
                                    written.articles_new += outcome.write.articles_new;
                                    written.articles_replaced += outcome.write.articles_replaced;
                                    written.articles_unchanged += outcome.write.articles_unchanged;
                                  });
  if (!args.quiet || !s.ok()) {
    std::fprintf(stderr,
                 "%s", fmt::format("newsfacts ingest: {} lines, {} articles ({} new, {} replaced, "
                             "{} unchanged), {} facts, {} bad lines (stored as dead letters)\n",
                             totals.messages, totals.articles, written.articles_new,
                             written.articles_replaced, written.articles_unchanged, totals.facts,
                             totals.dead_letters).c_str());
  }
  if (!s.ok()) {
    std::fprintf(stderr, "newsfacts ingest: %s\n", s.ToString().c_str());
    return kExitRuntime;
  }
  return kExitOk;
}

}  // namespace

Command AddIngestCommand(CLI::App& app) {
  auto args = std::make_shared<IngestArgs>();
  Command c;
  c.app = app.add_subcommand("ingest",
                             "Ingest articles (JSONL file or stdin) into a RocksDB fact store");
  c.app->add_option("--input", args->input, "JSONL file of articles, or - for stdin");
  c.app->add_option("--db", args->db, "Database directory (created if missing)");
  c.app->add_option("--batch-size", args->batch_size, "Articles per atomic write")
      ->capture_default_str();
  c.app->add_option("--entities-file", args->entities_file,
                    "Extra gazetteer entries merged over the default");
  c.app->add_flag("-q,--quiet", args->quiet, "No summary line");
  c.run = [args] { return RunIngest(*args); };
  return c;
}

}  // namespace newsfacts::tools
