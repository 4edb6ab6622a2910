//! Request + catalog → the resources CAM checks (rules R5, R6, R7).

use super::{ApiFacts, Request, RequestText, ResolvedRequest, ResourceOrigin};
use crate::catalog::{params_among, template_parts, Catalog, Granularity, TemplatePart};
use crate::diagnostic::Diagnostic;
use crate::json::Span;
use crate::resource_name::ResourceName;
use crate::rules::Rule;
use crate::suggest::closest;

/// Where the request's parts were written, so resolution problems point at them.
pub(crate) struct Locations {
    pub whole: Span,
    pub action: Span,
    /// Each request parameter's value, by name.
    pub params: Vec<(String, Span)>,
    pub resource: Option<Span>,
    pub principal: Option<Span>,
}

impl Locations {
    pub fn new(whole: Span) -> Self {
        Locations {
            whole,
            action: whole,
            params: Vec::new(),
            resource: None,
            principal: None,
        }
    }
}

/// Resolves a request built in code (the UI's request builder). Diagnostics carry no useful location.
pub fn resolve(request: Request, catalog: &Catalog) -> Result<ResolvedRequest, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    resolve_located(
        request,
        catalog,
        &Locations::new(Span::default()),
        &mut diagnostics,
    )
    .filter(|_| !diagnostics.iter().any(Diagnostic::is_error))
    .ok_or(diagnostics)
}

pub(crate) fn resolve_located(
    request: Request,
    catalog: &Catalog,
    at: &Locations,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<ResolvedRequest> {
    let action = request.action.as_str();
    let Some((service, api_name)) = action
        .split_once(':')
        .filter(|(s, a)| !s.is_empty() && !a.is_empty() && !action.contains('*'))
    else {
        diagnostics.push(Diagnostic::new(
            RequestText::NotConcreteAction {
                action: action.to_string(),
            },
            at.action,
            "$.action",
        ));
        return None;
    };
    let mut assumptions = Vec::new();
    let api = catalog.api_for_action(action);
    if api.is_none() {
        if let Some(product) = catalog.product(service) {
            let suggestion = closest(api_name, product.apis.iter().map(|a| a.name.as_str()), 0.85)
                .map(|s| format!("{service}:{s}"));
            diagnostics.push(Diagnostic::new(
                RequestText::UnknownApi {
                    action: action.to_string(),
                    product: product.name.clone(),
                    suggestion,
                },
                at.action,
                "$.action",
            ));
        }
    }
    let (resources, resource_origin) = match api {
        Some((_, api)) if api.granularity == Granularity::Operation => {
            if !request.resource.is_empty() {
                diagnostics.push(Diagnostic::new(
                    RequestText::ResourceIgnored {
                        api: api.name.clone(),
                    },
                    at.resource.unwrap_or(at.whole),
                    "$.resource",
                ));
            }
            (
                vec!["*".to_string()],
                ResourceOrigin::OperationLevel {
                    ignored_resource: request.resource.clone(),
                },
            )
        }
        Some((_, api)) if request.resource.is_empty() => {
            let resources = from_template(&request, &api.resource_template, at, diagnostics)?;
            if api.has_empty_account_uin() {
                assumptions.push(Rule::R6);
            }
            (
                resources,
                ResourceOrigin::Template {
                    template: api.resource_template.clone(),
                },
            )
        }
        _ if request.resource.is_empty() => {
            diagnostics.push(Diagnostic::new(
                RequestText::MissingResource {
                    action: action.to_string(),
                },
                at.action,
                "$.resource",
            ));
            return None;
        }
        _ => (request.resource.clone(), ResourceOrigin::Given),
    };
    for resource in &resources {
        let well_formed = ResourceName::split(resource).is_ok_and(|name| name.prefix() == "qcs");
        if resource != "*" && !well_formed {
            diagnostics.push(Diagnostic::new(
                RequestText::BadResource {
                    resource: resource.clone(),
                },
                at.resource.unwrap_or(at.whole),
                "$.resource",
            ));
            return None;
        }
    }
    if resources.len() > 1 {
        assumptions.push(Rule::R7);
    }
    Some(ResolvedRequest {
        api: api.map(|(product, api)| ApiFacts {
            product: product.abbreviation.clone(),
            name: api.name.clone(),
            granularity: api.granularity,
            resource_template: api.resource_template.clone(),
            category: api.category,
            tag_authorization: product.tag_authorization,
        }),
        request,
        resources,
        resource_origin,
        assumptions,
    })
}

/// Fills `${uin}` (and a bare `uin/`, rule R6) with the owner's root UIN and every other `${Param}` with each
/// value of the request's `params.Param` (`${SdkAppId}` for ccc): several values make several resources (rule R7).
fn from_template(
    request: &Request,
    template: &str,
    at: &Locations,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<String>> {
    // Read once: the template is walked for the owner, the parameters and the filling.
    let parts: Vec<TemplatePart> = template_parts(template).collect();
    let needs_owner = parts.contains(&TemplatePart::Owner);
    let owner = request.principal.owner_uin.as_deref();
    if needs_owner && owner.is_none() {
        diagnostics.push(Diagnostic::new(
            RequestText::MissingOwnerUin {
                action: request.action.clone(),
            },
            at.principal.unwrap_or(at.whole),
            "$.principal.owner_uin",
        ));
        return None;
    }
    let mut values: Vec<(&str, Vec<String>)> = Vec::new();
    for param in params_among(parts.iter().copied()) {
        let given: Vec<String> = match request.params.get(param) {
            Some(serde_json::Value::Array(items)) => items.iter().filter_map(id_text).collect(),
            Some(value) => id_text(value).into_iter().collect(),
            None => Vec::new(),
        };
        if given.is_empty() {
            let written = at.params.iter().find(|(name, _)| name == param);
            diagnostics.push(Diagnostic::new(
                RequestText::MissingResourceParam {
                    action: request.action.clone(),
                    param: param.to_string(),
                },
                written.map_or(at.action, |(_, span)| *span),
                format!("$.params.{param}"),
            ));
            return None;
        }
        values.push((param, given));
    }
    Some(fill(&parts, owner.unwrap_or_default(), &values))
}

/// The template with `${uin}` and a bare `uin/:` filled with the owner, and every other `${Param}` with each of
/// its values: one resource per combination. One pass over the template, so a value is never filled again.
fn fill(parts: &[TemplatePart], owner: &str, values: &[(&str, Vec<String>)]) -> Vec<String> {
    // Room for the template's text and ids of ordinary length, so a resource is rarely grown.
    let room = (parts.iter())
        .map(|part| match part {
            TemplatePart::Text(text) => text.len(),
            _ => 20,
        })
        .sum();
    let mut resources = vec![String::with_capacity(room)];
    let append = |resources: &mut Vec<String>, text: &str| {
        resources.iter_mut().for_each(|r| r.push_str(text));
    };
    for &part in parts {
        let (name, written) = match part {
            TemplatePart::Text(text) => (None, text),
            TemplatePart::Owner => (None, owner),
            TemplatePart::Param { name, written } => (Some(name), written),
        };
        let filled = name.and_then(|name| values.iter().find(|(param, _)| *param == name));
        match filled.map(|(_, given)| given.as_slice()) {
            Some([one]) => append(&mut resources, one),
            Some(several) => {
                resources = (resources.iter())
                    .flat_map(|r| several.iter().map(move |v| format!("{r}{v}")))
                    .collect();
            }
            None => append(&mut resources, written),
        }
    }
    resources
}

fn id_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
        // A whole number is written by the integer's own `to_string` (the digits serde_json writes), which skips
        // the formatting machinery: a request's ids are numbers on every call.
        serde_json::Value::Number(n) => Some(match (n.as_u64(), n.as_i64()) {
            (Some(whole), _) => whole.to_string(),
            (None, Some(negative)) => negative.to_string(),
            _ => n.to_string(),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::catalog::{template_parts, TemplatePart};

    #[test]
    fn a_numeric_id_is_written_as_serde_json_writes_it() {
        for text in [
            "1400000000",
            "0",
            "-5",
            "18446744073709551615",
            "-9223372036854775808",
            "1.5",
            "1e3",
            "12.0",
        ] {
            let value: serde_json::Value = serde_json::from_str(text).expect("a number");
            assert_eq!(super::id_text(&value), Some(value.to_string()), "{text}");
        }
    }

    fn fill(template: &str, owner: &str, values: &[(&str, Vec<String>)]) -> Vec<String> {
        let parts: Vec<TemplatePart> = template_parts(template).collect();
        super::fill(&parts, owner, values)
    }

    #[test]
    fn fill_fills_each_placeholder_once_and_multiplies_several_values() {
        let ids = |values: &[&str]| values.iter().map(|v| v.to_string()).collect::<Vec<_>>();
        assert_eq!(
            fill(
                "qcs::ccc::uin/${uin}:SdkAppId/${SdkAppId}",
                "1",
                &[("SdkAppId", ids(&["14"]))]
            ),
            ["qcs::ccc::uin/1:SdkAppId/14"]
        );
        // A bare `uin/:` is the owner's account (rule R6); several values make several resources (rule R7).
        assert_eq!(
            fill(
                "qcs::ccc::uin/:a/${A}/b/${B}",
                "1",
                &[("A", ids(&["x", "y"])), ("B", ids(&["z"]))]
            ),
            ["qcs::ccc::uin/1:a/x/b/z", "qcs::ccc::uin/1:a/y/b/z"]
        );
        // A value is never filled again, and what is no placeholder stays as written.
        assert_eq!(
            fill("t/${A}", "1", &[("A", ids(&["${uin}"]))]),
            ["t/${uin}"]
        );
        assert_eq!(
            fill("t/${}/${Unknown}/${open", "1", &[]),
            ["t/${}/${Unknown}/${open"]
        );
    }
}
