//! Values, the heap and the built-in types.

pub mod float_repr;
pub mod str_repr;
