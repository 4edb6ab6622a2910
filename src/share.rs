//! Share links: the whole workspace in the URL fragment, as a versioned payload (JSON → raw DEFLATE → base64url),
//! stamped with the engine and catalog versions and the decision it showed. Decoding is bounded in input size,
//! output size and time, so a hostile link costs nothing but a message.
//!
//! Format `s1.<base64url>`; the payload is `{"v":1,"engine","catalog","decision","policies":[{"name","text"}],
//! "boundary":[…],"request","view"}`, plus `"trust"`, `"session"`, `"bucket"` and `"scp"` lists when the workspace
//! has documents of those kinds (rule K1; a link without them reads as before). A list of a kind this engine does
//! not know is refused by name (`share/unknown-kind`). Later versions get a new prefix; decoders for old ones stay.
//!
//! Format `s2.` (issue 28): the same payload with `"v":2` and `"cases"`, the workspace's pinned test cases
//! (`[{"name","request","expect","deciding"?,"authoritative"?}]`). It is written only when there are cases, so a
//! workspace without them still makes the `s1.` link it made before, and every `s1.` link opens as it did.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::Serialize;

use crate::catalog::Catalog;
use crate::eval::Decision;
use crate::json::ast::{Object, Value as Json};
use crate::json::reader;
use crate::json::writer::{self, JsonWriter, ToJson};
use crate::policy_kind::ScpNode;
use crate::workspace::{write_other_kinds, Expect, NamedPolicy, PinnedCase, Tab, Workspace};

/// The longest fragment decoded (a typical link is well under 2,000 characters).
pub const MAX_LINK_CHARS: usize = 256 * 1024;
/// The largest payload inflated: a deflate bomb stops here.
pub const MAX_PAYLOAD_BYTES: usize = 1 << 20;
const PREFIX_V1: &str = "s1.";
const PREFIX_V2: &str = "s2.";

/// What a link carries besides the workspace: enough to tell whether its decision still holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stamp {
    pub engine: String,
    pub catalog: String,
    pub decision: String,
}

/// View state worth restoring: which tab was open and how the request was shown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct View {
    pub tab: Tab,
    pub raw_request: bool,
}

/// What a link opens: `decodeShare`'s result in the JavaScript package.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Shared {
    pub workspace: Workspace,
    pub view: View,
    pub stamp: Stamp,
}

/// A link (or embed state) that cannot be read: a stable code and the reason, worded by
/// `i18n::{en,zh_cn}::request::share_problem`. `Display` (in `i18n`) is the English words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareError {
    pub code: &'static str,
    pub problem: ShareProblem,
}

/// Why a link or an embed state could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ShareProblem {
    /// The fragment is `length` characters, over `limit`.
    TooLong {
        length: usize,
        limit: usize,
    },
    /// Made by a later format (`version` is its prefix, e.g. `s2`).
    NewerVersion {
        version: String,
    },
    NotALink,
    BadBase64,
    /// Inflates to more than `limit` bytes.
    TooLarge {
        limit: usize,
    },
    /// The DEFLATE data is corrupt.
    CorruptData,
    NotText,
    NotAWorkspace,
    WrongPayloadVersion,
    /// An embed state over `limit` bytes.
    StateTooLarge {
        limit: usize,
    },
    StateNotAnObject,
    PolicyWithoutText,
    MalformedPolicies,
    /// The `cases` of an `s2.` link are not a list of cases.
    MalformedCases,
    /// A list of documents of a kind this engine does not know (`name`: its key, or a tab's kind name): made by
    /// a later version. Refused rather than opened without them, so nothing is silently lost.
    UnknownKind {
        name: String,
    },
    /// An SCP bound to an organization node this engine does not know (rule O2): made by a later version, or
    /// by hand.
    UnknownNode {
        name: String,
    },
}

impl ShareProblem {
    /// The stable code, as `ShareError::code`.
    pub fn code(&self) -> &'static str {
        use ShareProblem as P;
        match self {
            P::TooLong { .. } => "share/too-long",
            P::NewerVersion { .. } => "share/unknown-version",
            P::NotALink => "share/not-a-link",
            P::BadBase64 => "share/bad-base64",
            P::TooLarge { .. } | P::StateTooLarge { .. } => "share/too-large",
            P::CorruptData
            | P::NotText
            | P::NotAWorkspace
            | P::WrongPayloadVersion
            | P::StateNotAnObject
            | P::PolicyWithoutText
            | P::MalformedPolicies
            | P::MalformedCases => "share/bad-data",
            P::UnknownKind { .. } => "share/unknown-kind",
            P::UnknownNode { .. } => "share/unknown-node",
        }
    }
}

/// The error for an embed state over `MAX_PAYLOAD_BYTES`.
pub fn too_large_state() -> ShareError {
    error(ShareProblem::StateTooLarge {
        limit: MAX_PAYLOAD_BYTES,
    })
}

fn error(problem: ShareProblem) -> ShareError {
    ShareError {
        code: problem.code(),
        problem,
    }
}

/// This engine's stamp for a decision: its version and the catalog's.
pub fn stamp(decision: Option<Decision>) -> Stamp {
    Stamp {
        engine: env!("CARGO_PKG_VERSION").to_string(),
        catalog: catalog_version(),
        decision: Decision::name_of(decision).to_string(),
    }
}

fn catalog_version() -> String {
    Catalog::builtin()
        .products
        .iter()
        .map(|p| format!("{}@{}", p.abbreviation, p.last_updated))
        .collect::<Vec<_>>()
        .join(",")
}

/// Written by `ToJson`; the `Serialize` derive is the reference its test holds that writing to.
#[derive(Serialize)]
struct PayloadV1<'a> {
    v: u32,
    engine: &'a str,
    catalog: &'a str,
    decision: &'a str,
    policies: &'a [NamedPolicy],
    boundary: &'a [NamedPolicy],
    /// The other kinds (rule K1), written only when there are some: links without them read as before.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    trust: &'a [NamedPolicy],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    session: &'a [NamedPolicy],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    bucket: &'a [NamedPolicy],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    scp: &'a [NamedPolicy],
    request: &'a str,
    view: &'a View,
    /// Pinned test cases: only in `s2.` links.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    cases: &'a [PinnedCase],
}

impl ToJson for PayloadV1<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field("v", &self.v);
        w.field("engine", self.engine);
        w.field("catalog", self.catalog);
        w.field("decision", self.decision);
        w.field("policies", self.policies);
        w.field("boundary", self.boundary);
        write_other_kinds(w, [self.trust, self.session, self.bucket, self.scp]);
        w.field("request", self.request);
        w.field("view", self.view);
        if !self.cases.is_empty() {
            w.field("cases", self.cases);
        }
        w.end_object();
    }
}

impl ToJson for View {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field("tab", &self.tab);
        w.field("raw_request", &self.raw_request);
        w.end_object();
    }
}

impl<'a> PayloadV1<'a> {
    /// A workspace's payload with its view and stamp: version 2 when it carries pinned cases (the `s2.` link).
    fn of(workspace: &'a Workspace, view: &'a View, stamp: &'a Stamp) -> Self {
        PayloadV1 {
            v: if workspace.cases.is_empty() { 1 } else { 2 },
            engine: &stamp.engine,
            catalog: &stamp.catalog,
            decision: &stamp.decision,
            policies: &workspace.policies,
            boundary: &workspace.boundary,
            trust: &workspace.trust,
            session: &workspace.session,
            bucket: &workspace.bucket,
            scp: &workspace.scp,
            request: &workspace.request,
            view,
            cases: &workspace.cases,
        }
    }
}

/// The fragment (without `#`) for a workspace and the decision it shows.
pub fn encode(workspace: &Workspace, view: &View, decision: Option<Decision>) -> String {
    encode_at(workspace, view, decision, 9)
}

/// Like `encode`, compressing at the fastest level: for saving work locally after every change, where the
/// length matters less than not stalling the page (level 9 takes ~0.3 s for 1 MB in the browser).
pub fn encode_quickly(workspace: &Workspace, view: &View, decision: Option<Decision>) -> String {
    encode_at(workspace, view, decision, 1)
}

fn encode_at(workspace: &Workspace, view: &View, decision: Option<Decision>, level: u8) -> String {
    let stamp = stamp(decision);
    let payload = PayloadV1::of(workspace, view, &stamp);
    let version = payload.v;
    let json = writer::compact(&payload);
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), level);
    let prefix = if version == 1 { PREFIX_V1 } else { PREFIX_V2 };
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// Reads a fragment (with or without `#`, with or without a `s=` key) back into a workspace.
pub fn decode(fragment: &str) -> Result<Shared, ShareError> {
    let fragment = fragment.trim().trim_start_matches('#');
    let fragment = fragment.strip_prefix("s=").unwrap_or(fragment);
    if fragment.len() > MAX_LINK_CHARS {
        return Err(error(ShareProblem::TooLong {
            length: fragment.len(),
            limit: MAX_LINK_CHARS,
        }));
    }
    match fragment.split_once('.') {
        Some(("s1", body)) => decode_v1(body, "1"),
        Some(("s2", body)) => decode_v1(body, "2"),
        Some((version, _)) if version.starts_with('s') => Err(error(ShareProblem::NewerVersion {
            version: version.to_string(),
        })),
        _ => Err(error(ShareProblem::NotALink)),
    }
}

/// Reads an `s1.` or `s2.` body; `version` is the payload's `v` its prefix promises.
fn decode_v1(body: &str, version: &str) -> Result<Shared, ShareError> {
    let deflated = URL_SAFE_NO_PAD
        .decode(body.trim_end_matches('='))
        .map_err(|_| error(ShareProblem::BadBase64))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_PAYLOAD_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => error(ShareProblem::TooLarge {
                limit: MAX_PAYLOAD_BYTES,
            }),
            _ => error(ShareProblem::CorruptData),
        })?;
    let text = String::from_utf8(json).map_err(|_| error(ShareProblem::NotText))?;
    let Ok(Some(Json::Object(root))) = reader::read(&text) else {
        return Err(error(ShareProblem::NotAWorkspace));
    };
    if !matches!(root.get("v").map(|v| &v.value), Some(Json::NumberLit(n)) if n.value == version) {
        return Err(error(ShareProblem::WrongPayloadVersion));
    }
    let stamp = Stamp {
        engine: lenient_text(&root, "engine"),
        catalog: lenient_text(&root, "catalog"),
        decision: lenient_text(&root, "decision"),
    };
    let view = match root.get("view").map(|v| &v.value) {
        Some(Json::Object(view)) => View {
            tab: view_tab(&lenient_text(view, "tab"))?,
            raw_request: matches!(
                view.get("raw_request").map(|v| &v.value),
                Some(Json::BooleanLit(b)) if b.value
            ),
        },
        _ => View::default(),
    };
    Ok(Shared {
        workspace: workspace_from_object(&root)?,
        view,
        stamp,
    })
}

/// The open tab of a link's view: a tab of a kind this engine does not know (`rcp-0`) is refused as the lists
/// are; any other unreadable tab opens the first policy.
fn view_tab(text: &str) -> Result<Tab, ShareError> {
    if let Ok(tab) = text.parse() {
        return Ok(tab);
    }
    match text.rsplit_once('-') {
        Some((kind, index))
            if !kind.is_empty()
                && index.parse::<usize>().is_ok()
                && kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') =>
        {
            Err(error(ShareProblem::UnknownKind {
                name: kind.to_string(),
            }))
        }
        _ => Ok(Tab::default()),
    }
}

/// The keys of a workspace's lists, one per kind (`PolicyKind::as_str`, `policies` for identity policies).
const KIND_KEYS: [&str; 6] = ["policies", "boundary", "trust", "session", "bucket", "scp"];
/// The other keys a link payload, an embed state or `encodeShare`'s input has.
const OTHER_KEYS: [&str; 8] = [
    "v", "engine", "catalog", "decision", "request", "view", "type", "cases",
];

/// Reads `{"policies": [{"name", "text"}], "boundary": [...], "request": "..."}`: the workspace part of a link
/// payload, the `setState` message of the embed API and the JavaScript package's `encodeShare` input.
pub fn workspace_from_json(text: &str) -> Result<Workspace, ShareError> {
    if text.len() > MAX_PAYLOAD_BYTES {
        return Err(too_large_state());
    }
    match reader::read(text) {
        Ok(Some(value)) => workspace_from(&value),
        _ => Err(error(ShareProblem::StateNotAnObject)),
    }
}

/// The workspace in a JSON value, read leniently where the old links were lenient: a missing or non-text
/// `name` or `request` reads as empty; a policy without a `text` and a list that is not of objects are refused.
/// Of a repeated name, the first counts.
pub fn workspace_from(value: &Json<'_>) -> Result<Workspace, ShareError> {
    match value {
        Json::Object(object) => workspace_from_object(object),
        _ => Err(error(ShareProblem::StateNotAnObject)),
    }
}

fn workspace_from_object(root: &Object<'_>) -> Result<Workspace, ShareError> {
    // A list of named documents under a key that is no kind this engine knows: a later version's kind.
    for property in &root.properties {
        let key = property.name.as_str();
        let documents = matches!(&property.value, Json::Array(list)
            if list.elements.iter().any(|e| matches!(e, Json::Object(o) if o.get("text").is_some())));
        if documents && !KIND_KEYS.contains(&key) && !OTHER_KEYS.contains(&key) {
            return Err(error(ShareProblem::UnknownKind {
                name: key.to_string(),
            }));
        }
    }
    let policies = |key: &str| -> Result<Vec<NamedPolicy>, ShareError> {
        let list = match root.get(key).map(|v| &v.value) {
            None => return Ok(Vec::new()),
            Some(Json::Array(list)) => &list.elements,
            Some(_) => return Err(error(ShareProblem::MalformedPolicies)),
        };
        list.iter()
            .map(|policy| {
                let Json::Object(policy) = policy else {
                    return Err(error(ShareProblem::MalformedPolicies));
                };
                let text = match policy.get("text").map(|v| &v.value) {
                    Some(Json::StringLit(text)) => text.as_str().to_string(),
                    None | Some(Json::NullKeyword(_)) => {
                        return Err(error(ShareProblem::PolicyWithoutText))
                    }
                    Some(_) => return Err(error(ShareProblem::MalformedPolicies)),
                };
                let node = match policy.get_string("node") {
                    None => ScpNode::Account,
                    Some(node) => ScpNode::named(node.as_str()).ok_or_else(|| {
                        error(ShareProblem::UnknownNode {
                            name: node.as_str().to_string(),
                        })
                    })?,
                };
                Ok(NamedPolicy {
                    name: lenient_text(policy, "name"),
                    text,
                    node,
                })
            })
            .collect()
    };
    let mut workspace = Workspace {
        policies: policies("policies")?,
        boundary: policies("boundary")?,
        trust: policies("trust")?,
        session: policies("session")?,
        bucket: policies("bucket")?,
        scp: policies("scp")?,
        request: lenient_text(root, "request"),
        cases: cases_from(root)?,
    };
    // `"place": "by-shape"`: nobody stated the policies' kinds (a documentation page's code block, embed.js), so
    // each is read as the kind its shape says (rule K1). Links the playground writes state them.
    if lenient_text(root, "place") == "by-shape" {
        workspace.place_by_shape();
    }
    Ok(workspace)
}

/// The pinned cases of a payload (`s2.`): names and requests read leniently, like policies' names; an
/// expectation this engine does not know, or a list that is not of objects, is refused.
fn cases_from(root: &Object<'_>) -> Result<Vec<PinnedCase>, ShareError> {
    let list = match root.get("cases").map(|v| &v.value) {
        None => return Ok(Vec::new()),
        Some(Json::Array(list)) => &list.elements,
        Some(_) => return Err(error(ShareProblem::MalformedCases)),
    };
    list.iter()
        .map(|case| {
            let Json::Object(case) = case else {
                return Err(error(ShareProblem::MalformedCases));
            };
            let expect = Expect::named(&lenient_text(case, "expect"))
                .ok_or_else(|| error(ShareProblem::MalformedCases))?;
            let deciding = match case.get("deciding").map(|v| &v.value) {
                Some(Json::Array(refs)) => refs
                    .elements
                    .iter()
                    .filter_map(|r| match r {
                        Json::StringLit(s) => Some(s.as_str().to_string()),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let authoritative = match case.get("authoritative").map(|v| &v.value) {
                Some(Json::BooleanLit(b)) => Some(b.value),
                _ => None,
            };
            Ok(PinnedCase {
                name: lenient_text(case, "name"),
                request: lenient_text(case, "request"),
                expect,
                deciding,
                authoritative,
            })
        })
        .collect()
}

/// A text field that reads as empty when it is missing or holds another type (old links were written by
/// hand-made encoders; a wrong type there costs the field, not the link).
fn lenient_text(object: &Object<'_>, key: &str) -> String {
    object
        .get_string(key)
        .map(|text| text.as_str().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::writer::tests::assert_writes_as_serde;
    use crate::policy_kind::PolicyKind;
    use crate::workspace::tests::any_workspace;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_payload_is_written_as_serde_writes_it(
            workspace in any_workspace(),
            (kind, index, raw_request) in (0..PolicyKind::ALL.len(), any::<usize>(), any::<bool>()),
            decision in prop::option::of(prop::sample::select(Decision::ALL.to_vec())),
        ) {
            let stamp = stamp(decision);
            let view = View { tab: Tab { source: PolicyKind::ALL[kind], index }, raw_request };
            assert_writes_as_serde(&PayloadV1::of(&workspace, &view, &stamp));
        }
    }

    fn workspace() -> Workspace {
        Workspace {
            policies: vec![NamedPolicy {
                name: "a \"quoted\" name ✓".into(),
                text: "{\n  \"version\": \"2.0\"\n}".into(),
                ..Default::default()
            }],
            boundary: vec![NamedPolicy {
                name: "b".into(),
                text: "not even json {".into(),
                ..Default::default()
            }],
            request: "{\"action\": \"ccc:CreateStaff\"}".into(),
            ..Default::default()
        }
    }

    #[test]
    fn round_trip_keeps_every_field() {
        let view = View {
            tab: "boundary-0".parse().unwrap(),
            raw_request: true,
        };
        let link = encode(&workspace(), &view, Some(Decision::Allow));
        assert!(link.starts_with("s1."));
        let shared = decode(&format!("#{link}")).unwrap();
        assert_eq!(shared.workspace, workspace());
        assert_eq!(shared.view, view);
        assert_eq!(shared.stamp, stamp(Some(Decision::Allow)));
        assert_eq!(decode(&format!("s={link}")).unwrap().workspace, workspace());
    }

    #[test]
    fn every_kind_survives_a_round_trip_and_older_links_are_unchanged() {
        let named = |name: &str| NamedPolicy {
            name: name.into(),
            text: format!("{{\"{name}\": []}}"),
            ..Default::default()
        };
        let kinds = Workspace {
            trust: vec![named("trust-1")],
            session: vec![named("s")],
            bucket: vec![named("b")],
            // An SCP bound above the member account keeps its node (rule O2).
            scp: vec![NamedPolicy {
                node: ScpNode::Department("Contact/Night".into()),
                ..named("o")
            }],
            ..workspace()
        };
        let view = View {
            tab: "trust-0".parse().unwrap(),
            raw_request: false,
        };
        let shared = decode(&encode(&kinds, &view, None)).unwrap();
        assert_eq!(shared.workspace, kinds);
        assert_eq!(shared.view, view);
        // A workspace of identity policies and a boundary is written as before kinds existed.
        let link = encode(&workspace(), &View::default(), None);
        let json =
            miniz_oxide::inflate::decompress_to_vec(&URL_SAFE_NO_PAD.decode(&link[3..]).unwrap())
                .unwrap();
        let json = String::from_utf8(json).unwrap();
        for key in ["trust", "session", "bucket", "scp"] {
            assert!(!json.contains(&format!("\"{key}\"")), "{json}");
        }
    }

    #[test]
    fn an_scp_node_is_read_and_an_unknown_one_refused_by_name() {
        let read = |scp: &str| workspace_from_json(&format!(r#"{{"policies":[],"scp":[{scp}]}}"#));
        let bound =
            read(r#"{"text":"{}","node":"department/Contact/Night"},{"text":"{}"}"#).unwrap();
        assert_eq!(
            bound.scp.iter().map(|p| p.node.clone()).collect::<Vec<_>>(),
            [
                ScpNode::Department("Contact/Night".into()),
                ScpNode::Account
            ]
        );
        let refused = read(r#"{"text":"{}","node":"ou-7"}"#).unwrap_err();
        assert_eq!(refused.code, "share/unknown-node");
        assert_eq!(
            refused.problem,
            ShareProblem::UnknownNode {
                name: "ou-7".into()
            }
        );
    }

    #[test]
    fn a_kind_this_engine_does_not_know_is_refused_by_name() {
        let payload = |extra: &str| {
            let json = format!(
                r#"{{"v":1,"policies":[{{"name":"p","text":"{{}}"}}],"boundary":[],"request":"{{}}"{extra}}}"#
            );
            format!(
                "s1.{}",
                URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9))
            )
        };
        let unknown = |fragment: &str| match decode(fragment) {
            Err(ShareError {
                code: "share/unknown-kind",
                problem: ShareProblem::UnknownKind { name },
            }) => Some(name),
            _ => None,
        };
        assert_eq!(
            unknown(&payload(r#","rcp":[{"name":"r","text":"{}"}]"#)).as_deref(),
            Some("rcp")
        );
        assert_eq!(
            unknown(&payload(r#","view":{"tab":"rcp-0","raw_request":false}"#)).as_deref(),
            Some("rcp")
        );
        // Other unknown keys and unreadable tabs are lenient, as before.
        assert!(decode(&payload(r#","note":"hi","extra":[1,2]"#)).is_ok());
        let odd_tab = decode(&payload(
            r#","view":{"tab":"Policy 1","raw_request":false}"#,
        ));
        assert_eq!(odd_tab.unwrap().view.tab, Tab::default());
        assert_eq!(
            workspace_from_json(r#"{"policies":[],"widgets":[{"text":"{}"}]}"#)
                .unwrap_err()
                .code,
            "share/unknown-kind"
        );
        assert!(decode(&payload(
            r#","view":{"tab":"identity-0","raw_request":false}"#
        ))
        .is_ok());
    }

    /// Issue 28: a workspace with pinned cases makes an `s2.` link that carries them; one without still makes the
    /// `s1.` link it made before, and `s1.` links open as they did.
    #[test]
    fn cases_travel_in_s2_links_and_s1_links_still_open() {
        let plain = encode(&workspace(), &View::default(), Some(Decision::Allow));
        assert!(plain.starts_with("s1."), "{plain}");
        let with_cases = Workspace {
            cases: vec![
                PinnedCase {
                    name: "staff ✓".into(),
                    request: "{\"action\": \"ccc:CreateStaff\"}".into(),
                    expect: Expect::Allow,
                    deciding: vec!["a \"quoted\" name ✓#1".into()],
                    authoritative: Some(true),
                },
                PinnedCase {
                    name: "no delete".into(),
                    request: "{}".into(),
                    expect: Expect::Deny,
                    deciding: Vec::new(),
                    authoritative: None,
                },
            ],
            ..workspace()
        };
        let link = encode(&with_cases, &View::default(), Some(Decision::Allow));
        assert!(link.starts_with("s2."), "{link}");
        assert_eq!(decode(&link).unwrap().workspace, with_cases);
        // The s1 link of the same workspace opens without cases, exactly as before.
        assert_eq!(decode(&plain).unwrap().workspace, workspace());
        // A link written by an earlier engine (v1, fixed text) still opens.
        let old = r#"{"v":1,"engine":"0.1.0","catalog":"ccc@2025-01-01","decision":"allow","policies":[{"name":"p","text":"{}"}],"boundary":[],"request":"{}","view":{"tab":"policy-0","raw_request":false}}"#;
        let old_link = format!(
            "s1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(old.as_bytes(), 9))
        );
        let opened = decode(&old_link).unwrap();
        assert_eq!(opened.workspace.policies[0].name, "p");
        assert!(opened.workspace.cases.is_empty());
        // An s2 body under the s1 prefix (or the reverse) is refused: the prefix promises the version.
        let body = &link[3..];
        assert_eq!(
            decode(&format!("s1.{body}")).unwrap_err().problem,
            ShareProblem::WrongPayloadVersion
        );
        // Malformed cases are refused with their own reason.
        let bad = r#"{"v":2,"policies":[],"request":"","cases":[{"name":"x","request":"{}","expect":"maybe"}]}"#;
        let bad_link = format!(
            "s2.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bad.as_bytes(), 9))
        );
        assert_eq!(
            decode(&bad_link).unwrap_err().problem,
            ShareProblem::MalformedCases
        );
    }

    #[test]
    fn malformed_links_are_refused_with_a_reason() {
        let link = encode(&workspace(), &View::default(), Some(Decision::Allow));
        let cases = [
            ("", "share/not-a-link"),
            ("#hello", "share/not-a-link"),
            ("s9.abc", "share/unknown-version"),
            ("s1.***", "share/bad-base64"),
            (&link[..3 + (link.len() - 3) / 8 * 4], "share/bad-data"),
            (
                &link[..3 + (link.len() - 3) / 8 * 4 + 1],
                "share/bad-base64",
            ),
        ];
        for (fragment, code) in cases {
            assert_eq!(decode(fragment).unwrap_err().code, code, "{fragment}");
        }
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 8 << 20], 9);
        let bomb_link = format!("s1.{}", URL_SAFE_NO_PAD.encode(bomb));
        assert!(bomb_link.len() < MAX_LINK_CHARS);
        assert_eq!(decode(&bomb_link).unwrap_err().code, "share/too-large");
        let huge = format!("s1.{}", "A".repeat(MAX_LINK_CHARS + 1));
        assert_eq!(decode(&huge).unwrap_err().code, "share/too-long");
        let not_workspace = format!(
            "s1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"[1,2]", 9))
        );
        assert_eq!(decode(&not_workspace).unwrap_err().code, "share/bad-data");
        assert_eq!(
            decode("#hello").unwrap_err().to_string(),
            "this is not a playground link: it should start with #s1."
        );
    }

    /// One sample per reason; the `match` names every variant, so a new one needs a sample to compile.
    #[test]
    fn every_share_problem_is_worded_in_every_locale() {
        use crate::i18n::{en, zh_cn};
        use ShareProblem as P;
        let samples = [
            P::TooLong {
                length: 262_145,
                limit: 262_144,
            },
            P::NewerVersion {
                version: "s7".into(),
            },
            P::NotALink,
            P::BadBase64,
            P::TooLarge { limit: 1_048_577 },
            P::CorruptData,
            P::NotText,
            P::NotAWorkspace,
            P::WrongPayloadVersion,
            P::StateTooLarge { limit: 1_048_579 },
            P::StateNotAnObject,
            P::PolicyWithoutText,
            P::MalformedPolicies,
            P::MalformedCases,
            P::UnknownKind { name: "rcp".into() },
            P::UnknownNode {
                name: "ou-7".into(),
            },
        ];
        for sample in &samples {
            let parameters = match sample {
                P::TooLong { length, limit } => vec![length.to_string(), limit.to_string()],
                P::NewerVersion { version } => vec![version.clone()],
                P::TooLarge { limit } | P::StateTooLarge { limit } => vec![limit.to_string()],
                P::UnknownKind { name } | P::UnknownNode { name } => vec![name.clone()],
                P::NotALink
                | P::BadBase64
                | P::CorruptData
                | P::NotText
                | P::NotAWorkspace
                | P::WrongPayloadVersion
                | P::StateNotAnObject
                | P::PolicyWithoutText
                | P::MalformedPolicies
                | P::MalformedCases => Vec::new(),
            };
            let words = [
                en::request::share_problem(sample),
                zh_cn::request::share_problem(sample),
            ];
            for sentence in &words {
                assert!(!sentence.is_empty(), "{sample:?}");
                for parameter in &parameters {
                    assert!(
                        sentence.contains(parameter.as_str()),
                        "{sample:?}: {sentence}"
                    );
                }
            }
            assert!(
                words[1]
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}",
                words[1]
            );
        }
    }
}
