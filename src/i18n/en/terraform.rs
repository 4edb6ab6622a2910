//! English words for the Terraform reader's notes and the provider's apply-time checks.

use crate::i18n::Words;
use crate::text::terraform::TerraformText;

pub fn words(text: &TerraformText) -> Words {
    match text {
        TerraformText::NotHcl { message } => Words::new(
            format!("this file is not HCL: {message}"),
            "fix the Terraform syntax (`terraform fmt` and `terraform validate` point at it too); the other files are still checked",
        ),
        TerraformText::DocumentNotRead { resource, attribute, expression } => Words::new(
            format!("`{resource}.{attribute}` is `{expression}`, which only Terraform can work out: this document is not checked"),
            "write the document in the .tf file as a heredoc (<<EOF … EOF) or as jsonencode({ … }) to have it checked, or lint the JSON file it comes from",
        ),
        TerraformText::Interpolation { expression } => Words::new(
            format!("`{expression}` is known only when Terraform plans: it is read as the text `{expression}`, and what depends on it is not checked"),
            "nothing to fix; checks that need the value (accounts, resource IDs) see the placeholder. Write the value itself to have it checked",
        ),
        TerraformText::ValuePlaceholder { expression } => Words::new(
            format!("`{expression}` is known only when Terraform plans: it is read as the placeholder string `${{{expression}}}`, and what depends on it is not checked"),
            "nothing to fix; write the value itself (a list of strings, an object) to have it checked",
        ),
        TerraformText::StringNotList { element, resource } => Words::new(
            format!("`{element}` is a string: CAM accepts one, but the tencentcloud provider refuses `{resource}` at apply time, it wants a list"),
            format!("write `{element}` as a list: [\"…\"]"),
        ),
        TerraformText::RootPrincipal { value, resource } => Words::new(
            format!("the principal `{value}` uses the `root` form: CAM accepts it, but the tencentcloud provider refuses `{resource}` at apply time"),
            "write the account's UIN instead, qcs::cam::uin/<UIN>:uin/<UIN>, which names the same account",
        ),
        TerraformText::BoundaryNotFound { reference } => Words::new(
            format!("this permissions boundary is the policy `{reference}`, which is not in the files read: it is not checked as a boundary"),
            "give camctl the .tf file or folder that defines that policy too",
        ),
    }
}
