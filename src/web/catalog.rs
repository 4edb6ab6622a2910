//! The catalog browser: every API of the catalog, searchable and filterable; "use in request" sets the action.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use cam_playground::catalog::{Catalog, Category, Granularity};
use cam_playground::vocabulary::Label;

const INITIAL_ROWS: usize = 24;

#[derive(Properties, PartialEq)]
pub struct CatalogBrowserProps {
    pub on_use: Callback<String>,
}

#[function_component(CatalogBrowser)]
pub fn catalog_browser(props: &CatalogBrowserProps) -> Html {
    let locale = super::use_locale();
    let query = use_state(String::new);
    let used = use_state(|| None::<String>);
    let category = use_state(|| None::<Category>);
    let granularity = use_state(|| None::<Granularity>);
    let show_all = use_state(|| false);
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                query.set(input.value());
            }
        })
    };
    let on_category = {
        let category = category.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                category.set(Category::named(&select.value()));
            }
        })
    };
    let on_granularity = {
        let granularity = granularity.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                granularity.set(Granularity::named(&select.value()));
            }
        })
    };
    let catalog = Catalog::builtin();
    let needle = query.trim();
    let filtering = !needle.is_empty() || category.is_some() || granularity.is_some();
    let matching: Vec<_> = catalog
        .search(needle)
        .filter(|(_, _, api)| {
            category.is_none_or(|c| api.category == c)
                && granularity.is_none_or(|g| api.granularity == g)
        })
        .map(|(_, product, api)| (product, api))
        .collect();
    // The first screenful renders at start-up; the rest on demand, to keep the first result fast.
    let limit = if *show_all || filtering {
        usize::MAX
    } else {
        INITIAL_ROWS
    };
    let rows: Vec<Html> = matching
        .iter()
        .take(limit)
        .map(|(product, api)| {
            let action = format!("{}:{}", product.abbreviation, api.name);
            let on_use = {
                let (on_use, used, action) = (props.on_use.clone(), used.clone(), action.clone());
                Callback::from(move |_: MouseEvent| {
                    on_use.emit(action.clone());
                    used.set(Some(action.clone()));
                    // The request is where the choice shows: bring it into view.
                    if let Ok(Some(request)) = gloo::utils::document().query_selector(".editor.request") {
                        request.scroll_into_view();
                    }
                })
            };
            let level_class = format!("badge level-{}", api.granularity.as_str());
            html! {
                <li class="api" data-api={api.name.clone()}>
                    <div class="api-head">
                        <code class="api-name">{ &action }</code>
                        <span class={level_class}>{ locale.label(Label::from(api.granularity)) }</span>
                        <span class="badge">{ locale.label(Label::from(api.category)) }</span>
                        <button class="use" onclick={on_use} aria-label={format!("{} {action}", locale.label(Label::UseInRequest))}>{ locale.label(Label::UseInRequest) }</button>
                    </div>
                    <div class="api-description" lang="en">{ &api.description }</div>
                    <code class="resource">{ super::glossary::breakable(&api.resource_template) }</code>
                    if api.has_empty_account_uin() {
                        <div class="quirk">{ super::glossary::rich(locale.label(Label::TemplateQuirk)) }</div>
                    }
                </li>
            }
        })
        .collect();
    let total: usize = catalog.products.iter().map(|p| p.apis.len()).sum();
    html! {
        <section class="catalog" aria-label={locale.label(Label::Catalog)}>
            <div class="catalog-head">
                <h2>{ locale.label(Label::Catalog) }</h2>
                <input type="search" placeholder={locale.label(Label::CatalogSearch)} aria-label={locale.label(Label::CatalogSearch)} oninput={on_query} />
                <select onchange={on_category} aria-label={locale.label(Label::AllCategories)}>
                    <option value="" selected={category.is_none()}>{ locale.label(Label::AllCategories) }</option>
                    { for Category::ALL.into_iter().map(|c| html! {
                        <option value={c.as_str()} selected={*category == Some(c)}>{ locale.label(Label::from(c)) }</option>
                    }) }
                </select>
                <select onchange={on_granularity} aria-label={locale.label(Label::AllGranularities)}>
                    <option value="" selected={granularity.is_none()}>{ locale.label(Label::AllGranularities) }</option>
                    { for Granularity::ALL.into_iter().map(|g| html! {
                        <option value={g.as_str()} selected={*granularity == Some(g)}>{ locale.label(Label::from(g)) }</option>
                    }) }
                </select>
                <span class="count">{ locale.render(&cam_playground::explain::Message::CatalogShown { shown: matching.len(), total }) }</span>
                <span class="used" aria-live="polite">
                    if let Some(action) = &*used {
                        { locale.render(&cam_playground::explain::Message::UsedInRequest { action: action.clone() }) }
                    }
                </span>
            </div>
            if matching.is_empty() {
                <p class="hint no-match" aria-live="polite">{ locale.label(Label::NoMatchingApis) }</p>
            }
            <ul class="api-list">{ for rows }</ul>
            <super::request::ActionOptions />
            if matching.len() > limit {
                { super::show_all(&show_all, matching.len(), locale) }
            }
        </section>
    }
}
