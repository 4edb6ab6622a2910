//! English words of `camctl`.

use crate::diagnostic::Severity;
use crate::eval::Decision;
use crate::i18n::cli::CliText;
use crate::i18n::example;

pub fn text(text: &CliText) -> String {
    match text {
        CliText::Usage => USAGE.into(),
        CliText::NeedsValue { option } => format!("--{option} needs a value"),
        CliText::UnknownOption { option } => format!("unknown option --{option}"),
        CliText::BadChoice { option, choices, given } => format!("--{option} is {}, not {given}", choices.join(" or ")),
        CliText::CannotRead { path, error } => format!("cannot read {path}: {error}"),
        CliText::RequestRequired => "--request is required".into(),
        CliText::BaseRequestRequired => format!("--request is required (it supplies principal, {} and context)", example().param),
        CliText::OwnerUinRequired => "--owner-uin is required: resources name the root account".into(),
        CliText::FromUntilTogether => "--from and --until go together".into(),
        CliText::NeedAction => "name at least one --action".into(),
        CliText::LintNeedsPolicy => "lint needs a policy: camctl lint --policy P.json".into(),
        CliText::NotAPolicy { file } => format!("{file} is not a valid policy"),
        CliText::NotAPolicyAt { file, line, column, message } => format!("{file} is not a valid policy: {line}:{column}: {message}"),
        CliText::NotARequest { file } => format!("{file} is not a valid request"),
        CliText::TfPickDocument { file, addresses } if addresses.is_empty() => format!("{file} holds no CAM document (tencentcloud_cam_policy, tencentcloud_cam_role, tencentcloud_cos_bucket_policy …)"),
        CliText::TfPickDocument { file, addresses } => format!(
            "{file} holds {} CAM documents: name one as {file}#ADDRESS, one of {}",
            addresses.len(),
            addresses.join(", ")
        ),
        CliText::TfNoDocument { file, address, addresses } => format!(
            "{file} has no CAM document {address}; it has {}",
            if addresses.is_empty() { "none".to_string() } else { addresses.join(", ") }
        ),
        CliText::NotEvaluated => "not evaluated: fix the errors above".into(),
        CliText::ExpectNotMet { expected_allow, got } => format!("expected {}, got {}", if *expected_allow { "allow" } else { "deny" }, got.as_str()),
        CliText::RefusedHypothetical => "CAM would refuse to save a policy; the decision above is hypothetical".into(),
        CliText::RefusedWith { code } => match code.as_str() {
            "MalformedPolicy" => format!("COS would refuse to save it: {code} (predicted, rule K2)"),
            "InvalidParameter.StrategyFormatError" => {
                format!("STS would refuse it: {code} (predicted, rule K2)")
            }
            _ => format!("CAM would refuse to save it: {code}"),
        },
        CliText::NoErrors => "no errors".into(),
        CliText::ErrorsFound => "errors found".into(),
        CliText::MatrixSummary { apis, allowed, explicit, implicit } => format!("{apis} APIs: {allowed} allowed, {explicit} explicitly denied, {implicit} implicitly denied"),
        CliText::DiffCompared { compared, named } => format!("compared {compared} of {named} {}s (the request's own first)", example().param),
        CliText::NoDecisionChanged => "no decision changed".into(),
        CliText::DiffRow { action, param, id, before, after } => format!(
            "{} {action} on {param} {id}: {} → {}",
            if *after == Some(Decision::Allow) { "+" } else { "-" },
            decision_name(*before),
            decision_name(*after)
        ),
        CliText::CatalogProduct { name, abbreviation, apis, resource_level, operation_level } => format!("{name} ({abbreviation}): {apis} APIs, {resource_level} resource level, {operation_level} operation level"),
        CliText::ResourceLevel => "resource ".into(),
        CliText::OperationLevel => "operation".into(),
        CliText::SeverityName { severity } => match severity {
            Severity::Error => "error",
            Severity::SecurityWarning => "security_warning",
            Severity::Warning => "warning",
            Severity::Info => "note",
        }
        .into(),
        CliText::RuleRef { rule } => format!(" (rule {rule})"),
        CliText::At => "at".into(),
        CliText::Help => "help: ".into(),
        CliText::DecisionName { decision } => decision_name(*decision).into(),
        CliText::GateNewAccess { count } => match count {
            1 => "no-new-access: the new policies allow 1 request the old ones did not".into(),
            n => format!("no-new-access: the new policies allow {n} requests the old ones did not"),
        },
        CliText::GateNoNewAccess => "no-new-access: the new policies allow nothing the old ones did not".into(),
        CliText::NeverAllowViolated { patterns, count } => format!(
            "never-allow {}: {count} matching request{} allowed",
            patterns.join(", "),
            if *count == 1 { " is" } else { "s are" }
        ),
        CliText::NeverAllowHeld { patterns } => format!("never-allow {}: no matching request is allowed", patterns.join(", ")),
        CliText::CheckNeedsPattern => "check needs at least one --never-allow ACTION_PATTERN".into(),
        CliText::AccessOn { action, param, id, before } => format!("+ {action} on {param} {id}{}", was(*before)),
        CliText::AccessOnUnnamed { action, param, before } => format!("+ {action} on every {param} no policy names{}", was(*before)),
        CliText::AccessOnResource { action, resource } => format!("+ {action} on {resource}"),
        CliText::ExampleRequest => "example request:".into(),
        CliText::OpenInPlayground { url } => format!("open it in the playground: {url}"),
        CliText::GitMissing { error } => format!("cannot run git (needed to read a revision): {error}"),
        CliText::GitUnknownRevision { rev, detail } if detail.is_empty() => format!("unknown Git revision {rev} (is it fetched? in a shallow clone, git fetch --depth=1 origin BRANCH)"),
        CliText::GitUnknownRevision { rev, detail } => format!("unknown Git revision {rev}: {detail}"),
        CliText::GitPathMissing { path, rev: Some(rev) } => format!("{path} does not exist at revision {rev}"),
        CliText::GitPathMissing { path, rev: None } => format!("{path} does not exist in the working tree"),
        CliText::GitNewPath { path, rev } => format!("note: {path} is not in {rev}, so everything its policies allow counts as new access"),
        CliText::DiffSides => "diff compares --before FILE … with --after FILE …, or PATH … at --git-base REV with the working tree (or --git-head REV); give one of the two".into(),
        CliText::FmtNeedsFile => "fmt needs a JSON file: camctl fmt [--check] policies/*.json".into(),
        CliText::FmtWouldChange { file } => format!("{file} would be reformatted"),
        CliText::FmtRewrote { file } => format!("reformatted {file}"),
        CliText::NotJsonAt { file, line, column, message } => format!("{file} is not valid JSON: {line}:{column}: {message}"),
        CliText::TestNeedsFile => "test needs a test file: camctl test cam-tests.json".into(),
        CliText::NotAPercent { option, given } => format!("--{option} is a percentage from 0 to 100, not {given}"),
        CliText::InputAt { file, line, column } => format!("{file}:{line}:{column}: error: "),
        CliText::CasePassed { name } => format!("✓ {name}"),
        CliText::CaseFailed { name } => format!("✗ {name}"),
        CliText::FailureDecision { expected, got } => format!("expected {expected}, got {}", got.as_str()),
        CliText::FailureDeciding { expected, got } => format!(
            "expected the deciding statements {}, got {}",
            statements(expected),
            statements(got)
        ),
        CliText::FailureAuthoritative { expected: true, assumptions } => format!(
            "expected an authoritative decision, but {} decided it",
            if assumptions.is_empty() { "a statement that could not be evaluated".to_string() } else { format!("the choice rules {}", assumptions.join(", ")) }
        ),
        CliText::FailureAuthoritative { expected: false, .. } => "expected a decision that is not authoritative, got an authoritative one".into(),
        CliText::ReasoningOfInvolved => "reasoning (the statements involved):".into(),
        CliText::TestTotals { passed, failed, skipped } => {
            let mut line = format!("{passed} passed, {failed} failed");
            if *skipped > 0 {
                line.push_str(&format!(", {skipped} not selected by --run"));
            }
            line
        }
        CliText::NoCaseSelected { pattern } => format!("--run {pattern} selects no case"),
        CliText::StatementNotCovered { name, file, line, exercised } => format!(
            "  not covered: statement {name} ({file}:{line}) decided no case{}",
            if *exercised > 0 { format!(" (its action and resource matched in {exercised})") } else { String::new() }
        ),
        CliText::KeyNotCovered { statement, operator, key, file, line, held, failed } => format!(
            "  not covered: {operator} {key} in {statement} ({file}:{line}) held in {held} case{}, failed in {failed}",
            if *held == 1 { "" } else { "s" }
        ),
        CliText::CoverageBelow { percent, threshold } => format!("coverage {percent}% is below the threshold of {threshold}%"),
        CliText::SuppressedCount { count } => match count {
            1 => "1 finding suppressed by the configuration".into(),
            n => format!("{n} findings suppressed by the configuration"),
        },
        CliText::BaselineCount { count } => match count {
            1 => "1 finding already in the baseline".into(),
            n => format!("{n} findings already in the baseline"),
        },
    }
}

fn was(before: Option<Decision>) -> String {
    match before {
        Some(decision) => format!(" (was {})", decision_name(Some(decision))),
        None => String::new(),
    }
}

fn statements(names: &[String]) -> String {
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}

fn decision_name(decision: Option<Decision>) -> &'static str {
    decision.map_or("not evaluated", Decision::as_str)
}

const USAGE: &str = "usage:
  camctl eval --policy P.json [--policy P2.json …] [--boundary B.json …] --request R.json
              [--trust-policy T.json …] [--session-policy S.json …] [--bucket-policy B.json …] [--scp O.json …]
              [--format text|json] [--expect allow|deny]
              (an SCP bound above the member account: --scp O.json@root, --scp O.json@department/NAME)
  camctl lint --policy P.json [--policy P2.json …] [--kind identity|boundary|trust|session|bucket|scp]
              [--format pretty|json|sarif|github|junit] [--config .camlint.json] [--baseline earlier.json|earlier.sarif]
              (or: camctl lint P.json …; without --kind each file's kind is inferred; the configuration turns codes
               off, changes severities and silences findings with a reason; without --config, ./.camlint.json is
               read when there is one)
  camctl test TESTS.json … [--format pretty|json|junit] [--run REGEX] [--coverage-threshold PERCENT] [--link-base URL]
terraform: lint, test (policy paths FILE.tf#ADDRESS), matrix, diff and check also read .tf files and folders:
  the documents of tencentcloud_cam_policy, tencentcloud_cam_role (trust), tencentcloud_cos_bucket_policy and
  the policies boundary attachments name, as heredoc JSON or jsonencode({…}); findings on the .tf lines;
  ${var.x} and other expressions are read as placeholders, with a note
  camctl matrix --policy P.json … [--boundary B.json …] --request R.json [--format text|json]
  camctl diff --before P.json … --after P2.json … --request R.json [--format text|json]
              [--gate no-new-access [--link-base URL]]   (exit 1 when the after-policies allow something new)
  camctl diff --git-base REV [--git-head REV] PATH … --request R.json [--gate no-new-access] …
              (PATH … as they are at REV against the working tree, or against --git-head; read with git, no
               checkout; a path missing at the base is new: all its access counts as new)
  camctl check --policy P.json … [--boundary B.json …] --request R.json --never-allow ccc:Delete* …
               [--resource RESOURCE] [--format pretty|json] [--link-base URL] [--git-rev REV]
               (exit 1 when a match is allowed)
  camctl fmt [--check] P.json …   (indents JSON files, keys and values unchanged; --check: exit 1 and name the
               files that would change)
  camctl generate --action ccc:Api … --id ID … --owner-uin UIN [--ip CIDR …] [--from T --until T]
                  (--id fills the resource parameter of the APIs' templates: the SdkAppId for ccc; --sdk-app-id too)
  camctl catalog [--format json]
  camctl catalog import PAGE.txt [--doc-page 598/77494] [--name-zh 云联络中心]
                 [--example-api CreateStaff] [--example-read-api DescribeStaffInfoList] [--example-id 1400000000]
every command also takes --lang en|zh-CN (default: from LC_ALL / LC_MESSAGES / LANG, else English)

exit codes: 0 evaluated (or --expect met; lint: no ERROR finding; test: every case passed), 1 --expect not met
(lint: ERROR findings; test: a case failed or coverage is below the threshold; diff --gate, check: access
found), 2 invalid input or usage, or (eval) CAM would refuse to save a policy: the decision is then printed as
hypothetical, with the errors and the CreatePolicy codes CAM would answer";

pub fn import_problem(problem: &crate::catalog::ImportProblem) -> String {
    use crate::catalog::ImportProblem as P;
    match problem {
        P::EmptyPage => "the page is empty".into(),
        P::NoFactsTable => "no `Product Abbreviation …` facts table".into(),
        P::FactsRowWithoutName => "the facts row does not start with the product name".into(),
        P::FactsColumns { expected } => format!("the facts table's columns are not `{expected}`"),
        P::FactsRow => "cannot read the facts row as abbreviation, console, tag authorization, granularity, IP restriction".into(),
        P::BadRow => "a table row that cannot be read".into(),
        P::NoRows => "no API rows found".into(),
    }
}

/// A problem of a test file, lint configuration or baseline, with what to do.
pub fn input_problem(problem: &crate::text::input::InputProblem) -> crate::i18n::Words {
    use crate::i18n::Words;
    use crate::text::input::{Expected, InputProblem as P, NameKind};
    let expected = |e: &Expected| match e {
        Expected::Object => "an object",
        Expected::List => "a list",
        Expected::String => "a string",
        Expected::Number => "a number",
        Expected::Boolean => "true or false",
        Expected::NameOrObject => "a name or an object",
        Expected::Strings => "a string or a list of strings",
        Expected::ContextValue => "a string, number, boolean or a list of them",
    };
    let list = |items: &[String]| {
        items
            .iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match problem {
        P::CannotRead { path, error } => Words::new(
            format!("cannot read {path}: {error}"),
            "Check the path: a test file's policy paths are relative to the test file.",
        ),
        P::WrongType { expected: e, found } => Words::new(
            format!("expected {}, found {}", expected(e), super::json::json_type(*found)),
            format!("Write {} here; the JSON Schema in schemas/ describes every field.", expected(e)),
        ),
        P::UnknownField { field, suggestion, fields } => Words::new(
            format!("unknown field `{field}`"),
            match suggestion {
                Some(s) => format!("Did you mean `{s}`? The fields here are {}.", list(fields)),
                None => format!("The fields here are {}.", list(fields)),
            },
        ),
        P::MissingField { field } => Words::new(format!("missing field `{field}`"), format!("Add `{field}` to this object.")),
        P::DuplicateField { field } => Words::new(format!("`{field}` is written twice"), "Keep one of them."),
        P::NotOneOf { given, choices } => Words::new(format!("`{given}` is not allowed here"), format!("Write one of {}.", list(choices))),
        P::DuplicateId { id } => Words::new(format!("two policies have the id `{id}`"), "Give each policy its own `id`."),
        P::UnknownName { what, name, known } => {
            let (what, field) = match what {
                NameKind::Principal => ("principal", "principals"),
                NameKind::Context => ("context", "contexts"),
                NameKind::Policy => ("policy", "policies"),
            };
            Words::new(
                format!("no {what} is named `{name}`"),
                if known.is_empty() {
                    format!("Define it under `{field}`.")
                } else {
                    format!("The names defined under `{field}` are {}.", list(known))
                },
            )
        }
        P::BadStatementRef { given } => Words::new(
            format!("`{given}` is not a statement reference"),
            "Write the policy's id, `#` and the statement's number counted from 1, e.g. `support#2`.",
        ),
        P::NoSuchStatement { policy, statement, count } => Words::new(
            format!("`{policy}` has no statement {statement}"),
            format!("It has {count} statement{}, numbered from 1.", if *count == 1 { "" } else { "s" }),
        ),
        P::RequestOrMatrix => Words::new("a case needs exactly one of `request` and `matrix`", "Give the case one request, or a matrix of them."),
        P::ResourcesOrIds => Words::new(
            "a matrix takes `sdk_app_ids` or `resources`, not both",
            "Keep one of them; write two cases to test both.",
        ),
        P::PathOrText => Words::new(
            "a policy needs exactly one of `path` and `text`",
            "Give the file's path, or the document itself as `text`.",
        ),
        P::PolicyNotOpen { id, path } => Words::new(
            format!("the policy `{id}` is the file `{path}`, which the playground cannot open"),
            format!("Open it in a tab named `{id}` first, or give the document as `text` (the playground's Export does)."),
        ),
        P::EmptyList { field } => Words::new(format!("`{field}` is empty"), "Give at least one."),
        P::NoApiMatches { pattern } => Words::new(
            format!("`{pattern}` matches no API of the catalog"),
            "Check the spelling; `camctl catalog` lists every API.",
        ),
        P::UnknownCode { code, suggestion } => Words::new(
            format!("`{code}` is not a finding code"),
            match suggestion {
                Some(s) => format!("Did you mean `{s}`? docs/ci.md says where the codes are listed."),
                None => "`camctl lint --format json` shows the code of each finding; docs/ci.md says where they are listed.".into(),
            },
        ),
        P::BadPattern { pattern, error } => Words::new(
            format!("`{pattern}` is not a regular expression: {error}"),
            "Write a regular expression matched against case names, e.g. --run 'agent.*office'.",
        ),
        P::NotABaseline => Words::new(
            "this is neither `camctl lint --format json` nor SARIF output",
            "Pass a file written by `camctl lint --format json` or `camctl lint --format sarif`.",
        ),
    }
}
