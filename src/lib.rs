//! customer-desk: a back office for the customers of a point-of-sale system.
//!
//! Data flows one way: URL -> query model (domain) -> `api` -> wire model -> domain
//! model -> view. Only `api` speaks HTTP; pages and components never build URLs or parse
//! JSON.

pub mod api;
pub mod app;
pub mod auth;
pub mod boot;
pub mod chunk;
pub mod components;
pub mod config;
pub mod customers;
pub mod download;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod live;
pub mod message;
pub mod pages;
pub mod routes;
pub mod storage;
pub mod timing;

/// Mounts the app on `<body>`; called by the binary Trunk builds.
pub fn start() {
    console_error_panic_hook::set_once();
    components::colour_scheme::apply_stored();
    leptos::mount::mount_to_body(app::App);
    // index.html's own "Loading" sign, shown before any wasm ran; the app speaks now.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}
