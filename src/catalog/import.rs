//! Reads a product's "CAM-enabled API list" doc page (as text) into a catalog `Product`. The page is a few
//! tables of rows `ApiName Description… <Resource|Operation> level <template> <Supported|not supported>`.

use super::{Api, Category, Granularity, Product};

/// Why a page could not be imported, at which line (1-based); the locale tables word the problem.
#[derive(Debug, PartialEq, Eq)]
pub struct ImportError {
    pub line: usize,
    pub problem: ImportProblem,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ImportProblem {
    EmptyPage,
    NoFactsTable,
    FactsRowWithoutName,
    FactsColumns { expected: &'static str },
    FactsRow,
    BadRow,
    NoRows,
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
    let error = |line: usize, problem: ImportProblem| ImportError {
        line: line + 1,
        problem,
    };
    let name = lines
        .iter()
        .find(|l| !l.is_empty() && !l.eq_ignore_ascii_case("tencent cloud"))
        .ok_or_else(|| error(0, ImportProblem::EmptyPage))?
        .to_string();
    let last_updated = lines
        .iter()
        .find_map(|l| l.strip_prefix("Last updated:"))
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    let facts_at = lines
        .iter()
        .position(|l| l.starts_with("Product Abbreviation"))
        .ok_or_else(|| error(0, ImportProblem::NoFactsTable))?;
    let facts = lines
        .get(facts_at + 1)
        .and_then(|l| l.strip_prefix(name.as_str()))
        .ok_or_else(|| error(facts_at + 1, ImportProblem::FactsRowWithoutName))?;
    let header: Vec<&str> = lines[facts_at].split_whitespace().collect();
    if header.join(" ") != FACTS_HEADER {
        return Err(error(
            facts_at,
            ImportProblem::FactsColumns {
                expected: FACTS_HEADER,
            },
        ));
    }
    let ProductFacts {
        abbreviation,
        console,
        tag_authorization,
        granularity,
        ip_restriction,
    } = product_facts(facts).ok_or_else(|| error(facts_at + 1, ImportProblem::FactsRow))?;

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
            return Err(error(i, ImportProblem::BadRow));
        };
        apis.push(api);
    }
    if apis.is_empty() {
        return Err(error(0, ImportProblem::NoRows));
    }
    Ok(Product {
        name,
        name_zh: String::new(),
        abbreviation,
        console,
        tag_authorization,
        granularity,
        ip_restriction,
        doc_page: doc_page.to_string(),
        last_updated,
        example_api: String::new(),
        example_read_api: String::new(),
        example_id: String::new(),
        apis,
    })
}

/// The facts table's header, words as the page's text gives them (the product name column comes first).
const FACTS_HEADER: &str =
    "Product Abbreviation in CAM Console Authorization by Tag Authorization Granularity IP Restriction";

struct ProductFacts {
    abbreviation: String,
    console: bool,
    tag_authorization: bool,
    granularity: String,
    ip_restriction: bool,
}

/// The facts row after the product name, one value per column:
/// `ccc | Supported | not supported | Operation level | Supported` (the text has no column separators, so each
/// column is read by its own vocabulary).
fn product_facts(row: &str) -> Option<ProductFacts> {
    let (abbreviation, rest) = row.trim().split_once(' ')?;
    let (console, rest) = split_support_prefix(rest)?;
    let (tag_authorization, rest) = split_support_prefix(rest)?;
    let (rest, ip_restriction) = split_support_suffix(rest)?;
    let granularity = rest.trim();
    let level_words: Vec<&str> = granularity.split(' ').collect();
    if !matches!(level_words.as_slice(), [_, "level"]) {
        return None;
    }
    Some(ProductFacts {
        abbreviation: abbreviation.to_string(),
        console,
        tag_authorization,
        granularity: granularity.to_string(),
        ip_restriction,
    })
}

/// Splits a leading `Supported` / `not supported` off a row.
fn split_support_prefix(row: &str) -> Option<(bool, &str)> {
    let row = row.trim_start();
    let lower = row.to_ascii_lowercase();
    if lower.starts_with("not supported ") {
        Some((false, &row["not supported ".len()..]))
    } else if lower.starts_with("supported ") {
        Some((true, &row["supported ".len()..]))
    } else {
        None
    }
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
