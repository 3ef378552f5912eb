//! `--demo N`: fills an empty database with N deterministic, realistic customers (Slovak,
//! Czech and Indonesian names, companies, cards, addresses, some inactive or expired) and
//! a short credit history for each customer with credit, in one transaction with prepared
//! statements so 100,000 take seconds.

use super::StorageError;
use super::{credit, customers};
use chrono::{DateTime, Days, Duration, NaiveDate, TimeZone, Utc};
use customer_desk_domain::customer::Membership;
use customer_desk_domain::customer::{Address, Card, Company, Credit, CreditTransaction, Customer, CustomerStatus, Gender};
use rusqlite::Connection;

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

struct Region {
    country: &'static str,
    male: &'static [&'static str],
    female: &'static [&'static str],
    /// (male, female) surname forms; Indonesian names do not change.
    surnames: &'static [(&'static str, &'static str)],
    cities: &'static [(&'static str, &'static str)],
    streets: &'static [&'static str],
    /// A company's trade (or, for an Indonesian PT, the word after the family name).
    trades: &'static [&'static str],
    company_suffix: &'static str,
    notes: &'static [&'static str],
    phone_prefix: &'static str,
    vat_prefix: &'static str,
}

// The three languages' markets, with names, companies and cities spread wide enough that
// a page sorted by name does not repeat one name: 40 first names and 46 surnames a region.
const REGIONS: [Region; 3] = [
    Region {
        country: "SK",
        male: &[
            "Ján",
            "Peter",
            "Ľubomír",
            "Michal",
            "Juraj",
            "Tomáš",
            "Martin",
            "Štefan",
            "Dušan",
            "Matúš",
            "Andrej",
            "Marek",
            "Roman",
            "Igor",
            "Marián",
            "Jozef",
            "Pavol",
            "Milan",
            "Vladimír",
            "Miroslav",
            "Rastislav",
            "Branislav",
            "Radoslav",
            "Samuel",
            "Adam",
            "Filip",
            "Lukáš",
            "Oliver",
            "Richard",
            "Patrik",
            "Viliam",
            "Ondrej",
            "Dominik",
            "Róbert",
            "Erik",
            "Boris",
            "Daniel",
            "Jakub",
            "Kristián",
            "Šimon",
        ],
        female: &[
            "Jana",
            "Mária",
            "Zuzana",
            "Ľubica",
            "Katarína",
            "Simona",
            "Lucia",
            "Eva",
            "Soňa",
            "Petra",
            "Monika",
            "Martina",
            "Andrea",
            "Veronika",
            "Alžbeta",
            "Dagmar",
            "Ivana",
            "Barbora",
            "Natália",
            "Viera",
            "Helena",
            "Anna",
            "Tatiana",
            "Silvia",
            "Adriána",
            "Miroslava",
            "Kristína",
            "Michaela",
            "Dominika",
            "Nikola",
            "Terézia",
            "Lenka",
            "Gabriela",
            "Renáta",
            "Daniela",
            "Ema",
            "Sofia",
            "Viktória",
            "Ľudmila",
            "Zdenka",
        ],
        surnames: &[
            ("Kováč", "Kováčová"),
            ("Horváth", "Horváthová"),
            ("Šťastný", "Šťastná"),
            ("Novák", "Nováková"),
            ("Tóth", "Tóthová"),
            ("Baláž", "Balážová"),
            ("Hudák", "Hudáková"),
            ("Ďurica", "Ďuricová"),
            ("Žiak", "Žiaková"),
            ("Čierny", "Čierna"),
            ("Varga", "Vargová"),
            ("Szabó", "Szabóová"),
            ("Molnár", "Molnárová"),
            ("Lukáč", "Lukáčová"),
            ("Kollár", "Kollárová"),
            ("Oravec", "Oravcová"),
            ("Polák", "Poláková"),
            ("Mikuláš", "Mikulášová"),
            ("Urban", "Urbanová"),
            ("Beňo", "Beňová"),
            ("Gajdoš", "Gajdošová"),
            ("Kráľ", "Kráľová"),
            ("Marek", "Mareková"),
            ("Pavlík", "Pavlíková"),
            ("Sedlák", "Sedláková"),
            ("Vlček", "Vlčeková"),
            ("Zeman", "Zemanová"),
            ("Bartoš", "Bartošová"),
            ("Kubík", "Kubíková"),
            ("Matuška", "Matušková"),
            ("Rusnák", "Rusnáková"),
            ("Hríb", "Hríbová"),
            ("Slovák", "Slováková"),
            ("Krajčí", "Krajčíová"),
            ("Dudáš", "Dudášová"),
            ("Jurčo", "Jurčová"),
            ("Blaho", "Blahová"),
            ("Fekete", "Feketeová"),
            ("Adamec", "Adamcová"),
            ("Šimko", "Šimková"),
            ("Čech", "Čechová"),
            ("Hlinka", "Hlinková"),
            ("Janík", "Janíková"),
            ("Koza", "Kozová"),
            ("Ondrejka", "Ondrejková"),
            ("Repka", "Repková"),
        ],
        cities: &[
            ("Bratislava", "811 01"),
            ("Košice", "040 01"),
            ("Žilina", "010 01"),
            ("Prešov", "080 01"),
            ("Banská Bystrica", "974 01"),
            ("Nitra", "949 01"),
            ("Trnava", "917 01"),
            ("Trenčín", "911 01"),
            ("Martin", "036 01"),
            ("Poprad", "058 01"),
        ],
        streets: &[
            "Hlavná",
            "Štúrova",
            "Obchodná",
            "Námestie SNP",
            "Mierová",
            "Ružová",
            "Hviezdoslavova",
            "Kollárova",
            "Jesenského",
            "Záhradná",
        ],
        trades: &[
            "Potraviny",
            "Stavby",
            "Kaviareň",
            "Elektro",
            "Pekáreň",
            "Logistika",
            "Textil",
            "Software",
            "Kvetinárstvo",
            "Autoservis",
            "Lekáreň",
            "Papiernictvo",
        ],
        company_suffix: "s.r.o.",
        notes: &[
            "Stály zákazník; platí kartou.",
            "Preferuje doručenie po 16:00.",
            "VIP — pozvať na ochutnávku.",
            "Faktúry posielať e-mailom.",
            "Požaduje účtenku.",
            "Narodeniny v decembri.",
        ],
        phone_prefix: "+421 9",
        vat_prefix: "SK",
    },
    Region {
        country: "GB",
        male: &[
            "Oliver",
            "George",
            "Harry",
            "Jack",
            "Charlie",
            "Thomas",
            "James",
            "William",
            "Daniel",
            "Henry",
            "Samuel",
            "Joseph",
            "Alfie",
            "Arthur",
            "Freddie",
            "Leo",
            "Oscar",
            "Archie",
            "Edward",
            "Theo",
            "Max",
            "Lucas",
            "Isaac",
            "Ethan",
            "Adam",
            "Harrison",
            "Dylan",
            "Logan",
            "Noah",
            "Jacob",
            "Alexander",
            "Sebastian",
            "Finley",
            "Toby",
            "Reuben",
            "Elliot",
            "Rory",
            "Callum",
            "Owen",
            "Mason",
        ],
        female: &[
            "Olivia",
            "Amelia",
            "Isla",
            "Ava",
            "Emily",
            "Sophie",
            "Grace",
            "Mia",
            "Poppy",
            "Ella",
            "Lily",
            "Evie",
            "Isabella",
            "Charlotte",
            "Jessica",
            "Daisy",
            "Freya",
            "Alice",
            "Ruby",
            "Florence",
            "Millie",
            "Phoebe",
            "Matilda",
            "Eleanor",
            "Harriet",
            "Imogen",
            "Lucy",
            "Holly",
            "Megan",
            "Chloe",
            "Rosie",
            "Hannah",
            "Zara",
            "Maisie",
            "Esme",
            "Layla",
            "Erin",
            "Beatrice",
            "Martha",
            "Georgia",
        ],
        surnames: &[
            ("Smith", "Smith"),
            ("Jones", "Jones"),
            ("Taylor", "Taylor"),
            ("Brown", "Brown"),
            ("Williams", "Williams"),
            ("Wilson", "Wilson"),
            ("Johnson", "Johnson"),
            ("Davies", "Davies"),
            ("Robinson", "Robinson"),
            ("Wright", "Wright"),
            ("Thompson", "Thompson"),
            ("Evans", "Evans"),
            ("Walker", "Walker"),
            ("White", "White"),
            ("Roberts", "Roberts"),
            ("Green", "Green"),
            ("Hall", "Hall"),
            ("Wood", "Wood"),
            ("Jackson", "Jackson"),
            ("Clarke", "Clarke"),
            ("Patel", "Patel"),
            ("Khan", "Khan"),
            ("Lewis", "Lewis"),
            ("James", "James"),
            ("Phillips", "Phillips"),
            ("Mason", "Mason"),
            ("Mitchell", "Mitchell"),
            ("Rose", "Rose"),
            ("Davis", "Davis"),
            ("Rodriguez", "Rodriguez"),
            ("Cox", "Cox"),
            ("Alexander", "Alexander"),
            ("Morgan", "Morgan"),
            ("Moore", "Moore"),
            ("Hughes", "Hughes"),
            ("Cooper", "Cooper"),
            ("Edwards", "Edwards"),
            ("Turner", "Turner"),
            ("Harris", "Harris"),
            ("Ward", "Ward"),
            ("Baker", "Baker"),
            ("Carter", "Carter"),
            ("Fletcher", "Fletcher"),
            ("Gray", "Gray"),
            ("Palmer", "Palmer"),
            ("Shaw", "Shaw"),
        ],
        cities: &[
            ("London", "EC1A 1BB"),
            ("Manchester", "M1 1AE"),
            ("Birmingham", "B1 1AA"),
            ("Leeds", "LS1 1UR"),
            ("Bristol", "BS1 4DJ"),
            ("Glasgow", "G1 1AA"),
            ("Liverpool", "L1 8JQ"),
            ("Edinburgh", "EH1 1YZ"),
            ("Cardiff", "CF10 1AA"),
            ("Norwich", "NR1 3JU"),
        ],
        streets: &[
            "High Street",
            "Station Road",
            "Church Lane",
            "Victoria Road",
            "Park Avenue",
            "Mill Lane",
            "King Street",
            "Queen's Road",
            "London Road",
            "Green Lane",
        ],
        trades: &[
            "Bakery",
            "Hardware",
            "Coffee House",
            "Electrics",
            "Garden Centre",
            "Logistics",
            "Textiles",
            "Software",
            "Florist",
            "Motors",
            "Pharmacy",
            "Stationers",
        ],
        company_suffix: "Ltd",
        notes: &[
            "Regular; pays by card.",
            "Prefers delivery after 4 pm.",
            "VIP: invite to the tasting.",
            "Send invoices by email.",
            "Wants a paper receipt.",
            "Birthday in December.",
        ],
        phone_prefix: "+44 7",
        vat_prefix: "GB",
    },
    Region {
        country: "ID",
        male: &[
            "Budi",
            "Agus",
            "Adi",
            "Dewa",
            "Eko",
            "Rizky",
            "Bayu",
            "Hendra",
            "Putu",
            "Wayan",
            "Andi",
            "Arif",
            "Bambang",
            "Dedi",
            "Dimas",
            "Fajar",
            "Gilang",
            "Hadi",
            "Irfan",
            "Joko",
            "Kurniawan",
            "Made",
            "Nyoman",
            "Rahmat",
            "Reza",
            "Rudi",
            "Slamet",
            "Taufik",
            "Teguh",
            "Wahyu",
            "Yudi",
            "Yoga",
            "Ilham",
            "Aditya",
            "Bagus",
            "Danu",
            "Fikri",
            "Galih",
            "Hafiz",
            "Kevin",
        ],
        female: &[
            "Siti", "Dewi", "Ayu", "Putri", "Sri", "Ratna", "Indah", "Nur", "Wulan", "Kadek", "Anisa", "Citra", "Dian", "Eka", "Fitri",
            "Intan", "Kartika", "Lestari", "Maya", "Mega", "Nia", "Novi", "Rina", "Rini", "Sari", "Tika", "Utami", "Vina", "Wati", "Yuni",
            "Zahra", "Ani", "Bunga", "Cahya", "Dinda", "Fara", "Gita", "Hana", "Kirana", "Laras",
        ],
        surnames: &[
            ("Wijaya", "Wijaya"),
            ("Santoso", "Santoso"),
            ("Setiawan", "Setiawan"),
            ("Pratama", "Pratama"),
            ("Hidayat", "Hidayat"),
            ("Saputra", "Saputra"),
            ("Kusuma", "Kusuma"),
            ("Nugroho", "Nugroho"),
            ("Lestari", "Lestari"),
            ("Gunawan", "Gunawan"),
            ("Halim", "Halim"),
            ("Susanto", "Susanto"),
            ("Purnomo", "Purnomo"),
            ("Wibowo", "Wibowo"),
            ("Siregar", "Siregar"),
            ("Nasution", "Nasution"),
            ("Harahap", "Harahap"),
            ("Simanjuntak", "Simanjuntak"),
            ("Sihombing", "Sihombing"),
            ("Tanjung", "Tanjung"),
            ("Utomo", "Utomo"),
            ("Hartono", "Hartono"),
            ("Firmansyah", "Firmansyah"),
            ("Ramadhan", "Ramadhan"),
            ("Suryadi", "Suryadi"),
            ("Permana", "Permana"),
            ("Hakim", "Hakim"),
            ("Putra", "Putra"),
            ("Maulana", "Maulana"),
            ("Syahputra", "Syahputra"),
            ("Wahyudi", "Wahyudi"),
            ("Sembiring", "Sembiring"),
            ("Pohan", "Pohan"),
            ("Lubis", "Lubis"),
            ("Daulay", "Daulay"),
            ("Rangkuti", "Rangkuti"),
            ("Batubara", "Batubara"),
            ("Tambunan", "Tambunan"),
            ("Sinaga", "Sinaga"),
            ("Manurung", "Manurung"),
            ("Ginting", "Ginting"),
            ("Situmorang", "Situmorang"),
            ("Panjaitan", "Panjaitan"),
            ("Hutapea", "Hutapea"),
            ("Silalahi", "Silalahi"),
            ("Marpaung", "Marpaung"),
        ],
        cities: &[
            ("Jakarta", "10110"),
            ("Surabaya", "60111"),
            ("Bandung", "40111"),
            ("Denpasar", "80111"),
            ("Yogyakarta", "55111"),
            ("Medan", "20111"),
            ("Semarang", "50111"),
            ("Makassar", "90111"),
            ("Malang", "65111"),
            ("Palembang", "30111"),
        ],
        streets: &[
            "Jalan Sudirman",
            "Jalan Thamrin",
            "Jalan Gatot Subroto",
            "Jalan Malioboro",
            "Jalan Diponegoro",
            "Jalan Merdeka",
            "Jalan Gajah Mada",
            "Jalan Pemuda",
            "Jalan Ahmad Yani",
            "Jalan Pahlawan",
        ],
        trades: &[
            "Makmur",
            "Jaya",
            "Abadi",
            "Sentosa",
            "Sejahtera",
            "Mandiri",
            "Berkah",
            "Lestari",
            "Nusantara",
            "Perkasa",
            "Utama",
            "Gemilang",
        ],
        company_suffix: "PT",
        notes: &[
            "Pelanggan setia; bayar dengan kartu.",
            "Minta diantar setelah jam 16.00.",
            "VIP: undang ke acara cicip.",
            "Kirim faktur lewat email.",
            "Minta struk kertas.",
            "Ulang tahun di bulan Desember.",
        ],
        phone_prefix: "+62 81",
        vat_prefix: "ID",
    },
];

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
