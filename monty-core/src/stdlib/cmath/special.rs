//! What the cmath functions return for a non-finite argument (the special values
//! of C99 Annex G, as CPython returns them): one 7x7 table per function, indexed by
//! the [`Class`](super::Class) of the real and of the imaginary part. Recorded by
//! evaluating CPython 3.11 at one representative point per pair of classes; `U`
//! marks pairs of finite classes (never looked up) and pairs where CPython computes
//! the result or raises instead.

use std::f64::consts::{FRAC_PI_2 as P12, FRAC_PI_4 as P14, PI as P};

use super::Table;

const Z: f64 = 0.0;
const NZ: f64 = -0.0;
const ONE: f64 = 1.0;
const M1: f64 = -1.0;
const INF: f64 = f64::INFINITY;
const NINF: f64 = f64::NEG_INFINITY;
const N: f64 = f64::NAN;
const U: f64 = f64::NAN;
const NP: f64 = -P;
const NP12: f64 = -P12;
const NP14: f64 = -P14;
const P34: f64 = 0.75 * P;
const NP34: f64 = -0.75 * P;

/// `acos`
pub(super) static ACOS: Table = [
    [
        (P34, INF),
        (P, INF),
        (P, INF),
        (P, NINF),
        (P, NINF),
        (P34, NINF),
        (N, INF),
    ],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, NINF), (N, N)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, NINF), (P12, N)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, NINF), (P12, N)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, NINF), (N, N)],
    [
        (P14, INF),
        (Z, INF),
        (Z, INF),
        (Z, NINF),
        (Z, NINF),
        (P14, NINF),
        (N, INF),
    ],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, NINF), (N, N)],
];

/// `acosh`
pub(super) static ACOSH: Table = [
    [
        (INF, NP34),
        (INF, NP),
        (INF, NP),
        (INF, P),
        (INF, P),
        (INF, P34),
        (INF, N),
    ],
    [(INF, NP12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, NP12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, NP12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, NP12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [
        (INF, NP14),
        (INF, NZ),
        (INF, NZ),
        (INF, Z),
        (INF, Z),
        (INF, P14),
        (INF, N),
    ],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

/// `asinh`
pub(super) static ASINH: Table = [
    [
        (NINF, NP14),
        (NINF, NZ),
        (NINF, NZ),
        (NINF, Z),
        (NINF, Z),
        (NINF, P14),
        (NINF, N),
    ],
    [(NINF, NP12), (U, U), (U, U), (U, U), (U, U), (NINF, P12), (N, N)],
    [(NINF, NP12), (U, U), (U, U), (U, U), (U, U), (NINF, P12), (N, N)],
    [(INF, NP12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, NP12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [
        (INF, NP14),
        (INF, NZ),
        (INF, NZ),
        (INF, Z),
        (INF, Z),
        (INF, P14),
        (INF, N),
    ],
    [(INF, N), (N, N), (N, NZ), (N, Z), (N, N), (INF, N), (N, N)],
];

/// `atanh`
pub(super) static ATANH: Table = [
    [
        (NZ, NP12),
        (NZ, NP12),
        (NZ, NP12),
        (NZ, P12),
        (NZ, P12),
        (NZ, P12),
        (NZ, N),
    ],
    [(NZ, NP12), (U, U), (U, U), (U, U), (U, U), (NZ, P12), (N, N)],
    [(NZ, NP12), (U, U), (U, U), (U, U), (U, U), (NZ, P12), (NZ, N)],
    [(Z, NP12), (U, U), (U, U), (U, U), (U, U), (Z, P12), (Z, N)],
    [(Z, NP12), (U, U), (U, U), (U, U), (U, U), (Z, P12), (N, N)],
    [(Z, NP12), (Z, NP12), (Z, NP12), (Z, P12), (Z, P12), (Z, P12), (Z, N)],
    [(Z, NP12), (N, N), (N, N), (N, N), (N, N), (Z, P12), (N, N)],
];

/// `cosh`
pub(super) static COSH: Table = [
    [(U, U), (NINF, INF), (INF, Z), (INF, NZ), (NINF, NINF), (U, U), (INF, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, Z)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, Z)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (NINF, NINF), (INF, NZ), (INF, Z), (NINF, INF), (U, U), (INF, N)],
    [(N, N), (N, N), (N, Z), (N, Z), (N, N), (N, N), (N, N)],
];

/// `exp`
pub(super) static EXP: Table = [
    [(Z, Z), (NZ, NZ), (Z, NZ), (Z, Z), (NZ, Z), (Z, Z), (Z, Z)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (NINF, NINF), (INF, NZ), (INF, Z), (NINF, INF), (U, U), (INF, N)],
    [(N, N), (N, N), (N, NZ), (N, Z), (N, N), (N, N), (N, N)],
];

/// `log`
pub(super) static LOG: Table = [
    [
        (INF, NP34),
        (INF, NP),
        (INF, NP),
        (INF, P),
        (INF, P),
        (INF, P34),
        (INF, N),
    ],
    [(INF, NP12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, NP12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, NP12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, NP12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [
        (INF, NP14),
        (INF, NZ),
        (INF, NZ),
        (INF, Z),
        (INF, Z),
        (INF, P14),
        (INF, N),
    ],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

/// `sinh`
pub(super) static SINH: Table = [
    [(U, U), (INF, NINF), (NINF, NZ), (NINF, Z), (INF, INF), (U, U), (INF, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (Z, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (Z, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (NINF, NINF), (INF, NZ), (INF, Z), (NINF, INF), (U, U), (INF, N)],
    [(N, N), (N, N), (N, NZ), (N, Z), (N, N), (N, N), (N, N)],
];

/// `sqrt`
pub(super) static SQRT: Table = [
    [
        (INF, NINF),
        (Z, NINF),
        (Z, NINF),
        (Z, INF),
        (Z, INF),
        (INF, INF),
        (N, INF),
    ],
    [(INF, NINF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, NINF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, NINF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, NINF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [
        (INF, NINF),
        (INF, NZ),
        (INF, NZ),
        (INF, Z),
        (INF, Z),
        (INF, INF),
        (INF, N),
    ],
    [(INF, NINF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];

/// `tanh`
pub(super) static TANH: Table = [
    [(M1, Z), (M1, Z), (M1, NZ), (M1, Z), (M1, NZ), (M1, Z), (M1, Z)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(ONE, Z), (ONE, Z), (ONE, NZ), (ONE, Z), (ONE, NZ), (ONE, Z), (ONE, Z)],
    [(N, N), (N, N), (N, NZ), (N, Z), (N, N), (N, N), (N, N)],
];

/// `rect`
pub(super) static RECT: Table = [
    [(U, U), (INF, INF), (NINF, Z), (NINF, NZ), (INF, NINF), (U, U), (INF, N)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(Z, Z), (U, U), (U, U), (U, U), (U, U), (Z, Z), (Z, Z)],
    [(Z, Z), (U, U), (U, U), (U, U), (U, U), (Z, Z), (Z, Z)],
    [(U, U), (U, U), (U, U), (U, U), (U, U), (U, U), (N, N)],
    [(U, U), (NINF, NINF), (INF, NZ), (INF, Z), (NINF, INF), (U, U), (INF, N)],
    [(N, N), (N, N), (N, Z), (N, Z), (N, N), (N, N), (N, N)],
];
