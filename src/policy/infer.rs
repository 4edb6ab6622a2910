//! Which kind a pasted document is (rule K1), from its shape alone: the text is never changed.

use crate::json::ast::{Object, Value};
use crate::json::{self, LineIndex};
use crate::policy_kind::PolicyKind;

/// The kind a document's shape says: statements with a `principal`, `sts:AssumeRole*` actions and no
/// `resource` make a role trust policy; a `principal` with `cos:` actions or `qcs::cos:` resources a COS bucket
/// policy; anything else (unreadable JSON included) an identity policy. Element names are compared without
/// case, as rule G2 reads them.
pub fn infer_kind(text: &str) -> PolicyKind {
    let index = LineIndex::new(text);
    let mut ignored = Vec::new();
    json::parse(&index, &mut ignored).map_or(PolicyKind::Identity, |root| infer_from(&root))
}

/// The kind an identity policy's text becomes by an edit (rule K1, on paste or typing): the kind its new shape
/// says when that is a trust or bucket policy and its old shape said identity policy; `None` otherwise (an edit
/// that keeps a shape never changes a kind, so a kind the user chose stays). Only texts naming a principal are
/// parsed.
pub fn kind_after_edit(before: &str, after: &str) -> Option<PolicyKind> {
    if !after.contains("rincipal") && !after.contains("RINCIPAL") {
        return None;
    }
    let shape = infer_kind(after);
    (shape.has_principal() && infer_kind(before) == PolicyKind::Identity).then_some(shape)
}

/// `infer_kind` over a parsed document.
pub(crate) fn infer_from(root: &Value<'_>) -> PolicyKind {
    let Value::Object(policy) = root else {
        return PolicyKind::Identity;
    };
    let policy_principal = element(policy, "principal").is_some();
    // The statement objects, walked again for each question rather than collected: the parser asks this of
    // every policy it reads, and most answer "identity" at their first statement.
    let statement_values = match element(policy, "statement") {
        Some(Value::Array(list)) => list.elements.as_slice(),
        Some(one @ Value::Object(_)) => std::slice::from_ref(one),
        _ => &[],
    };
    let statements = || {
        statement_values.iter().filter_map(|s| match s {
            Value::Object(o) => Some(o),
            _ => None,
        })
    };
    let named = |s: &Object<'_>| policy_principal || element(s, "principal").is_some();
    if statements().next().is_none() || !statements().all(named) {
        return PolicyKind::Identity;
    }
    let assumes_role = statements().all(|s| {
        element(s, "resource").is_none()
            && strings(element(s, "action")).iter().all(|a| {
                a.strip_prefix("name/")
                    .unwrap_or(a)
                    .starts_with("sts:AssumeRole")
            })
    });
    if assumes_role {
        return PolicyKind::Trust;
    }
    let names_cos = statements().any(|s| {
        strings(element(s, "action"))
            .iter()
            .any(|a| a.strip_prefix("name/").unwrap_or(a).starts_with("cos:"))
            || strings(element(s, "resource"))
                .iter()
                .any(|r| r.starts_with("qcs::cos:"))
    });
    if names_cos {
        PolicyKind::Bucket
    } else {
        PolicyKind::Identity
    }
}

/// An element of an object, its name compared without case (rule G2).
fn element<'a, 'v>(object: &'a Object<'v>, name: &str) -> Option<&'a Value<'v>> {
    object
        .properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case(name))
        .map(|p| &p.value)
}

/// The strings of a string or a list of strings, borrowed from the document: the parser asks on every keystroke.
fn strings<'a>(value: Option<&'a Value<'_>>) -> Vec<&'a str> {
    match value {
        Some(Value::StringLit(s)) => vec![s.value.as_ref()],
        Some(Value::Array(list)) => list
            .elements
            .iter()
            .filter_map(|v| match v {
                Value::StringLit(s) => Some(s.value.as_ref()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_give_kinds() {
        let cases = [
            (
                r#"{"version":"2.0","statement":[{"action":"name/sts:AssumeRole","effect":"allow","principal":{"qcs":["qcs::cam::uin/100000000001:root"]}}]}"#,
                PolicyKind::Trust,
            ),
            (
                r#"{"Statement":[{"Principal":{"qcs":["qcs::cam::anyone:anyone"]},"Effect":"Allow","Action":["name/cos:GetObject"],"Resource":["qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*"]}],"version":"2.0"}"#,
                PolicyKind::Bucket,
            ),
            (
                r#"{"version":"2.0","principal":{"qcs":["qcs::cam::uin/1:uin/2"]},"statement":[{"effect":"allow","action":"cos:*","resource":"*"}]}"#,
                PolicyKind::Bucket,
            ),
            (
                r#"{"version":"2.0","statement":[{"effect":"allow","action":"ccc:*","resource":"*"}]}"#,
                PolicyKind::Identity,
            ),
            (
                r#"{"version":"2.0","statement":[{"effect":"allow","action":"ccc:*","resource":"*","principal":{"qcs":["qcs::cam::uin/1:root"]}}]}"#,
                PolicyKind::Identity,
            ),
            (r#"{"version":"2.0","statement":[]}"#, PolicyKind::Identity),
            ("{not json", PolicyKind::Identity),
            ("[]", PolicyKind::Identity),
        ];
        for (text, kind) in cases {
            assert_eq!(infer_kind(text), kind, "{text}");
        }
    }
    #[test]
    fn an_edit_changes_the_kind_only_when_the_shape_changes_to_trust_or_bucket() {
        let blank =
            r#"{"version":"2.0","statement":[{"effect":"allow","action":"ccc:*","resource":"*"}]}"#;
        let trust = r#"{"version":"2.0","statement":[{"action":"name/sts:AssumeRole","effect":"allow","principal":{"qcs":["qcs::cam::uin/1:root"]}}]}"#;
        let bucket = r#"{"Statement":[{"Principal":{"qcs":["qcs::cam::anyone:anyone"]},"Effect":"Allow","Action":["name/cos:GetObject"],"Resource":["qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/*"]}]}"#;
        assert_eq!(kind_after_edit(blank, trust), Some(PolicyKind::Trust));
        assert_eq!(kind_after_edit("", bucket), Some(PolicyKind::Bucket));
        assert_eq!(kind_after_edit(blank, blank), None);
        // Already that shape: typing inside a trust policy read as identity (the user's choice) changes nothing.
        assert_eq!(
            kind_after_edit(trust, &trust.replace("uin/1", "uin/12")),
            None
        );
        assert_eq!(kind_after_edit(trust, bucket), None);
        assert_eq!(kind_after_edit(trust, blank), None);
    }
}
