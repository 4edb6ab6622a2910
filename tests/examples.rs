//! Every gallery example decides what its description promises.

use cam_playground::catalog::Catalog;
use cam_playground::examples;

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
