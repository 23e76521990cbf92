//! Sentences and paragraphs over the token stream.
//!
//! Paragraphs end at line breaks, as in scraped news where each paragraph
//! is one line. A sentence ends at `.`, `!`, `?` or `…` (after any closing
//! quotation marks and brackets that follow, so `…end.” Peskov said.` splits
//! after the `”`) when the next word starts a sentence; abbreviations carry
//! their period inside the word token and so never end one, except those
//! that may (`U.S.`, `Inc.`) when a closed-class word follows.

use super::{abbrev, QuoteMark, RawToken, TokenKind, FLAG_TERMINAL};
use std::ops::Range;

/// Sentence and paragraph boundaries, as token index ranges.
#[derive(Clone, Debug, Default)]
pub(crate) struct Segments {
    pub sentences: Vec<Range<usize>>,
    pub paragraphs: Vec<Range<usize>>,
}

impl Segments {
    pub fn clear(&mut self) {
        self.sentences.clear();
        self.paragraphs.clear();
    }
}

/// Read as bytes: every mark is tested, and its text needs no check of
/// character boundaries.
fn is_terminal_punct(s: &[u8]) -> bool {
    s.iter().all(|b| matches!(b, b'.' | b'!' | b'?')) || s == "…".as_bytes() || s == b"?!"
}

fn is_closer(text: &str, t: &RawToken) -> bool {
    match t.kind {
        TokenKind::Quote(QuoteMark::Closing) | TokenKind::Quote(QuoteMark::Ambiguous) => true,
        TokenKind::Punct => matches!(&text[t.range()], ")" | "]"),
        _ => false,
    }
}

/// Could this token begin a new sentence?
fn starts_sentence(text: &str, t: &RawToken) -> bool {
    match t.kind {
        TokenKind::Word => t.is_capitalised() || !text[t.range()].starts_with(char::is_lowercase),
        TokenKind::Number => true,
        TokenKind::Quote(QuoteMark::Opening) | TokenKind::Quote(QuoteMark::Ambiguous) => true,
        TokenKind::Punct => matches!(&text[t.range()], "(" | "[" | "—" | "-" | "•"),
        _ => false,
    }
}

/// Fills `out` with the sentences and paragraphs of `tokens`.
pub(crate) fn segment(text: &str, tokens: &[RawToken], out: &mut Segments) {
    out.clear();
    let n = tokens.len();
    // News runs at one sentence per twenty to thirty tokens, and fewer
    // paragraphs: sized once, the lists are rarely copied to grow.
    out.sentences.reserve(n / 16);
    out.paragraphs.reserve(n / 16);
    let mut para_start: Option<usize> = None;
    let mut sent_start: Option<usize> = None;
    let mut last_visible = 0;
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        if matches!(t.kind, TokenKind::LineBreak) {
            if let Some(s) = sent_start.take() {
                out.sentences.push(s..last_visible + 1);
            }
            if let Some(p) = para_start.take() {
                out.paragraphs.push(p..last_visible + 1);
            }
            i += 1;
            continue;
        }
        if matches!(t.kind, TokenKind::Space) {
            i += 1;
            continue;
        }
        para_start.get_or_insert(i);
        sent_start.get_or_insert(i);
        last_visible = i;
        let ends = match t.kind {
            TokenKind::Punct => is_terminal_punct(&text.as_bytes()[t.range()]),
            TokenKind::Word => t.flags & FLAG_TERMINAL != 0,
            _ => false,
        };
        if ends {
            // Take closing quotes and brackets that follow directly.
            let mut j = i + 1;
            while j < n && !tokens[j - 1].spaced_from(&tokens[j]) && is_closer(text, &tokens[j]) {
                j += 1;
            }
            let lone_space = j < n && tokens[j - 1].spaced_from(&tokens[j]);
            let space_token = j < n && matches!(tokens[j].kind, TokenKind::Space);
            let spaced = lone_space || space_token;
            let next = if space_token { j + 1 } else { j };
            let boundary = match tokens.get(next) {
                None => true,
                Some(nt) if matches!(nt.kind, TokenKind::LineBreak) => true,
                Some(nt) if spaced => {
                    if matches!(t.kind, TokenKind::Word) {
                        matches!(nt.kind, TokenKind::Word)
                            && abbrev::is_sentence_starter(&text[nt.range()])
                    } else {
                        starts_sentence(text, nt)
                    }
                }
                Some(_) => false,
            };
            if boundary {
                last_visible = j - 1;
                if let Some(s) = sent_start.take() {
                    out.sentences.push(s..j);
                }
                i = j;
                continue;
            }
        }
        i += 1;
        // Most tokens are words and numbers inside a sentence, which end
        // nothing: step over them without the tests above.
        let plain = tokens[i..]
            .iter()
            .take_while(|t| {
                matches!(t.kind, TokenKind::Word | TokenKind::Number)
                    && t.flags & FLAG_TERMINAL == 0
            })
            .count();
        if plain > 0 {
            i += plain;
            last_visible = i - 1;
        }
    }
    if let Some(s) = sent_start {
        out.sentences.push(s..last_visible + 1);
    }
    if let Some(p) = para_start {
        out.paragraphs.push(p..last_visible + 1);
    }
}
