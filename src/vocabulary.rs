//! The interface's vocabulary as data: every fixed `Label` of the user interface and the glossary's `Term`s, with
//! the engine values that name one (a decision, a kind of document, a catalog category or granularity). Like the
//! diagnostic kinds of `text`, these are ids, never words: each locale's table (`i18n::{en,zh_cn}`, `label` and
//! `term`) words them.

use crate::catalog::{Category, Granularity};
use crate::eval::Decision;
use crate::policy_kind::PolicyKind;

/// Every fixed label of the user interface, so that a translation is one table (`en::label`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    AppTitle,
    Example,
    LoadExample,
    ThemeAuto,
    ThemeLight,
    ThemeDark,
    ThemeToggle,
    Policies,
    Policy,
    Boundary,
    TrustPolicy,
    SessionPolicy,
    BucketPolicy,
    Scp,
    /// The kind picker of a policy tab.
    KindOfDocument,
    AddPolicy,
    AddBoundary,
    RemoveTab,
    RenameTab,
    Format,
    FormatFailed,
    Problems,
    Request,
    RequestForm,
    RequestJson,
    RequestJsonInvalid,
    Action,
    Principal,
    Uin,
    OwnerUin,
    AppId,
    Context,
    SourceIp,
    CurrentTime,
    Now,
    ResourceTags,
    RequestTags,
    TagPlaceholder,
    Add,
    Remove,
    CustomKeys,
    KeyPlaceholder,
    ValuePlaceholder,
    DerivedResource,
    ResourceLevel,
    OperationLevel,
    NotInCatalog,
    Decision,
    Allowed,
    ExplicitlyDenied,
    ImplicitlyDenied,
    NotEvaluated,
    NotEvaluatedHelp,
    NotAuthoritative,
    Hypothetical,
    CamWouldRefuse,
    StepByStep,
    StepHint,
    DocPage,
    Catalog,
    CatalogSearch,
    AllCategories,
    AllGranularities,
    CategoryWrite,
    CategoryOther,
    CategoryRead,
    CategoryList,
    UseInRequest,
    ShowAll,
    TemplateQuirk,
    GoToProblem,
    GutterDecidesAllow,
    GutterDecidesDeny,
    GutterNotEvaluated,
    CopyLink,
    LinkCopied,
    CopyMarkdown,
    MarkdownCopied,
    NewWorkspace,
    PasteError,
    PasteErrorPlaceholder,
    FillRequest,
    Cancel,
    LinkUnreadable,
    RestorePrevious,
    RestoreHelp,
    Dismiss,
    DecisionChanged,
    OpenInPlayground,
    CopyEmbed,
    EmbedCopied,
    ShareLink,
    WhatCanItDo,
    AllDecisions,
    StatementShort,
    OpenRequest,
    HowToAllow,
    HowToDeny,
    NoFix,
    FixesTooLarge,
    DiffSomeResourceIds,
    Apply,
    Generator,
    IpRanges,
    AddAsPolicy,
    Clear,
    PolicyDiff,
    TakeSnapshot,
    DiffHelp,
    From,
    Until,
    /// The language switch shows the other language, in that language.
    SwitchLanguage,
    SwitchLanguageTitle,
    MarkdownHeading,
    MarkdownNotEvaluated,
    MarkdownErrors,
    MarkdownRequest,
    MarkdownDeciding,
    MarkdownSteps,
    MarkdownOpen,
    Glossary,
    GlossaryRules,
    ResourceField,
    ResourceDerived,
    Updating,
    Custom,
    IpPlaceholder,
    NewStarted,
    ListView,
    TimePlaceholder,
    RuleDoc,
    RuleChoice,
    WhatIs,
    /// An embed with `readonly`: editing is off, the playground link edits a copy.
    ReadOnlyHint,
    /// The menu that adds a tab of a kind other than identity policy and boundary.
    AddOtherKind,
    /// Who is asking: the principal's type in the request form.
    PrincipalType,
    Groups,
    RoleName,
    ServiceName,
    Provider,
    /// The accessed resource's owner, when another account's.
    ResourceOwnerUin,
    Organization,
    FullQcloudAccess,
    ScpLimitsRoot,
    /// Where an SCP is bound in the organization (rule O2), and its choices.
    BoundTo,
    NodeAccount,
    NodeDepartment,
    NodeRoot,
    /// The department's name, `/` between nested departments.
    DepartmentPath,
    NoMatchingApis,
    Undo,
    ClearPolicies,
    WindowOpen,
    FixesChangeRequest,
    FixesChangePolicy,
    StepHintTouch,
    SkipToDecision,
    BackToWhereYouWere,
    OtherResourceId,
    ReplaceFullWidth,
}

/// The terms a newcomer trips on, explained in the glossary (each locale's `term`) and reachable from where they
/// appear.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    SdkAppId,
    ResourceLevel,
    OperationLevel,
    SixSegment,
    PermissionsBoundary,
    ExplicitDeny,
    ImplicitDeny,
    NotAuthoritative,
    Assumption,
    Hypothetical,
    TagAuthorization,
    KindOfDocument,
    TrustPolicy,
    SessionPolicy,
    BucketPolicy,
    ServiceControlPolicy,
    AnonymousAccess,
}

impl Term {
    pub const ALL: [Term; 17] = [
        Term::SdkAppId,
        Term::ResourceLevel,
        Term::OperationLevel,
        Term::SixSegment,
        Term::PermissionsBoundary,
        Term::ExplicitDeny,
        Term::ImplicitDeny,
        Term::NotAuthoritative,
        Term::Assumption,
        Term::Hypothetical,
        Term::TagAuthorization,
        Term::KindOfDocument,
        Term::TrustPolicy,
        Term::SessionPolicy,
        Term::BucketPolicy,
        Term::ServiceControlPolicy,
        Term::AnonymousAccess,
    ];

    /// The glossary entry explaining a kind of document (rule K1), when there is one (the identity policy is the
    /// playground's subject).
    pub fn for_kind(kind: PolicyKind) -> Option<Term> {
        match kind {
            PolicyKind::Identity => None,
            PolicyKind::Boundary => Some(Term::PermissionsBoundary),
            PolicyKind::Trust => Some(Term::TrustPolicy),
            PolicyKind::Session => Some(Term::SessionPolicy),
            PolicyKind::Bucket => Some(Term::BucketPolicy),
            PolicyKind::Scp => Some(Term::ServiceControlPolicy),
        }
    }

    /// The glossary entry explaining a request parameter of a catalog template, when there is one.
    pub fn for_param(param: &str) -> Option<Term> {
        (param == "SdkAppId").then_some(Term::SdkAppId)
    }

    /// The glossary entry's element id.
    pub fn anchor(self) -> &'static str {
        match self {
            Term::SdkAppId => "term-sdkappid",
            Term::ResourceLevel => "term-resource-level",
            Term::OperationLevel => "term-operation-level",
            Term::SixSegment => "term-six-segment",
            Term::PermissionsBoundary => "term-permissions-boundary",
            Term::ExplicitDeny => "term-explicit-deny",
            Term::ImplicitDeny => "term-implicit-deny",
            Term::NotAuthoritative => "term-not-authoritative",
            Term::Assumption => "term-assumption",
            Term::Hypothetical => "term-hypothetical",
            Term::TagAuthorization => "term-tag-authorization",
            Term::KindOfDocument => "term-kind-of-document",
            Term::TrustPolicy => "term-trust-policy",
            Term::SessionPolicy => "term-session-policy",
            Term::BucketPolicy => "term-bucket-policy",
            Term::ServiceControlPolicy => "term-scp",
            Term::AnonymousAccess => "term-anonymous-access",
        }
    }
}

impl From<Category> for Label {
    fn from(category: Category) -> Label {
        match category {
            Category::Write => Label::CategoryWrite,
            Category::Other => Label::CategoryOther,
            Category::Read => Label::CategoryRead,
            Category::List => Label::CategoryList,
        }
    }
}

impl From<Granularity> for Label {
    fn from(granularity: Granularity) -> Label {
        match granularity {
            Granularity::Resource => Label::ResourceLevel,
            Granularity::Operation => Label::OperationLevel,
        }
    }
}

impl From<Granularity> for Term {
    fn from(granularity: Granularity) -> Term {
        match granularity {
            Granularity::Resource => Term::ResourceLevel,
            Granularity::Operation => Term::OperationLevel,
        }
    }
}

impl From<Decision> for Label {
    fn from(decision: Decision) -> Label {
        match decision {
            Decision::Allow => Label::Allowed,
            Decision::ExplicitDeny => Label::ExplicitlyDenied,
            Decision::ImplicitDeny => Label::ImplicitlyDenied,
        }
    }
}

/// A set's name in the interface: `Policy`, `Permissions boundary`.
impl From<PolicyKind> for Label {
    fn from(set: PolicyKind) -> Label {
        match set {
            PolicyKind::Identity => Label::Policy,
            PolicyKind::Boundary => Label::Boundary,
            PolicyKind::Trust => Label::TrustPolicy,
            PolicyKind::Session => Label::SessionPolicy,
            PolicyKind::Bucket => Label::BucketPolicy,
            PolicyKind::Scp => Label::Scp,
        }
    }
}
