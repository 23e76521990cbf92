#!/usr/bin/env python3
"""Validate the files under gazetteers/.

Usage (from the repository root; standard library only):

    python3 scripts/check_gazetteers.py [--dir gazetteers]

Checks:
  * entity files (*.tsv with the entity header): the header line, exactly 6 tab-separated
    columns per row, label in {PER, LOC, ORG}, non-empty canonical without '|',
    attributes parse as key=value pairs (numeric population, gender m/f, ISO2 country,
    ambiguous=1), no duplicate (canonical, label) in a file -- for places/cities.tsv the
    key is (canonical, label, country) because one city per name and country is kept --
    and no alias repeating the canonical;
  * lexicon .tsv files: their fixed header and column count;
  * demonyms.tsv: every country exists as a canonical name in places/countries.tsv;
  * plain .txt lists: no tabs, no duplicates;
  * total size of the directory.
Exits with status 1 if any error is found.
"""
import argparse
import os
import re
import sys

ENTITY_HEADER = "canonical\tlabel\tsubtype\taliases\tid\tattributes"
LEX_HEADERS = {
    "demonyms.tsv": "demonym\tcountry",
    "us_state_codes.tsv": "code\tstate",
    "first_names.tsv": "name\tgender\tfrequency",
    "first_names_world.tsv": "name\tgender",
    "first_names_locales.tsv": "name\tgender",
    "surnames.tsv": "name\tfrequency",
    "titles.tsv": "title\tgender\tkind\tspelled_out",
    "speech_verbs.tsv": "cue\tlemma\tkind",
    "org_patterns.tsv": "word\tposition\tlabel",
    "word_groups.tsv": "word\tgroup",
}
ENUMS = {
    "titles.tsv": {1: {"m", "f", "-"}, 2: {"honorific", "political", "military", "religious", "relation"}},
    "speech_verbs.tsv": {2: {"verb", "weak", "phrase"}},
    "org_patterns.tsv": {1: {"prefix", "suffix", "start", "modifier"}, 2: {"ORG", "LOC"}},
    "first_names.tsv": {1: {"m", "f", "u"}},
    "first_names_world.tsv": {1: {"m", "f"}},
    "first_names_locales.tsv": {1: {"m", "f", "u"}},
    "word_groups.tsv": {1: {
        "determiner", "function-word", "between-subject-and-verb", "noun-marker", "coordinator",
        "dash", "title-small-word", "name-particle", "regnal-number", "org-connector", "auxiliary",
        "greeting", "storm-word",
        "locative-preposition", "place-preposition", "arabic-article", "calendar",
        "legal-form", "generational", "everyday-given-name", "opening-particle", "addressee-verb",
        "speaker-preposition", "speaking-group", "modal", "standalone-determiner", "indefinite", "org-descriptor", "org-kind",
        "company-noun", "work-noun", "unnamed-role", "office-time", "news-noun", "stake-noun", "post-nominal", "place-noun", "title-verb", "credit-word", "staff-noun", "team-role", "kind-modifier", "person-noun", "saint", "place-word", "match-word", "word-prefix", "party-letter", "issued-noun", "phrase-preposition", "plays-for", "family-noun", "preposition-head", "place-owner", "deputy-word", "korean-family-name", "periodical-noun", "imperative", "deal-participle", "maker-noun", "sub-national", "merge-word", "personal-deed", "purchase-verb", "study-word", "compass-word", "road-word", "place-level", "chinese-family-name", "vietnamese-family-name", "town-link", "distance-unit", "sector-word", "event-word", "voice-noun", "company-only-noun", "owner-voice", "motion-word", "place-people"}},
}

errors = []


def err(path, lineno, msg):
    errors.append(f"{path}:{lineno}: {msg}")


def data_lines(path):
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.endswith("\r"):
                err(path, i, "CR line ending")
                line = line.rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            yield i, line


def check_entity(path, rel):
    seen = set()
    n = 0
    first = True
    for i, line in data_lines(path):
        if first:
            if line != ENTITY_HEADER:
                err(path, i, "bad header")
            first = False
            continue
        n += 1
        cols = line.split("\t")
        if len(cols) != 6:
            err(path, i, f"{len(cols)} columns")
            continue
        canon, label, sub, aliases, ident, attrs = cols
        if not canon.strip() or canon != canon.strip() or "|" in canon:
            err(path, i, f"bad canonical {canon!r}")
        if label not in ("PER", "LOC", "ORG"):
            err(path, i, f"bad label {label!r}")
        if sub != sub.lower():
            err(path, i, f"subtype not lower-case {sub!r}")
        al = aliases.split("|") if aliases else []
        if any(not a.strip() for a in al):
            err(path, i, "empty alias")
        if canon in al:
            err(path, i, "alias repeats canonical")
        if len(set(al)) != len(al):
            err(path, i, "duplicate alias")
        if ident and not re.fullmatch(r"\d+|Q\d+", ident):
            err(path, i, f"bad id {ident!r}")
        kv = {}
        if attrs:
            for p in attrs.split(";"):
                if "=" not in p:
                    err(path, i, f"attribute without '=': {p!r}")
                    continue
                k, v = p.split("=", 1)
                if not k or k in kv:
                    err(path, i, f"bad/duplicate key {k!r}")
                kv[k] = v
        if "population" in kv and not kv["population"].isdigit():
            err(path, i, "population not an integer")
        if "gender" in kv and kv["gender"] not in ("m", "f"):
            err(path, i, "gender not m/f")
        if "country" in kv and not re.fullmatch(r"[A-Z]{2}", kv["country"]):
            err(path, i, f"country not ISO2: {kv['country']!r}")
        if "ambiguous" in kv and kv["ambiguous"] != "1":
            err(path, i, "ambiguous must be 1")
        key = (canon, label, kv.get("country")) if rel.endswith("places/cities.tsv") else (canon, label)
        if key in seen:
            err(path, i, f"duplicate {key}")
        seen.add(key)
    if first:
        err(path, 0, "no header")
    return n


def check_lex(path, name):
    header = LEX_HEADERS[name]
    ncol = header.count("\t") + 1
    n = 0
    first = True
    seen = set()
    rows = []
    for i, line in data_lines(path):
        if first:
            if line != header:
                err(path, i, "bad header")
            first = False
            continue
        cols = line.split("\t")
        if len(cols) != ncol:
            err(path, i, f"{len(cols)} columns, expected {ncol}")
            continue
        if not cols[0].strip():
            err(path, i, "empty first column")
        for c, allowed in ENUMS.get(name, {}).items():
            if cols[c] not in allowed:
                err(path, i, f"column {c + 1} {cols[c]!r} not in {sorted(allowed)}")
        key = tuple(cols[:2]) if name in ("org_patterns.tsv", "word_groups.tsv") else cols[0]
        if key in seen:
            err(path, i, f"duplicate {key!r}")
        seen.add(key)
        rows.append((i, cols))
        n += 1
    if name == "org_patterns.tsv":
        check_suffixes(path, rows)
    return n, rows


def check_suffixes(path, rows):
    """The entity rules read a suffix of one word, or of two words whose
    last is a suffix itself (`School District`); any other would never
    match."""
    single = {cols[0] for _, cols in rows if cols[1] == "suffix" and " " not in cols[0]}
    for i, cols in rows:
        words = cols[0].split(" ")
        if cols[1] == "suffix" and len(words) > 1 and (len(words) > 2 or words[-1] not in single):
            err(path, i, f"suffix {cols[0]!r} is neither one word nor two ending in a suffix")


def check_txt(path):
    seen = set()
    n = 0
    for i, line in data_lines(path):
        if "\t" in line or line != line.strip():
            err(path, i, "tab or surrounding space")
        if line in seen:
            err(path, i, f"duplicate {line!r}")
        seen.add(line)
        n += 1
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "..", "gazetteers"))
    args = ap.parse_args()
    root = os.path.normpath(args.dir)
    total = 0
    demonym_rows = None
    countries = set()
    for dirpath, _, files in sorted(os.walk(root)):
        for fn in sorted(files):
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, root)
            size = os.path.getsize(path)
            total += size
            if fn.endswith(".tsv"):
                if fn in LEX_HEADERS:
                    n, rows = check_lex(path, fn)
                    if fn == "demonyms.tsv":
                        demonym_rows = (path, rows)
                else:
                    n = check_entity(path, rel)
                    if rel == os.path.join("places", "countries.tsv"):
                        for _, line in list(data_lines(path))[1:]:
                            countries.add(line.split("\t")[0])
            elif fn.endswith(".txt"):
                n = check_txt(path)
            else:
                n = "-"
            print(f"{rel}\t{n}\t{size}")
    if demonym_rows:
        path, rows = demonym_rows
        for i, cols in rows:
            if cols[1] not in countries:
                err(path, i, f"unknown country {cols[1]!r}")
    print(f"TOTAL bytes\t{total}")
    # The data is embedded in every binary and parsed by Extractor::new:
    # the cap keeps both bounded (9 MiB compresses to about 3 MB and
    # parses in about 35 ms, within the 100 ms Extractor::new may take).
    if total > 9 * 1024 * 1024:
        errors.append(f"directory is {total} bytes, over 9 MiB")
    for e in errors[:200]:
        print("ERROR", e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
