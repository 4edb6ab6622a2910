//! `date_*` (rule C7): ISO 8601 / RFC 3339 times in UTC; by our choice also `YYYY-MM-DD HH:MM:SS` (read as UTC,
//! as in official examples), other ISO 8601 forms and offsets.

use time::format_description::well_known::{Iso8601, Rfc3339};
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};

/// A point in time as Unix nanoseconds, and whether reading it relied on a CHOICE format.
pub fn parse(text: &str) -> Result<(i128, bool), String> {
    let text = text.trim();
    if let Ok(t) = OffsetDateTime::parse(text, &Rfc3339) {
        return Ok((t.unix_timestamp_nanos(), t.offset() != UtcOffset::UTC));
    }
    let space_separated = format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    if let Ok(t) = PrimitiveDateTime::parse(text, space_separated) {
        return Ok((t.assume_utc().unix_timestamp_nanos(), true));
    }
    if let Ok(t) = OffsetDateTime::parse(text, &Iso8601::DEFAULT) {
        return Ok((t.unix_timestamp_nanos(), true));
    }
    if let Ok(t) = PrimitiveDateTime::parse(text, &Iso8601::DEFAULT) {
        return Ok((t.assume_utc().unix_timestamp_nanos(), true));
    }
    if let Ok(d) = Date::parse(text, format_description!("[year]-[month]-[day]")) {
        return Ok((d.midnight().assume_utc().unix_timestamp_nanos(), true));
    }
    Err(format!(
        "`{text}` is not a date: write ISO 8601 in UTC, e.g. 2026-01-01T00:00:00Z"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_documented_and_chosen_forms() {
        let (utc, chosen) = parse("2026-01-01T00:00:00Z").unwrap();
        assert!(!chosen);
        assert_eq!(parse("2026-01-01 00:00:00").unwrap(), (utc, true));
        assert_eq!(parse("2026-01-01T08:00:00+08:00").unwrap(), (utc, true));
        assert_eq!(parse("2026-01-01").unwrap(), (utc, true));
        assert!(parse("yesterday").is_err());
        assert!(parse("2026-13-01T00:00:00Z").is_err());
    }
}
