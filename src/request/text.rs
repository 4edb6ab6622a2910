//! The request diagnostics as data: each kind with its parameters. The words are in the locale tables
//! (`i18n::{en,zh_cn}`).

use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RequestText {}
