//! Lint in CI: a configuration (`.camlint.json`, `schemas/camlint.schema.json`) that turns codes off or changes
//! their severity and silences single findings with a reason, stable fingerprints for findings, and baselines
//! (an earlier `camctl lint --format json` or SARIF output) so that only new findings are reported.
//!
//! A policy cannot carry its own suppressions: CAM refuses unknown keys (rule G2) and JSON has no comments, so a
//! finding is silenced from the configuration, by file, code and JSON path, with the reason a reviewer reads.

use crate::diagnostic::{Diagnostic, Severity};
use crate::json::ast::Value;
use crate::json::shape::{self, InputError, Reader};
use crate::json::{LineIndex, Span};
use crate::text::input::InputProblem;

pub const CONFIG_FIELDS: &[&str] = &["$schema", "rules", "suppress"];
pub const SUPPRESS_FIELDS: &[&str] = &["file", "code", "path", "reason"];
/// What a code can be set to in `rules`.
pub const SETTINGS: &[&str] = &["off", "error", "security_warning", "warning", "info"];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct LintConfig {
    /// Per code: `None` turns it off, a severity replaces the code's own.
    pub rules: Vec<(String, Option<Severity>)>,
    pub suppress: Vec<Suppression>,
}

/// One finding silenced, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Suppression {
    /// The policy file, relative to the configuration's folder.
    pub file: String,
    pub code: String,
    /// A JSON path: the finding's path is this one or inside it (`$.statement[1]` covers
    /// `$.statement[1].action[0]`). Absent: anywhere in the file.
    pub path: Option<String>,
    pub reason: String,
    /// Where the entry is written in the configuration.
    pub span: Span,
}

impl Suppression {
    fn covers(&self, d: &Diagnostic) -> bool {
        self.code == d.code
            && self.path.as_deref().is_none_or(|path| {
                d.path == path
                    || d.path
                        .strip_prefix(path)
                        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
            })
    }
}

/// Reads a lint configuration. Codes must be codes the linter or the parsers give (`text::CODES`).
pub fn read_config(text: &str) -> Result<LintConfig, InputError> {
    let index = LineIndex::new(text);
    let root = shape::document(&index)?;
    let r = Reader { index: &index };
    let fields = r.object(&root, "$", CONFIG_FIELDS)?;
    if let Some(schema) = fields.get("$schema") {
        r.string(schema, &fields.path("$schema"))?;
    }
    let mut config = LintConfig::default();
    if let Some(rules) = fields.get("rules") {
        let at = fields.path("rules");
        let Value::Object(object) = rules else {
            r.object(rules, &at, &[])?;
            unreachable!("object() refuses a value that is not an object");
        };
        let names: Vec<&str> = object.properties.iter().map(|p| p.name.as_str()).collect();
        r.object(rules, &at, &names)?;
        for prop in &object.properties {
            let code_path = crate::json::child_path(&at, prop.name.as_str());
            let code = checked_code(
                &r,
                prop.name.as_str(),
                index.range(prop.name.range),
                &code_path,
            )?;
            let setting = r.string(&prop.value, &code_path)?;
            let severity = match setting {
                "off" => None,
                word => Some(
                    Severity::ALL
                        .into_iter()
                        .find(|s| s.as_str() == word)
                        .ok_or_else(|| {
                            r.error(
                                &prop.value,
                                &code_path,
                                InputProblem::NotOneOf {
                                    given: word.to_string(),
                                    choices: SETTINGS.iter().map(|s| s.to_string()).collect(),
                                },
                            )
                        })?,
                ),
            };
            config.rules.push((code, severity));
        }
    }
    if let Some(list) = fields.get("suppress") {
        let at = fields.path("suppress");
        for (i, item) in r.list(list, &at)?.iter().enumerate() {
            let item_path = format!("{at}[{i}]");
            let entry = r.object(item, &item_path, SUPPRESS_FIELDS)?;
            let string = |name: &str| -> Result<String, InputError> {
                Ok(r.string(entry.required(&r, name)?, &entry.path(name))?
                    .to_string())
            };
            let code_value = entry.required(&r, "code")?;
            let code = checked_code(
                &r,
                r.string(code_value, &entry.path("code"))?,
                r.span(code_value),
                &entry.path("code"),
            )?;
            let path = match entry.get("path") {
                Some(v) => Some(r.string(v, &entry.path("path"))?.to_string()),
                None => None,
            };
            let reason = string("reason")?;
            if reason.trim().is_empty() {
                return Err(r.error(
                    entry.required(&r, "reason")?,
                    &entry.path("reason"),
                    InputProblem::EmptyList {
                        field: "reason".into(),
                    },
                ));
            }
            config.suppress.push(Suppression {
                file: string("file")?,
                code,
                path,
                reason,
                span: r.span(item),
            });
        }
    }
    Ok(config)
}

fn checked_code(
    r: &Reader<'_, '_>,
    code: &str,
    span: Span,
    path: &str,
) -> Result<String, InputError> {
    if crate::text::CODES.contains(&code) {
        return Ok(code.to_string());
    }
    let _ = r;
    Err(InputError::new(
        span,
        path,
        InputProblem::UnknownCode {
            code: code.to_string(),
            suggestion: crate::suggest::closest(code, crate::text::CODES, 0.7),
        },
    ))
}

impl LintConfig {
    /// What the configuration does to a code: `None` leaves it alone, `Some(None)` turns it off,
    /// `Some(Some(severity))` reports it with that severity (the last setting of a code wins).
    pub fn setting(&self, code: &str) -> Option<Option<Severity>> {
        self.rules
            .iter()
            .rev()
            .find(|(c, _)| c == code)
            .map(|(_, severity)| *severity)
    }

    /// The suppression that silences a finding, if one does; `is_file` says whether a suppression's `file` is
    /// the finding's file.
    pub fn suppression(
        &self,
        d: &Diagnostic,
        is_file: impl Fn(&str) -> bool,
    ) -> Option<&Suppression> {
        self.suppress
            .iter()
            .find(|s| s.covers(d) && is_file(&s.file))
    }
}

/// Stable fingerprints of one file's findings, in order: the code, the text at the finding's span with white
/// space removed, and how many findings of the same code and text came before it. Moving a statement or
/// re-indenting the file keeps them; editing the text at fault changes them. FNV-1a (64 bits), written here
/// so the value never changes with a library or compiler.
pub fn fingerprints(text: &str, findings: &[Diagnostic]) -> Vec<String> {
    let mut seen: Vec<(u64, usize)> = Vec::new();
    findings
        .iter()
        .map(|d| {
            let snippet: String = text
                .get(d.span.start..d.span.end)
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let base = fnv(&[d.code.as_bytes(), b"\0", snippet.as_bytes()]);
            let ordinal = match seen.iter_mut().find(|(h, _)| *h == base) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    seen.push((base, 0));
                    0
                }
            };
            format!(
                "{:016x}",
                fnv(&[&base.to_le_bytes(), &ordinal.to_le_bytes()])
            )
        })
        .collect()
}

fn fnv(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in *part {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// The findings of an earlier run: file, code and fingerprint (or JSON path, for output without fingerprints).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Baseline {
    pub entries: Vec<BaselineEntry>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BaselineEntry {
    pub file: String,
    pub code: String,
    pub fingerprint: Option<String>,
    pub path: Option<String>,
}

impl Baseline {
    /// Whether the earlier run had this finding of this file.
    pub fn has(&self, file: &str, d: &Diagnostic, fingerprint: &str) -> bool {
        let file = normalize(file);
        self.entries.iter().any(|e| {
            normalize(&e.file) == file
                && e.code == d.code
                && match (&e.fingerprint, &e.path) {
                    (Some(f), _) => f == fingerprint,
                    (None, Some(path)) => *path == d.path,
                    (None, None) => false,
                }
        })
    }
}

/// A file as given or as a SARIF URI, written one way: forward slashes, no `./` or `file://`, percent escapes
/// decoded.
fn normalize(file: &str) -> String {
    let file = file.replace('\\', "/");
    let file = file.strip_prefix("file://").unwrap_or(&file);
    let file = file.strip_prefix("./").unwrap_or(file);
    let bytes = file.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The key SARIF output carries each finding's fingerprint under (`partialFingerprints`).
pub const FINGERPRINT_KEY: &str = "camFinding/v1";

/// Reads a baseline: `camctl lint --format json` output (`findings`) or SARIF 2.1.0 (`runs[].results`).
pub fn read_baseline(text: &str) -> Result<Baseline, InputError> {
    let index = LineIndex::new(text);
    let root = shape::document(&index)?;
    let json = shape::to_serde(&root);
    let entries = if let Some(findings) = json.get("findings").and_then(|f| f.as_array()) {
        findings
            .iter()
            .map(|f| {
                Some(BaselineEntry {
                    file: f.get("file")?.as_str()?.to_string(),
                    code: f.get("code")?.as_str()?.to_string(),
                    fingerprint: f
                        .get("fingerprint")
                        .and_then(|v| v.as_str())
                        .map(str::to_string),
                    path: f.get("path").and_then(|v| v.as_str()).map(str::to_string),
                })
            })
            .collect::<Option<Vec<_>>>()
    } else if let Some(runs) = json.get("runs").and_then(|r| r.as_array()) {
        runs.iter()
            .flat_map(|run| {
                run.get("results")
                    .and_then(|r| r.as_array())
                    .into_iter()
                    .flatten()
            })
            .map(|result| {
                let location = result.pointer("/locations/0/physicalLocation")?;
                Some(BaselineEntry {
                    file: location
                        .pointer("/artifactLocation/uri")?
                        .as_str()?
                        .to_string(),
                    code: result.get("ruleId")?.as_str()?.to_string(),
                    fingerprint: result
                        .get("partialFingerprints")
                        .and_then(|f| f.get(FINGERPRINT_KEY))
                        .and_then(|v| v.as_str())
                        .map(str::to_string),
                    path: result
                        .pointer("/properties/jsonPath")
                        .and_then(|v| v.as_str())
                        .map(str::to_string),
                })
            })
            .collect::<Option<Vec<_>>>()
    } else {
        None
    };
    entries
        .map(|entries| Baseline { entries })
        .ok_or_else(|| InputError::new(index.range(root.range()), "$", InputProblem::NotABaseline))
}
