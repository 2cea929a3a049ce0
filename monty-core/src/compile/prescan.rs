//! A cheap scan of the raw source that refuses pathological nesting before the
//! parser (which recurses on nesting) ever sees it.

/// Deepest bracket nesting accepted (CPython's parser stops at 200).
pub(crate) const MAX_BRACKET_DEPTH: usize = 100;
/// Deepest indentation accepted (CPython: "too many levels of indentation" at 100).
pub(crate) const MAX_INDENT_LEVELS: usize = 100;
/// Most operator tokens in one logical line; bounds the depth of operator chains.
pub(crate) const MAX_OPERATORS_PER_LINE: usize = 3000;
/// Largest source accepted.
pub(crate) const MAX_SOURCE_BYTES: usize = 10 * 1024 * 1024;

/// The problem found: message and 1-based line.
pub(crate) type ScanError = (String, u32);

/// Scan `src`; string literals and comments are skipped roughly (a quote toggles string state).
pub(crate) fn prescan(src: &str) -> Result<(), ScanError> {
    if src.len() > MAX_SOURCE_BYTES {
        return Err((
            format!(
                "source is too large ({} bytes; the limit is {MAX_SOURCE_BYTES})",
                src.len()
            ),
            1,
        ));
    }
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut line = 1u32;
    let mut ops = 0usize;
    let mut indents: Vec<usize> = Vec::new();
    let mut at_line_start = true;
    // The last non-blank byte: `)(`, `](`, `)[` and `][` are chained calls and
    // subscripts, which nest in the AST like operators even though brackets close.
    let mut last = b' ';
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let prev = last;
        if !c.is_ascii_whitespace() {
            last = c;
        }
        if at_line_start && depth == 0 {
            let mut col = 0;
            while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
                col += 1;
                i += 1;
            }
            at_line_start = false;
            if i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'#' && bytes[i] != b'\r' {
                while indents.last().is_some_and(|&top| top > col) {
                    indents.pop();
                }
                if col > 0 && indents.last().is_none_or(|&top| top < col) {
                    indents.push(col);
                }
                if indents.len() > MAX_INDENT_LEVELS {
                    return Err(("too many levels of indentation".to_owned(), line));
                }
            }
            continue;
        }
        match c {
            b'\n' => {
                line += 1;
                if depth == 0 {
                    ops = 0;
                    at_line_start = true;
                }
            }
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                if matches!(prev, b')' | b']') && c != b'{' {
                    ops += 1;
                    if ops > MAX_OPERATORS_PER_LINE {
                        return Err((
                            "expression is too complex (too many operators in one statement)".to_owned(),
                            line,
                        ));
                    }
                }
                depth += 1;
                if depth > MAX_BRACKET_DEPTH {
                    return Err(("too many nested parentheses".to_owned(), line));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\'' | b'"' => {
                let triple = bytes.get(i + 1) == Some(&c) && bytes.get(i + 2) == Some(&c);
                let step = if triple { 3 } else { 1 };
                i += step;
                while i < bytes.len() {
                    if bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == b'\n' {
                        line += 1;
                        if !triple {
                            break;
                        }
                    }
                    if bytes[i] == c && (!triple || (bytes.get(i + 1) == Some(&c) && bytes.get(i + 2) == Some(&c))) {
                        i += step;
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^' | b'~' | b'<' | b'>' | b'=' | b'@' | b'.' => {
                ops += 1;
                if ops > MAX_OPERATORS_PER_LINE {
                    return Err((
                        "expression is too complex (too many operators in one statement)".to_owned(),
                        line,
                    ));
                }
            }
            b'n' | b'l' | b'a' | b'i' => {
                let word_start = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
                let rest = &bytes[i..];
                if word_start
                    && ["not ", "lambda", "await ", "if "]
                        .iter()
                        .any(|w| rest.starts_with(w.as_bytes()))
                {
                    ops += 1;
                    if ops > MAX_OPERATORS_PER_LINE {
                        return Err((
                            "expression is too complex (too many operators in one statement)".to_owned(),
                            line,
                        ));
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}
