//! CSV import: reading a file as people's spreadsheets write it (UTF-8 with or without a
//! byte-order mark, comma or semicolon separated, CRLF or LF, quoted fields with line
//! breaks), guessing which column is which field from the header (the app's own export
//! header included, so an export imports again unchanged), and turning one row into the
//! customer to create or the update of an existing one, with errors per cell from the same
//! rules the form uses.
//!
//! Records are parsed by `csv-core` (no_std, a small state machine: RFC 4180 quoting) a
//! chunk at a time, so a 10,000-row file never holds the tab up.

mod existing;
mod plan;
mod rows;

pub use existing::{ExistingRule, RowChoice, may_create, resolve, row_matches};
pub use plan::{DuplicateRule, Plan, RowMatch, SharedKey, has_duplicates, plan, row_id, row_match};
pub use rows::{CellError, Prepared, Target, apply_row, external_id, failed_rows_csv, guess_mapping};

use crate::list::query::ListQuery;
use crate::ndata::{Operation, Operator, encode_filter};

/// Rows whose existing customers are looked up in one request.
pub const LOOKUP_BATCH: usize = 50;

/// The list query that finds the customers with these External IDs (`ExternalId=in:…`).
pub fn lookup_query(external_ids: &[String]) -> ListQuery {
    let mut query = ListQuery::new(1000);
    query.set_filter("ExternalId", Some(encode_filter(&[Operation::new(Operator::In, external_ids.iter().cloned())])));
    query
}

/// Reads records from a whole file, a chunk at a time.
pub struct CsvReader {
    reader: csv_core::Reader,
    bytes: Vec<u8>,
    position: usize,
}

impl CsvReader {
    /// The file's bytes; its byte-order mark is dropped and its separator is found from
    /// its first line.
    pub fn new(bytes: &[u8]) -> Self {
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes).to_vec();
        let reader = csv_core::ReaderBuilder::new().delimiter(delimiter(&bytes)).build();
        Self { reader, bytes, position: 0 }
    }

    /// Whether every record has been read.
    pub fn done(&self) -> bool {
        self.position >= self.bytes.len()
    }

    /// How far through the file reading is, 0 to 1.
    pub fn progress(&self) -> f64 {
        if self.bytes.is_empty() { 1.0 } else { self.position as f64 / self.bytes.len() as f64 }
    }

    /// Up to `max` further records, each a list of its cells (bytes that are not UTF-8 are
    /// replaced). Blank lines are skipped.
    pub fn read(&mut self, max: usize) -> Vec<Vec<String>> {
        let mut records = Vec::new();
        let mut output = vec![0u8; 1024];
        let mut ends = vec![0usize; 32];
        while records.len() < max && !self.done() {
            let (mut out_len, mut ends_len) = (0, 0);
            loop {
                let input = &self.bytes[self.position..];
                let (result, read, written, ended) = self.reader.read_record(input, &mut output[out_len..], &mut ends[ends_len..]);
                // Field ends count from the record's start: csv-core carries its position
                // in the output across the calls that one record takes.
                self.position += read;
                out_len += written;
                ends_len += ended;
                match result {
                    csv_core::ReadRecordResult::OutputFull => output.resize(output.len() * 2, 0),
                    csv_core::ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                    csv_core::ReadRecordResult::InputEmpty if self.done() => {
                        // The last record has no line end: an empty input finishes it.
                        let (result, _, _, ended) = self.reader.read_record(&[], &mut output[out_len..], &mut ends[ends_len..]);
                        ends_len += ended;
                        if matches!(result, csv_core::ReadRecordResult::Record) {
                            break;
                        }
                        return records;
                    }
                    csv_core::ReadRecordResult::InputEmpty => {}
                    csv_core::ReadRecordResult::Record => break,
                    csv_core::ReadRecordResult::End => return records,
                }
            }
            let mut start = 0;
            let cells: Vec<String> = ends[..ends_len]
                .iter()
                .map(|&end| {
                    let cell = String::from_utf8_lossy(&output[start..end]).into_owned();
                    start = end;
                    cell
                })
                .collect();
            if !(cells.len() == 1 && cells[0].trim().is_empty()) {
                records.push(cells);
            }
        }
        records
    }
}

/// `;` when the first line has more semicolons than commas outside quotes (as Excel writes
/// CSV where the decimal separator is a comma, in Slovakia say), else `,`.
pub fn delimiter(bytes: &[u8]) -> u8 {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for byte in bytes {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

#[cfg(test)]
mod tests;
