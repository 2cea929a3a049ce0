//! Stdlib modules written in Python: find the ones a program imports and
//! compile each into the same [`Program`](crate::bytecode::Program).
//!
//! Imports are static syntax (there is no `__import__` or `importlib`), so the
//! set of library modules a run can need is known at compile time: the import
//! statements of the program, then, transitively, those of each library module.
//! Each module gets its own namespace of global slots (a fresh name index over
//! the shared slot vector), so its globals never collide with the user's, and
//! its body becomes one more code object that `import` runs once. Each module
//! is parsed and compiled once per process and cached; a program gets a copy
//! whose code indices and global slots are shifted to where it lands.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Stmt};
use ruff_source_file::LineIndex;

use super::scope::ScopeTable;
use super::{CompileResult, Compiler, to_u32};
use crate::bytecode::{Code, Const, Instr, LibModule, Program};
use crate::error::CompileError;

/// Compile every library module that `body` imports (and the `implicit` ones), directly or indirectly.
pub(super) fn compile_libs(
    program: &Program,
    body: &[Stmt],
    implicit: &[&str],
    codes: &mut Vec<Code>,
    global_names: &mut Vec<String>,
) -> CompileResult<Vec<LibModule>> {
    let mut libs: Vec<LibModule> = Vec::new();
    let already = &program.libs;
    let mut pending = imported_libs(body, program.allowed_imports.as_deref());
    // modules the program needs without naming them (top-level await, the builtin `open`)
    pending.extend(implicit.iter().filter_map(|m| crate::stdlib::lib_source(m)));
    while let Some((name, source)) = pending.pop() {
        if libs.iter().chain(already).any(|l| l.name == name) {
            continue;
        }
        let (lib, more) = compile_lib(name, source, codes, global_names)?;
        libs.push(lib);
        pending.extend(more);
    }
    Ok(libs)
}

/// The library modules imported anywhere in `body` (functions and classes included), with their source.
/// Modules the allow-list blocks are left out: their imports only raise.
fn imported_libs(body: &[Stmt], allowed: Option<&[String]>) -> Vec<LibSource> {
    let mut finder = ImportFinder {
        found: Vec::new(),
        allowed,
    };
    for s in body {
        finder.visit_stmt(s);
    }
    finder.found
}

struct ImportFinder<'a> {
    found: Vec<LibSource>,
    allowed: Option<&'a [String]>,
}

impl ImportFinder<'_> {
    fn note(&mut self, module: &str) {
        if crate::bytecode::blocked_import(self.allowed, module).is_some() {
            return;
        }
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

impl<'a> Visitor<'a> for ImportFinder<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(i) => i.names.iter().for_each(|a| self.note(a.name.id.as_str())),
            Stmt::ImportFrom(ast::StmtImportFrom {
                module: Some(m),
                level: 0,
                names,
                ..
            }) => {
                self.note(m.id.as_str());
                // `from a import b` may name the submodule `a.b`
                for a in names {
                    self.note(&format!("{}.{}", m.id.as_str(), a.name.id.as_str()));
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    // imports are statements: expressions never hold one (lambdas have no statements)
    fn visit_expr(&mut self, _: &'a ast::Expr) {}
}

/// A library module's name and source.
type LibSource = (&'static str, &'static str);

/// A library module compiled on its own: code 0 is its body, global slots start at 0.
struct CompiledLib {
    codes: Vec<Code>,
    global_names: Vec<String>,
    imports: Vec<LibSource>,
}

/// Library modules compiled so far in this process: each is parsed and compiled once,
/// then copied (relocated) into every program that imports it.
static CACHE: OnceLock<Mutex<HashMap<&'static str, Arc<CompiledLib>>>> = OnceLock::new();

/// Compile one library module into the program; also returns the library modules it imports.
fn compile_lib(
    name: &'static str,
    source: &'static str,
    codes: &mut Vec<Code>,
    global_names: &mut Vec<String>,
) -> CompileResult<(LibModule, Vec<LibSource>)> {
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let cached = cache.lock().unwrap_or_else(PoisonError::into_inner).get(name).cloned();
    let lib = match cached {
        Some(lib) => lib,
        None => {
            let lib = Arc::new(compile_standalone(name, source)?);
            cache
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(name, Arc::clone(&lib));
            lib
        }
    };
    let code_off = to_u32(codes.len());
    let global_off = to_u32(global_names.len());
    codes.reserve(lib.codes.len());
    for code in &lib.codes {
        let mut code = code.clone();
        for instr in &mut code.instrs {
            relocate(instr, code_off, global_off);
        }
        codes.push(code);
    }
    global_names.extend(lib.global_names.iter().cloned());
    let module = LibModule {
        name: name.to_owned(),
        body: code_off,
        codes: (code_off, to_u32(codes.len())),
        globals: (global_off, to_u32(global_names.len())),
    };
    Ok((module, lib.imports.clone()))
}

/// Shift the code and global-slot operands of a library instruction to where the module landed.
fn relocate(instr: &mut Instr, code_off: u32, global_off: u32) {
    match instr {
        Instr::MakeFunction(i) => *i += code_off,
        Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i) => *i += global_off,
        _ => {}
    }
}

fn compile_standalone(name: &'static str, source: &'static str) -> CompileResult<CompiledLib> {
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
    let mut c = Compiler::new(
        table,
        vec![Code::default()],
        Vec::new(),
        LineIndex::from_source_text(source),
        source,
        &filename,
        name,
    );
    lib_body(&mut c, name, body)?;
    let body_code = c.take_unit().b.finish();
    let mut codes = c.codes;
    let slot = codes.first_mut().ok_or_else(|| internal("code index".to_owned()))?;
    *slot = body_code;
    Ok(CompiledLib {
        codes,
        global_names: c.global_names,
        imports: imported_libs(body, None),
    })
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
