//! One card of the form as typed: what a clerk edits (serial number, active, virtual,
//! validity, note), and the card as read, so a save keeps every field the form does not own.

use super::{local_time, non_empty, parse_or_report, utc_time};
use crate::calendar::Zone;
use crate::customer::Card;
use crate::i18n::Text;
use crate::problem::ValidationError;

#[derive(Clone, Debug, PartialEq)]
pub struct CardForm {
    pub serial_number: String,
    pub is_active: bool,
    pub is_virtual: bool,
    pub activation_time: String,
    pub expiration_time: String,
    pub note: String,
    /// `None` for a card added in this form.
    pub read: Option<Card>,
}

impl CardForm {
    /// A card added in the form: active and physical.
    pub fn new() -> Self {
        Self::from_card(&Card::default(), Zone::Fixed(0), None)
    }

    /// A card of the customer as the form first shows it.
    pub(crate) fn from_card_as_read(card: &Card, zone: Zone) -> Self {
        Self::from_card(card, zone, Some(card.clone()))
    }

    pub(crate) fn from_card(card: &Card, zone: Zone, read: Option<Card>) -> Self {
        Self {
            serial_number: card.serial_number.clone(),
            is_active: card.is_active,
            is_virtual: card.is_virtual,
            activation_time: local_time(card.activation_time, zone),
            expiration_time: local_time(card.expiration_time, zone),
            note: card.note.clone().unwrap_or_default(),
            read,
        }
    }

    /// The card to send: the card as read (a default card for a new one) with what the
    /// user changed. `index` names the card in errors (`cards[1].expirationTime`).
    pub(crate) fn to_card(&self, index: usize, zone: Zone, errors: &mut Vec<ValidationError>) -> Card {
        let mut card = self.read.clone().unwrap_or_default();
        let initial = Self::from_card(&card, zone, None);
        if self.serial_number != initial.serial_number {
            card.serial_number = self.serial_number.trim().to_owned();
        }
        if self.is_active != initial.is_active {
            card.is_active = self.is_active;
        }
        if self.is_virtual != initial.is_virtual {
            card.is_virtual = self.is_virtual;
        }
        let time = |typed: &str, member: &str, errors: &mut Vec<ValidationError>| {
            let invalid = Text::new("form-error-invalid-card-time").with("value", typed);
            parse_or_report(non_empty(typed), &format!("cards[{index}].{member}"), invalid, errors, |text| utc_time(text, zone))
        };
        if self.activation_time != initial.activation_time {
            card.activation_time = time(&self.activation_time, "activationTime", errors);
        }
        if self.expiration_time != initial.expiration_time {
            card.expiration_time = time(&self.expiration_time, "expirationTime", errors);
        }
        if self.note != initial.note {
            card.note = non_empty(&self.note);
        }
        card
    }
}

impl Default for CardForm {
    fn default() -> Self {
        Self::new()
    }
}
