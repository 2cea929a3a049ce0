//! Code generation for `match` statements.
//!
//! The subject stays on the stack while the cases are tried; each case tests a
//! copy. A pattern consumes the value on top of the stack: on success it falls
//! through, on failure it jumps into a chain of `Pop`s that brings the stack
//! back to the depth where the next alternative (or case) starts. Capture
//! names are bound as soon as their sub-pattern matches (PEP 634 leaves the
//! bindings of a failed match unspecified).
//!
//! Patterns nest only through brackets (bounded by the prescan) and `as`/`|`
//! chains; every level passes through [`Compiler::enter`], so the recursion here
//! is bounded like the rest of the code generator.

use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::builder::Label;
use super::{CompileResult, Compiler};
use crate::bytecode::{CmpOp, Const, Instr};

/// Most sub-patterns of one sequence, mapping or class pattern.
const MAX_SUBPATTERNS: usize = 0xffff;

/// Where a failing pattern goes, and what the case's pattern has bound so far.
struct PatCtx {
    /// Stack depth at the failure point.
    base: i64,
    /// `pops[i]`: pop `i` values, then continue at the failure point.
    pops: Vec<Label>,
    /// Names bound so far.
    bound: Vec<String>,
    /// Whether an irrefutable pattern is allowed here (the last case, or one with a guard).
    allow_irrefutable: bool,
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CompileResult<()> {
        self.expr(&m.subject)?;
        let end = self.unit.b.new_label();
        let base = self.unit.b.depth;
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            self.set_line(case.pattern.range());
            self.unit.b.depth = base;
            self.emit(Instr::Dup);
            let mut ctx = PatCtx {
                base,
                pops: Vec::new(),
                bound: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
            };
            self.pattern(&case.pattern, &mut ctx)?;
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut ctx, base);
                self.cond_jump(g, false, fail)?;
            }
            self.emit(Instr::Pop);
            self.body(&case.body)?;
            self.jump(Instr::Jump, end);
            self.place_fail_chain(&ctx.pops, base);
        }
        self.unit.b.depth = base;
        self.emit(Instr::Pop);
        self.unit.b.place(end);
        self.unit.b.depth = base - 1;
        Ok(())
    }

    /// The label that pops the stack from `depth` down to the failure point.
    fn fail_label(&mut self, ctx: &mut PatCtx, depth: i64) -> Label {
        let n = usize::try_from(depth - ctx.base).unwrap_or(0);
        while ctx.pops.len() <= n {
            ctx.pops.push(self.unit.b.new_label());
        }
        ctx.pops[n]
    }

    /// Pop the flag on top; fail if it is false.
    fn fail_if_false(&mut self, ctx: &mut PatCtx) {
        let depth = self.unit.b.depth - 1;
        let fail = self.fail_label(ctx, depth);
        self.jump(Instr::JumpIfFalse, fail);
    }

    /// `pops[n]: Pop ... pops[1]: Pop, pops[0]:` landing at depth `base`.
    fn place_fail_chain(&mut self, pops: &[Label], base: i64) {
        for i in (1..pops.len()).rev() {
            self.unit.b.place(pops[i]);
            self.unit.b.depth = base + i64::try_from(i).unwrap_or(0);
            self.emit(Instr::Pop);
        }
        if let Some(&first) = pops.first() {
            self.unit.b.place(first);
        }
        self.unit.b.depth = base;
    }

    fn pattern(&mut self, p: &'a Pattern, ctx: &mut PatCtx) -> CompileResult<()> {
        self.enter(p.range())?;
        let r = self.pattern_inner(p, ctx);
        self.leave();
        r
    }

    /// A pattern inside a sequence, mapping or class pattern: irrefutable is fine there.
    fn subpattern(&mut self, p: &'a Pattern, ctx: &mut PatCtx) -> CompileResult<()> {
        let allow = std::mem::replace(&mut ctx.allow_irrefutable, true);
        let r = self.pattern(p, ctx);
        ctx.allow_irrefutable = allow;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, ctx: &mut PatCtx) -> CompileResult<()> {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                self.fail_if_false(ctx);
            }
            Pattern::MatchSingleton(s) => {
                match s.value {
                    ast::Singleton::None => self.emit(Instr::LoadNone),
                    ast::Singleton::True | ast::Singleton::False => {
                        let c = self
                            .unit
                            .b
                            .add_const(Const::Bool(matches!(s.value, ast::Singleton::True)));
                        self.emit(Instr::LoadConst(c));
                    }
                }
                self.emit(Instr::Compare(CmpOp::Is));
                self.fail_if_false(ctx);
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, name) => {
                    if !ctx.allow_irrefutable {
                        let msg = match name {
                            Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.as_str()),
                            None => "wildcard makes remaining patterns unreachable".to_owned(),
                        };
                        return Err(self.error(a.range, "SyntaxError", msg));
                    }
                    match name {
                        Some(n) => self.capture(n.as_str(), a.range, ctx)?,
                        None => self.emit(Instr::Pop),
                    }
                }
                (Some(sub), None) => self.pattern(sub, ctx)?,
                (Some(sub), Some(n)) => {
                    self.emit(Instr::Dup);
                    self.pattern(sub, ctx)?;
                    self.capture(n.as_str(), a.range, ctx)?;
                }
            },
            Pattern::MatchOr(o) => self.or_pattern(o, ctx)?,
            Pattern::MatchSequence(s) => self.sequence_pattern(s, ctx)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, ctx)?,
            Pattern::MatchClass(c) => self.class_pattern(c, ctx)?,
            Pattern::MatchStar(s) => return Err(self.error(s.range, "SyntaxError", "can't use starred name here")),
        }
        Ok(())
    }

    /// Bind TOS to `name`, refusing a second binding in the same pattern.
    fn capture(&mut self, name: &str, range: TextRange, ctx: &mut PatCtx) -> CompileResult<()> {
        if ctx.bound.iter().any(|b| b == name) {
            return Err(self.error(
                range,
                "SyntaxError",
                format!("multiple assignments to name '{name}' in pattern"),
            ));
        }
        ctx.bound.push(name.to_owned());
        self.store_name(name);
        Ok(())
    }

    fn or_pattern(&mut self, o: &'a ast::PatternMatchOr, ctx: &mut PatCtx) -> CompileResult<()> {
        let end = self.unit.b.new_label();
        let depth = self.unit.b.depth;
        let before = ctx.bound.clone();
        let mut first_names: Option<Vec<String>> = None;
        let n = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            let names = if i + 1 < n {
                self.unit.b.depth = depth;
                self.emit(Instr::Dup);
                let mut sub = PatCtx {
                    base: depth,
                    pops: Vec::new(),
                    bound: before.clone(),
                    allow_irrefutable: false,
                };
                self.pattern(alt, &mut sub)?;
                self.emit(Instr::Pop);
                self.jump(Instr::Jump, end);
                self.place_fail_chain(&sub.pops, depth);
                sub.bound
            } else {
                ctx.bound.clone_from(&before);
                self.pattern(alt, ctx)?;
                ctx.bound.clone()
            };
            let mut names: Vec<String> = names[before.len()..].to_vec();
            names.sort();
            match &first_names {
                None => first_names = Some(names),
                Some(f) if *f != names => {
                    return Err(self.error(o.range, "SyntaxError", "alternative patterns bind different names"));
                }
                Some(_) => {}
            }
        }
        self.unit.b.place(end);
        self.unit.b.depth = depth - 1;
        Ok(())
    }

    fn sequence_pattern(&mut self, s: &'a ast::PatternMatchSequence, ctx: &mut PatCtx) -> CompileResult<()> {
        let stars: Vec<usize> = s
            .patterns
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p, Pattern::MatchStar(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return Err(self.error(s.range, "SyntaxError", "multiple starred names in sequence pattern"));
        }
        let n = s.patterns.len() - stars.len();
        if n > MAX_SUBPATTERNS {
            return Err(self.error(s.range, "SyntaxError", "too many sub-patterns in sequence pattern"));
        }
        let n32 = u32::try_from(n).unwrap_or(0);
        let star_flag = if stars.is_empty() { 0 } else { 1 << 31 };
        self.emit(Instr::MatchSeqLen(n32 | star_flag));
        self.fail_if_false(ctx);
        match stars.first() {
            None => self.emit(Instr::UnpackSequence(n32)),
            Some(&i) => {
                let before = u32::try_from(i).unwrap_or(0);
                self.emit(Instr::UnpackEx(before | ((n32 - before) << 16)));
            }
        }
        for p in &s.patterns {
            match p {
                Pattern::MatchStar(st) => match &st.name {
                    Some(name) => self.capture(name.as_str(), st.range, ctx)?,
                    None => self.emit(Instr::Pop),
                },
                _ => self.subpattern(p, ctx)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, ctx: &mut PatCtx) -> CompileResult<()> {
        self.emit(Instr::MatchMapping);
        self.fail_if_false(ctx);
        if m.keys.is_empty() && m.rest.is_none() {
            self.emit(Instr::Pop);
            return Ok(());
        }
        if m.keys.len() > MAX_SUBPATTERNS {
            return Err(self.error(m.range, "SyntaxError", "too many sub-patterns in mapping pattern"));
        }
        let mut seen: Vec<String> = Vec::new();
        for k in &m.keys {
            if let Some(literal) = literal_key(k) {
                if seen.contains(&literal) {
                    return Err(self.error(
                        k.range(),
                        "SyntaxError",
                        format!("mapping pattern checks duplicate key ({literal})"),
                    ));
                }
                seen.push(literal);
            } else if !matches!(k, Expr::Attribute(_)) {
                return Err(self.error(
                    k.range(),
                    "SyntaxError",
                    "mapping pattern keys may only match literals and attribute lookups",
                ));
            }
            self.expr(k)?;
        }
        let nkeys = u32::try_from(m.keys.len()).unwrap_or(0);
        self.emit(Instr::BuildTuple(nkeys));
        self.emit(Instr::MatchKeys);
        self.fail_if_false(ctx);
        self.emit(Instr::UnpackSequence(nkeys));
        for p in &m.patterns {
            self.subpattern(p, ctx)?;
        }
        match &m.rest {
            Some(rest) => {
                self.emit(Instr::MatchRest);
                self.capture(rest.as_str(), m.range, ctx)?;
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, ctx: &mut PatCtx) -> CompileResult<()> {
        let npos = c.arguments.patterns.len();
        let nkw = c.arguments.keywords.len();
        if npos + nkw > MAX_SUBPATTERNS {
            return Err(self.error(c.range, "SyntaxError", "too many sub-patterns in class pattern"));
        }
        let mut names: Vec<Const> = Vec::with_capacity(nkw);
        for (i, k) in c.arguments.keywords.iter().enumerate() {
            let name = k.attr.as_str();
            if c.arguments.keywords[..i].iter().any(|o| o.attr.as_str() == name) {
                return Err(self.error(
                    k.range,
                    "SyntaxError",
                    format!("attribute name repeated in class pattern: {name}"),
                ));
            }
            names.push(Const::Str(name.to_owned()));
        }
        self.expr(&c.cls)?;
        let t = self.unit.b.add_const(Const::Tuple(names));
        self.emit(Instr::LoadConst(t));
        self.emit(Instr::MatchClass(u32::try_from(npos).unwrap_or(0)));
        self.fail_if_false(ctx);
        self.emit(Instr::UnpackSequence(u32::try_from(npos + nkw).unwrap_or(0)));
        for p in &c.arguments.patterns {
            self.subpattern(p, ctx)?;
        }
        for k in &c.arguments.keywords {
            self.subpattern(&k.pattern, ctx)?;
        }
        Ok(())
    }
}

/// The repr of a literal mapping key, for duplicate detection; `None` for other keys.
fn literal_key(k: &Expr) -> Option<String> {
    match k {
        Expr::StringLiteral(s) => {
            let v = s.value.to_str();
            Some(format!("'{}'", v.replace('\\', "\\\\").replace('\'', "\\'")))
        }
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => Some(i.to_string()),
            ast::Number::Float(f) => Some(format!("{f:?}")),
            ast::Number::Complex { .. } => Some(format!("{:?}", n.range)),
        },
        Expr::BooleanLiteral(b) => Some(if b.value { "True" } else { "False" }.to_owned()),
        Expr::NoneLiteral(_) => Some("None".to_owned()),
        Expr::BytesLiteral(b) => Some(format!("b{:?}", b.value.bytes().collect::<Vec<u8>>())),
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => literal_key(&u.operand).map(|s| format!("-{s}")),
        Expr::BinOp(_) => Some(format!("{:?}", k.range())),
        _ => None,
    }
}
