//! Unicode character properties as CPython's `str` methods see them
//! (decimal/digit/numeric values, titlecase, case folding, printability).

/// First code point of every run of ten decimal digits (general category Nd).
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Characters with a digit value that are not decimal (superscripts, circled digits, ...).
const DIGIT_RANGES: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// Ideographs with a numeric value (numeric although their category is Lo).
const NUMERIC_IDEOGRAPHS: &[u32] = &[
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0,
    0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C,
    0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10,
    0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C,
    0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064, 0x200E2, 0x20121,
    0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890,
];

/// The decimal value of `c` if it is a decimal digit (`str.isdecimal`).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let code = c as u32;
    DECIMAL_ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&code))
        .map(|&z| code - z)
}

/// `str.isdecimal` for one character.
pub(crate) fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `str.isdigit` for one character.
pub(crate) fn is_digit(c: char) -> bool {
    let code = c as u32;
    is_decimal(c) || DIGIT_RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&code))
}

/// `str.isnumeric` for one character.
pub(crate) fn is_numeric(c: char) -> bool {
    c.is_numeric() || NUMERIC_IDEOGRAPHS.binary_search(&(c as u32)).is_ok()
}

/// Whether `c` is a titlecase letter (general category Lt).
pub(crate) fn is_titlecase(c: char) -> bool {
    matches!(
        c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC
    )
}

/// Whether `c` is cased: uppercase, lowercase or titlecase.
pub(crate) fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Push the titlecase mapping of `c` onto `out`.
pub(crate) fn push_title(out: &mut String, c: char) {
    let code = c as u32;
    let mapped = match code {
        0x1C4..=0x1C6 => Some(0x1C5),
        0x1C7..=0x1C9 => Some(0x1C8),
        0x1CA..=0x1CC => Some(0x1CB),
        0x1F1..=0x1F3 => Some(0x1F2),
        0x10D0..=0x10FF => Some(code),
        0x1F80..=0x1FAF => Some(code | 0x8),
        0x1FB3 | 0x1FBC => Some(0x1FBC),
        0x1FC3 | 0x1FCC => Some(0x1FCC),
        0x1FF3 | 0x1FFC => Some(0x1FFC),
        _ => None,
    };
    if let Some(m) = mapped.and_then(char::from_u32) {
        out.push(m);
        return;
    }
    if code == 0x149 {
        out.push_str("\u{2BC}N");
        return;
    }
    let mut upper = c.to_uppercase();
    if let Some(first) = upper.next() {
        out.push(first);
    }
    for rest in upper {
        out.extend(rest.to_lowercase());
    }
}

/// Push the full case folding of `c` onto `out` (`str.casefold`).
pub(crate) fn push_casefold(out: &mut String, c: char) {
    let special = match c {
        'ß' | 'ẞ' => "ss",
        'ſ' => "s",
        'ς' => "σ",
        'ϐ' => "β",
        'ϑ' => "θ",
        'ϕ' => "φ",
        'ϖ' => "π",
        'ϰ' => "κ",
        'ϱ' => "ρ",
        'ϵ' => "ε",
        'µ' => "μ",
        'ŉ' => "\u{2BC}n",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        _ => "",
    };
    if special.is_empty() {
        out.extend(c.to_lowercase());
    } else {
        out.push_str(special);
    }
}

/// `str.isprintable` for one character (approximate: control, format,
/// separator, surrogate and private-use characters are not printable).
pub(crate) fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    let code = c as u32;
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(
        code,
        0xAD | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0xE000..=0xF8FF
            | 0xF0000..=0x10FFFF
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// Whether `c` may start an identifier.
pub(crate) fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// Whether `c` may continue an identifier.
pub(crate) fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric() || matches!(c as u32, 0x300..=0x36F | 0xB7 | 0x203F | 0x2040)
}
