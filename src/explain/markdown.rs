//! "Copy as Markdown": the decision, the request, the deciding statements, the reasoning and the share link, ready
//! to paste into a ticket.

use super::{mark, steps};
use crate::eval::trace::Source;
use crate::i18n::Locale;
use crate::workspace::{Workspace, WorkspaceResult};

pub fn markdown(
    workspace: &Workspace,
    result: &WorkspaceResult,
    link: Option<&str>,
    locale: Locale,
) -> String {
    let mut out = String::new();
    let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) else {
        out.push_str(
            "### CAM decision: not evaluated\n\nThe policies or the request have errors:\n\n",
        );
        for d in result
            .policies
            .iter()
            .chain(&result.boundary)
            .flat_map(|p| &p.diagnostics)
            .chain(&result.request.diagnostics)
        {
            if d.is_error() {
                out.push_str(&format!(
                    "- {}:{} `{}` {}\n",
                    d.span.line,
                    d.span.column,
                    d.code,
                    d.words(locale).message
                ));
            }
        }
        if let Some(link) = link {
            out.push_str(&format!("\n[Open in the CAM Policy Playground]({link})\n"));
        }
        return out;
    };
    let headline = locale.label(crate::explain::Label::from(evaluation.decision));
    let authority = match (evaluation.hypothetical(), evaluation.authoritative) {
        (true, _) => " (hypothetical: CAM would refuse a policy)",
        (false, true) => "",
        (false, false) => " (not authoritative)",
    };
    out.push_str(&format!("### CAM decision: {headline}{authority}\n\n"));
    let steps = steps(evaluation, request);
    let refusals = steps
        .iter()
        .take_while(|s| matches!(s.message, super::Message::Refused { .. }));
    for step in refusals.clone() {
        out.push_str(&format!("> {}\n\n", locale.render(&step.message)));
    }
    out.push_str(&format!(
        "**Request:** `{}` on {}\n\n",
        request.request.action,
        request
            .resources
            .iter()
            .map(|r| format!("`{r}`"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    out.push_str(&fenced("json", &workspace.request));
    if !evaluation.deciding.is_empty() {
        out.push_str("\n**Deciding statements:**\n\n");
        for d in &evaluation.deciding {
            let (set, kind) = match d.source {
                Source::Policy => (&workspace.policies, "policy"),
                Source::Boundary => (&workspace.boundary, "boundary"),
            };
            let Some(policy) = set.get(d.policy) else {
                continue;
            };
            out.push_str(&format!(
                "Statement {} of {kind} `{}` (line {}):\n\n",
                d.statement + 1,
                policy.name,
                d.span.line
            ));
            out.push_str(&fenced(
                "json",
                policy
                    .text
                    .get(d.span.start..d.span.end)
                    .unwrap_or_default(),
            ));
        }
    }
    out.push_str("\n**Step by step:**\n\n");
    for step in steps.iter().skip(refusals.count() + 1) {
        let mark = mark(step.status);
        out.push_str(&format!(
            "{}- {mark} {}\n",
            "  ".repeat(step.depth as usize),
            locale.render(&step.message)
        ));
    }
    if let Some(link) = link {
        out.push_str(&format!("\n[Open in the CAM Policy Playground]({link})\n"));
    }
    out
}

/// A fenced code block whose fence cannot be closed by the content.
fn fenced(language: &str, content: &str) -> String {
    let mut fence = "```".to_string();
    while content.contains(&fence) {
        fence.push('`');
    }
    format!("{fence}{language}\n{}\n{fence}\n", content.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn a_ticket_ready_summary() {
        let workspace = crate::examples::default_example().workspace();
        let result = workspace.run(Catalog::builtin());
        let text = markdown(
            &workspace,
            &result,
            Some("https://example.test/#s1.x"),
            Locale::En,
        );
        assert!(
            text.starts_with("### CAM decision: Implicitly denied\n"),
            "{text}"
        );
        assert!(text.contains("**Request:** `ccc:DeleteCCCSkillGroup` on `*`"));
        assert!(text.contains("operation-level API, so CAM checks the resource `*`"));
        assert!(text.ends_with("[Open in the CAM Policy Playground](https://example.test/#s1.x)\n"));
        assert_eq!(fenced("", "a ``` b"), "````\na ``` b\n````\n");
    }
}
