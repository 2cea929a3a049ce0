//! The instruction set. Each instruction is one enum value with its operands
//! inline (8 bytes), so dispatch is a single `match`.

use serde::{Deserialize, Serialize};

/// Binary operators (also used for augmented assignment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub(crate) enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    /// The operator's symbol as CPython prints it in error messages.
    #[must_use]
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            Self::Add => "+",
            Self::Sub => "-",
            Self::Mul => "*",
            Self::TrueDiv => "/",
            Self::FloorDiv => "//",
            Self::Mod => "%",
            Self::Pow => "**",
            Self::LShift => "<<",
            Self::RShift => ">>",
            Self::And => "&",
            Self::Or => "|",
            Self::Xor => "^",
            Self::MatMul => "@",
        }
    }
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub(crate) enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    /// The operator's symbol as CPython prints it in error messages.
    #[must_use]
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            Self::Lt => "<",
            Self::Le => "<=",
            Self::Eq => "==",
            Self::Ne => "!=",
            Self::Gt => ">",
            Self::Ge => ">=",
            Self::In => "in",
            Self::NotIn => "not in",
            Self::Is => "is",
            Self::IsNot => "is not",
        }
    }
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub(crate) enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// One instruction. Jump targets are instruction indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Instr {
    /// Do nothing.
    Nop,
    /// Push constant `n` of the code object.
    LoadConst(u32),
    /// Push a small int.
    LoadSmallInt(i32),
    /// Push `None`.
    LoadNone,
    /// Discard the top of stack.
    Pop,
    /// Duplicate the top of stack.
    Dup,
    /// Duplicate the top two values (a b -> a b a b).
    DupTwo,
    /// Swap the top two values.
    Rot2,
    /// a b c -> c a b
    Rot3,
    /// a b c d -> d a b c
    Rot4,
    /// Push a local.
    LoadFast(u32),
    /// Pop into a local.
    StoreFast(u32),
    /// Unbind a local.
    DeleteFast(u32),
    /// Push the value of cell `n`.
    LoadDeref(u32),
    /// Pop into cell `n`.
    StoreDeref(u32),
    /// Unbind cell `n`.
    DeleteDeref(u32),
    /// Push cell `n` itself (to build a closure).
    LoadClosure(u32),
    /// Push global `n` (falling back to builtins).
    LoadGlobal(u32),
    /// Pop into global `n`.
    StoreGlobal(u32),
    /// Unbind global `n`.
    DeleteGlobal(u32),
    /// Replace TOS with `TOS.name[n]`.
    LoadAttr(u32),
    /// `TOS.name = TOS1`, pops both.
    StoreAttr(u32),
    /// `del TOS.name`
    DeleteAttr(u32),
    /// Replace TOS with a method and its receiver (`[callable, self]` or `[callable, Undef]`).
    LoadMethod(u32),
    /// Call a method loaded by `LoadMethod` with `n` positional args.
    CallMethod(u32),
    /// Binary operator.
    Binary(BinOp),
    /// Augmented-assignment operator (in place for mutable containers).
    Inplace(BinOp),
    /// Unary operator.
    Unary(UnaryOp),
    /// Comparison.
    Compare(CmpOp),
    /// `TOS1[TOS]`
    Subscript,
    /// `TOS1[TOS] = TOS2`
    StoreSubscr,
    /// `del TOS1[TOS]`
    DeleteSubscr,
    /// Build a slice from 2 or 3 values.
    BuildSlice(u32),
    /// Build a list of `n` values.
    BuildList(u32),
    /// Build a tuple of `n` values.
    BuildTuple(u32),
    /// Build a set of `n` values.
    BuildSet(u32),
    /// Build a dict of `n` key/value pairs.
    BuildMap(u32),
    /// Concatenate `n` strings (f-strings).
    BuildString(u32),
    /// Append TOS to the list `n` below it (comprehensions).
    ListAppend(u32),
    /// Add TOS to the set `n` below it.
    SetAdd(u32),
    /// Add key TOS1, value TOS to the dict `n` below them.
    MapAdd(u32),
    /// Extend the list `n` below TOS with the iterable TOS.
    ListExtend(u32),
    /// Update the set `n` below TOS with the iterable TOS.
    SetUpdate(u32),
    /// Update the dict `n` below TOS with the mapping TOS.
    DictUpdate(u32),
    /// Merge TOS into the dict `n` below it, refusing duplicate keys (call `**`).
    DictMerge(u32),
    /// Convert the list at TOS to a tuple.
    ListToTuple,
    /// Format TOS for an f-string: low 2 bits conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 has spec.
    FormatValue(u32),
    /// Unpack TOS into `n` values.
    UnpackSequence(u32),
    /// Unpack with a starred target: low 16 bits before, high 16 bits after.
    UnpackEx(u32),
    /// Jump.
    Jump(u32),
    /// Pop; jump if falsy.
    JumpIfFalse(u32),
    /// Pop; jump if truthy.
    JumpIfTrue(u32),
    /// Jump if falsy (keeping TOS), else pop.
    JumpIfFalseOrPop(u32),
    /// Jump if truthy (keeping TOS), else pop.
    JumpIfTrueOrPop(u32),
    /// Replace TOS with `iter(TOS)`.
    GetIter,
    /// Push the next item of the iterator at TOS, or pop it and jump when exhausted.
    ForIter(u32),
    /// Make a function from code `n`; flags in the preceding `MakeFunctionFlags`.
    MakeFunction(u32),
    /// Call with `n` positional arguments.
    Call(u32),
    /// Call with `n` arguments whose last ones are named by the tuple constant below the callable... see compiler.
    CallKw(u32),
    /// Call with an args tuple and (if operand is 1) a kwargs dict.
    CallEx(u32),
    /// Return TOS.
    Return,
    /// `raise` (0 operands: re-raise), `raise X` (1), `raise X from Y` (2).
    Raise(u32),
    /// Re-raise the exception at TOS (end of a handler that did not match, or of `finally`).
    Reraise,
    /// Enter a handler: record TOS as the exception being handled.
    PushExcInfo,
    /// Leave a handler: forget the exception being handled.
    PopExcept,
    /// Push whether the exception TOS1 matches the class(es) TOS; pops the class.
    CheckExcMatch,
    /// Yield TOS from a generator.
    YieldValue,
    /// Yield TOS from inside a `yield from` loop: a value thrown in at this point goes to
    /// the sub-iterator (execution continues two instructions on, at `ThrowInto`).
    YieldFrom,
    /// `yield from`: send TOS into the sub-iterator below it; a yielded value replaces TOS,
    /// a return value replaces both and jumps to the target.
    Send(u32),
    /// `yield from`: throw the exception at TOS into the sub-iterator below it (results as `Send`).
    ThrowInto(u32),
    /// Push a class-body name (global index `n`): the namespace in local 0, then globals, then builtins.
    LoadName(u32),
    /// Pop into the class namespace under the name of global `n`.
    StoreName(u32),
    /// Remove the name of global `n` from the class namespace.
    DeleteName(u32),
    /// Pop the namespace, the name and the bases tuple; push the new class.
    BuildClass,
    /// Replace the context manager at TOS with its bound `__exit__`, then call `__enter__()`.
    BeforeWith,
    /// With `__exit__` and an exception on the stack, push `__exit__(type, exc, None)`.
    WithExceptStart,
    /// `match` sequence test: push whether TOS is a sequence (not str/bytes) of length
    /// exactly `n & 0x7fff_ffff`, or at least that with bit 31 (a starred sub-pattern).
    MatchSeqLen(u32),
    /// `match` mapping test: push whether TOS is a mapping.
    MatchMapping,
    /// `[subject, keys]` -> `[subject, keys, values, true]`, or `[subject, keys, None, false]`
    /// when a key is missing.
    MatchKeys,
    /// `[subject, keys]` -> a new dict of the subject's other items (`**rest`).
    MatchRest,
    /// `[subject, class, keyword names]` -> `[attributes, true]` (`n` positional sub-patterns),
    /// or `[None, false]` when the subject does not match.
    MatchClass(u32),
    /// Push the stdlib module named `names[n]` (imported once per run).
    ImportName(u32),
    /// Push attribute `names[n]` of the module at TOS (`from m import name`), keeping the module.
    ImportFrom(u32),
    /// `await`: replace TOS with the iterator that awaiting it drives (a coroutine
    /// itself, or what its `__await__()` returns).
    GetAwaitable,
    /// Replace the async context manager at TOS with its bound `__aexit__`, then call
    /// `__aenter__()` (the awaitable it returns follows on the stack).
    BeforeAsyncWith,
    /// `async for`: replace TOS with `TOS.__aiter__()`.
    GetAIter,
    /// `async for`: push `TOS.__anext__()` (an awaitable), keeping the async iterator.
    GetANext,
}
