//! `--demo N`: fills an empty database with N deterministic, realistic customers (Slovak,
//! English and Indonesian names, companies, cards, addresses, some inactive or expired) and
//! a short credit history for each customer with credit, in one transaction with prepared
//! statements so 100,000 take seconds.

use super::StorageError;
use super::{credit, customers};
use chrono::{DateTime, Days, Duration, NaiveDate, TimeZone, Utc};
use customer_desk_domain::customer::Membership;
use customer_desk_domain::customer::{Address, Card, Company, Credit, CreditTransaction, Customer, CustomerStatus, Gender};
use rusqlite::Connection;

mod regions;

use regions::{REGIONS, Region};

/// SplitMix64: tiny, fast and the same on every platform, so demo data is reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// How many customers of each region and gender came before: the next one's name is the
/// next unused pair of a first name and a surname, so names repeat only past 1,840 of one
/// kind (random pairs repeated a name four times on one page).
#[derive(Default)]
struct NameCounter([[u64; 2]; 3]);

impl NameCounter {
    fn next(&mut self, region: usize, female: bool) -> u64 {
        let slot = &mut self.0[region][usize::from(female)];
        *slot += 1;
        *slot - 1
    }
}

fn customer(index: u64, rng: &mut Rng, names: &mut NameCounter, now: DateTime<Utc>) -> Customer {
    let region_index = rng.below(3) as usize;
    let region = &REGIONS[region_index];
    let female = rng.chance(50);
    // The two draws that once picked the name stay, so every other field is as before.
    let (_, _) = (rng.next(), rng.next());
    let given = if female { region.female } else { region.male };
    let ordinal = names.next(region_index, female);
    let first = given[(ordinal % given.len() as u64) as usize].to_string();
    let surname_index = (ordinal / given.len() as u64 + ordinal * 7) % region.surnames.len() as u64;
    let (male_surname, female_surname) = region.surnames[surname_index as usize];
    let last = if female { female_surname } else { male_surname }.to_string();
    let (city, zip) = region.cities[rng.below(region.cities.len() as u64) as usize];
    let is_company = rng.chance(20);
    let company = is_company.then(|| {
        let (trade, suffix) = (rng.pick(region.trades), region.company_suffix);
        let name = match region.country {
            "ID" => format!("{suffix} {male_surname} {trade}"),
            "GB" => format!("{male_surname} {trade} {suffix}"),
            _ => format!("{trade} {male_surname} {suffix}"),
        };
        let tax = format!("{:010}", 2_020_000_000 + index * 7 % 1_000_000_000);
        Company { name: Some(name), vat_id: Some(format!("{}{tax}", region.vat_prefix)), tax_id: Some(tax), crn: None }
    });
    let email_name: String =
        customer_desk_domain::fold::fold(&format!("{first}.{last}")).chars().filter(|c| c.is_ascii_alphanumeric() || *c == '.').collect();
    // Roughly 10% expired, 5% not yet valid, 10% inactive.
    let (activation_time, expiration_time) = match rng.below(20) {
        0 | 1 => (Some(now - Duration::days(400 + rng.below(400) as i64)), Some(now - Duration::days(1 + rng.below(300) as i64))),
        2 => (Some(now + Duration::days(1 + rng.below(60) as i64)), None),
        3..=7 => (Some(now - Duration::days(rng.below(700) as i64)), Some(now + Duration::days(30 + rng.below(700) as i64))),
        _ => (None, None),
    };
    let birth_date = NaiveDate::from_ymd_opt(1950 + rng.below(55) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32);
    let cards = (0..rng.below(3)).map(|n| Card { serial_number: format!("CARD-{:07}-{n}", index + 1), ..Card::default() }).collect();
    let credit = (rng.below(50_000) as f64) / 100.0;
    let mut customer = Customer {
        id: format!("cust-{:07}", index + 1),
        external_id: rng.chance(60).then(|| format!("EXT-{:06}", index + 1)),
        is_active: !rng.chance(10),
        status: CustomerStatus::Valid,
        activation_time,
        expiration_time,
        first_name: Some(first),
        last_name: Some(last),
        full_name: String::new(),
        gender: Some(if female { Gender::Female } else { Gender::Male }),
        birth_date: rng.chance(70).then_some(birth_date).flatten(),
        email: rng.chance(85).then(|| format!("{email_name}{}@example.{}", index + 1, region.country.to_lowercase())),
        phone: rng
            .chance(75)
            .then(|| format!("{}{:02} {:03} {:03}", region.phone_prefix, rng.below(100), rng.below(1000), rng.below(1000))),
        is_company,
        company,
        address: rng.chance(80).then(|| Address {
            street: Some(format!("{} {}", rng.pick(region.streets), 1 + rng.below(120))),
            city: Some(city.to_string()),
            zip_code: Some(zip.to_string()),
            country: Some(region.country.to_string()),
        }),
        delivery_address: None,
        note: rng.chance(25).then(|| rng.pick(region.notes).to_string()),
        discount_rate: [0.0, 0.0, 0.0, 5.0, 10.0, 15.0, 20.0, 50.0][rng.below(8) as usize],
        credit_rate: [0.0, 0.0, 1.0, 2.5, 5.0][rng.below(5) as usize],
        // The shop's currency where there is credit; the vendor's example has no label for none.
        credit: Credit { amount: credit, currency_label: (credit > 0.0).then(|| "EUR".to_owned()) },
        cards,
        version: 1,
        ..Customer::default()
    };
    customer.full_name = customer.derived_full_name();
    add_later_fields(&mut customer, index, region);
    add_dealpos_fields(&mut customer, index, region);
    customer
}

/// DealPOS-only data (join dates 2019 to 2025, groups, loyalty points, sign-up outlets in
/// the region's two largest cities) came later still, from its own generator per customer.
fn add_dealpos_fields(customer: &mut Customer, index: u64, region: &Region) {
    let mut rng = Rng(0xDEA1_0000 ^ index);
    let group = [None, None, Some("Silver"), Some("Gold"), Some("Platinum")][rng.below(5) as usize];
    let first_day = NaiveDate::from_ymd_opt(2019, 1, 1);
    customer.membership = Some(Membership {
        join_date: first_day.and_then(|day| day.checked_add_days(Days::new(rng.below(2557)))),
        phone: None,
        group: group.map(str::to_string),
        expired_group: group.and(NaiveDate::from_ymd_opt(2026 + rng.below(2) as i32, 12, 31)),
        loyalty_point: rng.below(2000) as f64,
        referred_by: None,
        image_url: None,
        sign_up_outlet: Some(region.cities[rng.below(2) as usize].0.to_string()),
    });
}

/// CRNs, delivery addresses and inactive cards came after the first demo data; they draw
/// from their own generator per customer, so every earlier field stays exactly as it was.
/// Virtual cards and validity came later still, from one more draw per card.
fn add_later_fields(customer: &mut Customer, index: u64, region: &Region) {
    let mut rng = Rng(0xC0DE_0000 ^ index);
    if let Some(company) = customer.company.as_mut().filter(|_| rng.chance(80)) {
        company.crn = Some(format!("{:08}", 30_000_000 + index * 13 % 60_000_000));
    }
    if rng.chance(15) {
        let (city, zip) = region.cities[rng.below(region.cities.len() as u64) as usize];
        customer.delivery_address = Some(Address {
            street: Some(format!("{} {}", rng.pick(region.streets), 1 + rng.below(120))),
            city: Some(city.to_string()),
            zip_code: Some(zip.to_string()),
            country: Some(region.country.to_string()),
        });
    }
    for card in &mut customer.cards {
        card.is_active = !rng.chance(10);
    }
    let mut cards = Rng(0xCA4D_0000 ^ index);
    let first_day = Utc.with_ymd_and_hms(2022, 1, 1, 0, 0, 0).single();
    for card in &mut customer.cards {
        card.is_virtual = cards.chance(20);
        card.activation_time = first_day.map(|day| day + Duration::days(cards.below(1400) as i64));
    }
}

const TOP_UP_NOTES: [&str; 2] = ["Top-up at the till", "Refund"];
const PAYMENT_NOTE: &str = "Purchase";

/// A few top-ups and payments, oldest first, whose last balance is the customer's credit.
fn credit_history(connection: &Connection, customer: &Customer, index: u64, now: DateTime<Utc>, extras: bool) -> Result<(), StorageError> {
    let target = (customer.credit.amount * 100.0).round() as i64;
    if target <= 0 {
        return Ok(());
    }
    let mut rng = Rng(0xBA1A_0000 ^ index);
    // At most four steps of at most 61 days each, so the last one is still in the past.
    let mut time = now - Duration::days(250 + rng.below(300) as i64);
    let mut balance = 0_i64;
    for _ in 0..rng.below(4) {
        let change = if balance > 0 && rng.chance(50) {
            -(1 + rng.below(balance as u64) as i64)
        } else {
            [1_000, 2_000, 5_000, 10_000, 20_000][rng.below(5) as usize]
        };
        let note = if change < 0 { PAYMENT_NOTE } else { rng.pick(&TOP_UP_NOTES) };
        let (before, after) = (balance as f64 / 100.0, (balance + change) as f64 / 100.0);
        let record = extras.then(|| transaction_record(time, before, after, note, index));
        credit::record(connection, &customer.id, time, before, after, Some(note), record.as_ref())?;
        balance += change;
        time += Duration::days(1 + rng.below(60) as i64) + Duration::minutes(rng.below(600) as i64);
    }
    let note = if target < balance { PAYMENT_NOTE } else { TOP_UP_NOTES[0] };
    let (before, after) = (balance as f64 / 100.0, target as f64 / 100.0);
    let record = extras.then(|| transaction_record(time, before, after, note, index));
    credit::record(connection, &customer.id, time, before, after, Some(note), record.as_ref())
}

/// With --wire-extras, what the stored change carries beyond the assumed fields.
fn transaction_record(time: DateTime<Utc>, before: f64, after: f64, note: &str, index: u64) -> serde_json::Value {
    let amount = ((after - before) * 1e9).round() / 1e9;
    let transaction =
        CreditTransaction { time: Some(time), amount, balance: Some(after), note: Some(note.to_owned()), ..CreditTransaction::default() };
    crate::wire_extras::demo_transaction(&transaction, index)
}

/// Inserts `count` demo customers if the customer table is empty; returns how many were
/// added. With `extras` (--wire-extras) each also carries fields the documentation does
/// not name (see `wire_extras`).
pub fn seed(connection: &mut Connection, count: u64, extras: bool) -> Result<u64, StorageError> {
    if count == 0 || customers::count(connection)? > 0 {
        return Ok(0);
    }
    // A fixed clock keeps the data identical between runs and machines.
    let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap_or_else(Utc::now);
    let mut rng = Rng(0x5EED_CAFE);
    let mut names = NameCounter::default();
    let transaction = connection.transaction()?;
    for index in 0..count {
        let mut customer = customer(index, &mut rng, &mut names, now);
        if extras {
            crate::wire_extras::dress_demo_customer(&mut customer, index);
        }
        customers::insert(&transaction, &customer)?;
        credit_history(&transaction, &customer, index, now, extras)?;
    }
    transaction.commit()?;
    super::schema::analyze(connection)?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use customer_desk_domain::fold::fold;

    /// The demo must look like a shop's: sorted by name, its pages do not repeat a name.
    #[test]
    fn names_are_spread_so_no_page_repeats_one() {
        let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap();
        let mut rng = Rng(0x5EED_CAFE);
        let mut counter = NameCounter::default();
        let mut names: Vec<(String, String)> = (0..10_000)
            .map(|index| {
                let customer = customer(index, &mut rng, &mut counter, now);
                (fold(customer.last_name.as_deref().unwrap_or_default()), fold(customer.first_name.as_deref().unwrap_or_default()))
            })
            .collect();
        names.sort();
        for page in names.chunks(25).take(40) {
            let mut distinct = page.to_vec();
            distinct.dedup();
            assert_eq!(distinct.len(), page.len(), "a page sorted by name repeats a name: {page:?}");
        }
        let most = names.chunk_by(|a, b| a == b).map(<[_]>::len).max().unwrap();
        assert!(most <= 2, "one name {most} times in 10,000");
    }
}
