//! Policy tests (`camctl test`): a JSON test file (`schemas/camctl-test.schema.json`) names policy files, shared
//! principals and contexts, and cases — a request or a matrix of actions × SdkAppIds or resources × contexts —
//! each with the decision it expects, optionally the statements that must decide it and whether the decision
//! must be authoritative. `read` checks the file's shape, `prepare` reads the policies and builds every case's
//! request through the request reader, `run` evaluates them with the workspace pipeline and measures coverage.
//! Every problem is an `InputError` located in the test file (or in the policy file at fault). The words are
//! in the locale tables; the file reading is the caller's (`prepare` takes a loader), so this stays IO-free.

pub mod playground;
mod run;

pub use run::{run, CaseResult, Coverage, Failure, KeyCoverage, Report, StatementCoverage};

use crate::catalog::Catalog;
use crate::json::ast::Value;
use crate::json::shape::{self, Fields, InputError, Problem, Reader};
use crate::json::writer;
use crate::json::{LineIndex, Span};
use crate::policy::{parse_policy_as, ParsedPolicy, PolicyKind};
use crate::policy_kind::ScpNode;
use crate::request::{parse_request, ParsedRequest};
use crate::text::input::{Expected, InputProblem, NameKind};

/// The policy kinds a test file may name (rule K1): `identity` and its stable name `policy`, then the others.
pub const KINDS: &[&str] = &[
    "identity", "policy", "boundary", "trust", "session", "bucket", "scp",
];

/// The fields of each object of the file, as the JSON Schema lists them (a test holds the two together).
pub const FILE_FIELDS: &[&str] = &[
    "$schema",
    "description",
    "policies",
    "principals",
    "contexts",
    "defaults",
    "cases",
];
/// The organization nodes an SCP may be bound to (rule O2), as a test file writes them.
pub const NODES: &[&str] = &["account", "department", "department/<name>", "root"];

pub const POLICY_FIELDS: &[&str] = &["id", "path", "text", "kind", "node"];
pub const DEFAULTS_FIELDS: &[&str] = &["principal", "context"];
pub const CASE_FIELDS: &[&str] = &[
    "name",
    "request",
    "matrix",
    "expect",
    "deciding",
    "authoritative",
];
pub const MATRIX_FIELDS: &[&str] = &[
    "actions",
    "sdk_app_ids",
    "resources",
    "contexts",
    "principal",
    "params",
];
pub const EXPECTS: &[&str] = &["allow", "deny", "explicit_deny", "implicit_deny"];

pub use crate::workspace::Expect;

/// A statement of the suite's policies: which kind, which policy of that kind, which statement (0-based), as
/// the evaluator's `StatementRef` counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StatementKey {
    pub source: PolicyKind,
    pub policy: usize,
    pub statement: usize,
}

impl From<&crate::eval::trace::StatementRef> for StatementKey {
    fn from(r: &crate::eval::trace::StatementRef) -> StatementKey {
        StatementKey {
            source: r.source,
            policy: r.policy,
            statement: r.statement,
        }
    }
}

/// A policy file the test file names.
#[derive(Clone, Debug, PartialEq)]
pub struct PolicyEntry {
    /// How cases name it (`id#2`); the file name without `.json` when not given.
    pub id: String,
    /// As written, relative to the test file; empty for a document given as `text`.
    pub path: String,
    /// Where `path` (or `text`) is written in the test file.
    pub span: Span,
    pub kind: PolicyKind,
    /// The document itself, when the file gives it inline (`text`, as the playground's export writes it).
    pub text: Option<String>,
    /// For an SCP, the organization node it is bound to (rule O2; `node` in the file, the member account's
    /// when absent).
    pub node: ScpNode,
}

/// A case as written: one request, or a matrix expanded into many.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseDef {
    pub name: String,
    pub span: Span,
    pub path: String,
    pub requests: Vec<(String, serde_json::Value)>,
    pub expect: Expect,
    pub deciding: Option<Vec<(String, Span, String)>>,
    pub authoritative: Option<bool>,
}

/// A test file's shape, read and checked; policies not read yet.
#[derive(Clone, Debug, PartialEq)]
pub struct SuiteFile {
    pub policies: Vec<PolicyEntry>,
    pub cases: Vec<CaseDef>,
}

/// One concrete case: a request to evaluate and what to expect of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    /// The case's name; a matrix's cells add `[action · id · context]`.
    pub name: String,
    /// Where the case is written in the test file.
    pub span: Span,
    pub request: ParsedRequest,
    /// The request as JSON text (named principals and contexts written in place): what a playground link opens.
    pub request_text: String,
    pub expect: Expect,
    pub deciding: Option<Vec<StatementKey>>,
    pub authoritative: Option<bool>,
}

/// The policies read and the cases built: ready to run.
#[derive(Clone, Debug, PartialEq)]
pub struct Suite {
    pub entries: Vec<PolicyEntry>,
    /// The policies read, by kind, in `PolicyKind::ALL` order (kinds without a policy left out).
    pub sets: Vec<(PolicyKind, Vec<ParsedPolicy>)>,
    /// Each entry's text, in `entries` order: what a playground link opens.
    pub texts: Vec<String>,
    pub cases: Vec<Case>,
}

impl Suite {
    /// The entry of a policy of a set.
    pub fn entry(&self, source: PolicyKind, policy: usize) -> Option<&PolicyEntry> {
        self.entries.iter().filter(|e| e.kind == source).nth(policy)
    }

    /// The policies of a kind, as read.
    pub fn policies_of(&self, kind: PolicyKind) -> &[ParsedPolicy] {
        self.sets
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[][..], |(_, set)| &set[..])
    }

    /// `id#N` (1-based), as the test file writes a statement.
    pub fn statement_name(&self, key: StatementKey) -> String {
        let id = self
            .entry(key.source, key.policy)
            .map_or("?", |e| e.id.as_str());
        format!("{id}#{}", key.statement + 1)
    }
}

/// Reads a test file's shape: every field known and typed, every name defined. Policies are not read here.
pub fn read(text: &str) -> Result<SuiteFile, InputError> {
    let index = LineIndex::new(text);
    let root = shape::document(&index)?;
    let r = Reader { index: &index };
    let file = r.object(&root, "$", FILE_FIELDS)?;
    if let Some(schema) = file.get("$schema") {
        r.string(schema, &file.path("$schema"))?;
    }
    if let Some(description) = file.get("description") {
        r.string(description, &file.path("description"))?;
    }
    let policies = read_policies(&r, &file)?;
    let named = |field: &str| -> Result<Vec<(String, serde_json::Value)>, InputError> {
        let Some(value) = file.get(field) else {
            return Ok(Vec::new());
        };
        let path = file.path(field);
        let Value::Object(object) = value else {
            return Err(r.wrong(value, &path, Expected::Object));
        };
        let names: Vec<&str> = object.properties.iter().map(|p| p.name.as_str()).collect();
        r.object(value, &path, &names)?;
        object
            .properties
            .iter()
            .map(|p| {
                let at = crate::json::child_path(&path, p.name.as_str());
                match &p.value {
                    Value::Object(_) => {
                        Ok((p.name.as_str().to_string(), shape::to_serde(&p.value)))
                    }
                    other => Err(r.wrong(other, &at, Expected::Object)),
                }
            })
            .collect()
    };
    let names = Names {
        principals: named("principals")?,
        contexts: named("contexts")?,
        default_principal: None,
        default_context: None,
    };
    let names = read_defaults(&r, &file, names)?;
    let cases_value = file.required(&r, "cases")?;
    let cases_path = file.path("cases");
    let cases = r.non_empty_list(cases_value, &cases_path, "cases")?;
    let cases = cases
        .iter()
        .enumerate()
        .map(|(i, case)| read_case(&r, case, &format!("{cases_path}[{i}]"), &names, &policies))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(SuiteFile { policies, cases })
}

fn read_policies(
    r: &Reader<'_, '_>,
    file: &Fields<'_, '_>,
) -> Result<Vec<PolicyEntry>, InputError> {
    let value = file.required(r, "policies")?;
    let path = file.path("policies");
    let list = r.non_empty_list(value, &path, "policies")?;
    let mut entries: Vec<PolicyEntry> = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let at = format!("{path}[{i}]");
        // A bare string is a path with the defaults.
        let (file_path, span, id, kind, text, node) = match item {
            Value::StringLit(s) => (s.as_str().to_string(), r.span(item), None, None, None, None),
            _ => {
                let fields = r.object(item, &at, POLICY_FIELDS)?;
                let node = match fields.get("node") {
                    Some(v) => {
                        let path = fields.path("node");
                        let name = r.string(v, &path)?;
                        let node = ScpNode::named(name).ok_or_else(|| {
                            r.error(
                                v,
                                &path,
                                InputProblem::NotOneOf {
                                    given: name.to_string(),
                                    choices: NODES.iter().map(|n| n.to_string()).collect(),
                                },
                            )
                        })?;
                        Some((node, v, path))
                    }
                    None => None,
                };
                let (file_path, text, path_value) = match (fields.get("path"), fields.get("text")) {
                    (Some(p), None) => (r.string(p, &fields.path("path"))?.to_string(), None, p),
                    (None, Some(t)) => (
                        String::new(),
                        Some(r.string(t, &fields.path("text"))?.to_string()),
                        t,
                    ),
                    _ => return Err(r.error(item, &at, InputProblem::PathOrText)),
                };
                let id = match fields.get("id") {
                    Some(v) => Some((r.string(v, &fields.path("id"))?.to_string(), v)),
                    None => None,
                };
                let kind = match fields.get("kind") {
                    Some(v) => Some((
                        r.string(v, &fields.path("kind"))?.to_string(),
                        v,
                        fields.path("kind"),
                    )),
                    None => None,
                };
                (file_path, r.span(path_value), id, kind, text, node)
            }
        };
        let kind = match &kind {
            None => PolicyKind::Identity,
            Some((name, value, kind_path)) => PolicyKind::named(name).ok_or_else(|| {
                r.error(
                    value,
                    kind_path,
                    InputProblem::NotOneOf {
                        given: name.clone(),
                        choices: KINDS.iter().map(|k| k.to_string()).collect(),
                    },
                )
            })?,
        };
        let (id, id_span) = match id {
            Some((id, value)) => (id, r.span(value)),
            None if text.is_some() => (format!("inline-{}", i + 1), span),
            None => (default_id(&file_path), span),
        };
        if entries.iter().any(|e| e.id == id) {
            return Err(InputError::new(
                id_span,
                at,
                InputProblem::DuplicateId { id },
            ));
        }
        // A node binds an SCP; on another kind it would be silently meaningless.
        let node = match node {
            Some((_, value, node_path)) if kind != PolicyKind::Scp => {
                return Err(r.error(
                    value,
                    &node_path,
                    InputProblem::UnknownField {
                        field: "node".into(),
                        suggestion: None,
                        fields: ["id", "path", "text", "kind"].map(String::from).to_vec(),
                    },
                ))
            }
            Some((node, _, _)) => node,
            None => ScpNode::Account,
        };
        entries.push(PolicyEntry {
            id,
            path: file_path,
            span,
            kind,
            text,
            node,
        });
    }
    Ok(entries)
}

/// `policies/support-agent.json` → `support-agent`.
fn default_id(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".json").unwrap_or(name).to_string()
}

struct Names {
    principals: Vec<(String, serde_json::Value)>,
    contexts: Vec<(String, serde_json::Value)>,
    default_principal: Option<serde_json::Value>,
    default_context: Option<(String, serde_json::Value)>,
}

fn read_defaults(
    r: &Reader<'_, '_>,
    file: &Fields<'_, '_>,
    mut names: Names,
) -> Result<Names, InputError> {
    let Some(value) = file.get("defaults") else {
        return Ok(names);
    };
    let path = file.path("defaults");
    let fields = r.object(value, &path, DEFAULTS_FIELDS)?;
    if let Some(p) = fields.get("principal") {
        names.default_principal = Some(principal(r, p, &fields.path("principal"), &names)?);
    }
    if let Some(c) = fields.get("context") {
        names.default_context = Some(context(r, c, &fields.path("context"), &names)?);
    }
    Ok(names)
}

/// A principal by name or written in place.
fn principal(
    r: &Reader<'_, '_>,
    value: &Value<'_>,
    path: &str,
    names: &Names,
) -> Result<serde_json::Value, InputError> {
    match value {
        Value::StringLit(s) => lookup(
            r,
            value,
            path,
            &names.principals,
            s.as_str(),
            NameKind::Principal,
        ),
        Value::Object(_) => Ok(shape::to_serde(value)),
        other => Err(r.wrong(other, path, Expected::NameOrObject)),
    }
}

/// A context by name, written in place, or a list of both merged in order; with the name it shows under.
fn context(
    r: &Reader<'_, '_>,
    value: &Value<'_>,
    path: &str,
    names: &Names,
) -> Result<(String, serde_json::Value), InputError> {
    match value {
        Value::StringLit(s) => Ok((
            s.as_str().to_string(),
            lookup(
                r,
                value,
                path,
                &names.contexts,
                s.as_str(),
                NameKind::Context,
            )?,
        )),
        Value::Object(_) => {
            let json = shape::to_serde(value);
            Ok((writer::compact(&json), json))
        }
        Value::Array(list) => {
            let mut merged = serde_json::Map::new();
            let mut shown = Vec::new();
            for (i, item) in list.elements.iter().enumerate() {
                if matches!(item, Value::Array(_)) {
                    return Err(r.wrong(item, &format!("{path}[{i}]"), Expected::NameOrObject));
                }
                let (name, json) = context(r, item, &format!("{path}[{i}]"), names)?;
                if let serde_json::Value::Object(map) = json {
                    merged.extend(map);
                }
                shown.push(name);
            }
            Ok((shown.join("+"), serde_json::Value::Object(merged)))
        }
        other => Err(r.wrong(other, path, Expected::NameOrObject)),
    }
}

fn lookup(
    r: &Reader<'_, '_>,
    value: &Value<'_>,
    path: &str,
    known: &[(String, serde_json::Value)],
    name: &str,
    what: NameKind,
) -> Result<serde_json::Value, InputError> {
    known
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
        .ok_or_else(|| {
            r.error(
                value,
                path,
                InputProblem::UnknownName {
                    what,
                    name: name.to_string(),
                    known: known.iter().map(|(n, _)| n.clone()).collect(),
                },
            )
        })
}

fn read_case(
    r: &Reader<'_, '_>,
    value: &Value<'_>,
    path: &str,
    names: &Names,
    policies: &[PolicyEntry],
) -> Result<CaseDef, InputError> {
    let fields = r.object(value, path, CASE_FIELDS)?;
    let name = r
        .string(fields.required(r, "name")?, &fields.path("name"))?
        .to_string();
    let expect_value = fields.required(r, "expect")?;
    let expect_word = r.string(expect_value, &fields.path("expect"))?;
    let expect = Expect::named(expect_word).ok_or_else(|| {
        r.error(
            expect_value,
            &fields.path("expect"),
            InputProblem::NotOneOf {
                given: expect_word.to_string(),
                choices: EXPECTS.iter().map(|e| e.to_string()).collect(),
            },
        )
    })?;
    let authoritative = match fields.get("authoritative") {
        Some(v) => Some(r.boolean(v, &fields.path("authoritative"))?),
        None => None,
    };
    let deciding = match fields.get("deciding") {
        Some(v) => {
            let at = fields.path("deciding");
            let list = r.list(v, &at)?;
            let refs = list
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let item_path = format!("{at}[{i}]");
                    let written = r.string(item, &item_path)?;
                    statement_ref(r, item, &item_path, written, policies)?;
                    Ok((written.to_string(), r.span(item), item_path))
                })
                .collect::<Result<Vec<_>, InputError>>()?;
            Some(refs)
        }
        None => None,
    };
    let requests = match (fields.get("request"), fields.get("matrix")) {
        (Some(request), None) => {
            let at = fields.path("request");
            vec![(name.clone(), one_request(r, request, &at, names)?)]
        }
        (None, Some(matrix)) => expand_matrix(r, matrix, &fields.path("matrix"), &name, names)?,
        _ => return Err(r.error(value, path, InputProblem::RequestOrMatrix)),
    };
    Ok(CaseDef {
        name,
        span: r.span(value),
        path: path.to_string(),
        requests,
        expect,
        deciding,
        authoritative,
    })
}

/// `id#N` → the policy's entry index and the 0-based statement; checked against the policy later.
fn statement_ref(
    r: &Reader<'_, '_>,
    value: &Value<'_>,
    path: &str,
    written: &str,
    policies: &[PolicyEntry],
) -> Result<(usize, usize), InputError> {
    let bad = || {
        r.error(
            value,
            path,
            InputProblem::BadStatementRef {
                given: written.to_string(),
            },
        )
    };
    let (id, number) = written.rsplit_once('#').ok_or_else(bad)?;
    let number: usize = number.parse().ok().filter(|n| *n >= 1).ok_or_else(bad)?;
    let entry = policies.iter().position(|p| p.id == id).ok_or_else(|| {
        r.error(
            value,
            path,
            InputProblem::UnknownName {
                what: NameKind::Policy,
                name: id.to_string(),
                known: policies.iter().map(|p| p.id.clone()).collect(),
            },
        )
    })?;
    Ok((entry, number - 1))
}

/// A case's request: the public request format, with `principal` and `context` also given by name.
fn one_request(
    r: &Reader<'_, '_>,
    value: &Value<'_>,
    path: &str,
    names: &Names,
) -> Result<serde_json::Value, InputError> {
    let Value::Object(object) = value else {
        return Err(r.wrong(value, path, Expected::Object));
    };
    let mut request = serde_json::Map::new();
    for prop in &object.properties {
        let at = crate::json::child_path(path, prop.name.as_str());
        let json = match prop.name.as_str() {
            "principal" => principal(r, &prop.value, &at, names)?,
            "context" => context(r, &prop.value, &at, names)?.1,
            _ => shape::to_serde(&prop.value),
        };
        request.insert(prop.name.as_str().to_string(), json);
    }
    fill_defaults(&mut request, names);
    Ok(serde_json::Value::Object(request))
}

fn fill_defaults(request: &mut serde_json::Map<String, serde_json::Value>, names: &Names) {
    if let (false, Some(p)) = (request.contains_key("principal"), &names.default_principal) {
        request.insert("principal".into(), p.clone());
    }
    if let (false, Some((_, c))) = (request.contains_key("context"), &names.default_context) {
        request.insert("context".into(), c.clone());
    }
}

/// A matrix's cells: every action (catalog patterns expanded) × every SdkAppId or resource × every context.
fn expand_matrix(
    r: &Reader<'_, '_>,
    value: &Value<'_>,
    path: &str,
    name: &str,
    names: &Names,
) -> Result<Vec<(String, serde_json::Value)>, InputError> {
    let fields = r.object(value, path, MATRIX_FIELDS)?;
    let catalog = Catalog::builtin();
    let mut actions = Vec::new();
    for (pattern, span) in r.strings(
        fields.required(r, "actions")?,
        &fields.path("actions"),
        "actions",
    )? {
        if pattern.contains('*') {
            let matching: Vec<String> = catalog
                .actions()
                .filter(|(action, _, _)| crate::glob::matches(&pattern, action))
                .map(|(action, _, _)| action.to_string())
                .collect();
            if matching.is_empty() {
                return Err(InputError::new(
                    span,
                    fields.path("actions"),
                    InputProblem::NoApiMatches { pattern },
                ));
            }
            actions.extend(matching);
        } else {
            actions.push(pattern);
        }
    }
    let targets: Vec<(String, Option<serde_json::Value>, Option<String>)> =
        match (fields.get("sdk_app_ids"), fields.get("resources")) {
            (Some(_), Some(_)) => return Err(r.error(value, path, InputProblem::ResourcesOrIds)),
            (Some(ids), None) => {
                let at = fields.path("sdk_app_ids");
                let list = r.non_empty_list(ids, &at, "sdk_app_ids")?;
                list.iter()
                    .enumerate()
                    .map(|(i, id)| match id {
                        Value::NumberLit(_) | Value::StringLit(_) => {
                            let json = shape::to_serde(id);
                            let shown = match &json {
                                serde_json::Value::String(s) => s.clone(),
                                other => writer::compact(other),
                            };
                            Ok((format!("SdkAppId {shown}"), Some(json), None))
                        }
                        other => Err(r.wrong(other, &format!("{at}[{i}]"), Expected::Number)),
                    })
                    .collect::<Result<_, _>>()?
            }
            (None, Some(resources)) => r
                .strings(resources, &fields.path("resources"), "resources")?
                .into_iter()
                .map(|(resource, _)| (resource.clone(), None, Some(resource)))
                .collect(),
            (None, None) => vec![(String::new(), None, None)],
        };
    let contexts: Vec<(String, Option<serde_json::Value>)> = match fields.get("contexts") {
        Some(list_value) => {
            let at = fields.path("contexts");
            let list = r.non_empty_list(list_value, &at, "contexts")?;
            list.iter()
                .enumerate()
                .map(|(i, c)| {
                    context(r, c, &format!("{at}[{i}]"), names).map(|(n, v)| (n, Some(v)))
                })
                .collect::<Result<_, _>>()?
        }
        None => vec![(String::new(), None)],
    };
    let principal_json = match fields.get("principal") {
        Some(p) => Some(principal(r, p, &fields.path("principal"), names)?),
        None => None,
    };
    let params = match fields.get("params") {
        Some(p @ Value::Object(_)) => Some(shape::to_serde(p)),
        Some(other) => return Err(r.wrong(other, &fields.path("params"), Expected::Object)),
        None => None,
    };
    let mut cells = Vec::new();
    for action in &actions {
        for (target_name, id, resource) in &targets {
            for (context_name, context_json) in &contexts {
                let mut request = serde_json::Map::new();
                request.insert("action".into(), serde_json::Value::String(action.clone()));
                let mut cell_params = match &params {
                    Some(serde_json::Value::Object(map)) => map.clone(),
                    _ => serde_json::Map::new(),
                };
                if let Some(id) = id {
                    cell_params.insert("SdkAppId".into(), id.clone());
                }
                if !cell_params.is_empty() {
                    request.insert("params".into(), serde_json::Value::Object(cell_params));
                }
                if let Some(resource) = resource {
                    request.insert(
                        "resource".into(),
                        serde_json::Value::String(resource.clone()),
                    );
                }
                if let Some(p) = &principal_json {
                    request.insert("principal".into(), p.clone());
                }
                if let Some(c) = context_json {
                    request.insert("context".into(), c.clone());
                }
                fill_defaults(&mut request, names);
                let parts: Vec<&str> = [action.as_str(), target_name, context_name]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect();
                cells.push((
                    format!("{name} [{}]", parts.join(" · ")),
                    serde_json::Value::Object(request),
                ));
            }
        }
    }
    Ok(cells)
}

/// Reads every policy file the suite names (through `load`, given the path as written) and builds every case's
/// request. A policy that is not valid JSON or that CAM would refuse to save is an error located in that
/// policy file; a request the request reader refuses is an error located at its case.
pub fn prepare(
    file: &SuiteFile,
    load: impl Fn(&str) -> Result<String, String>,
    catalog: &Catalog,
) -> Result<Suite, InputError> {
    let mut sets: Vec<(PolicyKind, Vec<ParsedPolicy>)> =
        PolicyKind::ALL.iter().map(|k| (*k, Vec::new())).collect();
    let mut texts = Vec::new();
    for entry in &file.policies {
        let text = match &entry.text {
            Some(text) => text.clone(),
            None => load(&entry.path).map_err(|error| {
                InputError::new(
                    entry.span,
                    "$.policies",
                    InputProblem::CannotRead {
                        path: entry.path.clone(),
                        error,
                    },
                )
            })?,
        };
        let parsed = parse_policy_as(&text, entry.kind, catalog);
        if let Some(d) = parsed.errors().next() {
            let mut error = InputError::from_diagnostic(d);
            if entry.text.is_some() {
                // Inside a string of the test file: the problem's words, at the string.
                error.span = entry.span;
                error.path = "$.policies".into();
            } else {
                error.file = Some(entry.path.clone());
            }
            return Err(error);
        }
        texts.push(text);
        if let Some((_, set)) = sets.iter_mut().find(|(k, _)| *k == entry.kind) {
            set.push(parsed);
        }
    }
    sets.retain(|(_, set)| !set.is_empty());
    let mut suite = Suite {
        entries: file.policies.clone(),
        sets,
        texts,
        cases: Vec::new(),
    };
    for def in &file.cases {
        let deciding = match &def.deciding {
            Some(refs) => Some(
                refs.iter()
                    .map(|(written, span, path)| resolve_ref(&suite, written, *span, path))
                    .collect::<Result<Vec<_>, _>>()?,
            ),
            None => None,
        };
        for (name, request) in &def.requests {
            let request_text = writer::compact(request);
            let parsed = parse_request(&request_text, catalog);
            if let Some(d) = parsed.diagnostics.iter().find(|d| d.is_error()) {
                return Err(InputError {
                    file: None,
                    span: def.span,
                    path: def.path.clone(),
                    problem: Box::new(Problem::Diagnostic(d.text.clone())),
                });
            }
            suite.cases.push(Case {
                name: name.clone(),
                span: def.span,
                request: parsed,
                request_text,
                expect: def.expect,
                deciding: deciding.clone(),
                authoritative: def.authoritative,
            });
        }
    }
    Ok(suite)
}

fn resolve_ref(
    suite: &Suite,
    written: &str,
    span: Span,
    path: &str,
) -> Result<StatementKey, InputError> {
    let (id, number) = written.rsplit_once('#').unwrap_or((written, "1"));
    let number: usize = number.parse().unwrap_or(1);
    let entry = suite.entries.iter().position(|e| e.id == id).unwrap_or(0);
    let kind = suite.entries[entry].kind;
    let policy = suite.entries[..entry]
        .iter()
        .filter(|e| e.kind == kind)
        .count();
    let count = suite
        .policies_of(kind)
        .get(policy)
        .and_then(|parsed| parsed.policy.as_ref())
        .map_or(0, |p| p.statements.len());
    if number == 0 || number > count {
        return Err(InputError::new(
            span,
            path,
            InputProblem::NoSuchStatement {
                policy: id.to_string(),
                statement: number,
                count,
            },
        ));
    }
    Ok(StatementKey {
        source: kind,
        policy,
        statement: number - 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(value: &serde_json::Value) -> Vec<String> {
        let mut keys: Vec<String> = value
            .as_object()
            .unwrap_or_else(|| panic!("not an object: {value}"))
            .keys()
            .cloned()
            .collect();
        keys.sort();
        keys
    }

    fn sorted(fields: &[&str]) -> Vec<String> {
        let mut fields: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
        fields.sort();
        fields
    }

    /// The published schema and the reader accept the same fields and words.
    #[test]
    fn the_json_schema_lists_what_the_reader_reads() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../schemas/camctl-test.schema.json")).unwrap();
        let defs = &schema["$defs"];
        assert_eq!(keys(&schema["properties"]), sorted(FILE_FIELDS));
        assert_eq!(
            keys(&schema["properties"]["policies"]["items"]["oneOf"][1]["properties"]),
            sorted(POLICY_FIELDS)
        );
        assert_eq!(
            keys(&schema["properties"]["defaults"]["properties"]),
            sorted(DEFAULTS_FIELDS)
        );
        assert_eq!(keys(&defs["case"]["properties"]), sorted(CASE_FIELDS));
        assert_eq!(keys(&defs["matrix"]["properties"]), sorted(MATRIX_FIELDS));
        assert_eq!(
            defs["case"]["properties"]["expect"]["enum"],
            serde_json::json!(EXPECTS)
        );
        assert_eq!(
            schema["properties"]["policies"]["items"]["oneOf"][1]["properties"]["kind"]["enum"],
            serde_json::json!(KINDS)
        );
        let lint: serde_json::Value =
            serde_json::from_str(include_str!("../../schemas/camlint.schema.json")).unwrap();
        use crate::lint::config::{CONFIG_FIELDS, SETTINGS, SUPPRESS_FIELDS};
        assert_eq!(keys(&lint["properties"]), sorted(CONFIG_FIELDS));
        assert_eq!(
            keys(&lint["properties"]["suppress"]["items"]["properties"]),
            sorted(SUPPRESS_FIELDS)
        );
        assert_eq!(
            lint["properties"]["rules"]["additionalProperties"]["enum"],
            serde_json::json!(SETTINGS)
        );
        // Every code the linter and parsers give fits the schema's pattern for rule names.
        let pattern = lint["properties"]["rules"]["propertyNames"]["pattern"]
            .as_str()
            .unwrap();
        assert_eq!(pattern, "^(json|policy|request|lint|terraform)/[a-z0-9-]+$");
        for code in crate::text::CODES {
            let (family, name) = code.split_once('/').unwrap();
            assert!(
                ["json", "policy", "request", "lint", "terraform"].contains(&family),
                "{code}"
            );
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{code}"
            );
        }
    }

    #[test]
    fn a_matrix_is_every_action_id_and_context() {
        let file = read(
            r#"{"policies": ["p.json"],
                "contexts": {"office": {"qcs:ip": "10.0.0.1"}, "home": {"qcs:ip": "192.0.2.1"}},
                "cases": [{"name": "m", "expect": "deny",
                           "matrix": {"actions": ["ccc:CreateStaff", "ccc:DeleteStaff"], "sdk_app_ids": [1, "2"],
                                      "contexts": ["office", ["home", {"qcs:current_time": "2026-01-01T00:00:00Z"}]]}}]}"#,
        )
        .unwrap();
        let names: Vec<&str> = file.cases[0]
            .requests
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        assert_eq!(names.len(), 8);
        assert_eq!(names[0], "m [ccc:CreateStaff · SdkAppId 1 · office]");
        assert_eq!(names[7], "m [ccc:DeleteStaff · SdkAppId 2 · home+{\"qcs:current_time\":\"2026-01-01T00:00:00Z\"}]");
        let last = &file.cases[0].requests[7].1;
        assert_eq!(last["params"]["SdkAppId"], "2");
        assert_eq!(last["context"]["qcs:ip"], "192.0.2.1");
        assert_eq!(last["context"]["qcs:current_time"], "2026-01-01T00:00:00Z");
        // A pattern stands for the catalog APIs it matches.
        let file = read(
            r#"{"policies": ["p.json"], "cases": [{"name": "d", "expect": "deny", "matrix": {"actions": "ccc:DeleteS*"}}]}"#,
        )
        .unwrap();
        let names: Vec<&str> = file.cases[0]
            .requests
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "d [ccc:DeleteSipTrunk]",
                "d [ccc:DeleteSipTrunkRoute]",
                "d [ccc:DeleteStaff]"
            ]
        );
    }
}
