//! Query strings (and form bodies) decoded as both vendors read them: pairs in order,
//! repeats kept, `+` and `%XX` decoded, and no input that can fail.

/// Decodes `a=1&b=2` keeping order and repeats (NData chains repeated filters).
pub fn query_pairs(raw: Option<&str>) -> Vec<(String, String)> {
    let Some(raw) = raw else { return Vec::new() };
    raw.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect()
}

/// `application/x-www-form-urlencoded` decoding; invalid escapes are kept literally and
/// invalid UTF-8 is replaced, so no input can fail here.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::{percent_decode, query_pairs};

    #[test]
    fn query_strings_decode_in_order_with_repeats() {
        let pairs = query_pairs(Some("DiscountRate=gt:0&DiscountRate=lt%3A50&Search=J%C3%A1n+K&flag&="));
        let expected = [("DiscountRate", "gt:0"), ("DiscountRate", "lt:50"), ("Search", "Ján K"), ("flag", ""), ("", "")];
        assert_eq!(pairs, expected.map(|(n, v)| (n.to_string(), v.to_string())));
    }

    #[test]
    fn broken_escapes_are_kept_and_bad_utf8_replaced() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
    }
}
