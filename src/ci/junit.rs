//! JUnit XML as GitHub and GitLab test reporters read it: `<testsuites>` of `<testsuite>`s of `<testcase>`s, a
//! `<failure>` in a failed case, counts on every suite. Written by hand with a small escaper: five entities in
//! text and attributes, line breaks and tabs as character references in attributes (so they survive
//! attribute normalization), and the characters XML 1.0 cannot hold replaced by U+FFFD.

use super::{Finding, TestReport};
use crate::diagnostic::Severity;
use crate::i18n::Locale;

pub struct Suite {
    pub name: String,
    pub cases: Vec<Case>,
}

pub struct Case {
    pub classname: String,
    pub name: String,
    /// A failure's message (an attribute) and details (the element's text).
    pub failure: Option<(String, String)>,
    /// Input that could not be read: an `<error>`.
    pub error: Option<(String, String)>,
    pub system_out: Option<String>,
}

/// Escapes text for an XML element's content or an attribute value.
pub fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\r' if attribute => out.push_str("&#13;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

pub fn xml(name: &str, suites: &[Suite]) -> String {
    let count = |f: &dyn Fn(&Case) -> bool| -> usize {
        suites
            .iter()
            .flat_map(|s| &s.cases)
            .filter(|c| f(c))
            .count()
    };
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
        escape(name, true),
        count(&|_| true),
        count(&|c| c.failure.is_some()),
        count(&|c| c.error.is_some()),
    ));
    for suite in suites {
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\">\n",
            escape(&suite.name, true),
            suite.cases.len(),
            suite.cases.iter().filter(|c| c.failure.is_some()).count(),
            suite.cases.iter().filter(|c| c.error.is_some()).count(),
        ));
        for case in &suite.cases {
            out.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\"",
                escape(&case.classname, true),
                escape(&case.name, true)
            ));
            if case.failure.is_none() && case.error.is_none() && case.system_out.is_none() {
                out.push_str("/>\n");
                continue;
            }
            out.push_str(">\n");
            for (element, content) in [("failure", &case.failure), ("error", &case.error)] {
                if let Some((message, details)) = content {
                    out.push_str(&format!(
                        "      <{element} message=\"{}\">{}</{element}>\n",
                        escape(message, true),
                        escape(details, false)
                    ));
                }
            }
            if let Some(text) = &case.system_out {
                out.push_str(&format!(
                    "      <system-out>{}</system-out>\n",
                    escape(text, false)
                ));
            }
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// Lint as JUnit: a suite per policy file, a case per finding (failed when its severity is error, the
/// severity that makes `camctl lint` exit 1; the others pass with their words as output), and one passing case
/// for a file without findings. Suppressed findings are left out.
pub fn lint(files: &[String], findings: &[Finding], locale: Locale) -> String {
    let suites: Vec<Suite> = files
        .iter()
        .map(|file| {
            let mut cases: Vec<Case> = findings
                .iter()
                .filter(|f| &f.file == file && f.suppressed.is_none())
                .map(|f| {
                    let d = &f.diagnostic;
                    let words = d.words(locale);
                    let details = format!(
                        "{file}:{}:{}: {}\n{}\n{}",
                        d.span.line, d.span.column, words.message, d.path, words.help
                    );
                    let summary = format!("{}: {}", d.severity.as_str(), words.message);
                    Case {
                        classname: file.clone(),
                        name: format!("{} {}:{}", d.code, d.span.line, d.span.column),
                        failure: (d.severity == Severity::Error)
                            .then(|| (summary.clone(), details.clone())),
                        error: None,
                        system_out: (d.severity != Severity::Error)
                            .then_some(format!("{summary}\n{details}")),
                    }
                })
                .collect();
            if cases.is_empty() {
                cases.push(Case {
                    classname: file.clone(),
                    name: "lint".into(),
                    failure: None,
                    error: None,
                    system_out: None,
                });
            }
            Suite {
                name: file.clone(),
                cases,
            }
        })
        .collect();
    xml("camctl lint", &suites)
}

/// `camctl test` as JUnit: a suite per test file, a case per test case, and a `coverage` case when a threshold
/// was asked for (failed below it).
pub fn tests(report: &TestReport) -> String {
    let suites: Vec<Suite> = report
        .suites
        .iter()
        .map(|suite| {
            let mut cases: Vec<Case> = suite
                .cases
                .iter()
                .map(|case| Case {
                    classname: suite.file.clone(),
                    name: case.name.clone(),
                    failure: (!case.passed).then(|| {
                        (
                            case.failures.join("; "),
                            format!(
                                "{}:{}:{}\n{}\n{}{}",
                                suite.file,
                                case.line,
                                case.column,
                                case.failures.join("\n"),
                                case.reasoning.clone().unwrap_or_default(),
                                case.link
                                    .as_ref()
                                    .map(|l| format!("\n{l}"))
                                    .unwrap_or_default()
                            ),
                        )
                    }),
                    error: None,
                    system_out: None,
                })
                .collect();
            if let (Some(threshold), Some(summary)) =
                (suite.coverage.threshold, &suite.coverage.summary)
            {
                cases.push(Case {
                    classname: suite.file.clone(),
                    name: format!("coverage ≥ {threshold}%"),
                    failure: (!suite.coverage.met).then(|| (summary.clone(), summary.clone())),
                    error: None,
                    system_out: suite.coverage.met.then(|| summary.clone()),
                });
            }
            Suite {
                name: suite.file.clone(),
                cases,
            }
        })
        .chain(report.errors.iter().map(|e| Suite {
            name: e.file.clone(),
            cases: vec![Case {
                classname: e.file.clone(),
                name: "read".into(),
                failure: None,
                error: Some((
                    e.message.clone(),
                    format!(
                        "{}:{}:{}: {}\n{}\n{}",
                        e.file, e.line, e.column, e.message, e.path, e.help
                    ),
                )),
                system_out: None,
            }],
        }))
        .collect();
    xml("camctl test", &suites)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_escaper_keeps_xml_well_formed() {
        let table = [
            ("a & b < c > d", false, "a &amp; b &lt; c &gt; d"),
            (
                "say \"hi\" 'there'",
                true,
                "say &quot;hi&quot; &apos;there&apos;",
            ),
            ("two\nlines\tand\r", true, "two&#10;lines&#9;and&#13;"),
            ("two\nlines", false, "two\nlines"),
            ("bell\u{7}nul\u{0}", false, "bell\u{fffd}nul\u{fffd}"),
            ("\u{fffe}中文", false, "\u{fffd}中文"),
        ];
        for (text, attribute, escaped) in table {
            assert_eq!(escape(text, attribute), escaped, "{text:?}");
        }
    }
}
