//! Calls: binding arguments, pushing frames, natives, generators, and nested
//! calls from native code back into Python.

use super::frame::{Frame, ResumeMode};
use super::{Exit, MAX_NATIVE_DEPTH, Vm};
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::{Function, Generator, Obj};
use crate::object::value::{HeapId, Value};

/// How many emptied locals vectors the VM keeps for reuse.
const LOCALS_POOL_SIZE: usize = 16;
/// The largest locals vector (in values) worth keeping.
const LOCALS_POOL_MAX_CAPACITY: usize = 32;

/// What a call produced.
pub(crate) enum Called {
    /// A native result.
    Value(Value),
    /// A Python frame was pushed; its return value arrives later.
    Frame,
}

impl Vm<'_, '_> {
    pub(crate) fn make_function(
        &mut self,
        code_idx: u32,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> RunResult<Value> {
        let code = self
            .program
            .codes
            .get(code_idx as usize)
            .ok_or_else(|| RunError::Internal("bad code index"))?;
        let defaults = match defaults {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Tuple(t) => t.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let mut kw = vec![Value::Undef; code.kwonlycount as usize];
        if let Value::Ref(id) = kwdefaults
            && let Obj::Dict(d) = self.heap.get(id)
        {
            for (k, v) in d.iter() {
                if let Some(name) = self.str_of(k) {
                    let start = code.argcount as usize;
                    if let Some(pos) = code.varnames[start..start + kw.len()].iter().position(|n| n == name) {
                        kw[pos] = v;
                    }
                }
            }
        }
        let closure_cells: Vec<HeapId> = match closure {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Tuple(t) => t.iter().filter_map(|v| v.heap_id()).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let doc = match &code.doc {
            Some(d) => self.new_str(d.clone())?,
            None => Value::None,
        };
        let name = self.new_str(code.name.clone())?;
        self.heap.alloc(Obj::Function(Function {
            code: code_idx,
            defaults,
            kwdefaults: kw,
            closure: closure_cells,
            doc,
            name,
            is_abstract: false,
            dict: None,
            names: None,
        }))
    }

    /// Call `callee` from the run loop: a Python function pushes a frame, anything else pushes its result.
    pub(crate) fn call_and_push(
        &mut self,
        callee: Value,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> RunResult<()> {
        match self.call(callee, args, kwargs, false)? {
            Called::Value(v) => self.stack.push(v),
            Called::Frame => {}
        }
        Ok(())
    }

    /// Call any callable. With `boundary`, a pushed frame ends a nested loop when it returns.
    pub(crate) fn call(
        &mut self,
        callee: Value,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
        boundary: bool,
    ) -> RunResult<Called> {
        match callee {
            Value::Builtin(crate::builtins::BuiltinId::Next)
                if !boundary
                    && kwargs.is_empty()
                    && (1..=2).contains(&args.len())
                    && self.as_generator(args[0]).is_some() =>
            {
                // resumed as a frame of this loop: its yield becomes the call's result
                let gen_id = self
                    .as_generator(args[0])
                    .ok_or_else(|| RunError::Internal("generator"))?;
                let default = args.get(1).copied().unwrap_or(Value::Undef);
                if self.resume_generator(gen_id, ResumeMode::Next(default), false)? {
                    Ok(Called::Frame)
                } else {
                    self.pop().map(Called::Value)
                }
            }
            Value::External(ext) => Ok(Called::Value(self.call_external(ext, args, kwargs, boundary)?)),
            Value::Builtin(id) => {
                let v = crate::builtins::call_builtin(self, id, args, kwargs)?;
                Ok(Called::Value(v))
            }
            Value::Type(t) => Ok(Called::Value(crate::builtins::call_type(self, t, args, kwargs)?)),
            Value::ExcType(e) => {
                if let Some((k, _)) = kwargs.first() {
                    let k = self.str_of(*k).unwrap_or("?").to_owned();
                    return Err(exc(ExcType::TypeError, format!("{}() takes no keyword arguments", e.name())).or_kw(k));
                }
                Ok(Called::Value(self.new_exception(e, args)?))
            }
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Function(_) => self.call_function(id, args, kwargs, boundary),
                Obj::Std(crate::stdlib::StdObj::Method(receiver, m))
                    if !boundary && m.ty == crate::object::types::TypeId::GeneratorContextManager =>
                {
                    let (receiver, m) = (*receiver, *m);
                    if !kwargs.is_empty() {
                        return Err(messages::no_keywords(m.resolve().map_or("?", |(n, _)| n)));
                    }
                    self.gen_cm_method(receiver, m, args)?;
                    Ok(Called::Frame)
                }
                Obj::Std(s) if s.is_callable() => match self.std_call(id, args, kwargs)? {
                    Some(v) => Ok(Called::Value(v)),
                    None => Err(messages::not_callable(self.type_name(callee))),
                },
                Obj::BoundMethod(m) if !boundary && is_generator_method(m.method) => {
                    let m = *m;
                    if !kwargs.is_empty() {
                        return Err(messages::no_keywords(&format!("generator.{}", m.method.name())));
                    }
                    self.generator_method(m.method, m.receiver, args)?;
                    Ok(Called::Frame)
                }
                Obj::BoundMethod(m) => {
                    let m = *m;
                    let v = match m.receiver {
                        Value::Type(t)
                            if !matches!(
                                m.method,
                                crate::builtins::methods::MethodId::DictFromkeys
                                    | crate::builtins::methods::MethodId::BytesFromhex
                                    | crate::builtins::methods::MethodId::BytesMaketrans
                                    | crate::builtins::methods::MethodId::ByteArrayFromhex
                                    | crate::builtins::methods::MethodId::ByteArrayMaketrans
                                    | crate::builtins::methods::MethodId::StrMaketrans
                                    | crate::builtins::methods::MethodId::IntFromBytes
                                    | crate::builtins::methods::MethodId::FloatFromhex
                            ) =>
                        {
                            self.call_unbound(t, m.method, args, kwargs)?
                        }
                        receiver => crate::builtins::methods::call_method(self, m.method, receiver, args, kwargs)?,
                    };
                    Ok(Called::Value(v))
                }
                Obj::Class(_)
                | Obj::Method(_)
                | Obj::Instance(_)
                | Obj::StaticMethod(_)
                | Obj::SlotMethod(_)
                | Obj::Exception(_) => self.call_user_object(callee, args, kwargs, boundary),
                Obj::TypeExpr(crate::object::type_expr::TypeExpr::Alias { origin, .. }) => {
                    let origin = *origin;
                    self.call(origin, args, kwargs, boundary)
                }
                _ => Err(messages::not_callable(self.type_name(callee))),
            },
            _ => Err(messages::not_callable(self.type_name(callee))),
        }
    }

    /// `Call(n)` of a plain Python function with exactly `n` positional parameters, no
    /// cell variables and no `yield`: the arguments move from the operand stack straight
    /// into the new frame's locals (a recycled vector), without the argument vector,
    /// the `Function` clone and the general binding of [`Vm::call`]. Returns `false`,
    /// touching nothing, when the call is not of that kind.
    pub(crate) fn try_fast_call(&mut self, n: usize) -> RunResult<bool> {
        let len = self.stack.len();
        let Some(callee_pos) = len.checked_sub(n + 1) else {
            return Ok(false);
        };
        let Some(Value::Ref(fid)) = self.stack.get(callee_pos).copied() else {
            return Ok(false);
        };
        let Obj::Function(func) = self.heap.get(fid) else {
            return Ok(false);
        };
        let Some(code) = self.program.codes.get(func.code as usize) else {
            return Ok(false);
        };
        if code.argcount as usize != n
            || code.varargs
            || code.varkw
            || code.kwonlycount != 0
            || code.n_cellvars != 0
            || !code.arg_cells.is_empty()
            || code.is_generator
        {
            return Ok(false);
        }
        self.check_recursion()?;
        let code_idx = func.code;
        let cells = func.closure.clone();
        let nlocals = code.nlocals();
        let mut locals = self.locals_pool.pop().unwrap_or_default();
        locals.extend_from_slice(&self.stack[callee_pos + 1..]);
        locals.resize(nlocals, Value::Undef);
        self.stack.truncate(callee_pos);
        self.frames.push(Frame {
            code: code_idx,
            locals,
            cells,
            stack_base: callee_pos,
            exc_base: self.exc_stack.len(),
            ..Frame::default()
        });
        Ok(true)
    }

    /// Keep a returned frame's locals vector for the next call (a few, and only small ones).
    pub(crate) fn recycle_locals(&mut self, mut locals: Vec<Value>) {
        if self.locals_pool.len() < LOCALS_POOL_SIZE && locals.capacity() <= LOCALS_POOL_MAX_CAPACITY {
            locals.clear();
            self.locals_pool.push(locals);
        }
    }

    /// Call an unbound method such as `str.lower(s)`: the first argument is the receiver.
    fn call_unbound(
        &mut self,
        t: crate::object::types::TypeId,
        method: crate::builtins::methods::MethodId,
        mut args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> RunResult<Value> {
        if args.is_empty() {
            return Err(exc(
                ExcType::TypeError,
                format!("unbound method {}.{}() needs an argument", t.name(), method.name()),
            ));
        }
        let receiver = args.remove(0);
        let rt = crate::object::types::type_of(&self.heap, receiver);
        let applies = match rt {
            crate::object::types::PyType::Builtin(r) => {
                r == t || (t == crate::object::types::TypeId::Int && r == crate::object::types::TypeId::Bool)
            }
            crate::object::types::PyType::Exc(_) | crate::object::types::PyType::Class(_) => false,
        };
        if !applies {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    method.name(),
                    t.name(),
                    self.type_name(receiver)
                ),
            ));
        }
        crate::builtins::methods::call_method(self, method, receiver, args, kwargs)
    }

    fn call_function(
        &mut self,
        fid: HeapId,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
        boundary: bool,
    ) -> RunResult<Called> {
        self.check_recursion()?;
        let Obj::Function(func) = self.heap.get(fid) else {
            return Err(RunError::Internal("not a function"));
        };
        let func = func.clone();
        let code = self
            .program
            .codes
            .get(func.code as usize)
            .ok_or_else(|| RunError::Internal("bad code index"))?;
        let locals = self.bind_args(&func, args, kwargs)?;
        let mut cells = Vec::with_capacity(code.cellnames.len());
        for _ in 0..code.n_cellvars {
            let Value::Ref(c) = self.heap.alloc(Obj::Cell(Value::Undef))? else {
                return Err(RunError::Internal("cell allocation"));
            };
            cells.push(c);
        }
        cells.extend_from_slice(&func.closure);
        for &(li, ci) in &code.arg_cells {
            if let (Some(&v), Some(&c)) = (locals.get(li as usize), cells.get(ci as usize)) {
                *self.heap.get_mut(c) = Obj::Cell(v);
            }
        }
        let frame = Frame {
            code: func.code,
            ip: 0,
            locals,
            cells,
            stack_base: self.stack.len(),
            exc_base: self.exc_stack.len(),
            generator: None,
            resume: None,
            saved_stack: Vec::new(),
            boundary,
            init_self: None,
            saved_exc: Vec::new(),
        };
        if code.is_generator {
            let g = self.heap.alloc(Obj::Generator(Generator {
                frame: Some(Box::new(frame)),
                running: false,
                finished: false,
                coroutine: code.is_coroutine,
            }))?;
            if let (Value::Ref(gid), Obj::Generator(gen_id)) = (g, self.heap.get_mut(g.heap_id().unwrap_or(0)))
                && let Some(f) = gen_id.frame.as_mut()
            {
                f.generator = Some(gid);
            }
            return Ok(Called::Value(g));
        }
        self.frames.push(frame);
        Ok(Called::Frame)
    }

    /// Bind call arguments to the parameters of `func`, producing the initial locals.
    fn bind_args(&mut self, func: &Function, args: Vec<Value>, kwargs: Vec<(Value, Value)>) -> RunResult<Vec<Value>> {
        let code = self
            .program
            .codes
            .get(func.code as usize)
            .ok_or_else(|| RunError::Internal("bad code index"))?;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlycount as usize;
        let mut locals = self.locals_pool.pop().unwrap_or_default();
        locals.resize(code.nlocals(), Value::Undef);
        let fname = &code.qualname;
        let nargs = args.len();
        if nargs > argcount && !code.varargs {
            let given_kw = kwargs
                .iter()
                .filter(|(k, _)| {
                    let k = self.str_of(*k).unwrap_or("");
                    code.varnames[argcount..argcount + kwonly].iter().any(|n| n == k)
                })
                .count();
            return Err(messages::too_many_positional(
                fname,
                argcount,
                func.defaults.len(),
                nargs,
                given_kw,
            ));
        }
        let mut extra = Vec::new();
        for (i, v) in args.into_iter().enumerate() {
            if i < argcount {
                locals[i] = v;
            } else {
                extra.push(v);
            }
        }
        let mut varkw: Vec<(Value, Value)> = Vec::new();
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kwargs {
            let Some(name) = self.str_of(k).map(str::to_owned) else {
                return Err(exc(ExcType::TypeError, "keywords must be strings"));
            };
            let pos = code.varnames[code.posonlycount as usize..argcount + kwonly]
                .iter()
                .position(|n| *n == name);
            match pos {
                Some(p) => {
                    let idx = p + code.posonlycount as usize;
                    if locals[idx] != Value::Undef {
                        return Err(exc(
                            ExcType::TypeError,
                            format!("{fname}() got multiple values for argument '{name}'"),
                        ));
                    }
                    locals[idx] = v;
                }
                None if code.varkw => varkw.push((k, v)),
                None => {
                    if code.varnames[..code.posonlycount as usize].contains(&name) {
                        posonly_as_kw.push(name);
                        continue;
                    }
                    return Err(exc(
                        ExcType::TypeError,
                        format!("{fname}() got an unexpected keyword argument '{name}'"),
                    ));
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                    posonly_as_kw.join(", ")
                ),
            ));
        }
        // defaults for positional parameters
        let first_default = argcount - func.defaults.len().min(argcount);
        let mut missing = Vec::new();
        for (i, slot) in locals.iter_mut().enumerate().take(argcount) {
            if *slot == Value::Undef {
                if i >= first_default {
                    *slot = func.defaults[i - first_default];
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(messages::missing_args(fname, "positional", &missing));
        }
        for j in 0..kwonly {
            let idx = argcount + j;
            if locals[idx] == Value::Undef {
                match func.kwdefaults.get(j) {
                    Some(&d) if d != Value::Undef => locals[idx] = d,
                    _ => missing.push(code.varnames[idx].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(messages::missing_args(fname, "keyword-only", &missing));
        }
        let mut next = argcount + kwonly;
        if code.varargs {
            locals[next] = self.heap.alloc_tuple(extra)?;
            next += 1;
        }
        if code.varkw {
            let d = self.build_map(&[])?;
            for (k, v) in varkw {
                self.dict_set(d, k, v)?;
            }
            locals[next] = d;
        }
        Ok(locals)
    }

    /// Call a method found by `LoadMethod`.
    pub(crate) fn call_method_value(&mut self, callable: Value, receiver: Value, args: Vec<Value>) -> RunResult<Value> {
        match callable {
            Value::Ref(id) if matches!(self.heap.get(id), Obj::BoundMethod(_)) => {
                let Obj::BoundMethod(m) = self.heap.get(id) else {
                    return Err(RunError::Internal("method"));
                };
                let m = *m;
                crate::builtins::methods::call_method(self, m.method, receiver, args, Vec::new())
            }
            _ => self.call_sync(callable, args),
        }
    }

    /// Call from native code and wait for the result, running a nested loop for Python functions.
    pub(crate) fn call_sync(&mut self, callee: Value, args: Vec<Value>) -> RunResult<Value> {
        self.call_sync_kw(callee, args, Vec::new())
    }

    /// [`Vm::call_sync`] with keyword arguments.
    pub(crate) fn call_sync_kw(
        &mut self,
        callee: Value,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> RunResult<Value> {
        match self.call(callee, args, kwargs, true)? {
            Called::Value(v) => Ok(v),
            Called::Frame => self.nested(|vm, base| vm.run_until(base)).map(|e| match e {
                Exit::Return(v) | Exit::Yield(v) => v,
            }),
        }
    }

    /// Run `f` one native level deeper, refusing to go past [`MAX_NATIVE_DEPTH`].
    pub(crate) fn nested(&mut self, f: impl FnOnce(&mut Self, usize) -> RunResult<Exit>) -> RunResult<Exit> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            // the pushed frame must not be left behind
            self.frames.pop();
            return Err(exc(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        self.native_depth += 1;
        let base = self.frames.len().saturating_sub(1);
        let r = f(self, base);
        self.native_depth -= 1;
        r
    }
}

/// `send`, `throw`, `close` and `__next__` of a generator, which run its frame in the caller's loop.
pub(crate) fn is_generator_method(m: crate::builtins::methods::MethodId) -> bool {
    use crate::builtins::methods::MethodId;
    matches!(
        m,
        MethodId::GenSend
            | MethodId::GenThrow
            | MethodId::GenClose
            | MethodId::GenNext
            | MethodId::CoroSend
            | MethodId::CoroThrow
            | MethodId::CoroClose
    )
}

trait OrKw {
    fn or_kw(self, k: String) -> Self;
}

impl OrKw for RunError {
    fn or_kw(self, _k: String) -> Self {
        self
    }
}
