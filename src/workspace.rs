//! A workspace is what a user edits: named policies, an optional permissions boundary and a request, as text.
//! `Workspace::run` is the whole pipeline the UI and the CLI share: parse everything, evaluate when possible.

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::eval::{self, Detail, Evaluation, Refusal, RefusalError};
use crate::policy::PolicySet;
use crate::policy::{parse_policy, ParsedPolicy, Policy};
use crate::request::{parse_request, ParsedRequest};
use crate::rules::Rule;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub policies: Vec<NamedPolicy>,
    #[serde(default)]
    pub boundary: Vec<NamedPolicy>,
    pub request: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedPolicy {
    pub name: String,
    pub text: String,
}

/// A policy tab: which set (policies or the permissions boundary) and which policy in it. Written `policy-0` or
/// `boundary-1` in share links (`View::tab`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tab {
    pub source: PolicySet,
    pub index: usize,
}

impl std::fmt::Display for Tab {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.source.as_str(), self.index)
    }
}

impl std::str::FromStr for Tab {
    type Err = ();
    fn from_str(text: &str) -> Result<Tab, ()> {
        let (set, index) = text.split_once('-').ok_or(())?;
        let source = PolicySet::ALL
            .into_iter()
            .find(|s| s.as_str() == set)
            .ok_or(())?;
        let index = index.parse().map_err(|_| ())?;
        Ok(Tab { source, index })
    }
}

impl Serialize for Tab {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorkspaceResult {
    pub policies: Vec<ParsedPolicy>,
    pub boundary: Vec<ParsedPolicy>,
    pub request: ParsedRequest,
    /// Present when the request resolved and every policy's JSON could be read; statements with errors are
    /// then traced as *not evaluated*.
    pub evaluation: Option<Evaluation>,
}

/// The policy models of a parsed set, when every policy's JSON could be read.
pub fn models(set: &[ParsedPolicy]) -> Option<Vec<&Policy>> {
    set.iter().map(|p| p.policy.as_ref()).collect()
}

impl Workspace {
    /// The texts of one set: the policies or the boundary.
    pub fn policies_in(&self, set: PolicySet) -> &[NamedPolicy] {
        match set {
            PolicySet::Policy => &self.policies,
            PolicySet::Boundary => &self.boundary,
        }
    }

    pub fn policies_in_mut(&mut self, set: PolicySet) -> &mut Vec<NamedPolicy> {
        match set {
            PolicySet::Policy => &mut self.policies,
            PolicySet::Boundary => &mut self.boundary,
        }
    }
}

impl WorkspaceResult {
    /// What was read from one set's texts.
    pub fn policies_in(&self, set: PolicySet) -> &[ParsedPolicy] {
        match set {
            PolicySet::Policy => &self.policies,
            PolicySet::Boundary => &self.boundary,
        }
    }
}

impl Workspace {
    /// The bytes of text a user edits: every policy and the request.
    pub fn text_len(&self) -> usize {
        self.policies
            .iter()
            .chain(&self.boundary)
            .map(|p| p.text.len())
            .sum::<usize>()
            + self.request.len()
    }

    pub fn run(&self, catalog: &Catalog) -> WorkspaceResult {
        self.run_with(catalog, Detail::Full)
    }

    /// `run`, keeping the trace `detail` asks for.
    pub fn run_with(&self, catalog: &Catalog, detail: Detail) -> WorkspaceResult {
        self.run_after(catalog, detail, None)
    }

    /// `run_with`, taking each text that an earlier run already read from its result instead of reading it
    /// again: typing into one text re-reads only that text, and a candidate fix only the text it changes.
    /// `earlier` is a workspace and what a run gave for it. Reading is most of a run, and copying a parsed
    /// policy costs about a seventh of reading it.
    pub fn run_after(
        &self,
        catalog: &Catalog,
        detail: Detail,
        earlier: Option<(&Workspace, &WorkspaceResult)>,
    ) -> WorkspaceResult {
        let parse_all = |set: &[NamedPolicy]| -> Vec<ParsedPolicy> {
            set.iter()
                .map(|p| match earlier.and_then(|e| earlier_policy(e, &p.text)) {
                    Some(parsed) => parsed.clone(),
                    None => parse_policy(&p.text, catalog),
                })
                .collect()
        };
        let policies = parse_all(&self.policies);
        let boundary = parse_all(&self.boundary);
        let request = match earlier {
            Some((workspace, result)) if workspace.request == self.request => {
                result.request.clone()
            }
            _ => parse_request(&self.request, catalog),
        };
        let evaluation = evaluate_parsed_with(&policies, &boundary, &request, detail);
        WorkspaceResult {
            policies,
            boundary,
            request,
            evaluation,
        }
    }
}

/// What an earlier run read from this policy text, in either set and at any place (tabs move and close).
fn earlier_policy<'e>(
    (workspace, result): (&Workspace, &'e WorkspaceResult),
    text: &str,
) -> Option<&'e ParsedPolicy> {
    let texts = workspace.policies.iter().chain(&workspace.boundary);
    let parsed = result.policies.iter().chain(&result.boundary);
    texts
        .zip(parsed)
        .find(|(policy, _)| policy.text == text)
        .map(|(_, parsed)| parsed)
}

/// The evaluation of parsed policies and a parsed request, when every policy's JSON could be read and the
/// request resolved; the parser's assumptions join the evaluator's. Policies parsed once can be evaluated
/// against many requests this way.
pub fn evaluate_parsed(
    policies: &[ParsedPolicy],
    boundary: &[ParsedPolicy],
    request: &ParsedRequest,
) -> Option<Evaluation> {
    evaluate_parsed_with(policies, boundary, request, Detail::Full)
}

/// `evaluate_parsed`, keeping the trace `detail` asks for.
pub fn evaluate_parsed_with(
    policies: &[ParsedPolicy],
    boundary: &[ParsedPolicy],
    request: &ParsedRequest,
    detail: Detail,
) -> Option<Evaluation> {
    let (policy_models, boundary_models, request) = (
        models(policies)?,
        models(boundary)?,
        request.request.as_ref()?,
    );
    let mut evaluation = eval::evaluate_with(&policy_models, &boundary_models, request, detail);
    evaluation.assumptions.extend(
        policies
            .iter()
            .chain(boundary)
            .flat_map(|p| p.assumptions.iter().copied()),
    );
    evaluation.refused = refusals(PolicySet::Policy, policies)
        .chain(refusals(PolicySet::Boundary, boundary))
        .collect();
    if evaluation.hypothetical() {
        evaluation.authoritative = false;
        evaluation.assumptions.push(Rule::G9);
    }
    evaluation.assumptions.sort();
    evaluation.assumptions.dedup();
    Some(evaluation)
}

/// Rule G9: the policies of a set that CAM would refuse to save, with their errors.
fn refusals(source: PolicySet, set: &[ParsedPolicy]) -> impl Iterator<Item = Refusal> + '_ {
    set.iter().enumerate().filter_map(move |(policy, parsed)| {
        let errors: Vec<RefusalError> = parsed
            .errors()
            .filter_map(|d| {
                Some(RefusalError {
                    cam_error: d.cam_error?,
                    code: d.code,
                    text: d.text.clone(),
                    span: d.span,
                })
            })
            .collect();
        (!errors.is_empty()).then_some(Refusal {
            source,
            policy,
            errors,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::{default_example, gallery};

    /// Every kind of edit between two runs: the result after an earlier run is the result of a fresh run.
    #[test]
    fn a_run_after_an_earlier_one_equals_a_fresh_run() {
        let catalog = Catalog::builtin();
        for example in gallery() {
            let before = example.workspace();
            let earlier = before.run(catalog);
            let mut edits: Vec<Workspace> = Vec::new();
            let mut request = before.clone();
            request.request = request.request.replacen("ccc:", "ccc:Describe", 1);
            edits.push(request);
            let mut policy = before.clone();
            policy.policies[0].text = policy.policies[0].text.replacen("allow", "deny", 1);
            edits.push(policy);
            let mut broken = before.clone();
            broken.policies[0].text.push('}');
            edits.push(broken);
            let mut reversed = before.clone();
            reversed.policies.reverse();
            edits.push(reversed);
            let mut to_boundary = before.clone();
            to_boundary.boundary.push(to_boundary.policies.remove(0));
            edits.push(to_boundary);
            edits.push(before.clone());
            for after in edits {
                assert_eq!(
                    after.run_after(catalog, Detail::Full, Some((&before, &earlier))),
                    after.run(catalog),
                    "{}",
                    example.id
                );
            }
        }
    }

    /// Unchanged texts are taken from the earlier result, not read again (a marked earlier result shows it).
    #[test]
    fn unchanged_texts_are_not_read_again() {
        let catalog = Catalog::builtin();
        let before = default_example().workspace();
        let mut earlier = before.run(catalog);
        earlier.policies[0].assumptions = vec![Rule::G3];
        earlier.request = parse_request("{}", catalog);
        let mut after = before.clone();
        after.policies.push(NamedPolicy {
            name: "another".into(),
            text: r#"{"version":"2.0","statement":[]}"#.into(),
        });
        let result = after.run_after(catalog, Detail::Full, Some((&before, &earlier)));
        assert_eq!(result.policies[0].assumptions, [Rule::G3]);
        assert_eq!(result.request, earlier.request);
        assert_eq!(
            result.policies[1],
            parse_policy(&after.policies[1].text, catalog)
        );
    }
}
