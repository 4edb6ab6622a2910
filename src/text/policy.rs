//! The policy grammar (rules G1–G9, and the parser's warnings) diagnostics as data: each kind with its
//! parameters. The words are in the locale tables (`i18n::{en,zh_cn}::policy`).

use serde::Serialize;

use super::Severity;
use crate::policy_kind::PolicyKind;
use crate::rules::Rule;

pub use super::json::JsonType;

use super::value::ValueProblem;

/// A statement's effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    Allow,
    Deny,
}

impl Effect {
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Allow => "allow",
            Effect::Deny => "deny",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PolicyText {
    /// The document is not a JSON object (G1).
    NotAnObject {
        found: JsonType,
    },
    MissingVersion,
    /// A `version` string other than "2.0".
    BadVersion {
        version: String,
    },
    VersionNotAString {
        found: JsonType,
    },
    MissingStatement,
    EmptyStatement,
    /// `statement` is one object, read as a list of one (G3).
    SingleStatement,
    StatementsNotAList {
        found: JsonType,
    },
    /// More statements than the playground reads (`count` of them, `limit` read).
    TooManyStatements {
        count: usize,
        limit: usize,
    },
    /// The document looks like an AWS IAM policy (G2).
    AwsStyle,
    /// `written` differs from the element `element` only in case.
    UppercaseElement {
        written: String,
        element: String,
    },
    /// `sid` / `id`: CAM statements have no id.
    ForeignIdElement {
        key: String,
    },
    /// `not_action`, `NotResource`, …: CAM has no negated elements.
    ForeignNegationElement {
        key: String,
    },
    /// A key that is no element of a policy or statement (`within`), with the nearest element when one is close.
    UnknownElement {
        key: String,
        within: ElementsOf,
        suggestion: Option<String>,
    },
    /// A key written twice in one object (G8).
    DuplicateKey {
        key: String,
    },
    /// `principal` in an identity policy (G6).
    PrincipalIgnored,
    StatementNotAnObject {
        found: JsonType,
    },
    /// Statement number `statement` (1-based) lacks a required element.
    MissingElement {
        statement: usize,
        element: StatementElement,
    },
    EffectNotAString {
        found: JsonType,
    },
    /// `Allow` / `DENY`: an effect in the wrong case.
    EffectCase {
        written: String,
        effect: Effect,
    },
    UnknownEffect {
        written: String,
    },
    /// `action: []` / `resource: []` (G5).
    EmptyList {
        element: StatementElement,
    },
    EmptyString {
        element: StatementElement,
    },
    NotAString {
        element: StatementElement,
        found: JsonType,
    },
    /// An action that is not `service:ApiName` (A1).
    BadAction {
        action: String,
    },
    /// The service `service` differs from the catalog's `expected` only in case (A4).
    ServiceCase {
        service: String,
        expected: String,
        api: String,
    },
    /// The API `api` differs from the catalog's `expected` only in case (A4).
    ApiCase {
        service: String,
        api: String,
        expected: String,
    },
    /// An API the catalog does not list for `product` (A5), which has `api_count` APIs.
    UnknownApi {
        service: String,
        api: String,
        product: String,
        api_count: usize,
    },
    /// An API the catalog does not list, with a close name (A5).
    UnknownApiNearName {
        service: String,
        api: String,
        product: String,
        suggestion: String,
    },
    /// A resource with fewer than six segments (R2).
    TooFewSegments {
        resource: String,
        segments: usize,
    },
    /// A five-segment resource whose fourth segment is an account, as an official page writes one (K4): the
    /// region's empty segment is missing; `suggestion` inserts it.
    FiveSegments {
        resource: String,
        suggestion: String,
    },
    /// A six-segment resource that does not start with `qcs` (R2).
    ResourceNotQcs {
        prefix: String,
    },
    /// A variable in one of the first five segments (V2); `account` when it is the account segment `uin/${…}`.
    VariableNotSubstituted {
        segment: String,
        account: bool,
    },
    /// `${name}` is not a CAM variable (V3).
    UnknownVariable {
        name: String,
    },
    ConditionNotAnObject {
        found: JsonType,
    },
    /// An operator name that is not CAM's (C2), with the nearest name when one is close.
    UnknownOperator {
        name: String,
        suggestion: Option<String>,
    },
    /// `null_equal_if_exist` (C2): `suggestion` is the name without the suffix.
    NullEqualIfExist {
        suggestion: String,
    },
    /// An operator's value that is not an object of keys (C1).
    OperatorNotAnObject {
        found: JsonType,
    },
    /// `key` differs from the global key `global` only in case (C1).
    ConditionKeyCase {
        key: String,
        global: String,
    },
    /// A tag key under an operator without `for_any_value:` (C8).
    TagNeedsForAnyValue {
        key: String,
    },
    /// A condition key with `[]` (C1).
    EmptyConditionValues,
    /// More values for one condition key than the playground reads.
    TooManyValues {
        count: usize,
        limit: usize,
    },
    ConditionValueType {
        found: JsonType,
    },
    /// A literal condition value its operator cannot read (C7).
    UnreadableValue {
        problem: ValueProblem,
    },
    /// Longer than CAM's limit (G7): `length` characters, white space not counted.
    TooLong {
        length: usize,
        limit: usize,
    },
    /// An element name with only its first letter capitalised (`Statement`), read as lowercase (G2).
    CapitalisedElement {
        written: String,
        element: String,
    },
    /// `Allow` / `Deny`, read as lowercase (G2).
    CapitalisedEffect {
        written: String,
        effect: Effect,
    },
    /// A `principal` in a kind of document that has none: an error in a session policy (S1), ignored with a
    /// warning in an SCP (O1).
    PrincipalInKind {
        document: PolicyKind,
    },
    /// Statement number `statement` (1-based) of a trust or bucket policy names nobody (T1, B1).
    MissingPrincipal {
        statement: usize,
        document: PolicyKind,
    },
    /// `principal` is neither `"*"` nor an object of lists (T2).
    PrincipalNotAnObject {
        found: JsonType,
    },
    /// A key of `principal` other than `qcs`, `service` and `federated` (T2).
    UnknownPrincipalKey {
        key: String,
        suggestion: Option<String>,
    },
    /// A principal that is not `qcs::cam::…`, `*` or a service name (T2, B2).
    BadPrincipal {
        principal: String,
    },
    /// A `saml-provider/` written under `qcs` (T2): it belongs under `federated`.
    ProviderUnderQcs {
        principal: String,
    },
    /// An `oidc-provider/` under `federated` (T2): seen outside Tencent's docs only.
    OidcProvider {
        principal: String,
    },
    /// A trust policy's `resource`, which CAM does not read (T1).
    TrustResourceIgnored,
    /// `"condition": []` read as no condition (K3).
    EmptyConditionList,
    /// A bucket policy over COS's 20 KB (B1).
    BucketTooLarge {
        bytes: usize,
        limit: usize,
    },
    /// A session policy over 6,144 characters, for which no limit is documented (S2).
    SessionTooLong {
        length: usize,
        limit: usize,
    },
    /// White space inside a name CAM compares exactly (`name/cos: GetObject`, `qcs: : cam: …`), as pages copied
    /// from a browser sometimes carry it (G5): the name never matches; `suggestion` is it without the spaces.
    SpaceInName {
        written: String,
        suggestion: String,
    },
    /// The document is an API response wrapping the policy under `key` (`{"Policy": {…}}`, as COS's SDKs
    /// return it) (G1).
    WrappedPolicy {
        key: String,
    },
    /// The document reads like another kind than the one it is read as (K1): `kind` is what its shape says.
    LooksLikeKind {
        shape: PolicyKind,
        read_as: PolicyKind,
    },
}

impl PolicyText {
    /// What the kind implies for its diagnostic: the stable code, the severity and the rule of the rule book it
    /// enforces, one row per kind, so a code cannot drift from its kind (`text::tests` lists every code once).
    pub fn facts(&self) -> (&'static str, Severity, Option<Rule>) {
        use PolicyText as P;
        use Rule as R;
        use Severity as S;
        match self {
            P::NotAnObject { .. } => ("policy/not-an-object", S::Error, Some(R::G1)),
            P::MissingVersion => ("policy/missing-version", S::Error, Some(R::G1)),
            P::BadVersion { .. } => ("policy/bad-version", S::Error, Some(R::G1)),
            P::VersionNotAString { .. } => ("policy/bad-version", S::Error, Some(R::G1)),
            P::MissingStatement => ("policy/missing-statement", S::Error, Some(R::G1)),
            P::EmptyStatement => ("policy/empty-statement", S::Error, Some(R::G1)),
            P::SingleStatement => ("policy/single-statement", S::Info, Some(R::G3)),
            P::StatementsNotAList { .. } => ("policy/statement-type", S::Error, Some(R::G3)),
            P::TooManyStatements { .. } => ("policy/too-many-statements", S::Error, Some(R::G7)),
            P::AwsStyle => ("policy/aws-style", S::Info, Some(R::G2)),
            P::UppercaseElement { .. } => ("policy/uppercase-element", S::Error, Some(R::G2)),
            P::ForeignIdElement { .. } => ("policy/foreign-element", S::Error, Some(R::G2)),
            P::ForeignNegationElement { .. } => ("policy/foreign-element", S::Error, Some(R::G2)),
            P::UnknownElement { .. } => ("policy/unknown-element", S::Error, Some(R::G2)),
            P::DuplicateKey { .. } => ("json/duplicate-key", S::Error, Some(R::G8)),
            P::PrincipalIgnored => ("policy/principal-ignored", S::Warning, Some(R::G6)),
            P::StatementNotAnObject { .. } => ("policy/statement-type", S::Error, Some(R::G4)),
            // The rule about the missing element: G4 for `effect`, G5 for `action` and `resource` (issue 27,
            // finding 30).
            P::MissingElement { element, .. } => (
                "policy/missing-element",
                S::Error,
                Some(match element {
                    StatementElement::Effect => R::G4,
                    StatementElement::Action | StatementElement::Resource => R::G5,
                    StatementElement::Principal => R::T1,
                }),
            ),
            P::EffectNotAString { .. } => ("policy/bad-effect", S::Error, Some(R::G4)),
            P::EffectCase { .. } => ("policy/bad-effect", S::Error, Some(R::G4)),
            P::UnknownEffect { .. } => ("policy/bad-effect", S::Error, Some(R::G4)),
            P::EmptyList { .. } => ("policy/empty-list", S::Error, Some(R::G5)),
            P::EmptyString { .. } => ("policy/empty-string", S::Error, Some(R::G5)),
            P::NotAString { .. } => ("policy/not-a-string", S::Error, Some(R::G5)),
            P::BadAction { .. } => ("policy/bad-action", S::Error, Some(R::A1)),
            P::ServiceCase { .. } => ("policy/action-case", S::Warning, Some(R::A4)),
            P::ApiCase { .. } => ("policy/action-case", S::Warning, Some(R::A4)),
            P::UnknownApi { .. } => ("policy/unknown-api", S::Warning, Some(R::A5)),
            P::UnknownApiNearName { .. } => ("policy/unknown-api", S::Warning, Some(R::A5)),
            P::TooFewSegments { .. } => ("policy/bad-resource", S::Error, Some(R::R2)),
            P::FiveSegments { .. } => ("policy/bad-resource", S::Error, Some(R::K4)),
            P::ResourceNotQcs { .. } => ("policy/bad-resource", S::Error, Some(R::R2)),
            P::VariableNotSubstituted { .. } => {
                ("policy/variable-not-substituted", S::Warning, Some(R::V2))
            }
            P::UnknownVariable { .. } => ("policy/unknown-variable", S::Warning, Some(R::V3)),
            P::ConditionNotAnObject { .. } => ("policy/condition-type", S::Error, Some(R::C1)),
            P::UnknownOperator { .. } => ("policy/unknown-operator", S::Error, Some(R::C2)),
            P::NullEqualIfExist { .. } => ("policy/unknown-operator", S::Error, Some(R::C2)),
            P::OperatorNotAnObject { .. } => ("policy/condition-type", S::Error, Some(R::C1)),
            P::ConditionKeyCase { .. } => ("policy/condition-key-case", S::Warning, Some(R::C1)),
            P::TagNeedsForAnyValue { .. } => {
                ("policy/tag-needs-for-any-value", S::Warning, Some(R::C8))
            }
            P::EmptyConditionValues => ("policy/empty-list", S::Error, Some(R::C1)),
            P::TooManyValues { .. } => ("policy/too-many-values", S::Error, Some(R::G7)),
            P::ConditionValueType { .. } => ("policy/condition-value-type", S::Error, Some(R::C7)),
            P::UnreadableValue { .. } => ("policy/unreadable-value", S::Warning, Some(R::C7)),
            P::TooLong { .. } => ("policy/too-long", S::Error, Some(R::G7)),
            P::CapitalisedElement { .. } => ("policy/capitalised-element", S::Warning, Some(R::G2)),
            P::CapitalisedEffect { .. } => ("policy/capitalised-element", S::Warning, Some(R::G2)),
            P::PrincipalInKind {
                document: PolicyKind::Session,
            } => ("policy/principal-not-allowed", S::Error, Some(R::S1)),
            P::PrincipalInKind { .. } => ("policy/principal-ignored", S::Warning, Some(R::O1)),
            P::MissingPrincipal {
                document: PolicyKind::Bucket,
                ..
            } => ("policy/missing-principal", S::Error, Some(R::B1)),
            P::MissingPrincipal { .. } => ("policy/missing-principal", S::Error, Some(R::T1)),
            P::PrincipalNotAnObject { .. } => ("policy/bad-principal", S::Error, Some(R::T2)),
            P::UnknownPrincipalKey { .. } => ("policy/bad-principal", S::Error, Some(R::T2)),
            P::BadPrincipal { .. } => ("policy/bad-principal", S::Error, Some(R::T2)),
            P::ProviderUnderQcs { .. } => ("policy/principal-misplaced", S::Warning, Some(R::T2)),
            P::OidcProvider { .. } => ("policy/oidc-provider", S::Info, Some(R::T2)),
            P::TrustResourceIgnored => ("policy/trust-resource-ignored", S::Warning, Some(R::T1)),
            P::EmptyConditionList => ("policy/empty-condition-list", S::Warning, Some(R::K3)),
            P::BucketTooLarge { .. } => ("policy/too-long", S::Error, Some(R::B1)),
            P::SessionTooLong { .. } => ("policy/session-too-long", S::Warning, Some(R::S2)),
            P::LooksLikeKind { .. } => ("policy/looks-like-kind", S::Info, Some(R::K1)),
            P::SpaceInName { .. } => ("policy/space-in-name", S::Warning, Some(R::G5)),
            P::WrappedPolicy { .. } => ("policy/wrapped-policy", S::Info, Some(R::G1)),
        }
    }
}

/// Which object an unknown element was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ElementsOf {
    Policy,
    Statement,
}

/// The required elements of a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementElement {
    Effect,
    Action,
    Resource,
    /// Only in the element-type diagnostics of a trust or bucket policy's `principal`.
    Principal,
}

impl StatementElement {
    /// The element's name in a policy: `effect`, `action`, `resource`.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementElement::Effect => "effect",
            StatementElement::Action => "action",
            StatementElement::Resource => "resource",
            StatementElement::Principal => "principal",
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn s(text: &str) -> String {
        text.to_string()
    }

    /// One sample of every kind, with distinctive parameters.
    pub(crate) fn samples() -> Vec<PolicyText> {
        use PolicyText as P;
        vec![
            P::NotAnObject {
                found: JsonType::List,
            },
            P::MissingVersion,
            P::BadVersion { version: s("1.7q") },
            P::VersionNotAString {
                found: JsonType::Number,
            },
            P::MissingStatement,
            P::EmptyStatement,
            P::SingleStatement,
            P::StatementsNotAList {
                found: JsonType::Null,
            },
            P::TooManyStatements {
                count: 1313,
                limit: 1024,
            },
            P::AwsStyle,
            P::UppercaseElement {
                written: s("EfFeCt"),
                element: s("effect"),
            },
            P::ForeignIdElement { key: s("Sid") },
            P::ForeignNegationElement {
                key: s("NotActionX"),
            },
            P::UnknownElement {
                key: s("actoin"),
                within: ElementsOf::Statement,
                suggestion: Some(s("action")),
            },
            P::UnknownElement {
                key: s("zzqq"),
                within: ElementsOf::Policy,
                suggestion: None,
            },
            P::DuplicateKey { key: s("dupkey") },
            P::PrincipalIgnored,
            P::StatementNotAnObject {
                found: JsonType::Boolean,
            },
            P::MissingElement {
                statement: 7,
                element: StatementElement::Resource,
            },
            P::EffectNotAString {
                found: JsonType::Object,
            },
            P::EffectCase {
                written: s("ALLOW"),
                effect: Effect::Allow,
            },
            P::UnknownEffect {
                written: s("permit"),
            },
            P::EmptyList {
                element: StatementElement::Action,
            },
            P::EmptyString {
                element: StatementElement::Resource,
            },
            P::NotAString {
                element: StatementElement::Action,
                found: JsonType::String,
            },
            P::BadAction {
                action: s("cccCreateStaff"),
            },
            P::ServiceCase {
                service: s("CCC"),
                expected: s("ccc"),
                api: s("CreateStaff"),
            },
            P::ApiCase {
                service: s("ccc"),
                api: s("createstaff"),
                expected: s("CreateStaff"),
            },
            P::UnknownApi {
                service: s("ccc"),
                api: s("Frobnicate"),
                product: s("Cloud Contact Center"),
                api_count: 173,
            },
            P::UnknownApiNearName {
                service: s("ccc"),
                api: s("CreateStaf"),
                product: s("Cloud Contact Center"),
                suggestion: s("CreateStaff"),
            },
            P::FiveSegments {
                resource: s("qcs::cat:uin/1:TaskId/2"),
                suggestion: s("qcs::cat::uin/1:TaskId/2"),
            },
            P::TooFewSegments {
                resource: s("qcs:ccc"),
                segments: 2,
            },
            P::ResourceNotQcs { prefix: s("arn") },
            P::VariableNotSubstituted {
                segment: s("uin/${uin}"),
                account: true,
            },
            P::VariableNotSubstituted {
                segment: s("${region}"),
                account: false,
            },
            P::UnknownVariable { name: s("userid") },
            P::ConditionNotAnObject {
                found: JsonType::List,
            },
            P::UnknownOperator {
                name: s("StringEquals"),
                suggestion: Some(s("string_equal")),
            },
            P::UnknownOperator {
                name: s("frobnicate"),
                suggestion: None,
            },
            P::NullEqualIfExist {
                suggestion: s("for_any_value:null_equal"),
            },
            P::OperatorNotAnObject {
                found: JsonType::String,
            },
            P::ConditionKeyCase {
                key: s("QCS:IP"),
                global: s("qcs:ip"),
            },
            P::TagNeedsForAnyValue {
                key: s("qcs:resource_tag"),
            },
            P::EmptyConditionValues,
            P::TooManyValues {
                count: 2049,
                limit: 1024,
            },
            P::ConditionValueType {
                found: JsonType::Null,
            },
            P::UnreadableValue {
                problem: ValueProblem::NotAnIpRange {
                    value: s("10.0.0.0/33"),
                },
            },
            P::UnreadableValue {
                problem: ValueProblem::NotAnIpAddress {
                    value: s("10.0.0.256"),
                },
            },
            P::UnreadableValue {
                problem: ValueProblem::NotADate {
                    value: s("yesterday"),
                },
            },
            P::UnreadableValue {
                problem: ValueProblem::NotANumber { value: s("abc") },
            },
            P::UnreadableValue {
                problem: ValueProblem::ExponentTooLarge {
                    value: s("1e99999999"),
                    limit: 1_000_000,
                },
            },
            P::UnreadableValue {
                problem: ValueProblem::NotABoolean { value: s("yes") },
            },
            P::TooLong {
                length: 7001,
                limit: 6144,
            },
            P::CapitalisedElement {
                written: s("Statement"),
                element: s("statement"),
            },
            P::CapitalisedEffect {
                written: s("Allow"),
                effect: Effect::Allow,
            },
            P::PrincipalInKind {
                document: PolicyKind::Session,
            },
            P::PrincipalInKind {
                document: PolicyKind::Scp,
            },
            P::MissingPrincipal {
                statement: 4,
                document: PolicyKind::Trust,
            },
            P::MissingPrincipal {
                statement: 5,
                document: PolicyKind::Bucket,
            },
            P::PrincipalNotAnObject {
                found: JsonType::Number,
            },
            P::UnknownPrincipalKey {
                key: s("servic"),
                suggestion: Some(s("service")),
            },
            P::UnknownPrincipalKey {
                key: s("AWS"),
                suggestion: None,
            },
            P::BadPrincipal {
                principal: s("arn:aws:iam::1:root"),
            },
            P::ProviderUnderQcs {
                principal: s("qcs::cam::uin/1:saml-provider/idp7"),
            },
            P::OidcProvider {
                principal: s("qcs::cam::uin/1:oidc-provider/gh8"),
            },
            P::TrustResourceIgnored,
            P::EmptyConditionList,
            P::BucketTooLarge {
                bytes: 20481,
                limit: 20480,
            },
            P::SessionTooLong {
                length: 6200,
                limit: 6144,
            },
            P::SpaceInName {
                written: s("name/cos: GetObject"),
                suggestion: s("name/cos:GetObject"),
            },
            P::WrappedPolicy { key: s("Policy7") },
            P::LooksLikeKind {
                shape: PolicyKind::Trust,
                read_as: PolicyKind::Identity,
            },
        ]
    }

    /// The String and number parameters each rendering must show: naming every variant (no `_` arm), so a new
    /// kind without a sample fails to compile.
    fn parameters(text: &PolicyText) -> Vec<String> {
        use PolicyText as P;
        match text {
            P::MissingVersion
            | P::MissingStatement
            | P::EmptyStatement
            | P::SingleStatement
            | P::AwsStyle
            | P::PrincipalIgnored
            | P::EmptyConditionValues
            | P::NotAnObject { .. }
            | P::VersionNotAString { .. }
            | P::StatementsNotAList { .. }
            | P::StatementNotAnObject { .. }
            | P::EffectNotAString { .. }
            | P::EmptyList { .. }
            | P::EmptyString { .. }
            | P::NotAString { .. }
            | P::ConditionNotAnObject { .. }
            | P::OperatorNotAnObject { .. }
            | P::ConditionValueType { .. }
            | P::PrincipalInKind { .. }
            | P::PrincipalNotAnObject { .. }
            | P::TrustResourceIgnored
            | P::EmptyConditionList
            | P::LooksLikeKind { .. } => vec![],
            P::CapitalisedElement { written, element } => vec![written.clone(), element.clone()],
            P::CapitalisedEffect { written, .. } => vec![written.clone()],
            P::MissingPrincipal { statement, .. } => vec![statement.to_string()],
            P::UnknownPrincipalKey { key, suggestion } => [Some(key.clone()), suggestion.clone()]
                .into_iter()
                .flatten()
                .collect(),
            P::BadPrincipal { principal }
            | P::ProviderUnderQcs { principal }
            | P::OidcProvider { principal } => vec![principal.clone()],
            P::BucketTooLarge { bytes, limit } => vec![bytes.to_string(), limit.to_string()],
            P::SpaceInName {
                written,
                suggestion,
            } => vec![written.clone(), suggestion.clone()],
            P::WrappedPolicy { key } => vec![key.clone()],
            P::SessionTooLong { length, limit } => vec![length.to_string(), limit.to_string()],
            P::BadVersion { version } => vec![version.clone()],
            P::TooManyStatements { count, limit } | P::TooManyValues { count, limit } => {
                vec![count.to_string(), limit.to_string()]
            }
            P::UppercaseElement { written, element } => vec![written.clone(), element.clone()],
            P::ForeignIdElement { key }
            | P::ForeignNegationElement { key }
            | P::DuplicateKey { key }
            | P::TagNeedsForAnyValue { key } => vec![key.clone()],
            P::UnknownElement {
                key, suggestion, ..
            } => [Some(key.clone()), suggestion.clone()]
                .into_iter()
                .flatten()
                .collect(),
            P::MissingElement { statement, .. } => vec![statement.to_string()],
            P::EffectCase { written, .. } | P::UnknownEffect { written } => vec![written.clone()],
            P::BadAction { action } => vec![action.clone()],
            P::ServiceCase {
                service,
                expected,
                api,
            }
            | P::ApiCase {
                service,
                api,
                expected,
            } => vec![service.clone(), expected.clone(), api.clone()],
            P::UnknownApi {
                service,
                api,
                product,
                api_count,
            } => vec![
                service.clone(),
                api.clone(),
                product.clone(),
                api_count.to_string(),
            ],
            P::UnknownApiNearName {
                service,
                api,
                product,
                suggestion,
            } => vec![
                service.clone(),
                api.clone(),
                product.clone(),
                suggestion.clone(),
            ],
            P::FiveSegments {
                resource,
                suggestion,
            } => vec![resource.clone(), suggestion.clone()],
            P::TooFewSegments { resource, segments } => {
                vec![resource.clone(), segments.to_string()]
            }
            P::ResourceNotQcs { prefix } => vec![prefix.clone()],
            P::VariableNotSubstituted { segment, .. } => vec![segment.clone()],
            P::UnknownVariable { name } => vec![name.clone()],
            P::UnknownOperator { name, suggestion } => [Some(name.clone()), suggestion.clone()]
                .into_iter()
                .flatten()
                .collect(),
            P::NullEqualIfExist { suggestion } => vec![suggestion.clone()],
            P::ConditionKeyCase { key, global } => vec![key.clone(), global.clone()],
            P::UnreadableValue { problem } => {
                let mut values = vec![problem.value().to_string()];
                match problem {
                    ValueProblem::ExponentTooLarge { limit, .. } => values.push(limit.to_string()),
                    ValueProblem::NotAnIpRange { .. }
                    | ValueProblem::NotAnIpAddress { .. }
                    | ValueProblem::NotADate { .. }
                    | ValueProblem::NotANumber { .. }
                    | ValueProblem::NotABoolean { .. } => {}
                }
                values
            }
            P::TooLong { length, limit } => vec![length.to_string(), limit.to_string()],
        }
    }

    #[test]
    fn every_kind_is_worded_in_every_locale() {
        for text in samples() {
            crate::i18n::assert_worded(&text.clone().into(), &parameters(&text));
        }
    }
}
