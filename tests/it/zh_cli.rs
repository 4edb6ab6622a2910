//! Issue 27, item 2: the real `camctl --lang zh-CN`, every command and output frame a user reads in a terminal
//! (usage, errors, eval's reasoning, lint's pretty, GitHub and JUnit frames, test, matrix, diff and its gate,
//! check, catalog), read through the same check as the message tables' test (`i18n::zh_style::faults`): no
//! half-width `:` or `,` next to Chinese, no space next to Chinese punctuation, no English word Tencent has a
//! term for outside code.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use cam_playground::i18n::zh_style::faults;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn camctl(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_camctl"))
        .args(args)
        .args(["--lang", "zh-CN"])
        .current_dir(ROOT)
        .output()
        .unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The lines of an output that break the style, with the command that printed them.
fn check(args: &[&str], bad: &mut Vec<String>) -> String {
    let out = camctl(args);
    assert!(!out.trim().is_empty(), "{args:?} printed nothing");
    for line in out.lines() {
        // A test case's name is the test file's own words (`  ✓ name`).
        if line.starts_with("  ✓ ") || line.starts_with("  ✗ ") {
            continue;
        }
        // GitHub's workflow commands write a line break as `%0A`.
        let line = line.replace("%0A", "\n");
        let line = line.as_str();
        // Machine frames a tool parses keep their ASCII (`file:line:col: 警告[code]: …`, `::warning file=…`);
        // what follows them is checked.
        let line = line
            .split_once("]: ")
            .filter(|(frame, _)| frame.contains('['))
            .map_or(line, |(_, rest)| rest);
        let line = line
            .rsplit_once("::")
            .filter(|_| line.starts_with("::"))
            .map_or(line, |(_, rest)| rest);
        let found = faults(line);
        if !found.is_empty() {
            bad.push(format!("camctl {}: {found:?} in {line:?}", args.join(" ")));
        }
    }
    out
}

#[test]
fn camctl_speaks_native_chinese() {
    let dir = std::env::temp_dir().join(format!("camctl-zh-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad_policy = dir.join("bad.json");
    std::fs::write(
        &bad_policy,
        r#"{"version":"2.0","statement":[{"effect":"allow","action":["ccc:CreatStaff","ccc:*"],"resource":["qcs::ccc::uin/100000000001:SdkAppId/1400000000","*"],"condition":{"ip_equal":{"qcs:ip":"10.0.0.300"}}},{"Effect":"deny","action":"ccc:Describe*","resource":"*","condition":{"string_equal":{"qcs:resource_tag/team":"a"}}}]}"#,
    )
    .unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(
        &broken,
        "{\"version\": \"2.0\", \"statement\": [{\"effect\": \"allow\" \"action\": \"ccc:*\"}]}",
    )
    .unwrap();
    let bad = bad_policy.to_str().unwrap();
    let broken = broken.to_str().unwrap();
    // A support team's policy and a boundary, as JSON files (the CI example keeps its policies in main.tf).
    let support = dir.join("support-team.json");
    std::fs::write(
        &support,
        r#"{"version": "2.0", "statement": [
  {"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DescribeExtension"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]},
  {"effect": "allow", "action": ["ccc:DeleteCCCSkillGroup"], "resource": ["*"], "condition": {"ip_equal": {"qcs:ip": ["10.0.0.0/8"]}}},
  {"effect": "deny", "action": ["ccc:Delete*"], "resource": ["*"], "condition": {"ip_not_equal": {"qcs:ip": ["10.0.0.0/8"]}}}
]}"#,
    )
    .unwrap();
    let boundary = dir.join("boundary.json");
    std::fs::write(
        &boundary,
        r#"{"version": "2.0", "statement": [
  {"effect": "allow", "action": ["ccc:*"], "resource": ["*"]},
  {"effect": "deny", "action": ["ccc:DeleteStaff"], "resource": ["*"]}
]}"#,
    )
    .unwrap();
    let (support, boundary) = (support.to_str().unwrap(), boundary.to_str().unwrap());
    let (request, tests) = (
        "examples/ci/base-request.json",
        "examples/ci/cam-tests.json",
    );
    let trust = "tests/fixtures/tencent-kinds/role-create-598-19381.zh-0.json";
    let bucket = "tests/fixtures/tencent-kinds/cos-bucket-policy-436-45235.en-0.json";
    let mut problems = Vec::new();
    let runs: Vec<Vec<&str>> = vec![
        vec![],
        vec!["help"],
        vec!["eval", "--bogus", "x"],
        vec!["eval", "--format", "yaml"],
        vec!["eval", "--policy", "missing.json", "--request", request],
        vec!["eval", "--policy", support],
        vec![
            "eval",
            "--policy",
            support,
            "--boundary",
            boundary,
            "--request",
            request,
        ],
        vec![
            "eval",
            "--policy",
            support,
            "--request",
            request,
            "--expect",
            "deny",
        ],
        vec!["eval", "--policy", bad, "--request", request],
        vec!["eval", "--policy", broken, "--request", request],
        vec!["eval", "--trust-policy", trust, "--request", request],
        vec!["eval", "--bucket-policy", bucket, "--request", request],
        vec!["lint", bad],
        vec!["lint", "--format", "github", bad],
        vec!["lint", "--format", "junit", bad],
        vec!["lint", broken],
        vec!["lint", trust, bucket],
        vec!["lint"],
        vec!["test", tests],
        vec!["test", "tests/fixtures/ci/failing.json"],
        vec![
            "test",
            "tests/fixtures/ci/partial.json",
            "--coverage-threshold",
            "90",
        ],
        vec!["test"],
        vec!["matrix", "--policy", support, "--request", request],
        vec![
            "diff",
            "--before",
            support,
            "--after",
            boundary,
            "--request",
            request,
        ],
        vec![
            "diff",
            "--before",
            support,
            "--after",
            support,
            "--request",
            request,
        ],
        vec![
            "diff",
            "--before",
            support,
            "--after",
            boundary,
            "--request",
            request,
            "--gate",
            "no-new-access",
        ],
        vec![
            "check",
            "--policy",
            support,
            "--request",
            request,
            "--never-allow",
            "ccc:Delete*",
        ],
        vec![
            "check",
            "--policy",
            boundary,
            "--request",
            request,
            "--never-allow",
            "ccc:DeleteStaff",
        ],
        vec!["check", "--policy", support, "--request", request],
        vec!["generate", "--action", "ccc:CreateStaff"],
        vec!["catalog"],
    ];
    for args in &runs {
        check(args, &mut problems);
    }
    // The frames print Chinese, and the checks read them.
    let usage = camctl(&[]);
    assert!(usage.starts_with("用法："), "{usage}");
    let lint = camctl(&["lint", bad]);
    assert!(lint.contains("警告[policy/unknown-api]"), "{lint}");
    assert!(
        lint.contains("  建议：是否应为 `ccc:CreateStaff`？"),
        "{lint}"
    );
    assert!(lint.contains("不是云联络中心（ccc）的接口"), "{lint}");
    let eval = camctl(&["eval", "--policy", support, "--request", request]);
    assert!(eval.contains("完全一致。[2:34]"), "{eval}");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        problems.is_empty(),
        "{} lines:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
