//! `/{lang}/edit/resources/{id}/history`: every version of a resource, who made it and
//! when, what changed field by field; any earlier version can be brought back as a new
//! one.

use super::resource::edit_path;
use super::{Editor, ResourcePath, editor_page, field_label, redirect};
use crate::AppState;
use crate::web::failure::WebError;
use crate::web::locale::PageLocale;
use crate::web::render::render;
use crate::web::session::CheckedForm;
use crate::web::view::{Page, Shown};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use nabo_directory::{DirectoryError, Revision, RevisionKind};
use nabo_domain::{FieldChange, ResourceId, ResourceRecord};

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    ResourcePath(id): ResourcePath,
) -> Result<Response, WebError> {
    let revisions = state.directory.history(&editor.account, &id).await?;
    let view = HistoryPage::new(&state, &locale, &editor, &id, &revisions);
    Ok(render(&view)?.into_response())
}

pub async fn revert(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    ResourcePath(id): ResourcePath,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let number = |name| {
        form.get(name)
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let (version, expected) = (number("version"), number("expected"));
    match state
        .directory
        .revert_resource(&editor.account, &id, version, expected)
        .await
    {
        Ok(saved) => Ok(redirect(&edit_path(&locale, &id, "saved", saved.version))),
        Err(DirectoryError::Stale { .. }) => Ok(redirect(&edit_path(&locale, &id, "stale", 0))),
        Err(other) => Err(other.into()),
    }
}

pub struct ChangeRow {
    pub label: String,
    pub before: String,
    pub after: String,
}

pub struct VersionView {
    pub version: i64,
    pub heading: String,
    pub kind: String,
    pub when: String,
    pub who: String,
    pub changes: Vec<ChangeRow>,
    /// Why there is no list of changes (first version, unknown, nothing changed).
    pub note: Option<String>,
    pub current: bool,
    /// Can be brought back (an earlier version whose document is known).
    pub revertible: bool,
}

#[derive(Template)]
#[template(path = "editor/history.html")]
struct HistoryPage {
    page: Page,
    csrf: String,
    id: String,
    current_version: i64,
    versions: Vec<VersionView>,
}

impl HistoryPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        id: &ResourceId,
        revisions: &[Revision],
    ) -> Self {
        let reference = state.directory.reference();
        let chain = reference.languages.chain(&locale.0);
        let name = revisions
            .iter()
            .find_map(|r| r.document.as_ref())
            .and_then(|d| Shown::pick(&d.name, &chain, Some(&d.source_language), &reference))
            .map_or_else(|| id.to_string(), |s| s.text);
        let title = state.catalog.format(
            locale.as_str(),
            "history-title",
            &[("name", nabo_i18n::Arg::Text(name))],
        );
        let page = editor_page(state, locale, editor, title);
        let t = &page.t;
        let in_directory = revisions
            .first()
            .is_some_and(|r| !matches!(r.kind, RevisionKind::Archive | RevisionKind::Delete));
        let current_version = revisions.first().map_or(0, |r| r.version);
        let versions = revisions
            .iter()
            .enumerate()
            .map(|(index, revision)| {
                let older = revisions.get(index + 1);
                let (changes, note) =
                    match (&revision.document, older.and_then(|o| o.document.as_ref())) {
                        (Some(new), Some(old)) => {
                            let changes: Vec<ChangeRow> = FieldChange::between(
                                &ResourceRecord::from(old),
                                &ResourceRecord::from(new),
                            )
                            .into_iter()
                            .map(|c| ChangeRow {
                                label: field_label(t, &c.field),
                                before: c.old.unwrap_or_default(),
                                after: c.new.unwrap_or_default(),
                            })
                            .collect();
                            let note = changes.is_empty().then(|| t.t("history-no-changes"));
                            (changes, note)
                        }
                        (Some(_), None) if older.is_none() => {
                            (Vec::new(), Some(t.t("history-first")))
                        }
                        _ => (Vec::new(), Some(t.t("history-unknown"))),
                    };
                VersionView {
                    version: revision.version,
                    heading: t.with("history-version", "version", &revision.version.to_string()),
                    kind: t.t(&format!("history-kind-{}", revision.kind.as_str())),
                    when: revision
                        .created_at
                        .replace('T', " ")
                        .get(..16)
                        .unwrap_or_default()
                        .to_owned(),
                    who: revision
                        .author
                        .as_ref()
                        .map_or_else(|| t.t("history-by-import"), ToString::to_string),
                    changes,
                    note,
                    current: index == 0,
                    revertible: index > 0 && in_directory && revision.document.is_some(),
                }
            })
            .collect();
        Self {
            csrf: editor.secret.csrf_token(),
            id: id.to_string(),
            current_version,
            versions,
            page,
        }
    }
}
