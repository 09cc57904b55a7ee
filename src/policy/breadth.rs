//! Entries that allow every tenant's endpoints, not only the operator's: `*.blob.core.
//! windows.net` reaches any storage account in the cloud, `*.ods.opinsights.azure.com`
//! any Log Analytics workspace. omsgate never decrypts, so such an entry is an
//! exfiltration path (`SECURITY.md`). The embedded default holds some, to work without
//! configuration; `check` and the start line (event 100) name them so that an operator
//! narrows them to their own hosts.

use super::allowlist::{Allowlist, EntryView, Origin, Reading};

/// Names under which each tenant gets hosts of its own, and what they are.
pub const TENANT_WIDE: &[(&str, &str)] = &[
    ("ods.opinsights.azure.com", "every Log Analytics workspace's ingestion endpoint"),
    ("oms.opinsights.azure.com", "every Log Analytics workspace's management endpoint"),
    ("agentsvc.azure-automation.net", "every Automation account's agent service"),
    ("azure-automation.net", "every Automation account's endpoints"),
    ("ingest.monitor.azure.com", "every data collection endpoint"),
    ("blob.core.windows.net", "every storage account's blobs"),
    ("table.core.windows.net", "every storage account's tables"),
    ("queue.core.windows.net", "every storage account's queues"),
    ("servicebus.windows.net", "every Service Bus namespace"),
    ("vault.azure.net", "every Key Vault"),
];

/// The entries that allow a tenant-wide family (a wildcard at or above one), each with
/// what it opens.
pub fn tenant_wide(list: &Allowlist) -> Vec<(EntryView<'_>, &'static str)> {
    list.views()
        .filter_map(|e| {
            let n = match e.reading {
                Reading::Below(n) | Reading::ThisAndBelow(n) => n,
                _ => return None,
            };
            TENANT_WIDE
                .iter()
                .find(|(family, _)| *family == &**n || family.ends_with(&format!(".{n}")))
                .map(|(_, what)| (e, *what))
        })
        .collect()
}

/// The warning for one such entry, naming what to do: where nothing narrows it, `omsgate
/// init` (the endpoint catalog derives the exact hosts from a workspace ID and region);
/// where the catalog itself derives it, that Microsoft names no narrower host.
pub fn warning(entry: &EntryView<'_>, what: &str) -> String {
    let todo = match entry.origin {
        Origin::Derived(_) => {
            "The endpoint catalog derives it because Microsoft documents no narrower name for this service; `omsgate explain HOST` shows what it allows"
        }
        Origin::Default | Origin::File => {
            "Run `omsgate init` (or set services, azure_regions and azure_workspace_ids) to allow your own hosts instead; `omsgate explain HOST` shows what an entry allows"
        }
    };
    format!(
        "allowed_hosts entry {} ({}) allows {what}, not only yours: any agent here, or malware on one, can send data to any of them. {todo}",
        entry.text, entry.origin
    )
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
            "*.handler.control.monitor.azure.com",
            "*vault.azure.net",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let list = Allowlist::parse(&entries, &[443]).unwrap();
        let named: Vec<&str> = tenant_wide(&list).iter().map(|(e, _)| e.text).collect();
        assert_eq!(named, ["*.blob.core.windows.net", "*.windows.net", "*vault.azure.net"]);
        let (entry, what) = &tenant_wide(&list)[0];
        assert!(warning(entry, what).contains("omsgate init"), "nothing narrows it: init says how");
    }
}
