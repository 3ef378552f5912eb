//! Languages: the ones the app speaks, how a browser's preferences pick one, and the
//! translations themselves, which live in Fluent files (`locales/<language>/*.ftl`) that a
//! translator edits without touching Rust.
//!
//! Code outside the views says what to show as a [`Text`] (a message id and its
//! arguments); the view renders it in the user's language with [`catalog`].

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
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
    Number(f64),
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
impl From<f64> for Arg {
    fn from(value: f64) -> Self {
        Arg::Number(value)
    }
}
impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        Arg::Number(value as f64)
    }
}
impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Number(value as f64)
    }
}
impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Arg::Number(value as f64)
    }
}

/// The translation files of one language, in the order they are loaded.
macro_rules! resources {
    ($language:literal) => {
        [
            include_str!(concat!("../../locales/", $language, "/common.ftl")),
            include_str!(concat!("../../locales/", $language, "/shell.ftl")),
            include_str!(concat!("../../locales/", $language, "/list.ftl")),
            include_str!(concat!("../../locales/", $language, "/filters.ftl")),
            include_str!(concat!("../../locales/", $language, "/customer.ftl")),
            include_str!(concat!("../../locales/", $language, "/form.ftl")),
            include_str!(concat!("../../locales/", $language, "/live.ftl")),
        ]
    };
}

/// The Fluent sources built into this binary: every language natively (the tests, the
/// server), English alone in the wasm app, which fetches the others when a user needs
/// them (see [`install`]) so that only the active language travels.
pub fn built_in_sources(locale: Locale) -> Option<[&'static str; 7]> {
    match locale {
        Locale::En => Some(resources!("en")),
        #[cfg(not(target_arch = "wasm32"))]
        Locale::Sk => Some(resources!("sk")),
        #[cfg(not(target_arch = "wasm32"))]
        Locale::Id => Some(resources!("id")),
        #[cfg(target_arch = "wasm32")]
        Locale::Sk | Locale::Id => None,
    }
}

/// Every language's Fluent sources, for the completeness tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn sources(locale: Locale) -> [&'static str; 7] {
    built_in_sources(locale).expect("native builds carry every language")
}

/// One language's messages, falling back to English for a message it lacks (the tests
/// make sure none is lacking).
pub struct Catalog {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

static CATALOGS: [OnceLock<Catalog>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn slot(locale: Locale) -> &'static OnceLock<Catalog> {
    &CATALOGS[Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)]
}

/// The catalog of a language, parsed once on first use; English while a fetched language
/// has not arrived.
pub fn catalog(locale: Locale) -> &'static Catalog {
    let slot = slot(locale);
    if let Some(catalog) = slot.get() {
        return catalog;
    }
    match built_in_sources(locale) {
        Some(sources) => slot.get_or_init(|| Catalog::load(locale, sources)),
        None => catalog(Locale::En),
    }
}

/// Whether a language's messages are at hand (built in, or fetched and installed).
pub fn is_available(locale: Locale) -> bool {
    slot(locale).get().is_some() || built_in_sources(locale).is_some()
}

/// Installs a fetched language's messages (its `.ftl` files joined); `false` when the text
/// holds no message at all (an HTML page where the file should be), which installs nothing.
pub fn install(locale: Locale, source: &str) -> bool {
    let catalog = Catalog::load(locale, [source]);
    if catalog.bundle.get_message("language-label").is_none() {
        return false;
    }
    let _ = slot(locale).set(catalog);
    true
}

impl Catalog {
    fn load<'a>(locale: Locale, sources: impl IntoIterator<Item = &'a str>) -> Catalog {
        let language = locale.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Unicode isolation marks around placeables would end up in accessible names and
        // copied text; the app's values are short and their direction is known.
        bundle.set_use_isolating(false);
        for source in sources {
            // A broken entry is skipped by the parser; the tests catch it before it ships.
            let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        Catalog { locale, bundle }
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with its arguments; a message missing here comes from English, and one
    /// missing everywhere shows its id rather than nothing.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return if self.locale == Locale::En { id.to_owned() } else { catalog(Locale::En).format(id, args) };
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let args = (!args.is_empty()).then_some(&fluent_args);
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    pub fn render(&self, text: &Text) -> String {
        self.format(text.id, &text.args)
    }
}

#[cfg(test)]
#[path = "i18n_tests.rs"]
mod tests;
