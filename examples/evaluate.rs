//! Scores whosaid against gold files.
//!
//! ```text
//! evaluate entities GOLD.jsonl [--write PRED.jsonl] [--json]
//! evaluate quotes   GOLD.jsonl [--write PRED.jsonl] [--json]
//! evaluate seed     GOLD.jsonl
//! ```
//!
//! `entities` scores PER/LOC/ORG mentions by exact span and label (CoNLL
//! style) on `{"id", "text", "entities": [{"start_byte", "end_byte",
//! "label"}]}` records. `quotes` scores direct-quote detection and speaker
//! attribution on PolNeAR-style records (see the definitions below, which
//! follow the reference scorer `score_quotes.py` exactly). `seed` checks
//! required and forbidden entities and quotes of the seed gold file.
//! `--write` saves the predictions as JSONL, so an external scorer can be run
//! on the same output.

use regex::Regex;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::process::ExitCode;
use whosaid::{Document, Extractor, Offsets};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(gold)) = (args.first(), args.get(1)) else {
        eprintln!(
            "usage: evaluate (entities|quotes|seed) GOLD.jsonl [--write PRED.jsonl] [--json]"
        );
        return ExitCode::from(2);
    };
    let write = args
        .iter()
        .position(|a| a == "--write")
        .and_then(|k| args.get(k + 1));
    let as_json = args.iter().any(|a| a == "--json");
    let docs = match load(gold) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("evaluate: {e}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::new();
    let preds: Vec<Value> = docs
        .iter()
        .map(|d| {
            let text = d["text"].as_str().unwrap_or("");
            let doc = extractor.extract(text);
            let mut v =
                serde_json::to_value(doc.serializable(Offsets::Bytes)).unwrap_or(Value::Null);
            v["id"] = d["id"].clone();
            v
        })
        .collect();
    if let Some(path) = write {
        let mut f =
            std::io::BufWriter::new(std::fs::File::create(path).expect("create --write file"));
        for p in &preds {
            writeln!(f, "{p}").expect("write predictions");
        }
    }
    let result = match mode.as_str() {
        "entities" => score_entities(&docs, &preds),
        "quotes" => score_quotes(&docs, &preds),
        "seed" => return check_seed(&docs, &extractor),
        _ => {
            eprintln!("evaluate: unknown mode {mode}");
            return ExitCode::from(2);
        }
    };
    if as_json {
        println!("{result}");
    } else {
        print_result(mode, &result);
    }
    ExitCode::SUCCESS
}

fn load(path: &str) -> Result<Vec<Value>, String> {
    let text = whosaid::read_text_file(path).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for (k, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", k + 1))?;
        out.push(v);
    }
    Ok(out)
}

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

// ---------------------------------------------------------------- entities

const LABELS: [&str; 3] = ["PER", "LOC", "ORG"];

fn spans(list: &Value, start: &str, end: &str) -> HashSet<(u64, u64, String)> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let label = e["label"].as_str()?;
            LABELS.contains(&label).then(|| {
                (
                    e[start].as_u64().unwrap_or(0),
                    e[end].as_u64().unwrap_or(0),
                    label.to_string(),
                )
            })
        })
        .collect()
}

fn score_entities(docs: &[Value], preds: &[Value]) -> Value {
    // tp, n_pred, n_gold, partial pred hits, partial gold hits
    let mut stats: BTreeMap<&str, [usize; 5]> = LABELS.iter().map(|l| (*l, [0; 5])).collect();
    for (g, p) in docs.iter().zip(preds) {
        let gs = spans(&g["entities"], "start_byte", "end_byte");
        let ps = spans(&p["entities"], "start", "end");
        for l in LABELS {
            let gl: HashSet<_> = gs.iter().filter(|x| x.2 == l).collect();
            let pl: HashSet<_> = ps.iter().filter(|x| x.2 == l).collect();
            let st = stats.get_mut(l).unwrap();
            st[0] += gl.intersection(&pl).count();
            st[1] += pl.len();
            st[2] += gl.len();
            st[3] += pl
                .iter()
                .filter(|x| gl.iter().any(|y| x.0 < y.1 && y.0 < x.1))
                .count();
            st[4] += gl
                .iter()
                .filter(|y| pl.iter().any(|x| x.0 < y.1 && y.0 < x.1))
                .count();
        }
    }
    let mut total = [0; 5];
    for st in stats.values() {
        for k in 0..5 {
            total[k] += st[k];
        }
    }
    let mut res = json!({"docs": docs.len(), "docs_missing": 0});
    for (name, st) in stats.iter().map(|(k, v)| (*k, *v)).chain([("ALL", total)]) {
        let p = ratio(st[0], st[1]);
        let r = ratio(st[0], st[2]);
        let pp = ratio(st[3], st[1]);
        let pr = ratio(st[4], st[2]);
        res[name] = json!({"p": round4(p), "r": round4(r), "f1": round4(f1(p, r)),
                           "partial_f1": round4(f1(pp, pr)), "gold": st[2], "pred": st[1]});
    }
    res
}

// ------------------------------------------------------------------ quotes

type Sp = (usize, usize);

fn inter(a: Sp, b: Sp) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Fraction of span a that lies inside span b.
fn cover(a: Sp, b: Sp) -> f64 {
    inter(a, b) as f64 / (a.1.saturating_sub(a.0)).max(1) as f64
}

fn cover_union(a: Sp, spans: &[Sp]) -> f64 {
    spans.iter().map(|s| inter(a, *s)).sum::<usize>() as f64
        / (a.1.saturating_sub(a.0)).max(1) as f64
}

fn detects(pred: Sp, spans: &[Sp]) -> bool {
    cover_union(pred, spans) >= 0.5 && spans.iter().any(|s| cover(*s, pred) >= 0.5)
}

const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "and",
    "said",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "his",
    "her",
    "their",
    "its",
    "spokesman",
    "spokeswoman",
    "senator",
    "sen",
    "rep",
    "gov",
    "secretary",
    "minister",
    "official",
    "officials",
    "source",
    "sources",
];

/// Capitalised name words, lower-cased, minus titles and pronouns.
fn words(re: &Regex, s: &str) -> HashSet<String> {
    re.find_iter(s)
        .map(|m| m.as_str())
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| w.to_lowercase())
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

struct GoldQuote {
    typ: String,
    spans: Vec<Sp>,
    speaker_span: Option<Sp>,
    speaker_text: Option<String>,
}

fn gold_items(doc: &Value) -> Vec<GoldQuote> {
    let text = doc["text"].as_str().unwrap_or("");
    let mut c2b: Option<Vec<usize>> = None;
    let u = |v: &Value| v.as_u64().unwrap_or(0) as usize;
    let mut out = Vec::new();
    for q in doc["quotes"].as_array().into_iter().flatten() {
        if q.get("start_byte").is_some() {
            let spans = match q
                .get("fragments")
                .and_then(Value::as_array)
                .filter(|f| !f.is_empty())
            {
                Some(frags) => {
                    let map = c2b.get_or_insert_with(|| {
                        let mut m = vec![0];
                        let mut b = 0;
                        for ch in text.chars() {
                            b += ch.len_utf8();
                            m.push(b);
                        }
                        m
                    });
                    frags
                        .iter()
                        .map(|f| (map[u(&f[0])], map[u(&f[1])]))
                        .collect()
                }
                None => vec![(u(&q["start_byte"]), u(&q["end_byte"]))],
            };
            let speaker_span = q
                .get("speaker_start_byte")
                .filter(|v| !v.is_null())
                .map(|_| (u(&q["speaker_start_byte"]), u(&q["speaker_end_byte"])));
            out.push(GoldQuote {
                typ: q["type"].as_str().unwrap_or("").to_string(),
                spans,
                speaker_span,
                speaker_text: q["speaker"].as_str().map(str::to_string),
            });
        } else {
            out.push(GoldQuote {
                typ: "direct".into(),
                spans: vec![(u(&q["start"]), u(&q["end"]))],
                speaker_span: None,
                speaker_text: q["speaker"].as_str().map(str::to_string),
            });
        }
    }
    out
}

fn speaker_ok(re: &Regex, pred: &Value, gold_span: Option<Sp>, gold_text: &str) -> bool {
    if pred.is_null() {
        return false;
    }
    if let (Some(g), Some(s), Some(e)) = (gold_span, pred["start"].as_u64(), pred["end"].as_u64()) {
        let ps = (s as usize, e as usize);
        let glen = g.1.saturating_sub(g.0);
        if inter(ps, g) > 0 && ps.1.saturating_sub(ps.0) <= (3 * glen).max(glen + 40) {
            return true;
        }
    }
    let text = pred["text"].as_str().unwrap_or("");
    let mut names = words(re, pred["canonical"].as_str().unwrap_or(""));
    if text.chars().count() <= 80 {
        names.extend(words(re, text));
    }
    !names.is_disjoint(&words(re, gold_text))
}

fn score_quotes(docs: &[Value], preds: &[Value]) -> Value {
    let re = Regex::new(r"[\w&&[^\d_]][\w’'-]*").unwrap();
    let (mut n_gold, mut n_det, mut n_att, mut n_gold_sp) = (0, 0, 0, 0);
    let (mut n_pred, mut n_pred_ok, mut n_pred_sp, mut n_pred_sp_ok) = (0, 0, 0, 0);
    for (g, p) in docs.iter().zip(preds) {
        let pq: Vec<&Value> = p["quotes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|q| q["kind"].as_str().unwrap_or("direct") != "indirect")
            .collect();
        let span = |q: &Value| {
            (
                q["start"].as_u64().unwrap_or(0) as usize,
                q["end"].as_u64().unwrap_or(0) as usize,
            )
        };
        let items = gold_items(g);
        let relations: Vec<Sp> = items
            .iter()
            .map(|i| {
                (
                    i.spans.iter().map(|s| s.0).min().unwrap_or(0),
                    i.spans.iter().map(|s| s.1).max().unwrap_or(0),
                )
            })
            .collect();
        for q in &pq {
            n_pred += 1;
            n_pred_ok += relations.iter().any(|r| cover(span(q), *r) >= 0.5) as usize;
        }
        for it in items.iter().filter(|i| i.typ == "direct") {
            n_gold += 1;
            let has_sp = it.speaker_text.is_some();
            n_gold_sp += has_sp as usize;
            let matches: Vec<&&Value> = pq.iter().filter(|q| detects(span(q), &it.spans)).collect();
            if !matches.is_empty() {
                n_det += 1;
                let gt = it.speaker_text.as_deref().unwrap_or("");
                if has_sp
                    && matches
                        .iter()
                        .any(|q| speaker_ok(&re, &q["speaker"], it.speaker_span, gt))
                {
                    n_att += 1;
                }
            }
        }
        for q in &pq {
            if q["speaker"].is_null() {
                continue;
            }
            let hits: Vec<&GoldQuote> = items
                .iter()
                .filter(|i| i.typ == "direct" && detects(span(q), &i.spans))
                .collect();
            if hits.is_empty() {
                continue;
            }
            n_pred_sp += 1;
            n_pred_sp_ok += hits.iter().any(|h| {
                speaker_ok(
                    &re,
                    &q["speaker"],
                    h.speaker_span,
                    h.speaker_text.as_deref().unwrap_or(""),
                )
            }) as usize;
        }
    }
    let det_r = ratio(n_det, n_gold);
    let det_p = ratio(n_pred_ok, n_pred);
    let att_r = ratio(n_att, n_gold_sp);
    let att_p = ratio(n_pred_sp_ok, n_pred_sp);
    json!({
        "docs": docs.len(), "docs_missing": 0, "gold_direct": n_gold, "pred_quotes": n_pred,
        "detect_p": round4(det_p), "detect_r": round4(det_r), "detect_f1": round4(f1(det_p, det_r)),
        "attr_p": round4(att_p), "attr_r": round4(att_r), "attr_f1": round4(f1(att_p, att_r)),
        "attr_acc_on_detected": round4(ratio(n_att, n_det)),
    })
}

fn print_result(mode: &str, r: &Value) {
    if mode == "entities" {
        println!("docs {} (missing {})", r["docs"], r["docs_missing"]);
        for k in ["PER", "LOC", "ORG", "ALL"] {
            let v = &r[k];
            println!(
                "{k:>4}: P {:.3} R {:.3} F1 {:.3}  partial-F1 {:.3}  gold {} pred {}",
                v["p"].as_f64().unwrap_or(0.0),
                v["r"].as_f64().unwrap_or(0.0),
                v["f1"].as_f64().unwrap_or(0.0),
                v["partial_f1"].as_f64().unwrap_or(0.0),
                v["gold"],
                v["pred"]
            );
        }
    } else if let Some(obj) = r.as_object() {
        for key in [
            "docs",
            "docs_missing",
            "gold_direct",
            "pred_quotes",
            "detect_p",
            "detect_r",
            "detect_f1",
            "attr_p",
            "attr_r",
            "attr_f1",
            "attr_acc_on_detected",
        ] {
            println!("{key:>22}: {}", obj[key]);
        }
    }
}

// -------------------------------------------------------------------- seed

/// Required entities found with an allowed label, forbidden ones absent,
/// and every gold quote found with its speaker.
fn check_seed(docs: &[Value], extractor: &Extractor) -> ExitCode {
    let re = Regex::new(r"[\w&&[^\d_]][\w’'-]*").unwrap();
    let mut failures = 0;
    let (mut quotes, mut found, mut attributed) = (0, 0, 0);
    for d in docs {
        let text = d["text"].as_str().unwrap_or("");
        let doc: Document<'_> = extractor.extract(text);
        let id = d["id"].as_str().unwrap_or("?");
        let ents: Vec<_> = doc.entities().collect();
        for req in d["required_entities"].as_array().into_iter().flatten() {
            let key = req["key"].as_str().unwrap_or("");
            let labels: Vec<&str> = req["labels"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let ok = ents.iter().any(|e| {
                (e.as_str().contains(key) || e.canonical().contains(key))
                    && labels.contains(&e.label().as_str())
            });
            if !ok {
                failures += 1;
                println!("{id}: required entity missing: {key} {labels:?}");
            }
        }
        for bad in d["forbidden_entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if ents.iter().any(|e| e.as_str() == bad) {
                failures += 1;
                println!("{id}: forbidden entity found: {bad}");
            }
        }
        if d["forbidden_entities"].is_null()
            && d["required_entities"]
                .as_array()
                .is_some_and(|a| a.is_empty())
            && !ents.is_empty()
        {
            failures += 1;
            let names: Vec<&str> = ents.iter().map(|e| e.as_str()).collect();
            println!("{id}: expected no entities, found {names:?}");
        }
        for q in d["quotes"].as_array().into_iter().flatten() {
            quotes += 1;
            let g = (
                q["start"].as_u64().unwrap_or(0) as usize,
                q["end"].as_u64().unwrap_or(0) as usize,
            );
            let want = q["speaker"].as_str().unwrap_or("");
            let hit = doc
                .quotes()
                .find(|p| detects((p.span().start, p.span().end), &[g]));
            match hit {
                None => println!("{id}: quote missed: {:?}", q["text"].as_str().unwrap_or("")),
                Some(p) => {
                    found += 1;
                    let who = p
                        .speaker()
                        .map(|s| format!("{} {}", s.canonical().unwrap_or(""), s.as_str()))
                        .unwrap_or_default();
                    if words(&re, &who).contains(&want.to_lowercase()) || who.contains(want) {
                        attributed += 1;
                    } else {
                        println!(
                            "{id}: quote {:?} attributed to {who:?}, want {want}",
                            p.as_str()
                        );
                    }
                }
            }
        }
        let extra = doc.quotes().filter(|p| {
            !d["quotes"].as_array().into_iter().flatten().any(|q| {
                let g = (
                    q["start"].as_u64().unwrap_or(0) as usize,
                    q["end"].as_u64().unwrap_or(0) as usize,
                );
                detects((p.span().start, p.span().end), &[g])
            })
        });
        for p in extra {
            println!("{id}: extra quote: {:?}", p.as_str());
        }
    }
    println!("quotes found {found}/{quotes}, speakers right {attributed}/{quotes}, entity check failures {failures}");
    if failures == 0 && found == quotes && attributed == quotes {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
