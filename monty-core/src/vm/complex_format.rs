//! `format(z, spec)` for complex numbers: each part formatted as a float, the
//! imaginary part always signed, parentheses only when no type is given.

use super::format::{Spec, format_float_body, group, pad};
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::complex::{Complex, part_repr};

/// `format(z, spec)` with a parsed, non-empty spec.
pub(super) fn format_complex(c: Complex, spec: &Spec) -> RunResult<String> {
    if let Some(t) = spec.ty
        && !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')
    {
        return Err(exc(
            ExcType::ValueError,
            format!("Unknown format code '{t}' for object of type 'complex'"),
        ));
    }
    if spec.zero || spec.fill == Some('0') {
        return Err(exc(
            ExcType::ValueError,
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(exc(
            ExcType::ValueError,
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if let (Some('n'), Some(sep)) = (spec.ty, spec.grouping) {
        return Err(exc(ExcType::ValueError, format!("Cannot specify '{sep}' with 'n'.")));
    }
    // no type: like str(z), a zero real part (not -0.0) is left out and the rest is parenthesized
    let bare = spec.ty.is_none();
    let skip_re = bare && c.re == 0.0 && c.re.is_sign_positive();
    let (re_neg, re_body) = part(c.re, spec);
    let (im_neg, im_body) = part(c.im, spec);
    let spec_sign = |neg: bool| match (neg, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    };
    let mut out = String::with_capacity(re_body.len() + im_body.len() + 5);
    if !skip_re {
        if bare {
            out.push('(');
        }
        out.push_str(spec_sign(re_neg));
        out.push_str(&re_body);
        out.push(if im_neg { '-' } else { '+' });
    } else {
        out.push_str(spec_sign(im_neg));
    }
    out.push_str(&im_body);
    out.push('j');
    if bare && !skip_re {
        out.push(')');
    }
    Ok(pad(spec, "", &out, '>'))
}

/// One part without its sign: whether it is negative, and its digits.
fn part(f: f64, spec: &Spec) -> (bool, String) {
    let body = match (spec.ty, spec.precision) {
        (None, None) => {
            let mut s = part_repr(f.abs());
            if spec.alt && f.is_finite() && !s.contains('.') {
                let at = s.find('e').unwrap_or(s.len());
                s.insert(at, '.');
            }
            s
        }
        (None | Some('n'), p) => format_float_body(f, 'g', p, spec.alt),
        (Some(t), p) => format_float_body(f, t, p, spec.alt),
    };
    let mut neg = f.is_sign_negative() && !f.is_nan();
    if spec.no_neg_zero && neg && f.is_finite() && !body.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        neg = false;
    }
    let body = match spec.grouping {
        Some(sep) if f.is_finite() => {
            let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
            let (int_part, rest) = body.split_at(split);
            format!("{}{rest}", group(int_part, sep, 3))
        }
        _ => body,
    };
    (neg, body)
}
