//! The policy model: what a CAM policy says, every element with the span it was read from.

mod action_index;
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

pub use crate::text::policy::{Effect, ElementsOf, PolicyText, StatementElement};
pub use action_index::LazyActionIndex;
pub use operator::{Comparison, Family, Operator, SetQualifier, UnknownOperator};
pub use parse::{parse_policy, MAX_POLICY_CHARS};
pub use refusal::cam_error_code;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// Which set a policy is in: the principal's policies, or its permissions boundary, which caps what they allow
/// (rule E5). Written `policy` / `boundary` in the public JSON (`source`), in tab names and in share links.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicySet {
    #[default]
    Policy,
    Boundary,
}

impl PolicySet {
    pub const ALL: [PolicySet; 2] = [PolicySet::Policy, PolicySet::Boundary];

    /// The set's stable name: `policy`, `boundary`.
    pub fn as_str(self) -> &'static str {
        match self {
            PolicySet::Policy => "policy",
            PolicySet::Boundary => "boundary",
        }
    }
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
