//! Code that the first list view does not need lives in wasm chunks of its own, fetched on
//! first use (docs/code-splitting.md): the detail page and the form
//! (`pages::lazy`), the list's tools (`pages::customer_list::tools`), the hub connection
//! (`live::connection`), the DealPOS mapping (`api::dealpos::mapping`), which a PORTOS
//! configuration never fetches, and the sender of edits saved offline (`customers::offline`).

/// A chunk did not load (a dropped connection, a server restarting): the caller says so
/// and offers to try again; the next call fetches it again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChunkNotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkNotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkNotLoaded
    }
}

/// Loads a chunk with `load` until it comes, waiting between tries as a lost hub connection
/// does (`backoff_ms`) and calling `on_failure` after each failed one; `None` once `wanted`
/// says it is needed no more. For code that must come in the end (the hub connection, the
/// kiosk's idle sign-out), where a page would offer Retry.
pub async fn load_retrying<T, F: std::future::Future<Output = Result<T, ChunkNotLoaded>>>(
    load: impl Fn() -> F,
    wanted: impl Fn() -> bool,
    on_failure: impl Fn(),
) -> Option<T> {
    let mut failures = 0;
    while wanted() {
        match load().await {
            Ok(loaded) => return Some(loaded),
            Err(ChunkNotLoaded) => {
                on_failure();
                crate::timing::sleep(customer_desk_domain::live::backoff_ms(failures)).await;
                failures += 1;
            }
        }
    }
    None
}

/// Runs `load` (a chunk's preload) with the chunks' fetches at low priority, so that they
/// yield to whatever the user asks for meanwhile. The split's loader reads
/// `customerDeskChunkPriority` when it calls `fetch` (scripts/build/split-wasm.mjs), which
/// it does in the load's first poll; the priority is set around that poll only.
pub async fn at_low_priority<T>(load: impl std::future::Future<Output = T>) -> T {
    let mut load = std::pin::pin!(load);
    set_chunk_priority("low");
    let first = std::future::poll_fn(|cx| std::task::Poll::Ready(load.as_mut().poll(cx))).await;
    set_chunk_priority("auto");
    match first {
        std::task::Poll::Ready(loaded) => loaded,
        std::task::Poll::Pending => load.await,
    }
}

fn set_chunk_priority(priority: &str) {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"customerDeskChunkPriority".into(), &priority.into());
    }
}

/// Calls a split function: split, it awaits its chunk; unsplit (the component tests, which
/// have no splitting step), it is a plain call.
macro_rules! split_call {
    ($call:expr) => {{
        #[cfg(feature = "split")]
        let result = $call.await;
        #[cfg(not(feature = "split"))]
        let result = $call;
        result
    }};
}
pub(crate) use split_call;
