// The timeline: counts per bucket on top, and below, each event as a bar from its earliest to
// its latest date (uncertainty visible: a week-long "last week" is a long bar; an event dated
// only by its article's publication is grey). Dragging across it brushes a date range.
import {el, append, clear} from "./common.js";

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const svgEl = (tag, attrs = {}) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};
const time = (iso) => Date.parse(String(iso).slice(0, 10) + "T00:00:00Z");
export const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

// `page` is an /api/events page, newest first: the bars are the latest events of the selection.
export function drawTimeline(container, timeline, page, onBrush) {
  const events = page.items;
  clear(container);
  if (!timeline.first) {
    append(container, [el("p", {class: "muted"}, "No dated events in this selection.")]);
    return;
  }
  const width = Math.max(container.clientWidth - 8, 300), histHeight = 60, laneHeight = 5;
  const t0 = time(timeline.first), t1 = Math.max(time(timeline.last) + DAY, t0 + DAY);
  const lanes = packLanes(events, t0, t1);
  const height = histHeight + 24 + Math.max(lanes.count, 1) * (laneHeight + 1) + 4;
  const x = (ms) => 4 + (width - 8) * (ms - t0) / (t1 - t0);
  const svg = svgEl("svg", {viewBox: `0 0 ${width} ${height}`, height, id: "timeline-svg",
    "aria-label": "events over time"});
  // merged (knowledge-base) events: the dark part of a bar counts events that two or more
  // independent documents report; per-document events: those dated by their own text
  const merged = timeline.view === "merged";
  const dark = (c) => merged ? c.corroborated : c.dated_by_text;
  const max = Math.max(1, ...timeline.counts.map((c) => c.events));
  const step = bucketMs(timeline.bucket);
  for (const c of timeline.counts) {
    const start = Math.max(t0, time(c.bucket)), h = histHeight * c.events / max;
    const w = Math.max(1, Math.min(x(time(c.bucket) + step), x(t1)) - x(start) - 1);
    const bar = svgEl("rect", {x: x(start), y: histHeight - h, width: w, height: h, class: "bar"});
    bar.append(svgEl("title"));
    bar.firstChild.textContent = `${String(c.bucket).slice(0, 10)} (${timeline.bucket}): ${c.events} events, ${dark(c)} ` +
      (merged ? "reported by 2+ independent documents" : "dated by their text");
    svg.append(bar);
    const hText = histHeight * dark(c) / max;
    if (hText > 0) svg.append(svgEl("rect", {x: x(start), y: histHeight - hText, width: w, height: hText, class: "bar text"}));
  }
  for (const tick of ticks(t0, t1, 6)) {
    const label = svgEl("text", {x: x(tick), y: histHeight + 14, class: "axis"});
    label.textContent = isoDay(tick);
    svg.append(label, svgEl("rect", {x: x(tick), y: histHeight, width: 0.5, height: 4, class: "axis"}));
  }
  const top = histHeight + 22;
  for (const {e, lane, start, end} of lanes.placed) {
    const bar = svgEl("rect", {x: x(start), y: top + lane * (laneHeight + 1),
      width: Math.max(2, x(end + DAY) - x(start)), height: laneHeight,
      class: "span" + (e.date_source === "text" || e.date_source === "merged" ? "" : " pub")});
    const title = svgEl("title");
    title.textContent = `${e.type}: ${e.trigger_text} — ${e.date_value || ""} ${isoDay(start)}…${isoDay(end)}`;
    bar.append(title);
    svg.append(bar);
  }
  brush(svg, x, t0, t1, width, height, onBrush);
  container.append(svg, el("div", {class: "legend"},
    el("span", {}, el("i", {class: "bar"}), (merged ? "merged events per " : "events per ") + timeline.bucket +
      (merged ? " (dark: reported by 2+ independent documents)" : " (dark: dated by the text)")),
    merged ? el("span", {}, el("i", {class: "text"}), "earliest–latest of a merged event (its most precise report)") : [
      el("span", {}, el("i", {class: "text"}), "earliest–latest of an event dated by its text"),
      el("span", {}, el("i", {class: "pub"}), "dated by publication only")],
    el("span", {}, `bars: the latest ${lanes.placed.length} of ${page.total} events` +
      (timeline.outside ? `; ${timeline.outside} start outside ${isoDay(t0)} – ${isoDay(t1 - DAY)}` : "") +
      "; drag across to filter the map by date")));
}

// Bars clipped to the window [t0, t1); an open or misread interval does not stretch it.
function packLanes(events, t0, t1, maxLanes = 40) {
  const ends = [];
  const placed = [];
  const sorted = events.filter((e) => e.date).map((e) => ({e,
    start: Math.max(t0, time(e.date_earliest || e.date)),
    end: Math.min(t1 - DAY, time(e.date_latest || e.date_earliest || e.date))}))
    .filter((item) => item.start <= item.end)
    .sort((a, b) => a.start - b.start);
  for (const item of sorted) {
    let lane = ends.findIndex((end) => end < item.start);
    if (lane < 0) {
      if (ends.length >= maxLanes) continue;
      lane = ends.length; ends.push(0);
    }
    ends[lane] = item.end + DAY;
    placed.push({...item, lane});
  }
  return {placed, count: ends.length};
}

function bucketMs(bucket) {
  return {day: DAY, week: 7 * DAY, month: 30.44 * DAY, year: 365.25 * DAY}[bucket] || DAY;
}

function ticks(t0, t1, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(t0 + (t1 - t0) * i / n);
  return out;
}

function brush(svg, x, t0, t1, width, height, onBrush) {
  const rect = svgEl("rect", {x: 0, y: 0, width: 0, height, class: "brush"});
  svg.append(rect);
  const toTime = (px) => t0 + (t1 - t0) * (px - 4) / (width - 8);
  const local = (event) => {
    const box = svg.getBoundingClientRect();
    return Math.min(width, Math.max(0, (event.clientX - box.left) * width / box.width));
  };
  let from = null;
  svg.addEventListener("pointerdown", (event) => {
    from = local(event);
    svg.setPointerCapture(event.pointerId);
    rect.setAttribute("x", from); rect.setAttribute("width", 0);
  });
  svg.addEventListener("pointermove", (event) => {
    if (from === null) return;
    const to = local(event);
    rect.setAttribute("x", Math.min(from, to)); rect.setAttribute("width", Math.abs(to - from));
  });
  svg.addEventListener("pointerup", (event) => {
    if (from === null) return;
    const to = local(event);
    const [a, b] = [Math.min(from, to), Math.max(from, to)];
    from = null;
    if (b - a < 3) { rect.setAttribute("width", 0); return; }
    onBrush(isoDay(toTime(a)), isoDay(toTime(b) - 1));
  });
}
