//! Routes that need a session send a signed-out user to `/sign-in?next=<this page>`.

use crate::auth::use_auth;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

#[component]
pub fn RequireSignIn(children: ChildrenFn) -> impl IntoView {
    let auth = use_auth();
    let location = use_location();
    // Only signing in or out re-renders the page; a refreshed token must not (it would
    // throw away whatever the user is typing).
    let signed_in = Memo::new(move |_| auth.is_signed_in());
    move || {
        if signed_in.get() {
            return children().into_any();
        }
        let search = location.search.get_untracked();
        let search = search.trim_start_matches('?');
        let here = if search.is_empty() {
            location.pathname.get_untracked()
        } else {
            format!("{}?{search}", location.pathname.get_untracked())
        };
        let next = String::from(js_sys::encode_uri_component(&here));
        view! { <Redirect path=format!("/sign-in?next={next}") /> }.into_any()
    }
}
