//! From a CSV row to a customer: which column is which field, the values as people write
//! them, and errors per cell.

use crate::csv::export::{BOM, record};
use crate::customer::property::Property;
use crate::customer::validation::{parse_decimal, validate_customer};
use crate::customer::{Card, Company, Customer};
use crate::i18n::Text;
use crate::lenient::parse_moment;
use crate::problem::same_member;

/// What a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// The whole name, as the export writes it: split into first and last name.
    FullName,
    FirstName,
    LastName,
    Email,
    Phone,
    BirthDate,
    CompanyName,
    VatId,
    TaxId,
    Active,
    ActivationTime,
    ExpirationTime,
    DiscountRate,
    CreditRate,
    Cards,
    ExternalId,
    Note,
    Street,
    City,
    PostalCode,
    Country,
    /// The customer's id on the server (the export's "ID"): the row updates that customer.
    Id,
}

impl Target {
    pub const ALL: [Target; 22] = [
        Target::FullName,
        Target::FirstName,
        Target::LastName,
        Target::Email,
        Target::Phone,
        Target::BirthDate,
        Target::CompanyName,
        Target::VatId,
        Target::TaxId,
        Target::Active,
        Target::ActivationTime,
        Target::ExpirationTime,
        Target::DiscountRate,
        Target::CreditRate,
        Target::Cards,
        Target::ExternalId,
        Target::Note,
        Target::Street,
        Target::City,
        Target::PostalCode,
        Target::Country,
        Target::Id,
    ];

    /// The customer property it fills: its label and heading words come from there.
    pub fn property(self) -> Property {
        match self {
            Target::FullName => Property::Name,
            Target::FirstName => Property::FirstName,
            Target::LastName => Property::LastName,
            Target::Email => Property::Email,
            Target::Phone => Property::Phone,
            Target::BirthDate => Property::BirthDate,
            Target::CompanyName => Property::CompanyName,
            Target::VatId => Property::VatId,
            Target::TaxId => Property::TaxId,
            Target::Active => Property::Active,
            Target::ActivationTime => Property::ActivationTime,
            Target::ExpirationTime => Property::ExpirationTime,
            Target::DiscountRate => Property::DiscountRate,
            Target::CreditRate => Property::CreditRate,
            Target::Cards => Property::Cards,
            Target::ExternalId => Property::ExternalId,
            Target::Note => Property::Note,
            Target::Street => Property::Street,
            Target::City => Property::City,
            Target::PostalCode => Property::PostalCode,
            Target::Country => Property::Country,
            Target::Id => Property::Id,
        }
    }

    /// The field's name as the form labels it.
    pub fn label(self) -> Text {
        self.property().label()
    }

    /// Header words that mean this target.
    fn names(self) -> &'static [&'static str] {
        self.property().describe().csv_words
    }

    /// The domain members whose errors are about this column.
    fn members(self) -> Vec<&'static str> {
        match self {
            Target::FullName => vec!["firstName", "lastName"],
            other => vec![other.property().describe().member],
        }
    }
}

/// Lower case, no diacritics, letters and digits only: "E-mail" and "e mail" are "email".
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let base = match c {
                'á' | 'ä' | 'à' | 'â' | 'Á' | 'Ä' => 'a',
                'č' | 'Č' | 'ç' => 'c',
                'ď' | 'Ď' => 'd',
                'é' | 'ě' | 'è' | 'É' | 'Ě' => 'e',
                'í' | 'Í' => 'i',
                'ĺ' | 'ľ' | 'Ĺ' | 'Ľ' => 'l',
                'ň' | 'Ň' => 'n',
                'ó' | 'ô' | 'ö' | 'Ó' | 'Ô' => 'o',
                'ŕ' | 'ř' | 'Ŕ' | 'Ř' => 'r',
                'š' | 'Š' => 's',
                'ť' | 'Ť' => 't',
                'ú' | 'ů' | 'ü' | 'Ú' | 'Ů' => 'u',
                'ý' | 'Ý' => 'y',
                'ž' | 'Ž' => 'z',
                other => other,
            };
            base.to_lowercase()
        })
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The target of each column, guessed from its header; each target at most once (the
/// first column that names it), `None` for a column to skip (the export's derived
/// "Status", say).
pub fn guess_mapping(header: &[String]) -> Vec<Option<Target>> {
    let mut taken = Vec::new();
    header
        .iter()
        .map(|name| {
            let folded = fold(name);
            let target = Target::ALL.into_iter().find(|target| !taken.contains(target) && target.names().contains(&folded.as_str()));
            taken.extend(target);
            target
        })
        .collect()
}

/// A problem with one cell: which column and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct CellError {
    /// The column, or `None` when the error is about a field no column fills (a name is
    /// required, say).
    pub column: Option<usize>,
    pub text: Text,
}

/// The customer a row makes: the one to create, or the existing one changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Prepared {
    pub customer: Customer,
    /// False when the row leaves an existing customer as it is (it is then skipped).
    pub changed: bool,
}

/// The row's External ID, when a column holds one: an existing customer with it is updated.
pub fn external_id(cells: &[String], mapping: &[Option<Target>]) -> Option<String> {
    let column = mapping.iter().position(|target| *target == Some(Target::ExternalId))?;
    cells.get(column).map(|cell| unguard(cell.trim())).filter(|id| !id.is_empty()).map(str::to_owned)
}

/// The export's formula guard undone: `'=1+1` is `=1+1`, `'+421` is `+421`.
pub(super) fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// `onto` (an existing customer, or `Customer::default()` for a new one) with the row's
/// mapped cells; an empty cell clears its field. Errors name their cells.
pub fn apply_row(cells: &[String], mapping: &[Option<Target>], onto: &Customer) -> Result<Prepared, Vec<CellError>> {
    let mut customer = onto.clone();
    let mut errors = Vec::new();
    let is_new = onto.id.is_empty();
    for (column, target) in mapping.iter().enumerate() {
        let Some(target) = *target else { continue };
        let raw = cells.get(column).map(String::as_str).unwrap_or_default();
        let value = unguard(raw.trim());
        let text = (!value.is_empty()).then(|| value.to_owned());
        let mut fail = |message: Text| errors.push(CellError { column: Some(column), text: message.with("value", value) });
        match target {
            Target::FullName => set_full_name(&mut customer, text),
            Target::FirstName => customer.first_name = text,
            Target::LastName => customer.last_name = text,
            Target::Email => customer.email = text,
            Target::Phone => customer.phone = text,
            Target::ExternalId => customer.external_id = text,
            Target::Note => customer.note = text,
            Target::CompanyName => company(&mut customer).name = text,
            Target::VatId => company(&mut customer).vat_id = text,
            Target::TaxId => company(&mut customer).tax_id = text,
            Target::Street => address(&mut customer).street = text,
            Target::City => address(&mut customer).city = text,
            Target::PostalCode => address(&mut customer).zip_code = text,
            Target::Country => address(&mut customer).country = text,
            Target::Active => match yes_or_no(value) {
                Some(active) => customer.is_active = active,
                None if value.is_empty() => {}
                None => fail(Text::new("import-error-yes-no")),
            },
            Target::DiscountRate | Target::CreditRate => {
                let number = if value.is_empty() { Some(0.0) } else { parse_decimal(value.trim_end_matches('%').trim()) };
                match (number, target) {
                    (Some(n), Target::DiscountRate) => customer.discount_rate = n,
                    (Some(n), _) => customer.credit_rate = n,
                    (None, _) => fail(Text::new("import-error-number")),
                }
            }
            Target::ActivationTime | Target::ExpirationTime => {
                let moment = parse_moment(value);
                if moment.is_none() && !value.is_empty() {
                    fail(Text::new("import-error-date-time"));
                } else if target == Target::ActivationTime {
                    customer.activation_time = moment;
                } else {
                    customer.expiration_time = moment;
                }
            }
            Target::BirthDate => match crate::calendar::parse_day(value) {
                Some(day) => customer.birth_date = Some(day),
                None if value.is_empty() => customer.birth_date = None,
                None => fail(Text::new("import-error-date")),
            },
            Target::Cards => customer.cards = cards(value, &onto.cards),
            // It names the customer the row is for; it is never written.
            Target::Id => {}
        }
    }
    if customer.address.as_ref().is_some_and(|a| *a == Default::default()) {
        customer.address = None;
    }
    if customer.company.as_ref().is_some_and(|c| *c == Default::default()) {
        customer.company = None;
    }
    // A new customer named only by a company is a company.
    if is_new
        && customer.first_name.is_none()
        && customer.last_name.is_none()
        && customer.company.as_ref().is_some_and(|c| c.name.is_some())
    {
        customer.is_company = true;
    }
    let names = |c: &Customer| (c.first_name.clone(), c.last_name.clone(), c.company.as_ref().and_then(|c| c.name.clone()));
    if names(&customer) != names(onto) {
        customer.full_name = customer.derived_full_name();
    }
    for error in validate_customer(&customer) {
        let column = mapping.iter().position(|target| {
            target.is_some_and(|t| t.members().iter().any(|m| same_member(&error.member_name, m) || error.member_name.starts_with(m)))
        });
        if !errors.iter().any(|e: &CellError| e.column.is_some() && e.column == column) {
            errors.push(CellError {
                column,
                text: error.text.unwrap_or_else(|| Text::new("api-server-message").with("message", error.message)),
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let changed = customer != *onto;
    Ok(Prepared { customer, changed })
}

/// "Ján Novák" as first name "Ján" and last name "Novák"; one word is a last name. The
/// name the customer already goes by changes nothing.
fn set_full_name(customer: &mut Customer, name: Option<String>) {
    if name.as_deref() == Some(customer.display_name().as_str()) {
        return;
    }
    let Some(name) = name else {
        customer.first_name = None;
        customer.last_name = None;
        return;
    };
    match name.trim().rsplit_once(' ') {
        Some((first, last)) => {
            customer.first_name = Some(first.trim().to_owned());
            customer.last_name = Some(last.to_owned());
        }
        None => {
            customer.first_name = None;
            customer.last_name = Some(name);
        }
    }
}

fn company(customer: &mut Customer) -> &mut Company {
    customer.company.get_or_insert_with(Company::default)
}

fn address(customer: &mut Customer) -> &mut crate::customer::Address {
    customer.address.get_or_insert_with(Default::default)
}

fn yes_or_no(value: &str) -> Option<bool> {
    match fold(value).as_str() {
        "yes" | "y" | "true" | "1" | "ano" | "a" | "ya" => Some(true),
        "no" | "n" | "false" | "0" | "nie" | "tidak" => Some(false),
        _ => None,
    }
}

/// Serial numbers separated by `;` (as the export writes them) or `,`; a card the customer
/// already has keeps everything else about it.
fn cards(value: &str, existing: &[Card]) -> Vec<Card> {
    value
        .split([';', ','])
        .map(str::trim)
        .filter(|serial| !serial.is_empty())
        .map(|serial| {
            existing
                .iter()
                .find(|card| card.serial_number == serial)
                .cloned()
                .unwrap_or_else(|| Card { serial_number: serial.to_owned(), ..Card::default() })
        })
        .collect()
}

/// The rows that failed, to fix and import again: the file's header and rows as read, each
/// with the reason in a last column "Reason".
pub fn failed_rows_csv(header: &[String], failed: &[(Vec<String>, String)]) -> String {
    let mut text = String::from(BOM);
    let mut titles = header.to_vec();
    titles.push("Reason".to_owned());
    text.push_str(&record(&titles));
    for (cells, reason) in failed {
        let mut cells = cells.clone();
        cells.resize(header.len(), String::new());
        cells.push(reason.clone());
        text.push_str(&record(&cells));
    }
    text
}
