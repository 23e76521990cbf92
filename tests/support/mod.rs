//! Code shared by several test targets (not a test target itself).

pub mod hostile_text;
