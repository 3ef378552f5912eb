//! The import's column mapping: which field each column of the file fills, guessed from the
//! header and chosen here.

use crate::i18n::use_i18n;
use customer_desk_domain::csv::import::Target;
use leptos::prelude::*;

/// Which field each column of the file fills; guessed from the header, chosen here.
#[component]
pub fn MappingTable(header: Vec<String>, mapping: RwSignal<Vec<Option<Target>>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <table class="data-table import__mapping" aria-label=i18n.text("import-mapping")>
            <thead>
                <tr><th scope="col">{i18n.text("import-column")}</th><th scope="col">{i18n.text("import-field")}</th></tr>
            </thead>
            <tbody>
                {header.into_iter().enumerate().map(|(column, title)| {
                    let label = i18n.tr_with("import-field-for", &[("column", title.clone().into())]);
                    let on_change = move |ev| {
                        let index: Option<usize> = event_target_value(&ev).parse().ok();
                        mapping.update(|mapping| {
                            let target = index.and_then(|i| Target::ALL.get(i).copied());
                            // A field is filled from one column at most.
                            for other in mapping.iter_mut().filter(|t| target.is_some() && **t == target) {
                                *other = None;
                            }
                            if let Some(slot) = mapping.get_mut(column) {
                                *slot = target;
                            }
                        });
                    };
                    view! {
                        <tr>
                            <th scope="row">{title}</th>
                            <td>
                                <select aria-label=label on:change=on_change>
                                    <option value="" prop:selected=move || mapping.with(|m| m.get(column).copied().flatten().is_none())>{i18n.text("import-skip")}</option>
                                    {Target::ALL.into_iter().enumerate().map(|(index, target)| view! {
                                        <option value=index.to_string() prop:selected=move || mapping.with(|m| m.get(column).copied().flatten() == Some(target))>
                                            {move || i18n.render(&target.label())}
                                        </option>
                                    }).collect_view()}
                                </select>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
