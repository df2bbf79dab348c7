#pragma once
// Attribution: fills Figure::entity, counterpart, metric, sentence (periods come from the
// figure stage, period.h; a parenthetical conversion copies its twin's) for the figures of one
// text, using the entity mentions the EntityMatcher found in the same text. Rules (in order;
// extract/README.md, "Entities and attribution", has examples in German and Spanish):
//   1. lists with "respectively"/"beziehungsweise"/"respectivamente": i-th figure -> i-th
//      entity of the list before them;
//   2. a name with the figure in parentheses ("die Donaublick (29,6 Prozent)"), or ranked or
//      listed with it by "mit"/"with"/"at"/"on"/"con" ("vor Kralinger mit 2,9 Prozent"), or
//      the subject of an English with-clause, no person ("…, with X slipping 4.2%"); a
//      genitive right before the figure ("Microsofts 31 Milliarden") unless it determines a company
//      noun ("France's second largest carmaker" is a reference, rule 4); a part of the
//      amount before ("davon 50 bei X", "of which $50bn at X") -> the name with the part;
//      German: a count of members named by a compound after the number ("14 Kralbund-Staaten")
//      -> the name in the compound;
//   3. "von X"/"de X"/"del X"/"der X"/"at X" shortly after the figure when passive ("224.000,
//      die von Meta erworben wurden") or when the figure's clause has no subject; "by/por X"
//      only as a passive agent; funding granted by a person -> its recipient ("a/an/to X");
//      a stake after a verb of holding, buying or selling or a holder's noun ("X owns 20% of
//      Y", "hält 20 Prozent an Y", "mit einer Beteiligung von 17 Prozent an Y") -> never the
//      held Y: the verb's subject, the name nearest before the figure (3f);
//   4. the subject of the figure's clause when it has one of its own ("…, während X 3
//      Prozent verlor"; a relative clause without one: its antecedent), else of the
//      sentence: its first organisation/product not governed by a
//      preposition nor by a possessive after one (else its first such person or place before
//      the figure; "X's parent Y reported" -> Y), unless a
//      nominal reference ("das Unternehmen", "la compañía", "the company", "Der
//      Mutterkonzern von TikTok" -> parent of TikTok) comes first; nominal
//      references and the pronoun "es" resolve to the last subject of earlier sentences;
//   5. the nearest organisation governed by a possessive preposition ("de ByteDance",
//      "profits at X", "der Umsatz bei X");
//   5c. Spanish percentages: a group named by a common noun opening the clause or sentence
//      when nothing is named before the figure ("Las mujeres suman el 45 %"): entity
//      its singular ("mujer"), entity_type kGroup;
//   6. in a sentence naming no organisation, no pronoun before the figure (after it one in
//      the figure's phrase or a clause of report: "40% of its clients in X", "it said") and
//      no company noun continuing an earlier subject, a place (or an organisation "in der X",
//      "in the X") before the figure in its clause (else "in X" shortly after it: German any
//      figure, a count of people also "nach X"; English "in X" / "in the X" for a count of
//      people or cases, a count "there are" opens, or "N% of"; that place after, not a German
//      "nach X", wins over a place after an earlier figure of the sentence that a joint —
//      ", ", "und", "and", "y", "o" … — separates from this figure, also Spanish "en X" for a
//      count of people or cases); German: else a subject
//      after the verb ("7 Millionen Euro Verlust schrieb die X") in a sentence without pronoun or
//      nominal reference; else the
//      last subject of the sentences before
//      (within 400 bytes), else a place of the sentence, else the article's topic (title
//      and lead);
//   6b. Spanish: a count of people or cases (metric population/cases) rule 6 took from an
//      organisation or person subject of the sentences before, or from an organisation or
//      person that is the article's topic (rule 6's last step) -> the place of the figure's
//      sentence, else the place the text names most before it, else the article's topic
//      when it is a place, else the title's first place;
//      German: such a count in a sentence naming no organisation -> the one place the
//      sentence just before sets its news in ("In X tobte ein Sturm. 40 Menschen …"), if any;
//   otherwise null (a market-wide figure). Nobody's figures (extract/README.md, "Nobody's
//   figures"): an English poll's answer, crude price, world-wide market total or narrator's
//   figure or count of things and people at large, a Spanish first-person narrator's or
//   world-wide figure, Spanish people at large and case counts, a German "weltweit" figure
//   lose a name they borrowed; a German share of the economy goes to the country, a German
//   turnout or share of poll respondents to the place; a Spanish count of members "de X" to
//   X; a Spanish fronted "En X," place holds its sentence's unnamed figures; a German toll
//   borrowed from an organisation or person goes to the place (rule 6b's finder). A speaker of a
//   speech verb (and the role in apposition it speaks with) gives way to its report's own subject
//   or place; an organisation named inside a person's role in apposition gives way to the person
//   for the person's own pay, stake or votes, and takes the person's other figures in Spanish
//   (extract/README.md, "Speakers", RoleOrg and RoleHolder). Persons and places are
//   eligible too, after organisations. Each figure also gets entity_type and the deciding mention
//   (entity_surface/start/end/field); a product with a maker rolls up (entity = maker,
//   product = product). Sources (news agencies, analysts: gazetteer tag
//   `source`) are never a figure's entity. A money figure in parentheses right after
//   another ("40 Milliarden RMB (5,5 Milliarden US-Dollar)") copies its attribution.
// Metrics come from bilingual keyword cues nearest to the figure (extract/metrics.h); a money
// amount or count whose sentence gives it none takes that of the last figure of its kind in
// the sentences before (at most 240 bytes before it, that figure's metric named by a cue of
// its own sentence), under the conditions of extract/README.md ("Metric").
//
// Thread-safety: pure function; no shared state.

#include <span>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/figure.h"
#include "extract/gazetteer.h"

namespace newsfacts::extract {

// Attributes `figures` (all found in `text`; any order, offsets into `text`) using
// `mentions` (those found in `text`, in text order). Overwrites entity, counterpart,
// metric and sentence; sets period only where it is empty (a conversion in parentheses
// takes the period of the amount before it), and clears the article's year
// (Figure::period_from_article) of a figure whose metric is a level or a one-off
// (metrics::IsPointInTime) or that is a quantity or count without a metric no change word
// reaches (a length, a crowd; not "berths rose to 3,400", nor money or a percentage without a
// metric; a figure whose metric came from an earlier sentence takes the
// period that sentence's figure states, if any, instead). `gazetteer` provides
// relations (parent, maker) and source tags; it must be the one the mentions came from.
// Spans let a caller pass the tail of Extraction::figures / ::entities that belongs to one
// field (title or body):
//   size_t f0 = out->figures.size(), m0 = out->entities.size();
//   FindFigures(text, lang, field, &out->figures);
//   matcher.Find(text, lang, field, &out->entities);
//   Attribute(text, lang, std::span(out->entities).subspan(m0), gazetteer,
//             std::span(out->figures).subspan(f0));
// REQUIRES: every figure and mention offset lies within `text`; `text` is valid UTF-8.
// `article_topic` (may be nullptr; REQUIRES: outlives the call) is the article's topic
// entity (title and lead, see ArticleTopic); figures of sentences that name no organisation
// and follow no recent subject fall back to it. `periods` (may be nullptr): the memo the
// figure stage's period pass filled for `text` (FindFigures; see PeriodMemo, period.h).
// `title_place` (may be nullptr; REQUIRES: outlives the call): the first place the article's
// title names, where a Spanish public count goes when the body names none before it and the
// article's topic is no place (rule 6b). Only Spanish uses it; other languages may pass nullptr.
class PeriodMemo;
void Attribute(std::string_view text, Lang lang, std::span<const EntityMention> mentions,
               const Gazetteer& gazetteer, std::span<Figure> figures,
               const EntityMention* article_topic = nullptr, PeriodMemo* periods = nullptr,
               const EntityMention* title_place = nullptr);

// True when `m` is a place in a dateline ("Wien – ", "Wien/Graz – "): where the story was
// filed, never what a figure is about. REQUIRES: m's offsets lie within `text`.
bool IsDatelinePlace(std::string_view text, const EntityMention& m);

// True when `m` only describes an organisation, by its seat or origin: "das Unternehmen aus
// Grünfeld", "mit Sitz in Grünfeld", "das in Grünfeld ansässige Unternehmen", "der Grünfelder
// Hersteller" (a city adjective before a company noun, whatever type the tagger gave it), "la
// empresa con sede en Villaclara", "el fabricante de Villaclara", "the Eastport-based group",
// "the group, based in Eastport". Never a figure's subject nor the article's topic (unlike
// "in Grünfeld stieg die Zahl der Arbeitslosen"). REQUIRES: m's offsets lie within `text`.
bool IsSeatOfOrganisation(std::string_view text, Lang lang, const EntityMention& m);

// True when `m` is a research firm cited as the author of a report or data (Spanish): "un
// informe de la consultora X", "el estudio elaborado por la consultora X", "según datos de
// la consultoría X" — the source of the figures, never what they are about (unlike "la
// consultora X facturó 50 millones"). REQUIRES: m's offsets lie within `text`.
bool IsResearchSource(std::string_view text, const EntityMention& m);

// True when `m` is cited as the source of the figures in German: "laut X", "nach Angaben des
// X", "nach Berechnungen der X" (up to five words before, in the name's clause), "X
// zufolge" — never what they are about, nor the article's topic. Never a place ("nach
// Angaben der griechischen Küstenwache": where). REQUIRES: m's offsets lie within `text`.
bool IsCitedSourceDe(std::string_view text, const EntityMention& m);

// True when the organisation's name `entity` is a newspaper's or news agency's in German
// text, named by its last word ("Kralfelder Zeitung", "Moorland Rundschau", "Ruhr
// Nachrichten", "Deutsche Presseagentur", "Kralton Times"; Zeitung, Rundschau, Nachrichten,
// Presseagentur, Nachrichtenagentur, Tagblatt, Tageblatt, Anzeiger, Kurier, Times, Journal,
// Herald, Tribune, Gazette, Chronicle): a source like the gazetteer's media, never a figure's
// entity nor the article's topic.
bool PressNameDe(std::string_view entity);

// True when `entity` only reports figures and is never what they are about, nor the article's
// topic: one of the gazetteer's sources (agencies, analysts, media) or, in German text, a
// newspaper the tagger found (PressNameDe). What attribution and ArticleTopic both skip.
bool SourceName(const Gazetteer& g, Lang lang, std::string_view entity);

// True when the organisation's name `entity` names an event the tagger took for an
// organisation — games, a championship, a festival, a summit ("Olympische Winterspiele",
// "Juegos Panamericanos", "Cumbre de Tarenia"), not a name ending in a legal form
// ("Festival Kralia GmbH", ner::EndsWithLegalForm): it holds no figure (the
// guide's entity is a company, an organisation, a person or a country) and is not the
// article's topic; the figures around it are its place's or its organisers'. Not a trade
// show or fair, which the gold credits with its own visitors and exhibits. All languages (a name
// keeps its language in another's text). What attribution and ArticleTopic both skip, like
// SourceName.
bool EventName(std::string_view entity);

// Same, for whole vectors (all figures and mentions belong to `text`).
void Attribute(std::string_view text, Lang lang, const std::vector<EntityMention>& mentions,
               const Gazetteer& gazetteer, std::vector<Figure>* figures);

}  // namespace newsfacts::extract
