//! Every property of a customer that people meet by name, described once: its id, its
//! label, its member on the wire, the CSV heading words that mean it, the export's heading
//! and the list column's. The form (`form::Field`), the import (`csv::import::Target`),
//! the export (`csv::export::EXPORTED`) and the list's columns (the app's `Column`) take
//! these facts from here, and the tests below hold each of them to this table, so a
//! property added here and forgotten in one of them fails a test.
//!
//! How a value is shown, parsed and written stays with each of those, by `match`: adding
//! a variant here makes the compiler list the matches that must learn it.

use crate::i18n::Text;

/// A customer's property, as the shop knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Property {
    Id,
    /// The whole name as one text (first and last name, or the company's).
    Name,
    FirstName,
    LastName,
    Email,
    Phone,
    BirthDate,
    ExternalId,
    Active,
    /// Whether the customer is valid today (active, and within its validity window).
    Status,
    ActivationTime,
    ExpirationTime,
    DiscountRate,
    CreditRate,
    Note,
    Cards,
    CompanyName,
    VatId,
    TaxId,
    Crn,
    Street,
    City,
    PostalCode,
    Country,
    DeliveryStreet,
    DeliveryCity,
    DeliveryPostalCode,
    DeliveryCountry,
    /// Membership (DealPOS): the loyalty group.
    Group,
    LoyaltyPoints,
    /// Membership (DealPOS): when the customer joined.
    Joined,
    /// Membership (DealPOS): the outlet where the customer signed up.
    Outlet,
}

/// What people see of a property, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Descriptor {
    /// Stable id: the form field's element id and its key in drafts.
    pub id: &'static str,
    /// Message id of its label in the form and the import's mapping.
    pub label: &'static str,
    /// Its member in the domain's (and PORTOS's) JSON, as servers name it in errors.
    pub member: &'static str,
    /// The form has a text field for it.
    pub form_field: bool,
    /// Message id of its list column's header, when the list can show it as a column.
    pub column: Option<&'static str>,
    /// Header words the import recognises (folded: lower case, no diacritics, letters and
    /// digits only) in English, Slovak and Indonesian, the export's own first; empty when
    /// a file cannot set it.
    pub csv_words: &'static [&'static str],
    /// The export's header for it, when exports carry it.
    pub export_heading: Option<&'static str>,
}

const NONE: Descriptor =
    Descriptor { id: "", label: "", member: "", form_field: false, column: None, csv_words: &[], export_heading: None };

/// A property the form has a text field for.
const fn field(id: &'static str, label: &'static str, member: &'static str) -> Descriptor {
    Descriptor { id, label, member, form_field: true, ..NONE }
}

impl Property {
    pub const ALL: [Property; 32] = [
        Property::Id,
        Property::Name,
        Property::FirstName,
        Property::LastName,
        Property::Email,
        Property::Phone,
        Property::BirthDate,
        Property::ExternalId,
        Property::Active,
        Property::Status,
        Property::ActivationTime,
        Property::ExpirationTime,
        Property::DiscountRate,
        Property::CreditRate,
        Property::Note,
        Property::Cards,
        Property::CompanyName,
        Property::VatId,
        Property::TaxId,
        Property::Crn,
        Property::Street,
        Property::City,
        Property::PostalCode,
        Property::Country,
        Property::DeliveryStreet,
        Property::DeliveryCity,
        Property::DeliveryPostalCode,
        Property::DeliveryCountry,
        Property::Group,
        Property::LoyaltyPoints,
        Property::Joined,
        Property::Outlet,
    ];

    /// The one description of this property.
    pub const fn describe(self) -> Descriptor {
        use Property as P;
        match self {
            P::Id => Descriptor {
                id: "id",
                label: "import-id",
                member: "id",
                csv_words: &["id", "customerid", "idzakaznika", "idpelanggan"],
                export_heading: Some("ID"),
                ..NONE
            },
            P::Name => Descriptor {
                id: "name",
                label: "import-full-name",
                member: "name",
                csv_words: &["name", "fullname", "menoapriezvisko", "celemeno", "nama", "namalengkap", "customer", "zakaznik"],
                export_heading: Some("Name"),
                ..NONE
            },
            P::FirstName => Descriptor {
                csv_words: &["firstname", "givenname", "meno", "krstnemeno", "namadepan"],
                ..field("first-name", "form-first-name", "firstName")
            },
            P::LastName => Descriptor {
                csv_words: &["lastname", "surname", "familyname", "priezvisko", "namabelakang"],
                ..field("last-name", "form-last-name", "lastName")
            },
            P::Email => Descriptor {
                column: Some("list-column-email"),
                csv_words: &["email", "mail", "emailaddress"],
                export_heading: Some("Email"),
                ..field("email", "form-email", "email")
            },
            P::Phone => Descriptor {
                column: Some("list-column-phone"),
                csv_words: &["phone", "telephone", "mobile", "tel", "telefon", "mobil", "telepon", "hp"],
                export_heading: Some("Phone"),
                ..field("phone", "form-phone", "phone")
            },
            P::BirthDate => Descriptor {
                csv_words: &["birthdate", "dateofbirth", "birthday", "datumnarodenia", "tanggallahir"],
                ..field("birth-date", "form-birth-date", "birthDate")
            },
            P::ExternalId => Descriptor {
                column: Some("list-column-code"),
                csv_words: &["externalid", "external", "code", "kod", "kode"],
                export_heading: Some("External ID"),
                ..field("external-id", "form-external-id", "externalId")
            },
            P::Active => Descriptor {
                id: "active",
                label: "form-active",
                member: "isActive",
                csv_words: &["active", "isactive", "aktivny", "aktif"],
                export_heading: Some("Active"),
                ..NONE
            },
            P::Status => Descriptor {
                id: "status",
                label: "list-column-status",
                member: "status",
                column: Some("list-column-status"),
                export_heading: Some("Status"),
                ..NONE
            },
            P::ActivationTime => Descriptor {
                csv_words: &["activationtime", "validfrom", "platnyod", "berlakudari"],
                ..field("activation-time", "form-activation-time", "activationTime")
            },
            P::ExpirationTime => Descriptor {
                column: Some("list-column-expires"),
                csv_words: &["expires", "expirationtime", "validuntil", "platnostdo", "platnydo", "berlakuhingga"],
                export_heading: Some("Expires"),
                ..field("expiration-time", "form-expiration-time", "expirationTime")
            },
            P::DiscountRate => Descriptor {
                column: Some("list-column-discount-rate"),
                csv_words: &["discountrate", "discount", "zlava", "diskon"],
                export_heading: Some("Discount rate"),
                ..field("discount-rate", "form-discount-rate", "discountRate")
            },
            P::CreditRate => Descriptor {
                column: Some("list-column-credit-rate"),
                csv_words: &["creditrate", "sadzbakreditu"],
                export_heading: Some("Credit rate"),
                ..field("credit-rate", "form-credit-rate", "creditRate")
            },
            P::Note => Descriptor {
                csv_words: &["note", "notes", "poznamka", "catatan"],
                export_heading: Some("Note"),
                ..field("note", "form-note", "note")
            },
            P::Cards => Descriptor {
                id: "cards",
                label: "form-cards",
                member: "cards",
                column: Some("list-column-cards"),
                csv_words: &["cards", "card", "karty", "karta", "kartu"],
                export_heading: Some("Cards"),
                ..NONE
            },
            P::CompanyName => Descriptor {
                column: Some("list-column-company"),
                csv_words: &["company", "companyname", "firma", "spolocnost", "perusahaan", "organization"],
                export_heading: Some("Company"),
                ..field("company-name", "form-company-name", "company.name")
            },
            P::VatId => Descriptor { csv_words: &["vatid", "vat", "icdph", "npwp"], ..field("vat-id", "form-vat-id", "company.vatId") },
            P::TaxId => Descriptor { csv_words: &["taxid", "dic"], ..field("tax-id", "form-tax-id", "company.taxId") },
            P::Crn => field("crn", "form-crn", "company.crn"),
            P::Street => Descriptor {
                csv_words: &["street", "address", "ulica", "adresa", "jalan", "alamat"],
                ..field("street", "form-street", "address.street")
            },
            P::City => Descriptor { csv_words: &["city", "town", "mesto", "obec", "kota"], ..field("city", "form-city", "address.city") },
            P::PostalCode => Descriptor {
                csv_words: &["postalcode", "zip", "zipcode", "postcode", "psc", "kodepos"],
                ..field("postal-code", "form-postal-code", "address.zipCode")
            },
            P::Country => {
                Descriptor { csv_words: &["country", "krajina", "stat", "negara"], ..field("country", "form-country", "address.country") }
            }
            P::DeliveryStreet => field("delivery-street", "form-delivery-street", "deliveryAddress.street"),
            P::DeliveryCity => field("delivery-city", "form-delivery-city", "deliveryAddress.city"),
            P::DeliveryPostalCode => field("delivery-postal-code", "form-delivery-postal-code", "deliveryAddress.zipCode"),
            P::DeliveryCountry => field("delivery-country", "form-delivery-country", "deliveryAddress.country"),
            P::Group => Descriptor { id: "group", label: "list-column-group", member: "group", column: Some("list-column-group"), ..NONE },
            P::LoyaltyPoints => Descriptor {
                id: "loyalty-points",
                label: "list-column-loyalty-points",
                member: "loyaltyPoint",
                column: Some("list-column-loyalty-points"),
                ..NONE
            },
            P::Joined => {
                Descriptor { id: "joined", label: "list-column-joined", member: "joinDate", column: Some("list-column-joined"), ..NONE }
            }
            P::Outlet => {
                Descriptor { id: "outlet", label: "list-column-outlet", member: "signUpOutlet", column: Some("list-column-outlet"), ..NONE }
            }
        }
    }

    /// Its label in the user's language (in the form, its field's accessible name).
    pub fn label(self) -> Text {
        Text::new(self.describe().label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv::export::EXPORTED;
    use crate::csv::import::Target;
    use crate::form::Field;
    use std::collections::HashSet;

    #[test]
    fn every_property_is_listed_once_with_its_own_id() {
        assert_eq!(Property::ALL.iter().collect::<HashSet<_>>().len(), Property::ALL.len());
        let ids: HashSet<&str> = Property::ALL.iter().map(|p| p.describe().id).collect();
        assert_eq!(ids.len(), Property::ALL.len(), "ids are unique");
        for property in Property::ALL {
            let described = property.describe();
            assert!(!described.id.is_empty() && !described.label.is_empty() && !described.member.is_empty(), "{property:?}");
        }
    }

    #[test]
    fn the_form_has_a_field_for_every_property_said_to_be_in_it() {
        for property in Property::ALL {
            let fields = Field::ALL.iter().filter(|field| field.property() == property).count();
            assert_eq!(fields, usize::from(property.describe().form_field), "{property:?}: form fields");
        }
    }

    #[test]
    fn the_import_can_fill_every_property_with_heading_words() {
        for property in Property::ALL {
            let targets = Target::ALL.iter().filter(|target| target.property() == property).count();
            assert_eq!(targets, usize::from(!property.describe().csv_words.is_empty()), "{property:?}: import targets");
        }
    }

    #[test]
    fn the_export_writes_every_property_with_a_heading() {
        for property in Property::ALL {
            let written = EXPORTED.iter().filter(|exported| **exported == property).count();
            assert_eq!(written, usize::from(property.describe().export_heading.is_some()), "{property:?}: export columns");
        }
    }

    #[test]
    fn no_two_properties_claim_the_same_heading_word() {
        let mut seen = HashSet::new();
        for word in Property::ALL.iter().flat_map(|p| p.describe().csv_words) {
            assert!(seen.insert(*word), "{word} means two properties");
        }
    }
}
