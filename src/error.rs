//! The crate's one error type.

use std::fmt;

/// Everything that can go wrong in whosaid: reading or parsing a gazetteer,
/// reading a file, decoding a JSONL record.
///
/// The error is opaque so that new failure cases can be added without breaking
/// callers. Its `Display` names the source (file name or the name given to an
/// in-memory gazetteer) and the line where that applies;
/// [`Error::source_name`] and [`Error::line`] expose them for programs.
pub struct Error {
    kind: Box<ErrorKind>,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum ErrorKind {
    #[error("{source_name}:{line}: {message}")]
    Parse {
        source_name: String,
        line: usize,
        message: String,
    },
    #[error("{source_name}: {error}")]
    Io {
        source_name: String,
        #[source]
        error: std::io::Error,
    },
    #[error("{source_name}: invalid UTF-8 at byte {offset}")]
    Utf8 { source_name: String, offset: usize },
}

impl Error {
    pub(crate) fn parse(source_name: &str, line: usize, message: impl Into<String>) -> Error {
        ErrorKind::Parse {
            source_name: source_name.to_string(),
            line,
            message: message.into(),
        }
        .into()
    }

    pub(crate) fn io(source_name: &str, error: std::io::Error) -> Error {
        ErrorKind::Io {
            source_name: source_name.to_string(),
            error,
        }
        .into()
    }

    pub(crate) fn utf8(source_name: &str, offset: usize) -> Error {
        ErrorKind::Utf8 {
            source_name: source_name.to_string(),
            offset,
        }
        .into()
    }

    /// A copy of this error (an I/O error keeps its kind and message).
    pub(crate) fn duplicate(&self) -> Error {
        match &*self.kind {
            ErrorKind::Parse {
                source_name,
                line,
                message,
            } => Error::parse(source_name, *line, message.clone()),
            ErrorKind::Io { source_name, error } => Error::io(
                source_name,
                std::io::Error::new(error.kind(), error.to_string()),
            ),
            ErrorKind::Utf8 {
                source_name,
                offset,
            } => Error::utf8(source_name, *offset),
        }
    }

    /// The file, or the name given to an in-memory source, that failed.
    pub fn source_name(&self) -> &str {
        match &*self.kind {
            ErrorKind::Parse { source_name, .. }
            | ErrorKind::Io { source_name, .. }
            | ErrorKind::Utf8 { source_name, .. } => source_name,
        }
    }

    /// The 1-based line the error was found on, when it concerns one line.
    pub fn line(&self) -> Option<usize> {
        match &*self.kind {
            ErrorKind::Parse { line, .. } => Some(*line),
            _ => None,
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error {
            kind: Box::new(kind),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.kind, f)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.kind, f)
    }
}

// The boxed `std::io::Error` inside may carry a custom payload, which makes
// the type not unwind-safe automatically; an `Error` is an immutable report,
// so observing one after a panic cannot break an invariant.
impl std::panic::UnwindSafe for Error {}
impl std::panic::RefUnwindSafe for Error {}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&*self.kind)
    }
}

/// Reads a file as UTF-8 text; invalid UTF-8 is an error naming the file and
/// the byte offset of the first bad byte.
pub fn read_text_file(path: impl AsRef<std::path::Path>) -> Result<String, Error> {
    let path = path.as_ref();
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::io(&name, e))?;
    String::from_utf8(bytes).map_err(|e| Error::utf8(&name, e.utf8_error().valid_up_to()))
}
