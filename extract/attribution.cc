#include "extract/attribution.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "extract/entity_scan.h"
#include "extract/metric_classifier.h"
#include "extract/metrics.h"
#include "extract/period.h"
#include "extract/sentence.h"

namespace newsfacts::extract {

namespace {

// ---------------------------------------------------------------------------------------
// Entities.

constexpr std::string_view kPrepositions[] = {
    "von",   "vom",  "de",    "del",      "of",    "auf",   "für",   "mit",    "an",
    "am",    "wie",  "durch", "laut",     "según", "from",  "to",    "zu",     "zum",
    "gegen", "bei",  "con",   "para",     "a",     "al",    "en",    "in",     "im",
    "als",   "como", "entre", "zwischen", "by",    "por",   "um",    "aus",    "than",
    "for",   "with", "like",  "as",       "nach",  "unter", "sobre", "hinter", "über",
    "y",     "und",  "and",   "e",        "o",     "oder",  "or",    "sowie"};

// Nominal references to a company mentioned before.
constexpr std::string_view kNominal[] = {"unternehmen",
                                         "konzern",
                                         "gruppe",
                                         "firma",
                                         "compañía",
                                         "empresa",
                                         "grupo",
                                         "firma",
                                         "company",
                                         "group",
                                         "firm",
                                         "mutterkonzern",
                                         "muttergesellschaft",
                                         "matriz"};
constexpr std::string_view kArticles[] = {"das",  "der",    "die",    "dem",  "den", "des",
                                          "la",   "el",     "los",    "las",  "the", "este",
                                          "esta", "dieser", "dieses", "diese"};
// Nominal references naming the parent of the entity after them ("Mutterkonzern von TikTok").
constexpr std::string_view kParentNouns[] = {
    "mutterkonzern", "muttergesellschaft", "eigentümer", "matriz", "parent", "owner"};

// First bytes (lower-cased) of the nominal-reference nouns, parent nouns and "es".
bool RefFirstByte(char c) {
  switch (scan::LowerAscii(c)) {
    case 'u':
    case 'k':
    case 'g':
    case 'f':
    case 'c':
    case 'e':
    case 'm':
    case 'p':
    case 'o':
      return true;
    default:
      return false;
  }
}

bool EqualsLowerWord(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (scan::LowerAscii(word[i]) != lower[i]) return false;
  }
  return true;
}

// The word token ending at or before `pos` (skipping non-word bytes); empty if none.
std::string_view WordBefore(std::string_view text, size_t lo, size_t pos, size_t* word_start) {
  // Walk back over non-word ASCII bytes, then over the word.
  size_t i = pos;
  while (i > lo && !scan::IsAsciiAlnum(text[i - 1]) &&
         static_cast<unsigned char>(text[i - 1]) < 0x80) {
    --i;
  }
  size_t end = i;
  while (i > lo &&
         (scan::IsAsciiAlnum(text[i - 1]) || static_cast<unsigned char>(text[i - 1]) >= 0x80)) {
    --i;
  }
  *word_start = i;
  return text.substr(i, end - i);
}

bool IsArticle(std::string_view word) {
  for (std::string_view a : kArticles) {
    if (EqualsLowerWord(word, a)) return true;
  }
  return false;
}

bool IsPreposition(std::string_view word) {
  for (std::string_view p : kPrepositions) {
    if (EqualsLowerWord(word, p)) return true;
  }
  return false;
}

struct Ref {
  size_t pos = 0;
  std::string entity;  // resolved canonical name; "" = unresolved
};

// How far (bytes after the end of its sentence) a subject stays the topic that "das
// Unternehmen", "la compañía" or "es" refer to.
constexpr size_t kTopicReach = 600;

class Attributor {
 public:
  Attributor(std::string_view text, Lang lang, std::span<const EntityMention> mentions,
             const Gazetteer& g)
      : text_(text), lang_(lang), mentions_(mentions), g_(g) {}

  void Run(std::span<Figure> figures);

 private:
  bool Eligible(const EntityMention& m) const {
    return (m.type == EntityType::kOrg || m.type == EntityType::kProduct) && !g_.IsSource(m.entity);
  }
  bool Genitive(const EntityMention& m) const;
  // Mentions of the sentence, their prepositions and its nominal references. Without
  // figures only what can change the topic is needed (mentions, parent references).
  void AnalyzeSentence(size_t s, size_t e, bool has_figures);
  std::string EntityFor(const Figure& f, size_t fig_idx_in_sentence);
  void AttributeSentence(size_t s, size_t e, std::vector<Figure*>& figs);

  std::string_view text_;
  Lang lang_;
  std::span<const EntityMention> mentions_;
  const Gazetteer& g_;
  std::string topic_;     // last subject of an earlier sentence
  size_t topic_end_ = 0;  // end of the sentence it was the subject of

  // Per sentence.
  size_t s_ = 0, e_ = 0;
  std::vector<const EntityMention*> ms_;  // eligible mentions in the sentence
  std::vector<bool> prep_;                // governed by a preposition
  std::vector<Ref> refs_;                 // nominal references
  MetricClassifier cues_;
  std::vector<bool> inherited_;  // metric inherited from a list head
};

bool Attributor::Genitive(const EntityMention& m) const {
  if (m.end + 1 < text_.size() && (text_.substr(m.end, 2) == "'s")) return true;
  if (m.end + 3 < text_.size() && text_.substr(m.end, 4) == "’s") return true;
  if (m.surface.size() < 3 || m.surface.back() != 's') return false;
  if (EqualsLowerWord(m.surface, AsciiLower(m.entity))) return false;
  // "AWS" is an alias itself; "Nvidias" is not.
  const GazetteerEntry* e = g_.Find(m.entity);
  if (e != nullptr) {
    for (const GazetteerAlias& a : e->aliases) {
      if (EqualsLowerWord(m.surface, AsciiLower(a.text))) return false;
    }
  }
  return true;
}

void Attributor::AnalyzeSentence(size_t s, size_t e, bool has_figures) {
  s_ = s;
  e_ = e;
  ms_.clear();
  prep_.clear();
  refs_.clear();
  auto lo = std::lower_bound(mentions_.begin(), mentions_.end(), s,
                             [](const EntityMention& m, size_t p) { return m.start < p; });
  for (auto it = lo; it != mentions_.end() && it->start < e; ++it) {
    if (!Eligible(*it)) continue;
    size_t ws;
    std::string_view before = WordBefore(text_, s, it->start, &ws);
    bool prep = IsPreposition(before);
    if (!prep && IsArticle(before)) {  // "In der EU", "en la UE"
      size_t ws2;
      prep = IsPreposition(WordBefore(text_, s, ws, &ws2));
    }
    // List members share the preposition of the list: "auf Microsoft, Google und Meta".
    if (!ms_.empty()) {
      std::string_view gap = text_.substr(ms_.back()->end, it->start - ms_.back()->end);
      bool list_gap = gap == ", " || gap == " und " || gap == " y " || gap == " and " ||
                      gap == " e " || gap == " sowie " || gap == " oder " || gap == " o ";
      if (list_gap && prep_.back()) prep = true;
    }
    ms_.push_back(&*it);
    prep_.push_back(prep);
  }
  if (!has_figures) {
    // Only a parent reference near a mention ("Mutterkonzern von TikTok",
    // "TikTok-Mutterkonzern") can matter; skip the word scan unless one may be there.
    bool maybe_parent = false;
    for (const EntityMention* m : ms_) {
      size_t lo = m->start > s + 32 ? m->start - 32 : s;
      size_t hi = std::min<size_t>(e, m->end + 24);
      std::string_view around = text_.substr(lo, hi - lo);
      for (std::string_view c : {"mutter", "matriz", "parent", "igentümer", "owner"}) {
        maybe_parent = maybe_parent || scan::FindLower(around, c) != std::string_view::npos;
      }
    }
    if (!maybe_parent) return;
  }
  // Nominal references: article (within 4 words before) + company noun; German "es".
  size_t pos = s, ts, te;
  size_t prev_words[4] = {0, 0, 0, 0};
  size_t prev_ends[4] = {0, 0, 0, 0};
  int nwords = 0;
  while (scan::NextToken(text_, pos, &ts, &te) && ts < e) {
    pos = te;
    std::string_view w = text_.substr(ts, te - ts);
    if (!RefFirstByte(w[0]) || w.size() < 2 || w.size() > 18) {
      prev_words[3] = prev_words[2];
      prev_ends[3] = prev_ends[2];
      prev_words[2] = prev_words[1];
      prev_ends[2] = prev_ends[1];
      prev_words[1] = prev_words[0];
      prev_ends[1] = prev_ends[0];
      prev_words[0] = ts;
      prev_ends[0] = te;
      ++nwords;
      continue;
    }
    bool nominal = false;
    for (std::string_view n : kNominal) {
      if (EqualsLowerWord(w, n)) nominal = true;
    }
    bool parent_noun = false;
    for (std::string_view n : kParentNouns) {
      if (EqualsLowerWord(w, n)) parent_noun = true;
    }
    // "TikTok-Mutterkonzern"
    if (parent_noun || nominal) {
      Ref ref;
      ref.pos = ts;
      bool has_article = false;
      for (int k = 0; k < nwords && k < 4; ++k) {
        std::string_view pw = text_.substr(prev_words[k], prev_ends[k] - prev_words[k]);
        for (std::string_view a : kArticles) {
          if (EqualsLowerWord(pw, a)) has_article = true;
        }
      }
      if (parent_noun) {
        // Entity glued before ("TikTok-Mutterkonzern") or after "von"/"de"/"of".
        for (const EntityMention& m : mentions_) {
          if (m.start >= e) break;
          if (m.end + 1 == ts && text_[m.end] == '-')
            ref.entity = std::string(g_.ParentOf(m.entity));
          if (m.start > te && m.start <= te + 6) {
            size_t ws;
            if (IsPreposition(WordBefore(text_, te, m.start, &ws)) && ws == te + 1) {
              ref.entity = std::string(g_.ParentOf(m.entity));
            }
          }
        }
        if (ref.entity.empty() && !has_article) parent_noun = false;
      }
      if ((nominal && has_article) || parent_noun) refs_.push_back(ref);
    }
    if (lang_ != Lang::kEs && w == "es" && ts > s) refs_.push_back({ts, ""});
    for (int k = 3; k > 0; --k) {
      prev_words[k] = prev_words[k - 1];
      prev_ends[k] = prev_ends[k - 1];
    }
    prev_words[0] = ts;
    prev_ends[0] = te;
    ++nwords;
  }
}

void Attributor::Run(std::span<Figure> figures) {
  std::vector<Figure*> order;
  order.reserve(figures.size());
  for (Figure& f : figures) order.push_back(&f);
  std::sort(order.begin(), order.end(),
            [](const Figure* a, const Figure* b) { return a->start < b->start; });
  // Only sentences holding a figure or a mention matter (topic updates need mentions), so
  // walk from event to event instead of splitting the whole text.
  size_t fi = 0, mi = 0;
  size_t done = 0;  // end of the last sentence processed
  std::vector<Figure*> in_sentence;
  while (fi < order.size() || mi < mentions_.size()) {
    size_t next = text_.size();
    if (fi < order.size()) next = std::min<size_t>(next, order[fi]->start);
    if (mi < mentions_.size()) next = std::min<size_t>(next, mentions_[mi].start);
    if (next >= text_.size()) break;
    size_t s = SentenceStart(text_, next, done);
    size_t e = SentenceEnd(text_, next);
    if (e <= next) e = next + 1;
    // Tables and lists without punctuation: work on windows of at most ~1 KB so the cost
    // per figure stays bounded.
    constexpr size_t kMaxSentence = 1024;
    if (e - s > kMaxSentence) {
      if (next - s > kMaxSentence / 4) {
        s = next - kMaxSentence / 4;
        while (s < next && text_[s] != ' ') ++s;
      }
      if (e - next > kMaxSentence * 3 / 4) {
        e = next + kMaxSentence * 3 / 4;
        while (e < text_.size() && text_[e] != ' ') ++e;
      }
    }
    in_sentence.clear();
    while (fi < order.size() && order[fi]->start < e) in_sentence.push_back(order[fi++]);
    while (mi < mentions_.size() && mentions_[mi].start < e) ++mi;
    AnalyzeSentence(s, e, !in_sentence.empty());
    if (!in_sentence.empty()) {
      cues_.Scan(text_, s, e);
      AttributeSentence(s, e, in_sentence);
    }
    // Update the topic: the sentence subject, or a resolved parent reference.
    std::string_view subject;
    size_t subject_pos = e;
    for (size_t i = 0; i < ms_.size(); ++i) {
      if (!prep_[i] && ms_[i]->type == EntityType::kOrg) {
        subject = ms_[i]->entity;
        subject_pos = ms_[i]->start;
        break;
      }
    }
    for (const Ref& r : refs_) {
      if (!r.entity.empty() && r.pos < subject_pos) {
        subject = r.entity;
        break;
      }
    }
    if (!subject.empty()) {
      topic_ = std::string(subject);
      topic_end_ = e;
    }
    done = e;
  }
}

void Attributor::AttributeSentence(size_t s, size_t e, std::vector<Figure*>& figs) {
  std::string_view sentence = text_.substr(s, e - s);
  inherited_.clear();
  // Rule 1: "respectively" lists.
  std::vector<std::string> list_entity(figs.size());
  const size_t resp = cues_.RespectivelyPos();
  if (resp != std::string_view::npos) {
    // The figures chained right before the cue.
    int last = -1;
    for (size_t i = 0; i < figs.size(); ++i) {
      if (figs[i]->end <= resp) last = static_cast<int>(i);
    }
    // "12 % beziehungsweise 9 %": the cue joins the last two.
    if (last >= 0 && static_cast<size_t>(last) + 1 < figs.size() && figs[last + 1]->start > resp &&
        figs[last + 1]->start - resp <= 17) {
      ++last;
    }
    if (last >= 0) {
      int first = last;
      while (first > 0) {
        std::string_view gap =
            text_.substr(figs[first - 1]->end, figs[first]->start - figs[first - 1]->end);
        bool cue_gap = gap == " beziehungsweise " || gap == " bzw. " || gap == " respectively " ||
                       gap == " respectivamente ";
        if (!cue_gap &&
            (gap.size() > 6 || gap.find_first_not_of(" ,yundaoe") != std::string_view::npos)) {
          break;
        }
        --first;
      }
      size_t k = static_cast<size_t>(last - first) + 1;
      // The mention list right before the first of them.
      std::vector<const EntityMention*> list;
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->end > figs[first]->start) break;
        if (!list.empty()) {
          std::string_view gap = text_.substr(list.back()->end, ms_[i]->start - list.back()->end);
          bool list_gap = gap == ", " || gap == " und " || gap == " y " || gap == " and " ||
                          gap == ", and " || gap == " sowie " || gap == " e ";
          if (!list_gap) list.clear();
        }
        list.push_back(ms_[i]);
      }
      if (k >= 2 && list.size() >= k) {
        for (size_t j = 0; j < k; ++j) {
          list_entity[first + j] = list[list.size() - k + j]->entity;
        }
      }
    }
  }

  for (size_t fi = 0; fi < figs.size(); ++fi) {
    Figure& f = *figs[fi];
    f.sentence = std::string(sentence);
    f.entity.clear();
    f.counterpart.clear();
    f.metric.clear();
    size_t next_start = fi + 1 < figs.size() ? figs[fi + 1]->start : e;
    size_t prev_end = fi > 0 ? figs[fi - 1]->end : s;

    // Parenthetical conversion: copy the attribution of the figure before.
    if (fi > 0 && f.kind == FigureKind::kMoney && figs[fi - 1]->kind == FigureKind::kMoney) {
      std::string_view gap = text_.substr(prev_end, f.start - prev_end);
      if (gap == " (" || gap == "(" || gap == " / " || gap == " [") {
        f.entity = figs[fi - 1]->entity;
        f.counterpart = figs[fi - 1]->counterpart;
        f.metric = figs[fi - 1]->metric;
        if (f.period.empty()) f.period = figs[fi - 1]->period;
        continue;
      }
    }

    // ---- metric: cues between the neighbouring figures first, then the whole sentence.
    std::string_view metric;
    if (fi > 0 && figs[fi - 1]->kind == f.kind && !figs[fi - 1]->metric.empty()) {
      // "229 Mrd. ausgegeben, angeführt von Microsofts 31 Mrd. ... und Amazons 26 Mrd."
      const bool head = cues_.HasListHead(prev_end, f.start);
      if (head) inherited_.assign(figs.size(), false);
      bool chained = fi >= 2 && inherited_.size() == figs.size() && inherited_[fi - 1] &&
                     f.start - prev_end <= 40;
      if (head || chained) {
        metric = figs[fi - 1]->metric;
        inherited_[fi] = true;
      }
    }
    if (metric.empty()) metric = cues_.Metric(f, prev_end, next_start);
    if (metric.empty()) metric = cues_.Metric(f, s, e);
    f.metric = std::string(metric);

    // ---- entity
    std::string entity = list_entity[fi];
    // Rule 2: genitive right before.
    if (entity.empty()) {
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->end > f.start) break;
        if (f.start - ms_[i]->end <= 3 && Genitive(*ms_[i])) entity = ms_[i]->entity;
      }
    }
    // Rule 3: "von X" / "de X" shortly after the figure. A passive ("die von Meta erworben
    // wurden") always wins; a plain "von X" only when no subject precedes the figure or a
    // comparison starts a new one ("im Vergleich zu 300 Millionen ... von OpenAI"); a
    // stake is held "an X" / "en X".
    if (entity.empty()) {
      bool has_subject = false;
      for (size_t i = 0; i < ms_.size() && ms_[i]->start < f.start; ++i) {
        has_subject = has_subject || !prep_[i];
      }
      std::string_view before = text_.substr(prev_end, f.start - prev_end);
      for (std::string_view c :
           {"vergleich", "verglichen", "compared", "frente a", "comparaci", "comparado"}) {
        if (scan::FindLower(before, c) != std::string_view::npos) has_subject = false;
      }
      for (size_t i = 0; i < ms_.size(); ++i) {
        const EntityMention& m = *ms_[i];
        if (m.start < f.end) continue;
        if (m.start >= next_start || m.start - f.end > 100) break;
        if (m.type != EntityType::kOrg || Genitive(m)) continue;
        if (m.end < text_.size() && text_[m.end] == '-') continue;  // "von Nvidia-Chips"
        size_t ws;
        std::string_view w = WordBefore(text_, f.end, m.start, &ws);
        if (ws + w.size() + 1 != m.start) continue;
        bool of = EqualsLowerWord(w, "von") || EqualsLowerWord(w, "vom") ||
                  EqualsLowerWord(w, "de") || EqualsLowerWord(w, "of") ||
                  EqualsLowerWord(w, "by") || EqualsLowerWord(w, "por");
        bool in = EqualsLowerWord(w, "an") || EqualsLowerWord(w, "in") ||
                  EqualsLowerWord(w, "en") || EqualsLowerWord(w, "de");
        std::string_view after = text_.substr(m.end, std::min<size_t>(60, e - m.end));
        size_t clause = after.find_first_of(",;(");
        if (clause != std::string_view::npos) after = after.substr(0, clause);
        bool passive = false;
        for (std::string_view c : {"wurde", "worden", "gekauft", "erworben", "bestellt", "adquirid",
                                   "comprad", "bought", "acquired"}) {
          passive = passive || scan::FindLower(after, c) != std::string_view::npos;
        }
        if ((of && (passive || !has_subject)) || (in && f.metric == metrics::kStake)) {
          entity = m.entity;
          break;
        }
      }
    }
    // Rule 4: the sentence subject, or a nominal reference before it.
    if (entity.empty()) {
      const EntityMention* subject = nullptr;
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->start >= f.start) break;
        if (!prep_[i]) {
          subject = ms_[i];
          break;
        }
      }
      const Ref* ref = nullptr;
      for (const Ref& r : refs_) {
        if (r.pos < f.start && (subject == nullptr || r.pos < subject->start)) {
          ref = &r;
          break;
        }
      }
      if (ref != nullptr) {
        if (!ref->entity.empty()) {
          entity = ref->entity;
        } else {
          // The nearest organisation earlier in this sentence, else the topic.
          for (size_t i = 0; i < ms_.size(); ++i) {
            if (ms_[i]->start < ref->pos && ms_[i]->type == EntityType::kOrg) {
              entity = ms_[i]->entity;
            }
          }
          // A reference reaches back a few sentences at most ("der Gruppe" far from any
          // company is a group of people).
          if (entity.empty() && f.start < topic_end_ + kTopicReach) entity = topic_;
        }
      } else if (subject != nullptr) {
        entity = subject->entity;
      }
    }
    // Rule 5: nearest organisation before the figure in a possessive ("de ByteDance",
    // "von Inspur"); not locations ("In der EU", "auf Twitter").
    if (entity.empty()) {
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->start >= f.start) break;
        if (ms_[i]->type != EntityType::kOrg) continue;
        size_t ws;
        std::string_view w = WordBefore(text_, s, ms_[i]->start, &ws);
        if (EqualsLowerWord(w, "de") || EqualsLowerWord(w, "del") || EqualsLowerWord(w, "von") ||
            EqualsLowerWord(w, "vom") || EqualsLowerWord(w, "of")) {
          entity = ms_[i]->entity;
        }
      }
    }
    f.entity = entity;

    // ---- counterpart: first other organisation/product after the figure in its clause.
    for (size_t i = 0; i < ms_.size(); ++i) {
      const EntityMention& m = *ms_[i];
      if (m.start < f.end) continue;
      if (m.start >= next_start) break;
      if (m.entity != entity) {
        f.counterpart = m.entity;
        break;
      }
    }
  }
}

}  // namespace

void Attribute(std::string_view text, Lang lang, std::span<const EntityMention> mentions,
               const Gazetteer& gazetteer, std::span<Figure> figures) {
  if (figures.empty()) return;
  Attributor a(text, lang, mentions, gazetteer);
  a.Run(figures);
  // Figures the figure stage left without a period (or made by hand): the same detector.
  AssignPeriods(text, std::nullopt, figures, /*only_empty=*/true);
}

void Attribute(std::string_view text, Lang lang, const std::vector<EntityMention>& mentions,
               const Gazetteer& gazetteer, std::vector<Figure>* figures) {
  Attribute(text, lang, std::span<const EntityMention>(mentions), gazetteer,
            std::span<Figure>(*figures));
}

}  // namespace newsfacts::extract
