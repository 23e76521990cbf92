//! Word lists the rules consult: titles, speech cues, stop words, given
//! names and surnames, demonyms and organisation head words. They live as
//! data in `gazetteers/lexicon/` and are compiled into the crate.

use super::parse::{line_count, tsv_rows};
use super::word_table::WordTable;
use super::{FastMap, Gender, Label};
use crate::error::Error;
use crate::hash::{WordFilter, WordSet};
use crate::token::{tokenize, TokenKind};
use std::sync::OnceLock;

/// A head word that opens a name before a connector (`Ministry of`).
#[derive(Clone, Debug)]
pub(crate) struct NamePrefix {
    pub label: Label,
    /// The connectors listed after it: `of`, `for`, `on`.
    pub connectors: Vec<&'static str>,
}

impl NamePrefix {
    /// Whether the name goes on after the head word with `connector`.
    pub fn joins(&self, connector: &str) -> bool {
        self.connectors.contains(&connector)
    }
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Title {
    pub gender: Option<Gender>,
    /// Listed as an honorific (`Mr.`, `Dr.`, `Professor`): capitalised, any
    /// capitalised word after it is a name.
    pub honorific: bool,
    /// Listed as a role (`President`, `spokesman`, `professor`, military
    /// and religious ranks), which a later description may take up.
    pub role: bool,
}

/// How strongly a cue signals reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A reporting verb: `said`, `told`, `added`.
    Verb,
    /// A verb of thought, weaker evidence: `believes`, `thinks`.
    Weak,
    /// A fixed multi-word cue: `according to`, `said in a statement`.
    Phrase,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    pub kind: CueKind,
    /// Number of visible tokens in the cue.
    pub words: u8,
    /// The verb's base form (`note`, `comment`), which may as well be a
    /// noun.
    pub base_form: bool,
}

/// A word, as written, that a cue may start with.
#[derive(Clone, Debug)]
pub(crate) struct CueStart {
    /// The word in lower case: the first word of the cue search's key.
    pub lower: Box<str>,
    /// [`Lexicon::cue_or_prefix`] of `lower`, looked up once at start-up.
    pub found: Option<Option<Cue>>,
}

/// What the word lists say of one capitalised word, gathered in one map so
/// that the name rules pay one hash probe per word instead of ten.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordClass(u16);

impl WordClass {
    pub const STOPWORD: u16 = 1;
    pub const AFFILIATION: u16 = 1 << 1;
    pub const DEMONYM: u16 = 1 << 2;
    pub const PLACE_START: u16 = 1 << 3;
    pub const PLACE_MODIFIER: u16 = 1 << 4;
    pub const GIVEN_NAME: u16 = 1 << 5;
    pub const COMMON_GIVEN_NAME: u16 = 1 << 6;
    pub const SURNAME: u16 = 1 << 7;
    pub const COMMON_SURNAME: u16 = 1 << 8;
    pub const NAME_SUFFIX: u16 = 1 << 9;
    /// Opens an organisation's or place's name before a connector
    /// (`Ministry` of `Ministry of …`).
    pub const NAME_PREFIX: u16 = 1 << 10;
    /// A surname among the 1,500 or so most frequent (`Ford`, `Wells`).
    pub const FREQUENT_SURNAME: u16 = 1 << 11;
    /// Never a name by itself: stop, group and place-pattern words.
    pub const NOT_A_NAME: u16 = Self::STOPWORD
        | Self::AFFILIATION
        | Self::DEMONYM
        | Self::PLACE_START
        | Self::PLACE_MODIFIER;
    /// In the census lists of given names or surnames.
    pub const CENSUS: u16 = Self::GIVEN_NAME | Self::SURNAME;

    /// True when the word has any of `flags`.
    #[inline]
    pub fn any(self, flags: u16) -> bool {
        self.0 & flags != 0
    }

    /// The class of a given name and nothing else.
    pub fn given_name() -> WordClass {
        WordClass(Self::GIVEN_NAME)
    }
}

/// Small closed sets of words the rules test for, named by the role they
/// play (`gazetteers/lexicon/word_groups.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordGroup {
    Determiner,
    FunctionWord,
    BetweenSubjectAndVerb,
    NounMarker,
    Coordinator,
    Dash,
    TitleSmallWord,
    NameParticle,
    RegnalNumber,
    OrgConnector,
    Auxiliary,
    LocativePreposition,
    PlacePreposition,
    ArabicArticle,
    Calendar,
    Greeting,
    StormWord,
    LegalForm,
    Generational,
    EverydayGivenName,
    OpeningParticle,
    AddresseeVerb,
    SpeakerPreposition,
    SpeakingGroup,
    Modal,
    OrgDescriptor,
    OrgKind,
    StandaloneDeterminer,
    Indefinite,
    CompanyNoun,
    WorkNoun,
    UnnamedRole,
    OfficeTime,
    NewsNoun,
    StakeNoun,
    PostNominal,
    PlaceNoun,
    TitleVerb,
    CreditWord,
    StaffNoun,
    TeamRole,
    KindModifier,
    PersonNoun,
    Saint,
    PlaceWord,
    MatchWord,
    WordPrefix,
    PartyLetter,
    IssuedNoun,
    PhrasePreposition,
    PlaysFor,
    FamilyNoun,
    PrepositionHead,
    PlaceOwner,
    DeputyWord,
    KoreanFamilyName,
    PeriodicalNoun,
    Imperative,
    DealParticiple,
    MakerNoun,
    SubNational,
    MergeWord,
    PersonalDeed,
    PurchaseVerb,
    StudyWord,
    CompassWord,
    RoadWord,
    PlaceLevel,
    ChineseFamilyName,
    VietnameseFamilyName,
    TownLink,
    DistanceUnit,
    SectorWord,
    EventWord,
    VoiceNoun,
    CompanyOnlyNoun,
    OwnerVoice,
    MotionWord,
    PlacePeople,
}

impl WordGroup {
    const ALL: [(WordGroup, &'static str); 79] = [
        (WordGroup::Determiner, "determiner"),
        (WordGroup::FunctionWord, "function-word"),
        (WordGroup::BetweenSubjectAndVerb, "between-subject-and-verb"),
        (WordGroup::NounMarker, "noun-marker"),
        (WordGroup::Coordinator, "coordinator"),
        (WordGroup::Dash, "dash"),
        (WordGroup::TitleSmallWord, "title-small-word"),
        (WordGroup::NameParticle, "name-particle"),
        (WordGroup::RegnalNumber, "regnal-number"),
        (WordGroup::OrgConnector, "org-connector"),
        (WordGroup::Auxiliary, "auxiliary"),
        (WordGroup::LocativePreposition, "locative-preposition"),
        (WordGroup::PlacePreposition, "place-preposition"),
        (WordGroup::ArabicArticle, "arabic-article"),
        (WordGroup::Calendar, "calendar"),
        (WordGroup::Greeting, "greeting"),
        (WordGroup::StormWord, "storm-word"),
        (WordGroup::LegalForm, "legal-form"),
        (WordGroup::Generational, "generational"),
        (WordGroup::EverydayGivenName, "everyday-given-name"),
        (WordGroup::OpeningParticle, "opening-particle"),
        (WordGroup::AddresseeVerb, "addressee-verb"),
        (WordGroup::SpeakerPreposition, "speaker-preposition"),
        (WordGroup::SpeakingGroup, "speaking-group"),
        (WordGroup::Modal, "modal"),
        (WordGroup::OrgDescriptor, "org-descriptor"),
        (WordGroup::OrgKind, "org-kind"),
        (WordGroup::StandaloneDeterminer, "standalone-determiner"),
        (WordGroup::Indefinite, "indefinite"),
        (WordGroup::CompanyNoun, "company-noun"),
        (WordGroup::WorkNoun, "work-noun"),
        (WordGroup::UnnamedRole, "unnamed-role"),
        (WordGroup::OfficeTime, "office-time"),
        (WordGroup::NewsNoun, "news-noun"),
        (WordGroup::StakeNoun, "stake-noun"),
        (WordGroup::PostNominal, "post-nominal"),
        (WordGroup::PlaceNoun, "place-noun"),
        (WordGroup::TitleVerb, "title-verb"),
        (WordGroup::CreditWord, "credit-word"),
        (WordGroup::StaffNoun, "staff-noun"),
        (WordGroup::TeamRole, "team-role"),
        (WordGroup::KindModifier, "kind-modifier"),
        (WordGroup::PersonNoun, "person-noun"),
        (WordGroup::Saint, "saint"),
        (WordGroup::PlaceWord, "place-word"),
        (WordGroup::MatchWord, "match-word"),
        (WordGroup::WordPrefix, "word-prefix"),
        (WordGroup::PartyLetter, "party-letter"),
        (WordGroup::IssuedNoun, "issued-noun"),
        (WordGroup::PhrasePreposition, "phrase-preposition"),
        (WordGroup::PlaysFor, "plays-for"),
        (WordGroup::FamilyNoun, "family-noun"),
        (WordGroup::PrepositionHead, "preposition-head"),
        (WordGroup::PlaceOwner, "place-owner"),
        (WordGroup::DeputyWord, "deputy-word"),
        (WordGroup::KoreanFamilyName, "korean-family-name"),
        (WordGroup::PeriodicalNoun, "periodical-noun"),
        (WordGroup::Imperative, "imperative"),
        (WordGroup::DealParticiple, "deal-participle"),
        (WordGroup::MakerNoun, "maker-noun"),
        (WordGroup::SubNational, "sub-national"),
        (WordGroup::MergeWord, "merge-word"),
        (WordGroup::PersonalDeed, "personal-deed"),
        (WordGroup::PurchaseVerb, "purchase-verb"),
        (WordGroup::StudyWord, "study-word"),
        (WordGroup::CompassWord, "compass-word"),
        (WordGroup::RoadWord, "road-word"),
        (WordGroup::PlaceLevel, "place-level"),
        (WordGroup::ChineseFamilyName, "chinese-family-name"),
        (WordGroup::VietnameseFamilyName, "vietnamese-family-name"),
        (WordGroup::TownLink, "town-link"),
        (WordGroup::DistanceUnit, "distance-unit"),
        (WordGroup::SectorWord, "sector-word"),
        (WordGroup::EventWord, "event-word"),
        (WordGroup::VoiceNoun, "voice-noun"),
        (WordGroup::CompanyOnlyNoun, "company-only-noun"),
        (WordGroup::OwnerVoice, "owner-voice"),
        (WordGroup::MotionWord, "motion-word"),
        (WordGroup::PlacePeople, "place-people"),
    ];

    fn bit(self) -> u128 {
        // A group past the 128th would share a bit with the first.
        const _: () = assert!(WordGroup::ALL.len() <= u128::BITS as usize);
        1 << self as u32
    }
}

/// The embedded word lists, keyed for lookup.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Lower-cased titles, one to several words.
    titles: FastMap<Box<[u8]>, Title>,
    /// Abbreviated titles, lower-cased, and the words for them (`sen.`:
    /// `senator`).
    title_spellings: FastMap<Box<str>, Box<str>>,
    pub title_max_words: usize,
    /// First and last words of titles, lower-case and capitalised as news
    /// writes them: a test on the raw word before any lower-casing.
    pub title_first_words: WordSet,
    /// Every title and every word-prefix of one, lower-cased: the title
    /// search stops as soon as its words leave it.
    pub title_prefixes: FastMap<Box<str>, ()>,
    pub title_last_words: WordSet,
    /// Lower-cased speech cues, one or more words, and every word-prefix
    /// of a multi-word cue (`said in a`) with no cue of its own: one lookup
    /// tells the cue search whether to stop, go on, or take a cue.
    cues: FastMap<Box<str>, Option<Cue>>,
    pub cue_max_words: usize,
    /// First words of cues, lower-case and capitalised: most words fail
    /// this test on their raw text, before any lower-casing, and the rest
    /// find their first lookup done. Keyed by bytes, so that the cue
    /// search need not cut each word out of the text as a `str`.
    cue_starts: FastMap<Box<[u8]>, CueStart>,
    /// A filter of `cue_starts` in front of it.
    cue_start_filter: WordFilter,
    /// The words of cues after their first, lower-cased: a cue search
    /// stops at a word outside it (`in the`) without building a key.
    cue_later_words: WordFilter,
    /// Every listed word with what the lists say of it.
    pub classes: FastMap<&'static str, WordClass>,
    /// Given name → gender, if it has one, and census frequency in percent.
    pub first_names: FastMap<&'static str, (Option<Gender>, f32)>,
    /// `Russian` → `Russia`.
    pub demonyms: FastMap<&'static str, &'static str>,
    /// The first words of demonyms of two words (`New` of `New Zealander`),
    /// which rule out nearly every capitalised word before the map is asked.
    pub demonym_openers: WordFilter,
    /// `NH` → `New Hampshire`: US postal codes, read only after a place.
    pub state_codes: FastMap<&'static str, &'static str>,
    /// Head words that end an organisation or place name: `Ministry`, `Council`.
    pub name_suffixes: FastMap<&'static str, Label>,
    /// Head words that start one before a connector: `Ministry of`,
    /// `Centre for`, `Committee on`.
    pub name_prefixes: FastMap<&'static str, NamePrefix>,
    /// Words that start a place name directly: `Mount`, `Lake`.
    pub name_starts: FastMap<&'static str, Label>,
    /// Capitalised words that belong to the name of the place they precede:
    /// `Lower Austria`, `Southern California`.
    pub place_modifiers: FastMap<&'static str, ()>,
    /// Each small word with a bit per `WordGroup` it belongs to.
    word_groups: FastMap<&'static [u8], u128>,
    /// A filter of each group's words, indexed by `WordGroup`, in front of
    /// `word_groups`: most words asked about belong to no group, or not to
    /// the one asked about.
    group_filters: Vec<WordFilter>,
    /// Lower-case English words: a capitalised one is not a name by itself.
    english: WordTable<'static>,
}

const TITLES: &str = include_str!("../../gazetteers/lexicon/titles.tsv");
const CUES: &str = include_str!("../../gazetteers/lexicon/speech_verbs.tsv");
const STOPWORDS: &str = include_str!("../../gazetteers/lexicon/stopwords.txt");
const FIRST_NAMES: &str = include_str!("../../gazetteers/lexicon/first_names.tsv");
const FIRST_NAMES_WORLD: &str = include_str!("../../gazetteers/lexicon/first_names_world.tsv");
const FIRST_NAMES_LOCALES: &str = include_str!("../../gazetteers/lexicon/first_names_locales.tsv");
const SURNAMES: &str = include_str!("../../gazetteers/lexicon/surnames.tsv");
const DEMONYMS: &str = include_str!("../../gazetteers/lexicon/demonyms.tsv");
const STATE_CODES: &str = include_str!("../../gazetteers/lexicon/us_state_codes.tsv");
const NAME_PATTERNS: &str = include_str!("../../gazetteers/lexicon/org_patterns.tsv");
const AFFILIATIONS: &str = include_str!("../../gazetteers/lexicon/affiliations.txt");
const WORD_GROUPS: &str = include_str!("../../gazetteers/lexicon/word_groups.tsv");
const ENGLISH: &str = include_str!("../../gazetteers/lexicon/english_words.txt");
/// The table of [`ENGLISH`], made by the build script.
const ENGLISH_TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/english_words.table"));

/// Census frequency (percent) above which a given name counts as common,
/// evidence of a person by itself: about the 1,500 most frequent names.
const COMMON_FIRST_NAME: f32 = 0.01;
/// Census frequency (percent) above which a surname that is also an
/// English word still counts as a name (`Brown`, `Power`): about the 5,000
/// most frequent.
const COMMON_SURNAME: f32 = 0.002;
/// Census frequency (percent) above which a surname is a frequent one: a
/// company that bears it (`Ford said`) may as well be a person.
const FREQUENT_SURNAME: f32 = 0.01;

/// A census frequency (`0.240`), or 0 if it is no number. The lists write
/// frequencies with three decimals: those are read as whole thousandths,
/// without the general float parser, and divided once, which gives the
/// same `f32` (both round the same exact quotient); other forms take the
/// general parser.
fn frequency(s: &str) -> f32 {
    let thousandths = match s.as_bytes() {
        [whole @ .., b'.', a, b, c] if (1..=4).contains(&whole.len()) => {
            whole.iter().chain([a, b, c]).try_fold(0u32, |n, &d| {
                d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
            })
        }
        _ => None,
    };
    match thousandths {
        Some(n) => n as f32 / 1000.0,
        None => s.parse().unwrap_or(0.0),
    }
}

fn gender(s: &str) -> Option<Gender> {
    match s {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

fn label(source: &str, line: usize, s: &str) -> Result<Label, Error> {
    match s {
        "PER" => Ok(Label::Person),
        "LOC" => Ok(Label::Location),
        "ORG" => Ok(Label::Organization),
        _ => Err(Error::parse(source, line, format!("unknown label `{s}`"))),
    }
}

/// `s` in lower case: `s` itself when it has no capitals (most words),
/// else lower-cased into `buf`.
pub(crate) fn lowercase<'a>(s: &'a str, buf: &'a mut String) -> &'a str {
    if !s.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return s;
    }
    buf.clear();
    push_lowercase(buf, s);
    buf
}

/// Appends `s` in lower case to `buf`. Characters are lowered one by one,
/// so the lowered pieces of a text, joined, are the text lowered.
pub(crate) fn push_lowercase(buf: &mut String, s: &str) {
    if s.is_ascii() {
        let from = buf.len();
        buf.push_str(s);
        buf[from..].make_ascii_lowercase();
    } else {
        buf.extend(s.chars().flat_map(char::to_lowercase));
    }
}

/// Adds every word-prefix of the space-separated `phrase`, itself included.
fn insert_prefixes(set: &mut FastMap<Box<str>, ()>, phrase: &str) {
    for (k, _) in phrase.match_indices(' ') {
        set.insert(phrase[..k].into(), ());
    }
    set.insert(phrase.into(), ());
}

/// `word` with its first letter in upper case.
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// `RAMOS` → `Ramos`: a word in capitals as the name lists write it.
pub(crate) fn title_case(word: &str) -> String {
    // Each part of a hyphenated word opens with a capital
    // (`REYES-WHITFIELD`: `Reyes-Whitfield`).
    let mut out = String::with_capacity(word.len());
    let mut opens = true;
    for c in word.chars() {
        if opens {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        opens = c == '-';
    }
    out
}

/// Longest word lower-cased on the stack; longer ones use the heap.
const STACK_WORD: usize = 64;

/// Calls `f` with the UTF-8 bytes of `word` in lower case, without
/// allocating for the short ASCII words that make up nearly all lookups.
/// The maps these bytes probe are keyed by bytes, so that a word lowered on
/// the stack need not be checked again for valid UTF-8.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    // Most words asked about are already lower-case ASCII: no copy at all.
    if word.bytes().all(|b| b < 0x80 && !b.is_ascii_uppercase()) {
        return f(word.as_bytes());
    }
    let mut buf = [0u8; STACK_WORD];
    match buf.get_mut(..word.len()) {
        Some(dst) if word.is_ascii() => {
            for (d, b) in dst.iter_mut().zip(word.bytes()) {
                *d = b.to_ascii_lowercase();
            }
            f(dst)
        }
        _ => f(word.to_lowercase().as_bytes()),
    }
}

/// Calls `f` with `s` followed by the ASCII letter `end` (a stem with its
/// `e` or `y` restored).
/// `word` with the accents of Latin letters taken off (`Martínez`:
/// `Martinez`), if it has any and no other letter outside ASCII: the
/// census lists write names without them.
fn without_accents(word: &str) -> Option<String> {
    let mut changed = false;
    let plain = word
        .chars()
        .map(|c| {
            let base = match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
                'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
                'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
                'É' | 'È' | 'Ê' | 'Ë' | 'Ē' => 'E',
                'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
                'Í' | 'Ì' | 'Î' | 'Ï' | 'Ī' => 'I',
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
                'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ō' => 'O',
                'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
                'Ú' | 'Ù' | 'Û' | 'Ü' | 'Ū' => 'U',
                'ñ' => 'n',
                'Ñ' => 'N',
                'ç' => 'c',
                'Ç' => 'C',
                c if c.is_ascii() => return Some(c),
                _ => return None,
            };
            changed = true;
            Some(base)
        })
        .collect::<Option<String>>()?;
    changed.then_some(plain)
}

fn with_appended(s: &[u8], end: u8, f: impl Fn(&[u8]) -> bool) -> bool {
    let mut buf = [0u8; STACK_WORD + 1];
    match buf.get_mut(..s.len() + 1) {
        Some(dst) => {
            dst[..s.len()].copy_from_slice(s);
            dst[s.len()] = end;
            f(dst)
        }
        None => f(&[s, &[end]].concat()),
    }
}

/// Number of visible tokens in a phrase, as the tokenizer splits it.
/// A map with room for one entry per line of `list`: growing a table of
/// 200,000 words rehashes it a dozen times at start-up.
fn sized_for<K, V>(list: &str) -> FastMap<K, V> {
    FastMap::with_capacity_and_hasher(line_count(list), Default::default())
}

fn word_count(phrase: &str) -> usize {
    let mut toks = Vec::new();
    tokenize(phrase, &mut toks);
    toks.iter()
        .filter(|t| !matches!(t.kind, TokenKind::Space))
        .count()
}

impl Lexicon {
    /// The lexicon of the embedded lists, built on first use and shared by
    /// every extractor of the process (it never changes).
    pub fn shared() -> Result<&'static Lexicon, Error> {
        static SHARED: OnceLock<Result<Lexicon, Error>> = OnceLock::new();
        match SHARED.get_or_init(Lexicon::embedded) {
            Ok(lex) => Ok(lex),
            Err(e) => Err(e.duplicate()),
        }
    }

    /// Builds the lexicon from the embedded lists.
    fn embedded() -> Result<Lexicon, Error> {
        let mut lex = Lexicon {
            titles: FastMap::default(),
            title_spellings: FastMap::default(),
            title_max_words: 1,
            title_first_words: WordSet::default(),
            title_prefixes: FastMap::default(),
            title_last_words: WordSet::default(),
            cues: FastMap::default(),
            cue_max_words: 1,
            cue_starts: FastMap::default(),
            cue_start_filter: WordFilter::default(),
            demonym_openers: WordFilter::default(),
            cue_later_words: WordFilter::default(),
            classes: FastMap::default(),
            first_names: sized_for(FIRST_NAMES),
            demonyms: FastMap::default(),
            state_codes: FastMap::default(),
            name_suffixes: FastMap::default(),
            name_prefixes: FastMap::default(),
            name_starts: FastMap::default(),
            place_modifiers: FastMap::default(),
            word_groups: FastMap::default(),
            group_filters: Vec::new(),
            english: WordTable::new(ENGLISH, ENGLISH_TABLE),
        };
        let mut title_first_words = Vec::new();
        let mut title_last_words = Vec::new();
        for row in tsv_rows("lexicon/titles.tsv", TITLES) {
            let (_, row) = row?;
            let honorific = row[2] == "honorific";
            lex.title_max_words = lex.title_max_words.max(word_count(row[0]));
            let lower = row[0].to_lowercase();
            insert_prefixes(&mut lex.title_prefixes, &lower);
            if row[3] != "-" {
                lex.title_spellings
                    .insert(lower.as_str().into(), row[3].into());
            }
            if let (Some(first), Some(last)) = (lower.split(' ').next(), lower.rsplit(' ').next()) {
                title_first_words.extend([first.to_string(), capitalise(first)]);
                title_last_words.extend([last.to_string(), capitalise(last)]);
            }
            // As written too: `MP`, `CEO`.
            if let (Some(first), Some(last)) = (row[0].split(' ').next(), row[0].rsplit(' ').next())
            {
                title_first_words.push(first.to_string());
                title_last_words.push(last.to_string());
            }
            // `Professor` is listed as an honorific and `professor` as a
            // role: the one lower-cased key is both.
            let title = lex
                .titles
                .entry(lower.into_bytes().into())
                .or_insert(Title {
                    gender: gender(row[1]),
                    honorific: false,
                    role: false,
                });
            title.honorific |= honorific;
            title.role |= !honorific;
        }
        lex.title_first_words = title_first_words.into_iter().collect();
        lex.title_last_words = title_last_words.into_iter().collect();
        let mut cue_first_words = Vec::new();
        let mut cue_later_words = Vec::new();
        for row in tsv_rows("lexicon/speech_verbs.tsv", CUES) {
            let (_, row) = row?;
            let kind = match row[2] {
                "weak" => CueKind::Weak,
                "phrase" => CueKind::Phrase,
                _ => CueKind::Verb,
            };
            let words = word_count(row[0]);
            lex.cue_max_words = lex.cue_max_words.max(words);
            let lower = row[0].to_lowercase();
            let mut phrase = lower.split(' ');
            if let Some(first) = phrase.next() {
                cue_first_words.extend([first.to_string(), capitalise(first)]);
            }
            cue_later_words.extend(phrase.map(str::to_string));
            for (k, _) in lower.match_indices(' ') {
                lex.cues.entry(lower[..k].into()).or_insert(None);
            }
            lex.cues.insert(
                lower.into(),
                Some(Cue {
                    kind,
                    words: words as u8,
                    base_form: row[0] == row[1],
                }),
            );
        }
        let mut buf = String::new();
        lex.cue_starts = cue_first_words
            .into_iter()
            .map(|word| {
                let lower = lowercase(&word, &mut buf);
                let start = CueStart {
                    lower: lower.into(),
                    found: lex.cue_or_prefix(lower),
                };
                (word.into_bytes().into(), start)
            })
            .collect();
        lex.cue_start_filter = WordFilter::new(lex.cue_starts.keys().map(|w| &**w));
        lex.cue_later_words = WordFilter::new(cue_later_words.iter());
        for row in tsv_rows("lexicon/first_names.tsv", FIRST_NAMES) {
            let (_, row) = row?;
            lex.first_names
                .insert(row[0], (gender(row[1]), frequency(row[2])));
        }
        // Common where they are given, they count as common here, even
        // when the census found them rare (`Mohammed`).
        for row in tsv_rows("lexicon/first_names_world.tsv", FIRST_NAMES_WORLD) {
            let (_, row) = row?;
            let (_, freq) = lex
                .first_names
                .entry(row[0])
                .or_insert((gender(row[1]), COMMON_FIRST_NAME));
            *freq = freq.max(COMMON_FIRST_NAME);
        }
        // Rare given names of many countries: evidence next to an unknown
        // surname (`Kobus van der Walt`), never alone.
        for row in tsv_rows("lexicon/first_names_locales.tsv", FIRST_NAMES_LOCALES) {
            let (_, row) = row?;
            lex.first_names
                .entry(row[0])
                .or_insert((gender(row[1]), 0.0));
        }
        for row in tsv_rows("lexicon/demonyms.tsv", DEMONYMS) {
            let (_, row) = row?;
            lex.demonyms.insert(row[0], row[1]);
        }
        lex.demonym_openers = WordFilter::new(
            lex.demonyms
                .keys()
                .filter_map(|d| d.split_once(' ').map(|(first, _)| first)),
        );
        for row in tsv_rows("lexicon/us_state_codes.tsv", STATE_CODES) {
            let (_, row) = row?;
            lex.state_codes.insert(row[0], row[1]);
        }
        for row in tsv_rows("lexicon/org_patterns.tsv", NAME_PATTERNS) {
            let (line, row) = row?;
            let source = "lexicon/org_patterns.tsv";
            let l = label(source, line, row[2])?;
            match row[1] {
                "prefix" => {
                    let (head, connector) = row[0].rsplit_once(' ').unwrap_or((row[0], ""));
                    let prefix = lex.name_prefixes.entry(head).or_insert(NamePrefix {
                        label: l,
                        connectors: Vec::new(),
                    });
                    prefix.connectors.push(connector);
                }
                "suffix" => {
                    lex.name_suffixes.insert(row[0], l);
                }
                "start" => {
                    lex.name_starts.insert(row[0], l);
                }
                "modifier" => {
                    lex.place_modifiers.insert(row[0], ());
                }
                other => {
                    return Err(Error::parse(
                        source,
                        line,
                        format!("unknown position `{other}`"),
                    ))
                }
            }
        }
        let source = "lexicon/word_groups.tsv";
        for row in tsv_rows(source, WORD_GROUPS) {
            let (line, row) = row?;
            let Some(&(group, _)) = WordGroup::ALL.iter().find(|(_, name)| *name == row[1]) else {
                return Err(Error::parse(
                    source,
                    line,
                    format!("unknown group `{}`", row[1]),
                ));
            };
            *lex.word_groups.entry(row[0].as_bytes()).or_default() |= group.bit();
        }
        lex.group_filters = vec![WordFilter::default(); WordGroup::ALL.len()];
        for (group, _) in WordGroup::ALL {
            let words = lex.word_groups.iter();
            lex.group_filters[group as usize] = WordFilter::new(
                words
                    .filter(|(_, &bits)| bits & group.bit() != 0)
                    .map(|(w, _)| *w),
            );
        }
        lex.classify()?;
        Ok(lex)
    }

    /// Fills `classes`. Surnames are read here and nowhere else: the rules
    /// ask only for their class.
    fn classify(&mut self) -> Result<(), Error> {
        let mut classes: FastMap<&'static str, WordClass> = FastMap::with_capacity_and_hasher(
            self.first_names.len() + line_count(SURNAMES),
            Default::default(),
        );
        let mut mark = |w: &'static str, flag: u16| classes.entry(w).or_default().0 |= flag;
        for w in crate::token::list_entries(STOPWORDS) {
            mark(w, WordClass::STOPWORD);
        }
        // Group words (`European`, `Muslim`, `Democrats`) are not names by
        // themselves, but they may begin an organisation's name.
        for w in crate::token::list_entries(AFFILIATIONS) {
            mark(w, WordClass::AFFILIATION);
        }
        for &w in self.demonyms.keys() {
            mark(w, WordClass::DEMONYM);
        }
        for &w in self.name_starts.keys() {
            mark(w, WordClass::PLACE_START);
        }
        for &w in self.place_modifiers.keys() {
            mark(w, WordClass::PLACE_MODIFIER);
        }
        for &w in self.name_suffixes.keys() {
            mark(w, WordClass::NAME_SUFFIX);
        }
        for &w in self.name_prefixes.keys() {
            mark(w, WordClass::NAME_PREFIX);
        }
        for (&w, &(_, freq)) in &self.first_names {
            let common = if freq >= COMMON_FIRST_NAME {
                WordClass::COMMON_GIVEN_NAME
            } else {
                0
            };
            mark(w, WordClass::GIVEN_NAME | common);
        }
        for row in tsv_rows("lexicon/surnames.tsv", SURNAMES) {
            let (_, row) = row?;
            let frequency = frequency(row[1]);
            let common = if frequency >= FREQUENT_SURNAME {
                WordClass::COMMON_SURNAME | WordClass::FREQUENT_SURNAME
            } else if frequency >= COMMON_SURNAME {
                WordClass::COMMON_SURNAME
            } else {
                0
            };
            mark(row[0], WordClass::SURNAME | common);
        }
        // `New Zealander Finn Archer`, `Sri Lankan Kamal Perera`: the last
        // word of a demonym of two words is no name either, unless it is a
        // given name (`Lucian`) or an English word (`Islanders`).
        for &demonym in self.demonyms.keys() {
            let Some((_, last)) = demonym.rsplit_once(' ') else {
                continue;
            };
            if self.is_english_word(last) {
                continue;
            }
            let class = classes.entry(last).or_default();
            if !class.any(WordClass::GIVEN_NAME) {
                class.0 |= WordClass::DEMONYM;
            }
        }
        self.classes = classes;
        Ok(())
    }

    /// What the word lists say of `word` (as written, case-sensitive).
    #[inline]
    pub fn class(&self, word: &str) -> WordClass {
        self.classes.get(word).copied().unwrap_or_default()
    }

    /// The gender (if the lists tell it) and frequency of the given name
    /// `word`, written with accents or without (`Ramón` is the census's
    /// `Ramon`). Only the gender is looked up so: a word's class is not
    /// (`Déjà` is no `Deja`, `Niño` no `Nino`).
    pub fn given_name(&self, word: &str) -> Option<(Option<Gender>, f32)> {
        match self.first_names.get(word) {
            Some(&found) => Some(found),
            None if !word.is_ascii() => {
                without_accents(word).and_then(|w| self.first_names.get(w.as_str()).copied())
            }
            None => None,
        }
    }

    /// Is `word`, exactly as written, in `group`? The filter, which
    /// settles most calls, is inlined at the caller; the map probe is not,
    /// so that its registers and stack frame are paid only when it runs.
    #[inline]
    pub fn in_group(&self, group: WordGroup, word: impl AsRef<[u8]>) -> bool {
        self.group_holds(group, word.as_ref())
    }

    #[inline]
    fn group_holds(&self, group: WordGroup, word: &[u8]) -> bool {
        self.group_filters[group as usize].may_contain(word) && self.group_has(group, word)
    }

    #[inline(never)]
    fn group_has(&self, group: WordGroup, word: &[u8]) -> bool {
        self.word_groups
            .get(word)
            .is_some_and(|&bits| bits & group.bit() != 0)
    }

    /// Is `word`, lower-cased, in `group`?
    pub fn in_group_lower(&self, group: WordGroup, word: &str) -> bool {
        // Most words asked about are in no group: the filter turns an ASCII
        // one away before it is copied to be lowered.
        if word.is_ascii()
            && !self.group_filters[group as usize].may_contain_lowered(word.as_bytes())
        {
            return false;
        }
        with_lowercase(word, |w| self.group_holds(group, w))
    }

    pub fn is_stopword(&self, word: &str) -> bool {
        self.class(word).any(WordClass::STOPWORD)
    }

    /// Is `word`, lower-cased, an English word (or a plural, past or
    /// `-ing` form of one)?
    pub fn is_english_word(&self, word: &str) -> bool {
        with_lowercase(word, |w| {
            let known = |w: &[u8]| self.english.contains(w);
            if known(w) {
                return true;
            }
            let restored = |s: &[u8], end: u8| with_appended(s, end, known);
            let stem = |suffix: &[u8]| w.strip_suffix(suffix).filter(|s| s.len() > 1);
            // (`-es` follows a hiss or an `o`: `taxes`, `heroes`; `Funes`
            // is no plural of `fun`.)
            let hissing = |s: &[u8]| {
                s.ends_with(b"s")
                    || s.ends_with(b"x")
                    || s.ends_with(b"z")
                    || s.ends_with(b"ch")
                    || s.ends_with(b"sh")
                    || s.ends_with(b"o")
            };
            stem(b"s").is_some_and(known)
                || stem(b"es").is_some_and(|s| hissing(s) && known(s))
                || stem(b"ly").is_some_and(known)
                // (A verb in `-e` takes a bare `-d`: `Hameed`, `Naveed`
                // are no forms of `hame`, `nave`.)
                || stem(b"ed").is_some_and(|s| (known(s) && !s.ends_with(b"e")) || restored(s, b'e'))
                || stem(b"ing").is_some_and(|s| known(s) || restored(s, b'e'))
                || stem(b"ies").is_some_and(|s| restored(s, b'y'))
                // `women`, `congressmen`: the plural of a word in `-man`.
                || stem(b"en")
                    .filter(|s| s.ends_with(b"m"))
                    .is_some_and(|s| with_appended(s, b'a', |t| restored(t, b'n')))
        })
    }

    /// Is `word`, lower-cased, an English word exactly as written (no
    /// inflection stripped)?
    pub fn is_english_form(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.english.contains(w))
    }

    /// Is `lowercase` a title or the first words of one?
    pub fn is_title_prefix(&self, lowercase: &str) -> bool {
        self.title_prefixes.contains_key(lowercase)
    }

    pub fn title(&self, lowercase: &str) -> Option<Title> {
        self.titles.get(lowercase.as_bytes()).copied()
    }

    /// `ministry`: the organisation head word it is when capitalised
    /// (`Ministry`), as the name lists write it.
    pub fn organisation_head(&self, lowercase: &str) -> Option<&'static str> {
        self.name_suffixes
            .get_key_value(capitalise(lowercase).as_str())
            .filter(|&(_, &label)| label == Label::Organization)
            .map(|(&head, _)| head)
    }

    /// The title `lowercase` spelled out (`sen.`: `senator`), as a later
    /// description names it.
    pub fn spelled_out_title<'a>(&'a self, lowercase: &'a str) -> &'a str {
        self.title_spellings.get(lowercase).map_or(lowercase, |s| s)
    }

    /// The title `word` is, whatever its case.
    pub fn title_any_case(&self, word: &str) -> Option<Title> {
        with_lowercase(word, |w| self.titles.get(w).copied())
    }

    /// What the cue search starts from at `word`, as written, if a cue
    /// may start with it. The filter, which settles most words, is inlined
    /// at the caller; the map probe is not.
    #[inline]
    pub fn cue_start(&self, word: &[u8]) -> Option<&CueStart> {
        if self.cue_start_filter.may_contain(word) {
            self.cue_start_entry(word)
        } else {
            None
        }
    }

    #[inline(never)]
    fn cue_start_entry(&self, word: &[u8]) -> Option<&CueStart> {
        self.cue_starts.get(word)
    }

    /// False when no cue has `lowercase` as a word after its first, so
    /// that no cue goes on with it after a space.
    #[inline]
    pub fn may_go_on_cue(&self, lowercase: &str) -> bool {
        self.cue_later_words.may_contain(lowercase.as_bytes())
    }

    /// `None` when no cue is or begins with `lowercase`; otherwise the cue
    /// it is, if any (`said in a` begins one and is none).
    pub fn cue_or_prefix(&self, lowercase: &str) -> Option<Option<Cue>> {
        self.cues.get(lowercase).copied()
    }

    /// The cue `lowercase` is, if any.
    pub fn cue(&self, lowercase: &str) -> Option<Cue> {
        self.cue_or_prefix(lowercase).flatten()
    }

    /// Is `word`, in any case, a one-word speech verb (`Says` in a
    /// headline)?
    pub fn is_speech_verb_any_case(&self, word: &str) -> bool {
        with_lowercase(word, |w| {
            std::str::from_utf8(w)
                .ok()
                .and_then(|w| self.cue(w))
                .is_some_and(|c| c.kind == CueKind::Verb && c.words == 1)
        })
    }

    /// Is `word`, as written, a one-word reporting verb in lower case
    /// (`said`, `added`), as in `“…,” said Jo Roe` or `Roe said`?
    pub fn is_reporting_verb(&self, word: &str) -> bool {
        word.starts_with(|c: char| c.is_ascii_lowercase())
            && self
                .cue(word)
                .is_some_and(|c| c.kind == CueKind::Verb && c.words == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequencies_read_as_the_float_parser_reads_them() {
        for s in [
            "0.240", "0.001", "0.002", "1.006", "12.345", "9999.999", "0.0", ".5", "1e-3", "",
            "-0.002", "0.0020", "x.002", "0.00x", "nan",
        ] {
            let parsed: f32 = s.parse().unwrap_or(0.0);
            assert_eq!(frequency(s).to_bits(), parsed.to_bits(), "{s}");
        }
        for n in 0..100_000u32 {
            let s = format!("{}.{:03}", n / 1000, n % 1000);
            assert_eq!(frequency(&s), s.parse::<f32>().unwrap(), "{s}");
        }
    }

    #[test]
    fn embedded_lexicon_parses_and_is_populated() {
        let lex = Lexicon::shared().unwrap();
        assert!(lex.titles.len() > 100);
        assert!(lex.cue_or_prefix("said").flatten().is_some());
        assert!(lex.cue_or_prefix("according to").flatten().is_some());
        assert!(matches!(lex.cue_or_prefix("according"), Some(None)));
        assert!(lex.cue_or_prefix("tomato").is_none());
        assert!(lex.is_stopword("Friday") && lex.is_stopword("The"));
        assert_eq!(
            lex.first_names.get("Mary").map(|f| f.0),
            Some(Some(Gender::Female))
        );
        assert!(lex.is_english_word("Processes") && lex.is_english_word("mixed"));
        assert!(!lex.is_english_word("Kipling"));
        assert!(lex.in_group(WordGroup::NameParticle, "von"));
        assert!(lex.in_group_lower(WordGroup::Determiner, "The"));
        assert!(!lex.in_group(WordGroup::RegnalNumber, "I"));
        assert!(lex.class("Smith").any(WordClass::SURNAME));
        assert_eq!(lex.demonyms.get("Russian"), Some(&"Russia"));
        assert_eq!(lex.state_codes.get("NH"), Some(&"New Hampshire"));
        assert_eq!(
            lex.name_suffixes.get("Ministry"),
            Some(&Label::Organization)
        );
    }
}
