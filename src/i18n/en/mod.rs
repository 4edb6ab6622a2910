//! The English tables: every sentence of the reasoning (`render`, keyed by `Message` variant), every fixed label
//! of the interface (`label`), and each phase's diagnostics (the submodules). `zh_cn` has the same shape.

pub mod analysis;
pub mod api;
pub mod cli;
pub mod json;
mod lint;
mod policy;
pub mod request;
#[cfg(not(target_arch = "wasm32"))]
mod terraform;
pub mod tests_panel;

use crate::diagnostic::Text;
use crate::eval::trace::{
    ActionVerdict, KeyOrigin, KeyReason, KeyTrace, Outcome, ResourceVerdict, Segment, SegmentCheck,
    StatementRef,
};
use crate::eval::{Decision, Note};
use crate::explain::phrase::{
    never_matching, segment_notes, Conclusion, NeverMatches, Ordered, SegmentMiss, SegmentNote,
};
use crate::explain::{AssumptionDetail, Message};
use crate::i18n::{example, sentence, Sentence, Words};
use crate::policy::Effect;
use crate::policy::PolicyKind;
use crate::policy_kind::ScpNode;
#[allow(unused_imports)] // the rules a sentence cites, as `{R5}`
use crate::rules::Rule::*;

/// A diagnostic's message and help.
pub fn words(text: &Text) -> Words {
    match text {
        Text::Json(t) => json::words(t),
        Text::Policy(t) => policy::words(t),
        Text::Request(t) => request::words(t),
        Text::Lint(t) => lint::words(t),
        #[cfg(not(target_arch = "wasm32"))]
        Text::Terraform(t) => terraform::words(t),
    }
}

pub fn render(message: &Message) -> Sentence {
    match message {
        Message::Decision { decision, action, hypothetical: false } => match decision {
            Decision::Allow => sentence!("Allowed: CAM would allow {action}."),
            Decision::ExplicitDeny => sentence!("Explicitly denied: a deny statement matches {action}."),
            Decision::ImplicitDeny => sentence!("Implicitly denied: nothing allows {action}, so CAM denies it by default."),
        },
        Message::Decision { decision, action, hypothetical: true } => match decision {
            Decision::Allow => sentence!("Hypothetically allowed: if CAM accepted these policies as written, it would allow {action}."),
            Decision::ExplicitDeny => sentence!("Hypothetically denied: if CAM accepted these policies as written, a deny statement would match {action}."),
            Decision::ImplicitDeny => sentence!("Hypothetically denied: if CAM accepted these policies as written, nothing would allow {action}."),
        },
        Message::Refused { source, number, errors } => {
            // The first error, and how many more the problem list shows (finding 26: not a wall of text).
            let first = errors
                .first()
                .map(|e| format!("{} — {} (line {}, column {})", e.cam_error, words(&e.text).message, e.span.line, e.span.column))
                .unwrap_or_default();
            let more = match errors.len() {
                0 | 1 => String::new(),
                2 => "; 1 more error is listed under the policy".to_string(),
                n => format!("; {} more errors are listed under the policy", n - 1),
            };
            sentence!(
                "CAM would refuse to save {} {number}: {first}{more}. The decision below is hypothetical (rule {G9}).",
                set_name(*source).to_lowercase()
            )
        }
        Message::NotAuthoritative => "Not authoritative: part of this decision rests on a statement that could not be evaluated or on a choice where Tencent's docs are silent (see the assumptions below).".into(),
        Message::RequestApi { action, operation_level, product } => match (operation_level, product) {
            (Some(true), Some(p)) => sentence!("{action} is an operation-level {p} API: it cannot be authorized for specific resources."),
            (Some(false), Some(p)) => sentence!("{action} is a resource-level {p} API: it can be authorized per resource."),
            _ => sentence!("{action} is not in the catalog; the request's resource is used as given."),
        },
        Message::ResourceOperationLevel { api } => sentence!("So CAM checks {api} against the resource `*` (rule {R5})."),
        Message::ResourceIgnored { given } => sentence!("The resource named in the request ({}) is not used for an operation-level API.", given.join(", ")),
        Message::ResourceFromTemplate { template, resources } => sentence!("The resource is built from the catalog template {template}: {}.", resources.join(", ")),
        Message::ResourceGiven { resources } => sentence!("The request names the resource {}.", resources.join(", ")),
        Message::RootAccount => sentence!("The requester is the owner's root account, which has full access to its own resources without policies (rule {E4})."),
        Message::PolicyHeader { source, number, statements } => sentence!("{} {number} ({statements} statement{}):", set_name(*source), plural(*statements)),
        Message::DeniedByLayer { layer, action, node: None } => sentence!("Explicitly denied: no statement of the {} allows {action}, which that layer treats as a deny (rule {O2}).", layer_name(*layer).to_lowercase()),
        Message::DeniedByLayer { action, node: Some(node), .. } => sentence!("Explicitly denied: no SCP bound to {} allows {action}, and at every node of the organization that is a deny (rule {O2}).", node_name(node)),
        Message::ScpLevel { node, decision: None } => sentence!("SCPs bound to {}: not reached, a node below denied (rule {O2}).", node_name(node)),
        Message::ScpLevel { node, decision: Some(d) } => sentence!("SCPs bound to {}: {} (rule {O2}).", node_name(node), decision_name(*d)),
        Message::LayerNotReached { layer } => sentence!("{}: not reached, an earlier layer's deny decided (rule {L2}).", layer_name(*layer)),
        Message::Caller { principal, name } if name.is_empty() => sentence!("Who is asking: {}.", principal_word(*principal)),
        Message::Caller { principal, name } => sentence!("Who is asking: {} {name}.", principal_word(*principal)),
        Message::AssumeRole { caller, trust } => {
            let own = match caller {
                None => "the caller needs no policy of its own".to_string(),
                Some(d) => format!("the caller's own policies give {}", decision_name(*d)),
            };
            sentence!("Assuming a role needs the caller's own allow and the trust policy's (rule {T5}): {own}; the trust policy gives {}.", decision_name(*trust))
        }
        Message::LayerHeader { layer, decision: None } => sentence!("{}: does not apply to this caller.", layer_name(*layer)),
        Message::LayerHeader { layer, decision: Some(d) } => sentence!("{}: {} (rule {L1}).", layer_name(*layer), decision_name(*d)),
        Message::Principal { check: Some(check), matched: true } => sentence!("principal `{}` names {}.", check.name, verdict_words(check.verdict)),
        Message::Principal { .. } => "principal: no name in it is the caller.".into(),
        Message::NoPolicies { source } => match source {
            PolicyKind::Identity => "No policy is attached, so nothing can allow the request.".into(),
            PolicyKind::Boundary => "No permissions boundary.".into(),
            kind => sentence!("No {}.", kind_name(*kind).trim_start_matches("an ").trim_start_matches("a ")),
        },
        Message::StatementHeader { number, effect, outcome } => {
            let effect = effect.map_or("?", Effect::as_str);
            let outcome = match outcome {
                Outcome::Matched => "matches",
                Outcome::PartlyMatched => "matches some of the resources",
                Outcome::NotMatched => "does not match",
                Outcome::NotEvaluated => "not evaluated",
            };
            sentence!("Statement {number} ({effect}): {outcome}")
        }
        Message::StatementInvalid => "This statement has errors (see the problems list) and is not evaluated.".into(),
        Message::StatementPermId { action } => sentence!("`{action}` names a console feature set whose APIs are not published, so the playground cannot tell what it grants; it is treated as not matching (rule {A3})."),
        Message::StatementUnknownOperator { operator, suggestion } => match suggestion {
            Some(s) => sentence!("`{operator}` is not a condition operator (did you mean `{s}`?), so the statement is not evaluated (rule {C2})."),
            None => sentence!("`{operator}` is not a condition operator, so the statement is not evaluated (rule {C2})."),
        },
        Message::Action { check, action } => {
            let prefix = if check.name_prefix { sentence!(" (the `name/` prefix is optional, rule {A2})") } else { Sentence::default() };
            let pattern = &check.pattern;
            match check.verdict {
                ActionVerdict::Everything => sentence!("Action `{pattern}` covers every action, including {action}{prefix}."),
                ActionVerdict::Exact => sentence!("Action `{pattern}` names {action}{prefix}."),
                ActionVerdict::Wildcard => sentence!("Action `{pattern}` matches {action} by wildcard{prefix}."),
                ActionVerdict::Different => sentence!("Action `{pattern}` does not match {action}{prefix}."),
                ActionVerdict::CaseOnly => sentence!("Action `{pattern}` would match {action} if case were ignored, but matching is case-sensitive (rule {A4})."),
                ActionVerdict::PermId => sentence!("Action `{pattern}` is a console feature set: never matched (rule {A3})."),
            }
        }
        Message::Resource { check, resource, api, failing } => {
            let pattern = &check.pattern;
            match check.verdict {
                ResourceVerdict::Everything => sentence!("Resource `*` covers {resource} (rule {R1})."),
                ResourceVerdict::Matches => sentence!("Resource `{pattern}` matches {resource}{}.", match_detail(&check.segments)),
                ResourceVerdict::OperationLevel => sentence!(
                    "Resource `{pattern}` names specific resources, but {} is an operation-level API, so CAM checks the resource `*` and this statement does not apply (rule {R5}). Grant it in a statement whose resource is `*`.",
                    api.as_deref().unwrap_or("this")
                ),
                ResourceVerdict::RequestIsEverything => sentence!("The request's resource is `*`, which only the resource `*` covers, not `{pattern}`."),
                ResourceVerdict::Malformed => sentence!("Resource `{pattern}` is not a valid six-segment resource and never matches (rule {R2})."),
                ResourceVerdict::Different => match failing {
                    Some(seg) => sentence!("Resource `{pattern}` does not match {resource}: {}", segment_failure(seg)),
                    None => sentence!("Resource `{pattern}` does not match {resource}."),
                },
            }
        }
        Message::MoreNotMatching { count } => match count {
            1 => "1 more pattern of this statement does not match either.".into(),
            n => sentence!("{n} more patterns of this statement do not match either."),
        },
        Message::NoCondition => "No condition.".into(),
        Message::ConditionBlock { block } => match (&block.parsed, block.matched) {
            (None, _) => sentence!("Condition `{}` is not evaluated.", block.operator),
            (Some(_), true) => sentence!("Condition `{}` holds for every key.", block.operator),
            (Some(_), false) => sentence!("Condition `{}` fails (all its keys must hold, rule {C1}).", block.operator),
        },
        Message::ConditionKey { key, operator, ordered } => key_sentence(key, operator, *ordered),
        Message::KeyOrigin { key, origin } => match origin {
            KeyOrigin::TagsNotSupported { product, ignored } if ignored.is_empty() => sentence!("{product} has no authorization by tag (its CAM API table says not supported), so CAM has no {key} for this action: the key is absent (rule {C9})."),
            KeyOrigin::TagsNotSupported { product, ignored } => sentence!("{product} has no authorization by tag (its CAM API table says not supported), so CAM has no {key} for this action: the request's {} {} ignored and the key is absent (rule {C9}).", quoted_list(ignored), if ignored.len() == 1 { "is" } else { "are" }),
            KeyOrigin::Principal { value } => sentence!("The request context has no {key}, so it is the principal's: `{value}` (rule {C8})."),
        },
        Message::StatementApplies { number, effect } => match effect {
            Effect::Allow => sentence!("So statement {number} allows the request."),
            Effect::Deny => sentence!("So statement {number} denies the request."),
        },
        Message::StatementDoesNotApply { number } => sentence!("So statement {number} does not apply."),
        Message::Conclusion { grounds } => match grounds {
            Conclusion::RootAllows => "Decision: allow (root account).".into(),
            Conclusion::AllowedBy(deciding) => sentence!("Decision: allow, by {} and no matching deny (rule {E1}).", refs(deciding)),
            Conclusion::DeniedBy(deciding) => sentence!("Decision: explicit deny, by {}: a matching deny always wins (rule {E1}).", refs(deciding)),
            Conclusion::BoundaryBlocks => sentence!("Decision: implicit deny: the policies allow it, but the permissions boundary does not (rule {E3})."),
            Conclusion::NothingAllows => sentence!("Decision: implicit deny: no statement allows the request, and everything is denied by default (rule {E1})."),
        },
        Message::Assumption { rule, detail } => sentence!("{} See {DOC_SITE}{}", render(&Message::AssumptionText { rule: *rule, detail: detail.clone() }), rule.doc_page()),
        Message::AssumptionText { rule, detail: None } => sentence!("Assumption {} ({}): {}.", rule.id(), kind_word(*rule), rule_title(*rule)),
        Message::AssumptionText { rule, detail: Some(AssumptionDetail::HostBits { written, read_as }) } => sentence!("Assumption {} ({}): `{written}` has host bits set; read as `{read_as}`.", rule.id(), kind_word(*rule)),
        Message::ApisChosen { count } => match count {
            1 => "1 API chosen".into(),
            n => sentence!("{n} APIs chosen"),
        },
        Message::DecisionsChanged { count } => match count {
            1 => "1 decision changed since the snapshot (click it to open its request)".into(),
            n => sentence!("{n} decisions changed since the snapshot (click one to open its request)"),
        },
        Message::UsedInRequest { action } => sentence!("{action} is now the request's action."),
        Message::CatalogShown { shown, total } => sentence!("{shown} / {total} match"),
        Message::MatrixCounts { allowed, explicit, implicit } => sentence!("{allowed} allowed · {explicit} explicitly denied · {implicit} implicitly denied"),
        Message::DecisionChangedSinceLink { was, engine, catalog, now_engine, now_catalog, now } => sentence!("{}: the link showed {was} (engine {engine}, catalog {catalog}); this playground (engine {now_engine}, catalog {now_catalog}) decides {now}.", label(crate::vocabulary::Label::DecisionChanged)),
        Message::UnknownLanguage { tag } => sentence!("The address asks for the language `{tag}`, which the playground does not speak (it speaks en and zh-CN); showing English or your browser's language instead."),
        Message::NamedStatement { source, number, name, line } => sentence!("Statement {number} of {} `{name}` (line {line})", set_name(*source).to_lowercase()),
        Message::Note { note } => match note {
            Note::RootAccount => "The root account is not limited by policies.".into(),
            Note::ListApiTagDeny { statement } => sentence!("Real CAM does not apply a deny with tag conditions to list APIs ({}, rule {E5}): this deny may not take effect.", reference(statement)),
            Note::PlatformMayIgnoreDeny { service } => sentence!("Real CAM ignores some denies for {service} (anonymous COS access, billing under AdministratorAccess; rule {E5})."),
            Note::ListQueryOperator { statement, operator } => sentence!("{} relies on `{operator}`; CAM's docs say only exact-match operators take effect for list queries, so real CAM may not apply it to this list API (rule {E5}).", capitalized(&reference(statement))),
            Note::ScpNoAllow { node } => sentence!("No SCP bound to {} allows this, and FullQcloudAccess was unbound: the Organization docs call that an explicit deny (rule {O2}).", node_name(node)),
            Note::ScpSkipsRoot => sentence!("The workspace's SCPs were not applied: they limit the CAM users and roles of member accounts, not the account's root (rule {O3}; set \"scp_limits_root\": true under the request's \"organization\" to try the other reading)."),
            Note::CallerNeedsNoPolicy { principal } => sentence!("A {} needs no policy of its own to assume a role: the trust policy alone decides (rule {T5}).", principal_word(*principal)),
            Note::AnonymousBucketOnly => sentence!("An anonymous request is judged by the bucket policy's statements for everyone alone (rule {B3})."),
            Note::EveryoneDenyNotApplied { statement } => sentence!("{} denies everyone, but COS judges a signed request by its identity and the statements naming it, so it was not applied here (rule {B3}).", capitalized(&reference(statement))),
            Note::CrossAccount => sentence!("The bucket belongs to another account: its bucket policy must allow the caller, and a user's own account must allow it too (rule {B3})."),
            Note::BucketActionIgnored => sentence!("Bucket-policy statements on GetService and PutBucket grant nothing, so the bucket policy was not consulted (rule {B4})."),
        },
    }
}

fn set_name(source: PolicyKind) -> &'static str {
    match source {
        PolicyKind::Identity => "Policy",
        PolicyKind::Boundary => "Permissions boundary",
        PolicyKind::Trust => "Trust policy",
        PolicyKind::Session => "Session policy",
        PolicyKind::Bucket => "Bucket policy",
        PolicyKind::Scp => "SCP",
    }
}

/// A kind of document as a noun phrase with its article: "a role trust policy".
pub fn kind_name(kind: PolicyKind) -> &'static str {
    match kind {
        PolicyKind::Identity => "an identity policy",
        PolicyKind::Boundary => "a permissions boundary",
        PolicyKind::Trust => "a role trust policy",
        PolicyKind::Session => "an STS session policy",
        PolicyKind::Bucket => "a COS bucket policy",
        PolicyKind::Scp => "a service control policy (SCP)",
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn kind_word(rule: crate::rules::Rule) -> &'static str {
    match rule.kind() {
        crate::rules::RuleKind::Doc => "documented",
        crate::rules::RuleKind::Choice => "our choice where the docs are silent",
    }
}

/// A document of a kind inside a sentence: "policy 2", "trust policy 1".
pub(crate) fn document_name(kind: PolicyKind) -> &'static str {
    match kind {
        PolicyKind::Identity => "policy",
        PolicyKind::Boundary => "boundary",
        PolicyKind::Trust => "trust policy",
        PolicyKind::Session => "session policy",
        PolicyKind::Bucket => "bucket policy",
        PolicyKind::Scp => "SCP",
    }
}

fn reference(r: &StatementRef) -> String {
    let document = document_name(r.source);
    format!(
        "statement {} of {document} {}",
        r.statement + 1,
        r.policy + 1
    )
}

fn refs(deciding: &[StatementRef]) -> String {
    deciding
        .iter()
        .map(reference)
        .collect::<Vec<_>>()
        .join(", ")
}

/// What follows a heading or label before its detail.
pub const COLON: &str = ": ";

/// The CAM documentation (product 598) in English; a rule's page id follows.
pub const DOC_SITE: &str = "https://www.tencentcloud.com/document/product/";

/// An aside after a phrase: ` (hypothetical)`.
pub fn aside(text: &str) -> String {
    format!(" ({text})")
}

/// A sentence starts with a capital.
pub fn sentence_start(text: &str) -> String {
    capitalized(text)
}

/// The generator's ids field: `SdkAppId (comma separated)`.
pub fn ids_label(params: &str) -> String {
    format!("{params} (several separated by commas)")
}

/// The action field's placeholder: `ccc:… (type to search 181 APIs)`.
pub fn action_placeholder(example: &str, count: usize) -> String {
    format!("{example} (type to search {count} APIs)")
}

/// The first letter in capitals when the text starts with a plain lowercase word; an identifier
/// (`ccc:CreateStaff`, `qcs:ip`, `ip_equal`) is left as written (issue 27, finding 19).
pub fn capitalized(text: &str) -> String {
    let first = text.split(' ').next().unwrap_or_default();
    let word = first.trim_end_matches([':', ',', ';', '.', '!', '?']);
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return text.to_string();
    }
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn segment_name(segment: Segment) -> &'static str {
    match segment {
        Segment::Qcs => "prefix",
        Segment::Project => "project",
        Segment::Service => "service",
        Segment::Region => "region",
        Segment::Account => "account",
        Segment::Resource => "resource",
    }
}

fn match_detail(segments: &[SegmentCheck]) -> Sentence {
    let notes: Vec<Sentence> = segment_notes(segments)
        .into_iter()
        .map(segment_note)
        .collect();
    if notes.is_empty() {
        Sentence::default()
    } else {
        sentence!(": {}", Sentence::join(&notes, "; "))
    }
}

fn segment_note(note: SegmentNote) -> Sentence {
    match note {
        SegmentNote::EmptyMeansAny(segment) => sentence!(
            "the empty {} segment means any (rule {R3})",
            segment_name(segment)
        ),
        SegmentNote::EmptyAccountIsOwner(owner) => {
            sentence!("the empty account means the owner, {owner} (rule {R3})")
        }
        SegmentNote::StarSpansSlash(pattern) => {
            sentence!("`*` in `{pattern}` spans a `/` (rule {R4})")
        }
        SegmentNote::CoversDirectory(pattern) => {
            sentence!("`{pattern}` also covers the directory itself (rule {R4})")
        }
    }
}

fn segment_failure(seg: &SegmentCheck) -> Sentence {
    let name = segment_name(seg.segment);
    let (pattern, actual) = (&seg.pattern, &seg.actual);
    match SegmentMiss::of(seg) {
        SegmentMiss::CaseOnly => sentence!("the {name} `{pattern}` differs from `{actual}` only in case, and matching is case-sensitive (rule {R8})."),
        SegmentMiss::VariableKept => sentence!("the {name} `{pattern}` keeps its variable literally (variables are substituted only in the last segment, rule {V2}); write the root UIN, e.g. `{actual}`."),
        SegmentMiss::NotTheOwner => sentence!("the account `{pattern}` is not the resource's owner `{actual}`."),
        SegmentMiss::Different => sentence!("the {name} `{pattern}` does not match `{actual}`."),
    }
}

/// Between the items of a list: a comma.
/// The "?" button's name after a term.
pub fn what_is(term: &str) -> String {
    format!("{} {term}", label(crate::vocabulary::Label::WhatIs))
}

pub const LIST_SEPARATOR: &str = ", ";

pub(super) fn quoted_list(values: &[String]) -> String {
    crate::i18n::quoted(values, LIST_SEPARATOR)
}

/// How an ordered comparison reads (dates, numbers, IP ranges), when it holds and when it fails.
fn comparison(ordered: Ordered) -> (&'static str, &'static str) {
    match ordered {
        Ordered::Equals => ("equals", "does not equal"),
        Ordered::DateBefore => ("is before", "is not before"),
        Ordered::DateAtOrBefore => ("is at or before", "is after"),
        Ordered::DateAfter => ("is after", "is not after"),
        Ordered::DateAtOrAfter => ("is at or after", "is before"),
        Ordered::LessThan => ("is less than", "is not less than"),
        Ordered::AtMost => ("is at most", "is more than"),
        Ordered::MoreThan => ("is more than", "is not more than"),
        Ordered::AtLeast => ("is at least", "is less than"),
        Ordered::InRange => ("is in", "is in none of"),
    }
}

fn key_sentence(key: &KeyTrace, operator: &str, ordered: Option<Ordered>) -> Sentence {
    let name = &key.key;
    let policy_values: Vec<String> = key.values.iter().map(|v| v.value.clone()).collect();
    let wanted = quoted_list(&policy_values);
    let mut sentence = match &key.reason {
        KeyReason::Missing { if_exist: true } => sentence!("The request has no {name}; `_if_exist` makes this hold (rule {C3})."),
        KeyReason::Missing { if_exist: false } => sentence!("The request has no {name}, so `{operator}` fails (rule {C3}). Add {name} to the request context."),
        KeyReason::Null { expects_absent, absent } => sentence!(
            "{name} is {} in the request; null_equal {} asks for it to be {}.",
            if *absent { "absent" } else { "present" },
            expects_absent,
            if *expects_absent { "absent" } else { "present" }
        ),
        KeyReason::EmptySetForAll => sentence!("The request has no values for {name}; `for_all_value` over no values holds (rule {C4})."),
        KeyReason::EmptySetForAny => sentence!("The request has no values for {name}; `for_any_value` needs at least one (rule {C4})."),
        KeyReason::SomeValueMatched { request_value } => {
            // Several values: the one that matched, then how many were listed (issue 27, finding 17).
            let (wanted, of) = match (&key.values[..], key.values.iter().find(|v| v.matched)) {
                ([_, _, ..], Some(hit)) => (format!("`{}`", hit.value), format!(" (one of the {} listed)", key.values.len())),
                _ => (wanted, String::new()),
            };
            match ordered.map(comparison) {
                Some((holds, _)) => sentence!("{name} = `{request_value}` {holds} {wanted}{of}."),
                None => sentence!("{name} = `{request_value}` matches {wanted}{of}."),
            }
        }
        KeyReason::NoValueMatched => match ordered.map(comparison) {
            Some((_, fails)) => sentence!("{name} = {} {fails} {wanted}.", quoted_list(key.request_values.as_deref().unwrap_or_default())),
            None => sentence!("{name} = {} matches none of {wanted}.", quoted_list(key.request_values.as_deref().unwrap_or_default())),
        },
        KeyReason::NegatedNoneMatched => sentence!("{name} = {} matches none of {wanted}, so the negated operator holds (rule {C5}).", quoted_list(key.request_values.as_deref().unwrap_or_default())),
        KeyReason::NegatedSomeMatched { request_value } => sentence!("{name} = `{request_value}` matches {wanted}, so the negated operator fails (rule {C5})."),
        KeyReason::AllValuesMatched => sentence!("Every value of {name} ({}) is among {wanted}.", quoted_list(key.request_values.as_deref().unwrap_or_default())),
        KeyReason::ValueOutsideSet { request_value } => sentence!("{name} value `{request_value}` is not among {wanted}."),
        KeyReason::UnknownOperator => sentence!("{name} is not checked: the operator is unknown."),
    };
    for value in never_matching(key) {
        sentence.push(&never_matches(value));
    }
    sentence
}

fn never_matches(value: NeverMatches) -> Sentence {
    match value {
        NeverMatches::PolicyValue(problem) => sentence!(
            " Policy value {}. It never matches (rule {C7}).",
            policy::value_problem(problem)
        ),
        NeverMatches::RequestValue(problem) => sentence!(
            " Request value {}. It never matches (rule {C7}).",
            policy::value_problem(problem)
        ),
    }
}

/// A glossary entry: the term and what it means.
pub fn term(term: crate::vocabulary::Term) -> (&'static str, Sentence) {
    use crate::vocabulary::Term;
    match term {
        Term::SdkAppId => ("SdkAppId", sentence!("The id of a Cloud Contact Center application (instance). Resource-level ccc APIs are authorized per SdkAppId: their resource is qcs::ccc::uin/<root uin>:SdkAppId/<id>.")),
        Term::ResourceLevel => ("Resource level", sentence!("An API that supports authorization of specific resources: a policy may grant it on one {}.", example().param)),
        Term::OperationLevel => ("Operation level", sentence!("An API that does not support authorization of specific resources: CAM checks it against the resource *, so only a statement whose resource is * grants (or denies) it. A policy scoped to one {} silently fails to grant it (rule {R5}).", example().param)),
        Term::SixSegment => ("Six-segment resource", sentence!("qcs:project:service:region:account:resource, e.g. {}. Empty segments mean any (project is ignored; an empty account is the owner).", crate::i18n::concrete_resource())),
        Term::PermissionsBoundary => ("Permissions boundary", sentence!("A policy that caps what a sub-account's policies can allow: a request must be allowed by both; a matching deny in either denies.")),
        Term::ExplicitDeny => ("Explicitly denied", sentence!("A deny statement matches the request. A matching deny always wins over any allow.")),
        Term::ImplicitDeny => ("Implicitly denied", sentence!("No statement allows the request. CAM denies everything by default, so nothing needs to deny it.")),
        Term::NotAuthoritative => ("Not authoritative", sentence!("The decision rests on a statement the playground cannot evaluate (a permid/ action, an unknown operator) or on one of our choices where Tencent's docs are silent. The assumptions under the reasoning say which.")),
        Term::Assumption => ("Assumption", sentence!("One of our choices (a CHOICE rule of the rule book) that decided this outcome. Each cites its rule and links to the Tencent doc page.")),
        Term::Hypothetical => ("Hypothetical decision", sentence!("A policy has grammar errors, so CAM's CreatePolicy would refuse to save it. The decision shows what the readable statements would do if it were saved (rule {G9}).")),
        Term::TagAuthorization => ("Authorization by tag", sentence!("Whether a product's actions can be authorized by resource or request tags (qcs:resource_tag, qcs:request_tag). Cloud Contact Center does not support it: for ccc actions tag conditions see no tags (rule {C9}).")),
        Term::KindOfDocument => ("Kind of document", sentence!("CAM's grammar serves six kinds of document: identity policies, permissions boundaries, role trust policies, STS session policies, COS bucket policies and service control policies. Each is saved by its own API and read at its own point of a request (rules {K1}, {L1}).")),
        Term::TrustPolicy => ("Role trust policy", sentence!("A role's policy saying who may assume it: accounts, users, services or identity providers, in `principal`. Assuming the role also needs the caller's own allow (rule {T5}).")),
        Term::SessionPolicy => ("Session policy", sentence!("A policy given when temporary credentials are issued (AssumeRole, GetFederationToken): they may do only what both it and the identity behind them allow (rule {S2}).")),
        Term::BucketPolicy => ("Bucket policy", sentence!("A COS bucket's own policy, naming who may do what on the bucket and its objects. COS pools it with the caller's identity policies; for another account both must allow (rule {B3}).")),
        Term::ServiceControlPolicy => ("Service control policy (SCP)", sentence!("An organization's policy bound to its root, a department or a member account. It grants nothing; it limits what the member accounts' users and roles may do (rules {O1}, {O2}).")),
        Term::AnonymousAccess => ("Anonymous access", sentence!("An unsigned request to COS, such as a public link. Only bucket-policy statements for everyone apply to it (rule {B3}).")),
    }
}

/// Each rule of the rule book in a few words, as an assumption names it.
pub fn rule_title(rule: crate::rules::Rule) -> &'static str {
    use crate::rules::Rule;
    match rule {
        Rule::G1 => "a policy is a JSON object with version 2.0 and statement",
        Rule::G2 => "element names are lowercase; a first capital letter (Statement, Allow) is read as lowercase with a warning",
        Rule::G3 => "a single statement object is accepted as a list of one",
        Rule::G4 => "effect is allow or deny, lowercase",
        Rule::G5 => "action and resource are a string or a non-empty list",
        Rule::G6 => "principal is ignored for identity policies",
        Rule::G7 => "policies over 6144 characters are rejected by CAM but still evaluated here",
        Rule::G8 => "every error is located and all are reported at once",
        Rule::G9 => "a policy CAM would refuse to save is still evaluated, as a hypothetical decision",
        Rule::A1 => "actions are service:ApiName with * wildcards",
        Rule::A2 => "the name/ prefix of an action is optional",
        Rule::A3 => "permid/ actions never match and make the decision not authoritative",
        Rule::A4 => "action matching is case-sensitive",
        Rule::A5 => "an API name missing from the catalog is a warning",
        Rule::R1 => "* is every resource",
        Rule::R2 => "a resource has six segments starting with qcs",
        Rule::R3 => "empty service or region segments mean all; an empty account is the owner's; uid/ is for COS and CAS only",
        Rule::R4 => "* matches any run of characters, / included; a trailing /* matches the directory itself",
        Rule::R5 => "an operation-level API is matched only by the literal resource *",
        Rule::R6 => "uin/ with nothing after it stands for the owner's root UIN",
        Rule::R7 => "a request naming several resources is allowed only if every one is",
        Rule::R8 => "resource matching is case-sensitive",
        Rule::V1 => "${uin}, ${owner_uin} and ${app_id} are substituted from the principal",
        Rule::V2 => "variables are substituted only in the last resource segment and in condition values",
        Rule::V3 => "an unknown variable is kept literally",
        Rule::C1 => "values under a key are ORed; keys and operators are ANDed",
        Rule::C2 => "an unknown operator makes the statement not evaluated",
        Rule::C3 => "without _if_exist a missing key makes the condition false",
        Rule::C4 => "for_all_value on an absent key is true; for_any_value is false",
        Rule::C5 => "negated operators are true when no value matches",
        Rule::C6 => "a plain operator on a multi-valued key behaves like for_any_value",
        Rule::C7 => "value types: strings, decimals, dates, booleans, IPs and CIDRs",
        Rule::C8 => "global keys take the operators CAM documents for them; qcs:uin and qcs:owner_uin default to the principal's",
        Rule::C9 => "a product without authorization by tag has no tags to compare: tag keys are absent for its actions",
        Rule::E1 => "deny wins over allow; no match is an implicit deny",
        Rule::E2 => "a statement matches when action, resource and condition all match",
        Rule::E3 => "a permissions boundary limits what policies allow",
        Rule::E4 => "a root account is allowed on its own resources",
        Rule::E5 => "documented cases where real CAM ignores a deny or a non-exact operator",
        Rule::E6 => "three-valued decision with deciding statements and an authoritative flag",
        Rule::K1 => "each document has a kind (identity, boundary, trust, session, bucket, SCP), inferred from its shape and changeable",
        Rule::K2 => "each kind is refused by its own API with its own codes, predicted",
        Rule::K3 => "\"condition\": [] is read as no condition",
        Rule::K4 => "a five-segment resource stays an error, with the empty segment suggested",
        Rule::T1 => "a trust policy needs a principal; its resource is ignored",
        Rule::T2 => "principal maps qcs, service and federated to lists",
        Rule::T3 => "trust actions are sts:AssumeRole, AssumeRoleWithSAML and AssumeRoleWithWebIdentity",
        Rule::T4 => "SAML and OIDC trust conditions follow CAM's list",
        Rule::T5 => "assuming a role needs the caller's own allow and the trust policy's",
        Rule::T6 => "CreateRole refuses a trust policy with its own codes",
        Rule::T7 => "how a trust or bucket principal matches the caller",
        Rule::S1 => "a session policy has no principal",
        Rule::S2 => "temporary credentials do only what both the session policy and the identity allow",
        Rule::B1 => "a bucket policy needs a principal and is at most 20 KB",
        Rule::B2 => "bucket principals and resources follow COS's forms",
        Rule::B3 => "how COS decides: anonymous, owner's root, owner's identities, another account",
        Rule::B4 => "bucket statements on GetService and PutBucket grant nothing",
        Rule::O1 => "an SCP grants nothing, it only limits",
        Rule::O2 => "SCPs are checked from the member account up to the root; FullQcloudAccess is bound everywhere",
        Rule::O3 => "SCPs limit the users and roles of member accounts, not their root",
        Rule::L1 => "the order of the layers of one decision",
        Rule::L2 => "an explicit deny in any layer is final",
        Rule::L3 => "where the order of layers is our choice, the decision is not authoritative",
    }
}

pub fn products_line(catalog: &crate::catalog::Catalog) -> String {
    let names: Vec<String> = catalog
        .products
        .iter()
        .map(|p| format!("{} ({})", p.name, p.abbreviation))
        .collect();
    format!("Tencent Cloud · {}", names.join(", "))
}

/// Under the request's tag fields when the action's product has no authorization by tag (rule C9).
pub fn tags_not_supported(product: &str, abbreviation: &str) -> Sentence {
    sentence!("{product} has no authorization by tag: CAM ignores these tags for {abbreviation} actions: a tag condition sees no tags (rule {C9}).")
}

pub fn label(label: crate::vocabulary::Label) -> &'static str {
    use crate::vocabulary::Label::*;
    match label {
        AppTitle => "CAM Policy Playground",
        Example => "Example",
        LoadExample => "Load an example",
        ThemeAuto => "Theme: auto",
        ThemeLight => "Theme: light",
        ThemeDark => "Theme: dark",
        ThemeToggle => "Switch between automatic, light and dark theme",
        Policies => "Policies",
        Policy => "Policy",
        Boundary => "Boundary",
        TrustPolicy => "Trust policy",
        SessionPolicy => "Session policy",
        BucketPolicy => "Bucket policy",
        Scp => "SCP",
        KindOfDocument => "Kind of document",
        AddPolicy => "+ Policy",
        AddBoundary => "+ Boundary",
        RemoveTab => "Remove this policy",
        RenameTab => "Rename (double-click the tab)",
        Format => "Format",
        FormatFailed => "Fix the JSON syntax error first; the document was left as it is.",
        Problems => "Problems",
        Request => "Request",
        RequestForm => "Form",
        RequestJson => "JSON",
        RequestJsonInvalid => "The request JSON has errors; fix them in the JSON view to use the form.",
        Action => "Action",
        Principal => "Principal",
        Uin => "UIN (requester)",
        OwnerUin => "Owner UIN (root account)",
        AppId => "App ID",
        Context => "Context",
        SourceIp => "Source IP (qcs:ip)",
        CurrentTime => "Time (qcs:current_time, UTC)",
        Now => "Now",
        ResourceTags => "Resource tags (qcs:resource_tag)",
        RequestTags => "Request tags (qcs:request_tag)",
        TagPlaceholder => "key&value, then Enter",
        Add => "Add",
        Remove => "Remove",
        CustomKeys => "Other condition keys",
        KeyPlaceholder => "key, e.g. vpc:vpc",
        ValuePlaceholder => "value",
        DerivedResource => "Resource CAM checks",
        ResourceLevel => "resource level",
        OperationLevel => "operation level",
        NotInCatalog => "not in the catalog",
        Decision => "Decision",
        Allowed => "Allowed",
        ExplicitlyDenied => "Explicitly denied",
        ImplicitlyDenied => "Implicitly denied",
        NotEvaluated => "Not evaluated",
        NotEvaluatedHelp => "Fix the errors shown under the policy or the request; the decision appears as soon as both can be read.",
        NotAuthoritative => "not authoritative",
        Hypothetical => "hypothetical: CAM would refuse a policy",
        CamWouldRefuse => "CAM would refuse to save this policy",
        StepByStep => "Step by step",
        StepHint => "Hover or click a step to see it in the policy.",
        DocPage => "Tencent doc",
        Catalog => "API catalog",
        CatalogSearch => "Search APIs by name or description",
        AllCategories => "All categories",
        AllGranularities => "All granularities",
        CategoryWrite => "write",
        CategoryOther => "other",
        CategoryRead => "read",
        CategoryList => "list",
        UseInRequest => "Use in request",
        ShowAll => "Show all",
        TemplateQuirk => "The doc writes `uin/` with nothing after it; read as the owner's root UIN (rule R6).",
        GoToProblem => "Go to the problem",
        GutterDecidesAllow => "This statement decides: allow",
        GutterDecidesDeny => "This statement decides: deny",
        GutterNotEvaluated => "This statement is not evaluated",
        CopyLink => "Copy link",
        LinkCopied => "Link copied. It carries the whole workspace; nothing is stored on a server.",
        CopyMarkdown => "Copy as Markdown",
        MarkdownCopied => "Markdown copied: decision, request, deciding statements, reasoning and link.",
        NewWorkspace => "New",
        PasteError => "Paste an error",
        PasteErrorPlaceholder => "Paste a Tencent Cloud error, e.g. … not authorized to perform operation (ccc:CreateStaff) resource (qcs::ccc::uin/…:SdkAppId/…) …",
        FillRequest => "Fill the request",
        Cancel => "Cancel",
        LinkUnreadable => "This link could not be opened",
        RestorePrevious => "Restore my previous workspace",
        RestoreHelp => "You opened a link; your previous workspace was saved in this browser and is one click away.",
        Dismiss => "Dismiss",
        DecisionChanged => "The decision changed since this link was made",
        OpenInPlayground => "Open in playground ↗",
        CopyEmbed => "Copy embed code",
        EmbedCopied => "Embed code copied: a script tag and a <cam-playground> element for documentation pages.",
        ShareLink => "Share link",
        WhatCanItDo => "What can these policies do? (every API, this principal, SdkAppId and context)",
        AllDecisions => "All decisions",
        StatementShort => "statement",
        OpenRequest => "Open this request",
        HowToAllow => "How could this be allowed? (smallest verified changes)",
        HowToDeny => "How could this be denied? (smallest verified changes)",
        NoFix => "No single small change was found; see the reasoning above.",
        DiffSomeResourceIds => "Resource ids compared (the request's own first; each costs two whole-catalog evaluations):",
        FixesTooLarge => "Changes are searched for workspaces up to 64 KB (each candidate is a whole re-evaluation); this one is larger.",
        Apply => "Apply",
        Generator => "Generate a policy (pick APIs; operation-level ones get their own statement on `*`)",
        IpRanges => "Source IP ranges (optional)",
        AddAsPolicy => "Add as a policy tab",
        Clear => "Clear",
        PolicyDiff => "Policy diff",
        TakeSnapshot => "Snapshot the current policies",
        DiffHelp => "Take a snapshot, edit the policies, and see every API × SdkAppId whose decision changed.",
        From => "Allowed from (UTC, optional)",
        Until => "Allowed until (UTC, optional)",
        SwitchLanguage => "中文",
        SwitchLanguageTitle => "切换到简体中文",
        MarkdownHeading => "CAM decision",
        MarkdownNotEvaluated => "not evaluated",
        MarkdownErrors => "The policies or the request have errors:",
        MarkdownRequest => "Request:",
        MarkdownDeciding => "Deciding statements:",
        MarkdownSteps => "Step by step:",
        MarkdownOpen => "Open in the CAM Policy Playground",
        Glossary => "Glossary: the terms and every rule",
        ResourceField => "Resource (for APIs outside the catalog, or to override the derived one)",
        ResourceDerived => "empty: derived from the catalog",
        Updating => "Updating…",
        ListView => "List view",
        NewStarted => "Started a new workspace; your previous one is saved in this browser.",
        IpPlaceholder => "not set, e.g. 10.1.2.3",
        TimePlaceholder => "not set, e.g. 2026-11-28T12:00:00Z",
        Custom => "Custom (edited)",
        GlossaryRules => "The rule book (DOC: Tencent's documented behaviour; CHOICE: our choice where the docs are silent)",
        RuleDoc => "DOC",
        RuleChoice => "CHOICE",
        WhatIs => "What is this?",
        ReadOnlyHint => "Read-only example. Open it in the playground to edit a copy.",
        AddOtherKind => "+ Other kind…",
        PrincipalType => "Who is asking",
        Groups => "User group IDs (comma separated)",
        RoleName => "Role name",
        ServiceName => "Service",
        Provider => "Identity provider",
        ResourceOwnerUin => "Resource owner account (cross-account)",
        Organization => "Organization (for the SCPs)",
        FullQcloudAccess => "FullQcloudAccess is still bound at every node",
        ScpLimitsRoot => "SCPs also limit the member account's root",
        BoundTo => "Bound to",
        NodeAccount => "The member account",
        NodeDepartment => "A department",
        NodeRoot => "The root node",
        DepartmentPath => "Department (a/b when nested)",
        NoMatchingApis => "No API matches this search.",
        Undo => "Undo",
        ClearPolicies => "Clear the example's policies",
        ReplaceFullWidth => "Replace all full-width punctuation",
        OtherResourceId => "stands for every one the policies do not name",
        SkipToDecision => "Skip to the decision",
        BackToWhereYouWere => "↩ Back to where you were",
        StepHintTouch => "Tap a step to see it in the policy.",
        FixesChangeRequest => "Change the request",
        FixesChangePolicy => "Change the policies",
        WindowOpen => "An empty end leaves that side of the time window open.",
    }
}

/// A kind of document in the kind picker.
pub fn kind_choice(kind: PolicyKind) -> &'static str {
    match kind {
        PolicyKind::Identity => "Identity policy",
        PolicyKind::Boundary => "Permissions boundary",
        PolicyKind::Trust => "Role trust policy",
        PolicyKind::Session => "STS session policy",
        PolicyKind::Bucket => "COS bucket policy",
        PolicyKind::Scp => "Service control policy (SCP)",
    }
}

/// Under the tabs when a pasted document's shape changed its tab's kind (rule K1).
pub fn kind_inferred(kind: PolicyKind) -> Sentence {
    sentence!("This document is read as {} because of its shape (rule {K1}). Its text was not changed; if that is wrong, choose another kind.", kind_name(kind))
}

/// The one-click action on a "reads like another kind" problem.
pub fn read_as(kind: PolicyKind) -> String {
    format!("Read as {}", kind_name(kind))
}

/// The decision banner's line naming the layer that decided (rule L2).
pub fn decided_by(layer: PolicyKind, node: Option<&ScpNode>) -> String {
    match node.filter(|node| !node.is_account()) {
        Some(node) => format!(
            "Decided by: {} bound to {}",
            layer_name(layer),
            node_name(node)
        ),
        None => format!("Decided by: {}", layer_name(layer)),
    }
}

/// The matrix, generator and diff work on identity policies and the boundary: said when the workspace has more.
pub fn kinds_not_here(kinds: &[PolicyKind]) -> String {
    let names: Vec<&str> = kinds
        .iter()
        .map(|k| match k {
            PolicyKind::Identity => "identity policies",
            PolicyKind::Boundary => "permissions boundaries",
            PolicyKind::Trust => "role trust policies",
            PolicyKind::Session => "session policies",
            PolicyKind::Bucket => "bucket policies",
            PolicyKind::Scp => "SCPs",
        })
        .collect();
    format!("This panel works on identity policies and the permissions boundary: the workspace's {} are left out here (the decision above reads every layer).", names.join(", "))
}

/// Who is asking, in words.
pub fn principal_word(kind: crate::request::PrincipalKind) -> &'static str {
    use crate::request::PrincipalKind as P;
    match kind {
        P::User => "CAM user",
        P::Root => "root account",
        P::Role => "role session",
        P::Anonymous => "anonymous caller",
        P::Service => "cloud service",
        P::Federated => "federated identity",
    }
}

/// A decision in a few words, inside a sentence.
fn decision_name(decision: Decision) -> &'static str {
    match decision {
        Decision::Allow => "allow",
        Decision::ExplicitDeny => "an explicit deny",
        Decision::ImplicitDeny => "an implicit deny",
    }
}

/// An organization node an SCP is bound to (rule O2), inside a sentence.
fn node_name(node: &ScpNode) -> String {
    match node {
        ScpNode::Account => "the member account".into(),
        ScpNode::Department(path) if path.is_empty() => "the department".into(),
        ScpNode::Department(path) => format!("department {path}"),
        ScpNode::Root => "the root node".into(),
    }
}

/// A layer's name as a section heading.
fn layer_name(layer: PolicyKind) -> &'static str {
    match layer {
        PolicyKind::Identity => "Identity policies",
        PolicyKind::Boundary => "Permissions boundary",
        PolicyKind::Trust => "Role trust policy",
        PolicyKind::Session => "Session policy",
        PolicyKind::Bucket => "Bucket policy",
        PolicyKind::Scp => "Service control policies",
    }
}

/// Whom a principal name matched.
fn verdict_words(verdict: crate::eval::trace::PrincipalVerdict) -> &'static str {
    use crate::eval::trace::PrincipalVerdict as V;
    match verdict {
        V::Everyone => "everyone",
        V::Account => "the caller's account (its root, users and roles)",
        V::User => "the caller",
        V::Group => "a group the caller is in",
        V::Role => "the caller's role",
        V::Service => "the calling service",
        V::Provider => "the caller's identity provider",
        V::Different => "someone else",
    }
}

#[cfg(test)]
mod capital_tests {
    /// Issue 27, findings 19 and 31: sentences start with a capital, identifiers never change case.
    #[test]
    fn capitals_start_sentences_not_identifiers() {
        let cases = [
            (
                "if they are meant to be granted, add it",
                "If they are meant to be granted, add it",
            ),
            ("add \"resource\"", "Add \"resource\""),
            (
                "ccc:CreateStaff is a resource-level API",
                "ccc:CreateStaff is a resource-level API",
            ),
            (
                "ccc:CreateStaff 的资源需要用到主账号 UIN",
                "ccc:CreateStaff 的资源需要用到主账号 UIN",
            ),
            ("qcs:ip is missing", "qcs:ip is missing"),
            ("ip_equal needs", "ip_equal needs"),
            (
                "hypothetical: CAM would refuse",
                "Hypothetical: CAM would refuse",
            ),
            ("not authoritative", "Not authoritative"),
            ("`x` is", "`x` is"),
            ("", ""),
        ];
        for (text, expected) in cases {
            assert_eq!(super::capitalized(text), expected);
        }
    }
}
