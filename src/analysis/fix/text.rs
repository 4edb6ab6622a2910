//! What a fix does, as data (`FixText`), and the test that every locale words every kind of fix.

use serde::Serialize;

use crate::policy::PolicyKind;

/// What a fix does, as data: the locale tables (`i18n::{en,zh_cn}::analysis::fix`) word it. Policies and
/// statements are numbered from 1, as the editor's tabs and the reasoning show them.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FixText {
    /// Remove the deny statement that decided the request (to allow it).
    RemoveDeny {
        source: PolicyKind,
        policy: usize,
        statement: usize,
    },
    /// Add the request's action to an allow statement's actions. `source` and `policy` name the document (a
    /// boundary's statement 1 is not policy 1's: issue 27, finding 15).
    AddAction {
        action: String,
        source: PolicyKind,
        policy: usize,
        statement: usize,
    },
    /// Add the request's resource to an allow statement's resources.
    AddResource {
        resource: String,
        source: PolicyKind,
        policy: usize,
        statement: usize,
    },
    /// The API is operation level and the statement names specific resources: grant the action in a new statement
    /// on `*` (rule R5).
    GrantOperationLevel {
        action: String,
        source: PolicyKind,
        policy: usize,
        statement: usize,
    },
    /// Change the request so that a statement's failing condition key holds.
    SetConditionKey {
        source: PolicyKind,
        policy: usize,
        statement: usize,
        key: String,
        /// The condition operator as written (`ip_equal`).
        operator: String,
        /// The values the condition names.
        values: Vec<String>,
        /// What the request has for the key, `None` when it lacks it.
        request_values: Option<Vec<String>>,
        /// The value to set.
        value: String,
    },
    /// Add a statement allowing the action on the request's resources (to allow it). `bypasses`: the condition
    /// keys of statements that name the action but whose conditions fail, which the new statement goes around.
    AddAllowStatement {
        action: String,
        resources: Vec<String>,
        source: PolicyKind,
        policy: usize,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        bypasses: Vec<String>,
    },
    /// Add a statement denying the action (to deny it).
    AddDenyStatement { action: String, policy: usize },
    /// Remove the allow statement that decided the request (to deny it).
    RemoveAllow {
        source: PolicyKind,
        policy: usize,
        statement: usize,
    },
}

impl FixText {
    /// Whether the fix changes the request rather than a policy (the panel groups them: finding 16).
    pub fn changes_request(&self) -> bool {
        matches!(self, FixText::SetConditionKey { .. })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::{en, zh_cn};

    /// One sample per variant (two where an optional parameter changes the wording), with distinctive values.
    pub(crate) fn samples() -> Vec<FixText> {
        vec![
            FixText::RemoveDeny {
                source: PolicyKind::Identity,
                policy: 7,
                statement: 13,
            },
            FixText::RemoveDeny {
                source: PolicyKind::Boundary,
                policy: 8,
                statement: 14,
            },
            FixText::AddAction {
                action: "ccc:CreateStaffSample".into(),
                source: PolicyKind::Boundary,
                policy: 41,
                statement: 21,
            },
            FixText::AddResource {
                resource: "qcs::ccc::uin/100000000009:SdkAppId/1400000042".into(),
                source: PolicyKind::Identity,
                policy: 42,
                statement: 22,
            },
            FixText::GrantOperationLevel {
                action: "ccc:DeleteCCCSkillGroupSample".into(),
                source: PolicyKind::Identity,
                policy: 43,
                statement: 23,
            },
            FixText::SetConditionKey {
                source: PolicyKind::Identity,
                policy: 44,
                statement: 24,
                key: "qcs:ip".into(),
                operator: "ip_equal".into(),
                values: vec!["10.9.0.0/16".into(), "192.168.77.0/24".into()],
                request_values: Some(vec!["203.0.113.5".into(), "203.0.113.6".into()]),
                value: "10.9.0.1".into(),
            },
            FixText::SetConditionKey {
                source: PolicyKind::Boundary,
                policy: 45,
                statement: 25,
                key: "qcs:requested_region".into(),
                operator: "string_equal".into(),
                values: vec!["ap-guangzhou-sample".into()],
                request_values: None,
                value: "ap-guangzhou-sample".into(),
            },
            FixText::AddAllowStatement {
                action: "ccc:DescribeStaffInfoListSample".into(),
                resources: vec![
                    "qcs::ccc::uin/100000000009:SdkAppId/1400000043".into(),
                    "qcs::ccc::uin/100000000009:SdkAppId/1400000044".into(),
                ],
                source: PolicyKind::Boundary,
                policy: 31,
                bypasses: vec!["qcs:ip".into()],
            },
            FixText::AddDenyStatement {
                action: "ccc:ModifyStaffSample".into(),
                policy: 32,
            },
            FixText::RemoveAllow {
                source: PolicyKind::Identity,
                policy: 33,
                statement: 34,
            },
        ]
    }

    /// The variant's number and every value its sentence must show. Names every variant: a new one does not
    /// compile until it is listed here, and then fails below until it has a sample.
    fn shown(text: &FixText) -> (usize, Vec<String>) {
        match text {
            FixText::RemoveDeny {
                source: _,
                policy,
                statement,
            } => (0, vec![policy.to_string(), statement.to_string()]),
            FixText::AddAction {
                action,
                policy,
                statement,
                ..
            } => (
                1,
                vec![action.clone(), policy.to_string(), statement.to_string()],
            ),
            FixText::AddResource {
                resource,
                policy,
                statement,
                ..
            } => (
                2,
                vec![resource.clone(), policy.to_string(), statement.to_string()],
            ),
            FixText::GrantOperationLevel {
                action,
                policy,
                statement,
                ..
            } => (
                3,
                vec![action.clone(), policy.to_string(), statement.to_string()],
            ),
            FixText::SetConditionKey {
                source: _,
                policy: _,
                statement,
                key,
                operator,
                values,
                request_values,
                value,
            } => {
                let mut shown = vec![
                    statement.to_string(),
                    key.clone(),
                    operator.clone(),
                    value.clone(),
                ];
                shown.extend(values.iter().cloned());
                shown.extend(request_values.iter().flatten().cloned());
                (4, shown)
            }
            FixText::AddAllowStatement {
                action,
                resources,
                source: _,
                policy,
                bypasses,
            } => {
                let mut shown = vec![action.clone(), policy.to_string()];
                shown.extend(resources.iter().cloned());
                shown.extend(bypasses.iter().cloned());
                (5, shown)
            }
            FixText::AddDenyStatement { action, policy } => {
                (6, vec![action.clone(), policy.to_string()])
            }
            FixText::RemoveAllow {
                source: _,
                policy,
                statement,
            } => (7, vec![policy.to_string(), statement.to_string()]),
        }
    }
    const VARIANTS: usize = 8;

    #[test]
    fn every_fix_is_worded_in_every_locale() {
        let mut seen = std::collections::BTreeSet::new();
        for sample in samples() {
            let (variant, values) = shown(&sample);
            seen.insert(variant);
            let english = en::analysis::fix(&sample);
            let chinese = zh_cn::analysis::fix(&sample);
            assert!(!english.is_empty() && !chinese.is_empty(), "{sample:?}");
            for value in &values {
                assert!(
                    english.contains(value.as_str()),
                    "{english:?} lacks {value:?}"
                );
                assert!(
                    chinese.contains(value.as_str()),
                    "{chinese:?} lacks {value:?}"
                );
            }
            assert!(
                chinese
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{chinese:?} has no Chinese"
            );
        }
        assert_eq!(seen, (0..VARIANTS).collect(), "a variant has no sample");
    }

    #[test]
    fn the_english_wording_is_kept() {
        let words: Vec<String> = samples().iter().map(en::analysis::fix).collect();
        assert_eq!(words[0], "remove the deny statement 13 of policy 7");
        assert_eq!(words[1], "remove the deny statement 14 of boundary 8");
        assert_eq!(
            words[2],
            "add `ccc:CreateStaffSample` to the actions of statement 21 of boundary 41"
        );
        assert_eq!(
            words[3],
            "add the resource qcs::ccc::uin/100000000009:SdkAppId/1400000042 to statement 22 of policy 42"
        );
        assert_eq!(
            words[4],
            "`ccc:DeleteCCCSkillGroupSample` is operation level: grant it in a new statement with resource `*` (statement 23 of policy 43 names specific resources, rule R5)"
        );
        assert_eq!(
            words[5],
            "statement 24 of policy 44 needs qcs:ip ip_equal `10.9.0.0/16`, `192.168.77.0/24` (the request has 203.0.113.5, 203.0.113.6): change the request's qcs:ip to `10.9.0.1`"
        );
        assert_eq!(
            words[6],
            "statement 25 of boundary 45 needs qcs:requested_region string_equal `ap-guangzhou-sample` (the request has none): change the request's qcs:requested_region to `ap-guangzhou-sample`"
        );
        assert_eq!(
            words[7],
            "add a statement allowing `ccc:DescribeStaffInfoListSample` on qcs::ccc::uin/100000000009:SdkAppId/1400000043, qcs::ccc::uin/100000000009:SdkAppId/1400000044 to boundary 31 (this bypasses the condition on qcs:ip)"
        );
        assert_eq!(
            words[8],
            "add a statement denying `ccc:ModifyStaffSample` to policy 32"
        );
        assert_eq!(
            words[9],
            "remove statement 34 of policy 33, which allows it"
        );
    }
}
