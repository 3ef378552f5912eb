//! index.html's own sign-in form (scripts/build/boot-sign-in.mjs), which a signed-out user
//! can type into before any wasm has arrived. The sign-in page takes it over: what was
//! typed, where the focus was, and a submit the page's script held until now. Wherever
//! else the app goes first (a token from the portal, a page that needs no sign-in), the
//! form is simply dismissed.

use wasm_bindgen::JsCast;

const FORM_ID: &str = "boot-sign-in";
/// Set on `<html>` while the form shows: the app's own view stays hidden until then.
const SHOWING_CLASS: &str = "boot-sign-in";

/// What the user did in the boot form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BootSignIn {
    pub access_token_chosen: bool,
    pub user_name: String,
    pub password: String,
    /// `None` where the form had no device name (DealPOS).
    pub device_name: Option<String>,
    pub access_token: String,
    pub remember: bool,
    /// The id, in the app's form, of the field that had the focus.
    pub focused: Option<&'static str>,
    /// "Sign in" was pressed before the app was ready.
    pub submitted: bool,
}

thread_local! {
    /// The boot form's state, set aside while the sign-in page could not be loaded.
    static SET_ASIDE: std::cell::RefCell<Option<BootSignIn>> = const { std::cell::RefCell::new(None) };
}

/// The boot form's state, if it was shown (or set aside), and removes it; `None` if it was
/// never shown.
pub fn take_sign_in() -> Option<BootSignIn> {
    read_and_remove().or_else(|| SET_ASIDE.with_borrow_mut(Option::take))
}

/// The sign-in page could not be loaded: the form goes, so the app's alert with Retry shows,
/// and what was typed waits for the page.
pub fn set_aside_sign_in() {
    if let Some(state) = read_and_remove() {
        SET_ASIDE.with_borrow_mut(|aside| *aside = Some(state));
    }
}

fn read_and_remove() -> Option<BootSignIn> {
    let document = web_sys::window()?.document()?;
    let form = document.get_element_by_id(FORM_ID)?;
    let shown = !form.has_attribute("hidden");
    let value = |id: &str| -> Option<String> {
        let element = document.get_element_by_id(id)?;
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            return Some(input.value());
        }
        element.dyn_ref::<web_sys::HtmlTextAreaElement>().map(web_sys::HtmlTextAreaElement::value)
    };
    let checked = |id: &str| {
        document.get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|input| input.checked())
    };
    let focused = document.active_element().map(|element| element.id()).and_then(|id| match id.as_str() {
        "boot-user-name" => Some("user-name"),
        "boot-password" => Some("password"),
        "boot-device-name" => Some("device-name"),
        "boot-access-token" => Some("access-token"),
        _ => None,
    });
    let state = BootSignIn {
        access_token_chosen: checked("boot-method-token"),
        user_name: value("boot-user-name").unwrap_or_default(),
        password: value("boot-password").unwrap_or_default(),
        device_name: value("boot-device-name"),
        access_token: value("boot-access-token").unwrap_or_default(),
        remember: checked("boot-remember"),
        focused,
        submitted: form.get_attribute("data-held").is_some(),
    };
    remove(&document, form);
    shown.then_some(state)
}

/// Removes the boot form, unread: the app went somewhere that needs no sign-in.
pub fn dismiss_sign_in() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    if let Some(form) = document.get_element_by_id(FORM_ID) {
        remove(&document, form);
    }
}

fn remove(document: &web_sys::Document, form: web_sys::Element) {
    form.remove();
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1(SHOWING_CLASS);
    }
}

/// Puts the focus back where it was in the boot form, once the page's own form is there.
pub fn restore_focus(field_id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        crate::components::page_focus::focus_by_id(field_id);
    });
}
