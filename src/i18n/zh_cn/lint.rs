//! Simplified Chinese words for the lint phase's diagnostics.

use crate::i18n::{example, Words};
use crate::lint::text::{listed, ProductName};
use crate::lint::LintText;
use crate::policy::Effect;

pub fn words(text: &LintText) -> Words {
    match text {
        LintText::TrustActionNotSts { action } => Words::new(
            format!("`{action}` 不是扮演角色的操作。信任策略规定谁可以调用 sts:AssumeRole 等操作（规则 T3）"),
            "请写 name/sts:AssumeRole（账号和服务）、name/sts:AssumeRoleWithSAML（SAML 身份提供商）或 name/sts:AssumeRoleWithWebIdentity（OIDC 身份提供商）。其他操作请在角色的策略中授权",
        ),
        LintText::TrustActionPrincipal { field, action } => Words::new(
            format!("`{action}` 与 `{field}` 类型的委托人不匹配。账号和服务用 sts:AssumeRole 扮演角色，SAML 身份提供商用 sts:AssumeRoleWithSAML，OIDC 身份提供商用 sts:AssumeRoleWithWebIdentity（规则 T3）"),
            "请为每类委托人写上对应的操作，必要时拆成多条语句",
        ),
        LintText::OidcConditionMissing { missing } => Words::new(
            format!("CAM 要求 OIDC 信任语句在 `string_equal` 下包含 `{missing}`（规则 T4）"),
            format!("请添加 \"condition\": {{\"string_equal\": {{\"{missing}\": [\"…\"]}}}}"),
        ),
        LintText::OidcOperator { key, operator } => Words::new(
            format!("CAM 只接受 `string_equal` 下的 `{key}`，不接受 `{operator}`（规则 T4）"),
            format!("请把 `{key}` 移到 `string_equal` 下"),
        ),
        LintText::OidcTooManySubjects { count } => Words::new(
            format!("`oidc:sub` 列出了 {count} 个值，CAM 最多接受 10 个（规则 T4）"),
            "请把这些委托人分给多个角色，或缩小范围",
        ),
        LintText::TrustEveryone => Words::new(
            "该信任策略允许所有人扮演角色，任何账号都能以它的权限操作（规则 T7）",
            "请指定应当扮演该角色的账号、服务或身份提供商",
        ),
        LintText::BucketMismatch { buckets } => Words::new(
            format!("资源中出现了多个存储桶（{}）。一个存储桶策略只管理一个存储桶，其他存储桶的资源永远不会与它的请求匹配（规则 B2）", buckets.join("、")),
            "请只保留该策略所在存储桶的资源",
        ),
        LintText::BucketResourceForm { resource } => Words::new(
            format!("`{resource}` 是旧的资源写法（规则 B2）"),
            "请写成 COS 现行文档的格式 qcs::cos:<地域>:uid/<APPID>:<存储桶名>-<APPID>/<对象键>",
        ),
        LintText::PublicWrite { action } => Words::new(
            format!("所有人（无论是否签名）都可以对该存储桶执行 `{action}`，任何人都能写入或删除其中的对象（规则 B2）"),
            "请只把写操作授权给指定的账号或用户",
        ),
        LintText::BucketGrantsNothing { action } => Words::new(
            format!("存储桶策略无法授予 `{action}`。COS 忽略针对 GetService 和 PutBucket 的存储桶策略语句（规则 B4）"),
            "请在身份策略中授权",
        ),
        LintText::ScpAllowGrantsNothing => Words::new(
            "服务管控策略中的允许语句不授予任何权限。服务管控策略只做限制，绑定了 FullQcloudAccess 时它不起作用（规则 O1）",
            "请在身份策略中授权。只有在解绑 FullQcloudAccess 的节点上，允许语句才用来列出仍然可以执行的操作",
        ),
        LintText::SessionAllowsNothing => Words::new(
            "该会话策略没有允许任何操作，临时密钥将没有任何权限（规则 S2）",
            "请为会话需要的操作添加允许语句，再用拒绝语句缩小范围",
        ),
        LintText::DenyOnly => Words::new(
            "每条语句的效力都是拒绝：此策略本身不授予任何权限",
            "如果它是与其他策略一起关联、专门用来限制权限的策略，这样写没有问题；如需授予权限，请添加一条效力为允许（`\"effect\": \"allow\"`）的语句",
        ),
        LintText::OperationLevelScoped { apis, actions } => {
            let (shown, more) = listed(apis);
            let message = match (apis.len(), more) {
                (1, _) => format!("{} 是操作级接口：限定了具体资源的语句永远不会授予它的权限（规则 R5）", shown.join("、")),
                (_, 0) => format!("{} 都是操作级接口：限定了具体资源的语句永远不会授予这些接口的权限（规则 R5）", shown.join("、")),
                (all, _) => format!("{} 等 {all} 个接口都是操作级接口：限定了具体资源的语句永远不会授予这些接口的权限（规则 R5）", shown.join("、")),
            };
            Words::new(message, format!("将 {} 移到另一条 \"resource\": [\"*\"] 的语句中", super::quoted_list(actions)))
        }
        LintText::OperationLevelWildcardScoped { apis } => Words::new(
            format!("此处的通配操作涵盖 {} 个操作级接口（{}），但此语句限定了具体资源，永远不会授予这些接口的权限（规则 R5）", apis.len(), names(apis)),
            "如需授予这些接口的权限，请为它们另加一条 \"resource\": [\"*\"] 的语句",
        ),
        LintText::DenyOperationLevelScoped { apis } => Words::new(
            format!("此拒绝语句永远拒绝不了操作级接口（{}）：CAM 按资源 `*` 对操作级接口鉴权，而此语句限定了具体资源（规则 R5）", names(apis)),
            "请在 \"resource\": [\"*\"] 的语句中拒绝这些接口",
        ),
        LintText::StarOnStar { action } => Words::new(
            format!("对资源 `*` 允许 `{action}` 且没有生效条件，相当于授予全部权限"),
            "只授予该用户（或岗位）实际需要的接口（参见接口目录中的分类），或添加生效条件，例如对 qcs:ip 使用 ip_equal",
        ),
        LintText::WildcardWrite { action, apis } => Words::new(
            format!("`{action}` 还授予了 {} 个写操作接口：{}", apis.len(), names(apis)),
            "按名称逐一列出读操作接口，或添加一条拒绝这些写操作的语句",
        ),
        LintText::EmptyConditionBlock { operator } => Words::new(
            format!("`{operator}` 下没有条件键，因此始终成立"),
            "添加要判断的条件键，例如 {\"qcs:ip\": [\"10.0.0.0/8\"]}，或删除该条件操作符",
        ),
        LintText::ForAllWithoutPresence { key } => Words::new(
            format!("请求中没有 {key} 时 `for_all_value:` 也成立：此允许语句同样适用于不带该条件键的请求（规则 C4）"),
            format!("同时要求该条件键存在：添加 \"null_equal\": {{\"{key}\": \"false\"}}"),
        ),
        LintText::IfExistOnAllow { operator, key } => Words::new(
            format!("`{operator}` 会放行不带 {key} 的请求：带 `_if_exist` 后缀时，条件键不存在也视为成立（规则 C3）"),
            format!("除非应当允许不带 {key} 的请求，否则请去掉 `_if_exist`"),
        ),
        LintText::NegatedSeveralValues { operator, values } => Words::new(
            format!("`{operator}` 带有 {values} 个值，仅当请求与其中任何一个值都不匹配时才成立（规则 C5）"),
            "CAM 文档没有说明否定型条件操作符如何组合多个值；本工具将其理解为“都不是”",
        ),
        LintText::CidrHostBits { written, read_as } => Words::new(
            format!("`{written}` 的主机位不为零；CAM 的示例也这样写，本工具将其读作 `{read_as}`"),
            format!("写成 `{read_as}`，让网段直接表明它覆盖的范围"),
        ),
        LintText::Permid { action } => Words::new(
            format!("`{action}` 是控制台功能集，其包含的接口未公开：本工具无法判断它授予了哪些权限（规则 A3）"),
            "按名称逐一列出接口，使策略便于审查",
        ),
        LintText::UidAccount { service: Some(service) } => Words::new(
            format!("`uid/` 账号形式仅用于 COS 和 CAS 的资源。`{service}` 的资源请写资源所属主账号的 UIN"),
            "将账号段写成 uin/<主账号 UIN>",
        ),
        LintText::UidAccount { service: None } => Words::new(
            "`uid/` 账号形式仅用于 COS 和 CAS 的资源。此资源的服务段为空，表示所有服务，请写资源所属主账号的 UIN",
            "将账号段写成 uin/<主账号 UIN>",
        ),
        LintText::ResourceServiceMismatch {
            service,
            product,
            example,
        } => Words::new(
            format!("这些操作都是 {product} 接口，但此资源是 `{service}` 的资源：它永远不会与这些操作匹配"),
            format!("{product} 资源的写法为 {}", example.replace("<root uin>", "<主账号 UIN>")),
        ),
        LintText::UnknownResourceType {
            type_name,
            product,
            example,
        } => Words::new(
            format!("`{type_name}` 与任何 {product} 接口的资源都不匹配"),
            format!("写成 {}（可在接口目录中查看各接口的资源模板）", example.replace("<root uin>", "<主账号 UIN>")),
        ),
        LintText::RedundantAction { action, wider } => Words::new(
            format!("`{action}` 已被同一语句中的 `{wider}` 涵盖"),
            "删除它，让策略更简短（CAM 限制策略的字符数，规则 G7）",
        ),
        LintText::DuplicateStatement { statement, earlier } => Words::new(
            format!("第 {statement} 条语句与第 {earlier} 条语句重复"),
            "删除其中一条",
        ),
        LintText::ShadowedStatement { statement, wider, effect } => {
            let verb = match effect {
                Effect::Allow => "允许",
                Effect::Deny => "拒绝",
            };
            Words::new(
                format!("第 {statement} 条语句永远不会改变鉴权结果：第 {wider} 条语句不带生效条件，已经{verb}了第 {statement} 条语句所{verb}的全部请求"),
                "删除此语句；如果本意是只由此语句授权，请收窄范围更大的那条语句",
            )
        }
        LintText::KeyOperator { operator, key, operators, suggested } => Words::new(
            format!("CAM 文档没有为 {key} 列出 `{operator}`：该条件键可用的条件操作符为 {}", super::quoted_list(operators)),
            format!("请使用文档列出的条件操作符（可加限定词前缀和 `_if_exist` 后缀），例如 `{suggested}`"),
        ),
        LintText::LegacyKeyRenamed { key, current, tag_key } => Words::new(
            format!("`{key}` 是旧版 CAM 文档中的条件键名称，现在的写法是 {current}"),
            format!("写成 \"for_any_value:string_equal\": {{\"{current}\": \"{}&<值>\"}}", tag_key.as_deref().unwrap_or("<键>")),
        ),
        LintText::LegacyKeyRetired { key } => Words::new(
            format!("`{key}` 是旧版 CAM 文档中的条件键名称，不在当前的全局条件键列表中"),
            "使用前请先查阅该产品自己的条件键；本工具按原样从请求上下文中读取它",
        ),
        LintText::TagAllowGrantsNothing { products, key, operator } => Words::new(
            format!("{}：`{operator}` 永远不成立，此允许语句不授予任何权限", no_tags(products, key)),
            format!("改为按 {} 资源授权：\"resource\": \"{}\"", example().param, example().resource("<主账号 UIN>", "<ID>")),
        ),
        LintText::TagDenyBlocksNothing { products, key, operator } => Words::new(
            format!("{}：`{operator}` 永远不成立，此拒绝语句拒绝不了任何请求", no_tags(products, key)),
            format!("改为按 {} 资源拒绝，或去掉标签条件，让拒绝生效", example().param),
        ),
        LintText::TagConditionAlwaysHolds { products, key, operator, effect: Effect::Allow } => Words::new(
            format!("{}：`{operator}` 始终成立，因此无论标签如何，此允许语句都会生效", no_tags(products, key)),
            format!("按 {} 资源限制此允许语句；标签条件起不到任何限制作用", example().param),
        ),
        LintText::TagConditionAlwaysHolds { products, key, operator, effect: Effect::Deny } => Words::new(
            format!("{}：`{operator}` 始终成立，因此无论标签如何，此拒绝语句都会生效", no_tags(products, key)),
            format!("按 {} 资源限定此拒绝语句的范围；标签条件起不到任何限制作用", example().param),
        ),
    }
}

/// The first API names, then 等 when there are more: `CreateStaff、DeleteStaff 等`.
fn names(apis: &[String]) -> String {
    let (shown, more) = listed(apis);
    let names = shown.join("、");
    if more > 0 {
        format!("{names} 等")
    } else {
        names
    }
}

/// Why a tag condition cannot work for these products (rule C9).
fn no_tags(products: &[ProductName], key: &str) -> String {
    let names = products
        .iter()
        .map(|p| {
            format!(
                "{}（{}）",
                super::product_name(&p.abbreviation, &p.name),
                p.abbreviation
            )
        })
        .collect::<Vec<_>>()
        .join("、");
    format!("{names}不支持按标签授权，因此 CAM 鉴权其操作时没有 {key} 可比较")
}
