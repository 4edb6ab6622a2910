//! The Simplified Chinese tables, in Tencent Cloud's own terms (`../shared/reference/zh-glossary.md`): the
//! reasoning (`render`), the interface's labels (`label`) and each phase's diagnostics (the submodules). Code,
//! element names, operators, actions and rule ids stay as written, so they can be searched in the policy.

pub mod analysis;
pub mod api;
pub mod cli;
pub mod json;
mod lint;
mod policy;
pub mod request;
#[cfg(not(target_arch = "wasm32"))]
mod terraform;
pub mod tests_panel;

use crate::diagnostic::Text;
use crate::eval::trace::{
    ActionVerdict, KeyOrigin, KeyReason, KeyTrace, Outcome, ResourceVerdict, Segment, SegmentCheck,
    StatementRef,
};
use crate::eval::{Decision, Note};
use crate::explain::phrase::{
    never_matching, segment_notes, Conclusion, NeverMatches, Ordered, SegmentMiss, SegmentNote,
};
use crate::explain::{AssumptionDetail, Message};
use crate::i18n::{example, sentence, Sentence, Words};
use crate::policy::Effect;
use crate::policy::PolicyKind;
use crate::policy_kind::ScpNode;
#[allow(unused_imports)] // the rules a sentence cites, as `{R5}`
use crate::rules::Rule::*;
use crate::rules::{Rule, RuleKind};
use crate::vocabulary::Label;

/// A diagnostic's message and help.
pub fn words(text: &Text) -> Words {
    match text {
        Text::Json(t) => json::words(t),
        Text::Policy(t) => policy::words(t),
        Text::Request(t) => request::words(t),
        Text::Lint(t) => lint::words(t),
        #[cfg(not(target_arch = "wasm32"))]
        Text::Terraform(t) => terraform::words(t),
    }
}

pub fn render(message: &Message) -> Sentence {
    match message {
        Message::Decision { decision, action, hypothetical: false } => match decision {
            Decision::Allow => sentence!("允许：CAM 会允许 {action}。"),
            Decision::ExplicitDeny => sentence!("显式拒绝：有一条拒绝语句匹配 {action}。"),
            Decision::ImplicitDeny => sentence!("隐式拒绝：没有语句允许 {action}，CAM 默认拒绝所有未被允许的请求。"),
        },
        Message::Decision { decision, action, hypothetical: true } => match decision {
            Decision::Allow => sentence!("假设性结论：允许。如果 CAM 按原文接受这些策略，会允许 {action}。"),
            Decision::ExplicitDeny => sentence!("假设性结论：显式拒绝。如果 CAM 按原文接受这些策略，会有一条拒绝语句匹配 {action}。"),
            Decision::ImplicitDeny => sentence!("假设性结论：隐式拒绝。如果 CAM 按原文接受这些策略，没有语句会允许 {action}。"),
        },
        Message::Refused { source, number, errors } => {
            // The first error, and how many more the problem list shows (finding 26: not a wall of text).
            let first = errors
                .first()
                .map(|e| format!("{} — {}（第 {} 行第 {} 列）", e.cam_error, words(&e.text).message, e.span.line, e.span.column))
                .unwrap_or_default();
            let more = match errors.len() {
                0 | 1 => String::new(),
                n => format!("；另有 {} 个错误，见策略下方的问题列表", n - 1),
            };
            sentence!(
                "CAM 会拒绝保存{}{number}：{first}{more}。下面的结论只是假设（规则 {G9}）。",
                set_name(*source)
            )
        }
        Message::NotAuthoritative => "结论不确定：它部分取决于无法评估的语句，或取决于腾讯云文档未说明、由我们取舍的规则。下方的假设会说明是哪一条。".into(),
        Message::RequestApi { action, operation_level, product } => match (operation_level, product) {
            (Some(true), Some(p)) => sentence!("{action} 是{}（{p}）的操作级接口，不支持对特定资源授权。", product_name(p, p)),
            (Some(false), Some(p)) => sentence!("{action} 是{}（{p}）的资源级接口，可以按资源授权。", product_name(p, p)),
            _ => sentence!("{action} 不在接口目录中，按请求给出的资源进行鉴权。"),
        },
        Message::ResourceOperationLevel { api } => sentence!("因此 CAM 用资源 `*` 对 {api} 鉴权（规则 {R5}）。"),
        Message::ResourceIgnored { given } => sentence!("请求中给出的资源（{}）不用于操作级接口。", given.join("、")),
        Message::ResourceFromTemplate { template, resources } => sentence!("资源由接口目录中的模板 {template} 生成：{}。", resources.join("、")),
        Message::ResourceGiven { resources } => sentence!("请求给出的资源是 {}。", resources.join("、")),
        Message::RootAccount => sentence!("请求者是资源所属的主账号，主账号无需策略即拥有自己资源的全部权限（规则 {E4}）。"),
        Message::PolicyHeader { source, number, statements } => sentence!("{}{number}（{statements} 条语句）：", set_name(*source)),
        Message::DeniedByLayer { layer, action, node: None } => sentence!("显式拒绝：{}中没有语句允许 {action}，该层把这种情况视为拒绝（规则 {O2}）。", layer_name(*layer)),
        Message::DeniedByLayer { action, node: Some(node), .. } => sentence!("显式拒绝：绑定到{}的服务管控策略都没有允许 {action}。在集团组织的每一级节点，这都视为拒绝（规则 {O2}）。", node_name(node)),
        Message::ScpLevel { node, decision: None } => sentence!("绑定到{}的服务管控策略：未检查，下级节点已经拒绝（规则 {O2}）。", node_name(node)),
        Message::ScpLevel { node, decision: Some(d) } => sentence!("绑定到{}的服务管控策略：{}（规则 {O2}）。", node_name(node), decision_name(*d)),
        Message::LayerNotReached { layer } => sentence!("{}：未检查，前面一层的拒绝已经决定了结论（规则 {L2}）。", layer_name(*layer)),
        Message::Caller { principal, name } if name.is_empty() => sentence!("请求者：{}。", principal_word(*principal)),
        Message::Caller { principal, name } => sentence!("请求者：{}（{name}）。", principal_word(*principal)),
        Message::AssumeRole { caller, trust } => {
            let own = match caller {
                None => "无需自己的策略授权".to_string(),
                Some(d) => format!("自己的策略判定为{}", decision_name(*d)),
            };
            sentence!("扮演角色既要请求者自己的策略允许，也要信任策略允许（规则 {T5}）。请求者{own}，信任策略判定为{}。", decision_name(*trust))
        }
        Message::LayerHeader { layer, decision: None } => sentence!("{}：不适用于该请求者。", layer_name(*layer)),
        Message::LayerHeader { layer, decision: Some(d) } => sentence!("{}：{}（规则 {L1}）。", layer_name(*layer), decision_name(*d)),
        Message::Principal { check: Some(check), matched: true } => sentence!("委托人 `{}` 指定了{}。", check.name, verdict_words(check.verdict)),
        Message::Principal { .. } => "委托人中没有指定该请求者。".into(),
        Message::NoPolicies { source } => match source {
            PolicyKind::Identity => "没有关联任何策略，因此没有语句能允许该请求。".into(),
            PolicyKind::Boundary => "没有权限边界。".into(),
            kind => sentence!("没有{}。", kind_name(*kind)),
        },
        Message::StatementHeader { number, effect, outcome } => {
            // 效力用中文：语句 1（允许）。
            let effect = effect.map_or("?", |e| match e {
                Effect::Allow => "允许",
                Effect::Deny => "拒绝",
            });
            let outcome = match outcome {
                Outcome::Matched => "匹配",
                Outcome::PartlyMatched => "匹配部分资源",
                Outcome::NotMatched => "不匹配",
                Outcome::NotEvaluated => "未评估",
            };
            sentence!("语句 {number}（{effect}）：{outcome}")
        }
        Message::StatementInvalid => "这条语句有错误（见问题列表），未参与评估。".into(),
        Message::StatementPermId { action } => sentence!("`{action}` 指向一组控制台功能权限，其包含的接口未公开，无法判断它授予了什么，因此按不匹配处理（规则 {A3}）。"),
        Message::StatementUnknownOperator { operator, suggestion } => match suggestion {
            Some(s) => sentence!("`{operator}` 不是条件操作符，是否应为 `{s}`？这条语句因此未参与评估（规则 {C2}）。"),
            None => sentence!("`{operator}` 不是条件操作符，因此这条语句未参与评估（规则 {C2}）。"),
        },
        Message::Action { check, action } => {
            let prefix = if check.name_prefix { sentence!("（`name/` 前缀可省略，规则 {A2}）") } else { Sentence::default() };
            let pattern = &check.pattern;
            match check.verdict {
                ActionVerdict::Everything => sentence!("操作 `{pattern}` 涵盖所有操作，包括 {action}{prefix}。"),
                ActionVerdict::Exact => sentence!("操作 `{pattern}` 与请求的操作 {action} 完全一致{prefix}。"),
                ActionVerdict::Wildcard => sentence!("操作 `{pattern}` 通过通配符匹配 {action}{prefix}。"),
                ActionVerdict::Different => sentence!("操作 `{pattern}` 不匹配 {action}{prefix}。"),
                ActionVerdict::CaseOnly => sentence!("操作 `{pattern}` 只有在忽略大小写时才匹配 {action}，但匹配区分大小写（规则 {A4}）。"),
                ActionVerdict::PermId => sentence!("操作 `{pattern}` 是一组控制台功能权限：从不匹配（规则 {A3}）。"),
            }
        }
        Message::Resource { check, resource, api, failing } => {
            let pattern = &check.pattern;
            match check.verdict {
                ResourceVerdict::Everything => sentence!("资源 `*` 匹配 {resource}（规则 {R1}）。"),
                ResourceVerdict::Matches => sentence!("资源 `{pattern}` 匹配 {resource}{}。", match_detail(&check.segments)),
                ResourceVerdict::OperationLevel => sentence!(
                    "资源 `{pattern}` 指定了具体资源，不是 `*`；而 {} 是操作级接口，CAM 用资源 `*` 鉴权，因此这条语句不适用于该请求（规则 {R5}）。请在资源为 `*` 的语句中授权该接口。",
                    api.as_deref().unwrap_or("该接口")
                ),
                ResourceVerdict::RequestIsEverything => sentence!("请求的资源是 `*`，只有资源 `*` 能涵盖它，`{pattern}` 不能。"),
                ResourceVerdict::Malformed => sentence!("资源 `{pattern}` 不是有效的六段式资源描述，从不匹配（规则 {R2}）。"),
                ResourceVerdict::Different => match failing {
                    Some(seg) => sentence!("资源 `{pattern}` 不匹配 {resource}：{}", segment_failure(seg)),
                    None => sentence!("资源 `{pattern}` 不匹配 {resource}。"),
                },
            }
        }
        Message::MoreNotMatching { count } => sentence!("这条语句还有 {count} 个写法同样不匹配。"),
        Message::NoCondition => "没有生效条件。".into(),
        Message::ConditionBlock { block } => match (&block.parsed, block.matched) {
            (None, _) => sentence!("条件 `{}` 未评估。", block.operator),
            (Some(_), true) => sentence!("条件 `{}` 的每个条件键都成立。", block.operator),
            (Some(_), false) => sentence!("条件 `{}` 不成立（其下所有条件键都须成立，规则 {C1}）。", block.operator),
        },
        Message::ConditionKey { key, operator, ordered } => key_sentence(key, operator, *ordered),
        Message::KeyOrigin { key, origin } => match origin {
            KeyOrigin::TagsNotSupported { product, ignored } if ignored.is_empty() => sentence!("{}（{product}）不支持按标签授权，其支持 CAM 的接口列表写明“不支持”。因此该操作没有 {key} 可供比较，视为条件键不存在（规则 {C9}）。", product_name(product, product)),
            KeyOrigin::TagsNotSupported { product, ignored } => sentence!("{}（{product}）不支持按标签授权，其支持 CAM 的接口列表写明“不支持”。因此请求中的 {} 被忽略，该操作没有 {key} 可供比较，视为条件键不存在（规则 {C9}）。", product_name(product, product), quoted_list(ignored)),
            KeyOrigin::Principal { value } => sentence!("请求上下文中没有 {key}，因此取请求者的值：`{value}`（规则 {C8}）。"),
        },
        Message::StatementApplies { number, effect } => match effect {
            Effect::Allow => sentence!("因此语句 {number} 允许该请求。"),
            Effect::Deny => sentence!("因此语句 {number} 拒绝该请求。"),
        },
        Message::StatementDoesNotApply { number } => sentence!("因此语句 {number} 不适用于该请求。"),
        Message::Conclusion { grounds } => match grounds {
            Conclusion::RootAllows => "结论：允许（主账号）。".into(),
            Conclusion::AllowedBy(deciding) => sentence!("结论：允许。{} 允许该请求，且没有匹配的拒绝语句（规则 {E1}）。", refs(deciding)),
            Conclusion::DeniedBy(deciding) => sentence!("结论：显式拒绝。{} 拒绝了该请求，拒绝语句始终优先于允许语句（规则 {E1}）。", refs(deciding)),
            Conclusion::BoundaryBlocks => sentence!("结论：隐式拒绝。策略允许该请求，但权限边界不允许（规则 {E3}）。"),
            Conclusion::NothingAllows => sentence!("结论：隐式拒绝。没有任何语句允许该请求，CAM 默认拒绝所有未被允许的请求（规则 {E1}）。"),
        },
        Message::Assumption { rule, detail } => sentence!("{}参见 {DOC_SITE}{}", render(&Message::AssumptionText { rule: *rule, detail: detail.clone() }), rule.doc_page()),
        Message::AssumptionText { rule, detail: None } => sentence!("假设 {}（{}）：{}。", rule.id(), kind_word(*rule), rule_title(*rule)),
        Message::AssumptionText { rule, detail: Some(AssumptionDetail::HostBits { written, read_as }) } => sentence!("假设 {}（{}）：`{written}` 的主机位不为零，按 `{read_as}` 理解。", rule.id(), kind_word(*rule)),
        Message::ApisChosen { count } => sentence!("已选 {count} 个接口"),
        Message::DecisionsChanged { count } => sentence!("自快照以来有 {count} 个结论发生变化（点击可打开对应请求）"),
        Message::UsedInRequest { action } => sentence!("请求的操作已改为 {action}。"),
        Message::CatalogShown { shown, total } => sentence!("匹配 {shown} / {total} 个"),
        Message::MatrixCounts { allowed, explicit, implicit } => sentence!("允许 {allowed} 个 · 显式拒绝 {explicit} 个 · 隐式拒绝 {implicit} 个"),
        Message::DecisionChangedSinceLink { was, engine, catalog, now_engine, now_catalog, now } => sentence!("{}：链接中的结论是{was}（引擎 {engine}，接口目录 {catalog}），当前演练场（引擎 {now_engine}，接口目录 {now_catalog}）的结论是{now}。", label(Label::DecisionChanged)),
        Message::UnknownLanguage { tag } => sentence!("地址中指定的语言 `{tag}` 不受支持（支持 en 和 zh-CN），已改用中文显示。"),
        Message::NamedStatement { source, number, name, line } => sentence!("{}`{name}` 的语句 {number}（第 {line} 行）", set_name(*source)),
        Message::Note { note } => match note {
            Note::RootAccount => "主账号不受策略限制。".into(),
            Note::ListApiTagDeny { statement } => sentence!("CAM 实际上不会对列表类接口执行带标签条件的拒绝语句（{}，规则 {E5}），因此这条拒绝可能不生效。", reference(statement)),
            Note::PlatformMayIgnoreDeny { service } => sentence!("CAM 实际上会忽略 {service} 的部分拒绝语句，例如匿名访问 COS、AdministratorAccess 下的计费操作（规则 {E5}）。"),
            Note::ListQueryOperator { statement, operator } => sentence!("{} 依赖 `{operator}`。CAM 文档说明列表查询只支持精确匹配的条件操作符，因此 CAM 实际上可能不会对这个列表类接口执行它（规则 {E5}）。", reference(statement)),
            Note::ScpNoAllow { node } => sentence!("绑定到{}的服务管控策略都没有允许该请求，且 FullQcloudAccess 已解绑。集团组织文档将这种情况视为显式拒绝（规则 {O2}）。", node_name(node)),
            Note::ScpSkipsRoot => sentence!("工作区中的服务管控策略没有生效：它们限制成员账号下的 CAM 用户和角色，不限制主账号（规则 {O3}）。如需按另一种理解评估，请在请求的 \"organization\" 中设置 \"scp_limits_root\": true。"),
            Note::CallerNeedsNoPolicy { principal } => sentence!("{}扮演角色无需自己的策略授权，只由信任策略决定（规则 {T5}）。", principal_word(*principal)),
            Note::AnonymousBucketOnly => sentence!("匿名请求只按存储桶策略中针对所有人的语句判断（规则 {B3}）。"),
            Note::EveryoneDenyNotApplied { statement } => sentence!("{} 拒绝所有人，但 COS 按身份和指定该身份的语句判断带签名的请求，因此它在这里不生效（规则 {B3}）。", reference(statement)),
            Note::CrossAccount => sentence!("该存储桶属于另一个账号：其存储桶策略必须允许请求者，子用户还需要本账号的策略允许（规则 {B3}）。"),
            Note::BucketActionIgnored => sentence!("针对 GetService 和 PutBucket 的存储桶策略语句不授予任何权限，因此没有参考存储桶策略（规则 {B4}）。"),
        },
    }
}

/// A product's Chinese name as Tencent's Chinese pages write it (`name_zh` of its catalog file), else its
/// English name.
pub fn product_name<'a>(abbreviation: &str, english: &'a str) -> &'a str {
    crate::catalog::Catalog::builtin()
        .product(abbreviation)
        .map(|p| p.name_zh.as_str())
        .filter(|name| !name.is_empty())
        .unwrap_or(english)
}

pub fn products_line(catalog: &crate::catalog::Catalog) -> String {
    let names: Vec<String> = catalog
        .products
        .iter()
        .map(|p| {
            format!(
                "{}（{}）",
                product_name(&p.abbreviation, &p.name),
                p.abbreviation
            )
        })
        .collect();
    format!("腾讯云 · {}", names.join("、"))
}

/// What follows a heading or label before its detail: a full-width colon.
pub const COLON: &str = "：";

/// 中文的 CAM 文档（产品 598），页面 ID 与英文站相同，接在后面。
pub const DOC_SITE: &str = "https://www.tencentcloud.com/zh/document/product/";

/// An aside after a phrase: `（假设）`.
pub fn aside(text: &str) -> String {
    format!("（{text}）")
}

/// Chinese has no capitals: a sentence starts as written.
pub fn sentence_start(text: &str) -> String {
    text.to_string()
}

/// The generator's ids field: `SdkAppId（用逗号分隔）`.
pub fn ids_label(params: &str) -> String {
    format!("{params}（多个用逗号分隔，中英文逗号均可）")
}

/// The action field's placeholder: `ccc:…（输入以搜索 181 个接口）`.
pub fn action_placeholder(example: &str, count: usize) -> String {
    format!("{example}（输入以搜索 {count} 个接口）")
}

/// Under the request's tag fields when the action's product has no authorization by tag (rule C9).
pub fn tags_not_supported(product: &str, abbreviation: &str) -> Sentence {
    let product = product_name(abbreviation, product);
    sentence!("{product}不支持按标签授权：鉴权 {abbreviation} 操作时 CAM 会忽略这些标签，标签条件始终取不到值（规则 {C9}）。")
}

pub(crate) fn set_name(source: PolicyKind) -> &'static str {
    match source {
        PolicyKind::Identity => "策略 ",
        PolicyKind::Boundary => "权限边界 ",
        PolicyKind::Trust => "信任策略 ",
        PolicyKind::Session => "会话策略 ",
        PolicyKind::Bucket => "存储桶策略 ",
        PolicyKind::Scp => "服务管控策略 ",
    }
}

/// A kind of document by its Tencent name: 信任策略, 会话策略 …. One name per kind everywhere (picker, tabs,
/// layers, sentences); the glossary says whose policy each is (角色的信任策略, STS 的会话策略 …).
pub fn kind_name(kind: PolicyKind) -> &'static str {
    kind_choice(kind)
}

fn kind_word(rule: Rule) -> &'static str {
    match rule.kind() {
        RuleKind::Doc => "文档规定",
        RuleKind::Choice => "文档未说明，由我们取舍",
    }
}

fn reference(r: &StatementRef) -> String {
    format!(
        "{}{} 的语句 {}",
        set_name(r.source),
        r.policy + 1,
        r.statement + 1
    )
}

fn refs(deciding: &[StatementRef]) -> String {
    deciding
        .iter()
        .map(reference)
        .collect::<Vec<_>>()
        .join("、")
}

fn segment_name(segment: Segment) -> &'static str {
    match segment {
        Segment::Qcs => "前缀",
        Segment::Project => "项目段",
        Segment::Service => "服务段",
        Segment::Region => "地域段",
        Segment::Account => "账号段",
        Segment::Resource => "资源段",
    }
}

fn match_detail(segments: &[SegmentCheck]) -> Sentence {
    let notes: Vec<Sentence> = segment_notes(segments)
        .into_iter()
        .map(segment_note)
        .collect();
    if notes.is_empty() {
        Sentence::default()
    } else {
        sentence!("：{}", Sentence::join(&notes, "；"))
    }
}

fn segment_note(note: SegmentNote) -> Sentence {
    match note {
        SegmentNote::EmptyMeansAny(segment) => {
            sentence!("{}为空表示任意（规则 {R3}）", segment_name(segment))
        }
        SegmentNote::EmptyAccountIsOwner(owner) => {
            sentence!("账号段为空表示资源所属的主账号 {owner}（规则 {R3}）")
        }
        SegmentNote::StarSpansSlash(pattern) => {
            sentence!("`{pattern}` 中的 `*` 跨越了 `/`（规则 {R4}）")
        }
        SegmentNote::CoversDirectory(pattern) => {
            sentence!("`{pattern}` 也涵盖该目录本身（规则 {R4}）")
        }
    }
}

fn segment_failure(seg: &SegmentCheck) -> Sentence {
    let name = segment_name(seg.segment);
    let (pattern, actual) = (&seg.pattern, &seg.actual);
    match SegmentMiss::of(seg) {
        SegmentMiss::CaseOnly => sentence!("{name} `{pattern}` 与 `{actual}` 只差大小写，而匹配区分大小写（规则 {R8}）。"),
        SegmentMiss::VariableKept => sentence!("{name} `{pattern}` 中的变量按字面保留（只有最后一段才替换策略变量，规则 {V2}）。请直接写主账号 UIN，例如 `{actual}`。"),
        SegmentMiss::NotTheOwner => sentence!("账号 `{pattern}` 不是资源所属的主账号 `{actual}`。"),
        SegmentMiss::Different => sentence!("{name} `{pattern}` 与 `{actual}` 不匹配。"),
    }
}

/// The "?" button's name after a term: `操作级是什么？` (`SdkAppId 是什么？`: a space after Latin).
pub fn what_is(term: &str) -> String {
    let gap = if term.ends_with(|c: char| c.is_ascii_alphanumeric()) {
        " "
    } else {
        ""
    };
    format!("{term}{gap}是什么？")
}

/// Between the items of a list: an enumeration comma.
pub const LIST_SEPARATOR: &str = "、";

pub(super) fn quoted_list(values: &[String]) -> String {
    crate::i18n::quoted(values, LIST_SEPARATOR)
}

/// How an ordered comparison reads (dates, numbers, IP ranges), when it holds and when it fails.
fn comparison(ordered: Ordered) -> (&'static str, &'static str) {
    match ordered {
        Ordered::Equals => ("等于", "不等于"),
        Ordered::DateBefore => ("早于", "不早于"),
        Ordered::DateAtOrBefore => ("不晚于", "晚于"),
        Ordered::DateAfter => ("晚于", "不晚于"),
        Ordered::DateAtOrAfter => ("不早于", "早于"),
        Ordered::LessThan => ("小于", "不小于"),
        Ordered::AtMost => ("不大于", "大于"),
        Ordered::MoreThan => ("大于", "不大于"),
        Ordered::AtLeast => ("不小于", "小于"),
        Ordered::InRange => ("属于", "不属于"),
    }
}

fn key_sentence(key: &KeyTrace, operator: &str, ordered: Option<Ordered>) -> Sentence {
    let name = &key.key;
    let policy_values: Vec<String> = key.values.iter().map(|v| v.value.clone()).collect();
    let wanted = quoted_list(&policy_values);
    let given = || quoted_list(key.request_values.as_deref().unwrap_or_default());
    let presence = |absent: bool| if absent { "不存在" } else { "存在" };
    let mut sentence = match &key.reason {
        KeyReason::Missing { if_exist: true } => sentence!("请求中没有 {name}；`_if_exist` 使该条件成立（规则 {C3}）。"),
        KeyReason::Missing { if_exist: false } => sentence!("请求中没有 {name}，因此 `{operator}` 不成立（规则 {C3}）。请在请求上下文中加入 {name}。"),
        KeyReason::Null { expects_absent, absent } => sentence!(
            "请求中 {name} {}；null_equal {} 要求它{}。",
            presence(*absent),
            expects_absent,
            presence(*expects_absent)
        ),
        KeyReason::EmptySetForAll => sentence!("请求中 {name} 没有值；`for_all_value` 对空集成立（规则 {C4}）。"),
        KeyReason::EmptySetForAny => sentence!("请求中 {name} 没有值；`for_any_value` 至少需要一个值（规则 {C4}）。"),
        KeyReason::SomeValueMatched { request_value } => {
            // 多个值时：说出匹配的那一个，以及共列出几个（issue 27，问题 17）。
            let (wanted, of) = match (&key.values[..], key.values.iter().find(|v| v.matched)) {
                ([_, _, ..], Some(hit)) => (format!("`{}`", hit.value), format!("（所列 {} 个值之一）", key.values.len())),
                _ => (wanted, String::new()),
            };
            match ordered.map(comparison) {
                Some((holds, _)) => sentence!("{name} = `{request_value}`，{holds} {wanted}{of}。"),
                None => sentence!("{name} = `{request_value}`，匹配 {wanted}{of}。"),
            }
        }
        KeyReason::NoValueMatched => match ordered.map(comparison) {
            Some((_, fails)) => sentence!("{name} = {}，{fails} {wanted}。", given()),
            None => sentence!("{name} = {}，不匹配 {wanted} 中的任何一个。", given()),
        },
        KeyReason::NegatedNoneMatched => sentence!("{name} = {}，不匹配 {wanted} 中的任何一个，因此否定操作符成立（规则 {C5}）。", given()),
        KeyReason::NegatedSomeMatched { request_value } => sentence!("{name} = `{request_value}`，匹配 {wanted}，因此否定操作符不成立（规则 {C5}）。"),
        KeyReason::AllValuesMatched => sentence!("{name} 的每个值（{}）都在 {wanted} 之中。", given()),
        KeyReason::ValueOutsideSet { request_value } => sentence!("{name} 的值 `{request_value}` 不在 {wanted} 之中。"),
        KeyReason::UnknownOperator => sentence!("未检查 {name}：条件操作符未知。"),
    };
    for value in never_matching(key) {
        sentence.push(&never_matches(value));
    }
    sentence
}

fn never_matches(value: NeverMatches) -> Sentence {
    match value {
        NeverMatches::PolicyValue(problem) => sentence!(
            "策略中的值 {}。该值不会匹配任何请求（规则 {C7}）。",
            policy::value_problem(problem)
        ),
        NeverMatches::RequestValue(problem) => sentence!(
            "请求中的值 {}。该值不会匹配任何条件值（规则 {C7}）。",
            policy::value_problem(problem)
        ),
    }
}

/// A glossary entry: the term and what it means.
pub fn term(term: crate::vocabulary::Term) -> (&'static str, Sentence) {
    use crate::vocabulary::Term;
    match term {
        Term::SdkAppId => ("SdkAppId（应用 ID）", sentence!("云联络中心应用（实例）的 ID。资源级 ccc 接口按 SdkAppId 授权，其资源为 qcs::ccc::uin/<主账号 UIN>:SdkAppId/<ID>。")),
        Term::ResourceLevel => ("资源级", sentence!("支持对特定资源授权的接口：策略可以只在某个 {} 上授予它。", example().param)),
        Term::OperationLevel => ("操作级", sentence!("不支持对特定资源授权的接口：CAM 用资源 * 对它鉴权，因此只有资源为 * 的语句才能授予（或拒绝）它。限定在某个 {} 上的策略不会授予它，而且不会有任何提示（规则 {R5}）。", example().param)),
        Term::SixSegment => ("六段式资源描述", sentence!("`qcs:project:service:region:account:resource`，例如 {}。为空的段表示任意（项目段被忽略；账号段为空表示资源所属的主账号）。", crate::i18n::concrete_resource())),
        Term::PermissionsBoundary => ("权限边界", sentence!("为子账号的权限设定上限的策略。请求必须同时被策略和权限边界允许，任一方中匹配的拒绝语句都会拒绝请求。")),
        Term::ExplicitDeny => ("显式拒绝", sentence!("有一条拒绝语句匹配该请求。拒绝语句始终优先于允许语句。")),
        Term::ImplicitDeny => ("隐式拒绝", sentence!("没有语句允许该请求。CAM 默认拒绝所有未被允许的请求，即使没有拒绝语句也会拒绝。")),
        Term::NotAuthoritative => ("结论不确定", sentence!("结论取决于本工具无法评估的语句（permid/ 操作、未知的条件操作符），或取决于腾讯云文档未说明、由我们取舍的规则。推理过程下方的假设会说明是哪一条。")),
        Term::Assumption => ("假设", sentence!("决定了本次结论、由我们取舍的一条规则（规则手册中标为“我们的取舍”）。每条假设都注明规则编号并链接到腾讯云文档。")),
        Term::Hypothetical => ("假设性结论", sentence!("某个策略有语法错误，CAM 的 CreatePolicy 会拒绝保存它。结论表示：如果保存了，其中可读的语句会产生什么效果（规则 {G9}）。")),
        Term::TagAuthorization => ("按标签授权", sentence!("产品的操作能否按资源标签或请求标签（qcs:resource_tag、qcs:request_tag）授权。云联络中心不支持按标签授权，鉴权 ccc 操作时标签条件始终取不到值（规则 {C9}）。")),
        Term::KindOfDocument => ("文档类型", sentence!("CAM 的策略语法用于六种文档：身份策略、权限边界、信任策略（角色）、会话策略（STS 临时密钥）、存储桶策略（COS）和服务管控策略（集团组织）。每种文档由各自的接口保存，并在鉴权的不同环节生效（规则 {K1}、{L1}）。")),
        Term::TrustPolicy => ("信任策略", sentence!("角色自己的策略，在 `principal` 中列出可以扮演该角色的角色载体：账号、用户、云服务或身份提供商。扮演角色还需要请求者自己的策略允许（规则 {T5}）。")),
        Term::SessionPolicy => ("会话策略", sentence!("签发临时密钥（AssumeRole、GetFederationToken）时附带的策略。临时密钥只能执行它和背后身份都允许的操作（规则 {S2}）。")),
        Term::BucketPolicy => ("存储桶策略", sentence!("COS 存储桶自己的策略，规定谁可以对存储桶及其中的对象执行哪些操作。COS 把它与请求者的身份策略合并判断；跨账号访问时两边都必须允许（规则 {B3}）。")),
        Term::ServiceControlPolicy => ("服务管控策略", sentence!("集团组织绑定到根节点、部门或成员账号的策略。它不授予权限，只限制成员账号下的用户和角色能做什么（规则 {O1}、{O2}）。")),
        Term::AnonymousAccess => ("匿名访问", sentence!("不带签名的 COS 请求，例如公开链接。只有存储桶策略中针对所有人的语句对它生效（规则 {B3}）。")),
    }
}

/// Each rule of the rule book in a few words, as an assumption names it.
pub fn rule_title(rule: Rule) -> &'static str {
    match rule {
        Rule::G1 => "策略是包含 `version`（仅 2.0）和 `statement` 的 JSON 对象",
        Rule::G2 => "元素名须为小写；仅首字母大写（`Statement`、`Allow`）按小写读取并给出警告",
        Rule::G3 => "单个语句对象按只有一条语句的数组处理",
        Rule::G4 => "效力（`effect`）为小写的 `allow` 或 `deny`",
        Rule::G5 => "`action` 和 `resource` 是字符串或非空数组",
        Rule::G6 => "身份策略中忽略 `principal`",
        Rule::G7 => "超过 6144 个字符的策略会被 CAM 拒绝，此处仍然评估",
        Rule::G8 => "每个错误都标明位置，并一次列出全部错误",
        Rule::G9 => "CAM 会拒绝保存的策略仍然评估，结论只是假设",
        Rule::A1 => "操作写作 service:ApiName，可用 * 通配",
        Rule::A2 => "操作的 name/ 前缀可省略",
        Rule::A3 => "permid/ 操作从不匹配，结论因此不确定",
        Rule::A4 => "操作匹配区分大小写",
        Rule::A5 => "接口名不在接口目录中时给出警告",
        Rule::R1 => "* 表示所有资源",
        Rule::R2 => "资源是以 qcs 开头的六段式描述",
        Rule::R3 => {
            "服务段或地域段为空表示全部；账号段为空表示资源所属的主账号；uid/ 只用于 COS 和 CAS"
        }
        Rule::R4 => "* 匹配任意字符（包括 /）；末尾的 /* 也匹配目录本身",
        Rule::R5 => "操作级接口只与资源 * 本身匹配",
        Rule::R6 => "后面为空的 uin/ 表示资源所属的主账号 UIN",
        Rule::R7 => "请求涉及多个资源时，每个资源都被允许才允许",
        Rule::R8 => "资源匹配区分大小写",
        Rule::V1 => "${uin}、${owner_uin} 和 ${app_id} 取自请求者",
        Rule::V2 => "只在资源的最后一段和条件值中替换策略变量",
        Rule::V3 => "未知的变量按字面保留",
        Rule::C1 => "同一条件键下的值之间为“或”；条件键之间、操作符之间为“且”",
        Rule::C2 => "未知的条件操作符使语句不参与评估",
        Rule::C3 => "没有 _if_exist 时，缺少条件键则条件不成立",
        Rule::C4 => "for_all_value 对不存在的条件键成立；for_any_value 不成立",
        Rule::C5 => "否定操作符在没有任何值匹配时成立",
        Rule::C6 => "普通操作符作用于多值条件键时，等同于 for_any_value",
        Rule::C7 => "值的类型：字符串、十进制数、日期、布尔值、IP 和 CIDR",
        Rule::C8 => {
            "全局条件键只接受 CAM 为其列出的操作符；qcs:uin 和 qcs:owner_uin 默认取请求者的值"
        }
        Rule::C9 => "不支持按标签授权的产品没有标签可比较：其操作的标签条件键视为不存在",
        Rule::E1 => "拒绝优先于允许；没有匹配即隐式拒绝",
        Rule::E2 => "操作、资源和生效条件都匹配时，语句才匹配",
        Rule::E3 => "权限边界限制策略能允许的范围",
        Rule::E4 => "主账号对自己的资源拥有全部权限",
        Rule::E5 => "文档记载的特殊情形：CAM 实际会忽略某些拒绝语句或非精确匹配的条件操作符",
        Rule::E6 => "三值结论，附带决定结论的语句和“结论是否确定”标记",
        Rule::K1 => "每个文档都有类型（身份策略、权限边界、信任策略、会话策略、存储桶策略、服务管控策略），按结构推断，可以更改",
        Rule::K2 => "每种文档由各自的接口校验，错误码各不相同（为预测值）",
        Rule::K3 => "`\"condition\": []` 视为没有生效条件",
        Rule::K4 => "只有五段的资源仍是错误，并建议补上空段",
        Rule::T1 => "信任策略必须有 `principal`，其中的 `resource` 不起作用",
        Rule::T2 => "`principal` 中 `qcs`、`service`、`federated` 的值都是数组",
        Rule::T3 => "信任策略的操作为 sts:AssumeRole、AssumeRoleWithSAML 和 AssumeRoleWithWebIdentity",
        Rule::T4 => "SAML 和 OIDC 的信任条件须符合 CAM 的要求",
        Rule::T5 => "扮演角色既要请求者自己的策略允许，也要角色的信任策略允许",
        Rule::T6 => "CreateRole 按自己的错误码拒绝有误的信任策略",
        Rule::T7 => "信任策略和存储桶策略的委托人如何与请求者匹配",
        Rule::S1 => "会话策略中不能有 `principal`",
        Rule::S2 => "临时密钥只能执行会话策略和身份本身都允许的操作",
        Rule::B1 => "存储桶策略必须有 `principal`，且不超过 20 KB",
        Rule::B2 => "存储桶策略的委托人和资源采用 COS 的写法",
        Rule::B3 => "COS 的鉴权顺序：匿名请求、存储桶所有者的主账号、所有者账号下的身份、其他账号",
        Rule::B4 => "针对 GetService 和 PutBucket 的存储桶策略语句不授予任何权限",
        Rule::O1 => "服务管控策略不授予权限，只做限制",
        Rule::O2 => "服务管控策略从成员账号所在节点逐级向上检查到根节点；每个节点默认绑定 FullQcloudAccess",
        Rule::O3 => "服务管控策略限制成员账号下的用户和角色，不限制其主账号",
        Rule::L1 => "一次鉴权中各层的先后顺序",
        Rule::L2 => "任何一层的显式拒绝都是最终结论",
        Rule::L3 => "各层顺序由本工具选定时，结论不确定",
    }
}

pub fn label(label: Label) -> &'static str {
    use Label::*;
    match label {
        AppTitle => "CAM 策略演练场",
        Example => "示例",
        LoadExample => "加载示例",
        ThemeAuto => "主题：自动",
        ThemeLight => "主题：浅色",
        ThemeDark => "主题：深色",
        ThemeToggle => "在自动、浅色和深色主题之间切换",
        Policies => "策略",
        Policy => "策略",
        Boundary => "权限边界",
        TrustPolicy => "信任策略",
        SessionPolicy => "会话策略",
        BucketPolicy => "存储桶策略",
        Scp => "服务管控策略",
        KindOfDocument => "文档类型",
        AddPolicy => "+ 策略",
        AddBoundary => "+ 权限边界",
        AddOtherKind => "+ 其他类型…",
        PrincipalType => "请求者身份",
        Groups => "用户组 ID（多个用逗号分隔）",
        RoleName => "角色名称",
        ServiceName => "服务",
        Provider => "身份提供商",
        ResourceOwnerUin => "资源所属主账号（跨账号时填写）",
        Organization => "集团组织（供服务管控策略使用）",
        FullQcloudAccess => "各级节点仍绑定 FullQcloudAccess",
        ScpLimitsRoot => "服务管控策略也限制成员账号的主账号",
        BoundTo => "绑定节点",
        NodeAccount => "成员账号",
        NodeDepartment => "部门",
        NodeRoot => "根节点",
        DepartmentPath => "部门名称（多级部门用 / 分隔）",
        RemoveTab => "移除此策略",
        RenameTab => "重命名（双击标签页）",
        Format => "格式化",
        FormatFailed => "JSON 有语法错误，无法格式化。文档保持原样。",
        Problems => "问题",
        Request => "请求",
        RequestForm => "表单",
        RequestJson => "JSON",
        RequestJsonInvalid => "请求 JSON 有错误。请先在 JSON 视图中修正，再使用表单。",
        Action => "操作（接口）",
        Principal => "请求者",
        Uin => "请求者 UIN",
        OwnerUin => "请求者所属主账号 UIN",
        AppId => "APPID",
        Context => "请求上下文",
        SourceIp => "来源 IP（qcs:ip）",
        CurrentTime => "时间（qcs:current_time，UTC）",
        Now => "当前时间",
        ResourceTags => "资源标签（qcs:resource_tag）",
        RequestTags => "请求标签（qcs:request_tag）",
        TagPlaceholder => "键&值，按回车添加",
        Add => "添加",
        Remove => "移除",
        CustomKeys => "其他条件键",
        KeyPlaceholder => "条件键，例如 vpc:vpc",
        ValuePlaceholder => "值",
        DerivedResource => "CAM 鉴权的资源",
        ResourceLevel => "资源级",
        OperationLevel => "操作级",
        NotInCatalog => "不在接口目录中",
        Decision => "结论",
        Allowed => "允许",
        ExplicitlyDenied => "显式拒绝",
        ImplicitlyDenied => "隐式拒绝",
        NotEvaluated => "无法评估",
        NotEvaluatedHelp => "请先修正下方列出的策略或请求错误，两者都能正确解析后即显示结论。",
        NotAuthoritative => "结论不确定",
        Hypothetical => "假设性结论：CAM 会拒绝保存某个策略",
        CamWouldRefuse => "CAM 会拒绝保存此策略",
        StepByStep => "推理过程",
        StepHint => "悬停或点击某一步，可在策略中看到对应位置。",
        DocPage => "腾讯云文档",
        Catalog => "接口目录",
        CatalogSearch => "按名称或描述搜索，如“坐席”",
        AllCategories => "全部类别",
        AllGranularities => "全部授权粒度",
        CategoryWrite => "写操作",
        CategoryOther => "其他操作",
        CategoryRead => "读操作",
        CategoryList => "列表操作",
        UseInRequest => "填入请求",
        ShowAll => "展开全部",
        TemplateQuirk => "文档中 `uin/` 后面为空，这里按资源所属主账号的 UIN 理解（规则 R6）。",
        GoToProblem => "跳转到问题位置",
        GutterDecidesAllow => "这条语句决定了结论：允许",
        GutterDecidesDeny => "这条语句决定了结论：拒绝",
        GutterNotEvaluated => "这条语句未参与评估",
        CopyLink => "复制链接",
        LinkCopied => "链接已复制。链接包含整个工作区，不会在服务器上保存任何内容。",
        CopyMarkdown => "复制为 Markdown",
        MarkdownCopied => "Markdown 已复制：结论、请求、决定结论的语句、推理过程和链接。",
        NewWorkspace => "新建",
        PasteError => "粘贴错误信息",
        PasteErrorPlaceholder => "粘贴腾讯云返回的 AuthFailure.UnauthorizedOperation 错误信息，即含有 operation (ccc:CreateStaff) 和 resource (qcs::ccc::uin/…:SdkAppId/…) 的那段文字",
        FillRequest => "填入请求",
        Cancel => "取消",
        LinkUnreadable => "无法打开此链接",
        RestorePrevious => "恢复之前的工作区",
        RestoreHelp => "您打开了一个链接。之前的工作区已保存在此浏览器中，一键即可恢复。",
        Dismiss => "关闭",
        DecisionChanged => "自生成此链接以来，结论已发生变化",
        OpenInPlayground => "在演练场中打开 ↗",
        CopyEmbed => "复制嵌入代码",
        EmbedCopied => "嵌入代码已复制：一个 script 标签和一个 <cam-playground> 元素，可用于文档页面。",
        ShareLink => "分享链接",
        WhatCanItDo => "这些策略能做什么？（当前请求者、SdkAppId 和上下文下的全部接口）",
        AllDecisions => "全部结论",
        StatementShort => "语句",
        OpenRequest => "打开此请求",
        HowToAllow => "如何让该请求被允许？（已验证的最小改动）",
        HowToDeny => "如何让该请求被拒绝？（已验证的最小改动）",
        NoFix => "没有找到只需一处小改动的办法，请参阅上面的推理过程。",
        DiffSomeResourceIds => "参与比较的资源 ID（请求中的 ID 排在最前，每个 ID 都要对整个接口目录评估两次）：",
        FixesTooLarge => "当前工作区超过 64 KB，因此不搜索改动：每个候选改动都要重新评估整个工作区。",
        Apply => "应用",
        Generator => "生成策略（选择接口后，操作级接口会单独放在资源为 `*` 的语句中）",
        IpRanges => "来源 IP 范围（可选）",
        AddAsPolicy => "添加为新策略",
        Clear => "清空",
        PolicyDiff => "策略对比",
        TakeSnapshot => "保存当前策略快照",
        DiffHelp => "先拍快照，再编辑策略，即可看到结论发生变化的每个接口 × SdkAppId。",
        From => "生效开始时间（UTC，可选）",
        Until => "生效截止时间（UTC，可选）",
        SwitchLanguage => "English",
        SwitchLanguageTitle => "Switch to English",
        MarkdownHeading => "CAM 结论",
        MarkdownNotEvaluated => "无法评估",
        MarkdownErrors => "策略或请求有错误：",
        MarkdownRequest => "请求：",
        MarkdownDeciding => "决定结论的语句：",
        MarkdownSteps => "推理过程：",
        MarkdownOpen => "在 CAM 策略演练场中打开",
        Glossary => "术语表：术语和全部规则",
        ResourceField => "资源（接口目录以外的接口必填，也可覆盖自动生成的资源）",
        ResourceDerived => "由接口目录自动生成（留空即可）",
        Updating => "正在更新…",
        ListView => "列表视图",
        NewStarted => "已新建工作区。之前的工作区已保存在此浏览器中。",
        IpPlaceholder => "未设置，例如 10.1.2.3",
        TimePlaceholder => "未设置，例如 2026-11-28T12:00:00Z",
        Custom => "自定义（已修改）",
        GlossaryRules => "规则手册（“文档规定”：腾讯云文档写明的行为；“我们的取舍”：文档未说明时本工具的选择）",
        RuleDoc => "文档规定",
        RuleChoice => "我们的取舍",
        WhatIs => "这是什么？",
        ReadOnlyHint => "只读示例。在演练场中打开即可编辑副本。",
        NoMatchingApis => "没有匹配的接口。",
        Undo => "撤销",
        ClearPolicies => "清空示例策略",
        ReplaceFullWidth => "全部替换为半角标点",
        OtherResourceId => "代表策略中未出现的其他所有 ID",
        SkipToDecision => "跳到结论",
        BackToWhereYouWere => "↩ 返回原处",
        StepHintTouch => "点击某一步，可在策略中看到对应位置。",
        FixesChangeRequest => "改请求",
        FixesChangePolicy => "改策略",
        WindowOpen => "只填开始时间时不限制截止时间，只填截止时间时不限制开始时间。",
    }
}

/// A kind of document in the kind picker.
pub fn kind_choice(kind: PolicyKind) -> &'static str {
    match kind {
        PolicyKind::Identity => "身份策略",
        PolicyKind::Boundary => "权限边界",
        PolicyKind::Trust => "信任策略",
        PolicyKind::Session => "会话策略",
        PolicyKind::Bucket => "存储桶策略",
        PolicyKind::Scp => "服务管控策略",
    }
}

/// Under the tabs when a pasted document's shape changed its tab's kind (rule K1).
pub fn kind_inferred(kind: PolicyKind) -> Sentence {
    sentence!(
        "根据文档结构，已按{}读取（规则 {K1}）。文本没有任何改动。如果判断有误，请选择其他类型。",
        kind_name(kind)
    )
}

/// The one-click action on a "reads like another kind" problem.
pub fn read_as(kind: PolicyKind) -> String {
    format!("按{}读取", kind_choice(kind))
}

/// The decision banner's line naming the layer that decided (rule L2).
pub fn decided_by(layer: PolicyKind, node: Option<&ScpNode>) -> String {
    match node.filter(|node| !node.is_account()) {
        Some(node) => format!(
            "决定结论的层：绑定到{}的{}",
            node_name(node),
            layer_name(layer)
        ),
        None => format!("决定结论的层：{}", layer_name(layer)),
    }
}

/// The matrix, generator and diff work on identity policies and the boundary: said when the workspace has more.
pub fn kinds_not_here(kinds: &[PolicyKind]) -> String {
    let names: Vec<&str> = kinds.iter().map(|k| kind_choice(*k)).collect();
    format!(
        "本面板只使用身份策略和权限边界，工作区中的{}不参与这里的计算。上方的结论已考虑所有层。",
        names.join("、")
    )
}

/// Who is asking, in words.
pub fn principal_word(kind: crate::request::PrincipalKind) -> &'static str {
    use crate::request::PrincipalKind as P;
    match kind {
        P::User => "CAM 用户",
        P::Root => "主账号",
        P::Role => "角色会话",
        P::Anonymous => "匿名用户",
        P::Service => "云服务",
        P::Federated => "联合身份",
    }
}

/// A decision in a few words, inside a sentence.
fn decision_name(decision: Decision) -> &'static str {
    match decision {
        Decision::Allow => "允许",
        Decision::ExplicitDeny => "显式拒绝",
        Decision::ImplicitDeny => "隐式拒绝",
    }
}

/// An organization node an SCP is bound to (rule O2), inside a sentence.
fn node_name(node: &ScpNode) -> String {
    match node {
        ScpNode::Account => "成员账号".into(),
        ScpNode::Department(path) if path.is_empty() => "部门".into(),
        ScpNode::Department(path) => format!("部门“{path}”"),
        ScpNode::Root => "根节点".into(),
    }
}

/// A layer's name as a section heading: the kind's one name.
fn layer_name(layer: PolicyKind) -> &'static str {
    kind_choice(layer)
}

/// Whom a principal name matched.
fn verdict_words(verdict: crate::eval::trace::PrincipalVerdict) -> &'static str {
    use crate::eval::trace::PrincipalVerdict as V;
    match verdict {
        V::Everyone => "所有人",
        V::Account => "请求者所在的账号（主账号及其用户和角色）",
        V::User => "请求者本身",
        V::Group => "请求者所在的用户组",
        V::Role => "请求者的角色",
        V::Service => "发起请求的云服务",
        V::Provider => "请求者的身份提供商",
        V::Different => "其他人",
    }
}
