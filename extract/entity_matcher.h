#pragma once
// EntityMatcher: finds mentions of gazetteer entities in a text.
//
// Matching works on word tokens (maximal runs of letters/digits; ASCII case-folded), so a
// match never starts or ends inside another word. An alias of several tokens matches
// across spaces and hyphens ("Ascend 910B", "Huawei-Ascend"). Accepted on the last token
// of an alias: German genitive / plural -s ("Nvidias", "H20s") and, after a model number,
// a glued "GPU"/"Chip" ("A100GPU"). Hyphen compounds match their entity part
// ("Nvidia-Chips", "TikTok-Mutterkonzern"), except in German a compound naming a kind of
// firms or their sector ("Norcom-Betreiber", "X-Konkurrenten", "X-Branche"). Aliases
// starting with a capital do not match a lower-case word (Spanish "meta"); {exact},
// {nohyphen} and {ctx=...} options of the gazetteer resolve the remaining ambiguous
// aliases. The longest alias wins.
//
// Built once from a Gazetteer (the matcher copies what it needs; the Gazetteer need not
// outlive it). Thread-safety: Find() is const and may run concurrently; each thread keeps
// its own hyperscan scratch (thread_local, grown once per matcher and freed at thread
// exit); beyond that Find() allocates only for the mentions it appends.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/article.h"
#include "extract/figure.h"
#include "extract/gazetteer.h"

namespace newsfacts::extract {

struct EntityMatcherOptions {
  // true: a hyperscan literal scan (caseless) of the aliases' first tokens proposes the
  // word starts to verify; false: every word token is looked up in the alias hash table.
  // Same results; hyperscan is faster (BENCHMARKS.md, "Entities"). Falls back to the token
  // scan if the hyperscan database cannot be built.
  bool use_hyperscan = true;
  // With use_hyperscan: the words starting with a capital A-Z are proposed by one SSE2 pass
  // over the text (or read from the figure scan's TextBlocks, see Find) and looked up in the alias
  // table (those of three bytes or more), or compared with the literals of the aliases whose first
  // word has one or two bytes ("EU", "T-Mobile"); hyperscan scans only for the literals of the
  // aliases such a word cannot start (lower-case, digit or non-ASCII first byte). false: hyperscan
  // scans for the literals of all aliases (the reference of the tests). Same results.
  bool capital_scan = true;
};

// The occurrences of the matcher's side literals (the constructor's `side_literals`) in the
// text of the last Find given this value.
struct SideLiteralHits {
  // True when `at` lists every occurrence in that text; false when Find did not scan for
  // them (no side literals or no hyperscan database, an empty or too long text, a scan
  // error): the reader then searches the text itself.
  bool complete = false;
  // (start byte, index into side_literals) of each occurrence, overlapping ones included,
  // in the scan's report order (by end byte, not by start).
  std::vector<std::pair<uint32_t, uint32_t>> at;
};

struct TextBlocks;

class EntityMatcher {
 public:
  // `side_literals` (none empty), matched ignoring ASCII case: literals a later pass over the
  // same text would otherwise search for itself (the German public bodies,
  // PublicBodyLiteralsDe). With use_hyperscan, Find's literal scan also looks for them when
  // given a SideLiteralHits, one pass over the text serving both (a second database; without
  // a SideLiteralHits Find scans as before).
  explicit EntityMatcher(const Gazetteer& gazetteer, EntityMatcherOptions options = {},
                         const std::vector<std::string>& side_literals = {});
  ~EntityMatcher();
  EntityMatcher(const EntityMatcher&) = delete;
  EntityMatcher& operator=(const EntityMatcher&) = delete;

  // Appends the entity mentions in `text` to *out in text order, tagged with `field`,
  // offsets in bytes into `text`. `lang` selects language-specific aliases (kUnknown: all).
  // `blocks` (may be nullptr): the capital starts of `text` from the figure scan (TextBlocks,
  // text_blocks.h); the capital scan reads them instead of classifying the text again when
  // they are for `text`. `side` (may be nullptr): refilled with the side literals'
  // occurrences in `text` (SideLiteralHits; its `complete` says whether they were scanned
  // for); the mentions appended are the same with or without it. REQUIRES: `text` is valid
  // UTF-8.
  void Find(std::string_view text, Lang lang, Field field, std::vector<EntityMention>* out,
            const TextBlocks* blocks = nullptr, SideLiteralHits* side = nullptr) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsfacts::extract
