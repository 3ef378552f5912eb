//! The binary as scripts use it: `token --user`, and the server printing its address.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_customer-desk-server");

#[tokio::test]
async fn token_command_and_server_share_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let token = Command::new(BIN).args(["token", "--user", "admin", "--db"]).arg(&db).output().unwrap();
    assert!(token.status.success(), "{}", String::from_utf8_lossy(&token.stderr));
    let token = String::from_utf8(token.stdout).unwrap().trim().to_string();
    assert_eq!(token.split('.').count(), 3);
    let unknown = Command::new(BIN).args(["token", "--user", "ghost", "--db"]).arg(&db).output().unwrap();
    assert!(!unknown.status.success());

    let mut server = Command::new(BIN)
        .args(["--addr", "127.0.0.1:0", "--demo", "20", "--cors-origin", "http://localhost:1", "--fault", "/api/nothing:latency=1", "--db"])
        .arg(&db)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = server.stdout.take().unwrap();
    let address = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .find_map(|line| line.split("listening on ").nth(1).map(|rest| rest.trim().to_string()))
        .expect("the server prints its address");
    let reply = reqwest::Client::new().get(format!("{address}/api/customers?$count=true")).bearer_auth(&token).send().await.unwrap();
    let status = reply.status().as_u16();
    let body: serde_json::Value = reply.json().await.unwrap();
    server.kill().unwrap();
    let _ = server.wait();
    assert_eq!(status, 200);
    assert_eq!(body["totalCount"], 20);
}

#[test]
fn bad_options_are_refused() {
    for args in [&["--fault", "nonsense"][..], &["--demo", "-1"], &["--token-ttl", "x"]] {
        let output = Command::new(BIN).args(args).output().unwrap();
        assert!(!output.status.success(), "{args:?}");
    }
}

#[tokio::test]
async fn tokens_never_reach_the_log_even_at_trace_level() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Command::new(BIN)
        .args(["--addr", "127.0.0.1:0", "--db"])
        .arg(dir.path().join("log.sqlite3"))
        .env("RUST_LOG", "trace")
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (lines_tx, lines_rx) = std::sync::mpsc::channel::<String>();
    for stream in [Box::new(server.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>, Box::new(server.stderr.take().unwrap())] {
        let lines_tx = lines_tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                let _ = lines_tx.send(line);
            }
        });
    }
    let address = lines_rx
        .iter()
        .find_map(|line| line.split("listening on ").nth(1).map(|rest| rest.trim().to_string()))
        .expect("the server prints its address");
    let client = reqwest::Client::new();
    let signed_in: serde_json::Value = client
        .post(format!("{address}/api/auth"))
        .json(&serde_json::json!({"userName": "admin", "password": "admin", "deviceName": "log-test"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = signed_in["tokenId"].as_str().unwrap().to_string();
    let refresh = signed_in["refreshToken"].as_str().unwrap().to_string();
    let listed = client.get(format!("{address}/api/customers")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(listed.status(), 200);
    server.kill().unwrap();
    let _ = server.wait();
    drop(lines_tx);
    let log: Vec<String> = lines_rx.iter().collect();
    assert!(log.iter().any(|line| line.contains("TRACE")), "trace logging is on: {log:?}");
    let signature = token.rsplit('.').next().unwrap();
    assert!(!log.iter().any(|line| line.contains(signature) || line.contains(&refresh) || line.contains("admin\"")));
}
