//! Someone else saves the customer being edited: the form says so at once, before Save,
//! names the fields they changed and offers "Take theirs" or "Keep mine" for each. What
//! the user typed stays until they choose; once every field is chosen the form starts
//! from their version, so Save sends their `_v`, and only then. Saving before choosing
//! sends the `_v` the form started from, so the server reports the version conflict and
//! the form's conflict choices take over. A deletion meanwhile is said too (saving then
//! creates the customer again).

use crate::components::live_notice::who_and_when;
use crate::customers::Customers;
use crate::live::{LiveEvent, use_live};
use customer_desk_domain::calendar::Zone;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::form::CustomerForm;
use customer_desk_domain::form::merge::{Choice, Part, PartValue, TheirChange};
use customer_desk_domain::live::{Action, CustomerChange};
use leptos::prelude::*;

/// What was heard about the customer being edited.
#[derive(Clone)]
pub enum Heard {
    /// Saved by someone else: their version, and the user's choices so far.
    Saved {
        change: CustomerChange,
        merge: TheirChange,
        theirs: Customer,
    },
    Deleted(CustomerChange),
}

/// The edit form's signals this works on, and what it shows.
#[derive(Clone, Copy)]
pub struct TheirChanges {
    pub heard: RwSignal<Option<Heard>>,
    /// Said once their version is the form's base (a message key).
    pub settled_note: RwSignal<Option<&'static str>>,
    read: RwSignal<Customer>,
    form: RwSignal<CustomerForm>,
    pristine: RwSignal<CustomerForm>,
    zone: Zone,
}

impl TheirChanges {
    /// Listens for changes of the customer `read` holds (an existing one).
    pub fn watch(read: RwSignal<Customer>, form: RwSignal<CustomerForm>, pristine: RwSignal<CustomerForm>, zone: Zone) -> Self {
        let this = Self { heard: RwSignal::new(None), settled_note: RwSignal::new(None), read, form, pristine, zone };
        let customers = Customers::use_context();
        use_live().on_event(move |event| {
            let (id, version) = read.with_untracked(|read| (read.id.clone(), read.version));
            let change = match event {
                LiveEvent::Changed(change) if change.id == id => change.clone(),
                // Back after a gap: whatever was missed shows as a change by someone.
                LiveEvent::Reconnected => CustomerChange { id, version: None, action: Action::Updated, by: None, at: None, sender: None },
                LiveEvent::Changed(_) | LiveEvent::Connected => return,
            };
            if change.action == Action::Deleted {
                this.heard.set(Some(Heard::Deleted(change)));
                return;
            }
            if change.version.is_some_and(|theirs| theirs <= version) {
                return;
            }
            leptos::task::spawn_local(async move {
                // Not readable now: the version check at Save still guards the write.
                if let Ok(theirs) = customers.get(&change.id).await {
                    this.heard_saved(change, theirs);
                }
            });
        });
        this
    }

    fn heard_saved(self, change: CustomerChange, theirs: Customer) {
        let Some(read) = self.read.try_get_untracked() else { return };
        if theirs.version == read.version {
            return;
        }
        let offset = self.zone;
        let mut merge = TheirChange::new(&CustomerForm::from_customer(&read, offset), CustomerForm::from_customer(&theirs, offset));
        self.form.with_untracked(|form| merge.settle_equal(form));
        // Where the user already typed what they saved, there is nothing to choose.
        if merge.decided() && !merge.parts.is_empty() {
            self.start_from(theirs, "live-form-rebased");
        } else {
            self.settled_note.set(None);
            self.heard.set(Some(Heard::Saved { change, merge, theirs }));
        }
    }

    pub fn choose(&self, part: Part, choice: Choice) {
        let mut done = None;
        self.heard.update(|heard| {
            if let Some(Heard::Saved { merge, theirs, .. }) = heard {
                self.form.update(|form| merge.choose(part, choice, form));
                if merge.decided() {
                    done = Some(theirs.clone());
                }
            }
        });
        match done {
            Some(theirs) => self.start_from(theirs, "live-form-rebased"),
            // On to the next field waiting for a choice (the buttons just used are gone).
            None => self.focus_undecided(),
        }
    }

    fn focus_undecided(&self) {
        let undecided = self.heard.with_untracked(|heard| match heard {
            Some(Heard::Saved { merge, .. }) => merge.undecided(),
            _ => None,
        });
        if let Some(part) = undecided {
            request_animation_frame(move || {
                crate::components::page_focus::focus_by_id(&take_theirs_id(part));
            });
        }
    }

    /// They changed only what the form does not show: "Take theirs" starts from their
    /// version, keeping everything typed.
    pub fn take_their_version(&self) {
        let theirs = self.heard.with_untracked(|heard| match heard {
            Some(Heard::Saved { theirs, .. }) => Some(theirs.clone()),
            _ => None,
        });
        if let Some(theirs) = theirs {
            self.start_from(theirs, "live-form-rebased");
        }
    }

    /// Their version becomes the form's base: what the form holds now is the user's.
    fn start_from(&self, theirs: Customer, note: &'static str) {
        self.pristine.set(CustomerForm::from_customer(&theirs, self.zone));
        self.read.set(theirs);
        self.heard.set(None);
        self.settled_note.set(Some(note));
    }

    /// The version conflict reported at Save takes over (its choices cover these).
    pub fn dismiss(&self) {
        self.heard.set(None);
        self.settled_note.set(None);
    }
}

fn take_theirs_id(part: Part) -> String {
    format!("take-theirs-{}", part.key())
}

#[component]
pub fn TheirChangeNotice(changes: TheirChanges) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        {move || changes.heard.get().map(|heard| match heard {
            Heard::Deleted(change) => view! {
                <p class="notice notice--warning" role="alert">
                    {move || who_and_when(i18n, &change, "live-form-deleted", "live-form-deleted-someone")}
                </p>
            }.into_any(),
            Heard::Saved { change, merge, .. } => view! {
                <div class="notice notice--warning notice--stacked their-change" role="alert">
                    <p>{move || who_and_when(i18n, &change, "live-form-changed", "live-form-changed-someone")}</p>
                    {if merge.parts.is_empty() {
                        view! {
                            <p>{i18n.text("live-form-hidden")}</p>
                            <div class="notice__actions">
                                <button type="button" class="button" on:click=move |_| changes.take_their_version()>
                                    {i18n.text("live-take-theirs")}
                                </button>
                            </div>
                        }.into_any()
                    } else {
                        view! {
                            <div class="their-change__parts">
                                {merge.parts.iter().map(|(part, choice)| view! {
                                    <PartChoice part=*part choice=*choice theirs=part.value(&merge.theirs) changes />
                                }).collect_view()}
                            </div>
                        }.into_any()
                    }}
                </div>
            }.into_any(),
        })}
        {move || changes.settled_note.get().map(|key| view! { <p class="notice notice--info" role="status">{move || i18n.tr(key)}</p> })}
    }
}

/// One field they changed: its name, theirs and the user's value, and the two buttons
/// (or what was chosen).
#[component]
fn PartChoice(part: Part, choice: Option<Choice>, theirs: PartValue, changes: TheirChanges) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let label_id = format!("their-change-{}", part.key());
    let group_label = label_id.clone();
    let show = move |value: &PartValue| match value {
        PartValue::Text(text) if text.trim().is_empty() => i18n.tr("live-empty"),
        PartValue::Text(text) => text.clone(),
        PartValue::YesNo(yes) => i18n.tr(if *yes { "customer-yes" } else { "customer-no" }),
        PartValue::Cards(count) => i18n.tr_with("live-cards", &[("count", (*count as u32).into())]),
    };
    let mine = move || changes.form.with(|form| show(&part.value(form)));
    view! {
        <div class="their-change__part" role="group" aria-labelledby=group_label>
            <span class="their-change__label" id=label_id>{move || i18n.render(&part.label())}</span>
            <span>{move || i18n.tr_with("live-theirs", &[("value", show(&theirs).into())])}</span>
            <span>{move || i18n.tr_with("live-yours", &[("value", mine().into())])}</span>
            {match choice {
                None => view! {
                    <span class="notice__actions">
                        <button type="button" class="button" id=take_theirs_id(part)
                            on:click=move |_| changes.choose(part, Choice::Theirs)>{i18n.text("live-take-theirs")}</button>
                        <button type="button" class="button"
                            on:click=move |_| changes.choose(part, Choice::Mine)>{i18n.text("live-keep-mine")}</button>
                    </span>
                }.into_any(),
                Some(Choice::Theirs) => view! { <span class="their-change__chosen">{i18n.text("live-kept-theirs")}</span> }.into_any(),
                Some(Choice::Mine) => view! { <span class="their-change__chosen">{i18n.text("live-kept-mine")}</span> }.into_any(),
            }}
        </div>
    }
}
