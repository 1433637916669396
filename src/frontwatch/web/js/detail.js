// The detail panel: the event's fields, the evidence sentence highlighted inside its paragraph,
// the claimant, the outlet and a link to the article (http and https links only).

import { el, clear, safeHref } from "./dom.js";

const PARAGRAPH_MAX = 1600;

export function paragraphAround(text, start, end) {
  const before = text.lastIndexOf("\n\n", start);
  let first = before < 0 ? 0 : before + 2;
  const after = text.indexOf("\n\n", end);
  let last = after < 0 ? text.length : after;
  first = Math.max(first, start - PARAGRAPH_MAX / 2);
  last = Math.min(last, end + PARAGRAPH_MAX / 2);
  return { first, last };
}

function evidenceParagraph(doc, event) {
  const text = doc ? doc.text : "";
  const start = event.evidence_start;
  const end = event.evidence_end;
  if (!text || start < 0 || end > text.length || text.slice(start, end).trim() === "") {
    return el("p", { class: "evidence" }, el("mark", {}, event.evidence));
  }
  const { first, last } = paragraphAround(text, start, end);
  return el(
    "p",
    { class: "evidence" },
    first > 0 ? "… " : "",
    text.slice(first, start),
    el("mark", {}, text.slice(start, end)),
    text.slice(end, last),
    last < text.length ? " …" : "",
  );
}

function place(event) {
  const parts = [event.location, event.admin1, event.country].filter(Boolean);
  const precision = event.geo_precision ? ` (precision ${event.geo_precision})` : "";
  return parts.length ? parts.join(", ") + precision : "—";
}

function claimant(event) {
  if (!event.claimant) return "the reporter (no attribution)";
  const side = event.claimant_side ? ` — side: ${event.claimant_side}` : "";
  return `${event.claimant}${side}`;
}

export function fieldRows(event) {
  return [
    ["Type", `${event.event_type} › ${event.sub_event_type}`],
    ["Date", event.event_date || "—"],
    ["Place", place(event)],
    ["Actor 1", event.actor1 || "—"],
    ["Actor 2", event.actor2 || "—"],
    ["Claimant", claimant(event)],
    ["Modality", event.modality],
    ["Fatalities", event.fatalities ?? "—"],
    ["Review", event.review.status + (event.review.reviewer ? ` by ${event.review.reviewer}` : "")],
  ];
}

export function renderDetail(panel, event, doc, { onClose }) {
  clear(panel);
  const close = el("button", { type: "button", class: "close", "aria-label": "Close the details" }, "×");
  close.addEventListener("click", onClose);
  const source = doc
    ? el(
        "p",
        { class: "source" },
        doc.title ? el("strong", { class: "doc-title" }, doc.title) : null,
        doc.outlet ? el("span", { class: "outlet" }, ` — ${doc.outlet}`) : null,
        doc.published ? el("span", {}, ` (${doc.published})`) : null,
        " ",
        safeHref(doc.url)
          ? el("a", { href: doc.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "read the article")
          : null,
      )
    : null;
  const fields = el("dl", { class: "fields" });
  for (const [name, value] of fieldRows(event)) fields.append(el("dt", {}, name), el("dd", {}, value));
  panel.append(
    close,
    el("h2", { id: "detail-title" }, `${event.sub_event_type} — ${event.location || "unlocated"}`),
    fields,
    el("h3", {}, "Evidence"),
    evidenceParagraph(doc, event),
    source,
    el("div", { id: "review" }),
  );
  panel.hidden = false;
}

function reportItem(report) {
  return el(
    "li",
    {},
    el("span", { class: "who" }, report.claimant || report.outlet || report.source),
    report.claimant_side ? ` (${report.claimant_side})` : "",
    `, ${report.modality}: `,
    el("q", {}, report.evidence),
  );
}

function claimBlock(claim) {
  const sides = Object.entries(claim.sides).map(([side, n]) => `${side} ×${n}`).join(", ");
  return el(
    "li",
    { class: `claim ${claim.status}` },
    el("strong", {}, claim.proposition),
    ` — ${claim.status}; ${claim.independent_sources} independent source(s)`,
    sides ? `; sides: ${sides}` : "",
    el("ul", {}, claim.supporting.map(reportItem)),
    claim.contradicting.length
      ? el("div", {}, "Contradicted by:", el("ul", {}, claim.contradicting.map(reportItem)))
      : null,
  );
}

// The other reports of the event's incident, and the claims about it side by side.
export function renderEventIncident(panel, incident) {
  const section = el(
    "section",
    { class: "event-incident" },
    el("h3", {}, "Same incident"),
    el(
      "p",
      {},
      `${incident.reports} report(s) from ${incident.independent_sources} independent source(s); ${incident.status}`,
    ),
    el("ol", { class: "claims" }, incident.claims.map(claimBlock)),
  );
  panel.insertBefore(section, panel.querySelector("#review"));
}

function panelHead(panel, title, onClose) {
  clear(panel);
  const close = el("button", { type: "button", class: "close", "aria-label": "Close the details" }, "×");
  close.addEventListener("click", onClose);
  panel.append(close, el("h2", { id: "detail-title" }, title));
}

export function renderIncident(panel, incident, { onClose }) {
  panelHead(panel, `Incident: ${incident.sub_event_type} — ${incident.location || "unlocated"}`, onClose);
  const fields = el("dl", { class: "fields" });
  const rows = [
    ["Dates", [incident.date_start, incident.date_end].filter(Boolean).join(" to ") || "—"],
    ["Reports", `${incident.reports} from ${incident.independent_sources} independent source(s)`],
    ["Status", incident.status],
    ["Controller", incident.controller || "—"],
    ["Outlets", (incident.outlets || []).join(", ") || "—"],
  ];
  for (const [name, value] of rows) fields.append(el("dt", {}, name), el("dd", {}, value));
  panel.append(fields, el("h3", {}, "Claims"), el("ol", { class: "claims" }, incident.claims.map(claimBlock)));
  panel.hidden = false;
}

export function renderControl(panel, place, { onClose }) {
  panelHead(panel, `Control: ${place.place}`, onClose);
  const fields = el("dl", { class: "fields" });
  const rows = [
    ["State", place.state],
    ["Since", place.date || "—"],
    ["Status", place.status || "—"],
    ["Claimed by", (place.claimants || []).join(", ") || "—"],
    ["Entries", String(place.history)],
  ];
  for (const [name, value] of rows) fields.append(el("dt", {}, name), el("dd", {}, value));
  panel.append(fields);
  if (place.evidence) panel.append(el("h3", {}, "Evidence"), el("p", { class: "evidence" }, place.evidence));
  panel.hidden = false;
}
