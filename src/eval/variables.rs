//! Policy variables (rules V1–V3): `${uin}`, `${owner_uin}`, `${app_id}` from the request's principal.

use std::borrow::Cow;

use crate::policy::variables::Variable;
use crate::request::Principal;
use crate::rules::Rule;

/// `text` with the known variables replaced by the principal's ids. A variable that is unknown (rule V3) or whose
/// id the request lacks stays literal; the returned rules say which choice applied.
pub fn substitute<'t>(text: &'t str, principal: &Principal) -> (Cow<'t, str>, Vec<Rule>) {
    if !crate::policy::variables::mentions_variable(text) {
        return (Cow::Borrowed(text), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut assumptions = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return (Cow::Owned(out), assumptions);
        };
        let name = &after[..end];
        let value = match Variable::named(name) {
            Some(Variable::Uin) => principal.uin.as_deref(),
            Some(Variable::OwnerUin) => principal.owner_uin.as_deref(),
            Some(Variable::AppId) => principal.app_id.as_deref(),
            None => {
                assumptions.push(Rule::V3);
                None
            }
        };
        match value {
            Some(value) => out.push_str(value),
            None => out.push_str(&rest[start..start + 2 + end + 1]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    (Cow::Owned(out), assumptions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutes_known_and_keeps_unknown() {
        let principal = Principal {
            uin: Some("11".into()),
            owner_uin: Some("1".into()),
            app_id: None,
            ..Default::default()
        };
        assert_eq!(
            substitute("a/${uin}/${owner_uin}/${app_id}/${x}", &principal),
            ("a/11/1/${app_id}/${x}".into(), vec![Rule::V3])
        );
        assert_eq!(substitute("${unterminated", &principal).0, "${unterminated");
        assert_eq!(
            crate::policy::variables::names("x${a}y${b}").collect::<Vec<_>>(),
            ["a", "b"]
        );
    }
}
