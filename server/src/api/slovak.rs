//! Slovak wording of the fixed messages (the domain's validation rules, the server's own
//! checks, sign-in failures); messages built from the request (parse errors) stay English.

/// The Slovak text for a known English message.
pub fn translate(message: &str) -> Option<String> {
    let fixed = match message {
        "A first name, last name or company name is required." => "Zadajte meno, priezvisko alebo názov firmy.",
        "A company customer needs a company name." => "Firemný zákazník musí mať názov firmy.",
        "Not a valid e-mail address." => "Neplatná e-mailová adresa.",
        "Must be between 0 and 100." => "Hodnota musí byť od 0 do 100.",
        "Must not be negative." => "Hodnota nesmie byť záporná.",
        "Must be later than the activation time." => "Musí byť neskôr ako čas aktivácie.",
        "A card needs a serial number." => "Karta musí mať sériové číslo.",
        "Card serial numbers must be unique." => "Sériové čísla kariet sa nesmú opakovať.",
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
            if let Some(max) = message.strip_prefix("Must be at most ").and_then(|m| m.strip_suffix(" characters.")) {
                return Some(format!("Najviac {max} znakov."));
            }
            if let Some(card) = message
                .strip_prefix("The card '")
                .and_then(|m| m.strip_suffix("' already belongs to another customer."))
            {
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
        assert_eq!(translate("Must be between 0 and 100.").as_deref(), Some("Hodnota musí byť od 0 do 100."));
        assert_eq!(translate("Must be at most 200 characters.").as_deref(), Some("Najviac 200 znakov."));
        assert_eq!(
            translate("The card 'X-1' already belongs to another customer.").as_deref(),
            Some("Karta 'X-1' už patrí inému zákazníkovi.")
        );
        assert_eq!(translate("invalid type: string"), None);
    }
}
