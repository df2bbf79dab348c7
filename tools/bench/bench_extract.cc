// Benchmark: single-thread throughput of full figure extraction (window normalization
// included) over the German and the Spanish news corpus.
//
//   newsfacts_bench_extract [--corpus DIR] [--rounds N] [--entities] [--no-names] [--lang L]
//
// Reads DIR/de_*.jsonl, DIR/es_*.jsonl and DIR/en_*.jsonl (fields lang, title, body), runs
// Extractor::Extract (entities off; --entities: figures + gazetteer + name tagger +
// attribution; --no-names: without the name tagger) on every article N times and prints MB/s per
// language (MB = 10^6 bytes of title + body): best wall-clock round, and the same from this
// thread's CPU time (CLOCK_THREAD_CPUTIME_ID), which stays meaningful when other processes load the
// machine. It also prints the user-space instructions retired per byte (mean over the rounds,
// perf_event_open on this thread; "n/a" where the kernel refuses), which does not depend on the
// machine's load at all: compare code versions by that number.
#include <linux/perf_event.h>
#include <simdjson.h>
#include <sys/syscall.h>
#include <unistd.h>

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

// Counts the user-space instructions retired by the calling thread. Thread-compatible; owns
// its perf event file descriptor.
class InstructionCounter {
 public:
  InstructionCounter() {
    perf_event_attr attr{};
    attr.type = PERF_TYPE_HARDWARE;
    attr.size = sizeof(attr);
    attr.config = PERF_COUNT_HW_INSTRUCTIONS;
    attr.exclude_kernel = 1;
    attr.exclude_hv = 1;
    fd_ = static_cast<int>(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
  }
  ~InstructionCounter() {
    if (fd_ >= 0) close(fd_);
  }
  InstructionCounter(const InstructionCounter&) = delete;
  InstructionCounter& operator=(const InstructionCounter&) = delete;
  bool ok() const { return fd_ >= 0; }
  // Instructions so far (0 when !ok()).
  uint64_t Read() const {
    uint64_t v = 0;
    if (fd_ < 0 || read(fd_, &v, sizeof(v)) != sizeof(v)) return 0;
    return v;
  }

 private:
  int fd_ = -1;
};

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
  std::string only_lang;
  app.add_option("--lang", only_lang, "only this language (de, es or en)")
      ->check(CLI::IsMember({"de", "es", "en"}));
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
  const InstructionCounter counter;
  for (const auto& [prefix, lang] :
       {std::pair{"de_", Lang::kDe}, std::pair{"es_", Lang::kEs}, std::pair{"en_", Lang::kEn}}) {
    if (!only_lang.empty() && only_lang != newsfacts::extract::LangName(lang)) continue;
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
    const uint64_t i0 = counter.Read();
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
    const double per_byte = static_cast<double>(counter.Read() - i0) / rounds / bytes;
    char instr[32] = "n/a";
    if (counter.ok()) std::snprintf(instr, sizeof(instr), "%.2f", per_byte);
    std::printf(
        "%s articles=%zu bytes=%zu figures=%zu best_of_%d: wall %.4f s = %.1f MB/s, "
        "thread CPU %.4f s = %.1f MB/s, instructions:u/byte %s\n",
        std::string(newsfacts::extract::LangName(lang)).c_str(), articles.size(), bytes, figures,
        rounds, best, bytes / best / 1e6, best_cpu, bytes / best_cpu / 1e6, instr);
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
