// Extractor: validates input, detects the language and runs the figure grammar per field,
// finds entity mentions (gazetteer + name tagger) and attributes figures with the article's
// context (see extract/README.md for the data flow).
#include "extract/extractor.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "common/utf8.h"
#include "extract/attribution.h"
#include "extract/entity_matcher.h"
#include "extract/entity_scan.h"
#include "extract/figure_context.h"
#include "extract/figure_finder.h"
#include "extract/function_words.h"
#include "extract/gazetteer.h"
#include "extract/metric_classifier.h"
#include "extract/ner_features.h"
#include "extract/ner_tagger.h"
#include "extract/period.h"
#include "extract/person_lexicon.h"
#include "extract/sentence.h"
#include "extract/text_blocks.h"

namespace newsfacts::extract {

namespace {

// German: whether `word` is a role (scan::PersonRole) only by a head that is a role only as a
// compound's last part ("Popstar", "Weltmeister"; lexicon::kPartOnly), no other role ending it.
bool PartOnlyRoleDe(std::string_view word) {
  using lexicon::kEnds, lexicon::kNoPersonRole, lexicon::kPartOnly, lexicon::kRoleWords;
  static constexpr const auto& kPartHeads =
      lexicon::kSelected<kRoleWords, lexicon::kDe, kEnds | kPartOnly, kNoPersonRole>;
  static constexpr const auto& kEndRoles =
      lexicon::kSelected<kRoleWords, lexicon::kDe, kEnds, kNoPersonRole | kPartOnly>;
  return scan::EndsWithAnyLower(word, kPartHeads) && !scan::EndsWithAnyLower(word, kEndRoles);
}

const std::vector<std::pair<std::string, NameTagger::CountryNames>>& BuiltInCountries();

}  // namespace

struct Extractor::Impl {
  ExtractorOptions options;
  const Gazetteer* gazetteer = nullptr;    // set when options.entities
  std::unique_ptr<EntityMatcher> matcher;  // built from *gazetteer
  const NameTagger* names = nullptr;       // set when options.entities && options.names

  // Validates `text`, appends its figures and mentions to *out (no attribution).
  // `periods`: the text's period memo for Attribute's call on it (nullptr: no attribution
  // follows, nothing to keep).
  // `number_context`: the body, for the title (FindFigures).
  Status FindAll(std::string_view text, Lang lang, Field field, Extraction* out,
                 std::optional<int64_t> published_at_ms, PeriodMemo* periods,
                 std::string_view number_context = {}) const;
};

Extractor::Extractor(ExtractorOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  if (options.entities) {
    impl_->gazetteer = options.gazetteer != nullptr ? options.gazetteer : &Gazetteer::Default();
    // The matcher's text scan also finds the German public bodies' literals (one pass over the
    // text for both; PublicBodiesDe reads them).
    impl_->matcher = std::make_unique<EntityMatcher>(*impl_->gazetteer, EntityMatcherOptions{},
                                                     PublicBodyLiteralsDe());
    if (options.names) impl_->names = &NameTagger::Default();
    MetricClassifier::Prepare();  // the attribution's cue tables, built here, not per article
    (void)BuiltInCountries();     // LocalCountryNames' table, likewise
  }
}
Extractor::~Extractor() = default;

Status Extractor::Impl::FindAll(std::string_view text, Lang lang, Field field, Extraction* out,
                                std::optional<int64_t> published_at_ms, PeriodMemo* periods,
                                std::string_view number_context) const {
  if (text.size() > kMaxFieldBytes) {
    return Status::InvalidArgument(std::string(FieldName(field)) + " is longer than " +
                                   std::to_string(kMaxFieldBytes) + " bytes");
  }
  if (auto bad = common::FindInvalidUtf8(text)) {
    return Status::InvalidArgument(std::string(FieldName(field)) + " is not valid UTF-8 at byte " +
                                   std::to_string(*bad));
  }
  // Figures: candidate scan -> ICU window normalization -> grammar (figure_finder.h). The
  // candidate scan also notes the text's capital and digit-run starts for the period pass
  // and the entity matcher (text_blocks.h).
  thread_local TextBlocks blocks;
  const size_t f0 = out->figures.size();
  FindFigures(text, lang, field, &out->figures, published_at_ms, periods, number_context, &blocks);
  if (!matcher) return Status::Ok();
  // Entities: the gazetteer first; names it does not know from the tagger, merged in text
  // order.
  const size_t m0 = out->entities.size();
  // German: PublicBodyLiteralsDe's hits, for PublicBodiesDe (Find resets them first).
  thread_local SideLiteralHits body_hits;
  matcher->Find(text, lang, field, &out->entities, &blocks,
                lang == Lang::kDe ? &body_hits : nullptr);
  if (names != nullptr) {
    thread_local std::vector<EntityMention> found;
    found.clear();
    // Only the lead and the sentences around figures matter for attribution; titles whole.
    thread_local std::vector<uint32_t> focus;
    focus.clear();
    if (field == Field::kBody) {
      for (size_t i = f0; i < out->figures.size(); ++i) focus.push_back(out->figures[i].start);
      std::sort(focus.begin(), focus.end());
      // The lead only: a point past the end (Find skips it).
      if (focus.empty()) focus.push_back(static_cast<uint32_t>(text.size()));
    }
    names->Find(text, lang, field, std::span<const EntityMention>(out->entities).subspan(m0),
                &found, focus);
    // German: a lone word the tagger took for a name that is a role ("Konzernsprecherin",
    // "Bundes-Finanzminister": a compound whose last part is a role, scan::PersonRole) names
    // nobody; the role's holder or organisation is written around it ("Anna Kralik,
    // Konzernsprecherin, sagte …"). Not a word that is a role only by a head that is a role
    // only as a compound's last part (lexicon::kPartOnly): such heads end company names as
    // often ("Velmostar", "Kralmeister").
    if (lang == Lang::kDe) {
      std::erase_if(found, [&](const EntityMention& m) {
        return (m.type == EntityType::kOrg || m.type == EntityType::kPerson) && !m.entity.empty() &&
               m.entity == m.surface && m.entity.find(' ') == std::string::npos &&
               scan::PersonRole(m.entity, Lang::kDe) && !PartOnlyRoleDe(m.entity);
      });
    }
    if (!found.empty()) {
      const size_t mid = out->entities.size();
      for (EntityMention& m : found) out->entities.push_back(std::move(m));
      std::inplace_merge(
          out->entities.begin() + static_cast<std::ptrdiff_t>(m0),
          out->entities.begin() + static_cast<std::ptrdiff_t>(mid), out->entities.end(),
          [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
    }
  }
  WebAddressNames(text, field, out->entities, m0);
  if (lang == Lang::kDe) PublicBodiesDe(text, field, out->entities, m0, &blocks, &body_hits);
  JoinNamesWithPlaces(text, out->entities, m0);
  if (lang == Lang::kEn) PlaceCompanyNamesEn(text, out->entities, m0);
  LocalCountryNames(*gazetteer, lang, std::span<EntityMention>(out->entities).subspan(m0));
  if (lang == Lang::kEn) ShortCountryNamesEn(std::span<EntityMention>(out->entities).subspan(m0));
  return Status::Ok();
}

void WebAddressNames(std::string_view text, Field field, std::vector<EntityMention>& mentions,
                     size_t from) {
  static constexpr std::string_view kTopLevel[] = {"at", "de",   "ch", "com", "net", "org",
                                                   "es", "eu",   "fr", "it",  "mx",  "ar",
                                                   "uk", "info", "tv", "io"};
  auto label_byte = [](char c) { return scan::IsAsciiAlnum(c) || c == '-'; };
  const size_t mid = mentions.size();
  for (size_t p = text.find('.'); p != std::string_view::npos && p + 2 < text.size();
       p = text.find('.', p + 1)) {
    // A top-level domain starts with a lower-case letter right after the dot.
    if (text[p + 1] < 'a' || text[p + 1] > 'z' || p == 0 || !label_byte(text[p - 1])) continue;
    size_t s = p;
    while (s > 0 && (label_byte(text[s - 1]) || text[s - 1] == '.')) --s;
    size_t e = p + 1;
    while (e < text.size() && (label_byte(text[e]) || text[e] == '.')) ++e;
    while (e > p && text[e - 1] == '.') --e;  // a sentence's full stop
    const size_t next = e;
    // Not an e-mail address, a path, a longer word or a label that is no ASCII word.
    const auto before = s > 0 ? static_cast<unsigned char>(text[s - 1]) : ' ';
    const auto after = e < text.size() ? static_cast<unsigned char>(text[e]) : ' ';
    const std::string_view addr = text.substr(s, e - s);
    const size_t last_dot = addr.rfind('.');
    const std::string_view tld = addr.substr(last_dot + 1);
    bool ok = before != '@' && before != '/' && before < 0x80 && after != '@' && after != '/' &&
              after < 0x80 && s < p && addr.front() != '.' && addr.front() != '-' &&
              !(addr.size() > 4 && scan::EqualsLowerAscii(addr.substr(0, 4), "www.")) &&
              !scan::EqualsLowerAscii(addr, "dot.com") &&
              std::find(std::begin(kTopLevel), std::end(kTopLevel), tld) != std::end(kTopLevel);
    if (ok && tld == "uk") {  // "co.uk", "org.uk" only
      const std::string_view rest = addr.substr(0, last_dot);
      ok = rest.ends_with(".co") || rest.ends_with(".org");
    }
    // Every label holds a letter; no empty label ("a..b").
    for (size_t q = 0; ok && q < addr.size();) {
      size_t r = addr.find('.', q);
      if (r == std::string_view::npos) r = addr.size();
      bool letter = false;
      for (size_t k = q; k < r; ++k)
        letter = letter || (scan::IsAsciiAlnum(addr[k]) && !scan::IsDigit(addr[k]));
      ok = letter;
      q = r + 1;
    }
    p = next > p ? next - 1 : p;
    if (!ok) continue;
    bool overlaps = false;
    for (size_t k = from; k < mid && !overlaps; ++k) {
      overlaps = mentions[k].start < e && s < mentions[k].end;
    }
    if (overlaps) continue;
    EntityMention m;
    m.field = field;
    m.start = static_cast<uint32_t>(s);
    m.end = static_cast<uint32_t>(e);
    m.surface = std::string(addr);
    m.entity = m.surface;
    m.type = EntityType::kOrg;
    mentions.push_back(std::move(m));
  }
  if (mentions.size() == mid) return;
  std::inplace_merge(
      mentions.begin() + static_cast<std::ptrdiff_t>(from),
      mentions.begin() + static_cast<std::ptrdiff_t>(mid), mentions.end(),
      [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
}

namespace {

// ShortCountryNamesEn's table: (a name of the country, its short name); the country's ICU
// English name comes first among the rows of its short name.
constexpr std::pair<std::string_view, std::string_view> kShortCountryNamesEn[] = {
    {"United States", "US"}, {"United States of America", "US"},
    {"USA", "US"},           {"U.S.", "US"},
    {"U.S.A.", "US"},        {"United Kingdom", "UK"},
    {"Britain", "UK"},       {"Great Britain", "UK"},
    {"U.K.", "UK"},          {"America", "US"}};

}  // namespace

std::vector<std::string> CountryNames(std::string_view name) {
  std::optional<NameTagger::CountryNames> c = NameTagger::CountryByName(name);
  std::string lower;
  if (!c) ner::LowerInto(name, &lower);
  for (size_t i = 0; !c && i < std::size(kShortCountryNamesEn); ++i) {
    const auto& [long_name, short_name] = kShortCountryNamesEn[i];
    if (!scan::EqualsLowerAscii(long_name, lower) && !scan::EqualsLowerAscii(short_name, lower))
      continue;
    for (const auto& [first, s] : kShortCountryNamesEn) {  // the ICU English name
      if (s == short_name) {
        c = NameTagger::CountryByName(first);
        break;
      }
    }
  }
  std::vector<std::string> out;
  if (!c) return out;
  for (const size_t l : {2, 0, 1}) {  // English, German, Spanish
    if (std::find(out.begin(), out.end(), (*c)[l]) == out.end()) out.push_back((*c)[l]);
  }
  for (const auto& [long_name, short_name] : kShortCountryNamesEn) {
    if (long_name == out[0]) {
      out.emplace_back(short_name);
      break;
    }
  }
  return out;
}

namespace {

// The built-in gazetteer's places that are countries, with the country layer's names; built
// once (the Extractor's constructor builds it, so the first article does not).
const std::vector<std::pair<std::string, NameTagger::CountryNames>>& BuiltInCountries() {
  static const std::vector<std::pair<std::string, NameTagger::CountryNames>> kCountries = [] {
    std::vector<std::pair<std::string, NameTagger::CountryNames>> out;
    for (const GazetteerEntry& e : Gazetteer::Default().entries()) {
      if (e.type != EntityType::kPlace) continue;
      if (std::optional<NameTagger::CountryNames> c = NameTagger::CountryByName(e.name))
        out.emplace_back(e.name, std::move(*c));
    }
    return out;
  }();
  return kCountries;
}

}  // namespace

void LocalCountryNames(const Gazetteer& gazetteer, Lang lang, std::span<EntityMention> mentions) {
  if (lang != Lang::kDe && lang != Lang::kEs) return;
  const auto& kCountries = BuiltInCountries();
  const size_t l = lang == Lang::kDe ? 0 : 1;  // NameTagger::CountryNames: de, es, en
  for (EntityMention& m : mentions) {
    if (m.type != EntityType::kPlace) continue;
    for (const auto& [name, local] : kCountries) {
      if (m.entity != name) continue;
      // A user's entry of that name (--entities-file) keeps its name.
      const GazetteerEntry* e = gazetteer.Find(name);
      if (e != nullptr && e->built_in) m.entity = local[l];
      break;
    }
  }
}

std::string CanonicalCountry(std::string_view name) {
  const Gazetteer& g = Gazetteer::Default();
  // The gazetteer's place entry `n` resolves to, if any.
  auto gazetteer_place = [&g](std::string_view n) -> std::optional<std::string> {
    std::optional<std::string> c = g.Resolve(n);
    const GazetteerEntry* e = c ? g.Find(*c) : nullptr;
    if (e == nullptr || e->type != EntityType::kPlace) return std::nullopt;
    return c;
  };
  if (g.Resolve(name)) {
    // A gazetteer name: a country only when it is a place the country layer knows ("EE. UU.";
    // not a firm, product, city or region, whatever else the name could mean).
    std::optional<std::string> c = gazetteer_place(name);
    if (!c || CountryNames(*c).empty()) return {};
    return *std::move(c);
  }
  std::vector<std::string> names = CountryNames(name);
  if (names.empty()) return {};
  // A name the gazetteer does not list ("Österreich", "GERMANY"): the gazetteer may list the
  // country under another of its names; only a place naming the same country counts.
  for (const std::string& n : names) {
    std::optional<std::string> c = gazetteer_place(n);
    if (!c) continue;
    const std::vector<std::string> same = CountryNames(*c);
    if (!same.empty() && same.front() == names.front()) return *std::move(c);
  }
  return std::move(names.front());
}

void ShortCountryNamesEn(std::span<EntityMention> mentions) {
  const auto& names = kShortCountryNamesEn;
  for (EntityMention& m : mentions) {
    if (m.type != EntityType::kPlace || m.entity.size() < 3 || m.entity.size() > 24) continue;
    for (const auto& [name, short_name] : names) {
      if (m.entity == name) {
        m.entity = std::string(short_name);
        break;
      }
    }
  }
}

void JoinNamesWithPlaces(std::string_view text, std::vector<EntityMention>& mentions, size_t from) {
  size_t w = from;
  for (size_t i = from; i < mentions.size(); ++i) {
    EntityMention& m = mentions[i];
    if (m.type == EntityType::kPlace && m.start <= text.size()) {
      // "Casinos Austria AG": the organisation already covers the name; absorb the place.
      if (w > from) {
        EntityMention& prev = mentions[w - 1];
        if (prev.type == EntityType::kOrg && prev.end + 1 == m.start && text[prev.end] == ' ' &&
            prev.entity.find(std::string(text.substr(prev.start, m.end - prev.start))) !=
                std::string::npos) {
          prev.end = m.end;
          prev.surface = std::string(text.substr(prev.start, prev.end - prev.start));
          continue;
        }
      }
      // "die Bank Austria", "Banco Sabadell", "Air Tamvaria": a bank or an airline named
      // after a place is the company; so is "<Name> Bank of <place>" ("Royal Bank of
      // Tamvaria", "Credit Bank of Tamvaria"). Not a bare "Bank of <place>", mostly the
      // place's central bank, whose figures are the economy's.
      for (std::string_view head : {"Bank ", "Banco ", "Banca ", "Air ", "Bank of "}) {
        if (m.start >= head.size() &&
            scan::SameBytes(text.substr(m.start - head.size(), head.size()), head) &&
            (m.start == head.size() || text[m.start - head.size() - 1] == ' ')) {
          const bool bank_of = head == "Bank of ";
          size_t start = m.start - head.size();
          while (bank_of && start >= 2 && text[start - 1] == ' ') {
            size_t ws = start - 1;
            while (ws > 0 && scan::IsAsciiAlnum(text[ws - 1])) --ws;
            if (ws + 1 >= start || text[ws] < 'A' || text[ws] > 'Z' ||
                (ws > 0 && text[ws - 1] != ' ') || text.substr(ws, start - 1 - ws) == "The") {
              break;
            }
            start = ws;
          }
          if (bank_of && start == m.start - head.size()) break;
          m.start = static_cast<uint32_t>(start);
          m.surface = std::string(text.substr(m.start, m.end - m.start));
          m.entity = m.surface;
          m.type = EntityType::kOrg;
          // The tagger's mentions of the name's first words ("Bank", "Air") are part of it.
          while (w > from && mentions[w - 1].start >= m.start && mentions[w - 1].end <= m.end) --w;
          break;
        }
      }
    }
    if (w != i) mentions[w] = std::move(m);
    ++w;
  }
  mentions.resize(w);
}

namespace {

using scan::InList;

// True when a German preposition governs `m` ("auf Facebook", "bei der Kralinger AG", "mit
// dem Partner X"): a platform, place or partner of the story, less likely its topic than a
// name without one. Keyed by German words (none of them is an English or Spanish word).
bool GovernedDe(std::string_view text, const EntityMention& m) {
  if (m.start > text.size()) return false;
  std::string_view w = scan::ChunkBefore(text, m.start);
  // A list member inherits the preposition of the list: "bei Kralinger, Ökab und Donaublick".
  for (int k = 0; k < 3 && !w.empty(); ++k) {
    size_t at = static_cast<size_t>(w.data() - text.data());
    if (scan::EqualsLiteral(w, "und") || scan::EqualsLiteral(w, "oder")) {
      w = scan::ChunkBefore(text, at);
    } else if (w.back() == ',') {
      // "Kralinger," is the member before; step over it
    } else {
      break;
    }
    at = static_cast<size_t>(w.data() - text.data());
    w = scan::ChunkBefore(text, at);
  }
  using scan::EqualsLiteral;
  if (EqualsLiteral(w, "der") || EqualsLiteral(w, "die") || EqualsLiteral(w, "das") ||
      EqualsLiteral(w, "dem") || EqualsLiteral(w, "den")) {
    w = scan::ChunkBefore(text, static_cast<size_t>(w.data() - text.data()));
  }
  static constexpr std::string_view kPrepDe[] = {"auf",   "Auf",   "bei",  "Bei", "beim", "Beim",
                                                 "mit",   "Mit",   "für",  "Für", "über", "Über",
                                                 "gegen", "durch", "ohne", "zum", "zur"};
  // Every capitalised entry has its lower-case twin: the shapes by lower-cased first byte
  // and length reject most chunks in one branch (asked for every title and lead mention).
  static constexpr scan::WordShapes kShapes(kPrepDe);
  return kShapes.Maybe(w) && InList(w, kPrepDe);
}

// German: true when `m` is the first part of a hyphenated compound ("Tarvos-Chips",
// "Kralix-Aktie"): a hyphen and a letter right after the mention.
bool CompoundHeadDe(std::string_view text, const EntityMention& m) {
  if (m.end + 1 >= text.size() || text[m.end] != '-') return false;
  const auto next = static_cast<unsigned char>(text[m.end + 1]);
  return (next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') || next >= 0x80;
}

// True when some occurrence of `name` in `text` (of `lang`) follows a PersonCue word, or is
// followed by Spanish ", quien" (the relative pronoun of persons: "Valdrich, quien …").
bool WrittenAsPerson(std::string_view text, std::string_view name, Lang lang) {
  for (size_t p = scan::FindExact(text, name); p != std::string_view::npos;
       p = scan::FindExact(text, name, p + 1)) {
    if (scan::PersonCue(scan::ChunkBefore(text, p), lang)) return true;
    if (text.substr(p + name.size()).starts_with(", quien ")) return true;
  }
  return false;
}

// German: true when the person `full` is called a founder ("Gründer Anton Kralhuber",
// "Firmengründer …") or some whole-word occurrence of the surname `name` in `text` is a
// company's name — after a company noun ("Drogeriekette Kralhuber", "Firma Kralhuber") or
// before a legal form or "&" ("Kralhuber & Co", "Kralhuber AG"; not "Gruppe"/"Group", common
// nouns too: IsLegalFormWordNotNoun): the founder's surname is also the firm's name.
bool WrittenAsCompanyDe(std::string_view text, std::string_view name, std::string_view full) {
  // [Gg]ründer, [Ee]igentümer before an occurrence of `full` at p: the firm carries the
  // founder's or owner's name.
  auto founder_before = [&](size_t p) {
    const std::string_view before = scan::ChunkBefore(text, p);
    return before.ends_with("ründer") || before.ends_with("ründers") ||
           before.ends_with("igentümer");
  };
  // The callers' `name` is the last word of `full`: every occurrence of `full` then ends in
  // one of `name`, and the search for `name` below finds both (one pass over the text).
  const bool suffix = !name.empty() && full.ends_with(name);
  const size_t head = full.size() - (suffix ? name.size() : 0);  // `full` before `name`
  if (!suffix) {
    for (size_t p = scan::FindExact(text, full); p != std::string_view::npos;
         p = scan::FindExact(text, full, p + 1)) {
      if (founder_before(p)) return true;
    }
  }
  // The company nouns, lower-case: `alone` when the capitalised noun itself names the firm
  // ("Firma Kralhuber"), `part` when a longer word ending in it does ("Drogeriekette
  // Kralhuber"; not "Xunternehmen", "Kette").
  // Not attribution's kCompanySuffixesDe (no "Firma"; "-unternehmen", "Gruppe" alone count)
  // nor the tagger's kCompanyNounsDe (whole words, "Rivale" too): one list would move names.
  struct CompanyNoun {
    std::string_view lower;
    bool alone;
    bool part;
  };
  static constexpr CompanyNoun kCompanyNouns[] = {
      {"firma", true, true},        {"konzern", true, true},
      {"konzerns", true, true},     {"hersteller", true, true},
      {"händler", true, true},      {"konzerne", true, false},
      {"unternehmen", true, false}, {"familienunternehmen", true, false},
      {"anbieter", true, false},    {"betreiber", true, false},
      {"kette", false, true},       {"gruppe", false, true}};
  auto company_noun = [](std::string_view w) {
    for (const CompanyNoun& n : kCompanyNouns) {
      if (w.size() > n.lower.size()
              ? n.part && w.ends_with(n.lower)
              : n.alone && w.size() == n.lower.size() && w[0] == n.lower[0] - 'a' + 'A' &&
                    w.substr(1) == n.lower.substr(1)) {
        return true;
      }
    }
    return false;
  };
  for (size_t p = scan::FindExact(text, name); p != std::string_view::npos;
       p = scan::FindExact(text, name, p + 1)) {
    if (suffix && p >= head && text.substr(p - head, head) == full.substr(0, head) &&
        founder_before(p - head)) {
      return true;
    }
    const size_t e = p + name.size();
    if ((p > 0 && scan::IsWordOrHigh(text[p - 1])) ||
        (e < text.size() && scan::IsWordOrHigh(text[e]))) {
      continue;  // inside a longer word
    }
    const std::string_view before = scan::ChunkBefore(text, p);
    if (company_noun(before) || before.ends_with("igentümer")) return true;  // "X-Eigentümer X"
    if (e + 1 < text.size() && text[e] == ' ') {
      size_t q = e + 1;
      while (q < text.size() && text[q] != ' ' && text[q] != ',' && text[q] != '.') ++q;
      const std::string_view after = text.substr(e + 1, q - e - 1);
      if (after == "&" || ner::IsLegalFormWordNotNoun(after)) return true;
    }
  }
  return false;
}

}  // namespace

namespace {

// Spanish short forms of the full name `person` ("Nombre Apellido1 Apellido2", "Nombre1 Nombre2
// Apellido1 Apellido2"), added to `forms` with the name: the first surname alone ("Apellido1",
// the usual short form of a Spanish name) and the trailing words of two or more ("Apellido1
// Apellido2", "Nombre2 Apellido1 Apellido2"). Only names of three or four capitalised words
// without particles: "Palacio de Gobierno" or "Juan de Castro" have no such parts.
void SpanishShortNames(std::string_view person,
                       std::vector<std::pair<std::string_view, std::string_view>>* forms) {
  std::array<size_t, 4> starts{};  // word starts
  size_t n = 0;
  for (size_t p = 0; p != std::string_view::npos && n < starts.size();) {
    starts[n++] = p;
    const size_t sp = person.find(' ', p);
    const std::string_view w = person.substr(p, sp == std::string_view::npos ? sp : sp - p);
    if (!ner::StartsUpper(w) || ner::IsNameParticle(w)) return;
    p = sp == std::string_view::npos ? sp : sp + 1;
  }
  if (n < 3) return;
  const std::string_view first_surname =
      person.substr(starts[n - 2], starts[n - 1] - 1 - starts[n - 2]);
  if (first_surname.size() >= 3) forms->emplace_back(first_surname, person);
  for (size_t k = 1; k + 1 < n; ++k) forms->emplace_back(person.substr(starts[k]), person);
}

// A full name ("Nombre Apellido", two to four words) typed person in some mention is a
// person in all of them, and a one-word mention that is the last word (surname) of exactly
// one such person is that person ("Apellido" after "Nombre Apellido"): the tagger often
// types a recurring surname an organisation, which then steals figures. German: not a
// surname the text also writes as a company's name (WrittenAsCompanyDe: the founder's firm).
void CarryPersons(std::span<EntityMention> mentions, std::string_view title, std::string_view body,
                  Lang lang) {
  // German: whether the title or the body writes the surname `name` (the last word of the
  // full name `full`) as a firm's. One answer per full name, for both uses below (a surname
  // recurs); the names are copied, as the first use rewrites the entities.
  thread_local std::vector<std::pair<std::string, bool>> firm;
  firm.clear();
  auto written_as_company = [&](std::string_view name, std::string_view full) {
    for (const auto& [f, answer] : firm) {
      if (f == full) return answer;
    }
    const bool answer =
        WrittenAsCompanyDe(title, name, full) || WrittenAsCompanyDe(body, name, full);
    firm.emplace_back(full, answer);
    return answer;
  };
  // German: a one-word mention the tagger gave the person whose surname it is ("Kralhuber"
  // for "Anton Kralhuber", NameTagger) is the founder's or owner's firm where the text writes
  // the surname as a company's name. Before the views below are taken: it rewrites entities
  // with a blank.
  if (lang == Lang::kDe) {
    for (EntityMention& m : mentions) {
      if (m.type != EntityType::kPerson || m.surface.find(' ') != std::string::npos ||
          m.entity.size() <= m.surface.size() || !m.entity.ends_with(m.surface) ||
          m.entity[m.entity.size() - m.surface.size() - 1] != ' ') {
        continue;
      }
      if (written_as_company(m.surface, m.entity)) {
        m.entity = m.surface;
        m.type = EntityType::kOrg;
      }
    }
  }
  thread_local std::vector<std::string_view> persons;  // full names typed person
  persons.clear();
  for (const EntityMention& m : mentions) {
    if (m.type != EntityType::kPerson) continue;
    const size_t sp = m.entity.find(' ');
    if (sp == std::string::npos || std::count(m.entity.begin(), m.entity.end(), ' ') > 3) {
      continue;
    }
    // The last word a surname: capitalised, not a particle ("Alexander Van"), and the name
    // no "X of Y" ("Gerard Rijk of Inbev" is not a surname "Inbev").
    const std::string_view e = m.entity;
    const std::string_view last = e.substr(e.rfind(' ') + 1);
    if (e.find(" of ") != std::string_view::npos || !ner::StartsUpper(last) ||
        ner::IsNameParticle(last)) {
      continue;
    }
    persons.push_back(m.entity);
  }
  if (persons.empty()) return;
  std::sort(persons.begin(), persons.end());
  persons.erase(std::unique(persons.begin(), persons.end()), persons.end());
  // Surnames, each with its person; a surname shared by two persons names neither.
  thread_local std::vector<std::pair<std::string_view, std::string_view>> surnames;
  surnames.clear();
  for (std::string_view p : persons) {
    std::string_view last = p.substr(p.rfind(' ') + 1);
    if (last.size() >= 3) surnames.emplace_back(last, p);
    if (lang == Lang::kEs) SpanishShortNames(p, &surnames);
  }
  std::sort(surnames.begin(), surnames.end());
  // Views into the full names of person mentions (their entities have a space); the loop
  // below rewrites only the entities of one-word mentions, so the views stay valid: no copies.
  thread_local std::vector<std::pair<std::string_view, std::string_view>> unique;
  unique.clear();
  for (size_t i = 0; i < surnames.size(); ++i) {
    const bool dup = (i > 0 && surnames[i - 1].first == surnames[i].first) ||
                     (i + 1 < surnames.size() && surnames[i + 1].first == surnames[i].first);
    if (!dup) unique.emplace_back(surnames[i].first, surnames[i].second);
  }
  // The entry of `unique` for a name (end() when none).
  auto find_unique = [&](std::string_view name) {
    auto it = std::lower_bound(unique.begin(), unique.end(), name,
                               [](const auto& e, std::string_view w) { return e.first < w; });
    return it != unique.end() && it->first == name ? it : unique.end();
  };
  for (EntityMention& m : mentions) {
    if (m.entity.find(' ') != std::string::npos) {
      const bool person =
          std::binary_search(persons.begin(), persons.end(), std::string_view(m.entity));
      if (m.type != EntityType::kPerson && person) m.type = EntityType::kPerson;
      // Spanish: the surnames of a full name written together ("López Vidal" after
      // "Ana María López Vidal"): that person. No view in `unique` points into an entity
      // that is no person's full name, so rewriting it keeps them valid.
      if (lang == Lang::kEs && !person &&
          (m.type == EntityType::kOrg || m.type == EntityType::kPerson)) {
        if (auto it = find_unique(m.entity); it != unique.end()) {
          m.entity = it->second;
          m.type = EntityType::kPerson;
        }
      }
      continue;
    }
    // A lone surname the tagger typed person ("Apellido, candidato del …") is that person
    // too: left a one-word "person", the type harmonization below would make it an
    // organisation.
    auto it = find_unique(m.entity);
    if (it != unique.end() && (m.type == EntityType::kOrg || m.type == EntityType::kPerson)) {
      // German: a surname the text writes as a company's name is the founder's firm.
      if (lang == Lang::kDe && written_as_company(it->first, it->second)) continue;
      m.entity = it->second;
      m.type = EntityType::kPerson;
    }
  }
}

}  // namespace

void HarmonizeEntityTypes(std::span<EntityMention> mentions, std::string_view title,
                          std::string_view body, Lang lang) {
  if (lang == Lang::kEs || lang == Lang::kDe) CarryPersons(mentions, title, body, lang);
  if (lang == Lang::kEn) {
    CompaniesTypedPlaceEn(mentions, body);
    PersonsWrittenAsCompanyEn(mentions, body);
  }
  // Names typed as an organisation (or product) somewhere; one-word "persons" and whether
  // the text shows them to be persons after all (a title, role or speech verb before them).
  thread_local std::vector<std::string_view> org_names;
  thread_local std::vector<std::pair<std::string_view, bool>> lone;
  org_names.clear();
  lone.clear();
  for (const EntityMention& m : mentions) {
    if (m.entity.find(' ') != std::string::npos) continue;  // a full name is typed well
    if (m.type == EntityType::kOrg) org_names.push_back(m.entity);
    if (m.type == EntityType::kPerson) lone.emplace_back(m.entity, false);
  }
  if (lone.empty() && org_names.empty()) return;
  std::sort(org_names.begin(), org_names.end());
  std::sort(lone.begin(), lone.end());
  lone.erase(std::unique(lone.begin(), lone.end()), lone.end());
  constexpr size_t kMaxLone = 32;  // bounds the text searches per article
  if (lone.size() > kMaxLone) lone.clear();
  // Every occurrence of the name is checked in ordinary articles; in a huge body only the
  // words before its mentions (the search stays linear in the text).
  constexpr size_t kSearchBytes = 64 << 10;
  const bool search = title.size() + body.size() <= kSearchBytes;
  for (auto& [name, person] : lone) {
    const bool org = std::binary_search(org_names.begin(), org_names.end(), name);
    person =
        !org && search && (WrittenAsPerson(title, name, lang) || WrittenAsPerson(body, name, lang));
    // English: a speech verb is no title ("Halifax said"); a name the text writes as a
    // company is one.
    if (person && lang == Lang::kEn && WrittenAsCompanyEn(body, name)) person = false;
    if (person && lang == Lang::kDe &&
        (WrittenAsInstitutionDe(title, name) || WrittenAsInstitutionDe(body, name))) {
      person = false;
    }
  }
  if (!search) {
    for (const EntityMention& m : mentions) {
      std::string_view text = m.field == Field::kTitle ? title : body;
      if (m.type != EntityType::kPerson || m.start > text.size()) continue;
      if (!scan::PersonCue(scan::ChunkBefore(text, m.start), lang)) continue;
      auto it = std::lower_bound(lone.begin(), lone.end(),
                                 std::pair<std::string_view, bool>(m.entity, false));
      if (it != lone.end() && it->first == m.entity) it->second = true;
    }
  }
  // A list member next to a place is a place too ("Roma, Lisboa y Atenas").
  auto list_gap = [&](const EntityMention& a, const EntityMention& b) {
    if (a.field != b.field || b.start < a.end || b.start - a.end > 5) return false;
    std::string_view text = a.field == Field::kTitle ? title : body;
    if (b.start > text.size()) return false;
    std::string_view gap = text.substr(a.end, b.start - a.end);
    return gap == ", " || gap == " y " || gap == " und " || gap == " and " || gap == " e " ||
           gap == ", y " || gap == ", and " || gap == " o " || gap == " or " || gap == " oder ";
  };
  for (size_t i = 0; i < mentions.size(); ++i) {
    EntityMention& m = mentions[i];
    // A place name that is an organisation elsewhere in the article ("Spanair" tagged LOC
    // once and ORG twice) is the organisation.
    if (m.type == EntityType::kPlace && m.entity.find(' ') == std::string::npos &&
        std::binary_search(org_names.begin(), org_names.end(), m.entity)) {
      m.type = EntityType::kOrg;
      continue;
    }
    if (m.type != EntityType::kPerson) continue;
    auto it = std::lower_bound(lone.begin(), lone.end(),
                               std::pair<std::string_view, bool>(m.entity, false));
    if (it == lone.end() || it->first != m.entity || it->second) continue;  // a person
    const bool place =
        (i > 0 && mentions[i - 1].type == EntityType::kPlace && list_gap(mentions[i - 1], m)) ||
        (i + 1 < mentions.size() && mentions[i + 1].type == EntityType::kPlace &&
         list_gap(m, mentions[i + 1]));
    m.type = place ? EntityType::kPlace : EntityType::kOrg;
  }
}

const EntityMention* ArticleTopic(std::span<const EntityMention> title,
                                  std::span<const EntityMention> body, const Gazetteer& gazetteer,
                                  std::string_view body_text, Lang lang,
                                  std::string_view title_text) {
  // Candidates: mentions of the title and of the lead (first 400 bytes of the body). Score:
  // 4 in the title, 2 per lead mention, 1 per later body mention (first 200 mentions);
  // organisations and products before persons and places.
  constexpr uint32_t kLead = 400;
  const EntityMention* best = nullptr;
  int best_score = 0;
  bool best_org = false;
  bool best_free = false;
  bool skip_org = false;  // the second look (Spanish; German) at persons and places only
  auto consider = [&](const EntityMention& c) {
    // A candidate that loses whatever its score (a person or place once an organisation
    // leads; a governed name once a free one of its kind leads) is not scored: the tests
    // below are pure, so the order they are asked in changes nothing.
    const bool org = c.type == EntityType::kOrg || c.type == EntityType::kProduct;
    if (best != nullptr && best_org && !org) return;
    // The second look scores each person or place once.
    if (skip_org && (org || (best != nullptr && c.entity == best->entity))) return;
    if (c.local || SourceName(gazetteer, lang, c.entity)) return;   // keeps to its sentence
    if (c.type == EntityType::kOrg && EventName(c.entity)) return;  // holds no figure
    if (c.field == Field::kBody && !body_text.empty() &&
        (IsDatelinePlace(body_text, c) || IsResearchSource(body_text, c) ||
         IsSeatOfOrganisation(body_text, lang, c))) {
      return;
    }
    // German, the second look: a place after "nach" is a destination ("die Fähre nach
    // Belgora"), not the story's place.
    if (skip_org && lang == Lang::kDe && c.type == EntityType::kPlace && c.field == Field::kBody &&
        c.start <= body_text.size()) {
      size_t ws;
      if (scan::EqualsLowerAscii(scan::WordBefore(body_text, 0, c.start, &ws), "nach")) return;
    }
    // German: a name that is only the first part of a compound ("die Tarvos-Kunden")
    // is not free either: the compound names what the sentence is about.
    const bool free =
        c.field != Field::kBody ||
        (!GovernedDe(body_text, c) && !(lang == Lang::kDe && CompoundHeadDe(body_text, c)));
    if (best != nullptr && org == best_org && best_free && !free) return;
    int score = 0;
    for (const EntityMention& m : title) score += m.entity == c.entity ? 4 : 0;
    size_t n = 0;
    for (const EntityMention& m : body) {
      if (++n > 200) break;
      if (m.entity == c.entity) score += m.start < kLead ? 2 : 1;
    }
    if (best == nullptr || (org && !best_org) ||
        (org == best_org && ((free && !best_free) || (free == best_free && score > best_score)))) {
      // A source cited in German ("laut X", "nach Angaben des X"): looked at only for a
      // mention that would win.
      if (c.field == Field::kBody && !body_text.empty() && IsCitedSourceDe(body_text, c)) return;
      best = &c;
      best_score = score;
      best_org = org;
      best_free = free;
    }
  };
  // German (second_de below): an organisation the title and lead name only after a
  // preposition yields to a free person or place the body names more often.
  // Spanish: a person or place of the title and lead that the article names at least twice
  // as often as the organisation that won (and in more than the title or the lead alone) is
  // the topic: a person-centred or town-centred article names other bodies in passing
  // ("la alcaldesa X … la Secretaría de Salud"; "en Ozmerales … el Ministerio"). The second
  // pass looks at persons and places only.
  constexpr int kMinScore = 6;
  const EntityMention* org_best = nullptr;
  int org_score = 0;
  bool org_free = false;
  // Keeps the organisation that won the first look and starts the second (persons and
  // places only).
  auto set_org_aside = [&] {
    org_best = best;
    org_score = best_score;
    org_free = best_free;
    best = nullptr;
    best_score = 0;
    best_org = false;
    best_free = false;
    skip_org = true;
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (const EntityMention& m : title) consider(m);
    for (const EntityMention& m : body) {
      if (m.start >= kLead) break;
      consider(m);
    }
    // German: only an organisation every title and lead mention of which a preposition
    // governs ("bei den Kralfeld Open") yields, to a free person or place (below).
    const bool second_de = lang == Lang::kDe && best != nullptr && best_org && !best_free;
    if (pass == 1 || (lang != Lang::kEs && !second_de) || best == nullptr || !best_org) break;
    if (second_de) {
      set_org_aside();
      continue;
    }
    // The second look can only change the answer when another name could score kMinScore and
    // more than the organisation (the least the rules below accept): the weight of all
    // mentions but the organisation's own bounds any other name's score (a mention of the
    // same name scores the organisation's).
    int others = 4 * static_cast<int>(title.size()) - best_score;
    size_t n = 0;
    for (const EntityMention& m : body) {
      if (++n > 200) break;
      others += m.start < kLead ? 2 : 1;
    }
    if (others < std::max(kMinScore, best_score + 1)) break;
    set_org_aside();
  }
  if (org_best != nullptr) {
    // A title that names the person or place first, and the organisation not at all or only
    // after a preposition ("La protesta en X: daños en los Y"), is about the person or
    // place when the article names it more often; not when the organisation is a subject
    // of the title ("X: Y y Z se disputarán …").
    auto title_first = [&] {
      bool seen = false;
      for (const EntityMention& m : title) {
        seen = seen || m.entity == best->entity;
        if (m.entity != org_best->entity) continue;
        if (!seen || m.end > title_text.size()) return false;
        size_t ws;
        std::string_view w = scan::WordBefore(title_text, 0, m.start, &ws);
        if (IsArticle(w)) w = scan::WordBefore(title_text, 0, ws, &ws);
        return IsPreposition(w);
      }
      return seen;
    };
    if (lang == Lang::kDe) {
      // German: the person or place the title and lead name freely, which the body names
      // (the tagger reads little of it: its words are counted; a person by the surname) at
      // least three times and more often than the organisation named only after a
      // preposition ("Anton X wird bei der Kralix AG fehlen … X …"; a story about a person
      // or a country).
      auto occurrences = [&](std::string_view name) {
        int n = 0;
        for (size_t p = scan::FindExact(body_text, name); p != std::string_view::npos && n < 20;
             p = scan::FindExact(body_text, name, p + name.size())) {
          const size_t e = p + name.size();
          n += (p == 0 || !scan::IsWordOrHigh(body_text[p - 1])) &&
               (e >= body_text.size() || !scan::IsWordOrHigh(body_text[e]));
        }
        return n;
      };
      if (best != nullptr && best_free &&
          (best->type == EntityType::kPerson || best->type == EntityType::kPlace)) {
        const std::string_view e = best->entity;
        const int mine = occurrences(e.substr(e.rfind(' ') + 1));
        if (mine >= 3 && mine > occurrences(org_best->entity)) return best;
        // A place the title and lead name freely that scores at least the organisation's
        // score is the story's country or town ("Gespräche mit Tarvos laufen. Ostrilien muss
        // sparen.", "Tarvos-Maschinen fliegen nach Belgora. Ostrilien prüft das.").
        // Not a country adjective ("die ostrilische Regierung"): a name.
        const bool adjective = !ner::StartsUpper(best->surface);
        if (best->type == EntityType::kPlace && !adjective && best_score >= org_score) {
          return best;
        }
      }
    } else if (best != nullptr && best_score >= kMinScore &&
               (best_score >= 2 * org_score || (best_score > org_score && title_first()))) {
      return best;
    }
    best = org_best;
    best_score = org_score;
    best_org = true;
    best_free = org_free;
  }
  // Nothing named in the title or lead: the organisation the body names most often.
  if (best == nullptr) {
    size_t n = 0;
    for (const EntityMention& m : body) {
      if (++n > 200) break;
      if (m.type == EntityType::kOrg || m.type == EntityType::kProduct) consider(m);
    }
    // Spanish: an organisation the body names once, and not in its lead, is a name in
    // passing, no topic ("… lo explica en su canal de Plataformia").
    if (lang == Lang::kEs && best_score < 2) best = nullptr;
  }
  return best;
}

Status Extractor::ExtractText(std::string_view text, Lang lang, Field field, Extraction* out,
                              std::optional<int64_t> published_at_ms) const {
  if (lang == Lang::kUnknown) lang = DetectLang(text);
  if (out->lang == Lang::kUnknown) out->lang = lang;
  const size_t f0 = out->figures.size();
  const size_t m0 = out->entities.size();
  // The period pass of the figure stage, kept for attribution's (only when it follows).
  PeriodMemo periods;
  PeriodMemo* memo = impl_->matcher ? &periods : nullptr;
  NEWSFACTS_RETURN_IF_ERROR(impl_->FindAll(text, lang, field, out, published_at_ms, memo));
  // Implicit currencies from the rest of this text (figure_context.h).
  FigureTexts texts;
  (field == Field::kTitle ? texts.title : texts.body) = text;
  texts.published_at_ms = published_at_ms;
  ResolveContextUnits(std::span<Figure>(out->figures).subspan(f0), out->lang, texts);
  if (!impl_->matcher) return Status::Ok();
  // One text: its own lead gives the topic.
  HarmonizeEntityTypes(std::span<EntityMention>(out->entities).subspan(m0),
                       field == Field::kTitle ? text : std::string_view(),
                       field == Field::kTitle ? std::string_view() : text, lang);
  PlacesByUse(std::span<EntityMention>(out->entities).subspan(m0),
              field == Field::kTitle ? text : std::string_view(),
              field == Field::kTitle ? std::string_view() : text, *impl_->gazetteer, lang);
  if (lang == Lang::kDe) {
    AgencyCompoundsDe(out->entities, m0, nullptr,
                      field == Field::kTitle ? text : std::string_view(),
                      field == Field::kTitle ? std::string_view() : text);
  }
  UnionsLocatedIn(std::span<EntityMention>(out->entities).subspan(m0),
                  field == Field::kTitle ? text : std::string_view(),
                  field == Field::kTitle ? std::string_view() : text, *impl_->gazetteer);
  PublicBodiesEs(std::span<EntityMention>(out->entities).subspan(m0), lang);
  // The topic serves attribution alone, which has nothing to do in a text without figures.
  if (out->figures.size() == f0) return Status::Ok();
  auto mentions = std::span<const EntityMention>(out->entities).subspan(m0);
  const EntityMention* topic = ArticleTopic({}, mentions, *impl_->gazetteer, text, lang);
  Attribute(text, lang, mentions, *impl_->gazetteer, std::span<Figure>(out->figures).subspan(f0),
            topic, memo);
  return Status::Ok();
}

Status Extractor::Extract(const Article& article, Extraction* out) const {
  out->Clear();
  Lang lang = article.lang;
  if (lang == Lang::kUnknown) lang = DetectLang(article.body);
  out->lang = lang;
  // Both fields first, then attribution with the article's topic (title and lead). Each
  // field's period pass is kept for attribution's (only when attribution follows).
  PeriodMemo title_periods, body_periods;
  const bool keep = impl_->matcher != nullptr;
  // With entities, every stage asks for sentence bounds of both fields: one end index each
  // (sentence.h). Figures alone ask for few, which the scan answers cheaper.
  const SentenceIndexScope title_ends(article.title, keep), body_ends(article.body, keep);
  if (!article.title.empty())
    NEWSFACTS_RETURN_IF_ERROR(impl_->FindAll(article.title, lang, Field::kTitle, out,
                                             article.published_at_ms,
                                             keep ? &title_periods : nullptr, article.body));
  if (lang == Lang::kEn && impl_->matcher) DropHeadlineWordEn(article.body, &out->entities);
  const size_t f_body = out->figures.size();
  const size_t m_body = out->entities.size();
  NEWSFACTS_RETURN_IF_ERROR(impl_->FindAll(article.body, lang, Field::kBody, out,
                                           article.published_at_ms,
                                           keep ? &body_periods : nullptr));
  // Implicit currencies from the whole article (figure_context.h).
  ResolveContextUnits(out->figures, lang,
                      FigureTexts{article.title, article.body, article.published_at_ms});
  if (!impl_->matcher) {
    TitlePeriodsFromBody(article.title, article.body, std::span<Figure>(out->figures).first(f_body),
                         std::span<const Figure>(out->figures).subspan(f_body));
    return Status::Ok();
  }
  HarmonizeEntityTypes(out->entities, article.title, article.body, lang);
  PlacesByUse(out->entities, article.title, article.body, *impl_->gazetteer, lang);
  size_t m_first_body = m_body;
  if (lang == Lang::kDe) {
    AgencyCompoundsDe(out->entities, 0, &m_first_body, article.title, article.body);
  }
  UnionsLocatedIn(out->entities, article.title, article.body, *impl_->gazetteer);
  PublicBodiesEs(out->entities, lang);
  auto mentions = std::span<const EntityMention>(out->entities);
  auto figures = std::span<Figure>(out->figures);
  // The topic serves attribution alone, which has nothing to do in an article without figures.
  if (figures.empty()) return Status::Ok();
  const EntityMention* topic =
      ArticleTopic(mentions.first(m_first_body), mentions.subspan(m_first_body), *impl_->gazetteer,
                   article.body, lang, article.title);
  if (!article.title.empty()) {
    Attribute(article.title, lang, mentions.first(m_first_body), *impl_->gazetteer,
              figures.first(f_body), topic, &title_periods);
  }
  // The title's first place, for a Spanish public count (rule 6b; only Spanish uses it).
  const EntityMention* title_place = nullptr;
  for (const EntityMention& m : mentions.first(lang == Lang::kEs ? m_first_body : 0)) {
    if (m.field == Field::kTitle && m.type == EntityType::kPlace) {
      title_place = &m;
      break;
    }
  }
  Attribute(article.body, lang, mentions.subspan(m_first_body), *impl_->gazetteer,
            figures.subspan(f_body), topic, &body_periods, title_place);
  TitlePeriodsFromBody(article.title, article.body, figures.first(f_body), figures.subspan(f_body));
  return Status::Ok();
}

Lang DetectLang(std::string_view text) {
  // Counts frequent function words delimited by spaces in the first 4 KiB.
  static constexpr std::array<std::string_view, 8> kDe = {" der ",   " die ", " und ", " das ",
                                                          " nicht ", " ist ", " mit ", " von "};
  static constexpr std::array<std::string_view, 8> kEs = {" el ",  " los ", " las ", " del ",
                                                          " que ", " y ",   " una ", " por "};
  static constexpr std::array<std::string_view, 8> kEn = {" the ",  " and ",  " of ",  " is ",
                                                          " that ", " with ", " for ", " was "};
  const std::string_view head = text.substr(0, 4096);
  auto count = [&](const auto& words) {
    int n = 0;
    for (std::string_view w : words) {
      for (size_t p = head.find(w); p != std::string_view::npos; p = head.find(w, p + 1)) ++n;
    }
    return n;
  };
  const int de = count(kDe), es = count(kEs), en = count(kEn);
  if (de == 0 && es == 0 && en == 0) return Lang::kUnknown;
  if (de >= es && de >= en) return Lang::kDe;
  return es >= en ? Lang::kEs : Lang::kEn;
}

}  // namespace newsfacts::extract
