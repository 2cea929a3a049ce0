//! `complex` methods.

use super::super::args::Args;
use crate::exceptions::{RunError, RunResult};
use crate::object::complex::Complex;
use crate::object::value::Value;
use crate::vm::Vm;

/// `z.conjugate()`: the same real part, the imaginary part negated.
pub(crate) fn conjugate(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let c = vm
        .complex_of(this)
        .ok_or(RunError::Internal("complex method on non-complex"))?;
    vm.new_complex(Complex::new(c.re, -c.im))
}
