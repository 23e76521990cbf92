//! Pairing quotation marks into quoted pieces, one paragraph at a time.
//!
//! The pass is a single left-to-right walk with a constant amount of state
//! per paragraph, so unbalanced or pathological input stays linear and a
//! quote can never reach past the end of its paragraph.

use super::Input;
use crate::span::Span;
use crate::token::{quote_direction, QuoteFamily, QuoteMark, RawToken, TokenKind};
use std::ops::Range;

/// One quotation mark as the pairing sees it. Two adjacent straight
/// apostrophes (`''`, the typewriter convention of some wires) make one
/// double mark.
#[derive(Clone, Copy, Debug)]
struct Mark {
    /// First and last token of the mark.
    first: usize,
    last: usize,
    dir: QuoteMark,
    family: QuoteFamily,
    /// A low-9 mark (`„`): German-style quotes close with `“`.
    low: bool,
    /// The mark is the curly `“` (an opening glyph).
    opening_glyph: bool,
}

/// A quoted stretch of one paragraph.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    /// Token of the opening mark (its first token).
    pub open: usize,
    /// Token of the closing mark (its last token), if the quote closed.
    pub close: Option<usize>,
    /// Visible content tokens, without the marks.
    pub content: Range<usize>,
    pub span: Span,
    pub para: usize,
    /// Index of the first piece of a quote that runs over several
    /// paragraphs; its own index otherwise.
    pub group: usize,
}

impl Piece {
    /// The last visible token of the content, if the quote holds any.
    pub fn last_content(&self) -> Option<usize> {
        (self.content.start < self.content.end).then(|| self.content.end - 1)
    }

    /// The tokens from the opening mark to the closing mark (or the end of
    /// the content when the quote did not close).
    pub fn outer(&self) -> Range<usize> {
        self.open..self.close.map_or(self.content.end, |c| c + 1)
    }
}

fn mark_of(input: &Input<'_>, i: usize) -> Option<Mark> {
    let t: &RawToken = &input.tokens[i];
    let TokenKind::Quote(dir) = t.kind else {
        return None;
    };
    let glyph = &input.text[t.range()];
    Some(Mark {
        first: i,
        last: i,
        dir,
        family: t.quote_family()?,
        low: glyph == "„",
        opening_glyph: glyph == "“",
    })
}

/// Merges `''` into one double mark, taking the direction from the
/// characters outside the pair: `, '' said` has a space on both sides and
/// may close a quote, though its first apostrophe alone looks like an
/// opening.
fn merge_pair(input: &Input<'_>, a: Mark, b: Mark) -> Mark {
    let tokens = input.tokens;
    Mark {
        first: a.first,
        last: b.last,
        dir: quote_direction(input.text, tokens[a.first].start(), tokens[b.last].end()),
        family: QuoteFamily::Double,
        low: false,
        opening_glyph: false,
    }
}

/// The marks of a paragraph, in order.
fn paragraph_marks(input: &Input<'_>, para: Range<usize>, out: &mut Vec<Mark>) {
    out.clear();
    // Quotation marks are few: the tokens are scanned for them with no
    // other work per token.
    let marks = (para.start..)
        .zip(&input.tokens[para])
        .filter(|(_, t)| matches!(t.kind, TokenKind::Quote(_)));
    for (i, _) in marks {
        let Some(m) = mark_of(input, i) else { continue };
        if let Some(prev) = out.last_mut() {
            let adjacent = input.tokens[prev.last].end() == input.tokens[i].start();
            if adjacent && prev.family == QuoteFamily::Single && m.family == QuoteFamily::Single {
                *prev = merge_pair(input, *prev, m);
                continue;
            }
            // Three apostrophes close a nested quote and its outer quote at
            // once: the single mark comes first, the double pair last.
            let merged = prev.first != prev.last;
            if adjacent && merged && m.family == QuoteFamily::Single && m.dir == QuoteMark::Closing
            {
                if let (Some(a), Some(b)) = (mark_of(input, prev.first), mark_of(input, prev.last))
                {
                    *prev = a;
                    out.push(merge_pair(input, b, m));
                    continue;
                }
            }
        }
        out.push(m);
    }
}

/// The visible tokens of `r`, trimmed of whitespace at both ends.
fn trim(tokens: &[RawToken], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && tokens[r.start].is_space() {
        r.start += 1;
    }
    while r.end > r.start && tokens[r.end - 1].is_space() {
        r.end -= 1;
    }
    r
}

struct Pairing<'p> {
    tokens: &'p [RawToken],
    para: usize,
    out: &'p mut Vec<Piece>,
}

impl Pairing<'_> {
    fn emit(&mut self, open: &Mark, close: Option<&Mark>, end: usize, group: Option<usize>) {
        let content = trim(self.tokens, open.last + 1..close.map_or(end, |c| c.first));
        if content.is_empty() {
            return;
        }
        let span = Span::new(
            self.tokens[content.start].start(),
            self.tokens[content.end - 1].end(),
        );
        let index = self.out.len();
        self.out.push(Piece {
            open: open.first,
            close: close.map(|c| c.last),
            content,
            span,
            para: self.para,
            group: group.unwrap_or(index),
        });
    }
}

/// Finds the quoted pieces of the document, in text order.
///
/// Double marks pair with each other; a double mark opened inside an open
/// double quote nests (its close does not end the outer quote). Single
/// marks nested in a double quote are part of its content; single marks
/// outside any double quote pair among themselves (headline style), and a
/// double quote inside an opened single one is its content (British style:
/// `‘a “game changer” for us,’ she said`) when the single quote closes in
/// the paragraph; when it does not, the paragraph is paired again with
/// double marks first. A closing glyph with nothing open, followed by
/// another closing glyph, opens a quote: scraped text often has `”` on both
/// sides.
pub(super) fn find(input: &Input<'_>, out: &mut Vec<Piece>) {
    let mut marks = Vec::new();
    // Quoted pieces run at about one per hundred tokens of news: sized
    // once, the list is rarely copied to grow.
    out.reserve(input.tokens.len() / 64);
    // The group of the quote the previous paragraph left open.
    let mut carried: Option<usize> = None;
    for (p, para) in input.segments.paragraphs.iter().enumerate() {
        paragraph_marks(input, para.clone(), &mut marks);
        let before = out.len();
        let carried_in = carried.take();
        let outcome = pair_paragraph(input, p, para.clone(), &marks, carried_in, true, out);
        carried = outcome.carried;
        if outcome.unclosed_single_took_doubles {
            out.truncate(before);
            carried =
                pair_paragraph(input, p, para.clone(), &marks, carried_in, false, out).carried;
        }
    }
    disjoint(out);
}

/// What pairing a paragraph's marks left.
struct Paired {
    /// The group of the quote the paragraph leaves open for the next.
    carried: Option<usize>,
    /// A single quote took double marks as its content and never closed
    /// (another opened instead, or none closed).
    unclosed_single_took_doubles: bool,
}

/// Pairs the marks of paragraph `p` into pieces. With `singles_hold`, a
/// double mark inside an opened single quote is its content.
fn pair_paragraph(
    input: &Input<'_>,
    p: usize,
    para: Range<usize>,
    marks: &[Mark],
    carried: Option<usize>,
    singles_hold: bool,
    out: &mut Vec<Piece>,
) -> Paired {
    let mut pairing = Pairing {
        tokens: input.tokens,
        para: p,
        out,
    };
    let mut open: Option<Mark> = None;
    let mut depth = 0u32;
    let mut stray: Option<Mark> = None;
    let mut single: Option<Mark> = None;
    // The opening single mark that took double marks as its content.
    let mut holder: Option<usize> = None;
    let mut group = carried;
    // (British style carries a single quote over too: `said: ‘…` ¶ `‘…’`.)
    let starts_with_mark = marks
        .first()
        .is_some_and(|m| m.first == para.start && m.dir != QuoteMark::Closing);
    if !starts_with_mark {
        group = None;
    }
    // The last single mark that may close a quote: an apostrophe of a
    // plural possessive before it (`the Tories' mistakes,'`) closes none.
    let last_single_close = marks
        .iter()
        .rposition(|m| m.family == QuoteFamily::Single && m.dir != QuoteMark::Opening);
    for (idx, m) in marks.iter().enumerate() {
        match m.family {
            QuoteFamily::Single => {
                if open.is_some() {
                    continue;
                }
                if single.is_some()
                    && last_single_close.is_some_and(|last| idx < last)
                    && plural_possessive(input, m)
                {
                    continue;
                }
                // Inside a quote that holds double marks, only a mark
                // after the quote's last punctuation closes it (not the
                // apostrophe of `residents’ routines`).
                if holder.is_some() && m.dir != QuoteMark::Opening && !after_punctuation(input, m) {
                    continue;
                }
                match (single, m.dir) {
                    (None, QuoteMark::Opening | QuoteMark::Ambiguous) => single = Some(*m),
                    (Some(_), QuoteMark::Opening) => single = Some(*m),
                    (Some(s), _) => {
                        pairing.emit(&s, Some(m), para.end, None);
                        if holder == Some(s.first) {
                            holder = None;
                        }
                        single = None;
                    }
                    (None, QuoteMark::Closing) => {}
                }
            }
            QuoteFamily::Double
                if singles_hold
                    && open.is_none()
                    && single.is_some_and(|s| opens_a_sentence(input, &s)) =>
            {
                holder = holder.or(single.map(|s| s.first));
            }
            QuoteFamily::Double => match open {
                None => match m.dir {
                    QuoteMark::Closing => match stray.take() {
                        Some(s) => pairing.emit(&s, Some(m), para.end, None),
                        None => stray = Some(*m),
                    },
                    _ => {
                        single = None;
                        stray = None;
                        open = Some(*m);
                    }
                },
                Some(o) => {
                    let closes = match m.dir {
                        QuoteMark::Closing | QuoteMark::Ambiguous => true,
                        QuoteMark::Opening => o.low && m.opening_glyph,
                    };
                    if closes && depth > 0 {
                        depth -= 1;
                    } else if closes {
                        let g = group.take();
                        pairing.emit(&o, Some(m), para.end, g);
                        open = None;
                    } else {
                        depth += 1;
                    }
                }
            },
        }
    }
    let mut carried = None;
    if let Some(o) = open {
        // Unclosed at the end of the paragraph: the quote ends here. It
        // runs on when the next paragraph opens with a mark.
        let before = pairing.out.len();
        pairing.emit(&o, None, para.end, group);
        if pairing.out.len() > before && next_opens_with_mark(input, p + 1) {
            carried = Some(pairing.out[before].group);
        }
    } else if let Some(s) = single.filter(|s| opens_a_sentence(input, s) && holder.is_none()) {
        // `said: ‘We are treating …` ¶ `‘I would urge …’`: a single quote
        // that opens a sentence and no mark closes runs on to the next
        // paragraph when that opens with a single mark.
        if next_opens_with_single_mark(input, p + 1) {
            let before = pairing.out.len();
            pairing.emit(&s, None, para.end, group);
            if pairing.out.len() > before {
                carried = Some(pairing.out[before].group);
            }
        }
    }
    Paired {
        carried,
        unclosed_single_took_doubles: holder.is_some(),
    }
}

/// Keeps the pieces disjoint and in text order. A stray closing mark taken
/// as an opener can make a piece that nests in or crosses another; the
/// earlier piece wins. Group indices are renumbered to match.
fn disjoint(pieces: &mut Vec<Piece>) {
    let in_order = pieces.windows(2).all(|w| w[0].outer().end <= w[1].open);
    if in_order {
        return;
    }
    let mut order: Vec<usize> = (0..pieces.len()).collect();
    order.sort_by_key(|&k| pieces[k].open);
    let mut new_index = vec![None; pieces.len()];
    let mut kept = Vec::with_capacity(pieces.len());
    let mut free_from = 0;
    for k in order {
        let outer = pieces[k].outer();
        if outer.start >= free_from {
            free_from = outer.end;
            new_index[k] = Some(kept.len());
            kept.push(pieces[k].clone());
        }
    }
    for (k, piece) in kept.iter_mut().enumerate() {
        // A piece whose group head was dropped heads its own group.
        piece.group = new_index[piece.group].filter(|&g| g <= k).unwrap_or(k);
    }
    *pieces = kept;
}

/// An opening mark right before a capitalised word (`‘This`), as quoted
/// speech opens; not an apostrophe (`‘bout`, `'90s`, `'s`).
fn opens_a_sentence(input: &Input<'_>, m: &Mark) -> bool {
    m.dir == QuoteMark::Opening
        && input.tokens.get(m.last + 1).is_some_and(|t| {
            t.is_word() && t.is_capitalised() && !input.tokens[m.last].spaced_from(t)
        })
}

/// A mark right after punctuation (`us,’`, `done.’`), as quoted speech
/// closes.
fn after_punctuation(input: &Input<'_>, m: &Mark) -> bool {
    m.first.checked_sub(1).is_some_and(|p| {
        let t = &input.tokens[p];
        !t.spaced_from(&input.tokens[m.first])
            && matches!(
                &input.text[t.range()],
                "," | "." | "!" | "?" | "…" | ";" | ":"
            )
    })
}

/// Is the single mark `m` the apostrophe of a plural possessive: right
/// after a word ending in `s` and before a lower-case word (`the Tories'
/// mistakes`)?
fn plural_possessive(input: &Input<'_>, m: &Mark) -> bool {
    let tokens = input.tokens;
    let word_before = m.first.checked_sub(1).is_some_and(|p| {
        let t = &tokens[p];
        t.kind == TokenKind::Word
            && !t.spaced_from(&tokens[m.first])
            && input.text[t.range()].ends_with(['s', 'S'])
    });
    let lower_after = tokens[m.last + 1..]
        .iter()
        .find(|t| !t.is_space())
        .is_some_and(|t| {
            t.kind == TokenKind::Word && !t.is_capitalised() && tokens[m.last].spaced_from(t)
        });
    word_before && lower_after
}

/// Does paragraph `p` open with a single mark that opens a sentence?
fn next_opens_with_single_mark(input: &Input<'_>, p: usize) -> bool {
    input.segments.paragraphs.get(p).is_some_and(|para| {
        mark_of(input, para.start)
            .is_some_and(|m| m.family == QuoteFamily::Single && opens_a_sentence(input, &m))
    })
}

fn next_opens_with_mark(input: &Input<'_>, p: usize) -> bool {
    let Some(para) = input.segments.paragraphs.get(p) else {
        return false;
    };
    mark_of(input, para.start).is_some_and(|m| {
        let single = m.family == QuoteFamily::Single;
        let doubled = single
            && input.tokens.get(para.start + 1).is_some_and(|t| {
                t.quote_family() == Some(QuoteFamily::Single)
                    && !input.tokens[para.start].spaced_from(t)
            });
        (!single || doubled) && m.dir != QuoteMark::Closing
    })
}
