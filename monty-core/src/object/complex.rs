//! `complex`: the value, its arithmetic as CPython computes it (so results agree
//! to the last bit), its repr, and the text `complex(str)` accepts.

use serde::{Deserialize, Serialize};

use crate::object::float_repr::float_repr;

/// A complex number: two f64 parts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Complex {
    /// `.real`
    pub re: f64,
    /// `.imag`
    pub im: f64,
}

impl std::ops::Add for Complex {
    type Output = Self;

    fn add(self, o: Self) -> Self {
        Self::new(self.re + o.re, self.im + o.im)
    }
}

impl std::ops::Sub for Complex {
    type Output = Self;

    fn sub(self, o: Self) -> Self {
        Self::new(self.re - o.re, self.im - o.im)
    }
}

/// The schoolbook product (no special casing of infinities, as CPython).
impl std::ops::Mul for Complex {
    type Output = Self;

    fn mul(self, o: Self) -> Self {
        Self::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }
}

impl std::ops::Neg for Complex {
    type Output = Self;

    fn neg(self) -> Self {
        Self::new(-self.re, -self.im)
    }
}

/// Why `a ** b` has no complex result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PowError {
    /// Zero to a negative or complex power.
    ZeroToNegative,
    /// A part of the result overflowed.
    Overflow,
}

/// Exponents at most this large (in magnitude) and integral are computed by
/// repeated squaring, as CPython does, rather than through polar form.
const MAX_INT_EXPONENT: f64 = 100.0;

impl Complex {
    /// `re + im*j`
    #[must_use]
    pub fn new(re: f64, im: f64) -> Self {
        Self { re, im }
    }

    /// `a / b` by Smith's method (scale by the larger part of the divisor);
    /// `None` when the divisor is zero.
    #[must_use]
    pub fn checked_div(self, o: Self) -> Option<Self> {
        let (abs_re, abs_im) = (o.re.abs(), o.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = o.im / o.re;
            let denom = o.re + o.im * ratio;
            Some(Self::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = o.re / o.im;
            let denom = o.re * ratio + o.im;
            Some(Self::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            // a NaN in the divisor
            Some(Self::new(f64::NAN, f64::NAN))
        }
    }

    /// `a ** b`: repeated squaring for small integral exponents, polar form otherwise.
    ///
    /// # Errors
    /// [`PowError`] for zero to a negative or complex power, or an infinite part.
    pub fn pow(self, e: Self) -> Result<Self, PowError> {
        let r = if e.im == 0.0 && e.re == e.re.floor() && e.re.abs() <= MAX_INT_EXPONENT {
            #[expect(clippy::cast_possible_truncation, reason = "|e.re| <= 100 and integral")]
            let n = e.re as i64;
            self.powi(n)?
        } else {
            self.pow_polar(e)?
        };
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(PowError::Overflow);
        }
        Ok(r)
    }

    fn powi(self, n: i64) -> Result<Self, PowError> {
        let one = Self::new(1.0, 0.0);
        if n > 0 {
            return Ok(self.powu(n.unsigned_abs()));
        }
        one.checked_div(self.powu(n.unsigned_abs()))
            .ok_or(PowError::ZeroToNegative)
    }

    fn powu(self, n: u64) -> Self {
        let mut result = Self::new(1.0, 0.0);
        let mut square = self;
        let mut bit = 1u64;
        while bit <= n && bit != 0 {
            if n & bit != 0 {
                result = result * square;
            }
            bit <<= 1;
            square = square * square;
        }
        result
    }

    fn pow_polar(self, e: Self) -> Result<Self, PowError> {
        if e.re == 0.0 && e.im == 0.0 {
            return Ok(Self::new(1.0, 0.0));
        }
        if self.re == 0.0 && self.im == 0.0 {
            if e.im != 0.0 || e.re < 0.0 {
                return Err(PowError::ZeroToNegative);
            }
            return Ok(Self::new(0.0, 0.0));
        }
        let modulus = self.re.hypot(self.im);
        let mut len = modulus.powf(e.re);
        let angle = self.im.atan2(self.re);
        let mut phase = angle * e.re;
        if e.im != 0.0 {
            len /= (angle * e.im).exp();
            phase += e.im * modulus.ln();
        }
        Ok(Self::new(len * phase.cos(), len * phase.sin()))
    }

    /// `abs(z)`: the hypotenuse; `None` when finite parts overflow it.
    #[must_use]
    pub fn abs(self) -> Option<f64> {
        if self.re.is_infinite() || self.im.is_infinite() {
            return Some(f64::INFINITY);
        }
        if self.re.is_nan() || self.im.is_nan() {
            return Some(f64::NAN);
        }
        let h = self.re.hypot(self.im);
        h.is_finite().then_some(h)
    }

    /// `repr(z)` (and `str(z)`): `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
    #[must_use]
    pub fn repr(self) -> String {
        if self.re == 0.0 && self.re.is_sign_positive() {
            return format!("{}j", part_repr(self.im));
        }
        let sign = if self.im.is_sign_negative() && !self.im.is_nan() {
            ""
        } else {
            "+"
        };
        format!("({}{sign}{}j)", part_repr(self.re), part_repr(self.im))
    }
}

/// One part as CPython's complex repr shows it: the float repr without a trailing `.0`.
pub(crate) fn part_repr(f: f64) -> String {
    let mut s = float_repr(f);
    if s.ends_with(".0") {
        s.truncate(s.len() - 2);
    }
    s
}

/// Why `complex(str)` refused its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseError {
    /// Not a complex number (`complex() arg is a malformed string`).
    Malformed,
    /// An underscore not between two digits (`could not convert string to complex: '...'`).
    Underscore,
}

/// Parse the text `complex()` accepts: `<float>`, `<float>j`, `<float><signed float>j`,
/// the bare forms `j`, `+j`, `<float>+j`, optionally in parentheses, with
/// surrounding whitespace, and underscores between digits.
///
/// # Errors
/// [`ParseError`] when the text is not a complex number.
pub fn parse_complex(text: &str) -> Result<Complex, ParseError> {
    // non-ASCII decimal digits read as ASCII ones; other non-ASCII is never valid
    let mut s: Vec<u8> = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            s.push(c as u8);
        } else if is_space(c) {
            s.push(b' ');
        } else if let Some(d) = crate::builtins::unicode_digit(c) {
            s.push(u8::try_from(u32::from(d)).unwrap_or(b'?'));
        } else {
            return Err(ParseError::Malformed);
        }
    }
    if s.contains(&b'_') {
        let ok = s.iter().enumerate().all(|(i, &c)| {
            c != b'_' || (i > 0 && s[i - 1].is_ascii_digit() && s.get(i + 1).is_some_and(u8::is_ascii_digit))
        });
        if !ok {
            return Err(ParseError::Underscore);
        }
        s.retain(|&c| c != b'_');
    }
    parse_ascii(&s).ok_or(ParseError::Malformed)
}

fn parse_ascii(s: &[u8]) -> Option<Complex> {
    let mut i = 0;
    let skip_space = |i: &mut usize| {
        while s.get(*i).is_some_and(|&c| c == b' ' || (b'\t'..=b'\r').contains(&c)) {
            *i += 1;
        }
    };
    skip_space(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_space(&mut i);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut re, mut im) = (0.0, 0.0);
    if let Some((z, n)) = float_prefix(&s[i..]) {
        i += n;
        match s.get(i) {
            Some(&sign @ (b'+' | b'-')) => {
                re = z;
                if let Some((y, n)) = float_prefix(&s[i..]) {
                    im = y;
                    i += n;
                } else {
                    im = if sign == b'+' { 1.0 } else { -1.0 };
                    i += 1;
                }
                if !is_j(s.get(i)) {
                    return None;
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                im = z;
                i += 1;
            }
            _ => re = z,
        }
    } else {
        im = match s.get(i) {
            Some(b'+') => {
                i += 1;
                1.0
            }
            Some(b'-') => {
                i += 1;
                -1.0
            }
            _ => 1.0,
        };
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
    }
    skip_space(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        skip_space(&mut i);
    }
    (i == s.len()).then_some(Complex::new(re, im))
}

/// The longest float at the start of `s` (sign, digits with an optional point
/// and exponent, or `inf`/`infinity`/`nan`) and how many bytes it took.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let signed = |f: f64| if negative { -f } else { f };
    let rest = &s[i..];
    let starts = |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    if starts(b"infinity") {
        return Some((signed(f64::INFINITY), i + 8));
    }
    if starts(b"inf") {
        return Some((signed(f64::INFINITY), i + 3));
    }
    if starts(b"nan") {
        return Some((signed(f64::NAN), i + 3));
    }
    let digits_from = |mut j: usize| {
        while s.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        j
    };
    let int_end = digits_from(i);
    let mut end = int_end;
    let mut any_digits = int_end > i;
    if s.get(end) == Some(&b'.') {
        let frac_end = digits_from(end + 1);
        any_digits |= frac_end > end + 1;
        end = frac_end;
    }
    if !any_digits {
        return None;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_end = digits_from(j);
        if exp_end > j {
            end = exp_end;
        }
    }
    let text = std::str::from_utf8(&s[..end]).ok()?;
    Some((text.parse::<f64>().ok()?, end))
}

/// Whitespace as `str.isspace` sees it.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_accepted_forms() {
        let p = |s: &str| parse_complex(s).map(|c| (c.re, c.im));
        assert_eq!(p("1+2j"), Ok((1.0, 2.0)));
        assert_eq!(p(" ( -1.5e3-2J ) "), Ok((-1500.0, -2.0)));
        assert_eq!(p("j"), Ok((0.0, 1.0)));
        assert_eq!(p("-j"), Ok((0.0, -1.0)));
        assert_eq!(p("3+j"), Ok((3.0, 1.0)));
        assert_eq!(p("1_0j"), Ok((0.0, 10.0)));
        assert_eq!(p("1e"), Err(ParseError::Malformed));
        assert_eq!(p("1_j"), Err(ParseError::Underscore));
        assert_eq!(p("1+ 2j"), Err(ParseError::Malformed));
        assert_eq!(p(""), Err(ParseError::Malformed));
    }

    #[test]
    fn reprs_as_cpython() {
        assert_eq!(Complex::new(1.0, 2.0).repr(), "(1+2j)");
        assert_eq!(Complex::new(0.0, 2.0).repr(), "2j");
        assert_eq!(Complex::new(-0.0, -1.0).repr(), "(-0-1j)");
        assert_eq!(Complex::new(0.0, 1e16).repr(), "1e+16j");
        assert_eq!(Complex::new(f64::NAN, f64::INFINITY).repr(), "(nan+infj)");
    }
}
