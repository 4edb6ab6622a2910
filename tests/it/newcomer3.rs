//! The engine's side of the third newcomer review (issue 27, `../shared/reviews/newcomer-2026-12.md`): what the
//! reasoning, the diagnostics and the words say, case by case, in both languages. The interface's side is
//! `tests/e2e/newcomer3.test.mjs`.

use cam_playground::catalog::Catalog;
use cam_playground::explain;
use cam_playground::i18n::Locale;
use cam_playground::workspace::WorkspaceResult;

use super::support::one_policy;

fn run(policy: &str, request: &str) -> WorkspaceResult {
    one_policy(policy, request).run(Catalog::builtin())
}

fn reasoning(policy: &str, request: &str, locale: Locale) -> String {
    let result = run(policy, request);
    let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) else {
        panic!("not evaluated: {:?}", result.request.diagnostics);
    };
    locale.render_text(&explain::steps(evaluation, request))
}

const IP_POLICY: &str = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:CreateStaff"],
  "resource": ["*"], "condition": {"ip_equal": {"qcs:ip": ["10.0.0.0/8", "203.0.113.0/24"]}}}]}"#;

fn request_with(context: &str) -> String {
    format!(
        r#"{{"action": "ccc:CreateStaff", "params": {{"SdkAppId": 1400000000}},
  "principal": {{"uin": "100000000011", "owner_uin": "100000000001"}}, "context": {context}}}"#
    )
}

/// Finding 8: with qcs:ip missing, the reasoning asks for qcs:ip in the request, never for `_if_exist`, which
/// the linter calls a security warning on an allow.
#[test]
fn a_missing_key_is_never_answered_with_if_exist() {
    for locale in Locale::ALL {
        let text = reasoning(IP_POLICY, &request_with("{}"), locale);
        assert!(text.contains("qcs:ip"), "{locale:?}: {text}");
        assert!(!text.contains("_if_exist"), "{locale:?}: {text}");
    }
}

/// Finding 17: a value in one of several ranges names the range it is in, and says it is one of those listed.
#[test]
fn a_match_among_several_values_names_the_one_that_matched() {
    let cases = [
        (
            Locale::En,
            "qcs:ip = `10.1.2.3` is in `10.0.0.0/8` (one of the 2 listed).",
        ),
        (
            Locale::ZhCn,
            "qcs:ip = `10.1.2.3`，属于 `10.0.0.0/8`（所列 2 个值之一）。",
        ),
    ];
    for (locale, expected) in cases {
        let text = reasoning(
            IP_POLICY,
            &request_with(r#"{"qcs:ip": "10.1.2.3"}"#),
            locale,
        );
        assert!(text.contains(expected), "{locale:?}: {text}");
    }
    // One value: said as before.
    let one = IP_POLICY.replace(r#", "203.0.113.0/24""#, "");
    let text = reasoning(&one, &request_with(r#"{"qcs:ip": "10.1.2.3"}"#), Locale::En);
    assert!(
        text.contains("qcs:ip = `10.1.2.3` is in `10.0.0.0/8`."),
        "{text}"
    );
}

/// Item 4 and finding 11: a full-width mark typed by a Chinese input method gets its own error, naming the mark
/// and the half-width one to type, at the mark; `json::half_width` replaces them all, strings untouched.
#[test]
fn full_width_punctuation_gets_its_own_error_and_a_replace_all() {
    let cases: &[(&str, char, char, usize)] = &[
        (r#"{"version": "2.0"，"statement": []}"#, '，', ',', 18),
        ("{\"version\"：\"2.0\", \"statement\": []}", '：', ':', 11),
        ("{“version”: \"2.0\", \"statement\": []}", '“', '"', 2),
        ("{\"version\": \"2.0\", \"statement\": ［]}", '［', '[', 33),
        (
            "{\n  \"version\": \"2.0\"、\n  \"statement\": []\n}",
            '、',
            ',',
            19,
        ),
    ];
    for (text, found, ascii, column) in cases {
        let result = run(text, &request_with("{}"));
        let d = &result.policies[0].diagnostics[0];
        assert_eq!(d.code, "json/full-width", "{text}: {d:?}");
        assert_eq!(d.span.column, *column, "{text}");
        for locale in Locale::ALL {
            let words = d.words(locale);
            let both = format!("{} {}", words.message, words.help);
            assert!(
                both.contains(*found) && both.contains(*ascii),
                "{locale:?}: {both}"
            );
        }
        assert!(Locale::ZhCn.words(&d.text).message.contains("全角"));
        let fixed = cam_playground::json::half_width(text).expect("a replacement");
        let result = run(&fixed, &request_with("{}"));
        assert!(
            result.policies[0]
                .diagnostics
                .iter()
                .all(|d| !d.code.starts_with("json/")),
            "{fixed}: {:?}",
            result.policies[0].diagnostics
        );
    }
    // Chinese text inside a string stays as written; a document without full-width marks needs no replacement.
    assert_eq!(
        cam_playground::json::half_width(r#"{"description"："技能组，坐席"}"#).as_deref(),
        Some(r#"{"description":"技能组，坐席"}"#)
    );
    assert_eq!(cam_playground::json::half_width(r#"{"a": "，"}"#), None);
    // Other syntax errors keep their own codes.
    let result = run(r#"{"version": "2.0" "statement": []}"#, &request_with("{}"));
    assert_eq!(result.policies[0].diagnostics[0].code, "json/missing-comma");
}

/// Item 3 and finding 10: in zh-CN every doc link opens the Chinese page with the same id, in the Markdown
/// export and the CLI's JSON as in the interface; English keeps the English site.
#[test]
fn doc_links_are_in_the_readers_language() {
    use cam_playground::rules::Rule;
    for rule in Rule::ALL {
        let zh = Locale::ZhCn.doc_url(*rule);
        assert_eq!(
            zh,
            format!(
                "https://www.tencentcloud.com/zh/document/product/{}",
                rule.doc_page()
            )
        );
        assert_eq!(
            Locale::En.doc_url(*rule),
            format!(
                "https://www.tencentcloud.com/document/product/{}",
                rule.doc_page()
            )
        );
    }
    // Every example's Markdown: Chinese pages only in Chinese, English pages only in English.
    let mut linked = 0;
    for example in cam_playground::examples::gallery() {
        let workspace = example.workspace();
        let result = workspace.run(Catalog::builtin());
        let zh = cam_playground::i18n::markdown(&workspace, &result, None, Locale::ZhCn);
        let en = cam_playground::i18n::markdown(&workspace, &result, None, Locale::En);
        assert!(
            !zh.contains("tencentcloud.com/document/"),
            "{}: {zh}",
            example.id
        );
        assert!(!en.contains("tencentcloud.com/zh/"), "{}", example.id);
        linked += zh
            .matches("tencentcloud.com/zh/document/product/598/")
            .count();
    }
    assert!(linked > 0, "some example cites a doc page");
    // The CLI's diagnostics.
    let result = run(
        r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:CreatStaff"], "resource": ["*"]}]}"#,
        &request_with("{}"),
    );
    let d = result.policies[0]
        .diagnostics
        .iter()
        .find(|d| d.rule.is_some())
        .expect("a rule");
    let zh = cam_playground::wire::FileDiagnostic::new("p.json", d, Locale::ZhCn);
    assert!(zh
        .doc
        .as_deref()
        .unwrap()
        .starts_with("https://www.tencentcloud.com/zh/document/"));
}

/// Finding 30: a comma missing mid-line is "missing here"; at a line's start, "the end of the previous line".
/// A missing `resource` cites G5 (action and resource), a missing `effect` G4.
#[test]
fn missing_comma_and_missing_element_say_the_right_thing() {
    let mid = run(r#"{"version": "2.0" "statement": []}"#, &request_with("{}"));
    let d = &mid.policies[0].diagnostics[0];
    assert_eq!((d.code, d.span.column), ("json/missing-comma", 18));
    assert_eq!(d.words(Locale::ZhCn).message, "JSON 格式错误：此处缺少逗号");
    assert!(!d.words(Locale::En).help.contains("previous line"));
    let end = run(
        "{\n  \"version\": \"2.0\"\n  \"statement\": []\n}",
        &request_with("{}"),
    );
    let d = &end.policies[0].diagnostics[0];
    assert_eq!(d.code, "json/missing-comma");
    assert!(d.words(Locale::ZhCn).help.contains("上一行末尾"));
    use cam_playground::rules::Rule;
    let rule_of = |policy: &str| {
        let result = run(policy, &request_with("{}"));
        let d = result.policies[0]
            .diagnostics
            .iter()
            .find(|d| d.code == "policy/missing-element")
            .cloned()
            .expect("missing element");
        d.rule
    };
    assert_eq!(
        rule_of(r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "ccc:*"}]}"#),
        Some(Rule::G5)
    );
    assert_eq!(
        rule_of(r#"{"version": "2.0", "statement": [{"resource": "*", "action": "ccc:*"}]}"#),
        Some(Rule::G4)
    );
}

/// Finding 18: an operation-level API that a staff-only statement does not even list is not blamed on the
/// statement's SdkAppId scope.
#[test]
fn the_operation_level_note_needs_the_action_listed() {
    let policy = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DeleteStaff"],
      "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}]}"#;
    let request = request_with("{}").replace("ccc:CreateStaff", "ccc:ForceMemberOffline");
    for locale in Locale::ALL {
        let text = reasoning(policy, &request, locale);
        assert!(
            !text.contains("names specific resources"),
            "{locale:?}: {text}"
        );
        assert!(!text.contains("指定了具体资源"), "{locale:?}: {text}");
    }
    // Listed, the note is there.
    let listed = policy.replace("ccc:DeleteStaff", "ccc:ForceMemberOffline");
    assert!(reasoning(&listed, &request, Locale::En).contains("names specific resources"));
}

/// Finding 26: the refusal names its first error and counts the rest (which the problem list shows); an
/// over-long policy is not refused twice in one sentence.
#[test]
fn the_refusal_is_one_sentence_with_a_count() {
    // Several errors (a first capital letter alone is a warning now, rule G2).
    let policy = r#"{"Version": "2012-10-17", "STATEMENT": [{"EFFECT": "ALLOW", "Action": "ccc:*", "Resource": "*"}]}"#;
    let result = run(policy, &request_with("{}"));
    let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) else {
        panic!("a hypothetical decision");
    };
    let steps = explain::steps(evaluation, request);
    let refused = steps
        .iter()
        .find(|s| matches!(s.message, cam_playground::explain::Message::Refused { .. }))
        .expect("a refusal");
    let zh = Locale::ZhCn.render(&refused.message);
    assert_eq!(zh.matches(" — ").count(), 1, "{zh}");
    assert!(zh.contains("个错误，见策略下方的问题列表"), "{zh}");
    let en = Locale::En.render(&refused.message);
    assert!(
        en.contains("more errors are listed under the policy"),
        "{en}"
    );
    let long = format!(
        r#"{{"version": "2.0", "statement": [{}]}}"#,
        vec![r#"{"effect": "allow", "action": ["ccc:DescribeStaffInfoList"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}"#; 60].join(",")
    );
    let result = run(&long, &request_with("{}"));
    let d = result.policies[0]
        .diagnostics
        .iter()
        .find(|d| d.code == "policy/too-long")
        .expect("too long");
    assert!(
        !d.words(Locale::ZhCn).message.contains("拒绝"),
        "{}",
        d.words(Locale::ZhCn).message
    );
    assert!(!d.words(Locale::En).message.contains("reject"));
}
