//! CPython's `repr(float)`: the shortest string that round-trips, laid out as CPython does.

/// Format `f` exactly as CPython's `repr(f)` does.
///
/// Rust's `{:e}` gives the shortest round-tripping digits; CPython uses the same
/// digits but switches to exponent notation when the decimal exponent is below
/// -4 or at least 16, and always shows a fractional part in fixed notation.
#[must_use]
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".to_owned() } else { "-inf".to_owned() };
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (negative, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = tie_to_even(f.abs(), digits, exp);
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    if !(-4..16).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let abs = exp.unsigned_abs();
        if abs < 10 {
            out.push('0');
        }
        out.push_str(&abs.to_string());
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let point = usize::try_from(exp).unwrap_or(0) + 1;
        if digits.len() <= point {
            out.push_str(&digits);
            for _ in digits.len()..point {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        }
    }
    out
}

/// CPython picks, among the shortest round-tripping digit strings, the one nearest
/// the exact value and, on an exact tie, the even one; Rust's shortest digits may
/// be the odd neighbour of a tie. `digits` is Rust's choice for `f` (positive) at
/// decimal exponent `exp`.
fn tie_to_even(f: f64, digits: String, exp: i32) -> String {
    let n = digits.len();
    let Some(last) = digits.bytes().last().map(|b| b - b'0') else {
        return digits;
    };
    if last.is_multiple_of(2) {
        return digits;
    }
    // a tie needs the exact value to end in 5 one digit past `digits`: that digit
    // string, rounded to n + 1 significant digits, ends in `5` and, one more, in `50`
    let near = format!("{:.*e}", n + 1, f);
    let Some((near_mantissa, near_exp)) = near.split_once('e') else {
        return digits;
    };
    if near_exp.parse::<i32>().ok() != Some(exp) || !near_mantissa.ends_with("50") {
        return digits;
    }
    let near_digits: String = near_mantissa.chars().filter(char::is_ascii_digit).collect();
    let mid = &near_digits[..=n];
    // the exact expansion of an f64 has at most 767 significant digits
    let exact = format!("{:.800e}", f);
    let exact_digits: String = exact
        .split_once('e')
        .map_or("", |(m, _)| m)
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    if !exact_digits.starts_with(mid) || !exact_digits[mid.len()..].bytes().all(|b| b == b'0') {
        return digits;
    }
    // exact tie between the two n-digit neighbours of `mid`: take the even one if it round-trips
    let lower = &mid[..n];
    let lower_last = lower.bytes().last().map_or(0, |b| b - b'0');
    let even = if lower_last.is_multiple_of(2) {
        lower.to_owned()
    } else {
        let mut up: Vec<u8> = lower.bytes().collect();
        match up.last_mut() {
            Some(d) if *d < b'9' => *d += 1,
            _ => return digits,
        }
        String::from_utf8(up).unwrap_or_default()
    };
    let candidate = format!("{}.{}e{exp}", &even[..1], &even[1..]);
    if candidate.parse::<f64>().ok() == Some(f) {
        even
    } else {
        digits
    }
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    #[allow(clippy::excessive_precision, reason = "exact ties are written out in full")]
    fn matches_cpython_layout() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (-2.5, "-2.5"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (123456789.125, "123456789.125"),
            (0.0, "0.0"),
            (133_048_583_327_808.125, "133048583327808.12"),
            (0.001_000_404_357_910_156_2, "0.0010004043579101562"),
            (2.5, "2.5"),
            (-0.0, "-0.0"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (0.1 + 0.2, "0.30000000000000004"),
        ];
        for (value, expected) in cases {
            assert_eq!(float_repr(value), expected, "{value:?}");
        }
    }
}
