/**
 * The report's only stylesheet, inlined in a <style> whose SHA-256 goes into the page's CSP.
 * System fonts only (no web fonts); light and dark themes follow prefers-color-scheme.
 * Severity badges pair a colour with the severity's name, so colour is never the only signal.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #f6f8fa; --accent: #0b5cad;
  --row-alt: #f9fafb; --suppressed: #8a6d00;
  --sev-critical: #a4133c; --sev-high: #c2410c; --sev-medium: #b7791f; --sev-low: #1d4ed8; --sev-info: #0e7490; --sev-unknown: #6b7280;
  --kind-vulnerability: #7c3aed; --kind-secret: #c2410c; --kind-misconfig: #0e7490; --kind-sast: #be185d; --kind-license: #4d7c0f;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23; --accent: #58a6ff;
    --row-alt: #11161d; --suppressed: #d4a72c;
    --sev-critical: #f0597a; --sev-high: #f78a4a; --sev-medium: #e3b341; --sev-low: #6ca4f8; --sev-info: #39c5cf; --sev-unknown: #9198a1;
    --kind-vulnerability: #a78bfa; --kind-secret: #f78a4a; --kind-misconfig: #39c5cf; --kind-sast: #f472b6; --kind-license: #a3e635;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 1400px; padding: 0 1.25rem 3rem;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--accent); }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
h1 { font-size: 1.6rem; margin: 1.2rem 0 0.4rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid var(--border); padding-bottom: 0.3rem; }
.muted { color: var(--muted); }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { left: 1rem; top: 1rem; background: var(--panel); padding: 0.4rem 0.8rem; z-index: 10; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.6rem 0 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.cards { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.6rem; }
.card { min-width: 7.5rem; padding: 0.6rem 0.9rem; border: 1px solid var(--border); border-radius: 8px; background: var(--panel);
  border-top: 4px solid var(--border); }
.card-count { display: block; font-size: 1.7rem; font-weight: 700; line-height: 1.1; }
.card-label { color: var(--muted); }
.card.sev-critical { border-top-color: var(--sev-critical); } .card.sev-high { border-top-color: var(--sev-high); }
.card.sev-medium { border-top-color: var(--sev-medium); } .card.sev-low { border-top-color: var(--sev-low); }
.card.sev-info { border-top-color: var(--sev-info); } .card.sev-unknown { border-top-color: var(--sev-unknown); }
.charts { display: flex; flex-wrap: wrap; gap: 2.5rem; align-items: flex-start; }
.charts figure { margin: 0; }
.charts figcaption { font-weight: 600; margin-bottom: 0.4rem; }
.chart { max-width: 100%; height: auto; }
.chart text { fill: var(--fg); font-size: 13px; }
.chart .chart-count { font-weight: 600; }
.bar-critical rect { fill: var(--sev-critical); } .bar-high rect { fill: var(--sev-high); } .bar-medium rect { fill: var(--sev-medium); }
.bar-low rect { fill: var(--sev-low); } .bar-info rect { fill: var(--sev-info); } .bar-unknown rect { fill: var(--sev-unknown); }
.donut-wrap { display: flex; gap: 1rem; align-items: center; }
.donut-chart circle { fill: none; stroke-width: 6; }
.donut-chart .donut-hole { stroke: var(--border); }
.donut-chart .donut-total { font-size: 7px; font-weight: 700; }
circle.segment-vulnerability { stroke: var(--kind-vulnerability); } circle.segment-secret { stroke: var(--kind-secret); }
circle.segment-misconfig { stroke: var(--kind-misconfig); } circle.segment-sast { stroke: var(--kind-sast); }
circle.segment-license { stroke: var(--kind-license); }
.legend { list-style: none; margin: 0; padding: 0; }
.legend li { margin: 0.2rem 0; }
.swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 2px; margin-right: 0.4rem; vertical-align: -1px; }
.swatch.segment-vulnerability { background: var(--kind-vulnerability); } .swatch.segment-secret { background: var(--kind-secret); }
.swatch.segment-misconfig { background: var(--kind-misconfig); } .swatch.segment-sast { background: var(--kind-sast); }
.swatch.segment-license { background: var(--kind-license); }
.controls { display: flex; flex-wrap: wrap; gap: 0.6rem 1.2rem; align-items: flex-end; margin: 0 0 0.6rem; }
.controls label { display: flex; flex-direction: column; gap: 0.2rem; font-weight: 600; }
.controls label.check { flex-direction: row; align-items: center; gap: 0.4rem; }
.controls input[type=search], .controls select { font: inherit; padding: 0.3rem 0.45rem; border: 1px solid var(--border); border-radius: 6px;
  background: var(--bg); color: var(--fg); }
.controls input[type=search] { min-width: 18rem; }
caption { text-align: left; padding: 0.4rem 0.6rem; }
.visible-count { margin: 0.2rem 0 0.6rem; font-weight: 600; }
.table-wrap { overflow-x: auto; border: 1px solid var(--border); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--border); }
td { overflow-wrap: break-word; }
td.mono { overflow-wrap: anywhere; }
td.col-kind, td.col-severity { white-space: nowrap; }
td.col-rule { min-width: 11rem; }
td.col-location { min-width: 13rem; }
td.col-package { min-width: 9rem; }
td.col-finding { min-width: 18rem; }
td.col-status { min-width: 10rem; }
thead th { background: var(--panel); position: sticky; top: 0; white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--row-alt); }
th button { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th button:focus-visible, .controls :focus-visible, summary:focus-visible, .more:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
th[aria-sort=ascending] button::after { content: " \\25B2"; }
th[aria-sort=descending] button::after { content: " \\25BC"; }
.badge { display: inline-block; min-width: 4.8rem; text-align: center; padding: 0.05rem 0.45rem; border-radius: 999px; font-size: 0.8rem;
  font-weight: 700; color: #ffffff; text-transform: uppercase; letter-spacing: 0.02em; }
.badge.sev-critical { background: #a4133c; } .badge.sev-high { background: #c2410c; } .badge.sev-medium { background: #fcd34d; color: #3d2e00; }
.badge.sev-low { background: #1d4ed8; } .badge.sev-info { background: #0e7490; } .badge.sev-unknown { background: #6b7280; }
.finding-title { font-weight: 600; }
.finding-message { color: var(--muted); margin-top: 0.15rem; }
.aliases { display: block; color: var(--muted); font-size: 0.85em; }
tr.is-suppressed td { opacity: 0.75; }
.status-suppressed { color: var(--suppressed); font-weight: 600; }
.more { margin: 0.6rem 0; font: inherit; padding: 0.35rem 0.9rem; border-radius: 6px; border: 1px solid var(--border);
  background: var(--panel); color: var(--fg); cursor: pointer; }
details { margin: 0.6rem 0; }
summary { cursor: pointer; font-weight: 600; }
.note { color: var(--muted); font-style: italic; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.9em; }
`;
