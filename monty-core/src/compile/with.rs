//! Code generation for `with` statements.
//!
//! `BeforeWith` replaces the manager with its bound `__exit__` and the result
//! of `__enter__()`. The body is protected by a handler that calls
//! `__exit__(type, value, None)` and re-raises unless it returned a true value;
//! the normal path (and `return`/`break`/`continue`) calls `__exit__(None, None, None)`.

use ruff_python_ast::{self as ast, Stmt};

use super::{CompileResult, Compiler, FBlock};
use crate::bytecode::Instr;

impl<'a> Compiler<'a> {
    pub(super) fn with_stmt(&mut self, w: &'a ast::StmtWith) -> CompileResult<()> {
        if w.is_async {
            self.require_coroutine(w.range, "async with")?;
        }
        self.with_items(&w.items, &w.body, w.is_async)
    }

    /// Call the `__exit__` on top of the stack with three Nones and drop the result
    /// (awaited first for `async with`).
    pub(super) fn emit_exit_call(&mut self, is_async: bool) {
        self.emit(Instr::LoadNone);
        self.emit(Instr::LoadNone);
        self.emit(Instr::LoadNone);
        self.emit(Instr::Call(3));
        if is_async {
            self.await_top();
        }
        self.emit(Instr::Pop);
    }

    fn with_items(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], is_async: bool) -> CompileResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        let outer_depth = self.unit.b.depth;
        self.expr(&first.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_top();
        } else {
            self.emit(Instr::BeforeWith);
        }
        let depth = outer_depth + 1;
        let level = self.unit.try_level;
        self.unit.try_level += 1;
        let handler = self.unit.b.new_label();
        let end = self.unit.b.new_label();
        let start = self.unit.b.pos();
        match &first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Instr::Pop),
        }
        self.unit.fblocks.push(FBlock::With {
            handler,
            depth,
            level,
            seg_start: start,
            is_async,
        });
        self.with_items(rest, body, is_async)?;
        let seg_start = match self.unit.fblocks.pop() {
            Some(FBlock::With { seg_start, .. }) => seg_start,
            _ => start,
        };
        self.unit.try_level -= 1;
        let here = self.unit.b.pos();
        self.unit.b.add_handler(seg_start, here, handler, depth, level);
        self.set_line(first.range);
        self.emit_exit_call(is_async);
        self.jump(Instr::Jump, end);

        // exceptional path: __exit__ and the exception on the stack
        self.unit.b.place(handler);
        self.unit.b.depth = depth + 1;
        self.emit(Instr::PushExcInfo);
        let cleanup = self.unit.b.new_label();
        let suppress = self.unit.b.new_label();
        let hstart = self.unit.b.pos();
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.await_top();
        }
        self.jump(Instr::JumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        let hend = self.unit.b.pos();
        self.unit.b.add_handler(hstart, hend, cleanup, outer_depth, level);
        self.unit.b.place(cleanup);
        self.unit.b.depth = outer_depth + 1;
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.unit.b.place(suppress);
        self.unit.b.depth = depth + 1;
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.unit.b.place(end);
        self.unit.b.depth = outer_depth;
        Ok(())
    }
}
