//! Bytecode: instructions, code objects and whole programs.

pub mod code;
pub mod opcode;

pub use code::{Code, Const, Handler, Program};
pub use opcode::{BinOp, CmpOp, Instr, UnaryOp};
