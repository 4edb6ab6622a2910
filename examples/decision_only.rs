//! A native stand-in for the JavaScript `evaluate({policies, request, explain: false})` on bench/scenarios.mjs's
//! `cam` scenario, for profiling with instruction counts (`valgrind --tool=callgrind`): each round copies the
//! four texts as the boundary does, reads them, evaluates for a decision only and builds what crosses back (the
//! result's values, and its tail as JSON text when one of the usually empty fields is not). Not in the wasm.
//!
//! `cargo build --profile bench --example decision_only`, then
//! `valgrind --tool=callgrind target/release/examples/decision_only 2000` (argument: rounds, default 2,000;
//! `prepared` as a second argument times `PreparedPolicies.evaluate`'s work instead).

use std::hint::black_box;

use cam_playground::catalog::Catalog;
use cam_playground::eval::Detail;
use cam_playground::i18n::Locale;
use cam_playground::policy::{ParsedPolicy, PolicyKind};
use cam_playground::workspace::{evaluate_organized, NamedPolicy, Workspace};
use cam_playground::{parse_policy_as, parse_request, wire};

const POLICIES: [&str; 3] = [
    r#"{"version":"2.0","statement":[{"effect":"allow","action":["ccc:CreateStaff"],"resource":["qcs::ccc::uin/100000000001:SdkAppId/1400000000"],"condition":{"ip_equal":{"qcs:ip":["10.0.0.0/8"]}}}]}"#,
    r#"{"version":"2.0","statement":[{"effect":"allow","action":["ccc:DescribeTelCdr","ccc:DescribeTelSession"],"resource":["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}]}"#,
    r#"{"version":"2.0","statement":[{"effect":"deny","action":["ccc:DeleteStaff"],"resource":["*"]}]}"#,
];
const REQUEST: &str = r#"{"action":"ccc:CreateStaff","params":{"SdkAppId":1400000000},"principal":{"uin":"100000000011","owner_uin":"100000000001"},"context":{"qcs:ip":"10.1.2.3"}}"#;

/// What crosses back: the decision's values, and the tail's JSON text (its length, to keep it).
fn crossing(result: &wire::EvaluateResult) -> usize {
    let tail = result
        .tail()
        .map(|tail| serde_json::to_string(&tail).expect("the tail serializes"));
    result.decided.deciding.len() + tail.map_or(0, |t| t.len())
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(2000);
    let prepared = args.next().as_deref() == Some("prepared");
    let catalog = Catalog::builtin();
    let mut total = 0;
    if prepared {
        let mut sets: [Vec<ParsedPolicy>; 6] = Default::default();
        for text in POLICIES {
            sets[PolicyKind::Identity.index()].push(parse_policy_as(
                text,
                PolicyKind::Identity,
                catalog,
            ));
        }
        for _ in 0..rounds {
            // The request text is copied out of JavaScript on every call.
            let text = black_box(REQUEST).to_owned();
            let request = parse_request(&text, catalog);
            let by_kind: Vec<(PolicyKind, &[ParsedPolicy])> = PolicyKind::ALL
                .into_iter()
                .map(|kind| (kind, sets[kind.index()].as_slice()))
                .collect();
            let evaluation = evaluate_organized(&by_kind, &[], &request, Detail::DecisionOnly);
            let result = wire::EvaluateResult::new(
                sets.each_ref().map(Vec::as_slice),
                &request,
                evaluation.as_ref(),
                false,
                Locale::default(),
            );
            assert!(result.decided.decision.is_some());
            total += crossing(&result);
        }
    } else {
        for _ in 0..rounds {
            let workspace = Workspace {
                policies: black_box(POLICIES)
                    .iter()
                    .map(|text| NamedPolicy {
                        text: (*text).to_owned(),
                        ..Default::default()
                    })
                    .collect(),
                request: black_box(REQUEST).to_owned(),
                ..Default::default()
            };
            let run = workspace.run_with(catalog, Detail::DecisionOnly);
            let result = wire::EvaluateResult::new(
                run.sets(),
                &run.request,
                run.evaluation.as_ref(),
                false,
                Locale::default(),
            );
            assert!(result.decided.decision.is_some());
            total += crossing(&result);
        }
    }
    println!("{total}");
}
