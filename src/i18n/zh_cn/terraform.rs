//! Terraform 读取器的提示和 Provider 在 apply 时所做检查的简体中文文字。

use crate::i18n::Words;
use crate::text::terraform::TerraformText;

pub fn words(text: &TerraformText) -> Words {
    match text {
        TerraformText::NotHcl { message } => Words::new(
            format!("该文件不是合法的 HCL：{message}"),
            "请修正 Terraform 语法（`terraform fmt` 和 `terraform validate` 也会指出位置）。其他文件照常检查",
        ),
        TerraformText::DocumentNotRead { resource, attribute, expression } => Words::new(
            format!("`{resource}.{attribute}` 的值是 `{expression}`，只有 Terraform 才能算出，因此未检查该策略文档"),
            "如需检查，请在 .tf 文件中以 heredoc（<<EOF … EOF）或 jsonencode({ … }) 写出策略文档，或直接检查其来源 JSON 文件",
        ),
        TerraformText::Interpolation { expression } => Words::new(
            format!("`{expression}` 要到 Terraform plan 时才有值，这里按文本 `{expression}` 读取，依赖它的内容不做检查"),
            "无需修改。需要具体取值的检查（账号、资源 ID）只能看到这个占位文本；如需检查，请直接写出取值",
        ),
        TerraformText::ValuePlaceholder { expression } => Words::new(
            format!("`{expression}` 要到 Terraform plan 时才有值，这里按占位字符串 `${{{expression}}}` 读取，依赖它的内容不做检查"),
            "无需修改。如需检查，请直接写出取值（字符串数组或对象）",
        ),
        TerraformText::StringNotList { element, resource } => Words::new(
            format!("`{element}` 写成了字符串。CAM 接受这种写法，但 tencentcloud Provider 在 apply 时会拒绝 `{resource}`，它要求写成数组"),
            format!("请把 `{element}` 写成数组：[\"…\"]"),
        ),
        TerraformText::RootPrincipal { value, resource } => Words::new(
            format!("委托人 `{value}` 使用了 `root` 写法。CAM 接受这种写法，但 tencentcloud Provider 在 apply 时会拒绝 `{resource}`"),
            "请改写为该账号的 UIN：qcs::cam::uin/<UIN>:uin/<UIN>，指的是同一个账号",
        ),
        TerraformText::BoundaryNotFound { reference } => Words::new(
            format!("该权限边界引用的策略 `{reference}` 不在所读取的文件中，因此未按权限边界检查"),
            "请同时把定义该策略的 .tf 文件或目录交给 camctl",
        ),
    }
}
