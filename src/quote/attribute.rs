//! The layouts that tie a quote to its speaker, tried in order of
//! reliability for each quoted piece.

use super::cue::{ends_in_apostrophe_s, pronoun, Cand, CueHit, Pronoun, Who, APPOSITION, WINDOW};
use super::marks::Piece;
use super::{kind, Ctx};
use crate::gazetteer::{CueKind, Label, WordGroup};
use crate::token::{is_sentence_starter, QuoteMark, TokenKind};

/// A speaker phrase, the cue that licenses it and the rule that matched.
pub(super) struct Found {
    pub cand: Cand,
    pub cue: Option<CueHit>,
    pub rule: &'static str,
}

/// Most capitalised words a speaker name may run on by.
const RUN_ON: usize = 3;
/// Most tokens between a cue and the colon or comma that introduces its
/// quote: `told Fox News: “…”`, `said in an interview, “…”`.
const LEAD_GAP: usize = 8;
/// Most titles in marks (`“State of the Union”`) passed over between a
/// quote and the speech before it, which keeps the walk linear.
const TITLES_SKIPPED: usize = 3;
/// Most tokens of a quotation that may be a slogan or a sign's words
/// rather than anyone's speech.
const SLOGAN_TOKENS: usize = 10;
/// Most words after `NAME and` before the cue of a shared report: `and 25
/// of his colleagues wrote`.
const CO_SPEAKER_WORDS: usize = 6;
/// Longest quotation, in tokens, that an apposition may hold.
const QUOTED_WORDS: usize = 6;

/// How many cues in the passive the search for the report of the sentence
/// before a quote passes over.
const PASSIVE_CUES: usize = 2;

fn found(cand: Cand, cue: Option<CueHit>, rule: &'static str) -> Option<Found> {
    Some(Found { cand, cue, rule })
}

fn ends_sentence(cx: &Ctx<'_>, i: usize) -> bool {
    match cx.text(i) {
        // `McConnell, R-Ky., said`: a period right before a comma closes an
        // abbreviation; one right before a word is inside a name
        // (`fivethirtyeight.com`).
        "." => !cx.input.tokens.get(i + 1).is_some_and(|n| {
            n.start() == cx.input.tokens[i].end()
                && (&cx.input.text[n.range()] == "," || n.kind == TokenKind::Word)
        }),
        "!" | "?" | ";" | "…" => true,
        _ => false,
    }
}

fn is_mark(cx: &Ctx<'_>, i: usize) -> bool {
    matches!(cx.input.tokens[i].kind, TokenKind::Quote(_))
}

/// After the closing mark: `“…,” NAME said`, `“…,” said NAME`,
/// `“…,” NAME, a TITLE of ORG, said`, `“…” — NAME`.
pub(super) fn after(cx: &Ctx<'_>, p: &Piece) -> Option<Found> {
    let close = p.close?;
    let ceil = cx.paragraph(p.para).end;
    let Some(mut k) = cx.next_visible(close + 1, ceil) else {
        return signed_below(cx, p);
    };
    let mut comma = p.last_content().is_some_and(|k| cx.text(k) == ",");
    if cx.text(k) == "," {
        comma = true;
        k = cx.next_visible(k + 1, ceil)?;
    } else if ends_sentence(cx, k) {
        // `… were “constructive”. Roe said …`: the words after the full
        // stop begin a statement of their own, not the quote's tag.
        return None;
    }
    // `“… be counted.” With a vote for Trump ruled out, …`: after a quote
    // that ends its sentence, a closed-class word other than a pronoun
    // opens the next one (`“….” He added` still tags).
    let closed = p.last_content().is_some_and(|k| ends_sentence(cx, k));
    if closed
        && cx.input.tokens[k].is_capitalised()
        && is_sentence_starter(cx.text(k))
        && pronoun(cx.text(k)).is_none()
    {
        return None;
    }
    if comma {
        if let Some(f) = lone_word_then_verb(cx, k, ceil) {
            return Some(f);
        }
        // `“…,” as she put it on Wednesday`: the clause `as` opens names
        // the speaker the way a tag does.
        if cx.text(k) == "as" {
            if let Some(f) = name_then_cue(cx, cx.next_visible(k + 1, ceil)?, ceil) {
                return Some(f);
            }
        }
    }
    if comma && matches!(cx.text(k), "came" | "comes") {
        return came_from(cx, k, ceil);
    }
    if cx.is_dash(k) {
        let c = cx.cand_starting_at(cx.next_visible(k + 1, ceil)?, ceil)?;
        let named =
            matches!(c.who, Who::Mention { .. }) || cx.input.tokens[c.first].is_capitalised();
        return if named { found(c, None, "dash") } else { None };
    }
    if let Some(&cue) = cx.cue_at(k) {
        // `“…” in a note to clients`: who a phrase ending in `to` names is
        // spoken to (but `according to` names the source); `in a post on
        // social media`, `in an interview with CNN`: where the words went.
        if cue.cue.kind == CueKind::Phrase
            && matches!(cx.text(cue.end - 1), "to" | "on" | "with")
            && !cx.text(cue.start).eq_ignore_ascii_case("according")
        {
            return None;
        }
        let start = cx.next_visible(cue.end, ceil)?;
        // `“…” in a statement issued on Monday`: a past participle after a
        // phrase goes on describing it. `“…,” citing early requests`: what
        // a participle's object names is cited, not the speaker.
        if (cue.cue.kind == CueKind::Phrase
            && !cx.input.tokens[start].is_capitalised()
            && cx.text(start).ends_with("ed"))
            || (cue.cue.kind == CueKind::Verb && cx.is_participle(cue.start))
        {
            return None;
        }
        let c = cx
            .cand_starting_at(start, ceil)
            .or_else(|| modified_name(cx, start, ceil))?;
        // `“…,” state media reported`: a verb's base form before a subject
        // with a cue of its own is a word of that subject (`“…,” say
        // analysts` still tags).
        if cue.cue.base_form && cue.cue.kind == CueKind::Verb && cue.cue.words == 1 {
            if let Some(&own) = cx.next_visible(c.last + 1, ceil).and_then(|n| cx.cue_at(n)) {
                let subject = match c.who {
                    Who::Mention { .. } => c,
                    _ => cx.cand(k, c.last, Who::Description),
                };
                return found(subject, Some(own), "quote-name-cue");
            }
        }
        let c = apposed_name(cx, &c, start, ceil).unwrap_or(c);
        // `“…,” said the candidate could be …`: a verb after the phrase
        // makes it the subject of a reported clause, not the speaker.
        let reported = cx
            .next_visible(c.last + 1, ceil)
            .is_some_and(|n| cx.starts_reported_clause(n));
        return if reported {
            None
        } else {
            found(c, Some(cue), "quote-cue-name")
        };
    }
    // `were “nowhere near” the road and accused …`: words that go on
    // from a quote with no comma and no end of its own are the writer's
    // sentence; only a name or a pronoun there tags it.
    let goes_on = !comma && !closed;
    name_then_cue(cx, k, ceil)
        .or_else(|| {
            cx.long_subject(k, ceil)
                .and_then(|(c, cue)| found(c, Some(cue), "quote-name-cue"))
        })
        .filter(|f| !goes_on || !matches!(f.cand.who, Who::Description))
}

/// `“…,” Hannity started.`, `“…,” the nominee riffed on the answer`: a
/// person named right after a quote that ends in a comma, and a past tense
/// no cue list holds, which ends the clause or goes on with a preposition,
/// reported the words.
/// Asked when no other layout tags the quote.
pub(super) fn name_then_past_tense(cx: &Ctx<'_>, p: &Piece) -> Option<Found> {
    if !p.last_content().is_some_and(|k| cx.text(k) == ",") {
        return None;
    }
    let ceil = cx.paragraph(p.para).end;
    let k = cx.next_visible(p.close? + 1, ceil)?;
    let c = cx.cand_starting_at(k, ceil)?;
    let person = c.label() == Some(Label::Person)
        || (matches!(c.who, Who::Description) && cx.lower_is(c.first, WordGroup::Determiner));
    let verb = cx.next_visible(c.last + 1, ceil)?;
    let w = cx.text(verb);
    let past = !cx.input.tokens[verb].is_capitalised()
        && w.len() > 4
        && w.ends_with("ed")
        && !cx.lower_is(verb, WordGroup::Auxiliary);
    // (`Santilli expressed a desire`: a verb with an object did something
    // else.)
    let ends_clause = cx.next_visible(verb + 1, ceil).map_or(true, |n| {
        ends_sentence(cx, n)
            || matches!(
                cx.text(n),
                "," | "on"
                    | "at"
                    | "in"
                    | "to"
                    | "about"
                    | "after"
                    | "before"
                    | "as"
                    | "while"
                    | "when"
            )
    });
    if person && past && ends_clause {
        found(c, None, "quote-name-verb")
    } else {
        None
    }
}

/// `“…,” said the party's new leader, Friedrich Merz.`, `said the
/// successor of Angela Merkel, Friedrich Merz`: a person named after a
/// comma, ending the clause, is who the words after the cue describe.
/// Not after a person's name that opens them, set off by the comma itself
/// (`said Jane Roe, a spokeswoman`). `start` is the first word after the
/// cue.
fn apposed_name(cx: &Ctx<'_>, c: &Cand, start: usize, ceil: usize) -> Option<Cand> {
    const PHRASE_WORDS: usize = 10;
    let mut k = c.last + 1;
    let mut words = 0;
    let comma = loop {
        let j = cx.next_visible(k, ceil)?;
        if cx.text(j) == "," {
            break j;
        }
        if !matches!(cx.input.tokens[j].kind, TokenKind::Word) || words == PHRASE_WORDS {
            return None;
        }
        words += 1;
        k = j + 1;
    };
    let named = c.label() == Some(Label::Person)
        && c.first == start
        && !ends_in_apostrophe_s(cx.text(c.last));
    if named && words == 0 {
        return None;
    }
    // (`said her daughter, Dr. Kia Roe,`: a title may stand before the
    // name.)
    let mut first = cx.next_visible(comma + 1, ceil)?;
    for _ in 0..2 {
        if cx.input.lexicon.title_any_case(cx.text(first)).is_none() {
            break;
        }
        first = cx.next_visible(first + 1, ceil)?;
    }
    let m = cx.mention_cand(first)?;
    let ends = cx
        .next_visible(m.last + 1, ceil)
        .map_or(true, |n| matches!(cx.text(n), "." | "," | ";"));
    (m.label() == Some(Label::Person) && ends).then_some(m)
}

/// `“…,” Read said`, `“…,” From wrote`: one capitalised word between a
/// quote's comma and a reporting verb is the speaker's name, even when it
/// is also a word.
fn lone_word_then_verb(cx: &Ctx<'_>, k: usize, ceil: usize) -> Option<Found> {
    let t = &cx.input.tokens[k];
    if !(t.is_capitalised() && t.kind == TokenKind::Word)
        || cx.mention_cand(k).is_some()
        || pronoun(cx.text(k)).is_some()
    {
        return None;
    }
    let cue = *cx.cue_at(cx.next_visible(k + 1, ceil)?)?;
    if cue.cue.kind != CueKind::Verb {
        return None;
    }
    found(cx.cand(k, k, Who::Description), Some(cue), "quote-name-cue")
}

/// A quote that ends its paragraph, signed on the next line by a dash and
/// a name: `“…”` ¶ `— NAME, tweeting after the speech`. Only a name will
/// do: a line between dashes is more often a subheading (`– A new start –`).
fn signed_below(cx: &Ctx<'_>, p: &Piece) -> Option<Found> {
    let next = cx.input.segments.paragraphs.get(p.para + 1)?;
    let dash = cx
        .next_visible(next.start, next.end)
        .filter(|&k| cx.is_dash(k))?;
    let c = cx.cand_starting_at(cx.next_visible(dash + 1, next.end)?, next.end)?;
    match c.label() {
        Some(Label::Person | Label::Organization) => found(c, None, "dash"),
        _ => None,
    }
}

/// `said 9/11 widow Terry Strada`, `said longtime adviser Jo Reyes`: a
/// named speaker after a number or a lower-case modifier or two that no
/// phrase starts with.
fn modified_name(cx: &Ctx<'_>, start: usize, ceil: usize) -> Option<Cand> {
    let tokens = cx.input.tokens;
    let mut j = start;
    for _ in 0..4 {
        let t = &tokens[j];
        // `9/11`: a mark between two tokens it touches is part of them.
        let joining = matches!(t.kind, TokenKind::Punct)
            && j > start
            && tokens[j - 1].end() == t.start()
            && tokens.get(j + 1).is_some_and(|n| n.start() == t.end());
        let modifier = joining
            || matches!(t.kind, TokenKind::Number)
            || (matches!(t.kind, TokenKind::Word)
                && !t.is_capitalised()
                && !cx
                    .input
                    .lexicon
                    .in_group(WordGroup::FunctionWord, cx.text(j)));
        if !modifier {
            return None;
        }
        j = cx.next_visible(j + 1, ceil)?;
        if let Some(c) = cx
            .cand_starting_at(j, ceil)
            .filter(|c| c.label() == Some(Label::Person))
        {
            return Some(c);
        }
    }
    None
}

/// `NAME said`, `NAME, a TITLE of ORG, said` from token `k` on.
fn name_then_cue(cx: &Ctx<'_>, k: usize, ceil: usize) -> Option<Found> {
    let mut c = cx.cand_starting_at(k, ceil)?;
    let mut m = cx.next_visible(c.last + 1, ceil)?;
    // A name may run on past a word the phrase parser stops at
    // (`Judicial Watch added`); weekdays and adverbs are skipped instead.
    for _ in 0..RUN_ON {
        let t = &cx.input.tokens[m];
        if !matches!(t.kind, TokenKind::Word)
            || !t.is_capitalised()
            || cx.cue_starts_at(m)
            || cx.is_skippable_word(m)
        {
            break;
        }
        c = cx.widen(c, m);
        m = cx.next_visible(m + 1, ceil)?;
    }
    if cx.text(m) == "(" {
        m = cx.after_parenthesis(m, ceil)?;
    }
    for _ in 0..4 {
        if !cx.is_skippable_word(m) {
            break;
        }
        m = cx.next_visible(m + 1, ceil)?;
    }
    if let Some(&cue) = cx.cue_at(m) {
        return found(c, Some(cue), "quote-name-cue");
    }
    // `“…,” Roe and 25 of her colleagues wrote`: a named person and others
    // speak together; the phrase is the speaker, the person its referent.
    if cx.text(m) == "and" && c.label() == Some(Label::Person) {
        let mut j = m;
        for _ in 0..CO_SPEAKER_WORDS {
            j = cx.next_visible(j + 1, ceil)?;
            if let Some(&cue) = cx.cue_at(j) {
                let together = Cand {
                    who: c.who,
                    ..cx.widen(c, j - 1)
                };
                return found(together, Some(cue), "quote-name-cue");
            }
            let t = &cx.input.tokens[j];
            if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                return None;
            }
        }
        return None;
    }
    // `“…,” the ambassador in Lima, Ana Ruiz, told reporters`: a place or
    // an organisation after a preposition belongs to the description.
    // (`a spokesperson for the National Emergency Management Agency
    // (NEMA) said`: after `the`, and before an acronym in brackets; `a
    // spokesperson for Servel, the electoral service, said`: a name the
    // entity stage took for a person's.)
    if matches!(c.who, Who::Description) && cx.lower_is(m, WordGroup::SpeakerPreposition) {
        let named = cx
            .next_visible(m + 1, ceil)
            .and_then(|n| match cx.text(n) {
                "the" => cx.next_visible(n + 1, ceil),
                _ => Some(n),
            })
            .and_then(|n| cx.mention_cand(n));
        if let Some(n) = named {
            let mut after = cx.next_visible(n.last + 1, ceil)?;
            if cx.text(after) == "(" {
                after = cx.after_parenthesis(after, ceil)?;
            }
            if let Some(&cue) = cx.cue_at(after) {
                return found(cx.widen(c, n.last), Some(cue), "quote-name-cue");
            }
            if cx.text(after) == "," {
                c = cx.widen(c, n.last);
                m = after;
            }
        }
    }
    if cx.text(m) != "," {
        return None;
    }
    // An apposition: the cue follows the comma that closes it. After a
    // person's name it may run long (`Trump, the GOP frontrunner and
    // polling leader in South Carolina by a wide margin after …, said`).
    let reach = if c.label() == Some(Label::Person) {
        WINDOW
    } else {
        APPOSITION
    };
    let mut prev = m;
    let mut j = m;
    // `“…,” Nate Roe, the guru who founded a website tweeted`: a cue in an
    // apposition its writer never closed still tags a person's name.
    let mut unclosed = None;
    let mut closed = false;
    for _ in 0..reach {
        j = cx.next_visible(j + 1, ceil)?;
        if is_mark(cx, j) {
            // A few quoted words are part of the apposition (`a delegate
            // wearing “Ted Cruz” pins, said`); a longer quote is not.
            let short = cx
                .piece_at(j)
                .map(|q| &cx.pieces[q])
                .filter(|q| q.open == j && q.content.len() <= QUOTED_WORDS)
                .and_then(|q| q.close);
            match short {
                Some(close) => {
                    j = close;
                    prev = close;
                    continue;
                }
                None => return None,
            }
        }
        if ends_sentence(cx, j) {
            return unclosed
                .filter(|_| c.label() == Some(Label::Person))
                .and_then(|cue| found(c, Some(cue), "quote-name-cue"));
        }
        // (A comma closed the apposition: a cue after it is another
        // clause's, `Ben Carson, the physician …, used his address to call`.)
        if cx.text(j) == "," {
            closed = true;
        }
        if let Some(&cue) = cx.cue_at(j) {
            if !closed {
                unclosed = Some(cue);
            }
            if cx.text(prev) == "," {
                // `“…,” the spokeswoman, Jane Doe, said`: the name that
                // follows a description is the speaker.
                let named = matches!(c.who, Who::Description)
                    .then(|| cx.next_visible(m + 1, ceil))
                    .flatten()
                    .and_then(|n| cx.mention_cand(n))
                    .filter(|n| {
                        n.label() == Some(Label::Person)
                            && cx.next_visible(n.last + 1, ceil) == Some(prev)
                    });
                return found(named.unwrap_or(c), Some(cue), "quote-name-cue");
            }
            // `another friend, Mariam Emara told CNN`: the name the
            // description leads to, its closing comma left out.
            let named = cx.mention_cand(prev).filter(|n| {
                n.label() == Some(Label::Person) && cx.next_visible(m + 1, ceil) == Some(n.first)
            });
            if let Some(n) = named {
                return found(n, Some(cue), "quote-name-cue");
            }
            // `the bespectacled, 71-year-old diplomat said`: the comma
            // parted two modifiers of one description.
            if listed_modifiers(cx, &c, m, j) {
                return found(cx.widen(c, prev), Some(cue), "quote-name-cue");
            }
            // Otherwise the cue is inside the apposition (`a source, who was
            // not authorized to speak, told …`): read on to its end.
        }
        if !cx.is_skippable_word(j) {
            prev = j;
        }
    }
    None
}

/// Does the description `c`, opened by a determiner, go on after the
/// comma at `comma` with a few lower-case words up to the cue at `cue`?
fn listed_modifiers(cx: &Ctx<'_>, c: &Cand, comma: usize, cue: usize) -> bool {
    let lexicon = cx.input.lexicon;
    let words = (comma + 1..cue).filter(|&k| !cx.input.tokens[k].is_space());
    // `71-year-old` is five tokens.
    matches!(c.who, Who::Description)
        && c.last + 1 == comma
        && lexicon.in_group_lower(WordGroup::Determiner, cx.text(c.first))
        && words.clone().count() <= 8
        && words.clone().all(|k| {
            let t = &cx.input.tokens[k];
            match t.kind {
                TokenKind::Word => {
                    !t.is_capitalised()
                        && !lexicon.in_group_lower(WordGroup::FunctionWord, cx.text(k))
                }
                TokenKind::Number => true,
                _ => cx.text(k) == "-",
            }
        })
}

/// The first token a search before piece `idx` may look at: the start of
/// its sentence, or the end of an earlier quote of the same paragraph.
fn floor_before(cx: &Ctx<'_>, idx: usize) -> usize {
    let p = &cx.pieces[idx];
    let floor = cx.sentence(p.open).start.max(cx.paragraph(p.para).start);
    // A title in marks inside the clause that reports the quote (`told
    // CNN's “State of the Union” that he hoped …`) is part of the writer's
    // sentence: the floor is the speech before it.
    let speech_before = cx.pieces[..idx]
        .iter()
        .rev()
        .take_while(|prev| prev.para == p.para && prev.outer().end > floor)
        .enumerate()
        .find(|&(k, prev)| {
            k == TITLES_SKIPPED
                || kind::classify(cx, prev) != kind::Class::Name
                || !cx
                    .prev_visible(prev.open, floor)
                    .is_some_and(|w| cx.input.tokens[w].is_word())
                || cx.last_cue_between(prev.outer().end, p.open).is_none()
        });
    speech_before.map_or(floor, |(_, prev)| floor.max(prev.outer().end))
}

/// The speaker of a cue that introduces a quote: its subject, or the
/// phrase after it when nothing before it can be (`According to NAME,`,
/// `said NAME:`).
fn speaker_of(cx: &Ctx<'_>, cue: &CueHit, floor: usize, ceil: usize) -> Option<(Cand, bool)> {
    let passive_at = |k: usize| {
        cx.prev_visible(k, floor)
            .is_some_and(|k| matches!(cx.text(k), "was" | "were" | "is" | "are" | "been" | "being"))
    };
    let quoted = |k: usize| cx.text(k) == "quoted";
    // `He was quoted by the newspaper as saying …`: who was quoted speaks,
    // not who quoted him.
    if cx.text(cue.start) == "as" {
        if let Some(verb) = cx
            .last_cue_between(floor, cue.start)
            .filter(|verb| quoted(verb.start) && passive_at(verb.start))
        {
            return speaker_of(cx, &verb, floor, ceil);
        }
    }
    // `Sanders was asked by host Bill Maher, “…”`: in the passive the
    // agent after `by` speaks.
    let passive = passive_at(cue.start);
    if passive && !quoted(cue.start) {
        let agent = cx
            .next_visible(cue.end, ceil)
            .filter(|&k| cx.text(k) == "by")
            .and_then(|k| cx.next_visible(k + 1, ceil))
            .and_then(|k| cx.cand_starting_at(k, ceil));
        if let Some(agent) = agent {
            return Some((agent, true));
        }
        // `Trump was asked, “…”`: who was asked or told is spoken to; the
        // speaker goes unnamed (`is telling` is no passive).
        let verb = cx.text(cue.start);
        if (verb == "told" || verb.ends_with("ed"))
            && cx
                .input
                .lexicon
                .in_group_lower(WordGroup::AddresseeVerb, verb)
        {
            return None;
        }
    }
    let clause_start = match cx.prev_visible(cue.start, floor) {
        None => true,
        Some(k) => matches!(cx.text(k), "," | ":" | "(" | "—"),
    };
    // `said NAME,` or `said NAME:` names the speaker after the cue; in
    // `said the agency had …` the words after the cue begin the reported
    // clause, so a word after the candidate rules it out.
    // (`, said outside court:`: a phrase a preposition opens is no one.)
    let forward = || {
        cx.next_visible(cue.end, ceil)
            .filter(|&i| !cx.opens_clause(i))
            .and_then(|i| cx.cand_starting_at(i, ceil))
            .filter(|c| {
                cx.next_visible(c.last + 1, cx.input.tokens.len())
                    .map_or(true, |k| {
                        !matches!(cx.input.tokens[k].kind, TokenKind::Word)
                    })
            })
            .map(|c| (c, true))
    };
    // (`Roe gave the technique a whirl in an interview with CNN: “…”`: the
    // phrase follows a verb's object, not a subject; the sentence's
    // subject speaks.)
    let object_of_a_verb = |c: &Cand| {
        cue.cue.kind == CueKind::Phrase
            && matches!(c.who, Who::Description)
            && matches!(cx.text(c.first), "a" | "an")
            && cx.prev_visible(c.first, floor).is_some_and(|k| {
                let t = &cx.input.tokens[k];
                t.kind == TokenKind::Word && !t.is_capitalised()
            })
    };
    // `…, with Donald Trump tweeting that … and asking, “…”`: a participle
    // of a clause `with` opens has the name after `with` for its subject.
    let with_clause = || {
        let sentence = cx.sentence(cue.start).start;
        let with = (sentence..cue.start)
            .rev()
            .find(|&k| cx.text(k) == "with")?;
        // (No quotation between: its words are another's.)
        if (with..cue.start).any(|k| {
            cx.piece_at(k)
                .is_some_and(|q| cx.pieces[q].content.len() > QUOTED_WORDS)
        }) {
            return None;
        }
        let name = cx.mention_cand(cx.next_visible(with + 1, cue.start)?)?;
        let verb = cx.next_visible(name.last + 1, cue.start)?;
        (cx.text(verb).ends_with("ing") && cx.cue_starts_at(verb)).then_some((name, false))
    };
    if cx.text(cue.start).ends_with("ing") {
        if let Some(found) = with_clause() {
            return Some(found);
        }
    }
    let backward = || {
        cx.subject_before(cue, floor)
            .map(|c| match object_of_a_verb(&c) {
                true => cx
                    .sentence_subject(cue.start)
                    .filter(|s| s.label().is_some() && s.last < c.first)
                    .unwrap_or(c),
                false => c,
            })
            .map(|c| (relative_head(cx, c, floor), false))
    };
    // `Dever, who was listed on the slate, told POLITICO, “…”`: the one
    // told is never the speaker.
    if cx
        .input
        .lexicon
        .in_group_lower(WordGroup::AddresseeVerb, cx.text(cue.start))
    {
        return backward();
    }
    if clause_start && !cx.text(cue.start).ends_with("ing") {
        // (`Jill Roe, a volunteer for 19 years, described the search:`:
        // the comma closes an apposition to a person named before the cue,
        // who speaks; the words after the cue are its object.)
        let comma = cx
            .prev_visible(cue.start, floor)
            .is_some_and(|k| cx.text(k) == ",");
        let back = comma.then(backward).flatten();
        if back
            .as_ref()
            .is_some_and(|(c, _)| c.label() == Some(Label::Person))
        {
            return back;
        }
        forward().or_else(|| if comma { back } else { backward() })
    } else {
        backward().or_else(forward)
    }
}

/// `Trump released a video that said, “…”`: what a relative clause's
/// head says, the one named as its maker says.
fn relative_head(cx: &Ctx<'_>, c: Cand, floor: usize) -> Cand {
    if !matches!(c.who, Who::Description) || !matches!(cx.text(c.last), "that" | "which") {
        return c;
    }
    let maker = cx
        .prev_visible(c.first, floor)
        .filter(|&v| {
            let t = &cx.input.tokens[v];
            t.kind == TokenKind::Word && !t.is_capitalised() && cx.text(v).ends_with("ed")
        })
        .and_then(|v| cx.prev_visible(v, floor))
        .and_then(|k| cx.mention_cand(k))
        .filter(|m| matches!(m.label(), Some(Label::Person | Label::Organization)));
    maker.unwrap_or(c)
}

/// Before the opening mark, within the sentence: `NAME said: “…”`,
/// `NAME told Fox News: “…”`, `…, saying, “…”`, `According to NAME, “…”`,
/// and a partial quote in the clause of a reporting verb
/// (`NAME said Friday that “thousands” of …`).
pub(super) fn before(cx: &Ctx<'_>, idx: usize) -> Option<Found> {
    let p = &cx.pieces[idx];
    let floor = floor_before(cx, idx);
    let cue = cx.last_cue_between(floor, p.open)?;
    // `Roe said Poland would continue to support Kyiv “…”`: a verb after
    // a modal belongs to the reported clause; the report, further back,
    // is tried first.
    let reported = cx.prev_visible(cue.start, floor).is_some_and(|k| {
        cx.input
            .lexicon
            .in_group_lower(WordGroup::Modal, cx.text(k))
    });
    // `Delaney said in a note that demand “…”`: a phrase after a
    // preposition is no verb's subject, nor is one that ends in a gerund
    // (`told the court that banking rules at the time “…”`: a noun) or
    // follows `to` (`urged residents to keep phones charged`: a verb); the
    // cue before it reports.
    let in_a_phrase = |f: &Found| {
        let gerund = || {
            let w = cx.text(f.cand.last);
            w.len() >= 6 && w.ends_with("ing") && !cx.input.tokens[f.cand.last].is_capitalised()
        };
        matches!(f.cand.who, Who::Description)
            && (gerund()
                || cx.prev_visible(f.cand.first, floor).is_some_and(|k| {
                    let w = cx.text(k);
                    w == "to" || cx.input.lexicon.in_group(WordGroup::PhrasePreposition, w)
                }))
    };
    reported
        .then(|| cx.last_cue_between(floor, cue.start))
        .flatten()
        .and_then(|report| before_cue(cx, p, floor, report))
        .or_else(|| {
            let found = before_cue(cx, p, floor, cue)?;
            if !in_a_phrase(&found) {
                return Some(found);
            }
            cx.last_cue_between(floor, cue.start)
                .and_then(|report| before_cue(cx, p, floor, report))
                .or(Some(found))
        })
        .or_else(|| {
            // `Manchin said he hoped both sides would “…”`: a weak verb
            // whose subject is a pronoun right after a report leaves the
            // quote to the report.
            (cue.cue.kind == CueKind::Weak)
                .then(|| cx.last_cue_between(floor, cue.start))
                .flatten()
                .filter(|report| {
                    report.cue.kind != CueKind::Weak && reported_pronoun(cx, report.end, cue.start)
                })
                .and_then(|report| before_cue(cx, p, floor, report))
        })
        .or_else(|| {
            // `said in written testimony that …`, `saying in a statement
            // that …`: a cue word inside the phrase after a report names
            // no one; the report does.
            cx.last_cue_between(floor, cue.start)
                .filter(|report| {
                    cx.next_visible(report.end, cue.start + 1)
                        .is_some_and(|k| k == cue.start || cx.text(k) == "in")
                })
                .and_then(|report| before_cue(cx, p, floor, report))
        })
}

/// Do the tokens from `from` to `to` end in a pronoun that opens them or
/// follows `that`: the subject of a clause a report opens (`said he
/// hoped`, `told CNN that he hoped`)?
fn reported_pronoun(cx: &Ctx<'_>, from: usize, to: usize) -> bool {
    let Some(subject) = cx.prev_visible(to, from) else {
        return false;
    };
    pronoun(cx.text(subject)).is_some()
        && cx
            .prev_visible(subject, from)
            .map_or(true, |k| cx.text(k) == "that")
}

/// [`before`] for one cue.
fn before_cue(cx: &Ctx<'_>, p: &Piece, floor: usize, cue: CueHit) -> Option<Found> {
    let mut gap = 0;
    let mut last_gap = None;
    let mut i = cue.end;
    while let Some(k) = cx.next_visible(i, p.open) {
        if gap == WINDOW || ends_sentence(cx, k) {
            return None;
        }
        gap += 1;
        last_gap = Some(k);
        i = k + 1;
    }
    let lead = last_gap.map(|k| cx.text(k));
    let adjacent = match lead {
        None => true,
        Some(":" | "," | "—" | "–") => gap <= LEAD_GAP,
        Some(_) => false,
    };
    let ceil = last_gap.unwrap_or(p.open);
    // `Pollsters agree - Carl Bialik: “…”`: a byline after a dash.
    if lead == Some(":") {
        let signed = person_before(cx, ceil, floor).filter(|m| {
            cx.prev_visible(m.first, floor)
                .is_some_and(|d| cx.is_dash(d))
        });
        if let Some(person) = signed {
            return found(person, None, "name-colon");
        }
    }
    let (cand, forward) = speaker_of(cx, &cue, floor, ceil)?;
    if !adjacent && cue.cue.kind == CueKind::Weak {
        // `believes` far from a quote is no evidence of who said it.
        return None;
    }
    let rule = match (adjacent, forward) {
        (false, _) => "cue-embedded",
        (true, true) => "according-to",
        (true, false) if lead == Some(":") => "name-cue-colon",
        (true, false) => "name-cue",
    };
    found(cand, Some(cue), rule)
}

/// A paragraph that is all quote, after a paragraph that ends with a
/// colon: `NAME said in a statement:` ¶ `“…”`, or with no cue, a person
/// as the subject of that sentence.
pub(super) fn lead_in(cx: &Ctx<'_>, idx: usize) -> Option<Found> {
    let p = &cx.pieces[idx];
    if p.open != cx.paragraph(p.para).start || p.para == 0 {
        return None;
    }
    let prev = cx.paragraph(p.para - 1);
    let colon = prev.end - 1;
    if cx.text(colon) != ":" {
        return None;
    }
    let mut floor = cx.sentence(colon).start.max(prev.start);
    if let Some(q) = idx.checked_sub(1).map(|k| &cx.pieces[k]) {
        if q.para == p.para - 1 {
            floor = floor.max(q.outer().end);
        }
    }
    let Some(cue) = cx.last_cue_between(floor, colon) else {
        // `Jo Roe made the following comment:` ¶ `“…”`: a person the
        // sentence is about introduces the quote.
        let subject = cx
            .sentence_subject(colon)
            .filter(|c| c.label() == Some(Label::Person) && c.first >= floor)?;
        return found(subject, None, "colon-lead-in");
    };
    let (cand, _) = speaker_of(cx, &cue, floor, colon)?;
    found(cand, Some(cue), "colon-lead-in")
}

/// A cue later in the same sentence: `the “causes” of the war must be
/// addressed, NAME said`.
pub(super) fn later_in_sentence(cx: &Ctx<'_>, idx: usize) -> Option<Found> {
    let p = &cx.pieces[idx];
    let close = p.close?;
    let mut ceil = cx.sentence(close).end.min(cx.paragraph(p.para).end);
    if let Some(next) = cx.pieces.get(idx + 1) {
        ceil = ceil.min(next.open);
    }
    let cue = cx.first_cue_between(close + 1, ceil)?;
    let mut seen = 0;
    let mut i = close + 1;
    while let Some(k) = cx.next_visible(i, cue.start) {
        if seen == WINDOW
            || matches!(
                cx.input.tokens[k].kind,
                TokenKind::Quote(QuoteMark::Opening)
            )
        {
            return None;
        }
        seen += 1;
        i = k + 1;
    }
    // (`… to “dictators” and attacked Trump, who has said …`: a relative
    // clause's speech is its own, not the sentence's.)
    let cand = cx
        .subject_before(&cue, close + 1)
        .filter(|c| cx.text(c.first) != "who")?;
    found(cand, Some(cue), "sentence-cue")
}

/// A reporting clause that closes the quote's sentence after a comma:
/// `Zelvo, which says it has 3 million users, did not introduce “highly
/// effective” checks, the regulator said.` Its speaker reports the whole
/// sentence, a partial quote in it included, when the cue `earlier` found
/// before the quote is in a relative clause of its subject.
pub(super) fn closing_report(cx: &Ctx<'_>, idx: usize, earlier: &Found) -> Option<Found> {
    let relative = earlier.cue.is_some_and(|c| {
        (earlier.cand.first + 1..c.start).any(|k| matches!(cx.text(k), "which" | "who"))
    });
    if !relative {
        return None;
    }
    /// Most tokens after the cue to the end of the sentence: `on Tuesday`,
    /// `in a statement`.
    const TAIL: usize = 5;
    let p = &cx.pieces[idx];
    let close = p.close?;
    let end = cx.sentence(close).end.min(cx.paragraph(p.para).end);
    if cx.pieces.get(idx + 1).is_some_and(|q| q.open < end) {
        return None;
    }
    let cue = cx.last_cue_between(close + 1, end)?;
    let cand = cx.subject_before(&cue, close + 1)?;
    let mut tail = 0;
    let mut i = cue.end;
    while let Some(k) = cx.next_visible(i, end) {
        tail += 1;
        if tail > TAIL {
            return None;
        }
        i = k + 1;
    }
    // (Not `…, a supporter who has criticized Clinton.`: the subject
    // comes right before its verb.)
    let comma_before = cx
        .prev_visible(cand.first, close + 1)
        .is_some_and(|k| cx.text(k) == ",");
    if !comma_before || cx.next_visible(cand.last + 1, cue.start + 1) != Some(cue.start) {
        return None;
    }
    found(cand, Some(cue), "sentence-cue")
}

/// A quote that opens a sentence right after a sentence of reported
/// speech with no quote of its own: `Roe said the plan would fail. “We
/// cannot go on like this.”`, in its paragraph or, for a quote that is a
/// paragraph of its own, at the end of the paragraph before. Only a person
/// named or a `he` or `she` will do: `Critics said …` names no one.
pub(super) fn previous_sentence(cx: &Ctx<'_>, idx: usize) -> Option<Found> {
    let p = &cx.pieces[idx];
    let para = cx.paragraph(p.para);
    if cx.sentence(p.open).start != p.open {
        return None;
    }
    // A quote that is a paragraph of its own follows the last sentence of
    // the paragraph before (`Roe argued in his email that …` ¶ `“…”`).
    let (end, para, same_paragraph) = match cx.prev_visible(p.open, para.start) {
        Some(end) => (end, para, true),
        None if p.para > 0 && cx.next_visible(p.outer().end, para.end).is_none() => {
            let before = cx.paragraph(p.para - 1);
            // Not a signature line (`— Jane Roe, after the vote.`), which
            // belongs to the quote above it.
            let first = cx.next_visible(before.start, before.end)?;
            if cx.input.tokens[first].kind != TokenKind::Word {
                return None;
            }
            (cx.prev_visible(before.end, before.start)?, before, false)
        }
        None => return None,
    };
    let before = cx.sentence(end);
    let floor = before.start.max(para.start);
    if idx
        .checked_sub(1)
        .is_some_and(|k| cx.pieces[k].outer().end > floor)
    {
        return None;
    }
    let named = |cand: &Cand| {
        cand.label() == Some(Label::Person)
            || matches!(cand.who, Who::Pronoun(Pronoun::He | Pronoun::She))
    };
    // (`Asked about it, Santos was blunt.`: a participle opening the
    // sentence reports no one's words.)
    let opener = |c: &CueHit| {
        c.start == floor
            && cx.input.tokens[c.start].is_capitalised()
            && cx.introduces_phrase(c.start)
    };
    // (`Roe said his clients had been questioned`: a verb in the passive
    // whose subject is no one named reports no one; the cue before it may.
    // `She was asked about it.` ¶ `“…”` is her answer.)
    let passive_of_no_one = |c: &CueHit| {
        !cx.text(c.start).ends_with("ing")
            && cx.after_a_form_of_be(c.start, floor)
            && !cx.subject_before(c, floor).is_some_and(|s| named(&s))
    };
    let mut last_cue = cx.last_cue_between(floor, end + 1);
    for _ in 0..PASSIVE_CUES {
        match last_cue {
            Some(c) if passive_of_no_one(&c) => match cx.last_cue_between(floor, c.start) {
                Some(earlier) => last_cue = Some(earlier),
                None => break,
            },
            _ => break,
        }
    }
    let Some(cue) = last_cue.filter(|c| !opener(c)) else {
        // `Asked if it would survive, Santos was blunt. “Not a chance.”`:
        // with no report before it in its paragraph, a quote that ends
        // the paragraph is the words of the person the sentence before is
        // about.
        let ends_paragraph = cx.next_visible(p.outer().end, para.end).is_none();
        // (Or the person the last sentence of that paragraph is about,
        // when the quote is more than a slogan's few words: `Prof Ana Roe,
        // a hydrologist at the university, has sampled the river for
        // years.` ¶ `“…”`.)
        if !same_paragraph {
            return only_person_of(cx, para.start..para.end)
                .or_else(|| {
                    cx.sentence_subject(end).filter(|c| {
                        c.label() == Some(Label::Person)
                            && c.last < end
                            && p.content.len() > SLOGAN_TOKENS
                    })
                })
                .and_then(|cand| found(cand, None, "previous-paragraph-person"));
        }
        return cx
            .sentence_subject(end)
            .filter(|c| ends_paragraph && named(c) && c.last < end)
            .and_then(|cand| found(cand, None, "previous-sentence-subject"));
    };
    // (`Roe said the utility expected cuts.` ¶ `“…”`: a verb of thinking
    // in the reported clause leaves the report to the cue before it; so
    // does an infinitive, when there is one: `Roe said choices were left
    // to state regulators.`)
    let earlier = || {
        cx.last_cue_between(floor, cue.start)
            .filter(|c| c.cue.kind != CueKind::Weak && !opener(c))
    };
    let infinitive = || {
        cx.prev_visible(cue.start, floor)
            .is_some_and(|k| cx.text(k).eq_ignore_ascii_case("to"))
    };
    let mut cue = if cue.cue.kind == CueKind::Weak {
        earlier()?
    } else if infinitive() {
        earlier().unwrap_or(cue)
    } else {
        cue
    };
    let mut cand = cx.subject_before(&cue, floor)?;
    // (`Roe said the finding was the share of voters who say they are
    // undecided.` ¶ `“…”`: a relative clause that reports no one named
    // leaves the report to the cue before it.)
    let relative = || {
        cx.prev_visible(cue.start, floor)
            .is_some_and(|k| cx.text(k) == "who")
    };
    if !named(&cand) && relative() {
        if let Some(c) = earlier() {
            cand = cx.subject_before(&c, floor)?;
            cue = c;
        }
    }
    // `Zelvo Corp. issued a statement on Monday.` ¶ `“…”`: what an
    // organisation issues, it says.
    let issued = || {
        cand.label() == Some(Label::Organization)
            && cue.cue.kind == CueKind::Phrase
            && (cue.start..cue.end)
                .any(|k| cx.input.lexicon.in_group(WordGroup::IssuedNoun, cx.text(k)))
    };
    if named(&cand) || issued() {
        found(cand, Some(cue), "previous-sentence")
    } else {
        None
    }
}

/// `The first thing Dr. Ana Roe does each morning is …` ¶ `“…”`: the one
/// person a paragraph with no report speaks of, outside quotations, if it
/// names one and no organisation.
fn only_person_of(cx: &Ctx<'_>, range: std::ops::Range<usize>) -> Option<Cand> {
    let mentions = &cx.input.entities.mentions;
    let from = mentions.partition_point(|m| m.tokens.start < range.start);
    let mut person = None;
    for m in mentions[from..]
        .iter()
        .take_while(|m| m.tokens.start < range.end)
    {
        if cx.piece_at(m.tokens.start).is_some() {
            continue;
        }
        match m.label {
            Label::Person => match person {
                Some((r, _)) if r != m.referent => return None,
                _ => person = Some((m.referent, m.tokens.start)),
            },
            Label::Organization => return None,
            _ => {}
        }
    }
    cx.mention_cand(person?.1)
}

/// `“…,” came the reply from the mayor's office`: the words issued come
/// from their source (`came shouts from the crowd` names no one).
fn came_from(cx: &Ctx<'_>, came: usize, ceil: usize) -> Option<Found> {
    let lex = cx.input.lexicon;
    let article = cx
        .next_visible(came + 1, ceil)
        .filter(|&k| cx.lower_is(k, WordGroup::Determiner))?;
    let noun = cx
        .next_visible(article + 1, ceil)
        .filter(|&k| lex.in_group(WordGroup::IssuedNoun, cx.text(k)))?;
    let from = cx
        .next_visible(noun + 1, ceil)
        .filter(|&k| cx.text(k) == "from")?;
    let c = cx.cand_starting_at(cx.next_visible(from + 1, ceil)?, ceil)?;
    found(c, None, "came-from")
}

/// The person named right before token `i` (a colon), from `floor` on.
fn person_before(cx: &Ctx<'_>, i: usize, floor: usize) -> Option<Cand> {
    mention_before(cx, i, floor, Label::Person)
}

/// The mention of a `label` entity right before token `i`, from `floor` on.
fn mention_before(cx: &Ctx<'_>, i: usize, floor: usize, label: Label) -> Option<Cand> {
    cx.mention_cand(cx.prev_visible(i, floor)?)
        .filter(|m| m.label() == Some(label) && m.first >= floor)
}

/// A bare name before a colon, as in headlines and transcripts:
/// `NAME: “…”`.
pub(super) fn name_colon(cx: &Ctx<'_>, idx: usize) -> Option<Found> {
    let p = &cx.pieces[idx];
    let floor = floor_before(cx, idx);
    let colon = cx.prev_visible(p.open, floor)?;
    if cx.text(colon) != ":" {
        return None;
    }
    let first = cx.next_visible(floor, colon)?;
    let whole = cx.cand_starting_at(first, colon).filter(|cand| {
        let named =
            matches!(cand.who, Who::Mention { .. }) || cx.input.tokens[cand.first].is_capitalised();
        named && cx.next_visible(cand.last + 1, colon + 1) == Some(colon)
    });
    if let Some(cand) = whole {
        return found(cand, None, "name-colon");
    }
    // `… doesn't surprise Republican pollster Daron Shaw: “…”`: a person
    // named right before the colon, unless a preposition makes them the
    // one addressed (`a message to Trump: “…”`; but `More from Roe and
    // Doe: “…”` names the source). Two people joined by `and` speak as one.
    // An organisation speaks so only as a label that opens its line or
    // follows a dash (`- Pew Research: “…”`), not as the end of a phrase
    // (`told the newspaper NRC: “…”`).
    let person = person_before(cx, colon, floor).or_else(|| {
        mention_before(cx, colon, floor, Label::Organization).filter(|m| {
            cx.prev_visible(m.first, floor)
                .map_or(true, |k| !cx.input.tokens[k].is_word())
        })
    })?;
    let lex = cx.input.lexicon;
    let head = cx
        .prev_visible(person.first, floor)
        .filter(|&k| lex.in_group(WordGroup::Coordinator, cx.text(k)))
        .and_then(|k| person_before(cx, k, floor))
        .map_or(person.first, |first| first.first);
    let addressed = cx.prev_visible(head, floor).is_some_and(|k| {
        !cx.input.tokens[k].is_capitalised()
            && cx.text(k) != "from"
            && lex.in_group(WordGroup::FunctionWord, cx.text(k))
    });
    if addressed {
        return None;
    }
    found(person, None, "name-colon")
}

/// `‘We are losing teachers’: union leader Jo Roe on pay`: a quote that
/// opens a headline and a colon, then, among the first words after it, the
/// person the headline quotes.
pub(super) fn headline_label(cx: &Ctx<'_>, p: &Piece) -> Option<Found> {
    const LABEL_WORDS: usize = 6;
    let para = cx.paragraph(p.para);
    if cx.next_visible(para.start, p.open + 1) != Some(p.open) {
        return None;
    }
    let colon = cx
        .next_visible(p.close? + 1, para.end)
        .filter(|&k| cx.text(k) == ":")?;
    // (`NEU leader Jo Roe`: an organisation may describe the person.)
    let mut k = cx.next_visible(colon + 1, para.end)?;
    for _ in 0..LABEL_WORDS {
        let mention = cx.mention_cand(k);
        if let Some(m) = mention.filter(|m| m.label() == Some(Label::Person)) {
            return found(m, None, "headline-label");
        }
        if cx.input.tokens[k].kind != TokenKind::Word || cx.cue_at(k).is_some() {
            return None;
        }
        k = cx.next_visible(mention.map_or(k, |m| m.last) + 1, para.end)?;
    }
    None
}

/// A quote set off by a colon at the end of a clause about a named person
/// or organisation, with no speech verb: `NAME was more blunt: “…”`,
/// `NAME had a warning: “…”`.
pub(super) fn subject_colon(cx: &Ctx<'_>, idx: usize) -> Option<Found> {
    let p = &cx.pieces[idx];
    let floor = floor_before(cx, idx);
    let colon = cx.prev_visible(p.open, floor)?;
    if cx.text(colon) != ":" {
        return None;
    }
    // `the Polish leader Donald Tusk`: the name that ends the phrase;
    // `Polish Prime Minister Donald Tusk`: the name after the titles.
    let cand = match cx.sentence_subject(colon) {
        Some(c) if !matches!(c.who, Who::Description) => c,
        Some(c) => cx
            .mention_cand(c.last)
            .or_else(|| titled_subject(cx, colon))?,
        None => titled_subject(cx, colon)?,
    };
    let speaks = matches!(cand.label(), Some(Label::Person | Label::Organization))
        || matches!(cand.who, Who::Pronoun(Pronoun::He | Pronoun::She));
    (speaks && cand.last < colon).then_some(Found {
        cand,
        cue: None,
        rule: "subject-colon",
    })
}

/// A sentence that opens with capitalised titles and a name (`Polish Prime
/// Minister Donald Tusk was …`): that name.
fn titled_subject(cx: &Ctx<'_>, before: usize) -> Option<Cand> {
    let mut k = cx.sentence(before).start;
    while k < before {
        let t = &cx.input.tokens[k];
        if !t.is_space() {
            if let Some(c) = cx.mention_cand(k) {
                return Some(c);
            }
            if !(t.is_word() && t.is_capitalised()) {
                return None;
            }
        }
        k += 1;
    }
    None
}
