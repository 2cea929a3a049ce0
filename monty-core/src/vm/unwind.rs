//! Raising and unwinding: find the handler, or pop frames until one is found.

use super::Vm;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;

impl Vm<'_, '_> {
    /// Handle `err` raised in the top frame. Returns `Ok` when a handler took it
    /// (execution continues there), or the error once unwinding reaches `base`.
    pub(crate) fn unwind(&mut self, err: RunError, base: usize) -> RunResult<()> {
        let reraise = matches!(err, RunError::Raise(_));
        let mut e = match self.materialize(err) {
            Ok(e) => e,
            Err(other) => {
                // limits and internal errors are not catchable: drop the frames this loop owns
                if matches!(other, RunError::Limit(_)) {
                    self.note_limit_position();
                }
                self.abandon_frames(base);
                return Err(other);
            }
        };
        // a fresh exception gets its context from the exception being handled
        if !reraise {
            self.set_context(e);
        }
        let mut first = true;
        loop {
            let Some(frame) = self.frames.last() else {
                return Err(RunError::Raise(e));
            };
            let program = self.program;
            let code_idx = frame.code;
            let code = program
                .codes
                .get(code_idx as usize)
                .ok_or(RunError::Internal("bad code"))?;
            let ip = frame.ip.saturating_sub(1);
            if !(first && reraise && self.has_traceback(e)) {
                let line = code.lines.get(ip as usize).copied().unwrap_or(0);
                self.push_traceback(e, code_idx, line);
            }
            let Some(frame) = self.frames.last() else {
                return Err(RunError::Raise(e));
            };
            first = false;
            let handler = code
                .handlers
                .iter()
                .filter(|h| h.start <= ip && ip < h.end)
                .max_by_key(|h| h.level)
                .copied();
            if let Some(h) = handler {
                let stack_base = frame.stack_base;
                // catching counts as progress, so a handler that keeps re-raising still meets the limits
                self.tick()?;
                self.stack.truncate(stack_base + h.depth as usize);
                self.stack.push(e);
                if let Some(f) = self.frames.last_mut() {
                    f.ip = h.target;
                }
                return Ok(());
            }
            let frame = self.frames.pop().ok_or(RunError::Internal("no frame"))?;
            self.stack.truncate(frame.stack_base);
            self.exc_stack.truncate(frame.exc_base);
            if let Some(gen_id) = frame.generator {
                if let Obj::Generator(g) = self.heap.get_mut(gen_id) {
                    g.running = false;
                    g.finished = true;
                    g.frame = None;
                }
                let boundary = frame.boundary || self.frames.len() <= base;
                match self.generator_raised(frame.resume, boundary, e)? {
                    Some(next) => e = next,
                    // the caller gets a result instead and continues
                    None => return Ok(()),
                }
            }
            if frame.boundary || self.frames.len() <= base {
                return Err(RunError::Raise(e));
            }
        }
    }

    fn abandon_frames(&mut self, base: usize) {
        while self.frames.len() > base {
            if let Some(frame) = self.frames.pop() {
                self.stack.truncate(frame.stack_base);
                self.exc_stack.truncate(frame.exc_base);
                let stop = frame.boundary;
                if stop {
                    break;
                }
            }
        }
    }

    pub(crate) fn has_traceback(&self, e: Value) -> bool {
        match e {
            Value::Ref(id) => matches!(self.heap.get(id), Obj::Exception(x) if !x.traceback.is_empty()),
            _ => false,
        }
    }

    pub(crate) fn push_traceback(&mut self, e: Value, code: u32, line: u32) {
        if let Value::Ref(id) = e
            && let Obj::Exception(x) = self.heap.get_mut(id)
            && x.traceback.len() < 2000
        {
            x.traceback.push((code, line));
        }
    }

    pub(crate) fn set_context(&mut self, e: Value) {
        let Some(&ctx) = self.exc_stack.last() else { return };
        if ctx == e {
            return;
        }
        // avoid creating a cycle through the context chain
        let mut cur = ctx;
        let mut steps = 0;
        while let Value::Ref(id) = cur {
            if cur == e || steps > 1000 {
                return;
            }
            steps += 1;
            cur = match self.heap.get(id) {
                Obj::Exception(x) => x.context,
                _ => Value::None,
            };
        }
        if let Value::Ref(id) = e
            && let Obj::Exception(x) = self.heap.get_mut(id)
            && x.context == Value::None
        {
            x.context = ctx;
        }
    }

    /// Execute `raise` with `n` operands; returns the error to propagate.
    pub(crate) fn raise(&mut self, n: u32) -> RunResult<RunError> {
        if n == 0 {
            return Ok(match self.exc_stack.last() {
                Some(&e) => RunError::Raise(e),
                None => exc(ExcType::RuntimeError, "No active exception to reraise"),
            });
        }
        let cause = if n == 2 { Some(self.pop()?) } else { None };
        let value = self.pop()?;
        let e = self.exception_from(value, "exceptions must derive from BaseException")?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => Value::None,
                other => self.exception_from(other, "exception causes must derive from BaseException")?,
            };
            if let Value::Ref(id) = e
                && let Obj::Exception(x) = self.heap.get_mut(id)
            {
                x.cause = cause;
                x.suppress_context = true;
            }
        }
        self.set_context(e);
        Ok(RunError::Raise(e))
    }

    /// A class or instance used in `raise` as an exception instance.
    fn exception_from(&mut self, v: Value, msg: &str) -> RunResult<Value> {
        match v {
            Value::ExcType(t) => self.new_exception(t, Vec::new()),
            Value::Ref(id) if self.class_obj(id).is_some_and(|c| c.exc_base.is_some()) => {
                let e = self.call_sync(v, Vec::new())?;
                if matches!(e, Value::Ref(eid) if matches!(self.heap.get(eid), Obj::Exception(_))) {
                    Ok(e)
                } else {
                    Err(exc(
                        ExcType::TypeError,
                        format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            self.repr(v)?,
                            self.type_name(e)
                        ),
                    ))
                }
            }
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Exception(_)) => Ok(v),
            _ => Err(exc(ExcType::TypeError, msg)),
        }
    }

    /// `except class:` matching, with tuples of classes.
    pub(crate) fn exception_matches(&mut self, e: Value, class: Value) -> RunResult<bool> {
        let (ty, user_class) = match e {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Exception(x) => (x.ty, x.class),
                _ => return Ok(false),
            },
            _ => return Ok(false),
        };
        match class {
            Value::ExcType(c) => Ok(ty.is_subclass_of(c)),
            Value::Ref(id) if self.class_obj(id).is_some_and(|c| c.exc_base.is_some()) => {
                Ok(user_class.is_some_and(|uc| self.class_is_subclass(uc, class)))
            }
            Value::Ref(id) => {
                let items = match self.heap.get(id) {
                    Obj::Tuple(items) => items.clone(),
                    _ => {
                        return Err(exc(
                            ExcType::TypeError,
                            "catching classes that do not inherit from BaseException is not allowed",
                        ));
                    }
                };
                for item in items {
                    if self.exception_matches(e, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(exc(
                ExcType::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}
