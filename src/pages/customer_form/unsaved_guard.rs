//! Asks before leaving a form with unsaved changes: closing or reloading the tab (the
//! browser's own prompt), following any in-app link (checked in the capture phase, before
//! the router acts), and the browser's Back button.
//!
//! Back cannot be cancelled, so while the form is dirty a second history entry for the same
//! URL sits on top of it (the guard). Back then only consumes the guard — nothing changes
//! on screen — and the question is asked: staying puts the guard back, leaving goes back
//! once more.

use crate::i18n::I18n;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// True when leaving is fine: nothing is unsaved, or the user agreed to lose it (asked in
/// the user's language).
pub fn confirm_leave(i18n: I18n, dirty: bool) -> bool {
    !dirty || window().confirm_with_message(&untrack(|| i18n.tr("form-leave-question"))).unwrap_or(true)
}

/// The page's guard; pass [`UnsavedGuard::leave_options`] to navigations that leave the form
/// on purpose (save, cancel), so the guard's history entry is replaced, not left behind.
#[derive(Clone, Copy)]
pub struct UnsavedGuard {
    armed: StoredValue<bool>,
}

impl UnsavedGuard {
    pub fn leave_options(&self) -> leptos_router::NavigateOptions {
        leptos_router::NavigateOptions { replace: self.armed.get_value(), ..Default::default() }
    }
}

/// Guards the page while `dirty` is true; removed when the component unmounts.
pub fn guard_unsaved_changes(dirty: Signal<bool>) -> UnsavedGuard {
    let i18n = crate::i18n::use_i18n();
    let armed = StoredValue::new(false);
    let push_guard = move || {
        if let Ok(history) = window().history() {
            armed.set_value(history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", None).is_ok());
        }
    };
    Effect::new(move |_| {
        if dirty.get() && !armed.get_value() {
            push_guard();
        }
    });
    let back = window_event_listener(leptos::ev::popstate, move |_| {
        if !armed.get_value() {
            return;
        }
        // Back consumed the guard; the form is still on screen.
        armed.set_value(false);
        if confirm_leave(i18n, dirty.get_untracked()) {
            let _ = window().history().and_then(|history| history.back());
        } else {
            push_guard();
        }
    });

    let unload = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if dirty.get_untracked() {
            ev.prevent_default();
            ev.set_return_value("");
        }
    });

    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        let link = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten());
        if link.is_some() && !confirm_leave(i18n, dirty.get_untracked()) {
            ev.prevent_default();
            ev.stop_immediate_propagation();
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_capture(true);
    let _ =
        document().add_event_listener_with_callback_and_add_event_listener_options("click", on_click.as_ref().unchecked_ref(), &options);
    let on_click = send_wrapper::SendWrapper::new(on_click);
    on_cleanup(move || {
        unload.remove();
        back.remove();
        let _ = document().remove_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    });
    UnsavedGuard { armed }
}
