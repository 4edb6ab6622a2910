//! Issue 28's speed targets, as a small timed harness (`make bench`; never asserted in tests):
//!
//! - **10,000 test cases** against the side-by-side scenario's three policies (`bench/scenarios.mjs`,
//!   `benches/engine.rs`): the policies parsed once and every case's request built once (`suite::prepare`), then
//!   timed: decision only (target: under 1 s of engine time), what `camctl test` runs per case (full trace,
//!   deciding statements, coverage: `suite::run`), and `camctl test` end to end on the test file.
//! - **`camctl lint` of 1,000 policy files** in one process (target: under 2 s).
//!
//! Each figure is the median of a few runs; the files are written to a temporary folder and removed after.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use cam_playground::catalog::Catalog;
use cam_playground::eval::Detail;
use cam_playground::policy::ParsedPolicy;
use cam_playground::suite;
use cam_playground::workspace::evaluate_kinds;
use cam_playground::PolicyKind;

const OWNER: &str = "100000000001";
const CASES: usize = 10_000;
const TEST_FILES: usize = 4;

/// The scenario's three small policies (`benches/engine.rs`, `three_small_policies`).
const POLICIES: [(&str, &str); 3] = [
    (
        "staff",
        r#"{"version":"2.0","statement":[{"effect":"allow","action":["ccc:CreateStaff"],"resource":["qcs::ccc::uin/100000000001:SdkAppId/1400000000"],"condition":{"ip_equal":{"qcs:ip":["10.0.0.0/8"]}}}]}"#,
    ),
    (
        "records",
        r#"{"version":"2.0","statement":[{"effect":"allow","action":["ccc:DescribeTelCdr","ccc:DescribeTelSession"],"resource":["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}]}"#,
    ),
    (
        "guard",
        r#"{"version":"2.0","statement":[{"effect":"deny","action":["ccc:DeleteStaff"],"resource":["*"]}]}"#,
    ),
];

/// Case `i` of the 10,000: eight kinds of request (allowed, denied by the IP condition, another call center,
/// the explicit deny, an API no policy names), each with its own IP and SdkAppId.
fn case(i: usize) -> String {
    let ip_in = format!("10.{}.{}.{}", i % 250, (i / 250) % 250, 1 + i % 200);
    let ip_out = format!("203.0.{}.{}", i % 250, 1 + i % 200);
    let other = 1400000001 + (i % 5000);
    let (action, id, ip, expect, deciding) = match i % 8 {
        0 => (
            "ccc:CreateStaff",
            1400000000,
            ip_in,
            "allow",
            r#"["staff#1"]"#,
        ),
        1 => ("ccc:CreateStaff", 1400000000, ip_out, "implicit_deny", "[]"),
        2 => ("ccc:CreateStaff", other, ip_in, "implicit_deny", "[]"),
        3 => (
            "ccc:DescribeTelCdr",
            1400000000,
            ip_out,
            "allow",
            r#"["records#1"]"#,
        ),
        4 => (
            "ccc:DescribeTelSession",
            1400000000,
            ip_in,
            "allow",
            r#"["records#1"]"#,
        ),
        5 => ("ccc:DescribeTelCdr", other, ip_in, "implicit_deny", "[]"),
        6 => (
            "ccc:DeleteStaff",
            1400000000,
            ip_in,
            "explicit_deny",
            r#"["guard#1"]"#,
        ),
        _ => (
            "ccc:DeleteStaff",
            other,
            ip_out,
            "explicit_deny",
            r#"["guard#1"]"#,
        ),
    };
    format!(
        r#"{{"name":"case {i}","request":{{"action":"{action}","params":{{"SdkAppId":{id}}},"context":{{"qcs:ip":"{ip}"}}}},"expect":"{expect}","deciding":{deciding}}}"#
    )
}

/// Test file `n` of four: cases `2,500 n` to `2,500 (n + 1)` (a test file is read up to 1 MiB).
fn test_file(n: usize) -> String {
    let policies: Vec<String> = POLICIES
        .iter()
        .map(|(id, _)| format!(r#"{{"id": "{id}", "path": "{id}.json"}}"#))
        .collect();
    let per_file = CASES / TEST_FILES;
    let cases: Vec<String> = (n * per_file..(n + 1) * per_file).map(case).collect();
    format!(
        "{{\n  \"policies\": [{}],\n  \"defaults\": {{\"principal\": {{\"uin\": \"100000000011\", \"owner_uin\": \"{OWNER}\"}}}},\n  \"cases\": [\n{}\n  ]\n}}\n",
        policies.join(", "),
        cases.join(",\n")
    )
}

/// Policy file `i` of the 1,000 linted: the scenario's shapes and a busier one, with findings in some.
fn lint_policy(i: usize) -> String {
    let id = 1400000000 + i;
    match i % 4 {
        0 => POLICIES[0].1.replace("1400000000", &id.to_string()),
        1 => POLICIES[1].1.replace("1400000000", &id.to_string()),
        2 => format!(
            r#"{{
  "version": "2.0",
  "statement": [
    {{"effect": "allow", "action": ["ccc:Describe*"], "resource": ["*"]}},
    {{"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DeleteCCCSkillGroup"], "resource": ["qcs::ccc::uin/{OWNER}:SdkAppId/{id}"],
     "condition": {{"ip_equal": {{"qcs:ip": ["10.0.{}.1/24"]}}, "string_equal": {{"qcs:ip": "10.0.0.1"}}}}}},
    {{"effect": "deny", "action": ["ccc:DeleteStaff"], "resource": ["*"], "condition": {{"for_any_value:string_equal": {{"qcs:resource_tag": ["env&prod"]}}}}}}
  ]
}}"#,
            i % 250
        ),
        _ => {
            let statements: Vec<String> = (0..10)
                .map(|k| {
                    format!(
                        r#"{{"effect": "{}", "action": ["ccc:Describe*", "ccc:CreateStaff"], "resource": ["qcs::ccc::uin/{OWNER}:SdkAppId/{}"], "condition": {{"ip_equal": {{"qcs:ip": ["10.0.0.0/8", "192.168.{k}.0/24"]}}, "date_less_than": {{"qcs:current_time": "2027-01-01T00:00:00Z"}}}}}}"#,
                        if k == 9 { "deny" } else { "allow" },
                        id + k
                    )
                })
                .collect();
            format!(
                "{{\"version\": \"2.0\", \"statement\": [\n{}\n]}}\n",
                statements.join(",\n")
            )
        }
    }
}

struct Folder(PathBuf);

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn timed<T>(rounds: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut runs = Vec::new();
    let mut last = None;
    for _ in 0..rounds {
        let start = Instant::now();
        let out = f();
        runs.push(start.elapsed());
        last = Some(out);
    }
    (median(runs), last.expect("at least one round"))
}

fn camctl(dir: &Path, args: &[String]) -> i32 {
    Command::new(env!("CARGO_BIN_EXE_camctl"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("camctl runs")
        .code()
        .unwrap_or(-1)
}

fn main() {
    let folder = Folder(std::env::temp_dir().join(format!("cam-ci-bench-{}", std::process::id())));
    let dir = &folder.0;
    std::fs::create_dir_all(dir).unwrap();
    let catalog = Catalog::builtin();

    // 10,000 test cases, in four test files.
    let texts: Vec<String> = (0..TEST_FILES).map(test_file).collect();
    let mut args: Vec<String> = vec!["test".into()];
    for (n, text) in texts.iter().enumerate() {
        let name = format!("cam-tests-{n}.json");
        std::fs::write(dir.join(&name), text).unwrap();
        args.push(name);
    }
    args.extend(["--format".into(), "json".into()]);
    for (id, policy) in POLICIES {
        std::fs::write(dir.join(format!("{id}.json")), policy).unwrap();
    }
    let (read_time, prepared) = timed(3, || {
        texts
            .iter()
            .map(|text| {
                let file = suite::read(text).expect("the bench test file reads");
                suite::prepare(
                    &file,
                    |path| std::fs::read_to_string(dir.join(path)).map_err(|e| e.to_string()),
                    catalog,
                )
                .expect("the bench test file prepares")
            })
            .collect::<Vec<_>>()
    });
    assert_eq!(prepared.iter().map(|s| s.cases.len()).sum::<usize>(), CASES);
    let (decision_time, passed) = timed(5, || {
        let mut passed = 0;
        for suite in &prepared {
            let sets: Vec<(PolicyKind, &[ParsedPolicy])> = suite
                .sets
                .iter()
                .map(|(kind, set)| (*kind, &set[..]))
                .collect();
            passed += suite
                .cases
                .iter()
                .filter(|case| {
                    evaluate_kinds(&sets, &case.request, Detail::DecisionOnly)
                        .is_some_and(|e| case.expect.met_by(e.decision))
                })
                .count();
        }
        passed
    });
    assert_eq!(passed, CASES, "every bench case passes, decision only");
    let (run_time, failed) = timed(3, || {
        prepared
            .iter()
            .map(|suite| suite::run(suite, |_| true).failed())
            .sum::<usize>()
    });
    assert_eq!(failed, 0, "every bench case passes in suite::run");
    let (cli_test_time, code) = timed(3, || camctl(dir, &args));
    assert_eq!(code, 0, "camctl test passes the bench file");

    // camctl lint of 1,000 policy files, in one process.
    const FILES: usize = 1_000;
    let lint_dir = dir.join("policies");
    std::fs::create_dir_all(&lint_dir).unwrap();
    let mut lint_args: Vec<String> = vec!["lint".into()];
    let mut bytes = 0;
    for i in 0..FILES {
        let name = format!("policies/p{i:04}.json");
        let policy = lint_policy(i);
        bytes += policy.len();
        std::fs::write(dir.join(&name), policy).unwrap();
        lint_args.push(name);
    }
    let with = |format: &str| {
        let mut args = lint_args.clone();
        args.extend(["--format".into(), format.into()]);
        args
    };
    let (lint_pretty, code) = timed(3, || camctl(dir, &with("pretty")));
    assert_eq!(
        code, 1,
        "the bench's policies have findings of severity error"
    );
    let (lint_json, _) = timed(3, || camctl(dir, &with("json")));
    let (lint_sarif, _) = timed(3, || camctl(dir, &with("sarif")));

    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "issue 28 speed targets (medians; {CASES} cases, {FILES} policy files of {bytes} bytes)"
    );
    println!(
        "  test cases: read + prepare the test file (policies parsed once, requests built)  {:>9.1} ms",
        ms(read_time)
    );
    println!(
        "  test cases: {CASES} decisions, prepared policies, decision only (target < 1000 ms)  {:>9.1} ms  ({:.2} µs a case)",
        ms(decision_time),
        decision_time.as_secs_f64() * 1e6 / CASES as f64
    );
    println!(
        "  test cases: suite::run, full trace + deciding + coverage (what camctl test runs)  {:>9.1} ms",
        ms(run_time)
    );
    println!(
        "  test cases: camctl test (4 files) --format json, whole process                    {:>9.1} ms",
        ms(cli_test_time)
    );
    println!(
        "  lint: camctl lint of {FILES} files, one process, --format pretty (target < 2000 ms)  {:>9.1} ms",
        ms(lint_pretty)
    );
    println!(
        "  lint: the same, --format json                                                   {:>9.1} ms",
        ms(lint_json)
    );
    println!(
        "  lint: the same, --format sarif                                                  {:>9.1} ms",
        ms(lint_sarif)
    );
}
