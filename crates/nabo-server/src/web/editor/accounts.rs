//! `/{lang}/edit/accounts`: for admins, the accounts of the people who keep the
//! directory; creating one (its generated password is shown once, on this page),
//! disabling or enabling it, and a new password.

use super::form::Choice;
use super::{Editor, editor_page, redirect};
use crate::AppState;
use crate::web::failure::WebError;
use crate::web::locale::PageLocale;
use crate::web::render::render;
use crate::web::session::CheckedForm;
use crate::web::view::Page;
use crate::wire::NewAccountBody;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use nabo_directory::{AccountError, DirectoryError};
use nabo_domain::{Account, Role, UserId};

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
) -> Result<Response, WebError> {
    let accounts = state.directory.list_accounts(&editor.account).await?;
    let view = AccountsPage::new(&state, &locale, &editor, &accounts, Outcome::Nothing);
    Ok(render(&view)?.into_response())
}

pub async fn create(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let body = NewAccountBody {
        id: form.text("id").unwrap_or_default(),
        role: form.text("role").unwrap_or_default(),
        areas: form.all("areas"),
        languages: form.all("languages"),
        group: form.text("group").filter(|group| !group.is_empty()),
        disabled: false,
    };
    let outcome = match body.account() {
        Err(refused) => Outcome::Refused(refused.to_string()),
        Ok(account) => {
            let login = account.id.to_string();
            let created = state
                .directory
                .create_account(&editor.account, account)
                .await;
            Outcome::of(created.map(|password| (login, password.reveal().to_owned())))?
        }
    };
    AccountsPage::after(&state, &locale, &editor, outcome).await
}

pub async fn act(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    Path((_, id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let id = UserId::parse(&id).map_err(|_| WebError::NotFound)?;
    let directory = &state.directory;
    let outcome = match form.get("action") {
        Some("password") => {
            let reset = directory.reset_account_password(&editor.account, &id).await;
            Outcome::of(reset.map(|password| (id.to_string(), password.reveal().to_owned())))?
        }
        Some(action @ ("disable" | "enable")) => {
            let disable = action == "disable";
            match directory
                .set_account_disabled(&editor.account, &id, disable)
                .await
            {
                Ok(_) => return Ok(redirect(&format!("/{}/edit/accounts", locale.as_str()))),
                Err(error) => Outcome::refused(error)?,
            }
        }
        _ => return Err(WebError::BadRequest("unknown action".to_owned())),
    };
    AccountsPage::after(&state, &locale, &editor, outcome).await
}

/// What the page shows after an action.
enum Outcome {
    Nothing,
    /// A generated password, for the account it belongs to.
    Password {
        login: String,
        password: String,
    },
    /// Why the account was not created or changed (the account service's words).
    Refused(String),
}

impl Outcome {
    /// A generated password for a login, or why there is none.
    fn of(result: Result<(String, String), DirectoryError>) -> Result<Self, WebError> {
        match result {
            Ok((login, password)) => Ok(Self::Password { login, password }),
            Err(error) => Self::refused(error),
        }
    }

    /// What the account service refused, to show; any other failure stays an error.
    fn refused(error: DirectoryError) -> Result<Self, WebError> {
        match error {
            DirectoryError::Account(
                error @ (AccountError::Invalid(_)
                | AccountError::Exists(_)
                | AccountError::OwnAccount(_)
                | AccountError::NoAccount(_)),
            ) => Ok(Self::Refused(error.to_string())),
            other => Err(other.into()),
        }
    }
}

pub struct Row {
    pub id: String,
    pub role: String,
    pub scope: String,
    pub state: String,
    pub disabled: bool,
}

#[derive(Template)]
#[template(path = "editor/accounts.html")]
struct AccountsPage {
    page: Page,
    csrf: String,
    rows: Vec<Row>,
    roles: Vec<(&'static str, String)>,
    areas: Vec<Choice>,
    languages: Vec<Choice>,
    password: Option<(String, String)>,
    refused: Option<String>,
}

impl AccountsPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        accounts: &[Account],
        outcome: Outcome,
    ) -> Self {
        let reference = state.directory.reference();
        let title = state.catalog.format(locale.as_str(), "accounts-title", &[]);
        let page = editor_page(state, locale, editor, title);
        let t = &page.t;
        let chain = reference.languages.chain(&locale.0);
        let rows = accounts
            .iter()
            .map(|a| Row {
                id: a.id.to_string(),
                role: t.t(&format!("role-{}", a.role.as_str())),
                scope: a
                    .areas
                    .iter()
                    .map(ToString::to_string)
                    .chain(a.languages.iter().map(ToString::to_string))
                    .chain(a.group.iter().map(ToString::to_string))
                    .collect::<Vec<_>>()
                    .join(", "),
                state: t.t(if a.disabled {
                    "accounts-disabled"
                } else {
                    "accounts-active"
                }),
                disabled: a.disabled,
            })
            .collect();
        let areas = Choice::areas(&reference, &chain, |_| false);
        let languages = Choice::languages(&reference, |_| false);
        let roles = [
            Role::Volunteer,
            Role::Editor,
            Role::Translator,
            Role::Coordinator,
            Role::Admin,
        ]
        .into_iter()
        .map(|r| (r.as_str(), t.t(&format!("role-{}", r.as_str()))))
        .collect();
        let (password, refused) = match outcome {
            Outcome::Nothing => (None, None),
            Outcome::Password { login, password } => (Some((login, password)), None),
            Outcome::Refused(why) => (None, Some(why)),
        };
        Self {
            csrf: editor.secret.csrf_token(),
            rows,
            roles,
            areas,
            languages,
            password,
            refused,
            page,
        }
    }

    /// The page after an action: 200 with a password to hand over, 422 when refused.
    async fn after(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        outcome: Outcome,
    ) -> Result<Response, WebError> {
        let status = match outcome {
            Outcome::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            _ => StatusCode::OK,
        };
        let accounts = state.directory.list_accounts(&editor.account).await?;
        let view = Self::new(state, locale, editor, &accounts, outcome);
        Ok((status, render(&view)?).into_response())
    }
}
