//! The rule book's ids (`docs/cam-semantics.md`). Code, traces, vectors and the UI cite rules by these ids.

use serde::Serialize;

macro_rules! rules {
    ($($id:ident: $kind:ident, $page:literal, $title:literal;)*) => {
        /// A rule of the rule book. `Display` and serde both give the bare id (`R5`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Rule { $($id),* }

        impl Rule {
            pub const ALL: &'static [Rule] = &[$(Rule::$id),*];

            pub fn id(self) -> &'static str {
                match self { $(Rule::$id => stringify!($id)),* }
            }

            /// Whether the rule is Tencent's documented behaviour or a choice of ours where the docs are silent.
            pub fn kind(self) -> RuleKind {
                match self { $(Rule::$id => RuleKind::$kind),* }
            }

            /// The Tencent Cloud CAM documentation page (product 598) the rule comes from.
            pub fn doc_page(self) -> &'static str {
                match self { $(Rule::$id => $page),* }
            }

            pub fn title(self) -> &'static str {
                match self { $(Rule::$id => $title),* }
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

// Kind: the rule's decisive part. Rules that are DOC with a CHOICE inside (G2, R4, …) are CHOICE here because
// the choice is what a trace cites them for.
rules! {
    G1: Doc, "10604", "a policy is a JSON object with version 2.0 and statement";
    G2: Choice, "10603", "element names are lowercase; unknown keys are errors";
    G3: Choice, "10604", "a single statement object is accepted as a list of one";
    G4: Doc, "10603", "effect is allow or deny, lowercase";
    G5: Doc, "10603", "action and resource are a string or a non-empty list";
    G6: Choice, "10603", "principal is ignored for identity policies";
    G7: Choice, "10609", "policies over 6144 characters are rejected by CAM but still evaluated here";
    G8: Choice, "10604", "every error is located and all are reported at once";
    G9: Choice, "32248", "a policy CAM would refuse to save is still evaluated, as a hypothetical decision";
    A1: Doc, "10603", "actions are service:ApiName with * wildcards";
    A2: Doc, "10603", "the name/ prefix of an action is optional";
    A3: Choice, "10603", "permid/ actions never match and make the decision not authoritative";
    A4: Choice, "10603", "action matching is case-sensitive";
    A5: Choice, "77494", "an API name missing from the catalog is a warning";
    R1: Doc, "10606", "* is every resource";
    R2: Doc, "10606", "a resource has six segments starting with qcs";
    R3: Doc, "10606", "empty service or region segments mean all; an empty account is the owner's; uid/ is for COS and CAS only";
    R4: Choice, "10606", "* matches any run of characters, / included; a trailing /* matches the directory itself";
    R5: Choice, "77494", "an operation-level API is matched only by the literal resource *";
    R6: Choice, "77494", "uin/ with nothing after it stands for the owner's root UIN";
    R7: Choice, "10605", "a request naming several resources is allowed only if every one is";
    R8: Choice, "10606", "resource matching is case-sensitive";
    V1: Doc, "10607", "${uin}, ${owner_uin} and ${app_id} are substituted from the principal";
    V2: Choice, "10607", "variables are substituted only in the last resource segment and in condition values";
    V3: Choice, "10607", "an unknown variable is kept literally";
    C1: Doc, "10608", "values under a key are ORed; keys and operators are ANDed";
    C2: Choice, "10608", "an unknown operator makes the statement not evaluated";
    C3: Choice, "58420", "without _if_exist a missing key makes the condition false";
    C4: Choice, "58420", "for_all_value on an absent key is true; for_any_value is false";
    C5: Choice, "58420", "negated operators are true when no value matches";
    C6: Choice, "58420", "a plain operator on a multi-valued key behaves like for_any_value";
    C7: Choice, "10608", "value types: strings, decimals, dates, booleans, IPs and CIDRs";
    C8: Choice, "58420", "global keys take the operators CAM documents for them; qcs:uin and qcs:owner_uin default to the principal's";
    C9: Choice, "77494", "a product without authorization by tag has no tags to compare: tag keys are absent for its actions";
    E1: Doc, "10605", "deny wins over allow; no match is an implicit deny";
    E2: Doc, "10605", "a statement matches when action, resource and condition all match";
    E3: Choice, "39425", "a permissions boundary limits what policies allow";
    E4: Doc, "10605", "a root account is allowed on its own resources";
    E5: Doc, "58417", "documented cases where real CAM ignores a deny or a non-exact operator";
    E6: Choice, "10605", "three-valued decision with deciding statements and an authoritative flag";
}

impl Rule {
    pub fn doc_url(self) -> String {
        format!(
            "https://www.tencentcloud.com/document/product/598/{}",
            self.doc_page()
        )
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}
