//! Who a trust or bucket policy's `principal` names, against who is asking (rules T7, B2, B3.1).

use super::trace::{PrincipalCheck, PrincipalTrace, PrincipalVerdict};
use crate::policy::{PolicyKind, PrincipalField, PrincipalName};
use crate::request::{Principal, PrincipalKind};
use crate::rules::Rule;

/// The principal checks of one statement of a trust or bucket policy (`kind`).
pub fn check(
    names: &[PrincipalName],
    caller: &Principal,
    kind: PolicyKind,
    texts: bool,
) -> PrincipalTrace {
    let checks: Vec<PrincipalCheck> = names
        .iter()
        .map(|name| {
            let verdict = verdict(name, caller);
            // Rule T7: what `uin/<X>:uin/<Y>` means in a trust policy is not documented.
            let assumptions = if kind == PolicyKind::Trust && verdict == PrincipalVerdict::User {
                vec![Rule::T7]
            } else {
                Vec::new()
            };
            PrincipalCheck {
                field: name.field,
                name: super::kept_text(texts, &name.value.value),
                span: name.value.span,
                verdict,
                assumptions,
            }
        })
        .collect();
    let everyone = checks
        .iter()
        .any(|c| c.verdict == PrincipalVerdict::Everyone);
    let names_caller = checks
        .iter()
        .any(|c| c.verdict.is_match() && c.verdict != PrincipalVerdict::Everyone);
    PrincipalTrace {
        matched: everyone || names_caller,
        everyone,
        names_caller,
        checks,
    }
}

/// Whether one principal name names the caller, and how.
pub fn verdict(name: &PrincipalName, caller: &Principal) -> PrincipalVerdict {
    let value = name.value.value.as_str();
    let kind = caller.kind();
    match name.field {
        PrincipalField::Service => {
            if kind == PrincipalKind::Service && caller.service.as_deref() == Some(value) {
                PrincipalVerdict::Service
            } else {
                PrincipalVerdict::Different
            }
        }
        PrincipalField::Federated => {
            if kind == PrincipalKind::Federated && caller.provider.as_deref() == Some(value) {
                PrincipalVerdict::Provider
            } else {
                PrincipalVerdict::Different
            }
        }
        PrincipalField::Qcs => qcs_verdict(value, caller),
    }
}

/// `*`, `qcs::cam::anyone:anyone`, `qcs::cam::anonymous:anonymous`: everyone (rule B2).
pub fn is_everyone(name: &str) -> bool {
    matches!(
        name,
        "*" | "qcs::cam::anyone:anyone" | "qcs::cam::anonymous:anonymous"
    )
}

fn qcs_verdict(name: &str, caller: &Principal) -> PrincipalVerdict {
    if is_everyone(name) {
        return PrincipalVerdict::Everyone;
    }
    let kind = caller.kind();
    // Services, federated identities and anonymous callers have no account of their own to be named by.
    if matches!(
        kind,
        PrincipalKind::Anonymous | PrincipalKind::Service | PrincipalKind::Federated
    ) {
        return PrincipalVerdict::Different;
    }
    let Some(rest) = name.strip_prefix("qcs::cam::uin/") else {
        return PrincipalVerdict::Different;
    };
    let Some((account, who)) = rest.split_once(':') else {
        return PrincipalVerdict::Different;
    };
    if caller.owner_uin.as_deref() != Some(account) {
        return PrincipalVerdict::Different;
    }
    // `uin/<X>:root` and `uin/<X>:uin/<X>` name account X: its root, and its users and roles (rule T7, B3.3).
    if who == "root" || who.strip_prefix("uin/") == Some(account) {
        return PrincipalVerdict::Account;
    }
    if let Some(user) = who.strip_prefix("uin/") {
        let is_user = kind == PrincipalKind::User && caller.uin.as_deref() == Some(user);
        return if is_user {
            PrincipalVerdict::User
        } else {
            PrincipalVerdict::Different
        };
    }
    if let Some(group) = who.strip_prefix("groupid/") {
        return if caller.groups.iter().any(|g| g == group) {
            PrincipalVerdict::Group
        } else {
            PrincipalVerdict::Different
        };
    }
    if let Some(role) = who.strip_prefix("roleName/") {
        let is_role = kind == PrincipalKind::Role && caller.role.as_deref() == Some(role);
        return if is_role {
            PrincipalVerdict::Role
        } else {
            PrincipalVerdict::Different
        };
    }
    PrincipalVerdict::Different
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Spanned;

    fn name(field: PrincipalField, value: &str) -> PrincipalName {
        PrincipalName {
            field,
            value: Spanned {
                value: value.to_string(),
                span: Default::default(),
            },
        }
    }

    fn caller(json: &str) -> Principal {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn names_against_callers() {
        use PrincipalField::*;
        use PrincipalVerdict as V;
        let user = caller(r#"{"uin":"12","owner_uin":"1","groups":["7"]}"#);
        let root = caller(r#"{"uin":"1","owner_uin":"1"}"#);
        let role = caller(r#"{"type":"role","owner_uin":"1","role":"ops"}"#);
        let anonymous = caller(r#"{"type":"anonymous"}"#);
        let scf = caller(r#"{"type":"service","service":"scf.qcloud.com"}"#);
        let saml = caller(r#"{"type":"federated","provider":"qcs::cam::uin/1:saml-provider/idp"}"#);
        let cases = [
            (Qcs, "qcs::cam::uin/1:root", &user, V::Account),
            (Qcs, "qcs::cam::uin/1:uin/1", &role, V::Account),
            (Qcs, "qcs::cam::uin/1:root", &root, V::Account),
            (Qcs, "qcs::cam::uin/2:root", &user, V::Different),
            (Qcs, "qcs::cam::uin/1:uin/12", &user, V::User),
            (Qcs, "qcs::cam::uin/1:uin/13", &user, V::Different),
            (Qcs, "qcs::cam::uin/1:groupid/7", &user, V::Group),
            (Qcs, "qcs::cam::uin/1:groupid/8", &user, V::Different),
            (Qcs, "qcs::cam::uin/1:roleName/ops", &role, V::Role),
            (Qcs, "qcs::cam::anyone:anyone", &anonymous, V::Everyone),
            (Qcs, "*", &user, V::Everyone),
            (Qcs, "qcs::cam::uin/1:root", &anonymous, V::Different),
            (Service, "scf.qcloud.com", &scf, V::Service),
            (Service, "cls.cloud.tencent.com", &scf, V::Different),
            (
                Federated,
                "qcs::cam::uin/1:saml-provider/idp",
                &saml,
                V::Provider,
            ),
            (
                Federated,
                "qcs::cam::uin/1:saml-provider/other",
                &saml,
                V::Different,
            ),
        ];
        for (field, value, who, expected) in cases {
            assert_eq!(verdict(&name(field, value), who), expected, "{value}");
        }
    }
}
