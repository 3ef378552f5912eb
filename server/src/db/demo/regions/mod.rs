//! The demo's three markets, one file each (Slovak, English, Indonesian): the names,
//! places, trades and notes its customers are made of.

pub(super) struct Region {
    pub(super) country: &'static str,
    pub(super) male: &'static [&'static str],
    pub(super) female: &'static [&'static str],
    /// (male, female) surname forms; Indonesian names do not change.
    pub(super) surnames: &'static [(&'static str, &'static str)],
    pub(super) cities: &'static [(&'static str, &'static str)],
    pub(super) streets: &'static [&'static str],
    /// A company's trade (or, for an Indonesian PT, the word after the family name).
    pub(super) trades: &'static [&'static str],
    pub(super) company_suffix: &'static str,
    pub(super) notes: &'static [&'static str],
    pub(super) phone_prefix: &'static str,
    pub(super) vat_prefix: &'static str,
}

mod british;
mod indonesian;
mod slovak;

// The three languages' markets, with names, companies and cities spread wide enough that
// a page sorted by name does not repeat one name: 40 first names and 46 surnames a region.
pub(super) const REGIONS: [Region; 3] = [slovak::REGION, british::REGION, indonesian::REGION];
