//! Evaluation → step-by-step reasoning. Steps carry message ids with parameters (`Message`), never sentences;
//! a locale's table (`en`) turns them into words, so a translation never touches the evaluator or the UI.

pub mod phrase;

use serde::Serialize;

use crate::eval::trace::{
    ActionCheck, ActionVerdict, BlockTrace, KeyOrigin, KeyTrace, NotEvaluated, Outcome,
    PolicyTrace, PrincipalVerdict, ResourceCheck, SegmentCheck, StatementRef, StatementTrace,
};
use crate::eval::{Decision, Evaluation, Note, RefusalError};
use crate::json::Span;
use crate::policy::Effect;
use crate::policy::PolicyKind;
use crate::policy_kind::ScpNode;
use crate::request::{PrincipalKind, ResolvedRequest, ResourceOrigin};
use crate::rules::Rule;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Fail,
    Info,
    Warn,
    Skip,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Pass,
        Status::Fail,
        Status::Info,
        Status::Warn,
        Status::Skip,
    ];
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    /// Nesting: 0 request and decision, 1 policy, 2 statement, 3 element, 4 value.
    pub depth: u8,
    pub status: Status,
    pub message: Message,
    /// Where in the policy source this step looks (for highlighting).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The statement this step belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<StatementRef>,
}

/// Every sentence the reasoning can say, with its parameters. Ordinals are 1-based, as people count.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "id", rename_all = "snake_case")]
pub enum Message {
    Decision {
        decision: Decision,
        action: String,
        /// A policy would be refused by CAM (rule G9): the decision is what the readable statements would do.
        hypothetical: bool,
    },
    /// Rule G9: CAM's CreatePolicy would refuse this policy; `number` is 1-based.
    Refused {
        source: PolicyKind,
        number: usize,
        errors: Vec<RefusalError>,
    },
    NotAuthoritative,
    RequestApi {
        action: String,
        operation_level: Option<bool>,
        product: Option<String>,
    },
    ResourceOperationLevel {
        api: String,
    },
    ResourceIgnored {
        given: Vec<String>,
    },
    ResourceFromTemplate {
        template: String,
        resources: Vec<String>,
    },
    ResourceGiven {
        resources: Vec<String>,
    },
    RootAccount,
    PolicyHeader {
        source: PolicyKind,
        number: usize,
        statements: usize,
    },
    /// An explicit deny with no deny statement: a layer that denies what it does not allow (SCPs once
    /// FullQcloudAccess is unbound, rule O2).
    DeniedByLayer {
        layer: PolicyKind,
        action: String,
        /// The organization node whose SCPs had no allow, when SCPs are bound above the member account.
        node: Option<ScpNode>,
    },
    /// The SCPs bound to one organization node, with what they decided (rule O2): none when the walk up from
    /// the member account stopped below it.
    ScpLevel {
        node: ScpNode,
        decision: Option<Decision>,
    },
    /// Who is asking, when the request says more than a user or the owner's root (issue: kinds of principal).
    Caller {
        principal: PrincipalKind,
        name: String,
    },
    /// Rule T5: the two halves of a role assumption.
    AssumeRole {
        caller: Option<Decision>,
        trust: Decision,
    },
    /// One layer's section of the reasoning, with what the layer decided on its own (rule L2).
    LayerHeader {
        layer: PolicyKind,
        decision: Option<Decision>,
    },
    /// A layer the walk did not reach: an earlier layer's deny decided (rule L2).
    LayerNotReached {
        layer: PolicyKind,
    },
    /// A trust or bucket statement's principal against the caller (rules T7, B2).
    Principal {
        check: Option<crate::eval::trace::PrincipalCheck>,
        matched: bool,
    },
    NoPolicies {
        source: PolicyKind,
    },
    StatementHeader {
        number: usize,
        effect: Option<Effect>,
        outcome: Outcome,
    },
    StatementInvalid,
    StatementPermId {
        action: String,
    },
    StatementUnknownOperator {
        operator: String,
        suggestion: Option<String>,
    },
    Action {
        check: ActionCheck,
        action: String,
    },
    Resource {
        check: ResourceCheck,
        resource: String,
        api: Option<String>,
        failing: Option<SegmentCheck>,
    },
    /// Further patterns of an element that do not match, not listed one by one.
    MoreNotMatching {
        count: usize,
    },
    NoCondition,
    ConditionBlock {
        block: BlockTrace,
    },
    ConditionKey {
        key: KeyTrace,
        operator: String,
        /// How the operator compares, if it orders or ranges (decided here from the typed operator, so the
        /// tables only word it). Not part of the JSON: it restates `operator`.
        #[serde(skip)]
        ordered: Option<phrase::Ordered>,
    },
    /// Where a key's request values came from when not simply from the context (rules C8, C9).
    KeyOrigin {
        key: String,
        origin: KeyOrigin,
    },
    StatementApplies {
        number: usize,
        effect: Effect,
    },
    StatementDoesNotApply {
        number: usize,
    },
    Conclusion {
        grounds: phrase::Conclusion,
    },
    Assumption {
        rule: Rule,
        /// What the choice was applied to, when that says more than the rule's title.
        detail: Option<AssumptionDetail>,
    },
    /// The same assumption without its link, for views that render the link themselves.
    AssumptionText {
        rule: Rule,
        detail: Option<AssumptionDetail>,
    },
    Note {
        note: Note,
    },
    /// The generator's selection.
    ApisChosen {
        count: usize,
    },
    /// The policy diff's count.
    DecisionsChanged {
        count: usize,
    },
    /// The catalog browser's count.
    CatalogShown {
        shown: usize,
        total: usize,
    },
    /// The catalog's "Use in request" was pressed.
    UsedInRequest {
        action: String,
    },
    /// The whole-catalog matrix's counts.
    MatrixCounts {
        allowed: usize,
        explicit: usize,
        implicit: usize,
    },
    /// A shared link was made when the decision was different (another engine or catalog version).
    DecisionChangedSinceLink {
        was: String,
        engine: String,
        catalog: String,
        now_engine: String,
        now_catalog: String,
        now: String,
    },
    /// `?lang=` named a language the playground does not speak.
    UnknownLanguage {
        tag: String,
    },
    /// A deciding statement introduced by its policy's name, for the Markdown export.
    NamedStatement {
        source: PolicyKind,
        number: usize,
        name: String,
        line: usize,
    },
}

/// The particular case a CHOICE rule was applied to.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AssumptionDetail {
    /// Rule C7: a CIDR written with host bits set, and the network it was read as.
    HostBits { written: String, read_as: String },
}

/// Rule C7's case in this evaluation: the first policy CIDR with host bits set that matched a request address.
fn host_bits_detail(evaluation: &Evaluation) -> Option<AssumptionDetail> {
    evaluation
        .policies
        .iter()
        .chain(&evaluation.boundary)
        .flat_map(|p| &p.statements)
        .flat_map(|s| &s.condition.blocks)
        .filter(|b| {
            b.parsed
                .is_some_and(|op| op.family == crate::policy::Family::Ip)
        })
        .flat_map(|b| &b.keys)
        .flat_map(|k| &k.values)
        .filter(|v| v.matched)
        .find_map(|v| {
            let read_as = crate::policy::values::without_host_bits(&v.value)?;
            Some(AssumptionDetail::HostBits {
                written: v.value.clone(),
                read_as,
            })
        })
}

/// Where the request's resources came from (rule R5 `*`, an R6 template, or the request itself): a step of the
/// reasoning, and the note under the request builder's derived resource.
pub fn resource_origin(request: &ResolvedRequest) -> Message {
    match &request.resource_origin {
        ResourceOrigin::OperationLevel { .. } => Message::ResourceOperationLevel {
            api: request.request.action.clone(),
        },
        ResourceOrigin::Template { template } => Message::ResourceFromTemplate {
            template: template.clone(),
            resources: request.resources.clone(),
        },
        ResourceOrigin::Given => Message::ResourceGiven {
            resources: request.resources.clone(),
        },
    }
}

/// The full reasoning for one evaluation, in reading order.
pub fn steps(evaluation: &Evaluation, request: &ResolvedRequest) -> Vec<Step> {
    let action = request.request.action.clone();
    let decision_status = match evaluation.decision {
        Decision::Allow => Status::Pass,
        _ => Status::Fail,
    };
    // What CAM would refuse comes first: the decision after it is only what the text would do (rule G9).
    let mut out: Vec<Step> = evaluation
        .refused
        .iter()
        .map(|r| {
            top(
                Status::Fail,
                Message::Refused {
                    source: r.source,
                    number: r.policy + 1,
                    errors: r.errors.clone(),
                },
            )
        })
        .collect();
    // Rule O2: the nodes SCPs are bound to, from the member account up. SCPs all bound to the account read as
    // before there were nodes; above it, each node has its own section.
    let scp_levels = ScpNode::walk(evaluation.scp.iter().map(PolicyTrace::scp_node));
    let by_level = scp_levels.iter().any(|node| !node.is_account());
    // Rule O2: SCPs without a matching allow deny explicitly, with no deny statement to name.
    let denied_without_statement =
        evaluation.decision == Decision::ExplicitDeny && evaluation.deciding.is_empty();
    out.push(top(
        decision_status,
        if denied_without_statement {
            Message::DeniedByLayer {
                layer: evaluation.layer.unwrap_or(PolicyKind::Scp),
                action: action.clone(),
                node: evaluation.scp_node.clone().filter(|_| by_level),
            }
        } else {
            Message::Decision {
                decision: evaluation.decision,
                action: action.clone(),
                hypothetical: evaluation.hypothetical(),
            }
        },
    ));
    if !evaluation.authoritative {
        out.push(top(Status::Warn, Message::NotAuthoritative));
    }
    out.push(top(
        Status::Info,
        Message::RequestApi {
            action: action.clone(),
            operation_level: request
                .api
                .as_ref()
                .map(|a| a.granularity == crate::catalog::Granularity::Operation),
            product: request.api.as_ref().map(|a| a.product.clone()),
        },
    ));
    out.push(top(Status::Info, resource_origin(request)));
    if let ResourceOrigin::OperationLevel { ignored_resource } = &request.resource_origin {
        if !ignored_resource.is_empty() {
            out.push(top(
                Status::Info,
                Message::ResourceIgnored {
                    given: ignored_resource.clone(),
                },
            ));
        }
    }
    if let Some(caller) = caller(&request.request) {
        out.push(top(Status::Info, caller));
    }
    if evaluation.root_account {
        out.push(top(Status::Pass, Message::RootAccount));
    }
    if let Some(halves) = evaluation.assume_role {
        let status = if halves.caller.unwrap_or(Decision::Allow) == Decision::Allow
            && halves.trust == Decision::Allow
        {
            Status::Pass
        } else {
            Status::Fail
        };
        out.push(top(
            status,
            Message::AssumeRole {
                caller: halves.caller,
                trust: halves.trust,
            },
        ));
    }
    let layered = evaluation.layered();
    for kind in REASONING_ORDER {
        let traces = evaluation.policies_in(kind);
        if traces.is_empty() && kind != PolicyKind::Identity {
            continue;
        }
        if layered {
            let decision = layer_decision(evaluation, kind);
            out.push(section(
                decision,
                match decision {
                    // An earlier layer's deny ended the walk before this one (rule L2).
                    None if evaluation.decision == Decision::ExplicitDeny
                        && evaluation.layer != Some(kind) =>
                    {
                        Message::LayerNotReached { layer: kind }
                    }
                    _ => Message::LayerHeader {
                        layer: kind,
                        decision,
                    },
                },
            ));
        }
        if kind == PolicyKind::Scp && by_level {
            for node in &scp_levels {
                let decision = scp_level_decision(evaluation, node);
                out.push(section(
                    decision,
                    Message::ScpLevel {
                        node: node.clone(),
                        decision,
                    },
                ));
                let bound: Vec<&PolicyTrace> =
                    traces.iter().filter(|t| t.scp_node() == node).collect();
                sets(&mut out, kind, &bound, request);
            }
            continue;
        }
        sets(&mut out, kind, &traces.iter().collect::<Vec<_>>(), request);
    }
    let boundary_blocks = evaluation
        .resources
        .iter()
        .any(|r| r.policies == Decision::Allow && r.boundary.is_some_and(|b| b != Decision::Allow));
    if !denied_without_statement {
        out.push(top(
            decision_status,
            Message::Conclusion {
                grounds: phrase::Conclusion::of(
                    evaluation.decision,
                    &evaluation.deciding,
                    boundary_blocks,
                ),
            },
        ));
    }
    for rule in &evaluation.assumptions {
        let detail = match rule {
            Rule::C7 => host_bits_detail(evaluation),
            _ => None,
        };
        out.push(top(
            Status::Warn,
            Message::Assumption {
                rule: *rule,
                detail,
            },
        ));
    }
    for note in &evaluation.notes {
        out.push(top(Status::Info, Message::Note { note: note.clone() }));
    }
    out
}

/// The order of the reasoning's sections: a role's trust policy first (rule T5, half b), then rule L1's order
/// for the caller.
const REASONING_ORDER: [PolicyKind; 6] = [
    PolicyKind::Trust,
    PolicyKind::Scp,
    PolicyKind::Identity,
    PolicyKind::Bucket,
    PolicyKind::Boundary,
    PolicyKind::Session,
];

/// What one layer decided on its own: the same for every requested resource, or the first that differs from
/// allow; none when the layer was not consulted (it did not apply to this caller).
fn layer_decision(evaluation: &Evaluation, kind: PolicyKind) -> Option<Decision> {
    speaking(evaluation.resources.iter().filter_map(|r| {
        // SCPs have one entry per node (rule O2): the first that did not allow speaks for them.
        speaking(
            r.layers
                .iter()
                .filter(|l| l.layer == kind)
                .map(|l| l.decision),
        )
        .or(match kind {
            PolicyKind::Identity if r.layers.is_empty() => Some(r.policies),
            PolicyKind::Boundary if r.layers.is_empty() => r.boundary,
            _ => None,
        })
    }))
}

/// The decision that speaks for several: the first that is not allow, else the first; none of none.
fn speaking(decisions: impl Iterator<Item = Decision>) -> Option<Decision> {
    let mut first = None;
    for decision in decisions {
        if decision != Decision::Allow {
            return Some(decision);
        }
        first = first.or(Some(decision));
    }
    first
}

/// What the SCPs bound to one node decided: the first that differs from allow over the requested resources;
/// none when the walk did not reach the node.
fn scp_level_decision(evaluation: &Evaluation, node: &ScpNode) -> Option<Decision> {
    speaking(
        (evaluation.resources.iter())
            .flat_map(|r| &r.layers)
            .filter(|l| l.layer == PolicyKind::Scp && l.node.as_ref() == Some(node))
            .map(|l| l.decision),
    )
}

/// Who is asking, when the request names more than a user or its owner's root.
fn caller(request: &crate::request::Request) -> Option<Message> {
    let principal = &request.principal;
    principal.kind?;
    let kind = principal.kind();
    let name = match kind {
        PrincipalKind::Role => principal.role.clone(),
        PrincipalKind::Service => principal.service.clone(),
        PrincipalKind::Federated => principal.provider.clone(),
        PrincipalKind::User | PrincipalKind::Root => principal.uin.clone(),
        PrincipalKind::Anonymous => None,
    }
    .unwrap_or_default();
    Some(Message::Caller {
        principal: kind,
        name,
    })
}

/// The heading of a layer's or an SCP node's section, marked by what it decided (skipped: not consulted).
fn section(decision: Option<Decision>, message: Message) -> Step {
    Step {
        depth: 1,
        status: match decision {
            Some(Decision::Allow) => Status::Pass,
            Some(_) => Status::Fail,
            None => Status::Skip,
        },
        message,
        span: None,
        statement: None,
    }
}

/// A step about the request or the decision as a whole.
fn top(status: Status, message: Message) -> Step {
    Step {
        depth: 0,
        status,
        message,
        span: None,
        statement: None,
    }
}

fn sets(
    out: &mut Vec<Step>,
    source: PolicyKind,
    policies: &[&PolicyTrace],
    request: &ResolvedRequest,
) {
    if policies.is_empty() {
        out.push(Step {
            depth: 1,
            status: Status::Info,
            message: Message::NoPolicies { source },
            span: None,
            statement: None,
        });
    }
    for policy in policies {
        out.push(Step {
            depth: 1,
            status: Status::Info,
            message: Message::PolicyHeader {
                source,
                number: policy.policy + 1,
                statements: policy.statements.len(),
            },
            span: None,
            statement: None,
        });
        for statement in &policy.statements {
            statement_steps(out, policy, statement, request);
        }
    }
}

fn statement_steps(
    out: &mut Vec<Step>,
    policy: &PolicyTrace,
    s: &StatementTrace,
    request: &ResolvedRequest,
) {
    let mut out = StatementSteps {
        out,
        statement: StatementRef {
            source: policy.source,
            policy: policy.policy,
            statement: s.statement,
            span: s.span,
        },
    };
    out.header(s);
    if let Some(reason) = &s.not_evaluated {
        out.not_evaluated(reason, s.span);
        // An invalid statement was never read: it has no elements to show, nor a conclusion.
        if matches!(reason, NotEvaluated::Invalid) {
            return;
        }
    }
    out.principal(s);
    out.action(s, request);
    out.resources(s, request);
    out.condition(s);
    if s.not_evaluated.is_none() {
        out.conclusion(s);
    }
}

/// Steps of one statement: each is tied to it, so the interface can highlight the statement it is about.
struct StatementSteps<'o> {
    out: &'o mut Vec<Step>,
    statement: StatementRef,
}

impl StatementSteps<'_> {
    fn push(&mut self, depth: u8, status: Status, message: Message, span: Option<Span>) {
        self.out.push(Step {
            depth,
            status,
            message,
            span,
            statement: Some(self.statement),
        })
    }

    fn header(&mut self, s: &StatementTrace) {
        let status = match s.outcome {
            Outcome::Matched | Outcome::PartlyMatched => Status::Pass,
            Outcome::NotMatched => Status::Fail,
            Outcome::NotEvaluated => Status::Skip,
        };
        let message = Message::StatementHeader {
            number: s.statement + 1,
            effect: s.effect,
            outcome: s.outcome,
        };
        self.push(2, status, message, Some(s.span));
    }

    fn not_evaluated(&mut self, reason: &NotEvaluated, statement_span: Span) {
        let (message, span) = match reason {
            NotEvaluated::Invalid => (Message::StatementInvalid, statement_span),
            NotEvaluated::PermId { action, span } => (
                Message::StatementPermId {
                    action: action.clone(),
                },
                *span,
            ),
            NotEvaluated::UnknownOperator {
                operator,
                span,
                suggestion,
            } => (
                Message::StatementUnknownOperator {
                    operator: operator.clone(),
                    suggestion: suggestion.clone(),
                },
                *span,
            ),
        };
        self.push(3, Status::Skip, message, Some(span));
    }

    /// Shows the matching pattern; when none matches, the telling ones first, and a count for the rest.
    fn action(&mut self, s: &StatementTrace, request: &ResolvedRequest) {
        let (shown, hidden) = shown_checks(
            &s.action.checks,
            |c| c.verdict.is_match(),
            |c| c.verdict != ActionVerdict::Different,
        );
        for check in shown {
            let message = Message::Action {
                check: check.clone(),
                action: request.request.action.clone(),
            };
            self.push(
                3,
                pass_or_fail(check.verdict.is_match()),
                message,
                Some(check.span),
            );
        }
        self.more_not_matching(hidden);
    }

    fn resources(&mut self, s: &StatementTrace, request: &ResolvedRequest) {
        for resource in &s.resources {
            let (shown, hidden) = shown_checks(
                &resource.checks,
                |c| c.verdict.is_match(),
                |c| !c.assumptions.is_empty(),
            );
            self.more_not_matching(hidden);
            for check in shown {
                let failing = check
                    .segments
                    .iter()
                    .find(|seg| !seg.result.is_match())
                    .cloned();
                // The operation-level note (R5) only where the statement names the action: otherwise the
                // resource simply is not `*` (issue 27, finding 18).
                let mut check = check.clone();
                if check.verdict == crate::eval::trace::ResourceVerdict::OperationLevel
                    && !s.action.matched
                {
                    check.verdict = crate::eval::trace::ResourceVerdict::RequestIsEverything;
                }
                let (status, span) = (pass_or_fail(check.verdict.is_match()), check.span);
                let message = Message::Resource {
                    check,
                    resource: resource.resource.clone(),
                    api: request.api.as_ref().map(|a| a.name.clone()),
                    failing,
                };
                self.push(3, status, message, Some(span));
            }
        }
    }

    /// A trust or bucket statement's principal: the name that matched the caller, or that none did.
    fn principal(&mut self, s: &StatementTrace) {
        let Some(principal) = &s.principal else {
            return;
        };
        let check = principal
            .checks
            .iter()
            .find(|c| c.verdict.is_match() && c.verdict != PrincipalVerdict::Everyone)
            .or_else(|| principal.checks.iter().find(|c| c.verdict.is_match()))
            .cloned();
        let span = check.as_ref().map(|c| c.span);
        let message = Message::Principal {
            check,
            matched: principal.matched,
        };
        self.push(3, pass_or_fail(principal.matched), message, span);
    }

    fn more_not_matching(&mut self, hidden: usize) {
        if hidden > 0 {
            self.push(
                3,
                Status::Fail,
                Message::MoreNotMatching { count: hidden },
                None,
            );
        }
    }

    fn condition(&mut self, s: &StatementTrace) {
        if s.condition.blocks.is_empty() {
            self.push(3, Status::Pass, Message::NoCondition, None);
        }
        for block in &s.condition.blocks {
            let status = match block.parsed {
                None => Status::Skip,
                Some(_) => pass_or_fail(block.matched),
            };
            let message = Message::ConditionBlock {
                block: block.clone(),
            };
            self.push(3, status, message, Some(block.span));
            for key in &block.keys {
                self.condition_key(block, key);
            }
        }
    }

    fn condition_key(&mut self, block: &BlockTrace, key: &KeyTrace) {
        if let Some(origin) = &key.origin {
            let status = match origin {
                KeyOrigin::TagsNotSupported { .. } => Status::Warn,
                KeyOrigin::Principal { .. } => Status::Info,
            };
            let message = Message::KeyOrigin {
                key: key.key.clone(),
                origin: origin.clone(),
            };
            self.push(4, status, message, Some(key.span));
        }
        let status = match block.parsed {
            None => Status::Skip,
            Some(_) => pass_or_fail(key.matched),
        };
        let message = Message::ConditionKey {
            key: key.clone(),
            operator: block.operator.clone(),
            ordered: block.parsed.as_ref().and_then(phrase::Ordered::of),
        };
        self.push(4, status, message, Some(key.span));
    }

    fn conclusion(&mut self, s: &StatementTrace) {
        let number = s.statement + 1;
        match (s.outcome, s.effect) {
            (Outcome::Matched | Outcome::PartlyMatched, Some(effect)) => self.push(
                3,
                Status::Pass,
                Message::StatementApplies { number, effect },
                Some(s.span),
            ),
            _ => self.push(
                3,
                Status::Fail,
                Message::StatementDoesNotApply { number },
                Some(s.span),
            ),
        }
    }
}

fn pass_or_fail(ok: bool) -> Status {
    if ok {
        Status::Pass
    } else {
        Status::Fail
    }
}

/// The text mark of a step's status, for plain text and Markdown.
pub fn mark(status: Status) -> &'static str {
    match status {
        Status::Pass => "✓",
        Status::Fail => "✗",
        Status::Info => "·",
        Status::Warn => "!",
        Status::Skip => "–",
    }
}

/// How many non-matching patterns are listed one by one before the rest are only counted.
const LISTED_MISSES: usize = 4;

/// The checks worth a step each: the first matching one; or, when none matches, the telling misses (near
/// misses such as case-only differences) and then others up to `LISTED_MISSES`. Returns them and how many were
/// left out.
fn shown_checks<T>(
    checks: &[T],
    matches: impl Fn(&T) -> bool,
    telling: impl Fn(&T) -> bool,
) -> (Vec<&T>, usize) {
    if let Some(matching) = checks.iter().find(|c| matches(c)) {
        return (vec![matching], 0);
    }
    let mut shown: Vec<&T> = checks.iter().filter(|c| telling(c)).collect();
    let room = LISTED_MISSES.saturating_sub(shown.len());
    shown.extend(checks.iter().filter(|c| !telling(c)).take(room));
    let hidden = checks.len() - shown.len();
    (shown, hidden)
}
