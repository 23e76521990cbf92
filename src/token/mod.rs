//! Stage 1: tokens, sentences and paragraphs.
//!
//! The tokenizer makes one left-to-right pass over the bytes. Runs of ASCII
//! letters, digits, spaces and punctuation are classified through a byte
//! table; only non-ASCII characters are decoded, and only characters that may
//! continue a grapheme (combining marks, emoji modifiers) consult
//! `unicode-segmentation`. Every token boundary is therefore a `char`
//! boundary and the whole pass is linear in the input.

mod abbrev;
mod segment;

pub(crate) use abbrev::{
    find_byte, is_abbreviation, is_sentence_starter, lines, list_entries, trim,
};
pub(crate) use segment::{segment, Segments};

use crate::span::Span;
use unicode_segmentation::GraphemeCursor;

/// What a [`Token`] is.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, with inner apostrophes and hyphens (`don’t`, `Moscow's`,
    /// `full-scale`) and abbreviation periods (`U.S.`, `Sen.`).
    Word,
    /// A token that starts with a digit: `2025`, `1,500`, `3.5`, `30-day`.
    Number,
    /// Any other visible character, or a run of the same one (`...`, `--`).
    Punct,
    /// A quotation mark, with its direction guessed from context.
    Quote(QuoteMark),
    /// Spaces and tabs with no line break.
    Space,
    /// Whitespace that holds one or more line breaks. Paragraphs end here.
    LineBreak,
}

/// Direction of a quotation mark.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteMark {
    /// Opens a quotation: `“`, `„`, `«`, or a straight mark after a space.
    Opening,
    /// Closes a quotation: `”`, `»`, or a straight mark before a space.
    Closing,
    /// A straight mark whose direction the context does not tell.
    Ambiguous,
}

/// Which family of quotation marks a mark belongs to. Single marks nest
/// inside double ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum QuoteFamily {
    Double,
    Single,
}

pub(crate) const FLAG_ABBREV: u8 = 1;
/// An abbreviation that may also end a sentence (`U.S.`, `Inc.`).
pub(crate) const FLAG_TERMINAL: u8 = 2;
pub(crate) const FLAG_UPPER: u8 = 4;
pub(crate) const FLAG_SINGLE_QUOTE: u8 = 8;
/// A word with an inner hyphen (`Kremlin-backed`, `Hong Kong-based`).
pub(crate) const FLAG_HYPHEN: u8 = 16;

/// A token as the pipeline stores it: its byte range, a kind and a few
/// flags, in 12 bytes. Every stage reads the token array of the whole
/// document, several times; 32-bit offsets halve that traffic, and cap the
/// text one extraction analyses at [`MAX_TEXT`] bytes. A lone space between
/// two tokens, four in ten tokens of news, is not stored: the one-byte gap
/// between its neighbours stands for it ([`RawToken::spaced_from`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawToken {
    start: u32,
    end: u32,
    pub kind: TokenKind,
    pub flags: u8,
}

/// The longest text analysed in one extraction: 4 GiB, less one byte.
pub(crate) const MAX_TEXT: usize = u32::MAX as usize;

impl RawToken {
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start(), self.end())
    }
    #[inline]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }
    #[inline]
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word)
    }
    #[inline]
    pub fn is_space(&self) -> bool {
        matches!(self.kind, TokenKind::Space | TokenKind::LineBreak)
    }
    /// Whether one space lies between this token and `next`, the token
    /// stored after it: the tokenizer stores no token for a lone space
    /// between two others.
    #[inline]
    pub fn spaced_from(&self, next: &RawToken) -> bool {
        next.start > self.end
    }
    /// The space token left out between this token and `next`, if any.
    #[inline]
    pub fn space_before(&self, next: &RawToken) -> Option<RawToken> {
        self.spaced_from(next).then_some(RawToken {
            start: self.end,
            end: next.start,
            kind: TokenKind::Space,
            flags: 0,
        })
    }
    /// Starts with an upper-case letter.
    #[inline]
    pub fn is_capitalised(&self) -> bool {
        self.flags & FLAG_UPPER != 0
    }
    #[inline]
    pub fn has_hyphen(&self) -> bool {
        self.flags & FLAG_HYPHEN != 0
    }
    #[inline]
    pub fn is_abbreviation(&self) -> bool {
        self.flags & FLAG_ABBREV != 0
    }
    #[inline]
    pub fn quote_family(&self) -> Option<QuoteFamily> {
        match self.kind {
            TokenKind::Quote(_) if self.flags & FLAG_SINGLE_QUOTE != 0 => Some(QuoteFamily::Single),
            TokenKind::Quote(_) => Some(QuoteFamily::Double),
            _ => None,
        }
    }
}

/// A token of the text: a word, number, punctuation mark, quotation mark or
/// whitespace run, with its span in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    text: &'a str,
    raw: RawToken,
}

impl<'a> Token<'a> {
    pub(crate) fn new(text: &'a str, raw: RawToken) -> Token<'a> {
        Token { text, raw }
    }
    /// The byte span of the token.
    pub fn span(&self) -> Span {
        self.raw.span()
    }
    /// The token's text.
    pub fn as_str(&self) -> &'a str {
        &self.text[self.raw.range()]
    }
    /// What kind of token this is.
    pub fn kind(&self) -> TokenKind {
        self.raw.kind
    }
    /// True for abbreviations and initials kept with their period
    /// (`Sen.`, `U.S.`, `J.D.`), which do not end a sentence by themselves.
    pub fn is_abbreviation(&self) -> bool {
        self.raw.is_abbreviation()
    }
}

// Byte classes for the ASCII fast path.
const OTHER: u8 = 0;
const ALPHA: u8 = 1;
const DIGIT: u8 = 2;
const SPACE: u8 = 3;
const NEWLINE: u8 = 4;
const QUOTE: u8 = 5;
const NONASCII: u8 = 6;

static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            NONASCII
        } else if b.is_ascii_alphabetic() {
            ALPHA
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b == b'\n' || b == b'\r' {
            NEWLINE
        } else if b == b' ' || b == b'\t' || b == 0x0b || b == 0x0c {
            SPACE
        } else if b == b'"' || b == b'\'' {
            QUOTE
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> u8 {
    CLASS[b as usize]
}

/// After a run of ASCII letters and digits, the bytes that end a word
/// ([`ENDS_WORD`]) or a number ([`ENDS_NUMBER`]) there for certain: white
/// space, and ASCII marks that join nothing. An apostrophe, `-`, `&`, `_`
/// or `.` may go on with the word, and `,`, `:` or `.` with a number
/// (`1,500`, `3:30`); those, and characters beyond ASCII, are settled by
/// [`Tokenizer::joined_word`].
static WORD_END: [u8; 256] = {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if !b.is_ascii_alphanumeric() && !matches!(b, b'\'' | b'-' | b'&' | b'_' | b'.') {
            t[i] = if matches!(b, b',' | b':') {
                ENDS_WORD
            } else {
                ENDS_WORD | ENDS_NUMBER
            };
        }
        i += 1;
    }
    t
};
const ENDS_WORD: u8 = 1;
const ENDS_NUMBER: u8 = 2;

/// A word's kind and flags from its first byte, when that is an ASCII
/// letter or digit, with the [`WORD_END`] bit of its end: looked up, not
/// worked out again for every word.
#[derive(Clone, Copy)]
struct WordStart {
    kind: TokenKind,
    flags: u8,
    ends: u8,
}

static WORD_START: [WordStart; 256] = {
    let word = WordStart {
        kind: TokenKind::Word,
        flags: 0,
        ends: ENDS_WORD,
    };
    let mut t = [word; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_digit() {
            t[i] = WordStart {
                kind: TokenKind::Number,
                flags: 0,
                ends: ENDS_NUMBER,
            };
        } else if b.is_ascii_uppercase() {
            t[i].flags = FLAG_UPPER;
        }
        i += 1;
    }
    t
};

#[inline]
fn is_alnum_byte(b: u8) -> bool {
    matches!(class(b), ALPHA | DIGIT)
}

/// `b` in every byte of a word.
const fn bytes_of(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// The high bit set in each byte of `word` that is an ASCII letter or
/// digit, correct up to and including the first byte that is not; the
/// bytes after that one may be wrong. Adding the bounds carries out of a
/// byte only when its high bit is set, and such a byte is no letter or
/// digit whatever the carries into it.
#[inline]
fn alnum_bytes(word: u64) -> u64 {
    // The high bit of `x + bytes_of(0x80 - lo)` says `x >= lo` for a 7-bit
    // `x`.
    let at_least = |x: u64, lo: u8| x.wrapping_add(bytes_of(0x80 - lo));
    // Setting 0x20 maps upper-case letters onto lower-case ones.
    let folded = word | bytes_of(0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(word, b'0') & !at_least(word, b'9' + 1);
    (letter | digit) & !word & bytes_of(0x80)
}

/// The end of the run of ASCII letters and digits that starts at `i`,
/// eight bytes at a time: words are read once, with no test per byte.
/// (Sixteen at a time ran 9% slower on the bench text and no measurably
/// faster on real news.)
#[inline]
fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let other = !alnum_bytes(u64::from_le_bytes(*chunk)) & bytes_of(0x80);
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| is_alnum_byte(b)) {
        i += 1;
    }
    i
}

/// Decodes the char at byte offset `i`, which must be a char boundary.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\0')
}

#[inline]
fn is_line_break_char(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_opening_quote_char(c: char) -> bool {
    matches!(c, '“' | '„' | '‟' | '«' | '‹' | '‚')
}

fn is_closing_quote_char(c: char) -> bool {
    matches!(c, '”' | '»' | '›')
}

/// `FranÃ§ois`, `CarreÃ±o`: UTF-8 read as Latin-1 and encoded again turns
/// an accented letter into `Ã` or `Â` and a control or sign of
/// U+0080..U+00BF (twice over: `FranÃ\u{83}Â§ois`). Such a character right
/// after `Ã` or `Â` (bytes C3 83, C3 82, or decomposed, the combining tilde
/// or circumflex CC 83, CC 82) stays in the word, so that the name is not
/// cut in two.
fn mojibake_tail(bytes: &[u8], i: usize, c: char) -> bool {
    ('\u{80}'..='\u{bf}').contains(&c)
        && i >= 2
        && matches!(bytes[i - 2..i], [0xC3 | 0xCC, 0x82 | 0x83])
}

/// True when `i` is inside a grapheme cluster that started earlier, e.g. at
/// a combining accent or an emoji modifier.
fn continues_grapheme(text: &str, i: usize) -> bool {
    // Curly quotes, apostrophes and dashes after a word, the commonest case
    // by far, are settled without the tables: general punctuation from
    // U+2010 to U+2027 extends no cluster, and joins the character before
    // it only when that is a prepended mark, which no ASCII character is.
    let bytes = text.as_bytes();
    if i > 0
        && bytes[i - 1] < 0x80
        && bytes[i..].starts_with(&[0xE2, 0x80])
        && bytes.get(i + 2).is_some_and(|b| (0x90..=0xA7).contains(b))
    {
        return false;
    }
    let mut cursor = GraphemeCursor::new(i, text.len(), true);
    // Without pre-context the cursor asks for it; a handful of chars is
    // always enough for the combining and joining cases that matter here.
    let mut ctx_start = i;
    for _ in 0..4 {
        match cursor.is_boundary(&text[ctx_start..], ctx_start) {
            Ok(b) => return !b,
            Err(unicode_segmentation::GraphemeIncomplete::PreContext(p)) => {
                let mut s = p.saturating_sub(1);
                while !text.is_char_boundary(s) {
                    s -= 1;
                }
                cursor.provide_context(&text[s..p], s);
                ctx_start = s;
            }
            Err(_) => return false,
        }
    }
    false
}

/// The tokens of `text` with its sentences and paragraphs.
pub(crate) fn analyze(text: &str) -> (Vec<RawToken>, Segments) {
    // News runs at about one stored token (word, mark or whitespace other
    // than a lone space) per five bytes; reserving a quarter of the length
    // avoids regrowing on most text.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    tokenize(text, &mut tokens);
    let mut segments = Segments::default();
    segment(text, &tokens, &mut segments);
    (tokens, segments)
}

/// Splits `text` into tokens. Never panics; linear in `text.len()`. Of a
/// text longer than [`MAX_TEXT`], only the part up to its last line break
/// before that limit is read.
pub(crate) fn tokenize(text: &str, out: &mut Vec<RawToken>) {
    let text = analysed_part(text, MAX_TEXT);
    Tokenizer {
        text,
        bytes: text.as_bytes(),
        out,
        open_single: false,
    }
    .run()
}

/// The part of `text` one extraction reads: all of it up to `limit` bytes,
/// else up to its last line break before `limit` (or the last character
/// boundary, in a text with no line break there).
fn analysed_part(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    let mut cut = limit;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    head.rfind('\n').map_or(head, |nl| &head[..=nl])
}

struct Tokenizer<'t, 'o> {
    text: &'t str,
    bytes: &'t [u8],
    out: &'o mut Vec<RawToken>,
    /// An opening single quote is waiting for its close in this paragraph,
    /// so a trailing `s’` closes it rather than marking a plural possessive.
    open_single: bool,
}

impl Tokenizer<'_, '_> {
    fn push(&mut self, start: usize, end: usize, kind: TokenKind, flags: u8) {
        // `tokenize` reads no further than `MAX_TEXT`, so offsets fit.
        self.out.push(RawToken {
            start: start as u32,
            end: end as u32,
            kind,
            flags,
        });
    }

    fn run(&mut self) {
        let mut i = 0;
        while let Some(&b) = self.bytes.get(i) {
            i = match class(b) {
                // Most words follow a word and a space: they are read here,
                // without a turn of the main loop each.
                ALPHA | DIGIT => {
                    let mut at = i;
                    loop {
                        at = self.word(at);
                        if !self.bytes.get(at).is_some_and(|&b| is_alnum_byte(b)) {
                            break at;
                        }
                    }
                }
                SPACE if i > 0 && self.lone_space_at(i) => i + 1,
                SPACE | NEWLINE => self.whitespace(i),
                QUOTE => self.straight_quote(i),
                OTHER => match matches!(b, b'@' | b':').then(|| self.link_end(i)).flatten() {
                    Some(end) => self.link(i, end),
                    None => {
                        // `, ` and `. `: the space after the mark, when
                        // lone, is read here, as after a word.
                        let end = self.ascii_punct(i);
                        end + self.lone_space_at(end) as usize
                    }
                },
                _ => self.non_ascii(i),
            };
        }
    }

    /// Whether a lone space between two tokens is at `i`. Most white space
    /// is one space between words. It gets no token: the gap between the
    /// tokens around it stands for it, which spares every stage reading it.
    #[inline]
    fn lone_space_at(&self, i: usize) -> bool {
        self.bytes.get(i) == Some(&b' ')
            && self.bytes.get(i + 1).is_some_and(|&b| b > b' ' && b < 0x80)
    }

    /// At an `@` or `://` that joins the word before it to more text, the
    /// end of the e-mail address or URL; `None` elsewhere.
    fn link_end(&self, i: usize) -> Option<usize> {
        let bytes = self.bytes;
        let joined = self.out.last().is_some_and(|t| t.end() == i && t.is_word());
        let is_link = match bytes[i] {
            b'@' => joined && self.alnum_at(i + 1),
            b':' => joined && bytes[i + 1..].starts_with(b"//") && self.alnum_at(i + 3),
            _ => false,
        };
        if !is_link {
            return None;
        }
        let mut end = i;
        while end < bytes.len()
            && !matches!(class(bytes[end]), SPACE | NEWLINE | QUOTE | NONASCII)
            && !matches!(bytes[end], b'<' | b'>' | b')' | b']')
        {
            end += 1;
        }
        // Sentence punctuation after the link is not part of it.
        while end > i + 1 && matches!(bytes[end - 1], b'.' | b',' | b';' | b':' | b'!' | b'?') {
            end -= 1;
        }
        Some(end)
    }

    /// Makes one lower-case word token of an e-mail address or URL, merging
    /// the tokens of it already emitted, so no part of it passes for a name.
    /// An address starts after a slash (`Jane Roe/HOU/ACME@ACME.COM`, as
    /// mail systems write a person's unit); one whose domain has no dot
    /// (`Jane Roe@ACME`, a person at an organisation in a mail system's
    /// header) leaves the name before it alone.
    #[cold]
    fn link(&mut self, at: usize, end: usize) -> usize {
        let mut start = at;
        let address = self.bytes[at] == b'@';
        let local_name = address && !self.bytes[at..end].contains(&b'.');
        while let Some(t) = self.out.last() {
            if local_name
                || t.end() != start
                || t.is_space()
                || matches!(t.kind, TokenKind::Quote(_))
                || (address && &self.bytes[t.range()] == b"/")
            {
                break;
            }
            start = t.start();
            self.out.pop();
        }
        self.push(start, end, TokenKind::Word, 0);
        end
    }

    fn non_ascii(&mut self, i: usize) -> usize {
        let c = char_at(self.text, i);
        let len = c.len_utf8();
        // Curly quotation marks and dashes, the commonest characters beyond
        // ASCII in news, are neither space nor letters: they are told apart
        // before the Unicode tables, which cost hundreds of instructions.
        if is_opening_quote_char(c) {
            // `“It's unusual,“ said …`: typed in the place of `”`, the
            // opening glyph closes when it hangs off the word before it.
            let mark = match quote_direction(self.text, i, i + len) {
                QuoteMark::Closing if c == '“' => QuoteMark::Closing,
                _ => QuoteMark::Opening,
            };
            self.quote(i, i + len, mark, c == '‚');
            i + len
        } else if is_closing_quote_char(c) {
            self.quote(i, i + len, QuoteMark::Closing, c == '›');
            i + len
        } else if c == '‘' || c == '’' {
            self.curly_single(i, c)
        } else if matches!(c, '—' | '–') {
            self.punct(i, len)
        } else if c.is_whitespace() {
            self.whitespace(i)
        } else if c.is_alphanumeric() {
            self.joined_word(i, i)
        } else {
            self.punct(i, len)
        }
    }

    fn whitespace(&mut self, start: usize) -> usize {
        let n = self.bytes.len();
        let mut i = start;
        let mut breaks = false;
        while i < n {
            let b = self.bytes[i];
            match class(b) {
                SPACE => i += 1,
                NEWLINE => {
                    breaks = true;
                    i += 1
                }
                NONASCII => {
                    let c = char_at(self.text, i);
                    if !c.is_whitespace() {
                        break;
                    }
                    breaks |= is_line_break_char(c);
                    i += c.len_utf8();
                }
                _ => break,
            }
        }
        if breaks {
            self.open_single = false;
        }
        let kind = if breaks {
            TokenKind::LineBreak
        } else {
            TokenKind::Space
        };
        self.push(start, i, kind, 0);
        i
    }

    /// An ASCII mark, or a run of the same one (`...`, `--`). Not inlined:
    /// in the main loop it would take registers from the word path.
    #[inline(never)]
    fn ascii_punct(&mut self, start: usize) -> usize {
        let b = self.bytes[start];
        let mut end = start + 1;
        if matches!(b, b'.' | b'-' | b'!' | b'?' | b'*' | b'=' | b'_' | b'#') {
            while self.bytes.get(end) == Some(&b) {
                end += 1;
            }
        }
        self.push(start, end, TokenKind::Punct, 0);
        end
    }

    /// A visible character beyond ASCII of `len` bytes, with any that
    /// continue its grapheme cluster (emoji and the like).
    fn punct(&mut self, start: usize, len: usize) -> usize {
        let mut end = start + len;
        while end < self.bytes.len()
            && self.bytes[end] >= 0x80
            && continues_grapheme(self.text, end)
        {
            end += char_at(self.text, end).len_utf8();
        }
        self.push(start, end, TokenKind::Punct, 0);
        end
    }

    fn quote(&mut self, start: usize, end: usize, mark: QuoteMark, single: bool) {
        if single {
            match mark {
                QuoteMark::Opening => self.open_single = true,
                QuoteMark::Closing => self.open_single = false,
                QuoteMark::Ambiguous => {}
            }
        }
        let flags = if single { FLAG_SINGLE_QUOTE } else { 0 };
        self.push(start, end, TokenKind::Quote(mark), flags);
    }

    fn straight_quote(&mut self, i: usize) -> usize {
        let single = self.bytes[i] == b'\'';
        let mark = quote_direction(self.text, i, i + 1);
        self.quote(i, i + 1, mark, single);
        i + 1
    }

    fn curly_single(&mut self, i: usize, c: char) -> usize {
        let end = i + c.len_utf8();
        let mark = match (c, quote_direction(self.text, i, end)) {
            ('‘', QuoteMark::Ambiguous) => QuoteMark::Opening,
            ('’', QuoteMark::Ambiguous) => QuoteMark::Closing,
            (_, m) => m,
        };
        self.quote(i, end, mark, true);
        end
    }

    /// Length of an apostrophe (`'` or `’`) at `i`, if there is one.
    #[inline]
    fn apostrophe_at(&self, i: usize) -> usize {
        match self.bytes.get(i) {
            Some(b'\'') => 1,
            Some(0xE2)
                if self.bytes.get(i + 1) == Some(&0x80) && self.bytes.get(i + 2) == Some(&0x99) =>
            {
                3
            }
            _ => 0,
        }
    }

    /// True when a letter or digit starts at `i`.
    #[inline]
    fn alnum_at(&self, i: usize) -> bool {
        match self.bytes.get(i) {
            Some(&b) if b < 0x80 => is_alnum_byte(b),
            Some(_) => char_at(self.text, i).is_alphanumeric(),
            None => false,
        }
    }

    #[inline]
    fn letter_at(&self, i: usize) -> bool {
        match self.bytes.get(i) {
            Some(&b) if b < 0x80 => b.is_ascii_alphabetic(),
            Some(_) => char_at(self.text, i).is_alphabetic(),
            None => false,
        }
    }

    /// A word or number from the ASCII letter or digit at `start`; returns
    /// where the next token starts. Most are one run of ASCII letters or
    /// digits that ends at white space or a mark such as a comma, taken
    /// here without a call; the rest go on in [`Self::joined_word`].
    #[inline(always)]
    fn word(&mut self, start: usize) -> usize {
        let end = alnum_run_end(self.bytes, start);
        let WordStart { kind, flags, ends } = WORD_START[self.bytes[start] as usize];
        let ended = self
            .bytes
            .get(end)
            .map_or(true, |&b| WORD_END[b as usize] & ends != 0);
        if !ended {
            return self.joined_word(start, end);
        }
        self.push(start, end, kind, flags);
        // The space after the word, when lone, is read here rather than on
        // another turn of the main loop.
        end + self.lone_space_at(end) as usize
    }

    /// The word from `start` whose first run of ASCII letters and digits
    /// ends at `run_end`: non-ASCII letters, connectors, possessives and
    /// abbreviation periods may extend it.
    #[inline(never)]
    fn joined_word(&mut self, start: usize, run_end: usize) -> usize {
        let n = self.bytes.len();
        let numeric = self.bytes[start].is_ascii_digit();
        let mut flags = 0;
        let mut i = run_end;
        loop {
            // Letters, digits and grapheme extenders beyond ASCII.
            if self.bytes.get(i).is_some_and(|&b| b >= 0x80) {
                let c = char_at(self.text, i);
                // Curly quotes, dashes and the ellipsis end most words that
                // end in a non-ASCII character: their block holds no letter
                // and no extender, and Unicode's tables are slow to say so.
                if (!('\u{2010}'..='\u{205E}').contains(&c) && c.is_alphanumeric())
                    || continues_grapheme(self.text, i)
                    || mojibake_tail(self.bytes, i, c)
                {
                    i = alnum_run_end(self.bytes, i + c.len_utf8());
                    continue;
                }
            }
            if i >= n || matches!(class(self.bytes[i]), SPACE | NEWLINE) {
                break;
            }
            // Connectors that keep the word going when a letter or digit follows.
            let apostrophe = self.apostrophe_at(i);
            let b = self.bytes[i];
            let joins_number = numeric
                && matches!(b, b'.' | b',' | b':')
                && self.bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                && self.bytes[i - 1].is_ascii_digit();
            if apostrophe > 0 && self.letter_at(i + apostrophe) {
                i += apostrophe;
            } else if (matches!(b, b'-' | b'&' | b'_') && self.alnum_at(i + 1)) || joins_number {
                if b == b'-' {
                    flags |= FLAG_HYPHEN;
                }
                i += 1;
            } else {
                break;
            }
            i = alnum_run_end(self.bytes, i);
        }
        let first = self.bytes[start];
        let upper = if first < 0x80 {
            first.is_ascii_uppercase()
        } else {
            char_at(self.text, start).is_uppercase()
        };
        if !numeric && upper {
            flags |= FLAG_UPPER;
        }
        // Plural possessive: `voters’`, unless a single quotation is open.
        let apostrophe = if i < n && class(self.bytes[i]) != SPACE {
            self.apostrophe_at(i)
        } else {
            0
        };
        if apostrophe > 0
            && !self.open_single
            && matches!(self.bytes[i - 1], b's' | b'S')
            && !self.alnum_at(i + apostrophe)
        {
            i += apostrophe;
        } else if i < n && self.bytes[i] == b'.' && !numeric {
            let (end, abbrev) = self.abbreviation(start, i);
            i = end;
            flags |= abbrev;
            // `the F.D.A.'s office`: a possessive after an initialism's
            // period is the word's, and no sentence ends before it.
            let apostrophe = self.apostrophe_at(i);
            if abbrev != 0
                && apostrophe > 0
                && matches!(self.bytes.get(i + apostrophe), Some(b's' | b'S'))
                && !self.alnum_at(i + apostrophe + 1)
            {
                i += apostrophe + 1;
                flags &= !FLAG_TERMINAL;
            }
        }
        let kind = if numeric {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        self.push(start, i, kind, flags);
        i
    }

    /// Decides whether the period at `dot` belongs to the word
    /// `start..dot`; returns the word's end and its abbreviation flags.
    fn abbreviation(&self, start: usize, dot: usize) -> (usize, u8) {
        match self.known_abbreviation(start, dot) {
            (_, 0) => self.party_tag(start, dot),
            found => found,
        }
    }

    /// A party tag (`R-Calif.`, `D-N.Y.`) ends in a state's abbreviation,
    /// which keeps its period. Apart from [`Tokenizer::abbreviation`], and
    /// cold, to leave the common path small.
    /// The state's may hold periods of its own (`D-W.Va.`, `R-N.H.`).
    #[cold]
    fn party_tag(&self, start: usize, dot: usize) -> (usize, u8) {
        let word = &self.bytes[start..dot];
        let Some(h) = word
            .iter()
            .rposition(|&b| b == b'-')
            .filter(|&h| h + 1 < word.len())
        else {
            return (dot, 0);
        };
        let (end, flags) = self.known_abbreviation(start + h + 1, dot);
        if flags & FLAG_TERMINAL != 0 {
            return (end, flags);
        }
        // The longest listed abbreviation in the letters and periods that
        // follow (`W.Va.`); a state's is a few bytes long.
        let state = start + h + 1;
        let mut end = dot;
        while end < self.bytes.len()
            && end - state < 8
            && (self.bytes[end].is_ascii_alphabetic() || self.bytes[end] == b'.')
        {
            end += 1;
        }
        (dot..end)
            .rev()
            .filter(|&p| self.bytes[p] == b'.')
            .find(|&p| abbrev::lookup(&self.text[state..=p]) == Some(abbrev::Abbrev::Terminal))
            .map_or((dot, 0), |p| (p + 1, FLAG_ABBREV | FLAG_TERMINAL))
    }

    /// [`Tokenizer::abbreviation`] for the initialisms and the listed
    /// abbreviations.
    fn known_abbreviation(&self, start: usize, dot: usize) -> (usize, u8) {
        let bytes = self.bytes;
        let word = &self.text[start..dot];
        // Initialisms: single letters joined by periods (U.S., J.D., a.m.).
        if word.len() == 1 {
            let mut end = dot + 1;
            let mut letters = 1;
            while end + 1 < bytes.len()
                && bytes[end].is_ascii_alphabetic()
                && bytes[end + 1] == b'.'
            {
                end += 2;
                letters += 1;
            }
            if letters > 1 {
                return (end, FLAG_ABBREV | FLAG_TERMINAL);
            }
            // A lone capital with a period is an initial (`George W. Bush`).
            if bytes[start].is_ascii_uppercase() {
                return (dot + 1, FLAG_ABBREV);
            }
        }
        let with_dot = &self.text[start..=dot];
        match abbrev::lookup(with_dot) {
            Some(abbrev::Abbrev::Inner) => {
                // `No.` is an abbreviation only before a number.
                if with_dot == "No." && !matches!(bytes.get(dot + 2), Some(b) if b.is_ascii_digit())
                {
                    return (dot, 0);
                }
                (dot + 1, FLAG_ABBREV)
            }
            Some(abbrev::Abbrev::Terminal) => (dot + 1, FLAG_ABBREV | FLAG_TERMINAL),
            None => (dot, 0),
        }
    }
}

/// Is `word` written in capitals (`WASHINGTON`, `U.N.`, `NATO`)? Most
/// words start with a capital and go on in lower case: the second letter
/// settles them, inline, without decoding the rest.
#[inline]
pub(crate) fn is_all_caps(word: &str) -> bool {
    match word.as_bytes() {
        [_, second, ..] if second.is_ascii_lowercase() => false,
        _ => has_capitals_only(word),
    }
}

/// More than one letter, and none in lower case.
#[inline(never)]
fn has_capitals_only(word: &str) -> bool {
    // Text in capitals asks this of every word several times: ASCII ones,
    // nearly all, are settled in one pass over their bytes.
    let mut capitals = 0;
    for &b in word.as_bytes() {
        if b >= 0x80 {
            return word.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !word.chars().any(char::is_lowercase);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        capitals += usize::from(b.is_ascii_uppercase());
    }
    capitals > 1
}

/// Direction of a quotation mark (one character, or two apostrophes
/// read as one double mark) at `start..end` of `text`, from the characters
/// around it.
pub(crate) fn quote_direction(text: &str, start: usize, end: usize) -> QuoteMark {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let opens_after = |c: Option<char>| match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/')
                || is_opening_quote_char(c)
                || c == '‘'
        }
    };
    let closes_before = |c: Option<char>| match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–'
                )
                || is_closing_quote_char(c)
        }
    };
    let space_before = before.map_or(true, char::is_whitespace);
    let space_after = after.map_or(true, char::is_whitespace);
    if opens_after(before) && !space_after {
        QuoteMark::Opening
    } else if (closes_before(after) || space_after) && !space_before {
        QuoteMark::Closing
    } else {
        QuoteMark::Ambiguous
    }
}

#[cfg(test)]
mod tests;
