//! Who may do what: users and their roles, passwords, sessions, API tokens,
//! login throttling, the audit log and data retention. Owns `users`,
//! `sessions`, `api_tokens`, `login_throttle` and `audit_log`.

pub mod audit;
pub mod password;
pub mod retention;
pub mod sessions;
pub mod throttle;
pub mod tokens;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::db::Db;
use crate::error::{AppError, AppResult, ResultExt};
use crate::i18n::{Locale, Msg};
use crate::msg;
use crate::text::TextKind;

#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    PartialOrd,
    Ord,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Users, settings, campaigns, scripts, the roster, the audit log.
    Admin,
    /// Results of all staff, recordings, exports, disputes.
    Hr,
    /// The grading desk only.
    Grader,
    /// The callback desk only.
    Operator,
    /// Read-only results of one department.
    Supervisor,
    /// An integration that pushes service visits (a queue-management system).
    Intake,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Admin,
        Role::Hr,
        Role::Grader,
        Role::Operator,
        Role::Supervisor,
        Role::Intake,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Hr => "hr",
            Role::Grader => "grader",
            Role::Operator => "operator",
            Role::Supervisor => "supervisor",
            Role::Intake => "intake",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = Msg;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| msg!("user-role-unknown", role = s.trim()))
    }
}

/// A set of roles, stored as a comma-separated list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Roles(pub Vec<Role>);

impl Roles {
    pub fn parse_list(raw: &str) -> Result<Roles, Msg> {
        let mut roles: Vec<Role> = raw
            .split(',')
            .filter(|s| !s.trim().is_empty())
            .map(str::parse)
            .collect::<Result<_, _>>()?;
        roles.sort();
        roles.dedup();
        if roles.is_empty() {
            return Err(msg!("user-roles-none"));
        }
        Ok(Roles(roles))
    }

    pub fn has(&self, role: Role) -> bool {
        self.0.contains(&role)
    }

    pub fn any_of(&self, roles: &[Role]) -> bool {
        roles.iter().any(|r| self.has(*r))
    }

    pub fn stored(&self) -> String {
        self.0
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[derive(Clone, Debug, FromRow)]
struct UserRow {
    id: i64,
    username: String,
    display_name: String,
    password_hash: String,
    roles: String,
    department_id: Option<i64>,
    must_change_password: i64,
    disabled: i64,
    senior: i64,
    phone: Option<String>,
    centre_id: Option<i64>,
    locale: Option<String>,
    password_changed_at: i64,
    created_at: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    #[serde(skip)]
    pub password_hash: String,
    pub roles: Roles,
    pub department_id: Option<i64>,
    pub must_change_password: bool,
    pub disabled: bool,
    /// A senior grader adjudicates when two graders disagree.
    pub senior: bool,
    /// An operator's own line, rung first for bridged callbacks.
    pub phone: Option<String>,
    /// The centre whose callbacks an operator makes.
    pub centre_id: Option<i64>,
    /// The language the user chose; `None` lets the browser and the centre decide.
    pub locale: Option<Locale>,
    pub password_changed_at: i64,
    pub created_at: i64,
}

impl From<UserRow> for User {
    fn from(r: UserRow) -> Self {
        User {
            id: r.id,
            username: r.username,
            display_name: r.display_name,
            password_hash: r.password_hash,
            roles: Roles::parse_list(&r.roles).unwrap_or_default(),
            department_id: r.department_id,
            must_change_password: r.must_change_password != 0,
            disabled: r.disabled != 0,
            senior: r.senior != 0,
            phone: r.phone,
            centre_id: r.centre_id,
            locale: r.locale.and_then(|l| l.parse().ok()),
            password_changed_at: r.password_changed_at,
            created_at: r.created_at,
        }
    }
}

const USER_COLUMNS: &str = "id, username, display_name, password_hash, roles, department_id, \
    must_change_password, disabled, senior, phone, centre_id, locale, password_changed_at, created_at";

/// A login name: letters, digits, dots, dashes and underscores, lowercased.
pub fn parse_username(raw: &str) -> AppResult<String> {
    let name = raw.trim().to_lowercase();
    if name.len() < 2
        || name.len() > 64
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || "._-".contains(c))
    {
        return Err(AppError::invalid("username", msg!("user-username-invalid")));
    }
    Ok(name)
}

pub struct NewUser<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub password: &'a str,
    pub roles: Roles,
    pub department_id: Option<i64>,
    /// The password is a one-time one: it must be changed at first login.
    pub must_change_password: bool,
}

pub async fn create_user(db: &Db, user: &NewUser<'_>, now_ms: i64) -> AppResult<User> {
    let username = parse_username(user.username)?;
    let display_name = TextKind::Line.parse("display_name", user.display_name)?;
    password::check_policy(user.password, &[&username, &display_name])?;
    let hash = password::hash(user.password)?;
    let sql = format!(
        "INSERT INTO users (username, display_name, password_hash, roles, department_id, must_change_password, \
         disabled, password_changed_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $7, $7) \
         RETURNING {USER_COLUMNS}"
    );
    let row: UserRow = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(&username)
        .bind(&display_name)
        .bind(hash)
        .bind(user.roles.stored())
        .bind(user.department_id)
        .bind(i64::from(user.must_change_password))
        .bind(now_ms)
        .fetch_one(&db.pool)
        .await
        .on_constraint("username", || {
            AppError::invalid(
                "username",
                msg!("user-username-taken", username = username.as_str()),
            )
        })?;
    Ok(row.into())
}

pub async fn count_users(db: &Db) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&db.pool)
        .await?)
}

pub async fn find_by_username(db: &Db, username: &str) -> AppResult<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE username = $1");
    let row: Option<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(username.trim().to_lowercase())
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(User::from))
}

pub async fn get_user(db: &Db, id: i64) -> AppResult<User> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
    let row: Option<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(User::from)
        .ok_or_else(|| AppError::NotFound(msg!("not-found-user", id = id.to_string())))
}

pub async fn list_users(db: &Db) -> AppResult<Vec<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY username");
    let rows: Vec<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.into_iter().map(User::from).collect())
}

/// Sets an operator's own line (E.164) and centre.
pub async fn set_operator_line(
    db: &Db,
    id: i64,
    phone: Option<&str>,
    centre_id: Option<i64>,
    now_ms: i64,
) -> AppResult<()> {
    let done =
        sqlx::query("UPDATE users SET phone = $1, centre_id = $2, updated_at = $3 WHERE id = $4")
            .bind(phone)
            .bind(centre_id)
            .bind(now_ms)
            .bind(id)
            .execute(&db.pool)
            .await?;
    found(done.rows_affected(), id)?;
    Ok(())
}

/// Stores the language a user chose (`None`: let the browser decide).
pub async fn set_locale(db: &Db, id: i64, locale: Option<Locale>, now_ms: i64) -> AppResult<()> {
    let changed = sqlx::query("UPDATE users SET locale = $1, updated_at = $2 WHERE id = $3")
        .bind(locale.map(|l| l.tag().to_string()))
        .bind(now_ms)
        .bind(id)
        .execute(&db.pool)
        .await?
        .rows_affected();
    if changed == 0 {
        return Err(AppError::NotFound(msg!(
            "not-found-user",
            id = id.to_string()
        )));
    }
    Ok(())
}

/// The code of the centre a user works for: an operator's own centre, or
/// the centre of their department.
pub async fn home_centre_code(db: &Db, id: i64) -> AppResult<Option<String>> {
    Ok(home_centre(db, id).await?.map(|(code, _)| code))
}

/// The code and time zone of the centre a user works at (their own centre,
/// else their department's), if any.
pub async fn home_centre(db: &Db, id: i64) -> AppResult<Option<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT c.code, c.time_zone FROM users u \
         LEFT JOIN departments d ON d.id = u.department_id \
         JOIN centres c ON c.id = COALESCE(u.centre_id, d.centre_id) \
         WHERE u.id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?)
}

/// An update of user `id` that touched no row: there is no such user.
fn found(rows: u64, id: i64) -> AppResult<()> {
    if rows == 0 {
        return Err(AppError::NotFound(msg!(
            "not-found-user",
            id = id.to_string()
        )));
    }
    Ok(())
}

/// Makes a grader senior (able to adjudicate) or not.
pub async fn set_senior(db: &Db, id: i64, senior: bool, now_ms: i64) -> AppResult<()> {
    let done = sqlx::query("UPDATE users SET senior = $1, updated_at = $2 WHERE id = $3")
        .bind(i64::from(senior))
        .bind(now_ms)
        .bind(id)
        .execute(&db.pool)
        .await?;
    found(done.rows_affected(), id)?;
    Ok(())
}

/// Gives a user new roles and department. Their sessions go on, with the
/// new roles from their next request (roles are read on every request).
pub async fn set_roles(
    db: &Db,
    id: i64,
    roles: &Roles,
    department_id: Option<i64>,
    now_ms: i64,
) -> AppResult<User> {
    let done = sqlx::query(
        "UPDATE users SET roles = $1, department_id = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(roles.stored())
    .bind(department_id)
    .bind(now_ms)
    .bind(id)
    .execute(&db.pool)
    .await?;
    found(done.rows_affected(), id)?;
    get_user(db, id).await
}

/// Disables (or re-enables) a user; disabling ends every session they have.
pub async fn set_disabled(db: &Db, id: i64, disabled: bool, now_ms: i64) -> AppResult<User> {
    let done = sqlx::query("UPDATE users SET disabled = $1, updated_at = $2 WHERE id = $3")
        .bind(i64::from(disabled))
        .bind(now_ms)
        .bind(id)
        .execute(&db.pool)
        .await?;
    found(done.rows_affected(), id)?;
    if disabled {
        sessions::end_all_for_user(db, id).await?;
    }
    get_user(db, id).await
}

/// Sets a new password (checked against the policy) and ends every session
/// of the user. `one_time` makes them choose their own at next login.
pub async fn set_password(
    db: &Db,
    id: i64,
    new_password: &str,
    one_time: bool,
    now_ms: i64,
) -> AppResult<()> {
    let user = get_user(db, id).await?;
    password::check_policy(new_password, &[&user.username, &user.display_name])?;
    if password::verify(new_password, &user.password_hash) {
        return Err(AppError::invalid(
            "new_password",
            msg!("password-same-as-current"),
        ));
    }
    let hash = password::hash(new_password)?;
    sqlx::query(
        "UPDATE users SET password_hash = $1, must_change_password = $2, password_changed_at = $3, updated_at = $3 \
         WHERE id = $4",
    )
    .bind(hash)
    .bind(i64::from(one_time))
    .bind(now_ms)
    .bind(id)
    .execute(&db.pool)
    .await?;
    sessions::end_all_for_user(db, id).await?;
    Ok(())
}

/// On first start, with no users at all, creates `admin` with a one-time
/// password and returns it so it can be printed once. `None` otherwise.
pub async fn bootstrap_admin(db: &Db, now_ms: i64) -> AppResult<Option<String>> {
    if count_users(db).await? > 0 {
        return Ok(None);
    }
    let one_time = password::one_time_password();
    let user = create_user(
        db,
        &NewUser {
            username: "admin",
            display_name: "Administrator",
            password: &one_time,
            roles: Roles(vec![Role::Admin]),
            department_id: None,
            must_change_password: true,
        },
        now_ms,
    )
    .await?;
    audit::record(
        db,
        audit::Entry::new(audit::Actor::System, audit::Action::UserCreated)
            .on("user", user.id)
            .detail("first administrator, one-time password printed at start-up"),
        now_ms,
    )
    .await?;
    Ok(Some(one_time))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse_sorted_and_deduplicated() {
        let roles = Roles::parse_list("grader, hr,grader").unwrap();
        assert_eq!(roles.0, vec![Role::Hr, Role::Grader]);
        assert_eq!(roles.stored(), "hr,grader");
        assert!(
            Roles::parse_list("boss")
                .unwrap_err()
                .to_string()
                .contains("not a role")
        );
        assert!(Roles::parse_list("").is_err());
    }

    #[test]
    fn usernames_are_plain_and_lowercase() {
        assert_eq!(parse_username(" Kim.Minjun ").unwrap(), "kim.minjun");
        assert_eq!(parse_username("이서연").unwrap(), "이서연");
        assert!(parse_username("a b").is_err());
    }
}
