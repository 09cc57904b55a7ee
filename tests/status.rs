//! `omsgate status` and `omsgate top` through the real binary, against a running, a
//! draining and a stopped gateway: what they print, in text and JSON, and their exit
//! status.

mod support;

use std::io::{Read, Write};
use std::net::Shutdown;
use std::path::Path;
use std::process::{Command, Output};

use support::{DEADLINE, Gateway, Origin, connect_to, wait_until};

fn omsgate(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_omsgate")).args(args).arg("--config").arg(config).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

/// One tunnel through `gw` to the echo origin on `port`: 5 bytes up, `hello` and `bye`
/// back (13 bytes both ways), closed by the client.
fn tunnel(gw: &Gateway, port: u16) {
    let (mut s, head) = connect_to(gw.addr, &format!("127.0.0.1:{port}"));
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    s.write_all(b"hello").unwrap();
    s.shutdown(Shutdown::Write).unwrap();
    let mut back = Vec::new();
    s.read_to_end(&mut back).unwrap();
    assert_eq!(back, b"hellobye");
}

#[test]
fn status_and_top_of_a_running_gateway() {
    let (busy, quiet) = (Origin::echo(), Origin::echo());
    let (busy_entry, quiet_entry) =
        (format!("127.0.0.1:{}", busy.port()), format!("127.0.0.1:{}", quiet.port()));
    let gw = Gateway::with(&[
        &format!("allowed_hosts = [\"{quiet_entry}\", \"{busy_entry}\"]"),
        "tls_inspection = false",
        "max_connections = 500",
        "max_connections_per_client = 50",
    ])
    .start();
    for _ in 0..3 {
        tunnel(&gw, busy.port());
    }
    tunnel(&gw, quiet.port());
    for (host, times) in [("often.refused.test", 3), ("twice.refused.test", 2), ("once.refused.test", 1)] {
        for _ in 0..times {
            assert!(connect_to(gw.addr, &format!("{host}:443")).1.starts_with("HTTP/1.1 403"));
        }
    }
    // One tunnel held open, so it shows in both commands.
    let (_held, head) = connect_to(gw.addr, &quiet_entry);
    assert!(head.starts_with("HTTP/1.1 200"));
    wait_until("four tunnels' close lines", DEADLINE, || {
        gw.events().iter().filter(|e| e["event_id"] == 108).count() == 4
    });

    let out = omsgate(&gw.config, &["status"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = stdout(&out);
    for needle in [
        format!("(pid {}): running, ready", gw.pid()),
        format!("config       {}, generation 1, 2 allowlist entries", gw.config.display()),
        "last reload  none since start".into(),
        "tunnels      1 open of max_connections 500".into(),
        "clients      1 connected; busiest 127.0.0.1 with 1 open (max_connections_per_client 50)".into(),
        "tunnels opened: 5".into(),
        "rejections by reason: host_not_allowed 6".into(),
        "errors by event ID: 105 ×6".into(),
    ] {
        assert!(text.contains(&needle), "{needle:?} in\n{text}");
    }

    let out = omsgate(&gw.config, &["status", "--output", "json"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let report = json(&out);
    assert_eq!((report["running"].as_bool(), report["ready"].as_bool()), (Some(true), Some(true)));
    let g = &report["gateways"][0];
    assert_eq!(g["pid"], gw.pid());
    assert_eq!(g["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!((g["state"].as_str(), g["accepting"].as_bool()), (Some("ready"), Some(true)));
    assert_eq!(g["config"]["source"], gw.config.display().to_string());
    assert_eq!(g["config"]["generation"], 1);
    assert!(g["last_reload"].is_null());
    assert_eq!(g["listen"][0], gw.addr.to_string());
    assert_eq!(g["metrics"], gw.metrics.to_string());
    assert_eq!(
        (g["tunnels"]["open"].as_u64(), g["tunnels"]["max_connections"].as_u64()),
        (Some(1), Some(500))
    );
    assert_eq!(g["clients"]["connected"], 1);
    assert_eq!(g["clients"]["max_connections_per_client"], 50);
    assert_eq!(g["recent"]["tunnels_opened"], 5);
    assert_eq!(g["recent"]["rejections"]["host_not_allowed"], 6);
    assert_eq!(g["recent"]["errors"]["105"], 6);
    assert!(g["uptime_s"].as_u64().unwrap() < 600 && g["recent"]["window_s"].as_u64().unwrap() < 600);

    // `top`: the busiest entry first, the most refused destination first.
    let out = omsgate(&gw.config, &["top", "--once", "--output", "json"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let top = &json(&out)["gateways"][0];
    assert_eq!(top["pid"], gw.pid());
    let entries: Vec<_> = top["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["entry"].as_str().unwrap().to_string(),
                e["tunnels"].as_u64(),
                e["open"].as_u64(),
                e["bytes"].as_u64(),
            )
        })
        .collect();
    assert_eq!(
        entries,
        [(busy_entry.clone(), Some(3), Some(0), Some(39)), (quiet_entry.clone(), Some(2), Some(1), Some(13))]
    );
    let refused: Vec<_> = top["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["destination"].as_str().unwrap().to_string(),
                r["count"].as_u64(),
                r["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        refused,
        [
            ("often.refused.test:443".into(), Some(3), "host_not_allowed".into()),
            ("twice.refused.test:443".into(), Some(2), "host_not_allowed".into()),
            ("once.refused.test:443".into(), Some(1), "host_not_allowed".into()),
        ]
    );
    // Into a pipe, without --once: printed once, as plain text.
    let out = omsgate(&gw.config, &["top"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = stdout(&out);
    assert!(!text.contains('\u{1b}'), "no terminal control into a pipe: {text:?}");
    let busy_row = text.lines().position(|l| l.starts_with(&busy_entry)).unwrap();
    let quiet_row = text.lines().position(|l| l.starts_with(&quiet_entry)).unwrap();
    assert!(busy_row < quiet_row, "{text}");
    assert!(
        text.lines().any(|l| l.starts_with("often.refused.test:443") && l.ends_with("host_not_allowed")),
        "{text}"
    );

    // A reload the gateway refuses: the outcome and the generation in force.
    let good = std::fs::read_to_string(&gw.config).unwrap();
    gw.rewrite_config("listen_port = \"text\"\n");
    assert_eq!(omsgate(&gw.config, &["reload"]).status.code(), Some(2));
    let g = &json(&omsgate(&gw.config, &["status", "--output", "json"]))["gateways"][0];
    assert_eq!(
        (g["last_reload"]["ok"].as_bool(), g["config"]["generation"].as_u64()),
        (Some(false), Some(1))
    );
    assert!(g["last_reload"]["message"].as_str().unwrap().contains("listen_port"), "{g}");
    gw.rewrite_config(&good);
    assert_eq!(omsgate(&gw.config, &["reload"]).status.code(), Some(0));
    let text = stdout(&omsgate(&gw.config, &["status"]));
    assert!(text.contains("generation 2") && text.contains("ago: ok — configuration reloaded"), "{text}");
}

#[test]
fn status_of_a_draining_then_a_stopped_gateway() {
    let origin = Origin::echo();
    let mut gw =
        Gateway::with(&[&support::plain_entry(&origin), "tls_inspection = false", "drain_timeout = \"60s\""])
            .start();
    let (mut held, head) = connect_to(gw.addr, &format!("127.0.0.1:{}", origin.port()));
    assert!(head.starts_with("HTTP/1.1 200"));
    gw.signal("TERM");
    // Draining once the listeners have closed: not ready (exit 3), the tunnel still open.
    let mut report = serde_json::Value::Null;
    wait_until("status to say draining with the listeners closed", DEADLINE, || {
        let out = omsgate(&gw.config, &["status", "--output", "json"]);
        report = json(&out);
        out.status.code() == Some(3) && report["gateways"][0]["accepting"] == false
    });
    let g = &report["gateways"][0];
    assert_eq!((report["running"].as_bool(), report["ready"].as_bool()), (Some(true), Some(false)));
    assert_eq!((g["state"].as_str(), g["tunnels"]["open"].as_u64()), (Some("draining"), Some(1)), "{g}");
    let out = omsgate(&gw.config, &["status"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout(&out).contains("running, DRAINING (stopping: listeners closed, 1 tunnel still open)"),
        "{}",
        stdout(&out)
    );
    // A reload is not taken while draining, and is no error of the operator's.
    let out = omsgate(&gw.config, &["reload"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(stdout(&out).contains("is stopping and was not reloaded"), "{}", stdout(&out));

    held.shutdown(Shutdown::Write).unwrap();
    let _ = held.read_to_end(&mut Vec::new());
    assert_eq!(gw.wait_exit(), Some(0));
    let out = omsgate(&gw.config, &["status"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(stdout(&out).trim(), format!("not running: no gateway serves {}", gw.config.display()));
    let report = json(&omsgate(&gw.config, &["status", "--output", "json"]));
    assert_eq!(
        (report["running"].as_bool(), report["gateways"].as_array().map(Vec::len)),
        (Some(false), Some(0))
    );
    assert_eq!(omsgate(&gw.config, &["top", "--once"]).status.code(), Some(1));
}
