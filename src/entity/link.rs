//! Linking: every mention to one referent of the document.
//!
//! Known names link through the gazetteer entry they match, so `Putin`,
//! `Vladimir Putin` and `President Putin` share the entry for Vladimir
//! Putin. A person's surname alone links to the full name used elsewhere in
//! the same document, for unknown people too (`Sean Hannity` … `Hannity`),
//! and takes precedence over a gazetteer person who merely shares it. A word
//! keeps one sense through the document: a one-word person guessed from a
//! capital alone is the place or company the word names with certainty
//! elsewhere in it (`in Orlando` … `Orlando mourned`).

use super::names::{is_article_name, Found};
use super::LARGE_CITY;
use super::{Entities, Evidence, Input, Mention, Name, Referent, Role};
use crate::gazetteer::{strip_possessive, title_case, FastMap, Label, WordClass, WordGroup};
use crate::hash::WordFilter;
use crate::span::Span;
use crate::token::{RawToken, TokenKind};
use std::borrow::Cow;
use std::ops::Range;

/// Where one word of the document's full names points: one person, or
/// several, the first of them named first.
#[derive(Clone, Copy)]
enum Owner {
    One(u32),
    Clash { first: u32 },
}

/// People of the document by one word of their full name (owned only for
/// a form the text may not spell: `Al-Tayeb` opening a sentence after
/// `Fatima al-Tayeb`).
struct NameIndex<'a>(FastMap<Cow<'a, str>, Owner>);

impl<'a> NameIndex<'a> {
    fn add(&mut self, word: &'a str, referent: u32) {
        self.add_key(Cow::Borrowed(strip_possessive(word)), referent);
    }

    fn add_key(&mut self, key: Cow<'a, str>, referent: u32) {
        self.0
            .entry(key)
            .and_modify(|s| {
                if let Owner::One(r) = *s {
                    if r != referent {
                        *s = Owner::Clash { first: r }
                    }
                }
            })
            .or_insert(Owner::One(referent));
    }

    fn get(&self, word: &str) -> Option<u32> {
        self.owner(strip_possessive(word))
    }

    fn owner(&self, key: &str) -> Option<u32> {
        match self.0.get(key) {
            Some(Owner::One(r)) => Some(*r),
            _ => None,
        }
    }

    /// The person named first of those `word` points to.
    fn first(&self, word: &str) -> Option<u32> {
        match self.0.get(strip_possessive(word)) {
            Some(Owner::One(r) | Owner::Clash { first: r }) => Some(*r),
            None => None,
        }
    }

    /// The words held, in a filter: a pass over every capitalised word of
    /// the document rules out most of them before the map is probed.
    fn filter(&self) -> WordFilter {
        WordFilter::new(self.0.keys().map(|w| w.as_bytes()))
    }

    /// [`NameIndex::get`] behind the index's own [`NameIndex::filter`],
    /// which is inlined at the caller: it settles most words.
    #[inline(always)]
    fn get_filtered(&self, filter: &WordFilter, word: &str) -> Option<u32> {
        let key = strip_possessive(word);
        if !filter.may_contain(key.as_bytes()) {
            return None;
        }
        self.owner(key)
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

struct Linker<'a> {
    text: &'a str,
    known: FastMap<u32, u32>,
    by_text: FastMap<(&'a str, Label), u32>,
    surnames: NameIndex<'a>,
    /// First words of full names: a given name alone (`Sean`, a vocative)
    /// is the person of the document who bears it.
    given_names: NameIndex<'a>,
    /// Places the document names by a name no other place bears.
    sure_places: FastMap<u32, ()>,
    /// The country most of the document's known places lie in.
    home_country: Option<&'a str>,
}

impl<'a> Linker<'a> {
    /// A surname several people of the story share (`Clinton` after
    /// `Hillary Clinton` and `Bill Clinton`): the one named first, among
    /// those of the gazetteer's first kind for the word when it knows it
    /// (a head of state before a relative: `Trump` is Donald Trump even
    /// after `Eric Trump`). A story names its subject first.
    fn shared_surname(
        &self,
        f: &Found<'_>,
        word: &str,
        gazetteer: &crate::gazetteer::Gazetteer,
    ) -> Option<u32> {
        let first = self.surnames.first(word)?;
        let Some(&top) = f.candidates.first() else {
            return Some(first);
        };
        let kind = &gazetteer.entry(top).subtype;
        f.candidates
            .iter()
            .take_while(|&&e| gazetteer.entry(e).subtype == *kind)
            .filter_map(|e| self.known.get(e).copied())
            .min()
    }

    /// `Luiz Inácio Lula da Silva … Lula told`: a word the rules took for
    /// a person no list vouched for is the known person of the story it is
    /// an alias of (the gazetteer holds back an ambiguous alias alone).
    fn known_by_alias(
        &self,
        f: &Found<'_>,
        word: &str,
        gazetteer: &crate::gazetteer::Gazetteer,
    ) -> Option<u32> {
        if !f.candidates.is_empty() || f.tokens.len() != 1 {
            return None;
        }
        gazetteer
            .get(strip_possessive(word))?
            .iter()
            .filter(|&&e| gazetteer.entry(e).label == Label::Person)
            .find_map(|e| self.known.get(e).copied())
    }

    fn referent(
        &mut self,
        out: &mut Entities,
        f: &Found<'_>,
        gazetteer: &crate::gazetteer::Gazetteer,
    ) -> u32 {
        let entry = f
            .candidates
            .iter()
            .copied()
            .find(|&e| gazetteer.entry(e).label == f.label);
        // `in Georgia` … `D-Ga.`: a name of places in several countries is
        // the one the document names with certainty elsewhere, or has
        // named already (`Manchester, N.H.` … `in Manchester`); but `New
        // York` stays the state after `New York City`.
        let entry = match entry {
            Some(first) if f.candidates.len() > 1 && f.label == Label::Location => f
                .candidates
                .iter()
                .copied()
                .find(|&e| {
                    (self.sure_places.contains_key(&e) || self.known.contains_key(&e))
                        && gazetteer.entry(e).label == Label::Location
                        && gazetteer.entry(e).country != gazetteer.entry(first).country
                })
                .or(entry),
            // `Speaker Johnson` in a story of US places: a name that known
            // people of several countries bear is the one of the
            // document's country; so is one of organisations (`Mumbai
            // (PTI)`: the Indian news agency, not the Pakistani party).
            Some(first)
                if f.candidates.len() > 1
                    && matches!(f.label, Label::Person | Label::Organization) =>
            {
                let home = |e: u32| {
                    self.home_country
                        .is_some_and(|home| *gazetteer.entry(e).country == *home)
                };
                if home(first) {
                    entry
                } else {
                    f.candidates
                        .iter()
                        .copied()
                        .find(|&e| gazetteer.entry(e).label == f.label && home(e))
                        .or(entry)
                }
            }
            _ => entry,
        };
        let next = out.referents.len() as u32;
        // Most mentions name a referent seen before: a lookup finds it,
        // and only a new one pays for an insertion.
        let id = match entry {
            Some(e) => match self.known.get(&e) {
                Some(&id) => id,
                None => *self.known.entry(e).or_insert(next),
            },
            None => {
                let key = (&self.text[f.span.range()], f.label);
                match self.by_text.get(&key) {
                    Some(&id) => id,
                    None => *self.by_text.entry(key).or_insert(next),
                }
            }
        };
        if id == next {
            out.referents.push(Referent {
                name: entry.map_or(Name::Text(f.span), Name::Known),
                label: f.label,
                gender: f.gender,
            });
        } else if out.referents[id as usize].gender.is_none() {
            out.referents[id as usize].gender = f.gender;
        }
        id
    }
}

/// The places named by a name no other place bears, read only when some
/// place's name has several senses to choose from. (A name that other
/// places bear is no such name, though the context chose one of them:
/// `Paris, Texas`.)
fn sure_places(input: &Input<'_>, found: &[Found<'_>]) -> FastMap<u32, ()> {
    let location = |f: &&Found<'_>| f.label == Label::Location;
    if !found
        .iter()
        .filter(location)
        .any(|f| f.candidates.len() > 1)
    {
        return FastMap::default();
    }
    found
        .iter()
        .filter(location)
        .filter(|f| {
            f.candidates.len() == 1
                && input
                    .gazetteer
                    .get(strip_possessive(&input.text[f.span.range()]))
                    .is_some_and(|all| all.len() == 1)
        })
        .map(|f| (f.candidates[0], ()))
        .collect()
}

/// The country that the most place mentions of the document lie in, if
/// any lies in one; read only when some known person's or organisation's
/// name is borne by ones of several countries.
fn home_country<'g>(input: &Input<'g>, found: &[Found<'_>]) -> Option<&'g str> {
    let country = |e: u32| &*input.gazetteer.entry(e).country;
    let needed = found.iter().any(|f| {
        matches!(f.label, Label::Person | Label::Organization)
            && f.candidates.len() > 1
            && f.candidates[1..]
                .iter()
                .any(|&e| country(e) != country(f.candidates[0]))
    });
    if !needed {
        return None;
    }
    // (Few countries to a document: a list beats a map.)
    let mut counts: Vec<(&'g str, usize)> = Vec::new();
    for f in found.iter().filter(|f| f.label == Label::Location) {
        if let Some(&e) = f.candidates.first() {
            let country = country(e);
            if country.is_empty() {
                continue;
            }
            match counts.iter_mut().find(|(c, _)| *c == country) {
                Some((_, n)) => *n += 1,
                None => counts.push((country, 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|&(_, n)| n).map(|(c, _)| c)
}

/// The first person of the document whose full name ends in `surname`
/// and who is of gender `gender`.
fn bearer_of_gender(
    input: &Input<'_>,
    out: &Entities,
    surname: &str,
    gender: crate::gazetteer::Gender,
) -> Option<u32> {
    let surname = strip_possessive(surname);
    out.referents
        .iter()
        .position(|r| {
            let name = match r.name {
                Name::Known(id) => &*input.gazetteer.entry(id).canonical,
                Name::Text(span) => &input.text[span.range()],
            };
            r.label == Label::Person
                && r.gender == Some(gender)
                && name.rsplit(' ').next() == Some(surname)
                && name.contains(' ')
        })
        .map(|k| k as u32)
}

fn map_for<K, V>(n: usize) -> FastMap<K, V> {
    FastMap::with_capacity_and_hasher(n, Default::default())
}

pub(crate) fn link<'g>(
    input: &Input<'g>,
    mut found: Vec<Found<'g>>,
    passed_over: &[Found<'g>],
    out: &mut Entities,
) {
    let text = input.text;
    clubs_by_their_city(input, &mut found);
    towns_described(input, &mut found);
    organisations_described(input, &mut found);
    let known_senses = known_senses(input, &found);
    let mut linker = Linker {
        text,
        // Sized for the document up front: growing four hash maps entry by
        // entry costs more than filling them on a typical article.
        known: map_for(found.len()),
        by_text: map_for(found.len()),
        surnames: NameIndex(map_for(found.len())),
        given_names: NameIndex(map_for(found.len())),
        sure_places: sure_places(input, &found),
        home_country: home_country(input, &found),
    };
    // About two mentions in five name a referent not named before: room
    // for that many spares growing the list on most documents.
    out.referents.reserve(found.len() / 2);
    // Full names first, so that a bare surname anywhere can find them.
    let mut referent_of = vec![u32::MAX; found.len()];
    let people = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.label == Label::Person);
    for (k, f) in people {
        let words = &text[f.span.range()];
        // A surname with its particle (`de Blasio`, `De Blasio said`) is
        // linked below, as a surname.
        if words.as_bytes().contains(&b' ') && !opens_with_particle(input, words) {
            let r = linker.referent(out, f, input.gazetteer);
            referent_of[k] = r;
            // `Robert Downey Jr.`: the surname is before the suffix.
            let surname = words_from_end(words)
                .find(|w| !input.lexicon.in_group(WordGroup::Generational, w))
                .map(|w| w.trim_end_matches(','));
            if let Some(last) = surname {
                linker.surnames.add(last, r);
                // `Fatima al-Tayeb` … `Al-Tayeb said`: the article is
                // capitalised where a sentence opens with the surname.
                let last = strip_possessive(last);
                if last.starts_with(char::is_lowercase) && is_article_name(input.lexicon, last) {
                    let mut chars = last.chars();
                    let capitalised: String = chars
                        .next()
                        .into_iter()
                        .flat_map(char::to_uppercase)
                        .chain(chars)
                        .collect();
                    linker.surnames.add_key(Cow::Owned(capitalised), r);
                }
                // `María Gabriela Urdaneta Salas`, `Nabil Haddad Saab`: in
                // a name of three words or more, the word before the last
                // may be the surname used alone (a father's, in Spanish),
                // unless a given name (`John Fitzgerald Kennedy`).
                let lex = input.lexicon;
                let mut before_last = words[..last.as_ptr() as usize - words.as_ptr() as usize]
                    .trim_end()
                    .rsplit(' ');
                let penultimate = before_last.next().filter(|_| before_last.next().is_some());
                if let Some(penultimate) = penultimate {
                    if penultimate.starts_with(char::is_uppercase)
                        && !penultimate.ends_with('.')
                        && !lex.class(penultimate).any(WordClass::GIVEN_NAME)
                        && !lex.in_group(WordGroup::NameParticle, penultimate)
                    {
                        linker.surnames.add(penultimate, r);
                    }
                }
                // `Bill de Blasio` is also `de Blasio`, `Joaquín de la
                // Fuente` `de la Fuente`.
                let at = last.as_ptr() as usize - words.as_ptr() as usize;
                let lex = input.lexicon;
                let particle_before = |end: usize| {
                    let before = words[..end].trim_end();
                    let from = before.rfind(' ').map_or(0, |k| k + 1);
                    let particle = &before[from..];
                    // (Capitalised as well, as Māori `Te` always is:
                    // `Aroha Te Whare-Ngata` is also `Te Whare-Ngata`.)
                    lex.in_group(WordGroup::NameParticle, particle)
                        .then_some((from, particle))
                };
                let mut opening = None;
                let mut end = at;
                for _ in 0..2 {
                    let Some((from, particle)) = particle_before(end) else {
                        break;
                    };
                    if lex.in_group_lower(WordGroup::OpeningParticle, particle) {
                        opening = Some(from);
                    }
                    end = from;
                }
                if let Some(from) = opening {
                    linker.surnames.add(&words[from..at + last.len()], r);
                }
            }
            // `Park Ji-won` … `Park said`: a Korean or Chinese family name
            // before a hyphenated given name comes first.
            let (first, rest) = words.split_once(' ').unwrap_or((words, ""));
            let lex = input.lexicon;
            let family_first = !rest.contains(' ')
                && rest.contains('-')
                && [WordGroup::KoreanFamilyName, WordGroup::ChineseFamilyName]
                    .iter()
                    .any(|&g| lex.in_group(g, first.as_bytes()));
            if family_first {
                linker.surnames.add(first, r);
            }
            linker.given_names.add(first_word(words), r);
        }
    }
    // Every surname is in: from here on, most words looked up are none, and
    // a filter turns them away before the map is probed.
    let surnames = linker.surnames.filter();
    let given_names = linker.given_names.filter();
    let stands_for = acronyms_named(input, &found);
    whole_double_barrelled_surnames(input, &linker, &surnames, &mut found);
    // The last words of the known organisations named so far, for the
    // companies that bear a person's name (`Eli Lilly` … `Lilly said`), and
    // the first words of all, when no English word (`Kessler Precision
    // Components` … `Kessler said`) or of a name found by its pattern
    // (`Harvest Foods Inc` … `Harvest said`).
    let mut organisations_by_word: FastMap<&str, u32> = FastMap::default();
    let mut organisations_by_tail: FastMap<&str, u32> = FastMap::default();
    for (k, f) in found.iter_mut().enumerate() {
        if referent_of[k] != u32::MAX {
            continue;
        }
        let word = &text[f.span.range()];
        // `Eli Lilly … Lilly said`: one word guessed to be a person that
        // ends a known organisation's name is that organisation, unless a
        // person of the story bears it or it is a frequent surname (`cited
        // Johnson, an heir to the Johnson & Johnson fortune`).
        if f.label == Label::Person
            && f.tokens.len() == 1
            && matches!(
                f.evidence,
                Evidence::Capitalised | Evidence::SpeechSubject | Evidence::GivenName
            )
            && !organisations_by_word.is_empty()
            && linker.surnames.first(word).is_none()
            && linker.given_names.get(word).is_none()
            && !input
                .lexicon
                .class(strip_possessive(word))
                .any(WordClass::FREQUENT_SURNAME)
        {
            if let Some(&r) = organisations_by_word.get(strip_possessive(word)) {
                f.label = Label::Organization;
                f.gender = None;
                referent_of[k] = r;
                continue;
            }
        }
        // `the Fair Housing Center (FHC)`, `the Rapid Support Forces … the
        // RSF`: the acronym, there and after, names what the words before
        // it name.
        if let Some(&name) = stands_for.get(&k) {
            let r = referent_of[name];
            referent_of[k] = r;
            linker.by_text.entry((word, f.label)).or_insert(r);
            continue;
        }
        // The person of the document whose surname the word is, if any:
        // asked only of the few mentions that may be one.
        let doc_surname = || linker.surnames.get_filtered(&surnames, word);
        // A guessed place takes only a company's sense (`a stake in
        // Valeant` … `its position in Valeant`).
        if let Some((label, candidates)) = known_senses
            .as_ref()
            .filter(|_| takes_sense(input, f))
            .and_then(|senses| senses.of(input, strip_possessive(word)))
            .filter(|&(label, _)| {
                f.label == Label::Person
                    || (f.label == Label::Location && label == Label::Organization)
            })
        {
            if doc_surname().is_none() && linker.given_names.get(word).is_none() {
                f.label = label;
                f.evidence = if candidates.is_empty() {
                    Evidence::NamePattern
                } else {
                    Evidence::Gazetteer
                };
                f.candidates = candidates;
                f.gender = None;
            }
        }
        if let Some(r) = name_not_city(input, &linker, (&surnames, &given_names), f, word) {
            f.label = Label::Person;
            referent_of[k] = r;
            continue;
        }
        // `around Kasich`: a word guessed to be a place after a preposition
        // is the surname of a person of the document.
        if f.label == Label::Location
            && matches!(f.evidence, Evidence::Capitalised | Evidence::Coordinated)
            && f.tokens.len() == 1
            && doc_surname().is_some()
        {
            f.label = Label::Person;
        }
        // `Jorge Haddad … his son, Karim Haddad … Haddad said`: a surname
        // several people of the document bear is the first of them, not
        // a known person the document does not name (Fernando Haddad).
        // (`Joel Hartigan … his mother, Denise Hartigan … Ms Hartigan`: a
        // title's gender picks the first bearer of that gender.)
        let first_bearer = || {
            let known_named = f
                .candidates
                .first()
                .is_some_and(|e| linker.known.contains_key(e));
            let first = (f.tokens.len() == 1 && !known_named)
                .then(|| linker.surnames.first(word))
                .flatten()?;
            f.gender
                .filter(|&g| out.referents[first as usize].gender != Some(g))
                .and_then(|g| bearer_of_gender(input, out, word, g))
                .or(Some(first))
        };
        let person = (f.label == Label::Person)
            .then(|| {
                doc_surname()
                    .or_else(first_bearer)
                    .or_else(|| linker.given_names.get(word))
                    .or_else(|| {
                        // `RAMOS:` in a transcript is the Jorge Ramos of the
                        // story.
                        let shouted = word.len() > 1
                            && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'-');
                        shouted
                            .then(|| linker.surnames.get(&title_case(word)))
                            .flatten()
                    })
                    .or_else(|| {
                        // `De Blasio said`: the particle is capitalised only
                        // to open the sentence.
                        if !word.contains(' ') || !opens_with_particle(input, word) {
                            return None;
                        }
                        let first = word.chars().next().filter(|c| c.is_uppercase())?;
                        let lowered: String = first
                            .to_lowercase()
                            .chain(word[first.len_utf8()..].chars())
                            .collect();
                        linker.surnames.get(&lowered)
                    })
                    .or_else(|| linker.shared_surname(f, word, input.gazetteer))
                    .or_else(|| linker.known_by_alias(f, word, input.gazetteer))
            })
            .flatten();
        // `the Philippine Coast Guard … the Coast Guard`, `the Texas
        // Supreme Court … the Supreme Court`: a known name of two words or
        // more that ends an organisation's name found before is that one
        // (not a party's: after `the Vermont Democratic Party`, `the
        // Democratic Party` is the nation's).
        let tail_of_earlier = || {
            let party = || {
                f.candidates
                    .first()
                    .is_some_and(|&e| &*input.gazetteer.entry(e).subtype == "party")
            };
            (f.label == Label::Organization
                && f.evidence == Evidence::Gazetteer
                && f.tokens.len() > 1
                && !organisations_by_tail.is_empty()
                && !party())
            .then(|| organisations_by_tail.get(strip_possessive(word)).copied())
            .flatten()
        };
        referent_of[k] = match person {
            Some(r) => r,
            None => tail_of_earlier().unwrap_or_else(|| linker.referent(out, f, input.gazetteer)),
        };
        if f.label == Label::Organization && f.tokens.len() > 1 {
            let name = strip_possessive(word);
            // Its tails of two words or more (`Coast Guard` of `Philippine
            // Coast Guard`).
            let mut tail = name;
            while let Some((_, rest)) = tail.split_once(' ') {
                if !rest.contains(' ') {
                    break;
                }
                organisations_by_tail.insert(rest, referent_of[k]);
                tail = rest;
            }
            if let Some(last) = name
                .rsplit(' ')
                .next()
                .filter(|_| f.evidence == Evidence::Gazetteer)
            {
                organisations_by_word.insert(last, referent_of[k]);
            }
            // (Not a place's or a given name: `Orlando Sentinel`, `Marion
            // Avenue Baptist Church`; but a rare given name before one head
            // word found by its pattern is the name's own: `Arden
            // Semiconductor`.)
            let lex = input.lexicon;
            let two_words = || f.evidence == Evidence::NamePattern && f.tokens.len() == 2;
            let first = name.split(' ').next().filter(|&w| {
                let class = lex.class(w);
                (!lex.is_english_word(w)
                    || f.evidence == Evidence::NamePattern && !class.any(WordClass::AFFILIATION))
                    && (!class.any(WordClass::GIVEN_NAME)
                        || (!class.any(WordClass::COMMON_GIVEN_NAME) && two_words()))
                    && input.gazetteer.get(w).is_none()
            });
            if let Some(first) = first {
                organisations_by_word.entry(first).or_insert(referent_of[k]);
            }
        }
    }
    // Room for the few bare surnames added at the end too, so that adding
    // them does not copy every mention.
    out.mentions.reserve(found.len() + found.len() / 32);
    // Extended rather than pushed one by one: no test of the list's room
    // per mention.
    let mentions = found.into_iter().zip(referent_of).map(|(f, referent)| {
        if let Some((head, span)) = f.role {
            out.roles.push(Role {
                head,
                span,
                referent,
            });
        }
        Mention {
            span: f.span,
            tokens: f.tokens,
            label: f.label,
            referent,
            evidence: f.evidence,
        }
    });
    out.mentions.extend(mentions);
    bare_names(input, &linker, (&surnames, &given_names), out);
    same_sense(input, passed_over, out);
    unknown_names_again(input, &linker, out);
}

/// Records that `word` names the company of mention `m`, where it is first
/// named; a word that names two companies names neither.
fn name_company<'t>(
    words: &mut FastMap<&'t str, Option<(u32, usize)>>,
    word: &'t str,
    m: &Mention,
) {
    words
        .entry(word)
        .and_modify(|r| {
            if r.map(|(referent, _)| referent) != Some(m.referent) {
                *r = None
            }
        })
        .or_insert(Some((m.referent, m.span.end)));
}

/// One sense per document, for the words no list knows: a one-word
/// organisation or place named by what is said of it (`Zelvatech, the
/// software maker, said`) is named again by the same word wherever the
/// rules passed it over (`Zelvatech joins`, `a Zelvatech spokesperson`),
/// if it is no English word, stop word or census name, and not next to
/// another capitalised word. So is a company by the first word of a name
/// its pattern found (`Hanbit Semiconductor Co` … `Hanbit shares fell`),
/// when no person of the document bears the word; an English word
/// (`Orchid Microsystems` … `a third of Orchid's sales`, `the start-up
/// Cadence` … `Cadence said`) only inside a sentence, where its capital is
/// the name's, or before a speech verb.
fn unknown_names_again(input: &Input<'_>, linker: &Linker<'_>, out: &mut Entities) {
    let text = input.text;
    let lex = input.lexicon;
    let mut named: FastMap<&str, Option<(u32, Label)>> = FastMap::default();
    let mut first_words: FastMap<&str, Option<(u32, usize)>> = FastMap::default();
    // The English words that name a company by themselves, which may be
    // census names too (`Quarry, a start-up`): read again as first words,
    // unless a longer name opens with the word (`the startup Kestrel` …
    // `Kestrel Fusion Systems`), whose company it then is.
    let mut named_words: FastMap<&str, Option<(u32, usize)>> = FastMap::default();
    for m in &out.mentions {
        let name = &text[m.span.range()];
        if m.label == Label::Person
            || m.evidence != Evidence::NamePattern
            || !matches!(out.referents[m.referent as usize].name, Name::Text(_))
        {
            continue;
        }
        if m.tokens.len() != 1 {
            // (Not `Oklahomans for Fair Lending`: a word before a connector
            // is no name of its own.)
            let first = name
                .split_once(' ')
                .filter(|(_, rest)| rest.starts_with(|c: char| c.is_uppercase()))
                .map(|(first, _)| first);
            if let Some(first) = first.filter(|_| m.label == Label::Organization) {
                name_company(&mut first_words, first, m);
            }
            continue;
        }
        let word = name;
        // An English word named as a company (`the start-up Cadence`) is
        // read again as a first word is, only where its capital is the
        // name's.
        if m.label == Label::Organization && lex.is_english_word(word) {
            name_company(&mut named_words, word, m);
        }
        let sense = Some((m.referent, m.label));
        // A word named two ways is left alone.
        named
            .entry(word)
            .and_modify(|s| {
                if *s != sense {
                    *s = None
                }
            })
            .or_insert(sense);
    }
    for (&word, &sense) in &named_words {
        first_words.entry(word).or_insert(sense);
    }
    let unlisted = |w: &str| {
        !lex.class(w)
            .any(WordClass::STOPWORD | WordClass::CENSUS | WordClass::DEMONYM)
    };
    named.retain(|w, s| s.is_some() && !lex.is_english_word(w) && unlisted(w));
    // The company a first word names, where it is first named, and whether
    // the word is an English one.
    let first_words: FastMap<&str, (u32, usize, bool)> = first_words
        .into_iter()
        .filter_map(|(w, r)| {
            // (`EB-5 Investment Coalition` … `the EB-5 program`: a code
            // names the programme, not the company.)
            let code = w
                .as_bytes()
                .windows(2)
                .any(|p| p[0] == b'-' && p[1].is_ascii_digit());
            let kept = w.len() > 2
                && !code
                && w.starts_with(|c: char| c.is_uppercase())
                && !named.contains_key(w)
                && linker.surnames.get(w).is_none()
                && linker.given_names.get(w).is_none()
                && (unlisted(w)
                    || (named_words.contains_key(w)
                        && !lex.class(w).any(WordClass::STOPWORD | WordClass::DEMONYM)))
                && !lex.class(w).any(WordClass::AFFILIATION)
                && input.gazetteer.get(w).is_none();
            let (referent, named_at) = r.filter(|_| kept)?;
            Some((w, (referent, named_at, lex.is_english_word(w))))
        })
        .collect();
    if named.is_empty() && first_words.is_empty() {
        return;
    }
    let filter = WordFilter::new(named.keys().chain(first_words.keys()).map(|w| w.as_bytes()));
    let capital_word = |t: Option<&RawToken>| {
        t.is_some_and(|t| t.is_word() && t.is_capitalised() && !lex.is_stopword(&text[t.range()]))
    };
    let capital = |t: Option<&RawToken>| t.is_some_and(|t| t.is_word() && t.is_capitalised());
    let before_is =
        |i, group| token_before(input, i).is_some_and(|t| lex.in_group(group, &text[t.range()]));
    let after_is =
        |i, group| token_after(input, i).is_some_and(|t| lex.in_group(group, &text[t.range()]));
    // `Orchid is`, `Orchid stock`, `at Orchid.`, but not `Orthodox family`:
    // an English word is the company's name as a noun on its own.
    let stands_alone = |t: Option<&RawToken>| {
        t.map_or(true, |t| {
            let next = &text[t.range()];
            !t.is_word()
                || [
                    WordGroup::Auxiliary,
                    WordGroup::FunctionWord,
                    WordGroup::CompanyNoun,
                    WordGroup::BetweenSubjectAndVerb,
                ]
                .into_iter()
                .any(|group| lex.in_group(group, next))
                || lex.is_speech_verb_any_case(next)
        })
    };
    // `Shares of Lantern rose`, `the stake of Orchid`: a company's own
    // noun and `of` before the word.
    let of_company_noun = |i: usize| {
        let mut before = input.tokens[..i].iter().rev().filter(|t| !t.is_space());
        before.next().is_some_and(|t| &text[t.range()] == "of")
            && before
                .next()
                .is_some_and(|t| lex.in_group(WordGroup::CompanyNoun, &text[t.range()]))
    };
    // `Lantern said it would`: a singular noun with no determiner is no
    // subject, save as a name (`Officials said` is a plural's).
    let speaks_first = |i: usize, stem: &str| {
        !stem.ends_with('s') && text_after(input, i).is_some_and(|w| lex.is_speech_verb_any_case(w))
    };
    let inside_sentence = |t: Option<&RawToken>| {
        t.is_some_and(|t| {
            (t.is_word() && !t.is_capitalised())
                || t.kind == TokenKind::Number
                || &text[t.range()] == ","
        })
    };
    let mut added = Vec::new();
    for between in between_mentions(&out.mentions, input.tokens.len()) {
        for (i, t) in between.clone().zip(&input.tokens[between]) {
            if !t.is_capitalised() || !t.is_word() {
                continue;
            }
            let stem = strip_possessive(&text[t.range()]);
            if !filter.may_contain(stem.as_bytes()) {
                continue;
            }
            let (referent, label) = match (named.get(stem), first_words.get(stem)) {
                (Some(&Some(sense)), _) => sense,
                // (Not before the company is named: `the new capital,
                // Nusantara` before `the Nusantara Capital Authority`; nor
                // after a preposition of place: `on Arran`.)
                (None, Some(&(referent, named_at, english)))
                    if t.start() > named_at
                        && !capital(token_after(input, i))
                        && !before_is(i, WordGroup::LocativePreposition)
                        && !after_is(i, WordGroup::PlaceNoun)
                        && (!english
                            || speaks_first(i, stem)
                            || inside_sentence(token_before(input, i))
                                && !before_is(i, WordGroup::Determiner)
                                && (stem.len() < t.len()
                                    || stands_alone(token_after(input, i))
                                    || of_company_noun(i))) =>
                {
                    (referent, Label::Organization)
                }
                _ => continue,
            };
            if capital_word(token_before(input, i)) || capital_word(token_after(input, i)) {
                continue;
            }
            added.push(Mention {
                span: Span::new(t.start(), t.start() + stem.len()),
                tokens: i..i + 1,
                label,
                referent,
                evidence: Evidence::SameSense,
            });
        }
    }
    add_mentions(out, added);
}

/// The mentions that acronyms stand for, as a map from the acronym's index
/// into `found` to the name's. An unknown acronym that the document
/// defines stands for the name in brackets right before it (`the Fair
/// Housing Center (FHC)`) or before `, or` (`the Swiss People's Party, or
/// SVP,`); any acronym stands for the latest name of the same label
/// before it whose capitalised words it spells (`the paramilitary Rapid
/// Support Forces` … `RSF`, not the press group the gazetteer knows by
/// those letters), if the gazetteer knows that name when it knows the
/// acronym.
fn acronyms_named(input: &Input<'_>, found: &[Found<'_>]) -> FastMap<usize, usize> {
    let tokens = input.tokens;
    let text_of = |i: usize| &input.text[tokens[i].range()];
    let mut stands_for = FastMap::default();
    // Names of several words by their initials, latest last.
    let mut by_initials: FastMap<(u64, Label), usize> = map_for(found.len() / 8);
    for (k, acronym) in found.iter().enumerate() {
        let word = &input.text[acronym.span.range()];
        let shape = acronym.tokens.len() == 1
            && (2..=8).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_uppercase());
        if !shape {
            // (People go by their names: `JFK` is the gazetteer's.)
            if let Some(key) = (acronym.label != Label::Person)
                .then(|| initials(input, acronym))
                .flatten()
            {
                by_initials.insert((key, acronym.label), k);
            }
            continue;
        }
        // An acronym the gazetteer knows keeps its sense unless the name
        // is known too (`GOP` stays the party after a `Growth and
        // Opportunity Project`).
        if let Some(&name) = by_initials
            .get(&(letters(word.as_bytes()), acronym.label))
            .filter(|&&name| acronym.candidates.is_empty() || !found[name].candidates.is_empty())
        {
            stands_for.insert(k, name);
            continue;
        }
        let Some(name) = k.checked_sub(1).map(|n| &found[n]) else {
            continue;
        };
        if !acronym.candidates.is_empty() || acronym.label != name.label {
            continue;
        }
        let (a, end) = (acronym.tokens.start, name.tokens.end);
        let between: Vec<&str> = (end..a)
            .filter(|&i| !tokens[i].is_space())
            .map(text_of)
            .collect();
        let bracketed = between == ["("]
            && tokens
                .get(a + 1)
                .is_some_and(|t| &input.text[t.range()] == ")");
        if bracketed || between == [",", "or"] {
            stands_for.insert(k, k - 1);
        }
    }
    stands_for
}

/// The first letters of the capitalised words of a name of two to eight
/// words, as [`letters`] packs them (`Rapid Support Forces` → `RSF`);
/// lower-case words (`of`, `and`) and marks are passed over.
fn initials(input: &Input<'_>, f: &Found<'_>) -> Option<u64> {
    let mut word_starts = [0u8; 8];
    let mut n = 0;
    for t in &input.tokens[f.tokens.clone()] {
        if !t.is_word() || !t.is_capitalised() {
            continue;
        }
        let first = input.text.as_bytes()[t.start()];
        if n == word_starts.len() || !first.is_ascii_uppercase() {
            return None;
        }
        word_starts[n] = first;
        n += 1;
    }
    (n >= 2).then(|| letters(&word_starts[..n]))
}

/// Up to eight ASCII letters packed into one key.
fn letters(word: &[u8]) -> u64 {
    word.iter().fold(0, |key, &b| key << 8 | b as u64)
}

/// One sense per document: the one-word places and organisations named
/// with certainty somewhere in the document, by the gazetteers (`in
/// Orlando`) or by what is said of them (`Zelvo's shares`).
struct Senses<'a> {
    /// Known names, by the address of the end of their list of candidate
    /// entries, which the gazetteer gives for the name wherever it is
    /// written: a mention keeps the end of the list when it passes over a
    /// doubtful first sense (`Chelsea` the club before the district).
    known: FastMap<usize, Label>,
    /// Names no gazetteer knows, by their text.
    unknown: FastMap<&'a str, Label>,
}

impl Senses<'_> {
    /// The sense of `word`, with its candidate entries if it is known.
    fn of<'g>(&self, input: &Input<'g>, word: &str) -> Option<(Label, &'g [u32])> {
        if let Some(&label) = self.unknown.get(word) {
            return Some((label, &[]));
        }
        let candidates = input.gazetteer.get(word)?;
        let label = *self.known.get(&(candidates.as_ptr_range().end as usize))?;
        Some((label, candidates))
    }
}

/// The document's [`Senses`]; none when no name was guessed from a
/// capital alone, as there is then nothing to settle.
fn known_senses<'a>(input: &Input<'a>, found: &[Found<'_>]) -> Option<Senses<'a>> {
    let text = input.text;
    if !found.iter().any(|f| takes_sense(input, f)) {
        return None;
    }
    let mut senses = Senses {
        known: FastMap::default(),
        unknown: FastMap::default(),
    };
    for f in found
        .iter()
        .filter(|f| f.label != Label::Person && f.tokens.len() == 1)
    {
        match f.evidence {
            Evidence::Gazetteer if !f.candidates.is_empty() => {
                senses
                    .known
                    .insert(f.candidates.as_ptr_range().end as usize, f.label);
            }
            Evidence::NamePattern if f.candidates.is_empty() => {
                senses
                    .unknown
                    .insert(strip_possessive(&text[f.span.range()]), f.label);
            }
            _ => {}
        }
    }
    Some(senses)
}

/// Does the name open with a particle (`de Blasio`, `De Blasio`)?
fn opens_with_particle(input: &Input<'_>, name: &str) -> bool {
    input
        .lexicon
        .in_group_lower(WordGroup::OpeningParticle, first_word(name))
}

/// The name up to its first space: `name.split(' ').next()`, byte by
/// byte, as names are shorter than the set-up of the search `str::split`
/// makes.
fn first_word(name: &str) -> &str {
    match name.as_bytes().iter().position(|&b| b == b' ') {
        Some(k) => &name[..k],
        None => name,
    }
}

/// The words of a name, last first: `name.rsplit(' ')`, byte by byte.
fn words_from_end(name: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(name);
    std::iter::from_fn(move || {
        let words = rest?;
        match words.as_bytes().iter().rposition(|&b| b == b' ') {
            Some(k) => {
                rest = Some(&words[..k]);
                Some(&words[k + 1..])
            }
            None => {
                rest = None;
                Some(words)
            }
        }
    })
}

/// `Ellis-Carter said` after `DeShawn Ellis-Carter`: a known person's name
/// inside a hyphenated word is no one there when the whole word is the
/// surname of a person of the document, and no other name is inside it
/// (`Trump-Putin`): the mention becomes the whole word.
fn whole_double_barrelled_surnames(
    input: &Input<'_>,
    linker: &Linker<'_>,
    surnames: &WordFilter,
    found: &mut [Found<'_>],
) {
    let text = input.text;
    for k in 0..found.len() {
        let f = &found[k];
        if f.label != Label::Person || f.tokens.len() != 1 {
            continue;
        }
        let token = input.tokens[f.tokens.start].range();
        let whole = Span::new(
            token.start,
            token.start + strip_possessive(&text[token]).len(),
        );
        let shares_its_word = (k > 0 && found[k - 1].tokens == f.tokens)
            || found.get(k + 1).is_some_and(|n| n.tokens == f.tokens);
        if whole == f.span
            || shares_its_word
            || linker
                .surnames
                .get_filtered(surnames, &text[whole.range()])
                .is_none()
        {
            continue;
        }
        let f = &mut found[k];
        f.span = whole;
        f.evidence = Evidence::Surname;
        f.candidates = &[];
        f.gender = None;
    }
}

/// `Robert Downey Jr. … Downey said`: a city's name that is the surname of
/// a person of the document, or a given name neither an English word nor
/// a surname (`Unai Emery … Unai has done`), is that person, unless a preposition of place
/// comes before it (`in Downey`, but not `to Downey`, and not before a
/// possessive) or the city is a large one. Any known
/// name that is such a surname, or any given name, is the person when it
/// speaks (`Rep. Steve Israel … Israel said`, `Mayor Don Guardian … said
/// Guardian,`, `Sofia Ramirez … Sofia said`).
fn name_not_city(
    input: &Input<'_>,
    linker: &Linker<'_>,
    (surnames, given_names): (&WordFilter, &WordFilter),
    f: &Found<'_>,
    word: &str,
) -> Option<u32> {
    if f.label == Label::Person || f.evidence != Evidence::Gazetteer || f.tokens.len() != 1 {
        return None;
    }
    // (`organizers in Cleveland say`: the place's people speak.)
    let speaking = speaks(input, f.tokens.start)
        && !text_before(input, f.tokens.start)
            .is_some_and(|w| input.lexicon.in_group(WordGroup::PlacePreposition, w));
    let r = linker.surnames.get_filtered(surnames, word).or_else(|| {
        linker
            .given_names
            .get_filtered(given_names, word)
            // Not a surname American places are named after (`Cleveland`),
            // unless it speaks (`Sofia Ramirez … Sofia said`).
            .filter(|_| {
                let lex = input.lexicon;
                speaking || (!lex.class(word).any(WordClass::SURNAME) && !lex.is_english_word(word))
            })
    })?;
    if speaking {
        return Some(r);
    }
    if f.label != Label::Location {
        return None;
    }
    // A large city is named far more often for itself (`Paris`).
    let city = f.candidates.first().is_some_and(|&e| {
        let e = input.gazetteer.entry(e);
        &*e.subtype == "city" && e.population < LARGE_CITY
    });
    // `to` and `from` take people as often (`apologized to Carson`); a
    // possessive is the person's (`in Carson's case`).
    let after_preposition = text_before(input, f.tokens.start).is_some_and(|w| {
        !matches!(w, "to" | "from") && input.lexicon.in_group(WordGroup::PlacePreposition, w)
    });
    let possessive = f.span.end < input.tokens[f.tokens.start].end();
    (city && (possessive || !after_preposition)).then_some(r)
}

/// Is the name at token `i` the subject of a speech verb right after it
/// (`Israel said`), or set off after one (`said Guardian,`)?
fn speaks(input: &Input<'_>, i: usize) -> bool {
    let lex = input.lexicon;
    let next = text_after(input, i);
    next.is_some_and(|w| lex.is_reporting_verb(w))
        || (text_before(input, i).is_some_and(|w| lex.is_reporting_verb(w))
            && next.map_or(true, |w| matches!(w, "," | ".")))
}

/// A given name alone (`I would not support Bernie`) is the one person of
/// the document who bears it, if it is no English word (`Will`, `Mark`)
/// and stands apart from other capitals (`a Karl Rove attack`, `the Star
/// of David`) and from tags (`#Bernie`).
fn bare_given_name(input: &Input<'_>, linker: &Linker<'_>, i: usize, word: &str) -> Option<u32> {
    let r = linker.given_names.get(word)?;
    let capital = |t: &RawToken| t.is_word() && t.is_capitalised();
    let apart = token_before(input, i).map_or(true, |p| {
        // (`an Oscar` after `Oscar de la Renta` is the award.)
        !capital(p) && !matches!(&input.text[p.range()], "of" | "#" | "@" | "a" | "an")
    }) && token_after(input, i).map_or(true, |n| !capital(n));
    // (Nor a demonym, `Floridians`, or run-together words, `FlagShareSara`,
    // that the rules took for the first word of a name.)
    let lex = input.lexicon;
    let plain = !word.chars().skip(1).any(char::is_uppercase)
        && !lex
            .class(word)
            .any(WordClass::DEMONYM | WordClass::STOPWORD);
    (apart && plain && !lex.is_english_word(word)).then_some(r)
}

/// May `f` take the sense the document gives its word elsewhere: a name
/// guessed from its capital, or a given name alone after a preposition of
/// place (`shelters in Ada`, where the document calls Ada a city)?
fn takes_sense(input: &Input<'_>, f: &Found<'_>) -> bool {
    f.is_guessed()
        || (f.label == Label::Person
            && f.evidence == Evidence::GivenName
            && f.tokens.len() == 1
            && text_before(input, f.tokens.start)
                .is_some_and(|w| input.lexicon.in_group(WordGroup::PlacePreposition, w)))
}

/// `the Chiefs … Kansas City lost to Denver`, `the Nuggets … Boston beat
/// Denver`: in a document that names a club, a known place whose name
/// opens the club's is the club next to a word of a match or a team's
/// people (`Kansas City lost`, `against Denver`, `Boston fans`), not
/// elsewhere (`Miami is home to …`).
/// `Emerson, a small border town, … levels at Emerson`: a known company's
/// name that an apposition calls a place names that place throughout the
/// document.
fn towns_described(input: &Input<'_>, found: &mut [Found<'_>]) {
    let text = input.text;
    let described = |f: &Found<'_>| {
        f.label == Label::Location
            && f.evidence == Evidence::NamePattern
            && f.tokens.len() == 1
            && input.gazetteer.get(&text[f.span.range()]).is_some()
    };
    // Rare: most documents have none, and the search ends here.
    let Some(first) = found.iter().position(described) else {
        return;
    };
    let mut towns: Vec<&str> = found[first..]
        .iter()
        .filter(|f| described(f))
        .map(|f| &text[f.span.range()])
        .collect();
    towns.dedup();
    for f in found.iter_mut() {
        if f.label == Label::Organization
            && f.evidence == Evidence::Gazetteer
            && f.tokens.len() == 1
            && towns.contains(&strip_possessive(&text[f.span.range()]))
        {
            f.label = Label::Location;
            f.evidence = Evidence::NamePattern;
            f.candidates = &[];
        }
    }
}

/// `at Kenya Power, the state electricity distributor,`: a name of two
/// words or more that what is said of it makes an organisation is that
/// organisation wherever its shape alone made it a person (`Kenya Power
/// said`, `Kenya` being a given name too).
fn organisations_described(input: &Input<'_>, found: &mut [Found<'_>]) {
    let text = input.text;
    let described = |f: &Found<'_>| {
        f.label == Label::Organization
            && f.evidence == Evidence::NamePattern
            && text[f.span.range()].contains(' ')
    };
    // Rare: most documents have none, and the search ends here.
    if !found.iter().any(described) {
        return;
    }
    let organisations: FastMap<&str, ()> = found
        .iter()
        .filter(|f| described(f))
        .map(|f| (&text[f.span.range()], ()))
        .collect();
    for f in found.iter_mut() {
        if f.label == Label::Person
            && matches!(f.evidence, Evidence::GivenName | Evidence::Capitalised)
            && organisations.contains_key(strip_possessive(&text[f.span.range()]))
        {
            f.label = Label::Organization;
            f.evidence = Evidence::NamePattern;
            f.gender = None;
        }
    }
}

fn clubs_by_their_city<'g>(input: &Input<'g>, found: &mut [Found<'g>]) {
    let gazetteer = input.gazetteer;
    let lex = input.lexicon;
    // Each club's entries, the club first, as its mention holds them.
    let mut clubs: Vec<&'g [u32]> = found
        .iter()
        .filter(|f| f.label == Label::Organization)
        .filter(|f| {
            f.candidates
                .first()
                .is_some_and(|&e| &*gazetteer.entry(e).subtype == "club")
        })
        .map(|f| f.candidates)
        .collect();
    if clubs.is_empty() {
        return;
    }
    clubs.sort_unstable_by_key(|c| c[0]);
    clubs.dedup_by_key(|c| c[0]);
    let sporting = |f: &Found<'_>| {
        let word_after = |group: WordGroup| {
            text_after(input, f.tokens.end - 1).is_some_and(|w| lex.in_group(group, w))
        };
        word_after(WordGroup::MatchWord)
            || word_after(WordGroup::TeamRole)
            || text_before(input, f.tokens.start)
                .is_some_and(|w| lex.in_group(WordGroup::MatchWord, w))
    };
    for f in found.iter_mut() {
        if f.label != Label::Location || f.evidence != Evidence::Gazetteer || !sporting(f) {
            continue;
        }
        let place = input.text[f.span.range()].as_bytes();
        let club = clubs.iter().find(|c| {
            let name = gazetteer.entry(c[0]).canonical.as_bytes();
            name.len() > place.len() && name.starts_with(place) && name[place.len()] == b' '
        });
        if let Some(&club) = club {
            f.label = Label::Organization;
            f.candidates = club;
            f.gender = None;
        }
    }
}

/// The text of the visible token before token `i`.
fn text_before<'t>(input: &Input<'t>, i: usize) -> Option<&'t str> {
    token_before(input, i).map(|t| &input.text[t.range()])
}

/// The visible token before token `i`.
fn token_before<'a>(input: &Input<'a>, i: usize) -> Option<&'a RawToken> {
    input.tokens[..i].iter().rev().find(|t| !t.is_space())
}

/// The text of the visible token after token `i`.
fn text_after<'t>(input: &Input<'t>, i: usize) -> Option<&'t str> {
    token_after(input, i).map(|t| &input.text[t.range()])
}

/// The visible token after token `i`.
fn token_after<'a>(input: &Input<'a>, i: usize) -> Option<&'a RawToken> {
    input.tokens[i + 1..].iter().find(|t| !t.is_space())
}

/// Surnames and given names the rules passed over (`Hannity outlined …` at
/// the start of a sentence, `I would not support Bernie`) that name a
/// person of this document.
fn bare_names(
    input: &Input<'_>,
    linker: &Linker<'_>,
    (surnames, given_names): (&WordFilter, &WordFilter),
    out: &mut Entities,
) {
    if linker.surnames.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for between in between_mentions(&out.mentions, input.tokens.len()) {
        for (i, t) in between.clone().zip(&input.tokens[between]) {
            // The capital first: one test rules out most tokens.
            if !t.is_capitalised() || !t.is_word() {
                continue;
            }
            let word = &input.text[t.range()];
            let stem = strip_possessive(word);
            // The document's few names first: most words are none, and the
            // stop-word list is far larger. A surname two people share
            // (`Fiorina` after `Carly` and `Frank Fiorina`) is still a
            // person's: the one named first, as for the names found.
            let found = if surnames.may_contain(stem.as_bytes()) {
                linker.surnames.first(stem).map(|r| (r, Evidence::Surname))
            } else if given_names.may_contain(stem.as_bytes()) {
                bare_given_name(input, linker, i, stem).map(|r| (r, Evidence::GivenName))
            } else {
                continue;
            };
            let Some((r, evidence)) = found else {
                continue;
            };
            // After a particle the rules did not take with it (`Del
            // Frisco's` as a restaurant), the surname is part of another name.
            let in_other_name = i.checked_sub(1).is_some_and(|p| {
                let p = &input.tokens[p];
                p.is_word()
                    && p.is_capitalised()
                    && input
                        .lexicon
                        .in_group(WordGroup::NameParticle, &input.text[p.range()])
            });
            // A surname that is also a closed-class word (`May`, `Will`) or
            // a demonym (`Cuban`) is the person only as a speaker or an
            // owner (`May said`, `Cuban's team`), not in `in May`, `Will it
            // pass?` or `Cuban exiles`, nor at the end of another name
            // (`Andrean High's principal`).
            let after_capital =
                || token_before(input, i).is_some_and(|t| t.is_word() && t.is_capitalised());
            let person_like = || speaks(input, i) || (stem.len() < word.len() && !after_capital());
            let also_a_word = || {
                input
                    .lexicon
                    .class(stem)
                    .any(WordClass::STOPWORD | WordClass::DEMONYM)
            };
            if !in_other_name && (!also_a_word() || person_like()) {
                added.push(Mention {
                    span: Span::new(t.start(), t.start() + stem.len()),
                    tokens: i..i + 1,
                    label: Label::Person,
                    referent: r,
                    evidence,
                });
            }
        }
    }
    add_mentions(out, added);
}

/// Adds mentions found between the others, keeping them in text order (a
/// stable sort of two sorted runs: linear).
fn add_mentions(out: &mut Entities, added: Vec<Mention>) {
    if !added.is_empty() {
        out.mentions.extend(added);
        out.mentions.sort_by_key(|m| m.span.start);
    }
}

/// The stretches of tokens between the (sorted) mentions and after the
/// last, up to `end`: the bare-name rules read them with no mention test
/// per token.
fn between_mentions(mentions: &[Mention], end: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut from = 0;
    mentions
        .iter()
        .map(|m| m.tokens.clone())
        .chain(std::iter::once(end..end))
        .map(move |mention| {
            let between = from..mention.start.max(from);
            from = from.max(mention.end);
            between
        })
}

/// One sense per document, for the words the rules passed over: a one-word
/// place or organisation left out for want of evidence (`the Orlando
/// shooting`, `cost Ford`) is the referent the same word, or a longer name
/// of the same sense, names with certainty elsewhere in the document (`in
/// Orlando`, `Ford Motor Co.`); not as a sentence's first word, nor next to
/// another capitalised word (`Orlando Magic`), nor exclaimed (`Nice!`).
fn same_sense(input: &Input<'_>, passed_over: &[Found<'_>], out: &mut Entities) {
    if passed_over.is_empty() {
        return;
    }
    let text = input.text;
    let tokens = input.tokens;
    // The words passed over, then the referent each names with certainty
    // (`None` for a word with no such referent, or two).
    let mut sure: FastMap<&str, Option<(u32, Label)>> = passed_over
        .iter()
        .map(|f| (&text[f.span.range()], None))
        .collect();
    // The senses each word passed over may have (`Ford`: the carmaker),
    // which a longer name settles too (`Ford Motor Co.`); not a body named
    // by a word that needs an article (`U.S. House` says nothing of `state
    // House`).
    let gazetteer = input.gazetteer;
    let by_sense: FastMap<u32, &str> = passed_over
        .iter()
        .flat_map(|f| f.candidates.iter().map(|&e| (e, &text[f.span.range()])))
        .filter(|&(e, _)| {
            !matches!(
                &*gazetteer.entry(e).subtype,
                "legislature" | "region" | "armed forces"
            )
        })
        .collect();
    let mut twice = Vec::new();
    for m in &out.mentions {
        if m.evidence != Evidence::Gazetteer
            || !matches!(m.label, Label::Location | Label::Organization)
        {
            continue;
        }
        let word = if m.tokens.len() == 1 {
            &text[m.span.range()]
        } else {
            match out.referents[m.referent as usize].name {
                Name::Known(id) => match by_sense.get(&id) {
                    Some(word) => word,
                    None => continue,
                },
                Name::Text(_) => continue,
            }
        };
        match sure.get_mut(word) {
            Some(sense @ None) => *sense = Some((m.referent, m.label)),
            Some(Some(s)) if *s != (m.referent, m.label) => twice.push(word),
            _ => {}
        }
    }
    for word in twice {
        sure.insert(word, None);
    }
    let capital_word = |t: Option<&RawToken>| {
        t.is_some_and(|t| {
            t.is_word() && t.is_capitalised() && !input.lexicon.is_stopword(&text[t.range()])
        })
    };
    // The first word of the sentence last asked about: the words passed
    // over come in order, so each sentence is read once.
    let sentences = &input.segments.sentences;
    let mut first_word: Option<(usize, usize)> = None;
    let mut added = Vec::new();
    for f in passed_over {
        let Some(&Some((referent, label))) = sure.get(&text[f.span.range()]) else {
            continue;
        };
        let i = f.tokens.start;
        if out.mention_at_token(i).is_some() {
            continue;
        }
        let s = sentences.partition_point(|s| s.end <= i);
        let first = match (first_word, sentences.get(s)) {
            (Some((at, k)), _) if at == s => k,
            (_, Some(range)) => {
                let k = range.clone().find(|&k| tokens[k].is_word()).unwrap_or(i);
                first_word = Some((s, k));
                k
            }
            (_, None) => i,
        };
        let next = token_after(input, i);
        let exclaimed = next.is_some_and(|t| &text[t.range()] == "!");
        if first == i || exclaimed || capital_word(token_before(input, i)) || capital_word(next) {
            continue;
        }
        added.push(Mention {
            span: f.span,
            tokens: f.tokens.clone(),
            label,
            referent,
            evidence: Evidence::SameSense,
        });
    }
    add_mentions(out, added);
}
