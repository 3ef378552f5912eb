//! SQLite storage: one writer connection (writes are serialised, so a version check and its
//! UPDATE can never interleave with another write) and a small pool of readers (WAL lets
//! them read while the writer writes). Blocking work runs on tokio's blocking threads.

pub mod credit;
pub mod customers;
pub mod dealpos;
pub mod dealpos_clients;
pub mod dealpos_data;
pub mod demo;
pub mod list;
pub mod query;
pub mod schema;
pub mod users;

use anyhow::Context;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// How many read connections to keep; more than the cores gives nothing on SQLite.
const READERS: usize = 4;

/// A shared handle to the database.
#[derive(Clone)]
pub struct Database {
    inner: Arc<Inner>,
}

struct Inner {
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    /// One permit per reader, so a request waits for a free connection instead of failing.
    reader_permits: Semaphore,
    /// Keeps a temporary database file alive (and deletes it) when no path was given.
    _temporary: Option<tempfile::TempDir>,
}

/// Any storage failure; the API turns it into a 500 problem without leaking details.
#[derive(Debug)]
pub struct StorageError(pub String);

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<rusqlite::Error> for StorageError {
    fn from(error: rusqlite::Error) -> Self {
        StorageError(error.to_string())
    }
}

/// How times are stored: milliseconds since the epoch (a customer's activation and
/// expiration, a credit change).
fn to_millis(time: DateTime<Utc>) -> i64 {
    time.timestamp_millis()
}

fn open_connection(path: &Path) -> anyhow::Result<Connection> {
    let connection = Connection::open(path).with_context(|| format!("opening database {}", path.display()))?;
    connection.busy_timeout(std::time::Duration::from_secs(5))?;
    connection.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
         PRAGMA cache_size = -16000; PRAGMA temp_store = MEMORY;",
    )?;
    Ok(connection)
}

impl Database {
    /// Opens (creating if needed) the database at `path`, or a temporary one when `None`.
    pub fn open(path: Option<&Path>) -> anyhow::Result<Self> {
        let (path, temporary): (PathBuf, _) = match path {
            Some(path) => (path.to_owned(), None),
            None => {
                let dir = tempfile::tempdir()?;
                (dir.path().join("customer-desk.sqlite3"), Some(dir))
            }
        };
        let writer = open_connection(&path)?;
        schema::create(&writer)?;
        let readers = (0..READERS).map(|_| open_connection(&path)).collect::<anyhow::Result<Vec<_>>>()?;
        Ok(Self {
            inner: Arc::new(Inner {
                writer: Mutex::new(writer),
                readers: Mutex::new(readers),
                reader_permits: Semaphore::new(READERS),
                _temporary: temporary,
            }),
        })
    }

    /// Runs `work` on the writer connection, synchronously (start-up, CLI). `work` may fail
    /// with any error a storage failure converts into (the API's errors, for instance).
    pub fn write_now<T, E: From<StorageError>>(&self, work: impl FnOnce(&mut Connection) -> Result<T, E>) -> Result<T, E> {
        let mut connection = self.inner.writer.lock().map_err(|_| StorageError("writer lock poisoned".into()))?;
        work(&mut connection)
    }

    /// Runs `work` on the writer connection on a blocking thread.
    pub async fn write<T: Send + 'static, E: From<StorageError> + Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, E> + Send + 'static,
    ) -> Result<T, E> {
        let db = self.clone();
        tokio::task::spawn_blocking(move || db.write_now(work)).await.map_err(|e| StorageError(format!("write task failed: {e}")))?
    }

    /// Runs short `work` (a page read by rowid, well under a millisecond) on a free reader
    /// in the calling task: handing it to a blocking thread and back costs more than the
    /// work itself. When every reader is busy it waits for one, and still runs here.
    pub async fn read_short<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Connection) -> Result<T, StorageError> + Send + 'static,
    ) -> Result<T, StorageError> {
        let _permit = self.reader_permit().await?;
        self.with_reader(work)
    }

    /// Runs `work` on a reader connection on a blocking thread.
    pub async fn read<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Connection) -> Result<T, StorageError> + Send + 'static,
    ) -> Result<T, StorageError> {
        let _permit = self.reader_permit().await?;
        let db = self.clone();
        tokio::task::spawn_blocking(move || db.with_reader(work)).await.map_err(|e| StorageError(format!("read task failed: {e}")))?
    }

    /// Waits until a reader connection is free; it stays reserved while the permit lives.
    async fn reader_permit(&self) -> Result<tokio::sync::SemaphorePermit<'_>, StorageError> {
        self.inner.reader_permits.acquire().await.map_err(|_| StorageError("reader pool closed".into()))
    }

    /// Takes a free reader connection (the caller holds a permit, so one is free), runs
    /// `work` on it and puts it back.
    fn with_reader<T>(&self, work: impl FnOnce(&Connection) -> Result<T, StorageError>) -> Result<T, StorageError> {
        let connection = self
            .inner
            .readers
            .lock()
            .map_err(|_| StorageError("reader pool poisoned".into()))?
            .pop()
            .ok_or_else(|| StorageError("no free reader".into()))?;
        let result = work(&connection);
        if let Ok(mut readers) = self.inner.readers.lock() {
            readers.push(connection);
        }
        result
    }
}
