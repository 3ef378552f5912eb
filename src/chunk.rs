//! Code that the first list view does not need lives in wasm chunks of its own, fetched on
//! first use (docs/code-splitting.md): the detail page and the form
//! (`pages::lazy`), the list's tools (`pages::customer_list::tools`), the hub connection
//! (`live::connection`), the DealPOS mapping (`api::dealpos::mapping`), which a PORTOS
//! configuration never fetches, and the writes made outside the form, which share the
//! writer: the sender of edits saved offline (`customers::offline`), the import's dialog
//! and the bulk actions (`pages::customer_list::{import, bulk}`).

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

/// How a chunk's code is loaded: a function of the split (via [`split_call!`]) made a
/// future, so that [`OnDemand`] can hold it.
pub type Load<T> = fn() -> futures::future::LocalBoxFuture<'static, Result<T, ChunkNotLoaded>>;

/// A part of a page whose code is a chunk that the page may never need (the import's
/// dialog, the bulk actions): fetched when the browser is idle, at low priority, or, on a
/// slow link or a metered connection, only when the user shows intent.
pub struct OnDemand<T: Send + Sync + 'static> {
    loaded: leptos::prelude::RwSignal<Option<Result<T, ChunkNotLoaded>>>,
    fetching: leptos::prelude::StoredValue<bool>,
    load: Load<T>,
}

impl<T: Send + Sync + 'static> Clone for OnDemand<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for OnDemand<T> {}

impl<T: Clone + Send + Sync + 'static> OnDemand<T> {
    /// Asks for the chunk when the browser is idle, unless the link is slow or dear, or the
    /// app is offline (the user's intent asks for it then).
    pub fn new(load: Load<T>) -> Self {
        use leptos::prelude::*;
        let part = OnDemand { loaded: RwSignal::new(None), fetching: StoredValue::new(false), load };
        if !crate::timing::data_is_dear() && !crate::timing::link_is_slow() {
            crate::timing::when_idle(move || {
                if !crate::api::connectivity::is_offline() {
                    part.fetch(true);
                }
            });
        }
        part
    }

    /// Asks for the chunk (again, after a failure), unless it is in or on its way; `ahead`,
    /// at low priority.
    pub fn fetch(self, ahead: bool) {
        use leptos::prelude::*;
        if self.fetching.try_get_value() != Some(false) || matches!(self.loaded.try_get_untracked(), Some(Some(Ok(_)))) {
            return;
        }
        self.fetching.set_value(true);
        leptos::task::spawn_local(async move {
            let loaded = if ahead { at_low_priority((self.load)()).await } else { (self.load)().await };
            let _ = self.fetching.try_set_value(false);
            // The page may have been left meanwhile.
            let _ = self.loaded.try_set(Some(loaded));
        });
    }

    /// The code, once in (tracked); `Some(Err)` after a failed fetch.
    pub fn get(self) -> Option<Result<T, ChunkNotLoaded>> {
        use leptos::prelude::*;
        self.loaded.get()
    }
}
