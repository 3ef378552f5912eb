//! Kiosk idle sign-out: after `kioskIdleSeconds` without a touch, click, key or scroll,
//! the session ends and the kiosk returns to the start. A countdown warns first.

use crate::auth::use_auth;
use customer_desk_domain::config::AppConfig;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::time::Duration;

/// The warning shows for the last 30 seconds (or half the idle time, if shorter).
const WARNING_SECONDS: u32 = 30;

#[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(kiosk_idle_guard, wasm_split_path = ::leptos::wasm_split, fallible))]
fn idle_guard() -> Result<fn() -> AnyView, crate::chunk::ChunkNotLoaded> {
    Ok(|| view! { <KioskIdleGuard /> }.into_any())
}

/// The idle sign-out of a kiosk. Its code is a wasm chunk of its own, which only kiosks
/// fetch; one that does not come is fetched again with backoff, since it is what signs an
/// unattended kiosk out.
#[component]
pub fn KioskIdleSignOut() -> impl IntoView {
    let guard = RwSignal::new(None::<fn() -> AnyView>);
    leptos::task::spawn_local(async move {
        let load = || async { crate::chunk::split_call!(idle_guard()) };
        if let Some(view) = crate::chunk::load_retrying(load, move || !guard.is_disposed(), || ()).await {
            guard.try_set(Some(view));
        }
    });
    move || guard.get().map(|view| view())
}

#[component]
fn KioskIdleGuard() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let config = expect_context::<AppConfig>();
    let auth = use_auth();
    let navigate = use_navigate();
    let idle_seconds = f64::from(config.kiosk_idle_seconds);
    let warning_seconds = f64::from(WARNING_SECONDS.min(config.kiosk_idle_seconds / 2));

    let last_activity = StoredValue::new(js_sys::Date::now());
    let seconds_left = RwSignal::new(None::<u32>);
    let stay = move || {
        last_activity.set_value(js_sys::Date::now());
        seconds_left.set(None);
    };
    let listeners = [
        window_event_listener(leptos::ev::pointerdown, move |_| stay()),
        window_event_listener(leptos::ev::keydown, move |_| stay()),
        window_event_listener(leptos::ev::wheel, move |_| stay()),
    ];

    let tick = set_interval_with_handle(
        move || {
            if !auth.is_signed_in() {
                seconds_left.set(None);
                return;
            }
            let left = idle_seconds - (js_sys::Date::now() - last_activity.get_value()) / 1000.0;
            if left <= 0.0 {
                seconds_left.set(None);
                auth.sign_out();
                navigate("/", Default::default());
            } else if left <= warning_seconds {
                seconds_left.set(Some(left.ceil() as u32));
            }
        },
        Duration::from_millis(500),
    )
    .ok();
    on_cleanup(move || {
        listeners.into_iter().for_each(|listener| listener.remove());
        if let Some(tick) = tick {
            tick.clear();
        }
    });

    view! {
        {move || seconds_left.get().map(|left| view! {
            <div class="kiosk-warning" role="alertdialog" aria-labelledby="kiosk-warning-title" aria-describedby="kiosk-warning-text">
                <h2 id="kiosk-warning-title">{i18n.text("kiosk-warning-title")}</h2>
                <p id="kiosk-warning-text">{move || i18n.tr_with("kiosk-warning-text", &[("seconds", left.into())])}</p>
                <button type="button" class="button button--primary" on:click=move |_| stay()>{i18n.text("kiosk-stay")}</button>
            </div>
        })}
    }
}
