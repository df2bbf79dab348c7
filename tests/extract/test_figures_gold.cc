// Scores the extractor on the seed gold set (tests/data/gold, a copy of ../shared/gold/seed_*)
// with the rule of ../shared/gold/README.md (the same as score_figures.py).
#include <simdjson.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/figure_json.h"
#include "tests/test_util.h"

namespace newsfacts::extract {
namespace {

using ::newsfacts::testing::ReadFile;

struct Gold {
  std::string doc, kind, unit, surface;
  double value = 0;
  std::optional<double> value_high;
  bool required = true;
};

bool Close(double a, double b) {
  return std::fabs(a - b) <= std::max(1e-9, 1e-3 * std::max(std::fabs(a), std::fabs(b)));
}

std::string NormKind(std::string_view k) {
  return k == "number" ? "count" : std::string(k);
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string Digits(std::string_view s) {
  std::string r;
  for (char c : s) {
    if (c >= '0' && c <= '9') r.push_back(c);
  }
  return r;
}

struct Pred {
  std::string doc;
  Figure f;
};

TEST_CASE("seed gold: recall >= 0.95, precision >= 0.90, no trap hits", "[gold]") {
  const std::string dir = NEWSFACTS_TEST_DATA_DIR;
  simdjson::dom::parser parser;
  std::vector<Gold> gold;
  for (const std::string& line : [&] {
         std::vector<std::string> lines;
         std::istringstream in(ReadFile(dir + "/gold/seed_figures.jsonl"));
         for (std::string l; std::getline(in, l);) {
           if (!l.empty()) lines.push_back(l);
         }
         return lines;
       }()) {
    simdjson::dom::element e = parser.parse(line);
    Gold g;
    g.doc = std::string(std::string_view(e["doc"]));
    g.kind = std::string(std::string_view(e["kind"]));
    g.surface = std::string(std::string_view(e["surface"]));
    g.value = double(e["value"]);
    if (auto u = e["unit"]; !u.is_null()) g.unit = std::string(std::string_view(u));
    if (auto vh = e["value_high"]; vh.error() == simdjson::SUCCESS && !vh.is_null()) {
      g.value_high = double(vh);
    }
    g.required = bool(e["required"]);
    gold.push_back(g);
  }
  REQUIRE(gold.size() > 40);

  std::map<std::string, bool> docs;
  for (const Gold& g : gold) docs[g.doc] = true;
  const Extractor extractor(ExtractorOptions{.entities = false});
  std::vector<Pred> preds;
  std::string jsonl;
  for (const auto& [doc, unused] : docs) {
    const std::string text = ReadFile(dir + "/seeds/" + doc);
    REQUIRE(!text.empty());
    Extraction out;
    REQUIRE(extractor.ExtractText(text, Lang::kUnknown, Field::kBody, &out).ok());
    for (const Figure& f : out.figures) {
      if (f.kind == FigureKind::kQuantity) continue;  // not scored
      preds.push_back({doc, f});
      AppendFigureJson(doc, f, false, &jsonl);
      jsonl += '\n';
    }
  }
  std::ofstream(std::string(NEWSFACTS_BINARY_DIR) + "/seed_figures_pred.jsonl") << jsonl;

  // Greedy matching, required gold first (as score_figures.py).
  std::vector<bool> used(preds.size(), false);
  std::vector<int> order;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold[i].required) order.push_back(static_cast<int>(i));
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    if (!gold[i].required) order.push_back(static_cast<int>(i));
  }
  int required = 0, required_hit = 0, tp = 0;
  for (int gi : order) {
    const Gold& g = gold[gi];
    const bool scored = g.kind == "money" || g.kind == "percent" || g.kind == "count";
    if (g.required && scored) ++required;
    for (size_t pi = 0; pi < preds.size(); ++pi) {
      const Figure& f = preds[pi].f;
      if (used[pi] || preds[pi].doc != g.doc) continue;
      if (NormKind(FigureKindName(f.kind)) != NormKind(g.kind)) continue;
      if (!Close(g.value, f.value)) continue;
      if (g.value_high && (!f.value_high || !Close(*g.value_high, *f.value_high))) continue;
      if (g.kind == "money" && !g.unit.empty() && Upper(f.unit) != Upper(g.unit)) continue;
      used[pi] = true;
      ++tp;
      if (g.required && scored) ++required_hit;
      break;
    }
  }
  int trap_hits = 0;
  std::istringstream traps(ReadFile(dir + "/gold/seed_traps.jsonl"));
  for (std::string l; std::getline(traps, l);) {
    if (l.empty()) continue;
    simdjson::dom::element t = parser.parse(l);
    const std::string tdoc{std::string_view(t["doc"])};
    const std::string tdigits = Digits(std::string_view(t["surface"]));
    const double tv = double(t["value"]);
    for (const Pred& p : preds) {
      const std::string d = Digits(p.f.surface);
      if (p.doc == tdoc && Close(tv, p.f.value) && !d.empty() &&
          tdigits.find(d) != std::string::npos) {
        ++trap_hits;
        UNSCOPED_INFO("trap hit: " << tdoc << " " << p.f.surface);
      }
    }
  }
  for (size_t pi = 0; pi < preds.size(); ++pi) {
    if (!used[pi]) UNSCOPED_INFO("FP " << preds[pi].doc << " «" << preds[pi].f.surface << "»");
  }
  const double recall = required ? static_cast<double>(required_hit) / required : 1.0;
  const double precision = preds.empty() ? 0.0 : static_cast<double>(tp) / preds.size();
  std::printf("seed gold: recall=%.4f (%d/%d) precision=%.4f (%d/%zu) trap_hits=%d\n", recall,
              required_hit, required, precision, tp, preds.size(), trap_hits);
  CHECK(recall >= 0.95);
  CHECK(precision >= 0.90);
  CHECK(trap_hits == 0);
}

}  // namespace
}  // namespace newsfacts::extract
