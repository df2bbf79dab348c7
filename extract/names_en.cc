// WrittenAsCompanyEn (extractor.h): whether an English text writes a lone name as a company.
// In its own unit so that the rule's string comparisons do not change the inlining of
// extractor.cc, whose code runs for every language.
#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_scan.h"
#include "extract/extractor.h"
#include "extract/ner_features.h"
#include "extract/person_lexicon.h"

namespace newsfacts::extract {

namespace {

// Whether an apposition after a name ending at body[e] names a person's role or relation
// before its next punctuation ("Kelby Marsh, chairman of the bank,", "Kelby Marsh, the
// founder of the group,"; PersonsWrittenAsCompanyEn).
bool PersonAppositionEn(std::string_view body, size_t e) {
  if (!body.substr(e).starts_with(", ")) return false;
  size_t q = e + 2;
  for (int words = 0; words < 8 && q < body.size(); ++words) {
    const size_t w0 = q;
    while (q < body.size() && (scan::IsWordOrHigh(body[q]) || body[q] == '-')) ++q;
    if (q == w0) return false;
    const std::string_view w = body.substr(w0, q - w0);
    if (w == "of" || scan::PersonRole(w, Lang::kEn)) return true;
    if (q >= body.size() || body[q] != ' ') return false;
    ++q;
  }
  return false;
}

// English: what the text right after an occurrence of a full name, ending at body[e], says of
// it (PersonsWrittenAsCompanyEn): 1 a company, 2 a company by "its" alone (see
// kItsOnly), -1 a person, 0 nothing. A company: a relative
// "which" ("Kelby Marsh, which floated in 1998,"), a possessive before what only a firm has
// ("Kelby Marsh's shares", "…'s profits"), or "its" after a verb phrase of up to four
// lower-case words with no punctuation ("Kelby Marsh has trimmed its dividend",
// "Kelby Marsh said its sales"). A person: a relative "who" or a personal pronoun's
// possessive in that verb phrase ("Kelby Marsh said his …").
constexpr int kItsOnly = 2;
int FullNameUseEn(std::string_view body, size_t e) {
  static constexpr std::string_view kOwned[] = {
      "shares",    "shareholders", "share",    "profits", "profit",  "sales",
      "turnover",  "revenues",     "revenue",  "stores",  "shops",   "staff",
      "workforce", "employees",    "chairman", "board",   "factory", "factories"};
  const std::string_view rest = body.substr(e);
  if (rest.starts_with(", which ")) return 1;
  if (rest.starts_with(", who ") || rest.starts_with(" who ")) return -1;
  if (rest.starts_with("'s ")) {
    size_t q = e + 3;
    while (q < body.size() && scan::IsWordOrHigh(body[q])) ++q;
    return scan::InList(body.substr(e + 3, q - e - 3), kOwned) ? 1 : 0;
  }
  size_t q = e;
  for (int words = 0; words < 5; ++words) {
    if (q >= body.size() || body[q] != ' ') return 0;
    ++q;
    const size_t w0 = q;
    while (q < body.size() && body[q] >= 'a' && body[q] <= 'z') ++q;
    const std::string_view w = body.substr(w0, q - w0);
    if (w.empty() || (q < body.size() && scan::IsWordOrHigh(body[q]))) return 0;
    if (w == "its") return words > 0 ? kItsOnly : 0;
    if (scan::InList(w, {"his", "her", "he", "she", "him", "who"})) return -1;
  }
  return 0;
}

}  // namespace

bool WrittenAsCompanyEn(std::string_view body, std::string_view name) {
  static constexpr std::string_view kStaff[] = {
      "chief",     "economist",  "economists",   "spokesman", "spokeswoman", "spokesperson",
      "officials", "executives", "shareholders", "shares",    "staff",       "employees"};
  bool company = false;
  for (size_t p = scan::FindExact(body, name); p != std::string_view::npos;
       p = scan::FindExact(body, name, p + 1)) {
    size_t e = p + name.size();
    if ((p > 0 && scan::IsWordOrHigh(body[p - 1])) ||
        (e < body.size() && scan::IsWordOrHigh(body[e]) && body[e] != '\'')) {
      continue;  // inside a longer word
    }
    const std::string_view before = scan::ChunkBefore(body, p);
    // A role or title before the name makes a person ("Chairman Velmora"); a speech verb does
    // not: "said Velmora" quotes an organisation as often as a person.
    static constexpr const auto& kVerbs =
        lexicon::kSelected<lexicon::kSpeechWords, lexicon::kEn, 0>;
    if (scan::PersonCue(before, Lang::kEn) && !scan::InListLower(before, kVerbs)) return false;
    // Not before a capitalised word: "the Gran Turismo series" names something longer.
    const bool whole =
        e + 1 >= body.size() || body[e] != ' ' || !ner::StartsUpper(body.substr(e + 1));
    if (before == "the" || before == "The" || scan::EqualsLowerAscii(before, "state-owned")) {
      company = company || whole;
    } else if (ner::StartsUpper(before) && p >= 2 && body[p - 1] == ' ' &&
               scan::IsWordOrHigh(body[p - 2])) {
      return false;  // a first name: "Jeremy Jaynes"
    }
    // What the text says right after the name: ", which", "X's sales", "X said its sales"
    // (a company); "who", "X said his" (a person).
    if (const int use = FullNameUseEn(body, e); use != 0) {
      if (use < 0) return false;
      company = true;
    }
    if (body.substr(e).starts_with("'s ")) {
      e += 3;
    } else if (e < body.size() && body[e] == ' ') {
      ++e;
    } else {
      continue;
    }
    size_t q = e;
    while (q < body.size() && scan::IsWordOrHigh(body[q])) ++q;
    if (scan::InList(body.substr(e, q - e), kStaff)) company = true;
  }
  return company;
}

void DropHeadlineWordEn(std::string_view body, std::vector<EntityMention>* mentions) {
  if (mentions->empty()) return;
  const EntityMention& m = mentions->front();
  if (m.field != Field::kTitle || m.start != 0 ||
      (m.type != EntityType::kOrg && m.type != EntityType::kPerson) || m.surface.size() < 2 ||
      m.surface.size() != m.end - m.start || !(m.surface[0] >= 'A' && m.surface[0] <= 'Z') ||
      !std::all_of(m.surface.begin() + 1, m.surface.end(),
                   [](char c) { return c >= 'a' && c <= 'z'; })) {
    return;
  }
  const std::string_view name = m.surface;
  for (size_t p = scan::FindExact(body, name); p != std::string_view::npos;
       p = scan::FindExact(body, name, p + 1)) {
    const size_t e = p + name.size();
    if ((p == 0 || !scan::IsWordOrHigh(body[p - 1])) &&
        (e == body.size() || !scan::IsWordOrHigh(body[e]))) {
      return;  // the body names it too
    }
  }
  mentions->erase(mentions->begin());
}

namespace {

// English: what the occurrence body[p, e) of a name the tagger typed a place says of it: 1 a
// company, -1 a place ("prosecutors in Parma"), 0 nothing (CompaniesTypedPlaceEn).
int PlaceUseEn(std::string_view body, size_t p, size_t e) {
  // After the name's possessive: what only a company has ("Aston's chief executive", "the
  // Halifax's figures" are a lender's; a country has an economy, a city a mayor).
  static constexpr std::string_view kOwned[] = {"chief",       "chairman",  "boss",  "shareholders",
                                                "shareholder", "shares",    "share", "profits",
                                                "profit",      "workforce", "staff", "employees"};
  // Before the name: a company noun ("consultancy Deloitte", "gas monopoly Gazprom") or
  // someone working at a firm ("security expert at Energis", "no one at Lycos").
  static constexpr std::string_view kNounBefore[] = {
      "company",   "firm",     "group",    "consultancy", "monopoly", "carmaker",    "automaker",
      "lender",    "retailer", "airline",  "carrier",     "insurer",  "brewer",      "chipmaker",
      "drugmaker", "portal",   "operator", "giant",       "club",     "conglomerate"};
  static constexpr std::string_view kStaffAt[] = {"expert",    "analyst",   "economist",  "one",
                                                  "executive", "spokesman", "spokeswoman"};
  // In an apposition after the name: "Korvex, Chile's second-biggest steel firm".
  static constexpr std::string_view kCompanyNouns[] = {
      "firm",    "company",  "group", "lender",  "retailer", "carmaker",    "maker",
      "airline", "operator", "bank",  "insurer", "brewer",   "consultancy", "club"};
  // The next word after `q` (blanks skipped).
  auto word_at = [&](size_t q) {
    while (q < body.size() && body[q] == ' ') ++q;
    size_t r = q;
    while (r < body.size() && scan::IsWordOrHigh(body[r])) ++r;
    return body.substr(q, r - q);
  };
  // A quick no: without "'s" or a comma after the name, only the word before can tell, and
  // every such word (the company nouns, "at", "in") ends in one of "belmnprty"; most words
  // before a place ("of", "to", "and", a capitalised name's last letter) do not.
  const bool owner_or_list =
      e + 1 < body.size() && (body[e] == ',' || (body[e] == '\'' && body[e + 1] == 's'));
  if (!owner_or_list && p >= 2 && body[p - 1] == ' ' &&
      std::string_view("belmnprty").find(body[p - 2]) == std::string_view::npos) {
    return 0;
  }
  bool company = false;
  {
    // The word before, not across a sentence's end ("… gas giant. Yukos said").
    size_t b = p;
    while (b > 0 && body[b - 1] == ' ') --b;
    const std::string_view before = b > 0 && (body[b - 1] == '.' || body[b - 1] == '\n')
                                        ? std::string_view()
                                        : scan::ChunkBefore(body, p);
    const std::string_view before2 =
        before.empty() ? before
                       : scan::ChunkBefore(body, static_cast<size_t>(before.data() - body.data()));
    // The quick no for "the X", "The X" (most places).
    if (!owner_or_list && (before == "the" || before == "The")) return 0;
    // A place's use wins: "prosecutors in Parma" (not "shares in X", "a stake in X").
    if ((before == "in" || before == "In") &&
        !scan::InList(before2, {"shares", "stake", "stakes", "investment", "interest"})) {
      return -1;
    }
    // Not the first word of a longer name ("company China National Petroleum").
    if (e + 1 < body.size() && body[e] == ' ' && ner::StartsUpper(body.substr(e + 1))) return 0;
    const std::string_view next = word_at(e);
    if (scan::InList(before, kNounBefore)) company = true;
    // "expert at Energis", not "an executive at US insurance firm Kelford".
    if (before == "at" && scan::InList(before2, kStaffAt) && !scan::InList(next, kCompanyNouns) &&
        !scan::InList(word_at(static_cast<size_t>(next.data() - body.data()) + next.size()),
                      kCompanyNouns)) {
      company = true;
    }
    if (body.substr(e).starts_with("'s ")) {
      size_t q = e + 3;
      while (q < body.size() && scan::IsWordOrHigh(body[q])) ++q;
      if (scan::InList(body.substr(e + 3, q - e - 3), kOwned)) company = true;
    } else if (body.substr(e).starts_with(", ")) {
      // Up to six words, no further punctuation, the last a company noun.
      size_t q = e + 2;
      for (int words = 0; words < 6 && q < body.size(); ++words) {
        const size_t w0 = q;
        while (q < body.size() &&
               (scan::IsWordOrHigh(body[q]) || body[q] == '-' || body[q] == '\'')) {
          ++q;
        }
        if (q == w0) break;
        // The noun ends the apposition ("Korvex, Chile's biggest steel firm, has"; not
        // "In Kelford, the firm sold"): only the word before the punctuation is looked up.
        if (q == body.size() || body[q] == ',' || body[q] == '.' || body[q] == ';') {
          company = scan::InList(body.substr(w0, q - w0), kCompanyNouns);
          break;
        }
        if (body[q] != ' ') break;
        ++q;
      }
    }
  }
  return company ? 1 : 0;
}

// A name's vote across its mentions: 1 when the text writes it as a company somewhere, -1 when
// it uses it as its typed kind somewhere (wins), 0 undecided. `name` views a mention's entity.
struct NameUse {
  std::string_view name;
  int use;
};

// The distinct entities of the mentions `keep` selects, each with vote 0, into `*uses`
// (cleared first). REQUIRES: the mentions outlive the views in `*uses`.
template <class Keep>
void CollectNamesEn(std::span<const EntityMention> mentions, Keep keep,
                    std::vector<NameUse>* uses) {
  uses->clear();
  for (const EntityMention& m : mentions) {
    if (!keep(m)) continue;
    if (std::none_of(uses->begin(), uses->end(),
                     [&](const NameUse& u) { return u.name == m.entity; })) {
      uses->push_back({m.entity, 0});
    }
  }
}

// Every mention typed `from` of a name voted company (use > 0) becomes an organisation.
void RetypeVotedCompaniesEn(std::span<EntityMention> mentions, std::span<const NameUse> uses,
                            EntityType from) {
  for (const NameUse& u : uses) {
    if (u.use <= 0) continue;
    const std::string company(u.name);  // `u.name` views a mention about to change
    for (EntityMention& m : mentions) {
      if (m.type == from && m.entity == company) m.type = EntityType::kOrg;
    }
  }
}

}  // namespace

void CompaniesTypedPlaceEn(std::span<EntityMention> mentions, std::string_view body) {
  // The names typed a place as written (not a demonym or a short form renamed); per name 1
  // when written as a company somewhere, -1 when used as a place somewhere (wins).
  thread_local std::vector<NameUse> uses;
  CollectNamesEn(
      mentions,
      [](const EntityMention& m) { return m.type == EntityType::kPlace && m.entity == m.surface; },
      &uses);
  if (uses.empty()) return;
  // Names by first byte and length (most mentions match neither: no string compare for them).
  uint64_t lengths = 0;
  std::bitset<256> firsts;
  for (const NameUse& u : uses) {
    lengths |= uint64_t{1} << std::min<size_t>(u.name.size(), 63);
    firsts.set(static_cast<unsigned char>(u.name[0]));
  }
  // Every mention of those names in the body, whatever its type (the tagger types one name
  // differently in different sentences): only the mentions' own positions are looked at.
  for (const EntityMention& m : mentions) {
    if (m.field != Field::kBody || m.entity.empty() ||
        !firsts.test(static_cast<unsigned char>(m.entity[0])) ||
        ((lengths >> std::min<size_t>(m.entity.size(), 63)) & 1) == 0 || m.entity != m.surface ||
        m.end > body.size() || m.start >= m.end) {
      continue;
    }
    auto it = std::find_if(uses.begin(), uses.end(),
                           [&](const NameUse& u) { return u.name == m.entity; });
    if (it == uses.end() || it->use < 0) continue;
    if (const int use = PlaceUseEn(body, m.start, m.end); use != 0) it->use = use;
  }
  RetypeVotedCompaniesEn(mentions, uses, EntityType::kPlace);
}

void PersonsWrittenAsCompanyEn(std::span<EntityMention> mentions, std::string_view body) {
  // Full names typed person as written; per name 1 when written as a company somewhere, -1
  // when written as a person somewhere (wins).
  thread_local std::vector<NameUse> uses;
  CollectNamesEn(
      mentions,
      [](const EntityMention& m) {
        return m.type == EntityType::kPerson && m.entity == m.surface &&
               m.entity.find(' ') != std::string::npos;
      },
      &uses);
  if (uses.empty()) return;
  for (const EntityMention& m : mentions) {
    // Every mention of those names, whatever its type (the tagger types one name differently
    // in different sentences).
    if (m.field != Field::kBody || m.end > body.size() || m.start >= m.end) continue;
    auto it = std::find_if(uses.begin(), uses.end(),
                           [&](const NameUse& u) { return u.name == m.entity; });
    if (it == uses.end() || it->use < 0) continue;
    // A title or role before the name makes a person ("Ms Kelby Marsh", "chairman Kelby
    // Marsh"); a speech verb does not ("said Kelby Marsh" quotes a firm as often).
    static constexpr const auto& kVerbs =
        lexicon::kSelected<lexicon::kSpeechWords, lexicon::kEn, 0>;
    const std::string_view before = scan::ChunkBefore(body, m.start);
    if ((scan::PersonCue(before, Lang::kEn) && !scan::InListLower(before, kVerbs)) ||
        PersonAppositionEn(body, m.end)) {
      it->use = -1;
      continue;
    }
    int use = FullNameUseEn(body, m.end);
    // "its" alone may point back to another firm ("Brelland's sales fell. Peter Wong expects
    // its sales to recover"): it makes a company only of a name no other organisation's
    // mention precedes.
    if (use == kItsOnly) {
      const bool other_org_before =
          std::any_of(mentions.begin(), mentions.end(), [&](const EntityMention& o) {
            return o.field == Field::kBody && o.start < m.start && o.entity != m.entity &&
                   (o.type == EntityType::kOrg || o.type == EntityType::kProduct);
          });
      use = other_org_before ? 0 : 1;
    }
    // What makes a place typed name a company makes this one too: a company noun before it
    // ("housebuilder Kelby Marsh"), "at" after a firm's staff, an apposition ending in a
    // company noun ("Kelby Marsh, the biggest reinsurance company,").
    if (use == 0 && PlaceUseEn(body, m.start, m.end) > 0) use = 1;
    if (use != 0) it->use = use;
  }
  RetypeVotedCompaniesEn(mentions, uses, EntityType::kPerson);
}

namespace {

// English head words of a company's name that a place opens ("UK Coal", "China Mobile").
// No press words ("China Daily" is a newspaper that reports), and no airlines: a carrier is
// often named as the object of a sentence about its rival ("allow X Airlines to fly"), whose
// subject the tagger, which reads only the sentences around figures, does not name.
bool CompanyHeadAfterPlaceEn(std::string_view w) {
  static constexpr std::string_view kHeads[] = {
      "Coal",       "Online",          "Telecom",     "Telecommunications",
      "Automotive", "Aviation",        "Steel",       "Oil",
      "Petroleum",  "Power",           "Gas",         "Motors",
      "Mobile",     "Electric",        "Electronics", "Holdings",
      "Insurance",  "Railways",        "Mining",      "Metals",
      "Chemicals",  "Pharmaceuticals", "Industries",  "Foods",
      "Breweries",  "Tobacco",         "Shipping",    "Logistics"};
  // Asked of every place mention: bit `length` per first capital rules out nearly all words
  // before the list is compared.
  static const std::array<uint32_t, 26> kShapes = [] {
    std::array<uint32_t, 26> shapes{};
    for (std::string_view h : kHeads) shapes[static_cast<size_t>(h[0] - 'A')] |= 1U << h.size();
    return shapes;
  }();
  if (w.size() >= 32 || w.empty() || w[0] < 'A' || w[0] > 'Z' ||
      ((kShapes[static_cast<size_t>(w[0] - 'A')] >> w.size()) & 1U) == 0) {
    return false;
  }
  return scan::InList(w, kHeads);
}

// The capitalised word of ASCII letters starting at text[p] ("" when none).
std::string_view CapitalWordAt(std::string_view text, size_t p) {
  if (p >= text.size() || text[p] < 'A' || text[p] > 'Z') return {};
  size_t e = p + 1;
  while (e < text.size() && scan::IsAsciiAlnum(text[e])) ++e;
  if (e < text.size() && scan::IsWordOrHigh(text[e])) return {};
  return text.substr(p, e - p);
}

// Whether `next`, the mention after the place mention `place`, is a name the tagger found one
// blank after it whose last word is a company's head word (CompanyHeadAfterPlaceEn) or a
// bank's or council's ("Norvia Shipping Oil", "Norvia Farmers Bank", "Norvia Film Council"):
// a name of two words or more that the place opens, which the gazetteer's place mention cut
// off. Whatever type the tagger gave the words after the place (a person's or a place's: it
// reads "Fjellmark Bank" alone), a name ending in such a head word is an organisation's. Not
// a one-word name ("Norvia Oil" goes by the head-word rule below), nor a product.
bool PlaceOpensOrgEn(std::string_view text, const EntityMention& place, const EntityMention& next) {
  if (next.type == EntityType::kProduct || next.field != place.field ||
      next.start != place.end + 1 || next.end > text.size() || text[place.end] != ' ') {
    return false;
  }
  const std::string_view name = text.substr(next.start, next.end - next.start);
  const size_t blank = name.rfind(' ');
  if (blank == std::string_view::npos) return false;
  const std::string_view head = name.substr(blank + 1);
  return CompanyHeadAfterPlaceEn(head) || head == "Bank" || head == "Council";
}

}  // namespace

void PlaceCompanyNamesEn(std::string_view text, std::vector<EntityMention>& mentions, size_t from) {
  size_t w = from;
  for (size_t i = from; i < mentions.size(); ++i) {
    EntityMention& m = mentions[i];
    if (m.type == EntityType::kPlace && m.start < m.end && m.end <= text.size()) {
      // The tagger's own "UK Coal" typed a place: its last word names a company.
      const std::string_view surface = text.substr(m.start, m.end - m.start);
      const size_t blank = surface.rfind(' ');
      if (blank != std::string_view::npos && CompanyHeadAfterPlaceEn(surface.substr(blank + 1))) {
        m.type = EntityType::kOrg;
        m.entity = std::string(surface);
      } else if (i + 1 < mentions.size() && PlaceOpensOrgEn(text, m, mentions[i + 1])) {
        // "Shares in Norvia Shipping Oil fell": the tagger named the words after the place
        // an organisation ending in a head word; the place is the name's first word.
        m.end = mentions[i + 1].end;
        m.surface = std::string(text.substr(m.start, m.end - m.start));
        m.entity = m.surface;
        m.type = EntityType::kOrg;
        if (w != i) mentions[w] = std::move(m);
        ++w;
        ++i;
        continue;
      } else if (m.end + 1 < text.size() && text[m.end] == ' ' && text[m.end + 1] >= 'A' &&
                 text[m.end + 1] <= 'Z') {
        // "Shares in UK Coal fell": the place and the head word after it, unless a
        // capitalised word goes on ("UK Energy Minister X": a title).
        const std::string_view head = CapitalWordAt(text, m.end + 1);
        const size_t end = m.end + 1 + head.size();
        if (!head.empty() && CompanyHeadAfterPlaceEn(head) &&
            (end + 1 >= text.size() || text[end] != ' ' || CapitalWordAt(text, end + 1).empty())) {
          m.end = static_cast<uint32_t>(end);
          m.surface = std::string(text.substr(m.start, m.end - m.start));
          m.entity = m.surface;
          m.type = EntityType::kOrg;
          // A mention of the head word alone is part of the name now.
          if (i + 1 < mentions.size() && mentions[i + 1].start > m.start &&
              mentions[i + 1].end <= m.end) {
            if (w != i) mentions[w] = std::move(m);
            ++w;
            ++i;
            continue;
          }
        }
      }
    }
    if (w != i) mentions[w] = std::move(m);
    ++w;
  }
  mentions.resize(w);
}

}  // namespace newsfacts::extract
