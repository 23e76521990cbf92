#!/usr/bin/env python3
"""Runs a JSONL dataset through `extract --jsonl` under Spark (RDD.pipe) and checks the result.

    python spark_pipe.py EXTRACT_BIN INPUT.jsonl [OUTPUT_DIR] [--partitions N] [--threads N]
                         [--master URL]

INPUT is {"id", "text"} lines (any path Spark reads: a local file, a directory, hdfs://...).
Every partition is piped through `EXTRACT_BIN --jsonl --threads N`, which writes one JSON line
per input line, in order. The output RDD is then checked against the input:

* as many output lines as input lines, in every partition;
* every output line is a JSON object with `entities` and `quotes`, or with `error`;
* line by line (input zipped with output), the output's `id` is the input's (null for a line
  that is not JSON), and a line with a string `text` gives a record, any other line an error;
  hence every input id comes back exactly once.

Writes the output with saveAsTextFile to OUTPUT_DIR if given (it must not exist). Prints a
summary; exits 1 if any check fails (with up to 10 examples), 2 on usage errors.

The master is --master if given; under spark-submit, the one spark-submit was given; else
local[*]. On a cluster EXTRACT_BIN must exist on every executor: ship it with
`spark-submit --files path/to/extract` and pass `./extract` (YARN and Kubernetes put --files in
the executor's working directory), or install it at the same path on every node.

Note: extract's error messages count lines within a partition ("line N" is the N-th line of
that partition's input), since every partition is a separate extract process.
"""
import argparse
import json
import os
import sys
import time

from pyspark import StorageLevel
from pyspark.sql import SparkSession


def expected(line):
    """(id, kind) that extract must answer for an input line: kind "record" or "error"."""
    try:
        value = json.loads(line)
    except ValueError:
        return None, "error"
    if not isinstance(value, dict):
        return None, "error"
    kind = "record" if isinstance(value.get("text"), str) else "error"
    return value.get("id"), kind


def answered(line):
    """(id, kind) of an output line; kind "invalid" if it is not a valid output record."""
    try:
        value = json.loads(line)
    except ValueError:
        return None, "invalid"
    if not isinstance(value, dict) or "id" not in value:
        return None, "invalid"
    if isinstance(value.get("error"), str) and set(value) == {"id", "error"}:
        return value["id"], "error"
    if isinstance(value.get("entities"), list) and isinstance(value.get("quotes"), list):
        return value["id"], "record"
    return value.get("id"), "invalid"


def check_pair(pair):
    """A problem description for one (input line, output line) pair, or None."""
    line, out = pair
    want, got = expected(line), answered(out)
    if got[1] == "invalid":
        return f"invalid output {out[:200]!r}"
    if want != got:
        return f"input {line[:120]!r} expected {want}, got {got}"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("extract_bin")
    ap.add_argument("input")
    ap.add_argument("output_dir", nargs="?")
    ap.add_argument("--partitions", type=int, default=None, help="minimum input partitions")
    ap.add_argument("--threads", type=int, default=1, help="extract --threads per partition")
    ap.add_argument("--master", default=None)
    args = ap.parse_args()

    builder = SparkSession.builder.appName("whosaid-extract-pipe").config(
        "spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:  # not started by spark-submit
        builder = builder.master("local[*]")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")

    t0 = time.perf_counter()
    lines = sc.textFile(args.input, minPartitions=args.partitions)
    command = [args.extract_bin, "--jsonl", "--threads", str(args.threads)]
    # extract exits 1 when some lines are bad (they still get their error line), so the exit
    # code is not checked here: the checks below catch lost, extra or wrong lines.
    out = lines.pipe(" ".join(command), checkCode=False).persist(StorageLevel.MEMORY_AND_DISK)

    problems = []
    n_in_parts = lines.glom().map(len).collect()
    n_out_parts = out.glom().map(len).collect()
    if n_in_parts != n_out_parts:
        for k, (a, b) in enumerate(zip(n_in_parts, n_out_parts)):
            if a != b:
                problems.append(f"partition {k}: {a} input lines, {b} output lines")
        if len(n_in_parts) != len(n_out_parts):
            problems.append(f"{len(n_in_parts)} input partitions, {len(n_out_parts)} output ones")
    else:
        bad = lines.zip(out).map(check_pair).filter(lambda p: p is not None)
        n_bad = bad.count()
        problems += bad.take(10)
        if n_bad > 10:
            problems.append(f"... {n_bad} bad lines in all")
    kinds = dict(out.map(lambda l: (answered(l)[1], 1)).reduceByKey(lambda a, b: a + b).collect())
    n_bytes = lines.map(lambda l: len(l.encode("utf-8")) + 1).sum()
    if args.output_dir:
        out.saveAsTextFile(args.output_dir)
    secs = time.perf_counter() - t0

    n_in, n_out = sum(n_in_parts), sum(n_out_parts)
    print(f"spark_pipe: master {sc.master}, {len(n_in_parts)} partitions, extract --threads "
          f"{args.threads}: {n_in} input lines ({n_bytes / 1e6:.2f} MB), {n_out} output lines "
          f"({kinds.get('record', 0)} records, {kinds.get('error', 0)} errors, "
          f"{kinds.get('invalid', 0)} invalid) in {secs:.1f} s")
    spark.stop()
    if problems:
        print("spark_pipe: FAILED", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("spark_pipe: OK: every input line came back exactly once, in order, as valid JSON")
    return 0


if __name__ == "__main__":
    sys.exit(main())
