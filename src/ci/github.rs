//! GitHub Actions workflow commands: one `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
//! line per finding, which the runner turns into annotations on the pull request's lines. Escaping follows the
//! runner's rules (`@actions/core`'s `escapeData` / `escapeProperty`): `%`, CR and LF in the message; those and
//! `:` and `,` in property values.

use super::Finding;
use crate::diagnostic::Severity;
use crate::i18n::Locale;

/// The annotation command of a severity: security warnings are errors, suggestions notices.
pub fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error | Severity::SecurityWarning => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// One annotation line (no line break). Suppressed findings have none.
pub fn annotation(finding: &Finding, locale: Locale) -> String {
    let d = &finding.diagnostic;
    let words = d.words(locale);
    let title = match d.rule {
        Some(rule) => format!("{} ({} {})", d.code, rule.id(), locale.rule_title(rule)),
        None => d.code.to_string(),
    };
    format!(
        "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        command(d.severity),
        escape_property(&finding.file),
        d.span.line.max(1),
        d.span.column.max(1),
        finding.end_line.max(1),
        finding.end_column.max(1),
        escape_property(&title),
        escape_data(&format!("{}\n{}", words.message, words.help)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_runner() {
        assert_eq!(escape_data("100% done\r\nnext"), "100%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        // Escaping `%` first: an escape is not escaped twice, and a literal `%0A` survives as text.
        assert_eq!(escape_data("%0A"), "%250A");
    }
}
