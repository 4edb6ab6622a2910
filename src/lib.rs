//! The CAM policy playground engine: text → parse (spanned model + diagnostics) → evaluate (decision + trace)
//! → explain. No web dependencies: everything here compiles and is tested natively and for wasm32.
//! `ARCHITECTURE.md` maps the modules.

pub mod analysis;
pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
pub mod ci;
pub mod diagnostic;
pub mod embed;
pub mod eval;
pub mod examples;
pub mod explain;
pub mod fields;
pub mod form;
pub mod glob;
pub mod highlight;
pub mod i18n;
#[cfg(all(target_arch = "wasm32", feature = "js-api"))]
mod js_api;
pub mod json;
pub mod lint;
pub mod locale;
pub mod policy;
pub mod policy_kind;
pub mod request;
pub mod resource_name;
pub mod rules;
pub mod session;
pub mod share;
/// The JavaScript package's allocator (compiled natively for its tests).
#[cfg(any(test, all(target_arch = "wasm32", feature = "js-api")))]
mod size_classes;
pub mod span;
pub mod suggest;
pub mod suite;
#[cfg(not(target_arch = "wasm32"))]
pub mod terraform;
pub mod text;
pub mod vocabulary;
pub mod wire;
pub mod workspace;

/// A hash map for keys the engine builds itself (catalog names, verdict lists): they need no defence against
/// chosen keys, and SipHash's was a quarter of the matrix's time.
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;

pub use catalog::Catalog;
pub use diagnostic::{Diagnostic, Severity};
pub use eval::{evaluate, Decision, Evaluation};
pub use policy::{infer_kind, parse_policy, parse_policy_as, ParsedPolicy, Policy, PolicyKind};
pub use request::{parse_request, Request};
pub use workspace::{Workspace, WorkspaceResult};
