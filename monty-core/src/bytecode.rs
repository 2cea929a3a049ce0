//! Bytecode: instructions, code objects and whole programs.

pub(crate) mod code;
pub(crate) mod opcode;

pub(crate) use code::{Code, Const, Handler, LibModule, Program, blocked_import};
pub(crate) use opcode::{BinOp, CmpOp, Instr, UnaryOp};
