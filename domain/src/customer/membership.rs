//! The loyalty membership some vendors keep beside the contact details.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A customer's loyalty membership: group, points, when they joined and where. Of today's
/// vendors only DealPOS has it; the local server stores it beside the customer, so a vendor
/// without it (PORTOS cannot send it) leaves it alone.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Membership {
    /// When the customer joined (the list's From/To filter this).
    #[serde(default)]
    pub join_date: Option<NaiveDate>,
    /// A second number (DealPOS's `Phone`; its `Mobile` is the customer's `phone`).
    #[serde(default)]
    pub phone: Option<String>,
    /// Membership group, e.g. "Gold".
    #[serde(default)]
    pub group: Option<String>,
    /// When the group membership ends.
    #[serde(default)]
    pub expired_group: Option<NaiveDate>,
    #[serde(default)]
    pub loyalty_point: f64,
    /// The ID of the customer who referred this one.
    #[serde(default)]
    pub referred_by: Option<String>,
    #[serde(default)]
    pub image_url: Option<String>,
    /// The outlet (shop) where the customer signed up; the list's Outlet filter.
    #[serde(default)]
    pub sign_up_outlet: Option<String>,
}
