//! Code that the first list view does not need lives in wasm chunks of its own, fetched on
//! first use (the README's "Code splitting"): the detail page and the form
//! (`pages::lazy`), the list's tools (`pages::customer_list::tools`), the hub connection
//! (`live::connection`), and the DealPOS mapping (`api::dealpos::mapping`), which a PORTOS
//! configuration never fetches.

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
