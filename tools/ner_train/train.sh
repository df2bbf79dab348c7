#!/usr/bin/env bash
# Re-trains the name classifier compiled into newsfacts_extract (extract/data/ner_model.txt)
# from the public NER data in ../shared/ner (licences: ../shared/ner/README.md).
#   tools/ner_train/train.sh            # builds the trainer, writes extract/data/ner_model.txt
#                                       # extract/data/de_nouns.txt (common_nouns.py) and
#                                       # extract/data/given_names.txt (given_names.py)
# Environment: SHARED (default ../shared), BUILD (default build).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ner="${SHARED:-$root/../shared}/ner"
build="${BUILD:-$root/build}"
cmake --build "$build" -j2 --target newsfacts_ner_train >/dev/null
"$build/tools/newsfacts_ner_train" \
  --train de:"$ner/de_germeval2014_test.conll" --train de:"$ner/de_uner_pud_test.conll" \
  --train de:"$ner/de_europarl_test.conll" \
  --train en:"$ner/en_uner_ewt_train.conll" --train en:"$ner/en_wikigold.conll" \
  --train en:"$ner/en_europarl_test.conll" \
  --train es:"$ner/es_europarl_test.conll" \
  --dev de:"$ner/de_germeval2014_dev.conll" --dev en:"$ner/en_uner_ewt_dev.conll" \
  --epochs 6 --min-weight 1.0 > "$root/extract/data/ner_model.txt"
ls -l "$root/extract/data/ner_model.txt"
# The German common-noun list (words the tagger never takes for unknown names).
python3 "$root/tools/ner_train/common_nouns.py" "$ner/de_germeval2014_test.conll" \
  "$ner/de_uner_pud_test.conll" "$ner/de_europarl_test.conll" > "$root/extract/data/de_nouns.txt"
ls -l "$root/extract/data/de_nouns.txt"
# Given names (a Spanish name the unknown-word rule typed ORG is a person's when one opens it).
python3 "$root/tools/ner_train/given_names.py" "$ner"/*.conll > "$root/extract/data/given_names.txt"
ls -l "$root/extract/data/given_names.txt"
