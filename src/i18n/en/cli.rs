//! English words of `camctl`.

use crate::diagnostic::Severity;
use crate::eval::Decision;
use crate::i18n::cli::CliText;

pub fn text(text: &CliText) -> String {
    match text {
        CliText::Usage => USAGE.into(),
        CliText::NeedsValue { option } => format!("--{option} needs a value"),
        CliText::UnknownOption { option } => format!("unknown option --{option}"),
        CliText::BadChoice { option, choices, given } => format!("--{option} is {}, not {given}", choices.join(" or ")),
        CliText::CannotRead { path, error } => format!("cannot read {path}: {error}"),
        CliText::RequestRequired => "--request is required".into(),
        CliText::BaseRequestRequired => "--request is required (it supplies principal, SdkAppId and context)".into(),
        CliText::OwnerUinRequired => "--owner-uin is required: resources name the root account".into(),
        CliText::FromUntilTogether => "--from and --until go together".into(),
        CliText::NeedAction => "name at least one --action".into(),
        CliText::LintNeedsPolicy => "lint needs a policy: camctl lint --policy P.json".into(),
        CliText::NotAPolicy { file } => format!("{file} is not a valid policy"),
        CliText::NotAPolicyAt { file, line, column, message } => format!("{file} is not a valid policy: {line}:{column}: {message}"),
        CliText::NotARequest { file } => format!("{file} is not a valid request"),
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
        CliText::DiffCompared { compared, named } => format!("compared {compared} of {named} SdkAppIds (the request's own first)"),
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
        CliText::Help => "help:".into(),
        CliText::DecisionName { decision } => decision_name(*decision).into(),
    }
}

fn decision_name(decision: Option<Decision>) -> &'static str {
    decision.map_or("not evaluated", Decision::as_str)
}

const USAGE: &str = "usage:
  camctl eval --policy P.json [--policy P2.json …] [--boundary B.json …] --request R.json
              [--trust-policy T.json …] [--session-policy S.json …] [--bucket-policy B.json …] [--scp O.json …]
              [--format text|json] [--expect allow|deny]
  camctl lint --policy P.json [--policy P2.json …] [--kind identity|boundary|trust|session|bucket|scp]
              [--format text|json]   (or: camctl lint P.json …; without --kind each file's kind is inferred)
  camctl matrix --policy P.json … [--boundary B.json …] --request R.json [--format text|json]
  camctl diff --before P.json … --after P2.json … --request R.json [--format text|json]
  camctl generate --action ccc:Api … --id ID … --owner-uin UIN [--ip CIDR …] [--from T --until T]
                  (--id fills the resource parameter of the APIs' templates: the SdkAppId for ccc; --sdk-app-id too)
  camctl catalog [--format json]
  camctl catalog import PAGE.txt [--doc-page 598/77494] [--name-zh 云联络中心]
every command also takes --lang en|zh-CN (default: from LC_ALL / LC_MESSAGES / LANG, else English)

exit codes: 0 evaluated (or --expect met; lint: no ERROR finding), 1 --expect not met (lint: ERROR findings),
2 invalid input or usage, or (eval) CAM would refuse to save a policy: the decision is then printed as
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
