#!/usr/bin/env python3
"""Split the attribution errors of one scored set by cause (a development tool, run by
`tools/score --entities`; never at run time).

usage: score_entities.py GOLD.jsonl PRED.jsonl TEXTS.jsonl [--list] [--json]

It matches gold and predicted figures exactly as ../shared/tools/score_figures.py does (it imports
that file, so the matching and `same_entity` stay one rule), takes every ATTR error (a matched
required figure whose gold names an entity that neither the predicted entity nor its surface names)
and asks whether the gold entity is among the article's extracted mentions (the "kind":"entity"
lines of PRED; their entity or surface, same rule):

  found       the tagger/gazetteer produced a mention naming the gold entity: a SELECTION error
  not_found   no mention names it: a RECOGNITION error; sub-split by whether the gold name's words
              occur in the text at all (in_text: a name the tagger missed or named differently) or
              not as whole words (absent: an adjective, demonym or paraphrase: "polnische Banken" -> Polen)
  null        of the found, how many got no entity at all

TEXTS.jsonl holds the articles ({"id","title","text"}); the seeds are skipped when absent.
--list prints one line per error: cause, doc, surface, gold, got, and the mentions' names.
"""
import argparse, importlib.util, json, os, re, sys, unicodedata

here = os.path.dirname(os.path.abspath(__file__))
shared = os.environ.get("SHARED", os.path.join(here, "..", "..", "shared"))
spec = importlib.util.spec_from_file_location("score_figures", os.path.join(shared, "tools", "score_figures.py"))
sf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sf)


def fold(s):
    return unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().casefold()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold"); ap.add_argument("pred"); ap.add_argument("texts")
    ap.add_argument("--list", action="store_true"); ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    gold = sf.load(a.gold); preds = sf.load(a.pred)
    texts = {}
    if os.path.exists(a.texts):
        for d in sf.load(a.texts):
            texts[d.get("id")] = fold((d.get("title") or "") + "\n" + (d.get("body") or d.get("text") or ""))
    docs = {g["doc"] for g in gold}
    figs = [p for p in preds if p.get("doc") in docs and p.get("kind") in sf.FIG_KINDS]
    ents = {}
    for p in preds:
        if p.get("kind") == "entity":
            ents.setdefault(p.get("doc"), []).append(p)
    used = [False] * len(figs); matched = {}
    order = sorted(range(len(gold)), key=lambda i: not gold[i].get("required", True))
    for gi in order:
        for pi, p in enumerate(figs):
            if not used[pi] and sf.compatible(gold[gi], p):
                used[pi] = True; matched[gi] = pi
                break
    req_hit = [i for i, g in enumerate(gold)
               if g.get("required", True) and g["kind"] in ("money", "percent", "count") and i in matched]
    att = [i for i in req_hit if gold[i].get("entity")]
    errors = [i for i in att if not any(sf.same_entity(gold[i]["entity"], figs[matched[i]].get(k))
                                        for k in ("entity", "entity_surface"))]
    counts = {"attr_scored": len(att), "errors": len(errors), "found": 0, "found_null": 0,
              "not_found": 0, "not_found_in_text": 0, "not_found_absent": 0}
    lines = []
    for i in errors:
        g = gold[i]; p = figs[matched[i]]
        mentions = ents.get(g["doc"], [])
        found = any(sf.same_entity(g["entity"], m.get(k)) for m in mentions for k in ("entity", "surface"))
        if found:
            counts["found"] += 1
            cause = "found"
            if not p.get("entity"):
                counts["found_null"] += 1
        else:
            counts["not_found"] += 1
            words = sf.name_words(g["entity"])
            text = texts.get(g["doc"], "")
            in_text = bool(words) and all(re.search(r"\b" + re.escape(w) + r"\b", text) for w in words)
            cause = "not_found/in_text" if in_text else "not_found/absent"
            counts["not_found_in_text" if in_text else "not_found_absent"] += 1
        names = sorted({f'{m.get("entity")}:{(m.get("type") or m.get("entity_type") or "")[:3]}' for m in mentions})
        lines.append(f'{cause:18} {g["doc"]}: «{g["surface"]}» gold={g["entity"]} got={p.get("entity")} '
                     f'| mentions: {"; ".join(names)}')
    if a.list:
        for l in sorted(lines):
            print(l)
    if a.json:
        print(json.dumps(counts))
    else:
        print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
