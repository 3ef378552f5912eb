//! Slovak wording of the server's own fixed messages (its checks, sign-in failures); the
//! domain's validation rules come worded from the app's Slovak catalog (`locales/sk`), and
//! messages built from the request (parse errors) stay English.

/// The Slovak text for a known English message.
pub fn translate(message: &str) -> Option<String> {
    let fixed = match message {
        "A customer with this id already exists." => "Zákazník s týmto identifikátorom už existuje.",
        "The id in the body differs from the one in the URL." => "Identifikátor v tele požiadavky sa líši od identifikátora v adrese.",
        "unknown query parameter" => "neznámy parameter dopytu",
        "An Authorization: Bearer token is required." => "Chýba hlavička Authorization: Bearer s tokenom.",
        "The Authorization header must be 'Bearer <token>'." => "Hlavička Authorization musí mať tvar 'Bearer <token>'.",
        "The refresh token is invalid, used or expired." => "Obnovovací token je neplatný, použitý alebo vypršal.",
        "The session has ended; sign in again." => "Relácia skončila; prihláste sa znova.",
        "The token is invalid or has expired." => "Token je neplatný alebo vypršal.",
        "The token is invalid." => "Token je neplatný.",
        "Wrong user name or password." => "Nesprávne používateľské meno alebo heslo.",
        _ => {
            if let Some(card) = message.strip_prefix("The card '").and_then(|m| m.strip_suffix("' already belongs to another customer.")) {
                return Some(format!("Karta '{card}' už patrí inému zákazníkovi."));
            }
            return None;
        }
    };
    Some(fixed.to_string())
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn fixed_and_patterned_messages() {
        assert_eq!(translate("Wrong user name or password.").as_deref(), Some("Nesprávne používateľské meno alebo heslo."));
        assert_eq!(
            translate("The card 'X-1' already belongs to another customer.").as_deref(),
            Some("Karta 'X-1' už patrí inému zákazníkovi.")
        );
        assert_eq!(translate("invalid type: string"), None);
    }
}
