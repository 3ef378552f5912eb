//! The customer list's whole state (search, filters, sort, page, page size) and its two
//! spellings: the app's URL query string and the PORTOS request parameters.
//!
//! Reading a URL never fails: a value that does not make sense is dropped or corrected
//! (page 0 becomes 1, a page size of 33 becomes the default), because a shared or
//! hand-edited link should still open a sensible list.

use crate::config::{Backend, PAGE_SIZES};
use crate::i18n::Text;
use crate::ndata::{self, SortKey};

/// The list filters each vendor documents, as URL key, API parameter and kind of value.
pub const FILTERS: [FilterSpec; 10] = [
    FilterSpec { url_key: "active", name: FilterName::Active, parameter: "IsActive", kind: FilterKind::Bool, backend: Backend::Portos },
    FilterSpec { url_key: "expired", name: FilterName::Expired, parameter: "IsExpired", kind: FilterKind::Bool, backend: Backend::Portos },
    FilterSpec {
        url_key: "discount",
        name: FilterName::DiscountRate,
        parameter: "DiscountRate",
        kind: FilterKind::NData,
        backend: Backend::Portos,
    },
    FilterSpec {
        url_key: "credit",
        name: FilterName::CreditRate,
        parameter: "CreditRate",
        kind: FilterKind::NData,
        backend: Backend::Portos,
    },
    FilterSpec {
        url_key: "expires",
        name: FilterName::Expires,
        parameter: "ExpirationTime",
        kind: FilterKind::NData,
        backend: Backend::Portos,
    },
    FilterSpec {
        url_key: "externalId",
        name: FilterName::ExternalId,
        parameter: "ExternalId",
        kind: FilterKind::NData,
        backend: Backend::Portos,
    },
    FilterSpec {
        url_key: "card",
        name: FilterName::Card,
        parameter: "CardSerialNumber",
        kind: FilterKind::NData,
        backend: Backend::Portos,
    },
    FilterSpec { url_key: "outlet", name: FilterName::Outlet, parameter: "Outlet", kind: FilterKind::Text, backend: Backend::Dealpos },
    FilterSpec {
        url_key: "joinedFrom",
        name: FilterName::JoinedFrom,
        parameter: "From",
        kind: FilterKind::Date,
        backend: Backend::Dealpos,
    },
    FilterSpec { url_key: "joinedTo", name: FilterName::JoinedTo, parameter: "To", kind: FilterKind::Date, backend: Backend::Dealpos },
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FilterSpec {
    pub url_key: &'static str,
    /// How chips and error messages name the filter (see [`FilterSpec::label`]).
    pub name: FilterName,
    pub parameter: &'static str,
    pub kind: FilterKind,
    /// The vendor whose API has this filter.
    pub backend: Backend,
}

/// Which filter a [`FilterSpec`] is, for its name in the user's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterName {
    Active,
    Expired,
    DiscountRate,
    CreditRate,
    Expires,
    ExternalId,
    Card,
    Outlet,
    JoinedFrom,
    JoinedTo,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterKind {
    /// `true` or `false`.
    Bool,
    /// An NData filter value (`gt:10;lt:50`).
    NData,
    /// Plain text, matched as the vendor does.
    Text,
    /// A date, `YYYY-MM-DD`.
    Date,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ListQuery {
    pub search: String,
    /// Active filters as (API parameter, value in NData or `true`/`false`), in
    /// [`FILTERS`] order.
    pub filters: Vec<(&'static str, String)>,
    pub sort: Vec<SortKey>,
    /// 1-based.
    pub page: u64,
    pub page_size: u32,
}

impl ListQuery {
    pub fn new(page_size: u32) -> Self {
        Self { search: String::new(), filters: Vec::new(), sort: Vec::new(), page: 1, page_size }
    }

    /// Reads decoded URL query pairs for PORTOS, correcting whatever does not make sense.
    pub fn from_url<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>, default_page_size: u32) -> Self {
        Self::from_url_for(Backend::Portos, pairs, default_page_size)
    }

    /// Reads decoded URL query pairs; filters the `backend` does not have are dropped.
    pub fn from_url_for<'a>(backend: Backend, pairs: impl IntoIterator<Item = (&'a str, &'a str)>, default_page_size: u32) -> Self {
        let mut query = Self::new(default_page_size);
        // Read last whatever order the pairs come in: a filter read after the page must
        // not send the list back to page 1 as a filter the user sets does.
        let mut page = 1;
        for (key, value) in pairs {
            let value = value.trim();
            match key {
                "search" => query.search = value.to_owned(),
                "sort" => query.sort = ndata::parse_sort(value).unwrap_or_default(),
                "page" => page = value.parse::<u64>().ok().filter(|p| *p >= 1).unwrap_or(1),
                "size" => {
                    query.page_size = value.parse::<u32>().ok().filter(|size| PAGE_SIZES.contains(size)).unwrap_or(default_page_size);
                }
                _ => {
                    if let Some(spec) = FILTERS.iter().find(|spec| spec.url_key == key && spec.backend == backend)
                        && spec.accepts(value)
                    {
                        query.set_filter(spec.parameter, Some(value.to_owned()));
                    }
                }
            }
        }
        query.page = page;
        query
    }

    /// The URL query pairs, leaving out defaults so links stay short.
    pub fn to_url(&self, default_page_size: u32) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.search.is_empty() {
            pairs.push(("search", self.search.clone()));
        }
        for spec in &FILTERS {
            if let Some(value) = self.filter(spec.parameter) {
                pairs.push((spec.url_key, value.to_owned()));
            }
        }
        if !self.sort.is_empty() {
            pairs.push(("sort", ndata::encode_sort(&self.sort)));
        }
        if self.page > 1 {
            pairs.push(("page", self.page.to_string()));
        }
        if self.page_size != default_page_size {
            pairs.push(("size", self.page_size.to_string()));
        }
        pairs
    }

    /// The PORTOS `GET /customers` parameters for this page.
    pub fn to_api_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if !self.search.is_empty() {
            params.push(("Search", self.search.clone()));
        }
        for (parameter, value) in &self.filters {
            params.push((*parameter, value.clone()));
        }
        if !self.sort.is_empty() {
            params.push(("$sort", ndata::encode_sort(&self.sort)));
        }
        params.push(("$skip", self.skip().to_string()));
        params.push(("$take", self.page_size.to_string()));
        params
    }

    pub fn skip(&self) -> u64 {
        // Saturating: a hand-typed `?page=18446744073709551615` asks for nothing, never wraps.
        self.page.saturating_sub(1).saturating_mul(u64::from(self.page_size))
    }

    pub fn filter(&self, parameter: &str) -> Option<&str> {
        self.filters.iter().find(|(p, _)| *p == parameter).map(|(_, v)| v.as_str())
    }

    /// Sets or clears one filter, keeping [`FILTERS`] order; the page goes back to 1.
    pub fn set_filter(&mut self, parameter: &str, value: Option<String>) {
        self.filters.retain(|(p, _)| *p != parameter);
        if let Some(value) = value.filter(|v| !v.is_empty())
            && let Some(spec) = filter_spec(parameter)
        {
            self.filters.push((spec.parameter, value));
            self.filters.sort_by_key(|(p, _)| FILTERS.iter().position(|spec| spec.parameter == *p));
        }
        self.page = 1;
    }

    pub fn with_search(&self, search: &str) -> Self {
        Self { search: search.trim().to_owned(), page: 1, ..self.clone() }
    }

    pub fn with_page(&self, page: u64) -> Self {
        Self { page: page.max(1), ..self.clone() }
    }

    pub fn with_page_size(&self, page_size: u32) -> Self {
        Self { page_size, page: 1, ..self.clone() }
    }

    /// A click on a column header: the column becomes the only key, ascending, or flips
    /// if it already was the first key. With `add` (shift-click) it is appended as a
    /// further key instead, or flipped where it stands.
    pub fn toggle_sort(&self, property: &str, add: bool) -> Self {
        let existing = self.sort.iter().position(|key| key.property.eq_ignore_ascii_case(property));
        let sort = match (add, existing) {
            (false, Some(0)) if self.sort.len() == 1 => {
                vec![SortKey { property: property.to_owned(), descending: !self.sort[0].descending }]
            }
            (false, _) => vec![SortKey::asc(property)],
            (true, Some(index)) => {
                let mut sort = self.sort.clone();
                sort[index].descending = !sort[index].descending;
                sort
            }
            (true, None) => {
                let mut sort = self.sort.clone();
                sort.push(SortKey::asc(property));
                sort
            }
        };
        Self { sort, page: 1, ..self.clone() }
    }

    /// `Some(descending)` when `property` is the first sort key.
    pub fn primary_sort(&self, property: &str) -> Option<bool> {
        self.sort.first().filter(|key| key.property.eq_ignore_ascii_case(property)).map(|key| key.descending)
    }

    /// The last page for `total` rows (at least 1).
    pub fn last_page(&self, total: u64) -> u64 {
        total.div_ceil(u64::from(self.page_size)).max(1)
    }
}

/// The filter a PORTOS or DealPOS parameter name stands for (any case, as servers echo it).
pub fn filter_spec(parameter: &str) -> Option<&'static FilterSpec> {
    FILTERS.iter().find(|spec| spec.parameter.eq_ignore_ascii_case(parameter))
}

impl FilterSpec {
    /// How chips and error messages name the filter.
    pub fn label(&self) -> Text {
        match self.name {
            FilterName::Active => Text::new("filters-field-active"),
            FilterName::Expired => Text::new("filters-field-expired"),
            FilterName::DiscountRate => Text::new("filters-field-discount"),
            FilterName::CreditRate => Text::new("filters-field-credit"),
            FilterName::Expires => Text::new("filters-field-expires"),
            FilterName::ExternalId => Text::new("filters-field-external-id"),
            FilterName::Card => Text::new("filters-field-card"),
            FilterName::Outlet => Text::new("filters-field-outlet"),
            FilterName::JoinedFrom => Text::new("filters-field-joined-from"),
            FilterName::JoinedTo => Text::new("filters-field-joined-to"),
        }
    }

    fn accepts(&self, value: &str) -> bool {
        match self.kind {
            FilterKind::Bool => matches!(value, "true" | "false"),
            FilterKind::NData => !value.is_empty() && ndata::parse_filter(value).is_ok(),
            FilterKind::Text => !value.is_empty(),
            FilterKind::Date => crate::calendar::parse_date(value).is_some(),
        }
    }
}

/// The rows on screen out of all that match: "26–50 of 10,000", "0 of 0" for an empty
/// result, "26–50" when the API gives no total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeStatus {
    /// 1-based positions of the first and last row shown; `None` when none is.
    pub rows: Option<(u64, u64)>,
    pub total: Option<u64>,
}

pub fn range_status(query: &ListQuery, rows_on_page: usize, total: Option<u64>) -> RangeStatus {
    let rows = (rows_on_page > 0).then(|| (query.skip().saturating_add(1), query.skip().saturating_add(rows_on_page as u64)));
    RangeStatus { rows, total }
}

impl RangeStatus {
    /// The status text, with numbers written by `number` (the user's locale's grouping).
    pub fn text(&self, number: impl Fn(u64) -> String) -> Text {
        match (self.rows, self.total) {
            (Some((first, last)), Some(total)) => {
                Text::new("list-range").with("first", number(first)).with("last", number(last)).with("total", number(total))
            }
            (Some((first, last)), None) => Text::new("list-range-open").with("first", number(first)).with("last", number(last)),
            (None, Some(total)) => Text::new("list-range-empty").with("total", number(total)),
            (None, None) => Text::new("list-range-empty-open"),
        }
    }
}

/// 10000 -> "10,000": English grouping, for logs and tests (the app formats numbers
/// for the user with the locale's grouping).
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests;
