// The fields of a catalog data file, in the order of the compact records: `build.rs` writes them in this order
// and `records.rs` reads them by name, so the order is written once. Included by both (plain constants only).

/// A product's facts: the first record.
pub const PRODUCT_FIELDS: [&str; 12] = [
    "name",
    "name_zh",
    "abbreviation",
    "console",
    "tag_authorization",
    "granularity",
    "ip_restriction",
    "doc_page",
    "last_updated",
    "example_api",
    "example_read_api",
    "example_id",
];

/// One API: every following record.
pub const API_FIELDS: [&str; 6] = [
    "name",
    "description",
    "category",
    "granularity",
    "resource_template",
    "ip_restriction",
];
