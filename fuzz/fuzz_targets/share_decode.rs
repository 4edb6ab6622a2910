#![no_main]
//! Any fragment: decoded or refused with a message, within the size limits; encode → decode is the identity.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(shared) = cam_playground::share::decode(text) {
        let decision = shared.stamp.decision.parse().ok();
        let again = cam_playground::share::encode(&shared.workspace, &shared.view, decision);
        assert_eq!(cam_playground::share::decode(&again).map(|s| s.workspace), Ok(shared.workspace));
    }
    // Encoding compresses at level 9, the costly half of a run: the identity on arbitrary text is checked on a
    // prefix so the decoder (what sees strangers' links) gets most of the executions.
    let prefix = &text[..text.floor_char_boundary(512)];
    let workspace = cam_playground::workspace::Workspace {
        policies: vec![cam_playground::workspace::NamedPolicy { name: prefix.into(), text: prefix.into(), ..Default::default() }],
        boundary: vec![],
        request: prefix.into(),
        // Half the runs carry a pinned case: the `s2.` link.
        cases: if text.len() % 2 == 0 {
            vec![cam_playground::workspace::PinnedCase {
                name: prefix.into(),
                request: prefix.into(),
                expect: cam_playground::workspace::Expect::Deny,
                deciding: vec![prefix.into()],
                authoritative: Some(true),
            }]
        } else {
            vec![]
        },
        ..Default::default()
    };
    let link = cam_playground::share::encode(&workspace, &Default::default(), Some(cam_playground::eval::Decision::Allow));
    assert_eq!(cam_playground::share::decode(&link).map(|s| s.workspace), Ok(workspace));
});
