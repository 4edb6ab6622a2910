//! The playground's session: the workspace the user edits plus the view state around it (the open tab, the
//! focused statement, banners, the change that can be undone), and the actions that change it. `Session::reduce`
//! is the whole state machine, pure and tested natively; the web keeps only `impl Reducible` (a newtype over
//! `Session`) and what needs the browser (storage, timers, the DOM). The workspace texts are the single source
//! of truth: the request form edits the request text through `form::apply`.

use crate::analysis::Done;
use crate::examples::{self, Example};
use crate::json::{self, Span};
use crate::policy::PolicyKind;
use crate::policy_kind::ScpNode;
use crate::request::read_request;
use crate::share::{Shared, Stamp};
use crate::vocabulary::Label;
use crate::workspace::{NamedPolicy, Workspace};

pub use crate::form::RequestEdit;
pub use crate::workspace::Tab;

/// The part of a policy a reasoning step is about, shown highlighted in the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Focus {
    pub tab: Tab,
    pub statement: Span,
    pub element: Option<Span>,
}

/// The page's colours: the system's, or a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The theme the top bar's button switches to: auto, light, dark, auto again.
    pub fn next(self) -> Theme {
        match self {
            Theme::Auto => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Auto,
        }
    }

    /// The name in `?theme=`, `setTheme`, `data-theme` and the saved choice.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl std::str::FromStr for Theme {
    type Err = ();
    fn from_str(name: &str) -> Result<Theme, ()> {
        Theme::ALL
            .into_iter()
            .find(|t| t.as_str() == name)
            .ok_or(())
    }
}

impl From<Theme> for Label {
    fn from(theme: Theme) -> Label {
        match theme {
            Theme::Auto => Label::ThemeAuto,
            Theme::Light => Label::ThemeLight,
            Theme::Dark => Label::ThemeDark,
        }
    }
}

/// The workspace and the view state around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub workspace: Workspace,
    /// The gallery example last loaded.
    pub example: String,
    pub tab: Tab,
    pub focus: Option<Focus>,
    /// Bumped to ask the editor to move its cursor to `focus` (a click, not a hover).
    pub reveal: u32,
    pub raw_request: bool,
    pub theme: Theme,
    pub notice: Option<Label>,
    pub banner: Option<Banner>,
    /// The stamp of the link the workspace was opened from, until the first edit.
    pub link_stamp: Option<Stamp>,
    /// The tab whose kind its text's shape just set (rule K1), for the line saying so.
    pub inferred: Option<Tab>,
    /// Tabs whose kind the user chose: their text's shape no longer changes it.
    pub chosen: Vec<Tab>,
    /// The last change that can be undone (a fix, a removed tab, an example, a pasted error), until the next edit.
    pub undo: Option<Undo>,
}

/// A change the status line offers to undo: what was done, and the workspace and tab before it.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub done: Done,
    pub before: Workspace,
    pub tab: Tab,
    /// Counts changes, so the status line takes the focus once per change.
    pub serial: u32,
}

/// A message above the panes about the workspace as a whole.
#[derive(Clone, Debug, PartialEq)]
pub enum Banner {
    /// A link could not be read; the workspace was kept.
    LinkError(crate::share::ShareProblem),
    /// A link replaced this workspace; one click brings it back.
    Restore(Workspace),
    /// "New" started a blank workspace; one click brings the previous one back.
    RestoreAfterNew(Workspace),
    /// Something was copied; `text` stays visible for copying by hand.
    Copied { label: Label, text: String },
}

/// What the user (or the page, for links and embeds) does to the session.
#[derive(Clone, Debug)]
pub enum Action {
    EditPolicy {
        tab: Tab,
        text: String,
    },
    EditRequest(String),
    EditRequestField(RequestEdit),
    LoadExample(String),
    SelectTab(Tab),
    AddPolicy(PolicyKind),
    RemoveTab(Tab),
    RenameTab {
        tab: Tab,
        name: String,
    },
    Format(Tab),
    Focus {
        focus: Option<Focus>,
        reveal: bool,
    },
    /// The user reads a policy as another kind: it moves to that kind's list and stays selected.
    SetKind {
        tab: Tab,
        kind: PolicyKind,
    },
    /// Binds an SCP to an organization node (rule O2).
    SetScpNode {
        tab: Tab,
        node: ScpNode,
    },
    SetRawRequest(bool),
    SetTheme(Theme),
    /// Opens a shared workspace; `displaced` is the work it replaces, offered back in a banner.
    OpenShared {
        shared: Box<Shared>,
        displaced: Option<Workspace>,
    },
    Banner(Option<Banner>),
    Restore(Workspace),
    /// A verified fix: the workspace with it applied, keeping the view; with what it did, it can be undone.
    ApplyFix(Workspace, Option<Done>),
    /// The generator's policy, added as a new identity policy (`generated-N`) and opened; it can be undone.
    AddGenerated(String),
    /// A test file imported into the Tests panel: its policies as the tabs, its cases pinned; the first tab opens.
    Import(Workspace),
    /// Back to the workspace before the last change that can be undone.
    Undo,
    /// Replaces the policies with one empty policy (after a pasted error: the user's own policies come next).
    ClearPolicies,
    New,
}

impl Session {
    pub fn from_example(example: &Example, theme: Theme) -> Self {
        Session {
            workspace: example.workspace(),
            example: example.id.clone(),
            tab: Tab {
                source: PolicyKind::Identity,
                index: 0,
            },
            focus: None,
            reveal: 0,
            raw_request: false,
            theme,
            notice: None,
            banner: None,
            link_stamp: None,
            inferred: None,
            chosen: Vec::new(),
            undo: None,
        }
    }

    pub fn from_workspace(workspace: Workspace, theme: Theme) -> Self {
        Session {
            workspace,
            example: String::new(),
            ..Session::from_example(examples::default_example(), theme)
        }
    }

    pub fn from_shared(shared: Shared, theme: Theme) -> Self {
        let mut state = Session::from_workspace(shared.workspace, theme);
        state.raw_request = shared.view.raw_request;
        // The tab that was open when the link was copied, when it exists.
        let tab = shared.view.tab;
        if tab.index < state.policies(tab.source).len() {
            state.tab = tab;
        }
        state.link_stamp = Some(shared.stamp);
        state
    }

    /// The view state a share link carries.
    pub fn view(&self) -> crate::share::View {
        crate::share::View {
            tab: self.tab,
            raw_request: self.raw_request,
        }
    }

    pub fn policies(&self, source: PolicyKind) -> &[NamedPolicy] {
        self.workspace.policies_in(source)
    }

    fn policies_mut(&mut self, source: PolicyKind) -> &mut Vec<NamedPolicy> {
        self.workspace.policies_in_mut(source)
    }

    /// Every tab, kind by kind in `PolicyKind::ALL`'s order, with its policy: the tab row's order.
    pub fn tabs(&self) -> impl Iterator<Item = (Tab, &NamedPolicy)> {
        PolicyKind::ALL.into_iter().flat_map(move |source| {
            self.policies(source)
                .iter()
                .enumerate()
                .map(move |(index, p)| (Tab { source, index }, p))
        })
    }

    /// A tab's policy, if the tab is there.
    pub fn policy(&self, tab: Tab) -> Option<&NamedPolicy> {
        self.policies(tab.source).get(tab.index)
    }

    pub fn active_policy(&self) -> Option<&NamedPolicy> {
        self.policy(self.tab)
    }

    /// The gallery example the workspace is, untouched: the one last loaded, while nothing has changed it.
    pub fn current_example(&self) -> Option<&'static Example> {
        examples::gallery()
            .iter()
            .find(|e| e.id == self.example)
            .filter(|e| e.is(&self.workspace))
    }

    /// Start-up: a link wins (`link`, from `open_link`), its banner offering back the work it displaced, else,
    /// outside an embed, `previous` (the work an earlier link displaced); otherwise the `saved` workspace;
    /// otherwise the default example. Embedded, the compact JSON view of the request fits a documentation page
    /// better than the form.
    pub fn at_start(
        theme: Theme,
        saved: Option<Workspace>,
        link: Option<Action>,
        previous: impl FnOnce() -> Option<Workspace>,
        embedded: bool,
    ) -> Session {
        let mut state = match saved {
            Some(workspace) => Session::from_workspace(workspace, theme),
            None => Session::from_example(examples::default_example(), theme),
        };
        match link {
            Some(Action::OpenShared { shared, displaced }) => {
                state = Session::from_shared(*shared, theme);
                state.banner = displaced
                    .or_else(|| (!embedded).then(previous).flatten())
                    .map(Banner::Restore);
            }
            Some(Action::Banner(banner)) => state.banner = banner,
            _ => {}
        }
        state.raw_request |= embedded;
        state
    }

    /// The tabs after `tab` left its list: the ones remembered move up, `tab` itself is forgotten.
    fn forget(&mut self, tab: Tab) {
        self.chosen = self
            .chosen
            .iter()
            .filter_map(|t| t.after_removal(tab))
            .collect();
        self.inferred = self.inferred.and_then(|t| t.after_removal(tab));
    }

    /// Moves a policy to another kind's list and selects it there; false when nothing moved.
    fn move_tab(&mut self, tab: Tab, kind: PolicyKind) -> bool {
        if tab.source == kind {
            return false;
        }
        let Some(moved) = self.workspace.move_to_kind(tab, kind) else {
            return false;
        };
        self.forget(tab);
        // A name the app gave (`policy-2`) follows the kind (`trust-1`); a name the user gave stays.
        if let Some(policy) = self.policies_mut(kind).get_mut(moved.index) {
            let automatic = policy
                .name
                .strip_prefix(tab.source.as_str())
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            if automatic {
                policy.name = format!("{}-{}", kind.as_str(), moved.index + 1);
            }
        }
        self.tab = moved;
        self.focus = None;
        true
    }

    /// The state after `action`: pure, from the action alone (the web takes performance marks where it dispatches
    /// edits, and does what needs the browser).
    pub fn reduce(&self, action: Action) -> Session {
        let mut next = self.clone();
        next.notice = None;
        let edits = matches!(
            action,
            Action::EditPolicy { .. }
                | Action::EditRequest(_)
                | Action::EditRequestField(_)
                | Action::Format(_)
        );
        if edits {
            next.link_stamp = None;
            next.undo = None;
        }
        let serial = self.undo.as_ref().map_or(0, |undo| undo.serial) + 1;
        let undo = |done: Done| {
            Some(Undo {
                done,
                before: self.workspace.clone(),
                tab: self.tab,
                serial,
            })
        };
        match action {
            Action::EditPolicy { tab, text } => {
                // Rule K1: an identity policy whose new text has a trust or bucket policy's shape becomes one,
                // unless the user chose its kind.
                let shape = (tab.source == PolicyKind::Identity && !next.chosen.contains(&tab))
                    .then(|| next.policies(tab.source).get(tab.index))
                    .flatten()
                    .and_then(|policy| crate::policy::kind_after_edit(&policy.text, &text));
                if let Some(policy) = next.policies_mut(tab.source).get_mut(tab.index) {
                    policy.text = text;
                }
                if let Some(kind) = shape {
                    next.move_tab(tab, kind);
                    next.inferred = Some(next.tab);
                }
                next.focus = None;
            }
            Action::SetKind { tab, kind } => {
                if next.move_tab(tab, kind) {
                    next.chosen.push(next.tab);
                    next.inferred = None;
                }
            }
            Action::SetScpNode { tab, node } => {
                if let Some(policy) = next.policies_mut(tab.source).get_mut(tab.index) {
                    policy.node = node;
                }
            }
            Action::EditRequest(text) => next.workspace.request = text,
            Action::EditRequestField(edit) => match read_request(&next.workspace.request) {
                Some(mut request) => {
                    if let RequestEdit::FromError(facts) = &edit {
                        let catalog = crate::catalog::Catalog::builtin();
                        next.undo = undo(Done::Filled {
                            action: facts.action.clone(),
                            id: facts.resource.as_deref().and_then(|r| {
                                let (param, id) = catalog.resource_id_of(r)?;
                                Some((param.to_string(), id.to_string()))
                            }),
                            owner_uin: facts.owner_uin.clone(),
                        });
                    }
                    crate::form::apply(&mut request, edit);
                    next.workspace.request = request.to_json_text();
                }
                None => next.raw_request = true,
            },
            Action::LoadExample(id) => {
                if let Some(example) = examples::gallery().iter().find(|e| e.id == id) {
                    next = Session::from_example(example, self.theme);
                    next.undo = undo(Done::LoadedExample {
                        id: example.id.clone(),
                    });
                }
            }
            Action::SelectTab(tab) => {
                next.tab = tab;
                next.focus = None;
            }
            Action::AddPolicy(source) => {
                let policies = next.policies_mut(source);
                let name = format!("{}-{}", source.as_str(), policies.len() + 1);
                let text = match source {
                    PolicyKind::Trust => BLANK_TRUST,
                    PolicyKind::Bucket => BLANK_BUCKET,
                    _ => BLANK_POLICY,
                };
                policies.push(NamedPolicy {
                    name,
                    text: text.to_string(),
                    ..Default::default()
                });
                next.tab = Tab {
                    source,
                    index: policies.len() - 1,
                };
            }
            Action::RemoveTab(tab) => {
                let policies = next.policies_mut(tab.source);
                if tab.index < policies.len() {
                    let removed = policies.remove(tab.index);
                    next.undo = undo(Done::RemovedTab {
                        source: tab.source,
                        name: removed.name,
                    });
                }
                next.forget(tab);
                // The first tab left, of any kind (the first identity policy when there is none).
                next.tab = PolicyKind::ALL
                    .into_iter()
                    .find(|kind| !next.policies(*kind).is_empty())
                    .map(|source| Tab { source, index: 0 })
                    .unwrap_or_default();
                next.focus = None;
            }
            Action::RenameTab { tab, name } => {
                if let Some(policy) = next.policies_mut(tab.source).get_mut(tab.index) {
                    if !name.trim().is_empty() {
                        policy.name = name.trim().to_string();
                    }
                }
            }
            Action::Format(tab) => {
                if let Some(policy) = next.policies_mut(tab.source).get_mut(tab.index) {
                    match json::format(&policy.text) {
                        Ok(formatted) => policy.text = formatted,
                        Err(_) => next.notice = Some(Label::FormatFailed),
                    }
                }
            }
            Action::Focus { focus, reveal } => {
                if let Some(focus) = focus {
                    next.tab = focus.tab;
                }
                next.focus = focus;
                if reveal {
                    next.reveal += 1;
                }
            }
            Action::SetRawRequest(raw) => next.raw_request = raw,
            Action::SetTheme(theme) => next.theme = theme,
            Action::OpenShared { shared, displaced } => {
                next = Session::from_shared(*shared, self.theme);
                next.banner = displaced.map(Banner::Restore);
            }
            Action::Banner(banner) => next.banner = banner,
            Action::ApplyFix(workspace, done) => {
                next.workspace = workspace;
                next.focus = None;
                next.link_stamp = None;
                next.undo = done.and_then(undo);
            }
            Action::AddGenerated(text) => {
                let policies = next.policies_mut(PolicyKind::Identity);
                let name = format!("generated-{}", policies.len() + 1);
                policies.push(NamedPolicy {
                    name: name.clone(),
                    text,
                    ..Default::default()
                });
                // The new policy is what the user wants to see next; it is said, focused and undoable at the top,
                // by the tabs (issue 27, finding 23).
                next.tab = Tab {
                    source: PolicyKind::Identity,
                    index: policies.len() - 1,
                };
                next.focus = None;
                next.link_stamp = None;
                next.undo = undo(Done::AddedPolicy { name });
            }
            Action::Import(workspace) => {
                next.tab = workspace
                    .by_kind()
                    .find(|(_, set)| !set.is_empty())
                    .map(|(source, _)| Tab { source, index: 0 })
                    .unwrap_or(self.tab);
                // Undo brings the tabs and cases back from before the file (issue 27's undo, for a new way to
                // replace them).
                next.undo = undo(Done::Imported {
                    cases: workspace.cases.len(),
                });
                next.workspace = workspace;
                next.focus = None;
                next.link_stamp = None;
            }
            Action::Undo => {
                if let Some(undo) = next.undo.take() {
                    next.workspace = undo.before;
                    next.tab = undo.tab;
                    next.focus = None;
                }
            }
            Action::ClearPolicies => {
                next.workspace.policies = vec![NamedPolicy {
                    name: "policy-1".into(),
                    text: BLANK_POLICY.into(),
                    ..Default::default()
                }];
                next.workspace.boundary.clear();
                next.tab = Tab {
                    source: PolicyKind::Identity,
                    index: 0,
                };
                next.focus = None;
                next.undo = undo(Done::ClearedPolicies);
            }
            Action::Restore(workspace) => {
                next = Session::from_workspace(workspace, self.theme);
            }
            Action::New => {
                next = Session::from_workspace(
                    Workspace {
                        policies: vec![NamedPolicy {
                            name: "policy-1".into(),
                            text: BLANK_POLICY.into(),
                            ..Default::default()
                        }],
                        boundary: Vec::new(),
                        request: NEW_REQUEST.into(),
                        ..Default::default()
                    },
                    self.theme,
                );
            }
        }
        next
    }
}

/// The action that opens a link (`fragment`, the address's): the shared workspace, with the `current` one it
/// displaces when that is work to lose (not in an embed, not the same, not an untouched example), or a banner
/// saying why the link cannot be read. The web keeps the displaced work in the browser.
pub fn open_link(fragment: &str, current: Option<&Workspace>, embedded: bool) -> Action {
    match crate::share::decode(fragment) {
        Ok(shared) => {
            let displaced = current
                .filter(|w| !embedded && **w != shared.workspace && !is_example(w))
                .cloned();
            Action::OpenShared {
                shared: Box::new(shared),
                displaced,
            }
        }
        Err(error) => Action::Banner(Some(Banner::LinkError(error.problem))),
    }
}

/// An untouched gallery example is no work to lose.
pub fn is_example(workspace: &Workspace) -> bool {
    examples::gallery().iter().any(|e| e.is(workspace))
}

const NEW_REQUEST: &str = r#"{
  "action": "ccc:DescribeStaffInfoList",
  "params": {"SdkAppId": 1400000000},
  "principal": {"uin": "100000000011", "owner_uin": "100000000001"},
  "context": {}
}
"#;

/// A new policy grants nothing until the user writes a statement (issue 27, finding 22: a live grant of
/// `ccc:Describe*` changed decisions when forgotten).
const BLANK_POLICY: &str = r#"{
  "version": "2.0",
  "statement": []
}
"#;

/// A new trust policy's text: the account 100000000001 may assume the role (rule T2).
const BLANK_TRUST: &str = r#"{
  "version": "2.0",
  "statement": [
    {
      "effect": "allow",
      "action": ["name/sts:AssumeRole"],
      "principal": {"qcs": ["qcs::cam::uin/100000000001:root"]}
    }
  ]
}
"#;

/// A new bucket policy's text: one user of the owner may read the bucket's objects (rule B2).
const BLANK_BUCKET: &str = r#"{
  "version": "2.0",
  "statement": [
    {
      "principal": {"qcs": ["qcs::cam::uin/100000000001:uin/100000000011"]},
      "effect": "allow",
      "action": ["name/cos:GetObject"],
      "resource": ["qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*"]
    }
  ]
}
"#;

#[cfg(test)]
mod tests;
