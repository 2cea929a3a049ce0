//! `operator`: the operator functions and `itemgetter`/`attrgetter`/`methodcaller`.

use serde::{Deserialize, Serialize};

use super::{Member, ModuleSpec, StdObj, TypeSpec};
use crate::builtins::args::Args;
use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("itemgetter", Member::Type(TypeId::ItemGetter)),
        ("attrgetter", Member::Type(TypeId::AttrGetter)),
        ("methodcaller", Member::Type(TypeId::MethodCaller)),
        ("add", Member::Fn(add)),
        ("sub", Member::Fn(sub)),
        ("mul", Member::Fn(mul)),
        ("truediv", Member::Fn(truediv)),
        ("floordiv", Member::Fn(floordiv)),
        ("mod", Member::Fn(mod_)),
        ("pow", Member::Fn(pow)),
        ("and_", Member::Fn(and_)),
        ("or_", Member::Fn(or_)),
        ("xor", Member::Fn(xor)),
        ("lshift", Member::Fn(lshift)),
        ("rshift", Member::Fn(rshift)),
        ("matmul", Member::Fn(matmul)),
        ("concat", Member::Fn(concat)),
        ("eq", Member::Fn(eq)),
        ("ne", Member::Fn(ne)),
        ("lt", Member::Fn(lt)),
        ("le", Member::Fn(le)),
        ("gt", Member::Fn(gt)),
        ("ge", Member::Fn(ge)),
        ("is_", Member::Fn(is_)),
        ("is_not", Member::Fn(is_not)),
        ("contains", Member::Fn(contains)),
        ("neg", Member::Fn(neg)),
        ("pos", Member::Fn(pos)),
        ("invert", Member::Fn(invert)),
        ("inv", Member::Fn(invert)),
        ("not_", Member::Fn(not_)),
        ("truth", Member::Fn(truth)),
        ("abs", Member::Fn(abs)),
        ("index", Member::Fn(index)),
        ("getitem", Member::Fn(getitem)),
        ("setitem", Member::Fn(setitem)),
        ("delitem", Member::Fn(delitem)),
        ("countOf", Member::Fn(count_of)),
        ("indexOf", Member::Fn(index_of)),
    ],
    all: None,
};

/// `operator.itemgetter`
pub(super) static ITEMGETTER: TypeSpec = TypeSpec {
    ty: TypeId::ItemGetter,
    methods: &[],
    construct: Some(new_itemgetter),
};

/// `operator.attrgetter`
pub(super) static ATTRGETTER: TypeSpec = TypeSpec {
    ty: TypeId::AttrGetter,
    methods: &[],
    construct: Some(new_attrgetter),
};

/// `operator.methodcaller`
pub(super) static METHODCALLER: TypeSpec = TypeSpec {
    ty: TypeId::MethodCaller,
    methods: &[],
    construct: Some(new_methodcaller),
};

/// Which getter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum GetterKind {
    /// `itemgetter(*items)`
    Item,
    /// `attrgetter(*names)`
    Attr,
    /// `methodcaller(name, *args, **kwargs)`
    Method,
}

/// An itemgetter/attrgetter/methodcaller.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Getter {
    /// Which one.
    pub kind: GetterKind,
    /// Items, names, or (name, args...).
    pub args: Vec<Value>,
    /// methodcaller keyword arguments.
    pub kw: Vec<(Value, Value)>,
}

impl Getter {
    pub(super) fn type_id(&self) -> TypeId {
        match self.kind {
            GetterKind::Item => TypeId::ItemGetter,
            GetterKind::Attr => TypeId::AttrGetter,
            GetterKind::Method => TypeId::MethodCaller,
        }
    }
}

fn alloc(vm: &mut Vm<'_, '_>, kind: GetterKind, args: Vec<Value>, kw: Vec<(Value, Value)>) -> RunResult<Value> {
    vm.heap
        .alloc(Obj::Std(StdObj::Getter(Box::new(Getter { kind, args, kw }))))
}

fn new_itemgetter(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    if args.pos.is_empty() {
        return Err(exc(ExcType::TypeError, "itemgetter expected 1 argument, got 0"));
    }
    alloc(vm, GetterKind::Item, args.pos, Vec::new())
}

fn new_attrgetter(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    if args.pos.is_empty() {
        return Err(exc(ExcType::TypeError, "attrgetter expected 1 argument, got 0"));
    }
    for &a in &args.pos {
        if vm.str_of(a).is_none() {
            return Err(exc(ExcType::TypeError, "attribute name must be a string"));
        }
    }
    alloc(vm, GetterKind::Attr, args.pos, Vec::new())
}

fn new_methodcaller(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    match args.pos.first() {
        Some(&n) if vm.str_of(n).is_some() => {}
        Some(_) => return Err(exc(ExcType::TypeError, "method name must be a string")),
        None => {
            return Err(exc(
                ExcType::TypeError,
                "methodcaller needs at least one argument, the method name",
            ));
        }
    }
    alloc(vm, GetterKind::Method, args.pos, args.kw)
}

fn attr_path(vm: &mut Vm<'_, '_>, mut obj: Value, path: &str) -> RunResult<Value> {
    for part in path.split('.') {
        obj = vm.load_attr(obj, part)?;
    }
    Ok(obj)
}

/// Call a getter object.
pub(super) fn call(vm: &mut Vm<'_, '_>, id: HeapId, pos: Vec<Value>, kw: &[(Value, Value)]) -> RunResult<Value> {
    let Obj::Std(StdObj::Getter(g)) = vm.heap.get(id) else {
        return Ok(Value::None);
    };
    let g = (**g).clone();
    let name = match g.kind {
        GetterKind::Item => "itemgetter",
        GetterKind::Attr => "attrgetter",
        GetterKind::Method => "methodcaller",
    };
    if !kw.is_empty() {
        return Err(exc(ExcType::TypeError, format!("{name}() takes no keyword arguments")));
    }
    let [obj] = pos.as_slice() else {
        return Err(exc(
            ExcType::TypeError,
            format!("{name} expected 1 argument, got {}", pos.len()),
        ));
    };
    let obj = *obj;
    match g.kind {
        GetterKind::Item => {
            if let [one] = g.args.as_slice() {
                return vm.getitem(obj, *one);
            }
            let mut out = Vec::with_capacity(g.args.len());
            for &k in &g.args {
                out.push(vm.getitem(obj, k)?);
            }
            vm.heap.alloc_tuple(out)
        }
        GetterKind::Attr => {
            let mut out = Vec::with_capacity(g.args.len());
            for &n in &g.args {
                let path = vm.str_of(n).unwrap_or("").to_owned();
                out.push(attr_path(vm, obj, &path)?);
            }
            if out.len() == 1 {
                return Ok(out[0]);
            }
            vm.heap.alloc_tuple(out)
        }
        GetterKind::Method => {
            let mname = g.args.first().and_then(|&n| vm.str_of(n)).unwrap_or("").to_owned();
            let m = vm.load_attr(obj, &mname)?;
            vm.call_sync_kw(m, g.args[1..].to_vec(), g.kw.clone())
        }
    }
}

/// `repr()` of a getter.
pub(super) fn repr(vm: &mut Vm<'_, '_>, g: &Getter) -> RunResult<String> {
    let name = match g.kind {
        GetterKind::Item => "itemgetter",
        GetterKind::Attr => "attrgetter",
        GetterKind::Method => "methodcaller",
    };
    let mut parts = Vec::new();
    for &a in &g.args {
        parts.push(vm.repr(a)?);
    }
    for &(k, v) in &g.kw {
        parts.push(format!("{}={}", vm.str(k)?, vm.repr(v)?));
    }
    Ok(format!("operator.{name}({})", parts.join(", ")))
}

fn two(args: &Args) -> RunResult<(Value, Value)> {
    let a = args.range(2, 2)?;
    Ok((a[0], a[1]))
}

macro_rules! binops {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
            let (a, b) = two(&args)?;
            vm.binary_op($op, a, b)
        })*
    };
}

binops! {
    add => BinOp::Add;
    sub => BinOp::Sub;
    mul => BinOp::Mul;
    truediv => BinOp::TrueDiv;
    floordiv => BinOp::FloorDiv;
    mod_ => BinOp::Mod;
    pow => BinOp::Pow;
    and_ => BinOp::And;
    or_ => BinOp::Or;
    xor => BinOp::Xor;
    lshift => BinOp::LShift;
    rshift => BinOp::RShift;
    matmul => BinOp::MatMul;
}

fn concat(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (a, b) = two(&args)?;
    let seq = |vm: &Vm<'_, '_>, v: Value| matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_)));
    if !seq(vm, a) {
        return Err(exc(
            ExcType::TypeError,
            format!("'{}' object can't be concatenated", vm.type_name(a)),
        ));
    }
    vm.binary_op(BinOp::Add, a, b)
}

macro_rules! cmpops {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
            let (a, b) = two(&args)?;
            vm.compare_op($op, a, b)
        })*
    };
}

cmpops! {
    eq => CmpOp::Eq;
    ne => CmpOp::Ne;
    lt => CmpOp::Lt;
    le => CmpOp::Le;
    gt => CmpOp::Gt;
    ge => CmpOp::Ge;
    is_ => CmpOp::Is;
    is_not => CmpOp::IsNot;
}

fn contains(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (a, b) = two(&args)?;
    Ok(Value::Bool(vm.contains(a, b)?))
}

macro_rules! unops {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
            let a = args.one()?;
            vm.unary_op($op, a)
        })*
    };
}

unops! {
    neg => UnaryOp::Neg;
    pos => UnaryOp::Pos;
    invert => UnaryOp::Invert;
    not_ => UnaryOp::Not;
}

fn truth(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.one()?;
    Ok(Value::Bool(vm.truthy(a)?))
}

fn abs(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    crate::builtins::call_builtin(vm, crate::builtins::BuiltinId::Abs, args.pos, args.kw)
}

fn index(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.one()?;
    match vm.num(a) {
        Some(crate::vm::NumPub::Int(_) | crate::vm::NumPub::Big(_)) if !matches!(a, Value::Bool(_)) => Ok(a),
        Some(crate::vm::NumPub::Int(i)) => Ok(Value::Int(i)),
        _ => Err(exc(
            ExcType::TypeError,
            format!("'{}' object cannot be interpreted as an integer", vm.type_name(a)),
        )),
    }
}

fn getitem(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (a, b) = two(&args)?;
    vm.getitem(a, b)
}

fn setitem(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(3, 3)?.to_vec();
    vm.setitem(a[0], a[1], a[2])?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (a, b) = two(&args)?;
    vm.delitem(a, b)?;
    Ok(Value::None)
}

fn count_of(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (a, b) = two(&args)?;
    let items = vm.collect(a)?;
    let mut n = 0;
    for x in items {
        if vm.is(x, b) || vm.eq(x, b)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index_of(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (a, b) = two(&args)?;
    let items = vm.collect(a)?;
    for (i, x) in items.into_iter().enumerate() {
        if vm.is(x, b) || vm.eq(x, b)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(exc(ExcType::ValueError, "sequence.index(x): x not in sequence"))
}
