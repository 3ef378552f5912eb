//! The form's draft: while it has unsaved changes its state is kept in the tab's
//! sessionStorage (never localStorage, never sent anywhere, in an iframe only when the
//! portal allows it), at most half a second behind the typing, so a reload or a crashed
//! tab loses nothing. Opening the form again offers the draft back.

use crate::auth::use_auth;
use crate::storage::{self, Area};
use customer_desk_domain::config::AppConfig;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::form::CustomerForm;
use customer_desk_domain::form::drafts::{self, Draft, Restored};
use leptos::prelude::*;
use std::time::Duration;

/// How far a stored draft may lag behind the typing.
const WRITE_DELAY_MS: u64 = 500;

/// Where this form's draft lives; `None` when drafts are not kept here.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftSlot(Option<String>);

impl DraftSlot {
    pub fn for_form(customer_id: Option<&str>) -> Self {
        let config = expect_context::<AppConfig>();
        let user = use_auth().session().map(|session| session.user.user_name);
        Self(config.keeps_drafts().then_some(user).flatten().map(|user| drafts::key(&user, customer_id)))
    }

    pub fn stored(&self) -> Option<Draft> {
        storage::read_json(Area::Session, self.0.as_deref()?)
    }

    fn write(&self, draft: &Draft) {
        if let Some(key) = &self.0 {
            storage::write_json(Area::Session, key, draft);
        }
    }

    pub fn clear(&self) {
        if let Some(key) = &self.0 {
            storage::remove(Area::Session, key);
        }
    }
}

/// Keeps `slot` in step with the form: written shortly after each change while `dirty`,
/// removed once it is not. Nothing is touched until `ready` (an offered draft is still
/// waiting for the user's answer).
pub fn keep(
    slot: DraftSlot,
    form: RwSignal<CustomerForm>,
    pristine: RwSignal<CustomerForm>,
    read: RwSignal<Customer>,
    is_new: bool,
    dirty: Signal<bool>,
    ready: Signal<bool>,
) {
    let slot = StoredValue::new(slot);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let write_now = move || {
        pending.set_value(None);
        if !dirty.get_untracked() {
            return;
        }
        let base = read.get_untracked();
        let draft =
            form.with_untracked(|typed| pristine.with_untracked(|started| Draft::new(js_sys::Date::now(), &base, is_new, started, typed)));
        slot.with_value(|slot| slot.write(&draft));
    };
    Effect::new(move |_| {
        form.track();
        if !ready.get() {
            return;
        }
        if !dirty.get() {
            if let Some(handle) = pending.get_value() {
                handle.clear();
                pending.set_value(None);
            }
            slot.with_value(DraftSlot::clear);
        } else if pending.get_value().is_none() {
            pending.set_value(set_timeout_with_handle(write_now, Duration::from_millis(WRITE_DELAY_MS)).ok());
        }
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = pending.try_get_value() {
            handle.clear();
        }
    });
}

/// "Restore your unsaved changes from 10:42?", with what someone else changed meanwhile.
#[component]
pub fn DraftOffer(
    draft: Draft,
    now: Customer,
    zone: customer_desk_domain::calendar::Zone,
    on_restore: Callback<CustomerForm>,
    on_discard: Callback<()>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let Restored { form, changed_since, both_changed } = draft.restore(&now, zone);
    let saved_at = draft.saved_at;
    let changed = move || match (changed_since, both_changed.is_empty()) {
        (false, _) => None,
        (true, true) => Some(i18n.tr("form-draft-changed")),
        (true, false) => {
            let fields = both_changed.iter().map(|field| i18n.render(field)).collect::<Vec<_>>().join(", ");
            Some(i18n.tr_with("form-draft-changed-both", &[("fields", fields.into())]))
        }
    };
    view! {
        <div class="notice notice--info notice--stacked" role="status">
            <p>{move || i18n.tr_with("form-draft-offer", &[("time", crate::format::clock_time(i18n.locale(), saved_at).into())])}</p>
            {move || changed().map(|text| view! { <p>{text}</p> })}
            <div class="notice__actions">
                <button type="button" class="button button--primary" on:click=move |_| on_restore.run(form.clone())>{i18n.text("form-draft-restore")}</button>
                <button type="button" class="button" on:click=move |_| on_discard.run(())>{i18n.text("form-draft-discard")}</button>
            </div>
        </div>
    }
}
