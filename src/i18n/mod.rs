//! The message layer: every sentence the product says, in each locale. The engine returns typed values (the
//! reasoning's `explain::Message`, the interface's `Label`, each phase's diagnostic `Text`); a locale's tables
//! (`en`, `zh_cn`) turn them into words. Nothing outside these tables builds a user-facing sentence, so a
//! sentence is reworded in one place and a missing translation is a compile error (every table is an
//! exhaustive `match`).

pub mod api;
pub mod cli;
pub mod en;
mod markdown;
mod sentence;
pub mod tests_panel;
pub mod zh_cn;
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod zh_style;

use serde::Serialize;

pub use crate::locale::Locale;
pub use markdown::markdown;
pub(crate) use sentence::sentence;
pub use sentence::{code_spans, Piece, Sentence};

use crate::diagnostic::{Diagnostic, Text};
use crate::explain::{Message, Step};
use crate::vocabulary::Label;

/// A diagnostic in words: what is wrong and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Words {
    pub message: String,
    pub help: String,
}

impl Words {
    pub fn new(message: impl Into<String>, help: impl Into<String>) -> Words {
        Words {
            message: message.into(),
            help: help.into(),
        }
    }
}

impl Diagnostic {
    /// The diagnostic's message and help in `locale`.
    pub fn words(&self, locale: Locale) -> Words {
        locale.words(&self.text)
    }
}

/// The one place a locale picks its table: `table!(locale, path(args))` calls `en::path(args)` or
/// `zh_cn::path(args)`. Every table folder gives the same functions, so a third locale is a third folder and a
/// third arm here (the compiler names any function its folder lacks).
macro_rules! table {
    ($locale:expr, $($call:tt)+) => {
        match $locale {
            Locale::En => en::$($call)+,
            Locale::ZhCn => zh_cn::$($call)+,
        }
    };
}

impl Locale {
    /// What follows a heading or label before its detail: `: ` in English, a full-width `：` in Chinese.
    pub fn colon(self) -> &'static str {
        table!(self, COLON)
    }

    /// The "?" button's name after a term: `What is this? SdkAppId` in English, `SdkAppId 是什么？` in Chinese.
    pub fn what_is(self, term: &str) -> String {
        table!(self, what_is(term))
    }

    /// Between the items of a list: `, ` in English, an enumeration comma `、` in Chinese.
    pub fn list_separator(self) -> &'static str {
        table!(self, LIST_SEPARATOR)
    }

    /// An aside after a phrase: ` (hypothetical)` in English, `（假设）` in Chinese.
    pub fn aside(self, text: &str) -> String {
        table!(self, aside(text))
    }

    /// A sentence's first letter as a sentence starts in the language: a capital in English, unchanged where the
    /// language has no capitals.
    pub fn sentence_start(self, text: &str) -> String {
        table!(self, sentence_start(text))
    }

    /// One step of the reasoning as a sentence.
    pub fn render(self, message: &Message) -> String {
        self.sentence(message).into_string()
    }

    /// One step of the reasoning as a sentence that knows the rules it cites (`Sentence::pieces`).
    pub fn sentence(self, message: &Message) -> Sentence {
        table!(self, render(message))
    }

    /// The rule's Tencent doc page in the reader's language: the same page id on the Chinese site for zh-CN
    /// (issue 27, item 3).
    pub fn doc_url(self, rule: crate::rules::Rule) -> String {
        format!("{}{}", table!(self, DOC_SITE), rule.doc_page())
    }

    pub fn label(self, label: Label) -> &'static str {
        table!(self, label(label))
    }

    /// A diagnostic's message and help.
    pub fn words(self, text: &Text) -> Words {
        table!(self, words(text))
    }

    /// The header's product line: `Tencent Cloud · Cloud Contact Center (ccc)`.
    pub fn products_line(self, catalog: &crate::catalog::Catalog) -> String {
        table!(self, products_line(catalog))
    }

    /// The generator's ids field, named after the catalog's resource parameters: `SdkAppId (comma separated)`.
    pub fn ids_label(self, params: &[&str]) -> String {
        table!(self, ids_label(&params.join(" / ")))
    }

    /// The action field's placeholder: `ccc:… (type to search 181 APIs)`.
    pub fn action_placeholder(self, catalog: &crate::catalog::Catalog) -> String {
        let services: Vec<&str> = catalog
            .products
            .iter()
            .map(|p| p.abbreviation.as_str())
            .collect();
        let example = format!("{}:…", services.join(":… / "));
        table!(
            self,
            action_placeholder(&example, catalog.actions().count())
        )
    }

    /// Under the request's tag fields when the action's product has no authorization by tag (rule C9).
    pub fn tags_not_supported(self, product: &str, abbreviation: &str) -> Sentence {
        table!(self, tags_not_supported(product, abbreviation))
    }

    /// What a fix does, as a sentence starting the way the language starts one.
    pub fn fix(self, fix: &crate::analysis::FixText) -> String {
        self.sentence_start(&table!(self, analysis::fix(fix)))
    }

    /// A kind of document as the kind picker names it.
    pub fn kind_choice(self, kind: crate::policy::PolicyKind) -> &'static str {
        table!(self, kind_choice(kind))
    }

    /// Said when a pasted document's shape changed its tab's kind (rule K1).
    pub fn kind_inferred(self, kind: crate::policy::PolicyKind) -> Sentence {
        table!(self, kind_inferred(kind))
    }

    /// The action that reads a document as the kind its shape says.
    pub fn read_as(self, kind: crate::policy::PolicyKind) -> String {
        table!(self, read_as(kind))
    }

    /// The layer that decided, for the decision banner.
    /// The layer that decided; for SCPs bound above the member account, the node whose SCPs did (rule O2).
    pub fn decided_by(
        self,
        layer: crate::policy::PolicyKind,
        node: Option<&crate::policy_kind::ScpNode>,
    ) -> String {
        table!(self, decided_by(layer, node))
    }

    /// Where a panel leaves out the workspace's documents of these kinds.
    pub fn kinds_not_here(self, kinds: &[crate::policy::PolicyKind]) -> String {
        table!(self, kinds_not_here(kinds))
    }

    /// Who is asking, in words (`CAM user`, `角色会话`).
    pub fn principal_word(self, kind: crate::request::PrincipalKind) -> &'static str {
        table!(self, principal_word(kind))
    }

    /// What was just done, for the status line that offers to undo it.
    pub fn done(self, done: &crate::analysis::Done) -> String {
        table!(self, analysis::done(done))
    }

    /// Why a share link or an embed's state could not be read.
    pub fn share_problem(self, problem: &crate::share::ShareProblem) -> String {
        table!(self, request::share_problem(problem))
    }

    /// Why a pasted Tencent Cloud error could not be read.
    pub fn paste_problem(self, problem: &crate::request::PasteProblem) -> String {
        table!(self, request::paste_problem(problem))
    }

    /// What is wrong with a value typed into a form field (`fields`).
    pub fn field_problem(self, problem: &crate::fields::FieldProblem) -> String {
        table!(self, request::field_problem(problem))
    }

    /// A glossary entry: the term and its explanation.
    pub fn term(self, term: crate::vocabulary::Term) -> (&'static str, Sentence) {
        table!(self, term(term))
    }

    pub fn rule_title(self, rule: crate::rules::Rule) -> &'static str {
        table!(self, rule_title(rule))
    }

    /// Why a doc page could not be imported into the catalog.
    pub fn import_problem(self, problem: &crate::catalog::ImportProblem) -> String {
        table!(self, cli::import_problem(problem))
    }

    /// What the JavaScript package throws for input of the wrong shape.
    pub fn api(self, text: &api::ApiText) -> String {
        table!(self, api::text(text))
    }

    /// The JavaScript package's error: what the function expects (`evaluate expects {…}`), then the problem.
    pub fn api_error(self, expects: &str, text: &api::ApiText) -> String {
        table!(self, api::error(expects, text))
    }

    /// What camctl says besides reasoning and diagnostics.
    pub fn cli(self, text: &cli::CliText) -> String {
        table!(self, cli::text(text))
    }

    /// What the Tests panel and the Markdown export say about pinned cases.
    pub fn tests_text(self, text: &tests_panel::TestsText) -> String {
        table!(self, tests_panel::text(text))
    }

    /// A problem of a file camctl reads besides policies and requests (a test file, a lint configuration, a
    /// baseline): its own problem, or the JSON, policy or request reader's diagnostic.
    pub fn input_problem(self, problem: &crate::json::shape::Problem) -> Words {
        match problem {
            crate::json::shape::Problem::Input(p) => table!(self, cli::input_problem(p)),
            crate::json::shape::Problem::Diagnostic(text) => self.words(text),
        }
    }

    /// The steps as indented plain text with status marks, for terminals and Markdown.
    pub fn render_text(self, steps: &[Step]) -> String {
        let mut out = String::new();
        for step in steps {
            let indent = "  ".repeat(step.depth as usize);
            let text = self.render(&step.message);
            // Chinese puts no space after its full-width punctuation: `…一致。[6:18]`.
            let gap = match self {
                Locale::ZhCn if text.ends_with(|c| "。：；）？！”".contains(c)) => "",
                _ => "  ",
            };
            let location = step
                .span
                .filter(|s| s.line > 0)
                .map(|s| format!("{gap}[{}:{}]", s.line, s.column))
                .unwrap_or_default();
            out.push_str(&format!(
                "{indent}{} {text}{location}\n",
                crate::explain::mark(step.status),
            ));
        }
        out
    }
}

/// The product words messages quote as examples (`ccc:CreateStaff`, `SdkAppId`, `1400000000`): the built-in
/// catalog's first product's, so that no wording table names a product itself.
pub(crate) fn example() -> &'static crate::catalog::ProductExample {
    static EXAMPLE: std::sync::OnceLock<crate::catalog::ProductExample> =
        std::sync::OnceLock::new();
    EXAMPLE.get_or_init(|| {
        crate::catalog::Catalog::builtin()
            .products
            .first()
            .map(crate::catalog::Product::example)
            .unwrap_or_default()
    })
}

/// The account messages write in examples of resources and principals.
pub(crate) const EXAMPLE_ACCOUNT: &str = "100000000001";

/// `"action": "ccc:CreateStaff"`, as a request writes it.
pub(crate) fn action_example() -> String {
    format!("\"action\": \"{}\"", example().action)
}

/// `"params": {"SdkAppId": 1400000000}`, as a request writes it.
pub(crate) fn params_example() -> String {
    let example = example();
    format!("\"params\": {{\"{}\": {}}}", example.param, example.id)
}

/// The example action's resource as a request or policy writes it, with a real account and id
/// (`qcs::ccc::uin/100000000001:SdkAppId/1400000000`); `Product::resource_example` is the placeholder form.
pub(crate) fn concrete_resource() -> String {
    let example = example();
    example.resource(EXAMPLE_ACCOUNT, &example.id)
}

/// A statement's element written out, for "add …" help (JSON, the same in every language).
pub(crate) fn element_example(element: crate::policy::StatementElement) -> String {
    use crate::policy::StatementElement as E;
    match element {
        E::Effect => "\"effect\": \"allow\"".into(),
        E::Action => format!("\"action\": [\"{}\"]", example().read_action),
        E::Resource => "\"resource\": [\"*\"]".into(),
        E::Principal => {
            format!("\"principal\": {{\"qcs\": [\"qcs::cam::uin/{EXAMPLE_ACCOUNT}:root\"]}}")
        }
    }
}

/// Values written as code (`` `a` ``), joined by a language's list separator.
pub(crate) fn quoted(values: &[String], separator: &str) -> String {
    values
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(separator)
}

/// The check every typed text's test runs: worded in every locale (message and help), every parameter value
/// shown, and the Chinese message actually Chinese.
#[cfg(test)]
pub(crate) fn assert_worded(text: &Text, parameters: &[String]) {
    for locale in Locale::ALL {
        let words = locale.words(text);
        assert!(
            !words.message.is_empty() && !words.help.is_empty(),
            "{locale:?} {text:?}"
        );
        let both = format!("{}\n{}", words.message, words.help);
        // Chinese names a product by its Chinese name and writes a placeholder in Chinese.
        let chinese_form = |parameter: &str| {
            let product = crate::catalog::Catalog::builtin()
                .products
                .iter()
                .find(|p| p.name == parameter && !p.name_zh.is_empty())
                .map(|p| p.name_zh.clone());
            product.unwrap_or_else(|| parameter.replace("<root uin>", "<主账号 UIN>"))
        };
        for parameter in parameters {
            assert!(
                both.contains(parameter.as_str())
                    || (locale == Locale::ZhCn && both.contains(&chinese_form(parameter))),
                "{locale:?} {text:?}: `{parameter}` missing from {both}"
            );
        }
    }
    let chinese = Locale::ZhCn.words(text).message;
    assert!(
        chinese
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{text:?}: {chinese}"
    );
}

/// A share link's problem in English words (the UI words it in the user's language with `share_problem`).
impl std::fmt::Display for crate::share::ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&en::request::share_problem(&self.problem))
    }
}

/// `line: words`, in English (the CLI words it in the user's language).
impl std::fmt::Display for crate::catalog::ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}",
            self.line,
            Locale::En.import_problem(&self.problem)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::PolicyKind;

    /// The words of the kind picker, the inferred-kind line, "Read as …", the deciding layer and the panels' note:
    /// every kind in every locale, naming the kind, Chinese in Chinese.
    #[test]
    fn every_kind_is_worded_for_the_interface() {
        let chinese = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        for kind in PolicyKind::ALL {
            for locale in Locale::ALL {
                let words = [
                    locale.kind_choice(kind).to_string(),
                    locale.kind_inferred(kind).into_string(),
                    locale.read_as(kind),
                    locale.decided_by(kind, None),
                    locale.decided_by(kind, Some(&crate::policy_kind::ScpNode::Root)),
                    locale.kinds_not_here(&[kind]),
                ];
                for text in &words {
                    assert!(!text.is_empty(), "{locale:?} {kind:?}");
                    assert_eq!(
                        chinese(text),
                        locale == Locale::ZhCn,
                        "{locale:?} {kind:?}: {text}"
                    );
                }
                assert!(
                    locale
                        .kind_inferred(kind)
                        .pieces()
                        .iter()
                        .any(|p| matches!(p, Piece::Rule(crate::rules::Rule::K1))),
                    "{locale:?}: the inferred kind cites K1"
                );
            }
        }
        assert_eq!(Locale::ZhCn.kind_choice(PolicyKind::Trust), "信任策略");
        assert_eq!(Locale::ZhCn.kind_choice(PolicyKind::Scp), "服务管控策略");
    }
}
