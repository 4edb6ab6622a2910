//! Issue 27, item 2: Chinese that reads as native. `faults` says what is wrong with one zh-CN text: half-width
//! `:` or `,` next to a Chinese character, a space next to Chinese punctuation, an English word Tencent has a
//! Chinese term for, a Latin letter or digit glued to a Chinese character, or a phrase we have one form for
//! written another way — outside code spans, quoted JSON and a term's `（action）` gloss.
//!
//! The unit tests below render every message kind in zh-CN: diagnostics, fixes, field problems, the reasoning
//! and the Markdown export of every gallery example and every Tencent document of `tests/fixtures/tencent-kinds`,
//! the interface's words (labels, tooltips, banners, buttons, kinds, glossary, rule titles), the CLI's texts, the
//! JS API's errors, share and paste problems; and every string literal of the zh-CN tables, so a label added
//! later is read too. `tests/it/zh_cli.rs` runs the real `camctl --lang zh-CN` through the same check. Native only
//! (the web bundle does not carry it).

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

const CJK_PUNCTUATION: &str = "，。：；、（）“”？！";

/// English words Tencent has Chinese terms for (效力 允许/拒绝, 语句, 账号 …), and our own terms in English.
const DENIED: &[&str] = &[
    "allow",
    "allowed",
    "deny",
    "denied",
    "statement",
    "statements",
    "account",
    "hypothetical",
    "authoritative",
    "wildcard",
    "effect",
    "policy",
    "policies",
    "boundary",
    "error",
    "warning",
    "help",
    "request",
    "bucket",
    "trust",
];

/// The policy elements, which Tencent glosses after its term: 效力（effect）, 语句（statement）.
const ELEMENTS: &[&str] = &[
    "version",
    "statement",
    "effect",
    "action",
    "resource",
    "condition",
    "principal",
];

/// Phrases with one form across the product: the form to use instead.
const ONE_FORM: &[(&str, &str)] = &[
    ("是否想写", "是否应为"),
    ("您是否想", "是否应为"),
    ("是不是想", "是否应为"),
    ("正是", "与……完全一致"),
    ("的的", "一个“的”"),
    ("API 目录", "接口目录"),
    ("拒绝保存此策略：CAM 将拒绝", "一句拒绝"),
];

/// Text between markers that is not prose: code spans, quoted JSON, `（english）` glosses and `{…}` placeholders
/// become `\u{1}`.
fn prose(text: &str) -> String {
    let mut out = String::new();
    for (code, piece) in super::code_spans(text) {
        out.push_str(if code { "\u{1}" } else { piece });
    }
    // "quoted JSON"
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
    // （gloss）
    let mut result = String::new();
    let mut rest = cleaned.as_str();
    while let Some(open) = rest.find('（') {
        let after = &rest[open + '（'.len_utf8()..];
        match after.find('）') {
            Some(close)
                if after[..close].is_ascii()
                    && (ELEMENTS.contains(&&after[..close])
                        || !DENIED.contains(&after[..close].to_lowercase().as_str())) =>
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

/// A whitespace-separated token that is command-line or identifier syntax (`--expect`, `allow|deny`,
/// `$.statement[0]`, `service:ApiName`), not a word.
fn is_syntax(token: &str) -> bool {
    token.starts_with('-') || token.chars().any(|c| "|/_.:=[]<>$#*@{}-\u{1}".contains(c))
}

/// What is wrong with one Chinese text, if anything.
pub fn faults(text: &str) -> Vec<String> {
    let prose = prose(text);
    let chars: Vec<char> = prose.chars().collect();
    let mut found = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        if matches!(c, ':' | ',') && (before.is_some_and(is_cjk) || after.is_some_and(is_cjk)) {
            found.push(format!("half-width `{c}` next to Chinese"));
        }
        // Indentation at a line's start is layout, not a space next to punctuation.
        let indented = chars[..i].iter().rev().take_while(|&&b| b == ' ').count();
        let line_start = i == indented || chars[i - indented - 1] == '\n';
        if CJK_PUNCTUATION.contains(*c)
            && ((before == Some(' ') && !line_start) || after == Some(' '))
        {
            found.push(format!("a space next to `{c}`"));
        }
        if *c == ' ' && before.is_some_and(is_cjk) && after.is_some_and(is_cjk) {
            found.push("a space between Chinese characters".to_string());
        }
        if c.is_ascii_alphanumeric() && (before.is_some_and(is_cjk) || after.is_some_and(is_cjk)) {
            found.push(format!(
                "`{c}` glued to a Chinese character (write a space)"
            ));
        }
    }
    for token in prose.split_whitespace().filter(|t| !is_syntax(t)) {
        for word in token.split(|c: char| !c.is_ascii_alphabetic()) {
            if DENIED.contains(&word.to_lowercase().as_str()) {
                found.push(format!("English `{word}`"));
            }
        }
    }
    for (phrase, instead) in ONE_FORM {
        if prose.contains(phrase) {
            found.push(format!("`{phrase}`: write {instead}"));
        }
    }
    found
}

/// The string literals of Rust source (plain and raw), with `{…}` placeholders as `\u{1}`, that hold Chinese.
#[cfg(test)]
fn chinese_literals(source: &str) -> Vec<String> {
    let mut literals = Vec::new();
    let bytes: Vec<char> = source.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == '/' && bytes.get(i + 1) == Some(&'/') {
            while i < bytes.len() && bytes[i] != '\n' {
                i += 1;
            }
        } else if c == '\'' {
            // A char literal ('"', '\'', 'x'), else a lifetime.
            if bytes.get(i + 1) == Some(&'\\') {
                i += 4;
            } else if bytes.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == 'r'
            && matches!(bytes.get(i + 1), Some('#') | Some('"'))
            && !bytes[i.saturating_sub(1)].is_alphanumeric()
        {
            let hashes = bytes[i + 1..].iter().take_while(|&&h| h == '#').count();
            let start = i + 2 + hashes;
            let close: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let rest: String = bytes[start..].iter().collect();
            let end = rest.find(&close).map_or(rest.len(), |e| e);
            literals.push(rest[..end].to_string());
            i = start + rest[..end].chars().count() + close.chars().count();
        } else if c == '"' {
            let mut text = String::new();
            i += 1;
            while i < bytes.len() && bytes[i] != '"' {
                if bytes[i] == '\\' {
                    i += 1;
                    match bytes.get(i) {
                        Some('n') => text.push('\n'),
                        Some('\n') => {
                            while bytes.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                                i += 1;
                            }
                        }
                        Some(&other) => text.push(other),
                        None => {}
                    }
                } else {
                    text.push(bytes[i]);
                }
                i += 1;
            }
            literals.push(text);
            i += 1;
        } else {
            i += 1;
        }
    }
    literals
        .into_iter()
        .filter(|l| l.chars().any(is_cjk))
        .map(|l| {
            let mut out = String::new();
            let mut depth = 0;
            for c in l.chars() {
                match c {
                    '{' => {
                        if depth == 0 {
                            out.push('\u{1}');
                        }
                        depth += 1;
                    }
                    '}' if depth > 0 => depth -= 1,
                    _ if depth > 0 => {}
                    c => out.push(c),
                }
            }
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::policy::PolicyKind;

    #[test]
    fn the_checks_catch_what_they_should() {
        assert!(!faults("结论: 隐式拒绝").is_empty());
        assert!(!faults("结论，隐式拒绝,策略 1").is_empty());
        assert!(
            !faults("语句 1（allow）：匹配").is_empty(),
            "a gloss of a word Tencent has a term for is still caught"
        );
        assert!(faults("将 `ccc:CreateStaff` 添加到操作（action）中").is_empty());
        assert!(
            faults("效力（effect）为拒绝").is_empty(),
            "Tencent glosses an element after its term"
        );
        assert!(!faults("云联络中心 ，不支持").is_empty());
        assert!(!faults("对于 接口目录之外的操作").is_empty());
        assert!(!faults("建议： 是否应为 `ccc:CreateStaff`？").is_empty());
        assert!(faults("请添加 \"resource\": [\"*\"]").is_empty());
        assert!(!faults("这条 statement 不生效").is_empty());
        assert!(!faults("预期为 allow，实际为隐式拒绝").is_empty());
        assert!(
            faults("camctl eval [--expect allow|deny]").is_empty(),
            "command syntax is code"
        );
        assert!(
            !faults("策略 1 的语句 1允许该请求").is_empty(),
            "a digit glued to Chinese"
        );
        assert!(!faults("您是否想写 `ccc:CreateStaff`？").is_empty());
        assert!(!faults("操作 `ccc:A` 正是 ccc:A。").is_empty());
        assert!(faults("操作 `ccc:A` 与请求的操作 ccc:A 完全一致。").is_empty());
        assert_eq!(
            chinese_literals("let a = \"语句 {n}：{x}\"; // 注释 \"不算\"\nlet b = r#\"原始 \"x\"\"#; let c = '\"';"),
            vec!["语句 \u{1}：\u{1}".to_string(), "原始 \"x\"".to_string()]
        );
    }

    /// The documents of every kind a newcomer pastes (Tencent's own examples), placed by their shape, under the
    /// request of the gallery's example of that kind.
    fn kinds_workspaces() -> Vec<crate::workspace::Workspace> {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tencent-kinds");
        let mut names: Vec<_> = std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        names.sort();
        let requests: Vec<String> = crate::examples::gallery()
            .iter()
            .map(|e| e.workspace().request)
            .collect();
        let mut workspaces = Vec::new();
        for (i, path) in names.iter().enumerate() {
            let mut workspace = crate::workspace::Workspace {
                policies: vec![crate::workspace::NamedPolicy {
                    name: path.file_name().unwrap().to_string_lossy().into(),
                    text: std::fs::read_to_string(path).unwrap(),
                    ..Default::default()
                }],
                request: requests[i % requests.len()].clone(),
                ..Default::default()
            };
            workspace.place_by_shape();
            workspaces.push(workspace);
        }
        // A workspace that cannot be evaluated, and one CAM would refuse to save.
        workspaces.push(crate::workspace::Workspace {
            policies: vec![crate::workspace::NamedPolicy {
                name: "broken".into(),
                text: "{\"version\": \"2.0\", \"statement\": [".into(),
                ..Default::default()
            }],
            request: requests[0].clone(),
            ..Default::default()
        });
        workspaces.push(crate::workspace::Workspace {
            policies: vec![crate::workspace::NamedPolicy {
                name: "refused".into(),
                text: r#"{"version": "1.0", "statement": [{"Effect": "allow", "action": "ccc:*", "resource": "*", "condition": {"ip_equal": {"qcs:ip": "10.0.0"}}}]}"#.into(),
                ..Default::default()
            }],
            request: requests[0].clone(),
            ..Default::default()
        });
        workspaces
    }

    /// The reasoning's words for layers, callers, conclusions and statements, for every kind and decision.
    fn layer_messages() -> Vec<crate::explain::Message> {
        use crate::eval::Decision as D;
        use crate::explain::phrase::Conclusion;
        use crate::explain::Message as M;
        let decisions = [D::Allow, D::ExplicitDeny, D::ImplicitDeny];
        let statement = |source, statement| crate::eval::trace::StatementRef {
            source,
            policy: 0,
            statement,
            span: Default::default(),
        };
        let mut messages = Vec::new();
        for node in nodes() {
            messages.push(M::DeniedByLayer {
                layer: PolicyKind::Scp,
                action: "ccc:DeleteStaff".into(),
                node: Some(node.clone()),
            });
            messages.push(M::ScpLevel {
                node: node.clone(),
                decision: None,
            });
            for decision in decisions {
                messages.push(M::ScpLevel {
                    node: node.clone(),
                    decision: Some(decision),
                });
            }
        }
        for kind in PolicyKind::ALL {
            let action = "ccc:CreateStaff".to_string();
            messages.push(M::DeniedByLayer {
                layer: kind,
                action: action.clone(),
                node: None,
            });
            messages.push(M::LayerNotReached { layer: kind });
            messages.push(M::LayerHeader {
                layer: kind,
                decision: None,
            });
            messages.push(M::NoPolicies { source: kind });
            messages.push(M::PolicyHeader {
                source: kind,
                number: 2,
                statements: 3,
            });
            messages.push(M::NamedStatement {
                source: kind,
                number: 2,
                name: "ccc-admin".into(),
                line: 9,
            });
            for decision in decisions {
                messages.push(M::LayerHeader {
                    layer: kind,
                    decision: Some(decision),
                });
                messages.push(M::Conclusion {
                    grounds: Conclusion::of(
                        decision,
                        &[statement(kind, 0), statement(PolicyKind::Identity, 2)],
                        false,
                    ),
                });
            }
        }
        for grounds in [
            Conclusion::RootAllows,
            Conclusion::BoundaryBlocks,
            Conclusion::NothingAllows,
        ] {
            messages.push(M::Conclusion { grounds });
        }
        for decision in decisions {
            for hypothetical in [false, true] {
                messages.push(M::Decision {
                    decision,
                    action: "ccc:CreateStaff".into(),
                    hypothetical,
                });
            }
            for caller in [None, Some(D::Allow), Some(decision)] {
                messages.push(M::AssumeRole {
                    caller,
                    trust: decision,
                });
            }
        }
        for principal in crate::request::PrincipalKind::ALL {
            messages.push(M::Caller {
                principal,
                name: String::new(),
            });
            messages.push(M::Caller {
                principal,
                name: "ccc-operator".into(),
            });
        }
        messages.push(M::Principal {
            check: None,
            matched: false,
        });
        messages.push(M::StatementInvalid);
        messages.push(M::StatementPermId {
            action: "permid/123".into(),
        });
        messages.push(M::StatementUnknownOperator {
            operator: "ip_equall".into(),
            suggestion: Some("ip_equal".into()),
        });
        messages.push(M::StatementUnknownOperator {
            operator: "frob".into(),
            suggestion: None,
        });
        messages.push(M::NotAuthoritative);
        messages.push(M::RootAccount);
        messages.push(M::ResourceIgnored {
            given: vec!["a".into(), "b".into()],
        });
        messages.push(M::RequestApi {
            action: "cvm:RunInstances".into(),
            operation_level: None,
            product: None,
        });
        messages
    }

    /// Every note, naming a statement where it names one.
    fn notes() -> Vec<crate::eval::Note> {
        use crate::eval::Note as N;
        let statement = crate::eval::trace::StatementRef {
            source: PolicyKind::Boundary,
            policy: 0,
            statement: 1,
            span: Default::default(),
        };
        let mut notes = vec![
            N::RootAccount,
            N::ListApiTagDeny { statement },
            N::PlatformMayIgnoreDeny {
                service: "cos".into(),
            },
            N::ListQueryOperator {
                statement,
                operator: "string_like".into(),
            },
            N::ScpSkipsRoot,
            N::AnonymousBucketOnly,
            N::EveryoneDenyNotApplied { statement },
            N::CrossAccount,
            N::BucketActionIgnored,
        ];
        notes.extend(
            crate::request::PrincipalKind::ALL
                .map(|principal| N::CallerNeedsNoPolicy { principal }),
        );
        notes.extend(nodes().into_iter().map(|node| N::ScpNoAllow { node }));
        notes
    }

    /// An SCP's organization node of every form, a department named in Latin letters and one in Chinese.
    fn nodes() -> Vec<crate::policy_kind::ScpNode> {
        use crate::policy_kind::ScpNode;
        vec![
            ScpNode::Account,
            ScpNode::Department(String::new()),
            ScpNode::Department("Contact/Night".into()),
            ScpNode::Department("联络中心/夜班".into()),
            ScpNode::Root,
        ]
    }

    fn cli_samples() -> Vec<crate::i18n::cli::CliText> {
        use crate::diagnostic::Severity;
        use crate::eval::Decision;
        use crate::i18n::cli::CliText as T;
        let s = |t: &str| t.to_string();
        let mut texts = vec![
            T::Usage,
            T::NeedsValue {
                option: s("request"),
            },
            T::UnknownOption { option: s("bogus") },
            T::BadChoice {
                option: s("format"),
                choices: vec![s("text"), s("json")],
                given: s("yaml"),
            },
            T::CannotRead {
                path: s("p.json"),
                error: s("No such file or directory (os error 2)"),
            },
            T::CannotRead {
                path: s("p.json"),
                error: s("Permission denied (os error 13)"),
            },
            T::CannotRead {
                path: s("p"),
                error: s("Is a directory (os error 21)"),
            },
            T::RequestRequired,
            T::BaseRequestRequired,
            T::OwnerUinRequired,
            T::FromUntilTogether,
            T::NeedAction,
            T::LintNeedsPolicy,
            T::NotAPolicy { file: s("p.json") },
            T::NotAPolicyAt {
                file: s("p.json"),
                line: 3,
                column: 7,
                message: s("缺少逗号"),
            },
            T::NotARequest { file: s("r.json") },
            T::TfPickDocument {
                file: s("main.tf"),
                addresses: vec![],
            },
            T::TfPickDocument {
                file: s("main.tf"),
                addresses: vec![s("tencentcloud_cam_policy.a"), s("tencentcloud_cam_role.b")],
            },
            T::TfNoDocument {
                file: s("main.tf"),
                address: s("x.y"),
                addresses: vec![],
            },
            T::TfNoDocument {
                file: s("main.tf"),
                address: s("x.y"),
                addresses: vec![s("tencentcloud_cam_policy.a")],
            },
            T::NotEvaluated,
            T::RefusedHypothetical,
            T::RefusedWith {
                code: s("MalformedPolicy"),
            },
            T::RefusedWith {
                code: s("InvalidParameter.StrategyFormatError"),
            },
            T::RefusedWith {
                code: s("InvalidParameter.PolicyDocumentError"),
            },
            T::NoErrors,
            T::ErrorsFound,
            T::MatrixSummary {
                apis: 181,
                allowed: 5,
                explicit: 1,
                implicit: 175,
            },
            T::DiffCompared {
                compared: 3,
                named: 9,
            },
            T::NoDecisionChanged,
            T::CatalogProduct {
                name: s("Cloud Contact Center"),
                abbreviation: s("ccc"),
                apis: 181,
                resource_level: 113,
                operation_level: 68,
            },
            T::ResourceLevel,
            T::OperationLevel,
            T::RuleRef { rule: s("R5") },
            T::At,
            T::Help,
            T::TestNeedsFile,
            T::NotAPercent {
                option: s("coverage-threshold"),
                given: s("abc"),
            },
            T::InputAt {
                file: s("t.json"),
                line: 2,
                column: 5,
            },
            T::CasePassed {
                name: s("坐席可以添加员工"),
            },
            T::CaseFailed {
                name: s("坐席可以添加员工"),
            },
            T::FailureDecision {
                expected: s("allow"),
                got: Decision::ImplicitDeny,
            },
            T::FailureDeciding {
                expected: vec![s("agent#2")],
                got: vec![],
            },
            T::FailureDeciding {
                expected: vec![s("agent#2")],
                got: vec![s("agent#1"), s("guard#1")],
            },
            T::FailureAuthoritative {
                expected: true,
                assumptions: vec![],
            },
            T::FailureAuthoritative {
                expected: true,
                assumptions: vec![s("R4")],
            },
            T::FailureAuthoritative {
                expected: false,
                assumptions: vec![],
            },
            T::ReasoningOfInvolved,
            T::TestTotals {
                passed: 12,
                failed: 3,
                skipped: 0,
            },
            T::TestTotals {
                passed: 12,
                failed: 3,
                skipped: 4,
            },
            T::NoCaseSelected { pattern: s("zz") },
            T::StatementNotCovered {
                name: s("agent#2"),
                file: s("p.json"),
                line: 9,
                exercised: 0,
            },
            T::StatementNotCovered {
                name: s("agent#2"),
                file: s("p.json"),
                line: 9,
                exercised: 4,
            },
            T::KeyNotCovered {
                statement: s("agent#2"),
                operator: s("ip_equal"),
                key: s("qcs:ip"),
                file: s("p.json"),
                line: 13,
                held: 6,
                failed: 0,
            },
            T::CoverageBelow {
                percent: s("62.5"),
                threshold: s("80.0"),
            },
            T::SuppressedCount { count: 2 },
            T::BaselineCount { count: 5 },
            T::GateNewAccess { count: 3 },
            T::GateNoNewAccess,
            T::NeverAllowViolated {
                patterns: vec![s("ccc:Delete*"), s("cam:*")],
                count: 2,
            },
            T::NeverAllowHeld {
                patterns: vec![s("ccc:Delete*")],
            },
            T::CheckNeedsPattern,
            T::AccessOnResource {
                action: s("cos:GetObject"),
                resource: s("qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*"),
            },
            T::ExampleRequest,
            T::OpenInPlayground {
                url: s("http://x/#s1.a"),
            },
        ];
        for severity in [
            Severity::Error,
            Severity::SecurityWarning,
            Severity::Warning,
            Severity::Info,
        ] {
            texts.push(T::SeverityName { severity });
        }
        let decisions = [
            None,
            Some(Decision::Allow),
            Some(Decision::ExplicitDeny),
            Some(Decision::ImplicitDeny),
        ];
        for decision in decisions {
            texts.push(T::DecisionName { decision });
            texts.push(T::AccessOn {
                action: s("ccc:CreateStaff"),
                param: s("SdkAppId"),
                id: s("1400000077"),
                before: decision,
            });
            texts.push(T::AccessOnUnnamed {
                action: s("ccc:CreateStaff"),
                param: s("SdkAppId"),
                before: decision,
            });
            for after in decisions {
                texts.push(T::DiffRow {
                    action: s("ccc:CreateStaff"),
                    param: s("SdkAppId"),
                    id: s("1400000000"),
                    before: decision,
                    after,
                });
            }
        }
        for got in [
            Decision::Allow,
            Decision::ExplicitDeny,
            Decision::ImplicitDeny,
        ] {
            texts.push(T::ExpectNotMet {
                expected_allow: true,
                got,
            });
            texts.push(T::ExpectNotMet {
                expected_allow: false,
                got,
            });
        }
        texts
    }

    /// Every text of the engine in a language, with where it comes from (for zh-CN, every string literal of
    /// its tables too).
    fn every_text(locale: Locale) -> Vec<(String, String)> {
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
            .chain(
                crate::text::terraform::tests::samples()
                    .into_iter()
                    .map(Into::into),
            )
            .collect();
        for kind in &kinds {
            let words = locale.words(kind);
            add(format!("{kind:?}"), words.message);
            add(format!("{kind:?} (help)"), words.help);
        }
        for term in crate::vocabulary::Term::ALL {
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
        for fix in crate::analysis::fix::text::tests::samples() {
            add(format!("{fix:?}"), locale.fix(&fix));
            let done = crate::analysis::Done::Fix { fix };
            add(format!("{done:?}"), locale.done(&done));
        }
        for done in [
            crate::analysis::Done::RemovedTab {
                source: PolicyKind::Boundary,
                name: "boundary-read-only".into(),
            },
            crate::analysis::Done::LoadedExample {
                id: "operation-level-trap".into(),
            },
            crate::analysis::Done::Filled {
                action: "ccc:CreateStaff".into(),
                id: Some(("SdkAppId".into(), "1400000000".into())),
                owner_uin: Some("100000000001".into()),
            },
            crate::analysis::Done::AddedPolicy {
                name: "generated-2".into(),
            },
            crate::analysis::Done::ClearedPolicies,
            crate::analysis::Done::Imported { cases: 21 },
        ] {
            add(format!("{done:?}"), locale.done(&done));
        }
        // The interface: kinds, who is asking, the fields' words, the panels' counts.
        for kind in PolicyKind::ALL {
            add(format!("{kind:?}"), locale.kind_choice(kind).into());
            add(
                format!("{kind:?}"),
                locale.kind_inferred(kind).into_string(),
            );
            add(format!("{kind:?}"), locale.read_as(kind));
            add(format!("{kind:?}"), locale.decided_by(kind, None));
            for node in nodes() {
                add(
                    format!("{kind:?} {node}"),
                    locale.decided_by(kind, Some(&node)),
                );
            }
        }
        add(
            "kinds_not_here".into(),
            locale.kinds_not_here(&PolicyKind::ALL[2..]),
        );
        for principal in crate::request::PrincipalKind::ALL {
            add(
                format!("{principal:?}"),
                locale.principal_word(principal).into(),
            );
        }
        let catalog = crate::catalog::Catalog::builtin();
        for term in crate::vocabulary::Term::ALL {
            add("what_is".into(), locale.what_is(locale.term(term).0));
        }
        for example in crate::examples::gallery() {
            add(example.id.clone(), example.title(locale).to_string());
            add(example.id.clone(), example.why(locale).to_string());
        }
        add("products_line".into(), locale.products_line(catalog));
        add(
            "ids_label".into(),
            locale.ids_label(&["SdkAppId", "InstanceId"]),
        );
        add(
            "action_placeholder".into(),
            locale.action_placeholder(catalog),
        );
        add(
            "tags_not_supported".into(),
            locale
                .tags_not_supported("Cloud Contact Center", "ccc")
                .into_string(),
        );
        for message in [
            crate::explain::Message::ApisChosen { count: 3 },
            crate::explain::Message::DecisionsChanged { count: 2 },
            crate::explain::Message::CatalogShown {
                shown: 12,
                total: 181,
            },
            crate::explain::Message::UsedInRequest {
                action: "ccc:CreateStaff".into(),
            },
            crate::explain::Message::MatrixCounts {
                allowed: 5,
                explicit: 1,
                implicit: 175,
            },
            crate::explain::Message::DecisionChangedSinceLink {
                was: "允许".into(),
                engine: "1.2".into(),
                catalog: "2026-11".into(),
                now_engine: "1.3".into(),
                now_catalog: "2026-12".into(),
                now: "隐式拒绝".into(),
            },
            crate::explain::Message::UnknownLanguage { tag: "fr".into() },
        ]
        .into_iter()
        .chain(
            notes()
                .into_iter()
                .map(|note| crate::explain::Message::Note { note }),
        )
        .chain(layer_messages())
        {
            add(format!("{message:?}"), locale.render(&message));
        }
        // The CLI's texts, the JS API's errors, share and paste problems, catalog imports, input files.
        for text in cli_samples() {
            add(format!("{text:?}"), locale.cli(&text));
        }
        // And every variant the CLI table's own test words (the Git gates and fmt among them).
        for (text, _) in crate::i18n::cli::tests::samples() {
            add(format!("{text:?}"), locale.cli(&text));
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
        for text in crate::i18n::api::tests::samples() {
            add(
                format!("{text:?}"),
                locale.api_error("evaluate expects {policies, boundary?, request}", &text),
            );
        }
        use crate::share::ShareProblem as S;
        for problem in [
            S::TooLong {
                length: 9000,
                limit: 8000,
            },
            S::NewerVersion {
                version: "s9".into(),
            },
            S::NotALink,
            S::BadBase64,
            S::TooLarge { limit: 1 << 20 },
            S::CorruptData,
            S::NotText,
            S::NotAWorkspace,
            S::WrongPayloadVersion,
            S::StateTooLarge { limit: 4096 },
            S::StateNotAnObject,
            S::PolicyWithoutText,
            S::MalformedPolicies,
            S::UnknownKind {
                name: "widget".into(),
            },
        ] {
            add(format!("{problem:?}"), locale.share_problem(&problem));
        }
        for problem in [
            crate::request::PasteProblem::TooLong { length: 20000 },
            crate::request::PasteProblem::NoAction,
        ] {
            add(format!("{problem:?}"), locale.paste_problem(&problem));
        }
        use crate::catalog::ImportProblem as I;
        for problem in [
            I::EmptyPage,
            I::NoFactsTable,
            I::FactsRowWithoutName,
            I::FactsColumns {
                expected: "Product Abbreviation",
            },
            I::FactsRow,
            I::BadRow,
            I::NoRows,
        ] {
            add(format!("{problem:?}"), locale.import_problem(&problem));
        }
        for (problem, _) in crate::text::input::tests::samples() {
            let words = locale.input_problem(&crate::json::shape::Problem::Input(problem.clone()));
            add(format!("{problem:?}"), words.message);
            add(format!("{problem:?} (help)"), words.help);
        }
        // The reasoning and the Markdown export of every example and every kind of document.
        let workspaces = crate::examples::gallery()
            .iter()
            .map(|e| e.workspace())
            .chain(kinds_workspaces());
        for workspace in workspaces {
            let result = workspace.run(catalog);
            if let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request)
            {
                for step in crate::explain::steps(evaluation, request) {
                    add(format!("{:?}", step.message), locale.render(&step.message));
                }
                add(
                    "render_text".into(),
                    locale.render_text(&crate::explain::steps(evaluation, request)),
                );
            }
            for d in result
                .by_kind()
                .flat_map(|(_, set)| set)
                .flat_map(|p| &p.diagnostics)
                .chain(&result.request.diagnostics)
            {
                let words = d.words(locale);
                add(format!("{:?}", d.code), words.message);
                add(format!("{:?} (help)", d.code), words.help);
            }
            let markdown = crate::i18n::markdown(
                &workspace,
                &result,
                Some("https://example.test/#s1.x"),
                locale,
            );
            for line in markdown.lines().filter(|l| {
                !l.starts_with(' ')
                    && !l.starts_with('{')
                    && !l.starts_with('}')
                    && !l.starts_with('"')
            }) {
                add("markdown".into(), line.to_string());
            }
        }
        if locale != Locale::ZhCn {
            return texts;
        }
        // Every string literal of the zh-CN tables: the labels, tooltips, banners and buttons among them.
        for (file, source) in [
            ("zh_cn/mod.rs", include_str!("zh_cn/mod.rs")),
            ("zh_cn/cli.rs", include_str!("zh_cn/cli.rs")),
            ("zh_cn/api.rs", include_str!("zh_cn/api.rs")),
            ("zh_cn/analysis.rs", include_str!("zh_cn/analysis.rs")),
            ("zh_cn/json.rs", include_str!("zh_cn/json.rs")),
            ("zh_cn/lint.rs", include_str!("zh_cn/lint.rs")),
            ("zh_cn/policy.rs", include_str!("zh_cn/policy.rs")),
            ("zh_cn/request.rs", include_str!("zh_cn/request.rs")),
            ("zh_cn/terraform.rs", include_str!("zh_cn/terraform.rs")),
        ] {
            for literal in chinese_literals(source) {
                add(format!("literal in {file}"), literal);
            }
        }
        texts
    }

    #[test]
    fn chinese_reads_as_native() {
        let mut bad = Vec::new();
        for (source, text) in every_text(Locale::ZhCn) {
            let found = faults(&text);
            if !found.is_empty() {
                let line = format!(
                    "{found:?} in {text:?}  ← {}",
                    source.chars().take(60).collect::<String>()
                );
                if !bad.contains(&line) {
                    bad.push(line);
                }
            }
        }
        assert!(bad.is_empty(), "{} texts:\n{}", bad.len(), bad.join("\n"));
    }

    /// Every text of both languages into the file `DUMP` names, one per line with where it comes from: run it
    /// before and after a change that must not change a word, and diff the two files
    /// (`DUMP=/tmp/before.txt cargo test --lib dump_every_text -- --ignored`).
    #[test]
    #[ignore]
    fn dump_every_text() {
        let mut out = String::new();
        for locale in [Locale::En, Locale::ZhCn] {
            for (source, text) in every_text(locale) {
                if !source.starts_with("literal in") {
                    out.push_str(&format!("{source}\t{text}\n"));
                }
            }
        }
        std::fs::write(std::env::var("DUMP").unwrap(), out).unwrap();
    }

    /// Every label of the interface is among the literals read above: the label table has one arm per `Label`.
    #[test]
    fn every_label_is_read() {
        let vocabulary = include_str!("../vocabulary.rs");
        let start = vocabulary.find("pub enum Label {").unwrap();
        let body = &vocabulary[start..start + vocabulary[start..].find('}').unwrap()];
        let variants = body
            .lines()
            .filter(|l| l.trim().ends_with(',') && !l.trim().starts_with("//"))
            .count();
        let table = include_str!("zh_cn/mod.rs");
        let start = table.find("pub fn label(").unwrap();
        let end = start + table[start..].find("\n}\n").unwrap();
        let arms = table[start..end]
            .lines()
            .filter(|l| l.contains(" => \""))
            .count();
        assert_eq!(
            arms, variants,
            "each label is one literal arm of zh_cn::label"
        );
        for label in [
            crate::vocabulary::Label::AppTitle,
            crate::vocabulary::Label::Hypothetical,
            crate::vocabulary::Label::WindowOpen,
        ] {
            assert!(chinese_literals(table).contains(&Locale::ZhCn.label(label).to_string()));
        }
    }
}
