#pragma once
// The one home of two word lists every stage that reads persons shares: the roles a person
// holds (kRoleWords: "Finanzminister", "presidenta", "chairman", "el cantante") and the verbs
// that report what someone said (kSpeechWords: "sagte", "dijo", "said"). Each entry carries
// its languages and, as flags, the uses a caller may need a subset for (a role that is also
// the last part of a longer word, a state office, one held for oneself; a verb that may stand
// right before its speaker's name). Callers read them through scan::PersonRole,
// scan::PersonCue (declared in entity_scan.h, defined in person_lexicon.cc), attribution's
// SpeechVerb, GovernmentOffice and Spanish references to a person, names_de's PersonRoleHead and
// the Spanish person context of the tagger: a word added here is known to all of them. Words are
// lower case (ASCII case folding only; "präsident" matches "Präsident" by its first byte).
// Thread-safety: constant data and pure constexpr functions.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsfacts::extract::lexicon {

// Languages of an entry, as bits (an unknown language is every one).
inline constexpr uint8_t kDe = 1;
inline constexpr uint8_t kEs = 2;
inline constexpr uint8_t kEn = 4;
inline constexpr uint8_t kAllLangs = kDe | kEs | kEn;

// What a role entry may be used for (bits of RoleWord::uses).
// kEnds: also the last part of a longer word, a German compound or a Spanish prefixed word
//   ("Konzernchef", "vicepresidenta"); without it only the whole word is the role (Spanish
//   occupations: "actor" is no "factor", "rey" no "Monterrey").
// kState: an office of a country's government or state (attribution's GovernmentOffice:
//   the holder's figures are the country's).
// kCabinet: a state office MinisterCountry takes (minister, Kanzler; not the head of state).
// kOwn: held for oneself, not for an organisation (candidates, elected members, artists):
//   attribution's SpeaksForRole leaves them out.
// kNoPersonRole: a state office or compound head that PersonRole does not report: the word
//   after it is often no person's name ("Premier League", "Gouverneur Floridas");
//   GovernmentOffice and PersonRoleHead only.
// kPartOnly: with kEnds, a role only as the last part of a longer word ("Popstar",
//   "Weltmeister", "Brigadegeneral"), not alone: "Star Wars", "General Dynamics" are names.
// kPersonRefEs: a Spanish nominal reference to a person named before ("el candidato propone
//   …", "la presidenta anunció …"): attribution resolves it to the last person subject, not
//   to a company. Entries with kNoPersonRole and no other use are such references only
//   ("mandatario", "política": no role PersonRole reports).
// kPortfolioEs: a Spanish office whose portfolio follows after "de" ("la ministra de
//   Educación", "el consejero de Fomento"; also prefixed: "viceministro"): the tagger's
//   portfolio rule (no name).
// Roles without kEnds (the Spanish occupations) are written in lower case: "Centro Médico X"
// is a name.
inline constexpr uint8_t kEnds = 1;
inline constexpr uint8_t kState = 2;
inline constexpr uint8_t kCabinet = 4;
inline constexpr uint8_t kOwn = 8;
inline constexpr uint8_t kNoPersonRole = 16;
inline constexpr uint8_t kPartOnly = 32;
inline constexpr uint8_t kPersonRefEs = 64;
inline constexpr uint8_t kPortfolioEs = 128;

struct RoleWord {
  std::string_view word;  // lower case
  uint8_t langs;
  uint8_t uses;
};

// The roles. The first block was the role list all languages shared (kAllLangs keeps it
// so); then the German compound heads (names_de's agency rule), the heads of government,
// the Spanish occupations (whole words).
inline constexpr RoleWord kRoleWords[] = {
    // State offices.
    {"minister", kAllLangs, kEnds | kState | kCabinet},
    {"ministerin", kAllLangs, kEnds | kState | kCabinet},
    {"kanzler", kAllLangs, kEnds | kState | kCabinet},
    {"kanzlerin", kAllLangs, kEnds | kState | kCabinet},
    {"ministro", kAllLangs, kEnds | kState | kPersonRefEs | kPortfolioEs},
    {"ministra", kAllLangs, kEnds | kState | kPersonRefEs | kPortfolioEs},
    {"präsident", kAllLangs, kEnds | kState},
    {"präsidentin", kAllLangs, kEnds | kState},
    {"president", kAllLangs, kEnds | kState},
    {"presidente", kAllLangs, kEnds | kState | kPersonRefEs},
    {"presidenta", kAllLangs, kEnds | kState | kPersonRefEs},
    {"chancellor", kEn, kEnds | kState},
    {"gouverneur", kDe, kEnds | kState | kNoPersonRole},
    {"governor", kEn, kEnds | kState},
    {"premier", kDe | kEn, kEnds | kState | kNoPersonRole},
    {"regierungschef", kDe, kEnds | kState},
    {"regierungschefin", kDe, kEnds | kState},
    // Roles for an organisation, and elected members.
    {"chef", kAllLangs, kEnds},
    {"chefin", kAllLangs, kEnds},
    {"sprecher", kAllLangs, kEnds},
    {"sprecherin", kAllLangs, kEnds},
    {"portavoz", kAllLangs, kEnds},
    {"chairman", kAllLangs, kEnds},
    {"director", kAllLangs, kEnds},
    {"directora", kAllLangs, kEnds},
    {"candidato", kAllLangs, kEnds | kOwn | kPersonRefEs},
    {"candidata", kAllLangs, kEnds | kOwn | kPersonRefEs},
    {"senador", kAllLangs, kEnds | kOwn | kPersonRefEs},
    {"senadora", kAllLangs, kEnds | kOwn | kPersonRefEs},
    {"alcalde", kAllLangs, kEnds | kOwn | kPersonRefEs},
    {"alcaldesa", kAllLangs, kEnds | kOwn | kPersonRefEs},
    {"diputado", kAllLangs, kEnds | kOwn},
    {"diputada", kAllLangs, kEnds | kOwn},
    {"consejero", kAllLangs, kEnds | kPortfolioEs},
    {"consejera", kAllLangs, kEnds | kPortfolioEs},
    {"obmann", kAllLangs, kEnds},
    {"obfrau", kAllLangs, kEnds},
    // German roles ("SPÖ-Stadtrat X", "Kralix-Chef X", "UN-Generalsekretär X").
    {"stadtrat", kDe, kEnds | kOwn},
    {"gemeinderat", kDe, kEnds | kOwn},
    {"landesrat", kDe, kEnds},
    {"bezirksrat", kDe, kEnds | kOwn},
    {"rätin", kDe, kEnds | kOwn},
    {"kandidat", kDe, kEnds | kOwn},
    {"kandidatin", kDe, kEnds | kOwn},
    {"star", kDe, kEnds | kOwn | kPartOnly},
    {"manager", kDe, kEnds},
    {"managerin", kDe, kEnds},
    {"trainer", kDe, kEnds},
    {"spieler", kDe, kEnds | kOwn},
    {"gründer", kDe, kEnds},
    {"gründerin", kDe, kEnds},
    {"boss", kDe, kEnds},
    {"leiter", kDe, kEnds},
    {"leiterin", kDe, kEnds},
    {"direktor", kDe, kEnds},
    {"direktorin", kDe, kEnds},
    {"vorsitzende", kDe, kEnds},
    {"vorsitzender", kDe, kEnds},
    {"politiker", kDe, kEnds | kOwn},
    {"politikerin", kDe, kEnds | kOwn},
    {"abgeordnete", kDe, kEnds | kOwn},
    {"abgeordneter", kDe, kEnds | kOwn},
    {"mitglied", kDe, kEnds | kOwn},
    {"anwalt", kDe, kEnds},
    {"anwältin", kDe, kEnds},
    {"sekretär", kDe, kEnds},
    {"sekretärin", kDe, kEnds},
    {"meister", kDe, kEnds | kPartOnly},
    {"kommissar", kDe, kEnds},
    {"kommissarin", kDe, kEnds},
    {"botschafter", kDe, kEnds},
    {"diktator", kDe, kEnds | kOwn},
    {"stürmer", kDe, kEnds | kOwn},
    {"profi", kDe, kEnds | kOwn},
    {"stütze", kDe, kEnds | kOwn},
    {"kapitän", kDe, kEnds | kOwn},
    {"amerikaner", kDe, kEnds | kOwn},
    {"sänger", kDe, kEnds | kOwn},
    {"sängerin", kDe, kEnds | kOwn},
    {"autor", kDe, kEnds | kOwn},
    {"autorin", kDe, kEnds | kOwn},
    {"experte", kDe, kEnds | kOwn},
    {"expertin", kDe, kEnds | kOwn},
    {"regisseur", kDe, kEnds | kOwn},
    {"legende", kDe, kEnds | kOwn},
    {"general", kDe, kEnds | kPartOnly},
    {"eigentümer", kDe, kEnds},
    // Spanish occupations and ranks only persons hold ("el cantante X", "la jueza X").
    {"cantante", kEs, kOwn},
    {"actor", kEs, kOwn},
    {"actriz", kEs, kOwn},
    {"gobernador", kEs, kState},
    {"gobernadora", kEs, kState},
    {"rey", kEs, kOwn},
    {"reina", kEs, kOwn},
    {"príncipe", kEs, kOwn},
    {"princesa", kEs, kOwn},
    {"periodista", kEs, kOwn},
    {"escritor", kEs, kOwn},
    {"escritora", kEs, kOwn},
    {"secretario", kEs, 0},
    {"secretaria", kEs, 0},
    {"juez", kEs, kOwn},
    {"jueza", kEs, kOwn},
    {"fiscal", kEs, kOwn},
    {"abogado", kEs, kOwn},
    {"abogada", kEs, kOwn},
    {"investigador", kEs, kOwn},
    {"investigadora", kEs, kOwn},
    {"profesor", kEs, kOwn},
    {"profesora", kEs, kOwn},
    {"entrenador", kEs, kOwn},
    {"entrenadora", kEs, kOwn},
    {"jugador", kEs, kOwn},
    {"jugadora", kEs, kOwn},
    {"futbolista", kEs, kOwn},
    {"tenista", kEs, kOwn},
    {"ciclista", kEs, kOwn},
    {"embajador", kEs, 0},
    {"embajadora", kEs, 0},
    {"magistrado", kEs, kOwn},
    {"magistrada", kEs, kOwn},
    {"vocero", kEs, 0},
    {"vocera", kEs, 0},
    {"activista", kEs, kOwn},
    {"médico", kEs, kOwn},
    {"médica", kEs, kOwn},
    {"científico", kEs, kOwn},
    {"científica", kEs, kOwn},
    {"presentador", kEs, kOwn},
    {"presentadora", kEs, kOwn},
    {"cineasta", kEs, kOwn},
    {"empresario", kEs, kOwn | kPersonRefEs},
    {"empresaria", kEs, kOwn | kPersonRefEs},
    {"economista", kEs, kOwn | kPersonRefEs},
    {"obispo", kEs, kOwn},
    {"arzobispo", kEs, kOwn},
    {"cardenal", kEs, kOwn},
    // Spanish references to a person only (kPersonRefEs), no role PersonRole reports.
    {"mandatario", kEs, kNoPersonRole | kPersonRefEs},
    {"mandataria", kEs, kNoPersonRole | kPersonRefEs},
    {"dirigente", kEs, kNoPersonRole | kPersonRefEs},
    {"político", kEs, kNoPersonRole | kPersonRefEs},
    {"política", kEs, kNoPersonRole | kPersonRefEs},
};

// What a speech verb entry may be used for (bits of SpeechWord::uses).
// kBeforeName: may stand right before its speaker's name ("sagte Huber", "dijo Pérez",
//   "said Jones"; scan::PersonCue). Not the verbs whose object follows them ("told Reuters",
//   "informó Europa Press", "teilte Kralix mit", "warned investors", "noted the rise"), nor
//   those an organisation says as often ("erklärte Kralix", "warnte die Bank", "added
//   Kralix", "explained Kralix").
// kPresentEs: a Spanish present inverted before a speaker of two or more words ("explica X
//   Y"; the tagger's Spanish person context).
// kParticipleEs: a Spanish past participle after a perfect auxiliary before a speaker of two
//   or more words ("ha dicho X Y", "había señalado X Y"; the tagger's Spanish person
//   context). Not a verb attribution's SpeechVerb takes: it selects the entries without it.
inline constexpr uint8_t kBeforeName = 1;
inline constexpr uint8_t kPresentEs = 2;
inline constexpr uint8_t kParticipleEs = 4;

struct SpeechWord {
  std::string_view word;  // lower case
  uint8_t langs;
  uint8_t uses;
};

// Verbs that report what someone said, estimated or found: their subject is who speaks, not
// what the report is about (attribution's SpeechVerb takes every entry of the language but the
// participles).
inline constexpr SpeechWord kSpeechWords[] = {
    {"dijo", kEs, kBeforeName},
    {"dice", kEs, kPresentEs},
    {"dijeron", kEs, 0},
    {"explicó", kEs, kBeforeName},
    {"explica", kEs, kPresentEs},
    {"explicaron", kEs, 0},
    {"afirmó", kEs, kBeforeName},
    {"afirma", kEs, kPresentEs},
    {"afirmaron", kEs, 0},
    {"informó", kEs, 0},
    {"informa", kEs, 0},
    {"informaron", kEs, 0},
    {"indicó", kEs, kBeforeName},
    {"indica", kEs, kPresentEs},
    {"indicaron", kEs, 0},
    {"señaló", kEs, kBeforeName},
    {"señala", kEs, kPresentEs},
    {"señalaron", kEs, 0},
    {"aseguró", kEs, kBeforeName},
    {"asegura", kEs, kPresentEs},
    {"declaró", kEs, kBeforeName},
    {"manifestó", kEs, kBeforeName},
    {"precisó", kEs, kBeforeName},
    {"añadió", kEs, kBeforeName},
    {"agregó", kEs, kBeforeName},
    {"destacó", kEs, kBeforeName},
    {"detalló", kEs, kBeforeName},
    {"subrayó", kEs, kBeforeName},
    {"apuntó", kEs, kBeforeName},
    {"comentó", kEs, kBeforeName},
    {"sostuvo", kEs, kBeforeName},
    {"advirtió", kEs, kBeforeName},
    {"reportó", kEs, 0},
    {"confirmó", kEs, 0},
    {"aseguraron", kEs, 0},
    {"detallaron", kEs, 0},
    {"mencionó", kEs, 0},
    {"comunicó", kEs, 0},
    {"publicó", kEs, 0},
    {"consideró", kEs, 0},
    {"añade", kEs, kPresentEs},
    {"declara", kEs, kPresentEs},
    {"apunta", kEs, kPresentEs},
    {"sostiene", kEs, kPresentEs},
    {"subraya", kEs, kPresentEs},
    {"advierte", kEs, kPresentEs},
    {"reveló", kEs, 0},
    {"expresó", kEs, 0},
    {"puntualizó", kEs, 0},
    {"insistió", kEs, 0},
    {"recordó", kEs, 0},
    {"estimó", kEs, 0},
    {"reconoció", kEs, 0},
    {"admitió", kEs, 0},
    {"calculó", kEs, 0},
    {"resaltó", kEs, 0},
    {"enfatizó", kEs, 0},
    {"mostró", kEs, 0},
    {"aclaró", kEs, 0},
    {"recalcó", kEs, 0},
    {"reiteró", kEs, 0},
    {"remarcó", kEs, 0},
    {"aseveró", kEs, 0},
    {"opinó", kEs, 0},
    {"anotó", kEs, 0},
    {"notificó", kEs, 0},
    {"respondió", kEs, 0},
    {"reconocieron", kEs, 0},
    {"apuntaron", kEs, 0},
    {"subrayaron", kEs, 0},
    {"advirtieron", kEs, 0},
    {"dicho", kEs, kParticipleEs},
    {"explicado", kEs, kParticipleEs},
    {"afirmado", kEs, kParticipleEs},
    {"asegurado", kEs, kParticipleEs},
    {"señalado", kEs, kParticipleEs},
    {"añadido", kEs, kParticipleEs},
    {"indicado", kEs, kParticipleEs},
    {"declarado", kEs, kParticipleEs},
    {"apuntado", kEs, kParticipleEs},
    {"sostenido", kEs, kParticipleEs},
    {"subrayado", kEs, kParticipleEs},
    {"advertido", kEs, kParticipleEs},
    {"said", kEn, kBeforeName},
    {"says", kEn, kBeforeName},
    {"told", kEn, 0},
    {"tells", kEn, 0},
    {"added", kEn, 0},
    {"explained", kEn, 0},
    {"warned", kEn, 0},
    {"noted", kEn, 0},
    {"claimed", kEn, 0},
    {"reported", kEn, 0},
    {"estimated", kEn, 0},
    {"estimates", kEn, 0},
    {"believes", kEn, 0},
    {"insisted", kEn, kBeforeName},
    {"stressed", kEn, kBeforeName},
    {"argued", kEn, 0},
    {"reckons", kEn, 0},
    {"predicts", kEn, 0},
    {"predicted", kEn, 0},
    {"revealed", kEn, 0},
    {"commented", kEn, 0},
    {"admitted", kEn, 0},
    {"sagte", kDe, kBeforeName},
    {"sagt", kDe, kBeforeName},
    {"sagten", kDe, 0},
    {"erklärte", kDe, 0},
    {"erklärt", kDe, 0},
    {"erklärten", kDe, 0},
    {"meinte", kDe, 0},
    {"meint", kDe, 0},
    {"betonte", kDe, 0},
    {"betont", kDe, 0},
    {"berichtete", kDe, 0},
    {"berichtet", kDe, 0},
    {"berichteten", kDe, 0},
    {"teilte", kDe, 0},
    {"teilt", kDe, 0},
    {"teilten", kDe, 0},
    {"meldete", kDe, 0},
    {"meldet", kDe, 0},
    {"meldeten", kDe, 0},
    {"bestätigte", kDe, 0},
    {"warnte", kDe, 0},
    {"ergänzte", kDe, 0},
    {"ergänzt", kDe, 0},
    {"erläuterte", kDe, 0},
    {"erzählte", kDe, 0},
    {"erzählt", kDe, 0},
    {"beschrieb", kDe, 0},
    {"schätzt", kDe, 0},
    {"schätzte", kDe, 0},
    {"unterstrich", kDe, 0},
    {"bekräftigte", kDe, 0},
    {"kritisierte", kDe, 0},
    {"warnt", kDe, 0},
    {"bestätigt", kDe, 0},
    {"behauptet", kDe, 0},
    {"argumentiert", kDe, 0},
    {"kritisiert", kDe, 0},
    {"betonten", kDe, 0},
    {"erwartet", kDe, 0},
    {"erwarten", kDe, 0},
};

// English: the last word of a role that leads or speaks for a company, written right before
// its holder's name or after it in apposition ("Kellmoor boss X", "X, Kellmoor's chief
// executive"), the words that may stand before it ("chief executive", "former managing
// director"), and those of them that name a leader alone ("Chief executive X said").
// Attribution's LeaderOrgEn and the tagger's company-before-its-leader rule read them.
inline constexpr std::string_view kLeaderRolesEn[] = {
    "boss", "chairman", "chairwoman", "chief",     "executive",
    "head", "director", "officer",    "spokesman", "spokeswoman"};
inline constexpr std::string_view kLeaderRoleModifiersEn[] = {
    "chief", "managing", "finance", "financial", "operating", "executive", "deputy", "former"};
inline constexpr std::string_view kLeadersEn[] = {"boss", "chairman", "chairwoman", "executive"};
// English: public-office title words (and the modifiers "deputy", "managing") that, with the
// leader roles above, stand before their holder's name after an institution's field
// ("Office of Fair Lending Chief Executive X", "Department of Energy Secretary X"); the
// tagger stops the institution's name before them.
inline constexpr std::string_view kOfficeTitlesEn[] = {
    "secretary", "minister", "president", "governor", "commissioner", "deputy", "managing"};
// English: a company's organs, as written in a name ("Board of Kralix", "Committee for
// Voltaro's pay"): institution head words (the tagger's InstitutionHeadEn) whose "of" / "for"
// does not open an institution's name; the tagger's institution rule leaves them out.
inline constexpr std::string_view kCompanyOrgansEn[] = {"Board", "Committee"};

// The words of `table`'s entries of some language of `langs` with every use of `need` and
// none of `forbid`, in table order, built at compile time:
// kSelected<kRoleWords, kDe, kEnds, kPartOnly> is a std::array of the German roles that are
// also the last part of a compound.
template <typename Entry, size_t M>
constexpr size_t CountSelected(const Entry (&table)[M], uint8_t langs, uint8_t need,
                               uint8_t forbid) {
  size_t n = 0;
  for (const Entry& e : table) {
    n += (e.langs & langs) != 0 && (e.uses & need) == need && (e.uses & forbid) == 0 ? 1 : 0;
  }
  return n;
}
template <size_t N, typename Entry, size_t M>
constexpr std::array<std::string_view, N> Select(const Entry (&table)[M], uint8_t langs,
                                                 uint8_t need, uint8_t forbid) {
  std::array<std::string_view, N> out{};
  size_t n = 0;
  for (const Entry& e : table) {
    if ((e.langs & langs) != 0 && (e.uses & need) == need && (e.uses & forbid) == 0) {
      out[n++] = e.word;
    }
  }
  return out;
}
template <const auto& kTable, uint8_t kLangs, uint8_t kNeed, uint8_t kForbid = 0>
inline constexpr auto kSelected =
    Select<CountSelected(kTable, kLangs, kNeed, kForbid)>(kTable, kLangs, kNeed, kForbid);

}  // namespace newsfacts::extract::lexicon
