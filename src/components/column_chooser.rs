//! "Columns": a checkbox per optional column of the list.

use crate::components::customer_columns::{Column, HiddenColumns};
use leptos::prelude::*;

#[component]
pub fn ColumnChooser(columns: HiddenColumns) -> impl IntoView {
    view! {
        <fieldset id="column-chooser" class="column-chooser">
            <legend>"Visible columns"</legend>
            {Column::ALL.map(|column| view! {
                <label class="checkbox">
                    <input type="checkbox"
                        prop:checked=move || columns.is_shown(column)
                        on:change=move |ev| columns.set_shown(column, event_target_checked(&ev)) />
                    {column.label()}
                </label>
            })}
        </fieldset>
    }
}
