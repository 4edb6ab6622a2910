//! The trace: what the evaluator checked and why each check passed or failed. It is plain data; `explain`
//! turns it into sentences, the UI into a tree, `--format json` prints it as is.

use serde::Serialize;

use crate::json::Span;
use crate::policy::{Effect, Operator, PolicyKind};
use crate::rules::Rule;

/// Which statement: `policy` and `statement` are 0-based indexes in the order given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StatementRef {
    pub source: PolicyKind,
    pub policy: usize,
    pub statement: usize,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PolicyTrace {
    pub source: PolicyKind,
    pub policy: usize,
    /// For an SCP bound above the member account, the organization node it is bound to (rule O2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node: Option<crate::policy_kind::ScpNode>,
    pub statements: Vec<StatementTrace>,
}

impl PolicyTrace {
    /// The organization node an SCP is bound to: the member account's unless it says another (rule O2).
    pub fn scp_node(&self) -> &crate::policy_kind::ScpNode {
        const ACCOUNT: &crate::policy_kind::ScpNode = &crate::policy_kind::ScpNode::Account;
        self.node.as_ref().unwrap_or(ACCOUNT)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Action, resource and condition all match (for every requested resource).
    Matched,
    /// Matches some of several requested resources (rule R7).
    PartlyMatched,
    NotMatched,
    /// Could not be evaluated; the decision is not authoritative.
    NotEvaluated,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NotEvaluated {
    /// The statement has errors (see the policy's diagnostics).
    Invalid,
    /// A `permid/` action names a console feature set whose contents are not published (rule A3).
    PermId { action: String, span: Span },
    /// An unknown condition operator (rule C2).
    UnknownOperator {
        operator: String,
        span: Span,
        suggestion: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatementTrace {
    pub statement: usize,
    pub span: Span,
    pub effect: Option<Effect>,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_evaluated: Option<NotEvaluated>,
    pub action: ActionTrace,
    /// One entry per requested resource, in request order.
    pub resources: Vec<ResourceTrace>,
    pub condition: ConditionTrace,
    /// Who the statement names, against who is asking: trust and bucket policies only (rules T7, B2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principal: Option<PrincipalTrace>,
    /// Whether the statement applies to each requested resource. A decision-only evaluation leaves it empty
    /// for a statement whose action patterns all differ from the request's (it applies to none).
    pub matches: Vec<bool>,
    /// CHOICE rules this statement's outcome depended on.
    pub assumptions: Vec<Rule>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PrincipalTrace {
    /// Some name matches the caller (everyone included).
    pub matched: bool,
    /// Some name is everyone (`*`, `qcs::cam::anyone:anyone`, …).
    pub everyone: bool,
    /// Some name other than everyone names the caller: its account, itself, a group, its role, its service or
    /// its provider.
    pub names_caller: bool,
    pub checks: Vec<PrincipalCheck>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PrincipalCheck {
    pub field: crate::policy::PrincipalField,
    pub name: String,
    pub span: Span,
    pub verdict: PrincipalVerdict,
    pub assumptions: Vec<Rule>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PrincipalVerdict {
    /// Everyone, signed or not (rule B2).
    Everyone,
    /// The caller's account: its root, users and roles (rule T7).
    Account,
    /// The caller, a CAM user of the named account.
    User,
    /// A CAM user group the caller is in.
    Group,
    /// The caller's role.
    Role,
    /// The calling service.
    Service,
    /// The caller's identity provider.
    Provider,
    Different,
}

impl PrincipalVerdict {
    pub fn is_match(self) -> bool {
        self != PrincipalVerdict::Different
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ActionTrace {
    pub matched: bool,
    pub checks: Vec<ActionCheck>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActionCheck {
    pub pattern: String,
    pub span: Span,
    /// The pattern had the optional `name/` prefix (rule A2).
    pub name_prefix: bool,
    pub verdict: ActionVerdict,
    pub assumptions: Vec<Rule>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionVerdict {
    /// `*` or `*:*` (rule A1).
    Everything,
    Exact,
    Wildcard,
    Different,
    /// Would match if case were ignored (rule A4).
    CaseOnly,
    /// `permid/…` never matches (rule A3).
    PermId,
}

impl ActionVerdict {
    pub fn is_match(self) -> bool {
        matches!(
            self,
            ActionVerdict::Everything | ActionVerdict::Exact | ActionVerdict::Wildcard
        )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResourceTrace {
    /// The requested resource.
    pub resource: String,
    pub matched: bool,
    pub checks: Vec<ResourceCheck>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResourceCheck {
    pub pattern: String,
    pub span: Span,
    pub verdict: ResourceVerdict,
    /// Segment-by-segment comparison, for six-segment patterns against six-segment resources.
    pub segments: Vec<SegmentCheck>,
    pub assumptions: Vec<Rule>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceVerdict {
    /// The pattern is `*` (rule R1).
    Everything,
    /// Every segment matches.
    Matches,
    /// The API is operation level, so CAM checks `*`, which only the pattern `*` covers (rule R5).
    OperationLevel,
    /// The request names `*` (an action outside the catalog), which only the pattern `*` covers.
    RequestIsEverything,
    /// A segment differs; see `segments`.
    Different,
    /// The pattern is not a valid resource and never matches (rule R2).
    Malformed,
}

impl ResourceVerdict {
    pub fn is_match(self) -> bool {
        matches!(self, ResourceVerdict::Everything | ResourceVerdict::Matches)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    Qcs,
    Project,
    Service,
    Region,
    Account,
    Resource,
}

impl Segment {
    pub const ALL: [Segment; 6] = [
        Segment::Qcs,
        Segment::Project,
        Segment::Service,
        Segment::Region,
        Segment::Account,
        Segment::Resource,
    ];
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SegmentCheck {
    pub segment: Segment,
    /// The pattern's segment as evaluated (after variable substitution, where allowed).
    pub pattern: String,
    pub actual: String,
    pub result: SegmentResult,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentResult {
    Equal,
    /// The project segment is legacy and ignored (rule R3).
    Ignored,
    /// An empty service or region segment means every one (rule R3).
    Any,
    /// An empty account segment means the owner's root account (rule R3).
    OwnerAccount,
    Wildcard,
    /// Matched only because `*` spans a `/` (rule R4).
    AcrossSlash,
    /// `a/b/*` matches the directory `a/b` itself (rule R4).
    DirectoryItself,
    Different,
    /// Differs only in case; matching is case-sensitive (rule R8).
    CaseOnly,
    /// A variable in this segment is not substituted (rule V2), and the literal text differs.
    VariableNotSubstituted,
}

impl SegmentResult {
    pub fn is_match(self) -> bool {
        !matches!(
            self,
            SegmentResult::Different
                | SegmentResult::CaseOnly
                | SegmentResult::VariableNotSubstituted
        )
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ConditionTrace {
    /// True when there is no condition.
    pub matched: bool,
    pub blocks: Vec<BlockTrace>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BlockTrace {
    pub operator: String,
    pub span: Span,
    pub parsed: Option<Operator>,
    pub matched: bool,
    pub keys: Vec<KeyTrace>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeyTrace {
    pub key: String,
    pub span: Span,
    /// The request's values for the key; `None` when the request lacks it.
    pub request_values: Option<Vec<String>>,
    /// The request gave a list (multi-valued key).
    pub multi: bool,
    pub matched: bool,
    pub reason: KeyReason,
    pub values: Vec<ValueTrace>,
    /// Request values that could not be read as the operator's type.
    pub unreadable_request_values: Vec<Unreadable>,
    /// Where the request's values for the key came from, when not simply from its context (rules C8, C9).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<KeyOrigin>,
    pub assumptions: Vec<Rule>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum KeyOrigin {
    /// Rule C9: the action's product has no authorization by tag, so CAM has no tags to compare: the key is
    /// absent, and the values the request gives (`ignored`, possibly none) are not used.
    TagsNotSupported {
        product: String,
        ignored: Vec<String>,
    },
    /// Rule C8: `qcs:uin` / `qcs:owner_uin` absent from the context, taken from the request's principal.
    Principal { value: String },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unreadable {
    pub value: String,
    pub problem: crate::policy::values::ValueProblem,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum KeyReason {
    /// The key is absent: true with `_if_exist`, false otherwise (rule C3).
    Missing { if_exist: bool },
    /// `null_equal`: `expects_absent` is the policy's value; `absent` is the request's state.
    Null { expects_absent: bool, absent: bool },
    /// `for_all_value:` over an absent or empty set is true (rule C4).
    EmptySetForAll,
    /// `for_any_value:` over an absent or empty set is false (rule C4).
    EmptySetForAny,
    /// A request value equals/matches one of the policy values.
    SomeValueMatched { request_value: String },
    /// No request value matches any policy value.
    NoValueMatched,
    /// Negated operator: no value matches, so the condition holds (rule C5).
    NegatedNoneMatched,
    /// Negated operator: a value matches, so the condition fails (rule C5).
    NegatedSomeMatched { request_value: String },
    /// `for_all_value:`: every request value is among the policy values.
    AllValuesMatched,
    /// `for_all_value:`: this request value is not among them.
    ValueOutsideSet { request_value: String },
    /// The operator is unknown (rule C2): not evaluated.
    UnknownOperator,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ValueTrace {
    /// The value as written in the policy.
    pub written: String,
    /// After variable substitution (rule V1).
    pub value: String,
    pub span: Span,
    /// The value matches at least one request value (before negation).
    pub matched: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<crate::policy::values::ValueProblem>,
}
