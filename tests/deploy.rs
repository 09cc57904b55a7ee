//! What `deploy/` ships agrees with the binary and with itself: the Kubernetes manifests'
//! ports, probes and grace period with the ConfigMap's config as `omsgate` reads it
//! (`config get --output json`: defaults filled in), the Services and the
//! PodDisruptionBudget with the Deployment, the Containerfile with the Deployment, and
//! HAProxy's configuration with the config defaults (`haproxy -c`, its check timings
//! against `drain_grace`, its timeouts against `idle_timeout`). `.ci/run` also validates
//! the manifests against the Kubernetes API schemas (kubernetes-validate).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value as Json;
use serde_norway::Value as Yaml;

const BIN: &str = env!("CARGO_BIN_EXE_omsgate");
/// Cut tunnels' time to write their close lines after `drain_timeout` (`accept::CUT_GRACE`).
const CUT_GRACE: Duration = Duration::from_secs(2);

fn deploy() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy")
}

/// The object in each `deploy/k8s/*.yaml`, with its file name.
fn manifests() -> Vec<(String, Yaml)> {
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(deploy().join("k8s"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    for file in files {
        // One object per file: `kubectl apply -f` them in any combination.
        let text = std::fs::read_to_string(&file).unwrap();
        let value: Yaml = serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        out.push((file.file_name().unwrap().to_string_lossy().into_owned(), value));
    }
    out
}

fn of_kind(kind: &str) -> Vec<(String, Yaml)> {
    manifests().into_iter().filter(|(_, m)| m["kind"].as_str() == Some(kind)).collect()
}

fn one(kind: &str) -> Yaml {
    let mut all = of_kind(kind);
    assert_eq!(all.len(), 1, "one {kind} in deploy/k8s");
    all.remove(0).1
}

fn str_of<'a>(v: &'a Yaml, what: &str) -> &'a str {
    v.as_str().unwrap_or_else(|| panic!("{what}: expected a string, got {v:?}"))
}

fn u64_of(v: &Yaml, what: &str) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("{what}: expected a number, got {v:?}"))
}

/// `"30s"`, `"10m"`, `"250ms"`, `"2h"`, as omsgate and HAProxy write durations.
fn duration(text: &str) -> Duration {
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (n, unit) = text.split_at(split);
    let n: u64 = n.parse().unwrap_or_else(|_| panic!("duration {text:?}"));
    match unit {
        "ms" => Duration::from_millis(n),
        "" | "s" => Duration::from_secs(n),
        "m" => Duration::from_secs(n * 60),
        "h" => Duration::from_secs(n * 3600),
        _ => panic!("duration unit in {text:?}"),
    }
}

/// The ConfigMap's `omsgate.toml`, written to a temp dir.
fn configmap_config() -> (tempfile::TempDir, PathBuf) {
    let cm = one("ConfigMap");
    let text = str_of(&cm["data"]["omsgate.toml"], "ConfigMap data omsgate.toml");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("omsgate.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

/// Every key's value in force for `config` (or the embedded default), defaults filled in.
fn effective(config: &Path) -> Json {
    let out = Command::new(BIN)
        .args(["config", "get", "--output", "json", "--config"])
        .arg(config)
        .output()
        .unwrap();
    assert!(out.status.success(), "config get: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn drain_grace(config: &Json) -> Duration {
    duration(config["drain_grace"].as_str().expect("config get lists drain_grace"))
}

fn port_of(addr: &Json) -> u16 {
    let addr = addr.as_str().unwrap();
    addr.rsplit_once(':').and_then(|(_, p)| p.parse().ok()).unwrap_or_else(|| panic!("{addr}: no port"))
}

#[test]
fn the_configmap_holds_a_config_omsgate_accepts() {
    let (_dir, path) = configmap_config();
    let out = Command::new(BIN).arg("check").arg("--config").arg(&path).output().unwrap();
    assert!(out.status.success(), "omsgate check: {}", String::from_utf8_lossy(&out.stderr));
    let config = effective(&path);
    assert_eq!(config["proxy_protocol"], "required", "the NLB sends PROXY v2: {config}");
    assert!(!config["proxy_protocol_from"].as_array().unwrap().is_empty(), "{config}");
}

#[test]
fn the_deployment_agrees_with_the_configmap() {
    let (_dir, path) = configmap_config();
    let config = effective(&path);
    let listen_port = config["listen_port"].as_u64().unwrap();
    let metrics_port = u64::from(port_of(&config["metrics_address"]));
    let deployment = one("Deployment");
    let spec = &deployment["spec"]["template"]["spec"];
    assert_eq!(u64_of(&deployment["spec"]["replicas"], "replicas"), 3);
    let containers = spec["containers"].as_sequence().unwrap();
    assert_eq!(containers.len(), 1);
    let c = &containers[0];

    // Ports by name, and the probes on the metrics port's name.
    let port = |name: &str| -> u64 {
        let ports = c["ports"].as_sequence().unwrap();
        let p =
            ports.iter().find(|p| p["name"].as_str() == Some(name)).unwrap_or_else(|| panic!("port {name}"));
        u64_of(&p["containerPort"], name)
    };
    assert_eq!(port("proxy"), listen_port, "containerPort proxy = listen_port");
    assert_eq!(port("metrics"), metrics_port, "containerPort metrics = metrics_address's port");
    for (probe, path) in [("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")] {
        let get = &c[probe]["httpGet"];
        assert_eq!(str_of(&get["path"], probe), path, "{probe}");
        let on = &get["port"];
        let on = on.as_str().map_or_else(|| u64_of(on, probe), port);
        assert_eq!(on, metrics_port, "{probe} on the metrics port");
    }

    // Long enough for the whole drain: drain_grace, drain_timeout, the cut lines.
    let drain = drain_grace(&config) + duration(config["drain_timeout"].as_str().unwrap()) + CUT_GRACE;
    let grace = u64_of(&spec["terminationGracePeriodSeconds"], "terminationGracePeriodSeconds");
    assert!(Duration::from_secs(grace) > drain, "terminationGracePeriodSeconds {grace} s ≤ {drain:?}");

    // It reads the ConfigMap where the ConfigMap is mounted.
    let args: Vec<&str> = c["args"].as_sequence().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
    let at = args.iter().position(|a| *a == "--config").expect("--config in args");
    let config_path = Path::new(args[at + 1]);
    let mounts = c["volumeMounts"].as_sequence().unwrap();
    let mount_of = |dir: &Path| {
        mounts
            .iter()
            .find(|m| Path::new(m["mountPath"].as_str().unwrap()) == dir)
            .unwrap_or_else(|| panic!("a volume mounted at {}", dir.display()))
    };
    let config_mount = mount_of(config_path.parent().unwrap());
    assert_eq!(config_path.file_name().unwrap(), "omsgate.toml");
    let volume = |name: &str| {
        spec["volumes"]
            .as_sequence()
            .unwrap()
            .iter()
            .find(|v| v["name"].as_str() == Some(name))
            .unwrap_or_else(|| panic!("volume {name}"))
            .clone()
    };
    let cm = one("ConfigMap");
    let config_volume = volume(str_of(&config_mount["name"], "mount name"));
    assert_eq!(config_volume["configMap"]["name"], cm["metadata"]["name"]);

    // Locked down, with a writable runtime directory for the control socket.
    let pod_sc = &spec["securityContext"];
    assert_eq!(pod_sc["runAsNonRoot"], Yaml::Bool(true));
    assert_eq!(pod_sc["seccompProfile"]["type"].as_str(), Some("RuntimeDefault"));
    let sc = &c["securityContext"];
    assert_eq!(sc["readOnlyRootFilesystem"], Yaml::Bool(true));
    assert_eq!(sc["allowPrivilegeEscalation"], Yaml::Bool(false));
    assert_eq!(sc["runAsNonRoot"], Yaml::Bool(true));
    assert!(sc["capabilities"]["drop"].as_sequence().unwrap().iter().any(|d| d.as_str() == Some("ALL")));
    let env = c["env"].as_sequence().unwrap();
    let runtime =
        env.iter().find(|e| e["name"].as_str() == Some("RUNTIME_DIRECTORY")).expect("RUNTIME_DIRECTORY");
    let runtime_mount = mount_of(Path::new(str_of(&runtime["value"], "RUNTIME_DIRECTORY")));
    assert!(runtime_mount["readOnly"].as_bool() != Some(true));
    let runtime_volume = volume(str_of(&runtime_mount["name"], "mount name"));
    assert!(runtime_volume.get("emptyDir").is_some(), "{runtime_volume:?}");
    assert!(
        c["resources"]["requests"]["memory"].is_string() && c["resources"]["limits"]["memory"].is_string()
    );
}

#[test]
fn the_services_send_agents_to_the_proxy_port_and_check_readyz() {
    let (_dir, path) = configmap_config();
    let config = effective(&path);
    let metrics_port = port_of(&config["metrics_address"]).to_string();
    let deployment = one("Deployment");
    let labels = &deployment["spec"]["template"]["metadata"]["labels"];
    let services = of_kind("Service");
    assert_eq!(
        services.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(),
        ["service-aws.yaml", "service-azure.yaml"]
    );
    for (file, s) in &services {
        assert_eq!(s["spec"]["type"].as_str(), Some("LoadBalancer"), "{file}");
        for (k, v) in s["spec"]["selector"].as_mapping().unwrap() {
            assert_eq!(&labels[k.as_str().unwrap()], v, "{file}: the selector matches the pods");
        }
        let ports = s["spec"]["ports"].as_sequence().unwrap();
        assert_eq!(ports.len(), 1, "{file}: agents only; the metrics port is not published");
        assert_eq!(ports[0]["targetPort"].as_str(), Some("proxy"), "{file}");
        assert_eq!(ports[0]["port"].as_u64(), config["listen_port"].as_u64(), "{file}: agents keep :8080");
    }
    let aws = &services[0].1["metadata"]["annotations"];
    let a = |k: &str| {
        str_of(&aws[format!("service.beta.kubernetes.io/aws-load-balancer-{k}").as_str()], k).to_string()
    };
    assert_eq!(a("proxy-protocol"), "*");
    assert_eq!(a("healthcheck-protocol"), "http");
    assert_eq!(a("healthcheck-port"), metrics_port);
    assert_eq!(a("healthcheck-path"), "/readyz");
    let attributes = a("target-group-attributes");
    assert!(
        attributes.contains("preserve_client_ip.enabled=false"),
        "PROXY v2 and client IP preservation exclude each other"
    );
    let delay = attributes
        .split(',')
        .find_map(|kv| kv.strip_prefix("deregistration_delay.timeout_seconds="))
        .expect("a deregistration delay");
    let drain = drain_grace(&config) + duration(config["drain_timeout"].as_str().unwrap());
    assert!(
        Duration::from_secs(delay.parse().unwrap()) >= drain,
        "deregistration delay {delay} s < {drain:?}"
    );
    // Azure passes the agent's address through: kube-proxy must not SNAT it either.
    assert_eq!(services[1].1["spec"]["externalTrafficPolicy"].as_str(), Some("Local"));
}

#[test]
fn the_disruption_budget_leaves_the_fleet_serving() {
    let deployment = one("Deployment");
    let pdb = one("PodDisruptionBudget");
    let replicas = u64_of(&deployment["spec"]["replicas"], "replicas");
    let min = u64_of(&pdb["spec"]["minAvailable"], "minAvailable");
    assert!(
        min >= 1 && min < replicas,
        "minAvailable {min} of {replicas}: one may drain at a time, never all"
    );
    assert_eq!(pdb["spec"]["selector"], deployment["spec"]["selector"]);
}

#[test]
fn the_containerfile_runs_what_the_deployment_expects() {
    let text = std::fs::read_to_string(deploy().join("Containerfile")).unwrap();
    let line = |word: &str| {
        text.lines()
            .rfind(|l| l.starts_with(word))
            .unwrap_or_else(|| panic!("no {word} in the Containerfile"))
            .to_string()
    };
    let deployment = one("Deployment");
    let spec = &deployment["spec"]["template"]["spec"];
    let c = &spec["containers"][0];
    assert!(line("FROM ").contains("distroless/cc"), "a minimal runtime image");
    assert_eq!(line("ENTRYPOINT "), r#"ENTRYPOINT ["/usr/bin/omsgate"]"#);
    let args: Vec<String> =
        c["args"].as_sequence().unwrap().iter().map(|a| format!("{:?}", a.as_str().unwrap())).collect();
    assert_eq!(
        line("CMD "),
        format!("CMD [{}]", args.join(", ")),
        "the image runs as the Deployment runs it"
    );
    let uid = u64_of(&spec["securityContext"]["runAsUser"], "runAsUser");
    assert_eq!(line("USER "), format!("USER {uid}:{uid}"));
    let env = c["env"].as_sequence().unwrap();
    let runtime = env.iter().find(|e| e["name"].as_str() == Some("RUNTIME_DIRECTORY")).unwrap();
    assert_eq!(
        line("ENV RUNTIME_DIRECTORY="),
        format!("ENV RUNTIME_DIRECTORY={}", runtime["value"].as_str().unwrap())
    );
}

#[test]
fn haproxy_cfg_is_valid_and_marks_a_draining_node_down_within_drain_grace() {
    let cfg = deploy().join("haproxy").join("haproxy.cfg");
    let check = Command::new("haproxy").arg("-c").arg("-f").arg(&cfg).output();
    let check = check.expect("haproxy not found: `apt-get install haproxy` (.ci/run does)");
    assert!(check.status.success(), "haproxy -c: {}", String::from_utf8_lossy(&check.stderr));
    let text = std::fs::read_to_string(&cfg).unwrap();
    let lines: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.split('#').next().unwrap().split_whitespace().collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    let defaults = effective(Path::new("/nonexistent/omsgate.toml"));

    // Check timings: a node answering 503 is DOWN within inter + (fall - 1) × fastinter,
    // and within that plus one `timeout check` per check when it is too busy to answer.
    let server = lines.iter().find(|w| w[0] == "default-server").expect("a default-server line");
    let arg = |key: &str| {
        server.iter().position(|w| *w == key).map(|i| server[i + 1]).unwrap_or_else(|| panic!("{key}"))
    };
    assert!(server.contains(&"send-proxy-v2") && server.contains(&"check"));
    let (inter, fastinter) = (duration(arg("inter")), duration(arg("fastinter")));
    let fall: u32 = arg("fall").parse().unwrap();
    let timeout = |name: &str| {
        let w = lines
            .iter()
            .find(|w| w[0] == "timeout" && w[1] == name)
            .unwrap_or_else(|| panic!("timeout {name}"));
        duration(w[2])
    };
    let answering = inter + fastinter * (fall - 1);
    let busy = answering + timeout("check") * fall;
    let grace = drain_grace(&defaults);
    assert!(busy < grace, "down after {answering:?} ({busy:?} busy), drain_grace {grace:?}");

    // Tunnels idle between uploads: HAProxy may not cut them before omsgate's idle_timeout.
    let idle = duration(defaults["idle_timeout"].as_str().unwrap());
    for name in ["client", "server", "tunnel"] {
        assert!(timeout(name) > idle, "timeout {name} {:?} ≤ idle_timeout {idle:?}", timeout(name));
    }
    assert!(lines.iter().any(|w| w == &["option", "httpchk", "GET", "/readyz"]));
    assert!(lines.iter().any(|w| w == &["option", "redispatch", "1"]));
    assert!(
        !lines.iter().flatten().any(|w| *w == "on-marked-down"),
        "marking a node down must not cut its draining tunnels"
    );

    // Servers: the traffic port is listen_port, the check port the metrics port.
    let servers: Vec<_> = lines.iter().filter(|w| w[0] == "server").collect();
    assert_eq!(servers.len(), 3);
    for s in servers {
        assert!(s[2].ends_with(&format!(":{}", defaults["listen_port"])), "{s:?}");
        assert_eq!(s[3..5], ["port", &port_of(&defaults["metrics_address"]).to_string()], "{s:?}");
    }
    let bind = lines.iter().find(|w| w[0] == "bind").unwrap();
    assert_eq!(bind[1], format!(":{}", defaults["listen_port"]), "agents keep their proxy port");
}
