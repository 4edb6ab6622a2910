//! The rule book's ids (`docs/cam-semantics.md`). Code, traces, vectors and the UI cite rules by these ids.

use serde::Serialize;

macro_rules! rules {
    (@typescript $first:ident $($id:ident)*) => {
        concat!(
            "/** A rule of the rule book (docs/cam-semantics.md), by its id. */\nexport type Rule = \"",
            stringify!($first), "\"", $(" | \"", stringify!($id), "\""),*, ";\n"
        )
    };
    ($($id:ident: $kind:ident, $page:literal;)*) => {
        /// The TypeScript type of a rule id, made from this list: the JavaScript package's types include it
        /// (`js_api`).
        pub const TYPESCRIPT: &str = rules!(@typescript $($id)*);

        /// A rule of the rule book. `Display` and serde both give the bare id (`R5`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Rule { $($id),* }

        impl Rule {
            pub const ALL: &'static [Rule] = &[$(Rule::$id),*];

            /// The id, always the same `&'static str` (one static table, read by the rule's index), so
            /// `i18n::Sentence` can tell a cited id from the same letters written anywhere else.
            pub fn id(self) -> &'static str {
                static IDS: &[&str] = &[$(stringify!($id)),*];
                IDS[self as usize]
            }

            /// Whether the rule is Tencent's documented behaviour or a choice of ours where the docs are silent.
            pub fn kind(self) -> RuleKind {
                match self { $(Rule::$id => RuleKind::$kind),* }
            }

            /// The Tencent Cloud documentation page the rule comes from, as `product/page` (598 is CAM, 436 COS,
            /// 1031 Organization).
            pub fn doc_page(self) -> &'static str {
                match self { $(Rule::$id => $page),* }
            }
        }
    };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum RuleKind {
    Doc,
    Choice,
}

// Kind: the rule's decisive part. Titles are words, so they live in the locale tables (`i18n::*::rule_title`). Rules that are DOC with a CHOICE inside (G2, R4, …) are CHOICE here because
// the choice is what a trace cites them for.
rules! {
    G1: Doc, "598/10604";
    G2: Choice, "598/10603";
    G3: Choice, "598/10604";
    G4: Doc, "598/10603";
    G5: Doc, "598/10603";
    G6: Choice, "598/10603";
    G7: Choice, "598/10609";
    G8: Choice, "598/10604";
    G9: Choice, "598/32248";
    A1: Doc, "598/10603";
    A2: Doc, "598/10603";
    A3: Choice, "598/10603";
    A4: Choice, "598/10603";
    A5: Choice, "598/77494";
    R1: Doc, "598/10606";
    R2: Doc, "598/10606";
    R3: Doc, "598/10606";
    R4: Choice, "598/10606";
    R5: Choice, "598/77494";
    R6: Choice, "598/77494";
    R7: Choice, "598/10605";
    R8: Choice, "598/10606";
    V1: Doc, "598/10607";
    V2: Choice, "598/10607";
    V3: Choice, "598/10607";
    C1: Doc, "598/10608";
    C2: Choice, "598/10608";
    C3: Choice, "598/58420";
    C4: Choice, "598/58420";
    C5: Choice, "598/58420";
    C6: Choice, "598/58420";
    C7: Choice, "598/10608";
    C8: Choice, "598/58420";
    C9: Choice, "598/77494";
    E1: Doc, "598/10605";
    E2: Doc, "598/10605";
    E3: Choice, "598/39425";
    E4: Doc, "598/10605";
    E5: Doc, "598/58417";
    E6: Choice, "598/10605";
    K1: Choice, "598/10603";
    K2: Choice, "598/36225";
    K3: Choice, "598/10603";
    K4: Choice, "598/10606";
    T1: Choice, "598/19381";
    T2: Choice, "598/19381";
    T3: Choice, "598/19381";
    T4: Choice, "598/19381";
    T5: Choice, "598/33164";
    T6: Doc, "598/36225";
    T7: Choice, "598/19422";
    S1: Choice, "598/33164";
    S2: Choice, "598/33416";
    B1: Choice, "436/18023";
    B2: Choice, "436/30580";
    B3: Choice, "436/35240";
    B4: Doc, "436/45235";
    O1: Choice, "1031/51875";
    O2: Choice, "1031/51870";
    O3: Choice, "1031/51875";
    L1: Choice, "598/10605";
    L2: Choice, "598/10605";
    L3: Choice, "598/10605";
}

impl Rule {
    pub fn doc_url(self) -> String {
        format!(
            "https://www.tencentcloud.com/document/product/{}",
            self.doc_page()
        )
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}
