//! Short confirmations ("Customer saved") that survive the navigation that follows the
//! action, announced politely to screen readers.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Option<String>>);

impl Notices {
    pub fn provide() {
        provide_context(Self(RwSignal::new(None)));
    }

    pub fn show(&self, message: impl Into<String>) {
        self.0.set(Some(message.into()));
    }
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = use_notices();
    view! {
        <div class="notice-area" role="status" aria-live="polite">
            {move || notices.0.get().map(|message| view! {
                <p class="notice notice--success">
                    <span>{message}</span>
                    <button type="button" class="button" aria-label="Dismiss"
                        on:click=move |_| notices.0.set(None)>"×"</button>
                </p>
            })}
        </div>
    }
}
