//! From the words next to a cue to a referent of the document.
//!
//! A name carries its referent from entity linking. A pronoun takes a
//! compatible person or organisation mentioned outside quotations and photo
//! credits (a name inside a quote is the speaker's topic, not the speaker;
//! a photographer is no one the text speaks of): in the sentence
//! of the latest one, the one who speaks there or else the first named,
//! and not someone the last attribution spoke to or of, whose speaker goes
//! on. A description takes the referent a role established earlier
//! (`Kremlin spokesman Dmitry Peskov` … `the Kremlin spokesman`, qualifiers
//! agreeing; `Sen. Jane Roe` … `the senator`), an epithet (`the
//! 23-year-old Italian`) what a pronoun would, a role no one was given
//! (`the candidate`) the person last spoken of if that person holds no
//! other role and no one was brought in since with the role (`a fashion
//! designer`), or none (`the aide`, `the former president`); `the company`
//! the organisation last spoken of, of a kind that fits, and `the ministry`
//! the one last spoken of whose name holds `Ministry`.

use super::cue::{Cand, Pronoun, Who};
use super::{Ctx, SpeakerRecord};
use crate::entity::{Mention, Name};
use crate::gazetteer::{strip_possessive, Gender, Label, Lexicon, WordClass, WordGroup};
use std::cell::OnceCell;
use std::ops::Range;

/// How many tokens before a role's description an unnamed holder of the
/// role (`a fashion designer`) may have been brought in.
const INTRODUCED_WITHIN: usize = 200;

/// Most lower-case words between `The` opening a sentence and the name
/// of the organisation it is about (`The media regulator Ofcom`).
const DESCRIPTION_WORDS: usize = 3;
/// How many earlier mentions or roles a pronoun or description looks at.
const LOOKBACK: usize = 40;
/// How many tokens after a name a `his` or `her` that tells its gender is
/// looked for.
const PRONOUN_WITHIN: usize = 60;
/// Most names a sentence may hold for a pronoun to look for its subject.
const SENTENCE_NAMES: usize = 8;
/// Most tokens from the end of a name to the start of the name it modifies
/// (`Clinton campaign chairman John Podesta`).
const MODIFIER_TOKENS: usize = 6;

/// Genders learnt while resolving: a referent a `she` resolved to is
/// female from then on, which keeps a later `he` off her.
pub(super) struct Resolver {
    learnt: Vec<Option<Gender>>,
    /// The lower-case word before each person named after a comma (and
    /// titles), as its token, and the person: `The director general, Lt
    /// Col Ana Roe,` gives `general` and Ana Roe. Gathered when a
    /// description first asks: most documents have none.
    apposed: OnceCell<Vec<(usize, u32)>>,
}

impl Resolver {
    pub fn new(cx: &Ctx<'_>) -> Resolver {
        let mut learnt: Vec<Option<Gender>> = cx
            .input
            .entities
            .referents
            .iter()
            .map(|r| r.gender)
            .collect();
        learn_from_pronouns(cx, &mut learnt);
        Resolver {
            learnt,
            apposed: OnceCell::new(),
        }
    }

    /// The referent of the speaker phrase `cand`. `previous` is the person
    /// who spoke in the last attribution and the tokens of its report after
    /// the cue.
    pub fn resolve(
        &mut self,
        cx: &Ctx<'_>,
        cand: &Cand,
        previous: Option<(u32, Range<usize>)>,
    ) -> SpeakerRecord {
        let entities = cx.input.entities;
        let (referent, label) = match cand.who {
            Who::Mention { referent, label } => (Some(referent), Some(label)),
            Who::Pronoun(p) => {
                let found = self.antecedent(cx, cand.first, p, previous);
                let label = match p {
                    Pronoun::He | Pronoun::She | Pronoun::I => Some(Label::Person),
                    Pronoun::It => Some(Label::Organization),
                    Pronoun::They => found.map(|r| entities.referents[r as usize].label),
                };
                (found, label)
            }
            Who::Description => {
                let found = organisation_of_its_kind(cx, cand)
                    .or_else(|| self.role(cx, cand))
                    .or_else(|| self.office_of_a_country(cx, cand))
                    .or_else(|| self.epithet(cx, cand))
                    .or_else(|| self.office(cx, cand))
                    .or_else(|| issuer(cx, cand))
                    .or_else(|| self.issuer_by_noun(cx, cand))
                    .or_else(|| self.voice(cx, cand))
                    .or_else(|| self.owner_voice(cx, cand, previous.clone()))
                    .or_else(|| self.issuer_named_before(cx, cand))
                    .or_else(|| self.owner_of_issued(cx, cand, previous));
                (found, found.map(|r| entities.referents[r as usize].label))
            }
        };
        SpeakerRecord {
            span: cand.span,
            referent,
            label,
        }
    }

    fn antecedent(
        &mut self,
        cx: &Ctx<'_>,
        at: usize,
        p: Pronoun,
        previous: Option<(u32, Range<usize>)>,
    ) -> Option<u32> {
        let (person, want) = match p {
            Pronoun::He => (true, Some(Gender::Male)),
            Pronoun::She => (true, Some(Gender::Female)),
            Pronoun::It | Pronoun::They => (false, None),
            // The writer is no mention of the document.
            Pronoun::I => return None,
        };
        let (found, start) = self.latest(cx, at, person, want)?;
        if let Some(r) = want.and_then(|want| self.gendered_voice_since(cx, start, at, want)) {
            return Some(r);
        }
        // `it said` speaks for an organisation of this paragraph or the
        // one before; one named further back is no longer what `it` is.
        if matches!(p, Pronoun::It) {
            let paragraphs = &cx.input.segments.paragraphs;
            let para_of = |k: usize| paragraphs.partition_point(|r| r.end <= k);
            if para_of(at) > para_of(start) + 1 {
                return None;
            }
        }
        // `Reeves told the BBC's Laura Kuenssberg that “…”. “…,” she said`:
        // a person named in the last attribution's report or sentence is
        // spoken to or of; its speaker goes on speaking.
        let speaker_goes_on = previous.filter(|(r, reported)| {
            person
                && *r != found
                && (reported.contains(&start)
                    || (!reported.is_empty() && cx.sentence(reported.start).contains(&start)))
                && self.fits(*r, want)
        });
        let referent = speaker_goes_on.map_or(found, |(r, _)| r);
        if want.is_some() {
            self.learnt[referent as usize] = want;
        }
        Some(referent)
    }

    /// `A spokeswoman for the party said it would stay neutral. “…,” she
    /// said`: a spokeswoman or spokesman who reported after the person a
    /// `she` or `he` would name is whom it names, and the words are the
    /// organisation's.
    fn gendered_voice_since(
        &self,
        cx: &Ctx<'_>,
        since: usize,
        at: usize,
        want: Gender,
    ) -> Option<u32> {
        let lex = cx.input.lexicon;
        let cue = cx.last_cue_between(since + 1, at)?;
        let subject = cx.subject_before(&cue, cx.sentence(cue.start).start)?;
        if !matches!(subject.who, Who::Description) {
            return None;
        }
        let noun = (subject.first..=subject.last)
            .find(|&k| lex.in_group_lower(WordGroup::VoiceNoun, cx.text(k)))?;
        lex.title_any_case(cx.text(noun))
            .filter(|t| t.gender == Some(want))?;
        self.voice(cx, &subject)
    }

    /// `“…,” the statement said`: the statement named last, in this
    /// paragraph or the one before, is the words of the subject of the
    /// cue it ends (`The district said in a statement that …`, `Roe
    /// issued a statement`).
    fn issuer_named_before(&mut self, cx: &Ctx<'_>, cand: &Cand) -> Option<u32> {
        const LOOKBACK_TOKENS: usize = 400;
        let lex = cx.input.lexicon;
        let noun = cx.text(cand.last);
        let the_noun = matches!(cx.text(cand.first), "the" | "The")
            && cx.next_visible(cand.first + 1, cand.last + 1) == Some(cand.last)
            && lex.in_group(WordGroup::IssuedNoun, noun);
        if !the_noun {
            return None;
        }
        let paragraphs = &cx.input.segments.paragraphs;
        let para = paragraphs.partition_point(|r| r.end <= cand.first);
        let floor = paragraphs
            .get(para.saturating_sub(1))?
            .start
            .max(cand.first.saturating_sub(LOOKBACK_TOKENS));
        let named = (floor..cand.first)
            .rev()
            .find(|&k| cx.text(k) == noun && cx.piece_at(k).is_none())?;
        let sentence = cx.sentence(named);
        let cue = cx
            .last_cue_between(sentence.start, named + 1)
            .filter(|c| c.end == named + 1)?;
        // (`In a statement, the university said`: the subject after the
        // phrase that opens the sentence.)
        let subject = cx.subject_before(&cue, sentence.start).or_else(|| {
            (cue.start == sentence.start)
                .then(|| cx.sentence_subject(sentence.end - 1))
                .flatten()
        })?;
        // (A statement that another statement names stops the search.)
        if lex.in_group(WordGroup::IssuedNoun, cx.text(subject.last)) {
            return None;
        }
        self.resolve(cx, &subject, None).referent
    }

    /// `His reply said`, `her statement read`: the words one issued are
    /// theirs, whom `he` or `she` would name.
    fn owner_of_issued(
        &mut self,
        cx: &Ctx<'_>,
        cand: &Cand,
        previous: Option<(u32, Range<usize>)>,
    ) -> Option<u32> {
        cx.next_visible(cand.first + 1, cand.last + 1)
            .filter(|&k| {
                k == cand.last && cx.input.lexicon.in_group(WordGroup::IssuedNoun, cx.text(k))
            })?;
        let owner = match cx.text(cand.first) {
            "his" | "His" => Pronoun::He,
            "her" | "Her" => Pronoun::She,
            "its" | "Its" => Pronoun::It,
            "their" | "Their" => Pronoun::They,
            _ => return None,
        };
        self.antecedent(cx, cand.first, owner, previous)
    }

    /// `the Ukrainian president`, `Britain's prime minister`: the one the
    /// gazetteers know to hold that office in that country now, if the
    /// document named them before.
    fn office_of_a_country(&self, cx: &Ctx<'_>, cand: &Cand) -> Option<u32> {
        let lex = cx.input.lexicon;
        let gazetteer = cx.input.gazetteer;
        let the = matches!(cx.text(cand.first), "the" | "The");
        let country_at = if the {
            cx.next_visible(cand.first + 1, cand.last)?
        } else {
            cand.first
        };
        let word = cx.text(country_at);
        let stem = strip_possessive(word);
        // (A demonym after `the`, a place's possessive opening the phrase.)
        let country = match (the, lex.demonyms.get(word)) {
            (true, Some(&country)) => country,
            (false, None) if stem.len() < word.len() => stem,
            _ => return None,
        };
        let code = &*gazetteer
            .get(country)?
            .iter()
            .map(|&e| gazetteer.entry(e))
            .find(|e| &*e.subtype == "country")?
            .country;
        let office_at = cx.next_visible(country_at + 1, cand.last + 1)?;
        let office = &cx.input.text[cx.input.tokens[office_at].start()..cand.span.end];
        if !office.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
            return None;
        }
        let entities = cx.input.entities;
        self.latest_of_kind(cx, cand.first, true, None, |m| {
            matches!(entities.referents[m.referent as usize].name,
            Name::Known(id) if {
                let e = gazetteer.entry(id);
                &*e.office == office && &*e.country == code
            })
        })
        .map(|(r, _)| r)
    }

    /// `the central bank's policy statement`, `the company's statement`:
    /// what an organisation a noun names issued is the words of the one of
    /// that kind last spoken of.
    fn issuer_by_noun(&self, cx: &Ctx<'_>, cand: &Cand) -> Option<u32> {
        let lex = cx.input.lexicon;
        if !lex.in_group(WordGroup::IssuedNoun, cx.text(cand.last)) {
            return None;
        }
        let owner = (cand.first..cand.last).find(|&k| {
            let w = cx.text(k);
            !cx.input.tokens[k].is_capitalised() && strip_possessive(w).len() < w.len()
        })?;
        let word = strip_possessive(cx.text(owner));
        let noun = OrgNoun::of(lex, word)?;
        self.organisation_of_noun(cx, cand.first, word, noun)
    }

    /// `a WHO spokesperson`, `a spokesperson for the Lima Chamber of
    /// Commerce`: one left unnamed who speaks for an organisation speaks its
    /// words; so does `the spokesperson` that such a one was, in this
    /// paragraph or the one before; `a ministry spokesperson`, the ministry
    /// last spoken of.
    fn voice(&self, cx: &Ctx<'_>, cand: &Cand) -> Option<u32> {
        let lex = cx.input.lexicon;
        let is_voice = |k: usize| lex.in_group_lower(WordGroup::VoiceNoun, cx.text(k));
        let at = (cand.first..=cand.last).rev().find(|&k| is_voice(k))?;
        // (`said a spokesperson for the agency`: the phrase after the noun
        // may lie past the speaker's words, in the sentence.)
        let end = if at == cand.last {
            cx.sentence(at).end
        } else {
            cand.last + 1
        };
        if let Some(r) = organisation_voiced(cx, at, end) {
            return Some(r);
        }
        // (`a ministry spokesperson`, `a spokesperson for the union`, `an
        // official at the council`: the ministry, union or council last
        // spoken of.)
        let after_for = cx
            .next_visible(at + 1, end)
            .filter(|&k| matches!(cx.text(k), "for" | "at"))
            .and_then(|k| cx.next_visible(k + 1, end))
            .filter(|&k| cx.text(k) == "the")
            .and_then(|k| cx.next_visible(k + 1, end));
        let before = cx.prev_visible(at, cand.first + 1);
        for k in [before, after_for].into_iter().flatten() {
            let word = cx.text(k);
            if let Some(noun) =
                OrgNoun::of(lex, word).filter(|_| !cx.input.tokens[k].is_capitalised())
            {
                return self.organisation_of_noun(cx, cand.first, word, noun);
            }
        }
        if !matches!(cx.text(cand.first), "the" | "The") {
            return None;
        }
        let paragraphs = &cx.input.segments.paragraphs;
        let para = paragraphs.partition_point(|r| r.end <= cand.first);
        let floor = paragraphs.get(para.saturating_sub(1))?.start;
        (floor..cand.first)
            .rev()
            .filter(|&k| is_voice(k))
            .find_map(|k| {
                let sentence = cx.sentence(k);
                organisation_voiced(cx, k, sentence.end)
            })
    }

    /// `His office said`, `her campaign said`: what speaks for a person
    /// speaks the words of the person `his` or `her` stands for.
    fn owner_voice(
        &mut self,
        cx: &Ctx<'_>,
        cand: &Cand,
        previous: Option<(u32, Range<usize>)>,
    ) -> Option<u32> {
        let pronoun = match cx.text(cand.first) {
            "his" | "His" => Pronoun::He,
            "her" | "Her" => Pronoun::She,
            _ => return None,
        };
        let noun = cx.next_visible(cand.first + 1, cand.last + 1)?;
        if noun != cand.last
            || !cx
                .input
                .lexicon
                .in_group_lower(WordGroup::OwnerVoice, cx.text(noun))
        {
            return None;
        }
        self.antecedent(cx, cand.first, pronoun, previous)
    }

    /// Is the person `r` of gender `want`, as far as is known?
    fn fits(&self, r: u32, want: Option<Gender>) -> bool {
        want.map_or(true, |w| self.learnt[r as usize].map_or(true, |g| g == w))
    }

    /// `the Spaniard`, `the 45-year-old`, `the Alaska Republican`: an
    /// epithet of news writing names the person last spoken of, as `he` or
    /// `she` would.
    fn epithet(&mut self, cx: &Ctx<'_>, cand: &Cand) -> Option<u32> {
        let lex = cx.input.lexicon;
        let second = cx.next_visible(cand.first + 1, cand.last + 1)?;
        if cx.text(cand.first) != "the" && cx.text(cand.first) != "The" {
            return None;
        }
        // An age, a nationality or both: `the 23-year-old Italian`.
        let rest = &cx.input.text[cx.input.tokens[second].start()..cand.span.end];
        let after_age = rest
            .split_once("-year-old")
            .filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .map(|(_, after)| after.trim_start());
        let nationality = after_age.unwrap_or(rest);
        let demonym = !nationality.contains(' ')
            && nationality.starts_with(char::is_uppercase)
            && !nationality.ends_with('s')
            && lex.class(nationality).any(WordClass::DEMONYM);
        // `the Alaska Republican`, `the New York Democrat`: a place and a
        // party's word.
        let partisan = || {
            let mut words = nationality.split(' ');
            let last = words.next_back().unwrap_or_default();
            let places = words.clone().count();
            (1..=3).contains(&places)
                && words.all(|w| w.starts_with(char::is_uppercase))
                && !last.ends_with('s')
                && lex.class(last).any(WordClass::AFFILIATION)
        };
        // `the 58-year-old tobacco farmer`: an age and a few lower-case
        // words for what the person is.
        let aged_person_noun = || {
            after_age.is_some_and(|rest| {
                let words = rest.split(' ');
                let last = rest.rsplit(' ').next().unwrap_or_default();
                words.clone().count() <= 3
                    && words
                        .clone()
                        .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                    && (lex.in_group(WordGroup::PersonNoun, last) || lex.title(last).is_some())
            })
        };
        let epithet = demonym || after_age == Some("") || partisan() || aged_person_noun();
        epithet
            .then(|| self.latest(cx, cand.first, true, None))?
            .map(|(r, _)| r)
    }

    /// The organisation a noun for one names at token `at` (`the ministry`,
    /// `the company`, `the group`): the last spoken of of a kind that fits.
    fn organisation_of_noun(
        &self,
        cx: &Ctx<'_>,
        at: usize,
        head: &str,
        noun: OrgNoun<'_>,
    ) -> Option<u32> {
        let lex = cx.input.lexicon;
        let entities = cx.input.entities;
        let gazetteer = cx.input.gazetteer;
        let kind = |m: &Mention| match noun {
            // `the ministry`: a `… Ministry`, as written or known; `the
            // party`: one the gazetteers know as a party (`Law and
            // Justice`).
            OrgNoun::Head(word) => {
                let holds = |name: &str| name.split(' ').any(|w| w == word);
                holds(&cx.input.text[m.span.range()])
                    || matches!(entities.referents[m.referent as usize].name,
                        Name::Known(id) if holds(&gazetteer.entry(id).canonical)
                            || gazetteer.entry(id).subtype.eq_ignore_ascii_case(word))
            }
            // `the newspaper` is no party; `the company` may be a
            // publisher, or a firm the gazetteers do not know.
            OrgNoun::News | OrgNoun::Company => {
                match entities.referents[m.referent as usize].name {
                    Name::Known(id) => match &*gazetteer.entry(id).subtype {
                        "news organisation" => true,
                        "company" => matches!(noun, OrgNoun::Company),
                        _ => false,
                    },
                    Name::Text(_) => true,
                }
            }
            OrgNoun::Any => true,
        };
        // Any organisation: the subject of this sentence or the one
        // before, as no news outlet is (`The Alzheimer's Association
        // welcomed the decision. “…,” the group said`).
        let sentences = &cx.input.segments.sentences;
        let sentence_of = |k: usize| sentences.partition_point(|r| r.end <= k);
        let near = |&(r, named_at): &(u32, usize)| {
            let s = sentence_of(named_at);
            // (`The media regulator Ofcom fined …`: a few lower-case words
            // of description may come between.)
            let described = |from: usize| {
                let mut k = from;
                for _ in 0..=DESCRIPTION_WORDS {
                    match cx.next_visible(k, named_at + 1) {
                        Some(n) if n == named_at => return true,
                        Some(n)
                            if !cx.input.tokens[n].is_capitalised()
                                && cx.input.tokens[n].is_word() =>
                        {
                            k = n + 1
                        }
                        _ => return false,
                    }
                }
                false
            };
            let opens = sentences.get(s).is_some_and(|sent| {
                cx.next_visible(sent.start, named_at + 1)
                    .is_some_and(|first| {
                        first == named_at
                            || (matches!(cx.text(first), "The" | "the") && described(first + 1))
                    })
            });
            // (Or it speaks there: `Radović limped off, and Sevilla
            // said in a statement that …`.)
            let speaks = || {
                let k = entities
                    .mentions
                    .partition_point(|m| m.tokens.start < named_at);
                let end = sentences
                    .get(s)
                    .map_or(cx.input.tokens.len(), |sent| sent.end);
                entities.mentions.get(k).is_some_and(|m| {
                    cx.next_visible(m.tokens.end, end)
                        .is_some_and(|n| cx.cue_at(n).is_some())
                })
            };
            let news = matches!(entities.referents[r as usize].name,
                Name::Known(id) if &*gazetteer.entry(id).subtype == "news organisation");
            s + 1 >= sentence_of(at) && (opens || speaks()) && !news
        };
        // (`the group`, a head word of names too, is also any
        // organisation named just before.)
        let of_kind = self.latest_of_kind(cx, at, false, None, kind);
        match noun {
            OrgNoun::Any => of_kind.filter(near),
            _ => of_kind.or_else(|| {
                lex.in_group(WordGroup::OrgKind, head)
                    .then(|| self.latest_of_kind(cx, at, false, None, |_| true))
                    .flatten()
                    .filter(near)
            }),
        }
        .map(|(r, _)| r)
    }

    /// `the senator`, `the candidate`: a role no one was given, in a
    /// plain description, names the person last spoken of, unless that
    /// person holds another role. Not a role for the unnamed (`the aide`,
    /// `the official`) nor one out of the present (`the former president`).
    /// `the company`, `the carmaker`: the organisation last spoken of.
    fn office(&self, cx: &Ctx<'_>, cand: &Cand) -> Option<u32> {
        let lex = cx.input.lexicon;
        if !plain_description(cx, cand) {
            return None;
        }
        let head = cx.text(cand.last);
        // (A person's role only: `the report, …` is no one.)
        let person_word =
            lex.title_any_case(head).is_some() || lex.in_group(WordGroup::PersonNoun, head);
        if let Some(r) = person_word
            .then(|| self.named_in_apposition(cx, cand, head))
            .flatten()
        {
            return Some(r);
        }
        if let Some(noun) = OrgNoun::of(lex, head) {
            return self.organisation_of_noun(cx, cand.first, head, noun);
        }
        if !lex.title(head).is_some_and(|t| t.role) || lex.in_group(WordGroup::UnnamedRole, head) {
            return None;
        }
        // `Angela Merkel's successor`: not the one named as the owner.
        let (r, named_at) = self.latest_of_kind(cx, cand.first, true, None, |m| {
            !cx.possessive_at(m.span.end)
        })?;
        // `As Trump spoke, a fashion designer watched. … said the designer`:
        // one brought in since by `a`, and never named, is meant.
        // (A bounded look back keeps the cost linear.)
        // (`Tomas Reyes, a farmer,` introduces no one else, and a farmer
        // is no minister.)
        let apposed = apposition(cx, named_at);
        let in_apposition = |k: usize| apposed.as_ref().is_some_and(|a| a.contains(&k));
        if apposed
            .as_ref()
            .is_some_and(|a| !a.clone().any(|k| cx.text(k) == head))
        {
            return None;
        }
        let introduced = (named_at.max(cand.first.saturating_sub(INTRODUCED_WITHIN))..cand.first)
            .filter(|&k| !in_apposition(k))
            .any(|k| {
                cx.text(k) == head
                    && std::iter::successors(cx.prev_visible(k, named_at), |&d| {
                        cx.prev_visible(d, named_at)
                    })
                    .take(3)
                    .any(|d| matches!(cx.text(d), "a" | "an" | "A" | "An"))
            });
        if introduced {
            return None;
        }
        let roles = &cx.input.entities.roles;
        let end = roles.partition_point(|x| x.span.start < cand.span.start);
        let other_role = roles[..end]
            .iter()
            .any(|x| x.referent == r && !role_heads(&x.head).any(|h| h == head));
        (!other_role).then_some(r)
    }

    /// `The director general, Lt Col Ana Roe, said … “…,” the director
    /// general replied`: the person named after a comma right after the
    /// same head word earlier in the document (a bounded look back).
    fn named_in_apposition(&self, cx: &Ctx<'_>, cand: &Cand, head: &str) -> Option<u32> {
        // A role given at the top of a story is used to its end.
        const LOOK_BACK: usize = 1500;
        let from = cand.first.saturating_sub(LOOK_BACK);
        let apposed = self.apposed.get_or_init(|| people_after_a_comma(cx));
        let end = apposed.partition_point(|&(k, _)| k < cand.first);
        apposed[..end]
            .iter()
            .rev()
            .take_while(|&&(k, _)| k >= from)
            .find(|&&(k, _)| cx.text(k) == head)
            .map(|&(_, r)| r)
    }

    /// The latest person (or, without `person`, organisation) mentioned
    /// before token `at` outside quotations, of gender `want` if known: its
    /// referent and the token its mention starts at.
    fn latest(
        &self,
        cx: &Ctx<'_>,
        at: usize,
        person: bool,
        want: Option<Gender>,
    ) -> Option<(u32, usize)> {
        self.latest_of_kind(cx, at, person, want, |_| true)
    }

    /// [`Resolver::latest`] among the referents `kind` accepts.
    fn latest_of_kind(
        &self,
        cx: &Ctx<'_>,
        at: usize,
        person: bool,
        want: Option<Gender>,
        kind: impl Fn(&Mention) -> bool,
    ) -> Option<(u32, usize)> {
        let entities = cx.input.entities;
        // The label first: it settles most mentions.
        let fits = |m: &&Mention| {
            (if person {
                m.label == Label::Person
                    && self.fits(m.referent, want)
                    && !in_opening_participle(cx, m.tokens.start, at)
            } else {
                m.label == Label::Organization
            }) && kind(m)
                && cx.piece_at(m.tokens.start).is_none()
                && !in_credit_line(cx, m.tokens.start)
        };
        let end = entities.mentions.partition_point(|m| m.tokens.start < at);
        let last = entities.mentions[..end]
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(fits)?;
        // In an earlier sentence, the one who speaks in it (`Trump's claim
        // …, Biden said. “…,” he said`), else the first one named, its
        // subject more often than not (`Sinner beat Zverev …. “…,” the
        // Italian said`).
        let sentence = cx.sentence(last.tokens.start);
        if sentence.end > at {
            return Some((last.referent, last.tokens.start));
        }
        // (`Roe's lawyer, Jane Doe, said`: the commas of a name set off
        // as an apposition may stand between.)
        let apposed = |m: &Mention| {
            cx.prev_visible(m.tokens.start, sentence.start)
                .is_some_and(|k| cx.text(k) == ",")
        };
        let speaks = |m: &&Mention| {
            cx.next_visible(m.tokens.end, sentence.end)
                .map(|k| match cx.text(k) {
                    "," if apposed(m) => cx.next_visible(k + 1, sentence.end).unwrap_or(k),
                    _ => k,
                })
                .is_some_and(|k| cx.cue_starts_at(k))
                // (`…, saying Qureshi held the keys`: after a participle the
                // name opens what was said.)
                || cx
                    .prev_visible(m.tokens.start, sentence.start)
                    .is_some_and(|k| {
                        !cx.text(k).ends_with("ing")
                            && cx
                                .last_cue_between(sentence.start, k + 1)
                                .is_some_and(|c| c.end == k + 1)
                    })
        };
        // A sentence that names many (a list, or a document that is one
        // sentence) has no one subject: the latest name stands.
        let from = entities.mentions[..end].partition_point(|m| m.tokens.start < sentence.start);
        if end - from > SENTENCE_NAMES {
            return Some((last.referent, last.tokens.start));
        }
        // `Obama consultant Cornell Belcher`: a name that modifies the next
        // one is not who the sentence is about.
        let modifier = |k: usize| {
            let m = &entities.mentions[k];
            entities.mentions[k + 1..end].first().is_some_and(|n| {
                n.label == Label::Person
                    && n.tokens.start <= m.tokens.end + MODIFIER_TOKENS
                    && (m.tokens.end..n.tokens.start).all(|t| {
                        let t = &cx.input.tokens[t];
                        t.is_space() || (t.is_word() && !t.is_capitalised())
                    })
                    && cx
                        .prev_visible(n.tokens.start, m.tokens.end)
                        .is_some_and(|t| cx.input.lexicon.title_any_case(cx.text(t)).is_some())
            })
        };
        let in_sentence = || {
            (from..end)
                .filter(move |&k| !modifier(k))
                .map(|k| &entities.mentions[k])
                .filter(fits)
        };
        let chosen = in_sentence()
            .find(speaks)
            .or_else(|| in_sentence().next())
            .unwrap_or(last);
        Some((chosen.referent, chosen.tokens.start))
    }

    fn role(&self, cx: &Ctx<'_>, cand: &Cand) -> Option<u32> {
        // `a senior official` is someone new, `the official` someone met.
        if cx
            .input
            .lexicon
            .in_group_lower(WordGroup::Indefinite, cx.text(cand.first))
        {
            return None;
        }
        let head = cx.text(cand.last);
        let head = strip_possessive(head).to_lowercase();
        // (`Qatar's prime minister`: a place in the possessive first
        // qualifies the role too.)
        let wanted = qualifiers(cx, cand.first..cand.last);
        // `the prime minister` is no `foreign minister`, `the majority
        // leader` no `minority leader`: the lower-case words right before
        // the heads, when both have one, agree; and `the president` is no
        // `vice president`.
        let lex = cx.input.lexicon;
        let modifier = cx
            .prev_visible(cand.last, cand.first)
            .filter(|&k| k > cand.first)
            .map(|k| cx.text(k))
            .filter(|w| w.bytes().all(|b| b.is_ascii_lowercase()));
        let tokens = cx.input.tokens;
        let roles = &cx.input.entities.roles;
        let end = roles.partition_point(|r| r.span.start < cand.span.start);
        roles[..end]
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(|r| {
                if !role_heads(&r.head).any(|h| h == head) {
                    return false;
                }
                let role_modifier = r
                    .head
                    .split('|')
                    .next()
                    .unwrap_or_default()
                    .split(" of ")
                    .next()
                    .and_then(|w| w.rsplit(' ').nth(1));
                let other_office = match (modifier, role_modifier) {
                    (Some(a), Some(b)) => a != b,
                    (None, Some(b)) => lex.in_group(WordGroup::DeputyWord, b),
                    _ => false,
                };
                if other_office {
                    return false;
                }
                // `the Republican nominee` is not the `Democratic vice
                // presidential nominee`, nor `the Ohio senator` the
                // `Florida senator`; `the Democratic leader` may be the
                // `Senate minority leader`.
                let mut first = tokens.partition_point(|t| t.start() < r.span.start);
                let last = tokens.partition_point(|t| t.start() < r.span.end);
                // The title may leave them among the words just before it
                // (`Democratic vice presidential nominee`).
                for _ in 0..3 {
                    match cx.prev_visible(first, first.saturating_sub(2)) {
                        Some(k)
                            if tokens[k].is_word() && !cx.input.lexicon.is_stopword(cx.text(k)) =>
                        {
                            first = k
                        }
                        _ => break,
                    }
                }
                let stated = qualifiers(cx, first..last);
                stated.is_empty() || wanted.iter().all(|w| stated.contains(w))
            })
            .map(|r| r.referent)
    }
}

/// `a statement from the Foreign Ministry`, `a Pentagon statement`: the
/// words of something issued are its issuer's, the first person or
/// organisation the description names.
fn issuer(cx: &Ctx<'_>, cand: &Cand) -> Option<u32> {
    let lex = cx.input.lexicon;
    // The noun heads the description: it ends it or a preposition follows
    // (not `email chains`, nor the `Post` of a name).
    let heads = |k: usize| {
        k == cand.last
            || cx
                .next_visible(k + 1, cand.last + 1)
                .is_some_and(|n| lex.in_group(WordGroup::SpeakerPreposition, cx.text(n)))
    };
    let issued = (cand.first..=cand.last).any(|k| {
        !cx.input.tokens[k].is_capitalised()
            && lex.in_group(WordGroup::IssuedNoun, cx.text(k))
            && heads(k)
    });
    if !issued {
        return None;
    }
    let mentions = &cx.input.entities.mentions;
    let from = mentions.partition_point(|m| m.tokens.start < cand.first);
    mentions[from..]
        .iter()
        .take_while(|m| m.tokens.end <= cand.last + 1)
        .find(|m| matches!(m.label, Label::Person | Label::Organization))
        .map(|m| m.referent)
}

/// The organisation the voice noun at `at` speaks for: named right
/// before it (`a WHO spokesperson`) or after `for`, `of` or `at` (`a
/// spokesperson for the council`), before `end`.
fn organisation_voiced(cx: &Ctx<'_>, at: usize, end: usize) -> Option<u32> {
    let mentions = &cx.input.entities.mentions;
    let organisation = |m: &Mention| (m.label == Label::Organization).then_some(m.referent);
    if let Some(before) = cx.prev_visible(at, 0) {
        let k = mentions.partition_point(|m| m.tokens.end <= before);
        if let Some(r) = mentions
            .get(k)
            .filter(|m| m.tokens.contains(&before))
            .and_then(organisation)
        {
            return Some(r);
        }
    }
    let preposition = cx
        .next_visible(at + 1, end)
        .filter(|&k| matches!(cx.text(k), "for" | "of" | "at"))?;
    let name = cx.next_visible(preposition + 1, end)?;
    let name = match cx.text(name) {
        "the" => cx.next_visible(name + 1, end)?,
        _ => name,
    };
    let k = mentions.partition_point(|m| m.tokens.start < name);
    mentions
        .get(k)
        .filter(|m| m.tokens.start == name)
        .and_then(organisation)
}

/// `the Islamic State group`, `the Wagner mercenary group`: an
/// organisation named in the description, a few lower-case words before
/// the noun for its kind that ends it.
fn organisation_of_its_kind(cx: &Ctx<'_>, cand: &Cand) -> Option<u32> {
    const MODIFIERS: usize = 2;
    let lex = cx.input.lexicon;
    let noun = cx.text(cand.last);
    if !(lex.in_group(WordGroup::OrgKind, noun) || lex.in_group(WordGroup::OrgDescriptor, noun)) {
        return None;
    }
    let mut k = cx.prev_visible(cand.last, cand.first)?;
    for _ in 0..MODIFIERS {
        let t = &cx.input.tokens[k];
        if t.is_capitalised() || !t.is_word() {
            break;
        }
        k = cx.prev_visible(k, cand.first)?;
    }
    organisation_voiced(cx, k + 1, k + 1)
}

/// What kind of organisation a description's noun names.
#[derive(Clone, Copy)]
enum OrgNoun<'l> {
    /// `the newspaper`
    News,
    /// `the company`, `the carmaker`
    Company,
    /// `the ministry`, `the party`: an organisation's head word, capitalised
    /// as in its names.
    Head(&'l str),
    /// `the group`, `the nonprofit`: any organisation, named in this
    /// sentence or the one before (further back, `the group` is as often
    /// people).
    Any,
}

impl<'l> OrgNoun<'l> {
    fn of(lex: &'l Lexicon, noun: &str) -> Option<OrgNoun<'l>> {
        if lex.in_group(WordGroup::NewsNoun, noun) {
            return Some(OrgNoun::News);
        }
        if lex.in_group(WordGroup::OrgDescriptor, noun) {
            return Some(OrgNoun::Company);
        }
        // (`the group` is as often people: only the organisation just
        // named.)
        if lex.in_group(WordGroup::OrgKind, noun) {
            return Some(match lex.organisation_head(noun) {
                Some(head) if !lex.in_group(WordGroup::UnnamedRole, noun) => OrgNoun::Head(head),
                _ => OrgNoun::Any,
            });
        }
        if lex.in_group(WordGroup::UnnamedRole, noun) {
            return None;
        }
        lex.organisation_head(noun).map(OrgNoun::Head)
    }
}

/// `the candidate`, `the cautious candidate`: `the` and a noun, with at
/// most a few lower-case words between that keep the role in the present.
/// A team's people may be named by the team (`the City manager`, `the
/// Chelsea boss`).
fn plain_description(cx: &Ctx<'_>, cand: &Cand) -> bool {
    const MAX_MODIFIERS: usize = 3;
    let lex = cx.input.lexicon;
    if !matches!(cx.text(cand.first), "the" | "The") || cand.last == cand.first {
        return false;
    }
    let team_role = lex.in_group(WordGroup::TeamRole, cx.text(cand.last));
    let mut modifiers = 0;
    for k in cand.first + 1..cand.last {
        let t = &cx.input.tokens[k];
        if t.is_space() {
            continue;
        }
        modifiers += 1;
        // (An age is a modifier too: `the 71-year-old coach`.)
        if (!t.is_word() && !cx.text(k).ends_with("-year-old"))
            || (t.is_capitalised() && !team_role)
            || modifiers > MAX_MODIFIERS
            || lex.in_group(WordGroup::OfficeTime, cx.text(k))
        {
            return false;
        }
    }
    true
}

/// `Asked about Rashford, he replied`: is the mention at token `i` in a
/// participle's clause that opens the sentence of the pronoun at `at` and
/// ends with the comma before it? The participle's subject is the
/// pronoun's, so a name in its clause is someone else.
fn in_opening_participle(cx: &Ctx<'_>, i: usize, at: usize) -> bool {
    let sentence = cx.sentence(at);
    if i < sentence.start || cx.prev_visible(at, i).map_or(true, |k| cx.text(k) != ",") {
        return false;
    }
    cx.next_visible(sentence.start, i).is_some_and(|first| {
        let w = cx.text(first);
        cx.input.tokens[first].is_capitalised()
            && w.len() > 4
            && (w.ends_with("ed") || w.ends_with("ing"))
            && cx.input.lexicon.is_english_word(w)
    })
}

/// `Jane Roe via Getty Images.`, `Photo: Jane Roe/AP`: is token `i` in a
/// short sentence of names and credit words, a photo's credit? Its names
/// are no one the text goes on to speak of.
fn in_credit_line(cx: &Ctx<'_>, i: usize) -> bool {
    const CREDIT_WORDS: usize = 10;
    let lex = cx.input.lexicon;
    let sentence = cx.sentence(i);
    // Words, spaces and a few marks: a longer sentence is no credit.
    if sentence.len() > 3 * CREDIT_WORDS {
        return false;
    }
    let mut words = 0;
    let mut credited = false;
    for k in sentence {
        let t = &cx.input.tokens[k];
        if !t.is_word() {
            continue;
        }
        words += 1;
        let credit = lex.in_group(WordGroup::CreditWord, cx.text(k));
        if words > CREDIT_WORDS || (!t.is_capitalised() && !credit) {
            return false;
        }
        credited |= credit;
    }
    credited
}

/// The word that names a role: `secretary` in `secretary of state`,
/// `nominee` in `vice presidential nominee`.
/// `Amara Roe, the sculptor, died at her home. She was 81.`: a person of
/// unknown gender who is the only one named before `his` or `her` in the
/// sentence, or before `He` or `She` opening the next, is of that gender,
/// unless another of their mentions says otherwise (mentions may be linked
/// to the wrong person: `Mr. Khan` to `Ghazala Khan`).
fn learn_from_pronouns(cx: &Ctx<'_>, learnt: &mut [Option<Gender>]) {
    let mentions = &cx.input.entities.mentions;
    let sentences = &cx.input.segments.sentences;
    // `his` and `her` in the sentence, `He` and `She` opening the next.
    let gender_of = |k: usize| match cx.text(k) {
        "his" | "He" => Some(Gender::Male),
        "her" | "She" => Some(Gender::Female),
        _ => None,
    };
    // Per referent: none seen, one gender seen, or both.
    let mut seen: Vec<Option<Option<Gender>>> = vec![None; learnt.len()];
    for (n, m) in mentions.iter().enumerate() {
        if m.label != Label::Person || learnt[m.referent as usize].is_some() {
            continue;
        }
        let s = sentences.partition_point(|r| r.end <= m.tokens.start);
        let Some(sentence) = sentences.get(s) else {
            continue;
        };
        // Up to the next person named in the sentence, if any.
        let next_person = mentions[n + 1..]
            .iter()
            .take_while(|o| o.tokens.start < sentence.end)
            .find(|o| o.label == Label::Person)
            .map(|o| o.tokens.start);
        // (A few words on: the work per mention stays bounded in a
        // sentence of any length.)
        let within = m.tokens.end
            ..next_person
                .unwrap_or(sentence.end)
                .min(m.tokens.end + PRONOUN_WITHIN);
        // (Not inside a quotation: `Garin added, “… her standing …”`.)
        let possessive = within
            .clone()
            .filter(|&k| matches!(cx.text(k), "his" | "her") && cx.piece_at(k).is_none())
            .find_map(&gender_of);
        let next_opening = || {
            next_person.is_none().then(|| {
                sentences
                    .get(s + 1)
                    .and_then(|r| cx.next_visible(r.start, r.end))
                    .filter(|&k| matches!(cx.text(k), "He" | "She") && cx.piece_at(k).is_none())
                    .and_then(&gender_of)
            })?
        };
        // `Roe told reporters that he expected …`: the subject of a
        // reported clause right after the name's own cue.
        let reported_subject = || {
            let cue_start = cx.next_visible(m.tokens.end, sentence.end)?;
            let cue = cx.first_cue_between(cue_start, cue_start + 1)?;
            within
                .filter(|&k| k >= cue.end && matches!(cx.text(k), "he" | "she"))
                .find(|&k| {
                    cx.piece_at(k).is_none()
                        && cx
                            .prev_visible(k, cue.end)
                            .map_or(true, |p| p + 1 == cue.end || cx.text(p) == "that")
                })
                .map(|k| match cx.text(k) {
                    "he" => Gender::Male,
                    _ => Gender::Female,
                })
        };
        if let Some(g) = possessive.or_else(next_opening).or_else(reported_subject) {
            let vote = &mut seen[m.referent as usize];
            *vote = match *vote {
                None => Some(Some(g)),
                Some(Some(h)) if h == g => Some(Some(g)),
                _ => Some(None),
            };
        }
    }
    for (gender, vote) in learnt.iter_mut().zip(seen) {
        if let Some(Some(g)) = vote {
            *gender = Some(g);
        }
    }
}

/// The lower-case word and the person of each name set off after a comma
/// and any titles (`The director general, Lt Col Ana Roe,`), in text
/// order.
fn people_after_a_comma(cx: &Ctx<'_>) -> Vec<(usize, u32)> {
    const TITLES: usize = 3;
    let mentions = &cx.input.entities.mentions;
    mentions
        .iter()
        .filter(|m| m.label == Label::Person)
        .filter_map(|m| {
            let mut p = cx.prev_visible(m.tokens.start, 0)?;
            for _ in 0..TITLES {
                if cx.input.lexicon.title_any_case(cx.text(p)).is_none() {
                    break;
                }
                p = cx.prev_visible(p, 0)?;
            }
            let word = cx.prev_visible(p, 0).filter(|_| cx.text(p) == ",")?;
            let t = &cx.input.tokens[word];
            (t.is_word() && !t.is_capitalised()).then_some((word, m.referent))
        })
        .collect()
}

/// `Tomas Reyes, a farmer,`: the indefinite description set off after
/// the person named at token `named_at`, as the range of its words.
fn apposition(cx: &Ctx<'_>, named_at: usize) -> Option<Range<usize>> {
    const APPOSITION_WORDS: usize = 6;
    let mentions = &cx.input.entities.mentions;
    let m = mentions
        .get(mentions.partition_point(|m| m.tokens.start < named_at))
        .filter(|m| m.tokens.start == named_at)?;
    let ceil = cx.sentence(named_at).end;
    let article = cx
        .next_visible(m.tokens.end, ceil)
        .filter(|&k| cx.text(k) == ",")
        .and_then(|k| cx.next_visible(k + 1, ceil))
        .filter(|&k| cx.input.lexicon.in_group(WordGroup::Indefinite, cx.text(k)))?;
    let mut last = article;
    for _ in 0..APPOSITION_WORDS {
        match cx.next_visible(last + 1, ceil) {
            Some(n) if cx.input.tokens[n].is_word() => last = n,
            _ => break,
        }
    }
    (last > article).then(|| article..last + 1)
}

/// The head words a later description may name a role by: `judge` as
/// well as `justice` for `Justice Ana Roe` (the titles list gives the
/// alternatives after a `|`).
fn role_heads(role: &str) -> impl Iterator<Item = &str> {
    role.split('|').map(head_word)
}

fn head_word(role: &str) -> &str {
    let words = role.split(" of ").next().unwrap_or_default();
    words.rsplit(' ').next().unwrap_or_default()
}

/// The words among `range` that say which group or place a role belongs
/// to (`Republican`, `Russian`, `Ohio`), lower-cased.
fn qualifiers(cx: &Ctx<'_>, range: std::ops::Range<usize>) -> Vec<String> {
    let lex = cx.input.lexicon;
    range
        .filter(|&k| {
            let t = &cx.input.tokens[k];
            t.is_capitalised()
                && (lex
                    .class(strip_possessive(cx.text(k)))
                    .any(WordClass::AFFILIATION | WordClass::DEMONYM)
                    || cx.mention_cand(k).and_then(|c| c.label()) == Some(Label::Location))
        })
        .map(|k| strip_possessive(cx.text(k)).to_lowercase())
        .collect()
}
