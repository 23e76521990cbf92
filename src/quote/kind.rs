//! Direct or partial, and quoted names that are not speech at all.
//!
//! The decision reads only the shape of the quote and its two neighbours:
//! a quote that stands in the place of a clause (after a colon or comma, at
//! the start of a sentence, before `,” she said`) is direct; one that fills
//! a slot of the writer's own sentence (`held “very good” talks`) is
//! partial unless it is itself a full capitalised sentence.

use super::marks::Piece;
use super::{Ctx, QuoteKind};
use crate::gazetteer::WordGroup;
use crate::token::TokenKind;

/// What a quoted piece is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    Speech(QuoteKind),
    /// A title of a work, a slogan or a nickname in Title Case inside the
    /// writer's sentence: `the show “Morning Joe”`.
    Name,
}

/// Enough words for a capitalised quote to be a sentence rather than a name.
const SENTENCE_WORDS: usize = 4;
/// A work's title after the noun for it is at most this long.
const TITLE_WORDS: usize = 12;
/// A Title Case name is at most this long.
const NAME_WORDS: usize = 8;

fn is_terminal(s: &str) -> bool {
    matches!(
        s,
        "." | "!" | "?" | "…" | "..." | "?!" | "!!" | "!!!" | "??"
    )
}

fn is_clause_end(s: &str) -> bool {
    is_terminal(s) || matches!(s, "," | ";" | ":" | "—" | "–" | "--")
}

pub(super) fn classify(cx: &Ctx<'_>, piece: &Piece) -> Class {
    let tokens = cx.input.tokens;
    let para = cx.paragraph(piece.para);
    let visible = || piece.content.clone().filter(|&i| !tokens[i].is_space());
    let words = visible()
        .filter(|&i| matches!(tokens[i].kind, TokenKind::Word))
        .count();
    let last = visible().next_back().map_or("", |i| cx.text(i));
    // A closing single quote or bracket may follow the sentence's period.
    let last_punct = visible()
        .rev()
        .take(2)
        .map(|i| cx.text(i))
        .find(|s| !matches!(*s, "’" | "'" | ")" | "]"))
        .unwrap_or("");
    let starts_upper = visible()
        .find(|&i| matches!(tokens[i].kind, TokenKind::Word | TokenKind::Number))
        .is_some_and(|i| tokens[i].is_capitalised() || matches!(tokens[i].kind, TokenKind::Number));
    let prev = cx.prev_visible(piece.open, para.start);
    let next = piece.close.and_then(|c| cx.next_visible(c + 1, para.end));
    let word_at = |i: Option<usize>| {
        i.is_some_and(|i| matches!(tokens[i].kind, TokenKind::Word | TokenKind::Number))
    };
    let embedded = word_at(prev);
    let lower_word_after = next
        .is_some_and(|i| matches!(tokens[i].kind, TokenKind::Word) && !tokens[i].is_capitalised());

    // Markup that survived scraping: `author="…"`.
    if prev.is_some_and(|i| cx.text(i) == "=") {
        return Class::Name;
    }
    // A name may carry the sentence's comma or period inside the marks
    // (`on CNN’s “State of the Union,”`), but only mid-sentence, where a
    // quoted sentence would follow a cue instead.
    let name_end = !is_clause_end(last)
        || (embedded && matches!(last, "," | ".") && !prev.is_some_and(|i| cx.cue_starts_at(i)));
    // Title Case words, a last mark allowed.
    let title_words = || {
        words > 0
            && words <= NAME_WORDS
            && visible().all(|i| match tokens[i].kind {
                TokenKind::Word => {
                    tokens[i].is_capitalised()
                        || cx
                            .input
                            .lexicon
                            .in_group(WordGroup::TitleSmallWord, cx.text(i))
                }
                TokenKind::Number => true,
                TokenKind::Punct => {
                    matches!(cx.text(i), "-" | "&" | ":" | "'") || i + 1 == piece.content.end
                }
                _ => false,
            })
    };
    // The title of a work after the noun for it, set off by a comma
    // whatever its case (`the documentary, “13th,”`, `his book, ''Make Your
    // Kid a Millionaire,''`), or capitalised right after it (`the movie
    // “Sharknado 3: Oh Hell No!”`); not `the advertisement “wrongfully”
    // suggests`, nor what the work says (`wrote in her memoir, “I …”`) unless
    // in Title Case (`in her memoir, “Tough Choices.”`).
    let lex = cx.input.lexicon;
    let noun = match prev {
        Some(i) if cx.text(i) == "," => cx.prev_visible(i, para.start),
        i if starts_upper => i,
        _ => None,
    };
    let quoted_from = |noun: usize| {
        let mut k = cx.prev_visible(noun, para.start);
        if let Some(d) = k.filter(|&d| lex.in_group_lower(WordGroup::Determiner, cx.text(d))) {
            k = cx.prev_visible(d, para.start);
        }
        k.is_some_and(|k| matches!(cx.text(k), "in" | "In"))
    };
    // `an ad entitled “Our History”`: a title, whatever its case.
    if words <= TITLE_WORDS && prev.is_some_and(|i| lex.in_group(WordGroup::TitleVerb, cx.text(i)))
    {
        return Class::Name;
    }
    if words <= TITLE_WORDS
        && noun.is_some_and(|i| {
            lex.in_group(WordGroup::WorkNoun, cx.text(i)) && (!quoted_from(i) || title_words())
        })
    {
        return Class::Name;
    }
    if name_end && title_words() && starts_upper && (embedded || word_at(next)) {
        return Class::Name;
    }
    // A line of its own in Title Case is a subheading (`‘All Bets Are
    // Off.’`), not a quote.
    if prev.is_none() && next.is_none() && words >= 3 && starts_upper && title_words() {
        return Class::Name;
    }

    let sentence = starts_upper && is_terminal(last_punct) && words >= SENTENCE_WORDS;
    let direct = if embedded {
        sentence
    } else {
        sentence || is_clause_end(last) || !lower_word_after
    };
    Class::Speech(if direct {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    })
}
