//! "As of 10:42, offline": rows or a record shown as last seen, because the server cannot be
//! reached; the time is when the server sent them. Rows found among those held for another
//! search, sort or page say they are only the customers seen.

use leptos::prelude::*;

#[component]
pub fn HeldMark(at: f64, partial: bool) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <p class="notice notice--warning held-mark" role="status">
            {move || i18n.tr_with(if partial { "held-as-of-partial" } else { "held-as-of" }, &[("time", crate::format::clock_time(i18n.locale(), at).into())])}
        </p>
    }
}
