//! A modal confirmation built on the native `<dialog>`: `showModal()` gives the dialog
//! role, traps focus inside and returns it to the opener on close, and Escape cancels.

use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is open; the dialog sets it to false when dismissed.
    open: RwSignal<bool>,
    title: &'static str,
    #[prop(into)] message: Signal<String>,
    confirm_label: &'static str,
    #[prop(into)] busy: Signal<bool>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let Some(element) = dialog.get() else { return };
        match (open.get(), element.open()) {
            (true, false) => {
                let _ = element.show_modal();
            }
            (false, true) => element.close(),
            _ => {}
        }
    });
    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="confirm-title" on:close=move |_| open.set(false)>
            <h2 id="confirm-title">{title}</h2>
            <p>{message}</p>
            <div class="dialog__actions">
                <button type="button" class="button" on:click=move |_| open.set(false)>"Cancel"</button>
                <button type="button" class="button button--danger" disabled=busy
                    on:click=move |_| on_confirm.run(())>{confirm_label}</button>
            </div>
        </dialog>
    }
}
