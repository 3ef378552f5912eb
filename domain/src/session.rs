//! Session rules that do not need a browser: when to refresh a token, where to return
//! after signing in, and which rights a user holds.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Refresh this long before the token expires, so a request never carries a dead token.
pub const REFRESH_MARGIN_MS: i64 = 60_000;
/// Never schedule a refresh sooner than this, even for very short-lived tokens.
pub const MIN_REFRESH_DELAY_MS: i64 = 1_000;

/// Milliseconds from `now_ms` until the token should be refreshed: a minute before it
/// expires, or at 80 % of its remaining life when that is shorter than two minutes.
pub fn refresh_delay_ms(expires_at_ms: i64, now_ms: i64) -> i64 {
    let remaining = expires_at_ms - now_ms;
    let delay = if remaining > 2 * REFRESH_MARGIN_MS { remaining - REFRESH_MARGIN_MS } else { remaining * 4 / 5 };
    delay.max(MIN_REFRESH_DELAY_MS)
}

/// The `exp` claim of a JWT in milliseconds, read without verifying the signature (the
/// server verifies; the app only needs to know when to refresh). `None` for anything that
/// is not a JWT with a numeric `exp`.
pub fn jwt_expiry_ms(token: &str) -> Option<i64> {
    let payload = token.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let exp = claims.get("exp")?.as_f64()?;
    Some((exp * 1000.0) as i64)
}

/// Where to go after signing in: the `next` the user was sent away from, if it is a path
/// inside this app. Anything else (another origin, `//host`, a scheme) goes to the list,
/// so a crafted sign-in link cannot redirect elsewhere.
pub fn safe_return_path(next: Option<&str>) -> String {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.starts_with("/\\")
                && !path.starts_with("/sign-in")
                && !path.chars().any(char::is_control) =>
        {
            path.to_owned()
        }
        _ => "/customers".to_owned(),
    }
}

/// The rights the app asks about. PORTOS spells them in PascalCase (`CustomerCreate`);
/// comparison ignores case so `customerCreate` matches too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Right {
    CustomerCreate,
    CustomerUpdate,
    CustomerDelete,
    CustomerSetDiscount,
    CustomerSetCredit,
}

impl Right {
    pub fn name(self) -> &'static str {
        match self {
            Self::CustomerCreate => "CustomerCreate",
            Self::CustomerUpdate => "CustomerUpdate",
            Self::CustomerDelete => "CustomerDelete",
            Self::CustomerSetDiscount => "CustomerSetDiscount",
            Self::CustomerSetCredit => "CustomerSetCredit",
        }
    }
}

/// The PORTOS role right that allows every action (the vendor's sign-in example sends a
/// user whose rights are just `["admin"]`).
pub const ADMIN: &str = "admin";

/// Whether `rights` (as the server sent them) include `right`, or `admin`, which includes
/// every right.
pub fn has_right(rights: &[String], right: Right) -> bool {
    rights.iter().any(|held| held.eq_ignore_ascii_case(right.name()) || held.eq_ignore_ascii_case(ADMIN))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admin_holds_every_right_in_any_case() {
        // The rights of the PORTOS documentation's JWT sign-in example.
        let rights: Vec<String> = serde_json::from_str(r#"["admin"]"#).unwrap();
        for right in
            [Right::CustomerCreate, Right::CustomerUpdate, Right::CustomerDelete, Right::CustomerSetDiscount, Right::CustomerSetCredit]
        {
            assert!(has_right(&rights, right), "{right:?}");
            assert!(has_right(&["ADMIN".to_owned()], right));
        }
        assert!(has_right(&["customerUpdate".to_owned()], Right::CustomerUpdate));
        assert!(!has_right(&["customerUpdate".to_owned()], Right::CustomerDelete));
        assert!(!has_right(&["administrator".to_owned()], Right::CustomerDelete));
    }

    #[test]
    fn refreshes_a_minute_before_a_long_token_expires() {
        assert_eq!(refresh_delay_ms(900_000, 0), 840_000);
    }

    #[test]
    fn refreshes_short_tokens_at_four_fifths_of_their_life() {
        assert_eq!(refresh_delay_ms(10_000, 0), 8_000);
        assert_eq!(refresh_delay_ms(100_000, 0), 80_000);
    }

    #[test]
    fn an_expired_token_is_refreshed_almost_at_once() {
        assert_eq!(refresh_delay_ms(0, 5_000), MIN_REFRESH_DELAY_MS);
    }

    #[test]
    fn reads_exp_from_a_jwt_without_padding() {
        // {"alg":"HS256","typ":"JWT"} . {"sub":"admin","exp":1700000000} . signature
        let token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiIsImV4cCI6MTcwMDAwMDAwMH0.c2ln";
        assert_eq!(jwt_expiry_ms(token), Some(1_700_000_000_000));
    }

    #[test]
    fn a_token_that_is_not_a_jwt_has_no_expiry() {
        assert_eq!(jwt_expiry_ms("opaque-token"), None);
        assert_eq!(jwt_expiry_ms("a.!!!.c"), None);
        assert_eq!(jwt_expiry_ms("a.eyJzdWIiOiJ4In0.c"), None); // {"sub":"x"}
    }

    #[test]
    fn return_paths_stay_inside_the_app() {
        assert_eq!(safe_return_path(Some("/customers?Search=novak&$skip=25")), "/customers?Search=novak&$skip=25");
        assert_eq!(safe_return_path(Some("/customers/7/edit")), "/customers/7/edit");
        for hostile in ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/sign-in", ""] {
            assert_eq!(safe_return_path(Some(hostile)), "/customers", "{hostile}");
        }
        assert_eq!(safe_return_path(None), "/customers");
    }

    #[test]
    fn rights_compare_without_case() {
        let rights = vec!["customerCreate".to_owned(), "CustomerUpdate".to_owned()];
        assert!(has_right(&rights, Right::CustomerCreate));
        assert!(has_right(&rights, Right::CustomerUpdate));
        assert!(!has_right(&rights, Right::CustomerDelete));
    }
}
