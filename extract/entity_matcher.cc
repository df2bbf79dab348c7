#include "extract/entity_matcher.h"

#include <emmintrin.h>
#include <hs/hs.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstring>
#include <string>

#include "extract/entity_scan.h"
#include "extract/text_blocks.h"

namespace newsfacts::extract {

namespace {

// Model-number suffixes glued to the number: "A100GPU".
constexpr std::string_view kGluedSuffixes[] = {"gpus", "gpu", "chips", "chip"};

struct CompiledAlias {
  uint32_t entity = 0;
  std::vector<std::string> lower;  // lower-cased tokens
  std::vector<std::string> orig;   // tokens as written
  Lang lang = Lang::kUnknown;
  bool exact_case = false;
  bool no_hyphen = false;
  bool first_upper = false;
  std::vector<std::string> context;
};

bool IsSeparator(std::string_view gap) {
  if (gap.empty() || gap.size() > 3) return false;
  for (size_t i = 0; i < gap.size(); ++i) {
    char c = gap[i];
    if (c == ' ' || c == '-' || c == '.' || c == '&' || c == '\'') continue;
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < gap.size() &&
        static_cast<unsigned char>(gap[i + 1]) == 0xA0) {  // no-break space
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

// Per-thread hyperscan scratch, usable with every matcher this thread has used.
struct ThreadScratch {
  hs_scratch_t* scratch = nullptr;
  std::vector<uint64_t> ready;  // ids of the matchers the scratch was grown for
  ~ThreadScratch() {
    if (scratch != nullptr) hs_free_scratch(scratch);
  }
};

std::atomic<uint64_t> next_matcher_id{1};

struct StartCollector {
  const std::vector<uint32_t>* lengths;
  std::vector<uint32_t>* starts;
  uint32_t side_from;                                // the first side literal's id
  std::vector<std::pair<uint32_t, uint32_t>>* side;  // their hits (nullptr: none in the db)
};

int OnLiteral(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* ctx) {
  auto* c = static_cast<StartCollector*>(ctx);
  const auto start = static_cast<uint32_t>(to - (*c->lengths)[id]);
  if (id >= c->side_from) {
    c->side->emplace_back(start, id - c->side_from);
  } else {
    c->starts->push_back(start << 1 | 1);
  }
  return 0;
}

// The 16 bytes at p: bit k of *up set when p[k] is 'A'..'Z', of *other when p[k] is no ASCII
// letter or digit.
inline void CapitalMasks16(const char* p, unsigned* up, unsigned* other) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i letter = scan::InAsciiRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
  const __m128i digit = scan::InAsciiRange(v, '0', '9');
  *up = static_cast<unsigned>(_mm_movemask_epi8(scan::InAsciiRange(v, 'A', 'Z')));
  *other = ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit))) & 0xFFFFu;
}

// Appends (i << 1 | code(i)) for every i in text where a byte 'A'..'Z' follows a byte that
// is no ASCII letter or digit (or starts the text): the candidate starts of capitalised words
// (a byte >= 0x80 before is left to the caller's word-start test) for which code(i) is 0 or
// 1 (-1: none). 64 bytes at a time, then 16 (SSE2): one loop over a 64-byte block's
// candidates, which stores each one in a local buffer and keeps it when its code is not -1,
// then one append per block (the exits of a loop per 16 bytes and the keep-or-not branch
// were mispredicted; resizing `out` per block cost more than it saved).
// The capital starts `cand` of the 64 bytes from text[base] (bit k: byte base + k), kept as
// CapitalStarts keeps them. Always inlined: out of line (GCC's choice at Find's TextBlocks
// loop) it cost 2 M instructions more on the German bench.
template <typename Code>
[[gnu::always_inline]] inline void AppendCapitalBlock(size_t base, uint64_t cand, const Code& code,
                                                      std::vector<uint32_t>* out) {
  if (cand == 0) return;
  uint32_t kept_starts[64];
  size_t kept = 0;
  for (; cand != 0; cand &= cand - 1) {
    const size_t at = base + static_cast<size_t>(__builtin_ctzll(cand));
    const int c = code(at);
    kept_starts[kept] = static_cast<uint32_t>(at) << 1 | static_cast<uint32_t>(c & 1);
    kept += static_cast<size_t>(c >= 0);
  }
  out->insert(out->end(), kept_starts, kept_starts + kept);
}

template <typename Code>
void CapitalStarts(std::string_view text, const Code& code, std::vector<uint32_t>* out) {
  const char* p = text.data();
  const size_t n = text.size();
  unsigned carry = 1;  // "the byte before is no letter or digit", for the first block
  size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    uint64_t up = 0, other = 0;
    for (size_t k = 0; k < 4; ++k) {
      unsigned up16 = 0, other16 = 0;
      CapitalMasks16(p + i + 16 * k, &up16, &other16);
      up |= uint64_t{up16} << (16 * k);
      other |= uint64_t{other16} << (16 * k);
    }
    const uint64_t cand = up & ((other << 1) | carry);
    carry = static_cast<unsigned>(other >> 63);
    AppendCapitalBlock(i, cand, code, out);
  }
  for (; i + 16 <= n; i += 16) {
    unsigned up = 0, other = 0;
    CapitalMasks16(p + i, &up, &other);
    unsigned cand = up & ((other << 1) | carry);
    carry = other >> 15;
    while (cand != 0) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(cand));
      const int c = code(at);
      if (c >= 0) out->push_back(static_cast<uint32_t>(at) << 1 | static_cast<uint32_t>(c));
      cand &= cand - 1;
    }
  }
  for (; i < n; ++i) {
    if (p[i] >= 'A' && p[i] <= 'Z' && (i == 0 || !scan::IsAsciiAlnum(p[i - 1]))) {
      const int c = code(i);
      if (c >= 0) out->push_back(static_cast<uint32_t>(i) << 1 | static_cast<uint32_t>(c));
    }
  }
}

// German: the name ending at `name_end` is the first part of a hyphen compound that names a
// kind of firms or their sector, not the firm: "Norcom-Betreiber" (operators of Norcom's network,
// not Norcom), "Kralix-Konkurrenten", "Telekom-Branche", "Android-Hersteller" — the last part
// of the compound ends in such a head. "Hersteller" after a singular definite article names
// the one maker ("der iPhone-Hersteller" = the product's maker) and keeps the name.
// REQUIRES: text[name_end] == '-'.
bool KindOfFirmsCompoundDe(std::string_view text, size_t name_start, size_t name_end) {
  const size_t e = scan::WordOrHighRunEnd(text, name_end + 1);
  const std::string_view head = text.substr(name_end + 1, e - name_end - 1);
  static constexpr std::string_view kHeads[] = {
      "betreiber",  "anbieter",     "branche", "sektor", "konkurrent", "konkurrenten",
      "konkurrenz", "wettbewerber", "rivalen", "firmen", "hersteller"};
  for (std::string_view h : kHeads) {
    if (head.size() < h.size() || !scan::EqualsLowerAscii(head.substr(head.size() - h.size()), h)) {
      continue;
    }
    if (h != "hersteller") return true;
    size_t ws = 0;
    const std::string_view w = scan::WordBefore(text, 0, name_start, &ws);
    return !(ws + w.size() + 1 == name_start &&
             (scan::EqualsLowerAscii(w, "der") || scan::EqualsLowerAscii(w, "des") ||
              scan::EqualsLowerAscii(w, "dem")));
  }
  return false;
}

}  // namespace

struct EntityMatcher::Impl {
  struct Entity {
    std::string name;
    EntityType type;
    int32_t maker = -1;  // products: entity index of the maker
  };
  struct Slot {
    uint64_t hash = 0;
    uint32_t begin = 0;
    uint32_t count = 0;  // 0 = empty slot
  };
  std::vector<Entity> entities;
  std::vector<CompiledAlias> aliases;
  std::vector<uint32_t> candidates;  // alias indices, grouped per first-token hash
  std::vector<Slot> table;
  uint64_t mask = 0;
  bool first_byte[256] = {};
  // Hyperscan prefilter: distinct lower-cased first tokens as caseless literals.
  struct LiteralDb {
    hs_database_t* db = nullptr;
    uint64_t id = 0;
    std::vector<uint32_t> literal_len;
    uint32_t side_from = UINT32_MAX;  // ids from here on: side literals (see lits_side)
    ~LiteralDb() {
      if (db != nullptr) hs_free_database(db);
    }
  };
  // The literals of all aliases (capital_scan false), or with capital_scan only of those a
  // capital word of three bytes or more cannot match (see NeedsLiteral).
  LiteralDb lits;
  // The same literals and after them the side literals (the constructor's side_literals),
  // for a Find given a SideLiteralHits; db nullptr when there are none.
  LiteralDb lits_side;
  bool capital_scan = false;
  // Capital scan: two bits per hashed first three lower-cased bytes (Gram3), sixteen grams
  // to a word, so that a capital word reads both from one cache line: kCapitalGram for the
  // first tokens of the aliases the scan serves (!NeedsLiteral; a capital word whose bit is
  // clear matches none), kShortGram for the literals of ShortCapital aliases (see
  // BuildShortLiterals).
  static constexpr uint32_t kCapitalGram = 1, kShortGram = 2;
  std::vector<uint32_t> grams;
  void SetGram(uint32_t g, uint32_t bit) { grams[g >> 4] |= bit << ((g & 15) * 2); }
  uint32_t GramBits(uint32_t g) const { return grams[g >> 4] >> ((g & 15) * 2) & 3; }
  static uint32_t Gram(std::string_view b) {  // REQUIRES: b.size() >= 3
    return scan::Gram3(static_cast<unsigned char>(scan::LowerAscii(b[0])),
                       static_cast<unsigned char>(scan::LowerAscii(b[1])),
                       static_cast<unsigned char>(scan::LowerAscii(b[2])));
  }
  // The capital scan's test at a capital word text[i]: 1 when a literal of a ShortCapital
  // alias starts there, 0 when the word has three bytes or more and its first three are
  // those of an alias's first token (kCapitalGram), else -1. REQUIRES: text[i] is 'A'..'Z'.
  // Always inlined into the scan loops: called once per capital word (GCC 12 stopped
  // inlining it when Find grew; out of line it costs ~0.45 % of German instructions).
  [[gnu::always_inline]] int CapitalCode(std::string_view text, size_t i) const {
    static_assert(std::endian::native == std::endian::little);
    const size_t n = text.size();
    // The lower-cased bytes i, i + 1, i + 2 packed (0 past the end of the text): one load
    // and a SWAR lower-casing where four bytes remain.
    uint32_t b3 = 0;
    if (i + 4 <= n) {
      std::memcpy(&b3, text.data() + i, 4);
      b3 = scan::LowerAscii4(b3) & 0xFFFFFFu;
    } else {
      for (size_t k = 0; k < 3 && i + k < n; ++k) {
        b3 |= uint32_t{static_cast<unsigned char>(scan::LowerAscii(text[i + k]))} << (8 * k);
      }
    }
    const uint32_t bits = GramBits(scan::Gram3Packed(b3));
    if (((bits >> 1 | short_single >> ((b3 & 0xFFu) - 'a')) & 1U) != 0 && ShortLiteralAt(text, i)) {
      return 1;
    }
    // Without a branch.
    return static_cast<int>((i + 3 <= n) & bits & kCapitalGram) - 1;
  }
  // And a bit per hashed (first three bytes, byte length) of the words such an alias can
  // start: its first token's length n; for a one-token alias also n + 1 (genitive -s) and,
  // after a final digit, n + the length of each glued suffix ("A100GPU").
  std::vector<uint64_t> capital_len;
  static uint32_t GramLen(uint32_t gram, size_t len) {
    return (gram ^ static_cast<uint32_t>(len * 0x9E37u)) & 0xFFFFu;
  }
  bool CapitalLen(std::string_view word) const {  // REQUIRES: word.size() >= 3
    const uint32_t k = GramLen(Gram(word), word.size());
    return (capital_len[k >> 6] >> (k & 63) & 1) != 0;
  }

  // False for an alias that only a word starting with 'A'..'Z' can match: an alias written
  // with a capital (Verify rejects an 'a'..'z' first byte). The capital scan proposes every
  // such word of three bytes or more whose first token's lower-cased prefix is its literal
  // (CapitalGram); for a first token of one or two bytes (ShortCapital) it proposes a
  // capital word where one of the alias's literals (LiteralsOf) starts (ShortLiteralAt), as
  // hyperscan would. MatchAt accepts an alias only where its literal starts, so the two ways
  // propose the same matches. (At a lower-case word such a literal can only start a match
  // of a lower-case alias of the same first token, whose own literals hyperscan finds.)
  static bool NeedsLiteral(const CompiledAlias& a) { return !a.first_upper; }
  static bool ShortCapital(const CompiledAlias& a) {
    return a.first_upper && a.lower[0].size() < 3;
  }
  // The literals that propose the alias's first word (caseless: HS_FLAG_CASELESS).
  static void LiteralsOf(const CompiledAlias& a,
                         std::vector<std::pair<std::string, unsigned>>* lits);
  // Builds *into from the aliases `keep` accepts and then `side` (ignoring ASCII case, ids
  // from into->side_from on); false when hyperscan fails.
  bool BuildHyperscan(bool (*keep)(const CompiledAlias&), LiteralDb* into,
                      const std::vector<std::string>& side = {});

  // Capital scan, aliases whose first token has one or two bytes (ShortCapital): their
  // literals by lower-cased first letter (short_lits[short_off[l], short_off[l + 1])), and
  // filters of the first bytes: a bit per letter with a literal of one byte, a bit per
  // hashed lower-cased first three bytes (Gram3) of the others where they may start a match.
  // A capital word that passes no filter starts no match of these aliases (a literal there
  // would only make MatchAt look up the word, which the capital lookup does where it can
  // match).
  struct ShortLiteral {
    std::string text;
    bool caseless = false;  // ASCII case-insensitive, else exact bytes (as hyperscan's flag)
  };
  std::vector<ShortLiteral> short_lits;
  std::array<uint32_t, 27> short_off{};
  uint32_t short_single = 0;  // (the three-byte filter is kShortGram in `grams`)
  void BuildShortLiterals();
  // Does a literal of a ShortCapital alias start at text[i]? REQUIRES: text[i] is 'A'..'Z'.
  bool ShortLiteralAt(std::string_view text, size_t i) const;
  // Appends to *starts the literal starts of `db`'s alias literals in `text`, each shifted
  // left by one with bit 0 set, and to *side its side literals' hits (SideLiteralHits::at;
  // REQUIRES: side != nullptr when db has side literals); false on a hyperscan error.
  bool ScanLiterals(const LiteralDb& db, std::string_view text, std::vector<uint32_t>* starts,
                    std::vector<std::pair<uint32_t, uint32_t>>* side) const;
  // Verifies a match at word token [ts, te); returns the end of the match (0 = none) and
  // appends the mention(s).
  size_t MatchAt(std::string_view text, size_t ts, size_t te, Lang lang, Field field,
                 std::vector<EntityMention>* out) const;

  const Slot* Lookup(uint64_t h) const {
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = table[i];
      if (s.count == 0) return nullptr;
      if (s.hash == h) return &s;
    }
  }

  // Does the alias match with its first token at text token [ts, te)? Sets *end.
  bool Verify(const CompiledAlias& a, std::string_view text, size_t ts, size_t te, Lang lang,
              size_t* end) const;
  bool ContextOk(const CompiledAlias& a, std::string_view text, size_t start, size_t end) const;
};

void EntityMatcher::Impl::LiteralsOf(const CompiledAlias& a,
                                     std::vector<std::pair<std::string, unsigned>>* lits) {
  // Literals: the alias's first word, caseless. Short first words (1-2 bytes: "US", "T",
  // "EU") would fire on every "neu"/"aus" in German text, so for those the literal is the
  // first word + separator + second word ("us-handelsministerium", "t-mobile"), or for a
  // one-word alias its spellings allowed by the case rules, case-sensitive ("EU", "HP").
  const std::string& w0 = a.lower[0];
  if (w0.size() >= 3) {
    lits->emplace_back(w0, HS_FLAG_CASELESS);
  } else if (a.lower.size() >= 2) {
    for (const char* sep : {" ", "-", ".", ". ", "&", "'", ".-"}) {
      lits->emplace_back(w0 + sep + a.lower[1], HS_FLAG_CASELESS);
    }
  } else if (a.exact_case) {
    lits->emplace_back(a.orig[0], 0u);
  } else if (a.first_upper) {
    std::string upper = a.orig[0], cap = a.lower[0];
    for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    cap[0] = upper[0];
    for (const std::string& v : {a.orig[0], upper, cap}) lits->emplace_back(v, 0u);
  } else {
    lits->emplace_back(w0, HS_FLAG_CASELESS);
  }
}

void EntityMatcher::Impl::BuildShortLiterals() {
  std::vector<std::pair<std::string, unsigned>> lits;  // literal, flags
  for (const CompiledAlias& a : aliases) {
    if (ShortCapital(a)) LiteralsOf(a, &lits);
  }
  std::sort(lits.begin(), lits.end());
  lits.erase(std::unique(lits.begin(), lits.end()), lits.end());
  // Every such literal starts with an ASCII letter (the alias is written with a capital):
  // bucket them by that letter, lower-cased.
  std::array<std::vector<ShortLiteral>, 26> by_letter;
  for (const auto& entry : lits) {
    // (Not a structured binding: the lambda below captures the literal.)
    const std::string& lit = entry.first;
    const unsigned flags = entry.second;
    const auto b0 = static_cast<unsigned char>(scan::LowerAscii(lit[0]));
    if (b0 < 'a' || b0 > 'z') continue;  // (cannot happen: ShortCapital)
    const auto lower = [&](size_t k) {
      return static_cast<unsigned char>(scan::LowerAscii(lit[k]));
    };
    if (lit.size() == 1) {
      short_single |= 1U << (b0 - 'a');
    } else if (lit.size() == 2) {
      // A two-byte literal can start a match only where the word ends after it or goes on
      // with a genitive "s" or, after a digit, a glued suffix ("A1GPU"): its three-byte
      // grams with every such third byte (0: the end of the text).
      for (unsigned b2 = 0; b2 < 256; ++b2) {
        const bool word_goes_on = b2 < 0x80 && scan::IsAsciiAlnum(static_cast<char>(b2));
        const bool suffix = b2 == 's' || (scan::IsDigit(lit[1]) && (b2 == 'g' || b2 == 'c'));
        if (word_goes_on && !suffix) continue;
        SetGram(scan::Gram3(b0, lower(1), static_cast<unsigned char>(b2)), kShortGram);
      }
    } else {
      SetGram(scan::Gram3(b0, lower(1), lower(2)), kShortGram);
    }
    by_letter[b0 - 'a'].push_back({lit, (flags & HS_FLAG_CASELESS) != 0});
  }
  for (size_t l = 0; l < by_letter.size(); ++l) {
    short_off[l] = static_cast<uint32_t>(short_lits.size());
    short_lits.insert(short_lits.end(), by_letter[l].begin(), by_letter[l].end());
  }
  short_off[26] = static_cast<uint32_t>(short_lits.size());
}

bool EntityMatcher::Impl::ShortLiteralAt(std::string_view text, size_t i) const {
  const auto b0 = static_cast<unsigned char>(scan::LowerAscii(text[i]));
  const size_t n = text.size();
  for (uint32_t k = short_off[b0 - 'a']; k < short_off[b0 - 'a' + 1]; ++k) {
    const ShortLiteral& l = short_lits[k];
    if (i + l.text.size() > n) continue;
    const std::string_view at = text.substr(i, l.text.size());
    if (l.caseless ? scan::EqualsLowerAscii(at, l.text) : at == l.text) return true;
  }
  return false;
}

bool EntityMatcher::Impl::BuildHyperscan(bool (*keep)(const CompiledAlias&), LiteralDb* into,
                                         const std::vector<std::string>& side) {
  std::vector<std::pair<std::string, unsigned>> lits;  // literal, flags
  for (const CompiledAlias& a : aliases) {
    if (keep(a)) LiteralsOf(a, &lits);
  }
  std::sort(lits.begin(), lits.end());
  lits.erase(std::unique(lits.begin(), lits.end()), lits.end());
  into->side_from = static_cast<uint32_t>(lits.size());
  for (const std::string& l : side) lits.emplace_back(l, HS_FLAG_CASELESS);
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
  std::vector<unsigned> flags, ids(lits.size());
  for (size_t i = 0; i < lits.size(); ++i) {
    ptrs.push_back(lits[i].first.data());
    lens.push_back(lits[i].first.size());
    flags.push_back(lits[i].second);
    into->literal_len.push_back(static_cast<uint32_t>(lits[i].first.size()));
    ids[i] = static_cast<unsigned>(i);
  }
  if (lits.empty()) return true;  // nothing to scan for
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(ptrs.data(), flags.data(), ids.data(), lens.data(),
                           static_cast<unsigned>(lits.size()), HS_MODE_BLOCK, nullptr, &into->db,
                           &err) != HS_SUCCESS) {
    if (err != nullptr) hs_free_compile_error(err);
    into->db = nullptr;
    return false;
  }
  into->id = next_matcher_id.fetch_add(1);
  return true;
}

EntityMatcher::EntityMatcher(const Gazetteer& g, EntityMatcherOptions options,
                             const std::vector<std::string>& side_literals)
    : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  std::vector<std::pair<uint64_t, uint32_t>> keyed;  // first-token hash -> alias
  for (const GazetteerEntry& e : g.entries()) {
    uint32_t entity = static_cast<uint32_t>(m.entities.size());
    m.entities.push_back({e.name, e.type, -1});
    for (const GazetteerAlias& ga : e.aliases) {
      CompiledAlias a;
      a.entity = entity;
      size_t pos = 0, ts = 0, te = 0;
      while (scan::NextToken(ga.text, pos, &ts, &te)) {
        a.orig.emplace_back(ga.text.substr(ts, te - ts));
        a.lower.push_back(AsciiLower(a.orig.back()));
        pos = te;
      }
      if (a.lower.empty()) continue;
      a.lang = ga.lang;
      a.exact_case = ga.exact_case;
      a.no_hyphen = ga.no_hyphen;
      a.first_upper = a.orig[0][0] >= 'A' && a.orig[0][0] <= 'Z';
      a.context = ga.context;
      m.first_byte[static_cast<unsigned char>(a.lower[0][0])] = true;
      keyed.emplace_back(scan::HashLower(a.lower[0]), static_cast<uint32_t>(m.aliases.size()));
      m.aliases.push_back(std::move(a));
    }
  }
  for (Impl::Entity& ent : m.entities) {
    const GazetteerEntry* e = g.Find(ent.name);
    if (e == nullptr || e->maker.empty()) continue;
    for (size_t i = 0; i < m.entities.size(); ++i) {
      if (AsciiLower(m.entities[i].name) == AsciiLower(e->maker)) {
        ent.maker = static_cast<int32_t>(i);
      }
    }
  }
  // Group by hash; within a group, longest alias (most tokens) first.
  std::sort(keyed.begin(), keyed.end(), [&m](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first < y.first;
    size_t nx = m.aliases[x.second].lower.size(), ny = m.aliases[y.second].lower.size();
    if (nx != ny) return nx > ny;
    return x.second < y.second;
  });
  size_t groups = 0;
  for (size_t i = 0; i < keyed.size(); ++i) {
    if (i == 0 || keyed[i].first != keyed[i - 1].first) ++groups;
  }
  size_t cap = 16;
  while (cap < groups * 2) cap <<= 1;
  m.table.assign(cap, {});
  m.mask = cap - 1;
  for (size_t i = 0; i < keyed.size();) {
    size_t j = i;
    while (j < keyed.size() && keyed[j].first == keyed[i].first) {
      m.candidates.push_back(keyed[j].second);
      ++j;
    }
    uint64_t h = keyed[i].first;
    uint64_t slot = h & m.mask;
    while (m.table[slot].count != 0) slot = (slot + 1) & m.mask;
    m.table[slot] = {h, static_cast<uint32_t>(m.candidates.size() - (j - i)),
                     static_cast<uint32_t>(j - i)};
    i = j;
  }
  m.grams.assign(65536 / 16, 0);
  m.capital_len.assign(65536 / 64, 0);
  for (const CompiledAlias& a : m.aliases) {
    if (Impl::NeedsLiteral(a) || Impl::ShortCapital(a)) continue;
    const std::string& w0 = a.lower[0];
    const uint32_t g = Impl::Gram(w0);
    m.SetGram(g, Impl::kCapitalGram);
    std::vector<size_t> lens = {w0.size()};
    if (a.lower.size() == 1) {
      lens.push_back(w0.size() + 1);
      if (scan::IsDigit(w0.back())) {
        for (std::string_view sfx : kGluedSuffixes) lens.push_back(w0.size() + sfx.size());
      }
    }
    for (size_t len : lens) {
      const uint32_t k = Impl::GramLen(g, len);
      m.capital_len[k >> 6] |= uint64_t{1} << (k & 63);
    }
  }
  if (options.use_hyperscan) {
    m.capital_scan = options.capital_scan && m.BuildHyperscan(&Impl::NeedsLiteral, &m.lits);
    if (m.capital_scan) m.BuildShortLiterals();
    if (!m.capital_scan) {
      m.lits.literal_len.clear();
      // All literals; without a database Find falls back to the token scan.
      if (!m.BuildHyperscan([](const CompiledAlias&) { return true; }, &m.lits)) {
        m.lits.db = nullptr;
      }
    }
    // The side database: built from the same aliases as `lits` (a Find with it proposes the
    // same starts), only where `lits` serves Find.
    if (!side_literals.empty() && (m.lits.db != nullptr || m.capital_scan)) {
      const bool ok = m.BuildHyperscan(
          m.capital_scan ? &Impl::NeedsLiteral : +[](const CompiledAlias&) { return true; },
          &m.lits_side, side_literals);
      if (!ok) m.lits_side.db = nullptr;
    }
  }
}

EntityMatcher::~EntityMatcher() = default;

bool EntityMatcher::Impl::ContextOk(const CompiledAlias& a, std::string_view text, size_t start,
                                    size_t end) const {
  if (a.context.empty()) return true;
  size_t s = scan::SentenceStart(text, start);
  size_t e = scan::SentenceEnd(text, end);
  std::string_view sentence = text.substr(s, e - s);
  for (const std::string& cue : a.context) {
    // (A cue starting with a capital: the whole word in that spelling, gazetteer.h.)
    const bool capital = cue[0] >= 'A' && cue[0] <= 'Z';
    // ("Apple", "Apple's", but not "apple", "Apples" or "Applebury".)
    if (capital ? scan::HasWholeWord(sentence, cue, /*exact_case=*/true, /*high_is_word=*/false)
                : scan::FindWordPrefix(sentence, cue) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool EntityMatcher::Impl::Verify(const CompiledAlias& a, std::string_view text, size_t ts,
                                 size_t te, Lang lang, size_t* end) const {
  if (a.lang != Lang::kUnknown && lang != Lang::kUnknown && a.lang != lang) return false;
  if (a.first_upper && text[ts] >= 'a' && text[ts] <= 'z') return false;
  const size_t n = a.lower.size();
  size_t cur_s = ts, cur_e = te;
  for (size_t k = 0; k < n; ++k) {
    if (k > 0) {
      size_t ns, ne;
      if (!scan::NextToken(text, cur_e, &ns, &ne)) return false;
      if (!IsSeparator(text.substr(cur_e, ns - cur_e))) return false;
      cur_s = ns;
      cur_e = ne;
    }
    std::string_view tok = text.substr(cur_s, cur_e - cur_s);
    const std::string& want = a.lower[k];
    if (tok.size() != want.size()) {
      // Only the last token may carry a suffix, and only after the whole alias text.
      if (k + 1 != n || tok.size() < want.size() ||
          !scan::EqualsLowerAscii(tok.substr(0, want.size()), want)) {
        return false;
      }
      std::string_view rest = tok.substr(want.size());
      bool ok = false;
      // German genitive / plural -s; not in Spanish, where it makes plurals of common
      // words ("Indias", "metas").
      if (rest == "s" && want.size() >= 2 && lang != Lang::kEs) ok = true;
      if (!ok && want.back() >= '0' && want.back() <= '9') {
        for (std::string_view sfx : kGluedSuffixes) {
          if (scan::EqualsLowerAscii(rest, sfx)) ok = true;
        }
      }
      if (!ok) return false;
    } else if (!scan::EqualsLowerAscii(tok, want)) {
      return false;
    }
    if (a.exact_case && std::memcmp(tok.data(), a.orig[k].data(), want.size()) != 0) {
      return false;
    }
  }
  if (a.no_hyphen && cur_e < text.size() && text[cur_e] == '-') return false;
  if (lang == Lang::kDe && cur_e < text.size() && text[cur_e] == '-' &&
      KindOfFirmsCompoundDe(text, ts, cur_e)) {
    return false;
  }
  if (!ContextOk(a, text, ts, cur_e)) return false;
  *end = cur_e;
  return true;
}

size_t EntityMatcher::Impl::MatchAt(std::string_view text, size_t ts, size_t te, Lang lang,
                                    Field field, std::vector<EntityMention>* out) const {
  const Impl& m = *this;
  if (!m.first_byte[static_cast<unsigned char>(scan::LowerAscii(text[ts]))]) return 0;
  std::string_view tok = text.substr(ts, te - ts);
  size_t best_end = 0;
  const CompiledAlias* best = nullptr;
  auto try_group = [&](std::string_view key, bool single_only) {
    const Impl::Slot* slot = m.Lookup(scan::HashLower(key));
    if (slot == nullptr) return;
    for (uint32_t i = 0; i < slot->count && best == nullptr; ++i) {
      const CompiledAlias& a = m.aliases[m.candidates[slot->begin + i]];
      if (single_only && a.lower.size() != 1) continue;
      size_t end;
      if (m.Verify(a, text, ts, te, lang, &end)) {
        best = &a;
        best_end = end;
      }
    }
  };
  try_group(tok, false);
  if (best == nullptr && tok.size() >= 3 && tok.back() == 's' && lang != Lang::kEs) {
    try_group(tok.substr(0, tok.size() - 1), true);
  }
  if (best == nullptr && tok.size() >= 4) {
    for (std::string_view sfx : kGluedSuffixes) {
      if (tok.size() > sfx.size() + 1 &&
          scan::EqualsLowerAscii(tok.substr(tok.size() - sfx.size()), sfx) &&
          scan::IsDigit(tok[tok.size() - sfx.size() - 1])) {
        try_group(tok.substr(0, tok.size() - sfx.size()), true);
        break;
      }
    }
  }
  if (best == nullptr) return 0;
  EntityMention mention;
  mention.entity = m.entities[best->entity].name;
  mention.type = m.entities[best->entity].type;
  mention.field = field;
  mention.start = static_cast<uint32_t>(ts);
  mention.end = static_cast<uint32_t>(best_end);
  mention.surface = std::string(text.substr(ts, best_end - ts));
  out->push_back(std::move(mention));
  // The maker named inside a product name ("AMD EPYC", "Nvidia A100GPU") is a mention too.
  const Impl::Entity& ent = m.entities[best->entity];
  if (ent.maker >= 0) {
    const std::string& maker = m.entities[ent.maker].name;
    size_t n = maker.size();
    if (ts + n < best_end && scan::EqualsLowerAscii(text.substr(ts, n), AsciiLower(maker)) &&
        (text[ts + n] == ' ' || text[ts + n] == '-')) {
      EntityMention inner;
      inner.entity = maker;
      inner.type = m.entities[ent.maker].type;
      inner.field = field;
      inner.start = static_cast<uint32_t>(ts);
      inner.end = static_cast<uint32_t>(ts + n);
      inner.surface = std::string(text.substr(ts, n));
      out->push_back(std::move(inner));
    }
  }
  return best_end;
}

bool EntityMatcher::Impl::ScanLiterals(const LiteralDb& lits, std::string_view text,
                                       std::vector<uint32_t>* starts,
                                       std::vector<std::pair<uint32_t, uint32_t>>* side) const {
  if (lits.db == nullptr) return true;
  thread_local ThreadScratch ts_scratch;
  if (std::find(ts_scratch.ready.begin(), ts_scratch.ready.end(), lits.id) ==
      ts_scratch.ready.end()) {
    if (hs_alloc_scratch(lits.db, &ts_scratch.scratch) != HS_SUCCESS) return false;
    ts_scratch.ready.push_back(lits.id);
  }
  // Hyperscan 5.4's AVX-512 VBMI literal matcher ("fat teddy") reads up to one 64-byte
  // vector past the end of the buffer (VectorCamp/vectorscan#322): on a CPU with AVX-512 VBMI
  // a text that ends just before an unmapped page crashes hs_scan. So the scan needs kScanPad
  // readable bytes on either side of the text. They are when they lie in the (mapped) pages
  // of the text's first and last bytes, as for most texts (pages are 4 KiB or larger); else
  // the scan reads a thread-local copy that has them. Offsets are relative to the start of
  // what is scanned, so matches are the same.
  constexpr size_t kScanPad = 64;
  constexpr uintptr_t kPage = 4096;
  const auto first = reinterpret_cast<uintptr_t>(text.data());
  const uintptr_t last = first + text.size() - 1;
  const char* scanned = text.data();
  if (first % kPage < kScanPad || last % kPage >= kPage - kScanPad) {
    thread_local std::vector<char> padded;
    if (padded.size() < text.size() + 2 * kScanPad) padded.resize(text.size() + 2 * kScanPad);
    std::memcpy(padded.data() + kScanPad, text.data(), text.size());
    scanned = padded.data() + kScanPad;
  }
  StartCollector collector{&lits.literal_len, starts, lits.side_from, side};
  return hs_scan(lits.db, scanned, static_cast<unsigned>(text.size()), 0, ts_scratch.scratch,
                 OnLiteral, &collector) == HS_SUCCESS;
}

void EntityMatcher::Find(std::string_view text, Lang lang, Field field,
                         std::vector<EntityMention>* out, const TextBlocks* blocks,
                         SideLiteralHits* side) const {
  const Impl& m = *impl_;
  if (side != nullptr) {
    side->complete = false;
    side->at.clear();
  }
  if ((m.lits.db != nullptr || m.capital_scan) && !text.empty() && text.size() < (1u << 31)) {
    // Candidate starts, each (position << 1 | from a literal).
    thread_local std::vector<uint32_t> starts;
    starts.clear();
    // With `side`: one scan for the alias literals and the side literals (lits_side).
    const bool with_side = side != nullptr && m.lits_side.db != nullptr;
    if (!m.ScanLiterals(with_side ? m.lits_side : m.lits, text, &starts,
                        with_side ? &side->at : nullptr)) {
      if (side != nullptr) side->at.clear();
      return;
    }
    if (with_side) side->complete = true;
    if (m.capital_scan) {
      // Where a literal of an alias with a short first token starts (a literal start), else
      // words of three bytes or more whose first three bytes some alias's first token has.
      auto code = [&](size_t i) { return m.CapitalCode(text, i); };
      if (blocks != nullptr && blocks->For(text)) {  // the figure scan found them
        for (size_t b = 0; b < blocks->capital_starts.size(); ++b) {
          AppendCapitalBlock(b * 64, blocks->capital_starts[b], code, &starts);
        }
      } else {
        CapitalStarts(text, code, &starts);
      }
    }
    std::sort(starts.begin(), starts.end());
    size_t done = 0;  // end of the last match: later candidates must start after it
    uint32_t prev = UINT32_MAX;
    for (size_t k = 0; k < starts.size(); ++k) {
      const uint32_t st = starts[k] >> 1;
      if (st == prev || st < done) continue;
      prev = st;
      // A capital word is looked up from three bytes on; shorter ones only where a literal
      // starts (sorted: a literal's entry follows the capital one at the same position).
      const bool literal =
          (starts[k] & 1) != 0 || (k + 1 < starts.size() && starts[k + 1] == (starts[k] | 1));
      if (st > 0) {  // must start a word
        size_t p = st - 1;
        while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
        bool word;
        scan::CharInfo(text, p, &word);
        if (word) continue;
      }
      size_t ts, te;
      if (!scan::NextToken(text, st, &ts, &te) || ts != st) continue;
      if (!literal && (te - ts < 3 || !m.CapitalLen(text.substr(ts, te - ts)))) continue;
      size_t end = m.MatchAt(text, ts, te, lang, field, out);
      if (end != 0) done = end;
    }
    return;
  }
  size_t pos = 0, ts = 0, te = 0;
  while (scan::NextToken(text, pos, &ts, &te)) {
    pos = te;
    size_t end = m.MatchAt(text, ts, te, lang, field, out);
    if (end != 0) pos = end;
  }
}

}  // namespace newsfacts::extract
