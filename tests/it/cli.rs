//! `camctl` end to end: text and JSON output, exit codes, located errors.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use super::support::{camctl, json, Files};

/// `camctl … --format json`: the exit code and the parsed output.
fn camctl_json(args: &[&str]) -> (i32, serde_json::Value) {
    let (code, out, err) = camctl(&[args, &["--format", "json"]].concat());
    (code, json(&out, &err))
}

/// `camctl eval --policy P --request R`, then any further arguments.
fn eval(policy: &str, request: &str, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["eval", "--policy", policy, "--request", request];
    args.extend_from_slice(extra);
    camctl(&args)
}

const TRAP_POLICY: &str = r#"{
  "version": "2.0",
  "statement": [
    {"effect": "allow", "action": ["ccc:*"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}
  ]
}"#;

const REQUEST: &str = r#"{"action": "ccc:DeleteCCCSkillGroup", "params": {"SdkAppId": 1400000000},
 "principal": {"uin": "100000000011", "owner_uin": "100000000001"}}"#;

#[test]
fn text_output_explains_the_operation_level_trap() {
    let files = Files::new("text");
    let policy = files.write("p.json", TRAP_POLICY);
    let request = files.write("r.json", REQUEST);
    let (code, out, _) = camctl(&["eval", "--policy", &policy, "--request", &request]);
    assert_eq!(code, 0);
    assert!(out.starts_with("✗ Implicitly denied"), "{out}");
    assert!(
        out.contains(
            "DeleteCCCSkillGroup is an operation-level API, so CAM checks the resource `*`"
        ),
        "{out}"
    );
    assert!(out.contains("[4:5]"), "statement location missing: {out}");
}

#[test]
fn json_output_has_the_public_shape() {
    let files = Files::new("json");
    let policy = files.write("p.json", TRAP_POLICY);
    let allow = files.write("a.json", r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "ccc:DeleteCCCSkillGroup", "resource": "*"}]}"#);
    let request = files.write("r.json", REQUEST);
    let (code, json) = camctl_json(&[
        "eval",
        "--policy",
        &policy,
        "--policy",
        &allow,
        "--request",
        &request,
    ]);
    assert_eq!(code, 0);
    assert_eq!(json["decision"], "allow");
    assert_eq!(json["authoritative"], true);
    assert_eq!(json["deciding"][0]["source"], "policy");
    assert_eq!(json["deciding"][0]["policy"], 1);
    assert_eq!(json["deciding"][0]["statement"], 0);
    assert!(json["assumptions"].as_array().unwrap().is_empty());
    assert_eq!(
        json["trace"]["policies"][0]["statements"][0]["resources"][0]["checks"][0]["verdict"],
        "operation_level"
    );
}

#[test]
fn expect_sets_the_exit_code() {
    let files = Files::new("expect");
    let policy = files.write("p.json", TRAP_POLICY);
    let request = files.write("r.json", REQUEST);
    assert_eq!(eval(&policy, &request, &["--expect", "deny"]).0, 0);
    let (code, _, err) = eval(&policy, &request, &["--expect", "allow"]);
    assert_eq!(code, 1);
    assert!(err.contains("expected allow, got implicit_deny"), "{err}");
}

#[test]
fn invalid_policy_exits_2_with_located_json_errors() {
    let files = Files::new("invalid");
    let policy = files.write("bad.json", "{\n  \"version\": \"2.0\",\n  \"statement\": [{\"effect\": \"ALLOW\", \"action\": \"ccc:*\", \"resource\": \"*\"}]\n}");
    let request = files.write("r.json", REQUEST);
    let (code, out, _) = eval(&policy, &request, &["--format", "json"]);
    assert_eq!(code, 2);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let error = &json["errors"][0];
    assert_eq!(error["code"], "policy/bad-effect");
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(3), Some(28))
    );
    assert_eq!(error["path"], "$.statement[0].effect");
    assert!(error["file"].as_str().unwrap().ends_with("bad.json"));
    assert!(error["help"].as_str().unwrap().contains("\"allow\""));
}

#[test]
fn invalid_request_exits_2_in_text_mode_too() {
    let files = Files::new("badreq");
    let policy = files.write("p.json", TRAP_POLICY);
    let request = files.write(
        "r.json",
        r#"{"action": "ccc:CreateStaff", "principal": {"owner_uin": "100000000001"}}"#,
    );
    let (code, out, err) = camctl(&["eval", "--policy", &policy, "--request", &request]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("request/missing-resource-param"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(camctl(&[]).0, 2);
    assert_eq!(camctl(&["eval", "--request"]).0, 2);
    assert_eq!(camctl(&["eval", "--bogus", "x"]).0, 2);
    let (code, _, err) = camctl(&[
        "eval",
        "--policy",
        "/nonexistent.json",
        "--request",
        "/nonexistent.json",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn catalog_lists_every_api() {
    let (code, out, _) = camctl(&["catalog"]);
    assert_eq!(code, 0);
    assert!(out.starts_with(
        "Cloud Contact Center (ccc): 181 APIs, 113 resource level, 68 operation level"
    ));
    assert_eq!(out.lines().filter(|l| l.starts_with("  ccc:")).count(), 181);
    let (code, out, _) = camctl(&["catalog", "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["products"][0]["apis"].as_array().unwrap().len(), 181);
}

#[test]
fn catalog_import_reproduces_the_data_file() {
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/catalog/seeds/ccc.txt");
    let (code, out, _) = camctl(&[
        "catalog",
        "import",
        seed,
        "--name-zh",
        "云联络中心",
        "--example-api",
        "CreateStaff",
        "--example-read-api",
        "DescribeStaffInfoList",
        "--example-id",
        "1400000000",
    ]);
    assert_eq!(code, 0);
    let expected =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/catalog/ccc.json")).unwrap();
    assert_eq!(out.trim(), expected.trim());
}

#[test]
fn lint_reports_findings_and_exits_1_on_errors() {
    let files = Files::new("lint");
    let trap = files.write("trap.json", r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DeleteCCCSkillGroup"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}]}"#);
    let (code, out, _) = camctl(&["lint", &trap]);
    assert_eq!(code, 1);
    assert!(
        out.contains("error[lint/operation-level-scoped]: DeleteCCCSkillGroup is operation level"),
        "{out}"
    );
    let clean = files.write("clean.json", r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:CreateStaff"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}]}"#);
    let (code, out, _) = camctl(&["lint", &clean, "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(json["findings"].as_array().unwrap().is_empty(), "{out}");
}

#[test]
fn matrix_diff_and_generate() {
    let files = Files::new("analysis");
    let trap = files.write("trap.json", TRAP_POLICY);
    let request = files.write("r.json", REQUEST);
    let (code, out, _) = camctl(&["matrix", "--policy", &trap, "--request", &request]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("181 APIs: 112 allowed, 0 explicitly denied, 69 implicitly denied"),
        "{out}"
    );
    // The JSON rows are the JavaScript package's rows: deciding statements with line and column.
    let (code, json) = camctl_json(&["matrix", "--policy", &trap, "--request", &request]);
    assert_eq!(code, 0);
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 181);
    let create = rows
        .iter()
        .find(|r| r["action"] == "ccc:CreateStaff")
        .unwrap();
    assert_eq!(create["decision"], "allow");
    let deciding = &create["deciding"][0];
    assert_eq!(
        (deciding["source"].as_str(), deciding["policy"].as_u64()),
        (Some("policy"), Some(0))
    );
    assert!(deciding["line"].as_u64().is_some() && deciding["column"].as_u64().is_some());
    assert!(deciding.get("span").is_none(), "{deciding}");
    let (code, generated, _) = camctl(&[
        "generate",
        "--action",
        "ccc:CreateStaff",
        "--action",
        "ccc:DeleteCCCSkillGroup",
        "--sdk-app-id",
        "1400000000",
        "--owner-uin",
        "100000000001",
    ]);
    assert_eq!(code, 0);
    let fixed = files.write("fixed.json", &generated);
    let (code, out, _) = camctl(&[
        "diff",
        "--before",
        &trap,
        "--after",
        &fixed,
        "--request",
        &request,
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains("+ ccc:DeleteCCCSkillGroup on SdkAppId 1400000000: implicit_deny → allow"),
        "{out}"
    );
    assert!(
        out.contains("- ccc:CreateExtension on SdkAppId 1400000000: allow → implicit_deny"),
        "{out}"
    );
}

const TAG_DENY_POLICY: &str = r#"{
  "version": "2.0",
  "statement": [
    {"effect": "allow", "action": ["ccc:*"], "resource": ["*"]},
    {"effect": "deny", "action": ["ccc:DeleteStaff"], "resource": ["*"],
     "condition": {"for_any_value:string_equal": {"qcs:resource_tag": ["env&prod"]}}}
  ]
}"#;

/// Rule C9: ccc has no authorization by tag, so the deny blocks nothing; the reasoning says the request's tags are
/// ignored and why, and the linter calls it a security warning.
#[test]
fn a_ccc_tag_deny_is_shown_as_blocking_nothing() {
    let files = Files::new("tagdeny");
    let policy = files.write("p.json", TAG_DENY_POLICY);
    let request = files.write(
        "r.json",
        r#"{"action": "ccc:DeleteStaff", "params": {"SdkAppId": 1400000000},
 "principal": {"uin": "100000000011", "owner_uin": "100000000001"},
 "context": {"qcs:resource_tag": ["env&prod"]}}"#,
    );
    let (code, out, _) = camctl(&["eval", "--policy", &policy, "--request", &request]);
    assert_eq!(code, 0);
    assert!(out.starts_with("✓ Allowed"), "{out}");
    assert!(
        out.contains("ccc has no authorization by tag (its CAM API table says not supported), so CAM has no qcs:resource_tag for this action: the request's `env&prod` is ignored"),
        "{out}"
    );
    assert!(out.contains("Assumption C9"), "{out}");
    let (code, out, _) = camctl(&["lint", "--policy", &policy, "--format", "json"]);
    assert_eq!(code, 0, "a security warning is not an error");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "lint/tag-deny-blocks-nothing")
        .expect("the deny is flagged");
    assert_eq!(finding["severity"], "security_warning");
    assert_eq!(finding["rule"], "C9");
    // The positional form still works and says the same.
    let (_, positional, _) = camctl(&["lint", &policy, "--format", "json"]);
    assert_eq!(positional, out);
}

/// Rule G9: a policy CAM would refuse to save makes `eval` exit 2, with the errors, the CreatePolicy code and the
/// hypothetical decision.
#[test]
fn a_policy_cam_would_refuse_exits_2_with_a_hypothetical_decision() {
    let files = Files::new("refused");
    let policy = files.write(
        "p.json",
        r#"{"version": "1.0", "statement": [{"effect": "allow", "action": "ccc:CreateStaff", "resource": "*"}]}"#,
    );
    let request = files.write(
        "r.json",
        r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000},
 "principal": {"uin": "100000000011", "owner_uin": "100000000001"}}"#,
    );
    let (code, out, err) = camctl(&["eval", "--policy", &policy, "--request", &request]);
    assert_eq!(code, 2);
    assert!(
        out.starts_with("✗ CAM would refuse to save policy 1: InvalidParameter.VersionError — "),
        "{out}"
    );
    assert!(out.contains("Hypothetically allowed"), "{out}");
    assert!(
        err.contains("CAM would refuse to save it: InvalidParameter.VersionError"),
        "{err}"
    );
    let (code, out, _) = eval(&policy, &request, &["--format", "json"]);
    assert_eq!(code, 2);
    let result: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(result["decision"], "allow");
    assert_eq!(result["hypothetical"], true);
    assert_eq!(result["authoritative"], false);
    assert_eq!(
        result["errors"][0]["cam_error"],
        "InvalidParameter.VersionError"
    );
    assert_eq!(result["errors"][0]["line"], 1);
    assert_eq!(
        result["refused"][0]["errors"][0]["cam_error"],
        "InvalidParameter.VersionError"
    );
    // `--expect` cannot turn a refused policy into a pass.
    let (code, _, _) = eval(&policy, &request, &["--expect", "allow"]);
    assert_eq!(code, 2);
}

#[test]
fn lint_without_a_policy_is_a_usage_error() {
    let (code, _, err) = camctl(&["lint"]);
    assert_eq!(code, 2);
    assert!(err.contains("camctl lint --policy P.json"), "{err}");
}

/// Rule C7: when a CIDR with host bits decides, the assumption names the value and what it was read as.
#[test]
fn the_host_bits_assumption_names_the_cidr() {
    let files = Files::new("hostbits");
    let policy = files.write(
        "p.json",
        r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "ccc:CreateStaff", "resource": "*",
            "condition": {"ip_equal": {"qcs:ip": "10.217.182.3/24"}}}]}"#,
    );
    let request = files.write(
        "r.json",
        r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000},
 "principal": {"uin": "100000000011", "owner_uin": "100000000001"}, "context": {"qcs:ip": "10.217.182.200"}}"#,
    );
    let (code, out, _) = camctl(&["eval", "--policy", &policy, "--request", &request]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Assumption C7 (our choice where the docs are silent): `10.217.182.3/24` has host bits set; read as `10.217.182.0/24`."),
        "{out}"
    );
}

/// `--lang zh-CN` (or a Chinese `LANG`) speaks Simplified Chinese in Tencent's terms; the JSON keeps its codes.
#[test]
fn camctl_speaks_chinese() {
    let files = Files::new("zh");
    let policy = files.write("p.json", TRAP_POLICY);
    let request = files.write("r.json", REQUEST);
    let (code, out, _) = camctl(&[
        "eval",
        "--lang",
        "zh-CN",
        "--policy",
        &policy,
        "--request",
        &request,
    ]);
    assert_eq!(code, 0);
    assert!(out.starts_with("✗ 隐式拒绝"), "{out}");
    assert!(out.contains("是云联络中心（ccc）的操作级接口"), "{out}");
    assert!(
        out.contains("因此 CAM 用资源 `*` 对 ccc:DeleteCCCSkillGroup 鉴权（规则 R5）"),
        "{out}"
    );
    let output = Command::new(env!("CARGO_BIN_EXE_camctl"))
        .args(["eval", "--policy", &policy, "--request", &request])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        out,
        "LANG=zh_CN.UTF-8 reads as zh-CN"
    );
    let (_, lint, _) = camctl(&[
        "lint",
        "--lang=zh-CN",
        "--policy",
        &policy,
        "--format",
        "json",
    ]);
    let report: serde_json::Value = serde_json::from_str(&lint).unwrap();
    let finding = &report["findings"][0];
    assert!(finding["code"].as_str().unwrap().starts_with("lint/"));
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{finding}"
    );
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let (code, _, err) = camctl(&["catalog", "--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(err.contains("--lang is en or zh-CN, not fr"), "{err}");
}

/// Tencent's trust policy for a role another account's users assume (598/19381).
const TRUST_POLICY: &str = r#"{
	"version": "2.0",
	"statement": [
	{
		"action": "name/sts:AssumeRole",
		"effect": "allow",
		"principal": {
			"qcs": ["qcs::cam::uin/67890:root"]
		}
	}
]
}"#;

#[test]
fn eval_decides_through_every_kind_given() {
    let files = Files::new("kinds");
    let trust = files.write("trust.json", TRUST_POLICY);
    let grant = files.write(
        "grant.json",
        r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "name/sts:AssumeRole", "resource": "qcs::cam::uin/12345:roleName/DevOpsRole"}]}"#,
    );
    let assume = files.write(
        "assume.json",
        r#"{"action": "sts:AssumeRole", "resource": "qcs::cam::uin/12345:roleName/DevOpsRole",
            "principal": {"uin": "67891", "owner_uin": "67890"}}"#,
    );
    let (code, json) = camctl_json(&[
        "eval",
        "--policy",
        &grant,
        "--trust-policy",
        &trust,
        "--request",
        &assume,
    ]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["decision"], "allow");
    assert_eq!(json["trace"]["layer"], "trust", "{json}");
    assert_eq!(json["trace"]["assume_role"]["caller"], "allow");
    // The same trust policy given as an identity policy: CAM would refuse it, so eval exits 2.
    let (code, _, err) = eval(&trust, &assume, &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("policy/looks-like-kind"), "{err}");
    // A session policy narrows a role session; an SCP blocks a member account's user.
    let everything = files.write(
        "all.json",
        r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "ccc:*", "resource": "*"}]}"#,
    );
    let describe_only = files.write(
        "session.json",
        r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "ccc:Describe*", "resource": "*"}]}"#,
    );
    let no_deletes = files.write(
        "scp.json",
        r#"{"version": "2.0", "statement": [{"effect": "deny", "action": "ccc:Delete*", "resource": "*"}]}"#,
    );
    let (_, json) = camctl_json(&[
        "eval", "--policy", &everything, "--session-policy", &describe_only, "--request", &files.write("create.json", r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000}, "principal": {"type": "role", "owner_uin": "100000000001", "role": "ops"}}"#),
    ]);
    assert_eq!(json["decision"], "implicit_deny");
    assert_eq!(json["trace"]["layer"], "session");
    let request = files.write("r.json", REQUEST);
    let (_, json) = camctl_json(&[
        "eval",
        "--policy",
        &everything,
        "--scp",
        &no_deletes,
        "--request",
        &request,
    ]);
    assert_eq!(json["decision"], "explicit_deny");
    assert_eq!(json["trace"]["layer"], "scp");
    // `FILE@NODE` binds an SCP above the member account (rule O2): the deny decides at that node.
    let bound = format!("{no_deletes}@department/Contact/Night");
    let (_, json) = camctl_json(&[
        "eval",
        "--policy",
        &everything,
        "--scp",
        &everything,
        "--scp",
        &bound,
        "--request",
        &request,
    ]);
    assert_eq!(json["decision"], "explicit_deny", "{json}");
    assert_eq!(json["trace"]["scp_node"], "department/Contact/Night");
    assert_eq!(json["trace"]["scp"][1]["node"], "department/Contact/Night");
    assert!(
        json["trace"]["scp"][0].get("node").is_none(),
        "the account's SCP names no node"
    );
    // A name after `@` that is no node is part of the file name, which then cannot be read.
    let (code, _, err) = camctl(&[
        "eval",
        "--policy",
        &everything,
        "--scp",
        &format!("{no_deletes}@ou-7"),
        "--request",
        &request,
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("@ou-7"), "{err}");
}

#[test]
fn lint_infers_each_files_kind_unless_told() {
    let files = Files::new("lintkinds");
    let trust = files.write("trust.json", TRUST_POLICY);
    let bucket = files.write(
        "bucket.json",
        r#"{"Statement": [{"Principal": {"qcs": ["qcs::cam::anyone:anyone"]}, "Effect": "Allow",
            "Action": ["name/cos:GetObject", "name/cos:PutObject"],
            "Resource": ["qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*"]}], "version": "2.0"}"#,
    );
    let (code, json) = camctl_json(&["lint", &trust, &bucket]);
    assert_eq!(code, 0, "{json}");
    let kinds: Vec<(&str, bool, bool)> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap(),
                f["kind_inferred"].as_bool().unwrap(),
                f["refused"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(kinds, [("trust", true, false), ("bucket", true, false)]);
    let codes: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"lint/public-write"), "{codes:?}");
    // Told it is an identity policy, the trust policy is what CAM's CreatePolicy would refuse.
    let (code, json) = camctl_json(&["lint", &trust, "--kind", "identity"]);
    assert_eq!(code, 1);
    assert_eq!(json["files"][0]["kind"], "policy");
    assert_eq!(json["files"][0]["kind_inferred"], false);
    assert_eq!(json["files"][0]["refused"], true);
    let (code, _, err) = camctl(&["lint", &trust, "--kind", "role"]);
    assert_eq!(code, 2);
    assert!(err.contains("--kind"), "{err}");
}

/// `camctl catalog | head -1`: the reader goes away after one line; camctl ends without a panic on the broken
/// pipe (by SIGPIPE, as Unix tools do).
#[cfg(unix)]
#[test]
fn a_reader_that_stops_early_gets_no_panic() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_camctl"))
        .args(["catalog", "--lang", "en"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("181 APIs"), "{first}");
    let output = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!err.contains("panicked"), "{err}");
}
