//! A chart of upload latency and gateway CPU against agent count, one line per peer;
//! for `storm` reports, reconnected agents against time since the kill.
//!
//! Pure Rust (plotters) with DejaVu Sans embedded, so it needs no fontconfig or
//! freetype on the machine. `.svg` files are written as SVG, anything else as PNG.

use std::{collections::BTreeMap, path::Path, sync::Once};

use anyhow::{Result, anyhow};
use plotters::{
    coord::Shift,
    prelude::*,
    style::{FontStyle, register_font},
};
use serde_json::Value;

/// `plot` flags.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Chart to write (.png or .svg).
    #[arg(long)]
    output: std::path::PathBuf,
    /// JSON-lines reports (agents runs are plotted; storm runs when there are only those).
    files: Vec<std::path::PathBuf>,
}

/// The `plot` command.
pub fn run(args: &Args) -> Result<()> {
    let reports = crate::json_lines(&args.files)?;
    if !reports.is_empty() && reports.iter().all(|v| v["kind"] == "storm") {
        return storm_chart(&reports, &args.output);
    }
    chart(&reports, &args.output)
}

/// Reconnected agents against seconds since the kill, one line per storm report.
pub fn storm_chart(reports: &[Value], path: &Path) -> Result<()> {
    register_dejavu();
    let lines: Vec<(String, Vec<(f64, f64)>)> = reports
        .iter()
        .map(|v| {
            let label = format!("{} ({} agents)", v["label"].as_str().unwrap_or("?"), v["agents"]);
            let points = v["timeline"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| Some((p[0].as_f64()?, p[1].as_f64()?)))
                .collect();
            (label, points)
        })
        .collect();
    let max_x = lines.iter().flat_map(|(_, p)| p).map(|p| p.0).fold(1.0, f64::max) * 1.05;
    let max_y = lines.iter().flat_map(|(_, p)| p).map(|p| p.1).fold(1.0, f64::max) * 1.05;
    let size = (1000, 500);
    if path.extension().is_some_and(|e| e == "svg") {
        storm_draw(SVGBackend::new(path, size).into_drawing_area(), &lines, max_x, max_y)
    } else {
        storm_draw(BitMapBackend::new(path, size).into_drawing_area(), &lines, max_x, max_y)
    }
}

fn storm_draw<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    lines: &[(String, Vec<(f64, f64)>)],
    max_x: f64,
    max_y: f64,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    root.fill(&WHITE).map_err(|e| anyhow!("{e}"))?;
    let mut chart = ChartBuilder::on(&root)
        .caption("reconnect storm: agents back on the fresh node", ("sans-serif", 22))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(0.0..max_x, 0.0..max_y)
        .map_err(|e| anyhow!("{e}"))?;
    chart
        .configure_mesh()
        .x_desc("seconds since kill -9")
        .y_desc("agents reconnected")
        .draw()
        .map_err(|e| anyhow!("{e}"))?;
    for (i, (label, points)) in lines.iter().enumerate() {
        let color = Palette99::pick(i).to_rgba();
        chart
            .draw_series(LineSeries::new(points.iter().copied(), color.stroke_width(2)))
            .map_err(|e| anyhow!("{e}"))?
            .label(label.as_str())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|e| anyhow!("{e}"))?;
    root.present().map_err(|e| anyhow!("{e}"))?;
    Ok(())
}

/// The embedded font, registered once.
fn register_dejavu() {
    static FONT: Once = Once::new();
    FONT.call_once(|| {
        let _ = register_font("sans-serif", FontStyle::Normal, dejavu::sans::regular());
    });
}

/// One point of one peer's line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Agents.
    pub agents: f64,
    /// p99 upload latency, ms.
    pub p99_ms: f64,
    /// Gateway CPU, % of one core (None without --gateway-pid).
    pub cpu_pct: Option<f64>,
}

/// Agents reports (idle runs excluded) grouped by label, sorted by agent count.
pub fn series(reports: &[Value]) -> BTreeMap<String, Vec<Point>> {
    let mut out: BTreeMap<String, Vec<Point>> = BTreeMap::new();
    // Paired direct runs (capacity's per-step baselines) would crowd out the peers.
    let plotted = |r: &&Value| {
        r["kind"] == "agents"
            && r["upload_bytes"].as_u64() != Some(0)
            && !r["label"].as_str().unwrap_or("").starts_with("direct (")
    };
    for r in reports.iter().filter(plotted) {
        let (Some(agents), Some(p99)) = (r["agents"].as_f64(), r["latency_ms"]["p99"].as_f64()) else {
            continue;
        };
        let cpu_pct = r.get("gateway_cpu_share").and_then(Value::as_f64).map(|s| s * 100.0);
        out.entry(r["label"].as_str().unwrap_or("?").to_string()).or_default().push(Point {
            agents,
            p99_ms: p99,
            cpu_pct,
        });
    }
    for points in out.values_mut() {
        points.sort_by(|a, b| a.agents.total_cmp(&b.agents));
    }
    out
}

/// Writes the chart for `reports` to `path`.
pub fn chart(reports: &[Value], path: &Path) -> Result<()> {
    register_dejavu();
    let data = series(reports);
    if data.is_empty() {
        return Err(anyhow!("no agents reports to plot"));
    }
    let size = (1000, 800);
    if path.extension().is_some_and(|e| e == "svg") {
        draw(SVGBackend::new(path, size).into_drawing_area(), &data)
    } else {
        draw(BitMapBackend::new(path, size).into_drawing_area(), &data)
    }
}

fn draw<DB: DrawingBackend>(root: DrawingArea<DB, Shift>, data: &BTreeMap<String, Vec<Point>>) -> Result<()>
where
    DB::ErrorType: 'static,
{
    root.fill(&WHITE).map_err(|e| anyhow!("{e}"))?;
    let (top, bottom) = root.split_vertically(400);
    let max_x = data.values().flatten().map(|p| p.agents).fold(1.0, f64::max) * 1.05;
    // Latency on a log scale: proxies differ by orders of magnitude (tinyproxy's tens of
    // ms next to sub-millisecond peers).
    let p99s = || data.values().flatten().map(|p| p.p99_ms);
    let max_p99 = p99s().fold(1.0, f64::max) * 1.5;
    let min_p99 = p99s().fold(f64::INFINITY, f64::min).max(0.01) / 1.5;
    let max_cpu = data.values().flatten().filter_map(|p| p.cpu_pct).fold(1.0, f64::max) * 1.15;

    let mut lat = ChartBuilder::on(&top)
        .caption("p99 upload latency vs agents", ("sans-serif", 22))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0.0..max_x, (min_p99..max_p99).log_scale())
        .map_err(|e| anyhow!("{e}"))?;
    lat.configure_mesh().x_desc("agents").y_desc("p99 ms (log)").draw().map_err(|e| anyhow!("{e}"))?;
    let mut cpu = ChartBuilder::on(&bottom)
        .caption("gateway CPU vs agents (% of one core)", ("sans-serif", 22))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0.0..max_x, 0.0..max_cpu)
        .map_err(|e| anyhow!("{e}"))?;
    cpu.configure_mesh().x_desc("agents").y_desc("CPU %").draw().map_err(|e| anyhow!("{e}"))?;

    for (i, (label, points)) in data.iter().enumerate() {
        let color = Palette99::pick(i).to_rgba();
        let style = color.stroke_width(2);
        lat.draw_series(LineSeries::new(points.iter().map(|p| (p.agents, p.p99_ms)), style))
            .map_err(|e| anyhow!("{e}"))?
            .label(label.as_str())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2)));
        lat.draw_series(points.iter().map(|p| Circle::new((p.agents, p.p99_ms), 4, color.filled())))
            .map_err(|e| anyhow!("{e}"))?;
        let cpu_points: Vec<(f64, f64)> =
            points.iter().filter_map(|p| Some((p.agents, p.cpu_pct?))).collect();
        if !cpu_points.is_empty() {
            cpu.draw_series(LineSeries::new(cpu_points.iter().copied(), style))
                .map_err(|e| anyhow!("{e}"))?
                .label(label.as_str())
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2)));
            cpu.draw_series(cpu_points.iter().map(|&p| Circle::new(p, 4, color.filled())))
                .map_err(|e| anyhow!("{e}"))?;
        }
    }
    lat.configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|e| anyhow!("{e}"))?;
    cpu.configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|e| anyhow!("{e}"))?;
    root.present().map_err(|e| anyhow!("{e}"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(label: &str, agents: u64, p99: f64, share: f64) -> Value {
        serde_json::json!({"kind":"agents","label":label,"agents":agents,"upload_bytes":204800,
            "latency_ms":{"p99":p99},"gateway_cpu_share":share})
    }

    #[test]
    fn series_group_and_sort() {
        let s = series(&[
            report("squid", 2000, 0.9, 0.3),
            report("squid", 600, 0.8, 0.1),
            report("direct", 600, 0.6, 0.0),
        ]);
        assert_eq!(s["squid"].iter().map(|p| p.agents).collect::<Vec<_>>(), vec![600.0, 2000.0]);
        assert_eq!(s["squid"][1].cpu_pct, Some(30.0));
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn writes_png_and_svg() {
        let dir = tempfile::tempdir().unwrap();
        let reports = [report("omsgate", 600, 0.7, 0.02), report("omsgate", 5000, 0.8, 0.1)];
        for name in ["c.png", "c.svg"] {
            let path = dir.path().join(name);
            chart(&reports, &path).unwrap();
            assert!(std::fs::metadata(&path).unwrap().len() > 1000);
        }
        let storm = serde_json::json!({"kind":"storm","label":"omsgate","agents":10,
            "timeline":[[0.1, 0.0], [0.2, 6.0], [0.3, 10.0]]});
        let path = dir.path().join("storm.svg");
        storm_chart(&[storm], &path).unwrap();
        assert!(std::fs::read_to_string(&path).unwrap().contains("agents back on the fresh node"));
    }
}
