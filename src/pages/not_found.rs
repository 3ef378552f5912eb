use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

#[component]
pub fn NotFound() -> impl IntoView {
    // A page that needs no sign-in: index.html's sign-in form, if it showed, goes.
    crate::boot::dismiss_sign_in();
    let i18n = crate::i18n::use_i18n();
    let path = use_location().pathname;
    let text = move || markup_segments(&i18n.tr_with("not-found-text", &[("path", PLACEABLE[0].into())]));
    view! {
        <section class="page page--narrow">
            <h1>{i18n.text("not-found-title")}</h1>
            <p>
                {move || text().into_iter().map(|(words, code)| view! {
                    {words}
                    {code.map(|_| view! { <code>{path}</code> })}
                }).collect_view()}
            </p>
            <p><A href="/customers">{i18n.text("shell-back-to-customers")}</A></p>
        </section>
    }
}

/// Stand-ins for a message's placeables that the view fills with markup (such as `<code>`),
/// wherever the translation puts them.
pub(crate) const PLACEABLE: [&str; 2] = ["\u{E000}", "\u{E001}"];

/// A rendered message cut at its [`PLACEABLE`]s: each piece of text, followed by the
/// index of the placeable that comes after it (none after the last piece).
pub(crate) fn markup_segments(rendered: &str) -> Vec<(String, Option<usize>)> {
    let mut segments = Vec::new();
    let mut rest = rendered;
    while let Some((at, index)) = PLACEABLE.iter().enumerate().filter_map(|(index, marker)| rest.find(marker).map(|at| (at, index))).min() {
        segments.push((rest[..at].to_owned(), Some(index)));
        rest = &rest[at + PLACEABLE[index].len()..];
    }
    segments.push((rest.to_owned(), None));
    segments
}
