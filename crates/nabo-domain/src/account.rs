//! Accounts of the people who keep and use the directory: volunteers (who record
//! referrals), editors, translators, coordinators and administrators. An account says who may change what; it holds nothing about the women
//! the volunteers help, and no secret (the password hash is the storage's business).

use crate::ids::{AreaId, GroupId, UserId};
use crate::language::LanguageTag;
use crate::reference::ReferenceData;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Role {
    /// Everything, and manages accounts.
    Admin,
    /// Reads every dashboard and verifies resources.
    Coordinator,
    /// Creates, updates and archives resources in the account's areas.
    Editor,
    /// Edits translations in the account's languages.
    Translator,
    /// Records referrals for the account's local group; searching needs no account.
    Volunteer,
}

/// Why a text is not a role.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}: use admin, coordinator, editor, translator or volunteer")]
pub struct UnknownRole(pub String);

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Admin,
        Role::Coordinator,
        Role::Editor,
        Role::Translator,
        Role::Volunteer,
    ];

    pub fn parse(text: &str) -> Result<Self, UnknownRole> {
        Self::ALL
            .into_iter()
            .find(|role| role.as_str() == text)
            .ok_or_else(|| UnknownRole(text.to_owned()))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
            Role::Editor => "editor",
            Role::Translator => "translator",
            Role::Volunteer => "volunteer",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An account: its login (a slug), role, and where its role applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: UserId,
    pub role: Role,
    /// The areas an editor edits (each with the areas inside it).
    #[serde(default)]
    pub areas: Vec<AreaId>,
    /// The languages a translator translates into.
    #[serde(default)]
    pub languages: Vec<LanguageTag>,
    /// A disabled account can neither log in nor use its tokens.
    #[serde(default)]
    pub disabled: bool,
    /// A volunteer's local group, which the referrals it records are counted for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupId>,
}

impl Account {
    /// Whether the account may create, update or archive a resource of `area`: an admin
    /// anywhere, an editor in an assigned area or an area inside one.
    pub fn may_edit_resources_in(&self, area: &AreaId, reference: &ReferenceData) -> bool {
        match (self.disabled, self.role) {
            (true, _) => false,
            (false, Role::Admin) => true,
            (false, Role::Editor) => self
                .areas
                .iter()
                .any(|assigned| reference.area_and_descendants(assigned).contains(area)),
            (false, Role::Coordinator | Role::Translator | Role::Volunteer) => false,
        }
    }

    /// Whether the account may edit translations into `lang`: an admin any, a translator
    /// an assigned language (exactly: Persian `fa` and Dari `fa-AF` are assigned apart).
    pub fn may_translate(&self, lang: &LanguageTag) -> bool {
        match (self.disabled, self.role) {
            (true, _) => false,
            (false, Role::Admin) => true,
            (false, Role::Translator) => self.languages.contains(lang),
            (false, Role::Coordinator | Role::Editor | Role::Volunteer) => false,
        }
    }

    /// Whether the account may mark resources as verified.
    pub fn may_verify(&self) -> bool {
        !self.disabled && matches!(self.role, Role::Admin | Role::Coordinator)
    }

    /// Whether the account may record referrals: any enabled account (a coordinator or
    /// editor out with the volunteers too); counted for the account's group when it has one.
    pub fn may_record_referrals(&self) -> bool {
        !self.disabled
    }

    /// Whether the account may read the insight reports (referrals, unmet needs).
    pub fn may_read_reports(&self) -> bool {
        !self.disabled && matches!(self.role, Role::Admin | Role::Coordinator)
    }

    /// Whether the account may create, change and disable accounts.
    pub fn may_manage_accounts(&self) -> bool {
        !self.disabled && self.role == Role::Admin
    }
}
