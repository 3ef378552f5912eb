//! Pages that the first list view does not need, each in a wasm chunk of its own (the
//! docs/code-splitting.md has the build): the detail page, the customer form, the
//! sign-in page (a signed-in reload never needs it) and the page for an unknown address. A
//! chunk is fetched the first time its page opens, or earlier: ahead of need (see
//! [`preload_after_rows`], [`preload_when_idle`]) or on the user's intent. One that cannot be fetched (a dropped connection, a server restarting)
//! shows an error with Retry, never a panic.

use crate::chunk::ChunkNotLoaded;
use leptos::prelude::*;
#[cfg(feature = "split")]
use leptos::wasm_split::wasm_split;

/// A page's constructor, which lives in its chunk.
pub type PageView = fn() -> AnyView;

#[cfg_attr(feature = "split", wasm_split(customer_detail, wasm_split_path = ::leptos::wasm_split, preload(preload_customer_detail), fallible))]
fn customer_detail_page() -> Result<PageView, ChunkNotLoaded> {
    Ok(|| view! { <super::customer_detail::CustomerDetailPage /> }.into_any())
}

#[cfg_attr(feature = "split", wasm_split(customer_form, wasm_split_path = ::leptos::wasm_split, preload(preload_customer_form), fallible))]
fn customer_edit_page() -> Result<PageView, ChunkNotLoaded> {
    Ok(|| view! { <super::customer_form::CustomerEditPage /> }.into_any())
}

#[cfg_attr(feature = "split", wasm_split(customer_form, wasm_split_path = ::leptos::wasm_split, fallible))]
fn customer_create_page() -> Result<PageView, ChunkNotLoaded> {
    Ok(|| view! { <super::customer_form::CustomerCreatePage /> }.into_any())
}

#[cfg_attr(feature = "split", wasm_split(sign_in, wasm_split_path = ::leptos::wasm_split, fallible))]
fn sign_in_page() -> Result<PageView, ChunkNotLoaded> {
    Ok(|| view! { <super::sign_in::SignInPage /> }.into_any())
}

#[cfg_attr(feature = "split", wasm_split(not_found, wasm_split_path = ::leptos::wasm_split, fallible))]
fn not_found_page() -> Result<PageView, ChunkNotLoaded> {
    Ok(|| view! { <super::not_found::NotFound /> }.into_any())
}

/// Which lazily loaded page a route shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LazyPage {
    Detail,
    Edit,
    Create,
    SignIn,
    NotFound,
}

impl LazyPage {
    async fn load(self) -> Result<PageView, ChunkNotLoaded> {
        match self {
            LazyPage::Detail => crate::chunk::split_call!(customer_detail_page()),
            LazyPage::Edit => crate::chunk::split_call!(customer_edit_page()),
            LazyPage::Create => crate::chunk::split_call!(customer_create_page()),
            LazyPage::SignIn => crate::chunk::split_call!(sign_in_page()),
            LazyPage::NotFound => crate::chunk::split_call!(not_found_page()),
        }
    }
}

/// Once the list has shown its rows, the detail page's chunk comes at once, as the
/// likeliest next step (a customer opened a second after the rows would otherwise wait for
/// it on a slow link). On a slow or metered connection nothing is fetched ahead:
/// [`preload_on_intent`] fetches a page's chunk when the user points at, focuses or touches
/// its link. A failure here is silent: opening the page tries again and says so.
pub fn preload_after_rows() {
    if !crate::timing::data_is_dear() {
        preload(LazyPage::Detail, Urgency::Soon);
    }
}

/// `page`'s chunk comes when the browser is idle, at low priority, so that it yields to
/// what the user asks for meanwhile (the form's, from a customer's page); on a slow link or
/// a metered connection only on intent (most visits to a customer only read it).
pub fn preload_when_idle(page: LazyPage) {
    if !crate::timing::data_is_dear() && !crate::timing::link_is_slow() {
        crate::timing::when_idle(move || preload(page, Urgency::Ahead));
    }
}

/// The user is about to open `page` (a pointer over its link, the focus on it, a touch):
/// its chunk comes now, unless it came or is coming already.
pub fn preload_on_intent(page: LazyPage) {
    preload(page, Urgency::Intent);
}

/// Fetched ahead of need (at low priority), soon to be needed, or because the user is
/// about to need it.
#[derive(Clone, Copy, PartialEq)]
enum Urgency {
    Ahead,
    Soon,
    Intent,
}

fn preload(page: LazyPage, urgency: Urgency) {
    // One chunk holds both forms.
    let page = if page == LazyPage::Create { LazyPage::Edit } else { page };
    thread_local! {
        static STARTED: std::cell::RefCell<Vec<LazyPage>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if STARTED.with_borrow(|started| started.contains(&page)) {
        return;
    }
    STARTED.with_borrow_mut(|started| started.push(page));
    #[cfg(not(feature = "split"))]
    let _ = urgency;
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async move {
        let load = async move {
            match page {
                LazyPage::Detail => preload_customer_detail().await,
                LazyPage::Edit | LazyPage::Create => preload_customer_form().await,
                LazyPage::SignIn | LazyPage::NotFound => Ok(()),
            }
        };
        let loaded = match urgency {
            Urgency::Ahead => crate::chunk::at_low_priority(load).await,
            Urgency::Soon | Urgency::Intent => load.await,
        };
        if loaded.is_err() {
            // Another intent may try again.
            STARTED.with_borrow_mut(|started| started.retain(|started| *started != page));
        }
    });
}

/// Shows `page` once its chunk is in; while it loads, a quiet status; if it fails, an alert
/// with Retry.
#[component]
pub fn Lazy(page: LazyPage) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    // A plain task and a signal: a resource would cost the main module an async runtime of
    // its own for a value that reloads only on Retry.
    let loaded = RwSignal::new(None);
    let load = move || {
        // A chunk already in answers at once: the page shows in this render, without a
        // "Loading" status first.
        let mut loading = Box::pin(page.load());
        if let Some(ready) = futures::FutureExt::now_or_never(&mut loading) {
            loaded.set(Some(ready));
            return;
        }
        loaded.set(None);
        leptos::task::spawn_local(async move {
            let page = loading.await;
            loaded.try_set(Some(page));
        });
    };
    load();
    move || match loaded.get() {
        None => view! { <p class="boot-status" role="status">{i18n.text("shell-page-loading")}</p> }.into_any(),
        Some(Ok(view)) => view(),
        Some(Err(ChunkNotLoaded)) => {
            if page == LazyPage::SignIn {
                // index.html's sign-in form must not hide the alert; what was typed there
                // waits for the page that Retry brings.
                crate::boot::set_aside_sign_in();
            }
            view! {
            <section class="page page--narrow">
                <div class="notice notice--error" role="alert">
                    <span>{i18n.text("shell-page-not-loaded")}</span>
                    <button type="button" class="button" on:click=move |_| load()>{i18n.text("shell-retry")}</button>
                </div>
            </section>
            }
            .into_any()
        }
    }
}
