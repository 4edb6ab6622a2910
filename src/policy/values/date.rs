//! `date_*` (rule C7): ISO 8601 / RFC 3339 times in UTC (`2026-01-01T00:00:00Z`, documented); by our choice
//! also `YYYY-MM-DD HH:MM:SS` (read as UTC, as in official examples), a bare date, a missing zone (UTC) and
//! other offsets. Hand-written rather than the `time` crate: this is all CAM needs, and it saved ~29 KB of WASM.

use super::ValueProblem;

/// A point in time as Unix nanoseconds, and whether reading it relied on a CHOICE form.
pub fn parse(text: &str) -> Result<(i128, bool), ValueProblem> {
    let trimmed = text.trim();
    read(trimmed).ok_or_else(|| ValueProblem::NotADate {
        value: trimmed.to_string(),
    })
}

fn read(text: &str) -> Option<(i128, bool)> {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = b.get(range)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
    };
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') || !(1..=12).contains(&month) {
        return None;
    }
    if day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let days = days_from_civil(year, month, day);
    if b.len() == 10 {
        return Some((i128::from(days) * 86_400 * NANOS, true));
    }
    let separator = *b.get(10)?;
    if !matches!(separator, b'T' | b't' | b' ') || b.get(13) != Some(&b':') {
        return None;
    }
    let (hour, minute) = (digits(11..13)?, digits(14..16)?);
    let mut at = 16;
    let mut second = 0;
    if b.get(at) == Some(&b':') {
        second = digits(17..19)?;
        at = 19;
    }
    let mut nanos: i128 = 0;
    if b.get(at) == Some(&b'.') {
        let start = at + 1;
        let mut end = start;
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
        if end == start {
            return None;
        }
        let fraction = &text[start..end.min(start + 9)];
        nanos = fraction.parse::<i128>().ok()? * 10i128.pow(9 - fraction.len() as u32);
        at = end;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let (offset_seconds, utc_marker) = match &text[at..] {
        "Z" | "z" => (0, true),
        "" => (0, false),
        zone => (offset(zone)?, false),
    };
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset_seconds;
    let documented = separator != b' ' && at >= 19 && (utc_marker || (&text[at..] == "+00:00"));
    Some((i128::from(seconds) * NANOS + nanos, !documented))
}

const NANOS: i128 = 1_000_000_000;

/// `+08:00`, `-0530`, `+08` → seconds east of UTC.
fn offset(zone: &str) -> Option<i64> {
    let sign = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let rest = &zone[1..];
    let (hours, minutes) = match rest.len() {
        2 => (rest, "00"),
        4 => (&rest[..2], &rest[2..]),
        5 if rest.as_bytes()[2] == b':' => (&rest[..2], &rest[3..]),
        _ => return None,
    };
    let all_digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
    if !all_digits(hours) || !all_digits(minutes) {
        return None;
    }
    let (hours, minutes): (i64, i64) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours <= 23 && minutes <= 59).then_some(sign * (hours * 3600 + minutes * 60))
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_documented_and_chosen_forms() {
        let (utc, chosen) = parse("2026-01-01T00:00:00Z").unwrap();
        assert!(!chosen);
        assert_eq!(utc, 1_767_225_600 * NANOS);
        assert_eq!(parse("2026-01-01T00:00:00+00:00").unwrap(), (utc, false));
        assert_eq!(parse("2026-01-01 00:00:00").unwrap(), (utc, true));
        assert_eq!(parse("2026-01-01T08:00:00+08:00").unwrap(), (utc, true));
        assert_eq!(parse("2025-12-31T19:00:00-0500").unwrap(), (utc, true));
        assert_eq!(parse("2026-01-01").unwrap(), (utc, true));
        assert_eq!(parse("2026-01-01T00:00").unwrap(), (utc, true));
        assert_eq!(
            parse("2026-01-01T00:00:00.5Z").unwrap(),
            (utc + NANOS / 2, false)
        );
        assert_eq!(parse("1969-12-31T23:59:59Z").unwrap().0, -NANOS);
        assert_eq!(
            parse("2024-02-29T00:00:00Z").unwrap().0,
            1_709_164_800 * NANOS
        );
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "yesterday",
            "2026-13-01T00:00:00Z",
            "2026-02-29T00:00:00Z",
            "2026-01-01T24:00:00Z",
            "2026-01-01X00:00:00Z",
            "2026-01-01T00:00:00+25:00",
            "2026-01-01T00:00:00.Z",
            "2026-1-1",
            "",
            "2026-01-01T00:00:00Zjunk",
            "２０２６-01-01",
        ] {
            assert!(parse(text).is_err(), "{text}");
        }
    }
}
