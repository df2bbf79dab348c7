// Benchmark: single-thread throughput of the entity stage over the German and the Spanish
// news corpus, alone and together with figure extraction:
//   match    EntityMatcher::Find over the built-in gazetteer, with the hyperscan prefilter
//            (default) and with the plain token hash scan
//   figures  FindFigures alone (the figure stage, for reference)
//   attribute Attribute alone on precomputed figures and mentions
//   full     FindFigures + EntityMatcher::Find + Attribute (what Extractor runs per field)
//   hs_raw   for comparison: a hyperscan literal scan of all gazetteer aliases (caseless,
//            end offsets only; no word-boundary check, no verification) — a lower bound on
//            the cost of a hyperscan-based matcher.
//
//   newsfacts_bench_entities [--corpus DIR] [--rounds N]
//
// Prints MB/s per language and mode (MB = 10^6 bytes of title + body), best of N rounds,
// measured in thread CPU time (MB/s per core).
#include <hs/hs.h>
#include <simdjson.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "extract/attribution.h"
#include "extract/entity_matcher.h"
#include "extract/figure_finder.h"
#include "extract/gazetteer.h"
#include "tools/bench/corpus.h"

namespace {

namespace nf = newsfacts::extract;

using Text = nf::Article;

double BestOf(int rounds, const std::function<void()>& run) {
  double best = 1e100;
  for (int r = 0; r < rounds; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    run();
    best = std::min(best,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

int OnMatch(unsigned int, unsigned long long, unsigned long long, unsigned int, void* ctx) {
  ++*static_cast<size_t*>(ctx);
  return 0;
}

}  // namespace

static int Run(int argc, char** argv) {
  CLI::App app{"entity matching + attribution throughput"};
  std::string corpus = std::string(NEWSFACTS_SHARED_DIR) + "/corpus";
  int rounds = 5;
  app.add_option("--corpus", corpus, "directory with de_*.jsonl and es_*.jsonl");
  app.add_option("--rounds", rounds, "passes over the corpus per language")
      ->check(CLI::PositiveNumber);
  CLI11_PARSE(app, argc, argv);

  const nf::Gazetteer& g = nf::Gazetteer::Default();
  const nf::EntityMatcher matcher(g);  // hyperscan prefilter (default)
  const nf::EntityMatcher token_matcher(g, {.use_hyperscan = false});

  // Hyperscan database of every alias as a caseless literal.
  std::vector<std::string> lits;
  for (const nf::GazetteerEntry& e : g.entries()) {
    for (const nf::GazetteerAlias& a : e.aliases) {
      lits.push_back(a.text);
    }
  }
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
  std::vector<unsigned> flags(lits.size(), HS_FLAG_CASELESS), ids(lits.size());
  for (size_t i = 0; i < lits.size(); ++i) {
    ptrs.push_back(lits[i].data());
    lens.push_back(lits[i].size());
    ids[i] = static_cast<unsigned>(i);
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(ptrs.data(), flags.data(), ids.data(), lens.data(),
                           static_cast<unsigned>(lits.size()), HS_MODE_BLOCK, nullptr, &db,
                           &err) != HS_SUCCESS) {
    std::fprintf(stderr, "hyperscan: %s\n", err ? err->message : "compile failed");
    return 1;
  }
  hs_scratch_t* scratch = nullptr;
  if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) return 1;

  for (const auto& set : {std::pair{"de_", nf::Lang::kDe}, std::pair{"es_", nf::Lang::kEs}}) {
    // Not a structured binding: lambdas below capture the language (clang before 16 cannot).
    const char* const prefix = set.first;
    const nf::Lang lang = set.second;
    const std::vector<Text> texts = newsfacts::bench::LoadCorpus(corpus, prefix, lang);
    if (texts.empty()) {
      std::fprintf(stderr, "no %s*.jsonl articles in %s\n", prefix, corpus.c_str());
      return 1;
    }
    size_t bytes = 0;
    for (const Text& t : texts) bytes += t.title.size() + t.body.size();

    size_t mentions = 0, figures = 0, attributed = 0, hs_hits = 0;
    std::vector<nf::EntityMention> ms;
    std::vector<nf::Figure> fs;
    const double match = BestOf(rounds, [&] {
      mentions = 0;
      for (const Text& t : texts) {
        for (const std::string* f : {&t.title, &t.body}) {
          ms.clear();
          matcher.Find(*f, lang, nf::Field::kBody, &ms);
          mentions += ms.size();
        }
      }
    });
    size_t token_mentions = 0;
    const double match_tokens = BestOf(rounds, [&] {
      token_mentions = 0;
      for (const Text& t : texts) {
        for (const std::string* f : {&t.title, &t.body}) {
          ms.clear();
          token_matcher.Find(*f, lang, nf::Field::kBody, &ms);
          token_mentions += ms.size();
        }
      }
    });
    const double figures_only = BestOf(rounds, [&] {
      for (const Text& t : texts) {
        for (const std::string* f : {&t.title, &t.body}) {
          fs.clear();
          nf::FindFigures(*f, lang, nf::Field::kBody, &fs);
        }
      }
    });
    const double full = BestOf(rounds, [&] {
      figures = attributed = 0;
      for (const Text& t : texts) {
        for (const std::string* f : {&t.title, &t.body}) {
          ms.clear();
          fs.clear();
          nf::FindFigures(*f, lang, nf::Field::kBody, &fs);
          matcher.Find(*f, lang, nf::Field::kBody, &ms);
          nf::Attribute(*f, lang, ms, g, &fs);
          figures += fs.size();
          for (const nf::Figure& x : fs) attributed += !x.entity.empty();
        }
      }
    });
    // Attribution alone: figures and mentions precomputed; each round copies the figures
    // (timed separately) and attributes them.
    std::vector<std::vector<nf::Figure>> pre_figs;
    std::vector<std::vector<nf::EntityMention>> pre_ms;
    std::vector<const std::string*> pre_text;
    for (const Text& t : texts) {
      for (const std::string* f : {&t.title, &t.body}) {
        pre_text.push_back(f);
        pre_figs.emplace_back();
        nf::FindFigures(*f, lang, nf::Field::kBody, &pre_figs.back());
        pre_ms.emplace_back();
        matcher.Find(*f, lang, nf::Field::kBody, &pre_ms.back());
      }
    }
    const double copy_only = BestOf(rounds, [&] {
      for (size_t i = 0; i < pre_text.size(); ++i) fs = pre_figs[i];
    });
    const double attribute = BestOf(rounds, [&] {
      for (size_t i = 0; i < pre_text.size(); ++i) {
        fs = pre_figs[i];
        nf::Attribute(*pre_text[i], lang, pre_ms[i], g, &fs);
      }
    });
    const double hs_raw = BestOf(rounds, [&] {
      hs_hits = 0;
      for (const Text& t : texts) {
        for (const std::string* f : {&t.title, &t.body}) {
          hs_scan(db, f->data(), static_cast<unsigned>(f->size()), 0, scratch, OnMatch, &hs_hits);
        }
      }
    });
    const char* l = prefix[0] == 'd' ? "de" : "es";
    std::printf("%s bytes=%zu mentions=%zu figures=%zu with_entity=%zu hs_raw_hits=%zu\n", l, bytes,
                mentions, figures, attributed, hs_hits);
    std::printf("%s match (hyperscan prefilter)  %.1f MB/s  mentions=%zu\n", l, bytes / match / 1e6,
                mentions);
    std::printf("%s match (token hash scan)      %.1f MB/s  mentions=%zu\n", l,
                bytes / match_tokens / 1e6, token_mentions);
    std::printf("%s figures only (FindFigures, for reference) %.1f MB/s\n", l,
                bytes / figures_only / 1e6);
    std::printf("%s full   %.1f MB/s  (figures + entities + attribution)\n", l, bytes / full / 1e6);
    std::printf("%s attribute alone (precomputed figures+mentions) %.1f MB/s\n", l,
                bytes / std::max(1e-9, attribute - copy_only) / 1e6);
    std::printf("%s hs_raw %.1f MB/s  (hyperscan literal scan only)\n", l, bytes / hs_raw / 1e6);
  }
  hs_free_scratch(scratch);
  hs_free_database(db);
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
