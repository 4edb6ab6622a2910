//! Policy text → `Policy` (rules G1–G8): every problem of the document at once, each located.

use crate::json::ast::{Array, Object, ObjectProp, Range, Value};

use super::{
    ConditionBlock, ConditionKey, Effect, InvalidStatement, Operator, ParsedPolicy, Policy,
    PolicyKind, PrincipalField, PrincipalName, Spanned, Statement,
};
use crate::catalog::Catalog;
use crate::diagnostic::{self, Diagnostic};
use crate::json::Path;
use crate::json::{self, LineIndex, Span};
use crate::resource_name::ResourceName;
use crate::rules::Rule;
use crate::suggest::closest;
use crate::text::policy::{ElementsOf, JsonType, PolicyText, StatementElement};

/// CAM's limit on a policy's length, white space not counted (rule G7).
pub const MAX_POLICY_CHARS: usize = 6144;
/// COS's limit on a bucket policy, in bytes of UTF-8 (rule B1).
pub const MAX_BUCKET_POLICY_BYTES: usize = 20 * 1024;
/// Caps that keep a pasted or generated giant from freezing the page: far above what 6,144 characters allow.
pub const MAX_STATEMENTS: usize = 1024;
pub const MAX_VALUES_PER_KEY: usize = 1024;

const POLICY_ELEMENTS: &[&str] = &["version", "statement", "principal"];
const STATEMENT_ELEMENTS: &[&str] = &["effect", "action", "resource", "condition", "principal"];
/// Elements of other policy languages that CAM has no equivalent for (rule G2).
const FOREIGN_ELEMENTS: &[&str] = &[
    "sid",
    "id",
    "not_action",
    "notaction",
    "not_resource",
    "notresource",
    "not_principal",
    "notprincipal",
];

/// Parses one identity policy. The catalog lets the parser warn about API names it does not know (rule A5).
pub fn parse_policy(text: &str, catalog: &Catalog) -> ParsedPolicy {
    parse_policy_as(text, PolicyKind::Identity, catalog)
}

/// Parses one document as a kind (rule K1): each kind has its own grammar (T1, S1, B1, O1) and its own API's
/// refusal codes (K2).
pub fn parse_policy_as(text: &str, kind: PolicyKind, catalog: &Catalog) -> ParsedPolicy {
    let index = LineIndex::new(text);
    let mut reader = Reader {
        index: &index,
        catalog,
        kind,
        diagnostics: Vec::new(),
        assumptions: Vec::new(),
        suggestions_left: MAX_API_SUGGESTIONS,
        policy_principals: Vec::new(),
        lowercased: false,
        policy_lowercased: false,
    };
    let policy = json::parse(&index, &mut reader.diagnostics).and_then(|root| {
        let policy = reader.policy(&root);
        reader.compare_shape(&root);
        policy
    });
    if policy.is_some() {
        reader.check_length(text);
    }
    let mut diagnostics = reader.diagnostics;
    for d in &mut diagnostics {
        d.cam_error = super::cam_error_code(d, kind);
    }
    diagnostic::sort(&mut diagnostics);
    let mut assumptions = reader.assumptions;
    assumptions.sort();
    assumptions.dedup();
    ParsedPolicy {
        kind,
        policy,
        diagnostics,
        assumptions,
    }
}

/// ASCII's white space as `char::is_whitespace` has it (`u8::is_ascii_whitespace` leaves out U+000B).
fn ascii_white_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Whether `text` holds white space (`char::is_whitespace`). Every action and resource is checked on every
/// read, and almost all are ASCII, which a byte loop checks faster than decoding characters.
fn has_white_space(text: &str) -> bool {
    if text.is_ascii() {
        text.bytes().any(ascii_white_space)
    } else {
        text.contains(char::is_whitespace)
    }
}

/// Whether `text` holds `"arn:` (an AWS name). Every policy read asks it, and `str::contains` set up a two-way
/// searcher for each: this looks at where the needle's last byte would be and skips by what it finds there
/// (Horspool's rule; `:` occurs only last in the needle).
fn names_arn(text: &str) -> bool {
    const NEEDLE: &[u8; 5] = b"\"arn:";
    let bytes = text.as_bytes();
    let mut last = NEEDLE.len() - 1;
    while let Some(&byte) = bytes.get(last) {
        last += match byte {
            b':' if bytes[last - 4..=last] == *NEEDLE => return true,
            b'n' => 1,
            b'r' => 2,
            b'a' => 3,
            b'"' => 4,
            _ => 5,
        };
    }
    false
}

/// Whether `text` is empty or only white space (`trim().is_empty()`); a name starts with a letter, so the
/// first byte usually answers.
fn blank(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(&byte) if byte.is_ascii() && !ascii_white_space(byte) => false,
        _ => text.trim().is_empty(),
    }
}

struct Reader<'i, 't> {
    index: &'i LineIndex<'t>,
    catalog: &'i Catalog,
    kind: PolicyKind,
    diagnostics: Vec<Diagnostic>,
    assumptions: Vec<Rule>,
    /// Did-you-mean searches left for this document (each scores the whole catalog).
    suggestions_left: usize,
    /// The policy-level `principal`, which names the principal of every statement without one (rule G6).
    policy_principals: Vec<PrincipalName>,
    /// The statement being read had an element name or effect read as lowercase (rule G2).
    lowercased: bool,
    /// The policy's own elements did.
    policy_lowercased: bool,
}

/// Enough for any hand-written policy; a generated one with hundreds of unknown APIs gets the rest unsuggested.
const MAX_API_SUGGESTIONS: usize = 32;

/// A recognised element: its canonical lowercase name and its value.
#[derive(Clone, Copy)]
struct Element<'a, 'v> {
    name: &'static str,
    prop: &'a ObjectProp<'v>,
}

/// No object has more elements to recognise: `elements` keeps at most one per allowed name.
const MAX_ELEMENTS: usize = 5;
const _: () =
    assert!(POLICY_ELEMENTS.len() <= MAX_ELEMENTS && STATEMENT_ELEMENTS.len() <= MAX_ELEMENTS);

/// The recognised elements of an object, in the order `elements` keeps them, held in place: a `Vec` was an
/// allocation for every policy and statement read.
struct Elements<'a, 'v> {
    items: [Option<Element<'a, 'v>>; MAX_ELEMENTS],
    len: usize,
}

impl<'a, 'v> Elements<'a, 'v> {
    fn new() -> Self {
        Elements {
            items: [None; MAX_ELEMENTS],
            len: 0,
        }
    }

    fn iter(&self) -> impl Iterator<Item = &Element<'a, 'v>> {
        self.items[..self.len].iter().flatten()
    }

    fn push(&mut self, element: Element<'a, 'v>) {
        self.items[self.len] = Some(element);
        self.len += 1;
    }

    fn remove(&mut self, index: usize) {
        self.items[index..self.len].rotate_left(1);
        self.len -= 1;
        self.items[self.len] = None;
    }
}

impl<'t> Reader<'_, 't> {
    fn span(&self, value: &Value<'_>) -> Span {
        self.index.range(json::range_of(value))
    }

    /// Errors that make a statement unreadable. An unknown operator is an error too, but the statement is kept
    /// so evaluation can show it as *not evaluated* (rule C2).
    fn error_count(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.is_error() && d.code != "policy/unknown-operator")
            .count()
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn policy(&mut self, root: &Value<'_>) -> Option<Policy> {
        let Value::Object(object) = root else {
            self.push(Diagnostic::new(
                PolicyText::NotAnObject {
                    found: JsonType::of(root),
                },
                self.span(root),
                "$",
            ));
            return None;
        };
        self.hint_if_aws_style(object);
        self.hint_if_wrapped(object);
        let statements_value = self.policy_elements(object);
        self.policy_lowercased = std::mem::take(&mut self.lowercased);
        let mut policy = Policy::new(Vec::new(), Vec::new(), self.index.range(object.range));
        match statements_value {
            Some(value) => {
                let items = self.statement_items(value);
                self.statements(items, &mut policy);
            }
            None => self.push(Diagnostic::new(
                PolicyText::MissingStatement,
                self.opening(object.range),
                "$",
            )),
        }
        Some(policy)
    }

    /// Reads the policy's `version` and `principal` and reports a missing version; returns the value of
    /// `statement`, which the caller reads.
    fn policy_elements<'a, 'v>(&mut self, object: &'a Object<'v>) -> Option<&'a Value<'v>> {
        let elements = self.elements(object, POLICY_ELEMENTS, &Path::Root, ElementsOf::Policy);
        let mut statements_value = None;
        let mut version_seen = false;
        for element in elements.iter() {
            match element.name {
                "version" => {
                    version_seen = true;
                    self.version(&element.prop.value);
                }
                "statement" => statements_value = Some(&element.prop.value),
                "principal" => {
                    self.policy_principals =
                        self.principal(element.prop, &Path::Root.key("principal"))
                }
                _ => {}
            }
        }
        if !version_seen {
            self.push(Diagnostic::new(
                PolicyText::MissingVersion,
                self.opening(object.range),
                "$",
            ));
        }
        statements_value
    }

    /// The statements of `statement`: a list (rule G1 wants it non-empty), or a single object read as a list of
    /// one (rule G3).
    fn statement_items<'a, 'v>(&mut self, value: &'a Value<'v>) -> &'a [Value<'v>] {
        match value {
            Value::Array(array) => {
                if array.elements.is_empty() {
                    self.push(Diagnostic::new(
                        PolicyText::EmptyStatement,
                        self.span(value),
                        "$.statement",
                    ));
                }
                &array.elements
            }
            Value::Object(_) => {
                self.push(Diagnostic::new(
                    PolicyText::SingleStatement,
                    self.span(value),
                    "$.statement",
                ));
                self.assumptions.push(Rule::G3);
                std::slice::from_ref(value)
            }
            other => {
                self.push(Diagnostic::new(
                    PolicyText::StatementsNotAList {
                        found: JsonType::of(other),
                    },
                    self.span(other),
                    "$.statement",
                ));
                &[]
            }
        }
    }

    /// Reads each statement, up to `MAX_STATEMENTS` (rule G7), into the policy: a statement with errors is set
    /// aside as invalid.
    fn statements(&mut self, items: &[Value<'_>], policy: &mut Policy) {
        if let Some(first_extra) = items.get(MAX_STATEMENTS) {
            self.push(Diagnostic::new(
                PolicyText::TooManyStatements {
                    count: items.len(),
                    limit: MAX_STATEMENTS,
                },
                self.span(first_extra),
                format!("$.statement[{MAX_STATEMENTS}]"),
            ));
        }
        for (i, item) in items.iter().take(MAX_STATEMENTS).enumerate() {
            let errors_before = self.error_count();
            match self.statement(i, item) {
                Some(statement) if self.error_count() == errors_before => {
                    policy.statements.push(statement)
                }
                _ => policy.invalid_statements.push(InvalidStatement {
                    index: i,
                    span: self.span(item),
                }),
            }
        }
    }

    /// The opening brace of an object: where "missing element" diagnostics point.
    fn opening(&self, range: Range) -> Span {
        self.index.range(Range {
            start: range.start,
            end: range.start + 1,
        })
    }

    /// `{"Policy": {"version": …, "statement": …}, "statusCode": 200}`: an API response around the policy, as COS's
    /// SDKs return it (G1). Told once, when the document itself has no `statement`.
    fn hint_if_wrapped(&mut self, object: &Object<'_>) {
        let has = |object: &Object<'_>, name: &str| {
            object
                .properties
                .iter()
                .any(|p| p.name.as_str().eq_ignore_ascii_case(name))
        };
        if has(object, "statement") {
            return;
        }
        let wrapper = object.properties.iter().find(|p| {
            matches!(&p.value, Value::Object(inner) if has(inner, "statement") || has(inner, "version"))
        });
        if let Some(wrapper) = wrapper {
            self.push(Diagnostic::new(
                PolicyText::WrappedPolicy {
                    key: wrapper.name.as_str().to_string(),
                },
                self.opening(object.range),
                "$",
            ));
        }
    }

    /// An AWS IAM policy is told by its dated version or its `arn:` names. Capitalised element names alone
    /// do not tell it: COS writes Tencent's own documents so (rule G2).
    fn hint_if_aws_style(&mut self, object: &Object<'_>) {
        let aws_version = object
            .get_string("Version")
            .or_else(|| object.get_string("version"))
            .is_some_and(|v| v.value.starts_with("20"));
        let aws_names = names_arn(self.index.text());
        if aws_version || aws_names {
            self.push(
                // On the opening brace only: a hint over the whole document would hide the specific errors.
                Diagnostic::new(PolicyText::AwsStyle, self.opening(object.range), "$"),
            );
        }
    }

    /// The recognised elements of an object; unknown, foreign, misspelled-case and duplicate keys are reported
    /// (rule G2). A key that differs from an element only in case is still read, so its content gets checked too.
    fn elements<'a, 'v>(
        &mut self,
        object: &'a Object<'v>,
        allowed: &[&'static str],
        path: &Path<'_>,
        within: ElementsOf,
    ) -> Elements<'a, 'v> {
        let mut found = Elements::new();
        for prop in &object.properties {
            let key = prop.name.as_str();
            // Lines and columns only for a diagnostic: a well-formed key needs none.
            let key_span = || self.index.range(json::prop_name_range(prop));
            let key_path = path.key(key);
            if let Some(&name) = allowed.iter().find(|n| **n == key) {
                let previous = found.iter().position(|e| e.name == name);
                if let Some(previous) = previous {
                    let key_span = key_span();
                    self.duplicate_key(key, key_span, &key_path);
                    found.remove(previous);
                }
                found.push(Element { name, prop });
            } else if let Some(&name) = allowed.iter().find(|n| n.eq_ignore_ascii_case(key)) {
                let key_span = key_span();
                let (written, element) = (key.to_string(), name.to_string());
                if is_capitalised(key, name) {
                    // Rule G2: COS's docs and the console take a first capital letter.
                    self.lowercased = true;
                    self.push(Diagnostic::new(
                        PolicyText::CapitalisedElement { written, element },
                        key_span,
                        &key_path,
                    ));
                } else {
                    self.push(Diagnostic::new(
                        PolicyText::UppercaseElement { written, element },
                        key_span,
                        &key_path,
                    ));
                }
                if !found.iter().any(|e| e.name == name) {
                    found.push(Element { name, prop });
                }
            } else if self.kind == PolicyKind::Bucket && key.eq_ignore_ascii_case("sid") {
                // Rule B1: COS writes a statement id; it is accepted and not read.
            } else if FOREIGN_ELEMENTS.contains(&key.to_ascii_lowercase().as_str()) {
                let key_span = key_span();
                let key = key.to_string();
                let text = if key.eq_ignore_ascii_case("sid") || key.eq_ignore_ascii_case("id") {
                    PolicyText::ForeignIdElement { key }
                } else {
                    PolicyText::ForeignNegationElement { key }
                };
                self.push(Diagnostic::new(text, key_span, &key_path));
            } else {
                let key_span = key_span();
                let suggestion = closest(&key.to_ascii_lowercase(), allowed.iter().copied(), 0.85);
                self.push(Diagnostic::new(
                    PolicyText::UnknownElement {
                        key: key.to_string(),
                        within,
                        suggestion,
                    },
                    key_span,
                    &key_path,
                ));
            }
        }
        found
    }

    fn duplicate_key(&mut self, key: &str, span: Span, path: &Path<'_>) {
        self.push(Diagnostic::new(
            PolicyText::DuplicateKey {
                key: key.to_string(),
            },
            span,
            path,
        ));
    }

    fn version(&mut self, value: &Value<'_>) {
        let span = self.span(value);
        match value {
            Value::StringLit(s) if s.value == "2.0" => {}
            Value::StringLit(s) => self.push(Diagnostic::new(
                PolicyText::BadVersion {
                    version: s.value.to_string(),
                },
                span,
                "$.version",
            )),
            other => self.push(Diagnostic::new(
                PolicyText::VersionNotAString {
                    found: JsonType::of(other),
                },
                span,
                "$.version",
            )),
        }
    }

    /// A `principal` element: read in trust and bucket policies (rules T2, B2), ignored with a warning in
    /// identity policies and boundaries (G6) and SCPs (O1), an error in session policies (S1).
    fn principal(&mut self, prop: &ObjectProp<'_>, path: &Path<'_>) -> Vec<PrincipalName> {
        let key_span = self.index.range(json::prop_name_range(prop));
        match self.kind {
            PolicyKind::Identity | PolicyKind::Boundary => {
                self.push(Diagnostic::new(
                    PolicyText::PrincipalIgnored,
                    key_span,
                    path,
                ));
                self.assumptions.push(Rule::G6);
                Vec::new()
            }
            PolicyKind::Session | PolicyKind::Scp => {
                let text = PolicyText::PrincipalInKind {
                    document: self.kind,
                };
                self.push(Diagnostic::new(text, key_span, path));
                Vec::new()
            }
            PolicyKind::Trust | PolicyKind::Bucket => self.principal_names(&prop.value, path),
        }
    }

    /// `"*"`, or an object mapping `qcs`, `service` and `federated` to a name or a list of names (rule T2).
    fn principal_names(&mut self, value: &Value<'_>, path: &Path<'_>) -> Vec<PrincipalName> {
        let mut names = Vec::new();
        match value {
            Value::StringLit(_) => {
                self.principal_list(PrincipalField::Qcs, value, path, &mut names)
            }
            Value::Object(object) => {
                for prop in &object.properties {
                    let key = prop.name.as_str();
                    let key_path = path.key(key);
                    match PrincipalField::ALL
                        .into_iter()
                        .find(|f| f.as_str().eq_ignore_ascii_case(key))
                    {
                        Some(field) => {
                            self.principal_list(field, &prop.value, &key_path, &mut names)
                        }
                        None => {
                            let fields = PrincipalField::ALL.map(PrincipalField::as_str);
                            let suggestion =
                                closest(&key.to_ascii_lowercase(), fields.iter().copied(), 0.8);
                            self.push(Diagnostic::new(
                                PolicyText::UnknownPrincipalKey {
                                    key: key.to_string(),
                                    suggestion,
                                },
                                self.index.range(json::prop_name_range(prop)),
                                &key_path,
                            ));
                        }
                    }
                }
            }
            other => self.push(Diagnostic::new(
                PolicyText::PrincipalNotAnObject {
                    found: JsonType::of(other),
                },
                self.span(other),
                path,
            )),
        }
        names
    }

    fn principal_list(
        &mut self,
        field: PrincipalField,
        value: &Value<'_>,
        path: &Path<'_>,
        names: &mut Vec<PrincipalName>,
    ) {
        let items = self.string_list(
            value,
            path,
            StatementElement::Principal,
            match field {
                PrincipalField::Qcs => Self::check_qcs_principal,
                PrincipalField::Service => |_: &mut Self, _: &str, _: Span, _: &Path<'_>| {},
                PrincipalField::Federated => Self::check_federated_principal,
            },
        );
        names.extend(
            items
                .into_iter()
                .flatten()
                .map(|value| PrincipalName { field, value }),
        );
    }

    fn check_qcs_principal(&mut self, name: &str, span: Span, path: &Path<'_>) {
        if name == "*" || !self.check_cam_name(name, span, path) {
            return;
        }
        if name.contains(":saml-provider/") || name.contains(":oidc-provider/") {
            let principal = name.to_string();
            self.push(Diagnostic::new(
                PolicyText::ProviderUnderQcs { principal },
                span,
                path,
            ));
        }
    }

    fn check_federated_principal(&mut self, name: &str, span: Span, path: &Path<'_>) {
        if self.check_cam_name(name, span, path) && name.contains(":oidc-provider/") {
            let principal = name.to_string();
            self.push(Diagnostic::new(
                PolicyText::OidcProvider { principal },
                span,
                path,
            ));
        }
    }

    /// A principal written `qcs::cam::…` (rule T2); false, with an error, otherwise.
    fn check_cam_name(&mut self, name: &str, span: Span, path: &Path<'_>) -> bool {
        let ok = name.starts_with("qcs::cam::");
        if !ok {
            let principal = name.to_string();
            self.push(Diagnostic::new(
                PolicyText::BadPrincipal { principal },
                span,
                path,
            ));
        }
        ok
    }

    /// Rule G5: white space inside a name CAM compares exactly never matches; a name that reads without it is told
    /// so (the text is not changed).
    fn check_spaces(&mut self, name: &str, span: Span, path: &Path<'_>) {
        if !has_white_space(name) {
            return;
        }
        let suggestion: String = name.chars().filter(|c| !c.is_whitespace()).collect();
        if suggestion.is_empty() || !suggestion.contains(':') {
            return;
        }
        self.push(Diagnostic::new(
            PolicyText::SpaceInName {
                written: name.to_string(),
                suggestion,
            },
            span,
            path,
        ));
    }

    /// Rule K1: a document whose shape says trust or bucket policy, read as another kind, gets a hint.
    fn compare_shape(&mut self, root: &Value<'_>) {
        let shape = super::infer::infer_from(root);
        if shape.has_principal() && shape != self.kind {
            let Value::Object(object) = root else { return };
            self.push(Diagnostic::new(
                PolicyText::LooksLikeKind {
                    shape,
                    read_as: self.kind,
                },
                self.opening(object.range),
                "$",
            ));
        }
    }

    fn statement(&mut self, index: usize, value: &Value<'_>) -> Option<Statement> {
        let statements = Path::Root.key("statement");
        let path = statements.index(index);
        let Value::Object(object) = value else {
            self.push(Diagnostic::new(
                PolicyText::StatementNotAnObject {
                    found: JsonType::of(value),
                },
                self.span(value),
                &path,
            ));
            return None;
        };
        let span = self.index.range(object.range);
        self.lowercased = false;
        let elements = self.elements(object, STATEMENT_ELEMENTS, &path, ElementsOf::Statement);
        let (mut effect, mut actions, mut resources, mut conditions) =
            (None, None, None, Vec::new());
        let mut principals = Vec::new();
        for element in elements.iter() {
            let element_path = path.key(element.name);
            let value = &element.prop.value;
            match element.name {
                "effect" => effect = self.effect(value, &element_path),
                "action" => {
                    actions = self.string_list(
                        value,
                        &element_path,
                        StatementElement::Action,
                        Self::check_action,
                    )
                }
                "resource" if self.kind == PolicyKind::Trust => {
                    // Rule T1: the role is the resource; CAM does not read this.
                    self.push(Diagnostic::new(
                        PolicyText::TrustResourceIgnored,
                        self.index.range(json::prop_name_range(element.prop)),
                        &element_path,
                    ));
                    resources = Some(Vec::new());
                }
                "resource" => {
                    resources = self.string_list(
                        value,
                        &element_path,
                        StatementElement::Resource,
                        Self::check_resource,
                    )
                }
                "condition" => conditions = self.condition(value, &element_path),
                "principal" => principals = self.principal(element.prop, &element_path),
                _ => {}
            }
        }
        if self.kind.has_principal() && principals.is_empty() {
            if self.policy_principals.is_empty() && !elements.iter().any(|e| e.name == "principal")
            {
                self.push(Diagnostic::new(
                    PolicyText::MissingPrincipal {
                        statement: index + 1,
                        document: self.kind,
                    },
                    self.opening(object.range),
                    &path.key("principal"),
                ));
            }
            principals = self.policy_principals.clone();
        }
        // Rule T1: a trust policy needs no resource.
        if self.kind == PolicyKind::Trust && resources.is_none() {
            resources = Some(Vec::new());
        }
        let present = |name: &str| elements.iter().any(|e| e.name == name);
        for element in [
            StatementElement::Effect,
            StatementElement::Action,
            StatementElement::Resource,
        ] {
            let name = element.as_str();
            let optional = element == StatementElement::Resource && self.kind == PolicyKind::Trust;
            if !present(name) && !optional {
                self.push(Diagnostic::new(
                    PolicyText::MissingElement {
                        statement: index + 1,
                        element,
                    },
                    self.opening(object.range),
                    &path.key(name),
                ));
            }
        }
        Some(Statement {
            index,
            span,
            effect: effect?,
            actions: actions?,
            resources: resources?,
            conditions,
            principals,
            read_as_lowercase: self.lowercased || self.policy_lowercased,
        })
    }

    fn effect(&mut self, value: &Value<'_>, path: &Path<'_>) -> Option<Spanned<Effect>> {
        let span = self.span(value);
        let text = match value {
            Value::StringLit(s) => s.value.as_ref(),
            other => {
                self.push(Diagnostic::new(
                    PolicyText::EffectNotAString {
                        found: JsonType::of(other),
                    },
                    span,
                    path,
                ));
                return None;
            }
        };
        let effect = match text {
            "allow" => Effect::Allow,
            "deny" => Effect::Deny,
            "Allow" | "Deny" => {
                // Rule G2: COS's examples capitalise the effect.
                let effect = if text == "Allow" {
                    Effect::Allow
                } else {
                    Effect::Deny
                };
                self.lowercased = true;
                self.push(Diagnostic::new(
                    PolicyText::CapitalisedEffect {
                        written: text.to_string(),
                        effect,
                    },
                    span,
                    path,
                ));
                effect
            }
            other => {
                let written = other.to_string();
                let text = match other.to_ascii_lowercase().as_str() {
                    "allow" => PolicyText::EffectCase {
                        written,
                        effect: Effect::Allow,
                    },
                    "deny" => PolicyText::EffectCase {
                        written,
                        effect: Effect::Deny,
                    },
                    _ => PolicyText::UnknownEffect { written },
                };
                self.push(Diagnostic::new(text, span, path));
                return None;
            }
        };
        Some(Spanned {
            value: effect,
            span,
        })
    }

    /// A string or a non-empty list of strings (rule G5); `check` validates each string in place.
    fn string_list(
        &mut self,
        value: &Value<'_>,
        path: &Path<'_>,
        element: StatementElement,
        check: fn(&mut Self, &str, Span, &Path<'_>),
    ) -> Option<Vec<Spanned<String>>> {
        let (items, listed) = match value {
            Value::Array(Array { elements, .. }) => {
                if elements.is_empty() {
                    self.push(Diagnostic::new(
                        PolicyText::EmptyList { element },
                        self.span(value),
                        path,
                    ));
                    return None;
                }
                (elements.as_slice(), true)
            }
            single => (std::slice::from_ref(single), false),
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let item_path = if listed { path.index(i) } else { *path };
            let span = self.span(item);
            match item {
                Value::StringLit(s) if !blank(&s.value) => {
                    self.check_spaces(&s.value, span, &item_path);
                    check(self, &s.value, span, &item_path);
                    out.push(Spanned {
                        value: s.value.to_string(),
                        span,
                    });
                }
                Value::StringLit(_) => {
                    ok = false;
                    self.push(Diagnostic::new(
                        PolicyText::EmptyString { element },
                        span,
                        &item_path,
                    ));
                }
                other => {
                    ok = false;
                    self.push(Diagnostic::new(
                        PolicyText::NotAString {
                            element,
                            found: JsonType::of(other),
                        },
                        span,
                        &item_path,
                    ));
                }
            }
        }
        ok.then_some(out)
    }

    fn check_action(&mut self, action: &str, span: Span, path: &Path<'_>) {
        if action == "*" || action.starts_with("permid/") {
            return;
        }
        let bare = action.strip_prefix("name/").unwrap_or(action);
        let Some((service, api)) = bare
            .split_once(':')
            .filter(|(s, a)| !s.is_empty() && !a.is_empty())
        else {
            self.push(Diagnostic::new(
                PolicyText::BadAction {
                    action: action.to_string(),
                },
                span,
                path,
            ));
            return;
        };
        if api.contains('*') {
            return;
        }
        let product = match self.catalog.product(service) {
            Some(product) => product,
            None => {
                if let Some(product) = self.catalog.product(&service.to_ascii_lowercase()) {
                    self.push(Diagnostic::new(
                        PolicyText::ServiceCase {
                            service: service.to_string(),
                            expected: product.abbreviation.to_string(),
                            api: api.to_string(),
                        },
                        span,
                        path,
                    ));
                }
                return;
            }
        };
        if self.catalog.api_for_action(bare).is_some() {
            return;
        }
        if let Some(api_entry) = product
            .apis
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(api))
        {
            self.push(Diagnostic::new(
                PolicyText::ApiCase {
                    service: service.to_string(),
                    api: api.to_string(),
                    expected: api_entry.name.to_string(),
                },
                span,
                path,
            ));
            return;
        }
        let suggestion = if self.suggestions_left > 0 {
            self.suggestions_left -= 1;
            closest(api, product.apis.iter().map(|a| a.name.as_str()), 0.85)
        } else {
            None
        };
        let (service, api, product_name) = (
            service.to_string(),
            api.to_string(),
            product.name.to_string(),
        );
        let text = match suggestion {
            Some(suggestion) => PolicyText::UnknownApiNearName {
                service,
                api,
                product: product_name,
                suggestion,
            },
            None => PolicyText::UnknownApi {
                service,
                api,
                product: product_name,
                api_count: product.apis.len(),
            },
        };
        self.push(Diagnostic::new(text, span, path));
    }

    fn check_resource(&mut self, resource: &str, span: Span, path: &Path<'_>) {
        if resource == "*" {
            return;
        }
        let name = match ResourceName::split(resource) {
            Ok(name) => name,
            Err(segments) => {
                let text = match five_segments_fixed(resource) {
                    Some(suggestion) if segments == 5 => PolicyText::FiveSegments {
                        resource: resource.to_string(),
                        suggestion,
                    },
                    _ => PolicyText::TooFewSegments {
                        resource: resource.to_string(),
                        segments,
                    },
                };
                self.push(Diagnostic::new(text, span, path));
                return;
            }
        };
        let segments = name.segments();
        if name.prefix() != "qcs" {
            self.push(Diagnostic::new(
                PolicyText::ResourceNotQcs {
                    prefix: name.prefix().to_string(),
                },
                span,
                path,
            ));
        }
        for segment in &segments[..5] {
            if super::variables::mentions_variable(segment) {
                self.push(Diagnostic::new(
                    PolicyText::VariableNotSubstituted {
                        segment: segment.to_string(),
                        account: segment.starts_with("uin/${"),
                    },
                    span,
                    path,
                ));
            }
        }
        self.check_variables(name.resource(), span, path);
    }

    fn check_variables(&mut self, text: &str, span: Span, path: &Path<'_>) {
        for name in super::variables::names(text) {
            if super::variables::Variable::named(name).is_none() {
                self.push(Diagnostic::new(
                    PolicyText::UnknownVariable {
                        name: name.to_string(),
                    },
                    span,
                    path,
                ));
            }
        }
    }

    fn condition(&mut self, value: &Value<'_>, path: &Path<'_>) -> Vec<ConditionBlock> {
        if matches!(value, Value::Array(list) if list.elements.is_empty()) {
            // Rule K3: an official page writes it so.
            self.push(Diagnostic::new(
                PolicyText::EmptyConditionList,
                self.span(value),
                path,
            ));
            return Vec::new();
        }
        let Value::Object(object) = value else {
            self.push(Diagnostic::new(
                PolicyText::ConditionNotAnObject {
                    found: JsonType::of(value),
                },
                self.span(value),
                path,
            ));
            return Vec::new();
        };
        let mut blocks: Vec<ConditionBlock> = Vec::new();
        for prop in &object.properties {
            let name = prop.name.as_str().to_string();
            let name_span = self.index.range(json::prop_name_range(prop));
            let block_path = path.key(&name);
            if blocks.iter().any(|b| b.name.value == name) {
                self.duplicate_key(&name, name_span, &block_path);
                blocks.retain(|b| b.name.value != name);
            }
            let operator = Operator::parse(&name);
            if let Err(unknown) = &operator {
                self.push(Diagnostic::new(
                    unknown_operator(&name, unknown),
                    name_span,
                    &block_path,
                ));
            }
            let keys = self.condition_keys(&prop.value, &block_path, operator.as_ref().ok());
            blocks.push(ConditionBlock {
                name: Spanned {
                    value: name,
                    span: name_span,
                },
                operator,
                keys,
            });
        }
        blocks
    }

    fn condition_keys(
        &mut self,
        value: &Value<'_>,
        path: &Path<'_>,
        operator: Option<&Operator>,
    ) -> Vec<ConditionKey> {
        let Value::Object(object) = value else {
            self.push(Diagnostic::new(
                PolicyText::OperatorNotAnObject {
                    found: JsonType::of(value),
                },
                self.span(value),
                path,
            ));
            return Vec::new();
        };
        let mut keys: Vec<ConditionKey> = Vec::new();
        for prop in &object.properties {
            let key = prop.name.as_str().to_string();
            let key_span = self.index.range(json::prop_name_range(prop));
            let key_path = path.key(&key);
            if keys.iter().any(|k| k.name.value == key) {
                self.duplicate_key(&key, key_span, &key_path);
                keys.retain(|k| k.name.value != key);
            }
            self.check_condition_key(&key, key_span, &key_path, operator);
            let values = self.condition_values(&prop.value, &key_path, operator);
            keys.push(ConditionKey {
                name: Spanned {
                    value: key,
                    span: key_span,
                },
                values,
            });
        }
        keys
    }

    fn check_condition_key(
        &mut self,
        key: &str,
        span: Span,
        path: &Path<'_>,
        operator: Option<&Operator>,
    ) {
        if let Some(global) = crate::policy::keys::GLOBAL_KEYS
            .iter()
            .map(|g| g.name)
            .find(|g| g.eq_ignore_ascii_case(key) && *g != key)
        {
            self.push(Diagnostic::new(
                PolicyText::ConditionKeyCase {
                    key: key.to_string(),
                    global: global.to_string(),
                },
                span,
                path,
            ));
        }
        let is_tag = crate::policy::keys::is_tag_key(key);
        if is_tag && operator.is_some_and(|op| op.qualifier.is_none()) {
            self.push(Diagnostic::new(
                PolicyText::TagNeedsForAnyValue {
                    key: key.to_string(),
                },
                span,
                path,
            ));
        }
    }

    fn condition_values(
        &mut self,
        value: &Value<'_>,
        path: &Path<'_>,
        operator: Option<&Operator>,
    ) -> Vec<Spanned<String>> {
        let items: Vec<(&Value<'_>, Path<'_>)> = match value {
            Value::Array(array) => {
                if array.elements.is_empty() {
                    self.push(Diagnostic::new(
                        PolicyText::EmptyConditionValues,
                        self.span(value),
                        path,
                    ));
                }
                array
                    .elements
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (v, path.index(i)))
                    .collect()
            }
            single => vec![(single, *path)],
        };
        if let Some((first_extra, extra_path)) = items.get(MAX_VALUES_PER_KEY) {
            self.push(Diagnostic::new(
                PolicyText::TooManyValues {
                    count: items.len(),
                    limit: MAX_VALUES_PER_KEY,
                },
                self.span(first_extra),
                extra_path,
            ));
        }
        let items: Vec<_> = items.into_iter().take(MAX_VALUES_PER_KEY).collect();
        let mut values = Vec::with_capacity(items.len());
        for (item, item_path) in items {
            let span = self.span(item);
            let text = match item {
                Value::StringLit(s) => s.value.to_string(),
                Value::NumberLit(n) => n.value.to_string(),
                Value::BooleanLit(b) => b.value.to_string(),
                other => {
                    self.push(Diagnostic::new(
                        PolicyText::ConditionValueType {
                            found: JsonType::of(other),
                        },
                        span,
                        &item_path,
                    ));
                    continue;
                }
            };
            self.check_variables(&text, span, &item_path);
            if let Some(op) = operator {
                if let Err(problem) = super::values::check_policy_value(op, &text) {
                    self.push(Diagnostic::new(
                        PolicyText::UnreadableValue { problem },
                        span,
                        &item_path,
                    ));
                }
            }
            values.push(Spanned { value: text, span });
        }
        values
    }

    /// Each kind's limit: COS's 20 KB for a bucket policy (B1), none documented for a session policy (a
    /// warning past CAM's, S2), CAM's 6,144 characters for the rest (G7).
    fn check_length(&mut self, text: &str) {
        if self.kind == PolicyKind::Bucket {
            if text.len() > MAX_BUCKET_POLICY_BYTES {
                self.push(Diagnostic::new(
                    PolicyText::BucketTooLarge {
                        bytes: text.len(),
                        limit: MAX_BUCKET_POLICY_BYTES,
                    },
                    self.index.whole(),
                    "$",
                ));
            }
            return;
        }
        // A text of at most the limit in bytes has at most as many characters: only longer ones are counted.
        if text.len() <= MAX_POLICY_CHARS {
            return;
        }
        let length = text.chars().filter(|c| !c.is_whitespace()).count();
        if length <= MAX_POLICY_CHARS {
            return;
        }
        let limit = MAX_POLICY_CHARS;
        if self.kind == PolicyKind::Session {
            let text = PolicyText::SessionTooLong { length, limit };
            self.push(Diagnostic::new(text, self.index.whole(), "$"));
        } else {
            let text = PolicyText::TooLong { length, limit };
            self.push(Diagnostic::new(text, self.index.whole(), "$"));
            self.assumptions.push(Rule::G7);
        }
    }
}

/// Rule K4: `qcs::cat:uin/1:TaskId/2` (five segments, the fourth an account) with the empty region segment put
/// back: `qcs::cat::uin/1:TaskId/2`.
fn five_segments_fixed(resource: &str) -> Option<String> {
    let parts: Vec<&str> = resource.splitn(5, ':').collect();
    let [qcs, project, service, account, rest] = parts.as_slice() else {
        return None;
    };
    let is_account = account.starts_with("uin/") || account.starts_with("uid/");
    (*qcs == "qcs" && is_account).then(|| format!("{qcs}:{project}:{service}::{account}:{rest}"))
}

/// `Statement` for `statement`: only the first letter capitalised (rule G2).
fn is_capitalised(written: &str, element: &str) -> bool {
    let mut chars = written.chars();
    chars.next().is_some_and(|first| first.is_ascii_uppercase())
        && chars.as_str() == &element[1..]
        && written[..1].eq_ignore_ascii_case(&element[..1])
}

/// The diagnostic for an operator name `Operator::parse` refused (rule C2): `null_equal` with `_if_exist`, or a
/// name that is no CAM operator.
fn unknown_operator(name: &str, refused: &crate::policy::UnknownOperator) -> PolicyText {
    match &refused.suggestion {
        Some(suggestion) if refused.null_with_if_exist => PolicyText::NullEqualIfExist {
            suggestion: suggestion.clone(),
        },
        suggestion => PolicyText::UnknownOperator {
            name: name.to_string(),
            suggestion: suggestion.clone(),
        },
    }
}

#[cfg(test)]
mod white_space_tests {
    use super::{blank, has_white_space, names_arn};

    #[test]
    fn the_byte_checks_agree_with_the_char_checks() {
        let samples = [
            "",
            " ",
            "ccc:CreateStaff",
            " ccc:x",
            "ccc:x ",
            "ccc: x",
            "\u{b}",
            "a\u{b}b",
            "\u{c}",
            "\u{1c}",
            "a\u{1f}",
            "\u{a0}",
            "x\u{a0}",
            "\u{3000}",
            "\u{85}",
            "名字",
            "名 字",
            "\t\n\r",
            "é",
            "*",
        ];
        for s in samples {
            // What `check_spaces` asked before: `name.trim() == name && !name.contains(char::is_whitespace)`
            // meant no white space.
            let old_spaces = s.trim() != s || s.contains(char::is_whitespace);
            let quoted = format!("{{\"arn:{s}\":\"{s}arn:\",\"{s}\"arn:\"}}");
            let cut = (0..quoted.len()).filter_map(|n| quoted.get(..n));
            for text in [s, quoted.as_str(), &quoted[1..]].into_iter().chain(cut) {
                assert_eq!(names_arn(text), text.contains("\"arn:"), "{text:?}");
            }
            assert_eq!(has_white_space(s), old_spaces, "{s:?}");
            assert_eq!(blank(s), s.trim().is_empty(), "{s:?}");
        }
    }
}
