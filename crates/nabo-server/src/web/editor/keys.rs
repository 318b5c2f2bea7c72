//! `/{lang}/edit/keys`: for admins, the API keys of partner sites (municipalities, NGOs
//! embedding the search); issuing one (the key is shown once, on this page, with the two
//! lines a partner pastes) and revoking one.

use super::{Editor, editor_page, redirect};
use crate::AppState;
use crate::web::failure::WebError;
use crate::web::locale::PageLocale;
use crate::web::render::render;
use crate::web::session::CheckedForm;
use crate::web::view::{Page, public_base};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use nabo_directory::{AccountError, DirectoryError};
use nabo_domain::{DEFAULT_KEY_RATE, KeyId, Origin, PartnerKey};

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
) -> Result<Response, WebError> {
    KeysPage::show(&state, &locale, &editor, Outcome::Nothing).await
}

pub async fn create(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    headers: HeaderMap,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let name = form.text("name").unwrap_or_default();
    let origins = vec![form.text("origins").unwrap_or_default()];
    let rate = form
        .text("rate")
        .and_then(|r| r.trim().parse().ok())
        .unwrap_or(0);
    let issued = state
        .directory
        .issue_partner_key(&editor.account, &name, &origins, rate)
        .await;
    let base = public_base(&state, &headers);
    let outcome = Outcome::of(issued.map(|issued| (issued.info.name, issued.key)))?;
    KeysPage::show(&state, &locale, &editor, outcome.with_embed(&base, &locale)).await
}

pub async fn revoke(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    Path((_, id)): Path<(String, String)>,
    _form: CheckedForm,
) -> Result<Response, WebError> {
    let id = KeyId::parse(&id).map_err(|_| WebError::NotFound)?;
    let revoked = state
        .directory
        .revoke_partner_key(&editor.account, &id)
        .await;
    match Outcome::of(revoked.map(|()| (String::new(), String::new())))? {
        Outcome::Refused(why) => {
            KeysPage::show(&state, &locale, &editor, Outcome::Refused(why)).await
        }
        _ => {
            state.keys.invalidate();
            Ok(redirect(&format!("/{}/edit/keys", locale.as_str())))
        }
    }
}

/// What the page shows after an action.
enum Outcome {
    Nothing,
    /// A key just issued, for the partner it belongs to, and the two lines the partner
    /// pastes into its page.
    Issued {
        name: String,
        key: String,
        embed: String,
    },
    /// Why the key was not issued or revoked (the key service's words).
    Refused(String),
}

impl Outcome {
    fn of(result: Result<(String, String), DirectoryError>) -> Result<Self, WebError> {
        match result {
            Ok((name, key)) => Ok(Self::Issued {
                name,
                key,
                embed: String::new(),
            }),
            Err(DirectoryError::Account(error @ AccountError::Invalid(_))) => {
                Ok(Self::Refused(error.to_string()))
            }
            Err(other) => Err(other.into()),
        }
    }

    fn with_embed(self, base: &str, locale: &PageLocale) -> Self {
        match self {
            Self::Issued { name, key, .. } => Self::Issued {
                embed: format!(
                    "<script type=\"module\" src=\"{base}/embed.js\"></script>\n\
                     <nabo-search lang=\"{}\" key=\"{key}\"></nabo-search>",
                    locale.as_str()
                ),
                name,
                key,
            },
            other => other,
        }
    }
}

pub struct Row {
    pub id: String,
    pub name: String,
    pub origins: String,
    pub rate: String,
    pub state: String,
    pub revoked: bool,
}

#[derive(Template)]
#[template(path = "editor/keys.html")]
struct KeysPage {
    page: Page,
    csrf: String,
    rows: Vec<Row>,
    default_rate: u32,
    issued: Option<(String, String)>,
    /// The two lines a partner pastes, with the key just issued.
    embed: Option<String>,
    refused: Option<String>,
}

impl KeysPage {
    /// The page after an action: 422 when refused.
    async fn show(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        outcome: Outcome,
    ) -> Result<Response, WebError> {
        let keys = state.directory.list_partner_keys(&editor.account).await?;
        let status = match outcome {
            Outcome::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            _ => StatusCode::OK,
        };
        let view = Self::new(state, locale, editor, &keys, outcome);
        Ok((status, render(&view)?).into_response())
    }

    fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        keys: &[PartnerKey],
        outcome: Outcome,
    ) -> Self {
        let title = state.catalog.format(locale.as_str(), "keys-title", &[]);
        let page = editor_page(state, locale, editor, title);
        let t = &page.t;
        let rows = keys
            .iter()
            .map(|key| Row {
                id: key.id.to_string(),
                name: key.name.clone(),
                origins: key
                    .origins
                    .iter()
                    .map(Origin::as_str)
                    .collect::<Vec<_>>()
                    .join(" "),
                rate: t.with("keys-per-minute", "rate", &key.per_minute.to_string()),
                state: t.t(match key.revoked_at {
                    Some(_) => "keys-revoked",
                    None => "keys-active",
                }),
                revoked: key.revoked_at.is_some(),
            })
            .collect();
        let (issued, embed, refused) = match outcome {
            Outcome::Nothing => (None, None, None),
            Outcome::Issued { name, key, embed } => (Some((name, key)), Some(embed), None),
            Outcome::Refused(why) => (None, None, Some(why)),
        };
        Self {
            csrf: editor.secret.csrf_token(),
            rows,
            default_rate: DEFAULT_KEY_RATE,
            issued,
            embed,
            refused,
            page,
        }
    }
}
