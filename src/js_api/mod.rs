//! The engine for JavaScript (`make pkg`: wasm-bindgen `--target web`, feature `js-api`): evaluate, catalog and
//! the share codec, with the public request and result formats. Types are in the TypeScript section below.
//! Inputs are read with a few property reads (`Fields`), texts copied by `boundary`; `evaluate`'s result object is
//! built by `boundary` from a few values, other results cross as JSON text read by `JSON.parse`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::catalog::Catalog;
use crate::diagnostic::Diagnostic;
use crate::eval::Detail;
use crate::eval::Evaluation;
use crate::i18n::api::ApiText;
use crate::i18n::Locale;
use crate::policy::{ParsedPolicy, PolicyKind};
use crate::policy_kind::ScpNode;
use crate::request::ParsedRequest;
use crate::share;
use crate::size_classes::SizeClasses;
use crate::workspace::{evaluate_organized, NamedPolicy, Workspace, WorkspaceResult};

mod boundary;

/// Small blocks from free lists per size class, in front of dlmalloc (`size_classes` says why).
#[global_allocator]
static ALLOCATOR: SizeClasses<std::alloc::System> = SizeClasses::new(std::alloc::System);

/// The documents of every kind, in the order given.
type Documents = Result<Vec<(PolicyKind, NamedPolicy)>, JsValue>;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A policy as JSON text (or an object, which is serialized), optionally named, optionally of another kind than
 * its list's (rule K1; "identity" and "policy" both name the identity policy). An SCP may name the organization
 * node it is bound to (rule O2; default "account"). */
export type PolicyInput = string | object | { name?: string; text: string; kind?: PolicyKind | "identity"; node?: ScpNode };
/** Where an SCP is bound: the member account, a department (`department/<name>`, `/` between nested names) or the root. */
export type ScpNode = "account" | "root" | "department" | `department/${string}`;
export interface EvaluateInput {
  policies: PolicyInput[];
  boundary?: PolicyInput[];
  /** The other kinds of document (rule K1), each decided in its layer (rule L1). */
  trust?: PolicyInput[];
  session?: PolicyInput[];
  bucket?: PolicyInput[];
  scp?: PolicyInput[];
  /** The public request format, as JSON text or an object. */
  request: string | object;
  /** Default true. With false, `steps` is empty and `trace` null: for bulk checks where only the decision matters. */
  explain?: boolean;
  /** The language of every message, step and help text; default "en". Codes and data never change with it. */
  lang?: Locale;
}
/** The languages the playground speaks. */
export type Locale = "en" | "zh-CN";
export type Decision = "allow" | "explicit_deny" | "implicit_deny";
export type Severity = "error" | "security_warning" | "warning" | "info";
/** The kind of a CAM document (rule K1): "policy" is the identity policy ("identity" is accepted as input). */
export type PolicyKind = "policy" | "boundary" | "trust" | "session" | "bucket" | "scp";
/** Where in a text: byte offsets `start..end` (UTF-8), 1-based line and column (in characters). */
export interface Span { start: number; end: number; line: number; column: number }
export interface Diagnostic {
  code: string; severity: Severity; message: string; help: string; path: string;
  span: Span; rule?: Rule;
  /** For a policy error: the CreatePolicy error code CAM would most likely answer (rule G9), e.g. "InvalidParameter.VersionError". */
  cam_error?: string;
}
/** A policy CAM would refuse to save (rule G9). */
export interface Refusal { source: PolicyKind; policy: number; errors: RefusalError[] }
export interface RefusalError { cam_error: string; code: string; span: Span }
export type StepStatus = "pass" | "fail" | "info" | "warn" | "skip";
export interface Step { depth: number; status: StepStatus; text: string; line?: number; column?: number }
/** A statement that decided: 0-based policy and statement indexes, and where the statement starts. */
export interface Deciding { source: PolicyKind; policy: number; statement: number; line: number; column: number }
/** Facts about the request worth telling next to the decision (rules E4, E5). */
export type Note =
  | { kind: "root_account" }
  | { kind: "list_api_tag_deny"; statement: StatementRef }
  | { kind: "platform_may_ignore_deny"; service: string }
  | { kind: "list_query_operator"; statement: StatementRef; operator: string }
  | { kind: "scp_no_allow"; node: ScpNode }
  | { kind: "scp_skips_root" }
  | { kind: "caller_needs_no_policy"; principal: PrincipalType }
  | { kind: "anonymous_bucket_only" }
  | { kind: "everyone_deny_not_applied"; statement: StatementRef }
  | { kind: "cross_account" }
  | { kind: "bucket_action_ignored" };
/** Who is asking: a request principal's `type`. */
export type PrincipalType = "user" | "root" | "role" | "anonymous" | "service" | "federated";
export interface EvaluateResult {
  /** null when a policy's JSON or the request could not be read (see diagnostics). */
  decision: Decision | null;
  authoritative: boolean;
  /** True when CAM would refuse to save a policy (rule G9): the decision is what the text would do, not what CAM does. */
  hypothetical: boolean;
  refused: Refusal[];
  deciding: Deciding[];
  /** CHOICE rules that influenced the outcome. */
  assumptions: Rule[];
  notes: Note[];
  steps: Step[];
  /** Each kind's documents in the order given (`policies` items with a `kind` join that kind's list). */
  diagnostics: {
    policies: Diagnostic[][]; boundary: Diagnostic[][];
    trust?: Diagnostic[][]; session?: Diagnostic[][]; bucket?: Diagnostic[][]; scp?: Diagnostic[][];
    request: Diagnostic[];
  };
  /** The full trace (policies → statements → checks), as the CLI's --format json prints it; null without `explain`. */
  trace: Trace | null;
}
/** The whole evaluation: what the evaluator checked and why each check passed or failed. */
export interface Trace {
  decision: Decision;
  authoritative: boolean;
  deciding: StatementRef[];
  /** The layer that decided (rule L2); absent for the root account's allow (rule E4). */
  layer?: PolicyKind;
  assumptions: Rule[];
  notes: Note[];
  /** The requester is the owner's root account (rule E4). */
  root_account: boolean;
  /** A role assumption's two halves (rule T5): the caller's own decision (null when it needs none) and the trust policy's. */
  assume_role?: { caller: Decision | null; trust: Decision };
  /** When the SCPs decided, the organization node whose SCPs did (rule O2). */
  scp_node?: ScpNode;
  /** The decision for each requested resource (rule R7). */
  resources: ResourceDecision[];
  policies: PolicyTrace[];
  boundary: PolicyTrace[];
  trust?: PolicyTrace[];
  session?: PolicyTrace[];
  bucket?: PolicyTrace[];
  scp?: PolicyTrace[];
  /** Present when CAM would refuse to save a policy (rule G9). */
  refused?: Refusal[];
}
export interface StatementRef { source: PolicyKind; policy: number; statement: number; span: Span }
export interface ResourceDecision {
  resource: string; decision: Decision;
  /** What the identity policies alone decide. */
  policies: Decision;
  /** What the permissions boundary decides, when there is one (rule E3). */
  boundary: Decision | null;
  /** Each layer consulted, in the order of rule L1, when there are layers beyond policies and boundary. */
  layers?: { layer: PolicyKind; decision: Decision; node?: ScpNode }[];
}
export interface PolicyTrace {
  source: PolicyKind; policy: number;
  /** For an SCP bound above the member account, its node (rule O2). */
  node?: ScpNode;
  statements: StatementTrace[];
}
export type Effect = "allow" | "deny";
export type Outcome = "matched" | "partly_matched" | "not_matched" | "not_evaluated";
export type NotEvaluated =
  | { kind: "invalid" }
  | { kind: "perm_id"; action: string; span: Span }
  | { kind: "unknown_operator"; operator: string; span: Span; suggestion: string | null };
export interface StatementTrace {
  statement: number; span: Span; effect: Effect | null; outcome: Outcome;
  not_evaluated?: NotEvaluated;
  action: ActionTrace;
  /** One entry per requested resource, in request order. */
  resources: ResourceTrace[];
  condition: ConditionTrace;
  /** Who a trust or bucket policy's statement names, against who is asking (rules T7, B2). */
  principal?: PrincipalTrace;
  matches: boolean[];
  assumptions: Rule[];
}
export interface PrincipalTrace { matched: boolean; everyone: boolean; names_caller: boolean; checks: PrincipalCheck[] }
export type PrincipalVerdict = "everyone" | "account" | "user" | "group" | "role" | "service" | "provider" | "different";
export interface PrincipalCheck { field: "qcs" | "service" | "federated"; name: string; span: Span; verdict: PrincipalVerdict; assumptions: Rule[] }
export interface ActionTrace { matched: boolean; checks: ActionCheck[] }
export type ActionVerdict = "everything" | "exact" | "wildcard" | "different" | "case_only" | "perm_id";
export interface ActionCheck { pattern: string; span: Span; name_prefix: boolean; verdict: ActionVerdict; assumptions: Rule[] }
export interface ResourceTrace { resource: string; matched: boolean; checks: ResourceCheck[] }
export type ResourceVerdict = "everything" | "matches" | "operation_level" | "request_is_everything" | "different" | "malformed";
export interface ResourceCheck { pattern: string; span: Span; verdict: ResourceVerdict; segments: SegmentCheck[]; assumptions: Rule[] }
export type Segment = "qcs" | "project" | "service" | "region" | "account" | "resource";
export type SegmentResult = "equal" | "ignored" | "any" | "owner_account" | "wildcard" | "across_slash" | "directory_itself" | "different" | "case_only" | "variable_not_substituted";
export interface SegmentCheck { segment: Segment; pattern: string; actual: string; result: SegmentResult }
export interface ConditionTrace { matched: boolean; blocks: BlockTrace[] }
export interface BlockTrace { operator: string; span: Span; parsed: Operator | null; matched: boolean; keys: KeyTrace[] }
export type SetQualifier = "for_any_value" | "for_all_value";
export type Family = "string" | "string_ignore_case" | "string_like" | "numeric" | "date" | "bool" | "binary" | "ip" | "null";
export type Comparison = "equal" | "less_than" | "less_than_equal" | "greater_than" | "greater_than_equal";
export interface Operator { qualifier: SetQualifier | null; family: Family; comparison: Comparison; negated: boolean; if_exist: boolean }
export interface KeyTrace {
  key: string; span: Span;
  /** The request's values for the key; null when the request lacks it. */
  request_values: string[] | null;
  multi: boolean; matched: boolean; reason: KeyReason; values: ValueTrace[];
  unreadable_request_values: Unreadable[];
  origin?: KeyOrigin;
  assumptions: Rule[];
}
export type KeyReason =
  | { kind: "missing"; if_exist: boolean }
  | { kind: "null"; expects_absent: boolean; absent: boolean }
  | { kind: "empty_set_for_all" }
  | { kind: "empty_set_for_any" }
  | { kind: "some_value_matched"; request_value: string }
  | { kind: "no_value_matched" }
  | { kind: "negated_none_matched" }
  | { kind: "negated_some_matched"; request_value: string }
  | { kind: "all_values_matched" }
  | { kind: "value_outside_set"; request_value: string }
  | { kind: "unknown_operator" };
export type KeyOrigin =
  | { kind: "tags_not_supported"; product: string; ignored: string[] }
  | { kind: "principal"; value: string };
export interface Unreadable { value: string; problem: ValueProblem }
export type ValueProblem =
  | { kind: "not_an_ip_range"; value: string }
  | { kind: "not_an_ip_address"; value: string }
  | { kind: "not_a_date"; value: string }
  | { kind: "not_a_number"; value: string }
  | { kind: "exponent_too_large"; value: string; limit: number }
  | { kind: "not_a_boolean"; value: string };
export interface ValueTrace { written: string; value: string; span: Span; matched: boolean; problem?: ValueProblem }
export type Category = "read" | "write" | "list" | "other";
export type Granularity = "resource" | "operation";
/** The API catalog. */
export interface Catalog { products: Product[] }
export interface Product {
  name: string;
  /** The name Tencent's Chinese pages use, when the data has it. */
  name_zh?: string;
  /** The service prefix of actions and resources (`ccc`). */
  abbreviation: string;
  console: boolean; tag_authorization: boolean; granularity: string; ip_restriction: boolean;
  /** Tencent Cloud doc page, `product/page`. */
  doc_page: string; last_updated: string;
  /** What messages quote as the product's example call, read and resource id (`CreateStaff`,
   * `DescribeStaffInfoList`, `1400000000`), when the data names them. */
  example_api?: string; example_read_api?: string; example_id?: string;
  apis: Api[];
}
export interface Api {
  name: string; description: string; category: Category; granularity: Granularity;
  /** `*`, or a six-segment template with `${uin}` and `${SdkAppId}`. */
  resource_template: string;
  ip_restriction: boolean;
}
export interface MatrixRow {
  action: string; category: Category; granularity: Granularity;
  /** null when the request cannot be built for this API (see `problem`). */
  decision: Decision | null;
  authoritative: boolean;
  deciding: Deciding[];
  problem?: string;
}
export interface Workspace { policies: { name: string; text: string }[]; boundary: { name: string; text: string }[]; request: string; cases?: PinnedCase[] }
export interface PinnedCase { name: string; request: string; expect: 'allow' | 'deny' | 'explicit_deny' | 'implicit_deny'; deciding?: string[]; authoritative?: boolean }
export interface SharedWorkspace { workspace: Workspace; view: { tab: string; raw_request: boolean }; stamp: { engine: string; catalog: string; decision: string } }
"#;

/// `Rule`, the rule ids, made from the rule book's list.
#[wasm_bindgen(typescript_custom_section)]
const RULE_TYPE: &'static str = crate::rules::TYPESCRIPT;

/// The input object, read with a few property reads: each policy text crosses the boundary once, as it is.
/// (serde-wasm-bindgen walked every policy object into a `serde_json::Value`: a third of a small evaluation.)
struct Fields<'a> {
    object: &'a JsValue,
    /// What the function expects, said first in every error it throws.
    expects: &'static str,
    /// The caller's `lang`, or the JSON text of one that names no locale. Errors are worded in the caller's
    /// language where it is known.
    lang: Result<Locale, String>,
}

impl<'a> Fields<'a> {
    fn of(object: &'a JsValue, expects: &'static str) -> Result<Fields<'a>, JsValue> {
        if !object.is_object() {
            return Err(worded_error(
                expects,
                Locale::default(),
                &ApiText::NotAnObject,
            ));
        }
        Ok(Fields {
            object,
            expects,
            lang: locale_of(&property(object, "lang")),
        })
    }

    fn error(&self, text: ApiText) -> JsValue {
        worded_error(self.expects, self.lang.clone().unwrap_or_default(), &text)
    }

    fn get(&self, name: &'static str) -> JsValue {
        property(self.object, name)
    }

    /// The request and the documents of every kind, as `wanted` says, read in one crossing. The documents are
    /// JSON texts, `{name?, text, kind?, node?}` or policy objects, in the order given (`policies`, then each
    /// kind's own list), each with the kind of its list unless it names one (rule K1); `policies` is required.
    /// Each half is its own result, so a caller decides which error comes first.
    fn read(&self, wanted: boundary::Wanted) -> (Result<String, JsValue>, Documents) {
        let input = boundary::read(self.object, wanted);
        let request = (input.request).ok_or_else(|| self.error(ApiText::RequestNotJson));
        (request, self.documents(input.documents, input.problem))
    }

    /// The documents that crossed, with the kind and node each names checked, then the problem of the first
    /// list that could not be read (the lists before it were read whole).
    fn documents(
        &self,
        crossed: Vec<boundary::Document>,
        problem: Option<(usize, boundary::ListProblem)>,
    ) -> Documents {
        let mut documents = Vec::with_capacity(crossed.len());
        let (mut list, mut index) = (usize::MAX, 0);
        for document in crossed {
            (list, index) = if document.list == list {
                (list, index + 1)
            } else {
                (document.list, 0)
            };
            let field = boundary::LISTS.get(list).copied().unwrap_or("policies");
            let of_list = PolicyKind::named(field).unwrap_or(PolicyKind::Identity);
            let kind = match document.kind.as_deref() {
                None => of_list,
                Some(name) => PolicyKind::named(name).ok_or_else(|| {
                    self.error(ApiText::UnknownKind {
                        field,
                        index,
                        given: name.to_string(),
                    })
                })?,
            };
            let node = match document.node.as_deref() {
                None => ScpNode::Account,
                // A node binds an SCP; on another kind it would be silently meaningless.
                Some(_) if kind != PolicyKind::Scp => {
                    return Err(self.error(ApiText::NodeNotScp { field, index }))
                }
                Some(name) => ScpNode::named(name).ok_or_else(|| {
                    self.error(ApiText::UnknownNode {
                        field,
                        index,
                        given: name.to_string(),
                    })
                })?,
            };
            let (name, text) = (String::new(), document.text);
            documents.push((kind, NamedPolicy { name, text, node }));
        }
        match problem {
            None => Ok(documents),
            Some((list, problem)) => {
                let field = boundary::LISTS.get(list).copied().unwrap_or("policies");
                Err(match problem {
                    boundary::ListProblem::NotAList => self.error(ApiText::NotAList { field }),
                    boundary::ListProblem::NotAPolicy { index } => {
                        self.error(ApiText::NotAPolicy { field, index })
                    }
                })
            }
        }
    }

    /// The documents and the request, as the playground holds them.
    fn workspace(&self) -> Result<Workspace, JsValue> {
        let (request, documents) = self.read(boundary::Wanted::RequestAndDocuments);
        let mut workspace = Workspace {
            request: request?,
            ..Default::default()
        };
        for (kind, policy) in documents? {
            workspace.policies_in_mut(kind).push(policy);
        }
        Ok(workspace)
    }

    /// `explain`, true when absent.
    fn explain(&self) -> Result<bool, JsValue> {
        let explain = self.get("explain");
        if explain.is_undefined() {
            return Ok(true);
        }
        (explain.as_bool()).ok_or_else(|| self.error(ApiText::ExplainNotBoolean))
    }

    /// `lang`: absent means English; an unknown tag is an error that names the locales.
    fn lang(&self) -> Result<Locale, JsValue> {
        self.lang
            .clone()
            .map_err(|given| self.error(ApiText::UnknownLang { given }))
    }
}

/// `expects: problem`, the problem in `locale`.
fn worded_error(expects: &str, locale: Locale, text: &ApiText) -> JsValue {
    JsValue::from_str(&locale.api_error(expects, text))
}

/// `object[name]`, or undefined. The names are made JavaScript strings once: a Rust string passed to JavaScript
/// is decoded from UTF-8 each time, which was most of reading a small input.
fn property(object: &JsValue, name: &'static str) -> JsValue {
    thread_local! {
        static NAMES: std::cell::RefCell<Vec<(&'static str, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    NAMES.with_borrow_mut(|names| {
        let key = match names.iter().position(|(known, _)| *known == name) {
            Some(i) => &names[i].1,
            None => {
                names.push((name, JsValue::from_str(name)));
                &names[names.len() - 1].1
            }
        };
        js_sys::Reflect::get(object, key).unwrap_or(JsValue::UNDEFINED)
    })
}

/// `explain: false` needs no trace beyond what decides.
fn detail(explain: bool) -> Detail {
    if explain {
        Detail::Full
    } else {
        Detail::DecisionOnly
    }
}

/// The measurement floor of `evaluate` (`make bench`): the same input crossing the boundary, and each text
/// read as JSON with no model — the work any evaluator of these texts has to do. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = benchFloorRead, skip_typescript)]
pub fn bench_floor_read(input: JsValue) -> Result<bool, JsValue> {
    let input = Fields::of(&input, "benchFloorRead expects {policies, request}")?;
    let valid = |text: &str| serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok();
    let (request, documents) = input.read(boundary::Wanted::RequestAndDocuments);
    Ok(documents?.iter().all(|(_, p)| valid(&p.text)) && valid(&request?))
}

/// What the playground computes on every key, through this boundary (`make bench`): parse, evaluate with the
/// full trace, and word every step, with nothing built for JavaScript (the page renders the steps itself).
/// Returns the number of characters worded. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = benchExplain, skip_typescript)]
pub fn bench_explain(input: JsValue) -> Result<usize, JsValue> {
    let input = Fields::of(
        &input,
        "benchExplain expects {policies, boundary?, request}",
    )?;
    let result = input.workspace()?.run(Catalog::builtin());
    worded_steps(&result, input.lang()?)
}

/// `benchExplain` as the playground runs it on a key typed into one text: the texts the previous call had
/// unchanged are taken from its result (`Workspace::run_after`). Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = benchKeystroke, skip_typescript)]
pub fn bench_keystroke(input: JsValue) -> Result<usize, JsValue> {
    thread_local! {
        static EARLIER: std::cell::RefCell<Option<(Workspace, WorkspaceResult)>> = const { std::cell::RefCell::new(None) };
    }
    let input = Fields::of(
        &input,
        "benchKeystroke expects {policies, boundary?, request}",
    )?;
    let workspace = input.workspace()?;
    let result = EARLIER.with_borrow(|earlier| {
        let earlier = earlier.as_ref().map(|(w, r)| (w, r));
        workspace.run_after(Catalog::builtin(), Detail::Full, earlier)
    });
    let words = worded_steps(&result, input.lang()?);
    EARLIER.set(Some((workspace, result)));
    words
}

/// The steps of an evaluation worded in `locale`, as the page renders them: their total length.
fn worded_steps(result: &WorkspaceResult, locale: Locale) -> Result<usize, JsValue> {
    let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) else {
        return Err(JsValue::from_str("bench: the scenario should evaluate"));
    };
    Ok(crate::explain::steps(evaluation, request)
        .iter()
        .map(|step| locale.render(&step.message).len())
        .sum())
}

/// The cost of crossing the JavaScript boundary with nothing to do (`make bench`). Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = benchFloorCall, skip_typescript)]
pub fn bench_floor_call() {}

/// Crosses the boundary as JSON text: `JSON.parse` builds the object faster than setting its fields one by one
/// from WASM.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| JsValue::from_str(&e.to_string()))?;
    js_sys::JSON::parse(&text)
}

/// Evaluates a request against policies (and an optional permissions boundary).
#[wasm_bindgen(unchecked_return_type = "EvaluateResult")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "EvaluateInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = Fields::of(&input, "evaluate expects {policies, boundary?, request}")?;
    let (explain, locale) = (input.explain()?, input.lang()?);
    let result = (input.workspace()?).run_with(Catalog::builtin(), detail(explain));
    output(
        result.sets(),
        &result.request,
        result.evaluation.as_ref(),
        explain,
        locale,
    )
}

/// Policies (and a boundary) parsed once, to evaluate many requests: the checks a CI job or a documentation page
/// runs in a loop. `evaluate` returns what the function `evaluate` returns.
#[wasm_bindgen]
pub struct PreparedPolicies {
    /// Each kind's parsed documents, by `PolicyKind::index`.
    sets: [Vec<ParsedPolicy>; 6],
    /// The organization node of each SCP, in order (rule O2).
    scp_nodes: Vec<ScpNode>,
}

#[wasm_bindgen]
impl PreparedPolicies {
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(
            unchecked_param_type = "{ policies: PolicyInput[]; boundary?: PolicyInput[]; trust?: PolicyInput[]; session?: PolicyInput[]; bucket?: PolicyInput[]; scp?: PolicyInput[] }"
        )]
        input: JsValue,
    ) -> Result<PreparedPolicies, JsValue> {
        let input = Fields::of(&input, "PreparedPolicies expects {policies, boundary?}")?;
        let mut sets: [Vec<ParsedPolicy>; 6] = Default::default();
        let mut scp_nodes = Vec::new();
        for (kind, policy) in input.read(boundary::Wanted::Documents).1? {
            sets[kind.index()].push(crate::parse_policy_as(
                &policy.text,
                kind,
                Catalog::builtin(),
            ));
            if kind == PolicyKind::Scp {
                scp_nodes.push(policy.node);
            }
        }
        Ok(PreparedPolicies { sets, scp_nodes })
    }

    /// Evaluates one request (`{request, explain?}`) against the prepared policies.
    #[wasm_bindgen(unchecked_return_type = "EvaluateResult")]
    pub fn evaluate(
        &self,
        #[wasm_bindgen(
            unchecked_param_type = "{ request: string | object; explain?: boolean; lang?: Locale }"
        )]
        input: JsValue,
    ) -> Result<JsValue, JsValue> {
        let input = Fields::of(&input, "evaluate expects {request, explain?, lang?}")?;
        let request = input.read(boundary::Wanted::Request).0?;
        let request = crate::parse_request(&request, Catalog::builtin());
        let (explain, locale) = (input.explain()?, input.lang()?);
        let sets: Vec<(PolicyKind, &[ParsedPolicy])> = PolicyKind::ALL
            .into_iter()
            .map(|kind| (kind, self.sets[kind.index()].as_slice()))
            .collect();
        let evaluation = evaluate_organized(&sets, &self.scp_nodes, &request, detail(explain));
        output(
            self.sets.each_ref().map(Vec::as_slice),
            &request,
            evaluation.as_ref(),
            explain,
            locale,
        )
    }
}

/// The result object of `evaluate`: decision, deciding statements, assumptions, notes, diagnostics, and with
/// `explain` the steps and the trace.
fn output(
    sets: [&[ParsedPolicy]; 6],
    request: &ParsedRequest,
    evaluation: Option<&Evaluation>,
    explain: bool,
    locale: Locale,
) -> Result<JsValue, JsValue> {
    let result = crate::wire::EvaluateResult::new(sets, request, evaluation, explain, locale);
    boundary::result_object(&result, sets.map(<[ParsedPolicy]>::len))
}

/// The API catalog: products with their APIs, granularity and resource templates.
#[wasm_bindgen(unchecked_return_type = "Catalog")]
pub fn catalog() -> Result<JsValue, JsValue> {
    to_js(Catalog::builtin())
}

/// A share fragment (`s1.…`, without `#`) for a workspace and the decision it shows. Errors are worded in
/// `lang` (default `en`).
#[wasm_bindgen(js_name = encodeShare)]
pub fn encode_share(
    #[wasm_bindgen(unchecked_param_type = "Workspace")] workspace: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Decision | null")] decision: Option<String>,
    #[wasm_bindgen(unchecked_optional_param_type = "Locale")] lang: JsValue,
) -> Result<String, JsValue> {
    const EXPECTS: &str = "encodeShare expects (workspace, decision?, lang?)";
    let locale = locale_argument(EXPECTS, &lang)?;
    let json = workspace
        .is_object()
        .then(|| js_sys::JSON::stringify(&workspace).ok()?.as_string())
        .flatten()
        .ok_or_else(|| worded_error(EXPECTS, locale, &ApiText::NotAnObject))?;
    let workspace = share::workspace_from_json(&json).map_err(|e| share_error(locale, &e))?;
    Ok(share::encode(
        &workspace,
        &share::View::default(),
        decision.and_then(|name| name.parse().ok()),
    ))
}

/// Reads a share fragment (with or without `#`). Throws an `Error` whose message says what is wrong, in `lang`
/// (default `en`).
#[wasm_bindgen(js_name = decodeShare, unchecked_return_type = "SharedWorkspace")]
pub fn decode_share(
    fragment: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Locale")] lang: JsValue,
) -> Result<JsValue, JsValue> {
    let locale = locale_argument("decodeShare expects (fragment, lang?)", &lang)?;
    let shared = share::decode(fragment).map_err(|e| share_error(locale, &e))?;
    to_js(&shared)
}

/// A link or workspace the share codec cannot read, as the `Error` the share functions throw, in `locale`.
fn share_error(locale: Locale, error: &share::ShareError) -> JsValue {
    js_sys::Error::new(&locale.share_problem(&error.problem)).into()
}

/// The locale a `lang` argument names: English when it is absent, a usage error when it names none.
fn locale_argument(expects: &str, lang: &JsValue) -> Result<Locale, JsValue> {
    locale_of(lang)
        .map_err(|given| worded_error(expects, Locale::default(), &ApiText::UnknownLang { given }))
}

/// The locale a `lang` value names (English when undefined); otherwise the value's JSON text, for the error.
fn locale_of(lang: &JsValue) -> Result<Locale, String> {
    if lang.is_undefined() {
        return Ok(Locale::default());
    }
    lang.as_string()
        .and_then(|tag| Locale::from_tag(&tag))
        .ok_or_else(|| {
            js_sys::JSON::stringify(lang)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default()
        })
}

/// Every catalog API evaluated for the request's principal, SdkAppId and context: `[{action, category,
/// granularity, decision, authoritative, deciding}]` ("what can these policies do").
#[wasm_bindgen(unchecked_return_type = "MatrixRow[]")]
pub fn matrix(
    #[wasm_bindgen(unchecked_param_type = "EvaluateInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = Fields::of(&input, "matrix expects {policies, boundary?, request}")?;
    matrix_rows(&input, |rows| to_js(&rows))
}

/// The matrix as the playground's panel computes it, through this boundary (`make bench`): the same rows as
/// `matrix`, worded, with nothing built for JavaScript. Returns the number of rows. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = benchMatrix, skip_typescript)]
pub fn bench_matrix(input: JsValue) -> Result<usize, JsValue> {
    let input = Fields::of(&input, "benchMatrix expects {policies, boundary?, request}")?;
    matrix_rows(&input, |rows| Ok(rows.len()))
}

/// The matrix's rows in the caller's language, handed to `finish` (they borrow from the analysis).
fn matrix_rows<T>(
    input: &Fields,
    finish: impl FnOnce(Vec<crate::wire::MatrixRow>) -> Result<T, JsValue>,
) -> Result<T, JsValue> {
    let catalog = Catalog::builtin();
    let locale = input.lang()?;
    // What cannot be read is refused with its first error, in the caller's language.
    let first_error = |diagnostics: &[Diagnostic]| {
        let message = diagnostics
            .iter()
            .find(|d| d.is_error())
            .map(|d| d.words(locale).message)
            .unwrap_or_default();
        JsValue::from_str(&message)
    };
    // The matrix is over identity policies and a boundary: a document of another kind is refused by name.
    let mut sets: [Vec<crate::Policy>; 2] = Default::default();
    let (request_text, documents) = input.read(boundary::Wanted::RequestAndDocuments);
    for (kind, p) in documents? {
        let set = match kind {
            PolicyKind::Identity => &mut sets[0],
            PolicyKind::Boundary => &mut sets[1],
            other => {
                return Err(input.error(ApiText::KindNotInMatrix {
                    kind: other.as_str(),
                }))
            }
        };
        let parsed = crate::parse_policy_as(&p.text, kind, catalog);
        set.push(
            parsed
                .policy
                .ok_or_else(|| first_error(&parsed.diagnostics))?,
        );
    }
    let [policies, boundary] = sets;
    let request_text = request_text?;
    let request = crate::request::read_request(&request_text)
        .ok_or_else(|| first_error(&crate::parse_request(&request_text, catalog).diagnostics))?;
    let rows = crate::analysis::matrix(
        &policies.iter().collect::<Vec<_>>(),
        &boundary.iter().collect::<Vec<_>>(),
        &request,
        catalog,
    );
    finish(
        rows.iter()
            .map(|row| crate::wire::MatrixRow::new(row, locale))
            .collect(),
    )
}
