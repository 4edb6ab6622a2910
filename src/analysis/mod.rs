//! Whole-catalog analysis: what a policy set allows across every API (`matrix`), what an edit changed (`diff`),
//! the minimal policy for a chosen set of APIs (`generate`), and the CI gates over the matrix (`gate`: new access,
//! access a pattern forbids).

mod diff;
mod done;
pub(crate) mod fix;
mod gate;
mod generate;
mod matrix;

pub use diff::{
    compared_resource_ids, diff, Diff, DiffRow, ResourceId, Snapshot, RESOURCE_IDS_COMPARED_AT_MOST,
};
pub use done::Done;
pub use fix::{fixes, searched as fixes_searched, Fix, FixText, FIXES_SEARCHED_UP_TO_BYTES};
pub use gate::{never_allowed, new_access, Access};
pub use generate::{generate, owner_for, FieldReport, GeneratorFields, GeneratorInput};
pub use matrix::{matrix, matrix_by_definition, workspace_matrix, MatrixRow};
