//! Code generation for statements.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::builder::Label;
use super::{CompileResult, Compiler, FBlock};
use crate::bytecode::{BinOp, Const, Instr};
use crate::exceptions::ExcType;

pub(super) fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn body(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        self.enter(s.range())?;
        self.set_line(s.range());
        let r = self.stmt_inner(s);
        self.leave();
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CompileResult<()> {
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::Pop);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                self.class_annotation(a)?;
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::Return(r) => {
                if self.unit.scope == 0 || self.in_class_body() {
                    return Err(self.error(r.range, "SyntaxError", "'return' outside function"));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit(Instr::LoadNone),
                }
                self.unwind_for_return()?;
                self.emit(Instr::Return);
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            Stmt::Assert(a) => {
                let end = self.unit.b.new_label();
                self.cond_jump(&a.test, true, end)?;
                let c = self.unit.b.add_const(Const::ExcType(ExcType::AssertionError));
                self.emit(Instr::LoadConst(c));
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.unit.b.place(end);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.id.as_str();
                    if self.raise_if_blocked(full) {
                        continue;
                    }
                    self.import_parents(full);
                    let n = self.unit.b.add_name(full);
                    self.emit(Instr::ImportName(n));
                    match &alias.asname {
                        Some(a) => self.store_name(a.id.as_str()),
                        None => {
                            let top = full.split('.').next().unwrap_or_default();
                            if top != full {
                                // `import a.b` binds `a` (imported by then)
                                self.emit(Instr::Pop);
                                let t = self.unit.b.add_name(top);
                                self.emit(Instr::ImportName(t));
                            }
                            self.store_name(top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map_or("", |m| m.id.as_str());
                if i.level > 0 {
                    let c = self.unit.b.add_const(Const::ExcType(ExcType::ImportError));
                    self.emit(Instr::LoadConst(c));
                    let m = self.unit.b.add_const(Const::Str(
                        "attempted relative import with no known parent package".to_owned(),
                    ));
                    self.emit(Instr::LoadConst(m));
                    self.emit(Instr::Call(1));
                    self.emit(Instr::Raise(1));
                    return Ok(());
                }
                if self.raise_if_blocked(module) {
                    return Ok(());
                }
                self.import_parents(module);
                // `from a import b` where `a.b` is a submodule imports it first (CPython's fromlist)
                let subs: Vec<String> = i
                    .names
                    .iter()
                    .map(|a| format!("{module}.{}", a.name.id.as_str()))
                    .filter(|full| crate::stdlib::ModuleId::from_name(full).is_some())
                    .collect();
                if !subs.is_empty() {
                    let n = self.unit.b.add_name(module);
                    self.emit(Instr::ImportName(n));
                    self.emit(Instr::Pop);
                }
                for full in &subs {
                    let n = self.unit.b.add_name(full);
                    self.emit(Instr::ImportName(n));
                    self.emit(Instr::Pop);
                }
                let n = self.unit.b.add_name(module);
                self.emit(Instr::ImportName(n));
                for alias in &i.names {
                    let name = alias.name.id.as_str();
                    if name == "*" {
                        let names = crate::stdlib::ModuleId::from_name(module).map(|m| m.star_names());
                        for star in names.unwrap_or_default() {
                            let a = self.unit.b.add_name(star);
                            self.emit(Instr::ImportFrom(a));
                            self.store_name(star);
                        }
                        continue;
                    }
                    let a = self.unit.b.add_name(name);
                    self.emit(Instr::ImportFrom(a));
                    self.store_name(alias.asname.as_ref().map_or(name, |a| a.id.as_str()));
                }
                self.emit(Instr::Pop);
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => {
                return Err(self.error(t.range, "NotImplementedError", "'type' statements are not supported"));
            }
            Stmt::IpyEscapeCommand(c) => return Err(self.error(c.range, "SyntaxError", "invalid syntax")),
        }
        Ok(())
    }

    /// An import of a module the embedder's allow-list leaves out raises
    /// `ModuleNotFoundError` when it runs, worded as for a module that does not
    /// exist (imports are statements, so this is every way to import). True when
    /// the raise was emitted.
    fn raise_if_blocked(&mut self, module: &str) -> bool {
        let Some(blocked) = crate::bytecode::blocked_import(self.allowed_imports.as_deref(), module) else {
            return false;
        };
        let c = self.unit.b.add_const(Const::ExcType(ExcType::ModuleNotFoundError));
        self.emit(Instr::LoadConst(c));
        let m = self
            .unit
            .b
            .add_const(Const::Str(format!("No module named '{blocked}'")));
        self.emit(Instr::LoadConst(m));
        self.emit(Instr::Call(1));
        self.emit(Instr::Raise(1));
        true
    }

    /// `import a.b.c` imports `a`, then `a.b`, before `a.b.c` (as CPython does), so a
    /// package written in Python runs its body before its submodules.
    fn import_parents(&mut self, full: &str) {
        for (i, _) in full.match_indices('.') {
            let n = self.unit.b.add_name(&full[..i]);
            self.emit(Instr::ImportName(n));
            self.emit(Instr::Pop);
        }
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CompileResult<()> {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.store_name(n.id.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DupTwo);
                self.emit(Instr::Subscript);
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Dup);
                let n = self.attr_name(at.attr.as_str());
                self.emit(Instr::LoadAttr(n));
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(n));
            }
            other => {
                return Err(self.error(
                    other.range(),
                    "SyntaxError",
                    "'expression' is an illegal expression for augmented assignment",
                ));
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CompileResult<()> {
        let end = self.unit.b.new_label();
        let mut next = self.unit.b.new_label();
        self.cond_jump(&i.test, false, next)?;
        self.body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(Instr::Jump, end);
            self.unit.b.place(next);
            next = self.unit.b.new_label();
            if let Some(test) = &clause.test {
                self.set_line(clause.range);
                self.cond_jump(test, false, next)?;
            }
            self.body(&clause.body)?;
        }
        self.unit.b.place(next);
        self.unit.b.place(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CompileResult<()> {
        let top = self.unit.b.new_label();
        let orelse = self.unit.b.new_label();
        let end = self.unit.b.new_label();
        self.unit.b.place(top);
        self.cond_jump(&w.test, false, orelse)?;
        self.unit.fblocks.push(FBlock::While { brk: end, cont: top });
        self.body(&w.body)?;
        self.unit.fblocks.pop();
        self.jump(Instr::Jump, top);
        self.unit.b.place(orelse);
        self.body(&w.orelse)?;
        self.unit.b.place(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CompileResult<()> {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        let top = self.unit.b.new_label();
        let orelse = self.unit.b.new_label();
        let end = self.unit.b.new_label();
        self.expr(&f.iter)?;
        self.emit(Instr::GetIter);
        self.unit.b.place(top);
        self.set_line(f.range);
        self.jump(Instr::ForIter, orelse);
        self.store_target(&f.target)?;
        self.unit.fblocks.push(FBlock::For { brk: end, cont: top });
        self.body(&f.body)?;
        self.unit.fblocks.pop();
        self.jump(Instr::Jump, top);
        // ForIter pops the iterator when exhausted
        self.unit.b.place(orelse);
        self.unit.b.depth -= 1;
        self.body(&f.orelse)?;
        self.unit.b.place(end);
        Ok(())
    }

    /// Emit what leaving `fblocks[from..]` requires; `keep_top` means a return value is on TOS.
    fn unwind_blocks(&mut self, from: usize, keep_top: bool) -> CompileResult<()> {
        let mut i = self.unit.fblocks.len();
        while i > from {
            i -= 1;
            let block = self.unit.fblocks[i].clone();
            match block {
                FBlock::While { .. } => {}
                FBlock::For { .. } => {
                    if keep_top {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::Pop);
                }
                FBlock::ExceptBody => self.emit(Instr::PopExcept),
                FBlock::With {
                    handler,
                    depth,
                    level,
                    seg_start,
                    is_async,
                } => {
                    let here = self.unit.b.pos();
                    self.unit.b.add_handler(seg_start, here, handler, depth, level);
                    if keep_top {
                        self.emit(Instr::Rot2);
                    }
                    self.emit_exit_call(is_async);
                    let after = self.unit.b.pos();
                    if let Some(FBlock::With { seg_start, .. }) = self.unit.fblocks.get_mut(i) {
                        *seg_start = after;
                    }
                }
                FBlock::FinallyExc => {
                    self.emit(Instr::PopExcept);
                    if keep_top {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::Pop);
                }
                FBlock::Finally {
                    body,
                    handler,
                    depth,
                    level,
                    seg_start,
                } => {
                    // close the protected segment so the inlined body is not covered by its own handler
                    let here = self.unit.b.pos();
                    self.unit.b.add_handler(seg_start, here, handler, depth, level);
                    let saved: Vec<FBlock<'a>> = self.unit.fblocks.drain(i..).collect();
                    self.body(body)?;
                    self.unit.fblocks.extend(saved);
                    let after = self.unit.b.pos();
                    if let Some(FBlock::Finally { seg_start, .. }) = self.unit.fblocks.get_mut(i) {
                        *seg_start = after;
                    }
                }
            }
        }
        Ok(())
    }

    fn unwind_for_return(&mut self) -> CompileResult<()> {
        self.unwind_blocks(0, true)
    }

    fn break_continue(&mut self, is_break: bool, range: ruff_text_size::TextRange) -> CompileResult<()> {
        let Some(pos) = self
            .unit
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }))
        else {
            let word = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(range, "SyntaxError", word));
        };
        let (brk, cont, is_for) = match self.unit.fblocks[pos] {
            FBlock::While { brk, cont } => (brk, cont, false),
            FBlock::For { brk, cont } => (brk, cont, true),
            _ => return Err(self.error(range, "SyntaxError", "'break' outside loop")),
        };
        let depth = self.unit.b.depth;
        self.unwind_blocks(pos + 1, false)?;
        if is_break {
            if is_for {
                self.emit(Instr::Pop);
            }
            self.jump(Instr::Jump, brk);
        } else {
            self.jump(Instr::Jump, cont);
        }
        self.unit.b.depth = depth;
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CompileResult<()> {
        if t.is_star {
            return Err(self.error(t.range, "NotImplementedError", "'except*' is not supported yet"));
        }
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let level = self.unit.try_level;
        self.unit.try_level += 1;
        let exc_path = self.unit.b.new_label();
        let end = self.unit.b.new_label();
        let depth = self.unit.b.depth;
        let start = self.unit.b.pos();
        self.unit.fblocks.push(FBlock::Finally {
            body: &t.finalbody,
            handler: exc_path,
            depth,
            level,
            seg_start: start,
        });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        let seg_start = match self.unit.fblocks.pop() {
            Some(FBlock::Finally { seg_start, .. }) => seg_start,
            _ => start,
        };
        self.unit.try_level -= 1;
        let here = self.unit.b.pos();
        self.unit.b.add_handler(seg_start, here, exc_path, depth, level);
        // normal path
        self.body(&t.finalbody)?;
        self.jump(Instr::Jump, end);
        // exceptional path: exception on the stack
        self.unit.b.place(exc_path);
        self.unit.b.depth = depth + 1;
        self.emit(Instr::PushExcInfo);
        let cleanup = self.unit.b.new_label();
        let body_start = self.unit.b.pos();
        self.guarded_body(FBlock::FinallyExc, &t.finalbody)?;
        let body_end = self.unit.b.pos();
        self.unit.b.add_handler(body_start, body_end, cleanup, depth, level);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.reraise_tail(cleanup, end, depth);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CompileResult<()> {
        let level = self.unit.try_level;
        self.unit.try_level += 1;
        let handler = self.unit.b.new_label();
        let end = self.unit.b.new_label();
        let depth = self.unit.b.depth;
        let start = self.unit.b.pos();
        self.body(&t.body)?;
        let body_end = self.unit.b.pos();
        self.unit.try_level -= 1;
        self.unit.b.add_handler(start, body_end, handler, depth, level);
        self.body(&t.orelse)?;
        self.jump(Instr::Jump, end);

        self.unit.b.place(handler);
        self.unit.b.depth = depth + 1;
        self.emit(Instr::PushExcInfo);
        let cleanup = self.unit.b.new_label();
        let handlers_start = self.unit.b.pos();
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.unit.b.new_label();
            if let Some(ty) = &h.type_ {
                self.emit(Instr::Dup);
                self.expr(ty)?;
                self.emit(Instr::CheckExcMatch);
                self.jump(Instr::JumpIfFalse, next);
            }
            match &h.name {
                Some(n) => self.store_name(n.id.as_str()),
                None => self.emit(Instr::Pop),
            }
            self.guarded_body(FBlock::ExceptBody, &h.body)?;
            if let Some(n) = &h.name {
                self.emit(Instr::LoadNone);
                self.store_name(n.id.as_str());
                self.delete_name(n.id.as_str());
            }
            self.emit(Instr::PopExcept);
            self.jump(Instr::Jump, end);
            self.unit.b.place(next);
            self.unit.b.depth = depth + 1;
        }
        self.emit(Instr::Reraise);
        let handlers_end = self.unit.b.pos();
        self.unit
            .b
            .add_handler(handlers_start, handlers_end, cleanup, depth, level);
        self.reraise_tail(cleanup, end, depth);
        Ok(())
    }

    /// The landing pad `cleanup` of a handler body that raised (drop the handled
    /// exception, re-raise the new one), then `end` at the try's own stack depth.
    fn reraise_tail(&mut self, cleanup: Label, end: Label, depth: i64) {
        self.unit.b.place(cleanup);
        self.unit.b.depth = depth + 1;
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.unit.b.place(end);
        self.unit.b.depth = depth;
    }

    /// `body` compiled inside one more try level, with `fblock` telling `return`,
    /// `break` and `continue` what they must unwind.
    fn guarded_body(&mut self, fblock: FBlock<'a>, body: &'a [Stmt]) -> CompileResult<()> {
        self.unit.fblocks.push(fblock);
        self.unit.try_level += 1;
        let r = self.body(body);
        self.unit.try_level -= 1;
        self.unit.fblocks.pop();
        r
    }
}
