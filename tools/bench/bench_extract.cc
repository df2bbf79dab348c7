// Benchmark: single-thread throughput of full figure extraction (window normalization
// included) over the German and the Spanish news corpus.
//
//   newsfacts_bench_extract [--corpus DIR] [--rounds N] [--entities] [--no-names]
//
// Reads DIR/de_*.jsonl, DIR/es_*.jsonl and DIR/en_*.jsonl (fields lang, title, body), runs
// Extractor::Extract (entities off; --entities: figures + gazetteer + name tagger +
// attribution; --no-names: without the name tagger) on every article N times and prints MB/s per
// language (MB = 10^6 bytes of title + body): best wall-clock round, and the same from this
// thread's CPU time (CLOCK_THREAD_CPUTIME_ID), which stays meaningful when other processes load the
// machine.
#include <simdjson.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/ner_tagger.h"
#include "tools/bench/corpus.h"

namespace {

using newsfacts::extract::Article;
using newsfacts::extract::Extraction;
using newsfacts::extract::Extractor;
using newsfacts::extract::ExtractorOptions;
using newsfacts::extract::Lang;
using newsfacts::extract::NameTagger;

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

}  // namespace

static int Run(int argc, char** argv) {
  CLI::App app{"figure extraction throughput"};
  std::string corpus = std::string(NEWSFACTS_SHARED_DIR) + "/corpus";
  int rounds = 5;
  app.add_option("--corpus", corpus, "directory with de_*.jsonl and es_*.jsonl");
  app.add_option("--rounds", rounds, "passes over the corpus per language")
      ->check(CLI::PositiveNumber);
  bool entities = false, no_names = false;
  app.add_flag("--entities", entities, "full extraction: entities and attribution too");
  app.add_flag("--no-names", no_names, "with --entities: without the name tagger");
  CLI11_PARSE(app, argc, argv);

  if (entities && !no_names) {
    const auto t0 = std::chrono::steady_clock::now();
    const NameTagger& tagger = NameTagger::Default();
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("name tagger: %zu features, load %.1f ms, tables %.2f MB\n", tagger.num_features(),
                ms, tagger.memory_bytes() / 1e6);
  }
  const Extractor extractor(ExtractorOptions{.entities = entities, .names = !no_names});
  for (const auto& [prefix, lang] :
       {std::pair{"de_", Lang::kDe}, std::pair{"es_", Lang::kEs}, std::pair{"en_", Lang::kEn}}) {
    const std::vector<Article> articles = newsfacts::bench::LoadCorpus(corpus, prefix, lang);
    size_t bytes = 0;
    for (const Article& a : articles) bytes += a.title.size() + a.body.size();
    if (articles.empty()) {
      std::fprintf(stderr, "no %s*.jsonl articles in %s\n", prefix, corpus.c_str());
      return 1;
    }
    Extraction out;
    size_t figures = 0;
    double best = 1e100, best_cpu = 1e100;
    for (int r = 0; r < rounds; ++r) {
      figures = 0;
      const double c0 = ThreadCpuSeconds();
      const auto t0 = std::chrono::steady_clock::now();
      for (const Article& a : articles) {
        if (!extractor.Extract(a, &out).ok()) return 1;
        figures += out.figures.size();
      }
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      best = std::min(best, s);
      best_cpu = std::min(best_cpu, ThreadCpuSeconds() - c0);
    }
    std::printf(
        "%s articles=%zu bytes=%zu figures=%zu best_of_%d: wall %.4f s = %.1f MB/s, "
        "thread CPU %.4f s = %.1f MB/s\n",
        std::string(newsfacts::extract::LangName(lang)).c_str(), articles.size(), bytes, figures,
        rounds, best, bytes / best / 1e6, best_cpu, bytes / best_cpu / 1e6);
  }
  return 0;
}

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {  // CLI setup, allocation, file errors
    std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
    return 1;
  }
}
