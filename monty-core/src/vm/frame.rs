//! Frames: the state of one Python function activation, as plain data.

use serde::{Deserialize, Serialize};

use crate::object::value::{HeapId, Value};

/// Why a generator frame was resumed, which decides where its yield or return goes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum ResumeMode {
    /// By a `ForIter` in the caller: a yield pushes the value, a return ends the loop (jump to the target).
    ForIter(u32),
    /// By the builtin `next()`: a return raises StopIteration, or gives the default.
    Next(Value),
    /// By native code running a nested loop: yield and return end that loop.
    Nested,
    /// By the `Send` instruction of a `yield from`: a yield pushes the value, a return
    /// replaces the sub-iterator with the return value and jumps to the target.
    YieldFrom(u32),
    /// By `close()`: a yield raises RuntimeError in the caller; a return, GeneratorExit
    /// or StopIteration gives `None`.
    Close,
    /// By a `yield from` closing its sub-generator: like `Close`, but once the sub-generator
    /// is closed this GeneratorExit is raised in the delegating generator.
    CloseInto(Value),
    /// By a `contextmanager`'s `__enter__`: a yield is the entered value, a return is an error.
    CmEnter,
    /// By a `contextmanager`'s `__exit__`, with the exception thrown in (`None` on the
    /// normal path) and the length of its traceback then: a yield is an error, a return
    /// gives whether to suppress.
    CmExit(Value, u32),
}

/// One activation.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Frame {
    /// Index of the code object.
    pub code: u32,
    /// Next instruction.
    pub ip: u32,
    /// Local variable slots (`Undef` when unbound).
    pub locals: Vec<Value>,
    /// Cells: own cell variables, then the closure's free variables.
    pub cells: Vec<HeapId>,
    /// Where this frame's operand stack starts in the VM stack.
    pub stack_base: usize,
    /// Depth of the VM's handled-exception stack when the frame started.
    pub exc_base: usize,
    /// The generator this frame belongs to, if any.
    pub generator: Option<HeapId>,
    /// How the generator was resumed.
    pub resume: Option<ResumeMode>,
    /// The operand stack saved while a generator is suspended.
    pub saved_stack: Vec<Value>,
    /// Returning from (or raising out of) this frame ends a nested run loop.
    pub boundary: bool,
    /// For an `__init__` run by a class call: the new instance, which replaces the return value.
    #[serde(default)]
    pub init_self: Option<Value>,
    /// The exceptions being handled inside a generator while it is suspended.
    #[serde(default)]
    pub saved_exc: Vec<Value>,
}

impl Frame {
    /// Every value the frame keeps alive (for the collector).
    pub fn for_each_value(&self, mut f: impl FnMut(Value)) {
        self.locals
            .iter()
            .chain(&self.saved_stack)
            .chain(&self.saved_exc)
            .for_each(|&v| f(v));
        self.cells.iter().for_each(|&c| f(Value::Ref(c)));
        if let Some(g) = self.generator {
            f(Value::Ref(g));
        }
        if let Some(ResumeMode::Next(v) | ResumeMode::CmExit(v, _) | ResumeMode::CloseInto(v)) = self.resume {
            f(v);
        }
        if let Some(v) = self.init_self {
            f(v);
        }
    }

    /// Approximate bytes, for the memory budget.
    #[must_use]
    pub fn byte_size(&self) -> usize {
        96 + (self.locals.len() + self.saved_stack.len() + self.saved_exc.len()) * std::mem::size_of::<Value>()
            + self.cells.len() * 4
    }
}
