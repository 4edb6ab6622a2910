//! The API catalog: which APIs a product has, their granularity and resource templates. Each product is a data
//! file under `catalog/` (generated from the Tencent doc page by `camctl catalog import`), embedded at build time.

mod import;
mod records;
mod search;
mod template;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use import::{import_doc_page, ImportError, ImportProblem};
pub use search::matches as matches_query;
pub use template::{params_among, template_params, template_parts, TemplatePart};

// The data files compiled into the playground, `PRODUCT_FILES`: every `catalog/<abbr>.json`, listed by `build.rs`
// (which embeds them as compact records; `records.rs` reads those). Add a product by importing its doc page to
// `catalog/<abbr>.json`.
include!(concat!(env!("OUT_DIR"), "/products.rs"));

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub products: Vec<Product>,
    /// Every API's action name with its positions, built on first use: the analysis and the linter look up and
    /// scan the APIs often, and formatting `service:Api` each time was most of their cost.
    #[serde(skip)]
    actions: OnceLock<ActionIndex>,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct ActionIndex {
    /// `(service:Api, product, api)` in catalog order.
    names: Vec<(String, usize, usize)>,
    by_name: crate::FastMap<String, usize>,
    /// Each product's resource types (`Product::resource_types`), in product order: the linter asks per statement.
    resource_types: Vec<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Product {
    pub name: String,
    /// The name Tencent's Chinese pages use (`云联络中心`), when the data file has it; the import reads the
    /// English page, so `camctl catalog import --name-zh` writes it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_zh: String,
    /// The service prefix of actions and resources (`ccc`).
    pub abbreviation: String,
    /// The "Console" column: the product can be managed in the console with CAM permissions.
    pub console: bool,
    /// The "Authorization by Tag" column. Without it CAM has no tags to compare for the product's actions, so
    /// `qcs:resource_tag` and `qcs:request_tag` are absent for them (rule C9).
    pub tag_authorization: bool,
    pub granularity: String,
    pub ip_restriction: bool,
    /// Tencent Cloud doc page, `product/page`.
    pub doc_page: String,
    pub last_updated: String,
    /// The API messages show as an example of a call (`CreateStaff`): a resource-level write. Absent, the
    /// first resource-level write API is shown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub example_api: String,
    /// The API messages show as an example of a read (`DescribeStaffInfoList`). Absent, the first read API.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub example_read_api: String,
    /// A realistic resource id for examples (`1400000000`, an SdkAppId). Absent, `1`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub example_id: String,
    pub apis: Vec<Api>,
}

/// The product words messages show as examples (`ccc:CreateStaff`, `SdkAppId`, `1400000000`), taken from a
/// catalog product so that the wording tables name no product themselves ("a product is data").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProductExample {
    /// The service prefix (`ccc`).
    pub service: String,
    /// An action a request may name (`ccc:CreateStaff`).
    pub action: String,
    /// A read action a policy may grant (`ccc:DescribeStaffInfoList`).
    pub read_action: String,
    /// The request parameter the example action's resource is filled from (`SdkAppId`).
    pub param: String,
    /// A value of that parameter (`1400000000`).
    pub id: String,
    /// The example action's resource template (`qcs::ccc::uin/${uin}:SdkAppId/${SdkAppId}`).
    template: String,
}

impl ProductExample {
    /// The example action's resource with the account and every parameter written as given: real values
    /// (`qcs::ccc::uin/100000000001:SdkAppId/1400000000`) or a language's placeholders (`<root uin>`, `<id>`).
    pub fn resource(&self, account: &str, id: &str) -> String {
        fill_every(&self.template, account, id)
    }
}

/// A resource template with `${uin}` written as `account` and every other placeholder as `id`.
fn fill_every(template: &str, account: &str, id: &str) -> String {
    let mut resource = template.replace("${uin}", account);
    while let Some(start) = resource.find("${") {
        let end = resource[start..]
            .find('}')
            .map_or(resource.len(), |e| start + e + 1);
        resource.replace_range(start..end, id);
    }
    resource
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Api {
    pub name: String,
    /// Verbatim from the doc page, typos and all.
    pub description: String,
    pub category: Category,
    pub granularity: Granularity,
    /// Verbatim from the doc page: `*`, or a six-segment template with `${uin}` and `${SdkAppId}`.
    pub resource_template: String,
    pub ip_restriction: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Write,
    Other,
    Read,
    List,
}

impl Category {
    /// In the order the catalog and the matrix group APIs.
    pub const ALL: [Category; 4] = [
        Category::Write,
        Category::Other,
        Category::Read,
        Category::List,
    ];

    /// The category's name in JSON and in the interface's filters: `write`, `other`, `read`, `list`.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Write => "write",
            Category::Other => "other",
            Category::Read => "read",
            Category::List => "list",
        }
    }

    pub fn named(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// Supports authorization of a specific resource.
    Resource,
    /// Does not: a policy must grant it on `*` (rule R5).
    Operation,
}

impl Granularity {
    pub const ALL: [Granularity; 2] = [Granularity::Resource, Granularity::Operation];

    /// The granularity's name in JSON, in the interface's filters and its badges' classes: `resource`,
    /// `operation`.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Resource => "resource",
            Granularity::Operation => "operation",
        }
    }

    pub fn named(name: &str) -> Option<Granularity> {
        Granularity::ALL.into_iter().find(|g| g.as_str() == name)
    }
}

impl Catalog {
    /// The catalog of every embedded product, parsed once.
    pub fn builtin() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            Catalog::new(
                PRODUCT_FILES
                    .iter()
                    .map(|(_, data)| records::product(data))
                    .collect(),
            )
        })
    }

    pub fn new(products: Vec<Product>) -> Catalog {
        Catalog {
            products,
            actions: OnceLock::new(),
        }
    }

    pub fn product(&self, abbreviation: &str) -> Option<&Product> {
        self.products
            .iter()
            .find(|p| p.abbreviation == abbreviation)
    }

    fn index(&self) -> &ActionIndex {
        self.actions.get_or_init(|| {
            let names: Vec<(String, usize, usize)> = self
                .products
                .iter()
                .enumerate()
                .flat_map(|(p, product)| {
                    product.apis.iter().enumerate().map(move |(a, api)| {
                        (format!("{}:{}", product.abbreviation, api.name), p, a)
                    })
                })
                .collect();
            let by_name = names
                .iter()
                .enumerate()
                .map(|(i, (name, _, _))| (name.clone(), i))
                .collect();
            let resource_types = self
                .products
                .iter()
                .map(|p| p.resource_types().into_iter().map(str::to_string).collect())
                .collect();
            ActionIndex {
                names,
                by_name,
                resource_types,
            }
        })
    }

    /// The resource types a product of this catalog names in its templates (`SdkAppId` for ccc), worked out once.
    pub fn resource_types(&self, product: &Product) -> &[String] {
        self.products
            .iter()
            .position(|p| std::ptr::eq(p, product))
            .and_then(|i| self.index().resource_types.get(i))
            .map_or(&[], Vec::as_slice)
    }

    /// The resource id a resource names, as the request parameter its product's templates fill it from:
    /// `qcs::ccc::uin/1:SdkAppId/1400000000` → (`SdkAppId`, `1400000000`). Patterns (`SdkAppId/14*`) name none.
    pub fn resource_id_of<'r>(&self, resource: &'r str) -> Option<(&str, &'r str)> {
        let name = crate::resource_name::ResourceName::split(resource).ok()?;
        let (resource_type, rest) = name.typed()?;
        let id = rest.split('/').next().unwrap_or_default();
        if id.is_empty() || id.contains('*') {
            return None;
        }
        Some((
            self.product(name.service())?.param_of_type(resource_type)?,
            id,
        ))
    }

    /// The request parameters the request form asks for with `action`: its product's resource parameters, or
    /// every product's while the action names none.
    pub fn form_params(&self, action: &str) -> Vec<&str> {
        let service = action.split(':').next().unwrap_or_default();
        let mut params: Vec<&str> = Vec::new();
        for product in &self.products {
            if self.product(service).is_none() || product.abbreviation == service {
                for param in product.resource_params() {
                    if !params.contains(&param) {
                        params.push(param);
                    }
                }
            }
        }
        params
    }

    /// Every API of every product with its action name (`ccc:CreateStaff`), in catalog order.
    pub fn actions(&self) -> impl Iterator<Item = (&str, &Product, &Api)> {
        self.index().names.iter().map(|(name, p, a)| {
            (
                name.as_str(),
                &self.products[*p],
                &self.products[*p].apis[*a],
            )
        })
    }

    /// The APIs a search box lists for `query` (`search::matches`: names, descriptions and Chinese ccc words), in
    /// catalog order; every API for an empty query. The catalog panel and the generator both search with it.
    pub fn search<'c>(
        &'c self,
        query: &'c str,
    ) -> impl Iterator<Item = (&'c str, &'c Product, &'c Api)> + 'c {
        let query = query.trim();
        self.actions()
            .filter(move |(_, _, api)| query.is_empty() || search::matches(query, api))
    }

    /// The catalog entry for an action such as `ccc:CreateStaff`.
    pub fn api_for_action(&self, action: &str) -> Option<(&Product, &Api)> {
        let index = self.index();
        let &(_, p, a) = index.names.get(*index.by_name.get(action)?)?;
        Some((&self.products[p], &self.products[p].apis[a]))
    }

    /// The APIs an action pattern (`ccc:Describe*`, `*`, `name/ccc:CreateStaff`) names, in catalog order.
    pub fn apis_matching(&self, pattern: &str) -> Vec<&Api> {
        let bare = pattern.strip_prefix("name/").unwrap_or(pattern);
        if !bare.contains('*') {
            return self
                .api_for_action(bare)
                .map(|(_, api)| api)
                .into_iter()
                .collect();
        }
        self.actions()
            .filter(|(name, _, _)| bare == "*" || crate::glob::matches(bare, name))
            .map(|(_, _, api)| api)
            .collect()
    }
}

impl Product {
    pub fn api(&self, name: &str) -> Option<&Api> {
        self.apis.iter().find(|a| a.name == name)
    }

    /// What messages show as this product's example: the data file's `example_*` fields, or else its first
    /// resource-level write and first read API.
    pub fn example(&self) -> ProductExample {
        let first = |wanted: &dyn Fn(&Api) -> bool| self.apis.iter().find(|a| wanted(a));
        let api = self
            .api(&self.example_api)
            .or_else(|| {
                first(&|a| a.category == Category::Write && a.granularity == Granularity::Resource)
            })
            .or(self.apis.first());
        let read = self
            .api(&self.example_read_api)
            .or_else(|| first(&|a| matches!(a.category, Category::Read | Category::List)))
            .or(api);
        let action = |api: Option<&Api>| {
            format!(
                "{}:{}",
                self.abbreviation,
                api.map_or("", |a| a.name.as_str())
            )
        };
        let template = api.map_or("*", |a| a.resource_template.as_str());
        ProductExample {
            service: self.abbreviation.clone(),
            action: action(api),
            read_action: action(read),
            param: template_params(template)
                .first()
                .map_or("id", |p| p)
                .to_string(),
            id: if self.example_id.is_empty() {
                "1".into()
            } else {
                self.example_id.clone()
            },
            template: template.to_string(),
        }
    }

    /// The resource types its templates name (`SdkAppId` for ccc), each once: what a policy may write before
    /// the `/<id>` of a resource.
    pub fn resource_types(&self) -> Vec<&str> {
        let mut types: Vec<&str> = Vec::new();
        for api in &self.apis {
            let last = api.resource_template.rsplit(':').next().unwrap_or_default();
            if let Some((type_name, _)) = last.split_once('/') {
                if !types.contains(&type_name) {
                    types.push(type_name);
                }
            }
        }
        types
    }

    /// The request parameters its resource templates name (`SdkAppId` for ccc), each once: the request form
    /// asks for these.
    pub fn resource_params(&self) -> Vec<&str> {
        let mut params: Vec<&str> = Vec::new();
        for api in &self.apis {
            for param in api.resource_params() {
                if !params.contains(&param) {
                    params.push(param);
                }
            }
        }
        params
    }

    /// The request parameter a resource type is filled from (`SdkAppId` → `SdkAppId` for ccc): the parameter of
    /// the first template ending in `type/${Param}`.
    pub fn param_of_type(&self, resource_type: &str) -> Option<&str> {
        self.apis.iter().find_map(|api| {
            let last = api.resource_template.rsplit(':').next()?;
            let (type_name, placeholder) = last.split_once('/')?;
            let param = placeholder.strip_prefix("${")?.strip_suffix('}')?;
            (type_name == resource_type && param != "uin").then_some(param)
        })
    }

    /// How its resources are written, from the first resource-level template: parameters as `<id>` and the
    /// account as `<root uin>` (`qcs::ccc::uin/<root uin>:SdkAppId/<id>`).
    pub fn resource_example(&self) -> String {
        let Some(template) = self
            .apis
            .iter()
            .map(|a| a.resource_template.as_str())
            .find(|t| t.contains("${") && !t.contains("uin/:"))
        else {
            return format!("qcs::{}::uin/<root uin>:<type>/<id>", self.abbreviation);
        };
        fill_every(template, "<root uin>", "<id>")
    }
}

impl Api {
    /// Rule R6: the doc writes some templates with `uin/` and nothing after it.
    pub fn has_empty_account_uin(&self) -> bool {
        self.resource_template.contains("uin/:")
    }

    /// The request parameters its resource template names (`SdkAppId` in `…:SdkAppId/${SdkAppId}`), in order;
    /// `${uin}` is the owner, not a parameter.
    pub fn resource_params(&self) -> Vec<&str> {
        template_params(&self.resource_template)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_types_and_example_come_from_the_templates() {
        let ccc = &Catalog::builtin().products[0];
        assert_eq!(ccc.resource_types(), ["SdkAppId"]);
        assert_eq!(ccc.resource_params(), ["SdkAppId"]);
        assert_eq!(ccc.param_of_type("SdkAppId"), Some("SdkAppId"));
        assert_eq!(ccc.param_of_type("Staff"), None);
        let catalog = Catalog::builtin();
        assert_eq!(
            catalog.resource_id_of("qcs::ccc::uin/1:SdkAppId/1400000000"),
            Some(("SdkAppId", "1400000000"))
        );
        for none in [
            "qcs::ccc::uin/1:SdkAppId/14*",
            "qcs::cvm::uin/1:SdkAppId/1",
            "*",
            "qcs::ccc::uin/1:*",
        ] {
            assert_eq!(catalog.resource_id_of(none), None, "{none}");
        }
        assert_eq!(catalog.form_params("ccc:CreateStaff"), ["SdkAppId"]);
        assert_eq!(catalog.form_params(""), ["SdkAppId"]);
        assert_eq!(Catalog::builtin().resource_types(ccc), ["SdkAppId"]);
        assert_eq!(
            ccc.resource_example(),
            "qcs::ccc::uin/<root uin>:SdkAppId/<id>"
        );
    }

    #[test]
    fn builtin_catalog_loads() {
        let catalog = Catalog::builtin();
        assert_eq!(catalog.products.len(), PRODUCT_FILES.len());
        assert!(catalog.api_for_action("ccc:CreateStaff").is_some());
        assert!(catalog.api_for_action("ccc:createstaff").is_none());
        assert!(catalog.api_for_action("cvm:RunInstances").is_none());
    }

    #[test]
    fn action_patterns_name_their_apis() {
        let catalog = Catalog::builtin();
        let names = |pattern: &str| -> Vec<String> {
            catalog
                .apis_matching(pattern)
                .iter()
                .map(|a| a.name.clone())
                .collect()
        };
        assert_eq!(names("ccc:CreateStaff"), ["CreateStaff"]);
        assert_eq!(names("name/ccc:CreateStaff"), ["CreateStaff"]);
        assert!(names("ccc:createstaff").is_empty());
        assert_eq!(names("*").len(), 181);
        assert_eq!(names("ccc:*").len(), 181);
        let creates = names("ccc:Create*");
        assert!(creates.len() > 10 && creates.iter().all(|n| n.starts_with("Create")));
        assert_eq!(
            catalog.actions().map(|(name, _, _)| name).next(),
            Some(format!("ccc:{}", catalog.products[0].apis[0].name).as_str())
        );
    }
}
