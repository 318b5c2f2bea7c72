//! Helpers the black-box tests of the binary share (`mod support;` in each of them).
#![allow(dead_code)] // each test binary uses some of them

use std::net::TcpListener;
use std::path::PathBuf;

pub fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn corpus() -> PathBuf {
    repository().join("../shared/eval/corpus")
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

/// The JSON of a response body read off the socket (chunk sizes around it are skipped).
pub fn body_json(body: &str) -> serde_json::Value {
    let start = body.find(['{', '[']).unwrap_or(0);
    let end = body.rfind(['}', ']']).map_or(body.len(), |e| e + 1);
    serde_json::from_str(&body[start..end]).unwrap_or(serde_json::Value::Null)
}

/// Waits past the turn of the minute when fewer than `room` seconds of it are left: for
/// counts kept by the minute (partner keys' rates), which must not be split by one.
pub fn away_from_minute_turn(room: u64) {
    let second = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs()
        % 60;
    if second > 60 - room {
        std::thread::sleep(std::time::Duration::from_secs(61 - second));
    }
}
