//! Recognition rules: where a name starts, where it ends, what it is.

use super::{Evidence, Input, LARGE_CITY};
use crate::gazetteer::{
    lowercase, push_lowercase, strip_possessive, strip_possessive_bytes, title_case, Cue, CueKind,
    Entry, FastMap, Gazetteer, Gender, Label, Lexicon, NameMatch, Title, WordClass, WordGroup,
};
use crate::span::Span;
use crate::token::{is_abbreviation, is_all_caps, is_sentence_starter, RawToken, TokenKind};
use std::cell::Cell;
use std::ops::Range;

/// A title found next to a name.
struct TitleMatch {
    title: Title,
    /// The title's words, lower-cased.
    head: Box<str>,
    span: Span,
    /// The token one past a title before the name, or the first token of
    /// one that ends right before it.
    edge: usize,
}

/// A name found in the text, before linking.
#[derive(Clone, Debug)]
pub(crate) struct Found<'g> {
    pub span: Span,
    pub tokens: Range<usize>,
    pub label: Label,
    /// Gazetteer entries the name may be, best first (empty if unknown).
    pub candidates: &'g [u32],
    pub evidence: Evidence,
    pub gender: Option<Gender>,
    /// A role title stated before the name, lower-cased, with its span.
    pub role: Option<(Box<str>, Span)>,
}

impl Found<'_> {
    /// A one-word person found by the shape of the text alone (`Orlando
    /// was not far from their thoughts`), not by a title or a given name:
    /// what else the document says of the word may show it is a place or
    /// a company.
    pub fn is_guessed_person(&self) -> bool {
        self.label == Label::Person && self.is_guessed()
    }

    /// A one-word name of any kind found by the shape of the text alone
    /// (`in Valeant` read as a place).
    pub fn is_guessed(&self) -> bool {
        self.tokens.len() == 1
            && matches!(
                self.evidence,
                Evidence::Capitalised | Evidence::SpeechSubject
            )
    }
}

/// Longest person name, in words, that the rules build from capitals.
/// Percent of the 1990 US census below which a given name's gender is
/// not taken from the census.
const RARE_GIVEN_NAME: f32 = 0.005;

const MAX_NAME_WORDS: usize = 5;
/// The relative pronouns that only a person takes (`Marek, who …`).
const PERSON_RELATIVES: &[&[u8]] = &[b"who", b"whose"];
/// Longest title, in words, tried before a name.
const MAX_TITLE_WORDS: usize = 8;
/// Longest organisation name built from a head-word pattern.
const MAX_ORG_WORDS: usize = 9;
/// Longest apposition, in tokens, read between a name and its speech verb.
const APPOSITION_WORDS: usize = 16;

/// A personal name's end, as exclusive token index and byte end.
type Run = Option<(usize, usize)>;

struct Cursor<'i, 'a> {
    input: &'i Input<'a>,
    /// Reused buffer for lower-casing.
    lower: String,
    /// `name_word` of each token once asked (0: not yet, 1: no, 2: yes):
    /// the rules ask about the same words several times.
    name_words: Vec<Cell<u8>>,
    /// `class_of` each token once asked.
    classes: Vec<Cell<Option<WordClass>>>,
    /// One past the last token of the sentence being read: no name runs
    /// on into the next sentence.
    sentence_end: usize,
    /// The last `person_run` asked for and its answer: the rules that try
    /// a word after the main ones ask again about the same token.
    last_run: Cell<Option<(usize, Run)>>,
    /// The last token `known_at` found no name at: a title that opens a
    /// longer name (`Sen. Margaret Holloway`) is asked about again, and is
    /// seldom a known name itself.
    last_unknown: Option<usize>,
    /// The sentence being read is a headline in title case (`Clinton Sides
    /// With Unions On Trade`): its capitals say nothing of names.
    headline: bool,
    /// The sentence's first word (after a dateline's dash, the first after
    /// it).
    opening: usize,
    /// The known organisations found so far, by the head word that ends
    /// their name (`Post` for `The Washington Post`), for the short forms
    /// that follow (`the Post`), and whether the name opens with `The` (as
    /// written or as the gazetteers give it).
    short_forms: FastMap<&'a str, (&'a [u32], bool)>,
    /// How many of the names found so far are in `short_forms`.
    short_forms_read: usize,
    /// The last words of the people found so far, for the transcript
    /// labels that name them (`BLINKEN:`) and the employers that are
    /// people (`a spokeswoman for Fiorina`).
    surnames: FastMap<&'a str, ()>,
    /// How many of the names found so far are in `surnames`.
    surnames_read: usize,
    /// One-word known names passed over for want of evidence (`the Orlando
    /// shooting`), with their senses, which linking takes when the
    /// document names them elsewhere with certainty.
    passed_over: Vec<Found<'a>>,
}

impl<'i, 'a> Cursor<'i, 'a> {
    fn tokens(&self) -> &'a [RawToken] {
        self.input.tokens
    }

    fn text_of(&self, i: usize) -> &'a str {
        &self.input.text[self.input.tokens[i].range()]
    }

    /// The bytes of token `i`, for the tests that need no `str`: slicing
    /// bytes skips the character-boundary checks of [`Cursor::text_of`].
    fn bytes_of(&self, i: usize) -> &'a [u8] {
        &self.input.text.as_bytes()[self.input.tokens[i].range()]
    }

    /// The next visible token after `i` when exactly one plain space
    /// separates them (or nothing does).
    fn next_joined(&self, i: usize) -> Option<usize> {
        let t = &self.tokens()[..self.sentence_end];
        let next = t.get(i + 1)?;
        if t[i].spaced_from(next) {
            return Some(i + 1);
        }
        match next.kind {
            TokenKind::Space if t[i + 1].len() == 1 => {
                t.get(i + 2).filter(|n| !n.is_space()).map(|_| i + 2)
            }
            TokenKind::Space | TokenKind::LineBreak => None,
            _ => Some(i + 1),
        }
    }

    /// The visible token before `i` on the same line, separated from it by
    /// one plain space or nothing.
    fn prev_joined(&self, i: usize) -> Option<usize> {
        let t = self.tokens();
        let p = i.checked_sub(1)?;
        if t[p].spaced_from(&t[i]) {
            return Some(p);
        }
        match t[p].kind {
            TokenKind::Space if t[p].len() == 1 => p.checked_sub(1).filter(|&q| !t[q].is_space()),
            TokenKind::Space | TokenKind::LineBreak => None,
            _ => Some(p),
        }
    }

    /// The next visible token after `i` on the same line, whatever spaces lie between.
    fn next_visible(&self, i: usize) -> Option<usize> {
        let t = self.tokens();
        let mut j = i + 1;
        while j < t.len() {
            match t[j].kind {
                TokenKind::LineBreak => return None,
                TokenKind::Space => j += 1,
                _ => return Some(j),
            }
        }
        None
    }

    fn is_cap_word(&self, i: usize) -> bool {
        let t = &self.tokens()[i];
        // The capital first: one test settles most tokens.
        t.is_capitalised() && t.is_word()
    }

    fn is_stopword(&self, i: usize) -> bool {
        self.class_of(i).any(WordClass::STOPWORD)
    }

    /// What the word lists say of token `i` (its possessive stripped),
    /// looked up once per token. Most calls find the answer stored: that
    /// test is inlined, and the lookup's registers are paid only when it
    /// runs.
    #[inline]
    fn class_of(&self, i: usize) -> WordClass {
        match self.classes[i].get() {
            Some(class) => class,
            None => self.look_up_class(i),
        }
    }

    /// `Jean-Marc`, `Mary-Kate`: a word no list holds whose two parts are
    /// given names is a given name too.
    #[inline(never)]
    fn look_up_class(&self, i: usize) -> WordClass {
        let lex = self.input.lexicon;
        let word = strip_possessive(self.text_of(i));
        let mut class = lex.class(word);
        if class == WordClass::default() && self.tokens()[i].has_hyphen() {
            if let Some((a, b)) = word.split_once('-') {
                let given = |w: &str| lex.class(w).any(WordClass::GIVEN_NAME);
                if given(a) && given(b) {
                    class = WordClass::given_name();
                }
            }
        }
        self.classes[i].set(Some(class));
        class
    }

    /// Asked of most words a rule passes over: their bytes answer it.
    #[inline]
    fn ends_with_possessive(&self, i: usize) -> bool {
        let w = self.bytes_of(i);
        strip_possessive_bytes(w).len() < w.len()
    }

    /// The text of tokens `from..=to` in lower case.
    fn lowered(&mut self, from: usize, to: usize) -> &str {
        let s = &self.input.text[self.tokens()[from].start()..self.tokens()[to].end()];
        lowercase(s, &mut self.lower)
    }

    /// A title that starts at `i` (`President` in `President Vladimir
    /// Putin`); its `edge` is the token one past it.
    fn title_at(&mut self, i: usize) -> Option<TitleMatch> {
        let lex = self.input.lexicon;
        if !lex.title_first_words.contains(self.text_of(i)) {
            return None;
        }
        let max = lex.title_max_words.min(MAX_TITLE_WORDS);
        // The key grows by one lower-cased word at a time: the words before
        // are not lower-cased again. Words are joined by one space or
        // nothing, which lower-casing leaves as it is.
        let mut key = std::mem::take(&mut self.lower);
        key.clear();
        let mut best = None;
        let mut end = i;
        for words in 1..=max {
            if words > 1 {
                match self.next_joined(end) {
                    Some(n) if self.tokens()[n].is_word() => {
                        let gap = self.tokens()[end].end()..self.tokens()[n].start();
                        key.push_str(&self.input.text[gap]);
                        end = n;
                    }
                    _ => break,
                }
            }
            push_lowercase(&mut key, self.text_of(end));
            if !lex.is_title_prefix(&key) {
                break;
            }
            if let Some(title) = lex.title(&key) {
                best = Some(TitleMatch {
                    title,
                    head: lex.spelled_out_title(&key).into(),
                    span: Span::new(self.tokens()[i].start(), self.tokens()[end].end()),
                    edge: end + 1,
                });
            }
        }
        self.lower = key;
        best
    }

    /// A title that ends right before `i` (`spokesman` in `spokesman Dmitry
    /// Peskov`); its `edge` is its first token.
    fn title_before(&mut self, i: usize) -> Option<TitleMatch> {
        let max = self.input.lexicon.title_max_words;
        let mut end = self.prev_joined(i)?;
        // An apposition: `the Kremlin's spokesman, Dmitry Peskov`.
        if self.bytes_of(end) == b"," {
            end = self.prev_joined(end)?;
        }
        if !self.tokens()[end].is_word() || self.ends_with_possessive(end) {
            return None;
        }
        if !self
            .input
            .lexicon
            .title_last_words
            .contains(self.text_of(end))
        {
            return None;
        }
        let mut best = None;
        let mut start = end;
        for _ in 0..max {
            let lex = self.input.lexicon;
            let key = self.lowered(start, end);
            if let Some(title) = lex.title(key) {
                best = Some(TitleMatch {
                    title,
                    head: lex.spelled_out_title(key).into(),
                    span: Span::new(self.tokens()[start].start(), self.tokens()[end].end()),
                    edge: start,
                });
            }
            match self.prev_joined(start) {
                Some(p) if self.tokens()[p].is_word() => start = p,
                _ => break,
            }
        }
        best
    }

    /// In a headline, is the capitalised word at `i` a closed-class word
    /// or a speech verb (`Obama Says African-American Museum Will …`)?
    fn headline_verb_or_function_word(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let w = self.text_of(i);
        // A headline's verbs are in the present: `Says`, `Slams`.
        lex.in_group_lower(WordGroup::FunctionWord, w)
            || (w.ends_with('s') && lex.is_speech_verb_any_case(w))
    }

    /// `strategist Karl Rove`, `Former Rep. Chris Shays`: after a title, a
    /// given name alone at `i` (its run ending at `run`) takes the
    /// capitalised word after it as its surname, though the word list
    /// knows it as a rare word, unless that word is a stop word, a title, a
    /// group's or a head word, opens a known place's or organisation's
    /// name, or more capitals follow.
    fn surname_after_title(&self, i: usize, run: (usize, usize)) -> (usize, usize) {
        let run = self.surname_after_given_name(i, run, false);
        if run.0 != i + 1 || self.class_of(i).any(WordClass::GIVEN_NAME) {
            return run;
        }
        // `Mayor London Breed,`: after a title, a first name no census
        // lists (a place's, here) takes a census surname that closes the
        // name, though it is also a word.
        let Some(n) = self.next_joined(i).filter(|&n| {
            self.is_cap_word(n)
                && !self.ends_with_possessive(i)
                && self.class_of(n).any(WordClass::SURNAME)
                && !self.is_stopword(n)
                && self.input.lexicon.title_any_case(self.text_of(n)).is_none()
                && self.closes_name(n)
        }) else {
            return run;
        };
        let w = strip_possessive(self.text_of(n));
        (n + 1, self.tokens()[n].start() + w.len())
    }

    /// `aligned with Karl Rove, the strategist`: with no title, a common
    /// given name that no known person bears alone takes the word after it
    /// as its surname where a name ends: before a comma, a period, a
    /// bracket or a verb, or with a possessive.
    fn surname_in_context(&self, i: usize, run: (usize, usize)) -> (usize, usize) {
        // Most runs have their surname already: that test first.
        if run.0 != i + 1
            || !self.class_of(i).any(WordClass::COMMON_GIVEN_NAME)
            || self.known_person(i)
        {
            return run;
        }
        self.surname_after_given_name(i, run, true)
    }

    fn surname_after_given_name(
        &self,
        i: usize,
        run: (usize, usize),
        closing_needed: bool,
    ) -> (usize, usize) {
        let lex = self.input.lexicon;
        if run.0 != i + 1
            || !self.class_of(i).any(WordClass::GIVEN_NAME)
            || lex.in_group(WordGroup::EverydayGivenName, self.bytes_of(i))
            || self.ends_with_possessive(i)
            || self.headline
        {
            return run;
        }
        let Some(n) = self.next_joined(i).filter(|&n| self.is_cap_word(n)) else {
            return run;
        };
        let w = strip_possessive(self.text_of(n));
        let gazetteer = self.input.gazetteer;
        // (Not after a given name that is also a place's, `Carolina
        // Panthers`, nor before another given name: `Thanks, Phillip Jim,`.)
        let place_too = || self.known_label(i).is_some_and(|l| l != Label::Person);
        let plain = is_latin_name(w)
            && !self.class_of(n).any(
                WordClass::STOPWORD
                    | WordClass::NAME_SUFFIX
                    | WordClass::AFFILIATION
                    | WordClass::GIVEN_NAME,
            )
            && !place_too()
            && lex.title_any_case(w).is_none()
            && !lex.in_group(WordGroup::Calendar, self.bytes_of(n))
            && !self.next_joined(n).is_some_and(|m| self.is_cap_word(m))
            && (!closing_needed || self.closes_name(n))
            && !gazetteer
                .longest_match(self.input.text, self.tokens(), n)
                .is_some_and(|m| gazetteer.entry(m.candidates[0]).label != Label::Person);
        if plain {
            (n + 1, self.tokens()[n].start() + w.len())
        } else {
            run
        }
    }

    /// Is the one word at `i` a company by what is said of it: it owns a
    /// company's things (`Zelvo's shares`, `a stake in Zelvo`), is a
    /// `which`, not a `who`, or employs the person named after it
    /// (`Bernstein's Stacy Rasgon`)?
    fn company_cue(&self, i: usize) -> bool {
        self.company_by_its_dealings(i)
            || (!self.ends_with_possessive(i)
                && (self.relative_after(i, &[b"which"]) || self.company_noun_owned_after(i)))
    }

    /// `Zomato, whose parent company is`, `Zelvo, whose shares fell`: is
    /// the word at `i` the owner of something only companies own?
    fn company_noun_owned_after(&self, i: usize) -> bool {
        self.relative_after(i, &[b"whose"])
            && self
                .next_joined(i)
                .and_then(|comma| self.next_joined(comma))
                .and_then(|whose| self.next_joined(whose))
                .is_some_and(|n| {
                    self.input
                        .lexicon
                        .in_group(WordGroup::CompanyNoun, self.bytes_of(n))
                })
    }

    /// [`Cursor::company_cue`] without the `which`, which places and
    /// court cases take too (`Nineveh, which`, `Roe v. Wade, which`).
    fn company_by_its_dealings(&self, i: usize) -> bool {
        // People own shares and stakes too: a name the census lists as a
        // person's needs the `which`. (`Alvarado's, which opened in 1990`:
        // a shop, named after no one.)
        let census = self.class_of(i).any(WordClass::CENSUS);
        // `Bernstein's Stacy Rasgon`: a word no list knows, whose possessive
        // a person's full name follows, employs that person.
        let employs = || {
            self.ends_with_possessive(i)
                && self.next_joined(i).is_some_and(|n| {
                    self.class_of(n).any(WordClass::COMMON_GIVEN_NAME)
                        && self.next_joined(n).is_some_and(|m| self.name_word(m))
                })
        };
        (!census && self.dealt_with_as_a_company(i)) || employs()
    }

    /// `Zelvotek said on Monday its profit fell`: is the first possessive
    /// pronoun within a few words after the word at `i` `its`, before any
    /// other name or noun phrase that `its` could be? (`It` is as often no
    /// one's: `Roe said it was over`; `Roe said the team would switch its
    /// focus`: the team's.)
    fn speaks_of_itself(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let mut k = i;
        for _ in 0..6 {
            let Some(n) = self.next_joined(k) else {
                return false;
            };
            match self.bytes_of(n) {
                b"its" => return true,
                b"his" | b"her" | b"their" | b"our" | b"my" | b"he" | b"she" | b"the" | b"a"
                | b"an" => return false,
                w if self.is_cap_word(n) && !lex.in_group(WordGroup::Calendar, w) => return false,
                _ => k = n,
            }
        }
        false
    }

    /// `Zelvotek CEO Ana Ruiz`: is the one word at `i`, an unlisted name
    /// word, right before a company's title (`CEO`, `chief executive`) and
    /// a capitalised name?
    fn before_company_title(&self, i: usize) -> bool {
        let Some(n) = self.next_joined(i) else {
            return false;
        };
        let after_title = match self.bytes_of(n) {
            b"CEO" => self.next_joined(n),
            b"chief" => self
                .next_joined(n)
                .filter(|&e| self.bytes_of(e) == b"executive")
                .and_then(|e| self.next_joined(e)),
            _ => None,
        };
        after_title.is_some_and(|k| self.is_cap_word(k)) && self.unlisted_name_word(i)
    }

    /// `Ellis-Carter`, `Obi-Nwosu`: is the word at `i` two capitalised
    /// parts in lower case after their capital, neither a prefix
    /// (`Anglo-`), a place nor an organisation the gazetteers know, the
    /// first no demonym, and not both English words (`On-Line`)?
    fn double_barrelled(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let w = strip_possessive(self.text_of(i));
        let Some((a, b)) = w.split_once('-') else {
            return false;
        };
        let unknown = |p: &str| self.input.gazetteer.get(p).is_none() && !lex.is_english_word(p);
        // (A part that names a town may follow one no list knows:
        // `Okafor-Bello`.)
        let part = |p: &str, other: &str| {
            // (`O’Rourke-Bennett`, `McLean-Hughes`: a prefix before the
            // part's own capital.)
            let core = ["O'", "O’", "Mc"]
                .iter()
                .find_map(|prefix| p.strip_prefix(prefix))
                .filter(|rest| rest.starts_with(char::is_uppercase))
                .unwrap_or(p);
            let mut chars = core.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.clone().next().is_some()
                && chars.all(char::is_lowercase)
                && !lex.in_group_lower(WordGroup::WordPrefix, p)
                && self.input.gazetteer.get(p).map_or(true, |e| {
                    let entry = self.input.gazetteer.entry(e[0]);
                    entry.label == Label::Person || (&*entry.subtype == "city" && unknown(other))
                })
        };
        // (A demonym may end a surname, `Rind-Baloch`, but opens only an
        // adjective: `Greek-Cypriot`.)
        is_latin_name(a)
            && is_latin_name(b)
            && part(a, b)
            && part(b, a)
            && !lex.class(a).any(WordClass::DEMONYM)
            && !(lex.is_english_word(a) && lex.is_english_word(b))
    }

    /// `Thomas “Bud” Harlan`: the surname after a one-word nickname in
    /// quotation marks that follows the word at `k`.
    fn nickname_then_surname(&self, k: usize) -> Option<usize> {
        let mark = |q: &usize| matches!(self.tokens()[*q].kind, TokenKind::Quote(_));
        let open = self.next_joined(k).filter(mark)?;
        let nickname = self.next_joined(open).filter(|&w| self.is_cap_word(w))?;
        let close = self.next_joined(nickname).filter(mark)?;
        self.next_joined(close).filter(|&m| self.name_word(m))
    }

    /// `van der Berg`, `de la Fuente`: the lower-case particle right after
    /// the particle at `i`, when a capitalised word follows it.
    fn second_particle(&self, i: usize) -> Option<usize> {
        self.next_joined(i).filter(|&m| {
            self.text_of(m).starts_with(|c: char| c.is_lowercase())
                && self
                    .input
                    .lexicon
                    .in_group(WordGroup::NameParticle, self.bytes_of(m))
                && self.next_joined(m).is_some_and(|k| self.is_cap_word(k))
        })
    }

    /// Is the word at `i` in the shape of a name, yet no stop or group
    /// word, no English word and no name the gazetteers know?
    fn unlisted_name_word(&self, i: usize) -> bool {
        let w = strip_possessive(self.text_of(i));
        is_latin_name(w)
            && !self.class_of(i).any(WordClass::NOT_A_NAME)
            && !self.input.lexicon.is_english_word(w)
            && self.known_label(i).is_none()
    }

    /// `founded by Babur`, `painted by Zelvan`: is the one word at `i`, an
    /// unlisted name word not in capitals, the agent after `by` of a deed
    /// people do?
    fn agent_of_a_personal_deed(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        self.prev_joined(i)
            .filter(|&by| self.bytes_of(by) == b"by")
            .and_then(|by| self.prev_joined(by))
            .is_some_and(|deed| lex.in_group(WordGroup::PersonalDeed, self.bytes_of(deed)))
            && !is_all_caps(strip_possessive(self.text_of(i)))
            && self.unlisted_name_word(i)
            // (`killed by Zelvabad forces`: a word before a noun is its
            // modifier.)
            && !self.next_joined(i).is_some_and(|n| {
                let t = &self.tokens()[n];
                t.is_word() && !t.is_capitalised() && !lex.in_group(WordGroup::FunctionWord, self.bytes_of(n))
            })
    }

    /// `publishers such as Schibsted and Zelvo`: is the word at `i` in a
    /// list that `such as` opens after a plural noun for companies?
    fn listed_after_such_as(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        self.noun_before_list(i).is_some_and(|noun| {
            let w = self.text_of(noun);
            let singular = match w.strip_suffix("ies") {
                Some(stem) => format!("{stem}y"),
                None => w.strip_suffix('s').unwrap_or_default().to_string(),
            };
            !singular.is_empty() && lex.in_group_lower(WordGroup::OrgDescriptor, &singular)
        })
    }

    /// Is the word at `i` a capitalised word of a name that no list knows:
    /// no English word, census name or closed-class word?
    fn unknown_single_word(&self, i: usize) -> bool {
        let w = strip_possessive(self.text_of(i));
        is_latin_name(w)
            && !is_all_caps(w)
            && !self
                .class_of(i)
                .any(WordClass::NOT_A_NAME | WordClass::CENSUS)
            && !self.input.lexicon.is_english_word(w)
    }

    /// `towns such as Macroom and Millstreet`, `The villages include
    /// Kurylivka`: is the word at `i` in a list that `such as` or `include`
    /// opens after a noun for a kind of place?
    fn place_in_a_list_of_places(&self, i: usize) -> bool {
        self.noun_before_list(i).is_some_and(|noun| {
            self.input
                .lexicon
                .in_group_lower(WordGroup::PlaceNoun, self.text_of(noun))
        })
    }

    /// The noun before the `such as` that opens the list of capitalised
    /// words holding the word at `i`, or before `include` or `, including`
    /// (`The villages include Kurylivka and Ivanivka`, `camps, including
    /// Zamzam`).
    fn noun_before_list(&self, i: usize) -> Option<usize> {
        let mut k = i;
        for _ in 0..8 {
            let p = self.prev_joined(k)?;
            match self.bytes_of(p) {
                b"as" => {
                    return self
                        .prev_joined(p)
                        .filter(|&q| self.bytes_of(q) == b"such")
                        .and_then(|q| self.prev_joined(q));
                }
                b"include" | b"includes" | b"including" => {
                    return self.prev_joined(p).and_then(|q| match self.bytes_of(q) {
                        b"," => self.prev_joined(q),
                        _ => Some(q),
                    });
                }
                b"," | b"and" | b"or" => k = p,
                _ if self.is_cap_word(p) => k = p,
                _ => return None,
            }
        }
        None
    }

    /// Does the word at `i` own a company's things (`Zelvo's shares`) or
    /// stand where a company is held, bought, merged with or sells
    /// (`the shares of Zelvo`, `a stake in Zelvo`, `acquired by Zelvo`,
    /// `merged with Zelvo`, `ordered from Zelvo`; but `a plant in Zelvo` is
    /// a place's), or is it listed
    /// after `such as` with companies?
    fn dealt_with_as_a_company(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let owned = || {
            self.ends_with_possessive(i)
                && self
                    .next_joined(i)
                    .is_some_and(|n| lex.in_group(WordGroup::CompanyNoun, self.bytes_of(n)))
        };
        let holding = || {
            let Some(p) = self.prev_joined(i) else {
                return false;
            };
            let group = match self.bytes_of(p) {
                b"of" => WordGroup::CompanyNoun,
                b"in" => WordGroup::StakeNoun,
                b"by" => WordGroup::DealParticiple,
                b"with" => WordGroup::MergeWord,
                _ => return false,
            };
            // (`Shares of Zelvatron`, opening the sentence.)
            self.prev_joined(p)
                .is_some_and(|q| lex.in_group_lower(group, self.text_of(q)))
        };
        // `bought from Zelvo`, `ordered a couch from Zelvo`: what was
        // bought may stand between, in a few words.
        let seller = || {
            let Some(mut k) = self.prev_joined(i).filter(|&p| self.bytes_of(p) == b"from") else {
                return false;
            };
            for _ in 0..4 {
                let Some(q) = self.prev_joined(k) else {
                    return false;
                };
                if lex.in_group_lower(WordGroup::PurchaseVerb, self.text_of(q)) {
                    return true;
                }
                k = q;
            }
            false
        };
        owned() || holding() || seller() || self.voiced(i) || self.listed_after_such_as(i)
    }

    /// `a Zelvo spokesperson`, `an Apple official`: is the word at `i`
    /// what one speaks for?
    fn voiced(&self, i: usize) -> bool {
        self.prev_joined(i)
            .is_some_and(|p| matches!(self.text_of(p), "a" | "A" | "an" | "An"))
            && self.next_joined(i).is_some_and(|n| {
                self.input
                    .lexicon
                    .in_group(WordGroup::VoiceNoun, self.bytes_of(n))
            })
    }

    /// `Zelvo Marek, who heads the party,`, `Morningstar, which …`: does a
    /// relative clause opened by one of `pronouns` follow the word at
    /// `last`?
    fn relative_after(&self, last: usize, pronouns: &[&[u8]]) -> bool {
        self.next_joined(last)
            .filter(|&c| self.bytes_of(c) == b",")
            .and_then(|c| self.next_joined(c))
            .is_some_and(|w| pronouns.contains(&self.bytes_of(w)))
    }

    /// `the company's Blackwell chips`, `its Zelva phones`: a word no list
    /// knows between a possessive in lower case and a plural noun names
    /// the owner's products, not a person.
    fn names_a_product_line(&self, i: usize) -> bool {
        let owned = self.prev_joined(i).is_some_and(|p| {
            let t = &self.tokens()[p];
            t.is_word()
                && !t.is_capitalised()
                && (self.ends_with_possessive(p) || matches!(self.bytes_of(p), b"its" | b"their"))
        });
        owned
            && self.next_joined(i).is_some_and(|n| {
                let t = &self.tokens()[n];
                let w = self.text_of(n);
                t.is_word()
                    && !t.is_capitalised()
                    && w.len() > 3
                    && w.ends_with('s')
                    && self.input.lexicon.is_english_word(w)
                    && !self.verb_after(i)
            })
    }

    /// `the Tesla Cybertruck recall`: a word no census lists right after a
    /// known organisation's name is its product or its branch, not a
    /// person.
    fn product_of_company(&self, i: usize) -> bool {
        !self.class_of(i).any(WordClass::CENSUS)
            && self
                .prev_joined(i)
                .is_some_and(|p| self.is_cap_word(p) && self.is_organization(p))
    }

    /// `stayed at the Hilton`: after `the`, a company's name that is no
    /// English word, acronym or stop word is the company's, not a person's
    /// (`the Target store` may be a word's, `the TPP` a treaty's).
    fn company_after_the(&self, i: usize) -> bool {
        let w = strip_possessive(self.text_of(i));
        self.after_word(i, "the")
            && !is_all_caps(w)
            && !self.is_stopword(i)
            && !self.input.lexicon.is_english_word(w)
    }

    /// Does a name end at token `n`: with a possessive, or before a comma,
    /// a period, a bracket or a verb?
    fn closes_name(&self, n: usize) -> bool {
        self.ends_with_possessive(n)
            || self.verb_after(n)
            || self
                .next_joined(n)
                .is_some_and(|m| matches!(self.bytes_of(m), b"," | b"." | b";" | b"("))
    }

    /// Does the word at `i` open a line before a colon, as a transcript's
    /// speakers and a page's labels do? `Some(true)` for a census surname.
    fn transcript_label(&self, i: usize) -> Option<bool> {
        let t = self.tokens();
        let opens_line = t[..i]
            .iter()
            .rev()
            .find(|t| !matches!(t.kind, TokenKind::Space | TokenKind::Quote(_)))
            .map_or(true, |p| p.kind == TokenKind::LineBreak);
        let colon = self
            .next_joined(i)
            .is_some_and(|n| self.bytes_of(n) == b":");
        (opens_line && colon).then(|| {
            self.input
                .lexicon
                .class(&title_case(self.text_of(i)))
                .any(WordClass::SURNAME)
        })
    }

    /// Is the word at `i` a known person's one-word name (`Obama`)?
    fn known_person(&self, i: usize) -> bool {
        self.known_label(i) == Some(Label::Person)
    }

    /// The label of the gazetteer's first entry for the one word at `i`.
    /// Is `first` a word no list or dictionary knows and `last` a city's
    /// name that the census gives no one as a surname?
    fn named_after_a_city(&self, first: usize, last: usize) -> bool {
        let gazetteer = self.input.gazetteer;
        // Clubs and companies take a large city's name; a small town's is
        // as often a surname no census lists (`Akira Toyoda`), unless a
        // preposition of place says it is the town.
        let city = || {
            gazetteer
                .get(strip_possessive(self.text_of(last)))
                .is_some_and(|e| {
                    let e = gazetteer.entry(e[0]);
                    &*e.subtype == "city"
                        && (e.population >= 100_000 || self.after_place_preposition(first))
                })
        };
        !self.class_of(last).any(WordClass::SURNAME)
            && !self.class_of(first).any(WordClass::CENSUS)
            && self.known_label(first).is_none()
            && city()
            && !self.input.lexicon.is_english_word(self.text_of(first))
    }

    /// Adds the last words of the people found since the last call to
    /// `surnames`: each name is read once.
    fn read_surnames(&mut self, earlier: &[Found<'a>]) {
        for f in &earlier[self.surnames_read..] {
            if f.label == Label::Person {
                let last = strip_possessive(self.text_of(f.tokens.end - 1));
                self.surnames.insert(last, ());
            }
        }
        self.surnames_read = earlier.len();
    }

    fn known_label(&self, i: usize) -> Option<Label> {
        let gazetteer = self.input.gazetteer;
        gazetteer
            .get(strip_possessive(self.text_of(i)))
            .map(|e| gazetteer.entry(e[0]).label)
    }

    /// `Puerto Ricans and all Americans`, `South Korean and Chinese
    /// models`: a demonym of two words that no capitalised word follows
    /// names no one; the token after it, if so.
    fn demonym_of_two_words(&self, i: usize) -> Option<usize> {
        if !self
            .input
            .lexicon
            .demonym_openers
            .may_contain(self.bytes_of(i))
        {
            return None;
        }
        let n = self
            .next_joined(i)
            .filter(|&n| self.class_of(n).any(WordClass::DEMONYM))?;
        if self.next_joined(n).is_some_and(|m| self.is_cap_word(m)) {
            return None;
        }
        let pair = format!("{} {}", self.text_of(i), strip_possessive(self.text_of(n)));
        self.input
            .lexicon
            .demonyms
            .contains_key(pair.as_str())
            .then_some(n + 1)
    }

    /// Is token `i` a word the lists say is never a name by itself (a stop
    /// word, a group, a place's opening word, in the possessive too), no
    /// given name, title's first word (`First lady`) nor a name the
    /// gazetteers know, with no connector that would let a longer name go
    /// on from it?
    fn never_a_name_alone(&self, i: usize) -> bool {
        let word = self.text_of(i);
        // `They’re`, `I’m`: a pronoun's contraction is the pronoun.
        let class = match contraction_stem(word) {
            Some(stem) => self.input.lexicon.class(stem),
            None => self.class_of(i),
        };
        class.any(WordClass::NOT_A_NAME)
            && !class.any(WordClass::COMMON_GIVEN_NAME)
            && !self.tokens()[i].has_hyphen()
            && !self.next_joined(i).is_some_and(|n| {
                let w = self.bytes_of(n);
                w == b"the" || self.input.lexicon.in_group(WordGroup::OrgConnector, w)
            })
            // (Nor a head word after an ordinal: `the 19th District`.)
            && !self
                .prev_joined(i)
                .is_some_and(|p| self.bytes_of(p).first().is_some_and(u8::is_ascii_digit))
            && !self.input.lexicon.title_first_words.contains(word)
            // No known name is the word, or starts with it and goes on in
            // lower case (`Russian military`, `Time magazine`).
            && self.input.gazetteer.opens_no_name_alone(strip_possessive(word))
    }

    /// Is token `i` an English word and no given name (`Burns`, `Sides`)?
    fn word_not_given_name(&self, i: usize) -> bool {
        !self.class_of(i).any(WordClass::GIVEN_NAME)
            && self
                .input
                .lexicon
                .is_english_word(strip_possessive(self.text_of(i)))
    }

    /// Could this word stand in a person's name? Known given names and
    /// surnames can; other capitalised English words (`Analyst`, `Mixed`),
    /// titles, group words and organisation head words cannot. The answer
    /// stored for the token is tested inline; working it out is not.
    #[inline]
    fn name_word(&self, i: usize) -> bool {
        match self.name_words[i].get() {
            0 => self.classify_name_word(i),
            known => known == 2,
        }
    }

    #[inline(never)]
    fn classify_name_word(&self, i: usize) -> bool {
        let yes = self.is_name_word(i);
        self.name_words[i].set(1 + yes as u8);
        yes
    }

    fn is_name_word(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        if !self.is_cap_word(i) {
            return false;
        }
        let w = strip_possessive(self.text_of(i));
        let class = self.class_of(i);
        if class.any(WordClass::NOT_A_NAME) {
            return false;
        }
        let initial = w.len() == 2 && w.ends_with('.');
        // One pass rules out the bytes of both tests below for most words.
        let marked = w
            .bytes()
            .any(|b| matches!(b, b'.' | b'@' | b'_' | b'\'' | 0xE2));
        if marked
            && (!initial && w.bytes().any(|b| matches!(b, b'.' | b'@' | b'_')) || is_contraction(w))
        {
            return false;
        }
        if initial || class.any(WordClass::GIVEN_NAME | WordClass::COMMON_SURNAME) {
            return true;
        }
        if self.tokens()[i].has_hyphen() && is_adjective_compound(lex, w) {
            return false;
        }
        // The English word list is the costliest test: ask it last, and
        // only when its answer decides.
        if !class.any(WordClass::SURNAME)
            && (class.any(WordClass::NAME_SUFFIX) || w.chars().nth(1).is_none())
        {
            return false;
        }
        !lex.is_english_word(w)
    }

    /// Can no name of more than one word start at token `i`? True after a
    /// possessive that no head word follows (`Moscow's`, not `St. Paul's
    /// Cathedral`), and before anything but a capitalised word, a comma, a
    /// name particle, a connector or an Arabic article, unless a title
    /// starts at `i` (`Kremlin spokesman Dmitry Peskov`).
    fn stands_alone(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        if lex.title_first_words.contains(self.text_of(i)) {
            return false;
        }
        if self.ends_with_possessive(i) {
            return !self.saint_in_name(i);
        }
        let Some(n) = self.next_joined(i) else {
            return true;
        };
        let w = self.text_of(n);
        !(self.is_cap_word(n)
            || w == ","
            || lex.in_group(WordGroup::NameParticle, w)
            || lex.in_group(WordGroup::OrgConnector, w)
            || is_article_name(lex, w))
    }

    /// The end (exclusive token index, byte end) of a personal name made of
    /// capitalised words starting at `i`: initials and particles included;
    /// a possessive ends it, and so does a word that cannot be part of a
    /// name, a repeated word (`Vince Vince`, a signature and a greeting), or
    /// a common given name after a complete name (`… Pam Butler Renee …`).
    /// The answer stored for the last token asked is tested inline.
    #[inline]
    fn person_run(&self, i: usize) -> Option<(usize, usize)> {
        match self.last_run.get() {
            Some((at, run)) if at == i => run,
            _ => {
                let run = self.find_person_run(i);
                self.last_run.set(Some((i, run)));
                run
            }
        }
    }

    /// `Coach Pep Guardiola`, `manager Pep Guardiola`: after a title, a
    /// capitalised word that is also an English word opens the name that
    /// an unknown word after it continues.
    fn run_after_title(&self, n: usize) -> Option<(usize, usize)> {
        let lex = self.input.lexicon;
        let m = self.next_joined(n).filter(|&m| self.is_cap_word(m))?;
        // Neither word a closed-class word, a title, a demonym or a party
        // (`Reporter Is A`, `spokesman Navy Capt.`, `Major American Jewish`).
        // The stored classes and the bytes first: they settle most words.
        let plain = |k: usize| {
            let w = strip_possessive(self.text_of(k));
            !self
                .class_of(k)
                .any(WordClass::STOPWORD | WordClass::DEMONYM | WordClass::AFFILIATION)
                && is_latin_name(w)
                && !is_all_caps(w)
        };
        let listed = |k: usize| {
            let w = strip_possessive(self.text_of(k));
            is_sentence_starter(w) || lex.title_first_words.contains(w)
        };
        let opens = self.is_cap_word(n)
            && !self.ends_with_possessive(n)
            && plain(n)
            && plain(m)
            && !listed(n)
            && !listed(m)
            && !lex.is_english_word(strip_possessive(self.text_of(m)));
        opens
            .then(|| self.name_run(n))
            .filter(|&(end_tok, _)| end_tok > m)
    }

    /// The gender of the given name at `i`, when the name opens with one:
    /// `Lee Soo-jin` opens with a family name that is also a man's given
    /// name.
    fn given_name_gender(&self, i: usize) -> Option<Gender> {
        let lex = self.input.lexicon;
        // (A name the census found too rare to tell, `Tam`, tells none:
        // its few American bearers say little of its bearers elsewhere.)
        let gender = lex
            .given_name(strip_possessive(self.text_of(i)))
            .filter(|&(_, freq)| freq == 0.0 || freq >= RARE_GIVEN_NAME)
            .and_then(|f| f.0)?;
        // (`Wei Liangchen`: a Chinese family name before a name that no
        // census lists as a surname tells no gender; `Lin Smith` is hers.)
        let family_first = || {
            lex.in_group(WordGroup::ChineseFamilyName, self.bytes_of(i))
                && self.next_joined(i).is_some_and(|n| {
                    self.is_cap_word(n) && !self.class_of(n).any(WordClass::SURNAME)
                })
        };
        (self.romanised_given_name_after(i).is_none() && !family_first()).then_some(gender)
    }

    /// The romanised given name after the family name at `i`
    /// ([`is_romanised_given_name`]), if one follows.
    fn romanised_given_name_after(&self, i: usize) -> Option<usize> {
        // The hyphen first: it rules out nearly every word. (A stop word may
        // be a family name too, `Son`; a function word opening the sentence
        // is not.)
        let n = self
            .next_joined(i)
            .filter(|&n| self.tokens()[n].has_hyphen())?;
        // After a Korean or Chinese family name, the given name's first
        // syllable may be an English word or a known name (`Jun
        // Young-hyun`, `Hsu Ming-lang`).
        let korean = || {
            let lex = self.input.lexicon;
            lex.in_group(WordGroup::KoreanFamilyName, self.bytes_of(i))
                || lex.in_group(WordGroup::ChineseFamilyName, self.bytes_of(i))
        };
        // (`Rev. Jae-sung Yoon`: an abbreviation is no family name.)
        (self.is_cap_word(i)
            && !is_sentence_starter(self.text_of(i))
            && !self.text_of(i).ends_with('.')
            && is_romanised_given_name(self, self.text_of(n), korean))
        .then_some(n)
    }

    /// `Hyun-woo Park`, `Eun-ji Carver`: a romanised given name at `i`
    /// before a Korean family name or a census surname that heads no
    /// organisation's name at `n`, in Western order.
    fn korean_given_then_family(&self, i: usize, n: usize) -> bool {
        let family = strip_possessive(self.text_of(n));
        let class = self.class_of(n);
        let korean = || {
            self.input
                .lexicon
                .in_group(WordGroup::KoreanFamilyName, family.as_bytes())
        };
        // (Before a Korean family name the given name's first syllable may
        // be a word: `Tae-yang Kim`.)
        self.tokens()[i].has_hyphen()
            && self.is_cap_word(n)
            && (korean() || (class.any(WordClass::SURNAME) && !class.any(WordClass::NAME_SUFFIX)))
            && is_romanised_given_name(self, self.text_of(i), korean)
    }

    #[inline(never)]
    fn find_person_run(&self, i: usize) -> Option<(usize, usize)> {
        // A name may open with its particle (`De Souza`, `General van
        // Dijk`). The group's filter is asked first: it rules out nearly
        // every word before the next one is classified.
        let particle = || {
            self.input
                .lexicon
                .in_group(WordGroup::NameParticle, self.bytes_of(i))
                && self
                    .next_joined(self.second_particle(i).unwrap_or(i))
                    .is_some_and(|n| self.name_word(n))
        };
        // A common given name that is also a word (`Bill`, `Will`, `Mark`)
        // opens a name when a surname that is no word follows (`Bill
        // O'Reilly`).
        // `Summer Olympics` has the look of a plural; `May's Washington`
        // of a possessive and a month.
        let given_then_surname = || {
            let lex = self.input.lexicon;
            let class = self.class_of(i);
            (class.any(WordClass::COMMON_GIVEN_NAME)
                || class.any(WordClass::GIVEN_NAME) && class.any(WordClass::AFFILIATION))
                && !self.ends_with_possessive(i)
                && !lex.in_group(WordGroup::Calendar, self.bytes_of(i))
                && self.next_joined(i).is_some_and(|n| {
                    let surname = strip_possessive(self.text_of(n));
                    self.name_word(n)
                        && !lex.is_english_word(surname)
                        && (self.class_of(n).any(WordClass::SURNAME) || !surname.ends_with('s'))
                })
        };
        // `said Kiki Smith,`, `said Mo Elleithee,`: after a reporting verb,
        // a capitalised word and a common surname or a word no dictionary
        // knows, though the first is also a rare word.
        let cued = || {
            self.is_cap_word(i)
                && !self.is_stopword(i)
                && self.text_of(i).chars().all(char::is_alphabetic)
                && self.next_joined(i).is_some_and(|n| {
                    self.is_cap_word(n)
                        && self.inverted_speaker(i, n)
                        && !self.is_stopword(n)
                        && (self.class_of(n).any(WordClass::COMMON_SURNAME)
                            || self.role_in_apposition(n)
                            || {
                                // (`mentioned American Muslims.`: a group.)
                                let lex = self.input.lexicon;
                                let w = strip_possessive(self.text_of(n));
                                !lex.is_english_word(w)
                                    && !w.ends_with('s')
                                    && !names_no_one(lex, w, false)
                            })
                })
        };
        // `J.M. Berger`, `C.V. Starr`, `D.Y. Chandrachud`: initials, then a
        // census surname that is also a word, or a name word.
        let initials_then_surname = || {
            is_dotted_initial(self.text_of(i))
                && self.next_joined(i).is_some_and(|n| {
                    self.is_cap_word(n)
                        && (self.class_of(n).any(WordClass::SURNAME) || self.name_word(n))
                        && !self.is_stopword(n)
                })
        };
        // `Liang Xiaoming`, `Sun Jianguo`: a Chinese family name, word or
        // not, before a known given name that is no word.
        let family_then_given = || {
            let lex = self.input.lexicon;
            lex.in_group(WordGroup::ChineseFamilyName, self.bytes_of(i))
                && self.next_joined(i).is_some_and(|n| {
                    self.is_cap_word(n)
                        && self.class_of(n).any(WordClass::GIVEN_NAME)
                        && !lex.is_english_word(strip_possessive(self.text_of(n)))
                })
        };
        // `Hyun-woo Park`, `the Rev. Jae-sung Yoon`: a romanised given name
        // before a Korean family name, in Western order.
        let korean_family = || {
            self.tokens()[i].has_hyphen().then(|| {
                let n = self
                    .next_joined(i)
                    .filter(|&n| self.korean_given_then_family(i, n))?;
                let end = self.tokens()[n].start() + strip_possessive(self.text_of(n)).len();
                Some((n + 1, end))
            })?
        };
        if self.name_word(i)
            || particle()
            || given_then_surname()
            || initials_then_surname()
            || family_then_given()
        {
            // (`Judge Hye-jin Oh`: a family name that is also a stop word
            // ends the name where the run stops short of it.)
            let run = self.name_run(i);
            return Some(match korean_family() {
                Some(family) if run.0 == i + 1 => family,
                _ => run,
            });
        }
        if let Some(family) = korean_family() {
            return Some(family);
        }
        // `Son Heung-min`, `Park Ji-sung`: a family name, word or not, before
        // a romanised given name.
        if let Some(n) = self.romanised_given_name_after(i) {
            return Some((
                n + 1,
                self.tokens()[n].start() + strip_possessive(self.text_of(n)).len(),
            ));
        }
        // The cue vouches for both words, whatever the name rules make of
        // the second (`said Hala Agha, a resident`).
        cued().then(|| {
            let run = self.name_run(i);
            let n = self.next_joined(i).unwrap_or(i);
            if run.0 > n {
                run
            } else {
                (n + 1, self.tokens()[n].end())
            }
        })
    }

    /// The end of a personal name that starts with token `i`, whatever `i`
    /// is.
    fn name_run(&self, i: usize) -> (usize, usize) {
        let lex = self.input.lexicon;
        // (Initials are capitals whatever the case of the name: `J.M. Berger`.)
        let all_caps = is_all_caps(self.text_of(i)) && !is_dotted_initial(self.text_of(i));
        let mut run = [i; MAX_NAME_WORDS];
        let mut len = 1;
        while len < MAX_NAME_WORDS && !self.ends_with_possessive(run[len - 1]) {
            // `Thomas “Bud” Harlan`: a nickname in quotation marks after a
            // given name goes on to the surname.
            if len == 1 && self.class_of(i).any(WordClass::GIVEN_NAME) {
                if let Some(m) = self.nickname_then_surname(i) {
                    run[len] = m;
                    len += 1;
                    continue;
                }
            }
            // A punctuation mark or a number ends most runs, and none of
            // the tests below takes one.
            let Some(n) = self
                .next_joined(run[len - 1])
                .filter(|&n| self.tokens()[n].is_word())
            else {
                break;
            };
            let w = self.text_of(n);
            // One letter tells most words apart from particles and numbers
            // without a lookup: particles are lower case, numbers I, V, X.
            if w.starts_with(['I', 'V', 'X']) && self.is_regnal(n) {
                run[len] = n;
                len += 1;
                break;
            }
            // A middle initial comes before the surname: the word after it
            // ends the name (`Kevin A. Boone Accenture`, but `C. Boyden
            // Gray`), its number aside (`James A. Baker III`).
            // (A particle there opens the surname: `Ursula K. Le Guin`.)
            if len >= 3
                && is_initial(self.text_of(run[len - 2]))
                && !is_initial(self.text_of(run[0]))
                && !lex.in_group(WordGroup::NameParticle, self.bytes_of(run[len - 1]))
            {
                break;
            }
            let initials = || {
                w.len() > 2
                    && is_initial(w)
                    && self.next_joined(n).is_some_and(|m| self.name_word(m))
            };
            if self.is_bare_initial(n) || initials() {
                run[len] = n;
                len += 1;
                continue;
            }
            // A capitalised particle goes on from a given name or a word no
            // dictionary knows (`Patrick De Souza`, `Lana Del Rey`, `Lieven
            // De Smet`).
            let particle_case = || {
                w.starts_with(|c: char| c.is_lowercase())
                    || self.class_of(run[0]).any(WordClass::GIVEN_NAME)
                    || (len == 1 && self.name_word(run[0]))
            };
            if lex.in_group(WordGroup::NameParticle, w) && particle_case() {
                // After a particle any capitalised word is the surname, even
                // one that is also a word (`Osama bin Laden`).
                let surname = |m: usize| {
                    self.name_word(m)
                        || (self.is_cap_word(m)
                            && !lex.is_stopword(strip_possessive(self.text_of(m))))
                };
                let after = self.second_particle(n).unwrap_or(n);
                match self.next_joined(after) {
                    Some(m) if surname(m) => {
                        run[len] = m;
                        len += 1;
                    }
                    _ => break,
                }
                continue;
            }
            // Arabic names join their article to the next word: `al-Sadr`.
            // (So does a given name that ends in it, `Aminul` (`Amin-ul`),
            // before a word that is otherwise never a name: `Aminul Islam`.)
            if is_article_name(lex, w)
                || (self.is_cap_word(n)
                    && ends_in_joined_article(self.text_of(run[len - 1]))
                    && self.class_of(run[len - 1]).any(WordClass::GIVEN_NAME))
            {
                run[len] = n;
                len += 1;
                continue;
            }
            // `Andrea St. Clair`, `Yves Saint Laurent`: a saint's word after
            // a given name opens the surname.
            if len == 1
                && lex.in_group(WordGroup::Saint, w)
                && self.class_of(i).any(WordClass::GIVEN_NAME)
            {
                match self.next_joined(n).filter(|&m| {
                    self.is_cap_word(m) && !lex.is_stopword(strip_possessive(self.text_of(m)))
                }) {
                    Some(m) => {
                        run[len] = m;
                        len += 1;
                        continue;
                    }
                    None => break,
                }
            }
            // Most runs end at a lower-case word or a punctuation mark: the
            // tests below, with their lookups, are for capitalised words.
            if !self.is_cap_word(n) || is_all_caps(w) != all_caps {
                break;
            }
            let stem = strip_possessive(w);
            // `Bernie Sanders Burns Hillary Clinton`: in a headline a name
            // of two words ends before an English word (but `Gary R.
            // Smith`); so does a first word that is a word too before a
            // given name, and a known person's name that is no given name
            // before an English word (`Obama Power Plant Rules`).
            let class = self.class_of(n);
            if self.headline
                && !is_initial(self.text_of(run[len - 1]))
                && if len >= 2 {
                    lex.is_english_word(stem)
                } else {
                    (class.any(WordClass::GIVEN_NAME) && self.word_not_given_name(run[0]))
                        || (lex.is_english_word(stem)
                            && !class.any(WordClass::GIVEN_NAME)
                            && !self.class_of(run[0]).any(WordClass::GIVEN_NAME)
                            && self.known_person(run[0]))
                }
            {
                break;
            }
            // After a first word, any census surname continues the name,
            // even one that is also a rare English word (`John Burgoyne`).
            // A common surname that is also a title or word ends a name
            // that opens with a given name (`Martin Luther King`, `Stephen
            // King said`), but not before more capitals (`the Bill Clinton
            // White House`).
            let word_surname_last = || {
                class.any(WordClass::COMMON_SURNAME)
                    && !class.any(WordClass::NAME_SUFFIX)
                    && self.class_of(i).any(WordClass::GIVEN_NAME)
                    && (len >= 2
                        || !lex.is_english_word(self.text_of(i))
                        || (self.class_of(i).any(WordClass::COMMON_GIVEN_NAME)
                            && !lex.in_group(WordGroup::EverydayGivenName, self.bytes_of(i))))
                    && !lex.in_group(WordGroup::Calendar, stem)
                    && !self.next_joined(n).is_some_and(|m| self.is_cap_word(m))
            };
            // `Mehbooba Mufti,`: a title written out that no name follows,
            // after a first word no dictionary or gazetteer knows, is the
            // surname that titles of its kind became (but `Florida
            // Senator`).
            let title_surname_last = || {
                len == 1
                    && !self.headline
                    && !stem.ends_with('.')
                    && !self.next_joined(n).is_some_and(|m| self.is_cap_word(m))
                    && lex.title_any_case(stem).is_some()
                    && !lex.is_english_word(strip_possessive(self.text_of(run[0])))
                    && self.known_label(run[0]).is_none()
            };
            // `Georgia House Speaker Jon Burns`: a title after the name of
            // an organisation or a place ends the run; the person's name
            // follows the title.
            let title_after_known = || {
                lex.title_any_case(stem).is_some()
                    && self
                        .input
                        .gazetteer
                        .longest_match(self.input.text, self.tokens(), run[0])
                        .is_some_and(|m| {
                            m.end_token == run[len - 1] + 1
                                && self.input.gazetteer.entry(m.candidates[0]).label
                                    != Label::Person
                        })
            };
            if len >= 2 && title_after_known() {
                break;
            }
            // `Tran Thi My Dung`: after a Vietnamese family name, short
            // capitalised words are the middle and given names, whatever
            // else they are.
            let vietnamese = || {
                len < 4
                    && stem.len() <= 5
                    && is_latin_name(stem)
                    && lex.in_group(WordGroup::VietnameseFamilyName, self.bytes_of(run[0]))
                    && self.known_label(n).is_none()
            };
            // `Hala Agha, a resident,`: after a given name, a word that is
            // also an English word is the surname when an age or a role is
            // set off after it.
            let word_set_off = || {
                len == 1
                    && self.class_of(run[0]).any(WordClass::GIVEN_NAME)
                    && !class.any(WordClass::NAME_SUFFIX | WordClass::NOT_A_NAME)
                    && !lex.is_stopword(stem)
                    && (self.age_after(n) || self.role_in_apposition(n))
            };
            let continues = self.name_word(n)
                || (class.any(WordClass::SURNAME) && !lex.is_stopword(stem))
                || word_surname_last()
                || title_surname_last()
                || vietnamese()
                || word_set_off();
            let repeated = || {
                run[..len]
                    .iter()
                    .any(|&k| strip_possessive(self.text_of(k)) == stem)
            };
            let given = class.any(WordClass::COMMON_GIVEN_NAME);
            // After a word the census does not know, short or English, a
            // given name before another name word starts a name of its own
            // (`Dp Debra Perlingiere`, a signature's initials run into the
            // name; `Miss Universe Alicia Machado`; but `Abdirahman Hassan
            // Farah` is one name).
            let first_no_name = || {
                let first = self.text_of(run[0]);
                !(self.class_of(run[0]).any(WordClass::CENSUS) || is_initial(first))
                    && (first.len() <= 3 || lex.is_english_word(strip_possessive(first)))
            };
            // (Not after a Vietnamese family name: `Nguyen Thi Kim Loan`.)
            let starts_next_name = || {
                (given
                    && self
                        .next_joined(n)
                        .is_some_and(|m| self.name_word(m) || self.is_bare_initial(m))
                    && (len >= 2 || first_no_name())
                    && !lex.in_group(WordGroup::VietnameseFamilyName, self.bytes_of(run[0])))
                    || (given && !class.any(WordClass::COMMON_SURNAME) && self.opens_letter(n))
            };
            // A known place or organisation ends a person's name: a state
            // or a country that is no surname, a company that is no common
            // one after a word that is no given name (`Miramar California`,
            // `Sunnyvale Toyota`, but `Michael Jordan`, `Eric Ferrero`), or
            // a name of more than one word (`the Bill Clinton White
            // House`). One lookup answers all.
            let known_after = || {
                let gazetteer = self.input.gazetteer;
                gazetteer
                    .longest_match(self.input.text, self.tokens(), n)
                    .is_some_and(|m| {
                        let e = gazetteer.entry(m.candidates[0]);
                        if m.end_token > n + 1 {
                            e.label != Label::Person
                        } else {
                            (e.is_country_or_region() && !class.any(WordClass::SURNAME))
                                || (&*e.subtype == "company"
                                    && !e.ambiguous
                                    && !class.any(WordClass::COMMON_SURNAME)
                                    && !self.class_of(run[0]).any(WordClass::GIVEN_NAME))
                        }
                    })
            };
            // `Hillary Clinton Wins`, `China Hacking`: after a complete
            // name, an inflected English word that is no common name is a
            // verb or a noun.
            let inflected = || {
                len >= 2
                    && (stem.ends_with('s') || stem.ends_with("ing") || stem.ends_with("ed"))
                    && !class.any(WordClass::GIVEN_NAME | WordClass::COMMON_SURNAME)
                    && lex.is_english_word(stem)
            };
            // `Florida Latino voters`: a group's word ends a name.
            let group = || class.any(WordClass::AFFILIATION) && !class.any(WordClass::GIVEN_NAME);
            // `China Hacking`, `America Rising`: after a known place's or
            // organisation's name that is no given name, an English word
            // that no census lists among common names is no surname.
            let after_known_thing = || {
                len == 1
                    && !class.any(WordClass::GIVEN_NAME | WordClass::COMMON_SURNAME)
                    && !self.class_of(run[0]).any(WordClass::GIVEN_NAME)
                    && lex.is_english_word(stem)
                    && self.known_label(run[0]).is_some_and(|l| l != Label::Person)
            };
            if !continues
                || repeated()
                || starts_next_name()
                || known_after()
                || inflected()
                || group()
                || after_known_thing()
            {
                break;
            }
            run[len] = n;
            len += 1;
        }
        // `Martin Luther King, Jr.`, `Robert Downey Jr.`
        let mut last = run[len - 1];
        if !self.ends_with_possessive(last) {
            let comma = self.next_joined(last).filter(|&n| self.bytes_of(n) == b",");
            let suffix = self
                .next_joined(comma.unwrap_or(last))
                .filter(|&n| lex.in_group(WordGroup::Generational, self.bytes_of(n)));
            if let Some(n) = suffix {
                last = n;
            }
        }
        self.name_end(last)
    }

    /// `Jeffrey T Hodge`: a lone capital followed by a name is an initial
    /// written without its period (`I` and `A` are words).
    fn is_bare_initial(&self, n: usize) -> bool {
        matches!(self.bytes_of(n), [b'B'..=b'H' | b'J'..=b'Z'])
            && self.next_joined(n).is_some_and(|m| self.name_word(m))
    }

    /// Is token `n`, after a name, a regnal number (`Elizabeth II`)? `I`
    /// is one only where the pronoun cannot be: before punctuation, `and`
    /// or `or`, or at the end of the sentence (`Edmund I and his barons`).
    fn is_regnal(&self, n: usize) -> bool {
        let lex = self.input.lexicon;
        let w = strip_possessive(self.text_of(n));
        if w != "I" {
            return lex.in_group(WordGroup::RegnalNumber, w);
        }
        match self.next_visible(n).filter(|&m| m < self.sentence_end) {
            None => true,
            Some(m) => match self.tokens()[m].kind {
                TokenKind::Word => lex.in_group(WordGroup::Coordinator, self.bytes_of(m)),
                TokenKind::Punct => true,
                _ => false,
            },
        }
    }

    /// `Okafor 's`: a possessive split from its name, as in text that
    /// has been cut into words.
    fn detached_possessive(&self, last: usize) -> bool {
        self.next_joined(last).is_some_and(|q| {
            matches!(self.tokens()[q].kind, TokenKind::Quote(_))
                && matches!(self.text_of(q), "'" | "’")
                && q + 1 < self.sentence_end
                && self.tokens()[q + 1].is_word()
                && !self.tokens()[q].spaced_from(&self.tokens()[q + 1])
                && self.bytes_of(q + 1) == b"s"
        })
    }

    /// Does a given name at `n` open a letter (`Brenda, Please find …`): a
    /// comma or colon, then a capitalised word that is no name? The name
    /// before it, run together with it, is the previous letter's signature.
    fn opens_letter(&self, n: usize) -> bool {
        let Some(p) = self.next_joined(n) else {
            return false;
        };
        matches!(self.bytes_of(p), b"," | b":")
            && self
                .next_visible(p)
                .filter(|&m| m < self.sentence_end)
                .is_some_and(|m| self.is_cap_word(m) && !self.name_word(m))
    }

    /// Does the one-word name at `i`, opening a sentence, address the
    /// reader (`Elmira, you are the best`)?
    fn addressed(&self, i: usize, at_start: bool) -> bool {
        at_start
            && self
                .next_joined(i)
                .filter(|&p| self.bytes_of(p) == b",")
                .and_then(|p| self.next_visible(p))
                .is_some_and(|m| matches!(self.bytes_of(m), b"you" | b"your"))
            && is_latin_name(self.text_of(i))
    }

    /// `Thanks,` ¶ `Mark`: the comma ending the line above a name that is
    /// alone on its line, as a letter's sign-off leaves it.
    fn sign_off_above(&self, i: usize) -> Option<usize> {
        let t = self.tokens();
        let alone = t
            .get(i + 1)
            .map_or(true, |n| n.kind == TokenKind::LineBreak || n.is_space());
        let mut k = i.checked_sub(1)?;
        let mut breaks = 0;
        while t[k].is_space() || t[k].kind == TokenKind::LineBreak {
            breaks += usize::from(t[k].kind == TokenKind::LineBreak);
            k = k.checked_sub(1)?;
        }
        (alone && breaks == 1 && self.bytes_of(k) == b",").then_some(k)
    }

    /// Is token `i` addressed by a greeting or signed under a closing word
    /// (`Dear Maria`, `Thanks, Tom`)?
    fn after_greeting(&self, i: usize) -> bool {
        let Some(mut p) = self.prev_joined(i).or_else(|| self.sign_off_above(i)) else {
            return false;
        };
        if self.bytes_of(p) == b"," {
            match self.prev_joined(p) {
                Some(q) => p = q,
                None => return false,
            }
        }
        self.tokens()[p].is_word()
            && self
                .input
                .lexicon
                .in_group(WordGroup::Greeting, self.bytes_of(p))
    }

    /// Capitalised words `i..end` that no list knows, in the place of a
    /// person's name: Latin-script words that are no English words, not
    /// after an article; several of them including a census name (`Wang
    /// Anshi`), or one that is a census name or is the subject of a verb or a
    /// possessive (`Herzl was`, `Beria's`), and away from the start of a
    /// sentence unless a verb follows.
    fn unknown_name(&self, i: usize, end: usize, at_start: bool) -> bool {
        let lex = self.input.lexicon;
        let words = || {
            (i..end)
                .filter(|&k| self.tokens()[k].is_word())
                .map(|k| strip_possessive(self.text_of(k)))
                .filter(|w| !lex.in_group(WordGroup::Generational, w))
        };
        // (A double-barrelled surname is the census's when a part is:
        // `Ailsa Kerr-Mackenzie`.)
        let census = |w: &str| {
            let listed = |w: &str| {
                lex.class(w)
                    .any(WordClass::SURNAME | WordClass::COMMON_GIVEN_NAME)
            };
            listed(w) || (has_hyphen(w) && w.split('-').any(listed))
        };
        let single = end - i == 1;
        // `DeShawn Ellis-Carter`: a double-barrelled surname may end a name
        // of several words.
        // (`Abdulkarim al-Hamwi, 56,`: an Arabic article joined to a later
        // word, when an age, a role or `who` after it shows a person; not
        // `Bayt al-Faqih`, a town.)
        let shaped = |k: usize, w: &str| {
            is_latin_name(w)
                || (!single && k == end - 1 && self.double_barrelled(k))
                || (k > i
                    && is_article_name(lex, w)
                    && (self.age_after(end - 1)
                        || self.role_in_apposition(end - 1)
                        || self.relative_after(end - 1, PERSON_RELATIVES)))
        };
        if self.after_article(i)
            || self.home_after_age(i)
            || !(i..end)
                .filter(|&k| self.tokens()[k].is_word())
                .all(|k| shaped(k, strip_possessive(self.text_of(k))))
            || words().any(|w| names_no_one(lex, w, single))
        {
            return false;
        }
        // The words after the name are read only for words that pass. The
        // object of a preposition of place is no subject (`the outbreak in
        // Zelvonia grew`), nor, when no list knows it, the object of
        // `from` (`the route from Tilehurst is`, `an elder from Marib who
        // has brokered swaps`): a person the document named is found by
        // the linker.
        let in_place = || self.after_locative_preposition(i) || self.after_word(i, "from");
        let verb = self.verb_after(end - 1) && !in_place();
        let possessive = self.ends_with_possessive(end - 1) || self.detached_possessive(end - 1);
        let mut all = words();
        let (Some(w), None) = (all.next(), all.next()) else {
            // No English word, and no plural or past form of one outside
            // the census names (`Olympic Games` is no one), but for a
            // common surname last (`Taeyang Lee`, `Adaeze Rice`).
            let mut rest = words();
            let last = rest.next_back().unwrap_or_default();
            let surname_last = lex.class(last).any(WordClass::COMMON_SURNAME)
                && !lex
                    .class(last)
                    .any(WordClass::NAME_SUFFIX | WordClass::NOT_A_NAME);
            // (A particle is no word there: `Nguyen Van Thanh`.)
            // (Nor a Chinese or Korean family name: `Tang Jianhua`; after a
            // Vietnamese one, no word of the name: `Truong Minh Phat`.)
            let vietnamese = lex.in_group(
                WordGroup::VietnameseFamilyName,
                strip_possessive(self.text_of(i)),
            );
            let english = |w: &str| {
                !vietnamese
                    && !lex.in_group(WordGroup::NameParticle, w)
                    && !lex.in_group(WordGroup::ChineseFamilyName, w)
                    && !lex.in_group(WordGroup::KoreanFamilyName, w)
                    && (lex.is_english_form(w) || (!census(w) && lex.is_english_word(w)))
            };
            // `“…,” said Kiki Smith, a spokeswoman`, `said Mo Elleithee,`:
            // after a reporting verb, a name that ends in a common surname
            // or in no English word is someone, whatever rare dictionary
            // word its given name may be.
            // So is one with a role in apposition (`said Soe Min, a party
            // member`), whatever words it is made of.
            if self.inverted_speaker(i, end - 1)
                && (surname_last || !english(last) || self.role_in_apposition(end - 1))
            {
                return true;
            }
            // (A common surname between words no dictionary lists is a
            // family's or clan's name, whatever else it means: `Gurpreet
            // Singh Bhatia`, `Imran Khan Niazi`.)
            let first = rest.next().unwrap_or_default();
            // (A rarer surname that is also a word, `Imtiaz Pasha`, `Nazma
            // Begum Lipi`, needs an age or a role set off after the name, or
            // `who`.)
            let set_off = || {
                self.age_after(end - 1)
                    || self.role_in_apposition(end - 1)
                    || self.relative_after(end - 1, PERSON_RELATIVES)
            };
            let middle_surname = |w: &str| {
                !english(last)
                    && (lex.class(w).any(WordClass::COMMON_SURNAME)
                        || (lex.class(w).any(WordClass::SURNAME) && set_off()))
            };
            let rare_surname_last = || {
                lex.class(last).any(WordClass::SURNAME)
                    && !lex.class(last).any(WordClass::NAME_SUFFIX)
                    && set_off()
            };
            // (So does a given name that is a rare word before a surname
            // no dictionary knows: `Tolu Adeyemi, an analyst`.)
            let rare_given_first = || {
                words().count() == 2
                    && !english(last)
                    && !lex.class(first).any(WordClass::NOT_A_NAME)
                    && set_off()
            };
            let first_fits = !english(first) || rare_given_first();
            return first_fits
                && !rest.any(|w| english(w) && !middle_surname(w))
                && (surname_last || !english(last) || rare_surname_last())
                && (words().any(census)
                    || !at_start
                    || verb
                    || possessive
                    || set_off()
                    || self.byline_outlet_after(i, end - 1)
                    || self.speech_after_apposition(end - 1));
        };
        // `Nobel Prize-winning`: the first word of a capitalised modifier.
        let modifier = || {
            self.next_joined(i)
                .is_some_and(|n| self.is_cap_word(n) && self.adjective_compound(n))
        };
        if self.after_name_of(i) || modifier() {
            return false;
        }
        if lex.is_english_word(w) {
            if self.headline {
                return false;
            }
            // A surname that is also a word (`Chamberlain`, `Blunt`) needs
            // both a verb after it and a place away from the sentence start;
            // a common given name (`Rob`, `Pat`) may have a possessive instead.
            // After a capitalised word it ends a longer name (`the Housing
            // Bill passed`).
            // `House and Senate candidates`: `and` before a known place or
            // organisation lists one more, and shows no subject.
            let listed_with_a_thing = || {
                let gazetteer = self.input.gazetteer;
                self.next_joined(i)
                    .filter(|&n| self.bytes_of(n) == b"and")
                    .and_then(|n| self.next_joined(n))
                    .filter(|&k| self.is_cap_word(k))
                    .and_then(|k| gazetteer.longest_match(self.input.text, self.tokens(), k))
                    .is_some_and(|m| gazetteer.entry(m.candidates[0]).label != Label::Person)
            };
            let class = lex.class(w);
            return !at_start
                && !self.ends_capitalised_phrase(i)
                && ((class.any(WordClass::SURNAME) && verb && !listed_with_a_thing())
                    || (class.any(WordClass::COMMON_GIVEN_NAME) && (verb || possessive)));
        }
        // After a preposition of place a rare surname is left to the
        // place rule (`near Hilla`).
        let rare_after_place_word = || {
            !lex.class(w)
                .any(WordClass::GIVEN_NAME | WordClass::COMMON_SURNAME)
                && self
                    .prev_joined(i)
                    .is_some_and(|p| lex.in_group(WordGroup::LocativePreposition, self.bytes_of(p)))
        };
        // (`Maisie, 15, a member of the panel`, `Mosia, 33, said`: an age
        // after the word shows a person, however rare the name.)
        verb || possessive
            || self.relative_after(i, PERSON_RELATIVES)
            || self.age_after(end - 1)
            || (census(w) && !at_start && !rare_after_place_word())
            || (census(w) && self.speech_after_apposition(end - 1))
    }

    /// `Jane Foley of Rabobank said`: is token `i` right after `NAME of`?
    /// One unknown word there is where the person works or lives, and the
    /// verb after it is theirs.
    fn after_name_of(&self, i: usize) -> bool {
        // (`Shares of Zelvatron jumped`: an English word opening the
        // sentence is capitalised for that alone.)
        self.word_before_of(i).is_some_and(|n| {
            self.is_cap_word(n)
                && !(n == self.opening && self.input.lexicon.is_english_word(self.text_of(n)))
        })
    }

    /// Is the one word at `i`, an English word, the end of a longer
    /// capitalised phrase (`the Housing Bill`, `six Great Powers
    /// rejected`) rather than a name? A word that opens a sentence (`Then
    /// Powers said`) starts no such phrase.
    fn ends_capitalised_phrase(&self, i: usize) -> bool {
        self.prev_joined(i)
            .is_some_and(|p| self.is_cap_word(p) && !is_sentence_starter(self.text_of(p)))
            && self
                .input
                .lexicon
                .is_english_word(strip_possessive(self.text_of(i)))
    }

    /// Capitalised words no list knows after a preposition of place
    /// (`through Moravia`, `past Lillesand`): Latin-script words that are
    /// neither English words nor census names.
    fn unknown_place(&self, i: usize) -> Option<(usize, usize)> {
        let lex = self.input.lexicon;
        let p = self.prev_joined(i)?;
        // (`to St. Anthony`: a saint's given name names the town.)
        let saint = lex.in_group(WordGroup::Saint, self.bytes_of(i));
        let placed = lex.in_group(WordGroup::LocativePreposition, self.bytes_of(p))
            || self.after_place_noun(i)
            || self.home_after_age(i)
            || (saint && self.after_place_preposition(i));
        if !placed {
            return None;
        }
        let after_kind = self.after_kind_of_place(i) || self.home_after_age(i) || saint;
        let mut last = i;
        let mut prev = i;
        loop {
            let w = strip_possessive(self.text_of(last));
            // A rare surname is a place more often here (`near Hilla`); a
            // date or a number is not (`from Aug. 5`, `far from No. 1`), and
            // an abbreviation only opens a name (`in St. Clairsville`).
            let opens_name = || {
                self.next_joined(last).is_some_and(|n| {
                    let next = self.text_of(n);
                    self.is_cap_word(n) && is_latin_name(next) && !lex.is_english_word(next)
                })
            };
            // (After `the town of`, or `Ana Ruiz, 31, of`, a given name or
            // a surname is a place's too.)
            let person_word = if after_kind {
                WordClass::NOT_A_NAME
            } else {
                WordClass::NOT_A_NAME | WordClass::GIVEN_NAME | WordClass::COMMON_SURNAME
            };
            // (`Bayt al-Faqih`: an Arabic article joined to a later word.)
            let article = last > i && is_article_name(lex, w);
            let plain = article
                || (self.is_cap_word(last)
                    && is_latin_name(w)
                    && (!w.ends_with('.') || opens_name())
                    && !lex.in_group(WordGroup::Calendar, self.bytes_of(last))
                    && !lex.class(w).any(person_word)
                    && (!lex.is_english_word(w) || (after_kind && last > i)));
            // (`St. Anselm College`: a head word after the first makes the
            // name the head word's, not a place's.)
            if last > i && self.class_of(last).any(WordClass::NAME_SUFFIX) {
                return None;
            }
            if !plain {
                return (last > i).then(|| (last, self.tokens()[prev].end()));
            }
            match self.next_joined(last) {
                Some(n)
                    if !self.ends_with_possessive(last)
                        && (self.is_cap_word(n) || is_article_name(lex, self.text_of(n))) =>
                {
                    prev = last;
                    last = n;
                }
                _ => {
                    let end = self.tokens()[last].start() + w.len();
                    return Some((last + 1, end));
                }
            }
        }
    }

    /// Does a name go on after the capitalised word at `p`: no stop word,
    /// possessive (`The`, `Canada's`) nor English word opening the
    /// sentence (`Hiked Mount Tamalpais`)?
    fn name_goes_on_after(&self, p: usize) -> bool {
        if !self.is_cap_word(p) || self.is_stopword(p) || self.ends_with_possessive(p) {
            return false;
        }
        let opening_word = p == self.opening
            && !self.class_of(p).any(WordClass::CENSUS)
            && self.input.lexicon.is_english_word(self.text_of(p));
        !opening_word
    }

    /// `the town of Leslie`: is token `i` after a noun for a kind of place
    /// and `of`?
    fn after_kind_of_place(&self, i: usize) -> bool {
        self.word_before_of(i).is_some_and(|q| {
            self.input
                .lexicon
                .in_group(WordGroup::PlaceNoun, self.bytes_of(q))
        })
    }

    /// The word before `of` right before token `i`, if any.
    fn word_before_of(&self, i: usize) -> Option<usize> {
        self.prev_joined(i)
            .filter(|&p| self.bytes_of(p) == b"of")
            .and_then(|p| self.prev_joined(p))
    }

    /// `Abu Dhabi-based`, `Nobel Prize-winning`: is the word at `i` an
    /// adjective made of a name?
    fn adjective_compound(&self, i: usize) -> bool {
        self.tokens()[i].has_hyphen() && is_adjective_compound(self.input.lexicon, self.text_of(i))
    }

    /// `a farmer`, `the senator`: is the word at `n` a noun for a person,
    /// or a title in lower case?
    fn person_noun(&self, n: usize) -> bool {
        let lex = self.input.lexicon;
        lex.in_group(WordGroup::PersonNoun, self.bytes_of(n))
            || (!self.tokens()[n].is_capitalised() && lex.title_any_case(self.text_of(n)).is_some())
    }

    /// `the village of Zelvorivka`, `the mayor of Zelvaburg`: is token `i`
    /// after a noun for a kind of place, or for a place's offices, people
    /// or parts, and `of`?
    fn after_place_noun(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        self.word_before_of(i).is_some_and(|q| {
            let w = self.bytes_of(q);
            // (`the heart of Bernie's speech`: the possessive's owner
            // is no place.)
            lex.in_group(WordGroup::PlaceNoun, w)
                || (lex.in_group(WordGroup::PlaceOwner, w) && !self.ends_with_possessive(i))
        })
    }

    /// A known place written in capitals (`ATHENS`, `NEW YORK`), as
    /// datelines do: its candidates and the token after it. At the start of
    /// a sentence (a dateline: `GENEVA (Reuters) -`) a place whose name is
    /// also a word is accepted too.
    fn shouted_place(&mut self, i: usize, at_start: bool) -> Option<(&'a [u32], usize)> {
        // (`BOGOTÁ`: capitals beyond ASCII too, read only for words that
        // hold such bytes.)
        let shouted = |k: usize| {
            let w = self.text_of(k);
            self.tokens()[k].is_word()
                && w.len() > 1
                && (w.bytes().all(|b| b.is_ascii_uppercase())
                    || (!w.is_ascii()
                        && w.starts_with(char::is_uppercase)
                        && w.chars().all(char::is_uppercase)))
        };
        // (`WHITMAN: It is a price we can pay.`: a surname in capitals
        // that opens a line before a colon is a transcript's speaker,
        // whatever town bears it.)
        if !shouted(i) || self.transcript_label(i) == Some(true) {
            return None;
        }
        // `NEW YORK -`: a place of up to three words.
        let mut run = [i; 3];
        let mut len = 1;
        while len < run.len() {
            match self.next_joined(run[len - 1]) {
                Some(n) if shouted(n) => {
                    run[len] = n;
                    len += 1;
                }
                _ => break,
            }
        }
        // More capitals after them make a headline, not a place.
        let headline = self
            .next_joined(run[len - 1])
            .is_some_and(|k| self.tokens()[k].is_word() && is_all_caps(self.text_of(k)));
        // A short word in capitals within a sentence is an acronym (`the
        // DAX index`, not the town of Dax).
        let short = if at_start { 3 } else { 5 };
        if headline || (len == 1 && self.text_of(i).len() < short) {
            return None;
        }
        // `NEW YORK` → `New York`, in the buffer kept for lower-casing;
        // then, for a name of more words, with its small words in lower
        // case (`RIO DE JANEIRO` → `Rio de Janeiro`).
        let text = self.input.text;
        let tokens = self.input.tokens;
        let lex = self.input.lexicon;
        let gazetteer = self.input.gazetteer;
        // Which words after the first are small: the second reading is
        // made only when some are.
        let small: [bool; 3] = std::array::from_fn(|k| {
            let word = &text[tokens[run[k]].range()];
            k > 0
                && k < len
                && (lex.in_group_lower(WordGroup::NameParticle, word)
                    || lex.in_group_lower(WordGroup::TitleSmallWord, word))
        });
        let title = &mut self.lower;
        for small_words in [false, true] {
            if small_words && !small.contains(&true) {
                break;
            }
            title.clear();
            for (k, &t) in run[..len].iter().enumerate() {
                if k > 0 {
                    title.push(' ');
                }
                let word = &text[tokens[t].range()];
                if small_words && small[k] {
                    title.push_str(&word.to_ascii_lowercase());
                } else {
                    push_title_case(title, word, lex);
                }
            }
            let place = gazetteer.get(title).filter(|c| {
                let e = gazetteer.entry(c[0]);
                e.label == Label::Location && (at_start || !e.ambiguous)
            });
            if let Some(c) = place {
                return Some((c, run[len - 1] + 1));
            }
        }
        None
    }

    /// `ZELVAVILLE, Ohio —`: a dateline's town no list knows, up to three
    /// words in capitals opening a sentence before a comma, a known state
    /// or country and a dash or a bracket. The end of the town's tokens.
    fn unknown_dateline(&self, i: usize, at_start: bool) -> Option<usize> {
        let caps = |k: usize| {
            let w = self.bytes_of(k);
            self.tokens()[k].is_word() && w.len() >= 3 && w.iter().all(u8::is_ascii_uppercase)
        };
        if !at_start || !caps(i) {
            return None;
        }
        let mut last = i;
        for _ in 0..2 {
            match self.next_joined(last) {
                Some(n) if caps(n) => last = n,
                _ => break,
            }
        }
        let comma = self
            .next_joined(last)
            .filter(|&k| self.bytes_of(k) == b",")?;
        let region = self.next_joined(comma).filter(|&k| self.is_cap_word(k))?;
        let gazetteer = self.input.gazetteer;
        let m = gazetteer.longest_match(self.input.text, self.tokens(), region)?;
        if !m
            .candidates
            .iter()
            .any(|&e| gazetteer.entry(e).is_country_or_region())
        {
            return None;
        }
        let after = self.next_joined(m.end_token - 1)?;
        let w = self.bytes_of(after);
        (self.input.lexicon.in_group(WordGroup::Dash, w) || w == b"(").then_some(last + 1)
    }

    /// A name in a headline or byline in capitals: a known one, else a
    /// person's.
    fn shouted_name(&mut self, i: usize) -> Option<Found<'a>> {
        let caps = |k: usize| self.tokens()[k].is_word() && is_all_caps(self.text_of(k));
        let in_headline = caps(i)
            && (self.prev_joined(i).is_some_and(caps) || self.next_joined(i).is_some_and(caps));
        if !in_headline {
            return None;
        }
        // The word and up to three more in capitals after it.
        let mut run = [i; 4];
        let mut len = 1;
        while len < run.len() {
            match self.next_joined(run[len - 1]).filter(|&n| caps(n)) {
                Some(n) => {
                    run[len] = n;
                    len += 1;
                }
                None => break,
            }
        }
        let run = &run[..len];
        self.shouted_known_name(run)
            .or_else(|| self.shouted_person(run))
    }

    /// `self.lower` set to the words of `run` in title case, the last one
    /// without its possessive; and where that one's name ends.
    fn title_case_run(&mut self, run: &[usize]) -> usize {
        let (text, tokens) = (self.input.text, self.input.tokens);
        let last = run[run.len() - 1];
        let end = tokens[last].start() + strip_possessive(&text[tokens[last].range()]).len();
        self.lower.clear();
        for &t in run {
            if t != run[0] {
                self.lower.push(' ');
            }
            push_title_case(
                &mut self.lower,
                &text[tokens[t].start()..end.min(tokens[t].end())],
                self.input.lexicon,
            );
        }
        end
    }

    /// A known name in a headline in capitals (`OBAMA TO VISIT CUBA`, `NEW
    /// HAMPSHIRE SHOWS STRONG LEAD`): the longest run of up to four words
    /// there that, in title case, the gazetteers know for sure. One word
    /// that is also an English word is taken only for a country (`CHINA`);
    /// in capitals nothing tells `TRUMP` the man from the card.
    fn shouted_known_name(&mut self, run: &[usize]) -> Option<Found<'a>> {
        let i = run[0];
        let (gazetteer, lex) = (self.input.gazetteer, self.input.lexicon);
        // Most words in capitals open no known name in title case: one
        // probe rules them out.
        self.title_case_run(&run[..1]);
        let lengths = gazetteer.name_lengths(&self.lower);
        for len in (1..=run.len())
            .rev()
            .filter(|len| lengths & 1 << (len - 1) != 0)
        {
            let end = self.title_case_run(&run[..len]);
            let title = &self.lower;
            let Some(candidates) = gazetteer.get(title) else {
                continue;
            };
            let entry = gazetteer.entry(candidates[0]);
            let sure = !entry.ambiguous
                && (len > 1 || entry.is_country_or_region() || !lex.is_english_form(title));
            // `RYAN LOCHTE`: a given name before a word no dictionary has
            // opens an unknown person's name.
            let unknown_surname = || {
                entry.label == Label::Person
                    && run
                        .get(len)
                        .is_some_and(|&n| !lex.is_english_word(self.text_of(n)))
            };
            if sure && !(len == 1 && unknown_surname()) {
                let span = Span::new(self.tokens()[i].start(), end);
                let mut f = found(span, i..run[len - 1] + 1, entry.label, Evidence::Gazetteer);
                f.candidates = candidates;
                return Some(f);
            }
        }
        None
    }

    /// A person's name in capitals, a given name and one or two surnames
    /// (`By MARIA LOPEZ`, `JOHN SMITH said`).
    fn shouted_person(&mut self, run: &[usize]) -> Option<Found<'a>> {
        let (gazetteer, lex) = (self.input.gazetteer, self.input.lexicon);
        if run.len() < 2 {
            return None;
        }
        self.title_case_run(&run[..1]);
        let given = lex.class(&self.lower);
        if !given.any(WordClass::GIVEN_NAME) || given.any(WordClass::NOT_A_NAME) {
            return None;
        }
        // A surname that is also an English word (`SMITH`, `CASH`) only
        // after a common given name or one that is no surname too (not
        // `CARSON CASH`).
        let plain_given =
            given.any(WordClass::COMMON_GIVEN_NAME) || !given.any(WordClass::COMMON_SURNAME);
        let mut name_end = None;
        for &k in run[1..].iter().take(2) {
            let end = self.title_case_run(&[k]);
            let title = &self.lower;
            // An unknown word is a surname too (`LINDA ZELVOS`), but not a
            // place (`SYDNEY AUSTRALIA`).
            let class = lex.class(title);
            let listed = class.any(WordClass::SURNAME) || gazetteer.get(title).is_none();
            let surname = listed
                && title.len() > 2
                && !class.any(WordClass::NOT_A_NAME)
                && (!lex.is_english_word(title)
                    || (plain_given && class.any(WordClass::COMMON_SURNAME)));
            if !surname {
                break;
            }
            name_end = Some((k, end));
            if end < self.tokens()[k].end() {
                break;
            }
        }
        name_end.map(|(last, end)| {
            let span = Span::new(self.tokens()[run[0]].start(), end);
            found(span, run[0]..last + 1, Label::Person, Evidence::GivenName)
        })
    }

    /// An all-capitals word of two to six letters, not a stop word or an
    /// English word in capitals (`FREE`), not in
    /// a run of capitals (a shouted headline), not at a sentence start.
    fn is_acronym(&self, i: usize) -> bool {
        let w = strip_possessive(self.text_of(i));
        // The shape of the bytes first: most words fail it at their second
        // letter, before their capitals are counted.
        let shape = w.bytes().all(|b| b.is_ascii_uppercase() || b == b'&')
            && (2..=6).contains(&w.bytes().filter(u8::is_ascii_uppercase).count());
        let caps_neighbour = |k: Option<usize>| {
            k.is_some_and(|k| self.tokens()[k].is_word() && is_all_caps(self.text_of(k)))
        };
        let lex = self.input.lexicon;
        // (`MONDAY’S` in a headline is the day: the stop words are listed
        // capitalised.)
        // (`the place was PACKED`: a verb's form shouted.)
        let shouted_verb =
            || w.len() >= 5 && (w.ends_with("ED") || w.ends_with("ING")) && lex.is_english_word(w);
        shape
            && !lex.is_english_form(w)
            && !shouted_verb()
            && !lex.is_stopword(w)
            && !lex.in_group(WordGroup::RegnalNumber, w)
            && !lex.in_group(WordGroup::PostNominal, w)
            // (`ACP`, `IGP`: a rank in capitals.)
            && lex.title_any_case(w).is_none()
            && !caps_neighbour(self.prev_joined(i))
            && !caps_neighbour(self.next_joined(i))
            && !lex.is_stopword(&title_case(w))
    }

    /// Is a known person's one-word name that is also an English word
    /// (`Power`, `Moon`) that word here: after a capitalised word that is
    /// no title and opens no sentence (`Acme Power`, but `Then Trump
    /// said`), or after an article and not before a noun it modifies (`the
    /// Moon,` but `the Trump administration`)?
    fn word_not_person(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let Some(p) = self.prev_joined(i) else {
            return false;
        };
        let word_here = if self.after_article(i) {
            !self
                .next_joined(i)
                .map(|n| self.text_of(n))
                .is_some_and(|w| w != "of" && w.starts_with(|c: char| c.is_lowercase()))
        } else {
            self.is_cap_word(p)
                && !lex.title_last_words.contains(self.text_of(p))
                && !is_sentence_starter(self.text_of(p))
        };
        word_here && lex.is_english_form(self.text_of(i))
    }

    /// `a Boeing 737`, `the FTSE 100 fell`: is token `k` a plain whole
    /// number one space after the token before it, and no quantity
    /// (`Nasdaq 1.2 percent`, `rose 300 points`)?
    fn before_model_number_at(&self, k: usize) -> bool {
        let t = self.tokens();
        let Some(n) = t.get(k).filter(|n| n.kind == TokenKind::Number) else {
            return false;
        };
        k > 0
            && t[k - 1].spaced_from(n)
            && self.bytes_of(k).iter().all(u8::is_ascii_digit)
            && !self
                .next_joined(k)
                .is_some_and(|m| matches!(self.bytes_of(m), b"percent" | b"points" | b"%" | b"per"))
    }

    /// `65 Max 9 jets`, `a Pixel 8 phone`: is the word at `i` a product's
    /// name before its model number, which a lower-case word follows (not
    /// an age: `and Barron 9.`; not a verse, whose book speaks: `Isaiah
    /// 45:1 reads`)?
    fn before_model_number(&self, i: usize) -> bool {
        self.before_model_number_at(i + 1)
            && self.next_joined(i + 1).is_some_and(|m| {
                self.tokens()[m].is_word()
                    && self.bytes_of(m).first().is_some_and(u8::is_ascii_lowercase)
            })
    }

    /// An English word in capitals next to another word in capitals: a
    /// shouted phrase (`WHO WANTS TO HELP`), not an acronym (`WHO`, `IS`).
    fn shouted_word(&self, i: usize) -> bool {
        let w = self.text_of(i);
        let caps = |k: Option<usize>| {
            k.is_some_and(|k| self.tokens()[k].is_word() && is_all_caps(self.text_of(k)))
        };
        is_all_caps(w)
            && (caps(self.prev_joined(i)) || caps(self.next_joined(i)))
            && self.input.lexicon.is_english_form(w)
    }

    /// `@TimKaine`, `#NeverTrump`, `HealthCare.gov`, `pic.twitter.com/AbcDef`,
    /// `author="JebBush"`: part of an account's, a tag's, a web address's or
    /// markup's name, not the name of what it stands for.
    fn in_handle_or_address(&self, i: usize) -> bool {
        let tokens = self.tokens();
        let joined = |a: usize, b: usize| !tokens[a].spaced_from(&tokens[b]);
        let marked = i.checked_sub(1).is_some_and(|p| {
            joined(p, i)
                && match self.bytes_of(p) {
                    b"@" | b"#" | b"/" => true,
                    // A markup attribute's value: `author="JebBush"`.
                    _ => {
                        tokens[p].quote_family().is_some()
                            && p.checked_sub(1)
                                .is_some_and(|q| self.bytes_of(q) == b"=" && joined(q, p))
                    }
                }
        });
        let domain = i + 2 < tokens.len()
            && self.bytes_of(i + 1) == b"."
            && joined(i, i + 1)
            && joined(i + 1, i + 2)
            && tokens[i + 2].is_word()
            && self.bytes_of(i + 2)[0].is_ascii_lowercase();
        marked || domain
    }

    /// Is token `i` preceded by an article? People's names rarely are
    /// (`the Danevirke`, `the Qing`), nor by one and a year or an ordinal
    /// (`the 2008 Summer Olympic Games`, `the last Olympic Games`).
    fn after_article(&self, i: usize) -> bool {
        let before = self.prev_joined(i).map(|p| {
            let ordinal = matches!(self.bytes_of(p), b"last" | b"first" | b"next" | b"annual");
            if self.tokens()[p].kind == TokenKind::Number || ordinal {
                self.prev_joined(p)
            } else {
                Some(p)
            }
        });
        before.flatten().is_some_and(|p| {
            matches!(
                self.bytes_of(p),
                b"the" | b"The" | b"a" | b"an" | b"A" | b"An"
            )
        })
    }

    /// Does a verb follow token `last` (`Hitchcock preferred`, `Kipling
    /// also met`)? Speech cues, auxiliaries and lower-case `-ed` words count.
    fn verb_after(&self, last: usize) -> bool {
        let Some(mut n) = self.next_joined(last) else {
            return false;
        };
        if self.text_of(n).ends_with("ly") {
            match self.next_joined(n) {
                Some(m) => n = m,
                None => return false,
            }
        }
        let w = self.text_of(n);
        if !self.tokens()[n].is_word() || !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
        if self.input.lexicon.in_group(WordGroup::Auxiliary, w)
            || (w.len() > 4 && w.ends_with("ed"))
        {
            return true;
        }
        let lex = self.input.lexicon;
        lex.cue(w).is_some_and(|c| c.kind == CueKind::Verb) && !self.opens_preposition(n)
    }

    /// Does the word at `n` make a preposition with the `to` after it, and
    /// so no verb (`at Anfield thanks to a late goal`)?
    fn opens_preposition(&self, n: usize) -> bool {
        self.input
            .lexicon
            .in_group(WordGroup::PrepositionHead, self.bytes_of(n))
            && self
                .next_joined(n)
                .is_some_and(|m| self.bytes_of(m) == b"to")
    }

    /// `Lerato Dlamini, News24` alone on its line: a byline, the writer's
    /// name, a comma and a known news organisation's whole name ending the
    /// line.
    fn byline_outlet_after(&self, first: usize, last: usize) -> bool {
        let t = self.tokens();
        let Some(outlet) = self
            .next_joined(last)
            .filter(|&c| self.bytes_of(c) == b"," && self.opens_line(first))
            .and_then(|c| self.next_joined(c))
        else {
            return false;
        };
        let gazetteer = self.input.gazetteer;
        gazetteer
            .longest_match(self.input.text, t, outlet)
            .is_some_and(|m| {
                &*gazetteer.entry(m.candidates[0]).subtype == "news organisation"
                    && t.get(m.end_token)
                        .map_or(true, |n| n.kind == TokenKind::LineBreak || n.is_space())
                    && m.end == t[m.end_token - 1].end()
            })
    }

    /// `House Republicans`, `Senate Democrats`: is the word at `i` followed
    /// by a party's members?
    fn party_after(&self, i: usize) -> bool {
        self.next_joined(i)
            .is_some_and(|n| self.is_cap_word(n) && self.class_of(n).any(WordClass::AFFILIATION))
    }

    /// Does token `i` open its line (nothing but spaces before it since
    /// the last line break)?
    fn opens_line(&self, i: usize) -> bool {
        self.tokens()[..i]
            .iter()
            .rev()
            .find(|t| t.kind != TokenKind::Space)
            .map_or(true, |p| p.kind == TokenKind::LineBreak)
    }

    /// `Jane Roe, a close friend of the family, said`, `Roe, 54, said`: an
    /// apposition that opens with a determiner or an age, then a speech
    /// verb.
    fn speech_after_apposition(&self, last: usize) -> bool {
        let lex = self.input.lexicon;
        let Some(mut k) = self
            .next_joined(last)
            .filter(|&c| self.bytes_of(c) == b",")
            .and_then(|c| self.next_joined(c))
            .filter(|&d| {
                self.tokens()[d].kind == TokenKind::Number
                    || lex.in_group(WordGroup::Determiner, self.bytes_of(d))
            })
        else {
            return false;
        };
        for _ in 0..APPOSITION_WORDS {
            k = match self.next_joined(k) {
                Some(n) => n,
                None => return false,
            };
            let speech_next = || {
                self.next_joined(k)
                    .and_then(|v| lex.cue(self.text_of(v)))
                    .is_some_and(|c| c.kind == CueKind::Verb)
            };
            if self.bytes_of(k) == b"," && speech_next() {
                return true;
            }
        }
        false
    }

    /// The last of the capitalised words from `i` on, with the connectors
    /// between them (`Democracy for America`, `Correct the Record`, `Right
    /// to Rise`): an organisation's name, which may hold any word.
    fn capitalised_run(&self, i: usize) -> usize {
        let lex = self.input.lexicon;
        let mut last = i;
        for _ in 1..MAX_ORG_WORDS {
            let Some(n) = self.next_joined(last) else {
                break;
            };
            if self.ends_with_possessive(last) {
                break;
            }
            if self.is_cap_word(n) {
                last = n;
                continue;
            }
            // The connector's filter first: it rules out most words. (`on`
            // joins only after a prefix: `Nabisco on Wednesday`.)
            let w = self.bytes_of(n);
            if !(w == b"the"
                || w == b"to"
                || (w != b"on" && lex.in_group(WordGroup::OrgConnector, w)))
            {
                break;
            }
            let m = match self.next_joined(n) {
                Some(a) if self.is_cap_word(a) => a,
                Some(a) if self.bytes_of(a) == b"the" => match self.next_joined(a) {
                    Some(m) if self.is_cap_word(m) => m,
                    _ => break,
                },
                _ => break,
            };
            last = m;
        }
        last
    }

    /// The exclusive token end and the byte end of a name whose last token
    /// is `last`, its possessive left out.
    fn name_end(&self, last: usize) -> (usize, usize) {
        let word = strip_possessive(self.text_of(last));
        (last + 1, self.tokens()[last].start() + word.len())
    }

    /// `, a public opinion research group`, `, the carmaker,`: does an
    /// apposition after `last` open with a determiner and have a kind of
    /// organisation among its first five words, heading them (`, a group
    /// leader` is a person)?
    fn organisation_described_after(&self, last: usize) -> bool {
        let lex = self.input.lexicon;
        self.described_after(last, 5, false, |w| kind_of_organisation(lex, w))
    }

    /// `, a town of 5,000`, `, a farming village near`: the same for a
    /// kind of place among the first four words, all in lower case (not
    /// `, a city councilman`, nor `, a Tennessee district court nominee`).
    fn place_described_after(&self, last: usize) -> bool {
        let lex = self.input.lexicon;
        self.described_after(last, 4, true, |w| lex.in_group(WordGroup::PlaceNoun, w))
            || self.distance_after(last)
    }

    /// `Seward, about 25 miles west of Lincoln`: is the word at `last`
    /// followed by a comma, a number (after `about` or the like) and a unit
    /// of distance?
    fn distance_after(&self, last: usize) -> bool {
        let lex = self.input.lexicon;
        let Some(mut k) = self
            .next_joined(last)
            .filter(|&c| self.bytes_of(c) == b",")
            .and_then(|c| self.next_joined(c))
        else {
            return false;
        };
        if self.tokens()[k].is_word() && !self.tokens()[k].is_capitalised() {
            match self.next_joined(k) {
                Some(n) => k = n,
                None => return false,
            }
        }
        self.tokens()[k].kind == TokenKind::Number
            && self
                .next_joined(k)
                .is_some_and(|u| lex.in_group(WordGroup::DistanceUnit, self.bytes_of(u)))
    }

    /// Does an apposition after `last` open with a determiner and have a
    /// word `is_kind` accepts among its first `words` words (`lower_case`:
    /// words in lower case only), no person's role coming before it or
    /// right after it?
    fn described_after(
        &self,
        last: usize,
        words: usize,
        lower_case: bool,
        is_kind: impl Fn(&str) -> bool,
    ) -> bool {
        let lex = self.input.lexicon;
        if self.ends_with_possessive(last) {
            return false;
        }
        let Some(mut k) = self
            .next_joined(last)
            .filter(|&c| self.bytes_of(c) == b",")
            .and_then(|c| self.next_joined(c))
            .filter(|&d| lex.in_group(WordGroup::Determiner, self.bytes_of(d)))
        else {
            return false;
        };
        let names_a_person = |w: &str| {
            lex.title(w).is_some()
                || lex.in_group(WordGroup::PersonNoun, w)
                || (lex.in_group(WordGroup::UnnamedRole, w) && !kind_of_organisation(lex, w))
        };
        for _ in 0..words {
            k = match self.next_joined(k) {
                Some(n)
                    if self.tokens()[n].is_word()
                        && !(lower_case && self.tokens()[n].is_capitalised()) =>
                {
                    n
                }
                _ => return false,
            };
            let w = self.text_of(k);
            if names_a_person(w) {
                return false;
            }
            if is_kind(w) {
                return !self
                    .next_joined(k)
                    .is_some_and(|n| names_a_person(self.text_of(n)));
            }
        }
        false
    }

    /// `Huma Abedin, vice chairwoman for the campaign, emailed`, `Soe Min, a
    /// USDP member`: a role among the first four words of an apposition
    /// after `last`.
    fn role_in_apposition(&self, last: usize) -> bool {
        let lex = self.input.lexicon;
        let Some(mut k) = self.next_joined(last).filter(|&c| self.bytes_of(c) == b",") else {
            return false;
        };
        for _ in 0..4 {
            k = match self.next_joined(k) {
                Some(n) if self.tokens()[n].is_word() => n,
                _ => return false,
            };
            let w = self.text_of(k);
            if lex.title(w).is_some()
                || lex.in_group(WordGroup::PersonNoun, w)
                || lex.in_group(WordGroup::UnnamedRole, w)
            {
                return true;
            }
        }
        false
    }

    /// An organisation or place named by a head word: a capitalised phrase
    /// ending in `Ministry`, `Council`, `Party` …, or holding `Ministry of`,
    /// `University of` … followed by more capitalised words.
    fn head_word_name(&self, i: usize, at_start: bool) -> Option<(usize, usize, Label)> {
        // Generic words that are never a name alone (`National`, `Ministry`)
        // may begin one; closed-class words (`The`, `In`) may not.
        if !self.is_cap_word(i) || is_sentence_starter(strip_possessive(self.text_of(i))) {
            return None;
        }
        let lex = self.input.lexicon;
        if self.headline && self.headline_verb_or_function_word(i) {
            return None;
        }
        if !self.may_hold_head_word(i) {
            return None;
        }
        // `Former Calumet Township trustee`: a word that moves an office
        // out of the present opens the sentence, not the name (unless it
        // opens a known one: `New Hampshire Public Radio`).
        if at_start
            && lex.in_group_lower(WordGroup::OfficeTime, strip_possessive(self.text_of(i)))
            && self
                .input
                .gazetteer
                .longest_match(self.input.text, self.tokens(), i)
                .is_none()
        {
            return None;
        }
        // `Shares of Acme Inc.`: a sentence-initial ordinary word before
        // `of` is no part of the name that follows (`Ministry of …` is).
        let first = strip_possessive(self.text_of(i));
        let connector_next = || {
            self.next_joined(i)
                .is_some_and(|n| lex.in_group(WordGroup::OrgConnector, self.bytes_of(n)))
        };
        // After a dateline's dash the sentence starts anew (`NEW YORK
        // (Reuters) - Shares of …`).
        let opens = || {
            at_start
                || self
                    .prev_joined(i)
                    .is_some_and(|p| lex.in_group(WordGroup::Dash, self.bytes_of(p)))
        };
        // `CEO of Washington Restaurant Association`: a title before `of`
        // names a post, not an organisation.
        if connector_next()
            && !lex.name_prefixes.contains_key(first)
            && ((opens() && lex.is_english_word(first)) || lex.title_any_case(first).is_some())
        {
            return None;
        }
        // The capitalised words of the phrase, each with the connector
        // word (`of`, `and` …) that precedes it, if any.
        let mut words: [(usize, Option<&str>); MAX_ORG_WORDS] = [(i, None); MAX_ORG_WORDS];
        let mut len = 1;
        while len < MAX_ORG_WORDS {
            let last = words[len - 1].0;
            // `Sheriff's Office`, `Children's Hospital`: a word in the
            // possessive goes on only to a head word.
            if self.ends_with_possessive(last) && !self.possessive_in_name(last) {
                break;
            }
            let Some(n) = self.next_joined(last) else {
                break;
            };
            if self.is_cap_word(n) {
                // `Bank of England Governor Andrew Bailey`: a title before a
                // name ends the organisation's name; so does a closed-class
                // word in capitals (`Primary Is A Fight Over Wall Street`).
                if self.starts_title_of_name(n) {
                    // `U.S. District Judge Jane Roe`: the title may open
                    // with the last word before it.
                    if len > 1 && self.title_of_two(words[len - 1].0, n) {
                        len -= 1;
                    }
                    break;
                }
                // `Abu Dhabi-based Zelvo Labs`: an adjective made of a
                // name is no part of the next name; `Take Highway 26`: a
                // road with its number is a name of its own.
                if is_sentence_starter(self.text_of(n))
                    || (self.headline && self.headline_verb_or_function_word(n))
                    || self.adjective_compound(n)
                    || (lex.in_group(WordGroup::RoadWord, self.bytes_of(n))
                        && self
                            .next_joined(n)
                            .is_some_and(|m| self.tokens()[m].kind == TokenKind::Number))
                {
                    break;
                }
                words[len] = (n, None);
                len += 1;
                continue;
            }
            let connector = self.text_of(n);
            // (`Save the Children`, but not `told MPs the Government`: a
            // word in capitals before `the` is no verb of a name.)
            if connector == "the"
                && self
                    .bytes_of(last)
                    .get(1)
                    .is_some_and(u8::is_ascii_uppercase)
            {
                break;
            }
            let mut after = self.next_joined(n);
            // `on` joins only after an organisation's prefix (`Council on
            // Foreign Relations`; not `Larry O'Connor on Hot Air`).
            if connector == "on"
                && lex
                    .name_prefixes
                    .get(strip_possessive(self.text_of(last)))
                    .map(|p| p.label)
                    != Some(Label::Organization)
            {
                break;
            }
            // `Ministry of the Interior`, `Forces for the Liberation of …`:
            // an article after `of` or `for` inside a name, but only once
            // the name has an organisation's head word (not `Chairman of
            // the …`).
            let w = strip_possessive(self.text_of(last));
            if matches!(connector, "of" | "for")
                && (self.organisation_head(last)
                    || lex.name_prefixes.get(w).map(|p| p.label) == Some(Label::Organization)
                    || (connector == "for"
                        && words[..len].iter().any(|&(k, _)| self.organisation_head(k))))
            {
                if let Some(a) = after.filter(|&a| self.bytes_of(a) == b"the") {
                    after = self.next_joined(a);
                    // `Court of Appeals for the 7th Circuit`: an ordinal
                    // before a capital is a word of the name.
                    if let Some(n) = after.filter(|&n| {
                        is_ordinal(self, n)
                            && self.next_joined(n).is_some_and(|m| self.is_cap_word(m))
                    }) {
                        words[len] = (n, Some(connector));
                        len += 1;
                        continue;
                    }
                }
            }
            // `Rue de la Loi`, `Paseo de los Héroes`: a lower-case particle
            // after `de`, as in names of people.
            if connector == "de" {
                if let Some(a) = after.filter(|&a| {
                    self.bytes_of(a).first().is_some_and(u8::is_ascii_lowercase)
                        && lex.in_group(WordGroup::NameParticle, self.bytes_of(a))
                }) {
                    after = self.next_joined(a);
                }
            }
            // `Jane Roe of Acme News`, `Superintendent Jane Roe of Kent
            // Police`: a person's name before `of`, with no head word of its
            // own, is the person, not the start of the organisation's name
            // (`Bill and Melinda Gates Foundation` is one name).
            let ends_person = |k: usize| self.person_run(k).is_some_and(|(end, _)| end == last + 1);
            let person_before = || {
                connector == "of"
                    && words[..len].iter().all(|&(k, _)| {
                        let w = strip_possessive(self.text_of(k));
                        !lex.name_suffixes.contains_key(w) && !lex.name_prefixes.contains_key(w)
                    })
                    && (self.class_of(i).any(WordClass::GIVEN_NAME)
                        || ends_person(i)
                        || (len >= 3 && self.titled_person_ends_at(i, last + 1)))
            };
            // `Edison Research for the Associated Press`: work for a known
            // organisation, not a name that holds it.
            let works_for_known_organisation = |m: usize| {
                let gazetteer = self.input.gazetteer;
                connector == "for"
                    && gazetteer
                        .longest_match(self.input.text, self.tokens(), m)
                        .is_some_and(|k| {
                            k.end_token > m + 1
                                && gazetteer.entry(k.candidates[0]).label == Label::Organization
                        })
            };
            // `the FBI and Justice Department`: an acronym before `and` is
            // a name of its own, listed with the next.
            if len == 1
                && matches!(connector, "and" | "&" | "or")
                && is_all_caps(strip_possessive(self.text_of(i)))
            {
                break;
            }
            // The connector before the capital's lists: most words between
            // capitals are no connector.
            match after {
                Some(m)
                    if self.is_cap_word(m)
                        && lex.in_group(WordGroup::OrgConnector, connector)
                        && !is_sentence_starter(self.text_of(m))
                        && !lex.in_group(WordGroup::Calendar, self.bytes_of(m))
                        && !person_before()
                        && !works_for_known_organisation(m) =>
                {
                    words[len] = (m, Some(connector));
                    len += 1;
                }
                _ => break,
            }
        }
        // `Quinnipiac and Fox News`, `University of Zurich and Gordon
        // Hanson`: a known name or a person's full name that ends the words
        // after `and` is listed with the name, not part of it (`Ways and
        // Means Committee`, `Bill and Melinda Gates Foundation` are one).
        let end_of_words = words[len - 1].0 + 1;
        let listed = |k: usize| {
            let gazetteer = self.input.gazetteer;
            gazetteer
                .longest_match(self.input.text, self.tokens(), k)
                .is_some_and(|m| m.end_token == end_of_words && m.end_token > k + 1)
                || (self.class_of(k).any(WordClass::GIVEN_NAME)
                    && self
                        .person_run(k)
                        .is_some_and(|(end, _)| end == end_of_words && end > k + 1))
        };
        // `the Campaign for Nuclear Disarmament and Citizens for …`: a
        // prefix with its connector after `and` opens another name.
        let opens_prefixed = |j: usize| {
            j + 1 < len
                && words[j + 1].1.is_some_and(|connector| {
                    lex.name_prefixes
                        .get(strip_possessive(self.text_of(words[j].0)))
                        .is_some_and(|p| p.joins(connector))
                })
        };
        // `SoftBank and Thrive Capital`: a known organisation's whole name
        // before `and` is listed with the next name, not part of it, unless
        // it is one English word (`Science and Technology Directorate`).
        let known_before = |j: usize| {
            let gazetteer = self.input.gazetteer;
            gazetteer
                .longest_match(self.input.text, self.tokens(), i)
                .is_some_and(|m| {
                    m.end_token == words[j - 1].0 + 1
                        && gazetteer.entry(m.candidates[0]).label == Label::Organization
                        && (j > 1 || !lex.is_english_word(strip_possessive(self.text_of(i))))
                })
        };
        // `Abbott Northwestern Hospital in Minneapolis and United Hospital
        // in St. Paul`: a known place's whole name after a preposition of
        // place, before `and`, is where the last name stood, not part of
        // the next.
        let place_before = |j: usize| {
            let gazetteer = self.input.gazetteer;
            self.prev_joined(i)
                .is_some_and(|p| lex.in_group(WordGroup::LocativePreposition, self.bytes_of(p)))
                && gazetteer
                    .longest_match(self.input.text, self.tokens(), i)
                    .is_some_and(|m| {
                        m.end_token == words[j - 1].0 + 1
                            && gazetteer.entry(m.candidates[0]).label == Label::Location
                    })
        };
        // `the Sheriff's Office and Harlow Hospital`: after an
        // organisation's head word, `and` or `or` lists another name; not
        // after `of` (`Ministry of Electronics and Information Technology`).
        // (`U.S. Securities and Exchange Commission`: not inside a known
        // name that holds the head word.)
        let known_across = |j: usize| {
            let gazetteer = self.input.gazetteer;
            words[..j].iter().any(|&(k, _)| {
                gazetteer
                    .longest_match(self.input.text, self.tokens(), k)
                    .is_some_and(|m| {
                        m.end_token > words[j].0
                            && gazetteer.entry(m.candidates[0]).label == Label::Organization
                    })
            })
        };
        // `the Recreation Center on Ohio Avenue`: `on` before a street
        // says where the named thing stands (`Center on Budget and Policy
        // Priorities`, `Select Committee on Benghazi` name a topic).
        let street_after_on = || {
            lex.name_suffixes
                .get(strip_possessive(self.text_of(words[len - 1].0)))
                == Some(&Label::Location)
        };
        // `By Joel Ramos Associated Press`: a given name and a surname,
        // then a known organisation's whole name of two words or more, are
        // a byline's writer and agency.
        // (After `By` opening its line, any two words: `By TOMMY HOLLIS
        // Associated Press`.)
        let after_by = || {
            self.prev_joined(i)
                .is_some_and(|b| matches!(self.bytes_of(b), b"By" | b"BY") && self.opens_line(b))
        };
        let writer_then_known = |j: usize| {
            let surname = words[1].0;
            let writer = || {
                self.class_of(i).any(WordClass::COMMON_GIVEN_NAME)
                    && !self.class_of(surname).any(WordClass::NOT_A_NAME)
                    && !lex.is_english_word(self.text_of(surname))
                    && self.input.gazetteer.get(self.text_of(surname)).is_none()
            };
            j == 2
                && words[1].1.is_none()
                && !is_initial(self.text_of(surname))
                && (writer() || after_by())
                && self
                    .input
                    .gazetteer
                    .longest_match(self.input.text, self.tokens(), words[j].0)
                    .is_some_and(|m| {
                        m.end_token == end_of_words
                            && m.end_token > words[j].0 + 1
                            && self.input.gazetteer.entry(m.candidates[0]).label
                                == Label::Organization
                    })
        };
        if let Some(j) = (1..len).find(|&j| match words[j].1 {
            None => writer_then_known(j),
            Some("on") => street_after_on(),
            Some("and" | "or") => {
                listed(words[j].0)
                    || (self.organisation_head(words[j - 1].0)
                        && words[j - 1].1 != Some("of")
                        && !known_across(j))
                    || opens_prefixed(j)
                    || known_before(j)
                    || place_before(j)
            }
            Some("&") => listed(words[j].0),
            _ => false,
        }) {
            len = j;
        }
        // `a Super PAC backing Bush`: a kind of organisation, not one.
        if len == 1 || (len == 2 && lex.in_group(WordGroup::KindModifier, first)) {
            return None;
        }
        // `Wednesday the Secret Service`, `Republican-controlled Congress`:
        // a day, a month or an adjective opens no name, but a head word may
        // follow a holiday (`Easter Island`).
        let calendar = || {
            lex.in_group(WordGroup::Calendar, self.bytes_of(i))
                && !self.class_of(words[1].0).any(WordClass::NAME_SUFFIX)
        };
        if self.adjective_compound(i) || calendar() {
            return None;
        }
        let words = &words[..len];
        let head = |k: usize| strip_possessive(self.text_of(words[k].0));
        // Each map is probed only for a word that may be in it: a prefix
        // before its connector, a word whose class marks it a head word.
        // `for` and `on` may follow any organisation's prefix (`Corporation
        // for Public Broadcasting`, `Center on Budget …`; not `State for
        // Political Affairs`); `of`
        // follows a place's start word too (`Port of Spain`), but not a
        // prefix listed only with `for` or `on` (`Electoral Commission of
        // Ghana` is the commission and the country). A prefix that `and`
        // joins to the words before it opens a second name (`Anthony Hall
        // and Ministry of Defence officials`).
        let prefixed = (0..words.len().saturating_sub(1)).find_map(|k| {
            let connector = words[k + 1].1?;
            let p = lex.name_prefixes.get(head(k))?;
            let joins = match connector {
                "of" => p.joins("of") || p.joins(""),
                "for" | "on" => p.joins(connector) || p.label == Label::Organization,
                _ => false,
            };
            let second = k > 0 && matches!(words[k].1, Some("and" | "or" | "&"));
            (joins && !second).then_some(p.label)
        });
        // A head word right after `and` opens a second name (`Lake Victoria
        // and Lake Tanganyika`).
        // A place's name holds no `and`, `on` or `for` before its head word
        // (`Nassau County on Long Island`, `Pennsylvania and Rhode Island`:
        // two names; `Hillary for Prison`: a slogan).
        let joined_before = |k: usize| {
            words[1..=k]
                .iter()
                .any(|w| matches!(w.1, Some("and" | "or" | "&" | "on" | "for")))
        };
        // `Chicago Sun-Times`: an organisation's head word may close a
        // hyphenated word (a place's may not: `Jamison Gibson-Park`).
        let hyphened_head = |k: usize| {
            self.tokens()[words[k].0]
                .has_hyphen()
                .then(|| head(k).rsplit('-').next())
                .flatten()
                .filter(|&part| lex.name_suffixes.get(part) == Some(&Label::Organization))
        };
        let suffixed = || {
            (1..words.len()).rev().find_map(|k| {
                if matches!(words[k].1, Some("and" | "or" | "&")) {
                    return None;
                }
                let word = if self.class_of(words[k].0).any(WordClass::NAME_SUFFIX) {
                    head(k)
                } else {
                    hyphened_head(k)?
                };
                // `the heavily Democratic District of Columbia`: a head word
                // that opens a longer known name goes with that name.
                let opens_known = || {
                    k + 1 < words.len()
                        && self
                            .input
                            .gazetteer
                            .longest_match(self.input.text, self.tokens(), words[k].0)
                            .is_some_and(|m| m.end_token > words[k].0 + 1)
                };
                // `Zelvaville City School District`: a head word of two
                // words, whose last is one too, wins (read from the text
                // when one space joins them).
                let two_words = || {
                    if k < 2 || words[k].1.is_some() {
                        return None;
                    }
                    let (a, b) = (&self.tokens()[words[k - 1].0], &self.tokens()[words[k].0]);
                    if b.start() != a.end() + 1 {
                        return None;
                    }
                    let key = self.input.text.get(a.start()..b.start() + word.len())?;
                    lex.name_suffixes.get(key)
                };
                two_words()
                    .or_else(|| lex.name_suffixes.get(word))
                    .map(|&l| (k, l))
                    .filter(|&(k, l)| l != Label::Location || !joined_before(k))
                    .filter(|_| !opens_known())
            })
        };
        let started = || {
            self.class_of(i)
                .any(WordClass::PLACE_START)
                .then(|| lex.name_starts.get(head(0)))
                .flatten()
                .filter(|_| words.len() > 1)
                // `Platte River Networks`: a start word after a capital is
                // inside a longer name.
                .filter(|_| {
                    !self
                        .prev_joined(i)
                        .is_some_and(|p| self.name_goes_on_after(p))
                })
                // `Team Telekom`, `Team USA`, but not `Team Leaders`: an
                // organisation opened by its head word needs a name after
                // it, not an everyday noun, unless the head word is a club's
                // letters (`HC Dynamo Moscow`).
                .filter(|&&l| {
                    let next = strip_possessive(self.text_of(words[1].0));
                    l != Label::Organization
                        || is_all_caps(next)
                        || is_all_caps(head(0))
                        || !lex.is_english_word(next)
                })
                // `Mount Kilimanjaro and Mount Kenya`: two names, the first
                // ending before `and`; `left FC Zelva for Dynamo Kyiv`:
                // before `for`, which joins no name a start word opens.
                .and_then(|&l| {
                    let end = words
                        .iter()
                        .position(|w| matches!(w.1, Some("and" | "or" | "&" | "for")))
                        .unwrap_or(words.len());
                    (end > 1).then_some((end - 1, l))
                })
        };
        let (mut last, label) = match prefixed {
            Some(label) => (words.len() - 1, label),
            None => suffixed().or_else(started)?,
        };
        // `Stunning News`, `Sizable Army`: in a headline, English words
        // before an organisation's head word are words.
        if self.headline
            && label == Label::Organization
            && words[..last].iter().all(|&(k, _)| {
                let w = strip_possessive(self.text_of(k));
                !is_all_caps(w) && lex.is_english_word(w)
            })
        {
            return None;
        }
        // `a Democratic Senate`, `the Republican Congress`: a party's
        // adjective before a known body's one-word name says who holds it;
        // the body is named from its own word (`Democratic Caucus` is one
        // name: `Caucus` alone names none).
        if label == Label::Organization
            && last >= 1
            && words[..=last].iter().all(|w| w.1.is_none())
            && words[..last].iter().all(|&(k, _)| {
                self.class_of(k).any(WordClass::AFFILIATION)
                    && !self.class_of(k).any(WordClass::GIVEN_NAME)
            })
            && self.is_organization(words[last].0)
        {
            return None;
        }
        // `Clean Air Act`, `Academy Award`: capitals straight after the
        // head word make it part of some longer name, a law's or a prize's,
        // unless the head word is a company's legal form, which always ends
        // its name (`Acme Corp. Chairman`), or the capitals are a group or an
        // acronym that the organisation owns (`Oversight Committee
        // Republicans`, `Black Caucus PAC`) or the start of the next sentence.
        if let Some(&(n, None)) = words.get(last + 1) {
            let w = strip_possessive(self.text_of(n));
            if !(lex.in_group(WordGroup::LegalForm, self.bytes_of(words[last].0))
                || is_all_caps(w)
                || is_sentence_starter(w)
                || self.class_of(n).any(WordClass::AFFILIATION))
            {
                return None;
            }
            // `Cancer Research UK`: a country's code in capitals that ends
            // the phrase names the organisation's branch.
            let gazetteer = self.input.gazetteer;
            let country_code = label == Label::Organization
                && last + 2 == words.len()
                && is_all_caps(w)
                && gazetteer
                    .get(w)
                    .is_some_and(|c| gazetteer.entry(c[0]).subtype == "country");
            if country_code {
                last += 1;
            }
        }
        // `Housing Authority of New Orleans`: a city or region after `of`
        // belongs to the name (a country is more often the body's owner,
        // named apart: `the Finance Ministry of Japan`).
        if label == Label::Organization && matches!(words.get(last + 1), Some((_, Some("of")))) {
            let (start, _) = words[last + 1];
            let gazetteer = self.input.gazetteer;
            if let Some(m) = gazetteer.longest_match(self.input.text, self.tokens(), start) {
                let entry = gazetteer.entry(m.candidates[0]);
                let ends_word = words[last + 1..]
                    .iter()
                    .position(|&(k, _)| k + 1 == m.end_token);
                if let Some(k) = ends_word
                    .filter(|_| entry.label == Label::Location && &*entry.subtype != "country")
                {
                    last += 1 + k;
                }
            }
        }
        let last = words[last].0;
        let end = self.tokens()[last].start() + strip_possessive(self.text_of(last)).len();
        Some((last + 1, end, label))
    }

    /// Could the capitalised words from `i` on, with the connectors
    /// between them, hold an organisation's or place's head word? Most
    /// phrases hold none: their stored classes settle it before the rules
    /// that read them word by word.
    fn may_hold_head_word(&self, i: usize) -> bool {
        const HEAD: u16 = WordClass::NAME_SUFFIX | WordClass::NAME_PREFIX | WordClass::PLACE_START;
        let lex = self.input.lexicon;
        let mut k = i;
        for _ in 0..MAX_ORG_WORDS {
            // `Chicago Sun-Times`: the head word may close a hyphenated word.
            if self.class_of(k).any(HEAD) || self.tokens()[k].has_hyphen() {
                return true;
            }
            let Some(mut n) = self.next_joined(k) else {
                return false;
            };
            if !self.is_cap_word(n) {
                if !lex.in_group(WordGroup::OrgConnector, self.bytes_of(n)) {
                    return false;
                }
                match self.next_joined(n) {
                    Some(a) if self.bytes_of(a) == b"the" => match self.next_joined(a) {
                        Some(m) => n = m,
                        None => return false,
                    },
                    Some(m) => n = m,
                    None => return false,
                }
                if !self.is_cap_word(n) {
                    return false;
                }
            }
            k = n;
        }
        false
    }

    /// Is token `i` an organisation's head word (`Office`, `Party's`)?
    fn organisation_head(&self, i: usize) -> bool {
        self.input
            .lexicon
            .name_suffixes
            .get(strip_possessive(self.text_of(i)))
            == Some(&Label::Organization)
    }

    /// `Sheriff's Office`, `Attorney's Office for the …`: is the possessive
    /// word at `i` an English word, and no person's name (`Sanders’ College
    /// for All Act` is a law's name), followed by an organisation's head
    /// word and no capital?
    fn possessive_in_name(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        if self.saint_in_name(i) {
            return true;
        }
        let Some(n) = self.next_joined(i).filter(|&n| self.is_cap_word(n)) else {
            return false;
        };
        // `Cook’s Harbour`, `Flower’s Cove`: a place's head word right after
        // the possessive ends the place's name.
        if lex.name_suffixes.get(strip_possessive(self.text_of(n))) == Some(&Label::Location)
            && !self.next_joined(n).is_some_and(|m| self.is_cap_word(m))
        {
            return true;
        }
        // `Joe's Pizza`, `Bob's Grill`: a given name alone in the
        // possessive opens a shop's name (which a head word must end).
        if self.class_of(i).any(WordClass::COMMON_GIVEN_NAME)
            && !self.prev_joined(i).is_some_and(|p| self.is_cap_word(p))
        {
            return true;
        }
        // `Children's Hospital`, `Women's Law Center`: a head word ends the
        // name within three words.
        let head_ends = || {
            let mut k = n;
            for _ in 0..3 {
                let next = self.next_joined(k).filter(|&m| self.is_cap_word(m));
                if next.is_none()
                    && self.class_of(k).any(WordClass::NAME_SUFFIX)
                    && self.organisation_head(k)
                {
                    return true;
                }
                // (Words of a name of its own end it: `Technology's
                // Chicago-Kent College`.)
                let word = strip_possessive(self.text_of(k));
                match next
                    .filter(|&m| !is_sentence_starter(self.text_of(m)) && lex.is_english_word(word))
                {
                    Some(m) => k = m,
                    None => return false,
                }
            }
            false
        };
        head_ends()
            && !self
                .class_of(i)
                .any(WordClass::GIVEN_NAME | WordClass::COMMON_SURNAME)
            // `Karl Rove’s PAC`: a surname that is also a word, after a
            // given name (not one a company bears: `Dell Children’s
            // Medical Center`).
            && !self.prev_joined(i).is_some_and(|p| {
                self.is_cap_word(p)
                    && self.class_of(p).any(WordClass::GIVEN_NAME)
                    && self.known_label(p) != Some(Label::Organization)
            })
            && !is_all_caps(strip_possessive(self.text_of(i)))
            && lex.is_english_word(strip_possessive(self.text_of(i)))
    }

    /// `St. Mary's Hospital`, `St. Paul's Cathedral`, `St Anne's High
    /// School`: is the possessive word at `i` a saint's name before a head
    /// word, or one capitalised word and a head word?
    fn saint_in_name(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let head = |n: usize| self.is_cap_word(n) && self.class_of(n).any(WordClass::NAME_SUFFIX);
        self.prev_joined(i)
            .is_some_and(|p| lex.in_group(WordGroup::Saint, self.bytes_of(p)))
            && self.next_joined(i).is_some_and(|n| {
                head(n)
                    || (self.is_cap_word(n)
                        && !self.is_stopword(n)
                        && self.next_joined(n).is_some_and(head))
            })
    }

    /// Does a title at `i` open a person's name that ends at token `end`
    /// (`Superintendent Jane Roe` before `of Kent Police`)? Rarely asked:
    /// kept out of line, away from the loop that asks.
    #[inline(never)]
    fn titled_person_ends_at(&self, i: usize, end: usize) -> bool {
        self.starts_title_of_name(i)
            && self
                .next_joined(i)
                .and_then(|n| self.person_run(n))
                .is_some_and(|(e, _)| e == end)
    }

    /// Is token `i` a one-word title followed by a personal name? Asked of
    /// every capitalised word of an organisation's name, where its first
    /// test settles nearly all: inlined there, which the compiler does not
    /// choose by itself.
    #[inline(always)]
    fn starts_title_of_name(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let word = self.text_of(i);
        if !lex.title_first_words.contains(word) {
            return false;
        }
        lex.title_any_case(word).is_some() && self.next_joined(i).is_some_and(|n| self.name_word(n))
    }

    /// Do the words at `a` and `b` make a title together (`District
    /// Judge`)? Asked only where a title starts at `b`.
    fn title_of_two(&self, a: usize, b: usize) -> bool {
        let lex = self.input.lexicon;
        if !lex.title_first_words.contains(self.text_of(a)) {
            return false;
        }
        let (first, second) = (self.text_of(a), self.text_of(b));
        let mut key = String::with_capacity(first.len() + 1 + second.len());
        push_lowercase(&mut key, first);
        key.push(' ');
        push_lowercase(&mut key, second);
        lex.title(&key).is_some()
    }

    /// Are tokens `first..=last` set off as the speaker of an inverted
    /// attribution: right after a lower-case reporting verb (`said`,
    /// `added`), before a comma, a period or the end?
    fn inverted_speaker(&self, first: usize, last: usize) -> bool {
        let lex = self.input.lexicon;
        let cued = self
            .prev_joined(first)
            .is_some_and(|p| lex.is_reporting_verb(self.text_of(p)));
        cued && self
            .next_joined(last)
            .map_or(true, |n| matches!(self.text_of(n), "," | "." | ";"))
    }

    /// Is the visible token after `end` a speech verb (`said`, `asked`)?
    fn speech_verb_after(&mut self, last: usize) -> bool {
        self.speech_verb_cue_after(last).is_some()
    }

    /// A speech verb after `last` in the past tense (`said`, `noted`), not
    /// a form that may be a noun or a plural (`counter`, `comments`).
    fn past_speech_verb_after(&mut self, last: usize) -> bool {
        let past = |w: &[u8]| !w.ends_with(b"s") && !w.ends_with(b"ing");
        self.next_joined(last)
            .is_some_and(|n| past(self.bytes_of(n)))
            && self
                .speech_verb_cue_after(last)
                .is_some_and(|c| !c.base_form)
    }

    /// The speech verb that is the visible token after `last`, if it is one.
    fn speech_verb_cue_after(&mut self, last: usize) -> Option<Cue> {
        let n = self.next_joined(last)?;
        if !self.tokens()[n].is_word() {
            return None;
        }
        let lex = self.input.lexicon;
        // Capitalised, only an inflected form is a verb (`Obama Says` in a
        // headline); `the Badger State` is no one stating anything.
        let capitalised = self.tokens()[n].is_capitalised();
        let key = self.lowered(n, n);
        let cue = lex
            .cue(key)
            .filter(|c| c.kind == CueKind::Verb && c.words == 1 && !(capitalised && c.base_form))?;
        (!self.opens_preposition(n)).then_some(cue)
    }

    /// Is the word at `i` a known organisation's name, no place's and not
    /// doubtful (`Mozilla`, but not `Cambridge` or `House`)?
    fn is_organization(&self, i: usize) -> bool {
        let gazetteer = self.input.gazetteer;
        gazetteer.get(self.text_of(i)).is_some_and(|entries| {
            let first = gazetteer.entry(entries[0]);
            first.label == Label::Organization
                && !first.ambiguous
                && entries
                    .iter()
                    .all(|&e| gazetteer.entry(e).label != Label::Location)
        })
    }

    /// Is token `i` right after `word`?
    fn after_word(&self, i: usize, word: &str) -> bool {
        self.prev_joined(i)
            .is_some_and(|p| self.bytes_of(p) == word.as_bytes())
    }

    /// `Abdulkarim al-Hamwi, 56,`: does an age set off by commas follow
    /// the name ending at token `last`?
    fn age_after(&self, last: usize) -> bool {
        self.next_joined(last)
            .filter(|&k| self.bytes_of(k) == b",")
            .and_then(|k| self.next_joined(k))
            .filter(|&k| {
                let w = self.bytes_of(k);
                self.tokens()[k].kind == TokenKind::Number
                    && w.len() <= 3
                    && w.iter().all(u8::is_ascii_digit)
            })
            .and_then(|k| self.next_joined(k))
            .is_some_and(|k| matches!(self.bytes_of(k), b"," | b")" | b"."))
    }

    /// The known country, state or region whose name starts at token `k`,
    /// if the longest known name there is one.
    fn region_at(&self, k: usize) -> Option<NameMatch<'a>> {
        let gazetteer = self.input.gazetteer;
        gazetteer
            .longest_match(self.input.text, self.tokens(), k)
            .filter(|m| gazetteer.entry(m.candidates[0]).is_country_or_region())
    }

    /// `Rogelio Villanueva, 44, of Socorro, who`: is token `i` where a
    /// person named with an age lives?
    fn home_after_age(&self, i: usize) -> bool {
        let before =
            |k: usize, word: &[u8]| self.prev_joined(k).filter(|&p| self.bytes_of(p) == word);
        before(i, b"of")
            .and_then(|of| before(of, b","))
            .and_then(|comma| self.prev_joined(comma))
            .filter(|&age| self.tokens()[age].kind == TokenKind::Number)
            .and_then(|age| before(age, b","))
            .and_then(|comma| self.prev_joined(comma))
            .is_some_and(|name| self.is_cap_word(name))
    }

    /// Is token `i` right after a preposition of place (`in`, `to`) or a
    /// word of direction (`eastern Chad`)?
    fn after_place_preposition(&self, i: usize) -> bool {
        // (Capitalised too, opening a sentence: `In Geneva, officials …`.)
        self.prev_joined(i).is_some_and(|p| {
            let lex = self.input.lexicon;
            lex.in_group_lower(WordGroup::PlacePreposition, self.text_of(p))
                || lex.in_group(WordGroup::CompassWord, self.bytes_of(p))
        })
    }

    /// `Landowners near Oughterard warned`: is token `i` after a
    /// preposition of place that its object never speaks after (not `from`
    /// or `past`)?
    fn after_locative_preposition(&self, i: usize) -> bool {
        self.prev_joined(i).is_some_and(|p| {
            let w = self.bytes_of(p);
            self.input
                .lexicon
                .in_group(WordGroup::LocativePreposition, w)
                && !matches!(w, b"from" | b"past")
        })
    }

    /// Context that makes the ambiguous known name `entry` safe to accept.
    fn has_evidence(&mut self, entry: &Entry, i: usize, end_token: usize) -> bool {
        match entry.label {
            Label::Location => {
                // (`Aurora police said`: the town's police.)
                let people_after = || {
                    end_token == i + 1
                        && self.next_joined(i).is_some_and(|n| {
                            self.input
                                .lexicon
                                .in_group(WordGroup::PlacePeople, self.bytes_of(n))
                        })
                };
                if self.after_place_preposition(i)
                    || self.home_after_age(i)
                    || people_after()
                    || (end_token == i + 1 && self.after_place_noun(i))
                    || (end_token == i + 1 && self.named_by_a_word(&entry.subtype, i))
                {
                    return true;
                }
                self.before_comma_place(end_token) || self.after_comma_place(i, entry)
            }
            // (A title before a word makes it a person's name: `his
            // daughter Tiffany`.)
            // (`Betis said in a statement`: a club speaks as a company
            // does; not `his daughter Chelsea saying`.)
            Label::Organization => {
                end_token == i + 1
                    && (self.named_by_a_word(&entry.subtype, i)
                        || (&*entry.subtype == "club" && self.club_speaks(i))
                        || self.company_in_running_text(i)
                        || self.company_by_its_dealings(i)
                        || self.voiced(i)
                        || (&*entry.subtype == "company" && self.company_after_the(i))
                        || (&*entry.subtype == "company" && self.company_by_its_words(i))
                        || self.posted_on(i)
                        || (&*entry.subtype == "news organisation" && self.told(i))
                        || (&*entry.subtype == "legislature" && self.party_after(i)))
            }
            _ => self.title_before(i).is_some(),
        }
    }

    /// `Betis said`: does the club at token `i`, by a name that ends no
    /// longer one (`Marion Two Bulls said` is a person), report in the
    /// past or the third person (`said`, `says`; `Islanders demand` are
    /// people, `daughter Chelsea saying` a person), with no title or
    /// relation before it?
    fn club_speaks(&mut self, i: usize) -> bool {
        !self.prev_joined(i).is_some_and(|p| self.is_cap_word(p))
            && self
                .next_joined(i)
                .is_some_and(|n| matches!(self.bytes_of(n).last(), Some(b'd' | b's')))
            && self.title_before(i).is_none()
            && self.speech_verb_after(i)
    }

    /// `told Variety`: is token `i` the one a reporting verb addresses?
    fn told(&self, i: usize) -> bool {
        self.prev_joined(i).is_some_and(|p| {
            self.input
                .lexicon
                .in_group(WordGroup::AddresseeVerb, self.bytes_of(p))
        })
    }

    /// `wrote on X`, `in a post on X`: is token `i` where someone posts or
    /// speaks?
    fn posted_on(&self, i: usize) -> bool {
        self.prev_joined(i)
            .filter(|&p| self.bytes_of(p) == b"on")
            .and_then(|p| self.prev_joined(p))
            .is_some_and(|v| self.input.lexicon.is_speech_verb_any_case(self.text_of(v)))
    }

    /// `Seattle, Wash.`: is the state at token `i` after a known place and
    /// a comma?
    fn after_comma_place(&self, i: usize, entry: &Entry) -> bool {
        &*entry.subtype == "state"
            && self
                .prev_joined(i)
                .filter(|&p| self.bytes_of(p) == b",")
                .and_then(|p| self.prev_joined(p))
                .is_some_and(|w| self.known_label(w) == Some(Label::Location))
    }

    /// `Reading, Pa.` or `Mobile, Alabama`: does a comma and a known name
    /// follow right after the name ending before token `end_token`?
    fn before_comma_place(&self, end_token: usize) -> bool {
        let t = self.tokens();
        end_token < t.len()
            && !t[end_token - 1].spaced_from(&t[end_token])
            && &self.input.text[t[end_token].range()] == ","
            && self.next_visible(end_token).is_some_and(|n| {
                self.is_cap_word(n)
                    && (self
                        .input
                        .gazetteer
                        .longest_match(self.input.text, t, n)
                        .is_some()
                        || self.known_before_hyphen(n).is_some())
            })
    }

    /// `Texas-based`, `Ohio-born`: the senses of the known name that a
    /// hyphenated word at token `n` opens with, if any.
    fn known_before_hyphen(&self, n: usize) -> Option<&'a [u32]> {
        if !self.tokens()[n].has_hyphen() {
            return None;
        }
        let (head, _) = self.text_of(n).split_once('-')?;
        self.input.gazetteer.get(head)
    }

    /// `Apple shares fell`, `Apple's stock`, `shares of Apple`, `Apple
    /// said`: a company's name that is also a word is the company's,
    /// wherever it stands, before or after what a company owns, or before a
    /// reporting verb or any verb when few people bear it (`Apple said`,
    /// `Apple unveiled`, not `Ford said`).
    fn company_by_its_words(&mut self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let owns = self
            .next_joined(i)
            .is_some_and(|n| lex.in_group(WordGroup::CompanyNoun, self.bytes_of(n)));
        let borne = self
            .class_of(i)
            .any(WordClass::FREQUENT_SURNAME | WordClass::COMMON_GIVEN_NAME);
        // (`Apple unveiled`, `Amazon launched`: a verb after a name few
        // people bear, with no article before it, `the Amazon burned`, nor
        // a quotation mark opening a title, `“Orange is the New Black”`.)
        let opens_title = i
            .checked_sub(1)
            .is_some_and(|p| matches!(self.tokens()[p].kind, TokenKind::Quote(_)));
        owns || self.company_cue(i)
            || (!borne
                && !self.ends_with_possessive(i)
                && (self.speech_verb_cue_after(i).is_some()
                    || (self.verb_after(i) && !self.after_article(i) && !opens_title)))
    }

    /// `the Heat won`, `Giants coach Jane Roe`, `the House on Friday`, `in
    /// the South`, `the Army said`: a club, a legislature, a region or armed
    /// forces named by a word after
    /// an article, a club also before a word for a team's people; not a
    /// word that opens a longer name (`the Liberty Now PAC`, `the Liberty
    /// and Security Program`, `the House of Windsor`, `the South Lawn`;
    /// `on` opens one only after a prefix such as `Council`).
    fn named_by_a_word(&self, subtype: &str, i: usize) -> bool {
        let club = subtype == "club";
        if !matches!(subtype, "club" | "legislature" | "region" | "armed forces") {
            return false;
        }
        let lex = self.input.lexicon;
        let next = self.next_joined(i);
        !next.is_some_and(|n| {
            let w = self.bytes_of(n);
            self.is_cap_word(n) || (w != b"on" && lex.in_group(WordGroup::OrgConnector, w))
        }) && (self.after_article(i) || (club && self.plays(i)))
    }

    /// `studied at Oxford`, `graduated from Princeton`, `a professor at
    /// Cambridge`, and with `of` also `a graduate of Yale`: does the word at
    /// `i` follow `at`, `from` (or `of`) after a word of studying or
    /// teaching? (`A student of Goffredo Petrassi` names a teacher.)
    fn where_one_studies(&self, i: usize, of: bool) -> bool {
        self.prev_joined(i)
            .filter(|&p| match self.bytes_of(p) {
                b"at" | b"from" => true,
                b"of" => of,
                _ => false,
            })
            .and_then(|p| self.prev_joined(p))
            .is_some_and(|q| {
                self.input
                    .lexicon
                    .in_group_lower(WordGroup::StudyWord, self.text_of(q))
            })
    }

    /// `Liverpool boss Arne Slot`, `Chelsea fans`, `Liverpool beat Chelsea`,
    /// `Barcelona, who lead La Liga`, `played for Porto`: is the name at `i`
    /// a team's, before a word for a team's people, in a match, before `,
    /// who` (which no city takes) or after playing or signing `for`?
    fn plays(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let next = self.next_joined(i);
        let plays_for = || {
            self.prev_joined(i)
                .filter(|&p| self.bytes_of(p) == b"for")
                .and_then(|p| self.prev_joined(p))
                .is_some_and(|v| lex.in_group(WordGroup::PlaysFor, self.bytes_of(v)))
        };
        next.is_some_and(|n| lex.in_group(WordGroup::TeamRole, self.bytes_of(n)))
            || self.in_a_match(i)
            || self.relative_after(i, &[b"who"])
            || plays_for()
    }

    /// `Liverpool beat Chelsea`, `against Barcelona`, `Sevilla 2-1 Valencia`:
    /// is the name at `i` a side in a match, by the word or the score next
    /// to it?
    fn in_a_match(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let match_word = |k: usize| lex.in_group(WordGroup::MatchWord, self.bytes_of(k));
        let score = |k: usize| {
            let b = self.bytes_of(k);
            self.tokens()[k].kind == TokenKind::Number
                && b.first().is_some_and(u8::is_ascii_digit)
                && (b.contains(&b'-') || b.windows(3).any(|w| w == "–".as_bytes()))
        };
        // (`drew with Everton`: the match word before `with`.)
        let before = self.prev_joined(i).is_some_and(|p| {
            match_word(p)
                || score(p)
                || (self.bytes_of(p) == b"with" && self.prev_joined(p).is_some_and(match_word))
        });
        // (`Liverpool were held 1-1`, `Everton were beaten`: the passive.)
        let passive = |n: usize| {
            matches!(self.bytes_of(n), b"were" | b"was")
                && self.next_joined(n).is_some_and(|v| {
                    match_word(v) || matches!(self.bytes_of(v), b"held" | b"beaten")
                })
        };
        before
            || self
                .next_joined(i)
                .is_some_and(|n| match_word(n) || score(n) || passive(n))
    }

    /// `It ensured Apple could benefit`, `unloaded again on Amazon's
    /// founder`: a company named by a word, capitalised inside a sentence
    /// and acting or owning, is the company, unless the word is a common
    /// given name too (`Dawn`).
    fn company_in_running_text(&self, i: usize) -> bool {
        let inside_sentence = self.prev_joined(i).is_some_and(|p| {
            let t = &self.tokens()[p];
            (t.is_word() && !t.is_capitalised()) || self.bytes_of(p) == b","
        });
        // `drivers work for Amazon.`, `a strike at Amazon,`: what one works
        // for or at or deals with, a word that ends its phrase, no surname
        // and no acronym (`against TPP`).
        let dealt_with = || {
            self.prev_joined(i)
                .is_some_and(|p| matches!(self.bytes_of(p), b"for" | b"at" | b"with" | b"against"))
                && !self.class_of(i).any(WordClass::CENSUS)
                && !is_all_caps(self.text_of(i))
                && self
                    .next_joined(i)
                    .map_or(true, |n| !self.tokens()[n].is_word())
        };
        // (`during the Renaissance was`: an article makes it a noun.)
        inside_sentence
            && !self.after_article(i)
            && !self.class_of(i).any(WordClass::COMMON_GIVEN_NAME)
            && (self.verb_after(i) || self.ends_with_possessive(i) || dealt_with())
    }
}

/// Finds every name in the document, sentence by sentence.
pub(crate) fn find<'g>(
    input: &Input<'g>,
    out: &mut Vec<Found<'g>>,
    passed_over: &mut Vec<Found<'g>>,
) {
    let mut c = Cursor {
        input,
        lower: String::new(),
        name_words: vec![Cell::new(0); input.tokens.len()],
        classes: vec![Cell::new(None); input.tokens.len()],
        sentence_end: 0,
        last_run: Cell::new(None),
        last_unknown: None,
        headline: false,
        opening: 0,
        short_forms: FastMap::default(),
        short_forms_read: 0,
        surnames: FastMap::default(),
        surnames_read: 0,
        passed_over: std::mem::take(passed_over),
    };
    let tokens = input.tokens;
    // Names given to storms (`Hurricane Katrina`): no person anywhere in
    // the document (`Katrina flooded the city`).
    let mut storms: Vec<&str> = Vec::new();
    for sentence in &input.segments.sentences {
        // `Home | World | US | Politics`: a page's links name no one.
        if is_navigation(&c, sentence.start..sentence.end) {
            continue;
        }
        c.sentence_end = sentence.end;
        c.headline = is_headline(&c, sentence.start..sentence.end);
        let mut i = sentence.start;
        let mut first_word = true;
        let mut opening = i;
        // `WASHINGTON (AP) — Apple unveiled`: the sentence opens anew after
        // a dateline's dash.
        let dateline_end = dateline_dash(&c, sentence.start..sentence.end);
        while i < sentence.end {
            let t = &tokens[i];
            if !t.is_word() {
                if Some(i) == dateline_end {
                    first_word = true;
                }
                i += 1;
                continue;
            }
            let at_start = first_word;
            if at_start {
                opening = i;
                c.opening = i;
            }
            first_word = false;
            if !t.is_capitalised() {
                let w = c.bytes_of(i);
                // `lower_case_place` takes words of three letters or more:
                // the length rules out `a` and `it`, which the filter lets
                // through.
                let name = if w.len() > 2 && input.gazetteer.may_start_lower_case_place(w) {
                    lower_case_place(&mut c, i, out.last())
                } else {
                    None
                };
                let name = name.or_else(|| {
                    if may_open_name(&c, i, w) {
                        particle_name(&mut c, i)
                    } else if article_apart(&c, i, w) {
                        known_at(&mut c, i)
                    } else {
                        None
                    }
                });
                match name {
                    Some(f) => {
                        i = f.tokens.end;
                        out.push(f);
                    }
                    None => i += 1,
                }
                continue;
            }
            // `the “Harry Potter” films`, `the film “Oppenheimer”`: the
            // title of a work names no one.
            if let Some(close) = work_title_in_marks(&c, i) {
                i = close + 1;
                continue;
            }
            if let Some(end) = products_after_maker(&c, i) {
                i = end;
                continue;
            }
            if let Some(f) = short_form(&mut c, i, out) {
                i = f.tokens.end;
                out.push(f);
                continue;
            }
            if let Some(f) = state_code(&c, i, out.last()).or_else(|| county(&c, i)) {
                i = f.tokens.end;
                town_before_state(&c, &f, out);
                out.push(f);
                continue;
            }
            // `The`, `In`, `He` opening a sentence, with no capital after
            // it, start no name: none of the rules below is asked. Nor do
            // `I`, `Tuesday` or `Republican` anywhere, words that are never
            // a name alone, unless a name is known by them or a connector
            // follows (`Union of …`).
            if let Some(end) = c.demonym_of_two_words(i) {
                i = end;
                continue;
            }
            let starts_no_name = || {
                !c.next_joined(i).is_some_and(|n| c.is_cap_word(n))
                    && (at_start && is_sentence_starter(c.text_of(i)) || c.never_a_name_alone(i))
            };
            if starts_no_name() {
                i += 1;
                continue;
            }
            let f = match best_at(&mut c, i, at_start) {
                Some(f) if f.label == Label::Organization || f.evidence != Evidence::Gazetteer => {
                    Some(f)
                }
                None => listed_organisation(&c, i, out.last())
                    .or_else(|| known_place_listed_after_a_place(&c, i, out.last())),
                f => listed_organisation(&c, i, out.last()).or(f),
            };
            let f = match f {
                Some(f)
                    if f.label == Label::Location
                        && f.tokens.len() == 1
                        && f.evidence == Evidence::Gazetteer =>
                {
                    organisation_that_speaks(&mut c, &f, out).or(Some(f))
                }
                f => f,
            };
            let f = f
                .or_else(|| {
                    let prev = out.last().map(|f| (f.tokens.end, f.label));
                    coordinated_person(&mut c, i, prev)
                })
                .or_else(|| listed_place(&c, i, out.last()))
                .or_else(|| before_ampersand(&c, i))
                .or_else(|| family_name(&c, i))
                .or_else(|| team_by_its_nickname(&c, i));
            // `In Sulphur, a town of 5,000`, `Ada, a small city`: a name the
            // words after it call a place, unless known or found by more
            // than its capitals or a given name.
            let f = match f {
                Some(f)
                    if f.label != Label::Person
                        || !matches!(
                            f.evidence,
                            Evidence::Capitalised | Evidence::SpeechSubject | Evidence::GivenName
                        ) =>
                {
                    Some(f)
                }
                // `an analyst at Raymond James`: no one works at a person;
                // `the Icelandic band Sigur Rós`: a band is no one either,
                // unless a common given name makes the noun a person's role
                // (`publisher Ron Unz`).
                Some(f) if f.evidence == Evidence::GivenName => {
                    place_in_apposition(&c, i, Some(&f))
                        .or_else(|| {
                            c.prev_joined(i)
                                .filter(|&p| {
                                    let before = c.bytes_of(p);
                                    before == b"at"
                                        || (!c.class_of(i).any(WordClass::COMMON_GIVEN_NAME)
                                            && kind_of_organisation(input.lexicon, before))
                                })
                                .and_then(|_| described_organisation(&c, i, Some(&f)))
                        })
                        .or(Some(f))
                }
                f => {
                    // (Only an employer after `for` asks who was named
                    // before.)
                    if c.prev_joined(i).is_some_and(|p| c.bytes_of(p) == b"for") {
                        c.read_surnames(out);
                    }
                    described_organisation(&c, i, f.as_ref())
                        .or_else(|| place_in_apposition(&c, i, f.as_ref()))
                        .or(f)
                }
            };
            // `from Bellandur, Varthur and Mahadevapura`: a word taken for
            // a person's name by its capital alone is a place in a list
            // of places.
            let f = match f {
                Some(f)
                    if f.label == Label::Person
                        && f.tokens.len() == 1
                        && matches!(f.evidence, Evidence::Capitalised | Evidence::Coordinated) =>
                {
                    listed_place(&c, i, out.last())
                        .or_else(|| {
                            // `towns such as Macroom and Millstreet`
                            c.place_in_a_list_of_places(i).then(|| Found {
                                label: Label::Location,
                                gender: None,
                                evidence: Evidence::Coordinated,
                                ..f.clone()
                            })
                        })
                        .or_else(|| organisation_listed_after_one(&c, &f, out.last()))
                        .or(Some(f))
                }
                // `camps, including Zamzam`: a rare given name too, and a
                // word no rule took (`The villages include Petropavlivka`).
                Some(f)
                    if f.label == Label::Person
                        && f.tokens.len() == 1
                        && f.evidence == Evidence::GivenName
                        && !c.class_of(i).any(WordClass::COMMON_GIVEN_NAME)
                        && c.place_in_a_list_of_places(i) =>
                {
                    Some(Found {
                        label: Label::Location,
                        gender: None,
                        evidence: Evidence::Coordinated,
                        ..f
                    })
                }
                // (Only as the list's first word or after a joiner, not
                // inside a run of capitals, which text in capitals would
                // walk back over word by word.)
                None if c.prev_joined(i).is_some_and(|p| !c.is_cap_word(p))
                    && c.place_in_a_list_of_places(i)
                    && c.unknown_single_word(i) =>
                {
                    let t = &c.tokens()[i];
                    let end = t.start() + strip_possessive(c.text_of(i)).len();
                    Some(found(
                        Span::new(t.start(), end),
                        i..i + 1,
                        Label::Location,
                        Evidence::Coordinated,
                    ))
                }
                f => f,
            };
            let place = f
                .as_ref()
                .filter(|f| f.label == Label::Person)
                .and_then(|f| place_next_to_a_place(&c, f, out.last()));
            let f = match f {
                Some(mut f) if place.is_some() => {
                    f.label = Label::Location;
                    f.gender = None;
                    f.candidates = place.unwrap_or_default();
                    f.evidence = Evidence::Gazetteer;
                    Some(f)
                }
                Some(f) if f.label == Label::Person => match venue_possessive(&c, &f) {
                    // `dinner at Del Frisco's`: the restaurant is a place.
                    Some((end_tok, end)) if c.after_word(f.tokens.start, "at") => Some(found(
                        Span::new(f.span.start, end),
                        f.tokens.start..end_tok,
                        Label::Location,
                        Evidence::NamePattern,
                    )),
                    // `Smith's, which opened in 1990`: a shop, named after
                    // no one the text speaks of.
                    Some((end_tok, _)) => {
                        i = end_tok;
                        continue;
                    }
                    None => Some(f),
                },
                f => f,
            };
            match f {
                Some(mut f) => {
                    // `her novel Zelva Road.`: asked only of a name found,
                    // as most capitalised words open none.
                    if let Some(end) = work_title_after_noun(&c, i) {
                        i = end;
                        continue;
                    }
                    if let Some(number) = call_sign_number(&c, &f) {
                        i = number + 1;
                        continue;
                    }
                    if f.tokens.len() == 1 && edition_or_model_suffix(&c, i) {
                        i += 1;
                        continue;
                    }
                    if f.label == Label::Organization && f.evidence == Evidence::Capitalised {
                        match spelled_out_label(&c, i, out) {
                            Some(label) => f.label = label,
                            None => {
                                i += 1;
                                continue;
                            }
                        }
                    }
                    // (`Harlow & Finch`: a town's name before `&` and a name
                    // that is no place's open a firm's; `Minneapolis & St.
                    // Paul` stay places.)
                    let town_before_firm = || {
                        f.tokens.len() == 1
                            && f.candidates
                                .first()
                                .is_some_and(|&e| &*c.input.gazetteer.entry(e).subtype == "city")
                            && ampersand_after(&c, i).is_some_and(|n| {
                                let gazetteer = c.input.gazetteer;
                                !gazetteer
                                    .longest_match(c.input.text, c.tokens(), n)
                                    .is_some_and(|m| {
                                        gazetteer.entry(m.candidates[0]).label == Label::Location
                                    })
                            })
                    };
                    if f.label != Label::Location || town_before_firm() {
                        firm_with_ampersand(&mut c, &mut f, out);
                    }
                    if f.label == Label::Organization {
                        with_branch_place(&c, &mut f);
                        with_legal_form(&c, &mut f);
                        through_plural_possessive(&c, &mut f);
                        without_company_noun(&c, &mut f);
                        with_union_local(&c, &mut f);
                        with_known_stem(&c, &mut f, opening);
                        with_article(&c, &mut f, opening);
                    }
                    if f.label != Label::Person {
                        without_command(&c, &mut f, opening);
                        without_party_letter(&c, &mut f);
                        with_ordinal(&c, &mut f);
                    }
                    if f.label == Label::Person {
                        let floor = out.last().map_or(sentence.start, |p| p.tokens.end);
                        with_initials(&c, &mut f, floor.max(sentence.start));
                        // (`her grandfather, S. Orvik`: a title before the
                        // name that another rule found still tells the
                        // gender.)
                        if f.gender.is_none() {
                            f.gender = c.title_before(f.tokens.start).and_then(|t| t.title.gender);
                        }
                    }
                    // `Japan’s Defense Ministry`, known whole, is two names
                    // in news annotation: the country, then the body,
                    // which keeps the entry it was found as.
                    if let Some(place) = possessor_place(&c, &f) {
                        match c.next_joined(place.tokens.end - 1) {
                            Some(n) if (n..f.tokens.end).any(|k| c.is_cap_word(k)) => {
                                f.tokens.start = n;
                                f.span.start = c.tokens()[n].start();
                                out.push(place);
                            }
                            _ => {
                                i = f.tokens.end;
                                out.push(place);
                                continue;
                            }
                        }
                    }
                    // A title that starts with a known name (`Kremlin
                    // spokesman Dmitry Peskov`) keeps that name too; a
                    // title that is one (`Economist Jane Foley`) does not.
                    if f.tokens.start > i {
                        if let Some(k) =
                            known_at(&mut c, i).filter(|k| k.tokens.end < f.tokens.start)
                        {
                            out.push(k);
                        }
                    }
                    i = f.tokens.end;
                    let last = f.tokens.end - 1;
                    let rest = f.span.end + 1;
                    town_before_state(&c, &f, out);
                    out.push(f);
                    // `United States-Mexico`: a name ending inside its last
                    // word leaves the known names after it.
                    if c.tokens()[last].has_hyphen() && rest < c.tokens()[last].end() {
                        hyphen_parts(&c, last, rest, out);
                    }
                }
                None => {
                    if let Some(f) = transcript_speaker(&mut c, i, out) {
                        i += 1;
                        out.push(f);
                        continue;
                    }
                    if let Some(n) = c.next_joined(i).filter(|&n| c.is_cap_word(n)) {
                        if input.lexicon.in_group(WordGroup::StormWord, c.bytes_of(i)) {
                            storms.push(strip_possessive(c.text_of(n)));
                        }
                    }
                    hyphen_parts(&c, i, c.tokens()[i].start(), out);
                    i += 1;
                }
            }
        }
    }
    if !storms.is_empty() {
        out.retain(|f| f.label != Label::Person || !storms.contains(&&input.text[f.span.range()]));
    }
    places_listed_before_a_place(&c, out);
    *passed_over = c.passed_over;
}

/// `ceded Scania, Blekinge, Halland and Bornholm`: words guessed to be
/// people's names from their capitals alone, no common surname nor given
/// name, listed before a known place (or before such a word already read
/// as a place), or followed by a noun for a kind of place (`the Maritsa
/// and Mesta rivers`), are places. Read from the end, so the list's last
/// place reaches back to its first word.
fn places_listed_before_a_place(c: &Cursor<'_, '_>, out: &mut [Found<'_>]) {
    let gazetteer = c.input.gazetteer;
    let mut place_at: Option<usize> = None;
    for f in out.iter_mut().rev() {
        // (Not a common surname or a given name: `Smith, Jones and Paris`.)
        let guessed = f.label == Label::Person
            && f.tokens.len() == 1
            && matches!(f.evidence, Evidence::Capitalised | Evidence::Coordinated)
            && !c
                .class_of(f.tokens.start)
                .any(WordClass::GIVEN_NAME | WordClass::COMMON_SURNAME);
        // `the Maritsa and Mesta rivers`, `the Zelva river`: a noun for a
        // kind of place right after the name.
        let kind_after = || {
            c.next_joined(f.tokens.end - 1).is_some_and(|n| {
                c.input
                    .lexicon
                    .in_group(WordGroup::PlaceNoun, c.bytes_of(n))
            })
        };
        if guessed && (place_at.is_some_and(|place| joined_to(c, place, f)) || kind_after()) {
            f.label = Label::Location;
            f.gender = None;
            f.evidence = Evidence::Coordinated;
            place_at = Some(f.tokens.start);
            continue;
        }
        // (A place ending the list, not opening a title: `Kasich and
        // Kentucky Sen. Rand Paul`.)
        let known_place = f.label == Label::Location
            && f.candidates
                .first()
                .is_some_and(|&e| !gazetteer.entry(e).ambiguous)
            && !c
                .next_joined(f.tokens.end - 1)
                .is_some_and(|n| c.is_cap_word(n));
        place_at = known_place.then_some(f.tokens.start);
    }
}

/// `via Syria and Jordan`, `Jordan and Egypt`: a known name that is a
/// person's and also a country's, a state's or a region's, joined by `and`,
/// `or` or a comma to a place, is the place; so is a word guessed to be a
/// person's from its capital alone that is a large city's name (`in Tampa
/// and Orlando`). The place's entries, if so.
fn place_next_to_a_place<'g>(
    c: &Cursor<'_, 'g>,
    f: &Found<'g>,
    previous: Option<&Found<'_>>,
) -> Option<&'g [u32]> {
    let gazetteer = c.input.gazetteer;
    let candidates = if f.candidates.is_empty() && f.evidence == Evidence::Capitalised {
        gazetteer
            .get(strip_possessive(&c.input.text[f.span.range()]))
            .filter(|cands| cands.iter().any(|&e| gazetteer.entry(e).is_large_place()))?
    } else {
        f.candidates
            .iter()
            .any(|&e| gazetteer.entry(e).is_country_or_region())
            .then_some(f.candidates)?
    };
    (after_a(c, Label::Location, f.tokens.start, previous)
        || place_listed_after(c, f.tokens.end - 1))
    .then_some(candidates)
}

/// `Oskaloosa, Iowa,`, `Teterboro, N.J.`: is the word at `i` followed by a
/// comma and a known state, region or country that ends there (not
/// `Berenberg, Germany's largest bank`)?
fn state_after_comma(c: &Cursor<'_, '_>, i: usize) -> bool {
    let gazetteer = c.input.gazetteer;
    let Some(n) = c.next_joined(i).filter(|&n| c.bytes_of(n) == b",") else {
        return false;
    };
    c.next_joined(n)
        .and_then(|n| gazetteer.longest_match(c.input.text, c.tokens(), n))
        .is_some_and(|m| {
            let e = gazetteer.entry(m.candidates[0]);
            e.is_country_or_region()
                && m.end == c.tokens()[m.end_token - 1].end()
                && c.next_joined(m.end_token - 1)
                    .map_or(true, |k| matches!(c.bytes_of(k), b"," | b"." | b")" | b";"))
        })
}

/// Is the name ending at token `last` joined by `and`, `or` or a comma to
/// a known place that no other sense makes doubtful?
fn place_listed_after(c: &Cursor<'_, '_>, last: usize) -> bool {
    let gazetteer = c.input.gazetteer;
    c.next_joined(last)
        .filter(|&n| joins_a_list(c, n))
        .and_then(|n| c.next_joined(n))
        .and_then(|n| gazetteer.longest_match(c.input.text, c.tokens(), n))
        .is_some_and(|m| {
            let e = gazetteer.entry(m.candidates[0]);
            e.label == Label::Location && !e.ambiguous
        })
}

fn joins_a_list(c: &Cursor<'_, '_>, k: usize) -> bool {
    matches!(c.bytes_of(k), b"and" | b"or" | b",")
}

/// Is token `i` joined by `and`, `or` or a comma (`, and` too) to the
/// name found last, `previous`, when that has `label`? Most calls are
/// settled by the label: that test is inlined, the walk back is not.
#[inline]
fn after_a(c: &Cursor<'_, '_>, label: Label, i: usize, previous: Option<&Found<'_>>) -> bool {
    previous.is_some_and(|previous| previous.label == label && joined_to(c, i, previous))
}

#[inline(never)]
fn joined_to(c: &Cursor<'_, '_>, i: usize, previous: &Found<'_>) -> bool {
    c.prev_joined(i)
        .filter(|&p| joins_a_list(c, p))
        .and_then(|p| {
            // `Mosul, Baiji, and Tuz`
            let q = c.prev_joined(p)?;
            if c.bytes_of(p) != b"," && c.bytes_of(q) == b"," {
                c.prev_joined(q)
            } else {
                Some(q)
            }
        })
        .is_some_and(|p| p + 1 == previous.tokens.end)
}

/// `in Newbury and Maidenhead`: a known place that needs evidence, which
/// no rule found, is the place when `and` or `or` joins it to a place.
fn known_place_listed_after_a_place<'g>(
    c: &Cursor<'_, 'g>,
    i: usize,
    previous: Option<&Found<'_>>,
) -> Option<Found<'g>> {
    if !after_and_or(c, i) || !after_a(c, Label::Location, i, previous) {
        return None;
    }
    listed_as(c, i, Label::Location)
}

/// `Swiggy, Zomato, Zepto and Blinkit`: a one-word name `f`, guessed to be
/// a person's, in a list of organisations after one, is an organisation,
/// unless a given name or a common surname, or a possessive (`Sony and
/// Oz's boss`). After a comma the list must go on (not `told the Post,
/// Fiorina would`).
fn organisation_listed_after_one<'g>(
    c: &Cursor<'_, 'g>,
    f: &Found<'g>,
    previous: Option<&Found<'_>>,
) -> Option<Found<'g>> {
    let i = f.tokens.start;
    let person_word = WordClass::GIVEN_NAME | WordClass::COMMON_SURNAME;
    (after_a(c, Label::Organization, i, previous)
        && !c.class_of(i).any(person_word)
        && !c.ends_with_possessive(i)
        && (after_and_or(c, i) || list_goes_on(c, i)))
    .then(|| Found {
        label: Label::Organization,
        gender: None,
        evidence: Evidence::Coordinated,
        ..f.clone()
    })
}

/// Is token `i` right after `and` or `or`?
fn after_and_or(c: &Cursor<'_, '_>, i: usize) -> bool {
    c.prev_joined(i)
        .is_some_and(|p| matches!(c.bytes_of(p), b"and" | b"or"))
}

/// Does a list go on after token `i`: `and`, `or`, or a comma before a
/// capital, `and` or `or`?
fn list_goes_on(c: &Cursor<'_, '_>, i: usize) -> bool {
    c.next_joined(i).is_some_and(|n| match c.bytes_of(n) {
        b"and" | b"or" => true,
        b"," => c
            .next_joined(n)
            .is_some_and(|m| c.is_cap_word(m) || matches!(c.bytes_of(m), b"and" | b"or")),
        _ => false,
    })
}

/// `GM and Ford`, `Google and Amazon`: a known name that is an
/// organisation's as well as a person's or a place's, or that needs
/// evidence, is the organisation when listed right after one.
fn listed_organisation<'g>(
    c: &Cursor<'_, 'g>,
    i: usize,
    previous: Option<&Found<'_>>,
) -> Option<Found<'g>> {
    if !after_a(c, Label::Organization, i, previous) {
        return None;
    }
    listed_as(c, i, Label::Organization)
}

/// The longest known name at token `i`, as an item of a list of names
/// with `label`, if one of its senses has that label.
fn listed_as<'g>(c: &Cursor<'_, 'g>, i: usize, label: Label) -> Option<Found<'g>> {
    let gazetteer = c.input.gazetteer;
    let m = gazetteer.longest_match(c.input.text, c.tokens(), i)?;
    m.candidates
        .iter()
        .any(|&e| gazetteer.entry(e).label == label)
        .then(|| Found {
            span: Span::new(c.tokens()[i].start(), m.end),
            tokens: i..m.end_token,
            label,
            candidates: m.candidates,
            evidence: Evidence::Coordinated,
            gender: None,
            role: None,
        })
}

/// `the Icelandic band Sigur Rós`, `the imaging company Keyhole`: an
/// unknown capitalised name right after a noun for a kind of organisation
/// is that organisation, unless a census name and a verb show a person
/// (`the company Smith founded`). `person` is a person found only by the shape of the
/// name, if any.
fn described_organisation<'g>(
    c: &Cursor<'_, 'g>,
    i: usize,
    person: Option<&Found<'_>>,
) -> Option<Found<'g>> {
    let lex = c.input.lexicon;
    // (`a partner at Dubai-based Zelvo Ventures`: the adjective opens no
    // name; the name after it is read on its own.)
    if c.adjective_compound(i) {
        return None;
    }
    let described = c
        .prev_joined(i)
        .is_some_and(|p| kind_of_organisation(lex, c.bytes_of(p)));
    // `analysts at Jefferies said`: the verb is the analysts'. After `for`
    // the employer is as often a person: not one with a given name, a
    // census surname, a known person's name or the last word of a person
    // named before (`a spokesman for Ana Zelva`, `a lawyer for Mills`,
    // `working for Yanukovych's party`).
    let employer = || {
        c.prev_joined(i)
            .filter(|&p| match c.bytes_of(p) {
                b"at" => true,
                b"for" => {
                    person.map_or(true, |f| f.evidence != Evidence::GivenName)
                        && !c.class_of(i).any(WordClass::CENSUS)
                        && c.known_label(i) != Some(Label::Person)
                        && !c.surnames.contains_key(strip_possessive(c.text_of(i)))
                }
                _ => false,
            })
            .and_then(|p| c.prev_joined(p))
            .is_some_and(|q| lex.in_group_lower(WordGroup::StaffNoun, c.text_of(q)))
    };
    let employer = !described && employer();
    if !described && !employer {
        return organisation_in_apposition(c, i, person);
    }
    // After `analysts at` a generic word may open a longer name
    // (`economists at Capital Economics`).
    let generic_opening = || {
        employer
            && !is_sentence_starter(c.text_of(i))
            && !lex.in_group(WordGroup::Calendar, c.bytes_of(i))
            && c.capitalised_run(i) > i
    };
    let (end_tok, end) = match person {
        Some(f) => (f.tokens.end, f.span.end),
        None if !may_open_organisation(c, i) && !generic_opening() => return None,
        None => c.name_end(c.capitalised_run(i)),
    };
    // A person's name there is the organisation's when no verb follows it
    // (`the law firm Mayer Brown.`).
    // (A rare given name is no sign of a person here.)
    let census = (i..end_tok).any(|k| {
        c.tokens()[k].is_word()
            && c.class_of(k)
                .any(WordClass::SURNAME | WordClass::COMMON_GIVEN_NAME)
    });
    (!census || employer || !c.verb_after(end_tok - 1)).then(|| organisation(c, i, end_tok, end))
}

/// An organisation found by a rule from token `i` to `end_tok` (byte `end`).
fn organisation<'g>(c: &Cursor<'_, '_>, i: usize, end_tok: usize, end: usize) -> Found<'g> {
    found(
        Span::new(c.tokens()[i].start(), end),
        i..end_tok,
        Label::Organization,
        Evidence::NamePattern,
    )
}

/// Can the unknown capitalised word at `i` open an organisation's name:
/// no closed-class word, day, month or title (`The`, `May`, `Mr.`)?
fn may_open_organisation(c: &Cursor<'_, '_>, i: usize) -> bool {
    let lex = c.input.lexicon;
    !(c.is_stopword(i)
        || lex.in_group(WordGroup::Calendar, c.bytes_of(i))
        || lex.title_any_case(c.text_of(i)).is_some())
}

/// `Latino Decisions, a public opinion research group`, `Zelvo, the
/// carmaker,`: capitalised words, or a name guessed to be a person's by its
/// shape, that an apposition says are an organisation; not one English
/// word alone (`Republicans, the party of Lincoln`).
fn organisation_in_apposition<'g>(
    c: &Cursor<'_, 'g>,
    i: usize,
    person: Option<&Found<'_>>,
) -> Option<Found<'g>> {
    let lex = c.input.lexicon;
    // (Nor a name after its title, `Democrat James Polk`, nor one after a
    // compound, `Shanghai-based`.)
    let last = match person {
        Some(f) if f.tokens.start == i => f.tokens.end - 1,
        Some(_) => return None,
        None if c.tokens()[i].has_hyphen() || c.is_stopword(i) => return None,
        None => c.capitalised_run(i),
    };
    // The apposition first: it rules out nearly every name. A common given
    // name inside the words starts a person's name there.
    let person_inside = || (i + 1..=last).any(|k| c.class_of(k).any(WordClass::COMMON_GIVEN_NAME));
    let described = c.organisation_described_after(last)
        && (person.is_some()
            || (!is_sentence_starter(c.text_of(i)) && may_open_organisation(c, i)))
        // (One word that is a plural names people, `Critics, a group
        // that`; a singular one may be a company's, `Quarry, a start-up`.)
        // It opens the name: not the end of a longer one, `For Our Future,
        // a super PAC`.
        && !(last == i && {
            let w = strip_possessive(c.text_of(i));
            lex.is_english_word(w)
                && (w.ends_with('s')
                    || c.prev_joined(i).is_some_and(|p| {
                        c.is_cap_word(p)
                            || lex.in_group(WordGroup::OrgConnector, c.bytes_of(p))
                            || lex.in_group(WordGroup::NameParticle, c.bytes_of(p))
                    }))
        })
        && !person_inside();
    described.then(|| {
        let (end_tok, end) = c.name_end(last);
        organisation(c, i, end_tok, end)
    })
}

/// [`described_organisation`]'s kin for places: an unknown capitalised
/// name (or one word taken for a person's) that an apposition calls a
/// kind of place (`Sulphur, a town of 5,000`, `Zelvorivka, a village near
/// the border`).
fn place_in_apposition<'g>(
    c: &Cursor<'_, 'g>,
    i: usize,
    person: Option<&Found<'_>>,
) -> Option<Found<'g>> {
    // A name of one or two words: the comma after it is tested first,
    // which rules out most words.
    let comma = |k: usize| c.bytes_of(k) == b",";
    let next = c.next_joined(i)?;
    let last = match person {
        Some(f) if f.tokens.len() == 1 && comma(next) => i,
        Some(_) => return None,
        None if comma(next) => i,
        None if c.is_cap_word(next) && c.next_joined(next).is_some_and(comma) => next,
        None => return None,
    };
    // (A place the gazetteers know keeps their reading: `Orlando, two
    // other cities`; a company's name is a town's too: `Emerson, a small
    // border town`.)
    if c.is_stopword(i)
        || c.tokens()[i].has_hyphen()
        || is_sentence_starter(c.text_of(i))
        || c.known_label(i).is_some_and(|l| l != Label::Organization)
    {
        return None;
    }
    c.place_described_after(last).then(|| {
        let (end_tok, end) = c.name_end(last);
        found(
            Span::new(c.tokens()[i].start(), end),
            i..end_tok,
            Label::Location,
            Evidence::NamePattern,
        )
    })
}

/// A capitalised word no list knows, neither an English word nor a census
/// name, after a place in a list that goes on or ends there (`Mosul, Baiji
/// and Tuz.`), or before a comma and the state or country it is in
/// (`Oskaloosa, Iowa,`), is a place.
fn listed_place<'g>(
    c: &Cursor<'_, 'g>,
    i: usize,
    previous: Option<&Found<'_>>,
) -> Option<Found<'g>> {
    // The list's neighbours first: they rule out nearly every word.
    let after_place = after_a(c, Label::Location, i, previous);
    let comma_next = || c.next_joined(i).is_some_and(|n| c.bytes_of(n) == b",");
    if !after_place && !comma_next() {
        return None;
    }
    let w = strip_possessive(c.text_of(i));
    let lex = c.input.lexicon;
    // `between Prince George and Vanderhoof`, `in Newtonmore and
    // Kingussie live`: the last object of a preposition of place is a
    // place too, whatever follows it, and though a surname is spelled so.
    let governed = after_place
        && c.prev_joined(i).is_some_and(|p| {
            matches!(c.bytes_of(p), b"and" | b"or")
                && previous.is_some_and(|f| c.prev_joined(p) == Some(f.tokens.end - 1))
        })
        && previous
            .and_then(|p| c.prev_joined(p.tokens.start))
            .is_some_and(|q| {
                let before = c.bytes_of(q);
                before == b"between"
                    || lex.in_group(WordGroup::PlacePreposition, before)
                    || lex.in_group(WordGroup::LocativePreposition, before)
            })
        && !c.next_joined(i).is_some_and(|n| c.is_cap_word(n));
    let unknown = || {
        let person_word = if governed {
            WordClass::GIVEN_NAME | WordClass::NOT_A_NAME
        } else {
            WordClass::GIVEN_NAME | WordClass::COMMON_SURNAME | WordClass::NOT_A_NAME
        };
        is_latin_name(w)
            && !is_all_caps(w)
            && !lex.is_english_word(w)
            && !c.class_of(i).any(person_word)
    };
    if !(unknown() && (after_place || state_after_comma(c, i))) {
        return None;
    }
    // After a comma, another name or `and` (not `Iyassu, a student`).
    let list_goes_on_or_ends = governed
        || c.next_joined(i)
            .map_or(true, |n| matches!(c.bytes_of(n), b"." | b";"))
        || list_goes_on(c, i);
    list_goes_on_or_ends.then(|| {
        found(
            Span::new(c.tokens()[i].start(), c.tokens()[i].start() + w.len()),
            i..i + 1,
            Label::Location,
            Evidence::Coordinated,
        )
    })
}

/// A name in the possessive with nothing after it to possess, as shops and
/// restaurants are named (`at Del Frisco's for dinner`, `Smith's, which
/// opened`, and `McDonald s` with its apostrophe lost): the token one past
/// the possessive and the byte where it ends. A known person, a person with
/// a title or one named in a letter's greeting keeps the name (`the choice
/// was Trump's`), as does `a friend of Ana's`.
fn venue_possessive(c: &Cursor<'_, '_>, f: &Found<'_>) -> Option<(usize, usize)> {
    if f.role.is_some()
        || matches!(
            f.evidence,
            Evidence::Gazetteer | Evidence::Title | Evidence::Greeting
        )
    {
        return None;
    }
    let last = f.tokens.end - 1;
    let marker = if c.ends_with_possessive(last) {
        last
    } else if c.detached_possessive(last) {
        c.next_joined(last)? + 1
    } else {
        c.next_joined(last).filter(|&n| c.bytes_of(n) == b"s")?
    };
    if c.after_word(f.tokens.start, "of") {
        return None;
    }
    let end = (marker + 1, c.tokens()[marker].end());
    let Some(n) = c.next_joined(marker) else {
        return c.after_word(f.tokens.start, "at").then_some(end);
    };
    let w = c.text_of(n);
    let lex = c.input.lexicon;
    let nothing_possessed = match c.tokens()[n].kind {
        TokenKind::Punct => matches!(w, "," | "." | "?" | "!" | ";" | ":" | ")"),
        TokenKind::Word => {
            lex.in_group(WordGroup::PlacePreposition, w)
                || lex.in_group(WordGroup::LocativePreposition, w)
                || matches!(w, "for" | "on" | "with")
        }
        _ => false,
    };
    nothing_possessed.then_some(end)
}

/// Is the lower-case word `w` at `i` an Arabic article joined to a name
/// (`al-Sadr`) or a particle before a capitalised word (`bin Laden`)? The
/// article's hyphen after two or three letters, and the capital after a
/// particle, rule out most words before any lookup.
#[inline]
fn may_open_name(c: &Cursor<'_, '_>, i: usize, b: &[u8]) -> bool {
    let lex = c.input.lexicon;
    (b.len() > 3 && (b[2] == b'-' || b[3] == b'-') && is_article_name(lex, c.text_of(i)))
        || (lex.in_group(WordGroup::OpeningParticle, b)
            && (c.tokens().get(i + 1).is_some_and(|n| n.is_capitalised())
                || c.second_particle(i).is_some()))
}

/// `al Qaeda`, `al Shabaab`: is the word at `i` an Arabic article written
/// apart from the capitalised word after it? Only a known name may open
/// with one: `as` and `an` are articles too.
fn article_apart(c: &Cursor<'_, '_>, i: usize, b: &[u8]) -> bool {
    b.len() == 2
        && c.input
            .lexicon
            .in_group(WordGroup::ArabicArticle, [b[0], b[1], b'-'])
        && c.tokens().get(i + 1).is_some_and(|n| n.is_capitalised())
}

/// A known name that opens with a lower-case particle or article
/// (`al-Qaeda`, `de Blasio`), or a surname cited with its particle or
/// Arabic article (`bin Laden`, and `al-Sadr` before a verb or in the
/// possessive), unless a capitalised word before it was passed over (`Tour
/// de France`).
fn particle_name<'g>(c: &mut Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    let w = c.text_of(i);
    let lex = c.input.lexicon;
    if c.prev_joined(i).is_some_and(|p| c.is_cap_word(p)) {
        return None;
    }
    if let Some(known) = known_at(c, i) {
        return Some(known);
    }
    let (end_tok, end) = if is_article_name(lex, w) {
        let (end_tok, end) = c.name_run(i);
        let last = end_tok - 1;
        if !(c.ends_with_possessive(last) || c.verb_after(last) || c.speech_verb_after(last)) {
            return None;
        }
        (end_tok, end)
    } else {
        let m = c.second_particle(i).unwrap_or(i);
        let m = c.next_joined(m).filter(|&m| c.is_cap_word(m))?;
        let surname = strip_possessive(c.text_of(m));
        if !is_latin_name(surname)
            || lex.is_stopword(surname)
            || lex.in_group(WordGroup::Calendar, surname)
        {
            return None;
        }
        let gazetteer = c.input.gazetteer;
        let known = gazetteer.longest_match(c.input.text, c.tokens(), m);
        if known.is_some_and(|k| gazetteer.entry(k.candidates[0]).label != Label::Person) {
            return None;
        }
        c.name_run(m)
    };
    Some(found(
        Span::new(c.tokens()[i].start(), end),
        i..end_tok,
        Label::Person,
        Evidence::NamePattern,
    ))
}

/// A name-like word joined by `and` or `or` to a person's name is another
/// person (`Ana Ruiz and Okafor`, `Rob and Ana Ruiz`). `prev` is the end and
/// label of the name found last.
fn coordinated_person<'g>(
    c: &mut Cursor<'_, 'g>,
    i: usize,
    prev: Option<(usize, Label)>,
) -> Option<Found<'g>> {
    let (end_tok, end) = c.person_run(i)?;
    if end_tok == i + 1 && !coordinated_word_may_be_name(c, i) {
        return None;
    }
    let joins = |c: &Cursor<'_, '_>, k: usize| matches!(c.bytes_of(k), b"and" | b"or");
    let after_person = c
        .prev_joined(i)
        .filter(|&p| joins(c, p))
        .and_then(|p| c.prev_joined(p))
        .is_some_and(|p| prev == Some((p + 1, Label::Person)));
    if !after_person {
        let joiner = c
            .next_joined(end_tok - 1)
            .filter(|&n| joins(c, n) || c.bytes_of(n) == b",")?;
        let m = c.next_joined(joiner).filter(|&m| c.is_cap_word(m))?;
        let next = best_at(c, m, false).filter(|f| f.label == Label::Person)?;
        // `Rumsfeld, Wolfowitz and Feith`: a comma joins names in a list
        // that goes on after the next one.
        let list_goes_on = || {
            c.next_joined(next.tokens.end - 1)
                .is_some_and(|k| joins(c, k) || c.bytes_of(k) == b",")
        };
        // Not a plural (`Fritos, Cheetos`) nor a word after an article or
        // a preposition (`the House, Paul Ryan`, `of Lesbos, Abdullah`).
        let name_like = || {
            let w = strip_possessive(c.text_of(i));
            (!w.ends_with('s') || c.class_of(i).any(WordClass::CENSUS))
                && !c.prev_joined(i).is_some_and(|p| {
                    c.input
                        .lexicon
                        .in_group(WordGroup::FunctionWord, c.bytes_of(p))
                })
        };
        if c.bytes_of(joiner) == b"," && !(list_goes_on() && name_like()) {
            return None;
        }
    }
    let gender = c
        .input
        .lexicon
        .given_name(strip_possessive(c.text_of(i)))
        .and_then(|f| f.0);
    Some(Found {
        span: Span::new(c.tokens()[i].start(), end),
        tokens: i..end_tok,
        label: Label::Person,
        candidates: &[],
        evidence: Evidence::Coordinated,
        gender,
        role: None,
    })
}

/// Can the one word at `i`, joined to a person's name, be another? Not a
/// doctrine or a group (`his Mormonism`), nor a word that ends a longer
/// name or modifies the noun after it (`Obama and House leaders`).
fn coordinated_word_may_be_name(c: &Cursor<'_, '_>, i: usize) -> bool {
    let lex = c.input.lexicon;
    let w = strip_possessive(c.text_of(i));
    // (`Jolly of Indian Shores and DeSantis`: the end of a longer name;
    // `The IGP, Kayode Egbetokun,`: a rank.)
    if names_no_one(lex, w, true) || c.ends_capitalised_phrase(i) || lex.title_any_case(w).is_some()
    {
        return false;
    }
    let before_noun = c.next_joined(i).is_some_and(|n| {
        let t = &c.tokens()[n];
        t.is_word() && !t.is_capitalised() && !lex.in_group(WordGroup::FunctionWord, c.bytes_of(n))
    }) && !c.verb_after(i);
    !(before_noun && lex.is_english_word(w))
}

/// `Super Bowl LVIII`, `the Boeing 737 Max was grounded`: a Roman
/// numeral no list knows after a capitalised word is an edition's number,
/// and a capitalised word that ends a name after a known company's
/// model number (`Boeing 737`) is part of the product's name; neither
/// names anyone.
fn edition_or_model_suffix(c: &Cursor<'_, '_>, i: usize) -> bool {
    let w = c.bytes_of(i);
    let roman = w.len() >= 3 && w.iter().all(|b| b"IVXLCDM".contains(b));
    let Some(p) = c.prev_joined(i) else {
        return false;
    };
    if roman {
        return c.is_cap_word(p)
            && is_roman_numeral(w)
            && c.input.gazetteer.get(c.text_of(i)).is_none();
    }
    c.tokens()[p].kind == TokenKind::Number
        && !c.next_joined(i).is_some_and(|n| c.is_cap_word(n))
        && c.prev_joined(p).is_some_and(|q| c.is_organization(q))
}

/// Is `w` a Roman numeral in its standard form (`LVIII`, not `DVD`)?
fn is_roman_numeral(w: &[u8]) -> bool {
    let value = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        b'C' => 100,
        b'D' => 500,
        b'M' => 1000,
        _ => 0,
    };
    let mut total = 0u32;
    for (k, &b) in w.iter().enumerate() {
        let v = value(b);
        match w.get(k + 1).map(|&n| value(n)) {
            Some(next) if next > v => total = total.wrapping_sub(v),
            _ => total = total.wrapping_add(v),
        }
    }
    // Standard form round-trips: write the value back and compare.
    let mut n = total;
    let mut out = Vec::with_capacity(w.len());
    for (v, s) in [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= v {
            out.extend_from_slice(s.as_bytes());
            n -= v;
        }
    }
    (1..4000).contains(&total) && out == w
}

/// `the maker of Ozempic and Wegovy`: capitalised words after a maker's
/// noun and `of`, and those listed with them, name products; the token
/// after them.
fn products_after_maker(c: &Cursor<'_, '_>, i: usize) -> Option<usize> {
    let of = c.prev_joined(i).filter(|&p| c.bytes_of(p) == b"of")?;
    let maker = c.prev_joined(of)?;
    if !c
        .input
        .lexicon
        .in_group(WordGroup::MakerNoun, c.bytes_of(maker))
    {
        return None;
    }
    let mut end = i + 1;
    let mut k = i;
    while let Some(n) = c.next_joined(k) {
        if c.is_cap_word(n) {
            end = n + 1;
            k = n;
        } else if matches!(c.bytes_of(n), b"and" | b"or" | b",")
            && c.next_joined(n).is_some_and(|m| c.is_cap_word(m))
        {
            k = n;
        } else {
            break;
        }
    }
    Some(end)
}

/// `Air Force One`, `Trump Force One`: a force's name before `One` or
/// `Two` is an aircraft's call sign, no organisation; the number's token.
fn call_sign_number(c: &Cursor<'_, '_>, f: &Found<'_>) -> Option<usize> {
    let last = f.tokens.end - 1;
    if f.label != Label::Organization || c.bytes_of(last) != b"Force" {
        return None;
    }
    c.next_joined(last)
        .filter(|&n| matches!(c.bytes_of(n), b"One" | b"Two"))
}

/// Is the sentence `range` a headline in title case? Four words or more,
/// the first three and at least four in five capitalised, and a
/// capitalised closed-class word after the first (`To`, `In`, `Is`; not in
/// a line of capitals).
fn is_headline(c: &Cursor<'_, '_>, range: Range<usize>) -> bool {
    let lex = c.input.lexicon;
    let words = || c.tokens()[range.clone()].iter().filter(|t| t.is_word());
    // There are no more words than tokens: most sentences are settled
    // after a few words in lower case.
    let most_lower = range.len() / 5;
    let (mut count, mut lower) = (0, 0);
    for t in words() {
        count += 1;
        lower += !t.is_capitalised() as usize;
        // A headline's first three words are capitalised.
        if lower > most_lower || (count <= 3 && lower > 0) {
            return false;
        }
    }
    count >= 4
        && lower * 5 <= count
        && words().skip(1).any(|t| {
            let w = &c.input.text[t.range()];
            t.is_capitalised() && !is_all_caps(w) && lex.in_group_lower(WordGroup::FunctionWord, w)
        })
}

/// The dash that ends a dateline opening `range` (`WASHINGTON (AP) —`,
/// `CUPERTINO, Calif. —`, `LONDON -`): a first word in capitals, then at
/// most a few words, commas, periods and brackets before it.
fn dateline_dash(c: &Cursor<'_, '_>, range: Range<usize>) -> Option<usize> {
    const DATELINE_TOKENS: usize = 10;
    let tokens = c.tokens();
    let first = range.start;
    let word = c.text_of(first);
    if !tokens[first].is_word() || word.len() < 2 || !is_all_caps(word) {
        return None;
    }
    let end = range.end.min(first + DATELINE_TOKENS);
    for (k, t) in tokens.iter().enumerate().take(end).skip(first + 1) {
        if t.is_word() || t.is_space() {
            continue;
        }
        let text = &c.input.text[t.range()];
        match text {
            "," | "." | "(" | ")" => {}
            _ if c.input.lexicon.in_group(WordGroup::Dash, text) => return Some(k),
            _ => return None,
        }
    }
    None
}

/// The closing mark of a work's title in marks that opens at token `i`:
/// a few capitalised words between marks, with a noun for a work just
/// before the opening mark or just after the closing one (`the “Harry
/// Potter” films`, `the film “Oppenheimer”`).
fn work_title_in_marks(c: &Cursor<'_, '_>, i: usize) -> Option<usize> {
    const TITLE_TOKENS: usize = 12;
    let tokens = c.tokens();
    let is_mark = |k: usize| matches!(tokens[k].kind, TokenKind::Quote(_));
    let open = c.prev_joined(i).filter(|&k| is_mark(k))?;
    let close = (i + 1..c.sentence_end.min(i + TITLE_TOKENS)).find(|&k| is_mark(k))?;
    let lex = c.input.lexicon;
    let work = |k: Option<usize>| {
        k.is_some_and(|k| {
            tokens[k].is_word()
                && !tokens[k].is_capitalised()
                && lex.in_group(WordGroup::WorkNoun, c.bytes_of(k))
        })
    };
    let title_case = (i..close).all(|k| {
        let t = &tokens[k];
        !t.is_word() || t.is_capitalised() || lex.in_group(WordGroup::TitleSmallWord, c.bytes_of(k))
    });
    // `Nolan's “Oppenheimer” won`: words alone in marks after someone's
    // possessive are the title of their work (speech keeps its comma or
    // period inside the marks).
    let owned_work = || {
        c.prev_joined(open)
            .is_some_and(|k| c.ends_with_possessive(k))
            && (i..close).all(|k| tokens[k].is_word())
    };
    (title_case && (work(c.prev_joined(open)) || work(c.next_joined(close)) || owned_work()))
        .then_some(close)
}

/// The end of a work's title written without marks right after a noun
/// for a book, film, song or album that a determiner or possessive opens
/// (`her novel The Salt Road.`, `the 2019 film Zelva Nights,`): capitalised
/// words that end a clause. Not a periodical's name (`the magazine Time`
/// is the magazine), nor after a comma (`the author of the book, Mitchell
/// Zuckoff,` is a person). A title names no one.
fn work_title_after_noun(c: &Cursor<'_, '_>, i: usize) -> Option<usize> {
    const TITLE_TOKENS: usize = 12;
    const OPENING_WORDS: usize = 3;
    let lex = c.input.lexicon;
    let tokens = c.tokens();
    let p = c.prev_joined(i)?;
    let w = c.bytes_of(p);
    if tokens[p].is_capitalised()
        || !lex.in_group(WordGroup::WorkNoun, w)
        || lex.in_group(WordGroup::PeriodicalNoun, w)
    {
        return None;
    }
    // A noun, not a verb (`to play Stanford`, `headline Tuesday`).
    let opened = std::iter::successors(c.prev_joined(p), |&k| c.prev_joined(k))
        .take(OPENING_WORDS)
        .any(|k| lex.in_group(WordGroup::Determiner, c.bytes_of(k)) || c.ends_with_possessive(k));
    if !opened || !c.is_cap_word(i) {
        return None;
    }
    let mut last = i;
    for _ in 0..TITLE_TOKENS {
        match c.next_joined(last) {
            Some(n)
                if c.is_cap_word(n)
                    || (tokens[n].is_word()
                        && lex.in_group(WordGroup::TitleSmallWord, c.bytes_of(n))
                        && c.next_joined(n).is_some_and(|m| c.is_cap_word(m))) =>
            {
                last = n
            }
            _ => break,
        }
    }
    c.next_joined(last)
        .map_or(true, |n| matches!(c.bytes_of(n), b"," | b"." | b";" | b")"))
        .then_some(last + 1)
}

/// Is `range` a line of a page's links: three or more separators (`|`,
/// `•`, `·`) between items of at most four words each?
fn is_navigation(c: &Cursor<'_, '_>, range: Range<usize>) -> bool {
    const ITEM_WORDS: usize = 4;
    let (mut separators, mut words) = (0, 0);
    for t in &c.tokens()[range] {
        if t.is_word() {
            words += 1;
            if words > ITEM_WORDS {
                return false;
            }
        } else if matches!(&c.input.text[t.range()], "|" | "•" | "·") {
            separators += 1;
            words = 0;
        }
    }
    separators >= 3
}

/// `NEW` → `New`, appended to `buf`.
fn push_title_case(buf: &mut String, word: &str, lex: &Lexicon) {
    // `AL-BALAH` → `al-Balah`: an Arabic article (two or three letters and
    // a hyphen) stays lower case and the name after it opens with its
    // capital, as the gazetteers write it. Two byte tests rule out nearly
    // every word.
    let b = word.as_bytes();
    if (b.get(2) == Some(&b'-') || b.get(3) == Some(&b'-')) && push_article_name(buf, word, lex) {
        return;
    }
    let head = word.chars().next().map_or(0, char::len_utf8);
    buf.push_str(&word[..head]);
    push_lowercase(buf, &word[head..]);
}

/// [`push_title_case`] for a word that may open with an Arabic article:
/// whether it did.
#[cold]
fn push_article_name(buf: &mut String, word: &str, lex: &Lexicon) -> bool {
    let k = if word.as_bytes()[2] == b'-' { 2 } else { 3 };
    let start = buf.len();
    push_lowercase(buf, &word[..=k]);
    if !lex.in_group(WordGroup::ArabicArticle, &buf[start..]) {
        buf.truncate(start);
        return false;
    }
    let rest = &word[k + 1..];
    let head = rest.chars().next().map_or(0, char::len_utf8);
    buf.push_str(&rest[..head]);
    push_lowercase(buf, &rest[head..]);
    true
}

/// `Henley-on-Thames`, `Bolton-le-Sands`: a town's name joined by hyphens
/// and a lower-case link to the river, sea or district it stands by, when
/// no list knows it; not a compound of two English words
/// (`Commander-in-Chief`).
fn town_by_its_river<'g>(c: &Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    const LINKED_PARTS: usize = 4;
    if !c.tokens()[i].has_hyphen() {
        return None;
    }
    let word = strip_possessive(c.text_of(i));
    let lex = c.input.lexicon;
    let mut parts = word.split('-');
    let town = parts.next()?;
    let river = parts.next_back()?;
    // The parts between: one or two lower-case links, the first no `the`.
    let mut links = parts;
    let linked = links.clone().next().is_some_and(|first| first != "the")
        && links.clone().count() < LINKED_PARTS - 1
        && links.all(|w| lex.in_group(WordGroup::TownLink, w));
    let capitalised = |w: &str| is_latin_name(w) && w.starts_with(char::is_uppercase);
    (linked
        && capitalised(town)
        && capitalised(river)
        && !(lex.is_english_word(town) && lex.is_english_word(river))
        && c.known_label(i).is_none())
    .then(|| {
        let start = c.tokens()[i].start();
        found(
            Span::new(start, start + word.len()),
            i..i + 1,
            Label::Location,
            Evidence::NamePattern,
        )
    })
}

/// `Obama for America`, `Marchetti for President`, `Kirkpatrick for
/// Senate`: a person's name, `for`, and the office or the country or
/// state sought name the candidate's campaign committee (`voted for
/// Clinton for President` names the candidate).
fn campaign_committee<'g>(c: &Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    let link = c.next_joined(i).filter(|&n| c.bytes_of(n) == b"for")?;
    if c.prev_joined(i).is_some_and(|p| c.bytes_of(p) == b"for") {
        return None;
    }
    let sought = c.next_joined(link).filter(|&n| c.is_cap_word(n))?;
    if c.next_joined(sought).is_some_and(|n| c.is_cap_word(n)) {
        return None;
    }
    let lex = c.input.lexicon;
    let gazetteer = c.input.gazetteer;
    let name = strip_possessive(c.text_of(i));
    let person = match c.known_label(i) {
        Some(label) => label == Label::Person,
        None => c
            .class_of(i)
            .any(WordClass::SURNAME | WordClass::GIVEN_NAME),
    };
    let office = strip_possessive(c.text_of(sought));
    let sought_office = lex.title_any_case(office).is_some()
        || gazetteer.get(office).is_some_and(|e| {
            let e = gazetteer.entry(e[0]);
            e.is_country_or_region()
                || (e.label == Label::Organization && &*e.subtype == "legislature")
        });
    (person && sought_office && !lex.is_english_word(name) && !c.is_stopword(i)).then(|| {
        let end = c.tokens()[sought].start() + office.len();
        found(
            Span::new(c.tokens()[i].start(), end),
            i..sought + 1,
            Label::Organization,
            Evidence::NamePattern,
        )
    })
}

/// `AARP Oklahoma`, `SEIU Michigan`, `ACLU of North Carolina`: a known
/// organisation's name and a state or a country that ends the run name its
/// branch there; so do a state or country and a known acronym (`Iowa PBS`,
/// `Ohio GOP`).
fn chapter_in_a_region<'g>(c: &Cursor<'_, 'g>, f: &Found<'g>) -> Option<Found<'g>> {
    // (A region of two words is read from its first: `New Hampshire
    // AFL-CIO`, not `Hampshire AFL-CIO`.)
    // (A body with national chapters, whatever its length: `Amnesty
    // International Kenya`, `Save the Children UK`.)
    let gazetteer = c.input.gazetteer;
    let has_chapters = || {
        f.candidates.first().is_some_and(|&id| {
            matches!(
                &*gazetteer.entry(id).subtype,
                "international organisation" | "charity" | "trade union"
            )
        })
    };
    let whole = match f.label {
        Label::Organization => f.tokens.len() == 1 || has_chapters(),
        _ => !c
            .prev_joined(f.tokens.start)
            .is_some_and(|p| c.name_goes_on_after(p)),
    };
    if !whole || f.span.end != c.tokens()[f.tokens.end - 1].end() {
        return None;
    }
    let n = c
        .next_joined(f.tokens.end - 1)
        .filter(|&n| c.is_cap_word(n) || c.bytes_of(n) == b"of")?;
    let acronym = |k: usize| is_all_caps(c.text_of(k)) && c.text_of(k).len() > 1;
    let (from, to) = match f.label {
        // (`of` only after an acronym: a chapter's name, not `Bank of …`.)
        Label::Organization if c.bytes_of(n) == b"of" => {
            let k = c
                .next_joined(n)
                .filter(|&k| acronym(f.tokens.start) && c.is_cap_word(k))?;
            let region = c.region_at(k)?;
            (region.end_token, region.end)
        }
        // (`CBC Hamilton`, `BBC London`: a broadcaster's letters before a
        // known city name its station there.)
        Label::Organization => {
            let station = || {
                let known = f.candidates.first().map(|&id| gazetteer.entry(id))?;
                (acronym(f.tokens.start) && &*known.subtype == "news organisation")
                    .then(|| gazetteer.longest_match(c.input.text, c.tokens(), n))
                    .flatten()
                    .filter(|m| gazetteer.entry(m.candidates[0]).label == Label::Location)
            };
            // (`Enron North America`, `Google Europe`: a company's arm on a
            // continent.)
            let continental_arm = || {
                let known = f.candidates.first().map(|&id| gazetteer.entry(id))?;
                matches!(&*known.subtype, "company" | "news organisation")
                    .then(|| gazetteer.longest_match(c.input.text, c.tokens(), n))
                    .flatten()
                    .filter(|m| &*gazetteer.entry(m.candidates[0]).subtype == "continent")
            };
            let region = c.region_at(n).or_else(station).or_else(continental_arm)?;
            (region.end_token, region.end)
        }
        Label::Location
            if gazetteer.entry(f.candidates[0]).is_country_or_region()
                && acronym(n)
                && c.is_cap_word(n) =>
        {
            let known = gazetteer.longest_match(c.input.text, c.tokens(), n)?;
            (known.end_token == n + 1
                && gazetteer.entry(known.candidates[0]).label == Label::Organization)
                .then_some((known.end_token, known.end))?
        }
        _ => return None,
    };
    // (Not before a noun they modify together: `GOP Israel supporters`,
    // `an NBC New Hampshire poll`.)
    let lex = c.input.lexicon;
    let ends = to == c.tokens()[from - 1].end()
        && c.next_joined(from - 1).map_or(true, |k| {
            let t = &c.tokens()[k];
            let w = c.text_of(k);
            !t.is_word()
                || (!t.is_capitalised()
                    && (lex.in_group(WordGroup::FunctionWord, w)
                        || w.ends_with("ed")
                        || lex.is_reporting_verb(w)))
        });
    ends.then(|| {
        found(
            Span::new(f.span.start, to),
            f.tokens.start..from,
            Label::Organization,
            Evidence::NamePattern,
        )
    })
}

/// `36th Street`, `5th Avenue`, `Southeast 110th Street`: an ordinal
/// number and a place's head word, after the side of town, if any.
fn numbered_place<'g>(c: &Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    if !c.class_of(i).any(WordClass::NAME_SUFFIX) {
        return None;
    }
    let mut p = c.prev_joined(i).filter(|&p| is_ordinal(c, p))?;
    let head = strip_possessive(c.text_of(i));
    (c.input.lexicon.name_suffixes.get(head) == Some(&Label::Location)).then(|| {
        if let Some(side) = c
            .prev_joined(p)
            .filter(|&k| c.is_cap_word(k) && c.class_of(k).any(WordClass::PLACE_MODIFIER))
        {
            p = side;
        }
        let start = c.tokens()[p].start();
        let end = c.tokens()[i].start() + head.len();
        found(
            Span::new(start, end),
            p..i + 1,
            Label::Location,
            Evidence::NamePattern,
        )
    })
}

/// `a guy named Devon`, `the front desk lady, Gloria,`, `a woman
/// identified only as Maria`, `who gave her name as Patience`: the name a
/// person is said to bear, or set off after them, whatever else it names
/// (not after `called`, as often a phone call: `a man called Microsoft
/// support`).
fn named_person<'g>(c: &mut Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    let lex = c.input.lexicon;
    let link = c
        .prev_joined(i)
        .filter(|&p| matches!(c.bytes_of(p), b"named" | b"," | b"as"))?;
    let before = c.prev_joined(link)?;
    let named = if c.bytes_of(link) == b"as" {
        let said = match c.bytes_of(before) {
            b"only" => c.prev_joined(before)?,
            _ => before,
        };
        matches!(c.bytes_of(said), b"identified" | b"name")
    } else {
        c.person_noun(before)
    };
    if !named || !is_latin_name(strip_possessive(c.text_of(i))) || c.is_stopword(i) {
        return None;
    }
    // A title or a known person's name is read by the rules for them; so
    // is a known organisation's set off by commas (`its parent, Alphabet,`).
    let gazetteer = c.input.gazetteer;
    let set_off = c.bytes_of(link) == b",";
    let known_elsewhere =
        |label: Label| label == Label::Person || (set_off && label == Label::Organization);
    if c.title_at(i).is_some()
        || gazetteer
            .longest_match(c.input.text, c.tokens(), i)
            .is_some_and(|m| known_elsewhere(gazetteer.entry(m.candidates[0]).label))
    {
        return None;
    }
    let (end_tok, end) = c.name_run(i);
    // (Set off, the name is closed by a comma too.)
    if set_off
        && !c
            .next_joined(end_tok - 1)
            .is_some_and(|n| c.bytes_of(n) == b",")
    {
        return None;
    }
    let mut f = found(
        Span::new(c.tokens()[i].start(), end),
        i..end_tok,
        Label::Person,
        Evidence::NamePattern,
    );
    f.gender = lex
        .given_name(strip_possessive(c.text_of(i)))
        .and_then(|g| g.0);
    Some(f)
}

/// `Her label, Zelvo Music, said`, `The startup, Talvex, raised`: a name
/// set off by commas after a noun for a kind of organisation and its
/// determiner is that organisation's (not `a spokesman for the company,
/// Maria Lopez,`: a preposition before the determiner ties the noun to a
/// person named after it).
fn named_organisation<'g>(c: &mut Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    let lex = c.input.lexicon;
    let comma = c.prev_joined(i).filter(|&p| c.bytes_of(p) == b",")?;
    let noun = c.prev_joined(comma)?;
    let kind =
        |w: &[u8]| lex.in_group(WordGroup::OrgDescriptor, w) || lex.in_group(WordGroup::OrgKind, w);
    if c.tokens()[noun].is_capitalised() || !kind(c.bytes_of(noun)) {
        return None;
    }
    let determiner = c.prev_joined(noun).and_then(|d| {
        let modifier = c.tokens()[d].is_word()
            && !c.tokens()[d].is_capitalised()
            && !lex.in_group_lower(WordGroup::Determiner, c.text_of(d));
        if modifier {
            c.prev_joined(d)
        } else {
            Some(d)
        }
    })?;
    // (A possessive name determines too: `Bhatia's firm, Ganga Agro
    // Exports,`.)
    let possessive =
        || c.tokens()[determiner].is_capitalised() && c.ends_with_possessive(determiner);
    if !(lex.in_group_lower(WordGroup::Determiner, c.text_of(determiner)) || possessive())
        || c.prev_joined(determiner)
            .is_some_and(|p| lex.in_group(WordGroup::SpeakerPreposition, c.bytes_of(p)))
    {
        return None;
    }
    let w = strip_possessive(c.text_of(i));
    if !is_latin_name(w)
        || c.is_stopword(i)
        || c.class_of(i).any(WordClass::GIVEN_NAME)
        || c.title_at(i).is_some()
    {
        return None;
    }
    let last = c.capitalised_run(i);
    c.next_joined(last).filter(|&n| c.bytes_of(n) == b",")?;
    // (`At the landing site, Mwanaidi Hamisi, 47,`: an age is a person's.)
    if c.age_after(last) {
        return None;
    }
    let end = c.tokens()[last].start() + strip_possessive(c.text_of(last)).len();
    let span = Span::new(c.tokens()[i].start(), end);
    // A known name is the organisation it names (`The company, Apple,`),
    // and no place's or person's.
    let gazetteer = c.input.gazetteer;
    let known = gazetteer.get(&c.input.text[span.range()]);
    if known.is_some_and(|e| gazetteer.entry(e[0]).label != Label::Organization) {
        return None;
    }
    let mut f = found(
        span,
        i..last + 1,
        Label::Organization,
        Evidence::NamePattern,
    );
    if let Some(entries) = known {
        f.candidates = entries;
        f.evidence = Evidence::Gazetteer;
    }
    Some(f)
}

/// `Football Australia`, `Transport Scotland`: a word for a sport or a
/// public sector before a country or region that ends the name is that
/// country's or region's body (not in a headline, where any word may be
/// capitalised: `Rugby Beats Scotland`).
fn sector_body<'g>(c: &Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    // The next word first: most words have no capitalised word after them.
    let mut n = c.next_joined(i).filter(|&n| c.is_cap_word(n))?;
    let lex = c.input.lexicon;
    if c.headline
        || !lex.in_group(WordGroup::SectorWord, c.bytes_of(i))
        || c.prev_joined(i).is_some_and(|p| c.name_goes_on_after(p))
    {
        return None;
    }
    // (`Transport Infrastructure Ireland`: sectors may follow one another.)
    while lex.in_group(WordGroup::SectorWord, c.bytes_of(n)) {
        n = c.next_joined(n).filter(|&k| c.is_cap_word(k))?;
    }
    let region = c.region_at(n)?;
    let ends = region.end == c.tokens()[region.end_token - 1].end()
        && !c
            .next_joined(region.end_token - 1)
            .is_some_and(|k| c.is_cap_word(k));
    ends.then(|| {
        found(
            Span::new(c.tokens()[i].start(), region.end),
            i..region.end_token,
            Label::Organization,
            Evidence::NamePattern,
        )
    })
}

/// `Capital One Arena`, `Apple Park`: a known organisation's name before a
/// place's head word names the place it sponsors or owns.
fn venue_of_a_sponsor<'g>(c: &Cursor<'_, 'g>, f: &Found<'g>) -> Option<Found<'g>> {
    let last = f.tokens.end - 1;
    if f.label != Label::Organization
        || f.span.end != c.tokens()[last].end()
        || c.ends_with_possessive(last)
    {
        return None;
    }
    let head = c.next_joined(last).filter(|&n| {
        c.is_cap_word(n)
            && c.class_of(n).any(WordClass::NAME_SUFFIX)
            && c.input
                .lexicon
                .name_suffixes
                .get(strip_possessive(c.text_of(n)))
                == Some(&Label::Location)
    })?;
    let end = c.tokens()[head].start() + strip_possessive(c.text_of(head)).len();
    Some(found(
        Span::new(f.span.start, end),
        f.tokens.start..head + 1,
        Label::Location,
        Evidence::NamePattern,
    ))
}

/// `wrote on X.`: a known organisation of one letter where someone posts,
/// ending the sentence, which the tokenizer reads as an initial.
fn platform_ending_a_sentence<'g>(c: &Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    let [letter, b'.'] = c.bytes_of(i) else {
        return None;
    };
    if !letter.is_ascii_uppercase() || !c.posted_on(i) {
        return None;
    }
    let gazetteer = c.input.gazetteer;
    let start = c.tokens()[i].start();
    let candidates = gazetteer.get(&c.input.text[start..start + 1])?;
    (gazetteer.entry(candidates[0]).label == Label::Organization).then(|| {
        let mut f = found(
            Span::new(start, start + 1),
            i..i + 1,
            Label::Organization,
            Evidence::Gazetteer,
        );
        f.candidates = candidates;
        f
    })
}

/// `WMUR-TV`, `KPSN-FM`: a US or Canadian station's call sign and its
/// band is the station.
fn call_sign<'g>(c: &Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    // The token's hyphen flag first: it rules out nearly every word.
    if !c.tokens()[i].has_hyphen() {
        return None;
    }
    let word = c.bytes_of(i);
    let hyphen = word.iter().position(|&b| b == b'-')?;
    let (letters, band) = (&word[..hyphen], &word[hyphen + 1..]);
    let sign = matches!(letters.first(), Some(b'K' | b'W' | b'C'))
        && (3..=4).contains(&letters.len())
        && letters.iter().all(u8::is_ascii_uppercase)
        && matches!(band, b"TV" | b"FM" | b"AM" | b"DT");
    sign.then(|| {
        found(
            c.tokens()[i].span(),
            i..i + 1,
            Label::Organization,
            Evidence::NamePattern,
        )
    })
}

/// `Highway 26`, `Interstate 75`, `Highway YY`: a word for a road and its
/// number or letters; `I-81`: an interstate's letter and number. The road
/// of a state or a county takes the word or known place before it
/// (`Montana Highway 200`, `State Route 7`, `U.S. Route 1`).
fn numbered_road<'g>(c: &Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    let road = |to: usize| {
        found(
            Span::new(c.tokens()[i].start(), c.tokens()[to].end()),
            i..to + 1,
            Label::Location,
            Evidence::NamePattern,
        )
    };
    if let [b'I', b'-', digits @ ..] = c.bytes_of(i) {
        return ((1..=3).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit))
            .then(|| road(i));
    }
    // The number (or short capitals) after a word first: it rules out
    // nearly every word without a lookup.
    let numbered = |k: usize| {
        c.next_joined(k).filter(|&n| {
            let w = c.bytes_of(n);
            c.tokens()[n].kind == TokenKind::Number
                || (w.len() <= 2 && w.iter().all(u8::is_ascii_uppercase))
        })
    };
    let lex = c.input.lexicon;
    let road_word = |k: usize| lex.in_group(WordGroup::RoadWord, c.bytes_of(k));
    if let Some(n) = numbered(i).filter(|_| road_word(i)) {
        return Some(road(n));
    }
    let w = c.next_joined(i)?;
    let n = numbered(w).filter(|_| road_word(w))?;
    let of_a_state = matches!(c.bytes_of(i), b"State" | b"County" | b"U.S." | b"US")
        || c.input
            .gazetteer
            .longest_match(c.input.text, c.tokens(), i)
            .is_some_and(|m| {
                m.end_token == w
                    && c.input.gazetteer.entry(m.candidates[0]).label == Label::Location
            });
    of_a_state.then(|| road(n))
}

/// `"Townsend, George"`: a surname, a comma and a given name, alone in
/// quotation marks, as mail programs write the sender's name.
fn quoted_inverted_name<'g>(c: &Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    let quote =
        |k: Option<usize>| k.is_some_and(|k| matches!(c.tokens()[k].kind, TokenKind::Quote(_)));
    if !quote(c.prev_joined(i)) {
        return None;
    }
    let comma = c.next_joined(i).filter(|&k| c.bytes_of(k) == b",")?;
    let given = c.next_joined(comma).filter(|&k| c.is_cap_word(k))?;
    let lex = c.input.lexicon;
    let surname = c.text_of(i);
    let name_shaped = is_latin_name(surname)
        && (c.class_of(i).any(WordClass::SURNAME) || !lex.is_english_word(surname))
        && c.class_of(given).any(WordClass::GIVEN_NAME);
    (name_shaped && quote(c.next_joined(given))).then(|| {
        found(
            Span::new(c.tokens()[i].start(), c.tokens()[given].end()),
            i..given + 1,
            Label::Person,
            Evidence::NamePattern,
        )
    })
}

/// The longest name any rule finds at token `i`.
/// `The New York Times reported … the Times said`, `The Washington Post
/// … the Post's editors`: an organisation's head word alone after `the`
/// is the known organisation named before in the document with that word
/// last (not `The Times` of London).
fn short_form<'g>(c: &mut Cursor<'_, 'g>, i: usize, found: &[Found<'g>]) -> Option<Found<'g>> {
    let head = if c.bytes_of(i) == b"The" {
        c.next_joined(i).filter(|&n| c.is_cap_word(n))?
    } else if c.prev_joined(i).is_some_and(|p| c.bytes_of(p) == b"the") {
        i
    } else {
        return None;
    };
    // `The Times of London` is another paper.
    if !c.class_of(head).any(WordClass::NAME_SUFFIX)
        || c.next_joined(head)
            .is_some_and(|n| c.is_cap_word(n) || c.bytes_of(n) == b"of")
    {
        return None;
    }
    for f in &found[c.short_forms_read..] {
        // A name of two words or more besides `The`.
        let words = f
            .tokens
            .clone()
            .filter(|&k| c.tokens()[k].is_word())
            .count()
            - usize::from(c.bytes_of(f.tokens.start) == b"The");
        if f.label == Label::Organization && !f.candidates.is_empty() && words >= 2 {
            let last = strip_possessive(c.text_of(f.tokens.end - 1));
            let canonical = &c.input.gazetteer.entry(f.candidates[0]).canonical;
            let with_the = c.bytes_of(f.tokens.start) == b"The" || canonical.starts_with("The ");
            c.short_forms.insert(last, (f.candidates, with_the));
        }
    }
    c.short_forms_read = found.len();
    let word = strip_possessive(c.text_of(head));
    let (candidates, with_the) = *c.short_forms.get(word)?;
    // `The Times` keeps the article its paper's name has; `The Department`
    // opening a sentence does not.
    let first = if with_the { i } else { head };
    Some(Found {
        span: Span::new(
            c.tokens()[first].start(),
            c.tokens()[head].start() + word.len(),
        ),
        tokens: first..head + 1,
        label: Label::Organization,
        candidates,
        evidence: Evidence::Gazetteer,
        gender: None,
        role: None,
    })
}

/// `Leeds beat Norwich … Leeds later said`, `Sevilla said in a statement`:
/// a place's one-word name before a speech verb in the past tense is the
/// club or company the document named by it before, as places do not
/// speak.
fn organisation_that_speaks<'g>(
    c: &mut Cursor<'_, 'g>,
    place: &Found<'g>,
    earlier: &[Found<'g>],
) -> Option<Found<'g>> {
    const LOOKBACK: usize = 200;
    let i = place.tokens.start;
    let lex = c.input.lexicon;
    // A lower-case word next first: it rules out most places.
    let next = c.next_joined(i)?;
    if !c.tokens()[next].is_word() || c.tokens()[next].is_capitalised() {
        return None;
    }
    let verb_after = if lex.in_group(WordGroup::BetweenSubjectAndVerb, c.bytes_of(next)) {
        next
    } else {
        i
    };
    // (`Pinecrest shareholders`, `Harlow's shares`: what only a company
    // has says so too, of a company named before by a longer name that
    // opens with the word, unless the place is a large one: `Boston
    // Scientific` leaves `Boston` the city.)
    let owned = lex.in_group(WordGroup::CompanyOnlyNoun, c.bytes_of(next));
    if !owned && !c.past_speech_verb_after(verb_after) {
        return None;
    }
    let text = c.input.text;
    let name = &text[place.span.range()];
    let gazetteer = c.input.gazetteer;
    let small_place = || {
        place
            .candidates
            .first()
            .is_some_and(|&e| !gazetteer.entry(e).is_large_place())
    };
    let opens = |e: &Found<'_>| {
        owned
            && e.tokens.len() > 1
            && text[e.span.range()].starts_with(name)
            && text[e.span.start + name.len()..].starts_with(' ')
            && small_place()
    };
    let organisation =
        earlier.iter().rev().take(LOOKBACK).find(|e| {
            e.label == Label::Organization && (&text[e.span.range()] == name || opens(e))
        })?;
    Some(Found {
        label: Label::Organization,
        candidates: organisation.candidates,
        gender: None,
        ..place.clone()
    })
}

/// `BLINKEN: We will continue.`: a word in capitals that labels a line of
/// a transcript, which no list gives as a surname, is the speaker when it
/// is the last word of a person the document named before.
fn transcript_speaker<'g>(
    c: &mut Cursor<'_, 'g>,
    i: usize,
    earlier: &[Found<'g>],
) -> Option<Found<'g>> {
    // The colon after the word first: it rules out nearly every word.
    if !c.next_joined(i).is_some_and(|n| c.bytes_of(n) == b":") {
        return None;
    }
    let word = c.text_of(i);
    if word.len() < 2 || !is_all_caps(word) || c.transcript_label(i) != Some(false) {
        return None;
    }
    c.read_surnames(earlier);
    c.surnames.contains_key(&*title_case(word)).then(|| {
        let t = &c.tokens()[i];
        found(t.span(), i..i + 1, Label::Person, Evidence::Capitalised)
    })
}

fn best_at<'g>(c: &mut Cursor<'_, 'g>, i: usize, at_start: bool) -> Option<Found<'g>> {
    let input = c.input;
    let tokens = input.tokens;
    let lex = input.lexicon;
    let span_of = |a: usize, end: usize| Span::new(tokens[a].start(), end);
    // `The`, `In`, `He`: a closed-class word that opens a sentence, with no
    // capital after it, starts no name (a third of the capitalised words of
    // news).
    if at_start
        && is_sentence_starter(c.text_of(i))
        && !c.next_joined(i).is_some_and(|n| c.is_cap_word(n))
    {
        return None;
    }
    if let Some(f) = quoted_inverted_name(c, i)
        .or_else(|| platform_ending_a_sentence(c, i))
        .or_else(|| call_sign(c, i))
        .or_else(|| numbered_place(c, i))
        .or_else(|| town_by_its_river(c, i))
        .or_else(|| campaign_committee(c, i))
        .or_else(|| numbered_road(c, i))
        .or_else(|| sector_body(c, i))
        .or_else(|| named_person(c, i))
        .or_else(|| named_organisation(c, i))
    {
        return Some(f);
    }
    let mut best: Option<Found<'g>> = None;
    // Longest by tokens, then by bytes: `University of Wisconsin-Milwaukee`
    // over the known `University of Wisconsin` ending inside its last word.
    // A role found for the same person keeps the earlier reading and adds
    // the role (`Russia's foreign minister, Sergei Lavrov` is the known
    // Lavrov, later `the minister`).
    let consider = |f: Found<'g>, best: &mut Option<Found<'g>>| match best {
        Some(b) if (f.tokens.end, f.span.end) <= (b.tokens.end, b.span.end) => {
            if b.role.is_none() && b.label == f.label && b.span == f.span {
                b.role = f.role;
            }
        }
        _ => *best = Some(f),
    };

    // A known name. A one-word one that no capital, comma or connector
    // follows (`Putin said`, `Moscow's`) starts no longer name: the other
    // rules all need more words, and are skipped.
    if let Some(f) = known_at(c, i) {
        if let Some(chapter) = chapter_in_a_region(c, &f) {
            return Some(chapter);
        }
        // `The Haddads' son, Omar, 17,`: a known person's one-word name
        // that is a given name, with an age after it, is someone else
        // known by that given name (not Ilhan Omar).
        if f.label == Label::Person
            && f.tokens.len() == 1
            && c.class_of(i).any(WordClass::GIVEN_NAME)
            && c.age_after(i)
        {
            return Some(Found {
                candidates: &[],
                evidence: Evidence::GivenName,
                gender: c.given_name_gender(i),
                ..f
            });
        }

        // (`Facebook Instagram YouTube`: organisations listed without
        // commas, as in a page's links, stand alone too.)
        let listed = || {
            f.label == Label::Organization
                && c.next_joined(i)
                    .is_some_and(|n| c.known_label(n) == Some(Label::Organization))
        };
        if f.tokens.len() == 1 && (c.stands_alone(i) || listed()) {
            return Some(f);
        }
        // So does a longer known name that nothing extends (`Donald Trump
        // said`), unless it ends inside a hyphenated word (`University of
        // Wisconsin-Milwaukee`) or a lower-case title before it gives the
        // person a role (`spokesman Dmitry Peskov`).
        let last = f.tokens.end - 1;
        if f.tokens.len() > 1
            && !tokens[last].has_hyphen()
            && c.stands_alone(last)
            && c.title_before(i).is_none()
        {
            return Some(f);
        }
        // (A longer name that goes on from the head word wins: `NBA Hall
        // of Fame`.)
        if let Some(venue) = venue_of_a_sponsor(c, &f) {
            consider(venue, &mut best);
        }
        consider(f, &mut best);
    }

    // A title, then a name: `President Vladimir Putin`, `Sen. Jones`;
    // another title may come between (`Energy Minister Prince Abdulaziz`).
    // (`Son Heung-min`: a family name that is also a title; not
    // `President Hyun-woo Park`.)
    let title = c.title_at(i).filter(|_| {
        let family = || {
            [WordGroup::KoreanFamilyName, WordGroup::ChineseFamilyName]
                .iter()
                .any(|&g| lex.in_group(g, c.bytes_of(i)))
        };
        c.romanised_given_name_after(i).is_none() || !family()
    });
    if let Some(title) = title {
        let after = c.next_joined(title.edge - 1);
        let second = after
            .filter(|&n| c.is_cap_word(n))
            .and_then(|n| c.title_at(n));
        let name_at = match &second {
            Some(second) => c.next_joined(second.edge - 1),
            None => after,
        };
        // `Ms Justice Niamh Kearney`: the courtesy title tells the gender,
        // the second the role a later `the judge` takes up.
        let title = match second {
            Some(second) if !title.title.role && second.title.role => TitleMatch {
                title: Title {
                    gender: title.title.gender.or(second.title.gender),
                    honorific: title.title.honorific,
                    role: true,
                },
                ..second
            },
            _ => title,
        };
        // (`Count Every Neighbor`: a closed-class word opens no name.)
        if let Some(n) =
            name_at.filter(|&n| !lex.in_group_lower(WordGroup::FunctionWord, c.text_of(n)))
        {
            // The name is the capitalised run after the title, or a known
            // person's name when that is longer (`President Emmanuel
            // Macron`, where `Macron` is also a word).
            let known = input
                .gazetteer
                .longest_match(input.text, tokens, n)
                .filter(|m| input.gazetteer.entry(m.candidates[0]).label == Label::Person)
                .map(|m| (m.end_token, m.end));
            // After an honorific any capitalised word is a name (`Lord
            // Ashby`, `Mrs. Gold`), but another title (`Mr. President`) or
            // a word no census lists that neither acts nor owns nor comes
            // before a surname (`the Miss Universe pageant`, but `Mr. Arad
            // said`, `Miss Piggy's`, `Dr. Bola Adeyemi`). After any other
            // title, so is a census surname, even one a dictionary lists,
            // that the gazetteers do not know (`Justice Kulkarni`).
            let run = c
                .person_run(n)
                .or_else(|| c.run_after_title(n))
                .or_else(|| {
                    let w = c.text_of(n);
                    let plain_word = || {
                        lex.is_english_word(w)
                            && !c.class_of(n).any(WordClass::CENSUS)
                            && !c.ends_with_possessive(n)
                            && !c.verb_after(n)
                            && !c.next_joined(n).is_some_and(|m| c.name_word(m))
                    };
                    // (Not a title inside a longer name: `New Scientist Space`.)
                    let unknown_word = || {
                        !c.prev_joined(i).is_some_and(|p| c.is_cap_word(p))
                            && (c.class_of(n).any(WordClass::CENSUS)
                                || !lex.is_english_word(strip_possessive(w)))
                            && !c.class_of(n).any(WordClass::DEMONYM | WordClass::AFFILIATION)
                            // (A stop word that is a common surname too,
                            // but no day or month: `Cr Winter said`.)
                            && (!c.is_stopword(n)
                                || (c.class_of(n).any(WordClass::COMMON_SURNAME)
                                    && !lex.in_group(WordGroup::Calendar, c.bytes_of(n))))
                            && c.known_label(n).is_none()
                    };
                    ((title.title.honorific || unknown_word())
                        && c.is_cap_word(n)
                        && !is_all_caps(w)
                        && !is_sentence_starter(w)
                        && !lex.title_first_words.contains(w)
                        && !plain_word())
                    .then(|| c.name_run(n))
                });
            let run = run.map(|run| c.surname_after_title(n, run));
            let longest = match (run, known) {
                (Some(run), Some(k)) if k.0 > run.0 => Some(k),
                (run, k) => run.or(k),
            };
            // `Queen Victoria Market`, `King George Square`: a place's head
            // word that no person bears ends the name of a place named
            // after the person (`Mayor Don Guardian` is a person).
            let named_after = |c: &Cursor<'_, 'g>, end_tok: usize| {
                end_tok > n + 1
                    && !c
                        .class_of(end_tok - 1)
                        .any(WordClass::GIVEN_NAME | WordClass::COMMON_SURNAME)
                    && lex
                        .name_suffixes
                        .get(strip_possessive(c.text_of(end_tok - 1)))
                        == Some(&Label::Location)
            };
            if let Some((end_tok, end)) = longest.filter(|&(end_tok, _)| !named_after(c, end_tok)) {
                consider(person(c, n, end_tok, end, title), &mut best);
            }
        }
    }

    // A name after a lower-case title: `spokesman Dmitry Peskov`. After a
    // greeting, a given name that is also a word is a name (`Thanks, Bill`).
    let run = c
        .person_run(i)
        .map(|run| c.surname_in_context(i, run))
        .or_else(|| {
            // Titles in lower case are words of four letters or more
            // (`aide`, `manager`); most words before a capital are shorter
            // (`the`, `of`) or capitalised.
            let after_lower_title = c.prev_joined(i).is_some_and(|p| {
                let b = c.bytes_of(p);
                b == b"," || (b.len() >= 4 && b[0].is_ascii_lowercase())
            });
            let titled = after_lower_title
                && c.next_joined(i).is_some_and(|m| c.is_cap_word(m))
                && c.title_before(i).is_some();
            titled.then(|| c.run_after_title(i)).flatten()
        })
        .or_else(|| {
            (c.class_of(i).any(WordClass::COMMON_GIVEN_NAME) && c.after_greeting(i))
                .then(|| c.name_run(i))
        })
        .or_else(|| {
            // `Podesta said`, `Hunter told Politico`: a census surname that
            // is also an English word, alone before a speech verb in the past
            // tense, is the speaker's name; not a plural (`Friends say`), nor
            // the end of a longer name (`The Blaze reported`, `Sciences and
            // Medicine noted`).
            let class = c.class_of(i);
            let w = c.text_of(i);
            if !class.any(WordClass::SURNAME)
                || class.any(WordClass::NOT_A_NAME | WordClass::NAME_SUFFIX)
                || w.ends_with('s')
            {
                return None;
            }
            let alone = c.prev_joined(i).map_or(true, |p| {
                (!c.is_cap_word(p) || is_sentence_starter(c.text_of(p)))
                    && !lex.in_group(WordGroup::OrgConnector, c.bytes_of(p))
                    && !c.after_article(i)
            });
            (alone && lex.title_any_case(w).is_none() && c.past_speech_verb_after(i))
                .then(|| (i + 1, tokens[i].end()))
        });
    if let Some((end_tok, end)) = run {
        let words = (i..end_tok).filter(|&k| tokens[k].is_word()).count();
        if let Some(title) = c.title_before(i) {
            let (end_tok, end) = c.surname_after_title(i, (end_tok, end));
            consider(person(c, i, end_tok, end, title), &mut best);
        } else if words > 1 || best.is_none() || c.addressed(i, at_start) {
            // A known given name and more capitalised words (`Sean
            // Hannity`), a common given name alone (`Suzanne`), a name a
            // greeting addresses (`Dear Maria`), a ruler's name and
            // number (`Akhenor III`, unless the name is a known place's:
            // `Vatican II`), a name that is the subject of a speech verb
            // (`Hannity asked`), or capitalised words that are no English
            // words (`Kipling`), away from the start of a sentence or
            // before a verb.
            let first = strip_possessive(c.text_of(i));
            let first_class = c.class_of(i);
            // A particle that opens the name (`Van Gogh`) may be a word; so
            // may a given name after a reporting verb (`said Kiki Smith,`).
            let core = match c.next_joined(i) {
                Some(n) if !c.name_word(i) && !c.inverted_speaker(i, end_tok - 1) => n,
                _ => i,
            };
            let mut label = Label::Person;
            // `won the Golden Lion`, `the Gay Games`: after an article,
            // English words that a rare given name opens name a thing (`the
            // Tom Hanks movie` is someone's).
            let english_after_article = || {
                c.after_article(i)
                    && !first_class.any(WordClass::COMMON_GIVEN_NAME)
                    && (i..end_tok)
                        .filter(|&k| c.tokens()[k].is_word())
                        .all(|k| lex.is_english_word(strip_possessive(c.text_of(k))))
            };
            // `Amber Fort`, `George Street`: a head word that is no frequent
            // surname ends a place's or an organisation's name, also when
            // more words follow it (`Meredith College Poll`); `Jane Hill`,
            // `Tom Park` stay people, as does a name set off after a comma:
            // `the film's director, Michael Bay,`.
            let head_word_inside = || {
                (i + 1..end_tok).any(|k| {
                    let class = c.class_of(k);
                    class.any(WordClass::NAME_SUFFIX) && !class.any(WordClass::FREQUENT_SURNAME)
                }) && !c.prev_joined(i).is_some_and(|p| c.bytes_of(p) == b",")
            };
            // `the Dixie Fire`, `Crews gain ground on Hope Creek Fire`: a
            // run that an event's word ends names the event, whatever given
            // name opens it.
            let event = || lex.in_group(WordGroup::EventWord, c.bytes_of(end_tok - 1));
            let evidence = if (words > 1
                && first_class.any(WordClass::GIVEN_NAME)
                && !english_after_article()
                && !event()
                && !head_word_inside())
                || (words == 1
                    && first_class.any(WordClass::COMMON_GIVEN_NAME)
                    && !lex.in_group(WordGroup::EverydayGivenName, first)
                    && !c.after_article(i)
                    && input.gazetteer.get(first).is_none())
            {
                Some(Evidence::GivenName)
            } else if c.after_greeting(i)
                || (words == 1
                    && (c.addressed(i, at_start)
                        || (first_class.any(WordClass::GIVEN_NAME)
                            && c.opens_letter(i)
                            && !lex.is_english_word(first))))
            {
                Some(Evidence::Greeting)
            } else if (words == 2 && c.korean_given_then_family(i, end_tok - 1))
                || (words > 1
                    && c.is_regnal(end_tok - 1)
                    && best.as_ref().map_or(true, |b| b.label == Label::Person))
            {
                Some(Evidence::NamePattern)
            } else if words > 1
                && c.is_organization(i)
                && !first_class.any(WordClass::GIVEN_NAME)
                && (i + 1..end_tok).all(|k| {
                    let w = c.text_of(k);
                    is_latin_name(w) && lex.title_any_case(w).is_none()
                })
            {
                // A known organisation's name and more words: its branch or
                // product (`Breitbart London`, `Mozilla Firefox`), even
                // before a speech verb (`Breitbart London reported`).
                label = Label::Organization;
                Some(Evidence::NamePattern)
            } else if words == 2 && c.named_after_a_city(i, end_tok - 1) {
                // `Spartak Moscow`, `Dinamo Zagreb`: a word no list knows
                // before a city that gives no one a surname names a club
                // or a company there, or after a preposition of place a
                // place (`from Wolayita Sodo`).
                label = if c.after_place_preposition(i) {
                    Label::Location
                } else {
                    Label::Organization
                };
                Some(Evidence::NamePattern)
            } else if c.speech_verb_after(end_tok - 1)
                && !c.after_locative_preposition(i)
                && !c.home_after_age(i)
                && !(words == 1
                    && (c.ends_capitalised_phrase(i)
                        || c.after_name_of(i)
                        || c.after_article(i)
                        // `MWW said`, `Ohioans say`, `EgyptAir said`: an
                        // acronym, a group or a brand.
                        || is_all_caps(first)
                        || names_no_one(lex, first, true)))
            {
                Some(Evidence::SpeechSubject)
            } else if words == 1
                && !first_class.any(WordClass::CENSUS)
                && first.is_ascii()
                && (is_camel_case(first) || (first.len() <= 5 && is_all_caps(first)))
                && !lex.in_group(WordGroup::PostNominal, first)
                && !c.tokens()[end_tok - 1].has_hyphen()
                && c.next_joined(i)
                    .map_or(true, |n| !c.tokens()[n].is_capitalised())
                && !c.ends_capitalised_phrase(i)
                && !c.in_handle_or_address(i)
                && (is_brand(lex, first) || c.past_speech_verb_after(i))
            {
                // `SurveyMonkey data`, `EgyptAir said`, `MWW said`: a brand,
                // or an acronym that speaks, is an organisation.
                label = Label::Organization;
                Some(Evidence::NamePattern)
            } else if words > 1
                && is_dotted_initial(first)
                && (c.class_of(end_tok - 1).any(WordClass::SURNAME)
                    || (c.name_word(end_tok - 1) && c.known_label(i).is_none()))
            {
                // `J.M. Berger`, `K.V. Srinivas`: initials and a census
                // surname or a word no dictionary knows (not `U.K.
                // Biobank`).
                Some(Evidence::NamePattern)
            } else if words == 2 && c.romanised_given_name_after(i) == Some(end_tok - 1) {
                Some(Evidence::NamePattern)
            } else if c.unknown_name(core, end_tok, at_start) {
                Some(Evidence::Capitalised)
            } else if words == 1 && c.company_by_its_dealings(i) {
                // `acquired by Zelvatech`, `a stake in Zelvatech`: what is
                // said of a word no list knows makes it a company.
                label = Label::Organization;
                Some(Evidence::NamePattern)
            } else if words == 1 && c.agent_of_a_personal_deed(i) {
                Some(Evidence::Capitalised)
            } else if words == 1 && c.before_company_title(i) {
                label = Label::Organization;
                Some(Evidence::NamePattern)
            } else {
                None
            };
            // `Valeant's shares`, `Morningstar, which tackled it`: a one-word
            // name guessed to be a person is a company by what is said of it.
            let evidence = match evidence {
                Some(Evidence::SpeechSubject | Evidence::Capitalised)
                    if words == 1 && c.company_cue(i) =>
                {
                    label = Label::Organization;
                    Some(Evidence::NamePattern)
                }
                // `Zelvotek said on Monday its profit fell`: what speaks of
                // itself as `it` is an organisation.
                Some(Evidence::SpeechSubject) if words == 1 && c.speaks_of_itself(i) => {
                    label = Label::Organization;
                    Some(Evidence::NamePattern)
                }
                // `educated at Eton`: where one studies is a school.
                Some(Evidence::Capitalised) if c.where_one_studies(i, false) => {
                    label = Label::Organization;
                    Some(Evidence::NamePattern)
                }
                Some(Evidence::Capitalised) if words == 1 && c.names_a_product_line(i) => None,
                Some(Evidence::Capitalised | Evidence::SpeechSubject)
                    if words == 1 && c.product_of_company(i) =>
                {
                    None
                }
                evidence => evidence,
            };
            if let Some(evidence) = evidence {
                let gender = c.given_name_gender(i);
                let f = Found {
                    span: span_of(i, end),
                    tokens: i..end_tok,
                    label,
                    candidates: &[],
                    evidence,
                    gender: gender.filter(|_| label == Label::Person),
                    role: None,
                };
                // `Elmira, you are …`: a name addressed is a person, whatever
                // else it names.
                if evidence == Evidence::Greeting && words == 1 {
                    best = Some(f);
                } else {
                    consider(f, &mut best);
                }
            }
        }
    }

    // A known place with a capitalised modifier: `Lower Austria`.
    if c.class_of(i).any(WordClass::PLACE_MODIFIER) {
        if let Some(n) = c.next_joined(i) {
            if let Some(m) = input.gazetteer.longest_match(input.text, tokens, n) {
                let entry = input.gazetteer.entry(m.candidates[0]);
                if entry.label == Label::Location && !entry.ambiguous {
                    consider(
                        found(
                            span_of(i, m.end),
                            i..m.end_token,
                            Label::Location,
                            Evidence::NamePattern,
                        ),
                        &mut best,
                    );
                }
            }
        }
    }

    // An organisation or place by its head word: `National Security Council`.
    if let Some((end_tok, end, label)) = c.head_word_name(i, at_start) {
        let f = Found {
            span: span_of(i, end),
            tokens: i..end_tok,
            label,
            candidates: &[],
            evidence: Evidence::NamePattern,
            gender: None,
            role: None,
        };
        // A person's name found only by its shape that ends in the head
        // word is the organisation (`Liberty Baptist Church`, `Emerson
        // College`), unless it is a given name and a common surname (`Dave
        // Camp`).
        let words = (i..end_tok).filter(|&k| tokens[k].is_word()).count();
        // (`on Dallas Street`: a place after a preposition of place.)
        // (`Kilindini Harbour`: not after a word no list gives anyone.)
        // (`Hyun-woo Park`: a Korean family name after a romanised given
        // name.)
        let surname_head = words == 2
            && (c.class_of(end_tok - 1).any(WordClass::COMMON_SURNAME)
                && c.class_of(i).any(WordClass::GIVEN_NAME)
                && !(label == Label::Location
                    && (c.after_place_preposition(i) || c.after_word(i, "on")))
                || c.korean_given_then_family(i, end_tok - 1));
        let shaped_person = best.as_ref().is_some_and(|b| {
            b.label == Label::Person
                && b.tokens == f.tokens
                && matches!(
                    b.evidence,
                    Evidence::GivenName | Evidence::Capitalised | Evidence::SpeechSubject
                )
                && !surname_head
        });
        if shaped_person {
            best = Some(f);
        } else {
            consider(f, &mut best);
        }
    }
    // A known name that opens with a stop word and is followed by more
    // capitals (`The National` in `The National Energy Council`) yields to a
    // longer name starting after the stop word.
    if let Some(b) = best
        .as_ref()
        .filter(|b| b.evidence == Evidence::Gazetteer && c.is_stopword(i))
    {
        if c.next_joined(b.tokens.end - 1)
            .is_some_and(|n| c.is_cap_word(n))
        {
            if let Some(after) = c.next_joined(i).and_then(|j| best_at(c, j, false)) {
                if after.tokens.end > best.as_ref().map_or(0, |b| b.tokens.end) {
                    return Some(after);
                }
            }
        }
    }

    // `the city of Zelvora has`, `the state of Zelvia said`: no person,
    // whatever its verb; nor `65 Max 9 jets`, a product's name before its
    // number.
    let guessed = |b: &Found<'_>, given_name: bool| {
        b.label == Label::Person
            && (matches!(b.evidence, Evidence::Capitalised | Evidence::SpeechSubject)
                || (given_name && b.evidence == Evidence::GivenName))
    };
    // `lived in Yasnaya Polyana`: a run of words no list knows, with no
    // given name, right after `in` or `near` is a place as one word is.
    let placed = |b: &Found<'_>| {
        b.tokens.len() > 1
            && b.evidence == Evidence::Capitalised
            && c.prev_joined(i)
                .is_some_and(|p| matches!(c.bytes_of(p), b"in" | b"near" | b"outside"))
            && c.unknown_place(i)
                .is_some_and(|(end_tok, _)| end_tok == b.tokens.end)
    };
    if best.as_ref().is_some_and(|b| {
        // (`the town of Leslie`, `the village of Nga Khu Ya`: given
        // names there too, as after a saint's abbreviation after a
        // preposition of place: `to St. Anthony`.)
        (guessed(b, true)
            && (c.after_kind_of_place(i)
                || (c.input.lexicon.in_group(WordGroup::Saint, c.bytes_of(i))
                    && c.after_place_preposition(i))))
            || (guessed(b, false) && (c.after_place_noun(i) || placed(b)))
            || (guessed(b, true) && b.tokens.len() == 1 && c.before_model_number(i))
    }) {
        best = None;
    }
    if best.is_none() {
        // An unknown place after a preposition of place (`through
        // Moravia`) or a noun for a kind of place (`the village of
        // Zelvorivka`).
        if let Some((end_tok, end)) = c.unknown_place(i) {
            // `a stake in Zelvox`: a company by what is said of it.
            let (label, evidence) =
                if end_tok == i + 1 && !c.after_place_noun(i) && c.company_cue(i) {
                    (Label::Organization, Evidence::NamePattern)
                } else {
                    (Label::Location, Evidence::Capitalised)
                };
            best = Some(found(span_of(i, end), i..end_tok, label, evidence));
        } else if let Some((m, end_tok)) = c.shouted_place(i, at_start) {
            // A known place in capitals, as in a dateline: `ATHENS -`.
            let mut f = found(
                span_of(i, tokens[end_tok - 1].end()),
                i..end_tok,
                Label::Location,
                Evidence::Gazetteer,
            );
            f.candidates = m;
            best = Some(f);
        } else if let Some(end_tok) = c.unknown_dateline(i, at_start) {
            best = Some(found(
                span_of(i, tokens[end_tok - 1].end()),
                i..end_tok,
                Label::Location,
                Evidence::Capitalised,
            ));
        } else if let Some(f) = c.shouted_name(i) {
            best = Some(f);
        } else if c.is_acronym(i) && (c.ends_with_possessive(i) || !c.before_model_number_at(i + 1))
        {
            // An unknown acronym: `NYPD`, `MGB`; but a surname in capitals
            // that opens a line before a colon is a transcript's speaker
            // (`RAMOS: Secretary Clinton, …`), and another word there is a
            // label (`BYLINE:`).
            let label = match c.transcript_label(i) {
                Some(true) => Some(Label::Person),
                Some(false) => None,
                None => Some(Label::Organization),
            };
            let (_, end) = c.name_end(i);
            best =
                label.map(|label| found(span_of(i, end), i..i + 1, label, Evidence::Capitalised));
        } else if is_all_caps(c.text_of(i)) && c.transcript_label(i) == Some(true) {
            // A longer surname in capitals is a transcript's speaker too
            // (`TAPPER: Is that enough?`), if no English word (`LOOK:`)
            // unless a known person's (`TRUMP:`).
            let name = title_case(c.text_of(i));
            let gazetteer = input.gazetteer;
            let person = gazetteer
                .get(&name)
                .is_some_and(|e| gazetteer.entry(e[0]).label == Label::Person);
            if person || !lex.is_english_word(&name) {
                best = Some(found(
                    tokens[i].span(),
                    i..i + 1,
                    Label::Person,
                    Evidence::Capitalised,
                ));
            }
        }
    }
    best
}

/// Places of some size that informal writing leaves in lower case, after a
/// preposition of place (`a hotel in kerala`, `flights from san francisco`)
/// or right after another place (`brittany france`): countries, regions and
/// cities of 100,000 or more whose name is no English word.
fn lower_case_place<'g>(
    c: &mut Cursor<'_, 'g>,
    i: usize,
    previous: Option<&Found<'g>>,
) -> Option<Found<'g>> {
    // Raw bytes: the words looked for are ASCII letters only.
    let (text, tokens) = (c.input.text.as_bytes(), c.input.tokens);
    let bytes = |k: usize| &text[tokens[k].range()];
    let plain = |w: &[u8]| w.len() > 2 && w.iter().all(u8::is_ascii_lowercase);
    let lex = c.input.lexicon;
    // Most words that may start such a place are no place alone, and the
    // word after them does not end one (`the` of `the hague`).
    let next = c.next_joined(i);
    if !c
        .input
        .gazetteer
        .may_be_lower_case_place(bytes(i), next.map(bytes))
    {
        return None;
    }
    // The word before is found once for both tests: a preposition of place,
    // or the end of a place.
    let p = c.prev_joined(i)?;
    if !lex.in_group(WordGroup::PlacePreposition, bytes(p)) {
        let p = match bytes(p) {
            b"," => c.prev_joined(p)?,
            _ => p,
        };
        if !previous.is_some_and(|f| f.tokens.end == p + 1 && f.label == Label::Location) {
            return None;
        }
    }
    if !plain(bytes(i)) {
        return None;
    }
    let word = c.text_of(i);
    let gazetteer = c.input.gazetteer;
    let mut name = std::mem::take(&mut c.lower);
    name.clear();
    push_capitalised(&mut name, word);
    let lengths = gazetteer.name_lengths(&name);
    let second = next.filter(|&n| lengths & 2 != 0 && plain(bytes(n)));
    let mut best = None;
    for last in second.into_iter().chain([i]) {
        if last == i {
            // One word must not mostly mean something else (`by car`, but
            // `to japan`, which old dictionaries list as lacquer); two that
            // name a place together (`new york`, `hong kong`) are one
            // already.
            if lengths & 1 == 0 || lex.in_group(WordGroup::PlaceWord, word) {
                break;
            }
            name.truncate(word.len());
        } else {
            name.push(' ');
            push_capitalised(&mut name, c.text_of(last));
        }
        let Some(cands) = gazetteer.get(&name) else {
            continue;
        };
        if gazetteer.entry(cands[0]).is_well_known_place() {
            let mut f = found(
                Span::new(c.tokens()[i].start(), c.tokens()[last].end()),
                i..last + 1,
                Label::Location,
                Evidence::Gazetteer,
            );
            f.candidates = cands;
            best = Some(f);
            break;
        }
    }
    c.lower = name;
    best
}

/// `Hudson, NH`, `Baltimore,MD`: a US state's postal code right after a
/// place and its comma is the state.
fn state_code<'g>(c: &Cursor<'_, 'g>, i: usize, previous: Option<&Found<'g>>) -> Option<Found<'g>> {
    let word = c.bytes_of(i);
    if !(word.len() == 2 && word.iter().all(u8::is_ascii_uppercase)) {
        return None;
    }
    let comma = c.prev_joined(i).filter(|&p| c.bytes_of(p) == b",")?;
    let place_end = c.prev_joined(comma)?;
    // (After a place, or a town taken for a person: `Hudson, NH`.)
    let place_before = |f: &Found<'_>| {
        f.tokens.end == place_end + 1 && (f.label == Label::Location || f.is_guessed_person())
    };
    if !previous.is_some_and(place_before) {
        return None;
    }
    let state = c.input.lexicon.state_codes.get(c.text_of(i))?;
    let gazetteer = c.input.gazetteer;
    let cands = gazetteer.get(state)?;
    // `Georgia` is a country first: the state is the one of the US.
    let k = cands.iter().position(|&e| {
        let e = gazetteer.entry(e);
        &*e.subtype == "state" && &*e.country == "US"
    })?;
    let mut f = found(
        c.tokens()[i].span(),
        i..i + 1,
        Label::Location,
        Evidence::Gazetteer,
    );
    f.candidates = &cands[k..=k];
    Some(f)
}

/// `in Hudson, N.H.`, `Hudson, NH`: a one-word person guessed from its
/// capital right before a comma and a US state is the town, unless the
/// state describes a politician (`Lindsey Graham, South Carolina
/// Republican`). So is a capitalised word no rule took after a preposition
/// of place (`in Xenia, Ohio`: a given name alone names no one).
fn town_before_state<'g>(c: &Cursor<'_, 'g>, state: &Found<'_>, out: &mut Vec<Found<'g>>) {
    // The comma first: it rules out nearly every place before its entries
    // are read.
    let Some(end) = c
        .prev_joined(state.tokens.start)
        .filter(|&p| c.bytes_of(p) == b",")
        .and_then(|comma| c.prev_joined(comma))
    else {
        return;
    };
    let guessed = out
        .last()
        .is_some_and(|p| p.tokens.start == end && p.is_guessed_person());
    let untaken = || {
        out.last().map_or(true, |p| p.tokens.end <= end)
            && c.is_cap_word(end)
            && is_latin_name(strip_possessive(c.text_of(end)))
            && !c.class_of(end).any(WordClass::NOT_A_NAME)
            && c.after_place_preposition(end)
    };
    if !guessed && !untaken() {
        return;
    }
    let gazetteer = c.input.gazetteer;
    let us_state = state.label == Label::Location
        && state.candidates.iter().any(|&e| {
            let e = gazetteer.entry(e);
            &*e.subtype == "state" && &*e.country == "US"
        });
    let last = state.tokens.end - 1;
    let describes = c.ends_with_possessive(last)
        || c.next_joined(last)
            .is_some_and(|n| c.class_of(n).any(WordClass::AFFILIATION));
    if !us_state || describes {
        return;
    }
    if guessed {
        if let Some(town) = out.last_mut() {
            town.label = Label::Location;
            town.evidence = Evidence::NamePattern;
            town.gender = None;
        }
    } else {
        let t = &c.tokens()[end];
        out.push(found(
            t.span(),
            end..end + 1,
            Label::Location,
            Evidence::NamePattern,
        ));
    }
}

/// Most visible tokens a list of counties may run over (`Hamilton, Lake
/// and Stark counties`).
const COUNTY_LIST: usize = 12;

/// `Henrico and Loudoun counties`, `Polk county`: capitalised names listed
/// before a lower-case `counties`, or one before `county`, are places.
fn county<'g>(c: &Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    // Nearly every capitalised word is followed by none of the words below
    // nor a hyphen: their first bytes rule it out before any other test.
    let after = c.next_joined(i)?;
    if !matches!(
        c.bytes_of(after).first(),
        Some(b'-' | b',' | b'a' | b'o' | b'c')
    ) {
        return None;
    }
    let name_end = |k: usize| {
        // `Miami-Dade`: words joined by hyphens are one name.
        let mut end = k;
        while let Some(h) = c.next_joined(end).filter(|&h| c.bytes_of(h) == b"-") {
            match c.next_joined(h).filter(|&n| c.is_cap_word(n)) {
                Some(n) if c.tokens()[h].start() == c.tokens()[end].end() => end = n,
                _ => break,
            }
        }
        end
    };
    let first_end = name_end(i);
    // Most capitalised words are followed by none of these: the word
    // lists are asked only after this test.
    let next = c.next_joined(first_end)?;
    if !matches!(
        c.bytes_of(next),
        b"," | b"and" | b"or" | b"counties" | b"county"
    ) {
        return None;
    }
    // `The counties`, `Democratic county`: no name of a county.
    let group_word = WordClass::STOPWORD | WordClass::AFFILIATION | WordClass::DEMONYM;
    let named = |k: usize| !c.class_of(k).any(group_word) && !c.ends_with_possessive(k);
    if !named(i) {
        return None;
    }
    let mut k = first_end;
    let mut single = true;
    for _ in 0..COUNTY_LIST {
        let n = c.next_joined(k)?;
        match c.bytes_of(n) {
            b"counties" => break,
            b"county" if single => break,
            b"," | b"and" | b"or" => single = false,
            _ if c.is_cap_word(n) && !single && named(n) => {}
            _ => return None,
        }
        k = if c.is_cap_word(n) { name_end(n) } else { n };
    }
    if c.next_joined(k)
        .is_some_and(|n| matches!(c.bytes_of(n), b"counties" | b"county"))
    {
        let end = c.tokens()[first_end].end();
        Some(found(
            Span::new(c.tokens()[i].start(), end),
            i..first_end + 1,
            Label::Location,
            Evidence::NamePattern,
        ))
    } else {
        None
    }
}

/// `kerala` → `Kerala`, appended to `out`; the word is ASCII.
fn push_capitalised(out: &mut String, word: &str) {
    out.push(word.as_bytes()[0].to_ascii_uppercase() as char);
    out.push_str(&word[1..]);
}

/// Takes the initials before a person's name into it (`J.K. Rowling`, `A.
/// Noel Kramer`), down to token `floor`; initials that are a known name
/// (`U.S.`) stay out.
fn with_initials(c: &Cursor<'_, '_>, f: &mut Found<'_>, floor: usize) {
    let mut start = f.tokens.start;
    while let Some(p) = c.prev_joined(start).filter(|&p| p >= floor) {
        let w = c.text_of(p);
        if !is_initial(w) || w.len() == 1 || c.input.gazetteer.get(w).is_some() {
            break;
        }
        start = p;
    }
    if start < f.tokens.start {
        f.span = Span::new(c.tokens()[start].start(), f.span.end);
        f.tokens.start = start;
    }
}

/// The first word after `&` when it joins the name ending at token `last`
/// to more of a firm's name: outside headlines (`Trump & Clinton Clash`),
/// after no given name alone (`Jim & Sarah Brady`) and before a capital
/// that is no pronoun (`Ann & I`).
fn ampersand_after(c: &Cursor<'_, '_>, last: usize) -> Option<usize> {
    // (`AT&T`, `S.&P.`: an `&` inside a word joins letters, not names.)
    // The `&` first: it rules out nearly every name.
    let t = c.tokens();
    let first = c
        .next_joined(last)
        .filter(|&k| c.bytes_of(k) == b"&" && t[last].spaced_from(&t[k]))
        .and_then(|k| c.next_joined(k))
        .filter(|&k| c.is_cap_word(k) && c.bytes_of(k) != b"I")?;
    let class = c.class_of(last);
    let couple = class.any(WordClass::GIVEN_NAME) && !class.any(WordClass::COMMON_SURNAME);
    (!c.headline && !couple && !c.ends_with_possessive(last)).then_some(first)
}

/// `beat the Zelvon Hawks`, `the Marrow Mariners lost`: a capitalised word
/// and a capitalised plural noun after `the`, next to a word of a match,
/// name a team.
fn team_by_its_nickname<'g>(c: &Cursor<'_, '_>, i: usize) -> Option<Found<'g>> {
    let lex = c.input.lexicon;
    let the = c.prev_joined(i).filter(|&p| c.bytes_of(p) == b"the")?;
    let nickname = c.next_joined(i).filter(|&n| {
        let w = c.text_of(n);
        c.is_cap_word(n)
            && w.len() > 3
            && w.ends_with('s')
            && lex.is_english_word(w)
            // (Another team's nickname may be this one's too: `Hawks`;
            // not `Congress`.)
            && c.input.gazetteer.get(w).map_or(true, |entries| {
                entries
                    .iter()
                    .all(|&e| &*c.input.gazetteer.entry(e).subtype == "club")
            })
            && !c
                .class_of(n)
                .any(WordClass::STOPWORD | WordClass::AFFILIATION | WordClass::DEMONYM)
    })?;
    if !c.is_cap_word(i)
        || c.tokens()[i].has_hyphen()
        || c.class_of(i)
            .any(WordClass::STOPWORD | WordClass::AFFILIATION)
        || c.next_joined(nickname).is_some_and(|n| c.is_cap_word(n))
    {
        return None;
    }
    let match_word =
        |k: Option<usize>| k.is_some_and(|k| lex.in_group(WordGroup::MatchWord, c.bytes_of(k)));
    if !(match_word(c.prev_joined(the)) || c.in_a_match(nickname)) {
        return None;
    }
    let (end_tok, end) = c.name_end(nickname);
    Some(found(
        Span::new(c.tokens()[i].start(), end),
        i..end_tok,
        Label::Organization,
        Evidence::NamePattern,
    ))
}

/// `the Koch brothers`, `the Ford family`: a capitalised word after an
/// article and before a noun for a family is the family's name, whatever
/// else it names.
fn family_name<'g>(c: &Cursor<'_, '_>, i: usize) -> Option<Found<'g>> {
    let lex = c.input.lexicon;
    c.next_joined(i).filter(|&n| {
        !c.tokens()[n].is_capitalised() && lex.in_group(WordGroup::FamilyNoun, c.bytes_of(n))
    })?;
    // A surname, not a word or a plural (`the Royal family`, `The
    // Simpsons family`).
    let w = c.text_of(i);
    let class = c.class_of(i);
    let surname = class.any(WordClass::FREQUENT_SURNAME)
        || (!w.ends_with('s') && !c.input.lexicon.is_english_word(w));
    (c.after_article(i)
        && is_latin_name(w)
        && !c.is_stopword(i)
        && !c.ends_with_possessive(i)
        && surname)
        .then(|| {
            found(
                Span::new(c.tokens()[i].start(), c.tokens()[i].end()),
                i..i + 1,
                Label::Person,
                Evidence::NamePattern,
            )
        })
}

/// A name-like word no rule names before `&` and a capital (`Marku &
/// Ruiz`, `Barnes & Noble`; not `Fair & Balanced`, `True & Inspiring
/// Quotes`): the start of a firm's name, which
/// [`firm_with_ampersand`] completes.
fn before_ampersand<'g>(c: &Cursor<'_, '_>, i: usize) -> Option<Found<'g>> {
    // The `&` first (`ampersand_after` asks for it before anything else):
    // it rules out nearly every word.
    ampersand_after(c, i)?;
    let w = c.text_of(i);
    let name_like = is_latin_name(w)
        && (c.class_of(i).any(WordClass::FREQUENT_SURNAME) || !c.input.lexicon.is_english_word(w));
    name_like.then(|| {
        found(
            Span::new(c.tokens()[i].start(), c.tokens()[i].end()),
            i..i + 1,
            Label::Organization,
            Evidence::NamePattern,
        )
    })
}

/// `Sullivan & Cromwell`, `Davis Polk & Wardwell`, `Starr & Company`: names
/// joined by `&` are a firm's, not people's; a known person named in full
/// stays the person. A legal form after `&` is left to `with_legal_form`
/// (`JPMorgan Chase & Co` stays the known company).
fn firm_with_ampersand(c: &mut Cursor<'_, '_>, f: &mut Found<'_>, out: &mut Vec<Found<'_>>) {
    if f.label == Label::Person && !f.candidates.is_empty() && f.tokens.len() > 1 {
        return;
    }
    let Some(first) = ampersand_after(c, f.tokens.end - 1) else {
        return;
    };
    if c.input
        .lexicon
        .in_group(WordGroup::LegalForm, c.bytes_of(first))
    {
        if f.label == Label::Person {
            *f = found(
                f.span,
                f.tokens.clone(),
                Label::Organization,
                Evidence::NamePattern,
            );
        }
        return;
    }
    let mut last = first;
    for _ in 1..MAX_NAME_WORDS {
        match c.next_joined(last) {
            Some(n) if c.is_cap_word(n) && !c.ends_with_possessive(last) => last = n,
            _ => break,
        }
    }
    // `Skadden, Arps, Slate, Meagher & Flom`: single names no list knows,
    // listed before with commas, are the firm's too (but `Macy's,
    // Nordstrom, Lord & Taylor`).
    let mut start = f.tokens.start;
    for _ in 0..MAX_NAME_WORDS {
        let Some(word) = c
            .prev_joined(start)
            .filter(|&k| c.bytes_of(k) == b",")
            .and_then(|k| c.prev_joined(k))
            .filter(|&k| {
                c.is_cap_word(k) && !c.ends_with_possessive(k) && c.known_label(k).is_none()
            })
        else {
            break;
        };
        if c.prev_joined(word).is_some_and(|k| c.is_cap_word(k)) {
            break;
        }
        start = word;
    }
    while out.last().is_some_and(|p| p.tokens.start >= start) {
        out.pop();
    }
    // The names taken back are read again by no later rule.
    c.short_forms_read = c.short_forms_read.min(out.len());
    c.surnames_read = c.surnames_read.min(out.len());
    let end = c.tokens()[last].start() + strip_possessive(c.text_of(last)).len();
    *f = found(
        Span::new(c.tokens()[start].start(), end),
        start..last + 1,
        Label::Organization,
        Evidence::NamePattern,
    );
}

/// `Google India`, `BBC Scotland`, `POLITICO Florida`: a known company's or
/// news organisation's name before a country or region is its branch
/// there, outside headlines and unless more capitals follow (a government
/// body's is not: `the State Department Iraq desk`).
fn with_branch_place(c: &Cursor<'_, '_>, f: &mut Found<'_>) {
    let Some(&known) = f.candidates.first() else {
        return;
    };
    let last = f.tokens.end - 1;
    let gazetteer = c.input.gazetteer;
    let branched = matches!(
        &*gazetteer.entry(known).subtype,
        "company" | "news organisation"
    );
    if !branched || c.headline || c.ends_with_possessive(last) {
        return;
    }
    let Some(n) = c.next_joined(last).filter(|&n| c.is_cap_word(n)) else {
        return;
    };
    let place = c.region_at(n).is_some_and(|m| m.end_token == n + 1);
    let more = || !c.ends_with_possessive(n) && c.next_joined(n).is_some_and(|k| c.is_cap_word(k));
    if place && !more() {
        let end = c.tokens()[n].start() + strip_possessive(c.text_of(n)).len();
        *f = found(
            Span::new(f.span.start, end),
            f.tokens.start..n + 1,
            Label::Organization,
            Evidence::NamePattern,
        );
    }
}

/// `SEIU Local 1199`, `Culinary Workers Union Local 226`: a union's local
/// branch is named by the union, `Local` and its number.
fn with_union_local(c: &Cursor<'_, '_>, f: &mut Found<'_>) {
    let last = f.tokens.end - 1;
    if f.span.end != c.tokens()[last].end() {
        return;
    }
    let Some(number) = c
        .next_joined(last)
        .filter(|&k| c.bytes_of(k) == b"Local")
        .and_then(|k| c.next_joined(k))
        .filter(|&k| {
            c.tokens()[k].kind == TokenKind::Number && c.bytes_of(k).iter().all(u8::is_ascii_digit)
        })
    else {
        return;
    };
    // (The local is an organisation of its own, not the union.)
    f.tokens.end = number + 1;
    f.span.end = c.tokens()[number].end();
    f.candidates = &[];
    f.evidence = Evidence::NamePattern;
}

/// `(PTI) Shares of Kaveri Agritech Ltd listed`: what a company has, and
/// `of`, open no company's name, wherever the sentence may start.
fn without_company_noun(c: &Cursor<'_, '_>, f: &mut Found<'_>) {
    if f.evidence != Evidence::NamePattern
        || !c
            .input
            .lexicon
            .in_group_lower(WordGroup::CompanyNoun, c.text_of(f.tokens.start))
    {
        return;
    }
    let Some(name) = c
        .next_joined(f.tokens.start)
        .filter(|&k| c.bytes_of(k) == b"of")
        .and_then(|k| c.next_joined(k))
        .filter(|&k| k < f.tokens.end && c.is_cap_word(k))
    else {
        return;
    };
    f.tokens.start = name;
    f.span.start = c.tokens()[name].start();
}

/// `National Union of Peoples’ Lawyers`, `Federation of Women's Clubs`: a
/// plural possessive in an organisation's name of `of` goes on to the
/// capitalised words after it (a singular one does not: `Bank of
/// America's Brian Moynihan`).
fn through_plural_possessive(c: &Cursor<'_, '_>, f: &mut Found<'_>) {
    let last = f.tokens.end - 1;
    let word = c.text_of(last);
    let plural = c.ends_with_possessive(last)
        && (!word.ends_with('s')
            || matches!(
                strip_possessive(word),
                "Women" | "Men" | "Children" | "People"
            ));
    if !plural || !f.tokens.clone().any(|k| c.bytes_of(k) == b"of") {
        return;
    }
    let Some(n) = c.next_joined(last).filter(|&n| c.is_cap_word(n)) else {
        return;
    };
    let end = c.capitalised_run(n);
    f.tokens.end = end + 1;
    f.span.end = c.tokens()[end].start() + strip_possessive(c.text_of(end)).len();
}

/// Takes a company's legal form after a comma or `&` into its name
/// (`Acme, Inc.`, `JPMorgan Chase & Co`), two of them too (`Starr &
/// Company, Inc.`).
fn with_legal_form(c: &Cursor<'_, '_>, f: &mut Found<'_>) {
    for _ in 0..2 {
        let Some(form) = c
            .next_joined(f.tokens.end - 1)
            .filter(|&k| matches!(c.bytes_of(k), b"," | b"&"))
            .and_then(|joint| c.next_joined(joint))
            .filter(|&k| {
                c.input
                    .lexicon
                    .in_group(WordGroup::LegalForm, c.bytes_of(k))
            })
        else {
            return;
        };
        f.tokens.end = form + 1;
        f.span.end = c.tokens()[form].end();
    }
}

/// `Toyota Motor Corp.`: a company found by its legal form whose other
/// words are a known company's name is that company, without a word
/// before it that opens the sentence (`opening`).
fn with_known_stem<'g>(c: &Cursor<'_, 'g>, f: &mut Found<'g>, opening: usize) {
    let last = f.tokens.end - 1;
    if !f.candidates.is_empty()
        || last == f.tokens.start
        || !c
            .input
            .lexicon
            .in_group(WordGroup::LegalForm, c.bytes_of(last))
    {
        return;
    }
    let input = c.input;
    let stem_at = |k: usize| {
        input
            .gazetteer
            .longest_match(input.text, input.tokens, k)
            .filter(|m| {
                c.next_joined(m.end_token - 1) == Some(last)
                    && m.end == c.tokens()[m.end_token - 1].end()
                    && input.gazetteer.entry(m.candidates[0]).label == Label::Organization
            })
    };
    if let Some(m) = stem_at(f.tokens.start) {
        f.candidates = m.candidates;
        f.evidence = Evidence::Gazetteer;
        return;
    }
    // `Rival Advanced Micro Devices Inc. rose`: a word capitalised only
    // because it opens the sentence is no part of the known name after it.
    let first = f.tokens.start;
    if first != opening || !input.lexicon.is_english_word(c.text_of(first)) {
        return;
    }
    let Some((next, m)) = c.next_joined(first).and_then(|k| Some((k, stem_at(k)?))) else {
        return;
    };
    f.candidates = m.candidates;
    f.evidence = Evidence::Gazetteer;
    f.tokens.start = next;
    f.span = Span::new(c.tokens()[next].start(), f.span.end);
}

/// `Rep. Jane Roe (R-Orchard Park)`: a party's letter and its hyphen are
/// no part of the place after them.
fn without_party_letter(c: &Cursor<'_, '_>, f: &mut Found<'_>) {
    let first = &c.tokens()[f.tokens.start];
    if !first.has_hyphen() || f.span.start != first.start() {
        return;
    }
    let word = c.text_of(f.tokens.start);
    // (`I-81` is a road.)
    let Some((letter, _)) = word
        .split_once('-')
        .filter(|(_, rest)| !rest.bytes().all(|b| b.is_ascii_digit()))
    else {
        return;
    };
    let start = f.span.start + letter.len() + 1;
    if start < f.span.end
        && c.input
            .lexicon
            .in_group(WordGroup::PartyLetter, letter.as_bytes())
    {
        f.span.start = start;
    }
}

/// `Avoid Sunrise Plumbing & Heating`, `Call Zelva Roofing today`: a verb
/// of command opening the sentence is no part of the unknown name after
/// it.
fn without_command(c: &Cursor<'_, '_>, f: &mut Found<'_>, opening: usize) {
    let first = f.tokens.start;
    if first != opening || !f.candidates.is_empty() {
        return;
    }
    if !c
        .input
        .lexicon
        .in_group_lower(WordGroup::Imperative, c.text_of(first))
    {
        return;
    }
    // Two words at least are left: the name and its head word.
    let Some(next) = c.next_joined(first).filter(|&n| n + 1 < f.tokens.end) else {
        return;
    };
    f.tokens.start = next;
    f.span = Span::new(c.tokens()[next].start(), f.span.end);
}

/// Takes a capitalised `The` after a word into the organisation's name it
/// opens (`a deal with The Rocket Record Company`): only a name's own
/// article keeps its capital there. At the start of a sentence, or of a
/// quote, the capital says nothing, and the article stays out.
fn with_article(c: &Cursor<'_, '_>, f: &mut Found<'_>, opening: usize) {
    let the = c.prev_joined(f.tokens.start).filter(|&p| {
        p != opening
            && c.bytes_of(p) == b"The"
            && c.prev_joined(p).is_some_and(|w| c.tokens()[w].is_word())
    });
    if let Some(p) = the {
        f.tokens.start = p;
        f.span = Span::new(c.tokens()[p].start(), f.span.end);
    }
}

/// `9th Circuit Court of Appeals`, `101st Airborne Division`: an ordinal
/// right before a name made by its head word is part of it, and so is one
/// that makes a known name with it (`2nd Circuit`); not one before a known
/// name it only counts (`the 102nd Rose Bowl`, `the 335th Twitter
/// account`).
fn with_ordinal<'g>(c: &Cursor<'_, 'g>, f: &mut Found<'g>) {
    let Some(p) = c.prev_joined(f.tokens.start).filter(|&p| is_ordinal(c, p)) else {
        return;
    };
    let span = Span::new(c.tokens()[p].start(), f.span.end);
    let known = c.input.gazetteer.get(&c.input.text[span.range()]);
    if known.is_none() && f.evidence != Evidence::NamePattern {
        return;
    }
    f.tokens.start = p;
    f.span = span;
    if let Some(known) = known {
        f.candidates = known;
        f.evidence = Evidence::Gazetteer;
    }
}

/// `5th`, `101st`: is token `k` an ordinal written in figures?
fn is_ordinal(c: &Cursor<'_, '_>, k: usize) -> bool {
    let number = c.bytes_of(k);
    c.tokens()[k].kind == TokenKind::Number
        && [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|suffix| number.ends_with(*suffix))
}

/// The label of an unknown acronym at token `i`: an organisation, unless
/// it abbreviates the capitalised words before it, in brackets (`Ground
/// Controlled Approach (GCA)`); then it names what they name, and nothing
/// if they are no organisation or place.
fn spelled_out_label(c: &Cursor<'_, '_>, i: usize, out: &[Found<'_>]) -> Option<Label> {
    let open = c.prev_joined(i).filter(|&p| c.bytes_of(p) == b"(");
    let close = c.next_joined(i).is_some_and(|n| c.bytes_of(n) == b")");
    let Some(words_end) = open.and_then(|p| c.prev_joined(p)).filter(|_| close) else {
        return Some(Label::Organization);
    };
    if !c.is_cap_word(words_end) {
        return Some(Label::Organization);
    }
    // (`the Fair Housing Center in Toledo (FHC)`: letters that do not
    // start as the name before them does abbreviate a longer one.)
    let f = out.last().filter(|f| f.tokens.end == words_end + 1)?;
    let starts_alike = c.input.text.as_bytes().get(f.span.start) == c.bytes_of(i).first();
    if !starts_alike {
        return Some(Label::Organization);
    }
    (f.label != Label::Person).then_some(f.label)
}

/// A known name from the gazetteers at token `i`, when it is safe to take:
/// an ambiguous one (`Reading`) needs evidence from the context.
fn known_at<'g>(c: &mut Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    if c.last_unknown == Some(i) {
        return None;
    }
    let known = look_up_known(c, i);
    if known.is_none() {
        c.last_unknown = Some(i);
    }
    known
}

/// The senses of a known name from its first of `subtype` on (a town's
/// name that is also a club's, a company's or a university's), if it has
/// one.
fn senses_from<'e>(gazetteer: &Gazetteer, senses: &'e [u32], subtype: &str) -> Option<&'e [u32]> {
    senses
        .iter()
        .position(|&e| &*gazetteer.entry(e).subtype == subtype)
        .map(|k| &senses[k..])
}

fn look_up_known<'g>(c: &mut Cursor<'_, 'g>, i: usize) -> Option<Found<'g>> {
    let input = c.input;
    let mut m = input.gazetteer.longest_match(input.text, input.tokens, i)?;
    // `Iowa State Fair`, `Arizona State Senator`: a university known by
    // its state's name and `State` is not meant when a capital follows;
    // the state is.
    let state = m.end_token - 1;
    if state > i
        && c.bytes_of(state) == b"State"
        && &*input.gazetteer.entry(m.candidates[0]).subtype == "university"
        && c.next_joined(state).is_some_and(|n| c.is_cap_word(n))
    {
        m = input
            .gazetteer
            .longest_match(input.text, &input.tokens[..state], i)?;
    }
    // `Kaduna State`, `Legazpi City`: a place's name and its level of
    // government are one name (but `the Iowa State Fair`).
    if let Some(level) = c.next_joined(m.end_token - 1).filter(|&n| {
        m.end == c.tokens()[m.end_token - 1].end()
            && c.tokens()[n].is_capitalised()
            && input.lexicon.in_group(WordGroup::PlaceLevel, c.bytes_of(n))
            && input.gazetteer.entry(m.candidates[0]).label == Label::Location
            && !c.next_joined(n).is_some_and(|after| c.is_cap_word(after))
    }) {
        m.end_token = level + 1;
        m.end = c.tokens()[level].end();
    }
    let single = m.end_token == i + 1;
    if single && c.shouted_word(i) {
        return None;
    }
    // `The Independent Women's Forum`, `The Nation of Islam`: a known name
    // that opens with `The` is not the one meant when the name goes on.
    // (`The Washington Post's Ed O'Keefe` ends at the possessive.)
    let goes_on = || {
        let last = m.end_token - 1;
        m.end == c.tokens()[last].end()
            && c.next_joined(last)
                .is_some_and(|n| c.is_cap_word(n) || c.bytes_of(n) == b"of")
    };
    if !single && c.bytes_of(i) == b"The" && goes_on() {
        return None;
    }
    // `after the 10 a.m. Mass.`: a state's abbreviation that is also a
    // word (`Mass.`, `Ill.`) and ends its sentence names the state only
    // after a comma, a bracket or a party's letter (`Boston, Mass.`,
    // `Mark Kirk (Ill.)`, `D-Mass.`).
    if single && input.text.as_bytes()[m.end - 1] == b'.' {
        let word = &input.text[input.tokens[i].start()..m.end - 1];
        let ends_sentence = || {
            c.next_joined(m.end_token - 1)
                .map_or(true, |n| c.tokens()[n].is_capitalised())
        };
        if &*input.gazetteer.entry(m.candidates[0]).subtype == "state"
            && !c
                .prev_joined(i)
                .is_some_and(|p| matches!(c.bytes_of(p), b"," | b"(" | b"-"))
            && ends_sentence()
            && input.lexicon.is_english_word(word)
        {
            return None;
        }
    }
    // `Labour Minister Yolanda Diaz`: a capitalised title of two words
    // names a portfolio, not the party that shares its first word (`Labour
    // MP Jess Phillips` is the party's; `Treasury Secretary` the
    // department's).
    if single
        && &*input.gazetteer.entry(m.candidates[0]).subtype == "party"
        && c.next_joined(i)
            .is_some_and(|n| c.tokens()[n].is_capitalised() && c.title_of_two(i, n))
    {
        return None;
    }
    // An ambiguous name is doubtful in its one-word form only: `Time
    // magazine`, `Apple Inc.` or `Delta Air Lines` name the organisation.
    // A doubtful sense with no evidence gives way to the next sense the
    // name has (`Columbia, South Carolina`, not the university).
    let mut k = 0;
    let entry = loop {
        let entry = input.gazetteer.entry(m.candidates[k]);
        let doubtful = single && (entry.ambiguous || c.is_stopword(i));
        if !doubtful || c.has_evidence(entry, i, m.end_token) {
            break entry;
        }
        k += 1;
        if k == m.candidates.len() {
            if c.passed_over.last().map_or(true, |f| f.tokens.start != i) {
                c.passed_over.push(Found {
                    candidates: m.candidates,
                    ..found(
                        Span::new(input.tokens[i].start(), m.end),
                        i..i + 1,
                        input.gazetteer.entry(m.candidates[0]).label,
                        Evidence::SameSense,
                    )
                });
            }
            return None;
        }
    };
    m.candidates = &m.candidates[k..];
    // `a Boeing 737`, `the S&P 500`: a company's name before a model's or
    // an index's number names the product or the index (not a station's:
    // `Fox 35`).
    if entry.label == Label::Organization
        && &*entry.subtype == "company"
        && m.end == input.tokens[m.end_token - 1].end()
        && c.before_model_number_at(m.end_token)
    {
        return None;
    }
    // `besieged by Hannibal, who had crossed the Alps`, `“…,” Hyde said`:
    // a town's name before `, who` or a speech verb is a person's, unless a
    // preposition of place or a person's age says it is the town
    // (`officials in Hannibal, who`, `Ana Ruiz, 31, of Hannibal, who`); a
    // club's, `Barcelona, who lead`, is found below.
    if single
        && &*entry.subtype == "city"
        && !entry.is_large_place()
        && (c.relative_after(i, &[b"who"]) || c.speech_verb_cue_after(i).is_some())
        && !c.after_place_preposition(i)
        && !c.home_after_age(i)
        && senses_from(input.gazetteer, m.candidates, "club").is_none()
    {
        return None;
    }
    let mut entry = entry;
    // `Gillette shares fell`, `merged with Gillette`: a town's name that is
    // also a company's is the company's where a company is spoken of.
    if single && &*entry.subtype == "city" && !entry.is_large_place() {
        if let Some(senses) = senses_from(input.gazetteer, m.candidates, "company")
            .filter(|_| c.dealt_with_as_a_company(i) || c.company_by_its_words(i))
        {
            m.candidates = senses;
            entry = input.gazetteer.entry(senses[0]);
        }
    }
    // `studied at Oxford`, `a graduate of Princeton`: a town's name that is
    // also its university's is the university's where one studies or
    // teaches.
    if single && &*entry.subtype == "city" {
        if let Some(senses) = senses_from(input.gazetteer, m.candidates, "university")
            .filter(|_| c.where_one_studies(i, true))
        {
            m.candidates = senses;
            entry = input.gazetteer.entry(senses[0]);
        }
    }
    // `Liverpool beat Chelsea`, `Liverpool boss Arne Slot`: a city's or a
    // region's name that is also its club's is the club's in a match or
    // before a word for a team's people (`beating Lazio`).
    if single && matches!(&*entry.subtype, "city" | "region") {
        if let Some(senses) =
            senses_from(input.gazetteer, m.candidates, "club").filter(|_| c.plays(i))
        {
            m.candidates = senses;
            entry = input.gazetteer.entry(senses[0]);
        }
    }
    // `Sunrise Honda`, `Tempe Toyota`: a town's name right before a
    // company's one-word name that ends the run names the company's dealer
    // or branch there, an organisation.
    if single && &*entry.subtype == "city" && entry.population < LARGE_CITY {
        let company = c.next_joined(i).filter(|&n| {
            c.is_cap_word(n)
                && !c.next_joined(n).is_some_and(|k| c.is_cap_word(k))
                && input
                    .gazetteer
                    .get(strip_possessive(c.text_of(n)))
                    .is_some_and(|e| &*input.gazetteer.entry(e[0]).subtype == "company")
        });
        if let Some(n) = company {
            let end = input.tokens[n].start() + strip_possessive(c.text_of(n)).len();
            return Some(found(
                Span::new(input.tokens[i].start(), end),
                i..n + 1,
                Label::Organization,
                Evidence::NamePattern,
            ));
        }
    }
    // `a court in Sherman, Texas,`: a known person's surname after a
    // preposition of place and before a comma and a state is a town.
    if single
        && entry.label == Label::Person
        && c.after_place_preposition(i)
        && !c.ends_with_possessive(i)
        && state_after_comma(c, i)
    {
        return Some(found(
            Span::new(input.tokens[i].start(), m.end),
            i..i + 1,
            Label::Location,
            Evidence::NamePattern,
        ));
    }
    if single && entry.label == Label::Person && c.word_not_person(i) {
        return None;
    }
    // `flew to Jordan`: after a preposition of place, a name that is also
    // a country's or a state's is the place (`Jordan said`, `a letter to
    // Obama` stay the people); so is a large city's after any other than
    // `to` and `from` (or after `to` that ends a trip from a place: `from
    // Dallas to Austin`), and any city's before a comma and a country or
    // state (`based in Austin`, `Warren, Michigan`; `Austin's view`,
    // `Obama, Biden` stay the people).
    let region = |e: u32| input.gazetteer.entry(e).is_country_or_region();
    let city = |e: u32, large: bool| {
        let e = input.gazetteer.entry(e);
        &*e.subtype == "city" && (!large || e.population >= LARGE_CITY)
    };
    // `Warren, Michigan`, `Paris, Texas`: the candidate that is a city of
    // the country of the region after a comma (not a Japanese Obama before
    // `, Texas officials`).
    let city_in_region_after = || {
        if !single
            || !m.candidates.iter().any(|&k| city(k, false))
            || c.ends_with_possessive(i)
            || !c.before_comma_place(m.end_token)
        {
            return None;
        }
        let n = c.next_visible(m.end_token)?;
        // (`Austin, Texas-based`: a state may open a hyphenated word.)
        let regions = match input.gazetteer.longest_match(input.text, input.tokens, n) {
            // (`Bush, Florida's former governor`: an apposition.)
            Some(r) if c.ends_with_possessive(r.end_token - 1) => return None,
            Some(r) => r.candidates,
            None => c.known_before_hyphen(n)?,
        };
        regions.iter().filter(|&&e| region(e)).find_map(|&e| {
            let country = &input.gazetteer.entry(e).country;
            m.candidates
                .iter()
                .position(|&k| city(k, false) && input.gazetteer.entry(k).country == *country)
        })
    };
    let place_here = || {
        let preposition = c.after_place_preposition(i);
        // `from Dallas to Austin`: `to` after a place the trip left from.
        let before_to = || {
            c.prev_joined(i)
                .filter(|&t| c.bytes_of(t) == b"to")
                .and_then(|t| c.prev_joined(t))
        };
        let from_place_to = || {
            before_to()
                .filter(|&w| c.after_word(w, "from"))
                .is_some_and(|w| c.known_label(w) == Some(Label::Location))
        };
        // `moved to Austin`, `flew to Austin`: `to` after going somewhere.
        let motion_to = || {
            before_to()
                .is_some_and(|w| input.lexicon.in_group(WordGroup::MotionWord, c.bytes_of(w)))
        };
        (preposition && m.candidates.iter().any(|&e| region(e)))
            || (single
                && !c.ends_with_possessive(i)
                && preposition
                && (!c.after_word(i, "to") || from_place_to() || motion_to())
                && !c.after_word(i, "from")
                && m.candidates.iter().any(|&e| city(e, true)))
            || city_in_region_after().is_some()
    };
    // `Liverpool boss Arne Slot`, `Chelsea fans`: a city's name before a
    // word for a team's people is the team's, when no list gives it a club.
    let team_here = || {
        single
            && &*entry.subtype == "city"
            && c.next_joined(i)
                .is_some_and(|n| input.lexicon.in_group(WordGroup::TeamRole, c.bytes_of(n)))
    };
    let label = if entry.label != Label::Location && place_here() {
        Label::Location
    } else if entry.label == Label::Location && team_here() {
        Label::Organization
    } else {
        entry.label
    };
    // (Among cities only: `Maryland, Delaware, Connecticut` lists states.)
    if label == Label::Location && m.candidates.len() > 1 && city(m.candidates[0], false) {
        if let Some(k) = city_in_region_after() {
            m.candidates = &m.candidates[k..];
        }
    }
    // `the state Senate`, `the provincial Supreme Court`: a national
    // body's name after a lower level of government names that level's
    // own body, which no list knows.
    let own_body = label == Label::Organization
        && &*entry.subtype != "party"
        && c.prev_joined(i).is_some_and(|p| {
            c.input
                .lexicon
                .in_group(WordGroup::SubNational, c.bytes_of(p))
        });
    Some(Found {
        span: Span::new(input.tokens[i].start(), m.end),
        tokens: i..m.end_token,
        label,
        candidates: if own_body { &[] } else { m.candidates },
        evidence: if own_body {
            Evidence::NamePattern
        } else {
            Evidence::Gazetteer
        },
        gender: entry.gender.filter(|_| label == entry.label),
        role: None,
    })
}

/// A name found by a rule, with no gazetteer entry and no role.
/// The known place whose possessive opens a known organisation's name
/// (`South Korea’s` of `South Korea’s Defense Ministry`).
fn possessor_place<'g>(c: &Cursor<'_, 'g>, f: &Found<'g>) -> Option<Found<'g>> {
    if f.label != Label::Organization || f.evidence != Evidence::Gazetteer || f.tokens.len() < 2 {
        return None;
    }
    let gazetteer = c.input.gazetteer;
    let last = (f.tokens.start..f.tokens.end - 1).find(|&k| c.ends_with_possessive(k))?;
    let end = c.tokens()[last].start() + strip_possessive(c.text_of(last)).len();
    let candidates = gazetteer
        .get(&c.input.text[f.span.start..end])
        .filter(|e| gazetteer.entry(e[0]).label == Label::Location)?;
    Some(Found {
        candidates,
        ..found(
            Span::new(f.span.start, end),
            f.tokens.start..last + 1,
            Label::Location,
            Evidence::Gazetteer,
        )
    })
}

fn found<'g>(span: Span, tokens: Range<usize>, label: Label, evidence: Evidence) -> Found<'g> {
    Found {
        span,
        tokens,
        label,
        candidates: &[],
        evidence,
        gender: None,
        role: None,
    }
}

/// `carmaker`, `group`: a noun for a kind of organisation.
fn kind_of_organisation(lex: &Lexicon, word: impl AsRef<[u8]>) -> bool {
    let word = word.as_ref();
    lex.in_group(WordGroup::OrgDescriptor, word) || lex.in_group(WordGroup::OrgKind, word)
}

/// `GOP-dominated`, `Chicago-based`, `Graham-type`: a compound that ends
/// in a participle, or in a lower-case word after a long word or a long
/// lower-case word, is an adjective. A romanised Korean given name is two
/// short syllables, the second of which may be a word too (`Ban Ki-moon`,
/// `Moon Jae-in`, `Kim Il-sung`).
fn is_adjective_compound(lex: &Lexicon, w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(first, last)| {
        last.starts_with(|c: char| c.is_lowercase())
            && (last.ends_with("ed")
                || ((last.len() >= 5 || first.len() >= 5) && lex.is_english_word(last)))
    })
}

/// Is the word `w` no person's name by its form? `Marxism`, `Thatcherism`,
/// `Islamophobia`: a doctrine is no one; `Melanesians`, `Parisians`: a group
/// of people is no one person. Outside the census lists, neither are
/// `Iowans`, `Vermonters`, `Editorialists` nor `Fundraising` (an English
/// word); a brand written in camel case alone
/// (`DNAinfo`, `KnowledgePanel`) is no person's name either (`JoAnne
/// Kloppenburg`: a given name may be written so).
fn names_no_one(lex: &Lexicon, w: &str, single: bool) -> bool {
    let census = || {
        lex.class(w)
            .any(WordClass::SURNAME | WordClass::COMMON_GIVEN_NAME)
    };
    w.ends_with("ism")
        || w.ends_with("isms")
        || w.ends_with("phobia")
        || w.ends_with("ians")
        || ((w.ends_with("ans") || w.ends_with("ers") || w.ends_with("ists")) && !census())
        // (A Chinese given name may end so too: `Zhou Yanling`.)
        || (w.ends_with("ing") && !census() && lex.is_english_word(w))
        || (single && is_camel_case(w))
}

/// `DNAinfo`, `TheBlaze`: a capital after a lower-case letter inside a
/// word, past what a surname's prefix explains (`McLean`, `MacDonald`,
/// `DeSantis`, `LaGuardia`, `DiCaprio`, `VanDyke`).
fn is_camel_case(word: &str) -> bool {
    let b = word.as_bytes();
    let skip = [
        "Mc", "Mac", "De", "La", "Le", "Di", "Du", "Van", "Vander", "Von", "St",
    ]
    .iter()
    .filter(|p| word.starts_with(*p))
    .map(|p| p.len())
    .max()
    .unwrap_or(0);
    b.windows(2)
        .enumerate()
        .any(|(k, w)| k + 1 > skip && w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// `SurveyMonkey`, `EgyptAir`, `TheBlaze`: two or three capitalised words
/// run together are a brand's name wherever they stand; not when the first
/// is short or a given name (`SoHo`, `JoAnne`), nor text run together by a
/// lost line break (`United StatesIn`, `LivefyreFAQSign`).
fn is_brand(lex: &Lexicon, word: &str) -> bool {
    // Where each part starts, and the word's end.
    let bounds: Vec<usize> = word
        .char_indices()
        .filter(|&(k, ch)| k == 0 || ch.is_ascii_uppercase())
        .map(|(k, _)| k)
        .chain([word.len()])
        .collect();
    if !(3..=4).contains(&bounds.len()) || !is_camel_case(word) {
        return false;
    }
    let first = &word[..bounds[1]];
    first.len() >= 3
        && !lex.class(first).any(WordClass::GIVEN_NAME)
        && bounds[1..].windows(2).all(|w| {
            let part = &word[w[0]..w[1]];
            part.len() >= 2 && !is_sentence_starter(part)
        })
}

/// `Heung-min`, `Ji-sung`: a Korean given name as news romanises it, two
/// short syllables joined by a hyphen, the first no English word, prefix,
/// demonym or known name (`Self-made`, `Anti-war`, `Trump-like`,
/// `Bush-led`), unless a Korean family name comes before and the second
/// is no English word (`Jun Young-hyun`).
fn is_romanised_given_name(
    c: &Cursor<'_, '_>,
    word: &str,
    after_korean_family_name: impl Fn() -> bool,
) -> bool {
    let lex = c.input.lexicon;
    let word = strip_possessive(word);
    let Some((first, second)) = word.split_once('-') else {
        return false;
    };
    let syllable =
        |s: &str| (1..=5).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase());
    first.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && first.len() <= 5
        && syllable(&first[1..])
        && syllable(second)
        && !second.ends_with("ed")
        && !lex.in_group_lower(WordGroup::WordPrefix, first)
        && !lex.class(first).any(WordClass::DEMONYM)
        && ((!lex.is_english_word(first) && c.input.gazetteer.get(first).is_none())
            || after_korean_family_name())
}

/// A word in Latin script with no hyphen, not in capitals and no plural
/// of an acronym (`MPs`, `CEOs`): the shape of a name in English text.
fn is_latin_name(word: &str) -> bool {
    !has_hyphen(word)
        && !is_all_caps(word)
        && !word.strip_suffix('s').is_some_and(is_all_caps)
        && word.chars().all(|c| !c.is_alphabetic() || c < '\u{250}')
}

/// `They’re` → `They`, `I’m` → `I`: the word before a contraction's
/// ending (not `’s`, a possessive's as often, nor `n’t`).
fn contraction_stem(word: &str) -> Option<&str> {
    const ENDINGS: [&str; 8] = ["’m", "'m", "’re", "'re", "’ve", "'ve", "’ll", "'ll"];
    // An apostrophe (or the last byte of `’`) among the last three bytes
    // first: most words have none.
    let tail = &word.as_bytes()[word.len().saturating_sub(3)..];
    if !tail.iter().any(|&b| b == b'\'' || b == 0x99) {
        return None;
    }
    ENDINGS
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .filter(|stem| !stem.is_empty())
}

/// `I’ve`, `We’re`, `Don’t`: an apostrophe followed by a contraction's
/// ending (names have a capital after it, `O'Brien`, `D'Amato`, or more
/// letters, `Lang’at`).
fn is_contraction(word: &str) -> bool {
    // Both apostrophes contain one of these bytes; most words have neither.
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return false;
    }
    word.char_indices().any(|(k, c)| {
        matches!(c, '\'' | '’')
            && matches!(
                &word[k + c.len_utf8()..],
                "s" | "t" | "m" | "d" | "re" | "ve" | "ll"
            )
    })
}

/// `J.`, `J`, `R.E.`, `W.H.S.`: capitals, each but a lone one followed by a
/// period, and no abbreviation (`P.S.`).
fn is_initial(word: &str) -> bool {
    match word.as_bytes() {
        [c] | [c, b'.'] => c.is_ascii_uppercase(),
        bytes => {
            bytes.len() >= 4
                && bytes
                    .chunks(2)
                    .all(|pair| pair.len() == 2 && pair[0].is_ascii_uppercase() && pair[1] == b'.')
                && !is_abbreviation(word)
        }
    }
}

/// `J.`, `J.M.`: initials with their periods (a bare capital may be a word:
/// `A`, `I`, `K Street`).
fn is_dotted_initial(word: &str) -> bool {
    word.ends_with('.') && is_initial(word)
}

/// Does `word` hold a hyphen? A loop over its bytes: the call to `memchr`
/// that `str::contains` makes costs more than the loop over a short word.
fn has_hyphen(word: &str) -> bool {
    word.bytes().any(|b| b == b'-')
}

/// `al-Sadr`, `el-Sisi`: a lower-case Arabic article joined by a hyphen to
/// a capitalised name.
pub(super) fn is_article_name(lex: &Lexicon, word: &str) -> bool {
    // A loop over the bytes, as in `has_hyphen`.
    let hyphen = word.bytes().position(|b| b == b'-');
    hyphen.is_some_and(|k| {
        lex.in_group(WordGroup::ArabicArticle, &word[..=k])
            && word[k + 1..].starts_with(|c: char| c.is_uppercase())
    })
}

/// `Nazrul`, `Abdul`: a given name ending in the Arabic article `-ul`
/// after a consonant (not `Paul`, `Raul`).
fn ends_in_joined_article(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 5 && b.ends_with(b"ul") && !b"aeiou".contains(&b[b.len() - 3].to_ascii_lowercase())
}

/// A person's name at tokens `i..end_tok` (bytes up to `end`) found after
/// `title`, linked to the gazetteer when it is a known person.
fn person<'g>(
    c: &Cursor<'_, 'g>,
    i: usize,
    end_tok: usize,
    end: usize,
    title: TitleMatch,
) -> Found<'g> {
    let input = c.input;
    let span = Span::new(input.tokens[i].start(), end);
    // The name may be a known person: keep the link, but not for a common
    // surname after a courtesy title anyone bears (`Dr. Smith` is no known
    // Smith; `Premier Smith` is).
    let courtesy = title.title.honorific && !title.title.role;
    let candidates = input
        .gazetteer
        .get(&input.text[span.range()])
        .filter(|cands| {
            let entry = input.gazetteer.entry(cands[0]);
            entry.label == Label::Person && !(courtesy && entry.ambiguous && end_tok == i + 1)
        })
        .unwrap_or(&[]);
    // `Mrs. Clinton` is not Bill Clinton: a title of the other gender than
    // the known person the name is first takes the one known person of its
    // gender the name may be, and none when it may be several (`Mrs.
    // Trump`: Melania or Ivana?).
    let fits = |e: &u32, g: Gender| input.gazetteer.entry(*e).gender.map_or(true, |eg| eg == g);
    let candidates = match (title.title.gender, candidates.first()) {
        (Some(g), Some(first)) if !fits(first, g) => {
            match candidates.iter().position(|e| fits(e, g)) {
                Some(k) if !candidates[k + 1..].iter().any(|e| fits(e, g)) => &candidates[k..],
                _ => &[],
            }
        }
        _ => candidates,
    };
    let gender = title
        .title
        .gender
        .or_else(|| {
            candidates
                .first()
                .and_then(|&e| input.gazetteer.entry(e).gender)
        })
        .or_else(|| c.given_name_gender(i));
    Found {
        span,
        tokens: i..end_tok,
        label: Label::Person,
        candidates,
        evidence: Evidence::Title,
        gender,
        role: title.title.role.then_some((title.head, title.span)),
    }
}

/// Known names joined by hyphens inside one word: `Trump-Putin`,
/// `Kremlin-backed`; only those from byte `from` on.
fn hyphen_parts<'g>(c: &Cursor<'_, 'g>, i: usize, from: usize, out: &mut Vec<Found<'g>>) {
    if !c.tokens()[i].has_hyphen() {
        return;
    }
    let word = c.text_of(i);
    let start = c.tokens()[i].start();
    // `Pro-Kremlin`, `Trans-Pacific`: a compound after a prefix names none
    // of its parts, as in lower case (`non-Microsoft`).
    let first = word.split('-').next().unwrap_or_default();
    if from == start && c.input.lexicon.in_group_lower(WordGroup::WordPrefix, first) {
        return;
    }
    // `Nowicka-Baran`, `Okafor-Bello`: a part that no list knows but as a
    // rare surname makes the word a double-barrelled surname, whose other
    // parts name no town (but `R-TX`, `AP-GfK`, `US-Iranian`).
    let lex = c.input.lexicon;
    let unknown = |part: &str| {
        let part = strip_possessive(part);
        part.len() >= 4
            && part.starts_with(char::is_uppercase)
            && is_latin_name(part)
            && !is_camel_case(part)
            && !lex
                .class(part)
                .any(WordClass::COMMON_SURNAME | WordClass::DEMONYM)
            && !lex.is_english_word(part)
            && !lex.is_stopword(part)
            && c.input.gazetteer.get(part).is_none()
    };
    let surname = word.split('-').any(unknown);
    let mut offset = 0;
    for part in word.split('-') {
        let part_start = start + offset;
        offset += part.len() + 1;
        if part_start < from
            || !part.starts_with(char::is_uppercase)
            || c.input.lexicon.is_stopword(part)
        {
            continue;
        }
        if let Some(mut cands) = c.input.gazetteer.get(part) {
            // `R-Ga.`, `D-Georgia`: after a party's letter, the US state.
            let gazetteer = c.input.gazetteer;
            let state = (part_start == start + first.len() + 1
                && c.input.lexicon.in_group(WordGroup::PartyLetter, first))
            .then(|| {
                cands
                    .iter()
                    .position(|&e| &*gazetteer.entry(e).subtype == "state")
            })
            .flatten();
            if let Some(k) = state {
                cands = &cands[k..];
            }
            let entry = gazetteer.entry(cands[0]);
            if (entry.ambiguous && state.is_none()) || (surname && &*entry.subtype == "city") {
                continue;
            }
            out.push(Found {
                span: Span::new(part_start, part_start + part.len()),
                tokens: i..i + 1,
                label: entry.label,
                candidates: cands,
                evidence: Evidence::Gazetteer,
                gender: entry.gender,
                role: None,
            });
        }
    }
}
