//! Host functions and capability sets (see issue: capabilities).
