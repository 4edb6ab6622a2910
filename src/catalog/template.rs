//! A resource template read once, left to right: the doc's `qcs::ccc::uin/${uin}:SdkAppId/${SdkAppId}` is text,
//! the owner's account, text, and a request parameter. Resolving a request and listing a template's parameters
//! walk the same parts, so they cannot disagree on what a placeholder is.

/// One part of a resource template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplatePart<'t> {
    /// Written as it is.
    Text(&'t str),
    /// The owner's root UIN: `${uin}`, or nothing after a bare `uin/` (rule R6).
    Owner,
    /// `${Name}`: each value of the request's `params.Name`. `written` is the placeholder as written, for a
    /// parameter with no value.
    Param { name: &'t str, written: &'t str },
}

/// The parts of `template`, in order. An unclosed `${` is text.
pub fn template_parts(template: &str) -> impl Iterator<Item = TemplatePart<'_>> {
    let mut rest = template;
    let mut owner_next = false;
    std::iter::from_fn(move || {
        if std::mem::take(&mut owner_next) {
            return Some(TemplatePart::Owner);
        }
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let special = (0..bytes.len()).find(|&i| match bytes[i] {
            b'$' => bytes.get(i + 1) == Some(&b'{'),
            b'u' => bytes[i..].starts_with(b"uin/:"),
            _ => false,
        });
        let Some(at) = special else {
            return Some(TemplatePart::Text(std::mem::take(&mut rest)));
        };
        if bytes[at] == b'u' {
            let (text, after) = rest.split_at(at + "uin/".len());
            rest = after;
            owner_next = true;
            return Some(TemplatePart::Text(text));
        }
        if at > 0 {
            let (text, after) = rest.split_at(at);
            rest = after;
            return Some(TemplatePart::Text(text));
        }
        let Some(len) = rest[2..].find('}') else {
            return Some(TemplatePart::Text(std::mem::take(&mut rest)));
        };
        let (written, after) = rest.split_at(len + 3);
        rest = after;
        Some(match &written[2..written.len() - 1] {
            "uin" => TemplatePart::Owner,
            name => TemplatePart::Param { name, written },
        })
    })
}

/// The `${Name}` placeholders of a resource template but `${uin}`, each once, in order.
pub fn template_params(template: &str) -> Vec<&str> {
    params_among(template_parts(template))
}

/// The `${Name}` placeholders among a template's parts but `${uin}`, each once, in order.
pub fn params_among<'t>(parts: impl IntoIterator<Item = TemplatePart<'t>>) -> Vec<&'t str> {
    let mut params = Vec::new();
    for part in parts {
        if let TemplatePart::Param { name, .. } = part {
            if !name.is_empty() && !params.contains(&name) {
                params.push(name);
            }
        }
    }
    params
}

#[cfg(test)]
mod tests {
    use super::TemplatePart::{Owner, Param, Text};
    use super::*;

    #[test]
    fn parts_of_the_doc_templates_and_odd_ones() {
        let parts = |t| template_parts(t).collect::<Vec<_>>();
        assert_eq!(
            parts("qcs::ccc::uin/${uin}:SdkAppId/${SdkAppId}"),
            [
                Text("qcs::ccc::uin/"),
                Owner,
                Text(":SdkAppId/"),
                Param {
                    name: "SdkAppId",
                    written: "${SdkAppId}"
                }
            ]
        );
        assert_eq!(
            parts("qcs::ccc::uin/:a/${A}"),
            [
                Text("qcs::ccc::uin/"),
                Owner,
                Text(":a/"),
                Param {
                    name: "A",
                    written: "${A}"
                }
            ]
        );
        assert_eq!(parts("*"), [Text("*")]);
        assert_eq!(parts(""), []);
        assert_eq!(
            parts("t/${}/${open"),
            [
                Text("t/"),
                Param {
                    name: "",
                    written: "${}"
                },
                Text("/"),
                Text("${open")
            ]
        );
        // A placeholder is read before a bare `uin/:` inside it.
        assert_eq!(
            parts("${uin/:}x"),
            [
                Param {
                    name: "uin/:",
                    written: "${uin/:}"
                },
                Text("x")
            ]
        );
    }

    #[test]
    fn params_are_named_once_in_order_without_the_owner() {
        assert_eq!(
            template_params("qcs::x::uin/${uin}:a/${A}/b/${B}:${A}"),
            ["A", "B"]
        );
        assert!(template_params("${unclosed").is_empty());
        assert!(template_params("a/${}").is_empty());
    }
}
