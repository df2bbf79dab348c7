#include "extract/attribution.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>

#include "extract/entity_scan.h"
#include "extract/function_words.h"
#include "extract/literal_set.h"
#include "extract/metric_classifier.h"
#include "extract/metrics.h"
#include "extract/ner_features.h"
#include "extract/ner_tagger.h"
#include "extract/period.h"
#include "extract/person_lexicon.h"
#include "extract/sentence.h"

namespace newsfacts::extract {

namespace {

using scan::EqualsLowerAscii;
using scan::InList;
using scan::InListLower;
using scan::WordBefore;

// ---------------------------------------------------------------------------------------
// Entities.

// Nominal references to a company mentioned before.
constexpr std::string_view kNominal[] = {
    // de (compounds by suffix below)
    "unternehmen", "konzern", "gruppe", "firma", "bank", "airline", "fluglinie", "versicherung",
    "mutterkonzern", "muttergesellschaft",
    // es
    "compañía", "empresa", "grupo", "banco", "entidad", "aerolínea", "operadora", "cadena",
    "aseguradora", "fabricante", "constructora", "petrolera", "eléctrica", "multinacional",
    "sociedad", "matriz",
    // en
    "company", "group", "firm", "bank", "lender", "carmaker", "automaker", "retailer", "airline",
    "brewer", "insurer", "maker", "manufacturer", "chipmaker", "operator", "conglomerate",
    "publisher", "giant", "chain", "supermarket",
    // airlines, television and telephone firms ("the US carrier", "the broadcaster")
    "carrier", "broadcaster", "telco"};
// Nominal references naming the parent of the entity after them ("Mutterkonzern von TikTok").
constexpr std::string_view kParentNouns[] = {
    "mutterkonzern", "muttergesellschaft", "eigentümer", "matriz", "parent", "owner"};

// Spanish nominal references to a person named before ("el candidato propone …", "la
// presidenta anunció …"; lexicon::kRoleWords flagged kPersonRefEs): they resolve to the last
// person subject, not to a company.
constexpr const auto& kPersonNounsEs =
    lexicon::kSelected<lexicon::kRoleWords, lexicon::kEs, lexicon::kPersonRefEs>;

// The pronouns attribution reads, in one table (lower case), with their uses:
// kContinuing: a pronoun that continues the subject of an earlier sentence ("It employs …",
// "Its shares fell …", "seine Umsätze"); kPossessive: a possessive determiner, which sits
// like an article between a preposition and the name it governs ("mit seiner Kralix AG") and
// marks what it counts as an owner's own ("senkte seine Kosten"). "his", "her", "ihr" and
// "ihres" continue no company subject; "it", "they" and "sie" own nothing.
constexpr uint8_t kContinuing = 1;
constexpr uint8_t kPossessive = 2;
struct PronounWord {
  std::string_view word;  // lower case
  uint8_t langs;          // lexicon::kDe | kEs | kEn
  uint8_t uses;           // kContinuing | kPossessive
};
constexpr PronounWord kPronounWords[] = {{"it", lexicon::kEn, kContinuing},
                                         {"its", lexicon::kEn, kContinuing | kPossessive},
                                         {"they", lexicon::kEn, kContinuing},
                                         {"their", lexicon::kEn, kContinuing | kPossessive},
                                         {"his", lexicon::kEn, kPossessive},
                                         {"her", lexicon::kEn, kPossessive},
                                         {"sein", lexicon::kDe, kContinuing | kPossessive},
                                         {"seine", lexicon::kDe, kContinuing | kPossessive},
                                         {"seinen", lexicon::kDe, kContinuing | kPossessive},
                                         {"seinem", lexicon::kDe, kContinuing | kPossessive},
                                         {"seiner", lexicon::kDe, kContinuing | kPossessive},
                                         {"seines", lexicon::kDe, kContinuing | kPossessive},
                                         {"sie", lexicon::kDe, kContinuing},
                                         {"ihr", lexicon::kDe, kPossessive},
                                         {"ihre", lexicon::kDe, kContinuing | kPossessive},
                                         {"ihren", lexicon::kDe, kContinuing | kPossessive},
                                         {"ihrem", lexicon::kDe, kContinuing | kPossessive},
                                         {"ihrer", lexicon::kDe, kContinuing | kPossessive},
                                         {"ihres", lexicon::kDe, kPossessive},
                                         {"su", lexicon::kEs, kContinuing | kPossessive},
                                         {"sus", lexicon::kEs, kContinuing | kPossessive}};
constexpr const auto& kContinuingPronouns =
    lexicon::kSelected<kPronounWords, lexicon::kAllLangs, kContinuing>;
constexpr const auto& kPossessives =
    lexicon::kSelected<kPronounWords, lexicon::kAllLangs, kPossessive>;
// The German possessive determiners ("sein", "ihrer" …) as a word set.
const scan::LowerWordSet& PossessivesDe() {
  static const scan::LowerWordSet kSet(
      lexicon::kSelected<kPronounWords, lexicon::kDe, kPossessive>);
  return kSet;
}

// Shapes (lower-cased first byte, byte length) of the nominal-reference nouns, parent nouns
// and "es" (bits 0..31), and of the continuing pronouns (bits 32..63): a word of another
// shape is none of them, without comparing strings.
struct RefShapes {
  // bit n: some noun with this first letter has n bytes; bit 32 + n: some pronoun
  std::array<uint64_t, 26> lengths{};
  constexpr RefShapes() {
    auto add = [&](std::string_view w, int at) {
      if (w.size() < 32) lengths[static_cast<size_t>(w[0] - 'a')] |= uint64_t{1} << (at + w.size());
    };
    for (std::string_view w : kNominal) add(w, 0);
    for (std::string_view w : kParentNouns) add(w, 0);
    for (std::string_view w : kPersonNounsEs) add(w, 0);
    add("es", 0);
    add("país", 0);
    add("country", 0);
    add("country's", 0);
    for (std::string_view w : kContinuingPronouns) add(w, 32);
  }
};

// Bit 0: the word may be a nominal reference, a parent noun or "es"; bit 1: it
// may be a continuing pronoun. One table load for both. REQUIRES: !w.empty().
unsigned RefWordShape(std::string_view w) {
  static constexpr RefShapes kShapes;  // built at compile time: no guard per word
  const char c = scan::LowerAscii(w[0]);
  if (c < 'a' || c > 'z' || w.size() >= 32) return 0;
  const uint64_t bits = kShapes.lengths[static_cast<size_t>(c - 'a')] >> w.size();
  return static_cast<unsigned>((bits & 1U) | (bits >> 31 & 2U));
}

// Spanish: `gap` (between a percentage and a place) names the place's output: " del PIB
// de ", " del producto interior bruto de la " (ASCII case-insensitive; one space each).
bool GdpOfEs(std::string_view gap) {
  static constexpr std::string_view kHeads[] = {" del pib de", " del producto interior bruto de",
                                                " del producto interno bruto de"};
  for (std::string_view h : kHeads) {
    if (gap.size() < h.size() || !EqualsLowerAscii(gap.substr(0, h.size()), h)) continue;
    const std::string_view rest = gap.substr(h.size());
    return rest == " " || rest == "l " || rest == " la " || rest == " el ";
  }
  return false;
}

// Spanish: text[s, e) names a person's kin with a possessive ("su hermano", "su esposa"):
// the sentence is about a person.
bool KinPossessiveEs(std::string_view text, size_t s, size_t e) {
  // Singular only: "sus padres" are as often the kin of the people counted ("545 niños
  // separados de sus padres").
  static constexpr std::string_view kKin[] = {"hermano", "hermana", "esposo", "esposa", "marido",
                                              "hijo",    "hija",    "padre",  "madre",  "sobrino",
                                              "sobrina", "primo",   "prima",  "cuñado", "cuñada",
                                              "nieto",   "nieta",   "suegro", "suegra"};
  const std::string_view sent = text.substr(s, e - s);
  auto kin_at = [&](size_t p) {  // p: the byte after "su "
    const std::string_view rest = sent.substr(p);
    for (std::string_view k : kKin) {
      if (rest.starts_with(k) && (rest.size() == k.size() || !scan::IsWordOrHigh(rest[k.size()]))) {
        return true;
      }
    }
    return false;
  };
  if (sent.starts_with("Su ") && kin_at(3)) return true;
  for (size_t p = sent.find("su "); p != std::string_view::npos; p = sent.find("su ", p + 1)) {
    if ((p == 0 || !scan::IsWordOrHigh(sent[p - 1])) && kin_at(p + 3)) return true;
  }
  return false;
}

// Spanish: `sentence` speaks in the first person singular ("mi sueldo", "me pagaron", "yo
// ahorré"): a narrator's own figures, nobody's the text names, unless a quotation gives them
// to a speaker (the caller asks). Not the second person: a firm's price or offer to the reader
// ("si usted reserva hoy, pagará 20 euros") stays the firm's.
bool FirstPersonSingularEs(std::string_view sentence) {
  static constexpr std::string_view kWords[] = {"mi", "mis", "me", "yo", "conmigo"};
  static const scan::LowerWordSet kSet(kWords);
  return scan::AnyWordIn(sentence, kSet);
}

// Spanish: `sentence` sets its figures in the whole world ("en todo el mundo", "a nivel
// mundial", "la población mundial"); not a superlative's frame ("el primer restaurante en el
// mundo", "la mayor fábrica en el mundo": the thing it ranks has the figure).
bool WorldScopeEs(std::string_view sentence) {
  // (Each cue starts with two lower-case letters: ContainsAnyLower's one-pass filter.)
  static constexpr std::string_view kCues[] = {
      "en el mundo",   "en todo el mundo", "de todo el mundo",  "alrededor del mundo",
      "nivel mundial", "escala mundial",   "población mundial", "en todo el planeta"};
  if (!scan::ContainsAnyLower(sentence, kCues)) return false;
  // (Not "más": "la red suma más de 40 millones de socios en el mundo" is a quantity.)
  static constexpr std::string_view kRanks[] = {"primer", "primera", "primeros", "primeras",
                                                "mayor",  "mayores", "único",    "única",
                                                "mejor",  "mejores"};
  static const scan::LowerWordSet kRankSet(kRanks);
  for (std::string_view cue : kCues) {
    for (size_t p = scan::FindLower(sentence, cue); p != std::string_view::npos;
         p = scan::FindLower(sentence, cue, p + 1)) {
      const size_t lo = p > 40 ? p - 40 : 0;
      if (!scan::AnyWordIn(sentence.substr(lo, p - lo), kRankSet)) return true;
    }
  }
  return false;
}

// English: the words by which a speaker claims a figure as their own ("we", "our"; not "us":
// "the US").
const scan::LowerWordSet& SpeakerOwnWordsEn() {
  static constexpr std::string_view kOwn[] = {"we", "our"};
  static const scan::LowerWordSet kOwnSet(kOwn);
  return kOwnSet;
}

// English: `sentence` sets its figures in the whole world ("globally", "worldwide", "around
// the world", "across the globe"); not a superlative's frame ("the largest plant in the
// world", "one of the lowest rates in the world": the thing it ranks has the figure), nor a
// name ("Norvex Worldwide": the cue capitalised inside the sentence), nor a domain ("the
// world of fashion") or a complement's adjective ("sales of worldwide brands"), nor a
// speaker's own ("we", "our": a quoted firm's staff worldwide stay the firm's).
bool WorldScopeEn(std::string_view sentence) {
  // (Each cue starts with two lower-case letters: ContainsAnyLower's one-pass filter.)
  static constexpr std::string_view kCues[] = {
      "globally",         "worldwide",    "world-wide",           "around the world",
      "across the world", "in the world", "throughout the world", "around the globe",
      "across the globe"};
  // Every cue holds "world" or "glob": two SIMD finds reject nearly every sentence before the
  // cue pass ("in", "th" start words everywhere).
  if (scan::FindLower(sentence, "world") == std::string_view::npos &&
      scan::FindLower(sentence, "glob") == std::string_view::npos) {
    return false;
  }
  if (!scan::ContainsAnyLower(sentence, kCues)) return false;
  // A market's subject (units sold or shipped, a market, its prices, an analyst's count): a
  // world cue alone does not take an owner's own staff, sites, job cuts or recalls from it.
  // Also a whole trade ("card games, a $6.5bn industry across the globe") and a count of
  // what there is ("Across the globe, there are about 12 million hand pumps").
  static constexpr std::string_view kMarket[] = {
      "market",  "sold",  "sales",  "shipped",   "shipment", "number of", "analyst",
      "estimat", "price", "demand", "consumers", "industry", "there are"};
  if (!scan::ContainsAnyLower(sentence, kMarket)) return false;
  if (scan::AnyWordIn(sentence, SpeakerOwnWordsEn())) return false;
  static constexpr std::string_view kRanks[] = {"most", "first", "only", "top", "leading"};
  static const scan::LowerWordSet kRankSet(kRanks);
  const auto ranked = [&](std::string_view words) {
    return scan::AnyWordIn(words, kRankSet) || scan::AnyWordOf(words, [](std::string_view w) {
             return w.size() > 4 && EqualsLowerAscii(w.substr(w.size() - 3), "est");
           });
  };
  size_t lead = 0;  // the sentence's first letter: a cue there may be capitalised
  while (lead < sentence.size() && !scan::IsAsciiAlnum(sentence[lead])) ++lead;
  for (std::string_view cue : kCues) {
    for (size_t p = scan::FindLower(sentence, cue); p != std::string_view::npos;
         p = scan::FindLower(sentence, cue, p + 1)) {
      const size_t end = p + cue.size();
      if ((p > 0 && scan::IsAsciiAlnum(sentence[p - 1])) ||
          (end < sentence.size() && scan::IsAsciiAlnum(sentence[end]))) {
        continue;  // inside a word
      }
      if (p != lead && sentence[p] != cue[0]) continue;        // a name: "Norvex Worldwide"
      if (sentence.substr(end).starts_with(" of ")) continue;  // "in the world of finance"
      // An adjective of a complement ("sales of worldwide brands"): the figure's own noun
      // does not range over the world.
      if (sentence.substr(0, p).ends_with(" of ")) continue;
      const size_t lo = p > 40 ? p - 40 : 0;
      if (!ranked(sentence.substr(lo, p - lo))) return true;
    }
  }
  return false;
}

// English: `before` (a sentence up to its figure) names the whole world's economy: "global" or
// "world" / "world's" right before a measure of an economy — economy, economic growth, growth,
// GDP, gross domestic product, output, trade, population, capital market ("Global growth is
// seen at 3.5%", "World population may top 9.4 billion"). The cue heads the figure's own
// clause (WorldEconomyEn's caller also keeps a name right after the figure). The cue is lower case,
// or capitalised only as the sentence's first word ("the Global Trade Fund" is a name).
bool WorldEconomyEn(std::string_view before) {
  if (scan::FindLower(before, "world") == std::string_view::npos &&
      scan::FindLower(before, "glob") == std::string_view::npos) {
    return false;
  }
  static constexpr std::string_view kMeasures[] = {
      "economy", "economic growth", "growth",     "gdp",           "gross domestic product",
      "output",  "trade",           "population", "capital market"};
  // Words that set the cue aside from the figure's clause ("Despite weak global growth,
  // orders rose 6%", "…, with 2% in Pellaria").
  static constexpr std::string_view kAsideWords[] = {"despite", "amid", "amidst", "with"};
  static const scan::LowerWordSet kAside(kAsideWords);
  size_t lead = 0;  // the sentence's first letter: a cue there may be capitalised
  while (lead < before.size() && !scan::IsAsciiAlnum(before[lead])) ++lead;
  for (std::string_view cue : {std::string_view("global"), std::string_view("world")}) {
    for (size_t p = scan::FindLower(before, cue); p != std::string_view::npos;
         p = scan::FindLower(before, cue, p + 1)) {
      if ((p > 0 && scan::IsAsciiAlnum(before[p - 1])) || (p != lead && before[p] != cue[0])) {
        continue;  // inside a word, or a name
      }
      std::string_view rest = before.substr(p + cue.size());
      if (cue == "world" && rest.starts_with("'s")) rest.remove_prefix(2);
      if (!rest.starts_with(' ')) continue;
      rest.remove_prefix(1);
      for (std::string_view m : kMeasures) {
        if (rest.size() >= m.size() && EqualsLowerAscii(rest.substr(0, m.size()), m) &&
            (rest.size() == m.size() || !scan::IsAsciiAlnum(rest[m.size()]))) {
          // The cue heads the figure's own clause: no clause break between them, and no
          // "despite", "amid" or "with" in the clause before the cue.
          const size_t cut = before.find_last_of(",;:", p);
          const size_t from = cut == std::string_view::npos ? 0 : cut + 1;
          const size_t to = static_cast<size_t>(rest.data() - before.data()) + m.size();
          if (before.find_first_of(",;:", to) != std::string_view::npos) break;
          if (scan::AnyWordIn(before.substr(from, p - from), kAside) ||
              scan::AnyWordIn(before.substr(to), kAside)) {
            break;
          }
          return true;
        }
      }
    }
  }
  return false;
}

// English: `sentence` speaks in the first person singular ("I", "I'd", "me", "my", "myself";
// case-sensitive: "My" only as the sentence's first word, a capitalised "My" inside it is a
// name, "My Kralbox"): a narrator's own figures (a reader's letter), nobody's the text names,
// unless a quotation gives them to a speaker (the caller asks).
bool FirstPersonSingularEn(std::string_view sentence) {
  // FindExact per word, no tokenising: most sentences hold none of the three.
  size_t lead = 0;
  while (lead < sentence.size() && !scan::IsAsciiAlnum(sentence[lead])) ++lead;
  for (std::string_view w : {std::string_view("I"), std::string_view("me"), std::string_view("my"),
                             std::string_view("My")}) {
    for (size_t p = scan::FindExact(sentence, w); p != std::string_view::npos;
         p = scan::FindExact(sentence, w, p + 1)) {
      if (p > 0 && scan::IsAsciiAlnum(sentence[p - 1])) continue;
      if (w == "My" && p != lead) continue;  // a name: "the My Kralbox app"
      if (w == "I") {  // a Roman numeral after a capitalised word: "Phase I", "World War I"
        size_t q = p;
        while (q > 0 && sentence[q - 1] == ' ') --q;
        const size_t word_end = q;
        while (q > 0 && scan::IsAsciiAlnum(sentence[q - 1])) --q;
        if (q < word_end && q != lead && sentence[q] >= 'A' && sentence[q] <= 'Z') continue;
      }
      size_t end = p + w.size();
      if (w != "I" && sentence.substr(end).starts_with("self")) end += 4;  // "myself"
      if (end == sentence.size() || !scan::IsAsciiAlnum(sentence[end])) return true;
    }
  }
  return false;
}

// Spanish: a verb of the few words before figure `f` (sentence start `s`) employs, hires,
// dismisses or attends the people it counts ("empleará a 300 personas", "se atendió a 120
// pacientes"): they are the subject's own.
bool OwnerVerbBeforeEs(std::string_view text, size_t s, const Figure& f) {
  const size_t lo = f.start > s + 40 ? f.start - 40 : s;
  return scan::AnyWordOf(text.substr(lo, f.start - lo), [](std::string_view v) {
    for (std::string_view stem : {"emple", "contrat", "despid", "desped", "atend", "atiend"}) {
      if (v.size() > stem.size() && EqualsLowerAscii(v.substr(0, stem.size()), stem)) {
        return true;
      }
    }
    return false;
  });
}

// Whether the last word of figure `f`'s surface (its counted noun: "300 pacientes") is in `set`.
bool CountedNounIn(const Figure& f, const scan::LowerWordSet& set) {
  const std::string_view surface = f.surface;
  const size_t w = scan::WordOrHighRunStartScalar(surface, 0, surface.size());
  return w < surface.size() && set.Contains(surface.substr(w));
}

// The words that follow `pos` in `text` one space apart ("… de la población"), into `out`
// in order; stops at the first gap that is not one space. Returns how many it read.
size_t WordsRightAfter(std::string_view text, size_t pos, std::span<std::string_view> out) {
  size_t n = 0, ts = 0, te = 0;
  while (n < out.size() && pos < text.size() && text[pos] == ' ' &&
         scan::NextToken(text, pos, &ts, &te) && ts == pos + 1) {
    out[n++] = text.substr(ts, te - ts);
    pos = te;
  }
  return n;
}

// Spanish: figure `f` (of field text `text`) counts people at large or shares them out: a
// count of "personas" or of people by their condition or age ("300 pacientes", "40 mujeres",
// "1.200 adultos"), or a percentage of such people or of a population ("el 12 % de las
// personas", "un 8 % de la población"). Not the people a body or firm has as its own
// (employees, customers, members, pupils), nor people a verb of the few words before employs,
// hires or dismisses ("la planta empleará a 300 personas", "contrató a 40 jóvenes"): those
// stay the owner's. `s` is the start of the figure's sentence.
bool PeopleAtLargeEs(std::string_view text, size_t s, const Figure& f) {
  static constexpr std::string_view kNouns[] = {
      "personas",  "población", "mujeres", "hombres",  "niños",      "niñas",
      "pacientes", "adultos",   "jóvenes", "ancianos", "individuos", "encuestados"};
  static const scan::LowerWordSet kSet(kNouns);
  if (f.kind == FigureKind::kCount) {
    if (f.unit != "person" && !CountedNounIn(f, kSet)) return false;
    if (f.metric == metrics::kEmployees || f.metric == metrics::kVisitors) return false;
    return !OwnerVerbBeforeEs(text, s, f);
  }
  if (f.kind != FigureKind::kPercent) return false;
  // "… % de las personas", "… % de la población": three words right after the figure.
  std::string_view words[3];
  if (WordsRightAfter(text, f.end, words) < 3) return false;
  return EqualsLowerAscii(words[0], "de") && InListLower(words[1], {"la", "las", "los"}) &&
         kSet.Contains(words[2]);
}

// Spanish: where the name owning the members a count names must start when a "de" phrase
// follows the count's noun right away: the staff, members, agents or voters of a body, party,
// firm or place ("unos 80 empleados de Norvalia", "45 afiliados del Ubatec", "1.200 votantes
// de la Liga Verde"). npos when the count ends in no such noun or no "de", "del" (with
// an article: "de la", "de los") comes right after it. People at large ("personas",
// "pacientes") and things ("dosis de …", "votos de …") are no members.
size_t MembersOwnerStartEs(std::string_view text, const Figure& f) {
  static constexpr std::string_view kMemberNouns[] = {
      "trabajadores",  "empleados",      "funcionarios", "operarios",      "técnicos",
      "directivos",    "ejecutivos",     "científicos",  "investigadores", "expertos",
      "médicos",       "enfermeros",     "agentes",      "policías",       "soldados",
      "militares",     "efectivos",      "bomberos",     "brigadistas",    "motoristas",
      "militantes",    "afiliados",      "socios",       "miembros",       "seguidores",
      "simpatizantes", "votantes",       "electores",    "accionistas",    "clientes",
      "usuarios",      "abonados",       "suscriptores", "alumnos",        "estudiantes",
      "profesores",    "jugadores",      "diputados",    "senadores",      "concejales",
      "delegados",     "representantes", "habitantes",   "vecinos",        "ciudadanos",
      "residentes"};
  static const scan::LowerWordSet kSet(kMemberNouns);
  if (f.kind != FigureKind::kCount || !CountedNounIn(f, kSet)) return std::string_view::npos;
  std::string_view words[2];
  const size_t n = WordsRightAfter(text, f.end, words);
  const auto at = [&](std::string_view v) { return static_cast<size_t>(v.data() - text.data()); };
  if (n >= 1 && words[0] == "del") return at(words[0]) + words[0].size() + 1;
  if (n < 2 || words[0] != "de") return std::string_view::npos;
  if (InList(words[1], {"la", "las", "los", "el"})) return at(words[1]) + words[1].size() + 1;
  return at(words[1]);
}

// Spanish: a count of figure `f` names the people who live in a place ("8.000 vecinos de
// Villaclara"), so a place right after its "de" owns them; staff, customers or players "de
// <país>" are only where they are (their owner is a firm or club named elsewhere).
bool ResidentsCountEs(const Figure& f) {
  static constexpr std::string_view kResidents[] = {"habitantes", "vecinos",  "ciudadanos",
                                                    "residentes", "votantes", "electores"};
  static const scan::LowerWordSet kSet(kResidents);
  return CountedNounIn(f, kSet);
}

// Spanish: the word right before figure `f` is a possessive "su"/"sus" ("sus 900 empleados"):
// the members belong to an owner named before, whatever "de" phrase follows.
bool PossessiveBeforeEs(std::string_view text, const Figure& f) {
  if (f.start < 2 || text[f.start - 1] != ' ') return false;
  size_t b = f.start - 1;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
  return InListLower(text.substr(b, f.start - 1 - b), {"su", "sus"});
}

// Spanish: figure `f` counts cases (infections, deaths: metric "cases") and no samples,
// tests or trials, which are the work of whoever took or ran them ("analizó 900 muestras",
// "dirige 20 ensayos clínicos").
bool CaseCountEs(const Figure& f) {
  if (f.kind != FigureKind::kCount || f.metric != metrics::kCases) return false;
  static constexpr std::string_view kTestNouns[] = {"muestras", "pruebas", "tests",   "test",
                                                    "análisis", "ensayos", "estudios"};
  static const scan::LowerWordSet kSet(kTestNouns);
  return !CountedNounIn(f, kSet);
}

// Spanish: measure `f` (of field text `text`, sentence from `s`) says where something is: a
// length in km, metres or miles with the preposition "a" right before it, past one qualifier
// ("unos", "apenas") or "más de" / "menos de", and a place it counts from after it ("a 40
// kilómetros al sur de Villaclara", "a 8 kilómetros de Arvela", "a 30 kilómetros de la
// capital", "a 2 millas de distancia"); not a speed ("por hora") or a depth ("de
// profundidad"), not the "a" of a range ("de 10 a 15 metros") nor after a verb of change
// ("bajó a 20 toneladas": ChangeCueRightBefore).
bool LocatingMeasureEs(std::string_view text, size_t s, const Figure& f) {
  if (!InList(f.unit, {"km", "m", "mi"})) return false;  // a distance or a speed
  size_t pos = f.start;
  std::string_view w = scan::WordBeforeBlanks(text, s, pos);
  const auto step = [&] {
    pos = static_cast<size_t>(w.data() - text.data());
    w = scan::WordBeforeBlanks(text, s, pos);
  };
  if (InListLower(w, {"unos", "unas", "apenas", "casi", "solo", "sólo", "aproximadamente"})) {
    step();
  } else if (EqualsLowerAscii(w, "de")) {
    step();
    if (!InListLower(w, {"más", "menos"})) return false;
    step();
  }
  if (w != "a") return false;
  step();  // not the "a" of a range ("de 10 a 15 metros")
  if (!w.empty() && scan::IsDigit(w.back())) return false;
  // A place it counts from follows: "al norte de …", "de Villaclara", "de distancia" — not a
  // speed ("por hora") nor a depth ("de profundidad"), which stay the named owner's.
  size_t ws = 0, we = 0;
  if (!scan::NextToken(text, f.end, &ws, &we)) return false;
  const std::string_view next = text.substr(ws, we - ws);
  if (!scan::NextToken(text, we, &ws, &we)) return false;
  const std::string_view after = text.substr(ws, we - ws);
  static constexpr std::string_view kPlaceNouns[] = {"capital",   "ciudad", "costa",  "frontera",
                                                     "localidad", "centro", "pueblo", "municipio"};
  std::string_view third;
  if (InList(after, {"la", "el"}) && scan::NextToken(text, we, &ws, &we)) {
    third = text.substr(ws, we - ws);
  }
  const bool place =
      (next == "al" && InList(after, {"norte", "sur", "este", "oeste", "noreste", "noroeste",
                                      "nordeste", "sureste", "suroeste", "sudeste", "sudoeste"})) ||
      (next == "de" &&
       (ner::StartsUpper(after) || after == "distancia" || InList(third, kPlaceNouns))) ||
      (next == "del" && InList(after, kPlaceNouns));
  return place && !ChangeCueRightBefore(text, s, f.start, Lang::kEs);
}

// Spanish: figure `f` is a physical quantity that no metric labels: a length, weight, dose or
// frequency at large ("200 microgramos", "30 cuadras", "5 GHz"), no organisation's result.
bool BareMeasureEs(const Figure& f) {
  return f.metric.empty() && f.kind == FigureKind::kQuantity;
}

// Spanish: `sentence` refers back to an owner named before it through a definite noun of
// the things an organisation has, runs or makes opening it ("El ensayo …", "La vacuna …", "En
// el centro …", "Al partido …", "A bordo …", "El aparato …"), or an object pronoun ("le
// votaría", "por ella"): the people or cases it counts, and a product's measures, are that
// owner's, not people at large (PeopleAtLargeEs, CaseCountEs, BareMeasureEs).
bool BackReferenceEs(std::string_view sentence) {
  static constexpr std::string_view kNouns[] = {
      "ensayo",          "ensayos",    "vacuna",       "fármaco",  "medicamento",   "tratamiento",
      "centro",          "centros",    "hospital",     "clínica",  "residencia",    "partido",
      "reparto",         "evento",     "festival",     "estadio",  "sala",          "museo",
      "parque",          "barco",      "buque",        "crucero",  "ferry",         "avión",
      "empresa",         "compañía",   "firma",        "cadena",   "club",          "equipo",
      "fundación",       "asociación", "organización", "entidad",  "feria",         "concierto",
      "campaña",         "programa",   "iniciativa",   "colegio",  "escuela",       "universidad",
      "planta",          "fábrica",    "tienda",       "tiendas",  "instalaciones", "congreso",
      "establecimiento", "aparato",    "dispositivo",  "producto", "modelo",        "vehículo",
      "camión"};
  static const scan::LowerWordSet kSet(kNouns);
  size_t pos = 0, ts = 0, te = 0, n = 0;
  std::string_view prev;
  while (scan::NextToken(sentence, pos, &ts, &te)) {
    const std::string_view w = sentence.substr(ts, te - ts);
    if (InListLower(w, {"le", "ella"})) return true;
    // The noun opens the sentence ("El ensayo incluyó …", "En el centro …", "A bordo …"): one
    // in a side phrase ("a pesar de la vacuna") names no owner's thing.
    if (++n > 3) {
      prev = w;
      pos = te;
      continue;
    }
    if (EqualsLowerAscii(w, "bordo") && EqualsLowerAscii(prev, "a")) return true;
    if (kSet.Contains(w) && InListLower(prev, {"el", "la", "los", "las", "del", "al", "este",
                                               "esta", "dicho", "dicha"})) {
      return true;
    }
    prev = w;
    pos = te;
  }
  return false;
}

// Spanish: a name starting at `pos` opens an item of a list — the sentence (from `s`) or a
// clause starts there, or a conjunction or "como" stands right before it ("…; X", "y X",
// "o X", "municipios como X").
bool ListItemStartEs(std::string_view text, size_t s, size_t pos) {
  size_t i = pos;
  while (i > s && text[i - 1] == ' ') --i;
  if (i == s || text[i - 1] == ',' || text[i - 1] == ';' || text[i - 1] == ':') return true;
  size_t ws = 0;
  const std::string_view w = WordBefore(text, s, i, &ws);
  if (ws + w.size() != i) return false;
  return EqualsLowerAscii(w, "y") || EqualsLowerAscii(w, "o") || EqualsLowerAscii(w, "e") ||
         EqualsLowerAscii(w, "u") || EqualsLowerAscii(w, "como");
}

// Whether `gap` (the text from an earlier figure of a sentence, or a place after that
// figure, to a later figure) holds a clause or list joint: a comma or semicolon followed by
// a blank (not a decimal comma: "2,5"), or a list joiner of kListJoiners ("und", "and", "y",
// "o" …) between blanks. The place before the joint then belongs to the earlier figure (a
// list item or an earlier clause: "900 Besucher in X, 300 in Y", "5,200 cases in X and 830
// …", "40 heridos en X o 12 …"), not to the figure after it.
// REQUIRES: `gap` lies in one sentence.
bool JointBetween(std::string_view gap) {
  for (size_t i = 0; i + 1 < gap.size(); ++i) {
    if ((gap[i] == ',' || gap[i] == ';') && gap[i + 1] == ' ') return true;
  }
  return std::ranges::any_of(function_words::kListJoiners, [&](std::string_view w) {
    for (size_t p = gap.find(w); p != std::string_view::npos; p = gap.find(w, p + 1)) {
      if (p > 0 && gap[p - 1] == ' ' && p + w.size() < gap.size() && gap[p + w.size()] == ' ') {
        return true;
      }
    }
    return false;
  });
}

// German: whether the statement of a figure ends inside `gap` (the text from the figure's end
// to a later word of its sentence): a semicolon or a colon outside brackets ("; ", ": ") opens
// another statement, and ", was" a comment on the whole one ("…, was zu Staus in Kralstadt
// führte"). Not a colon inside brackets ("(Stand: Montag)"), not a bare comma (a relative or
// subordinate clause after it still describes the figure: "300 Gäste, die in X wohnen"), not
// a dash (what follows one is as often an aside or a noun phrase about the figure, "– der
// höchste Wert in X", as another statement).
// REQUIRES: `gap` lies in one sentence; a ")" without its "(" in `gap` (the figure stands in
// brackets) closes nothing.
bool StatementEndsInDe(std::string_view gap) {
  int depth = 0;
  for (size_t i = 0; i + 1 < gap.size(); ++i) {
    const char c = gap[i];
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      depth = depth > 0 ? depth - 1 : 0;
    } else if (depth == 0 && (c == ';' || c == ':') && gap[i + 1] == ' ') {
      return true;
    } else if (depth == 0 && c == ',' && gap.substr(i).starts_with(", was ")) {
      return true;
    }
  }
  return false;
}

// English: `gap` (from a with-clause's subject to a figure) ends that clause — a comma, a
// semicolon or a clause word ("while", "and", "but", "whereas") stands in it.
bool WithClauseEnds(std::string_view gap) {
  // ", " (not a bare comma: "$1,200m" is one figure).
  if (gap.find(", ") != std::string_view::npos || gap.find(';') != std::string_view::npos) {
    return true;
  }
  static constexpr std::string_view kWords[] = {" while ", " and ", " but ", " whereas "};
  for (std::string_view w : kWords) {
    if (gap.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// English: the subject of a with-clause — "…, with X slipping 4.2%", "With X about $9bn
// short, …": "with" (any case) opens the sentence (from `s`) or follows a comma, the name (from
// `name_start` to `name_end`, after an optional "the") follows it, then at most three
// lower-case words (an acronym in brackets may come first: "X (XYZ) about …") and the figure
// at `fig`. Not "a deal with X worth $5bn" (no comma before "with"). The caller skips persons
// ("with X saying …" quotes X) and stops at the clause's end (WithClauseEnds).
bool WithClauseSubjectEn(std::string_view text, size_t s, size_t name_start, size_t name_end,
                         size_t fig) {
  if (fig <= name_end || fig - name_end > 40) return false;
  std::string_view head = text.substr(s, name_start - s);
  if (head.ends_with("the ")) head.remove_suffix(4);
  const size_t lead = head.find_first_not_of(" \n\t\"'");  // "With" opening the sentence
  const bool opens = lead != std::string_view::npos && EqualsLowerAscii(head.substr(lead), "with ");
  if (!opens && !head.ends_with(", with ")) return false;
  std::string_view gap = text.substr(name_end, fig - name_end);
  if (gap.starts_with(" (")) {  // "X (XYZ) some …"
    const size_t close = gap.find(')');
    if (close == std::string_view::npos ||
        !std::all_of(gap.begin() + 2, gap.begin() + static_cast<std::ptrdiff_t>(close),
                     [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return false;
    }
    gap.remove_prefix(close + 1);
  }
  // " dropping ", " some ", " up ": at most three lower-case words between blanks.
  if (gap.empty() || gap.front() != ' ' || gap.back() != ' ') return false;
  int words = 0;
  for (size_t k = 0; k + 1 < gap.size(); ++k) {
    if (gap[k] != ' ') continue;
    const char c = gap[k + 1];
    if (c == ' ') continue;
    if (c < 'a' || c > 'z') return false;
    ++words;
  }
  if (words > 3) return false;
  return gap.find_first_of(",;:()\"") == std::string_view::npos;
}

// A ranking or list that pairs names with figures by "mit" / "with" / "at" / "on" / "con": the
// name ending at `name_end` right before "mit <figure at fig>" ("vor Kralland mit 2,9 Prozent",
// "followed by Norland with 25%", "Vetonia con 33,5") holds that figure when it is not the
// sentence's first item: a ranking word stands before the name (vor, hinter, gefolgt von,
// angeführt von, followed by, led by, ahead of, behind, seguido de/por, liderado por,
// encabezado por, por delante de, detrás de; an article may come between)
// or only a list joiner (", ", "und", "and", "y" …) separates it from the figure before
// (ending at `prev_end`; `s` when none) or from a bare number: "X mit 563 vor Y mit 263 und Z
// mit 135", "X con 34,5, Y con 33,5".
// Not "die Firma ist in Kralland mit 300 Mitarbeitern vertreten" (no ranking, no list).
bool RankedWithFigure(std::string_view text, size_t s, size_t prev_end, size_t name_start,
                      size_t name_end, size_t fig) {
  std::string_view gap = text.substr(name_end, fig - name_end);
  static constexpr std::string_view kWith[] = {
      " mit ", " with ", " at ", " on ", " con ", " con el ", " con la ", " con un ", " con una "};
  bool with = false;
  for (std::string_view w : kWith) with = with || EqualsLowerAscii(gap, w);
  if (!with) return false;
  // Before the name: an article is stepped over.
  size_t ws = 0;
  size_t at = name_start;
  std::string_view w = WordBefore(text, s, at, &ws);
  if (!w.empty() && ws + w.size() + 1 == at && IsArticle(w)) {
    at = ws;
    w = WordBefore(text, s, at, &ws);
  }
  // A list joiner right after the figure before, or after a bare number the figure stage
  // did not take ("Vetonia con 33,5, Ruvia con 32,5").
  static constexpr std::string_view kJoiners[] = {", ",    ", und ", ", and ", ", y ", "; ",
                                                  " und ", " and ",  " y ",    " e ",  " sowie "};
  for (std::string_view j : kJoiners) {
    if (at - s < j.size() + 1 || !EqualsLowerAscii(text.substr(at - j.size(), j.size()), j)) {
      continue;
    }
    size_t before = at - j.size();
    if (before == prev_end && prev_end > s) return true;
    if (text[before - 1] == ')') --before;
    if (before == prev_end && prev_end > s) return true;
    if (before > s && scan::IsDigit(text[before - 1])) return true;
  }
  if (w.empty() || ws + w.size() + 1 != at) return false;
  if (EqualsLowerAscii(w, "vor") || EqualsLowerAscii(w, "hinter") ||
      EqualsLowerAscii(w, "behind") || EqualsLowerAscii(w, "tras")) {
    return true;
  }
  size_t ws2 = 0;
  const std::string_view w2 = WordBefore(text, s, ws, &ws2);
  if (w2.empty() || ws2 + w2.size() + 1 != ws) return false;
  if (EqualsLowerAscii(w, "von")) {
    return EqualsLowerAscii(w2, "gefolgt") || EqualsLowerAscii(w2, "angeführt");
  }
  if (EqualsLowerAscii(w, "by")) {
    return EqualsLowerAscii(w2, "followed") || EqualsLowerAscii(w2, "led");
  }
  if (EqualsLowerAscii(w, "of")) return EqualsLowerAscii(w2, "ahead");
  if (EqualsLowerAscii(w, "de") || EqualsLowerAscii(w, "por")) {
    return EqualsLowerAscii(w2, "seguido") || EqualsLowerAscii(w2, "seguida") ||
           EqualsLowerAscii(w2, "seguidos") || EqualsLowerAscii(w2, "seguidas") ||
           (EqualsLowerAscii(w, "por") &&
            (EqualsLowerAscii(w2, "liderado") || EqualsLowerAscii(w2, "liderada") ||
             EqualsLowerAscii(w2, "encabezado") || EqualsLowerAscii(w2, "encabezada"))) ||
           (EqualsLowerAscii(w, "de") &&
            (EqualsLowerAscii(w2, "delante") || EqualsLowerAscii(w2, "detrás")));
  }
  return false;
}

bool IsNominal(std::string_view word) {
  static const scan::LowerWordSet kSet(kNominal);
  return kSet.Contains(word);
}

// kPersonNounsEs (ASCII case-insensitive), asked of the Spanish reference words.
bool IsPersonNounEs(std::string_view word) {
  static const scan::LowerWordSet kSet(kPersonNounsEs);
  return kSet.Contains(word);
}

// The last parts of German company nouns ("der Fleischhersteller", "der Baukonzern", "die
// Handelsplattform"); `alone` where the part is a company noun by itself too ("der Hersteller",
// "des Versorgers"; "Konzern", "Unternehmen", "Gruppe", "Bank" are kNominal's as well), not
// "Bauer", "Kette", "Gesellschaft", "Plattform" (a farmer, a chain, society).
struct CompanySuffixDe {
  std::string_view part;
  bool alone;
};
constexpr CompanySuffixDe kCompanySuffixesDe[] = {
    {"konzern", true},   {"hersteller", true}, {"versicherer", true},   {"bauer", false},
    {"händler", true},   {"kette", false},     {"gesellschaft", false}, {"unternehmen", true},
    {"gruppe", true},    {"bank", true},       {"anbieter", true},      {"betreiber", true},
    {"versorger", true}, {"plattform", false}};

// A German company noun that is one of kCompanySuffixesDe's parts by itself (any ASCII case).
bool CompanySuffixAloneDe(std::string_view w) {
  return std::ranges::any_of(kCompanySuffixesDe, [w](const CompanySuffixDe& s) {
    return s.alone && EqualsLowerAscii(w, s.part);
  });
}

// German company nouns by their last part (kCompanySuffixesDe): the word is longer than the
// part ("Bank" alone is kNominal's).
bool IsCompanyCompoundDe(std::string_view w) {
  if (w.size() <= 6 || w.size() > 30) return false;
  // Asked of every German word of a sentence with figures: the last four bytes are compared
  // with the suffixes' last four at once (SSE2), and the suffix walk, whose exits mispredict,
  // runs only for a word that ends like one (all suffixes have four bytes or more).
  struct Tails {
    alignas(16) std::array<uint32_t, 16> v{};  // little-endian, as a load of the word's bytes
    constexpr Tails() {
      for (size_t i = 0; i < v.size(); ++i) {
        const std::string_view suf =
            kCompanySuffixesDe[std::min(i, std::size(kCompanySuffixesDe) - 1)].part;
        for (size_t k = 0; k < 4; ++k) {
          v[i] |= uint32_t{static_cast<unsigned char>(suf[suf.size() - 4 + k])} << (8 * k);
        }
      }
    }
  };
  static constexpr Tails kTails;
  auto tails = [&](size_t i) {
    return _mm_load_si128(reinterpret_cast<const __m128i*>(kTails.v.data() + 4 * i));
  };
  uint32_t tail = 0;
  std::memcpy(&tail, w.data() + w.size() - 4, 4);
  const __m128i t = _mm_set1_epi32(static_cast<int>(tail));
  const __m128i hit =
      _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi32(t, tails(0)), _mm_cmpeq_epi32(t, tails(1))),
                   _mm_or_si128(_mm_cmpeq_epi32(t, tails(2)), _mm_cmpeq_epi32(t, tails(3))));
  if (_mm_movemask_epi8(hit) == 0) return false;
  for (const CompanySuffixDe& s : kCompanySuffixesDe) {
    if (w.size() > s.part.size() && w.substr(w.size() - s.part.size()) == s.part) return true;
  }
  return false;
}

// German nouns naming a subsidiary: "Tochter", "Tochtergesellschaft", "Konzerntochter",
// "Polen-Tochter".
bool SubsidiaryNounDe(std::string_view w) {
  return (w.size() >= 7 && EqualsLowerAscii(w.substr(0, 7), "tochter")) ||
         ner::EndsWithLower(w, "tochter");
}

// Nouns naming a kind of organisation that a name may follow in apposition ("del partido
// X", "von der Partei X"); unlike kNominal never references themselves.
bool IsGroupNoun(std::string_view word) {
  static constexpr std::string_view kGroupNouns[] = {
      "partido",    "partei",      "party",        "movimiento", "bewegung",
      "movement",   "sindicato",   "gewerkschaft", "union",      "verband",
      "asociación", "association", "fundación",    "stiftung",   "foundation"};
  static constexpr scan::WordShapes kShapes(kGroupNouns);
  if (!kShapes.Maybe(word)) return false;
  return InListLower(word, kGroupNouns);
}

// kContinuingPronouns (ASCII case-insensitive).
bool IsContinuingPronoun(std::string_view word) {
  // Asked of every word until the first pronoun: one table bit by first byte and length
  // rejects nearly all words in one branch.
  static constexpr scan::WordShapes kShapes(kContinuingPronouns);
  if (!kShapes.Maybe(word)) return false;
  return InListLower(word, kContinuingPronouns);
}

// Possessive determiners of the three languages ("su", "sus", "its", "their", "his", "her",
// "sein…", "ihr…"): like an article, they sit between a preposition and the name it governs
// ("para becas de su Fundación X", "in its Kralco unit", "mit seiner Kralix AG"). Any case.
bool IsPossessiveDeterminer(std::string_view word) {
  static const scan::LowerWordSet kSet(kPossessives);  // one table bit rejects most words
  return kSet.Contains(word);
}

// Whether figure `f` counts people or cases (metric population or cases: "70,000 people",
// "120 pacientes", "4.800 muertes"): a public count a place can locate (rules 6a', 6b).
bool PeopleCount(const Figure& f) {
  return f.metric == metrics::kPopulation || f.metric == metrics::kCases;
}

// True when `words` holds a Spanish participle ("fabricados", "vendidas", "hecho"): a
// "por X" after it names the agent of a passive, not a cause.
bool HasParticiple(std::string_view words) {
  return scan::AnyWordOf(words, [](std::string_view w) {
    if (w.size() < 4) return false;
    if (w.back() == 's') w.remove_suffix(1);
    return w.size() >= 4 &&
           (w.ends_with("ado") || w.ends_with("ada") || w.ends_with("ido") || w.ends_with("ida") ||
            w.ends_with("cho") || w.ends_with("cha") || w.ends_with("sto") || w.ends_with("sta"));
  });
}

// Spanish head nouns that never name a group of their own: time spans, amounts and parts,
// places in general, and the references resolved elsewhere ("la compañía", "el país").
constexpr std::string_view kNotGroupEs[] = {
    "año", "años", "mes", "meses", "día", "días", "semana", "semanas", "trimestre", "semestre",
    "ejercicio", "periodo", "período", "cifra", "cifras", "total", "mayoría", "minoría", "resto",
    "parte", "mitad", "número", "caso", "casos", "tasa", "índice", "nivel", "porcentaje",
    "proporción", "cantidad", "volumen", "valor", "media", "promedio", "país", "gobierno", "estado",
    "demás", "mismo", "misma", "mismos", "mismas", "otro", "otra", "otros", "otras", "primer",
    "primero", "primera", "último", "última", "pasado", "próximo", "objetivo", "situación",
    "problema", "cambio", "estudio", "informe", "encuesta", "datos", "dato", "sector", "economía",
    "acciones", "títulos", "valores", "bonos", "bolsa", "tipos", "región", "ciudad", "zona",
    "mundo", "cual", "cuales", "resultado", "resultados", "gente", "uno", "una", "unos", "unas",
    "doble", "población", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
    "diez", "cien", "mil", "poco", "pocos", "pocas", "más", "menos", "mayor", "mayores", "menor",
    "menores", "principal", "principales", "nuevo", "nueva", "nuevos", "nuevas", "últimos",
    "últimas", "mejor", "mejores", "peor", "peores", "gran", "grandes", "enero", "febrero", "marzo",
    "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    "ley", "texto", "sitio", "escrito", "documento", "artículo", "nota", "medida", "reforma",
    "plan", "proyecto", "programa", "sistema", "análisis", "cálculo", "balance",
    // persons who speak or were named before ("el experto rechaza …")
    "experto", "experta", "expertos", "analista", "analistas", "portavoz", "responsable", "autor",
    "autora", "autores", "director", "directora", "fuente", "fuentes", "investigador",
    "investigadora", "investigadores", "jefe", "jefa", "secretario"};

// A lower-case word (ASCII letter or an accented small letter first), 3 bytes or more.
bool LowerWord(std::string_view w) {
  if (w.size() < 3) return false;
  const auto c0 = static_cast<unsigned char>(w[0]);
  if (c0 >= 'a' && c0 <= 'z') return true;
  return c0 == 0xC3 && static_cast<unsigned char>(w[1]) >= 0xA0;
}

// Spanish: whether `w` is a form of "recibir" or "cobrar" (to receive, to be paid): "recibió",
// "cobra", "recibido", "cobró" (the stem, then a vowel). Not "cobertura".
bool ReceivingVerbEs(std::string_view w) {
  for (std::string_view stem : {"recib", "cobr"}) {
    if (w.size() > stem.size() && EqualsLowerAscii(w.substr(0, stem.size()), stem)) {
      const char c = scan::LowerAscii(w[stem.size()]);
      return c == 'i' || c == 'a' || c == 'e' || c == 'o' || static_cast<unsigned char>(c) == 0xC3;
    }
  }
  return false;
}

// Spanish: the figure ending at text[fe] is the head of a definite noun phrase whose owner
// follows right after it (`de_start`: where the "de" / "del" before the owner starts):
// `article`, the word right before the figure, is a definite article or a demonstrative
// (IsArticle: "las", "este", "estas", "estos") — "las 60 tiendas de X", "los 900 de X",
// "estas 12 plantas de X" — and at most one lower-case word, the counted noun, stands
// between the figure and "de" — "X's 60 shops". Not "unos 30 camiones de X" (indefinite),
// not "las 60 tiendas propias nuevas de X" (two words between).
// REQUIRES: fe <= de_start <= text.size().
bool DefiniteOwnedFigureEs(std::string_view article, std::string_view text, size_t fe,
                           size_t de_start) {
  if (!IsArticle(article)) return false;
  std::string_view between = text.substr(fe, de_start - fe);
  if (between.empty() || between.front() != ' ' || between.back() != ' ') return false;
  between = between.substr(1, between.size() - 2);
  return between.empty() || (between.find(' ') == std::string_view::npos && LowerWord(between) &&
                             std::all_of(between.begin(), between.end(),
                                         [](char c) { return scan::IsWordOrHigh(c); }));
}

// The singular of a Spanish plural noun or adjective, lower-cased ASCII: "mujeres" -> "mujer",
// "casetes" -> "casete", "luces" -> "luz"; a singular stays as it is.
std::string SingularEs(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = scan::LowerAscii(c);
  const size_t n = out.size();
  if (n > 4 && out.ends_with("ces")) {
    out.resize(n - 3);
    out.push_back('z');
  } else if (n > 4 && out.ends_with("es") &&
             std::string_view("rlndjy").find(out[n - 3]) != std::string_view::npos) {
    out.resize(n - 2);
  } else if (n > 3 && out.back() == 's' && !out.ends_with("us") && !out.ends_with("is")) {
    out.resize(n - 1);
  }
  return out;
}

// Whether adjective `adj` agrees with noun `noun` by its ending ("disco compacto", "ventas
// ilegales" do not count: only -o/-os/-a/-as nouns take an adjective here).
bool AgreesEs(std::string_view noun, std::string_view adj) {
  for (std::string_view e : {"os", "as", "o", "a"}) {
    if (noun.ends_with(e)) return adj.ends_with(e) && adj.size() > e.size() + 2;
  }
  return false;
}

struct Ref {
  size_t pos = 0;
  std::string entity;    // resolved canonical name; "" = unresolved
  bool pronoun = false;  // German "es": weaker than a name after it
  bool person = false;   // Spanish "el candidato": a person named before
  size_t noun_end = 0;   // end of the person noun ("candidato")
  bool country = false;  // Spanish "el país", "del país": the country the text is about
  bool prep = false;     // "del país" / "al país": governed by a preposition
};

// How far (bytes after the end of its sentence) a subject stays the topic that "das
// Unternehmen", "la compañía" or "es" refer to.
constexpr size_t kTopicReach = 400;

}  // namespace

// A place in a dateline ("Wien – ", "Wien/Graz — ", "MADRID - "; the dashes of
// scan::DatelineDashLength): where the story was filed, not what it is about.
bool IsDatelinePlace(std::string_view text, const EntityMention& m) {
  if (m.type != EntityType::kPlace) return false;
  size_t b = m.start;
  while (b > 0 && text[b - 1] == ' ') --b;
  bool starts = b == 0 || text[b - 1] == '\n' || text[b - 1] == '/' ||
                (b >= 1 && (text[b - 1] == '.' || text[b - 1] == '!' || text[b - 1] == '?'));
  if (!starts) return false;
  size_t i = m.end;
  const size_t limit = std::min<size_t>(text.size(), m.end + 40);
  while (i < limit) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ') {
      const size_t dash = scan::DatelineDashLength(text.substr(i + 1));
      if (dash > 0 && i + 1 + dash < text.size() && text[i + 1 + dash] == ' ') return true;
    }
    if (c == '/' || c == ' ' || scan::IsAsciiAlnum(text[i]) || c >= 0x80) {
      if (c == ' ' && i + 1 < limit && scan::LowerAscii(text[i + 1]) == text[i + 1] &&
          scan::IsAsciiAlnum(text[i + 1])) {
        return false;  // a lower-case word follows: running text
      }
      ++i;
      continue;
    }
    return false;
  }
  return false;
}

namespace {

// German time words before "in X" that make X a venue ("gestern in X"); weekdays are
// kWeekdaysDe.
constexpr std::string_view kTimeWordsDe[] = {"gestern", "heute",     "vorgestern",
                                             "abend",   "morgen",    "wochenende",
                                             "mittag",  "vormittag", "nachmittag"};

// A German noun (or compound ending) naming an organisation's organ or officer: "Vorstand",
// "Aufsichtsrat", "Konzernchef", "Sprecherin", "Geschäftsführung".
bool OrganNounDe(std::string_view w) {
  static constexpr std::string_view kEnds[] = {"vorstand", "aufsichtsrat", "chef",
                                               "chefin",   "sprecher",     "sprecherin",
                                               "führung",  "vorsitzende",  "vorsitzender"};
  return std::ranges::any_of(kEnds, [w](std::string_view end) {
    return w.size() >= end.size() && EqualsLowerAscii(w.substr(w.size() - end.size()), end);
  });
}

// A company noun (kNominal, a German compound, a German genitive of either: "des Konzerns
// aus X", "des Autobauers aus X") that a seat or origin may describe.
bool CompanyNounOrGenitive(Lang lang, std::string_view w) {
  auto company = [lang](std::string_view n) {
    return IsNominal(n) ||
           (lang == Lang::kDe && (IsCompanyCompoundDe(n) || CompanySuffixAloneDe(n)));
  };
  if (company(w)) return true;
  return lang == Lang::kDe && w.size() >= 5 && w.back() == 's' &&
         company(w.substr(0, w.size() - 1));
}

// A determiner of one thing before the company noun `noun` (lower or upper case): German
// "das/der/des/dem/ein…" ("die" only before a feminine noun in its singular form: "die Firma",
// not "die Firmen", "die Hersteller"), Spanish "el/la/un/una/del/al", English "the/a/an/its"
// (function_words::kSingularDeterminersDe/Es/En).
bool SingularDeterminer(Lang lang, std::string_view d, std::string_view noun) {
  switch (lang) {
    case Lang::kDe:
      if (EqualsLowerAscii(d, "die") || EqualsLowerAscii(d, "diese")) {
        const char last = noun.empty() ? 'n' : noun.back();
        return last != 'n' && last != 'r' && last != 's';
      }
      return InListLower(d, function_words::kSingularDeterminersDe);
    case Lang::kEs:
      return InListLower(d, function_words::kSingularDeterminersEs);
    case Lang::kEn:
      return InListLower(d, function_words::kSingularDeterminersEn);
    default:
      return false;
  }
}

// One company ends right before `pos`: a singular company noun after a singular determiner
// (one lower-case adjective may stand between: "das traditionsreiche Unternehmen"), or a
// legal form ("die Kralix AG"); not the companies of a place ("Unternehmen aus X
// investierten", "las empresas con sede en X", "firms based in X").
bool SingularCompanyBefore(std::string_view text, Lang lang, size_t pos, bool any_noun = false) {
  // Across a bracketed short name: "die Kralix GmbH (KGX) mit Sitz in X".
  if (pos >= 2 && text[pos - 2] == ')') {
    const size_t open = text.rfind('(', pos - 2);
    if (open != std::string_view::npos && pos - open < 24) pos = open;
  }
  size_t ns;
  const std::string_view noun = WordBefore(text, 0, pos, &ns);
  if (noun.empty()) return false;
  if (ner::IsLegalFormWord(noun)) return true;
  if (!any_noun && !(lang == Lang::kDe ? CompanyNounOrGenitive(lang, noun) : IsNominal(noun))) {
    return false;
  }
  if (lang != Lang::kDe && noun.back() == 's') return false;
  size_t ds;
  std::string_view d = WordBefore(text, 0, ns, &ds);
  if (!d.empty() && !SingularDeterminer(lang, d, noun) && !ner::StartsUpper(d)) {
    d = WordBefore(text, 0, ds, &ds);  // one adjective
  }
  return SingularDeterminer(lang, d, noun);
}

}  // namespace

namespace {

// A word setting a figure's scope at the whole country: German "bundesweit", "landesweit",
// "österreichweit" (a word in "-weit", not "unweit"), "insgesamt"; Spanish "en todo el país",
// "territorio nacional", "a nivel nacional"; English "nationwide", "across the country".
bool NationalScope(std::string_view sentence, Lang lang) {
  switch (lang) {
    case Lang::kDe: {
      if (scan::FindLower(sentence, "insgesamt") != std::string_view::npos) return true;
      for (size_t at = scan::FindLower(sentence, "weit"); at != std::string_view::npos;
           at = scan::FindLower(sentence, "weit", at + 4)) {
        const size_t end = at + 4;
        if (at < 2 || (end < sentence.size() && scan::IsWordOrHigh(sentence[end]))) continue;
        if (!scan::IsWordOrHigh(sentence[at - 1])) continue;
        if (at >= 2 && scan::FindLower(sentence.substr(at - 2, 2), "un") == 0 &&
            (at == 2 || !scan::IsWordOrHigh(sentence[at - 3]))) {
          continue;  // "unweit"
        }
        return true;
      }
      return false;
    }
    case Lang::kEs:
      return scan::FindLower(sentence, "todo el país") != std::string_view::npos ||
             scan::FindLower(sentence, "territorio nacional") != std::string_view::npos ||
             scan::FindLower(sentence, "nivel nacional") != std::string_view::npos;
    case Lang::kEn:
      return scan::FindLower(sentence, "nationwide") != std::string_view::npos ||
             scan::FindLower(sentence, "across the country") != std::string_view::npos;
    default:
      return false;
  }
}

}  // namespace

bool IsSeatOfOrganisation(std::string_view text, Lang lang, const EntityMention& m) {
  if (m.end >= text.size() || m.start < 3) return false;
  // "the Eastport-based group" (one: not "Eastport-based firms").
  if (m.type == EntityType::kPlace && text[m.end] == '-') {
    if (scan::FindLower(text.substr(m.end, 7), "-based") != 0) return false;
    size_t ds, ns, ne;
    if (!SingularDeterminer(lang, WordBefore(text, 0, m.start, &ds), {})) return false;
    if (!scan::NextToken(text, m.end + 6, &ns, &ne)) return false;
    const std::string_view next = text.substr(ns, ne - ns);
    return next.back() != 's' || ner::EndsWithLower(next, "ss");
  }
  // Asked of every mention of every sentence: the bytes around the name rule out most before
  // any word is read (a German name in "-er" before a blank; a place after a blank and a
  // word ending like "in", "en", "de", "aus" or "from").
  const bool adjective_de = lang == Lang::kDe && m.type != EntityType::kPerson &&
                            text[m.end] == ' ' && m.end - m.start > 4 && text[m.end - 2] == 'e' &&
                            text[m.end - 1] == 'r';
  bool word_before = false;
  if (m.type == EntityType::kPlace && text[m.start - 1] == ' ') {
    const char b0 = text[m.start - 3];
    const char b1 = text[m.start - 2];
    // "in"/"en" (a common preposition) only after the last bytes of a seat's word: "Sitz
    // in", "based in", "headquartered in", "sede en", "base en", "radicada en", "sede
    // central en"; German also before "ansässig"/"beheimatet" (read below). Bytes are
    // compared directly: this runs for every mention.
    if ((b0 == 'i' || b0 == 'e') && b1 == 'n') {
      static constexpr char kTails[][5] = {"itz ", "sed ", "red ", "ede ", "ase ",
                                           "ral ", "ial ", "ada ", "ado "};
      if (m.start >= 7) {
        const char* tail = text.data() + m.start - 7;
        for (const char* t : kTails) word_before = word_before || std::memcmp(tail, t, 4) == 0;
      }
      word_before = word_before ||
                    (lang == Lang::kDe && m.end + 4 < text.size() && text[m.end + 1] == 'a' &&
                     text[m.end + 2] == 'n' && text[m.end + 3] == 's') ||
                    (lang == Lang::kDe && m.end + 4 < text.size() && text[m.end + 1] == 'b' &&
                     text[m.end + 2] == 'e' && text[m.end + 3] == 'h');
    } else {
      word_before =
          (b0 == 'd' && b1 == 'e') || (b0 == 'u' && b1 == 's') || (b0 == 'o' && b1 == 'm');
    }
  }
  if (!adjective_de && !word_before) return false;
  size_t ws1;
  // German: a city adjective before a company noun, whatever type the tagger gave it: "der
  // Grünfelder Hersteller", "des Kralfelder Konzerns" (one word in "-er" after a determiner).
  // Only a place's adjective: the tagger typed it a place, or its entity is the place
  // ("Grünfelder" -> "Grünfeld"), not a firm named in "-er" ("der Velder Konzern").
  if (adjective_de && (m.type == EntityType::kPlace || m.entity != m.surface)) {
    size_t ns, ne;
    if (scan::NextToken(text, m.end, &ns, &ne) && ns == m.end + 1 &&
        ner::StartsUpper(text.substr(ns, ne - ns)) &&
        CompanyNounOrGenitive(lang, text.substr(ns, ne - ns)) &&
        text.substr(m.start, m.end - m.start).find(' ') == std::string_view::npos &&
        SingularDeterminer(lang, WordBefore(text, 0, m.start, &ws1), text.substr(ns, ne - ns))) {
      return true;
    }
  }
  if (!word_before) return false;
  const std::string_view w1 = WordBefore(text, 0, m.start, &ws1);
  if (w1.empty()) return false;
  size_t ws2;
  const std::string_view w2 = WordBefore(text, 0, ws1, &ws2);
  switch (lang) {
    case Lang::kDe: {
      // "das Unternehmen aus Grünfeld" (not "die Unternehmen aus Grünfeld": the place's
      // companies), "mit Sitz in Grünfeld", "das in Grünfeld ansässige Unternehmen".
      if (EqualsLowerAscii(w1, "aus")) return SingularCompanyBefore(text, lang, ws1);
      if (EqualsLowerAscii(w1, "in")) {
        size_t ws3;
        const std::string_view w3 = WordBefore(text, 0, ws2, &ws3);
        if (ner::EndsWithLower(w2, "sitz")) {
          // "das Unternehmen mit Sitz in X", "es hat seinen Sitz in X".
          // (a seat is an institution's, whatever its noun: "ein Gericht mit Sitz in X")
          return EqualsLowerAscii(w3, "mit") ? SingularCompanyBefore(text, lang, ws3, true)
                                             : InListLower(w3, {"seinen", "seinem"});
        }
        size_t ns, ne;
        if (!scan::NextToken(text, m.end, &ns, &ne)) return false;
        const std::string_view next = text.substr(ns, ne - ns);
        if (scan::FindLower(next, "ansässig") != 0 && scan::FindLower(next, "beheimatet") != 0) {
          return false;
        }
        // "das in X ansässige Unternehmen", "die in X ansässige Firma", "es ist in X
        // ansässig"; not "die in X ansässigen Firmen".
        if (EqualsLowerAscii(w2, "die")) return next.back() == 'e';
        return SingularDeterminer(lang, w2, {}) || InListLower(w2, {"ist", "war"});
      }
      return false;
    }
    case Lang::kEs: {
      // "con sede en Villaclara", "con sede central en", "radicada en", "afincada en"; "la
      // empresa de Villaclara", "el fabricante de Villaclara" (a singular company noun after
      // an article: "las empresas de Villaclara" are the place's).
      if (EqualsLowerAscii(w1, "en")) {
        size_t ws3;
        const std::string_view w3 =
            EqualsLowerAscii(w2, "central") || EqualsLowerAscii(w2, "social")
                ? WordBefore(text, 0, ws2, &ws3)
                : w2;
        // The participles are singular by their form; "con sede en" needs one company
        // before it ("la empresa con sede en X", not "las empresas con sede en X").
        if (InListLower(w3, {"radicada", "radicado", "afincada", "afincado", "domiciliada",
                             "domiciliado", "asentada", "asentado"})) {
          return true;
        }
        if (!EqualsLowerAscii(w3, "sede") && !EqualsLowerAscii(w3, "base")) return false;
        const size_t w3_start = static_cast<size_t>(w3.data() - text.data());
        size_t ws4;
        const std::string_view w4 = WordBefore(text, 0, w3_start, &ws4);
        return EqualsLowerAscii(w4, "con") && SingularCompanyBefore(text, lang, ws4, true);
      }
      if (EqualsLowerAscii(w1, "de") && IsNominal(w2) && w2.back() != 's') {
        size_t ws3;
        return InListLower(WordBefore(text, 0, ws2, &ws3), {"el", "la", "del", "al", "un", "una"});
      }
      return false;
    }
    case Lang::kEn:
      // "based in Eastport", "headquartered in Eastport", "the carmaker from Eastport"; not
      // after a form of "be" ("12% of its staff are based in Eastport": where they work).
      if (EqualsLowerAscii(w1, "in")) {
        size_t ws3;
        if (!EqualsLowerAscii(w2, "based") && !EqualsLowerAscii(w2, "headquartered")) return false;
        // One company ("the group, based in X") or a name set off by a comma ("Voltaro Air,
        // based in X"); not "firms based in X".
        const std::string_view w3 = WordBefore(text, 0, ws2, &ws3);
        const size_t w3_end =
            w3.empty() ? 0 : static_cast<size_t>(w3.data() - text.data()) + w3.size();
        return SingularCompanyBefore(text, lang, ws2) ||
               (!w3.empty() && ner::StartsUpper(w3) && !IsNominal(w3) && w3_end < text.size() &&
                text[w3_end] == ',' && ws3 > 0);
      }
      return EqualsLowerAscii(w1, "from") && SingularCompanyBefore(text, lang, ws1);
    default:
      return false;
  }
}

bool PressNameDe(std::string_view entity) {
  static constexpr std::string_view kPressWords[] = {
      "Zeitung",  "Rundschau", "Nachrichten", "Presseagentur", "Nachrichtenagentur",
      "Tagblatt", "Tageblatt", "Anzeiger",    "Kurier",        "Times",
      "Journal",  "Herald",    "Tribune",     "Gazette",       "Chronicle"};
  // The shortest word has five bytes, the longest eighteen; most names end otherwise.
  if (entity.size() < 5) return false;
  const size_t sp = entity.rfind(' ');
  const std::string_view last = sp == std::string_view::npos ? entity : entity.substr(sp + 1);
  return last.size() >= 5 && last.size() <= 18 && scan::InList(last, kPressWords);
}

bool SourceName(const Gazetteer& g, Lang lang, std::string_view entity) {
  return g.IsSource(entity) || (lang == Lang::kDe && PressNameDe(entity));
}

namespace {

// EventName without the legal-form test.
bool EventHead(std::string_view entity) {
  const size_t sp = entity.rfind(' ');
  const std::string_view last = sp == std::string_view::npos ? entity : entity.substr(sp + 1);
  // German compounds by their ending, also as one word: "Fußball-Weltmeisterschaft",
  // "Filmfestival", "Sommerspiele" (not the bare noun: "Festival").
  static constexpr std::string_view kCompoundEnds[] = {
      "meisterschaft", "meisterschaften", "festival",  "gipfel",
      "sommerspiele",  "winterspiele",    "festspiele"};
  if (std::ranges::any_of(kCompoundEnds, [last](std::string_view h) {
        return last.size() > h.size() && last.ends_with(h);
      })) {
    return true;
  }
  if (sp == std::string_view::npos) return false;  // one word: "Festival", "Olympia"
  const std::string_view first = entity.substr(0, entity.find(' '));
  const size_t sp2 = entity.rfind(' ', sp - 1);
  const std::string_view before_last =
      sp2 == std::string_view::npos ? first : entity.substr(sp2 + 1, sp - sp2 - 1);
  // German and English heads as the last word: "Kralstädter Festival", "Valdoria Gipfel".
  static constexpr std::string_view kLast[] = {"Festival",     "Gipfel",        "Festspiele",
                                               "Sommerspiele", "Winterspiele",  "Olympics",
                                               "Championship", "Championships", "Summit"};
  if (scan::InList(last, kLast)) return true;
  // Games by their kind: "Olympische Spiele", "den Olympischen Spielen", "Commonwealth Games"
  // (not a games maker: "Kralco Games"), "World Cup".
  if ((last == "Spiele" || last == "Spielen") &&
      (before_last.starts_with("Olympisch") || before_last.starts_with("Paralympisch"))) {
    return true;
  }
  if (last == "Games" && scan::InList(before_last, {"Olympic", "Paralympic", "Commonwealth"})) {
    return true;
  }
  if (last == "Cup" && before_last == "World") return true;
  // Spanish heads open the name: "Juegos Olímpicos", "Mundial de Kralia", "Cumbre de Tarenia".
  static constexpr std::string_view kFirst[] = {"Juegos", "Mundial", "Campeonato", "Festival",
                                                "Cumbre"};
  return scan::InList(first, kFirst);
}

}  // namespace

// A name that ends in a legal form is a company's ("Festival Kralia GmbH", "Juegos Kralco
// SA"); tested after the heads, which turn most names away.
bool EventName(std::string_view entity) {
  return EventHead(entity) && !ner::EndsWithLegalForm(entity);
}

bool IsResearchSource(std::string_view text, const EntityMention& m) {
  size_t ws = 0;
  std::string_view noun = WordBefore(text, 0, m.start, &ws);
  if (ws + noun.size() + 1 != m.start ||
      !(EqualsLowerAscii(noun, "consultora") || EqualsLowerAscii(noun, "consultoría"))) {
    return false;
  }
  // A report noun or a citing word within six words before, in the same clause.
  size_t at = ws;
  for (int k = 0; k < 6; ++k) {
    size_t w_start = 0;
    std::string_view w = WordBefore(text, 0, at, &w_start);
    if (w.empty() || w_start == at) return false;
    const size_t w_end = w_start + w.size();
    if (text.substr(w_end, at - w_end).find_first_of(",;:()\n") != std::string_view::npos) {
      return false;
    }
    if (InListLower(w, {"informe", "informes", "estudio", "estudios", "encuesta", "sondeo", "datos",
                        "análisis", "previsiones", "estimaciones", "cálculos", "según", "publicado",
                        "elaborado", "realizado"})) {
      return true;
    }
    at = w_start;
  }
  return false;
}

namespace {

// German: "zufolge" as the word after text[.., end) ("X zufolge").
bool ZufolgeAfter(std::string_view text, size_t end) {
  size_t e = end;
  while (e < text.size() && text[e] == ' ') ++e;
  return e > end && EqualsLowerAscii(text.substr(e, 7), "zufolge") &&
         (e + 7 >= text.size() || !scan::IsWordOrHigh(text[e + 7]));
}

// German nouns that cite a source after "nach": "nach Angaben", "nach Berechnungen", "nach
// Schätzung", "nach Zahlen", "nach Daten", "nach Erkenntnissen", "nach Hochrechnungen".
bool SourceNounDe(std::string_view w) {
  // Capitalised nouns of five to fourteen bytes: most words are ruled out without the look-up.
  if (w.size() < 5 || w.size() > 14 || w[0] < 'A' || w[0] > 'Z') return false;
  static constexpr std::string_view kNouns[] = {
      "angaben",       "berechnungen", "berechnung",    "schätzungen",    "schätzung",
      "zahlen",        "daten",        "erkenntnissen", "hochrechnungen", "hochrechnung",
      "informationen", "prognosen",    "prognose",      "auskunft",       "darstellung"};
  static const scan::LowerWordSet kSet(kNouns);
  return kSet.Contains(w);
}

// German nouns that take "nach" as their complement ("die Nachfrage nach Daten", "die Suche
// nach Informationen"): after one, "nach" + a citing noun cites nothing.
bool TakesNachDe(std::string_view w) {
  if (w.size() < 3 || w.size() > 12 || w[0] < 'A' || w[0] > 'Z') return false;
  static constexpr std::string_view kNouns[] = {
      "nachfrage", "suche",     "frage",    "bedarf",    "ruf",        "rufe",   "wunsch",
      "wünsche",   "forderung", "jagd",     "sehnsucht", "streben",    "hunger", "durst",
      "verlangen", "anfrage",   "anfragen", "fragen",    "forderungen"};
  static const scan::LowerWordSet kSet(kNouns);
  return kSet.Contains(w);
}

// German citing nouns that cite after "nach" whatever stands before it ("im Mai nach Angaben
// der Behörde"): no noun takes "nach Angaben" as its complement.
bool AlwaysCitesAfterNachDe(std::string_view w) {
  static constexpr std::string_view kNouns[] = {"angaben",      "schätzungen", "schätzung",
                                                "berechnungen", "berechnung",  "ansicht",
                                                "einschätzung"};
  static const scan::LowerWordSet kSet(kNouns);
  return kSet.Contains(w);
}

// German: the citing noun at text[noun_start..] (SourceNounDe) follows "nach" or "laut", up to
// two lower-case articles or adjectives between, in its clause ("nach Angaben", "nach den
// jüngsten Zahlen", "laut den aktuellen Zahlen"); not "nach" right after a noun that takes it
// as its complement ("die Nachfrage nach Daten", "die Suche nach Informationen": TakesNachDe),
// unless the citing noun is one no noun takes (AlwaysCitesAfterNachDe: "nach Angaben"); any
// other word before "nach" ("In Nordwalde sank die Zahl nach Angaben …") leaves it citing.
// `lo` bounds the search.
bool CitedByNounDe(std::string_view text, size_t lo, size_t noun_start) {
  size_t cited_end = noun_start;
  while (cited_end < text.size() && text[cited_end] != ' ' &&
         std::string_view(",;:.()\n\"").find(text[cited_end]) == std::string_view::npos) {
    ++cited_end;
  }
  const bool always_cites = AlwaysCitesAfterNachDe(text.substr(noun_start, cited_end - noun_start));
  size_t at = noun_start;
  for (int k = 0; k < 3; ++k) {
    size_t ws = 0;
    const std::string_view w = WordBefore(text, lo, at, &ws);
    if (w.empty() || ws == at) return false;
    const size_t we = ws + w.size();
    if (text.substr(we, at - we).find_first_of(",;:()\n") != std::string_view::npos) return false;
    if (EqualsLowerAscii(w, "laut")) return true;
    if (EqualsLowerAscii(w, "nach")) {
      size_t ns = 0;
      const std::string_view noun = WordBefore(text, lo, ws, &ns);
      if (always_cites || noun.empty() || ns == ws || !TakesNachDe(noun)) return true;
      const size_t ne = ns + noun.size();
      return text.substr(ne, ws - ne).find_first_of(",;:()\n") != std::string_view::npos;
    }
    if (ner::StartsUpper(w)) return false;
    at = ws;
  }
  return false;
}

// German auxiliaries and copulas: between a citing phrase and a name one ends the phrase, the
// name is the clause's subject ("Nach Angaben der Zeitung X ist Y verantwortlich": Y is not
// cited).
bool AuxiliaryDe(std::string_view w) {
  // Every word has three to seven bytes and starts with 'h', 'i', 's' or 'w' (any case): most
  // words are ruled out without the look-up.
  if (w.size() < 3 || w.size() > 7) return false;
  const char c = scan::LowerAscii(w[0]);
  if (c != 'h' && c != 'i' && c != 's' && c != 'w') return false;
  static const scan::LowerWordSet kSet(function_words::kAuxiliariesDe);
  return kSet.Contains(w);
}

// German: where the name starts whose short form `m` stands in brackets right after it ("nach
// Angaben des Statistischen Landesamts (StaLa)"): the first of the capitalised words (at most
// six, from `lo`) before the bracket, so the short form is cited where the name is; `m.start`
// when `m` is no such bracketed short form.
size_t NameBeforeShortFormDe(std::string_view text, size_t lo, const EntityMention& m) {
  if (m.start < lo + 3 || m.end >= text.size() || text[m.end] != ')' ||
      text.compare(m.start - 2, 2, " (") != 0) {
    return m.start;
  }
  size_t name_start = m.start;
  size_t at = m.start - 1;  // the bracket: each word before ends one blank before `at`
  for (int k = 0; k < 6; ++k) {
    size_t ws = 0;
    const std::string_view w = WordBefore(text, lo, at, &ws);
    if (w.empty() || ws + w.size() + 1 != at || text[at - 1] != ' ' || !ner::StartsUpper(w)) {
      break;
    }
    name_start = ws;
    at = ws;
  }
  return name_start;
}

// German: whether the walk back from a cited name ("laut X", "nach Angaben der X") ends at
// `w`, the word before `after` (the word the walk came from): a lower-case word that is no
// article, preposition or adjective before a noun or adjective ("Laut Polizei verlor die X AG
// …": "verlor" ends it, the AG is the clause's subject, not the cited one).
// The articles (IsArticle), prepositions with "laut" (IsPreposition) and German indefinite
// articles are one set: one look-up per word of the walk.
bool EndsCiteWalkDe(std::string_view w, std::string_view after) {
  static constexpr auto kWords =
      function_words::Concat(function_words::kArticles, function_words::kPrepositions,
                             function_words::kIndefiniteArticlesDe);
  static const scan::LowerWordSet kOpen(kWords);
  if (w.empty() || ner::StartsUpper(w) || kOpen.Contains(w)) return false;
  return !(InflectedAdjectiveDe(w) && (ner::StartsUpper(after) || InflectedAdjectiveDe(after)));
}

// German: whether the clause after a cited name ending at `end` reports the name's own figure
// with a possessive right after its verb ("Nach Angaben der X AG (XA) stieg ihr Umsatz",
// "Nach Darstellung der X AG sank sein Gewinn"): the name (and a bracketed short form), one
// lower-case word, then a possessive (PossessivesDe).
bool OwnReportAfterDe(std::string_view text, size_t end) {
  if (text.substr(end, 2) == " (") {
    const size_t close = text.find(')', end);
    if (close == std::string_view::npos || close > end + 16) return false;
    end = close + 1;
  }
  size_t ts = 0, te = 0;
  if (!scan::NextToken(text, end, &ts, &te) || ts != end + 1 ||
      ner::StartsUpper(text.substr(ts, te - ts)) || text[ts] < 'a' || text[ts] > 'z') {
    return false;
  }
  const size_t verb_end = te;
  return scan::NextToken(text, verb_end, &ts, &te) && ts == verb_end + 1 &&
         PossessivesDe().Contains(text.substr(ts, te - ts));
}

}  // namespace

bool IsCitedSourceDe(std::string_view text, const EntityMention& m) {
  // A place is no source: "nach Angaben der griechischen Küstenwache" names where.
  if (m.type == EntityType::kPlace || m.start > text.size() || m.end > text.size()) {
    return false;
  }
  if (OwnReportAfterDe(text, m.end)) return false;  // "… der X AG stieg ihr Umsatz"
  if (ZufolgeAfter(text, m.end)) return true;       // "X zufolge", "Angaben des X zufolge"
  // "laut X", "nach Angaben des X", "nach Berechnungen der X": up to five words before the
  // name (before the name a bracketed short form repeats), in its clause, no verb between
  // (EndsCiteWalkDe).
  size_t at = NameBeforeShortFormDe(text, 0, m);
  for (int k = 0; k < 5; ++k) {
    size_t w_start = 0;
    const std::string_view w = WordBefore(text, 0, at, &w_start);
    if (w.empty() || w_start == at) return false;
    const size_t w_end = w_start + w.size();
    if (text.substr(w_end, at - w_end).find_first_of(",;:()\n") != std::string_view::npos) {
      return false;
    }
    if (AuxiliaryDe(w)) return false;
    if (EqualsLowerAscii(w, "laut")) return true;
    if (SourceNounDe(w)) return CitedByNounDe(text, 0, w_start);
    size_t as = 0, ae = 0;
    if (!ner::StartsUpper(w) && scan::NextToken(text, at, &as, &ae) &&
        EndsCiteWalkDe(w, text.substr(as, ae - as))) {
      return false;
    }
    at = w_start;
  }
  return false;
}

namespace {

// Verbs that report what someone said, estimated or found ("dijo", "explicó", "said",
// "told", "sagte", "berichtete" …; every lexicon::kSpeechWords entry of the language but the
// participles, whose subject stands before their auxiliary): their subject is who speaks, not
// what the report is about.
constexpr const auto& kSpeechVerbsEs =
    lexicon::kSelected<lexicon::kSpeechWords, lexicon::kEs, 0, lexicon::kParticipleEs>;
constexpr const auto& kSpeechVerbsEn = lexicon::kSelected<lexicon::kSpeechWords, lexicon::kEn, 0>;
constexpr const auto& kSpeechVerbsDe = lexicon::kSelected<lexicon::kSpeechWords, lexicon::kDe, 0>;

bool SpeechVerb(Lang lang, std::string_view w) {
  static const scan::LowerWordSet kEs(kSpeechVerbsEs);
  static const scan::LowerWordSet kEn(kSpeechVerbsEn);
  static const scan::LowerWordSet kDe(kSpeechVerbsDe);
  switch (lang) {
    case Lang::kEs:
      return kEs.Contains(w);
    case Lang::kEn:
      return kEn.Contains(w);
    case Lang::kDe:
      return kDe.Contains(w);
    default:
      return false;
  }
}

// A word that refers back to the speaker inside a report ("X said its sales rose", "X dijo
// que sus ventas", "X sagte, man habe", "we", "unser", "ich", "mein"): the report is about
// the speaker (German first person: FirstPersonDe then finds the speaker).
bool SpeakerBackReference(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "he",      "she",      "his",      "her",      "we",     "our",     "us",      "nuestro",
      "nuestra", "nuestros", "nuestras", "nosotros", "él",     "ella",    "ihr",     "ihres",
      "er",      "man",      "wir",      "unser",    "unsere", "unseren", "unserem", "unserer",
      "ich",     "mich",     "mir",      "mein",     "meine",  "meinen",  "meinem",  "meiner"};
  static const scan::LowerWordSet kSet(kWords);
  return IsContinuingPronoun(w) || kSet.Contains(w);
}

// Nouns of a survey or study whose author a name after them names ("a survey by X",
// "Umfrage des X", "un estudio de la X"); not "report", which a company publishes of itself.
bool SurveyNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {"survey",   "surveys",  "poll",    "study",
                                                "studies",  "research", "umfrage", "studie",
                                                "erhebung", "encuesta", "sondeo",  "estudio"};
  static const scan::LowerWordSet kSet(kNouns);
  return kSet.Contains(w);
}

// Adverbs allowed between a speaker and its verb or after the verb ("X also said", "X dijo
// hoy que", "X sagte auch"), and auxiliaries before it ("X has told").
bool SpeechAdverb(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "also", "today", "yesterday", "hoy", "ayer", "además", "también", "auch", "heute", "gestern"};
  static const scan::LowerWordSet kSet(kWords);
  return kSet.Contains(w);
}
bool SpeechAuxiliary(std::string_view w) {
  // The English ones are function_words::kHaveFormsEn.
  static constexpr std::string_view kOwn[] = {"ha", "han", "hat", "hatte"};
  static constexpr auto kWords = function_words::Concat(function_words::kHaveFormsEn, kOwn);
  static const scan::LowerWordSet kSet(kWords);
  return kSet.Contains(w);
}

// Spanish: words that may open a reported clause "… que <word>" with a subject of its own
// named or unnamed (an article, a preposition, "hay", "se" …); any other lower-case word is
// most likely the clause's verb, whose dropped subject is the speaker ("X dijo que invertirá
// …").
bool OwnClauseWordEs(std::string_view w) {
  return InListLower(
      w, {"el",    "la",    "los",    "las",         "un",       "una",    "unos",   "unas",
          "en",    "entre", "dentro", "durante",     "desde",    "hasta",  "para",   "con",
          "sin",   "según", "hay",    "existen",     "existe",   "se",     "este",   "esta",
          "estos", "estas", "ese",    "esa",         "esos",     "esas",   "cada",   "más",
          "menos", "casi",  "cerca",  "alrededor",   "solo",     "sólo",   "apenas", "al",
          "del",   "a",     "de",     "actualmente", "mientras", "aunque", "si",     "cuando"});
}
bool OpensOwnClauseEs(std::string_view w) {
  if (w.empty()) return false;
  if (scan::IsDigit(w[0]) || ner::StartsUpper(w)) return true;
  return OwnClauseWordEs(w);
}

// Spanish: the end of a time phrase that opens a reported clause ("… que este año", "… que en
// 2031", "… que durante el último trimestre,", "… que hoy"), or `ws` when the clause opens with
// none. [ws, we) is the clause's first word; the phrase ends before `e`. The word after it
// tells whether the clause has a subject of its own (OpensOwnClauseEs): "dijo que en 2031
// ganó 7 premios" keeps the speaker as the dropped subject.
size_t TimePhraseEndEs(std::string_view text, size_t ws, size_t we, size_t e) {
  static constexpr std::string_view kAlone[] = {"hoy", "ayer", "ahora", "actualmente"};
  static constexpr std::string_view kDet[] = {"este", "esta", "ese",  "esa",
                                              "el",   "la",   "cada", "todo"};
  static constexpr std::string_view kMod[] = {"último", "última", "primer",  "primera",
                                              "pasado", "pasada", "próximo", "próxima"};
  // Time nouns; the months (MonthOfWord) and weekdays (kWeekdaysEs) too.
  static constexpr std::string_view kNoun[] = {
      "año",   "mes",    "semana",   "día",   "trimestre", "semestre", "ejercicio",
      "curso", "verano", "invierno", "otoño", "primavera", "temporada"};
  static constexpr std::string_view kPrep[] = {"en", "durante", "desde", "hasta"};
  auto word = [&](size_t a, size_t b) { return text.substr(a, b - a); };
  auto time_noun = [](std::string_view w) {
    return InListLower(w, kNoun) || MonthOfWord(w) > 0 || InListLower(w, kWeekdaysEs);
  };
  size_t ts = ws, te = we;
  auto next = [&]() { return scan::NextToken(text, te, &ts, &te) && ts < e; };
  size_t end = ws;
  if (InListLower(word(ts, te), kAlone)) {
    end = te;
  } else {
    bool ok = true;
    if (InListLower(word(ts, te), kPrep)) ok = next();
    if (ok && IsYear19Or20Digits(word(ts, te))) {
      end = te;  // "en 2031"
    } else if (ok && time_noun(word(ts, te))) {
      end = te;  // "en marzo"
    } else if (ok && InListLower(word(ts, te), kDet) && next()) {
      if (InListLower(word(ts, te), kMod) && !next()) return ws;
      if (time_noun(word(ts, te))) {
        end = te;
        if (next() && InListLower(word(ts, te), kMod)) end = te;  // "el año pasado"
      }
    }
  }
  if (end != ws && end < e && text[end] == ',') ++end;
  return end;
}

// Spanish: the sentence from `s` opens, past a time phrase (TimePhraseEndEs: "El año
// pasado …"), with a finite verb of the third person before figure `f`, whose subject Spanish
// drops ("Tiene una autonomía de 400 kilómetros", "Mide casi 900 metros", "extrajo 40.000
// toneladas", "se extrajeron …"): a word with a verb's ending, not a word of OwnClauseWordEs (an
// article, a preposition …) nor another opener ("Sobre …", "Esto …", "Hace un año …"), no name of
// the sentence (`ms`), not in capitals, no capital after the time phrase, and no "de", "que" or
// comma after it ("Aspirina de 80 mg", "Se estima que …", "Además, …").
bool DroppedSubjectVerbEs(std::string_view text, size_t s, const Figure& f,
                          const std::vector<const EntityMention*>& ms) {
  static constexpr std::string_view kEndings[] = {
      "a",    "e",    "an",  "en",   "ó",  "ió",  "aron", "eron", "ará", "erá", "irá", "arán",
      "erán", "irán", "aba", "aban", "ía", "ían", "jo",   "uvo",  "izo", "udo", "uso"};
  static constexpr std::string_view kOpeners[] = {
      "sobre", "ante",  "tras", "bajo", "por",   "como",  "cómo",  "que",   "qué",  "lo",
      "le",    "les",   "esto", "eso",  "otra",  "otro",  "otras", "otros", "toda", "todo",
      "todas", "todos", "hace", "pero", "ya",    "no",    "ni",    "y",     "o",    "también",
      "donde", "dónde", "aquí", "allí", "ahora", "nadie", "nada",  "una",   "uno",  "mucha"};
  size_t ws = 0, we = 0;
  if (!scan::NextToken(text, s, &ws, &we) || ws >= f.start) return false;
  const size_t first = ws;
  const size_t at = TimePhraseEndEs(text, ws, we, f.start);
  if (at != ws && !(scan::NextToken(text, at, &ws, &we) && ws < f.start)) return false;
  // An impersonal "se" before the verb ("El año pasado se extrajeron …").
  if (EqualsLowerAscii(text.substr(ws, we - ws), "se") &&
      !(scan::NextToken(text, we, &ws, &we) && ws < f.start)) {
    return false;
  }
  const std::string_view w = text.substr(ws, we - ws);
  if (w.size() < 3 || we >= f.start || scan::IsDigit(w[0]) || OwnClauseWordEs(w) ||
      InListLower(w, kOpeners)) {
    return false;
  }
  if (ws != first && ner::StartsUpper(w)) return false;
  if (w[1] >= 'A' && w[1] <= 'Z') return false;  // a heading in capitals
  bool verb_end = false;
  for (std::string_view x : kEndings) verb_end = verb_end || w.ends_with(x);
  if (!verb_end) return false;
  if (we < text.size() && text[we] == ',') return false;
  size_t ns = 0, ne = 0;
  if (scan::NextToken(text, we, &ns, &ne) &&
      InList(text.substr(ns, ne - ns), {"de", "del", "que"})) {
    return false;
  }
  for (const EntityMention* m : ms) {
    if (m->start == ws) return false;
  }
  return true;
}

}  // namespace

namespace {

bool StatisticsBodyDe(std::string_view text, const EntityMention& m);  // defined below
bool TradeBodyEn(std::string_view name);                               // defined below
bool DataSourceEn(std::string_view text, const EntityMention& m);      // defined below
bool MarketBodyNameEn(std::string_view name);                          // defined below
bool OwnMetricEn(const Figure& f);                                     // defined below
std::string_view AcronymDefinition(std::string_view text, std::string_view entity);  // below

// The entity chosen for a figure and the mention that decided it (nullptr when a gazetteer
// relation decided: "der Mutterkonzern von TikTok" -> ByteDance).
struct Pick {
  std::string entity;
  EntityType type = EntityType::kOrg;
  const EntityMention* mention = nullptr;
  bool empty() const { return entity.empty(); }
  static Pick Of(const EntityMention& m) { return Pick{m.entity, m.type, &m}; }
};

class Attributor {
 public:
  Attributor(std::string_view text, Lang lang, std::span<const EntityMention> mentions,
             const Gazetteer& g, const EntityMention* article_topic,
             const EntityMention* title_place)
      : text_(text),
        lang_(lang),
        mentions_(mentions),
        g_(g),
        article_topic_(article_topic),
        title_place_(title_place),
        cues_(lang),
        prev_cues_(lang) {}

  void Run(std::span<Figure> figures);
  // The figure of an earlier sentence whose metric Run gave figures[i] (EarlierMetric,
  // EarlierRate, or a copy of such a metric in its own sentence); nullptr if none.
  [[nodiscard]] const Figure* BorrowedFrom(size_t i) const {
    return i < borrowed_.size() ? borrowed_[i] : nullptr;
  }

 private:
  bool Eligible(const EntityMention& m) const {
    return !SourceName(g_, lang_, m.entity) && (m.type != EntityType::kOrg || !EventName(m.entity));
  }
  // Organisations and products are what figures are usually about; a person or a place is
  // the subject only when no organisation is.
  static bool OrgLike(const EntityMention& m) {
    return m.type == EntityType::kOrg || m.type == EntityType::kProduct;
  }
  bool Genitive(const EntityMention& m) const;
  // English: the buyer named as a purchase's agent between byte `s` (the sentence's start)
  // and the figure at `fs`: "X accepted a takeover by Y worth $N", "X was acquired by
  // longtime partner Y for $N" -> Y, an organisation after "<bought | acquired |
  // purchased | taken over | buyout | takeover | acquisition | purchase> by" and up to two
  // lower-case words; nullptr when none. The price of a deal is the buyer's.
  // Only when the purchase and the figure share one clause: no punctuation and no relative
  // "which" / "who" / "itself" between the purchase word and the figure ("Brelland, which was
  // bought by Tavisk years ago, paid $3bn for Kellmoor": the price is Brelland's, not Tavisk's).
  [[nodiscard]] const EntityMention* BuyerByEn(size_t s, size_t fs) const {
    static constexpr std::string_view kBuy[] = {"bought",   "acquired",    "purchased",
                                                "over",     "buyout",      "buy-out",
                                                "takeover", "acquisition", "purchase"};
    for (const EntityMention* m : ms_) {
      if (m->start >= fs) break;
      if (m->start < s || !OrgLike(*m)) continue;
      size_t pos = m->start;
      for (int words = 0; words < 3; ++words) {
        size_t ws = 0;
        const std::string_view w = WordBefore(text_, s, pos, &ws);
        if (w.empty() || ws + w.size() + 1 != pos) break;
        if (w == "by") {
          size_t ws2 = 0;
          const std::string_view verb = WordBefore(text_, s, ws, &ws2);
          if (ws2 + verb.size() + 1 == ws && InListLower(verb, kBuy) &&
              (verb != "over" || WordBefore(text_, s, ws2, &ws2) == "taken") &&
              OneClauseToFigure(ws2, fs)) {
            return m;
          }
          break;
        }
        if (w[0] < 'a' || w[0] > 'z') break;  // lower-case words only: "longtime partner"
        pos = ws;
      }
    }
    return nullptr;
  }
  // Whether text_[from, to) stays in one clause: no comma, semicolon, parenthesis or dash, and
  // no relative or reflexive word that opens an inserted clause (BuyerByEn).
  [[nodiscard]] bool OneClauseToFigure(size_t from, size_t to) const {
    if (to <= from || to > text_.size()) return false;
    const std::string_view span = text_.substr(from, to - from);
    if (span.find_first_of(",;()") != std::string_view::npos ||
        span.find(" - ") != std::string_view::npos) {
      return false;
    }
    for (std::string_view w : {" which ", " who ", " itself "}) {
      if (span.find(w) != std::string_view::npos) return false;
    }
    return true;
  }
  // The organisation a parent noun right after the genitive ms_[i] names in apposition
  // ("Brenlow's owner Tavisk Group posted a profit", "Brenlow's parent Tavisk"): the
  // subject, which owns ms_[i]; nullptr when ms_[i] is no such genitive.
  [[nodiscard]] const EntityMention* ParentInApposition(size_t i) const {
    if (i + 1 >= ms_.size() || !Genitive(*ms_[i]) || ms_[i + 1]->type != EntityType::kOrg ||
        prep_[i + 1]) {
      return nullptr;
    }
    std::string_view gap = text_.substr(ms_[i]->end, ms_[i + 1]->start - ms_[i]->end);
    const size_t sp = gap.find(' ');
    if (sp == std::string_view::npos || !gap.ends_with(' ')) return nullptr;
    gap = gap.substr(sp + 1, gap.size() - sp - 2);  // the words between
    return InListLower(gap, kParentNouns) ? ms_[i + 1] : nullptr;
  }
  // The person a country adjective or country genitive ms_[i] describes in its noun phrase:
  // "der deutsche Sänger X", "Norlands bekanntester Maler X", "the Chilean military ruler X",
  // "Britain's biggest star X", "el escolta estadounidense X" -> X, the mention right after
  // it. German and English: one to three words of the phrase between, no article,
  // preposition or punctuation (German: after a lower-case adjective or a genitive, not a
  // people noun: "Die Norländer haben X …"); Spanish: the adjective right before the name
  // (not before ", ": "el portavoz del Ejército norlandés, X" is the whole phrase's
  // apposition). nullptr otherwise, and when the words name a government office ("der
  // britische Premierminister X", "el presidente chileno X": the country's figures,
  // MinisterCountry). The figure is about the person, not the country describing it.
  const EntityMention* DescribedPerson(size_t i) const;
  // The place the text names most often before byte `pos` (demonyms count; first 200
  // mentions; ties: the first named); nullptr if none. What "el país" refers to.
  const EntityMention* CountryOfText(size_t pos) const;
  // Spanish: the person the text introduced with the role noun of `ref` before it ("el
  // candidato X …", later "el candidato propone …"): the first person mention before the
  // reference with that noun (either gender) within three plain words before it — the
  // article's protagonist, introduced first —; nullptr if none. What a role reference with
  // no person within reach refers to.
  const EntityMention* RoleIntroducedPerson(const Ref& ref) const;
  // The organisation a person of this sentence speaks for, named with a role in apposition
  // ("X, presidente de Y, dijo", "el presidente de Y, X, dijo", "X, Chef der Y", "der Chef
  // der Y, X", "X, president of Y"); nullptr if none.
  const EntityMention* RoleOrg(const EntityMention& person) const;
  // The person of this sentence whose role in apposition names `org` (RoleOrg's reverse);
  // nullptr if none.
  const EntityMention* RoleHolder(const EntityMention& org) const;
  // English: the company a person leads or speaks for, named with the role at one of the
  // person's mentions in the text ("Kellmoor boss X", "Kellmoor's chief executive X", "X,
  // the chairman of Kellmoor", "X, Kellmoor's spokesman"), or, for a leader's role named
  // without a company ("Chief executive X said"), the article's topic when that is a
  // company; nullptr if none.
  const EntityMention* LeaderOrgEn(const EntityMention& person) const;
  // The country of a person the text introduces as a government minister or chancellor
  // (Spanish: GovernmentRoleCountryEs) ("die ungarische Finanzministerin X", "Finance Minister
  // X"): a place named within three words before the role, else the place the text names most
  // before `pos` (CountryOfText), else (English) the place the text names most anywhere
  // ("President X has presented his budget …" opening the text); nullptr when the person holds
  // no such role or no place is named.
  // Worked out once per person entity (the first figure decides the place of the text).
  const EntityMention* MinisterCountry(const EntityMention& person, size_t pos);
  // Spanish: for MinisterCountry, the country of the person mention `m` when the words before
  // it in its clause name a government role ("el ministro de Hacienda, X", "la primera
  // ministra X", "el jefe del Gobierno chileno X"): a place among those words, else the
  // place the text names most before `pos`, else the article's topic when it is a place;
  // nullptr when no such role is named or no place found.
  const EntityMention* GovernmentRoleCountryEs(const EntityMention& m, size_t pos) const;
  // English and Spanish: the economy a statistics office's figure measures — the place the figure's
  // sentence names (the first before the figure, else after it), else the place the text
  // names most before it; nullptr if none.
  const EntityMention* EconomyOfStatistics(const Figure& f) const;
  // Spanish and German (German: rule 6b de, a toll borrowed from an organisation or person):
  // the place of a public statistic (rule 6b, a statistics or health agency's
  // figure): EconomyOfStatistics, else — the body names no place before it — the article's
  // topic when it is a place, else the title's first place ("Norlandia: el Ministerio de
  // Salud registra 130 fallecidos"; the topic may be the agency); nullptr if none.
  [[nodiscard]] const EntityMention* PublicCountPlace(const Figure& f) const {
    if (const EntityMention* c = EconomyOfStatistics(f)) return c;
    if (article_topic_ != nullptr && article_topic_->type == EntityType::kPlace) {
      return article_topic_;
    }
    return title_place_;
  }
  const EntityMention* EconomyOfRateEn(const Figure& f, const Pick& pick) const;
  const EntityMention* PeopleOfPlaceEn(const Figure& f) const;
  // English: the economy a percentage of an economy measures (EconomyWordEn), or nullptr.
  const EntityMention* EconomyOfMeasureEn(const Figure& f, size_t s, size_t e) const;
  // German: the economy a percentage of an economy measures (EconomyWordDe), or nullptr.
  const EntityMention* EconomyOfMeasureDe(const Figure& f, size_t s, size_t e) const;
  // German: whether percentage `f` of sentence [s, e) is an election's turnout (TurnoutDe).
  bool TurnoutDe(const Figure& f, size_t s, size_t e) const;
  // German: the place of a turnout or a poll share: the first place named in [s, end) of the
  // figure's field (not the dateline), else the text's (PublicCountPlace), or nullptr.
  const EntityMention* PlaceOfPollDe(const Figure& f, size_t s, size_t end) const;
  // English: the company a takeover's terms value — the object of "valuing/values Y at
  // <figure>" (a pronoun or "the company" there: the Y of "offer/bid for Y" before it) and the
  // Y of "<figure> for each Y share" — or nullptr.
  const EntityMention* ValuedCompanyEn(const Figure& f, size_t s) const;
  struct MinisterMemo {
    std::string person;
    const EntityMention* country;
  };
  std::vector<MinisterMemo> minister_memo_;
  // Figures that open their sentence with nothing there to attribute them to: a heading
  // restating an amount of the sentence after ("Drei Milliarden Schulden … Der Fonds hat
  // Schulden von fast drei Milliarden") takes that figure's entity (end of Run).
  std::vector<Figure*> restated_;
  // True when `m` opens the clause starting at `cs`, at most after a conjunction or an article
  // ("…, und Kralinger 15 Prozent", "…, y Almerisa el 25 %"): its subject, although the
  // conjunction counts as governing it in a list.
  bool ClauseHead(size_t cs, const EntityMention& m) const;
  // True when figs[fi] (fi > 0) is a part of the amount before it: "200 Milliarden Euro,
  // davon 50", "50 davon", "of which 50", "de ellos, 20". `e`: end of the sentence.
  bool IsPart(const std::vector<Figure*>& figs, size_t fi, size_t e) const;
  // Start of the clause that holds byte `pos` (>= lo; `lo` when the sentence has one
  // clause there): after the last ';', ':', dash between spaces, ", " + a clause word
  // ("die", "que", "which", "while", "und" ...), "dass" / "que" / "that", or after the
  // figure before (`prev_end`) when a comma or "und" / "y" / "and" follows it.
  // *relative: the clause opens with a relative pronoun. Looks back at most 240 bytes.
  size_t ClauseStart(size_t lo, size_t prev_end, size_t pos, bool* relative) const;
  // German and English: the company bought in a relative clause that names its buyer, when
  // the figure at [fs, fe) is in that clause (sentence [s, e)): "die Firma X entwickelt, die
  // Y vor zwei Jahren gekauft hatte, laut Berichten für 500 Millionen Dollar", "X, which Y
  // bought for $500m", "X, die von Y für 3 Mrd. übernommen wurde" -> X, the antecedent (the
  // last name other than a place within 40 bytes before the comma); nullptr otherwise.
  const EntityMention* BoughtAntecedent(size_t s, size_t e, size_t fs, size_t fe) const;
  // Rule 3f: the holder of a stake that follows a verb of holding, buying or selling (see
  // StakeVerbBefore) at `fs` in the sentence starting at `s`: the last name before `fs` not
  // governed by a preposition (the first part of a name the tagger split), from the clause
  // start `cs` when a clause opens there with "that" / "dass" / "que" (`relative`: it is a
  // relative clause, whose subject is before it) -> *holder; nullptr when none or a nominal
  // reference or pronoun follows it (rule 4 resolves that). Returns false when such a clause
  // names no subject at all (no name, no reference: "X said that the state owns 20% of Y"):
  // rule 3 reads the stake as any other then.
  [[nodiscard]] bool StakeHolder(size_t s, size_t cs, bool relative, size_t fs,
                                 const EntityMention** holder) const;
  // Mentions of the sentence, their prepositions and its nominal references. Without
  // figures only what can change the topic is needed (mentions, parent references).
  void AnalyzeSentence(size_t s, size_t e, bool has_figures);
  // Whether mention `m` of the sentence starting at `s` is cited there as a source.
  [[nodiscard]] bool CitedInSentence(size_t s, const EntityMention& m) const {
    size_t ws = 0;
    const std::string_view before = WordBefore(text_, s, m.start, &ws);
    return CitedInSentence(s, m, before, ws);
  }
  // The same, given the word right before the mention in its sentence and its start.
  [[nodiscard]] bool CitedInSentence(size_t s, const EntityMention& m, std::string_view before,
                                     size_t before_start) const;
  // Whether mention `m` of the sentence starting at `s` reports there: a verb of saying or
  // reporting (SpeechVerb) within five words before it or three after it in its clause
  // ("teilte die Behörde X mit", "berichtet das X", "X noted", "dijo la X").
  [[nodiscard]] bool ReportsInSentence(size_t s, const EntityMention& m) const;
  // Whether a mention of `entity` follows figure `f` in its clause (before `e`, no comma,
  // semicolon, colon, bracket, quote or dash between).
  [[nodiscard]] bool NamedInClauseAfter(const Figure& f, size_t e, std::string_view entity) const;
  // The speaker of a report that holds every figure `figs` (sorted, non-empty) of the
  // sentence [s, e) ("X dijo que en la región se vacunaron 12.000", "X said (that) …", "X
  // sagte, …", "…, dijo X", "…, said X", "…, the Y institute told Z", "Como informó el diario
  // X, …"; a person or organisation no preposition governs) is no candidate for them when the
  // report names another entity (not one that speaks itself; in German not a place after the
  // figures) and none of the speaker's phrase, no word in it refers back to the speaker
  // ("its", "su", "man", "we", "the company", "esta asociación" …), no Spanish verb right
  // after "que" has the speaker as its dropped subject, and no figure is a price an
  // organisation quotes: then the people and organisations of the speaker's phrase leave
  // ms_/prep_ (saved in saved_ms_/saved_prep_, which Run swaps back after the figures).
  // True when some left. REQUIRES: AnalyzeSentence(s, e, true) ran.
  bool DropReportSpeakers(size_t s, size_t e, const std::vector<Figure*>& figs);
  std::string EntityFor(const Figure& f, size_t fig_idx_in_sentence);
  void AttributeSentence(size_t s, size_t e, std::vector<Figure*>& figs);
  // Spanish: the subject of the main clause after a subordinate clause that opens the
  // sentence [s, …) and holds figure `f` without naming a subject of its own; nullptr when
  // there is none. REQUIRES: ms_/prep_ hold the sentence's mentions.
  [[nodiscard]] const EntityMention* FrontedClauseSubject(size_t s, const Figure& f) const;
  // The last subject is a place (German: "Der größte Markt ist Linz").
  bool PlaceTopic() const {
    return topic_mention_ != nullptr && topic_mention_->type == EntityType::kPlace;
  }
  // English: a figure a place after it can locate (rule 6a'): a count of people or cases
  // (metric population or cases), a count a "there is / are / were" opens ("There are 80,000
  // licensed taxis in X": what exists there), or a percentage of something ("12% of users
  // were based in X"); not units, staff, money or a bare change ("350,000 units were sold in
  // X").
  [[nodiscard]] bool CountOrShareOfEn(const Figure& f) const {
    if (f.kind == FigureKind::kCount) {
      if (PeopleCount(f)) return true;
      // "there are 80,000", "there were almost 80,000", "there are between 80,000 and …".
      size_t pos = f.start, ws = 0;
      for (int k = 0; k < 3; ++k) {
        const std::string_view w = WordBefore(text_, s_, pos, &ws);
        if (w.empty()) break;
        if (InListLower(w, {"is", "are", "was", "were"})) {
          return EqualsLowerAscii(WordBefore(text_, s_, ws, &ws), "there");
        }
        pos = ws;
      }
      return false;
    }
    return f.kind == FigureKind::kPercent && f.end + 4 <= text_.size() &&
           text_.substr(f.end, 4) == " of ";
  }
  // Whether the place after a figure is introduced by the word "in" (English also by the
  // words "in the": "3 million people read it in the X"); `word` starts at `ws` and is the
  // whole word right before the place.
  [[nodiscard]] bool InBefore(std::string_view word, size_t ws) const {
    if (EqualsLowerAscii(word, "in")) return true;
    size_t w2 = 0;
    return lang_ == Lang::kEn && EqualsLowerAscii(word, "the") &&
           EqualsLowerAscii(WordBefore(text_, s_, ws, &w2), "in");
  }
  // Spanish: a place that only locates a thing introduced with an indefinite article ("una
  // fianza en Miami", "un hotel en X"): where the thing is, not whose figure it is.
  bool LocatesThing(const EntityMention& m) const {
    if (lang_ != Lang::kEs) return false;
    size_t ws, ws2, ws3;
    if (!EqualsLowerAscii(WordBefore(text_, s_, m.start, &ws), "en")) return false;
    const std::string_view noun = WordBefore(text_, s_, ws, &ws2);
    if (!LowerWord(noun) || ws2 + noun.size() + 1 != ws) return false;
    const std::string_view art = WordBefore(text_, s_, ws2, &ws3);
    return ws3 + art.size() + 1 == ws2 &&
           (EqualsLowerAscii(art, "un") || EqualsLowerAscii(art, "una") ||
            EqualsLowerAscii(art, "unos") || EqualsLowerAscii(art, "unas"));
  }
  // Whether `word` (starting at `ws`), right before a place after figure `f`, names where `f`
  // is counted (rule 6a'): German "in"; for a count of people or cases (metric population or
  // cases) also German "nach" (where they went: "kamen 9.000 Menschen nach Kralland");
  // English "in" or "in the" for a count of people or cases or a share of something ("70,000
  // people in Norland", "12% of users were based in the X"), not units, staff, money or a
  // bare change ("The stock lost 3% in Kralport"). Spanish none (rule 6b places its public
  // counts). Any case.
  [[nodiscard]] bool PlaceAfterFigure(std::string_view word, size_t ws, const Figure& f) const {
    switch (lang_) {
      case Lang::kDe:
        return EqualsLowerAscii(word, "in") || (PeopleCount(f) && EqualsLowerAscii(word, "nach"));
      case Lang::kEn:
        return CountOrShareOfEn(f) && InBefore(word, ws);
      default:
        return false;
    }
  }
  // A subject after the verb (German, Spanish): the first organisation of the sentence after
  // figure `f`, within 60 bytes, right after a definite article ("der", "die", "das"; "el",
  // "la", "los", "las") and no preposition governing it ("… Verlust schrieb die X", "y además,
  // el Ministerio redujo …"); nullptr when none. German also: no punctuation, dash or quote
  // between, one lower-case adjective may stand after the article ("die einstige X", not
  // governed through it: "für die neue X"), and no other noun phrase with its article between
  // the figure and the name (that one is the subject, the name its object: "Mit 6 Millionen
  // Euro unterstützt der Konzern die X").
  [[nodiscard]] const EntityMention* SubjectAfterFigure(const Figure& f) const {
    const bool de = lang_ == Lang::kDe;
    auto definite = [de](std::string_view w) {
      return de ? (w == "der" || w == "die" || w == "das")
                : (w == "el" || w == "la" || w == "los" || w == "las");
    };
    for (size_t i = 0; i < ms_.size(); ++i) {
      const EntityMention& m = *ms_[i];
      if (m.start < f.end) continue;
      if (m.start - f.end > 60) return nullptr;
      // '\xE2' opens a dash or a typographic quote ("–", "„"), also "€" and "…": a stop too.
      if (de && text_.substr(f.end, m.start - f.end).find_first_of(",;:()\"\xE2") !=
                    std::string_view::npos) {
        return nullptr;
      }
      if (prep_[i] || !OrgLike(m)) continue;
      size_t ws, ws2;
      std::string_view art = WordBefore(text_, s_, m.start, &ws);
      size_t art_end = m.start;
      if (de && LowerWord(art) && !definite(art)) {  // "die einstige X"
        art_end = ws;
        art = WordBefore(text_, s_, ws, &ws2);
        ws = ws2;
      }
      if (ws + art.size() + 1 != art_end || !definite(art)) continue;
      if (!de) return &m;
      // "an der damaligen X", "für die bisherigen X": governed through the adjective.
      if (IsPreposition(WordBefore(text_, s_, ws, &ws2))) continue;
      const bool np_between =
          ws > f.end && scan::AnyWordOf(text_.substr(f.end, ws - f.end), definite);
      return np_between ? nullptr : &m;
    }
    return nullptr;
  }
  // Whether `m` is governed by a locative "in" (English), "en" (Spanish), also across an
  // article ("in the EU", "en la UE"), or in German "im" or "in" with a dative article ("in
  // der EU", "in dem X"; not a direction: "in den Bundestag gewählt", "in die EU").
  [[nodiscard]] bool InLocative(const EntityMention& m) const {
    size_t ws;
    std::string_view w = WordBefore(text_, s_, m.start, &ws);
    if (lang_ == Lang::kDe) {
      if (EqualsLowerAscii(w, "im")) return true;
      if (w != "der" && w != "dem") return false;
      return EqualsLowerAscii(WordBefore(text_, s_, ws, &ws), "in");
    }
    if (IsArticle(w)) w = WordBefore(text_, s_, ws, &ws);
    return EqualsLowerAscii(w, lang_ == Lang::kEs ? "en" : "in");
  }
  // The one place the sentence before `s` locates its news in ("In Nordhafen stieg die Zahl
  // der Arbeitslosen. Im März waren es 300 mehr"; "in"/"im"/"en", also across an article),
  // for a count of people or cases (PeopleCount) that names nothing of its own and would go
  // to `topic`, a country: the city or region named just before, not the country of the
  // lead (other figures, measured, moved as often to a continent or a wrong region). nullptr when
  // `topic` is no country (NameTagger::CountryByName), or that sentence names an organisation, the
  // topic itself, a country or no such place, or lies over 400 bytes back. With
  // `country_topic` false `topic` is an organisation or a person (PeoplePlaceBeforeDe): any
  // such place, a country too.
  [[nodiscard]] const EntityMention* PlaceOfSentenceBefore(size_t s, size_t e,
                                                           std::string_view topic,
                                                           bool country_topic = true) const {
    size_t ps = 0, pe = 0;
    if (!SentenceBefore(text_, s, &ps, &pe) || s - ps > 400) return nullptr;
    const EntityMention* place = nullptr;
    bool topic_country = false;  // asked once a place is found
    for (auto it = std::lower_bound(mentions_.begin(), mentions_.end(), ps,
                                    [](const EntityMention&m, size_t p) { return m.start < p; });
         it != mentions_.end() && it->start < pe; ++it) {
      if (!Eligible(*it) || IsDatelinePlace(text_, *it) || it->type == EntityType::kPerson) {
        continue;
      }
      if (it->type != EntityType::kPlace || it->entity == topic) return nullptr;
      if (IsSeatOfOrganisation(text_, lang_, *it)) continue;
      size_t ws;
      std::string_view w = WordBefore(text_, ps, it->start, &ws);
      if (IsArticle(w)) w = WordBefore(text_, ps, ws, &ws);
      if (!EqualsLowerAscii(w, "in") && !EqualsLowerAscii(w, "im") && !EqualsLowerAscii(w, "en")) {
        continue;
      }
      if (place != nullptr && place->entity != it->entity) return nullptr;
      if (place == nullptr && country_topic) {
        // A city or region within the country: not one country for another.
        topic_country = topic_country || NameTagger::CountryByName(topic).has_value();
        if (!topic_country || NameTagger::CountryByName(it->entity).has_value()) return nullptr;
      }
      place = &*it;
    }
    // A figure of the whole country ("Landesweit wurden 30 Menschen verletzt"): the place
    // before is where someone spoke, not where it was counted.
    if (place != nullptr && NationalScope(text_.substr(s, e - s), lang_)) return nullptr;
    return place;
  }
  // German: a count of people or cases (PeopleCount) in a sentence that names no
  // organisation, which would go to `from`, an organisation or person (the subject of the
  // sentences before, the article's topic), counts where the sentence just before locates its
  // news ("In Kralingen tobte am Montag ein Sturm. 40 Menschen wurden verletzt."), not to
  // `from`: that place (PlaceOfSentenceBefore); nullptr when there is none.
  [[nodiscard]] const EntityMention* PeoplePlaceBeforeDe(const Figure& f, size_t s, size_t e,
                                                         std::string_view from) const {
    if (lang_ != Lang::kDe || !PeopleCount(f)) return nullptr;
    for (const EntityMention* m : ms_) {
      if (OrgLike(*m)) return nullptr;
    }
    const EntityMention* place = PlaceOfSentenceBefore(s, e, from, /*country_topic=*/false);
    if (place == nullptr || RefersBackToCompanyDe(s, e)) return nullptr;
    size_t ps = 0, pe = 0;
    if (!SentenceBefore(text_, s, &ps, &pe)) return nullptr;
    // A venue, not where the news is set: "am Mittwoch in X", "gestern in X".
    size_t ws;
    std::string_view w = WordBefore(text_, ps, place->start, &ws);
    if (IsArticle(w)) w = WordBefore(text_, ps, ws, &ws);
    w = WordBefore(text_, ps, ws, &ws);
    if (InListLower(w, kWeekdaysDe) || InListLower(w, kTimeWordsDe)) return nullptr;
    // A sentence whose subject is the organisation's organ ("Der Vorstand stellte … in X
    // vor"): its first words name the board, a chief or a spokesman.
    size_t pos = ps, ts = 0, te = 0;
    for (int k = 0; k < 4 && scan::NextToken(text_, pos, &ts, &te) && ts < pe; ++k) {
      pos = te;
      if (OrganNounDe(text_.substr(ts, te - ts))) return nullptr;
    }
    return place;
  }
  // German: the sentence [s, e) refers back to a company by a determiner and a company noun
  // ("für das Unternehmen", "beim Konzern", "dem Hersteller").
  [[nodiscard]] bool RefersBackToCompanyDe(size_t s, size_t e) const {
    size_t pos = s, ts = 0, te = 0;
    std::string_view prev;
    while (scan::NextToken(text_, pos, &ts, &te) && ts < e) {
      pos = te;
      std::string_view w = text_.substr(ts, te - ts);
      if (CompanyNounOrGenitive(lang_, w) &&
          (SingularDeterminer(lang_, prev, w) || EqualsLowerAscii(prev, "beim") ||
           EqualsLowerAscii(prev, "vom") || EqualsLowerAscii(prev, "zum"))) {
        return true;
      }
      prev = w;
    }
    return false;
  }
  // German: whether place `m` is named as where the counted thing goes to or reaches, not as
  // whose figure it is: after "bis" ("bis Kralstadt", "bis nach X", "bis auf X": a reach or an
  // exception), or "nach" for a figure that counts no people ("soll 12 Milliarden Kubikmeter
  // Gas nach X liefern", "eine Etappe nach X"; a count of people "nach X" is where they are
  // now: PlaceAfterFigure). One "ganz" or article may stand between; only blanks between the words
  // (not "von der Welt (X)"). Not "aus X": an origin is often the owner ("davon 500 Millionen
  // aus X" gives X's money, "Stimmen aus X" X's votes).
  [[nodiscard]] bool DirectionPlaceDe(const EntityMention& m, const Figure& f) const {
    size_t ws = m.start;
    auto word_before = [&](size_t pos, size_t* start) -> std::string_view {
      const std::string_view w = WordBefore(text_, s_, pos, start);
      return !w.empty() && *start + w.size() + 1 == pos && text_[*start + w.size()] == ' '
                 ? w
                 : std::string_view{};
    };
    std::string_view w = word_before(m.start, &ws);
    if (EqualsLowerAscii(w, "ganz") || w == "dem" || w == "der" || w == "den" || w == "die" ||
        w == "das") {
      w = word_before(ws, &ws);
    }
    if (EqualsLowerAscii(w, "bis")) return true;
    size_t ws2 = ws;
    const bool bis = !w.empty() && EqualsLowerAscii(word_before(ws, &ws2), "bis");
    if (EqualsLowerAscii(w, "nach")) return bis || !PeopleCount(f);
    return bis && EqualsLowerAscii(w, "auf");
  }
  // German: whether place `m` continues a list that place `prev` opens ("bis nach X oder Y",
  // "nach X, Y sowie Z"): "und", "oder", "sowie" or a comma right after `prev`, then at most
  // 20 bytes without other punctuation ("sowie die Inseln Ys").
  [[nodiscard]] bool ListedAfterDe(const EntityMention& prev, const EntityMention& m) const {
    if (m.start <= prev.end || m.start - prev.end > 28) return false;
    std::string_view gap = text_.substr(prev.end, m.start - prev.end);
    bool joined = false;
    for (std::string_view j : {", ", " und ", " oder ", " sowie "}) {
      if (gap.starts_with(j)) {
        gap.remove_prefix(j.size());
        joined = true;
        break;
      }
    }
    return joined && gap.size() <= 20 && gap.find_first_of(",;:()\"") == std::string_view::npos;
  }
  // German: the last place of the sentence between the figure's clause start `cs` and the
  // figure, not a destination ("nach X"); nullptr when there is none.
  const EntityMention* ClausePlaceBefore(const Figure& f, size_t cs) const {
    const EntityMention* place = nullptr;
    for (const EntityMention* m : ms_) {
      size_t ws;
      if (m->type == EntityType::kPlace && m->start >= cs && m->end <= f.start &&
          !EqualsLowerAscii(WordBefore(text_, s_, m->start, &ws), "nach")) {
        place = m;
      }
    }
    return place;
  }
  // German: the sentence [s_, e_) has the word "ich", "Ich", "mich", "Mich" or "mir" (a
  // speaker's own words); found on first use per sentence (FindExact: "ich" recurs inside
  // "nicht", "sich", "-lich", so a hit is a word only between non-letters).
  int first_person_ = -1;  // -1: not looked for yet in this sentence
  bool FirstPersonDe() {
    if (first_person_ >= 0) return first_person_ == 1;
    const std::string_view sent = text_.substr(s_, e_ - s_);
    // A word ends at a byte that is no ASCII letter or digit, nor starts a letter beyond ASCII
    // (a quotation mark, U+2000 punctuation or a Latin-1 sign, E2 / C2 leads, is no letter:
    // "„Ich").
    auto word_end = [&](size_t i) {
      if (i >= sent.size()) return true;
      const auto c = static_cast<unsigned char>(sent[i]);
      return c < 0x80 ? !scan::IsAsciiAlnum(sent[i]) : c == 0xE2 || c == 0xC2;
    };
    auto word_start = [&](size_t i) {
      if (i == 0) return true;
      const auto c = static_cast<unsigned char>(sent[i - 1]);
      if (c < 0x80) return !scan::IsAsciiAlnum(sent[i - 1]);
      return (i >= 3 && static_cast<unsigned char>(sent[i - 3]) == 0xE2) ||
             (i >= 2 && static_cast<unsigned char>(sent[i - 2]) == 0xC2);
    };
    bool found = false;
    for (size_t p = scan::FindExact(sent, "ich"); !found && p != std::string_view::npos;
         p = scan::FindExact(sent, "ich", p + 3)) {
      found = word_end(p + 3) &&
              (word_start(p) ||
               (p >= 1 && (sent[p - 1] == 'm' || sent[p - 1] == 'M') && word_start(p - 1)));
    }
    for (std::string_view w : {std::string_view("Ich"), std::string_view("mir")}) {
      for (size_t p = scan::FindExact(sent, w); !found && p != std::string_view::npos;
           p = scan::FindExact(sent, w, p + 3)) {
        found = word_start(p) && word_end(p + 3);
      }
    }
    first_person_ = found ? 1 : 0;
    return found;
  }
  // The speaker of a first-person sentence holding `f`: the first person it names, else,
  // when it names no organisation, the last person named before `f`; nullptr when there is
  // none.
  const EntityMention* SpeakerDe(const Figure& f) const {
    for (const EntityMention* m : ms_) {
      if (m->type == EntityType::kPerson) return m;
    }
    // An organisation of the sentence may be the speaker typed so ("…, wird X zitiert").
    for (const EntityMention* m : ms_) {
      if (OrgLike(*m)) return nullptr;
    }
    const EntityMention* last = nullptr;
    for (const EntityMention& m : mentions_) {
      if (m.start >= f.start) break;
      if (m.type == EntityType::kPerson) last = &m;
    }
    return last;
  }
  // German: the man a sentence from `s` opens with "Er" refers back to ("Er stemmte 180
  // Kilo"): the last name before `s` other than a place, when it is a person's named in the
  // sentence just before and no masculine noun ("den neuen Kran", "Der Absatz") stands in that
  // sentence or the one before it, which "Er" could mean as well (MasculineNounDe); nullptr
  // otherwise, and when the sentence names a person itself ("Er lief schneller als X").
  const EntityMention* ErSubjectDe(size_t s) const {
    if (text_.compare(s, 3, "Er ") != 0) return nullptr;
    for (const EntityMention* m : ms_) {
      if (m->type == EntityType::kPerson) return nullptr;
    }
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s,
                               [](const EntityMention& x, size_t pos) { return x.start < pos; });
    const EntityMention* last = nullptr;
    while (last == nullptr && it != mentions_.begin()) {
      --it;
      if (it->type != EntityType::kPlace) last = &*it;
    }
    size_t ps = 0, pe = 0;
    if (last == nullptr || last->type != EntityType::kPerson ||
        !SentenceBefore(text_, s, &ps, &pe) || last->start < ps || last->end > pe) {
      return nullptr;
    }
    if (MasculineNounDe(last->end, s, false)) return nullptr;
    size_t pps = 0, ppe = 0;
    return SentenceBefore(text_, ps, &pps, &ppe) && MasculineNounDe(pps, ps, true) ? nullptr : last;
  }
  // German: whether text_[from, to) names a thing with a masculine article a later "Er" can
  // refer to: "der"/"den"/"dem"/"einen"/"einem" (lower-case "der" only after a lower-case word
  // that governs no case: "stellte der Konzern", not "in der Halle" or "die Bilanz der
  // Firma"; with `introduced`, only a sentence's opening "Der", "den" and "einen", which
  // bring a thing in as subject or object), up to three adjectives, then a capitalised noun
  // that no person's name follows ("Der Trainer Jonas Pfeil" is the man himself).
  bool MasculineNounDe(size_t from, size_t to, bool introduced) const {
    size_t pos = from, ts = 0, te = 0;
    std::string_view prev;
    while (scan::NextToken(text_, pos, &ts, &te) && te <= to) {
      const std::string_view w = text_.substr(ts, te - ts);
      const std::string_view before = prev;
      prev = w;
      pos = te;
      bool det =
          introduced
              ? InList(w, {"Der", "den", "Den", "einen", "Einen"})
              : InList(w, {"Der", "den", "Den", "dem", "Dem", "einen", "Einen", "einem", "Einem"});
      if (w == "der" && !introduced) {
        det = !before.empty() && !ner::StartsUpper(before) && !IsPreposition(before) &&
              !IsArticleOrContraction(before);
      }
      if (!det) continue;
      size_t ns = 0, ne = 0, at = te;
      int adj = 0;
      while (scan::NextToken(text_, at, &ns, &ne) && ne <= to && adj <= 3) {
        const std::string_view n = text_.substr(ns, ne - ns);
        if (ner::StartsUpper(n)) {
          auto next =
              std::lower_bound(mentions_.begin(), mentions_.end(), ne,
                               [](const EntityMention& x, size_t p) { return x.start < p; });
          const bool titled = next != mentions_.end() && next->type == EntityType::kPerson &&
                              next->start == ne + 1 && text_[ne] == ' ';
          if (!titled) return true;
          break;
        }
        if (!InflectedAdjectiveDe(n)) break;
        ++adj;
        at = ne;
      }
    }
    return false;
  }
  // Whether figure `f` counts a people named by a demonym inside it ("un millón de
  // ecuatorianos"): a place mention written in lower case within the figure's surface.
  bool CountsPeople(const Figure& f) const {
    for (const EntityMention* m : ms_) {
      if (m->type == EntityType::kPlace && m->start > f.start && m->start < f.end &&
          scan::LowerAscii(text_[m->start]) == text_[m->start]) {
        return true;
      }
    }
    return false;
  }
  // Whether German count `f` ends with a people named by a demonym, which German writes as
  // a capitalised noun ("9.000 Japaner", "1,5 Millionen Italienern"): a place mention that
  // ends the figure's surface, after its number, and is not the place's own name ("05
  // Österreich" counts no people); not an adjective of a place before the noun it counts
  // ("80 Grazer Busse": a capitalised word follows).
  bool CountsPeopleDe(const Figure& f) const {
    size_t next = f.end;
    while (next < text_.size() && text_[next] == ' ') ++next;
    if (next < text_.size() && next > f.end && ner::StartsUpper(text_.substr(next))) return false;
    for (const EntityMention* m : ms_) {
      if (m->type == EntityType::kPlace && m->start > f.start && m->end == f.end &&
          m->surface != m->entity && ner::StartsUpper(m->surface)) {
        return true;
      }
    }
    return false;
  }
  // Spanish: the place the sentence from `s` opens with as its setting, before figure `f`:
  // "En X," / "En el caso de X," (after "Y", "Pero", "Además," …; the place followed by a
  // comma); nullptr if none.
  const EntityMention* FrontedPlaceEs(size_t s, const Figure& f) const {
    std::string_view rest = text_.substr(s, f.start > s ? f.start - s : 0);
    size_t skip = 0;
    while (skip < rest.size() && (rest[skip] == ' ' || rest[skip] == '\n' || rest[skip] == '"')) {
      ++skip;
    }
    rest.remove_prefix(skip);
    static constexpr std::string_view kLeads[] = {"Y ",       "Pero ", "Mientras que ",
                                                  "Además, ", "Así, ", "Sin embargo, "};
    for (std::string_view lead : kLeads) {
      if (rest.starts_with(lead)) {
        rest.remove_prefix(lead.size());
        break;
      }
    }
    if (!rest.starts_with("En ") && !rest.starts_with("en ")) return nullptr;
    rest.remove_prefix(3);
    static constexpr std::string_view kCase[] = {"el caso de ", "el caso del "};
    for (std::string_view c : kCase) {
      if (rest.starts_with(c)) {
        rest.remove_prefix(c.size());
        break;
      }
    }
    const size_t at = static_cast<size_t>(rest.data() - text_.data());
    auto it = std::lower_bound(ms_.begin(), ms_.end(), at,
                               [](const EntityMention* m, size_t p) { return m->start < p; });
    for (; it != ms_.end(); ++it) {
      const EntityMention* m = *it;
      // Only "el", "la", "los", "las" may stand between "En" and the place.
      const std::string_view gap = text_.substr(at, m->start - at);
      if (!gap.empty() && gap != "el " && gap != "la " && gap != "los " && gap != "las ") {
        return nullptr;
      }
      if (m->type != EntityType::kPlace || m->end >= f.start) return nullptr;
      size_t c = m->end;
      while (c < f.start && text_[c] == ' ') ++c;
      if (c >= f.start || text_[c] != ',') return nullptr;
      // A name of the sentence itself (no place) between the setting and the figure is the
      // sentence's own subject: "En Norlandia, Pelmarex tiene 400 empleados" stays Pelmarex's.
      for (auto jt = it + 1; jt != ms_.end() && (*jt)->start < f.start; ++jt) {
        if ((*jt)->type != EntityType::kPlace) return nullptr;
      }
      return m;
    }
    return nullptr;
  }
  // Spanish: the sentence [s, e) = [s_, e_) gives figure `f` to no name it does not name
  // itself: a narrator's (NarratorSentenceEs), or a count (people, cases) set in the whole
  // world (WorldScopeEs) with no pronoun back to a subject — money or a share only when the
  // sentence opens with its own subject noun (OwnSubjectEs): a verb with no subject of its
  // own gives them to the subject before ("A nivel mundial, facturó 800 millones"). Each test
  // runs on first use per sentence, the world test only for a figure it can decide.
  int narrator_es_ = -1;  // -1: not looked for yet in this sentence
  int world_es_ = -1;     // -1: not looked for yet in this sentence
  bool NoBorrowedNameEs(size_t s, size_t e, const Figure& f) {
    if (narrator_es_ < 0) narrator_es_ = NarratorSentenceEs(s, e) ? 1 : 0;
    if (narrator_es_ == 1) return true;
    if (f.kind != FigureKind::kCount && !OwnSubjectEs(s)) return false;
    if (world_es_ < 0) {
      world_es_ = WorldScopeEs(text_.substr(s, e - s)) && SentencePronoun() >= e ? 1 : 0;
    }
    return world_es_ == 1;
  }
  // English: [s, e) = [s_, e_) speaks in the first person singular (FirstPersonSingularEn)
  // and is no quotation (no quotation mark in it, QuoteMarkIn; no single quote opening a word;
  // no interview's "Q:"; not opened inside a quotation, InQuotation); on first use per
  // sentence.
  int narrator_en_ = -1;  // -1: not looked for yet in this sentence
  bool NarratorSentenceEn(size_t s, size_t e) {
    if (narrator_en_ < 0) {
      const std::string_view sent = text_.substr(s, e - s);
      bool narrator = FirstPersonSingularEn(sent) && !QuoteMarkIn(sent);
      // Single quotes: a curly opening one, or a straight one opening a word ("'I expect").
      for (size_t p = sent.find('\''); narrator && p != std::string_view::npos;
           p = sent.find('\'', p + 1)) {
        if ((p == 0 || !scan::IsAsciiAlnum(sent[p - 1])) && p + 1 < sent.size() &&
            scan::IsAsciiAlnum(sent[p + 1])) {
          narrator = false;
        }
      }
      if (narrator && sent.find("\xE2\x80\x98") != std::string_view::npos) narrator = false;
      // An interview ("Q: … A: I employ 300 people"): the interviewee speaks.
      if (narrator && text_.substr(0, e).find("Q:") != std::string_view::npos) narrator = false;
      narrator_en_ = narrator && !InQuotation(s) ? 1 : 0;
    }
    return narrator_en_ == 1;
  }
  // English: the sentence [s, e) = [s_, e_) sets its figures in the whole world
  // (WorldScopeEn) and points back to no subject before it: no pronoun ("it employs 900
  // staff worldwide"), no definite company noun ("the firm said", kNominal) and no opening
  // "The <noun> <verb>" ("The service has 9 million users around the world": the service
  // named before); on first use per sentence.
  int world_en_ = -1;  // -1: not looked for yet in this sentence
  bool WorldSentenceEn(size_t s, size_t e) {
    if (world_en_ < 0) {
      const std::string_view sent = text_.substr(s, e - s);
      world_en_ = WorldScopeEn(sent) && SentencePronoun() >= e && !BackReferenceEn(sent) ? 1 : 0;
    }
    return world_en_ == 1;
  }
  // English: `sent` points back to a subject named before it without naming it: a definite
  // company noun ("the firm", kNominal), a personal pronoun ("She has 4 million": a person
  // named before), an opening "The <noun> <verb>". With `owner_too`, also to an owner of what
  // it counts: a speaker's "we" / "our" ("our 300 stores"), a definite noun's possessive ("the
  // university's index", "the club's 40 scouts"; not "the world's"), or a definite event,
  // venue, service or project, whose organiser the text named before ("900 people visited the
  // three-day fair", "the new service will reach 40 towns"; "the" up to three words before).
  // One walk of the words for both.
  static bool BackReferenceEn(std::string_view sent, bool owner_too = false) {
    static constexpr std::string_view kPersonal[] = {"he", "she", "his", "her", "him"};
    static constexpr std::string_view kHeld[] = {
        "show",     "fair",   "exhibition", "expo",    "conference", "convention", "summit",
        "festival", "event",  "tournament", "site",    "website",    "service",    "network",
        "project",  "scheme", "programme",  "program", "campaign",   "initiative"};
    static const scan::LowerWordSet kHeldSet(kHeld);
    const scan::LowerWordSet& own = SpeakerOwnWordsEn();
    size_t pos = 0, ts = 0, te = 0;
    std::string_view prev;
    int index = 0, the_at = -10;
    bool opens_the = false;
    while (scan::NextToken(sent, pos, &ts, &te)) {
      const std::string_view w = sent.substr(ts, te - ts);
      if (EqualsLowerAscii(prev, "the") && IsNominal(w)) return true;
      if (InListLower(w, kPersonal)) return true;  // a person named before: "She has 4 million"
      if (index == 0) opens_the = w == "The";
      if (index == 2 && opens_the && VerbLikeEn(w)) return true;
      if (owner_too) {
        if (own.Contains(w)) return true;
        if (EqualsLowerAscii(w, "the")) {
          the_at = index;
        } else if (index - the_at <= 3 && kHeldSet.Contains(w)) {
          return true;
        }
      }
      prev = w;
      pos = te;
      ++index;
    }
    if (!owner_too) return false;
    for (size_t p = sent.find("'s "); p != std::string_view::npos; p = sent.find("'s ", p + 3)) {
      size_t ws = p;
      while (ws > 0 && sent[ws - 1] >= 'a' && sent[ws - 1] <= 'z') --ws;
      if (ws == p || sent.substr(ws, p - ws) == "world") continue;
      if (ws >= 4 && EqualsLowerAscii(sent.substr(ws - 4, 4), "the ")) return true;
    }
    return false;
  }
  // English: the sentence `sent` points back to the subject of the sentence before without
  // naming it, so a count in it stays that subject's (`fig_end`: where the count ends in
  // `sent`): a demonstrative subject and its own verb ("That reaches 700,000 homes"; not
  // "This year", nor "This is expected to …": a figure before), a participle of the case just
  // told after the counted noun ("the 35 orchards named are …", "15,000 chargers were
  // affected."; not places hit: "12 regions were affected" stay at large), "there" closing a
  // clause ("will be parked there."), or an opening clause with no subject of its own ("Once
  // completed, …").
  static bool PointsBackEn(std::string_view sent, size_t fig_end) {
    size_t pos = 0, ts = 0, te = 0;
    std::string_view first;
    for (int index = 0; index < 2 && scan::NextToken(sent, pos, &ts, &te); ++index, pos = te) {
      const std::string_view w = sent.substr(ts, te - ts);
      if (index == 0) {
        first = w;
        continue;
      }
      if ((first == "That" || first == "This") && w.size() >= 4 && w[0] >= 'a' && w[0] <= 'z' &&
          w.ends_with('s') && !w.ends_with("ss")) {
        return true;
      }
      static constexpr std::string_view kOpeners[] = {"Once", "When", "After", "If", "Until"};
      if (InList(first, kOpeners) && te < sent.size() && sent[te] == ',') return true;
    }
    const auto clause_ends = [&](size_t at) {
      return at >= sent.size() ||
             std::string_view(".,;:!?").find(sent[at]) != std::string_view::npos;
    };
    fig_end = std::min(fig_end, sent.size());
    // The counted noun: the figure's last word.
    size_t noun = fig_end;
    while (noun > 0 && sent[noun - 1] >= 'a' && sent[noun - 1] <= 'z') --noun;
    static constexpr std::string_view kPlaces[] = {"countries", "nations", "states",
                                                   "regions",   "cities",  "towns"};
    static constexpr std::string_view kCase[] = {"affected", "involved", "concerned", "listed",
                                                 "named",    "included", "covered",   "cited"};
    static constexpr std::string_view kAux[] = {"are", "is", "were", "was", "have", "has", "been"};
    if (!InList(sent.substr(noun, fig_end - noun), kPlaces)) {
      pos = fig_end;
      bool aux = false;
      for (int index = 0; index < 3 && scan::NextToken(sent, pos, &ts, &te); ++index, pos = te) {
        const std::string_view w = sent.substr(ts, te - ts);
        if (InList(w, kAux)) {
          if (index == 1 && !aux) return true;  // "the 35 orchards named are"
          aux = true;
          continue;
        }
        if (!InList(w, kCase)) break;
        if (aux && clause_ends(te)) return true;  // "15,000 chargers were affected."
        if (aux || index > 0) break;
      }
    }
    for (size_t p = sent.find("there"); p != std::string_view::npos;
         p = sent.find("there", p + 5)) {
      if (p > 0 && sent[p - 1] == ' ' && clause_ends(p + 5)) return true;
    }
    return false;
  }
  // English: `w` reads as the finite verb after a subject noun ("is", "has", "sells",
  // "reported"), not a preposition or an adjective ("of", "handheld").
  static bool VerbLikeEn(std::string_view w) {
    static constexpr std::string_view kVerbs[] = {"is",  "was", "has",   "had",  "will",
                                                  "can", "now", "would", "also", "sold"};
    if (InListLower(w, kVerbs)) return true;
    if (w.size() < 4 || w[0] < 'a' || w[0] > 'z') return false;
    return (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ed");
  }
  // Spanish: the sentence from `s` opens with a noun phrase of its own ("Los precios del
  // cobre …", "La demanda …"): its verb does not borrow the subject before.
  bool OwnSubjectEs(size_t s) const {
    std::string_view rest = text_.substr(s);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\n' || rest.front() == '"')) {
      rest.remove_prefix(1);
    }
    static constexpr std::string_view kArticles[] = {"El ", "La ", "Los ", "Las "};
    for (std::string_view a : kArticles) {
      if (rest.starts_with(a)) return true;
    }
    return false;
  }
  // Spanish: [s, e) speaks in the first person singular (FirstPersonSingularEs) and is no
  // quotation (QuoteMarkIn, InQuotation), and neither it nor its line opens with a dialogue
  // dash ("—", "–") or an interview's "P:" / "R:".
  bool NarratorSentenceEs(size_t s, size_t e) const {
    const std::string_view sent = text_.substr(s, e - s);
    if (!FirstPersonSingularEs(sent)) return false;
    const auto dialogue = [](std::string_view t) {
      size_t i = 0;
      while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t')) ++i;
      t.remove_prefix(i);
      return t.starts_with("\xE2\x80\x94") || t.starts_with("\xE2\x80\x93") ||
             t.starts_with("R:") || t.starts_with("P:");
    };
    if (dialogue(sent)) return false;
    // A dash or "P:" / "R:" may also sit inside the sentence splitter's span: "¿…? R: Mi …".
    if (sent.find(" R: ") != std::string_view::npos ||
        sent.find("? R:") != std::string_view::npos) {
      return false;
    }
    const size_t nl0 = s == 0 ? std::string_view::npos : text_.rfind('\n', s - 1);
    const size_t line = nl0 == std::string_view::npos ? 0 : nl0 + 1;
    if (line < s && dialogue(text_.substr(line, 8))) return false;
    return !QuoteMarkIn(sent) && !InQuotation(s);
  }
  // Whether `sent` holds a double quotation mark (", “, ”, «, »); the narrator tests of both
  // languages ask it.
  static bool QuoteMarkIn(std::string_view sent) {
    return sent.find('"') != std::string_view::npos ||
           sent.find("\xE2\x80\x9C") != std::string_view::npos ||
           sent.find("\xE2\x80\x9D") != std::string_view::npos ||
           sent.find("\xC2\xAB") != std::string_view::npos ||
           sent.find("\xC2\xBB") != std::string_view::npos;
  }
  // Whether a sentence starting at `s` opens inside a quotation (QuoteOpen over its line's last
  // 600 bytes at most: a text without line breaks is not walked from its start for each
  // sentence); the narrator tests of both languages ask it.
  bool InQuotation(size_t s) const {
    constexpr size_t kQuoteReach = 600;
    const size_t lo = s > kQuoteReach ? s - kQuoteReach : 0;
    const size_t nl = text_.rfind('\n', s);
    return QuoteOpen(nl == std::string_view::npos || nl < lo ? lo : nl, s);
  }
  // Whether a quotation opened in [from, to) is still open at `to` (“…”, «…», "…").
  bool QuoteOpen(size_t from, size_t to) const {
    bool open = false;
    for (size_t i = from; i < to && i < text_.size(); ++i) {
      const char c = text_[i];
      if (c == '"') {
        open = !open;
      } else if (c == '\xE2' && i + 2 < text_.size() && text_[i + 1] == '\x80') {
        if (text_[i + 2] == '\x9C') open = true;   // “
        if (text_[i + 2] == '\x9D') open = false;  // ”
      } else if (c == '\xC2' && i + 1 < text_.size()) {
        if (text_[i + 1] == '\xAB') open = true;   // «
        if (text_[i + 1] == '\xBB') open = false;  // »
      }
    }
    return open;
  }
  Pick TopicPick() const {
    if (topic_mention_ != nullptr) return Pick::Of(*topic_mention_);
    Pick p;
    p.entity = topic_;
    if (const GazetteerEntry* ge = g_.Find(topic_)) p.type = ge->type;
    return p;
  }
  // The mention to show as evidence for `m`: the acronym right after it in parentheses when
  // the text defines one ("die Donauer Versicherungsgruppe (DVG)" -> "DVG", the short name
  // the article goes on to use), else `m`. All languages.
  const EntityMention* RunningName(const EntityMention* m) const {
    const EntityMention* lo = mentions_.data();
    const EntityMention* hi = lo + mentions_.size();
    if (std::less<>()(m, lo) || !std::less<>()(m + 1, hi)) return m;
    const EntityMention* next = m + 1;
    if (next->entity != m->entity || next->start != m->end + 2 || next->end >= text_.size() ||
        text_.substr(m->end, 2) != " (" || text_[next->end] != ')' ||
        next->surface.size() >= m->surface.size()) {
      return m;
    }
    for (char c : next->surface) {
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' || c == '-')) return m;
    }
    return next;
  }
  // Fills entity, entity_type, the evidence and, for a product with a known maker, rolls
  // it up: entity = maker, product = the product's name without the maker.
  void SetEntity(const Pick& p, Figure* f) const {
    f->entity = p.entity;
    f->entity_type.reset();
    f->entity_surface.clear();
    f->entity_start = f->entity_end = 0;
    f->entity_field = f->field;
    f->product.clear();
    if (p.empty()) return;
    f->entity_type = p.type;
    if (p.mention != nullptr) {
      const EntityMention* m = RunningName(p.mention);
      f->entity_surface = m->surface;
      f->entity_start = m->start;
      f->entity_end = m->end;
      f->entity_field = m->field;
    }
    if (p.type != EntityType::kProduct) {
      for (const auto& [product, maker] : text_makers_) {
        if (product != p.entity) continue;
        f->product = p.entity;
        f->entity = maker->entity;
        f->entity_type = maker->type;
        return;
      }
    }
    if (p.type == EntityType::kProduct) {
      std::string_view maker = g_.MakerOf(p.entity);
      if (!maker.empty()) {
        std::string_view prod = p.entity;
        if (prod.size() > maker.size() + 1 && prod.substr(0, maker.size()) == maker &&
            (prod[maker.size()] == ' ' || prod[maker.size()] == '-')) {
          prod.remove_prefix(maker.size() + 1);
        }
        f->product = std::string(prod);
        f->entity = std::string(maker);
        const GazetteerEntry* me = g_.Find(maker);
        f->entity_type = me != nullptr ? me->type : EntityType::kOrg;
      }
    }
  }

  // English: names the text itself gives a maker with a possessive, "Voltaro's Skyview
  // (SV)": (the product's canonical name, the maker's mention). Few per text.
  void FindTextMakers();

  std::string_view text_;
  Lang lang_;
  std::span<const EntityMention> mentions_;
  const Gazetteer& g_;
  std::vector<std::pair<std::string_view, const EntityMention*>> text_makers_;
  std::string topic_;                             // last subject of an earlier sentence
  const EntityMention* topic_mention_ = nullptr;  // its mention (nullptr: a parent reference)
  size_t topic_end_ = 0;                          // end of the sentence it was the subject of
  // Spanish: the last person subject of an earlier sentence ("el candidato" refers to it).
  const EntityMention* person_topic_ = nullptr;
  size_t person_topic_end_ = 0;
  const EntityMention* article_topic_;  // title/lead topic of the article; may be nullptr
  const EntityMention* title_place_;    // the title's first place; may be nullptr

  // Per sentence.
  size_t s_ = 0, e_ = 0;
  std::vector<const EntityMention*> ms_;  // eligible mentions in the sentence
  std::vector<bool> prep_;                // governed by a preposition
  // ms_/prep_ before DropReportSpeakers; restored after the figures so the topic still sees
  // the speaker.
  std::vector<const EntityMention*> saved_ms_;
  std::vector<bool> saved_prep_;
  std::vector<Ref> refs_;  // nominal references
  // First "it"/"its"/"they"/"their"/"sein(e)"/"sie" of the sentence (e_: none); found by
  // AnalyzeSentence's word walk in a sentence with figures, else on first use
  // (SentencePronoun); npos until then.
  size_t pronoun_ = std::string_view::npos;
  size_t SentencePronoun() {
    if (pronoun_ == std::string_view::npos) {
      pronoun_ = e_;
      size_t pos = s_, ts, te;
      while (scan::NextToken(text_, pos, &ts, &te) && ts < e_) {
        if (IsContinuingPronoun(text_.substr(ts, te - ts))) {
          pronoun_ = ts;
          break;
        }
        pos = te;
      }
    }
    return pronoun_;
  }
  MetricClassifier cues_;        // the article's language: its cue words and rules only
  std::vector<bool> inherited_;  // metric inherited from a list head
  // German: StatisticsBodyDe of the mentions asked so far (the figures of a text share a few
  // picks; an acronym's answer searches the text).
  std::vector<std::pair<const EntityMention*, bool>> statistics_body_;
  bool cited_statistics_ = false;  // the sentence cites a statistics body (German)
  // How the text names `entity` as a source: kCited when some mention of it is cited
  // (CitedInSentence) or, German, a compound of its name and a survey noun cites it ("laut
  // einer KRI-Studie": no mention), else kReports when some mention reports
  // (ReportsInSentence), else kNone; per entity asked so far, keyed by the entity of a mention
  // of the text (it lives as long as the Attributor; a Pick's copy of the name does not).
  enum class Source : uint8_t { kNone, kReports, kCited };
  std::vector<std::pair<std::string_view, Source>> source_of_;
  [[nodiscard]] Source SourceMemo(const EntityMention& mention) {
    const std::string_view entity = mention.entity;
    for (const auto& [name, how] : source_of_) {
      if (name == entity) return how;
    }
    Source how = Source::kNone;
    for (const EntityMention& m : mentions_) {
      if (how == Source::kCited || m.entity != entity || m.type == EntityType::kPlace) continue;
      const size_t s = SentenceStart(text_, m.start);
      if (CitedInSentence(s, m)) {
        how = Source::kCited;
      } else if (how != Source::kReports && ReportsInSentence(s, m)) {
        how = Source::kReports;
      }
    }
    // German: a study or survey named by a compound opening with the body's name ("laut einer
    // Kralix-Studie", "in der ABC-Umfrage"): the body is cited there. Each surface is searched
    // once (its mentions repeat it).
    std::vector<std::string_view> searched;
    for (const EntityMention& m : mentions_) {
      if (how == Source::kCited || lang_ != Lang::kDe || m.entity != entity ||
          m.type == EntityType::kPlace || m.surface.empty()) {
        continue;
      }
      if (std::find(searched.begin(), searched.end(), std::string_view(m.surface)) !=
          searched.end()) {
        continue;
      }
      searched.emplace_back(m.surface);
      std::string key(m.surface);
      key.push_back('-');
      for (size_t p = text_.find(key); p != std::string_view::npos && how != Source::kCited;
           p = text_.find(key, p + 1)) {
        const size_t ts = p + key.size();
        size_t te = ts;
        while (te < text_.size() && scan::IsWordOrHigh(text_[te])) ++te;
        if ((p == 0 || !scan::IsWordOrHigh(text_[p - 1])) &&
            SurveyNoun(text_.substr(ts, te - ts))) {
          how = Source::kCited;
        }
      }
    }
    source_of_.emplace_back(entity, how);
    return how;
  }
  // English: whether the text presents the organisation `mention` names as a source of
  // figures about a market for figure `f` of the sentence text[s, e): a mention of it in
  // that sentence is named as a publisher of figures or data (DataSourceEn), or, when the
  // sentence borrowed it from before (`borrowed`: not named there), some mention of it is; or
  // its name is a trade body's (TradeBodyEn) and the text cites it or it reports (SourceMemo),
  // and its name names a market (MarketBodyNameEn) or `f` measures one (prices, trade,
  // orders, output …). So a publisher that a later sentence names as its own subject ("X hired
  // 40 staff") keeps that sentence's figures. Per entity asked so far, like SourceMemo.
  struct ReportingBody {
    std::string_view entity;
    bool publisher = false;   // some mention of it is named a publisher of data
    bool trade_body = false;  // a trade body that reports or is cited
  };
  std::vector<ReportingBody> reporting_body_;
  [[nodiscard]] bool ReportingBodyEn(const EntityMention& mention, size_t s, size_t e,
                                     const Figure& f, bool borrowed) {
    const std::string_view entity = mention.entity;
    const ReportingBody* memo = nullptr;
    for (const ReportingBody& r : reporting_body_) {
      if (r.entity == entity) {
        memo = &r;
        break;
      }
    }
    if (memo == nullptr) {
      ReportingBody r{entity};
      for (const EntityMention& m : mentions_) {
        if (m.entity == entity && m.type != EntityType::kPlace && DataSourceEn(text_, m)) {
          r.publisher = true;
          break;
        }
      }
      r.trade_body = TradeBodyEn(entity) && SourceMemo(mention) != Source::kNone;
      reporting_body_.push_back(r);
      memo = &reporting_body_.back();
    }
    if (memo->publisher) {
      if (borrowed) return true;
      auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s,
                                 [](const EntityMention& m, size_t p) { return m.start < p; });
      for (; it != mentions_.end() && it->end <= e; ++it) {
        if (it->entity == entity && it->type != EntityType::kPlace && DataSourceEn(text_, *it)) {
          return true;
        }
      }
    }
    return memo->trade_body &&
           (MarketBodyNameEn(entity) ||
            InList(f.metric,
                   {metrics::kPrice, metrics::kTrade, metrics::kMarketSize, metrics::kMarketShare,
                    metrics::kShipments, metrics::kOrders, metrics::kPurchases, metrics::kUnitsSold,
                    metrics::kProduction, metrics::kInflationRate, metrics::kInterestRate,
                    metrics::kUnemploymentRate, metrics::kCompanies}));
  }
  // English: an organisation named in text[s, pos) as the publisher of figures or data
  // (DataSourceEn: "Figures from X showed", "X figures showed").
  [[nodiscard]] bool DataSourceBefore(size_t s, size_t pos) const {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s,
                               [](const EntityMention& m, size_t p) { return m.start < p; });
    for (; it != mentions_.end() && it->end <= pos; ++it) {
      if (it->type != EntityType::kPlace && DataSourceEn(text_, *it)) return true;
    }
    return false;
  }
  // Whether a continuing pronoun after figure `f` in the sentence points back to an earlier
  // subject (rule 6a'): one before `until` (the figure's own phrase up to the place after it:
  // "40% of its customers in X"), or one next to a verb of saying ("it said", "sagte sie") or
  // opening a clause of report ("wie sie mitteilte", "as they reported").
  [[nodiscard]] bool PronounBackAfter(const Figure& f, size_t until) const {
    size_t pos = f.end, ts = 0, te = 0;
    std::string_view prev;
    bool pronoun_last = false;  // the word before was a continuing pronoun
    while (scan::NextToken(text_, pos, &ts, &te) && te <= e_) {
      const std::string_view w = text_.substr(ts, te - ts);
      const bool pronoun = IsContinuingPronoun(w);
      // "wie sie mitteilte", "as they reported": a clause of report (joined particle verbs
      // are no speech words).
      if (pronoun && (ts < until || SpeechVerb(lang_, prev) || EqualsLowerAscii(prev, "wie") ||
                      EqualsLowerAscii(prev, "as"))) {
        return true;
      }
      if (pronoun_last && SpeechVerb(lang_, w)) return true;
      pronoun_last = pronoun;
      prev = w;
      pos = te;
    }
    return false;
  }
  // Whether the sentence from `s` names `m`, the figure's pick, as its subject before figure
  // `f`: a mention of it there neither cited (CitedInSentence) nor speaking (ReportsInSentence:
  // "X said 700 people …" reports about others), or a nominal reference or pronoun there ("the
  // firm", "sie"). REQUIRES: refs_ hold the sentence's references.
  [[nodiscard]] bool SubjectBeforeFigure(const EntityMention& m, size_t s, const Figure& f) {
    if (SentencePronoun() < f.start) return true;
    for (const Ref& r : refs_) {
      if (r.pos >= s && r.pos < f.start && !r.pronoun) return true;
    }
    for (const EntityMention* x : ms_) {
      if (x->start >= f.start) break;
      if (x->entity == m.entity && x->start >= s && !CitedInSentence(s, *x) &&
          !ReportsInSentence(s, *x)) {
        return true;
      }
    }
    return false;
  }
  bool StatisticsBodyDeMemo(const EntityMention& m) {
    for (const auto& [mention, yes] : statistics_body_) {
      if (mention == &m) return yes;
    }
    const bool yes = StatisticsBodyDe(text_, m);
    statistics_body_.emplace_back(&m, yes);
    return yes;
  }

  // Spanish: a common-noun group opening at `pos` (after spaces and quotes; [pos, hi)): a
  // definite article, a lower-case noun that is no measure, time span or reference, and an
  // agreeing adjective ("las mujeres", "el disco compacto"); a measure with its object
  // names the object ("las ventas de casetes" -> casete). A lower-case word (the verb)
  // follows, or ", que" when `antecedent`. `cues` holds the cue words of the sentence.
  // Returns the group as a mention kept in groups_ (type kGroup, entity its singular,
  // surface as written); nullptr when none.
  const EntityMention* GroupAt(size_t pos, size_t hi, bool antecedent,
                               const MetricClassifier& cues);
  // Spanish: the common-noun group a percentage or count `f` of the sentence [s, e) is
  // about, when no name or reference before it is: the antecedent of its relative clause
  // ("las ventas de sencillos, que absorbieron el 4 %"), the subject opening its clause or
  // the sentence, after one leading phrase with a comma ("En cambio, las mujeres tienen un
  // 24 %"), or, for a sentence opening with "Su(s)", the group opening the sentence before
  // ("El disco compacto crece. Su cuota pasó del 70 %"). nullptr when none.
  const EntityMention* GroupOf(const Figure& f, size_t s, size_t cs, bool relative);
  // German: a plural institution noun right before the figure at `fs` in parentheses ("den
  // Genossenschaftsbanken (2 Millionen Euro)"; a definite article before it, the figure first
  // inside), kept in groups_ as an organisation named by the word; nullptr when none. Sentence from
  // s.
  const EntityMention* PluralInstitutionDe(size_t s, size_t fs);
  // German: the mention right after count `f`'s number, glued by a hyphen to a noun of
  // members ("17 Kral-Staaten", "40 Norland-Länder", "12 Kralbund-Mitglieder"): the body or
  // country they belong to. nullptr when none.
  const EntityMention* MembersNamedDe(const Figure& f) const;
  std::deque<EntityMention> groups_;  // groups found; stable addresses for Pick
  // Cue words of the sentence before, for "Su(s)"; of the text between two sentences or of
  // the sentence before, for EarlierRate, RateNamedBefore and ListItemOfChange (each scans
  // what it reads right before use).
  MetricClassifier prev_cues_;
  // The last figure of each kind (FigureKind index) of the sentences attributed so far, and
  // whether its metric came from the sentences before it (EarlierMetric, EarlierRate);
  // updated by Run after each sentence.
  std::array<const Figure*, 4> last_of_kind_{};
  // Where a figure's metric label comes from: its own sentence; a figure of the sentences
  // before (EarlierMetric, EarlierRate, a list item continuing across a semicolon: borrowed_
  // points at it); a cue of the sentence before with no figure (RateNamedBefore).
  enum class LabelFrom : uint8_t { kOwnSentence, kEarlierFigure, kNamedBefore };
  std::array<LabelFrom, 4> last_from_earlier_{};  // from_earlier_'s values
  // Per figure of the sentence, its LabelFrom. A label from before is not lent on: EarlierMetric
  // and EarlierRate borrow no kEarlierFigure label (no chains), and a kNamedBefore label only
  // when the later sentence names a rate noun (EarlierRate).
  std::vector<LabelFrom> from_earlier_;
  // Per figure of the sentence AttributeSentence works on, the entity a "respectively" list
  // gives it (nullptr: none); a member so that its buffer is reused across sentences.
  std::vector<const EntityMention*> list_entity_;
  std::vector<const Figure*> borrowed_;  // per figure of Run's span: see BorrowedFrom
  // The metric a money amount or count `f` with none of its own (figs[fi] of the sentence
  // starting at `s`) takes from the sentences before: that of the last figure of its kind
  // before `s` when that one ends at most 240 bytes before `f` with no line break between
  // ("Am Morgen zählte das Lager 2.400 Menschen. Am Abend waren es 1.900."; "Profit rose to
  // $40m. Analysts expected $38m."), named there by a cue (not taken from further back
  // itself), with a value within a factor of 1,000 of `f`'s (money: 10,000, a conversion may
  // come between); a count only when it names no noun of its own or the same one; never
  // when a noun right after `f` names what it counts (OwnNounAfter); and only when every
  // figure of that kind before `f` in its sentence took the same. "" otherwise.
  std::string_view EarlierMetric(const std::vector<Figure*>& figs, size_t fi, size_t s) const;
  // True when figs[fi] is an item of a list of figures that a change governs: the figure
  // before it, of the same kind, is growth and only a list item boundary without a cue word
  // of its own separates the two (scan::FigureListGap: "creció un 3 % en A, un 5 % en B",
  // "subieron: en A un 27 %, en B 15 %", "stieg in A um 3 %, in B um 5 %"). The change cue
  // stated once for the list governs its items: a bare figure there is a change, not a
  // share. The first figure of a sentence continues the list of the figure before it when
  // only a semicolon ended that sentence ("en A, un 4 %; en B, un 6 %"); a cue word between
  // `prev` and the semicolon ends the list too. Not a percentage with its whole after it
  // ("Shares fell 5% and 12% of staff will go": MetricClassifier::WholeAfter; an adverbial
  // "de" phrase is no whole: "un 6 % de forma interanual" stays an item).
  // REQUIRES: Scan() of figs' sentence, which starts at `s`; the figures before fi
  // attributed. Scans the text before `s` with prev_cues_.
  [[nodiscard]] bool ListItemOfChange(const std::vector<Figure*>& figs, size_t fi, size_t s);
  // The place that opens figs[fi]'s own item in a sentence listing items with their figures
  // ("A recortó un 7 % su gasto y en B el recorte llegó al 11 %", "A baute 6 Prozent mehr
  // Wohnungen, in B stieg die Zahl um 9 Prozent"): a place right after a list separator that
  // follows the figure before ("," ";" "y" "und" "and", then "en" / "in" / "im" and an
  // article or not), with no separator, joiner ("y", "e", "und", "and", "sowie", "oder") or
  // other name between it and the figure (at most 60 bytes), and not the second of a list of
  // names ("während A und B je 19 Prozent erreichten"); nullptr otherwise.
  // REQUIRES: ms_ hold the sentence's mentions.
  [[nodiscard]] const EntityMention* ListItemPlaceBefore(const std::vector<Figure*>& figs,
                                                         size_t fi) const;
  // The place that closes figs[fi]'s own item in a list of figures each followed by its place
  // ("creció un 3 % en A, un 5 % en B y un 2 % en C", "sales rose 4% in A and 7% in B"): the
  // place right after the figure behind "en" / "in" / "im" (an article may come between: "el",
  // "la", "los", "las", "der", "den", "the"),
  // before the next figure, when a neighbour joined to figs[fi] by a list item boundary
  // (scan::FigureListGap) is followed by a place the same way; nullptr otherwise.
  // REQUIRES: ms_ hold the sentence's mentions.
  [[nodiscard]] const EntityMention* ListItemPlaceAfter(const std::vector<Figure*>& figs,
                                                        size_t fi) const;
  // True when no other paragraph begins between figure `prev` and position `start` (after
  // it): no line break between, or one that ends a paragraph holding `prev`'s sentence alone
  // (text that breaks after every sentence).
  [[nodiscard]] bool SameParagraph(const Figure& prev, size_t start) const;
  // The rate label a percentage `f` whose `share` names no measure of its own (figs[fi] of the
  // sentence starting at `s`; MetricClassifier::BareShare: a bare percentage, or one after a
  // noun referring back, "die Quote", "la tasa") takes from the last percentage before it, in
  // its sentence or the sentences before ("Die Arbeitslosenquote lag im März bei 7,1 Prozent.
  // Im April sank die Quote auf 6,9 Prozent"; "Unemployment stood at 8%. The young fare
  // worse, with 19% out of work"; "die höchste Arbeitslosenquote hatte X mit 23,6 Prozent,
  // die niedrigste Quote Y mit 4,2 Prozent"): when that one's label is a rate or a market's or
  // vote's share (metrics::IsRateLabel), it ends at most 240 bytes before `f` in the same
  // paragraph, its value is within a factor of 20 of `f`'s, and no cue word between them names
  // another measure (MetricClassifier::NamesNoMeasure; prev_cues_ scans the text between
  // sentences). From an earlier sentence only a label named there (no chains; *borrowed =
  // kEarlierFigure), and not when `f` opens its sentence ("35 Prozent sagen, …": a share of people)
  // or a price noun the cues do not know comes before it ("The fee was 0.75%": NamesPercentPrice);
  // in `f`'s sentence also a borrowed one, a list going on ("Y kam auf 21 Prozent, Z auf 9
  // Prozent"; *borrowed = that figure's from_earlier_). "" otherwise.
  [[nodiscard]] std::string_view EarlierRate(const std::vector<Figure*>& figs, size_t fi, size_t s,
                                             LabelFrom* borrowed);
  // The rate a percentage `f` whose `share` names no measure of its own (figs[fi] of the
  // sentence starting at `s`, none before it in its sentence) takes from the sentence before
  // when that one names a rate without a percentage after it and `f`'s sentence refers back
  // to it by a rate noun, or a pronoun next to the verb right before `f` (RefersToRate: "Die
  // Arbeitslosenrate ging im Mai etwas zurück. Laut dem Amt lag die Rate bei 7,3 Prozent"; "The
  // bank is expected to lift interest rates again. Analysts see them at 3.75%."; a vote share
  // also by a verb of scoring right before `f`, NamesResultVerb: "Die Liste kam auf 3,4
  // Prozent"): the last cue word there naming
  // something for a percentage names a rate (metrics::IsRateLabel), ends at most 240 bytes
  // before `f` with no line break between, and no cue after it names another measure
  // (MetricClassifier::NamesNoMeasure). "" otherwise. Its label counts as borrowed
  // (LabelFrom::kNamedBefore): a later sentence chains from it only by a rate noun.
  [[nodiscard]] std::string_view RateNamedBefore(const std::vector<Figure*>& figs, size_t fi,
                                                 size_t s);
};

const EntityMention* Attributor::ListItemPlaceBefore(const std::vector<Figure*>& figs,
                                                     size_t fi) const {
  if (fi == 0) return nullptr;
  const Figure& f = *figs[fi];
  // Items of one list measure one kind: a figure of f's kind comes before it in the sentence
  // ("…, in Ostland kündigte der Minister 300 Stellen an" after a percentage is no item).
  bool same_kind = false;
  for (size_t k = 0; k < fi && !same_kind; ++k) same_kind = figs[k]->kind == f.kind;
  if (!same_kind) return nullptr;
  const size_t prev_end = figs[fi - 1]->end;
  const EntityMention* last = nullptr;  // the last name between the two figures
  for (auto it = std::lower_bound(ms_.begin(), ms_.end(), prev_end,
                                  [](const EntityMention*m, size_t pos) { return m->start < pos; });
       it != ms_.end() && (*it)->end <= f.start; ++it) {
    last = *it;
  }
  if (last == nullptr || last->type != EntityType::kPlace || f.start - last->end > 60) {
    return nullptr;
  }
  const std::string_view after = text_.substr(last->end, f.start - last->end);
  if (after.find_first_of(",;:()") != std::string_view::npos) return nullptr;
  for (std::string_view j : {" y ", " e ", " und ", " and ", " sowie ", " oder "}) {
    if (after.find(j) != std::string_view::npos) return nullptr;
  }
  // What opens the item: a separator, then maybe "en" / "in" / "im" and an article.
  std::string_view before = text_.substr(prev_end, last->start - prev_end);
  for (std::string_view a : {"el ", "la ", "los ", "las ", "der ", "den ", "dem ", "the "}) {
    if (before.ends_with(a)) {
      before.remove_suffix(a.size());
      break;
    }
  }
  for (std::string_view p : {"en ", "in ", "im "}) {
    if (before.ends_with(p)) {
      before.remove_suffix(p.size());
      break;
    }
  }
  for (std::string_view sep : {", ", "; ", ", y ", ", und ", ", and ", " y ", " und ", " and "}) {
    if (!before.ends_with(sep)) continue;
    // Not the second of a list of names ("während A und B je 19 Prozent erreichten"): a
    // name right before the separator.
    const size_t sep_at = prev_end + before.size() - sep.size();
    for (const EntityMention* m : ms_) {
      if (m->end == sep_at) return nullptr;
    }
    return last;
  }
  return nullptr;
}

const EntityMention* Attributor::ListItemPlaceAfter(const std::vector<Figure*>& figs,
                                                    size_t fi) const {
  // The place right after figure g, before `limit`: "<g> en (el|la) <place>", "<g> in (the)
  // <place>", "<g> im <place>".
  auto place_after = [&](const Figure& g, size_t limit) -> const EntityMention* {
    auto it = std::lower_bound(ms_.begin(), ms_.end(), g.end,
                               [](const EntityMention* m, size_t pos) { return m->start < pos; });
    for (; it != ms_.end(); ++it) {
      const EntityMention* m = *it;
      if (m->end > limit || m->start - g.end > 12) return nullptr;
      if (m->type != EntityType::kPlace) return nullptr;
      std::string_view gap = text_.substr(g.end, m->start - g.end);
      for (std::string_view p : {" en el ", " en la ", " en los ", " en las ", " en ", " in the ",
                                 " in der ", " in den ", " in ", " im "}) {
        if (gap == p) return m;
      }
      return nullptr;
    }
    return nullptr;
  };
  const Figure& f = *figs[fi];
  const size_t next = fi + 1 < figs.size() ? figs[fi + 1]->start : e_;
  const EntityMention* own = place_after(f, next);
  if (own == nullptr) return nullptr;
  auto joined = [&](size_t a) {  // figs[a] and figs[a + 1] are items of one list
    return figs[a]->kind == figs[a + 1]->kind && figs[a]->end <= figs[a + 1]->start &&
           scan::FigureListGap(text_.substr(figs[a]->end, figs[a + 1]->start - figs[a]->end));
  };
  const bool with_prev = fi > 0 && joined(fi - 1) && place_after(*figs[fi - 1], f.start) != nullptr;
  const bool with_next =
      fi + 1 < figs.size() && joined(fi) &&
      place_after(*figs[fi + 1], fi + 2 < figs.size() ? figs[fi + 2]->start : e_) != nullptr;
  return with_prev || with_next ? own : nullptr;
}

bool Attributor::ListItemOfChange(const std::vector<Figure*>& figs, size_t fi, size_t s) {
  const Figure& f = *figs[fi];
  // The first figure of a sentence continues the list of the one before when only a
  // semicolon ends it ("en A, un 4 %; en B, un 6 %").
  const Figure* prev = fi > 0 ? figs[fi - 1] : last_of_kind_[static_cast<size_t>(f.kind)];
  if (prev == nullptr || prev->kind != f.kind || prev->metric != metrics::kGrowth ||
      prev->end > f.start) {
    return false;
  }
  const std::string_view gap = text_.substr(prev->end, f.start - prev->end);
  if (fi == 0 && gap.find(';') == std::string_view::npos) return false;
  if (!scan::FigureListGap(gap)) return false;
  // "Shares fell 5% and 12% of staff will go": a share of its whole, no item.
  if (cues_.WholeAfter(f)) return false;
  if (prev->end < s) {
    // The sentence before, from `prev` on: cues_ holds this sentence's words only.
    prev_cues_.Scan(text_, prev->end, s);
    if (prev_cues_.CueIn(prev->end, s) != MetricClassifier::NounCue::kNone) return false;
  }
  return cues_.CueIn(std::max<size_t>(prev->end, s), f.start) == MetricClassifier::NounCue::kNone;
}

bool Attributor::Genitive(const EntityMention& m) const {
  if (scan::PossessiveLength(text_.substr(m.end)) > 0) return true;
  // "Siemens' Umsatz"
  if (m.end + 1 < text_.size() && text_[m.end] == '\'' && text_[m.end + 1] == ' ' &&
      m.surface.back() == 's') {
    return true;
  }
  if (m.surface.size() < 3 || m.surface.back() != 's') return false;
  if (EqualsLowerAscii(m.surface, AsciiLower(m.entity))) return false;
  // "AWS" is an alias itself; "Nvidias" is not.
  const GazetteerEntry* e = g_.Find(m.entity);
  if (e != nullptr) {
    for (const GazetteerAlias& a : e->aliases) {
      if (EqualsLowerAscii(m.surface, AsciiLower(a.text))) return false;
    }
  }
  return true;
}

// True when `word` names an office of a country's government or state ("Premierminister",
// "Finanzministerin", "Präsident", "Gouverneur", "Chancellor", "presidente"; by the last part
// of a German compound). ASCII case-insensitive. Such an office holder's figures are the
// country's (MinisterCountry), so a country adjective before it keeps the figure.
bool GovernmentOffice(std::string_view word) {
  return scan::EndsWithAnyLower(word, scan::kStateOffices);
}

const EntityMention* Attributor::DescribedPerson(size_t i) const {
  const EntityMention& c = *ms_[i];
  if (c.type != EntityType::kPlace || i + 1 >= ms_.size()) return nullptr;
  const EntityMention& p = *ms_[i + 1];
  if (p.type != EntityType::kPerson || p.start <= c.end || p.start - c.end > 48) return nullptr;
  std::string_view gap = text_.substr(c.end, p.start - c.end);
  const bool lower = !ner::StartsUpper(c.surface);  // "deutsche", "estadounidense"
  if (lang_ == Lang::kEs) {
    // "el presidente estadounidense X": the office before the adjective.
    size_t ws;
    return lower && gap == " " && !GovernmentOffice(WordBefore(text_, s_, c.start, &ws)) ? &p
                                                                                         : nullptr;
  }
  const bool genitive = Genitive(c);
  if (lang_ == Lang::kDe && !lower && !genitive) return nullptr;
  // English: an adjective ("Chilean"), a genitive ("Britain's") or the country's name as a
  // modifier ("Britain star"); not the country's own name alone ("US singer X").
  if (lang_ == Lang::kEn && !genitive && c.surface == c.entity) return nullptr;
  if (lang_ == Lang::kEn) gap.remove_prefix(scan::PossessiveLength(gap));
  if (gap.size() < 3 || gap.front() != ' ' || gap.back() != ' ') return nullptr;
  gap = gap.substr(1, gap.size() - 2);
  int words = 0;
  while (!gap.empty()) {
    const size_t sp = gap.find(' ');
    const std::string_view w = gap.substr(0, sp);
    if (w.empty() || ++words > 3 || IsArticle(w) || IsPreposition(w) || GovernmentOffice(w)) {
      return nullptr;
    }
    for (char ch : w) {
      if (!scan::IsAsciiAlnum(ch) && ch != '-' && static_cast<unsigned char>(ch) < 0x80) {
        return nullptr;
      }
    }
    gap = sp == std::string_view::npos ? std::string_view() : gap.substr(sp + 1);
  }
  return &p;
}

const EntityMention* Attributor::CountryOfText(size_t pos) const {
  const EntityMention* best = nullptr;
  int best_count = 0;
  const size_t n = std::min<size_t>(mentions_.size(), 200);
  for (size_t i = 0; i < n && mentions_[i].start < pos; ++i) {
    const EntityMention& c = mentions_[i];
    if (c.type != EntityType::kPlace || IsDatelinePlace(text_, c)) continue;
    bool seen = false;
    for (size_t k = 0; k < i && !seen; ++k) seen = mentions_[k].entity == c.entity;
    if (seen) continue;
    int count = 0;
    for (size_t k = i; k < n && mentions_[k].start < pos; ++k) {
      count += mentions_[k].entity == c.entity ? 1 : 0;
    }
    if (count > best_count) {
      best = &c;
      best_count = count;
    }
  }
  return best;
}

// "candidato" and "candidata", "presidente" and "presidenta": one role in either gender
// (the word without its last letter, compared in lower case).
bool SameRoleEs(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.size() < 5) return false;
  for (size_t i = 0; i + 1 < a.size(); ++i) {
    if (scan::LowerAscii(a[i]) != scan::LowerAscii(b[i])) return false;
  }
  return true;
}

const EntityMention* Attributor::RoleIntroducedPerson(const Ref& ref) const {
  const std::string_view noun = text_.substr(ref.pos, ref.noun_end - ref.pos);
  for (const EntityMention& m : mentions_) {
    if (m.end > ref.pos) break;
    if (m.type != EntityType::kPerson) continue;
    size_t at = m.start;
    for (int k = 0; k < 3; ++k) {
      size_t ws = 0;
      const std::string_view w = WordBefore(text_, 0, at, &ws);
      if (w.empty() || text_.substr(ws + w.size(), at - ws - w.size()).find_first_of(",;:()\".") !=
                           std::string_view::npos) {
        break;
      }
      if (SameRoleEs(w, noun)) return &m;
      at = ws;
    }
  }
  return nullptr;
}

// A role held for an organisation in a text of `lang` (PersonRole without the roles held for
// oneself, lexicon::kOwn: candidates, elected members, artists: "X, candidato del partido Y,
// obtuvo 1.000 votos" is X's).
bool SpeaksForRole(std::string_view w, Lang lang) {
  static constexpr const auto& kOwnRoles =
      lexicon::kSelected<lexicon::kRoleWords, lexicon::kAllLangs, lexicon::kOwn>;
  return scan::PersonRole(w, lang) && !scan::EndsWithAnyLower(w, kOwnRoles);
}

// A metric of a person's own (pay, a stake, votes): what a role's organisation does not
// take from the person holding the role.
bool PersonalMetric(std::string_view metric) {
  return metric == metrics::kSalary || metric == metrics::kStake || metric == metrics::kVotes ||
         metric == metrics::kVoteShare;
}

// The word that joins a role to its organisation: "de"/"del", "der"/"des"/"von"/"vom", "of".
bool RoleOfWord(std::string_view w, Lang lang) {
  switch (lang) {
    case Lang::kEs:
      return EqualsLowerAscii(w, "de") || EqualsLowerAscii(w, "del");
    case Lang::kDe:
      return InListLower(w, {"der", "des", "von", "vom"});
    case Lang::kEn:
      return EqualsLowerAscii(w, "of");
    default:
      return false;
  }
}

const EntityMention* Attributor::RoleOrg(const EntityMention& person) const {
  size_t pi = ms_.size();
  for (size_t i = 0; i < ms_.size(); ++i) {
    if (ms_[i] == &person) pi = i;
  }
  if (pi == ms_.size()) return nullptr;
  // After: "X, (el) presidente (ejecutivo) de (la) Y", "X, Chef der Y", "X, Chef von der Y".
  if (pi + 1 < ms_.size() && text_.substr(person.end, 2) == ", ") {
    const EntityMention& org = *ms_[pi + 1];
    size_t pos = person.end + 2, ts, te;
    bool role = false;
    for (int k = 0; k < 5 && scan::NextToken(text_, pos, &ts, &te) && ts < org.start; ++k) {
      const std::string_view w = text_.substr(ts, te - ts);
      if (SpeaksForRole(w, lang_)) role = true;
      if (role && RoleOfWord(w, lang_)) {
        size_t next = te + 1, as = 0, ae = 0;
        // One article: "de la Y", "von der Y", "of the Y".
        if (scan::NextToken(text_, te, &as, &ae) && as == next && ae < org.start &&
            IsArticle(text_.substr(as, ae - as))) {
          next = ae + 1;
        }
        if (org.start == next && org.type == EntityType::kOrg) return &org;
        break;
      }
      if (!role && !IsArticle(w)) break;
      pos = te;
    }
  }
  // Before: "el presidente de (la) Y, X", "der Chef der Y, X", "the head of Y, X".
  if (pi > 0 && ms_[pi - 1]->end + 2 == person.start && text_.substr(ms_[pi - 1]->end, 2) == ", " &&
      ms_[pi - 1]->type == EntityType::kOrg) {
    const EntityMention& org = *ms_[pi - 1];
    size_t ws;
    std::string_view w = WordBefore(text_, s_, org.start, &ws);
    if (IsNominal(w)) w = WordBefore(text_, s_, ws, &ws);  // "de la aerolínea Y"
    if (!RoleOfWord(w, lang_) && IsArticle(w)) w = WordBefore(text_, s_, ws, &ws);
    if (RoleOfWord(w, lang_)) {
      // The role, or a role and one qualifier ("consejero delegado", "director general").
      std::string_view r = WordBefore(text_, s_, ws, &ws);
      if (SpeaksForRole(r, lang_) || SpeaksForRole(WordBefore(text_, s_, ws, &ws), lang_)) {
        return &org;
      }
    }
  }
  return nullptr;
}

const EntityMention* Attributor::RoleHolder(const EntityMention& org) const {
  for (const EntityMention* m : ms_) {
    if (m->type == EntityType::kPerson && RoleOrg(*m) == &org) return m;
  }
  return nullptr;
}

// Whether two person mentions' names name the same person: equal, or one is the other's
// last word(s) after a blank ("Y X" and "X": "Mr X" after "Finance Minister Y X").
bool SamePersonName(std::string_view a, std::string_view b) {
  auto ends_with_name = [](std::string_view full, std::string_view tail) {
    return full.size() > tail.size() + 1 && full.ends_with(tail) &&
           full[full.size() - tail.size() - 1] == ' ';
  };
  return a == b || ends_with_name(a, b) || ends_with_name(b, a);
}

const EntityMention* Attributor::LeaderOrgEn(const EntityMention& person) const {
  // The role's last word, the words that may stand before it, and the roles that name a
  // company's leader on their own (person_lexicon.h).
  static constexpr auto& kRoles = lexicon::kLeaderRolesEn;
  static constexpr auto& kModifiers = lexicon::kLeaderRoleModifiersEn;
  static constexpr auto& kLeaders = lexicon::kLeadersEn;
  auto same_person = [&](const EntityMention& m) {
    return m.type == EntityType::kPerson && SamePersonName(m.entity, person.entity);
  };
  auto org_at_end = [&](size_t i, size_t pos) -> const EntityMention* {
    // An organisation of mentions_[0, i) ending right before `pos`, maybe with "'s".
    for (size_t j = i; j-- > 0;) {
      const EntityMention& o = mentions_[j];
      if (o.end > pos) continue;
      std::string_view gap = text_.substr(o.end, pos - o.end);
      gap = gap.substr(scan::PossessiveLength(gap));
      return gap == " " && o.type == EntityType::kOrg ? &o : nullptr;
    }
    return nullptr;
  };
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const EntityMention& m = mentions_[i];
    if (!same_person(m)) continue;
    // Before: "<Org>('s) (modifiers) <role> (Given) X".
    size_t ws = 0;
    std::string_view w = WordBefore(text_, 0, m.start, &ws);
    if (ws + w.size() + 1 == m.start && ner::StartsUpper(w) && !InListLower(w, kRoles)) {
      w = WordBefore(text_, 0, ws, &ws);  // a given name the mention left out
    }
    if (ws + w.size() + 1 <= m.start && InListLower(w, kRoles) &&
        text_.substr(ws + w.size(), m.start - ws - w.size()).find_first_of(".,;:\"()") ==
            std::string_view::npos) {
      const std::string_view role = w;
      size_t role_start = ws;
      for (int k = 0; k < 2; ++k) {
        size_t vs = 0;
        const std::string_view v = WordBefore(text_, 0, role_start, &vs);
        if (vs + v.size() + 1 != role_start || !InListLower(v, kModifiers)) break;
        role_start = vs;
      }
      if (const EntityMention* o = org_at_end(i, role_start)) return o;
      // "Chief executive X said": the article's company.
      size_t bs = 0;
      const std::string_view b = WordBefore(text_, 0, role_start, &bs);
      const bool opens =
          b.empty() ||
          text_.substr(bs + b.size(), role_start - bs - b.size()).find_first_of(".\"") !=
              std::string_view::npos;
      if (opens && InListLower(role, kLeaders) && article_topic_ != nullptr &&
          article_topic_->type == EntityType::kOrg) {
        return article_topic_;
      }
    }
    // After: "X, (the) (Org's) (modifiers) <role> (of (the) Org)".
    if (text_.substr(m.end, 2) != ", ") continue;
    size_t pos = m.end + 2, ts = 0, te = 0;
    bool role = false;
    for (int k = 0; k < 6 && scan::NextToken(text_, pos, &ts, &te); ++k) {
      if (text_.substr(pos, ts - pos).find_first_of(".,;:\"()") != std::string_view::npos) break;
      const std::string_view t = text_.substr(ts, te - ts);
      if (InListLower(t, kRoles)) {
        role = true;
        if (const EntityMention* o = org_at_end(mentions_.size(), ts);
            o != nullptr && o->start > m.end) {
          return o;  // "X, Kellmoor's chief executive"
        }
      } else if (role && EqualsLowerAscii(t, "of")) {
        // The first organisation within 48 bytes ("X, the chairman of Ruritania's biggest
        // bank, Kellmoor"), in the same sentence.
        for (size_t j = i + 1; j < mentions_.size(); ++j) {
          const EntityMention& o = mentions_[j];
          if (o.start < te) continue;
          if (o.start - te > 48 ||
              text_.substr(te, o.start - te).find_first_of(".;:") != std::string_view::npos) {
            break;
          }
          if (o.type == EntityType::kOrg) return &o;
        }
        break;
      } else if (!IsArticle(t) && !InListLower(t, kModifiers) && !InListLower(t, {"its"}) &&
                 !ner::StartsUpper(t)) {
        break;
      }
      pos = te;
    }
  }
  return nullptr;
}

// English: pay a leader hands to others, not the leader's own: a pay word right before "to"
// after the figure, in its sentence [from, e) and within 100 bytes ("signed off $5m in
// pension payments to retired staff", "a $3m bonus paid to the sales team"); not when "to"
// names a person ("paid to Mr X", "to him"): that may be the leader's own.
bool PaidToOthersEn(std::string_view text, size_t from, size_t e) {
  static constexpr std::string_view kPay[] = {"payout", "payouts", "payment", "payments",
                                              "bonus",  "bonuses", "pension", "pensions",
                                              "paid",   "awarded"};
  const std::string_view w = text.substr(from, std::min(e, from + 100) - from);
  for (size_t p = w.find(" to "); p != std::string_view::npos; p = w.find(" to ", p + 1)) {
    if (w.substr(0, p).find('.') != std::string_view::npos) break;
    if (p == 0) continue;  // "$5m to two directors": no pay word before "to"
    const size_t ws = w.rfind(' ', p - 1);
    const std::string_view pay = w.substr(ws + 1, p - ws - 1);  // ws == npos: from byte 0
    const size_t ns = p + 4;
    const std::string_view next = w.substr(ns, w.find_first_of(" .,;", ns) - ns);
    if (InListLower(pay, kPay) && !next.empty() && !ner::StartsUpper(next) &&
        !InListLower(next, {"him", "her", "himself", "herself"})) {
      return true;
    }
  }
  return false;
}

// A stake's holder named as the subject of a verb of holding, buying or selling shares, or by
// a holder's noun, within the four words before the figure, in its clause ("X owns 20% of Y",
// "X, holding 6% of Y", "X aims to buy 14.5% of Y", "X hält 20 Prozent an Y", "X posee el 20 %
// de Y", "X vende su 5 % en Y", "X hat versucht, einen Anteil von 25 Prozent an Y zu
// verkaufen"): the name after the figure is the company whose shares are held, not whose stake
// the figure is. `lo` bounds the look back (the sentence start).
bool StakeVerbBefore(std::string_view text, size_t lo, size_t fs) {
  static constexpr std::string_view kVerbs[] = {
      "own", "owns", "owned", "owning", "hold", "holds", "held", "holding", "buy", "buys", "bought",
      "buying", "acquire", "acquires", "acquired", "acquiring", "sell", "sells", "sold", "selling",
      "control", "controls", "controlled", "hält", "halten", "hielt", "hielten", "besitzt",
      "besitzen", "kauft", "kaufen", "kaufte", "erwirbt", "erwerben", "erwarb", "verkauft",
      "verkaufen", "verkaufte", "übernimmt", "übernehmen", "übernahm", "posee", "poseen", "poseía",
      "controla", "controlan", "adquiere", "adquirir", "adquirió", "compra", "comprar", "compró",
      "vende", "vender", "vendió", "mantiene",
      // The holder's own nouns: "einen Anteil von 25 Prozent an Y", "una participación del 20 %
      // en Y", "a holding of 5% in Y".
      "anteil", "anteile", "aktienanteil", "beteiligung", "participación", "shareholding"};
  size_t b = std::max(lo, fs > 60 ? fs - 60 : size_t{0});
  const size_t stop = text.substr(b, fs - b).find_last_of(",;:()\"");
  if (stop != std::string_view::npos) b += stop + 1;
  // The four word tokens before the figure (WordBefore: punctuation and a lone dash between
  // words are no words), read back to front.
  std::string_view next;  // the word after `w` (the one read before it)
  size_t pos = fs;
  for (int k = 0; k < 4; ++k) {
    size_t ws = 0;
    const std::string_view w = WordBefore(text, b, pos, &ws);
    if (w.empty()) break;
    if (InListLower(w, kVerbs)) {
      // "compra" and "control" are nouns too: after an article or a possessive, or before
      // "de" / "del" / "of" ("la compra del 20 % de Y", "the control of 51% of Y").
      if (!InListLower(w, {"compra", "control"})) return true;
      size_t ps = 0;
      const std::string_view prev = WordBefore(text, b, ws, &ps);
      const bool noun = IsArticle(prev) ||
                        InListLower(prev, {"a", "una", "un", "su", "sus", "its", "their"}) ||
                        InListLower(next, {"de", "del", "of"});
      if (!noun) return true;
    }
    next = w;
    pos = ws;
  }
  return false;
}

// A verb of fulfilling or achieving (any case): "cumplir" / "alcanzar", "erfüllen" /
// "erreichen", "achieve" / "meet", in any form ("ha cumplido", "habiéndose cumplido",
// "erfüllt", "met").
bool FulfilmentVerb(std::string_view w) {
  // Every stem and word starts with c, a, e or m: one test rejects most words.
  if (w.empty()) return false;
  if (const char c = scan::LowerAscii(w[0]); c != 'c' && c != 'a' && c != 'e' && c != 'm') {
    return false;
  }
  static constexpr std::string_view kStems[] = {"cumpl", "alcanz", "erfüll", "erreich", "achiev"};
  for (std::string_view st : kStems) {
    if (w.size() >= st.size() && EqualsLowerAscii(w.substr(0, st.size()), st)) return true;
  }
  return InListLower(w, {"met", "meet", "meets", "meeting"});
}

// Whether figure `f` of sentence text[s, e) is one a body cited as a source publishes about
// others rather than reports of itself: a count of people or cases, an unemployment or
// inflation rate, or another proportion (share) with no possessive before it in its sentence
// nor in the three words after it ("seine Quote", "80% of its sales", "su cuota", "90% of the
// airline's staff" name the body's own), nor with a verb of fulfilling or achieving there
// (FulfilmentVerb: "de ellos ya se ha cumplido un 35 %", "met 80% of its targets": the body's own
// result). Not money, staff, members, users, sites, growth (of
// what is not said), a count no cue names, nor visitors, votes or a vote share (an airline's
// passengers, a party's or a court's votes are their own).
bool SourceFigure(std::string_view text, size_t s, size_t e, const Figure& f) {
  if (InList(f.metric, {metrics::kPopulation, metrics::kCases, metrics::kUnemploymentRate,
                        metrics::kInflationRate})) {
    return true;
  }
  if (f.metric != metrics::kShare || s > f.start || e > text.size() || f.end > e) return false;
  // Before the figure in its sentence, and in the three words after it ("80% of its sales").
  size_t after = f.end, ts = 0, te = 0;
  for (int k = 0; k < 3 && scan::NextToken(text, after, &ts, &te) && te <= e; ++k) after = te;
  auto own = [&](std::string_view span) {
    return scan::AnyWordOf(span, IsPossessiveDeterminer) ||
           span.find("'s ") != std::string_view::npos;
  };
  // Before the figure: one walk of its words for both tests.
  const std::string_view before = text.substr(s, f.start - s);
  return !scan::AnyWordOf(
             before,
             [](std::string_view w) { return IsPossessiveDeterminer(w) || FulfilmentVerb(w); }) &&
         before.find("'s ") == std::string_view::npos &&
         !own(text.substr(f.end, after - f.end + 3)) &&
         !scan::AnyWordOf(text.substr(f.end, after - f.end), FulfilmentVerb);
}

// English: a body whose figures measure an economy, not itself: national statistics offices
// ("Office for National Statistics", "Federal Statistics Office", "National Statistics
// Institute", and those English texts name by their own short names: France's INSEE,
// Italy's Istat), census bureaus and the labour and commerce departments that publish jobs,
// sales and trade data.
bool StatisticsBodyEn(std::string_view name) {
  static constexpr std::string_view kParts[] = {"Statistic",           "Census",
                                                "Labor Department",    "Labour Department",
                                                "Department of Labor", "Department of Labour",
                                                "Commerce Department", "Department of Commerce",
                                                "Labour Agency",       "Labor Agency"};
  return std::any_of(
             std::begin(kParts), std::end(kParts),
             [name](std::string_view p) { return name.find(p) != std::string_view::npos; }) ||
         InList(name, {"INSEE", "Insee", "Istat", "ISTAT"});
}

// English: a trade or industry body by its name, one that speaks for a market and publishes
// its figures: an association, consortium, federation or confederation ("Kralland Timber
// Merchants' Federation"), or a council, institute, society or chamber "of" / "for" something
// ("Council of Pellam Shippers", "Chamber of Commerce"); not a "Building Society" (a lender),
// a union of states, a "Security Council", an institute of technology or a university.
bool TradeBodyEn(std::string_view name) {
  static constexpr std::string_view kNot[] = {"University", "College", "Technology"};
  size_t pos = 0, ts = 0, te = 0;
  std::string_view prev;
  bool yes = false;
  while (scan::NextToken(name, pos, &ts, &te)) {
    const std::string_view w = name.substr(ts, te - ts);
    if (InList(w, kNot)) return false;
    if (InList(w, ner::kTradeBodyHeadsEn) ||
        ((w == "of" || w == "for") && InList(prev, ner::kTradeBodyOfHeadsEn))) {
      yes = true;
    }
    prev = w;
    pos = te;
  }
  return yes;
}

// English: a trade body's name (TradeBodyEn) names the market it speaks for: its traders or
// their goods ("Kralland Timber Merchants' Federation", "Pellam Shippers' Council", "Chamber of
// Commerce", "Institute for Supply Management"), not a club or a cause ("Kralland Chess
// Association").
bool MarketBodyNameEn(std::string_view name) {
  static constexpr std::string_view kWords[] = {
      "Lenders",    "Bankers",     "Banks",     "Banking",    "Retail",        "Retailers",
      "Traders",    "Trade",       "Commerce",  "Merchants",  "Manufacturers", "Industry",
      "Industries", "Employers",   "Business",  "Builders",   "Homebuilders",  "Realtors",
      "Estate",     "Dealers",     "Exporters", "Importers",  "Producers",     "Insurers",
      "Insurance",  "Mortgage",    "Supply",    "Purchasing", "Shippers",      "Shipping",
      "Housing",    "Property",    "Brokers",   "Investors",  "Motor",         "Automobile",
      "Consumer",   "Electronics", "Mobile",    "Data",       "Software",      "Telecommunications",
      "Energy",     "Oil",         "Steel",     "Farmers",    "Travel",        "Tourism",
      "Hotel",      "Freight",     "Food",      "Recording",  "Music",         "Film"};
  return scan::AnyWordOf(name, [](std::string_view w) { return InList(w, kWords); });
}

// English: a publisher of data by its name: a trade body (TradeBodyEn), a statistics office
// (StatisticsBodyEn), a public body ("… Commission", "… Office", "… Agency", "… Bureau",
// "… Authority", "… Department", "… Ministry", "… Reserve", "Office of the … Minister") or a
// firm named for data or
// research ("Kelmont Data", "Pellam Analytics", "Brelco Research"); an acronym by the name
// the text defines it with ("the Kralland Rail Office (KRO)"). Not a company by its trade
// ("Tarvel Bakeries").
bool DataBodyNameEn(std::string_view text, std::string_view name) {
  static constexpr std::string_view kWords[] = {
      "Data",   "Analytics", "Research",   "Statistics", "Commission", "Office",    "Agency",
      "Bureau", "Authority", "Department", "Ministry",   "Reserve",    "Regulator", "Minister"};
  const auto by_name = [](std::string_view n) {
    return TradeBodyEn(n) || StatisticsBodyEn(n) ||
           scan::AnyWordOf(n, [](std::string_view w) { return InList(w, kWords); });
  };
  if (by_name(name)) return true;
  const std::string_view defined = AcronymDefinition(text, name);
  return !defined.empty() && by_name(defined);
}

// English: whether the word starting at text[at] (after one space) is a verb by which figures
// or data say something ("show", "showed", "suggest", "indicated", "pointed").
bool DataVerbAt(std::string_view text, size_t at) {
  static constexpr std::string_view kVerbs[] = {
      "show",     "shows",     "showed",    "shown",    "suggest",  "suggests", "suggested",
      "indicate", "indicates", "indicated", "point",    "points",   "pointed",  "revealed",
      "reveal",   "reveals",   "published", "released", "confirmed"};
  size_t ts = 0, te = 0;
  return at < text.size() && text[at] == ' ' && scan::NextToken(text, at, &ts, &te) &&
         ts == at + 1 && InList(text.substr(ts, te - ts), kVerbs);
}

// English: the mention `m` names a publisher of data by its name (DataBodyNameEn) and is named
// as the publisher of figures or data that say something (DataVerbAt): "figures from (the) X
// showed", "data released by X suggest", "statistics compiled by X show" (the noun at most
// two words before "from" / "by"), "X figures showed", "X's data suggest", "X' figures
// show", "according to (the) X figures" (no verb needed) — like a speaker, a source of the
// figures, not what they measure. Not a company's own "data centre" or its "figures" of
// sales. REQUIRES: m's offsets lie within `text`.
bool DataSourceEn(std::string_view text, const EntityMention& m) {
  static constexpr std::string_view kNouns[] = {"figures", "data", "statistics", "numbers"};
  // After the name: an optional possessive, then the noun and a verb.
  size_t at = m.end;
  if (text.substr(at).starts_with("'s ")) {
    at += 2;
  } else if (text.substr(at).starts_with("' ")) {
    at += 1;
  }
  size_t ts = 0, te = 0;
  if (at < text.size() && text[at] == ' ' && scan::NextToken(text, at, &ts, &te) && ts == at + 1 &&
      InList(text.substr(ts, te - ts), kNouns)) {
    if (!DataVerbAt(text, te)) {
      // "according to (the) X figures": the phrase names the publisher without a verb.
      const size_t lo = m.start > 40 ? m.start - 40 : 0;
      size_t ws = 0;
      std::string_view w = WordBefore(text, lo, m.start, &ws);
      if (EqualsLowerAscii(w, "the")) w = WordBefore(text, lo, ws, &ws);
      if (w != "to" || !EqualsLowerAscii(WordBefore(text, lo, ws, &ws), "according")) return false;
    }
    return DataBodyNameEn(text, m.entity);
  }
  // Before it: "from" / "by" (an article may come between), the noun within two words before;
  // a verb after the name.
  if (!DataVerbAt(text, m.end)) return false;
  const size_t lo = m.start > 80 ? m.start - 80 : 0;
  size_t ws = 0;
  std::string_view w = WordBefore(text, lo, m.start, &ws);
  if (EqualsLowerAscii(w, "the")) w = WordBefore(text, lo, ws, &ws);
  if (w != "from" && w != "by") return false;
  for (int k = 0; k < 3; ++k) {
    const size_t end = ws;
    w = WordBefore(text, lo, end, &ws);
    if (w.empty() || text.substr(ws + w.size(), end - ws - w.size()).find_first_not_of(' ') !=
                         std::string_view::npos) {
      return false;
    }
    if (InListLower(w, kNouns)) return DataBodyNameEn(text, m.entity);
  }
  return false;
}

// English: figure `f` measures what an organisation has or does itself, never its market's:
// pay, a stake, a tax or fine, a dividend, profits or losses, revenue, a budget, a deal or a
// vote. The cheap first test of the trade body rule, before ReportingBodyEn.
bool OwnMetricEn(const Figure& f) {
  return InList(f.metric, {metrics::kSalary, metrics::kStake, metrics::kTax, metrics::kDividend,
                           metrics::kProfit, metrics::kLoss, metrics::kBudget, metrics::kDealValue,
                           metrics::kRevenue, metrics::kVotes, metrics::kVoteShare});
}

// English: money figure `f` sizes a whole trade: the amount right before "industry",
// "sector" or "market" ("a $6.5bn industry", "a £70m sector"; not "market value", "market
// capitalisation", "market share": a company's). No organisation's own metric, whatever its
// cue word ("Profit in card games, a $6.5bn industry").
// REQUIRES: f.end <= text.size().
bool TradeSizeEn(std::string_view text, const Figure& f) {
  if (f.kind != FigureKind::kMoney) return false;
  std::string_view after = text.substr(f.end, 40);
  if (!after.starts_with(' ')) return false;
  after.remove_prefix(1);
  size_t w = 0;
  while (w < after.size() && after[w] >= 'a' && after[w] <= 'z') ++w;
  const std::string_view noun = after.substr(0, w);
  if (noun == "industry" || noun == "sector") return true;
  if (noun != "market") return false;
  static constexpr std::string_view kOwn[] = {"value", "values", "capitalisation", "capitalization",
                                              "cap",   "share",  "shares"};
  size_t n = w;
  while (n < after.size() && after[n] == ' ') ++n;
  size_t ne = n;
  while (ne < after.size() && after[ne] >= 'a' && after[ne] <= 'z') ++ne;
  return n == w || !InList(after.substr(n, ne - n), kOwn);
}

// English: whether figure `f` of the sentence starting at `s` is one a trade body or a
// publisher of data reports about its market (ReportingBodyEn), not its own: not of an own
// metric (OwnMetricEn), and no possessive determiner or continuing pronoun stands before it
// in its sentence text[s, e) ("the federation said its members", "said it was seeking $5m")
// nor "of its" / "of their" right after it. Nor a sentence about the world's economy or
// market (the word "global" or "world", any case; not "worldwide" or "Worldpay"), which is
// no country's.
bool MarketFigureEn(std::string_view text, size_t s, size_t e, const Figure& f) {
  if (OwnMetricEn(f) || s > f.start || f.end > e || e > text.size()) return false;
  const std::string_view sentence = text.substr(s, e - s);
  if (scan::AnyWordOf(sentence, [](std::string_view w) {
        return EqualsLowerAscii(w, "global") || EqualsLowerAscii(w, "world");
      })) {
    return false;
  }
  if (scan::AnyWordOf(text.substr(s, f.start - s), [](std::string_view w) {
        return IsPossessiveDeterminer(w) || IsContinuingPronoun(w);
      })) {
    return false;
  }
  const std::string_view after = text.substr(f.end, 12);
  return !after.starts_with(" of its ") && !after.starts_with(" of their ");
}

// English: figure `f` counts things or people at large — a count with no metric of an
// owner's result (no staff, users, units sold, sites …) or a count of people affected
// (metric population): "about 650 visitors came", "70 million clips are uploaded every
// week", "growers from 23 regions". Not a company's shares or stake ("each saver was handed
// 40 shares"), nor its creditors, directors, flights or stores.
// Nor a bare number, whose noun stands elsewhere ("savers split the pot, 2,700 of them
// getting extra"), nor a count a name right after it owns ("the 12 member states of the
// Norland Pact").
// REQUIRES: f.end <= text.size().
bool CountAtLargeEn(std::string_view text, const Figure& f) {
  if (f.kind != FigureKind::kCount || f.unit.empty() ||
      (!f.metric.empty() && f.metric != metrics::kPopulation)) {
    return false;
  }
  const std::string_view surface = f.surface;
  const size_t w = scan::WordOrHighRunStartScalar(surface, 0, surface.size());
  // A company's shares, or people and operations only an owner has ("five creditors", "the
  // 80 former directors", "some 430 of its departures were scrapped").
  static constexpr std::string_view kOwned[] = {
      "shares",    "share",      "stake",    "stakes",    "creditors",
      "directors", "executives", "managers", "investors", "shareholders",
      "flights",   "branches",   "stores",   "factories", "plants"};
  static const scan::LowerWordSet kOwnedSet(kOwned);
  if (w < surface.size() && scan::AnyWordIn(surface.substr(w), kOwnedSet)) return false;
  std::string_view after = text.substr(f.end, 10);
  if (!after.starts_with(" of ")) return true;
  after.remove_prefix(4);
  if (after.starts_with("the ")) after.remove_prefix(4);
  return after.empty() || after[0] < 'A' || after[0] > 'Z';
}

// English: a word naming a survey, a poll or a study (SurveyNoun), or one more of polling or
// of the people one asked ("surveyed", "polled", "questioned", "interviewed", "respondents",
// "researchers"). Any case.
bool PollWordEn(std::string_view w) {
  static constexpr std::string_view kMore[] = {"surveyed",    "polls",       "polled",
                                               "pollster",    "researchers", "questioned",
                                               "interviewed", "respondents"};
  static const scan::LowerWordSet kSet(kMore);
  return SurveyNoun(w) || kSet.Contains(w);
}

// English: the words right after the proportion ending at text[fe] read as a poll's answer —
// "of" and the group it is a share of, a lower-case word or a number after an optional
// "the" / "those" / "these" / "all" ("of firms", "of those asked", "of the 2,000 adults"), or
// a verb the polled answer with ("said", "believe", "plan", "were") — after a closing bracket
// or a dash at most ("Most (58%) answered", "nearly half - 47% - of cyclists"). Not a group
// named by a capital ("of Britons", "of the Kralco shares") nor an owner's ("of its staff").
// REQUIRES: fe <= e <= text.size().
bool PollAnswerAfterEn(std::string_view text, size_t fe, size_t e) {
  static constexpr std::string_view kVerbs[] = {
      "said",   "say",      "says",    "believe",  "believed", "think",   "thought", "want",
      "wanted", "plan",     "planned", "expect",   "expected", "agreed",  "agree",   "feel",
      "felt",   "were",     "are",     "admitted", "reported", "claimed", "prefer",  "preferred",
      "intend", "intended", "would",   "had",      "have",     "own",     "use",     "used"};
  size_t ts = 0, te = 0;
  if (!scan::NextToken(text, fe, &ts, &te) || te > e ||
      text.substr(fe, ts - fe).find_first_not_of(" )-") != std::string_view::npos) {
    return false;
  }
  std::string_view w = text.substr(ts, te - ts);
  if (w != "of") return InList(w, kVerbs);
  if (!scan::NextToken(text, te, &ts, &te) || te > e) return false;
  w = text.substr(ts, te - ts);
  if (InList(w, {"the", "those", "these", "all"})) {
    if (!scan::NextToken(text, te, &ts, &te) || te > e) return false;
    w = text.substr(ts, te - ts);
  }
  return ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= '0' && w[0] <= '9')) &&
         !IsPossessiveDeterminer(w);
}

// English: proportion `f` of the sentence text[s, e) is a poll's result — a share (metric
// share) read as a poll's answer (PollAnswerAfterEn), with no owner near it (SourceFigure's
// possessive and fulfilment tests), in a sentence that names a survey, a poll or a study or
// the people one asked (PollWordEn), or within 400 bytes after one that does ("A study of
// 900 shops found that 28% of owners …", "Of those, 61% said …"): what the polled answered
// belongs to nobody — not to the pollster, nor to a company the text is about. Not a share
// a verb of holding, shipping, selling or winning gives its subject within the three words
// before it ("research showed Kralnet had 41% of users", "Kralnet shipped 31% of all phones
// sold, research firm Ostel said"); nor, when the survey is named only in the sentences
// before, a share after a named speaker of its own sentence ("Meanwhile, Varnex said 30% of
// customers renewed": the company's own figure).
bool PollResultEn(std::string_view text, size_t s, size_t e, const Figure& f) {
  if (f.kind != FigureKind::kPercent || f.metric != metrics::kShare || s > f.start || f.end > e ||
      e > text.size() || !PollAnswerAfterEn(text, f.end, e) || !SourceFigure(text, s, e, f)) {
    return false;
  }
  size_t ws = f.start;
  for (int k = 0; k < 3; ++k) {
    const std::string_view w = WordBefore(text, s, ws, &ws);
    if (w.empty()) break;
    if (InList(w, {"had",      "has",     "have",  "having", "hold",  "holds",    "held",
                   "holding",  "took",    "takes", "won",    "wins",  "commands", "controls",
                   "captured", "shipped", "ships", "sold",   "sells", "grabbed",  "accounted"})) {
      return false;
    }
  }
  // One SSE2 pass for byte strings every PollWordEn word holds; the word walk only then.
  static constexpr std::string_view kGate[] = {"survey",   "poll",      "stud",      "research",
                                               "question", "interview", "respondent"};
  const size_t lo = s > 400 ? s - 400 : 0;
  const std::string_view span = text.substr(lo, e - lo);
  if (!scan::ContainsAnyLower(span, kGate) || !scan::AnyWordOf(span, PollWordEn)) return false;
  const std::string_view own = text.substr(s, e - s);
  if (scan::ContainsAnyLower(own, kGate) && scan::AnyWordOf(own, PollWordEn)) return true;
  // The survey only in the sentences before: not when the figure's own sentence has a named
  // speaker before it ("Meanwhile, Varnex said 30% of customers renewed"): its own figure.
  const std::string_view before = text.substr(s, f.start - s);
  std::string_view prev;
  size_t pos = 0, ts = 0, te = 0;
  while (scan::NextToken(before, pos, &ts, &te)) {
    pos = te;
    const std::string_view w = before.substr(ts, te - ts);
    if (!prev.empty() && prev[0] >= 'A' && prev[0] <= 'Z' &&
        !InList(prev, {"It", "He", "She", "They", "We", "I", "The", "This", "That"}) &&
        InList(w, {"said", "says", "reported", "reports", "announced", "added", "told"})) {
      return false;
    }
    prev = w;
  }
  return true;
}

// English: the cheap first test of CrudePriceEn, once per sentence: whether `sentence` holds
// "crude", "il price" ("Oil prices"), "of oil" or "barrel of" at all, any case (one SSE2 pass,
// scan::ContainsAnyLower; no word walk).
bool CrudeCueIn(std::string_view sentence) {
  static constexpr std::string_view kCues[] = {"crude", "il price", "of oil", "barrel of"};
  return scan::ContainsAnyLower(sentence, kCues);
}

// English: figure `f` of the sentence text[s, e) is the market price of crude oil — a price
// in money or a change (growth) in percent after the word "crude" or a phrase "oil price",
// "oil prices", "price of oil", "barrel of" in its sentence before it ("Light crude rose $1.10
// to $51.20", "Oil prices climbed 4%", "the price of a barrel of crude fell to $38"): a
// market's price, nobody's. Not when the words before it name what a company or an economy
// has instead: shares, stocks or stockpiles, demand, production, output, exports, imports,
// profits, earnings, sales, revenue or income, growth, an economy or GDP, or an owner ("its",
// "their", "'s"); nor a change the price took "off" something else. "Crude" or "oil" inside a
// relative clause after a comma (", which pumps crude off X,") describes the subject, whose
// own move the figure is ("X, which pumps crude off Y, rose 3% in London trading"): no cue.
bool CrudePriceEn(std::string_view text, size_t s, const Figure& f) {
  if (!((f.kind == FigureKind::kMoney && f.metric == metrics::kPrice) ||
        (f.kind == FigureKind::kPercent && f.metric == metrics::kGrowth)) ||
      s > f.start || f.start > text.size()) {
    return false;
  }
  const std::string_view before = text.substr(s, f.start - s);
  bool crude = false, oil = false, price_of = false, relative = false;
  bool other = before.find("'s ") != std::string_view::npos;
  std::string_view prev;
  size_t pos = 0, ts = 0, te = 0;
  while (!other && scan::NextToken(before, pos, &ts, &te)) {
    pos = te;
    const std::string_view w = before.substr(ts, te - ts);
    // A relative clause set off by commas describes the subject ("Norvex, which pumps crude
    // off Kralland, rose 3%": a stock's move): its crude is no cue.
    if ((w == "which" || w == "who") && ts >= 2 && before.substr(ts - 2, 2) == ", ") {
      relative = true;
    }
    if (!relative && EqualsLowerAscii(w, "crude")) crude = true;
    if (!relative &&
        ((EqualsLowerAscii(prev, "oil") && (w == "price" || w == "prices")) ||
         (price_of && (w == "oil" || w == "crude")) || (prev == "barrel" && w == "of"))) {
      oil = true;
    }
    if (te < before.size() && before[te] == ',') relative = false;
    price_of = (prev == "price" || prev == "prices") && w == "of";
    other = IsPossessiveDeterminer(w) ||
            InListLower(w, {"shares",   "share",      "stock",   "stocks",   "stockpiles",
                            "demand",   "production", "output",  "exports",  "imports",
                            "profit",   "profits",    "growth",  "economy",  "gdp",
                            "earnings", "sales",      "revenue", "revenues", "income"});
    prev = w;
  }
  // "high oil prices knocked 0.2% off the growth rate": what the price took off is another's.
  return (crude || oil) && !other && !text.substr(f.end).starts_with(" off ");
}

// The name an acronym `entity` (two to six capitals) is defined by: the run of capitalised
// words and joiners right before the first "(ABC)" of `text` ("Instituto Nacional de
// Estadística (INE)", "das Amt für Statistik Nordwalde (ASN)"); joiners are "de", "del",
// "y", "e", "für", "und", and an article right after "de" or "für" ("de la Salud"). A
// genitive article ends the name ("eine Statistik des Verbands der X (ABC)" is "X"). ""
// when `entity` is no acronym or has no definition.
std::string_view AcronymDefinition(std::string_view text, std::string_view entity) {
  if (entity.size() < 2 || entity.size() > 6 ||
      !std::all_of(entity.begin(), entity.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return {};
  }
  std::string key(1, '(');
  key.append(entity).push_back(')');
  const size_t p = text.find(key);
  if (p == std::string_view::npos) return {};
  static constexpr std::string_view kJoin[] = {"de", "del", "y", "e", "für", "und"};
  static constexpr std::string_view kArticle[] = {"la",  "las", "los", "el",
                                                  "die", "den", "dem", "das"};
  size_t start = p;  // the start of the name's first capitalised word so far
  size_t at = p;
  while (at > 0 && text[at - 1] == ' ') --at;
  bool article = false;  // the word read last was an article: only "de" / "für" may come before
  for (;;) {
    size_t ws = at;
    while (ws > 0 && text[ws - 1] != ' ' && text[ws - 1] != '\n' && text[ws - 1] != ',' &&
           text[ws - 1] != '.' && text[ws - 1] != ';' && text[ws - 1] != ':' &&
           text[ws - 1] != '(' && text[ws - 1] != ')' && text[ws - 1] != '"') {
      --ws;
    }
    const std::string_view w = text.substr(ws, at - ws);
    if (w.empty()) break;
    if (article) {
      if (w != "de" && w != "für") break;
      article = false;
    } else if (InList(w, kArticle)) {
      article = true;
    } else if (!InList(w, kJoin) && !ner::StartsUpper(w)) {
      break;
    }
    if (ner::StartsUpper(w)) start = ws;
    if (ws == 0 || text[ws - 1] != ' ') break;
    at = ws;
    while (at > 0 && text[at - 1] == ' ') --at;
  }
  return text.substr(start, p - start);
}

// Spanish: a national body whose figures measure its country's people or economy, not
// itself: statistics institutes ("Instituto Nacional de Estadística"), census offices and
// public-health agencies ("Centro de Control de Enfermedades", "Ministerio de
// Sanidad", and by its short name alone: "Sanidad", "Salud"); a world or regional body
// ("Organización Mundial de la Salud") is none. The
// name is read as written from the mention on, while its words are capitalised or joiners
// (the tagger may cut "Centro de Control y Prevención …" short); an acronym ("el CDCR") by the
// name right before its definition "(CDCR)" (AcronymDefinition).
bool StatisticsBodyEs(std::string_view text, const EntityMention& m) {
  static constexpr std::string_view kParts[] = {"Estadística",
                                                "Censo",
                                                "Centro de Control",
                                                "Control y Prevención de Enfermedades",
                                                "Control de Enfermedades",
                                                "Ministerio de Sanidad",
                                                "Ministerio de Salud",
                                                "Secretaría de Salud"};
  static constexpr std::string_view kWide[] = {"Mundial", "Europe", "Panamericana",
                                               "Internacional"};
  static constexpr std::string_view kShort[] = {"INE", "INEGI", "INDEC", "DANE"};
  const std::string_view entity = m.entity;
  if (InList(entity, kShort)) return true;
  // The ministry by its short name alone ("Sanidad notificó 500 muertes", "Salud reportó …").
  if (entity == "Sanidad" || entity == "Salud") return true;
  std::string_view name;
  const bool acronym =
      entity.size() >= 2 && entity.size() <= 6 &&
      std::all_of(entity.begin(), entity.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (acronym) {
    name = AcronymDefinition(text, entity);
    if (name.empty()) return false;
  } else if (m.start >= text.size() || text.compare(m.start, m.surface.size(), m.surface) != 0) {
    name = m.surface;  // the article's topic, named in another field
  } else {
    // The name as written goes on while its words are capitalised or joiners ("y", "de").
    static constexpr std::string_view kJoin[] = {"de", "del", "la", "las", "los", "el", "y", "e"};
    size_t end = m.end;
    std::string_view prev;
    for (size_t p = m.end; p < text.size() && text[p] == ' ';) {
      size_t q = p + 1;
      while (q < text.size() && text[q] != ' ' && text[q] != ',' && text[q] != '.' &&
             text[q] != ';' && text[q] != ':' && text[q] != '(' && text[q] != ')') {
        ++q;
      }
      const std::string_view w = text.substr(p + 1, q - p - 1);
      const bool join = InList(w, kJoin);
      // An article joins only after "de" ("de la Salud"; "X y el Y" names two).
      if (w.empty() || !((w[0] >= 'A' && w[0] <= 'Z') || join) ||
          (join && w != "de" && w != "del" && w != "y" && w != "e" && prev != "de")) {
        break;
      }
      if (!join) end = q;
      prev = w;
      p = q;
    }
    name = text.substr(m.start, end - m.start);
  }
  // The canonical name too: an acronym the matcher resolved ("CDCR" -> its full name).
  auto has = [name, entity](std::string_view part) {
    return name.find(part) != std::string_view::npos || entity.find(part) != std::string_view::npos;
  };
  return std::any_of(std::begin(kParts), std::end(kParts), has) &&
         std::none_of(std::begin(kWide), std::end(kWide), has);
}

// German: a public body whose figures measure its country's or region's people or economy,
// not itself: statistics offices ("Statistisches Bundesamt", "Statistik Nordland", "das
// Statistikamt X", "die Statistikbehörde X"), federal and state offices ("Bundesamt für
// Migration", "Landesamt"), criminal police offices ("Bundeskriminalamt": crime statistics),
// regulators ("Telekom-Regulierungsbehörde": market statistics), the labour-market agencies,
// economic research institutes ("Institut für Wirtschaftsforschung") and public-health bodies
// ("Gesundheitsbehörde", "Gesundheitsministerium", "Gesundheitsamt"). Each part is
// matched inside words, case-sensitive ("riminalamt", "egulierungsbehörde": both cases of the
// compound's head; the Attributor asks once per mention); "Statistik" not inside
// "Statistiker" ("der Verband Deutscher Statistiker" is a society, no office). Read from the
// canonical name, the surface, the capitalised noun right before the name ("die Statistikbehörde
// X") and, for an acronym, the name right before its definition "(ABC)" (AcronymDefinition).
bool StatisticsBodyDe(std::string_view text, const EntityMention& m) {
  static constexpr std::string_view kParts[] = {"Statisti",
                                                "statistik",
                                                "Bundesamt",
                                                "Landesamt",
                                                "Destatis",
                                                "Arbeitsmarktservice",
                                                "Arbeitsagentur",
                                                "gentur für Arbeit",
                                                "Wirtschaftsforschung",
                                                "Gesundheitsbehörde",
                                                "Gesundheitsministerium",
                                                "Gesundheitsamt",
                                                "riminalamt",
                                                "egulierungsbehörde"};
  // Every part holds one of these cores: a name without any is ruled out in six searches.
  static constexpr std::string_view kCores[] = {"amt",    "tatis",     "rbeit",
                                                "ehörde", "forschung", "ministerium"};
  auto has = [](std::string_view name) {
    // A part found in the name; "Statistik" not as the start of "Statistiker" (a society of
    // statisticians is no office).
    auto in = [name](std::string_view p) {
      for (size_t at = name.find(p); at != std::string_view::npos; at = name.find(p, at + 1)) {
        if (p.size() < 4 || p.substr(1, 3) != "tat" ||
            name.compare(at + 1, 10, "tatistiker") != 0) {
          return true;
        }
      }
      return false;
    };
    return std::any_of(std::begin(kCores), std::end(kCores), in) &&
           std::any_of(std::begin(kParts), std::end(kParts), in);
  };
  if (has(m.entity) || (m.surface != m.entity && has(m.surface))) return true;
  if (m.start > text.size() || m.end > text.size() ||
      text.compare(m.start, m.surface.size(), m.surface) != 0) {
    return false;  // the article's topic, named in another field
  }
  // The noun in apposition right before the name: "die Statistikbehörde X".
  size_t ws = 0;
  const std::string_view before = WordBefore(text, 0, m.start, &ws);
  if (ws + before.size() + 1 == m.start && ner::StartsUpper(before) && has(before)) return true;
  // An acronym by the name right before its definition: "das Amt für Statistik X (ABC)".
  const std::string_view name = AcronymDefinition(text, m.entity);
  return !name.empty() && has(name);
}

// German: text[lo, hi) names a statistic a public body reports, not the body's own doings: a
// capitalised word ending in a statistical noun of kHeads with at most an inflection
// ("Arbeitslosenquote", "Verbraucherpreise", "Flüchtlinge", the people counted, "Frauen", or
// the report, "Prognosen"; "zahl" too: "Einwohnerzahl", not "Zahlungen"), or holding one of
// kModifiers anywhere, statistics whatever the compound's head ("Exportüberschuss",
// "Inflationsrate", "Asylanträge"); a person or thing a head only modifies is none
// ("Bürgermeister", "Kindergärten", "Wirtschaftsprüfer"). A verb of counting or measuring
// ("ermittelte", "verzeichnete", "zählte") is a cue; words any report uses ("teilte … mit",
// "laut", "nach Angaben", "zufolge") are none. Staff, fees, budgets and orders name none
// ("verlor 5 Prozent seiner Mitarbeiter", "erhöhte die Gebühren um 5 Prozent").
bool StatisticalCueDe(std::string_view text, size_t lo, size_t hi) {
  // Lower case, at the word's end before an inflection ("bernachtung": "Übernachtungen").
  static constexpr std::string_view kHeads[] = {
      "quote", "anteil", "einwohner", "bevölkerung", "preis", "inflation", "teuerung", "arbeitslos",
      "arbeitslosigkeit", "erwerbslos", "erwerbslosigkeit", "export", "import", "ausfuhr",
      "einfuhr", "wirtschaft", "bruttoinlandsprodukt", "konjunktur", "einzelhandel", "branche",
      "haushalte", "geburt", "insolvenz", "bernachtung", "tourist", "miete", "löhne", "einkommen",
      "straftat", "unfälle",
      // the people a statistic counts, and the reports that count them
      "mensch", "bürger", "flüchtling", "migrant", "ausländer", "frau", "männer", "kinder",
      "jugendliche", "rentner", "schüler", "student", "arbeitnehmer", "erwerbstätig", "befragte",
      "statistik", "prognose", "erhebung", "zahl"};
  // Inflections after a head: plural, genitive, dative, feminine plural.
  static constexpr std::string_view kEndings[] = {"",    "e", "n",  "en",   "er",
                                                  "ern", "s", "es", "innen"};
  // Lower case, anywhere in the word.
  static constexpr std::string_view kModifiers[] = {
      "inflation",  "arbeitslos", "erwerbslos",  "export",
      "import",     "ausfuhr",    "einfuhr",     "bruttoinlandsprodukt",
      "konjunktur", "insolvenz",  "asyl",        "bernachtung",
      "geburten",   "einwohner",  "bevölkerung", "teuerung"};
  static constexpr std::string_view kCounting[] = {
      "ermittelte", "errechnete", "registrierte", "verzeichnete", "zählte", "schätzt", "schätzte"};
  static const scan::LowerWordSet kCountingSet(kCounting);
  if (hi <= lo) return false;
  return scan::AnyWordOf(text.substr(lo, hi - lo), [](std::string_view w) {
    if (kCountingSet.Contains(w)) return true;
    if (w.size() < 4 || !ner::StartsUpper(w)) return false;
    for (std::string_view end : kEndings) {
      if (w.size() < end.size() + 4 ||
          !scan::EqualsLowerAscii(w.substr(w.size() - end.size()), end)) {
        continue;
      }
      const std::string_view stem = w.substr(0, w.size() - end.size());
      for (std::string_view n : kHeads) {
        if (stem.size() >= n.size() &&
            scan::EqualsLowerAscii(stem.substr(stem.size() - n.size()), n)) {
          return true;
        }
      }
    }
    return std::any_of(std::begin(kModifiers), std::end(kModifiers), [w](std::string_view n) {
      return scan::FindLower(w, n) != std::string_view::npos;
    });
  });
}

// German: whether figure `f` of the sentence text[s, e), whose subject is the public body
// `body`, is a statistical measure of a country's or region's people or economy
// (StatisticsBodyDe's rule): of money an economy's measures (trade, debt, taxes, a market's
// size); else people, cases, rates, votes, visitors, companies, production and sales in units,
// trade, a share or a change — a share or a change only of a statistic the sentence names
// outside the body's name (StatisticalCueDe) and not of the body's own (a possessive in the
// figure's clause after the body: "senkte seine Kosten um 5 Prozent", "verlor 5 Prozent seiner
// Mitarbeiter") — and a count no cue names unless a verb of owning or running stands there
// ("betreibt 40 Schiffe"). Staff, members, sites, orders, purchases and results are the
// body's own.
bool StatisticalMetricDe(std::string_view text, const Figure& f, const EntityMention& body,
                         size_t s, size_t e) {
  if (f.kind == FigureKind::kMoney) {
    return InList(f.metric, {metrics::kTrade, metrics::kDebt, metrics::kTax, metrics::kMarketSize});
  }
  const size_t from = body.end;
  // The figure's clause after the body: no word from an earlier sentence or clause.
  std::string_view between =
      from < f.start && f.start <= text.size() ? text.substr(from, f.start - from) : "";
  const size_t cut = between.find_last_of(",;:.!?\n");
  if (cut != std::string_view::npos) between.remove_prefix(cut + 1);
  if (f.metric == metrics::kGrowth || f.metric == metrics::kShare) {
    // The rest of the figure's clause after it ("5 Prozent seiner Mitarbeiter").
    const size_t after_end = std::min(e, text.size());
    std::string_view after =
        f.end < after_end ? text.substr(f.end, after_end - f.end) : std::string_view();
    after = after.substr(0, after.find_first_of(",;:"));
    static const scan::LowerWordSet& kOwn = PossessivesDe();
    auto own = [](std::string_view w) {
      return kOwn.Contains(w) || EqualsLowerAscii(w, "eigene") || EqualsLowerAscii(w, "eigenen");
    };
    // After the figure the bare "sein" and "ihr" are more often the verb and the pronoun
    // ("… nicht in Beschäftigung sein werden").
    auto own_after = [&own](std::string_view w) {
      return own(w) && !EqualsLowerAscii(w, "sein") && !EqualsLowerAscii(w, "ihr");
    };
    if (scan::AnyWordOf(between, own) || scan::AnyWordOf(after, own_after)) return false;
    // A statistical cue in the sentence, outside the body's own name ("Institut für
    // Wirtschaftsforschung").
    const bool inside = body.start >= s && body.end <= e &&
                        text.compare(body.start, body.surface.size(), body.surface) == 0;
    return inside ? StatisticalCueDe(text, s, body.start) || StatisticalCueDe(text, body.end, e)
                  : StatisticalCueDe(text, s, e);
  }
  if (f.metric.empty()) {
    // A count no cue names ("zählte 4.000 Arbeitslose", "260 Einbrüche"), unless a verb of
    // owning or running makes it the body's own ("betreibt 40 Schiffe"; not "hat": an
    // auxiliary too).
    static constexpr std::string_view kOwning[] = {
        "betreibt", "betrieb",  "besitzt",  "besaß",     "unterhält",  "unterhielt",
        "verfügt",  "verfügte", "besitzen", "betreiben", "unterhalten"};
    static const scan::LowerWordSet kSet(kOwning);
    return !scan::AnyWordIn(between, kSet);
  }
  return InList(f.metric, {metrics::kPopulation, metrics::kCases, metrics::kUnemploymentRate,
                           metrics::kInflationRate, metrics::kInterestRate, metrics::kTaxRate,
                           metrics::kTrade, metrics::kVoteShare, metrics::kVotes,
                           metrics::kVisitors, metrics::kCompanies, metrics::kProduction,
                           metrics::kUnitsSold, metrics::kMarketSize});
}

// English: a central bank or its rate-setting committee ("the Federal Reserve", "the
// European Central Bank", "the Reserve Bank of X", "the Bank of England", "the MPC"), which
// sets an economy's interest rates and targets its inflation.
bool CentralBankEn(std::string_view name) {
  static constexpr std::string_view kParts[] = {
      "Central Bank",    "Reserve Bank",  "Federal Reserve", "Monetary Policy",
      "Bank of England", "Bank of Japan", "Bank of Canada"};
  static constexpr std::string_view kShort[] = {"Fed", "ECB", "BoE", "MPC"};
  return std::any_of(
             std::begin(kParts), std::end(kParts),
             [name](std::string_view p) { return name.find(p) != std::string_view::npos; }) ||
         InList(name, kShort);
}

// English: the whole word "rates" (lower case) in text[from, to), with no digit after it
// before `to`, named bare: after a clause word or a verb of saying, expecting or setting
// ("think rates will hold", "expects rates will ease", "kept rates"), not after a noun
// that says which rates ("bonus rates", "birth rates"). What "analysts think rates will
// hold at 3.25%" is about.
bool BareRatesBeforeEn(std::string_view text, size_t from, size_t to) {
  const std::string_view span = text.substr(from, to - from);
  const size_t p = span.rfind("rates");
  if (p == std::string_view::npos || (p > 0 && scan::IsWordOrHigh(span[p - 1])) ||
      (p + 5 < span.size() && scan::IsWordOrHigh(span[p + 5])) ||
      std::any_of(span.begin() + static_cast<std::ptrdiff_t>(p), span.end(),
                  [](char c) { return scan::IsDigit(c); })) {
    return false;
  }
  const std::string_view before = scan::WordBeforeBlanks(text, from, from + p);
  return InList(before, {"that",     "and",     "but",      "while",    "if",      "when",
                         "whether",  "believe", "believed", "believes", "predict", "predicted",
                         "predicts", "expect",  "expected", "expects",  "said",    "say",
                         "says",     "think",   "thinks",   "feel",     "feels",   "keep",
                         "kept",     "leave",   "left",     "hold",     "held"});
}

// English: a macro-economic rate measures an economy, not the body that reports, forecasts
// or sets it: inflation and unemployment whoever is chosen for them (an institute, an index,
// a central bank, the article's company), and interest rates when a central bank is chosen
// ("The central bank of X held rates at 4.75%" is X's rate, METRICS.md); so is a growth rate
// a central bank reports or forecasts ("The Fed said factory output rose 0.3%", "the ECB
// expects the euro area to expand by 2.6%": no central bank grows).
bool EconomyRateEn(const Figure& f, const Pick& pick) {
  if (pick.empty() || pick.type == EntityType::kPlace || pick.type == EntityType::kGroup) {
    return false;
  }
  if (f.metric == metrics::kInflationRate || f.metric == metrics::kUnemploymentRate) return true;
  return (f.metric == metrics::kInterestRate ||
          (f.metric == metrics::kGrowth && f.kind == FigureKind::kPercent)) &&
         CentralBankEn(pick.entity);
}

// The economy of a rate EconomyRateEn gives away: as a statistics office's figure, except
// that a central bank's rate goes only to a place its sentence names or to the text's
// country when the bank's name holds it ("the Reserve Bank of X"): an article about one
// economy quotes other central banks' rates and targets in passing.
const EntityMention* Attributor::EconomyOfRateEn(const Figure& f, const Pick& pick) const {
  if (!CentralBankEn(pick.entity)) return EconomyOfStatistics(f);
  for (const EntityMention* m : ms_) {
    if (m->type == EntityType::kPlace && !IsDatelinePlace(text_, *m)) return m;
  }
  const EntityMention* c = CountryOfText(f.start);
  return c != nullptr && pick.entity.find(c->entity) != std::string::npos ? c : nullptr;
}

const EntityMention* Attributor::EconomyOfStatistics(const Figure& f) const {
  const EntityMention* after = nullptr;
  for (const EntityMention* m : ms_) {
    if (m->type != EntityType::kPlace || IsDatelinePlace(text_, *m)) continue;
    if (m->start < f.start) return m;
    // A place after another number is that number's ("el abandono ronda el 7 % en el país,
    // pero sube al 11 % en X"): the figure is the whole country's. A place inside the figure
    // (a demonym: "2.2 million Norvenians") has no gap.
    const std::string_view gap =
        m->start < f.end ? std::string_view() : text_.substr(f.end, m->start - f.end);
    if (after == nullptr && std::ranges::none_of(gap, scan::IsDigit)) after = m;
  }
  return after != nullptr ? after : CountryOfText(f.start);
}

// English: the sentence text[s, e) of money figure `f` names a state's finances — "tax
// revenue(s)", "tax receipts", "tax take", "budget deficit", "federal deficit", "public
// finances", "trade deficit", "trade surplus", "current account" — and f measures them (tax,
// debt, trade, budget, funding): what no company has, so an official's, a forecaster's or a
// tax office's figure of them is the economy's. Any case.
bool PublicFinanceEn(std::string_view text, size_t s, size_t e, const Figure& f) {
  if (f.kind != FigureKind::kMoney ||
      !InList(f.metric, {metrics::kTax, metrics::kDebt, metrics::kTrade, metrics::kBudget,
                         metrics::kFunding})) {
    return false;
  }
  static constexpr std::string_view kWords[] = {
      "tax revenue",     "tax receipts",  "tax take",      "budget deficit", "federal deficit",
      "public finances", "trade deficit", "trade surplus", "current account"};
  return scan::ContainsAnyLower(text.substr(s, e - s), kWords);
}

// English: the length of an economy word at text[p] ("economy", "economies", "GDP", "gross
// domestic product", "economic growth" / "activity" / "output"; whole words, any case but
// GDP's), or 0.
size_t EconomyWordAtEn(std::string_view text, size_t p) {
  static constexpr std::string_view kWords[] = {
      "economy",         "economies",         "gross domestic product", "economic growth",
      "economic output", "economic activity", "economic expansion"};
  if (p > 0 && scan::IsWordOrHigh(text[p - 1])) return 0;
  auto whole = [&](size_t n) {
    return p + n <= text.size() && (p + n == text.size() || !scan::IsWordOrHigh(text[p + n]));
  };
  if (text.substr(p).starts_with("GDP") && whole(3)) return 3;
  for (std::string_view w : kWords) {
    if (p + w.size() > text.size()) continue;
    size_t k = 0;
    while (k < w.size() && scan::LowerAscii(text[p + k]) == w[k]) ++k;
    if (k == w.size() && whole(w.size())) return w.size();
  }
  return 0;
}

// EconomyWordAtEn, asked at every byte of a stretch: every word starts with 'e' or 'g' in
// either case, so one byte read here rules out most positions without a call.
inline size_t EconomyWordEn(std::string_view text, size_t p) {
  if (p >= text.size() || (scan::LowerAscii(text[p]) != 'e' && scan::LowerAscii(text[p]) != 'g')) {
    return 0;
  }
  return EconomyWordAtEn(text, p);
}

// English: a percentage that measures an economy is the economy's, not the forecaster's,
// reporter's or commentator's chosen by the rules before (an institute, a bank, a minister,
// the article's company): a share of its output right after the figure ("3% of GDP", "40% of
// the economy", "66% of X's economic activity") or its growth named in the clause before
// ("the economy grew 3.7%", "economic growth of 2%", "cut its growth forecast for the X
// economy from 1.8%"; no organisation or person named between). The economy is a place or
// an organisation named right before the economy word ("X's economy", "the Xian economy",
// "the EU's economic growth"), else the place of the figure's sentence, else the place the
// text names most (EconomyOfStatistics).
const EntityMention* Attributor::EconomyOfMeasureEn(const Figure& f, size_t s, size_t e) const {
  size_t word = std::string_view::npos;
  // A share of the economy: " of (the) … GDP" within a few words, no punctuation between.
  if (text_.substr(f.end).starts_with(" of ")) {
    for (size_t p = f.end + 4; p < text_.size() && p < f.end + 48; ++p) {
      const char c = text_[p];
      if (c == ',' || c == '.' || c == ';' || c == '(' || scan::IsDigit(c)) break;
      if (EconomyWordEn(text_, p) > 0) {
        word = p;
        break;
      }
    }
  }
  // Its growth: the last economy word in the 80 bytes before the figure (searched from the
  // figure back: the first found is the last).
  if (word == std::string_view::npos && f.metric == metrics::kGrowth) {
    const size_t lo = f.start > s + 80 ? f.start - 80 : s;
    for (size_t p = f.start; p > lo; --p) {
      if (EconomyWordEn(text_, p - 1) > 0) {
        word = p - 1;
        break;
      }
    }
    if (word == std::string_view::npos) return nullptr;
    for (const EntityMention* m : ms_) {
      if (m->start > word && m->start < f.start && m->type != EntityType::kPlace) return nullptr;
    }
  }
  if (word == std::string_view::npos) return nullptr;
  // The owner: a mention ending right before the word, or before "'s" and the word (one
  // modifier may stand between: "X's annual GDP").
  for (const EntityMention* m : ms_) {
    if (m->end > word || word - m->end > 12) continue;
    const std::string_view gap = text_.substr(m->end, word - m->end);
    std::string_view rest = gap.substr(scan::PossessiveLength(gap));
    if (!rest.starts_with(' ') || !rest.ends_with(' ')) continue;
    rest = rest.substr(1, rest.size() - 2);  // "" or one lower-case modifier ("annual")
    if (!std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      continue;
    }
    if (m->type == EntityType::kPlace || m->type == EntityType::kOrg) return m;
  }
  // The world's, the EU's or the euro area's economy is no country's: the choice stands
  // ("global growth of 4%", "growth in the euro zone of 2.6%", "the EU's rules limit deficits
  // to 3% of GDP"; anywhere in the sentence). "eurozone" is a place of the gazetteer
  // ("growth of 2.6% in the eurozone" → it, below).
  static constexpr std::string_view kBlocs[] = {"global", "world", "euro zone", "euro area",
                                                "european union"};
  const std::string_view sentence = text_.substr(s, e - s);
  for (std::string_view b : kBlocs) {
    if (scan::FindLower(sentence, b) != std::string_view::npos) return nullptr;
  }
  for (size_t p = sentence.find("EU"); p != std::string_view::npos;
       p = sentence.find("EU", p + 1)) {
    if ((p == 0 || !scan::IsWordOrHigh(sentence[p - 1])) &&
        (p + 2 == sentence.size() || !scan::IsWordOrHigh(sentence[p + 2]))) {
      return nullptr;
    }
  }
  return EconomyOfStatistics(f);
}

// German: the length of an economy word at text[p] ("BIP", "Bruttoinlandsprodukt(s/es)",
// "Wirtschaftsleistung", "Wirtschaftswachstum(s)", "Wirtschaft", "Volkswirtschaft"; whole
// words, as written: German capitalises them), or 0.
size_t EconomyWordAtDe(std::string_view text, size_t p) {
  if (p > 0 && scan::IsWordOrHigh(text[p - 1])) return 0;
  struct Word {
    std::string_view stem;
    bool genitive;  // takes -s / -es
  };
  static constexpr Word kWords[] = {{"BIP", true},
                                    {"Bruttoinlandsprodukt", true},
                                    {"Wirtschaftsleistung", false},
                                    {"Wirtschaftswachstum", true},
                                    {"Wirtschaft", false},
                                    {"Volkswirtschaft", false}};
  const std::string_view rest = text.substr(p);
  for (const Word& w : kWords) {
    if (!rest.starts_with(w.stem)) continue;
    size_t n = w.stem.size();
    if (w.genitive && rest.substr(n).starts_with("es")) {
      n += 2;
    } else if (w.genitive && rest.substr(n).starts_with('s')) {
      n += 1;
    }
    if (n == rest.size() || !scan::IsWordOrHigh(rest[n])) return n;
  }
  return 0;
}

// German: a percentage that measures an economy is the economy's, not the institute's,
// bank's, party's or politician's chosen by the rules before: a share of its output right
// after the figure ("3 Prozent des BIP", "beim Bruttoinlandsprodukt", "der Wirtschaftsleistung")
// or its growth named in the clause before ("das BIP wuchs um 1,2 Prozent", "ein
// Wirtschaftswachstum von 2 Prozent"; no punctuation and no organisation or person named
// between). The economy is a place named right before the economy word ("Nordlands BIP",
// "die norländische Wirtschaft"), else the place of the figure's sentence, else the place the
// text names most (EconomyOfStatistics). The EU's, the euro area's or the world's economy is
// no country's: the choice stands ("die EU erlaubt Defizite bis 3 Prozent des BIP").
const EntityMention* Attributor::EconomyOfMeasureDe(const Figure& f, size_t s, size_t e) const {
  size_t word = std::string_view::npos;
  const std::string_view after = text_.substr(f.end);
  // The share: the economy word right after the article, at most one lower-case adjective
  // between ("des BIP", "der deutschen Wirtschaftsleistung"), not a word farther on ("der
  // Umsätze mit Kunden aus der Wirtschaft").
  size_t art = 0;
  for (std::string_view a : {" des ", " der ", " beim ", " am "}) {
    if (after.starts_with(a)) art = a.size();
  }
  if (art > 0) {
    size_t p = f.end + art;
    if (EconomyWordAtDe(text_, p) == 0 && p < text_.size() && text_[p] >= 'a' && text_[p] <= 'z') {
      const size_t sp = text_.find(' ', p);
      p = sp == std::string_view::npos ? text_.size() : sp + 1;
    }
    if (p < text_.size() && EconomyWordAtDe(text_, p) > 0) word = p;
  }
  if (word == std::string_view::npos && f.metric == metrics::kGrowth) {
    const size_t lo = f.start > s + 80 ? f.start - 80 : s;
    for (size_t p = f.start; p > lo; --p) {
      const char c = text_[p - 1];
      if ((c == ',' && !scan::IsDigit(text_[p])) || c == ';' || c == ':' || c == '(' || c == ')') {
        break;  // a clause's punctuation, not a decimal comma ("um 0,3 Prozent")
      }
      if (EconomyWordAtDe(text_, p - 1) > 0) {
        word = p - 1;
        break;
      }
    }
    if (word == std::string_view::npos) return nullptr;
    for (const EntityMention* m : ms_) {
      if (m->start > word && m->start < f.start && m->type != EntityType::kPlace) return nullptr;
    }
    // The economy word is what grew: no other subject (an article and a noun) between it and
    // the figure ("Trotz der schwachen Wirtschaft stieg der Umsatz um 6 Prozent" is the
    // sales'; "das BIP wuchs im Quartalsvergleich um 0,4 Prozent" stays the economy's).
    static constexpr std::string_view kArticles[] = {"der",  "die",  "das",  "den",   "dem",
                                                     "des",  "ein",  "eine", "einen", "ihr",
                                                     "ihre", "sein", "seine"};
    const size_t from = word + EconomyWordAtDe(text_, word);
    const std::string_view gap = text_.substr(from, f.start - from);
    size_t q = 0;
    for (size_t p = 0; p < gap.size(); p = q + 1) {
      q = std::min(gap.find(' ', p), gap.size());
      if (std::ranges::find(kArticles, gap.substr(p, q - p)) == std::end(kArticles)) continue;
      if (q + 1 < gap.size() && gap[q + 1] >= 'A' && gap[q + 1] <= 'Z') return nullptr;
    }
  }
  if (word == std::string_view::npos) return nullptr;
  const std::string_view sentence = text_.substr(s, e - s);
  static constexpr std::string_view kBlocs[] = {"EU",        "Euroraum",       "Eurozone",
                                                "Euro-Zone", "Euroländer",     "weltweit",
                                                "Welt",      "Weltwirtschaft", "global"};
  for (std::string_view b : kBlocs) {
    for (size_t p = sentence.find(b); p != std::string_view::npos; p = sentence.find(b, p + 1)) {
      const size_t q = p + b.size();
      if ((p == 0 || !scan::IsWordOrHigh(sentence[p - 1])) &&
          (q == sentence.size() || !scan::IsWordOrHigh(sentence[q]))) {
        return nullptr;
      }
    }
  }
  // The owner: a place ending right before the word, one space between ("Nordlands BIP",
  // "die norländische Wirtschaft").
  for (const EntityMention* m : ms_) {
    if (m->type == EntityType::kPlace && m->end + 1 == word && text_[m->end] == ' ') return m;
  }
  return EconomyOfStatistics(f);
}

// German: whether a sentence's poll asks the pollster's own people: its members or staff
// ("Mitgliederbefragung", "unter ihren Angestellten", "der Belegschaft").
bool OwnPeoplePolledDe(std::string_view sentence) {
  static const LiteralSet kWords{"Mitglieder",    "unter ihren ", "unter seinen ", "Mitarbeiter",
                                 "Beschäftigten", "Belegschaft",  "Angestellten"};
  return kWords.FoundIn(sentence);
}

// German: whether every word of `gap` is one of `words` (spaces between; an empty gap is).
bool OnlyWordsDe(std::string_view gap, std::span<const std::string_view> words) {
  size_t p = 0;
  while (p < gap.size()) {
    if (gap[p] == ' ') {
      ++p;
      continue;
    }
    const size_t q = std::min(gap.find(' ', p), gap.size());
    if (std::ranges::find(words, gap.substr(p, q - p)) == words.end()) return false;
    p = q;
  }
  return true;
}

// German: percentage `f` is an election's turnout, the figure's own phrase: "Wahlbeteiligung"
// before it with only a verb, a preposition or a hedge between ("die Wahlbeteiligung lag bei
// 61 Prozent", "eine Wahlbeteiligung von 61 Prozent", "die Wahlbeteiligung stieg um fünf
// Prozentpunkte"), or after it behind a copula ("mit 38 Prozent war die Wahlbeteiligung
// gering"). Not a party's share in a clause that merely mentions the turnout ("profitierte
// von der hohen Wahlbeteiligung und holte 41 Prozent", "kam auf 38 Prozent bei geringer
// Wahlbeteiligung"), nor the second figure of "Bei einer Wahlbeteiligung von 61 Prozent
// erhielt X 40 Prozent".
bool Attributor::TurnoutDe(const Figure& f, size_t s, size_t e) const {
  static constexpr std::string_view kWord = "Wahlbeteiligung";
  static constexpr std::string_view kBefore[] = {
      "lag",   "liegt", "lagen",     "betrug",  "beträgt", "stieg",  "steigt",    "sank",
      "sinkt", "fiel",  "war",       "ist",     "bei",     "von",    "auf",       "um",
      "nur",   "rund",  "etwa",      "knapp",   "gut",     "fast",   "mehr",      "als",
      "über",  "unter", "lediglich", "zuletzt", "diesmal", "damals", "erreichte", "erreicht",
      "kaum",  "noch",  "bloß",      "einmal"};
  const size_t lo = f.start > s + 60 + kWord.size() ? f.start - 60 - kWord.size() : s;
  const std::string_view before = text_.substr(lo, f.start - lo);
  const size_t p = before.rfind(kWord);
  if (p != std::string_view::npos && OnlyWordsDe(before.substr(p + kWord.size()), kBefore)) {
    return true;
  }
  if (f.end >= e) return false;
  static constexpr std::string_view kCopula[] = {"war",    "ist",    "lag",     "liegt", "blieb",
                                                 "bleibt", "betrug", "beträgt", "die"};
  const std::string_view after =
      text_.substr(f.end, std::min<size_t>(e - f.end, 30 + kWord.size()));
  const size_t q = after.find(kWord);
  if (q == std::string_view::npos) return false;
  const std::string_view gap = after.substr(0, q);
  return !gap.empty() && !gap.starts_with(" die ") && OnlyWordsDe(gap, kCopula);
}

const EntityMention* Attributor::PlaceOfPollDe(const Figure& f, size_t s, size_t end) const {
  for (const EntityMention* m : ms_) {
    if (m->type == EntityType::kPlace && m->field == f.field && m->start >= s && m->end <= end &&
        !IsDatelinePlace(text_, *m)) {
      return m;
    }
  }
  return PublicCountPlace(f);
}

// English: a share or a count of a country's people, homes or users ("40% of Britons", "62%
// of British adults", "30% of UK homes", "2 million Kenyans", "85 million Ruritanian mobile users")
// is the country's, whatever the subject (as German "45 Prozent der Spanier", rule 3): the people
// named by a plural demonym in the count or right after "<percent> of (the)", or the country named
// there before a people noun (in a count, the noun that ends it). Not "26% of Indian firm X", "65
// Canadian cents", "20% of Japan's trade", "6,500 US stores".
const EntityMention* Attributor::PeopleOfPlaceEn(const Figure& f) const {
  static constexpr std::string_view kPeopleNouns[] = {
      "adults",     "people",    "homes",    "households", "consumers",   "users",
      "population", "residents", "citizens", "voters",     "workers",     "families",
      "children",   "women",     "men",      "shoppers",   "respondents", "subscribers"};
  // Where a people noun after the place `m` ends, after up to two modifiers, or npos.
  auto people_noun_end = [&](const EntityMention& m) {
    size_t p = m.end;
    for (int k = 0; k < 3 && p < text_.size() && text_[p] == ' '; ++k) {
      size_t q = p + 1;
      while (q < text_.size() && text_[q] >= 'a' && text_[q] <= 'z') ++q;
      const std::string_view w = text_.substr(p + 1, q - p - 1);
      if (w.empty()) break;
      if (InList(w, kPeopleNouns)) return q;
      p = q;
    }
    return std::string_view::npos;
  };
  for (const EntityMention* m : ms_) {
    if (m->type != EntityType::kPlace) continue;
    // "Britons", "Kenyans": a demonym in the plural names the people.
    const bool people =
        m->surface != m->entity && m->surface != m->entity + "s" && m->surface.ends_with('s');
    if (f.kind == FigureKind::kCount) {
      if (m->start > f.start && m->end == f.end && people) return m;
      // "85 million Ruritanian users": the people noun ends the count.
      if (m->start > f.start && m->end < f.end && people_noun_end(*m) == f.end) return m;
      continue;
    }
    if (f.kind != FigureKind::kPercent || m->start < f.end) continue;
    const std::string_view between = text_.substr(f.end, m->start - f.end);
    if (between != " of " && between != " of the ") return nullptr;
    if (people) return m;
    // The country or its demonym before a people noun, after up to two modifiers.
    return people_noun_end(*m) != std::string_view::npos ? m : nullptr;
  }
  return nullptr;
}

const EntityMention* Attributor::GovernmentRoleCountryEs(const EntityMention& m, size_t pos) const {
  // The words before the name in its clause (60 bytes at most; a comma right before the name
  // is an apposition's).
  size_t lo = m.start > 60 ? m.start - 60 : 0;
  std::string_view win = text_.substr(lo, m.start - lo);
  if (win.ends_with(", ")) win.remove_suffix(2);  // "el ministro de Hacienda, X"
  if (const size_t cut = win.find_last_of(".,;:()\"'"); cut != std::string_view::npos) {
    lo += cut + 1;
    win.remove_prefix(cut + 1);
  }
  bool role = scan::FindWordPrefix(win, "ministr") != std::string_view::npos;
  for (std::string_view r : {"jefe del gobierno", "jefa del gobierno", "presidente del gobierno",
                             "presidenta del gobierno"}) {
    role = role || scan::FindLower(win, r) != std::string_view::npos;
  }
  if (!role) return nullptr;
  // A place (or demonym) among those words: "el ministro chileno de Hacienda X".
  for (const EntityMention& c : mentions_) {
    if (c.start >= m.start) break;
    if (c.start >= lo && c.type == EntityType::kPlace) return &c;
  }
  if (const EntityMention* c = CountryOfText(pos)) return c;
  // No place named yet: the article's topic when it is one (the title's country).
  return article_topic_ != nullptr && article_topic_->type == EntityType::kPlace ? article_topic_
                                                                                 : nullptr;
}

const EntityMention* Attributor::MinisterCountry(const EntityMention& person, size_t pos) {
  for (const MinisterMemo& memo : minister_memo_) {
    if (memo.person == person.entity) return memo.country;
  }
  const EntityMention* country = nullptr;
  auto government_role = [](std::string_view w) {
    return scan::EndsWithAnyLower(w, scan::kCabinetOffices);
  };
  for (const EntityMention& m : mentions_) {
    if (m.start >= pos) break;
    // The same person, also by the surname alone ("Mr X" after "Finance Minister Y X").
    if (m.type != EntityType::kPerson || !SamePersonName(m.entity, person.entity)) continue;
    if (lang_ == Lang::kEs) {
      if (const EntityMention* c = GovernmentRoleCountryEs(m, pos); c != nullptr) {
        country = c;
        break;
      }
      continue;
    }
    size_t ws;
    const std::string_view role = WordBefore(text_, 0, m.start, &ws);
    // An English head of state: "President" capitalised before the name ("US President X";
    // a company's "president" is written in lower case). Not "Chancellor": the text's most
    // named place is too often not the chancellor's country ("the City").
    const bool head = lang_ == Lang::kEn && role == "President";
    if (ws + role.size() + 1 != m.start || !(government_role(role) || head)) continue;
    // A place within three words before the role, in the same clause: "die deutsche
    // Finanzministerin", "India's Finance Minister".
    size_t at = ws, w_start = ws;
    for (int k = 0; k < 3; ++k) {
      const std::string_view w = WordBefore(text_, 0, at, &w_start);
      if (w.empty() || w_start == at ||
          text_.substr(w_start + w.size(), at - w_start - w.size()).find_first_of(".,;:()") !=
              std::string_view::npos) {
        break;
      }
      for (const EntityMention& c : mentions_) {
        if (c.start > w_start) break;
        if (c.type == EntityType::kPlace && c.start == w_start) country = &c;
      }
      if (country != nullptr) break;
      at = w_start;
    }
    if (country == nullptr) country = CountryOfText(pos);
    if (country == nullptr && lang_ == Lang::kEn) country = CountryOfText(text_.size());
    break;
  }
  minister_memo_.push_back({person.entity, country});
  return country;
}

// Words that open a clause after a comma; relative pronouns also name their antecedent.
constexpr std::string_view kRelativeWords[] = {
    "die",   "der",     "das",  "welche", "welcher", "welches", "deren", "dessen", "denen", "que",
    "quien", "quienes", "cual", "cuales", "cuyo",    "cuya",    "which", "who",    "whose", "whom"};
constexpr std::string_view kClauseWords[] = {
    "dass",  "während", "wobei", "weil",     "obwohl", "nachdem",  "aber",   "sondern", "doch",
    "und",   "wodurch", "womit", "mientras", "pero",   "aunque",   "y",      "donde",   "porque",
    "while", "whereas", "but",   "and",      "where",  "although", "because"};

// The word starting at `pos` (ASCII letters and digits, non-ASCII bytes).
std::string_view WordAt(std::string_view text, size_t pos, size_t hi) {
  size_t i = pos;
  while (i < hi && (scan::IsAsciiAlnum(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80)) {
    ++i;
  }
  return text.substr(pos, i - pos);
}

// English: the figure's clause, from `cs` (its first word, or a clause word such as "that",
// "and", "while" before it) up to the figure at `fs`, opens with a subject pronoun ("X will
// close two ports while it spends $28m on the rescue of Y"): the clause has a subject, so a
// name after the figure ("of Y") is no owner of it; the pronoun's antecedent is (rule 4, the
// last subject).
bool PronounSubjectOpensEn(std::string_view text, size_t cs, size_t fs) {
  size_t ts = 0, te = 0;
  if (!scan::NextToken(text, cs, &ts, &te) || te > fs) return false;
  std::string_view w = text.substr(ts, te - ts);
  if (InListLower(w, {"that", "and", "but", "while", "whereas", "although", "because"})) {
    if (!scan::NextToken(text, te, &ts, &te) || te > fs) return false;
    w = text.substr(ts, te - ts);
  }
  return InListLower(w, {"it", "they", "he", "she", "we"});
}

// Bit k: ClauseStart may stop at position b + k — a ';' or ':' before it, or a blank before it
// with '-', a dash's last byte or ',' before the blank or 'd', 'q', 't', 'w' at b + k; at
// other positions its loop does nothing. 16 positions at once (SSE2); reads text[b - 2 ..
// b + 16).
unsigned ClauseCandidates(std::string_view text, size_t b) {
  const char* p = text.data() + b;
  auto load = [](const char* q) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(q)); };
  auto eq = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  const __m128i c = load(p - 1);
  const __m128i prev = load(p - 2);
  const __m128i next = load(p);
  const __m128i after_mark = _mm_or_si128(_mm_or_si128(eq(prev, '-'), eq(prev, ',')),
                                          _mm_or_si128(eq(prev, '\x93'), eq(prev, '\x94')));
  const __m128i before_word = _mm_or_si128(_mm_or_si128(eq(next, 'd'), eq(next, 'q')),
                                           _mm_or_si128(eq(next, 't'), eq(next, 'w')));
  const __m128i m = _mm_or_si128(_mm_or_si128(eq(c, ';'), eq(c, ':')),
                                 _mm_and_si128(eq(c, ' '), _mm_or_si128(after_mark, before_word)));
  return static_cast<unsigned>(_mm_movemask_epi8(m));
}

bool Attributor::ClauseHead(size_t cs, const EntityMention& m) const {
  if (m.start < cs || m.start - cs > 16) return false;
  size_t pos = cs, ts, te;
  while (scan::NextToken(text_, pos, &ts, &te) && ts < m.start) {
    std::string_view w = text_.substr(ts, te - ts);
    if (!IsArticle(w) && !InListLower(w, kClauseWords) && !EqualsLowerAscii(w, "e") &&
        !EqualsLowerAscii(w, "sowie") && !EqualsLowerAscii(w, "oder") &&
        !EqualsLowerAscii(w, "o") && !EqualsLowerAscii(w, "or")) {
      return false;
    }
    pos = te;
  }
  return true;
}

bool Attributor::IsPart(const std::vector<Figure*>& figs, size_t fi, size_t e) const {
  if (fi == 0) return false;
  const Figure& f = *figs[fi];
  const size_t prev_end = figs[fi - 1]->end;
  const size_t next_start = fi + 1 < figs.size() ? figs[fi + 1]->start : e;
  if (prev_end > f.start || f.end > next_start) return false;
  std::string_view before = text_.substr(prev_end, f.start - prev_end);
  std::string_view after = text_.substr(f.end, std::min<size_t>(7, next_start - f.end));
  static constexpr std::string_view kPartCues[] = {"davon",    "of which",      "de ellos",
                                                   "de ellas", "de los cuales", "de las cuales"};
  for (std::string_view c : kPartCues) {
    if (before.size() <= c.size() + 4 && scan::FindLower(before, c) != std::string_view::npos) {
      return true;
    }
  }
  return scan::FindLower(after, " davon") == 0 ||
         scan::FindLower(text_.substr(f.start, f.end - f.start), " davon") !=
             std::string_view::npos;
}

size_t Attributor::ClauseStart(size_t lo, size_t prev_end, size_t pos, bool* relative) const {
  *relative = false;
  size_t start = lo;
  // After the figure before: "X hält 20 Prozent, Y 15 Prozent", "… y Z el 15 %".
  if (prev_end > lo && prev_end < pos) {
    std::string_view gap = text_.substr(prev_end, pos - prev_end);
    static constexpr std::string_view kClauseOpeners[] = {
        ",", ";", " und ", " y ", " and ", " e ", " sowie ", " while ", " während ", " mientras "};
    for (std::string_view c : kClauseOpeners) {
      if (gap.starts_with(c)) {
        start = prev_end + c.size();
        break;
      }
    }
  }
  const size_t floor = std::max(start, pos > 240 ? pos - 240 : size_t{0});
  for (size_t i = pos; i > floor; --i) {
    // Sixteen positions down to i - 15 at once: on to the highest where the loop may stop,
    // past all sixteen when there is none (the byte tests below mispredict on every blank).
    if (i >= floor + 17 && i < text_.size()) {
      const unsigned bits = ClauseCandidates(text_, i - 15);
      if (bits == 0) {
        i -= 15;
        continue;
      }
      i = i - 15 + static_cast<size_t>(31 - std::countl_zero(bits));
    }
    const char c = text_[i - 1];
    if (c == ';' || c == ':') return i;
    if (c == ' ' && i >= 2 + floor) {
      // A dash between spaces: "-", en dash (E2 80 93), em dash (E2 80 94).
      const char p = text_[i - 2];
      if (p == '-' && i >= 3 && text_[i - 3] == ' ') return i;
      if ((p == '\x93' || p == '\x94') && i >= 5 && text_[i - 3] == '\x80' &&
          text_[i - 4] == '\xE2' && text_[i - 5] == ' ') {
        return i;
      }
      const bool comma = p == ',';
      // Without a comma only "dass", "que", "that" and English "while" / "whereas" open a
      // clause: skip other words unread.
      if (!comma && text_[i] != 'd' && text_[i] != 'q' && text_[i] != 't' && text_[i] != 'w') {
        continue;
      }
      std::string_view w = WordAt(text_, i, pos);
      if (w.empty()) continue;
      if (comma) {
        if (InListLower(w, kRelativeWords)) {
          *relative = true;
          return i;
        }
        if (InListLower(w, kClauseWords)) return i;
        bool relative_after_preposition = false;
        // "…, in which X", "…, en la que", "…, bei denen".
        if (IsPreposition(w)) {
          size_t j = i + w.size() + 1;
          std::string_view w2 = j < pos ? WordAt(text_, j, pos) : std::string_view();
          if (IsArticle(w2) && j + w2.size() + 1 < pos) {
            j += w2.size() + 1;
            w2 = WordAt(text_, j, pos);
          }
          relative_after_preposition = InListLower(w2, kRelativeWords) && !IsArticle(w2);
        }
        if (relative_after_preposition) {
          *relative = true;
          return i;
        }
        return start;  // a plain comma: an apposition or a list, not a new clause
      } else if (EqualsLowerAscii(w, "dass") || EqualsLowerAscii(w, "que") ||
                 EqualsLowerAscii(w, "that") ||
                 (lang_ == Lang::kEn &&
                  (EqualsLowerAscii(w, "while") || EqualsLowerAscii(w, "whereas")))) {
        // English writes no comma before "while": "X cut 900 jobs while 300 will go at Y".
        return i;
      }
    }
  }
  return start;
}

const EntityMention* Attributor::ValuedCompanyEn(const Figure& f, size_t s) const {
  if (f.kind != FigureKind::kMoney) return nullptr;
  // The per-share phrases below open with a blank or a hyphen right after the figure.
  const bool spaced = f.end < text_.size() && (text_[f.end] == ' ' || text_[f.end] == '-');
  // The byte after the blank: each cue below is compared only when it starts with it (most
  // money figures are followed by none of them).
  const char next = spaced && f.end + 1 < text_.size() ? text_[f.end + 1] : '\0';
  // "<figure> (in cash) for each Y share": Y's per-share price.
  for (std::string_view cue : {" for each ", " for every ", " in cash for each "}) {
    if (!spaced || next != cue[1] || !text_.substr(f.end).starts_with(cue)) continue;
    const size_t at = f.end + cue.size();
    for (const EntityMention* m : ms_) {
      if (m->start == at && OrgLike(*m) && text_.substr(m->end).starts_with(" share")) return m;
    }
    return nullptr;
  }
  // "a <figure>-a-share offer for Y", "<figure> per share bid for Y".
  {
    std::string_view after = text_.substr(f.end, std::min<size_t>(40, text_.size() - f.end));
    if (spaced && after.size() > 1) {
      after.remove_prefix(1);
      for (std::string_view per : {"a share ", "a-share ", "per share ", "per-share "}) {
        // (`after` moves on past a phrase matched: its own first byte, not `next`.)
        if (after.empty() || after[0] != per[0] || !after.starts_with(per)) continue;
        after.remove_prefix(per.size());
        for (std::string_view bid : {"offer for ", "bid for "}) {
          if (!after.starts_with(bid)) continue;
          const size_t at = static_cast<size_t>(after.data() - text_.data()) + bid.size();
          for (const EntityMention* m : ms_) {
            if (m->start == at && OrgLike(*m)) return m;
          }
        }
      }
    }
  }
  // "… valuing Y at (about) <figure>": " at " and at most a qualifier before the figure.
  const size_t lo = std::max(s, f.start > 80 ? f.start - 80 : size_t{0});
  const std::string_view before = text_.substr(lo, f.start - lo);
  const size_t at = before.rfind(" at ");
  if (at == std::string_view::npos || before.size() - at > 4 + 16) return nullptr;
  for (char c : before.substr(at + 4)) {
    if (c != ' ' && (c < 'a' || c > 'z')) return nullptr;
  }
  // The valuation verb right before its object.
  size_t verb_end = std::string_view::npos;
  for (std::string_view v : {" value ", " values ", " valued ", " valuing "}) {
    const size_t p = before.rfind(v, at);
    if (p != std::string_view::npos &&
        (verb_end == std::string_view::npos || p + v.size() > verb_end)) {
      verb_end = p + v.size();
    }
  }
  if (verb_end == std::string_view::npos || verb_end > at) return nullptr;
  const std::string_view object = before.substr(verb_end, at - verb_end);
  if (object.find_first_of(",;:()\"") != std::string_view::npos) return nullptr;
  const size_t obj_start = lo + verb_end;
  const size_t obj_end = lo + at;
  for (const EntityMention* m : ms_) {
    if (m->start >= obj_start && m->end <= obj_end && OrgLike(*m)) return m;
  }
  // "valuing it / the company at": the target of an offer before the verb ("the <noun>"
  // only, not "the <adjective> <noun>": maybe a description of something else).
  const bool pronoun = EqualsLowerAscii(object, "it");
  const bool the_noun = object.starts_with("the ") && object.find(' ', 4) == std::string_view::npos;
  if (!pronoun && !the_noun) return nullptr;
  size_t ws;
  const EntityMention* target = nullptr;
  for (const EntityMention* m : ms_) {
    if (m->end > obj_start) break;
    if (!OrgLike(*m)) continue;
    const std::string_view prep = WordBefore(text_, s, m->start, &ws);
    if (!EqualsLowerAscii(prep, "for") && !EqualsLowerAscii(prep, "of")) continue;
    const std::string_view noun = WordBefore(text_, s, ws, &ws);
    for (std::string_view bid : {"offer", "bid", "takeover", "approach", "acquisition"}) {
      if (noun.starts_with(bid)) target = m;
    }
  }
  return target;
}

const EntityMention* Attributor::BoughtAntecedent(size_t s, size_t e, size_t fs, size_t fe) const {
  // The nearest ", <relative pronoun> " before the figure, within 200 bytes.
  constexpr std::string_view kRelative[] = {"die", "der", "das", "den", "which", "that"};
  const size_t floor = std::max(s + 2, fs > 200 ? fs - 200 : size_t{0});
  size_t rc = std::string_view::npos;
  for (size_t i = fs; i > floor; --i) {
    if (text_[i - 1] != ' ' || text_[i - 2] != ',') continue;
    if (InListLower(WordAt(text_, i, fs), kRelative)) {
      rc = i;
      break;
    }
  }
  if (rc == std::string_view::npos) return nullptr;
  // The clause reaches to the figure (no ';' ':' or bracket before it) and, after the
  // figure, to the next comma: German puts the verb last ("die Y für 3 Mrd. übernommen hatte").
  const std::string_view head = text_.substr(rc, fs - rc);
  if (head.find_first_of(";:()") != std::string_view::npos) return nullptr;
  std::string_view tail = text_.substr(fe, std::min<size_t>(80, e - fe));
  tail = tail.substr(0, tail.find_first_of(",;:("));
  // The purchase verb and where it is (in `head` or `tail`).
  size_t verb = std::string_view::npos;
  for (std::string_view v : {"gekauft", "übernommen", "erworben", "akquiriert", "geschluckt",
                             "bought", "acquired", "purchased", "took over", "snapped up"}) {
    size_t at = scan::FindLower(head, v);
    if (at != std::string_view::npos) {
      verb = std::min(verb, rc + at);
      continue;
    }
    at = scan::FindLower(tail, v);
    if (at != std::string_view::npos) verb = std::min(verb, fe + at);
  }
  if (verb == std::string_view::npos) return nullptr;
  // The buyer is named inside the clause before the verb: "die Y gekauft hatte", "which Y
  // bought", "die von Y übernommen wurde" ("which bought Y" buys Y: not this rule).
  const EntityMention* antecedent = nullptr;
  bool buyer = false;
  for (const EntityMention* m : ms_) {
    if (m->end + 2 <= rc && rc - 2 - m->end <= 40 && m->type != EntityType::kPlace) {
      antecedent = m;
    }
    if (m->start > rc && m->end <= verb && OrgLike(*m)) buyer = true;
  }
  return buyer ? antecedent : nullptr;
}

bool Attributor::StakeHolder(size_t s, size_t cs, bool relative, size_t fs,
                             const EntityMention** holder_out) const {
  // A clause after "that" / "dass" / "que" ("X said on Monday that the state owns 20% of
  // Y") has its own subject: the names before it are not the holder.
  size_t lo = s;
  if (!relative && cs > s) {
    const std::string_view w = WordAt(text_, cs, fs);
    if (EqualsLowerAscii(w, "that") || EqualsLowerAscii(w, "dass") || EqualsLowerAscii(w, "que")) {
      lo = cs;
    }
  }
  const EntityMention* holder = nullptr;
  for (size_t i = 0; i < ms_.size() && ms_[i]->start < fs; ++i) {
    if (ms_[i]->start < lo || prep_[i]) continue;
    // A name the tagger split in two ("Kral Invest Partners" as "Kral" and "Invest
    // Partners") is named by its first part.
    const bool rest_of_name =
        holder != nullptr && ms_[i]->start == holder->end + 1 && text_[holder->end] == ' ';
    if (!rest_of_name) holder = ms_[i];
  }
  bool ref = false;  // a nominal reference or pronoun in the clause
  for (const Ref& r : refs_) {
    ref = ref || (r.pos >= lo && r.pos < fs);
    if (holder != nullptr && r.pos > holder->end && r.pos < fs) holder = nullptr;
  }
  *holder_out = holder;
  return holder != nullptr || ref || lo == s;
}

const EntityMention* Attributor::GroupAt(size_t pos, size_t hi, bool antecedent,
                                         const MetricClassifier& cues) {
  size_t ts = 0, te = 0;
  std::string_view w, gap;
  // The next word in [at, hi), and the bytes before it; false when none.
  auto next = [&](size_t at) {
    if (!scan::NextToken(text_, at, &ts, &te) || te > hi) return false;
    gap = text_.substr(at, ts - at);
    w = text_.substr(ts, te - ts);
    return true;
  };
  auto plain_space = [&] { return gap == " "; };
  if (!next(pos)) return nullptr;
  for (char c : gap) {  // spaces and quotes only before the article
    if (c != ' ' && c != '"' && c != '\'' && static_cast<unsigned char>(c) < 0x80) return nullptr;
  }
  if (!(EqualsLowerAscii(w, "el") || EqualsLowerAscii(w, "la") || EqualsLowerAscii(w, "los") ||
        EqualsLowerAscii(w, "las"))) {
    return nullptr;
  }
  // A noun that may head a group (not a measure unless `measure_ok`).
  auto group_noun = [&](std::string_view n) {
    return LowerWord(n) && !InListLower(n, kNotGroupEs) && !IsNominal(n) &&
           !InListLower(n, kPersonNounsEs) && !IsPreposition(n) && !IsArticle(n) && !IsGroupNoun(n);
  };
  if (!next(te) || !plain_space() || !group_noun(w)) return nullptr;
  size_t head_s = ts, head_e = te;
  if (cues.CueIn(ts, te) == MetricClassifier::NounCue::kMeasure) {
    // "las ventas de casetes": the object of the measure, with or without its article.
    if (!next(te) || !plain_space() || !EqualsLowerAscii(w, "de")) return nullptr;
    if (!next(te) || !plain_space()) return nullptr;
    if (IsArticle(w) && (!next(te) || !plain_space())) return nullptr;
    // Things counted in the plural only ("de casetes", not "de intermediación").
    if (!group_noun(w) || w.back() != 's' ||
        cues.CueIn(ts, te) == MetricClassifier::NounCue::kMeasure) {
      return nullptr;
    }
    head_s = ts;
    head_e = te;
  }
  const std::string_view noun = text_.substr(head_s, head_e - head_s);
  std::string entity = SingularEs(noun);
  size_t end = head_e;
  // An agreeing adjective ("el disco compacto"), then the verb or ", que".
  if (!next(end)) return nullptr;
  if (plain_space() && AgreesEs(noun, w) && !IsPreposition(w) && !InListLower(w, kNotGroupEs)) {
    entity += ' ';
    entity += SingularEs(w);
    end = te;
    if (!next(end)) return nullptr;
  }
  if (antecedent) {
    if (gap != ", " || !EqualsLowerAscii(w, "que")) return nullptr;
  } else if (!plain_space() || !LowerWord(w) || IsPreposition(w) || EqualsLowerAscii(w, "que") ||
             EqualsLowerAscii(w, "y") ||
             cues.CueIn(ts, te) == MetricClassifier::NounCue::kMeasure) {
    // (a measure after the word: it was an adjective, "la significativa caída")
    return nullptr;
  }
  EntityMention& g = groups_.emplace_back();
  g.entity = std::move(entity);
  g.type = EntityType::kGroup;
  g.start = static_cast<uint32_t>(head_s);
  g.end = static_cast<uint32_t>(end);
  g.surface = std::string(text_.substr(head_s, end - head_s));
  return &g;
}

const EntityMention* Attributor::MembersNamedDe(const Figure& f) const {
  static constexpr std::string_view kMemberNouns[] = {
      "Staaten",         "Länder",           "Ländern",         "Mitglieder",      "Mitgliedern",
      "Mitgliedstaaten", "Mitgliedsstaaten", "Mitgliedsländer", "Mitgliedsländern"};
  for (const EntityMention* m : ms_) {
    if (m->start < f.start) continue;
    // Right after the number ("17 Kral-Staaten"; the figure's surface may hold the compound).
    if (m->start > f.end + 1 || m->start == f.start || text_[m->start - 1] != ' ' ||
        !scan::IsDigit(text_[m->start - 2])) {
      return nullptr;
    }
    if (m->end >= text_.size() || text_[m->end] != '-') return nullptr;
    const std::string_view noun = WordAt(text_, m->end + 1, text_.size());
    for (std::string_view n : kMemberNouns) {
      if (noun == n) return m;
    }
    return nullptr;
  }
  return nullptr;
}

const EntityMention* Attributor::PluralInstitutionDe(size_t s, size_t fs) {
  if (fs < s + 3 || text_[fs - 1] != '(' || text_[fs - 2] != ' ') return nullptr;
  size_t ws, ws2;
  const std::string_view w = WordBefore(text_, s, fs - 2, &ws);
  if (ws + w.size() != fs - 2 || w.size() < 8 || w.size() > 30 || !ner::StartsUpper(w)) {
    return nullptr;
  }
  bool plural = false;
  for (std::string_view suf :
       {"banken", "kassen", "versicherungen", "konzerne", "genossenschaften", "gesellschaften"}) {
    // A compound: the first part has three bytes at least ("Volks-banken", not "Banken").
    plural = plural || (w.size() >= suf.size() + 3 && w.substr(w.size() - suf.size()) == suf);
  }
  if (!plural) return nullptr;
  const std::string_view art = WordBefore(text_, s, ws, &ws2);
  if (!(EqualsLowerAscii(art, "den") || EqualsLowerAscii(art, "die") ||
        EqualsLowerAscii(art, "der"))) {
    return nullptr;
  }
  EntityMention& g = groups_.emplace_back();
  g.entity = std::string(w);
  g.type = EntityType::kOrg;
  g.start = static_cast<uint32_t>(ws);
  g.end = static_cast<uint32_t>(ws + w.size());
  g.surface = g.entity;
  return &g;
}

const EntityMention* Attributor::GroupOf(const Figure& f, size_t s, size_t cs, bool relative) {
  if (f.kind != FigureKind::kPercent) return nullptr;
  for (size_t i = 0; i < ms_.size() && ms_[i]->start < f.start; ++i) {
    if (!prep_[i]) return nullptr;  // a named subject
  }
  for (const Ref& r : refs_) {
    if (r.pos < f.start) return nullptr;
  }
  // No name between the group and the figure: "las mujeres en Tecnovía" are Tecnovía's.
  auto clear = [&](const EntityMention* g) {
    if (g == nullptr) return g;
    for (const EntityMention* m : ms_) {
      if (m->start >= g->end && m->start < f.start)
        return static_cast<const EntityMention*>(nullptr);
    }
    return g;
  };
  if (relative && cs > s) {
    // The article nearest before the ", que" opening the clause.
    size_t comma = cs;
    while (comma > s && text_[comma - 1] == ' ') --comma;
    if (comma > s && text_[comma - 1] == ',') {
      --comma;
      const size_t lo = comma > s + 60 ? comma - 60 : s;
      size_t at = comma;
      for (int k = 0; k < 6 && at > lo; ++k) {
        size_t ws = 0;
        std::string_view w = WordBefore(text_, lo, at, &ws);
        if (w.empty()) break;
        if (IsArticle(w)) {
          if (const EntityMention* g = clear(GroupAt(ws, f.start, true, cues_))) return g;
          break;
        }
        at = ws;
      }
    }
    return nullptr;
  }
  if (cs > s) {
    if (const EntityMention* g = clear(GroupAt(cs, f.start, false, cues_))) return g;
    // A clause of its own continues the sentence's group only with "su(s)" ("las mujeres
    // … pueden esperar que sus ingresos bajen un 50 %"); else its subject is unknown.
    size_t ts = 0, te = 0;
    size_t at = cs;
    bool su = false;
    for (int k = 0; k < 2 && scan::NextToken(text_, at, &ts, &te) && ts < f.start; ++k) {
      const std::string_view w = text_.substr(ts, te - ts);
      su = EqualsLowerAscii(w, "su") || EqualsLowerAscii(w, "sus");
      if (su || !EqualsLowerAscii(w, "que")) break;
      at = te;
    }
    if (!su) return nullptr;
  }
  if (const EntityMention* g = clear(GroupAt(s, f.start, false, cues_))) return g;
  // One leading phrase with a comma: "En cambio, las …", "En comparación con X, las …".
  const size_t lead_end = std::min<size_t>(f.start, s + 60);
  const size_t comma = text_.substr(s, lead_end - s).find(", ");
  if (comma != std::string_view::npos) {
    if (const EntityMention* g = clear(GroupAt(s + comma + 1, f.start, false, cues_))) return g;
  }
  // "Su cuota pasó del 70 %": the group opening the sentence before, when that sentence
  // names nothing.
  size_t ts = 0, te = 0;
  if (!scan::NextToken(text_, s, &ts, &te) || ts - s > 3 ||
      !(EqualsLowerAscii(text_.substr(ts, te - ts), "su") ||
        EqualsLowerAscii(text_.substr(ts, te - ts), "sus"))) {
    return nullptr;
  }
  size_t ps = 0, p = 0;
  if (!SentenceBefore(text_, s, &ps, &p) || s - ps > 400) return nullptr;
  const auto first =
      std::lower_bound(mentions_.begin(), mentions_.end(), ps,
                       [](const EntityMention& m, size_t pos) { return m.start < pos; });
  if (first != mentions_.end() && first->start < s) return nullptr;
  prev_cues_.Scan(text_, ps, p);
  return GroupAt(ps, p, false, prev_cues_);
}

// Cited as a source in its sentence: "laut X", "según (la empresa) X", "according to X",
// "según un estudio del X", "a survey by X" (up to five words before the name, in its clause);
// German also "nach Angaben des X", "X zufolge" (IsCitedSourceDe; never a place); Spanish "la
// consultora X" after a report noun (IsResearchSource).
bool Attributor::CitedInSentence(size_t s, const EntityMention& m, std::string_view before,
                                 size_t before_start) const {
  // German: a place written with a capital that opens a cited organisation's name is cited
  // with it ("nach Angaben des Nordland Geological Survey": the place mention, then the
  // organisation's); not an adjective ("nach Angaben der nordländischen Polizei": where).
  if (lang_ == Lang::kDe && m.type == EntityType::kPlace && m.start < text_.size() &&
      ner::StartsUpper(text_.substr(m.start))) {
    const auto next =
        std::lower_bound(mentions_.begin(), mentions_.end(), m.end + 1,
                         [](const EntityMention& x, size_t pos) { return x.start < pos; });
    if (next != mentions_.end() && next->start == m.end + 1 && next->type == EntityType::kOrg &&
        text_[m.end] == ' ') {
      return CitedInSentence(s, *next);
    }
  }
  // Within the name's clause: "According to forecasts, X will" does not cite X.
  bool cited = false;
  size_t at = m.start;
  size_t w_start = before_start;
  std::string_view w = before;
  const bool de_source = lang_ == Lang::kDe && m.type != EntityType::kPlace;
  // German: a short form in brackets after its name is cited where the name is ("nach
  // Angaben des Statistischen Landesamts (StaLa)"; not by a survey noun: "eine Erhebung des
  // Landesamts (LA)" names whose figures they are).
  const bool short_form = de_source && (at = NameBeforeShortFormDe(text_, s, m)) != m.start;
  if (short_form) w = WordBefore(text_, s, at, &w_start);
  // The word the walk came from (German: EndsCiteWalkDe); at the first step the token at
  // `at`, read only where EndsCiteWalkDe reads it (after an inflected adjective).
  std::string_view after;
  const size_t first_at = at;
  for (int k = 0; k < 5 && !w.empty() && !cited; ++k) {
    const size_t w_end = w_start + w.size();
    if (scan::HasAnyOf(text_.substr(w_end, at - w_end), ",;:()")) break;
    if (lang_ == Lang::kDe && AuxiliaryDe(w)) break;  // "Laut X ist Y …": Y is the subject
    // "laut X", "según X", "de acuerdo con X", "according to X".
    cited = EqualsLowerAscii(w, "laut") || EqualsLowerAscii(w, "según") ||
            EqualsLowerAscii(w, "segun") || EqualsLowerAscii(w, "according");
    at = w_start;
    const std::string_view cur = w;
    w = WordBefore(text_, s, at, &w_start);
    // "de acuerdo con X", not "el acuerdo firmado entre X y …".
    cited = cited || (EqualsLowerAscii(cur, "acuerdo") && EqualsLowerAscii(w, "de"));
    cited = cited || (de_source && SourceNounDe(cur) && CitedByNounDe(text_, s, at));
    // Who made a survey or study: "a survey by (research firm) X", "in einer Umfrage des
    // Verbandes X", "un estudio de la Universidad X" (the survey noun right before a
    // preposition). The people surveyed or the place studied are what its figures are
    // about, as with "according to X".
    if (!cited && k > 0 && !short_form && m.type != EntityType::kPlace && SurveyNoun(cur)) {
      size_t ts = 0, te = 0;
      cited = scan::NextToken(text_, at + cur.size(), &ts, &te) &&
              InListLower(text_.substr(ts, te - ts), {"by", "of", "from", "for", "des", "der",
                                                      "durch", "von", "vom", "de", "del"});
    }
    // German: no verb between the cue and the name (EndsCiteWalkDe).
    if (!cited && lang_ == Lang::kDe) {
      if (size_t as = 0, ae = 0;
          k == 0 && InflectedAdjectiveDe(cur) && scan::NextToken(text_, first_at, &as, &ae)) {
        after = text_.substr(as, ae - as);
      }
      if (EndsCiteWalkDe(cur, after)) break;
    }
    after = cur;
    if (w_start == at) break;
  }
  cited = cited || (lang_ == Lang::kEs && IsResearchSource(text_, m)) ||
          (de_source && ZufolgeAfter(text_, m.end));
  return cited && !(de_source && OwnReportAfterDe(text_, m.end));  // "… stieg ihr Umsatz"
}

bool Attributor::ReportsInSentence(size_t s, const EntityMention& m) const {
  size_t at = m.start;
  for (int k = 0; k < 5; ++k) {
    size_t ws = 0;
    const std::string_view w = WordBefore(text_, s, at, &ws);
    if (w.empty() || ws == at) break;
    const size_t we = ws + w.size();
    if (scan::HasAnyOf(text_.substr(we, at - we), ",;:.!?\n\"")) break;
    if (SpeechVerb(lang_, w)) return true;
    at = ws;
  }
  size_t pos = m.end, ts = 0, te = 0;
  for (int k = 0; k < 3 && scan::NextToken(text_, pos, &ts, &te); ++k) {
    if (scan::HasAnyOf(text_.substr(pos, ts - pos), ",;:.!?\n\"")) break;
    if (SpeechVerb(lang_, text_.substr(ts, te - ts))) return true;
    pos = te;
  }
  return false;
}

bool Attributor::NamedInClauseAfter(const Figure& f, size_t e, std::string_view entity) const {
  static constexpr std::string_view kClauseStops[] = {"\u2013", "\u2014", "\u201E", "\u201C",
                                                      "\u201D"};
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), f.end,
                             [](const EntityMention& m, size_t p) { return m.start < p; });
  for (; it != mentions_.end() && it->start < e; ++it) {
    const std::string_view gap = text_.substr(f.end, it->start - f.end);
    // A clause ends at punctuation, a bracket, a quote or a dash ("–", "—", "„", "“", "”").
    if (gap.find_first_of(",;:()\"") != std::string_view::npos ||
        std::any_of(std::begin(kClauseStops), std::end(kClauseStops),
                    [gap](std::string_view c) { return gap.find(c) != std::string_view::npos; })) {
      return false;
    }
    if (it->entity == entity) return true;
  }
  return false;
}

namespace {
// Words that may name a parent company (kParentNouns's stems): where no sentence without
// figures holds one, it has no parent reference (AnalyzeSentence, Run).
constexpr std::string_view kParentCues[] = {"mutter", "matriz", "parent", "igentümer", "owner"};
}  // namespace

void Attributor::AnalyzeSentence(size_t s, size_t e, bool has_figures) {
  s_ = s;
  e_ = e;
  ms_.clear();
  prep_.clear();
  refs_.clear();
  pronoun_ = std::string_view::npos;
  first_person_ = -1;
  narrator_es_ = -1;
  world_es_ = -1;
  world_en_ = -1;
  narrator_en_ = -1;
  cited_statistics_ = false;
  bool parent_before = false;  // the last mention names a subsidiary's parent
  auto lo = std::lower_bound(mentions_.begin(), mentions_.end(), s,
                             [](const EntityMention& m, size_t p) { return m.start < p; });
  for (auto it = lo; it != mentions_.end() && it->start < e; ++it) {
    if (!Eligible(*it) || IsDatelinePlace(text_, *it)) continue;
    // A place that only describes an organisation, its seat or origin ("das Unternehmen aus
    // Grünfeld", "la empresa con sede en Villaclara"), is no subject of the sentence.
    if (IsSeatOfOrganisation(text_, lang_, *it)) continue;
    // A body that keeps to its sentence (EntityMention::local: a ministry, the police) in an
    // article about a place is that place's source: the figures it reports are the place's
    // ("Derzeit meldet das Gesundheitsministerium 65 Patienten" in a story about the
    // country). Also money: in the corpus a ministry's or the police's sums in such a story
    // (the state's costs, a damage estimate) were the place's more often than the body's own.
    if (it->local && article_topic_ != nullptr && article_topic_->type == EntityType::kPlace) {
      continue;
    }
    // A place glued to a lower-case word is a modifier: "Netherlands-based", "US-made".
    if (it->type == EntityType::kPlace && it->end + 1 < e && text_[it->end] == '-' &&
        scan::IsAsciiAlnum(text_[it->end + 1]) &&
        scan::LowerAscii(text_[it->end + 1]) == text_[it->end + 1]) {
      continue;
    }
    // German: an organisation opening a compound after a place adjective names the kind of
    // the place's people or things, not the subject: "eines Linzer Kralix-Vermieters", "auf
    // irische Kralix-Anbieter" (the place is).
    if (lang_ == Lang::kDe && it->type == EntityType::kOrg && it->end + 1 < e &&
        text_[it->end] == '-' && !ms_.empty() && ms_.back()->type == EntityType::kPlace &&
        ms_.back()->end + 1 == it->start && text_[ms_.back()->end] == ' ') {
      continue;
    }
    // A place (or demonym) naming a currency is no place of the story: "the weakening US
    // dollar", "der kanadische Dollar", "Hongkong-Dollar" (all languages).
    if (it->type == EntityType::kPlace && it->end + 7 <= e) {
      const std::string_view next = text_.substr(it->end, 7);
      if (scan::FindLower(next, " dollar") == 0 || scan::FindLower(next, "-dollar") == 0) continue;
    }
    // English: a place describing a company noun is part of a reference to the company, not
    // the story's place: "The US firm is offering $2bn", "the Texas company" (as a demonym
    // there is: "the Australian firm"; the reference resolves to the company).
    // Also after up to three more lower-case words or the place's possessive: "the US
    // telecoms firm", "a Ruritanian mortgage lender", "Ruritania's biggest bank".
    if (lang_ == Lang::kEn && it->type == EntityType::kPlace && it->end + 1 < e &&
        (text_[it->end] == ' ' || text_.substr(it->end).starts_with("'s "))) {
      size_t q = text_[it->end] == ' ' ? it->end : it->end + 2;
      bool nominal = false;
      for (int words = 0; words < 4 && !nominal && q + 1 < e && text_[q] == ' '; ++words) {
        const size_t w0 = ++q;
        while (q < e && ((text_[q] >= 'a' && text_[q] <= 'z') || text_[q] == '-')) ++q;
        if (q == w0 || (q < e && scan::IsWordOrHigh(text_[q]))) break;
        const std::string_view w = text_.substr(w0, q - w0);
        // Modifiers only: "in London the company said" names no company of London.
        if (IsArticle(w) || IsPreposition(w) || IsPossessiveDeterminer(w)) break;
        nominal = IsNominal(w);
      }
      // The company noun heads the phrase: not "the Ruritanian airline market".
      if (nominal && q + 1 < e && text_[q] == ' ') {
        size_t r = q + 1;
        while (r < e && text_[r] >= 'a' && text_[r] <= 'z') ++r;
        nominal = !InListLower(text_.substr(q + 1, r - q - 1),
                               {"market", "markets", "industry", "sector", "business"});
      }
      if (nominal) continue;
    }
    size_t ws;
    std::string_view before = WordBefore(text_, s, it->start, &ws);
    // Cited as a source in this sentence (CitedInSentence): no subject here.
    if (CitedInSentence(s, *it, before, ws)) {
      // German: a statistics body cited ("laut den Zahlen der Statistikbehörde X"), for the
      // figures the sentence names no subject of (AttributeSentence).
      if (lang_ == Lang::kDe && has_figures && !cited_statistics_ && it->type == EntityType::kOrg) {
        cited_statistics_ = StatisticsBodyDeMemo(*it);
      }
      continue;
    }
    bool prep = IsPreposition(before);
    // A capitalised particle before a person's surname is part of the name, not a
    // preposition: "…, De Ralo ganó 200 millones", "Van Dalen sagte" (all languages).
    if (prep && it->type == EntityType::kPerson && ner::IsNameParticle(before)) prep = false;
    // "In der EU", "en la UE"; a possessive determiner too: "para becas de su Fundación X".
    if (!prep && (IsArticle(before) || IsPossessiveDeterminer(before))) {
      size_t ws2;
      prep = IsPreposition(WordBefore(text_, s, ws, &ws2));
    }
    // Spanish: a country adjective after its noun is governed with the noun ("en el caso de
    // la capital francesa", "para la banca española").
    if (!prep && lang_ == Lang::kEs && it->type == EntityType::kPlace &&
        it->surface != it->entity && LowerWord(before)) {
      size_t ws2, ws3;
      std::string_view w2 = WordBefore(text_, s, ws, &ws2);
      prep = IsPreposition(w2) || (IsArticle(w2) && IsPreposition(WordBefore(text_, s, ws2, &ws3)));
    }
    // "del grupo X", "bei der Firma X", "del partido X", "auf der Handelsplattform X": the
    // preposition governs the name.
    if (!prep && (IsNominal(before) || IsGroupNoun(before))) {
      size_t ws2, ws3;
      std::string_view w2 = WordBefore(text_, s, ws, &ws2);
      prep = IsPreposition(w2) || (IsArticle(w2) && IsPreposition(WordBefore(text_, s, ws2, &ws3)));
    } else if (!prep && lang_ == Lang::kDe && IsCompanyCompoundDe(before)) {
      // A German compound in apposition: "auf der Handelsplattform X", "beim Autobauer X".
      // Not "von" / "durch", which name the agent of a passive ("von der
      // Treuhandgesellschaft X aufgefordert").
      size_t ws2, ws3;
      std::string_view w2 = WordBefore(text_, s, ws, &ws2);
      if (IsArticle(w2)) w2 = WordBefore(text_, s, ws2, &ws3);
      prep = IsPreposition(w2) && !EqualsLowerAscii(w2, "von") && !EqualsLowerAscii(w2, "vom") &&
             !EqualsLowerAscii(w2, "durch");
    }
    // A name the sentence opens with as its topic is its subject: "En cuanto a X, …",
    // "Respecto a X", "As for X".
    if (prep && it->start > s && it->start - s <= 16) {
      std::string_view lead = text_.substr(s, it->start - s);
      static constexpr std::string_view kTopicLeads[] = {"en cuanto a ", "en cuanto al ",
                                                         "respecto a ", "respecto al ", "as for "};
      for (std::string_view t : kTopicLeads) {
        if (lead.size() == t.size() && scan::FindLower(lead, t) == 0) prep = false;
      }
    }
    // English: the company whose shares a sentence moves is its subject, though "in" governs
    // it: "Shares in Kellmoor rose 6% to 458p", "the news sent shares in Kellmoor up 8%" (a
    // name before it still comes first: "Voltaro holds shares in Kellmoor").
    if (prep && lang_ == Lang::kEn && it->type == EntityType::kOrg && before.size() == 2 &&
        EqualsLowerAscii(before, "in")) {
      size_t ws2;
      if (EqualsLowerAscii(WordBefore(text_, s, ws, &ws2), "shares")) prep = false;
    }
    // German: the parent named with its subsidiary is not the subject, the subsidiary is:
    // "die Tochter der Kralix AG, Morlan Bank, meldete", "die Kralix-Tochter Morlan", "die
    // Kralix-Tochter meldete" (the topic stays the subsidiary named before).
    bool parent_of_subsidiary = false;
    if (!prep && lang_ == Lang::kDe && it->type == EntityType::kOrg) {
      if (EqualsLowerAscii(before, "der") || EqualsLowerAscii(before, "des")) {
        size_t ws2;
        parent_of_subsidiary = SubsidiaryNounDe(WordBefore(text_, s, ws, &ws2));
      }
      if (it->end + 8 <= e && text_[it->end] == '-') {
        parent_of_subsidiary =
            parent_of_subsidiary || EqualsLowerAscii(text_.substr(it->end + 1, 7), "tochter");
      }
      prep = parent_of_subsidiary;
    }
    // German: a name in parentheses after an indefinite noun phrase is the short form of a
    // kind of thing, not an organisation that could be the subject ("über ein zentrales
    // Buchungssystem (ZBS) erstellt"; but "zum Kralinger Fonds (KF)" is a name).
    if (!prep && lang_ == Lang::kDe && it->start >= 2 && it->end < text_.size() &&
        text_[it->start - 1] == '(' && text_[it->end] == ')' && text_[it->start - 2] == ' ' &&
        (ms_.empty() || ms_.back()->end + 2 != it->start)) {
      size_t at = it->start - 1, w_start = at;
      for (int k = 0; k < 3 && !prep; ++k) {
        std::string_view w = WordBefore(text_, s, at, &w_start);
        if (w.empty() || w_start == at) break;
        prep = prep || InListLower(w, function_words::kIndefiniteArticlesDe);
        at = w_start;
      }
    }
    // A name in parentheses right after another names it again ("del partido Unión
    // Cívica (UC)", "vom Verband Neue Mitte (NM)"): it shares that name's preposition.
    // (All languages.)
    const bool parenthesised = !ms_.empty() && it->start >= 2 && text_[it->start - 1] == '(' &&
                               ms_.back()->end + 2 == it->start && text_[ms_.back()->end] == ' ' &&
                               it->end < e && text_[it->end] == ')';
    if (parenthesised) prep = prep_.back();
    // List members share the preposition of the list: "auf Microsoft, Google und Meta".
    if (!ms_.empty()) {
      std::string_view gap = text_.substr(ms_.back()->end, it->start - ms_.back()->end);
      bool list_gap = gap == ", " || gap == " und " || gap == " y " || gap == " and " ||
                      gap == " e " || gap == " sowie " || gap == " oder " || gap == " o ";
      // Spanish: an article a place name starts with, and ", y " before the last member:
      // "con Lima, La Paz, y Quito".
      if (lang_ == Lang::kEs && !list_gap) {
        for (std::string_view g : {", y ", ", La ", ", El ", ", Los ", ", Las ", " y La ", " y El ",
                                   " y Los ", " y Las ", ", y La ", ", y El "}) {
          list_gap = list_gap || gap == g;
        }
      }
      // A person after an organisation is its apposition, not a list member: "el
      // presidente de la aerolínea Aerobrisa, Amparo Villaseñor, anunció" (es).
      const bool apposition = lang_ == Lang::kEs && it->type == EntityType::kPerson &&
                              ms_.back()->type == EntityType::kOrg;
      // The subsidiary after its parent is in apposition too: "die Tochter der Kralix AG,
      // Morlan Bank, meldete" (de).
      const bool subsidiary = gap == ", " && parent_before;
      if (list_gap && prep_.back() && !apposition && !subsidiary) prep = true;
    }
    ms_.push_back(&*it);
    prep_.push_back(prep);
    // Its acronym in parentheses names the parent too: "der Kralix AG (KAG), Morlan Bank".
    if (!parenthesised) parent_before = parent_of_subsidiary;
  }
  if (!has_figures) {
    // Only a parent reference near a mention ("Mutterkonzern von TikTok",
    // "TikTok-Mutterkonzern") can matter; skip the word scan unless one may be there.
    // The windows around the mentions lie inside the sentence: a sentence without a cue
    // has none in any window, and one pass over it replaces a search per mention (most
    // sentences have no cue).
    bool maybe_parent = false;
    if (!ms_.empty() && scan::ContainsAnyLower(text_.substr(s, e - s), kParentCues)) {
      for (const EntityMention* m : ms_) {
        size_t lo = m->start > s + 32 ? m->start - 32 : s;
        size_t hi = std::min<size_t>(e, m->end + 24);
        std::string_view around = text_.substr(lo, hi - lo);
        maybe_parent = maybe_parent || scan::ContainsAnyLower(around, kParentCues);
      }
    }
    if (!maybe_parent) return;
  }
  // Nominal references: article (within 4 words before) + company noun; German "es".
  size_t pos = s, ts, te;
  // The last four words, in a ring: word k before the current one (k < min(nwords, 4)) is
  // at [prev_word(k), prev_end(k)) (a ring: each word costs two stores, not eight moves).
  size_t ring_starts[4] = {0, 0, 0, 0};
  size_t ring_ends[4] = {0, 0, 0, 0};
  int nwords = 0;
  auto prev_word = [&](int k) { return ring_starts[(nwords - 1 - k) & 3]; };
  auto prev_end = [&](int k) { return ring_ends[(nwords - 1 - k) & 3]; };
  // A sentence with figures: its first continuing pronoun (SentencePronoun) in this walk,
  // not in a second one.
  bool find_pronoun = has_figures;
  while (scan::NextToken(text_, pos, &ts, &te) && ts < e) {
    pos = te;
    std::string_view w = text_.substr(ts, te - ts);
    const unsigned shape = RefWordShape(w);
    if (find_pronoun && (shape & 2U) != 0 && InListLower(w, kContinuingPronouns)) {
      pronoun_ = ts;
      find_pronoun = false;
    }
    const bool de_company_noun = lang_ == Lang::kDe && IsCompanyCompoundDe(w);
    if (!de_company_noun && (shape & 1U) == 0) {
      ring_starts[nwords & 3] = ts;
      ring_ends[nwords & 3] = te;
      ++nwords;
      continue;
    }
    bool nominal = de_company_noun || IsNominal(w);
    // A central bank is not the company of the story: "the central bank", "die Notenbank",
    // "el banco central".
    if (nominal && w.size() >= 4 && scan::FindLower(w, "bank") != std::string_view::npos) {
      std::string_view prev =
          nwords > 0 ? text_.substr(prev_word(0), prev_end(0) - prev_word(0)) : "";
      std::string_view next = text_.substr(te, std::min<size_t>(9, e - te));
      if (EqualsLowerAscii(prev, "central") || EqualsLowerAscii(prev, "world") ||
          EqualsLowerAscii(prev, "federal") || scan::FindLower(w, "zentral") == 0 ||
          scan::FindLower(w, "noten") == 0 || scan::FindLower(w, "welt") == 0 ||
          scan::FindLower(next, " central") == 0 || scan::FindLower(next, " mundial") == 0) {
        nominal = false;
      }
    }
    bool parent_noun = InListLower(w, kParentNouns);
    const bool person_noun = lang_ == Lang::kEs && !nominal && !parent_noun && IsPersonNounEs(w);
    if (person_noun) nominal = true;
    // "TikTok-Mutterkonzern"
    if (parent_noun || nominal) {
      Ref ref;
      ref.pos = ts;
      bool has_article = false;
      for (int k = 0; k < nwords && k < 4; ++k) {
        std::string_view pw = text_.substr(prev_word(k), prev_end(k) - prev_word(k));
        if (IsArticle(pw)) has_article = true;
      }
      // A genitive is a determiner too: "France's second largest carmaker", "Spaniens
      // größte Bank".
      if (!has_article && nwords > 0) {
        const size_t from = prev_word(std::min(nwords, 4) - 1);
        for (const EntityMention* m : ms_) {
          if (m->start >= from && m->end <= ts && Genitive(*m)) has_article = true;
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
        // "Brenlow's owner Tavisk": the name in apposition is the parent itself, named; a
        // German genitive names the child ("der Mutterkonzern Tavisks": like "von Tavisk").
        for (const EntityMention* m : ms_) {
          if (ref.entity.empty() && m->type == EntityType::kOrg && m->start == te + 1 &&
              text_[te] == ' ') {
            if (Genitive(*m)) {
              ref.entity = std::string(g_.ParentOf(m->entity));
            } else {
              parent_noun = false;
            }
          }
        }
      }
      // A noun in apposition to a name is no reference: "the carmaker Voltaro", "la cadena
      // de televisión X" (a name within three lower-case words after it); in English also an
      // organisation right after a comma ("Ruritania's budget airline, Voltaro Air fell 3%").
      if (nominal && !parent_noun) {
        for (const EntityMention* m : ms_) {
          if (m->start <= te || m->start > te + 40) continue;
          std::string_view gap = text_.substr(te, m->start - te);
          if (lang_ == Lang::kEn && gap == ", " && m->type == EntityType::kOrg) {
            nominal = false;
            break;
          }
          int words = 0;
          bool plain = gap.find_first_of(",;:()") == std::string_view::npos;
          for (size_t k = 0; k + 1 < gap.size() && plain; ++k) {
            if (gap[k] == ' ') {
              ++words;
              plain = scan::LowerAscii(gap[k + 1]) == gap[k + 1];
            }
          }
          // A name after "in" / "en" / "im" ends a clause, not an apposition: "prompted the
          // group to cut production in Norland", "obligó al grupo a cerrar la planta en X".
          size_t pws;
          std::string_view pw = WordBefore(text_, te, m->start, &pws);
          if (IsArticle(pw)) pw = WordBefore(text_, te, pws, &pws);  // "in the UK"
          const bool locative = EqualsLowerAscii(pw, "in") || EqualsLowerAscii(pw, "en") ||
                                EqualsLowerAscii(pw, "im");
          if (plain && words <= 4 && !locative) nominal = false;
          break;
        }
      }
      // A person noun needs the definite article right before it ("el candidato", not "un
      // candidato", "su candidato" or "el nuevo ministro de X").
      if (person_noun) {
        const std::string_view art =
            nwords > 0 ? text_.substr(prev_word(0), prev_end(0) - prev_word(0)) : "";
        has_article = EqualsLowerAscii(art, "el") || EqualsLowerAscii(art, "la");
        // "el presidente, Juan X, dijo": the name in apposition, no reference.
        for (const EntityMention* m : ms_) {
          if (m->start == te + 2 && text_[te] == ',') has_article = false;
        }
        ref.person = true;
        ref.noun_end = te;
      }
      if ((nominal && has_article) || parent_noun) refs_.push_back(ref);
    }
    if (lang_ != Lang::kEs && w == "es" && ts > s) refs_.push_back({ts, "", true});
    // "el país", "del país", "al país": the country the text is about (CountryOfText).
    // English: "the country", "the country's".
    if (((lang_ == Lang::kEs && w == "país") ||
         (lang_ == Lang::kEn && (w == "country" || w == "country's"))) &&
        nwords > 0) {
      const std::string_view pw = text_.substr(prev_word(0), prev_end(0) - prev_word(0));
      if (EqualsLowerAscii(pw, "el") || EqualsLowerAscii(pw, "del") || EqualsLowerAscii(pw, "al") ||
          (lang_ == Lang::kEn && EqualsLowerAscii(pw, "the"))) {
        Ref r;
        r.pos = ts;
        r.country = true;
        r.prep = !EqualsLowerAscii(pw, "el");
        refs_.push_back(r);
      }
    }
    ring_starts[nwords & 3] = ts;
    ring_ends[nwords & 3] = te;
    ++nwords;
  }
  if (find_pronoun) pronoun_ = e;
}

bool Attributor::DropReportSpeakers(size_t s, size_t e, const std::vector<Figure*>& figs) {
  if (ms_.empty()) return false;
  // Blanks only between two tokens (no punctuation).
  auto blank = [&](size_t a, size_t b) {
    return text_.substr(a, b - a).find_first_not_of(' ') == std::string_view::npos;
  };
  auto punct_before = [&](size_t p) {  // the byte before `p` across blanks, or npos
    while (p > s && text_[p - 1] == ' ') --p;
    return p > s ? p - 1 : std::string_view::npos;
  };
  auto punct_after = [&](size_t p) {  // the byte at or after `p` across blanks, or e
    while (p < e && text_[p] == ' ') ++p;
    return p;
  };
  // The speaker's phrase [hole_s, hole_e): the report is the rest of the sentence.
  size_t hole_s = 0, hole_e = 0;
  bool clause_es = false;        // a Spanish "… que <clause with a subject of its own>"
  std::string_view report_verb;  // the verb after the speaker, when one
  bool found = false;
  const EntityMention* speaker = nullptr;
  static constexpr std::string_view kAs[] = {"as", "como", "wie"};
  for (size_t i = 0; i < ms_.size() && !found; ++i) {
    const EntityMention& m = *ms_[i];
    // A speaker is no name a preposition governs ("the chairman of X"), nor a place.
    if (prep_[i] || (m.type != EntityType::kPerson && m.type != EntityType::kOrg)) continue;
    speaker = &m;
    // The speaker's acronym in parentheses belongs to it: "el Ministerio de Salud (Minsa)".
    size_t pe = m.end;
    if (i + 1 < ms_.size() && ms_[i + 1]->start == m.end + 2 && text_.substr(m.end, 2) == " (" &&
        ms_[i + 1]->end < e && text_[ms_[i + 1]->end] == ')') {
      pe = ms_[i + 1]->end + 1;
    }
    // Up to four words before the name in its clause: "as" / "como" / "wie" opening a
    // parenthetical ("Wie der Sender X berichtete, …", "As X reported, …"), a comma that opens
    // the speaker's phrase ("…, the Y institute has told Z."), a verb before the name ("…,
    // dijo X", "…, said Kellmoor chief executive X", "…, teilte X mit").
    size_t as_start = std::string_view::npos, comma = std::string_view::npos;
    size_t verb_before = std::string_view::npos;
    {
      size_t at = m.start;
      for (int k = 0; k < 5; ++k) {
        const size_t p = punct_before(at);
        // (An apostrophe or hyphen inside a word is none: "the state's", "Siemens-Chef".)
        const bool glued = p != std::string_view::npos && p + 1 < e && text_[p + 1] != ' ' &&
                           (text_[p] == '\'' || text_[p] == '-');
        if (p != std::string_view::npos && !glued && !scan::IsWordOrHigh(text_[p])) {
          if (text_[p] == ',' && p > s) comma = p;
          break;
        }
        size_t w_start = 0;
        const std::string_view w = WordBefore(text_, s, at, &w_start);
        if (w.empty() || w_start == at) break;
        if (verb_before == std::string_view::npos && SpeechVerb(lang_, w)) verb_before = w_start;
        if (InListLower(w, kAs)) {
          const size_t p2 = punct_before(w_start);
          if (p2 == std::string_view::npos || text_[p2] == ',') as_start = w_start;
          break;
        }
        at = w_start;
      }
    }
    // "X [has] [also] VERB …": the verb after the name (after up to three words in an "as"
    // parenthetical: "Wie der Sender X am Montag berichtete,"), or after the name's role in
    // apposition ("X, portavoz de Y, dijo que …", "X, Chef der Y, sagte, …", "X, head of Y,
    // said …"; the role's organisation belongs to the speaker's phrase). What follows ", "
    // counts as such a phrase up to the next comma when it opens with an article or a role
    // word, and outside German with any lower-case word (so also an adverb: "X, however,
    // said …" reaches the same verb).
    size_t pos = pe, ts = 0, te = 0;
    if (as_start == std::string_view::npos && pe + 2 < e && text_.substr(pe, 2) == ", " &&
        scan::NextToken(text_, pe, &ts, &te) && ts < e) {
      const std::string_view first = text_.substr(ts, te - ts);
      // (A speech verb right after the comma is the name's own: "X, indicó que …".)
      const bool role = ((lang_ != Lang::kDe && first[0] >= 'a' && first[0] <= 'z') ||
                         IsArticle(first) || SpeaksForRole(first, lang_)) &&
                        !SpeechVerb(lang_, first);
      const size_t close = role ? text_.find(',', te) : std::string_view::npos;
      if (close < e && close - pe <= 150 &&
          text_.substr(pe + 1, close - pe - 1).find_first_of(".;:()\"") == std::string_view::npos) {
        pos = close + 1;
      } else if (lang_ == Lang::kEs && !role && comma != std::string_view::npos &&
                 SpeechVerb(lang_, first)) {
        pos = pe + 1;  // "el ministro, X, dijo que …": the comma closes the apposition
      }
    }
    std::string_view verb;
    for (int k = 0; k < 3 && scan::NextToken(text_, pos, &ts, &te) && ts < e && blank(pos, ts);
         ++k) {
      const std::string_view w = text_.substr(ts, te - ts);
      if (SpeechVerb(lang_, w)) {
        verb = w;
        break;
      }
      if (as_start == std::string_view::npos && !SpeechAdverb(w) && !SpeechAuxiliary(w)) break;
      pos = te;
    }
    if (!verb.empty()) {
      report_verb = verb;
      size_t after = te;
      if (scan::NextToken(text_, after, &ts, &te) && ts < e && blank(after, ts) &&
          (SpeechAdverb(text_.substr(ts, te - ts)) ||
           (lang_ == Lang::kDe && EqualsLowerAscii(text_.substr(ts, te - ts), "mit")))) {
        after = te;
      }
      const size_t q = punct_after(after);
      const char next = q < e ? text_[q] : '.';
      if (as_start != std::string_view::npos) {
        if (next == ',') {  // "Como informó el diario X, …"
          hole_s = as_start;
          hole_e = q + 1;
          found = true;
        }
      } else if (next == ':') {  // "X explicó: en el mundo hay …"
        hole_s = s;
        hole_e = q + 1;
        found = true;
      } else if (lang_ == Lang::kEs) {
        if (scan::NextToken(text_, after, &ts, &te) && ts < e && blank(after, ts)) {
          std::string_view w = text_.substr(ts, te - ts);
          if (EqualsLowerAscii(w, "de") && scan::NextToken(text_, te, &ts, &te) && ts < e) {
            w = text_.substr(ts, te - ts);
          }
          size_t ws = 0, we = 0;
          // "X dijo que en la región …", not "X dijo que invertirá …" (its dropped subject is
          // the speaker), nor after a time phrase "X dijo que este año invertirá …".
          if (EqualsLowerAscii(w, "que") && scan::NextToken(text_, te, &ws, &we) && ws < e) {
            const size_t at = TimePhraseEndEs(text_, ws, we, e);
            if (at != ws && !(scan::NextToken(text_, at, &ws, &we) && ws < e)) ws = e;
            // "había" / "hubo" of existence ("que hasta 2019 había 60 …"), not an auxiliary
            // ("que había tratado …": the speaker's own).
            size_t ps = 0, pe2 = 0;
            const bool existence = ws < e &&
                                   InListLower(text_.substr(ws, we - ws), {"había", "hubo"}) &&
                                   !(scan::NextToken(text_, we, &ps, &pe2) && ps < e &&
                                     (text_.substr(ps, pe2 - ps).ends_with("ado") ||
                                      text_.substr(ps, pe2 - ps).ends_with("ido")));
            if (ws < e && (existence || OpensOwnClauseEs(text_.substr(ws, we - ws)))) {
              hole_s = s;
              hole_e = te;
              found = true;
              clause_es = true;
            }
          }
        }
      } else if (lang_ == Lang::kDe) {
        if (next == ',') {  // "X sagte, in Y seien …"
          hole_s = s;
          hole_e = q + 1;
          found = true;
        }
      } else if (next != '.' && next != ',') {
        // English: "X said (that) …", "X told Y that …", "X reported that …".
        const bool plain = !EqualsLowerAscii(verb, "told") && !EqualsLowerAscii(verb, "tells") &&
                           !EqualsLowerAscii(verb, "reported");
        size_t at = after;
        for (int k = 0; k < 5 && scan::NextToken(text_, at, &ts, &te) && ts < e && blank(at, ts);
             ++k) {
          if (EqualsLowerAscii(text_.substr(ts, te - ts), "that")) {
            hole_s = s;
            hole_e = te;
            found = true;
            break;
          }
          if (k == 0 && plain) break;
          at = te;
        }
        if (!found && plain) {
          hole_s = s;
          hole_e = after;
          found = true;
        }
      }
      // "…, the Y institute has told Z." / "…, X said.": the report is the sentence before
      // the comma that opens the speaker's phrase.
      if (!found && comma != std::string_view::npos && as_start == std::string_view::npos) {
        hole_s = comma;
        hole_e = e;
        found = true;
      }
      continue;
    }
    // "…, dijo X", "…, said Kellmoor chief executive X", "…, teilte X mit", "«…» - dice X -
    // «…»": the verb right after a comma, a dash or a closing quote; the speaker's phrase runs
    // to the end of the sentence or to the dash or colon that closes it.
    if (verb_before != std::string_view::npos && as_start != std::string_view::npos) {
      // "Como informó el diario X, …", "como lo señaló X, …": to the comma after the name.
      const size_t lim = std::min<size_t>(e, pe + 60);
      for (size_t k = pe; k < lim && !found; ++k) {
        if (text_[k] == ',') {
          hole_s = as_start;
          hole_e = k + 1;
          found = true;
        }
      }
    } else if (verb_before != std::string_view::npos) {
      const size_t p = punct_before(verb_before);
      const auto c = p == std::string_view::npos ? 0 : static_cast<unsigned char>(text_[p]);
      // ',' '-' '"' and the last bytes of "»" (C2 BB) and "”" (E2 80 9D).
      if (c == ',' || c == '-' || c == '"' || c == 0xBB || c == 0x9D) {
        hole_s = p;
        hole_e = e;
        // A speaker inserted between dashes closes with one within 80 bytes: "«…» - dice X -
        // «…»"; one after a comma with a colon: "…, berichtet das X: …" (a comma after the
        // name may open its apposition: "dijo X, portavoz de Y").
        if (c == '-' || c == ',') {
          const char close = c == '-' ? '-' : ':';
          const size_t lim = std::min<size_t>(e, pe + 80);
          for (size_t k = pe; k < lim; ++k) {
            if (text_[k] == close) {
              hole_e = k + 1;
              break;
            }
          }
        }
        found = true;
      }
    }
  }
  if (!found || hole_s >= hole_e) return false;
  auto in_hole = [&](size_t a, size_t b) { return a >= hole_s && b <= hole_e; };
  auto in_report = [&](size_t a, size_t b) { return b <= hole_s || a >= hole_e; };
  // Every figure of the sentence lies in the report; a price an organisation quotes is its
  // own product's ("X said the games will sell in Y for $30").
  for (const Figure* f : figs) {
    if (!in_report(f->start, f->end)) return false;
    if (speaker->type == EntityType::kOrg && cues_.Metric(*f, s, e) == metrics::kPrice) {
      return false;
    }
  }
  // German "erwartet" / "erwarten" after an organisation: a forecast of its own revenue or
  // profit (or their growth) stays its own when the report names no other organisation or person
  // ("Die X AG erwartet, dass der Umsatz in Y um 4 Prozent wächst"); other forecasts name their
  // subject
  // ("X erwartet, dass der Anteil fauler Kredite in Y auf 30 Prozent steigt" → Y).
  const bool own_result = [&] {  // the report names sales or a result: "Umsatz", "Gewinn"
    const std::string_view report = text_.substr(hole_e, e - hole_e);
    for (std::string_view w : {"Umsatz", "Gewinn", "Erlös", "Absatz", "Ergebnis"}) {
      if (report.find(w) != std::string_view::npos) return true;
    }
    return false;
  }();
  if (lang_ == Lang::kDe && speaker->type == EntityType::kOrg &&
      (EqualsLowerAscii(report_verb, "erwartet") || EqualsLowerAscii(report_verb, "erwarten")) &&
      std::all_of(figs.begin(), figs.end(),
                  [&](const Figure* f) {
                    const std::string_view m = cues_.Metric(*f, s, e);
                    return m == metrics::kRevenue || m == metrics::kProfit ||
                           (m == metrics::kGrowth && own_result);
                  }) &&
      std::none_of(ms_.begin(), ms_.end(), [&](const EntityMention* r) {
        return in_report(r->start, r->end) && r->type != EntityType::kPlace;
      })) {
    return false;
  }
  // The report names someone or somewhere the speaker's phrase does not, and refers back to
  // none of them.
  bool other = false;
  for (const EntityMention* r : ms_) {
    if (!in_report(r->start, r->end)) continue;
    for (const EntityMention* o : ms_) {
      if (in_hole(o->start, o->end) && o->entity == r->entity) return false;
    }
    // Another speaker is no other subject: "X said prices rose 1% and Y reported 2%". In
    // German a place after the figures is none the rules take ("…, halten sich 800.000
    // Pilger in X auf"): the sentences before would decide instead.
    size_t ts = 0, te = 0;
    const bool usable =
        lang_ != Lang::kDe || r->type != EntityType::kPlace || r->start < figs.front()->start;
    other =
        other || (usable && !(scan::NextToken(text_, r->end, &ts, &te) && ts < e &&
                              blank(r->end, ts) && SpeechVerb(lang_, text_.substr(ts, te - ts))));
  }
  // A Spanish person who reports after "que" a clause with a subject of its own ("X señaló
  // que en la comarca se registran 85 incendios", "X dijo que el desempleo bajó un 2 %") owns
  // none of its figures even when the report names nobody else: the place of its phrase ("el
  // presidente de la asociación de Y, X, dijo que …" → Y) or the rules after (the sentences
  // before, the topic) decide, unless a figure is personal (pay, votes, assets: wealth,
  // reserves, deposits). Not a report after ':' (often in the first person: "X explicó: este
  // año gané …") nor a clause whose verb follows "que" or a time phrase after it.
  if (!other && lang_ == Lang::kEs && speaker->type == EntityType::kPerson && clause_es) {
    other = true;
    for (const Figure* f : figs) {
      const std::string_view metric = cues_.Metric(*f, s, e);
      if (metric == metrics::kSalary || metric == metrics::kVotes ||
          metric == metrics::kVoteShare || metric == metrics::kAssets) {
        other = false;
      }
    }
  }
  if (!other) return false;
  // A company noun ("the company said its …", "la empresa") refers back too.
  for (const Ref& r : refs_) {
    if (!r.country && (r.pos < hole_s || r.pos >= hole_e)) return false;
  }
  size_t pos = s, ts = 0, te = 0;
  bool demonstrative = false;
  while (scan::NextToken(text_, pos, &ts, &te) && ts < e) {
    pos = te;
    if (in_hole(ts, te)) continue;
    const std::string_view w = text_.substr(ts, te - ts);
    if (SpeakerBackReference(w) || (demonstrative && (IsNominal(w) || IsGroupNoun(w)))) {
      return false;
    }
    // "esta asociación", "this company".
    demonstrative = InListLower(w, {"este", "esta", "estos", "estas", "this", "these", "dieser",
                                    "diese", "dieses", "diesen"});
  }
  saved_ms_ = ms_;
  saved_prep_ = prep_;
  size_t n = 0;
  for (size_t i = 0; i < ms_.size(); ++i) {
    const bool speaker = in_hole(ms_[i]->start, ms_[i]->end) &&
                         (ms_[i]->type == EntityType::kPerson || ms_[i]->type == EntityType::kOrg);
    if (speaker) continue;
    ms_[n] = ms_[i];
    prep_[n] = prep_[i];
    ++n;
  }
  ms_.resize(n);
  prep_.resize(n);
  return true;
}

void Attributor::FindTextMakers() {
  if (lang_ != Lang::kEn) return;
  for (size_t i = 1; i < mentions_.size(); ++i) {
    const EntityMention& maker = mentions_[i - 1];
    const EntityMention& name = mentions_[i];
    // "Voltaro's Skyview": an organisation's possessive right before a name the gazetteer
    // does not know (a known company after it is its own: "Voltaro's rival Kellmoor" has a
    // word between, "SoftBank's Arm" is listed). Places and persons own nothing here.
    if (maker.type != EntityType::kOrg || name.type != EntityType::kOrg ||
        maker.entity == name.entity || !Eligible(maker) || name.start < maker.end ||
        g_.Find(name.entity) != nullptr) {
      continue;
    }
    // Also through the long name an acronym stands for: "Voltaro's Sky View (SV)"; also a
    // new product: "Voltaro's new Skyview".
    std::string_view between = text_.substr(maker.end, name.start - maker.end);
    const size_t marker = scan::PossessiveLength(between);
    if (marker == 0 || between.size() <= marker || between[marker] != ' ') continue;
    between.remove_prefix(marker + 1);
    if (between.starts_with("new ")) between.remove_prefix(4);
    if (!between.empty() &&
        (!between.starts_with(name.entity) || between.substr(name.entity.size()) != " (")) {
      continue;
    }
    bool seen = false;
    for (const auto& tm : text_makers_) seen = seen || tm.first == name.entity;
    if (!seen) text_makers_.emplace_back(name.entity, &maker);
  }
}

void Attributor::Run(std::span<Figure> figures) {
  FindTextMakers();
  borrowed_.assign(figures.size(), nullptr);
  std::vector<Figure*> order;
  order.reserve(figures.size());
  for (Figure& f : figures) order.push_back(&f);
  std::sort(order.begin(), order.end(),
            [](const Figure* a, const Figure* b) { return a->start < b->start; });
  // Only sentences holding a figure or a mention matter (topic updates need mentions), so
  // walk from event to event instead of splitting the whole text; and only up to the last
  // figure's sentence: what the sentences after it say (their subjects, the topic) serves no
  // figure.
  size_t fi = 0, mi = 0;
  size_t done = 0;  // end of the last sentence processed
  std::vector<Figure*> in_sentence;
  // First the sentences ([s, e) and their figures order[f0, f1)), then the work on them.
  struct Span {
    size_t s, e;
    size_t f0, f1;
  };
  thread_local std::vector<Span> spans;
  thread_local std::vector<size_t> visit;
  spans.clear();
  visit.clear();
  while (fi < order.size()) {
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
    const size_t f0 = fi;
    while (fi < order.size() && order[fi]->start < e) ++fi;
    while (mi < mentions_.size() && mentions_[mi].start < e) ++mi;
    spans.push_back({s, e, f0, fi});
    done = e;
  }
  // A sentence without figures serves only the topic (and the Spanish person topic) it
  // sets, from its own analysis alone: after a run of them the topic is the one the run's
  // last setter set. So a run is visited from its last sentence back, each topic kept from
  // the first setter seen, and its earlier sentences are skipped once both are set; then
  // the figure sentence after it.
  for (size_t k = 0, run = 0; k < spans.size(); ++k) {
    if (spans[k].f0 == spans[k].f1) continue;
    for (size_t j = k; j > run; --j) visit.push_back(j - 1);
    visit.push_back(k);
    run = k + 1;
  }
  auto names_person = [&](size_t s, size_t e) {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s,
                               [](const EntityMention& m, size_t p) { return m.start < p; });
    for (; it != mentions_.end() && it->start < e; ++it) {
      if (it->type == EntityType::kPerson) return true;
    }
    return false;
  };
  // Whether a sentence without figures may set the topic: only a free organisation (or its
  // parent in apposition), a German place or a parent reference (none without a cue) can.
  auto may_set_topic = [&](size_t s, size_t e) {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s,
                               [](const EntityMention& m, size_t p) { return m.start < p; });
    for (; it != mentions_.end() && it->start < e; ++it) {
      if (it->type == EntityType::kOrg || (lang_ == Lang::kDe && it->type == EntityType::kPlace)) {
        return true;
      }
    }
    return scan::ContainsAnyLower(text_.substr(s, e - s), kParentCues);
  };
  bool topic_set = false;                // by a later sentence of the run
  bool person_set = lang_ != Lang::kEs;  // likewise (only Spanish has a person topic)
  for (const size_t k : visit) {
    const size_t s = spans[k].s, e = spans[k].e;
    const bool in_run = spans[k].f0 == spans[k].f1;
    if (in_run && topic_set && person_set) continue;
    // Only a sentence that names a person can set the (Spanish) person topic.
    if (in_run && (topic_set || !may_set_topic(s, e)) && (person_set || !names_person(s, e))) {
      continue;
    }
    in_sentence.assign(order.begin() + static_cast<std::ptrdiff_t>(spans[k].f0),
                       order.begin() + static_cast<std::ptrdiff_t>(spans[k].f1));
    AnalyzeSentence(s, e, !in_sentence.empty());
    if (!in_sentence.empty()) {
      cues_.Scan(text_, s, e);
      const bool dropped = DropReportSpeakers(s, e, in_sentence);
      AttributeSentence(s, e, in_sentence);
      // A borrowed metric (also a copy of one: same kind) comes from the last figure of its
      // kind before this sentence.
      const std::array<const Figure*, 4> before = last_of_kind_;
      for (size_t i = 0; i < in_sentence.size(); ++i) {
        const auto k = static_cast<size_t>(in_sentence[i]->kind);
        last_of_kind_[k] = in_sentence[i];
        last_from_earlier_[k] = from_earlier_[i];
        if (from_earlier_[i] == LabelFrom::kEarlierFigure) {
          borrowed_[static_cast<size_t>(in_sentence[i] - figures.data())] = before[k];
        }
      }
      if (dropped) {
        ms_.swap(saved_ms_);
        prep_.swap(saved_prep_);
      }
    }
    // Update the topic: the sentence subject, or a resolved parent reference.
    std::string_view subject;
    const EntityMention* subject_mention = nullptr;
    size_t subject_pos = e;
    // A body that keeps to its sentence (EntityMention::local) is none: the topic goes on
    // as if the sentence did not name it.
    for (size_t i = 0; i < ms_.size(); ++i) {
      if (!prep_[i] && ms_[i]->type == EntityType::kOrg && !ms_[i]->local) {
        const EntityMention* m = ParentInApposition(i);
        if (m == nullptr) m = ms_[i];
        subject = m->entity;
        subject_mention = m;
        subject_pos = m->start;
        break;
      }
    }
    // A place is the subject of a sentence that names no organisation and has no reference
    // ("Der größte Markt ist Linz mit 900 Betten. Der Durchschnittspreis liegt bei 60 Euro").
    if (subject.empty() && refs_.empty() && lang_ == Lang::kDe) {
      const EntityMention* place = nullptr;
      bool any_org = false;
      for (size_t i = 0; i < ms_.size(); ++i) {
        // A person is the likelier subject ("… kündigte Minister X in Linz an").
        any_org =
            any_org || (OrgLike(*ms_[i]) && !ms_[i]->local) || ms_[i]->type == EntityType::kPerson;
        if (place == nullptr && !prep_[i] && ms_[i]->type == EntityType::kPlace &&
            !IsDatelinePlace(text_, *ms_[i])) {
          size_t ws;
          std::string_view w = WordBefore(text_, s, ms_[i]->start, &ws);
          if (ner::StartsUpper(w)) w = WordBefore(text_, s, ws, &ws);  // "des Landes Tirol"
          // Not a genitive or dative object: "des Forums Linz", "dem Land Tirol".
          if (!EqualsLowerAscii(w, "des") && !EqualsLowerAscii(w, "der") &&
              !EqualsLowerAscii(w, "dem") && !EqualsLowerAscii(w, "den")) {
            place = ms_[i];
          }
        }
      }
      if (!any_org && place != nullptr) {
        subject = place->entity;
        subject_mention = place;
        subject_pos = place->start;
      }
    }
    for (const Ref& r : refs_) {
      if (!r.entity.empty() && r.pos < subject_pos) {
        subject = r.entity;
        subject_mention = nullptr;
        break;
      }
    }
    if (!subject.empty() && !(in_run && topic_set)) {
      topic_ = std::string(subject);
      topic_mention_ = subject_mention;
      topic_end_ = e;
      topic_set = in_run;
    }
    if (lang_ == Lang::kEs && !(in_run && person_set)) {
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (!prep_[i] && ms_[i]->type == EntityType::kPerson) {
          person_topic_ = ms_[i];
          person_topic_end_ = e;
          person_set = in_run;
          break;
        }
      }
    }
    if (!in_run) {  // the next run starts
      topic_set = false;
      person_set = lang_ != Lang::kEs;
    }
  }
  // A figure opening its sentence without a subject, followed within 200 bytes by the same
  // amount that has one of its own, is that amount restated (a heading run into the text;
  // all languages).
  for (Figure* f : restated_) {
    auto it = std::upper_bound(order.begin(), order.end(), f, [](const Figure* a, const Figure* b) {
      return a->start < b->start;
    });
    if (it == order.end()) continue;
    const Figure* g = *it;
    if (g->start < f->end || g->start - f->end > 200 || g->kind != f->kind || g->unit != f->unit ||
        g->value != f->value || g->entity.empty() ||
        std::find(restated_.begin(), restated_.end(), g) != restated_.end()) {
      continue;
    }
    f->entity = g->entity;
    f->entity_type = g->entity_type;
    f->entity_surface = g->entity_surface;
    f->entity_start = g->entity_start;
    f->entity_end = g->entity_end;
    f->entity_field = g->entity_field;
    f->product = g->product;
  }
}

const EntityMention* Attributor::FrontedClauseSubject(size_t s, const Figure& f) const {
  // The subordinators that open such a clause, in lower case with the blank after them, and
  // the prepositions of a fronted phrase of price or means ("Por 900 euros, Ralo ofrece …",
  // "Con 300 empleados, Tecnovía …").
  static constexpr std::string_view kOpeners[] = {
      "gracias a que ", "aunque ",     "como ",       "tras ",           "después de ",
      "antes de ",      "al ",         "pese a que ", "a pesar de que ", "si ",
      "cuando ",        "mientras ",   "puesto que ", "ya que ",         "por ",
      "con ",           "a cambio de "};
  const std::string_view lead = text_.substr(s, std::min<size_t>(20, f.start - s));
  bool opens = false;
  for (std::string_view o : kOpeners) {
    opens = opens || (lead.size() >= o.size() && EqualsLowerAscii(lead.substr(0, o.size()), o));
  }
  // The figure inside that clause: no comma before it.
  if (!opens || text_.substr(s, f.start - s).find(", ") != std::string_view::npos) {
    return nullptr;
  }
  // No name before the figure (the clause names no subject of its own) …
  for (size_t i = 0; i < ms_.size() && ms_[i]->start < f.start; ++i) {
    if (!prep_[i]) return nullptr;
  }
  // … and the clause closes with the first comma after the figure; the main clause's
  // subject is the name right after it ("…, Ralo ganó", "…, la firma X invirtió").
  const size_t comma = text_.find(", ", f.end);
  if (comma == std::string_view::npos) return nullptr;
  for (size_t i = 0; i < ms_.size(); ++i) {
    if (ms_[i]->start <= comma) continue;
    if (ms_[i]->start > comma + 24 || prep_[i]) return nullptr;
    // Only words of a cue before it: "…, la empresa X", not "…, el precio de X".
    const std::string_view gap = text_.substr(comma + 2, ms_[i]->start - comma - 2);
    if (gap.find_first_of(",;:()\"") != std::string_view::npos) return nullptr;
    return ms_[i];
  }
  return nullptr;
}

namespace {

// True when the figure ending at `fe` names a thing of its own in the word right after it
// (before any punctuation; sentence end `e`): then it measures that thing, not the measure
// named in the sentence before. German: a capitalised noun, also after one inflected
// adjective ("12 neue Löschfahrzeuge", "5 Millionen Euro Verlust"), or a partitive "der" / "des"
// ("40 der Anträge"); Spanish: a partitive "de" / "del" ("8 de 20 plazas") or a plural
// ("300 nuevos casos"); English: a plural ("40 lorries") and, after money, any
// lower-case word other than a function word or verb of the list ("a $5bn scandal", not
// "$3bn was …").
bool OwnNounAfter(std::string_view text, size_t fe, size_t e, Lang lang, FigureKind kind) {
  static constexpr std::string_view kNotPluralEs[] = {"más",     "menos",   "tras",   "pues",
                                                      "después", "antes",   "además", "entonces",
                                                      "apenas",  "mientras"};
  static constexpr std::string_view kNotPluralEn[] = {"this",   "thus",   "plus",   "less",
                                                      "across", "always", "perhaps"};
  // (Words of fewer than three bytes are never a noun here: LowerWord.)
  // Besides the auxiliaries (function_words::kAuxiliariesEn).
  static constexpr std::string_view kMoneyNextEn[] = {
      "from",  "for",    "with",    "and",  "but",  "the",  "last",    "this",
      "that",  "which",  "who",     "more", "less", "over", "than",    "since",
      "after", "before", "between", "per",  "each", "ago",  "earlier", "later",
      "now",   "then",   "already", "only", "too",  "also", "still"};
  // German determiners ending like an adjective: a noun after them is the clause's object.
  static constexpr std::string_view kDeterminersDe[] = {
      "eine",   "einen",   "einem",  "einer", "eines",  "seine", "seinen", "ihre",
      "ihren",  "keine",   "keinen", "diese", "diesen", "jene",  "deren",  "dessen",
      "unsere", "unseren", "beiden", "alle",  "allen",  "meine", "deine"};
  // The word after `pos` when only spaces come between and it starts before `e`.
  auto word_after = [&](size_t pos, size_t* te) -> std::string_view {
    size_t ts = 0;
    if (!scan::NextToken(text, pos, &ts, te) || ts >= e) return {};
    for (size_t i = pos; i < ts; ++i) {
      if (text[i] != ' ') return {};  // punctuation ends the phrase
    }
    return text.substr(ts, *te - ts);
  };
  size_t te = 0;
  const std::string_view w = word_after(fe, &te);
  if (w.empty()) return false;
  switch (lang) {
    case Lang::kDe: {
      if (ner::StartsUpper(w) || w == "der" || w == "des") return true;
      if (!LowerWord(w) || w.size() < 4 || InList(w, kDeterminersDe) ||
          !(w.ends_with("e") || w.ends_with("en") || w.ends_with("er") || w.ends_with("es") ||
            w.ends_with("em"))) {
        return false;
      }
      size_t te2 = 0;
      return ner::StartsUpper(word_after(te, &te2));
    }
    case Lang::kEs:
      return w == "de" || w == "del" ||
             (LowerWord(w) && w.size() > 3 && w.back() == 's' && !InList(w, kNotPluralEs));
    case Lang::kEn:
      if (kind == FigureKind::kMoney && LowerWord(w) && !InList(w, kMoneyNextEn) &&
          !InList(w, function_words::kAuxiliariesEn)) {
        return true;
      }
      return LowerWord(w) && w.size() > 3 && w.back() == 's' && !InList(w, kNotPluralEn);
    default:
      return false;
  }
}

}  // namespace

std::string_view Attributor::EarlierMetric(const std::vector<Figure*>& figs, size_t fi,
                                           size_t s) const {
  const Figure& f = *figs[fi];
  if (f.kind != FigureKind::kMoney && f.kind != FigureKind::kCount) return {};
  const Figure* prev = last_of_kind_[static_cast<size_t>(f.kind)];
  if (prev == nullptr || prev->metric.empty() || prev->end > s || f.start - prev->end > 240 ||
      last_from_earlier_[static_cast<size_t>(f.kind)] != LabelFrom::kOwnSentence) {
    return {};
  }
  // Values of a different order: another measure ("45 Euro je Karte … 80 Millionen"); money
  // may change currency ("30 Billionen Rupiah (2 Mrd. Dollar) … 15 Billionen Rupiah").
  const double a = std::fabs(f.value), b = std::fabs(prev->value);
  const double order = f.kind == FigureKind::kMoney ? 1e4 : 1e3;
  if (a > b * order || b > a * order) return {};
  if (f.kind == FigureKind::kCount && !f.unit.empty() && f.unit != prev->unit) return {};
  if (OwnNounAfter(text_, f.end, e_, lang_, f.kind)) return {};
  if (!SameParagraph(*prev, f.start)) return {};
  for (size_t i = 0; i < fi; ++i) {
    if (figs[i]->kind == f.kind && figs[i]->metric != prev->metric) return {};
  }
  return prev->metric;
}

bool Attributor::SameParagraph(const Figure& prev, size_t start) const {
  // A line break ends a paragraph: a new topic, unless that paragraph was the one sentence
  // of `prev` (text that breaks after every sentence) and one break comes between.
  const std::string_view gap = text_.substr(prev.end, start - prev.end);
  const size_t nl = gap.find('\n');
  if (nl == std::string_view::npos) return true;
  const size_t after = gap.find_first_not_of("\n\r\t ", nl);
  if (after != std::string_view::npos && gap.find('\n', after) != std::string_view::npos) {
    return false;  // another paragraph between
  }
  const size_t pe = SentenceEnd(text_, prev.start);
  if (pe < prev.end || pe > prev.end + nl ||
      gap.substr(pe - prev.end, nl - (pe - prev.end)).find_first_not_of(" \r\t") !=
          std::string_view::npos) {
    return false;  // the paragraph goes on after prev's sentence
  }
  size_t ps = SentenceStart(text_, prev.start);
  while (ps > 0 && (text_[ps - 1] == ' ' || text_[ps - 1] == '\t' || text_[ps - 1] == '\r')) {
    --ps;
  }
  return ps == 0 || text_[ps - 1] == '\n';  // nor before it
}

namespace {

// A noun by which a sentence refers back to a rate named before: the rate or share noun
// standing alone, or a value noun ("lag die Rate bei", "la tasa quedó", "put the rate at",
// "dieser Wert liegt bei", "the figure was", "la cifra fue"). EarlierRate, RateNamedBefore.
bool NamesRateNoun(std::string_view words) {
  static constexpr std::string_view kWords[] = {"rate",  "rates", "quote",  "tasa", "tasas",
                                                "cuota", "wert",  "figure", "cifra"};
  static const scan::LowerWordSet kSet(kWords);
  return scan::AnyWordIn(words, kSet);
}

// The word right before `pos` in `head` across blanks only (none across punctuation).
std::string_view BlankWordBefore(std::string_view head, size_t pos, size_t* word_start) {
  return scan::WordBeforeSkipping(
      head, 0, pos, [](char c) { return c == ' '; }, word_start);
}

// A verb by which a party, a list or an option scores a result ("kam auf", "erreichte",
// "ermittelte X für", "won", "polled", "obtuvo"): how a sentence after a vote refers back to
// it. Only the verb right before the figure, with nothing but a preposition, an article or an
// approximation between ("kam auf rund 4 Prozent", "obtuvo un 30 %", "won about 35%"), and
// one name or, before "auf", one adverb ("ermittelte Veltrix 55 Prozent", "kam landesweit auf
// 4 Prozent"): not a verb in another sense earlier in the sentence ("kam heraus, dass 40
// Prozent", "logró que un 40 %"). `head` ends at the figure. RateNamedBefore, for a vote share
// only.
bool NamesResultVerb(std::string_view head) {
  static constexpr std::string_view kWords[] = {
      "kam",    "kamen",  "erreichte", "erhielt", "erhält", "holte",     "ermittelte", "won",
      "polled", "scored", "obtuvo",    "obtiene", "logró",  "consiguió", "sacó",       "alcanzó"};
  static constexpr std::string_view kBetween[] = {"auf", "mit",   "nur",  "rund",  "un",
                                                  "el",  "about", "some", "knapp", "etwa"};
  static const scan::LowerWordSet kSet(kWords);
  static const scan::LowerWordSet kFill(kBetween);
  size_t at = head.size();
  bool auf = false, free_word = false;
  for (int k = 0; k < 4; ++k) {
    size_t ws = 0;
    const std::string_view w = BlankWordBefore(head, at, &ws);
    if (w.empty()) return false;
    if (kSet.Contains(w)) return true;
    if (kFill.Contains(w)) {
      auf = auf || EqualsLowerAscii(w, "auf");
    } else if (!free_word && (auf || ner::StartsUpper(w))) {
      // One other word: the scorer's name or an adverb before "auf" ("ermittelte Veltrix 55
      // Prozent", "kam landesweit auf 4 Prozent").
      free_word = true;
    } else {
      return false;
    }
    at = ws;
  }
  return false;
}

// NamesRateNoun, or a pronoun as the subject or object of the verb right before the figure
// ("Analysts see them at", "put it at", "it was"): among the three words before the figure with
// no punctuation between, not after a preposition ("Asked about it, some 40% say" refers to
// nothing). `head` ends at the figure. RateNamedBefore.
bool RefersToRate(std::string_view head) {
  if (NamesRateNoun(head)) return true;
  static constexpr std::string_view kPronouns[] = {"it", "them"};
  static constexpr std::string_view kPrepositions[] = {
      "about", "of", "on", "for", "with", "to", "in", "at", "from", "by", "into", "over"};
  static const scan::LowerWordSet kSet(kPronouns);
  static const scan::LowerWordSet kPrep(kPrepositions);
  size_t at = head.size();
  for (int k = 0; k < 3; ++k) {
    size_t ws = 0;
    const std::string_view w = BlankWordBefore(head, at, &ws);
    if (w.empty()) return false;
    if (kSet.Contains(w)) {
      size_t ps = 0;
      return !kPrep.Contains(BlankWordBefore(head, ws, &ps));
    }
    at = ws;
  }
  return false;
}

// Nouns of a price stated as a percentage that the metric cues do not know (they name no
// metric of their own, but they are no rate named before either): "The fee was 0.75%", "la
// comisión es del 0,75 %", "die Provision beträgt 2 Prozent". EarlierRate.
bool NamesPercentPrice(std::string_view words) {
  static constexpr std::string_view kWords[] = {
      "fee",        "fees",      "commission", "commissions", "discount", "comisión",
      "comisiones", "descuento", "provision",  "provisionen", "rabatt",   "skonto"};
  static const scan::LowerWordSet kSet(kWords);
  return scan::AnyWordIn(words, kSet);
}

// True when only blanks and a full stop, a semicolon, a question or exclamation mark stand
// between figure `f` and its sentence's end (or the text's): "Zuletzt 2,8 Prozent." names no
// verb after the figure, whose subject it would be. EarlierRate.
bool EndsSentenceAfter(std::string_view text, const Figure& f) {
  size_t i = f.end;
  while (i < text.size() && text[i] == ' ') ++i;
  return i >= text.size() || text[i] == '.' || text[i] == ';' || text[i] == '!' || text[i] == '?' ||
         text[i] == '\n';
}

// The number of words in `words` up to 2 (EarlierRate: a percentage opening its sentence).
int WordsBefore(std::string_view words) {
  int n = 0;
  size_t pos = 0, ts = 0, te = 0;
  while (n < 2 && scan::NextToken(words, pos, &ts, &te)) {
    pos = te;
    ++n;
  }
  return n;
}

}  // namespace

std::string_view Attributor::EarlierRate(const std::vector<Figure*>& figs, size_t fi, size_t s,
                                         LabelFrom* borrowed) {
  const Figure& f = *figs[fi];
  if (f.kind != FigureKind::kPercent) return {};
  const auto k = static_cast<size_t>(FigureKind::kPercent);
  const Figure* prev = last_of_kind_[k];
  // No chains, but a rate noun may refer back to a rate a sentence before named with no
  // figure: "Die Arbeitslosenrate sank. Laut dem Amt lag die Rate bei 7,3 Prozent. Norland
  // kommt mit einer Quote von 4,8 Prozent auf Rang zwei" (not "In May it was 5.2%").
  bool chain = last_from_earlier_[k] != LabelFrom::kOwnSentence &&
               (last_from_earlier_[k] != LabelFrom::kNamedBefore ||
                !NamesRateNoun(text_.substr(s, f.start - s)));
  bool in_sentence = false;
  *borrowed = LabelFrom::kEarlierFigure;
  for (size_t i = fi; i-- > 0;) {
    if (figs[i]->kind == FigureKind::kPercent) {
      prev = figs[i];
      chain = false;  // a list in one sentence: "Y auf 27 Prozent, Z mit 6 Prozent"
      in_sentence = true;
      *borrowed = from_earlier_[i];
      break;
    }
  }
  if (prev == nullptr || chain || !metrics::IsRateLabel(prev->metric) || prev->end > f.start ||
      f.start - prev->end > 240) {
    return {};
  }
  const double a = std::fabs(f.value), b = std::fabs(prev->value);
  if (a > b * 20 || b > a * 20) return {};
  if (!cues_.BareShare(f, in_sentence ? prev->end : s, prev->metric)) return {};
  if (!in_sentence) {
    // A percentage opening its sentence is the subject of its own ("35 Prozent sagen, …",
    // "Some 35% plan …", "Un 35 % teme …"): a share of people, no rate; not when the sentence
    // ends right after it, no verb following ("Zuletzt 2,8 Prozent.").
    if (WordsBefore(text_.substr(s, f.start - s)) <= 1 && !EndsSentenceAfter(text_, f)) return {};
    if (NamesPercentPrice(text_.substr(s, f.start - s))) return {};
    if (!SameParagraph(*prev, f.start)) return {};
    prev_cues_.Scan(text_, prev->end, s);
    if (!prev_cues_.NamesNoMeasure(prev->end, s, prev->metric)) return {};
  }
  return prev->metric;
}

std::string_view Attributor::RateNamedBefore(const std::vector<Figure*>& figs, size_t fi,
                                             size_t s) {
  const Figure& f = *figs[fi];
  // "zu 100 Prozent": wholly, no rate.
  if (f.kind != FigureKind::kPercent || f.value >= 100) return {};
  for (size_t i = 0; i < fi; ++i) {
    if (figs[i]->kind == FigureKind::kPercent) return {};
  }
  // The figure's sentence refers back to a rate before the figure: not "35 Prozent sagen, …"
  // after a sentence that merely names inflation. A vote's result by a verb of scoring too
  // ("Die Liste kam auf 4 Prozent" after the vote; checked with the label below).
  const std::string_view head = text_.substr(s, f.start - s);
  const bool refers = RefersToRate(head);
  if (!refers && !NamesResultVerb(head)) return {};
  size_t ps = 0, pe = 0;
  if (!SentenceBefore(text_, s, &ps, &pe) || f.start - ps > 1024) return {};
  // Only what follows the last percentage: a figure between names its own measure.
  const Figure* last = last_of_kind_[static_cast<size_t>(FigureKind::kPercent)];
  const size_t lo = last != nullptr && last->end > ps ? last->end : ps;
  if (lo >= s) return {};
  prev_cues_.Scan(text_, lo, s);
  size_t word_end = 0;
  const std::string_view label = prev_cues_.LastPercentCue(lo, s, &word_end);
  if (!metrics::IsRateLabel(label) || word_end > f.start || f.start - word_end > 240 ||
      text_.substr(word_end, f.start - word_end).find('\n') != std::string_view::npos ||
      !prev_cues_.NamesNoMeasure(word_end, s, label) || !cues_.BareShare(f, s, label) ||
      (!refers && label != metrics::kVoteShare)) {
    return {};
  }
  return label;
}

void Attributor::AttributeSentence(size_t s, size_t e, std::vector<Figure*>& figs) {
  std::string_view sentence = text_.substr(s, e - s);
  int crude_cue = -1;  // CrudeCueIn(sentence), asked once, when a figure needs it
  inherited_.clear();
  from_earlier_.assign(figs.size(), LabelFrom::kOwnSentence);
  // Rule 1: "respectively" lists.
  std::vector<const EntityMention*>& list_entity = list_entity_;
  list_entity.assign(figs.size(), nullptr);
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
          list_entity[first + j] = list[list.size() - k + j];
        }
      }
    }
  }

  for (size_t fi = 0; fi < figs.size(); ++fi) {
    Figure& f = *figs[fi];
    f.sentence = std::string(sentence);
    SetEntity(Pick{}, &f);
    f.counterpart.clear();
    f.metric.clear();
    size_t next_start = fi + 1 < figs.size() ? figs[fi + 1]->start : e;
    size_t prev_end = fi > 0 ? figs[fi - 1]->end : s;

    // Parenthetical conversion: copy the attribution of the figure before.
    if (fi > 0 && f.kind == FigureKind::kMoney && figs[fi - 1]->kind == FigureKind::kMoney) {
      std::string_view gap = text_.substr(prev_end, f.start - prev_end);
      // "$27bn (£14.2bn; 18.6bn euros)": every conversion in the brackets.
      const bool next_conversion =
          (gap == "; " || gap == ", ") && fi >= 2 && f.start > 0 &&
          text_.substr(figs[fi - 2]->end, figs[fi - 1]->start - figs[fi - 2]->end).ends_with("(");
      // Spanish "300.000 euros (12.400 euros de beneficio)": an amount of the same currency
      // that names its own measure is another figure, not a conversion.
      const bool own_measure_es = lang_ == Lang::kEs && f.unit == figs[fi - 1]->unit &&
                                  text_.substr(f.end).starts_with(" de ");
      if ((gap == " (" || gap == "(" || gap == " / " || gap == " [" || next_conversion) &&
          !own_measure_es) {
        f.entity = figs[fi - 1]->entity;
        f.entity_type = figs[fi - 1]->entity_type;
        f.entity_surface = figs[fi - 1]->entity_surface;
        f.entity_start = figs[fi - 1]->entity_start;
        f.entity_end = figs[fi - 1]->entity_end;
        f.entity_field = figs[fi - 1]->entity_field;
        f.product = figs[fi - 1]->product;
        f.counterpart = figs[fi - 1]->counterpart;
        f.metric = figs[fi - 1]->metric;
        from_earlier_[fi] = from_earlier_[fi - 1];  // a copy of a borrowed metric borrows too
        if (f.period.empty()) {
          f.period = figs[fi - 1]->period;
          f.period_from_article = figs[fi - 1]->period_from_article;
        }
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
        from_earlier_[fi] = from_earlier_[fi - 1];
        inherited_[fi] = true;
      }
    }
    if (metric.empty()) {
      metric = cues_.Metric(f, prev_end, next_start);
      // Spanish: a count of a people named by a demonym ("3 millones de mexicanos") is a
      // population unless a cue says they died, fell ill or voted ("300 mexicanos murieron").
      if (lang_ == Lang::kEs && f.kind == FigureKind::kCount && metric != metrics::kCases &&
          metric != metrics::kVotes && CountsPeople(f)) {
        metric = metrics::kPopulation;
      }
      // German: a count that no cue labels and whose counted noun is a demonym ("9.000
      // Japaner", "1,5 Millionen Italienern") is a population too (CountsPeopleDe).
      if (lang_ == Lang::kDe && f.kind == FigureKind::kCount && metric.empty() &&
          CountsPeopleDe(f)) {
        metric = metrics::kPopulation;
      }
    }
    // "el 23 % del total, frente al 31 % de 2009": a comparison base measures the same as
    // the figure it is compared with, unless its own cue says more than a plain share.
    if ((metric.empty() || metric == metrics::kShare) && fi > 0 && figs[fi - 1]->kind == f.kind &&
        !figs[fi - 1]->metric.empty() && cues_.ComparisonBetween(prev_end, f.start)) {
      metric = figs[fi - 1]->metric;
      from_earlier_[fi] = from_earlier_[fi - 1];
    }
    // "a 36% share, down from 39%", "trim arrears to 22% from 31%": the level a change started
    // from measures what the level reached does.
    if (lang_ == Lang::kEn && fi > 0 && f.kind == FigureKind::kPercent &&
        figs[fi - 1]->kind == FigureKind::kPercent && !figs[fi - 1]->metric.empty() &&
        cues_.StartingLevelEn(*figs[fi - 1], f)) {
      metric = figs[fi - 1]->metric;
      from_earlier_[fi] = from_earlier_[fi - 1];
    }
    // (The same bounds as the first look's, a figure alone in its sentence: the same answer.)
    if (metric.empty() && (prev_end != s || next_start != e)) metric = cues_.Metric(f, s, e);
    // "subieron en A un 27 %, en B 15 % y en C 9 %": the list's change cue governs its items.
    if ((metric.empty() || metric == metrics::kShare) && ListItemOfChange(figs, fi, s)) {
      metric = metrics::kGrowth;
      from_earlier_[fi] = fi > 0 ? from_earlier_[fi - 1] : LabelFrom::kEarlierFigure;
    }
    if (metric.empty()) {
      metric = EarlierMetric(figs, fi, s);
      from_earlier_[fi] = metric.empty() ? LabelFrom::kOwnSentence : LabelFrom::kEarlierFigure;
    }
    if (metric == metrics::kShare) {
      LabelFrom borrowed = LabelFrom::kOwnSentence;
      if (const std::string_view rate = EarlierRate(figs, fi, s, &borrowed); !rate.empty()) {
        metric = rate;
        from_earlier_[fi] = borrowed;
      } else if (const std::string_view named = RateNamedBefore(figs, fi, s); !named.empty()) {
        metric = named;
        from_earlier_[fi] =
            LabelFrom::kNamedBefore;  // a label from before: a later rate chains not
      }
    }
    // English: a count of a country's people with no cue of its own ("2.2 million Kenyans
    // will need food aid") is a population.
    if (metric.empty() && lang_ == Lang::kEn && f.kind == FigureKind::kCount &&
        PeopleOfPlaceEn(f) != nullptr) {
      metric = metrics::kPopulation;
    }
    // English: a bare "rates" before a percentage with no cue of its own, in a text that
    // names a central bank, are interest rates ("analysts think rates will hold at 3.25%",
    // "a few expect a move to 3.5%" after "rates will ease"); not a rate a noun names
    // ("bonus rates", "resolution rates": the word before them is no determiner or verb).
    if (lang_ == Lang::kEn && f.kind == FigureKind::kPercent && metric == metrics::kShare &&
        BareRatesBeforeEn(text_, s, f.start) &&
        std::any_of(mentions_.begin(), mentions_.end(),
                    [](const EntityMention& m) { return CentralBankEn(m.entity); })) {
      metric = metrics::kInterestRate;
    }
    f.metric = std::string(metric);

    // ---- entity
    Pick pick;
    std::string dropped;  // a name the Spanish people-at-large rule took away
    if (list_entity[fi] != nullptr) pick = Pick::Of(*list_entity[fi]);
    // Rule 2: genitive right before.
    if (pick.empty()) {
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->end > f.start) break;
        if (f.start - ms_[i]->end <= 3 && Genitive(*ms_[i])) pick = Pick::Of(*ms_[i]);
      }
    }
    // Rule 2a: a name with its figure in parentheses: "die Kralinger AG (12 Prozent)", "el
    // grupo X (35 %)", "Voltaro (4.2%)" (up to a few words inside before the figure); not a
    // place ("£45 in the UK (52 euros)" is a conversion) — but a place right before a
    // count or percentage (in Spanish any figure but money) alone in brackets is a list of
    // places ("Santa Marta (3.200), Molinar (2.900)", "vor Kralland (5,9 Prozent)", "Norland
    // (12%)"; not "16 medallas en X (2 de oro, …)", a breakdown).
    if (pick.empty()) {
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->end > f.start) break;
        std::string_view gap = text_.substr(ms_[i]->end, f.start - ms_[i]->end);
        const bool place_list = (f.kind == FigureKind::kPercent || f.kind == FigureKind::kCount ||
                                 (lang_ == Lang::kEs && f.kind != FigureKind::kMoney)) &&
                                gap == " (" && f.end < text_.size() && text_[f.end] == ')';
        if (f.start - ms_[i]->end > 24 || (ms_[i]->type == EntityType::kPlace && !place_list)) {
          continue;
        }
        // The rest of a name the tagger cut short: "die MTB Privatstiftung (16 Prozent)" (up
        // to two capitalised words).
        for (int k = 0; k < 2 && gap.size() > 2 && gap[0] == ' ' && ner::StartsUpper(gap.substr(1));
             ++k) {
          const size_t next = gap.find(' ', 1);
          if (next == std::string_view::npos) break;
          gap.remove_prefix(next);
        }
        if (!gap.empty() && gap[0] == ' ') gap.remove_prefix(1);
        if (!gap.empty() && gap[0] == '(' && gap.find_first_of("),;") == std::string_view::npos) {
          pick = Pick::Of(*ms_[i]);
        }
      }
    }
    // Rule 2d, German: a count of a union's or a country's members named by a compound with
    // the name as its first part ("eines von 17 Kral-Staaten", "in 40 Norland-Ländern", "12
    // Kralbund-Mitglieder") counts the members of that name, whatever the sentence is about.
    if (pick.empty() && lang_ == Lang::kDe && f.kind == FigureKind::kCount) {
      if (const EntityMention* g = MembersNamedDe(f)) pick = Pick::Of(*g);
    }
    // Rule 2a, German plural institutions the tagger leaves unnamed: "von den Raiffeisenkassen
    // (3 Millionen Euro)", "die Landesbanken (40 Prozent)" — a definite article, a compound
    // in the plural of a company noun, then the figure in parentheses.
    if (pick.empty() && lang_ == Lang::kDe) {
      if (const EntityMention* g = PluralInstitutionDe(s, f.start)) pick = Pick::Of(*g);
    }
    // Rule 2a, Spanish lists of names with their figures: "Villarcos, con 2.400; Pradomayor,
    // con una tasa de 1.900 casos", "municipios como X, con 900" — a name opening a list item
    // right before ", con" (a few words before the figure, no other figure or punctuation
    // between) is the figure's; not one inside a phrase ("después de X, con …", "el hospital
    // Y, de X, con …").
    if (pick.empty() && lang_ == Lang::kEs) {
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->end > f.start) break;
        if (ms_[i]->end < prev_end) continue;
        const std::string_view gap = text_.substr(ms_[i]->end, f.start - ms_[i]->end);
        if (gap.starts_with(", con ") && gap.size() <= 26 &&
            gap.find_first_of(",;:()", 1) == std::string_view::npos &&
            ListItemStartEs(text_, s, ms_[i]->start)) {
          pick = Pick::Of(*ms_[i]);
        }
      }
    }
    // Rule 2a, rankings and lists pairing names with figures by "mit" / "with" / "at" / "on" /
    // "con": "vor Kralland mit 2,9 Prozent", "followed by Norland with 25%", "…, Vetonia con
    // 33,5" (see RankedWithFigure).
    if (pick.empty()) {
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->end > f.start) break;
        if (ms_[i]->end >= prev_end && f.start - ms_[i]->end <= 9 &&
            RankedWithFigure(text_, s, prev_end, ms_[i]->start, ms_[i]->end, f.start)) {
          pick = Pick::Of(*ms_[i]);
        }
      }
    }
    // Rule 2a, English with-clauses: "…, with Kellmoor slipping 4.2% to 31.40 dollars" (the
    // figures of that clause, before the next name; see WithClauseSubjectEn); names joined by
    // "and" take the clause's figures joined by "and" in order ("…, with Kellmoor and Dravia
    // dropping 1.7% and 1.2%": one each).
    if (pick.empty() && lang_ == Lang::kEn) {
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->end > f.start) break;
        // "with " or "the " right before the name (one compare rejects most names).
        // Not a place, nor a person: "with Peter Kralle saying profit rose 5%" quotes him.
        const size_t ns = ms_[i]->start;
        if (ms_[i]->type == EntityType::kPlace || ms_[i]->type == EntityType::kPerson ||
            ns < s + 5 ||
            (!EqualsLowerAscii(text_.substr(ns - 5, 5), "with ") &&
             text_.compare(ns - 4, 4, "the ") != 0)) {
          continue;
        }
        // Names joined by "and" or a comma ("…, with X and Y dropping 1.7% and 1.2%"): the
        // clause's figures, joined the same way, pair with them in order.
        size_t last = i;
        while (last + 1 < ms_.size() && ms_[last + 1]->start < f.start &&
               ms_[last + 1]->type == ms_[i]->type && ms_[last + 1]->entity != ms_[i]->entity &&
               InList(text_.substr(ms_[last]->end, ms_[last + 1]->start - ms_[last]->end),
                      {" and ", ", "})) {
          ++last;
        }
        if (last > i) {
          size_t first = fi;  // the clause's first figure
          while (
              first > 0 && figs[first - 1]->start > ms_[last]->end &&
              InList(text_.substr(figs[first - 1]->end, figs[first]->start - figs[first - 1]->end),
                     {" and ", ", "})) {
            --first;
          }
          if (first > 0 && figs[first - 1]->start > ms_[last]->end) continue;
          if (fi - first <= last - i &&
              WithClauseSubjectEn(text_, s, ms_[i]->start, ms_[last]->end, figs[first]->start)) {
            pick = Pick::Of(*ms_[i + (fi - first)]);
          }
          continue;
        }
        // The clause ends at a comma, a semicolon or a clause word: "…, with X slipping 4.2%,
        // while the index lost 0.8%" gives X no 0.8%.
        if (WithClauseEnds(text_.substr(ms_[i]->end, f.start - ms_[i]->end))) continue;
        // The clause's later figures too: "with X slipping 4.2% to 31.40 dollars".
        size_t fig = f.start;
        for (size_t k = fi; k > 0 && figs[k - 1]->start > ms_[i]->end; --k) {
          fig = figs[k - 1]->start;
        }
        // (Its acronym in brackets is no other name.)
        const bool next_name = i + 1 < ms_.size() && ms_[i + 1]->start < f.start &&
                               ms_[i + 1]->entity != ms_[i]->entity;
        if (!next_name && WithClauseSubjectEn(text_, s, ms_[i]->start, ms_[i]->end, fig)) {
          pick = Pick::Of(*ms_[i]);
        }
      }
    }
    // Rule 2b: possessive after the metric noun: "Nvidias Umsatz von 5 Mrd.", "Boeing's
    // revenue of $5bn" (the genitive ends at most two words before the figure).
    if (pick.empty()) {
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->end > f.start) break;
        if (f.start - ms_[i]->end <= 40 && Genitive(*ms_[i]) &&
            text_.substr(ms_[i]->end, f.start - ms_[i]->end).find_first_of(",;:") ==
                std::string_view::npos) {
          // "Norway's biggest carmaker posted a 12% gain": the genitive determines a
          // company noun, which rule 4 resolves.
          bool determines_ref = false;
          for (const Ref& r : refs_) {
            determines_ref = determines_ref || (r.pos > ms_[i]->end && r.pos < f.start);
          }
          // "Japan's third-largest carmaker Sorato sold 200,000 cars", "Polens größter
          // Versicherer Kralix": a country's genitive determines the name after it, which is
          // the subject (rule 4), not the country.
          for (size_t k = i + 1; k < ms_.size() && ms_[i]->type == EntityType::kPlace; ++k) {
            if (ms_[k]->start >= f.start) break;
            determines_ref = determines_ref || (!prep_[k] && ms_[k]->type != EntityType::kPlace);
          }
          // "Brenlow's owner Tavisk posted a profit of $52m": the owner, rule 4.
          determines_ref = determines_ref || ParentInApposition(i) != nullptr;
          // "Der Mutterkonzern Tavisks meldete einen Verlust": the genitive determines the
          // parent noun before it (a reference, rule 4), not the loss.
          size_t ws = 0;
          const std::string_view before = WordBefore(text_, s, ms_[i]->start, &ws);
          determines_ref = determines_ref || (ws + before.size() + 1 == ms_[i]->start &&
                                              InListLower(before, kParentNouns));
          if (!determines_ref) pick = Pick::Of(*ms_[i]);
        }
      }
    }
    // English: a deal's price goes to the buyer named as the purchase's agent before it
    // ("X accepted a takeover by Y worth $N"), not to the bought subject.
    if (lang_ == Lang::kEn && f.kind == FigureKind::kMoney && f.metric == metrics::kDealValue) {
      if (const EntityMention* buyer = BuyerByEn(s, f.start)) pick = Pick::Of(*buyer);
    }
    // Rule 2c: a part of the amount before ("80 Milliarden Euro, davon 30 bei der X", "30
    // davon entfallen auf X", "de ellos, 20 en X", "of which 50 at X"): the organisation
    // named with the part, before the next figure.
    if (pick.empty() && fi > 0) {
      bool part = IsPart(figs, fi, e);
      for (size_t i = 0; i < ms_.size() && part; ++i) {
        if (ms_[i]->start < f.end || ms_[i]->start >= next_start) continue;
        if (ms_[i]->start - f.end > 80) break;
        if (OrgLike(*ms_[i])) {
          pick = Pick::Of(*ms_[i]);
          break;
        }
      }
    }
    // Rule 3: "von X" / "de X" shortly after the figure. A passive ("die von Meta erworben
    // wurden") always wins; a plain "von X" only when no subject precedes the figure or a
    // comparison starts a new one ("im Vergleich zu 300 Millionen ... von OpenAI"); a
    // stake is held "an X" / "en X".
    // The figure's clause (see ClauseStart); `s` when the sentence is one clause there.
    // Computed only when no rule above decided (every use below needs pick.empty()).
    bool relative = false;
    const size_t cs = pick.empty() ? ClauseStart(s, prev_end, f.start, &relative) : s;
    // A stake after a verb of holding, buying or selling: held by that verb's subject (rule
    // 3f; rule 3 takes only a passive's agent), unless a clause after "that" / "dass" / "que"
    // names no subject (StakeHolder).
    const EntityMention* stake_holder = nullptr;
    const bool held_by_subject =
        pick.empty() && f.kind == FigureKind::kPercent && f.metric == metrics::kStake &&
        StakeVerbBefore(text_, s, f.start) && StakeHolder(s, cs, relative, f.start, &stake_holder);
    if (pick.empty()) {
      // A subject in the figure's clause ("…, while 300 jobs will go at X": none).
      bool has_subject = false;
      for (size_t i = 0; i < ms_.size() && ms_[i]->start < f.start; ++i) {
        has_subject = has_subject || (!prep_[i] && ms_[i]->start >= cs);
      }
      // A relative clause is about its antecedent ("the X holding, which controls 45% of Y").
      has_subject = has_subject || relative;
      // Money granted by a person or a government goes to its recipient: "Ortega firmó un
      // crédito de 300 millones a las Bodegas X", "a loan of $5m to Voltaro".
      bool org_subject = false;
      for (size_t i = 0; i < ms_.size() && ms_[i]->start < f.start; ++i) {
        org_subject = org_subject || (!prep_[i] && OrgLike(*ms_[i]));
      }
      const bool granted = f.metric == metrics::kFunding && !org_subject;
      std::string_view before = text_.substr(prev_end, f.start - prev_end);
      static constexpr std::string_view kComparisonCues[] = {
          "vergleich", "verglichen", "compared", "frente a", "comparaci", "comparado"};
      // (Searched only when a subject was found: the comparison can only take it away.)
      if (has_subject && scan::ContainsAnyLower(before, kComparisonCues)) has_subject = false;
      // English: a subject pronoun opening the clause is a subject too ("X will close two
      // ports while it spends $28m on the rescue of Y"), unless a comparison starts there.
      // Read only when a name after the figure asks (most figures never do), then kept.
      int pronoun_subject = -1;
      auto subject = [&] {
        if (has_subject || lang_ != Lang::kEn) return has_subject;
        if (pronoun_subject < 0) {
          pronoun_subject = PronounSubjectOpensEn(text_, cs, f.start) &&
                            !scan::ContainsAnyLower(before, kComparisonCues);
        }
        return pronoun_subject == 1;
      };
      // "X owns 20% of Y": Y's shares are held, not its stake; the holder is the subject (3f).
      for (size_t i = 0; i < ms_.size(); ++i) {
        const EntityMention& m = *ms_[i];
        if (m.start < f.end) continue;
        if (m.start >= next_start || m.start - f.end > 100) break;
        // German: the people of a country after the genitive article, named by a demonym
        // ("40 Prozent der Polen"): the share is theirs.
        const bool people = lang_ == Lang::kDe && m.type == EntityType::kPlace &&
                            m.surface != m.entity && m.surface != m.entity + "s";
        // Spanish: a place may own a definite count or amount ("los 900 de Perú"; see
        // `definite_owner` below), nothing else here.
        const bool place_es = lang_ == Lang::kEs && m.type == EntityType::kPlace &&
                              (f.kind == FigureKind::kCount || f.kind == FigureKind::kMoney);
        if ((m.type != EntityType::kOrg && !people && !place_es) || Genitive(m)) continue;
        if (m.end < text_.size() && text_[m.end] == '-') continue;  // "von Nvidia-Chips"
        size_t ws;
        std::string_view w = WordBefore(text_, f.end, m.start, &ws);
        if (ws + w.size() + 1 != m.start) continue;
        if (people && !EqualsLowerAscii(w, "der")) continue;
        bool to = false;
        if (granted) {
          size_t ws2 = ws;
          std::string_view w2 = w;
          if (IsArticle(w)) w2 = WordBefore(text_, f.end, ws, &ws2);
          to = (ws2 + w2.size() + 1 == ws || w2 == w) &&
               (EqualsLowerAscii(w2, "a") || EqualsLowerAscii(w2, "al") ||
                EqualsLowerAscii(w2, "an") || EqualsLowerAscii(w2, "to"));
        }
        // "of X", "del X", "at X", and the German genitive article after the counted noun:
        // "3.000 Beschäftigte der Kralinger AG".
        bool of =
            EqualsLowerAscii(w, "von") || EqualsLowerAscii(w, "vom") || EqualsLowerAscii(w, "de") ||
            EqualsLowerAscii(w, "del") || EqualsLowerAscii(w, "of") || EqualsLowerAscii(w, "at") ||
            (lang_ == Lang::kDe && (EqualsLowerAscii(w, "der") || EqualsLowerAscii(w, "des")));
        // The agent of a passive only: "by X" / "por X" is a cause otherwise ("deaths by").
        const bool agent = EqualsLowerAscii(w, "by") || EqualsLowerAscii(w, "por");
        bool in = EqualsLowerAscii(w, "an") || EqualsLowerAscii(w, "in") ||
                  EqualsLowerAscii(w, "en") || EqualsLowerAscii(w, "de");
        std::string_view after = text_.substr(m.end, std::min<size_t>(60, e - m.end));
        size_t clause = after.find_first_of(",;(");
        if (clause != std::string_view::npos) after = after.substr(0, clause);
        // The participle follows the agent in German ("von X erworben") and precedes it in
        // Spanish and English ("compradas por X", "were bought by X").
        std::string_view between = text_.substr(f.end, ws - f.end);
        bool passive = false;
        static constexpr std::string_view kPassiveCues[] = {"wurde",    "worden",   "gekauft",
                                                            "erworben", "bestellt", "adquirid",
                                                            "comprad",  "bought",   "acquired"};
        for (std::string_view c : kPassiveCues) {
          if (passive || !(of || agent)) break;  // only an owner or an agent needs it
          passive = scan::FindLower(after, c) != std::string_view::npos ||
                    (lang_ != Lang::kDe && scan::FindLower(between, c) != std::string_view::npos);
        }
        // Without a passive the owner belongs to the figure's phrase: no punctuation between
        // ("158 partidos y ganador con X de dos ligas, una copa del Y" is not Y's).
        // (A ")" closing the figure's own brackets does not count: "(48 Prozent) bei der X".)
        std::string_view gap = between;
        if (gap.starts_with(")")) gap.remove_prefix(1);
        const bool phrase = gap.find_first_of(",;:()") == std::string_view::npos;
        // "40 Prozent der Polen": the share right before the people is theirs, whatever the
        // subject.
        const bool share_of_people = people && f.kind == FigureKind::kPercent && between == " ";
        // Spanish: a count or an amount that heads a definite noun phrase with its owner
        // right after it is the owner's, even after the clause's subject: "Y ya dobla las 60
        // tiendas de X" → X (DefiniteOwnedFigureEs).
        // An organisation that is the clause's subject keeps its own things, though: a place
        // after "de" says where they are ("Y cerró las 60 tiendas de Perú" → Y), and an
        // organisation after a verb of buying, selling, holding or receiving is the other party
        // ("Y compró los 12 aviones de X", "Y recibió los 40 millones del Banco X" → Y). Only an
        // elided noun ("los 900 de Perú") or a comparison ("frente a / más que los N de X")
        // gives such a figure to the name after it anyway.
        // (The word before the figure, its article, read once for both tests below.)
        const std::string_view article =
            lang_ == Lang::kEs && (f.kind == FigureKind::kCount || f.kind == FigureKind::kMoney) &&
                    (EqualsLowerAscii(w, "de") || EqualsLowerAscii(w, "del"))
                ? scan::WordBeforeBlanks(text_, s, f.start)
                : std::string_view();
        bool definite_owner = !article.empty() && DefiniteOwnedFigureEs(article, text_, f.end, ws);
        // (An elided noun: the figure ends in its number, "de" right after it.)
        const bool elided = ws == f.end + 1 && scan::IsDigit(text_[f.end - 1]);
        if (definite_owner && !elided) {
          bool org_subject_here = false;
          for (size_t k = 0; k < ms_.size() && ms_[k]->start < f.start; ++k) {
            org_subject_here =
                org_subject_here || (!prep_[k] && ms_[k]->start >= cs && OrgLike(*ms_[k]));
          }
          // The word before the figure's article: "más que los 900", "frente a los 634".
          const std::string_view verb =
              scan::WordBeforeBlanks(text_, s, static_cast<size_t>(article.data() - text_.data()));
          const bool compared =
              EqualsLowerAscii(verb, "que") || scan::ContainsAnyLower(before, kComparisonCues);
          if (org_subject_here && !compared) {
            definite_owner =
                !place_es && !StakeVerbBefore(text_, s, f.start) && !ReceivingVerbEs(verb);
          }
        }
        if (place_es && !definite_owner) continue;
        // A stake held by a verb's subject (3f) takes only a passive's agent here.
        if ((agent && passive) || definite_owner ||
            (!held_by_subject &&
             ((of && (passive || (phrase && !subject()))) || share_of_people || to ||
              // English names the owner as the subject: "Voltaro owns a 20% stake in X".
              (in && f.metric == metrics::kStake && (lang_ != Lang::kEn || !subject()))))) {
          pick = Pick::Of(m);
          break;
        }
      }
      // Spanish: people infected with a disease, counted or as a share, when the clause has
      // no subject: the disease ("el 40 % de la gente infectada con X", "3.000 contagiados
      // por X"; the guide makes a disease the entity of its case counts).
      if (pick.empty() && lang_ == Lang::kEs && !has_subject) {
        for (size_t i = 0; i < ms_.size(); ++i) {
          const EntityMention& m = *ms_[i];
          if (m.start < f.end) continue;
          if (m.start >= next_start || m.start - f.end > 60) break;
          const std::string_view gap = text_.substr(f.end, m.start - f.end);
          if (gap.find_first_of(",;:()\"") != std::string_view::npos) break;
          bool infected = false;
          for (std::string_view c : {"infectad", "contagiad"}) {
            const size_t at = scan::FindLower(gap, c);
            if (at == std::string_view::npos) continue;
            // The participle, its ending, then "con" / "por" / "de" right before the name.
            const std::string_view tail = gap.substr(at);
            const size_t sp = tail.find(' ');
            if (sp == std::string_view::npos) continue;
            const std::string_view rest = tail.substr(sp + 1);
            infected = rest == "con " || rest == "por " || rest == "de " || rest == "del ";
          }
          if (infected) pick = Pick::Of(m);
          break;
        }
      }
      // Spanish: the figure's own relative clause places it, when its clause has no subject
      // ("de los 25.000 médicos que ejercen en Chile" → Chile).
      if (pick.empty() && lang_ == Lang::kEs && !has_subject) {
        for (size_t i = 0; i < ms_.size(); ++i) {
          const EntityMention& m = *ms_[i];
          if (m.start < f.end) continue;
          if (m.start >= next_start || m.start - f.end > 60) break;
          if (m.type != EntityType::kPlace) continue;
          const std::string_view gap = text_.substr(f.end, m.start - f.end);
          // "que" right after the figure or its noun, not after a preposition ("54 niñas a
          // las que …" is another construction).
          const size_t que = gap.find(" que ");
          if (que == std::string_view::npos ||
              gap.substr(0, que).find(' ', 1) != std::string_view::npos ||
              gap.find_first_of(",;:()\"") != std::string_view::npos) {
            break;
          }
          const std::string_view tail = gap.substr(que + 5);
          // One verb, then "en" (and an article): "que trabajan en", "que viven en la".
          const size_t sp = tail.find(' ');
          if (sp == std::string_view::npos) break;
          const std::string_view rest = tail.substr(sp + 1);
          if (rest == "en " || rest == "en el " || rest == "en la " || rest == "en los " ||
              rest == "en las ") {
            pick = Pick::Of(m);
          }
          break;
        }
      }
    }
    // Rule 3b (es): "9 de las 17 regiones del país": the country the text is about.
    if (pick.empty() && lang_ == Lang::kEs) {
      for (const Ref& r : refs_) {
        if (!r.country || r.pos < f.end || r.pos - f.end > 60) continue;
        const std::string_view between = text_.substr(f.end, r.pos - f.end);
        if (between.find_first_of(",;:()") != std::string_view::npos ||
            !between.ends_with("del ")) {
          continue;
        }
        if (const EntityMention* c = CountryOfText(f.start)) pick = Pick::Of(*c);
        break;
      }
    }
    // Rule 3e (es): a share of a country's output is the country's, whatever the subject:
    // "la deuda equivale al 4 % del PIB de Tarnovia", "un déficit del 3 % del producto
    // interior bruto de la Argentina" (no punctuation between).
    if (pick.empty() && lang_ == Lang::kEs && f.kind == FigureKind::kPercent) {
      for (const EntityMention* m : ms_) {
        if (m->start < f.end) continue;
        if (m->start >= next_start || m->start - f.end > 48) break;
        if (m->type == EntityType::kPlace && GdpOfEs(text_.substr(f.end, m->start - f.end))) {
          pick = Pick::Of(*m);
        }
        break;
      }
    }
    // Rule 3c (de, en): the price of a company bought in a relative clause that names its
    // buyer is the bought company's: "die Firma X, die Y gekauft hatte, für 500 Millionen".
    if (pick.empty() && f.kind == FigureKind::kMoney && lang_ != Lang::kEs) {
      if (const EntityMention* a = BoughtAntecedent(s, e, f.start, f.end)) pick = Pick::Of(*a);
    }
    // Rule 3d (es): a sentence opening with a subordinate clause that has no subject of its
    // own ("Gracias a que poseía el 30 % de las acciones, Ralo ganó …", "Aunque facturó
    // 200 millones, Tecnovía …") shares the main clause's subject: the name (not governed by
    // a preposition) right after the comma that closes it.
    if (pick.empty() && lang_ == Lang::kEs) {
      if (const EntityMention* m = FrontedClauseSubject(s, f)) pick = Pick::Of(*m);
    }
    // Rule 3f: a stake after a verb of holding, buying or selling (or a holder's noun) is its
    // subject's, the name nearest before the figure not governed by a preposition, a country
    // too ("Norbank said Kralco owns 20% of Y", "Kralco, one of the largest groups, is to buy
    // 19.9% of Y", "while Kralco plans to buy 10% of the firm"); a nominal reference or
    // pronoun after that name leaves it to rule 4 ("X said the group holds 5%").
    if (stake_holder != nullptr && pick.empty()) pick = Pick::Of(*stake_holder);
    // Rule 4: the sentence subject (an organisation first, else a person or place), or a
    // nominal reference before it.
    // A clause of its own (after ", die", ", while", "que", ";", a dash, or the figure
    // before: "X hält 20 Prozent, Y 15 Prozent") with its own subject: that subject; a
    // relative clause without one: its antecedent ("an der X GmbH, die 38 Prozent hält").
    const EntityMention* antecedent = nullptr;
    size_t from = s;  // where the subject is looked for
    if (pick.empty() && cs > s) {
      {
        bool own = false;
        for (size_t i = 0; i < ms_.size() && ms_[i]->start < f.start && !own; ++i) {
          own = ms_[i]->start >= cs && (!prep_[i] || ClauseHead(cs, *ms_[i]));
        }
        for (const Ref& r : refs_) own = own || (r.pos >= cs && r.pos < f.start);
        if (own) {
          from = cs;
        } else if (relative) {
          // The last name before the clause, not a place and not the owner after a noun
          // ("su residencia de X, por la cual"); of a chain of names the first, the
          // maker ("die Kralinger Turbo X7, die 900 Euro kostet").
          size_t ai = ms_.size();
          for (size_t i = 0; i < ms_.size() && ms_[i]->end <= cs; ++i) {
            if (cs - ms_[i]->end <= 40) ai = i;
          }
          while (ai < ms_.size() && ai > 0 && ms_[ai - 1]->end < ms_[ai]->start &&
                 ms_[ai]->start - ms_[ai - 1]->end <= 16) {
            std::string_view gap =
                text_.substr(ms_[ai - 1]->end, ms_[ai]->start - ms_[ai - 1]->end);
            bool names_only = true;
            for (size_t k = 0; k + 1 < gap.size(); ++k) {
              if (gap[k] == ' ' && !ner::StartsUpper(gap.substr(k + 1))) names_only = false;
            }
            if (!names_only) break;
            --ai;
          }
          if (ai < ms_.size() && ms_[ai]->type != EntityType::kPlace) {
            size_t ws;
            std::string_view w = WordBefore(text_, s, ms_[ai]->start, &ws);
            if (IsArticle(w)) w = WordBefore(text_, s, ws, &ws);
            const bool owner = EqualsLowerAscii(w, "de") || EqualsLowerAscii(w, "del") ||
                               EqualsLowerAscii(w, "of") || EqualsLowerAscii(w, "von");
            if (!owner) antecedent = ms_[ai];
          }
          if (antecedent != nullptr) pick = Pick::Of(*antecedent);
        }
      }
    }
    // English: "While Voltaro's share fell 5%, Kellmoor grew by 3%": after the comma that
    // closes a sentence-initial subordinate clause, the main clause has its own subject.
    if (pick.empty() && from == s && lang_ == Lang::kEn) {
      const std::string_view head = text_.substr(s, f.start - s);
      bool subordinate = false;
      static constexpr std::string_view kConcessives[] = {"While ", "Whereas ", "Although ",
                                                          "Though "};
      for (std::string_view w : kConcessives) {
        subordinate = subordinate || head.starts_with(w);
      }
      const size_t comma = subordinate ? head.find(", ") : std::string_view::npos;
      if (comma != std::string_view::npos) {
        const size_t main = s + comma + 2;
        for (size_t i = 0; i < ms_.size() && ms_[i]->start < f.start; ++i) {
          if (ms_[i]->start >= main && !prep_[i]) {
            from = main;
            break;
          }
        }
      }
    }
    if (pick.empty()) {
      const EntityMention* subject = nullptr;
      for (int pass = 0; pass < 2 && subject == nullptr; ++pass) {
        for (size_t i = 0; i < ms_.size(); ++i) {
          if (ms_[i]->start >= f.start) break;
          if (ms_[i]->start >= from && (!prep_[i] || (from > s && ClauseHead(from, *ms_[i]))) &&
              (pass == 1 || OrgLike(*ms_[i]))) {
            subject = ms_[i];
            if (const EntityMention* p = ParentInApposition(i)) subject = p;
            // "der deutsche Sänger X hat …": the person, not the country describing it.
            if (pass == 1) {
              if (const EntityMention* p = DescribedPerson(i)) subject = p;
            }
            break;
          }
        }
      }
      // An organisation before the figure (Spanish): "del país" / "al país" is then where
      // or whose part ("El grupo del bar X … en el sur del país, contagió a 20 personas"),
      // not the subject; organisations come before places.
      bool org_before = false;
      for (size_t i = 0; i < ms_.size() && ms_[i]->start < f.start && !org_before; ++i) {
        org_before = OrgLike(*ms_[i]);
      }
      const Ref* ref = nullptr;
      for (const Ref& r : refs_) {
        if (r.pos < from) continue;
        if (r.country && r.prep && org_before) continue;
        // A genitive before the reference is its determiner, not the subject: "France's
        // second largest carmaker" is the carmaker.
        const bool determiner = subject != nullptr && r.pos > subject->end &&
                                r.pos - subject->end <= 40 && Genitive(*subject);
        // "es" is weaker than a name after it: "Auch ein Roboter hat es auf die Liste
        // geschafft: der Kralinger X7 um 450 Euro".
        const bool named_after = r.pronoun && subject != nullptr && OrgLike(*subject);
        if (r.pos < f.start && !named_after &&
            (subject == nullptr || r.pos < subject->start || determiner)) {
          ref = &r;
          break;
        }
      }
      if (ref != nullptr && ref->country) {
        if (const EntityMention* c = CountryOfText(ref->pos)) pick = Pick::Of(*c);
        if (pick.empty() && subject != nullptr) pick = Pick::Of(*subject);
      } else if (ref != nullptr && ref->person) {
        // "el candidato": the nearest person subject earlier in this sentence, else the
        // person subject of the sentences just before.
        for (size_t i = 0; i < ms_.size(); ++i) {
          if (ms_[i]->start < ref->pos && ms_[i]->type == EntityType::kPerson && !prep_[i]) {
            pick = Pick::Of(*ms_[i]);
          }
        }
        if (pick.empty() && person_topic_ != nullptr && f.start < person_topic_end_ + kTopicReach) {
          pick = Pick::Of(*person_topic_);
        }
        // Not a count of a people ("un millón de ecuatorianos": the country's).
        const bool people = CountsPeople(f);
        // Else the person the text introduced with the role, far back ("la candidata X" in
        // the lead): the tagger reads only a figure's sentence and the one before.
        if (pick.empty() && !people) {
          if (const EntityMention* p = RoleIntroducedPerson(*ref)) pick = Pick::Of(*p);
        }
        if (pick.empty() && subject != nullptr) pick = Pick::Of(*subject);
      } else if (ref != nullptr) {
        if (!ref->entity.empty()) {
          pick.entity = ref->entity;  // parent from the gazetteer
          if (const GazetteerEntry* ge = g_.Find(ref->entity)) pick.type = ge->type;
        } else {
          // The nearest organisation subject earlier in this sentence ("para X, la
          // compañía" is not one), else the topic.
          for (size_t i = 0; i < ms_.size(); ++i) {
            if (ms_[i]->start < ref->pos && ms_[i]->type == EntityType::kOrg && !prep_[i]) {
              pick = Pick::Of(*ms_[i]);
            }
          }
          // Spanish: a company noun described by the organisations that make it ("el grupo
          // resultante de la fusión entre X e Y", "la sociedad creada por X") is theirs: the
          // first one named within 60 bytes after the noun, without punctuation between.
          for (size_t i = 0; pick.empty() && lang_ == Lang::kEs && i < ms_.size(); ++i) {
            const EntityMention& m = *ms_[i];
            if (m.start <= ref->pos || m.start >= f.start) continue;
            if (m.start - ref->pos > 60) break;
            if (OrgLike(m) && text_.substr(ref->pos, m.start - ref->pos).find_first_of(",;:()\"") ==
                                  std::string_view::npos) {
              pick = Pick::Of(m);
            }
          }
          // A reference reaches back a few sentences at most ("der Gruppe" far from any
          // company is a group of people).
          // Never a place: "bei Türken sind es 15 Prozent" ("es" is expletive), and company
          // nouns name organisations.
          if (pick.empty() && !PlaceTopic() && f.start < topic_end_ + kTopicReach) {
            pick = TopicPick();
          }
          // English: a company noun before the figure and before any name of the sentence
          // ("The firm raised output at its mines in Norland to 9,000 tonnes", "In trade in
          // X the company's shares fell 2%") beyond the reach of the last subject is the
          // company the article is about (its title and lead), when that is an
          // organisation: not the place the sentence locates the business in (rule 5b).
          if (pick.empty() && lang_ == Lang::kEn && !ref->pronoun && article_topic_ != nullptr &&
              article_topic_->type == EntityType::kOrg) {
            pick = Pick::Of(*article_topic_);
          }
        }
      } else if (subject != nullptr) {
        pick = Pick::Of(*subject);
      }
    }
    // Rule 5: nearest organisation before the figure in a possessive ("de ByteDance",
    // "von Inspur"); not locations ("In der EU", "auf Twitter").
    if (pick.empty()) {
      for (size_t i = 0; i < ms_.size(); ++i) {
        if (ms_[i]->start >= f.start) break;
        if (ms_[i]->type != EntityType::kOrg) continue;
        size_t ws;
        std::string_view w = WordBefore(text_, s, ms_[i]->start, &ws);
        if (IsArticle(w)) w = WordBefore(text_, s, ws, &ws);  // "de la UE", "of the X"
        if (EqualsLowerAscii(w, "de") || EqualsLowerAscii(w, "del") || EqualsLowerAscii(w, "von") ||
            EqualsLowerAscii(w, "vom") || EqualsLowerAscii(w, "of") || EqualsLowerAscii(w, "at") ||
            EqualsLowerAscii(w, "bei")) {
          pick = Pick::Of(*ms_[i]);
        }
      }
    }
    // Rule 5c (es): a group named by a common noun ("Las mujeres suman el 45 % de la
    // plantilla", "las ventas de vinilos acaparan el 12 %"): a share or count is the group's.
    if (pick.empty() && lang_ == Lang::kEs) {
      if (const EntityMention* g = GroupOf(f, s, cs, relative)) pick = Pick::Of(*g);
    }
    // Rule 6a': a sentence that names no organisation and no pronoun (before the figure) or
    // company noun continuing an earlier subject, but a place before the figure in its
    // clause (German: else one after "in" right after the figure): the place ("Eine
    // Studentin kann in Norland monatlich 450 Euro verdienen", "40 Prozent der Befragten in
    // Norwegen").
    // A nominal reference anywhere ("…, the company said"), a pronoun before the figure, and
    // after it a pronoun next to a verb of saying ("wie sie mitteilte", "it said") or one
    // between the figure and the place after it ("40% of its clients in X": PronounBackAfter)
    // point back to an earlier subject; an "es" after the figure ("…, 2015 waren es 70
    // Prozent") and a possessive further on ("…, gaben an, ihren Wagen …", "en su mayoría")
    // speak of what follows.
    bool ref_back = false;
    for (const Ref& r : refs_) ref_back = ref_back || !r.pronoun || r.pos < f.start;
    if (pick.empty() && !ref_back && SentencePronoun() > f.end) {
      const bool next_is_part = fi + 1 < figs.size() && IsPart(figs, fi + 1, e);
      const EntityMention* place = nullptr;
      const EntityMention* place_after = nullptr;
      const EntityMention* own_after_es = nullptr;
      bool after_nach = false;
      bool any_org = false;
      for (const EntityMention* m : ms_) {
        // An organisation named with a later figure does not count ("In Portugals Fonds
        // stecken 80 Milliarden Euro, davon 30 bei der X").
        // German: a platform named with "auf" is where, not who ("Auf Kralnet werden für
        // Salzburg 900 Zimmer angeboten").
        size_t ws;
        size_t article_ws = 0;
        const std::string_view before = WordBefore(text_, s, m->start, &ws);
        const bool platform = lang_ == Lang::kDe && EqualsLowerAscii(before, "auf");
        // Spanish: a cause right after the figure ("500 muertes por X", "200 bajas por
        // enfermedad de X") is not who the figure is about; an agent after a participle is
        // ("3.000 coches fabricados por X").
        const bool cause = lang_ == Lang::kEs && m->start > f.end && ws < m->start && ws >= f.end &&
                           EqualsLowerAscii(before, "por") &&
                           !HasParticiple(text_.substr(f.end, ws - f.end));
        // Nor one named right before the next figure, its own ("en X hay 3.500, seguida de Y
        // con 2.500"; all languages).
        const bool next_own = fi + 1 < figs.size() && m->start >= f.end && m->end <= next_start &&
                              next_start - m->end <= 6;
        // An organisation "in der X" / "in the X" before the figure in its clause is where
        // ("In der EU stieg die Zahl auf 3 Millionen"): a place of the clause.
        const bool located =
            m->type == EntityType::kOrg && m->start >= cs && m->end <= f.start && InLocative(*m);
        any_org = any_org || (OrgLike(*m) && !platform && !cause && !next_own && !located &&
                              (m->start < next_start || !next_is_part));
        if ((m->type == EntityType::kPlace || located) && m->start >= cs && m->end <= f.start &&
            !LocatesThing(*m)) {
          place = m;
        }
        // German: else a place shortly after the figure, before the next one, with "in"
        // and no punctuation between ("40 Prozent der Befragten in Kralstadt"); a count of
        // people also with German "nach"; English a count or a share of something after "in"
        // or "in the" (PlaceAfterFigure).
        if (place_after == nullptr && m->type == EntityType::kPlace && m->start >= f.end &&
            m->end <= next_start && m->start - f.end <= 40 && PlaceAfterFigure(before, ws, f) &&
            !LocatesThing(*m) &&
            text_.substr(f.end, m->start - f.end).find_first_of(",;:()") ==
                std::string_view::npos) {
          place_after = m;
          after_nach = EqualsLowerAscii(before, "nach");
        }
        // Spanish: a count of people or cases with "en" and the same conditions, only to
        // replace a place before the figure below (rule 6b places the others).
        if (own_after_es == nullptr && lang_ == Lang::kEs && PeopleCount(f) &&
            m->type == EntityType::kPlace && m->start >= f.end && m->end <= next_start &&
            m->start - f.end <= 40 && !LocatesThing(*m) &&
            EqualsLowerAscii(IsArticle(before) ? WordBefore(text_, s, ws, &article_ws) : before,
                             "en") &&
            text_.substr(f.end, m->start - f.end).find_first_of(",;:()") ==
                std::string_view::npos) {
          own_after_es = m;
        }
      }
      // A place before the figure that comes after an earlier figure of the sentence, with a
      // joint between that earlier figure (or the place) and this one (JointBetween), is the
      // earlier figure's: it yields to the figure's own place after it ("900 Besucher in
      // Bayern, 300 Besucher kamen in Nürnberg" -> Nürnberg). Not a place before every figure
      // of the sentence, whatever comma follows it ("In X, so die Regierung, … 1,8 Millionen
      // in Y" keeps X), nor a German destination "nach Y" (where people go, not where they are).
      const EntityMention* own_after =
          place_after != nullptr && !after_nach ? place_after : own_after_es;
      const Figure* prev = fi > 0 ? figs[fi - 1] : nullptr;
      if (place != nullptr && own_after != nullptr && place->entity != own_after->entity &&
          prev != nullptr && prev->start >= s && place->start >= prev->start) {
        const size_t from = std::max(place->end, prev->end);
        if (from < f.start && JointBetween(text_.substr(from, f.start - from))) place = own_after;
      }
      if (place == nullptr) place = place_after;
      // "£45 in the UK (52 euros)": a conversion of the price before, not the place's.
      const bool bracketed =
          place != nullptr && f.start - place->end <= 2 &&
          text_.substr(place->end, f.start - place->end).find('(') != std::string_view::npos;
      const bool pronoun_back =
          place != nullptr && SentencePronoun() < e &&
          PronounBackAfter(f, place == place_after || place == own_after ? place->start : f.end);
      if (!any_org && place != nullptr && !bracketed && !pronoun_back) pick = Pick::Of(*place);
    }
    // German: a sentence in the first person singular ("Ich habe erst 70 Prozent meiner Form",
    // "hatte ich 80 Prozent") quotes a speaker: the person it names, else the last person
    // named before it, not an earlier subject or the article's organisation.
    if (pick.empty() && lang_ == Lang::kDe && FirstPersonDe()) {
      if (const EntityMention* p = SpeakerDe(f)) pick = Pick::Of(*p);
    }
    // German: a sentence that opens with "Er" and names nobody is about the man named last
    // before it, not an earlier organisation subject or the article's topic (ErSubjectDe).
    if (pick.empty() && lang_ == Lang::kDe) {
      if (const EntityMention* p = ErSubjectDe(s)) pick = Pick::Of(*p);
    }
    // Spanish: a place the sentence opens with as its setting ("En Norlandia, se registran 40
    // muertes al año", "En el caso de X, la cifra …") holds a figure the sentence gives to
    // no name of its own, ahead of the subject of the sentences before or the article's topic.
    // A pronoun or a nominal reference back to a subject keeps that subject ("En X, sus
    // ventas crecieron un 5 %").
    if (pick.empty() && lang_ == Lang::kEs && refs_.empty() && SentencePronoun() >= f.start) {
      if (const EntityMention* m = FrontedPlaceEs(s, f)) pick = Pick::Of(*m);
    }
    // Rule 6a: the subject of the sentences just before (see rule 6); a place subject only
    // after a place of this sentence (rule 5b).
    // Spanish: a quotation opened after the sentence of its speaker, a person subject named
    // after the organisation topic, is the speaker's ("«…», dijo Ralo. «Por eso gano 900
    // euros»"); company nouns still resolve to the organisation (rule 4).
    if (pick.empty() && lang_ == Lang::kEs && person_topic_ != nullptr &&
        (topic_.empty() || person_topic_end_ > topic_end_) &&
        f.start < person_topic_end_ + kTopicReach && QuoteOpen(person_topic_end_, f.start)) {
      pick = Pick::Of(*person_topic_);
    }
    // Spanish: a sentence about a person's kin ("la fianza para liberar a su hermano") is
    // about the last person named before the figure, within reach, rather than the topic.
    if (pick.empty() && lang_ == Lang::kEs && KinPossessiveEs(text_, s, e)) {
      const EntityMention* last = nullptr;
      for (const EntityMention& m : mentions_) {
        if (m.start >= f.start) break;
        if (m.type == EntityType::kPerson && m.start + kTopicReach > f.start) last = &m;
      }
      if (last != nullptr) pick = Pick::Of(*last);
    }
    // German: a subject after the verb ("7 Millionen Euro Verlust schrieb die X im Vorjahr",
    // "640 Stellen streicht der X"): the sentence's own subject, ahead of one carried from
    // the sentences before, unless a pronoun or a nominal reference of the sentence points
    // back to that one ("Mit 6 Millionen Euro unterstützt der Konzern die X": an object).
    if (pick.empty() && lang_ == Lang::kDe && SentencePronoun() == e && refs_.empty()) {
      if (const EntityMention* m = SubjectAfterFigure(f)) pick = Pick::Of(*m);
    }
    // Whether the entity is borrowed from the subject of the sentences before (rule 6 and its
    // first step, rule 6a), for rule 6b and the German cited-statistics rule below.
    bool borrowed = false;
    bool borrowed_topic = false;  // the article's topic, rule 6's last step
    if (pick.empty() && !PlaceTopic() && !topic_.empty() && f.start < topic_end_ + kTopicReach) {
      pick = TopicPick();
      borrowed = true;
      if (const EntityMention* place = PeoplePlaceBeforeDe(f, s, e, topic_)) {
        pick = Pick::Of(*place);
      }
    }
    // Rule 5b: a sentence that names no organisation but a place: the place ("Die
    // Arbeitslosigkeit in Österreich stieg auf 7 Prozent").
    bool destination_only = false;  // German: its only places are destinations (below)
    if (pick.empty()) {
      bool any_org = false;
      const EntityMention* place = nullptr;
      const EntityMention* destination = nullptr;  // the last German destination (below)
      for (const EntityMention* m : ms_) {
        any_org = any_org || OrgLike(*m);
        // German: a destination or reach ("liefert 12 Milliarden Kubikmeter Gas nach X", "eine
        // Loipe 18 Kilometer lang bis X"; DirectionPlaceDe), and a place listed after one ("bis
        // nach X oder Y"), is where the thing goes, not whose figure it is.
        if (lang_ == Lang::kDe && m->type == EntityType::kPlace &&
            (DirectionPlaceDe(*m, f) ||
             (destination != nullptr && ListedAfterDe(*destination, *m)))) {
          destination = m;
          continue;
        }
        // German: not a place after the figure beyond the end of its statement ("4 Prozent
        // Plus: Kralstadt …"; StatementEndsInDe): the figure goes on to the topic (rule 6).
        if (m->type == EntityType::kPlace && (place == nullptr || m->start < f.start) &&
            !LocatesThing(*m) &&
            !(lang_ == Lang::kDe && m->start >= f.end &&
              StatementEndsInDe(text_.substr(f.end, m->start - f.end)))) {
          place = m;
        }
      }
      if (!any_org && place != nullptr) pick = Pick::Of(*place);
      // German: a sentence whose only places are destinations names nobody the figure is
      // about: it stays null rather than borrow a place of the clause or the sentences
      // before (rule 6), which in the corpus were mostly wrong (a delivery "nach X" in a story
      // about another country).
      destination_only = !any_org && place == nullptr && destination != nullptr;
    }
    // German: a sentence whose organisations decided nothing above (governed, cited, a
    // compound's modifier: "der Bürgerkrieg zwischen der X-Minderheit und …") with no subject
    // within reach before it: a place before the figure in its clause ("In Morenien war ein
    // Bürgerkrieg mit 300.000 Toten zu Ende gegangen"), not the far article topic.
    if (pick.empty() && lang_ == Lang::kDe && !destination_only &&
        (topic_.empty() || f.start >= topic_end_ + kTopicReach)) {
      if (const EntityMention* place = ClausePlaceBefore(f, cs)) pick = Pick::Of(*place);
    }
    // Rule 6: a sentence that names nothing the figure could be about continues the
    // subject of the sentences before ("VIG steigerte ... Der Umsatz wuchs um 5 %"), else
    // the article's topic (title and lead).
    if (pick.empty() &&
        text_.substr(s, f.start - s).find_first_not_of(" \n\"'") == std::string_view::npos) {
      restated_.push_back(&f);  // opens its sentence: maybe a heading (Run's last pass)
    }
    if (pick.empty() && !destination_only) {
      if (!topic_.empty() && f.start < topic_end_ + kTopicReach) {
        pick = TopicPick();
        borrowed = true;
        // A place subject of an earlier sentence yields to the place the sentence just
        // before locates its news in (PlaceOfSentenceBefore).
        const EntityMention* place_before =
            PlaceTopic() && PeopleCount(f) ? PlaceOfSentenceBefore(s, e, topic_mention_->entity)
                                           : nullptr;
        if (place_before != nullptr) pick = Pick::Of(*place_before);
      }
      // Spanish: a subject after the verb, in this sentence, before the article's topic
      // ("Quieren recortar un 30 % los fondos y además, el Ministerio redujo …"): with its
      // definite article (not a modifier of a noun: "a principios del siglo XX", "camas UCI";
      // SubjectAfterFigure).
      if (pick.empty() && lang_ == Lang::kEs) {
        if (const EntityMention* m = SubjectAfterFigure(f)) pick = Pick::Of(*m);
      }
      const EntityMention* place_before = nullptr;
      if (!pick.empty()) {
      } else if (article_topic_ != nullptr && article_topic_->type == EntityType::kPlace &&
                 PeopleCount(f) &&
                 (place_before = PlaceOfSentenceBefore(s, e, article_topic_->entity)) != nullptr) {
        pick = Pick::Of(*place_before);
        borrowed = true;
      } else if (article_topic_ != nullptr && article_topic_->type != EntityType::kPlace &&
                 (place_before = PeoplePlaceBeforeDe(f, s, e, article_topic_->entity)) != nullptr) {
        pick = Pick::Of(*place_before);
        borrowed = true;
      } else if (article_topic_ != nullptr) {
        pick = Pick::Of(*article_topic_);
        borrowed_topic = true;
      }
    }
    // German: a figure of a sentence that cites a statistics body ("Den Daten der
    // Regulierungsbehörde X zufolge fielen 90 Flüge aus") and names no subject of its own
    // measures the place, not the subject of the sentences before nor the article's topic:
    // the place of the sentence, else the place the text names most before it; kept when none.
    if (cited_statistics_ && (borrowed || borrowed_topic)) {
      if (const EntityMention* c = EconomyOfStatistics(f)) pick = Pick::Of(*c);
    }
    // Rule 6b (es; a step of rule 6): a count of people or cases (metric population or cases:
    // "120 pacientes", "4.800 muertes") borrowed from an organisation or a person subject of the
    // sentences before, or from the article's topic (rule 6's last step: the title's company or
    // person), is a public statistic, not theirs: the place of the figure's sentence, else the
    // place the text names most before it (EconomyOfStatistics), else the topic when it is a
    // place, else the title's first place; kept when none. German and English were measured
    // too and left out (survey counts "davon 300 Frauen" are the survey's; an English count of
    // people is mostly a product's users or buyers: "used by 10 million people").
    if ((borrowed || borrowed_topic) && lang_ == Lang::kEs &&
        (pick.type == EntityType::kOrg || pick.type == EntityType::kPerson) && PeopleCount(f)) {
      if (const EntityMention* c = PublicCountPlace(f)) pick = Pick::Of(*c);
    }
    // German, for a figure whose entity is borrowed like that (rule 6 and its steps):
    // - Rule 6b (de): a toll — a count of the dead, injured or missing (metric cases: "300
    //   Menschen wurden getötet", "40 Verletzte") — is where it happened, not the
    //   organisation's or person's of the sentences before (a militia, a hospital, a rights
    //   group, a party): the place PublicCountPlace finds; kept when none. Only with a word of
    //   death, injury or missing people in the sentence (not proceedings, not a fraud's
    //   "Opfer"). Not the organisation's own staff ("sieben Mitarbeiter wurden getötet": unit
    //   employee), nor a toll of its own product or vehicle (a fault word: "Defekt",
    //   "Rückruf"; a possessive back to it: "ihrer Maschine"). German counts of other people
    //   stay (a survey's "davon 300 Frauen").
    // - A figure its sentence counts worldwide ("weltweit", "weltweiten", any case) is no
    //   place's: a place borrowed from before leaves it null ("Weltweit erkranken jährlich 50
    //   Millionen Menschen" in a story set in one country), unless the sentence refers back
    //   to it ("ihr Marktanteil", "das Land"). An organisation keeps it (its own
    //   worldwide jobs or sales: "Der Konzern will weltweit 900 Stellen streichen").
    if ((borrowed || borrowed_topic) && lang_ == Lang::kDe) {
      const bool place = pick.type == EntityType::kPlace;
      const bool toll = f.metric == metrics::kCases && f.unit != "employee" &&
                        (pick.type == EntityType::kOrg || pick.type == EntityType::kPerson);
      // One SSE2 search of the sentence, only where a step could apply.
      const std::string_view sent = text_.substr(s, e - s);
      const auto has = [&](std::initializer_list<std::string_view> cues) {
        for (std::string_view c : cues)
          if (scan::FindLower(sent, c) != std::string_view::npos) return true;
        return false;
      };
      // A possessive back to the subject ("ihr Marktanteil", "ihrer Maschine") or a noun
      // naming it again ("das Land"): the figure is the borrowed entity's own.
      const auto refers_back = [&] {
        return scan::AnyWordIn(sent, PossessivesDe()) ||
               has({"das land ", "des landes", "dem land ", "die stadt ", "der stadt "});
      };
      if ((place || toll) && has({"weltweit"})) {
        if (place && !refers_back()) pick = Pick{};
      } else if (toll &&
                 // A word of death, injury or missing people (not proceedings, not a
                 // fraud's victims) ...
                 // ("verletzten" alone is also "violated": only the participle, the noun
                 // and "die/den/der Verletzten").
                 has({"getötet",        "tote",           "todesopfer",     "tödlich",
                      "starb",          "sterben",        "gestorben",      "ums leben",
                      "verletzt ",      "verletzt.",      "verletzt,",      "verletzte ",
                      "verletzte.",     "verletzte,",     "die verletzten", "den verletzten",
                      "der verletzten", "schwerverletzt", "leichtverletzt", "vermisst"}) &&
                 // ... and no toll of the organisation's own product or vehicle (a recall's
                 // defect, "ihrer Maschine").
                 !has({"defekt", "fehler", "mängel", "rückruf"}) && !refers_back()) {
        if (const EntityMention* c = PublicCountPlace(f)) pick = Pick::Of(*c);
      }
    }
    // "X, presidente de Y, dijo …" (es): a person speaking for an organisation named with
    // a role in apposition gives the figure to the organisation; not the person's own pay,
    // stake or votes ("X, presidente del partido Y, obtuvo el 30 % de los votos").
    if (lang_ == Lang::kEs && pick.mention != nullptr && pick.type == EntityType::kPerson &&
        !PersonalMetric(f.metric)) {
      if (const EntityMention* org = RoleOrg(*pick.mention)) pick = Pick::Of(*org);
    }
    // The reverse (all languages): the organisation named inside a person's role in
    // apposition does not take the person's own pay, stake or votes ("der Chef der Y, X,
    // erhielt ein Gehalt von 4 Millionen Euro", "the chairman of Y, X, received a salary of
    // $4m").
    if (pick.mention != nullptr && pick.type == EntityType::kOrg && PersonalMetric(f.metric)) {
      if (const EntityMention* holder = RoleHolder(*pick.mention)) pick = Pick::Of(*holder);
    }
    // English: a company leader's or spokesman's figures are the company's ("Kellmoor boss X
    // said sales rose 5%"), not the person's own pay or stake; pay the leader hands to others
    // is the company's too ("X signed off $5m in pension payments to retired staff").
    if (lang_ == Lang::kEn && pick.mention != nullptr && pick.type == EntityType::kPerson &&
        f.metric != metrics::kStake &&
        (f.metric != metrics::kSalary || PaidToOthersEn(text_, f.end, e))) {
      if (const EntityMention* org = LeaderOrgEn(*pick.mention)) pick = Pick::Of(*org);
    }
    // A government minister's figures are the country's ("die ungarische Finanzministerin X
    // schlägt eine Abgabe von 50 Euro vor", "Finance Minister X has to cut the deficit by
    // 0.3 points", "el jefe del Gobierno X anunció un plan de 900 millones").
    if (pick.mention != nullptr && pick.type == EntityType::kPerson) {
      if (const EntityMention* c = MinisterCountry(*pick.mention, f.start)) pick = Pick::Of(*c);
    }
    // English: a state's finances named with a person or a body as the subject ("tax revenues
    // rose to $300bn, tax chief X said", "the budget deficit hit $400bn", "X warned the trade
    // deficit would reach $40bn") are the economy's: a place of the sentence, else the place
    // the text names most before.
    if (lang_ == Lang::kEn && !pick.empty() && pick.type != EntityType::kPlace &&
        pick.type != EntityType::kGroup && PublicFinanceEn(text_, s, e, f)) {
      if (const EntityMention* c = EconomyOfStatistics(f)) pick = Pick::Of(*c);
    }
    // English: a statistics office's figures are the economy's ("Retail sales in the US grew
    // 3%, the Commerce Department said", "German jobless numbers rose by 5,000, the Federal
    // Statistics Office said").
    if (lang_ == Lang::kEn && !pick.empty() && StatisticsBodyEn(pick.entity)) {
      if (const EntityMention* c = EconomyOfStatistics(f)) pick = Pick::Of(*c);
    }
    // English: the US state's budget, debt, spending, funding or taxes given to the
    // legislature or department that votes or spends them ("Congress approved a $90bn
    // budget", "the Pentagon will spend $3bn") are the US's, named in the text (the mention
    // nearest before the figure, else the first after it); not a place the sentence names
    // (where the money goes: "operations in X").
    if (lang_ == Lang::kEn && !pick.empty() && pick.type == EntityType::kOrg &&
        f.kind == FigureKind::kMoney &&
        InList(f.metric, {metrics::kBudget, metrics::kDebt, metrics::kSpend, metrics::kFunding,
                          metrics::kTax}) &&
        InList(pick.entity, {"Congress", "US Congress", "Pentagon", "US Treasury", "White House",
                             "US Senate", "House of Representatives"})) {
      const EntityMention* us = nullptr;
      for (const EntityMention& m : mentions_) {
        if (m.entity != "US" || m.type != EntityType::kPlace) continue;
        if (us != nullptr && m.start > f.start) break;
        us = &m;
      }
      if (us != nullptr) pick = Pick::Of(*us);
    }
    // English: a trade body (TradeBodyEn) of a market (MarketBodyNameEn, or a market measure)
    // that reports or is cited, or a publisher of data by name named in the sentence as the
    // publisher of figures or data (DataSourceEn: "figures from X Analytics showed", "X
    // Research data suggest"), is a source like a statistics office: the figures it publishes
    // about its market (MarketFigureEn: "The Kralland Timber Merchants' Federation said
    // deliveries dropped 17%", and the next sentences that borrow the federation) are the
    // economy's: a place of the sentence, else the place the text names most before it; kept
    // when none. Own metrics (OwnMetricEn) are ruled out first, before the mention scans.
    // A sentence that names its figures' publisher before them and no subject of its own
    // (the pick borrowed from before, or none) is about the market too: "Brelco said …
    // Newer data from Pellam Analytics suggest rents climbed 9%".
    if (lang_ == Lang::kEn && pick.type != EntityType::kPlace && pick.type != EntityType::kGroup &&
        !OwnMetricEn(f) &&
        ((pick.mention != nullptr && pick.type == EntityType::kOrg &&
          ReportingBodyEn(*pick.mention, s, e, f, borrowed || borrowed_topic)) ||
         ((pick.empty() || borrowed || borrowed_topic) && DataSourceBefore(s, f.start))) &&
        MarketFigureEn(text_, s, e, f)) {
      if (const EntityMention* c = EconomyOfStatistics(f)) pick = Pick::Of(*c);
    }
    // Spanish: a statistics or health agency's figures are its country's ("el Centro de
    // Control de Enfermedades de X analizó 4.000 casos", "el INE recalcó que el paro bajó un
    // 2 %"): a place of the sentence, else the place the text names most.
    if (lang_ == Lang::kEs && pick.mention != nullptr && pick.type == EntityType::kOrg &&
        StatisticsBodyEs(text_, *pick.mention)) {
      if (const EntityMention* c = PublicCountPlace(f)) pick = Pick::Of(*c);
    }
    // German: a statistics office's, a public agency's or an economic institute's figures are
    // its country's or region's ("Die Arbeitslosenquote lag bei 5 Prozent, teilte das
    // Statistikamt mit"; the next sentence's figures, which it lent its subject to, too): the
    // place of the sentence, else the place the text names most before it; kept when none.
    // Only a statistical measure (StatisticalMetricDe), not the body's own staff, fleet,
    // orders, fees, costs or results ("Das Bundesamt beschäftigt 2.000 Menschen", "betreibt 40
    // Schiffe", "senkte seine Kosten um 5 Prozent", "erhöhte die Gebühren um 5 Prozent": a
    // change or a share only of a statistic the sentence names), and of money only an economy's
    // measures (trade, debt, taxes, a market's size), not what the body spends or pays ("gab 90
    // Millionen Euro für Brücken aus", "zahlte der X AG 12 Millionen Euro").
    // A statistics body whose figure this rule kept as its own is not asked again below.
    bool statistics_body_kept = false;
    if (lang_ == Lang::kDe && pick.mention != nullptr && pick.type == EntityType::kOrg &&
        StatisticsBodyDeMemo(*pick.mention)) {
      if (!StatisticalMetricDe(text_, f, *pick.mention, s, e)) {
        statistics_body_kept = true;
      } else if (const EntityMention* c = EconomyOfStatistics(f)) {
        pick = Pick::Of(*c);
      }
    }
    // A body the text cites as a source (SourceMemo: "laut einer Umfrage des Verbands X", "X
    // zufolge", "según un informe de X", "according to X", "a survey by X") or that reports
    // ("teilte X mit", "X noted") publishes figures about others: a figure it got as its
    // subject (from the sentences before, as the article's topic, or named after the figure in
    // its sentence: "…, teilte X mit") that counts people or cases or is an economy's rate, or a
    // proportion with no possessive near it (SourceFigure), is the place's
    // (EconomyOfStatistics, all languages); kept when none. A body the figure's sentence names
    // as its subject before the figure, by name or by a reference, keeps the figure: a company
    // cited about a market still counts its own jobs, contracts and clients ("Laut X wächst
    // der Markt. X baut 12 Prozent der Stellen ab", "The firm cut 15% of the jobs"). A body
    // that only reports gives away a proportion only when the figure's sentence borrowed it
    // from before: companies and governments report their own shares ("la Junta dice que ya
    // ha ejecutado el 31 %"). Its own staff, members, money and results stay its own, and so
    // do people the figure's own clause names it with ("4.000 Kinder in der Betreuung des X",
    // "5 Prozent der X-Aktien": NamedInClauseAfter). A German statistics body whose figure
    // the rule above kept as its own keeps it here too.
    const bool borrowed_any = borrowed || borrowed_topic;
    if (pick.mention != nullptr && pick.type == EntityType::kOrg && !statistics_body_kept &&
        !(!borrowed_any && SubjectBeforeFigure(*pick.mention, s, f)) &&
        SourceFigure(text_, s, e, f) && !NamedInClauseAfter(f, e, pick.entity)) {
      const Source how = SourceMemo(*pick.mention);
      if (how == Source::kCited ||
          (how == Source::kReports && (f.metric != metrics::kShare || borrowed_any))) {
        if (const EntityMention* c = EconomyOfStatistics(f)) pick = Pick::Of(*c);
      }
    }
    // A list of figures each followed by its place ("un 3 % en A, un 5 % en B y un 2 % en
    // C"): each figure is its own item's place, not the place of an item before it nor a
    // topic from earlier sentences; a subject the sentence names before the figure (not a
    // place) keeps them all ("Voltaro's sales rose 4% in A and 7% in B"). Precedence: before
    // the rules below, which name what the figure itself counts or measures (a demonym, "40%
    // of Britons", an economy's rate) and so win over the item's place.
    if (const EntityMention* own = ListItemPlaceAfter(figs, fi)) {
      // The subject may also be one a reference before the figure points back to ("Das
      // Unternehmen steigerte den Umsatz um 5 Prozent in A und um 7 Prozent in B", "Its sales
      // rose 4% in A and 7% in B"); a topic merely carried from earlier sentences is none.
      const bool subject = pick.mention != nullptr && pick.type != EntityType::kPlace &&
                           ((pick.mention->start >= s && pick.mention->end <= f.start) ||
                            scan::AnyWordOf(text_.substr(s, f.start - s), [](std::string_view w) {
                              return IsNominal(w) || IsContinuingPronoun(w);
                            }));
      if (!subject) pick = Pick::Of(*own);
    } else if (pick.empty() || pick.type == EntityType::kPlace) {
      // "A recortó un 7 % su gasto y en B el recorte llegó al 11 %": a place that opens the
      // figure's own item, not the place of the sentence's first item.
      if (const EntityMention* opens = ListItemPlaceBefore(figs, fi)) pick = Pick::Of(*opens);
    }
    // Spanish: a count of a place's people named by their demonym, which Spanish writes in
    // lower case ("300.000 chilenos", "20 millones de colombianos"), is the place's.
    // Precedence: on purpose after, and over, every rule above (speaker, ranking, first
    // person): the demonym ends the figure's own surface, so it names what the figure counts
    // ("X dijo que 3 millones de chilenos …" counts Chileans, not X). Like PeopleOfPlaceEn.
    if (lang_ == Lang::kEs && f.kind == FigureKind::kCount) {
      for (const EntityMention* m : ms_) {
        if (m->type == EntityType::kPlace && m->start > f.start && m->end == f.end &&
            m->surface != m->entity && m->surface.ends_with('s') && m->surface[0] >= 'a' &&
            m->surface[0] <= 'z') {
          pick = Pick::Of(*m);
        }
      }
    }
    // Spanish: the members a count names with a "de" phrase right after its noun are the
    // named owner's ("X dijo que 80 empleados de Norvalia …", "300 votantes de Ubatec"): the
    // name right after "de" (MembersOwnerStartEs), not the speaker, a name after the figure
    // or a topic carried from before. A name of the sentence before the figure keeps them:
    // it frames them ("En Villaclara, 40 agentes de la Guardia Rural vigilan …", "la ciudad
    // tenía 90 agentes de Ubatec"). Precedence: over every rule above, like the demonym rule.
    if (lang_ == Lang::kEs && f.kind == FigureKind::kCount &&
        (pick.mention == nullptr || pick.mention->field != f.field || pick.mention->start < s ||
         pick.mention->start > f.start)) {
      // Not after "sus" (the owner is named before) nor after a verb that hires or employs
      // them ("contratará a 120 técnicos de …": the subject's).
      const size_t owner = PossessiveBeforeEs(text_, f) || OwnerVerbBeforeEs(text_, s, f)
                               ? std::string_view::npos
                               : MembersOwnerStartEs(text_, f);
      for (const EntityMention* m : ms_) {
        if (owner >= e || m->start != owner || m->field != f.field) continue;
        // A place owns only its residents ("vecinos de Villaclara"), not staff or players
        // "de Brasil".
        if (m->type == EntityType::kPlace && !ResidentsCountEs(f)) break;
        // Not a name that runs on past the mention ("de la Nueva Ruritania" cut after
        // "Nueva"): only part of the owner's name was recognised.
        size_t ts = 0, te = 0;
        const bool runs_on = m->end < text_.size() && text_[m->end] == ' ' &&
                             scan::NextToken(text_, m->end, &ts, &te) && ts == m->end + 1 &&
                             ner::StartsUpper(text_.substr(ts, te - ts));
        if (!runs_on) pick = Pick::Of(*m);
        break;
      }
    }
    // English: the share or count of a country's people ("40% of Britons") is the country's.
    if (lang_ == Lang::kEn && (f.kind == FigureKind::kPercent || f.kind == FigureKind::kCount)) {
      if (const EntityMention* c = PeopleOfPlaceEn(f)) pick = Pick::Of(*c);
    }
    // English: inflation, unemployment and a central bank's interest rate are the economy's
    // ("Inflation rose to 3%, the Bank said" → the country the text is about).
    if (lang_ == Lang::kEn && EconomyRateEn(f, pick)) {
      if (const EntityMention* c = EconomyOfRateEn(f, pick)) pick = Pick::Of(*c);
    }
    // English: an economy's growth or a share of its output ("the economy grew 3%, the X
    // Institute said", "a deficit of 3% of GDP") is the economy's.
    if (lang_ == Lang::kEn && f.kind == FigureKind::kPercent && !pick.empty() &&
        pick.type != EntityType::kPlace && pick.type != EntityType::kGroup) {
      if (const EntityMention* c = EconomyOfMeasureEn(f, s, e)) pick = Pick::Of(*c);
    }
    // German: a share of an economy's output or its growth ("3 Prozent des BIP", "das BIP
    // wuchs um 1,2 Prozent") is the economy's (EconomyOfMeasureDe).
    if (lang_ == Lang::kDe && f.kind == FigureKind::kPercent && !pick.empty() &&
        pick.type != EntityType::kPlace && pick.type != EntityType::kGroup) {
      if (const EntityMention* c = EconomyOfMeasureDe(f, s, e)) pick = Pick::Of(*c);
    }
    // German: an election's turnout (TurnoutDe) is the electorate's, no party's or office's:
    // the place the sentence names, else the text's (PublicCountPlace), else nobody's.
    if (lang_ == Lang::kDe && f.kind == FigureKind::kPercent && !pick.empty() &&
        pick.type != EntityType::kPlace && TurnoutDe(f, s, e)) {
      const EntityMention* place = PlaceOfPollDe(f, s, e);
      pick = place != nullptr ? Pick::Of(*place) : Pick{};
    }
    // English: takeover terms that value a company are the company's, not the bidder's ("X
    // tabled an offer for Y, valuing it at $3bn", "X will pay $70 for each Y share").
    // Precedence: last and over every rule above, on purpose: the rules above mostly pick
    // the bidder (the sentence's subject or speaker), which is what this rule corrects;
    // ValuedCompanyEn itself asks for a valuation or per-share cue naming the company.
    if (lang_ == Lang::kEn) {
      if (const EntityMention* c = ValuedCompanyEn(f, s)) pick = Pick::Of(*c);
    }
    // The pick was borrowed: no mention of f's field inside the sentence [s, e) decided it (the
    // subject of the sentences before, the topic). Asked afresh by each rule below.
    const auto pick_from_outside = [&] {
      return pick.mention == nullptr || pick.mention->field != f.field || pick.mention->start < s ||
             pick.mention->start >= e;
    };
    // Spanish: a sentence in the first person singular outside quotations ("Yo ahorré 900
    // euros para mi coche") gives its figures to no name it does not name itself: not to the
    // subject of the sentences before nor the article's topic (a narrator; the quoted speaker
    // is rule 6a's). So does a count in a sentence that sets its figures in the whole world
    // ("En todo el mundo hay ya 7 millones de enfermos") with no pronoun back to a subject
    // ("… sus discos se venden en todo el mundo" stays the subject's).
    if (lang_ == Lang::kEs && !pick.empty() && refs_.empty() && pick_from_outside() &&
        NoBorrowedNameEs(s, e, f)) {
      pick = Pick{};
    }
    // English: a figure of a sentence that sets it in the whole world (WorldSentenceEn:
    // "Globally, 80 million tablets were shipped", "some 300 breweries worldwide") is
    // nobody's the sentence does not name: not the subject of the sentences before nor the
    // article's topic. A name of the sentence itself, a reference back ("the firm sold 2
    // million units worldwide") or an organisation's own metric (OwnMetricEn: revenue,
    // profit, a deal) keeps its pick, unless the amount sizes a whole trade (TradeSizeEn: "a
    // $6.5bn industry across the globe").
    if (lang_ == Lang::kEn && !pick.empty() && refs_.empty() && pick_from_outside() &&
        f.metric != metrics::kEmployees && f.metric != metrics::kSites && WorldSentenceEn(s, e) &&
        (!OwnMetricEn(f) || TradeSizeEn(text_, f)) &&
        std::none_of(ms_.begin(), ms_.end(), [&](const EntityMention* m) {
          return m->field == f.field && m->start >= s && m->end <= e && m->entity == pick.entity;
        })) {
      pick = Pick{};
    }
    // English: a figure of the whole world's economy (WorldEconomyEn: "Global growth will
    // slow to 3.5%", "World population may top 9.4 billion") is nobody's when the
    // sentence names no one before it: not a name after it ("… despite strong Ruritanian
    // demand"), nor the subject of the sentences before or the article's topic. A name, a
    // pronoun or a reference back before the figure keeps the pick ("Its share of world trade
    // is 2%", "Veltro said global output fell 3%"), and so does a name right after it ("…
    // grew 1% in Pellaria"); a cue outside the figure's clause is none ("Despite weak global
    // growth, orders rose 6%").
    // (ms_, the sentence's eligible mentions in text order, rules out most figures before the
    // text scan: a mention before the figure keeps the pick anyway.)
    if (lang_ == Lang::kEn && !pick.empty() && refs_.empty() &&
        (ms_.empty() || ms_.front()->start >= f.start) && SentencePronoun() >= f.start &&
        WorldEconomyEn(text_.substr(s, f.start - s)) &&
        !BackReferenceEn(text_.substr(s, f.start - s), /*owner_too=*/true) &&
        std::none_of(mentions_.begin(), mentions_.end(),
                     [&](const EntityMention& m) {
                       return m.field == f.field && m.start >= s && m.start < f.start;
                     }) &&
        std::none_of(ms_.begin(), ms_.end(), [&](const EntityMention* m) {
          // "… grew 1% in Pellaria", "… fell 9% at Quillex": the name's own figure.
          static constexpr std::string_view kOf[] = {" in ",     " at ",     " from ",
                                                     " in the ", " at the ", " from the "};
          return m->start >= f.end && m->start <= f.end + 10 &&
                 InList(text_.substr(f.end, m->start - f.end), kOf);
        })) {
      pick = Pick{};
    }
    // English: a sentence in the first person singular outside quotations ("My bill rose
    // from £4 to £90", a reader's letter) gives its figures to no name it does not name
    // itself: not the subject of the sentences before nor the article's topic.
    if (lang_ == Lang::kEn && !pick.empty() && refs_.empty() && pick_from_outside() &&
        NarratorSentenceEn(s, e)) {
      pick = Pick{};
    }
    // English: a count of things or people at large (CountAtLargeEn: "about 650 visitors
    // came", "70 million clips are uploaded every week") in a sentence that names no one but
    // places is nobody's: not the subject of the sentences before nor the article's topic. A
    // place keeps it (its people), and so does an owner the sentence points back to by a
    // pronoun or a definite noun ("its 40 stores", "the firm ran 900 trucks": BackReferenceEn;
    // "our 40 stores", "the club's 12 scouts": its owner_too part; "That reaches 700,000
    // homes", "15,000 chargers were affected.": PointsBackEn).
    if (lang_ == Lang::kEn && !pick.empty() && refs_.empty() && pick.type != EntityType::kPlace &&
        pick.type != EntityType::kGroup && pick_from_outside() && CountAtLargeEn(text_, f) &&
        SentencePronoun() >= e && !BackReferenceEn(text_.substr(s, e - s), /*owner_too=*/true) &&
        !PointsBackEn(text_.substr(s, e - s), f.end - s) &&
        std::none_of(mentions_.begin(), mentions_.end(), [&](const EntityMention& m) {
          return m.field == f.field && m.start >= s && m.end <= e && m.type != EntityType::kPlace;
        })) {
      pick = Pick{};
    }
    // Spanish: people at large (PeopleAtLargeEs: "300 pacientes", "el 12 % de las personas")
    // are not the people of an organisation or person the sentence does not name: a study's
    // subjects, a crowd, a share of a population stay nobody's rather than the subject of the
    // sentences before or the topic. A place keeps them (its people), and so does a subject a
    // pronoun of the sentence refers back to ("sus 300 pacientes"). So does a count of cases
    // (CaseCountEs: infections, deaths): a place's or nobody's, not a study's authors', a
    // source's or a speaker's named outside the sentence.
    if (lang_ == Lang::kEs && !pick.empty() && refs_.empty() && pick.type != EntityType::kPlace &&
        pick.type != EntityType::kGroup && pick_from_outside() &&
        ((CaseCountEs(f) && !OwnerVerbBeforeEs(text_, s, f)) || PeopleAtLargeEs(text_, s, f)) &&
        SentencePronoun() >= e && !BackReferenceEs(text_.substr(s, e - s))) {
      dropped = pick.entity;  // nor is the name it drops its counterpart
      pick = Pick{};
    }
    // Spanish: a physical measure no metric labels (BareMeasureEs: "200 microgramos", "a 30
    // cuadras", "5 GHz", "10 kilos de explosivos") is no result of a name the sentence does not
    // name: not of the subject of the sentences before nor of the article's topic, place or
    // not. An owner the sentence points back to by a pronoun or a definite noun of its things
    // keeps it ("su nave ocupa 6.000 metros cuadrados", "El buque mide 200 metros").
    // So is a measure that locates something (LocatingMeasureEs: "a 40 kilómetros de
    // Villaclara"), even one whose sentence names the place it counts from. A verb whose
    // subject Spanish drops (DroppedSubjectVerbEs: "Tiene una autonomía de 400 kilómetros")
    // keeps the subject before.
    if (lang_ == Lang::kEs && !pick.empty() && BareMeasureEs(f) &&
        ((refs_.empty() && pick_from_outside() && SentencePronoun() >= e &&
          !BackReferenceEs(text_.substr(s, e - s)) && !DroppedSubjectVerbEs(text_, s, f, ms_)) ||
         LocatingMeasureEs(text_, s, f))) {
      dropped = pick.entity;
      pick = Pick{};
    }
    // English: a poll's result (PollResultEn: "A survey found that 28% of drivers …") is
    // nobody's: neither the pollster's nor a company's carried from before. A place keeps it
    // (the rules above give a cited pollster's proportions to the place it polled).
    if (lang_ == Lang::kEn && !pick.empty() && pick.type != EntityType::kPlace &&
        pick.type != EntityType::kGroup && PollResultEn(text_, s, e, f)) {
      pick = Pick{};
    }
    // English: the market price of crude (CrudePriceEn: "Light crude rose $1.10 to $51.20")
    // is nobody's: not the place of its benchmark ("US light crude"), nor the benchmark's
    // name, nor a body or company the sentence or the text names.
    if (lang_ == Lang::kEn && !pick.empty() &&
        ((f.kind == FigureKind::kMoney && f.metric == metrics::kPrice) ||
         (f.kind == FigureKind::kPercent && f.metric == metrics::kGrowth))) {
      if (crude_cue < 0) crude_cue = CrudeCueIn(sentence) ? 1 : 0;
      if (crude_cue == 1 && CrudePriceEn(text_, s, f)) pick = Pick{};
    }
    // German: a share of a survey's respondents ("40 Prozent der Befragten", "der befragten
    // Firmen") is the share of the people polled: the place the sentence names before it,
    // else the text's (PublicCountPlace), else nobody's — not the pollster's, nor a name
    // carried from the sentences before. A name the sentence itself gives keeps it when the
    // poll is about a person, or is an organisation's poll of its own members or staff
    // ("Mitgliederbefragung der X", "Umfrage der X unter ihren Angestellten").
    if (lang_ == Lang::kDe && f.kind == FigureKind::kPercent && !pick.empty() &&
        pick.type != EntityType::kPlace && pick.type != EntityType::kGroup &&
        (pick_from_outside() ||
         (pick.type != EntityType::kPerson && !OwnPeoplePolledDe(text_.substr(s, e - s))))) {
      const std::string_view after = text_.substr(f.end);
      if (after.starts_with(" der Befragten") || after.starts_with(" der befragten ")) {
        const EntityMention* place = PlaceOfPollDe(f, s, f.start);
        pick = place != nullptr ? Pick::Of(*place) : Pick{};
      }
    }
    SetEntity(pick, &f);
    const std::string& entity = pick.entity;  // a rolled-up product is not its counterpart

    // ---- counterpart: first other organisation/product after the figure in its clause.
    for (size_t i = 0; i < ms_.size(); ++i) {
      const EntityMention& m = *ms_[i];
      if (m.start < f.end) continue;
      if (m.start >= next_start) break;
      if (!dropped.empty() && m.entity == dropped) break;
      if (m.entity != entity) {
        f.counterpart = m.entity;
        break;
      }
    }
  }
}

// A figure without a metric that is no result of the period the text reports on: a quantity
// (a length, a distance) or a count no change word reaches ("a 30-metre hull", "3,000
// marchers", "a fleet of 14 ships"). Money and percentages without a metric stay results ("the
// damage reached EUR 9m"), and so does a count right after a change word ("visits rose to 9
// million", "verdoppelte sich auf 40.000"; the metric classifier's kChange cues).
bool NoResult(std::string_view text, const Figure& f, Lang lang) {
  if (f.kind == FigureKind::kMoney || f.kind == FigureKind::kPercent) return false;
  if (f.kind == FigureKind::kQuantity) return true;
  const size_t lo = f.start > 40 ? f.start - 40 : 0;
  return !ChangeCueRightBefore(text, lo, f.start, lang);
}

}  // namespace

void Attribute(std::string_view text, Lang lang, std::span<const EntityMention> mentions,
               const Gazetteer& gazetteer, std::span<Figure> figures,
               const EntityMention* article_topic, PeriodMemo* periods,
               const EntityMention* title_place) {
  if (figures.empty()) return;
  Attributor a(text, lang, mentions, gazetteer, article_topic, title_place);
  a.Run(figures);
  // Figures the figure stage left without a period (or made by hand): the same detector.
  AssignPeriods(text, std::nullopt, figures, /*only_empty=*/true, periods, lang);
  // The article's year is the period of its results ("Profits rose 20%" in a report on
  // 2004), not of a stake, a deal's value or a head count whose sentence states no period
  // (metrics::IsPointInTime), nor of a quantity or count without a metric that no change word
  // reaches - a length, a distance, a crowd ("a 30-metre hull", "3,000 marchers"; NoResult) -,
  // nor of a day's move of a share price ("its shares slid 3% on the news"; StockMove) or a
  // fine, a settlement or a ransom ("was fined $2m"; OneOffSum). A
  // figure that borrowed such a metric from an earlier sentence shares the period that
  // sentence states ("a budget of $5bn for 2005. The army had asked for $6bn.").
  for (size_t i = 0; i < figures.size(); ++i) {
    Figure& f = figures[i];
    const bool no_result = f.period_from_article && f.metric.empty() && NoResult(text, f, lang);
    const bool one_off =
        f.period_from_article && (StockMove(text, f, lang) || OneOffSum(text, f, lang));
    if (f.period_from_article && (no_result || one_off || metrics::IsPointInTime(f.metric))) {
      const Figure* from = a.BorrowedFrom(i);
      if (from != nullptr && !from->period.empty() && !from->period_from_article) {
        f.period = from->period;
      } else {
        f.period.clear();
      }
      f.period_from_article = false;
    }
  }
}

void Attribute(std::string_view text, Lang lang, const std::vector<EntityMention>& mentions,
               const Gazetteer& gazetteer, std::vector<Figure>* figures) {
  Attribute(text, lang, std::span<const EntityMention>(mentions), gazetteer,
            std::span<Figure>(*figures));
}

}  // namespace newsfacts::extract
