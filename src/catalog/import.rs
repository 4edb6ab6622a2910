//! Reads a product's "CAM-enabled API list" doc page (as text) into a catalog `Product`. The page is a few
//! tables of rows `ApiName Description… <Resource|Operation> level <template> <Supported|not supported>`.

use super::{Api, Category, Granularity, Product, TagAuthorization};

#[derive(Debug, PartialEq, Eq)]
pub struct ImportError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

const SECTIONS: &[(&str, Category)] = &[
    ("write operations", Category::Write),
    ("other operations", Category::Other),
    ("read operations", Category::Read),
    ("list operations", Category::List),
];
const GRANULARITIES: &[(&str, Granularity)] = &[
    (" Resource level ", Granularity::Resource),
    (" Operation level ", Granularity::Operation),
];

/// `doc_page` is the Tencent page id (`598/77494`); the page text carries everything else.
pub fn import_doc_page(text: &str, doc_page: &str) -> Result<Product, ImportError> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let error = |line: usize, message: &str| ImportError {
        line: line + 1,
        message: message.to_string(),
    };
    let name = lines
        .iter()
        .find(|l| !l.is_empty() && !l.eq_ignore_ascii_case("tencent cloud"))
        .ok_or_else(|| error(0, "the page is empty"))?
        .to_string();
    let last_updated = lines
        .iter()
        .find_map(|l| l.strip_prefix("Last updated:"))
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    let facts_at = lines
        .iter()
        .position(|l| l.starts_with("Product Abbreviation"))
        .ok_or_else(|| error(0, "no `Product Abbreviation …` facts table"))?;
    let facts = lines
        .get(facts_at + 1)
        .and_then(|l| l.strip_prefix(name.as_str()))
        .ok_or_else(|| {
            error(
                facts_at + 1,
                "the facts row does not start with the product name",
            )
        })?;
    let (abbreviation, tag_text, granularity, ip_restriction) =
        product_facts(facts).ok_or_else(|| error(facts_at + 1, "cannot read the facts row"))?;

    let mut category = None;
    let mut apis = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some((_, c)) = SECTIONS
            .iter()
            .find(|(title, _)| line.eq_ignore_ascii_case(title))
        {
            category = Some(*c);
            continue;
        }
        let Some(category) = category else { continue };
        if line.starts_with("API API Description") || line.is_empty() {
            continue;
        }
        let Some(api) = api_row(line, category) else {
            if apis.is_empty() || !line.ends_with("upported") {
                // Text after the last table (feedback widgets) ends the tables.
                if !apis.is_empty() {
                    break;
                }
                continue;
            }
            return Err(error(i, "a table row that cannot be read"));
        };
        apis.push(api);
    }
    if apis.is_empty() {
        return Err(error(0, "no API rows found"));
    }
    Ok(Product {
        name,
        abbreviation,
        tag_authorization: match tag_text.to_ascii_lowercase().as_str() {
            "supported" => TagAuthorization::Supported,
            "not supported" => TagAuthorization::NotSupported,
            _ => TagAuthorization::Contradictory,
        },
        tag_authorization_doc_text: tag_text,
        granularity,
        ip_restriction,
        doc_page: doc_page.to_string(),
        last_updated,
        apis,
    })
}

/// `ccc Supported not supported Operation level Supported` → (abbreviation, tag text, granularity, IP restriction).
fn product_facts(row: &str) -> Option<(String, String, String, bool)> {
    let row = row.trim();
    let (abbreviation, rest) = row.split_once(' ')?;
    let (rest, ip) = split_support_suffix(rest)?;
    let level_at = rest.find(" level")?;
    let level_start = rest[..level_at].rfind(' ').map_or(0, |i| i + 1);
    let granularity = rest[level_start..level_at + " level".len()].to_string();
    let tag_text = rest[..level_start].trim().to_string();
    Some((abbreviation.to_string(), tag_text, granularity, ip))
}

/// Splits a trailing `Supported` / `not supported` off a row.
fn split_support_suffix(row: &str) -> Option<(&str, bool)> {
    let lower = row.to_ascii_lowercase();
    if lower.ends_with(" not supported") {
        Some((&row[..row.len() - " not supported".len()], false))
    } else if lower.ends_with(" supported") {
        Some((&row[..row.len() - " supported".len()], true))
    } else {
        None
    }
}

fn api_row(line: &str, category: Category) -> Option<Api> {
    let (row, ip_restriction) = split_support_suffix(line)?;
    let (at, marker, granularity) = GRANULARITIES
        .iter()
        .filter_map(|(marker, g)| row.rfind(marker).map(|at| (at, *marker, *g)))
        .max_by_key(|(at, ..)| *at)?;
    let (name, description) = row[..at].split_once(' ').unwrap_or((&row[..at], ""));
    let resource_template = row[at + marker.len()..].trim();
    if name.is_empty() || resource_template.is_empty() || resource_template.contains(' ') {
        return None;
    }
    Some(Api {
        name: name.to_string(),
        description: description.to_string(),
        category,
        granularity,
        resource_template: resource_template.to_string(),
        ip_restriction,
    })
}
