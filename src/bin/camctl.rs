//! `camctl`: the playground's engine on the command line.
//!
//! Commands: `eval`, `lint`, `test`, `matrix`, `diff` (with `--gate no-new-access`), `check`, `generate`,
//! `catalog`, `catalog import`. `camctl --help` prints
//! each with its options (`CliText::Usage`, in the user's language), so the list is written once.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // Rust ignores SIGPIPE, so printing into a closed pipe (`camctl lint … | head`) panicked: take the default
    // back, and camctl ends as `cat` does there.
    #[cfg(unix)]
    // SAFETY: called once, before any thread or output, with a valid signal number and handler constant.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use cam_playground::catalog::{self, Catalog, Granularity};
    use cam_playground::ci::{self, InputErrorView};
    use cam_playground::diagnostic::Diagnostic;
    use cam_playground::eval::{Decision, Evaluation};
    use cam_playground::explain;
    use cam_playground::i18n::cli::CliText;
    use cam_playground::i18n::Locale;
    use cam_playground::lint::config as lint_config;
    use cam_playground::policy::PolicyKind;
    use cam_playground::policy_kind::ScpNode;
    use cam_playground::suite;
    use cam_playground::terraform;
    use cam_playground::text::input::InputProblem;
    use cam_playground::wire;
    use cam_playground::workspace::{NamedPolicy, Workspace, WorkspaceResult};
    use std::sync::OnceLock;

    #[derive(PartialEq)]
    enum Format {
        Text,
        Json,
    }

    /// The formats of the commands CI runs (`lint`, `test`).
    #[derive(Clone, Copy, PartialEq)]
    enum CiFormat {
        Pretty,
        Json,
        Sarif,
        Github,
        Junit,
    }

    impl CiFormat {
        fn name(self) -> &'static str {
            match self {
                CiFormat::Pretty => "pretty",
                CiFormat::Json => "json",
                CiFormat::Sarif => "sarif",
                CiFormat::Github => "github",
                CiFormat::Junit => "junit",
            }
        }
    }

    /// Options without a value (`fmt --check`).
    const FLAGS: [&str; 1] = ["check"];

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
                        // Options that take no value.
                        None if FLAGS.contains(&name) => (name.to_string(), "true".to_string()),
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

        /// `--format` among the CI formats a command offers (`pretty`, also spelled `text`, first).
        fn format_among(&self, offered: &[CiFormat]) -> Result<CiFormat, String> {
            let given = self.one("format").unwrap_or_else(|| "pretty".into());
            let given = if given == "text" {
                "pretty".into()
            } else {
                given
            };
            offered
                .iter()
                .copied()
                .find(|f| f.name() == given)
                .ok_or_else(|| {
                    let names: Vec<&str> = offered.iter().map(|f| f.name()).collect();
                    bad_choice("format", &names, &given)
                })
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
            ["test", files @ ..] => test(&args, files),
            ["matrix"] => matrix(&args),
            ["diff", paths @ ..] => diff(&args, paths),
            ["check"] => check(&args),
            ["generate"] => generate(&args),
            ["fmt", files @ ..] => fmt(&args, files),
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
        let load = |files: &[String], kind: PolicyKind| -> Result<Vec<NamedPolicy>, String> {
            files
                .iter()
                .map(|f| {
                    // `FILE@NODE`: an SCP bound to an organization node above the member account (rule O2).
                    let bound = (f.rsplit_once('@'))
                        .filter(|_| kind == PolicyKind::Scp)
                        .and_then(|(file, node)| Some((file.to_string(), ScpNode::named(node)?)));
                    let (file, node) = bound.unwrap_or_else(|| (f.clone(), ScpNode::Account));
                    Ok(NamedPolicy {
                        text: read(&file)?,
                        name: file,
                        node,
                    })
                })
                .collect()
        };
        let mut workspace = Workspace {
            request: read(&request_file)?,
            ..Workspace::default()
        };
        for (option, kind) in KIND_OPTIONS {
            *workspace.policies_in_mut(kind) = load(&args.all(option), kind)?;
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
            "{file}:{}:{}: {}[{}]: {}{rule}{refusal}\n  {} {}\n  {}{}",
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

    /// A located problem of an input file, as the error lines of every format print it.
    fn input_error_line(e: &InputErrorView) -> String {
        format!(
            "{}{}\n  {} {}\n  {}{}",
            say(CliText::InputAt {
                file: e.file.clone(),
                line: e.line,
                column: e.column,
            }),
            e.message,
            say(CliText::At),
            e.path,
            say(CliText::Help),
            e.help
        )
    }

    /// Input that cannot be read (a configuration, a baseline): the located error, exit 2.
    fn input_failure(format: CiFormat, errors: &[InputErrorView]) -> i32 {
        if format == CiFormat::Json {
            println!(
                "{}",
                serde_json::to_string_pretty(&serde_json::json!({ "errors": errors }))
                    .unwrap_or_default()
            );
        }
        for e in errors {
            eprintln!("{}", input_error_line(e));
        }
        2
    }

    /// The folder of a path as given (`""` for a bare file name), for the paths a file names relative to itself.
    fn folder_of(file: &str) -> String {
        std::path::Path::new(file)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    fn joined(base: &str, path: &str) -> String {
        if base.is_empty() || std::path::Path::new(path).is_absolute() {
            path.to_string()
        } else {
            format!("{base}/{path}")
        }
    }

    /// Whether two paths name the same file: compared as the file system resolves them when both exist, else
    /// as written (without `./`).
    fn same_file(a: &str, b: &str) -> bool {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => a.trim_start_matches("./") == b.trim_start_matches("./"),
        }
    }

    /// The paths named on the command line, each folder replaced by the `.tf` files under it (sorted; folders
    /// whose name starts with `.`, such as `.terraform`, skipped).
    fn expand(paths: &[&str]) -> Vec<String> {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            let mut entries: Vec<std::path::PathBuf> =
                entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            entries.sort();
            for path in entries {
                let hidden = path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                if path.is_dir() && !hidden {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "tf") {
                    out.push(path.to_string_lossy().into_owned());
                }
            }
        }
        let mut out = Vec::new();
        for path in paths {
            if std::path::Path::new(path).is_dir() {
                walk(std::path::Path::new(path), &mut out);
            } else {
                out.push(path.to_string());
            }
        }
        out
    }

    fn is_tf(path: &str) -> bool {
        path.ends_with(".tf") || std::path::Path::new(path).is_dir()
    }

    /// Where policy files are read: the working tree, or one Git revision. A revision's files are read with
    /// `git cat-file` and listed with `git ls-tree`, paths relative to the current folder as on the command line,
    /// so a pull-request job compares with its base branch without checking it out.
    enum Tree {
        Work,
        Git { rev: String, commit: String },
    }

    /// Runs git in the current folder; git missing is a usage error that says so.
    fn git(args: &[&str]) -> Result<std::process::Output, String> {
        std::process::Command::new("git")
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .map_err(|e| {
                say(CliText::GitMissing {
                    error: e.to_string(),
                })
            })
    }

    impl Tree {
        /// The revision `rev` names (a branch, tag, commit, `origin/main`, `HEAD~1` …), resolved once.
        fn git(rev: &str) -> Result<Tree, String> {
            let out = git(&[
                "rev-parse",
                "--verify",
                "--quiet",
                "--end-of-options",
                &format!("{rev}^{{commit}}"),
            ])?;
            if !out.status.success() {
                return Err(say(CliText::GitUnknownRevision {
                    rev: rev.to_string(),
                    detail: String::from_utf8_lossy(&out.stderr).trim().to_string(),
                }));
            }
            Ok(Tree::Git {
                rev: rev.to_string(),
                commit: String::from_utf8_lossy(&out.stdout).trim().to_string(),
            })
        }

        /// The revision as the user wrote it (`None`: the working tree).
        fn rev(&self) -> Option<String> {
            match self {
                Tree::Work => None,
                Tree::Git { rev, .. } => Some(rev.clone()),
            }
        }

        /// How a file of this tree is named in messages and document names: `REV:path` for a revision.
        fn name(&self, path: &str) -> String {
            match self {
                Tree::Work => path.to_string(),
                Tree::Git { rev, .. } => format!("{rev}:{path}"),
            }
        }

        /// `COMMIT:./path`, the object git reads (relative to the current folder).
        fn object(commit: &str, path: &str) -> String {
            format!(
                "{commit}:./{}",
                path.trim_start_matches("./").trim_end_matches('/')
            )
        }

        /// Whether `path` is a folder (`Some(true)`), a file (`Some(false)`) or absent (`None`) in this tree.
        fn kind(&self, path: &str) -> Option<bool> {
            match self {
                Tree::Work => {
                    let p = std::path::Path::new(path);
                    p.exists().then(|| p.is_dir())
                }
                Tree::Git { commit, .. } => {
                    let out = git(&["cat-file", "-t", &Tree::object(commit, path)]).ok()?;
                    match String::from_utf8_lossy(&out.stdout).trim() {
                        _ if !out.status.success() => None,
                        "tree" => Some(true),
                        _ => Some(false),
                    }
                }
            }
        }

        fn read(&self, path: &str) -> Result<String, String> {
            let Tree::Git { commit, .. } = self else {
                return read(path);
            };
            let out = git(&["cat-file", "blob", &Tree::object(commit, path)])?;
            let cannot = |error: String| {
                say(CliText::CannotRead {
                    path: self.name(path),
                    error,
                })
            };
            if !out.status.success() {
                return Err(cannot(
                    String::from_utf8_lossy(&out.stderr).trim().to_string(),
                ));
            }
            String::from_utf8(out.stdout).map_err(|e| cannot(e.to_string()))
        }

        fn is_tf(&self, path: &str) -> bool {
            path.ends_with(".tf") || self.kind(path) == Some(true)
        }

        /// The paths named, each folder replaced by the `.tf` files under it (sorted; folders whose name
        /// starts with `.`, such as `.terraform`, skipped), as `expand` does in the working tree.
        fn expand(&self, paths: &[&str]) -> Vec<String> {
            let Tree::Git { commit, .. } = self else {
                return expand(paths);
            };
            let mut out = Vec::new();
            for path in paths {
                if self.kind(path) != Some(true) {
                    out.push(path.to_string());
                    continue;
                }
                let Ok(listed) = git(&["ls-tree", "-r", "-z", "--name-only", commit, "--", path])
                else {
                    continue;
                };
                let prefix = path.trim_start_matches("./").trim_end_matches('/');
                let mut files: Vec<String> = String::from_utf8_lossy(&listed.stdout)
                    .split('\0')
                    .filter(|f| f.ends_with(".tf"))
                    .filter(|f| {
                        let below = f.strip_prefix(prefix).unwrap_or(f);
                        let folders = below.rsplit_once('/').map_or("", |(d, _)| d);
                        !folders.split('/').any(|part| part.starts_with('.'))
                    })
                    .map(str::to_string)
                    .collect();
                files.sort();
                out.extend(files);
            }
            out
        }
    }

    /// Each path must exist in `tree` (a located usage error names the first that does not).
    fn present(tree: &Tree, paths: &[String]) -> Result<(), String> {
        match paths.iter().find(|p| tree.kind(p).is_none()) {
            Some(path) => Err(say(CliText::GitPathMissing {
                path: path.clone(),
                rev: tree.rev(),
            })),
            None => Ok(()),
        }
    }

    /// The policy files of one side of a comparison, and the tree they are read from.
    struct Side {
        tree: Tree,
        files: Vec<String>,
    }

    /// `diff`'s two sides: `--before`/`--after` files in the working tree, or the PATHS at `--git-base` and at
    /// `--git-head` (default: the working tree). A path must exist at the head; a path the base does not have is
    /// new there, so every request its policies allow counts as new access (said on stderr).
    fn sides(args: &Args, paths: &[&str]) -> Result<(Side, Side), String> {
        let Some(base) = args.one("git-base") else {
            if !paths.is_empty() || args.one("git-head").is_some() {
                return Err(say(CliText::DiffSides));
            }
            return Ok((
                Side {
                    tree: Tree::Work,
                    files: args.all("before"),
                },
                Side {
                    tree: Tree::Work,
                    files: args.all("after"),
                },
            ));
        };
        if paths.is_empty() || !args.all("before").is_empty() || !args.all("after").is_empty() {
            return Err(say(CliText::DiffSides));
        }
        let head = match args.one("git-head") {
            Some(rev) => Tree::git(&rev)?,
            None => Tree::Work,
        };
        let base = Tree::git(&base)?;
        let files: Vec<String> = paths.iter().map(|p| p.to_string()).collect();
        present(&head, &files)?;
        let mut base_files = Vec::new();
        for path in &files {
            if base.kind(path).is_some() {
                base_files.push(path.clone());
            } else {
                eprintln!(
                    "camctl: {}",
                    say(CliText::GitNewPath {
                        path: path.clone(),
                        rev: base.rev().unwrap_or_default(),
                    })
                );
            }
        }
        Ok((
            Side {
                tree: base,
                files: base_files,
            },
            Side { tree: head, files },
        ))
    }

    /// `.tf` files read together (a boundary attachment in one names a policy of another): path, text, what
    /// the reader found.
    fn read_tf(
        tree: &Tree,
        files: &[String],
    ) -> Result<Vec<(String, String, terraform::TfFile)>, String> {
        let mut read_files = Vec::new();
        for file in files {
            let text = tree.read(file)?;
            let tf = terraform::read(&text);
            read_files.push((tree.name(file), text, tf));
        }
        let mut tfs: Vec<terraform::TfFile> = read_files
            .iter_mut()
            .map(|(_, _, tf)| std::mem::take(tf))
            .collect();
        terraform::resolve_boundaries(&mut tfs);
        Ok(read_files
            .into_iter()
            .zip(tfs)
            .map(|((file, text, _), tf)| (file, text, tf))
            .collect())
    }

    /// The first syntax error of `.tf` files, as a usage error.
    fn tf_unreadable(tfs: &[(String, String, terraform::TfFile)]) -> Result<(), String> {
        for (file, _, tf) in tfs {
            if let Some(d) = tf.notes.iter().find(|d| d.code == "terraform/syntax") {
                return Err(say(CliText::NotAPolicyAt {
                    file: file.clone(),
                    line: d.span.line,
                    column: d.span.column,
                    message: d.words(locale()).message,
                }));
            }
        }
        Ok(())
    }

    /// The documents of one kind that policy options name: a JSON file is one document (of any kind); a `.tf`
    /// file or folder gives its documents of `kind`, named `FILE#ADDRESS`, their text positioned as in the file.
    fn policy_sources(
        tree: &Tree,
        files: &[String],
        kind: PolicyKind,
    ) -> Result<Vec<NamedPolicy>, String> {
        let mut sources = Vec::new();
        for file in files {
            if !tree.is_tf(file) {
                sources.push(NamedPolicy {
                    name: tree.name(file),
                    text: tree.read(file)?,
                    ..Default::default()
                });
                continue;
            }
            let tfs = read_tf(tree, &tree.expand(&[file.as_str()]))?;
            tf_unreadable(&tfs)?;
            // A boundary given as a `.tf` whose policy no attachment names: its identity documents.
            let wanted = if kind == PolicyKind::Boundary
                && !tfs
                    .iter()
                    .any(|(_, _, tf)| tf.documents.iter().any(|d| d.kind == kind))
            {
                PolicyKind::Identity
            } else {
                kind
            };
            for (path, _, tf) in &tfs {
                for document in tf.documents.iter().filter(|d| d.kind == wanted) {
                    sources.push(NamedPolicy {
                        name: format!("{path}#{}", document.address()),
                        text: document.text.clone(),
                        ..Default::default()
                    });
                }
            }
        }
        Ok(sources)
    }

    /// A policy path of a test file: a JSON file, or `FILE.tf#ADDRESS` / `FOLDER#ADDRESS` (a `.tf` file with one
    /// document needs no address). The text of a `.tf` document is positioned, so its lines are the file's.
    fn load_document(path: &str) -> Result<String, String> {
        let (file, address) = match path.rsplit_once('#') {
            Some((file, address)) => (file, Some(address)),
            None => (path, None),
        };
        if !is_tf(file) {
            return std::fs::read_to_string(path).map_err(|e| e.to_string());
        }
        if !std::path::Path::new(file).exists() {
            return Err(std::io::Error::from(std::io::ErrorKind::NotFound).to_string());
        }
        let tfs = read_tf(&Tree::Work, &expand(&[file]))?;
        tf_unreadable(&tfs)?;
        let documents: Vec<&terraform::Document> =
            tfs.iter().flat_map(|(_, _, tf)| &tf.documents).collect();
        let addresses: Vec<String> = documents.iter().map(|d| d.address()).collect();
        let found = match address {
            Some(address) => documents
                .iter()
                .find(|d| d.address() == address)
                .ok_or_else(|| {
                    say(CliText::TfNoDocument {
                        file: file.to_string(),
                        address: address.to_string(),
                        addresses: addresses.clone(),
                    })
                })?,
            None if documents.len() == 1 => &documents[0],
            None => {
                return Err(say(CliText::TfPickDocument {
                    file: file.to_string(),
                    addresses,
                }))
            }
        };
        Ok(found.text.clone())
    }

    /// A lint configuration or baseline: `None` when not given, the located error when unreadable.
    fn read_input<T>(
        file: Option<&str>,
        reader: impl Fn(&str) -> Result<T, cam_playground::json::shape::InputError>,
    ) -> Result<Option<T>, InputErrorView> {
        let Some(file) = file else { return Ok(None) };
        let located = |e: &cam_playground::json::shape::InputError| {
            InputErrorView::new(file, &folder_of(file), e, locale())
        };
        let text = std::fs::read_to_string(file).map_err(|e| {
            located(&cam_playground::json::shape::InputError::whole(
                InputProblem::CannotRead {
                    path: file.to_string(),
                    error: e.to_string(),
                },
            ))
        })?;
        reader(&text).map(Some).map_err(|e| located(&e))
    }

    fn finding_view(f: &ci::Finding) -> wire::FileDiagnostic<'_> {
        wire::FileDiagnostic {
            fingerprint: Some(f.fingerprint.clone()),
            ..wire::FileDiagnostic::new(&f.file, &f.diagnostic, locale())
        }
    }

    fn lint(args: &Args, files: &[&str]) -> Result<i32, String> {
        args.only(&["format", "policy", "kind", "config", "baseline"])?;
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
        let given: Vec<&str> = files
            .iter()
            .copied()
            .chain(named.iter().map(String::as_str))
            .collect();
        let files = expand(&given);
        if files.is_empty() {
            return Err(say(CliText::LintNeedsPolicy));
        }
        let format = args.format_among(&[
            CiFormat::Pretty,
            CiFormat::Json,
            CiFormat::Sarif,
            CiFormat::Github,
            CiFormat::Junit,
        ])?;
        // The configuration: --config, else `.camlint.json` in the current folder when there is one.
        let config_file = args.one("config").or_else(|| {
            std::path::Path::new(".camlint.json")
                .is_file()
                .then(|| ".camlint.json".into())
        });
        let config = match read_input(config_file.as_deref(), lint_config::read_config) {
            Ok(config) => config.unwrap_or_default(),
            Err(e) => return Ok(input_failure(format, &[e])),
        };
        let baseline = match read_input(args.one("baseline").as_deref(), lint_config::read_baseline)
        {
            Ok(baseline) => baseline,
            Err(e) => return Ok(input_failure(format, &[e])),
        };
        let config_base = config_file.as_deref().map(folder_of).unwrap_or_default();
        let catalog = Catalog::builtin();
        let mut worst = 0;
        let mut findings: Vec<ci::Finding> = Vec::new();
        let mut in_baseline = 0;
        // `.tf` files are read together first: a boundary attachment in one names a policy in another.
        let tf_files: Vec<String> = files
            .iter()
            .filter(|f| f.ends_with(".tf"))
            .cloned()
            .collect();
        let mut tfs = read_tf(&Tree::Work, &tf_files)?.into_iter();
        let mut kinds_owned: Vec<(String, PolicyKind, bool, bool)> = Vec::new();
        for file in &files {
            let (text, found) = if file.ends_with(".tf") {
                let Some((_, text, tf)) = tfs.next() else {
                    continue;
                };
                let locator = terraform::Locator::new(&text);
                let mut found = tf.notes.clone();
                for document in &tf.documents {
                    // A document's kind is its resource type's (a role's is a trust policy), whatever --kind says.
                    let kind = document.kind;
                    let parsed = cam_playground::parse_policy_as(&document.text, kind, catalog);
                    let mut diagnostics = cam_playground::lint::findings(&parsed, catalog);
                    diagnostics.extend(terraform::provider_checks(document));
                    kinds_owned.push((
                        format!("{file}#{}", document.address()),
                        kind,
                        false,
                        diagnostics
                            .iter()
                            .any(|d| d.cam_error.is_some() || d.code.starts_with("terraform/")),
                    ));
                    found.extend(
                        diagnostics
                            .into_iter()
                            .filter_map(|d| locator.locate(document, d)),
                    );
                }
                cam_playground::diagnostic::sort(&mut found);
                (text, found)
            } else {
                let text = read(file)?;
                let kind = chosen.unwrap_or_else(|| cam_playground::infer_kind(&text));
                let parsed = cam_playground::parse_policy_as(&text, kind, catalog);
                let found = cam_playground::lint::findings(&parsed, catalog);
                kinds_owned.push((
                    file.clone(),
                    kind,
                    chosen.is_none(),
                    found.iter().any(|d| d.cam_error.is_some()),
                ));
                (text, found)
            };
            let fingerprints = lint_config::fingerprints(&text, &found);
            let index = cam_playground::json::LineIndex::new(&text);
            for (mut d, fingerprint) in found.into_iter().zip(fingerprints) {
                match config.setting(d.code) {
                    Some(None) => continue,
                    Some(Some(severity)) => d.severity = severity,
                    None => {}
                }
                if baseline
                    .as_ref()
                    .is_some_and(|b| b.has(file, &d, &fingerprint))
                {
                    in_baseline += 1;
                    continue;
                }
                let suppressed = config
                    .suppression(&d, |path| same_file(&joined(&config_base, path), file))
                    .map(|s| ci::SuppressedBy {
                        reason: s.reason.clone(),
                        config: config_file.clone().unwrap_or_default(),
                        line: s.span.line,
                        column: s.span.column,
                    });
                if suppressed.is_none() && d.is_error() {
                    worst = 1;
                }
                let end = index.span(d.span.end, d.span.end);
                findings.push(ci::Finding {
                    file: file.to_string(),
                    diagnostic: d,
                    end_line: end.line,
                    end_column: end.column,
                    fingerprint,
                    suppressed,
                });
            }
        }
        let suppressed = findings.iter().filter(|f| f.suppressed.is_some()).count();
        match format {
            CiFormat::Pretty => {
                for f in findings.iter().filter(|f| f.suppressed.is_none()) {
                    println!("{}", diagnostic_line(&f.file, &f.diagnostic));
                }
            }
            CiFormat::Json => {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&wire::LintReport {
                        files: kinds_owned
                            .iter()
                            .map(|(file, kind, kind_inferred, refused)| wire::LintFile {
                                file,
                                kind: *kind,
                                kind_inferred: *kind_inferred,
                                refused: *refused,
                            })
                            .collect(),
                        findings: findings
                            .iter()
                            .filter(|f| f.suppressed.is_none())
                            .map(finding_view)
                            .collect(),
                        suppressed: findings
                            .iter()
                            .filter_map(|f| {
                                Some(wire::SuppressedDiagnostic {
                                    reason: f.suppressed.as_ref()?.reason.clone(),
                                    finding: finding_view(f),
                                })
                            })
                            .collect(),
                    })
                    .unwrap_or_default()
                )
            }
            CiFormat::Sarif => println!(
                "{}",
                serde_json::to_string_pretty(&ci::sarif::log(&findings, locale()))
                    .unwrap_or_default()
            ),
            CiFormat::Github => {
                for f in findings.iter().filter(|f| f.suppressed.is_none()) {
                    println!("{}", ci::github::annotation(f, locale()));
                }
            }
            CiFormat::Junit => {
                let files: Vec<String> = files.iter().map(|f| f.to_string()).collect();
                print!("{}", ci::junit::lint(&files, &findings, locale()));
            }
        }
        if suppressed > 0 {
            eprintln!(
                "camctl: {}",
                say(CliText::SuppressedCount { count: suppressed })
            );
        }
        if in_baseline > 0 {
            eprintln!(
                "camctl: {}",
                say(CliText::BaselineCount { count: in_baseline })
            );
        }
        if format == CiFormat::Pretty {
            eprintln!(
                "camctl: {}",
                say(if worst == 0 {
                    CliText::NoErrors
                } else {
                    CliText::ErrorsFound
                })
            );
        }
        Ok(worst)
    }

    /// `camctl test FILE…`: every case of every test file, coverage, and the exit code (0 pass, 1 a failed case
    /// or coverage below the threshold, 2 a file that cannot be read; the other files are still run).
    fn test(args: &Args, files: &[&str]) -> Result<i32, String> {
        args.only(&["format", "run", "coverage-threshold", "link-base"])?;
        let link_base = args
            .one("link-base")
            .unwrap_or_else(|| ci::DEFAULT_LINK_BASE.to_string());
        if files.is_empty() {
            return Err(say(CliText::TestNeedsFile));
        }
        let format = args.format_among(&[CiFormat::Pretty, CiFormat::Json, CiFormat::Junit])?;
        let pattern = match args.one("run") {
            Some(p) => Some(regex::Regex::new(&p).map_err(|e| {
                let words = locale().input_problem(&cam_playground::json::shape::Problem::Input(
                    InputProblem::BadPattern {
                        pattern: p.clone(),
                        error: e.to_string(),
                    },
                ));
                format!("{} {}", words.message, words.help)
            })?),
            None => None,
        };
        let threshold = match args.one("coverage-threshold") {
            Some(given) => Some(
                given
                    .parse::<f64>()
                    .ok()
                    .filter(|t| (0.0..=100.0).contains(t))
                    .ok_or_else(|| {
                        say(CliText::NotAPercent {
                            option: "coverage-threshold".into(),
                            given: given.clone(),
                        })
                    })?,
            ),
            None => None,
        };
        let mut report = ci::TestReport::default();
        for file in files {
            let base = folder_of(file);
            let fail = |e: &cam_playground::json::shape::InputError| {
                InputErrorView::new(file, &base, e, locale())
            };
            let text = match std::fs::read_to_string(file) {
                Ok(text) => text,
                Err(e) => {
                    report
                        .errors
                        .push(fail(&cam_playground::json::shape::InputError::whole(
                            InputProblem::CannotRead {
                                path: file.to_string(),
                                error: e.to_string(),
                            },
                        )));
                    continue;
                }
            };
            let suite = suite::read(&text).and_then(|shape| {
                suite::prepare(
                    &shape,
                    |path| load_document(&joined(&base, path)),
                    Catalog::builtin(),
                )
            });
            let suite = match suite {
                Ok(suite) => suite,
                Err(e) => {
                    report.errors.push(fail(&e));
                    continue;
                }
            };
            let run = suite::run(&suite, |name| {
                pattern.as_ref().is_none_or(|p| p.is_match(name))
            });
            report.suites.push(ci::SuiteView::new(
                file,
                &suite,
                &run,
                threshold,
                |path| joined(&base, path),
                &link_base,
                locale(),
            ));
        }
        report.passed = report.suites.iter().map(|s| s.passed).sum();
        report.failed = report.suites.iter().map(|s| s.failed).sum();
        report.skipped = report.suites.iter().map(|s| s.skipped).sum();
        match format {
            CiFormat::Json => println!(
                "{}",
                serde_json::to_string_pretty(&report).unwrap_or_default()
            ),
            CiFormat::Junit => print!("{}", ci::junit::tests(&report)),
            _ => print!("{}", pretty_tests(&report)),
        }
        for e in &report.errors {
            eprintln!("{}", input_error_line(e));
        }
        if let (Some(p), 0) = (&pattern, report.passed + report.failed) {
            if !report.suites.is_empty() {
                eprintln!(
                    "camctl: {}",
                    say(CliText::NoCaseSelected {
                        pattern: p.as_str().to_string()
                    })
                );
            }
        }
        Ok(if !report.errors.is_empty() {
            2
        } else if report.failed > 0 || report.suites.iter().any(|s| !s.coverage.met) {
            1
        } else {
            0
        })
    }

    fn pretty_tests(report: &ci::TestReport) -> String {
        let mut out = String::new();
        for suite in &report.suites {
            out.push_str(&format!("{}\n", suite.file));
            for case in &suite.cases {
                let name = case.name.clone();
                out.push_str(&format!(
                    "  {}\n",
                    say(if case.passed {
                        CliText::CasePassed { name }
                    } else {
                        CliText::CaseFailed { name }
                    })
                ));
                for failure in &case.failures {
                    out.push_str(&format!("      {failure}\n"));
                }
                if let Some(reasoning) = &case.reasoning {
                    out.push_str(&format!("      {}\n", say(CliText::ReasoningOfInvolved)));
                    for line in reasoning.lines() {
                        out.push_str(&format!("        {line}\n"));
                    }
                }
                if let Some(url) = &case.link {
                    out.push_str(&format!(
                        "      {}\n",
                        say(CliText::OpenInPlayground { url: url.clone() })
                    ));
                }
            }
            out.push_str(&format!(
                "  {}\n",
                say(CliText::TestTotals {
                    passed: suite.passed,
                    failed: suite.failed,
                    skipped: suite.skipped,
                })
            ));
            let coverage = &suite.coverage;
            if let Some(summary) = &coverage.summary {
                out.push_str(&format!("  {summary}\n"));
            }
            for s in coverage.statements.iter().filter(|s| !s.covered) {
                out.push_str(&format!(
                    "  {}\n",
                    say(CliText::StatementNotCovered {
                        name: s.statement.clone(),
                        file: s.file.clone(),
                        line: s.line,
                        exercised: s.exercised,
                    })
                ));
            }
            for k in coverage.keys.iter().filter(|k| !k.covered) {
                out.push_str(&format!(
                    "  {}\n",
                    say(CliText::KeyNotCovered {
                        statement: k.statement.clone(),
                        operator: k.operator.clone(),
                        key: k.key.clone(),
                        file: k.file.clone(),
                        line: k.line,
                        held: k.held,
                        failed: k.failed,
                    })
                ));
            }
            if let (Some(threshold), false) = (coverage.threshold, coverage.met) {
                out.push_str(&format!(
                    "  {}\n",
                    say(CliText::CoverageBelow {
                        percent: ci::percent_text(coverage.percent),
                        threshold: ci::percent_text(threshold),
                    })
                ));
            }
        }
        if report.suites.len() > 1 {
            out.push_str(&format!(
                "{}\n",
                say(CliText::TestTotals {
                    passed: report.passed,
                    failed: report.failed,
                    skipped: report.skipped,
                })
            ));
        }
        out
    }

    /// Parses policy files (JSON, or the documents of `kind` in `.tf` files and folders); any that is not a
    /// complete policy is a usage error with its first problem.
    fn load_policies(
        tree: &Tree,
        files: &[String],
        kind: PolicyKind,
    ) -> Result<Vec<cam_playground::Policy>, String> {
        policy_sources(tree, files, kind)?
            .into_iter()
            .map(|source| {
                let parsed = if source.name.contains('#') {
                    cam_playground::parse_policy_as(&source.text, kind, Catalog::builtin())
                } else {
                    cam_playground::parse_policy(&source.text, Catalog::builtin())
                };
                let file = source.name;
                match (
                    parsed.is_complete(),
                    parsed.policy,
                    parsed.diagnostics.iter().find(|d| d.is_error()),
                ) {
                    (true, Some(policy), _) => Ok(policy),
                    (_, _, problem) => Err(say(match problem {
                        Some(d) => CliText::NotAPolicyAt {
                            file,
                            line: d.span.line,
                            column: d.span.column,
                            message: d.words(locale()).message,
                        },
                        None => CliText::NotAPolicy { file },
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
        let policies = load_policies(&Tree::Work, &args.all("policy"), PolicyKind::Identity)?;
        let boundary = load_policies(&Tree::Work, &args.all("boundary"), PolicyKind::Boundary)?;
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

    fn diff(args: &Args, paths: &[&str]) -> Result<i32, String> {
        args.only(&[
            "before",
            "after",
            "request",
            "format",
            "gate",
            "link-base",
            "git-base",
            "git-head",
        ])?;
        let (before, after) = sides(args, paths)?;
        if let Some(gate) = args.one("gate") {
            return no_new_access(args, &gate, &before, &after);
        }
        let before = load_policies(&before.tree, &before.files, PolicyKind::Identity)?;
        let after = load_policies(&after.tree, &after.files, PolicyKind::Identity)?;
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

    /// The texts of policy files, for the playground links of the access gates.
    fn named_texts(
        tree: &Tree,
        files: &[String],
        kind: PolicyKind,
    ) -> Result<Vec<NamedPolicy>, String> {
        Ok(policy_sources(tree, files, kind)?
            .into_iter()
            .map(|p| NamedPolicy {
                text: p.text.trim_start().to_string(),
                ..p
            })
            .collect())
    }

    /// Prints an access gate's verdict and rows (text), or its report (JSON); exit 1 when access was found.
    fn report_access(
        args: &Args,
        gate: &'static str,
        found: &[cam_playground::analysis::Access],
        verdict: CliText,
        links: (&[NamedPolicy], &[NamedPolicy]),
    ) -> Result<i32, String> {
        let format = args.format_among(&[CiFormat::Pretty, CiFormat::Json])?;
        let base = args
            .one("link-base")
            .unwrap_or_else(|| ci::DEFAULT_LINK_BASE.to_string());
        let link = |a: &cam_playground::analysis::Access| {
            ci::playground_link(&base, links.0, links.1, &a.example)
        };
        if format == CiFormat::Json {
            let report = ci::AccessReport {
                gate,
                passed: found.is_empty(),
                access: found
                    .iter()
                    .map(|a| ci::AccessView::new(a, link(a)))
                    .collect(),
            };
            println!(
                "{}",
                serde_json::to_string_pretty(&report).unwrap_or_default()
            );
        } else {
            println!("{}", say(verdict));
            for access in found {
                let row = match (&access.resource, access.unnamed) {
                    (Some(id), false) => CliText::AccessOn {
                        action: access.action.clone(),
                        param: id.param.clone(),
                        id: id.id.clone(),
                        before: access.before,
                    },
                    (Some(id), true) => CliText::AccessOnUnnamed {
                        action: access.action.clone(),
                        param: id.param.clone(),
                        before: access.before,
                    },
                    (None, _) => CliText::AccessOnResource {
                        action: access.action.clone(),
                        resource: access.example.resource.join(", "),
                    },
                };
                println!("{}", say(row));
                println!("    {}", say(CliText::ExampleRequest));
                for line in serde_json::to_string(&access.example)
                    .unwrap_or_default()
                    .lines()
                {
                    println!("      {line}");
                }
                println!(
                    "    {}",
                    say(CliText::OpenInPlayground { url: link(access) })
                );
            }
        }
        Ok(i32::from(!found.is_empty()))
    }

    /// `diff --gate no-new-access`: exit 1 when the after-policies allow an API × resource id the
    /// before-policies did not (on a named id, or on every id no policy names).
    fn no_new_access(args: &Args, gate: &str, old: &Side, new: &Side) -> Result<i32, String> {
        if gate != "no-new-access" {
            return Err(bad_choice("gate", &["no-new-access"], gate));
        }
        let before = load_policies(&old.tree, &old.files, PolicyKind::Identity)?;
        let after = load_policies(&new.tree, &new.files, PolicyKind::Identity)?;
        let base = base_request(args)?;
        let gained = cam_playground::analysis::new_access(
            (&refs(&before)[..], &[][..]),
            (&refs(&after)[..], &[][..]),
            &base,
            Catalog::builtin(),
        );
        let verdict = if gained.is_empty() {
            CliText::GateNoNewAccess
        } else {
            CliText::GateNewAccess {
                count: gained.len(),
            }
        };
        report_access(
            args,
            "no-new-access",
            &gained,
            verdict,
            (
                &named_texts(&new.tree, &new.files, PolicyKind::Identity)?,
                &[],
            ),
        )
    }

    /// `check --never-allow PATTERN …`: exit 1 when a request matching a pattern is allowed.
    fn check(args: &Args) -> Result<i32, String> {
        args.only(&[
            "policy",
            "boundary",
            "request",
            "never-allow",
            "resource",
            "format",
            "link-base",
            "git-rev",
        ])?;
        let patterns = args.all("never-allow");
        if patterns.is_empty() {
            return Err(say(CliText::CheckNeedsPattern));
        }
        let (policy_files, boundary_files) = (args.all("policy"), args.all("boundary"));
        // `--git-rev REV`: the files as they are at a revision (no checkout needed).
        let tree = match args.one("git-rev") {
            Some(rev) => Tree::git(&rev)?,
            None => Tree::Work,
        };
        if tree.rev().is_some() {
            present(&tree, &policy_files)?;
            present(&tree, &boundary_files)?;
        }
        let policies = load_policies(&tree, &policy_files, PolicyKind::Identity)?;
        let boundary = load_policies(&tree, &boundary_files, PolicyKind::Boundary)?;
        let base = base_request(args)?;
        let resource = args.one("resource");
        let allowed = cam_playground::analysis::never_allowed(
            (&refs(&policies)[..], &refs(&boundary)[..]),
            &base,
            &patterns,
            resource.as_deref(),
            Catalog::builtin(),
        );
        let verdict = if allowed.is_empty() {
            CliText::NeverAllowHeld {
                patterns: patterns.clone(),
            }
        } else {
            CliText::NeverAllowViolated {
                patterns: patterns.clone(),
                count: allowed.len(),
            }
        };
        report_access(
            args,
            "never-allow",
            &allowed,
            verdict,
            (
                &named_texts(&tree, &policy_files, PolicyKind::Identity)?,
                &named_texts(&tree, &boundary_files, PolicyKind::Boundary)?,
            ),
        )
    }

    /// `fmt [--check] FILE…`: JSON files indented as the playground's Format button does (two spaces, short
    /// lists of scalars on one line), every key, duplicate and scalar copied as written. `--check` changes
    /// nothing and exits 1 naming the files that would change; a file that is not JSON is a located error
    /// (exit 2) and the others are still done.
    fn fmt(args: &Args, files: &[&str]) -> Result<i32, String> {
        args.only(&["check"])?;
        let check = match args.one("check").as_deref() {
            None => false,
            Some("true") => true,
            Some(other) => return Err(bad_choice("check", &["true"], other)),
        };
        if files.is_empty() {
            return Err(say(CliText::FmtNeedsFile));
        }
        let mut code = 0;
        for file in files {
            let text = match read(file) {
                Ok(text) => text,
                Err(message) => {
                    eprintln!("camctl: {message}");
                    code = 2;
                    continue;
                }
            };
            let formatted = match cam_playground::json::format(&text) {
                Ok(formatted) => formatted,
                Err(diagnostics) => {
                    if let Some(d) = diagnostics.first() {
                        eprintln!(
                            "camctl: {}",
                            say(CliText::NotJsonAt {
                                file: file.to_string(),
                                line: d.span.line,
                                column: d.span.column,
                                message: d.words(locale()).message,
                            })
                        );
                    }
                    code = 2;
                    continue;
                }
            };
            // The byte-order mark, when there is one, stays.
            let formatted = match text.starts_with('\u{feff}') {
                true => format!("\u{feff}{formatted}"),
                false => formatted,
            };
            if formatted == text {
                continue;
            }
            if check {
                println!(
                    "{}",
                    say(CliText::FmtWouldChange {
                        file: file.to_string()
                    })
                );
                code = code.max(1);
            } else {
                std::fs::write(file, &formatted).map_err(|e| {
                    say(CliText::CannotRead {
                        path: file.to_string(),
                        error: e.to_string(),
                    })
                })?;
                println!(
                    "{}",
                    say(CliText::FmtRewrote {
                        file: file.to_string()
                    })
                );
            }
        }
        Ok(code)
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
        args.only(&[
            "doc-page",
            "name-zh",
            "example-api",
            "example-read-api",
            "example-id",
        ])?;
        let doc_page = args.one("doc-page").unwrap_or_else(|| "598/77494".into());
        let mut product = catalog::import_doc_page(&read(page)?, &doc_page)
            .map_err(|e| format!("{page}:{}: {}", e.line, locale().import_problem(&e.problem)))?;
        // The page is English; its Chinese name comes from Tencent's Chinese page.
        product.name_zh = args.one("name-zh").unwrap_or_default();
        // What messages quote as the product's example (`Product::example`); the page does not say.
        product.example_api = args.one("example-api").unwrap_or_default();
        product.example_read_api = args.one("example-read-api").unwrap_or_default();
        product.example_id = args.one("example-id").unwrap_or_default();
        println!(
            "{}",
            serde_json::to_string_pretty(&product).unwrap_or_default()
        );
        Ok(0)
    }
}
