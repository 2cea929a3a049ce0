//! From source text to a [`Program`]: pre-scan, parse (ruff), scope analysis, code generation.

mod async_;
mod builder;
mod class;
mod expr;
mod func;
mod lib;
mod match_;
mod prescan;
mod scope;
mod stmt;
mod target;
mod with;

pub(crate) use lib::lib_filename;

use std::collections::HashMap;

use ruff_python_ast::Stmt;
use ruff_source_file::{LineIndex, OneIndexed};
use ruff_text_size::{TextRange, TextSize};

use crate::bytecode::{Code, Instr, Program};
use crate::error::CompileError;
use builder::{CodeBuilder, Label};
use scope::{NameKind, ScopeTable};

/// Result of a compile step.
pub(crate) type CompileResult<T> = Result<T, CompileError>;

/// Deepest expression/statement nesting the code generator follows.
const MAX_COMPILE_DEPTH: usize = 400;

/// Blocks that `return`, `break` and `continue` must unwind through.
#[derive(Debug, Clone)]
enum FBlock<'a> {
    /// A `while` loop.
    While { brk: Label, cont: Label },
    /// A `for` loop: its iterator is on the stack.
    For { brk: Label, cont: Label },
    /// The body of a `try` with a `finally`; `seg_start` is where the current protected segment began.
    Finally {
        body: &'a [Stmt],
        handler: Label,
        depth: i64,
        level: u32,
        seg_start: u32,
    },
    /// An `except` body: the handled exception must be popped.
    ExceptBody,
    /// The exceptional path of a `finally`: exception on the stack and being handled.
    FinallyExc,
    /// The body of a `with`: its `__exit__` is on the stack; `seg_start` as for `Finally`.
    With {
        handler: Label,
        depth: i64,
        level: u32,
        seg_start: u32,
        /// `async with`: the exit call's result is awaited.
        is_async: bool,
    },
}

struct Unit<'a> {
    b: CodeBuilder,
    scope: usize,
    fblocks: Vec<FBlock<'a>>,
    try_level: u32,
}

pub(crate) struct Compiler<'a> {
    table: ScopeTable,
    codes: Vec<Code>,
    global_names: Vec<String>,
    global_index: HashMap<String, u32>,
    index: LineIndex,
    source: &'a str,
    filename: String,
    unit: Unit<'a>,
    outer_units: Vec<Unit<'a>>,
    depth: usize,
    /// `__module__` of the classes defined here (`__main__`, or a library module's name).
    module_name: String,
    /// Lines of earlier session snippets: this source's line 1 is `line_offset + 1`.
    line_offset: u32,
    /// The embedder's import allow-list (`None` for library modules: their own
    /// imports are Monty's business).
    allowed_imports: Option<Vec<String>>,
}

/// A parsed module with its scopes, ready to compile.
struct Parsed<'s> {
    module: ruff_python_parser::Parsed<ruff_python_ast::ModModule>,
    table: ScopeTable,
    index: LineIndex,
    source: &'s str,
}

/// Parse `source` and analyse its scopes; errors are `SyntaxError`s at their position.
fn parse<'s>(source: &'s str, filename: &str) -> CompileResult<Parsed<'s>> {
    let index = LineIndex::from_source_text(source);
    let err_at = |msg: String, line: u32, col: u32, ty: &str| CompileError {
        exc_type: ty.to_owned(),
        message: msg,
        filename: filename.to_owned(),
        line,
        column: col,
        source_line: source.lines().nth((line as usize).saturating_sub(1)).map(str::to_owned),
    };
    if let Err((msg, line)) = prescan::prescan(source) {
        return Err(err_at(msg, line, 1, "SyntaxError"));
    }
    let module = ruff_python_parser::parse_module(source).map_err(|e| {
        let loc = index.line_column(e.location.start(), source);
        err_at(
            syntax_message(&e.error.to_string()),
            to_u32(loc.line.get()),
            to_u32(loc.column.get()),
            "SyntaxError",
        )
    })?;
    let table = ScopeTable::build(&module.syntax().body).map_err(|(msg, range)| {
        let loc = index.line_column(range.start(), source);
        err_at(msg, to_u32(loc.line.get()), to_u32(loc.column.get()), "SyntaxError")
    })?;
    Ok(Parsed {
        module,
        table,
        index,
        source,
    })
}

/// Compile a module.
pub(crate) fn compile_program(
    source: &str,
    filename: &str,
    input_names: &[String],
    external_names: &[String],
    allowed_imports: Option<Vec<String>>,
) -> CompileResult<Program> {
    let empty = Program {
        codes: Vec::new(),
        global_names: Vec::new(),
        script_name: filename.to_owned(),
        source_lines: Vec::new(),
        input_globals: Vec::new(),
        external_globals: Vec::new(),
        external_names: external_names.to_vec(),
        libs: Vec::new(),
        allowed_imports,
    };
    compile_into(source, empty, input_names).map(|(program, _)| program)
}

/// Compile `source` as one more top-level body of `program` (a session's next
/// snippet, or a script into an empty program): its code objects, global names,
/// library modules and source lines are appended, so everything compiled before
/// keeps its indices. Returns the grown program and the index of the new body.
pub(crate) fn compile_into(
    source: &str,
    mut program: Program,
    input_names: &[String],
) -> CompileResult<(Program, u32)> {
    let filename = program.script_name.clone();
    let parsed = parse(source, &filename)?;
    let body = &parsed.module.syntax().body;
    // a script's top-level `await` runs on asyncio's loop, so asyncio comes along
    let top_level_await = parsed.table.scopes.first().is_some_and(|s| s.has_await);
    // the builtin `open` is `_io.open`, written in Python: a program that may read
    // the name imports `_io` first (see `Vm::load_global`)
    let uses_open =
        parsed.table.uses_unbound("open") && !program.external_names.iter().chain(input_names).any(|n| n == "open");
    let entry = to_u32(program.codes.len());
    let line_offset = to_u32(program.source_lines.len());
    let mut codes = std::mem::take(&mut program.codes);
    codes.push(Code::default());
    let mut c = Compiler::new(
        parsed.table,
        codes,
        std::mem::take(&mut program.global_names),
        parsed.index,
        parsed.source,
        &filename,
        "__main__",
    );
    c.line_offset = line_offset;
    c.allowed_imports.clone_from(&program.allowed_imports);
    let input_globals: Vec<u32> = input_names.iter().map(|n| c.global(n)).collect();
    if program.external_globals.is_empty() {
        program.external_globals = program.external_names.iter().map(|n| c.global(n)).collect();
    }
    if uses_open {
        let m = c.unit.b.add_name("_io");
        c.emit(Instr::ImportName(m));
        c.emit(Instr::Pop);
    }
    c.module_body(body)?;
    let main = c.take_unit().b.finish();
    if let Some(slot) = c.codes.get_mut(entry as usize) {
        *slot = main;
    }
    let (mut codes, mut global_names) = (c.codes, c.global_names);
    let mut implicit = Vec::new();
    if top_level_await {
        implicit.push("asyncio");
    }
    if uses_open {
        implicit.push("_io");
    }
    let new_libs = lib::compile_libs(&program, body, &implicit, &mut codes, &mut global_names)?;
    program.codes = codes;
    program.global_names = global_names;
    program.libs.extend(new_libs);
    program.source_lines.extend(source.lines().map(str::to_owned));
    program.input_globals.extend(input_globals);
    Ok((program, entry))
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Map ruff's wording to CPython's where they differ.
fn syntax_message(ruff: &str) -> String {
    if ruff.starts_with("Expected an indented block") {
        return "expected an indented block".to_owned();
    }
    if ruff.starts_with("Unexpected indentation") {
        return "unexpected indent".to_owned();
    }
    "invalid syntax".to_owned()
}

impl<'a> Compiler<'a> {
    fn new(
        table: ScopeTable,
        codes: Vec<Code>,
        global_names: Vec<String>,
        index: LineIndex,
        source: &'a str,
        filename: &str,
        module_name: &str,
    ) -> Self {
        let global_index = global_names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), to_u32(i)))
            .collect();
        Compiler {
            table,
            codes,
            global_names,
            global_index,
            index,
            source,
            filename: filename.to_owned(),
            unit: Unit {
                b: CodeBuilder::new("<module>", "<module>", 1),
                scope: 0,
                fblocks: Vec::new(),
                try_level: 0,
            },
            outer_units: Vec::new(),
            depth: 0,
            module_name: module_name.to_owned(),
            line_offset: 0,
            allowed_imports: None,
        }
    }

    /// The finished top-level unit, leaving an empty one behind.
    fn take_unit(&mut self) -> Unit<'a> {
        std::mem::replace(
            &mut self.unit,
            Unit {
                b: CodeBuilder::default(),
                scope: 0,
                fblocks: Vec::new(),
                try_level: 0,
            },
        )
    }

    fn module_body(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        // A trailing expression statement becomes the run's result.
        let (last, rest) = match body.split_last() {
            Some((Stmt::Expr(e), rest)) => (Some(e), rest),
            _ => (None, body),
        };
        for s in rest {
            self.stmt(s)?;
        }
        if let Some(e) = last {
            self.set_line(e.range);
            self.expr(&e.value)?;
        } else {
            self.emit(Instr::LoadNone);
        }
        self.emit(Instr::Return);
        Ok(())
    }

    fn emit(&mut self, i: Instr) {
        self.unit.b.emit(i);
    }

    fn line_of(&self, offset: TextSize) -> u32 {
        to_u32(self.index.line_index(offset).get()).saturating_add(self.line_offset)
    }

    fn set_line(&mut self, range: TextRange) {
        self.unit.b.line = self.line_of(range.start());
    }

    fn error(&self, range: TextRange, ty: &str, msg: impl Into<String>) -> CompileError {
        let loc = self.index.line_column(range.start(), self.source);
        let line = loc.line.get();
        CompileError {
            exc_type: ty.to_owned(),
            message: msg.into(),
            filename: self.filename.clone(),
            line: to_u32(line),
            column: to_u32(loc.column.get()),
            source_line: self
                .index
                .line_range(OneIndexed::new(line).unwrap_or(OneIndexed::MIN), self.source)
                .to_std_range()
                .next()
                .map(|_| {
                    self.source[self.index.line_range(loc.line, self.source)]
                        .trim_end()
                        .to_owned()
                }),
        }
    }

    fn enter(&mut self, range: TextRange) -> CompileResult<()> {
        self.depth += 1;
        if self.depth > MAX_COMPILE_DEPTH {
            return Err(self.error(range, "SyntaxError", "too many nested expressions or blocks"));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn global(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.global_index.get(name) {
            return i;
        }
        let i = to_u32(self.global_names.len());
        self.global_names.push(name.to_owned());
        self.global_index.insert(name.to_owned(), i);
        i
    }

    fn local_index(&mut self, name: &str) -> u32 {
        let vars = &mut self.unit.b.code.varnames;
        let idx = vars.iter().position(|v| v == name).unwrap_or_else(|| {
            vars.push(name.to_owned());
            vars.len() - 1
        });
        to_u32(idx)
    }

    fn cell_index(&self, name: &str) -> u32 {
        to_u32(self.unit.b.code.cellnames.iter().position(|v| v == name).unwrap_or(0))
    }

    fn load_name(&mut self, name: &str) {
        let instr = match self.table.kind_of(self.unit.scope, name) {
            NameKind::Local => Instr::LoadFast(self.local_index(name)),
            NameKind::Cell | NameKind::Free => Instr::LoadDeref(self.cell_index(name)),
            NameKind::Global => Instr::LoadGlobal(self.global(name)),
            NameKind::Name => {
                let mangled = self.mangle(name);
                Instr::LoadName(self.global(&mangled))
            }
        };
        self.emit(instr);
    }

    fn store_name(&mut self, name: &str) {
        let instr = match self.table.kind_of(self.unit.scope, name) {
            NameKind::Local => Instr::StoreFast(self.local_index(name)),
            NameKind::Cell | NameKind::Free => Instr::StoreDeref(self.cell_index(name)),
            NameKind::Global => Instr::StoreGlobal(self.global(name)),
            NameKind::Name => {
                let mangled = self.mangle(name);
                Instr::StoreName(self.global(&mangled))
            }
        };
        self.emit(instr);
    }

    fn delete_name(&mut self, name: &str) {
        let instr = match self.table.kind_of(self.unit.scope, name) {
            NameKind::Local => Instr::DeleteFast(self.local_index(name)),
            NameKind::Cell | NameKind::Free => Instr::DeleteDeref(self.cell_index(name)),
            NameKind::Global => Instr::DeleteGlobal(self.global(name)),
            NameKind::Name => {
                let mangled = self.mangle(name);
                Instr::DeleteName(self.global(&mangled))
            }
        };
        self.emit(instr);
    }

    fn jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.unit.b.emit_jump(make, label);
    }
}
