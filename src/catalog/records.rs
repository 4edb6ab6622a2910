//! Reads the compact records `build.rs` makes of a catalog data file (fields split by U+001F, records by
//! U+001E). The build validated the JSON, so a missing field can only mean an empty value here.

use super::{Api, Category, Granularity, Product};

pub(crate) fn product(data: &str) -> Product {
    let mut records = data
        .split('\u{1e}')
        .filter(|r| !r.is_empty())
        .map(|r| r.split('\u{1f}').collect::<Vec<_>>());
    let facts = records.next().unwrap_or_default();
    let field = |fields: &[&str], i: usize| fields.get(i).copied().unwrap_or_default().to_string();
    let apis = records
        .map(|f| Api {
            name: field(&f, 0),
            description: field(&f, 1),
            category: match f.get(2).copied() {
                Some("write") => Category::Write,
                Some("read") => Category::Read,
                Some("list") => Category::List,
                _ => Category::Other,
            },
            granularity: match f.get(3).copied() {
                Some("operation") => Granularity::Operation,
                _ => Granularity::Resource,
            },
            resource_template: field(&f, 4),
            ip_restriction: f.get(5) == Some(&"true"),
        })
        .collect();
    Product {
        name: field(&facts, 0),
        abbreviation: field(&facts, 1),
        console: facts.get(2) == Some(&"true"),
        tag_authorization: facts.get(3) == Some(&"true"),
        granularity: field(&facts, 4),
        ip_restriction: facts.get(5) == Some(&"true"),
        doc_page: field(&facts, 6),
        last_updated: field(&facts, 7),
        apis,
    }
}
