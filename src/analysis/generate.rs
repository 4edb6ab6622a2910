//! Policy generator: chosen APIs, resource ids and optional conditions → the smallest correct policy.
//! Resource-level APIs go under their templates filled with each id (`${SdkAppId}` for ccc; grouped by the
//! resources they need), operation-level APIs in a separate statement on `*` (rule R5).

use serde::Deserialize;
use serde_json::Value;

use crate::catalog::{Catalog, Granularity};
use crate::fields::{self, FieldProblem};
use crate::json::writer;

#[derive(Clone, Debug, Default, Deserialize)]
pub struct GeneratorInput {
    /// Actions such as `ccc:CreateStaff`; names outside the catalog are ignored.
    pub actions: Vec<String>,
    /// The ids written into the templates' parameters (SdkAppIds for ccc).
    #[serde(alias = "sdk_app_ids")]
    pub resource_ids: Vec<String>,
    /// The owner's root UIN, written into the account segment (never `${uin}`: rule V2).
    pub owner_uin: String,
    #[serde(default)]
    pub ip_ranges: Vec<String>,
    /// `[from, until)` as ISO 8601 UTC times; an empty end leaves that side open.
    #[serde(default)]
    pub time_window: Option<(String, String)>,
}

/// The generator's fields as typed: ids, IP ranges and the time window's ends.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GeneratorFields {
    pub ids: String,
    pub ips: String,
    pub from: String,
    pub until: String,
}

/// What is wrong with each of the generator's fields (`fields`, the engine's own readers and words).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldReport {
    pub ids: Vec<FieldProblem>,
    pub ips: Vec<FieldProblem>,
    pub window: Vec<FieldProblem>,
}

impl FieldReport {
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty() && self.ips.is_empty() && self.window.is_empty()
    }
}

impl GeneratorInput {
    /// The input the fields describe (lists split on `,`, `，`, `、` and white space), or `None` while a field has
    /// a problem: nothing typed is turned into a policy that means something else.
    pub fn from_fields(
        actions: Vec<String>,
        owner_uin: String,
        fields: &GeneratorFields,
        catalog: &Catalog,
    ) -> (Option<GeneratorInput>, FieldReport) {
        let params = catalog.form_params("");
        // An id is wrong when no resource parameter of the catalog takes it.
        let ids: Vec<FieldProblem> = params
            .iter()
            .map(|param| fields::check_ids(param, &fields.ids))
            .min_by_key(Vec::len)
            .unwrap_or_default();
        let report = FieldReport {
            ids,
            ips: fields::check_ip_ranges(&fields.ips),
            window: fields::check_window(&fields.from, &fields.until),
        };
        let list = |text: &str| -> Vec<String> {
            fields::split_list(text)
                .into_iter()
                .map(String::from)
                .collect()
        };
        let (from, until) = (fields.from.trim(), fields.until.trim());
        let input = GeneratorInput {
            actions,
            resource_ids: list(&fields.ids),
            owner_uin,
            ip_ranges: list(&fields.ips),
            time_window: (!from.is_empty() || !until.is_empty())
                .then(|| (from.to_string(), until.to_string())),
        };
        (report.is_empty().then_some(input), report)
    }
}

/// The account whose resources the generated policy names: the request's `owner_uin`, else the example account
/// 100000000001, so the policy still shows each template's shape.
pub fn owner_for(request: &str) -> String {
    crate::request::read_request(request)
        .and_then(|r| r.principal.owner_uin)
        .unwrap_or_else(|| "100000000001".into())
}

/// The policy as pretty JSON text.
pub fn generate(input: &GeneratorInput, catalog: &Catalog) -> String {
    let mut condition = serde_json::Map::new();
    if !input.ip_ranges.is_empty() {
        condition.insert(
            "ip_equal".into(),
            object([("qcs:ip", input.ip_ranges.clone().into())]),
        );
    }
    if let Some((from, until)) = &input.time_window {
        if !from.trim().is_empty() {
            condition.insert(
                "date_greater_than_equal".into(),
                object([("qcs:current_time", from.trim().into())]),
            );
        }
        if !until.trim().is_empty() {
            condition.insert(
                "date_less_than".into(),
                object([("qcs:current_time", until.trim().into())]),
            );
        }
    }
    // Group by the resources each API needs: one statement per distinct resource list.
    let mut groups: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    for action in &input.actions {
        let Some((product, api)) = catalog.api_for_action(action) else {
            continue;
        };
        let resources: Vec<String> = match api.granularity {
            Granularity::Operation => vec!["*".into()],
            Granularity::Resource => {
                let with_owner = api
                    .resource_template
                    .replace("${uin}", &input.owner_uin)
                    .replace("uin/:", &format!("uin/{}:", input.owner_uin));
                let params = api.resource_params();
                if params.is_empty() {
                    vec![with_owner]
                } else {
                    input
                        .resource_ids
                        .iter()
                        .map(|id| {
                            params.iter().fold(with_owner.clone(), |resource, param| {
                                resource.replace(&format!("${{{param}}}"), id)
                            })
                        })
                        .collect()
                }
            }
        };
        if resources.is_empty() {
            continue;
        }
        let name = format!("{}:{}", product.abbreviation, api.name);
        match groups.iter_mut().find(|(r, _)| *r == resources) {
            Some((_, actions)) => {
                if !actions.contains(&name) {
                    actions.push(name)
                }
            }
            None => groups.push((resources, vec![name])),
        }
    }
    let statements: Vec<Value> = groups
        .into_iter()
        .map(|(resources, actions)| {
            let mut statement = object([
                ("effect", "allow".into()),
                ("action", actions.into()),
                ("resource", resources.into()),
            ]);
            if !condition.is_empty() {
                statement["condition"] = Value::Object(condition.clone());
            }
            statement
        })
        .collect();
    let text = writer::compact(&object([
        ("version", "2.0".into()),
        ("statement", statements.into()),
    ]));
    crate::json::format(&text).unwrap_or(text)
}

/// A JSON object of these members, in this order. Built from values, not with `json!`, which goes through
/// serde's serializer (`to_value`) for every member.
fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
    Value::Object(
        members
            .into_iter()
            .map(|(key, value)| (key.to_string(), value))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(ids: &str, ips: &str, from: &str, until: &str) -> GeneratorFields {
        GeneratorFields {
            ids: ids.into(),
            ips: ips.into(),
            from: from.into(),
            until: until.into(),
        }
    }

    fn read(fields: &GeneratorFields) -> (Option<String>, FieldReport) {
        let catalog = Catalog::builtin();
        let actions = vec!["ccc:CreateStaff".to_string()];
        let (input, report) =
            GeneratorInput::from_fields(actions, "100000000001".into(), fields, catalog);
        (input.map(|input| generate(&input, catalog)), report)
    }

    /// Issue 27, finding 4: what the generator's fields turn into, case by case.
    #[test]
    fn fields_become_the_policy_they_say_or_none() {
        let (policy, report) = read(&fields("1400000000，1400000001", "", "", ""));
        let policy = policy.unwrap();
        assert!(report.is_empty());
        assert!(policy.contains("SdkAppId/1400000000\""), "{policy}");
        assert!(policy.contains("SdkAppId/1400000001\""), "{policy}");
        assert!(!policy.contains('，'));
        let (policy, _) = read(&fields(
            "1400000000、1400000001",
            "10.0.0.0/8，203.0.113.0/24",
            "",
            "",
        ));
        assert!(policy.unwrap().contains("\"203.0.113.0/24\""));
        // Start only: one condition, no silent drop.
        let (policy, _) = read(&fields("1400000000", "", "2026-11-28T01:00:00Z", ""));
        let policy = policy.unwrap();
        assert!(
            policy.contains("date_greater_than_equal") && !policy.contains("date_less_than"),
            "{policy}"
        );
        let (policy, _) = read(&fields("1400000000", "", "", "2026-11-28T10:00:00Z"));
        assert!(policy.unwrap().contains("date_less_than"));
        // Each bad field: no policy, and the field's problem.
        type Count = fn(&FieldReport) -> usize;
        let cases: &[(GeneratorFields, Count)] = &[
            (fields("14000000x", "", "", ""), |r| r.ids.len()),
            (fields("abc，1400000000", "", "", ""), |r| r.ids.len()),
            (fields("1400000000", "10.0.0.300", "", ""), |r| r.ips.len()),
            (fields("1400000000", "", "2026/11/28 10:00", ""), |r| {
                r.window.len()
            }),
            (
                fields(
                    "1400000000",
                    "",
                    "2026-11-28T10:00:00Z",
                    "2026-11-28T01:00:00Z",
                ),
                |r| r.window.len(),
            ),
        ];
        for (typed, count) in cases {
            let (policy, report) = read(typed);
            assert_eq!(policy, None, "{typed:?}");
            assert_eq!(count(&report), 1, "{typed:?}: {report:?}");
        }
    }
}
