//! Accounts over the admin API: as shown (never a secret), as an admin sends them, and
//! the generated passwords shown once.

use crate::error::ApiError;
use nabo_domain::{Account, AreaId, GroupId, LanguageTag, Role, UserId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An account as the admin API shows it (never a secret).
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountResponse {
    pub id: String,
    #[schema(value_type = Role)]
    pub role: &'static str,
    pub areas: Vec<String>,
    pub languages: Vec<String>,
    /// A volunteer's local group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

impl From<Account> for AccountResponse {
    fn from(account: Account) -> Self {
        Self {
            id: account.id.to_string(),
            role: account.role.as_str(),
            areas: account.areas.iter().map(ToString::to_string).collect(),
            languages: account.languages.iter().map(ToString::to_string).collect(),
            group: account.group.map(String::from),
        }
    }
}

/// A new account as an admin sends it: its login, role and scope.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAccountBody {
    /// The login.
    #[schema(pattern = "^[a-z0-9]([a-z0-9-]{0,78}[a-z0-9])?$")]
    pub id: String,
    #[schema(value_type = Role)]
    pub role: String,
    /// Areas an editor edits (an area includes the areas inside it).
    #[serde(default)]
    pub areas: Vec<String>,
    /// Languages a translator translates into.
    #[serde(default)]
    pub languages: Vec<String>,
    /// A volunteer's local group, which its referrals are counted for.
    #[serde(default)]
    #[schema(pattern = "^[a-z0-9]([a-z0-9-]{0,78}[a-z0-9])?$")]
    pub group: Option<String>,
    #[serde(default)]
    pub disabled: bool,
}

impl NewAccountBody {
    /// The account it describes, each bad field named.
    pub fn account(self) -> Result<Account, ApiError> {
        let id = UserId::parse(&self.id).map_err(|e| ApiError::invalid("id", e.to_string()))?;
        let scope = AccountBody {
            role: self.role,
            areas: self.areas,
            languages: self.languages,
            group: self.group,
            disabled: self.disabled,
        };
        scope.account(id)
    }
}

/// An account's role, scope and state as an admin sets them (its login is in the path).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountBody {
    #[schema(value_type = Role)]
    pub role: String,
    /// Areas an editor edits (an area includes the areas inside it).
    #[serde(default)]
    pub areas: Vec<String>,
    /// Languages a translator translates into.
    #[serde(default)]
    pub languages: Vec<String>,
    /// A volunteer's local group, which its referrals are counted for.
    #[serde(default)]
    #[schema(pattern = "^[a-z0-9]([a-z0-9-]{0,78}[a-z0-9])?$")]
    pub group: Option<String>,
    /// A disabled account cannot sign in; its sessions end.
    #[serde(default)]
    pub disabled: bool,
}

impl AccountBody {
    /// The account `id` as it describes it, each bad field named.
    pub fn account(self, id: UserId) -> Result<Account, ApiError> {
        let role = Role::parse(&self.role).map_err(|e| ApiError::invalid("role", e.to_string()))?;
        let areas = self
            .areas
            .iter()
            .map(|a| AreaId::parse(a).map_err(|e| ApiError::invalid("areas", e.to_string())))
            .collect::<Result<_, _>>()?;
        let languages = self
            .languages
            .iter()
            .map(|l| {
                LanguageTag::parse(l).map_err(|e| ApiError::invalid("languages", e.to_string()))
            })
            .collect::<Result<_, _>>()?;
        let group = self
            .group
            .as_deref()
            .map(|g| GroupId::parse(g).map_err(|e| ApiError::invalid("group", e.to_string())))
            .transpose()?;
        Ok(Account {
            id,
            role,
            areas,
            languages,
            disabled: self.disabled,
            group,
        })
    }
}

/// A new account and its generated password, shown only this once.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedAccount {
    pub account: AccountResponse,
    pub password: String,
}

/// A generated password, shown only this once.
#[derive(Debug, Serialize, ToSchema)]
pub struct NewPassword {
    pub password: String,
}
