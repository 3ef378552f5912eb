//! The translations are complete: every file parses, every language has exactly the
//! messages English has with the same placeables, and every message the code asks for
//! exists. The compiled messages say what Fluent itself says for every message.

use super::*;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A language's Fluent files (the translators' source), in name order, as the build reads them.
fn sources(locale: Locale) -> Vec<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(locale.code());
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("each language has a locales folder")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files.iter().map(|file| std::fs::read_to_string(file).expect("a readable .ftl file")).collect()
}

/// Message id -> the variables its text uses, read from one language's sources.
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let mut messages = BTreeMap::new();
    let mut current: Option<String> = None;
    for source in sources(locale) {
        for line in source.lines() {
            let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
            if starts_message && let Some((id, _)) = line.split_once('=') {
                let id = id.trim().to_owned();
                assert!(messages.insert(id.clone(), BTreeSet::new()).is_none(), "{locale:?}: {id} is defined twice");
                current = Some(id);
            } else if !line.starts_with([' ', '\t']) {
                current = None;
                continue;
            }
            if let Some(id) = &current {
                let variables = messages.get_mut(id).expect("current message");
                variables.extend(variables_in(line));
            }
        }
    }
    messages
}

fn variables_in(line: &str) -> Vec<String> {
    line.split('$').skip(1).map(|rest| rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect()).collect()
}

#[test]
fn every_translation_file_parses_without_errors() {
    for locale in Locale::ALL {
        for (index, source) in sources(locale).into_iter().enumerate() {
            if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
                panic!("{locale:?} file #{index}: {errors:?}");
            }
        }
    }
}

#[test]
fn every_language_has_exactly_the_english_messages_with_the_same_placeables() {
    let english = messages(Locale::En);
    assert!(english.len() > 100, "the English catalog looks truncated");
    for locale in [Locale::Sk, Locale::Id] {
        let translated = messages(locale);
        let missing: Vec<_> = english.keys().filter(|id| !translated.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
        let extra: Vec<_> = translated.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(extra.is_empty(), "{locale:?} has messages English lacks: {extra:?}");
        for (id, variables) in &english {
            assert_eq!(&translated[id], variables, "{locale:?} {id} uses other placeables than English");
        }
    }
}

/// Message ids the code asks for: the string literal after each of these calls.
const LOOKUPS: [&str; 4] = ["tr(\"", "tr_with(\"", "text(\"", "Text::new(\""];

fn ids_used_under(directory: &Path, found: &mut BTreeSet<(String, String)>) {
    for entry in std::fs::read_dir(directory).expect("source directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            ids_used_under(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
            let source = std::fs::read_to_string(&path).expect("source file");
            for lookup in LOOKUPS {
                for rest in source.split(lookup).skip(1) {
                    let id: String = rest.chars().take_while(|c| *c != '"').collect();
                    if id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && !id.is_empty() {
                        found.insert((id, path.display().to_string()));
                    }
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists_in_every_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    ids_used_under(&root.join("src"), &mut used);
    ids_used_under(&root.join("../src"), &mut used);
    assert!(!used.is_empty());
    for locale in Locale::ALL {
        let known = messages(locale);
        let missing: Vec<_> = used.iter().filter(|(id, _)| !known.contains_key(id)).collect();
        assert!(missing.is_empty(), "{locale:?} lacks messages the code uses: {missing:?}");
    }
}

#[test]
fn a_browser_language_picks_the_locale_of_its_primary_language() {
    assert_eq!(Locale::negotiate(["de-DE", "sk-SK", "en"]), Some(Locale::Sk));
    assert_eq!(Locale::negotiate(["id"]), Some(Locale::Id));
    assert_eq!(Locale::negotiate(["EN_us"]), Some(Locale::En));
    assert_eq!(Locale::negotiate(["fr", "de"]), None);
    assert_eq!(Locale::from_tag(""), None);
}

#[test]
fn the_server_hears_en_gb_or_sk_sk() {
    assert_eq!(Locale::Sk.accept_language(), "sk-SK");
    assert_eq!(Locale::En.accept_language(), "en-GB");
    assert_eq!(Locale::Id.accept_language(), "en-GB");
}

#[test]
fn messages_render_in_their_language_with_arguments_and_without_isolation_marks() {
    assert_eq!(catalog(Locale::Sk).text("language-label"), "Jazyk");
    assert_eq!(catalog(Locale::Id).text("language-label"), "Bahasa");
    let text = Text::new("list-range").with("first", "1").with("last", "25").with("total", "10 000");
    let rendered = catalog(Locale::Sk).render(&text);
    assert!(rendered.starts_with("1–25 ") && rendered.ends_with(" 10 000"), "{rendered}");
    assert!(!rendered.contains('\u{2068}'), "isolation marks in {rendered:?}");
}

#[test]
fn an_unknown_message_shows_its_id() {
    assert_eq!(catalog(Locale::Sk).text("no-such-message"), "no-such-message");
}

/// Fluent's own resolver over a language's files: the reference for the compiled messages.
fn fluent_bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale.tag().parse::<unic_langid::LanguageIdentifier>().unwrap()]);
    bundle.set_use_isolating(false);
    for source in sources(locale) {
        bundle.add_resource(FluentResource::try_new(source).unwrap()).unwrap();
    }
    bundle
}

/// Fluent's own answer for a message.
fn fluent_renders(bundle: &FluentBundle<FluentResource>, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
        }
    }
    let pattern = bundle.get_message(id).and_then(|message| message.value()).unwrap();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut Vec::new()).into_owned()
}

#[test]
fn every_compiled_message_says_what_fluent_says_with_every_kind_of_argument() {
    for locale in Locale::ALL {
        let bundle = fluent_bundle(locale);
        for (id, variables) in messages(locale) {
            // Numbers that reach each plural category of the three languages, and text.
            for number in [0, 1, 2, 3, 4, 5, 11, 21, 101, 1_000_000] {
                let args: Vec<(&str, Arg)> = variables.iter().map(|name| (name.as_str(), Arg::Number(number))).collect();
                assert_eq!(catalog(locale).format(&id, &args), fluent_renders(&bundle, &id, &args), "{locale:?} {id} with {number}");
            }
            let args: Vec<(&str, Arg)> = variables.iter().map(|name| (name.as_str(), Arg::from("Ana \"Ň\" <b>"))).collect();
            assert_eq!(catalog(locale).format(&id, &args), fluent_renders(&bundle, &id, &args), "{locale:?} {id} with text");
        }
    }
}

#[test]
fn a_plural_message_picks_each_languages_category() {
    let cards = |locale, count: u64| catalog(locale).format("live-cards", &[("count", count.into())]);
    assert_eq!(cards(Locale::Sk, 1), "1 karta");
    assert_eq!(cards(Locale::Sk, 3), "3 karty");
    assert_eq!(cards(Locale::Sk, 5), "5 kariet");
    assert_eq!(cards(Locale::En, 1), "1 card");
    assert_eq!(cards(Locale::En, 2), "2 cards");
}

#[test]
fn a_missing_argument_shows_as_fluent_shows_it() {
    assert_eq!(catalog(Locale::En).format("live-yours", &[]), fluent_renders(&fluent_bundle(Locale::En), "live-yours", &[]));
}

#[test]
fn a_fetched_language_installs_from_its_compiled_file_and_an_html_page_does_not() {
    let compiled = built_in_messages(Locale::Id).unwrap();
    assert!(install(Locale::Id, compiled));
    assert!(is_available(Locale::Id));
    assert_eq!(catalog(Locale::Id).text("language-label"), "Bahasa");
    assert!(!install(Locale::Sk, "<!DOCTYPE html><html><body>customer-desk</body></html>"));
}
