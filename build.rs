//! Turns the data files (catalog, example gallery) into compact records for embedding: the WASM bundle then
//! needs no JSON deserializer and starts faster. Fields are separated by U+001F, records by U+001E. The JSON
//! files stay the source of truth; a malformed one fails the build here, with its name.

use std::path::Path;

use serde_json::Value;

include!("src/catalog/fields.rs");

/// Fields a catalog data file may leave out (read as empty).
const OPTIONAL_FIELDS: [&str; 4] = ["name_zh", "example_api", "example_read_api", "example_id"];

/// Every `catalog/<abbr>.json` except the search terms is a product: adding a product is adding its file.
fn products() -> Vec<String> {
    let mut products: Vec<String> = std::fs::read_dir("catalog")
        .expect("the catalog folder")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let product = name.strip_suffix(".json")?;
            (product != "zh-terms").then(|| product.to_string())
        })
        .collect();
    products.sort();
    products
}
const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    let products = products();
    for product in &products {
        let file = format!("catalog/{product}.json");
        std::fs::write(
            out.join(format!("{product}.records")),
            catalog_records(&read(&file)),
        )
        .expect("OUT_DIR is writable");
    }
    // The table `src/catalog/mod.rs` includes: the one list of products.
    let table: String = products
        .iter()
        .map(|p| {
            format!("    ({p:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{p}.records\"))),\n")
        })
        .collect();
    std::fs::write(
        out.join("products.rs"),
        format!("const PRODUCT_FILES: &[(&str, &str)] = &[\n{table}];\n"),
    )
    .expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=catalog");
    println!("cargo:rerun-if-changed=src/catalog/fields.rs");
    std::fs::write(
        out.join("gallery.records"),
        gallery_records(&read("examples/gallery.json")),
    )
    .expect("OUT_DIR is writable");
    std::fs::write(out.join("malformed_cases.rs"), malformed_cases()).expect("OUT_DIR is writable");
}

/// The malformed-input corpus as a Rust table for `tests/it/malformed.rs`, so the same cases run natively and in
/// WASM, where tests cannot read files: `(file, text, expected code, line, column)`.
fn malformed_cases() -> String {
    let manifest = "tests/malformed/MANIFEST.tsv";
    println!("cargo:rerun-if-changed=tests/malformed");
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(manifest).unwrap_or_default();
    let rows: Vec<String> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 4, "{manifest}: {line}");
            let path = format!("{root}/tests/malformed/{}", f[0]);
            format!(
                "({:?}, include_str!({path:?}), {:?}, {}, {}),",
                f[0], f[1], f[2], f[3]
            )
        })
        .collect();
    format!(
        "pub const CASES: &[(&str, &str, &str, usize, usize)] = &[\n{}\n];\n",
        rows.join("\n")
    )
}

fn read(file: &str) -> Value {
    println!("cargo:rerun-if-changed={file}");
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn text(value: &Value, key: &str) -> String {
    match &value[key] {
        Value::String(s) => {
            assert!(
                !s.contains([FIELD, RECORD]),
                "{key}: control characters U+001E/U+001F are not allowed"
            );
            s.clone()
        }
        Value::Bool(b) => b.to_string(),
        other => panic!("`{key}` should be a string or boolean, found {other}"),
    }
}

fn record(fields: &[String]) -> String {
    let mut out = fields.join(&FIELD.to_string());
    out.push(RECORD);
    out
}

/// First record: the product's facts; then one record per API (field order: `src/catalog/fields.rs`).
fn catalog_records(product: &Value) -> String {
    let field = |value: &Value, key: &str| {
        if OPTIONAL_FIELDS.contains(&key) && value[key].is_null() {
            String::new()
        } else {
            text(value, key)
        }
    };
    let mut out = record(&PRODUCT_FIELDS.map(|k| field(product, k)));
    for api in product["apis"].as_array().expect("`apis` is a list") {
        // The engine's words for these (`Category`, `Granularity`): another would be read as a default.
        for (key, allowed) in [
            ("category", &["write", "other", "read", "list"][..]),
            ("granularity", &["resource", "operation"][..]),
        ] {
            let value = text(api, key);
            assert!(
                allowed.contains(&value.as_str()),
                "{}: `{key}` is {value:?}, not one of {allowed:?}",
                text(api, "name")
            );
        }
        out.push_str(&record(&API_FIELDS.map(|k| field(api, k))));
    }
    out
}

/// One record per example: id, title, why, Chinese title and why, expect, request text, then for each kind the
/// policy count and name/text pairs (an SCP's followed by its node). Texts are compact; the playground pretty-prints them for the editor.
fn gallery_records(gallery: &Value) -> String {
    let mut out = String::new();
    for example in gallery.as_array().expect("the gallery is a list") {
        let compact = |v: &Value| serde_json::to_string(v).expect("serializable");
        let mut fields: Vec<String> = ["id", "title", "why", "title_zh", "why_zh", "expect"]
            .iter()
            .map(|k| text(example, k))
            .collect();
        fields.push(compact(&example["request"]));
        for set in ["policies", "boundary", "trust", "session", "bucket", "scp"] {
            let policies = example[set]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default();
            fields.push(policies.len().to_string());
            for policy in policies {
                fields.push(text(policy, "name"));
                fields.push(compact(&policy["policy"]));
                // An SCP's organization node (rule O2); empty for the member account's.
                if set == "scp" {
                    fields.push(policy["node"].as_str().unwrap_or_default().to_string());
                }
            }
        }
        out.push_str(&record(&fields));
    }
    out
}
