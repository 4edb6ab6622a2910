//! The example gallery: realistic ccc scenarios, each a workspace with the decision it demonstrates. The data is
//! `examples/gallery.json` (embedded as compact records by `build.rs`); a test checks every example still
//! decides what its description promises.

use std::sync::OnceLock;

use crate::eval::Decision;
use crate::locale::Locale;
use crate::policy::PolicyKind;
use crate::policy_kind::ScpNode;
use crate::workspace::{NamedPolicy, Workspace};

#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    pub id: String,
    /// Title and one line on why the example is interesting, in English and Chinese. Examples are data, so their
    /// words live in the gallery file rather than in the locale tables.
    title: String,
    why: String,
    title_zh: String,
    why_zh: String,
    pub expect: Decision,
    workspace: Workspace,
}

impl Example {
    pub fn title(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => &self.title,
            Locale::ZhCn => &self.title_zh,
        }
    }

    pub fn why(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => &self.why,
            Locale::ZhCn => &self.why_zh,
        }
    }

    /// Whether a workspace is this example, untouched (compared in place, without a copy).
    pub fn is(&self, workspace: &Workspace) -> bool {
        self.workspace == *workspace
    }

    pub fn workspace(&self) -> Workspace {
        self.workspace.clone()
    }
}

pub fn gallery() -> &'static [Example] {
    static GALLERY: OnceLock<Vec<Example>> = OnceLock::new();
    GALLERY.get_or_init(|| read(include_str!(concat!(env!("OUT_DIR"), "/gallery.records"))))
}

/// The example the playground opens with.
pub fn default_example() -> &'static Example {
    &gallery()[0]
}

/// Record fields: id, title, why, title_zh, why_zh, expect, request, then for each kind in the workspace's order
/// (policies, boundary, trust, session, bucket, scp) a count and as many (name, text), an SCP's with its node.
fn read(data: &str) -> Vec<Example> {
    data.split('\u{1e}')
        .filter(|r| !r.is_empty())
        .map(|record| {
            let mut fields = record.split('\u{1f}').map(str::to_string);
            let mut next = || fields.next().unwrap_or_default();
            let (id, title, why, title_zh, why_zh) = (next(), next(), next(), next(), next());
            let (expect, request) = (next(), formatted(next()));
            let policies = |next: &mut dyn FnMut() -> String, kind: PolicyKind| {
                let count: usize = next().parse().unwrap_or_default();
                (0..count)
                    .map(|_| NamedPolicy {
                        name: next(),
                        text: formatted(next()),
                        node: match kind {
                            PolicyKind::Scp => ScpNode::named(&next()).unwrap_or_default(),
                            _ => ScpNode::Account,
                        },
                    })
                    .collect::<Vec<_>>()
            };
            let mut workspace = Workspace {
                request,
                ..Workspace::default()
            };
            for kind in [
                PolicyKind::Identity,
                PolicyKind::Boundary,
                PolicyKind::Trust,
                PolicyKind::Session,
                PolicyKind::Bucket,
                PolicyKind::Scp,
            ] {
                *workspace.policies_in_mut(kind) = policies(&mut next, kind);
            }
            Example {
                id,
                title,
                why,
                title_zh,
                why_zh,
                expect: match expect.as_str() {
                    "allow" => Decision::Allow,
                    "explicit_deny" => Decision::ExplicitDeny,
                    _ => Decision::ImplicitDeny,
                },
                workspace,
            }
        })
        .collect()
}

/// Texts are stored compact; the editor shows them formatted.
fn formatted(text: String) -> String {
    crate::json::format(&text).unwrap_or(text)
}
