//! CAM documents inside Terraform (`camctl lint|test|diff main.tf`), native only: the `.tf` file is read with
//! `hcl-edit`, which keeps byte spans, and each document attribute of the tencentcloud provider's resources
//! (`DOCUMENTS`) becomes JSON text for the policy reader:
//!
//! - a **heredoc** (`<<EOF … EOF`, `<<-EOF`) is its own text, copied from the file;
//! - **`jsonencode({ … })`** is written out as JSON, each key and value placed at its line and column;
//! - a Terraform **interpolation** or directive (`${var.x}`, `%{ if … }`) stays the text `${var.x}` (inside a
//!   JSON string) or becomes the string `"${var.x}"` (where a value goes), and an expression where a value goes
//!   (`var.actions`) the string `"${var.actions}"`: named placeholders, each with an info note. Findings inside a
//!   string that holds a placeholder are left out (they would be about the placeholder).
//!
//! The JSON text is **positioned**: it starts with as many line breaks and spaces as put its first character at
//! the document's line and column in the `.tf` file, and keeps the file's lines, so a finding's line and column
//! in the text are its line and column in the file (`Locator` turns them into the file's byte offsets). Boundary
//! attachments name a policy (`policy_id = tencentcloud_cam_policy.guard.id`); `resolve_boundaries` reads that
//! policy as a permissions boundary when it is among the files read. The provider's apply-time checks
//! (`provider_checks`) find what `PolicyDocumentForceCheck` refuses. The module does no IO.

use hcl_edit::expr::{Expression, ObjectKey, TraversalOperator};
use hcl_edit::structure::{BlockLabel, Structure};
use hcl_edit::template::{Element, Template};
use hcl_edit::Span as _;

use crate::diagnostic::Diagnostic;
use crate::json::ast::Value;
use crate::policy_kind::PolicyKind;
use crate::span::{LineIndex, Span};
use crate::text::terraform::TerraformText;

/// A resource type of the tencentcloud provider that holds a CAM document.
pub struct DocumentResource {
    pub resource_type: &'static str,
    pub attribute: &'static str,
    pub kind: PolicyKind,
    /// Whether the provider runs `PolicyDocumentForceCheck` on the document before saving it (CreatePolicy and
    /// UpdatePolicy for policies; UpdateAssumeRolePolicy for roles, where creation skips it).
    pub provider_checked: bool,
}

/// The resources read, and their document attribute.
pub const DOCUMENTS: [DocumentResource; 5] = [
    DocumentResource {
        resource_type: "tencentcloud_cam_policy",
        attribute: "document",
        kind: PolicyKind::Identity,
        provider_checked: true,
    },
    DocumentResource {
        resource_type: "tencentcloud_cam_policy_by_name",
        attribute: "document",
        kind: PolicyKind::Identity,
        provider_checked: false,
    },
    DocumentResource {
        resource_type: "tencentcloud_cam_role",
        attribute: "document",
        kind: PolicyKind::Trust,
        provider_checked: true,
    },
    DocumentResource {
        resource_type: "tencentcloud_cam_role_by_name",
        attribute: "document",
        kind: PolicyKind::Trust,
        provider_checked: false,
    },
    DocumentResource {
        resource_type: "tencentcloud_cos_bucket_policy",
        attribute: "policy",
        kind: PolicyKind::Bucket,
        provider_checked: false,
    },
];

/// The resources that attach a policy as a permissions boundary, by `policy_id`.
pub const BOUNDARY_ATTACHMENTS: [&str; 2] = [
    "tencentcloud_cam_role_permission_boundary_attachment",
    "tencentcloud_cam_user_permission_boundary_attachment",
];

/// One CAM document of a `.tf` file.
#[derive(Clone, Debug)]
pub struct Document {
    pub resource_type: String,
    pub name: String,
    pub attribute: &'static str,
    pub kind: PolicyKind,
    /// The JSON text, positioned (see the module's notes).
    pub text: String,
    /// The attribute's value in the `.tf` file.
    pub span: Span,
    pub provider_checked: bool,
    /// Byte ranges of `text`: JSON strings that hold a placeholder.
    placeholders: Vec<(usize, usize)>,
}

impl Document {
    /// `tencentcloud_cam_policy.support`, as Terraform names the resource.
    pub fn address(&self) -> String {
        format!("{}.{}", self.resource_type, self.name)
    }

    /// The JSON text without the positioning white space before it.
    pub fn json(&self) -> &str {
        self.text.trim_start()
    }

    /// Whether a span of `text` lies inside a string that holds a placeholder.
    pub fn in_placeholder(&self, start: usize, end: usize) -> bool {
        self.placeholders
            .iter()
            .any(|&(a, b)| a <= start && end <= b)
    }
}

/// A boundary attachment: the policy it names.
#[derive(Clone, Debug)]
pub struct BoundaryAttachment {
    /// `policy_id` as written.
    pub reference: String,
    /// The policy's address when `policy_id` refers to one (`tencentcloud_cam_policy.guard`).
    pub target: Option<String>,
    pub span: Span,
}

/// What a `.tf` file holds: its documents, the reader's notes (located in the file) and its boundary
/// attachments.
#[derive(Clone, Debug, Default)]
pub struct TfFile {
    pub documents: Vec<Document>,
    pub notes: Vec<Diagnostic>,
    pub boundaries: Vec<BoundaryAttachment>,
}

impl TfFile {
    /// Whether the file could not be read as HCL.
    pub fn unreadable(&self) -> bool {
        self.notes.iter().any(|d| d.code == "terraform/syntax")
    }
}

/// Reads a `.tf` file's CAM documents.
pub fn read(text: &str) -> TfFile {
    let index = LineIndex::new(text);
    let mut file = TfFile::default();
    let body = match hcl_edit::parser::parse_body(text) {
        Ok(body) => body,
        Err(error) => {
            let at = error.location().offset().min(text.len());
            file.notes.push(Diagnostic::new(
                TerraformText::NotHcl {
                    message: error.message().to_string(),
                },
                index.span(at, (at + 1).min(text.len())),
                "$",
            ));
            return file;
        }
    };
    for structure in body.iter() {
        let Structure::Block(block) = structure else {
            continue;
        };
        if block.ident.as_str() != "resource" || block.labels.len() != 2 {
            continue;
        }
        let (resource_type, name) = (label(&block.labels[0]), label(&block.labels[1]));
        if let Some(spec) = DOCUMENTS.iter().find(|d| d.resource_type == resource_type) {
            let Some(attribute) = block.body.get_attribute(spec.attribute) else {
                continue;
            };
            let mut reader = Reader {
                source: text,
                index: &index,
                out: Positioned::default(),
                notes: Vec::new(),
            };
            let address = format!("{resource_type}.{name}");
            let value = &attribute.value;
            let span = reader.span_of(value);
            let read = reader.document(value);
            file.notes.append(&mut reader.notes);
            if !read {
                file.notes.push(Diagnostic::new(
                    TerraformText::DocumentNotRead {
                        resource: address,
                        attribute: spec.attribute.to_string(),
                        expression: reader.source_of(value).to_string(),
                    },
                    span,
                    "$",
                ));
                continue;
            }
            file.documents.push(Document {
                resource_type: resource_type.to_string(),
                name: name.to_string(),
                attribute: spec.attribute,
                kind: spec.kind,
                text: reader.out.text,
                span,
                provider_checked: spec.provider_checked,
                placeholders: reader.out.placeholders,
            });
        } else if BOUNDARY_ATTACHMENTS.contains(&resource_type) {
            let Some(attribute) = block.body.get_attribute("policy_id") else {
                continue;
            };
            let value = &attribute.value;
            let range = value.span().unwrap_or(0..0);
            file.boundaries.push(BoundaryAttachment {
                reference: text
                    .get(range.clone())
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
                target: policy_address(value),
                span: index.span(range.start, range.end),
            });
        }
    }
    file
}

fn label(label: &BlockLabel) -> &str {
    match label {
        BlockLabel::Ident(ident) => ident.as_str(),
        BlockLabel::String(string) => string.value().as_str(),
    }
}

/// `tencentcloud_cam_policy.guard.id` → `tencentcloud_cam_policy.guard`.
fn policy_address(value: &Expression) -> Option<String> {
    let Expression::Traversal(traversal) = value else {
        return None;
    };
    let Expression::Variable(root) = &traversal.expr else {
        return None;
    };
    let names: Vec<&str> = traversal
        .operators
        .iter()
        .map(|op| match op.value() {
            TraversalOperator::GetAttr(name) => Some(name.as_str()),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    match names.as_slice() {
        [name, "id"] => Some(format!("{}.{name}", root.as_str())),
        _ => None,
    }
}

/// Marks the documents boundary attachments name as permissions boundaries, across every file read; an
/// attachment whose policy is not among them gets a note.
pub fn resolve_boundaries(files: &mut [TfFile]) {
    let mut targets: Vec<(usize, usize, bool)> = Vec::new();
    for (f, file) in files.iter().enumerate() {
        for (b, boundary) in file.boundaries.iter().enumerate() {
            let found = boundary.target.as_ref().is_some_and(|target| {
                files
                    .iter()
                    .any(|file| file.documents.iter().any(|d| &d.address() == target))
            });
            targets.push((f, b, found));
        }
    }
    for (f, b, found) in targets {
        let boundary = files[f].boundaries[b].clone();
        if !found {
            files[f].notes.push(Diagnostic::new(
                TerraformText::BoundaryNotFound {
                    reference: boundary.reference.clone(),
                },
                boundary.span,
                "$",
            ));
            continue;
        }
        for file in files.iter_mut() {
            for document in &mut file.documents {
                if Some(document.address()) == boundary.target
                    && document.kind == PolicyKind::Identity
                {
                    document.kind = PolicyKind::Boundary;
                }
            }
        }
    }
}

/// The JSON text being written, positioned, with the state of the JSON string it is in.
#[derive(Default)]
struct Positioned {
    text: String,
    line: usize,
    column: usize,
    in_string: bool,
    escaped: bool,
    /// Where the string being written starts, and whether it holds a placeholder.
    string_start: usize,
    string_holds_placeholder: bool,
    placeholders: Vec<(usize, usize)>,
}

impl Positioned {
    /// Moves to a line and column of the source when the text is behind it (never back).
    fn goto(&mut self, line: usize, column: usize) {
        if self.line == 0 {
            self.line = 1;
            self.column = 1;
        }
        if self.in_string {
            return;
        }
        while self.line < line {
            self.text.push('\n');
            self.line += 1;
            self.column = 1;
        }
        if self.line == line {
            while self.column < column {
                self.text.push(' ');
                self.column += 1;
            }
        }
    }

    fn push(&mut self, s: &str) {
        if self.line == 0 {
            self.line = 1;
            self.column = 1;
        }
        for c in s.chars() {
            let at = self.text.len();
            self.text.push(c);
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                } else if c == '\\' {
                    self.escaped = true;
                } else if c == '"' {
                    self.in_string = false;
                    if self.string_holds_placeholder {
                        self.placeholders.push((self.string_start, at + 1));
                    }
                }
            } else if c == '"' {
                self.in_string = true;
                self.string_start = at;
                self.string_holds_placeholder = false;
            }
        }
    }
}

struct Reader<'s, 'i> {
    source: &'s str,
    index: &'i LineIndex<'s>,
    out: Positioned,
    notes: Vec<Diagnostic>,
}

impl<'s> Reader<'s, '_> {
    fn span_of(&self, value: &impl hcl_edit::Span) -> Span {
        let range = value.span().unwrap_or(0..0);
        self.index.span(range.start, range.end)
    }

    fn source_of(&self, value: &impl hcl_edit::Span) -> &'s str {
        value
            .span()
            .and_then(|range| self.source.get(range))
            .unwrap_or_default()
            .trim()
    }

    fn goto(&mut self, offset: usize) {
        let span = self.index.span(offset, offset);
        self.out.goto(span.line, span.column);
    }

    /// Writes a document attribute's JSON text; false when its value is not one the reader can read.
    fn document(&mut self, value: &Expression) -> bool {
        match value {
            Expression::HeredocTemplate(heredoc) => {
                self.raw_template(&heredoc.template);
                true
            }
            Expression::StringTemplate(_) | Expression::String(_) => {
                // A JSON document in a quoted string: its decoded text, placed where the string starts.
                if let Some(range) = value.span() {
                    self.goto(range.start + 1);
                }
                match value {
                    Expression::String(s) => self.out.push(s.value()),
                    Expression::StringTemplate(t) => {
                        let text = self.template_text(t);
                        self.out.push(&text);
                    }
                    _ => {}
                }
                true
            }
            Expression::FuncCall(call)
                if call.name.name.as_str() == "jsonencode"
                    && !call.name.is_namespaced()
                    && call.args.len() == 1 =>
            {
                match call.args.get(0) {
                    Some(argument @ (Expression::Object(_) | Expression::Array(_))) => {
                        self.value(argument);
                        true
                    }
                    _ => false,
                }
            }
            Expression::Parenthesis(p) => self.document(p.inner()),
            _ => false,
        }
    }

    /// A heredoc's text as written: literal text copied (with `$${` and `%%{` read as `${` and `%{`), each
    /// interpolation or directive kept as its source text, quoted when it stands where a JSON value goes.
    fn raw_template(&mut self, template: &Template) {
        let Some(range) = template.span() else {
            return;
        };
        self.goto(range.start);
        let mut cursor = range.start;
        for element in template.iter() {
            if matches!(element, Element::Literal(_)) {
                continue;
            }
            let Some(at) = element.span() else { continue };
            let literal = unescape(self.source.get(cursor..at.start).unwrap_or_default());
            self.out.push(&literal);
            let expression = self.source.get(at.clone()).unwrap_or_default();
            self.note(
                TerraformText::Interpolation {
                    expression: expression.to_string(),
                },
                at.clone(),
            );
            if self.out.in_string {
                self.out.string_holds_placeholder = true;
                self.out.push(expression);
            } else {
                let quoted = quote(expression);
                let start = self.out.text.len();
                self.out.push(&quoted);
                self.out.placeholders.push((start, self.out.text.len()));
            }
            cursor = at.end;
        }
        let rest = unescape(self.source.get(cursor..range.end).unwrap_or_default());
        self.out.push(&rest);
    }

    /// A quoted string template's value: literals decoded, interpolations as their source text (with a note).
    fn template_text(&mut self, template: &Template) -> String {
        let mut text = String::new();
        for element in template.iter() {
            match element {
                Element::Literal(literal) => text.push_str(literal.value()),
                other => {
                    let at = other.span().unwrap_or(0..0);
                    let expression = self.source.get(at.clone()).unwrap_or_default();
                    text.push_str(expression);
                    self.note(
                        TerraformText::Interpolation {
                            expression: expression.to_string(),
                        },
                        at,
                    );
                }
            }
        }
        text
    }

    fn note(&mut self, text: TerraformText, at: std::ops::Range<usize>) {
        self.notes.push(Diagnostic::new(
            text,
            self.index.span(at.start, at.end),
            "$",
        ));
    }

    /// A JSON string for a value that holds a placeholder, marked as such.
    fn placeholder_string(&mut self, value: &str) {
        let start = self.out.text.len();
        self.out.push(&quote_json(value));
        self.out.placeholders.push((start, self.out.text.len()));
    }

    /// An HCL value of `jsonencode` as JSON, each token at its source position.
    fn value(&mut self, expr: &Expression) {
        let range = expr.span();
        if let Some(range) = &range {
            self.goto(range.start);
        }
        match expr {
            Expression::Null(_) => self.out.push("null"),
            Expression::Bool(b) => self.out.push(if *b.value() { "true" } else { "false" }),
            Expression::Number(n) => self.out.push(&n.value().to_string()),
            Expression::String(s) => self.out.push(&quote_json(s.value())),
            Expression::StringTemplate(t) => {
                let text = self.template_text(t);
                self.placeholder_string(&text);
            }
            Expression::HeredocTemplate(h) => {
                let text = self.template_text(&h.template);
                if h.template.iter().all(|e| matches!(e, Element::Literal(_))) {
                    self.out.push(&quote_json(&text));
                } else {
                    self.placeholder_string(&text);
                }
            }
            Expression::Array(array) => {
                self.out.push("[");
                for (i, element) in array.iter().enumerate() {
                    if i > 0 {
                        self.out.push(",");
                    }
                    self.value(element);
                }
                if let Some(range) = &range {
                    self.goto(range.end.saturating_sub(1));
                }
                self.out.push("]");
            }
            Expression::Object(object) => {
                self.out.push("{");
                for (i, (key, value)) in object.iter().enumerate() {
                    if i > 0 {
                        self.out.push(",");
                    }
                    if let Some(at) = key.span() {
                        self.goto(at.start);
                    }
                    match key {
                        ObjectKey::Ident(ident) => self.out.push(&quote_json(ident.as_str())),
                        ObjectKey::Expression(Expression::String(s)) => {
                            self.out.push(&quote_json(s.value()))
                        }
                        ObjectKey::Expression(other) => {
                            self.placeholder_for(other);
                        }
                    }
                    self.out.push(":");
                    self.value(value.expr());
                }
                if let Some(range) = &range {
                    self.goto(range.end.saturating_sub(1));
                }
                self.out.push("}");
            }
            Expression::Parenthesis(p) => self.value(p.inner()),
            other => self.placeholder_for(other),
        }
    }

    /// An expression only Terraform can compute, where a value goes: a named placeholder `"${…}"`, with a note.
    fn placeholder_for(&mut self, expression: &Expression) {
        let source = self.source_of(expression).to_string();
        self.note(
            TerraformText::ValuePlaceholder {
                expression: source.clone(),
            },
            expression.span().unwrap_or(0..0),
        );
        self.placeholder_string(&format!("${{{source}}}"));
    }
}

/// Heredoc literal text as Terraform reads it: `$${` is `${`, `%%{` is `%{`.
fn unescape(raw: &str) -> String {
    raw.replace("$${", "${").replace("%%{", "%{")
}

/// An interpolation standing where a JSON value goes, as a JSON string of the same text (its quotes and
/// backslashes made harmless).
fn quote(expression: &str) -> String {
    format!("\"{}\"", expression.replace(['"', '\\'], "'"))
}

fn quote_json(value: &str) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "\"\"".into())
}

/// Turns spans of a document's positioned text into spans of its `.tf` file.
pub struct Locator<'t> {
    tf: LineIndex<'t>,
    /// Each line's first byte in the `.tf` text.
    starts: Vec<usize>,
}

impl<'t> Locator<'t> {
    pub fn new(tf_text: &'t str) -> Locator<'t> {
        let starts = std::iter::once(0)
            .chain(tf_text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            tf: LineIndex::new(tf_text),
            starts,
        }
    }

    /// The `.tf` file's index (for end positions).
    pub fn index(&self) -> &LineIndex<'t> {
        &self.tf
    }

    /// The byte of the `.tf` text at a line and column (clamped to the line).
    fn offset(&self, line: usize, column: usize) -> usize {
        let text = self.tf.text();
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return text.len();
        };
        let mut offset = start;
        for c in text[start..].chars().take(column.saturating_sub(1)) {
            if c == '\n' {
                break;
            }
            offset += c.len_utf8();
        }
        offset
    }

    /// A document's diagnostic located in the `.tf` file; `None` when it is about a placeholder.
    pub fn locate(&self, document: &Document, mut d: Diagnostic) -> Option<Diagnostic> {
        if document.in_placeholder(d.span.start, d.span.end) {
            return None;
        }
        let doc = LineIndex::new(&document.text);
        // The positioning white space is no place: a note about the whole text points at its first character.
        let first = document.text.len() - document.text.trim_start().len();
        let start = doc.span(d.span.start.max(first), d.span.start.max(first));
        let end = doc.span(d.span.end.max(first), d.span.end.max(first));
        let from = self.offset(start.line, start.column);
        let to = self.offset(end.line, end.column).max(from);
        d.span = self.tf.span(from, to);
        Some(d)
    }
}

/// The tencentcloud provider's checks before it saves a document (`PolicyDocumentForceCheck`): `action` and
/// `resource` must be lists, `principal.qcs` a list without `root`. Spans in the document's text; strings
/// holding a placeholder are not judged.
pub fn provider_checks(document: &Document) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if !document.provider_checked {
        return found;
    }
    let index = LineIndex::new(&document.text);
    let mut ignored = Vec::new();
    let Some(Value::Object(root)) = crate::json::parse(&index, &mut ignored) else {
        return found;
    };
    let resource = document.address();
    let statements: Vec<(String, &crate::json::ast::Object)> =
        match root.get("statement").map(|p| &p.value) {
            Some(Value::Array(list)) => list
                .elements
                .iter()
                .enumerate()
                .filter_map(|(i, v)| match v {
                    Value::Object(o) => Some((format!("$.statement[{i}]"), o)),
                    _ => None,
                })
                .collect(),
            Some(Value::Object(o)) => vec![("$.statement".to_string(), o)],
            _ => Vec::new(),
        };
    let placeholder = |v: &Value| {
        let r = v.range();
        document.in_placeholder(r.start + index.bom_len(), r.end + index.bom_len())
    };
    let mut principals = Vec::new();
    if let Some(p) = root.get("principal") {
        principals.push(("$.principal".to_string(), &p.value));
    }
    for (path, statement) in &statements {
        for element in ["action", "resource"] {
            if let Some(prop) = statement.get(element) {
                if matches!(prop.value, Value::StringLit(_)) && !placeholder(&prop.value) {
                    found.push(Diagnostic::new(
                        TerraformText::StringNotList {
                            element: element.to_string(),
                            resource: resource.clone(),
                        },
                        index.range(prop.value.range()),
                        format!("{path}.{element}"),
                    ));
                }
            }
        }
        if let Some(p) = statement.get("principal") {
            principals.push((format!("{path}.principal"), &p.value));
        }
    }
    for (path, principal) in principals {
        let Value::Object(principal) = principal else {
            continue;
        };
        let Some(qcs) = principal.get("qcs") else {
            continue;
        };
        let path = format!("{path}.qcs");
        let values: Vec<(String, &Value)> = match &qcs.value {
            Value::Array(list) => list
                .elements
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("{path}[{i}]"), v))
                .collect(),
            single @ Value::StringLit(_) => {
                if !placeholder(single) {
                    found.push(Diagnostic::new(
                        TerraformText::StringNotList {
                            element: "principal.qcs".into(),
                            resource: resource.clone(),
                        },
                        index.range(single.range()),
                        path.clone(),
                    ));
                }
                vec![(path.clone(), single)]
            }
            _ => Vec::new(),
        };
        for (path, value) in values {
            if let Value::StringLit(s) = value {
                if s.as_str().contains("root") && !placeholder(value) {
                    found.push(Diagnostic::new(
                        TerraformText::RootPrincipal {
                            value: s.as_str().to_string(),
                            resource: resource.clone(),
                        },
                        index.range(s.range()),
                        path,
                    ));
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEREDOC: &str = r#"resource "tencentcloud_cam_policy" "support" {
  name     = "support"
  document = <<-EOF
    {
      "version": "2.0",
      "statement": [{"effect": "allow", "action": "ccc:*", "resource": ["qcs::ccc::uin/${var.uin}:sdkappid/*"]}]
    }
  EOF
}
"#;

    #[test]
    fn a_heredoc_keeps_its_lines_and_columns() {
        let file = read(HEREDOC);
        assert_eq!(file.documents.len(), 1, "{:?}", file.notes);
        let doc = &file.documents[0];
        assert_eq!(doc.address(), "tencentcloud_cam_policy.support");
        let at = doc.text.find("\"ccc:*\"").unwrap();
        let line = doc.text[..at].matches('\n').count() + 1;
        assert_eq!(line, 6);
        let tf_at = HEREDOC.find("\"ccc:*\"").unwrap();
        let locator = Locator::new(HEREDOC);
        let d = Diagnostic::new(
            TerraformText::Interpolation {
                expression: "x".into(),
            },
            LineIndex::new(&doc.text).span(at, at + 7),
            "$",
        );
        let located = locator.locate(doc, d).unwrap();
        assert_eq!((located.span.start, located.span.end), (tf_at, tf_at + 7));
        // The provider wants a list for action.
        let checks = provider_checks(doc);
        assert_eq!(checks.len(), 1);
        assert_eq!(checks[0].code, "terraform/string-not-list");
        assert_eq!(checks[0].path, "$.statement[0].action");
        // The interpolation is noted at its place.
        assert_eq!(file.notes.len(), 1);
        assert_eq!(file.notes[0].code, "terraform/interpolation");
        assert_eq!(file.notes[0].span.line, 6);
    }

    #[test]
    fn jsonencode_becomes_json_at_the_same_places() {
        let tf = r#"resource "tencentcloud_cam_role" "ops" {
  name = "ops"
  document = jsonencode({
    version = "2.0"
    statement = [
      {
        effect    = "allow"
        action    = ["name/sts:AssumeRole"]
        principal = { qcs = ["qcs::cam::uin/100000000001:root"] }
        condition = var.conditions
      }
    ]
  })
}
"#;
        let file = read(tf);
        let doc = &file.documents[0];
        let value: serde_json::Value = serde_json::from_str(doc.json()).unwrap();
        assert_eq!(value["statement"][0]["action"][0], "name/sts:AssumeRole");
        assert_eq!(value["statement"][0]["condition"], "${var.conditions}");
        assert_eq!(doc.kind, PolicyKind::Trust);
        let checks = provider_checks(doc);
        assert_eq!(checks.len(), 1, "{checks:?}");
        assert_eq!(checks[0].code, "terraform/root-principal");
        let located = Locator::new(tf).locate(doc, checks[0].clone()).unwrap();
        assert_eq!(located.span.line, 9);
        assert_eq!(
            &tf[located.span.start..located.span.end],
            "\"qcs::cam::uin/100000000001:root\""
        );
        assert_eq!(file.notes[0].code, "terraform/interpolation");
    }

    #[test]
    fn boundaries_and_broken_files() {
        let tf = r#"resource "tencentcloud_cam_policy" "guard" {
  document = jsonencode({ version = "2.0", statement = [{ effect = "allow", action = ["ccc:*"], resource = ["*"] }] })
}
resource "tencentcloud_cam_role_permission_boundary_attachment" "b" {
  policy_id = tencentcloud_cam_policy.guard.id
  role_name = "ops"
}
resource "tencentcloud_cam_user_permission_boundary_attachment" "c" {
  policy_id = 123
}
"#;
        let mut files = vec![read(tf)];
        resolve_boundaries(&mut files);
        assert_eq!(files[0].documents[0].kind, PolicyKind::Boundary);
        assert_eq!(files[0].notes.len(), 1);
        assert_eq!(files[0].notes[0].code, "terraform/boundary-not-found");
        let broken = read("resource \"x\" {\n  a = \n}\n");
        assert!(broken.unreadable());
        assert_eq!(broken.notes[0].span.line, 2);
    }
}
