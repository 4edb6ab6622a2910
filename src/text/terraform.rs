//! What the Terraform reader says about a `.tf` file, as data: HCL it cannot read, documents it cannot check,
//! Terraform interpolations read as placeholders, and the tencentcloud provider's own apply-time checks of a
//! document (`PolicyDocumentForceCheck`), found at lint time. The words are in `i18n::{en,zh_cn}::terraform`
//! (native only, like the reader).

use serde::Serialize;

use super::Severity;
use crate::rules::Rule;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TerraformText {
    /// The file is not HCL: the parser's own message (English, from the HCL crate).
    NotHcl { message: String },
    /// A document attribute whose value the reader cannot turn into JSON text (a reference, `file(…)`, a data
    /// source's `json`): `expression` as written. Not checked.
    DocumentNotRead {
        resource: String,
        attribute: String,
        expression: String,
    },
    /// A Terraform interpolation or template directive (`${var.x}`, `%{ if … }`) inside a document, read as the
    /// placeholder text `${…}` with the expression as written.
    Interpolation { expression: String },
    /// An expression that is not a literal (`var.actions`, `local.ids`) where a JSON value goes in
    /// `jsonencode`, read as the placeholder string `${expression}`.
    ValuePlaceholder { expression: String },
    /// `action` or `resource` written as a string: the provider refuses the document at apply time, it wants a
    /// list (rule G5 allows both; Terraform does not).
    StringNotList { element: String, resource: String },
    /// A `qcs` principal containing `root`: the provider refuses it at apply time (rule T2 allows it).
    RootPrincipal { value: String, resource: String },
    /// A boundary attachment whose `policy_id` names no policy of the files read: `reference` as written.
    BoundaryNotFound { reference: String },
}

impl TerraformText {
    pub fn facts(&self) -> (&'static str, Severity, Option<Rule>) {
        use Severity as S;
        use TerraformText as T;
        match self {
            T::NotHcl { .. } => ("terraform/syntax", S::Error, None),
            T::DocumentNotRead { .. } => ("terraform/document-not-read", S::Warning, None),
            T::Interpolation { .. } => ("terraform/interpolation", S::Info, Some(Rule::V3)),
            T::ValuePlaceholder { .. } => ("terraform/interpolation", S::Info, Some(Rule::V3)),
            T::StringNotList { .. } => ("terraform/string-not-list", S::Error, Some(Rule::G5)),
            T::RootPrincipal { .. } => ("terraform/root-principal", S::Error, Some(Rule::T2)),
            T::BoundaryNotFound { .. } => ("terraform/boundary-not-found", S::Info, Some(Rule::E3)),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn samples() -> Vec<TerraformText> {
        let s = |t: &str| t.to_string();
        vec![
            TerraformText::NotHcl {
                message: s("expected an expression"),
            },
            TerraformText::DocumentNotRead {
                resource: s("tencentcloud_cam_policy.support"),
                attribute: s("document"),
                expression: s("data.tencentcloud_cam_policy_document.x.json"),
            },
            TerraformText::Interpolation {
                expression: s("${var.owner_uin}"),
            },
            TerraformText::ValuePlaceholder {
                expression: s("var.actions"),
            },
            TerraformText::StringNotList {
                element: s("action"),
                resource: s("tencentcloud_cam_policy.support"),
            },
            TerraformText::RootPrincipal {
                value: s("qcs::cam::uin/100000000001:root"),
                resource: s("tencentcloud_cam_role.support"),
            },
            TerraformText::BoundaryNotFound {
                reference: s("tencentcloud_cam_policy.guard.id"),
            },
        ]
    }

    /// Every kind in both languages, every parameter shown.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_kind_is_worded_in_both_languages() {
        for sample in samples() {
            let parameters: Vec<String> = match &sample {
                TerraformText::NotHcl { message } => vec![message.clone()],
                TerraformText::DocumentNotRead {
                    resource,
                    attribute,
                    expression,
                } => vec![resource.clone(), attribute.clone(), expression.clone()],
                TerraformText::Interpolation { expression } => vec![expression.clone()],
                TerraformText::ValuePlaceholder { expression } => vec![expression.clone()],
                TerraformText::StringNotList { element, resource } => {
                    vec![element.clone(), resource.clone()]
                }
                TerraformText::RootPrincipal { value, resource } => {
                    vec![value.clone(), resource.clone()]
                }
                TerraformText::BoundaryNotFound { reference } => vec![reference.clone()],
            };
            crate::i18n::assert_worded(&sample.into(), &parameters);
        }
    }
}
