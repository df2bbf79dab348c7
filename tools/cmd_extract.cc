// newsfacts extract: text -> one JSON line per figure (and per entity mention with
// --entities). Plain-text files (doc = base name) or, with --jsonl, articles (doc = id).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "common/terminal.h"
#include "extract/extractor.h"
#include "extract/figure_json.h"
#include "ingest/article_decoder.h"
#include "ingest/file_source.h"
#include "ingest/worker_pool.h"
#include "tools/cli_util.h"
#include "tools/command.h"
#include "tools/extractor_factory.h"
#include "tools/threads_flag.h"

namespace newsfacts::tools {

namespace {

struct ExtractArgs {
  std::string lang = "auto";
  bool jsonl = false;
  bool entities = false;
  std::string entities_file;
  std::vector<std::string> files;
  std::string threads;  // --threads (tools/threads_flag.h): --jsonl articles in parallel
};

void AppendExtraction(std::string_view doc, const extract::Extraction& x, bool with_field,
                      bool entities, std::string* out) {
  for (const auto& f : x.figures) {
    extract::AppendFigureJson(doc, f, with_field, out);
    out->push_back('\n');
  }
  if (!entities) return;
  for (const auto& m : x.entities) {
    extract::AppendEntityJson(doc, m, with_field, out);
    out->push_back('\n');
  }
}

int RunExtract(const ExtractArgs& args) {
  extract::Lang lang = extract::Lang::kUnknown;
  if (args.lang != "auto") {
    auto l = extract::ParseLang(args.lang);
    if (!l) throw UsageError("--lang must be de, es, en or auto");
    lang = *l;
  }
  const size_t threads = ThreadsFromFlag(args.threads);
  ExtractorHolder holder = MakeExtractor(args.entities_file);
  const extract::Extractor& extractor = *holder.extractor;
  std::vector<std::string> files = args.files;
  if (files.empty()) files.emplace_back("-");

  int rc = kExitOk;
  extract::Extraction x;
  std::string out;
  ingest::WorkerPool pool(threads);
  std::vector<std::unique_ptr<ingest::ArticleDecoder>> decoders;  // one per pool slot
  for (size_t i = 0; i < pool.threads(); ++i) {
    decoders.push_back(std::make_unique<ingest::ArticleDecoder>());
  }
  struct Extracted {
    common::Status status;
    std::string id;
    extract::Extraction x;
  };
  std::vector<Extracted> results;
  std::vector<ingest::Message> lines;
  for (const auto& path : files) {
    if (args.jsonl) {
      // One article per line, streamed; errors name the line and the rest goes on.
      auto source = ingest::FileSource::Open(path);
      if (!source.ok()) {
        CliError("extract", source.status().message());
        rc = kExitRuntime;
        continue;
      }
      while (!(*source)->AtEnd()) {
        lines.clear();
        common::Status polled = (*source)->Poll(256, std::chrono::milliseconds(0), &lines);
        if (!polled.ok()) {
          CliError("extract", polled.message());
          rc = kExitRuntime;
          break;
        }
        // Decode + extract on the pool, print in input order.
        results.assign(lines.size(), Extracted());
        pool.ParallelFor(lines.size(), [&](size_t i, size_t slot) {
          Extracted& r = results[i];
          auto article = decoders[slot]->Decode(lines[i].payload);
          if (!article.ok()) {
            r.status = article.status();
            return;
          }
          if (lang != extract::Lang::kUnknown && article->lang == extract::Lang::kUnknown) {
            article->lang = lang;
          }
          r.id = article->id;
          r.status = extractor.Extract(*article, &r.x);
        });
        for (size_t i = 0; i < lines.size(); ++i) {
          const Extracted& r = results[i];
          if (!r.status.ok()) {
            CliError("extract", path + ":" + std::to_string(lines[i].position.offset + 1) + ": " +
                                    r.status.message());
            rc = kExitRuntime;
            continue;
          }
          AppendExtraction(r.id, r.x, true, args.entities, &out);
        }
        if (!WriteStdout(out)) return kExitRuntime;
        out.clear();
      }
      continue;
    }
    auto text = ReadFile(path);
    if (!text.ok()) {
      CliError("extract", text.status().message());
      rc = kExitRuntime;
      continue;
    }
    x.Clear();
    common::Status s = extractor.ExtractText(*text, lang, extract::Field::kBody, &x);
    if (!s.ok()) {
      CliError("extract", path + ": " + s.message());
      rc = kExitRuntime;
      continue;
    }
    const std::string doc = path == "-" ? "stdin" : std::filesystem::path(path).filename().string();
    AppendExtraction(doc, x, false, args.entities, &out);
    if (!WriteStdout(out)) return kExitRuntime;
    out.clear();
  }
  return rc;
}

}  // namespace

Command AddExtractCommand(CLI::App& app) {
  auto args = std::make_shared<ExtractArgs>();
  Command c;
  c.app = app.add_subcommand(
      "extract",
      "Print one JSON line per figure found in text files (doc = file name) or, with --jsonl, "
      "in articles (doc = id). Reads stdin when no FILE is given.");
  c.app->add_option("--lang", args->lang, "Language of plain-text input: de, es, en or auto")
      ->capture_default_str();
  c.app->add_flag("--jsonl", args->jsonl, "Input lines are JSON articles (see README)");
  c.app->add_flag("--entities", args->entities, "Also print entity mentions (kind \"entity\")");
  c.app->add_option("--entities-file", args->entities_file,
                    "Extra gazetteer entries (extract/data format), merged over the default");
  AddThreadsOption(c.app, &args->threads);
  c.app->add_option("FILE", args->files, "Input files; - or none = stdin");
  c.run = [args] { return RunExtract(*args); };
  return c;
}

}  // namespace newsfacts::tools
