//! "Columns": a checkbox per optional column of the list, and the rows' density.

use super::columns::{Column, Density, HiddenColumns};
use crate::api::customers::Features;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn ColumnChooser(columns: HiddenColumns, density: Density) -> impl IntoView {
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
        <fieldset class="column-chooser">
            <legend>{i18n.text("list-density")}</legend>
            <label class="checkbox">
                <input type="radio" name="list-density" prop:checked=move || !density.is_compact()
                    on:change=move |_| density.set_compact(false) />
                {i18n.text("list-density-comfortable")}
            </label>
            <label class="checkbox">
                <input type="radio" name="list-density" prop:checked=move || density.is_compact()
                    on:change=move |_| density.set_compact(true) />
                {i18n.text("list-density-compact")}
            </label>
        </fieldset>
    }
}
