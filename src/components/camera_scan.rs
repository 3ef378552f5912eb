//! "Scan card" for tablets with a camera: the browser's `BarcodeDetector` reads the card's
//! barcode or QR code from the camera, and the code goes to the same lookup as a wedge
//! scanner's (`card_scanner`). The button shows only where the API exists and a camera is
//! present; the camera stops as soon as the dialog closes.

use crate::components::card_scanner::card_lookup;
use crate::i18n::use_i18n;
use js_sys::{Array, Function, Promise, Reflect};
use leptos::html::{Dialog, Video};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MediaDeviceKind, MediaStream, MediaStreamConstraints};

/// How often a frame is read while the camera is on.
const FRAME_MS: u64 = 200;

#[component]
pub fn CameraScanButton() -> impl IntoView {
    let i18n = use_i18n();
    // Asked once: a plain task, not a resource (whose async runtime the list's tools would
    // otherwise carry for this one answer).
    let available = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let found = camera_and_detector().await;
        available.try_set(found);
    });
    let open = RwSignal::new(false);
    view! {
        <Show when=move || available.get()>
            <button type="button" class="button" on:click=move |_| open.set(true)>{i18n.text("scan-card")}</button>
            <CameraDialog open />
        </Show>
    }
}

#[component]
fn CameraDialog(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<Dialog>::new();
    let video = NodeRef::<Video>::new();
    let stream = StoredValue::new_local(None::<MediaStream>);
    let error = RwSignal::new(None::<String>);
    let look_up = card_lookup();
    // Each opening is a session of its own: a late frame of an earlier one is ignored.
    let session = StoredValue::new(0_u64);
    let stop = move || {
        session.update_value(|n| *n += 1);
        if let Some(stream) = stream.try_update_value(Option::take).flatten() {
            for track in stream.get_tracks() {
                track.unchecked_into::<web_sys::MediaStreamTrack>().stop();
            }
        }
    };
    crate::components::modal::show_while_open(dialog, open, move || {
        error.set(None);
        session.update_value(|n| *n += 1);
        let current = session.get_value();
        leptos::task::spawn_local(async move {
            match start_camera().await {
                Ok(started) if session.get_value() == current => {
                    if let Some(element) = video.get_untracked() {
                        element.set_src_object(Some(&started));
                        let _ = element.play();
                    }
                    stream.set_value(Some(started));
                    read_frames(video, session, current, move |code| {
                        open.set(false);
                        look_up(code);
                    });
                }
                Ok(late) => {
                    for track in late.get_tracks() {
                        track.unchecked_into::<web_sys::MediaStreamTrack>().stop();
                    }
                }
                Err(_) => error.set(Some(untrack(|| i18n.tr("scan-camera-failed")))),
            }
        });
    });
    Effect::new(move |_| {
        if !open.get() {
            stop();
        }
    });
    on_cleanup(stop);
    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="scan-title" on:close=move |_| open.set(false)
            on:keydown=move |ev| if let Some(element) = dialog.get_untracked() {
                crate::components::focus_trap::keep_tab_inside(&ev, &element);
            }>
            <h2 id="scan-title">{i18n.text("scan-card")}</h2>
            <p>{i18n.text("scan-camera-hint")}</p>
            <video node_ref=video class="camera" muted=true playsinline=true aria-label=i18n.text("scan-camera-view")></video>
            {move || error.get().map(|message| view! { <p class="field__error" role="alert">{message}</p> })}
            <div class="dialog__actions">
                <button type="button" class="button" on:click=move |_| open.set(false)>{i18n.text("form-cancel")}</button>
            </div>
        </dialog>
    }
}

/// Whether `BarcodeDetector` exists and a camera is present.
async fn camera_and_detector() -> bool {
    let window = window();
    if !Reflect::has(&window, &"BarcodeDetector".into()).unwrap_or(false) {
        return false;
    }
    let Ok(devices) = window.navigator().media_devices() else { return false };
    let Ok(listing) = devices.enumerate_devices() else { return false };
    let Ok(found) = JsFuture::from(listing).await else { return false };
    Array::from(&found).iter().any(|device| device.unchecked_into::<web_sys::MediaDeviceInfo>().kind() == MediaDeviceKind::Videoinput)
}

/// The camera facing away from the user, where there is one.
async fn start_camera() -> Result<MediaStream, JsValue> {
    let devices = window().navigator().media_devices()?;
    let constraints = MediaStreamConstraints::new();
    let video = js_sys::Object::new();
    Reflect::set(&video, &"facingMode".into(), &"environment".into())?;
    constraints.set_video(&video);
    Ok(JsFuture::from(devices.get_user_media_with_constraints(&constraints)?).await?.unchecked_into())
}

/// Reads a frame every [`FRAME_MS`] until a code is found or the session ends.
fn read_frames(video: NodeRef<Video>, session: StoredValue<u64>, current: u64, found: impl Fn(String) + Copy + 'static) {
    set_timeout(
        move || {
            if session.try_get_value() != Some(current) {
                return;
            }
            let Some(element) = video.get_untracked() else { return };
            leptos::task::spawn_local(async move {
                match detect(&element).await {
                    Some(code) if session.try_get_value() == Some(current) => found(code),
                    _ => read_frames(video, session, current, found),
                }
            });
        },
        Duration::from_millis(FRAME_MS),
    );
}

/// The first code `BarcodeDetector` sees in the video's frame, if any.
async fn detect(video: &web_sys::HtmlVideoElement) -> Option<String> {
    let class: Function = Reflect::get(&window(), &"BarcodeDetector".into()).ok()?.dyn_into().ok()?;
    let detector = Reflect::construct(&class, &Array::new()).ok()?;
    let detect: Function = Reflect::get(&detector, &"detect".into()).ok()?.dyn_into().ok()?;
    let promise: Promise = detect.call1(&detector, video).ok()?.dyn_into().ok()?;
    let codes = Array::from(&JsFuture::from(promise).await.ok()?);
    codes.iter().find_map(|code| Reflect::get(&code, &"rawValue".into()).ok()?.as_string()).filter(|code| !code.trim().is_empty())
}
