//! "Copy as Markdown": the decision, the request, the deciding statements, the reasoning and the share link, ready
//! to paste into a ticket.

use super::Locale;
use crate::explain::{mark, steps, Message, Status};
use crate::vocabulary::Label;
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
            "### {}{}{}\n\n{}\n\n",
            locale.label(Label::MarkdownHeading),
            locale.colon(),
            locale.label(Label::MarkdownNotEvaluated),
            locale.label(Label::MarkdownErrors)
        ));
        for d in result
            .by_kind()
            .flat_map(|(_, set)| set)
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
        out.push_str(&tests_section(workspace, result, locale));
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
        (true, _) => locale.aside(locale.label(Label::Hypothetical)),
        (false, true) => String::new(),
        (false, false) => locale.aside(locale.label(Label::NotAuthoritative)),
    };
    out.push_str(&format!(
        "### {}{}{headline}{authority}\n\n",
        locale.label(Label::MarkdownHeading),
        locale.colon()
    ));
    let steps = steps(evaluation, request);
    let refusals = steps
        .iter()
        .take_while(|s| matches!(s.message, Message::Refused { .. }));
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
            .join(locale.list_separator())
    ));
    out.push_str(&fenced("json", &workspace.request));
    if !evaluation.deciding.is_empty() {
        out.push_str(&format!(
            "\n**{}**\n\n",
            locale.label(Label::MarkdownDeciding)
        ));
        for d in &evaluation.deciding {
            let Some(policy) = workspace.policies_in(d.source).get(d.policy) else {
                continue;
            };
            let heading = Message::NamedStatement {
                source: d.source,
                number: d.statement + 1,
                name: policy.name.clone(),
                line: d.span.line,
            };
            out.push_str(&format!("{}\n\n", locale.render(&heading)));
            out.push_str(&fenced("json", &dedented(&policy.text, d.span)));
        }
    }
    out.push_str(&format!("\n**{}**\n\n", locale.label(Label::MarkdownSteps)));
    for step in steps.iter().skip(refusals.count() + 1) {
        // The list bullet already marks a plain step; only pass, fail, warn and skip get a sign of their own.
        let mark = match step.status {
            Status::Info => String::new(),
            status => format!("{} ", mark(status)),
        };
        out.push_str(&format!(
            "{}- {mark}{}\n",
            "  ".repeat(step.depth as usize),
            locale.render(&step.message)
        ));
    }
    out.push_str(&tests_section(workspace, result, locale));
    if let Some(link) = link {
        out.push_str(&format!(
            "\n[{}]({link})\n",
            locale.label(Label::MarkdownOpen)
        ));
    }
    out
}

/// The pinned cases with their results (issue 28): a line per case, and why a failed one failed.
fn tests_section(workspace: &Workspace, result: &WorkspaceResult, locale: Locale) -> String {
    use super::tests_panel::{case_lines, TestsText};
    if workspace.cases.is_empty() {
        return String::new();
    }
    let checked =
        crate::suite::playground::check(workspace, result, crate::catalog::Catalog::builtin());
    let mut out = format!(
        "\n**{}{}** {}\n\n",
        locale.tests_text(&TestsText::Title),
        locale.colon().trim_end(),
        locale.tests_text(&TestsText::Summary {
            passed: checked.passed(),
            total: checked.cases.len(),
        })
    );
    for (case, check) in workspace.cases.iter().zip(&checked.cases) {
        let (sign, status) = match &check.outcome {
            crate::suite::playground::Outcome::Passed => ("✓", TestsText::Passed),
            crate::suite::playground::Outcome::Failed(_) => ("✗", TestsText::Failed),
            crate::suite::playground::Outcome::NotRun(_) => ("!", TestsText::NotRun),
        };
        out.push_str(&format!(
            "- {sign} `{}`{}{}{}\n",
            case.name.replace('`', "'"),
            locale.colon(),
            locale.tests_text(&status),
            locale.aside(&locale.tests_text(&TestsText::Expects {
                expect: case.expect
            }))
        ));
        for line in case_lines(check, &checked, locale) {
            out.push_str(&format!("  - {line}\n"));
        }
    }
    out
}

/// A statement's text as the policy shows it, from the start of its first line, with the indentation all its
/// lines share removed (the first line no longer sits left of the others).
fn dedented(text: &str, span: crate::json::Span) -> String {
    let line_start = text
        .get(..span.start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |i| i + 1);
    // A statement that starts mid-line (a one-line policy) starts at itself, not at its line (finding 27).
    let mid_line = text
        .get(line_start..span.start)
        .is_some_and(|before| !before.trim().is_empty());
    let start = if mid_line { span.start } else { line_start };
    let Some(snippet) = text.get(start..span.end) else {
        return String::new();
    };
    let indent = snippet
        .lines()
        .skip(usize::from(mid_line))
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    snippet
        .lines()
        .map(|l| l.get(indent..).unwrap_or(l.trim_start()))
        .collect::<Vec<_>>()
        .join("\n")
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

    /// Issue 28: the export lists the pinned cases with their results, a failed one with why.
    #[test]
    fn the_markdown_lists_the_cases_with_their_results() {
        let mut workspace = crate::examples::default_example().workspace();
        let result = workspace.run(Catalog::builtin());
        let pinned = crate::suite::playground::pin(&workspace, &result).unwrap();
        let mut wrong = pinned.clone();
        wrong.name = "should be allowed".into();
        wrong.expect = crate::workspace::Expect::Allow;
        workspace.cases = vec![pinned, wrong];
        let result = workspace.run(Catalog::builtin());
        let text = markdown(
            &workspace,
            &result,
            Some("https://x.test/#s2.y"),
            Locale::En,
        );
        assert!(text.contains("**Tests:** 1 of 2 cases pass\n"), "{text}");
        assert!(
            text.contains(
                "- ✓ `ccc:DeleteCCCSkillGroup → implicit_deny`: passes (expects implicit deny)\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("- ✗ `should be allowed`: fails (expects allow)\n  - expected allow, got implicit deny\n"),
            "{text}"
        );
        let chinese = markdown(&workspace, &result, None, Locale::ZhCn);
        assert!(
            chinese.contains("**测试用例：** 2 个用例中有 1 个通过\n"),
            "{chinese}"
        );
        assert!(
            chinese.contains("  - 预期允许，实际为隐式拒绝\n"),
            "{chinese}"
        );
    }

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
        let chinese = markdown(&workspace, &result, None, Locale::ZhCn);
        assert!(chinese.starts_with("### CAM 结论：隐式拒绝\n"), "{chinese}");
        assert!(
            chinese.contains("**请求：** `ccc:DeleteCCCSkillGroup` → `*`"),
            "{chinese}"
        );
        assert_eq!(fenced("", "a ``` b"), "````\na ``` b\n````\n");
        assert!(!text.contains("**Tests:**"), "no cases, no section");
        assert!(!text.contains("- · "), "no doubled bullets: {text}");
        let policy = "{\n  \"statement\": [\n    {\n      \"effect\": \"deny\"\n    }\n  ]\n}";
        let start = policy.find("    {").unwrap() + 4;
        let end = policy.find("    }").unwrap() + 5;
        let span = crate::json::Span {
            start,
            end,
            line: 3,
            column: 5,
        };
        assert_eq!(dedented(policy, span), "{\n  \"effect\": \"deny\"\n}");
        // Issue 27, finding 27: a one-line policy gives the statement, not the document's start.
        let one_line = r#"{"version": "1.0", "statement": [{"effect": "allow", "action": "ccc:*", "resource": "*"}]}"#;
        let start = one_line.find("{\"effect").unwrap();
        let end = one_line.find("}]").unwrap() + 1;
        let span = crate::json::Span {
            start,
            end,
            line: 1,
            column: start + 1,
        };
        assert_eq!(
            dedented(one_line, span),
            r#"{"effect": "allow", "action": "ccc:*", "resource": "*"}"#
        );
    }
}
