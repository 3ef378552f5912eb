//! Routes that need a session send a signed-out user to `/sign-in?next=<this page>`.

use crate::auth::use_auth;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

#[component]
pub fn RequireSignIn(children: ChildrenFn) -> impl IntoView {
    let auth = use_auth();
    let location = use_location();
    let navigate = use_navigate();
    let signed_in = Memo::new(move |_| auth.is_signed_in());
    // Leaving is the router's job: when there is no session (or it ends), this navigates
    // to sign-in and the route change takes the page down as any navigation does. Taking
    // the page down here, inside the change of the session, let its render effects run
    // on values already disposed (signing out from a form panicked). The page is never
    // rebuilt either, so a refreshed token cannot throw away what the user is typing.
    Effect::new(move |_| {
        if signed_in.get() {
            return;
        }
        let path = location.pathname.get_untracked();
        if path.starts_with("/sign-in") {
            return;
        }
        let search = location.search.get_untracked();
        let search = search.trim_start_matches('?');
        let here = if search.is_empty() { path } else { format!("{path}?{search}") };
        let next = String::from(js_sys::encode_uri_component(&here));
        navigate(&format!("/sign-in?next={next}"), Default::default());
    });
    untrack(move || auth.is_signed_in()).then(|| children())
}
