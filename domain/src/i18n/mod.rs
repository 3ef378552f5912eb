//! Languages: the ones the app speaks, how a browser's preferences pick one, and the
//! translations themselves, which live in Fluent files (`locales/<language>/*.ftl`) that a
//! translator edits without touching Rust. The build compiles them into compact messages
//! (`messages_compiler.rs`) that this module renders, so Fluent's runtime is not shipped.
//!
//! Code outside the views says what to show as a [`Text`] (a message id and its
//! arguments); the view renders it in the user's language with [`catalog`].

use serde_json::{Map, Value};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Sk,
    Id,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Sk, Locale::Id];

    /// The short code stored in preferences and used for the translation folders.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Sk => "sk",
            Locale::Id => "id",
        }
    }

    /// The BCP 47 tag for the page's `lang` and for formatting dates and numbers.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en-GB",
            Locale::Sk => "sk-SK",
            Locale::Id => "id-ID",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Sk => "Slovenčina",
            Locale::Id => "Bahasa Indonesia",
        }
    }

    /// What to send as `Accept-Language`: PORTOS speaks only en-GB and sk-SK, so Indonesian
    /// users get the server's messages in English.
    pub fn accept_language(self) -> &'static str {
        match self {
            Locale::Sk => "sk-SK",
            Locale::En | Locale::Id => "en-GB",
        }
    }

    /// A language tag or code ("sk", "sk-SK", "id_ID", "EN") to the locale of its primary
    /// language, if the app speaks it.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|locale| locale.code() == primary)
    }

    /// The first of the browser's preferred languages that the app speaks.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
        preferred.into_iter().find_map(Locale::from_tag)
    }
}

/// One message to show: its id in the Fluent files and the values for its placeables.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    /// A count: shown as digits, and selecting a plural variant.
    Number(i64),
}

impl Text {
    pub fn new(id: &'static str) -> Self {
        Text { id, args: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message in English: for tests, logs and the server's wire messages.
    pub fn english(&self) -> String {
        catalog(Locale::En).render(self)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}
impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}
impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}
impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Arg::Number(i64::from(value))
    }
}

/// A language's compiled messages (see `messages_compiler.rs`), built into this binary:
/// every language natively (the tests, the server), English alone in the wasm app, which
/// fetches the others when a user needs them (see [`install`]) so that only the active
/// language travels.
pub fn built_in_messages(locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::En => Some(include_str!(concat!(env!("OUT_DIR"), "/messages-en.json"))),
        #[cfg(not(target_arch = "wasm32"))]
        Locale::Sk => Some(include_str!(concat!(env!("OUT_DIR"), "/messages-sk.json"))),
        #[cfg(not(target_arch = "wasm32"))]
        Locale::Id => Some(include_str!(concat!(env!("OUT_DIR"), "/messages-id.json"))),
        #[cfg(target_arch = "wasm32")]
        Locale::Sk | Locale::Id => None,
    }
}

/// One language's messages, falling back to English for a message it lacks (the tests
/// make sure none is lacking).
pub struct Catalog {
    locale: Locale,
    /// Message id -> pattern, as `messages_compiler.rs` writes them.
    messages: Map<String, Value>,
}

static CATALOGS: [OnceLock<Catalog>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn slot(locale: Locale) -> &'static OnceLock<Catalog> {
    &CATALOGS[Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)]
}

/// The catalog of a language, read once on first use; English while a fetched language
/// has not arrived.
pub fn catalog(locale: Locale) -> &'static Catalog {
    let slot = slot(locale);
    if let Some(catalog) = slot.get() {
        return catalog;
    }
    match built_in_messages(locale) {
        Some(messages) => slot.get_or_init(|| Catalog::read(locale, messages).unwrap_or(Catalog { locale, messages: Map::new() })),
        None => catalog(Locale::En),
    }
}

/// Whether a language's messages are at hand (built in, or fetched and installed).
pub fn is_available(locale: Locale) -> bool {
    slot(locale).get().is_some() || built_in_messages(locale).is_some()
}

/// Installs a fetched language's compiled messages; `false` when the text is not such a
/// file (an HTML page where the file should be), which installs nothing.
pub fn install(locale: Locale, messages: &str) -> bool {
    match Catalog::read(locale, messages) {
        Some(catalog) if catalog.messages.contains_key("language-label") => {
            let _ = slot(locale).set(catalog);
            true
        }
        _ => false,
    }
}

impl Catalog {
    fn read(locale: Locale, messages: &str) -> Option<Catalog> {
        match serde_json::from_str(messages) {
            Ok(Value::Object(messages)) => Some(Catalog { locale, messages }),
            _ => None,
        }
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with its arguments; a message missing here comes from English, and one
    /// missing everywhere shows its id rather than nothing.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.messages.get(id) else {
            return if self.locale == Locale::En { id.to_owned() } else { catalog(Locale::En).format(id, args) };
        };
        let mut out = String::new();
        self.write(pattern, args, &mut out);
        out
    }

    pub fn render(&self, text: &Text) -> String {
        self.format(text.id, &text.args)
    }

    /// A pattern (text, or an array of text, variables and selects) into `out`, as Fluent
    /// resolves it: a missing variable shows as `{$name}`; a number selects its plural
    /// category's variant, a text the variant of that name, else the default variant.
    fn write(&self, pattern: &Value, args: &[(&str, Arg)], out: &mut String) {
        let arg = |name: &str| args.iter().find(|(arg, _)| *arg == name).map(|(_, value)| value);
        match pattern {
            Value::String(text) => out.push_str(text),
            Value::Array(parts) => parts.iter().for_each(|part| self.write(part, args, out)),
            Value::Object(placeable) => {
                if let Some(Value::String(name)) = placeable.get("var") {
                    match arg(name) {
                        Some(Arg::Text(text)) => out.push_str(text),
                        Some(Arg::Number(number)) => out.push_str(&number.to_string()),
                        None => {
                            out.push_str("{$");
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                } else if let (Some(Value::String(name)), Some(Value::Object(variants))) =
                    (placeable.get("select"), placeable.get("variants"))
                {
                    let key = match arg(name) {
                        Some(Arg::Number(number)) => Some(plural_category(self.locale, *number)),
                        Some(Arg::Text(text)) => Some(text.as_str()),
                        None => None,
                    };
                    let default = placeable.get("default").and_then(Value::as_str).unwrap_or("other");
                    if let Some(variant) = key.and_then(|key| variants.get(key)).or_else(|| variants.get(default)) {
                        self.write(variant, args, out);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The CLDR cardinal plural category of a whole number in a language (the three the app
/// speaks: a few lines, where a general plural-rules crate carries every language's data).
fn plural_category(locale: Locale, number: i64) -> &'static str {
    let number = number.unsigned_abs();
    match locale {
        Locale::En if number == 1 => "one",
        Locale::Sk if number == 1 => "one",
        Locale::Sk if (2..=4).contains(&number) => "few",
        Locale::En | Locale::Sk | Locale::Id => "other",
    }
}

#[cfg(test)]
mod tests;
