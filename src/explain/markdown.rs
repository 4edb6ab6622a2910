//! "Copy as Markdown": the decision, the request, the deciding statements, the reasoning and the share link, ready
//! to paste into a ticket.

use super::{mark, steps, Label, Message};
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
        out.push_str(&format!(
            "### {}: {}\n\n{}\n\n",
            locale.label(Label::MarkdownHeading),
            locale.label(Label::MarkdownNotEvaluated),
            locale.label(Label::MarkdownErrors)
        ));
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
            out.push_str(&format!(
                "\n[{}]({link})\n",
                locale.label(Label::MarkdownOpen)
            ));
        }
        return out;
    };
    let headline = locale.label(Label::from(evaluation.decision));
    let authority = match (evaluation.hypothetical(), evaluation.authoritative) {
        (true, _) => format!(" ({})", locale.label(Label::Hypothetical)),
        (false, true) => String::new(),
        (false, false) => format!(" ({})", locale.label(Label::NotAuthoritative)),
    };
    out.push_str(&format!(
        "### {}: {headline}{authority}\n\n",
        locale.label(Label::MarkdownHeading)
    ));
    let steps = steps(evaluation, request);
    let refusals = steps
        .iter()
        .take_while(|s| matches!(s.message, super::Message::Refused { .. }));
    for step in refusals.clone() {
        out.push_str(&format!("> {}\n\n", locale.render(&step.message)));
    }
    out.push_str(&format!(
        "**{}** `{}` → {}\n\n",
        locale.label(Label::MarkdownRequest),
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
        out.push_str(&format!(
            "\n**{}**\n\n",
            locale.label(Label::MarkdownDeciding)
        ));
        for d in &evaluation.deciding {
            let set = match d.source {
                Source::Policy => &workspace.policies,
                Source::Boundary => &workspace.boundary,
            };
            let Some(policy) = set.get(d.policy) else {
                continue;
            };
            let heading = Message::NamedStatement {
                source: d.source,
                number: d.statement + 1,
                name: policy.name.clone(),
                line: d.span.line,
            };
            out.push_str(&format!("{}\n\n", locale.render(&heading)));
            out.push_str(&fenced(
                "json",
                policy
                    .text
                    .get(d.span.start..d.span.end)
                    .unwrap_or_default(),
            ));
        }
    }
    out.push_str(&format!("\n**{}**\n\n", locale.label(Label::MarkdownSteps)));
    for step in steps.iter().skip(refusals.count() + 1) {
        let mark = mark(step.status);
        out.push_str(&format!(
            "{}- {mark} {}\n",
            "  ".repeat(step.depth as usize),
            locale.render(&step.message)
        ));
    }
    if let Some(link) = link {
        out.push_str(&format!(
            "\n[{}]({link})\n",
            locale.label(Label::MarkdownOpen)
        ));
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
        assert!(text.contains("**Request:** `ccc:DeleteCCCSkillGroup` → `*`"));
        assert!(text.contains("operation-level API, so CAM checks the resource `*`"));
        assert!(text.ends_with("[Open in the CAM Policy Playground](https://example.test/#s1.x)\n"));
        assert_eq!(fenced("", "a ``` b"), "````\na ``` b\n````\n");
    }
}
