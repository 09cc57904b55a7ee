//! The catalog against itself (every entry cites a source, every host is an entry the
//! allowlist reads) and golden lists: workspace + region + cloud → the exact hosts, per
//! service and cloud. A change to `catalog.toml` that changes what is derived changes a
//! list here, where a reviewer sees it.

use super::*;
use crate::config::{Source as ConfigSource, from_text};
use crate::policy::{Allowlist, Origin};

const WS: &str = "1234a123-aa1a-123a-aaa1-a1a345aa6789";
const WS2: &str = "9f8e7d6c-5b4a-3928-1706-f5e4d3c2b1a0";
const ACCOUNT: &str = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

/// The inputs of one golden case.
struct Case {
    services: Vec<Service>,
    cloud: Cloud,
    regions: Vec<String>,
    workspaces: Vec<Guid>,
    dces: Vec<String>,
    accounts: Vec<Guid>,
    gateway: String,
}

fn case(services: &[Service], cloud: Cloud, regions: &[&str], workspaces: &[&str]) -> Case {
    Case {
        services: services.to_vec(),
        cloud,
        regions: regions.iter().map(|r| r.to_string()).collect(),
        workspaces: workspaces.iter().map(|w| Guid::parse(w).unwrap()).collect(),
        dces: Vec::new(),
        accounts: Vec::new(),
        gateway: String::new(),
    }
}

impl Case {
    fn derive(&self) -> Result<Vec<Derived>, String> {
        derive(&Inputs {
            services: &self.services,
            cloud: self.cloud,
            regions: &self.regions,
            workspaces: &self.workspaces,
            dce_hosts: &self.dces,
            automation_accounts: &self.accounts,
            arc_gateway: &self.gateway,
        })
        .map_err(|e| e.to_string())
    }

    fn hosts(&self) -> Vec<String> {
        self.derive().unwrap_or_else(|e| panic!("{e}")).into_iter().map(|d| d.entry).collect()
    }

    fn error(&self) -> String {
        self.derive().expect_err("must be refused")
    }
}

#[test]
fn every_entry_carries_its_source_and_the_date_read() {
    let c = Catalog::parse(CATALOG_TOML).unwrap();
    assert!(c.endpoints.len() > 20 && c.sources.len() >= 8);
    let date = |d: &str| d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-';
    for (name, s) in &c.sources {
        assert!(s.url.starts_with("https://learn.microsoft.com/"), "{name}: {}", s.url);
        assert!(s.repo.starts_with("MicrosoftDocs/") && s.path.ends_with(".md"), "{name}");
        assert!(s.commit.len() == 40 && s.commit.bytes().all(|b| b.is_ascii_hexdigit()), "{name}");
        assert!(date(&s.read) && date(&s.page_date), "{name}: dates as YYYY-MM-DD");
    }
    for e in &c.endpoints {
        assert!(c.sources.contains_key(&e.source), "{} ({:?}) cites {:?}", e.purpose, e.hosts, e.source);
        for key in e.when.iter().chain(&e.unless) {
            assert!(crate::config::keys::find(key).is_ok(), "{}: when/unless names a key: {key}", e.purpose);
        }
    }
    for (region, r) in &c.automation_regions {
        assert!(!r.code.is_empty(), "{region}");
        for record in r.jobruntime.iter().chain(&r.agentservice) {
            assert!(record.starts_with(&format!("{}-", r.code)), "{region}: {record}");
        }
    }
}

/// Each template, its placeholders filled, is an entry the allowlist reads.
#[test]
fn every_host_is_an_allowlist_entry() {
    for e in &catalog().endpoints {
        for host in e.hosts.iter().flatten() {
            let filled = host
                .replace("{workspace}", WS)
                .replace("{region}", "westeurope")
                .replace("{dce}", "mydce-a1b2.westeurope-1")
                .replace("{code}", "we")
                .replace("{account}", ACCOUNT)
                .replace("{gateway}", "a1b2")
                .replace("{jobruntime}", "we-jobruntimedata-prod-su1.azure-automation.net")
                .replace("{agentservice}", "we-agentservice-prod-1.azure-automation.net");
            assert!(!filled.contains('{'), "{host}: unknown placeholder");
            Allowlist::check_entry(&filled).unwrap_or_else(|err| panic!("{host}: {err}"));
        }
    }
}

#[test]
fn azure_monitor_agent_in_each_cloud() {
    use Service::AzureMonitorAgent as Ama;
    assert_eq!(
        case(&[Ama], Cloud::Public, &["westeurope"], &[WS]).hosts(),
        [
            "global.handler.control.monitor.azure.com",
            "westeurope.handler.control.monitor.azure.com",
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.ods.opinsights.azure.com",
            "global.prod.microsoftmetrics.com",
        ]
    );
    assert_eq!(
        case(&[Ama], Cloud::UsGov, &["usgovvirginia"], &[WS]).hosts(),
        [
            "global.handler.control.monitor.azure.us",
            "usgovvirginia.handler.control.monitor.azure.us",
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.ods.opinsights.azure.us",
        ]
    );
    assert_eq!(
        case(&[Ama], Cloud::China, &["chinaeast2"], &[WS]).hosts(),
        [
            "global.handler.control.monitor.azure.cn",
            "chinaeast2.handler.control.monitor.azure.cn",
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.ods.opinsights.azure.cn",
        ]
    );
    let mut with_dce = case(&[Ama], Cloud::Public, &["westeurope"], &[WS]);
    with_dce.dces = vec!["mydce-a1b2.westeurope-1.ingest.monitor.azure.com".into()];
    assert_eq!(
        with_dce.hosts()[4..],
        [
            "mydce-a1b2.westeurope-1.ingest.monitor.azure.com",
            "mydce-a1b2.westeurope-1.handler.control.monitor.azure.com",
            "mydce-a1b2.westeurope-1.control.monitor.azure.com",
        ]
    );
}

#[test]
fn two_workspaces_and_two_regions_give_each_its_own_hosts() {
    let hosts =
        case(&[Service::AzureMonitorAgent], Cloud::Public, &["westeurope", "eastus"], &[WS, WS2]).hosts();
    assert_eq!(
        hosts,
        [
            "global.handler.control.monitor.azure.com",
            "westeurope.handler.control.monitor.azure.com",
            "eastus.handler.control.monitor.azure.com",
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.ods.opinsights.azure.com",
            "9f8e7d6c-5b4a-3928-1706-f5e4d3c2b1a0.ods.opinsights.azure.com",
            "global.prod.microsoftmetrics.com",
        ]
    );
}

#[test]
fn log_analytics_agent_in_each_cloud() {
    use Service::LogAnalyticsAgent as Mma;
    assert_eq!(
        case(&[Mma], Cloud::Public, &["westeurope"], &[WS]).hosts(),
        [
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.ods.opinsights.azure.com",
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.oms.opinsights.azure.com",
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.agentsvc.azure-automation.net",
            "*.blob.core.windows.net",
        ]
    );
    assert_eq!(
        case(&[Mma], Cloud::UsGov, &[], &[WS]).hosts(),
        [
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.ods.opinsights.azure.us",
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.oms.opinsights.azure.us",
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.agentsvc.azure-automation.us",
            "*.blob.core.usgovcloudapi.net",
        ]
    );
    assert_eq!(
        case(&[Mma], Cloud::China, &[], &[WS]).hosts(),
        [
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.ods.opinsights.azure.cn",
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.oms.opinsights.azure.cn",
        ]
    );
}

#[test]
fn automation_in_each_cloud() {
    use Service::Automation;
    assert_eq!(
        case(&[Automation], Cloud::Public, &["westeurope"], &[WS]).hosts(),
        [
            "we-jobruntimedata-prod-su1.azure-automation.net",
            "we-agentservice-prod-1.azure-automation.net",
            "1234a123-aa1a-123a-aaa1-a1a345aa6789.agentsvc.azure-automation.net",
        ]
    );
    let mut account = case(&[Automation], Cloud::Public, &["switzerlandnorth"], &[]);
    account.accounts = vec![Guid::parse(ACCOUNT).unwrap()];
    assert_eq!(
        account.hosts(),
        [
            "stzn-jobruntimedata-prod-su1.azure-automation.net",
            "stzn-agentservice-prod-su1.azure-automation.net",
            "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.agentsvc.stzn.azure-automation.net",
            "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.jrds.stzn.azure-automation.net",
        ]
    );
    assert_eq!(
        case(&[Automation], Cloud::UsGov, &["usgovvirginia"], &[]).hosts(),
        ["usge-jobruntimedata-prod-su1.azure-automation.us", "usge-agentservice-prod-1.azure-automation.us"]
    );
    let mut china = case(&[Automation], Cloud::China, &["chinaeast2"], &[]);
    assert!(china.error().contains("set azure_automation_account_ids"), "{}", china.error());
    china.accounts = vec![Guid::parse(ACCOUNT).unwrap()];
    assert_eq!(
        china.hosts(),
        [
            "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.agentsvc.sha2.azure-automation.cn",
            "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.jrds.sha2.azure-automation.cn",
        ]
    );
}

#[test]
fn arc_with_and_without_the_gateway_in_each_cloud() {
    use Service::Arc;
    assert_eq!(
        case(&[Arc], Cloud::Public, &[], &[]).hosts(),
        [
            "download.microsoft.com",
            "packages.microsoft.com",
            "login.microsoftonline.com",
            "*.login.microsoft.com",
            "pas.windows.net",
            "management.azure.com",
            "*.his.arc.azure.com",
            "*.guestconfiguration.azure.com",
            "guestnotificationservice.azure.com",
            "*.guestnotificationservice.azure.com",
            "azgn*.servicebus.windows.net",
            "*.blob.core.windows.net",
        ]
    );
    let mut gateway = case(&[Arc], Cloud::Public, &[], &[]);
    gateway.gateway = "a1b2c3d4.gw.arc.azure.com".into();
    assert_eq!(
        gateway.hosts(),
        [
            "download.microsoft.com",
            "packages.microsoft.com",
            "login.microsoftonline.com",
            "*.login.microsoft.com",
            "management.azure.com",
            "gbl.his.arc.azure.com",
            "*.his.arc.azure.com",
            "a1b2c3d4.gw.arc.azure.com",
        ]
    );
    assert_eq!(
        case(&[Arc], Cloud::UsGov, &[], &[]).hosts(),
        [
            "download.microsoft.com",
            "packages.microsoft.com",
            "login.microsoftonline.us",
            "pasff.usgovcloudapi.net",
            "management.usgovcloudapi.net",
            "*.his.arc.azure.us",
            "*.guestconfiguration.azure.us",
            "*.blob.core.usgovcloudapi.net",
        ]
    );
    assert_eq!(
        case(&[Arc], Cloud::China, &[], &[]).hosts(),
        [
            "download.microsoft.com",
            "packages.microsoft.com",
            "login.chinacloudapi.cn",
            "login.partner.chinacloudapi.cn",
            "pas.chinacloudapi.cn",
            "management.chinacloudapi.cn",
            "*.his.arc.azure.cn",
            "*.guestconfiguration.azure.cn",
            "guestnotificationservice.azure.cn",
            "*.guestnotificationservice.azure.cn",
            "azgn*.servicebus.chinacloudapi.cn",
            "*.blob.core.chinacloudapi.cn",
        ]
    );
}

#[test]
fn each_entry_says_what_it_was_derived_from_once() {
    let derived = case(
        &[Service::LogAnalyticsAgent, Service::AzureMonitorAgent],
        Cloud::Public,
        &["westeurope"],
        &[WS],
    )
    .derive()
    .unwrap();
    let from = |entry: &str| derived.iter().find(|d| d.entry == entry).map(|d| d.from.clone()).unwrap();
    assert_eq!(
        from("westeurope.handler.control.monitor.azure.com"),
        "azure_monitor_agent, region westeurope"
    );
    assert_eq!(
        from("1234a123-aa1a-123a-aaa1-a1a345aa6789.ods.opinsights.azure.com"),
        "azure_monitor_agent, workspace 1234… (also log_analytics_agent)"
    );
    let ods = derived.iter().filter(|d| d.entry.ends_with(".ods.opinsights.azure.com")).count();
    assert_eq!(ods, 1, "an entry two services need is listed once");
}

#[test]
fn what_is_missing_or_inconsistent_names_the_key() {
    use Service::{Arc, Automation, AzureMonitorAgent as Ama};
    for (c, needle) in [
        (case(&[Ama], Cloud::Public, &["westeurope"], &[]), "set azure_workspace_ids"),
        (case(&[Ama], Cloud::Public, &[], &[WS]), "set azure_regions"),
        (case(&[Ama], Cloud::Public, &["usgovvirginia"], &[WS]), "usgovvirginia is in the usgov cloud"),
        (
            case(&[Automation], Cloud::Public, &["atlantis"], &[WS]),
            "no Automation endpoints for region atlantis",
        ),
        (case(&[Automation], Cloud::Public, &["eastus"], &[WS]), "set azure_automation_account_ids"),
    ] {
        let err = c.error();
        assert!(err.contains(needle), "{needle}: {err}");
    }
    let mut dce = case(&[Ama], Cloud::UsGov, &["usgovvirginia"], &[WS]);
    dce.dces = vec!["x.westeurope-1.ingest.monitor.azure.com".into()];
    assert!(dce.error().contains("azure_dce_hosts"), "{}", dce.error());
    let mut gw = case(&[Arc], Cloud::UsGov, &[], &[]);
    gw.gateway = "a1b2.gw.arc.azure.com".into();
    assert!(gw.error().contains("public cloud"), "{}", gw.error());
    let mut no_arc = case(&[Ama], Cloud::UsGov, &["usgovvirginia"], &[WS]);
    no_arc.gateway = "a1b2.gw.arc.azure.com".into();
    assert_eq!(no_arc.hosts().len(), 3, "the gateway means nothing without arc in services");
    let nothing = case(&[], Cloud::Public, &["usgovvirginia"], &[WS]);
    assert_eq!(nothing.hosts(), Vec::<String>::new(), "no service: nothing derived, nothing checked");
}

/// Through the config: zero-config keeps the families; services replaces them unless the
/// file lists hosts itself; derived entries carry their origin.
#[test]
fn services_replace_the_default_families_unless_the_file_lists_hosts() {
    let settings = |text: &str| from_text(text, ConfigSource::File("t.toml".into())).unwrap();
    let zero = settings("listen_port = 8080");
    assert!(zero.allowlist.entries().iter().any(|e| e == "*.ods.opinsights.azure.com"));
    let exact = settings(&format!(
        "services = [\"azure_monitor_agent\"]\nazure_regions = [\"westeurope\"]\nazure_workspace_ids = [\"{WS}\"]"
    ));
    assert!(exact.keys.allowed_hosts.is_empty(), "an unset allowed_hosts means [] with services");
    assert!(!exact.allowlist.entries().iter().any(|e| e.starts_with('*')), "{:?}", exact.allowlist.entries());
    let origin = exact.allowlist.views().map(|v| v.origin.clone()).nth(2).unwrap();
    assert_eq!(origin, Origin::Derived("azure_monitor_agent, workspace 1234…".into()));
    assert!(exact.describe().contains("allowed_hosts = []  # default"), "{}", exact.describe());
    let again = from_text(&exact.describe(), ConfigSource::File("t.toml".into())).unwrap();
    assert_eq!(again.allowlist.entries(), exact.allowlist.entries(), "describe means the same");
    let both = settings(&format!(
        "services = [\"azure_monitor_agent\"]\nazure_regions = [\"westeurope\"]\nazure_workspace_ids = [\"{WS}\"]\nallowed_hosts = [\"collector.example.com\"]"
    ));
    assert_eq!(both.allowlist.entries()[0], "collector.example.com");
    assert_eq!(both.allowlist.len(), 5);
}

#[test]
fn keys_are_checked_alone() {
    use crate::config::Values;
    for (text, needle) in [
        ("azure_workspace_ids = [\"not-a-guid\"]", "is not a GUID"),
        ("azure_regions = [\"West Europe\"]", "is not an ARM region name"),
        ("azure_dce_hosts = [\"example.com\"]", "logs ingestion host"),
        ("azure_arc_gateway = \"gw.example.com\"", "Azure Arc gateway host"),
        ("services = [\"oms\"]", "is not one of"),
        ("azure_cloud = \"germany\"", "is not one of"),
    ] {
        let err = Values::parse(text).unwrap_err().to_string();
        assert!(err.contains(needle), "{text}: {err}");
    }
    let v = Values::parse("azure_workspace_ids = [\"{1234A123-AA1A-123A-AAA1-A1A345AA6789}\"]").unwrap();
    assert_eq!(v.azure_workspace_ids[0].to_string(), WS, "braces and case as Windows prints them");
}
