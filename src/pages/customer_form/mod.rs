//! `/customers/new` and `/customers/:id/edit`: one form. It validates before sending,
//! sends the customer back as read with the user's changes and the `_v` it read, maps
//! server errors onto fields, and on a version conflict keeps the typing and lets the user
//! reload theirs or overwrite. Unsaved typing is kept as a draft (`draft.rs`); Ctrl+Enter
//! saves and Escape cancels.

mod card_editor;
mod draft;
mod duplicates;
mod form_fields;
mod offline;
mod reauth_dialog;
mod sections;
mod their_change;
mod unsaved_guard;

use crate::api::ApiError;
use crate::auth::use_auth;
use crate::components::notices::use_notices;
use crate::components::page_focus::focus_by_id;
use crate::components::shortcuts::{dialog_open, key_press};
use crate::components::unreadable_notice::UnreadableNotice;
use crate::customers::Customers;
use crate::pages::customer_loading::{CustomerLoadError, customer_from_route};
use crate::routes::customer_href;
use card_editor::card_error_target;
use customer_desk_domain::customer::Customer;
use customer_desk_domain::form::{CardForm, CustomerForm, Field, changed_fields};
use customer_desk_domain::i18n::Text;
use customer_desk_domain::problem::ValidationError;
use customer_desk_domain::session::Right;
use customer_desk_domain::shortcuts::{Place, Shortcut};
use draft::{DraftOffer, DraftSlot};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use reauth_dialog::ReauthDialog;
use sections::FormSections;
use unsaved_guard::{confirm_leave, guard_unsaved_changes};

#[component]
pub fn CustomerCreatePage() -> impl IntoView {
    // `?card=` (an unknown card was scanned): the new customer starts with it.
    let card = leptos_router::hooks::use_query_map().with_untracked(|query| query.get("card")).filter(|serial| !serial.trim().is_empty());
    let base = Customer { cards: card.map(new_card).into_iter().collect(), ..Customer::default() };
    view! { <CustomerEditor base is_new=true /> }
}

/// A card the shop is about to hand out: active, physical, with the scanned serial.
fn new_card(serial_number: String) -> customer_desk_domain::customer::Card {
    customer_desk_domain::customer::Card { serial_number, is_active: true, ..Default::default() }
}

#[component]
pub fn CustomerEditPage() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let (customer, _) = customer_from_route();
    view! {
        <Transition fallback=move || view! { <p class="boot-status" role="status">{i18n.text("customer-loading")}</p> }>
            {move || customer.get().map(|loaded| match loaded {
                Ok(customer) => view! { <CustomerEditor base=customer is_new=false /> }.into_any(),
                Err(error) => view! { <CustomerLoadError error heading=Signal::derive(move || i18n.tr("form-edit-heading")) customer /> }.into_any(),
            })}
        </Transition>
    }
}

/// What the server holds now, after a version conflict.
#[derive(Clone)]
struct Conflict {
    theirs: Customer,
    changed: Vec<Text>,
}

#[component]
fn CustomerEditor(base: Customer, is_new: bool) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let auth = use_auth();
    let notices = use_notices();
    let navigate = use_navigate();
    let navigate_away = navigate.clone();
    let offset = crate::format::browser_zone();

    let read = RwSignal::new(base.clone());
    let initial = if is_new {
        // A new customer may start with cards (a scanned card nobody holds yet).
        let mut blank = CustomerForm::blank();
        blank.cards = base.cards.iter().map(|card| CardForm { serial_number: card.serial_number.clone(), ..CardForm::new() }).collect();
        blank
    } else {
        CustomerForm::from_customer(&base, offset)
    };
    // What the form would hold with no edits; typing the old values back clears "dirty".
    let pristine = RwSignal::new(initial.clone());
    let form = RwSignal::new(initial);
    let saved = RwSignal::new(false);
    let dirty = Signal::derive(move || !saved.get() && form.with(|f| pristine.with(|p| f != p)));
    let guard = guard_unsaved_changes(dirty);
    let reauth_open = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<ValidationError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let conflict = RwSignal::new(None::<Conflict>);
    // Other people's saves, heard while editing (PORTOS's hub).
    let their_changes = (!is_new).then(|| their_change::TheirChanges::watch(read, form, pristine, offset));

    // A draft left by a reload or a crash is offered first; until the user answers, the
    // stored draft is left alone.
    let slot = DraftSlot::for_form((!is_new).then_some(base.id.as_str()));
    let offered = RwSignal::new(slot.stored());
    draft::keep(slot.clone(), form, pristine, read, is_new, dirty, Signal::derive(move || offered.with(Option::is_none)));
    let restore = Callback::new(move |restored: CustomerForm| {
        form.set(restored);
        offered.set(None);
    });
    let discard = Callback::new({
        let slot = slot.clone();
        move |()| {
            slot.clear();
            offered.set(None);
        }
    });

    let may_save = move || auth.can(if is_new { Right::CustomerCreate } else { Right::CustomerUpdate });
    let may_set_discount = Signal::derive(move || auth.can(Right::CustomerSetDiscount));
    let may_set_credit = Signal::derive(move || auth.can(Right::CustomerSetCredit));

    let customers = Customers::use_context();
    let save = Action::new_local(move |customer: &Customer| {
        let customer = customer.clone();
        async move { if is_new { customers.create(&customer).await } else { customers.update(&customer).await } }
    });
    // An edit saved offline that the server refused when it was sent comes back here: the
    // user's changes over the record they were made on, saved again, so the server's answer
    // shows as for any save (the conflict view, when someone changed the customer meanwhile).
    if let Some((waiting, _)) = (!is_new).then(|| customers.take_returned(&base.id)).flatten() {
        pristine.set(CustomerForm::from_customer(&waiting.base, offset));
        form.set(CustomerForm::from_customer(&waiting.customer, offset));
        read.set(waiting.base);
        save.dispatch(waiting.customer);
    }
    // Saving offline: what may wait is held; the rest says why it was not saved.
    let offline_refusal = RwSignal::new(None::<String>);
    let offline_slot = StoredValue::new(slot.clone());
    let leave_for = StoredValue::new_local({
        let navigate = navigate.clone();
        move |id: &str| navigate(&customer_href(id), guard.leave_options())
    });
    let offline_candidate = StoredValue::new(None::<Customer>);
    let hold_offline = move |customer: Customer| {
        let edit = form.with_untracked(|after| pristine.with_untracked(|before| (before.clone(), after.clone())));
        let (id, name) = (customer.id.clone(), customer.display_name());
        match offline::save_offline(i18n, customers, is_new, (&edit.0, &edit.1), customer, read.get_untracked()) {
            offline::OfflineSave::Held => {
                saved.set(true);
                offline_slot.with_value(DraftSlot::clear);
                notices.show_next(untrack(|| i18n.tr_with("form-saved-offline", &[("name", name.into())])));
                leave_for.with_value(|leave| leave(&id));
            }
            offline::OfflineSave::Refused(why) => offline_refusal.set(Some(why)),
        }
    };

    // Before a create, existing customers with the same strong keys are shown first;
    // "Create anyway" lets this form's next save past them.
    let duplicates = RwSignal::new(None::<Vec<duplicates::Duplicate>>);
    let past_duplicates = RwSignal::new(false);
    let check = Action::new_local(move |customer: &Customer| {
        let customer = customer.clone();
        async move { (customers.possible_duplicates(&customer).await, customer) }
    });
    Effect::new(move |_| {
        let Some((found, customer)) = check.value().get() else { return };
        match found {
            Ok(found) if !found.is_empty() => duplicates.set(Some(found)),
            // None, or the check could not be made: the save goes ahead (and fails as
            // clearly on its own if the server is out of reach).
            _ => {
                save.dispatch(customer);
            }
        }
    });

    let submit = move || {
        if save.pending().get_untracked() || check.pending().get_untracked() {
            return;
        }
        failure.set(None);
        offline_refusal.set(None);
        match form.with_untracked(|f| f.to_customer(&read.get_untracked(), offset)) {
            Ok(customer) => {
                errors.set(Vec::new());
                duplicates.set(None);
                // Offline, the server is still tried first (the network may be back); only
                // if it cannot be reached is the edit held (see the save's outcome).
                offline_candidate.set_value(crate::api::connectivity::is_offline().then(|| customer.clone()));
                if is_new && !past_duplicates.get_untracked() {
                    check.dispatch(customer);
                } else {
                    save.dispatch(customer);
                }
            }
            Err(found) => show_errors(errors, found),
        }
    };
    let create_anyway = Callback::new(move |()| {
        past_duplicates.set(true);
        submit();
    });
    let navigate_to_existing = navigate.clone();
    let existing_slot = slot.clone();
    let use_existing = Callback::new(move |id: String| {
        // The clerk chose the customer who exists: what was typed here is not wanted.
        saved.set(true);
        existing_slot.clear();
        navigate_to_existing(&customer_href(&id), guard.leave_options());
    });

    Effect::new(move |_| {
        let Some(result) = save.value().get() else { return };
        match result {
            Ok(stored) => {
                saved.set(true);
                slot.clear();
                crate::embed::notify(crate::embed::SAVED, Some(&stored.id));
                notices.show_next(untrack(|| i18n.tr_with("form-saved", &[("name", stored.display_name().into())])));
                navigate(&customer_href(&stored.id), guard.leave_options());
            }
            // No refresh could renew the session: sign in over the form, then save again.
            Err(ApiError::Unauthenticated { .. }) => reauth_open.set(true),
            Err(ApiError::Validation { errors: found, .. }) if !found.is_empty() => show_errors(errors, found),
            Err(ApiError::VersionConflict { .. }) => {
                if let Some(changes) = their_changes {
                    changes.dismiss();
                }
                let id = read.get_untracked().id;
                spawn_local(async move {
                    match customers.get(&id).await {
                        Ok(theirs) => {
                            let as_read = CustomerForm::from_customer(&read.get_untracked(), offset);
                            let changed = changed_fields(&as_read, &CustomerForm::from_customer(&theirs, offset));
                            conflict.set(Some(Conflict { theirs, changed }));
                        }
                        Err(err) => failure.set(Some(err)),
                    }
                });
            }
            // Offline before the save, and still: what may wait is held, the rest says why.
            Err(ApiError::Unreachable) if offline_candidate.with_value(Option::is_some) => {
                if let Some(customer) = offline_candidate.try_update_value(Option::take).flatten() {
                    hold_offline(customer);
                }
            }
            Err(err) => failure.set(Some(err)),
        }
    });

    let reload_theirs = move |_| {
        if let Some(Conflict { theirs, .. }) = conflict.get_untracked() {
            let theirs_form = CustomerForm::from_customer(&theirs, offset);
            pristine.set(theirs_form.clone());
            form.set(theirs_form);
            read.set(theirs);
            conflict.set(None);
            errors.set(Vec::new());
        }
    };
    // The user's changes go over what the server holds now; what the other person changed
    // in fields the user did not touch stays theirs.
    let overwrite = move |_| {
        let Some(Conflict { theirs, .. }) = conflict.get_untracked() else { return };
        match form.with_untracked(|f| f.apply_changes(&read.get_untracked(), &theirs, offset)) {
            Ok(customer) => {
                conflict.set(None);
                failure.set(None);
                errors.set(Vec::new());
                read.set(theirs.clone());
                pristine.set(CustomerForm::from_customer(&theirs, offset));
                form.set(CustomerForm::from_customer(&customer, offset));
                save.dispatch(customer);
            }
            Err(found) => show_errors(errors, found),
        }
    };
    let cancel_href = if is_new { "/customers".to_owned() } else { customer_href(&base.id) };
    let cancel = Callback::new(move |()| {
        if confirm_leave(i18n, dirty.get_untracked()) {
            saved.set(true);
            navigate_away(&cancel_href, guard.leave_options());
        }
    });
    // The form's own keys work in its fields too: Ctrl+Enter (Cmd+Enter) saves, Escape
    // cancels (asking first when there are changes).
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || dialog_open() {
            return;
        }
        let key = ev.key();
        match key_press(&ev, &key, false).shortcut(Place::Form) {
            Some(Shortcut::Save) => {
                ev.prevent_default();
                submit();
            }
            Some(Shortcut::Cancel) => {
                ev.prevent_default();
                cancel.run(());
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    let name = base.display_name();
    let title = move || if is_new { i18n.tr("form-new-title") } else { i18n.tr_with("form-edit-title", &[("name", name.clone().into())]) };

    let unreadable = base.clone();
    view! {
        <section class="editor">
            <crate::components::breadcrumb::Breadcrumb />
            <h1>{title}</h1>
            <UnreadableNotice customer=unreadable />
            {their_changes.map(|changes| view! { <their_change::TheirChangeNotice changes /> })}
            {move || offered.get().map(|draft| view! {
                <DraftOffer draft now=read.get_untracked() zone=offset on_restore=restore on_discard=discard />
            })}
            {move || (!may_save()).then(|| view! {
                <p class="notice notice--warning">
                    {move || if is_new { i18n.tr("form-no-create-right") } else { i18n.tr("form-no-update-right") }}
                </p>
            })}
            {move || conflict.get().map(|Conflict { changed, .. }| view! {
                <div class="notice notice--error notice--stacked" role="alert">
                    <p>{i18n.text("form-conflict")}</p>
                    <p>{move || if changed.is_empty() { i18n.tr("form-conflict-hidden-fields") } else {
                        let fields = changed.iter().map(|label| i18n.render(label)).collect::<Vec<_>>().join(", ");
                        i18n.tr_with("form-conflict-changed", &[("fields", fields.into())])
                    }}</p>
                    <div class="notice__actions">
                        <button type="button" class="button" on:click=reload_theirs>{i18n.text("form-reload-theirs")}</button>
                        <button type="button" class="button button--primary" on:click=overwrite>{i18n.text("form-overwrite")}</button>
                    </div>
                </div>
            })}

            <ReauthDialog open=reauth_open on_signed_in=Callback::new(move |()| submit()) />
            <form class="form form--grid" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <FormSections form errors may_set_discount may_set_credit />
                // Stays at the bottom of the window: Save, Cancel and what became of the last
                // save, where the eyes are when Save was pressed, on a form 1,900 px tall.
                <div class="form__actions form__actions--sticky form__wide">
                    <div class="form__outcome">
                        <duplicates::PossibleDuplicates found=duplicates on_create_anyway=create_anyway on_use=use_existing />
                        {move || failure.get().map(|err| view! { <p class="notice notice--error" role="alert">{move || i18n.render(&err.text())}</p> })}
                        {move || offline_refusal.get().map(|why| view! { <p class="notice notice--error" role="alert">{why}</p> })}
                        {move || (!errors.with(Vec::is_empty)).then(|| view! {
                            <div class="notice notice--error" role="alert">
                                <p>{i18n.text("form-correct-fields")}</p>
                                // What no field of the form shows (the server's rules on
                                // parts the form does not edit) is named here.
                                <ul>
                                    {move || errors.get().into_iter().filter(|e| !has_place(&e.member_name)).map(|error| {
                                        let text = format!("{}: {}", error.member_name, form_fields::error_message(i18n, &error));
                                        view! { <li>{text}</li> }
                                    }).collect_view()}
                                </ul>
                            </div>
                        })}
                    </div>
                    <button type="button" class="button" on:click=move |_| cancel.run(())>{i18n.text("form-cancel")}</button>
                    <button type="submit" class="button button--primary" disabled=move || save.pending().get() || !may_save()>
                        {move || if save.pending().get() { i18n.tr("form-saving") } else { i18n.tr("form-save") }}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// Whether the form shows an error for `member` next to one of its fields or cards.
fn has_place(member: &str) -> bool {
    Field::for_member(member).is_some() || member.starts_with("cards")
}

/// Shows the errors and moves focus to the first field (or card) that has one, so keyboard
/// and screen-reader users land where the fix is needed.
fn show_errors(errors: RwSignal<Vec<ValidationError>>, found: Vec<ValidationError>) {
    let first_field = Field::ALL.into_iter().find(|field| form_fields::field_error(&found, *field).is_some());
    let first_card = found.iter().find_map(|e| card_error_target(&e.member_name));
    let target = first_field.map(|field| field.id().to_owned()).or(first_card);
    errors.set(found);
    if let Some(id) = target {
        request_animation_frame(move || {
            focus_by_id(&id);
        });
    }
}
