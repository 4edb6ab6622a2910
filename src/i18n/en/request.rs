//! English words for the request phase's diagnostics, share links that cannot be opened and pasted errors that
//! cannot be read.

use super::json::json_type;
use crate::i18n::{action_example, concrete_resource, example, params_example, Words};
use crate::request::{PasteProblem, RequestText};
use crate::share::ShareProblem;

pub fn words(text: &RequestText) -> Words {
    use RequestText as T;
    match text {
        T::NotAnObject { found } => Words::new(
            format!("a request is a JSON object, not {}", json_type(*found)),
            format!("write {{{}, {}, \"principal\": {{…}}}}", action_example(), params_example()),
        ),
        T::ActionNotAString { found } => Words::new(
            format!("`action` is a string, not {}", json_type(*found)),
            format!("write {}", action_example()),
        ),
        T::Empty => Words::new(
            "the request is empty",
            format!("write the API call to decide, e.g. {{{}, {}}}, or use the form", action_example(), params_example()),
        ),
        T::MissingAction => Words::new(
            "the request has no `action`",
            format!("add {} (any service:ApiName)", action_example()),
        ),
        T::ParamsNotAnObject { found } => Words::new(
            format!("`params` is an object, not {}", json_type(*found)),
            format!("write {}", params_example()),
        ),
        T::DuplicateKey { key } => Words::new(
            format!("`{key}` appears more than once"),
            "keep one of them",
        ),
        T::UnknownKey { key, suggestion, keys } => Words::new(
            format!("`{key}` is not part of a request"),
            match suggestion {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("the keys are {}", keys.join(", ")),
            },
        ),
        T::ResourceItemNotAString { found } => Words::new(
            format!("each resource is a string, not {}", json_type(*found)),
            "write it in double quotes",
        ),
        T::ResourceNotStrings { found } => Words::new(
            format!("`resource` is a string or a non-empty list of strings, not {}", json_type(*found)),
            format!("write \"resource\": \"{}\"", concrete_resource()),
        ),
        T::PrincipalNotAnObject { found } => Words::new(
            format!("`principal` is an object, not {}", json_type(*found)),
            "write \"principal\": {\"uin\": \"100000000011\", \"owner_uin\": \"100000000001\"}",
        ),
        T::BadId { key, found } => Words::new(
            format!("`{key}` is an id (digits, as a string or a whole number), not {}", json_type(*found)),
            "write it as \"100000000001\"",
        ),
        T::PrincipalFieldNotAString { key, found } => Words::new(
            format!("`principal.{key}` is a string, not {}", json_type(*found)),
            match key.as_str() {
                "type" => String::from("write \"type\": \"user\" (or root, role, anonymous, service, federated)"),
                "role" => format!("write the role's name: \"role\": \"{}-operator\"", example().service),
                "service" => String::from("write the service: \"service\": \"scf.qcloud.com\""),
                _ => String::from("write the provider: \"provider\": \"qcs::cam::uin/100000000001:saml-provider/corp-idp\""),
            },
        ),
        T::UnknownPrincipalType { written, suggestion } => Words::new(
            format!("`{written}` is no type of principal"),
            match suggestion {
                Some(s) => format!("did you mean \"{s}\"? The types are user, root, role, anonymous, service and federated"),
                None => "the types are user, root, role, anonymous, service and federated".into(),
            },
        ),
        T::PrincipalNeeds { principal_type, key } => Words::new(
            format!("a principal of type {principal_type} needs `{key}`: without it no trust or bucket policy can name it"),
            format!("add \"{key}\" to `principal`"),
        ),
        T::OrganizationNotAnObject { found } => Words::new(
            format!("`organization` is an object of flags, not {}", json_type(*found)),
            "write \"organization\": {\"full_qcloud_access\": true, \"scp_limits_root\": false}",
        ),
        T::NotABoolean { key, found } => Words::new(
            format!("`organization.{key}` is true or false, not {}", json_type(*found)),
            format!("write \"{key}\": true or \"{key}\": false"),
        ),
        T::ContextNotAnObject { found } => Words::new(
            format!("`context` is an object of condition keys, not {}", json_type(*found)),
            "write \"context\": {\"qcs:ip\": \"10.1.2.3\"}",
        ),
        T::BadContextValue { found } => Words::new(
            format!("a context value is a string, number or boolean (or a list of them), not {}", json_type(*found)),
            "write \"qcs:ip\": \"10.1.2.3\" or \"qcs:resource_tag\": [\"team&support\"]",
        ),
        T::NotConcreteAction { action } => Words::new(
            format!("`{action}` is not a concrete action"),
            format!("a request names one API as service:ApiName, e.g. `{}` (no wildcards)", example().action),
        ),
        T::UnknownApi { action, product, suggestion } => Words::new(
            format!("`{action}` is not a {product} API"),
            match suggestion {
                Some(s) => format!("did you mean `{s}`? Outside the catalog the request must name its `resource`"),
                None => "outside the catalog the request must name its `resource`".into(),
            },
        ),
        T::ResourceIgnored { api } => Words::new(
            format!("{api} is an operation-level API: CAM checks the resource `*`, so the given resource is not used"),
            "remove `resource`, or keep it as a note; it does not change the decision",
        ),
        T::MissingResource { action } => Words::new(
            format!("`{action}` is not in the catalog, so the request must name its resource"),
            "add \"resource\": \"qcs::<service>::uin/<owner uin>:<type>/<id>\" (or \"*\")",
        ),
        T::BadResource { resource } => Words::new(
            format!("`{resource}` is not a resource: it is `*` or six segments starting with qcs"),
            format!("write {}", concrete_resource()),
        ),
        T::MissingOwnerUin { action } => Words::new(
            format!("the resource of {action} is built from the owner's root UIN, and the request has no `principal.owner_uin`"),
            "add \"principal\": {\"owner_uin\": \"100000000001\", …}, or give `resource` explicitly",
        ),
        T::MissingResourceParam { action, param } => Words::new(
            format!("{action} is a resource-level API whose resource names the {param}, and the request has none"),
            format!("add \"params\": {{\"{param}\": …}}, or give `resource` explicitly"),
        ),
    }
}

/// Why a share link (or an embed `setState` message) could not be read.
pub fn share_problem(problem: &ShareProblem) -> String {
    use ShareProblem as P;
    match problem {
        P::TooLong { length, limit } => format!("this link is {length} characters; links up to {limit} are read"),
        P::NewerVersion { version } => format!("this link was made by a newer playground (format {version}); open it there, or update this one"),
        P::NotALink => "this is not a playground link: it should start with #s1.".into(),
        P::BadBase64 => "the link is damaged (it is not valid base64url): was it cut short when copied?".into(),
        P::TooLarge { limit } => format!("the link unpacks to more than {limit} bytes; it is not read"),
        P::CorruptData => "the link is damaged (its compressed data is corrupt)".into(),
        P::NotText => "the link's contents are not text".into(),
        P::NotAWorkspace => "the link's contents are not a workspace".into(),
        P::WrongPayloadVersion => "the link's payload has the wrong version".into(),
        P::StateTooLarge { limit } => format!("the state is over {limit} bytes"),
        P::StateNotAnObject => "the state is not a JSON object".into(),
        P::PolicyWithoutText => "a policy has no text".into(),
        P::MalformedPolicies => "the policies are malformed".into(),
        P::UnknownNode { name } => format!("this link binds an SCP to `{name}`, which is no node of an organization this playground knows (account, department, department/<name>, root): it was made by a newer playground, or edited by hand"),
        P::MalformedCases => "the test cases are malformed".into(),
        P::UnknownKind { name: kind } => format!("this link has documents of a kind this playground does not know (`{kind}`): it was made by a newer playground; open it there, or update this one"),
    }
}

/// Why a pasted Tencent Cloud error could not be read.
pub fn paste_problem(problem: &PasteProblem) -> String {
    match problem {
        PasteProblem::TooLong { length } => format!("that is {length} characters; paste just the error message"),
        PasteProblem::NoAction => format!("no action found: paste an error that says `… perform operation ({}:ApiName) resource (…)`", example().service),
    }
}

/// What is wrong with a value typed into a form field.
pub fn field_problem(problem: &crate::fields::FieldProblem) -> String {
    use crate::fields::FieldProblem as F;
    match problem {
        F::Value { problem } => super::policy::value_problem(problem),
        F::NotAnId {
            param,
            value,
            numeric: true,
        } => format!(
            "`{value}` is not a {param}: write digits only, e.g. {}",
            example().id
        ),
        F::NotAnId { param, value, .. } => {
            format!("`{value}` is not a {param}: an id has no `:`, `/`, `*` or quote")
        }
        F::NotATag { value } => {
            format!("`{value}` is not a tag: write key&value, e.g. team&support")
        }
        F::EmptyWindow { from, until } => {
            format!("The end time `{until}` is not after the start time `{from}`, so no time is allowed.")
        }
    }
}
