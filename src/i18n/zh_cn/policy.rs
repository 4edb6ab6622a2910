//! Simplified Chinese words for the policy phase's diagnostics, and for condition values that cannot be read.

use crate::i18n::{concrete_resource, example, Words};
use crate::policy::values::ValueProblem;
use crate::policy::{ElementsOf, PolicyKind, PolicyText, StatementElement};

pub fn words(text: &PolicyText) -> Words {
    use PolicyText as P;
    match text {
        P::NotAnObject { found } => Words::new(
            format!("策略应为 JSON 对象，但本文档是{}", super::json::json_type(*found)),
            "请写成 {\"version\": \"2.0\", \"statement\": [ … ]}",
        ),
        P::MissingVersion => Words::new(
            "策略缺少 `version`",
            "请添加 \"version\": \"2.0\"（CAM 策略唯一的版本）",
        ),
        P::BadVersion { version } => Words::new(
            format!("`{version}` 不是 CAM 策略的版本"),
            "版本只能是 \"2.0\"",
        ),
        P::VersionNotAString { found } => Words::new(
            format!("`version` 必须是字符串 \"2.0\"，而不是{}", super::json::json_type(*found)),
            "请写成 \"version\": \"2.0\"",
        ),
        P::MissingStatement => Words::new(
            "策略缺少 `statement`",
            format!("请添加 \"statement\": [{{\"effect\": \"allow\", \"action\": [\"{}:Describe*\"], \"resource\": [\"*\"]}}]", example().service),
        ),
        P::EmptyStatement => Words::new(
            "`statement` 是空数组：该策略既不授予也不拒绝任何权限",
            "请至少添加一条语句",
        ),
        P::SingleStatement => Words::new(
            "`statement` 是单个对象，将按只含一条语句的数组读取",
            "请按文档中的语法写成 \"statement\": [ { … } ]",
        ),
        P::StatementsNotAList { found } => Words::new(
            format!("`statement` 必须是由语句组成的数组，而不是{}", super::json::json_type(*found)),
            "请写成 \"statement\": [{\"effect\": …, \"action\": …, \"resource\": …}]",
        ),
        P::TooManyStatements { count, limit } => Words::new(
            format!("该策略有 {count} 条语句，本工具只读取前 {limit} 条"),
            "CAM 策略最多 6144 个字符，能容纳的语句远少于此：请将策略拆分",
        ),
        P::AwsStyle => Words::new(
            "这看起来是 AWS IAM 策略，而不是腾讯云访问管理（CAM）策略",
            "CAM 策略的元素名均为小写（`version`、`statement`、`effect`、`action`、`resource`、`condition`），版本为 \"2.0\"，效力为 `allow`/`deny`，条件操作符采用 `ip_equal` 这样的蛇形命名，资源以 `qcs::` 开头",
        ),
        P::UppercaseElement { written, element } => Words::new(
            format!("CAM 策略的元素名仅支持小写：应为 `{element}`"),
            format!("请将 `{written}` 改为 `{element}`"),
        ),
        P::ForeignIdElement { key } => Words::new(
            format!("CAM 中没有 `{key}` 元素"),
            "请删除它：CAM 的语句没有 ID，本工具按位置为语句编号",
        ),
        P::ForeignNegationElement { key } => Words::new(
            format!("CAM 中没有 `{key}` 元素"),
            "请删除它：在 `action`/`resource` 中列出要允许的内容，再为例外情况添加一条效力为 `deny` 的语句",
        ),
        P::UnknownElement {
            key,
            within,
            suggestion,
        } => {
            let expected = match within {
                ElementsOf::Policy => {
                    "策略包含 `version`、`statement`，信任策略和存储桶策略还可包含 `principal`"
                }
                ElementsOf::Statement => {
                    "语句包含 `effect`、`action`、`resource`，以及可选的 `condition`"
                }
            };
            Words::new(
                format!("`{key}` 不是 CAM 策略的元素"),
                match suggestion {
                    Some(s) => format!("是否应为 `{s}`？{expected}"),
                    None => format!("请删除它：{expected}"),
                },
            )
        }
        P::DuplicateKey { key } => Words::new(
            format!("`{key}` 在此对象中出现了多次"),
            "请只保留一个：CAM 读取哪一个没有明确定义（本工具读取最后一个）",
        ),
        P::PrincipalIgnored => Words::new(
            "`principal` 仅适用于信任策略和存储桶策略，评估身份策略时会忽略它",
            "请从关联到用户、用户组和角色的策略中删除它",
        ),
        P::StatementNotAnObject { found } => Words::new(
            format!("语句应为对象，而不是{}", super::json::json_type(*found)),
            "请写成 {\"effect\": \"allow\", \"action\": [ … ], \"resource\": [ … ]}",
        ),
        P::MissingElement { statement, element } => Words::new(
            format!("语句 {statement} 缺少 `{}`", element.as_str()),
            format!("请添加 {}", super::super::element_example(*element)),
        ),
        P::EffectNotAString { found } => Words::new(
            format!("`effect` 必须是 \"allow\" 或 \"deny\"，而不是{}", super::json::json_type(*found)),
            "请写成 \"effect\": \"allow\"",
        ),
        P::EffectCase { written, effect } => {
            let lower = effect.as_str();
            Words::new(
                format!("效力的取值仅支持小写：应为 `{lower}`"),
                format!("请将 \"{written}\" 改为 \"{lower}\""),
            )
        }
        P::UnknownEffect { written } => Words::new(
            format!("`{written}` 不是有效的效力"),
            "效力只能是 \"allow\"（允许）或 \"deny\"（显式拒绝）",
        ),
        P::EmptyList { element } => Words::new(
            format!("`{}` 是空数组", element.as_str()),
            format!("请至少写一个{}，或删除该语句", element_word(*element)),
        ),
        P::EmptyString { element } => Words::new(
            format!("{}为空字符串", element_word(*element)),
            format!("请写出{}，或删除这个空字符串", element_word(*element)),
        ),
        P::NotAString { element, found } => Words::new(
            format!("每个{}都应是字符串，而不是{}", element_word(*element), super::json::json_type(*found)),
            format!("请用双引号写出{}，或写成由这样的字符串组成的数组", element_word(*element)),
        ),
        P::BadAction { action } => Words::new(
            format!("`{action}` 不是有效的操作"),
            format!("操作的格式为 service:ApiName，例如 `{}`、`{1}:Describe*` 或 `{1}:*`", example().action, example().service),
        ),
        P::ServiceCase {
            service,
            expected,
            api,
        } => Words::new(
            format!("`{service}` 与服务 `{expected}` 仅大小写不同。匹配区分大小写，因此该操作永远不会匹配"),
            format!("请写成 `{expected}:{api}`"),
        ),
        P::ApiCase {
            service,
            api,
            expected,
        } => Words::new(
            format!("`{api}` 与接口 `{expected}` 仅大小写不同。匹配区分大小写，因此该操作永远不会匹配"),
            format!("请写成 `{service}:{expected}`"),
        ),
        P::UnknownApi {
            service,
            api,
            product,
            api_count,
        } => Words::new(
            format!("`{service}:{api}` 不是{}（{service}）的接口", super::product_name(service, product)),
            format!("请在接口目录中查看{}的 {api_count} 个接口", super::product_name(service, product)),
        ),
        P::UnknownApiNearName {
            service,
            api,
            product,
            suggestion,
        } => Words::new(
            format!("`{service}:{api}` 不是{}（{service}）的接口", super::product_name(service, product)),
            format!("是否应为 `{service}:{suggestion}`？"),
        ),
        P::FiveSegments { resource, suggestion } => Words::new(
            format!("`{resource}` 只有五段，缺少空的地域段"),
            format!("是否应为 `{suggestion}`？资源应为六段：`qcs:project:service:region:account:resource`（规则 K4）"),
        ),
        P::TooFewSegments { resource, segments } => Words::new(
            format!("`{resource}` 只有 {segments} 段；资源应为 `*` 或六段式描述"),
            format!("请按 `qcs:project:service:region:account:resource` 书写，例如 {}", concrete_resource()),
        ),
        P::ResourceNotQcs { prefix } => Words::new(
            format!("六段式资源应以 `qcs` 开头，而不是 `{prefix}`"),
            format!("请写成 {}", example().resource("<主账号 UIN>", "<id>")),
        ),
        P::VariableNotSubstituted { segment, account } => Words::new(
            format!("`{segment}` 中的策略变量会按字面匹配"),
            if *account {
                "账号段需要填写资源所属主账号的 UIN，例如 `uin/100000000001`：接口列表中的 `uin/${uin}` 只是占位符，CAM 不会在这里替换变量"
            } else {
                "策略变量只在资源六段式的最后一段和条件值中替换"
            },
        ),
        P::UnknownVariable { name } => Words::new(
            format!("`${{{name}}}` 不是 CAM 的策略变量，会按字面匹配"),
            "策略变量只有 ${uin}、${owner_uin} 和 ${app_id}",
        ),
        P::ConditionNotAnObject { found } => Words::new(
            format!("`condition` 应为由条件操作符组成的对象，而不是{}", super::json::json_type(*found)),
            "请写成 \"condition\": {\"ip_equal\": {\"qcs:ip\": [\"10.0.0.0/8\"]}}",
        ),
        P::UnknownOperator { name, suggestion } => Words::new(
            format!("`{name}` 不是 CAM 的条件操作符"),
            match suggestion {
                Some(s) => format!("是否应为 `{s}`？修正之前，该语句不会被评估"),
                None => "请查看 CAM 文档中的条件操作符列表（string_equal、ip_equal、date_less_than 等）；修正之前，该语句不会被评估".to_string(),
            },
        ),
        P::NullEqualIfExist { suggestion } => Words::new(
            "`null_equal` 不能加 `_if_exist` 后缀：它本身就是在判断条件键是否存在",
            format!("是否应为 `{suggestion}`？修正之前，该语句不会被评估"),
        ),
        P::OperatorNotAnObject { found } => Words::new(
            format!("条件操作符的值应为条件键到条件值的映射，而这里是{}", super::json::json_type(*found)),
            "请写成 {\"qcs:ip\": [\"10.0.0.0/8\"]}",
        ),
        P::ConditionKeyCase { key, global } => Words::new(
            format!("条件键区分大小写：`{key}` 不是 `{global}`"),
            format!("请写成 `{global}`"),
        ),
        P::TagNeedsForAnyValue { key } => Words::new(
            format!("标签条件只支持 `for_any_value:`，但 `{key}` 用在了不带限定词的条件操作符下"),
            "请给条件操作符加上前缀：`for_any_value:string_equal`",
        ),
        P::EmptyConditionValues => Words::new(
            "该条件键的条件值是空数组",
            "请至少写一个条件值",
        ),
        P::TooManyValues { count, limit } => Words::new(
            format!("该条件键有 {count} 个条件值，本工具只读取前 {limit} 个"),
            "CAM 策略最多 6144 个字符，能容纳的条件值远少于此：请合并条件值（使用 CIDR 网段、通配符）",
        ),
        P::ConditionValueType { found } => Words::new(
            format!("条件值应为字符串、数字或布尔值，而不是{}", super::json::json_type(*found)),
            "请把条件值写成字符串，或由字符串组成的数组",
        ),
        P::UnreadableValue { problem } => Words::new(
            value_problem(problem),
            "修正之前，与该值的比较结果始终为假",
        ),
        P::TooLong { length, limit } => Words::new(
            format!("共 {length} 个字符（不计空白字符），超过上限 {limit}"),
            "请将它拆分为多个策略；本工具仍会评估它",
        ),
        P::CapitalisedElement { written, element } => Words::new(
            format!("`{written}` 按 `{element}` 读取。CAM 的元素参考要求元素名小写，COS 文档则说明控制台也接受首字母大写"),
            format!("建议改为 `{element}`，以确保各接口都能接受（规则 G2）"),
        ),
        P::CapitalisedEffect { written, effect } => Words::new(
            format!("\"{written}\" 按 \"{}\" 读取。CAM 的效力取值为小写，COS 的示例写成首字母大写", effect.as_str()),
            format!("建议改为 \"{}\"，以确保各接口都能接受", effect.as_str()),
        ),
        P::PrincipalInKind { document: PolicyKind::Session } => Words::new(
            "会话策略中不能有 `principal`：持有临时密钥的一方就是请求者",
            "请删除 `principal`，否则 STS 会拒绝该策略",
        ),
        P::PrincipalInKind { document } => Words::new(
            format!("`principal` 在{}中没有意义，将被忽略", super::kind_name(*document)),
            "请删除它。服务管控策略限制其绑定账号下的所有用户和角色",
        ),
        P::MissingPrincipal { statement, document } => Words::new(
            format!("语句 {statement} 没有指定委托人。{}的每条语句都需要 `principal`", super::kind_name(*document)),
            match document {
                PolicyKind::Bucket => "请添加 \"principal\": {\"qcs\": [\"qcs::cam::uin/<主账号>:uin/<子用户>\"]}，也可以在策略顶层写一次",
                _ => "请添加 \"principal\": {\"qcs\": [\"qcs::cam::uin/<主账号>:root\"]}（或 `service`、`federated`），也可以在策略顶层写一次",
            },
        ),
        P::PrincipalNotAnObject { found } => Words::new(
            format!("`principal` 应为由数组组成的对象或 \"*\"，而不是{}", super::json::json_type(*found)),
            "请写成 \"principal\": {\"qcs\": [\"qcs::cam::uin/<主账号>:root\"]}",
        ),
        P::UnknownPrincipalKey { key, suggestion } => Words::new(
            format!("CAM 中没有 `{key}` 这种委托人"),
            match suggestion {
                Some(s) => format!("是否应为 `{s}`？委托人可以是 `qcs`（账号和用户）、`service`（云服务）或 `federated`（身份提供商）"),
                None => "委托人可以是 `qcs`（账号和用户）、`service`（云服务）或 `federated`（身份提供商）".into(),
            },
        ),
        P::BadPrincipal { principal } => Words::new(
            format!("`{principal}` 不是 CAM 的委托人"),
            "请写成 qcs::cam::uin/<主账号>:root、qcs::cam::uin/<主账号>:uin/<子用户>、qcs::cam::anyone:anyone 或 \"*\"",
        ),
        P::ProviderUnderQcs { principal } => Words::new(
            format!("`{principal}` 是身份提供商，却写在 `qcs` 下"),
            "请移到 `federated` 下，CAM 在那里列出身份提供商",
        ),
        P::OidcProvider { principal } => Words::new(
            format!("`{principal}` 是 OIDC 身份提供商。腾讯云文档在 `federated` 下只列出了 SAML 身份提供商"),
            "本工具把它与 sts:AssumeRoleWithWebIdentity 请求匹配",
        ),
        P::TrustResourceIgnored => Words::new(
            "信任策略中的 `resource` 不起作用，角色本身就是资源",
            "请删除 `resource`。腾讯云文档中的信任策略都没有它",
        ),
        P::EmptyConditionList => Words::new(
            "`condition` 是空数组，视为没有生效条件",
            "请删除它或写成对象，否则 CAM 可能返回 InvalidParameter.ConditionError",
        ),
        P::BucketTooLarge { bytes, limit } => Words::new(
            format!("COS 拒绝超过 20 KB 的存储桶策略，该策略为 {bytes} 字节（上限 {limit}）"),
            "请合并语句，或把授权移到身份策略中",
        ),
        P::SessionTooLong { length, limit } => Words::new(
            format!("该会话策略共 {length} 个字符（不计空白字符），超过了 CAM 策略的上限 {limit}"),
            "STS 文档没有说明上限，但可能返回 PolicyTooLong，请尽量精简会话策略",
        ),
        P::SpaceInName { written, suggestion } => Words::new(
            format!("`{written}` 中间有空白字符。CAM 按原样比较名称，因此它永远不会匹配"),
            format!("是否应为 `{suggestion}`？从浏览器复制的页面有时会在冒号后带上空格"),
        ),
        P::WrappedPolicy { key } => Words::new(
            format!("这是接口的返回结果，策略是 `{key}` 的值"),
            format!("请粘贴 `{key}` 下的对象（以 {{\"version\": \"2.0\" … 开头）"),
        ),
        P::LooksLikeKind { shape, read_as } => Words::new(
            format!("该文档看起来是{}，当前却按{}读取", super::kind_name(*shape), super::kind_name(*read_as)),
            format!("如果它是{}，请选择该类型。每种文档有自己的语法，并在鉴权中处于不同的环节", super::kind_name(*shape)),
        ),
    }
}

/// Why a condition value cannot be read as its operator's type (rule C7).
pub fn value_problem(problem: &ValueProblem) -> String {
    match problem {
        ValueProblem::NotAnIpRange { value } => {
            format!("`{value}` 不是有效的 IP 网段，应形如 10.0.0.0/8")
        }
        ValueProblem::NotAnIpAddress { value } => {
            format!("`{value}` 不是有效的 IP 地址，应形如 10.1.2.3")
        }
        ValueProblem::NotADate { value } => format!(
            "`{value}` 不是有效的时间，应为 UTC 时间的 ISO 8601 格式，例如 2026-01-01T00:00:00Z"
        ),
        ValueProblem::NotANumber { value } => format!("`{value}` 不是数字"),
        ValueProblem::ExponentTooLarge { value, limit } => {
            format!("`{value}` 的指数超出了 ±{limit}")
        }
        ValueProblem::NotABoolean { value } => {
            format!("`{value}` 不是布尔值，应为 true 或 false")
        }
    }
}

/// The element in words, with its name: 操作（action）.
fn element_word(element: StatementElement) -> &'static str {
    match element {
        StatementElement::Effect => "效力（effect）",
        StatementElement::Action => "操作（action）",
        StatementElement::Resource => "资源（resource）",
        StatementElement::Principal => "委托人（principal）",
    }
}
