//! The pieces of the `monty` command line.

pub(crate) mod grants;
