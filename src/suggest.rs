//! Did-you-mean: the nearest spelling among the known ones, for the parser's and the request reader's
//! diagnostics.

/// The candidate nearest to `input` by Jaro-Winkler similarity, if at least `threshold` similar. Candidates
/// whose length differs by more than a third are skipped unscored: they are never that similar, and scoring
/// hundreds of catalog names for every unknown action of a long policy is what made typing slow.
pub fn closest<S: AsRef<str>>(
    input: &str,
    candidates: impl IntoIterator<Item = S>,
    threshold: f64,
) -> Option<String> {
    let length = input.chars().count();
    candidates
        .into_iter()
        .filter(|c| c.as_ref().len().abs_diff(length) <= length / 3 + 1)
        .map(|c| (strsim::jaro_winkler(input, c.as_ref()), c))
        .filter(|(score, _)| *score >= threshold)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.as_ref().to_string())
}
