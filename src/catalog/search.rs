//! Catalog search: English words match as substrings of an API's name or description; Chinese ccc domain words
//! (技能组, 坐席, 外呼 …, the data file `catalog/zh-terms.json`) match through the English words they stand for.

use std::sync::OnceLock;

use super::Api;
use crate::json::ast::Value as Json;
use crate::json::reader;

/// `(Chinese term, English words)`, longest term first so that 外呼任务 wins over 外呼.
fn terms() -> &'static [(String, Vec<String>)] {
    static TERMS: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();
    TERMS.get_or_init(|| {
        let Ok(Some(Json::Object(map))) = reader::read(include_str!("../../catalog/zh-terms.json"))
        else {
            return Vec::new();
        };
        let mut terms: Vec<(String, Vec<String>)> = map
            .properties
            .iter()
            .filter(|term| !term.name.as_str().starts_with('_'))
            .map(|term| {
                let words = match &term.value {
                    Json::Array(list) => list
                        .elements
                        .iter()
                        .filter_map(|word| match word {
                            Json::StringLit(word) => Some(word.as_str().to_string()),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                (term.name.as_str().to_string(), words)
            })
            .collect();
        terms.sort_by_key(|(term, _)| std::cmp::Reverse(term.chars().count()));
        terms
    })
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Whether an API matches a search query: every white-space separated part must match. An English part matches
/// as a substring (case-insensitive); in a Chinese part every known term must match one of its English words,
/// other Chinese characters (的, 接口 …) are skipped, and a part with no known term matches nothing.
pub fn matches(query: &str, api: &Api) -> bool {
    let name = api.name.to_lowercase();
    let description = api.description.to_lowercase();
    let has = |word: &str| name.contains(word) || description.contains(word);
    query.split_whitespace().all(|part| {
        let part = part.to_lowercase();
        if !part.chars().any(is_cjk) {
            return has(&part);
        }
        let mut rest = part.as_str();
        let mut known = false;
        while let Some(c) = rest.chars().next() {
            if !is_cjk(c) {
                let run = rest.find(is_cjk).unwrap_or(rest.len());
                if !has(&rest[..run]) {
                    return false;
                }
                rest = &rest[run..];
                continue;
            }
            match terms()
                .iter()
                .find(|(term, _)| rest.starts_with(term.as_str()))
            {
                Some((term, words)) => {
                    if !words.iter().any(|w| has(w)) {
                        return false;
                    }
                    known = true;
                    rest = &rest[term.len()..];
                }
                None => rest = &rest[c.len_utf8()..],
            }
        }
        known
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn found(query: &str) -> Vec<String> {
        Catalog::builtin()
            .products
            .iter()
            .flat_map(|p| &p.apis)
            .filter(|api| matches(query, api))
            .map(|api| api.name.clone())
            .collect()
    }

    #[test]
    fn chinese_domain_words_find_the_apis() {
        let skill_groups = found("技能组");
        assert!(skill_groups.contains(&"DeleteCCCSkillGroup".to_string()));
        assert!(skill_groups.contains(&"BindStaffSkillGroupList".to_string()));
        assert_eq!(found("删除技能组"), ["DeleteCCCSkillGroup"]);
        assert_eq!(found("删除 技能组"), found("删除技能组"));
        assert!(found("坐席").contains(&"CreateStaff".to_string()));
        assert!(found("外呼任务").contains(&"CreateAutoCalloutTask".to_string()));
        assert!(found("话单").contains(&"DescribeTelCdr".to_string()));
        assert!(found("创建的坐席").contains(&"CreateStaff".to_string()));
        assert!(
            found("猫").is_empty(),
            "a part with no known term matches nothing"
        );
        assert_eq!(found("deletestaff"), ["DeleteStaff"]);
        assert!(found("skill group").len() >= found("删除技能组").len());
    }

    /// The generator and the catalog panel list what `Catalog::search` gives (issue 27, finding 3: the generator
    /// matched API names only, so 坐席 and "Delete staff" found nothing).
    #[test]
    fn catalog_search_is_the_matcher_over_every_api() {
        let catalog = Catalog::builtin();
        let names = |query: &str| -> Vec<String> {
            catalog
                .search(query)
                .map(|(_, _, api)| api.name.clone())
                .collect()
        };
        for query in ["坐席", "技能组", "删除", "Delete staff", "Staff", " 外呼 "] {
            assert!(!names(query).is_empty(), "{query} finds nothing");
            assert_eq!(names(query), found(query.trim()), "{query}");
        }
        assert!(names("Delete staff").contains(&"DeleteStaff".to_string()));
        assert_eq!(names("").len(), 181);
        assert!(names("猫").is_empty());
    }

    #[test]
    fn every_term_finds_some_api() {
        for (term, _) in terms() {
            assert!(!found(term).is_empty(), "{term} finds no ccc API");
        }
    }
}
