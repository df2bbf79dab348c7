// newsfacts_ner_train: trains the averaged-perceptron name classifier of extract/ner_tagger.h
// from CoNLL files (TOKEN<TAB>TAG, IOB2, PER/ORG/LOC/MISC; MISC is trained as O) and writes
// the model text that extract/CMakeLists.txt compiles in (extract/data/ner_model.txt).
//
//   newsfacts_ner_train --train de:FILE ... [--dev de:FILE ...] [--epochs 6] > ner_model.txt
//
// Only capitalised tokens are classified (the same filter as at run time); the features
// come from extract/ner_features.h. Deterministic: sentences are shuffled with a fixed seed.
// The reproducible command is tools/ner_train/train.sh.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/ner_features.h"

namespace ner = newsfacts::extract::ner;
using newsfacts::extract::Lang;

namespace {

struct Sentence {
  Lang lang;
  std::vector<std::string> tokens;
  std::vector<ner::Label> labels;
};

bool IsWord(const std::string& t) {
  for (unsigned char c : t) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80)
      return true;
  }
  return false;
}

bool Load(const std::string& spec, std::vector<Sentence>* out) {
  size_t colon = spec.find(':');
  if (colon == std::string::npos) return false;
  std::string l = spec.substr(0, colon), path = spec.substr(colon + 1);
  Lang lang = l == "de"   ? Lang::kDe
              : l == "es" ? Lang::kEs
              : l == "en" ? Lang::kEn
                          : Lang::kUnknown;
  std::ifstream in(path);
  if (!in) {
    std::cerr << "ner_train: cannot read " << path << "\n";
    return false;
  }
  Sentence s{lang, {}, {}};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (!s.tokens.empty()) out->push_back(std::move(s));
      s = Sentence{lang, {}, {}};
      continue;
    }
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string tag = line.substr(tab + 1);
    ner::Label lab = ner::kNerO;
    if (tag.size() > 2) {
      std::string t = tag.substr(2);
      lab = t == "PER"   ? ner::kNerPer
            : t == "ORG" ? ner::kNerOrg
            : t == "LOC" ? ner::kNerLoc
                         : ner::kNerO;
    }
    s.tokens.push_back(line.substr(0, tab));
    s.labels.push_back(lab);
  }
  if (!s.tokens.empty()) out->push_back(std::move(s));
  return true;
}

struct Weights {
  std::array<float, ner::kNumLabels> w{}, total{};
  std::array<int64_t, ner::kNumLabels> stamp{};
};

class Perceptron {
 public:
  int Predict(const uint64_t* f, int n) const {
    std::array<float, ner::kNumLabels> score{};
    for (int i = 0; i < n; ++i) {
      auto it = w_.find(f[i]);
      if (it == w_.end()) continue;
      for (int k = 0; k < ner::kNumLabels; ++k) score[k] += it->second.w[k];
    }
    return static_cast<int>(std::max_element(score.begin(), score.end()) - score.begin());
  }
  void Update(const uint64_t* f, int n, int truth, int guess) {
    ++t_;
    if (truth == guess) return;
    for (int i = 0; i < n; ++i) {
      Weights& w = w_[f[i]];
      for (int k : {truth, guess}) {
        w.total[k] += static_cast<float>(t_ - w.stamp[k]) * w.w[k];
        w.stamp[k] = t_;
        w.w[k] += k == truth ? 1.f : -1.f;
      }
    }
  }
  void Average() {
    for (auto& [h, w] : w_) {
      for (int k = 0; k < ner::kNumLabels; ++k) {
        w.total[k] += static_cast<float>(t_ - w.stamp[k]) * w.w[k];
        w.w[k] = w.total[k] / static_cast<float>(t_);
      }
    }
  }
  const std::unordered_map<uint64_t, Weights>& weights() const { return w_; }

 private:
  std::unordered_map<uint64_t, Weights> w_;
  int64_t t_ = 0;
};

// Runs the classifier over a sentence's capitalised tokens (greedy, left to right), calling
// fn(features, n, truth, guess&) so training and evaluation share the walk.
template <typename Fn>
void Walk(const Sentence& s, Fn fn) {
  std::string lower;
  std::vector<ner::TokenInfo> info;
  info.reserve(s.tokens.size());
  for (const std::string& tok : s.tokens) info.push_back(ner::Describe(tok, &lower));
  const ner::TokenInfo edge = ner::EdgeInfo();
  uint64_t feats[ner::kMaxFeatures];
  ner::Label prev_label = ner::kNerO;
  bool seen_word = false;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const std::string& tok = s.tokens[i];
    if (!ner::StartsUpper(tok)) {
      if (IsWord(tok)) seen_word = true;
      prev_label = ner::kNerO;
      continue;
    }
    ner::TokenContext ctx;
    ctx.prev = i > 0 ? info[i - 1] : edge;
    ctx.next = i + 1 < s.tokens.size() ? info[i + 1] : edge;
    ctx.cur = info[i];
    ctx.first = !seen_word;
    ctx.prev_label = prev_label;
    int n = ner::Features(s.lang, ctx, feats);
    int guess = fn(feats, n, static_cast<int>(s.labels[i]));
    prev_label = static_cast<ner::Label>(guess);
    seen_word = true;
  }
}

void Evaluate(const Perceptron& p, const std::vector<Sentence>& dev, const char* name) {
  int tp[ner::kNumLabels] = {}, fp[ner::kNumLabels] = {}, fn_[ner::kNumLabels] = {}, n = 0, ok = 0;
  for (const Sentence& s : dev) {
    Walk(s, [&](const uint64_t* f, int nf, int truth) {
      int g = p.Predict(f, nf);
      ++n;
      ok += g == truth;
      if (g == truth) {
        ++tp[g];
      } else {
        ++fp[g];
        ++fn_[truth];
      }
      return g;
    });
  }
  std::cerr << name << ": capitalised tokens " << n << ", accuracy " << (n ? 1.0 * ok / n : 0);
  for (int k = 1; k < ner::kNumLabels; ++k) {
    double pr = tp[k] + fp[k] ? 1.0 * tp[k] / (tp[k] + fp[k]) : 0;
    double rc = tp[k] + fn_[k] ? 1.0 * tp[k] / (tp[k] + fn_[k]) : 0;
    std::cerr << "  " << ner::kLabelNames[k] << " P=" << pr << " R=" << rc;
  }
  std::cerr << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<Sentence> train, dev;
  int epochs = 6;
  double min_weight = 0.05;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--train" && i + 1 < argc) {
      if (!Load(argv[++i], &train)) return 2;
    } else if (a == "--dev" && i + 1 < argc) {
      if (!Load(argv[++i], &dev)) return 2;
    } else if (a == "--epochs" && i + 1 < argc) {
      epochs = std::stoi(argv[++i]);
    } else if (a == "--min-weight" && i + 1 < argc) {
      min_weight = std::stod(argv[++i]);
    } else {
      std::cerr << "usage: newsfacts_ner_train --train LANG:FILE ... [--dev LANG:FILE ...] "
                   "[--epochs N] [--min-weight W] > model.txt\n";
      return 2;
    }
  }
  if (train.empty()) {
    std::cerr << "ner_train: no training sentences\n";
    return 2;
  }
  Perceptron p;
  std::mt19937 rng(20261201);
  for (int e = 0; e < epochs; ++e) {
    std::shuffle(train.begin(), train.end(), rng);
    for (const Sentence& s : train) {
      Walk(s, [&](const uint64_t* f, int n, int truth) {
        int g = p.Predict(f, n);
        p.Update(f, n, truth, g);
        return g;
      });
    }
  }
  p.Average();
  Evaluate(p, train, "train");
  if (!dev.empty()) Evaluate(p, dev, "dev");
  // Weights scaled by 100 and rounded; features whose weights are all below min_weight
  // are dropped (they never change a decision noticeably).
  std::vector<std::pair<uint64_t, std::array<int, ner::kNumLabels>>> rows;
  for (const auto& [h, w] : p.weights()) {
    std::array<int, ner::kNumLabels> q{};
    bool keep = false;
    for (int k = 0; k < ner::kNumLabels; ++k) {
      keep = keep || std::fabs(w.w[k]) >= min_weight;
      q[k] = static_cast<int>(std::lround(w.w[k] * 100.0));
    }
    if (keep) rows.emplace_back(h, q);
  }
  std::sort(rows.begin(), rows.end());
  std::printf("# newsfacts name classifier (averaged perceptron), %zu features; labels",
              rows.size());
  for (auto l : ner::kLabelNames) std::printf(" %.*s", static_cast<int>(l.size()), l.data());
  std::printf("\n# generated by tools/ner_train/train.sh; do not edit\n");
  for (const auto& [h, q] : rows) {
    std::printf("%llx", static_cast<unsigned long long>(h));
    for (int v : q) std::printf(" %d", v);
    std::printf("\n");
  }
  std::cerr << "features kept: " << rows.size() << " of " << p.weights().size() << "\n";
  return 0;
}
