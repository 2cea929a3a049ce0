//! Generators: resuming a suspended frame with a value or an exception,
//! `send`/`throw`/`close`, and the instructions of `yield from`.
//!
//! A resumed generator's frame goes back on the VM's frame stack, so its body
//! runs in the caller's loop (and can pause at a host call). The frame's
//! [`ResumeMode`] decides where its next yield, return or escaping exception
//! goes. Native callers (a builtin calling `g.send`) resume it with
//! [`ResumeMode::Nested`] in a nested loop instead.

use super::frame::ResumeMode;
use super::{Exit, Vm};
use crate::builtins::args::Args;
use crate::builtins::methods::MethodId;
use crate::bytecode::Instr;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::{HeapId, Value};

/// What a resumed generator receives at its `yield`.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Resume {
    /// The value of the `yield` expression (`None` for `next()`).
    Send(Value),
    /// An exception raised at the `yield`.
    Throw(Value),
}

/// The outcome of putting a generator back to work.
pub(crate) enum Resumed {
    /// It had finished: the mode's "exhausted" result is already in place.
    Finished,
    /// Its frame is on top of the frame stack, ready to run.
    Running,
    /// Its frame is on top and this exception must be raised in it (unwind from there).
    Raising(RunError),
}

impl Vm<'_, '_> {
    pub(crate) fn as_generator(&self, v: Value) -> Option<HeapId> {
        match v {
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Generator(_)) => Some(id),
            _ => None,
        }
    }

    /// Resume with `None` (iteration). Returns false if the generator had finished.
    pub(crate) fn resume_generator(&mut self, gen_id: HeapId, mode: ResumeMode, boundary: bool) -> RunResult<bool> {
        match self.resume_generator_with(gen_id, mode, boundary, Resume::Send(Value::None))? {
            Resumed::Finished => Ok(false),
            Resumed::Running => Ok(true),
            Resumed::Raising(e) => Err(e),
        }
    }

    /// Put a suspended generator's frame back on the frame stack, delivering `action` at its `yield`.
    pub(crate) fn resume_generator_with(
        &mut self,
        gen_id: HeapId,
        mode: ResumeMode,
        boundary: bool,
        action: Resume,
    ) -> RunResult<Resumed> {
        let Obj::Generator(g) = self.heap.get(gen_id) else {
            return Err(RunError::Internal("not a generator"));
        };
        if g.running {
            return Err(exc(ExcType::ValueError, "generator already executing"));
        }
        // None: finished; Some(false): created but not started
        let started = g.frame.as_ref().map(|f| f.ip > 0);
        if started == Some(false) {
            if let Resume::Send(v) = action
                && v != Value::None
            {
                return Err(exc(
                    ExcType::TypeError,
                    "can't send non-None value to a just-started generator",
                ));
            }
            if matches!(mode, ResumeMode::Close | ResumeMode::CloseInto(_)) {
                // closing a generator that never ran just finishes it
                self.finish_generator(gen_id);
            }
        }
        self.check_recursion()?;
        let Obj::Generator(g) = self.heap.get_mut(gen_id) else {
            return Err(RunError::Internal("not a generator"));
        };
        let Some(mut frame) = g.frame.take() else {
            self.generator_exhausted(mode, action)?;
            return Ok(Resumed::Finished);
        };
        g.running = true;
        let started = frame.ip > 0;
        frame.stack_base = self.stack.len();
        frame.exc_base = self.exc_stack.len();
        frame.resume = Some(mode);
        frame.boundary = boundary;
        self.stack.append(&mut frame.saved_stack);
        self.exc_stack.append(&mut frame.saved_exc);
        let code = self.program.codes.get(frame.code as usize);
        let at = frame.ip.saturating_sub(1) as usize;
        let in_yield_from = started && code.and_then(|c| c.instrs.get(at)) == Some(&Instr::YieldFrom);
        match action {
            Resume::Send(v) => {
                if started {
                    self.stack.push(v);
                }
            }
            Resume::Throw(e) if in_yield_from => {
                // delegate to the sub-iterator: continue at the `ThrowInto` after the loop's jump
                self.stack.push(e);
                frame.ip += 1;
            }
            Resume::Throw(e) => {
                if !started {
                    // raised before the first instruction: CPython points at the `def` line
                    let line = code.map_or(0, |c| c.first_line);
                    self.push_traceback(e, frame.code, line);
                } else if self.has_traceback(e) {
                    // unwinding does not add the first frame of an exception raised before
                    let line = code.and_then(|c| c.lines.get(at)).copied().unwrap_or(0);
                    self.push_traceback(e, frame.code, line);
                }
                self.frames.push(*frame);
                self.set_context(e);
                return Ok(Resumed::Raising(RunError::Raise(e)));
            }
        }
        self.frames.push(*frame);
        Ok(Resumed::Running)
    }

    /// Mark a generator finished, dropping its frame.
    fn finish_generator(&mut self, gen_id: HeapId) {
        if let Obj::Generator(g) = self.heap.get_mut(gen_id) {
            g.running = false;
            g.finished = true;
            g.frame = None;
        }
    }

    /// What resuming a finished generator gives, per mode.
    fn generator_exhausted(&mut self, mode: ResumeMode, action: Resume) -> RunResult<()> {
        match (mode, action) {
            (ResumeMode::Close, _) => self.stack.push(Value::None),
            (ResumeMode::CloseInto(e), _) => return Err(RunError::Raise(e)),
            (ResumeMode::CmExit(..), _) => self.stack.push(Value::Bool(false)),
            (ResumeMode::CmEnter, _) => return Err(exc(ExcType::RuntimeError, "generator didn't yield")),
            (_, Resume::Throw(e)) => return Err(RunError::Raise(e)),
            (ResumeMode::ForIter(target), _) => {
                self.pop()?;
                self.jump_caller(target);
            }
            (ResumeMode::YieldFrom(target), _) => {
                self.pop()?;
                self.stack.push(Value::None);
                self.jump_caller(target);
            }
            (ResumeMode::Next(default), _) => {
                if default == Value::Undef {
                    return Err(exc(ExcType::StopIteration, ""));
                }
                self.stack.push(default);
            }
            (ResumeMode::Nested, _) => {}
        }
        Ok(())
    }

    fn jump_caller(&mut self, target: u32) {
        if let Some(caller) = self.frames.last_mut() {
            caller.ip = target;
        }
    }

    /// A generator frame returned `value`: deliver it as its resume mode says.
    pub(crate) fn generator_returned(&mut self, mode: Option<ResumeMode>, value: Value) -> RunResult<Option<Exit>> {
        match mode {
            Some(ResumeMode::ForIter(target)) => {
                self.pop()?;
                self.jump_caller(target);
            }
            Some(ResumeMode::YieldFrom(target)) => {
                self.pop()?;
                self.stack.push(value);
                self.jump_caller(target);
            }
            Some(ResumeMode::Next(default)) => {
                if default == Value::Undef {
                    return Err(stop_iteration(value));
                }
                self.stack.push(default);
            }
            Some(ResumeMode::Close) => self.stack.push(Value::None),
            Some(ResumeMode::CloseInto(e)) => return Err(RunError::Raise(e)),
            Some(ResumeMode::CmEnter) => return Err(exc(ExcType::RuntimeError, "generator didn't yield")),
            Some(ResumeMode::CmExit(thrown, _)) => self.stack.push(Value::Bool(thrown != Value::None)),
            Some(ResumeMode::Nested) | None => return Ok(Some(Exit::Return(value))),
        }
        Ok(None)
    }

    /// A generator frame yielded `value` (already suspended): deliver it as its resume mode says.
    pub(crate) fn generator_yielded(&mut self, mode: Option<ResumeMode>, value: Value) -> RunResult<()> {
        match mode {
            Some(ResumeMode::Close | ResumeMode::CloseInto(_)) => {
                Err(exc(ExcType::RuntimeError, "generator ignored GeneratorExit"))
            }
            Some(ResumeMode::CmExit(Value::None, _)) => Err(exc(ExcType::RuntimeError, "generator didn't stop")),
            Some(ResumeMode::CmExit(..)) => Err(exc(ExcType::RuntimeError, "generator didn't stop after throw()")),
            _ => {
                self.stack.push(value);
                Ok(())
            }
        }
    }

    /// An exception `e` escapes generator frame `frame` (already popped and finished).
    /// Returns the exception to keep unwinding with, or `None` when the resume mode
    /// turns it into a result for the caller (which then continues).
    pub(crate) fn generator_raised(
        &mut self,
        mode: Option<ResumeMode>,
        boundary: bool,
        e: Value,
    ) -> RunResult<Option<Value>> {
        let ty = self.exc_type_of(e);
        // PEP 479: a StopIteration escaping a generator becomes a RuntimeError
        let e = if ty.is_some_and(|t| t.is_subclass_of(ExcType::StopIteration)) {
            let msg = self.new_str("generator raised StopIteration")?;
            let r = self.new_exception(ExcType::RuntimeError, vec![msg])?;
            if let Value::Ref(id) = r
                && let Obj::Exception(x) = self.heap.get_mut(id)
            {
                x.cause = e;
                x.context = e;
                x.suppress_context = true;
            }
            r
        } else {
            e
        };
        if boundary {
            return Ok(Some(e));
        }
        match mode {
            Some(ResumeMode::Close) if ty.is_some_and(|t| t.is_subclass_of(ExcType::GeneratorExit)) => {
                self.stack.push(Value::None);
                Ok(None)
            }
            Some(ResumeMode::CloseInto(outer)) if ty.is_some_and(|t| t.is_subclass_of(ExcType::GeneratorExit)) => {
                Ok(Some(outer))
            }
            Some(ResumeMode::CmExit(thrown, tb_len)) if thrown != Value::None && self.is_thrown_back(e, thrown) => {
                // as CPython's `contextmanager`, give it back its traceback from before the throw
                if let Value::Ref(id) = thrown
                    && let Obj::Exception(x) = self.heap.get_mut(id)
                {
                    x.traceback.truncate(tb_len as usize);
                }
                // the exception of the `with` body came back out: do not suppress it
                self.stack.push(Value::Bool(false));
                Ok(None)
            }
            _ => Ok(Some(e)),
        }
    }

    /// Whether `e`, escaping a contextmanager's generator, is the exception thrown in
    /// (or the RuntimeError PEP 479 made of a thrown StopIteration).
    pub(crate) fn is_thrown_back(&self, e: Value, thrown: Value) -> bool {
        e == thrown
            || (self
                .exc_type_of(thrown)
                .is_some_and(|t| t.is_subclass_of(ExcType::StopIteration))
                && self.exc_type_of(e) == Some(ExcType::RuntimeError)
                && self.cause_of(e) == thrown)
    }

    /// How many entries the traceback of exception `e` has.
    pub(crate) fn traceback_len(&self, e: Value) -> u32 {
        match e {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Exception(x) => u32::try_from(x.traceback.len()).unwrap_or(u32::MAX),
                _ => 0,
            },
            _ => 0,
        }
    }

    fn exc_type_of(&self, e: Value) -> Option<ExcType> {
        match e {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Exception(x) => Some(x.ty),
                _ => None,
            },
            _ => None,
        }
    }

    fn cause_of(&self, e: Value) -> Value {
        match e {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Exception(x) => x.cause,
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    /// Resume a generator from native code and run it until it yields or returns.
    /// `None` when it had already finished.
    pub(crate) fn generator_resume_native(&mut self, gen_id: HeapId, action: Resume) -> RunResult<Option<Exit>> {
        let pending = match self.resume_generator_with(gen_id, ResumeMode::Nested, true, action)? {
            Resumed::Finished => return Ok(None),
            Resumed::Running => None,
            Resumed::Raising(e) => Some(e),
        };
        self.nested(|vm, base| {
            if let Some(e) = pending {
                vm.unwind(e, base)?;
            }
            vm.run_until(base)
        })
        .map(Some)
    }

    /// Next value of a generator, from native code. `None` when exhausted.
    pub(crate) fn generator_next(&mut self, gen_id: HeapId) -> RunResult<Option<Value>> {
        match self.generator_resume_native(gen_id, Resume::Send(Value::None))? {
            Some(Exit::Yield(v)) => Ok(Some(v)),
            Some(Exit::Return(_)) | None => Ok(None),
        }
    }

    /// `g.close()` from native code.
    pub(crate) fn generator_close_native(&mut self, gen_id: HeapId) -> RunResult<()> {
        if let Obj::Generator(g) = self.heap.get(gen_id)
            && g.frame.as_ref().is_some_and(|f| f.ip == 0)
            && !g.running
        {
            self.finish_generator(gen_id);
            return Ok(());
        }
        let ge = self.new_exception(ExcType::GeneratorExit, Vec::new())?;
        match self.generator_resume_native(gen_id, Resume::Throw(ge)) {
            Ok(Some(Exit::Yield(_))) => Err(exc(ExcType::RuntimeError, "generator ignored GeneratorExit")),
            Ok(_) => Ok(()),
            Err(RunError::Raise(e))
                if self
                    .exc_type_of(e)
                    .is_some_and(|t| t.is_subclass_of(ExcType::GeneratorExit)) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// The exception `g.throw(typ[, val[, tb]])` raises.
    fn throw_arg(&mut self, args: &Args) -> RunResult<Value> {
        args.no_kw()?;
        let n = args.pos.len();
        if n == 0 {
            return Err(exc(ExcType::TypeError, "throw expected at least 1 argument, got 0"));
        }
        if n > 3 {
            return Err(exc(
                ExcType::TypeError,
                format!("throw expected at most 3 arguments, got {n}"),
            ));
        }
        let typ = args.pos[0];
        let val = args.pos.get(1).copied().unwrap_or(Value::None);
        if args.pos.get(2).is_some_and(|&tb| tb != Value::None) {
            return Err(exc(
                ExcType::TypeError,
                "throw() third argument must be a traceback object",
            ));
        }
        if self.exc_type_of(typ).is_some() {
            if val != Value::None {
                return Err(exc(
                    ExcType::TypeError,
                    "instance exception may not have a separate value",
                ));
            }
            return Ok(typ);
        }
        let is_class = match typ {
            Value::ExcType(_) => true,
            Value::Ref(id) => self.class_obj(id).is_some_and(|c| c.exc_base.is_some()),
            _ => false,
        };
        if !is_class {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    self.type_name(typ)
                ),
            ));
        }
        if self.exc_type_of(val).is_some() && crate::builtins::functions::instance_of(self, val, typ)? {
            return Ok(val);
        }
        let cargs = match val {
            Value::None => Vec::new(),
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Tuple(_)) => match self.heap.get(id) {
                Obj::Tuple(t) => t.clone(),
                _ => Vec::new(),
            },
            other => vec![other],
        };
        match typ {
            Value::ExcType(t) => self.new_exception(t, cargs),
            _ => self.call_sync(typ, cargs),
        }
    }

    /// `g.send(v)`, `g.throw(e)`, `g.close()` called from the run loop: the generator's
    /// frame goes on the frame stack (or the result is pushed at once).
    pub(crate) fn generator_method(&mut self, method: MethodId, receiver: Value, args: Vec<Value>) -> RunResult<()> {
        let Some(gen_id) = self.as_generator(receiver) else {
            return Err(RunError::Internal("generator method on a non-generator"));
        };
        let args = Args::new(method.name(), args, Vec::new());
        let (mode, action) = match method {
            MethodId::GenSend | MethodId::CoroSend => {
                (ResumeMode::Next(Value::Undef), Resume::Send(args.one_of("generator")?))
            }
            MethodId::GenNext => {
                args.none_of("generator")?;
                (ResumeMode::Next(Value::Undef), Resume::Send(Value::None))
            }
            MethodId::GenThrow | MethodId::CoroThrow => {
                (ResumeMode::Next(Value::Undef), Resume::Throw(self.throw_arg(&args)?))
            }
            _ => {
                args.none_of("generator")?;
                let ge = self.new_exception(ExcType::GeneratorExit, Vec::new())?;
                (ResumeMode::Close, Resume::Throw(ge))
            }
        };
        match self.resume_generator_with(gen_id, mode, false, action)? {
            Resumed::Finished | Resumed::Running => Ok(()),
            Resumed::Raising(e) => Err(e),
        }
    }

    /// `Send(target)` of `yield from`: with `[it, v]` on the stack, send `v` into the
    /// sub-iterator; a yielded value replaces `v`, a return replaces both and jumps.
    pub(crate) fn yield_from_send(&mut self, target: u32) -> RunResult<()> {
        let v = self.pop()?;
        let it = self.top()?;
        if let Some(gen_id) = self.as_generator(it) {
            self.resume_generator_with(gen_id, ResumeMode::YieldFrom(target), false, Resume::Send(v))?;
            return Ok(());
        }
        if self.as_host_await(it).is_some() {
            let step = self.host_await_step(it)?;
            return self.yield_from_step(step, target);
        }
        let step = if v == Value::None {
            self.iter_next(it).map(|r| r.ok_or(Value::None))
        } else {
            let send = self.load_attr(it, "send")?;
            self.sub_iterator_call(send, v)
        };
        self.yield_from_step(step?, target)
    }

    /// `ThrowInto(target)`: the exception thrown into a generator suspended in `yield from`
    /// goes to the sub-iterator (GeneratorExit closes it and is raised here).
    pub(crate) fn yield_from_throw(&mut self, target: u32) -> RunResult<()> {
        let e = self.pop()?;
        let it = self.top()?;
        let sub = self.as_generator(it);
        if self
            .exc_type_of(e)
            .is_some_and(|t| t.is_subclass_of(ExcType::GeneratorExit))
        {
            let Some(gen_id) = sub else {
                if let Ok(close) = self.load_attr(it, "close") {
                    self.call_sync(close, Vec::new())?;
                }
                return Err(RunError::Raise(e));
            };
            // close the sub-generator as a frame (chains of any depth stay off the Rust
            // stack); once it is closed, `e` is raised here
            let ge = self.new_exception(ExcType::GeneratorExit, Vec::new())?;
            return match self.resume_generator_with(gen_id, ResumeMode::CloseInto(e), false, Resume::Throw(ge))? {
                Resumed::Finished | Resumed::Running => Ok(()),
                Resumed::Raising(err) => Err(err),
            };
        }
        if let Some(gen_id) = sub {
            return match self.resume_generator_with(gen_id, ResumeMode::YieldFrom(target), false, Resume::Throw(e))? {
                Resumed::Finished | Resumed::Running => Ok(()),
                Resumed::Raising(err) => Err(err),
            };
        }
        let Ok(throw) = self.load_attr(it, "throw") else {
            return Err(RunError::Raise(e));
        };
        let step = self.sub_iterator_call(throw, e)?;
        self.yield_from_step(step, target)
    }

    /// Call `send`/`throw` of a non-generator sub-iterator: `Ok(v)` yielded, `Err(r)` returned `r`.
    fn sub_iterator_call(&mut self, f: Value, arg: Value) -> RunResult<Result<Value, Value>> {
        match self.call_sync(f, vec![arg]) {
            Ok(y) => Ok(Ok(y)),
            Err(err) => {
                let e = self.materialize(err)?;
                if self
                    .exc_type_of(e)
                    .is_some_and(|t| t.is_subclass_of(ExcType::StopIteration))
                {
                    let value = match e {
                        Value::Ref(id) => match self.heap.get(id) {
                            Obj::Exception(x) => x.args.first().copied().unwrap_or(Value::None),
                            _ => Value::None,
                        },
                        _ => Value::None,
                    };
                    Ok(Err(value))
                } else {
                    Err(RunError::Raise(e))
                }
            }
        }
    }

    fn yield_from_step(&mut self, step: Result<Value, Value>, target: u32) -> RunResult<()> {
        match step {
            Ok(y) => self.stack.push(y),
            Err(r) => {
                self.pop()?;
                self.stack.push(r);
                self.jump_caller(target);
            }
        }
        Ok(())
    }
}

/// `StopIteration` carrying a generator's return value (no args for `None`).
fn stop_iteration(value: Value) -> RunError {
    if value == Value::None {
        exc(ExcType::StopIteration, "")
    } else {
        RunError::NewArgs(ExcType::StopIteration, vec![value])
    }
}

/// `generator.send(value)` from native code.
pub(crate) fn send(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of("generator")?;
    native_resume(vm, receiver, Resume::Send(v))
}

/// `generator.__next__()` from native code.
pub(crate) fn next(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    args.none_of("generator")?;
    native_resume(vm, receiver, Resume::Send(Value::None))
}

/// `generator.throw(typ[, val[, tb]])` from native code.
pub(crate) fn throw(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    let e = vm.throw_arg(&args)?;
    native_resume(vm, receiver, Resume::Throw(e))
}

/// `generator.close()` from native code.
pub(crate) fn close(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    args.none_of("generator")?;
    let gen_id = vm
        .as_generator(receiver)
        .ok_or_else(|| RunError::Internal("generator method on a non-generator"))?;
    vm.generator_close_native(gen_id)?;
    Ok(Value::None)
}

fn native_resume(vm: &mut Vm<'_, '_>, receiver: Value, action: Resume) -> RunResult<Value> {
    let gen_id = vm
        .as_generator(receiver)
        .ok_or_else(|| RunError::Internal("generator method on a non-generator"))?;
    match vm.generator_resume_native(gen_id, action)? {
        Some(Exit::Yield(v)) => Ok(v),
        Some(Exit::Return(v)) => Err(stop_iteration(v)),
        None => Err(exc(ExcType::StopIteration, "")),
    }
}
