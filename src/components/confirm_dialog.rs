//! A modal confirmation built on the native `<dialog>`: `showModal()` gives the dialog
//! role, makes the page behind inert and returns focus to the opener on close, and Escape
//! cancels; Tab and Shift+Tab cycle through the dialog's buttons.

use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is open; the dialog sets it to false when dismissed.
    open: RwSignal<bool>,
    /// Names the dialog's heading, so two dialogs on one page never share an id.
    id: &'static str,
    #[prop(into)] title: TextProp,
    #[prop(into)] message: Signal<String>,
    #[prop(into)] confirm_label: TextProp,
    #[prop(into)] busy: Signal<bool>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let dialog = NodeRef::<Dialog>::new();
    crate::components::modal::show_while_open(dialog, open, || ());
    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby=id on:close=move |_| open.set(false)
            on:keydown=move |ev| if let Some(element) = dialog.get_untracked() {
                crate::components::focus_trap::keep_tab_inside(&ev, &element);
            }>
            <h2 id=id>{move || title.get().to_string()}</h2>
            <p>{message}</p>
            <div class="dialog__actions">
                <button type="button" class="button" on:click=move |_| open.set(false)>{i18n.text("form-cancel")}</button>
                <button type="button" class="button button--danger" disabled=busy
                    on:click=move |_| on_confirm.run(())>{move || confirm_label.get().to_string()}</button>
            </div>
        </dialog>
    }
}
