//! `int` (and `bool`) methods.

use num_bigint::BigInt;
use num_traits::Signed;

use super::super::args::Args;
use crate::exceptions::{RunError, RunResult};
use crate::object::value::Value;
use crate::vm::{NumPub as Num, Vm};

fn big(vm: &Vm<'_, '_>, v: Value) -> RunResult<BigInt> {
    match vm.num(v) {
        Some(Num::Int(i)) => Ok(BigInt::from(i)),
        Some(Num::Big(b)) => Ok(b),
        _ => Err(RunError::Internal("int method on non-int")),
    }
}

pub(crate) fn bit_length(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let b = big(vm, this)?;
    Ok(Value::Int(i64::try_from(b.abs().bits()).unwrap_or(i64::MAX)))
}

pub(crate) fn bit_count(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let b = big(vm, this)?;
    let ones: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::Int(i64::try_from(ones).unwrap_or(i64::MAX)))
}

pub(crate) fn conjugate(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let b = big(vm, this)?;
    vm.int_value(b)
}

pub(crate) fn as_integer_ratio(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let b = big(vm, this)?;
    let n = vm.int_value(b)?;
    vm.heap.alloc_tuple(vec![n, Value::Int(1)])
}
