//! The ccc catalog's facts, pinned; and the data file is exactly what the importer reads from the doc page.

use cam_playground::catalog::{import_doc_page, Catalog, Category, Granularity};

fn ccc() -> &'static cam_playground::catalog::Product {
    Catalog::builtin()
        .product("ccc")
        .expect("ccc is in the catalog")
}

#[test]
fn counts_match_the_doc_page() {
    let product = ccc();
    assert_eq!(product.apis.len(), 181);
    let resource = product
        .apis
        .iter()
        .filter(|a| a.granularity == Granularity::Resource)
        .count();
    let operation = product
        .apis
        .iter()
        .filter(|a| a.granularity == Granularity::Operation)
        .count();
    assert_eq!((resource, operation), (113, 68));
    let count = |c: Category| product.apis.iter().filter(|a| a.category == c).count();
    assert_eq!(
        (
            count(Category::Write),
            count(Category::Other),
            count(Category::Read),
            count(Category::List)
        ),
        (87, 7, 72, 15)
    );
    assert!(product.apis.iter().all(|a| a.ip_restriction));
}

#[test]
fn granularity_quirks() {
    let product = ccc();
    assert_eq!(
        product.api("DeleteCCCSkillGroup").unwrap().granularity,
        Granularity::Operation
    );
    assert_eq!(
        product.api("CreateCCCSkillGroup").unwrap().granularity,
        Granularity::Resource
    );
    assert_eq!(
        product
            .api("DescribeCustomNumberList")
            .unwrap()
            .resource_template,
        "qcs::ccc::uin/:*"
    );
    let empty_uin = product
        .apis
        .iter()
        .filter(|a| a.resource_template == "qcs::ccc::uin/:SdkAppId/${SdkAppId}")
        .count();
    assert_eq!(
        empty_uin, 25,
        "rule R6: templates written uin/ with nothing after it"
    );
    for api in &product.apis {
        match api.granularity {
            Granularity::Operation => assert_eq!(api.resource_template, "*", "{}", api.name),
            Granularity::Resource => assert!(
                api.resource_template.starts_with("qcs::ccc::uin/"),
                "{}",
                api.name
            ),
        }
    }
}

#[test]
fn descriptions_are_verbatim() {
    let product = ccc();
    assert_eq!(
        product.api("DescribeCCCInstanceList").unwrap().description,
        "Get instacence list of cloud contact center."
    );
    assert_eq!(
        product.api("ApplyDeskTrial").unwrap().description,
        "ApplyDeskTrial"
    );
}

#[test]
fn product_facts() {
    let product = ccc();
    assert_eq!(product.name, "Cloud Contact Center");
    assert_eq!(product.abbreviation, "ccc");
    // The six columns: Product | Abbreviation | Console | Authorization by Tag | Granularity | IP Restriction.
    assert!(product.console, "the Console column says Supported");
    assert!(
        !product.tag_authorization,
        "rule C9: the Authorization by Tag column says not supported"
    );
    assert_eq!(product.granularity, "Operation level");
    assert!(product.ip_restriction);
    assert_eq!(product.doc_page, "598/77494");
}

#[test]
fn data_file_is_the_import_of_the_doc_page() {
    let page = include_str!("../../catalog/seeds/ccc.txt");
    let mut imported = import_doc_page(page, "598/77494").expect("the doc page imports");
    // The Chinese name is not on the English page: `--name-zh` adds it.
    assert_eq!(ccc().name_zh, "云联络中心");
    imported.name_zh = ccc().name_zh.clone();
    // So are the examples messages quote (`--example-api` …), which must name the product's own APIs.
    for api in [&ccc().example_api, &ccc().example_read_api] {
        assert!(
            ccc().api(api).is_some(),
            "example API {api:?} is not in the catalog"
        );
    }
    imported.example_api = ccc().example_api.clone();
    imported.example_read_api = ccc().example_read_api.clone();
    imported.example_id = ccc().example_id.clone();
    assert_eq!(
        &imported,
        ccc(),
        "catalog/ccc.json is stale: regenerate it with `camctl catalog import`"
    );
}

/// Each facts column is read by its place, so a page whose tag column says "Supported" imports as supported and
/// one missing a column is refused rather than read one column off.
#[test]
fn import_reads_each_facts_column() {
    let page = include_str!("../../catalog/seeds/ccc.txt");
    let row = "Cloud Contact Center ccc Supported not supported Operation level Supported";
    let with_row = |replacement: &str| page.replacen(row, replacement, 1);
    let tagged = import_doc_page(
        &with_row("Cloud Contact Center ccc not supported Supported Resource level not supported"),
        "x",
    )
    .expect("imports");
    assert!(!tagged.console && tagged.tag_authorization && !tagged.ip_restriction);
    assert_eq!(tagged.granularity, "Resource level");
    let error = import_doc_page(
        &with_row("Cloud Contact Center ccc Supported Operation level Supported"),
        "x",
    )
    .unwrap_err();
    assert!(error.to_string().contains("tag authorization"), "{error}");
}

#[test]
fn import_rejects_pages_without_tables() {
    let error = import_doc_page("tencent cloud\n\nSomething\n", "x").unwrap_err();
    assert!(error.to_string().contains("facts"), "{error}");
}
