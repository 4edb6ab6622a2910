//! The evaluator (rules E1–E6): statements → per-resource decisions → one decision with its deciding statements,
//! assumptions and the full trace.

mod action;
pub mod condition;
mod principal;
mod resource;
pub mod trace;
pub mod variables;

use serde::Serialize;

use crate::catalog::{Category, Granularity};
use crate::policy::PolicyKind;
use crate::policy::{Effect, Policy, Statement};
use crate::policy_kind::ScpNode;
use crate::request::{PrincipalKind, ResolvedRequest};
use crate::rules::Rule;
use trace::{
    ActionTrace, ConditionTrace, NotEvaluated, Outcome, PolicyTrace, ResourceTrace, StatementRef,
    StatementTrace,
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Allow,
    ExplicitDeny,
    #[default]
    ImplicitDeny,
}

impl Decision {
    pub const ALL: [Decision; 3] = [
        Decision::Allow,
        Decision::ExplicitDeny,
        Decision::ImplicitDeny,
    ];
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::ExplicitDeny => "explicit_deny",
            Decision::ImplicitDeny => "implicit_deny",
        }
    }

    /// The name of a decision that may be missing (texts that cannot be read): `none` then. The one place that
    /// word is written, for `data-decision` attributes and the stamp of a share link.
    pub fn name_of(decision: Option<Decision>) -> &'static str {
        decision.map_or("none", Decision::as_str)
    }
}

impl std::str::FromStr for Decision {
    type Err = ();
    fn from_str(name: &str) -> Result<Decision, ()> {
        Decision::ALL
            .into_iter()
            .find(|d| d.as_str() == name)
            .ok_or(())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    pub decision: Decision,
    /// False when a statement could not be evaluated or a CHOICE rule decided the outcome (rule E6).
    pub authoritative: bool,
    /// All matching deny statements for a deny, all matching allow statements for an allow, in every layer that
    /// applies to the request.
    pub deciding: Vec<StatementRef>,
    /// The layer that decided (rule L2): the kind of the first deciding statement; for an implicit deny, the
    /// first layer that did not allow; for an SCP with no allow, `scp`. None for the root account (rule E4).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer: Option<PolicyKind>,
    /// CHOICE rules that influenced the outcome.
    pub assumptions: Vec<Rule>,
    pub notes: Vec<Note>,
    /// The requester is the owner's root account (rule E4).
    pub root_account: bool,
    /// The two halves of a role assumption (rule T5), when the request assumes a role of a trust policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assume_role: Option<RoleAssumption>,
    /// When the SCPs decided (`layer` is `scp`), the organization node whose SCPs did (rule O2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scp_node: Option<ScpNode>,
    /// The decision for each requested resource (rule R7).
    pub resources: Vec<ResourceDecision>,
    pub policies: Vec<PolicyTrace>,
    pub boundary: Vec<PolicyTrace>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trust: Vec<PolicyTrace>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub session: Vec<PolicyTrace>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bucket: Vec<PolicyTrace>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scp: Vec<PolicyTrace>,
    /// Policies CAM would refuse to save (rule G9): the decision is then hypothetical and not authoritative.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub refused: Vec<Refusal>,
}

/// Rule T5: assuming a role needs the caller's own allow (a) and the trust policy's (b).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RoleAssumption {
    /// (a): what the caller's own layers decide; none for a root account, a service or a federated identity,
    /// which need no policy of their own.
    pub caller: Option<Decision>,
    /// (b): what the role's trust policy decides for this caller.
    pub trust: Decision,
}

/// A policy CAM's CreatePolicy would refuse, with the errors it would most likely answer (rule G9).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Refusal {
    pub source: PolicyKind,
    pub policy: usize,
    pub errors: Vec<RefusalError>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RefusalError {
    /// `InvalidParameter.VersionError`, …
    pub cam_error: &'static str,
    /// The playground's diagnostic code.
    pub code: &'static str,
    /// The diagnostic's words (the diagnostics list has them rendered).
    #[serde(skip)]
    pub text: crate::diagnostic::Text,
    pub span: crate::json::Span,
}

crate::policy_kind::by_kind!(Evaluation, PolicyTrace);

impl Evaluation {
    /// Every kind's traces, in `PolicyKind::ALL` order, skipping kinds without policies.
    pub fn layers(&self) -> impl Iterator<Item = (PolicyKind, &[PolicyTrace])> {
        self.by_kind()
            .filter(|(_, traces)| !traces.is_empty())
            .map(|(kind, traces)| (kind, traces.as_slice()))
    }

    /// The workspace has layers beyond identity policies and the boundary (rule L1): the reasoning then has one
    /// section per layer and the decision names the layer that decided.
    pub fn layered(&self) -> bool {
        self.layers()
            .any(|(kind, _)| !matches!(kind, PolicyKind::Identity | PolicyKind::Boundary))
    }
}

impl Evaluation {
    /// Rule G9: a policy of the workspace would be refused by CAM, so the decision is what the readable
    /// statements would do, not what CAM does.
    pub fn hypothetical(&self) -> bool {
        !self.refused.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResourceDecision {
    pub resource: String,
    pub decision: Decision,
    /// What the identity policies alone decide.
    pub policies: Decision,
    /// What the permissions boundary decides, when there is one (rule E3).
    pub boundary: Option<Decision>,
    /// What each layer that was consulted decided, in the order of rule L1.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub layers: Vec<LayerDecision>,
}

/// One layer's own decision for a resource (rule L1). The SCPs are one entry per organization node they are
/// bound to, from the member account up (rule O2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LayerDecision {
    pub layer: PolicyKind,
    pub decision: Decision,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node: Option<ScpNode>,
}

/// Facts about the request worth telling next to the decision.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Note {
    /// Rule E4: the root account is allowed without consulting policies.
    RootAccount,
    /// Rule E5: real CAM does not apply a deny with tag conditions to list APIs.
    ListApiTagDeny { statement: StatementRef },
    /// Rule E5: real CAM may not apply a deny to anonymous COS access or billing under AdministratorAccess.
    PlatformMayIgnoreDeny { service: String },
    /// Rule E5: a deciding statement of a list API relies on an operator that is not an exact match, and CAM's
    /// docs say such operators do not take effect for list queries.
    ListQueryOperator {
        statement: StatementRef,
        operator: String,
    },
    /// Rule O2: the SCPs bound to `node` have no matching allow and FullQcloudAccess was unbound, which the
    /// docs call an explicit deny.
    ScpNoAllow { node: ScpNode },
    /// Rule O3: SCPs are not applied to the member account's root (`organization.scp_limits_root` tries the
    /// other reading).
    ScpSkipsRoot,
    /// Rule T5: a root account, a service or a federated identity needs no policy of its own to assume a role.
    CallerNeedsNoPolicy { principal: PrincipalKind },
    /// Rule B3.1: an anonymous request is judged by the bucket policy's everyone-statements alone.
    AnonymousBucketOnly,
    /// Rule B3.3: a deny for everyone does not apply to a signed request.
    EveryoneDenyNotApplied { statement: StatementRef },
    /// Rule B3.4: the bucket belongs to another account, whose bucket policy must allow too.
    CrossAccount,
    /// Rule B4: bucket-policy statements on GetService and PutBucket grant nothing.
    BucketActionIgnored,
}

/// How much of the trace an evaluation keeps. Both give the same decision, deciding statements, assumptions,
/// authoritativeness and notes (a test holds them to it for every vector).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Detail {
    /// Every check of every statement: what the reasoning shows.
    #[default]
    Full,
    /// A statement whose action cannot match, for no CHOICE rule, skips its resource and condition checks: its
    /// outcome and assumptions cannot depend on them. Checks keep no texts (patterns, resources, segments: only
    /// results), and a big policy's action index leaves out the statements that cannot concern the request.
    /// For callers that want the decision only.
    DecisionOnly,
}

/// The policies one request is decided through, by kind (rule L1). An empty kind is a layer the workspace does
/// not have.
#[derive(Clone, Debug, Default)]
pub struct Layers<'p> {
    sets: [Vec<&'p Policy>; 6],
    /// Where each SCP is bound, in the order of the SCPs (rule O2); a missing one is the member account's.
    scp_nodes: &'p [ScpNode],
}

impl<'p> Layers<'p> {
    /// Identity policies and a permissions boundary (an empty `boundary` means none): what there was before
    /// kinds.
    pub fn identity(policies: &[&'p Policy], boundary: &[&'p Policy]) -> Self {
        let mut layers = Layers::default();
        layers.set(PolicyKind::Identity, policies.to_vec());
        layers.set(PolicyKind::Boundary, boundary.to_vec());
        layers
    }

    pub fn set(&mut self, kind: PolicyKind, policies: Vec<&'p Policy>) {
        self.sets[kind.index()] = policies;
    }

    /// Binds the SCPs, in their order, to organization nodes (rule O2); without it every SCP is the member
    /// account's.
    pub fn bind_scps(&mut self, nodes: &'p [ScpNode]) {
        self.scp_nodes = nodes;
    }

    pub fn of(&self, kind: PolicyKind) -> &[&'p Policy] {
        &self.sets[kind.index()]
    }

    fn has(&self, kind: PolicyKind) -> bool {
        !self.of(kind).is_empty()
    }
}

/// Evaluates a request against identity policies and an optional permissions boundary (an empty `boundary`
/// means none). Invalid statements (see `Policy::invalid_statements`) are traced as *not evaluated*.
pub fn evaluate(
    policies: &[&Policy],
    boundary: &[&Policy],
    request: &ResolvedRequest,
) -> Evaluation {
    evaluate_with(policies, boundary, request, Detail::Full)
}

/// `evaluate`, keeping the trace `detail` asks for.
pub fn evaluate_with(
    policies: &[&Policy],
    boundary: &[&Policy],
    request: &ResolvedRequest,
    detail: Detail,
) -> Evaluation {
    evaluate_layers(&Layers::identity(policies, boundary), request, detail)
}

/// Decides a request through every layer the workspace has, in the order of rule L1, an explicit deny anywhere
/// final (L2).
pub fn evaluate_layers(
    layers: &Layers<'_>,
    request: &ResolvedRequest,
    detail: Detail,
) -> Evaluation {
    let mut sets: [Vec<PolicyTrace>; 6] = Default::default();
    for kind in PolicyKind::ALL {
        sets[kind.index()] = trace_set(kind, layers.of(kind), request, detail);
    }
    for (trace, node) in sets[PolicyKind::Scp.index()]
        .iter_mut()
        .zip(layers.scp_nodes)
    {
        trace.node = Some(node.clone()).filter(|node| !node.is_account());
    }
    let traces = Traces {
        scp_levels: ScpNode::walk(
            sets[PolicyKind::Scp.index()]
                .iter()
                .map(PolicyTrace::scp_node),
        ),
        sets,
        facts: RequestFacts::of(request, layers),
        request,
    };
    let outcome = traces.decide(None);
    let deciding = traces.deciding(outcome.decision);
    let (assumptions, authoritative) = traces.assumptions_and_authoritative(&outcome, &deciding);
    let notes = notes(&NoteContext {
        facts: &traces.facts,
        decision: outcome.decision,
        scp_node: outcome.scp_node.as_ref(),
        deciding: &deciding,
        layers,
        traces: &traces,
        request,
    });
    let layer = outcome.layer.or(deciding.first().map(|d| d.source));
    let [policies, boundary, trust, session, bucket, scp] = traces.sets;
    Evaluation {
        decision: outcome.decision,
        authoritative,
        deciding,
        layer,
        assumptions,
        notes,
        root_account: traces.facts.owner_root,
        assume_role: outcome.assume_role,
        scp_node: outcome.scp_node,
        resources: outcome.resources,
        policies,
        boundary,
        trust,
        session,
        bucket,
        scp,
        refused: Vec::new(),
    }
}

fn trace_set(
    source: PolicyKind,
    set: &[&Policy],
    request: &ResolvedRequest,
    detail: Detail,
) -> Vec<PolicyTrace> {
    set.iter()
        .enumerate()
        .map(|(i, policy)| trace_policy(source, i, policy, request, detail))
        .collect()
}

/// What deciding needs to know about the request and the workspace, worked out once.
struct RequestFacts {
    caller: PrincipalKind,
    /// The caller is the root of the resource's owner (rule E4).
    owner_root: bool,
    /// The request assumes a role and the workspace has its trust policy (rule T5).
    assumes_role: bool,
    /// The caller needs its own allow to assume a role: users and role sessions (rule T5).
    caller_needs_policy: bool,
    /// The workspace's SCPs apply to this caller (rules O2, O3).
    scp_applies: bool,
    /// `FullQcloudAccess` is still bound (rule O2).
    full_qcloud_access: bool,
    /// The bucket belongs to another account (rule B3.4).
    cross_account: bool,
    /// Bucket-policy statements grant nothing for this action (rule B4).
    bucket_ignored: bool,
}

impl RequestFacts {
    fn of(request: &ResolvedRequest, layers: &Layers<'_>) -> RequestFacts {
        let r = &request.request;
        let caller = r.principal.kind();
        let action = r.action.as_str();
        let member_identity = matches!(caller, PrincipalKind::User | PrincipalKind::Role);
        let assumes_role = layers.has(PolicyKind::Trust) && action.starts_with("sts:AssumeRole");
        // T5: the trust policy judges every caller who assumes the role, the root of the role's own account
        // included, so the root shortcut (E4) never decides an assumption.
        let owner_root = r.is_owner_root() && !assumes_role;
        RequestFacts {
            caller,
            owner_root,
            assumes_role,
            caller_needs_policy: member_identity,
            scp_applies: layers.has(PolicyKind::Scp)
                && (member_identity
                    || (caller == PrincipalKind::Root && r.organization.scp_limits_root)),
            full_qcloud_access: r.organization.full_qcloud_access,
            cross_account: r.is_cross_account() && layers.has(PolicyKind::Bucket),
            bucket_ignored: matches!(action, "cos:GetService" | "cos:PutBucket"),
        }
    }
}

/// Every statement's trace, and what deciding over them needs.
struct Traces<'r> {
    sets: [Vec<PolicyTrace>; 6],
    facts: RequestFacts,
    request: &'r ResolvedRequest,
    /// The nodes the SCPs are bound to, from the member account up (rule O2).
    scp_levels: Vec<ScpNode>,
}

/// What deciding gave: the decision, the layer that decided it, each resource's, and a role assumption's
/// halves.
struct Decided {
    decision: Decision,
    layer: Option<PolicyKind>,
    scp_node: Option<ScpNode>,
    resources: Vec<ResourceDecision>,
    assume_role: Option<RoleAssumption>,
}

/// One statement whose matches `decide` inverts, to ask whether its outcome decides: (kind, policy, statement).
type Flip = Option<(PolicyKind, usize, usize)>;

impl Traces<'_> {
    fn has(&self, kind: PolicyKind) -> bool {
        // A kind's traces are one per policy: a layer is present when it has any.
        !self.sets[kind.index()].is_empty()
    }

    fn statements(&self) -> impl Iterator<Item = (&PolicyTrace, &StatementTrace)> {
        self.sets
            .iter()
            .flatten()
            .flat_map(|p| p.statements.iter().map(move |s| (p, s)))
    }

    /// Whether a statement of a layer takes part in this request's decision at all: who it names (rules B3.1,
    /// B3.3, T5), whether its layer applies to the caller (O2, O3, E4).
    fn applies(&self, kind: PolicyKind, s: &StatementTrace) -> bool {
        let facts = &self.facts;
        let anonymous = facts.caller == PrincipalKind::Anonymous;
        match kind {
            PolicyKind::Bucket => {
                let Some(principal) = &s.principal else {
                    return false;
                };
                if facts.bucket_ignored {
                    false
                } else if anonymous {
                    principal.everyone
                } else if facts.owner_root {
                    principal.names_caller && s.effect == Some(Effect::Deny)
                } else {
                    principal.names_caller
                        || (principal.everyone && s.effect == Some(Effect::Allow))
                }
            }
            // T5: the trust policy judges every caller who assumes the role, the root account included.
            PolicyKind::Trust => facts.assumes_role && !anonymous,
            PolicyKind::Scp => facts.scp_applies,
            _ if anonymous || facts.owner_root => false,
            PolicyKind::Identity | PolicyKind::Boundary | PolicyKind::Session => {
                !facts.assumes_role || facts.caller_needs_policy
            }
        }
    }

    /// Rule E1 over one layer's statements that apply, for resource `r`.
    fn layer_decision(&self, kind: PolicyKind, r: usize, flip: Flip) -> Decision {
        self.decision_among(kind, r, flip, None)
    }

    /// Rule E1 over the statements of one layer that apply, for resource `r`; of the SCPs bound to `node` only,
    /// when given.
    fn decision_among(
        &self,
        kind: PolicyKind,
        r: usize,
        flip: Flip,
        node: Option<&ScpNode>,
    ) -> Decision {
        let (mut allow, mut deny) = (false, false);
        let policies = self.sets[kind.index()]
            .iter()
            .filter(|p| node.is_none_or(|node| p.scp_node() == node));
        for p in policies {
            for s in &p.statements {
                let mut matched = s.matches.get(r).copied().unwrap_or(false);
                if flip == Some((kind, p.policy, s.statement)) {
                    matched = !matched;
                }
                if !matched || !self.applies(kind, s) {
                    continue;
                }
                match s.effect {
                    Some(Effect::Deny) => deny = true,
                    Some(Effect::Allow) => allow = true,
                    None => {}
                }
            }
        }
        if deny {
            Decision::ExplicitDeny
        } else if allow {
            Decision::Allow
        } else {
            Decision::ImplicitDeny
        }
    }

    /// Rules L1 and L2 for resource `r`: each layer's own decision, in order, and the one that decides.
    fn decide_resource(&self, r: usize, flip: Flip) -> ResourceOutcome {
        let facts = &self.facts;
        let mut out = ResourceOutcome::default();
        let layer = |kind: PolicyKind, out: &mut ResourceOutcome| {
            let decision = self.layer_decision(kind, r, flip);
            out.layers.push(LayerDecision {
                layer: kind,
                decision,
                node: None,
            });
            decision
        };
        // B3.1: an anonymous request meets the bucket policy's everyone-statements alone.
        if facts.caller == PrincipalKind::Anonymous {
            let decision = if self.has(PolicyKind::Bucket) {
                layer(PolicyKind::Bucket, &mut out)
            } else {
                Decision::ImplicitDeny
            };
            return out.decided(decision, Some(PolicyKind::Bucket));
        }
        // T5: the trust policy's half (b), then the caller's own half (a) when it needs one.
        if facts.assumes_role {
            let trust = layer(PolicyKind::Trust, &mut out);
            let caller = facts
                .caller_needs_policy
                .then(|| self.caller_half(r, flip, &mut out));
            out.assume_role = Some(RoleAssumption {
                caller: caller.map(|(d, _)| d),
                trust,
            });
            return match caller {
                Some((Decision::ExplicitDeny, kind)) => out.decided(Decision::ExplicitDeny, kind),
                _ if trust == Decision::ExplicitDeny => {
                    out.decided(Decision::ExplicitDeny, Some(PolicyKind::Trust))
                }
                Some((Decision::ImplicitDeny, kind)) => out.decided(Decision::ImplicitDeny, kind),
                _ if trust == Decision::ImplicitDeny => {
                    out.decided(Decision::ImplicitDeny, Some(PolicyKind::Trust))
                }
                _ => out.decided(Decision::Allow, Some(PolicyKind::Trust)),
            };
        }
        let (decision, kind) = self.caller_half(r, flip, &mut out);
        out.decided(decision, kind)
    }

    /// Everything after the anonymous and role-assumption cases of rule L1: SCPs (O2), the root shortcut (E4),
    /// the allow pool (identity policies and the bucket statements naming the caller, B3.3, or the other
    /// account's bucket half, B3.4), then each restricting layer (boundary E3, session policy S2).
    fn caller_half(
        &self,
        r: usize,
        flip: Flip,
        out: &mut ResourceOutcome,
    ) -> (Decision, Option<PolicyKind>) {
        let facts = &self.facts;
        // O2: from the member account's node up, the SCPs bound at each must allow: a deny, or no allow once
        // FullQcloudAccess is unbound, denies and stops there.
        for node in self.scp_levels.iter().filter(|_| facts.scp_applies) {
            let scp = self.decision_among(PolicyKind::Scp, r, flip, Some(node));
            let no_allow = scp == Decision::ImplicitDeny && !facts.full_qcloud_access;
            let stops = scp == Decision::ExplicitDeny || no_allow;
            out.layers.push(LayerDecision {
                layer: PolicyKind::Scp,
                decision: if stops { Decision::ExplicitDeny } else { scp },
                node: Some(node.clone()),
            });
            if stops {
                return (Decision::ExplicitDeny, Some(PolicyKind::Scp));
            }
        }
        let mut layer = |kind: PolicyKind, present: bool| {
            present.then(|| {
                let decision = self.layer_decision(kind, r, flip);
                out.layers.push(LayerDecision {
                    layer: kind,
                    decision,
                    node: None,
                });
                decision
            })
        };
        if facts.owner_root {
            // E4, except a bucket-policy deny naming the root (B3.2).
            let bucket = layer(PolicyKind::Bucket, self.has(PolicyKind::Bucket));
            if bucket == Some(Decision::ExplicitDeny) {
                return (Decision::ExplicitDeny, Some(PolicyKind::Bucket));
            }
            return (Decision::Allow, None);
        }
        let identity = layer(PolicyKind::Identity, true).unwrap_or(Decision::ImplicitDeny);
        let bucket = layer(PolicyKind::Bucket, self.has(PolicyKind::Bucket));
        let boundary = layer(PolicyKind::Boundary, self.has(PolicyKind::Boundary));
        let session = layer(PolicyKind::Session, self.has(PolicyKind::Session));
        let restricting = [
            (PolicyKind::Boundary, boundary),
            (PolicyKind::Session, session),
        ];
        let pool = [
            (PolicyKind::Identity, Some(identity)),
            (PolicyKind::Bucket, bucket),
        ];
        // L2: an explicit deny in any layer is final.
        if let Some((kind, _)) = pool
            .iter()
            .chain(&restricting)
            .find(|(_, d)| *d == Some(Decision::ExplicitDeny))
        {
            return (Decision::ExplicitDeny, Some(*kind));
        }
        let allows = |d: Option<Decision>| d == Some(Decision::Allow);
        if facts.cross_account {
            // B3.4: the owner's bucket policy must allow, and a user's own account too.
            if !allows(bucket) {
                return (Decision::ImplicitDeny, Some(PolicyKind::Bucket));
            }
            if facts.caller != PrincipalKind::Root && identity != Decision::Allow {
                return (Decision::ImplicitDeny, Some(PolicyKind::Identity));
            }
        } else if identity != Decision::Allow && !allows(bucket) {
            return (Decision::ImplicitDeny, Some(PolicyKind::Identity));
        }
        if let Some((kind, _)) = restricting
            .iter()
            .find(|(_, d)| d.is_some_and(|d| d != Decision::Allow))
        {
            return (Decision::ImplicitDeny, Some(*kind));
        }
        let by = if identity == Decision::Allow {
            PolicyKind::Identity
        } else {
            PolicyKind::Bucket
        };
        (Decision::Allow, Some(by))
    }

    /// The decision over every requested resource (rule R7), with `flip` inverting one statement's matches.
    fn decide(&self, flip: Flip) -> Decided {
        let per_resource: Vec<ResourceOutcome> = (0..self.request.resources.len())
            .map(|r| self.decide_resource(r, flip))
            .collect();
        let decision = if per_resource.iter().all(|o| o.decision == Decision::Allow) {
            Decision::Allow
        } else if per_resource
            .iter()
            .any(|o| o.decision == Decision::ExplicitDeny)
        {
            Decision::ExplicitDeny
        } else {
            Decision::ImplicitDeny
        };
        let deciding = per_resource.iter().find(|o| o.decision == decision);
        Decided {
            decision,
            layer: deciding.and_then(|o| o.layer),
            // The SCPs decided at the last node the walk reached.
            scp_node: deciding
                .filter(|o| o.layer == Some(PolicyKind::Scp))
                .and_then(|o| o.layers.iter().rev().find_map(|l| l.node.clone())),
            assume_role: deciding.and_then(|o| o.assume_role),
            resources: (self.request.resources.iter())
                .zip(&per_resource)
                .map(|(resource, o)| {
                    let of = |kind| {
                        o.layers
                            .iter()
                            .find(|l| l.layer == kind)
                            .map(|l| l.decision)
                    };
                    ResourceDecision {
                        resource: resource.clone(),
                        decision: o.decision,
                        policies: of(PolicyKind::Identity).unwrap_or(Decision::ImplicitDeny),
                        boundary: of(PolicyKind::Boundary),
                        // The two layers of before kinds are the fields above; a list only for more.
                        layers: if o
                            .layers
                            .iter()
                            .all(|l| matches!(l.layer, PolicyKind::Identity | PolicyKind::Boundary))
                        {
                            Vec::new()
                        } else {
                            o.layers.clone()
                        },
                    }
                })
                .collect(),
        }
    }

    /// All matching statements of the deciding effect in the layers that apply (none for the root account's
    /// allow, which policies do not decide).
    fn deciding(&self, decision: Decision) -> Vec<StatementRef> {
        let deciding_effect = match decision {
            Decision::Allow if !self.facts.owner_root => Some(Effect::Allow),
            Decision::ExplicitDeny => Some(Effect::Deny),
            _ => None,
        };
        self.statements()
            .filter(|(p, s)| {
                s.effect.is_some()
                    && s.effect == deciding_effect
                    && s.matches.iter().any(|m| *m)
                    && self.applies(p.source, s)
            })
            .map(|(p, s)| statement_ref(p, s))
            .collect()
    }

    /// The CHOICE rules the decision relied on, and whether it is authoritative (rule E6).
    fn assumptions_and_authoritative(
        &self,
        outcome: &Decided,
        deciding: &[StatementRef],
    ) -> (Vec<Rule>, bool) {
        let decision = outcome.decision;
        let mut assumptions: Vec<Rule> = self.request.assumptions.clone();
        let mut authoritative = true;
        for (p, s) in self.statements() {
            if !self.applies(p.source, s) && s.outcome != Outcome::NotEvaluated {
                continue;
            }
            if s.outcome == Outcome::NotEvaluated {
                authoritative = false;
                assumptions.extend(s.assumptions.iter().copied());
                continue;
            }
            if s.assumptions.is_empty() || self.facts.owner_root {
                continue;
            }
            // A choice matters when flipping this statement's outcome would change the decision.
            if self
                .decide(Some((p.source, p.policy, s.statement)))
                .decision
                != decision
            {
                authoritative = false;
                assumptions.extend(s.assumptions.iter().copied());
            } else if deciding.iter().any(|d| *d == statement_ref(p, s)) {
                assumptions.extend(s.assumptions.iter().copied());
            }
        }
        if decision == Decision::ExplicitDeny
            && deciding.iter().any(|d| d.source == PolicyKind::Boundary)
        {
            assumptions.push(Rule::E3);
        }
        let (layer_rules, layer_authoritative) = self.layer_assumptions(outcome);
        assumptions.extend(layer_rules);
        authoritative &= layer_authoritative;
        assumptions.sort();
        assumptions.dedup();
        (assumptions, authoritative)
    }

    /// The layer rules a decision rests on (chapters T, S, B, O, L); false when the order of the layers, which
    /// is our choice, decides (rule L3).
    fn layer_assumptions(&self, outcome: &Decided) -> (Vec<Rule>, bool) {
        let facts = &self.facts;
        let mut rules = Vec::new();
        let mut authoritative = true;
        let consulted = |kind: PolicyKind| {
            outcome
                .resources
                .iter()
                .any(|r| r.layers.iter().any(|l| l.layer == kind))
        };
        if outcome.assume_role.is_some() {
            rules.push(Rule::T5);
        }
        if self.has(PolicyKind::Session) && consulted(PolicyKind::Session) {
            rules.push(Rule::S2);
        }
        if consulted(PolicyKind::Bucket) {
            rules.push(Rule::B3);
        }
        if facts.scp_applies && outcome.layer == Some(PolicyKind::Scp) {
            rules.push(Rule::O2);
        }
        // L3: SCPs against the root.
        if self.has(PolicyKind::Scp) && facts.caller == PrincipalKind::Root && !facts.scp_applies {
            rules.extend([Rule::O3, Rule::L3]);
            authoritative = false;
        }
        // L3: a bucket-policy allow against a boundary or session policy that also had to allow.
        let bucket_allowed = outcome.resources.iter().any(|r| {
            r.layers
                .iter()
                .any(|l| l.layer == PolicyKind::Bucket && l.decision == Decision::Allow)
        });
        let restricted = self.has(PolicyKind::Boundary) || self.has(PolicyKind::Session);
        if bucket_allowed && restricted && outcome.decision != Decision::ExplicitDeny {
            rules.push(Rule::L3);
            authoritative = false;
        }
        // L3 and B3.3: a deny for everyone, not applied to this signed request, would have denied it.
        if self.everyone_denies().next().is_some() {
            rules.extend([Rule::B3, Rule::L3]);
            if outcome.decision != Decision::ExplicitDeny {
                authoritative = false;
            }
        }
        (rules, authoritative)
    }

    /// Bucket statements denying everyone that matched a signed request, which rule B3.3 does not apply.
    fn everyone_denies(&self) -> impl Iterator<Item = StatementRef> + '_ {
        let signed = self.facts.caller != PrincipalKind::Anonymous;
        self.sets[PolicyKind::Bucket.index()]
            .iter()
            .flat_map(|p| p.statements.iter().map(move |s| (p, s)))
            .filter(move |(_, s)| {
                signed
                    && !self.facts.bucket_ignored
                    && s.effect == Some(Effect::Deny)
                    && s.matches.iter().any(|m| *m)
                    && s.principal
                        .as_ref()
                        .is_some_and(|p| p.everyone && !p.names_caller)
            })
            .map(|(p, s)| statement_ref(p, s))
    }
}

/// One resource's decision through the layers.
#[derive(Default)]
struct ResourceOutcome {
    decision: Decision,
    layer: Option<PolicyKind>,
    layers: Vec<LayerDecision>,
    assume_role: Option<RoleAssumption>,
}

impl ResourceOutcome {
    fn decided(mut self, decision: Decision, layer: Option<PolicyKind>) -> Self {
        self.decision = decision;
        self.layer = layer;
        self
    }
}

fn statement_ref(p: &PolicyTrace, s: &StatementTrace) -> StatementRef {
    StatementRef {
        source: p.source,
        policy: p.policy,
        statement: s.statement,
        span: s.span,
    }
}

pub use action::verdict as action_verdict;
pub use principal::is_everyone as principal_is_everyone;

/// Every distinct action pattern of the policies and the boundary, in order of appearance. Two requests that
/// differ only in their action and get the same verdict from each of these are decided alike (the
/// whole-catalog matrix relies on it to evaluate each kind of API once).
pub fn distinct_action_patterns<'p>(
    policies: &[&'p Policy],
    boundary: &[&'p Policy],
) -> Vec<&'p str> {
    let mut seen = std::collections::HashSet::new();
    policies
        .iter()
        .chain(boundary)
        .flat_map(|p| &p.statements)
        .flat_map(|s| &s.actions)
        .map(|pattern| pattern.value.as_str())
        .filter(|pattern| seen.insert(*pattern))
        .collect()
}

/// A text (or list of texts) for the reasoning, or nothing when only a decision is asked for (one allocation
/// fewer per check).
pub(crate) fn kept_text<T: ToOwned + ?Sized>(texts: bool, text: &T) -> T::Owned
where
    T::Owned: Default,
{
    if texts {
        text.to_owned()
    } else {
        T::Owned::default()
    }
}

/// From this many statements on, a decision-only evaluation asks the policy's action index which statements
/// can concern the request rather than reading every statement's action patterns: below it, building the
/// index costs more than it saves (a policy parsed for one evaluation builds it for that one).
const INDEXED_FROM: usize = 16;

fn trace_policy(
    source: PolicyKind,
    index: usize,
    policy: &Policy,
    request: &ResolvedRequest,
    detail: Detail,
) -> PolicyTrace {
    // Without the index every statement is a candidate.
    let mut candidates =
        (detail == Detail::DecisionOnly && policy.statements.len() >= INDEXED_FROM).then(|| {
            policy
                .statements_for(&request.request.action)
                .into_iter()
                .peekable()
        });
    let mut statements: Vec<StatementTrace> = (policy.statements.iter().enumerate())
        .map(|(position, s)| {
            let candidate = candidates
                .as_mut()
                .is_none_or(|c| c.next_if_eq(&position).is_some());
            if candidate {
                trace_statement(source, s, request, detail)
            } else {
                not_concerned(s)
            }
        })
        .collect();
    statements.extend(
        policy
            .invalid_statements
            .iter()
            .map(|invalid| StatementTrace {
                not_evaluated: Some(NotEvaluated::Invalid),
                ..unchecked(
                    (invalid.index, invalid.span),
                    None,
                    Outcome::NotEvaluated,
                    vec![false; request.resources.len()],
                )
            }),
    );
    statements.sort_by_key(|s| s.statement);
    PolicyTrace {
        source,
        policy: index,
        node: None,
        statements,
    }
}

// Kept out of `trace_policy`'s loop: inlined there, a prepared decision-only call took 1.3% more instructions
// (callgrind, the scenario of bench/scenarios.mjs).
#[inline(never)]
fn trace_statement(
    kind: PolicyKind,
    statement: &Statement,
    request: &ResolvedRequest,
    detail: Detail,
) -> StatementTrace {
    let action_name = request.request.action.as_str();
    if detail == Detail::DecisionOnly && plainly_not_matching(statement, action_name) {
        return not_concerned(statement);
    }
    let texts = detail == Detail::Full;
    let checks: Vec<_> = statement
        .actions
        .iter()
        .map(|a| action::check(a, action_name, texts))
        .collect();
    let action = ActionTrace {
        matched: checks.iter().any(|c| c.verdict.is_match()),
        checks,
    };
    let operation_level = request
        .api
        .as_ref()
        .is_some_and(|api| api.granularity == Granularity::Operation);
    // Rule T1: a trust policy's statements concern the role the request names, whatever their resource.
    let resources: Vec<ResourceTrace> = request
        .resources
        .iter()
        .map(|resource| {
            if kind == PolicyKind::Trust {
                return ResourceTrace {
                    resource: kept_text(texts, resource),
                    matched: true,
                    checks: Vec::new(),
                };
            }
            let target = resource::Target {
                resource,
                operation_level,
                principal: &request.request.principal,
                texts,
            };
            let checks: Vec<_> = statement
                .resources
                .iter()
                .map(|p| resource::check(p, &target))
                .collect();
            ResourceTrace {
                resource: kept_text(texts, resource),
                matched: checks.iter().any(|c| c.verdict.is_match()),
                checks,
            }
        })
        .collect();
    let condition = condition::evaluate(
        &statement.conditions,
        &condition::RequestKeys::new(request, texts),
    );
    let principal = kind.has_principal().then(|| {
        principal::check(
            &statement.principals,
            &request.request.principal,
            kind,
            texts,
        )
    });
    let principal_matched = principal.as_ref().is_none_or(|p| p.matched);
    let matches: Vec<bool> = resources
        .iter()
        .map(|r| action.matched && r.matched && condition.matched && principal_matched)
        .collect();

    let permid = action
        .checks
        .iter()
        .find(|c| c.verdict == trace::ActionVerdict::PermId);
    let unknown_operator = statement.conditions.iter().find_map(|b| {
        b.operator
            .as_ref()
            .err()
            .map(|e| NotEvaluated::UnknownOperator {
                operator: b.name.value.clone(),
                span: b.name.span,
                suggestion: e.suggestion.clone(),
            })
    });
    // A permid/ action could grant this request (its contents are unknown) only if nothing else rules it out.
    let not_evaluated = match (permid, unknown_operator) {
        (_, Some(unknown)) => Some(unknown),
        (Some(check), None) if !action.matched => Some(NotEvaluated::PermId {
            action: check.pattern.clone(),
            span: check.span,
        }),
        _ => None,
    };
    let outcome = if not_evaluated.is_some() {
        Outcome::NotEvaluated
    } else if matches.iter().all(|m| *m) {
        Outcome::Matched
    } else if matches.iter().any(|m| *m) {
        Outcome::PartlyMatched
    } else {
        Outcome::NotMatched
    };
    let mut assumptions =
        statement_assumptions(&action, &resources, &condition, not_evaluated.as_ref());
    // The principal is a fourth element, read as the others are: its choices count when every other element
    // matched; when it alone fails, only its choices do; when it and another fail, none do.
    let others_matched = action.matched && resources.iter().all(|r| r.matched) && condition.matched;
    if let (Some(principal), None) = (&principal, &not_evaluated) {
        let principal_rules = principal
            .checks
            .iter()
            .flat_map(|c| c.assumptions.iter().copied());
        match (others_matched, principal.matched) {
            (true, true) => assumptions.extend(principal_rules),
            (true, false) => assumptions = principal_rules.collect(),
            (false, false) => assumptions.clear(),
            (false, true) => {}
        }
    }
    // Rule G2: reading a capitalised element or effect as lowercase is a choice a matching statement rests on.
    if statement.read_as_lowercase && matches.iter().any(|m| *m) {
        assumptions.push(Rule::G2);
    }
    assumptions.sort();
    assumptions.dedup();
    StatementTrace {
        statement: statement.index,
        span: statement.span,
        effect: Some(statement.effect.value),
        outcome,
        not_evaluated,
        action,
        resources,
        condition,
        principal,
        matches: if outcome == Outcome::NotEvaluated {
            vec![false; request.resources.len()]
        } else {
            matches
        },
        assumptions,
    }
}

/// The trace of a statement whose elements were not checked (invalid, or plainly not matching): it applies to
/// no requested resource and depends on no choice.
fn unchecked(
    (statement, span): (usize, crate::span::Span),
    effect: Option<Effect>,
    outcome: Outcome,
    matches: Vec<bool>,
) -> StatementTrace {
    StatementTrace {
        statement,
        span,
        effect,
        outcome,
        not_evaluated: None,
        action: ActionTrace::default(),
        resources: Vec::new(),
        condition: ConditionTrace::default(),
        principal: None,
        matches,
        assumptions: Vec::new(),
    }
}

/// The decision-only trace of a statement whose action patterns all differ from the request's, for no CHOICE
/// rule: not matched, and its `matches` left empty (it applies to no resource) so that it allocates nothing.
fn not_concerned(statement: &Statement) -> StatementTrace {
    unchecked(
        (statement.index, statement.span),
        Some(statement.effect.value),
        Outcome::NotMatched,
        Vec::new(),
    )
}

/// A statement none of whose action patterns matches, for no CHOICE rule (no `permid/`, no case-only miss),
/// and with no unknown operator: whatever its resources and conditions, it is not matched and depends on no
/// choice (`statement_assumptions` only looks at the action's choices when the action is the one failing
/// element). Decided from the verdicts alone, without building the action checks.
fn plainly_not_matching(statement: &Statement, action: &str) -> bool {
    statement
        .actions
        .iter()
        .all(|a| action::verdict(&a.value, action) == trace::ActionVerdict::Different)
        && statement.conditions.iter().all(|b| b.operator.is_ok())
}

/// The CHOICE rules a statement's outcome depended on. A matched statement depends on the choices that made
/// each element match; an unmatched one only on the choices of its single failing element, if just one failed.
fn statement_assumptions(
    action: &ActionTrace,
    resources: &[ResourceTrace],
    condition: &ConditionTrace,
    not_evaluated: Option<&NotEvaluated>,
) -> Vec<Rule> {
    let mut rules = match not_evaluated {
        Some(NotEvaluated::PermId { .. }) => return vec![Rule::A3],
        Some(NotEvaluated::UnknownOperator { .. }) => return vec![Rule::C2],
        Some(NotEvaluated::Invalid) => return Vec::new(),
        None => Vec::new(),
    };
    let action_rules = element_rules(
        action.matched,
        action
            .checks
            .iter()
            .map(|c| (c.verdict.is_match(), &c.assumptions)),
    );
    let resource_rules: Vec<Rule> = resources
        .iter()
        .flat_map(|r| {
            element_rules(
                r.matched,
                r.checks
                    .iter()
                    .map(|c| (c.verdict.is_match(), &c.assumptions)),
            )
        })
        .collect();
    let condition_rules = condition::assumptions(condition);
    let resources_matched = resources.iter().all(|r| r.matched);
    let failing = [!action.matched, !resources_matched, !condition.matched];
    match failing.iter().filter(|f| **f).count() {
        0 => {
            rules.extend(action_rules);
            rules.extend(resource_rules);
            rules.extend(condition_rules);
        }
        1 if !action.matched => rules.extend(action_rules),
        1 if !resources_matched => rules.extend(resource_rules),
        1 => rules.extend(condition_rules),
        _ => {}
    }
    rules.sort();
    rules.dedup();
    rules
}

/// For an element made of alternatives (action or resource patterns): when it matched, the choices of a
/// matching pattern unless another pattern matched without any; when it failed, every failing pattern's choices.
fn element_rules<'a>(
    matched: bool,
    checks: impl Iterator<Item = (bool, &'a Vec<Rule>)> + Clone,
) -> Vec<Rule> {
    if matched {
        let mut matching = checks.filter(|(m, _)| *m);
        let first = matching.clone().next();
        if matching.any(|(_, rules)| rules.is_empty()) {
            return Vec::new();
        }
        first.map(|(_, rules)| rules.clone()).unwrap_or_default()
    } else {
        checks
            .flat_map(|(_, rules)| rules.iter().copied())
            .collect()
    }
}

/// What the notes look at: the decision, its deciding statements, and the policies they are in.
struct NoteContext<'a> {
    facts: &'a RequestFacts,
    decision: Decision,
    /// The organization node whose SCPs decided (`Decided::scp_node`).
    scp_node: Option<&'a ScpNode>,
    deciding: &'a [StatementRef],
    layers: &'a Layers<'a>,
    traces: &'a Traces<'a>,
    request: &'a ResolvedRequest,
}

impl NoteContext<'_> {
    fn statement_of(&self, r: &StatementRef) -> Option<&Statement> {
        self.layers
            .of(r.source)
            .get(r.policy)?
            .statements
            .iter()
            .find(|s| s.index == r.statement)
    }

    fn is_list_api(&self) -> bool {
        self.request
            .api
            .as_ref()
            .is_some_and(|a| a.category == Category::List)
    }
}

fn notes(context: &NoteContext<'_>) -> Vec<Note> {
    let facts = context.facts;
    let traces = context.traces;
    let mut notes = Vec::new();
    if facts.owner_root && context.decision == Decision::Allow {
        notes.push(Note::RootAccount);
    }
    if traces.has(PolicyKind::Scp) && facts.caller == PrincipalKind::Root && !facts.scp_applies {
        notes.push(Note::ScpSkipsRoot);
    }
    if facts.scp_applies && !facts.full_qcloud_access && context.decision == Decision::ExplicitDeny
    {
        let scp_denied = context.deciding.iter().any(|d| d.source == PolicyKind::Scp);
        if let Some(node) = context.scp_node.filter(|_| !scp_denied) {
            notes.push(Note::ScpNoAllow { node: node.clone() });
        }
    }
    if facts.assumes_role && !facts.caller_needs_policy {
        notes.push(Note::CallerNeedsNoPolicy {
            principal: facts.caller,
        });
    }
    if facts.caller == PrincipalKind::Anonymous && traces.has(PolicyKind::Bucket) {
        notes.push(Note::AnonymousBucketOnly);
    }
    notes.extend(
        traces
            .everyone_denies()
            .map(|statement| Note::EveryoneDenyNotApplied { statement }),
    );
    if facts.cross_account {
        notes.push(Note::CrossAccount);
    }
    if facts.bucket_ignored && traces.has(PolicyKind::Bucket) {
        notes.push(Note::BucketActionIgnored);
    }
    if context.decision == Decision::ExplicitDeny {
        notes.extend(list_api_tag_denies(context));
        notes.extend(platform_may_ignore_deny(context));
    }
    if context.is_list_api() && !facts.owner_root {
        notes.extend(list_query_operators(context));
    }
    notes
}

/// Rule E5: deciding denies with tag conditions, which CAM does not apply to list APIs.
fn list_api_tag_denies(context: &NoteContext<'_>) -> Vec<Note> {
    if !context.is_list_api() {
        return Vec::new();
    }
    let uses_tag = |s: &Statement| {
        s.conditions.iter().any(|b| {
            b.keys
                .iter()
                .any(|k| crate::policy::keys::is_tag_key(&k.name.value))
        })
    };
    context
        .deciding
        .iter()
        .filter(|r| context.statement_of(r).is_some_and(uses_tag))
        .map(|r| Note::ListApiTagDeny { statement: *r })
        .collect()
}

/// Rule E5: services whose denies real CAM may not apply.
fn platform_may_ignore_deny(context: &NoteContext<'_>) -> Option<Note> {
    let service = context
        .request
        .request
        .action
        .split(':')
        .next()
        .unwrap_or_default();
    matches!(service, "cos" | "billing" | "finance").then(|| Note::PlatformMayIgnoreDeny {
        service: service.to_string(),
    })
}

/// Rule E5: deciding statements of a list API with an operator that is not an exact match, which CAM's docs
/// say does not take effect for list queries.
fn list_query_operators(context: &NoteContext<'_>) -> Vec<Note> {
    context
        .deciding
        .iter()
        .filter_map(|r| {
            let inexact = context.statement_of(r).and_then(|s| {
                s.conditions
                    .iter()
                    .find(|b| b.operator.as_ref().is_ok_and(|op| !op.is_exact_match()))
            })?;
            Some(Note::ListQueryOperator {
                statement: *r,
                operator: inexact.name.value.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::catalog::Catalog;
    use crate::workspace::{NamedPolicy, Workspace};

    use super::Detail;

    /// A policy big enough for the action index, with every kind of action pattern: plain names (also in another
    /// case, with `name/`, and with a Kelvin sign that lowercases to `k`), wildcards, `permid/`, an unknown
    /// operator. For every API and a few odd actions, decision-only evaluation concludes as the full one.
    #[test]
    fn the_action_index_concludes_as_reading_every_statement() {
        let patterns = [
            r#""ccc:CreateStaff""#,
            r#""CCC:createstaff""#,
            r#""name/ccc:DeleteStaff""#,
            r#""ccc:DescribeTelCdr", "ccc:Create*""#,
            r#""ccc:ModifyStaff""#,
            r#""permid/1""#,
            r#""ccc:DeleteStaf\u212a""#,
            r#""*""#,
            r#""ccc:BindStaffSkillGroupList", "ccc:UnbindStaffSkillGroupList""#,
        ];
        let statements: Vec<String> = (0..40)
            .map(|i| {
                let effect = if i % 5 == 0 { "deny" } else { "allow" };
                let condition = match i % 7 {
                    0 => r#", "condition": {"bogus_op": {"qcs:ip": ["10.0.0.0/8"]}}"#,
                    1 => r#", "condition": {"ip_equal": {"qcs:ip": ["10.0.0.0/8"]}}"#,
                    _ => "",
                };
                let pattern = patterns[i % patterns.len()];
                let pattern = if i == 7 { r#""ccc:Nothing""# } else { pattern };
                format!(r#"{{"effect": "{effect}", "action": [{pattern}], "resource": ["*"]{condition}}}"#)
            })
            .collect();
        let policy = format!(
            r#"{{"version": "2.0", "statement": [{}]}}"#,
            statements.join(", ")
        );
        let catalog = Catalog::builtin();
        let actions = catalog
            .actions()
            .map(|(name, _, _)| name.to_string())
            .chain(
                [
                    "ccc:createSTAFF",
                    "ccc:DeleteStaffK",
                    "ccc:deletestafk",
                    "ccc:Nope",
                ]
                .map(String::from),
            );
        for action in actions {
            let workspace = Workspace {
                policies: vec![NamedPolicy {
                    name: "big".into(),
                    text: policy.clone(),
                    ..Default::default()
                }],
                boundary: vec![],
                request: format!(
                    r#"{{"action": "{action}", "resource": "*", "principal": {{"uin": "100000000011", "owner_uin": "100000000001"}}, "context": {{"qcs:ip": "10.1.2.3"}}}}"#
                ),
                ..Default::default()
            };
            let decided = |detail| {
                let result = workspace.run_with(catalog, detail);
                let e = result.evaluation.expect("the big policy evaluates");
                format!(
                    "{:?} {} {:?} {:?} {:?} {:?}",
                    e.decision, e.authoritative, e.deciding, e.assumptions, e.notes, e.resources
                )
            };
            assert_eq!(
                decided(Detail::DecisionOnly),
                decided(Detail::Full),
                "{action}"
            );
        }
    }
}
