#!/usr/bin/env bash
# End-to-end test of extract under Spark: builds the extract example (release), generates a
# JSONL file of ~2,000 lines (bad lines included), pipes it through extract with PySpark in
# local mode (scripts/spark_pipe.py) and checks that every input line comes back exactly once,
# in order, as valid JSON; then checks that spark_pipe.py does notice a lost line.
#
#   scripts/spark_test.sh [VENV_DIR]
#
# Needs Java 17+ (`java -version`), python3 with venv, and PyPI access the first time:
# pyspark is installed into VENV_DIR (default: $SPARK_TEST_VENV, else
# ${XDG_CACHE_HOME:-$HOME/.cache}/whosaid/spark-venv), which is reused on later runs.
# Scratch files go to a temporary directory that is removed at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYSPARK_VERSION="4.0.1"
venv=${1:-${SPARK_TEST_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/whosaid/spark-venv}}

command -v java >/dev/null || { echo "spark_test: java not found" >&2; exit 2; }
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
    echo "spark_test: installing pyspark $PYSPARK_VERSION into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "pyspark==$PYSPARK_VERSION"
fi

cargo build --release --example extract --quiet
target=${CARGO_TARGET_DIR:-target}
case "$target" in /*) ;; *) target="$(pwd)/$target" ;; esac
bin="$target/release/examples/extract"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# ~2,000 lines: the bundled articles and fixtures, every kind of bad line, CRLF endings.
python3 - "$scratch/input.jsonl" <<'PY'
import json, pathlib, sys
texts = [json.loads(l)["text"] for l in open("examples/data/sample.jsonl", encoding="utf-8") if l.strip()]
texts += [pathlib.Path(p).read_text(encoding="utf-8")
          for p in ("examples/data/sample.txt", "tests/fixtures/wire.txt", "tests/fixtures/menu.txt")]
bad = ['{"id": "cut", "text": ', "[1, 2]", '{"id": "%d", "body": "no text"}', '{"id": %d, "text": 7}', '"just a string"']
with open(sys.argv[1], "w", encoding="utf-8", newline="") as out:
    for n in range(2000):
        if n % 97 == 13:
            line = bad[n % len(bad)].replace("%d", str(n))
        else:
            text = texts[n % len(texts)]
            line = json.dumps({"id": f"doc-{n}", "text": text if n % 3 else f"“Line {n},” she said. " + text},
                              ensure_ascii=n % 2 == 0)
        out.write(line + ("\r\n" if n % 10 == 0 else "\n"))
PY

echo "spark_test: piping $(wc -l < "$scratch/input.jsonl") lines through $bin"
"$venv/bin/python" scripts/spark_pipe.py "$bin" "$scratch/input.jsonl" "$scratch/output" \
    --partitions 4 --threads 2 --master "local[2]"
n_out=$(cat "$scratch"/output/part-* | wc -l)
[ "$n_out" -eq 2000 ] || { echo "spark_test: $n_out output lines, expected 2000" >&2; exit 1; }

# The checks must catch a lost line: an extract that drops its last output line.
printf '#!/bin/sh\n"%s" "$@" | sed '"'"'$d'"'"'\n' "$bin" > "$scratch/lossy"
chmod +x "$scratch/lossy"
if "$venv/bin/python" scripts/spark_pipe.py "$scratch/lossy" "$scratch/input.jsonl" \
    --partitions 4 --master "local[2]" > "$scratch/lossy.log" 2>&1; then
    cat "$scratch/lossy.log" >&2
    echo "spark_test: spark_pipe.py did not notice lost lines" >&2
    exit 1
fi
grep -q "spark_pipe: FAILED" "$scratch/lossy.log" || { cat "$scratch/lossy.log" >&2; exit 1; }
echo "spark_test: a lossy extract is caught as it should be:"
grep -A3 "spark_pipe: FAILED" "$scratch/lossy.log"
echo "spark_test: OK"
