//! The list's filter panel and its chips: what a user fills in, turned into NData filters on
//! a [`ListQuery`] and back, and a short label for each active filter.
//!
//! A filter from a link that the panel cannot show (say `discount=ne:5`) is kept as it is,
//! shown as a chip ([`crate::list::chips`]), and only replaced when the user sets that filter in the panel.

use crate::customer::validation::parse_decimal;
use crate::i18n::Text;
use crate::list::query::ListQuery;
use crate::ndata::{self, Operation, Operator};
use chrono::NaiveDate;

/// A control of the filter panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterField {
    Active,
    Expired,
    Discount,
    Credit,
    ExpiresAfter,
    ExpiresBefore,
    ExternalId,
    Card,
}

impl FilterField {
    /// The control's label, which is also its accessible name.
    pub fn label(self) -> Text {
        match self {
            Self::Active => Text::new("filters-field-active"),
            Self::Expired => Text::new("filters-field-expired"),
            Self::Discount => Text::new("filters-field-discount"),
            Self::Credit => Text::new("filters-field-credit"),
            Self::ExpiresAfter => Text::new("filters-field-expires-after"),
            Self::ExpiresBefore => Text::new("filters-field-expires-before"),
            Self::ExternalId => Text::new("filters-field-external-id"),
            Self::Card => Text::new("filters-field-card"),
        }
    }

    /// The element id, for `aria-describedby` on its error.
    pub fn id(self) -> &'static str {
        match self {
            Self::Active => "filter-active",
            Self::Expired => "filter-expired",
            Self::Discount => "filter-discount",
            Self::Credit => "filter-credit",
            Self::ExpiresAfter => "filter-expires-after",
            Self::ExpiresBefore => "filter-expires-before",
            Self::ExternalId => "filter-external-id",
            Self::Card => "filter-card",
        }
    }

    /// The PORTOS parameter the control sets.
    pub fn parameter(self) -> &'static str {
        match self {
            Self::Active => "IsActive",
            Self::Expired => "IsExpired",
            Self::Discount => "DiscountRate",
            Self::Credit => "CreditRate",
            Self::ExpiresAfter | Self::ExpiresBefore => "ExpirationTime",
            Self::ExternalId => "ExternalId",
            Self::Card => "CardSerialNumber",
        }
    }
}

/// How a number filter compares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Comparison {
    #[default]
    Any,
    Equal,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    /// Inclusive at both ends.
    Between,
}

impl Comparison {
    pub const ALL: [Comparison; 7] = [Self::Any, Self::Equal, Self::MoreThan, Self::AtLeast, Self::LessThan, Self::AtMost, Self::Between];

    /// The `<option>` value.
    pub fn key(self) -> &'static str {
        match self {
            Self::Any => "",
            Self::Equal => "eq",
            Self::MoreThan => "gt",
            Self::AtLeast => "gte",
            Self::LessThan => "lt",
            Self::AtMost => "lte",
            Self::Between => "between",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Self::Any => Text::new("filters-comparison-any"),
            Self::Equal => Text::new("filters-comparison-equal"),
            Self::MoreThan => Text::new("filters-comparison-more-than"),
            Self::AtLeast => Text::new("filters-comparison-at-least"),
            Self::LessThan => Text::new("filters-comparison-less-than"),
            Self::AtMost => Text::new("filters-comparison-at-most"),
            Self::Between => Text::new("filters-comparison-between"),
        }
    }

    pub fn from_key(key: &str) -> Self {
        Self::ALL.into_iter().find(|c| c.key() == key).unwrap_or_default()
    }

    fn single_operator(self) -> Option<Operator> {
        match self {
            Self::Equal => Some(Operator::Eq),
            Self::MoreThan => Some(Operator::Gt),
            Self::AtLeast => Some(Operator::Gte),
            Self::LessThan => Some(Operator::Lt),
            Self::AtMost => Some(Operator::Lte),
            Self::Any | Self::Between => None,
        }
    }
}

/// A number filter as typed: the comparison and its one or two values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RangeDraft {
    pub comparison: Comparison,
    pub from: String,
    /// Only used by [`Comparison::Between`].
    pub to: String,
}

/// The filter panel's contents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterDraft {
    /// `None`: any.
    pub active: Option<bool>,
    pub expired: Option<bool>,
    pub discount: RangeDraft,
    pub credit: RangeDraft,
    /// `YYYY-MM-DD`, as a date input gives it.
    pub expires_after: String,
    pub expires_before: String,
    pub external_id: String,
    pub card: String,
    /// Filters from the URL the panel cannot show, by parameter; kept unless replaced.
    pub kept: Vec<(&'static str, String)>,
}

/// A value in the panel that cannot become a filter.
#[derive(Clone, Debug, PartialEq)]
pub struct FilterError {
    pub field: FilterField,
    pub message: Text,
}

impl FilterDraft {
    pub fn from_query(query: &ListQuery) -> Self {
        let mut draft = Self::default();
        for (parameter, value) in &query.filters {
            if !draft.take(parameter, value) {
                draft.kept.push((parameter, value.clone()));
            }
        }
        draft
    }

    /// Fills the control for one URL filter; false when the panel cannot show it.
    fn take(&mut self, parameter: &str, value: &str) -> bool {
        let Ok(operations) = ndata::parse_filter(value) else { return false };
        match parameter {
            "IsActive" => bool_value(value).map(|b| self.active = Some(b)).is_some(),
            "IsExpired" => bool_value(value).map(|b| self.expired = Some(b)).is_some(),
            "DiscountRate" => range_from(&operations).map(|r| self.discount = r).is_some(),
            "CreditRate" => range_from(&operations).map(|r| self.credit = r).is_some(),
            "ExpirationTime" => self.take_expiry(&operations),
            "ExternalId" => equality(&operations).map(|text| self.external_id = text).is_some(),
            "CardSerialNumber" => equality(&operations).map(|text| self.card = text).is_some(),
            _ => false,
        }
    }

    fn take_expiry(&mut self, operations: &[Operation]) -> bool {
        let (mut after, mut before) = (None, None);
        for operation in operations {
            let date = operation.arg().filter(|arg| crate::calendar::parse_date(arg).is_some());
            match (operation.operator, date) {
                (Operator::Gte, Some(date)) if after.is_none() => after = Some(date.to_owned()),
                (Operator::Lt, Some(date)) if before.is_none() => before = Some(date.to_owned()),
                _ => return false,
            }
        }
        self.expires_after = after.unwrap_or_default();
        self.expires_before = before.unwrap_or_default();
        true
    }

    /// A filter the panel cannot show, for a note next to its control.
    pub fn kept_value(&self, field: FilterField) -> Option<&str> {
        self.kept.iter().find(|(p, _)| *p == field.parameter()).map(|(_, v)| v.as_str())
    }

    /// The query with these filters (and the same search, sort and page size). The page
    /// goes back to 1 when the filters change.
    pub fn apply(&self, query: &ListQuery) -> Result<ListQuery, Vec<FilterError>> {
        let mut errors = Vec::new();
        let mut values: Vec<(&'static str, Option<String>)> = vec![
            ("IsActive", self.active.map(|b| b.to_string())),
            ("IsExpired", self.expired.map(|b| b.to_string())),
            ("DiscountRate", range_filter(&self.discount, FilterField::Discount, &mut errors)),
            ("CreditRate", range_filter(&self.credit, FilterField::Credit, &mut errors)),
            ("ExpirationTime", self.expiry_filter(&mut errors)),
            ("ExternalId", text_filter(&self.external_id)),
            ("CardSerialNumber", text_filter(&self.card)),
        ];
        if !errors.is_empty() {
            return Err(errors);
        }
        for (parameter, value) in &mut values {
            if value.is_none() {
                *value = self.kept.iter().find(|(p, _)| p == parameter).map(|(_, v)| v.clone());
            }
        }
        let mut next = query.clone();
        for (parameter, value) in values {
            next.set_filter(parameter, value);
        }
        Ok(if same_filters(&next.filters, &query.filters) { query.clone() } else { next })
    }

    fn expiry_filter(&self, errors: &mut Vec<FilterError>) -> Option<String> {
        let after = date_value(&self.expires_after, FilterField::ExpiresAfter, errors);
        let before = date_value(&self.expires_before, FilterField::ExpiresBefore, errors);
        if let (Some(after), Some(before)) = (after, before)
            && after >= before
        {
            errors.push(FilterError { field: FilterField::ExpiresBefore, message: Text::new("filters-error-expiry-order") });
        }
        let mut operations = Vec::new();
        if let Some(after) = after {
            operations.push(Operation::new(Operator::Gte, [after.to_string()]));
        }
        if let Some(before) = before {
            operations.push(Operation::new(Operator::Lt, [before.to_string()]));
        }
        (!operations.is_empty()).then(|| ndata::encode_filter(&operations))
    }
}

/// Equal in meaning (`77` and `eq:77` are), so re-applying an unchanged panel keeps the page.
fn same_filters(a: &[(&'static str, String)], b: &[(&'static str, String)]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|((pa, va), (pb, vb))| pa == pb && ndata::parse_filter(va).ok() == ndata::parse_filter(vb).ok())
}

fn bool_value(value: &str) -> Option<bool> {
    match value {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

fn range_from(operations: &[Operation]) -> Option<RangeDraft> {
    let number = |op: &Operation| op.arg().filter(|arg| parse_decimal(arg).is_some()).map(str::to_owned);
    match operations {
        [single] => {
            let comparison = Comparison::ALL.into_iter().find(|c| c.single_operator() == Some(single.operator))?;
            Some(RangeDraft { comparison, from: number(single)?, to: String::new() })
        }
        [low, high] if low.operator == Operator::Gte && high.operator == Operator::Lte => {
            Some(RangeDraft { comparison: Comparison::Between, from: number(low)?, to: number(high)? })
        }
        _ => None,
    }
}

fn equality(operations: &[Operation]) -> Option<String> {
    match operations {
        [op] if op.operator == Operator::Eq => op.arg().map(str::to_owned),
        _ => None,
    }
}

fn number_arg(text: &str, field: FilterField, errors: &mut Vec<FilterError>) -> Option<String> {
    match parse_decimal(text) {
        Some(_) => Some(text.trim().replace(',', ".")),
        None => {
            let message =
                if text.trim().is_empty() { Text::new("filters-error-number-missing") } else { Text::new("filters-error-number") };
            errors.push(FilterError { field, message });
            None
        }
    }
}

fn range_filter(range: &RangeDraft, field: FilterField, errors: &mut Vec<FilterError>) -> Option<String> {
    if range.comparison == Comparison::Any {
        return None;
    }
    let from = number_arg(&range.from, field, errors)?;
    let operations = match range.comparison.single_operator() {
        Some(operator) => vec![Operation::new(operator, [from])],
        None => {
            let to = number_arg(&range.to, field, errors)?;
            if parse_decimal(&from) > parse_decimal(&to) {
                errors.push(FilterError { field, message: Text::new("filters-error-range-order") });
                return None;
            }
            vec![Operation::new(Operator::Gte, [from]), Operation::new(Operator::Lte, [to])]
        }
    };
    Some(ndata::encode_filter(&operations))
}

fn date_value(text: &str, field: FilterField, errors: &mut Vec<FilterError>) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let date = crate::calendar::parse_date(text);
    if date.is_none() {
        errors.push(FilterError { field, message: Text::new("filters-error-date") });
    }
    date
}

fn text_filter(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| ndata::encode_filter(&[Operation::eq(text)]))
}

#[cfg(test)]
mod tests;
