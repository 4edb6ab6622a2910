//! Simplified Chinese words for the request phase's diagnostics, share links that cannot be opened and pasted
//! errors that cannot be read.

use super::json::json_type;
use crate::i18n::{action_example, concrete_resource, example, params_example, Words};
use crate::request::{PasteProblem, RequestText};
use crate::share::ShareProblem;

pub fn words(text: &RequestText) -> Words {
    use RequestText as T;
    match text {
        T::NotAnObject { found } => Words::new(
            format!("请求应是一个 JSON 对象，而不是{}", json_type(*found)),
            format!("例如：{{{}, {}, \"principal\": {{…}}}}", action_example(), params_example()),
        ),
        T::ActionNotAString { found } => Words::new(
            format!("`action` 应为字符串，而不是{}", json_type(*found)),
            format!("请写成 {}", action_example()),
        ),
        T::Empty => Words::new(
            "请求为空",
            format!("请写出要判定的 API 调用，例如 {{{}, {}}}，或使用表单填写", action_example(), params_example()),
        ),
        T::MissingAction => Words::new(
            "请求中没有 `action`",
            format!("请添加 {}（任意 service:ApiName 形式的操作均可）。", action_example()),
        ),
        T::ParamsNotAnObject { found } => Words::new(
            format!("`params` 应为对象，而不是{}", json_type(*found)),
            format!("请写成 {}", params_example()),
        ),
        T::DuplicateKey { key } => Words::new(
            format!("`{key}` 出现了不止一次"),
            "只保留其中一个。",
        ),
        T::UnknownKey { key, suggestion, keys } => Words::new(
            format!("请求中没有 `{key}` 这个键"),
            match suggestion {
                Some(s) => format!("是否应为 `{s}`？"),
                None => format!("可用的键为：{}。", keys.join("、")),
            },
        ),
        T::ResourceItemNotAString { found } => Words::new(
            format!("每个资源都应为字符串，而不是{}", json_type(*found)),
            "请用双引号把它括起来。",
        ),
        T::ResourceNotStrings { found } => Words::new(
            format!("`resource` 应为字符串或非空的字符串数组，而不是{}", json_type(*found)),
            format!("请写成 \"resource\": \"{}\"", concrete_resource()),
        ),
        T::PrincipalNotAnObject { found } => Words::new(
            format!("`principal` 应为对象，而不是{}", json_type(*found)),
            "请写成 \"principal\": {\"uin\": \"100000000011\", \"owner_uin\": \"100000000001\"}",
        ),
        T::BadId { key, found } => Words::new(
            format!("`{key}` 应为 ID（纯数字，写成字符串或整数均可），而不是{}", json_type(*found)),
            "请写成 \"100000000001\"",
        ),
        T::PrincipalFieldNotAString { key, found } => Words::new(
            format!("`principal.{key}` 应为字符串，而不是{}", json_type(*found)),
            match key.as_str() {
                "type" => String::from("请写成 \"type\": \"user\"（或 root、role、anonymous、service、federated）"),
                "role" => format!("请写角色名称，例如 \"role\": \"{}-operator\"", example().service),
                "service" => String::from("请写服务名，例如 \"service\": \"scf.qcloud.com\""),
                _ => String::from("请写身份提供商，例如 \"provider\": \"qcs::cam::uin/100000000001:saml-provider/corp-idp\""),
            },
        ),
        T::UnknownPrincipalType { written, suggestion } => Words::new(
            format!("没有 `{written}` 这种请求者类型"),
            match suggestion {
                Some(s) => format!("是否应为 \"{s}\"？请求者类型有 user、root、role、anonymous、service 和 federated"),
                None => "请求者类型有 user、root、role、anonymous、service 和 federated".into(),
            },
        ),
        T::PrincipalNeeds { principal_type, key } => Words::new(
            format!("类型为 {principal_type} 的请求者需要 `{key}`，否则信任策略和存储桶策略都无法指定它"),
            format!("请在 `principal` 中添加 \"{key}\""),
        ),
        T::OrganizationNotAnObject { found } => Words::new(
            format!("`organization` 应为由开关组成的对象，而不是{}", json_type(*found)),
            "请写成 \"organization\": {\"full_qcloud_access\": true, \"scp_limits_root\": false}",
        ),
        T::NotABoolean { key, found } => Words::new(
            format!("`organization.{key}` 应为 true 或 false，而不是{}", json_type(*found)),
            format!("请写成 \"{key}\": true 或 \"{key}\": false"),
        ),
        T::ContextNotAnObject { found } => Words::new(
            format!("`context` 应为由条件键组成的对象，而不是{}", json_type(*found)),
            "请写成 \"context\": {\"qcs:ip\": \"10.1.2.3\"}",
        ),
        T::BadContextValue { found } => Words::new(
            format!("`context` 中的值应为字符串、数字或布尔值（或由它们组成的数组），而不是{}", json_type(*found)),
            "请写成 \"qcs:ip\": \"10.1.2.3\" 或 \"qcs:resource_tag\": [\"team&support\"]",
        ),
        T::NotConcreteAction { action } => Words::new(
            format!("`{action}` 不是有效的操作名（格式为 service:ApiName，例如 {}）", example().action),
            format!("请求只能指定一个接口，格式为 service:ApiName，例如 `{}`（不能使用通配符）。", example().action),
        ),
        T::UnknownApi { action, product, suggestion } => Words::new(
            {
                let service = action.split(':').next().unwrap_or_default();
                format!("`{action}` 不是{}（{service}）的接口", super::product_name(service, product))
            },
            match suggestion {
                Some(s) => format!("是否应为 `{s}`？接口目录之外的操作，请求必须指定 `resource`。"),
                None => "接口目录之外的操作，请求必须指定 `resource`。".into(),
            },
        ),
        T::ResourceIgnored { api } => Words::new(
            format!("{api} 是操作级接口：CAM 检查的资源是 `*`，因此不使用请求中给出的资源"),
            "可以删除 `resource`，也可以留作备注，它不影响判定结果。",
        ),
        T::MissingResource { action } => Words::new(
            format!("`{action}` 不在接口目录中，因此请求必须指定资源"),
            "请添加 \"resource\": \"qcs::<服务>::uin/<主账号 UIN>:<类型>/<ID>\"（或 \"*\"）。",
        ),
        T::BadResource { resource } => Words::new(
            format!("`{resource}` 不是有效的资源：资源应为 `*`，或以 qcs 开头的六段式资源描述"),
            format!("例如：{}", concrete_resource()),
        ),
        T::MissingOwnerUin { action } => Words::new(
            format!("{action} 的资源需要用到主账号 UIN，但请求中没有 `principal.owner_uin`"),
            "请添加 \"principal\": {\"owner_uin\": \"100000000001\", …}，或直接给出 `resource`。",
        ),
        T::MissingResourceParam { action, param } => Words::new(
            format!("{action} 是资源级接口，其资源中包含 {param}，但请求中没有提供 {param}"),
            format!("请添加 \"params\": {{\"{param}\": …}}，或直接给出 `resource`。"),
        ),
    }
}

/// Why a share link (or an embed `setState` message) could not be read.
pub fn share_problem(problem: &ShareProblem) -> String {
    use ShareProblem as P;
    match problem {
        P::TooLong { length, limit } => {
            format!("该链接有 {length} 个字符，超出了可读取的上限（{limit} 个字符）")
        }
        P::NewerVersion { version } => format!(
            "该链接由更新版本的本工具生成（格式 {version}）：请在新版本中打开，或更新当前页面"
        ),
        P::NotALink => "这不是本工具的分享链接：链接应以 #s1. 开头".into(),
        P::BadBase64 => "链接已损坏（不是有效的 base64url）：是否在复制时被截断了？".into(),
        P::TooLarge { limit } => format!("该链接解压后超过 {limit} 字节，不予读取"),
        P::CorruptData => "链接已损坏（其中的压缩数据有误）".into(),
        P::NotText => "链接的内容不是文本".into(),
        P::NotAWorkspace => "链接的内容不是工作区".into(),
        P::WrongPayloadVersion => "链接数据的版本号不正确".into(),
        P::StateTooLarge { limit } => format!("状态数据超过了 {limit} 字节"),
        P::StateNotAnObject => "状态数据不是 JSON 对象".into(),
        P::PolicyWithoutText => "有一个策略没有文本".into(),
        P::MalformedPolicies => "策略列表的格式有误".into(),
        P::UnknownNode { name } => format!("该链接把服务管控策略绑定到 `{name}`，这不是本工具认识的集团组织节点（account、department、department/<部门名>、root）。链接可能由更新版本的本工具生成，或经过手工修改"),
        P::MalformedCases => "测试用例列表的格式有误".into(),
        P::UnknownKind { name: kind } => format!("该链接包含本工具不认识的文档类型（`{kind}`）：它由更新版本的本工具生成，请在新版本中打开，或更新当前页面"),
    }
}

/// Why a pasted Tencent Cloud error could not be read.
pub fn paste_problem(problem: &PasteProblem) -> String {
    match problem {
        PasteProblem::TooLong { length } => {
            format!("粘贴的内容有 {length} 个字符，请只粘贴错误信息")
        }
        PasteProblem::NoAction => format!(
            "没有找到操作：请粘贴包含 `… perform operation ({}:ApiName) resource (…)` 的错误信息",
            example().service
        ),
    }
}

/// 表单字段中输入的值有什么问题。
pub fn field_problem(problem: &crate::fields::FieldProblem) -> String {
    use crate::fields::FieldProblem as F;
    match problem {
        F::Value { problem } => super::policy::value_problem(problem),
        F::NotAnId {
            param,
            value,
            numeric: true,
        } => format!(
            "`{value}` 不是有效的 {param}：只能包含数字，例如 {}",
            example().id
        ),
        F::NotAnId { param, value, .. } => {
            format!("`{value}` 不是有效的 {param}：ID 中不能有 `:`、`/`、`*` 或引号")
        }
        F::NotATag { value } => {
            format!("`{value}` 不是有效的标签，应写成“键&值”的形式，例如 team&support")
        }
        F::EmptyWindow { from, until } => {
            format!("截止时间 `{until}` 不晚于开始时间 `{from}`，任何时间都不会被允许。")
        }
    }
}
