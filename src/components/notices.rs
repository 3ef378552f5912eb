//! Short confirmations ("Customer saved"), announced politely to screen readers. A notice
//! belongs to one page: the page that raised it, or, for an action that leads elsewhere
//! (a save opens the customer, a delete goes back to the list), the page it leads to; it
//! goes when the user leaves that page. A notice may offer one action (such as "Undo"),
//! which disappears after a few seconds; an Undo of a delete stays those seconds wherever
//! the user goes.

use leptos::prelude::*;
use std::rc::Rc;
use std::time::Duration;

const ACTION_SECONDS: u64 = 10;
/// Older notices give way beyond this many, so the area never covers the page.
const MOST_SHOWN: usize = 3;

#[derive(Clone)]
struct Notice {
    id: u64,
    message: String,
    /// A plain closure, not a `Callback`: the page that offered it (say, a deleted
    /// customer's) is gone by the time the user clicks.
    action: Option<(String, Rc<dyn Fn()>)>,
    stays: Stays,
}

#[derive(Clone, Copy, PartialEq)]
enum Stays {
    ThisPage,
    /// Raised just before a navigation: it survives that one.
    NextPage,
    /// An Undo that means the same on any page (a held delete): it stays its time out.
    UntilExpired,
}

/// The notices on screen, newest last. Several can stand at once: two deletes in a row
/// each keep their own Undo for their own ten seconds.
#[derive(Clone, Copy)]
pub struct Notices {
    shown: RwSignal<Vec<Notice>, LocalStorage>,
    next_id: StoredValue<u64, LocalStorage>,
}

impl Notices {
    pub fn provide() {
        provide_context(Self { shown: RwSignal::new_local(Vec::new()), next_id: StoredValue::new_local(0) });
    }

    /// Shows `message` on this page.
    pub fn show(&self, message: impl Into<String>) {
        self.push(message.into(), None, Stays::ThisPage);
    }

    /// Shows `message` on the page the caller navigates to next.
    pub fn show_next(&self, message: impl Into<String>) {
        self.push(message.into(), None, Stays::NextPage);
    }

    /// Shows `message` with a button labelled `label` that runs `action`; both go after a
    /// few seconds. Both texts come already in the user's language.
    pub fn show_with_action(&self, message: impl Into<String>, label: impl Into<String>, action: impl Fn() + 'static) {
        self.with_action(message.into(), label.into(), Rc::new(action), Stays::ThisPage);
    }

    /// The same, staying through page changes until its time is out: for an `action` that
    /// needs no page of its own.
    pub fn show_lasting_with_action(&self, message: impl Into<String>, label: impl Into<String>, action: impl Fn() + 'static) {
        self.with_action(message.into(), label.into(), Rc::new(action), Stays::UntilExpired);
    }

    fn with_action(&self, message: String, label: String, action: Rc<dyn Fn()>, stays: Stays) {
        let id = self.push(message, Some((label, action)), stays);
        let notices = *self;
        set_timeout(move || notices.dismiss(id), Duration::from_secs(ACTION_SECONDS));
    }

    fn push(&self, message: String, action: Option<(String, Rc<dyn Fn()>)>, stays: Stays) -> u64 {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.shown.update(|shown| {
            // The same words again replace the older copy rather than stand twice.
            shown.retain(|n| n.message != message);
            shown.push(Notice { id, message, action, stays });
            let extra = shown.len().saturating_sub(MOST_SHOWN);
            shown.drain(..extra);
        });
        id
    }

    fn dismiss(&self, id: u64) {
        if self.shown.with_untracked(|shown| shown.iter().any(|n| n.id == id)) {
            self.shown.update(|shown| shown.retain(|n| n.id != id));
        }
    }

    /// The user went to another page: notices for this page go, those for the next arrive.
    fn page_changed(&self) {
        if self.shown.with_untracked(Vec::is_empty) {
            return;
        }
        self.shown.update(|shown| {
            shown.retain(|n| n.stays != Stays::ThisPage);
            for n in shown.iter_mut().filter(|n| n.stays == Stays::NextPage) {
                n.stays = Stays::ThisPage;
            }
        });
    }
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = use_notices();
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
        // One live region for all of them: a region that exists before its text arrives
        // is the one screen readers announce reliably.
        <div class="notice-area" role="status" aria-live="polite">
            {move || notices.shown.get().into_iter().map(|notice| notice_view(notice, notices)).collect_view()}
        </div>
    }
}

fn notice_view(notice: Notice, notices: Notices) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let id = notice.id;
    let name = notice.message.clone();
    view! {
        // A group named by its words, so each notice's buttons are told apart.
        <p class="notice notice--success" role="group" aria-label=name>
            <span>{notice.message}</span>
            {notice.action.map(|(label, action)| view! {
                <button type="button" class="button" on:click=move |_| {
                    notices.dismiss(id);
                    action();
                }>{label}</button>
            })}
            <button type="button" class="button" aria-label=i18n.text("notice-dismiss")
                on:click=move |_| notices.dismiss(id)>"×"</button>
        </p>
    }
}
