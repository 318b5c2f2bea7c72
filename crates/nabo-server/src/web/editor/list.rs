//! `/{lang}/edit/`: the resources an editor looks after, found by words and area (the
//! search index answers), and what is archived.

use super::form::Choice;
use super::{Editor, editor_page};
use crate::AppState;
use crate::web::failure::WebError;
use crate::web::locale::PageLocale;
use crate::web::render::render;
use crate::web::view::{Page, Shown};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use nabo_directory::{Query as SearchQuery, Results, StoredResource};
use nabo_domain::{Account, AreaId, LanguageTag, LocalizedText, ReferenceData, UserId};
use serde::Deserialize;

/// Resources per page of the list.
const PAGE_SIZE: usize = 50;

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    area: Option<String>,
    #[serde(default)]
    page: usize,
}

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    Query(list): Query<ListQuery>,
) -> Result<Response, WebError> {
    let query = search_query(&state, &locale, &editor.account, &list)?;
    let (found, archived) = tokio::try_join!(
        state.directory.search(query),
        state.directory.archived(&editor.account)
    )?;
    let view = ListPage::new(&state, &locale, &editor, &list, found, archived);
    Ok(render(&view)?.into_response())
}

/// The search behind the list: the words, in the chosen area (by default an editor's
/// first area), a page at a time.
fn search_query(
    state: &AppState,
    locale: &PageLocale,
    account: &Account,
    list: &ListQuery,
) -> Result<SearchQuery, WebError> {
    let area = match list.area.as_deref().filter(|a| !a.is_empty()) {
        Some(raw) => {
            let area = AreaId::parse(raw).map_err(|e| WebError::BadRequest(e.to_string()))?;
            if state.directory.reference().area(&area).is_none() {
                return Err(WebError::BadRequest(format!("unknown area {raw:?}")));
            }
            Some(area)
        }
        None => account.areas.first().cloned(),
    };
    let mut query = SearchQuery::new(list.q.trim(), locale.0.clone());
    query.area = area;
    query.limit = PAGE_SIZE;
    query.offset = list.page.min(1_000) * PAGE_SIZE;
    Ok(query)
}

pub struct Row {
    pub id: String,
    pub name: Shown,
    pub area: String,
    pub categories: String,
}

pub struct ArchivedRow {
    pub id: String,
    pub name: Shown,
    pub when: String,
}

#[derive(Template)]
#[template(path = "editor/list.html")]
struct ListPage {
    page: Page,
    q: String,
    areas: Vec<Choice>,
    count: String,
    rows: Vec<Row>,
    previous: Option<String>,
    next: Option<String>,
    archived: Vec<ArchivedRow>,
}

impl ListPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        list: &ListQuery,
        found: Results,
        archived: Vec<(StoredResource, UserId)>,
    ) -> Self {
        let reference = state.directory.reference();
        let title = state
            .catalog
            .format(locale.as_str(), "editor-dashboard-title", &[]);
        let page = editor_page(state, locale, editor, title);
        let chain = reference.languages.chain(&locale.0);
        let name = |text: &LocalizedText, source: &LanguageTag| {
            Shown::pick(text, &chain, Some(source), &reference).unwrap_or_default()
        };
        let area_name = |id: &AreaId| {
            reference
                .area(id)
                .and_then(|a| Shown::pick(&a.name, &chain, None, &reference))
                .map_or_else(|| id.to_string(), |s| s.text)
        };
        let rows = found
            .hits
            .iter()
            .map(|hit| {
                let listing = &hit.resource;
                Row {
                    id: listing.id.to_string(),
                    name: name(&listing.name, &listing.source_language),
                    area: area_name(&listing.area),
                    categories: category_names(&reference, &chain, &listing.categories),
                }
            })
            .collect();
        let link = |number: usize| {
            let area = list.area.clone().unwrap_or_default();
            format!(
                "/{}/edit/?q={}&area={}&page={number}",
                locale.as_str(),
                url::form_urlencoded::byte_serialize(list.q.as_bytes()).collect::<String>(),
                area
            )
        };
        let shown_until = (list.page + 1) * PAGE_SIZE;
        let chosen = list
            .area
            .clone()
            .or_else(|| editor.account.areas.first().map(ToString::to_string));
        let mut areas = Choice::areas(&reference, &chain, |id| {
            chosen.as_deref() == Some(id.as_str())
        });
        areas.retain(|choice| {
            AreaId::parse(&choice.value)
                .is_ok_and(|id| editor.account.may_edit_resources_in(&id, &reference))
        });
        let archived = archived
            .into_iter()
            .map(|(stored, by)| ArchivedRow {
                id: stored.resource.id.to_string(),
                name: name(&stored.resource.name, &stored.resource.source_language),
                when: page.t.with2(
                    "editor-archived-when",
                    ("date", stored.updated_at.get(..10).unwrap_or_default()),
                    ("account", by.as_str()),
                ),
            })
            .collect();
        Self {
            count: page.t.count("editor-count", "count", &found.total),
            q: list.q.clone(),
            areas,
            rows,
            previous: (list.page > 0).then(|| link(list.page - 1)),
            next: (found.total > shown_until).then(|| link(list.page + 1)),
            archived,
            page,
        }
    }
}

fn category_names(
    reference: &ReferenceData,
    chain: &[nabo_domain::LanguageTag],
    ids: &[nabo_domain::CategoryId],
) -> String {
    ids.iter()
        .filter_map(|id| reference.category(id))
        .filter_map(|c| Shown::pick(&c.name, chain, None, reference))
        .map(|s| s.text)
        .collect::<Vec<_>>()
        .join(", ")
}
