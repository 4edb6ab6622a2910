//! Each action of the session, natively: what it changes, and what it leaves.

use super::*;
use crate::analysis::FixText;
use crate::request::ErrorFacts;
use crate::share::View;
use crate::workspace::{Expect, PinnedCase};

const GRANT: &str = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:*"], "resource": ["*"]}]}"#;
const REQUEST: &str =
    r#"{"action": "ccc:DescribeStaffInfoList", "params": {"SdkAppId": 1400000000}}"#;

fn policy(name: &str, text: &str) -> NamedPolicy {
    NamedPolicy {
        name: name.into(),
        text: text.into(),
        ..Default::default()
    }
}

fn tab(source: PolicyKind, index: usize) -> Tab {
    Tab { source, index }
}

/// Two identity policies and a boundary, not a gallery example.
fn workspace() -> Workspace {
    Workspace {
        policies: vec![policy("policy-1", GRANT), policy("admins", GRANT)],
        boundary: vec![policy("boundary-1", GRANT)],
        request: REQUEST.into(),
        ..Default::default()
    }
}

fn start() -> Session {
    Session::from_workspace(workspace(), Theme::Dark)
}

fn after(state: &Session, actions: impl IntoIterator<Item = Action>) -> Session {
    actions
        .into_iter()
        .fold(state.clone(), |state, action| state.reduce(action))
}

fn stamp() -> Stamp {
    Stamp {
        engine: "e".into(),
        catalog: "c".into(),
        decision: "allow".into(),
    }
}

/// A session opened from a link, with a change that can be undone.
fn linked_with_undo() -> Session {
    let mut state = start();
    state.link_stamp = Some(stamp());
    state.undo = Some(Undo {
        done: Done::ClearedPolicies,
        before: Workspace::default(),
        tab: Tab::default(),
        serial: 1,
    });
    state
}

fn request_edit() -> Action {
    Action::EditRequestField(RequestEdit::Action("ccc:CreateStaff".into()))
}

#[test]
fn an_edit_forgets_the_link_and_the_undo_other_actions_keep_them() {
    let edits = [
        Action::EditPolicy {
            tab: Tab::default(),
            text: GRANT.into(),
        },
        Action::EditRequest(REQUEST.into()),
        request_edit(),
        Action::Format(Tab::default()),
    ];
    for action in edits {
        let name = format!("{action:?}");
        let next = linked_with_undo().reduce(action);
        assert_eq!(next.link_stamp, None, "{name}");
        assert_eq!(next.undo, None, "{name}");
    }
    let others = [
        Action::SelectTab(tab(PolicyKind::Boundary, 0)),
        Action::SetTheme(Theme::Light),
        Action::SetRawRequest(true),
        Action::Banner(None),
        Action::RenameTab {
            tab: Tab::default(),
            name: "x".into(),
        },
        Action::Focus {
            focus: None,
            reveal: true,
        },
    ];
    for action in others {
        let name = format!("{action:?}");
        let next = linked_with_undo().reduce(action);
        assert_eq!(next.link_stamp, Some(stamp()), "{name}");
        assert!(next.undo.is_some(), "{name}");
    }
}

#[test]
fn a_notice_lasts_one_action() {
    let mut state = start();
    state.policies_mut(PolicyKind::Identity)[0].text = "{".into();
    let failed = state.reduce(Action::Format(Tab::default()));
    assert_eq!(failed.notice, Some(Label::FormatFailed));
    assert_eq!(failed.policies(PolicyKind::Identity)[0].text, "{");
    assert_eq!(
        failed
            .reduce(Action::SelectTab(tab(PolicyKind::Boundary, 0)))
            .notice,
        None
    );
}

#[test]
fn format_writes_the_formatted_text() {
    let next = start().reduce(Action::Format(tab(PolicyKind::Boundary, 0)));
    assert_eq!(
        next.policies(PolicyKind::Boundary)[0].text,
        json::format(GRANT).unwrap()
    );
    assert_eq!(next.notice, None);
    // A tab that does not exist: nothing happens.
    let missing = start().reduce(Action::Format(tab(PolicyKind::Scp, 3)));
    assert_eq!(missing.workspace, workspace());
}

#[test]
fn editing_a_policy_sets_its_text_and_drops_the_focus() {
    let mut state = start();
    state.focus = Some(Focus {
        tab: Tab::default(),
        statement: Span::default(),
        element: None,
    });
    let next = state.reduce(Action::EditPolicy {
        tab: tab(PolicyKind::Identity, 1),
        text: "{}".into(),
    });
    assert_eq!(next.policies(PolicyKind::Identity)[1].text, "{}");
    assert_eq!(next.focus, None);
    assert_eq!(next.inferred, None);
    assert_eq!(next.tab, Tab::default());
}

#[test]
fn rule_k1_a_trust_or_bucket_shape_moves_an_identity_policy_unless_its_kind_was_chosen() {
    // (policy edited, new text, kind it ends in, its name there)
    let cases = [
        (0, BLANK_TRUST, PolicyKind::Trust, "trust-1"),
        (0, BLANK_BUCKET, PolicyKind::Bucket, "bucket-1"),
        (1, BLANK_TRUST, PolicyKind::Trust, "admins"),
    ];
    for (index, text, kind, name) in cases {
        let next = start().reduce(Action::EditPolicy {
            tab: tab(PolicyKind::Identity, index),
            text: text.into(),
        });
        let moved = tab(kind, 0);
        assert_eq!(next.tab, moved, "{name}");
        assert_eq!(next.inferred, Some(moved), "{name}");
        assert_eq!(next.policies(kind)[0].name, name);
        assert_eq!(next.policies(kind)[0].text, text);
        assert_eq!(next.policies(PolicyKind::Identity).len(), 1);
    }
    // A kind the user chose stays.
    let mut chosen = start();
    chosen.chosen.push(Tab::default());
    let next = chosen.reduce(Action::EditPolicy {
        tab: Tab::default(),
        text: BLANK_TRUST.into(),
    });
    assert_eq!(next.policies(PolicyKind::Identity)[0].text, BLANK_TRUST);
    assert!(next.policies(PolicyKind::Trust).is_empty());
    assert_eq!(next.inferred, None);
}

#[test]
fn setting_a_kind_moves_the_tab_renames_an_automatic_name_and_remembers_the_choice() {
    // (policy, kind, its name there)
    let cases = [
        (0, PolicyKind::Bucket, "bucket-1"),
        (0, PolicyKind::Scp, "scp-1"),
        (1, PolicyKind::Trust, "admins"),
    ];
    for (index, kind, name) in cases {
        let mut state = start();
        state.inferred = Some(tab(PolicyKind::Identity, 1));
        let next = state.reduce(Action::SetKind {
            tab: tab(PolicyKind::Identity, index),
            kind,
        });
        assert_eq!(next.tab, tab(kind, 0));
        assert_eq!(next.policies(kind)[0].name, name);
        assert_eq!(next.chosen, [tab(kind, 0)]);
        assert_eq!(next.inferred, None);
    }
    // Names that only look automatic stay.
    for name in ["policy-", "policy-1a", "boundary-1"] {
        let mut state = start();
        state.policies_mut(PolicyKind::Identity)[0].name = name.into();
        let next = state.reduce(Action::SetKind {
            tab: Tab::default(),
            kind: PolicyKind::Trust,
        });
        assert_eq!(next.policies(PolicyKind::Trust)[0].name, name);
    }
    // Its own kind, or a tab that does not exist: nothing moves and nothing is remembered.
    for tab in [Tab::default(), tab(PolicyKind::Identity, 7)] {
        let next = start().reduce(Action::SetKind {
            tab,
            kind: tab.source,
        });
        assert_eq!(next, start());
        let next = start().reduce(Action::SetKind {
            tab,
            kind: PolicyKind::Session,
        });
        assert_eq!(next.chosen.len(), usize::from(tab.index == 0));
    }
}

#[test]
fn a_scp_is_bound_to_a_node() {
    let mut state = start();
    state.workspace.scp.push(policy("scp-1", GRANT));
    let node = ScpNode::Department("finance".into());
    let next = state.reduce(Action::SetScpNode {
        tab: tab(PolicyKind::Scp, 0),
        node: node.clone(),
    });
    assert_eq!(next.policies(PolicyKind::Scp)[0].node, node);
}

#[test]
fn the_request_is_edited_as_text_or_through_the_form() {
    let next = start().reduce(Action::EditRequest("{".into()));
    assert_eq!(next.workspace.request, "{");
    let next = start().reduce(request_edit());
    let request = read_request(&next.workspace.request).unwrap();
    assert_eq!(request.action, "ccc:CreateStaff");
    assert_eq!(request.params["SdkAppId"], serde_json::json!(1400000000));
    assert!(!next.raw_request);
    assert_eq!(next.undo, None);
    // A request the form cannot read is left as it is, and shown as JSON.
    let unreadable = start()
        .reduce(Action::EditRequest("{".into()))
        .reduce(request_edit());
    assert_eq!(unreadable.workspace.request, "{");
    assert!(unreadable.raw_request);
}

#[test]
fn a_pasted_error_fills_the_request_and_can_be_undone() {
    let facts = ErrorFacts {
        action: "ccc:DeleteCCCSkillGroup".into(),
        resource: Some("qcs::ccc::uin/100000000001:SdkAppId/1400000001".into()),
        owner_uin: Some("100000000001".into()),
    };
    let state = start();
    let next = state.reduce(Action::EditRequestField(RequestEdit::FromError(facts)));
    assert_eq!(
        read_request(&next.workspace.request).unwrap().action,
        "ccc:DeleteCCCSkillGroup"
    );
    let undo = next.undo.clone().expect("undoable");
    assert_eq!(
        undo.done,
        Done::Filled {
            action: "ccc:DeleteCCCSkillGroup".into(),
            id: Some(("SdkAppId".into(), "1400000001".into())),
            owner_uin: Some("100000000001".into()),
        }
    );
    assert_eq!(undo.before, state.workspace);
    assert_eq!(undo.serial, 1);
    assert_eq!(next.reduce(Action::Undo).workspace, state.workspace);
}

#[test]
fn loading_an_example_replaces_the_workspace_and_can_be_undone() {
    let example = &examples::gallery()[1];
    let mut state = start();
    state.tab = tab(PolicyKind::Boundary, 0);
    let next = state.reduce(Action::LoadExample(example.id.clone()));
    assert_eq!(next.workspace, example.workspace());
    assert_eq!(next.example, example.id);
    assert_eq!(next.theme, Theme::Dark);
    assert_eq!(next.tab, Tab::default());
    assert_eq!(next.current_example().map(|e| &e.id), Some(&example.id));
    let undo = next.undo.clone().unwrap();
    assert_eq!(
        undo.done,
        Done::LoadedExample {
            id: example.id.clone()
        }
    );
    let back = next.reduce(Action::Undo);
    assert_eq!(back.workspace, workspace());
    assert_eq!(back.tab, tab(PolicyKind::Boundary, 0));
    assert_eq!(back.undo, None);
    // An unknown example changes nothing.
    assert_eq!(start().reduce(Action::LoadExample("nope".into())), start());
}

#[test]
fn the_current_example_is_the_loaded_one_until_it_is_edited() {
    let example = examples::default_example();
    let state = Session::from_example(example, Theme::Auto);
    assert_eq!(state.current_example().map(|e| &e.id), Some(&example.id));
    let edited = state.reduce(Action::EditRequest("{}".into()));
    assert!(edited.current_example().is_none());
    assert!(start().current_example().is_none());
}

#[test]
fn selecting_a_tab_drops_the_focus() {
    let mut state = start();
    state.focus = Some(Focus {
        tab: Tab::default(),
        statement: Span::default(),
        element: None,
    });
    let next = state.reduce(Action::SelectTab(tab(PolicyKind::Boundary, 0)));
    assert_eq!(next.tab, tab(PolicyKind::Boundary, 0));
    assert_eq!(next.focus, None);
}

#[test]
fn a_new_tab_of_each_kind_is_named_after_it_holds_its_blank_text_and_opens() {
    for kind in PolicyKind::ALL {
        let before = start().policies(kind).len();
        let next = start().reduce(Action::AddPolicy(kind));
        let added = next.policies(kind).last().unwrap();
        assert_eq!(added.name, format!("{}-{}", kind.as_str(), before + 1));
        let text = match kind {
            PolicyKind::Trust => BLANK_TRUST,
            PolicyKind::Bucket => BLANK_BUCKET,
            _ => BLANK_POLICY,
        };
        assert_eq!(added.text, text, "{kind:?}");
        assert_eq!(added.node, ScpNode::Account);
        assert_eq!(next.tab, tab(kind, before));
    }
}

#[test]
fn removing_a_tab_opens_the_first_left_and_can_be_undone() {
    // (removed, tab opened after)
    let cases = [
        (tab(PolicyKind::Identity, 1), tab(PolicyKind::Identity, 0)),
        (tab(PolicyKind::Boundary, 0), tab(PolicyKind::Identity, 0)),
    ];
    for (removed, opened) in cases {
        let mut state = start();
        state.tab = removed;
        let next = state.reduce(Action::RemoveTab(removed));
        assert_eq!(next.tab, opened);
        let name = state.policies(removed.source)[removed.index].name.clone();
        let undo = next.undo.clone().unwrap();
        assert_eq!(
            undo.done,
            Done::RemovedTab {
                source: removed.source,
                name
            }
        );
        let back = next.reduce(Action::Undo);
        assert_eq!(back.workspace, workspace());
        assert_eq!(back.tab, removed);
    }
    // With no identity policy left, the first tab of another kind opens; with none at all, the first identity tab.
    let next = after(
        &start(),
        [
            Action::RemoveTab(Tab::default()),
            Action::RemoveTab(Tab::default()),
        ],
    );
    assert_eq!(next.tab, tab(PolicyKind::Boundary, 0));
    let empty = next.reduce(Action::RemoveTab(tab(PolicyKind::Boundary, 0)));
    assert_eq!(empty.tab, Tab::default());
    // A tab that does not exist removes nothing and offers no undo.
    let next = start().reduce(Action::RemoveTab(tab(PolicyKind::Identity, 9)));
    assert_eq!(next.workspace, workspace());
    assert_eq!(next.undo, None);
}

#[test]
fn removing_a_tab_moves_the_remembered_tabs_after_it_up_and_forgets_it() {
    let mut state = start();
    state.workspace.trust = vec![policy("a", BLANK_TRUST), policy("b", BLANK_TRUST)];
    state.chosen = vec![tab(PolicyKind::Trust, 0), tab(PolicyKind::Trust, 1)];
    state.inferred = Some(tab(PolicyKind::Trust, 1));
    let next = state.reduce(Action::RemoveTab(tab(PolicyKind::Trust, 0)));
    assert_eq!(next.chosen, [tab(PolicyKind::Trust, 0)]);
    assert_eq!(next.inferred, Some(tab(PolicyKind::Trust, 0)));
    let next = next.reduce(Action::RemoveTab(tab(PolicyKind::Trust, 0)));
    assert!(next.chosen.is_empty());
    assert_eq!(next.inferred, None);
}

#[test]
fn a_tab_is_renamed_to_its_trimmed_name_and_never_to_nothing() {
    // (typed, name after)
    let cases = [
        ("  readers ", "readers"),
        ("读者", "读者"),
        ("   ", "admins"),
        ("", "admins"),
    ];
    for (typed, name) in cases {
        let next = start().reduce(Action::RenameTab {
            tab: tab(PolicyKind::Identity, 1),
            name: typed.into(),
        });
        assert_eq!(
            next.policies(PolicyKind::Identity)[1].name,
            name,
            "{typed:?}"
        );
    }
}

#[test]
fn a_focus_opens_its_tab_and_a_click_asks_the_editor_to_reveal_it() {
    let focus = Focus {
        tab: tab(PolicyKind::Boundary, 0),
        statement: Span::default(),
        element: None,
    };
    // (focus, reveal, tab after, reveal count after)
    let cases = [
        (Some(focus), false, focus.tab, 0),
        (Some(focus), true, focus.tab, 1),
        (None, true, Tab::default(), 1),
        (None, false, Tab::default(), 0),
    ];
    for (focus, reveal, tab, revealed) in cases {
        let next = start().reduce(Action::Focus { focus, reveal });
        assert_eq!(next.focus, focus);
        assert_eq!(next.tab, tab);
        assert_eq!(next.reveal, revealed);
    }
}

#[test]
fn the_request_view_and_the_theme_are_set() {
    assert!(start().reduce(Action::SetRawRequest(true)).raw_request);
    assert!(
        !start()
            .reduce(Action::SetRawRequest(true))
            .reduce(Action::SetRawRequest(false))
            .raw_request
    );
    for theme in Theme::ALL {
        assert_eq!(start().reduce(Action::SetTheme(theme)).theme, theme);
    }
}

#[test]
fn themes_are_named_once_and_cycle() {
    for theme in Theme::ALL {
        assert_eq!(theme.as_str().parse(), Ok(theme));
    }
    assert_eq!("Dark".parse::<Theme>(), Err(()));
    assert_eq!(Theme::Auto.next(), Theme::Light);
    assert_eq!(Theme::Light.next(), Theme::Dark);
    assert_eq!(Theme::Dark.next(), Theme::Auto);
    assert_eq!(Label::from(Theme::Light), Label::ThemeLight);
}

fn shared() -> Shared {
    Shared {
        workspace: Workspace {
            policies: vec![policy("shared", GRANT)],
            request: REQUEST.into(),
            ..Default::default()
        },
        view: View {
            tab: Tab::default(),
            raw_request: true,
        },
        stamp: stamp(),
    }
}

#[test]
fn a_link_opens_its_workspace_and_view_offering_back_the_displaced_work() {
    let mut state = start();
    state.undo = linked_with_undo().undo;
    let next = state.reduce(Action::OpenShared {
        shared: Box::new(shared()),
        displaced: Some(workspace()),
    });
    assert_eq!(next.workspace, shared().workspace);
    assert!(next.raw_request);
    assert_eq!(next.link_stamp, Some(stamp()));
    assert_eq!(next.banner, Some(Banner::Restore(workspace())));
    assert_eq!(next.theme, Theme::Dark);
    assert_eq!(next.undo, None);
    assert_eq!(next.example, "");
    let next = start().reduce(Action::OpenShared {
        shared: Box::new(shared()),
        displaced: None,
    });
    assert_eq!(next.banner, None);
}

#[test]
fn a_link_opens_its_tab_only_when_it_exists() {
    for (index, opened) in [(0, PolicyKind::Boundary), (1, PolicyKind::Identity)] {
        let mut shared = shared();
        shared.workspace.boundary = vec![policy("b", GRANT)];
        shared.view.tab = tab(PolicyKind::Boundary, index);
        let state = Session::from_shared(shared, Theme::Auto);
        assert_eq!(state.tab, tab(opened, 0));
        assert_eq!(
            state.view(),
            View {
                tab: state.tab,
                raw_request: true
            }
        );
    }
}

#[test]
fn banners_are_set_and_cleared() {
    let banner = Banner::Copied {
        label: Label::CopyLink,
        text: "x".into(),
    };
    let next = start().reduce(Action::Banner(Some(banner.clone())));
    assert_eq!(next.banner, Some(banner));
    assert_eq!(next.reduce(Action::Banner(None)).banner, None);
}

#[test]
fn a_fix_keeps_the_view_and_can_be_undone_when_it_says_what_it_did() {
    let mut fixed = workspace();
    fixed.policies[0].text = "{}".into();
    let fix = Done::Fix {
        fix: FixText::RemoveDeny {
            source: PolicyKind::Identity,
            policy: 0,
            statement: 0,
        },
    };
    let mut state = linked_with_undo();
    state.tab = tab(PolicyKind::Boundary, 0);
    let next = state.reduce(Action::ApplyFix(fixed.clone(), Some(fix.clone())));
    assert_eq!(next.workspace, fixed);
    assert_eq!(next.tab, tab(PolicyKind::Boundary, 0));
    assert_eq!(next.link_stamp, None);
    let undo = next.undo.clone().unwrap();
    assert_eq!((undo.done, undo.serial), (fix, 2));
    assert_eq!(next.reduce(Action::Undo).workspace, workspace());
    let next = state.reduce(Action::ApplyFix(fixed, None));
    assert_eq!(next.undo, None);
}

#[test]
fn an_import_replaces_tabs_and_cases_opens_the_first_tab_and_can_be_undone() {
    let case = PinnedCase {
        name: "c".into(),
        request: REQUEST.into(),
        expect: Expect::Allow,
        deciding: Vec::new(),
        authoritative: None,
    };
    let imported = Workspace {
        trust: vec![policy("t", BLANK_TRUST)],
        request: REQUEST.into(),
        cases: vec![case.clone(), case],
        ..Default::default()
    };
    let mut state = linked_with_undo();
    state.tab = tab(PolicyKind::Identity, 1);
    let next = state.reduce(Action::Import(imported.clone()));
    assert_eq!(next.workspace, imported);
    assert_eq!(next.tab, tab(PolicyKind::Trust, 0));
    assert_eq!(next.link_stamp, None);
    assert_eq!(next.undo.clone().unwrap().done, Done::Imported { cases: 2 });
    let back = next.reduce(Action::Undo);
    assert_eq!(back.workspace, workspace());
    assert_eq!(back.tab, tab(PolicyKind::Identity, 1));
    // A file without policies keeps the tab open.
    let next = state.reduce(Action::Import(Workspace::default()));
    assert_eq!(next.tab, tab(PolicyKind::Identity, 1));
}

#[test]
fn undo_without_a_change_does_nothing_and_serials_count_changes() {
    assert_eq!(start().reduce(Action::Undo), start());
    let next = after(
        &start(),
        [Action::ClearPolicies, Action::RemoveTab(Tab::default())],
    );
    assert_eq!(next.undo.as_ref().unwrap().serial, 2);
}

#[test]
fn clearing_leaves_one_empty_policy_and_no_boundary() {
    let mut state = start();
    state.workspace.trust = vec![policy("t", BLANK_TRUST)];
    state.tab = tab(PolicyKind::Trust, 0);
    let next = state.reduce(Action::ClearPolicies);
    assert_eq!(next.workspace.policies, [policy("policy-1", BLANK_POLICY)]);
    assert!(next.workspace.boundary.is_empty());
    assert_eq!(next.workspace.trust, state.workspace.trust);
    assert_eq!(next.workspace.request, REQUEST);
    assert_eq!(next.tab, Tab::default());
    assert_eq!(next.undo.clone().unwrap().done, Done::ClearedPolicies);
    assert_eq!(next.reduce(Action::Undo).workspace, state.workspace);
}

#[test]
fn restore_and_new_start_over_keeping_only_the_theme() {
    let mut state = linked_with_undo();
    state.banner = Some(Banner::RestoreAfterNew(workspace()));
    state.raw_request = true;
    state.tab = tab(PolicyKind::Boundary, 0);
    let restored = state.reduce(Action::Restore(shared().workspace));
    assert_eq!(
        restored,
        Session::from_workspace(shared().workspace, Theme::Dark)
    );
    let new = state.reduce(Action::New);
    assert_eq!(new.workspace.policies, [policy("policy-1", BLANK_POLICY)]);
    assert!(new.workspace.boundary.is_empty());
    assert_eq!(new.workspace.request, NEW_REQUEST);
    assert_eq!(
        (new.tab, new.banner, new.undo, new.raw_request, new.theme),
        (Tab::default(), None, None, false, Theme::Dark)
    );
    assert!(read_request(NEW_REQUEST).is_some());
    // Each blank text reads as its own kind (rule K1 leaves it there).
    for (text, kind) in [
        (BLANK_POLICY, PolicyKind::Identity),
        (BLANK_TRUST, PolicyKind::Trust),
        (BLANK_BUCKET, PolicyKind::Bucket),
    ] {
        assert_eq!(crate::policy::infer_kind(text), kind);
    }
}

#[test]
fn a_link_displaces_only_work_that_would_be_lost() {
    let link = crate::share::encode(&shared().workspace, &shared().view, None);
    let example = examples::default_example().workspace();
    // (current, embedded, displaced)
    let cases = [
        (Some(workspace()), false, Some(workspace())),
        (Some(workspace()), true, None),
        (Some(shared().workspace), false, None),
        (Some(example), false, None),
        (None, false, None),
    ];
    for (current, embedded, displaced) in cases {
        match open_link(&link, current.as_ref(), embedded) {
            Action::OpenShared {
                shared: opened,
                displaced: d,
            } => {
                assert_eq!(opened.workspace, shared().workspace);
                assert_eq!(d, displaced);
            }
            other => panic!("{other:?}"),
        }
    }
    let Action::Banner(Some(Banner::LinkError(_))) = open_link("s1.@@@", None, false) else {
        panic!("an unreadable link gives a banner");
    };
}

#[test]
fn at_start_a_link_wins_then_the_saved_work_then_the_default_example() {
    let none = || None::<Workspace>;
    let default = Session::at_start(Theme::Light, None, None, none, false);
    assert_eq!(
        default,
        Session::from_example(examples::default_example(), Theme::Light)
    );
    let saved = Session::at_start(Theme::Light, Some(workspace()), None, none, false);
    assert_eq!(saved, Session::from_workspace(workspace(), Theme::Light));
    let link = || {
        Some(Action::OpenShared {
            shared: Box::new(shared()),
            displaced: None,
        })
    };
    // The work an earlier link displaced is offered back, outside an embed.
    let previous = || Some(workspace());
    let linked = Session::at_start(Theme::Light, Some(workspace()), link(), previous, false);
    assert_eq!(linked.workspace, shared().workspace);
    assert_eq!(linked.banner, Some(Banner::Restore(workspace())));
    let embedded = Session::at_start(
        Theme::Light,
        None,
        link(),
        || -> Option<Workspace> { panic!("an embed reads no earlier work") },
        true,
    );
    assert_eq!(embedded.banner, None);
    assert!(embedded.raw_request);
    assert!(Session::at_start(Theme::Light, None, None, none, true).raw_request);
    // A link that cannot be read keeps the saved work and says why.
    let banner = Banner::LinkError(crate::share::decode("s1.@@@").unwrap_err().problem);
    let kept = Session::at_start(
        Theme::Light,
        Some(workspace()),
        Some(Action::Banner(Some(banner.clone()))),
        none,
        false,
    );
    assert_eq!(kept.workspace, workspace());
    assert_eq!(kept.banner, Some(banner));
}

#[test]
fn a_generated_policy_is_added_opened_and_can_be_undone() {
    let mut state = linked_with_undo();
    state.tab = tab(PolicyKind::Boundary, 0);
    let next = state.reduce(Action::AddGenerated(GRANT.into()));
    assert_eq!(
        next.policies(PolicyKind::Identity)[2],
        policy("generated-3", GRANT)
    );
    assert_eq!(next.tab, tab(PolicyKind::Identity, 2));
    assert_eq!(next.link_stamp, None);
    let undo = next.undo.clone().unwrap();
    assert_eq!(
        (undo.done, undo.serial),
        (
            Done::AddedPolicy {
                name: "generated-3".into()
            },
            2
        )
    );
    let back = next.reduce(Action::Undo);
    assert_eq!(back.workspace, workspace());
    assert_eq!(back.tab, tab(PolicyKind::Boundary, 0));
}

#[test]
fn tabs_are_listed_kind_by_kind() {
    let mut state = start();
    state.workspace.trust.push(policy("t", BLANK_TRUST));
    let tabs: Vec<(Tab, &str)> = state.tabs().map(|(t, p)| (t, p.name.as_str())).collect();
    assert_eq!(
        tabs,
        [
            (tab(PolicyKind::Identity, 0), "policy-1"),
            (tab(PolicyKind::Identity, 1), "admins"),
            (tab(PolicyKind::Boundary, 0), "boundary-1"),
            (tab(PolicyKind::Trust, 0), "t"),
        ]
    );
}
