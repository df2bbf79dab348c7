#!/usr/bin/env python3
"""tools/bench/difftest.py — random differential test of two extractor binaries.

Generates invented articles (German, Spanish, English) from fixed word banks and templates
(citations "laut X", "nach Angaben des X", "X zufolge", "según X", "according to X", persons,
places, companies, short forms in brackets, lists, figures and periods), runs
`newsfacts extract --jsonl --entities` of both binaries over them and reports whether their
output is byte-identical. For speed work: a cut must not change any output.

  tools/bench/difftest.py OLD_BIN NEW_BIN [--seed S] [--articles N]

Exit 0 when identical, 1 (with the first differing line) otherwise. Every name, number and
sentence here is invented.
"""
import argparse
import json
import random
import subprocess
import sys
import tempfile

BANK = {
    "de": {
        "org": ["Velmora AG", "Krastel GmbH", "Nordwerk", "Tarvos", "Bundesamt für Feldkunde",
                "Statistische Landesamt Quellbach", "Finkenbank", "Ostmark Energie",
                "Verband der Ziegelhersteller", "Institut für Marktforschung Horlau"],
        "short": ["VAG", "KG", "BFK", "SLQ", "VZH"],
        "person": ["Anton Kralhuber", "Greta Mielke", "Jonas Pfeffermann", "Ilse Drechsel",
                   "Kralhuber", "Mielke"],
        "place": ["Quellbach", "Horlau", "Belgora", "Nordland", "Ruritanien", "Wien", "Graz"],
        "noun": ["Umsatz", "Gewinn", "Verlust", "Schulden", "Zahl der Beschäftigten",
                 "Arbeitslosenquote", "Inflation", "Auftragseingang", "Absatz"],
        "verb": ["stieg", "sank", "betrug", "wuchs", "fiel", "lag"],
        "fig": ["um 4,2 Prozent", "auf 1,7 Milliarden Euro", "um 310 Millionen Euro",
                "auf 12.400", "um ein Drittel", "auf 3,9 Prozent", "auf 85 Mio. Euro"],
        "period": ["im Jahr 2025", "im ersten Quartal", "im Vorjahr", "2024", "seit März",
                   "im Geschäftsjahr 2023/24", ""],
        "cue": ["Laut {o}", "Nach Angaben der {o}", "Nach Angaben des {o}", "{o} zufolge",
                "Wie die {o} mitteilte,", "Laut einer Umfrage der {o}",
                "Nach Berechnungen der {o} ({s})", "Nach Darstellung der {o}", ""],
        "tmpl": ["{cue} {verb} der {noun} der {o2} {period} {fig}.",
                 "{cue} {verb} {period} der {noun} {fig}.",
                 "Der {noun} von {o} {verb} {period} {fig}, sagte {p}.",
                 "{p}, Chef der {o}, sagte, der {noun} {verb} {fig}.",
                 "In {pl} {verb} der {noun} {period} {fig}.",
                 "Die {o} und die {o2} aus {pl} meldeten {fig} mehr.",
                 "{o} ({s}) {verb} {period} {fig}, teilte {p} mit.",
                 "Laut {o} ist der {noun} in {pl} {fig} gestiegen.",
                 "{cue} hat die {o2} {fig} verloren.",
                 "Nach Angaben der {o} stieg ihr {noun} {period} {fig}."],
    },
    "es": {
        "org": ["Grupo Velmora", "Banco Ozmerales", "Tarvos", "Instituto de Estudios Quelbar",
                "Ministerio de Fomento Rural", "Compañía Minera Andaluza del Sur",
                "Universidad de Horlau", "la consultora Fenstra"],
        "short": ["GV", "BO", "IEQ", "CMAS"],
        "person": ["Ana María López Vidal", "López Vidal", "Tomás Verandi", "Verandi",
                   "Lucía Ferraz", "Ferraz"],
        "place": ["Ozmerales", "Quelbar", "Belgora", "Roma", "Lisboa", "Atenas", "Madrid"],
        "noun": ["beneficio", "facturación", "deuda", "paro", "número de empleados", "ventas",
                 "inflación", "pérdida"],
        "verb": ["subió", "bajó", "alcanzó", "creció", "cayó", "se situó en"],
        "fig": ["un 4,2 %", "1.700 millones de euros", "310 millones", "el 3,9 por ciento",
                "12.400 personas", "un tercio", "85 millones de dólares"],
        "period": ["en 2025", "en el primer trimestre", "el año pasado", "desde marzo", ""],
        "cue": ["Según {o},", "Según un estudio del {o},", "De acuerdo con {o},",
                "Según la empresa {o},", "", "Según datos de {o} ({s}),"],
        "tmpl": ["{cue} el {noun} de {o2} {verb} {fig} {period}.",
                 "{cue} el {noun} {verb} {fig} {period}.",
                 "{p}, presidente de {o}, dijo que el {noun} {verb} {fig}.",
                 "En {pl}, {pl2} y {pl3} el {noun} {verb} {fig} {period}.",
                 "{o} ({s}) {verb} {fig} {period}, explicó {p}.",
                 "La {o} y {o2} ganaron {fig} {period}, según {p}."],
    },
    "en": {
        "org": ["Velmora Holdings", "Krastel Ltd", "Northworks", "Tarvos", "Halford Bank",
                "Office for Field Statistics", "Ruritanian Mortgage Lender", "Fenstra Research"],
        "short": ["VH", "OFS", "KL", "FR"],
        "person": ["Gerard Rijk", "Rijk", "Mary Holloway", "Holloway", "Alexander Van Dalen"],
        "place": ["Ruritania", "Belgora", "Texas", "London", "Nordland", "Quelbar"],
        "noun": ["profit", "revenue", "debt", "unemployment", "headcount", "sales", "losses"],
        "verb": ["rose", "fell", "reached", "grew", "dropped", "stood at"],
        "fig": ["4.2%", "$1.7bn", "310 million pounds", "12,400 jobs", "a third", "3.9 percent",
                "£85m"],
        "period": ["in 2025", "in the first quarter", "last year", "since March", ""],
        "cue": ["According to {o},", "A survey by {o} found that", "{o} said", "", "Per {o},"],
        "tmpl": ["{cue} {o2}'s {noun} {verb} {fig} {period}.",
                 "{cue} the {noun} {verb} {fig} {period}.",
                 "{p}, chief executive of {o}, said {noun} {verb} {fig}.",
                 "The {pl} firm {o} ({s}) said its {noun} {verb} {fig} {period}.",
                 "In {pl}, {pl2} and {pl3} {noun} {verb} {fig}, {p} told reporters.",
                 "{o} and {o2} reported {fig} in {noun} {period}, Halifax said."],
    },
}


def sentence(rng, lang):
    b = BANK[lang]
    o, o2 = rng.choice(b["org"]), rng.choice(b["org"])
    fill = {
        "o": o, "o2": o2, "s": rng.choice(b["short"]), "p": rng.choice(b["person"]),
        "pl": rng.choice(b["place"]), "pl2": rng.choice(b["place"]),
        "pl3": rng.choice(b["place"]), "noun": rng.choice(b["noun"]),
        "verb": rng.choice(b["verb"]), "fig": rng.choice(b["fig"]),
        "period": rng.choice(b["period"]),
    }
    fill["cue"] = rng.choice(b["cue"]).format(o=o, s=fill["s"])
    s = rng.choice(b["tmpl"]).format(**fill)
    s = " ".join(s.split())
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s


def article(rng, lang, i):
    n = rng.randint(1, 9)
    sents = [sentence(rng, lang) for _ in range(n)]
    paras, cur = [], []
    for s in sents:
        cur.append(s)
        if rng.random() < 0.3:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    title = sentence(rng, lang).rstrip(".") if rng.random() < 0.7 else ""
    return {"id": f"diff-{lang}-{i}", "lang": lang, "title": title, "body": "\n\n".join(paras),
            "source": "difftest", "category": "test"}


def run(binary, path):
    return subprocess.run([binary, "extract", "--jsonl", "--entities", "--threads", "1", path],
                          check=True, capture_output=True).stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=int, default=1500)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        n_sent = 0
        for i in range(a.articles):
            art = article(rng, ("de", "es", "en")[i % 3], i)
            n_sent += art["body"].count(".") + 1
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
        path = f.name
    old, new = run(a.old, path), run(a.new, path)
    print(f"difftest: {a.articles} articles (~{n_sent} sentences), {len(old)} bytes of output, "
          f"{'identical' if old == new else 'DIFFERENT'} ({path})")
    if old != new:
        for lo, ln in zip(old.splitlines(), new.splitlines()):
            if lo != ln:
                print("old:", lo.decode()[:400])
                print("new:", ln.decode()[:400])
                break
        sys.exit(1)


if __name__ == "__main__":
    main()
