//! Code generation for `class` statements and zero-argument `super()`.
//!
//! A class body compiles to its own code object taking the namespace dict as
//! its only argument; its names are read and written with `LoadName` /
//! `StoreName` (namespace, then globals, then builtins) and it returns the
//! namespace, from which `BuildClass` makes the class.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::scope::ScopeKind;
use super::{CompileResult, Compiler};
use crate::bytecode::{Const, Instr};

impl<'a> Compiler<'a> {
    /// Whether the unit being compiled is a class body.
    pub(super) fn in_class_body(&self) -> bool {
        self.table.scopes.get(self.unit.scope).and_then(|s| s.kind) == Some(ScopeKind::Class)
    }

    /// The name index of attribute `name`, mangled like CPython inside a class
    /// (`self.__x` in class `C` is `self._C__x`).
    pub(super) fn attr_name(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        self.unit.b.add_name(&mangled)
    }

    /// CPython's private name mangling: `__x` (not `__x__`) inside class `_C` becomes `_C__x`.
    pub(super) fn mangle(&self, name: &str) -> String {
        if !name.starts_with("__") || name.ends_with("__") {
            return name.to_owned();
        }
        let units = std::iter::once(&self.unit).chain(self.outer_units.iter().rev());
        for u in units {
            if self.table.scopes.get(u.scope).and_then(|s| s.kind) == Some(ScopeKind::Class) {
                let class = u.b.code.name.trim_start_matches('_');
                if class.is_empty() {
                    return name.to_owned();
                }
                return format!("_{class}{name}");
            }
        }
        name.to_owned()
    }

    pub(super) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CompileResult<()> {
        if c.type_params.is_some() {
            return Err(self.error(
                c.range,
                "NotImplementedError",
                "generic class syntax (class C[T]) is not supported yet",
            ));
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        match &c.arguments {
            Some(args) => {
                if let Some(k) = args.keywords.first() {
                    return Err(self.error(
                        k.range,
                        "NotImplementedError",
                        "class keyword arguments (such as metaclass=...) are not supported yet",
                    ));
                }
                self.sequence_pub(&args.args)?;
            }
            None => self.emit(Instr::BuildTuple(0)),
        }
        self.load_const(Const::Str(c.name.to_string()));
        let Some(scope) = self.table.scope_of(c) else {
            return Err(self.error(c.range, "SyntaxError", "internal: missing scope"));
        };
        // no defaults, no keyword defaults: MakeFunction pops both before the closure
        self.emit(Instr::LoadNone);
        self.emit(Instr::LoadNone);
        self.push_unit(scope, c.name.as_str(), c.range);
        self.local_index(".namespace");
        self.unit.b.code.argcount = 1;
        self.load_const(Const::Str(self.module_name.clone()));
        let g = self.global("__module__");
        self.emit(Instr::StoreName(g));
        let qual = self.unit.b.code.qualname.clone();
        self.load_const(Const::Str(qual));
        let g = self.global("__qualname__");
        self.emit(Instr::StoreName(g));
        let mut body: &'a [Stmt] = &c.body;
        if let Some(Stmt::Expr(e)) = body.first()
            && let Expr::StringLiteral(s) = &*e.value
        {
            self.load_const(Const::Str(s.value.to_str().to_owned()));
            let g = self.global("__doc__");
            self.emit(Instr::StoreName(g));
            body = &body[1..];
        }
        if has_annotations(body) {
            self.emit(Instr::BuildMap(0));
            let g = self.global("__annotations__");
            self.emit(Instr::StoreName(g));
        }
        self.body(body)?;
        if self
            .unit
            .b
            .code
            .cellnames
            .iter()
            .take(self.unit.b.code.n_cellvars as usize)
            .any(|n| n == "__class__")
        {
            let cell = self.cell_index("__class__");
            self.emit(Instr::LoadClosure(cell));
            let g = self.global("__classcell__");
            self.emit(Instr::StoreName(g));
        }
        self.emit(Instr::LoadFast(0));
        self.emit(Instr::Return);
        let idx = self.pop_unit();
        self.set_line(c.range);
        self.make_function(idx);
        self.emit(Instr::BuildMap(0));
        self.emit(Instr::Call(1));
        self.emit(Instr::BuildClass);
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(c.name.as_str());
        Ok(())
    }

    /// `x: T` in a class body records `T` in the namespace's `__annotations__`.
    pub(super) fn class_annotation(&mut self, a: &'a ast::StmtAnnAssign) -> CompileResult<()> {
        let Expr::Name(n) = &*a.target else { return Ok(()) };
        if !self.in_class_body() || !a.simple {
            return Ok(());
        }
        self.expr(&a.annotation)?;
        let g = self.global("__annotations__");
        self.emit(Instr::LoadName(g));
        self.load_const(Const::Str(n.id.to_string()));
        self.emit(Instr::StoreSubscr);
        Ok(())
    }

    /// Compile `super()` inside a method as `super(__class__, <first parameter>)`.
    /// Returns false (emitting nothing) when the call is not that form.
    pub(super) fn zero_arg_super(&mut self, func: &'a Expr) -> bool {
        let Expr::Name(n) = func else { return false };
        if n.id.as_str() != "super" {
            return false;
        }
        if self.table.kind_of(self.unit.scope, "super") != super::scope::NameKind::Global {
            return false;
        }
        let code = &self.unit.b.code;
        let has_class_cell = code
            .cellnames
            .iter()
            .skip(code.n_cellvars as usize)
            .any(|c| c == "__class__");
        let first = if code.argcount > 0 {
            code.varnames.first().cloned()
        } else {
            None
        };
        let (true, Some(first)) = (has_class_cell, first) else {
            return false;
        };
        self.load_name("super");
        self.load_name("__class__");
        self.load_name(&first);
        self.emit(Instr::Call(2));
        true
    }
}

/// Whether a class body has annotated assignments (outside nested functions and classes).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}
