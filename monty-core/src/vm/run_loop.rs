//! The dispatch loop: decode one instruction, do it, repeat.

use super::frame::ResumeMode;
use super::{Exit, Vm};
use crate::bytecode::{Instr, UnaryOp};
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;

impl Vm<'_, '_> {
    /// Run until the frame count drops to `base` (by return, yield or an unhandled exception).
    pub(crate) fn run_until(&mut self, base: usize) -> RunResult<Exit> {
        loop {
            match self.dispatch(base) {
                Ok(exit) => return Ok(exit),
                // a pause keeps every frame: the run resumes exactly here
                Err(err @ (RunError::Pause(_) | RunError::AwaitHost(_))) => return Err(err),
                Err(err) => self.unwind(err, base)?,
            }
        }
    }

    #[allow(clippy::too_many_lines)]
    fn dispatch(&mut self, base: usize) -> RunResult<Exit> {
        let program = self.program;
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(RunError::Internal("no frame to run"));
            };
            let Some(code) = program.codes.get(frame.code as usize) else {
                return Err(RunError::Internal("bad code index"));
            };
            let Some(&instr) = code.instrs.get(frame.ip as usize) else {
                return Err(RunError::Internal("instruction pointer out of range"));
            };
            frame.ip += 1;
            match instr {
                Instr::Nop => {}
                Instr::LoadConst(i) => {
                    let code_idx = frame.code as usize;
                    let v = self
                        .consts
                        .get(code_idx)
                        .and_then(|c| c.get(i as usize))
                        .copied()
                        .ok_or_else(|| RunError::Internal("bad constant index"))?;
                    self.stack.push(v);
                }
                Instr::LoadSmallInt(i) => self.stack.push(Value::Int(i64::from(i))),
                Instr::LoadNone => self.stack.push(Value::None),
                Instr::Pop => {
                    self.pop()?;
                }
                Instr::Dup => {
                    let v = self.top()?;
                    self.stack.push(v);
                }
                Instr::DupTwo => {
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(RunError::Internal("operand stack underflow"));
                    }
                    let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                    self.stack.push(a);
                    self.stack.push(b);
                }
                Instr::Rot2 => {
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(RunError::Internal("operand stack underflow"));
                    }
                    self.stack.swap(n - 1, n - 2);
                }
                Instr::Rot3 => {
                    let v = self.pop()?;
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(RunError::Internal("operand stack underflow"));
                    }
                    self.stack.insert(n - 2, v);
                }
                Instr::Rot4 => {
                    let v = self.pop()?;
                    let n = self.stack.len();
                    if n < 3 {
                        return Err(RunError::Internal("operand stack underflow"));
                    }
                    self.stack.insert(n - 3, v);
                }
                Instr::LoadFast(i) => {
                    let v = frame.locals.get(i as usize).copied().unwrap_or(Value::Undef);
                    if v == Value::Undef {
                        let name = code.varnames.get(i as usize).map_or("?", String::as_str);
                        return Err(exc(
                            ExcType::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    self.stack.push(v);
                }
                Instr::StoreFast(i) => {
                    let v = self
                        .stack
                        .pop()
                        .ok_or_else(|| RunError::Internal("operand stack underflow"))?;
                    if let Some(frame) = self.frames.last_mut()
                        && let Some(slot) = frame.locals.get_mut(i as usize)
                    {
                        *slot = v;
                    }
                }
                Instr::DeleteFast(i) => {
                    let slot = frame
                        .locals
                        .get_mut(i as usize)
                        .ok_or_else(|| RunError::Internal("bad local"))?;
                    if *slot == Value::Undef {
                        let name = code.varnames.get(i as usize).map_or("?", String::as_str);
                        return Err(exc(
                            ExcType::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    *slot = Value::Undef;
                }
                Instr::LoadDeref(i) => {
                    let cell = *frame
                        .cells
                        .get(i as usize)
                        .ok_or_else(|| RunError::Internal("bad cell"))?;
                    let v = match self.heap.get(cell) {
                        Obj::Cell(v) => *v,
                        _ => Value::Undef,
                    };
                    if v == Value::Undef {
                        let name = code.cellnames.get(i as usize).map_or("?", String::as_str);
                        return Err(if (i as usize) < code.n_cellvars as usize {
                            exc(
                                ExcType::UnboundLocalError,
                                format!(
                                    "cannot access local variable '{name}' where it is not associated with a value"
                                ),
                            )
                        } else {
                            exc(
                                ExcType::NameError,
                                format!(
                                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                                ),
                            )
                        });
                    }
                    self.stack.push(v);
                }
                Instr::StoreDeref(i) | Instr::DeleteDeref(i) => {
                    let cell = *frame
                        .cells
                        .get(i as usize)
                        .ok_or_else(|| RunError::Internal("bad cell"))?;
                    let v = if matches!(instr, Instr::StoreDeref(_)) {
                        self.pop()?
                    } else {
                        Value::Undef
                    };
                    *self.heap.get_mut(cell) = Obj::Cell(v);
                }
                Instr::LoadClosure(i) => {
                    let cell = *frame
                        .cells
                        .get(i as usize)
                        .ok_or_else(|| RunError::Internal("bad cell"))?;
                    self.stack.push(Value::Ref(cell));
                }
                Instr::LoadGlobal(i) => {
                    let v = self.load_global(i)?;
                    self.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = self.pop()?;
                    if let Some(slot) = self.globals.get_mut(i as usize) {
                        *slot = v;
                    }
                }
                Instr::DeleteGlobal(i) => {
                    let slot = self
                        .globals
                        .get_mut(i as usize)
                        .ok_or_else(|| RunError::Internal("bad global"))?;
                    if *slot == Value::Undef {
                        let name = program.global_names.get(i as usize).map_or("?", String::as_str);
                        return Err(exc(ExcType::NameError, format!("name '{name}' is not defined")));
                    }
                    *slot = Value::Undef;
                }
                Instr::LoadAttr(i) => {
                    let name = code
                        .names
                        .get(i as usize)
                        .ok_or_else(|| RunError::Internal("bad name"))?;
                    let obj = self.pop()?;
                    let v = self.load_attr(obj, name)?;
                    self.stack.push(v);
                }
                Instr::StoreAttr(i) => {
                    let name = code
                        .names
                        .get(i as usize)
                        .ok_or_else(|| RunError::Internal("bad name"))?;
                    let obj = self.pop()?;
                    let value = self.pop()?;
                    self.store_attr(obj, name, value)?;
                }
                Instr::DeleteAttr(i) => {
                    let name = code
                        .names
                        .get(i as usize)
                        .ok_or_else(|| RunError::Internal("bad name"))?;
                    let obj = self.pop()?;
                    self.delete_attr(obj, name)?;
                }
                Instr::ImportName(i) => {
                    let name = code
                        .names
                        .get(i as usize)
                        .ok_or_else(|| RunError::Internal("bad name"))?;
                    if let Some(m) = self.import_name(name)? {
                        self.stack.push(m);
                    }
                }
                Instr::ImportFrom(i) => {
                    let name = code
                        .names
                        .get(i as usize)
                        .ok_or_else(|| RunError::Internal("bad name"))?;
                    let m = self.top()?;
                    let v = self.import_from(m, name)?;
                    self.stack.push(v);
                }
                Instr::LoadMethod(i) => {
                    let name = code
                        .names
                        .get(i as usize)
                        .ok_or_else(|| RunError::Internal("bad name"))?;
                    let obj = self.pop()?;
                    let (callable, receiver) = self.load_method(obj, name)?;
                    self.stack.push(callable);
                    self.stack.push(receiver);
                }
                Instr::CallMethod(n) => {
                    // The stack holds [callable, receiver, args...].
                    let n = n as usize;
                    if let Some(at) = self.stack.len().checked_sub(n + 2)
                        && let (Some(&callable), Some(&receiver)) = (self.stack.get(at), self.stack.get(at + 1))
                        && receiver != Value::Undef
                    {
                        if let Value::Int(index) = callable {
                            // A builtin type's method, loaded by `LoadMethod` as its table index.
                            let method = crate::builtins::methods::MethodId::from_index(index)
                                .ok_or_else(|| RunError::Internal("bad method index"))?;
                            let args = self.pop_n(n)?;
                            self.stack.truncate(at);
                            self.tick()?;
                            if super::call::is_generator_method(method) {
                                self.generator_method(method, receiver, args)?;
                                continue;
                            }
                            let v = crate::builtins::methods::call_method(self, method, receiver, args, Vec::new())?;
                            self.stack.push(v);
                            continue;
                        }
                        // A plain method of a user class: a call with the receiver as first argument.
                        if self.try_fast_call(n + 1)? {
                            self.tick()?;
                            continue;
                        }
                    }
                    let args = self.pop_n(n)?;
                    let receiver = self.pop()?;
                    let callable = self.pop()?;
                    self.tick()?;
                    if let Value::Builtin(_) | Value::Ref(_) | Value::Type(_) | Value::ExcType(_) = callable
                        && receiver == Value::Undef
                    {
                        self.call_and_push(callable, args, Vec::new())?;
                    } else if matches!(callable, Value::Ref(id) if matches!(self.heap.get(id), Obj::Function(_))) {
                        // a method of a user class found by `LoadMethod`: the receiver is `self`
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(receiver);
                        full.extend(args);
                        self.call_and_push(callable, full, Vec::new())?;
                    } else {
                        let v = self.call_method_value(callable, receiver, args)?;
                        self.stack.push(v);
                    }
                }
                Instr::Binary(op) => {
                    let b = self.pop()?;
                    let a = self.pop()?;
                    let v = match (a, b) {
                        (Value::Int(x), Value::Int(y)) => match op {
                            crate::bytecode::BinOp::Add if let Some(r) = x.checked_add(y) => Value::Int(r),
                            crate::bytecode::BinOp::Sub if let Some(r) = x.checked_sub(y) => Value::Int(r),
                            _ => self.binary_op(op, a, b)?,
                        },
                        _ => self.binary_op(op, a, b)?,
                    };
                    self.stack.push(v);
                }
                Instr::Inplace(op) => {
                    let b = self.pop()?;
                    let a = self.pop()?;
                    let v = self.inplace_op(op, a, b).map_err(|e| inplace_message(e, op))?;
                    self.stack.push(v);
                }
                Instr::Unary(op) => {
                    let a = self.pop()?;
                    let v = match op {
                        UnaryOp::Not => Value::Bool(!self.truthy(a)?),
                        _ => self.unary_op(op, a)?,
                    };
                    self.stack.push(v);
                }
                Instr::Compare(op) => {
                    let b = self.pop()?;
                    let a = self.pop()?;
                    let v = self.compare_op(op, a, b)?;
                    self.stack.push(v);
                }
                Instr::Subscript => {
                    let index = self.pop()?;
                    let obj = self.pop()?;
                    let v = self.getitem(obj, index)?;
                    self.stack.push(v);
                }
                Instr::StoreSubscr => {
                    let index = self.pop()?;
                    let obj = self.pop()?;
                    let value = self.pop()?;
                    self.setitem(obj, index, value)?;
                }
                Instr::DeleteSubscr => {
                    let index = self.pop()?;
                    let obj = self.pop()?;
                    self.delitem(obj, index)?;
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { self.pop()? } else { Value::None };
                    let stop = self.pop()?;
                    let start = self.pop()?;
                    let v = self
                        .heap
                        .alloc(Obj::Slice(crate::object::heap::SliceObj { start, stop, step }))?;
                    self.stack.push(v);
                }
                Instr::BuildList(n) => {
                    let items = self.pop_n(n as usize)?;
                    let v = self.heap.alloc_list(items)?;
                    self.stack.push(v);
                }
                Instr::BuildTuple(n) => {
                    let items = self.pop_n(n as usize)?;
                    let v = self.heap.alloc_tuple(items)?;
                    self.stack.push(v);
                }
                Instr::BuildSet(n) => {
                    let items = self.pop_n(n as usize)?;
                    let v = self.build_set(items)?;
                    self.stack.push(v);
                }
                Instr::BuildMap(n) => {
                    let items = self.pop_n(2 * n as usize)?;
                    let v = self.build_map(&items)?;
                    self.stack.push(v);
                }
                Instr::BuildString(n) => {
                    let parts = self.pop_n(n as usize)?;
                    let v = self.build_string(&parts)?;
                    self.stack.push(v);
                }
                Instr::ListAppend(d) | Instr::SetAdd(d) | Instr::ListExtend(d) | Instr::SetUpdate(d) => {
                    let item = self.pop()?;
                    let target = self.peek(d as usize)?;
                    match instr {
                        Instr::ListAppend(_) => self.list_append(target, item)?,
                        Instr::SetAdd(_) => self.set_add(target, item)?,
                        Instr::ListExtend(_) => self.list_extend(target, item)?,
                        _ => self.set_update(target, item)?,
                    }
                }
                Instr::MapAdd(d) => {
                    let value = self.pop()?;
                    let key = self.pop()?;
                    let target = self.peek(d as usize)?;
                    self.dict_set(target, key, value)?;
                }
                Instr::DictUpdate(d) | Instr::DictMerge(d) => {
                    let other = self.pop()?;
                    let target = self.peek(d as usize)?;
                    self.dict_update_from(target, other, matches!(instr, Instr::DictMerge(_)))?;
                }
                Instr::ListToTuple => {
                    let v = self.pop()?;
                    let items = match v {
                        Value::Ref(id) => match self.heap.take(id) {
                            Obj::List(items) => items,
                            other => {
                                self.heap.put(id, other);
                                return Err(RunError::Internal("ListToTuple on a non-list"));
                            }
                        },
                        _ => return Err(RunError::Internal("ListToTuple on a non-list")),
                    };
                    let t = self.heap.alloc_tuple(items)?;
                    self.stack.push(t);
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { Some(self.pop()?) } else { None };
                    let v = self.pop()?;
                    let s = self.format_value(v, flags & 3, spec)?;
                    self.stack.push(s);
                }
                Instr::UnpackSequence(n) => {
                    let v = self.pop()?;
                    let items = self.unpack(v, n as usize, None)?;
                    self.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx(spec) => {
                    let v = self.pop()?;
                    let before = (spec & 0xffff) as usize;
                    let after = (spec >> 16) as usize;
                    let items = self.unpack(v, before, Some(after))?;
                    self.stack.extend(items.into_iter().rev());
                }
                Instr::Jump(t) => {
                    if t < frame.ip {
                        self.tick()?;
                        self.maybe_collect();
                    }
                    if let Some(frame) = self.frames.last_mut() {
                        frame.ip = t;
                    }
                }
                Instr::JumpIfFalse(t) | Instr::JumpIfTrue(t) => {
                    let v = self.pop()?;
                    let truth = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(v)?,
                    };
                    if truth == matches!(instr, Instr::JumpIfTrue(_))
                        && let Some(frame) = self.frames.last_mut()
                    {
                        // a backward conditional jump closes a loop (comprehension filters): count it
                        let backward = t < frame.ip;
                        frame.ip = t;
                        if backward {
                            self.tick()?;
                        }
                    }
                }
                Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                    if t < frame.ip {
                        self.tick()?;
                    }
                    let v = self.top()?;
                    let truth = self.truthy(v)?;
                    if truth == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                        if let Some(frame) = self.frames.last_mut() {
                            frame.ip = t;
                        }
                    } else {
                        self.pop()?;
                    }
                }
                Instr::GetIter => {
                    let v = self.pop()?;
                    let it = self.get_iter(v)?;
                    self.stack.push(it);
                }
                Instr::ForIter(target) => {
                    // every loop iteration passes here: count it, so no loop escapes the limits
                    self.tick()?;
                    let it = self.top()?;
                    if let Some(gen_id) = self.as_generator(it) {
                        self.resume_generator(gen_id, ResumeMode::ForIter(target), false)?;
                        continue;
                    }
                    match self.iter_next(it)? {
                        Some(v) => self.stack.push(v),
                        None => {
                            self.pop()?;
                            if let Some(frame) = self.frames.last_mut() {
                                frame.ip = target;
                            }
                        }
                    }
                }
                Instr::MakeFunction(code_idx) => {
                    let closure = self.pop()?;
                    let kwdefaults = self.pop()?;
                    let defaults = self.pop()?;
                    let f = self.make_function(code_idx, defaults, kwdefaults, closure)?;
                    self.stack.push(f);
                }
                Instr::Call(n) => {
                    if self.try_fast_call(n as usize)? {
                        self.tick()?;
                        continue;
                    }
                    let args = self.pop_n(n as usize)?;
                    let callee = self.pop()?;
                    self.tick()?;
                    self.call_and_push(callee, args, Vec::new())?;
                }
                Instr::CallKw(n) => {
                    let names = self.pop()?;
                    let mut args = self.pop_n(n as usize)?;
                    let callee = self.pop()?;
                    let names: Vec<Value> = match names {
                        Value::Ref(id) => match self.heap.get(id) {
                            Obj::Tuple(t) => t.clone(),
                            _ => Vec::new(),
                        },
                        _ => Vec::new(),
                    };
                    let kw_values = args.split_off(args.len().saturating_sub(names.len()));
                    let kwargs: Vec<(Value, Value)> = names.into_iter().zip(kw_values).collect();
                    self.tick()?;
                    self.call_and_push(callee, args, kwargs)?;
                }
                Instr::CallEx(has_kwargs) => {
                    let kwargs = if has_kwargs == 1 { self.pop()? } else { Value::None };
                    let args = self.pop()?;
                    let callee = self.pop()?;
                    let args = match args {
                        Value::Ref(id) => match self.heap.get(id) {
                            Obj::Tuple(t) => t.clone(),
                            _ => Vec::new(),
                        },
                        _ => Vec::new(),
                    };
                    let kwargs = match kwargs {
                        Value::Ref(id) => match self.heap.get(id) {
                            Obj::Dict(d) => d.iter().collect(),
                            _ => Vec::new(),
                        },
                        _ => Vec::new(),
                    };
                    self.tick()?;
                    self.call_and_push(callee, args, kwargs)?;
                }
                Instr::Return => {
                    let value = self.pop()?;
                    if let Some(exit) = self.return_from_frame(value, base)? {
                        return Ok(exit);
                    }
                }
                Instr::YieldValue | Instr::YieldFrom => {
                    let value = self.pop()?;
                    if let Some(exit) = self.yield_from_frame(value)? {
                        return Ok(exit);
                    }
                }
                Instr::Send(target) => {
                    self.tick()?;
                    self.yield_from_send(target)?;
                }
                Instr::ThrowInto(target) => self.yield_from_throw(target)?,
                Instr::MatchSeqLen(spec) => {
                    let v = self.top()?;
                    let ok = self.match_sequence_len(v, spec)?;
                    self.stack.push(Value::Bool(ok));
                }
                Instr::MatchMapping => {
                    let v = self.top()?;
                    let ok = self.match_mapping_inner(v).is_some();
                    self.stack.push(Value::Bool(ok));
                }
                Instr::MatchKeys => self.match_keys()?,
                Instr::MatchRest => self.match_rest()?,
                Instr::MatchClass(npos) => self.match_class(npos)?,
                Instr::LoadName(i) => {
                    let v = self.load_class_name(i)?;
                    self.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = self.pop()?;
                    self.store_class_name(i, v)?;
                }
                Instr::DeleteName(i) => self.delete_class_name(i)?,
                Instr::BuildClass => {
                    let ns = self.pop()?;
                    let name = self.pop()?;
                    let bases = self.pop()?;
                    let cls = self.build_class(name, bases, ns)?;
                    self.stack.push(cls);
                }
                Instr::BeforeWith => {
                    let mgr = self.pop()?;
                    self.before_with(mgr)?;
                }
                Instr::WithExceptStart => self.with_except_start()?,
                Instr::GetAwaitable => {
                    let v = self.pop()?;
                    let it = self.get_awaitable(v)?;
                    self.stack.push(it);
                }
                Instr::BeforeAsyncWith => {
                    let mgr = self.pop()?;
                    self.before_async_with(mgr)?;
                }
                Instr::GetAIter => {
                    let v = self.pop()?;
                    self.get_aiter(v)?;
                }
                Instr::GetANext => {
                    let v = self.top()?;
                    self.get_anext(v)?;
                }
                Instr::Raise(n) => return Err(self.raise(n)?),
                Instr::Reraise => {
                    let e = self.pop()?;
                    return Err(RunError::Raise(e));
                }
                Instr::PushExcInfo => {
                    let e = self.top()?;
                    self.exc_stack.push(e);
                }
                Instr::PopExcept => {
                    let floor = self.frame()?.exc_base;
                    if self.exc_stack.len() > floor {
                        self.exc_stack.pop();
                    }
                }
                Instr::CheckExcMatch => {
                    let class = self.pop()?;
                    let e = self.pop()?;
                    let m = self.exception_matches(e, class)?;
                    self.stack.push(Value::Bool(m));
                }
            }
        }
    }

    /// Look at the value `depth` below the top (1 = top).
    pub(crate) fn peek(&self, depth: usize) -> RunResult<Value> {
        let n = self.stack.len();
        if depth == 0 || depth > n {
            return Err(RunError::Internal("operand stack underflow"));
        }
        Ok(self.stack[n - depth])
    }

    fn load_global(&mut self, i: u32) -> RunResult<Value> {
        let v = self.globals.get(i as usize).copied().unwrap_or(Value::Undef);
        if v != Value::Undef {
            return Ok(v);
        }
        // Builtins are found by name once per global slot, then from the cache.
        if let Some(&b) = self.builtin_cache.get(i as usize)
            && b != Value::Undef
        {
            return Ok(b);
        }
        let program = self.program;
        let name = program.global_names.get(i as usize).map_or("?", String::as_str);
        if let Some(b) = self.lookup_builtin(name)? {
            if self.builtin_cache.is_empty() {
                self.builtin_cache = vec![Value::Undef; self.program.global_names.len()];
            }
            if let Some(slot) = self.builtin_cache.get_mut(i as usize) {
                *slot = b;
            }
            return Ok(b);
        }
        Err(exc(ExcType::NameError, format!("name '{name}' is not defined")))
    }

    /// Pop the current frame after `return value`; returns an exit if the run loop must stop.
    fn return_from_frame(&mut self, value: Value, base: usize) -> RunResult<Option<Exit>> {
        if self.frames.last().is_some_and(|f| f.init_self.is_some()) && value != Value::None {
            // raised while the `__init__` frame is still current, so unwinding starts from it
            return Err(crate::exceptions::class_messages::init_returned(self.type_name(value)));
        }
        let frame = self.frames.pop().ok_or_else(|| RunError::Internal("no frame"))?;
        self.stack.truncate(frame.stack_base);
        self.exc_stack.truncate(frame.exc_base);
        let value = frame.init_self.unwrap_or(value);
        if let Some(gen_id) = frame.generator {
            if let Obj::Generator(g) = self.heap.get_mut(gen_id) {
                g.running = false;
                g.finished = true;
                g.frame = None;
            }
            return self.generator_returned(frame.resume, value);
        }
        let boundary = frame.boundary;
        self.recycle_locals(frame.locals);
        if boundary || self.frames.len() <= base {
            return Ok(Some(Exit::Return(value)));
        }
        self.stack.push(value);
        Ok(None)
    }

    fn yield_from_frame(&mut self, value: Value) -> RunResult<Option<Exit>> {
        let mut frame = self.frames.pop().ok_or_else(|| RunError::Internal("no frame"))?;
        let Some(gen_id) = frame.generator else {
            return Err(RunError::Internal("yield outside a generator frame"));
        };
        frame.saved_stack = self.stack.split_off(frame.stack_base.min(self.stack.len()));
        frame.saved_exc = self.exc_stack.split_off(frame.exc_base.min(self.exc_stack.len()));
        let boundary = frame.boundary;
        let mode = frame.resume;
        if let Obj::Generator(g) = self.heap.get_mut(gen_id) {
            g.running = false;
            g.frame = Some(Box::new(frame));
        }
        if boundary {
            return Ok(Some(Exit::Yield(value)));
        }
        self.generator_yielded(mode, value)?;
        Ok(None)
    }
}

/// Rewrite a binary operator's "unsupported operand" error for its augmented form (`+=`).
#[cold]
fn inplace_message(err: RunError, op: crate::bytecode::BinOp) -> RunError {
    match err {
        RunError::New(ExcType::TypeError, msg) => {
            let prefix = format!("unsupported operand type(s) for {}:", op.symbol());
            match msg.strip_prefix(prefix.as_str()) {
                Some(rest) => RunError::New(
                    ExcType::TypeError,
                    format!("unsupported operand type(s) for {}=:{rest}", op.symbol()),
                ),
                None => RunError::New(ExcType::TypeError, msg),
            }
        }
        other => other,
    }
}
