//! The policy model: what a CAM policy says, every element with the span it was read from.

mod action_index;
mod infer;
pub mod keys;
mod operator;
mod parse;
mod refusal;
pub mod values;
pub mod variables;

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::json::Span;
use crate::rules::Rule;

pub use crate::policy_kind::PolicyKind;
pub use crate::text::policy::{Effect, ElementsOf, PolicyText, StatementElement};
pub use action_index::LazyActionIndex;
pub use infer::{infer_kind, kind_after_edit};
pub use operator::{Comparison, Family, Operator, SetQualifier, UnknownOperator};
pub use parse::{parse_policy, parse_policy_as, MAX_BUCKET_POLICY_BYTES, MAX_POLICY_CHARS};
pub use refusal::cam_error_code;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Policy {
    pub statements: Vec<Statement>,
    /// Statements that could not be read; evaluation marks them *not evaluated*.
    pub invalid_statements: Vec<InvalidStatement>,
    pub span: Span,
    /// Which statements can concern an action, built on first use (`statements_for`).
    #[serde(skip)]
    pub action_index: LazyActionIndex,
}

impl Policy {
    pub fn new(
        statements: Vec<Statement>,
        invalid_statements: Vec<InvalidStatement>,
        span: Span,
    ) -> Self {
        Policy {
            statements,
            invalid_statements,
            span,
            action_index: LazyActionIndex::default(),
        }
    }

    /// The positions in `statements` of those that can concern `action`, ascending: every other statement's
    /// action patterns differ from it whatever the case, for no CHOICE rule. Indexed on the first call.
    pub fn statements_for(&self, action: &str) -> Vec<usize> {
        self.action_index.get(&self.statements).candidates(action)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InvalidStatement {
    pub index: usize,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statement {
    /// Position in the policy's `statement` list, 0-based.
    pub index: usize,
    pub span: Span,
    pub effect: Spanned<Effect>,
    pub actions: Vec<Spanned<String>>,
    pub resources: Vec<Spanned<String>>,
    pub conditions: Vec<ConditionBlock>,
    /// Who the statement names, in the kinds that name someone (trust and bucket policies, rules T2, B2): its
    /// own `principal`, or the policy's.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub principals: Vec<PrincipalName>,
    /// An element name or the effect had a first capital letter and was read as lowercase (rule G2).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub read_as_lowercase: bool,
}

/// One name of a `principal` element, under the key it was listed in.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PrincipalName {
    pub field: PrincipalField,
    pub value: Spanned<String>,
}

/// The keys of a `principal` (rule T2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PrincipalField {
    /// Accounts, users, groups and everyone: `qcs::cam::uin/<X>:root`, `*`, ….
    Qcs,
    /// Cloud services: `scf.qcloud.com`, ….
    Service,
    /// Identity providers: `qcs::cam::uin/<X>:saml-provider/<name>`.
    Federated,
}

impl PrincipalField {
    pub const ALL: [PrincipalField; 3] = [
        PrincipalField::Qcs,
        PrincipalField::Service,
        PrincipalField::Federated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PrincipalField::Qcs => "qcs",
            PrincipalField::Service => "service",
            PrincipalField::Federated => "federated",
        }
    }
}

/// One operator of a statement's `condition` and the keys under it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConditionBlock {
    pub name: Spanned<String>,
    pub operator: Result<Operator, UnknownOperator>,
    pub keys: Vec<ConditionKey>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConditionKey {
    pub name: Spanned<String>,
    pub values: Vec<Spanned<String>>,
}

/// A parsed policy document: the model when the JSON could be read, and everything worth telling about it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParsedPolicy {
    /// The kind the text was read as (rule K1).
    pub kind: PolicyKind,
    pub policy: Option<Policy>,
    pub diagnostics: Vec<Diagnostic>,
    /// CHOICE rules the reading relied on (a single statement object, G3; an ignored principal, G6; …).
    pub assumptions: Vec<Rule>,
}

impl ParsedPolicy {
    /// True when every statement was read: evaluation then sees the whole policy.
    pub fn is_complete(&self) -> bool {
        self.policy
            .as_ref()
            .is_some_and(|p| p.invalid_statements.is_empty())
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}
