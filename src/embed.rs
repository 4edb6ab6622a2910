//! The options of an embedded playground (`?embed&view=result&readonly…`), read from the page address. A docs
//! author writes them by hand, so reading never fails: an unknown parameter or value is collected for a console
//! notice and the default applies. `docs/embedding.md` documents the table; this module is its single source.

/// What an embed shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EmbedView {
    /// Policies, request and the reasoning, side by side.
    #[default]
    Full,
    /// The policy editor and the decision; the request and the step list wait behind a disclosure.
    Compact,
    /// The decision and the reasoning only, for a page that prints the policy itself.
    Result,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    pub view: EmbedView,
    /// Editing disabled; "Open in playground" is the way to change the example.
    pub readonly: bool,
    /// Whether the request panel starts open (`request=shown|collapsed`); by default open in the full view only.
    pub request_shown: Option<bool>,
    /// The most pixels of height the embed asks its host for (`height=600`); beyond it the embed scrolls.
    pub max_height: Option<u32>,
    /// Origins allowed to send messages (`origin=https://docs.example.com`, repeatable or comma-separated).
    /// Empty: the parent page, whatever its origin.
    pub origins: Vec<String>,
    /// Parameters this playground does not know, and known ones with a value it cannot read: `name=value`.
    pub ignored: Vec<String>,
}

/// Every parameter the playground reads from its address; anything else earns a notice when embedded.
pub const PARAMETERS: &[&str] = &[
    "embed", "lang", "theme", "view", "readonly", "request", "height", "origin",
];

/// The lowest cap `height=` takes, so a typo such as `height=6` still leaves the decision visible.
pub const MIN_HEIGHT: u32 = 120;

impl EmbedOptions {
    /// Reads the decoded `(name, value)` pairs of a query string (a bare `readonly` has an empty value).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut options = EmbedOptions::default();
        for (name, value) in pairs {
            let understood = match name {
                "view" => match value {
                    "full" => Some(EmbedView::Full),
                    "compact" => Some(EmbedView::Compact),
                    "result" => Some(EmbedView::Result),
                    _ => None,
                }
                .map(|view| options.view = view)
                .is_some(),
                "readonly" => match value {
                    "" | "true" | "1" => Some(true),
                    "false" | "0" => Some(false),
                    _ => None,
                }
                .map(|readonly| options.readonly = readonly)
                .is_some(),
                "request" => match value {
                    "shown" => Some(true),
                    "collapsed" => Some(false),
                    _ => None,
                }
                .map(|shown| options.request_shown = Some(shown))
                .is_some(),
                "height" => match value {
                    "auto" | "" => Some(None),
                    number => number.parse::<u32>().ok().map(|h| Some(h.max(MIN_HEIGHT))),
                }
                .map(|cap| options.max_height = cap)
                .is_some(),
                "origin" => {
                    let listed: Vec<String> = value
                        .split(',')
                        .map(|o| o.trim().trim_end_matches('/'))
                        .filter(|o| o.starts_with("https://") || o.starts_with("http://"))
                        .map(str::to_string)
                        .collect();
                    let read = !listed.is_empty();
                    options.origins.extend(listed);
                    read
                }
                "theme" => matches!(value, "light" | "dark" | "auto"),
                // Read elsewhere (`lang` has a notice of its own on the page).
                other => PARAMETERS.contains(&other),
            };
            if !understood {
                options.ignored.push(if value.is_empty() {
                    name.to_string()
                } else {
                    format!("{name}={value}")
                });
            }
        }
        options
    }

    /// Whether the request panel is open at first.
    pub fn request_open(&self) -> bool {
        self.request_shown.unwrap_or(self.view == EmbedView::Full)
    }

    /// Whether a message from `origin` is listened to (the caller has already checked it comes from the parent).
    pub fn accepts(&self, origin: &str) -> bool {
        self.origins.is_empty() || self.origins.iter().any(|o| o == origin)
    }

    /// The height to ask the host for, given the content's.
    pub fn frame_height(&self, content: f64) -> f64 {
        match self.max_height {
            Some(cap) => content.min(f64::from(cap)),
            None => content,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: &str) -> EmbedOptions {
        EmbedOptions::from_pairs(
            query
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| p.split_once('=').unwrap_or((p, ""))),
        )
    }

    #[test]
    fn defaults_are_the_full_editable_view() {
        let options = read("embed");
        assert_eq!(options.view, EmbedView::Full);
        assert!(!options.readonly);
        assert!(options.request_open());
        assert!(options.accepts("https://anyone.example"));
        assert_eq!(options.frame_height(900.0), 900.0);
        assert!(options.ignored.is_empty());
    }

    #[test]
    fn every_option_is_read() {
        let options = read("embed&view=result&readonly&request=shown&height=600&origin=https://docs.example.com/,http://127.0.0.1:9000&lang=zh-CN&theme=dark");
        assert_eq!(options.view, EmbedView::Result);
        assert!(options.readonly);
        assert!(options.request_open());
        assert_eq!(options.frame_height(900.0), 600.0);
        assert_eq!(options.frame_height(300.0), 300.0);
        assert!(options.accepts("https://docs.example.com"));
        assert!(options.accepts("http://127.0.0.1:9000"));
        assert!(!options.accepts("https://evil.example"));
        assert!(options.ignored.is_empty(), "{:?}", options.ignored);
    }

    #[test]
    fn compact_starts_with_the_request_collapsed_unless_asked() {
        assert!(!read("embed&view=compact").request_open());
        assert!(read("embed&view=compact&request=shown").request_open());
        assert!(!read("embed&request=collapsed").request_open());
    }

    #[test]
    fn unknown_names_and_unreadable_values_are_collected_and_defaults_apply() {
        let options =
            read("embed&view=wide&readonly=maybe&heigth=300&height=tall&origin=javascript:x&foo");
        assert_eq!(
            options,
            EmbedOptions {
                ignored: vec![
                    "view=wide".into(),
                    "readonly=maybe".into(),
                    "heigth=300".into(),
                    "height=tall".into(),
                    "origin=javascript:x".into(),
                    "foo".into(),
                ],
                ..EmbedOptions::default()
            }
        );
    }

    #[test]
    fn a_tiny_height_cap_still_leaves_room_for_the_decision() {
        assert_eq!(read("height=6").max_height, Some(MIN_HEIGHT));
    }
}
