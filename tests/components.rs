//! Component tests in headless Chromium (wasm-bindgen-test). Run with
//! `cargo test -p customer-desk --target wasm32-unknown-unknown`.

use customer_desk::app::Shell;
use customer_desk::pages::config_error::ConfigErrorPage;
use customer_desk_domain::config::{AppConfig, ConfigError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a view into a fresh container and returns it; the view stays mounted for the
/// rest of the test run, which is what a page does too. The language context comes first,
/// as `App` provides it.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    leptos::mount::mount_to(root.clone(), move || {
        customer_desk::i18n::I18n::provide();
        view()
    })
    .forget();
    root
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// leptos_router renders asynchronously: poll until `selector` appears (or give up).
async fn wait_for(root: &HtmlElement, selector: &str) -> Option<web_sys::Element> {
    for _ in 0..50 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            return Some(found);
        }
        sleep(20).await;
    }
    None
}

fn config(embed: bool) -> AppConfig {
    let mut config = AppConfig::from_json(r#"{ "backend": "portos", "apiBaseUrl": "/api" }"#).unwrap();
    config.embed = embed;
    config
}

fn go_to(path: &str) {
    web_sys::window().unwrap().history().unwrap().push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path)).unwrap();
}

#[wasm_bindgen_test]
fn config_error_page_names_the_file_in_an_alert() {
    let root = mount(|| view! { <ConfigErrorPage error=ConfigError::HttpStatus { status: 404 } /> });
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert");
    assert_eq!(alert.text_content().unwrap(), "config.json was not found on the server (HTTP 404)");
    let heading = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(heading.text_content().unwrap(), "customer-desk cannot start");
}

#[wasm_bindgen_test]
async fn unknown_routes_render_the_not_found_page_inside_the_chrome() {
    go_to("/no-such-page");
    let root = mount(|| view! { <Shell config=config(false) /> });
    let heading = wait_for(&root, "main h1").await.expect("a heading");
    assert_eq!(heading.text_content().unwrap(), "Page not found");
    assert!(root.query_selector("header").unwrap().is_some(), "the outer chrome is shown");
    let back = root.query_selector("main a[href='/customers']").unwrap().expect("a link back");
    assert_eq!(back.text_content().unwrap(), "Back to customers");
    root.remove();
}

#[wasm_bindgen_test]
async fn embed_mode_hides_the_outer_chrome() {
    go_to("/no-such-page");
    let root = mount(|| view! { <Shell config=config(true) /> });
    wait_for(&root, "main h1").await.expect("a heading");
    assert!(root.query_selector("header").unwrap().is_none(), "no header in an iframe");
    root.remove();
}

/// Requests that hit a 401 together must share one refresh: two concurrent `refresh()`
/// calls make exactly one network request (counted with the Resource Timing API).
#[wasm_bindgen_test]
async fn concurrent_refreshes_share_one_request() {
    use customer_desk::auth::{Auth, Renewal, Session};
    use customer_desk_domain::auth::{Device, UserProfile};

    let owner = Owner::new();
    owner.set();
    let mut config = config(false);
    config.api_base_url = "/single-flight-api".to_owned();
    let auth = Auth::provide(&config);
    let user = UserProfile {
        id: "u1".into(),
        name: "Admin".into(),
        user_name: "admin".into(),
        rights: vec![],
        device: Device { name: "test".into(), env_name: "BackOffice".into() },
    };
    auth.start_with(Session { token: "expired".into(), refresh_token: Some("r1".into()), user: user.clone() }, None, false);

    let (first, second) = futures::join!(auth.refresh(Some("expired")), auth.refresh(Some("expired")));
    // The test server has no such API, so the refresh fails, for both callers alike.
    assert_eq!((first, second), (Renewal::Over, Renewal::Over));
    let refresh_requests = || {
        web_sys::window()
            .unwrap()
            .performance()
            .unwrap()
            .get_entries_by_type("resource")
            .iter()
            .filter_map(|entry| js_sys::Reflect::get(&entry, &"name".into()).ok()?.as_string())
            .filter(|name| name.ends_with("/single-flight-api/auth/refresh"))
            .count()
    };
    assert_eq!(refresh_requests(), 1);

    // Once settled, a later refresh is a new request.
    assert_eq!(auth.refresh(None).await, Renewal::Over);
    assert_eq!(refresh_requests(), 2);

    // A 401 for a token the session has since replaced is retried with the new one, and
    // asks the server for nothing.
    auth.start_with(Session { token: "renewed".into(), refresh_token: Some("r2".into()), user }, None, false);
    assert_eq!(auth.refresh(Some("expired")).await, Renewal::Renewed("renewed".into()));
    assert_eq!(refresh_requests(), 2);
}

/// A list row names only the unreadable members it shows: the name, or a shown column's.
#[wasm_bindgen_test]
fn list_rows_name_only_the_unreadable_members_they_show() {
    use customer_desk::pages::customer_list::columns::Column;
    assert!(Column::row_shows(".", &[]), "the record itself");
    assert!(Column::row_shows("lastName", &[]));
    assert!(!Column::row_shows("creditTransactions[0].amount", &[Column::Email, Column::Cards]));
    assert!(Column::row_shows("cards[1].isActive", &[Column::Cards]));
    assert!(!Column::row_shows("birthDate", &[Column::Email, Column::Phone]));
    assert!(Column::row_shows("Mobile", &[Column::Phone]), "DealPOS names too");
}

/// The list's columns are the properties the property table gives a column header, each
/// once: a property given a column and forgotten here (or the reverse) fails.
#[wasm_bindgen_test]
fn the_list_has_a_column_for_every_property_said_to_have_one() {
    use customer_desk::pages::customer_list::columns::Column;
    use customer_desk_domain::customer::property::Property;
    for property in Property::ALL {
        let columns = Column::ALL.iter().filter(|column| column.property() == property).count();
        assert_eq!(columns, usize::from(property.describe().column.is_some()), "{property:?}: list columns");
    }
}
