//! Keeping people's phone numbers out of places they do not belong.

/// `+821012345678` becomes `+8210****5678`: enough to tell lines apart in a
/// log, not enough to call anyone.
pub fn mask_phone(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    if chars.len() <= 6 {
        return "*".repeat(chars.len());
    }
    let keep_start = 5.min(chars.len() - 4);
    let hidden = chars.len() - keep_start - 4;
    let mut out: String = chars[..keep_start].iter().collect();
    out.push_str(&"*".repeat(hidden));
    out.extend(&chars[chars.len() - 4..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_the_middle_of_a_number() {
        assert_eq!(mask_phone("+821012345678"), "+8210****5678");
        assert_eq!(mask_phone("12345"), "*****");
    }
}
