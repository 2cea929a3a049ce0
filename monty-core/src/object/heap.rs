//! SECURITY: the heap arena. Every object a program creates lives here, is
//! charged to the memory budget before it exists, and is reclaimed by a
//! tracing collector whose marking is iterative (no Rust recursion on nested
//! data). Ids are indices; an id that does not name a live object (possible
//! only through a bug or a tampered snapshot, which the loader rejects) reads
//! as an empty tuple instead of panicking.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use crate::error::LimitError;
use crate::exceptions::{ExcType, RunError, RunResult};
use crate::object::class::{ClassObj, Instance, Method, Property, SlotMethod, SuperObj};
use crate::object::dict::Dict;
use crate::object::value::{HeapId, Value};
use crate::vm::frame::Frame;

/// `range(start, stop, step)`; step is never zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    /// First value.
    pub start: i64,
    /// Exclusive bound.
    pub stop: i64,
    /// Non-zero step.
    pub step: i64,
}

impl Range {
    /// Number of elements.
    #[must_use]
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (i128::from(self.start), i128::from(self.stop), i128::from(self.step));
        let n = if step > 0 {
            if hi > lo { (hi - lo + step - 1) / step } else { 0 }
        } else if lo > hi {
            (lo - hi - step - 1) / (-step)
        } else {
            0
        };
        i64::try_from(n).unwrap_or(i64::MAX)
    }

    /// Whether the range is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The element at index `i` (0 <= i < len).
    #[must_use]
    pub fn at(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// A `slice(start, stop, step)` object.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SliceObj {
    /// Start, or None.
    pub start: Value,
    /// Stop, or None.
    pub stop: Value,
    /// Step, or None.
    pub step: Value,
}

/// A user-defined function (a code object plus what was captured when `def` ran).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Function {
    /// Index of the code object in the program.
    pub code: u32,
    /// Positional defaults, aligned to the last positional parameters.
    pub defaults: Vec<Value>,
    /// Keyword-only defaults by parameter index (Undef where there is none).
    pub kwdefaults: Vec<Value>,
    /// Cells of the enclosing scopes this function closes over.
    pub closure: Vec<HeapId>,
    /// `__doc__`
    pub doc: Value,
    /// `__name__` (may be reassigned by decorators copying names).
    pub name: Value,
    /// `__isabstractmethod__`, set by `abc.abstractmethod`.
    #[serde(default)]
    pub is_abstract: bool,
    /// `__dict__`: attributes assigned to the function (`f.cache = ...`,
    /// `__wrapped__`, `__qualname__`/`__module__` overrides), created on first use.
    #[serde(default)]
    pub dict: Option<HeapId>,
    /// `__qualname__` and `__module__` when assigned (`functools.wraps`
    /// copies them); otherwise they come from the code object.
    #[serde(default)]
    pub names: Option<Box<(Value, Value)>>,
}

/// A builtin method bound to its receiver, e.g. `[].append`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BoundMethod {
    /// The object the method was looked up on.
    pub receiver: Value,
    /// Which method.
    pub method: crate::builtins::methods::MethodId,
}

/// An exception instance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExceptionObj {
    /// Its class.
    pub ty: ExcType,
    /// `args`
    pub args: Vec<Value>,
    /// `__cause__` (None if absent).
    pub cause: Value,
    /// `__context__` (None if absent).
    pub context: Value,
    /// `__suppress_context__`
    pub suppress_context: bool,
    /// Traceback entries as (code index, line), outermost first.
    pub traceback: Vec<(u32, u32)>,
    /// The user class when the exception is an instance of a class statement's class.
    #[serde(default)]
    pub class: Option<HeapId>,
    /// The instance `__dict__` of a user exception (an `Obj::Dict`).
    #[serde(default)]
    pub dict: Option<HeapId>,
}

/// State of an iterator object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum IterKind {
    /// Over a list, tuple, str (idx is a byte offset) or bytes.
    Seq {
        /// The sequence.
        seq: HeapId,
        /// Next position.
        idx: usize,
    },
    /// `reversed(list)`: `left` items remain, next is at `left - 1`.
    Reversed {
        /// The sequence.
        seq: HeapId,
        /// Remaining count.
        left: usize,
    },
    /// Over a range.
    Range {
        /// Next value.
        next: i64,
        /// Values left.
        left: i64,
        /// Step.
        step: i64,
    },
    /// Over a dict's keys.
    DictKeys {
        /// The dict.
        dict: HeapId,
        /// Next entry slot.
        idx: usize,
        /// Size when iteration started.
        len: usize,
    },
    /// Over a dict's values.
    DictValues {
        /// The dict.
        dict: HeapId,
        /// Next entry slot.
        idx: usize,
        /// Size when iteration started.
        len: usize,
    },
    /// Over a dict's items.
    DictItems {
        /// The dict.
        dict: HeapId,
        /// Next entry slot.
        idx: usize,
        /// Size when iteration started.
        len: usize,
    },
    /// Over a set or frozenset.
    Set {
        /// The set.
        set: HeapId,
        /// Next entry slot.
        idx: usize,
        /// Size when iteration started.
        len: usize,
    },
    /// `enumerate(it, start)`
    Enumerate {
        /// Inner iterator.
        inner: Value,
        /// Next count.
        count: Value,
    },
    /// `zip(*its)`
    Zip {
        /// Inner iterators.
        iters: Vec<Value>,
    },
    /// `map(f, *its)`
    Map {
        /// The function.
        func: Value,
        /// Inner iterators.
        iters: Vec<Value>,
    },
    /// `filter(f, it)`
    Filter {
        /// The predicate (None for truthiness).
        func: Value,
        /// Inner iterator.
        inner: Value,
    },
    /// The sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError (a user class with `__getitem__` only).
    GetItem {
        /// The object.
        obj: Value,
        /// Next index.
        idx: i64,
    },
    /// `iter(callable, sentinel)`: call until the result equals the sentinel.
    Call {
        /// The callable.
        func: Value,
        /// The value that ends the iteration.
        sentinel: Value,
    },
    /// `zip(*its, strict=True)`: iterators of unequal length raise ValueError.
    ZipStrict {
        /// Inner iterators.
        iters: Vec<Value>,
    },
}

/// An iterator object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IterObj {
    /// What it iterates and where it is.
    pub kind: IterKind,
    /// Set once exhausted, so it stays exhausted.
    pub done: bool,
}

/// A generator: a suspended frame.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Generator {
    /// The frame, absent while running or once finished.
    pub frame: Option<Box<Frame>>,
    /// Whether the generator is currently executing.
    pub running: bool,
    /// Whether the generator has finished.
    pub finished: bool,
    /// A coroutine (made by calling an `async def`): awaited, not iterated.
    pub coroutine: bool,
}

/// Which view a `dict.keys()/values()/items()` object is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DictViewKind {
    /// `dict_keys`
    Keys,
    /// `dict_values`
    Values,
    /// `dict_items`
    Items,
}

/// A heap object.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Obj {
    /// str
    Str(String),
    /// bytes
    Bytes(Vec<u8>),
    /// An int outside the i64 range.
    BigInt(BigInt),
    /// list
    List(Vec<Value>),
    /// tuple
    Tuple(Vec<Value>),
    /// dict
    Dict(Dict),
    /// set
    Set(Dict),
    /// frozenset
    FrozenSet(Dict),
    /// range
    Range(Range),
    /// slice
    Slice(SliceObj),
    /// A user function.
    Function(Function),
    /// A closure cell.
    Cell(Value),
    /// A builtin method bound to a receiver.
    BoundMethod(BoundMethod),
    /// An exception instance.
    Exception(ExceptionObj),
    /// A generator.
    Generator(Generator),
    /// An iterator.
    Iter(IterObj),
    /// A dict view.
    DictView(DictViewKind, HeapId),
    /// A user-defined class.
    Class(ClassObj),
    /// An instance of a user-defined class.
    Instance(Instance),
    /// A Python callable bound to a receiver.
    Method(Method),
    /// `property`
    Property(Property),
    /// `staticmethod(f)`
    StaticMethod(Value),
    /// `classmethod(f)`
    ClassMethod(Value),
    /// `super(...)`
    Super(SuperObj),
    /// A native method of `object` or `BaseException` reached through a user class.
    SlotMethod(SlotMethod),
    /// A stdlib object: module, native function or method, native type instance.
    Std(crate::stdlib::StdObj),
    /// A plain `object()` instance: no attributes, identity equality and hash.
    Object,
    /// A type expression: `int | None` or `list[int]`.
    TypeExpr(crate::object::type_expr::TypeExpr),
    /// complex
    Complex(crate::object::complex::Complex),
    /// bytearray (appended last: a variant's position is its tag in snapshots)
    ByteArray(Vec<u8>),
}

static EMPTY: Obj = Obj::Tuple(Vec::new());

const OBJ_HEADER: usize = 32;
const VALUE_SIZE: usize = std::mem::size_of::<Value>();

/// Approximate bytes an object occupies, for the memory budget.
#[must_use]
pub fn obj_size(obj: &Obj) -> usize {
    OBJ_HEADER
        + match obj {
            Obj::Str(s) => s.capacity(),
            Obj::Bytes(b) | Obj::ByteArray(b) => b.capacity(),
            Obj::BigInt(b) => usize::try_from(b.bits() / 8).unwrap_or(usize::MAX),
            Obj::List(v) | Obj::Tuple(v) => v.capacity() * VALUE_SIZE,
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.byte_size(),
            Obj::Function(f) => (f.defaults.len() + f.kwdefaults.len() + f.closure.len()) * VALUE_SIZE,
            Obj::Exception(e) => e.args.len() * VALUE_SIZE + e.traceback.len() * 8,
            Obj::Generator(g) => g.frame.as_ref().map_or(0, |f| f.byte_size()),
            Obj::Iter(it) => match &it.kind {
                IterKind::Zip { iters } | IterKind::ZipStrict { iters } | IterKind::Map { iters, .. } => {
                    iters.len() * VALUE_SIZE
                }
                _ => 0,
            },
            Obj::Class(c) => c.name.len() + c.qualname.len() + (c.bases.len() + c.mro.len()) * VALUE_SIZE,
            Obj::Range(_) | Obj::Slice(_) | Obj::Cell(_) | Obj::BoundMethod(_) | Obj::DictView(..) => 0,
            Obj::Std(s) => s.byte_size(),
            Obj::TypeExpr(t) => t.values().count() * VALUE_SIZE,
            Obj::Complex(_) => 2 * std::mem::size_of::<f64>(),
            Obj::Object
            | Obj::Instance(_)
            | Obj::Method(_)
            | Obj::Property(_)
            | Obj::StaticMethod(_)
            | Obj::ClassMethod(_)
            | Obj::Super(_)
            | Obj::SlotMethod(_) => 0,
        }
}

/// The arena.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Heap {
    slots: Vec<Option<Obj>>,
    free: Vec<HeapId>,
    /// Estimated bytes of objects allocated (exact after each collection).
    bytes: usize,
    /// Collect at the next safe point once `bytes` passes this.
    next_gc: usize,
    #[serde(skip)]
    limit: Option<usize>,
    #[serde(skip)]
    scratch: Option<Obj>,
}

const MIN_GC_THRESHOLD: usize = 1 << 20;

impl Heap {
    /// An empty heap with an optional byte budget.
    #[must_use]
    pub fn new(limit: Option<usize>) -> Self {
        let mut heap = Self {
            limit,
            ..Self::default()
        };
        heap.next_gc = heap.threshold_after(0);
        heap
    }

    fn threshold_after(&self, live: usize) -> usize {
        let wanted = live.saturating_mul(2).max(MIN_GC_THRESHOLD);
        match self.limit {
            Some(limit) => wanted.min(limit / 2 + live / 2).max(live + 1),
            None => wanted,
        }
    }

    /// Bytes currently charged.
    #[must_use]
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Number of live slots (for tests and stats).
    #[must_use]
    pub fn live_objects(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Fail before allocating `extra` bytes that would exceed the budget.
    ///
    /// # Errors
    /// `LimitError::Memory` when the budget would be exceeded.
    pub fn check_alloc(&self, extra: usize) -> RunResult<()> {
        if let Some(limit) = self.limit
            && self.bytes.saturating_add(extra) > limit
        {
            return Err(RunError::Limit(LimitError::Memory { limit }));
        }
        Ok(())
    }

    /// Charge `extra` bytes for an object that grew.
    ///
    /// # Errors
    /// `LimitError::Memory` when the budget is exceeded.
    pub fn charge(&mut self, extra: usize) -> RunResult<()> {
        self.check_alloc(extra)?;
        self.bytes += extra;
        Ok(())
    }

    /// Store `obj` and return a reference to it.
    ///
    /// # Errors
    /// `LimitError::Memory` when the budget would be exceeded.
    pub fn alloc(&mut self, obj: Obj) -> RunResult<Value> {
        let size = obj_size(&obj);
        self.charge(size)?;
        let id = if let Some(id) = self.free.pop() {
            if let Some(slot) = self.slots.get_mut(id as usize) {
                *slot = Some(obj);
            }
            id
        } else {
            let id = HeapId::try_from(self.slots.len()).map_err(|_| RunError::Internal("heap id space exhausted"))?;
            self.slots.push(Some(obj));
            id
        };
        Ok(Value::Ref(id))
    }

    /// Allocate a str.
    ///
    /// # Errors
    /// `LimitError::Memory` when over budget.
    pub fn alloc_str(&mut self, s: impl Into<String>) -> RunResult<Value> {
        self.alloc(Obj::Str(s.into()))
    }

    /// Allocate a tuple.
    ///
    /// # Errors
    /// `LimitError::Memory` when over budget.
    pub fn alloc_tuple(&mut self, items: Vec<Value>) -> RunResult<Value> {
        self.alloc(Obj::Tuple(items))
    }

    /// Allocate a list.
    ///
    /// # Errors
    /// `LimitError::Memory` when over budget.
    pub fn alloc_list(&mut self, items: Vec<Value>) -> RunResult<Value> {
        self.alloc(Obj::List(items))
    }

    /// The object behind `id`.
    #[inline]
    #[must_use]
    pub fn get(&self, id: HeapId) -> &Obj {
        match self.slots.get(id as usize) {
            Some(Some(obj)) => obj,
            _ => &EMPTY,
        }
    }

    /// The contents of a bytes-like value (`bytes` or `bytearray`), if `v` is one.
    #[must_use]
    pub fn buffer(&self, v: Value) -> Option<&[u8]> {
        match v {
            Value::Ref(id) => match self.get(id) {
                Obj::Bytes(b) | Obj::ByteArray(b) => Some(b),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is a `bytearray`.
    #[must_use]
    pub fn is_bytearray(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.get(id), Obj::ByteArray(_)))
    }

    /// The object behind `id`, mutably.
    #[inline]
    pub fn get_mut(&mut self, id: HeapId) -> &mut Obj {
        match self.slots.get_mut(id as usize) {
            Some(Some(obj)) => obj,
            _ => self.scratch.insert(Obj::Tuple(Vec::new())),
        }
    }

    /// Take an object out of its slot (to mutate it while reading others); put it back with [`Heap::put`].
    pub fn take(&mut self, id: HeapId) -> Obj {
        match self.slots.get_mut(id as usize) {
            Some(slot @ Some(_)) => slot.replace(Obj::Tuple(Vec::new())).unwrap_or(Obj::Tuple(Vec::new())),
            _ => Obj::Tuple(Vec::new()),
        }
    }

    /// Put back an object taken with [`Heap::take`].
    pub fn put(&mut self, id: HeapId, obj: Obj) {
        if let Some(slot) = self.slots.get_mut(id as usize) {
            *slot = Some(obj);
        }
    }

    /// Whether `id` names a live object.
    #[must_use]
    pub fn is_live(&self, id: HeapId) -> bool {
        matches!(self.slots.get(id as usize), Some(Some(_)))
    }

    /// Every live object with its id.
    pub fn objects(&self) -> impl Iterator<Item = (HeapId, &Obj)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, o)| Some((HeapId::try_from(i).ok()?, o.as_ref()?)))
    }

    /// Whether a collection is due.
    #[inline]
    #[must_use]
    pub fn wants_gc(&self) -> bool {
        self.bytes > self.next_gc
    }

    /// Mark everything reachable from `roots` and free the rest. Iterative: a
    /// worklist replaces recursion, so nesting depth never reaches the Rust stack.
    pub fn collect(&mut self, roots: impl IntoIterator<Item = Value>) {
        let mut marks = vec![false; self.slots.len()];
        let mut work: Vec<HeapId> = roots.into_iter().filter_map(Value::heap_id).collect();
        let push = |v: Value, work: &mut Vec<HeapId>| {
            if let Value::Ref(id) = v {
                work.push(id);
            }
        };
        while let Some(id) = work.pop() {
            let Some(mark) = marks.get_mut(id as usize) else {
                continue;
            };
            if *mark {
                continue;
            }
            *mark = true;
            let Some(Some(obj)) = self.slots.get(id as usize) else {
                continue;
            };
            match obj {
                Obj::Str(_) | Obj::Bytes(_) | Obj::BigInt(_) | Obj::Range(_) | Obj::Complex(_) | Obj::ByteArray(_) => {}
                Obj::List(v) | Obj::Tuple(v) => v.iter().for_each(|&x| push(x, &mut work)),
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => {
                    for (k, v) in d.iter() {
                        push(k, &mut work);
                        push(v, &mut work);
                    }
                }
                Obj::Slice(s) => {
                    push(s.start, &mut work);
                    push(s.stop, &mut work);
                    push(s.step, &mut work);
                }
                Obj::Function(f) => {
                    f.defaults.iter().chain(&f.kwdefaults).for_each(|&x| push(x, &mut work));
                    work.extend(&f.closure);
                    push(f.doc, &mut work);
                    push(f.name, &mut work);
                    work.extend(f.dict);
                    if let Some(names) = &f.names {
                        push(names.0, &mut work);
                        push(names.1, &mut work);
                    }
                }
                Obj::Cell(v) => push(*v, &mut work),
                Obj::BoundMethod(m) => push(m.receiver, &mut work),
                Obj::Exception(e) => {
                    e.args.iter().for_each(|&x| push(x, &mut work));
                    push(e.cause, &mut work);
                    push(e.context, &mut work);
                    work.extend(e.class.iter().chain(&e.dict));
                }
                Obj::Class(c) => {
                    c.bases.iter().chain(&c.mro).for_each(|&x| push(x, &mut work));
                    work.push(c.dict);
                }
                Obj::Instance(i) => work.extend([i.class, i.dict]),
                Obj::Method(m) => {
                    push(m.func, &mut work);
                    push(m.receiver, &mut work);
                }
                Obj::Property(p) => [p.fget, p.fset, p.fdel, p.doc]
                    .into_iter()
                    .for_each(|x| push(x, &mut work)),
                Obj::StaticMethod(f) | Obj::ClassMethod(f) => push(*f, &mut work),
                Obj::Super(s) => {
                    work.push(s.class);
                    push(s.obj, &mut work);
                }
                Obj::SlotMethod(m) => push(m.receiver, &mut work),
                Obj::Generator(g) => {
                    if let Some(frame) = &g.frame {
                        frame.for_each_value(|x| push(x, &mut work));
                    }
                }
                Obj::DictView(_, d) => work.push(*d),
                Obj::Std(s) => s.for_each_value(|x| push(x, &mut work)),
                Obj::TypeExpr(t) => t.values().for_each(|x| push(x, &mut work)),
                Obj::Object => {}
                Obj::Iter(it) => match &it.kind {
                    IterKind::Seq { seq, .. } | IterKind::Reversed { seq, .. } => work.push(*seq),
                    IterKind::Range { .. } => {}
                    IterKind::DictKeys { dict, .. }
                    | IterKind::DictValues { dict, .. }
                    | IterKind::DictItems { dict, .. } => work.push(*dict),
                    IterKind::Set { set, .. } => work.push(*set),
                    IterKind::Enumerate { inner, count } => {
                        push(*inner, &mut work);
                        push(*count, &mut work);
                    }
                    IterKind::Zip { iters } | IterKind::ZipStrict { iters } => {
                        iters.iter().for_each(|&x| push(x, &mut work))
                    }
                    IterKind::Call { func, sentinel } => {
                        push(*func, &mut work);
                        push(*sentinel, &mut work);
                    }
                    IterKind::Map { func, iters } => {
                        push(*func, &mut work);
                        iters.iter().for_each(|&x| push(x, &mut work));
                    }
                    IterKind::Filter { func, inner } => {
                        push(*func, &mut work);
                        push(*inner, &mut work);
                    }
                    IterKind::GetItem { obj, .. } => push(*obj, &mut work),
                },
            }
        }
        let mut live = 0usize;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if let Some(obj) = slot {
                if marks.get(i).copied().unwrap_or(false) {
                    live += obj_size(obj);
                } else {
                    *slot = None;
                    if let Ok(id) = HeapId::try_from(i) {
                        self.free.push(id);
                    }
                }
            }
        }
        self.bytes = live;
        self.next_gc = self.threshold_after(live);
    }

    /// Set the byte budget (used after loading a snapshot: limits are the loader's).
    pub fn set_limit(&mut self, limit: Option<usize>) {
        self.limit = limit;
        self.next_gc = self.threshold_after(self.bytes);
    }

    /// Whether `ty` exceptions are raised for exceeding the budget (never: limits are uncatchable).
    #[must_use]
    pub fn limit(&self) -> Option<usize> {
        self.limit
    }
}
