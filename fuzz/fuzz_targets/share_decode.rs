#![no_main]
//! Any fragment: decoded or refused with a message, within the size limits; encode → decode is the identity.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(shared) = cam_playground::share::decode(text) {
        let again = cam_playground::share::encode(&shared.workspace, &shared.view, &shared.stamp.decision);
        assert_eq!(cam_playground::share::decode(&again).map(|s| s.workspace), Ok(shared.workspace));
    }
    let workspace = cam_playground::workspace::Workspace {
        policies: vec![cam_playground::workspace::NamedPolicy { name: text.into(), text: text.into() }],
        boundary: vec![],
        request: text.into(),
    };
    let link = cam_playground::share::encode(&workspace, &Default::default(), "allow");
    assert_eq!(cam_playground::share::decode(&link).map(|s| s.workspace), Ok(workspace));
});
