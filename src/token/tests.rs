use super::*;

fn words(text: &str) -> Vec<(&str, TokenKind)> {
    let mut out = Vec::new();
    tokenize(text, &mut out);
    out.iter()
        .filter(|t| !t.is_space())
        .map(|t| (&text[t.range()], t.kind))
        .collect()
}

fn sentences(text: &str) -> Vec<&str> {
    let mut toks = Vec::new();
    tokenize(text, &mut toks);
    let mut seg = Segments::default();
    segment(text, &toks, &mut seg);
    seg.sentences
        .iter()
        .map(|r| &text[toks[r.start].start()..toks[r.end - 1].end()])
        .collect()
}

fn paragraphs(text: &str) -> Vec<&str> {
    let mut toks = Vec::new();
    tokenize(text, &mut toks);
    let mut seg = Segments::default();
    segment(text, &toks, &mut seg);
    seg.paragraphs
        .iter()
        .map(|r| &text[toks[r.start].start()..toks[r.end - 1].end()])
        .collect()
}

const W: TokenKind = TokenKind::Word;
const N: TokenKind = TokenKind::Number;
const P: TokenKind = TokenKind::Punct;
const OPEN: TokenKind = TokenKind::Quote(QuoteMark::Opening);
const CLOSE: TokenKind = TokenKind::Quote(QuoteMark::Closing);

/// `case!(name: input => [(token, kind), ...])` checks the visible tokens.
macro_rules! tokens {
    ($($name:ident: $input:expr => [$(($tok:expr, $kind:expr)),* $(,)?];)*) => {
        $(#[test]
        fn $name() {
            let expected: Vec<(&str, TokenKind)> = vec![$(($tok, $kind)),*];
            assert_eq!(words($input), expected);
        })*
    };
}

/// `split!(name: fn, input => [parts...])` checks sentences or paragraphs.
macro_rules! split {
    ($($name:ident: $f:ident, $input:expr => [$($part:expr),* $(,)?];)*) => {
        $(#[test]
        fn $name() {
            let expected: Vec<&str> = vec![$($part),*];
            assert_eq!($f($input), expected);
        })*
    };
}

tokens! {
    mojibake_letters_stay_in_the_word:
        "Fran\u{c3}\u{a7}ois Carre\u{c3}\u{b1}o and Fran\u{c3}\u{83}\u{c2}\u{a7}ois and FranA\u{303}\u{83}A\u{302}\u{a7}ois, \u{a7}5"
        => [("Fran\u{c3}\u{a7}ois", W), ("Carre\u{c3}\u{b1}o", W), ("and", W),
            ("Fran\u{c3}\u{83}\u{c2}\u{a7}ois", W), ("and", W),
            ("FranA\u{303}\u{83}A\u{302}\u{a7}ois", W), (",", P), ("\u{a7}", P), ("5", N)];
    empty: "" => [];
    apostrophe_in_contraction: "don’t stop" => [("don’t", W), ("stop", W)];
    straight_apostrophe: "Moscow's thoughts" => [("Moscow's", W), ("thoughts", W)];
    possessive_after_an_initialism: "the F.D.A.’s office and the U.S.'s allies" =>
        [("the", W), ("F.D.A.’s", W), ("office", W), ("and", W), ("the", W), ("U.S.'s", W), ("allies", W)];
    plural_possessive: "the voters’ choice" => [("the", W), ("voters’", W), ("choice", W)];
    plural_possessive_closes_open_single_quote: "‘the voters’ he said" =>
        [("‘", TokenKind::Quote(QuoteMark::Opening)), ("the", W), ("voters", W), ("’", CLOSE), ("he", W), ("said", W)];
    initialisms: "U.S. and U.N. talks" => [("U.S.", W), ("and", W), ("U.N.", W), ("talks", W)];
    initials_in_name: "J.D. Vance met George W. Bush" =>
        [("J.D.", W), ("Vance", W), ("met", W), ("George", W), ("W.", W), ("Bush", W)];
    titles: "Lt. Gen. Smith and Sen. Jones" =>
        [("Lt.", W), ("Gen.", W), ("Smith", W), ("and", W), ("Sen.", W), ("Jones", W)];
    months: "on Feb. 28 and Sept. 3" => [("on", W), ("Feb.", W), ("28", N), ("and", W), ("Sept.", W), ("3", N)];
    number_abbreviation: "No. 10 Downing Street" => [("No.", W), ("10", N), ("Downing", W), ("Street", W)];
    no_at_sentence_end: "He said no." => [("He", W), ("said", W), ("no", W), (".", P)];
    numbers: "1,500 troops, 3.5 percent, a 30-day truce in 2025." =>
        [("1,500", N), ("troops", W), (",", P), ("3.5", N), ("percent", W), (",", P), ("a", W),
         ("30-day", N), ("truce", W), ("in", W), ("2025", N), (".", P)];
    hyphenated_word: "full-scale invasion" => [("full-scale", W), ("invasion", W)];
    curly_quotes: "“Yes,” he said." => [("“", OPEN), ("Yes", W), (",", P), ("”", CLOSE), ("he", W), ("said", W), (".", P)];
    straight_quotes: "\"Yes,\" he said." => [("\"", OPEN), ("Yes", W), (",", P), ("\"", CLOSE), ("he", W), ("said", W), (".", P)];
    guillemets: "«Oui» et „ja“" => [("«", OPEN), ("Oui", W), ("»", CLOSE), ("et", W), ("„", OPEN), ("ja", W), ("“", CLOSE)];
    opening_glyph_hanging_off_a_word_closes: "“Yes,“ she said" =>
        [("“", OPEN), ("Yes", W), (",", P), ("“", CLOSE), ("she", W), ("said", W)];
    single_inside_double: "“He said ‘never’ twice.”" =>
        [("“", OPEN), ("He", W), ("said", W), ("‘", OPEN), ("never", W), ("’", CLOSE), ("twice", W), (".", P), ("”", CLOSE)];
    ellipsis_and_dash: "wait... — no" => [("wait", W), ("...", P), ("—", P), ("no", W)];
    greek: "Κεντρική Σελίδα" => [("Κεντρική", W), ("Σελίδα", W)];
    cjk_without_spaces: "東京都に住む" => [("東京都に住む", W)];
    emoji_cluster: "ok 👍🏽 👨‍👩‍👧 fine" => [("ok", W), ("👍🏽", P), ("👨‍👩‍👧", P), ("fine", W)];
    combining_mark: "Zelenske\u{301}" => [("Zelenske\u{301}", W)];
    accented_name: "Erdoğan and Dvořák" => [("Erdoğan", W), ("and", W), ("Dvořák", W)];
    ampersand: "AT&T said" => [("AT&T", W), ("said", W)];
    email: "Mail Kevin.A.Boone@example.com now." => [("Mail", W), ("Kevin.A.Boone@example.com", W), ("now", W), (".", P)];
    url: "(see https://example.com/a_b?x=1)." => [("(", P), ("see", W), ("https://example.com/a_b?x=1", W), (")", P), (".", P)];
    underscore_file_name: "Lisa_resume.doc" => [("Lisa_resume", W), (".", P), ("doc", W)];
    party_tag_keeps_state_period: "Roe, R-Calif., D-N.Y." =>
        [("Roe", W), (",", P), ("R-Calif.", W), (",", P), ("D-N.Y.", W)];
    address_after_a_mail_systems_units: "Jane Roe/HOU/ACME@ACME.COM" =>
        [("Jane", W), ("Roe", W), ("/", P), ("HOU", W), ("/", P), ("ACME@ACME.COM", W)];
    name_at_an_organisation_in_a_mail_header: "Jane Roe@ACME wrote" =>
        [("Jane", W), ("Roe", W), ("@ACME", W), ("wrote", W)];
    party_tag_keeps_a_state_abbreviation_with_inner_periods: "Roe, D-W.Va., spoke" =>
        [("Roe", W), (",", P), ("D-W.Va.", W), (",", P), ("spoke", W)];
    hyphen_word_before_period: "a well-known fact." => [("a", W), ("well-known", W), ("fact", W), (".", P)];
    no_spaces: "a.b,c;d" => [("a", W), (".", P), ("b", W), (",", P), ("c", W), (";", P), ("d", W)];
}

split! {
    sentences_basic: sentences, "Putin spoke. Trump replied!  Did he? Yes." =>
        ["Putin spoke.", "Trump replied!", "Did he?", "Yes."];
    sentence_not_after_title: sentences, "Sen. Jones and Dr. Lee met Mr. Smith on Feb. 3. Then they left." =>
        ["Sen. Jones and Dr. Lee met Mr. Smith on Feb. 3.", "Then they left."];
    sentence_not_after_initialism: sentences, "The U.S. held talks with U.N. officials." =>
        ["The U.S. held talks with U.N. officials."];
    sentence_after_terminal_abbreviation: sentences, "Troops left the U.S. The talks went on." =>
        ["Troops left the U.S.", "The talks went on."];
    quoted_sentence_end: sentences, "“It is over.” Peskov said so. Then he left." =>
        ["“It is over.”", "Peskov said so.", "Then he left."];
    lower_case_after_period_continues: sentences, "It cost 3 p.m. tickets... and more." =>
        ["It cost 3 p.m. tickets... and more."];
    line_break_ends_sentence: sentences, "No period here\nNext line." => ["No period here", "Next line."];
    paragraphs_by_line: paragraphs, "First one.\nSecond one.\r\n\r\nThird one.\n" =>
        ["First one.", "Second one.", "Third one."];
    paragraphs_blank_input: paragraphs, "\n\n  \n" => [];
}

#[test]
fn spans_cover_text_and_lie_on_char_boundaries() {
    let text = "Ελλάδα, 東京 and 👍🏽 “quoted” e\u{301}\r\n don't";
    let mut toks = Vec::new();
    tokenize(text, &mut toks);
    let mut pos = 0;
    for t in &toks {
        // A lone space between two tokens has none of its own.
        if t.start() == pos + 1 && pos > 0 {
            assert_eq!(&text[pos..t.start()], " ");
        } else {
            assert_eq!(t.start(), pos);
        }
        assert!(text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()));
        assert!(t.start() < t.end());
        pos = t.end();
    }
    assert_eq!(pos, text.len());
}

#[test]
fn crlf_is_one_line_break() {
    let mut toks = Vec::new();
    tokenize("a\r\nb", &mut toks);
    let kinds: Vec<TokenKind> = toks.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [W, TokenKind::LineBreak, W]);
}

#[test]
fn text_past_the_limit_is_cut_at_a_line_break_or_a_character() {
    for (text, limit, part) in [
        ("one\ntwo\nthree", 100, "one\ntwo\nthree"),
        ("one\ntwo\nthree", 10, "one\ntwo\n"),
        ("one\ntwo\nthree", 8, "one\ntwo\n"),
        ("one\ntwo\nthree", 7, "one\n"),
        ("abcdef", 3, "abc"),
        ("aé€", 4, "aé"),
        ("€€", 2, ""),
        ("", 0, ""),
    ] {
        assert_eq!(analysed_part(text, limit), part, "{text:?} at {limit}");
    }
}

#[test]
fn only_a_lone_space_between_two_tokens_is_left_out() {
    let text = " a b  c\td é,\u{a0}f g ";
    let mut toks = Vec::new();
    tokenize(text, &mut toks);
    let stored: Vec<&str> = toks.iter().map(|t| &text[t.range()]).collect();
    assert_eq!(
        stored,
        [" ", "a", "b", "  ", "c", "\t", "d", " ", "é", ",", "\u{a0}", "f", "g", " "]
    );
    let gaps: Vec<bool> = toks.windows(2).map(|w| w[0].spaced_from(&w[1])).collect();
    assert_eq!(gaps.iter().filter(|&&g| g).count(), 2);
    assert!(gaps[1] && gaps[11]);
}

#[test]
fn alnum_runs_read_eight_bytes_at_a_time_end_where_byte_tests_do() {
    // The bytes around each bound of the ranges the word-wide test checks,
    // and bytes with the high bit set, whose carries must not change the
    // answer.
    let alphabet = b"09azAZ/:@[`{ \x7f\x80\xbf\xc3\xe2\xff";
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for len in 0..40 {
        for _ in 0..200 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            for start in 0..=len {
                let expected = start
                    + bytes[start..]
                        .iter()
                        .take_while(|b| b.is_ascii_alphanumeric())
                        .count();
                assert_eq!(
                    alnum_run_end(&bytes, start),
                    expected,
                    "{bytes:?} from {start}"
                );
            }
        }
    }
}

#[test]
fn general_punctuation_after_ascii_starts_a_grapheme() {
    for before in (0u8..0x80).map(char::from) {
        for mark in '\u{2010}'..='\u{2027}' {
            let text = format!("{before}{mark}");
            let mut cursor = GraphemeCursor::new(1, text.len(), true);
            let boundary = cursor.is_boundary(&text, 0).unwrap();
            assert_eq!(!boundary, continues_grapheme(&text, 1), "{text:?}");
        }
    }
}
