//! Policy text → `Policy` (rules G1–G8): every problem of the document at once, each located.

use jsonc_parser::ast::{Array, Object, ObjectProp, Value};

use super::{
    closest, ConditionBlock, ConditionKey, Effect, InvalidStatement, Operator, ParsedPolicy,
    Policy, Spanned, Statement,
};
use crate::catalog::Catalog;
use crate::diagnostic::{self, Diagnostic};
use crate::json::Path;
use crate::json::{self, LineIndex, Span};
use crate::rules::Rule;

/// CAM's limit on a policy's length, white space not counted (rule G7).
pub const MAX_POLICY_CHARS: usize = 6144;
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
const KNOWN_VARIABLES: &[&str] = &["uin", "owner_uin", "app_id"];

/// Parses one policy document. The catalog lets the parser warn about API names it does not know (rule A5).
pub fn parse_policy(text: &str, catalog: &Catalog) -> ParsedPolicy {
    let index = LineIndex::new(text);
    let mut reader = Reader {
        index: &index,
        catalog,
        diagnostics: Vec::new(),
        assumptions: Vec::new(),
        suggestions_left: MAX_API_SUGGESTIONS,
    };
    let policy = json::parse(&index, &mut reader.diagnostics).and_then(|root| reader.policy(&root));
    if policy.is_some() {
        reader.check_length(text);
    }
    let mut diagnostics = reader.diagnostics;
    for d in &mut diagnostics {
        d.cam_error = super::cam_error_code(d);
    }
    diagnostic::sort(&mut diagnostics);
    let mut assumptions = reader.assumptions;
    assumptions.sort();
    assumptions.dedup();
    ParsedPolicy {
        policy,
        diagnostics,
        assumptions,
    }
}

struct Reader<'i, 't> {
    index: &'i LineIndex<'t>,
    catalog: &'i Catalog,
    diagnostics: Vec<Diagnostic>,
    assumptions: Vec<Rule>,
    /// Did-you-mean searches left for this document (each scores the whole catalog).
    suggestions_left: usize,
}

/// Enough for any hand-written policy; a generated one with hundreds of unknown APIs gets the rest unsuggested.
const MAX_API_SUGGESTIONS: usize = 32;

/// A recognised element: its canonical lowercase name and its value.
struct Element<'a, 'v> {
    name: &'static str,
    prop: &'a ObjectProp<'v>,
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
            self.push(
                Diagnostic::error("policy/not-an-object", self.span(root), "$")
                    .message(format!(
                        "a policy is a JSON object, but this document is {}",
                        json::type_name(root)
                    ))
                    .help("write {\"version\": \"2.0\", \"statement\": [ … ]}")
                    .rule(Rule::G1)
                    .build(),
            );
            return None;
        };
        self.hint_if_aws_style(object);
        let elements = self.elements(
            object,
            POLICY_ELEMENTS,
            &Path::Root,
            "a policy has `version`, `statement` and, for trust and bucket policies, `principal`",
        );
        let mut statements_value = None;
        let mut version_seen = false;
        for element in &elements {
            match element.name {
                "version" => {
                    version_seen = true;
                    self.version(&element.prop.value);
                }
                "statement" => statements_value = Some(&element.prop.value),
                "principal" => self.principal_ignored(element.prop, &Path::Root.key("principal")),
                _ => {}
            }
        }
        let policy_span = self.index.range(object.range);
        if !version_seen {
            self.push(
                Diagnostic::error("policy/missing-version", self.opening(object.range), "$")
                    .message("the policy has no `version`")
                    .help("add \"version\": \"2.0\" (the only CAM policy version)")
                    .rule(Rule::G1)
                    .build(),
            );
        }
        let Some(statements_value) = statements_value else {
            self.push(
                Diagnostic::error("policy/missing-statement", self.opening(object.range), "$")
                    .message("the policy has no `statement`")
                    .help("add \"statement\": [{\"effect\": \"allow\", \"action\": [\"ccc:Describe*\"], \"resource\": [\"*\"]}]")
                    .rule(Rule::G1)
                    .build(),
            );
            return Some(Policy {
                statements: Vec::new(),
                invalid_statements: Vec::new(),
                span: policy_span,
            });
        };
        let mut policy = Policy {
            statements: Vec::new(),
            invalid_statements: Vec::new(),
            span: policy_span,
        };
        let items: Vec<&Value<'_>> = match statements_value {
            Value::Array(array) => {
                if array.elements.is_empty() {
                    self.push(
                        Diagnostic::error(
                            "policy/empty-statement",
                            self.span(statements_value),
                            "$.statement",
                        )
                        .message(
                            "`statement` is an empty list: this policy grants and denies nothing",
                        )
                        .help("add at least one statement")
                        .rule(Rule::G1)
                        .build(),
                    );
                }
                array.elements.iter().collect()
            }
            Value::Object(_) => {
                self.push(
                    Diagnostic::info(
                        "policy/single-statement",
                        self.span(statements_value),
                        "$.statement",
                    )
                    .message(
                        "`statement` is a single object; it is read as a list of one statement",
                    )
                    .help("write \"statement\": [ { … } ] to follow the documented grammar")
                    .rule(Rule::G3)
                    .build(),
                );
                self.assumptions.push(Rule::G3);
                vec![statements_value]
            }
            other => {
                self.push(
                    Diagnostic::error("policy/statement-type", self.span(other), "$.statement")
                        .message(format!("`statement` must be a list of statements, not {}", json::type_name(other)))
                        .help("write \"statement\": [{\"effect\": …, \"action\": …, \"resource\": …}]")
                        .rule(Rule::G3)
                        .build(),
                );
                Vec::new()
            }
        };
        if let Some(first_extra) = items.get(MAX_STATEMENTS) {
            self.push(
                Diagnostic::error("policy/too-many-statements", self.span(first_extra), format!("$.statement[{MAX_STATEMENTS}]"))
                    .message(format!("this policy has {} statements; the playground reads the first {MAX_STATEMENTS}", items.len()))
                    .help("CAM's 6,144-character limit allows far fewer: split the policy")
                    .rule(Rule::G7)
                    .build(),
            );
        }
        for (i, item) in items.into_iter().take(MAX_STATEMENTS).enumerate() {
            let errors_before = self.error_count();
            let statement = self.statement(i, item);
            match statement {
                Some(statement) if self.error_count() == errors_before => {
                    policy.statements.push(statement)
                }
                _ => policy.invalid_statements.push(InvalidStatement {
                    index: i,
                    span: self.span(item),
                }),
            }
        }
        Some(policy)
    }

    /// The opening brace of an object: where "missing element" diagnostics point.
    fn opening(&self, range: jsonc_parser::common::Range) -> Span {
        self.index.range(jsonc_parser::common::Range {
            start: range.start,
            end: range.start + 1,
        })
    }

    fn hint_if_aws_style(&mut self, object: &Object<'_>) {
        let aws_version = object
            .get_string("Version")
            .or_else(|| object.get_string("version"))
            .is_some_and(|v| v.value.starts_with("20"));
        if object.get("Statement").is_some() || object.get("Version").is_some() || aws_version {
            self.push(
                Diagnostic::info("policy/aws-style", self.index.range(object.range), "$")
                    .message("this looks like an AWS IAM policy, not a Tencent Cloud CAM policy")
                    .help("CAM policies use lowercase elements (`version`, `statement`, `effect`, `action`, `resource`, `condition`), version \"2.0\", effects `allow`/`deny`, snake_case operators such as `ip_equal`, and `qcs::` resources")
                    .rule(Rule::G2)
                    .build(),
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
        expected: &str,
    ) -> Vec<Element<'a, 'v>> {
        let mut found: Vec<Element<'a, 'v>> = Vec::new();
        for prop in &object.properties {
            let key = prop.name.as_str();
            let key_span = self.index.range(json::prop_name_range(prop));
            let key_path = path.key(key);
            if let Some(&name) = allowed.iter().find(|n| **n == key) {
                if let Some(previous) = found.iter().position(|e| e.name == name) {
                    self.duplicate_key(key, key_span, &key_path);
                    found.remove(previous);
                }
                found.push(Element { name, prop });
            } else if let Some(&name) = allowed.iter().find(|n| n.eq_ignore_ascii_case(key)) {
                self.push(
                    Diagnostic::error("policy/uppercase-element", key_span, &key_path)
                        .message(format!("CAM element names are lowercase: `{name}`"))
                        .help(format!("rename `{key}` to `{name}`"))
                        .rule(Rule::G2)
                        .build(),
                );
                if !found.iter().any(|e| e.name == name) {
                    found.push(Element { name, prop });
                }
            } else if FOREIGN_ELEMENTS.contains(&key.to_ascii_lowercase().as_str()) {
                let help = if key.eq_ignore_ascii_case("sid") || key.eq_ignore_ascii_case("id") {
                    "remove it: CAM statements have no id, the playground names them by position"
                        .to_string()
                } else {
                    "remove it: list what to allow in `action`/`resource`, and add a `deny` statement for the exceptions".to_string()
                };
                self.push(
                    Diagnostic::error("policy/foreign-element", key_span, &key_path)
                        .message(format!("`{key}` does not exist in CAM"))
                        .help(help)
                        .rule(Rule::G2)
                        .build(),
                );
            } else {
                let suggestion = closest(&key.to_ascii_lowercase(), allowed.iter().copied(), 0.85);
                let help = match suggestion {
                    Some(s) => format!("did you mean `{s}`? {expected}"),
                    None => format!("remove it: {expected}"),
                };
                self.push(
                    Diagnostic::error("policy/unknown-element", key_span, &key_path)
                        .message(format!("`{key}` is not a CAM policy element"))
                        .help(help)
                        .rule(Rule::G2)
                        .build(),
                );
            }
        }
        found
    }

    fn duplicate_key(&mut self, key: &str, span: Span, path: &Path<'_>) {
        self.push(
            Diagnostic::error("json/duplicate-key", span, path)
                .message(format!("`{key}` appears more than once in this object"))
                .help(
                    "keep one: which copy CAM reads is not defined (the playground reads the last)",
                )
                .rule(Rule::G8)
                .build(),
        );
    }

    fn version(&mut self, value: &Value<'_>) {
        let span = self.span(value);
        match value {
            Value::StringLit(s) if s.value == "2.0" => {}
            Value::StringLit(s) => self.push(
                Diagnostic::error("policy/bad-version", span, "$.version")
                    .message(format!("`{}` is not a CAM policy version", s.value))
                    .help("the only version is \"2.0\"")
                    .rule(Rule::G1)
                    .build(),
            ),
            other => self.push(
                Diagnostic::error("policy/bad-version", span, "$.version")
                    .message(format!(
                        "`version` must be the string \"2.0\", not {}",
                        json::type_name(other)
                    ))
                    .help("write \"version\": \"2.0\"")
                    .rule(Rule::G1)
                    .build(),
            ),
        }
    }

    fn principal_ignored(&mut self, prop: &ObjectProp<'_>, path: &Path<'_>) {
        self.push(
            Diagnostic::warning("policy/principal-ignored", self.index.range(json::prop_name_range(prop)), path)
                .message("`principal` only applies to role trust policies and COS bucket policies; it is ignored when evaluating an identity policy")
                .help("remove it from policies attached to users, groups and roles")
                .rule(Rule::G6)
                .build(),
        );
        self.assumptions.push(Rule::G6);
    }

    fn statement(&mut self, index: usize, value: &Value<'_>) -> Option<Statement> {
        let statements = Path::Root.key("statement");
        let path = statements.index(index);
        let Value::Object(object) = value else {
            self.push(
                Diagnostic::error("policy/statement-type", self.span(value), &path)
                    .message(format!(
                        "a statement is an object, not {}",
                        json::type_name(value)
                    ))
                    .help("write {\"effect\": \"allow\", \"action\": [ … ], \"resource\": [ … ]}")
                    .rule(Rule::G4)
                    .build(),
            );
            return None;
        };
        let span = self.index.range(object.range);
        let elements = self.elements(
            object,
            STATEMENT_ELEMENTS,
            &path,
            "a statement has `effect`, `action`, `resource` and optionally `condition`",
        );
        let (mut effect, mut actions, mut resources, mut conditions) =
            (None, None, None, Vec::new());
        for element in &elements {
            let element_path = path.key(element.name);
            let value = &element.prop.value;
            match element.name {
                "effect" => effect = self.effect(value, &element_path),
                "action" => {
                    actions = self.string_list(value, &element_path, "action", Self::check_action)
                }
                "resource" => {
                    resources =
                        self.string_list(value, &element_path, "resource", Self::check_resource)
                }
                "condition" => conditions = self.condition(value, &element_path),
                "principal" => self.principal_ignored(element.prop, &element_path),
                _ => {}
            }
        }
        let present = |name: &str| elements.iter().any(|e| e.name == name);
        for (name, example) in [
            ("effect", "\"effect\": \"allow\""),
            ("action", "\"action\": [\"ccc:DescribeStaffInfoList\"]"),
            ("resource", "\"resource\": [\"*\"]"),
        ] {
            if !present(name) {
                self.push(
                    Diagnostic::error(
                        "policy/missing-element",
                        self.opening(object.range),
                        &path.key(name),
                    )
                    .message(format!("statement {} has no `{name}`", index + 1))
                    .help(format!("add {example}"))
                    .rule(Rule::G4)
                    .build(),
                );
            }
        }
        Some(Statement {
            index,
            span,
            effect: effect?,
            actions: actions?,
            resources: resources?,
            conditions,
        })
    }

    fn effect(&mut self, value: &Value<'_>, path: &Path<'_>) -> Option<Spanned<Effect>> {
        let span = self.span(value);
        let text = match value {
            Value::StringLit(s) => s.value.as_ref(),
            other => {
                self.push(
                    Diagnostic::error("policy/bad-effect", span, path)
                        .message(format!(
                            "`effect` must be \"allow\" or \"deny\", not {}",
                            json::type_name(other)
                        ))
                        .help("write \"effect\": \"allow\"")
                        .rule(Rule::G4)
                        .build(),
                );
                return None;
            }
        };
        let effect = match text {
            "allow" => Effect::Allow,
            "deny" => Effect::Deny,
            other => {
                let lower = other.to_ascii_lowercase();
                let (message, help) = if lower == "allow" || lower == "deny" {
                    (
                        format!("effect values are lowercase: `{lower}`"),
                        format!("write \"{lower}\" instead of \"{other}\""),
                    )
                } else {
                    (
                        format!("`{other}` is not an effect"),
                        "an effect is \"allow\" or \"deny\"".to_string(),
                    )
                };
                self.push(
                    Diagnostic::error("policy/bad-effect", span, path)
                        .message(message)
                        .help(help)
                        .rule(Rule::G4)
                        .build(),
                );
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
        element: &str,
        check: fn(&mut Self, &str, Span, &Path<'_>),
    ) -> Option<Vec<Spanned<String>>> {
        let items: Vec<(&Value<'_>, Path<'_>)> = match value {
            Value::Array(Array { elements, .. }) => {
                if elements.is_empty() {
                    self.push(
                        Diagnostic::error("policy/empty-list", self.span(value), path)
                            .message(format!("`{element}` is an empty list"))
                            .help(format!(
                                "name at least one {element}, or remove the statement"
                            ))
                            .rule(Rule::G5)
                            .build(),
                    );
                    return None;
                }
                elements
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (v, path.index(i)))
                    .collect()
            }
            single => vec![(single, *path)],
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (item, item_path) in items {
            let span = self.span(item);
            match item {
                Value::StringLit(s) if !s.value.trim().is_empty() => {
                    check(self, &s.value, span, &item_path);
                    out.push(Spanned {
                        value: s.value.to_string(),
                        span,
                    });
                }
                Value::StringLit(_) => {
                    ok = false;
                    self.push(
                        Diagnostic::error("policy/empty-string", span, &item_path)
                            .message(format!("an empty {element}"))
                            .help(format!("write the {element}, or remove the empty string"))
                            .rule(Rule::G5)
                            .build(),
                    );
                }
                other => {
                    ok = false;
                    self.push(
                        Diagnostic::error("policy/not-a-string", span, &item_path)
                            .message(format!(
                                "each {element} is a string, not {}",
                                json::type_name(other)
                            ))
                            .help(format!(
                                "write the {element} in double quotes, or a list of such strings"
                            ))
                            .rule(Rule::G5)
                            .build(),
                    );
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
            self.push(
                Diagnostic::error("policy/bad-action", span, path)
                    .message(format!("`{action}` is not an action"))
                    .help("write actions as service:ApiName, e.g. `ccc:CreateStaff`, `ccc:Describe*` or `ccc:*`")
                    .rule(Rule::A1)
                    .build(),
            );
            return;
        };
        if api.contains('*') {
            return;
        }
        let product = match self.catalog.product(service) {
            Some(product) => product,
            None => {
                if let Some(product) = self.catalog.product(&service.to_ascii_lowercase()) {
                    self.push(
                        Diagnostic::warning("policy/action-case", span, path)
                            .message(format!("`{service}` differs from the service `{}` only in case; matching is case-sensitive, so this action never matches", product.abbreviation))
                            .help(format!("write `{}:{api}`", product.abbreviation))
                            .rule(Rule::A4)
                            .build(),
                    );
                }
                return;
            }
        };
        if product.api(api).is_some() {
            return;
        }
        if let Some(api_entry) = product
            .apis
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(api))
        {
            self.push(
                Diagnostic::warning("policy/action-case", span, path)
                    .message(format!("`{api}` differs from the API `{}` only in case; matching is case-sensitive, so this action never matches", api_entry.name))
                    .help(format!("write `{service}:{}`", api_entry.name))
                    .rule(Rule::A4)
                    .build(),
            );
            return;
        }
        let suggestion = if self.suggestions_left > 0 {
            self.suggestions_left -= 1;
            closest(api, product.apis.iter().map(|a| a.name.as_str()), 0.85)
        } else {
            None
        };
        let help = match suggestion {
            Some(s) => format!("did you mean `{service}:{s}`?"),
            None => format!(
                "see the catalog for the {} APIs of {}",
                product.apis.len(),
                product.name
            ),
        };
        self.push(
            Diagnostic::warning("policy/unknown-api", span, path)
                .message(format!("`{service}:{api}` is not a {} API", product.name))
                .help(help)
                .rule(Rule::A5)
                .build(),
        );
    }

    fn check_resource(&mut self, resource: &str, span: Span, path: &Path<'_>) {
        if resource == "*" {
            return;
        }
        let segments: Vec<&str> = resource.splitn(6, ':').collect();
        if segments.len() < 6 {
            self.push(
                Diagnostic::error("policy/bad-resource", span, path)
                    .message(format!("`{resource}` has {} segment(s); a resource is `*` or six segments", segments.len()))
                    .help("write qcs:project:service:region:account:resource, e.g. qcs::ccc::uin/100000000001:SdkAppId/1400000000")
                    .rule(Rule::R2)
                    .build(),
            );
            return;
        }
        if segments[0] != "qcs" {
            self.push(
                Diagnostic::error("policy/bad-resource", span, path)
                    .message(format!(
                        "a six-segment resource starts with `qcs`, not `{}`",
                        segments[0]
                    ))
                    .help("write qcs::ccc::uin/<root uin>:SdkAppId/<id>")
                    .rule(Rule::R2)
                    .build(),
            );
        }
        for segment in &segments[..5] {
            if segment.contains("${") {
                let help = if segment.starts_with("uin/${") {
                    "the account segment needs the owner's root UIN itself, e.g. `uin/100000000001`: `uin/${uin}` in the API table is a placeholder, and CAM does not substitute variables there"
                } else {
                    "variables are substituted only in the last segment of a resource and in condition values"
                };
                self.push(
                    Diagnostic::warning("policy/variable-not-substituted", span, path)
                        .message(format!("the variable in `{segment}` is matched literally"))
                        .help(help)
                        .rule(Rule::V2)
                        .build(),
                );
            }
        }
        self.check_variables(segments[5], span, path);
    }

    fn check_variables(&mut self, text: &str, span: Span, path: &Path<'_>) {
        for name in crate::eval::variables::names(text) {
            if !KNOWN_VARIABLES.contains(&name) {
                self.push(
                    Diagnostic::warning("policy/unknown-variable", span, path)
                        .message(format!(
                            "`${{{name}}}` is not a CAM policy variable; it is matched literally"
                        ))
                        .help("the variables are ${uin}, ${owner_uin} and ${app_id}")
                        .rule(Rule::V3)
                        .build(),
                );
            }
        }
    }

    fn condition(&mut self, value: &Value<'_>, path: &Path<'_>) -> Vec<ConditionBlock> {
        let Value::Object(object) = value else {
            self.push(
                Diagnostic::error("policy/condition-type", self.span(value), path)
                    .message(format!(
                        "`condition` is an object of operators, not {}",
                        json::type_name(value)
                    ))
                    .help("write \"condition\": {\"ip_equal\": {\"qcs:ip\": [\"10.0.0.0/8\"]}}")
                    .rule(Rule::C1)
                    .build(),
            );
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
                let help = match &unknown.suggestion {
                    Some(s) => format!("did you mean `{s}`? Until it is fixed the statement is not evaluated"),
                    None => "see the operator list in the CAM docs (string_equal, ip_equal, date_less_than, …); until it is fixed the statement is not evaluated".to_string(),
                };
                self.push(
                    Diagnostic::error("policy/unknown-operator", name_span, &block_path)
                        .message(unknown.reason.clone())
                        .help(help)
                        .rule(Rule::C2)
                        .build(),
                );
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
            self.push(
                Diagnostic::error("policy/condition-type", self.span(value), path)
                    .message(format!(
                        "an operator maps condition keys to values; this is {}",
                        json::type_name(value)
                    ))
                    .help("write {\"qcs:ip\": [\"10.0.0.0/8\"]}")
                    .rule(Rule::C1)
                    .build(),
            );
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
        if let Some(global) = crate::keys::GLOBAL_KEYS
            .iter()
            .map(|g| g.name)
            .find(|g| g.eq_ignore_ascii_case(key) && *g != key)
        {
            self.push(
                Diagnostic::warning("policy/condition-key-case", span, path)
                    .message(format!(
                        "condition keys are case-sensitive: `{key}` is not `{global}`"
                    ))
                    .help(format!("write `{global}`"))
                    .rule(Rule::C1)
                    .build(),
            );
        }
        let is_tag = crate::keys::is_tag_key(key);
        if is_tag && operator.is_some_and(|op| op.qualifier.is_none()) {
            self.push(
                Diagnostic::warning("policy/tag-needs-for-any-value", span, path)
                    .message(format!("tag conditions only support `for_any_value:`; `{key}` is used with a plain operator"))
                    .help("prefix the operator: `for_any_value:string_equal`")
                    .rule(Rule::C8)
                    .build(),
            );
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
                    self.push(
                        Diagnostic::error("policy/empty-list", self.span(value), path)
                            .message("this condition key has an empty list of values")
                            .help("give at least one value")
                            .rule(Rule::C1)
                            .build(),
                    );
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
            self.push(
                Diagnostic::error("policy/too-many-values", self.span(first_extra), extra_path)
                    .message(format!("this condition key has {} values; the playground reads the first {MAX_VALUES_PER_KEY}", items.len()))
                    .help("CAM's 6,144-character limit allows far fewer: group the values (CIDR ranges, wildcards)")
                    .rule(Rule::G7)
                    .build(),
            );
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
                    self.push(
                        Diagnostic::error("policy/condition-value-type", span, &item_path)
                            .message(format!(
                                "a condition value is a string, number or boolean, not {}",
                                json::type_name(other)
                            ))
                            .help("write the value as a string, or a list of strings")
                            .rule(Rule::C7)
                            .build(),
                    );
                    continue;
                }
            };
            self.check_variables(&text, span, &item_path);
            if let Some(op) = operator {
                if let Err(problem) = crate::eval::condition::check_policy_value(op, &text) {
                    self.push(
                        Diagnostic::warning("policy/unreadable-value", span, &item_path)
                            .message(problem)
                            .help("comparisons with this value are always false until it is fixed")
                            .rule(Rule::C7)
                            .build(),
                    );
                }
            }
            values.push(Spanned { value: text, span });
        }
        values
    }

    fn check_length(&mut self, text: &str) {
        let length = text.chars().filter(|c| !c.is_whitespace()).count();
        if length > MAX_POLICY_CHARS {
            self.push(
                Diagnostic::error("policy/too-long", self.index.whole(), "$")
                    .message(format!("CAM will reject this policy: {length} of {MAX_POLICY_CHARS} characters (white space not counted)"))
                    .help("split it into several policies; the playground still evaluates it")
                    .rule(Rule::G7)
                    .build(),
            );
            self.assumptions.push(Rule::G7);
        }
    }
}
