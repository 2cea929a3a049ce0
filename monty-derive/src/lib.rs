//! Procedural macros for Monty host functions.
