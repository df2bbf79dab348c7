// NameTagger: statistical name classifier + rules (see ner_tagger.h and extract/README.md,
// "Entities and attribution").
#include "extract/ner_tagger.h"

#include <emmintrin.h>
#include <sys/mman.h>
#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <bitset>
#include <cctype>
#include <charconv>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/entity_scan.h"
#include "extract/function_words.h"
#include "extract/gazetteer.h"
#include "extract/literal_set.h"
#include "extract/ner_features.h"
#include "extract/period.h"
#include "extract/person_lexicon.h"

namespace newsfacts::extract {

extern const char kNerModelText[];
extern const size_t kNerModelSize;
extern const char kDemonymsText[];
extern const size_t kDemonymsSize;
extern const char kDeNounsText[];
extern const size_t kDeNounsSize;
extern const char kGivenNamesText[];
extern const size_t kGivenNamesSize;
extern const char kRegionsText[];
extern const size_t kRegionsSize;
extern const char kCitiesText[];
extern const size_t kCitiesSize;

namespace {

using scan::InList;

using ner::Label;

// Eight model features in one cache line, the bucket their hash's lower bits pick: each as
// the upper 32 bits of its hash (fp) and its weights divided by kWeightScale (w). A lookup
// compares the eight fingerprints at once and selects the weights with the comparison masks:
// no probe loop, no branch on the data (the linear-probing table mispredicted its loop exits
// and hits). Buckets are added until every bucket holds its features (Parse).
struct alignas(64) Bucket {
  static constexpr int kSlots = 8;
  uint32_t fp[kSlots] = {};  // 0 = empty
  int8_t w[kSlots][ner::kNumLabels] = {};
};
static_assert(sizeof(Bucket) == 64);
// The allocator of the bucket table: from 2 MB on, aligned to 2 MB and asked to be backed by
// huge pages (Linux, transparent huge pages in "madvise" mode). The classifier reads the
// table (2.4 MB) at random, about 13 buckets per candidate: with 4 KB pages each read is
// likely a TLB miss as well.
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;
  HugePageAllocator() = default;
  template <typename U>
  explicit HugePageAllocator(const HugePageAllocator<U>& /*other*/) {}
  static size_t Alignment(size_t bytes) { return bytes < kHugePage ? alignof(T) : kHugePage; }
  static size_t Rounded(size_t bytes) {
    return bytes < kHugePage ? bytes : (bytes + kHugePage - 1) & ~(kHugePage - 1);
  }
  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    void* p = ::operator new (Rounded(bytes), std::align_val_t{Alignment(bytes)});
#ifdef MADV_HUGEPAGE
    if (bytes >= kHugePage) madvise(p, Rounded(bytes), MADV_HUGEPAGE);
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    const size_t bytes = n * sizeof(T);
    ::operator delete (p, std::align_val_t{Alignment(bytes)});
  }
  bool operator==(const HugePageAllocator& /*other*/) const {
    return true;
  }
};
constexpr int kWeightScale = 11;  // model weights (x100) span about +-1340
inline uint32_t Fingerprint(uint64_t key) {
  uint32_t fp = static_cast<uint32_t>(key >> 32);
  return fp == 0 ? 1 : fp;
}
// Label scores as four int16 lanes of an SSE2 register (the low 8 bytes): a slot's weights
// are added in one step, with int16_t's wrap-around (a token's sums, at most 17 weights of
// |w| <= 127, never reach it).
// `w`: a feature's four int8 weights in its low 4 bytes (Impl::Weights).
inline __m128i AddWeights(__m128i acc, __m128i w) {
  const __m128i x = _mm_srai_epi16(_mm_unpacklo_epi8(w, w), 8);  // int8 sign-extended to int16
  return _mm_add_epi16(acc, x);
}
inline __m128i LoadScores(const int16_t* s) {
  return _mm_loadl_epi64(reinterpret_cast<const __m128i*>(s));
}
inline void StoreScores(__m128i acc, int16_t* s) {
  _mm_storel_epi64(reinterpret_cast<__m128i*>(s), acc);
}

// Legal forms that close an organisation name (matched case-sensitively on the text after
// the name, followed by a non-letter). Longest first where one is a prefix of another.
constexpr std::string_view kLegalForms[] = {
    "KGaA",   "GmbH & Co. KG", "GmbH",     "AG",    "SE",          "KG",       "OHG",
    "S.A.U.", "S.A.",          "S.L.",     "SA",    "SL",          "SpA",      "S.p.A.",
    "Inc.",   "Inc",           "Corp.",    "Corp",  "Corporation", "Ltd.",     "Ltd",
    "plc",    "PLC",           "LLC",      "N.V.",  "NV",          "B.V.",     "Group",
    "Gruppe", "Holding",       "Holdings", "& Co.", "Co.",         "Sparkasse"};
// The legal forms of kLegalForms that are common nouns of running text too ("Gruppe C" of a
// tournament, "die Group"): a caller that reads one word after a bare surname
// (IsLegalFormWordNotNoun) skips them, where the tagger's name spans read them after a name.
constexpr std::string_view kLegalFormNouns[] = {"Group", "Gruppe"};

// Words before a name that make it an organisation ("der Versicherer Donaublick", "la
// empresa Tecnovía", "the carmaker Voltaro"). German nouns also by suffix ("Autobauer",
// "Baukonzern", "Chipriese").
constexpr std::string_view kCueNouns[] = {
    // de
    "versicherer", "unternehmen", "firma", "bank", "sparkasse", "airline", "start-up", "startup",
    "tochter", "rivale", "konkurrent", "investor", "finanzinvestor", "fonds", "versicherung",
    "holding", "gruppe", "reederei", "discounter", "mobilfunker", "verlag", "sender",
    // es
    "empresa", "compañía", "grupo", "aerolínea", "constructora", "aseguradora", "banco", "entidad",
    "operadora", "cadena", "fabricante", "multinacional", "petrolera", "eléctrica", "farmacéutica",
    "tecnológica", "filial", "consorcio", "sociedad", "distribuidora", "editorial", "discográfica",
    "productora", "operador", "gigante", "firma", "marca",
    // en
    "company", "firm", "group", "carmaker", "automaker", "lender", "insurer", "retailer", "airline",
    "carrier", "manufacturer", "giant", "rival", "operator", "chain", "conglomerate", "brewer",
    "miner", "producer", "supplier", "subsidiary", "chipmaker", "drugmaker", "broadcaster", "bank",
    "startup", "start-up", "regulator", "watchdog"};
constexpr std::string_view kCueSuffixesDe[] = {
    "konzern",      "hersteller", "versicherer", "bauer",     "händler",  "kette",
    "gesellschaft", "riese",      "zulieferer",  "betreiber", "anbieter", "produzent",
    "bank",         "versorger",  "institut",    "holding",   "fonds",    "entwickler"};
constexpr std::string_view kCueSuffixesEn[] = {"maker", "company"};

// English nouns of products a maker sells, after the product's name ("Xelta chip").
bool IsProductNounEn(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "chip",    "chips",   "processor", "processors", "phone",   "phones",  "smartphone",
      "handset", "console", "consoles",  "tablet",     "laptop",  "browser", "software",
      "device",  "devices", "player",    "camera",     "drug",    "engine",  "accelerator",
      "car",     "cars",    "model",     "platform",   "service", "app",     "network"};
  return InList(w, kNouns);
}

// English: whether a role that leads or speaks for a company and its holder's name follow
// toks[i] ("Kralcom boss Anna Pell", "Kralcom chief executive Mr Pell": up to three lower-case
// words of lexicon::kLeaderRolesEn / kLeaderRoleModifiersEn, the last a role, one blank apart,
// then a capitalised word).
template <typename Tokens, typename LowerOf>
bool LeaderRoleAfterEn(std::string_view text, const Tokens& toks, size_t i,
                       const LowerOf& lower_of) {
  // Cheap test first (most candidates): a lower-case word of 4 to 11 bytes follows.
  if (i + 1 >= toks.size() || !toks[i + 1].word || toks[i + 1].end - toks[i + 1].start < 4 ||
      toks[i + 1].end - toks[i + 1].start > 11 ||
      ner::StartsUpper(text.substr(toks[i + 1].start))) {
    return false;
  }
  bool role = false;
  for (size_t k = i; k < i + 4; ++k) {
    if (k + 1 >= toks.size() || !toks[k + 1].word || toks[k + 1].start != toks[k].end + 1 ||
        text[toks[k].end] != ' ') {
      return false;
    }
    if (ner::StartsUpper(text.substr(toks[k + 1].start, toks[k + 1].end - toks[k + 1].start))) {
      return role;  // the holder's name
    }
    const std::string& w = lower_of(toks[k + 1]);
    role = InList(w, lexicon::kLeaderRolesEn);
    if (!role && !InList(w, lexicon::kLeaderRoleModifiersEn)) return false;
  }
  return false;
}

// English: the words after toks[i] that make it a market index's name: "index", "stock
// index", "share index", "industrial average" (lower case, one blank apart).
template <typename Tokens, typename LowerOf>
bool IndexNounAfterEn(std::string_view text, const Tokens& toks, size_t i,
                      const LowerOf& lower_of) {
  auto next_word = [&](size_t k) {
    return k + 1 < toks.size() && toks[k + 1].word && toks[k + 1].start == toks[k].end + 1;
  };
  if (!next_word(i)) return false;
  // Cheap test first (most candidates): a lower-case 'i' or 's' word of 5 or 10 bytes.
  const size_t n = toks[i + 1].end - toks[i + 1].start;
  const char c = text[toks[i + 1].start];
  if ((c != 'i' && c != 's') || (n != 5 && n != 10)) return false;
  // lower_of may return one buffer for every token: each word is compared before the next.
  const std::string& a = lower_of(toks[i + 1]);
  if (a == "index") return true;
  const bool market = a == "stock" || a == "share";
  const bool industrial = a == "industrial";
  if (!(market || industrial) || !next_word(i + 1)) return false;
  const std::string& b = lower_of(toks[i + 2]);
  return market ? b == "index" : b == "average";
}

// English: a capitalised word that makes a region of the place after it ("Latin America",
// "North America", "Central America"): one name with it, and its demonym ("Latin American")
// names no country.
bool RegionWordEn(std::string_view w) {
  static constexpr std::string_view kWords[] = {"Latin", "North", "South", "Central"};
  return InList(w, kWords);
}

// English: the head word of a company's name after a place or demonym ("British Airways",
// "Swiss Re", "UK Coal", "Singapore Airlines", "American Express"). Not "Telecom": the
// initials of "<Demonym> Telecom" would rename the company's short name the text uses.
bool OrgHeadEn(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "Airways",  "Airlines",  "Air",        "Re",     "Express",   "Steel",   "Gas",
      "Coal",     "Petroleum", "Automotive", "Motors", "Railways",  "Rail",    "Post",
      "Mail",     "Library",   "Museum",     "Retail", "Insurance", "Airport", "Airports",
      "Holdings", "Breweries", "Tobacco",    "Water",  "Electric"};
  return InList(w, kWords);
}

// English: the head word of a company's name after its first word, which the model reads as
// a common word or a place's ("Korvala Communications", "Brelland Airlines", "Pellam
// Energy"): the words before it and it name one organisation.
bool CompanyHeadEn(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "Airlines", "Airways", "Motors", "Communications", "Resources", "Energy", "Telecom",
      "Systems", "Technologies", "Networks", "Pharmaceuticals", "Entertainment", "Electronics",
      "Semiconductor", "Petroleum", "Airport", "Breweries", "Foods", "Industries", "Software",
      // institutions and firms named by a field and a generic head ("Tarvel Monetary Fund",
      // "Brelland Retail Consortium", "Korvala Data", "Pellam Securities")
      "Fund", "Foundation", "Consortium", "Administration", "Data", "Services", "Securities",
      "Stores", "Exploration",
      // football clubs named by their town ("Kelvington United"): the model reads "United"
      // as a place
      "United"};
  return InList(w, kWords);
}

// English: the head word of an institution's name, which goes on with its field after "for"
// or "of" ("Office for National Statistics", "Department of Trade and Industry", "School of
// Economics", "University of X", "Court of Justice") or takes a
// first word joined by "and" ("Food and Drug Administration"), words the model tags apart.
bool InstitutionHeadEn(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "Organisation", "Organization", "Commission", "Administration", "Office",
      "Corporation",  "Centre",       "Center",     "Agency",         "Department",
      "Ministry",     "Bureau",       "Foundation", "Fund",           "Board",
      "Committee",    "Authority",    "Project",    "Programme",      "Forum"};
  // Seats of learning and courts: "London School of Economics", "University of X", "Court of
  // Justice". The trade bodies' heads (ner_features.h, one list with TradeBodyEn):
  // "Federation", "Consortium for X", "Chamber of X", "Council" …
  return InList(w, kWords) || InList(w, {"School", "University", "College", "Academy", "Court"}) ||
         InList(w, ner::kTradeBodyHeadsEn) || InList(w, ner::kTradeBodyOfHeadsEn);
}

// Spanish: the head words of institutions' names, one list. kAndField: the field goes on
// across "y" / "e" ("Ministerio de Sanidad y Consumo", "Instituto de Kralmetría y Tasación")
// and, right after the head, after "para" ("Centros para la Vigilancia y el Cuidado de …"),
// words the model tags apart (InstitutionHeadEs). kFieldOnly: only the "de" / "del"
// extension goes on (FieldHeadEs): the state's budget ("los Presupuestos Generales del
// Estado") and a secretary's office written without its accent ("Secretaria de Estado de …").
enum class HeadEs : uint8_t { kNone, kAndField, kFieldOnly };
HeadEs InstitutionHeadKindEs(std::string_view w) {
  static constexpr std::string_view kAndFieldHeads[] = {
      "Instituto",        "Institutos",    "Centro",       "Centros",       "Ministerio",
      "Secretaría",       "Consejería",    "Departamento", "Comisión",      "Agencia",
      "Fundación",        "Asociación",    "Consejo",      "Servicio",      "Dirección",
      "Oficina",          "Organización",  "Federación",   "Confederación", "Unidad",
      "Universidad",      "Escuela",       "Tribunal",     "Sociedad",      "Fondo",
      "Cámara",           "Colegio",       "Observatorio", "Junta",         "Subsecretaría",
      "Superintendencia", "Procuraduría",  "Registro",     "Comité",        "Autoridad",
      "Administración",   "Registraduría", "Contraloría",  "Defensoría",    "Jefatura"};
  static constexpr std::string_view kFieldOnlyHeads[] = {"Presupuestos", "Secretaria"};
  if (InList(w, kAndFieldHeads)) return HeadEs::kAndField;
  return InList(w, kFieldOnlyHeads) ? HeadEs::kFieldOnly : HeadEs::kNone;
}

// Spanish: the head word of an institution's name, whose field goes on across "y" / "e" and
// after "para" (InstitutionHeadKindEs' kAndField heads).
bool InstitutionHeadEs(std::string_view w) {
  return InstitutionHeadKindEs(w) == HeadEs::kAndField;
}

// Whether the Spanish "de" / "del" extension through a word the model calls common may go on
// (field_word_es below): only in a name an institution's or a public body's head word opens
// ("la Oficina Nacional del Censo Kralvino", "el Tribunal Superior de Justicia"), either kind
// of InstitutionHeadKindEs; a company's name stops ("el rescate de Brovalia del Estado").
bool FieldHeadEs(std::string_view w) {
  return InstitutionHeadKindEs(w) != HeadEs::kNone || ner::PublicBodyHeadEs(w);
}

// German: the head word of an institution's name, which goes on with its field after "für"
// ("Institut für angewandte Kralforschung", "Bundesamt für Kralwesen"), words the model
// ends the name before. Compared by ending, with a genitive -s / -es ("des Kralinstituts").
bool InstitutionHeadDe(std::string_view w) {
  static constexpr std::string_view kEnds[] = {
      "institut",   "amt",      "anstalt",  "zentrum",      "agentur",      "ministerium",
      "behörde",    "stiftung", "akademie", "kommission",   "gesellschaft", "universität",
      "hochschule", "verband",  "verein",   "organisation", "komitee",      "kammer"};
  if (w.size() < 3 || !ner::StartsUpper(w)) return false;
  for (int cut = 0; cut < 3; ++cut) {
    if (cut == 1 && !ner::EndsWithLower(w, "s")) break;
    if (cut == 2 && !ner::EndsWithLower(w, "es")) break;
    const std::string_view stem = w.substr(0, w.size() - static_cast<size_t>(cut));
    for (std::string_view e : kEnds) {
      if (ner::EndsWithLower(stem, e)) return true;
    }
  }
  return false;
}

// Capitalised function words that never start a name ("Die Kralinger AG", "Laut X"). The
// definite articles, demonstratives and determiners of function_words.h ("Der", "La", "The",
// "Dieses", "Estas", "Un", "A", "Lo", "Al"), the month and weekday names (period.h's
// kMonthNames, kWeekdaysDe / Es / En) are never names too (BuildLexicon). The prepositions
// here are only a part of function_words.h's list: the rest ("Am", "Bis", "Zu", "Durch" …)
// may start a name, and the whole list would change what the tagger reads as one.
constexpr std::string_view kNeverName[] = {
    "ein",   "eine", "einer", "eines",     "einem",      "unos",      "an",       "in",       "im",
    "bei",   "für",  "mit",   "von",       "vom",        "laut",      "según",    "en",       "con",
    "para",  "por",  "y",     "und",       "auch",       "als",       "wie",      "nach",     "auf",
    "an",    "aus",  "this",  "that",      "its",        "their",     "our",      "his",      "her",
    "er",    "sie",  "es",    "wir",       "ich",        "he",        "she",      "it",       "we",
    "they",  "i",    "but",   "aber",      "pero",       "if",        "wenn",     "si",       "so",
    "also",  "dies", "ese",   "esa",       "de",         "del",       "le",       "se",       "no",
    "nicht", "mr",   "mrs",   "ms",        "herr",       "frau",      "sr",       "sra",      "dr",
    "prof",  "ceo",  "chef",  "präsident", "presidente", "president", "minister", "ministro", "q1",
    "q2",    "q3",   "q4",    "h1",        "h2"};
// German-speaking towns named like a German common noun of extract/data/de_nouns.txt ("In
// Essen stieg …", "bei Siegen"): the city list (BuildPlaces, ICU's time-zone cities) holds
// none of them, so ListedNounAloneDe, which drops a listed noun the model reads as a place on
// its own, keeps these. Written capitalised, as a town's name is.
constexpr std::string_view kTownNounsDe[] = {"Essen",  "Halle", "Hof",   "Siegen",
                                             "Singen", "Zug",   "Buchen"};
// Spanish adverbs, prepositions, conjunctions, possessives and question words that never start
// a name ("Desde", "Tras", "Pese", "Mientras", "Luego", "Así", "Después", "Cómo"), though
// capitalised where the text lost its sentence break ("años.Mientras", "¿…?\u2002Pese", a
// title without its full stop): Spanish only ("Solo", "Su", "Como" are names elsewhere).
// Not words that open Spanish names ("Entre Ríos", "Ahora Madrid", "Más País", "Nuestra
// Señora", "Bajo Cauca", "Muy …", "Siempre …").
constexpr std::string_view kNeverNameEs[] = {
    "desde",  "tras",     "pese",   "mientras", "luego",   "así",     "asimismo", "cuando",
    "solo",   "sólo",     "hasta",  "también",  "tampoco", "durante", "su",       "sus",
    "como",   "aunque",   "sin",    "ante",     "sobre",   "además",  "incluso",  "donde",
    "porque", "pues",     "ya",     "aún",      "casi",    "nunca",   "entonces", "sino",
    "hace",   "allí",     "aquí",   "estas",    "esos",    "esas",    "aquel",    "aquella",
    "cada",   "mediante", "contra", "hacia",    "salvo",   "excepto", "después",  "cómo",
    "qué",    "cuándo",   "dónde",  "quién",    "cuánto",  "cuántos", "cuántas"};
// Spanish common nouns that some sources capitalise inside a sentence ("según una Noticia
// publicada ayer"): never (part of) a name, like the words above.
constexpr std::string_view kCapitalisedNounsEs[] = {"noticia"};
// Acronyms that are not names (units, titles, economic terms).
constexpr std::string_view kCommonAcronyms[] = {
    "ceo", "cfo",  "coo", "cto", "gpu", "cpu", "ki",  "ai",  "ia",  "ipo", "bip", "pib",  "gdp",
    "usd", "eur",  "chf", "gbp", "cny", "rmb", "tv",  "pc",  "it",  "ok",  "dax", "mrd",  "mio",
    "bzw", "etc",  "ag",  "se",  "kg",  "sa",  "sl",  "plc", "inc", "ltd", "llc", "gmbh", "nv",
    "vat", "mwst", "iva", "faq", "pdf", "url", "ap",  "usa", "uk",  "us",  "eu",  "ue",   "un",
    "onu", "ee",   "uu",  "co",  "nr",  "no",  "tel", "fax", "ps",  "kw",  "mw",  "gw",   "km"};
// Acronyms that are never names here (currencies, units, titles, economic terms).
constexpr std::string_view kNonNameAcronyms[] = {
    "usd", "eur", "chf", "gbp", "cny", "rmb", "jpy", "mrd", "mio", "bzw", "ceo", "cfo", "coo",
    "cto", "gpu", "cpu", "ki", "ai", "ia", "ipo", "bip", "pib", "gdp", "tv", "pc", "vat", "iva",
    "mwst", "km", "kw", "mw", "gw", "kwh", "mwh", "gmt", "cet", "mez", "ok", "faq", "pdf", "url",
    "etc", "dpa", "apa",
    // financial terms: results, ratios and accounting standards
    "ebit", "ebitda", "egt", "eps", "kgv", "capex", "opex", "cagr", "arpu", "kpi", "ifrs", "gaap",
    "roe", "roi", "bpa", "tae", "ipc", "vpi", "hvpi", "yoy",
    // research and development; questions and answers
    "r&d", "q&a",
    // a lab test: "pruebas PCR", "PCR-Test"
    "pcr",
    // the pandemic's disease: what figures count, never who holds them ("casos de COVID-19",
    // "vacunas contra el Covid", "el coronavirus"); not the virus's own name "SARS-CoV-2",
    // which a text may make the subject of a figure (its share of the samples, a variant's
    // spread)
    "covid", "covid-19", "covid19", "coronavirus",
    // technologies, media formats and services, a disease, a fuel, economic indices: things,
    // not organisations ("DVD ripping", "ID theft", "HIV/Aids drugs", "RFID tags", "P2P
    // networks", "LNG buyers", "the PMI fell to 51.8"); not "HD", which opens and ends names
    // ("HD Kralnet", "Sky HD")
    "dvd", "dvds", "cd", "cds", "id", "hiv", "aids", "rfid", "hdtv", "iptv", "dtt", "hsdpa", "gprs",
    "mms", "sms", "p2p", "3g", "lng", "uwb", "pmi", "ppi", "diy", "llu", "rpg", "dvr", "dvrs", "ip",
    "rss", "lcd", "dsl", "adsl", "pda", "pdas", "gps", "usb", "mp3",
    // units of frequency, energy and data rate, a time zone, a gas: measures, not holders
    // ("3,5 GHz", "5.700 GWh", "12:03 Uhr MESZ", "Emissionen von CO2")
    "ghz", "mhz", "khz", "gwh", "twh", "mbit", "gbit", "kbit", "mbps", "gbps", "mesz", "co2",
    // molecules and viruses, mobile and radio standards, a class of car, memory: things, not
    // organisations ("vacunas de ARNm", "su ADN", "el VIH", "LTE-Masten", "an SUV", "DRAM")
    "dna", "adn", "rna", "arn", "arnm", "mrna", "vih", "sars", "mers", "lte", "umts", "wlan",
    "wifi", "suv", "suvs", "dram",
    // display, radio, storage and network technologies ("ein OLED-Sucher", "per NFC", "SSD mit
    // 256 GB"); not "RAM", "LAN", "SIM" (given names too), "API", "DVB", "GSM" (also
    // organisations' acronyms and first words: "GSM Association")
    "oled", "amoled", "nfc", "hdmi", "ssd", "ssds", "hdd", "voip", "vpn"};
// Acronyms of things that are never names in Spanish text (kLexNeverEs: "el SIDA"; elsewhere
// Sida is an agency's name), and the job-cut procedures a firm files ("el ERE", "un ERTE":
// expediente de regulación de empleo), which are its plans, not a body.
constexpr std::string_view kThingAcronymsEs[] = {"sida", "ere", "erte"};
// Data-size units and percentage points that are never a name right after a number ("16 GB",
// "8.000 MB", "1,92 TB", "2 PP"; "GB" alone may be a team's or a country's short name, "PP" a
// party's).
constexpr std::string_view kUnitsAfterNumber[] = {"kb", "mb", "gb", "tb", "pp"};
// Words joining the parts of one name ("Banco de Crédito", "Bank of Ireland", "Ursula von
// der Leyen", "Marsh & McLennan").
constexpr std::string_view kConnectors[] = {"de",  "del", "di", "dei", "von", "van",
                                            "der", "of",  "&",  "la",  "du"};

// German words after which a capitalised word stands without an article: a name ("von
// Kralinger", "laut Ifra", "wie Donaublick") or a plural ("mit Krediten").
constexpr std::string_view kBareBeforeDe[] = {
    "von", "bei", "mit", "für", "an", "auf", "aus", "nach", "gegen", "über", "zu", "laut", "wie",
    "und", "oder", "sowie", "durch", "um", "seit", "ohne", "dass", "ob", "weil", "als", "sondern",
    "auch", "gegenüber",
    // auxiliaries before an inverted subject ("Damit ist Kralinger der größte …")
    "hat", "habe", "hatte", "hätte", "ist", "sei", "war", "wäre", "wird", "würde", "kann", "könnte",
    "soll", "sollte", "will", "wollte", "muss", "musste"};

// Evidence, per unknown capitalised German word, that it is a name: uses without an article
// (see kBareBeforeDe; at a sentence start before a lower-case word) and as the first part of
// a hyphen compound ("Kralinger-Chef"). Collected over one text by Sentence(), judged by
// Find().
struct BareEvidence {
  uint16_t bare = 0, hyphen = 0, total = 0;
  uint16_t mid = 0;  // uses not first in their sentence (sentence-initial adverbs never are)
  uint32_t start = 0, end = 0;  // first use without an article (or first use)
};
// Looked up by a view of the text (no key string per lookup). The hash is std::hash<string>'s
// value (std::hash<string_view> hashes the same bytes alike), so the map's order, which
// Find() walks, is the same as with the default hash.
struct BareHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using BareMap = std::unordered_map<std::string, BareEvidence, BareHash, std::equal_to<>>;
// The bare-name evidence of one text and a filter of its words: a bit per (first byte, last
// byte, length) of every word added. Most capitalised words of a text never get evidence; the
// filter answers "not in the map" for them without hashing them (the map's find).
struct BareWords {
  BareMap map;
  std::array<uint64_t, 16> shapes{};
  void Clear() {
    map.clear();
    shapes = {};
  }
  // REQUIRES (Bit, Add, MayHold): `w` is not empty.
  static size_t Bit(std::string_view w) {
    return (static_cast<unsigned char>(w.front()) * 31U +
            static_cast<unsigned char>(w.back()) * 7U + w.size()) &
           1023U;
  }
  BareEvidence& Add(std::string_view w) {
    shapes[Bit(w) >> 6] |= uint64_t{1} << (Bit(w) & 63);
    return map[std::string(w)];
  }
  bool MayHold(std::string_view w) const {
    return ((shapes[Bit(w) >> 6] >> (Bit(w) & 63)) & 1) != 0;
  }
};

// Spanish: the words of one text that it uses as common nouns (CollectCommonUseEs), found
// on first need by Sentence() and kept for the text's other sentences.
struct CommonUseEs {
  bool filled = false;
  std::vector<uint64_t> words;  // sorted lower-cased word hashes
  // Capitals-only words already looked up by WrittenLowerCase in this text: lower-cased word
  // hash and the answer (an acronym recurs; the text is searched once per word).
  std::vector<std::pair<uint64_t, bool>> lower_use;
};

// Spanish: ", con <digit>" right after a word ending at `end` ("Valdemora, con 2.300").
bool NameWithNumberEs(std::string_view text, size_t end) {
  return text.substr(end).starts_with(", con ") && end + 6 < text.size() &&
         scan::IsDigit(text[end + 6]);
}

// Another capitalised word than the one at `start` with ", con <digit>" after it: the text
// lists names with their figures.
bool ListOfNamesWithNumbersEs(std::string_view text, size_t start) {
  for (size_t p = text.find(", con "); p != std::string_view::npos;
       p = text.find(", con ", p + 1)) {
    if (!NameWithNumberEs(text, p)) continue;
    size_t w = p;
    while (w > 0 &&
           (scan::IsAsciiAlnum(text[w - 1]) || static_cast<unsigned char>(text[w - 1]) >= 0x80)) {
      --w;
    }
    if (w != start && w < p && ner::StartsUpper(text.substr(w, p - w))) return true;
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

// Weight margin (x100) of the word feature for O over every name label above which a word
// is taken as common without scoring its context.
constexpr int kStrongCommon = 27;  // 3.0 in table units (x100 / kWeightScale)

struct Tok {
  uint32_t start, end;
  bool word;       // letters/digits (else one punctuation character)
  bool candidate;  // starts with a capital and overlaps no known mention
  bool known;      // overlaps a gazetteer mention
  bool first;      // first word of its sentence
  Label label = ner::kNerO;
  bool org_rule = false;  // a rule made it an organisation
  int16_t country = -1;   // index into countries: first token of a country name
  uint8_t country_len = 0;
  uint8_t lex = 0;       // LexFlag bits of the lower-cased word (candidates only)
  bool unknown = false;  // the model never saw the word (candidates only)
  int16_t demonym = -1;  // index into countries: a country adjective or demonym
  uint8_t inner = 0;     // InnerJoin bits: the word joins parts across '-' / '&'
};
enum InnerJoin : uint8_t { kInnerHyphen = 1, kInnerAmp = 2 };

// Surname particles that are also prepositions ("de", "del", "von", "van", "di", "du").
constexpr std::string_view kPrepositionParticles[] = {"de", "del", "von", "van", "di", "du"};

// The token of the capitalised word after a surname particle that follows token j (at n), or
// 0: "Van der", "van den", "de la", "De", "Le", "da", "d'" + the word ("Van" already in the
// span: "der" + the word). German "von" only when `lone` (a lone given name before it).
size_t SurnameParticleEnd(std::string_view text, std::span<const Tok> toks, size_t j, size_t n,
                          Lang lang, bool lone) {
  const auto str = [&](size_t k) {
    return text.substr(toks[k].start, toks[k].end - toks[k].start);
  };
  const auto joined = [&](size_t k) {  // token k one blank after token k - 1
    return k < toks.size() && toks[k].start == toks[k - 1].end + 1 && text[toks[k - 1].end] == ' ';
  };
  if (!joined(n) || !toks[n].word) return 0;
  const std::string_view p = str(n);
  const auto second = [&](std::string_view first, size_t k) {  // "der" of "van der"
    if (!joined(k)) return false;
    const std::string_view w = str(k);
    if (first == "van" || first == "von" || first == "Van" || first == "Von") {
      return w == "der" || w == "den";
    }
    return (first == "de" || first == "De") && (w == "la" || w == "los" || w == "las");
  };
  // "d'" / "D'" glued to the word ("d'Aubrelle").
  if ((p == "d" || p == "D") && n + 2 < toks.size() && toks[n + 1].start == toks[n].end &&
      toks[n + 2].start == toks[n + 1].end && (str(n + 1) == "'" || str(n + 1) == "\u2019")) {
    return n + 2;
  }
  size_t m = n;
  // Spanish "La" is the article, no surname's particle ("según Marco La Brisa cerró").
  if (ner::IsNameParticle(p) || p == "Le" || (p == "La" && lang != Lang::kEs) || p == "Du") {
    m = n + 1;
  } else if (p == "de" || p == "del" || p == "da" || p == "di" || p == "du" || p == "van" ||
             (lang != Lang::kEn && (p == "do" || p == "dos")) ||  // English "do" is the verb
             (p == "von" && (lone || lang != Lang::kDe))) {
    m = n + 1;
  } else if (j > 0 && (str(j) == "Van" || str(j) == "Von") && second(str(j), n)) {
    return joined(n + 1) ? n + 1 : 0;  // "Van" taken into the span, "der" + the word
  } else {
    return 0;
  }
  if (second(p, m)) ++m;
  return joined(m) ? m : 0;
}

// A surname that opens with its particle ("Van der Krolt", found by the span loop) names the
// person whose full name the text wrote with it before ("Lena Van der Krolt"), when only one
// did: `entity` becomes that full name.
void FullNameOfSurname(std::span<const EntityMention> before, std::string* entity) {
  const std::string* full = nullptr;
  for (const EntityMention& p : before) {
    const std::string& e = p.entity;
    if (p.type != EntityType::kPerson || e.size() <= entity->size() + 1 || !e.ends_with(*entity) ||
        e[e.size() - entity->size() - 1] != ' ') {
      continue;
    }
    if (full != nullptr && *full != e) return;  // two persons with that surname: neither
    full = &e;
  }
  if (full != nullptr) *entity = *full;
}

// German: whether token i is a word of a dateline, the capitalised place names of one to three
// words joined by '/' that open a sentence before a dash and a capitalised word ("Kralstetten
// – Die …", "Graz/Bad Kralstetten - Der …", "Salt Lake City – …"); not a longer run of
// capitalised words.
bool DatelineWordDe(std::string_view text, std::span<const Tok> toks, size_t i) {
  if (!toks[i].word) return false;
  size_t run = 0;  // words of the current place name
  for (size_t k = 0; k < toks.size(); ++k) {
    const std::string_view w = text.substr(toks[k].start, toks[k].end - toks[k].start);
    if (toks[k].word) {
      if (!ner::StartsUpper(w) || ++run > 3) return false;
      continue;
    }
    if (w == "/") {
      run = 0;
      continue;
    }
    if (w.empty() || scan::DatelineDashLength(w) != w.size() || k <= i || k + 1 >= toks.size() ||
        !toks[k + 1].word) {
      return false;
    }
    return ner::StartsUpper(text.substr(toks[k + 1].start, toks[k + 1].end - toks[k + 1].start));
  }
  return false;
}

// Word classes of the rule layer, looked up once per token in a hash table.
enum LexFlag : uint8_t {
  kLexNever = 1,             // never (part of) a name: kNeverName, kNonNameAcronyms
  kLexCue = 2,               // cue noun before an organisation name
  kLexCountryFirst = 4,      // first word of a country or region name
  kLexCommonAcronym = 8,     // kCommonAcronyms
  kLexBareBeforeDe = 16,     // kBareBeforeDe
  kLexGivenName = 32,        // extract/data/given_names.txt
  kLexNeverEs = 64,          // kNeverNameEs, kCapitalisedNounsEs: never a name in Spanish text
  kLexUnitAfterNumber = 128  // kUnitsAfterNumber: never a name right after a number
};

// The context-free part of one word's classification, cached per thread (see
// NameTaggerOptions::word_cache): its lexicon flags, the weights of ner::TokenFeatures summed,
// whether the model knows the word and whether it is plainly common. Keyed by the tagger, the
// language and the word's lower-cased and shape hashes (the features of the word alone come from
// those and from the lower-cased form).
// 32 bytes, aligned: an entry is one read of one cache line.
struct alignas(32) WordScore {
  uint64_t word = 0, shape = 0;
  int16_t score[ner::kNumLabels] = {};
  uint32_t tagger = 0;  // Impl::id; 0 = empty
  uint8_t lang = 0;
  bool known : 1 = false;
  bool common : 1 = false;
  uint8_t lex = 0;           // LexFlag bits of the word
  uint8_t lex_genitive = 0;  // and the country flag of the word without a German -s
};
static_assert(sizeof(WordScore) == 32);
// Whether the cache entry `e` holds the word `ws` of tagger `tagger` in `lang`: all four
// fields compared with no branch per field (the caller's hit test is the one branch on the
// data).
inline bool Holds(const WordScore& e, const ner::TokenInfo& ws, uint32_t tagger, Lang lang) {
  return (e.word == ws.word) & (e.shape == ws.shape) & (e.tagger == tagger) &
         (e.lang == static_cast<uint8_t>(lang));
}
// 8,192 entries, 256 KB per tagging thread: with 4,096, 41,000 of the 83,000 German candidates
// of one pass over ../shared/corpus missed (callgrind); 8,192 entries cut German full
// extraction by 0.5 % of its instructions, 16,384 by 0.95 % for 512 KB next to the 1.41 MB
// weight table (BENCHMARKS.md, session 11, spd10). Two ways per set (4,096 sets of one cache
// line): German -0.5 % against direct-mapped (session 12, spd13).
constexpr size_t kWordCacheSize = 8192;
std::atomic<uint32_t> next_tagger_id{1};

}  // namespace

namespace ner {
bool EndsWithLegalForm(std::string_view name) {
  return std::ranges::any_of(kLegalForms, [name](std::string_view lf) {
    return name.size() > lf.size() && name.ends_with(lf) &&
           name[name.size() - lf.size() - 1] == ' ';
  });
}

bool PublicBodyHeadEs(std::string_view w) {
  static constexpr std::string_view kHeads[] = {
      "Policía",  "Guardia", "Fiscalía",   "Tribunal", "Juzgado", "Audiencia",   "Corte",
      "Ejército", "Mossos",  "Ertzaintza", "Fuerzas",  "Armada",  "Carabineros", "Gendarmería"};
  // Every head opens with one of these capitals: most names are turned away by one byte.
  switch (w.empty() ? '\0' : w[0]) {
    case 'G':
    case 'M':
    case 'P':
    case 'F':
    case 'T':
    case 'J':
    case 'A':
    case 'C':
    case 'E':
      return InList(w, kHeads);
    default:
      return false;
  }
}
}  // namespace ner

struct NameTagger::Impl {
  // Tells this tagger's entries of the per-thread word cache from another's.
  const uint32_t id = next_tagger_id.fetch_add(1);
  bool word_cache = true;
  bool fold_fixed_features = true;
  // Feature hash parts per language, indexed by Lang.
  std::array<ner::FeatureBases, 4> bases = {
      ner::MakeFeatureBases(Lang::kUnknown), ner::MakeFeatureBases(Lang::kDe),
      ner::MakeFeatureBases(Lang::kEs), ner::MakeFeatureBases(Lang::kEn)};
  // Index of `lang` into bases and fixed (0 for a language without its own).
  static size_t BasesIndex(Lang lang) {
    return static_cast<size_t>(lang) < 4 ? static_cast<size_t>(lang) : 0;
  }
  const ner::FeatureBases& Bases(Lang lang) const { return bases[BasesIndex(lang)]; }
  // Never empty (one empty bucket without a model), so Lookup needs no test for it.
  std::vector<Bucket, HugePageAllocator<Bucket>> table =
      std::vector<Bucket, HugePageAllocator<Bucket>>(1);
  uint64_t mask = 0;  // buckets - 1
  size_t features = 0;
  // fixed[lang][first][prev_label]: the weights of ner::FirstFeature(first) and
  // ner::PrevLabelFeature(prev_label) summed (0 for a feature the model lacks); filled by
  // BuildFixed after the table.
  using LabelWeights = std::array<int16_t, ner::kNumLabels>;
  std::array<std::array<std::array<LabelWeights, ner::kNumLabels>, 2>, 4> fixed{};
  void BuildFixed() {
    for (size_t l = 0; l < bases.size(); ++l) {
      for (int first = 0; first < 2; ++first) {
        for (int pl = 0; pl < ner::kNumLabels; ++pl) {
          LabelWeights& w = fixed[l][static_cast<size_t>(first)][static_cast<size_t>(pl)];
          w = {};
          for (uint64_t f : {ner::FirstFeature(bases[l], first == 1),
                             ner::PrevLabelFeature(bases[l], static_cast<Label>(pl))}) {
            if (const int8_t* s = Lookup(f)) {
              for (int c = 0; c < ner::kNumLabels; ++c) {
                w[static_cast<size_t>(c)] = static_cast<int16_t>(w[static_cast<size_t>(c)] + s[c]);
              }
            }
          }
        }
      }
    }
  }
  // Country and region names: lower-cased name (any of de/es/en) -> index into names.
  std::unordered_map<std::string, uint16_t> country_by_name;
  // names[i][lang]: display name in de, es, en.
  std::vector<std::array<std::string, 3>> country_names;
  // ISO region code -> index into country_names.
  std::unordered_map<std::string, uint16_t> country_by_code;
  // Country adjectives and demonyms (extract/data/demonyms.txt): open-addressing table of
  // DemonymKey(language, Fnv(lower-cased form)) -> country index; dem_len[first byte]
  // has bit min(length, 31) set when some form starts with that byte and has that length (a
  // cheap filter before hashing).
  std::vector<std::pair<uint64_t, uint16_t>> dem;
  uint64_t dem_mask = 0;
  // Per language (index LangIndex): dem_len[first byte] as above; dem_ends has bit
  // (first byte << 8 | last byte) set when some form starts and ends with those bytes.
  std::array<std::array<uint32_t, 256>, 3> dem_len = {};
  std::array<std::bitset<65536>, 3> dem_ends;
  void BuildDemonyms(std::string_view data);
  static uint64_t DemonymKey(size_t lang_index, uint64_t word_hash) {
    return ner::Mix(0x64656d3a00ull + lang_index, word_hash) | 1;  // "dem:" + language
  }
  // Country index of a demonym; `word_hash()` gives Fnv of the lower-cased word (called only
  // when the cheap length and first/last-byte filters pass).
  template <typename WordHash>
  int Demonym(std::string_view word, Lang lang, WordHash word_hash) const {
    uint64_t key = 0;
    return MayBeDemonym(word, lang, word_hash, &key) ? DemonymOfKey(key) : -1;
  }
  // The country index of a key MayBeDemonym gave, -1 when no demonym has it. The tagger
  // filters and asks for the key's slot a pass ahead (the table is mostly cold), and reads it
  // here when it needs the answer.
  int DemonymOfKey(uint64_t key) const {
    for (uint64_t i = key & dem_mask;; i = (i + 1) & dem_mask) {
      if (dem[i].first == key) return dem[i].second;
      if (dem[i].first == 0) return -1;
    }
  }
  // German: the country index of a compass or centre word glued to a country's name, a region
  // of that country ("Süditalien", "Nordostfrankreichs", "Zentralkralanien" -> the country;
  // news credits its figures to the country), -1 otherwise. A country's own name that starts
  // so ("Südafrika", "Nordkorea") is found whole before this is asked; "Nordirland" is a
  // nation of the United Kingdom, not a region of Ireland.
  int16_t CompassRegionCountryDe(std::string_view word) const {
    static constexpr std::string_view kCompass[] = {"Südost", "Südwest", "Nordost", "Nordwest",
                                                    "Süd",    "Nord",    "Ost",     "West",
                                                    "Mittel", "Zentral"};
    // Most long German words start with none of these capitals: one byte test before any
    // comparison (the tagger asks this of every long token that is no country).
    // Every kCompass word starting with a capital starts with that capital's shortest one:
    // without it, none can match.
    if (word.size() < 7) return -1;
    std::string_view shortest;
    switch (word[0]) {
      case 'S':
        shortest = "Süd";
        break;
      case 'N':
        shortest = "Nord";
        break;
      case 'O':
        shortest = "Ost";
        break;
      case 'W':
        shortest = "West";
        break;
      case 'M':
        shortest = "Mittel";
        break;
      case 'Z':
        shortest = "Zentral";
        break;
      default:
        return -1;
    }
    if (!word.starts_with(shortest)) return -1;
    if (word == "Nordirland" || word == "Nordirlands") return -1;
    for (std::string_view c : kCompass) {
      if (word[0] != c[0] || word.size() < c.size() + 4 || !word.starts_with(c)) continue;
      std::string key;
      ner::LowerInto(word.substr(c.size()), &key);
      auto it = country_by_name.find(key);
      if (it == country_by_name.end() && key.size() > 3 && key.back() == 's') {
        key.pop_back();
        it = country_by_name.find(key);
      }
      // A country's name only: a city or region is no country of its own here.
      return it == country_by_name.end() || it->second >= first_place
                 ? -1
                 : static_cast<int16_t>(it->second);
    }
    return -1;
  }
  // The per-language part of MayBeDemonym's filters, chosen once per language: the tagger
  // asks it of every word of a sentence, where choosing the tables per word (the language
  // tests, the table's emptiness) cost about as much as the filters themselves.
  struct DemonymGate {
    const uint32_t* len = nullptr;  // dem_len[li]; nullptr: no word passes (no table, kUnknown)
    const std::bitset<65536>* ends = nullptr;  // dem_ends[li]
    size_t li = 0;                             // LangIndex of the language
  };
  DemonymGate DemonymGateOf(Lang lang) const {
    if (dem.empty() || lang == Lang::kUnknown) return {};
    const size_t li = lang == Lang::kDe ? 0 : lang == Lang::kEs ? 1 : 2;
    return {dem_len[li].data(), &dem_ends[li], li};
  }
  // Demonym's filters (length, first and last byte, then the key's bit in dem_filter); *key:
  // the word's key in dem, set only when they pass.
  template <typename WordHash>
  bool MayBeDemonym(std::string_view word, Lang lang, WordHash word_hash, uint64_t* key) const {
    return MayBeDemonym(DemonymGateOf(lang), word, word_hash, key);
  }
  // The same with the language's gate chosen before. REQUIRES: `gate` from DemonymGateOf.
  template <typename WordHash>
  [[gnu::always_inline]] bool MayBeDemonym(const DemonymGate& gate, std::string_view word,
                                           WordHash word_hash, uint64_t* key) const {
    if (gate.len == nullptr || word.size() < 3) return false;
    const size_t li = gate.li;
    const auto first = static_cast<uint8_t>(scan::LowerAscii(word[0]));
    const auto last = static_cast<uint8_t>(scan::LowerAscii(word.back()));
    // Capitals outside ASCII lower-case in their second byte (Ö, Ä, Ü: a two-byte letter of
    // the same length): a word starting with one passes both filters.
    const bool ascii = first < 0x80;
    const bool ends = (*gate.ends)[static_cast<size_t>(first) << 8 | last];
    const uint32_t bit = 1u << std::min<size_t>(word.size(), 31);
    const bool length = (gate.len[first] & bit) != 0;
    // One branch for both filters: each alone depends on the word in a way the branch
    // predictor cannot learn, while nearly every word fails one of them.
    if (ascii & !(ends & length)) return false;
    const uint64_t k = DemonymKey(li, word_hash());
    if (!DemFilter(k)) return false;
    *key = k;
    return true;
  }
  // Bit (key bits 20..35) set for each key in dem: a word whose bit is clear is no demonym,
  // known without a probe of dem (the filter's 8 KB stay warmer than dem's 16-byte slots).
  static constexpr size_t kDemFilterWords = 1024;
  std::vector<uint64_t> dem_filter = std::vector<uint64_t>(kDemFilterWords, 0);
  static size_t DemFilterBit(uint64_t key) { return (key >> 20) & (kDemFilterWords * 64 - 1); }
  bool DemFilter(uint64_t key) const {
    const size_t b = DemFilterBit(key);
    return ((dem_filter[b >> 6] >> (b & 63)) & 1) != 0;
  }

  // German: a country adjective capitalised without an ending names the language
  // ("spricht Türkisch", "auf Deutsch"), not the country, and is no name.
  bool LanguageNameDe(std::string_view word) const {
    return ner::StartsUpper(word) &&
           (ner::EndsWithLower(word, "isch") ||
            (word.size() == 7 && ner::EndsWithLower(word, "deutsch"))) &&
           Demonym(word, Lang::kDe, [&] { return ner::LowerHash(word); }) >= 0;
  }

  // The weights of a feature in the low 4 bytes (0 when the model lacks it); *found: whether
  // it has it. Fingerprints are unique within a bucket (Insert), so at most one slot matches.
  __m128i Weights(uint64_t key, bool* found = nullptr) const {
    const Bucket& b = table[key & mask];
    const __m128i fp = _mm_set1_epi32(static_cast<int>(Fingerprint(key)));  // never 0 (empty)
    const __m128i m0 = _mm_cmpeq_epi32(_mm_load_si128(reinterpret_cast<const __m128i*>(b.fp)), fp);
    const __m128i m1 =
        _mm_cmpeq_epi32(_mm_load_si128(reinterpret_cast<const __m128i*>(b.fp + 4)), fp);
    __m128i w =
        _mm_or_si128(_mm_and_si128(m0, _mm_load_si128(reinterpret_cast<const __m128i*>(b.w[0]))),
                     _mm_and_si128(m1, _mm_load_si128(reinterpret_cast<const __m128i*>(b.w[4]))));
    w = _mm_or_si128(w, _mm_shuffle_epi32(w, _MM_SHUFFLE(1, 0, 3, 2)));
    w = _mm_or_si128(w, _mm_shuffle_epi32(w, _MM_SHUFFLE(2, 3, 0, 1)));
    if (found != nullptr) *found = _mm_movemask_epi8(_mm_or_si128(m0, m1)) != 0;
    return w;
  }
  // The weights of a feature, nullptr when the model lacks it (the callers off the hot path).
  const int8_t* Lookup(uint64_t key) const {
    const Bucket& b = table[key & mask];
    const uint32_t fp = Fingerprint(key);
    for (int k = 0; k < Bucket::kSlots; ++k) {
      if (b.fp[k] == fp) return b.w[k];
    }
    return nullptr;
  }
  // A feature's weight of O minus its highest weight of a name label.
  static int MarginOfO(const int8_t* w) {
    return w[ner::kNerO] - std::max({w[ner::kNerPer], w[ner::kNerOrg], w[ner::kNerLoc]});
  }
  // Fills e's score, known and common from the features of the token alone.
  void ScoreToken(const ner::FeatureBases& b, const ner::TokenInfo& cur, WordScore* e) const {
    uint64_t f[ner::kTokenFeatures];
    ner::TokenFeatures(b, cur, f);
    for (const uint64_t x : f) __builtin_prefetch(&table[x & mask]);
    ScoreTokenFeatures(cur, f, e);
  }
  // ScoreToken from the token's ner::TokenFeatures of `cur`, computed (and their buckets
  // asked for) by the caller.
  void ScoreTokenFeatures(const ner::TokenInfo& cur, const uint64_t (&f)[ner::kTokenFeatures],
                          WordScore* e) const {
    constexpr int n = ner::kTokenFeatures;
    e->word = cur.word;
    e->shape = cur.shape;
    e->known = false;
    e->common = false;
    __m128i score = _mm_setzero_si128();
    for (int k = 0; k < n; ++k) {
      bool found = false;
      const __m128i w = Weights(f[k], &found);
      score = AddWeights(score, w);
      if (k == 1 && found) {  // feature 1 is the word itself
        e->known = true;
        int8_t s[16];
        _mm_storeu_si128(reinterpret_cast<__m128i*>(s), w);
        e->common = MarginOfO(s) >= kStrongCommon;
      }
    }
    StoreScores(score, e->score);
  }
  // False when the key's bucket is full (the caller grows the table).
  bool Insert(uint64_t key, const int16_t* w) {
    const uint32_t fp = Fingerprint(key);
    Bucket& b = table[key & mask];
    int i = 0;
    while (i < Bucket::kSlots && b.fp[i] != 0 && b.fp[i] != fp) ++i;
    if (i == Bucket::kSlots) return false;
    b.fp[i] = fp;
    for (int k = 0; k < ner::kNumLabels; ++k) {
      int v = (w[k] >= 0 ? w[k] + kWeightScale / 2 : w[k] - kWeightScale / 2) / kWeightScale;
      b.w[i][k] = static_cast<int8_t>(std::clamp(v, -127, 127));
    }
    return true;
  }

  void BuildCountries();
  // Adds cities (ICU's exemplar city of each time zone), first-level regions
  // (extract/data/regions.txt) and towns (extract/data/cities.txt, geonames.org) to
  // country_names/country_by_name after the countries, in that order: their
  // names find a place like a country's. A name a country has keeps the country. A one-word
  // name is left out when it is ambiguous: a given name, a word the model scores as a common
  // word or a person's or organisation's name more than a place's, or a name the default
  // gazetteer knows as no place, a German common noun, and one written alike in de, es and en
  // that the model knows as a place in no language (but a German-speaking country's region
  // stays, for German texts only). REQUIRES: BuildCountries() and BuildNouns() ran, the
  // model is loaded.
  void BuildPlaces();
  // Index of the first city or region in country_names (the countries come before it).
  uint16_t first_place = std::numeric_limits<uint16_t>::max();
  // Spanish: whether `prev` is a masculine article ("el", "del", "al") and the town `key`
  // (lower-cased) has no name of its own opening with it ("el cairo"): the club's name then
  // (see Sentence).
  [[gnu::noinline]] bool ClubAfterArticleEs(std::string_view prev, std::string_view key) const {
    if (!scan::InListLower(prev, {"el", "del", "al"})) return false;
    std::string town_el = "el ";
    town_el += key;
    return !country_by_name.contains(town_el);
  }
  // Index of the first region of extract/data/regions.txt in country_names (after the
  // exemplar cities).
  uint16_t first_region = std::numeric_limits<uint16_t>::max();
  // Index of the first town of extract/data/cities.txt in country_names (after the exemplar
  // cities and the regions).
  uint16_t first_town = std::numeric_limits<uint16_t>::max();
  // Lower-cased spelling of a city or region -> the languages (bit LangIndex) whose texts it
  // names the place in, and kPlaceOverOrg.
  std::unordered_map<std::string, uint8_t> place_langs;
  // A place_langs bit: the name is the place also where the model labels it an organisation.
  static constexpr uint8_t kPlaceOverOrg = 8;
  // Lexicon of the rule layer: LexKey(Fnv(lower-cased word)) -> LexFlag bits. Looked up by
  // the word's hash, which the tagger computes once per token.
  std::vector<std::pair<uint64_t, uint8_t>> lex;
  uint64_t lex_mask = 0;
  void BuildLexicon();
  // Builds every table that follows the model's (table, features): the fixed features'
  // sums (BuildFixed; zeros without a model) and the rule layer's countries, German nouns,
  // places, lexicon and demonyms, each after those it reads. Parse calls it once the model
  // is loaded; Default() on an empty model when the compiled-in one does not parse.
  void BuildTables();
  static uint64_t LexKey(uint64_t word_hash) {
    return ner::Mix(0x6c65783aull, word_hash) | 1;  // "lex:"
  }
  uint8_t Lex(std::string_view lower) const { return LexByHash(ner::Fnv(lower)); }
  // Asks for the slot LexByHash(word_hash) reads first (the table is mostly cold).
  void PrefetchLex(uint64_t word_hash) const {
    __builtin_prefetch(&lex[LexKey(word_hash) & lex_mask]);
  }
  uint8_t LexByHash(uint64_t word_hash) const {
    const uint64_t key = LexKey(word_hash);
    for (uint64_t i = key & lex_mask;; i = (i + 1) & lex_mask) {
      if (lex[i].first == key) return lex[i].second;
      if (lex[i].first == 0) return 0;
    }
  }
  // A capitalised word of two or more bytes that given_names.txt lists ("Anton").
  bool GivenNameWord(std::string_view w) const {
    return w.size() >= 2 && ner::StartsUpper(w) &&
           (LexByHash(ner::LowerHash(w)) & kLexGivenName) != 0;
  }
  // Document-level pass over the mentions found in one text (from out[first] on):
  // "Monte Verde Bank (MVB)" and initials make an acronym an alias of the long name; the
  // surname of a person and a one-word organisation/place name found once are mentions
  // wherever else they occur capitalised ("Karl Kralinger ... Kralinger meldete").
  // `visits`: the indices of the word tokens step 2 looks at, in order (Find collects them:
  // candidates without an inner join and words with an inner '&', each range's repeated
  // tail left out).
  void Propagate(std::string_view text, Lang lang, Field field,
                 std::span<const EntityMention> known, size_t first, std::span<const Tok> toks,
                 std::span<const uint32_t> visits, std::vector<EntityMention>* out) const;
  // Tags one sentence's tokens (a slice of the text's tokens); `cands` are the indices of its
  // candidate tokens (Tok::candidate) in the slice, in order: the passes after the classifier
  // that only look at candidates walk them, not all tokens.
  void Sentence(std::string_view text, Lang lang, Field field, std::span<Tok> toks,
                std::span<const uint32_t> cands, std::vector<EntityMention>* out, BareWords* bare,
                CommonUseEs* common_es) const;
  // The word feature of a (lower-cased) word is in the model.
  bool KnownWord(Lang lang, uint64_t word_hash) const {
    return Lookup(ner::Mix(Bases(lang).word, word_hash)) != nullptr;
  }
  // The model's weight margin of O over the name labels for a (lower-cased) word; INT_MIN
  // when the model does not know the word.
  int CommonMargin(Lang lang, std::string_view lower) const {
    const int8_t* s = Lookup(ner::Mix(Bases(lang).word, ner::Fnv(lower)));
    if (s == nullptr) return std::numeric_limits<int>::min();
    return MarginOfO(s);
  }
  // German common nouns (extract/data/de_nouns.txt): open-addressing set of
  // FeatureHash("noun:", lower-cased word).
  std::vector<uint64_t> nouns;
  uint64_t nouns_mask = 0;
  void BuildNouns(std::string_view data);
  bool CommonNounDe(std::string_view lower) const {
    if (nouns.empty()) return false;
    const uint64_t key = ner::FeatureHash("noun:", lower) | 1;
    for (uint64_t i = key & nouns_mask;; i = (i + 1) & nouns_mask) {
      if (nouns[i] == key) return true;
      if (nouns[i] == 0) return false;
    }
  }
  // Whether the evidence collected for an unknown capitalised German word makes it a name.
  bool BareName(std::string_view word, const BareEvidence& e) const;
  // German: whether a lower-cased capitalised word reads as a common noun: kNoun (listed in
  // de_nouns, a derived noun "-ung", "-heit" …, or a plural of a common word), kCompound
  // (its last part is a common word: "Elektronikindustrie"), else kNo.
  enum class NounLike { kNo, kNoun, kCompound };
  NounLike NounLikeDe(std::string_view lower) const;
  // German: whether a lower-cased word reads as a plural or a derived noun: a noun suffix
  // ("abschreibungen"), a plural ending "-en", "-ern", "-nen" ("einnahmen") or another plural
  // ending after a common word ("verluste": "verlust"). A singular ("drei", "kompass") is not.
  bool PluralOrDerivedDe(std::string_view lower) const;
  // One-word names found in one text (from out[first] on) that the text writes after a
  // given name elsewhere are that person's surname (see the definition): in German any such
  // name but a place's, in Spanish and English a town's name typed a place ("Preston").
  void SurnamesOfGivenNames(std::string_view text, Lang lang, size_t first,
                            std::vector<EntityMention>* out) const;
  // German: a word the model labelled a name on its own that it never saw and that the text
  // counts or uses as a common noun is no name (see the definition).
  void CommonNounsAloneDe(std::string_view text, std::span<Tok> toks,
                          std::span<const uint32_t> cands) const;
  // German: whether the text uses a capitalised word as a common noun (see the definition).
  // `uses`: NounUse bits, the kinds of use that count.
  bool CommonNounUseDe(std::string_view text, std::string_view w, uint8_t uses) const;
  // German: whether toks[k], labelled an organisation or a place on its own, is a listed
  // common noun (see the definition; asked by CommonNounsAloneDe).
  bool ListedNounAloneDe(std::string_view text, std::span<const Tok> toks, size_t k) const;
};

void NameTagger::Impl::BuildCountries() {
  int32_t n = 0;
  const char* const* codes = icu::Locale::getISOCountries();
  const icu::Locale langs[3] = {icu::Locale("de"), icu::Locale("es"), icu::Locale("en")};
  // Countries whose ICU display name is a formal description in some language ("RAE de Hong
  // Kong (China)"), so the check below would drop them: the names the press writes (de, es,
  // en). entities.gaz also lists Hong Kong's German name ("Hong Kong | place | de:Hongkong"),
  // which resolves mentions; it is not read here because it holds only part of what this
  // table needs (no es name, no Macau entry) and the table is keyed by ISO code. Keep the two
  // spellings equal when either changes (one home is left for a later round).
  static constexpr std::array<std::array<std::string_view, 4>, 2> kPressNames = {{
      {"HK", "Hongkong", "Hong Kong", "Hong Kong"},
      {"MO", "Macau", "Macao", "Macau"},
  }};
  for (; codes[n] != nullptr; ++n) {
    icu::Locale loc("", codes[n]);
    std::array<std::string, 3> names;
    bool ok = true;
    const auto press = std::find_if(kPressNames.begin(), kPressNames.end(),
                                    [&](const auto& p) { return p[0] == codes[n]; });
    for (int l = 0; l < 3; ++l) {
      if (press != kPressNames.end()) {
        names[l] = std::string((*press)[l + 1]);
        continue;
      }
      icu::UnicodeString u;
      loc.getDisplayCountry(langs[l], u);
      u.toUTF8String(names[l]);
      if (names[l].empty() || names[l] == codes[n] ||
          names[l].find_first_of("(),") != std::string::npos) {
        ok = false;
      }
    }
    if (!ok) continue;
    uint16_t idx = static_cast<uint16_t>(country_names.size());
    country_by_code.emplace(codes[n], idx);
    for (const std::string& name : names) {
      std::string lower;
      ner::LowerInto(name, &lower);
      country_by_name.emplace(lower, idx);
    }
    // The name German news uses, where ICU's formal one is rarely written ("die britische
    // Regierung" -> Großbritannien, not "Vereinigtes Königreich"); the formal name still finds
    // the country.
    for (const auto& [code, name] :
         {std::pair<std::string_view, std::string_view>{"GB", "Großbritannien"}, {"US", "USA"}}) {
      if (code == codes[n]) names[0] = std::string(name);
    }
    country_names.push_back(std::move(names));
  }
  // Names of a country that are not ICU's display name: "Britain" (the model misses it before a
  // possessive: "Britain's economy"), the long and the official names the press still writes
  // ("Czech Republic" for Czechia; "Türkiye" and "Turkey", whichever ICU's English name is).
  for (const auto& [name, code] : {std::pair<std::string_view, std::string_view>{"britain", "GB"},
                                   {"great britain", "GB"},
                                   {"czech republic", "CZ"},
                                   {"tschechische republik", "CZ"},
                                   {"república checa", "CZ"},
                                   {"türkiye", "TR"},
                                   {"turkey", "TR"}}) {
    auto it = country_by_code.find(std::string(code));
    if (it != country_by_code.end()) country_by_name.emplace(name, it->second);
  }
}

namespace {

// Expands "stem{a,b}" into stem+a, stem+b (a plain form: itself).
void ExpandForms(std::string_view f, std::vector<std::string>* out) {
  const size_t open = f.find('{');
  const size_t close = f.find('}');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    out->emplace_back(f);
    return;
  }
  std::string_view stem = f.substr(0, open);
  std::string_view alts = f.substr(open + 1, close - open - 1);
  for (size_t pos = 0; pos <= alts.size();) {
    size_t comma = alts.find(',', pos);
    if (comma == std::string_view::npos) comma = alts.size();
    out->push_back(std::string(stem) + std::string(alts.substr(pos, comma - pos)));
    pos = comma + 1;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The next line of a compiled-in data file from *pos on, past blank lines and '#' comments
// (`trim`: a line's blanks and '\r' are cut first); false at the end of `data`.
bool NextDataLine(std::string_view data, size_t* pos, std::string_view* line, bool trim) {
  while (*pos < data.size()) {
    size_t nl = data.find('\n', *pos);
    if (nl == std::string_view::npos) nl = data.size();
    *line = data.substr(*pos, nl - *pos);
    if (trim) *line = Trim(*line);
    *pos = nl + 1;
    if (!line->empty() && (*line)[0] != '#') return true;
  }
  return false;
}

}  // namespace

void NameTagger::Impl::BuildDemonyms(std::string_view data) {
  std::vector<std::pair<uint64_t, uint16_t>> rows;
  std::vector<std::string> forms;
  std::string lower;
  std::string_view line;
  for (size_t pos = 0; NextDataLine(data, &pos, &line, false);) {
    const size_t b1 = line.find('|');
    const size_t b2 = b1 == std::string_view::npos ? b1 : line.find('|', b1 + 1);
    if (b2 == std::string_view::npos) continue;
    auto code = country_by_code.find(std::string(Trim(line.substr(0, b1))));
    if (code == country_by_code.end()) continue;
    std::string_view lang = Trim(line.substr(b1 + 1, b2 - b1 - 1));
    std::string_view list = line.substr(b2 + 1);
    forms.clear();
    for (size_t p = 0; p <= list.size();) {
      size_t semi = list.find(';', p);
      if (semi == std::string_view::npos) semi = list.size();
      std::string_view f = Trim(list.substr(p, semi - p));
      if (!f.empty()) ExpandForms(f, &forms);
      p = semi + 1;
    }
    const size_t n = forms.size();
    for (size_t k = 0; k < n; ++k) {
      // German adjectives: "österreichisch" -> "österreichische", "-en", "-er", "-es", "-em".
      if (lang == "de" && EndsWith(forms[k], "isch")) {
        for (std::string_view e : {"e", "en", "er", "es", "em"})
          forms.push_back(forms[k] + std::string(e));
      }
    }
    for (const std::string& f : forms) {
      ner::LowerInto(f, &lower);
      const size_t li = lang == "de" ? 0 : lang == "es" ? 1 : 2;
      rows.emplace_back(DemonymKey(li, ner::Fnv(lower)), code->second);
      dem_len[li][static_cast<uint8_t>(lower[0])] |= 1u << std::min<size_t>(lower.size(), 31);
      dem_ends[li].set(static_cast<size_t>(static_cast<uint8_t>(lower[0])) << 8 |
                       static_cast<uint8_t>(lower.back()));
    }
  }
  size_t cap = 16;
  while (cap < rows.size() * 2) cap <<= 1;
  dem.assign(cap, {0, 0});
  dem_mask = cap - 1;
  for (const auto& [key, idx] : rows) {
    uint64_t i = key & dem_mask;
    while (dem[i].first != 0 && dem[i].first != key) i = (i + 1) & dem_mask;
    dem[i] = {key, idx};
    const size_t b = DemFilterBit(key);
    dem_filter[b >> 6] |= uint64_t{1} << (b & 63);
  }
}

void NameTagger::Impl::BuildNouns(std::string_view data) {
  std::vector<uint64_t> keys;
  std::string lower;
  std::string_view line;
  for (size_t pos = 0; NextDataLine(data, &pos, &line, true);) {
    ner::LowerInto(line, &lower);
    keys.push_back(ner::FeatureHash("noun:", lower) | 1);
  }
  size_t cap = 16;
  while (cap < keys.size() * 2) cap <<= 1;
  nouns.assign(cap, 0);
  nouns_mask = cap - 1;
  for (uint64_t key : keys) {
    uint64_t i = key & nouns_mask;
    while (nouns[i] != 0 && nouns[i] != key) i = (i + 1) & nouns_mask;
    nouns[i] = key;
  }
}

namespace {

// The words of the lexicon's lists with their flags (all but kLexCountryFirst), lower case:
// the never-name words, units, cue nouns, acronyms and the given names.
void LexiconListWords(std::vector<std::pair<std::string, uint8_t>>* out) {
  std::vector<std::pair<std::string, uint8_t>>& words = *out;
  for (std::string_view w : kNeverName) words.emplace_back(w, kLexNever);
  for (std::string_view w : function_words::kDemonstratives) words.emplace_back(w, kLexNever);
  for (std::string_view w : function_words::kDefiniteArticlesDe) words.emplace_back(w, kLexNever);
  for (std::string_view w : function_words::kDefiniteArticlesEs) words.emplace_back(w, kLexNever);
  for (std::string_view w : function_words::kDefiniteArticlesEn) words.emplace_back(w, kLexNever);
  for (std::string_view w : function_words::kOtherDeterminers) words.emplace_back(w, kLexNever);
  for (const MonthName& m : kMonthNames) words.emplace_back(m.name, kLexNever);
  for (std::string_view w : kWeekdaysDe) words.emplace_back(w, kLexNever);
  for (std::string_view w : kWeekdaysEs) words.emplace_back(w, kLexNever);
  for (std::string_view w : kWeekdaysEn) words.emplace_back(w, kLexNever);
  for (std::string_view w : kNonNameAcronyms) words.emplace_back(w, kLexNever);
  for (std::string_view w : kNeverNameEs) words.emplace_back(w, kLexNeverEs);
  for (std::string_view w : kCapitalisedNounsEs) words.emplace_back(w, kLexNeverEs);
  for (std::string_view w : kThingAcronymsEs) words.emplace_back(w, kLexNeverEs);
  for (std::string_view w : kUnitsAfterNumber) words.emplace_back(w, kLexUnitAfterNumber);
  for (std::string_view w : kCueNouns) words.emplace_back(w, kLexCue);
  for (std::string_view w : kCommonAcronyms) words.emplace_back(w, kLexCommonAcronym);
  for (std::string_view w : kBareBeforeDe) words.emplace_back(w, kLexBareBeforeDe);
  const std::string_view given(kGivenNamesText, kGivenNamesSize);
  std::string lower;
  std::string_view line;
  for (size_t pos = 0; NextDataLine(given, &pos, &line, true);) {
    ner::LowerInto(line, &lower);
    words.emplace_back(lower, kLexGivenName);
  }
}

// The index (as LangIndex) of the language of a region's country from its ISO code's first two
// letters ("AT-6" -> German), -1 for a country of none of the three. REQUIRES: `code` is
// the ISO 3166 alpha-2 country code.
int NativeLangOfRegion(std::string_view code) {
  if (scan::InListLower(code, {"de", "at", "ch", "li"})) return 0;
  if (scan::InListLower(code, {"es", "mx", "ar", "co", "cl", "pe", "ve", "ec", "gt", "cu", "bo",
                               "do", "hn", "py", "sv", "ni", "cr", "pa", "uy"})) {
    return 1;
  }
  if (scan::InListLower(code, {"us", "gb", "ie", "au", "nz", "ca"})) return 2;
  return -1;
}

}  // namespace

void NameTagger::Impl::BuildPlaces() {
  // The lexicon's list words that are no place's name: never names, cue nouns, units,
  // acronyms, given names.
  std::vector<std::pair<std::string, uint8_t>> list_words;
  LexiconListWords(&list_words);
  std::unordered_set<std::string> not_place;
  for (const auto& [w, flag] : list_words) {
    if (flag & (kLexNever | kLexNeverEs | kLexCue | kLexUnitAfterNumber | kLexCommonAcronym |
                kLexGivenName)) {
      not_place.insert(w);
    }
  }
  std::string lower;
  first_place = static_cast<uint16_t>(country_names.size());
  const Gazetteer& gaz = Gazetteer::Default();
  // Whether a one-word name may be a place's only (see the header): kNo (the name is the
  // place), kNeedsLocTop (only where the model knows the word as a place, or in its
  // region's native language), kYes (left out).
  // `exonym`: the place's names differ between the languages. A one-word name written alike
  // in the three ("Tata", "Herrera", "Unity") must also be a word the model knows and scores
  // as a place above all else in some language: an unknown word is as often a firm's or a
  // surname. iso-codes leaves most regions untranslated, so "alike" is mostly "untranslated".
  enum class Ambiguous { kNo, kNeedsLocTop, kYes };
  auto ambiguous = [&](const std::string& name, bool exonym) {
    if (name.find(' ') != std::string::npos) return Ambiguous::kNo;
    ner::LowerInto(name, &lower);
    if (not_place.contains(lower) || CommonNounDe(lower)) return Ambiguous::kYes;
    bool loc_top = false;
    for (Lang l : {Lang::kDe, Lang::kEs, Lang::kEn}) {
      const int8_t* w = Lookup(ner::Mix(Bases(l).word, ner::Fnv(lower)));
      if (w == nullptr) continue;
      if (w[ner::kNerO] > w[ner::kNerLoc] || w[ner::kNerPer] > w[ner::kNerLoc] ||
          w[ner::kNerOrg] > w[ner::kNerLoc]) {
        return Ambiguous::kYes;
      }
      loc_top = loc_top || (w[ner::kNerLoc] > w[ner::kNerO] && w[ner::kNerLoc] > w[ner::kNerPer] &&
                            w[ner::kNerLoc] > w[ner::kNerOrg]);
    }
    if (auto canon = gaz.Resolve(name)) {
      const GazetteerEntry* e = gaz.Find(*canon);
      if (e != nullptr && e->type != EntityType::kPlace) return Ambiguous::kYes;
    }
    return !exonym && !loc_top ? Ambiguous::kNeedsLocTop : Ambiguous::kNo;
  };
  // names[l]: the spellings of language l, the first canonical. A spelling names the place
  // in texts of its own languages only ("Roma" is Rome in Spanish, the Roma in German).
  // A name of an exonym place or of more than one word wins over the model's organisation
  // label (kPlaceOverOrg); a one-word name written alike in the three languages does not
  // ("Tata said": the group).
  // `native`: the index of the language of the region's country (NativeLangOfRegion), -1
  // for none and for cities. A one-word name without an exonym that the model does not know
  // as a place is the place in German texts when it is a German-speaking country's region
  // ("Steiermark"). A German-speaking country's name copied untranslated into the Spanish or
  // English column names the place in German texts only ("Bayern said": the club).
  // `city`: a row of cities.txt, whose one-word name without an exonym is the town in texts
  // of its country's language whatever the model knows of it ("Pforzheim" in German, "Alcorcón"
  // in Spanish, "Swindon" in English), the ambiguous ones filtered as above. A spelling
  // written "!name" (cities.txt: a common word of that language, "!Mobile" in English) is the
  // place's name in that language's output but never looked for in its texts.
  auto bare = [](const std::string& n) {
    return std::string_view(n).substr(n.starts_with('!') ? 1 : 0);
  };
  auto add = [&](const std::array<std::vector<std::string>, 3>& names, int native, bool city) {
    const bool exonym =
        bare(names[0][0]) != bare(names[2][0]) || bare(names[1][0]) != bare(names[2][0]);
    std::vector<std::pair<std::string, uint8_t>> keys;
    for (int l = 0; l < 3; ++l) {
      for (const std::string& n : names[l]) {
        if (n.empty() || n[0] == '!') continue;
        const Ambiguous a = ambiguous(n, exonym);
        if (a == Ambiguous::kYes ||
            (a == Ambiguous::kNeedsLocTop && !(l == native && (native == 0 || city)))) {
          continue;
        }
        if (native == 0 && l != native &&
            std::find(names[0].begin(), names[0].end(), n) != names[0].end()) {
          continue;
        }
        ner::LowerInto(n, &lower);
        if (country_by_name.contains(lower)) continue;
        auto k =
            std::find_if(keys.begin(), keys.end(), [&](const auto& x) { return x.first == lower; });
        if (k == keys.end()) {
          keys.emplace_back(lower, static_cast<uint8_t>(1u << l));
        } else {
          k->second |= static_cast<uint8_t>(1u << l);
        }
      }
    }
    if (keys.empty() || country_names.size() >= std::numeric_limits<int16_t>::max()) return;
    const auto idx = static_cast<uint16_t>(country_names.size());
    for (const auto& [k, langs] : keys) {
      const bool over_org = exonym || k.find(' ') != std::string::npos;
      country_by_name.emplace(k, idx);
      place_langs.emplace(k, langs | (over_org ? kPlaceOverOrg : 0));
    }
    country_names.push_back({std::string(bare(names[0][0])), std::string(bare(names[1][0])),
                             std::string(bare(names[2][0]))});
  };
  // Cities: the exemplar city of each canonical time zone, in each language.
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, st));
  bool tz_ok = U_SUCCESS(st) && zones != nullptr;
  std::unique_ptr<icu::TimeZoneNames> tz_names[3];
  const char* const langs[3] = {"de", "es", "en"};
  for (int l = 0; l < 3 && tz_ok; ++l) {
    st = U_ZERO_ERROR;
    tz_names[l].reset(icu::TimeZoneNames::createInstance(icu::Locale(langs[l]), st));
    tz_ok = U_SUCCESS(st) && tz_names[l] != nullptr;
  }
  st = U_ZERO_ERROR;
  std::string id;
  for (const icu::UnicodeString* z = tz_ok ? zones->snext(st) : nullptr;
       z != nullptr && U_SUCCESS(st); z = zones->snext(st)) {
    id.clear();
    z->toUTF8String(id);
    if (id.starts_with("Antarctica/") || id.starts_with("Arctic/") || id.starts_with("Etc/")) {
      continue;
    }
    std::array<std::vector<std::string>, 3> names;
    bool ok = true;
    for (int l = 0; l < 3; ++l) {
      icu::UnicodeString u;
      tz_names[l]->getExemplarLocationName(*z, u);
      std::string name;
      u.toUTF8String(name);
      ok = ok && !name.empty() && name.find_first_of(",()") == std::string::npos;
      names[l].push_back(std::move(name));
    }
    // A city whose name news translates (an exonym: "Kiew", "Varsovia") is known enough to
    // be the place wherever the text names it ("Tbilisi said" is no firm). A one-word name
    // written alike in the three languages is as often a firm's ("Halifax said": the bank)
    // and is left to the model.
    const bool exonym = names[0][0] != names[2][0] || names[1][0] != names[2][0];
    ok = ok && (exonym || names[2][0].find(' ') != std::string::npos);
    if (ok) add(names, -1, false);
  }
  // Regions (extract/data/regions.txt), then cities and towns (extract/data/cities.txt): both
  // "CODE<TAB>de<TAB>es<TAB>en", spellings |-separated, CODE starting with the country's ISO
  // code. A name an earlier place has keeps that place (an exemplar city, then a region:
  // "Salzburg" is the Land's row).
  for (const bool city : {false, true}) {
    const std::string_view data = city ? std::string_view(kCitiesText, kCitiesSize)
                                       : std::string_view(kRegionsText, kRegionsSize);
    (city ? first_town : first_region) = static_cast<uint16_t>(country_names.size());
    std::string_view line;
    for (size_t pos = 0; NextDataLine(data, &pos, &line, false);) {
      std::array<std::vector<std::string>, 3> names;
      size_t tab = line.find('\t');
      const std::string_view code = line.substr(0, std::min<size_t>(2, line.size()));
      for (int l = 0; l < 3 && tab != std::string_view::npos; ++l) {
        line.remove_prefix(tab + 1);
        tab = line.find('\t');
        std::string_view field = line.substr(0, tab);
        for (size_t b = 0; b <= field.size();) {
          size_t bar = field.find('|', b);
          if (bar == std::string_view::npos) bar = field.size();
          names[l].emplace_back(Trim(field.substr(b, bar - b)));
          b = bar + 1;
        }
      }
      if (!names[0].empty() && !names[1].empty() && !names[2].empty()) {
        add(names, NativeLangOfRegion(code), city);
      }
    }
  }
}

void NameTagger::Impl::BuildLexicon() {
  std::vector<std::pair<std::string, uint8_t>> words;
  LexiconListWords(&words);
  for (const auto& [name, idx] : country_by_name) {
    words.emplace_back(name.substr(0, name.find(' ')), kLexCountryFirst);
  }
  size_t cap = 16;
  while (cap < words.size() * 2) cap <<= 1;
  lex.assign(cap, {0, 0});
  lex_mask = cap - 1;
  for (const auto& [w, flag] : words) {
    const uint64_t key = LexKey(ner::Fnv(w));
    uint64_t i = key & lex_mask;
    while (lex[i].first != 0 && lex[i].first != key) i = (i + 1) & lex_mask;
    lex[i].first = key;
    lex[i].second |= flag;
  }
}

void NameTagger::Impl::BuildTables() {
  BuildFixed();
  BuildCountries();
  BuildNouns(std::string_view(kDeNounsText, kDeNounsSize));
  BuildPlaces();
  BuildLexicon();
  BuildDemonyms(std::string_view(kDemonymsText, kDemonymsSize));
}

NameTagger::NameTagger() : impl_(std::make_unique<Impl>()) {}
NameTagger::~NameTagger() = default;

std::string_view NameTagger::CompiledModel() {
  return {kNerModelText, kNerModelSize};
}

common::Result<std::unique_ptr<NameTagger>> NameTagger::Parse(std::string_view model_text,
                                                              NameTaggerOptions options) {
  std::unique_ptr<NameTagger> t(new NameTagger());
  Impl& im = *t->impl_;
  im.word_cache = options.word_cache;
  im.fold_fixed_features = options.fold_fixed_features;
  std::vector<std::pair<uint64_t, std::array<int16_t, ner::kNumLabels>>> rows;
  size_t line_no = 0;
  for (size_t pos = 0; pos < model_text.size();) {
    size_t nl = model_text.find('\n', pos);
    if (nl == std::string_view::npos) nl = model_text.size();
    std::string_view line = model_text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::pair<uint64_t, std::array<int16_t, ner::kNumLabels>> row{};
    const char* p = line.data();
    const char* end = line.data() + line.size();
    auto r = std::from_chars(p, end, row.first, 16);
    bool ok = r.ec == std::errc();
    p = r.ptr;
    for (int k = 0; ok && k < ner::kNumLabels; ++k) {
      while (p < end && *p == ' ') ++p;
      int v = 0;
      auto rv = std::from_chars(p, end, v);
      ok = rv.ec == std::errc() && v >= -32768 && v <= 32767;
      row.second[k] = static_cast<int16_t>(v);
      p = rv.ptr;
    }
    if (!ok || p != end) {
      return common::Status::InvalidArgument("ner model line " + std::to_string(line_no) +
                                             ": expected <hex> and " +
                                             std::to_string(ner::kNumLabels) + " integers");
    }
    rows.push_back(row);
  }
  // At most two features per bucket of eight on average (35,866 features: 16,384 buckets
  // leave eight with more than eight, 32,768 buckets, 2 MB, none); twice the buckets while
  // one overflows.
  size_t cap = 1;
  while (cap * Bucket::kSlots < rows.size() * 4) cap <<= 1;
  for (bool full = true; full; cap <<= 1) {
    im.table.assign(cap, Bucket{});
    im.mask = cap - 1;
    full = false;
    for (const auto& [k, w] : rows) {
      if (!im.Insert(k, w.data())) {
        full = true;
        break;
      }
    }
  }
  im.features = rows.size();
  im.BuildTables();
  return t;
}

const NameTagger& NameTagger::Default() {
  static const NameTagger* const kDefault = [] {
    auto r = Parse(std::string_view(kNerModelText, kNerModelSize));
    // The compiled-in model is checked by tests; an unparsable one yields an empty model
    // (rules and countries only) rather than a crash.
    if (!r.ok()) {
      auto* empty = new NameTagger();
      empty->impl_->BuildTables();
      return static_cast<const NameTagger*>(empty);
    }
    return static_cast<const NameTagger*>(r.value().release());
  }();
  return *kDefault;
}

std::optional<NameTagger::CountryNames> NameTagger::CountryByName(std::string_view name) {
  // The same table as Default()'s countries (BuildPlaces only appends after them).
  static const NameTagger* const kCountries = [] {
    auto* t = new NameTagger();
    t->impl_->BuildCountries();
    return static_cast<const NameTagger*>(t);
  }();
  // German press names are names[0] only, not keys of country_by_name: their lower-case forms,
  // each to its first country, built once with the table (a miss is one look-up, not a pass
  // over every country).
  static const std::unordered_map<std::string, size_t>* const kPress = [] {
    auto* m = new std::unordered_map<std::string, size_t>();
    const std::vector<CountryNames>& names = kCountries->impl_->country_names;
    std::string lower;
    for (size_t i = 0; i < names.size(); ++i) {
      ner::LowerInto(names[i][0], &lower);
      m->emplace(lower, i);  // keeps the first country of a name
    }
    return m;
  }();
  const Impl& im = *kCountries->impl_;
  std::string lower;
  ner::LowerInto(name, &lower);
  auto it = im.country_by_name.find(lower);
  if (it != im.country_by_name.end()) return im.country_names[it->second];
  if (auto p = kPress->find(lower); p != kPress->end()) return im.country_names[p->second];
  return std::nullopt;
}

size_t NameTagger::num_features() const {
  return impl_->features;
}
size_t NameTagger::memory_bytes() const {
  size_t b = impl_->table.size() * sizeof(Bucket);
  for (const auto& n : impl_->country_names) b += n[0].size() + n[1].size() + n[2].size() + 96;
  b += impl_->country_by_name.size() * 64;
  b += impl_->place_langs.size() * 64;
  b += impl_->dem.size() * sizeof(impl_->dem[0]);
  b += impl_->dem_filter.size() * sizeof(impl_->dem_filter[0]);
  b += impl_->nouns.size() * sizeof(impl_->nouns[0]);
  return b;
}

namespace {

bool IsAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  int letters = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (!(c >= '0' && c <= '9') && c != '&') {
      return false;
    }
  }
  return letters >= 2;
}
// An acronym with small letters between its capitals ("GdV", "BfS", "TfW"): two to six ASCII
// letters, the first and the last a capital, at least two capitals. Not a plural ("PCs") nor
// CamelCase of lower-case runs ("BaFin" stays a word).
bool IsMixedCaseAcronym(std::string_view w) {
  if (w.size() < 3 || w.size() > 6 || !(w[0] >= 'A' && w[0] <= 'Z') ||
      !(w.back() >= 'A' && w.back() <= 'Z')) {
    return false;
  }
  bool small = false;
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    const bool lower = w[i] >= 'a' && w[i] <= 'z';
    if (!lower && !(w[i] >= 'A' && w[i] <= 'Z')) return false;
    if (lower && small) return false;  // two small letters in a row
    small = lower;
  }
  return w.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
}
bool IsCamelCase(std::string_view w) {
  bool lower = false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'a' && c <= 'z') lower = true;
    if (c >= 'A' && c <= 'Z' && lower && i + 1 < w.size() && w[i + 1] >= 'a' && w[i + 1] <= 'z')
      return true;
    if (c == '-') lower = false;
  }
  return false;
}

// A surname with its particle glued on ("McAllan", "MacOwen", "DeVarro", "LaRue",
// "DiMarco"): a prefix, a capital, then small ASCII letters only (two or more). Shaped like
// CamelCase, but a person's name after a given name.
bool ParticleSurname(std::string_view w) {
  for (std::string_view p : {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le"}) {
    if (w.size() < p.size() + 3 || !w.starts_with(p) || w[p.size()] < 'A' || w[p.size()] > 'Z') {
      continue;
    }
    return std::all_of(w.begin() + static_cast<std::ptrdiff_t>(p.size()) + 1, w.end(),
                       [](char c) { return c >= 'a' && c <= 'z'; });
  }
  return false;
}

// True for a Roman numeral of two or more letters written with I, V and X only, 2 to 39
// ("II", "XX", "XXI", "XIX"): an ordinal ("siglo XX", "la III edición"), not an acronym.
bool IsRomanNumeralIVX(std::string_view w) {
  if (w.size() < 2 || w.size() > 7 || (w[0] != 'X' && w[0] != 'I' && w[0] != 'V')) return false;
  size_t i = 0;
  while (i < w.size() && i < 3 && w[i] == 'X') ++i;  // tens: X, XX, XXX
  std::string_view units = w.substr(i);
  return InList(units, {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"});
}

// A word in capitals only (ASCII and the two-byte Latin-1 letters: "ESTO", "MARCÓ").
bool CapitalsOnlyEs(std::string_view w) {
  for (size_t i = 0; i < w.size(); ++i) {  // capitals only (ASCII, two-byte Latin-1)
    const auto c = static_cast<unsigned char>(w[i]);
    if (c == 0xC3 && i + 1 < w.size()) {
      if (!ner::StartsUpper(w.substr(i, 2))) return false;
      ++i;
    } else if (c < 'A' || c > 'Z') {
      return false;
    }
  }
  return true;
}
// A Spanish word in capitals only that ends like an inflected or derived word: -CIÓN, -SIÓN,
// -IBLE, -ABLE, -MENTE, -ENCIA(S), -ANCIA, -IDAD, -ERON/-ARON, -ANDO/-IENDO, -ADOS/-ADAS,
// -IDOS/-IDAS, -ENTE(S).
bool EmphasisWordEs(std::string_view w) {
  if (!CapitalsOnlyEs(w)) return false;
  for (std::string_view suf :
       {"CI\xC3\x93N", "SI\xC3\x93N", "CION",  "SION", "IBLE", "ABLE", "MENTE",
        "ENCIA",       "ENCIAS",      "ANCIA", "IDAD", "ERON", "ARON", "ANDO",
        "IENDO",       "ADOS",        "ADAS",  "IDOS", "IDAS", "ENTE", "ENTES"}) {
    if (EndsWith(w, suf)) return true;
  }
  return false;
}
// A capitalised Spanish word shaped like a preterite of the third person in -ió ("Inició",
// "Trascendió", "Añadió"): lower case after its capital and at least six bytes. The Catalan
// nouns in -ció / -sió ("Associació", "Televisió") open names: they need the caller's check
// of the next word (`catalan_noun`).
bool PreteriteShapeEs(std::string_view w, bool* catalan_noun) {
  if (w.size() < 6 || !EndsWith(w, "i\xC3\xB3")) return false;
  const char before = w[w.size() - 4];
  *catalan_noun = before == 'c' || before == 's';
  for (size_t k = 1; k + 3 < w.size(); ++k) {
    if (w[k] >= 'A' && w[k] <= 'Z') return false;
  }
  return true;
}

// Spanish nouns that name a government portfolio ("ministra de Educación", "consejero de
// Sanidad"): general vocabulary, any case.
bool PortfolioEs(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "educación",   "sanidad",    "salud",       "defensa",  "fomento",     "igualdad",
      "industria",   "comercio",   "hacienda",    "economía", "trabajo",     "justicia",
      "interior",    "exteriores", "agricultura", "cultura",  "transportes", "transporte",
      "seguridad",   "turismo",    "energía",     "vivienda", "ciencia",     "finanzas",
      "gobernación", "obras",      "deportes",    "empleo",   "consumo",     "universidades"};
  static const scan::LowerWordSet kSet(kWords);
  return kSet.Contains(w);
}

// kLegalForms bucketed by first byte, in list order (longest first within a bucket).
struct LegalFormIndex {
  std::array<uint8_t, 256> begin{};  // bucket of byte b: order[begin[b] .. begin[b + 1])
  std::array<uint8_t, 257> end{};
  std::array<uint8_t, std::size(kLegalForms)> order{};
  // Bit (first byte << 8 | second byte) set when a form starts with those two bytes (every
  // form has two at least): most capitalised words are rejected by this one test.
  std::array<uint64_t, 1024> pairs{};
  constexpr LegalFormIndex() {
    for (std::string_view lf : kLegalForms) {
      const size_t pair = static_cast<size_t>(static_cast<unsigned char>(lf[0])) << 8 |
                          static_cast<unsigned char>(lf[1]);
      pairs[pair >> 6] |= uint64_t{1} << (pair & 63);
    }
    size_t n = 0;
    for (int b = 0; b < 256; ++b) {
      begin[static_cast<size_t>(b)] = static_cast<uint8_t>(n);
      for (size_t k = 0; k < std::size(kLegalForms); ++k) {
        if (static_cast<unsigned char>(kLegalForms[k][0]) == b)
          order[n++] = static_cast<uint8_t>(k);
      }
      end[static_cast<size_t>(b)] = static_cast<uint8_t>(n);
    }
  }
};
constexpr LegalFormIndex kLegalFormIndex{};

// LegalFormAt once the first two bytes can start a form (not inlined: rarely reached).
[[gnu::noinline]] size_t LegalFormAtPair(std::string_view text, size_t pos) {
  const auto b = static_cast<unsigned char>(text[pos]);
  for (size_t n = kLegalFormIndex.begin[b]; n < kLegalFormIndex.end[b]; ++n) {
    const std::string_view lf = kLegalForms[kLegalFormIndex.order[n]];
    // The second byte first (most capitalised words fail there), then the whole form.
    if (pos + lf.size() > text.size() || (lf.size() > 1 && text[pos + 1] != lf[1]) ||
        text.substr(pos, lf.size()) != lf) {
      continue;
    }
    size_t e = pos + lf.size();
    if (e < text.size() &&
        (scan::IsAsciiAlnum(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80)) {
      continue;
    }
    return lf.size();
  }
  return 0;
}

// Length of a legal form starting at text[pos] (followed by a non-letter); 0 if none. The
// two-byte test inline, the forms compared only after it (most capitalised words fail it).
inline size_t LegalFormAt(std::string_view text, size_t pos) {
  if (pos + 1 >= text.size()) return 0;  // every form has two bytes at least
  const size_t pair = static_cast<size_t>(static_cast<unsigned char>(text[pos])) << 8 |
                      static_cast<unsigned char>(text[pos + 1]);
  if ((kLegalFormIndex.pairs[pair >> 6] >> (pair & 63) & 1) == 0) return 0;
  return LegalFormAtPair(text, pos);
}

// The last two bytes of the cue suffixes of a list ((a & 0x7F) << 7 | (b & 0x7F) for the
// ASCII ending "ab"): a filter before lower-casing a word.
struct CueEndings {
  std::array<bool, 1 << 14> two{};
  size_t min_len = 64;
  template <size_t N>
  constexpr explicit CueEndings(const std::string_view (&list)[N]) {
    for (std::string_view s : list) {
      two[(static_cast<size_t>(s[s.size() - 2]) & 0x7F) << 7 |
          (static_cast<size_t>(s.back()) & 0x7F)] = true;
      min_len = std::min(min_len, s.size());
    }
  }
};
constexpr CueEndings kCueEndingsDe(kCueSuffixesDe);
constexpr CueEndings kCueEndingsEn(kCueSuffixesEn);

// IsCueSuffix once the word's last two bytes can end a suffix of `lang` (de or en): the
// tail compared as lower case in place (LowerInto keeps the length). Not inlined: rarely
// reached.
[[gnu::noinline]] bool IsCueSuffixTail(std::string_view word, Lang lang) {
  const std::span<const std::string_view> list =
      lang == Lang::kDe ? std::span<const std::string_view>(kCueSuffixesDe)
                        : std::span<const std::string_view>(kCueSuffixesEn);
  for (std::string_view s : list) {
    if (word.size() > s.size() + 2 && ner::EndsWithLower(word, s)) return true;
  }
  return false;
}

// A cue noun by its ending ("Autobauer", "chipmaker"), compared in any case; the word
// itself is not one ("Bauer" is no cue, "Autobauer" is: two more bytes at least). The
// filters inline, the suffixes compared only after them.
inline bool IsCueSuffix(std::string_view word, Lang lang) {
  if (lang != Lang::kDe && lang != Lang::kEn) return false;
  const CueEndings& ends = lang == Lang::kDe ? kCueEndingsDe : kCueEndingsEn;
  if (word.size() < ends.min_len + 3) return false;  // the suffix and at least 3 bytes more
  const auto a = static_cast<unsigned char>(scan::LowerAscii(word[word.size() - 2]));
  const auto b = static_cast<unsigned char>(scan::LowerAscii(word.back()));
  if (a >= 0x80 || b >= 0x80 || !ends.two[static_cast<size_t>(a) << 7 | b]) return false;
  return IsCueSuffixTail(word, lang);
}

// Bit n of kCueNounLengths[c - 'a'] is set when a cue noun (kCueNouns) starts with the ASCII
// letter c and has n bytes: a filter before the lexicon lookup (every cue noun starts with an
// ASCII letter and is shorter than 32 bytes; lower-casing keeps the length).
struct CueNounLengths {
  std::array<uint32_t, 26> bits{};
  constexpr CueNounLengths() {
    for (std::string_view w : kCueNouns) bits[static_cast<size_t>(w[0] - 'a')] |= 1u << w.size();
  }
  bool May(std::string_view w) const {
    const char c = scan::LowerAscii(w[0]);
    return c >= 'a' && c <= 'z' && w.size() < 32 &&
           (bits[static_cast<size_t>(c - 'a')] >> w.size() & 1) != 0;
  }
};
constexpr CueNounLengths kCueNounLengths{};
static_assert([] {
  for (std::string_view w : kCueNouns) {
    if (w.size() >= 32 || w[0] < 'a' || w[0] > 'z') return false;
  }
  return true;
}());

// What Sentence() works out about a token, at most once: Fnv of the lower-cased word, its
// lexicon flags, whether it is a cue noun, its feature description.
// kHaveWordShape: info.word and info.shape only (kNonAscii: the token has bytes >= 0x80, so
// Describe, not DescribeAsciiAffixes, completes it); kHaveInfo: all of info.
enum MemoBit : uint8_t {
  kHaveHash = 1,
  kHaveLex = 2,
  kHaveCue = 4,
  kHaveInfo = 8,
  kHaveWordShape = 16,
  kNonAscii = 32
};
// Valid where the token's MemoBit is set (the bits live apart: one byte per token to clear).
struct TokMemo {
  ner::TokenInfo info;
  uint64_t hash;
  uint8_t lex;
  bool cue;
};

// Appends the initials of a capitalised word and of each capitalised part after a hyphen
// ("Leipnik-Lundenburger" -> "LL"; "Kralinger" -> "K"; "von" -> nothing).
void AppendInitials(std::string_view w, std::string* out) {
  for (size_t p = 0; p < w.size();) {
    if (ner::StartsUpper(w.substr(p)) && static_cast<uint8_t>(w[p]) < 0x80) out->push_back(w[p]);
    const size_t hy = w.find('-', p);
    if (hy == std::string_view::npos) break;
    p = hy + 1;
  }
}

// Appends AppendInitials of each word of `name` ("Pohlinger-Brenner Invest" -> "PBI").
void AppendNameInitials(std::string_view name, std::string* out) {
  size_t ts = 0, te = 0, pos = 0;
  while (scan::NextToken(name, pos, &ts, &te)) {
    pos = te;
    AppendInitials(name.substr(ts, te - ts), out);
  }
}

// True when `t` is a model number: digits and capitals only, with a digit ("4", "65EF9500",
// "X7"; not "Tele2"), at most 10 bytes, is no year (four digits) and no amount (not
// followed by a decimal part: "10,5", "3.000").
bool ModelNumberAt(std::string_view text, const Tok& t) {
  const std::string_view w = text.substr(t.start, t.end - t.start);
  if (w.empty() || w.size() > 10) return false;
  size_t digits = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;  // a name with a digit: "der Provider Tele2"
    digits += c >= '0' && c <= '9' ? 1 : 0;
  }
  if (digits == 0 || !((w[0] >= '0' && w[0] <= '9') || (w[0] >= 'A' && w[0] <= 'Z'))) return false;
  if (digits == w.size() && w.size() == 4) return false;
  if (t.end + 1 < text.size() && (text[t.end] == ',' || text[t.end] == '.') &&
      text[t.end + 1] >= '0' && text[t.end + 1] <= '9') {
    return false;
  }
  return true;
}

// The long name whose initials spell `acr`, written right before the parenthesis at
// `paren` ("Donauer Standards Institute (DSI)"; hyphen parts count: "Leipnik-Lundenburger
// Invest (LLI)"; up to two words after the spelled ones may be a legal form or a generic
// word the acronym leaves out: "Pohlinger Invest Beteiligungs AG (PI)"). A small word ("der",
// "für", "of", "al") spells a capital only when the words do not spell the acronym without it
// ("Verband der Kesselbauer (VDK)", "Stiftung für Wattenschutz (SFW)", not "Fonds für Wegebau
// (FW)"; an "and" only as "&"); a small letter of the acronym is a small word's ("Bund gegen
// Lärm (BgL)"). Empty when the words before do not spell it.
std::string_view LongNameBefore(std::string_view text, size_t paren, std::string_view acr,
                                bool connectors_spell = false) {
  size_t pos = paren;
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  const size_t long_end = pos;
  size_t long_start = pos;
  size_t letters = 0;
  int skipped = 0;
  int guard = 0;
  bool retry = false;  // (first pass) a small word could have spelled the letter wanted
  while (pos > 0 && letters < acr.size() && ++guard < 12) {
    size_t we = pos, ws = pos;
    while (ws > 0 && text[ws - 1] != ' ' && text[ws - 1] != '(' && text[ws - 1] != ',' &&
           text[ws - 1] != '\n') {
      --ws;
    }
    if (ws == we) break;
    std::string_view w = text.substr(ws, we - ws);
    if (ner::StartsUpper(w)) {
      // The word must supply the next initials from the end ("Institute" -> I,
      // "Leipnik-Lundenburger" -> LL).
      std::string wi;
      AppendInitials(w, &wi);
      bool match = wi.size() <= acr.size() - letters;
      for (size_t k = 0; match && k < wi.size(); ++k) {
        match =
            scan::LowerAscii(wi[k]) == scan::LowerAscii(acr[acr.size() - letters - wi.size() + k]);
      }
      if (!match) {
        if (letters > 0 || ++skipped > 2) break;
      } else {
        letters += wi.size();
      }
      long_start = ws;
    } else if ((w == "and" || w == "&") && letters > 0 && letters < acr.size() &&
               acr[acr.size() - letters - 1] == '&') {
      ++letters;  // English: the acronym's "&" spells the name's "and" ("Tarvel and Brook (T&B)")
    } else if (letters > 0 && w[0] == acr[acr.size() - letters - 1]) {
      ++letters;  // a small letter of the acronym: "Bund gegen Lärm (BgL)", "Haus der Musik (HdM)"
    } else if (const bool spells =
                   letters > 0 && w.size() <= 5 && w != "and" && w != "und" && w != "y" &&
                   scan::LowerAscii(w[0]) == scan::LowerAscii(acr[acr.size() - letters - 1]);
               spells && connectors_spell) {
      ++letters;  // "Verband der Kesselbauer (VDK)": the "der" spells the D (second pass)
    } else {
      retry = retry || spells;
      if (!InList(w, kConnectors) && w != "des" && w != "für" && w != "for" && w != "und" &&
          w != "y" && w != "and") {
        break;
      }
    }
    pos = ws;
    while (pos > 0 && text[pos - 1] == ' ') --pos;
  }
  if (letters != acr.size() || long_start >= long_end) {
    // Again with small words spelling, where one could.
    return retry ? LongNameBefore(text, paren, acr, true) : std::string_view();
  }
  std::string_view name = text.substr(long_start, long_end - long_start);
  // An English possessive on the last word belongs to the sentence, not to the name the
  // acronym stands for ("Kerrow Data Systems' (KDS) survey", "Tarvel Bourse's (TB) shares").
  if (const size_t p = scan::PossessiveSuffixLength(name); p > 0 && name.size() > p + 1) {
    name.remove_suffix(p);
  }
  return name;
}

// Spanish person context of the name toks[i..j]: a role, title or speech verb right before
// it ("el candidato X", "Sr. X", "dijo X"), or after a comma a role ("X, presidenta del …")
// or an age ("X, de 40 años").
bool SpanishPersonContext(std::string_view text, std::span<const Tok> toks, size_t i, size_t j) {
  auto str = [&](const Tok& t) { return text.substr(t.start, t.end - t.start); };
  // A role ("el candidato X", "la jueza X", "X, periodista de …"; PersonRole's Spanish
  // entries include the occupations only persons hold), a title or a speech verb.
  auto person_word = [&](std::string_view w) {
    return !ner::StartsUpper(w) && scan::PersonCue(w, Lang::kEs);
  };
  size_t b = i;
  if (b >= 2 && !toks[b - 1].word && text[toks[b - 1].start] == '.') --b;  // "Sr. X"
  if (b >= 1 && toks[b - 1].word && person_word(str(toks[b - 1]))) return true;
  // A name of two or more words after a speech verb in the present ("explica X Y") or the
  // perfect ("ha dicho X Y", "había señalado X Y"); not a lone word ("explica Pelmarex").
  if (j > i && b >= 1 && toks[b - 1].word) {
    static constexpr const auto& kPresent =
        lexicon::kSelected<lexicon::kSpeechWords, lexicon::kEs, lexicon::kPresentEs>;
    static constexpr const auto& kParticiples =
        lexicon::kSelected<lexicon::kSpeechWords, lexicon::kEs, lexicon::kParticipleEs>;
    const std::string_view v = str(toks[b - 1]);
    if (InList(v, kPresent)) return true;
    if (b >= 2 && toks[b - 2].word) {
      const std::string_view aux = str(toks[b - 2]);
      if (aux == "ha" || aux == "han" || aux == "había" || aux == "habría") {
        if (InList(v, kParticiples)) return true;
      }
    }
  }
  if (j + 2 < toks.size() && !toks[j + 1].word && text[toks[j + 1].start] == ',' &&
      toks[j + 2].word) {
    std::string_view w = str(toks[j + 2]);
    // A role after the comma ("X, presidenta de …") or a speech verb but "dijo" (measured:
    // exempting every Spanish speech verb turned persons written "Nombre Apellido, señaló …"
    // into organisations as often as it fixed an organisation).
    if (person_word(w) && w != "dijo") return true;
    // "X, quien …": the relative pronoun of persons (organisations take "que", "la cual").
    // Not after "de": "la portavoz del Hospital X, quien …" speaks of the person before.
    if (w == "quien") {
      size_t k = b;
      if (k >= 1 && toks[k - 1].word &&
          InList(str(toks[k - 1]), function_words::kDefiniteArticlesEs)) {
        --k;
      }
      const std::string_view prep = k >= 1 && toks[k - 1].word ? str(toks[k - 1]) : "";
      if (prep != "de" && prep != "del") return true;
    }
    // "X, de 40 años", "X, del partido …"
    if (w == "de" && j + 4 < toks.size() && scan::IsDigit(text[toks[j + 3].start]) &&
        str(toks[j + 4]) == "años") {
      return true;
    }
    if (w == "del" && j + 3 < toks.size() &&
        (str(toks[j + 3]) == "partido" || str(toks[j + 3]) == "movimiento")) {
      return true;
    }
  }
  // A name of two or more words in apposition after a role and what it heads, within the
  // clause ("el vicepresidente segundo del Gobierno, X Y", "la ministra de Hacienda, X Y"):
  // the role's holder. Not a plural role ("los ministros de …, X Y" lists).
  if (j > i && b >= 2 && !toks[b - 1].word && text[toks[b - 1].start] == ',') {
    for (size_t k = b - 1, n = 0; k > 0 && n < 8; --k, ++n) {
      const Tok& p = toks[k - 1];
      if (!p.word) break;  // punctuation: another clause
      const std::string_view w = str(p);
      if (!ner::StartsUpper(w) && scan::PersonRole(w, Lang::kEs)) return true;
    }
  }
  return false;
}

// Spanish: the country name at toks[i] follows "<role> de" / "<role> del" ("la
// vicepresidenta de Colombia", "el presidente del Perú"): the name after it is the role
// holder's.
bool RoleOfCountryEs(std::string_view text, std::span<const Tok> toks, size_t i) {
  if (i < 2 || !toks[i - 1].word || !toks[i - 2].word) return false;
  const std::string_view de = text.substr(toks[i - 1].start, toks[i - 1].end - toks[i - 1].start);
  const std::string_view role = text.substr(toks[i - 2].start, toks[i - 2].end - toks[i - 2].start);
  return (de == "de" || de == "del") && !ner::StartsUpper(role) &&
         scan::PersonRole(role, Lang::kEs);
}

// English: the demonym at toks[i] describes a company the text names: one or two lower-case
// words, the last a company noun, and a capitalised name after them ("Swiss cement firm
// Kellmoor", "Dutch online retail group Voltaro"); the one-word case ("Dutch bank") is the
// caller's. The company is meant, not the country.
template <typename CueAt>
bool CompanyAfterDemonymEn(std::string_view text, std::span<const Tok> toks, size_t i,
                           const CueAt& cue_at) {
  for (size_t k = i + 2; k <= i + 3 && k + 1 < toks.size(); ++k) {
    const Tok& w = toks[k - 1];
    if (!w.word || ner::StartsUpper(text.substr(w.start, w.end - w.start)) ||
        w.start != toks[k - 2].end + 1) {
      return false;
    }
    const Tok& name = toks[k + 1];
    if (cue_at(k) && toks[k].start == w.end + 1 && name.word && name.start == toks[k].end + 1 &&
        ner::StartsUpper(text.substr(name.start, name.end - name.start))) {
      return true;
    }
  }
  return false;
}

// English: whether a word opening a sentence is shaped like a verb's -ing form or an adverb
// ("Combining X, …", "Separately"): no first word of a name (the model knows few such verbs;
// a name so shaped there, "Kettering Bank, …", is lost).
bool VerbOrAdverbShapeEn(std::string_view w) {
  return w.size() > 4 && (w.ends_with("ing") || w.ends_with("ly"));
}

// English: whether a capitalised word opening a sentence is one that opens it before a comma
// or a name and never starts a company's name there: a discourse adverb or connective not
// shaped like one ("Still, Norway's biggest lender, …", "Instead,", "Elsewhere,"; see
// VerbOrAdverbShapeEn), a preposition ("Unlike Kelvor, …", "Like Kelvor, …"; IsPreposition and
// the English ones it lacks) or a descriptor of the name after it ("Rival Kelvor, …").
// REQUIRES: `w` one word. An acronym ("ON", "AT") is never one: only a word whose second letter
// is lower-case. Not words that open company names ("Next", "Under Armour", "Beyond Meat",
// "Plus", "Via").
bool SentenceOpenerEn(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      // discourse adverbs and connectives
      "still", "instead", "elsewhere", "earlier", "later", "hence", "thus", "altogether",
      "nevertheless", "nonetheless", "however", "meanwhile", "meantime", "moreover", "furthermore",
      "besides", "overall", "indeed", "again", "also", "yet", "then", "therefore", "otherwise",
      "likewise", "afterwards", "regardless", "already", "yesterday", "overseas", "abroad",
      "worldwide", "together", "thereafter",
      // prepositions IsPreposition lacks
      "unlike", "despite", "against", "after", "before", "since", "amid", "among", "without",
      // descriptors of the name after them
      "rival", "rivals", "fellow", "former", "peer", "parent", "sister", "competitor"};
  if (w.size() < 2 || w[1] < 'a' || w[1] > 'z') return false;
  return scan::InListLower(w, kWords) || IsPreposition(w);
}

// English: toks[i] is followed by a company noun phrase in apposition: ", the" / ", a" /
// ", an" and up to five words, the last a lower-case cue noun (a possessive may come between:
// "the world's biggest brewer"; a capitalised word only where `place_at` says it names a
// place: "the Italian food group"), closed by punctuation or a lower-case word ("Vendoria, the
// Italian dairy group at the heart of …", "Kelvarro, a Norwegian software firm, said"; not
// "X, the company's chairman", "Separately, the Bank of England said", "Instead, the merged
// Kelvarro group"; a hyphen may join two of the words: "third-biggest"). The phrase may open with a
// place's possessive instead of the article (up to three words `place_at` accepts, then "'s":
// "Kelvarro, Norway's third-biggest lender, said"); `*place_owner` (when given) is set to whether
// it does. The name is the company's, though the model leaves it unlabelled.
template <typename CueAt, typename PlaceAt>
bool CompanyInAppositionEn(std::string_view text, std::span<const Tok> toks, size_t i,
                           const CueAt& cue_at, const PlaceAt& place_at,
                           bool* place_owner = nullptr) {
  auto str = [&](size_t k) { return text.substr(toks[k].start, toks[k].end - toks[k].start); };
  if (i + 4 >= toks.size() || toks[i + 1].word || str(i + 1) != "," || !toks[i + 2].word) {
    return false;
  }
  const std::string_view art = str(i + 2);
  size_t first = i + 3;  // the phrase's first word after its opener
  if (art != "the" && art != "a" && art != "an") {
    // A place's possessive: "Norway's", "South Korea's".
    if (!ner::StartsUpper(art)) return false;
    size_t k = i + 2;
    while (k < toks.size() && k < i + 5 && toks[k].word && ner::StartsUpper(str(k)) &&
           place_at(k)) {
      ++k;
    }
    if (k == i + 2 || k + 2 >= toks.size() || toks[k].word ||
        (str(k) != "'" && str(k) != "\u2019") || str(k + 1) != "s" ||
        toks[k + 1].start != toks[k].end) {
      return false;
    }
    first = k + 2;
  }
  if (place_owner != nullptr) *place_owner = first != i + 3;
  int words = 0;
  for (size_t k = first; k < toks.size() && words < 5; ++k) {
    if (!toks[k].word) {
      if (str(k) == "'" || str(k) == "\u2019") continue;  // "the world's biggest brewer"
      // "Norway's third-biggest lender": a hyphen inside a word.
      if (str(k) == "-" && k + 1 < toks.size() && toks[k - 1].end == toks[k].start &&
          toks[k + 1].start == toks[k].end) {
        continue;
      }
      return false;
    }
    ++words;
    if (ner::StartsUpper(str(k))) {
      if (!place_at(k)) return false;
      continue;
    }
    if (!cue_at(k)) continue;
    if (k + 1 >= toks.size()) return true;
    const Tok& next = toks[k + 1];
    const std::string_view n = str(k + 1);
    if (first != i + 3) {
      // After a place's possessive only a closed phrase, not the name it heads ("Lately,
      // Norway's biggest lender raised …", "Lately, Norway's biggest lender, Dremtek, …").
      if (next.word || (n != "," && n != "." && n != ";" && n != ")")) return false;
      return n != "," || k + 2 >= toks.size() || !toks[k + 2].word || !ner::StartsUpper(str(k + 2));
    }
    return next.word ? !ner::StartsUpper(n)
                     : (n == "," || n == "." || n == ";" || n == ":" || n == ")");
  }
  return false;
}

// Whether an organisation rule (legal form, cue noun, acronym) typed one of toks[i..j].
bool OrgRuleIn(std::span<const Tok> toks, size_t i, size_t j) {
  for (size_t k = i; k <= j; ++k) {
    if (toks[k].org_rule) return true;
  }
  return false;
}

// Spanish saint's titles that open place names ("San Teodoro", "Santa Lucrecia", "Sant
// Feliu", "Santo Tomás").
bool SaintTitleEs(std::string_view w) {
  return w == "San" || w == "Santa" || w == "Sant" || w == "Santo";
}

// Spanish: a feast, a holiday or an observance day ("Semana Santa", "Nochevieja", "el
// Ramadán", "los Carnavales de Villarcos", "el Día de la Madre", "el Día Mundial del Agua"): a
// time, capitalised like a name, never what a figure is about ("Semana Santa" in a title would
// become the article's topic).
bool FeastEs(std::string_view name) {
  // Asked of every mention: most names start with another letter than any feast, and are
  // answered by the first byte.
  if (name.size() < 5) return false;
  static constexpr std::string_view kFeasts[] = {
      "Semana Santa", "Navidad",    "Navidades", "Nochevieja", "Nochebuena", "Ramadán",
      "Carnaval",     "Carnavales", "Cuaresma",  "Año Nuevo",  "Día "};
  static constexpr auto kFirstBytes = [] {
    std::array<bool, 256> first{};
    for (std::string_view f : kFeasts) first[static_cast<unsigned char>(f[0])] = true;
    return first;
  }();
  const char c = name[0];
  if (!kFirstBytes[static_cast<unsigned char>(c)]) return false;
  for (std::string_view f : kFeasts) {
    if (f[0] == c && name.starts_with(f) &&
        (f.back() == ' ' || name.size() == f.size() || name[f.size()] == ' ')) {
      return true;
    }
  }
  return false;
}

// Spanish economic measures written with capitals ("el Producto Interior Bruto de X", "el
// Índice de Precios al Consumo"): what figures measure, never who holds them (like "PIB").
bool EconomicTermEs(std::string_view name) {
  static constexpr std::string_view kTerms[] = {"Producto Interior Bruto", "Producto Interno Bruto",
                                                "Producto Nacional Bruto", "Índice de Precios"};
  if (name.size() < 17 || (name[0] != 'P' && name[0] != '\xC3')) return false;
  for (std::string_view t : kTerms) {
    if (name.starts_with(t)) return true;
  }
  return false;
}

// A German adjective in -isch, capitalised inside a name ("Kommunistische", "Arabischen",
// "Demokratischer"): it needs the noun after it.
bool AdjectiveIschDe(std::string_view w) {
  for (std::string_view end : {"ische", "ischen", "ischer", "isches", "ischem"}) {
    if (w.size() > end.size() + 2 && w.ends_with(end)) return true;
  }
  return false;
}

// Head words of German and international company names that the model reads as common
// words ("General Motors", "Wien Energie", "United Internet", "Servus TV").
bool CompanyHeadDe(std::string_view w) {
  static constexpr std::string_view kHeads[] = {
      "Motors", "Electric", "Airlines", "Airways", "Energie", "Energy", "Internet", "Markt",
      "TV",     "Wind",     "Telekom",  "Solar",   "Pharma",  "Media",  "Systems",  "Capital"};
  return InList(w, kHeads);
}

// German: one of the listed company nouns ("Firma", "Konzern", "Tochter" …), lower-cased.
// Never part of a name with a legal form ("die Firma Pohl AG" is "Pohl AG"), unlike a
// compound with a cue suffix, which may head it ("die Hafengesellschaft Kralstadt GmbH").
bool ListedCompanyNounDe(std::string_view lower) {
  static constexpr std::string_view kCompanyNounsDe[] = {
      "konzern",   "hersteller", "händler",    "betreiber",   "anbieter",    "produzent",
      "versorger", "entwickler", "zulieferer", "versicherer", "unternehmen", "firma",
      "tochter",   "rivale",     "konkurrent", "discounter",  "investor",    "finanzinvestor"};
  return InList(lower, kCompanyNounsDe);
}

// German: a company noun that stands before a company's name without being part of it
// ("Hersteller Kralix", "der Autobauer Tarvik"): a listed one (ListedCompanyNounDe) or a
// word with a cue suffix (kCueSuffixesDe: "Baukonzern"), not a bank, savings bank, institute,
// fund or holding, whose names often open with the noun ("Bank Kralix", "Kralinger
// Holding"). `lower`: w lower-cased.
bool CompanyNounBeforeNameDe(std::string_view w, std::string_view lower) {
  if (ListedCompanyNounDe(lower)) return true;
  if (!IsCueSuffix(w, Lang::kDe)) return false;
  for (std::string_view end : {"bank", "kasse", "institut", "fonds", "holding"}) {
    if (lower.ends_with(end)) return false;
  }
  return true;
}

// Index of the text's language in country_names (de, es, en; English otherwise).
size_t LangIndex(Lang lang) {
  return lang == Lang::kDe ? 0 : lang == Lang::kEs ? 1 : 2;
}

EntityType TypeOf(Label l) {
  switch (l) {
    case ner::kNerPer:
      return EntityType::kPerson;
    case ner::kNerLoc:
      return EntityType::kPlace;
    default:
      return EntityType::kOrg;
  }
}

// Whether `word` (capitalised) also occurs in `text` as a whole word written in lower case.
bool OccursLower(std::string_view text, std::string_view word) {
  std::string lower;
  ner::LowerInto(word, &lower);
  for (size_t p = scan::FindExact(text, lower); p != std::string_view::npos;
       p = scan::FindExact(text, lower, p + 1)) {
    const bool start_ok = p == 0 || !std::isalnum(static_cast<unsigned char>(text[p - 1]));
    const size_t e = p + lower.size();
    const bool end_ok = e >= text.size() || !std::isalnum(static_cast<unsigned char>(text[e]));
    if (start_ok && end_ok) return true;
  }
  return false;
}

// End of the word token that starts at `i` as the tagger cuts it: word characters (the ASCII
// letters and digits 16 bytes at a time), joined across an inner '-' or '&' between word
// characters ("E&E", "Leipnik-Lundenburger"); ORs kInnerHyphen / kInnerAmp into *inner for
// each join. REQUIRES: text[i] starts a word character.
inline size_t WordPartsEnd(std::string_view text, size_t i, uint8_t* inner) {
  bool word = false;
  while (i < text.size()) {
    i = scan::AsciiAlnumEnd(text, i);
    // Most words end at a blank: no character to classify, no join to test.
    if (i >= text.size() || text[i] == ' ') break;
    const size_t l = scan::CharInfo(text, i, &word);
    if (word) {
      i += l;
      continue;
    }
    if ((text[i] == '-' || text[i] == '&') && i + 1 < text.size()) {
      bool next_word = false;
      scan::CharInfo(text, i + 1, &next_word);
      if (next_word) {
        *inner |= text[i] == '-' ? kInnerHyphen : kInnerAmp;
        ++i;
        continue;
      }
    }
    break;
  }
  return i;
}

// WordPartsEnd, and an Irish or Italian surname's prefix "O"/"D" joins across its apostrophe
// ('\'' or U+2019) to the capitalised rest ("O'Kerrigan", "D’Alvano"), which is no word of its
// own. REQUIRES: text[i] starts a word character.
inline size_t NameTokenEnd(std::string_view text, size_t i, uint8_t* inner) {
  const size_t e = WordPartsEnd(text, i, inner);
  // Only a one-letter word is tested: most words are longer.
  if (e != i + 1 || (text[i] != 'O' && text[i] != 'D') || e + 2 >= text.size()) return e;
  const size_t a = text[e] == '\'' ? 1 : (text.substr(e, 3) == "\xE2\x80\x99" ? 3 : 0);
  if (a == 0 || e + a + 1 >= text.size() || text[e + a] < 'A' || text[e + a] > 'Z' ||
      text[e + a + 1] < 'a' || text[e + a + 1] > 'z') {
    return e;
  }
  return WordPartsEnd(text, e + a, inner);
}

// Spanish words before which a capitalised word is a common noun, not a name: indefinite
// articles, demonstratives, quantifiers and number words ("un Informe", "este Informe",
// "varios Informes", "tres Informes"). A name takes the definite article or none.
constexpr std::string_view kCommonDeterminersEs[] = {
    "algunas",   "algunos", "aquel",  "aquella",   "aquellas",  "aquellos", "cada",   "cinco",
    "cualquier", "cuatro",  "diez",   "diversas",  "diversos",  "dos",      "esa",    "esas",
    "ese",       "esos",    "esta",   "estas",     "este",      "estos",    "muchas", "muchos",
    "ninguna",   "ningún",  "nueve",  "numerosas", "numerosos", "ocho",     "otra",   "otras",
    "otro",      "otros",   "seis",   "siete",     "tres",      "un",       "una",    "unas",
    "unos",      "varias",  "varios",
};
// Their ner::LowerHash values, sorted: a word is looked up by the hash the tagger has anyway.
struct DeterminerHashesEs {
  std::array<uint64_t, std::size(kCommonDeterminersEs)> h{};
  DeterminerHashesEs() {
    for (size_t i = 0; i < h.size(); ++i) h[i] = ner::LowerHash(kCommonDeterminersEs[i]);
    std::sort(h.begin(), h.end());
  }
  bool Has(uint64_t word_hash) const { return std::binary_search(h.begin(), h.end(), word_hash); }
};
const DeterminerHashesEs& DeterminersEs() {
  static const DeterminerHashesEs kHashes;
  return kHashes;
}

// Whether text[e..] is " <number>[, <number>]…[ y <number>] de"/"del" (a number: digits,
// inner '.', a closing 'º'/'ª'): the number of a part of a document after its label word.
bool NumberedPartEs(std::string_view text, size_t e) {
  const size_t n = text.size();
  int numbers = 0;
  for (;;) {
    if (e >= n || text[e] != ' ') return false;
    ++e;
    if (e >= n || !std::isdigit(static_cast<unsigned char>(text[e]))) return false;
    while (e < n && (std::isdigit(static_cast<unsigned char>(text[e])) ||
                     (text[e] == '.' && e + 1 < n &&
                      std::isdigit(static_cast<unsigned char>(text[e + 1]))))) {
      ++e;
    }
    if (text.substr(e, 2) == "\xC2\xBA" || text.substr(e, 2) == "\xC2\xAA") e += 2;  // º ª
    if (++numbers > 8) return false;
    if (e < n && text[e] == ',') ++e;
    if (text.substr(e, 3) == " y ") e += 2;
    if (text.substr(e, 4) == " de " || text.substr(e, 5) == " del ") return true;
  }
}

// Calls fn(p) for the positions p of `text` where a space is followed by an ASCII capital or
// a two-byte Latin-1 lead byte (0xC3): 16 bytes at a time (SSE2); fn checks the capital.
template <typename Fn>
void ForEachSpaceBeforeCapital(std::string_view text, Fn&& fn) {
  const size_t n = text.size();
  const char* d = text.data();
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i below_a = _mm_set1_epi8('A' - 1);
  const __m128i above_z = _mm_set1_epi8('Z' + 1);
  const __m128i lead = _mm_set1_epi8(static_cast<char>(0xC3));
  size_t p = 0;
  for (; p + 17 <= n; p += 16) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + p));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + p + 1));
    const __m128i cap =
        _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(b, below_a), _mm_cmplt_epi8(b, above_z)),
                     _mm_cmpeq_epi8(b, lead));
    auto mask =
        static_cast<uint32_t>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, space), cap)));
    for (; mask != 0; mask &= mask - 1) fn(p + static_cast<size_t>(__builtin_ctz(mask)));
  }
  for (; p + 1 < n; ++p) {
    if (d[p] == ' ') fn(p);
  }
}

// The capitalised words of a Spanish text that some use shows to be common nouns: written
// right after a word of kCommonDeterminersEs ("un Informe", "este Informe"), or as the
// label of a numbered part after a definite article ("el Capítulo 4º de la Orden"). Lower-cased
// word hashes (ner::LowerHash, as the tagger's word_hash), sorted. One pass over the text.
void CollectCommonUseEs(std::string_view text, std::vector<uint64_t>* out) {
  out->clear();
  const size_t n = text.size();
  ForEachSpaceBeforeCapital(text, [&](size_t p) {
    if (!ner::StartsUpper(text.substr(p + 1, 2))) return;
    // The word before the space: ASCII letters and two-byte letters ("ningún"). (A letter
    // test without std::isalpha, a libc call per byte; the "C" locale's letters are ASCII's.)
    auto letter_or_high = [](char ch) {
      const auto c = static_cast<unsigned char>(ch);
      return static_cast<unsigned char>((c | 0x20) - 'a') < 26 || c >= 0x80;
    };
    size_t b = p;
    while (b > 0 && p - b <= 9 && letter_or_high(text[b - 1])) --b;
    if (p - b < 2 || p - b > 9 || (b > 0 && static_cast<unsigned char>(text[b - 1]) >= 0x80)) {
      return;
    }
    const std::string_view prev = text.substr(b, p - b);
    // The first byte and length of the determiners rule out most words ("de", "la", "el")
    // before the hash and its search (a word that folds to a determiner has its shape).
    static constexpr scan::WordShapes kDeterminerShapes(kCommonDeterminersEs);
    const bool determiner =
        kDeterminerShapes.Maybe(prev) && DeterminersEs().Has(ner::LowerHash(prev));
    auto is = [&](std::string_view a) {
      return prev.size() == a.size() && scan::LowerAscii(prev[0]) == a[0] &&
             prev.substr(1) == a.substr(1);
    };
    const bool article = !determiner && (is("el") || is("los") || is("del") || is("al"));
    if (!determiner && !article) return;
    // The capitalised word: as the tokenizer cuts it (letters and digits, inner '-' / '&').
    uint8_t inner = 0;
    const size_t e = NameTokenEnd(text, p + 1, &inner);
    if (!determiner) {
      // After "el"/"los"/"del"/"al": a numbered part of a document ("el Capítulo 6º de la
      // Orden", "los Capítulos 2, 5 y 8 del Decreto"): numbers, then "de"/"del".
      if (NumberedPartEs(text, e)) out->push_back(ner::LowerHash(text.substr(p + 1, e - p - 1)));
      return;
    }
    // Not the first word of a longer name: "un Universidad de Chile práctico".
    size_t q = e;
    if (text.substr(q, 4) == " de ") {
      q += 3;
    } else if (text.substr(q, 5) == " del ") {
      q += 4;
    }
    if (q + 1 < n && text[q] == ' ' && ner::StartsUpper(text.substr(q + 1, 2))) return;
    out->push_back(ner::LowerHash(text.substr(p + 1, e - p - 1)));
  });
  std::sort(out->begin(), out->end());
}

// Whole-word occurrence of `w` in text other than at `skip` (npos: anywhere). A word's
// neighbours are no ASCII letter or digit and no byte of a multi-byte letter.
bool OccursElsewhere(std::string_view text, std::string_view w, size_t skip) {
  for (size_t p = scan::FindExact(text, w); p != std::string_view::npos;
       p = scan::FindExact(text, w, p + 1)) {
    if (p == skip) continue;
    bool before_ok = p == 0 || !(scan::IsAsciiAlnum(text[p - 1]) ||
                                 static_cast<unsigned char>(text[p - 1]) >= 0x80);
    size_t e = p + w.size();
    bool after_ok = e >= text.size() ||
                    !(scan::IsAsciiAlnum(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80);
    if (before_ok && after_ok) return true;
  }
  return false;
}

// German words before which a capitalised word is a counted common noun, not a name: the
// indefinite article, "kein", quantifiers, number and scale words ("ein Barrel", "zwölf
// Haie", "30 Millionen Barrel"). A name is not counted.
constexpr std::string_view kCountingWordsDe[] = {
    "acht",       "beide",   "beiden",    "dreißig", "drei",     "dutzende",   "ein",
    "eine",       "einem",   "einen",     "einer",   "eines",    "einige",     "einigen",
    "elf",        "etliche", "etlichen",  "fünf",    "hunderte", "jede",       "jedem",
    "jeden",      "jeder",   "jedes",     "kein",    "keine",    "keinem",     "keinen",
    "keiner",     "keines",  "manche",    "manchen", "mehrere",  "mehreren",   "milliarde",
    "milliarden", "million", "millionen", "neun",    "sechs",    "sieben",     "tausende",
    "vier",       "viele",   "vielen",    "wenige",  "wenigen",  "zahlreiche", "zahlreichen",
    "zehn",       "zwanzig", "zwei",      "zwölf",
};
// German: whether the word before the blank at p - 1 counts the word at p: a word of
// kCountingWordsDe or a number of digits ("12 Demonstranten", "1.500 Haie"; not a year
// "2015 Zorbel", not an ordinal "3. Zorbel"). REQUIRES: p >= 2, text[p - 1] == ' '.
bool CountedAt(std::string_view text, size_t p) {
  auto word_byte = [&](size_t i) { return scan::IsWordOrHigh(text[i]); };
  // The word before the space.
  size_t b = p - 1;
  while (b > 0 && p - 1 - b < 12 &&
         (word_byte(b - 1) || text[b - 1] == '.' || text[b - 1] == ',')) {
    --b;
  }
  const std::string_view prev = text.substr(b, p - 1 - b);
  if (prev.empty() || (b > 0 && word_byte(b - 1))) return false;
  if (scan::IsDigit(prev[0])) {
    // Digits with inner ',' or '.' before groups of three ("1.500", "2,5"), ending in a
    // digit; not a year, nor a version ("Android 6.0 Marshmallow").
    bool number = scan::IsDigit(prev.back());
    for (size_t k = 0; k < prev.size() && number; ++k) {
      const char c = prev[k];
      number = scan::IsDigit(c) || c == ',' ||
               (c == '.' && k + 3 < prev.size() && scan::IsDigit(prev[k + 1]) &&
                scan::IsDigit(prev[k + 2]) && scan::IsDigit(prev[k + 3]) &&
                (k + 4 == prev.size() || !scan::IsDigit(prev[k + 4])));
    }
    const bool year = prev.size() == 4 && (prev.starts_with("19") || prev.starts_with("20"));
    return number && !year;
  }
  // A length and first-letter test rules out most words before a name ("der", "von").
  static const scan::LowerWordSet kCounting(kCountingWordsDe);
  return prev.size() >= 3 && kCounting.Contains(prev);
}

// German: whether `text` counts the capitalised word `w` somewhere (CountedAt), and not as
// the first word of a longer name (no capitalised word follows). Such a word is a common
// noun wherever it stands. `products`: a count of a model ("ein Pexolin 5", a digit after
// the word) counts too; false for the brand rule, which reads such a word as a maker's.
// Not inlined: asked only for the words that pass BareName or the brand rule.
[[gnu::noinline]] bool CountedDe(std::string_view text, std::string_view w, bool products = true) {
  auto word_byte = [&](size_t i) { return scan::IsWordOrHigh(text[i]); };
  for (size_t p = scan::FindExact(text, w); p != std::string_view::npos;
       p = scan::FindExact(text, w, p + 1)) {
    const size_t e = p + w.size();
    if (p < 2 || text[p - 1] != ' ' || (e < text.size() && (word_byte(e) || text[e] == '-'))) {
      continue;
    }
    if (e + 1 < text.size() && text[e] == ' ' && ner::StartsUpper(text.substr(e + 1, 2))) continue;
    if (!products && e + 1 < text.size() && text[e] == ' ' && scan::IsDigit(text[e + 1])) continue;
    if (CountedAt(text, p)) return true;
  }
  return false;
}

// The uses of a capitalised German word that make it a common noun (CommonNounUseDe).
enum NounUse : uint8_t {
  kNounCounted = 1,
  kNounAfterAdjective = 2,
  kNounGlued = 4,
  kNounLowerCase = 8,  // written in lower case as a word of its own ("gelb und rot")
  kNounGluedHead = 16  // the first part of a longer word ("Torfkontamination", "Moornacht")
};

// German determiners before an adjective and a noun ("die diesjährige Matura", "ein
// unangenehmer Gegner").
constexpr std::string_view kDeterminersDe[] = {
    "der",   "die",   "das",   "den",   "dem",    "des",    "ein",  "eine", "einen",
    "einem", "einer", "eines", "diese", "dieser", "diesen", "kein", "keine"};

// Does `text` contain `lower` (a lower-cased word) as a whole word written in lower case?
bool WrittenLowerCase(std::string_view text, std::string_view lower) {
  return OccursElsewhere(text, lower, std::string_view::npos);
}

// Spanish: WrittenLowerCase of the capitalised word `w` (ner::LowerHash `h`), asked once per
// word of a text: `common_es` keeps the answers for the text's other sentences (nullptr:
// none kept). Shared by the capitals rule and LowerCaseNounsAloneEs.
bool WrittenLowerCaseCachedEs(std::string_view text, CommonUseEs* common_es, uint64_t h,
                              std::string_view w) {
  thread_local std::string lower;
  if (common_es != nullptr) {
    for (const auto& [hash, found] : common_es->lower_use) {
      if (hash == h) return found;
    }
  }
  ner::LowerInto(w, &lower);
  const bool found = WrittenLowerCase(text, lower);
  if (common_es != nullptr) common_es->lower_use.emplace_back(h, found);
  return found;
}

// German: whether `stem` (an adjective's form without its ending "-en") ends like a derived
// adjective: -sch, -al, -lich, -iv, -ig ("Europäisch", "National", "Freisinnig", "Aktiv").
// REQUIRES nothing; a stem of fewer than three bytes is none.
bool DerivedAdjectiveStemDe(std::string_view stem) {
  if (stem.size() < 3) return false;
  for (std::string_view suffix : {"sch", "al", "lich", "iv", "ig"}) {
    if (stem.size() > suffix.size() && stem.ends_with(suffix)) return true;
  }
  return false;
}

// The word just before `start` across one or more spaces ("der" in "der Kralen"): ASCII
// letters and digits only, and not the tail of a word with a multi-byte letter; empty when
// there is none. REQUIRES start <= text.size().
std::string_view WordBeforeAscii(std::string_view text, size_t start) {
  size_t e = start;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e == start) return {};
  size_t b = e;
  while (b > 0 && scan::IsAsciiAlnum(text[b - 1])) --b;
  if (b == e || (b > 0 && static_cast<unsigned char>(text[b - 1]) >= 0x80)) return {};
  return text.substr(b, e - b);
}

// German: a name of two or more words opening with inflected adjectives after an article of
// a singular case ("der Europäischen Zentralbank", "beim Internationalen Währungsfonds",
// "des Deutschen Archäologischen Instituts") is named in the nominative: each adjective's -en
// becomes -e, and after "des" the last word loses its genitive -s / -es ("Europäische
// Zentralbank", "Deutsche Archäologische Institut"). An adjective is a word of six or more
// bytes in -en whose stem passes DerivedAdjectiveStemDe. Not a plural ("der Vereinigten
// Staaten", "den Olympischen Spielen": after der/den/zur only when the last word ends in none
// of -e, -en, -s; "des", "dem", "im", "vom", "zum", "beim", "am" are singular), nor a name
// without an article.
void NominativeAdjectiveDe(std::string_view text, size_t start, std::string* entity) {
  auto adjective = [](std::string_view w) {  // "-schen", "-alen", "-lichen", "-igen"
    return w.size() >= 6 && w.ends_with("en") && DerivedAdjectiveStemDe(w.substr(0, w.size() - 2));
  };
  const size_t last_sp = entity->rfind(' ');
  if (last_sp == std::string::npos ||
      !adjective(std::string_view(*entity).substr(0, entity->find(' ')))) {
    return;
  }
  const std::string_view article = WordBeforeAscii(text, start);
  if (article.empty()) return;
  const bool genitive = scan::EqualsLowerAscii(article, "des");
  bool singular = genitive;
  for (std::string_view a : {"dem", "im", "vom", "zum", "beim", "am"}) {
    singular = singular || scan::EqualsLowerAscii(article, a);
  }
  if (!singular) {
    bool der = false;
    for (std::string_view a : {"der", "den", "zur"})
      der = der || scan::EqualsLowerAscii(article, a);
    const std::string_view name = *entity;
    singular = der && !name.ends_with('e') && !name.ends_with("en") && !name.ends_with('s');
  }
  if (!singular) return;
  std::string out;
  out.reserve(entity->size());
  size_t p = 0;
  bool leading = true;
  while (p < entity->size()) {
    size_t q = entity->find(' ', p);
    if (q == std::string::npos) q = entity->size();
    std::string_view w = std::string_view(*entity).substr(p, q - p);
    if (!out.empty()) out += ' ';
    if (q == entity->size()) {
      // "Bundestages" -> "Bundestag", "Instituts" -> "Institut"; "Fonds" keeps its -s.
      if (genitive && w.size() > 4 && w.back() == 's' && !w.ends_with("ds") && !w.ends_with("ss") &&
          !w.ends_with("us")) {
        const bool es = w.ends_with("es") &&
                        std::string_view("aeiouy").find(scan::LowerAscii(w[w.size() - 3])) ==
                            std::string_view::npos;
        w.remove_suffix(es ? 2 : 1);
      }
    } else if (leading && adjective(w)) {
      w.remove_suffix(1);  // "-en" -> "-e"
    } else {
      leading = false;
    }
    out += w;
    p = q + 1;
  }
  *entity = std::move(out);
}

// German: whether the short stem `stem` ("Blau" of "Blauen") is an adjective by the text's
// own use: written in lower case with or without an adjective's ending ("blau", "blaue",
// "blauen", "blauer", "blaues", "blauem"), or capitalised with the strong ending "-er" ("ein
// Blauer") somewhere in `text`. A noun ("Pirat", "Löwe") is written neither way. REQUIRES
// stem is not empty.
bool AdjectiveInTextDe(std::string_view text, std::string_view stem) {
  std::string lower(stem);
  const auto first = static_cast<unsigned char>(lower[0]);
  if (first < 0x80) {
    lower[0] = scan::LowerAscii(lower[0]);
  } else if (first == 0xC3 && lower.size() > 1 && static_cast<unsigned char>(lower[1]) >= 0x80 &&
             static_cast<unsigned char>(lower[1]) <= 0x9E) {
    lower[1] = static_cast<char>(static_cast<unsigned char>(lower[1]) + 0x20);  // "Ü" -> "ü"
  } else {
    return false;
  }
  if (lower == stem) return false;  // not capitalised
  if (OccursElsewhere(text, std::string(stem) + "er", std::string_view::npos)) return true;
  const size_t n = lower.size();
  for (std::string_view ending : {"", "e", "en", "er", "es", "em"}) {
    lower.resize(n);
    lower += ending;
    if (WrittenLowerCase(text, lower)) return true;
  }
  return false;
}

// German: whether `stem` (capitalised, without the ending "-en") is a basic colour adjective,
// the stem of a party or camp named by its colour ("die Grünen", "den Schwarzen", "der
// Pinken"): an adjective whatever the text writes elsewhere. Not "Orange" (the noun's
// plural "Orangen"), nor an inflected or compound colour ("Hellblau").
bool ColourStemDe(std::string_view stem) {
  return InList(stem, {"Grün", "Rot", "Blau", "Schwarz", "Gelb", "Weiß", "Braun", "Pink", "Türkis",
                       "Violett"});
}

// German: a one-word name that is an adjective used as a noun, a party's or group's name in
// the plural or an oblique case after a definite article or demonstrative (IsArticle: "die
// Liberalen", "den Blauen", "der Freisinnigen"), is named in its nominative without the
// article: "-en" becomes "-e" ("Liberale", "Blaue", "Freisinnige"). The adjective is told by
// its stem: one ending like a derived adjective (DerivedAdjectiveStemDe), a colour
// (ColourStemDe: "die Grünen" -> "Grüne"), or one of three to five characters that the text
// writes in lower case as an adjective (AdjectiveInTextDe:
// "Blau" with "blaue Fahnen"). Not a noun's plural or oblique case ("die Volksbanken", "die
// Piraten", "den Löwen"), nor a word without the article ("Liberalen-Chefin").
void NominalizedAdjectiveDe(std::string_view text, size_t start, std::string* entity) {
  const std::string_view w = *entity;
  if (w.size() < 5 || !w.ends_with("en") || w.find(' ') != std::string_view::npos ||
      w.find('-') != std::string_view::npos) {
    return;
  }
  if (!IsArticle(WordBeforeAscii(text, start))) return;
  const std::string_view stem = w.substr(0, w.size() - 2);
  if (!DerivedAdjectiveStemDe(stem) && !ColourStemDe(stem)) {
    const auto chars = static_cast<size_t>(std::count_if(stem.begin(), stem.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
    if (chars < 3 || chars > 5 || !AdjectiveInTextDe(text, stem)) return;
  }
  entity->pop_back();  // "-en" -> "-e"
}

// Spanish: generic words of government that name a body the text makes clear elsewhere ("el
// Gobierno", "el Estado"): attribution reads them as such (never common nouns here).
// So are a party named by its adjective ("el opositor Liberal" … "la candidata liberal"), a
// crowned head or a church ("la Reina" … "la reina Ana"), and the heads of a hospital's or a
// museum's name.
constexpr std::string_view kGovernmentWordsEs[] = {
    "Gobierno",   "Estado",      "Ejecutivo",    "Partido",     "Congreso",      "Senado",
    "Parlamento", "Comunidad",   "Ayuntamiento", "Generalitat", "Hacienda",      "Presidencia",
    "Bolsa",      "Banco",       "Caja",         "Gobernación", "Municipalidad", "Alcaldía",
    "Diputación", "Cabildo",     "Liberal",      "Liberales",   "Conservador",   "Conservadores",
    "Socialista", "Socialistas", "Popular",      "Populares",   "Republicano",   "Republicanos",
    "Demócrata",  "Demócratas",  "Laborista",    "Laboristas",  "Comunista",     "Comunistas",
    "Verdes",     "Rey",         "Reina",        "Papa",        "Iglesia",       "Vaticano",
    "Hospital",   "Clínica",     "Museo"};

// Spanish words right before a capitalised word that make it a common noun there: an
// article or a determiner ("la Subasta", "unas Jornadas", "este Torneo") or "llamado"
// ("los llamados Huertos"). A party or a company named by a common word stands bare, as a
// subject or after a preposition ("Avanzamos logró …", "votos de Avanzamos").
constexpr std::string_view kNounDeterminersEs[] = {
    "el",         "la",         "los",         "las",        "del",   "al",      "un",
    "una",        "unos",       "unas",        "este",       "esta",  "estos",   "estas",
    "ese",        "esa",        "esos",        "esas",       "aquel", "aquella", "llamado",
    "llamada",    "llamados",   "llamadas",    "dicho",      "dicha", "dichos",  "dichas",
    "denominado", "denominada", "denominados", "denominadas"};

// Spanish capitalises names only, so the model labels an unknown or ambiguous capitalised
// word a name from its shape and context; a one-word "name" that stands after an article or
// a determiner (kNounDeterminersEs) and that the same text also writes in lower case is a
// common noun capitalised for a heading, a label or emphasis ("la Subasta" … "la subasta
// empezó"): no name, so the figure's own place or body can take it. A name spelled like a
// common word stands bare ("Avanzamos obtuvo …" … "avanzamos poco"), and keeps its label.
// Only a word labelled an organisation on its own (no name token right before or
// after it), shaped "Xx", of four letters or more; not a word a rule made a name, a country,
// a demonym, a joined word ("Tecno-X"), a given name, an institution's or public body's head
// word, a generic word of government (kGovernmentWordsEs: "el Gobierno" … "el gobierno" is
// still the government) nor a portfolio (PortfolioEs: "la Economía" for its ministry); not
// the first or last word of a longer name across "de", "del", "de la", "y" or a capitalised
// article. Places keep their label: a place named with its article is often a common word
// ("la Mancha", "las Baleares" … "las islas baleares"). The lower-case use is asked last,
// through the text's cache `common_es` (WrittenLowerCaseCachedEs).
void LowerCaseNounsAloneEs(std::string_view text, std::span<Tok> toks,
                           std::span<const uint32_t> cands, CommonUseEs* common_es) {
  auto name_at = [&](size_t k) {
    return k < toks.size() && toks[k].word &&
           (toks[k].known ||
            (toks[k].candidate && (toks[k].label != ner::kNerO || toks[k].country >= 0)));
  };
  // The part of a longer name across "de" / "del" / "y", also with an article after "de"
  // ("Feria de Cometas", "Museo del Viento", "Ruta de las Norias", "Peña de los
  // Gaiteros"): the word k is one, reading to the right (dir 1) or to the left (dir -1).
  auto tok_is = [&](size_t j, std::initializer_list<std::string_view> words) {
    return j < toks.size() && toks[j].word &&
           InList(text.substr(toks[j].start, toks[j].end - toks[j].start), words);
  };
  auto capital_at = [&](size_t j) {
    return j < toks.size() && toks[j].word &&
           (toks[j].known || (toks[j].candidate && !toks[j].first));
  };
  auto joined_name = [&](size_t k) {
    const size_t n = toks.size();
    if (tok_is(k + 1, {"de", "del", "y"}) && capital_at(k + 2)) return true;
    if (tok_is(k + 1, {"de"}) && tok_is(k + 2, {"la", "los", "las"}) && capital_at(k + 3)) {
      return true;
    }
    // A capitalised article right after it opens the rest of the name ("Teatro La Veleta").
    if (tok_is(k + 1, {"La", "El", "Los", "Las"}) && toks[k + 1].start == toks[k].end + 1) {
      return true;
    }
    if (k >= 2 && tok_is(k - 1, {"de", "del", "y", "en"}) && capital_at(k - 2)) return true;
    return k >= 3 && k - 3 < n && tok_is(k - 1, {"la", "los", "las"}) && tok_is(k - 2, {"de"}) &&
           capital_at(k - 3);
  };
  // A word of kNounDeterminersEs: its length (2 to 11 bytes) and first letter ("a", "d",
  // "e", "l", "u") rule out most words before the list.
  auto noun_determiner = [&](const Tok& p) {
    const size_t len = p.end - p.start;
    if (!p.word || len < 2 || len > 11) return false;
    const char c = text[p.start];
    if (c != 'a' && c != 'd' && c != 'e' && c != 'l' && c != 'u') return false;
    return InList(text.substr(p.start, len), kNounDeterminersEs);
  };
  thread_local std::string lower;
  for (const size_t k : cands) {
    Tok& t = toks[k];
    if (t.label != ner::kNerOrg || t.org_rule || t.country >= 0 || t.demonym >= 0 || t.inner != 0 ||
        (t.lex & kLexGivenName) != 0 || t.end - t.start < 4 || k == 0 ||
        !noun_determiner(toks[k - 1]) || name_at(k + 1) || joined_name(k)) {
      continue;
    }
    const std::string_view w = text.substr(t.start, t.end - t.start);
    if (InstitutionHeadEs(w) || ner::PublicBodyHeadEs(w) || InList(w, kGovernmentWordsEs)) {
      continue;
    }
    // "Xx": only the first letter (one byte, or two of a Latin-1 capital: "Área") changes.
    ner::LowerInto(w, &lower);
    // A ministry named by its portfolio ("Economía trabaja con …" … "la economía").
    if (PortfolioEs(lower)) continue;
    const size_t first = static_cast<unsigned char>(w[0]) == 0xC3 ? 2 : 1;
    if (lower.compare(0, first, w.substr(0, first)) == 0 ||
        lower.compare(first, std::string::npos, w.substr(first)) != 0) {
      continue;
    }
    if (WrittenLowerCaseCachedEs(text, common_es, ner::LowerHash(w), w)) t.label = ner::kNerO;
  }
}

}  // namespace

namespace ner {
// LegalFormAt's two-byte test first: most words are rejected by it.
bool IsLegalFormWord(std::string_view word) {
  return !word.empty() && LegalFormAt(word, 0) == word.size();
}
bool IsLegalFormWordNotNoun(std::string_view word) {
  return IsLegalFormWord(word) &&
         std::ranges::find(kLegalFormNouns, word) == std::end(kLegalFormNouns);
}
}  // namespace ner

void NameTagger::Impl::Sentence(std::string_view text, Lang lang, Field field, std::span<Tok> toks,
                                std::span<const uint32_t> cands, std::vector<EntityMention>* out,
                                BareWords* bare, CommonUseEs* common_es) const {
  if (toks.empty()) return;
  thread_local std::string lower, key, lower_entity;
  thread_local std::vector<TokMemo> memo;
  thread_local std::vector<uint8_t> have;  // MemoBit per token
  alignas(64) thread_local std::array<WordScore, kWordCacheSize> word_scores;
  WordScore uncached;
  static const ner::TokenInfo kEdge = ner::EdgeInfo();
  if (memo.size() < toks.size()) memo.resize(toks.size());
  have.assign(toks.size(), 0);
  // Per token: its key in the demonym table when it passes Demonym's filters, else 0.
  thread_local std::vector<uint64_t> dem_keys;
  dem_keys.assign(toks.size(), 0);
  uint64_t feats[ner::kMaxFeatures] = {};  // = {}: GCC cannot see n bounds the reads
  const ner::FeatureBases& bases = Bases(lang);
  auto str = [&](const Tok& t) { return std::string_view(text.data() + t.start, t.end - t.start); };
  auto lower_of = [&](const Tok& t) -> const std::string& {
    ner::LowerInto(str(t), &lower);
    return lower;
  };
  // Per-token facts, each computed once (MemoBit).
  auto describe = [&](size_t k) -> const ner::TokenInfo& {
    TokMemo& m = memo[k];
    if (!(have[k] & kHaveInfo)) {
      if ((have[k] & (kHaveWordShape | kNonAscii)) == kHaveWordShape) {
        // An ASCII token whose word and shape are known: only its affixes are missing.
        ner::DescribeAsciiAffixes(str(toks[k]), &m.info);
      } else {
        m.info = ner::Describe(str(toks[k]), &key);
      }
      m.hash = m.info.word;
      have[k] |= kHaveInfo | kHaveHash;
    }
    return m.info;
  };
  // The memo test inline at every call, the hashing behind a call (the neighbours of
  // consecutive candidates are described once).
  auto describe_word_shape_now = [&](size_t k) __attribute__((noinline)) {
    TokMemo& m = memo[k];
    const bool non_ascii = ner::DescribeWordShape(str(toks[k]), &m.info);
    m.hash = m.info.word;
    have[k] |= kHaveWordShape | kHaveHash | (non_ascii ? kNonAscii : 0);
  };
  auto describe_word_shape = [&](size_t k) __attribute__((always_inline))->const ner::TokenInfo& {
    if (!(have[k] & (kHaveInfo | kHaveWordShape))) describe_word_shape_now(k);
    return memo[k].info;
  };
  auto word_hash = [&](size_t k) -> uint64_t {
    TokMemo& m = memo[k];
    if (!(have[k] & kHaveHash)) {
      m.hash = ner::LowerHash(str(toks[k]));
      have[k] |= kHaveHash;
    }
    return m.hash;
  };
  auto lex_of = [&](size_t k) -> uint8_t {
    TokMemo& m = memo[k];
    if (!(have[k] & kHaveLex)) {
      m.lex = LexByHash(word_hash(k));
      have[k] |= kHaveLex;
    }
    return m.lex;
  };
  // The word k is followed by another capitalised word, directly or after "de"/"del": the
  // first word of a longer name ("Hospital Tomás Verandi", "Ley de Pesca Costera").
  auto starts_longer_name = [&](size_t k) {
    size_t n = k + 1;
    if (n < toks.size() && toks[n].word) {
      const std::string_view nw = str(toks[n]);
      if (nw == "de" || nw == "del") ++n;
    }
    return n < toks.size() && toks[n].word && ner::StartsUpper(str(toks[n]));
  };
  auto common_use_es = [&](size_t k) {
    if (common_es == nullptr) return false;
    if (!common_es->filled) {
      CollectCommonUseEs(text, &common_es->words);
      common_es->filled = true;
    }
    return !common_es->words.empty() &&
           std::binary_search(common_es->words.begin(), common_es->words.end(), word_hash(k));
  };
  // WrittenLowerCase of token k, asked once per word of the text.
  auto written_lower_case_es = [&](size_t k) {
    return WrittenLowerCaseCachedEs(text, common_es, word_hash(k), str(toks[k]));
  };
  // A candidate shaped "Xx" (capitals, then small letters only: "Kralinger", "KRalinger") is
  // neither an acronym nor CamelCase: its shape (described for every candidate in step 1)
  // spares the two scans.
  static const uint64_t kPlainShape = ner::Fnv("Xx");
  auto acronym_or_camel_possible = [&](size_t k) {
    return !(have[k] & (kHaveInfo | kHaveWordShape)) || memo[k].info.shape != kPlainShape;
  };
  // A cue noun before an organisation name ("Versicherer", "empresa", "carmaker").
  auto cue_of = [&](size_t k) -> bool {
    TokMemo& m = memo[k];
    if (!(have[k] & kHaveCue)) {
      const std::string_view w = str(toks[k]);
      m.cue = (kCueNounLengths.May(w) && (lex_of(k) & kLexCue)) || IsCueSuffix(w, lang);
      have[k] |= kHaveCue;
    }
    return m.cue;
  };
  // The word cache's set of each candidate (in cands' order), asked for ahead: the cache is
  // larger than L1 and its sets are mostly cold, so the misses overlap instead of stalling
  // the classifier one candidate after another.
  thread_local std::vector<WordScore*> sets;
  sets.clear();
  // The features the prefetch pass below computes, per candidate (in cands' order), for the
  // classifier to take instead of computing them again: the same functions of the same
  // descriptions (a neighbour described in full later keeps its word and shape). kPreToken:
  // `token` holds ner::TokenFeatures (the set missed the word); kPreContext: `context` holds
  // ner::WordContextFeatures for the previous label O.
  struct PreFeatures {
    uint64_t token[ner::kTokenFeatures];
    uint64_t context[ner::kWordContextFeatures];
    uint8_t have;
  };
  constexpr uint8_t kPreToken = 1, kPreContext = 2;
  thread_local std::vector<PreFeatures> pre;
  if (word_cache) {
    if (pre.size() < cands.size()) pre.resize(cands.size());
    for (const size_t i : cands) {
      const ner::TokenInfo& ws = describe_word_shape(i);
      WordScore* set = &word_scores[((ner::Mix(ws.word, ws.shape) + static_cast<uint64_t>(lang)) &
                                     (kWordCacheSize / 2 - 1)) *
                                    2];
      __builtin_prefetch(set);
      sets.push_back(set);
    }
    // The model's buckets each candidate will read, asked for ahead of the classifier too
    // (the table is larger than L2: one candidate after another, its misses stalled the loop
    // below). Judged by the set as it stands now (the loop may find otherwise after an
    // earlier candidate of the same word: then a prefetch is wasted, nothing else): a word
    // missing from the cache needs its own features, a word the cache knows as neither
    // common nor never a name needs its context features (all but the one of the previous
    // label, asked for the label O). Plainly common words ("Umsatz") need nothing.
    for (size_t c = 0; c < cands.size(); ++c) {
      const size_t i = cands[c];
      const ner::TokenInfo& ws = memo[i].info;
      const WordScore* set = sets[c];
      // Without a branch per field or per way: the hit itself is the one branch on the data,
      // and the fixed-length prefetch loops unroll (their exits mispredicted).
      const auto is = [&](const WordScore& e) { return Holds(e, ws, id, lang); };
      const bool in0 = is(set[0]);
      const bool in1 = is(set[1]);
      const WordScore& e = in0 ? set[0] : set[1];
      PreFeatures& p = pre[c];
      p.have = 0;
      if (!(in0 | in1)) {
        // The lexicon flags of the word, and of the word without a German genitive -s.
        PrefetchLex(ws.word);
        if (lang == Lang::kDe && toks[i].end - toks[i].start > 3 &&
            scan::LowerAscii(text[toks[i].end - 1]) == 's') {
          PrefetchLex(ner::FnvPop(ws.word, 's'));
        }
        ner::TokenFeatures(bases, describe(i), p.token);
        p.have = kPreToken;
        for (const uint64_t x : p.token) __builtin_prefetch(&table[x & mask]);
      } else if (((e.lex_genitive & kLexNever) != 0) | e.common |
                 ((lang == Lang::kEs) & ((e.lex_genitive & kLexNeverEs) != 0))) {
        continue;
      }
      const ner::TokenInfo& prev = i > 0 ? describe_word_shape(i - 1) : kEdge;
      const ner::TokenInfo& next = i + 1 < toks.size() ? describe_word_shape(i + 1) : kEdge;
      ner::WordContextFeatures(bases, prev, memo[i].info, next, toks[i].first, ner::kNerO,
                               p.context);
      p.have |= kPreContext;
      for (const uint64_t x : p.context) __builtin_prefetch(&table[x & mask]);
    }
  }
  size_t next_set = 0;
  // 1. Classifier over capitalised tokens, left to right.
  Label prev_label = ner::kNerO;
  size_t upper_words = 0, words = 0;
  const DemonymGate dem_gate = DemonymGateOf(lang);
  // The tokens step 2 acts on, in text order: the candidates and the words that may be
  // demonyms (dem_keys[i] != 0). It does nothing to any other token (a Tok's demonym is -1
  // until step 2 sets it).
  thread_local std::vector<uint32_t> step2;
  step2.clear();
  for (size_t i = 0; i < toks.size(); ++i) {
    Tok& t = toks[i];
    if (t.word) {
      ++words;
      std::string_view w = str(t);
      if (w.size() >= 2 && ner::StartsUpper(w) &&
          ner::StartsUpper(std::string_view(w.data() + 1, w.size() - 1))) {
        ++upper_words;
      }
      // Step 2 asks every such word whether it is a demonym: its slot, asked for now.
      if (!t.known && MayBeDemonym(
                          dem_gate, w, [&] { return word_hash(i); }, &dem_keys[i])) {
        __builtin_prefetch(&dem[dem_keys[i] & dem_mask]);
        if (!t.candidate) step2.push_back(static_cast<uint32_t>(i));
      }
    }
    if (!t.candidate) {
      if (t.word) prev_label = ner::kNerO;
      continue;
    }
    step2.push_back(static_cast<uint32_t>(i));
    // What the word alone says: its lexicon flags, the summed weights of its own features,
    // whether the model knows it as plainly common ("Umsatz", "Prozent": O whatever its
    // context). From the thread's word cache when the word was seen before.
    const ner::TokenInfo& ws = describe_word_shape(i);
    WordScore* own = &uncached;
    bool hit = false;
    const PreFeatures* pf = nullptr;  // what the prefetch pass computed for this candidate
    if (word_cache) {
      // Two ways per set, the most recently used first: a hit in the second way swaps the
      // two, a miss moves the first to the second and fills the first.
      auto is = [&](const WordScore& e) { return Holds(e, ws, id, lang); };
      pf = &pre[next_set];
      WordScore* set = sets[next_set++];
      own = set;
      if (is(set[0])) {
        hit = true;
      } else if (is(set[1])) {
        std::swap(set[0], set[1]);
        hit = true;
      } else {
        set[1] = set[0];
      }
    }
    if (!hit) {
      own->lex = LexByHash(ws.word);
      own->lex_genitive = own->lex;
      if (lang == Lang::kDe && t.end - t.start > 3 &&
          scan::LowerAscii(text[t.end - 1]) == 's') {  // "Österreichs"
        own->lex_genitive |= LexByHash(ner::FnvPop(ws.word, 's')) & kLexCountryFirst;
      }
      // describe(i): the same word and shape.
      if (pf != nullptr && (pf->have & kPreToken)) {
        ScoreTokenFeatures(describe(i), pf->token, own);
      } else {
        ScoreToken(bases, describe(i), own);
      }
      own->tagger = id;
      own->lang = static_cast<uint8_t>(lang);
    }
    memo[i].lex = own->lex;
    have[i] |= kHaveLex;
    t.lex = own->lex_genitive;
    // A data-size unit right after a number ("16 GB") is never a name, in any later pass.
    if ((t.lex & kLexUnitAfterNumber) && t.start >= 2 &&
        (scan::IsDigit(text[t.start - 1]) ||
         (text[t.start - 1] == ' ' && scan::IsDigit(text[t.start - 2])))) {
      t.lex |= kLexNever;
    }
    if ((t.lex & kLexNever) || (lang == Lang::kEs && (t.lex & kLexNeverEs))) {
      t.label = ner::kNerO;
      prev_label = ner::kNerO;
      continue;
    }
    if (own->common) {
      t.label = ner::kNerO;
      prev_label = ner::kNerO;
      continue;
    }
    t.unknown = !own->known;
    __m128i acc = LoadScores(own->score);
    if (fold_fixed_features) {
      const LabelWeights& w =
          fixed[BasesIndex(lang)][t.first ? 1 : 0][static_cast<size_t>(prev_label)];
      acc = _mm_add_epi16(acc, LoadScores(w.data()));
    }
    const uint64_t* f = feats;  // the context features to look up
    int n = 0;
    if (fold_fixed_features && prev_label == ner::kNerO && pf != nullptr &&
        (pf->have & kPreContext)) {
      // Computed, and their slots asked for, by the prefetch pass (which described the
      // neighbours).
      f = pf->context;
      n = ner::kWordContextFeatures;
    } else {
      // The three descriptions stay in the memo (read in place; describing one neighbour
      // does not move the others).
      const ner::TokenInfo& prev = i > 0 ? describe_word_shape(i - 1) : kEdge;
      const ner::TokenInfo& cur = describe_word_shape(i);
      const ner::TokenInfo& next = i + 1 < toks.size() ? describe_word_shape(i + 1) : kEdge;
      n = fold_fixed_features
              ? ner::WordContextFeatures(bases, prev, cur, next, t.first, prev_label, feats)
              : ner::ContextFeatures(bases, {prev, cur, next, t.first, prev_label}, feats);
      // The table is larger than the L2 cache: fetch all slots at once, then read them.
      for (int k = 0; k < n; ++k) __builtin_prefetch(&table[feats[k] & mask]);
    }
    for (int k = 0; k < n; ++k) acc = AddWeights(acc, Weights(f[k]));
    int16_t score[ner::kNumLabels];
    StoreScores(acc, score);
    int best = 0;
    for (int c = 1; c < ner::kNumLabels; ++c) {
      if (score[c] > score[best]) best = c;
    }
    t.label = static_cast<Label>(best);
    prev_label = t.label;
  }
  // A headline in capitals: most words written in capitals throughout.
  const bool shouting = words >= 4 && upper_words * 10 >= words * 6;

  // German: evidence for unknown capitalised words that may be names (judged per text).
  // English: a capitalised common word with a possessive "'s", not after an article
  // ("Next's shares fell", "at Gap's stores"; not "the Government's"), may be a company named
  // by a common word. Judged per text: twice so, and never written in lower case.
  if (lang == Lang::kEn && bare != nullptr && !shouting) {
    for (const size_t i : cands) {
      const Tok& t = toks[i];
      if (!t.candidate || t.label != ner::kNerO || t.unknown || (t.lex & kLexNever)) continue;
      if (t.end + 1 >= text.size() || text[t.end] != '\'' || text[t.end + 1] != 's') continue;
      if (t.end + 2 < text.size() && std::isalpha(static_cast<unsigned char>(text[t.end + 2]))) {
        continue;
      }
      std::string_view w = str(t);
      if (w.size() < 3 || IsAcronym(w)) continue;
      if (i > 0 && toks[i - 1].word) {
        const std::string& pl = lower_of(toks[i - 1]);
        if (pl == "the" || pl == "a" || pl == "an" || pl == "this" || pl == "that" ||
            ner::StartsUpper(str(toks[i - 1]))) {
          continue;
        }
      }
      BareEvidence& e = bare->Add(w);
      if (e.total == 0) {
        e.start = t.start;
        e.end = t.end;
      }
      ++e.total;
      ++e.bare;
      if (!t.first) ++e.mid;
    }
  }
  if (lang == Lang::kDe && bare != nullptr && !shouting) {
    for (const size_t i : cands) {
      const Tok& t = toks[i];
      if (!t.candidate || t.label != ner::kNerO || (t.lex & (kLexNever | kLexCountryFirst))) {
        continue;
      }
      std::string_view w = str(t);
      // A '-' in a word token always joins two parts (NameTokenEnd sets kInnerHyphen).
      const size_t hy = (t.inner & kInnerHyphen) ? w.find('-') : std::string_view::npos;
      bool hyphen = false;
      if (hy != std::string_view::npos) {
        // "Kralinger-Pleite": the first part, when the model does not know it.
        w = w.substr(0, hy);
        if (w.size() < 3 || IsAcronym(w)) continue;
        const uint64_t h = ner::LowerHash(w);
        if (KnownWord(lang, h) || (LexByHash(h) & (kLexNever | kLexCountryFirst))) continue;
        hyphen = true;
      } else if (!t.unknown || w.size() < 3 ||
                 (acronym_or_camel_possible(i) && (IsAcronym(w) || IsCamelCase(w)))) {
        continue;
      }
      // Without an article: after a preposition, conjunction or auxiliary, in parentheses or
      // quotes, or first in the sentence before a lower-case word ("Kralinger hat").
      bool without = false;
      if (hyphen) {
        // counted as a hyphen use below
      } else if (i > 0 && i + 1 < toks.size() && !toks[i - 1].word && !toks[i + 1].word &&
                 (text[toks[i - 1].start] == '"' || text[toks[i - 1].start] == '\'') &&
                 text[toks[i + 1].start] == text[toks[i - 1].start]) {
        without = true;  // quoted
      } else if (i == 0 || !toks[i - 1].word) {
        const char before = i == 0 ? '\0' : text[toks[i - 1].start];
        const bool next_lower = i + 1 < toks.size() && toks[i + 1].word &&
                                !ner::StartsUpper(str(toks[i + 1])) &&
                                !std::isdigit(static_cast<unsigned char>(text[toks[i + 1].start]));
        without = before == '(' ? i + 1 < toks.size() && text[toks[i + 1].start] == ')'
                                : (t.first || before == ':') && next_lower;
      } else {
        // One lexicon lookup; the words are short and written in lower case inside a sentence.
        std::string_view pw = str(toks[i - 1]);
        without =
            pw.size() <= 9 &&
            ((ner::StartsUpper(pw) ? lex_of(i - 1) : LexByHash(ner::Fnv(pw))) & kLexBareBeforeDe);
      }
      // Other uses only count for a word that already has evidence (no entry per noun).
      BareEvidence* found = nullptr;
      if (bare->MayHold(w)) {
        auto it = bare->map.find(w);
        if (it != bare->map.end()) found = &it->second;
      }
      if (found == nullptr) {
        if (!hyphen && !without) continue;
        found = &bare->Add(w);
        found->start = t.start;
        found->end = static_cast<uint32_t>(t.start + w.size());
      }
      BareEvidence& e = *found;
      ++e.total;
      if (!t.first) ++e.mid;
      if (hyphen) {
        ++e.hyphen;
      } else if (without) {
        if (e.bare == 0) {
          e.start = t.start;
          e.end = t.end;
        }
        ++e.bare;
      }
    }
  }

  // The tokens step 3 looks at: candidates, demonyms and the token before a demonym (in
  // English also the token before a candidate: a compass letter before a place, "S Korea").
  // Its loop jumps from one to the next instead of testing every token (a branch on the
  // data per token, mispredicted at every switch).
  thread_local std::vector<uint64_t> step3;
  step3.assign(toks.size() / 64 + 1, 0);
  auto mark = [&](size_t k) { step3[k >> 6] |= uint64_t{1} << (k & 63); };
  auto next_marked = [&](size_t k) {
    while (k < toks.size()) {
      if (const uint64_t bits = step3[k >> 6] >> (k & 63); bits != 0) {
        return k + static_cast<size_t>(std::countr_zero(bits));
      }
      k = (k | 63) + 1;
    }
    return k;
  };
  for (const size_t k : cands) {
    mark(k);
    if (lang == Lang::kEn && k > 0) mark(k - 1);
  }

  // 2. Rules.
  bool any_place = false;    // some token is a country or a demonym (the English pass below)
  size_t portfolio_end = 0;  // Spanish: tokens before it continue a portfolio (below)
  for (const size_t i : step2) {
    Tok& t = toks[i];
    // Country adjectives and demonyms: "die polnischen Banken", "los mexicanos", "Austrian".
    if (t.word && !t.known && !shouting) {
      t.demonym = static_cast<int16_t>(dem_keys[i] != 0 ? DemonymOfKey(dem_keys[i]) : -1);
      if (t.demonym >= 0) {
        any_place = true;
        mark(i);
        if (i > 0) mark(i - 1);
      }
    }
    if (!t.candidate) continue;
    std::string_view w = str(t);
    if (t.lex & kLexNever) continue;
    // Spanish: the rest of a minister's portfolio chain the rule below began ("ministro de
    // Economía y Hacienda", "ministra de Economía, Industria y Competitividad").
    if (i < portfolio_end) {
      t.label = ner::kNerO;
      continue;
    }
    // Spanish: a word shaped like a preterite before a lower-case word ("joven Inició un
    // largo proceso", "Trascendió que …", "Ana Ruiz Anunció que …") is a verb written with a
    // capital, no name nor part of one. Not after an article or a preposition, which govern a
    // noun ("La Comissió aprobó", "de Televisió", "con Fundació"; IsArticle has no indefinite
    // one: "una Fundació"; after "y" a verb: "llegó y Anunció que"), nor after one
    // capitalised word after no other (a first name, the word a surname: "el pintor Julián
    // Ferrió dijo"; "Ana Ruiz Anunció" drops it).
    // A Catalan noun in -ció / -sió is followed by "de", "del", "d" (of "d'"), "i", "per", an
    // article ("la", "el", "l") or "general" ("Associació de Veïns", "Fundació la Pedrera");
    // a verb by anything else in lower case.
    bool catalan_noun = false;
    if (lang == Lang::kEs && PreteriteShapeEs(w, &catalan_noun) && i + 1 < toks.size() &&
        toks[i + 1].word && !ner::StartsUpper(str(toks[i + 1])) &&
        !(i > 0 && toks[i - 1].word &&
          (IsArticle(str(toks[i - 1])) || IsPrepositionProper(str(toks[i - 1])) ||
           scan::InListLower(str(toks[i - 1]), {"un", "una"}) ||
           (ner::StartsUpper(str(toks[i - 1])) &&
            !(i > 1 && toks[i - 2].word && ner::StartsUpper(str(toks[i - 2])))))) &&
        !(catalan_noun && scan::InListLower(str(toks[i + 1]), {"de", "del", "d", "i", "per", "la",
                                                               "el", "l", "general"}))) {
      t.label = ner::kNerO;
      continue;
    }
    // Countries (ICU display names), cities and regions (BuildPlaces), up to 3 words, German
    // genitive -s.
    for (size_t len = (t.lex & kLexCountryFirst) ? std::min<size_t>(3, toks.size() - i) : 0;
         len >= 1; --len) {
      const Tok& last = toks[i + len - 1];
      bool spaced = true;
      for (size_t k = i; k + 1 < i + len; ++k) {
        spaced = spaced && toks[k + 1].word && toks[k + 1].start == toks[k].end + 1 &&
                 text[toks[k].end] == ' ';
      }
      if (!spaced || !last.word || last.known) continue;
      ner::LowerInto(text.substr(t.start, last.end - t.start), &key);
      auto it = country_by_name.find(key);
      bool genitive = false;
      if (it == country_by_name.end() && lang == Lang::kDe && key.size() > 3 && key.back() == 's') {
        key.pop_back();
        it = country_by_name.find(key);
        genitive = true;
      }
      // A city's or region's name the model reads as an organisation's stays that unless
      // kPlaceOverOrg; one spelt in another language is no place ("800 Roma" in German), nor
      // one written as an acronym ("PISA" is the study), nor a one-word name the next
      // capitalised word continues into a name ("Velden Tourismus meldet", "Texas Instruments";
      // after a lower-case word a German common noun the model reads as no name does not: "dass in
      // Bayern Firmen …", nor a noun after a genitive: "Bayerns Firmen"); a country's name is
      // the country.
      if (it != country_by_name.end() && it->second >= first_place) {
        const uint8_t bits = place_langs.find(key)->second;
        const size_t j = i + len;
        const bool name_goes_on =
            len == 1 && !genitive && j < toks.size() && toks[j].candidate &&
            toks[j].start == last.end + 1 && text[last.end] == ' ' &&
            (toks[j].lex & kLexNever) == 0 &&
            !(lang == Lang::kDe && i > 0 && toks[i - 1].word && !toks[i - 1].candidate &&
              toks[j].label == ner::kNerO && NounLikeDe(lower_of(toks[j])) != NounLike::kNo);
        // German: a town's one-word name right after a determiner (kDeterminersDe, also one
        // capitalised at a sentence's start) is the common noun it also is ("eine Rosette mit
        // Speichen", "Die Rosette"); a region takes one ("in der Steiermark").
        const bool after_article_de = lang == Lang::kDe && len == 1 && it->second >= first_town &&
                                      i > 0 && toks[i - 1].word && toks[i - 1].end + 1 == t.start &&
                                      scan::InListLower(str(toks[i - 1]), kDeterminersDe);
        // Spanish: a town's name right after a masculine article ("el", "del", "al", also
        // capitalised at a sentence's start) is a club's, a bank's or a paper's named after it
        // ("el Getafe ganó", "las acciones del Alcorcón", "venció al Móstoles"): a town takes no
        // article in Spanish. Not a town whose own name opens with the article ("El Cairo":
        // "del Cairo" is the city), nor a country or region ("el Perú", "el País Vasco").
        const bool club_es = lang == Lang::kEs &&
                             (it->second < first_region || it->second >= first_town) && i > 0 &&
                             toks[i - 1].word && toks[i - 1].end + 1 == t.start &&
                             ClubAfterArticleEs(str(toks[i - 1]), key);
        // A courtesy title right before a town's one-word name makes it a person's ("Frau
        // Velbert", "Mr. Swindon", "la Sra. Getafe"); the "." only after an abbreviation
        // ("seiner Frau. Velbert" is a new sentence).
        size_t title = i;  // the token after the title
        if (title > 0 && !toks[title - 1].word && text[toks[title - 1].start] == '.' &&
            toks[title - 1].end + 1 == t.start) {
          --title;
        }
        const bool after_title = len == 1 && it->second >= first_town && title > 0 &&
                                 toks[title - 1].word &&
                                 toks[title - 1].end + (title == i ? 1 : 0) == toks[title].start &&
                                 (title == i || toks[title - 1].end - toks[title - 1].start <= 3) &&
                                 scan::CourtesyTitle(str(toks[title - 1]));
        if ((t.label == ner::kNerOrg && (bits & kPlaceOverOrg) == 0) ||
            (bits & (1u << LangIndex(lang))) == 0 || (len == 1 && IsAcronym(w)) || name_goes_on ||
            after_article_de || after_title || club_es) {
          it = country_by_name.end();
        }
        if (club_es) t.label = ner::kNerOrg;
      }
      if (it != country_by_name.end()) {
        t.country = static_cast<int16_t>(it->second);
        any_place = true;
        t.country_len = static_cast<uint8_t>(len);
        break;
      }
    }
    // The size and first-byte test inline: the call is asked of almost every long token.
    if (t.country < 0 && lang == Lang::kDe && w.size() >= 7 &&
        (w[0] == 'S' || w[0] == 'N' || w[0] == 'O' || w[0] == 'W' || w[0] == 'M' || w[0] == 'Z')) {
      t.country = CompassRegionCountryDe(w);
      if (t.country >= 0) {
        any_place = true;
        t.country_len = 1;
      }
    }
    if (t.country >= 0) continue;
    // Spanish: a portfolio's one word after a minister's or councillor's role and "de" names
    // the portfolio, not a body ("la ministra de Educación, …", "el consejero de Fomento"); the
    // body is the ministry, which the text does not name. Not a country ("el ministro de
    // Chile", found above) nor the first word of a longer name ("el ministro de Asuntos
    // Exteriores"), nor after a role written with a capital ("Consejero de Turismo", a title);
    // only the words of PortfolioEs (never "el ministro de Bahréin"). The roles are
    // lexicon::kRoleWords flagged kPortfolioEs. A joined portfolio goes with it: after "y" /
    // "e" the capitalised words up to the next other token ("de Salud y Protección Social"),
    // after a comma a word of PortfolioEs ("de Economía, Industria y Competitividad"; not a
    // name after the comma: "de Hacienda, Odalys Fercuna,").
    if (lang == Lang::kEs && i >= 2 && toks[i - 1].word && toks[i - 2].word &&
        scan::EqualsLowerAscii(str(toks[i - 1]), "de") && !ner::StartsUpper(str(toks[i - 2])) &&
        PortfolioEs(w) &&
        scan::EndsWithAnyLower(
            str(toks[i - 2]),
            lexicon::kSelected<lexicon::kRoleWords, lexicon::kEs, lexicon::kPortfolioEs>) &&
        !(i + 1 < toks.size() && toks[i + 1].word && ner::StartsUpper(str(toks[i + 1])))) {
      t.label = ner::kNerO;
      size_t k = i + 1;
      while (k + 1 < toks.size() && toks[k + 1].word && ner::StartsUpper(str(toks[k + 1]))) {
        const std::string_view joint = str(toks[k]);
        if (joint == ",") {
          if (!PortfolioEs(str(toks[k + 1]))) break;
          k += 2;
        } else if (joint == "y" || joint == "e") {
          k += 2;
          while (k < toks.size() && toks[k].word && ner::StartsUpper(str(toks[k]))) ++k;
          break;
        } else {
          break;
        }
      }
      portfolio_end = k;
      continue;
    }
    // German: an unknown word of a dateline is a place ("Kralstetten/Mörbach – Die …"; the
    // model leaves a sentence's first word unlabelled). Known words keep the model's label.
    if (lang == Lang::kDe && t.label == ner::kNerO && t.unknown && DatelineWordDe(text, toks, i)) {
      t.label = ner::kNerLoc;
    }
    // German: an unknown word the model left unlabelled right after a person's role is that
    // person's name ("Finanzminister Kralvon", "Konzernchefin Anyla Kralvon"), with the
    // unlabelled unknown words right after it (a surname after a given name the model does not
    // know); not a word that reads as a common noun ("Konzernchef Pläne").
    if (lang == Lang::kDe && t.label == ner::kNerO && t.unknown && i > 0 && toks[i - 1].word &&
        toks[i - 1].end + 1 == t.start && text[toks[i - 1].end] == ' ' &&
        ner::StartsUpper(str(toks[i - 1])) && scan::PersonRole(str(toks[i - 1]), Lang::kDe) &&
        NounLikeDe(lower_of(t)) == NounLike::kNo) {
      t.label = ner::kNerPer;
      for (size_t k = i + 1; k < toks.size() && k <= i + 2; ++k) {
        Tok& n = toks[k];
        if (!n.candidate || n.label != ner::kNerO || !n.unknown || (n.lex & kLexNever) ||
            n.start != toks[k - 1].end + 1 || text[toks[k - 1].end] != ' ' ||
            NounLikeDe(lower_of(n)) != NounLike::kNo) {
          break;
        }
        n.label = ner::kNerPer;
      }
    }
    // A currency prefix glued to an amount is no name: "US$1.000", "R$ 50", "MX$".
    if (t.end < text.size() && text[t.end] == '$') {
      t.label = ner::kNerO;
      continue;
    }
    // Spanish: an unknown word the text also writes after an indefinite article, a
    // demonstrative or a number word ("un Informe", "tres Informes") is a common noun
    // wherever it stands: neither the model's guess nor the rules below make it a name (a
    // cue noun still does: "la empresa Informe").
    // Spanish adverbs in -mente ("Igualmente") and the determiners above ("Ningún") are
    // never names, wherever they stand.
    // Spanish hospital units ("en la UCI", "camas UVI") are no names (in German and English
    // texts UCI is the cycling union).
    if (lang == Lang::kEs && (w == "UCI" || w == "UVI")) {
      t.label = ner::kNerO;
      continue;
    }
    if (lang == Lang::kEs && t.unknown &&
        ((w.size() >= 9 && EndsWith(w, "mente")) ||
         (w.size() <= 9 && DeterminersEs().Has(word_hash(i))))) {
      t.label = ner::kNerO;
      continue;
    }
    if (lang == Lang::kEs && t.unknown && !starts_longer_name(i) && common_use_es(i)) {
      t.label = ner::kNerO;
      bool cue = i > 0 && toks[i - 1].word && cue_of(i - 1);
      if (!cue) continue;
    }
    // Spanish: a Roman numeral after a lower-case word or opening the sentence is an
    // ordinal ("a principios del siglo XX", "la XXI edición"), never a name; after a name it
    // may join it ("Carlos III").
    if (lang == Lang::kEs && IsRomanNumeralIVX(w) &&
        !(i > 0 && toks[i - 1].word && ner::StartsUpper(str(toks[i - 1])))) {
      t.label = ner::kNerO;
      continue;
    }
    // Spanish: a long word in capitals ending like an inflected or derived word ("es
    // INSOSTENIBLE", "esta INFORMACIÓN", "MURIERON") is emphasis in a text that is not
    // shouting, not an acronym (acronyms end as they like: "FRONTEX", "SEPRONA").
    if (lang == Lang::kEs && w.size() >= 7 && EmphasisWordEs(w)) {
      t.label = ner::kNerO;
      continue;
    }
    // Spanish: so is a word in capitals that the same text also writes in lower case ("lo
    // dijo ESTO" ... "esto", "NUNCA", "MARCÓ" ... "marcó"): an acronym ("ONU", "PSOE") is
    // never written in lower case.
    if (lang == Lang::kEs && w.size() >= 4 && CapitalsOnlyEs(w) && written_lower_case_es(i)) {
      t.label = ner::kNerO;
      continue;
    }
    const bool odd_form = acronym_or_camel_possible(i);
    // A surname with a glued particle right after a given name or a person's word is the
    // person's ("Jessica McAllan", "Anna DeVarro"), not a CamelCase company.
    const auto surname_of_person = [&] {
      if (i == 0 || !ParticleSurname(w)) return false;
      const Tok& p = toks[i - 1];
      return p.word && p.candidate && p.end + 1 == t.start && text[p.end] == ' ' &&
             ((p.lex & kLexGivenName) != 0 || p.label == ner::kNerPer);
    };
    // An acronym the model knows as a word is a name where the text defines it: in
    // parentheses right after the long name its initials spell ("Staff at Peary Mining (PM)
    // will get …").
    const auto defined_acronym = [&] {
      return t.start >= 2 && text[t.start - 1] == '(' && t.end < text.size() &&
             text[t.end] == ')' && !LongNameBefore(text, t.start - 1, w).empty();
    };
    if ((odd_form && IsAcronym(w) && !shouting && !(t.lex & kLexCommonAcronym) &&
         (t.unknown || defined_acronym())) ||
        (odd_form && IsCamelCase(w) && !surname_of_person()) ||
        ((t.inner & kInnerAmp) && w.size() >= 3)) {  // "E&E"
      t.label = ner::kNerOrg;
      t.org_rule = true;
    }
    // Spanish capitalises names only: an unknown capitalised word inside a sentence is a
    // name; so is an unknown one with an English possessive "'s".
    const bool possessive =
        t.end + 1 < text.size() && text[t.end] == '\'' && text[t.end + 1] == 's';
    // A word opening a clause after a colon, or a quote, a question or an exclamation,
    // before a lower-case word, starts a sentence of its own there (': "Les invitamos …"',
    // ': Hay que …', 'el lema «Vamos todos juntos»', '¿Sabemos cuántos …?'): the rule does
    // not apply to it (a name there is usually followed by another: ': Amalia Verduzco, …').
    // The opening mark is glued to the word: «, “, ‘, ¿ and ¡ open anywhere, a straight quote
    // only after a blank, a parenthesis or at the start (not the apostrophe of "n'Roses");
    // the quote must hold a sentence, not a short quoted name.
    // The byte before the word may end an opening quote mark (a straight quote, or the last
    // byte of a multi-byte one) or a colon and a blank: a cheap test before opens_clause.
    auto quote_or_colon_before = [&] {
      if (t.start == 0) return false;
      const auto b = static_cast<unsigned char>(text[t.start - 1]);
      return b == '"' || b == '\'' || b == ':' || b >= 0x80 ||
             (b == ' ' && t.start >= 2 && text[t.start - 2] == ':');
    };
    auto opens_clause = [&] {
      if (i + 1 >= toks.size() || !toks[i + 1].word || ner::StartsUpper(str(toks[i + 1])) ||
          std::isdigit(static_cast<unsigned char>(text[toks[i + 1].start]))) {
        return false;
      }
      auto punct = [&](size_t k, std::string_view p) {
        return !toks[k].word && text.substr(toks[k].start, toks[k].end - toks[k].start) == p;
      };
      if (i >= 1 && punct(i - 1, ":")) return true;
      if (i >= 2 && punct(i - 2, ":") &&
          (punct(i - 1, "\"") || punct(i - 1, "«") || punct(i - 1, "“"))) {
        return true;
      }
      // The opening mark glued to the word and the mark that closes it.
      if (!quote_or_colon_before()) return false;
      const std::string_view before = text.substr(0, t.start);
      std::string_view close;
      for (auto [open, end] : {std::pair<std::string_view, std::string_view>{"«", "»"},
                               {"“", "”"},
                               {"‘", "’"},
                               {"¿", "?"},
                               {"¡", "!"}}) {
        if (before.ends_with(open)) close = end;
      }
      if (before.ends_with('"') || before.ends_with('\'')) {
        const size_t n = before.size();
        if (n == 1 || before[n - 2] == ' ' || before[n - 2] == '\n' || before[n - 2] == '(') {
          close = before.substr(n - 1);
        }
      }
      if (close.empty()) return false;
      // A question or an exclamation, or a quoted sentence: five words or more up to the
      // closing mark (or no closing mark on the line). A shorter quote may be a name itself
      // ("la bacteria 'Vibrio marinus'").
      const size_t line_end = std::min(text.find('\n', t.end), text.size());
      const size_t end = std::min(text.find(close, t.end), line_end);
      return close == "?" || close == "!" || end == line_end ||
             std::count(text.begin() + t.start, text.begin() + end, ' ') >= 4;
    };
    // English: an unknown word right after a country's possessive names one of its companies
    // ("Norland's Sorato sold 200,000 cars", "South Korea's Kellmoor"), which the model leaves
    // unlabelled: the country describes the name (one or two words before "'s"). Not a word
    // before an institution's head, a given name or a person ("Norland's Finance Ministry",
    // "Norland's Chancellor Jonas Berg").
    auto after_country_possessive = [&] {
      if (lang != Lang::kEn || i < 3 || !scan::EndsWithPossessive(text.substr(0, t.start))) {
        return false;
      }
      if (i + 1 < toks.size() && toks[i + 1].word && toks[i + 1].start == t.end + 1) {
        const Tok& next = toks[i + 1];
        if (InstitutionHeadEn(str(next)) || (next.lex & kLexGivenName) ||
            next.label == ner::kNerPer) {
          return false;
        }
      }
      size_t k = i - 1;  // the "s" of the marker, then its apostrophe
      if (!toks[k].word || toks[k].start + 1 != toks[k].end || toks[k - 1].word) return false;
      k -= 2;  // the owner's last word
      for (size_t len = 1; len <= 2 && len <= k + 1; ++len) {
        const Tok& owner = toks[k + 1 - len];
        if (!owner.word || !ner::StartsUpper(str(owner))) return false;
        ner::LowerInto(text.substr(owner.start, toks[k].end - owner.start), &key);
        // A country's, not a city's: "London's Docklands" names a district.
        auto c = country_by_name.find(key);
        if (c != country_by_name.end() && c->second < first_place) return true;
      }
      return false;
    };
    if (t.label == ner::kNerO && t.unknown && lang != Lang::kDe && !shouting &&
        ((lang == Lang::kEs && !t.first && !opens_clause()) || possessive ||
         (!t.first && after_country_possessive()))) {
      t.label = ner::kNerOrg;
    } else if (lang == Lang::kEs && t.unknown && quote_or_colon_before() &&
               (t.label == ner::kNerOrg || t.label == ner::kNerPer) && !t.org_rule &&
               opens_clause()) {
      // Nor is the model's guess there a name: an unknown word it calls a person or an
      // organisation opening a quoted sentence ('Ana Ruiz: “Vamos a ganar”') is the quote's
      // first word, as at the start of any sentence. No rule's organisation (an acronym, a
      // cue noun's name): those keep their label.
      t.label = ner::kNerO;
    }
    // Spanish: an unknown word opening a sentence is a person's name when a role follows in
    // apposition ("Quiroga, candidata del …", "Quiroga, del partido …").
    if (lang == Lang::kEs && t.first && t.label == ner::kNerO && t.unknown && !shouting &&
        SpanishPersonContext(text, toks, i, i)) {
      t.label = ner::kNerPer;
    }
    // Spanish: an unknown word opening a sentence with its number in a list ("Valdemora, con
    // 2.300; Villarcos, con 1.900") is a name: places, teams or firms listed with their
    // figures (a list: the text has another "Name, con <number>").
    if (lang == Lang::kEs && t.first && t.label == ner::kNerO && t.unknown && !shouting &&
        NameWithNumberEs(text, t.end) && ListOfNamesWithNumbersEs(text, t.start)) {
      t.label = ner::kNerOrg;
    }
    // Cue noun before ("der Versicherer X", "la empresa (española) X", "the carmaker X").
    if (i > 0 && toks[i - 1].word) {
      bool cue = cue_of(i - 1);
      // Spanish naming participles: "denominado Nuevo Parqué", "llamada Horizonte Verde".
      if (const size_t n_pl = toks[i - 1].end - toks[i - 1].start;
          !cue && lang == Lang::kEs && n_pl >= 7 && n_pl <= 11) {
        const std::string& pl = lower_of(toks[i - 1]);
        for (std::string_view n :
             {"denominado", "denominada", "llamado", "llamada", "bautizado", "bautizada"}) {
          cue = cue || pl == n;
        }
      }
      if (!cue && lang == Lang::kEs && i > 1 && toks[i - 2].word &&
          !ner::StartsUpper(str(toks[i - 1]))) {
        cue = cue_of(i - 2);  // "la empresa catalana Tecnovía"
      }
      // German: not a common noun the cue noun's clause goes on with as its object ("erzielte
      // das Unternehmen Einnahmen von …"), which the model left unlabelled: a common noun
      // (NounLikeDe's kNoun) that reads as a plural or a derived noun (PluralOrDerivedDe).
      // Not a listed singular: firms are named by them ("der Netzbetreiber Kompass"); nor a
      // compound of a common word ("der Versicherer Donaublick"), nor the first of two
      // capitalised words ("der Hersteller Modern Kralix"). The gazetteer's names stay.
      if (cue && lang == Lang::kDe && t.label == ner::kNerO && PluralOrDerivedDe(lower_of(t)) &&
          NounLikeDe(lower_of(t)) == NounLike::kNoun &&
          !(i + 1 < toks.size() && toks[i + 1].word && toks[i + 1].start == t.end + 1 &&
            ner::StartsUpper(str(toks[i + 1])))) {
        cue = false;
      }
      if (cue && !(toks[i - 1].candidate && toks[i - 1].label != ner::kNerO)) {
        t.label = ner::kNerOrg;
        t.org_rule = true;
      }
      // English: "maker" after what it makes is a cue noun written apart ("the car maker
      // Vexmoor", "phone maker Kellvo"; "carmaker" is one word), unless the model reads a
      // person ("film maker Anna Pell").
      if (!cue && lang == Lang::kEn && i > 1 && toks[i - 1].end - toks[i - 1].start == 5 &&
          t.label != ner::kNerPer && t.country < 0 && t.demonym < 0 && toks[i - 2].word &&
          toks[i - 1].start == toks[i - 2].end + 1 && !ner::StartsUpper(str(toks[i - 2])) &&
          lower_of(toks[i - 1]) == "maker") {
        t.label = ner::kNerOrg;
        t.org_rule = true;
      }
    }
    // English: an unknown word between a maker's possessive and a product noun names the
    // product ("Dorvan's new Xelta chip", "Dorvan's Xelta phones"): a name, so that the
    // attribution rolls it up to the maker (Attributor::FindTextMakers).
    if (lang == Lang::kEn && t.label == ner::kNerO && t.unknown && !t.first && !shouting &&
        i + 1 < toks.size() && toks[i + 1].word && toks[i + 1].start == t.end + 1 &&
        IsProductNounEn(lower_of(toks[i + 1]))) {
      std::string_view before = text.substr(0, t.start);
      if (i > 0 && toks[i - 1].word && lower_of(toks[i - 1]) == "new") {
        before = text.substr(0, toks[i - 1].start);
      }
      if (scan::EndsWithPossessive(before)) {
        t.label = ner::kNerOrg;
        t.org_rule = true;
      }
    }
    // English: the name of a market index before "index", "stock/share index" or "industrial
    // average" ("the Kelvor index", "the Brent Marlow industrial average"): an organisation,
    // with the capitalised words before it (the model reads a surname or a common word in
    // them and cuts the name). Not a place's or demonym's word ("the UK index", "the French
    // stock index").
    if (lang == Lang::kEn && !shouting && IndexNounAfterEn(text, toks, i, lower_of)) {
      for (size_t k = i + 1; k-- > 0;) {
        Tok& n = toks[k];
        if (!n.candidate || n.label == ner::kNerLoc || (n.lex & (kLexNever | kLexCountryFirst)) ||
            n.country >= 0 || (dem_keys[k] != 0 && DemonymOfKey(dem_keys[k]) >= 0)) {
          break;
        }
        n.label = ner::kNerOrg;
        n.org_rule = true;
        if (n.first || k == 0 || !toks[k - 1].word || toks[k - 1].end + 1 != n.start) break;
      }
    }
    // English: a cue noun before the name in apposition ("the industry watchdog, Telcor,"),
    // and the company whose shares or stake are meant ("shares in Zentrix", "a stake in
    // Zentrix"; the tagger reads "in X" as a place). A country ("UK", "Brazil") stays a
    // place, and so does a place the model knows standing alone after the shares of a
    // named owner ("Kellmoor shares in London", "its shares in Tokyo": where they trade).
    const bool place_word =
        t.country >= 0 || t.demonym >= 0 || (t.lex & (kLexNever | kLexCommonAcronym)) != 0;
    if (lang == Lang::kEn && i > 1 && !place_word && !toks[i - 1].word && toks[i - 2].word &&
        str(toks[i - 1]) == "," && cue_of(i - 2) &&
        !(toks[i - 2].candidate && toks[i - 2].label != ner::kNerO)) {
      t.label = ner::kNerOrg;
      t.org_rule = true;
    }
    // English: an unknown word with a company noun phrase in apposition after it, also opening
    // the sentence ("Vendoria, the Italian dairy group at the heart …"): the company the
    // demonym describes, not the country (CompanyInAppositionEn).
    // After a place's possessive ("Kelvor Life, Norway's largest insurer, said") the phrase
    // reads only as a company's, so a word the model knows is tagged too, with the unlabelled
    // capitalised words right before it ("Kelvor Life"); a known word opening the sentence
    // alone is an adverb's place ("However, Norway's largest lender") and is left, and so is
    // a word the model does not know that opens sentences so (SentenceOpenerEn: "Still,",
    // "Instead,"), which never joins the name after it either ("Unlike Kelvor, Norway's …").
    // A name of two or more words the model tags in part or as a place ("Dremvik Bank") is
    // completed the same way.
    bool place_owner = false;
    if (lang == Lang::kEn && t.label != ner::kNerPer && !shouting && !place_word &&
        i + 1 < toks.size() && !toks[i + 1].word &&
        CompanyInAppositionEn(
            text, toks, i, cue_of,
            [&](size_t k) {
              // A country's first word too: countries are found at their own token, after i.
              return toks[k].known || (toks[k].lex & kLexCountryFirst) != 0 ||
                     (dem_keys[k] != 0 && DemonymOfKey(dem_keys[k]) >= 0);
            },
            &place_owner)) {
      size_t run = i;  // the first word of the name
      if (place_owner) {
        while (run > 0 && toks[run - 1].candidate && toks[run - 1].label == ner::kNerO &&
               toks[run - 1].end + 1 == toks[run].start && text[toks[run - 1].end] == ' ' &&
               (toks[run - 1].lex & kLexNever) == 0 && toks[run - 1].country < 0 &&
               toks[run - 1].demonym < 0 && i - run < 3 &&
               !(toks[run - 1].first && (VerbOrAdverbShapeEn(str(toks[run - 1])) ||
                                         SentenceOpenerEn(str(toks[run - 1]))))) {
          --run;
        }
      }
      if ((run < i || (t.label == ner::kNerO && (t.unknown || (place_owner && !t.first)))) &&
          !(toks[run].first && ((place_owner && VerbOrAdverbShapeEn(str(toks[run]))) ||
                                SentenceOpenerEn(str(toks[run]))))) {
        for (size_t k = run; k <= i; ++k) {
          toks[k].label = ner::kNerOrg;
          toks[k].org_rule = true;
        }
      }
    }
    // English: an unknown word right before a role that leads or speaks for a company and
    // the holder's name is that company ("Kralcom boss Anna Pell", "former Kralcom chief
    // executive Mr Pell"), which the model leaves unlabelled; attribution's LeaderOrgEn then
    // gives the leader's figures to it. Not a place, country or demonym ("Norland's president
    // X", "Ruritanian president X").
    if (lang == Lang::kEn && t.label == ner::kNerO && t.unknown && !shouting && !place_word &&
        LeaderRoleAfterEn(text, toks, i, lower_of)) {
      t.label = ner::kNerOrg;
      t.org_rule = true;
    }
    if (lang == Lang::kEn && i > 1 && !place_word && t.label != ner::kNerPer &&
        (t.inner & kInnerHyphen) == 0 && toks[i - 1].word && toks[i - 2].word &&
        lower_of(toks[i - 1]) == "in") {
      const std::string& held = lower_of(toks[i - 2]);
      const bool name_follows = i + 1 < toks.size() && toks[i + 1].candidate &&
                                toks[i + 1].start == t.end + 1 && text[t.end] == ' ';
      const bool known_place = t.label == ner::kNerLoc && !t.unknown && !name_follows;
      bool owned = false;  // "Kellmoor shares in", "its shares in", "Kellmoor's shares in"
      if (held == "shares" && i > 2) {
        const std::string_view before = text.substr(0, toks[i - 2].start);
        owned = scan::EndsWithPossessive(before);
        if (toks[i - 3].word) {
          owned = owned || ner::StartsUpper(str(toks[i - 3])) || lower_of(toks[i - 3]) == "its" ||
                  lower_of(toks[i - 3]) == "their";
        }
      }
      if ((held == "shares" || held == "stake" || held == "stakes" || held == "holding") &&
          !known_place && !owned) {
        t.label = ner::kNerOrg;
        t.org_rule = true;
      }
    }
    // German: a brand before a model number, after a definite article ("die Pexo 4 kostet
    // 240 Euro", "das Voltaro X7 mit"): an unknown word there that does not read as a noun
    // names the product's maker. Not before a year or an amount ("der Zuschlag 10,5"), nor
    // when a noun follows the number ("das Bundesamt 600 Umfragen": a count).
    if (lang == Lang::kDe && t.label == ner::kNerO && t.unknown && !t.first && !shouting &&
        t.inner == 0 && i > 0 && i + 1 < toks.size() && toks[i - 1].word && toks[i + 1].word &&
        toks[i + 1].start == t.end + 1 && text[t.end] == ' ' && w.size() >= 3 &&
        ModelNumberAt(text, toks[i + 1]) &&
        !(i + 2 < toks.size() && toks[i + 2].word && ner::StartsUpper(str(toks[i + 2]))) &&
        NounLikeDe(lower_of(t)) == NounLike::kNo && !CountedDe(text, w, false)) {
      const std::string& art = lower_of(toks[i - 1]);
      if (art == "der" || art == "die" || art == "das" || art == "den" || art == "dem") {
        t.label = ner::kNerOrg;
        t.org_rule = true;
      }
    }
    // Legal form right after up to 4 capitalised words: "die Kralinger Maschinenbau AG".
    // German: not over a listed company noun before the name ("die Firma Pohl Wind AG" is
    // "Pohl Wind AG"; ListedCompanyNounDe), which the company-noun rule below cannot take off
    // a word this rule typed. A cue-suffix compound stays in: it often heads the name ("die
    // Hafengesellschaft Kralstadt GmbH").
    if (size_t lf = LegalFormAt(text, t.start); lf > 0 && i > 0) {
      size_t k = i;
      int n_words = 0;
      while (k > 0 && toks[k - 1].candidate && n_words < 4 &&
             toks[k].start == toks[k - 1].end + 1) {
        if (toks[k - 1].lex & kLexNever) break;
        if (lang == Lang::kDe && k < i && ListedCompanyNounDe(lower_of(toks[k - 1]))) {
          break;
        }
        --k;
        ++n_words;
      }
      for (size_t m = k; m < i; ++m) {
        toks[m].label = ner::kNerOrg;
        toks[m].org_rule = true;
      }
    }
  }

  // German: a role noun the model labelled as part of a name right before a person's given
  // name ("Bundestrainer Jonas Kralinger", "Kralix-Chef Anna Pohl", "Kardinal Paul Weber")
  // is not part of it: the name starts at the given name and is a person's. Not a word an
  // organisation rule or a country made, nor one that does not read as a noun. Likewise a
  // company noun before a company's name ("Garnhersteller Kralix", "der Caravan-Händler
  // Pohl", "Firma Pohl AG"): the name is the company's (not a place after it: "Volksbank
  // Linz"; not a bank, fund, institute, holding, group or publisher, whose names often open
  // with the noun: "Bank Kralix", "Verlag Pohl").
  if (lang == Lang::kDe) {
    for (const size_t k : cands) {
      if (k + 1 >= toks.size()) break;
      Tok& role = toks[k];
      Tok& next = toks[k + 1];
      if (!role.word || !role.candidate || role.label == ner::kNerO || role.org_rule ||
          role.country >= 0 || !next.word || !next.candidate || next.label == ner::kNerO ||
          next.country >= 0 || next.start != role.end + 1 || text[role.end] != ' ') {
        continue;
      }
      // A demonym is a role noun of this kind only as a noun for a person ("der Deutsche Thomas
      // Kral", "dem Österreicher Anton Pohl"): the given name then opens a full name (given
      // name and surname, not "die Deutsche Mark"); else it opens the name ("Deutsche Bank").
      if (role.demonym >= 0 &&
          !((next.lex & kLexGivenName) != 0 && k + 2 < toks.size() && toks[k + 2].word &&
            toks[k + 2].candidate && toks[k + 2].start == next.end + 1 && text[next.end] == ' ' &&
            (toks[k + 2].label != ner::kNerO ||
             NounLikeDe(lower_of(toks[k + 2])) != NounLike::kNoun))) {
        continue;
      }
      if ((next.lex & kLexGivenName) != 0 && !next.org_rule &&
          (role.demonym >= 0 || NounLikeDe(lower_of(role)) != NounLike::kNo)) {
        role.label = ner::kNerO;
        for (size_t m = k + 1;
             m < toks.size() && toks[m].word && toks[m].candidate && toks[m].label != ner::kNerO &&
             !toks[m].org_rule && toks[m].country < 0 &&
             (m == k + 1 || toks[m].start == toks[m - 1].end + 1);
             ++m) {
          toks[m].label = ner::kNerPer;
        }
      } else if (next.label != ner::kNerLoc &&
                 std::string_view("rnate").find(scan::LowerAscii(text[role.end - 1])) !=
                     std::string_view::npos) {  // the last letters of the company nouns
        // A company noun alone ("Hersteller Kralix", "Firma Pohl AG").
        if (!CompanyNounBeforeNameDe(str(role), lower_of(role))) continue;
        role.label = ner::kNerO;
        next.label = ner::kNerOrg;
        next.org_rule = true;
      }
    }
  }

  if (lang == Lang::kDe) {
    CommonNounsAloneDe(text, toks, cands);
  }
  if (lang == Lang::kEs) {
    LowerCaseNounsAloneEs(text, toks, cands, common_es);
  }

  // German: a generic institution noun the model labelled a name on its own ("das
  // Parlament", "des kanadischen Parlaments", "die Regierung", "des Bundes") names no one
  // body: which country's it is, the text says elsewhere ("kanadischen" then names the
  // country). Part of a longer name it stays ("das Europäische Parlament").
  if (lang == Lang::kDe) {
    static constexpr std::string_view kInstitutionNounsDe[] = {
        "parlament", "parlaments", "regierung", "bundesregierung", "kabinett",    "kabinetts",
        "senat",     "senats",     "bundes",    "gerichtshof",     "gerichtshofs"};
    auto name_at = [&](size_t k) {
      return k < toks.size() && toks[k].word && toks[k].candidate &&
             (toks[k].label != ner::kNerO || toks[k].country >= 0);
    };
    // The nouns' lengths (5 to 15 bytes) and first letters, read before lower-casing the word.
    auto may_be_institution = [&](const Tok& t) {
      const size_t n = t.end - t.start;
      const char c = scan::LowerAscii(text[t.start]);
      return n >= 5 && n <= 15 &&
             (c == 'p' || c == 'r' || c == 'b' || c == 'k' || c == 's' || c == 'g');
    };
    for (const size_t k : cands) {
      Tok& t = toks[k];
      if (t.label == ner::kNerO || t.org_rule || t.country >= 0 || t.inner != 0 ||
          !may_be_institution(t) || !InList(lower_of(t), kInstitutionNounsDe)) {
        continue;
      }
      const bool before = k > 0 && name_at(k - 1) && toks[k - 1].end + 1 == t.start;
      const bool after = name_at(k + 1) && toks[k + 1].start == t.end + 1;
      if (!before && !after) t.label = ner::kNerO;
    }
    // A given name the model labelled a name, right before a capitalised word it left out
    // that does not read as a German noun, opens a person's name with that word as the
    // surname ("Historiker Anton Quaderer sagt", "von Jessica Obrist"): not the given name
    // alone, typed an organisation.
    for (const size_t k : cands) {
      Tok& t = toks[k];
      if (t.label == ner::kNerO || t.org_rule || (t.lex & kLexGivenName) == 0 || t.country >= 0 ||
          k + 1 >= toks.size()) {
        continue;
      }
      if (k > 0 && name_at(k - 1) && toks[k - 1].end + 1 == t.start) continue;  // "Stadt X Y"
      Tok& n = toks[k + 1];
      if (!n.word || !n.candidate || n.first || n.end - n.start < 3 || n.label != ner::kNerO ||
          n.org_rule || n.country >= 0 || n.demonym >= 0 || (n.lex & kLexNever) != 0 ||
          n.start != t.end + 1 || text[t.end] != ' ' ||
          NounLikeDe(lower_of(n)) == NounLike::kNoun) {
        continue;
      }
      t.label = ner::kNerPer;
      n.label = ner::kNerPer;
    }
  }

  // English: a place or demonym before the head word of a company's name is part of the
  // company's name ("British Airways", "Swiss Re", "UK Coal"), and so is a place after "Air"
  // ("Air China"): an organisation, not the place.
  for (const size_t i : lang == Lang::kEn && any_place ? cands : cands.first(0)) {
    if (i + 1 >= toks.size()) break;
    Tok& a = toks[i];
    Tok& b = toks[i + 1];
    if (!a.candidate || !b.candidate || !a.word || !b.word || b.start != a.end + 1 ||
        text[a.end] != ' ') {
      continue;
    }
    const bool place_first = (a.country >= 0 && a.country_len == 1) || a.demonym >= 0;
    const bool air_place = str(a) == "Air" && b.country >= 0 && b.country_len == 1;
    if (!(place_first && OrgHeadEn(str(b))) && !air_place) continue;
    for (Tok* x : {&a, &b}) {
      x->label = ner::kNerOrg;
      x->org_rule = true;
      x->country = -1;
      x->country_len = 0;
      x->demonym = -1;
    }
  }

  // 3. Spans: adjacent name tokens, across connectors; countries; legal forms.
  size_t role_holder = toks.size();  // Spanish: the span after "<role> de <country>"
  // English: toks[k] opens a capitalised title before its holder's name ("Chief Executive
  // Anna Pohl", "Secretary Anna Pohl"): up to three role words, then a person or a given name.
  const auto title_before_person = [&](size_t k) {
    for (size_t e = k; e < k + 3 && e < toks.size() && toks[e].word; ++e) {
      if (e > k && (toks[e].label == ner::kNerPer || (toks[e].lex & kLexGivenName))) return true;
      const std::string& w = lower_of(toks[e]);
      if (!InList(w, lexicon::kLeaderRolesEn) && !InList(w, lexicon::kOfficeTitlesEn)) {
        return false;
      }
    }
    return false;
  };
  // English: toks[k] goes on an institution's field (after "of" / "for"): a capitalised word
  // inside the sentence, not a person, a word that is never a name or a title before its
  // holder ("Office of Fair Lending Chief Executive Anna Pohl").
  const auto field_word_en = [&](size_t k) {
    return k < toks.size() && toks[k].word && toks[k].candidate && !toks[k].first &&
           toks[k].label != ner::kNerPer && (toks[k].lex & kLexNever) == 0 &&
           !title_before_person(k);
  };
  for (size_t i = next_marked(0); i < toks.size(); i = next_marked(i)) {
    Tok& t = toks[i];
    // English headlines abbreviate a compass word before a place to its letter ("S Korea",
    // "N Ireland", "S Asia"): the place, not a person's initial and name.
    if (lang == Lang::kEn && t.end == t.start + 1 &&
        (text[t.start] == 'S' || text[t.start] == 'N') && i + 1 < toks.size() &&
        toks[i + 1].start == t.end + 1 && text[t.end] == ' ' && toks[i + 1].word &&
        (toks[i + 1].country >= 0 || toks[i + 1].label == ner::kNerLoc)) {
      const Tok& place = toks[i + 1];
      const size_t last = place.country >= 0 ? i + place.country_len : i + 1;
      EntityMention m;
      m.field = field;
      m.start = t.start;
      m.end = toks[last].end;
      m.surface = std::string(text.substr(m.start, m.end - m.start));
      const std::string_view name = text.substr(place.start, m.end - place.start);
      // Ireland's north is "Northern Ireland".
      m.entity = std::string(text[t.start] == 'S' ? "South "
                             : name == "Ireland"  ? "Northern "
                                                  : "North ") +
                 std::string(name);
      m.type = EntityType::kPlace;
      out->push_back(std::move(m));
      i = last + 1;
      continue;
    }
    // Most tokens are no candidate, no demonym and not before one: nothing below applies.
    if (!t.candidate && t.demonym < 0 && (i + 1 >= toks.size() || toks[i + 1].demonym < 0)) {
      ++i;
      continue;
    }
    // A demonym not followed by a name ("Austrian Airlines", "Deutsche Bank" are names): the
    // country, named in the text's language, with the demonym as its surface.
    // Nor one describing a company noun: "Dutch bank", "der polnische Versicherer", "el banco
    // español" refer to a company, not to the country.
    auto cue_at = [&](size_t k) { return k < toks.size() && toks[k].word && cue_of(k); };
    // English: "Latin American", "North American" name a region ("Latin America"), not the
    // US ("South Korean" keeps its country).
    auto after_region = [&](size_t k) {
      return lang == Lang::kEn && k > 0 && toks[k - 1].end + 1 == toks[k].start &&
             text[toks[k - 1].end] == ' ' && RegionWordEn(str(toks[k - 1]));
    };
    if (lang == Lang::kEn && i + 1 < toks.size() && toks[i + 1].demonym >= 0 &&
        toks[i + 1].country < 0 && after_region(i + 1) &&
        country_names[static_cast<size_t>(toks[i + 1].demonym)][2] == "United States") {
      if (!cue_at(i + 2)) {  // "North American carmakers": a reference to companies
        EntityMention m;
        m.field = field;
        m.start = t.start;
        m.end = toks[i + 1].end;
        m.surface = std::string(text.substr(m.start, m.end - m.start));
        m.entity = std::string(str(t)) + " America";
        m.type = EntityType::kPlace;
        out->push_back(std::move(m));
      }
      i += 2;
      continue;
    }
    // German: a country adjective capitalised without an ending is the language's name
    // ("spricht Türkisch", "Unterricht auf Deutsch"), neither the country nor a name.
    if (lang == Lang::kDe && t.demonym >= 0 && t.country < 0 && !t.org_rule && t.candidate &&
        LanguageNameDe(str(t))) {
      ++i;
      continue;
    }
    if (t.demonym >= 0 && t.country < 0 && !t.org_rule &&
        !(i + 1 < toks.size() && toks[i + 1].start == t.end + 1 &&
          (toks[i + 1].known || (toks[i + 1].candidate &&
                                 (toks[i + 1].label != ner::kNerO || toks[i + 1].country >= 0)))) &&
        !(lang == Lang::kEs ? i > 0 && cue_at(i - 1) : cue_at(i + 1)) &&
        !(lang == Lang::kEn && CompanyAfterDemonymEn(text, toks, i, cue_at))) {
      EntityMention m;
      m.field = field;
      m.start = t.start;
      m.end = t.end;
      m.surface = std::string(str(t));
      m.entity = country_names[static_cast<size_t>(t.demonym)][LangIndex(lang)];
      m.type = EntityType::kPlace;
      out->push_back(std::move(m));
      ++i;
      continue;
    }
    // A surname that opens with "Van" / "Von" and "der" / "den" ("Van der Krolt") is a
    // person's name though the model calls "Van" common (the span loop below takes it).
    // German: the word after the particle is no common noun ("Von den Banken", "da Recht").
    const auto noun_after_particle = [&](size_t k) {
      return lang == Lang::kDe && NounLikeDe(lower_of(toks[k])) != NounLike::kNo;
    };
    size_t opened = 0;
    const bool particle_opens =
        t.candidate && t.label == ner::kNerO && t.country < 0 &&
        (str(t) == "Van" || (str(t) == "Von" && !t.first)) &&
        (opened = SurnameParticleEnd(text, toks, i, i + 1, lang, false)) > 0 &&
        !noun_after_particle(opened);
    if (!t.candidate || (t.label == ner::kNerO && t.country < 0 && !particle_opens)) {
      ++i;
      continue;
    }
    size_t j = i;  // last token of the span
    bool org = t.label == ner::kNerOrg;
    Label type = t.country >= 0 ? ner::kNerLoc : t.label;
    if (t.country >= 0) j = i + t.country_len - 1;
    while (true) {
      size_t n = j + 1;
      if (n >= toks.size()) break;
      // Directly adjacent name token (one space) or a country glued to an organisation.
      auto is_name = [&](const Tok& x) {
        return x.candidate && (x.label != ner::kNerO || x.country >= 0);
      };
      // Token k follows token k - 1 after one blank.
      const auto joined = [&](size_t k) {
        return k < toks.size() && toks[k].start == toks[k - 1].end + 1 &&
               text[toks[k - 1].end] == ' ';
      };
      bool adjacent = toks[n].start == toks[j].end + 1 && text[toks[j].end] == ' ';
      // Spanish: a name right after "<role> de <country>" is the role holder's, not part
      // of the country's name ("la vicepresidenta de Colombia Ana Quirós").
      if (adjacent && lang == Lang::kEs && t.country >= 0 && j == i + t.country_len - 1 &&
          RoleOfCountryEs(text, toks, i)) {
        role_holder = n;
        break;
      }
      // German: a name in the genitive ("Kralingers", "Venezuelas": a country, or a name the
      // text also writes without the -s) ends before a common noun the model took into the
      // name ("Kralingers Management", "Venezuelas Energieminister Anna Pohl"): the noun is
      // what the name owns, not part of it, and a name after it starts anew.
      if (lang == Lang::kDe && adjacent && is_name(toks[n]) && toks[n].country < 0 &&
          !toks[n].org_rule && (toks[n].lex & kLexGivenName) == 0 && toks[j].inner == 0 &&
          toks[j].end - toks[j].start >= 4 && text[toks[j].end - 1] == 's' &&
          (toks[j].lex & kLexGivenName) == 0 &&  // "Thomas", "Andreas" are no genitives
          NounLikeDe(lower_of(toks[n])) != NounLike::kNo &&
          (toks[j].country >= 0 ||
           OccursElsewhere(text, text.substr(toks[j].start, toks[j].end - toks[j].start - 1),
                           std::string_view::npos))) {
        toks[n].label = ner::kNerO;
        break;
      }
      // A person's name goes on across a surname particle and the capitalised word after
      // it, though the model calls that word common or another name ("Lena Van der Krolt",
      // "Tomas De Varlo", "Paulo Ramires da Lourenha", "Remy d'Aubrelle", "Jon Le Maru"). Only
      // after a person (the model's, or a given name it took for something else, or a name
      // whose last word it calls a person); not before a country, a known name or a word
      // that is never a name. A lower-case particle that is also a preposition ("Anna Pohl
      // von der Bundesbank", "Pedro Ruiz de Kralia": kPrepositionParticles) goes on only
      // before a word the model calls a person or common, and German "von" only right
      // after a lone given name ("Ilse von der Marten"). A surname that opens with "Van" or
      // "Von" and "der" / "den" is a person's too ("Van der Krolt"; not a sentence's "Von
      // der …").
      // Every particle has at most three bytes and starts with d, D, v, V or L: a cheap
      // test before the word comparisons.
      const auto particle_shape = [&](const Tok& x) {
        const char c = text[x.start];
        return x.word && x.end - x.start <= 3 &&
               (c == 'd' || c == 'D' || c == 'v' || c == 'V' || c == 'L');
      };
      size_t m = 0;
      if (adjacent && particle_shape(toks[n]) && t.country < 0 && j - i < 3 &&
          (type == ner::kNerPer || (t.lex & kLexGivenName) != 0 || toks[j].label == ner::kNerPer ||
           (i == j && (str(t) == "Van" || (str(t) == "Von" && !t.first))))) {
        m = SurnameParticleEnd(text, toks, j, n, lang, i == j && (t.lex & kLexGivenName) != 0);
      }
      if (m > 0 && toks[m].word && toks[m].candidate && !toks[m].first && toks[m].country < 0 &&
          toks[m].demonym < 0 && (toks[m].lex & kLexNever) == 0 && !noun_after_particle(m) &&
          (ner::StartsUpper(str(toks[n])) || !InList(str(toks[n]), kPrepositionParticles) ||
           (toks[m].label != ner::kNerOrg && toks[m].label != ner::kNerLoc))) {
        // "Van der X" after a company cue noun ("die Reederei Van der Molt") stays an org.
        const bool company = i == j && i > 0 && toks[i - 1].word &&
                             (str(t) == "Van" || str(t) == "Von") && cue_of(i - 1);
        j = m;
        type = company ? ner::kNerOrg : ner::kNerPer;
        org = company;
        continue;
      }
      // Spanish: an institution's head word and a capitalised article open its proper name
      // ("el Hospital La Colina", "la Universidad Los Robles"): the name goes on across the
      // article with the capitalised word after it. Not before a country, a demonym, a known
      // name or a word that is never a name in Spanish.
      if (lang == Lang::kEs && adjacent && j == i && t.country < 0 &&
          toks[n].end - toks[n].start <= 3 && ner::StartsUpper(str(toks[n])) &&
          scan::InListLower(str(toks[n]), function_words::kDefiniteArticlesEs) &&
          (InstitutionHeadEs(str(t)) || str(t) == "Hospital" || str(t) == "Clínica") &&
          toks[n].country < 0 && joined(n + 1) && toks[n + 1].word && toks[n + 1].candidate &&
          !toks[n + 1].first && toks[n + 1].country < 0 && toks[n + 1].demonym < 0 &&
          (toks[n + 1].lex & (kLexNever | kLexNeverEs)) == 0) {
        j = n + 1;
        org = true;
        continue;
      }
      if (adjacent && is_name(toks[n]) &&
          !(type == ner::kNerLoc && toks[n].label == ner::kNerLoc && toks[n].country >= 0 &&
            toks[n].country < first_place)) {
        if (toks[n].label == ner::kNerOrg) org = true;
        j = toks[n].country >= 0 ? n + toks[n].country_len - 1 : n;
        if (toks[n].country >= 0 && type != ner::kNerLoc) org = org || type == ner::kNerOrg;
        continue;
      }
      // German: a capitalised adjective in -isch ends no name: the capitalised noun after it
      // is its head, though the model left it out ("die Kommunistische Partei", "der
      // Demokratischen Allianz", "der Vereinigten Arabischen Emirate").
      if (lang == Lang::kDe && adjacent && toks[n].word && toks[n].candidate &&
          toks[n].label == ner::kNerO && toks[n].country < 0 && toks[n].demonym < 0 &&
          (toks[n].lex & kLexNever) == 0 && AdjectiveIschDe(str(toks[j]))) {
        j = n;
        continue;
      }
      // German: a company's head word the model left out after a name (or a place) is part
      // of the company's name ("Kralix Motors", "Ostburg Energie", "Pohl Internet").
      if (lang == Lang::kDe && adjacent && toks[n].word && toks[n].candidate &&
          toks[n].label == ner::kNerO && toks[n].country < 0 && toks[n].demonym < 0 &&
          toks[n].inner == 0 && CompanyHeadDe(str(toks[n]))) {
        j = n;
        org = true;
        continue;
      }
      // English: a company's head word after a name (or a place), left out by the model or
      // read as part of a place, makes the span an organisation ("Korvala Communications",
      // "Brelland Airlines"). Not one joined by "and" to a capitalised word: it opens
      // another name there ("the US Securities and Exchange Commission").
      const auto and_name_after = [&](size_t k) {
        return k + 2 < toks.size() && str(toks[k + 1]) == "and" &&
               toks[k + 1].start == toks[k].end + 1 && ner::StartsUpper(str(toks[k + 2]));
      };
      if (lang == Lang::kEn && adjacent && toks[n].word && toks[n].candidate &&
          toks[n].country < 0 && toks[n].demonym < 0 && toks[n].inner == 0 &&
          (toks[n].label == ner::kNerO || toks[n].label == ner::kNerLoc) &&
          CompanyHeadEn(str(toks[n])) && !and_name_after(n)) {
        j = n;
        org = true;
        continue;
      }
      // German: the saint's abbreviation "St." opens a place's name with the capitalised word
      // after it ("St. Kralingen", "St. Anton"), not a name of its own.
      if (lang == Lang::kDe && j == i && n + 1 < toks.size() && str(toks[j]) == "St" &&
          !toks[n].word && toks[n].start == toks[j].end && text[toks[n].start] == '.' &&
          toks[n + 1].word && toks[n + 1].candidate && toks[n + 1].start == toks[n].end + 1 &&
          text[toks[n].end] == ' ' && toks[n + 1].country < 0) {
        j = n + 1;
        type = ner::kNerLoc;
        org = false;
        continue;
      }
      // English: an institution's field after "for" or "of": capitalised words, joined by
      // "and", an article between ("Kelmar Institute for Economic Research", "Office for
      // Tarvel Affairs and the Arts"). Not a gazetteer's name, a person or a title word.
      if (lang == Lang::kEn && adjacent && (type != ner::kNerLoc || org) &&
          (str(toks[n]) == "for" || str(toks[n]) == "of") && InstitutionHeadEn(str(toks[j]))) {
        const auto field_word = [&](size_t k) { return joined(k) && field_word_en(k); };
        size_t k = n + 1, last = 0;
        if (joined(k) && str(toks[k]) == "the") ++k;
        while (field_word(k)) {
          last = toks[k].country >= 0 ? k + toks[k].country_len - 1 : k;
          k = last + 1;
          if (joined(k) && str(toks[k]) == "and") {
            size_t q = k + 1;
            if (joined(q) && str(toks[q]) == "the") ++q;
            // Not where another institution's name starts ("Department of Health and State
            // University of …"): its head word among the words after "and", followed by "of"
            // or "for" (a head word that ends the field is the field's: "Ministry of Finance
            // and Public Administration").
            bool other_head = false;
            for (size_t h = q; field_word(h) && !other_head; ++h) {
              other_head = InstitutionHeadEn(str(toks[h])) && joined(h + 1) &&
                           (str(toks[h + 1]) == "of" || str(toks[h + 1]) == "for");
            }
            if (field_word(q) && !other_head) k = q;
          }
        }
        if (last > 0) {
          j = last;
          org = true;
          continue;
        }
      }
      // German: an institution's field after "für": capitalised words, each run after up to
      // two inflected adjectives, listed with commas and "und" ("Institut für angewandte
      // Kralforschung", "Bundesministerium für Kralwesen, Forschung und Wirtschaft"). Not a
      // person, a function word, an article ("für die …") or a truncated compound ("für
      // Markt- und …"); a list left open by a comma is not taken.
      if (lang == Lang::kDe && adjacent && type != ner::kNerLoc && str(toks[n]) == "für" &&
          InstitutionHeadDe(str(toks[j]))) {
        const auto field_word = [&](size_t k) {
          return joined(k) && toks[k].word && toks[k].candidate && !toks[k].first &&
                 toks[k].label != ner::kNerPer &&
                 (toks[k].lex & (kLexNever | kLexGivenName)) == 0 &&
                 !GivenNameWord(str(toks[k]).substr(0, str(toks[k]).find('-')));
        };
        const auto adjective = [&](size_t k) {
          if (!joined(k) || !toks[k].word) return false;
          const std::string_view w = str(toks[k]);
          if (w.size() < 4) return false;
          const auto c1 = static_cast<unsigned char>(w[1]);  // "öffentliche", "ärztliche"
          const bool lower =
              (w[0] >= 'a' && w[0] <= 'z') || (static_cast<unsigned char>(w[0]) == 0xC3 &&
                                               (c1 == 0xA4 || c1 == 0xB6 || c1 == 0xBC));
          return w.size() >= 4 && lower &&
                 (w.ends_with('e') || w.ends_with("en") || w.ends_with("er") || w.ends_with("es") ||
                  w.ends_with("em"));
        };
        // Field words separated by "," or "und": a word ends the name when "und" comes right
        // before it or no comma came before it ("A, B und C"; "A, B sagte" ends at A).
        size_t k = n + 1, last = 0;
        bool comma_before = false;
        char sep = 0;  // what came before the word: 0, ',' or 'u'
        while (true) {
          size_t q = k;
          for (int a = 0; a < 2 && adjective(q); ++a) ++q;
          if (!field_word(q) || str(toks[q]).ends_with('-')) break;
          size_t end = toks[q].country >= 0 ? q + toks[q].country_len - 1 : q;
          // Capitalised words in a row are one field ("für Angewandte Kralanalyse").
          for (int more = 0; more < 3 && field_word(end + 1) && !str(toks[end + 1]).ends_with('-');
               ++more) {
            end = toks[end + 1].country >= 0 ? end + toks[end + 1].country_len : end + 1;
          }
          k = end + 1;
          const bool glued = k < toks.size() && !toks[k].word && toks[k].start == toks[end].end;
          if (glued && text[toks[k].start] == '-') break;  // "für Markt- und …": not read
          if (sep == 'u' || !comma_before) last = end;
          if (glued && text[toks[k].start] == ',') {
            comma_before = true;
            sep = ',';
            ++k;
          } else if (joined(k) && str(toks[k]) == "und") {
            sep = 'u';
            ++k;
          } else {
            break;
          }
        }
        if (last > 0) {
          j = last;
          org = true;
        }
        break;  // a name after the field is another's ("… für Kralwesen Anna Pohl")
      }
      // Spanish: an institution's field goes on across "y" / "e", an article may follow
      // ("el Ministerio de Sanidad y Consumo", "el Instituto de Kralmetría y la Tasación de
      // …"), and right after the head across "para" and an article ("Centros para la
      // Vigilancia …"). Only in a name an institution's head word opens, after a field that
      // is no place ("la Universidad de Kralburgo y Tecnovía" are two); not before a place,
      // person, country or another body ("la Junta Rectora y el Tribunal de Cuentas").
      if (const std::string_view c = str(toks[n]);
          lang == Lang::kEs && adjacent && (c == "y" || c == "e" || c == "para") &&
          type != ner::kNerLoc && InstitutionHeadEs(str(toks[i]))) {
        // A field: the span goes on after "de" / "del" / "para" ("Centros Educativos y
        // Televisiones" is a list of nouns).
        const auto field = [&] {
          for (size_t k = i + 1; k < j; ++k) {
            if (InList(str(toks[k]), {"de", "del", "para"})) return true;
          }
          return false;
        };
        const bool and_field = (c == "y" || c == "e") && j > i + 1 &&
                               toks[j].label != ner::kNerLoc && toks[j].country < 0 && field();
        if (and_field || (c == "para" && j == i)) {
          size_t m = n + 1;
          if (joined(m) && InList(str(toks[m]), function_words::kDefiniteArticlesEs)) ++m;
          if (joined(m) && toks[m].word && toks[m].candidate && !toks[m].first &&
              toks[m].label != ner::kNerPer && toks[m].label != ner::kNerLoc &&
              toks[m].country < 0 && toks[m].demonym < 0 && (toks[m].lex & kLexNever) == 0 &&
              !InstitutionHeadEs(str(toks[m])) &&
              !InList(str(toks[m]),
                      {"Senado", "Congreso", "Gobierno", "Parlamento", "Ayuntamiento"})) {
            j = m;
            org = true;
            continue;
          }
        }
      }
      // Connector: "Bank of Ireland", "Banco de Crédito", "Marsh & McLennan".
      if (adjacent && n + 1 < toks.size()) {
        std::string_view c = str(toks[n]);
        size_t m = n + 1;
        // Two-word connectors: "van der", "van den", "von den", "de la", "de los".
        if (m < toks.size() &&
            (((c == "von" || c == "van") && (str(toks[m]) == "der" || str(toks[m]) == "den")) ||
             (c == "de" &&
              (str(toks[m]) == "la" || str(toks[m]) == "los" || str(toks[m]) == "las")))) {
          ++m;
        }
        // English: after "&" any capitalised word ("Pellow & Tarvik", "Tate & Kellmoor"),
        // though the model calls it common.
        const bool amp_word = lang == Lang::kEn && c == "&" && m < toks.size() && toks[m].word &&
                              toks[m].candidate && toks[m].country < 0 && toks[m].demonym < 0 &&
                              (toks[m].lex & kLexNever) == 0;
        // Spanish: an institution's name goes on across "de" / "del" / "de la" … through a
        // capitalised word the model calls common ("la Oficina Nacional del Censo Kralvino",
        // "la Comisión Nacional de los Mercados"): Spanish capitalises no common word inside
        // a sentence. Only when an institution's or public body's head word opens the name
        // (FieldHeadEs: a company's stops, "el rescate de Brovalia del Estado"). Not a word
        // that is never a name, a given name, a country or a demonym, nor the first word of
        // a sentence.
        const bool field_word_es =
            lang == Lang::kEs && (org || type == ner::kNerOrg) && (c == "de" || c == "del") &&
            FieldHeadEs(str(toks[i])) && m < toks.size() && toks[m].word && toks[m].candidate &&
            !toks[m].first && toks[m].label == ner::kNerO && toks[m].country < 0 &&
            toks[m].demonym < 0 && (toks[m].lex & (kLexNever | kLexNeverEs | kLexGivenName)) == 0;
        if (InList(c, kConnectors) && m < toks.size() &&
            (is_name(toks[m]) || amp_word || field_word_es) &&
            toks[m].start == toks[m - 1].end + 1 && type != ner::kNerLoc) {
          j = toks[m].country >= 0 ? m + toks[m].country_len - 1 : m;
          continue;
        }
      }
      break;
    }
    // English: an institution's head word and "of" / "for" right before a name or a place
    // open that name, with the capitalised words after it ("Bureau for Regional Metrics", "Ministry
    // of Kelmar", "Court of Tarvel"): the place or the field is part of the organisation's name,
    // not the figure's entity. Also a head word the model named alone just before (as a place:
    // "Bureau"); not before a person ("the Office of Anna Pohl"). A bare "Bank of <place>" stays
    // the place (JoinNamesWithPlaces: a central bank's figures are the economy's).
    size_t head_of = 0;  // that head word's token, 0 = none
    if (lang == Lang::kEn && type != ner::kNerPer && i >= 2) {
      const Tok& c = toks[i - 1];
      const Tok& p = toks[i - 2];
      const bool named_alone = !out->empty() && out->back().start == p.start &&
                               out->back().end == p.end && out->back().type != EntityType::kPerson;
      if ((str(c) == "of" || str(c) == "for") && p.word && p.candidate &&
          (p.label == ner::kNerO || named_alone) && p.country < 0 && p.demonym < 0 &&
          p.inner == 0 && InstitutionHeadEn(str(p)) && p.end + 1 == c.start &&
          c.end + 1 == t.start && text[p.end] == ' ' && text[c.end] == ' ' &&
          (out->empty() || out->back().end <= p.start || named_alone) &&
          !InList(str(p), lexicon::kCompanyOrgansEn)) {
        // The field goes on through capitalised words the model left out ("Office of Fair
        // Trading"), as after a head word inside the span (above).
        size_t last = j;
        while (field_word_en(last + 1) && toks[last + 1].country < 0 &&
               toks[last + 1].start == toks[last].end + 1 && text[toks[last].end] == ' ') {
          ++last;
        }
        // Not a company's organ: a board or committee (above) or any head word before a
        // company's name ("the Office of Kralix GmbH"): the figure stays the company's.
        if (LegalFormAt(text, toks[last].start) == 0) {
          if (named_alone) out->pop_back();
          head_of = i - 2;
          org = true;
          j = last;
        }
      }
    }
    if (lang == Lang::kEn && j > i && CompanyHeadEn(str(toks[j]))) org = true;
    if (org) type = ner::kNerOrg;
    size_t end = toks[j].end;
    bool legal_form = false;
    // The span ends in a legal form written with a dot ("Inc.", "S.A."): keep the dot.
    if (size_t lf = LegalFormAt(text, toks[j].start); lf > 0 && toks[j].start + lf > end) {
      end = toks[j].start + lf;
      type = ner::kNerOrg;
      legal_form = true;
    }
    // Legal form after the name.
    if (end + 1 < text.size() && text[end] == ' ') {
      if (size_t lf = LegalFormAt(text, end + 1); lf > 0) {
        end = end + 1 + lf;
        type = ner::kNerOrg;
        legal_form = true;
        while (j + 1 < toks.size() && toks[j + 1].start < end) ++j;
      }
    }
    // Spanish: a name the fallback rule typed ORG is a person's after a role, title or speech
    // verb ("el candidato X", "la presidenta X", "dijo X") or with a role in apposition
    // after it ("X, candidato del …", "X, de 40 años"); not one an organisation rule made
    // (legal form, cue noun, acronym).
    if (lang == Lang::kEs && type == ner::kNerOrg && !legal_form && t.country < 0 &&
        (i == role_holder || SpanishPersonContext(text, toks, i, j))) {
      if (!OrgRuleIn(toks, i, j)) type = ner::kNerPer;
    }
    // Spanish: a name of two to four words the unknown-word rule typed ORG is a person's
    // when a given name opens it ("Rosendo Quiroga", "Maite Ibarluce Soto"; given names of
    // the NER training data, extract/data/given_names.txt); not one an organisation rule
    // made, nor one with a connector ("Eduardo de Castro" stays as the model typed it).
    if (lang == Lang::kEs && type == ner::kNerOrg && !legal_form && t.country < 0 && j > i &&
        j - i <= 3 && (t.lex & kLexGivenName)) {
      bool plain = true;
      for (size_t k = i; k <= j; ++k) {
        plain = plain && toks[k].word && toks[k].candidate && !toks[k].org_rule &&
                toks[k].country < 0 && (k == i || toks[k].start == toks[k - 1].end + 1);
      }
      if (plain) type = ner::kNerPer;
    }
    // Spanish: a name opening with a saint's title ("San Teodoro", "Santa Lucrecia", "Sant
    // Feliu") that no organisation rule typed (legal form, cue noun: "la empresa San X")
    // is a place: towns, districts, islands.
    if (lang == Lang::kEs && type == ner::kNerOrg && !legal_form && t.country < 0 && j > i &&
        SaintTitleEs(str(t))) {
      if (!OrgRuleIn(toks, i, j)) type = ner::kNerLoc;
    }
    // English: capitalised words inside a sentence right before an organisation's name (up
    // to three) are its first words, though the model calls them common ("General Voltaro",
    // "Credit Kellmoor First Boston"): English capitalises no common word there. Not a title
    // or function word (kNeverName: "President", "Mr", "The"), a country or a demonym.
    // Also across "and" or "for" where an institution's name was cut there: a capitalised
    // common word and "and" before a name ending in an institution's head word ("Food and
    // Drug Administration", "Securities and Exchange Commission"), or an institution's head
    // word and "for" ("Office for National Statistics"); the words before those join too.
    // A capitalised word and "&" before the name always join ("Standard & Kellmoor's").
    size_t span_start = t.start;
    if (lang == Lang::kEn && type == ner::kNerOrg && (t.country < 0 || head_of > 0)) {
      size_t lead = i;  // first token of the span after the joins before it
      if (head_of > 0) {
        lead = head_of;
        span_start = toks[head_of].start;
      }
      const auto join_words = [&] {
        for (size_t k = lead; k > 0 && lead - k < 3; --k) {
          const Tok& p = toks[k - 1];
          // An unknown first word of the sentence opens a company named by its head word
          // alone ("Pellam Energy said").
          const bool first_ok = p.unknown && k == i && j == i && CompanyHeadEn(str(t));
          if (!p.word || !p.candidate || (p.first && !first_ok) || p.label != ner::kNerO ||
              (p.lex & kLexNever) || p.country >= 0 || p.demonym >= 0 || p.inner != 0 ||
              p.end + 1 != span_start || text[p.end] != ' ' || p.end - p.start < 3 ||
              (!out->empty() && out->back().end > p.start)) {
            break;
          }
          span_start = p.start;
          lead = k - 1;
        }
      };
      join_words();
      if (lead >= 2) {
        const Tok& c = toks[lead - 1];
        const Tok& p = toks[lead - 2];
        const std::string_view cw = str(c);
        // Before "&" also a word the model named alone just before ("Pellow & Tarvik" tagged
        // as two names): that mention becomes part of this one.
        const bool amp = cw == "&";
        const bool named_alone = amp && !out->empty() && out->back().start == p.start &&
                                 out->back().end == p.end && out->back().type == EntityType::kOrg;
        const bool plain = p.word && p.candidate && (p.label == ner::kNerO || named_alone) &&
                           p.country < 0 && p.demonym < 0 && p.inner == 0 &&
                           (p.lex & kLexNever) == 0 && p.end + 1 == c.start &&
                           c.end + 1 == span_start && text[p.end] == ' ' && text[c.end] == ' ' &&
                           (out->empty() || out->back().end <= p.start || named_alone);
        if (plain && ((cw == "and" && !p.first && InstitutionHeadEn(str(toks[j]))) ||
                      (cw == "for" && InstitutionHeadEn(str(p))) || amp)) {
          if (named_alone) out->pop_back();
          lead -= 2;
          span_start = p.start;
          join_words();
        }
      }
    }
    // English: a region word before a place the model found joins it ("Latin America").
    if (lang == Lang::kEn && type == ner::kNerLoc && t.country < 0 && span_start == t.start &&
        after_region(i) && (out->empty() || out->back().end <= toks[i - 1].start)) {
      span_start = toks[i - 1].start;
    }
    // German: the capitalised first word of a foreign name the model left out joins it — a
    // leading article or saint's word ("Los Angeles", "Buenos Aires", "Tel Aviv", "San
    // Remo") or a word before a lower-case Romance connector ("Rio de Janeiro").
    if (lang == Lang::kDe && t.country < 0 && span_start == t.start && i > 0 &&
        (out->empty() || out->back().end <= toks[i - 1].start)) {
      static constexpr std::string_view kForeignFirstDe[] = {
          "Los", "Las",   "San", "Santa", "São",    "Buenos", "Tel",   "El",
          "Abu", "Kuala", "Sri", "Costa", "Puerto", "Porto",  "Sankt", "Rio"};
      static constexpr std::string_view kRomanceConnectors[] = {"de", "do", "dos", "del", "da"};
      auto joins = [&](const Tok& x, size_t next_start) {
        return x.word && x.candidate && x.label == ner::kNerO && x.country < 0 && x.demonym < 0 &&
               x.inner == 0 && x.end + 1 == next_start && text[x.end] == ' ';
      };
      const Tok& p = toks[i - 1];
      if (joins(p, t.start) && InList(str(p), kForeignFirstDe)) {
        span_start = p.start;
      } else if (i > 1 && !p.word && p.end + 1 == t.start && text[p.start] == '.' &&
                 text[p.end] == ' ' && toks[i - 2].end == p.start && str(toks[i - 2]) == "St" &&
                 toks[i - 2].label == ner::kNerO &&
                 (out->empty() || out->back().end <= toks[i - 2].start)) {
        span_start = toks[i - 2].start;  // "St. Kralingen": the saint's abbreviation
        if (type != ner::kNerOrg) type = ner::kNerLoc;
      } else if (i > 1 && p.word && !p.candidate && p.end - p.start <= 3 && p.end + 1 == t.start &&
                 text[p.end] == ' ' && InList(str(p), kRomanceConnectors)) {
        const Tok& q = toks[i - 2];
        // The first word may have been named alone just before ("Rio" as a place): the
        // whole name replaces that mention and keeps its type.
        const bool named = !out->empty() && out->back().start == q.start &&
                           out->back().end == q.end && q.end + 1 == p.start && text[q.end] == ' ' &&
                           out->back().type == EntityType::kPlace;
        if (named) {
          out->pop_back();
          type = ner::kNerLoc;
          span_start = q.start;
        } else if (joins(q, p.start) && !q.first && (q.lex & kLexNever) == 0 &&
                   NounLikeDe(lower_of(q)) == NounLike::kNo &&
                   (out->empty() || out->back().end <= q.start)) {
          span_start = q.start;  // not a German word: "Innenminister de X", "Wie de X"
        }
      }
    }
    // Spanish: a saint's word opening the sentence is the first word of the name after it
    // ("San Ramiro, con 2.400 vecinos"), which the model leaves out there only.
    if (lang == Lang::kEs && t.country < 0 && span_start == t.start && i > 0 &&
        (out->empty() || out->back().end <= toks[i - 1].start)) {
      static constexpr std::string_view kSaintEs[] = {"San", "Santa", "Santo", "Sant"};
      const Tok& p = toks[i - 1];
      if (p.word && p.first && p.end + 1 == t.start && text[p.end] == ' ' &&
          InList(str(p), kSaintEs)) {
        span_start = p.start;
      }
    }
    std::string_view surface = text.substr(span_start, end - span_start);
    EntityMention m;
    m.field = field;
    m.start = static_cast<uint32_t>(span_start);
    m.end = static_cast<uint32_t>(end);
    m.surface = std::string(surface);
    m.type = TypeOf(type);
    if (t.country >= 0 && j == i + t.country_len - 1 && span_start == t.start) {
      // A country alone: its display name in the text's language. A city or region keeps the
      // text's spelling (it is one of the place's spellings in the text's language: "Girona"
      // stays, though the Spanish list names Gerona first), minus a German genitive -s.
      m.entity = country_names[static_cast<size_t>(t.country)][LangIndex(lang)];
      if (t.country >= first_place) {
        std::string_view own = text.substr(t.start, toks[j].end - t.start);
        ner::LowerInto(own, &key);
        if (!place_langs.contains(key) && own.size() > 3 && own.back() == 's') {
          own.remove_suffix(1);
          key.pop_back();
        }
        ner::LowerInto(m.entity, &lower_entity);
        if (key != lower_entity) m.entity = std::string(own);
      }
      m.type = EntityType::kPlace;
    } else {
      m.entity = m.surface;
      // German genitive: "Kralingers" -> "Kralinger" when the name occurs without -s; a
      // person's full name ("Anton Morwalds Anwalt") also when the surname does ("Morwald").
      if (lang == Lang::kDe && m.entity.size() > 3 && m.entity.back() == 's' &&
          m.entity[m.entity.size() - 2] != 's') {
        const std::string_view bare = std::string_view(m.entity).substr(0, m.entity.size() - 1);
        const size_t sp = bare.rfind(' ');
        // Not a given name ("Hans Peters" beside a "Peter Kral": Peters is the surname).
        const bool surname = m.type == EntityType::kPerson && sp != std::string_view::npos &&
                             bare.size() - sp > 3 && !GivenNameWord(bare.substr(sp + 1)) &&
                             OccursElsewhere(text, bare.substr(sp + 1), std::string_view::npos);
        if (surname || OccursElsewhere(text, bare, t.start)) m.entity.pop_back();
      }
      if (lang == Lang::kDe && m.type != EntityType::kPerson) {
        NominativeAdjectiveDe(text, span_start, &m.entity);
      }
      if (lang == Lang::kDe && m.type == EntityType::kOrg) {
        NominalizedAdjectiveDe(text, span_start, &m.entity);
      }
    }
    bool one_char = surface.size() < 2;
    // English: "New" alone is no name — the adjective opening a sentence ("New loans fell")
    // or the first word of a name the span lost ("New York-based").
    const bool lone_new = lang == Lang::kEn && surface == "New";
    const bool feast = lang == Lang::kEs && (FeastEs(surface) || EconomicTermEs(surface));
    if (particle_opens && m.type == EntityType::kPerson) FullNameOfSurname(*out, &m.entity);
    if (!one_char && !shouting && !lone_new && !feast) out->push_back(std::move(m));
    i = j + 1;
  }
}

void NameTagger::Impl::Propagate(std::string_view text, Lang lang, Field field,
                                 std::span<const EntityMention> known, size_t first,
                                 std::span<const Tok> toks, std::span<const uint32_t> visits,
                                 std::vector<EntityMention>* out) const {
  if (out->size() <= first) return;
  auto found = std::span<EntityMention>(*out).subspan(first);
  // 0. English: the first word of a sentence, capitalised anyway, is the first word of the
  // organisation's name after it when the initials of both spell an acronym the text uses
  // ("Kellmoor Voltaro has warned … KV said": "Kellmoor Voltaro"). The acronym then names
  // it wherever it recurs (step 2), also when it has two letters.
  std::vector<std::string> lead_initials;
  std::vector<const EntityMention*> lead_names;
  if (lang == Lang::kEn) {
    lead_initials.reserve(found.size());
    for (EntityMention& m : found) {
      // The model often calls a lone unknown word a person ("Voltaro"); with an acronym
      // spelled by the name the text uses, the name is an organisation's.
      const bool lone_person =
          m.type == EntityType::kPerson && m.surface.find(' ') == std::string::npos;
      if ((m.type != EntityType::kOrg && !lone_person) || m.entity != m.surface || m.start < 2 ||
          text[m.start - 1] != ' ' || IsAcronym(m.surface)) {
        continue;
      }
      auto p = std::lower_bound(toks.begin(), toks.end(), m.start - 1,
                                [](const Tok& t, size_t pos) { return t.end < pos; });
      if (p == toks.end() || p->end != m.start - 1 || !p->word || !p->first || p->country >= 0 ||
          p->demonym >= 0 || p->inner != 0 || p->end - p->start < 3) {
        continue;
      }
      const std::string_view w = text.substr(p->start, p->end - p->start);
      if (!ner::StartsUpper(w) || (LexByHash(ner::LowerHash(w)) & kLexNever)) continue;
      std::string initials;
      AppendInitials(w, &initials);
      AppendNameInitials(m.surface, &initials);
      if (initials.size() < 2 || !OccursElsewhere(text, initials, std::string_view::npos)) continue;
      m.start = p->start;
      m.surface = std::string(text.substr(m.start, m.end - m.start));
      m.entity = m.surface;
      m.type = EntityType::kOrg;
      lead_initials.push_back(std::move(initials));
      lead_names.push_back(&m);
    }
  }
  // 1. Acronym aliases. "Donauer Standards Institute (DSI)": the capitalised words right
  // before the parenthesis whose initials spell the acronym are the long name.
  // Aliases only ever rename tagged acronyms: without one, none is collected.
  // Mixed-case acronyms ("GdV") only where the text defines them.
  const auto defined_form = [](std::string_view w) {
    return IsAcronym(w) || IsMixedCaseAcronym(w);
  };
  const bool any_acronym = std::any_of(
      found.begin(), found.end(), [&](const EntityMention& m) { return defined_form(m.surface); });
  std::unordered_map<std::string, std::pair<std::string, EntityType>> alias;
  for (const EntityMention& a : any_acronym ? found : found.first(0)) {
    if (!defined_form(a.surface) || a.start < 2 || text[a.start - 1] != '(' ||
        a.end >= text.size() || text[a.end] != ')') {
      continue;
    }
    std::string_view acr = a.surface;
    const std::string_view long_name = LongNameBefore(text, a.start - 1, acr);
    if (long_name.empty()) continue;
    const size_t long_start = static_cast<size_t>(long_name.data() - text.data());
    const size_t long_end = long_start + long_name.size();
    std::string name(long_name);
    EntityType type = EntityType::kOrg;
    // Replace the tagger's partial mentions inside the long name by one mention.
    for (EntityMention& m : found) {
      if (m.end > long_start && m.start < long_end) {
        m.entity = name;
        m.type = type;
      }
    }
    alias.emplace(std::string(acr), std::make_pair(name, type));
  }
  // An acronym defined outside the tagged ranges ("Der Chef der Pohlinger Invest AG (PIA)
  // sagte …" far from any figure, later "Die PIA hält 20 Prozent"): the long name before
  // its first "(ACR)" in the text.
  std::vector<std::string_view> tried;
  for (const EntityMention& a : any_acronym ? found : found.first(0)) {
    if (!defined_form(a.surface) || alias.count(a.surface) != 0 ||
        std::find(tried.begin(), tried.end(), a.surface) != tried.end()) {
      continue;
    }
    tried.push_back(a.surface);
    std::string paren = "(" + a.surface + ")";
    const size_t at = text.find(paren);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view long_name = LongNameBefore(text, at, a.surface);
    if (!long_name.empty()) {
      alias.emplace(a.surface, std::make_pair(std::string(long_name), EntityType::kOrg));
    }
  }
  // Initials of gazetteer names too ("General Motors" -> "GM").
  for (const EntityMention& m : any_acronym ? known : known.first(0)) {
    if (m.type != EntityType::kOrg || IsAcronym(m.surface)) continue;
    std::string initials;
    AppendNameInitials(m.entity, &initials);
    if (initials.size() >= 2) alias.emplace(initials, std::make_pair(m.entity, m.type));
  }
  // The first word of a longer organisation name stands for it ("Standard" after
  // "Standard Chartered", "Marsh" after "Marsh & McLennan"); not a country's name, which
  // alone is the country ("Vietnam" after "Vietnam Airlines").
  std::unordered_map<std::string, std::string> head_word;
  std::string head_lower;
  for (const EntityMention& m : found) {
    if (m.type != EntityType::kOrg) continue;
    size_t sp = m.surface.find_first_of(" &");
    if (sp == std::string::npos || sp < 3) continue;
    const std::string_view head = std::string_view(m.surface).substr(0, sp);
    ner::LowerInto(head, &head_lower);
    if (country_by_name.contains(head_lower)) continue;
    head_word.emplace(head, m.entity);
  }
  for (EntityMention& m : found) {
    if (m.surface.find(' ') != std::string::npos) continue;
    // Nor a demonym that named its country in its context ("Thai" in "the Thai baht" after
    // "Thai Airways").
    if (m.type == EntityType::kPlace && m.entity != m.surface) continue;
    auto it = head_word.find(m.surface);
    if (it != head_word.end()) {
      m.entity = it->second;
      m.type = EntityType::kOrg;
    }
  }
  for (size_t i = 0; any_acronym && i < found.size(); ++i) {
    const EntityMention& m = found[i];
    if (IsAcronym(m.surface)) continue;
    // "Long Name (LN)". After a person's name the acronym is a party or an employer
    // ("Carla Bentz (VLP)"): that tag goes with the person, but no alias is made, so the
    // acronym standing alone is its own organisation.
    if (i + 1 < found.size() && found[i + 1].start == m.end + 2 && text.substr(m.end, 2) == " (" &&
        IsAcronym(found[i + 1].surface) && found[i + 1].end < text.size() &&
        text[found[i + 1].end] == ')') {
      if (m.type == EntityType::kPerson) {
        found[i + 1].entity = m.entity;
        found[i + 1].type = m.type;
      } else {
        alias.emplace(found[i + 1].surface, std::make_pair(m.entity, m.type));
      }
    }
    // Initials of the capitalised words: "Korea First Bank" -> "KFB".
    std::string initials;
    AppendNameInitials(m.surface, &initials);
    if (initials.size() >= 2) alias.emplace(initials, std::make_pair(m.entity, m.type));
  }
  if (!alias.empty()) {
    for (EntityMention& m : found) {
      auto it = alias.find(m.surface);
      if (it != alias.end() && defined_form(m.surface)) {
        m.entity = it->second.first;
        m.type = it->second.second;
      }
    }
  }
  // 1b. The words of a long name that spell its acronym are its short form wherever they
  // stand without the rest ("der Pohlinger-Brenner Invest (12 Prozent)" with "Pohlinger-Brenner
  // Invest Beteiligungs AG (PBI)" elsewhere; all languages). At least two initials; whole
  // words; not inside another mention.
  std::vector<EntityMention> extra;
  for (const auto& [acr, named] : alias) {
    const std::string& name = named.first;
    if (named.second != EntityType::kOrg || acr.size() < 2) continue;
    std::string initials;
    size_t ts = 0, te = 0, pos = 0, short_end = 0;
    while (initials.size() < acr.size() && scan::NextToken(name, pos, &ts, &te)) {
      pos = te;
      AppendInitials(std::string_view(name).substr(ts, te - ts), &initials);
      short_end = te;
    }
    if (initials != acr || short_end >= name.size()) continue;
    const std::string_view short_name = std::string_view(name).substr(0, short_end);
    for (size_t at = text.find(short_name); at != std::string_view::npos;
         at = text.find(short_name, at + 1)) {
      const size_t end = at + short_name.size();
      if ((at > 0 && (scan::IsAsciiAlnum(text[at - 1]) || text[at - 1] == '-' ||
                      static_cast<unsigned char>(text[at - 1]) >= 0x80)) ||
          (end < text.size() && (scan::IsAsciiAlnum(text[end]) || text[end] == '-' ||
                                 static_cast<unsigned char>(text[end]) >= 0x80)) ||
          text.substr(at, name.size()) == name) {
        continue;
      }
      bool inside = false;
      for (const EntityMention& m : found) inside = inside || (m.start < end && at < m.end);
      for (const EntityMention& m : known) inside = inside || (m.start < end && at < m.end);
      if (inside) continue;
      EntityMention m;
      m.entity = name;
      m.type = EntityType::kOrg;
      m.field = field;
      m.start = static_cast<uint32_t>(at);
      m.end = static_cast<uint32_t>(end);
      m.surface = std::string(short_name);
      extra.push_back(std::move(m));
    }
  }
  // 1c. English: an organisation's name of two or more words found once is that organisation
  // wherever its words recur whole ("Kellmoor Bourse" opening a sentence, where the model
  // tags nothing or only a later word: "Air Voltaro" -> "Voltaro" as a place). A mention
  // lying inside the recurrence grows to it; one overlapping it partly or right before it
  // ("China" + "Aviation Oil": the model cut one name in two), a gazetteer mention or a
  // short form (1b) keeps the text as it is. Mentions are sorted by start and never overlap:
  // a binary search finds the neighbours of a recurrence.
  if (lang == Lang::kEn) {
    auto by_start = [](const EntityMention& m, size_t pos) { return m.start < pos; };
    // True when mentions of `ms` overlap [at, end) or end right before it; *inner (when
    // given) is the one mention strictly inside, *n_inner counts them.
    auto near = [&](auto& ms, size_t at, size_t end, auto inner, size_t* n_inner) {
      auto it = std::lower_bound(ms.begin(), ms.end(), at, by_start);
      if (it != ms.begin()) {
        const EntityMention& prev = *(it - 1);
        if (prev.end > at || (prev.end + 1 == at && text[at - 1] == ' ')) return true;
      }
      for (; it != ms.end() && it->start < end; ++it) {
        if (inner == nullptr || it->end > end || (it->start == at && it->end == end)) return true;
        *inner = &*it;
        ++*n_inner;
      }
      return false;
    };
    for (size_t i = 0; i < found.size(); ++i) {
      if (found[i].type != EntityType::kOrg || found[i].surface.find(' ') == std::string::npos) {
        continue;
      }
      const std::string_view name = found[i].surface;
      bool seen = false;
      for (size_t k = 0; k < i && !seen; ++k) {
        seen = found[k].type == EntityType::kOrg && found[k].surface == name;
      }
      if (seen) continue;
      for (size_t at = scan::FindExact(text, name); at != std::string_view::npos;
           at = scan::FindExact(text, name, at + 1)) {
        if (at == found[i].start) continue;
        const size_t end = at + name.size();
        if ((at > 0 && (scan::IsWordOrHigh(text[at - 1]) || text[at - 1] == '-')) ||
            (end < text.size() && (scan::IsWordOrHigh(text[end]) || text[end] == '-'))) {
          continue;
        }
        EntityMention* inner = nullptr;
        size_t n_inner = 0;
        if (near(found, at, end, &inner, &n_inner) || n_inner > 1 ||
            near(known, at, end, static_cast<const EntityMention**>(nullptr), nullptr)) {
          continue;
        }
        bool in_extra = false;
        for (const EntityMention& m : extra) in_extra = in_extra || (m.start < end && at < m.end);
        if (in_extra) continue;
        if (inner != nullptr) {
          // `name` views found[i], never `inner` (strictly shorter).
          inner->start = static_cast<uint32_t>(at);
          inner->end = static_cast<uint32_t>(end);
          inner->surface = std::string(name);
          inner->entity = found[i].entity;
          inner->type = EntityType::kOrg;
          continue;
        }
        EntityMention m;
        m.entity = found[i].entity;
        m.type = EntityType::kOrg;
        m.field = field;
        m.start = static_cast<uint32_t>(at);
        m.end = static_cast<uint32_t>(end);
        m.surface = std::string(name);
        extra.push_back(std::move(m));
      }
    }
  }
  // 2. One-word names and surnames found once are names wherever they recur.
  // Keys are views into the found mentions' surfaces (not changed from here on). A flat
  // table, sorted by key once filled (no node per key); of equal keys the one added first
  // wins, as with emplace into a map.
  struct WordKey {
    std::string_view key;
    uint32_t order;  // when it was added
    const EntityMention* m;
  };
  thread_local std::vector<WordKey> words;
  words.clear();
  auto add_word = [&](std::string_view key, const EntityMention* m) {
    words.push_back({key, static_cast<uint32_t>(words.size()), m});
  };
  for (const EntityMention& m : found) {
    std::string_view sv = m.surface;
    size_t last_space = sv.rfind(' ');
    if (last_space == std::string_view::npos) {
      // Not a demonym naming its country ("Swiss" for Switzerland): step 3 judged each of
      // them in its context ("Swiss francs" the country's, "Swiss drugmaker X" a company).
      const bool demonym = m.type == EntityType::kPlace && m.entity != m.surface &&
                           ner::LowerHash(m.entity) != ner::LowerHash(sv);  // not "ECUADOR"
      if (sv.size() >= 3 && !demonym) add_word(sv, &m);
    } else if (m.type == EntityType::kOrg) {
      // "Kralinger" after "Kralinger Maschinenbau AG", unless a common word ("Deutsche").
      std::string_view head = sv.substr(0, sv.find(' '));
      const uint64_t h = ner::LowerHash(head);
      if (head.size() >= 4 && !KnownWord(lang, h) && !(LexByHash(h) & kLexNever)) {
        add_word(head, &m);
      }
    } else if (m.type == EntityType::kPerson) {
      std::string_view surname = sv.substr(last_space + 1);
      if (surname.size() >= 3 && ner::StartsUpper(surname)) {
        add_word(surname, &m);
      }
    }
  }
  for (size_t i = 0; i < lead_initials.size(); ++i) add_word(lead_initials[i], lead_names[i]);
  std::sort(words.begin(), words.end(), [](const WordKey& a, const WordKey& b) {
    return a.key != b.key ? a.key < b.key : a.order < b.order;
  });
  words.erase(std::unique(words.begin(), words.end(),
                          [](const WordKey& a, const WordKey& b) { return a.key == b.key; }),
              words.end());
  auto find_word = [&](std::string_view w) -> const EntityMention* {
    auto it = std::lower_bound(words.begin(), words.end(), w,
                               [](const WordKey& e, std::string_view k) { return e.key < k; });
    return it != words.end() && it->key == w ? it->m : nullptr;
  };
  // German place adjectives in -er of a one-word place the text names ("Tirol" ->
  // "Tiroler", "Bremen" -> "Bremer", "Dresden" -> "Dresdner"): the place, unless a company
  // noun follows ("der Grazer Konzern" refers to a company).
  // The places in mention order (found, then known); the adjective is looked up by comparing
  // (place_of), no key strings built: the first place whose forms include the word wins.
  std::vector<const EntityMention*> places;
  if (lang == Lang::kDe) {
    auto add_place = [&](const EntityMention& m) {
      const std::string& sv = m.surface;
      if (m.type != EntityType::kPlace || sv.size() < 3 ||
          sv.find_first_of(" -") != std::string::npos || !ner::StartsUpper(sv)) {
        return;
      }
      places.push_back(&m);
    };
    for (const EntityMention& m : found) add_place(m);
    for (const EntityMention& m : known) add_place(m);
  }
  // REQUIRES: `w` ends with "er". The place named by the adjective `w`: place + "er", or for
  // a place in -en its stem + "er" / + "ner".
  auto place_of = [&](std::string_view w) -> const EntityMention* {
    for (const EntityMention* m : places) {
      const std::string_view sv = m->surface;
      if (w.size() == sv.size() + 2 && w.starts_with(sv)) return m;
      if (sv.size() > 4 && sv.ends_with("en")) {
        const std::string_view stem = sv.substr(0, sv.size() - 2);
        if (w.starts_with(stem) && (w.size() == stem.size() + 2 ||
                                    (w.size() == stem.size() + 3 && w[stem.size()] == 'n'))) {
          return m;
        }
      }
    }
    return nullptr;
  };
  if (words.empty() && places.empty() && extra.empty()) return;
  // Filter before hashing a token: bit min(length, 63) of lengths[first byte & 63] is set when
  // some key starts with that byte and has that length.
  std::array<uint64_t, 64> lengths{};
  auto length_bit = [](size_t n) { return uint64_t{1} << std::min<size_t>(n, 63); };
  for (const WordKey& k : words) {
    lengths[static_cast<uint8_t>(k.key[0]) & 63] |= length_bit(k.key.size());
  }
  const size_t n_short = extra.size();
  size_t ki = 0, fi = 0;
  // The word tokens the tagger made of the text's ranges, split at the inner '-' and '&' it
  // joins ("Kralinger-Chef" -> "Kralinger", "Chef"): no second tokenization.
  auto visit = [&](size_t ts, size_t te) {
    const std::string_view w(text.data() + ts, te - ts);
    if (!ner::StartsUpper(w)) return;
    // Most words can be no key (by first byte and length, also without a German genitive -s)
    // and no place adjective: they end here, before the cursors and the overlap tests (which
    // only reject; the cursors catch up at the next word that gets past this test).
    const uint64_t may = lengths[static_cast<uint8_t>(w[0]) & 63];
    const bool may_genitive = lang == Lang::kDe && w.size() > 3 && w.back() == 's' &&
                              (may & length_bit(w.size() - 1)) != 0;
    // (ends_with("er") by its two bytes: the library call compares through memcmp.)
    const bool may_place =
        !places.empty() && w.size() >= 5 && w[w.size() - 2] == 'e' && w.back() == 'r';
    if ((may & length_bit(w.size())) == 0 && !may_genitive && !may_place) return;
    while (ki < known.size() && known[ki].end <= ts) ++ki;
    if (ki < known.size() && known[ki].start < te) return;
    while (fi < found.size() && found[fi].end <= ts) ++fi;
    if (fi < found.size() && found[fi].start < te) return;
    for (size_t k = 0; k < n_short; ++k) {
      if (extra[k].start < te && ts < extra[k].end) return;  // inside a short form (1b)
    }
    // Part of a hyphen compound ("Kralinger-Chef"): not a mention of its own.
    if ((te < text.size() && text[te] == '-') || (ts > 0 && text[ts - 1] == '-')) return;
    const EntityMention* source = (may & length_bit(w.size())) ? find_word(w) : nullptr;
    if (source == nullptr && may_genitive) source = find_word(w.substr(0, w.size() - 1));
    if (source == nullptr && may_place) {
      if (const EntityMention* place = place_of(w)) {
        // The next word: not a company noun ("der Grazer Konzern", "die Tiroler Bank").
        size_t ns = te;
        while (ns < text.size() && text[ns] == ' ') ++ns;
        size_t ne = ns;
        while (ne < text.size() && text[ne] != ' ' && text[ne] != ',' && text[ne] != '.') ++ne;
        const std::string_view next = text.substr(ns, ne - ns);
        std::string lower;
        ner::LowerInto(next, &lower);
        if (ns == te + 1 && !IsCueSuffix(next, lang) && !InList(lower, kCueNouns) &&
            !InList(lower, kCueSuffixesDe)) {
          source = place;
        }
      }
    }
    if (source == nullptr) return;
    EntityMention m;
    m.entity = source->entity;
    m.type = source->type;
    m.field = field;
    m.start = static_cast<uint32_t>(ts);
    m.end = static_cast<uint32_t>(te);
    m.surface = std::string(text.substr(ts, te - ts));
    extra.push_back(std::move(m));
  };
  for (const uint32_t v : visits) {
    const Tok& t = toks[v];
    if (t.inner == 0) {
      visit(t.start, t.end);
      continue;
    }
    for (size_t ps = t.start; ps < t.end;) {
      size_t pe = ps;
      while (pe < t.end && text[pe] != '-' && text[pe] != '&') ++pe;
      visit(ps, pe);
      ps = pe + 1;
    }
  }
  if (extra.empty()) return;
  if (n_short > 0) {
    std::sort(extra.begin(), extra.end(),
              [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
  }
  const size_t mid = out->size();
  for (EntityMention& m : extra) out->push_back(std::move(m));
  std::inplace_merge(
      out->begin() + static_cast<std::ptrdiff_t>(first),
      out->begin() + static_cast<std::ptrdiff_t>(mid), out->end(),
      [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
}

// German common-noun endings (derived nouns: "-ung", "-heit", "-schaft" …), never a name.
constexpr std::string_view kNounSuffixesDe[] = {
    "ung",  "ungen",  "heit", "heiten", "keit",  "keiten", "schaft", "schaften",
    "ität", "itäten", "tion", "tionen", "ismus", "nis",    "nisse",  "tum"};
// Plural endings stripped to find a known singular ("Migranten" -> "migrant").
constexpr std::string_view kPluralEndingsDe[] = {"en", "n", "e", "s", "er", "ern", "nen"};

namespace {

// German: a word shaped like an adverb, adjective or participle ("Gegenwärtig",
// "Schließlich", "Abschließend", "Teilweise", "Erstmals", "Geworben"). The participle shape
// "Ge…t" / "Ge…en" also takes in names so shaped (a firm "Gerlant", a town "Gemmelsen"): such
// a name only keeps BareName's older rule (it needs a use inside a sentence).
bool AdverbShapeDe(std::string_view w) {
  static constexpr std::string_view kEndings[] = {"ig", "lich", "isch", "weise", "mals", "end"};
  for (std::string_view end : kEndings) {
    if (EndsWith(w, end)) return true;
  }
  return w.starts_with("Ge") && (EndsWith(w, "en") || EndsWith(w, "t"));
}

}  // namespace

bool NameTagger::Impl::BareName(std::string_view word, const BareEvidence& e) const {
  // Sentence-initial only ("Insgesamt", "Demnach") is no name, unless the word opens two
  // sentences before a lower-case word and is not shaped like an adverb ("Kralvon wolle …",
  // "Kralvon fiel …": a company a short report names only as its sentences' subject).
  if (e.mid == 0 && (e.bare < 2 || AdverbShapeDe(word))) return false;
  if (LanguageNameDe(word)) return false;  // "auf Türkisch", "Türkisch und Serbisch"
  // Short words (3-5 letters: "Ifra") need one use without an article and one more use.
  const bool short_word = word.size() <= 5;
  if (!(e.bare >= 2 || (e.bare >= 1 && e.hyphen >= 1) ||
        (short_word && e.bare + e.hyphen >= 1 && e.total >= 2))) {
    return false;
  }
  std::string lower;
  ner::LowerInto(word, &lower);
  switch (NounLikeDe(lower)) {
    case NounLike::kNoun:
      return false;
    case NounLike::kCompound:
      // A compound whose last part is a common word ("Elektronikindustrie", "Tiefspeicher")
      // needs both kinds of evidence: uses without an article and a hyphen compound.
      return e.bare >= 2 && e.hyphen >= 1;
    case NounLike::kNo:
      break;
  }
  return true;
}

bool NameTagger::Impl::PluralOrDerivedDe(std::string_view lower) const {
  for (std::string_view suf : kNounSuffixesDe) {
    if (EndsWith(lower, suf) && lower.size() > suf.size() + 2) return true;
  }
  for (std::string_view end : kPluralEndingsDe) {
    if (!EndsWith(lower, end) || lower.size() < end.size() + 3) continue;
    if (end == "en" || end == "ern" || end == "nen") return true;
    if (CommonNounDe(lower.substr(0, lower.size() - end.size()))) return true;
  }
  return false;
}

NameTagger::Impl::NounLike NameTagger::Impl::NounLikeDe(std::string_view lower) const {
  if (CommonNounDe(lower)) return NounLike::kNoun;
  for (std::string_view suf : kNounSuffixesDe) {
    if (EndsWith(lower, suf) && lower.size() > suf.size() + 2) return NounLike::kNoun;
  }
  // A plural of a word the model knows as common ("Flüchtlinge", "Smartphones").
  for (std::string_view end : kPluralEndingsDe) {
    if (!EndsWith(lower, end) || lower.size() < end.size() + 3) continue;
    std::string_view stem = lower.substr(0, lower.size() - end.size());
    if (CommonNounDe(stem) || CommonMargin(Lang::kDe, stem) > 0) return NounLike::kNoun;
  }
  // A singular in "-e" whose plural in "-en" is listed ("Stufe": "Stufen"): the training data
  // holds many such nouns only in the plural. Asked of the word and of a compound's last part
  // ("Tarifstufe"); only words ending in "-e" build the plural (once) and pay the lookups.
  std::string plural;
  if (lower.size() >= 4 && lower.back() == 'e') {
    plural.reserve(lower.size() + 1);
    plural.assign(lower);
    plural += 'n';
    if (CommonNounDe(plural)) return NounLike::kNoun;
  }
  for (size_t k = 3; k + 4 <= lower.size(); ++k) {
    if ((static_cast<uint8_t>(lower[k]) & 0xC0) == 0x80) continue;  // inside a UTF-8 letter
    std::string_view head = lower.substr(k);
    if (CommonNounDe(head) ||
        (!plural.empty() && CommonNounDe(std::string_view(plural).substr(k))) ||
        CommonMargin(Lang::kDe, head) >= kStrongCommon) {
      return NounLike::kCompound;
    }
  }
  return NounLike::kNo;
}

// German: whether the lower-case letters at `e` (right after a capitalised word) go on to
// make it the first part of a longer word ("Torf" in "Torfkontamination"): three bytes or
// more to the word's end, not an inflection or a derived adjective ("-s", "-en", "-er",
// "-ern", "-ische" …: "Kralingers", "Wiener", "Tirolerin"), nor a place noun ("-streifen",
// "-gebiet", "-ufer" …).
bool GluedHeadTail(std::string_view text, size_t e) {
  static constexpr std::string_view kEndings[] = {
      "es",   "en",    "er",     "em",     "ern",    "ers",    "ens",   "erin", "erinnen",
      "isch", "ische", "ischen", "ischer", "isches", "ischem", "innen", "ner",  "nern"};
  const size_t q = scan::WordOrHighRunEnd(text, e);
  const std::string_view tail = text.substr(e, q - e);
  if (tail.size() < 3) return false;
  for (const char c : tail) {
    if (c >= 'A' && c <= 'Z') return false;  // "KralTec": CamelCase is a name's
  }
  // A place glues to a place noun ("Kralstreifen", "Kralufer"): a name all the same.
  static constexpr std::string_view kPlaceNouns[] = {"streifen", "gebiet", "region", "ufer",
                                                     "insel",    "stadt",  "küste",  "grenze"};
  for (std::string_view n : kPlaceNouns) {
    if (tail.ends_with(n)) return false;
  }
  return !InList(tail, kEndings);
}

// German: whether `text` uses the capitalised word `w` as a common noun in one of the ways
// `uses` names (NounUse bits): counts it (kNounCounted: CountedAt, "ein Barrel"); writes it
// after a determiner and a lower-case inflected adjective (kNounAfterAdjective: "die
// diesjährige Matura", "ein unangenehmer Gegner"; not before a hyphen or another capitalised
// word: "der neue Kralix-Chef", "die neue Kralix Bank"); lower-cased as the last part of a
// longer word after a first part of six bytes or more (kNounGlued: "Mathematikmatura",
// "Billigairline"; "Südkorea" and "Innsbruck" are names); lower-cased as a word of its own
// (kNounLowerCase: "gelb und rot"). A name is neither counted, nor described by an adjective
// right after an article in German news, nor glued to a common word's end. Never for a word
// the text writes after a given name or an initial: a surname ("Anton Kralter" … "der
// hochgelobte Kralter"). One search for the capitalised word, one for the lower-cased (by
// its rarest byte); asked only for the few words the callers doubt.
bool NameTagger::Impl::CommonNounUseDe(std::string_view text, std::string_view w,
                                       uint8_t uses) const {
  static const scan::LowerWordSet kDeterminers(kDeterminersDe);
  auto word_byte = [&](size_t i) { return scan::IsWordOrHigh(text[i]); };
  // A lower-case letter at i: ASCII or a small umlaut ("österreichische").
  auto lower_at = [&](size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'a' && c <= 'z') return true;
    if (c != 0xC3 || i + 1 >= text.size()) return false;
    const auto n = static_cast<unsigned char>(text[i + 1]);
    return n == 0xA4 || n == 0xB6 || n == 0xBC;
  };
  bool adjective = false, counted = false;
  for (size_t p = scan::FindExact(text, w); p != std::string_view::npos;
       p = scan::FindExact(text, w, p + 1)) {
    const size_t e = p + w.size();
    if ((uses & kNounGluedHead) != 0 && e < text.size() && lower_at(e) &&
        (p == 0 || !word_byte(p - 1)) && GluedHeadTail(text, e)) {
      return true;
    }
    if (p < 2 || text[p - 1] != ' ' || (e < text.size() && (word_byte(e) || text[e] == '-'))) {
      continue;
    }
    if (e + 1 < text.size() && text[e] == ' ' && ner::StartsUpper(text.substr(e + 1, 2))) continue;
    const size_t a = scan::WordOrHighRunStart(text, 0, p - 1);
    const std::string_view before = text.substr(a, p - 1 - a);
    // After a given name or an initial ("Anton Kralter", "Joseph S. Kralter"): a surname.
    if ((p >= 4 && text[p - 2] == '.' && ner::StartsUpper(text.substr(p - 3, 1)) &&
         text[p - 4] == ' ') ||
        GivenNameWord(before)) {
      return false;
    }
    if ((uses & kNounCounted) != 0 && CountedAt(text, p)) counted = true;
    // "der sogenannte Kralrat" introduces a name; a country's or region's adjective places
    // one ("der steirischen Caritas", "die deutsche Kralpost").
    if (adjective || (uses & kNounAfterAdjective) == 0 || a < 2 || text[a - 1] != ' ' ||
        before.size() < 4 || !lower_at(a) || before.starts_with("sogenannt") ||
        before.starts_with("deutsch") || before.find("isch") != std::string_view::npos ||
        !(before.ends_with("e") || before.ends_with("en") || before.ends_with("er") ||
          before.ends_with("es") || before.ends_with("em"))) {
      continue;
    }
    const size_t d = scan::WordOrHighRunStart(text, 0, a - 1);
    adjective = d + 1 < a && (d == 0 || !word_byte(d - 1)) &&
                kDeterminers.Contains(text.substr(d, a - 1 - d));
  }
  if (adjective || counted) return true;
  const bool glued = (uses & kNounGlued) != 0 && w.size() >= 5;  // "Otto" in "Lotto"
  if (!glued && (uses & kNounLowerCase) == 0) return false;
  std::string lower;
  ner::LowerInto(w, &lower);
  for (size_t p = scan::FindExact(text, lower); p != std::string_view::npos;
       p = scan::FindExact(text, lower, p + 1)) {
    const size_t e = p + lower.size();
    if (e < text.size() && word_byte(e)) continue;
    if ((uses & kNounLowerCase) != 0 && (p == 0 || !word_byte(p - 1))) return true;
    if (!glued || p < 6 || !lower_at(p - 1)) continue;
    // A first part of six bytes or more: "Südkorea", "Innsbruck" are names of their own.
    const size_t b = scan::WordOrHighRunStart(text, 0, p);
    if (p - b >= 6) return true;
  }
  return false;
}

// German: the model's name label on a word it never saw comes from the word's shape and its
// neighbours alone; every German noun is capitalised, so such a word labelled a name on its
// own ("Der Kralwaggon fuhr …", "Preis für ein Barrel") may well be a common noun. It is one
// when the text counts it ("ein Barrel") or, labelled a person, describes it with an
// adjective after a determiner ("ein unangenehmer Kralger"; CommonNounUseDe). A word labelled
// an organisation only when counted: institutions take adjectives ("die deutsche
// Bundespolizei", "der neue Fiskalrat"). The glued and lower-case uses are left to the
// bare-name rule (Find), which asks them of far fewer words. Not a word an organisation rule
// made, a country or demonym, an acronym, nor part of a longer name (a name token right
// before or after it). A word labelled an organisation or a place is first asked
// ListedNounAloneDe (one pass over the candidates for both rules).
void NameTagger::Impl::CommonNounsAloneDe(std::string_view text, std::span<Tok> toks,
                                          std::span<const uint32_t> cands) const {
  auto name_at = [&](size_t k) {
    return k < toks.size() && toks[k].word && toks[k].candidate && toks[k].label != ner::kNerO;
  };
  for (const size_t k : cands) {
    Tok& t = toks[k];
    if (t.label == ner::kNerO || !t.unknown || t.org_rule || t.country >= 0 || t.demonym >= 0 ||
        t.inner != 0 || t.end - t.start < 4 || (k > 0 && name_at(k - 1)) || name_at(k + 1)) {
      continue;
    }
    const std::string_view w = text.substr(t.start, t.end - t.start);
    // A number or quantity word the model took for a name ("in Flandern, Sechs Wochen
    // später") names no one.
    if (scan::InListLower(w, kCountingWordsDe)) {
      t.label = ner::kNerO;
      continue;
    }
    if (t.label != ner::kNerPer && ListedNounAloneDe(text, toks, k)) {
      t.label = ner::kNerO;
      continue;
    }
    if (t.label == ner::kNerLoc) continue;
    if (IsAcronym(w) || IsCamelCase(w)) continue;
    const bool person = t.label == ner::kNerPer;
    if (CommonNounUseDe(text, w, person ? kNounCounted | kNounAfterAdjective : kNounCounted)) {
      t.label = ner::kNerO;
    }
  }
}

// German: a word of extract/data/de_nouns.txt (the training data labels it O more often than a
// name) that the model, never having seen it, labels a place or an organisation on its own
// from its context alone ("in Tagen", "in Stunden" read like "in <town>") is the common noun.
// CommonNounsAloneDe asks it of its candidates (no rule-made organisation, country, demonym or
// hyphenated word, no name token next to it). Not a short acronym; nor part of a longer name
// (a capitalised word or an English "of" next to it: "Liberale Partei", "Library of
// Science"), a word after a definite article ("die Liberalen": a party), one of a list of
// names ("Leipzig, Essen und Hamburg"), a town of kTownNounsDe, or a word the text writes
// twice as a word of its own (a town named like a noun: "Essen –" … "in Essen"). One set
// lookup per word asked.
bool NameTagger::Impl::ListedNounAloneDe(std::string_view text, std::span<const Tok> toks,
                                         size_t k) const {
  auto name_at = [&](size_t j) {
    return j < toks.size() && toks[j].word && toks[j].candidate &&
           (toks[j].label != ner::kNerO || toks[j].country >= 0);
  };
  const Tok& t = toks[k];
  if ((k > 0 && name_at(k - 1)) || name_at(k + 1)) return false;
  const std::string_view w = text.substr(t.start, t.end - t.start);
  if (IsAcronym(w) && w.size() < 5) return false;
  // Part of a longer name: a capitalised word or an English "of" right before or after it
  // ("Liberale Partei", "Memorial Museum", "Library of Science").
  auto capital_at = [&](size_t j) {
    return j < toks.size() && toks[j].word && toks[j].candidate && !toks[j].first &&
           (toks[j].lex & kLexNever) == 0;
  };
  auto of_at = [&](size_t j) {
    return j < toks.size() && toks[j].end - toks[j].start == 2 &&
           text.substr(toks[j].start, 2) == "of";
  };
  if ((k > 0 && toks[k - 1].end + 1 == t.start && (capital_at(k - 1) || of_at(k - 1))) ||
      (k + 1 < toks.size() && toks[k + 1].start == t.end + 1 &&
       (capital_at(k + 1) || of_at(k + 1)))) {
    return false;
  }
  // One of a list of names ("Leipzig, Essen und Hamburg").
  auto listed_at = [&](size_t sep, size_t j) {
    if (sep >= toks.size() || j >= toks.size() || !name_at(j)) return false;
    const std::string_view s = text.substr(toks[sep].start, toks[sep].end - toks[sep].start);
    return s == "," || s == "und" || s == "oder";
  };
  if ((k >= 2 && listed_at(k - 1, k - 2)) || listed_at(k + 1, k + 2)) return false;
  // After a definite article a plural or adjective noun names a party or a team ("die
  // Liberalen", "die Piraten"); the nouns this rule is for stand without one.
  if (k > 0 && toks[k - 1].end + 1 == t.start &&
      scan::InListLower(text.substr(toks[k - 1].start, toks[k - 1].end - toks[k - 1].start),
                        function_words::kDefiniteArticlesDe)) {
    return false;
  }
  // A town named like a noun, written once ("In Essen stieg …").
  if (scan::InList(w, kTownNounsDe)) return false;
  std::string lower;
  ner::LowerInto(w, &lower);
  if (!CommonNounDe(lower)) return false;
  // A name the text writes again as a word of its own ("in Essen" … "Essen –") is one.
  size_t uses = 0;
  for (size_t p = scan::FindExact(text, w); p != std::string_view::npos && uses < 2;
       p = scan::FindExact(text, w, p + 1)) {
    const size_t e = p + w.size();
    uses += (p == 0 || !scan::IsWordOrHigh(text[p - 1])) &&
            (e == text.size() || !scan::IsWordOrHigh(text[e]));
  }
  if (uses >= 2) return false;
  return true;
}

// German: a one-word name found here that the text also writes right after a given name
// ("Kralhuber hatte …" in a figure's sentence, "Anton Kralhuber" in one the tagger never
// reads: it tags only the lead and the sentences around figures; "Stadtwerkechef Uwe
// Pohlmann", where the model left the given name out) is that person's surname: the mention names
// the person, its entity the full name, as CarryPersons (extractor.cc) writes a carried surname.
// Left typed an organisation, a lone surname takes the figures of a company's sentence. Not
// when two different given names precede the word (two persons share the surname), nor for
// an acronym, a name particle ("Van" of "Karl Van der Pohl"), a country, a given
// name itself or a word with a hyphen, an ampersand or a dot. A surname the text also
// writes as a company's name is the founder's firm again (CarryPersons).
// Spanish and English: a town's one-word name (extract/data/cities.txt) typed a place is the
// surname of a person the tagger found in the text whose name opens with a given name
// ("Nuria Leganés dijo … Según Leganés, …": the town Leganés is her surname); the text is
// not searched for a town's name (cost: towns are frequent).
void NameTagger::Impl::SurnamesOfGivenNames(std::string_view text, Lang lang, size_t first,
                                            std::vector<EntityMention>* out) const {
  std::string lower;
  bool persons_read = false;
  // Views of persons' entities: only mentions of one word are rewritten below.
  thread_local std::vector<std::string_view> person_last;
  person_last.clear();
  for (size_t k = first; k < out->size(); ++k) {
    EntityMention& m = (*out)[k];
    const std::string& name = m.entity;
    // Outside German only a place whose name a person's found here ends with (cheap first).
    if (lang != Lang::kDe) {
      if (m.type != EntityType::kPlace) continue;
      if (!persons_read) {
        persons_read = true;
        for (size_t j = first; j < out->size(); ++j) {
          const std::string& e = (*out)[j].entity;
          const size_t sp = e.rfind(' ');
          if ((*out)[j].type == EntityType::kPerson && sp != std::string::npos) {
            person_last.push_back(std::string_view(e).substr(sp + 1));
          }
        }
        if (person_last.empty()) return;
      }
      if (std::find(person_last.begin(), person_last.end(), name) == person_last.end()) continue;
    }
    if (m.type == EntityType::kProduct || name.size() < 3 || name != m.surface ||
        !ner::StartsUpper(name) || IsAcronym(name) || ner::IsNameParticle(name) ||
        std::any_of(name.begin(), name.end(),
                    [](char c) {  // one byte test, not find_first_of's memchr per byte
                      return c == ' ' || c == '-' || c == '&' || c == '.' || c == '\'';
                    })) {
      continue;
    }
    const uint8_t lex = LexByHash(ner::LowerHash(name));
    if ((lex & (kLexGivenName | kLexNever)) != 0) continue;
    // A place's name (outside German) goes on only when it is a town's.
    const bool town = (lex & kLexCountryFirst) != 0;
    if (town && lang == Lang::kDe) continue;  // German: as before the towns (none seen)
    if (town) {
      ner::LowerInto(name, &lower);
      const auto c = country_by_name.find(lower);
      if (c == country_by_name.end() || c->second < first_town) continue;
    } else if (lang != Lang::kDe) {
      continue;
    }
    // A person the tagger found here with this surname: CarryPersons gives it the mention
    // typed an organisation; one typed a place is given it here when a given name opens the
    // person's name (the tagger's persons include noise: "Mittwoch-Gegner Kralstadt").
    const EntityMention* found_person = nullptr;
    for (size_t j = first; j < out->size() && found_person == nullptr; ++j) {
      const std::string& e = (*out)[j].entity;
      if ((*out)[j].type == EntityType::kPerson && e.size() > name.size() && e.ends_with(name) &&
          e[e.size() - name.size() - 1] == ' ') {
        found_person = &(*out)[j];
      }
    }
    if (found_person != nullptr) {
      const std::string_view full = found_person->entity;
      if (m.type == EntityType::kPlace && GivenNameWord(full.substr(0, full.find(' ')))) {
        m.entity = found_person->entity;
        m.type = EntityType::kPerson;
      }
      continue;
    }
    // A name met before in this text takes the same answer (one search per name).
    bool seen = false;
    for (size_t j = first; j < k && !seen; ++j) {
      const EntityMention& prev = (*out)[j];
      if (prev.surface != name) continue;
      seen = true;
      if (prev.entity != name && prev.type == EntityType::kPerson) {
        m.entity = prev.entity;
        m.type = EntityType::kPerson;
      }
    }
    if (seen || town) continue;
    std::string_view given;  // the one given name written before the name
    bool shared = false;
    for (size_t p = scan::FindExact(text, name); p != std::string_view::npos && !shared;
         p = scan::FindExact(text, name, p + 1)) {
      const size_t e = p + name.size();
      // Whole words only, and not the first part of a double surname ("Anna Kral-Pohl").
      if (p < 3 || text[p - 1] != ' ' ||
          (e < text.size() && (scan::IsWordOrHigh(text[e]) || text[e] == '-'))) {
        continue;
      }
      size_t b = scan::WordOrHighRunStart(text, 0, p - 1);
      if (!GivenNameWord(text.substr(b, p - 1 - b))) continue;
      // Given names before it and a double one joined by a hyphen belong to the name
      // ("Anna Maria Pohl", "Hans-Peter Kral").
      for (int more = 0; more < 2 && b >= 2 && (text[b - 1] == ' ' || text[b - 1] == '-'); ++more) {
        const size_t a = scan::WordOrHighRunStart(text, 0, b - 1);
        if (text[b - 1] == ' ' && !GivenNameWord(text.substr(a, b - 1 - a))) break;
        b = a;
      }
      const std::string_view before = text.substr(b, p - 1 - b);
      if (!given.empty() && given != before) shared = true;
      given = before;
    }
    if (given.empty() || shared) continue;
    m.entity = std::string(given) + " " + name;
    m.type = EntityType::kPerson;
  }
}

void NameTagger::Find(std::string_view text, Lang lang, Field field,
                      std::span<const EntityMention> known, std::vector<EntityMention>* out,
                      std::span<const uint32_t> focus) const {
  thread_local std::vector<Tok> toks;
  // The candidates of the sentence being tokenized (indices from its first token) and the
  // word tokens Propagate visits (indices into toks).
  thread_local std::vector<uint32_t> cands, visits;
  thread_local std::vector<std::pair<uint32_t, uint32_t>> ranges;
  thread_local BareWords bare_words;
  BareMap& bare = bare_words.map;
  thread_local CommonUseEs common_es;
  toks.clear();
  cands.clear();
  visits.clear();
  bare_words.Clear();
  common_es.filled = false;
  common_es.lower_use.clear();
  ranges.clear();
  const size_t first_new = out->size();
  if (focus.empty()) {
    ranges.emplace_back(0, static_cast<uint32_t>(text.size()));
  } else {
    // The lead, and each focus point's sentence with the one before it.
    auto add = [&](size_t s, size_t e) {
      if (!ranges.empty() && s <= ranges.back().second) {
        ranges.back().second = std::max<uint32_t>(ranges.back().second, static_cast<uint32_t>(e));
      } else {
        ranges.emplace_back(static_cast<uint32_t>(s), static_cast<uint32_t>(e));
      }
    };
    {
      // The lead: to the first blank after kLeadBytes (ArticleTopic looks no further; the
      // rest of a long sentence cost a tenth of the tagging and changed no dev-set score).
      const size_t e = scan::SentenceEnd(text, std::min<size_t>(kLeadBytes, text.size()));
      const size_t blank = e > kLeadBytes ? text.find(' ', kLeadBytes) : std::string_view::npos;
      add(0, std::min(e, blank));
    }
    for (uint32_t p : focus) {
      if (p >= text.size()) continue;
      // Inside the last range already: it merges whatever its start, only the end counts.
      if (p < ranges.back().second) {
        add(p, scan::SentenceEnd(text, p));
        continue;
      }
      size_t s = scan::SentenceStart(text, p);
      // One sentence back per step (over the blanks before this sentence's start).
      for (int back = 0; back < kSentencesBefore; ++back) {
        size_t prev = 0, prev_e = 0;
        if (!SentenceBefore(text, s, &prev, &prev_e)) break;
        s = prev;
      }
      add(s, scan::SentenceEnd(text, p));
    }
  }
  // The tokens of all ranges stay in `toks` (Propagate walks them again); each sentence is
  // tagged once, as a slice.
  size_t ki = 0, sentence_begin = 0;
  auto tag_sentence = [&] {
    impl_->Sentence(text, lang, field, std::span<Tok>(toks).subspan(sentence_begin), cands, out,
                    &bare_words, &common_es);
    sentence_begin = toks.size();
    cands.clear();
  };
  // Propagate's walk: a range starting inside the last word of the range before repeats its
  // tail (skipped); a word with an inner join is visited only with an '&' (else every part
  // touches a hyphen); visit() returns at once for a lower-case word or one overlapping a
  // known mention: what `candidate` says (its cursors into known and found only move
  // forward).
  size_t prev_end = 0;
  for (const auto& [from, to] : ranges) {
    bool first = true;
    size_t i = from;
    while (i < to) {
      bool word = false;
      size_t len = scan::CharInfo(text, i, &word);
      const char c = text[i];
      if (!word) {
        if (c == ' ' || c == '\t' || c == '\r') {
          ++i;
          continue;
        }
        if (scan::IsSentenceEnd(text, i)) {
          if (c != '\n') {
            toks.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), false, false,
                            false, false});
          }
          tag_sentence();
          first = true;
          i += len;
          continue;
        }
        toks.push_back(
            {static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), false, false, false, false});
        i += len;
        continue;
      }
      size_t s = i;
      uint8_t inner = 0;
      i = NameTokenEnd(text, i, &inner);
      Tok t{static_cast<uint32_t>(s), static_cast<uint32_t>(i), true, false, false, first};
      while (ki < known.size() && known[ki].end <= s) ++ki;
      t.known = ki < known.size() && known[ki].start < i;
      t.candidate = !t.known && ner::StartsUpper(std::string_view(text.data() + s, i - s));
      // German: the first part of a truncated compound ("Bundes- und Landesmittel",
      // "Kranken-, Pflege- …") is no name.
      if (lang == Lang::kDe && t.candidate && i + 1 < text.size() && text[i] == '-' &&
          (text[i + 1] == ' ' || text[i + 1] == ',')) {
        t.candidate = false;
      }
      t.inner = inner;
      if (t.candidate) cands.push_back(static_cast<uint32_t>(toks.size() - sentence_begin));
      if (s >= prev_end) {
        prev_end = i;
        if (inner == 0 ? t.candidate : (inner & kInnerAmp) != 0) {
          visits.push_back(static_cast<uint32_t>(toks.size()));
        }
      }
      toks.push_back(t);
      first = false;
      // Most words end at a blank: step over it here, without classifying it as a character.
      if (i < to && text[i] == ' ') ++i;
    }
    tag_sentence();
  }
  // German names the model does not know, by their use in the whole text: twice without an
  // article ("Kralinger hat …", "… von Kralinger"), or once so and once as the first part of
  // a hyphen compound ("Kralinger-Pleite"); short words (3-5 letters: "Ifra") once so and
  // used again. The first such use becomes a mention; Propagate finds the others.
  // A German genitive counts for the bare name when both occur ("Kralingers Umsatz").
  for (auto it = bare.begin(); it != bare.end();) {
    const std::string& w = it->first;
    auto stem = w.size() > 4 && w.back() == 's'
                    ? bare.find(std::string_view(w).substr(0, w.size() - 1))
                    : bare.end();
    if (stem == bare.end()) {
      ++it;
      continue;
    }
    BareEvidence& s = stem->second;
    s.bare = static_cast<uint16_t>(s.bare + it->second.bare);
    s.hyphen = static_cast<uint16_t>(s.hyphen + it->second.hyphen);
    s.total = static_cast<uint16_t>(s.total + it->second.total);
    s.mid = static_cast<uint16_t>(s.mid + it->second.mid);
    it = bare.erase(it);
  }
  bool added = false;
  for (const auto& [word, e] : bare) {
    // A short word's other use may come before its first use without an article ("Das Wufo
    // rechnete … laut Wufo"), where it was not yet counted: any other occurrence counts.
    BareEvidence ev = e;
    if (lang == Lang::kDe && word.size() <= 5 && ev.total < 2 && ev.bare + ev.hyphen >= 1 &&
        OccursElsewhere(text, word, e.start)) {
      ev.total = 2;
    }
    // A word the text counts ("zwölf Haie", "ein Barrel"), uses as a common noun ("die
    // diesjährige Matura") or also writes in lower case ("Gelb" … "gelb und rot": an
    // adjective or a verb) is no name, however bare.
    if (lang == Lang::kDe ? impl_->BareName(word, ev) && !CountedDe(text, word) &&
                                !impl_->CommonNounUseDe(text, word,
                                                        kNounAfterAdjective | kNounGlued |
                                                            kNounLowerCase | kNounGluedHead)
                          : e.bare >= 2 && !OccursLower(text, word)) {
      EntityMention m;
      m.field = field;
      m.start = e.start;
      m.end = e.end;
      m.surface = std::string(text.substr(e.start, e.end - e.start));
      m.entity = word;
      // The classifier's name labels of unknown words are close to noise: an organisation
      // (HarmonizeEntityTypes makes it a person where a title or speech verb says so).
      m.type = EntityType::kOrg;
      bool overlaps = false;
      for (size_t k = first_new; k < out->size() && !overlaps; ++k) {
        overlaps = (*out)[k].start < m.end && m.start < (*out)[k].end;
      }
      if (!overlaps) {
        out->push_back(std::move(m));
        added = true;
      }
    }
  }
  if (added) {
    std::stable_sort(
        out->begin() + static_cast<std::ptrdiff_t>(first_new), out->end(),
        [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
  }
  impl_->Propagate(text, lang, field, known, first_new, toks, visits, out);
  impl_->SurnamesOfGivenNames(text, lang, first_new, out);
}

}  // namespace newsfacts::extract
