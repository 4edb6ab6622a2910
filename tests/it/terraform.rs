//! Policies inside Terraform (`camctl lint|test|diff` on `.tf` files and folders) and SARIF validated against
//! the SARIF 2.1.0 JSON Schema, end to end. In the style of `tests/it/ci.rs`; fixtures in `tests/fixtures/terraform/`
//! and the schema in `tests/fixtures/schemas/` (read from disk: the tests never reach the network).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;

use super::support::camctl_in;

/// `camctl` from `dir`, a folder of the project.
fn camctl(dir: &str, args: &[&str]) -> (i32, String, String) {
    camctl_in(Some(dir), args)
}

const TF: &str = "tests/fixtures/terraform";

fn lint_json(args: &[&str]) -> (i32, Value) {
    let (code, out, err) = camctl(TF, &[&["lint"], args, &["--format", "json"]].concat());
    let value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    (code, value)
}

/// `(file, line, column, code)` of every finding.
fn located(report: &Value) -> Vec<(String, u64, u64, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn lint_reads_heredocs_and_jsonencode_and_locates_findings_in_the_tf_file() {
    let (code, report) = lint_json(&["infra"]);
    assert_eq!(code, 1, "{report}");
    let found = located(&report);
    let has = |file: &str, line: u64, column: u64, code: &str| {
        assert!(
            found.contains(&(format!("infra/{file}"), line, column, code.to_string())),
            "{file}:{line}:{column} {code} not in {found:#?}"
        )
    };
    // Heredoc (`<<-EOF`, indented): `$${uin}` is CAM's `${uin}`, found at its line and column.
    has("policies.tf", 16, 24, "policy/variable-not-substituted");
    // jsonencode: `ccc:*` on `*` located at the HCL attribute's value.
    has("policies.tf", 30, 21, "lint/star-on-star");
    // The provider's apply-time checks: `root` in a role's principal, a string action.
    has("roles.tf", 13, 30, "terraform/root-principal");
    has("roles.tf", 27, 17, "terraform/string-not-list");
    // Interpolations and expressions are placeholders, with a note and no finding about them.
    has("roles.tf", 28, 35, "terraform/interpolation");
    has("roles.tf", 39, 47, "terraform/interpolation");
    has("roles.tf", 45, 14, "terraform/document-not-read");
    assert!(
        !found
            .iter()
            .any(|(_, line, _, code)| *line == 39 && code.starts_with("policy/")),
        "{found:#?}"
    );
    // The bucket policy is read as one (capitalised elements are COS's style).
    has("roles.tf", 52, 3, "policy/capitalised-element");
    // Each document is listed with the kind its resource type gives; the guard is a boundary (its attachment).
    let files: Vec<(String, String)> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_string(),
                f["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for (file, kind) in [
        (
            "infra/policies.tf#tencentcloud_cam_policy.support",
            "policy",
        ),
        (
            "infra/policies.tf#tencentcloud_cam_policy.guard",
            "boundary",
        ),
        ("infra/roles.tf#tencentcloud_cam_role.support", "trust"),
        (
            "infra/roles.tf#tencentcloud_cos_bucket_policy.public",
            "bucket",
        ),
    ] {
        assert!(
            files.contains(&(file.to_string(), kind.to_string())),
            "{file} {kind}: {files:?}"
        );
    }
}

#[test]
fn the_boundary_policy_alone_is_an_identity_policy_and_the_finding_speaks_chinese() {
    let (_, report) = lint_json(&["infra/policies.tf"]);
    assert!(report["files"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["kind"] == "boundary"));
    // Without the attachment's file the policy is read as an identity policy.
    let (code, out, _) = camctl(TF, &["lint", "infra/roles.tf", "--lang", "zh-CN"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("roles.tf:13:30：错误[terraform/root-principal]")
            || out.contains("roles.tf:13:30: 错误[terraform/root-principal]")
            || out.contains("terraform/root-principal"),
        "{out}"
    );
    assert!(
        out.contains("tencentcloud Provider 在 apply 时会拒绝"),
        "{out}"
    );
    assert!(out.contains("要到 Terraform plan 时才有值"), "{out}");
}

#[test]
fn broken_files_are_located_errors_and_the_others_are_still_checked() {
    let (code, report) = lint_json(&["broken", "infra/policies.tf"]);
    assert_eq!(code, 1, "{report}");
    let found = located(&report);
    // A heredoc that is not JSON: the JSON error at its place in the .tf file.
    assert!(
        found.contains(&(
            "broken/heredoc.tf".into(),
            7,
            83,
            "json/trailing-comma".into()
        )),
        "{found:#?}"
    );
    // A file that is not HCL.
    assert!(
        found.contains(&("broken/not-hcl.tf".into(), 4, 2, "terraform/syntax".into())),
        "{found:#?}"
    );
    // The other file is still linted.
    assert!(found.iter().any(|(file, ..)| file == "infra/policies.tf"));
    // camctl test and diff refuse the broken document with its location (exit 2).
    let (code, _, err) = camctl(
        TF,
        &[
            "diff",
            "--before",
            "broken/heredoc.tf",
            "--after",
            "infra",
            "--request",
            "request.json",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(
            "broken/heredoc.tf#tencentcloud_cam_policy.broken is not a valid policy: 7:83"
        ),
        "{err}"
    );
    let (code, _, err) = camctl(
        TF,
        &[
            "diff",
            "--before",
            "broken/not-hcl.tf",
            "--after",
            "infra",
            "--request",
            "request.json",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("broken/not-hcl.tf is not a valid policy: 4:2"),
        "{err}"
    );
}

#[test]
fn camctl_test_reads_policies_from_tf_files_and_folders() {
    let (code, out, err) = camctl(TF, &["test", "cam-tests.json", "--format", "json"]);
    assert_eq!(code, 0, "{out}\n{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["passed"], 2, "{report}");
    // A .tf with several documents needs an address; a missing address names the ones there are.
    let dir = std::env::temp_dir().join(format!("camctl-tf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let infra = format!("{}/{TF}/infra", env!("CARGO_MANIFEST_DIR"));
    let tests = dir.join("t.json");
    std::fs::write(
        &tests,
        format!(
            r#"{{"policies": [{{"id": "p", "path": "{infra}/policies.tf"}}, {{"id": "q", "path": "{infra}#tencentcloud_cam_policy.nope"}}],
               "cases": [{{"name": "c", "request": {{"action": "ccc:CreateStaff", "params": {{"SdkAppId": 1400000000}}, "principal": {{"uin": "1", "owner_uin": "100000000001"}}}}, "expect": "allow"}}]}}"#
        ),
    )
    .unwrap();
    let (code, _, err) = camctl(TF, &["test", tests.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("name one as"), "{err}");
    assert!(
        err.contains("tencentcloud_cam_policy.support, tencentcloud_cam_policy.guard"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn diff_and_the_gate_compare_tf_folders() {
    let (code, out, err) = camctl(
        TF,
        &[
            "diff",
            "--before",
            "infra/policies.tf",
            "--after",
            "after",
            "--request",
            "request.json",
            "--gate",
            "no-new-access",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 1, "{out}\n{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let actions: Vec<&str> = report["access"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["ccc:DeleteStaff"], "{report}");
    // The boundary (the attached guard) is not an identity policy of the diff.
    let (code, out, _) = camctl(
        TF,
        &[
            "diff",
            "--before",
            "infra/policies.tf",
            "--after",
            "infra/policies.tf",
            "--request",
            "request.json",
        ],
    );
    assert_eq!(code, 0);
    assert!(out.contains("no decision changed"), "{out}");
}

/// Every SARIF log camctl writes validates against the final OASIS SARIF 2.1.0 schema, the one `$schema` names
/// (vendored in `tests/fixtures/schemas/`, whose README says where it comes from).
#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/schemas/sarif-schema-2.1.0.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert!(
        text.contains(r#""status": {"#),
        "the final schema: a suppression's `status`"
    );
    // The file as published, but for its two `language` patterns, which are not regular expressions (an
    // unbalanced `]`; camctl writes no `language`): the validator checks the schema first and refuses it, so
    // they are read as the two-letter language tag they describe.
    let broken_pattern = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
    assert_eq!(text.matches(broken_pattern).count(), 2);
    let schema: Value =
        serde_json::from_str(&text.replace(broken_pattern, r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#))
            .unwrap();
    assert_eq!(
        schema["definitions"]["suppression"]["properties"]["status"]["enum"][0],
        "accepted"
    );
    let validator = jsonschema::validator_for(&schema).unwrap();
    let runs: [&[&str]; 4] = [
        &["lint", "infra", "broken"],
        &[
            "lint",
            "../ci/agent.json",
            "../ci/failing.json",
            "../ci/partial.json",
        ],
        &["lint", "infra", "--lang", "zh-CN"],
        &[
            "lint",
            "../../../examples/ci/main.tf",
            "--config",
            "../../../examples/ci/.camlint.json",
        ],
    ];
    let mut suppressed = None;
    for args in runs {
        let (code, out, err) = camctl(TF, &[args, &["--format", "sarif"]].concat());
        assert!(code == 0 || code == 1, "{args:?}: {err}");
        let log: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            log["$schema"],
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json"
        );
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
        if args.contains(&"infra") {
            assert!(!log["runs"][0]["results"].as_array().unwrap().is_empty());
        }
        if args.contains(&"--config") {
            suppressed = Some(log);
        }
    }
    // The example's suppression is written as the standard names it (`status`, not the draft's `state`).
    let mut suppressed = suppressed.unwrap();
    let suppression = &mut suppressed["runs"][0]["results"][0]["suppressions"][0];
    assert_eq!(suppression["kind"], "external");
    assert_eq!(suppression["status"], "accepted");
    let status = suppression["status"].take();
    suppression["state"] = status;
    suppression.as_object_mut().unwrap().remove("status");
    assert!(!validator.is_valid(&suppressed));
    // The validator does reject a broken log.
    let mut broken: Value =
        serde_json::from_str(&camctl(TF, &["lint", "infra", "--format", "sarif"]).1).unwrap();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken));
}
