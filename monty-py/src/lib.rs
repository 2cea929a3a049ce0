//! Python bindings for Monty.
