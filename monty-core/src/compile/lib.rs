//! Stdlib modules written in Python: find the ones a program imports and
//! compile each into the same [`Program`](crate::bytecode::Program).
//!
//! Imports are static syntax (there is no `__import__` or `importlib`), so the
//! set of library modules a run can need is known at compile time: the import
//! statements of the program, then, transitively, those of each library module.
//! Each module gets its own namespace of global slots (a fresh name index over
//! the shared slot vector), so its globals never collide with the user's, and
//! its body becomes one more code object that `import` runs once.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Stmt};
use ruff_source_file::LineIndex;

use super::scope::ScopeTable;
use super::{CompileResult, Compiler, to_u32};
use crate::bytecode::{Code, Const, Instr, LibModule};
use crate::error::CompileError;

/// Compile every library module that `body` imports, directly or indirectly.
pub(super) fn compile_libs(
    body: &[Stmt],
    codes: &mut Vec<Code>,
    global_names: &mut Vec<String>,
) -> CompileResult<Vec<LibModule>> {
    let mut libs: Vec<LibModule> = Vec::new();
    let mut pending = imported_libs(body);
    while let Some((name, source)) = pending.pop() {
        if libs.iter().any(|l| l.name == name) {
            continue;
        }
        let (lib, more) = compile_lib(name, source, codes, global_names)?;
        libs.push(lib);
        pending.extend(more);
    }
    Ok(libs)
}

/// The library modules imported anywhere in `body` (functions and classes included), with their source.
fn imported_libs(body: &[Stmt]) -> Vec<(&'static str, &'static str)> {
    let mut finder = ImportFinder { found: Vec::new() };
    for s in body {
        finder.visit_stmt(s);
    }
    finder.found
}

struct ImportFinder {
    found: Vec<(&'static str, &'static str)>,
}

impl ImportFinder {
    fn note(&mut self, module: &str) {
        // `import a.b` runs `a` too
        let mut names = vec![module];
        for (i, _) in module.match_indices('.') {
            names.push(&module[..i]);
        }
        for n in names {
            if let Some(found) = crate::stdlib::lib_source(n)
                && !self.found.iter().any(|(m, _)| *m == found.0)
            {
                self.found.push(found);
            }
        }
    }
}

impl<'a> Visitor<'a> for ImportFinder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(i) => i.names.iter().for_each(|a| self.note(a.name.id.as_str())),
            Stmt::ImportFrom(ast::StmtImportFrom {
                module: Some(m),
                level: 0,
                ..
            }) => self.note(m.id.as_str()),
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    // imports are statements: expressions never hold one (lambdas have no statements)
    fn visit_expr(&mut self, _: &'a ast::Expr) {}
}

/// Compile one library module; also returns the library modules it imports.
#[allow(clippy::type_complexity)]
fn compile_lib(
    name: &'static str,
    source: &'static str,
    codes: &mut Vec<Code>,
    global_names: &mut Vec<String>,
) -> CompileResult<(LibModule, Vec<(&'static str, &'static str)>)> {
    let filename = lib_filename(name);
    let internal = |msg: String| CompileError {
        exc_type: "SystemError".to_owned(),
        message: format!("library module {name} does not compile: {msg}"),
        filename: filename.clone(),
        line: 1,
        column: 1,
        source_line: None,
    };
    let parsed = ruff_python_parser::parse_module(source).map_err(|e| internal(e.error.to_string()))?;
    let body = &parsed.syntax().body;
    let table = ScopeTable::build(body).map_err(|(msg, _)| internal(msg))?;
    let body_idx = to_u32(codes.len());
    let globals_start = to_u32(global_names.len());
    codes.push(Code::default());
    let mut c = Compiler::new(
        table,
        std::mem::take(codes),
        std::mem::take(global_names),
        LineIndex::from_source_text(source),
        source,
        &filename,
        name,
    );
    let result = lib_body(&mut c, name, body);
    let unit = c.take_unit();
    *codes = c.codes;
    *global_names = c.global_names;
    result?;
    let slot = codes
        .get_mut(body_idx as usize)
        .ok_or_else(|| internal("code index".to_owned()))?;
    *slot = unit.b.finish();
    let lib = LibModule {
        name: name.to_owned(),
        body: body_idx,
        codes: (body_idx, to_u32(codes.len())),
        globals: (globals_start, to_u32(global_names.len())),
    };
    Ok((lib, imported_libs(body)))
}

fn lib_body<'a>(c: &mut Compiler<'a>, name: &str, body: &'a [Stmt]) -> CompileResult<()> {
    let n = c.unit.b.add_const(Const::Str(name.to_owned()));
    c.emit(Instr::LoadConst(n));
    let g = c.global("__name__");
    c.emit(Instr::StoreGlobal(g));
    for s in body {
        c.stmt(s)?;
    }
    c.emit(Instr::LoadNone);
    c.emit(Instr::Return);
    Ok(())
}

/// How tracebacks name a library module's file.
pub(crate) fn lib_filename(name: &str) -> String {
    format!("<monty-stdlib>/{name}.py")
}
