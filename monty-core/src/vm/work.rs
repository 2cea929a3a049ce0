//! SECURITY: charging native work to the time check.
//!
//! The VM ticks on calls and backward jumps and reads the clock every
//! `CHECK_PERIOD` ticks. A builtin whose running time grows with its input
//! (`s.count(t)`, `x in big_list`, `hash(t)`, `repr(s)`) is one tick but may take
//! milliseconds; a loop of them would then go thousands of times past the time
//! limit between two clock reads. These helpers charge such work up front, in
//! proportion to the input size, so the clock is read about as often per second
//! of native work as per second of bytecode.

use crate::exceptions::RunResult;
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

/// Bytes of str/bytes data a native loop walks per tick.
const BYTES_PER_TICK: usize = 64;
/// Items of a container a native loop visits per tick.
const ITEMS_PER_TICK: usize = 4;

impl Vm<'_, '_> {
    /// Charge the work of walking `v` once: its bytes for str/bytes, its items for containers.
    pub(crate) fn charge_walk(&mut self, v: Value) -> RunResult<()> {
        let units = match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(s) => s.len() / BYTES_PER_TICK,
                Obj::Bytes(b) | Obj::ByteArray(b) => b.len() / BYTES_PER_TICK,
                Obj::List(items) | Obj::Tuple(items) => items.len() / ITEMS_PER_TICK,
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.len() / ITEMS_PER_TICK,
                Obj::BigInt(b) => usize::try_from(b.bits() / 512).unwrap_or(usize::MAX),
                _ => 0,
            },
            _ => 0,
        };
        if units > 0 {
            self.tick_many(units)?;
        }
        Ok(())
    }

    /// Charge the work of builtin method `name`: walking a str/bytes receiver and
    /// its arguments, or a list/tuple receiver for the methods that scan it.
    pub(crate) fn charge_method(&mut self, name: &str, receiver: Value, args: &[Value]) -> RunResult<()> {
        let Value::Ref(id) = receiver else {
            return Ok(());
        };
        match self.heap.get(id) {
            // Growing or popping a bytearray at its end does not walk it: a loop of
            // `append` must stay linear. `extend` walks its argument only.
            Obj::ByteArray(_)
                if matches!(name, "append" | "extend" | "clear") || (name == "pop" && args.is_empty()) =>
            {
                for &a in args {
                    self.charge_walk(a)?;
                }
                Ok(())
            }
            Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                self.charge_walk(receiver)?;
                // Arguments: the needle of `count`/`find`, the items of `join`, ...
                for &a in args {
                    self.charge_walk(a)?;
                }
                Ok(())
            }
            Obj::List(_) | Obj::Tuple(_) if matches!(name, "index" | "count" | "remove" | "copy" | "insert") => {
                self.charge_walk(receiver)
            }
            _ => Ok(()),
        }
    }
}
