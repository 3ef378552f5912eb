//! "Saved views": the list's search, filters, sort and page size saved under a name, and
//! applied, renamed and deleted from a menu. Kept in localStorage per user name (a
//! preference, not a secret), so the views survive sign-out and reload.

use crate::auth::use_auth;
use crate::i18n::use_i18n;
use crate::routes::{list_href_for, list_query_string};
use crate::storage::{self, Area};
use customer_desk_domain::config::AppConfig;
use customer_desk_domain::list::query::ListQuery;
use customer_desk_domain::list::saved_views::{SavedViews, ViewNameError, storage_key};
use leptos::prelude::*;

#[component]
pub fn SavedViewsMenu(#[prop(into)] query: Signal<ListQuery>) -> impl IntoView {
    let auth = use_auth();
    let i18n = use_i18n();
    let default_size = expect_context::<AppConfig>().page_size;
    let key = auth.session().map(|s| storage_key(&s.user.user_name));
    let views = RwSignal::new(key.as_deref().map(load).unwrap_or_default());
    let key = StoredValue::new(key);
    let open = RwSignal::new(false);
    let saving = RwSignal::new(false);
    let renaming = RwSignal::new(None::<String>);

    // Every change is written at once; full or disabled storage keeps it for this page only.
    let change = move |edit: &dyn Fn(&mut SavedViews) -> Result<(), ViewNameError>| -> Result<(), ViewNameError> {
        let mut next = views.get_untracked();
        edit(&mut next)?;
        if let Some(key) = key.get_value() {
            storage::write(Area::Local, &key, &next.to_json());
        }
        views.set(next);
        Ok(())
    };
    let save = Callback::new(move |name: String| {
        // The view starts on page 1 whenever it is applied.
        let query = list_query_string(&query.get_untracked().with_page(1), default_size);
        let result = change(&|views| views.add(&name, &query));
        if result.is_ok() {
            saving.set(false);
        }
        result.err()
    });
    let rename = Callback::new(move |(old, new): (String, String)| {
        let result = change(&|views| views.rename(&old, &new));
        if result.is_ok() {
            renaming.set(None);
        }
        result.err()
    });
    let delete = move |name: String| {
        let _ = change(&|views| {
            views.remove(&name);
            Ok(())
        });
    };

    let item = move |name: String, query: String| {
        let href = list_href_for(&query);
        let is_renaming = {
            let name = name.clone();
            move || renaming.with(|r| r.as_deref() == Some(name.as_str()))
        };
        let (rename_name, delete_name, form_name) = (name.clone(), name.clone(), name.clone());
        let rename_label = {
            let name = name.clone();
            move || i18n.tr_with("list-views-rename-named", &[("name", name.clone().into())])
        };
        let delete_label = {
            let name = name.clone();
            move || i18n.tr_with("list-views-delete-named", &[("name", name.clone().into())])
        };
        view! {
            <li class="saved-views__item">
                <Show when=is_renaming fallback=move || {
                    let (rename_name, delete_name) = (rename_name.clone(), delete_name.clone());
                    let (rename_label, delete_label) = (rename_label.clone(), delete_label.clone());
                    view! {
                        <a href=href.clone() class="saved-views__link" on:click=move |_| open.set(false)>{name.clone()}</a>
                        <button type="button" class="button button--quiet"
                            aria-label=rename_label
                            on:click=move |_| renaming.set(Some(rename_name.clone()))>{i18n.text("list-views-rename")}</button>
                        <button type="button" class="button button--quiet"
                            aria-label=delete_label
                            on:click=move |_| delete(delete_name.clone())>{i18n.text("list-views-delete")}</button>
                    }
                }>
                    <NameForm id="rename-view" label=i18n.text("list-views-new-name") submit=i18n.text("list-views-save-name")
                        initial=form_name.clone()
                        on_submit=Callback::new({
                            let old = form_name.clone();
                            move |new: String| rename.run((old.clone(), new))
                        })
                        on_cancel=Callback::new(move |()| renaming.set(None)) cancel=i18n.text("list-views-cancel-renaming") />
                </Show>
            </li>
        }
    };

    view! {
        <div class="saved-views">
            <button type="button" class="button" aria-controls="saved-views-panel"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|open| *open = !*open)>{i18n.text("list-views")}</button>
            <Show when=move || open.get()>
                <div id="saved-views-panel" class="saved-views__panel">
                    <Show when=move || views.with(|v| v.views().is_empty())>
                        <p class="muted">{i18n.text("list-views-empty")}</p>
                    </Show>
                    <ul class="saved-views__list" aria-label=i18n.text("list-views")>
                        {move || views.with(|v| {
                            v.views().iter().map(|view| item(view.name.clone(), view.query.clone())).collect_view()
                        })}
                    </ul>
                    <Show when=move || saving.get() fallback=move || view! {
                        <button type="button" class="button" on:click=move |_| saving.set(true)>{i18n.text("list-views-save-current")}</button>
                    }>
                        <NameForm id="new-view" label=i18n.text("list-views-name") submit=i18n.text("list-views-save")
                            initial=String::new() on_submit=save on_cancel=Callback::new(move |()| saving.set(false))
                            cancel=i18n.text("list-views-cancel-saving") />
                    </Show>
                </div>
            </Show>
        </div>
    }
}

/// A name field with its error tied to it, a submit button and a cancel button; the
/// field takes focus when the form appears.
#[component]
fn NameForm(
    id: &'static str,
    /// Texts in the user's language, as `I18n::text` gives them.
    #[prop(into)]
    label: Signal<String>,
    #[prop(into)] submit: Signal<String>,
    #[prop(into)] cancel: Signal<String>,
    initial: String,
    /// Returns the reason a name is refused, if it is.
    on_submit: Callback<String, Option<ViewNameError>>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(initial);
    let error = RwSignal::new(None::<ViewNameError>);
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            let _ = input.focus();
        }
    });
    let error_id = format!("{id}-error");
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(on_submit.run(name.get_untracked()));
    };
    view! {
        <form class="saved-views__form" on:submit=on_submit>
            <div class="field" class:field--invalid=move || error.get().is_some()>
                <label for=id>{label}</label>
                <input id=id type="text" node_ref=input autocomplete="off" prop:value=name
                    on:input=move |ev| name.set(event_target_value(&ev))
                    aria-invalid=move || error.get().map(|_| "true")
                    aria-describedby={
                        let error_id = error_id.clone();
                        move || error.get().map(|_| error_id.clone())
                    } />
                {move || error.get().map(|e| view! { <p class="field__error" id=error_id.clone()>{i18n.render(&e.message())}</p> })}
            </div>
            <div class="saved-views__actions">
                <button type="submit" class="button button--primary">{submit}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{cancel}</button>
            </div>
        </form>
    }
}

fn load(key: &str) -> SavedViews {
    storage::read(Area::Local, key).map(|text| SavedViews::from_json(&text)).unwrap_or_default()
}
