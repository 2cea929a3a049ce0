//! Code objects and programs: plain data, serializable, shared by every run.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use crate::bytecode::opcode::Instr;
use crate::exceptions::ExcType;

/// A constant in a code object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) enum Const {
    /// `None`
    None,
    /// `True`/`False`
    Bool(bool),
    /// Small int.
    Int(i64),
    /// Big int.
    BigInt(BigInt),
    /// Float.
    Float(f64),
    /// str
    Str(String),
    /// bytes
    Bytes(Vec<u8>),
    /// A tuple of constants (also keyword-name tuples of calls).
    Tuple(Vec<Const>),
    /// `...`
    Ellipsis,
    /// An exception class (for `assert`).
    ExcType(ExcType),
    /// complex (an imaginary literal: the real part is zero).
    Complex(f64, f64),
}

/// An exception handler: if an exception escapes an instruction in `start..end`,
/// the operand stack is cut back to `depth` values, the exception is pushed,
/// and execution continues at `target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Handler {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// Handler entry.
    pub target: u32,
    /// Operand stack depth to restore.
    pub depth: u32,
    /// Nesting level of the `try`; when several handlers cover an instruction the deepest wins.
    pub level: u32,
}

/// One compiled function body (or the module body).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub(crate) struct Code {
    /// `__name__`
    pub name: String,
    /// `__qualname__`, used in reprs.
    pub qualname: String,
    /// Instructions.
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Constants.
    pub consts: Vec<Const>,
    /// Attribute and method names.
    pub names: Vec<String>,
    /// Local variable names (parameters first).
    pub varnames: Vec<String>,
    /// Names of the cells: cell variables of this scope, then free variables from enclosing scopes.
    pub cellnames: Vec<String>,
    /// Number of cells owned by this scope (the rest are free variables).
    pub n_cellvars: u32,
    /// Parameters that are also cells: (local index, cell index); copied into cells on entry.
    pub arg_cells: Vec<(u32, u32)>,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlycount: u32,
    /// Keyword-only parameters.
    pub kwonlycount: u32,
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkw: bool,
    /// Contains `yield`.
    pub is_generator: bool,
    /// An `async def`: calling it makes a coroutine (`is_generator` is set too).
    pub is_coroutine: bool,
    /// Exception handlers, innermost first.
    pub handlers: Vec<Handler>,
    /// First line of the definition.
    pub first_line: u32,
    /// The docstring, if the body starts with one.
    pub doc: Option<String>,
}

impl Code {
    /// Number of local slots.
    #[must_use]
    pub(crate) fn nlocals(&self) -> usize {
        self.varnames.len()
    }
}

/// A whole compiled program.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub(crate) struct Program {
    /// All code objects; index 0 is the module body.
    pub codes: Vec<Code>,
    /// Global variable names; globals are addressed by index.
    pub global_names: Vec<String>,
    /// Script name for tracebacks.
    pub script_name: String,
    /// Source lines for tracebacks.
    pub source_lines: Vec<String>,
    /// Global indices of the input names, in the order inputs are given.
    pub input_globals: Vec<u32>,
    /// Global indices of external (host) functions, in declaration order.
    pub external_globals: Vec<u32>,
    /// Names of the external (host) functions, in declaration order.
    pub external_names: Vec<String>,
    /// Stdlib modules written in Python that the program imports (directly or through
    /// other such modules), compiled into this program.
    #[serde(default)]
    pub libs: Vec<LibModule>,
    /// The embedder's import allow-list for the program's own imports (`None`:
    /// every module Monty provides). Applied when each snippet compiles.
    #[serde(default)]
    pub allowed_imports: Option<Vec<String>>,
}

/// The first prefix of the dotted module `name` (itself included) that the
/// import allow-list does not cover, if any: `import a.b` needs `a` or `a.b` listed.
pub(crate) fn blocked_import<'n>(allowed: Option<&[String]>, name: &'n str) -> Option<&'n str> {
    {
        let allowed = allowed?;
        let covered = |m: &str| allowed.iter().any(|a| a == m);
        let mut prefixes = name.match_indices('.').map(|(i, _)| &name[..i]).chain([name]);
        if prefixes.clone().any(covered) {
            return None;
        }
        prefixes.next()
    }
}

/// A stdlib module written in Python, compiled into the program that imports it.
///
/// Its code objects and global slots are ordinary ones of the program; only the
/// ranges below tell them apart, so its globals never collide with the user's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct LibModule {
    /// The module's name (`dataclasses`).
    pub name: String,
    /// Index of the module body's code object.
    pub body: u32,
    /// Code objects `codes.0..codes.1` belong to the module (for tracebacks).
    pub codes: (u32, u32),
    /// Global slots `globals.0..globals.1` are the module's namespace.
    pub globals: (u32, u32),
}

impl Program {
    /// The library module that code object `code` belongs to.
    pub(crate) fn lib_of_code(&self, code: u32) -> Option<&LibModule> {
        self.libs.iter().find(|l| (l.codes.0..l.codes.1).contains(&code))
    }

    /// The compiled library module called `name`.
    pub(crate) fn lib_named(&self, name: &str) -> Option<&LibModule> {
        self.libs.iter().find(|l| l.name == name)
    }

    /// The global slot of `name` in library module `lib`.
    pub(crate) fn lib_global(&self, lib: &LibModule, name: &str) -> Option<u32> {
        let (start, end) = lib.globals;
        (start..end).find(|&i| self.global_names.get(i as usize).is_some_and(|n| n == name))
    }
}
