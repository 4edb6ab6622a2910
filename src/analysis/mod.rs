//! Whole-catalog analysis: what a policy set allows across every API (`matrix`), what an edit changed (`diff`),
//! and the minimal policy for a chosen set of APIs (`generate`).

mod diff;
mod fix;
mod generate;
mod matrix;

pub use diff::{diff, DiffRow};
pub use fix::{fixes, Fix};
pub use generate::{generate, GeneratorInput};
pub use matrix::{matrix, matrix_by_definition, MatrixRow};
