//! Code generation for expressions.

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::builder::Label;
use super::stmt::binop;
use super::{CompileResult, Compiler};
use crate::bytecode::{CmpOp, Const, Instr, UnaryOp};

fn cmpop(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// Parse an int literal as ruff prints it (decimal, or with a 0x/0o/0b prefix).
fn int_literal(text: &str) -> Option<Const> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_owned(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_owned(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_owned(), 2)
    } else {
        (lower, 10)
    };
    let big = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(match i64::try_from(&big) {
        Ok(i) => Const::Int(i),
        Err(_) => Const::BigInt(big),
    })
}

impl<'a> Compiler<'a> {
    pub(super) fn load_const(&mut self, c: Const) {
        if let Const::Int(i) = c
            && let Ok(small) = i32::try_from(i)
        {
            self.emit(Instr::LoadSmallInt(small));
            return;
        }
        if c == Const::None {
            self.emit(Instr::LoadNone);
            return;
        }
        let idx = self.unit.b.add_const(c);
        self.emit(Instr::LoadConst(idx));
    }

    /// Jump to `label` when `e`'s truth equals `when`.
    pub(super) fn cond_jump(&mut self, e: &'a Expr, when: bool, label: Label) -> CompileResult<()> {
        if let Expr::UnaryOp(u) = e
            && u.op == ast::UnaryOp::Not
        {
            return self.cond_jump(&u.operand, !when, label);
        }
        self.expr(e)?;
        self.jump(if when { Instr::JumpIfTrue } else { Instr::JumpIfFalse }, label);
        Ok(())
    }

    pub(super) fn expr(&mut self, e: &'a Expr) -> CompileResult<()> {
        self.enter(e.range())?;
        let r = self.expr_inner(e);
        self.leave();
        r
    }

    fn literal(&mut self, e: &'a Expr) -> CompileResult<Option<Const>> {
        Ok(Some(match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => Const::Int(v),
                    None => {
                        let text = i.to_string();
                        // SECURITY: decimal -> binary conversion is quadratic; CPython refuses long literals too.
                        let digits = text.bytes().filter(u8::is_ascii_digit).count();
                        if digits > 4300
                            && !text
                                .get(..2)
                                .is_some_and(|p| p.ends_with(['x', 'X', 'o', 'O', 'b', 'B']))
                        {
                            return Err(self.error(
                                n.range,
                                "SyntaxError",
                                format!(
                                    "Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
                                ),
                            ));
                        }
                        int_literal(&text).ok_or_else(|| self.error(n.range, "SyntaxError", "invalid int literal"))?
                    }
                },
                ast::Number::Float(f) => Const::Float(*f),
                ast::Number::Complex { real, imag } => Const::Complex(*real, *imag),
            },
            Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_owned()),
            Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect()),
            Expr::BooleanLiteral(b) => Const::Bool(b.value),
            Expr::NoneLiteral(_) => Const::None,
            Expr::EllipsisLiteral(_) => Const::Ellipsis,
            _ => return Ok(None),
        }))
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CompileResult<()> {
        if let Some(c) = self.literal(e)? {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(b.range);
                self.emit(Instr::Binary(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                if u.op == ast::UnaryOp::USub
                    && let Some(c) = self.literal(&u.operand)?
                {
                    let folded = match c {
                        Const::Int(i) => i
                            .checked_neg()
                            .map_or_else(|| Const::BigInt(-BigInt::from(i)), Const::Int),
                        Const::BigInt(b) => {
                            let neg = -b;
                            i64::try_from(&neg).map_or(Const::BigInt(neg), Const::Int)
                        }
                        Const::Float(f) => Const::Float(-f),
                        other => {
                            self.load_const(other);
                            self.emit(Instr::Unary(UnaryOp::Neg));
                            return Ok(());
                        }
                    };
                    self.load_const(folded);
                    return Ok(());
                }
                self.expr(&u.operand)?;
                self.emit(Instr::Unary(match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                }));
            }
            Expr::BoolOp(b) => {
                let end = self.unit.b.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        let j = if b.op == ast::BoolOp::And {
                            Instr::JumpIfFalseOrPop
                        } else {
                            Instr::JumpIfTrueOrPop
                        };
                        self.jump(j, end);
                    }
                }
                self.unit.b.place(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.unit.b.new_label();
                let end = self.unit.b.new_label();
                self.cond_jump(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Instr::Jump, end);
                self.unit.b.place(orelse);
                self.unit.b.depth -= 1;
                self.expr(&i.orelse)?;
                self.unit.b.place(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Dup);
                self.store_target(&n.target)?;
            }
            Expr::Tuple(t) => self.sequence(&t.elts, Instr::BuildTuple, true)?,
            Expr::List(l) => self.sequence(&l.elts, Instr::BuildList, false)?,
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for e in &s.elts {
                        if let Expr::Starred(st) = e {
                            self.expr(&st.value)?;
                            self.emit(Instr::SetUpdate(1));
                        } else {
                            self.expr(e)?;
                            self.emit(Instr::SetAdd(1));
                        }
                    }
                } else {
                    for e in &s.elts {
                        self.expr(e)?;
                    }
                    self.emit(Instr::BuildSet(u32::try_from(s.elts.len()).unwrap_or(0)));
                }
            }
            Expr::Dict(d) => {
                self.emit(Instr::BuildMap(0));
                for item in &d.items {
                    match &item.key {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(&item.value)?;
                            self.emit(Instr::MapAdd(1));
                        }
                        None => {
                            self.expr(&item.value)?;
                            self.emit(Instr::DictUpdate(1));
                        }
                    }
                }
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.range);
                self.emit(Instr::Subscript);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.emit(Instr::LoadNone),
                    }
                }
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    self.emit(Instr::BuildSlice(3));
                } else {
                    self.emit(Instr::BuildSlice(2));
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.attr_name(a.attr.as_str());
                self.emit(Instr::LoadAttr(n));
            }
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::ListComp(c) => self.comprehension(e, &c.generators, super::func::CompKind::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(e, &c.generators, super::func::CompKind::Set(&c.elt))?,
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return Err(self.error(
                        c.range,
                        "SyntaxError",
                        "dict unpacking cannot be used in dict comprehension",
                    ));
                };
                self.comprehension(e, &c.generators, super::func::CompKind::Dict(k, &c.value))?;
            }
            Expr::Generator(c) => self.comprehension(e, &c.generators, super::func::CompKind::Gen(&c.elt))?,
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit(Instr::LoadNone),
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Instr::GetIter);
                self.delegate();
            }
            Expr::Starred(s) => return Err(self.error(s.range, "SyntaxError", "can't use starred expression here")),
            Expr::Await(a) => self.await_expr(a)?,
            Expr::TString(t) => return Err(self.error(t.range, "SyntaxError", "template strings are not supported")),
            Expr::IpyEscapeCommand(c) => return Err(self.error(c.range, "SyntaxError", "invalid syntax")),
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
        }
        Ok(())
    }

    /// Build a tuple from `elts`, which may contain starred items.
    pub(super) fn sequence_pub(&mut self, elts: &'a [Expr]) -> CompileResult<()> {
        self.sequence(elts, Instr::BuildTuple, true)
    }

    fn sequence(&mut self, elts: &'a [Expr], build: fn(u32) -> Instr, tuple: bool) -> CompileResult<()> {
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.emit(Instr::BuildList(0));
            for e in elts {
                if let Expr::Starred(s) = e {
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                } else {
                    self.expr(e)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
            if tuple {
                self.emit(Instr::ListToTuple);
            }
            return Ok(());
        }
        for e in elts {
            self.expr(e)?;
        }
        self.emit(build(u32::try_from(elts.len()).unwrap_or(0)));
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CompileResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_line(c.range);
            self.emit(Instr::Compare(cmpop(c.ops[0])));
            return Ok(());
        }
        let cleanup = self.unit.b.new_label();
        let end = self.unit.b.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
                self.emit(Instr::Compare(cmpop(*op)));
                self.jump(Instr::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(Instr::Compare(cmpop(*op)));
            }
        }
        self.jump(Instr::Jump, end);
        self.unit.b.place(cleanup);
        self.unit.b.depth += 1;
        self.emit(Instr::Rot2);
        self.emit(Instr::Pop);
        self.unit.b.place(end);
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CompileResult<()> {
        let mut count = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    self.load_const(Const::Str(s.value.to_string()));
                    count += 1;
                }
                ast::FStringPart::FString(fs) => {
                    count += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if count != 1 {
            self.emit(Instr::BuildString(count));
        }
        Ok(())
    }

    /// Push each piece of an f-string; returns how many were pushed.
    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> CompileResult<u32> {
        let mut count = 0;
        for el in elements {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Const::Str(l.value.to_string()));
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(debug) = &i.debug_text {
                        let text = format!("{}{}{}", debug.leading(), debug.expression(), debug.trailing());
                        self.load_const(Const::Str(text));
                        count += 1;
                        if conversion == 0 && i.format_spec.is_none() {
                            conversion = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conversion;
                    if let Some(spec) = &i.format_spec {
                        let n = self.fstring_elements(&spec.elements)?;
                        if n != 1 {
                            self.emit(Instr::BuildString(n));
                        }
                        flags |= 4;
                    }
                    self.emit(Instr::FormatValue(flags));
                }
            }
            count += 1;
        }
        if count == 0 {
            self.load_const(Const::Str(String::new()));
            count = 1;
        }
        Ok(count)
    }
}
