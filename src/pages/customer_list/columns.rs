//! The list's optional columns, and which of them the user has hidden. The choice is kept
//! in localStorage (it is a preference, not a secret), so it survives sign-out and reload.

use crate::api::customers::Features;
use crate::storage::{self, Area};
use customer_desk_domain::customer::property::Property;
use customer_desk_domain::i18n::Text;
use leptos::prelude::*;

const STORAGE_KEY: &str = "customer-desk.hidden-columns";

/// A column after the name, which is always shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Email,
    Phone,
    Company,
    Status,
    DiscountRate,
    CreditRate,
    Cards,
    Expires,
    Code,
    Group,
    LoyaltyPoints,
    Joined,
    Outlet,
}

impl Column {
    pub const ALL: [Column; 13] = [
        Self::Email,
        Self::Phone,
        Self::Company,
        Self::Status,
        Self::DiscountRate,
        Self::CreditRate,
        Self::Cards,
        Self::Expires,
        Self::Code,
        Self::Group,
        Self::LoyaltyPoints,
        Self::Joined,
        Self::Outlet,
    ];

    /// Whether the configured API has this column's data.
    pub fn available(self, features: &Features) -> bool {
        match self {
            Self::Email | Self::Phone | Self::Status => true,
            Self::Company | Self::DiscountRate | Self::CreditRate | Self::Cards | Self::Expires => features.loyalty_details,
            Self::Code | Self::Group | Self::LoyaltyPoints | Self::Joined | Self::Outlet => features.membership,
        }
    }

    /// The record's members (PORTOS and DealPOS names, lower case) this column shows.
    fn members(self) -> &'static [&'static str] {
        match self {
            Self::Email => &["email"],
            Self::Phone => &["phone", "mobile"],
            Self::Company => &["company", "iscompany"],
            Self::Status => &["status", "isactive", "activationtime", "expirationtime"],
            Self::DiscountRate => &["discountrate"],
            Self::CreditRate => &["creditrate"],
            Self::Cards => &["cards"],
            Self::Expires => &["expirationtime", "cards"],
            Self::Code => &["code", "externalid"],
            Self::Group => &["group", "expiredgroup"],
            Self::LoyaltyPoints => &["loyaltypoint"],
            Self::Joined => &["joindate"],
            Self::Outlet => &["signupoutlet"],
        }
    }

    /// Whether a row showing `columns` shows the member at `path` (`cards[1].isActive`): the
    /// name it always shows, or one of the columns'. A member the row does not show is for
    /// the customer's page to name, not the list.
    pub fn row_shows(path: &str, columns: &[Column]) -> bool {
        let member = path.split(['.', '[']).next().unwrap_or(path).to_ascii_lowercase();
        const NAME: [&str; 9] = ["", "id", "firstname", "lastname", "fullname", "name", "iscompany", "company", "_v"];
        NAME.contains(&member.as_str()) || columns.iter().any(|column| column.members().contains(&member.as_str()))
    }

    /// The stored name, stable across releases (also the cell's `data-column`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Company => "company",
            Self::Status => "status",
            Self::DiscountRate => "discountRate",
            Self::CreditRate => "creditRate",
            Self::Cards => "cards",
            Self::Expires => "expires",
            Self::Code => "code",
            Self::Group => "group",
            Self::LoyaltyPoints => "loyaltyPoints",
            Self::Joined => "joined",
            Self::Outlet => "outlet",
        }
    }

    /// The customer property the column shows; its header comes from there.
    pub fn property(self) -> Property {
        match self {
            Self::Email => Property::Email,
            Self::Phone => Property::Phone,
            Self::Company => Property::CompanyName,
            Self::Status => Property::Status,
            Self::DiscountRate => Property::DiscountRate,
            Self::CreditRate => Property::CreditRate,
            Self::Cards => Property::Cards,
            Self::Expires => Property::ExpirationTime,
            Self::Code => Property::ExternalId,
            Self::Group => Property::Group,
            Self::LoyaltyPoints => Property::LoyaltyPoints,
            Self::Joined => Property::Joined,
            Self::Outlet => Property::Outlet,
        }
    }

    /// The column's name: its header, its checkbox in the column chooser, and how sort
    /// announcements name it.
    pub fn label(self) -> Text {
        Text::new(self.property().describe().column.unwrap_or("list-column-name"))
    }

    /// The PORTOS property a header click sorts by.
    pub fn sort_property(self) -> Option<&'static str> {
        match self {
            Self::Email => Some("email"),
            Self::Phone => Some("phone"),
            Self::Company => Some("companyName"),
            Self::Status => Some("status"),
            Self::DiscountRate => Some("discountRate"),
            Self::CreditRate => Some("creditRate"),
            Self::Cards => None,
            Self::Expires => Some("expirationTime"),
            Self::Code | Self::Group | Self::LoyaltyPoints | Self::Joined | Self::Outlet => None,
        }
    }

    /// Shown on the card a narrow screen shows instead of a row.
    pub fn on_card(self) -> bool {
        matches!(self, Self::Email | Self::Phone | Self::Company | Self::Status)
    }

    pub fn numeric(self) -> bool {
        matches!(self, Self::DiscountRate | Self::CreditRate | Self::Cards | Self::LoyaltyPoints)
    }
}

/// The hidden columns, read from and written back to localStorage.
#[derive(Clone, Copy)]
pub struct HiddenColumns(RwSignal<Vec<Column>>);

impl HiddenColumns {
    pub fn load() -> Self {
        let keys: Vec<String> = storage::read_json(Area::Local, STORAGE_KEY).unwrap_or_default();
        Self(RwSignal::new(Column::ALL.into_iter().filter(|c| keys.iter().any(|k| k == c.key())).collect()))
    }

    /// The columns to show: those the API has and the user has not hidden.
    pub fn visible(&self, features: Features) -> Signal<Vec<Column>> {
        let hidden = self.0;
        Signal::derive(move || {
            hidden.with(|hidden| Column::ALL.into_iter().filter(|c| c.available(&features) && !hidden.contains(c)).collect())
        })
    }

    pub fn is_shown(&self, column: Column) -> bool {
        self.0.with(|hidden| !hidden.contains(&column))
    }

    pub fn set_shown(&self, column: Column, shown: bool) {
        self.0.update(|hidden| {
            hidden.retain(|c| *c != column);
            if !shown {
                hidden.push(column);
            }
        });
        let keys: Vec<&str> = self.0.with_untracked(|hidden| hidden.iter().map(|c| c.key()).collect());
        storage::write_json(Area::Local, STORAGE_KEY, &keys);
    }
}

/// How tall the list's rows are: comfortable (touch-sized) or compact (about 36 px, so a
/// laptop screen shows twice the customers). A preference of each user on this browser,
/// kept in localStorage.
#[derive(Clone, Copy)]
pub struct Density(RwSignal<bool>, StoredValue<String>);

impl Density {
    pub fn load(user: Option<String>) -> Self {
        let key = format!("customer-desk.density.{}", user.unwrap_or_default());
        let compact = storage::read_json::<String>(Area::Local, &key).is_some_and(|value| value == "compact");
        Self(RwSignal::new(compact), StoredValue::new(key))
    }

    pub fn is_compact(&self) -> bool {
        self.0.get()
    }

    pub fn set_compact(&self, compact: bool) {
        self.0.set(compact);
        let value = if compact { "compact" } else { "comfortable" };
        self.1.with_value(|key| storage::write_json(Area::Local, key, &value));
    }
}
