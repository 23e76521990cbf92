#!/usr/bin/env bash
# Whole-process throughput of `extract --jsonl` (1 and 2 threads) and, optionally, of the
# Python peers, each run RUNS times (interleaved), medians reported. Used for docs/throughput.md.
#
#   scripts/throughput.sh CORPUS.jsonl [MORE.jsonl...]
#
# Environment:
#   RUNS=3                 runs per measurement (the median is reported)
#   THREADS="1 2"          thread counts for whosaid
#   PEERS_VENV=DIR         venv made by the peers' setup.sh (enables FlashText on every corpus)
#   PEERS_DIR=DIR          directory holding flashtext_scan.py, peer_spacy_ner.py, peer_textacy_quotes.py
#   SPACY_CORPUS=FILE      corpus for spaCy NER and spaCy+textacy (slow: use ~1 MB); whosaid runs on it too
#   RAW=FILE               where the raw per-run rows go (default: a temporary file)
#
# MB/s and docs/s are from the median wall time (whole process: start-up, reading, writing);
# "best" is the fastest run; "loop" is the peers' own timing of their processing loop (model
# load and reading excluded). Corpora are JSONL {"id", "text"} lines (scripts/make_corpus.py
# builds them). Outputs go to a temporary directory that is removed. Needs GNU /usr/bin/time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ $# -ge 1 ] || { sed -n '2,19p' "$0"; exit 2; }
RUNS=${RUNS:-3}
THREADS=${THREADS:-1 2}
RAW=${RAW:-$(mktemp)}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cargo build --release --example extract --quiet
bin="${CARGO_TARGET_DIR:-target}/release/examples/extract"

: > "$RAW"
# measure NAME CORPUS CMD...: one run; appends "name corpus wall user sys maxrss_kb loop_s".
measure() {
    local name=$1 corpus=$2
    shift 2
    /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" "$@" > "$scratch/out" 2> "$scratch/err" || {
        # extract exits 1 when some lines are bad; anything else is a failure.
        local rc=$?
        if [ "$rc" -ne 1 ] || [ "$name" = "${name#whosaid}" ]; then
            echo "$name failed ($rc):" >&2; cat "$scratch/err" >&2; exit 1
        fi
    }
    local loop
    loop=$(grep -o 'seconds [0-9.]*' "$scratch/err" | head -1 | cut -d' ' -f2 || true)
    echo "$name $corpus $(tail -1 "$scratch/time") ${loop:--}" | tee -a "$RAW"
}

for run in $(seq "$RUNS"); do
    for corpus in "$@" ${SPACY_CORPUS:+"$SPACY_CORPUS"}; do
        for t in $THREADS; do
            measure "whosaid-t$t" "$corpus" "$bin" --jsonl --threads "$t" "$corpus"
        done
        if [ -n "${PEERS_VENV:-}" ]; then
            measure flashtext "$corpus" "$PEERS_VENV/bin/python" "$PEERS_DIR/flashtext_scan.py" "$corpus" \
                gazetteers/places/*.tsv gazetteers/people/*.tsv gazetteers/orgs/*.tsv
        fi
    done
    if [ -n "${PEERS_VENV:-}" ] && [ -n "${SPACY_CORPUS:-}" ]; then
        measure spacy-ner "$SPACY_CORPUS" "$PEERS_VENV/bin/python" "$PEERS_DIR/peer_spacy_ner.py" \
            "$SPACY_CORPUS" "$scratch/spacy.jsonl" --ner-only
        measure spacy-textacy "$SPACY_CORPUS" "$PEERS_VENV/bin/python" "$PEERS_DIR/peer_textacy_quotes.py" \
            "$SPACY_CORPUS" "$scratch/textacy.jsonl"
    fi
done

python3 - "$RAW" <<'PY'
import json, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, corpus, wall, user, sys_, rss, loop = line.split()
    rows.setdefault((name, corpus), []).append((float(wall), float(user) + float(sys_), int(rss), loop))
sizes = {}
for _, corpus in rows:
    if corpus not in sizes:
        texts = [json.loads(l)["text"] for l in open(corpus, encoding="utf-8") if l.strip()]
        sizes[corpus] = (len(texts), sum(len(t.encode()) for t in texts))
print("\n| system | corpus | MB | docs | runs | wall s (median) | best | MB/s | docs/s | CPU s | peak RSS MB | loop s | loop MB/s |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for (name, corpus), rs in rows.items():
    docs, nbytes = sizes[corpus]
    wall = statistics.median(r[0] for r in rs)
    best = min(r[0] for r in rs)
    cpu = statistics.median(r[1] for r in rs)
    rss = statistics.median(r[2] for r in rs) / 1024
    loops = [float(r[3]) for r in rs if r[3] != "-"]
    loop = statistics.median(loops) if loops else None
    print(f"| {name} | {corpus.rsplit('/', 1)[-1]} | {nbytes / 1e6:.2f} | {docs} | {len(rs)} | {wall:.2f} | {best:.2f} | "
          f"{nbytes / 1e6 / wall:.2f} | {docs / wall:.0f} | {cpu:.2f} | {rss:.0f} | "
          + (f"{loop:.2f} | {nbytes / 1e6 / loop:.3f} |" if loop else "- | - |"))
PY
