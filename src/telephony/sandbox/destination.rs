//! Where a sandbox call may go, read as Twilio reads the `To` of a new call:
//! a phone number in E.164, a SIP URI (`sip:user@host`, with optional
//! `;name=value` parameters) or a Voice SDK client (`client:identity`).

/// The longest Client identity Twilio accepts.
const CLIENT_IDENTITY_LIMIT: usize = 121;

/// A number in E.164: `+`, a country code not starting with 0, at most 15 digits.
pub(super) fn is_e164(number: &str) -> bool {
    let digits = number.strip_prefix('+').unwrap_or("");
    (7..=15).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0')
}

/// Whether a call can be placed to `to`.
pub(super) fn is_destination(to: &str) -> bool {
    is_e164(to) || is_sip_uri(to) || is_client(to)
}

/// `client:` and an identity of letters, digits, `_`, `-` and `.`.
fn is_client(to: &str) -> bool {
    let Some(identity) = strip_scheme(to, "client:") else {
        return false;
    };
    !identity.is_empty()
        && identity.len() <= CLIENT_IDENTITY_LIMIT
        && identity
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
}

/// `sip:user@host[:port]` followed by any `;name[=value]` parameters.
fn is_sip_uri(to: &str) -> bool {
    let Some(rest) = strip_scheme(to, "sip:") else {
        return false;
    };
    let mut parts = rest.split(';');
    let address = parts.next().unwrap_or("");
    let Some((user, host_port)) = address.rsplit_once('@') else {
        return false;
    };
    is_sip_user(user) && is_host_port(host_port) && parts.all(is_parameter)
}

fn strip_scheme<'a>(to: &'a str, scheme: &str) -> Option<&'a str> {
    let head = to.get(..scheme.len())?;
    head.eq_ignore_ascii_case(scheme)
        .then(|| &to[scheme.len()..])
}

/// RFC 3261's user part: unreserved characters, escapes and a few marks.
fn is_sip_user(user: &str) -> bool {
    !user.is_empty()
        && user
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.!~*'()%&=+$,?/".contains(c))
}

fn is_host_port(host_port: &str) -> bool {
    let (host, port) = match host_port.rsplit_once(':') {
        Some((host, port)) if !host.ends_with(':') && !host_port.ends_with(']') => {
            (host, Some(port))
        }
        _ => (host_port, None),
    };
    let port_ok = port.is_none_or(|p| {
        (1..=5).contains(&p.len())
            && p.chars().all(|c| c.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (1..=65_535).contains(&n))
    });
    port_ok && is_host(host)
}

/// A host name, an IPv4 address, or an IPv6 address in brackets.
fn is_host(host: &str) -> bool {
    if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return v6.parse::<std::net::Ipv6Addr>().is_ok();
    }
    let label = |l: &str| {
        (1..=63).contains(&l.len())
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    host.len() <= 253 && host.split('.').all(label)
}

/// `name` or `name=value`, e.g. `transport=tls`.
fn is_parameter(parameter: &str) -> bool {
    let token = |t: &str| {
        !t.is_empty()
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.!~*'%+`".contains(c))
    };
    match parameter.split_once('=') {
        Some((name, value)) => token(name) && token(value),
        None => token(parameter),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_sip_uris_and_clients_are_destinations() {
        for to in [
            "+821012345678",
            "sip:kim@example.org",
            "sip:kim@example.org:5061",
            "SIP:+82315550109@pbx.guri.go.kr;transport=tls",
            "sip:desk-7@10.0.0.12;transport=udp;lr",
            "sip:agent@[2001:db8::1]:5060",
            "client:operator_kim",
            "client:desk-7.guri",
        ] {
            assert!(is_destination(to), "{to}");
        }
    }

    #[test]
    fn garbage_is_no_destination() {
        for to in [
            "12345",
            "sip:",
            "sip:example.org",
            "sip:@example.org",
            "sip:kim@",
            "sip:kim@exa mple.org",
            "sip:kim@example.org:99999",
            "sip:kim@example.org;",
            "sip:kim@-bad-.org",
            "sips:kim@example.org",
            "client:",
            "client:kim minjun",
            "client:kim\0",
            "client:김민준",
            "tel:+821012345678",
        ] {
            assert!(!is_destination(to), "{to}");
        }
        assert!(!is_destination(&format!("client:{}", "a".repeat(122))));
    }
}
