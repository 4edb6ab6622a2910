//! Reads the compact records `build.rs` makes of a catalog data file (fields split by U+001F, records by
//! U+001E, in the order of `fields.rs`). The build validated the JSON, so a missing field can only mean an empty
//! value here.

use super::{Api, Category, Granularity, Product};

include!("fields.rs");

/// A record's fields by name.
struct Record<'d> {
    names: &'static [&'static str],
    values: Vec<&'d str>,
}

impl<'d> Record<'d> {
    fn get(&self, name: &str) -> &'d str {
        self.names
            .iter()
            .position(|n| *n == name)
            .and_then(|i| self.values.get(i).copied())
            .unwrap_or_default()
    }

    fn text(&self, name: &str) -> String {
        self.get(name).to_string()
    }

    fn flag(&self, name: &str) -> bool {
        self.get(name) == "true"
    }
}

pub(crate) fn product(data: &str) -> Product {
    let mut records = data
        .split('\u{1e}')
        .filter(|r| !r.is_empty())
        .map(|r| r.split('\u{1f}').collect::<Vec<_>>());
    let facts = Record {
        names: &PRODUCT_FIELDS,
        values: records.next().unwrap_or_default(),
    };
    let apis = records
        .map(|values| Record {
            names: &API_FIELDS,
            values,
        })
        .map(|api| Api {
            name: api.text("name"),
            description: api.text("description"),
            // build.rs refuses any other value in the catalog's JSON.
            category: Category::named(api.get("category")).unwrap_or(Category::Other),
            granularity: Granularity::named(api.get("granularity"))
                .unwrap_or(Granularity::Resource),
            resource_template: api.text("resource_template"),
            ip_restriction: api.flag("ip_restriction"),
        })
        .collect();
    Product {
        name: facts.text("name"),
        name_zh: facts.text("name_zh"),
        abbreviation: facts.text("abbreviation"),
        console: facts.flag("console"),
        tag_authorization: facts.flag("tag_authorization"),
        granularity: facts.text("granularity"),
        ip_restriction: facts.flag("ip_restriction"),
        doc_page: facts.text("doc_page"),
        last_updated: facts.text("last_updated"),
        example_api: facts.text("example_api"),
        example_read_api: facts.text("example_read_api"),
        example_id: facts.text("example_id"),
        apis,
    }
}
