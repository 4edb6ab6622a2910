//! `camctl`: the playground's engine on the command line.
//!
//! Commands: `eval`, `lint`, `matrix`, `diff`, `generate`, `catalog`, `catalog import`. `camctl --help` prints
//! each with its options (`CliText::Usage`, in the user's language), so the list is written once.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use cam_playground::catalog::{self, Catalog, Granularity};
    use cam_playground::diagnostic::Diagnostic;
    use cam_playground::eval::{Decision, Evaluation};
    use cam_playground::explain;
    use cam_playground::i18n::cli::CliText;
    use cam_playground::i18n::Locale;
    use cam_playground::policy::PolicyKind;
    use cam_playground::wire;
    use cam_playground::workspace::{NamedPolicy, Workspace, WorkspaceResult};
    use std::sync::OnceLock;

    #[derive(PartialEq)]
    enum Format {
        Text,
        Json,
    }

    struct Args {
        positional: Vec<String>,
        options: Vec<(String, String)>,
    }

    impl Args {
        fn parse(raw: Vec<String>) -> Result<Args, String> {
            let mut args = Args {
                positional: Vec::new(),
                options: Vec::new(),
            };
            let mut iter = raw.into_iter();
            while let Some(arg) = iter.next() {
                if let Some(name) = arg.strip_prefix("--") {
                    if name == "help" {
                        return Err(String::new());
                    }
                    let (name, value) = match name.split_once('=') {
                        Some((n, v)) => (n.to_string(), v.to_string()),
                        None => (
                            name.to_string(),
                            iter.next().ok_or_else(|| {
                                say(CliText::NeedsValue {
                                    option: name.to_string(),
                                })
                            })?,
                        ),
                    };
                    args.options.push((name, value));
                } else {
                    args.positional.push(arg);
                }
            }
            Ok(args)
        }

        fn all(&self, name: &str) -> Vec<String> {
            self.options
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .collect()
        }

        fn one(&self, name: &str) -> Option<String> {
            self.all(name).pop()
        }

        fn only(&self, allowed: &[&str]) -> Result<(), String> {
            match self
                .options
                .iter()
                .find(|(n, _)| n != "lang" && !allowed.contains(&n.as_str()))
            {
                Some((n, _)) => Err(say(CliText::UnknownOption { option: n.clone() })),
                None => Ok(()),
            }
        }

        fn format(&self) -> Result<Format, String> {
            match self.one("format").as_deref() {
                None | Some("text") => Ok(Format::Text),
                Some("json") => Ok(Format::Json),
                Some(other) => Err(bad_choice("format", &["text", "json"], other)),
            }
        }
    }

    /// The language of every sentence camctl prints: `--lang`, else `LC_ALL` / `LC_MESSAGES` / `LANG` when they
    /// name Chinese, else English. Set once, before any output.
    static LOCALE: OnceLock<Locale> = OnceLock::new();

    fn locale() -> Locale {
        LOCALE.get().copied().unwrap_or_default()
    }

    /// Every sentence below goes through the locale tables.
    fn say(text: CliText) -> String {
        locale().cli(&text)
    }

    fn bad_choice(option: &str, choices: &[&str], given: &str) -> String {
        say(CliText::BadChoice {
            option: option.to_string(),
            choices: choices.iter().map(|c| c.to_string()).collect(),
            given: given.to_string(),
        })
    }

    /// `--lang` (read before the other arguments, so that even their errors are in the chosen language), else
    /// the environment.
    fn choose_locale(raw: &[String]) -> Result<Locale, String> {
        let asked = raw
            .iter()
            .enumerate()
            .find_map(|(i, arg)| match arg.as_str() {
                "--lang" => Some(raw.get(i + 1).cloned().unwrap_or_default()),
                other => other.strip_prefix("--lang=").map(str::to_string),
            });
        if let Some(tag) = asked {
            return Locale::from_tag(&tag)
                .ok_or_else(|| bad_choice("lang", &Locale::ALL.map(Locale::tag), &tag));
        }
        let environment = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty());
        Ok(environment
            .and_then(|value| Locale::from_tag(&value))
            .unwrap_or_default())
    }

    pub fn run(raw: Vec<String>) -> i32 {
        match choose_locale(&raw) {
            Ok(locale) => {
                let _ = LOCALE.set(locale);
            }
            Err(message) => return usage(&message),
        }
        let args = match Args::parse(raw) {
            Ok(args) => args,
            Err(message) => return usage(&message),
        };
        let result = match args
            .positional
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            ["eval"] => eval(&args),
            ["lint", files @ ..] => lint(&args, files),
            ["matrix"] => matrix(&args),
            ["diff"] => diff(&args),
            ["generate"] => generate(&args),
            ["catalog"] => catalog_list(&args),
            ["catalog", "import", page] => catalog_import(&args, page),
            _ => Err(String::new()),
        };
        result.unwrap_or_else(|message| usage(&message))
    }

    fn usage(message: &str) -> i32 {
        if !message.is_empty() {
            eprintln!("camctl: {message}");
        }
        eprintln!("{}", say(CliText::Usage));
        2
    }

    fn read(path: &str) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| {
            say(CliText::CannotRead {
                path: path.to_string(),
                error: e.to_string(),
            })
        })
    }

    /// The option that gives each kind of document to `eval` (`--policy` for identity policies).
    const KIND_OPTIONS: [(&str, PolicyKind); 6] = [
        ("policy", PolicyKind::Identity),
        ("boundary", PolicyKind::Boundary),
        ("trust-policy", PolicyKind::Trust),
        ("session-policy", PolicyKind::Session),
        ("bucket-policy", PolicyKind::Bucket),
        ("scp", PolicyKind::Scp),
    ];

    fn eval(args: &Args) -> Result<i32, String> {
        let mut allowed = vec!["request", "format", "expect"];
        allowed.extend(KIND_OPTIONS.map(|(option, _)| option));
        args.only(&allowed)?;
        let format = args.format()?;
        let expect = match args.one("expect").as_deref() {
            None => None,
            Some("allow") => Some(true),
            Some("deny") => Some(false),
            Some(other) => return Err(bad_choice("expect", &["allow", "deny"], other)),
        };
        let request_file = args
            .one("request")
            .ok_or_else(|| say(CliText::RequestRequired))?;
        let load = |files: &[String]| -> Result<Vec<NamedPolicy>, String> {
            files
                .iter()
                .map(|f| {
                    Ok(NamedPolicy {
                        name: f.clone(),
                        text: read(f)?,
                    })
                })
                .collect()
        };
        let mut workspace = Workspace {
            request: read(&request_file)?,
            ..Workspace::default()
        };
        for (option, kind) in KIND_OPTIONS {
            *workspace.policies_in_mut(kind) = load(&args.all(option))?;
        }
        let result = workspace.run(Catalog::builtin());

        // Each kind's files in the order the workspace lists kinds, then the request: as the results come.
        let policy_files: Vec<String> = PolicyKind::ALL
            .into_iter()
            .flat_map(|kind| workspace.policies_in(kind).iter().map(|p| p.name.clone()))
            .collect();
        let files = policy_files.iter().chain(std::iter::once(&request_file));
        let diagnostics: Vec<(&String, &Diagnostic)> = result
            .by_kind()
            .flat_map(|(_, set)| set.iter().map(|p| &p.diagnostics))
            .chain(std::iter::once(&result.request.diagnostics))
            .zip(files)
            .flat_map(|(ds, file)| ds.iter().map(move |d| (file, d)))
            .collect();
        let Some(evaluation) = result.evaluation.as_ref() else {
            report_errors(&format, &diagnostics);
            return Ok(2);
        };
        // Rule G9: CAM would refuse a policy; the decision is printed as hypothetical and the exit code says so.
        let refused = evaluation.hypothetical();
        match format {
            Format::Json => {
                let errors = if refused {
                    file_errors(&diagnostics)
                } else {
                    Vec::new()
                };
                println!(
                    "{}",
                    serde_json::to_string_pretty(&wire::CliEvaluation::new(evaluation, errors))
                        .unwrap_or_default()
                );
            }
            Format::Text => {
                for (file, d) in &diagnostics {
                    eprintln!("{}", diagnostic_line(file, d));
                }
                print!("{}", text_result(&result, evaluation));
            }
        }
        if refused {
            eprintln!("camctl: {}", say(CliText::RefusedHypothetical));
            return Ok(2);
        }
        Ok(match expect {
            Some(want_allow) if (evaluation.decision == Decision::Allow) != want_allow => {
                eprintln!(
                    "camctl: {}",
                    say(CliText::ExpectNotMet {
                        expected_allow: want_allow,
                        got: evaluation.decision,
                    })
                );
                1
            }
            _ => 0,
        })
    }

    fn text_result(result: &WorkspaceResult, evaluation: &Evaluation) -> String {
        match result.request.request.as_ref() {
            Some(request) => locale().render_text(&explain::steps(evaluation, request)),
            None => String::new(),
        }
    }

    fn diagnostic_line(file: &str, d: &Diagnostic) -> String {
        let words = d.words(locale());
        let rule = d
            .rule
            .map(|r| {
                say(CliText::RuleRef {
                    rule: r.id().to_string(),
                })
            })
            .unwrap_or_default();
        let refusal = d
            .cam_error
            .map(|code| {
                format!(
                    "\n  {}",
                    say(CliText::RefusedWith {
                        code: code.to_string()
                    })
                )
            })
            .unwrap_or_default();
        format!(
            "{file}:{}:{}: {}[{}]: {}{rule}{refusal}\n  {} {}\n  {} {}",
            d.span.line,
            d.span.column,
            say(CliText::SeverityName {
                severity: d.severity
            }),
            d.code,
            words.message,
            say(CliText::At),
            d.path,
            say(CliText::Help),
            words.help
        )
    }

    fn report_errors(format: &Format, diagnostics: &[(&String, &Diagnostic)]) {
        match format {
            Format::Json => println!(
                "{}",
                serde_json::to_string_pretty(&wire::ErrorReport {
                    errors: file_errors(diagnostics),
                })
                .unwrap_or_default()
            ),
            Format::Text => {
                for (file, d) in diagnostics {
                    eprintln!("{}", diagnostic_line(file, d));
                }
                eprintln!("camctl: {}", say(CliText::NotEvaluated));
            }
        }
    }

    fn file_errors<'a>(
        diagnostics: &[(&'a String, &'a Diagnostic)],
    ) -> Vec<wire::FileDiagnostic<'a>> {
        diagnostics
            .iter()
            .filter(|(_, d)| d.is_error())
            .map(|(file, d)| wire::FileDiagnostic::new(file, d, locale()))
            .collect()
    }

    fn lint(args: &Args, files: &[&str]) -> Result<i32, String> {
        args.only(&["format", "policy", "kind"])?;
        // Rule K1: `--kind` reads every file as that kind; without it each file's kind is inferred.
        let chosen = match args.one("kind") {
            None => None,
            Some(name) => Some(PolicyKind::named(&name).ok_or_else(|| {
                bad_choice(
                    "kind",
                    &["identity", "boundary", "trust", "session", "bucket", "scp"],
                    &name,
                )
            })?),
        };
        let named = args.all("policy");
        let files: Vec<&str> = files
            .iter()
            .copied()
            .chain(named.iter().map(String::as_str))
            .collect();
        if files.is_empty() {
            return Err(say(CliText::LintNeedsPolicy));
        }
        let format = args.format()?;
        let catalog = Catalog::builtin();
        let mut worst = 0;
        let mut report = Vec::new();
        let mut kinds = Vec::new();
        for file in &files {
            let text = read(file)?;
            let kind = chosen.unwrap_or_else(|| cam_playground::infer_kind(&text));
            let parsed = cam_playground::parse_policy_as(&text, kind, catalog);
            let findings = cam_playground::lint::findings(&parsed, catalog);
            kinds.push(wire::LintFile {
                file,
                kind,
                kind_inferred: chosen.is_none(),
                refused: findings.iter().any(|d| d.cam_error.is_some()),
            });
            if findings.iter().any(Diagnostic::is_error) {
                worst = 1;
            }
            match format {
                Format::Text => {
                    for d in &findings {
                        println!("{}", diagnostic_line(file, d));
                    }
                }
                Format::Json => report.push((file, findings)),
            }
        }
        match format {
            Format::Json => println!(
                "{}",
                serde_json::to_string_pretty(&wire::LintReport {
                    files: kinds,
                    findings: report
                        .iter()
                        .flat_map(|(file, findings)| {
                            findings
                                .iter()
                                .map(|d| wire::FileDiagnostic::new(file, d, locale()))
                        })
                        .collect(),
                })
                .unwrap_or_default()
            ),
            Format::Text if worst == 0 => eprintln!("camctl: {}", say(CliText::NoErrors)),
            Format::Text => eprintln!("camctl: {}", say(CliText::ErrorsFound)),
        }
        Ok(worst)
    }

    /// Parses policy files; any file that is not a complete policy is a usage error with its first problem.
    fn load_policies(files: &[String]) -> Result<Vec<cam_playground::Policy>, String> {
        files
            .iter()
            .map(|file| {
                let parsed = cam_playground::parse_policy(&read(file)?, Catalog::builtin());
                match (
                    parsed.is_complete(),
                    parsed.policy,
                    parsed.diagnostics.iter().find(|d| d.is_error()),
                ) {
                    (true, Some(policy), _) => Ok(policy),
                    (_, _, problem) => Err(say(match problem {
                        Some(d) => CliText::NotAPolicyAt {
                            file: file.clone(),
                            line: d.span.line,
                            column: d.span.column,
                            message: d.words(locale()).message,
                        },
                        None => CliText::NotAPolicy { file: file.clone() },
                    })),
                }
            })
            .collect()
    }

    fn refs(set: &[cam_playground::Policy]) -> Vec<&cam_playground::Policy> {
        set.iter().collect()
    }

    fn base_request(args: &Args) -> Result<cam_playground::request::Request, String> {
        let file = args
            .one("request")
            .ok_or_else(|| say(CliText::BaseRequestRequired))?;
        cam_playground::request::read_request(&read(&file)?)
            .ok_or_else(|| say(CliText::NotARequest { file }))
    }

    fn matrix(args: &Args) -> Result<i32, String> {
        args.only(&["policy", "boundary", "request", "format"])?;
        let policies = load_policies(&args.all("policy"))?;
        let boundary = load_policies(&args.all("boundary"))?;
        let rows = cam_playground::analysis::matrix(
            &refs(&policies),
            &refs(&boundary),
            &base_request(args)?,
            Catalog::builtin(),
        );
        if args.format()? == Format::Json {
            println!(
                "{}",
                serde_json::to_string_pretty(&wire::MatrixReport {
                    rows: rows
                        .iter()
                        .map(|row| wire::MatrixRow::new(row, locale()))
                        .collect(),
                })
                .unwrap_or_default()
            );
            return Ok(0);
        }
        let count = |d: Decision| rows.iter().filter(|r| r.decision == Some(d)).count();
        println!(
            "{}",
            say(CliText::MatrixSummary {
                apis: rows.len(),
                allowed: count(Decision::Allow),
                explicit: count(Decision::ExplicitDeny),
                implicit: count(Decision::ImplicitDeny),
            })
        );
        for row in &rows {
            let by = row
                .deciding
                .iter()
                .map(|d| format!("p{}s{}", d.policy + 1, d.statement + 1))
                .collect::<Vec<_>>()
                .join(",");
            println!(
                "  {:<48} {:<14} {by}",
                row.action,
                say(CliText::DecisionName {
                    decision: row.decision
                })
            );
        }
        Ok(0)
    }

    fn diff(args: &Args) -> Result<i32, String> {
        args.only(&["before", "after", "request", "format"])?;
        let before = load_policies(&args.all("before"))?;
        let after = load_policies(&args.all("after"))?;
        let (before, after, base) = (
            (&refs(&before)[..], &[][..]),
            (&refs(&after)[..], &[][..]),
            base_request(args)?,
        );
        let cam_playground::analysis::Diff {
            rows,
            compared,
            named,
        } = cam_playground::analysis::diff(before, after, &base, Catalog::builtin());
        if args.format()? == Format::Json {
            println!(
                "{}",
                serde_json::to_string_pretty(&wire::DiffReport {
                    changes: &rows,
                    resource_ids: wire::ComparedIds {
                        compared: &compared,
                        named,
                    },
                })
                .unwrap_or_default()
            );
            return Ok(0);
        }
        if named > compared.len() {
            println!(
                "{}",
                say(CliText::DiffCompared {
                    compared: compared.len(),
                    named
                })
            );
        }
        if rows.is_empty() {
            println!("{}", say(CliText::NoDecisionChanged));
        }
        for row in &rows {
            println!(
                "{}",
                say(CliText::DiffRow {
                    action: row.action.clone(),
                    param: row.resource.param.clone(),
                    id: row.resource.id.clone(),
                    before: row.before,
                    after: row.after,
                })
            );
        }
        Ok(0)
    }

    fn generate(args: &Args) -> Result<i32, String> {
        args.only(&[
            "action",
            "id",
            "sdk-app-id",
            "owner-uin",
            "ip",
            "from",
            "until",
        ])?;
        let input = cam_playground::analysis::GeneratorInput {
            actions: args.all("action"),
            // `--id` fills any product's resource parameter; `--sdk-app-id` is its ccc name.
            resource_ids: [args.all("id"), args.all("sdk-app-id")].concat(),
            owner_uin: args
                .one("owner-uin")
                .ok_or_else(|| say(CliText::OwnerUinRequired))?,
            ip_ranges: args.all("ip"),
            time_window: match (args.one("from"), args.one("until")) {
                (Some(from), Some(until)) => Some((from, until)),
                (None, None) => None,
                _ => return Err(say(CliText::FromUntilTogether)),
            },
        };
        if input.actions.is_empty() {
            return Err(say(CliText::NeedAction));
        }
        print!(
            "{}",
            cam_playground::analysis::generate(&input, Catalog::builtin())
        );
        Ok(0)
    }

    fn catalog_list(args: &Args) -> Result<i32, String> {
        args.only(&["format"])?;
        let catalog = Catalog::builtin();
        if args.format()? == Format::Json {
            println!(
                "{}",
                serde_json::to_string_pretty(catalog).unwrap_or_default()
            );
            return Ok(0);
        }
        for product in &catalog.products {
            let operation = product
                .apis
                .iter()
                .filter(|a| a.granularity == Granularity::Operation)
                .count();
            println!(
                "{}",
                say(CliText::CatalogProduct {
                    name: product.name.clone(),
                    abbreviation: product.abbreviation.clone(),
                    apis: product.apis.len(),
                    resource_level: product.apis.len() - operation,
                    operation_level: operation,
                })
            );
            for api in &product.apis {
                let level = say(match api.granularity {
                    Granularity::Resource => CliText::ResourceLevel,
                    Granularity::Operation => CliText::OperationLevel,
                });
                println!(
                    "  {}:{:<42} {level}  {}",
                    product.abbreviation, api.name, api.resource_template
                );
            }
        }
        Ok(0)
    }

    fn catalog_import(args: &Args, page: &str) -> Result<i32, String> {
        args.only(&["doc-page", "name-zh"])?;
        let doc_page = args.one("doc-page").unwrap_or_else(|| "598/77494".into());
        let mut product = catalog::import_doc_page(&read(page)?, &doc_page)
            .map_err(|e| format!("{page}:{}: {}", e.line, locale().import_problem(&e.problem)))?;
        // The page is English; its Chinese name comes from Tencent's Chinese page.
        product.name_zh = args.one("name-zh").unwrap_or_default();
        println!(
            "{}",
            serde_json::to_string_pretty(&product).unwrap_or_default()
        );
        Ok(0)
    }
}
