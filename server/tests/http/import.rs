//! A CSV import of 1,000 rows against the server, as the app runs it: the domain reads the
//! file and prepares each row, existing customers are found 50 at a time by External ID
//! (`ExternalId=in:…`), new ones are created and changed ones updated; the same file again
//! changes nothing.

use crate::support::ApiServer;
use customer_desk_domain::csv::import::{CsvReader, LOOKUP_BATCH, apply_row, external_id, guess_mapping, lookup_query};
use customer_desk_domain::customer::Customer;
use customer_desk_domain::portos;
use serde_json::Value;
use std::collections::HashMap;

/// 1,000 rows as Excel in Slovakia writes them: a BOM, semicolons, CRLF, decimal commas.
fn file() -> String {
    let mut text = String::from("\u{feff}Meno;Priezvisko;E-mail;Zľava;Kód;Poznámka\r\n");
    for n in 0..1000 {
        text.push_str(&format!("Ján;Importovaný {n};jan{n}@example.sk;{},5;IMP-{n:04};\"riadok {n}; druhá časť\"\r\n", n % 50));
    }
    text
}

/// Percent-encoding for a query string.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// Runs the import; returns (created, updated, skipped, failed).
async fn import(api: &ApiServer, token: &str, text: &str) -> (usize, usize, usize, usize) {
    let mut reader = CsvReader::new(text.as_bytes());
    let mut records = reader.read(usize::MAX);
    let header = records.remove(0);
    let mapping = guess_mapping(&header);
    let (mut created, mut updated, mut skipped, mut failed) = (0, 0, 0, 0);
    for batch in records.chunks(LOOKUP_BATCH) {
        let ids: Vec<String> = batch.iter().filter_map(|row| external_id(row, &mapping)).collect();
        let query: Vec<String> = lookup_query(&ids).to_api_params().iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
        let page: Value = api.get(&format!("/api/customers?{}", query.join("&")), token).await.body;
        let (found, _) = portos::read_page(serde_json::from_value(page).unwrap());
        let existing: HashMap<String, Customer> = found.into_iter().filter_map(|c| c.external_id.clone().map(|id| (id, c))).collect();
        for row in batch {
            let onto = external_id(row, &mapping).and_then(|id| existing.get(&id).cloned());
            let is_update = onto.is_some();
            let Ok(prepared) = apply_row(row, &mapping, &onto.unwrap_or_default()) else {
                failed += 1;
                continue;
            };
            if is_update && !prepared.changed {
                skipped += 1;
                continue;
            }
            let body = portos::write(&prepared.customer);
            let reply = if is_update {
                api.send("PUT", &format!("/api/customers/{}", prepared.customer.id), Some(token), Some(body)).await
            } else {
                api.send("POST", "/api/customers", Some(token), Some(body)).await
            };
            match (reply.status, is_update) {
                (201, false) => created += 1,
                (200, true) => updated += 1,
                _ => failed += 1,
            }
        }
    }
    (created, updated, skipped, failed)
}

#[tokio::test]
async fn a_thousand_rows_import_and_the_same_file_again_changes_nothing() {
    let api = ApiServer::start(0).await;
    let token = api.token("admin").await;
    assert_eq!(import(&api, &token, &file()).await, (1000, 0, 0, 0));
    let all = api.get("/api/customers?$take=1000&$sort=externalId", &token).await.body;
    assert_eq!(all["totalCount"], 1000);
    let first = &all["items"][0];
    assert_eq!(
        (&first["externalId"], &first["lastName"], &first["discountRate"]),
        (&"IMP-0000".into(), &"Importovaný 0".into(), &0.5.into())
    );
    assert_eq!(first["note"], "riadok 0; druhá časť");

    assert_eq!(import(&api, &token, &file()).await, (0, 0, 1000, 0), "an unchanged file is skipped row by row");
    let changed = file().replace("jan7@example.sk", "jan7.new@example.sk");
    assert_eq!(import(&api, &token, &changed).await, (0, 1, 999, 0));
    let seventh = api.get("/api/customers?ExternalId=IMP-0007", &token).await.body;
    assert_eq!((&seventh["items"][0]["email"], &seventh["items"][0]["_v"]), (&"jan7.new@example.sk".into(), &2.into()));
}
