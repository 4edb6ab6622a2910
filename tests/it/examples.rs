//! Every gallery example decides what its description promises.

use cam_playground::catalog::Catalog;
use cam_playground::examples;
use cam_playground::policy_kind::ScpNode;

#[test]
fn gallery_examples_decide_as_promised() {
    let gallery = examples::gallery();
    assert!(gallery.len() >= 8);
    for example in gallery {
        let result = example.workspace().run(Catalog::builtin());
        let errors: Vec<_> = result
            .policies
            .iter()
            .chain(&result.boundary)
            .flat_map(|p| p.errors())
            .chain(result.request.diagnostics.iter().filter(|d| d.is_error()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", example.id);
        let evaluation = result
            .evaluation
            .unwrap_or_else(|| panic!("{} is not evaluated", example.id));
        assert_eq!(evaluation.decision, example.expect, "{}", example.id);
    }
    let mut ids: Vec<_> = gallery.iter().map(|e| &e.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), gallery.len(), "example ids are unique");
    assert_eq!(examples::default_example().id, "operation-level-trap");
    // The organization's SCP is bound to its root node, and decides there (rule O2).
    let scp = gallery
        .iter()
        .find(|e| e.id == "scp-blocks-deletes")
        .unwrap();
    let workspace = scp.workspace();
    assert_eq!(workspace.scp[0].node, ScpNode::Root);
    let evaluation = workspace.run(Catalog::builtin()).evaluation.unwrap();
    assert_eq!(evaluation.scp_node, Some(ScpNode::Root));
}

#[test]
fn gallery_texts_are_formatted_for_the_editor() {
    let workspace = examples::default_example().workspace();
    assert!(
        workspace.policies[0]
            .text
            .starts_with("{\n  \"version\": \"2.0\",\n  \"statement\": [\n"),
        "{}",
        workspace.policies[0].text
    );
    assert!(
        workspace.request.starts_with("{\n  \"action\": "),
        "{}",
        workspace.request
    );
}

/// Issue 26's "done when": every example of Tencent's pages on the kinds of document, pasted as it is, gets the
/// kind its shape says and no false refusal (`tests/fixtures/tencent-kinds/MANIFEST.tsv`).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn tencent_examples_of_every_kind_read_as_their_kind_without_a_false_refusal() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tencent-kinds");
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.tsv")).unwrap();
    let mut checked = 0;
    for row in manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let [file, kind, refused, code] = row.split('\t').collect::<Vec<_>>()[..] else {
            panic!("MANIFEST.tsv: {row}");
        };
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let inferred = cam_playground::infer_kind(&text);
        assert_eq!(inferred.as_str(), kind, "{file}");
        let parsed = cam_playground::parse_policy_as(&text, inferred, Catalog::builtin());
        let findings = cam_playground::lint::findings(&parsed, Catalog::builtin());
        let refusals: Vec<&str> = findings.iter().filter_map(|d| d.cam_error).collect();
        assert_eq!(
            refused == "yes",
            !refusals.is_empty(),
            "{file}: {refusals:?}"
        );
        if code != "-" {
            assert!(findings.iter().any(|d| d.code == code), "{file}: no {code}");
        }
        checked += 1;
    }
    let jsons = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        })
        .count();
    assert_eq!(checked, jsons, "every example is in MANIFEST.tsv");
}
