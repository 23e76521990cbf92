//! The gazetteer file format.
//!
//! UTF-8, one entity a line, six tab-separated columns after a header line:
//!
//! ```text
//! canonical	label	subtype	aliases	id	attributes
//! Kyiv	LOC	city	Kiev|Kyyiv	703448	population=2797553;country=UA
//! ```
//!
//! Lines that start with `#` and blank lines are skipped. `aliases` are
//! separated by `|`; `attributes` are `key=value` pairs separated by `;`.
//! Every other shape of line is an error naming the source and line.

use super::{Entry, Gender, Label, Text};
use crate::error::Error;
use crate::token::{find_byte, lines, trim};

const HEADER: [&str; 6] = [
    "canonical",
    "label",
    "subtype",
    "aliases",
    "id",
    "attributes",
];

/// Parses one gazetteer source and appends its entries to `out`.
pub(crate) fn parse_tsv(source_name: &str, text: &str, out: &mut Vec<Entry>) -> Result<(), Error> {
    parse_with(source_name, text, out, |s| Text::Owned(s.into()))
}

/// [`parse_tsv`] of a source compiled into the crate: the entries borrow
/// its text instead of copying each name and code.
pub(crate) fn parse_embedded_tsv(
    source_name: &str,
    text: &'static str,
    out: &mut Vec<Entry>,
) -> Result<(), Error> {
    parse_with(source_name, text, out, Text::Borrowed)
}

/// [`parse_tsv`], keeping the text of each cell with `keep`.
fn parse_with<'t>(
    source_name: &str,
    text: &'t str,
    out: &mut Vec<Entry>,
    keep: impl Fn(&'t str) -> Text,
) -> Result<(), Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut seen_header = false;
    for (i, line) in lines(text).enumerate() {
        let line_no = i + 1;
        if trim(line).is_empty() || line.starts_with('#') {
            continue;
        }
        let cols = Row::split(line, false);
        if !seen_header {
            if *cols != HEADER {
                return Err(Error::parse(
                    source_name,
                    line_no,
                    format!("expected the header line `{}`", HEADER.join("\\t")),
                ));
            }
            seen_header = true;
            continue;
        }
        out.push(parse_entry(&cols, &keep).map_err(|m| Error::parse(source_name, line_no, m))?);
    }
    if !seen_header {
        return Err(Error::parse(
            source_name,
            1,
            "no header line and no entries",
        ));
    }
    Ok(())
}

fn parse_entry<'t>(cols: &Row<'t>, keep: impl Fn(&'t str) -> Text) -> Result<Entry, String> {
    if cols.width() != 6 {
        return Err(format!(
            "expected 6 tab-separated columns, found {}",
            cols.width()
        ));
    }
    let canonical = trim(cols[0]);
    if canonical.is_empty() {
        return Err("empty canonical name".into());
    }
    let label = match trim(cols[1]) {
        "PER" => Label::Person,
        "LOC" => Label::Location,
        "ORG" => Label::Organization,
        other => return Err(format!("label must be PER, LOC or ORG, not `{other}`")),
    };
    let mut entry = Entry {
        canonical: keep(canonical),
        label,
        subtype: keep(trim(cols[2])),
        aliases: split_byte(cols[3], b'|')
            .map(trim)
            .filter(|a| !a.is_empty())
            .map(&keep)
            .collect(),
        id: keep(trim(cols[4])),
        population: 0,
        gender: None,
        country: Text::Borrowed(""),
        office: Text::Borrowed(""),
        ambiguous: false,
        custom: false,
    };
    for pair in split_byte(cols[5], b';')
        .map(trim)
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair
            .split_once('=')
            .ok_or_else(|| format!("attribute `{pair}` is not key=value"))?;
        let value = trim(value);
        match trim(key) {
            "population" => {
                entry.population = value
                    .parse()
                    .map_err(|_| format!("population `{value}` is not a whole number"))?
            }
            "gender" => {
                entry.gender = match value {
                    "m" => Some(Gender::Male),
                    "f" => Some(Gender::Female),
                    "" | "-" | "u" => None,
                    _ => return Err(format!("gender must be m or f, not `{value}`")),
                }
            }
            "country" => entry.country = keep(value),
            "ambiguous" => entry.ambiguous = value == "1" || value == "true",
            // (`president of the United States (1861-1865)` is held no more.)
            "role" if !value.contains('(') => {
                let office = value.split_once(" of ").map_or(value, |(office, _)| office);
                entry.office = keep(office);
            }
            // Other attributes are kept in the file for people and tools.
            _ => {}
        }
    }
    Ok(entry)
}

/// The number of lines of `text`, counting a last one without a line
/// break: room to reserve before parsing a list.
pub(crate) fn line_count(text: &str) -> usize {
    // Counted in byte-wide lanes, a block at a time (255 bytes fit in a
    // `u8` count), which the compiler turns into vector code: a `usize`
    // count paid several instructions for each of the megabytes of lists
    // counted at start-up.
    let newlines = text.as_bytes().chunks(255).map(|block| {
        let n = block.iter().fold(0u8, |n, &b| n + u8::from(b == b'\n'));
        usize::from(n)
    });
    newlines.sum::<usize>() + 1
}

/// `s.split(sep as char)` by a byte loop: the aliases and attributes it
/// splits are a few bytes long, shorter than memchr's set-up pays for.
fn split_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let s = rest?;
        match s.bytes().position(|b| b == sep) {
            Some(end) => {
                rest = Some(&s[end + 1..]);
                Some(&s[..end])
            }
            None => {
                rest = None;
                Some(s)
            }
        }
    })
}

/// The columns of one line, without an allocation per line: the embedded
/// lists have hundreds of thousands of lines and are parsed at start-up.
/// Columns past [`Row::MAX`] are counted but not kept, so a line that long
/// still reports its true width in the error.
#[derive(Clone, Copy)]
pub(crate) struct Row<'a> {
    cols: [&'a str; Row::MAX],
    len: usize,
}

impl<'a> Row<'a> {
    /// The widest lists, the gazetteers, have six columns.
    const MAX: usize = 6;

    // Always inlined: built in place at the caller, a returned row was
    // copied for each of the hundreds of thousands of embedded lines.
    #[inline(always)]
    fn split(line: &'a str, trimmed: bool) -> Row<'a> {
        let mut row = Row {
            cols: [""; Row::MAX],
            len: 0,
        };
        let mut start = 0;
        while let Some(end) = find_byte(line.as_bytes(), start, b'\t') {
            row.push(&line[start..end], trimmed);
            start = end + 1;
        }
        row.push(&line[start..], trimmed);
        row
    }

    #[inline]
    fn push(&mut self, col: &'a str, trimmed: bool) {
        if let Some(slot) = self.cols.get_mut(self.len) {
            *slot = if trimmed { trim(col) } else { col };
        }
        self.len += 1;
    }

    /// The number of columns on the line, including any past [`Row::MAX`].
    pub(crate) fn width(&self) -> usize {
        self.len
    }
}

impl<'a> std::ops::Deref for Row<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.cols[..self.len.min(Row::MAX)]
    }
}

/// Rows of a word-list TSV with a header: yields the line number and columns of each row,
/// or an error naming the line whose column count differs from the header's.
pub(crate) fn tsv_rows<'a>(
    source_name: &'a str,
    text: &'a str,
) -> impl Iterator<Item = Result<(usize, Row<'a>), Error>> + 'a {
    let mut width = None;
    lines(text).enumerate().filter_map(move |(i, line)| {
        if trim(line).is_empty() || line.starts_with('#') {
            return None;
        }
        let cols = Row::split(line, true);
        match width {
            None => {
                width = Some(cols.width());
                None
            }
            Some(w) if w == cols.width() => Some(Ok((i + 1, cols))),
            Some(w) => Some(Err(Error::parse(
                source_name,
                i + 1,
                format!("expected {w} tab-separated columns, found {}", cols.width()),
            ))),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<Entry>, Error> {
        let mut out = Vec::new();
        parse_tsv("test.tsv", text, &mut out).map(|_| out)
    }

    const HEAD: &str = "canonical\tlabel\tsubtype\taliases\tid\tattributes\n";

    #[test]
    fn parses_a_full_row() {
        let e = parse(&format!(
            "# comment\n\n{HEAD}Kyiv\tLOC\tcity\tKiev|Kyyiv\t703448\tpopulation=2797553;country=UA\n"
        ))
        .unwrap();
        assert_eq!(e.len(), 1);
        assert_eq!(&*e[0].canonical, "Kyiv");
        assert_eq!(e[0].aliases.len(), 2);
        assert_eq!(e[0].population, 2797553);
        assert_eq!(&*e[0].country, "UA");
    }

    macro_rules! rejects {
        ($($name:ident: $body:expr => $line:expr, $needle:expr;)*) => {
            $(#[test]
            fn $name() {
                let err = parse($body).unwrap_err();
                assert_eq!(err.line(), Some($line), "{err}");
                assert_eq!(err.source_name(), "test.tsv");
                assert!(err.to_string().contains($needle), "{err}");
            })*
        };
    }

    #[test]
    fn lines_are_counted_across_blocks() {
        let long = "a\n".repeat(300) + &"\n".repeat(600);
        for text in ["", "a", "\n", "a\nb", "a\nb\n", &long, &long[1..]] {
            let want = text.bytes().filter(|&b| b == b'\n').count() + 1;
            assert_eq!(line_count(text), want, "{text:?}");
        }
    }

    #[test]
    fn rows_split_at_every_tab() {
        for line in [
            "",
            "\t",
            "a",
            "a\tb",
            "\t\t\t",
            "Kyiv\tLOC\tcity\tKiev|Kyyiv\t703448\tpop=1",
            "0123456\t89abcdef\tx",
            "01234567\t",
            "é\t\u{9}\t\u{109}\u{209}\t",
            "a\tb\tc\td\te\tf\tg\th\ti\tj",
        ] {
            let row = Row::split(line, false);
            let want: Vec<&str> = line.split('\t').collect();
            assert_eq!(row.width(), want.len(), "{line:?}");
            assert_eq!(*row, want[..want.len().min(Row::MAX)], "{line:?}");
        }
    }

    rejects! {
        missing_header: "Kyiv\tLOC\tcity\t\t\t\n" => 1, "header";
        empty_file: "" => 1, "header";
        too_few_columns: &format!("{HEAD}Kyiv\tLOC\n") => 2, "6 tab-separated";
        too_many_columns: &format!("{HEAD}Kyiv\tLOC\tcity\t\t\t\t\t\t\t\n") => 2, "found 10";
        crlf_and_blank_lines: &format!("\r\n{HEAD}\r\n  \r\nKyiv\tLOC\n") => 5, "found 2";
        bad_label: &format!("{HEAD}#x\nKyiv\tPLACE\tcity\t\t\t\n") => 3, "PER, LOC or ORG";
        empty_name: &format!("{HEAD} \tLOC\tcity\t\t\t\n") => 2, "empty canonical";
        bad_attribute: &format!("{HEAD}Kyiv\tLOC\tcity\t\t\tpopulation\n") => 2, "key=value";
        bad_population: &format!("{HEAD}Kyiv\tLOC\tcity\t\t\tpopulation=many\n") => 2, "whole number";
    }
}
