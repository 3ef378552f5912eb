//! "Columns": a checkbox per optional column of the list.

use crate::api::customers::Features;
use crate::components::customer_columns::{Column, HiddenColumns};
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn ColumnChooser(columns: HiddenColumns) -> impl IntoView {
    let features = expect_context::<Features>();
    let i18n = use_i18n();
    view! {
        <fieldset id="column-chooser" class="column-chooser">
            <legend>{i18n.text("list-visible-columns")}</legend>
            {Column::ALL.into_iter().filter(|column| column.available(&features)).map(|column| view! {
                <label class="checkbox">
                    <input type="checkbox"
                        prop:checked=move || columns.is_shown(column)
                        on:change=move |ev| columns.set_shown(column, event_target_checked(&ev)) />
                    {move || i18n.render(&column.label())}
                </label>
            }).collect_view()}
        </fieldset>
    }
}
