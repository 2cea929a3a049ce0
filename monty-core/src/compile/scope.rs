//! Scope analysis: which names are local, global, cell or free in each scope.
//!
//! A first pass walks the AST and records, per scope, the names it binds, uses
//! and declares; a second pass resolves every name, marking captured locals as
//! cells and threading free variables through intermediate scopes. Scopes are
//! keyed by the address of their AST node, which is stable while the AST lives.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// What kind of block a scope is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Function,
    Comprehension,
    /// A class body: its bindings live in the class namespace and are invisible to nested scopes.
    Class,
}

/// One scope's facts.
#[derive(Debug, Default)]
pub(crate) struct Scope {
    pub(crate) kind: Option<ScopeKind>,
    pub(crate) parent: Option<usize>,
    /// Names bound here, in first-binding order (parameters first).
    pub(crate) bound: Vec<String>,
    bound_set: HashSet<String>,
    pub(crate) globals: HashSet<String>,
    pub(crate) nonlocals: HashSet<String>,
    used: Vec<String>,
    /// Local names captured by inner scopes.
    pub(crate) cells: Vec<String>,
    /// Names this scope reads from enclosing scopes.
    pub(crate) frees: Vec<String>,
    pub(crate) is_generator: bool,
    /// An `async def` (its calls make coroutines).
    pub(crate) is_coroutine: bool,
    /// Contains `await` (in a module: a top-level await).
    pub(crate) has_await: bool,
}

impl Scope {
    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_owned()) {
            self.bound.push(name.to_owned());
        }
    }

    fn is_local(&self, name: &str) -> bool {
        self.bound_set.contains(name) && !self.globals.contains(name) && !self.nonlocals.contains(name)
    }
}

/// Where a name lives, as seen from one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameKind {
    Local,
    Cell,
    Free,
    Global,
    /// A class-body name: the namespace, then globals, then builtins.
    Name,
}

/// The scopes of a module.
#[derive(Debug, Default)]
pub(crate) struct ScopeTable {
    pub(crate) scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

fn key<T>(node: &T) -> usize {
    std::ptr::from_ref(node) as usize
}

impl ScopeTable {
    /// Analyse a module body.
    pub(crate) fn build(body: &[Stmt]) -> Result<Self, (String, ruff_text_size::TextRange)> {
        let mut collector = Collector {
            table: ScopeTable::default(),
            current: 0,
            error: None,
        };
        collector.table.scopes.push(Scope {
            kind: Some(ScopeKind::Module),
            ..Scope::default()
        });
        for stmt in body {
            collector.visit_stmt(stmt);
        }
        if let Some(err) = collector.error {
            return Err(err);
        }
        let mut table = collector.table;
        table.resolve();
        Ok(table)
    }

    /// Whether some scope reads `name` while the module never binds it: the
    /// name can only be a builtin (or undefined).
    pub(crate) fn uses_unbound(&self, name: &str) -> bool {
        let bound_at_module = self.scopes.first().is_some_and(|m| m.bound_set.contains(name));
        !bound_at_module && self.scopes.iter().any(|s| s.used.iter().any(|u| u == name))
    }

    /// The scope created by `node` (a function def, lambda or comprehension).
    pub(crate) fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&key(node)).copied()
    }

    /// Classify `name` as seen from `scope`.
    pub(crate) fn kind_of(&self, scope: usize, name: &str) -> NameKind {
        let Some(s) = self.scopes.get(scope) else {
            return NameKind::Global;
        };
        if s.kind == Some(ScopeKind::Module) || s.globals.contains(name) {
            return NameKind::Global;
        }
        if s.kind == Some(ScopeKind::Class) && s.is_local(name) {
            return NameKind::Name;
        }
        if s.cells.iter().any(|c| c == name) {
            return NameKind::Cell;
        }
        if s.frees.iter().any(|c| c == name) {
            return NameKind::Free;
        }
        if s.is_local(name) {
            return NameKind::Local;
        }
        NameKind::Global
    }

    fn resolve(&mut self) {
        for idx in 0..self.scopes.len() {
            let names: Vec<String> = {
                let s = &self.scopes[idx];
                s.used.iter().chain(s.nonlocals.iter()).cloned().collect()
            };
            for name in names {
                let s = &self.scopes[idx];
                if s.kind == Some(ScopeKind::Module) || s.globals.contains(&name) || s.is_local(&name) {
                    continue;
                }
                self.capture(idx, &name);
            }
        }
    }

    /// `name` is read in `scope` but not bound there: find the enclosing function scope that owns it.
    fn capture(&mut self, scope: usize, name: &str) {
        let mut path = vec![scope];
        let mut cur = self.scopes[scope].parent;
        while let Some(p) = cur {
            let s = &self.scopes[p];
            if s.kind == Some(ScopeKind::Module) || s.globals.contains(name) {
                return;
            }
            if s.kind == Some(ScopeKind::Class) {
                // class bindings are invisible to nested scopes, except the implicit `__class__` cell
                if name == "__class__" {
                    self.link_cell(name, p, &path);
                    return;
                }
                path.push(p);
                cur = s.parent;
                continue;
            }
            if s.is_local(name) {
                self.link_cell(name, p, &path);
                return;
            }
            path.push(p);
            cur = s.parent;
        }
    }

    /// `name` lives in a cell of scope `owner` and is a free variable of every scope on `path`.
    fn link_cell(&mut self, name: &str, owner: usize, path: &[usize]) {
        if !self.scopes[owner].cells.iter().any(|c| c == name) {
            self.scopes[owner].cells.push(name.to_owned());
        }
        for &q in path {
            if !self.scopes[q].frees.iter().any(|c| c == name) {
                self.scopes[q].frees.push(name.to_owned());
            }
        }
    }
}

struct Collector {
    table: ScopeTable,
    current: usize,
    error: Option<(String, ruff_text_size::TextRange)>,
}

impl Collector {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn new_scope(&mut self, node: usize, kind: ScopeKind) -> usize {
        let idx = self.table.scopes.len();
        self.table.scopes.push(Scope {
            kind: Some(kind),
            parent: Some(self.current),
            ..Scope::default()
        });
        self.table.by_node.insert(node, idx);
        idx
    }

    fn bind(&mut self, name: &str) {
        self.scope().bind(name);
    }

    fn use_name(&mut self, name: &str) {
        let s = self.scope();
        if !s.used.iter().any(|u| u == name) {
            s.used.push(name.to_owned());
        }
    }

    fn bind_target(&mut self, target: &Expr) {
        match target {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::Starred(s) => self.bind_target(&s.value),
            _ => {}
        }
    }

    fn params(&mut self, params: &ast::Parameters) {
        for p in params.posonlyargs.iter().chain(&params.args) {
            self.bind(p.parameter.name.as_str());
        }
        if let Some(v) = &params.vararg {
            self.bind(v.name.as_str());
        }
        for p in &params.kwonlyargs {
            self.bind(p.parameter.name.as_str());
        }
        if let Some(k) = &params.kwarg {
            self.bind(k.name.as_str());
        }
    }

    fn defaults(&mut self, params: &ast::Parameters) {
        for p in params.posonlyargs.iter().chain(&params.args).chain(&params.kwonlyargs) {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
    }

    fn comprehension(&mut self, node: usize, generators: &[ast::Comprehension], elts: &[&Expr]) {
        let Some(first) = generators.first() else { return };
        self.visit_expr(&first.iter);
        let outer = self.current;
        self.current = self.new_scope(node, ScopeKind::Comprehension);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.bind_target(&g.target);
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.current = outer;
    }

    /// The scope a walrus inside a comprehension binds in.
    fn walrus_scope(&self) -> usize {
        let mut idx = self.current;
        while self.table.scopes[idx].kind == Some(ScopeKind::Comprehension) {
            match self.table.scopes[idx].parent {
                Some(p) => idx = p,
                None => break,
            }
        }
        idx
    }
}

impl<'a> Visitor<'a> for Collector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.defaults(&f.parameters);
                self.bind(f.name.as_str());
                let outer = self.current;
                self.current = self.new_scope(key(f), ScopeKind::Function);
                self.scope().is_coroutine = f.is_async;
                self.params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.current = outer;
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.scope().globals.insert(n.id.to_string());
                }
            }
            Stmt::Nonlocal(n) => {
                if self.table.scopes[self.current].kind == Some(ScopeKind::Module) {
                    self.error = Some(("nonlocal declaration not allowed at module level".to_owned(), n.range));
                }
                for name in &n.names {
                    self.scope().nonlocals.insert(name.id.to_string());
                }
            }
            Stmt::For(f) => {
                self.bind_target(&f.target);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Assign(a) => {
                a.targets.iter().for_each(|t| self.bind_target(t));
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AugAssign(a) => {
                self.bind_target(&a.target);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AnnAssign(a) => {
                if a.value.is_some() {
                    self.bind_target(&a.target);
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
                if !matches!(*a.target, Expr::Name(_)) {
                    self.visit_expr(&a.target);
                }
            }
            Stmt::Delete(d) => {
                d.targets.iter().for_each(|t| self.bind_target(t));
                visitor::walk_stmt(self, stmt);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        self.bind_target(v);
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bind(n.id.as_str());
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().map_or_else(
                        || alias.name.id.split('.').next().unwrap_or_default().to_owned(),
                        |a| a.id.to_string(),
                    );
                    self.bind(&name);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    if name.id.as_str() == "*" {
                        let module = i.module.as_ref().map_or("", |m| m.id.as_str());
                        let names = crate::stdlib::ModuleId::from_name(module).map(|m| m.star_names());
                        for star in names.unwrap_or_default() {
                            self.bind(star);
                        }
                        continue;
                    }
                    self.bind(name.id.as_str());
                }
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in &args.args {
                        self.visit_expr(a);
                    }
                    for k in &args.keywords {
                        self.visit_expr(&k.value);
                    }
                }
                self.bind(c.name.as_str());
                let outer = self.current;
                self.current = self.new_scope(key(c), ScopeKind::Class);
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.current = outer;
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        match pattern {
            ast::Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. })
            | ast::Pattern::MatchStar(ast::PatternMatchStar { name: Some(n), .. })
            | ast::Pattern::MatchMapping(ast::PatternMatchMapping { rest: Some(n), .. }) => self.bind(n.as_str()),
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                self.use_name(n.id.as_str());
                // zero-argument `super()` reads the implicit `__class__` cell
                if n.id.as_str() == "super" && self.table.scopes[self.current].kind == Some(ScopeKind::Function) {
                    self.use_name("__class__");
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.defaults(p);
                }
                let outer = self.current;
                self.current = self.new_scope(key(l), ScopeKind::Function);
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.visit_expr(&l.body);
                self.current = outer;
            }
            Expr::ListComp(c) => self.comprehension(key(c), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(key(c), &c.generators, &[&c.elt]),
            Expr::Generator(c) => {
                self.comprehension(key(c), &c.generators, &[&c.elt]);
                if let Some(&idx) = self.table.by_node.get(&key(c)) {
                    self.table.scopes[idx].is_generator = true;
                }
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.insert(0, k);
                }
                self.comprehension(key(c), &c.generators, &elts);
            }
            Expr::Named(n) => {
                let target = self.walrus_scope();
                if let Expr::Name(name) = &*n.target {
                    let in_comp = target != self.current;
                    self.table.scopes[target].bind(name.id.as_str());
                    if in_comp {
                        self.use_name(name.id.as_str());
                        if self.table.scopes[target].kind == Some(ScopeKind::Module) {
                            // bound at module level: a global seen from inside the comprehension
                            let idx = self.current;
                            self.table.scopes[idx].globals.insert(name.id.to_string());
                        }
                    }
                }
                self.visit_expr(&n.value);
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.scope().is_generator = true;
                visitor::walk_expr(self, expr);
            }
            Expr::Await(_) => {
                self.scope().has_await = true;
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}
