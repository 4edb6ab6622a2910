//! Issue 27, item 2: Chinese that reads as native. Renders every diagnostic kind, fix, field problem and the
//! reasoning of every example and of workspaces chosen to reach the other messages, in zh-CN, and fails on
//! half-width `:` or `,` next to a Chinese character, on a space next to Chinese punctuation, and on English
//! words Tencent has Chinese terms for — outside code spans, quoted JSON and a term's `（action）` gloss.

use crate::i18n::Locale;

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

const CJK_PUNCTUATION: &str = "，。：；、（）“”？！";
const DENIED: &[&str] = &[
    "allow",
    "deny",
    "statement",
    "account",
    "hypothetical",
    "authoritative",
    "wildcard",
];

/// The text a reader reads as words: code spans, quoted JSON and `（english）` glosses taken out.
fn prose(text: &str) -> String {
    let mut out = String::new();
    for (code, piece) in super::code_spans(text) {
        out.push_str(if code { "\u{1}" } else { piece });
    }
    // "quoted JSON" and （gloss）
    let mut cleaned = String::new();
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '"' {
            for d in chars.by_ref() {
                if d == '"' {
                    break;
                }
            }
            cleaned.push('\u{1}');
        } else {
            cleaned.push(c);
        }
    }
    let mut result = String::new();
    let mut rest = cleaned.as_str();
    while let Some(open) = rest.find('（') {
        let after = &rest[open + '（'.len_utf8()..];
        match after.find('）') {
            Some(close)
                if after[..close].is_ascii()
                    && !DENIED.contains(&after[..close].to_lowercase().as_str()) =>
            {
                result.push_str(&rest[..open]);
                result.push('（');
                result.push('\u{1}');
                rest = &after[close..];
            }
            _ => {
                result.push_str(&rest[..open + '（'.len_utf8()]);
                rest = after;
            }
        }
    }
    result.push_str(rest);
    result
}

/// What is wrong with one Chinese text, if anything.
fn faults(text: &str) -> Vec<String> {
    let prose = prose(text);
    let chars: Vec<char> = prose.chars().collect();
    let mut found = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        if matches!(c, ':' | ',') && (before.is_some_and(is_cjk) || after.is_some_and(is_cjk)) {
            found.push(format!("half-width `{c}` next to Chinese"));
        }
        if CJK_PUNCTUATION.contains(*c) && (before == Some(' ') || after == Some(' ')) {
            found.push(format!("a space next to `{c}`"));
        }
    }
    let lower = prose.to_lowercase();
    for word in lower.split(|c: char| !c.is_ascii_alphabetic()) {
        if DENIED.contains(&word) {
            found.push(format!("English `{word}`"));
        }
    }
    found
}

#[test]
fn the_checks_catch_what_they_should() {
    assert!(!faults("结论: 隐式拒绝").is_empty());
    assert!(
        !faults("语句 1（allow）：匹配").is_empty(),
        "a gloss of a word Tencent has a term for is still caught"
    );
    assert!(faults("将 `ccc:CreateStaff` 添加到操作（action）中").is_empty());
    assert!(!faults("云联络中心 ，不支持").is_empty());
    assert!(faults("请添加 \"resource\": [\"*\"]").is_empty());
    assert!(!faults("这条 statement 不生效").is_empty());
}

/// Every Chinese text of the engine, with where it comes from.
fn every_text() -> Vec<(String, String)> {
    let locale = Locale::ZhCn;
    let mut texts = Vec::new();
    let mut add = |source: String, text: String| texts.push((source, text));
    let kinds: Vec<crate::diagnostic::Text> = crate::json::tests::samples()
        .into_iter()
        .map(Into::into)
        .chain(
            crate::text::policy::tests::samples()
                .into_iter()
                .map(Into::into),
        )
        .chain(
            crate::text::request::tests::samples()
                .into_iter()
                .map(Into::into),
        )
        .chain(
            crate::text::lint::tests::samples()
                .into_iter()
                .map(Into::into),
        )
        .collect();
    for kind in &kinds {
        let words = locale.words(kind);
        add(format!("{kind:?}"), words.message);
        add(format!("{kind:?} (help)"), words.help);
    }
    for term in crate::explain::Term::ALL {
        let (name, explanation) = locale.term(term);
        add(format!("{term:?}"), name.to_string());
        add(format!("{term:?}"), explanation.into_string());
    }
    for rule in crate::rules::Rule::ALL {
        add(format!("{rule:?}"), locale.rule_title(*rule).to_string());
    }
    for problem in [
        crate::fields::check_ids("SdkAppId", "abc"),
        crate::fields::check_ids("InstanceId", "a/b"),
        crate::fields::check_ip_ranges("10.0.0.300"),
        crate::fields::check_window("2026/11/28", ""),
        crate::fields::check_window("2026-11-28T10:00:00Z", "2026-11-28T01:00:00Z"),
        crate::fields::check_tag("badtag").into_iter().collect(),
    ]
    .iter()
    .flatten()
    {
        add(format!("{problem:?}"), locale.field_problem(problem));
    }
    for fix in crate::analysis::fix::text_tests::samples() {
        add(format!("{fix:?}"), locale.fix(&fix));
    }
    // The Tests panel (issue 28): its texts (coverage lines included) and the test-file problems it words.
    for (text, _) in crate::i18n::tests_panel::tests::samples() {
        add(format!("{text:?}"), locale.tests_text(&text));
    }
    for problem in [
        crate::text::input::InputProblem::PathOrText,
        crate::text::input::InputProblem::PolicyNotOpen {
            id: "support".into(),
            path: "policies/support.json".into(),
        },
    ] {
        let words = locale.input_problem(&crate::json::shape::Problem::Input(problem));
        add("input problem".into(), words.message);
        add("input problem (help)".into(), words.help);
    }
    let examples = crate::examples::gallery().iter().map(|e| e.workspace());
    for workspace in examples {
        let result = workspace.run(crate::catalog::Catalog::builtin());
        if let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) {
            for step in crate::explain::steps(evaluation, request) {
                add(format!("{:?}", step.message), locale.render(&step.message));
            }
        }
    }
    texts
}

#[test]
fn chinese_reads_as_native() {
    let mut bad = Vec::new();
    for (source, text) in every_text() {
        let found = faults(&text);
        if !found.is_empty() {
            bad.push(format!(
                "{found:?} in {text:?}  ← {}",
                &source[..source.len().min(60)]
            ));
        }
    }
    assert!(bad.is_empty(), "{} texts:\n{}", bad.len(), bad.join("\n"));
}
