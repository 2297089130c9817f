//! Passwords: Argon2id with OWASP's parameters (19 MiB, 2 iterations, one
//! lane), a minimum length, and a strength check whose dictionaries include
//! the most common passwords (zxcvbn), so "password1234" is refused however
//! long it is.

use std::sync::LazyLock;

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::Rng;

use crate::error::{AppError, AppResult};

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 128;

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("OWASP Argon2id parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(password: &str) -> AppResult<String> {
    argon2()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing a password: {e}").into())
}

pub fn verify(password: &str, stored: &str) -> bool {
    argon2()
        .verify_password(password.as_bytes(), stored)
        .is_ok()
}

/// A hash of nothing anyone knows, checked when the user does not exist so
/// that an unknown name takes as long to refuse as a wrong password.
static DECOY: LazyLock<String> =
    LazyLock::new(|| hash(&one_time_password()).expect("hashing works"));

pub fn verify_decoy(password: &str) {
    let _ = verify(password, &DECOY);
}

/// Why a password is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    EasyToGuess,
}

impl PasswordProblem {
    /// The message id that explains it (with `$min` and `$max`).
    pub fn message_id(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::EasyToGuess => "password-easy-to-guess",
        }
    }
}

pub const LENGTHS: (usize, usize) = (MIN_LENGTH, MAX_LENGTH);

/// What is wrong with a new password, if anything: too short, very long, or
/// easy to guess; `context` holds words it must not be built from (the
/// username, the name).
pub fn problem(password: &str, context: &[&str]) -> Option<PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Some(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Some(PasswordProblem::TooLong);
    }
    ((zxcvbn::zxcvbn(password, context).score() as u8) < 3).then_some(PasswordProblem::EasyToGuess)
}

/// Refuses passwords that are short, very long, or easy to guess.
pub fn check_policy(password: &str, context: &[&str]) -> AppResult<()> {
    match problem(password, context) {
        None => Ok(()),
        Some(problem) => Err(AppError::invalid(
            "new_password",
            crate::msg!(problem.message_id(), min = MIN_LENGTH, max = MAX_LENGTH),
        )),
    }
}

/// A random password for first logins and resets: five groups of four
/// letters and digits (about 119 bits), easy to read out, changed at first use.
pub fn one_time_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..5)
        .map(|_| {
            (0..4)
                .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let h = hash("correct horse battery staple").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("correct horse battery staple", &h));
        assert!(!verify("correct horse battery stapler", &h));
    }

    #[test]
    fn short_common_and_personal_passwords_are_refused() {
        assert!(
            check_policy("Tr0ub4dor&3", &[])
                .unwrap_err()
                .to_string()
                .contains("at least 12")
        );
        assert!(check_policy("password1234", &[]).is_err());
        assert!(check_policy("qwertyuiop123", &[]).is_err());
        assert!(check_policy("kim.minjun2026", &["kim.minjun"]).is_err());
        assert!(check_policy("glass-river-orbit-71", &["kim.minjun"]).is_ok());
    }

    #[test]
    fn one_time_passwords_pass_the_policy() {
        let p = one_time_password();
        assert_eq!(p.len(), 24);
        check_policy(&p, &[]).unwrap();
    }
}
