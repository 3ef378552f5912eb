//! Asks before leaving a form with unsaved changes: closing or reloading the tab (the
//! browser's own prompt) and following any in-app link (checked in the capture phase,
//! before the router acts). The browser's Back button cannot be held back this way.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

pub const LEAVE_QUESTION: &str = "You have unsaved changes. Leave without saving?";

/// True when leaving is fine: nothing is unsaved, or the user agreed to lose it.
pub fn confirm_leave(dirty: bool) -> bool {
    !dirty || window().confirm_with_message(LEAVE_QUESTION).unwrap_or(true)
}

/// Guards the page while `dirty` is true; removed when the component unmounts.
pub fn guard_unsaved_changes(dirty: Signal<bool>) {
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
        if link.is_some() && !confirm_leave(dirty.get_untracked()) {
            ev.prevent_default();
            ev.stop_immediate_propagation();
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_capture(true);
    let _ = document().add_event_listener_with_callback_and_add_event_listener_options(
        "click",
        on_click.as_ref().unchecked_ref(),
        &options,
    );
    let on_click = send_wrapper::SendWrapper::new(on_click);
    on_cleanup(move || {
        unload.remove();
        let _ = document().remove_event_listener_with_callback_and_bool(
            "click",
            on_click.as_ref().unchecked_ref(),
            true,
        );
    });
}
