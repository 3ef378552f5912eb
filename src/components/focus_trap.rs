//! Keeps Tab and Shift+Tab inside a modal dialog. `showModal()` makes the page behind the
//! dialog inert, but Chromium still lets Tab leave the last control for the browser's own
//! UI; a modal should cycle from its last control to its first and back instead.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), \
                         textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])";

/// A keydown handler for the dialog `container`.
pub fn keep_tab_inside(ev: &KeyboardEvent, container: &Element) {
    if ev.key() != "Tab" {
        return;
    }
    let Ok(nodes) = container.query_selector_all(FOCUSABLE) else { return };
    let controls: Vec<HtmlElement> =
        (0..nodes.length()).filter_map(|i| nodes.item(i)).filter_map(|node| node.dyn_into::<HtmlElement>().ok()).collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        ev.prevent_default();
        return;
    };
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let is_active = |control: &HtmlElement| active.as_ref().is_some_and(|a| a == control.unchecked_ref::<Element>());
    let outside = !active.as_ref().is_some_and(|a| container.contains(Some(a)));
    if ev.shift_key() && (outside || is_active(first)) {
        ev.prevent_default();
        let _ = last.focus();
    } else if !ev.shift_key() && (outside || is_active(last)) {
        ev.prevent_default();
        let _ = first.focus();
    }
}
