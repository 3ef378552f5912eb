//! Starts the server in-process on a free loopback port.

use customer_desk_server::ServerOptions;
use std::path::Path;

pub struct TestServer {
    pub base: String,
    pub client: reqwest::Client,
    _task: tokio::task::JoinHandle<()>,
}

impl TestServer {
    pub async fn start(options: ServerOptions) -> Self {
        let app = customer_desk_server::app(&options).expect("server builds");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        let client = reqwest::Client::builder().build().unwrap();
        Self { base, client, _task: task }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }
}

/// Writes `files` (relative path, content) under `dir`.
pub fn write_files(dir: &Path, files: &[(&str, &[u8])]) {
    for (path, content) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
}

/// A server with the API on a real SQLite file in a temporary directory.
pub struct ApiServer {
    pub server: TestServer,
    pub db_path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

/// A response's status, headers and JSON body (`Null` when the body is not JSON).
pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: serde_json::Value,
}

impl ApiServer {
    pub async fn start(demo: u64) -> Self {
        Self::start_with(ServerOptions { demo, ..Default::default() }).await
    }

    pub async fn start_with(mut options: ServerOptions) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db_path = dir.path().join("api.sqlite3");
        options.db = Some(db_path.clone());
        let server = TestServer::start(options).await;
        Self { server, db_path, _dir: dir }
    }

    /// Signs `user` in (password = user name) and returns the bearer token.
    pub async fn token(&self, user: &str) -> String {
        let reply = self
            .send("POST", "/api/auth", None, Some(serde_json::json!({"userName": user, "password": user, "deviceName": "tests"})))
            .await;
        assert_eq!(reply.status, 200, "sign-in of {user}: {}", reply.body);
        reply.body["tokenId"].as_str().unwrap().to_string()
    }

    pub async fn send(&self, method: &str, path: &str, token: Option<&str>, body: Option<serde_json::Value>) -> Reply {
        self.send_with(method, path, token, body, &[]).await
    }

    pub async fn send_with(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<serde_json::Value>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self.server.client.request(method, self.server.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response.bytes().await.unwrap();
        let body = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
        Reply { status, headers, body }
    }

    pub async fn get(&self, path: &str, token: &str) -> Reply {
        self.send("GET", path, Some(token), None).await
    }
}

/// Asserts a problem response: status, content type and errorCode.
pub fn assert_problem(reply: &Reply, status: u16, error_code: Option<i64>) {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert_eq!(reply.headers.get("content-type").and_then(|v| v.to_str().ok()), Some("application/problem+json"), "{}", reply.body);
    assert_eq!(reply.body["status"].as_i64(), Some(status as i64));
    assert_eq!(reply.body["errorCode"].as_i64(), error_code, "{}", reply.body);
}
