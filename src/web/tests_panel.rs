//! The Tests panel (issue 28): pin the current request and decision as a case, see every case pass or fail on
//! each edit (and why), coverage, and the `camctl test` file exported and imported. The engine decides all of it
//! (`suite::playground`) and words it (`i18n::tests_panel`); this only shows it.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use cam_playground::catalog::Catalog;
use cam_playground::i18n::tests_panel::{case_lines, TestsText};
use cam_playground::i18n::Locale;
use cam_playground::suite::playground::{check, export, import, pin, Checked, Outcome};

use super::state::Action;

/// The panel: open by itself when the workspace has cases (a link from a failed CI run opens on them).
#[function_component(TestsPanel)]
pub fn tests_panel() -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let open = use_state(|| !app.state.workspace.cases.is_empty());
    let cases = app.state.workspace.cases.clone();
    // Run again only when the result or the cases change.
    let checked = {
        let state = app.state.clone();
        use_memo((app.result.clone(), cases), move |(result, cases)| {
            (!cases.is_empty()).then(|| check(&state.workspace, result, Catalog::builtin()))
        })
    };
    let text = |t: TestsText| locale.tests_text(&t);
    let summary = checked.as_ref().as_ref().map(|c| {
        text(TestsText::Summary {
            passed: c.passed(),
            total: c.cases.len(),
        })
    });
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let failing = checked
        .as_ref()
        .as_ref()
        .is_some_and(|c| c.passed() < c.cases.len());
    let header = html! {
        <div class="row tests-head">
            <button class="tool-toggle tests-toggle" aria-expanded={open.to_string()} onclick={toggle}>
                { if *open { "▾ " } else { "▸ " } }{ text(TestsText::Title) }
            </button>
            <span class={classes!("tests-summary", failing.then_some("failing"))} aria-live="polite">{ summary.unwrap_or_default() }</span>
        </div>
    };
    if !*open {
        return html! { <section class="tool tests">{ header }<></></section> };
    }
    let pin_button = match app.result.evaluation.as_ref() {
        Some(evaluation) => {
            let (state, result) = (app.state.clone(), app.result.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                if let Some(case) = pin(&state.workspace, &result) {
                    let mut workspace = state.workspace.clone();
                    workspace.cases.push(case);
                    state.dispatch(Action::ApplyFix(workspace, None));
                }
            });
            html! { <button class="pin-case" {onclick}>{ text(TestsText::Pin { decision: evaluation.decision }) }</button> }
        }
        None => html! { <p class="hint">{ text(TestsText::PinUnavailable) }</p> },
    };
    html! {
        <section class="tool tests">
            { header }
            <>
            <p class="hint">{ super::glossary::rich(&text(TestsText::Help)) }</p>
            <div class="row">{ pin_button }</div>
            if let Some(checked) = checked.as_ref() {
                { case_list(&app, locale, checked) }
                { coverage_view(locale, checked) }
            } else {
                <p class="hint no-cases">{ text(TestsText::NoCases) }</p>
            }
            <TestFile />
            </>
        </section>
    }
}

/// One row per case: its status in words and a sign, what it expects, why it failed; open or remove it. Plain
/// functions, this and `coverage_view`: a run is checked again on every edit of the workspace, which the panel
/// reads, so as components they re-rendered with it anyway.
fn case_list(app: &super::AppContext, locale: Locale, checked: &Checked) -> Html {
    let cases = &app.state.workspace.cases;
    html! {
        <ol class="case-list">
            { for cases.iter().zip(&checked.cases).enumerate().map(|(i, (case, result))| {
                let (class, sign, status) = match &result.outcome {
                    Outcome::Passed => ("case passed", "✓", TestsText::Passed),
                    Outcome::Failed(_) => ("case failed", "✗", TestsText::Failed),
                    Outcome::NotRun(_) => ("case not-run", "!", TestsText::NotRun),
                };
                let open = {
                    let (state, request) = (app.state.clone(), case.request.clone());
                    Callback::from(move |_: MouseEvent| state.dispatch(Action::EditRequest(request.clone())))
                };
                let remove = {
                    let state = app.state.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut workspace = state.workspace.clone();
                        if i < workspace.cases.len() {
                            workspace.cases.remove(i);
                        }
                        state.dispatch(Action::ApplyFix(workspace, None));
                    })
                };
                let why = case_lines(result, checked, locale);
                html! {
                    <li class={class}>
                        <div class="case-head">
                            <span class="sign" aria-hidden="true">{ sign }</span>
                            <button class="case-open" type="button" onclick={open} title={locale.tests_text(&TestsText::OpenCase)}>
                                <span class="case-name">{ &case.name }</span>
                            </button>
                            <span class="case-status">{ locale.tests_text(&status) }{ locale.aside(&locale.tests_text(&TestsText::Expects { expect: case.expect })) }</span>
                            <button class="case-remove" type="button" onclick={remove}
                                aria-label={locale.tests_text(&TestsText::Remove { name: case.name.clone() })}>{ "×" }</button>
                        </div>
                        if !why.is_empty() {
                            <ul class="case-why">{ for why.iter().map(|line| html! { <li>{ super::glossary::rich(line) }</li> }) }</ul>
                        }
                    </li>
                }
            }) }
        </ol>
    }
}

/// Coverage over the cases: the summary, and what no case covers yet.
fn coverage_view(locale: Locale, checked: &Checked) -> Html {
    let coverage = &checked.coverage;
    let name = |k| checked.statement_name(k);
    let summary = locale.tests_text(&TestsText::CoverageSummary {
        percent: format!("{}.{}", coverage.tenths() / 10, coverage.tenths() % 10),
        statements_covered: coverage.statements.iter().filter(|s| s.covered()).count(),
        statements: coverage.statements.len(),
        keys_covered: coverage.keys.iter().filter(|k| k.covered()).count(),
        keys: coverage.keys.len(),
    });
    let missing: Vec<String> =
        coverage
            .statements
            .iter()
            .filter(|s| !s.covered())
            .map(|s| TestsText::StatementNotCovered {
                name: name(s.statement),
                exercised: s.exercised,
            })
            .chain(coverage.keys.iter().filter(|k| !k.covered()).map(|k| {
                TestsText::KeyNotCovered {
                    statement: name(k.statement),
                    operator: k.operator.clone(),
                    key: k.key.clone(),
                    held: k.held,
                    failed: k.failed,
                }
            }))
            .map(|t| locale.tests_text(&t))
            .collect();
    html! {
        <details class="coverage">
            <summary>{ locale.tests_text(&TestsText::Coverage) }{ locale.colon() }{ format!("{}%", (coverage.tenths() + 5) / 10) }</summary>
            <p class="hint coverage-summary">{ summary }</p>
            <ul class="coverage-missing">{ for missing.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
        </details>
    }
}

/// The `camctl test` file: exported from the workspace, or pasted and imported (a file that cannot be read
/// says where and why, and the pasted text stays).
#[function_component(TestFile)]
fn test_file() -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let exported = use_state(|| None::<String>);
    let pasted = use_state(String::new);
    let outcome = use_state(|| None::<Result<usize, String>>);
    let text = |t: TestsText| locale.tests_text(&t);
    let on_export = {
        let (state, exported) = (app.state.clone(), exported.clone());
        Callback::from(move |_: MouseEvent| exported.set(Some(export(&state.workspace))))
    };
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                pasted.set(area.value());
            }
        })
    };
    let on_import = {
        let (state, pasted, outcome) = (app.state.clone(), pasted.clone(), outcome.clone());
        Callback::from(
            move |_: MouseEvent| match import(&pasted, &state.workspace) {
                Ok(workspace) => {
                    outcome.set(Some(Ok(workspace.cases.len())));
                    state.dispatch(Action::Import(workspace));
                }
                Err(error) => {
                    let words = locale.input_problem(&error.problem);
                    outcome.set(Some(Err(locale.tests_text(&TestsText::ImportError {
                        line: error.span.line,
                        column: error.span.column,
                        message: words.message,
                        help: words.help,
                    }))));
                }
            },
        )
    };
    let can_export = !app.state.workspace.cases.is_empty();
    html! {
        <div class="test-file">
            <div class="row">
                <button class="export-tests" onclick={on_export} disabled={!can_export}>{ text(TestsText::Export) }</button>
            </div>
            if let Some(file) = exported.as_ref() {
                <p class="hint">{ super::glossary::rich(&text(TestsText::ExportHelp)) }</p>
                <textarea class="exported-tests" readonly=true rows="8" aria-label={text(TestsText::Export)} value={file.clone()} />
            }
            <label class="field import-field"><span>{ text(TestsText::ImportLabel) }</span>
                <textarea class="import-tests" rows="4" spellcheck="false" value={(*pasted).clone()} oninput={on_paste} /></label>
            <div class="row"><button class="import-button" onclick={on_import} disabled={pasted.trim().is_empty()}>{ text(TestsText::Import) }</button></div>
            { import_outcome(&outcome, locale) }
        </div>
    }
}

fn import_outcome(outcome: &Option<Result<usize, String>>, locale: Locale) -> Html {
    match outcome {
        None => html! {},
        Some(Ok(cases)) => {
            html! { <p class="hint import-done" role="status">{ locale.tests_text(&TestsText::Imported { cases: *cases }) }</p> }
        }
        Some(Err(message)) => {
            html! { <p class="diag error import-error" role="alert">{ super::glossary::rich(message) }</p> }
        }
    }
}
