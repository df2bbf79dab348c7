// WrittenAsInstitutionDe (extractor.h): whether a German text writes a lone name after a
// determiner, as an institution's; AgencyCompoundsDe: an agency named by a compound of its
// umbrella ("das AU-Küstenhilfswerk KHW"). In their own unit so that the rules' string
// comparisons do not change the inlining of extractor.cc, whose code runs for every language.
#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_matcher.h"
#include "extract/entity_scan.h"
#include "extract/extractor.h"
#include "extract/function_words.h"
#include "extract/ner_features.h"
#include "extract/person_lexicon.h"
#include "extract/text_blocks.h"

namespace newsfacts::extract {

bool WrittenAsInstitutionDe(std::string_view text, std::string_view name) {
  static constexpr std::string_view kDeterminers[] = {"das",  "Das", "des", "vom", "Vom", "beim",
                                                      "Beim", "im",  "Im",  "ins", "zum"};
  for (size_t p = scan::FindExact(text, name); p != std::string_view::npos;
       p = scan::FindExact(text, name, p + 1)) {
    const size_t e = p + name.size();
    if (p < 2 || text[p - 1] != ' ' ||
        (e < text.size() && (scan::IsWordOrHigh(text[e]) || text[e] == '-'))) {
      continue;  // inside a longer word, or the first part of a compound
    }
    if (e + 1 < text.size() && text[e] == ' ' && ner::StartsUpper(text.substr(e + 1, 2))) {
      continue;  // "das Kralhuber Werk": a modifier of the next name
    }
    size_t b = p - 1;  // the start of the word before the name
    while (b > 0 && scan::IsWordOrHigh(text[b - 1])) --b;
    // ", das X erhielt": a relative pronoun, not an article.
    if (b >= 2 && text[b - 1] == ' ' && text[b - 2] == ',') continue;
    if (scan::InList(text.substr(b, p - 1 - b), kDeterminers)) return true;
  }
  return false;
}

}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

// The compound written right before `text[n)`, "<Prefix>-<Head> " or "<Prefix>-<Head> (":
// its start and the start of its head (after the one hyphen); false when there is none. The
// prefix starts with a capital, the head with a capital and is at least five bytes.
bool CompoundBefore(std::string_view text, size_t n, size_t* c0, size_t* head, size_t* ce) {
  if (n >= 2 && text[n - 1] == '(') --n;
  if (n < 6 || text[n - 1] != ' ') return false;
  const size_t e = n - 1;
  const size_t h = scan::WordOrHighRunStartScalar(text, 0, e);
  if (h < 3 || e - h < 5 || text[h - 1] != '-' || !ner::StartsUpper(text.substr(h, 2))) {
    return false;
  }
  const size_t s = scan::WordOrHighRunStartScalar(text, 0, h - 1);
  if (s + 2 > h - 1 || !ner::StartsUpper(text.substr(s, 2))) return false;
  if (s > 0 && (scan::IsWordOrHigh(text[s - 1]) || text[s - 1] == '-')) return false;
  *c0 = s;
  *head = h;
  *ce = e;
  return true;
}

// The length from which a head is a compound noun specific enough to name one agency
// whatever the prefix ("Küstenhilfswerk", "Grenzschutzagentur"; not "Tochter",
// "Mission", "Betreiber").
constexpr size_t kSpecificHead = 12;

// A head naming a person's role ("SPÖ-Stadtrat X", "Kralix-Chef X", "UN-Generalsekretär X",
// "Ex-Außenministers X"), compared without its case ending and its first letter's case: no
// agency (the tagger types many a lone surname an organisation).
bool PersonRoleHead(std::string_view head) {
  // The German roles that are also a compound's last part (lexicon::kRoleWords).
  static constexpr const auto& kRoles =
      lexicon::kSelected<lexicon::kRoleWords, lexicon::kDe, lexicon::kEnds>;
  std::string lower(head);
  if (!lower.empty() && lower[0] >= 'A' && lower[0] <= 'Z')
    lower[0] = static_cast<char>(lower[0] + 32);
  // Ä Ö Ü (C3 84 / 96 / 9C) -> ä ö ü (C3 A4 / B6 / BC).
  if (lower.size() > 1 && static_cast<unsigned char>(lower[0]) == 0xC3) {
    lower[1] = static_cast<char>(static_cast<unsigned char>(lower[1]) | 0x20);
  }
  const std::string_view w = lower;
  for (std::string_view ending : {"", "s", "n", "en", "in", "innen"}) {
    if (!w.ends_with(ending)) continue;
    const std::string_view base = w.substr(0, w.size() - ending.size());
    if (base.empty()) continue;
    // (The last byte first: most roles are ruled out without a comparison call.)
    for (std::string_view r : kRoles) {
      if (base.back() == r.back() && base.ends_with(r)) return true;
    }
  }
  return false;
}

// The umbrella or owner that opens an agency's compound is a name: an acronym of two or
// more capitals ("UN", "EU", "ÖVP") or a mention of its own ("Kralix-Tochter"); not a
// given name ("Hans-Stephan X") or a word ("Ex-Diktator X", "Top-Stürmer X").
bool UmbrellaPrefix(std::string_view prefix, std::span<const EntityMention> mentions) {
  size_t caps = 0;
  for (size_t i = 0; i < prefix.size(); ++i) {
    const auto c = static_cast<unsigned char>(prefix[i]);
    if (c >= 'A' && c <= 'Z') {
      ++caps;
    } else if (c == 0xC3 && i + 1 < prefix.size() &&
               static_cast<unsigned char>(prefix[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(prefix[i + 1]) <= 0x9E) {
      ++caps;
      ++i;
    } else {
      caps = 0;
      break;
    }
  }
  if (caps >= 2) return true;
  for (const EntityMention& m : mentions) {
    if (m.surface == prefix) return true;
  }
  return false;
}

}  // namespace

void AgencyCompoundsDe(std::vector<EntityMention>& all, size_t from, size_t* m_body,
                       std::string_view title, std::string_view body) {
  const auto mentions = std::span<EntityMention>(all).subspan(from);
  struct Agency {
    std::string prefix;  // "UN"
    std::string head;    // "Küstenhilfswerk"
    std::string entity;
    bool ambiguous;
  };
  std::vector<Agency> agencies;
  for (const EntityMention& n : mentions) {
    if (n.type != EntityType::kOrg) continue;
    const std::string_view text = n.field == Field::kTitle ? title : body;
    size_t c0 = 0, h = 0, ce = 0;
    if (n.start > text.size() || !CompoundBefore(text, n.start, &c0, &h, &ce)) continue;
    // In parentheses only a short name ("(KHW)"), not the prefix spelled out: "eine
    // Kralix-Studie (Institut für …)" names the study's author.
    if (text[n.start - 1] == '(' &&
        (n.surface.size() < 2 || n.surface[1] < 'A' || n.surface[1] > 'Z')) {
      continue;
    }
    const std::string_view head = text.substr(h, ce - h);
    const std::string_view prefix = text.substr(c0, h - 1 - c0);
    const unsigned char last = static_cast<unsigned char>(head.back());
    if (last < 'a' || last > 'z' || PersonRoleHead(head) || prefix == n.surface ||
        !UmbrellaPrefix(prefix, mentions)) {
      continue;
    }
    // A head that is a name ("Krim-Kongo Virus": a name inside the compound, or one the text
    // names alone) is no agency noun.
    bool inner = false;
    for (const EntityMention& m : mentions) {
      inner |= (m.field == n.field && m.end > h && m.start < ce) || m.surface == head;
    }
    if (inner) continue;
    bool found = false;
    for (Agency& a : agencies) {
      if (a.head != head) continue;
      found = true;
      if (a.entity != n.entity) a.ambiguous = true;
    }
    if (!found) agencies.push_back({std::string(prefix), std::string(head), n.entity, false});
  }
  if (agencies.empty()) return;
  // Every "<Prefix>-<Head>" of a recorded head (a case ending -s / -es / -n / -en allowed)
  // names the agency: the prefix's mention becomes it, or a new mention covers the compound.
  std::vector<EntityMention> added;
  for (const Agency& a : agencies) {
    if (a.ambiguous) continue;
    for (const Field field : {Field::kTitle, Field::kBody}) {
      const std::string_view text = field == Field::kTitle ? title : body;
      const std::string needle = "-" + a.head;
      for (size_t p = text.find(needle); p != std::string_view::npos;
           p = text.find(needle, p + 1)) {
        size_t ce = p + needle.size();
        size_t tail = 0;
        while (ce + tail < text.size() && scan::IsWordOrHigh(text[ce + tail])) ++tail;
        const std::string_view suffix = text.substr(ce, tail);
        if (!suffix.empty() && suffix != "s" && suffix != "es" && suffix != "n" && suffix != "en") {
          continue;
        }
        ce += tail;
        const size_t c0 = scan::WordOrHighRunStartScalar(text, 0, p);
        if (c0 + 2 > p || !ner::StartsUpper(text.substr(c0, 2)) ||
            (c0 > 0 && text[c0 - 1] == '-')) {
          continue;
        }
        // Another prefix only before a head of its own kind, a compound noun ("AU-" and
        // "AUC-Küstenhilfswerk"), not a generic one: "GM-Tochter X" is no "Ford-Tochter".
        if (a.head.size() < kSpecificHead && text.substr(c0, p - c0) != a.prefix) continue;
        // A mention inside the compound: the prefix's ("EU" of "EU-Grenzagentur") becomes
        // the agency; any other overlap leaves the compound alone.
        bool blocked = false, done = false;
        for (EntityMention& m : mentions) {
          if (m.field != field || m.end <= c0 || m.start >= ce) continue;
          if (m.start == c0 && m.end <= p) {
            m.entity = a.entity;
            m.type = EntityType::kOrg;
            m.end = static_cast<uint32_t>(ce);
            m.surface = std::string(text.substr(c0, ce - c0));
            done = true;
          } else {
            blocked = true;
          }
        }
        if (done || blocked) continue;
        EntityMention m;
        m.entity = a.entity;
        m.type = EntityType::kOrg;
        m.field = field;
        m.start = static_cast<uint32_t>(c0);
        m.end = static_cast<uint32_t>(ce);
        m.surface = std::string(text.substr(c0, ce - c0));
        added.push_back(std::move(m));
      }
    }
  }
  if (added.empty()) return;
  for (const EntityMention& m : added) {
    if (m.field == Field::kTitle && m_body != nullptr) ++*m_body;
  }
  for (EntityMention& m : added) all.push_back(std::move(m));
  // Title mentions first, each field in text order.
  std::stable_sort(all.begin() + static_cast<std::ptrdiff_t>(from), all.end(),
                   [](const EntityMention& x, const EntityMention& y) {
                     const bool xt = x.field == Field::kTitle, yt = y.field == Field::kTitle;
                     if (xt != yt) return xt;
                     return x.start < y.start;
                   });
}

}  // namespace newsfacts::extract

namespace newsfacts::extract {
namespace {

// German names of parliamentary chambers, which act and hold figures of their own under a
// common noun ("der Nationalrat beschloss 40 Gesetze", "dem Oberhaus gehören 212 Lords an").
// Not "Senat" as a court's or a university's panel ("der Senat des Landgerichts", "der
// akademische Senat der Hochschule"); courts, prosecutors, the armed forces, ministries and the
// police are kLocalBodiesDe below; nor a chamber whose name is also a member's office
// ("Bundesrat X", "Gemeinderat X"). Grouped by first letter (PublicBodiesDe indexes it so).
constexpr std::string_view kPublicBodiesDe[] = {
    "Abgeordnetenhaus", "Bundestag",          "Bürgerschaft", "Landtag",  "Nationalrat",
    "Oberhaus",         "Repräsentantenhaus", "Senat",        "Unterhaus"};

// Public bodies that keep to their sentence (EntityMention::local): ministries, police,
// prosecutors, courts and the armed forces. News cites them as the source of others' figures
// ("nach einer Bilanz der Staatsanwaltschaft 129 Tote", "laut Innenministerium"), so they
// may take the figures of a sentence that names them but are never carried to the sentences
// after them. A word in lower case is a compound's last part ("Innenministerium",
// "Bundespolizei", "Landgericht"; "olizei" is also "Polizei" itself); the others whole words.
constexpr std::string_view kLocalBodiesDe[] = {"ministerium",        "olizei",     "gericht",
                                               "Staatsanwaltschaft", "Bundesheer", "Bundeswehr"};

// Whether the word ending at byte `q` may be a noun of kLocalBodiesDe: its last four bytes
// without its ending end one ("rium", "izei", "icht", "shof" of "gerichtshof", "haft",
// "heer", "wehr"). The nouns end in none of "s" and "e", so the ending to drop is known: "es"
// after a word's "es", "s" after its other "s", else none. One eight-byte load, one hash and
// one bit test, no branch; some other endings pass too (a pre-filter: the caller compares).
// REQUIRES: 8 <= q <= text.size().
bool LocalTailDe(std::string_view text, size_t q) {
  static constexpr std::string_view kTails[] = {"rium", "izei", "icht", "shof",
                                                "haft", "heer", "wehr"};
  auto hash = [](uint32_t x) { return (x * 0x9E3779B1u) >> 26; };  // 6 bits
  static constexpr uint64_t kBits = [hash] {
    uint64_t bits = 0;
    for (std::string_view t : kTails) {
      uint32_t x = 0;
      for (size_t i = 0; i < 4; ++i) {
        x |= uint32_t{static_cast<uint8_t>(t[i])} << (8 * i);  // as a little-endian load
      }
      bits |= uint64_t{1} << hash(x);
    }
    return bits;
  }();
  uint64_t y = 0;  // text[q - 8, q), the last byte highest
  std::memcpy(&y, text.data() + q - 8, 8);
  const auto s = static_cast<unsigned>((y >> 56) == 's');
  const unsigned cut = s + (s & static_cast<unsigned>(((y >> 48) & 0xFF) == 'e'));
  return ((kBits >> hash(static_cast<uint32_t>(y >> (32 - 8 * cut)))) & 1) != 0;
}
// The last parts before "gericht" that make a dish, no court ("Hauptgericht", "Nudelgericht",
// "Fertiggericht", "Leibgericht"), lower case. Any other compound is a court: news names many
// ("Landgericht", "Schiedsgericht", "Kartellgericht", "Erstgericht").
constexpr std::string_view kDishPartsDe[] = {
    "haupt",   "vor",        "nudel",    "fertig",   "leib",  "lieblings", "fleisch",
    "fisch",   "eintopf",    "gemüse",   "national", "tages", "mittags",   "wild",
    "pfannen", "kartoffel",  "linsen",   "bohnen",   "pilz",  "spargel",   "curry",
    "wok",     "weihnachts", "tiefkühl", "reste"};

// Determiners and contractions before a body's noun ("der Senat", "vom Landtag", "des
// Bundestages"), also capitalised at a sentence's start ("Dem Senat gehören …"). Not "im",
// "ins" or "in den": there the body is the place where others sit or which they enter ("im
// Landtag sitzen 15 Abgeordnete der X", "in den Landtag einziehen").
constexpr std::string_view kBodyDeterminersDe[] = {"der", "Der", "die", "Die", "das",  "Das",
                                                   "des", "Des", "dem", "Dem", "den",  "Den",
                                                   "vom", "Vom", "zum", "Zum", "beim", "Beim"};

// The run of word bytes ending right at byte `e` (no blank skipped), empty when none.
std::string_view RunEndingAt(std::string_view text, size_t e) {
  return text.substr(scan::WordOrHighRunStart(text, 0, e),
                     e - scan::WordOrHighRunStart(text, 0, e));
}

// "Senat" as a panel of a court or a university: "des"/"der" after it and, within the next
// two words, a court ("…gericht…", "…Gericht…"), a "Universität" or a "Hochschule". `e`: the
// noun's end.
bool CourtOrUniversityPanelDe(std::string_view text, size_t e) {
  if (!(text.substr(e, 5) == " des " || text.substr(e, 5) == " der ")) return false;
  size_t p = e + 5;
  for (int k = 0; k < 2 && p < text.size(); ++k) {
    size_t q = p;
    while (q < text.size() && scan::IsWordOrHigh(text[q])) ++q;
    const std::string_view w = text.substr(p, q - p);
    if (w.find("gericht") != std::string_view::npos ||
        w.find("Gericht") != std::string_view::npos || w.starts_with("Universität") ||
        w.starts_with("Hochschule")) {
      return true;
    }
    if (q >= text.size() || text[q] != ' ') return false;
    p = q + 1;
  }
  return false;
}

}  // namespace

std::vector<std::string> PublicBodyLiteralsDe() {
  std::vector<std::string> lits(std::begin(kPublicBodiesDe), std::end(kPublicBodiesDe));
  lits.insert(lits.end(), std::begin(kLocalBodiesDe), std::end(kLocalBodiesDe));
  return lits;
}

void PublicBodiesDe(std::string_view text, Field field, std::vector<EntityMention>& mentions,
                    size_t from, const TextBlocks* blocks, const SideLiteralHits* hits) {
  const size_t mid = mentions.size();
  std::vector<size_t> absorbed;  // place mentions that became part of a body's name
  // One visit per capitalised word after a blank (the capital starts the figure scan noted,
  // else a scan of its own), not one search of the text per noun.
  // Per first letter c, the nouns starting with it: kPublicBodiesDe[first[c - 'A']] and the
  // next count[c - 'A'] - 1 (the list is grouped by first letter).
  struct ByLetter {
    std::array<uint8_t, 26> first{};
    std::array<uint8_t, 26> count{};
  };
  static constexpr ByLetter kByLetter = [] {
    ByLetter t;
    for (size_t i = std::size(kPublicBodiesDe); i-- > 0;) {
      const auto c = static_cast<size_t>(kPublicBodiesDe[i][0] - 'A');
      t.first[c] = static_cast<uint8_t>(i);
      ++t.count[c];
    }
    return t;
  }();
  // The first two bytes of the nouns as bits (first - 'A') * 256 + second: one load and one
  // test per capital, no branch on the letter alone (which half the capitals pass: it was
  // mispredicted).
  static constexpr std::array<uint64_t, 26 * 256 / 64> kFirstTwo = [] {
    std::array<uint64_t, 26 * 256 / 64> t{};
    for (std::string_view n : kPublicBodiesDe) {
      const size_t bit =
          static_cast<size_t>(n[0] - 'A') * 256 + static_cast<size_t>(static_cast<uint8_t>(n[1]));
      t[bit / 64] |= uint64_t{1} << (bit % 64);
    }
    return t;
  }();
  // Whether a noun may start at p (text[p] is 'A'..'Z'): its first two bytes fit one.
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  auto may_start = [u, n](size_t p) {
    if (p + 1 >= n) return false;
    const size_t bit = (size_t{u[p]} - 'A') * 256 + size_t{u[p + 1]};
    return ((kFirstTwo[bit / 64] >> (bit % 64)) & 1) != 0;
  };
  // The body whose noun `noun` starts at p (text[p] is 'A'..'Z'); `local`: one that keeps to
  // its sentence (kLocalBodiesDe).
  auto add = [&](size_t p, std::string_view noun, bool local) {
    if (p < 3 || text[p - 1] != ' ') return;  // inside a word, a compound's last part
    size_t e = p + noun.size();
    // "Verwaltungsgerichtshof": the court's compound head.
    if (local && noun.ends_with("gericht") && text.substr(e, 4) == "shof") {
      e += 4;
      noun = text.substr(p, e - p);
    }
    // A genitive ending ("des Senats", "des Bundestages").
    if (e < text.size() && text[e] == 's') {
      ++e;
    } else if (e + 1 < text.size() && text[e] == 'e' && text[e + 1] == 's') {
      e += 2;
    }
    if (e < text.size() && (scan::IsWordOrHigh(text[e]) || text[e] == '-')) return;
    // The determiner, with up to two inflected adjectives before the noun ("im neuen
    // steirischen Landtag").
    size_t q = p - 1;
    std::string_view w = RunEndingAt(text, q);
    for (int adj = 0;
         adj < 2 && InflectedAdjectiveDe(w) && q > w.size() && text[q - w.size() - 1] == ' ';
         ++adj) {
      if (scan::InList(w, kBodyDeterminersDe)) break;
      q -= w.size() + 1;
      w = RunEndingAt(text, q);
    }
    if (!scan::InList(w, kBodyDeterminersDe)) return;
    if (const size_t b = q - w.size();
        b >= 2 && text[b - 1] == ' ' && scan::InList(RunEndingAt(text, b - 1), {"in", "In"})) {
      return;  // "in den Landtag", "in die Bürgerschaft"
    }
    // Overlaps a mention already found (a gazetteer or tagger name): that one stands. An
    // organisation of the same span is this body ("die Bundespolizei" from the tagger): it
    // keeps to its sentence too.
    for (size_t k = from; k < mid; ++k) {
      EntityMention& o = mentions[k];
      if (o.start < e && p < o.end) {
        if (local && o.start == p && o.end == e && o.type == EntityType::kOrg) o.local = true;
        return;
      }
    }
    if (noun == "Senat" && CourtOrUniversityPanelDe(text, e)) return;
    // "der Senat 4 des Kammergerichts": a numbered panel of another body. Other digits are
    // the object German puts right after the subject ("hat der Landtag 5 Millionen Euro
    // bewilligt").
    if (e + 1 < text.size() && text[e] == ' ' && scan::IsDigit(text[e + 1])) {
      size_t d = e + 1;
      while (d < text.size() && scan::IsDigit(text[d])) ++d;
      if (text.substr(d, 5) == " des " || text.substr(d, 5) == " der ") return;
    }
    // A place mention right after names the body's seat ("das Landgericht Kralstadt"); any
    // other mention there is a name of its own ("der Senat Kralmann", a person's office). A
    // capitalised word no mention covers is a noun, the object after the subject ("hat der
    // Landtag Hilfen beschlossen").
    size_t end = e;
    size_t place = mid;
    if (e + 1 < text.size() && text[e] == ' ' && ner::StartsUpper(text.substr(e + 1, 2))) {
      for (size_t k = from; k < mid; ++k) {
        if (mentions[k].start == e + 1) {
          place = k;
          break;
        }
      }
      if (place != mid) {
        if (mentions[place].type != EntityType::kPlace || e != p + noun.size()) return;
        end = mentions[place].end;
        absorbed.push_back(place);
      }
    }
    EntityMention m;
    m.field = field;
    m.start = static_cast<uint32_t>(p);
    m.end = static_cast<uint32_t>(end);
    m.surface = std::string(text.substr(p, end - p));
    m.entity = std::string(noun);
    if (place != mid) {
      m.entity += ' ';
      m.entity += mentions[place].surface;
    } else {
      // The text names the body in full elsewhere ("der Deutsche Bundestag", "der
      // Unabhängige Kralinger-Senat"): the noun refers back to that name.
      for (size_t k = from; k < mid; ++k) {
        const std::string& full = mentions[k].entity;
        if (mentions[k].type == EntityType::kOrg && full.size() > noun.size() + 1 &&
            full.ends_with(noun) &&
            (full[full.size() - noun.size() - 1] == ' ' ||
             full[full.size() - noun.size() - 1] == '-')) {
          m.entity = full;
          break;
        }
      }
    }
    m.type = EntityType::kOrg;
    m.local = local;
    mentions.push_back(std::move(m));
  };
  // REQUIRES (visit): may_start(p).
  auto visit = [&](size_t p) {
    const auto c = static_cast<size_t>(text[p] - 'A');
    for (size_t i = kByLetter.first[c]; i < kByLetter.first[c] + kByLetter.count[c]; ++i) {
      const std::string_view n = kPublicBodiesDe[i];
      if (p + n.size() <= text.size() && text[p + 1] == n[1] && text.substr(p, n.size()) == n) {
        add(p, n, false);
        return;
      }
    }
  };
  // The bodies that keep to their sentence, from the same capital starts: the word after a
  // blank and a byte a determiner ends in ("der", "die", "das", "des", "dem", "den", "vom",
  // "zum", "beim"), taken to its end; its last letters, without a genitive ending, name one.
  // local_end tests first the word's end (the shortest noun, "Polizei", has 7 bytes) and its
  // last bytes (LocalTailDe): they turn nearly every word away, each test on the same outcome
  // (no mispredicted branch), before visit_local reads the determiner. The word's end, 0 when
  // turned away. Small, to be inlined in the loops over the capital starts.
  auto local_end = [&](size_t p) -> size_t {
    if (p < 4 || text[p - 1] != ' ') return 0;
    const size_t q = scan::WordOrHighRunEnd(text, p + 1);
    return q >= 8 && ((q - p >= 7) & LocalTailDe(text, q)) ? q : 0;
  };
  // REQUIRES (visit_local): q = local_end(p) != 0.
  auto visit_local = [&](size_t p, size_t q) {
    // The determiners end in "e" ("die", "-e" of an adjective) or a vowel and r, s, m, n.
    const char d = text[p - 2];
    const char v = text[p - 3];
    if (d != 'e' && ((d != 'r' && d != 's' && d != 'm' && d != 'n') ||
                     (v != 'e' && v != 'i' && v != 'a' && v != 'o' && v != 'u'))) {
      return;
    }
    // The last 6 bytes of "Polizei" lower-case ASCII.
    if (!((text[p + 6] >= 'a' && text[p + 6] <= 'z') || (text[p + 6] & 0x80) != 0)) return;
    for (size_t cut = 0; cut < 3; ++cut) {  // "", "s", "es"
      if ((cut == 1 && text[q - 1] != 's') ||
          (cut == 2 && (q - p < 3 || text[q - 2] != 'e' || text[q - 1] != 's'))) {
        continue;
      }
      std::string_view w = text.substr(p, q - cut - p);
      if (w.ends_with("gerichtshof")) w.remove_suffix(4);
      if (w.back() != 'm' && w.back() != 'i' && w.back() != 't' && w.back() != 'r') continue;
      for (std::string_view tail : kLocalBodiesDe) {
        if (!w.ends_with(tail)) continue;
        // A compound's last part after at least one part ("Innenministerium",
        // "Landespolizei", "Landgericht"; "olizei" is also "Polizei"), else the whole word.
        const bool compound = tail[0] >= 'a' && tail[0] <= 'z';
        const char before = w.size() > tail.size() ? w[w.size() - tail.size() - 1] : '\0';
        if (compound ? (before == '\0' || (tail == "olizei" && before != 'P' && before != 'p'))
                     : w.size() != tail.size()) {
          continue;
        }
        if (tail == "gericht" &&
            scan::EndsWithAnyLower(w.substr(0, w.size() - tail.size()), kDishPartsDe)) {
          continue;
        }
        add(p, w, true);
        return;
      }
    }
  };
  if (hits != nullptr && hits->complete) {
    // The capital starts the old scans would take: a chamber's noun where one starts, the
    // start of each word a local body's tail lies in. Each (p << 8 | 0x80 for a local body |
    // the noun's index), sorted: by p, a chamber before a local body, as the scan below.
    thread_local std::vector<uint64_t> cand;
    cand.clear();
    for (const auto& [s, i] : hits->at) {
      if (i < std::size(kPublicBodiesDe)) {
        if (text.substr(s, kPublicBodiesDe[i].size()) == kPublicBodiesDe[i]) {
          cand.push_back(uint64_t{s} << 8 | i);
        }
      } else if (const size_t p = scan::WordOrHighRunStart(text, 0, s);
                 text[p] >= 'A' && text[p] <= 'Z') {
        cand.push_back(uint64_t{p} << 8 | 0x80);
      }
    }
    std::sort(cand.begin(), cand.end());
    cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
    for (const uint64_t c : cand) {
      const auto p = static_cast<size_t>(c >> 8);
      if ((c & 0x80) == 0) {
        add(p, kPublicBodiesDe[c & 0x7F], false);
      } else if (const size_t q = local_end(p); q != 0) {
        visit_local(p, q);
      }
    }
  } else if (blocks != nullptr && blocks->For(text)) {
    const uint64_t* caps = blocks->capital_starts.data();
    const size_t blocks_n = blocks->capital_starts.size();
    for (size_t b = 0; b < blocks_n; ++b) {
      for (uint64_t bits = caps[b]; bits != 0; bits &= bits - 1) {
        const size_t p = b * 64 + static_cast<size_t>(std::countr_zero(bits));
        if (may_start(p)) visit(p);
        if (const size_t q = local_end(p); q != 0) visit_local(p, q);
      }
    }
  } else {
    for (size_t p = 1; p < text.size(); ++p) {
      if (text[p] < 'A' || text[p] > 'Z' || text[p - 1] != ' ') continue;
      if (may_start(p)) visit(p);
      if (const size_t q = local_end(p); q != 0) visit_local(p, q);
    }
  }
  if (mentions.size() == mid) return;
  if (!absorbed.empty()) {
    std::sort(absorbed.begin(), absorbed.end());
    absorbed.erase(std::unique(absorbed.begin(), absorbed.end()), absorbed.end());
    for (auto it = absorbed.rbegin(); it != absorbed.rend(); ++it) {
      mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(*it));
    }
  }
  const size_t mid2 = mid - absorbed.size();  // the new mentions follow, in text order
  std::inplace_merge(
      mentions.begin() + static_cast<std::ptrdiff_t>(from),
      mentions.begin() + static_cast<std::ptrdiff_t>(mid2), mentions.end(),
      [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
}

}  // namespace newsfacts::extract
