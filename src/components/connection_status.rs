//! "Offline" in the header as soon as the app knows it (the browser says so, or a request
//! could not be sent), then "Back online" for a few seconds once the server answers again.
//! While offline, the server is asked with backoff (at once when the browser says the
//! network is back), so the app notices by itself.

use crate::api::connectivity::{self, Reach};
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// How long "Back online" stays.
const BACK_ONLINE_MS: u64 = 5_000;

#[component]
pub fn ConnectionStatus() -> impl IntoView {
    let i18n = use_i18n();
    let auth = crate::auth::use_auth();
    // Bumped when the browser says the network is back: the probe goes at once.
    let woken = StoredValue::new(0_u32);
    // One probing loop at a time: a newer one ends the older.
    let loop_generation = StoredValue::new(0_u32);
    connectivity::watch_browser(move || woken.update_value(|w| *w += 1));

    Effect::new(move |_| match connectivity::reach() {
        Reach::Offline => {
            loop_generation.update_value(|g| *g += 1);
            let generation = loop_generation.get_value();
            let endpoint = auth.endpoint();
            leptos::task::spawn_local(async move {
                let mut attempt = 0;
                loop {
                    let woken_before = woken.try_get_value();
                    let mut waited = 0;
                    while waited < connectivity::backoff_ms(attempt) && woken.try_get_value() == woken_before {
                        crate::timing::sleep(250).await;
                        waited += 250;
                    }
                    if loop_generation.try_get_value() != Some(generation) || !connectivity::is_offline() {
                        return;
                    }
                    if connectivity::probe(&endpoint).await {
                        return;
                    }
                    attempt += 1;
                }
            });
        }
        Reach::BackOnline => set_timeout(connectivity::settle, std::time::Duration::from_millis(BACK_ONLINE_MS)),
        Reach::Online => {}
    });

    let text = move || match connectivity::reach() {
        Reach::Offline => Some(i18n.tr("shell-offline")),
        Reach::BackOnline => Some(i18n.tr("shell-back-online")),
        Reach::Online => None,
    };
    view! {
        <p class="connection-status" class:connection-status--offline=move || connectivity::reach() == Reach::Offline
            role="status" aria-label=text>{text}</p>
    }
}
