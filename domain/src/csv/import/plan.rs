//! Which customer each row of an import is for, decided from the whole file before anything
//! is sent: by the "ID" column (a file this app exported), else by External ID, else a new
//! customer. Rows for the same customer (the same ID or External ID, and on DealPOS the same
//! email) are never sent together: the last one wins, or all of them are skipped, as the
//! user chooses, so a file can never create one customer twice.

use super::rows::Target;
use std::collections::HashMap;

/// How a row finds its customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowMatch {
    Id(String),
    ExternalId(String),
    New,
}

/// The value two rows shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharedKey {
    Id,
    ExternalId,
    Email,
}

/// What to do with rows for the same customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DuplicateRule {
    /// The last of them is imported, the others are not sent.
    LastWins,
    /// None of them is sent.
    SkipAll,
}

/// What the import does with one row.
#[derive(Clone, Debug, PartialEq)]
pub enum Plan {
    Send(RowMatch),
    /// Not sent: a later row (its index) is for the same customer and wins.
    Replaced {
        by: usize,
        key: SharedKey,
    },
    /// Not sent: another row (its index) is for the same customer.
    Skipped {
        with: usize,
        key: SharedKey,
    },
}

impl Plan {
    pub fn is_sent(&self) -> bool {
        matches!(self, Plan::Send(_))
    }
}

fn cell(cells: &[String], mapping: &[Option<Target>], target: Target) -> Option<String> {
    let column = mapping.iter().position(|t| *t == Some(target))?;
    let value = super::rows::unguard(cells.get(column)?.trim());
    (!value.is_empty()).then(|| value.to_owned())
}

/// The row's customer id, when a column holds one.
pub fn row_id(cells: &[String], mapping: &[Option<Target>]) -> Option<String> {
    cell(cells, mapping, Target::Id)
}

/// How the row finds its customer: its ID first, then its External ID.
pub fn row_match(cells: &[String], mapping: &[Option<Target>]) -> RowMatch {
    match (row_id(cells, mapping), super::external_id(cells, mapping)) {
        (Some(id), _) => RowMatch::Id(id),
        (None, Some(external_id)) => RowMatch::ExternalId(external_id),
        (None, None) => RowMatch::New,
    }
}

/// Each row's plan. `email_is_key`: the vendor finds customers by email too (DealPOS), so
/// two rows with one email are one customer.
pub fn plan(rows: &[Vec<String>], mapping: &[Option<Target>], rule: DuplicateRule, email_is_key: bool) -> Vec<Plan> {
    // Groups of rows that share a key, joined as they are found (union by first row).
    let mut group: Vec<usize> = (0..rows.len()).collect();
    let mut shared: Vec<Option<SharedKey>> = vec![None; rows.len()];
    let mut seen: HashMap<(u8, String), usize> = HashMap::new();
    fn root(group: &mut [usize], mut row: usize) -> usize {
        while group[row] != row {
            group[row] = group[group[row]];
            row = group[row];
        }
        row
    }
    for (index, cells) in rows.iter().enumerate() {
        let keys = [
            row_id(cells, mapping).map(|v| (SharedKey::Id, v)),
            super::external_id(cells, mapping).map(|v| (SharedKey::ExternalId, v)),
            email_is_key.then(|| cell(cells, mapping, Target::Email)).flatten().map(|v| (SharedKey::Email, v.to_lowercase())),
        ];
        for (kind, value) in keys.into_iter().flatten() {
            match seen.get(&(kind as u8, value.clone())) {
                Some(&other) => {
                    let (a, b) = (root(&mut group, other), root(&mut group, index));
                    if a != b {
                        group[b.max(a)] = a.min(b);
                    }
                    shared[index].get_or_insert(kind);
                    shared[other].get_or_insert(kind);
                }
                None => {
                    seen.insert((kind as u8, value), index);
                }
            }
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for index in 0..rows.len() {
        let r = root(&mut group, index);
        members.entry(r).or_default().push(index);
    }
    (0..rows.len())
        .map(|index| {
            let rows_of_customer = &members[&root(&mut group, index)];
            let key = shared[index].unwrap_or(SharedKey::ExternalId);
            let last = *rows_of_customer.last().unwrap_or(&index);
            match rule {
                _ if rows_of_customer.len() == 1 => Plan::Send(row_match(&rows[index], mapping)),
                DuplicateRule::LastWins if index == last => Plan::Send(row_match(&rows[index], mapping)),
                DuplicateRule::LastWins => Plan::Replaced { by: last, key },
                DuplicateRule::SkipAll => {
                    let with = rows_of_customer.iter().copied().find(|&other| other != index).unwrap_or(index);
                    Plan::Skipped { with, key }
                }
            }
        })
        .collect()
}

/// Whether any row shares its customer with another.
pub fn has_duplicates(plans: &[Plan]) -> bool {
    plans.iter().any(|plan| !plan.is_sent())
}
