//! Keeping people's phone numbers out of places they do not belong: outside
//! the few views allowed to show them, numbers are masked.

/// `+821012345678` becomes `+82 10-****-5678`: the number formatted the way
/// its country writes it, with the middle groups hidden. Enough to tell lines
/// apart, not enough to call anyone.
pub fn mask_phone(number: &str) -> String {
    let formatted = phonenumber::parse(None, number).ok().map(|n| {
        n.format()
            .mode(phonenumber::Mode::International)
            .to_string()
    });
    match formatted {
        Some(f) => mask_groups(&f),
        None => mask_plain(number),
    }
}

/// Masks every digit group except the country code, the first and the last.
fn mask_groups(formatted: &str) -> String {
    let is_digit_group = |g: &str| g.chars().any(|c| c.is_ascii_digit());
    let mut groups: Vec<String> = Vec::new();
    let mut separators: Vec<char> = Vec::new();
    let mut current = String::new();
    for c in formatted.chars() {
        if c == ' ' || c == '-' {
            groups.push(std::mem::take(&mut current));
            separators.push(c);
        } else {
            current.push(c);
        }
    }
    groups.push(current);
    let digit_groups: Vec<usize> = (0..groups.len())
        .filter(|i| is_digit_group(&groups[*i]) && !groups[*i].starts_with('+'))
        .collect();
    if digit_groups.len() < 3 {
        return mask_plain(formatted);
    }
    for i in &digit_groups[1..digit_groups.len() - 1] {
        groups[*i] = groups[*i]
            .chars()
            .map(|c| if c.is_ascii_digit() { '*' } else { c })
            .collect();
    }
    let mut out = groups[0].clone();
    for (sep, group) in separators.iter().zip(&groups[1..]) {
        out.push(*sep);
        out.push_str(group);
    }
    out
}

/// For anything that does not parse: keep the start and the last four digits.
fn mask_plain(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    if chars.len() <= 6 {
        return "*".repeat(chars.len());
    }
    let keep_start = 4.min(chars.len() - 4);
    let mut out: String = chars[..keep_start].iter().collect();
    out.extend(
        chars[keep_start..chars.len() - 4]
            .iter()
            .map(|c| if c.is_ascii_digit() { '*' } else { *c }),
    );
    out.extend(&chars[chars.len() - 4..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_the_middle_groups_as_the_country_writes_them() {
        assert_eq!(mask_phone("+821012345678"), "+82 10-****-5678");
        assert_eq!(mask_phone("+77273002001"), "+7 727 *** 2001");
        assert_eq!(mask_phone("+84912345678"), "+84 912 *** 678");
        assert_eq!(mask_phone("+17185551000"), "+1 718-***-1000");
    }

    #[test]
    fn unknown_shapes_keep_only_the_last_four_digits() {
        assert_eq!(mask_plain("12345"), "*****");
        assert_eq!(mask_plain("+999123456789"), "+999*****6789");
    }
}
