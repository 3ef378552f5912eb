//! The user's language in the app: chosen from the browser's languages unless the user
//! picked one in the "Language" menu (remembered in localStorage), applied as `<html lang>`,
//! to every text through [`I18n`], to dates and numbers (`format`) and to the
//! `Accept-Language` the API hears. English is built in; another language's messages are
//! fetched the first time it is wanted, and the app shows it once they are there.

use crate::storage::{self, Area};
use customer_desk_domain::config::url_locale;
use customer_desk_domain::i18n::{Arg, Locale, Text, catalog, install, is_available};
use leptos::prelude::*;

const STORAGE_KEY: &str = "customer-desk.language";
/// How long a language's messages may take before the app goes on in English.
const LANGUAGE_WAIT_MS: u32 = 8_000;

/// The language context: cheap to copy into any closure.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language shown: always one whose messages are at hand.
    locale: RwSignal<Locale>,
    chosen: RwSignal<bool>,
    /// The language being fetched, if any (a later choice supersedes it).
    loading: RwSignal<Option<Locale>>,
    /// A language whose messages could not be fetched (the menu says so).
    failed: RwSignal<Option<Locale>>,
    /// The first language is shown (fetched or given up on): the app may start.
    ready: RwSignal<bool>,
}

/// The context provided by [`I18n::provide`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

impl I18n {
    /// The language a link names (`?lang=sk`, for an embedding portal), else the remembered
    /// choice, else the browser's first language the app speaks, else English (until the
    /// config's default arrives, see [`I18n::apply_default`]).
    pub fn provide() -> I18n {
        let linked = web_sys::window().and_then(|w| w.location().search().ok()).and_then(|query| url_locale(&query));
        let remembered = storage::read(Area::Local, STORAGE_KEY).and_then(|code| Locale::from_tag(&code));
        let chosen = linked.or(remembered);
        let locale = chosen.or_else(browser_locale).unwrap_or_default();
        let i18n = I18n {
            locale: RwSignal::new(Locale::En),
            chosen: RwSignal::new(chosen.is_some()),
            loading: RwSignal::new(None),
            failed: RwSignal::new(None),
            ready: RwSignal::new(false),
        };
        i18n.show(locale);
        provide_context(i18n);
        i18n
    }

    /// Whether the first language is ready (until then the app says it is starting).
    pub fn is_ready(self) -> bool {
        self.ready.get()
    }

    /// The language whose messages could not be fetched, for the menu's message.
    pub fn failed(self) -> Option<Locale> {
        self.failed.get()
    }

    /// Shows `locale` now if its messages are at hand, else once they are fetched.
    fn show(self, locale: Locale) {
        if is_available(locale) {
            self.loading.set(None);
            self.failed.set(None);
            self.locale.set(locale);
            self.set_ready();
            apply(locale);
            return;
        }
        self.loading.set(Some(locale));
        leptos::task::spawn_local(async move {
            // A file that never comes must not hold the app's start for ever.
            let fetched =
                futures::future::select(Box::pin(crate::api::messages::fetch(locale)), Box::pin(crate::timing::sleep(LANGUAGE_WAIT_MS)))
                    .await;
            let text = match fetched {
                futures::future::Either::Left((text, _)) => text,
                futures::future::Either::Right(_) => None,
            };
            let installed = text.is_some_and(|text| install(locale, &text));
            if self.loading.try_get_untracked().flatten() != Some(locale) {
                return;
            }
            if installed {
                self.show(locale);
            } else {
                self.loading.set(None);
                self.failed.set(Some(locale));
                self.set_ready();
                apply(self.locale.get_untracked());
            }
        });
    }

    /// Once only: the app's root rebuilds what it shows when this changes.
    fn set_ready(self) {
        if !self.ready.get_untracked() {
            self.ready.set(true);
        }
    }

    /// The config's `defaultLocale` counts only when neither the user nor the browser chose.
    pub fn apply_default(self, default_locale: Locale) {
        if !self.chosen.get_untracked() && browser_locale().is_none() {
            self.show(default_locale);
        }
    }

    /// The current language; tracked, so a view that reads it follows a switch.
    pub fn locale(self) -> Locale {
        self.locale.get()
    }

    /// The current language without subscribing: for one-off work such as a file export.
    pub fn locale_untracked(self) -> Locale {
        self.locale.get_untracked()
    }

    /// Switches the whole app and remembers the choice.
    pub fn choose(self, locale: Locale) {
        storage::write(Area::Local, STORAGE_KEY, locale.code());
        self.chosen.set(true);
        self.show(locale);
    }

    /// A message in the current language (tracked).
    pub fn tr(self, id: &str) -> String {
        catalog(self.locale()).text(id)
    }

    /// A message with arguments in the current language (tracked).
    pub fn tr_with(self, id: &str, args: &[(&str, Arg)]) -> String {
        catalog(self.locale()).format(id, args)
    }

    /// A message from code outside the views (validation, errors) in the current language.
    pub fn render(self, text: &Text) -> String {
        catalog(self.locale()).render(text)
    }

    /// A message as a reactive closure, for text nodes and attributes in `view!`:
    /// `{t.text("list-title")}`, `aria-label=t.text("search-label")`.
    pub fn text(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.tr(id)
    }
}

fn apply(locale: Locale) {
    crate::api::http::set_language(locale);
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", locale.tag());
    }
}

fn browser_locale() -> Option<Locale> {
    let navigator = web_sys::window()?.navigator();
    let languages: Vec<String> = navigator.languages().iter().filter_map(|value| value.as_string()).collect();
    let primary = navigator.language();
    Locale::negotiate(languages.iter().map(String::as_str).chain(primary.as_deref()))
}
