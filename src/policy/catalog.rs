//! The endpoint catalog: which hosts each agent needs, per service and cloud, as
//! Microsoft documents them, kept as data in `catalog.toml` (embedded), every entry with
//! the page it comes from and the date it was read. [`derive`] turns the operator's keys
//! (`services`, `azure_cloud`, `azure_regions`, `azure_workspace_ids`, `azure_dce_hosts`,
//! `azure_automation_account_ids`, `azure_arc_gateway`) into exact allowlist entries,
//! each with what it was derived from, so that an agent behind the gateway can reach its
//! own workspace and not every tenant's.
//!
//! Reading order: a template per cloud, its placeholders filled from the keys
//! (`{workspace}`, `{region}`, `{dce}`, `{code}`, `{account}`, `{gateway}`, and the
//! region's `{jobruntime}` / `{agentservice}` records); `when`/`unless` name the optional
//! key that switches an entry on or off; a placeholder whose key is empty otherwise is a
//! configuration error naming that key.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

use toml_edit::{DocumentMut, Item, Table};

use crate::lang::Msg;

/// The catalog file, embedded.
pub const CATALOG_TOML: &str = include_str!("catalog.toml");

/// A service whose agents the gateway carries (`services`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Service {
    /// The Azure Monitor Agent.
    AzureMonitorAgent,
    /// The legacy Log Analytics agent (MMA / OMS agent).
    LogAnalyticsAgent,
    /// Azure Automation Hybrid Runbook Workers.
    Automation,
    /// The Azure Connected Machine agent (Azure Arc-enabled servers).
    Arc,
}

/// The Azure cloud the agents report to (`azure_cloud`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cloud {
    /// Azure commercial (`.com`).
    #[default]
    Public,
    /// Azure Government (`.us`).
    UsGov,
    /// Microsoft Azure operated by 21Vianet (`.cn`).
    China,
}

/// A GUID such as a Log Analytics workspace ID (`azure_workspace_ids`), read in any
/// case, with or without braces, and kept lowercase without them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Guid(String);

/// The parsed catalog.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The Microsoft pages, by the name entries cite.
    pub sources: BTreeMap<String, Source>,
    pub endpoints: Vec<Endpoint>,
    /// Automation location codes and regional records, by ARM region name.
    pub automation_regions: BTreeMap<String, AutomationRegion>,
}

/// A Microsoft page the catalog was read from.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub title: String,
    pub url: String,
    pub repo: String,
    pub path: String,
    pub commit: String,
    /// The page's own `ms.date`.
    pub page_date: String,
    /// When this catalog's author read it.
    pub read: String,
    pub note: Option<String>,
}

/// One documented endpoint: a host template per cloud.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub service: Service,
    pub purpose: String,
    /// By [`Cloud::index`]; `None`: nothing documented for that cloud.
    pub hosts: [Option<String>; 3],
    /// The [`Source`] it comes from.
    pub source: String,
    pub note: Option<String>,
    /// Only when this key is set.
    pub when: Option<String>,
    /// Only when this key is not set.
    pub unless: Option<String>,
}

/// A region's Azure Automation location code and its regional records.
#[derive(Debug, Clone)]
pub struct AutomationRegion {
    pub code: String,
    pub cloud: Cloud,
    pub jobruntime: Option<String>,
    pub agentservice: Option<String>,
}

/// What the catalog derives from: the keys, already checked one by one.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    pub services: &'a [Service],
    pub cloud: Cloud,
    pub regions: &'a [String],
    pub workspaces: &'a [Guid],
    pub dce_hosts: &'a [String],
    pub automation_accounts: &'a [Guid],
    /// `<prefix>.gw.arc.azure.com`, or empty.
    pub arc_gateway: &'a str,
}

/// One derived allowlist entry and what it was derived from (shown as its origin).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    pub entry: String,
    /// `azure_monitor_agent, workspace 1a2b…, region westeurope`.
    pub from: String,
}

/// The catalog, parsed once; the embedded file is checked by the tests.
pub fn catalog() -> &'static Catalog {
    static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
        Catalog::parse(CATALOG_TOML).unwrap_or_else(|e| panic!("src/policy/catalog.toml: {e}"))
    });
    &CATALOG
}

/// The allowlist entries the services need, exact wherever Microsoft allows it, in
/// catalog order without repeats (an entry two services need names both). Errors name
/// the key to set or fix.
pub fn derive(inputs: &Inputs<'_>) -> Result<Vec<Derived>, Msg> {
    if inputs.services.is_empty() {
        return Ok(Vec::new());
    }
    let catalog = catalog();
    check_inputs(catalog, inputs)?;
    let mut out: Vec<Derived> = Vec::new();
    for service in ordered(inputs.services) {
        for endpoint in catalog.endpoints.iter().filter(|e| e.service == service) {
            if !endpoint.applies(inputs) {
                continue;
            }
            let Some(template) = &endpoint.hosts[inputs.cloud.index()] else { continue };
            for (entry, labels) in expand(catalog, endpoint, template, inputs)? {
                let from =
                    std::iter::once(service.config_name().to_string()).chain(labels).collect::<Vec<_>>();
                match out.iter_mut().find(|d| d.entry == entry) {
                    Some(seen) if !seen.from.contains(service.config_name()) => {
                        seen.from += &format!(" (also {})", service.config_name());
                    }
                    Some(_) => {}
                    None => out.push(Derived { entry, from: from.join(", ") }),
                }
            }
        }
    }
    Ok(out)
}

impl Catalog {
    /// Parses catalog text; an error names the table and field.
    pub fn parse(text: &str) -> Result<Catalog, String> {
        let doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| e.to_string())?;
        let mut sources = BTreeMap::new();
        for (name, item) in table(doc.as_item(), "source")?.iter() {
            let t = item.as_table().ok_or(format!("source.{name} is not a table"))?;
            let field = |f: &str| str_field(t, f, &format!("source.{name}"));
            sources.insert(
                name.to_string(),
                Source {
                    title: field("title")?,
                    url: field("url")?,
                    repo: field("repo")?,
                    path: field("path")?,
                    commit: field("commit")?,
                    page_date: field("page_date")?,
                    read: field("read")?,
                    note: opt_field(t, "note"),
                },
            );
        }
        let mut endpoints = Vec::new();
        let list = doc.get("endpoint").and_then(Item::as_array_of_tables).ok_or("no [[endpoint]]")?;
        for (i, t) in list.iter().enumerate() {
            let at = format!("endpoint #{}", i + 1);
            let service = str_field(t, "service", &at)?;
            let service = Service::from_name(&service).ok_or(format!("{at}: unknown service {service:?}"))?;
            let hosts = Cloud::ALL.map(|c| opt_field(t, c.config_name()));
            if hosts.iter().all(Option::is_none) {
                return Err(format!("{at}: no host for any cloud"));
            }
            endpoints.push(Endpoint {
                service,
                purpose: str_field(t, "purpose", &at)?,
                hosts,
                source: str_field(t, "source", &at)?,
                note: opt_field(t, "note"),
                when: opt_field(t, "when"),
                unless: opt_field(t, "unless"),
            });
        }
        let mut automation_regions = BTreeMap::new();
        for (region, item) in table(doc.as_item(), "automation_region")?.iter() {
            let t = item.as_inline_table().ok_or(format!("automation_region.{region} is not a table"))?;
            let get = |f: &str| t.get(f).and_then(|v| v.as_str()).map(str::to_string);
            let at = format!("automation_region.{region}");
            let cloud = get("cloud").ok_or(format!("{at}: no cloud"))?;
            automation_regions.insert(
                region.to_string(),
                AutomationRegion {
                    code: get("code").ok_or(format!("{at}: no code"))?,
                    cloud: Cloud::from_name(&cloud).ok_or(format!("{at}: unknown cloud {cloud:?}"))?,
                    jobruntime: get("jobruntime"),
                    agentservice: get("agentservice"),
                },
            );
        }
        Ok(Catalog { sources, endpoints, automation_regions })
    }
}

impl Endpoint {
    /// Whether its `when` / `unless` key lets it in for these inputs.
    fn applies(&self, inputs: &Inputs<'_>) -> bool {
        let set = |key: &str| match key {
            "azure_dce_hosts" => !inputs.dce_hosts.is_empty(),
            "azure_automation_account_ids" => !inputs.automation_accounts.is_empty(),
            "azure_arc_gateway" => !inputs.arc_gateway.is_empty(),
            "azure_workspace_ids" => !inputs.workspaces.is_empty(),
            _ => false,
        };
        self.when.as_deref().is_none_or(set) && !self.unless.as_deref().is_some_and(set)
    }
}

impl Service {
    /// Every service, in the order derived entries are listed.
    pub const ALL: [Service; 4] =
        [Service::AzureMonitorAgent, Service::LogAnalyticsAgent, Service::Automation, Service::Arc];

    /// The config spelling.
    pub const fn config_name(self) -> &'static str {
        match self {
            Service::AzureMonitorAgent => "azure_monitor_agent",
            Service::LogAnalyticsAgent => "log_analytics_agent",
            Service::Automation => "automation",
            Service::Arc => "arc",
        }
    }

    fn from_name(name: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.config_name() == name)
    }
}

impl Cloud {
    pub const ALL: [Cloud; 3] = [Cloud::Public, Cloud::UsGov, Cloud::China];

    /// The config spelling.
    pub const fn config_name(self) -> &'static str {
        match self {
            Cloud::Public => "public",
            Cloud::UsGov => "usgov",
            Cloud::China => "china",
        }
    }

    /// The suffix that ends this cloud's Azure Monitor names (`azure.com`).
    pub const fn monitor_suffix(self) -> &'static str {
        match self {
            Cloud::Public => "com",
            Cloud::UsGov => "us",
            Cloud::China => "cn",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    fn from_name(name: &str) -> Option<Cloud> {
        Cloud::ALL.into_iter().find(|c| c.config_name() == name)
    }
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.config_name())
    }
}

/// The checks across keys the catalog knows of, for the services named: clouds agree,
/// the Arc gateway is public, Automation knows each region. (A key no named service
/// uses means nothing yet and is not checked: `config set` can set them in any order.)
fn check_inputs(catalog: &Catalog, inputs: &Inputs<'_>) -> Result<(), Msg> {
    let cloud = inputs.cloud;
    for region in inputs.regions {
        if let Some(r) = catalog.automation_regions.get(region)
            && r.cloud != cloud
        {
            return Err(Msg::new("config-region-in-other-cloud")
                .arg("key", "azure_regions")
                .arg("region", region)
                .arg("cloud", r.cloud.config_name())
                .arg("setting", format!("azure_cloud = \"{}\"", cloud.config_name())));
        }
    }
    let dce_suffix = format!(".ingest.monitor.azure.{}", cloud.monitor_suffix());
    if let Some(dce) = inputs.dce_hosts.iter().find(|h| !h.ends_with(&dce_suffix)) {
        return Err(Msg::new("config-dce-host-in-other-cloud")
            .arg("key", "azure_dce_hosts")
            .arg("host", dce)
            .arg("cloud", cloud.config_name())
            .arg("suffix", format!("…{dce_suffix}")));
    }
    if !inputs.arc_gateway.is_empty() && inputs.services.contains(&Service::Arc) && cloud != Cloud::Public {
        return Err(Msg::new("config-arc-gateway-not-public")
            .arg("key", "azure_arc_gateway")
            .arg("setting", format!("azure_cloud = \"{}\"", cloud.config_name())));
    }
    if inputs.services.contains(&Service::Automation) {
        for region in inputs.regions {
            let Some(r) = catalog.automation_regions.get(region) else {
                return Err(Msg::new("config-automation-region-unknown")
                    .arg("key", "services")
                    .arg("service", "\"automation\"")
                    .arg("region", region)
                    .arg("regions", "azure_regions")
                    .arg("command", "omsgate config keys"));
            };
            if r.jobruntime.is_none() && inputs.automation_accounts.is_empty() {
                return Err(Msg::new("config-automation-region-needs-accounts")
                    .arg("key", "services")
                    .arg("service", "\"automation\"")
                    .arg("region", region)
                    .arg("accounts", "azure_automation_account_ids"));
            }
        }
    }
    Ok(())
}

/// The services in catalog order, each once.
fn ordered(services: &[Service]) -> Vec<Service> {
    Service::ALL.into_iter().filter(|s| services.contains(s)).collect()
}

/// A template's hosts for every combination of the values its placeholders take, each
/// with the labels of the values used.
fn expand(
    catalog: &Catalog,
    endpoint: &Endpoint,
    template: &str,
    inputs: &Inputs<'_>,
) -> Result<Vec<(String, Vec<String>)>, Msg> {
    let mut results = vec![(template.to_string(), Vec::new())];
    let needs = |p: &str| template.contains(&format!("{{{p}}}"));
    let missing = |key: &str| {
        Msg::new("config-endpoint-needs-key")
            .arg("services", "services")
            .arg("service", format!("\"{}\"", endpoint.service))
            .arg("purpose", endpoint.purpose.to_string())
            .arg("template", template)
            .arg("key", key)
    };
    let mut bind =
        |placeholders: &[&str], key: &str, values: Vec<(Vec<String>, String)>| -> Result<(), Msg> {
            if !placeholders.iter().any(|p| needs(p)) {
                return Ok(());
            }
            if values.is_empty() {
                return Err(missing(key));
            }
            let mut next = Vec::new();
            for (host, labels) in &results {
                for (fills, label) in &values {
                    let mut host = host.clone();
                    for (p, v) in placeholders.iter().zip(fills) {
                        host = host.replace(&format!("{{{p}}}"), v);
                    }
                    let mut labels = labels.clone();
                    labels.push(label.clone());
                    next.push((host, labels));
                }
            }
            results = next;
            Ok(())
        };
    let workspaces =
        inputs.workspaces.iter().map(|w| (vec![w.to_string()], format!("workspace {}", w.short())));
    bind(&["workspace"], "azure_workspace_ids", workspaces.collect())?;
    // A region's values: its name, and for Automation its code and records (a region
    // without the record a template needs is skipped: check_inputs made sure each
    // region has what Automation needs).
    let region_fields = ["region", "code", "jobruntime", "agentservice"];
    let regions = inputs.regions.iter().filter_map(|r| {
        let a = catalog.automation_regions.get(r);
        let fills = vec![
            Some(r.clone()),
            a.map(|a| a.code.clone()),
            a.and_then(|a| a.jobruntime.clone()),
            a.and_then(|a| a.agentservice.clone()),
        ];
        let used_missing = region_fields.iter().zip(&fills).any(|(p, v)| needs(p) && v.is_none());
        (!used_missing)
            .then(|| (fills.into_iter().map(Option::unwrap_or_default).collect(), format!("region {r}")))
    });
    let regions: Vec<_> = regions.collect();
    if region_fields.iter().any(|p| needs(p)) && regions.is_empty() && !inputs.regions.is_empty() {
        return Ok(Vec::new());
    }
    bind(&region_fields, "azure_regions", regions)?;
    let dces = inputs.dce_hosts.iter().filter_map(|h| {
        let id = h.split_once(".ingest.")?.0;
        Some((vec![id.to_string()], format!("DCE {h}")))
    });
    bind(&["dce"], "azure_dce_hosts", dces.collect())?;
    let accounts =
        inputs.automation_accounts.iter().map(|a| (vec![a.to_string()], format!("account {}", a.short())));
    bind(&["account"], "azure_automation_account_ids", accounts.collect())?;
    let gateway = inputs.arc_gateway.strip_suffix(".gw.arc.azure.com").filter(|p| !p.is_empty());
    let gateway = gateway.map(|p| (vec![p.to_string()], format!("gateway {}", inputs.arc_gateway)));
    bind(&["gateway"], "azure_arc_gateway", gateway.into_iter().collect())?;
    Ok(results)
}

impl Guid {
    /// Reads `8-4-4-4-12` hex digits (braces and case as Windows prints them are fine).
    pub fn parse(text: &str) -> Option<Guid> {
        let t = text.trim();
        let t = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')).unwrap_or(t);
        let groups: Vec<&str> = t.split('-').collect();
        let shape = groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12]);
        (shape && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_hexdigit())))
            .then(|| Guid(t.to_ascii_lowercase()))
    }

    /// The first four hex digits and an ellipsis, to name it in an origin without
    /// spelling it out (`1a2b…`).
    pub fn short(&self) -> String {
        format!("{}…", &self.0[..4])
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn table<'a>(doc: &'a Item, name: &str) -> Result<&'a Table, String> {
    doc.get(name).and_then(Item::as_table).ok_or(format!("no [{name}] table"))
}

fn str_field(t: &Table, field: &str, at: &str) -> Result<String, String> {
    opt_field(t, field).ok_or(format!("{at}: no {field}"))
}

fn opt_field(t: &Table, field: &str) -> Option<String> {
    t.get(field).and_then(Item::as_str).map(str::to_string)
}

#[cfg(test)]
#[path = "catalog_tests.rs"]
mod tests;
