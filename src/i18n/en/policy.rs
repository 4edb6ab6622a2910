//! English words for the policy phase's diagnostics, and for condition values that cannot be read.

use crate::i18n::{concrete_resource, example, Words};
use crate::policy::values::ValueProblem;
use crate::policy::{ElementsOf, PolicyKind, PolicyText};

pub fn words(text: &PolicyText) -> Words {
    use PolicyText as P;
    match text {
        P::NotAnObject { found } => Words::new(
            format!("a policy is a JSON object, but this document is {}", super::json::json_type(*found)),
            "write {\"version\": \"2.0\", \"statement\": [ … ]}",
        ),
        P::MissingVersion => Words::new(
            "the policy has no `version`",
            "add \"version\": \"2.0\" (the only CAM policy version)",
        ),
        P::BadVersion { version } => Words::new(
            format!("`{version}` is not a CAM policy version"),
            "the only version is \"2.0\"",
        ),
        P::VersionNotAString { found } => Words::new(
            format!("`version` must be the string \"2.0\", not {}", super::json::json_type(*found)),
            "write \"version\": \"2.0\"",
        ),
        P::MissingStatement => Words::new(
            "the policy has no `statement`",
            format!("add \"statement\": [{{\"effect\": \"allow\", \"action\": [\"{}:Describe*\"], \"resource\": [\"*\"]}}]", example().service),
        ),
        P::EmptyStatement => Words::new(
            "`statement` is an empty list: this policy grants and denies nothing",
            "add at least one statement",
        ),
        P::SingleStatement => Words::new(
            "`statement` is a single object; it is read as a list of one statement",
            "write \"statement\": [ { … } ] to follow the documented grammar",
        ),
        P::StatementsNotAList { found } => Words::new(
            format!("`statement` must be a list of statements, not {}", super::json::json_type(*found)),
            "write \"statement\": [{\"effect\": …, \"action\": …, \"resource\": …}]",
        ),
        P::TooManyStatements { count, limit } => Words::new(
            format!("this policy has {count} statements; the playground reads the first {limit}"),
            "CAM's 6,144-character limit allows far fewer: split the policy",
        ),
        P::AwsStyle => Words::new(
            "this looks like an AWS IAM policy, not a Tencent Cloud CAM policy",
            "CAM policies use lowercase elements (`version`, `statement`, `effect`, `action`, `resource`, `condition`), version \"2.0\", effects `allow`/`deny`, snake_case operators such as `ip_equal`, and `qcs::` resources",
        ),
        P::UppercaseElement { written, element } => Words::new(
            format!("CAM element names are lowercase: `{element}`"),
            format!("rename `{written}` to `{element}`"),
        ),
        P::ForeignIdElement { key } => Words::new(
            format!("`{key}` does not exist in CAM"),
            "remove it: CAM statements have no id, the playground names them by position",
        ),
        P::ForeignNegationElement { key } => Words::new(
            format!("`{key}` does not exist in CAM"),
            "remove it: list what to allow in `action`/`resource`, and add a `deny` statement for the exceptions",
        ),
        P::UnknownElement {
            key,
            within,
            suggestion,
        } => {
            let expected = match within {
                ElementsOf::Policy => {
                    "a policy has `version`, `statement` and, for trust and bucket policies, `principal`"
                }
                ElementsOf::Statement => {
                    "a statement has `effect`, `action`, `resource` and optionally `condition`"
                }
            };
            Words::new(
                format!("`{key}` is not a CAM policy element"),
                match suggestion {
                    Some(s) => format!("did you mean `{s}`? {expected}"),
                    None => format!("remove it: {expected}"),
                },
            )
        }
        P::DuplicateKey { key } => Words::new(
            format!("`{key}` appears more than once in this object"),
            "keep one: which copy CAM reads is not defined (the playground reads the last)",
        ),
        P::PrincipalIgnored => Words::new(
            "`principal` only applies to role trust policies and COS bucket policies; it is ignored when evaluating an identity policy",
            "remove it from policies attached to users, groups and roles",
        ),
        P::StatementNotAnObject { found } => Words::new(
            format!("a statement is an object, not {}", super::json::json_type(*found)),
            "write {\"effect\": \"allow\", \"action\": [ … ], \"resource\": [ … ]}",
        ),
        P::MissingElement { statement, element } => Words::new(
            format!("statement {statement} has no `{}`", element.as_str()),
            format!("add {}", super::super::element_example(*element)),
        ),
        P::EffectNotAString { found } => Words::new(
            format!("`effect` must be \"allow\" or \"deny\", not {}", super::json::json_type(*found)),
            "write \"effect\": \"allow\"",
        ),
        P::EffectCase { written, effect } => {
            let lower = effect.as_str();
            Words::new(
                format!("effect values are lowercase: `{lower}`"),
                format!("write \"{lower}\" instead of \"{written}\""),
            )
        }
        P::UnknownEffect { written } => Words::new(
            format!("`{written}` is not an effect"),
            "an effect is \"allow\" or \"deny\"",
        ),
        P::EmptyList { element } => {
            let element = element.as_str();
            Words::new(
                format!("`{element}` is an empty list"),
                format!("name at least one {element}, or remove the statement"),
            )
        }
        P::EmptyString { element } => {
            let element = element.as_str();
            Words::new(
                format!("an empty {element}"),
                format!("write the {element}, or remove the empty string"),
            )
        }
        P::NotAString { element, found } => {
            let element = element.as_str();
            Words::new(
                format!("each {element} is a string, not {}", super::json::json_type(*found)),
                format!("write the {element} in double quotes, or a list of such strings"),
            )
        }
        P::BadAction { action } => Words::new(
            format!("`{action}` is not an action"),
            format!("write actions as service:ApiName, e.g. `{}`, `{1}:Describe*` or `{1}:*`", example().action, example().service),
        ),
        P::ServiceCase {
            service,
            expected,
            api,
        } => Words::new(
            format!("`{service}` differs from the service `{expected}` only in case; matching is case-sensitive, so this action never matches"),
            format!("write `{expected}:{api}`"),
        ),
        P::ApiCase {
            service,
            api,
            expected,
        } => Words::new(
            format!("`{api}` differs from the API `{expected}` only in case; matching is case-sensitive, so this action never matches"),
            format!("write `{service}:{expected}`"),
        ),
        P::UnknownApi {
            service,
            api,
            product,
            api_count,
        } => Words::new(
            format!("`{service}:{api}` is not a {product} API"),
            format!("see the catalog for the {api_count} APIs of {product}"),
        ),
        P::UnknownApiNearName {
            service,
            api,
            product,
            suggestion,
        } => Words::new(
            format!("`{service}:{api}` is not a {product} API"),
            format!("did you mean `{service}:{suggestion}`?"),
        ),
        P::FiveSegments { resource, suggestion } => Words::new(
            format!("`{resource}` has five segments: the empty region segment is missing"),
            format!("did you mean `{suggestion}`? A resource is six segments, qcs:project:service:region:account:resource (rule K4)"),
        ),
        P::TooFewSegments { resource, segments } => Words::new(
            format!("`{resource}` has {segments} segment(s); a resource is `*` or six segments"),
            format!("write qcs:project:service:region:account:resource, e.g. {}", concrete_resource()),
        ),
        P::ResourceNotQcs { prefix } => Words::new(
            format!("a six-segment resource starts with `qcs`, not `{prefix}`"),
            format!("write {}", example().resource("<root uin>", "<id>")),
        ),
        P::VariableNotSubstituted { segment, account } => Words::new(
            format!("the variable in `{segment}` is matched literally"),
            if *account {
                "the account segment needs the owner's root UIN itself, e.g. `uin/100000000001`: `uin/${uin}` in the API table is a placeholder, and CAM does not substitute variables there"
            } else {
                "variables are substituted only in the last segment of a resource and in condition values"
            },
        ),
        P::UnknownVariable { name } => Words::new(
            format!("`${{{name}}}` is not a CAM policy variable; it is matched literally"),
            "the variables are ${uin}, ${owner_uin} and ${app_id}",
        ),
        P::ConditionNotAnObject { found } => Words::new(
            format!("`condition` is an object of operators, not {}", super::json::json_type(*found)),
            "write \"condition\": {\"ip_equal\": {\"qcs:ip\": [\"10.0.0.0/8\"]}}",
        ),
        P::UnknownOperator { name, suggestion } => Words::new(
            format!("`{name}` is not a CAM condition operator"),
            match suggestion {
                Some(s) => format!("did you mean `{s}`? Until it is fixed the statement is not evaluated"),
                None => "see the operator list in the CAM docs (string_equal, ip_equal, date_less_than, …); until it is fixed the statement is not evaluated".to_string(),
            },
        ),
        P::NullEqualIfExist { suggestion } => Words::new(
            "`null_equal` takes no `_if_exist` suffix: it already tests whether the key exists",
            format!("did you mean `{suggestion}`? Until it is fixed the statement is not evaluated"),
        ),
        P::OperatorNotAnObject { found } => Words::new(
            format!("an operator maps condition keys to values; this is {}", super::json::json_type(*found)),
            "write {\"qcs:ip\": [\"10.0.0.0/8\"]}",
        ),
        P::ConditionKeyCase { key, global } => Words::new(
            format!("condition keys are case-sensitive: `{key}` is not `{global}`"),
            format!("write `{global}`"),
        ),
        P::TagNeedsForAnyValue { key } => Words::new(
            format!("tag conditions only support `for_any_value:`; `{key}` is used with a plain operator"),
            "prefix the operator: `for_any_value:string_equal`",
        ),
        P::EmptyConditionValues => Words::new(
            "this condition key has an empty list of values",
            "give at least one value",
        ),
        P::TooManyValues { count, limit } => Words::new(
            format!("this condition key has {count} values; the playground reads the first {limit}"),
            "CAM's 6,144-character limit allows far fewer: group the values (CIDR ranges, wildcards)",
        ),
        P::ConditionValueType { found } => Words::new(
            format!("a condition value is a string, number or boolean, not {}", super::json::json_type(*found)),
            "write the value as a string, or a list of strings",
        ),
        P::UnreadableValue { problem } => Words::new(
            value_problem(problem),
            "comparisons with this value are always false until it is fixed",
        ),
        P::TooLong { length, limit } => Words::new(
            format!("{length} characters (white space not counted), over the limit of {limit}"),
            "split it into several policies; the playground still evaluates it",
        ),
        P::CapitalisedElement { written, element } => Words::new(
            format!("`{written}` is read as `{element}`: CAM's element reference asks for lowercase names, while COS's docs say the console also takes a first capital letter"),
            format!("write `{element}` to be sure every API accepts it (rule G2)"),
        ),
        P::CapitalisedEffect { written, effect } => Words::new(
            format!("\"{written}\" is read as \"{}\": CAM writes effects in lowercase, COS's examples capitalise them", effect.as_str()),
            format!("write \"{}\" to be sure every API accepts it", effect.as_str()),
        ),
        P::PrincipalInKind { document: PolicyKind::Session } => Words::new(
            "a session policy has no `principal`: the temporary credentials' holder is the principal",
            "remove `principal`; STS would refuse the policy",
        ),
        P::PrincipalInKind { document } => Words::new(
            format!("`principal` has no meaning in {} and is ignored", super::kind_name(*document)),
            "remove it: an SCP limits every user and role of the accounts it is bound to",
        ),
        P::MissingPrincipal { statement, document } => Words::new(
            format!("statement {statement} names nobody: every statement of {} needs a `principal`", super::kind_name(*document)),
            match document {
                PolicyKind::Bucket => "add \"principal\": {\"qcs\": [\"qcs::cam::uin/<account>:uin/<user>\"]}, or write it once at the policy's top level",
                _ => "add \"principal\": {\"qcs\": [\"qcs::cam::uin/<account>:root\"]} (or `service`, `federated`), or write it once at the policy's top level",
            },
        ),
        P::PrincipalNotAnObject { found } => Words::new(
            format!("`principal` is an object of lists or \"*\", not {}", super::json::json_type(*found)),
            "write \"principal\": {\"qcs\": [\"qcs::cam::uin/<account>:root\"]}",
        ),
        P::UnknownPrincipalKey { key, suggestion } => Words::new(
            format!("`{key}` is no kind of principal in CAM"),
            match suggestion {
                Some(s) => format!("did you mean `{s}`? A principal lists `qcs` (accounts and users), `service` (cloud services) or `federated` (identity providers)"),
                None => "a principal lists `qcs` (accounts and users), `service` (cloud services) or `federated` (identity providers)".into(),
            },
        ),
        P::BadPrincipal { principal } => Words::new(
            format!("`{principal}` is not a CAM principal"),
            "write qcs::cam::uin/<account>:root, qcs::cam::uin/<account>:uin/<user>, qcs::cam::anyone:anyone or \"*\"",
        ),
        P::ProviderUnderQcs { principal } => Words::new(
            format!("`{principal}` is an identity provider, written under `qcs`"),
            "move it under `federated`: CAM lists identity providers there",
        ),
        P::OidcProvider { principal } => Words::new(
            format!("`{principal}` names an OIDC provider: Tencent's pages show only SAML providers under `federated`"),
            "the playground matches it for sts:AssumeRoleWithWebIdentity requests",
        ),
        P::TrustResourceIgnored => Words::new(
            "a trust policy's `resource` is not read: the role itself is the resource",
            "remove `resource`; Tencent's trust policies have none",
        ),
        P::EmptyConditionList => Words::new(
            "`condition` is an empty list, read as no condition",
            "remove it or write an object: CAM may answer InvalidParameter.ConditionError",
        ),
        P::BucketTooLarge { bytes, limit } => Words::new(
            format!("COS refuses bucket policies over 20 KB: this one is {bytes} bytes (limit {limit})"),
            "split the statements over fewer, wider ones, or move grants to identity policies",
        ),
        P::SessionTooLong { length, limit } => Words::new(
            format!("this session policy has {length} characters (white space not counted), over CAM's {limit} for policies"),
            "STS documents no limit but may answer PolicyTooLong: keep session policies short",
        ),
        P::SpaceInName { written, suggestion } => Words::new(
            format!("`{written}` has white space inside: CAM compares names exactly, so it never matches"),
            format!("did you mean `{suggestion}`? Pages copied from a browser sometimes carry spaces after colons"),
        ),
        P::WrappedPolicy { key } => Words::new(
            format!("this is an API response: the policy is the value of `{key}`"),
            format!("paste the object under `{key}` (it starts with {{\"version\": \"2.0\" …}})"),
        ),
        P::LooksLikeKind { shape, read_as } => Words::new(
            format!("this reads like {}, but it is read as {}", super::kind_name(*shape), super::kind_name(*read_as)),
            format!("if it is {}, choose that kind: each kind has its own grammar and its own place in the decision", super::kind_name(*shape)),
        ),
    }
}

/// Why a condition value cannot be read as its operator's type (rule C7).
pub fn value_problem(problem: &ValueProblem) -> String {
    match problem {
        ValueProblem::NotAnIpRange { value } => {
            format!("`{value}` is not an IP range: write e.g. 10.0.0.0/8")
        }
        ValueProblem::NotAnIpAddress { value } => {
            format!("`{value}` is not an IP address: write e.g. 10.1.2.3")
        }
        ValueProblem::NotADate { value } => {
            format!("`{value}` is not a date: write ISO 8601 in UTC, e.g. 2026-01-01T00:00:00Z")
        }
        ValueProblem::NotANumber { value } => format!("`{value}` is not a number"),
        ValueProblem::ExponentTooLarge { value, limit } => {
            format!("`{value}` has an exponent beyond ±{limit}")
        }
        ValueProblem::NotABoolean { value } => {
            format!("`{value}` is not a boolean: write true or false")
        }
    }
}
