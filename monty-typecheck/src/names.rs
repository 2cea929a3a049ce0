//! Names the program reads without ever binding them: the candidates for a
//! builtin that Python has and Monty does not (`open`, `eval`, ...).
//!
//! Deliberately coarse: a name bound anywhere in the program (in any scope)
//! is never a candidate, so the check can miss a case but never reports a
//! name the program defines itself.

use std::collections::HashSet;

use ruff_python_ast::visitor::{Visitor, walk_except_handler, walk_expr, walk_pattern, walk_stmt, walk_type_param};
use ruff_python_ast::{ExceptHandler, Expr, ExprContext, Parameter, Pattern, Stmt, TypeParam};
use ruff_text_size::TextRange;

/// Every name read by the program and never bound by it, with each place it
/// is read, in source order.
///
/// Runs a recursive visitor: call it only on a program that passed Monty's
/// nesting pre-scan, on the checking thread.
pub(crate) fn free_names(body: &[Stmt]) -> Vec<(String, TextRange)> {
    let mut collector = Collector::default();
    collector.visit_body(body);
    let Collector { bound, reads } = collector;
    reads.into_iter().filter(|(name, _)| !bound.contains(name)).collect()
}

#[derive(Default)]
struct Collector {
    bound: HashSet<String>,
    reads: Vec<(String, TextRange)>,
}

impl Collector {
    fn bind(&mut self, name: &str) {
        self.bound.insert(name.to_owned());
    }
}

impl<'a> Visitor<'a> for Collector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => self.bind(f.name.as_str()),
            Stmt::ClassDef(c) => self.bind(c.name.as_str()),
            Stmt::Global(g) => g.names.iter().for_each(|n| self.bind(n.as_str())),
            Stmt::Nonlocal(n) => n.names.iter().for_each(|n| self.bind(n.as_str())),
            Stmt::Import(import) => {
                for alias in &import.names {
                    // `import a.b` binds `a`; `import a.b as c` binds `c`.
                    let name = alias.asname.as_ref().map_or_else(
                        || alias.name.as_str().split('.').next().unwrap_or_default(),
                        |asname| asname.as_str(),
                    );
                    self.bind(name);
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    self.bind(alias.asname.as_ref().unwrap_or(&alias.name).as_str());
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr {
            match name.ctx {
                ExprContext::Load => self.reads.push((name.id.to_string(), name.range)),
                ExprContext::Store | ExprContext::Del | ExprContext::Invalid => self.bind(name.id.as_str()),
            }
        }
        walk_expr(self, expr);
    }

    fn visit_parameter(&mut self, parameter: &'a Parameter) {
        self.bind(parameter.name.as_str());
        if let Some(annotation) = &parameter.annotation {
            self.visit_annotation(annotation);
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ExceptHandler) {
        let ExceptHandler::ExceptHandler(h) = handler;
        if let Some(name) = &h.name {
            self.bind(name.as_str());
        }
        walk_except_handler(self, handler);
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        match pattern {
            Pattern::MatchAs(p) => p.name.iter().for_each(|n| self.bind(n.as_str())),
            Pattern::MatchStar(p) => p.name.iter().for_each(|n| self.bind(n.as_str())),
            Pattern::MatchMapping(p) => p.rest.iter().for_each(|n| self.bind(n.as_str())),
            _ => {}
        }
        walk_pattern(self, pattern);
    }

    fn visit_type_param(&mut self, type_param: &'a TypeParam) {
        self.bind(type_param.name().as_str());
        walk_type_param(self, type_param);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn free(source: &str) -> Vec<String> {
        let parsed = ruff_python_parser::parse_module(source).map_err(|e| e.to_string());
        let body = parsed.as_ref().map(|p| p.syntax().body.as_slice()).unwrap_or(&[]);
        let mut names: Vec<String> = free_names(body).into_iter().map(|(n, _)| n).collect();
        names.dedup();
        names
    }

    #[test]
    fn bound_names_are_not_free_whatever_the_scope() {
        let source = "\
import os.path, json as j
from m import a, b as c
def f(p, *args, q: int = 1, **kw):
    global g
    return p, args, q, kw, g, open
class K: pass
try: pass
except E as err: print(err)
match x:
    case [first, *rest]: pass
    case {'k': v, **others}: pass
    case Point(x=px) as whole: pass
for i in range(3): del i
[y for y in z]
lambda w: w
os, j, a, c, f, K
";
        assert_eq!(free(source), ["int", "open", "E", "print", "x", "Point", "range", "z"]);
    }
}
