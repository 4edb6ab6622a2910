//! Performance marks and measures (`first-result`, `evaluate`, `edit-to-render`), read by the end-to-end tests
//! and the benchmarks. Taken where things happen (an input event, an evaluation), never in the reducer.

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// Runs `work` and records its duration as the performance measure `name`.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let start = format!("{name}-start");
    if let Some(performance) = performance() {
        let _ = performance.mark(&start);
    }
    let value = work();
    if let Some(performance) = performance() {
        let _ = performance.measure_with_start_mark(name, &start);
        performance.clear_marks_with_mark_name(&start);
    }
    value
}

pub fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(name);
    }
}

/// Marks the first evaluated result for the navigation-to-result measurement.
pub fn first_result() {
    if let Some(performance) = performance() {
        let _ = performance.mark("first-result");
    }
}

/// Marks an edit; `edit_rendered` after the next render records `edit-to-render` (parse, evaluate and DOM update).
pub fn edit_started() {
    if let Some(performance) = performance() {
        let _ = performance.mark("edit");
    }
}

pub fn edit_rendered() {
    if let Some(performance) = performance() {
        if performance.get_entries_by_name("edit").length() == 0 {
            return;
        }
        let _ = performance.measure_with_start_mark("edit-to-render", "edit");
        performance.clear_marks_with_mark_name("edit");
    }
}
