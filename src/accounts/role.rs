//! Roles: what a person may do beyond their own things. Two roles above
//! `user`: a moderator may remove content; an admin may do everything.
//! Stored as text in `account.role`; read into `Role` once, when the
//! visitor is loaded, and compared as an ordered enum from then on.

use crate::error::AppError;

use super::CurrentUser;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    User,
    Moderator,
    Admin,
}

impl Role {
    /// The stored text; anything unknown is the least role.
    pub fn parse(s: &str) -> Role {
        match s {
            "admin" => Role::Admin,
            "moderator" => Role::Moderator,
            _ => Role::User,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    pub fn up(self) -> Option<Role> {
        match self {
            Role::User => Some(Role::Moderator),
            Role::Moderator => Some(Role::Admin),
            Role::Admin => None,
        }
    }

    pub fn down(self) -> Option<Role> {
        match self {
            Role::User => None,
            Role::Moderator => Some(Role::User),
            Role::Admin => Some(Role::Moderator),
        }
    }
}

/// The refusal when a moderator acts on an admin or on what an admin wrote.
pub const ADMINS_ONLY: &str = "role-admins-only";

/// Only an admin acts on an admin: a moderator (or anyone below) acting as
/// staff on an admin's account or content is refused.
pub fn may_act_on(by: &CurrentUser, target: Role) -> Result<(), AppError> {
    if target == Role::Admin && by.role < Role::Admin {
        return Err(AppError::Forbidden(crate::i18n::Msg::new(ADMINS_ONLY)));
    }
    Ok(())
}

/// Who removes a post or comment: one of its `owners` (`false`), or else
/// staff (`true`), whose removal is audited. Anyone else is refused with
/// the message `refused` (a key), and only an admin removes what an admin
/// (`author`) wrote.
pub fn removes_as_staff(
    by: &CurrentUser,
    owners: &[i64],
    author: &str,
    refused: &'static str,
) -> Result<bool, AppError> {
    if owners.contains(&by.id) {
        return Ok(false);
    }
    if by.role < Role::Moderator {
        return Err(AppError::Forbidden(crate::i18n::Msg::new(refused)));
    }
    may_act_on(by, Role::parse(author))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_read_from_text_and_step_one_at_a_time() {
        assert_eq!(Role::parse("admin"), Role::Admin);
        assert_eq!(Role::parse("nonsense"), Role::User);
        assert!(Role::Admin > Role::Moderator && Role::Moderator > Role::User);
        assert_eq!(Role::User.up(), Some(Role::Moderator));
        assert_eq!(Role::Admin.up(), None);
        assert_eq!(Role::User.down(), None);
        for r in [Role::User, Role::Moderator, Role::Admin] {
            assert_eq!(Role::parse(r.as_str()), r);
        }
    }
}
