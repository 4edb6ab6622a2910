//! A workspace is what a user edits: named policies, an optional permissions boundary and a request, as text.
//! `Workspace::run` is the whole pipeline the UI and the CLI share: parse everything, evaluate when possible.

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::eval::trace::Source;
use crate::eval::{self, Detail, Evaluation, Refusal, RefusalError};
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
    pub source: Source,
    pub index: usize,
}

impl std::fmt::Display for Tab {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = match self.source {
            Source::Policy => "policy",
            Source::Boundary => "boundary",
        };
        write!(f, "{set}-{}", self.index)
    }
}

impl std::str::FromStr for Tab {
    type Err = ();
    fn from_str(text: &str) -> Result<Tab, ()> {
        let (set, index) = text.split_once('-').ok_or(())?;
        let source = match set {
            "policy" => Source::Policy,
            "boundary" => Source::Boundary,
            _ => return Err(()),
        };
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
        let parse_all = |set: &[NamedPolicy]| -> Vec<ParsedPolicy> {
            set.iter().map(|p| parse_policy(&p.text, catalog)).collect()
        };
        let policies = parse_all(&self.policies);
        let boundary = parse_all(&self.boundary);
        let request = parse_request(&self.request, catalog);
        let evaluation = evaluate_parsed_with(&policies, &boundary, &request, detail);
        WorkspaceResult {
            policies,
            boundary,
            request,
            evaluation,
        }
    }
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
    evaluation.refused = refusals(Source::Policy, policies)
        .chain(refusals(Source::Boundary, boundary))
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
fn refusals(source: Source, set: &[ParsedPolicy]) -> impl Iterator<Item = Refusal> + '_ {
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
