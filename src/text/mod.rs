//! Each phase's words as data: the typed kinds of its diagnostics (`JsonText`, `PolicyText`, `RequestText`,
//! `LintText`) with their parameters, and the few plain types they name (`JsonType`, `Effect`, `ValueProblem`).
//! They sit below `diagnostic`, which gathers them into one `Text`, and below the phases, which build them; the
//! locale tables (`i18n::{en,zh_cn}`) word them. Nothing here imports a phase.

pub mod json;
pub mod lint;
pub mod policy;
pub mod request;
pub mod value;
