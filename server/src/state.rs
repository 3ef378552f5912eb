//! The one application state every handler gets, whichever vendor it speaks for: the
//! database, PORTOS's token issuer and list cache (which writes through DealPOS empty too),
//! and the notification hub every write is published to.

use crate::db::Database;
use crate::http::sender::SenderConnection;
use crate::hub::{Hub, Writer};
use crate::portos::auth::TokenIssuer;
use crate::portos::list_cache::ListCache;
use customer_desk_domain::live::{Action, UserRef};
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub issuer: Arc<TokenIssuer>,
    pub list_cache: Arc<ListCache>,
    /// `--wire-extras`: answers carry fields and values the documentation does not show,
    /// and written bodies are kept whole (see `wire_extras`).
    pub wire_extras: bool,
    /// The notification hub every write is published to (none with `--no-hub`).
    pub hub: Option<Arc<Hub>>,
}

impl AppState {
    /// Publishes a customer write by `user` (a PORTOS user, or a DealPOS client).
    pub fn published(&self, action: Action, id: &str, version: Option<i64>, user: UserRef, sender: SenderConnection) {
        if let Some(hub) = &self.hub {
            hub.customer_changed(action, id, version, Writer { user, connection: sender.0 });
        }
    }
}
