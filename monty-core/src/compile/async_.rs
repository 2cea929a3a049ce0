//! Code generation for coroutines: `await`, `async for` and a script's top-level `await`.
//!
//! `await x` is `yield from` over the iterator `GetAwaitable` makes of `x`: the
//! values the innermost awaitable yields (an asyncio future, a host call's
//! future) travel up the chain of suspended coroutine frames to whoever drives
//! the outermost one (asyncio's loop, written in Python), and what it sends back
//! comes down the same chain. Everything stays frames on the VM's frame stack.

use ruff_python_ast as ast;

use super::scope::ScopeKind;
use super::{CompileResult, Compiler, FBlock};
use crate::bytecode::{Const, Instr};
use crate::exceptions::ExcType;

impl<'a> Compiler<'a> {
    /// With an iterator at TOS, run the delegation loop of `yield from`; leaves its return value.
    ///
    /// `[it, v]` -> `Send` -> `YieldFrom` -> (sent value) `Jump Send`; a thrown exception
    /// resumes at `ThrowInto`, which goes back to the `YieldFrom`.
    pub(super) fn delegate(&mut self) {
        let top = self.unit.b.new_label();
        let yield_at = self.unit.b.new_label();
        let end = self.unit.b.new_label();
        self.emit(Instr::LoadNone);
        let depth = self.unit.b.depth;
        self.unit.b.place(top);
        self.jump(Instr::Send, end);
        self.unit.b.place(yield_at);
        self.emit(Instr::YieldFrom);
        self.jump(Instr::Jump, top);
        self.jump(Instr::ThrowInto, end);
        self.unit.b.depth = depth;
        self.jump(Instr::Jump, yield_at);
        self.unit.b.place(end);
        self.unit.b.depth = depth - 1;
    }

    /// Await the awaitable at TOS, leaving its result.
    pub(super) fn await_top(&mut self) {
        self.emit(Instr::GetAwaitable);
        self.delegate();
    }

    fn in_coroutine(&self) -> bool {
        self.table.scopes.get(self.unit.scope).is_some_and(|s| s.is_coroutine)
    }

    fn at_script_top(&self) -> bool {
        self.module_name == "__main__"
            && self
                .table
                .scopes
                .get(self.unit.scope)
                .is_some_and(|s| s.kind == Some(ScopeKind::Module))
    }

    pub(super) fn await_expr(&mut self, a: &'a ast::ExprAwait) -> CompileResult<()> {
        if self.in_coroutine() {
            self.expr(&a.value)?;
            self.set_line(a.range);
            self.await_top();
            return Ok(());
        }
        if self.at_script_top() {
            // a script's top-level `await x` is `asyncio._toplevel_await(x)`: it runs x on
            // the run's one event loop (tasks created earlier keep running there)
            let m = self.unit.b.add_name("asyncio");
            self.emit(Instr::ImportName(m));
            let f = self.unit.b.add_name("_toplevel_await");
            self.emit(Instr::LoadAttr(f));
            self.expr(&a.value)?;
            self.set_line(a.range);
            self.emit(Instr::Call(1));
            return Ok(());
        }
        let in_comprehension = self
            .table
            .scopes
            .get(self.unit.scope)
            .is_some_and(|s| s.kind == Some(ScopeKind::Comprehension));
        if in_comprehension {
            return Err(self.error(
                a.range,
                "NotImplementedError",
                "'await' inside a comprehension is not supported yet",
            ));
        }
        Err(self.error(a.range, "SyntaxError", "'await' outside async function"))
    }

    /// Refuse `async for` / `async with` outside an `async def`, as CPython does.
    pub(super) fn require_coroutine(&self, range: ruff_text_size::TextRange, what: &str) -> CompileResult<()> {
        if self.in_coroutine() {
            Ok(())
        } else {
            Err(self.error(range, "SyntaxError", format!("'{what}' outside async function")))
        }
    }

    /// `async for target in it: body else: orelse`: `__anext__()` awaited until it
    /// raises `StopAsyncIteration`.
    pub(super) fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> CompileResult<()> {
        self.require_coroutine(f.range, "async for")?;
        let top = self.unit.b.new_label();
        let handler = self.unit.b.new_label();
        let reraise = self.unit.b.new_label();
        let cleanup = self.unit.b.new_label();
        let orelse = self.unit.b.new_label();
        let end = self.unit.b.new_label();
        self.expr(&f.iter)?;
        self.set_line(f.range);
        self.emit(Instr::GetAIter);
        let depth = self.unit.b.depth;
        let level = self.unit.try_level;

        self.unit.b.place(top);
        self.set_line(f.range);
        let start = self.unit.b.pos();
        self.emit(Instr::GetANext);
        self.await_top();
        let here = self.unit.b.pos();
        self.unit.b.add_handler(start, here, handler, depth, level);
        self.store_target(&f.target)?;
        self.unit.fblocks.push(FBlock::For { brk: end, cont: top });
        self.body(&f.body)?;
        self.unit.fblocks.pop();
        self.jump(Instr::Jump, top);

        // `__anext__` raised: StopAsyncIteration ends the loop, anything else propagates
        self.unit.b.place(handler);
        self.unit.b.depth = depth + 1;
        self.emit(Instr::PushExcInfo);
        let hstart = self.unit.b.pos();
        self.emit(Instr::Dup);
        let c = self.unit.b.add_const(Const::ExcType(ExcType::StopAsyncIteration));
        self.emit(Instr::LoadConst(c));
        self.emit(Instr::CheckExcMatch);
        self.jump(Instr::JumpIfFalse, reraise);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.jump(Instr::Jump, orelse);
        self.unit.b.place(reraise);
        self.unit.b.depth = depth + 1;
        self.emit(Instr::Reraise);
        let hend = self.unit.b.pos();
        self.unit.b.add_handler(hstart, hend, cleanup, depth, level);
        self.unit.b.place(cleanup);
        self.unit.b.depth = depth + 1;
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.unit.b.place(orelse);
        self.unit.b.depth = depth - 1;
        self.body(&f.orelse)?;
        self.unit.b.place(end);
        self.unit.b.depth = depth - 1;
        Ok(())
    }
}
