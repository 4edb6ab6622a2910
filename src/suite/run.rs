//! Running a suite: each case through the workspace pipeline (`workspace::evaluate_organized`, every kind's layer, SCPs at their nodes), its failures, and
//! coverage read from the evaluator's trace — nothing here decides a CAM question again.

use std::collections::BTreeSet;

use super::{Case, Expect, StatementKey, Suite};
use crate::eval::trace::{PolicyTrace, StatementTrace};
use crate::eval::Detail;
use crate::eval::{Decision, Evaluation};
use crate::json::Span;
use crate::policy::{Effect, ParsedPolicy, PolicyKind};
use crate::policy_kind::ScpNode;
use crate::rules::Rule;
use crate::workspace::evaluate_organized;

/// What a run found: one result per case run (in file order), and coverage over the cases run.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub results: Vec<CaseResult>,
    /// Cases `--run` left out.
    pub skipped: usize,
    pub coverage: Coverage,
}

impl Report {
    pub fn passed(&self) -> usize {
        self.results.iter().filter(|r| r.passed()).count()
    }

    pub fn failed(&self) -> usize {
        self.results.len() - self.passed()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseResult {
    /// The case's index in `Suite::cases`.
    pub case: usize,
    pub evaluation: Evaluation,
    pub failures: Vec<Failure>,
}

impl CaseResult {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }

    /// The statements a failure's reasoning shows: the deciding ones, the expected ones, and when there are
    /// none (an implicit deny nobody expected to decide), those whose action matched the request.
    pub fn involved(&self, case: &Case) -> BTreeSet<StatementKey> {
        let mut involved: BTreeSet<StatementKey> = self
            .evaluation
            .deciding
            .iter()
            .map(StatementKey::from)
            .collect();
        involved.extend(case.deciding.iter().flatten().copied());
        if involved.is_empty() {
            involved.extend(
                traces(&self.evaluation)
                    .filter(|(_, _, s)| s.action.matched)
                    .map(|(set, policy, s)| StatementKey {
                        source: set,
                        policy,
                        statement: s.statement,
                    }),
            );
        }
        involved
    }
}

/// Why a case failed.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    Decision {
        expected: Expect,
        got: Decision,
    },
    /// The statements that decided are not the ones the case names (compared as sets).
    Deciding {
        expected: Vec<StatementKey>,
        got: Vec<StatementKey>,
    },
    /// The case asked for an authoritative decision (or a non-authoritative one) and got the other; the
    /// CHOICE rules that decided are listed.
    Authoritative {
        expected: bool,
        assumptions: Vec<Rule>,
    },
}

/// Which statements and condition keys the cases reached.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Coverage {
    pub statements: Vec<StatementCoverage>,
    pub keys: Vec<KeyCoverage>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StatementCoverage {
    pub statement: StatementKey,
    pub span: Span,
    pub effect: Effect,
    /// Cases where its action and resource matched, so the rest of it (its condition) was the question.
    pub exercised: usize,
    /// Cases it decided (among the deciding statements).
    pub decided: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct KeyCoverage {
    pub statement: StatementKey,
    /// The condition operator as written.
    pub operator: String,
    pub key: String,
    pub span: Span,
    /// Exercised cases (its statement's action and resource matched) where the key's test held.
    pub held: usize,
    /// Exercised cases where it failed.
    pub failed: usize,
}

impl StatementCoverage {
    /// A statement is covered when some case shows what it does: it decided that case.
    pub fn covered(&self) -> bool {
        self.decided > 0
    }
}

impl KeyCoverage {
    /// A condition key is covered when cases saw its test both hold and fail: one shows the condition letting a
    /// request through, another shows it stopping one.
    pub fn covered(&self) -> bool {
        self.held > 0 && self.failed > 0
    }

    pub fn exercised(&self) -> bool {
        self.held + self.failed > 0
    }
}

impl Coverage {
    /// Covered statements and keys over all of them, in percent (100 when there is nothing to cover).
    pub fn percent(&self) -> f64 {
        let total = self.statements.len() + self.keys.len();
        if total == 0 {
            return 100.0;
        }
        let covered = self.statements.iter().filter(|s| s.covered()).count()
            + self.keys.iter().filter(|k| k.covered()).count();
        covered as f64 * 100.0 / total as f64
    }

    /// `percent` in tenths, rounded half up, by integer arithmetic: the playground shows it without bringing
    /// float formatting into its bundle (`camctl test` prints `percent_text`, the same figure).
    pub fn tenths(&self) -> usize {
        let total = self.statements.len() + self.keys.len();
        if total == 0 {
            return 1000;
        }
        let covered = self.statements.iter().filter(|s| s.covered()).count()
            + self.keys.iter().filter(|k| k.covered()).count();
        (covered * 2000 + total) / (2 * total)
    }
}

fn traces(evaluation: &Evaluation) -> impl Iterator<Item = (PolicyKind, usize, &StatementTrace)> {
    PolicyKind::ALL
        .into_iter()
        .flat_map(|kind| evaluation.policies_in(kind))
        .flat_map(|p: &PolicyTrace| p.statements.iter().map(move |s| (p.source, p.policy, s)))
}

/// Runs the cases `selected` keeps (by name), in file order.
pub fn run(suite: &Suite, selected: impl Fn(&str) -> bool) -> Report {
    let borrowed: Vec<(PolicyKind, &[ParsedPolicy])> = suite
        .sets
        .iter()
        .map(|(kind, set)| (*kind, &set[..]))
        .collect();
    let mut coverage = empty_coverage(&borrowed);
    // Where each SCP is bound (rule O2), in the order of the SCPs.
    let scp_nodes: Vec<ScpNode> = (suite.entries.iter())
        .filter(|e| e.kind == PolicyKind::Scp)
        .map(|e| e.node.clone())
        .collect();
    let mut results = Vec::new();
    let mut skipped = 0;
    for (index, case) in suite.cases.iter().enumerate() {
        if !selected(&case.name) {
            skipped += 1;
            continue;
        }
        // `prepare` refused unreadable policies and requests, so every case evaluates.
        let Some(evaluation) =
            evaluate_organized(&borrowed, &scp_nodes, &case.request, Detail::Full)
        else {
            continue;
        };
        let failures = failures(case, &evaluation);
        record(&mut coverage, &evaluation);
        results.push(CaseResult {
            case: index,
            evaluation,
            failures,
        });
    }
    Report {
        results,
        skipped,
        coverage,
    }
}

pub(super) fn failures(case: &Case, evaluation: &Evaluation) -> Vec<Failure> {
    let mut failures = Vec::new();
    if !case.expect.met_by(evaluation.decision) {
        failures.push(Failure::Decision {
            expected: case.expect,
            got: evaluation.decision,
        });
    }
    if let Some(expected) = &case.deciding {
        let want: BTreeSet<StatementKey> = expected.iter().copied().collect();
        let got: BTreeSet<StatementKey> =
            evaluation.deciding.iter().map(StatementKey::from).collect();
        if want != got {
            failures.push(Failure::Deciding {
                expected: want.into_iter().collect(),
                got: got.into_iter().collect(),
            });
        }
    }
    if let Some(expected) = case.authoritative {
        if expected != evaluation.authoritative {
            failures.push(Failure::Authoritative {
                expected,
                assumptions: evaluation.assumptions.clone(),
            });
        }
    }
    failures
}

/// Every statement and condition key of the policies, none reached yet.
pub(super) fn empty_coverage(sets: &[(PolicyKind, &[ParsedPolicy])]) -> Coverage {
    let mut coverage = Coverage::default();
    for (set, parsed_set) in sets {
        let (set, parsed_set) = (*set, *parsed_set);
        for (policy, parsed) in parsed_set.iter().enumerate() {
            let Some(model) = &parsed.policy else {
                continue;
            };
            for statement in &model.statements {
                let at = StatementKey {
                    source: set,
                    policy,
                    statement: statement.index,
                };
                coverage.statements.push(StatementCoverage {
                    statement: at,
                    span: statement.span,
                    effect: statement.effect.value,
                    exercised: 0,
                    decided: 0,
                });
                for block in &statement.conditions {
                    for k in &block.keys {
                        coverage.keys.push(KeyCoverage {
                            statement: at,
                            operator: block.name.value.clone(),
                            key: k.name.value.clone(),
                            span: k.name.span,
                            held: 0,
                            failed: 0,
                        });
                    }
                }
            }
        }
    }
    coverage
}

pub(super) fn record(coverage: &mut Coverage, evaluation: &Evaluation) {
    for d in &evaluation.deciding {
        if let Some(s) = coverage
            .statements
            .iter_mut()
            .find(|s| s.statement == StatementKey::from(d))
        {
            s.decided += 1;
        }
    }
    for (set, policy, trace) in traces(evaluation) {
        let at = StatementKey {
            source: set,
            policy,
            statement: trace.statement,
        };
        if !(trace.action.matched && trace.resources.iter().any(|r| r.matched)) {
            continue;
        }
        if let Some(s) = coverage.statements.iter_mut().find(|s| s.statement == at) {
            s.exercised += 1;
        }
        // The trace lists the statement's condition blocks and keys in the policy's order.
        let mut keys = coverage.keys.iter_mut().filter(|k| k.statement == at);
        for block in &trace.condition.blocks {
            for k in &block.keys {
                match keys.next() {
                    Some(entry) if entry.key == k.key && entry.operator == block.operator => {
                        if k.matched {
                            entry.held += 1;
                        } else {
                            entry.failed += 1;
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tenths_tests {
    use super::*;

    /// The tenths the playground shows are the percentage `camctl test` prints, to one decimal.
    #[test]
    fn tenths_agree_with_the_printed_percentage() {
        for total in 1..40usize {
            for covered in 0..=total {
                let statement = |decided| StatementCoverage {
                    statement: StatementKey {
                        source: PolicyKind::Identity,
                        policy: 0,
                        statement: 0,
                    },
                    span: Span::default(),
                    effect: Effect::Allow,
                    exercised: 0,
                    decided,
                };
                let coverage = Coverage {
                    statements: (0..total)
                        .map(|i| statement(usize::from(i < covered)))
                        .collect(),
                    keys: Vec::new(),
                };
                let tenths = coverage.tenths();
                assert_eq!(
                    format!("{}.{}", tenths / 10, tenths % 10),
                    format!("{:.1}", (coverage.percent() * 10.0).round() / 10.0),
                    "{covered}/{total}"
                );
            }
        }
    }
}
