//! A staff line's phone number, in E.164 once parsed. Offices write numbers
//! the local way (`010-1234-5678`); the carrier needs `+821012345678`.

use std::fmt;

use phonenumber::country;
use serde::Serialize;

use crate::i18n::Msg;
use crate::msg;

/// A phone number the numbering plan of its country allows, kept in E.164.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// Reads a number as people write it. `default_region` (ISO 3166, e.g.
    /// `KR`) is the country of numbers written without a `+` country code.
    pub fn parse(raw: &str, default_region: &str) -> Result<PhoneNumber, Msg> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(msg!("roster-phone-required"));
        }
        let region_code = default_region.trim().to_ascii_uppercase();
        let region = region_code.parse::<country::Id>().ok();
        let international = raw.starts_with('+');
        if region.is_none() && !international {
            return Err(msg!(
                "roster-phone-no-region",
                value = raw,
                region = default_region
            ));
        }
        let invalid = || {
            if international {
                msg!("roster-phone-invalid", value = raw)
            } else {
                msg!(
                    "roster-phone-invalid-in-region",
                    value = raw,
                    region = region_code.as_str()
                )
            }
        };
        let number = phonenumber::parse(region, raw).map_err(|_| invalid())?;
        if let Some(extension) = number.extension() {
            // Evaluation calls ring a line directly; an extension would be
            // silently dropped, and the call would reach the switchboard instead.
            return Err(msg!(
                "roster-phone-extension",
                value = raw,
                extension = extension.to_string()
            ));
        }
        if !number.is_valid() {
            return Err(invalid());
        }
        Ok(PhoneNumber(
            number.format().mode(phonenumber::Mode::E164).to_string(),
        ))
    }

    /// Wraps a number this module stored after parsing it. Reading the roster
    /// does not re-run the numbering-plan check on every row.
    pub(super) fn from_stored(e164: String) -> PhoneNumber {
        PhoneNumber(e164)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<PhoneNumber> for String {
    fn from(number: PhoneNumber) -> String {
        number.0
    }
}

impl AsRef<str> for PhoneNumber {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164(raw: &str, region: &str) -> String {
        PhoneNumber::parse(raw, region)
            .unwrap_or_else(|e| panic!("{raw}: {e}"))
            .to_string()
    }

    #[test]
    fn local_numbers_take_the_default_region() {
        assert_eq!(e164("010-1234-5678", "KR"), "+821012345678");
        assert_eq!(e164(" 031-550-2114 ", "KR"), "+82315502114");
        assert_eq!(e164("8 (727) 272-1234", "KZ"), "+77272721234");
        assert_eq!(e164("0277 3851 234", "vn"), "+842773851234");
    }

    #[test]
    fn numbers_with_a_country_code_keep_their_country() {
        assert_eq!(e164("+7 701 234 5678", "KR"), "+77012345678");
        assert_eq!(e164("+82 10-1234-5678", "KZ"), "+821012345678");
        assert_eq!(e164("+84 912 345 678", "KR"), "+84912345678");
    }

    #[test]
    fn short_or_impossible_numbers_are_refused_with_the_region() {
        let err = PhoneNumber::parse("010-12", "KR").unwrap_err().to_string();
        assert!(
            err.starts_with("\"010-12\" is not a valid phone number for region KR"),
            "{err}"
        );
        let err = PhoneNumber::parse("+82 99 1234", "KR")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("\"+82 99 1234\" is not a valid phone number"),
            "{err}"
        );
        assert!(PhoneNumber::parse("hello", "KR").is_err());
        assert_eq!(
            PhoneNumber::parse("  ", "KR").unwrap_err().to_string(),
            "a phone number is required"
        );
    }

    #[test]
    fn extensions_are_refused_rather_than_dropped() {
        let err = PhoneNumber::parse("031-550-2114 ext. 25", "KR")
            .unwrap_err()
            .to_string();
        assert!(err.contains("extension"), "{err}");
    }

    #[test]
    fn a_bad_default_region_only_matters_for_local_numbers() {
        assert_eq!(e164("+7 701 234 5678", "XX"), "+77012345678");
        let err = PhoneNumber::parse("010-1234-5678", "Korea")
            .unwrap_err()
            .to_string();
        assert!(err.contains("default region \"Korea\""), "{err}");
    }
}
