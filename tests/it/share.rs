//! Share links of the gallery stay short, round-trip exactly, and links made by this format version keep
//! opening in later versions (`tests/share/*.link` are frozen).

use cam_playground::catalog::Catalog;
use cam_playground::examples;
use cam_playground::share::{self, View};

#[test]
fn gallery_links_are_short_and_exact() {
    let mut sizes = Vec::new();
    for example in examples::gallery() {
        let workspace = example.workspace();
        let decision = workspace
            .run(Catalog::builtin())
            .evaluation
            .unwrap()
            .decision;
        let link = share::encode(&workspace, &View::default(), Some(decision));
        let json_size = workspace
            .policies
            .iter()
            .map(|p| p.text.len())
            .sum::<usize>()
            + workspace.request.len();
        sizes.push(format!(
            "{}: {} chars ({} bytes of text)",
            example.id,
            link.len(),
            json_size
        ));
        assert!(
            link.len() < 2000,
            "{}: {} characters",
            example.id,
            link.len()
        );
        let shared = share::decode(&link).unwrap();
        assert_eq!(shared.workspace, workspace);
        assert_eq!(shared.stamp.decision, decision.as_str());
        // What autosave writes (fastest compression) opens the same way.
        let saved = share::encode_quickly(&workspace, &View::default(), Some(decision));
        assert_eq!(share::decode(&saved).unwrap().workspace, workspace);
    }
    println!("share link sizes:\n  {}", sizes.join("\n  "));
}

#[test]
fn frozen_v1_links_still_open() {
    let link = include_str!("../share/v1-operation-level-trap.link").trim();
    let shared = share::decode(link).expect("a v1 link made by 0.1.0 opens");
    let example = examples::gallery()
        .iter()
        .find(|e| e.id == "operation-level-trap")
        .unwrap();
    assert_eq!(shared.workspace, example.workspace());
    assert_eq!(shared.stamp.engine, "0.1.0");
    assert_eq!(shared.stamp.decision, "implicit_deny");
}

/// Makes the frozen fixture of the current format: `cargo test --test it share:: -- --ignored`, once per new format
/// version. Never regenerate the fixture of an old version: it is what old links look like.
#[test]
#[ignore]
fn write_fixture() {
    let example = examples::gallery()
        .iter()
        .find(|e| e.id == "operation-level-trap")
        .unwrap();
    let link = share::encode(
        &example.workspace(),
        &View::default(),
        Some(cam_playground::eval::Decision::ImplicitDeny),
    );
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/share/v1-operation-level-trap.link"
    );
    std::fs::write(path, format!("{link}\n")).unwrap();
}
