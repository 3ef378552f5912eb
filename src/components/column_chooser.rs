//! "Columns": a checkbox per optional column of the list.

use crate::api::customers::Features;
use crate::components::customer_columns::{Column, HiddenColumns};
use leptos::prelude::*;

#[component]
pub fn ColumnChooser(columns: HiddenColumns) -> impl IntoView {
    let features = expect_context::<Features>();
    view! {
        <fieldset id="column-chooser" class="column-chooser">
            <legend>"Visible columns"</legend>
            {Column::ALL.into_iter().filter(|column| column.available(&features)).map(|column| view! {
                <label class="checkbox">
                    <input type="checkbox"
                        prop:checked=move || columns.is_shown(column)
                        on:change=move |ev| columns.set_shown(column, event_target_checked(&ev)) />
                    {column.label()}
                </label>
            }).collect_view()}
        </fieldset>
    }
}
