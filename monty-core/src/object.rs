//! Values, the heap and the built-in types.

pub mod class;
pub mod complex;
pub mod dict;
pub mod float_repr;
pub mod heap;
mod heap_check;
pub mod str_repr;
pub mod type_expr;
pub mod types;
pub mod value;
