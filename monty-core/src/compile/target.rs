//! Code generation for assignment and deletion targets, including unpacking.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::{CompileResult, Compiler};
use crate::bytecode::Instr;

impl<'a> Compiler<'a> {
    /// Store TOS into `target` (popping it).
    pub(super) fn store_target(&mut self, target: &'a Expr) -> CompileResult<()> {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.attr_name(a.attr.as_str());
                self.emit(Instr::StoreAttr(n));
            }
            Expr::Tuple(t) => self.unpack(&t.elts, target)?,
            Expr::List(l) => self.unpack(&l.elts, target)?,
            Expr::Starred(s) => {
                return Err(self.error(
                    s.range,
                    "SyntaxError",
                    "starred assignment target must be in a list or tuple",
                ));
            }
            other => {
                return Err(self.error(other.range(), "SyntaxError", "cannot assign to expression"));
            }
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [Expr], whole: &Expr) -> CompileResult<()> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
            return Err(self.error(
                whole.range(),
                "SyntaxError",
                "multiple starred expressions in assignment",
            ));
        }
        match star {
            None => self.emit(Instr::UnpackSequence(u32::try_from(elts.len()).unwrap_or(u32::MAX))),
            Some(i) => {
                let before = u32::try_from(i).unwrap_or(0);
                let after = u32::try_from(elts.len() - i - 1).unwrap_or(0);
                if before > 0xffff || after > 0xffff {
                    return Err(self.error(
                        whole.range(),
                        "SyntaxError",
                        "too many expressions in star-unpacking assignment",
                    ));
                }
                self.emit(Instr::UnpackEx(before | (after << 16)));
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    pub(super) fn delete_target(&mut self, target: &'a Expr) -> CompileResult<()> {
        match target {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.attr_name(a.attr.as_str());
                self.emit(Instr::DeleteAttr(n));
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.error(other.range(), "SyntaxError", "cannot delete expression")),
        }
        Ok(())
    }
}
