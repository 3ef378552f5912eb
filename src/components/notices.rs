//! Short confirmations ("Customer saved"), announced politely to screen readers. A notice
//! belongs to one page: the page that raised it, or, for an action that leads elsewhere
//! (a save opens the customer, a delete goes back to the list), the page it leads to; it
//! goes when the user leaves that page. A notice may offer one action (such as "Undo"),
//! which disappears after a few seconds.

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
    /// Raised just before the navigation its action leads to: it survives that one.
    carried: bool,
}

#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Option<Notice>, LocalStorage>);

impl Notices {
    pub fn provide() {
        provide_context(Self(RwSignal::new_local(None)));
    }

    /// Shows `message` on this page.
    pub fn show(&self, message: impl Into<String>) {
        self.0.set(Some(Notice { message: message.into(), action: None, carried: false }));
    }

    /// Shows `message` on the page the caller navigates to next.
    pub fn show_next(&self, message: impl Into<String>) {
        self.0.set(Some(Notice { message: message.into(), action: None, carried: true }));
    }

    /// Shows `message` with a button labelled `label` that runs `action`; both go after a
    /// few seconds. Both texts come already in the user's language.
    pub fn show_with_action(&self, message: impl Into<String>, label: impl Into<String>, action: impl Fn() + 'static) {
        self.with_action(message.into(), label.into(), Rc::new(action), false);
    }

    /// The same, on the page the caller navigates to next.
    pub fn show_next_with_action(&self, message: impl Into<String>, label: impl Into<String>, action: impl Fn() + 'static) {
        self.with_action(message.into(), label.into(), Rc::new(action), true);
    }

    fn with_action(&self, message: String, label: String, action: Rc<dyn Fn()>, carried: bool) {
        let notices = *self;
        notices.0.set(Some(Notice { message: message.clone(), action: Some((label, action)), carried }));
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

    /// The user went to another page: a notice carried there stays, any other goes.
    fn page_changed(&self) {
        let keep = self.0.with_untracked(|n| n.as_ref().is_some_and(|n| n.carried));
        if keep {
            self.0.update(|n| {
                if let Some(n) = n {
                    n.carried = false;
                }
            });
        } else if self.0.with_untracked(Option::is_some) {
            self.0.set(None);
        }
    }
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = use_notices();
    let i18n = crate::i18n::use_i18n();
    // A new address path is another page (the list's own query changes are not).
    let path = leptos_router::hooks::use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let now = path.get();
        if previous.is_some_and(|previous| previous != now) {
            notices.page_changed();
        }
        now
    });
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
