//! A `<dialog>` shown as a modal exactly while its `open` signal says so (closing it by Esc
//! sets the signal through the dialog's `close` event, which each dialog handles).

use leptos::html::Dialog;
use leptos::prelude::*;

/// Opens `dialog` with `showModal()` when `open` turns true (after `on_show`, which resets
/// what the dialog holds) and closes it when `open` turns false.
pub fn show_while_open(dialog: NodeRef<Dialog>, open: RwSignal<bool>, on_show: impl Fn() + 'static) {
    Effect::new(move |_| {
        let Some(element) = dialog.get() else { return };
        match (open.get(), element.open()) {
            (true, false) => {
                on_show();
                let _ = element.show_modal();
            }
            (false, true) => element.close(),
            _ => {}
        }
    });
}
