//! Code generation for function definitions, lambdas, comprehensions and calls.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use ruff_text_size::TextRange;

use super::builder::CodeBuilder;
use super::{CompileResult, Compiler, Unit};
use crate::bytecode::{Const, Instr};

/// What a comprehension builds.
pub(super) enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

impl<'a> Compiler<'a> {
    /// Start compiling a nested code object for `scope`.
    pub(super) fn push_unit(&mut self, scope: usize, name: &str, range: TextRange) {
        let qual = if self.unit.scope == 0 {
            name.to_owned()
        } else if self.in_class_body() {
            format!("{}.{name}", self.unit.b.code.qualname)
        } else {
            format!("{}.<locals>.{name}", self.unit.b.code.qualname)
        };
        let line = self.line_of(range.start());
        let mut b = CodeBuilder::new(name, &qual, line);
        if let Some(s) = self.table.scopes.get(scope) {
            b.code.cellnames = s.cells.iter().chain(&s.frees).cloned().collect();
            b.code.n_cellvars = u32::try_from(s.cells.len()).unwrap_or(0);
            b.code.is_generator = s.is_generator || s.is_coroutine;
            b.code.is_coroutine = s.is_coroutine;
        }
        let unit = Unit {
            b,
            scope,
            fblocks: Vec::new(),
            try_level: 0,
        };
        self.outer_units.push(std::mem::replace(&mut self.unit, unit));
    }

    /// Finish the nested code object; returns its index in the program.
    pub(super) fn pop_unit(&mut self) -> u32 {
        let outer = self.outer_units.pop().unwrap_or_else(|| Unit {
            b: CodeBuilder::default(),
            scope: 0,
            fblocks: Vec::new(),
            try_level: 0,
        });
        let mut unit = std::mem::replace(&mut self.unit, outer);
        // parameters that are captured start life in cells
        let code = &mut unit.b.code;
        let nparams = code.argcount + code.kwonlycount + u32::from(code.varargs) + u32::from(code.varkw);
        for (li, name) in code.varnames.iter().enumerate().take(nparams as usize) {
            if let Some(ci) = code
                .cellnames
                .iter()
                .take(code.n_cellvars as usize)
                .position(|c| c == name)
            {
                code.arg_cells
                    .push((u32::try_from(li).unwrap_or(0), u32::try_from(ci).unwrap_or(0)));
            }
        }
        let idx = u32::try_from(self.codes.len()).unwrap_or(u32::MAX);
        self.codes.push(unit.b.finish());
        idx
    }

    fn declare_params(&mut self, params: &ast::Parameters) {
        for p in params.posonlyargs.iter().chain(&params.args) {
            self.local_index(p.parameter.name.as_str());
        }
        for p in &params.kwonlyargs {
            self.local_index(p.parameter.name.as_str());
        }
        if let Some(v) = &params.vararg {
            self.local_index(v.name.as_str());
        }
        if let Some(k) = &params.kwarg {
            self.local_index(k.name.as_str());
        }
        let code = &mut self.unit.b.code;
        code.argcount = u32::try_from(params.posonlyargs.len() + params.args.len()).unwrap_or(0);
        code.posonlycount = u32::try_from(params.posonlyargs.len()).unwrap_or(0);
        code.kwonlycount = u32::try_from(params.kwonlyargs.len()).unwrap_or(0);
        code.varargs = params.vararg.is_some();
        code.varkw = params.kwarg.is_some();
    }

    /// Push the defaults tuple and the keyword-only defaults dict (or None for each).
    fn push_defaults(&mut self, params: Option<&'a ast::Parameters>) -> CompileResult<()> {
        let Some(params) = params else {
            self.emit(Instr::LoadNone);
            self.emit(Instr::LoadNone);
            return Ok(());
        };
        let defaults: Vec<&Expr> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if defaults.is_empty() {
            self.emit(Instr::LoadNone);
        } else {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(u32::try_from(defaults.len()).unwrap_or(0)));
        }
        let kw: Vec<&ast::ParameterWithDefault> = params.kwonlyargs.iter().filter(|p| p.default.is_some()).collect();
        if kw.is_empty() {
            self.emit(Instr::LoadNone);
        } else {
            for p in &kw {
                self.load_const(Const::Str(p.parameter.name.to_string()));
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Instr::BuildMap(u32::try_from(kw.len()).unwrap_or(0)));
        }
        Ok(())
    }

    /// Push the closure tuple for code whose free variables are `frees`, then `MakeFunction`.
    pub(super) fn make_function(&mut self, code_idx: u32) {
        let frees: Vec<String> = {
            let code = &self.codes[code_idx as usize];
            code.cellnames.iter().skip(code.n_cellvars as usize).cloned().collect()
        };
        if frees.is_empty() {
            self.emit(Instr::LoadNone);
        } else {
            for name in &frees {
                let idx = self.cell_index(name);
                self.emit(Instr::LoadClosure(idx));
            }
            self.emit(Instr::BuildTuple(u32::try_from(frees.len()).unwrap_or(0)));
        }
        self.emit(Instr::MakeFunction(code_idx));
    }

    pub(super) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CompileResult<()> {
        if f.is_async
            && self
                .table
                .scope_of(f)
                .and_then(|i| self.table.scopes.get(i))
                .is_some_and(|s| s.is_generator)
        {
            return Err(self.error(
                f.range,
                "NotImplementedError",
                "async generators (`yield` in an `async def`) are not supported yet",
            ));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        self.push_defaults(Some(&f.parameters))?;
        let Some(scope) = self.table.scope_of(f) else {
            return Err(self.error(f.range, "SyntaxError", "internal: missing scope"));
        };
        self.push_unit(scope, f.name.as_str(), f.range);
        self.declare_params(&f.parameters);
        let mut body: &'a [Stmt] = &f.body;
        if let Some(Stmt::Expr(e)) = body.first()
            && let Expr::StringLiteral(s) = &*e.value
        {
            self.unit.b.code.doc = Some(s.value.to_str().to_owned());
            body = &body[1..];
        }
        self.body(body)?;
        self.emit(Instr::LoadNone);
        self.emit(Instr::Return);
        let idx = self.pop_unit();
        self.set_line(f.range);
        self.make_function(idx);
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(f.name.as_str());
        Ok(())
    }

    pub(super) fn lambda(&mut self, l: &'a ast::ExprLambda) -> CompileResult<()> {
        self.push_defaults(l.parameters.as_deref())?;
        let Some(scope) = self.table.scope_of(l) else {
            return Err(self.error(l.range, "SyntaxError", "internal: missing scope"));
        };
        self.push_unit(scope, "<lambda>", l.range);
        if let Some(p) = &l.parameters {
            self.declare_params(p);
        }
        self.expr(&l.body)?;
        if self.unit.b.code.is_generator {
            self.emit(Instr::Pop);
            self.emit(Instr::LoadNone);
        }
        self.emit(Instr::Return);
        let idx = self.pop_unit();
        self.make_function(idx);
        Ok(())
    }

    pub(super) fn comprehension(
        &mut self,
        node: &'a Expr,
        generators: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CompileResult<()> {
        let scope = match node {
            Expr::ListComp(c) => self.table.scope_of(c),
            Expr::SetComp(c) => self.table.scope_of(c),
            Expr::DictComp(c) => self.table.scope_of(c),
            Expr::Generator(c) => self.table.scope_of(c),
            _ => None,
        };
        let (Some(scope), Some(first)) = (scope, generators.first()) else {
            return Err(self.error(node.range(), "SyntaxError", "internal: missing scope"));
        };
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        self.emit(Instr::LoadNone);
        self.emit(Instr::LoadNone);
        self.push_unit(scope, name, node.range());
        self.local_index(".0");
        self.unit.b.code.argcount = 1;
        match kind {
            CompKind::List(_) => self.emit(Instr::BuildList(0)),
            CompKind::Set(_) => self.emit(Instr::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Instr::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        let mut exits = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                return Err(self.error(
                    g.range,
                    "NotImplementedError",
                    "async comprehensions are not supported yet",
                ));
            }
            if i == 0 {
                self.emit(Instr::LoadFast(0));
            } else {
                self.expr(&g.iter)?;
                self.emit(Instr::GetIter);
            }
            let top = self.unit.b.new_label();
            let end = self.unit.b.new_label();
            self.unit.b.place(top);
            self.jump(Instr::ForIter, end);
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                self.cond_jump(cond, false, top)?;
            }
            exits.push((top, end));
        }
        let depth = u32::try_from(generators.len()).unwrap_or(0);
        match kind {
            CompKind::List(e) => {
                self.expr(e)?;
                self.emit(Instr::ListAppend(depth + 1));
            }
            CompKind::Set(e) => {
                self.expr(e)?;
                self.emit(Instr::SetAdd(depth + 1));
            }
            CompKind::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Instr::MapAdd(depth + 1));
            }
            CompKind::Gen(e) => {
                self.expr(e)?;
                self.emit(Instr::YieldValue);
                self.emit(Instr::Pop);
            }
        }
        for (top, end) in exits.into_iter().rev() {
            self.jump(Instr::Jump, top);
            self.unit.b.place(end);
            self.unit.b.depth -= 1;
        }
        if matches!(kind, CompKind::Gen(_)) {
            self.emit(Instr::LoadNone);
        }
        self.emit(Instr::Return);
        let idx = self.pop_unit();
        self.make_function(idx);
        self.expr(&first.iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    pub(super) fn call(&mut self, c: &'a ast::ExprCall) -> CompileResult<()> {
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = kws.iter().any(|k| k.arg.is_none());
        let n = u32::try_from(args.len()).unwrap_or(0);
        if args.is_empty() && kws.is_empty() && self.zero_arg_super(&c.func) {
            return Ok(());
        }
        // obj.method(positional...) avoids allocating a bound method
        if let Expr::Attribute(a) = &*c.func
            && !has_star
            && kws.is_empty()
        {
            self.expr(&a.value)?;
            let name = self.attr_name(a.attr.as_str());
            self.emit(Instr::LoadMethod(name));
            for arg in args {
                self.expr(arg)?;
            }
            self.set_line(c.range());
            self.emit(Instr::CallMethod(n));
            return Ok(());
        }
        self.expr(&c.func)?;
        if !has_star && !has_dstar {
            for arg in args {
                self.expr(arg)?;
            }
            if kws.is_empty() {
                self.set_line(c.range());
                self.emit(Instr::Call(n));
            } else {
                let mut names = Vec::new();
                for k in kws {
                    self.expr(&k.value)?;
                    names.push(Const::Str(k.arg.as_ref().map(|a| a.id.to_string()).unwrap_or_default()));
                }
                self.load_const(Const::Tuple(names));
                self.set_line(c.range());
                self.emit(Instr::CallKw(n + u32::try_from(kws.len()).unwrap_or(0)));
            }
            return Ok(());
        }
        self.emit(Instr::BuildList(0));
        for arg in args {
            if let Expr::Starred(s) = arg {
                self.expr(&s.value)?;
                self.emit(Instr::ListExtend(1));
            } else {
                self.expr(arg)?;
                self.emit(Instr::ListAppend(1));
            }
        }
        self.emit(Instr::ListToTuple);
        if kws.is_empty() {
            self.set_line(c.range());
            self.emit(Instr::CallEx(0));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in kws {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.id.to_string()));
                    self.expr(&k.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.set_line(c.range());
        self.emit(Instr::CallEx(1));
        Ok(())
    }
}
