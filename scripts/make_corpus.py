#!/usr/bin/env python3
"""Builds a throughput corpus: the texts (with ids) of a JSONL file, repeated until the corpus
holds at least MIN_MB megabytes of text; repeats get ids suffixed with #1, #2, ...

    python3 scripts/make_corpus.py SOURCE.jsonl OUT.jsonl MIN_MB

Each output line is {"id": ..., "text": ...}. Prints documents and text bytes written.
MIN_MB may be fractional; with MIN_MB below the source size the first documents are kept
(a subset, e.g. 1 MB for slow peers).
"""
import json
import sys


def main(src, out_path, min_mb):
    docs = [json.loads(line) for line in open(src, encoding="utf-8") if line.strip()]
    docs = [{"id": d["id"], "text": d["text"]} for d in docs]
    target = min_mb * 1e6
    n = nbytes = 0
    with open(out_path, "w", encoding="utf-8") as out:
        rep = 0
        while nbytes < target:
            for d in docs:
                if nbytes >= target:
                    break
                rid = d["id"] if rep == 0 else f"{d['id']}#{rep}"
                out.write(json.dumps({"id": rid, "text": d["text"]}, ensure_ascii=False) + "\n")
                n += 1
                nbytes += len(d["text"].encode("utf-8"))
            rep += 1
    print(f"{out_path}: {n} documents, {nbytes} bytes of text ({nbytes / 1e6:.2f} MB)")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
