//! `camctl test` and `camctl lint` in CI formats, end to end: exit codes, located input errors, `--run`, coverage
//! thresholds, SARIF structure, GitHub annotations, JUnit XML, the lint configuration and baselines. In the
//! style of `tests/it/cli.rs`; fixtures in `tests/fixtures/ci/`.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use serde_json::Value;

use super::support::{camctl, camctl_in, json, Files};

const FIXTURES: &str = "tests/fixtures/ci";

// ---------------------------------------------------------------------------------------------------------
// camctl test

#[test]
fn the_example_suite_passes_with_full_coverage() {
    let (code, out, err) = camctl(&[
        "test",
        "examples/ci/cam-tests.json",
        "examples/ci/cam-tests-roles.json",
        "--coverage-threshold",
        "100",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    // The support role's 12 cases (21 with the matrices' cells) and the role's 3.
    assert!(out.contains("21 passed, 0 failed"), "{out}");
    assert!(out.contains("3 passed, 0 failed"), "{out}");
    assert!(out.contains("24 passed, 0 failed"), "{out}");
    assert!(out.contains("coverage 100.0%: 5 of 5 statements"), "{out}");
    assert!(out.contains("coverage 100.0%: 2 of 2 statements"), "{out}");
    assert!(!out.contains('✗'), "{out}");
}

#[test]
fn a_failing_case_exits_1_with_the_reasoning_of_the_statements_involved() {
    let (code, out, err) = camctl(&["test", &format!("{FIXTURES}/failing.json")]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("✓ staff is created"), "{out}");
    assert!(out.contains("1 passed, 3 failed"), "{out}");
    // Each failure in words, under its case.
    let trap = out
        .split("✗ the trap: skill groups on one SdkAppId")
        .nth(1)
        .unwrap()
        .split("✗ the wrong statement decides")
        .next()
        .unwrap();
    assert!(trap.contains("expected allow, got implicit_deny"), "{trap}");
    // The reasoning shows the statement whose action matched (2), not the unrelated ones (1 and 3).
    assert!(
        trap.contains("Statement 2 (allow): does not match"),
        "{trap}"
    );
    assert!(
        trap.contains("qcs:ip = `192.0.2.1` is in none of `10.0.0.0/8`"),
        "{trap}"
    );
    assert!(!trap.contains("Statement 1 (allow)"), "{trap}");
    assert!(!trap.contains("Statement 3 (deny)"), "{trap}");
    assert!(
        out.contains("expected the deciding statements agent#2, got agent#1"),
        "{out}"
    );
    assert!(
        out.contains("expected a decision that is not authoritative, got an authoritative one"),
        "{out}"
    );
}

#[test]
fn test_output_speaks_chinese() {
    let (code, out, _) = camctl(&[
        "test",
        &format!("{FIXTURES}/failing.json"),
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code, 1);
    assert!(
        out.contains("预期结论为允许（`allow`），实际为隐式拒绝（`implicit_deny`）"),
        "{out}"
    );
    assert!(out.contains("推理过程（相关语句）："), "{out}");
    assert!(out.contains("通过 1 个，失败 3 个"), "{out}");
    assert!(out.contains("覆盖率 50.0%："), "{out}");
    // The reasoning itself is worded by the Chinese tables too.
    assert!(out.contains("隐式拒绝"), "{out}");
    // And located input errors, with full-width punctuation.
    let (code, _, err) = camctl(&["test", "no/such.json", "--lang", "zh-CN"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("no/such.json:1:1：错误：无法读取 no/such.json："),
        "{err}"
    );
    assert!(err.contains("建议：请检查路径"), "{err}");
}

/// Each unreadable test file: exit 2, a located error (file:line:column) with what is wrong and what to do.
#[test]
fn unreadable_test_files_are_located_errors_with_exit_2() {
    let files = Files::new("bad");
    std::fs::copy(format!("{FIXTURES}/agent.json"), files.0.join("agent.json")).unwrap();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "broken JSON",
            "{\n  \"policies\": [\"agent.json\"],\n  \"cases\": [\n}",
            ":4:1: error",
            "",
        ),
        (
            "unknown field",
            r#"{"policies": ["agent.json"], "casse": []}"#,
            ":1:30: error: unknown field `casse`",
            "Did you mean `cases`?",
        ),
        (
            "missing file",
            r#"{"policies": ["nowhere.json"], "cases": [{"name": "x", "request": {"action": "ccc:CreateStaff"}, "expect": "allow"}]}"#,
            ":1:15: error: cannot read nowhere.json",
            "relative to the test file",
        ),
        (
            "unknown kind",
            r#"{"policies": [{"path": "agent.json", "kind": "root"}], "cases": []}"#,
            ":1:46: error: `root` is not allowed here",
            "Write one of `identity`, `policy`, `boundary`, `trust`, `session`, `bucket`, `scp`.",
        ),
        (
            "unknown principal",
            r#"{"policies": ["agent.json"], "cases": [{"name": "x", "request": {"action": "ccc:CreateStaff", "principal": "bob"}, "expect": "allow"}]}"#,
            ":1:108: error: no principal is named `bob`",
            "Define it under `principals`.",
        ),
        (
            "bad expectation",
            r#"{"policies": ["agent.json"], "cases": [{"name": "x", "request": {"action": "ccc:CreateStaff"}, "expect": "allowed"}]}"#,
            ":1:106: error: `allowed` is not allowed here",
            "`implicit_deny`",
        ),
        (
            "statement out of range",
            r#"{"policies": ["agent.json"], "cases": [{"name": "x", "request": {"action": "ccc:CreateStaff"}, "expect": "allow", "deciding": ["agent#9"]}]}"#,
            ":1:128: error: `agent` has no statement 9",
            "It has 3 statements",
        ),
        (
            "request and matrix",
            r#"{"policies": ["agent.json"], "cases": [{"name": "x", "expect": "allow"}]}"#,
            ":1:40: error: a case needs exactly one of `request` and `matrix`",
            "",
        ),
        (
            "a request the request reader refuses",
            r#"{"policies": ["agent.json"], "cases": [{"name": "x", "request": {"action": "ccc:NoSuchApi"}, "expect": "allow"}]}"#,
            ":1:40: error: `ccc:NoSuchApi` is not in the catalog",
            "must name its resource",
        ),
        (
            "a pattern matching no API",
            r#"{"policies": ["agent.json"], "cases": [{"name": "x", "matrix": {"actions": ["ccc:Nothing*"]}, "expect": "deny"}]}"#,
            ":1:77: error: `ccc:Nothing*` matches no API of the catalog",
            "camctl catalog",
        ),
    ];
    for (what, text, located, help) in cases {
        let file = files.write("t.json", text);
        let (code, out, err) = camctl(&["test", &file]);
        assert_eq!(code, 2, "{what}: {out}{err}");
        assert!(err.contains(&format!("{file}{located}")), "{what}: {err}");
        assert!(err.contains(help), "{what}: {err}");
        assert!(!err.contains("panicked"), "{what}: {err}");
    }
    // A broken policy is located in the policy file.
    files.write("broken.json", "{\"version\": \"2.0\",\n \"statement\": [}");
    let file = files.write(
        "t.json",
        r#"{"policies": ["broken.json"], "cases": [{"name": "x", "request": {"action": "ccc:CreateStaff"}, "expect": "allow"}]}"#,
    );
    let (code, _, err) = camctl(&["test", &file]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{}/broken.json:2:", files.path())),
        "{err}"
    );
    // The other files are still run, and the JSON report carries the error.
    let (code, out, err) = camctl(&[
        "test",
        &file,
        &format!("{FIXTURES}/partial.json"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 2, "{err}");
    let report = json(&out, &err);
    assert_eq!(report["passed"], 3);
    assert_eq!(
        report["errors"][0]["file"],
        format!("{}/broken.json", files.path())
    );
    assert_eq!(report["errors"][0]["line"], 2);
    // A missing test file.
    let (code, _, err) = camctl(&["test", "no/such/tests.json"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no/such/tests.json:1:1: error: cannot read"),
        "{err}"
    );
}

#[test]
fn run_selects_cases_by_name() {
    let table: &[(&str, usize, usize, i32)] = &[
        // pattern, cases run, skipped, exit code
        ("staff is created", 1, 3, 0),
        ("trap|wrong", 2, 2, 1),
        ("^the", 2, 2, 1),
        ("nothing matches this", 0, 4, 0),
    ];
    for (pattern, run, skipped, exit) in table {
        let (code, out, err) = camctl(&[
            "test",
            &format!("{FIXTURES}/failing.json"),
            "--run",
            pattern,
            "--format",
            "json",
        ]);
        assert_eq!(code, *exit, "{pattern}: {err}");
        let report = json(&out, &err);
        let suite = &report["suites"][0];
        assert_eq!(suite["cases"].as_array().unwrap().len(), *run, "{pattern}");
        assert_eq!(suite["skipped"], *skipped, "{pattern}");
        if *run == 0 {
            assert!(err.contains("selects no case"), "{err}");
        }
    }
    // A matrix's cells are selected by their own names.
    let (_, out, err) = camctl(&[
        "test",
        &format!("{FIXTURES}/partial.json"),
        "--run",
        "1400000001",
        "--format",
        "json",
    ]);
    let report = json(&out, &err);
    assert_eq!(
        report["suites"][0]["cases"][0]["name"],
        "staff is never deleted [ccc:DeleteStaff · SdkAppId 1400000001]"
    );
    let (code, _, err) = camctl(&["test", &format!("{FIXTURES}/partial.json"), "--run", "("]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a regular expression"), "{err}");
}

#[test]
fn coverage_threshold_sets_the_exit_code() {
    // partial.json: its cases pass; statement 2 decides none and its ip_equal key is never exercised: 50 %.
    let table: &[(&str, i32, bool)] = &[
        ("49.9", 0, true),
        ("50", 0, true),
        ("50.1", 1, false),
        ("100", 1, false),
    ];
    for (threshold, exit, met) in table {
        let (code, out, err) = camctl(&[
            "test",
            &format!("{FIXTURES}/partial.json"),
            "--coverage-threshold",
            threshold,
        ]);
        assert_eq!(code, *exit, "{threshold}: {out}{err}");
        assert_eq!(
            out.contains("is below the threshold"),
            !met,
            "{threshold}: {out}"
        );
    }
    let (_, out, err) = camctl(&[
        "test",
        &format!("{FIXTURES}/partial.json"),
        "--format",
        "json",
        "--coverage-threshold",
        "80",
    ]);
    let coverage = &json(&out, &err)["suites"][0]["coverage"];
    assert_eq!(coverage["percent"], 50.0);
    assert_eq!(coverage["met"], false);
    let statements = coverage["statements"].as_array().unwrap();
    let decided: Vec<(&str, u64)> = statements
        .iter()
        .map(|s| {
            (
                s["statement"].as_str().unwrap(),
                s["decided"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(decided, [("agent#1", 1), ("agent#2", 0), ("agent#3", 2)]);
    assert_eq!(coverage["keys"][0]["key"], "qcs:ip");
    assert_eq!(coverage["keys"][0]["covered"], false);
    for bad in ["abc", "150", "-1"] {
        let (code, _, err) = camctl(&[
            "test",
            &format!("{FIXTURES}/partial.json"),
            "--coverage-threshold",
            bad,
        ]);
        assert_eq!(code, 2, "{bad}");
        assert!(err.contains("is a percentage from 0 to 100"), "{err}");
    }
}

#[test]
fn test_json_reports_every_case() {
    let (code, out, err) = camctl(&[
        "test",
        &format!("{FIXTURES}/failing.json"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let report = json(&out, &err);
    assert_eq!(
        (report["passed"].as_u64(), report["failed"].as_u64()),
        (Some(1), Some(3))
    );
    let cases = report["suites"][0]["cases"].as_array().unwrap();
    assert_eq!(cases[0]["passed"], true);
    assert_eq!(cases[0]["deciding"], serde_json::json!(["agent#1"]));
    assert!(cases[0].get("reasoning").is_none());
    assert_eq!(cases[1]["passed"], false);
    assert_eq!(cases[1]["expected"], "allow");
    assert_eq!(cases[1]["decision"], "implicit_deny");
    assert_eq!(cases[1]["failures"][0], "expected allow, got implicit_deny");
    assert!(cases[1]["reasoning"]
        .as_str()
        .unwrap()
        .contains("Statement 2"));
    assert_eq!(cases[1]["line"], 14);
}

/// Parses JUnit XML and checks its counts against its elements.
fn junit(xml: &str) -> (usize, usize, usize) {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{e}: {xml}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let count = |node: roxmltree::Node, tag: &str| {
        node.descendants()
            .filter(|n| n.tag_name().name() == tag)
            .count()
    };
    let attr = |node: roxmltree::Node, name: &str| -> usize {
        node.attribute(name).unwrap().parse().unwrap()
    };
    for suite in root.children().filter(|n| n.is_element()) {
        assert_eq!(suite.tag_name().name(), "testsuite");
        assert_eq!(attr(suite, "tests"), count(suite, "testcase"));
        assert_eq!(attr(suite, "failures"), count(suite, "failure"));
        assert_eq!(attr(suite, "errors"), count(suite, "error"));
    }
    let (tests, failures, errors) = (
        count(root, "testcase"),
        count(root, "failure"),
        count(root, "error"),
    );
    assert_eq!(attr(root, "tests"), tests);
    assert_eq!(attr(root, "failures"), failures);
    assert_eq!(attr(root, "errors"), errors);
    (tests, failures, errors)
}

#[test]
fn test_junit_is_xml_with_the_right_counts() {
    let (code, out, _) = camctl(&[
        "test",
        &format!("{FIXTURES}/failing.json"),
        "--format",
        "junit",
    ]);
    assert_eq!(code, 1);
    assert_eq!(junit(&out), (4, 3, 0));
    let doc = roxmltree::Document::parse(&out).unwrap();
    let failed = doc
        .descendants()
        .find(|n| n.attribute("name") == Some("the trap: skill groups on one SdkAppId"))
        .unwrap();
    let failure = failed
        .children()
        .find(|n| n.has_tag_name("failure"))
        .unwrap();
    assert_eq!(
        failure.attribute("message"),
        Some("expected allow, got implicit_deny")
    );
    assert!(failure.text().unwrap().contains("Statement 2 (allow)"));
    // A coverage threshold is one more case, failed below it.
    let (code, out, _) = camctl(&[
        "test",
        &format!("{FIXTURES}/partial.json"),
        "--format",
        "junit",
        "--coverage-threshold",
        "75",
    ]);
    assert_eq!(code, 1);
    assert_eq!(junit(&out), (4, 1, 0));
    // An unreadable file is an <error>.
    let (code, out, _) = camctl(&["test", "no/such.json", "--format", "junit"]);
    assert_eq!(code, 2);
    assert_eq!(junit(&out), (1, 0, 1));
}

// ---------------------------------------------------------------------------------------------------------
// camctl lint in CI formats

/// One error (an operation-level API on a specific resource), one security warning (`_if_exist` on an allow),
/// one warning (a duplicate statement) and two suggestions (CIDRs with host bits).
const MIXED: &str = r#"{
  "version": "2.0",
  "statement": [
    {"effect": "allow", "action": ["ccc:CreateStaff"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]},
    {"effect": "allow", "action": ["ccc:DeleteCCCSkillGroup"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]},
    {"effect": "allow", "action": ["ccc:DescribeExtension"], "resource": "*", "condition": {"ip_equal_if_exist": {"qcs:ip": ["10.0.0.0/8"]}}},
    {"effect": "deny", "action": ["ccc:DeleteStaff"], "resource": ["*"], "condition": {"ip_not_equal": {"qcs:ip": ["10.1.2.3/8"]}}},
    {"effect": "deny", "action": ["ccc:DeleteStaff"], "resource": ["*"], "condition": {"ip_not_equal": {"qcs:ip": ["10.1.2.3/8"]}}}
  ]
}"#;

fn sarif_of(args: &[&str], dir: Option<&str>) -> (i32, Value) {
    let (code, out, err) = camctl_in(dir, &[args, &["--format", "sarif"]].concat());
    (code, json(&out, &err))
}

#[test]
fn sarif_has_the_structure_github_reads() {
    let files = Files::new("sarif");
    let policy = files.write("mixed.json", MIXED);
    let (code, log) = sarif_of(&["lint", &policy], None);
    assert_eq!(code, 1, "{log}");
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(
        log["$schema"],
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json"
    );
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["tool"]["driver"]["name"], "camctl");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 5, "{log}");
    // One rule per code, each described, with help in text and Markdown linking the rule book's rule.
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    for rule in rules {
        for field in ["shortDescription", "fullDescription"] {
            assert!(!rule[field]["text"].as_str().unwrap().is_empty(), "{rule}");
        }
        assert!(!rule["help"]["text"].as_str().unwrap().is_empty());
        let markdown = rule["help"]["markdown"].as_str().unwrap();
        assert!(
            markdown.contains("](https://www.tencentcloud.com/document/product/598/"),
            "{markdown}"
        );
        assert!(rule["helpUri"].as_str().unwrap().starts_with("https://"));
    }
    // Levels from severities; security warnings are errors with a security-severity on their rule.
    let expected_levels = [
        ("error", "error"),
        ("security_warning", "error"),
        ("warning", "warning"),
        ("info", "note"),
    ];
    let mut seen = Vec::new();
    for result in results {
        let severity = result["properties"]["severity"].as_str().unwrap();
        let level = expected_levels
            .iter()
            .find(|(s, _)| *s == severity)
            .unwrap()
            .1;
        assert_eq!(result["level"], level, "{result}");
        seen.push(severity);
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let rule = &rules[index];
        assert_eq!(
            rule["properties"].get("security-severity").is_some(),
            severity == "security_warning",
            "{rule}"
        );
        let region = &result["locations"][0]["physicalLocation"]["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(region[key].as_u64().unwrap() >= 1, "{region}");
        }
        assert!(region["endLine"].as_u64() >= region["startLine"].as_u64());
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(
            uri.starts_with("file:///") && uri.ends_with("/mixed.json"),
            "{uri}"
        );
        assert_eq!(
            result["partialFingerprints"]["camFinding/v1"]
                .as_str()
                .unwrap()
                .len(),
            16
        );
    }
    for severity in ["error", "security_warning", "warning", "info"] {
        assert!(seen.contains(&severity), "no {severity} in {seen:?}");
    }
    // `ip_equal_if_exist` starts at line 6 column 93 (characters, 1-based) and ends before column 112.
    let if_exist = results
        .iter()
        .find(|r| r["ruleId"] == "lint/if-exist-on-allow")
        .unwrap();
    let region = &if_exist["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(6), Some(93))
    );
    assert_eq!(
        (region["endLine"].as_u64(), region["endColumn"].as_u64()),
        (Some(6), Some(112))
    );
    let line = MIXED.lines().nth(5).unwrap();
    assert!(line[92..].starts_with("\"ip_equal_if_exist\""), "{line}");
}

#[test]
fn sarif_columns_count_code_points_not_bytes() {
    let files = Files::new("columns");
    // A Chinese description before the finding on the same line: columns count characters.
    let policy = files.write(
        "p.json",
        "{\"version\": \"2.0\", \"statement\": [{\"effect\": \"allow\", \"action\": \"ccc:创建\", \"resource\": \"*\"}]}",
    );
    let (_, log) = sarif_of(&["lint", &policy], None);
    let result = &log["runs"][0]["results"][0];
    let region = &result["locations"][0]["physicalLocation"]["region"];
    let text = std::fs::read_to_string(&policy).unwrap();
    let byte = text.find("\"ccc:创建\"").unwrap();
    let column = text[..byte].chars().count() + 1;
    assert_eq!(
        region["startColumn"].as_u64(),
        Some(column as u64),
        "{result}"
    );
    assert_eq!(
        region["endColumn"].as_u64(),
        Some((column + "\"ccc:创建\"".chars().count()) as u64),
        "{result}"
    );
}

#[test]
fn fingerprints_survive_moves_and_reformatting_but_not_edits() {
    let files = Files::new("fingerprints");
    let fingerprints = |text: &str| -> Vec<(String, String)> {
        let policy = files.write("p.json", text);
        let (_, out, err) = camctl(&["lint", &policy, "--format", "json"]);
        let report = json(&out, &err);
        let mut list: Vec<(String, String)> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["code"].as_str().unwrap().into(),
                    f["fingerprint"].as_str().unwrap().into(),
                )
            })
            .collect();
        list.sort();
        list
    };
    let before = fingerprints(MIXED);
    let reindented = fingerprints(&MIXED.replace("\n    {", "\n\n        {"));
    assert_eq!(before, reindented);
    let edited = fingerprints(&MIXED.replace("10.1.2.3/8", "10.1.2.4/8"));
    assert_ne!(before, edited);
}

#[test]
fn github_annotations_escape_per_the_runner_rules() {
    let files = Files::new("github");
    let policy = files.write("a,b%c.json", MIXED);
    let (code, out, _) = camctl(&["lint", &policy, "--format", "github"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() >= 4, "{out}");
    let escaped_file = policy
        .replace('%', "%25")
        .replace(',', "%2C")
        .replace(':', "%3A");
    for line in &lines {
        let (command, rest) = line.split_once(' ').unwrap();
        assert!(
            ["::error", "::warning", "::notice"].contains(&command),
            "{line}"
        );
        let (properties, message) = rest.split_once("::").unwrap();
        assert!(
            properties.starts_with(&format!("file={escaped_file},line=")),
            "{line}"
        );
        // Messages carry message and help on two lines: the line break is escaped, the line is one line.
        assert!(message.contains("%0A"), "{line}");
        assert!(!message.contains('\n'));
        // A title's own `:` and `,` are escaped, so the property list splits cleanly on `,`.
        let title = properties.split(",title=").nth(1).unwrap();
        assert!(!title.contains(',') && !title.contains(':'), "{title}");
    }
    let if_exist = lines
        .iter()
        .find(|l| l.contains("title=lint/if-exist-on-allow"))
        .unwrap();
    assert!(if_exist.starts_with("::error "), "{if_exist}");
    assert!(
        if_exist.contains(",line=6,col=93,endLine=6,endColumn=112,"),
        "{if_exist}"
    );
    let warning = lines
        .iter()
        .find(|l| l.contains("title=lint/duplicate-statement"))
        .unwrap();
    assert!(warning.starts_with("::warning "), "{warning}");
    let note = lines
        .iter()
        .find(|l| l.contains("title=lint/cidr-host-bits"))
        .unwrap();
    assert!(note.starts_with("::notice "), "{note}");
}

#[test]
fn lint_junit_is_xml_with_the_right_counts() {
    let files = Files::new("lint-junit");
    let mixed = files.write("mixed.json", MIXED);
    let clean = files.write(
        "clean.json",
        r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:CreateStaff"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}]}"#,
    );
    let (code, out, err) = camctl(&["lint", &mixed, &clean, "--format", "junit"]);
    assert_eq!(code, 1, "{err}");
    let (_, findings_json, _) = camctl(&["lint", &mixed, "--format", "json"]);
    let findings = json(&findings_json, "")["findings"]
        .as_array()
        .unwrap()
        .clone();
    let errors = findings.iter().filter(|f| f["severity"] == "error").count();
    // A case per finding plus one for the clean file; failures are the error findings.
    assert_eq!(junit(&out), (findings.len() + 1, errors, 0));
    assert!(errors >= 1);
}

#[test]
fn a_configuration_turns_codes_off_changes_severities_and_suppresses_with_a_reason() {
    let files = Files::new("config");
    let policy = files.write("mixed.json", MIXED);
    let (_, out, _) = camctl(&["lint", &policy, "--format", "json"]);
    let all = json(&out, "")["findings"].as_array().unwrap().len();
    files.write(
        ".camlint.json",
        r#"{
  "$schema": "../../schemas/camlint.schema.json",
  "rules": {"lint/cidr-host-bits": "off", "lint/operation-level-scoped": "warning", "lint/duplicate-statement": "error"},
  "suppress": [
    {"file": "mixed.json", "code": "lint/if-exist-on-allow", "path": "$.statement[2]", "reason": "old agents send no IP, reviewed in SEC-42"}
  ]
}"#,
    );
    // Found in the working folder.
    let (code, out, err) = camctl_in(
        Some(&files.path()),
        &["lint", "mixed.json", "--format", "json"],
    );
    let report = json(&out, &err);
    let codes: Vec<(&str, &str)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["code"].as_str().unwrap(), f["severity"].as_str().unwrap()))
        .collect();
    assert!(
        !codes.iter().any(|(c, _)| *c == "lint/cidr-host-bits"),
        "{codes:?}"
    );
    assert!(
        codes.contains(&("lint/operation-level-scoped", "warning")),
        "{codes:?}"
    );
    assert!(
        codes.contains(&("lint/duplicate-statement", "error")),
        "{codes:?}"
    );
    assert!(
        !codes.iter().any(|(c, _)| *c == "lint/if-exist-on-allow"),
        "{codes:?}"
    );
    // Two host-bits notes off, one finding suppressed.
    assert_eq!(codes.len(), all - 3);
    assert_eq!(report["suppressed"][0]["code"], "lint/if-exist-on-allow");
    assert_eq!(
        report["suppressed"][0]["reason"],
        "old agents send no IP, reviewed in SEC-42"
    );
    assert!(
        err.contains("1 finding suppressed by the configuration"),
        "{err}"
    );
    // The duplicate statement is now an error: exit 1 for it (the operation-level one is only a warning now).
    assert_eq!(code, 1);
    // SARIF: the suppressed finding is a result with an external suppression and its justification.
    let (_, log) = sarif_of(&["lint", "mixed.json"], Some(&files.path()));
    let results = log["runs"][0]["results"].as_array().unwrap();
    let silenced = results
        .iter()
        .find(|r| r["ruleId"] == "lint/if-exist-on-allow")
        .unwrap();
    let suppression = &silenced["suppressions"][0];
    assert_eq!(suppression["kind"], "external");
    assert_eq!(suppression["status"], "accepted");
    assert_eq!(
        suppression["justification"],
        "old agents send no IP, reviewed in SEC-42"
    );
    assert_eq!(
        suppression["location"]["physicalLocation"]["region"]["startLine"],
        5
    );
    assert!(results
        .iter()
        .filter(|r| r["ruleId"] != "lint/if-exist-on-allow")
        .all(|r| r.get("suppressions").is_none()));
    // Pretty and GitHub output leave it out.
    let (_, out, _) = camctl_in(Some(&files.path()), &["lint", "mixed.json"]);
    assert!(!out.contains("if-exist-on-allow"), "{out}");
    let (_, out, _) = camctl_in(
        Some(&files.path()),
        &["lint", "mixed.json", "--format", "github"],
    );
    assert!(!out.contains("if-exist-on-allow"), "{out}");
    // Another file with the same finding is not suppressed.
    files.write("other.json", MIXED);
    let (_, out, _) = camctl_in(Some(&files.path()), &["lint", "other.json"]);
    assert!(out.contains("if-exist-on-allow"), "{out}");
}

#[test]
fn an_unreadable_configuration_is_a_located_error() {
    let files = Files::new("bad-config");
    let policy = files.write("p.json", MIXED);
    let table: &[(&str, &str, &str)] = &[
        (
            r#"{"rules": {"lint/star-on-stars": "off"}}"#,
            ":1:12: error: `lint/star-on-stars` is not a finding code",
            "Did you mean `lint/star-on-star`?",
        ),
        (
            r#"{"rules": {"lint/star-on-star": "loud"}}"#,
            ":1:33: error: `loud` is not allowed here",
            "`security_warning`",
        ),
        (
            r#"{"suppress": [{"file": "p.json", "code": "lint/star-on-star"}]}"#,
            ":1:15: error: missing field `reason`",
            "Add `reason`",
        ),
        (
            r#"{"suppres": []}"#,
            ":1:2: error: unknown field `suppres`",
            "Did you mean `suppress`?",
        ),
        ("{\"rules\": ", ":1:11: error", ""),
    ];
    for (text, located, help) in table {
        let config = files.write("camlint.json", text);
        let (code, out, err) = camctl(&["lint", &policy, "--config", &config]);
        assert_eq!(code, 2, "{text}: {out}{err}");
        assert!(err.contains(&format!("{config}{located}")), "{text}: {err}");
        assert!(err.contains(help), "{text}: {err}");
    }
}

#[test]
fn a_baseline_reports_only_new_findings() {
    let files = Files::new("baseline");
    let policy = files.write("p.json", MIXED);
    let (_, json_out, _) = camctl(&["lint", &policy, "--format", "json"]);
    let json_baseline = files.write("baseline.json", &json_out);
    let (_, sarif_out, _) = camctl(&["lint", &policy, "--format", "sarif"]);
    let sarif_baseline = files.write("baseline.sarif", &sarif_out);
    for baseline in [&json_baseline, &sarif_baseline] {
        // Nothing new: no finding, exit 0 although the error finding is still there.
        let (code, out, err) =
            camctl(&["lint", &policy, "--baseline", baseline, "--format", "json"]);
        assert_eq!(code, 0, "{err}");
        assert!(
            json(&out, &err)["findings"].as_array().unwrap().is_empty(),
            "{out}"
        );
        assert!(err.contains("findings already in the baseline"), "{err}");
        // A new statement with a new finding, inserted first (moving the others): only it is reported.
        let grown = MIXED.replacen(
            "\"statement\": [\n",
            "\"statement\": [\n    {\"effect\": \"allow\", \"action\": [\"ccc:DeleteCCCSkillGroup\"], \"resource\": [\"qcs::ccc::uin/100000000001:SdkAppId/1400000099\"]},\n",
            1,
        );
        std::fs::write(&policy, &grown).unwrap();
        let (_, out, err) = camctl(&["lint", &policy, "--baseline", baseline, "--format", "json"]);
        let new: Vec<String> = json(&out, &err)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| format!("{} {}", f["code"].as_str().unwrap(), f["line"]))
            .collect();
        assert_eq!(new, ["lint/operation-level-scoped 4"], "{baseline}");
        std::fs::write(&policy, MIXED).unwrap();
    }
    let not_a_baseline = files.write("b.json", r#"{"rows": []}"#);
    let (code, _, err) = camctl(&["lint", &policy, "--baseline", &not_a_baseline]);
    assert_eq!(code, 2);
    assert!(
        err.contains("neither `camctl lint --format json` nor SARIF output"),
        "{err}"
    );
}

#[test]
fn formats_are_offered_per_command() {
    let (code, _, err) = camctl(&["test", "examples/ci/cam-tests.json", "--format", "sarif"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--format is pretty or json or junit, not sarif"),
        "{err}"
    );
    let (code, _, err) = camctl(&["lint", "examples/ci/main.tf", "--format", "yaml"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("pretty or json or sarif or github or junit"),
        "{err}"
    );
    let (code, _, err) = camctl(&["test"]);
    assert_eq!(code, 2);
    assert!(err.contains("test needs a test file"), "{err}");
}

#[test]
fn the_example_lints_clean_with_its_configuration() {
    let dir = format!("{}/examples/ci", env!("CARGO_MANIFEST_DIR"));
    let (code, out, err) = camctl_in(Some(&dir), &["lint", "main.tf"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("1 finding suppressed by the configuration"),
        "{err}"
    );
    // Without it (from the repository root, which has no `.camlint.json`), the boundary's `ccc:*` on `*` is
    // reported.
    let (code, out, _) = camctl(&["lint", "examples/ci/main.tf"]);
    assert_eq!(code, 0);
    assert!(out.contains("security_warning[lint/star-on-star]"), "{out}");
    // The workflow's never-allow step passes; a wider pattern finds the skill-group deletion the policy grants
    // from the office.
    let check = |patterns: &[&str]| {
        let mut args = vec![
            "check",
            "--policy",
            "main.tf",
            "--boundary",
            "main.tf",
            "--request",
            "base-request.json",
        ];
        for p in patterns {
            args.extend(["--never-allow", p]);
        }
        camctl_in(Some(&dir), &args)
    };
    let (code, out, err) = check(&["ccc:DeleteStaff", "ccc:DeleteAdminAccount"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, _) = check(&["ccc:Delete*"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("+ ccc:DeleteCCCSkillGroup on SdkAppId 1400000000"),
        "{out}"
    );
    assert!(!out.contains("+ ccc:DeleteStaff"), "{out}");
}

// ---------------------------------------------------------------------------------------------------------
// Access gates

/// The access a gate is expected to find: (action, SdkAppId, `*` for every unnamed one, or the resource).
type Expected = &'static [(&'static str, &'static str)];

const SCOPED: &str = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DescribeExtension"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}]}"#;
const WIDENED: &str = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DescribeExtension"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/*"]}]}"#;
const SECOND_ID: &str = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DescribeExtension"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}, {"effect": "allow", "action": ["ccc:DescribeExtension"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000077"]}]}"#;
const NARROWED: &str = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:CreateStaff"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}]}"#;
const BASE_REQUEST: &str = r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000}, "principal": {"uin": "100000000011", "owner_uin": "100000000001"}}"#;

#[test]
fn no_new_access_names_the_access_an_edit_adds() {
    let files = Files::new("gate");
    let request = files.write("r.json", BASE_REQUEST);
    // before, after, exit code, the gained access as (action, id or "*" for every unnamed id)
    let table: &[(&str, &str, i32, Expected)] = &[
        (SCOPED, SCOPED, 0, &[]),
        (SCOPED, NARROWED, 0, &[]),
        (
            SCOPED,
            WIDENED,
            1,
            &[("ccc:CreateStaff", "*"), ("ccc:DescribeExtension", "*")],
        ),
        (
            SCOPED,
            SECOND_ID,
            1,
            &[("ccc:DescribeExtension", "1400000077")],
        ),
        (
            NARROWED,
            SCOPED,
            1,
            &[("ccc:DescribeExtension", "1400000000")],
        ),
    ];
    for (i, (before, after, exit, gained)) in table.iter().enumerate() {
        let before_file = files.write(&format!("before{i}.json"), before);
        let after_file = files.write(&format!("after{i}.json"), after);
        let (code, out, err) = camctl(&[
            "diff",
            "--before",
            &before_file,
            "--after",
            &after_file,
            "--request",
            &request,
            "--gate",
            "no-new-access",
            "--format",
            "json",
        ]);
        assert_eq!(code, *exit, "case {i}: {out}{err}");
        let report = json(&out, &err);
        assert_eq!(report["passed"], gained.is_empty(), "case {i}");
        let got: Vec<(String, String)> = report["access"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                let id = if a["unnamed"] == true {
                    "*".to_string()
                } else {
                    a["id"].as_str().unwrap().to_string()
                };
                (a["action"].as_str().unwrap().to_string(), id)
            })
            .collect();
        let want: Vec<(String, String)> = gained
            .iter()
            .map(|(a, id)| (a.to_string(), id.to_string()))
            .collect();
        assert_eq!(got, want, "case {i}");
        // Each example's link reopens the after-policies with the example request.
        for access in report["access"].as_array().unwrap() {
            let link = access["link"].as_str().unwrap();
            let fragment = link.split_once('#').unwrap().1;
            let shared = cam_playground::share::decode(fragment).unwrap();
            assert_eq!(shared.workspace.policies[0].text, *after);
            let opened: Value = serde_json::from_str(&shared.workspace.request).unwrap();
            assert_eq!(opened, access["example"]);
        }
    }
    // The text output says it in words, with the example request.
    let before_file = files.write("b.json", SCOPED);
    let after_file = files.write("a.json", WIDENED);
    let (code, out, _) = camctl(&[
        "diff",
        "--before",
        &before_file,
        "--after",
        &after_file,
        "--request",
        &request,
        "--gate",
        "no-new-access",
    ]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with("no-new-access: the new policies allow 2 requests the old ones did not"),
        "{out}"
    );
    assert!(
        out.contains("+ ccc:CreateStaff on every SdkAppId no policy names (was implicit_deny)"),
        "{out}"
    );
    assert!(
        out.contains("open it in the playground: http://127.0.0.1:8080/#s1."),
        "{out}"
    );
    let (code, _, err) = camctl(&[
        "diff",
        "--before",
        &before_file,
        "--after",
        &after_file,
        "--request",
        &request,
        "--gate",
        "no-new-stuff",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--gate is no-new-access, not no-new-stuff"),
        "{err}"
    );
}

#[test]
fn never_allow_finds_an_allowed_request_matching_the_pattern() {
    let files = Files::new("never");
    let request = files.write("r.json", BASE_REQUEST);
    let widened = files.write("w.json", WIDENED);
    // patterns, --resource, exit code, allowed (action, id or "*" or the resource)
    let table: &[(&[&str], Option<&str>, i32, Expected)] = &[
        (&["ccc:Delete*"], None, 0, &[]),
        (
            &["ccc:Create*"],
            None,
            1,
            &[("ccc:CreateStaff", "1400000000"), ("ccc:CreateStaff", "*")],
        ),
        (
            &["ccc:DescribeExtension", "ccc:Delete*"],
            None,
            1,
            &[
                ("ccc:DescribeExtension", "1400000000"),
                ("ccc:DescribeExtension", "*"),
            ],
        ),
        (
            &["ccc:CreateStaff"],
            Some("qcs::ccc::uin/100000000001:SdkAppId/42"),
            1,
            &[("ccc:CreateStaff", "qcs::ccc::uin/100000000001:SdkAppId/42")],
        ),
        (
            &["ccc:CreateStaff"],
            Some("qcs::ccc::uin/100000000002:SdkAppId/42"),
            0,
            &[],
        ),
    ];
    for (patterns, resource, exit, allowed) in table {
        let mut args = vec![
            "check",
            "--policy",
            &widened,
            "--request",
            &request,
            "--format",
            "json",
        ];
        for p in *patterns {
            args.extend(["--never-allow", p]);
        }
        if let Some(r) = resource {
            args.extend(["--resource", r]);
        }
        let (code, out, err) = camctl(&args);
        assert_eq!(code, *exit, "{patterns:?}: {out}{err}");
        let report = json(&out, &err);
        let got: Vec<(String, String)> = report["access"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                let id = match (a["unnamed"].as_bool(), a["id"].as_str()) {
                    (Some(true), _) => "*".to_string(),
                    (_, Some(id)) => id.to_string(),
                    _ => a["example"]["resource"][0].as_str().unwrap().to_string(),
                };
                (a["action"].as_str().unwrap().to_string(), id)
            })
            .collect();
        let want: Vec<(String, String)> = allowed
            .iter()
            .map(|(a, id)| (a.to_string(), id.to_string()))
            .collect();
        assert_eq!(got, want, "{patterns:?} {resource:?}");
    }
    let (code, _, err) = camctl(&["check", "--policy", &widened, "--request", &request]);
    assert_eq!(code, 2);
    assert!(
        err.contains("check needs at least one --never-allow"),
        "{err}"
    );
}

/// Policies of every kind are read with their grammar and evaluated in their layer: a bucket policy alone.
#[test]
fn a_bucket_policy_is_tested_in_its_layer() {
    let files = Files::new("bucket");
    files.write(
        "bucket.json",
        r#"{"version": "2.0", "statement": [{"principal": {"qcs": ["qcs::cam::uin/100000000001:uin/100000000011"]},
          "effect": "allow", "action": "name/cos:GetObject",
          "resource": "qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*"}]}"#,
    );
    let tests = files.write(
        "t.json",
        r#"{"policies": [{"id": "bucket", "path": "bucket.json", "kind": "bucket"}],
            "principals": {"reader": {"uin": "100000000011", "owner_uin": "100000000001"},
                           "other": {"uin": "100000000022", "owner_uin": "100000000001"}},
            "cases": [
              {"name": "the named user reads", "expect": "allow", "deciding": ["bucket#1"],
               "request": {"action": "cos:GetObject", "principal": "reader",
                           "resource": "qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/a.txt"}},
              {"name": "another user does not", "expect": "implicit_deny",
               "request": {"action": "cos:GetObject", "principal": "other",
                           "resource": "qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/a.txt"}}
            ]}"#,
    );
    let (code, out, err) = camctl(&["test", &tests, "--format", "json"]);
    assert_eq!(code, 0, "{out}{err}");
    let report = json(&out, &err);
    assert_eq!(report["passed"], 2);
    assert_eq!(
        report["suites"][0]["coverage"]["statements"][0]["statement"],
        "bucket#1"
    );
    assert_eq!(
        report["suites"][0]["coverage"]["statements"][0]["decided"],
        1
    );
    // A bucket policy without a principal is an error located in the policy (rule B1), exit 2.
    files.write(
        "bucket.json",
        r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "name/cos:GetObject", "resource": "*"}]}"#,
    );
    let (code, _, err) = camctl(&["test", &tests]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{}/bucket.json:1:", files.path())),
        "{err}"
    );
}

/// A Terraform file holding one identity policy, as heredoc JSON.
fn tf_policy(document: &str) -> String {
    format!(
        "resource \"tencentcloud_cam_policy\" \"support\" {{\n  name     = \"support\"\n  document = <<EOT\n{document}\nEOT\n}}\n"
    )
}

/// A temporary Git repository (git is run with the test's own identity, no global configuration needed).
struct Repo(Files);

impl Repo {
    fn new(name: &str) -> Repo {
        let repo = Repo(Files::new(name));
        repo.git(&["init", "-q", "-b", "main"]);
        repo
    }

    fn git(&self, args: &[&str]) {
        let status = Command::new("git")
            .args([
                "-c",
                "user.name=camctl tests",
                "-c",
                "user.email=tests@example.com",
            ])
            .args(args)
            .current_dir(self.0.path())
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    }

    fn commit(&self, files: &[(&str, &str)], message: &str) {
        for (name, text) in files {
            if let Some((folder, _)) = name.rsplit_once('/') {
                std::fs::create_dir_all(self.0 .0.join(folder)).unwrap();
            }
            self.0.write(name, text);
        }
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn camctl(&self, args: &[&str]) -> (i32, String, String) {
        camctl_in(Some(&self.0.path()), args)
    }
}

/// `diff --git-base REV [--git-head REV] PATH…`: the gate between two revisions' worth of files, read with git.
#[test]
fn no_new_access_between_two_git_revisions() {
    let repo = Repo::new("git-gate");
    repo.commit(
        &[
            ("infra/main.tf", &tf_policy(SCOPED)),
            ("request.json", BASE_REQUEST),
        ],
        "scoped",
    );
    repo.commit(&[("infra/main.tf", &tf_policy(WIDENED))], "widened");
    let gate = |revs: &[&str], paths: &[&str], format: &str| {
        repo.camctl(
            &[
                &["diff"][..],
                revs,
                paths,
                &[
                    "--request",
                    "request.json",
                    "--gate",
                    "no-new-access",
                    "--format",
                    format,
                ],
            ]
            .concat(),
        )
    };
    // The widening commit gains CreateStaff and DescribeExtension on every SdkAppId no policy names.
    let (code, out, err) = gate(
        &["--git-base", "HEAD~1", "--git-head", "HEAD"],
        &["infra"],
        "json",
    );
    assert_eq!(code, 1, "{out}{err}");
    let report = json(&out, &err);
    let gained: Vec<(&str, bool)> = report["access"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["action"].as_str().unwrap(), a["unnamed"] == true))
        .collect();
    assert_eq!(
        gained,
        [("ccc:CreateStaff", true), ("ccc:DescribeExtension", true)]
    );
    // The example request asks for an SdkAppId no policy names, and the link opens the head's policy.
    let example = &report["access"][0]["example"];
    assert_eq!(example["action"], "ccc:CreateStaff");
    assert_ne!(example["params"]["SdkAppId"], 1400000000);
    let link = report["access"][0]["link"].as_str().unwrap();
    let shared = cam_playground::share::decode(link.split_once('#').unwrap().1).unwrap();
    assert!(shared.workspace.policies[0].text.contains("SdkAppId/*"));
    // In words, with the example request printed.
    let (code, out, _) = gate(
        &["--git-base", "HEAD~1", "--git-head", "HEAD"],
        &["infra"],
        "text",
    );
    assert_eq!(code, 1);
    assert!(
        out.contains("+ ccc:CreateStaff on every SdkAppId no policy names (was implicit_deny)"),
        "{out}"
    );
    assert!(
        out.contains("example request:\n      {\"action\":\"ccc:CreateStaff\""),
        "{out}"
    );
    // The other way round (narrowing) gains nothing; HEAD against the working tree (unchanged) neither.
    let (code, out, err) = gate(
        &["--git-base", "HEAD", "--git-head", "HEAD~1"],
        &["infra"],
        "text",
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("allow nothing the old ones did not"), "{out}");
    assert_eq!(gate(&["--git-base", "HEAD"], &["infra"], "json").0, 0);
    // Without --git-head the head is the working tree: an uncommitted edit counts.
    repo.0.write("infra/main.tf", &tf_policy(SECOND_ID));
    let (code, out, err) = gate(&["--git-base", "HEAD~1"], &["infra/main.tf"], "json");
    assert_eq!(code, 1, "{out}{err}");
    let report = json(&out, &err);
    assert_eq!(report["access"][0]["action"], "ccc:DescribeExtension");
    assert_eq!(report["access"][0]["id"], "1400000077");
    // A policy file the base does not have is new: everything it allows is new access (said on stderr).
    repo.commit(&[("extra/read.json", NARROWED)], "a new file");
    let (code, out, err) = gate(
        &["--git-base", "HEAD~1", "--git-head", "HEAD"],
        &["extra/read.json"],
        "json",
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("extra/read.json is not in HEAD~1, so everything its policies allow counts as new access"),
        "{err}"
    );
    assert_eq!(json(&out, &err)["access"][0]["action"], "ccc:CreateStaff");
    // Located errors, exit 2: a path missing at the head, an unknown revision, mixing the two ways.
    let (code, _, err) = gate(
        &["--git-base", "HEAD~2", "--git-head", "HEAD~1"],
        &["extra/read.json"],
        "json",
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("extra/read.json does not exist at revision HEAD~1"),
        "{err}"
    );
    let (code, _, err) = gate(&["--git-base", "HEAD"], &["nowhere.tf"], "json");
    assert_eq!(code, 2);
    assert!(
        err.contains("nowhere.tf does not exist in the working tree"),
        "{err}"
    );
    let (code, _, err) = gate(&["--git-base", "origin/nope"], &["infra"], "json");
    assert_eq!(code, 2);
    assert!(err.contains("unknown Git revision origin/nope"), "{err}");
    let (code, _, err) = gate(
        &["--git-base", "HEAD", "--before", "x.json"],
        &["infra"],
        "json",
    );
    assert_eq!(code, 2);
    assert!(err.contains("give one of the two"), "{err}");
    let (code, _, err) = gate(&[], &["infra"], "json");
    assert_eq!(code, 2);
    assert!(err.contains("--git-base REV"), "{err}");
    // Chinese.
    let (code, _, err) = repo.camctl(&[
        "diff",
        "--git-base",
        "v9",
        "infra",
        "--request",
        "request.json",
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("未知的 Git 版本 v9"), "{err}");
    // Outside a repository, git's own words say why.
    let outside = Files::new("git-outside");
    outside.write("request.json", BASE_REQUEST);
    let (code, _, err) = camctl_in(
        Some(&outside.path()),
        &[
            "diff",
            "--git-base",
            "HEAD",
            ".",
            "--request",
            "request.json",
        ],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown Git revision HEAD: fatal: not a git repository"),
        "{err}"
    );
    // Without git on PATH.
    let output = Command::new(env!("CARGO_BIN_EXE_camctl"))
        .args([
            "diff",
            "--git-base",
            "HEAD",
            "infra",
            "--request",
            "request.json",
            "--lang",
            "en",
        ])
        .current_dir(repo.0.path())
        .env("PATH", outside.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot run git"));
}

/// `check --git-rev REV`: the never-allow check on a revision's files, no checkout.
#[test]
fn never_allow_reads_a_git_revision() {
    let repo = Repo::new("git-check");
    repo.commit(
        &[
            ("infra/main.tf", &tf_policy(NARROWED)),
            ("request.json", BASE_REQUEST),
        ],
        "narrow",
    );
    repo.commit(&[("infra/main.tf", &tf_policy(SCOPED))], "scoped");
    let check = |rev: &str| {
        repo.camctl(&[
            "check",
            "--git-rev",
            rev,
            "--policy",
            "infra",
            "--request",
            "request.json",
            "--never-allow",
            "ccc:DescribeExtension",
        ])
    };
    assert_eq!(check("HEAD~1").0, 0);
    let (code, out, _) = check("HEAD");
    assert_eq!(code, 1);
    assert!(
        out.contains("+ ccc:DescribeExtension on SdkAppId 1400000000"),
        "{out}"
    );
    let (code, _, err) = repo.camctl(&[
        "check",
        "--git-rev",
        "HEAD",
        "--policy",
        "gone.json",
        "--request",
        "request.json",
        "--never-allow",
        "ccc:*",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("gone.json does not exist at revision HEAD"),
        "{err}"
    );
}

/// `fmt`: indentation only, keys (order, duplicates) and values as written; `--check` changes nothing.
#[test]
fn fmt_indents_json_and_check_names_what_would_change() {
    let files = Files::new("fmt");
    let messy = files.write(
        "messy.json",
        "{\"version\":\"2.0\",\n\"statement\":[{\"effect\":\"allow\",\"action\":[\"ccc:CreateStaff\"],\"resource\":[\"*\"],\"effect\":\"allow\"}]}",
    );
    let tidy_text = "{\n  \"version\": \"2.0\",\n  \"statement\": [\n    {\n      \"effect\": \"allow\",\n      \"action\": [\"ccc:CreateStaff\"],\n      \"resource\": [\"*\"],\n      \"effect\": \"allow\"\n    }\n  ]\n}\n";
    let tidy = files.write("tidy.json", tidy_text);
    let broken = files.write("broken.json", "{\"version\": \"2.0\",}");
    let before = std::fs::read_to_string(&messy).unwrap();
    let (code, out, err) = camctl(&["fmt", "--check", &messy, &tidy]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(out, format!("{messy} would be reformatted\n"));
    assert_eq!(std::fs::read_to_string(&messy).unwrap(), before);
    assert_eq!(camctl(&["fmt", "--check", &tidy]).0, 0);
    // A file that is not JSON: a located error, exit 2, and the other files are still done.
    let (code, out, err) = camctl(&["fmt", &broken, &messy]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{broken} is not valid JSON: 1:18:")),
        "{err}"
    );
    assert_eq!(out, format!("reformatted {messy}\n"));
    assert_eq!(std::fs::read_to_string(&messy).unwrap(), tidy_text);
    assert_eq!(camctl(&["fmt", "--check", &messy]).0, 0);
    let (code, _, err) = camctl(&["fmt", "--check", &broken, "--lang", "zh-CN"]);
    assert_eq!(code, 2);
    assert!(err.contains("不是有效的 JSON"), "{err}");
    let (code, _, err) = camctl(&["fmt"]);
    assert_eq!(code, 2);
    assert!(err.contains("fmt needs a JSON file"), "{err}");
}

// ---------------------------------------------------------------------------------------------------------
// The recipes: the example's workflow files, run as written

/// The commands of a CI file: GitHub's `run:` steps (one line, `>` folded into one command, `|` one command a
/// line) and GitLab's `script:` items.
fn ci_commands(yaml: &str) -> Vec<String> {
    let lines: Vec<&str> = yaml.lines().collect();
    let indent = |line: &str| line.len() - line.trim_start().len();
    let mut commands = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start().trim_start_matches("- ");
        i += 1;
        if let Some(value) = trimmed.strip_prefix("run:") {
            let value = value.trim();
            if value != ">" && value != "|" {
                commands.push(value.to_string());
                continue;
            }
            let mut block = Vec::new();
            while i < lines.len() && (lines[i].trim().is_empty() || indent(lines[i]) > indent(line))
            {
                block.push(lines[i].trim());
                i += 1;
            }
            if value == ">" {
                commands.push(block.join(" ").trim().to_string());
            } else {
                commands.extend(
                    block
                        .iter()
                        .filter(|l| !l.is_empty())
                        .map(|l| l.to_string()),
                );
            }
        } else if line.trim_start().starts_with("- ")
            && (trimmed.starts_with("camctl ") || trimmed.starts_with("git "))
        {
            commands.push(trimmed.to_string());
        }
    }
    commands
}

/// Copies a folder (the example repository) into another.
fn copy_folder(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every `camctl` line of `examples/ci`'s GitHub and GitLab workflows, run as written (by `sh`, globs and
/// redirections included) in a copy of the example with a Git history, passes: lint, fmt --check, the never-allow
/// check, the tests with JUnit output, and the no-new-access gate against the base branch. docs/ci.md shows the
/// same lines, and the pre-commit hooks name commands that exist. A widened policy then fails the gate.
#[test]
fn the_recipes_run_as_written_on_the_example() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("examples/ci");
    let github =
        std::fs::read_to_string(example.join(".github/workflows/cam-policies.yml")).unwrap();
    let gitlab = std::fs::read_to_string(example.join(".gitlab-ci.yml")).unwrap();
    let docs = std::fs::read_to_string(root.join("docs/ci.md")).unwrap();
    let squeeze = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let repo = Repo::new("recipes");
    copy_folder(&example, &repo.0 .0);
    repo.git(&["add", "-A"]);
    repo.git(&["commit", "-q", "-m", "the example"]);
    // The base branch as `git fetch origin main` leaves it (the fetch itself needs a network).
    repo.git(&["update-ref", "refs/remotes/origin/main", "HEAD"]);
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_camctl"))
        .parent()
        .unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let sh = |command: &str| {
        let output = Command::new("sh")
            .args(["-c", command])
            .current_dir(repo.0.path())
            .env("PATH", &path)
            .env("GITHUB_BASE_REF", "main")
            .env("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .output()
            .unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let mut ran = Vec::new();
    for (file, yaml) in [("GitHub", &github), ("GitLab", &gitlab)] {
        let commands: Vec<String> = ci_commands(yaml)
            .into_iter()
            .filter(|c| c.starts_with("camctl "))
            .collect();
        for subcommand in ["lint", "fmt", "test", "diff"] {
            assert!(
                commands
                    .iter()
                    .any(|c| c.starts_with(&format!("camctl {subcommand} "))),
                "{file}: no camctl {subcommand} in {commands:#?}"
            );
        }
        for command in commands {
            let (code, out, err) = sh(&command);
            assert_eq!(code, 0, "{file}: {command}\n{out}{err}");
            assert!(
                squeeze(&docs).contains(&squeeze(&command)),
                "docs/ci.md lacks {command}"
            );
            ran.push(command);
        }
    }
    // What the steps wrote: a SARIF log with the suppressed finding, JUnit reports with every case.
    let sarif: Value =
        serde_json::from_str(&std::fs::read_to_string(repo.0 .0.join("camlint.sarif")).unwrap())
            .unwrap();
    assert_eq!(
        sarif["runs"][0]["results"][0]["suppressions"][0]["kind"],
        "external"
    );
    let report = std::fs::read_to_string(repo.0 .0.join("cam-tests.xml")).unwrap();
    // 24 cases, and one `coverage ≥ 90%` case per test file.
    assert_eq!(junit(&report), (26, 0, 0));
    let lint_report = std::fs::read_to_string(repo.0 .0.join("camlint.xml")).unwrap();
    assert_eq!(junit(&lint_report).1, 0);
    // The gate fails once the pull request widens a policy, and names the example request.
    let gate = ran
        .iter()
        .find(|c| c.starts_with("camctl diff "))
        .unwrap()
        .clone();
    let main_tf = repo.0 .0.join("main.tf");
    let text = std::fs::read_to_string(&main_tf).unwrap();
    std::fs::write(
        &main_tf,
        text.replacen("SdkAppId/1400000000", "SdkAppId/*", 1),
    )
    .unwrap();
    let (code, out, err) = sh(&gate);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("+ ccc:CreateStaff on every SdkAppId no policy names"),
        "{out}"
    );
    assert!(out.contains("example request:"), "{out}");
    // A file reformatted by hand fails the formatting step; camctl fmt puts it back.
    let fmt = ran
        .iter()
        .find(|c| c.starts_with("camctl fmt "))
        .unwrap()
        .clone();
    let tests = repo.0 .0.join("cam-tests-roles.json");
    let text = std::fs::read_to_string(&tests).unwrap();
    std::fs::write(&tests, text.replace("\n  ", "\n    ")).unwrap();
    let (code, out, _) = sh(&fmt);
    assert_eq!(code, 1);
    assert_eq!(out, "cam-tests-roles.json would be reformatted\n");
    assert_eq!(sh("camctl fmt cam-tests-roles.json").0, 0);
    assert_eq!(std::fs::read_to_string(&tests).unwrap(), text);
    // The pre-commit hooks run commands of this camctl.
    let hooks = std::fs::read_to_string(root.join(".pre-commit-hooks.yaml")).unwrap();
    let entries: Vec<&str> = hooks
        .lines()
        .filter_map(|l| l.trim().strip_prefix("entry: "))
        .collect();
    assert_eq!(
        entries,
        ["camctl lint", "camctl test", "camctl fmt --check"]
    );
}

// ---------------------------------------------------------------------------------------------------------
// Issue 28 item 5: the playground and camctl test read the same file, and a failure links back to it.

/// A failed case's output (pretty, JSON and JUnit) carries a playground link that reopens it: the suite's
/// documents as tabs named by their ids, the case's request, and the case itself pinned in the Tests panel,
/// failing there for the same reason.
#[test]
fn a_failed_case_links_to_the_playground_with_the_case() {
    let file = format!("{FIXTURES}/failing.json");
    let (_, out, _) = camctl(&["test", &file, "--link-base", "https://play.example/"]);
    let trap = out
        .split("✗ the trap: skill groups on one SdkAppId")
        .nth(1)
        .unwrap()
        .split("✗ the wrong statement decides")
        .next()
        .unwrap();
    let line = trap
        .lines()
        .find(|l| l.contains("open it in the playground: "))
        .unwrap_or_else(|| panic!("{trap}"));
    let url = line.split("open it in the playground: ").nth(1).unwrap();
    assert!(url.starts_with("https://play.example/#s2."), "{url}");
    // Short enough for a CI log and a browser's address bar.
    assert!(url.len() < 2_000, "{} characters", url.len());
    // A passing case has no link.
    let passing = out
        .split("✓ staff is created")
        .nth(1)
        .unwrap()
        .split("✗ the trap")
        .next()
        .unwrap();
    assert!(!passing.contains("playground"), "{passing}");
    let shared = cam_playground::share::decode(url.split_once('#').unwrap().1).unwrap();
    let workspace = &shared.workspace;
    assert_eq!(workspace.policies[0].name, "agent");
    assert_eq!(
        workspace.policies[0].text,
        std::fs::read_to_string(format!("{FIXTURES}/agent.json")).unwrap()
    );
    assert_eq!(workspace.cases.len(), 1);
    assert_eq!(
        workspace.cases[0].name,
        "the trap: skill groups on one SdkAppId"
    );
    assert_eq!(workspace.request, workspace.cases[0].request);
    assert!(
        workspace.request.contains("192.0.2.1"),
        "{}",
        workspace.request
    );
    // Opened in the playground, the case fails there too, for the same reason.
    let catalog = cam_playground::Catalog::builtin();
    let result = workspace.run(catalog);
    let checked = cam_playground::suite::playground::check(workspace, &result, catalog);
    assert!(matches!(
        &checked.cases[0].outcome,
        cam_playground::suite::playground::Outcome::Failed(f)
            if matches!(f[0], cam_playground::suite::Failure::Decision { .. })
    ));
    // JSON: the link on failed cases only; JUnit: in the failure's text.
    let (_, out, err) = camctl(&["test", &file, "--format", "json"]);
    let report = json(&out, &err);
    let cases = report["suites"][0]["cases"].as_array().unwrap();
    assert!(cases[0].get("link").is_none());
    assert!(cases[1]["link"]
        .as_str()
        .unwrap()
        .starts_with("http://127.0.0.1:8080/#s2."));
    let (_, xml, _) = camctl(&["test", &file, "--format", "junit"]);
    assert!(xml.contains("http://127.0.0.1:8080/#s2."), "{xml}");
}

/// What the playground exports, `camctl test` runs as it is and passes; a file naming a policy both by path
/// and inline is a located error.
#[test]
fn the_playground_export_runs_under_camctl_test() {
    use cam_playground::suite::playground::{check, export, import};
    let files = Files::new("export");
    let open = cam_playground::Workspace {
        policies: vec![cam_playground::workspace::NamedPolicy {
            name: "support".into(),
            text: std::fs::read_to_string(format!("{FIXTURES}/support-team.json")).unwrap(),
            ..Default::default()
        }],
        boundary: vec![cam_playground::workspace::NamedPolicy {
            name: "guard".into(),
            text: std::fs::read_to_string(format!("{FIXTURES}/boundary.json")).unwrap(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let imported = import(
        &std::fs::read_to_string("examples/ci/cam-tests.json").unwrap(),
        &open,
    )
    .unwrap();
    let catalog = cam_playground::Catalog::builtin();
    let checked = check(&imported, &imported.run(catalog), catalog);
    assert_eq!(checked.passed(), 21);
    let exported = files.write("exported.json", &export(&imported));
    let (code, out, err) = camctl(&["test", &exported, "--coverage-threshold", "100"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("21 passed, 0 failed"), "{out}");
    assert!(out.contains("coverage 100.0%"), "{out}");
    let both = files.write(
        "both.json",
        r#"{"policies": [{"path": "a.json", "text": "{}"}], "cases": [{"name": "x", "request": {"action": "ccc:CreateStaff"}, "expect": "deny"}]}"#,
    );
    let (code, _, err) = camctl(&["test", &both]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(":1:15: error: a policy needs exactly one of `path` and `text`"),
        "{err}"
    );
}
