//! `CodeBuilder`: accumulates the instructions, constants and tables of one code object.

use crate::bytecode::{Code, Const, Handler, Instr};

/// A jump target that may not be placed yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label(usize);

#[derive(Debug, Default)]
pub(crate) struct CodeBuilder {
    pub(crate) code: Code,
    labels: Vec<Option<u32>>,
    /// (instruction index, label) pairs to patch once labels are placed.
    fixups: Vec<(usize, Label)>,
    pub(crate) line: u32,
    /// Current operand stack depth, tracked to record handler depths.
    pub(crate) depth: i64,
}

impl CodeBuilder {
    pub(crate) fn new(name: &str, qualname: &str, first_line: u32) -> Self {
        let mut b = Self::default();
        b.code.name = name.to_owned();
        b.code.qualname = qualname.to_owned();
        b.code.first_line = first_line;
        b.line = first_line;
        b
    }

    pub(crate) fn pos(&self) -> u32 {
        u32::try_from(self.code.instrs.len()).unwrap_or(u32::MAX)
    }

    pub(crate) fn emit(&mut self, instr: Instr) {
        self.depth += stack_effect(instr);
        self.code.instrs.push(instr);
        self.code.lines.push(self.line);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    pub(crate) fn place(&mut self, label: Label) {
        let pos = self.pos();
        if let Some(slot) = self.labels.get_mut(label.0) {
            *slot = Some(pos);
        }
    }

    /// Emit a jump-like instruction whose operand is `label`.
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.fixups.push((self.code.instrs.len(), label));
        self.emit(make(0));
    }

    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        let found = self.code.consts.iter().position(|x| match (x, &c) {
            // 0.0 == -0.0 and NaN != NaN: compare floats by bits
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Complex(a, b), Const::Complex(c, d)) => a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits(),
            (Const::Int(_) | Const::Bool(_), Const::Int(_) | Const::Bool(_)) => {
                std::mem::discriminant(x) == std::mem::discriminant(&c) && *x == c
            }
            _ => *x == c,
        });
        let idx = found.unwrap_or_else(|| {
            self.code.consts.push(c);
            self.code.consts.len() - 1
        });
        u32::try_from(idx).unwrap_or(u32::MAX)
    }

    pub(crate) fn add_name(&mut self, name: &str) -> u32 {
        let idx = self.code.names.iter().position(|n| n == name).unwrap_or_else(|| {
            self.code.names.push(name.to_owned());
            self.code.names.len() - 1
        });
        u32::try_from(idx).unwrap_or(u32::MAX)
    }

    pub(crate) fn add_handler(&mut self, start: u32, end: u32, target: Label, depth: i64, level: u32) {
        if start >= end {
            return;
        }
        // target is patched in finish(); store label index for now
        self.code.handlers.push(Handler {
            start,
            end,
            target: u32::try_from(target.0).unwrap_or(u32::MAX),
            depth: u32::try_from(depth.max(0)).unwrap_or(0),
            level,
        });
    }

    pub(crate) fn finish(mut self) -> Code {
        for (at, label) in std::mem::take(&mut self.fixups) {
            let target = self.labels.get(label.0).copied().flatten().unwrap_or(0);
            if let Some(instr) = self.code.instrs.get_mut(at) {
                *instr = retarget(*instr, target);
            }
        }
        for h in &mut self.code.handlers {
            h.target = self.labels.get(h.target as usize).copied().flatten().unwrap_or(0);
        }
        self.code
    }
}

fn retarget(instr: Instr, t: u32) -> Instr {
    match instr {
        Instr::Jump(_) => Instr::Jump(t),
        Instr::JumpIfFalse(_) => Instr::JumpIfFalse(t),
        Instr::JumpIfTrue(_) => Instr::JumpIfTrue(t),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
        Instr::ForIter(_) => Instr::ForIter(t),
        Instr::Send(_) => Instr::Send(t),
        Instr::ThrowInto(_) => Instr::ThrowInto(t),
        other => other,
    }
}

/// Net change of the operand stack depth (on the fall-through path).
fn stack_effect(instr: Instr) -> i64 {
    let n = |x: u32| i64::from(x);
    match instr {
        Instr::Nop
        | Instr::Rot2
        | Instr::Rot3
        | Instr::Rot4
        | Instr::Jump(_)
        | Instr::Unary(_)
        | Instr::LoadAttr(_)
        | Instr::GetIter
        | Instr::ListToTuple
        | Instr::DeleteFast(_)
        | Instr::DeleteDeref(_)
        | Instr::DeleteGlobal(_)
        | Instr::PushExcInfo
        | Instr::PopExcept
        | Instr::DeleteName(_)
        | Instr::YieldValue
        | Instr::YieldFrom
        | Instr::Send(_)
        | Instr::GetAwaitable
        | Instr::GetAIter => 0,
        Instr::LoadConst(_)
        | Instr::LoadSmallInt(_)
        | Instr::LoadNone
        | Instr::Dup
        | Instr::LoadFast(_)
        | Instr::LoadDeref(_)
        | Instr::LoadClosure(_)
        | Instr::LoadGlobal(_)
        | Instr::LoadMethod(_)
        | Instr::LoadName(_)
        | Instr::BeforeWith
        | Instr::BeforeAsyncWith
        | Instr::GetANext
        | Instr::WithExceptStart
        | Instr::ImportName(_)
        | Instr::ImportFrom(_)
        | Instr::ForIter(_)
        | Instr::MatchSeqLen(_)
        | Instr::MatchMapping => 1,
        Instr::MatchKeys => 2,
        Instr::DupTwo => 2,
        Instr::Pop
        | Instr::StoreFast(_)
        | Instr::StoreDeref(_)
        | Instr::StoreGlobal(_)
        | Instr::StoreName(_)
        | Instr::DeleteAttr(_)
        | Instr::Binary(_)
        | Instr::Inplace(_)
        | Instr::Compare(_)
        | Instr::Subscript
        | Instr::JumpIfFalse(_)
        | Instr::JumpIfTrue(_)
        | Instr::JumpIfFalseOrPop(_)
        | Instr::JumpIfTrueOrPop(_)
        | Instr::ListAppend(_)
        | Instr::SetAdd(_)
        | Instr::ListExtend(_)
        | Instr::SetUpdate(_)
        | Instr::DictUpdate(_)
        | Instr::DictMerge(_)
        | Instr::Return
        | Instr::Reraise
        | Instr::CheckExcMatch
        | Instr::ThrowInto(_)
        | Instr::MatchRest
        | Instr::MatchClass(_) => -1,
        Instr::StoreAttr(_) | Instr::DeleteSubscr | Instr::MapAdd(_) | Instr::BuildClass => -2,
        Instr::StoreSubscr => -3,
        Instr::BuildSlice(k) => 1 - n(k),
        Instr::BuildList(k) | Instr::BuildTuple(k) | Instr::BuildSet(k) | Instr::BuildString(k) => 1 - n(k),
        Instr::BuildMap(k) => 1 - 2 * n(k),
        Instr::FormatValue(flags) => -i64::from((flags >> 2) & 1),
        Instr::UnpackSequence(k) => n(k) - 1,
        Instr::UnpackEx(k) => n(k & 0xffff) + n(k >> 16),
        Instr::MakeFunction(_) => -2,
        Instr::Call(k) => -n(k),
        Instr::CallMethod(k) => -n(k) - 1,
        Instr::CallKw(k) => -n(k) - 1,
        Instr::CallEx(k) => -1 - n(k),
        Instr::Raise(k) => -n(k),
    }
}
