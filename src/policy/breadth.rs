//! Entries that allow every tenant's endpoints, not only the operator's: `*.blob.core.
//! windows.net` reaches any storage account in the cloud, `*.ods.opinsights.azure.com`
//! any Log Analytics workspace. omsgate never decrypts, so such an entry is an
//! exfiltration path (`SECURITY.md`). The embedded default holds some, to work without
//! configuration; `check` and the start line (event 100) name them so that an operator
//! narrows them to their own hosts.

use super::allowlist::{Allowlist, EntryView, Origin, Reading};
use crate::lang::Msg;
use crate::msg;

/// Names under which each tenant gets hosts of its own, and what they are.
pub const TENANT_WIDE: &[(&str, Msg)] = &[
    ("ods.opinsights.azure.com", Msg::new("config-tenant-wide-workspace-ingestion")),
    ("oms.opinsights.azure.com", Msg::new("config-tenant-wide-workspace-management")),
    ("agentsvc.azure-automation.net", Msg::new("config-tenant-wide-automation-agent-service")),
    ("azure-automation.net", Msg::new("config-tenant-wide-automation-endpoints")),
    ("ingest.monitor.azure.com", Msg::new("config-tenant-wide-data-collection-endpoints")),
    ("blob.core.windows.net", Msg::new("config-tenant-wide-storage-blobs")),
    ("table.core.windows.net", Msg::new("config-tenant-wide-storage-tables")),
    ("queue.core.windows.net", Msg::new("config-tenant-wide-storage-queues")),
    ("servicebus.windows.net", Msg::new("config-tenant-wide-service-bus")),
    ("vault.azure.net", Msg::new("config-tenant-wide-key-vaults")),
];

/// The entries that allow a tenant-wide family (a wildcard at or above one), each with
/// what it opens.
pub fn tenant_wide(list: &Allowlist) -> Vec<(EntryView<'_>, &'static Msg)> {
    list.views()
        .filter_map(|e| {
            let n = match e.reading {
                Reading::Below(n) | Reading::ThisAndBelow(n) => n,
                _ => return None,
            };
            // The family the entry names itself, else the first below it
            // (`*.azure-automation.net` is every Automation endpoint, not only agentsvc).
            let exact = TENANT_WIDE.iter().find(|(family, _)| *family == &**n);
            let below = || TENANT_WIDE.iter().find(|(family, _)| family.ends_with(&format!(".{n}")));
            exact.or_else(below).map(|(_, what)| (e, what))
        })
        .collect()
}

/// The warning for one such entry, naming what to do: where nothing narrows it, `omsgate
/// init` (the endpoint catalog derives the exact hosts from a workspace ID and region);
/// where the catalog itself derives it, that Microsoft names no narrower host.
/// `Display` is English (the start line, event 100); `local()` for `check`.
pub fn warning(entry: &EntryView<'_>, what: &Msg) -> Msg {
    let explain = "omsgate explain HOST";
    let todo = match entry.origin {
        Origin::Derived(_) => msg!("config-tenant-wide-derived", command = explain),
        Origin::Default | Origin::File => Msg::new("config-tenant-wide-narrow")
            .arg("command", "omsgate init")
            .arg("keys", "services, azure_regions")
            .arg("last", "azure_workspace_ids")
            .arg("explain", explain),
    };
    Msg::new("config-tenant-wide-entry")
        .arg("key", "allowed_hosts")
        .arg("entry", entry.text)
        .arg("origin", super::explain::origin(entry.origin))
        .arg("what", what.clone())
        .arg("todo", todo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_at_or_above_a_tenant_family_are_named() {
        let entries: Vec<String> = [
            "*.blob.core.windows.net",
            "*.windows.net",
            "mystorage.blob.core.windows.net",
            "*.azure-automation.net",
            "*.handler.control.monitor.azure.com",
            "*vault.azure.net",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let list = Allowlist::parse(&entries, &[443]).unwrap();
        let named: Vec<&str> = tenant_wide(&list).iter().map(|(e, _)| e.text).collect();
        assert_eq!(
            named,
            ["*.blob.core.windows.net", "*.windows.net", "*.azure-automation.net", "*vault.azure.net"]
        );
        let automation = tenant_wide(&list)[2].1;
        assert_eq!(automation.id, "config-tenant-wide-automation-endpoints", "the family the entry names");
        let (entry, what) = &tenant_wide(&list)[0];
        assert!(
            warning(entry, what).to_string().contains("omsgate init"),
            "nothing narrows it: init says how"
        );
    }
}
