#pragma once
// Extractor: pure text -> facts. Finds figures (money, percentages, counts, quantities) and
// entity mentions in an article and attributes each figure to an entity and a metric.
//
// No I/O, no clocks. Construction is the expensive part (pattern compilation, gazetteer);
// build one Extractor per process and share it.
// Thread-safety: all const methods may be called concurrently from many threads.
// Ownership: the Extractor keeps no reference to the texts it is given; the Extraction it
// fills owns copies of everything it reports.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "extract/article.h"
#include "extract/figure.h"
#include "extract/text_blocks.h"

namespace newsfacts::extract {

using common::Result;
using common::Status;

class Gazetteer;
struct SideLiteralHits;

struct ExtractorOptions {
  bool entities = true;  // find entity mentions and attribute figures
  bool names = true;     // also names not in the gazetteer (NameTagger)
  // Entities to use; nullptr = the built-in default gazetteer. REQUIRES: outlives the
  // Extractor when set.
  const Gazetteer* gazetteer = nullptr;
};

class Extractor {
 public:
  // Bumped whenever the output for the same input may change; stored with every fact so
  // `newsfacts reindex` can find facts made by older versions.
  // 2: names beyond the gazetteer, article topic, METRICS.md labels, periods, context
  // currencies and the figure classes of issue 12.
  // 3: article-year periods, year-ago bases, months and business years; metric cue classes
  // (issue 11 metric / period work).
  // 4: attribution by the figure's clause, parts ("davon"), owners after the figure,
  // funding recipients, places before the figure (issue 11 selection work, branch attr2).
  // 5: entity recognition (issue 11): country adjectives and demonyms, unknown German names
  // by their use, English companies named by a common word, hyphenated acronym initials.
  // 6: German attribution (issue 11, branch ade): acronym evidence, acronyms defined outside
  // the tagged text, place subjects carried on, platforms after "auf", demonym shares,
  // appositions after indefinite nouns, ungoverned topic names, more German cue nouns.
  // 7: 6 plus Spanish attribution (issue 11, branch aes): research firms as sources,
  // persons by role/title/speech verb, "el candidato" / "el país" references, "su(s)", roles in
  // apposition, naming participles; a name in parentheses shares its preposition; "US$"
  // is no name.
  // 8: three parallel branches each called their work 8; 9 is the three together:
  //  - German/English attribution (issue 11, branch de2): prices of companies bought
  // in a relative clause naming the buyer, English "while" clauses without a comma, "the
  // country" references, places naming a currency ("US dollar") are no places, English
  // capitalised words before an organisation's name join it.
  //  - Spanish attribution (issue 11, branch esa): "del país" after an organisation is no
  // subject, a cause "muertes por X" does not hide the clause's place, "los 21.000 que
  // ejercen en X"; the name tagger's focus reaches one sentence back also after a blank line
  // (all languages).
  //  - Spanish groups named by a common noun (issue 11, branch esb): "las mujeres
  // representan el 70 %" -> entity "mujer", entity_type "group".
  // 9: the three branches of 8, merged (session 6).
  // 10: three branches of session 7 each called their work 10:
  //  - metric and period error classes of issue 11 (branch mp): longer cues before the
  // shorter ones they start with ("market share"), the level reached by a change takes the
  // changed measure, a cue right after the amount names it, comparison bases share the
  // metric; undated texts count relative years from the year after the article's year.
  //  - Spanish persons (issue 11, branch esc): a full name typed person once is a person
  // everywhere and its lone surname typed org is that person; a capitalised particle before
  // a person ("De Ralo") is no preposition (all languages); a subordinate clause opening the
  // sentence shares the main clause's subject; a word opening a quote or clause after a
  // colon is not an organisation by the unknown-word rule.
  //  - German and English attribution (issue 11, branch de3): English names the text gives
  // a maker with a possessive roll up to it ("Voltaro's Sky View (SV)"); a sentence's first
  // word joins the name after it when their initials spell an acronym the text uses ("Standard
  // Quorvex … SQ"); German brands before a model number ("die Pexolin 4"); English "While X
  // …, Y …": the main clause's own subject.
  // 11: the three branches of 10, merged (session 7).
  // 12 (branch es4): Spanish given names make a name the unknown-word rule typed org a person's;
  // Spanish attribution: the quoted speaker, the fronted price phrase, list gaps with an article,
  // governed country adjectives, "de acuerdo con", the subject after the verb, the company
  // noun described by its organisations, infected people's disease, places locating a thing;
  // all languages: an organisation named right before the next figure is that figure's.
  // 12 (branch de4): German and English attribution: German company compounds in
  // apposition after a preposition ("auf der Handelsplattform X"); an organisation opening a
  // compound after a place adjective yields to the place; German plural institutions with
  // their figure in parentheses ("den Genossenschaftsbanken (3 Mio.)"-type); the words of a long
  // name that spell its acronym are its short form (all languages); "deutsch" adjectives name
  // Germany; a government minister's figures go to the country (de, en).
  // 12 (branch spd3): the name tagger tags the lead to the first blank after its 400 bytes, not to
  // the end of that sentence, also in a body without figures. 13: the three branches of 12, merged
  // (session 8). 14 (branch de5): English metric cues (planned spending is a budget, what
  // settles a suit is spending, people earning are paid, central bank rates, new shares are
  // funding, plural counted nouns, a level behind a qualifier); a quarter named by its months
  // and "the previous quarter" (de, es, en).
  // 14 (branch es5): Spanish common nouns written with a capital (a word the text
  // also writes after un/este/tres…, the label of a numbered part "el X 4º de la Orden"),
  // -mente adverbs, determiners, Roman numerals and words in capitals for emphasis are no
  // names; a lone surname typed person is the full-name person; Spanish trade and people
  // metric cues.
  // 15: the two branches of 14, merged (session 9).
  // 18 (session 12, branches es8 and en5): es8: Spanish saint-name places ("San X"), the holder
  // after "<role> de <country>", full names after present/perfect speech verbs are persons; PCR
  // (and in Spanish UCI/UVI) are no names; a country is not the head word of a company named after
  // it; demonym counts are population, harmed people cases; the share of a country's GDP, a place
  // before a bracketed count and a person's kin ("su hermano") decide the entity.
  // en5: English ages after an age word ("aged 18 to 30", "a retirement age
  // of 65") and the base of a one-in-N ratio ("one in six cars") are no figures; in an English
  // forecast, "from <year>" ending the clause is the period.
  // 19 (session 13, es9): Spanish "tasa" next to a percentage is the rate of what it names;
  // units of measure (miligramos, megavatios …) are quantities; "3 mil 590 millones"; ratio
  // bases ("de cada", "por cada", "por 100.000"), scores/seasons, a day after its weekday are
  // no figures; "$ N pesos" is pesos; money nouns of public accounts; capitals words the text
  // also writes in lower case are emphasis; a year named once among others is no article year.
  // de6: German measure words in the dative and in compounds are quantities; "Sek." is
  // seconds; year-before phrases ("ein Jahr zuvor", "im Jahr davor"); Großbritannien/USA as
  // the German country names; inflected-adjective names in the nominative ("der Europäischen
  // Zentralbank"); role and company nouns before a name are cut off; sources cited with "nach
  // Angaben", "zufolge" are no entity; the verb "kosten" is a price; turnout is vote_share.
  // en6: English titles and sequels ("Half-Life 2", "Halo 2 has …") and the size of a ranking
  // ("the top 10") are no counts; the UK and the US have one name each in English ("UK",
  // "US"; "Britain" is a name of the UK); a region word joins the place after it ("Latin
  // America") and names the region before the US demonym; an English statistics office's
  // figures are the economy's; a place before a company's head word ("British Airways") is
  // part of the company's name; "New" alone is no name.
  // 20: the three branches of session 13, merged (each used 19).
  // 21, es10: Spanish match minutes ("el minuto 63"), decades ("los años 90") and times of
  // day ("a las 9,15 de la noche") are no figures; a text that writes its thousands with
  // commas groups "3,700 pesos"; "metros cuadrados/cúbicos", "kilómetros cuadrados" are m2,
  // m3, km2; a Spanish count that receives something after it ("8.400 voluntarios
  // recibieron") is no shipment; bare pesos take the one peso country an article names
  // once; "de X en 2012 a Y en 2018" gives Y 2018.
  // 21, de7: German deaths and harm are cases; a lone surname is the person named in full
  // unless the text writes it as a company's name; label numbers ("§ 5", "Autobahn 9",
  // "Klassen 5 bis 10") are no figures; truncated compounds ("Bundes- und") are no names;
  // "seit 1976" and era years are no article year; foreign names keep their first word ("Rio
  // de Janeiro"); a quantity never takes a people, place or company metric.
  // 21, en7: English inflation, unemployment and a central bank's rate are the economy's;
  // the share or count of a country's people is the country's; clock times ("1830 GMT") are
  // no years; rupiah, baht, naira, ringgit, riyal, rouble; "won" after a small number is the
  // verb; "pay" alone is spend; a founding year is no article year.
  // 22: the three branches of session 14, merged (each used 21).
  // 23: the branches of session 15. en8: what a deal is "worth" is its value; a growth rate's
  // level is growth; an economy's growth and GDP shares go to the economy, not who reports
  // them; "the US firm" is the company; a year something started in is no article year; R&D
  // and Q&A are no names. de8: German lone institution nouns ("das Parlament") are no names; a
  // number after a name is a label also before an article or preposition ("ORF 2 mit …", "Schalke
  // 04"); a given name opens a person's name with the surname the model left out; "St. X" is one
  // place; an adjective in -isch and a company head word ("Energie", "TV") join the name;
  // "Umfrage unter N" is no less_than; migrants are a population, Bedienstete employees.
  // es11: Mexican "mil 177" is 1177; "Ciudad'92" is a year; law parts ("apartado 2") are
  // labels; "$120,000'000,000" and "45.000.000 de pesos" are money; a law's year ("Ley
  // 1/1990") is no period; "San X" at a sentence start is one name; a place opening a list
  // item before ", con N" owns the figure; "galones" is a quantity; "$250 dólares" is USD.
  // es12: Spanish adverbs and prepositions ("Desde", "Pese", "Mientras") are no names where
  // the text lost its sentence break ("2009.Desde"); a full name in apposition after a role
  // ("el vicepresidente del Gobierno, X Y") is a person.
  // en9: an English company's head word after a name ("X Communications", "X Airlines",
  // "X Energy") joins the name and makes it an organisation; "$5m in fines", "fines of",
  // "penalties" are taxes.
  // de9: a German survey ("Umfrage") result is a share unless a party, candidate, election or
  // a referendum's side names a poll (vote share); "erhalten" is a shipment only of goods,
  // "eingeliefert" and a measure a device "liefert" ("24 Megapixel") never.
  // en10 (24): English "bought/sold <business> for <millions>" is deal_value and "earned" a
  // profit cue; "Shares in X rose" makes X the sentence's subject; a year after "since",
  // "until", "till" is no article year. es13 (24): a Spanish one-word name typed an
  // organisation is a place when the text writes it after "en" or "el municipio de"
  // (PlacesByUse); a person or place the title and lead name far more often than the best
  // organisation is the article's topic.
  // de10 (24): a capitalised German word the text also counts ("30 Millionen X",
  // "ein X", "zwölf X") is a common noun: its uses without an article make it no name.
  // ger11 (24): a German number after a name is a label also after a hyphen compound's last
  // part or a camel-case name ("Flug 253", "iWork 11"), before unter/als/zwischen…, and
  // before a preposition and a date ("ORF 2 am 14. April"). en11 (24): an English company
  // name of two or more words the tagger found is that company wherever its words recur.
  // es14 (24): a Spanish person or place the title names first, the organisation only after
  // a preposition, is the topic when named more often.
  // es15 (25): Spanish: an amount in brackets converting the amount before it passes on no
  // currency ("9.000 millones de pesetas (54,1 millones de euros) … 3.000 millones" are
  // pesetas); "más que suficiente/nunca/probable/evidente" is no change cue; "Noticia" is
  // never a name.
  // en12 (25): an English one-word name that only a speech verb made a person ("Halifax
  // said") is an organisation when the text writes it as a company ("the Halifax", "Halifax
  // economist", "Rosneft officials").
  // Session 18 (26): German (de16) a lone surname the text writes after a given name is that
  // person; a capitalised country adjective without an ending is the language; a one-word
  // organisation after "in"/"nach"/a place noun is a place; a genitive name ends before a
  // common noun. Spanish (es16) short forms of a full name, ", quien" and occupations make a
  // person; an organisation the body names once is no topic. English (en13) head words,
  // "for/of/and" institutions, "&" names, "Air"/"Bank of" companies, compass letters before
  // places, tech acronyms never names, a rate named before a percentage is that rate.
  // Session 19 (27): Spanish (es17) a unit after a scale word and "de" is a quantity;
  // "nuevos" is not the counted noun; feasts and observance days are no names; a scaled
  // amount after "por", a cut or a result, or continuing a list of money, is money. All
  // languages: a number before a degree sign is no figure; people counted are a population.
  // German (de17) a word the model never saw is no name when the text counts it, uses it
  // after a determiner and an adjective, glues it to a longer word or writes it in lower
  // case. English (en14) an undated "this year" is no later than a forecast's year; rate
  // levels ("fell below", "borrowing costs"); more demonyms; a place the text writes as a
  // company is one.
  // Session 20 (28): German (de18/de19) an institution's name runs on through "für"; a
  // bare name glued as the first part of a longer word is none; more change verbs; procurement
  // is a purchase, shopping none; newspapers are sources; "das X" makes a speech verb's name
  // an institution; a freely named person or place beats an organisation only governed in the
  // title and lead; a prison sentence is no fine; referendums are votes; a parent named with
  // its subsidiary ("die X-Tochter Y") is governed. Spanish (es18/es19) "52,000 millones"
  // with comma thousands; covid is no name; "España"/"español" score one topic place;
  // "importe de" is no import; a title reads numbers with the body's convention; "$" is the
  // article's peso; deaths and infections are cases; question words and economic measures
  // are no names; a statistics or health agency's and a minister's figures are the
  // country's. English (en15/en16) central-bank growth and eurozone figures are the
  // economy's; a count of a country's people is its population; a company leader's figures
  // are the company's; a title's first word the body never writes is no name; "in" + cue;
  // "from <year>" is no article year; "the three months to December" is Q4; "President X"
  // and a minister with no place before the figure give the country; ", X," apposition.
  // Session 21 (29): metric cues in all three languages (sale and auction prices, deal values,
  // funding: aid, donations, pledges, stimulus, money given to fund something; fines; tax
  // revenues; costs as a noun; losses; interest rates; levels "as low as"; the level a change
  // started from); a speaker, reporting outlet or survey author is no subject when the
  // report names another; a country adjective or genitive gives way to the name it
  // describes; English companies after a country's possessive or with a company apposition;
  // rankings pair names with their figures; units, molecules and file sizes are no names;
  // German firm-kind compounds are no company mention; agency compounds; compass regions
  // name their country; members counted by a compound; first-person sentences are the
  // speaker's; a clause's place beats the far topic; takeover terms go to the company
  // valued; health ministries' short names report their country's figures; demonym counts
  // are the country's; a statistics agency's rate is the country's; market index names;
  // role words alone are no names; a unit written once for two numbers, rate bases, engine
  // power, counts before capitals; currency across the next German sentence, rates of
  // change and bracketed conversions; rials, glued "bn"; periods: year ranges, last
  // quarter, "a year later/earlier", quarters by their months, "in the quarter", Spanish
  // months without a year.
  // Session 22 (30): metric cues and rules belong to their languages (a cue of one language
  // no longer fires inside another's words); a change's starting level is a level; compound
  // share nouns, margins as amounts, rate denominators, comparatives, "up to" bounds; German
  // names that only open sentences, dateline towns, names after a role; web addresses name
  // organisations; one lexicon of person roles and speech verbs for the tagger and
  // attribution; a level or one-off (stake, deal value, head count, cases ...) whose sentence
  // states no period takes no article year; Spanish counts of people or cases borrowed from
  // an earlier subject are the place's.
  // Session 23 (31): a money amount or count with no metric of its own takes that of the last
  // figure of its kind in the sentences before (no chains); period anaphora ("damals", "that
  // year", "aquel año"), since-years and bracketed conversions; prices, populations, budgets
  // and assets take no article year; speakers' role appositions and more speech verbs; a
  // person's own pay/stake/votes stay theirs; a stake after a verb of holding is its
  // subject's; Spanish/English recognition ("PP", a company before a leader's role,
  // institutions across "y"/"para", "car maker X", Mc/De surnames, acronyms defined in
  // parentheses); a German topic named only after a preposition yields to a free place.
  // Session 24 (32): figures in one list sentence take their own item's place and the list's
  // change cue; German statistics offices' and agencies' figures go to the place (not their
  // own orders, pay or profit); a bare percentage takes the rate of the percentage before it
  // or the rate a sentence before named; vote cues; a Spanish public count with no place
  // takes the title's place; possessives after prepositions are governed; "X's parent Y";
  // English absolute with-clauses; a year the text names only in dates is no article year;
  // month spans across years; a surname's O'/D' prefix joins across its apostrophe.
  // Session 25 (33): a cited or reporting body (statistics offices, agencies, NGOs, surveys
  // named by a compound) gives away the counts, rates and shares it publishes, not those it is
  // the subject of; a German statistics office needs a statistical cue; German subjects after
  // the verb; people counted "nach X" / "in X" and organisations "in der X" are places; the EU
  // is a place where the text locates something in it; Euroraum / zona euro; German parliament
  // chambers are organisations; metric cues for stakes (verbs of holding), deals, costs,
  // polls, spending limits, German separable verbs, funding, harm (cases) and German votes;
  // other dollars by nationality, Mexican "tres mil 614", "die Zahl der" naming a bare
  // number's noun, close percentage ranges, phone numbers are no figures; month spans within
  // a year give the year, quarter or half.
  // Session 26 (34): German ministries, police, prosecutors, courts and the armed forces are
  // organisations that keep to their sentence (never carried, never the topic); a Spanish
  // person reporting a clause with its own subject owns none of its figures; more report
  // verbs (notificó, erwartet …); Spanish preterites and a minister's portfolio are no names;
  // English firms named like people are organisations; a place inside a company reference; a
  // buyer named as the purchase's agent gets the price; Spanish public counts that fall back
  // to a company topic are the place's; exchange rates and currency quotes are no figures;
  // "mil millones"; English counted plurals behind modifiers; plural money nouns; "de los 20
  // mil 300 murieron" splits; contrasting clauses keep their own metric cues; polls count
  // votes only with a vote cue; survey samples and respondents take no metric; a year named
  // once among others, funding, old values of a change, survey shares and comparison bases
  // ("als 2014", "gegenüber April") take no article year.
  // Session 27 (35): English trade bodies and publishers of figures are sources (the market
  // figures they report are the economy's); Spanish police, prosecutors, courts and armed
  // forces keep to their sentence; Spanish institution names go on across "de"/"del";
  // German adjective party names in the nominative ("die Liberalen" -> "Liberale") and
  // genitive surnames; "(sic)" inside a figure; "-eur" person nouns are no money; Spanish
  // year-shaped counts after a plural determiner; German "um 20, 25 Prozent"; English price
  // ranges after a price lead; damage is loss, lending is funding, a settlement with an
  // authority is a penalty (tax), seats make a vote share, people per something are a rate;
  // currencies with their nationality adjective are one currency word.
  // Session 28 (36): a Spanish definite count or amount with at most its noun before
  // "de"/"del" belongs to the name after it; "X, <place>'s biggest <company noun>," makes X a
  // company; English money ranges with a range noun ("the $2 to $3 band") are one range;
  // Spanish numbers below 1900 right after a verb count the plural after them.
  // Session 29 (37): German separable verbs of change make a rate growth; a company's worth
  // "an der Börse" / "en bolsa" / "on the stock market" is a valuation; visits counted in a
  // web context are visitors; Spanish avanzar/repuntar are change words; Spanish plural
  // demonstratives read like articles before an owned figure; "setiembre" is a month; a
  // qualified high end with a range noun is one range.
  // Session 30 (38): an English month without a year after "in" dates a figure near it (not
  // a report's, a starting point's or a year end's month; the year before when later than a
  // past statement's publication month); English metric: make up / higher than / lower than
  // name no change, "valuing <company> at" a valuation, posts and positions beside a job
  // verb are jobs, "shortfall" debt; German: a place after the end of the figure's statement
  // ("; ", ": ", ", was") does not take it; an unresolved relative year yields to a stated
  // one; a "&" in a bracketed acronym spells the long name's "and".
  // Session 31 (39): cities (ICU time-zone exemplar names) and first-level regions
  // (iso-codes) are places like the countries; English auxiliaries read from one list.
  // Session 31 (40): a German-speaking country's region is a place in German texts; an
  // untranslated German region name only there; a place continued by a capitalised word is
  // no place.
  // Session 40 (49): a German place after "bis" / "nach" (not of people counted) is a
  // destination, no owner; carrier, broadcaster and telco refer back like "the firm"; a
  // town's "United" belongs to the club's name; capacity is production only as an output;
  // prize money is no price; "in some cases" counts no cases; a year after "wie schon",
  // "as in", "como en" or a far "mehr ... als" is a comparison base.
  // Session 41 (50): a German level noun or counted word before a number is no brand, a
  // number word alone no name; a Spanish word opening a quote or question is no name; a
  // known place opening a longer English company name joins it; consoles and computers roll
  // up to their makers; an opening subject pronoun keeps a later name from the figure;
  // attendance is visitors, owned percentages stakes, small selling prices prices, counts
  // of places no measure.
  // Session 42 (51): towns of 50,000 people or more (geonames) are places; a company noun
  // before a German name with a legal form stays out of it, a plural or derived noun after a
  // cue noun is no name; a Spanish capitalised word after an article that the text also
  // writes in lower case is no organisation; English company nouns fall to the article's
  // company, statistics offices' figures to their economy, US state bodies' budgets to the
  // US; phrasal death forms are cases, a per-share bid a price; scaled bare amounts continue
  // the currency of the amount before, plural and square units are quantities.
  // Session 42 (52): a Spanish town after "el"/"del"/"al" is the club named after it; a
  // town's name the text writes after a given name is that person's surname (es, en).
  static constexpr uint32_t kVersion = 52;
  // Longest title or body accepted, in bytes.
  static constexpr size_t kMaxFieldBytes = 4 << 20;

  explicit Extractor(ExtractorOptions options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Extracts from the article's title and body (offsets per field). Clears *out first.
  // When article.lang is kUnknown the language is detected.
  // Errors: InvalidArgument when a field is not valid UTF-8 or longer than kMaxFieldBytes.
  [[nodiscard]] Status Extract(const Article& article, Extraction* out) const;

  // Extracts from one text and APPENDS to *out (figures and entities tagged with `field`).
  // lang kUnknown: detected from `text`. `published_at_ms` (UTC ms; Extract passes
  // Article::published_at_ms) resolves relative periods ("im vergangenen Jahr", "last
  // year"); without it they stay null. Implicit currencies are resolved within `text`
  // alone (Extract resolves them over the whole article). Errors: as Extract.
  [[nodiscard]] Status ExtractText(std::string_view text, Lang lang, Field field, Extraction* out,
                                   std::optional<int64_t> published_at_ms = std::nullopt) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The article's topic entity: the organisation (else person or place) named in the title and
// the lead (first 400 bytes of the body) that the article mentions most, else the
// organisation the body names most often; sources never. Spanish: a place the gazetteer
// knows scores its mentions under the tagger's name too ("Francia" from "francés" for
// "France"). German: an organisation the title and lead name only after a preposition or as
// a compound's first part ("mit Tarvos", "die Tarvos-Kunden") yields to a place they
// name freely (not after "nach", not an adjective) that scores as much (extract/README.md).
// nullptr when there is none. The pointer points into `title` or `body`.
// `body_text` (the body the `body` mentions point into; may be empty) lets it skip dateline
// places ("Wien – "); `title_text` (the title the `title` mentions point into; may be
// empty) whether a preposition governs a title name.
const EntityMention* ArticleTopic(std::span<const EntityMention> title,
                                  std::span<const EntityMention> body, const Gazetteer& gazetteer,
                                  std::string_view body_text = {}, Lang lang = Lang::kUnknown,
                                  std::string_view title_text = {});

// Makes the types of one article's mentions agree: a name typed as an organisation anywhere
// is an organisation everywhere ("Carlsberg" tagged once ORG, once PER), and a one-word
// "person" never written after a personal title ("Mr", "Frau", "Sr.") nor with a first name
// is taken for an organisation (news name a person in full; a lone capitalised name that the
// tagger calls a person is mostly a company: "Renault boosted its profits").
// Spanish (`lang`): a full name typed person once is a person in all its mentions, and a
// one-word mention typed organisation that is the surname of exactly one such person is that
// person ("Verduzco" after "la presidenta Amalia Verduzco"; the Spanish unknown-word rule
// types a lone surname an organisation). Not in German and English, where a lone surname is
// as often the company named after its founder.
// `title` / `body` are the texts the mentions' offsets point into (by `field`).
void HarmonizeEntityTypes(std::span<EntityMention> mentions, std::string_view title,
                          std::string_view body, Lang lang = Lang::kUnknown);

// English: true when the lone name `name`, which only a speech verb puts in a person's place
// ("Halifax said", "says Nationwide"), is written as a company in `body`: after a
// "the" ("the Halifax has said"; news give a person no article) or "state-owned" and
// before no capitalised word ("the Gran Turismo series" names something longer), or before a word
// of a company's staff or stock ("Nationwide economist", "Rosneft officials", "Rosneft's shares"),
// or before ", which" or "its" after a short verb phrase ("Smithers said its sales rose";
// PersonsWrittenAsCompanyEn's cues: "who" or "his" there makes a person).
// False when some occurrence follows a personal title or role, or a capitalised word (a first name:
// "Jeremy Jaynes"; the caller asks only for names that no title precedes).
bool WrittenAsCompanyEn(std::string_view body, std::string_view name);

// English: a headline opens with a capitalised common word the tagger may take for a name
// ("Gloom grips Kralmark lenders", "Frost keeps fuel above $40"): the title's first
// mention is dropped when it is one word of a capital and small letters at the title's start,
// typed an organisation or person, that the body never writes (as a whole word; also not
// before "'s"). A name the article is about recurs in its body; acronyms ("GSK", "J&J") and
// places stay (extract/names_en.cc). `mentions` are the title's (offsets into `title`).
void DropHeadlineWordEn(std::string_view body, std::vector<EntityMention>* mentions);
// German: true when `text` writes the lone name `name` after a determiner, which German news
// gives no person: a neuter article or a contraction ("das Ifra", "des Ifra", "vom Ifra",
// "beim Ifra", "im Ifra", "ins", "zum"; not before a hyphen or a capitalised word: "das
// Kralhuber-Gutachten", "das Kralhuber Werk"; nor a relative pronoun: ", das Kralhuber
// erhielt"). A speech verb then is no person's ("sagt Ifra" … "so das Ifra";
// extract/names_de.cc).
bool WrittenAsInstitutionDe(std::string_view text, std::string_view name);

// German: an agency named with a compound of its umbrella or owner and the agency's own name
// right after it ("das AU-Küstenhilfswerk KHW", "der Kralix-Tochter (KTX)", "die
// EU-Grenzagentur Morvex"): every "<Prefix>-<Head>" of that head in the title and body (also
// "AUC-Küstenhilfswerks", without the name) is a mention of the agency — the prefix's
// own mention ("EU") becomes it, else a new mention covers the compound. The prefix is an
// acronym or a name the text mentions (not "Hans-Peter X", "Ex-Diktator X"); not a head of a
// person's role ("SPÖ-Stadtrat X", "Kralix-Chef X", "-Ministers"), nor a head two names
// follow. Only organisations name agencies. Mentions [from, end) of `mentions`, title
// mentions first, stay in that order; `*m_body` (may be nullptr), the index of the first body
// mention, moves by the title mentions added (extract/names_de.cc).
void AgencyCompoundsDe(std::vector<EntityMention>& mentions, size_t from, size_t* m_body,
                       std::string_view title, std::string_view body);

// English: a name the tagger typed a place is an organisation in all its mentions when one
// of them is written as a company's and none as a place's (extract/names_en.cc): before a
// possessive and a word only a company has ("Aston's chief executive", "X's shareholders"),
// after a company noun ("consultancy Deloitte", "gas monopoly Gazprom") or a firm's staff and
// "at" ("security expert at Energis"), or before an apposition that ends in a company noun
// within six words ("Korvex, Chile's second-biggest steel firm,"); a place's use is "in X"
// ("prosecutors in Parma"; not "shares in X"). Looks only at the mentions' own positions.
void CompaniesTypedPlaceEn(std::span<EntityMention> mentions, std::string_view body);

// English: a full name the tagger typed a person ("Kelby Marsh") is an organisation in all its
// mentions when the text writes it as a company — a firm named after its founder — and never
// as a person (extract/names_en.cc): before ", which", before a possessive and what only a
// firm has ("Kelby Marsh's shares", "…'s profits"), or before "its" after a verb phrase of up
// to four lower-case words ("Kelby Marsh said its sales rose"; "its" alone only when no other
// organisation's mention precedes the name: it may be that firm's); a person's use is a title or
// role before the name, "who" after it, or "his" / "her" / "he" / "she" in that verb phrase.
// Looks only at the mentions' own positions.
void PersonsWrittenAsCompanyEn(std::span<EntityMention> mentions, std::string_view body);

// Spanish: a one-word name the tagger typed an organisation (the unknown-word rule types
// every unknown capitalised word so: "Ibagué", "Cádiz") is a place in all its mentions when
// one of them stands after "en" ("en Ibagué", "En Cádiz,") or after "<ciudad|municipio|
// localidad|provincia|departamento|alcalde|…> de" ("el municipio de Soses"), and none after a
// masculine article or a company noun ("el Valencia", "del Betis", "la empresa Tecnovía":
// clubs and firms named like towns), nor is glued to a number or a capitalised word ("en
// Antena 3", "en Nueva York": part of a longer name). Not a gazetteer entity ("en Twitter"),
// an acronym or a CamelCase word ("en COPE", "en ServiCaixa"). Run after
// HarmonizeEntityTypes (which makes a place typed an organisation elsewhere an organisation).
// German, the same: a one-word name typed an organisation is a place in all its mentions
// when one of them stands after "in" or "nach" ("in Kralstadt", "nach Kralstadt") or after a
// place noun ("die Stadt X", "die Hafenstadt X", "der Provinz X", "Region", "Gemeinde",
// "Bundesstaat", "Insel" …), and none after an article ("die X", "der X": German names no
// town with one) or a company noun ("Firma X", "Handelskette X"); the same exclusions (a
// longer name, a gazetteer entity, an acronym, CamelCase). Other languages: nothing changes.
// `title` / `body` are the texts the mentions' offsets point into (by `field`).
void PlacesByUse(std::span<EntityMention> mentions, std::string_view title, std::string_view body,
                 const Gazetteer& gazetteer, Lang lang);

// A union of states the gazetteer tags `union` (the EU) is a place in the mentions where the
// text locates something in it: "in der EU", "innerhalb der EU", "en la UE", "en toda la
// UE", "in the EU", "across the EU" ("In der EU wuchs der Bestand auf 2,6 Millionen" is the
// Union's figure, as "in Kralland" would be Kralland's; the attribution reads an
// organisation there as no place). Elsewhere it stays an organisation ("Die EU zahlt 5
// Milliarden"). Only these mentions change, none other of the same name. Run after
// HarmonizeEntityTypes, which would make them organisations again. `title` / `body` are the
// texts the mentions' offsets point into (by `field`).
void UnionsLocatedIn(std::span<EntityMention> mentions, std::string_view title,
                     std::string_view body, const Gazetteer& gazetteer);

// Spanish: an organisation mention whose name opens with the head word of a police force, a
// prosecutor's office, a court or the armed forces — "la Guardia Civil", "la Policía
// Nacional", "la Fiscalía", "el Tribunal Supremo", "la Corte Constitucional", "los Mossos" —
// keeps to its sentence (EntityMention::local, as PublicBodiesDe marks the German ones): news
// cites such bodies as the source of others' figures. Not the government or a ministry ("el
// Gobierno", "el Ministerio de X"), which Spanish news makes the subject of the sentences
// after. "Corte" only with a court's word after it ("la Corte Suprema", "la Corte de
// Justicia"; not the retailer "El Corte Inglés"). The head words: ner::PublicBodyHeadEs
// (ner_features.h, beside the tagger's InstitutionHeadEs). Like the German bodies, in an
// article whose topic is a place such a body is no candidate (the place's source: "El
// Tribunal Supremo multó … en Tarvena" alone gives the place). Other languages, other
// types: nothing changes.
void PublicBodiesEs(std::span<EntityMention> mentions, Lang lang);

// Mentions [from, end) of `mentions` (found in `text`, in text order): a place that is part
// of the organisation before it ("Casinos Austria AG") joins it, and a place after "Bank" /
// "Banco" / "Banca" / "Air" / "<Name> Bank of" is the company ("die Bank Austria", "Air
// Tamvaria", "Royal Bank of Tamvaria"). REQUIRES: offsets lie within `text`.
void JoinNamesWithPlaces(std::string_view text, std::vector<EntityMention>& mentions, size_t from);

// English: a place that opens a company's name is the company ("Shares in UK Coal fell",
// "China Mobile"): a place mention followed by a company head word
// (Coal, Online, Telecom, Automotive, Steel, Oil, Motors, Mobile, Electric, Holdings,
// Insurance, Mining …; not a press word: "China Daily" reports) joins it, typed an
// organisation, unless a capitalised word goes on ("UK Energy Minister X"); a place mention
// the tagger ended in such a word ("UK Coal" typed a place) is the organisation too, and so
// is a place mention right before a name of two words or more the tagger found that ends in
// such a word or in "Bank" / "Council" ("Norvia Shipping Oil": the gazetteer's place cut the
// name's first word off) (extract/names_en.cc). Mentions [from, end) of `mentions`, found in
// `text`, in text order.
void PlaceCompanyNamesEn(std::string_view text, std::vector<EntityMention>& mentions, size_t from);

// German: a parliamentary chamber a text names by its common noun after a determiner, with
// up to two inflected adjectives between ("der Senat", "vom Nationalrat", "des neuen
// Landtages", "die Bürgerschaft", "das Abgeordnetenhaus"; extract/names_de.cc), is an
// organisation mention of `field`: entity the noun without its genitive ending, or the
// chamber's full name when a mention of the text ends in the noun ("Deutsche Bundestag",
// "Unabhängige Kralinger-Senat"); a place mention right after the noun joins its name ("der
// Senat Kralstadt": entity "Senat Kralstadt"). Not a compound's part ("Landtagswahl"), the
// place where members sit or which a party enters ("im Landtag sitzen", "in den Bundestag
// einziehen"), a numbered panel ("der Senat 3 des Presserats"), a noun another capitalised
// word follows that is no place ("der Senat Kralmann"), nor where a mention already stands.
// Likewise, marked `local` (EntityMention: it keeps to its sentence), a ministry, the police,
// a prosecutor's office, a court or the armed forces ("das Innenministerium", "der
// Bundespolizei", "die Staatsanwaltschaft Kralstadt", "des Landgerichts", "das Bundesheer";
// not a dish: "das Hauptgericht"); an organisation mention already found with the same span
// ("die Bundeswehr" from the tagger) is marked `local` instead.
// Mentions [from, end) of `mentions`, found in `text`, stay in text order.
// `hits`: the occurrences in `text` of PublicBodyLiteralsDe() (index i: its i-th literal;
// ASCII case ignored), found by the entity matcher's literal scan (EntityMatcher::Find with
// side literals): when complete, the function visits only the words they lie in instead of
// every capitalised word. Else `blocks`: the capital starts of `text` when they describe it
// (text_blocks.h; nullptr or another text's: the function scans itself). The same result either
// way. REQUIRES: the mentions' offsets lie within `text`; complete `hits` list every occurrence of
// those literals in `text` (overlapping ones too).
void PublicBodiesDe(std::string_view text, Field field, std::vector<EntityMention>& mentions,
                    size_t from, const TextBlocks* blocks = nullptr,
                    const SideLiteralHits* hits = nullptr);

// The literals one of which (written so) lies in every word PublicBodiesDe takes for a body:
// the chambers' nouns, then the local bodies' words and compound tails ("Bundestag", …,
// "ministerium", "olizei", "gericht", …). For the EntityMatcher's side literals, so that
// the matcher's text scan finds them for PublicBodiesDe's `hits`.
std::vector<std::string> PublicBodyLiteralsDe();

// Web addresses a text names a site or its company by ("tarvio.at", "kralnews.co.uk",
// "Velmora.com", "shop.velmo-net.de"): one or more labels of ASCII letters, digits and '-'
// (one letter at least) joined by '.', ending in a top-level domain in lower case (at, de, ch,
// com, net, org, es, eu, fr, it, mx, ar, info, tv, io, co.uk, org.uk), not part of an e-mail
// address, a link with a path ("pic.kral.com/x"), a longer word, nor a reference written
// with "www." ("Infos unter www.kralrechner.at": not an actor) or the word "dot.com". Each is an
// organisation mention of `field` (entity the address as written), added to mentions
// [from, end) in text order where no mention overlaps it (the gazetteer's "Amazon" of
// "Amazon.com" stays). REQUIRES: the mentions' offsets lie within `text`.
void WebAddressNames(std::string_view text, Field field, std::vector<EntityMention>& mentions,
                     size_t from);

// German and Spanish: a country the built-in gazetteer names in English ("Germany", "United
// States") gets the name the country layer gives it in the text's language
// (NameTagger::CountryByName: "Deutschland", "USA"; "Alemania", "Estados Unidos"), as the
// tagger's own country mentions are named (extract/README.md, Places); the stored names a
// query finds are CountryNames. Places only; only the entity changes, not the surface.
// Kept: a place that names no country ("Europe", "Beijing"), an entry `gazetteer` does not
// hold as built in (a user's --entities-file entry keeps its canonical name, also one that
// replaces a built-in country), and every name in English texts. `gazetteer` is the one the
// mentions were found with. Thread-safe (the first call builds a table of the built-in
// countries).
void LocalCountryNames(const Gazetteer& gazetteer, Lang lang, std::span<EntityMention> mentions);

// English: the two countries English news names by their initials have one name each, as the
// text writes them most ("UK", "US"), whatever named them (the gazetteer's "United States",
// ICU's "United Kingdom" for "British"/"Britons", the tagger's "Britain"); only the entity
// changes, not the surface. Places only ("Britain's Ofcom" stays a place; "British Airways"
// is no place mention).
void ShortCountryNamesEn(std::span<EntityMention> mentions);

// Every name extracted facts store a country under, when `name` names one: the country layer's
// names (NameTagger's ICU display names in English, German and Spanish, the German press name
// "USA"/"Großbritannien") and, for the two ShortCountryNamesEn shortens, the English short
// name "US"/"UK" — in that order, no repeats. `name` may be any of them, "Britain", or a name
// ShortCountryNamesEn shortens ("U.S.", "America"), in any case (ASCII and Latin-1 letters).
// Empty for any other name, cities and regions included. The gazetteer's canonical name of
// the country (Gazetteer::Resolve) is the caller's to add. The first call builds the country
// table (ICU display names; no model: a few milliseconds once per process). Thread-safe.
std::vector<std::string> CountryNames(std::string_view name);

// The one name a country's indicator series, alerts and resolved queries are keyed by, when
// `name` names a country (CountryNames non-empty, or a gazetteer alias of a place whose
// canonical CountryNames knows: "EE. UU."): the default gazetteer's canonical of the country
// where it lists it as a place under any of CountryNames' names ("Germany", "United States"),
// else CountryNames' first (the English ICU display name: "Austria" for "Österreich").
// The same for every name of one country, in any case; empty for any other name (cities,
// regions, a name the gazetteer resolves to an organisation or product, ""). Georgia is the country
// whatever the text meant (as in CountryNames): it never maps to "United States". Cost: one
// gazetteer lookup and CountryNames; the first call loads the default gazetteer and the country
// table. Thread-safe.
std::string CanonicalCountry(std::string_view name);

// Guesses de/es/en from function-word frequencies; kUnknown when there is no evidence.
Lang DetectLang(std::string_view text);

}  // namespace newsfacts::extract
