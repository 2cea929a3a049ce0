//! `itertools`: lazy iterators whose state is plain data (it survives snapshots).

use serde::{Deserialize, Serialize};

use super::{Member, ModuleSpec, StdObj, TypeSpec};
use crate::builtins::args::Args;
use crate::bytecode::BinOp;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("accumulate", Member::Fn(accumulate)),
        ("chain", Member::Fn(chain)),
        ("combinations", Member::Fn(combinations)),
        (
            "combinations_with_replacement",
            Member::Fn(combinations_with_replacement),
        ),
        ("compress", Member::Fn(compress)),
        ("count", Member::Fn(count)),
        ("cycle", Member::Fn(cycle)),
        ("dropwhile", Member::Fn(dropwhile)),
        ("filterfalse", Member::Fn(filterfalse)),
        ("groupby", Member::Fn(groupby)),
        ("islice", Member::Fn(islice)),
        ("pairwise", Member::Fn(pairwise)),
        ("permutations", Member::Fn(permutations)),
        ("product", Member::Fn(product)),
        ("repeat", Member::Fn(repeat)),
        ("starmap", Member::Fn(starmap)),
        ("takewhile", Member::Fn(takewhile)),
        ("zip_longest", Member::Fn(zip_longest)),
    ],
    all: None,
};

/// The iterator type (methods come from the iterator protocol).
pub(super) static ITER: TypeSpec = TypeSpec {
    ty: TypeId::StdIter,
    methods: &[],
    construct: None,
};

/// Which combinatoric generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Combi {
    /// `product`
    Product,
    /// `permutations`
    Permutations,
    /// `combinations`
    Combinations,
    /// `combinations_with_replacement`
    WithReplacement,
}

/// The state of an itertools iterator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ItState {
    /// `chain(*its)`: remaining iterables, current iterator.
    Chain {
        /// Iterables not started yet (reversed: next is last).
        rest: Vec<Value>,
        /// Current iterator (None before the first).
        cur: Value,
        /// `chain.from_iterable`: an iterator of iterables instead of `rest`.
        source: Value,
    },
    /// `islice(it, start, stop, step)`
    Islice {
        /// Inner iterator.
        it: Value,
        /// Index of the next item the inner iterator yields.
        pos: i64,
        /// Next index to yield.
        next: i64,
        /// Stop (-1: none).
        stop: i64,
        /// Step.
        step: i64,
    },
    /// `count(start, step)`
    Count {
        /// Next value.
        cur: Value,
        /// Step.
        step: Value,
    },
    /// `cycle(it)`
    Cycle {
        /// Inner iterator (None once exhausted).
        it: Value,
        /// Items seen.
        saved: Vec<Value>,
        /// Position in `saved` once replaying.
        idx: usize,
    },
    /// `repeat(obj, times)`
    Repeat {
        /// The object.
        obj: Value,
        /// Remaining count (-1: forever).
        left: i64,
    },
    /// `accumulate(it, func, initial=)`
    Accumulate {
        /// Inner iterator.
        it: Value,
        /// Function (None: +).
        func: Value,
        /// Running total (Undef before the first).
        total: Value,
    },
    /// `takewhile` / `dropwhile` / `filterfalse`
    Predicate {
        /// Which one: 0 takewhile, 1 dropwhile, 2 filterfalse.
        kind: u8,
        /// Predicate.
        pred: Value,
        /// Inner iterator.
        it: Value,
        /// takewhile: stopped; dropwhile: done dropping.
        flag: bool,
    },
    /// `zip_longest(*its, fillvalue=)`
    ZipLongest {
        /// Inner iterators (None once exhausted).
        its: Vec<Value>,
        /// Fill value.
        fill: Value,
    },
    /// `starmap(f, it)`
    Starmap {
        /// Function.
        func: Value,
        /// Inner iterator.
        it: Value,
    },
    /// `compress(data, selectors)`
    Compress {
        /// Data iterator.
        data: Value,
        /// Selector iterator.
        sel: Value,
    },
    /// `pairwise(it)`
    Pairwise {
        /// Inner iterator.
        it: Value,
        /// Previous item (Undef at start).
        prev: Value,
    },
    /// `groupby(it, key)`: groups are materialized as lists when reached.
    GroupBy {
        /// Inner iterator.
        it: Value,
        /// Key function (None: identity).
        key: Value,
        /// Lookahead (item, key), Undef when none.
        pending: (Value, Value),
    },
    /// product / permutations / combinations over pools, by indices.
    Combinatoric {
        /// Which generator.
        kind: Combi,
        /// Pools (one per position for product; a single pool otherwise).
        pools: Vec<Vec<Value>>,
        /// Current indices.
        idx: Vec<usize>,
        /// permutations: cycles.
        cycles: Vec<usize>,
        /// r
        r: usize,
        /// Whether the first tuple was produced.
        started: bool,
    },
}

impl ItState {
    pub(super) fn byte_size(&self) -> usize {
        let v = std::mem::size_of::<Value>();
        match self {
            Self::Chain { rest, .. } => rest.len() * v,
            Self::Cycle { saved, .. } => saved.len() * v,
            Self::ZipLongest { its, .. } => its.len() * v,
            Self::Combinatoric { pools, idx, .. } => pools.iter().map(Vec::len).sum::<usize>() * v + idx.len() * 16,
            _ => 0,
        }
    }

    pub(super) fn for_each_value(&self, f: &mut impl FnMut(Value)) {
        match self {
            Self::Chain { rest, cur, source } => {
                rest.iter().for_each(|&x| f(x));
                f(*cur);
                f(*source);
            }
            Self::Islice { it, .. }
            | Self::Pairwise { it, prev: _ }
            | Self::Cycle { it, .. }
            | Self::Starmap { it, .. } => {
                f(*it);
                match self {
                    Self::Cycle { saved, .. } => saved.iter().for_each(|&x| f(x)),
                    Self::Starmap { func, .. } => f(*func),
                    Self::Pairwise { prev, .. } => f(*prev),
                    _ => {}
                }
            }
            Self::Count { cur, step } => {
                f(*cur);
                f(*step);
            }
            Self::Repeat { obj, .. } => f(*obj),
            Self::Accumulate { it, func, total } => {
                f(*it);
                f(*func);
                f(*total);
            }
            Self::Predicate { pred, it, .. } => {
                f(*pred);
                f(*it);
            }
            Self::ZipLongest { its, fill } => {
                its.iter().for_each(|&x| f(x));
                f(*fill);
            }
            Self::Compress { data, sel } => {
                f(*data);
                f(*sel);
            }
            Self::GroupBy { it, key, pending } => {
                f(*it);
                f(*key);
                f(pending.0);
                f(pending.1);
            }
            Self::Combinatoric { pools, .. } => pools.iter().flatten().for_each(|&x| f(x)),
        }
    }

    /// Whether a combinatoric state is internally consistent (a loaded snapshot
    /// could hold any indices; an inconsistent iterator reads as exhausted).
    fn sane(&self) -> bool {
        let Self::Combinatoric {
            kind,
            pools,
            idx,
            cycles,
            r,
            ..
        } = self
        else {
            return true;
        };
        if *r == usize::MAX {
            return true;
        }
        match kind {
            Combi::Product => {
                pools.len() == idx.len()
                    && *r == idx.len()
                    && idx.iter().zip(pools).all(|(&i, p)| i < p.len() || p.is_empty())
            }
            Combi::Permutations => {
                let n = pools.first().map_or(0, Vec::len);
                pools.len() == 1
                    && idx.len() == n
                    && idx.iter().all(|&i| i < n)
                    && cycles.len() == (*r).min(n)
                    && cycles.iter().enumerate().all(|(i, &c)| c >= 1 && c <= n - i)
            }
            Combi::Combinations | Combi::WithReplacement => {
                let n = pools.first().map_or(0, Vec::len);
                pools.len() == 1 && idx.len() == *r && idx.iter().all(|&i| i < n || n == 0)
            }
        }
    }

    pub(super) fn name(&self) -> &'static str {
        match self {
            Self::Chain { .. } => "chain",
            Self::Islice { .. } => "islice",
            Self::Count { .. } => "count",
            Self::Cycle { .. } => "cycle",
            Self::Repeat { .. } => "repeat",
            Self::Accumulate { .. } => "accumulate",
            Self::Predicate { kind: 0, .. } => "takewhile",
            Self::Predicate { kind: 1, .. } => "dropwhile",
            Self::Predicate { .. } => "filterfalse",
            Self::ZipLongest { .. } => "zip_longest",
            Self::Starmap { .. } => "starmap",
            Self::Compress { .. } => "compress",
            Self::Pairwise { .. } => "pairwise",
            Self::GroupBy { .. } => "groupby",
            Self::Combinatoric { kind, .. } => match kind {
                Combi::Product => "product",
                Combi::Permutations => "permutations",
                Combi::Combinations => "combinations",
                Combi::WithReplacement => "combinations_with_replacement",
            },
        }
    }
}

fn alloc(vm: &mut Vm<'_, '_>, s: ItState) -> RunResult<Value> {
    vm.heap.alloc(Obj::Std(StdObj::Iter(Box::new(s))))
}

fn chain(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    for &v in &args.pos {
        if !vm.is_iterable(v) && !is_std_iter(vm, v) {
            return Err(crate::exceptions::messages::not_iterable(vm.type_name(v)));
        }
    }
    let mut rest = args.pos;
    rest.reverse();
    alloc(
        vm,
        ItState::Chain {
            rest,
            cur: Value::None,
            source: Value::None,
        },
    )
}

fn is_std_iter(vm: &Vm<'_, '_>, v: Value) -> bool {
    matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Std(s) if s.is_iterator()))
}

fn islice(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let n = args.pos.len();
    if !(2..=4).contains(&n) {
        return Err(crate::exceptions::messages::arity("islice", 2, 4, n));
    }
    let it = vm.get_iter(args.pos[0])?;
    let part = |vm: &Vm<'_, '_>, v: Value, what: &str| -> RunResult<Option<i64>> {
        if v == Value::None {
            return Ok(None);
        }
        match vm.index_of(v) {
            Some(i) if i >= 0 => Ok(Some(i)),
            _ => Err(exc(
                ExcType::ValueError,
                format!("{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."),
            )),
        }
    };
    let (start, stop, step) = if n == 2 {
        (0, part(vm, args.pos[1], "Stop")?, 1)
    } else {
        let start = part(vm, args.pos[1], "Indices")?.unwrap_or(0);
        let stop = part(vm, args.pos[2], "Stop")?;
        let step = match args.pos.get(3) {
            Some(&v) if v != Value::None => match vm.index_of(v) {
                Some(i) if i >= 1 => i,
                _ => {
                    return Err(exc(
                        ExcType::ValueError,
                        "Step for islice() must be a positive integer or None.",
                    ));
                }
            },
            _ => 1,
        };
        (start, stop, step)
    };
    alloc(
        vm,
        ItState::Islice {
            it,
            pos: 0,
            next: start,
            stop: stop.unwrap_or(-1),
            step,
        },
    )
}

fn count(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let start = args.take_kw(vm, "start");
    let step = args.take_kw(vm, "step");
    args.finish_kw(vm)?;
    let a = args.range(0, 2)?.to_vec();
    let cur = a.first().copied().or(start).unwrap_or(Value::Int(0));
    let step = a.get(1).copied().or(step).unwrap_or(Value::Int(1));
    for v in [cur, step] {
        if vm.num(v).is_none() {
            return Err(exc(ExcType::TypeError, "a number is required"));
        }
    }
    alloc(vm, ItState::Count { cur, step })
}

fn cycle(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let it = vm.get_iter(v)?;
    alloc(
        vm,
        ItState::Cycle {
            it,
            saved: Vec::new(),
            idx: 0,
        },
    )
}

fn repeat(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let times = args.take_kw(vm, "times");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    let left = match a.get(1).copied().or(times) {
        None => -1,
        Some(v) => vm.expect_index(v)?.max(0),
    };
    alloc(vm, ItState::Repeat { obj: a[0], left })
}

fn accumulate(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let initial = args.take_kw(vm, "initial");
    let func_kw = args.take_kw(vm, "func");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    let it = vm.get_iter(a[0])?;
    let func = a.get(1).copied().or(func_kw).unwrap_or(Value::None);
    let total = match initial {
        Some(v) if v != Value::None => {
            // the initial value is yielded first: chain it in front
            let one = vm.heap.alloc_tuple(vec![v])?;
            let first = vm.get_iter(one)?;
            let chained = alloc(
                vm,
                ItState::Chain {
                    rest: vec![it, first],
                    cur: Value::None,
                    source: Value::None,
                },
            )?;
            return alloc(
                vm,
                ItState::Accumulate {
                    it: chained,
                    func,
                    total: Value::Undef,
                },
            );
        }
        _ => Value::Undef,
    };
    alloc(vm, ItState::Accumulate { it, func, total })
}

fn predicate(vm: &mut Vm<'_, '_>, args: &Args, kind: u8) -> RunResult<Value> {
    args.no_kw()?;
    let a = args.pos.as_slice();
    if a.len() != 2 {
        let name = ["takewhile", "dropwhile", "filterfalse"][usize::from(kind)];
        return Err(exc(
            ExcType::TypeError,
            format!("{name} expected 2 arguments, got {}", a.len()),
        ));
    }
    let it = vm.get_iter(a[1])?;
    alloc(
        vm,
        ItState::Predicate {
            kind,
            pred: a[0],
            it,
            flag: false,
        },
    )
}

fn takewhile(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    predicate(vm, &args, 0)
}

fn dropwhile(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    predicate(vm, &args, 1)
}

fn filterfalse(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    predicate(vm, &args, 2)
}

fn zip_longest(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let fill = args.take_kw(vm, "fillvalue").unwrap_or(Value::None);
    if let Some((k, _)) = args.kw.first() {
        let _ = k;
        return Err(exc(
            ExcType::TypeError,
            "zip_longest() got an unexpected keyword argument",
        ));
    }
    let mut its = Vec::with_capacity(args.pos.len());
    for &v in &args.pos {
        its.push(vm.get_iter(v)?);
    }
    alloc(vm, ItState::ZipLongest { its, fill })
}

fn starmap(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let it = vm.get_iter(a[1])?;
    alloc(vm, ItState::Starmap { func: a[0], it })
}

fn compress(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let data = vm.get_iter(a[0])?;
    let sel = vm.get_iter(a[1])?;
    alloc(vm, ItState::Compress { data, sel })
}

fn pairwise(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let it = vm.get_iter(v)?;
    alloc(vm, ItState::Pairwise { it, prev: Value::Undef })
}

fn groupby(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let key_kw = args.take_kw(vm, "key");
    let it_kw = args.take_kw(vm, "iterable");
    args.finish_kw(vm)?;
    let a = args.range(0, 2)?.to_vec();
    let Some(src) = a.first().copied().or(it_kw) else {
        return Err(exc(
            ExcType::TypeError,
            "groupby() missing required argument 'iterable' (pos 1)",
        ));
    };
    let it = vm.get_iter(src)?;
    let key = a.get(1).copied().or(key_kw).unwrap_or(Value::None);
    alloc(
        vm,
        ItState::GroupBy {
            it,
            key,
            pending: (Value::Undef, Value::Undef),
        },
    )
}

fn pool(vm: &mut Vm<'_, '_>, v: Value) -> RunResult<Vec<Value>> {
    vm.collect(v)
}

fn r_arg(vm: &Vm<'_, '_>, v: Value) -> RunResult<usize> {
    let r = vm.expect_index(v)?;
    usize::try_from(r).map_err(|_| exc(ExcType::ValueError, "r must be non-negative"))
}

fn product(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let rep = args.take_kw(vm, "repeat");
    args.finish_kw(vm)?;
    let rep = match rep {
        Some(v) => usize::try_from(vm.expect_index(v)?)
            .map_err(|_| exc(ExcType::ValueError, "repeat argument cannot be negative"))?,
        None => 1,
    };
    let mut base = Vec::new();
    for &v in &args.pos {
        base.push(pool(vm, v)?);
    }
    let mut pools = Vec::new();
    for _ in 0..rep {
        pools.extend(base.iter().cloned());
    }
    let r = pools.len();
    alloc(
        vm,
        ItState::Combinatoric {
            kind: Combi::Product,
            pools,
            idx: vec![0; r],
            cycles: Vec::new(),
            r,
            started: false,
        },
    )
}

fn combinatoric(vm: &mut Vm<'_, '_>, mut args: Args, kind: Combi) -> RunResult<Value> {
    let r_kw = args.take_kw(vm, "r");
    args.finish_kw(vm)?;
    let (min, max) = if kind == Combi::Permutations { (1, 2) } else { (2, 2) };
    let a = args.range(min, max)?.to_vec();
    let items = pool(vm, a[0])?;
    let n = items.len();
    let r = match a.get(1).copied().or(r_kw) {
        Some(Value::None) | None => n,
        Some(v) => r_arg(vm, v)?,
    };
    let (idx, cycles) = match kind {
        Combi::Permutations => ((0..n).collect(), (0..r.min(n)).map(|i| n - i).collect()),
        Combi::Combinations => ((0..r).collect(), Vec::new()),
        Combi::WithReplacement | Combi::Product => (vec![0; r], Vec::new()),
    };
    alloc(
        vm,
        ItState::Combinatoric {
            kind,
            pools: vec![items],
            idx,
            cycles,
            r,
            started: false,
        },
    )
}

fn permutations(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    combinatoric(vm, args, Combi::Permutations)
}

fn combinations(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    combinatoric(vm, args, Combi::Combinations)
}

fn combinations_with_replacement(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    combinatoric(vm, args, Combi::WithReplacement)
}

/// Advance the indices of a combinatoric generator; false when exhausted.
fn advance(kind: Combi, pools: &[Vec<Value>], idx: &mut [usize], cycles: &mut [usize], r: usize) -> bool {
    match kind {
        Combi::Product => {
            for i in (0..idx.len()).rev() {
                idx[i] += 1;
                if idx[i] < pools[i].len() {
                    return true;
                }
                idx[i] = 0;
            }
            false
        }
        Combi::Combinations => {
            let n = pools[0].len();
            let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                return false;
            };
            idx[i] += 1;
            for j in i + 1..r {
                idx[j] = idx[j - 1] + 1;
            }
            true
        }
        Combi::WithReplacement => {
            let n = pools[0].len();
            let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                return false;
            };
            let v = idx[i] + 1;
            for x in &mut idx[i..] {
                *x = v;
            }
            true
        }
        Combi::Permutations => {
            let n = pools[0].len();
            for i in (0..r).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    let moved = idx[i];
                    idx[i..].rotate_left(1);
                    idx[n - 1] = moved;
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    idx.swap(i, n - j);
                    return true;
                }
            }
            false
        }
    }
}

/// `next()` of an itertools iterator.
pub(super) fn next(vm: &mut Vm<'_, '_>, id: HeapId) -> RunResult<Option<Value>> {
    let Obj::Std(StdObj::Iter(st)) = vm.heap.get(id) else {
        return Err(exc(ExcType::TypeError, "not an iterator"));
    };
    let mut st = (**st).clone();
    if !st.sane() {
        return Ok(None);
    }
    // the state's values stay rooted while Python callbacks run
    let base = vm.stack.len();
    st.for_each_value(&mut |v| vm.stack.push(v));
    let out = step(vm, &mut st);
    vm.stack.truncate(base);
    if let Obj::Std(StdObj::Iter(slot)) = vm.heap.get_mut(id) {
        **slot = st;
    }
    out
}

#[allow(clippy::too_many_lines)]
fn step(vm: &mut Vm<'_, '_>, st: &mut ItState) -> RunResult<Option<Value>> {
    match st {
        ItState::Chain { rest, cur, source } => loop {
            vm.tick()?;
            if *cur != Value::None
                && let Some(v) = vm.iter_next(*cur)?
            {
                return Ok(Some(v));
            }
            let next_iterable = if *source == Value::None {
                rest.pop()
            } else {
                vm.iter_next(*source)?
            };
            match next_iterable {
                Some(x) => {
                    *cur = vm.get_iter(x)?;
                    vm.stack.push(*cur);
                }
                None => {
                    *cur = Value::None;
                    return Ok(None);
                }
            }
        },
        ItState::Islice {
            it,
            pos,
            next,
            stop,
            step,
        } => {
            if *stop >= 0 && *next >= *stop {
                // consume up to stop like CPython
                while *pos < *stop {
                    if vm.iter_next(*it)?.is_none() {
                        break;
                    }
                    *pos += 1;
                }
                *next = i64::MAX;
                *stop = 0;
                return Ok(None);
            }
            loop {
                vm.tick()?;
                let Some(v) = vm.iter_next(*it)? else {
                    *stop = 0;
                    *next = i64::MAX;
                    return Ok(None);
                };
                let here = *pos;
                *pos += 1;
                if here == *next {
                    *next = next.saturating_add(*step);
                    if *stop >= 0 && *next > *stop {
                        *next = *stop;
                    }
                    return Ok(Some(v));
                }
            }
        }
        ItState::Count { cur, step } => {
            let v = *cur;
            *cur = vm.binary_op(BinOp::Add, v, *step)?;
            Ok(Some(v))
        }
        ItState::Cycle { it, saved, idx } => {
            if *it != Value::None {
                if let Some(v) = vm.iter_next(*it)? {
                    vm.heap.charge(std::mem::size_of::<Value>())?;
                    saved.push(v);
                    return Ok(Some(v));
                }
                *it = Value::None;
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let v = saved[*idx % saved.len()];
            *idx = (*idx + 1) % saved.len();
            Ok(Some(v))
        }
        ItState::Repeat { obj, left } => {
            if *left == 0 {
                return Ok(None);
            }
            if *left > 0 {
                *left -= 1;
            }
            Ok(Some(*obj))
        }
        ItState::Accumulate { it, func, total } => {
            let Some(v) = vm.iter_next(*it)? else {
                return Ok(None);
            };
            let t = if *total == Value::Undef {
                v
            } else if *func == Value::None {
                vm.binary_op(BinOp::Add, *total, v)?
            } else {
                vm.call_sync(*func, vec![*total, v])?
            };
            *total = t;
            Ok(Some(t))
        }
        ItState::Predicate { kind, pred, it, flag } => loop {
            vm.tick()?;
            if *kind == 0 && *flag {
                return Ok(None);
            }
            let Some(v) = vm.iter_next(*it)? else {
                return Ok(None);
            };
            if *kind == 1 && *flag {
                return Ok(Some(v));
            }
            let t = if *kind == 2 && *pred == Value::None {
                vm.truthy(v)?
            } else {
                let r = vm.call_sync(*pred, vec![v])?;
                vm.truthy(r)?
            };
            match kind {
                0 => {
                    if t {
                        return Ok(Some(v));
                    }
                    *flag = true;
                    return Ok(None);
                }
                1 => {
                    if !t {
                        *flag = true;
                        return Ok(Some(v));
                    }
                }
                _ => {
                    if !t {
                        return Ok(Some(v));
                    }
                }
            }
        },
        ItState::ZipLongest { its, fill } => {
            if its.is_empty() || its.iter().all(|v| *v == Value::None) {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            let mut any = false;
            for slot in its.iter_mut() {
                if *slot == Value::None {
                    out.push(*fill);
                    continue;
                }
                match vm.iter_next(*slot)? {
                    Some(v) => {
                        any = true;
                        out.push(v);
                    }
                    None => {
                        *slot = Value::None;
                        out.push(*fill);
                    }
                }
            }
            if !any {
                its.clear();
                return Ok(None);
            }
            vm.heap.alloc_tuple(out).map(Some)
        }
        ItState::Starmap { func, it } => {
            let Some(v) = vm.iter_next(*it)? else {
                return Ok(None);
            };
            let args = vm.collect(v)?;
            vm.call_sync(*func, args).map(Some)
        }
        ItState::Compress { data, sel } => loop {
            vm.tick()?;
            let Some(d) = vm.iter_next(*data)? else {
                return Ok(None);
            };
            let Some(s) = vm.iter_next(*sel)? else {
                return Ok(None);
            };
            if vm.truthy(s)? {
                return Ok(Some(d));
            }
        },
        ItState::Pairwise { it, prev } => {
            if *prev == Value::Undef {
                match vm.iter_next(*it)? {
                    Some(v) => *prev = v,
                    None => return Ok(None),
                }
            }
            let Some(v) = vm.iter_next(*it)? else {
                return Ok(None);
            };
            let pair = vm.heap.alloc_tuple(vec![*prev, v])?;
            *prev = v;
            Ok(Some(pair))
        }
        ItState::GroupBy { it, key, pending } => {
            let (first, k) = if pending.0 == Value::Undef {
                let Some(v) = vm.iter_next(*it)? else {
                    return Ok(None);
                };
                let k = if *key == Value::None {
                    v
                } else {
                    vm.call_sync(*key, vec![v])?
                };
                (v, k)
            } else {
                *pending
            };
            vm.stack.push(first);
            vm.stack.push(k);
            let mut group = vec![first];
            *pending = (Value::Undef, Value::Undef);
            while let Some(v) = vm.iter_next(*it)? {
                vm.tick()?;
                let vk = if *key == Value::None {
                    v
                } else {
                    vm.call_sync(*key, vec![v])?
                };
                if vm.eq(vk, k)? {
                    vm.stack.push(v);
                    group.push(v);
                } else {
                    *pending = (v, vk);
                    break;
                }
            }
            let list = vm.heap.alloc_list(group)?;
            let g = vm.get_iter(list)?;
            vm.heap.alloc_tuple(vec![k, g]).map(Some)
        }
        ItState::Combinatoric {
            kind,
            pools,
            idx,
            cycles,
            r,
            started,
        } => {
            if *r == usize::MAX {
                return Ok(None);
            }
            let n = pools.first().map_or(0, Vec::len);
            if *started {
                if !advance(*kind, pools, idx, cycles, *r) {
                    // stay exhausted
                    *r = usize::MAX;
                    return Ok(None);
                }
            } else {
                *started = true;
                let empty = match kind {
                    Combi::Product => pools.iter().any(Vec::is_empty),
                    Combi::Permutations | Combi::Combinations => *r > n,
                    Combi::WithReplacement => n == 0 && *r > 0,
                };
                if empty {
                    *r = usize::MAX;
                    return Ok(None);
                }
            }
            let items: Vec<Value> = match kind {
                Combi::Product => idx.iter().enumerate().map(|(i, &j)| pools[i][j]).collect(),
                _ => idx[..*r].iter().map(|&j| pools[0][j]).collect(),
            };
            vm.tick_many(items.len())?;
            vm.heap.alloc_tuple(items).map(Some)
        }
    }
}
