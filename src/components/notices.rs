//! Short confirmations ("Customer saved") that survive the navigation that follows the
//! action, announced politely to screen readers. A notice may offer one action (such as
//! "Undo"), which disappears after a few seconds.

use leptos::prelude::*;
use std::rc::Rc;
use std::time::Duration;

const ACTION_SECONDS: u64 = 10;

#[derive(Clone)]
struct Notice {
    message: String,
    /// A plain closure, not a `Callback`: the page that offered it (say, a deleted
    /// customer's) is gone by the time the user clicks.
    action: Option<(String, Rc<dyn Fn()>)>,
}

#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Option<Notice>, LocalStorage>);

impl Notices {
    pub fn provide() {
        provide_context(Self(RwSignal::new_local(None)));
    }

    pub fn show(&self, message: impl Into<String>) {
        self.0.set(Some(Notice { message: message.into(), action: None }));
    }

    /// Shows `message` with a button labelled `label` that runs `action`; both go after a
    /// few seconds. Both texts come already in the user's language.
    pub fn show_with_action(&self, message: impl Into<String>, label: impl Into<String>, action: impl Fn() + 'static) {
        let notices = *self;
        let message = message.into();
        notices.0.set(Some(Notice { message: message.clone(), action: Some((label.into(), Rc::new(action))) }));
        set_timeout(
            move || {
                // Only expire this notice, not one shown since.
                if notices.0.with_untracked(|n| n.as_ref().is_some_and(|n| n.message == message && n.action.is_some())) {
                    notices.0.set(None);
                }
            },
            Duration::from_secs(ACTION_SECONDS),
        );
    }
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = use_notices();
    let i18n = crate::i18n::use_i18n();
    view! {
        <div class="notice-area" role="status" aria-live="polite">
            {move || notices.0.get().map(|notice| view! {
                <p class="notice notice--success">
                    <span>{notice.message}</span>
                    {notice.action.map(|(label, action)| view! {
                        <button type="button" class="button" on:click=move |_| {
                            notices.0.set(None);
                            action();
                        }>{label}</button>
                    })}
                    <button type="button" class="button" aria-label=i18n.text("notice-dismiss")
                        on:click=move |_| notices.0.set(None)>"×"</button>
                </p>
            })}
        </div>
    }
}
