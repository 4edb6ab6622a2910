//! Policy generator: chosen APIs, resource ids and optional conditions → the smallest correct policy.
//! Resource-level APIs go under their templates filled with each id (`${SdkAppId}` for ccc; grouped by the
//! resources they need), operation-level APIs in a separate statement on `*` (rule R5).

use serde::Deserialize;
use serde_json::{json, Value};

use crate::catalog::{Catalog, Granularity};

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
    /// `[from, until)` as ISO 8601 UTC times.
    #[serde(default)]
    pub time_window: Option<(String, String)>,
}

/// The policy as pretty JSON text.
pub fn generate(input: &GeneratorInput, catalog: &Catalog) -> String {
    let mut condition = serde_json::Map::new();
    if !input.ip_ranges.is_empty() {
        condition.insert("ip_equal".into(), json!({ "qcs:ip": input.ip_ranges }));
    }
    if let Some((from, until)) = &input.time_window {
        condition.insert(
            "date_greater_than_equal".into(),
            json!({ "qcs:current_time": from }),
        );
        condition.insert(
            "date_less_than".into(),
            json!({ "qcs:current_time": until }),
        );
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
            let mut statement =
                json!({"effect": "allow", "action": actions, "resource": resources});
            if !condition.is_empty() {
                statement["condition"] = Value::Object(condition.clone());
            }
            statement
        })
        .collect();
    let text = serde_json::to_string(&json!({"version": "2.0", "statement": statements}))
        .unwrap_or_default();
    crate::json::format(&text).unwrap_or(text)
}
