//! After every move to another page, focus goes to the new page's heading (as a screen
//! reader user expects, and so keys act on the new page), unless something on the page
//! has taken it already: a row the user comes back to, a field the form focuses.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Frames to wait for the new page's heading (pages in chunks load a moment later).
const FRAMES: u32 = 120;

#[component]
pub fn PageFocus() -> impl IntoView {
    let path = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let now = path.get();
        if previous.is_some_and(|previous| previous != now) {
            focus_heading(FRAMES);
        }
        now
    });
}

fn focus_heading(frames_left: u32) {
    request_animation_frame(move || {
        let document = document();
        let focus_free = document.active_element().is_none_or(|active| active.tag_name() == "BODY" || active.id() == "main");
        if !focus_free {
            return;
        }
        let heading = document.query_selector("main h1").ok().flatten().and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        match heading {
            Some(heading) => {
                if !heading.has_attribute("tabindex") {
                    let _ = heading.set_attribute("tabindex", "-1");
                }
                let _ = heading.focus();
            }
            None if frames_left > 0 => focus_heading(frames_left - 1),
            None => {}
        }
    });
}

/// Moves focus to the element with `id`, if there is one that can take it.
pub fn focus_by_id(id: &str) -> bool {
    document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|e| e.focus().is_ok())
}
