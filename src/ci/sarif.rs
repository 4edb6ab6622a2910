//! SARIF 2.1.0 as GitHub code scanning reads it: one reporting descriptor (rule) per finding code, results with
//! 1-based regions whose columns count Unicode code points (`run.columnKind`: our `Span` columns are characters
//! of the line, the byte-order mark not counted), `partialFingerprints`, and suppressions from the lint
//! configuration.

use serde::Serialize;

use super::Finding;
use crate::diagnostic::Severity;
use crate::i18n::Locale;
use crate::lint::config::FINGERPRINT_KEY;

/// The OASIS Standard's SARIF 2.1.0 schema (vendored for the tests in `tests/fixtures/schemas/`).
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

/// GitHub reads `security-severity` (0.0–10.0) on a rule to rank security alerts: 7.0 is "high".
const SECURITY_SEVERITY: &str = "7.0";

#[derive(Serialize)]
pub struct Log {
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    pub version: &'static str,
    pub runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub tool: Tool,
    pub results: Vec<SarifResult>,
    pub column_kind: &'static str,
}

#[derive(Serialize)]
pub struct Tool {
    pub driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    pub name: &'static str,
    pub version: &'static str,
    pub semantic_version: &'static str,
    pub information_uri: &'static str,
    pub rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    pub id: String,
    pub name: String,
    pub short_description: Text,
    pub full_description: Text,
    pub help: Help,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help_uri: Option<String>,
    pub default_configuration: Configuration,
    pub properties: RuleProperties,
}

#[derive(Serialize)]
pub struct Text {
    pub text: String,
}

#[derive(Serialize)]
pub struct Help {
    pub text: String,
    pub markdown: String,
}

#[derive(Serialize)]
pub struct Configuration {
    pub level: &'static str,
}

#[derive(Serialize)]
pub struct RuleProperties {
    pub tags: Vec<&'static str>,
    #[serde(rename = "security-severity", skip_serializing_if = "Option::is_none")]
    pub security_severity: Option<&'static str>,
    pub precision: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    pub rule_id: String,
    pub rule_index: usize,
    pub level: &'static str,
    pub message: Text,
    pub locations: Vec<Location>,
    pub partial_fingerprints: std::collections::BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppressions: Vec<Suppression>,
    pub properties: ResultProperties,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    pub artifact_location: ArtifactLocation,
    pub region: Region,
}

#[derive(Serialize)]
pub struct ArtifactLocation {
    pub uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

#[derive(Serialize)]
pub struct Suppression {
    /// The suppression lives outside the policy, in the lint configuration.
    pub kind: &'static str,
    pub status: &'static str,
    pub justification: String,
    pub location: Location,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultProperties {
    /// The finding's JSON path in the policy.
    pub json_path: String,
    pub severity: Severity,
}

/// The SARIF level of a severity: security warnings are errors (with a `security-severity` on their rule).
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error | Severity::SecurityWarning => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file path as a SARIF URI reference: forward slashes, relative paths as given (GitHub resolves them from
/// the repository root, so run camctl there), absolute ones as `file://` URIs, and the characters a URI cannot
/// hold percent-encoded.
pub fn uri(file: &str) -> String {
    let file = file.replace('\\', "/");
    let file = file.strip_prefix("./").unwrap_or(&file);
    // An absolute path is a file URI: `/tmp/p.json` → `file:///tmp/p.json`.
    let mut out = String::from(if file.starts_with('/') { "file://" } else { "" });
    for byte in file.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// `lint/star-on-star` → `StarOnStar`: SARIF's rule names are identifiers.
fn rule_name(code: &str) -> String {
    code.rsplit('/')
        .next()
        .unwrap_or(code)
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The SARIF log of a lint run. Suppressed findings are results with a suppression; rules are the codes found,
/// described by their first finding's words (the help is the same for every finding of a code) and linked to
/// the rule book's rule and its Tencent doc page.
pub fn log(findings: &[Finding], locale: Locale) -> Log {
    let mut rules: Vec<Rule> = Vec::new();
    let mut results = Vec::new();
    for finding in findings {
        let d = &finding.diagnostic;
        let words = d.words(locale);
        let rule_index = match rules.iter().position(|r| r.id == d.code) {
            Some(i) => i,
            None => {
                let rule_line = d.rule.map(|rule| {
                    (
                        format!(
                            "{} {}{}{}",
                            rule.id(),
                            locale.rule_title(rule),
                            locale.colon(),
                            rule.doc_url()
                        ),
                        format!(
                            "[{} {}]({})",
                            rule.id(),
                            locale.rule_title(rule),
                            rule.doc_url()
                        ),
                    )
                });
                let (text, markdown) = match &rule_line {
                    Some((text, markdown)) => (
                        format!("{}\n\n{text}", words.help),
                        format!(
                            "**`{}`**: {}\n\n{}\n\n{markdown}",
                            d.code, words.message, words.help
                        ),
                    ),
                    None => (
                        words.help.clone(),
                        format!("**`{}`**: {}\n\n{}", d.code, words.message, words.help),
                    ),
                };
                let security = d.severity == Severity::SecurityWarning;
                rules.push(Rule {
                    id: d.code.to_string(),
                    name: rule_name(d.code),
                    short_description: Text {
                        text: match d.rule {
                            Some(rule) => format!("{} ({})", d.code, locale.rule_title(rule)),
                            None => d.code.to_string(),
                        },
                    },
                    full_description: Text {
                        text: words.message.clone(),
                    },
                    help: Help { text, markdown },
                    help_uri: d.rule.map(|r| r.doc_url()),
                    default_configuration: Configuration {
                        level: level(d.severity),
                    },
                    properties: RuleProperties {
                        tags: if security {
                            vec!["security", "cam"]
                        } else {
                            vec!["cam"]
                        },
                        security_severity: security.then_some(SECURITY_SEVERITY),
                        precision: "high",
                    },
                });
                rules.len() - 1
            }
        };
        let location = || Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri(&finding.file),
                },
                region: Region {
                    start_line: d.span.line.max(1),
                    start_column: d.span.column.max(1),
                    end_line: finding.end_line.max(d.span.line.max(1)),
                    end_column: finding.end_column.max(1),
                },
            },
        };
        results.push(SarifResult {
            rule_id: d.code.to_string(),
            rule_index,
            level: level(d.severity),
            message: Text {
                text: format!("{}\n{}", words.message, words.help),
            },
            locations: vec![location()],
            partial_fingerprints: [(FINGERPRINT_KEY, finding.fingerprint.clone())]
                .into_iter()
                .collect(),
            suppressions: finding
                .suppressed
                .iter()
                .map(|by| Suppression {
                    kind: "external",
                    status: "accepted",
                    justification: by.reason.clone(),
                    location: Location {
                        physical_location: PhysicalLocation {
                            artifact_location: ArtifactLocation {
                                uri: uri(&by.config),
                            },
                            region: Region {
                                start_line: by.line.max(1),
                                start_column: by.column.max(1),
                                end_line: by.line.max(1),
                                end_column: by.column.max(1),
                            },
                        },
                    },
                })
                .collect(),
            properties: ResultProperties {
                json_path: d.path.clone(),
                severity: d.severity,
            },
        });
    }
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "camctl",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://www.tencentcloud.com/document/product/598",
                    rules,
                },
            },
            results,
            column_kind: "unicodeCodePoints",
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_and_rule_names() {
        assert_eq!(uri("./policies/a b.json"), "policies/a%20b.json");
        assert_eq!(uri("policies\\win.json"), "policies/win.json");
        assert_eq!(uri("/abs/策略.json"), "file:///abs/%E7%AD%96%E7%95%A5.json");
        assert_eq!(rule_name("lint/star-on-star"), "StarOnStar");
        assert_eq!(rule_name("json/syntax"), "Syntax");
    }
}
