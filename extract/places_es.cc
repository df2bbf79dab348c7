// PlacesByUse (extractor.h): Spanish and German one-word names typed org
// that their uses show to be places; UnionsLocatedIn (extractor.h): a union of states named
// as where a figure is; PublicBodiesEs (extractor.h): Spanish police forces and courts that keep
// to their sentence. In its own unit so that the rule's string comparisons do not
// change the inlining of extractor.cc, whose code runs for every language.
#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/entity_scan.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/ner_features.h"

namespace newsfacts::extract {

namespace {

// German: what the word before a one-word organisation `m` says of it: 1 a place ("in X",
// "nach X", "die Stadt X", "der Provinz X"), -1 an organisation (an article: German names
// no town with one, "die X", "der X"; a company noun: "Firma X", "Handelskette X"), else 0.
int UseDe(std::string_view before) {
  static constexpr std::string_view kPlaceBeforeDe[] = {
      "in",   "nach",      "provinz",   "region", "gemeinde", "bundesstaat",
      "dorf", "ortschaft", "metropole", "insel",  "bezirk",   "stadtteil"};
  static constexpr std::string_view kOrgBeforeDe[] = {
      "der",   "die",    "das",     "den",         "dem",       "des",     "firma",       "konzern",
      "marke", "verein", "klub",    "club",        "partei",    "zeitung", "sender",      "agentur",
      "bank",  "gruppe", "airline", "unternehmen", "plattform", "dienst",  "versicherung"};
  static const scan::LowerWordSet place_before(kPlaceBeforeDe);
  static const scan::LowerWordSet org_before(kOrgBeforeDe);
  if (org_before.Contains(before)) return -1;
  for (std::string_view end :
       {"konzern", "hersteller", "händler", "kette", "gesellschaft", "betreiber", "anbieter"}) {
    if (before.size() > end.size() && ner::EndsWithLower(before, end)) return -1;
  }
  // "Stadt", "Hauptstadt", "Hafenstadt", "US-Stadt", "Landeshauptstadt".
  if (place_before.Contains(before) || ner::EndsWithLower(before, "stadt")) return 1;
  return 0;
}

// Spanish: the same of the word before (and the one before "de").
int UseEs(std::string_view text, std::string_view before) {
  // Nouns of a place before "de": "la ciudad de X", "el alcalde de X".
  static constexpr std::string_view kPlaceNounsEs[] = {
      "ciudad",     "municipio", "localidad", "provincia", "departamento", "comarca",
      "alcalde",    "alcaldesa", "alcaldía",  "pueblo",    "villa",        "capital",
      "habitantes", "vecinos",   "barrio",    "puerto",    "aeropuerto",   "región"};
  // Words before a club's or firm's name that shares a town's: "el Valencia", "del Betis", "la
  // empresa X".
  static constexpr std::string_view kOrgBeforeEs[] = {
      "el",    "del",       "al",     "empresa",    "compañía",  "firma",      "grupo",
      "club",  "equipo",    "cadena", "diario",     "periódico", "partido",    "banco",
      "marca", "aerolínea", "red",    "plataforma", "operadora", "consultora", "agencia"};
  static const scan::LowerWordSet org_before(kOrgBeforeEs);
  static const scan::LowerWordSet place_nouns(kPlaceNounsEs);
  if (org_before.Contains(before)) return -1;
  if (before == "en" || before == "En" ||
      (before == "de" && place_nouns.Contains(scan::ChunkBefore(
                             text, static_cast<size_t>(before.data() - text.data()))))) {
    return 1;
  }
  return 0;
}

// "in der EU", "innerhalb der EU", "en la UE", "en toda la UE", "in the EU", "across the EU":
// the article right before the name and a preposition of place before it (any language: the
// words do not clash). Whole chunks: "Europa-in der EU" is none. The articles the union's
// name takes (feminine singular), not function_words.h's whole list of articles: "in den
// EU-Staaten" is about the member states.
bool LocatedInUnion(std::string_view text, size_t start) {
  static constexpr std::string_view kArticles[] = {"der", "la", "the"};
  static constexpr std::string_view kPlacePreps[] = {"in",     "innerhalb", "en",
                                                     "within", "across",    "throughout"};
  static const scan::LowerWordSet articles(kArticles);
  static const scan::LowerWordSet preps(kPlacePreps);
  const std::string_view article = scan::ChunkBefore(text, start);
  if (article.empty() || !articles.Contains(article)) return false;
  const auto at = static_cast<size_t>(article.data() - text.data());
  std::string_view prep = scan::ChunkBefore(text, at);
  // Spanish "en toda la UE".
  if (scan::EqualsLowerAscii(prep, "toda")) {
    prep = scan::ChunkBefore(text, static_cast<size_t>(prep.data() - text.data()));
  }
  return !prep.empty() && preps.Contains(prep);
}

// "Corte" is a court only with a court's word after it ("la Corte Suprema", "la Corte
// Constitucional", "la Corte Superior de Justicia"): "El Corte Inglés" is a retailer.
bool CourtAfterCorte(std::string_view rest) {
  static constexpr std::string_view kCourtWords[] = {
      "Constitucional", "Suprema",   "Superior",   "Interamericana", "Penal",   "Internacional",
      "Nacional",       "Electoral", "Provincial", "Europea",        "Federal", "Militar"};
  const std::string_view w = rest.substr(0, rest.find(' '));
  if (scan::InList(w, kCourtWords)) return true;
  // "la Corte de Justicia", "la Corte de Apelaciones", "la Corte de Cuentas".
  if (w != "de") return false;
  rest = rest.substr(std::min(rest.size(), w.size() + 1));
  return scan::InList(rest.substr(0, rest.find(' ')), {"Justicia", "Apelaciones", "Cuentas"});
}
}  // namespace

void PublicBodiesEs(std::span<EntityMention> mentions, Lang lang) {
  if (lang != Lang::kEs) return;
  for (EntityMention& m : mentions) {
    if (m.type != EntityType::kOrg || m.local) continue;
    const std::string_view s = m.surface;
    const size_t space = s.find(' ');
    const std::string_view head = s.substr(0, space);
    if (!ner::PublicBodyHeadEs(head)) continue;
    // Read on the resolved name: "la Corte" alone may be a court named in full before.
    if (head == "Corte") {
      const std::string_view e = m.entity;
      const size_t e_space = e.find(' ');
      if (e_space == std::string_view::npos || !CourtAfterCorte(e.substr(e_space + 1))) continue;
    }
    m.local = true;
  }
}

// The languages differ only in the words before a use (UseDe, UseEs).
void PlacesByUse(std::span<EntityMention> mentions, std::string_view title, std::string_view body,
                 const Gazetteer& gazetteer, Lang lang) {
  if (lang != Lang::kEs && lang != Lang::kDe) return;
  // A plain capitalised word: no space, digit, hyphen or further capital (acronyms, CamelCase).
  auto plain_word = [](std::string_view w) {
    if (w.size() < 3) return false;
    for (size_t k = 1; k < w.size(); ++k) {
      const char c = w[k];
      if (c == ' ' || c == '-' || scan::IsDigit(c) || (c >= 'A' && c <= 'Z')) return false;
    }
    return true;
  };
  // Per name: 1 = a place by its use, -1 = an organisation by its use (wins).
  thread_local std::vector<std::pair<std::string_view, int>> names;
  names.clear();
  bool any_place = false;
  // The word before each organisation first (cheap); the name's own tests only for a use.
  for (const EntityMention& m : mentions) {
    if (m.type != EntityType::kOrg || m.end - m.start != m.entity.size()) continue;
    const std::string_view text = m.field == Field::kTitle ? title : body;
    if (m.end > text.size()) continue;
    const std::string_view before = scan::ChunkBefore(text, m.start);
    int use = lang == Lang::kDe ? UseDe(before) : UseEs(text, before);
    if (use > 0) {
      // Not the first word of a longer name: "en Antena 3", "en Nueva York", "in Linz AG".
      const std::string_view after = text.substr(m.end);
      const bool glued = after.size() >= 2 && after[0] == ' ' &&
                         (scan::IsDigit(after[1]) || ner::StartsUpper(after.substr(1)));
      use = glued || (!after.empty() && after[0] == '-') ? 0 : 1;
    }
    if (use == 0 || m.entity != m.surface || !plain_word(m.entity)) continue;
    any_place = any_place || use > 0;
    auto it = std::find_if(names.begin(), names.end(),
                           [&](const auto& n) { return n.first == m.entity; });
    if (it == names.end()) {
      names.emplace_back(m.entity, use);
    } else {
      it->second = std::min(it->second, use);
    }
  }
  if (!any_place) return;
  for (auto& [name, use] : names) {
    if (use > 0 && gazetteer.Find(name) != nullptr) use = 0;  // "en Twitter"
  }
  // The names are plain words (no blank): equality alone excludes longer names.
  for (EntityMention& m : mentions) {
    if (m.type != EntityType::kOrg) continue;
    for (const auto& [name, use] : names) {
      if (use > 0 && name == m.entity) m.type = EntityType::kPlace;
    }
  }
}

void UnionsLocatedIn(std::span<EntityMention> mentions, std::string_view title,
                     std::string_view body, const Gazetteer& gazetteer) {
  // The name first (by its first byte and length for most), then the words before it.
  for (EntityMention& m : mentions) {
    if (m.type != EntityType::kOrg || !gazetteer.IsUnionOfStates(m.entity)) continue;
    const std::string_view text = m.field == Field::kTitle ? title : body;
    if (m.end <= text.size() && LocatedInUnion(text, m.start)) m.type = EntityType::kPlace;
  }
}

}  // namespace newsfacts::extract
