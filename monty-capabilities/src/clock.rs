//! SECURITY: the clock capability. Without it a program has no way to read
//! the time (invariant 6: runs are deterministic); with it, the program reads
//! exactly the clock the embedder chose: the system's, or one frozen at an
//! instant, which a program cannot move or see past.
//!
//! Functions (group `clock`):
//!
//! - `now() -> str`: the current instant in UTC as ISO 8601, in the form of
//!   CPython's `datetime.now(timezone.utc).isoformat()`
//!   (`2026-11-27T00:05:03.250000+00:00`; no fraction when it is zero).
//! - `timestamp() -> float`: seconds since the Unix epoch, like `time.time()`.
//! - `monotonic() -> float`: seconds since the capability was granted, never
//!   decreasing, like `time.monotonic()` (always `0.0` on a frozen clock).
//!
//! The `time` and `datetime` modules read this same capability (found through
//! the private `_monty_host` module): `time.time()` calls `timestamp`,
//! `time.monotonic()`/`perf_counter()` call `monotonic`, and `datetime.now()`,
//! `date.today()` and `time.time_ns()` call `now`. Without the grant they raise
//! `PermissionError: ... needs the clock capability: grant group 'clock'`.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use monty_core::{HostError, MontyObject};

use crate::capability::Capability;
use crate::function::HostFunction;

/// A clock configuration that does not make sense.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClockError {
    /// The text is neither `system`, a number of seconds nor an ISO 8601 instant.
    #[error(
        "cannot read {0:?} as a clock: expected `system`, seconds since the Unix epoch, \
         or an instant such as 2026-11-27T09:30:00Z"
    )]
    Unparsable(String),
    /// The instant is before 0001-01-01 or after 9999-12-31 (what `datetime` can hold).
    #[error("the instant {0:?} is outside the years 1 to 9999")]
    OutOfRange(String),
}

/// The clock a program may read: the system's, or frozen at one instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// `None` for the system clock; else microseconds since the Unix epoch.
    frozen_micros: Option<i64>,
}

/// Microseconds from the epoch to 0001-01-01T00:00:00 and to 9999-12-31T23:59:59.999999.
const MIN_MICROS: i64 = -62_135_596_800_000_000;
const MAX_MICROS: i64 = 253_402_300_799_999_999;

impl Clock {
    /// The host's real clock.
    #[must_use]
    pub const fn system() -> Self {
        Self { frozen_micros: None }
    }

    /// A clock that always reads `instant` (to the microsecond): for
    /// reproducible runs and tests.
    ///
    /// # Errors
    /// The instant is past the year 9999.
    pub fn frozen(instant: SystemTime) -> Result<Self, ClockError> {
        let micros = match instant.duration_since(UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_micros()).ok(),
            Err(before) => i64::try_from(before.duration().as_micros()).ok().map(|m| -m),
        };
        Self::frozen_micros(micros, &format!("{instant:?}"))
    }

    /// A clock frozen `seconds` after the Unix epoch (negative: before it).
    ///
    /// # Errors
    /// `seconds` is not finite or outside the years 1 to 9999.
    pub fn frozen_at_unix(seconds: f64) -> Result<Self, ClockError> {
        let micros = (seconds * 1e6).round();
        // The cast saturates; the range check below rejects the saturated ends.
        #[expect(clippy::cast_possible_truncation, reason = "range-checked right after")]
        let micros = micros.is_finite().then_some(micros as i64);
        Self::frozen_micros(micros, &seconds.to_string())
    }

    fn frozen_micros(micros: Option<i64>, shown: &str) -> Result<Self, ClockError> {
        match micros {
            Some(m) if (MIN_MICROS..=MAX_MICROS).contains(&m) => Ok(Self { frozen_micros: Some(m) }),
            _ => Err(ClockError::OutOfRange(shown.to_owned())),
        }
    }

    /// Read a clock from text, as the command line takes it: `system`, seconds
    /// since the Unix epoch (`1700000000.5`), or a UTC instant in ISO 8601
    /// (`2026-11-27`, `2026-11-27T09:30:00Z`, `2026-11-27T09:30:00.25+00:00`).
    ///
    /// # Errors
    /// The text is none of those.
    pub fn parse(text: &str) -> Result<Self, ClockError> {
        let text = text.trim();
        if text == "system" {
            return Ok(Self::system());
        }
        if let Ok(seconds) = text.parse::<f64>() {
            return Self::frozen_at_unix(seconds);
        }
        let micros = parse_iso(text).ok_or_else(|| ClockError::Unparsable(text.to_owned()))?;
        Self::frozen_micros(Some(micros), text)
    }

    /// Whether the clock is frozen.
    #[must_use]
    pub const fn is_frozen(&self) -> bool {
        self.frozen_micros.is_some()
    }

    /// Microseconds since the Unix epoch, now.
    fn micros(&self) -> Result<i64, HostError> {
        if let Some(m) = self.frozen_micros {
            return Ok(m);
        }
        let since = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_err(|_| HostError::new("OSError", "the system clock is set before 1970"))?;
        i64::try_from(since.as_micros()).map_err(|_| HostError::new("OSError", "the system clock is past 9999"))
    }
}

impl Capability for Clock {
    fn functions(&self) -> Vec<HostFunction> {
        let clock = *self;
        let granted_at = Instant::now();
        vec![
            HostFunction::builder("now")
                .group("clock")
                .doc(
                    "The current time in UTC, as an ISO 8601 string such as \
                     '2026-11-27T09:30:00.250000+00:00' (as datetime.now(timezone.utc).isoformat()).",
                )
                .returns::<String>()
                .build(move |_| Ok(MontyObject::Str(format_iso(clock.micros()?)))),
            HostFunction::builder("timestamp")
                .group("clock")
                .doc("Seconds since the Unix epoch (1970-01-01 UTC), as time.time().")
                .returns::<f64>()
                .build(move |_| {
                    #[expect(
                        clippy::cast_precision_loss,
                        reason = "as CPython's time.time(): microseconds in a double"
                    )]
                    let seconds = clock.micros()? as f64 / 1e6;
                    Ok(MontyObject::Float(seconds))
                }),
            HostFunction::builder("monotonic")
                .group("clock")
                .doc("Seconds elapsed since the run was given the clock; never decreases (as time.monotonic()).")
                .returns::<f64>()
                .build(move |_| {
                    let elapsed = if clock.is_frozen() {
                        Duration::ZERO
                    } else {
                        granted_at.elapsed()
                    };
                    Ok(MontyObject::Float(elapsed.as_secs_f64()))
                }),
        ]
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number from [`days_from_civil`]: `(year, month, day)`.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `datetime.fromtimestamp(micros / 1e6, timezone.utc).isoformat()`.
fn format_iso(micros: i64) -> String {
    let days = micros.div_euclid(86_400_000_000);
    let in_day = micros.rem_euclid(86_400_000_000);
    let (year, month, day) = civil_from_days(days);
    let seconds = in_day / 1_000_000;
    let fraction = in_day % 1_000_000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if fraction == 0 {
        format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}+00:00")
    } else {
        format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.{fraction:06}+00:00")
    }
}

/// `YYYY-MM-DD`, optionally `THH:MM[:SS[.ffffff]]` and `Z` or `+00:00` (UTC only:
/// an offset would be a guess about what the user meant).
fn parse_iso(text: &str) -> Option<i64> {
    let (date, time) = match text.split_once(['T', ' ']) {
        Some((date, time)) => (date, Some(time)),
        None => (text, None),
    };
    let number = |s: &str, len: usize| -> Option<i64> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    let mut parts = date.split('-');
    let (year, month, day) = (
        number(parts.next()?, 4)?,
        number(parts.next()?, 2)?,
        number(parts.next()?, 2)?,
    );
    if parts.next().is_some() || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut micros = days_from_civil(year, month, day).checked_mul(86_400_000_000)?;
    if let Some(time) = time {
        let time = time
            .strip_suffix('Z')
            .or_else(|| time.strip_suffix("+00:00"))
            .unwrap_or(time);
        if time.contains(['+', '-', 'Z']) {
            return None;
        }
        let (clock, fraction) = time.split_once('.').unwrap_or((time, ""));
        let mut fields = clock.split(':');
        let hours = number(fields.next()?, 2)?;
        let minutes = number(fields.next()?, 2)?;
        let seconds = fields.next().map_or(Some(0), |s| number(s, 2))?;
        if fields.next().is_some() || hours > 23 || minutes > 59 || seconds > 59 {
            return None;
        }
        let fraction_micros = if fraction.is_empty() {
            0
        } else {
            if fraction.len() > 6 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            format!("{fraction:0<6}").parse::<i64>().ok()?
        };
        micros += ((hours * 60 + minutes) * 60 + seconds) * 1_000_000 + fraction_micros;
    }
    Some(micros)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [-719_162, -1, 0, 1, 59, 365, 11_016, 20_784, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-719_162), (1, 1, 1));
    }

    #[test]
    fn iso_formats_as_cpython() {
        // datetime.fromtimestamp(1700000000.5, timezone.utc).isoformat()
        assert_eq!(format_iso(1_700_000_000_500_000), "2023-11-14T22:13:20.500000+00:00");
        assert_eq!(format_iso(0), "1970-01-01T00:00:00+00:00");
        assert_eq!(format_iso(-1), "1969-12-31T23:59:59.999999+00:00");
        assert_eq!(format_iso(MIN_MICROS), "0001-01-01T00:00:00+00:00");
        assert_eq!(format_iso(MAX_MICROS), "9999-12-31T23:59:59.999999+00:00");
    }

    #[test]
    fn iso_parses_utc_only() {
        assert_eq!(parse_iso("2023-11-14T22:13:20.5Z"), Some(1_700_000_000_500_000));
        assert_eq!(parse_iso("2023-11-14T22:13:20+00:00"), Some(1_700_000_000_000_000));
        assert_eq!(parse_iso("1970-01-01"), Some(0));
        assert_eq!(parse_iso("2024-02-29"), Some(1_709_164_800_000_000));
        for bad in [
            "2023-02-29",
            "2023-13-01",
            "2023-11-14T24:00",
            "2023-11-14T10:00+02:00",
            "2023-11-14T10:00:00.1234567",
            "23-11-14",
            "2023-11-14T10",
            "soon",
            "",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }
}
