// The page: filters (kept in the URL), the map, the timeline, the event list and the detail panel.

import { el, clear } from "./dom.js";
import { get } from "./api.js";
import { readUrl, writeUrl, apiParams, fillForm, readForm } from "./filters.js";
import { EventMap } from "./map.js";
import { Timeline } from "./timeline.js";
import { renderDetail, renderEventIncident, renderIncident, renderControl } from "./detail.js";
import { ReviewPanel, tokenForm } from "./review.js";
import { colorOf } from "./colors.js";

const PAGE = 50;
const $ = (id) => document.getElementById(id);

let state = readUrl();
let allPoints = [];
let nextCursor = null;
let map;
let timeline;
let review;

function say(text) {
  $("status").textContent = text;
}

function inRange(point) {
  const date = point[4];
  if (!state.from && !state.to) return true;
  return Boolean(date) && (!state.from || date >= state.from) && (!state.to || date <= state.to);
}

function showPoints(fit = false) {
  const shown = allPoints.filter(inRange);
  map.setPoints(shown, { fit });
  say(`${shown.length} events on the map`);
}

function listItem(event) {
  const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
  swatch.style.background = colorOf(event.event_type);
  const button = el("button", { type: "button", class: "event-item", "data-id": event.event_id },
    swatch, el("span", { class: "when" }, event.event_date || "undated"), " ",
    el("span", { class: "what" }, event.sub_event_type), " — ",
    el("span", { class: "where" }, event.location || "unlocated"),
    event.review.status !== "unreviewed" ? el("span", { class: "badge" }, event.review.status) : null);
  button.addEventListener("click", () => selectEvent(event.event_id));
  return el("li", {}, button);
}

async function loadList(append = false) {
  const params = apiParams(state);
  params.set("limit", PAGE);
  if (append && nextCursor) params.set("cursor", nextCursor);
  const page = await get("/api/events", params);
  if (!append) clear($("events-list"));
  for (const event of page.events) $("events-list").append(listItem(event));
  nextCursor = page.next_cursor;
  $("more").hidden = !nextCursor;
}

async function loadAll(fit = false) {
  const params = apiParams(state, false);
  const list = loadList();
  const [points, days] = await Promise.all([get("/api/points", params), get("/api/timeline", params)]);
  allPoints = points.points;
  timeline.setDays(days.days);
  timeline.setRange(state.from, state.to);
  showPoints(fit);
  await list;
}

async function selectEvent(id) {
  const event = await get(`/api/events/${encodeURIComponent(id)}`);
  const doc = await get(`/api/documents/${encodeURIComponent(event.document_hash)}`).catch(() => null);
  const panel = $("detail");
  renderDetail(panel, event, doc, { onClose: closeDetail });
  const incident = await get(`/api/events/${encodeURIComponent(id)}/incident`).catch(() => null);
  if (incident) renderEventIncident(panel, incident);
  map.select(id);
  panel.focus();
  await review.show($("review"), event);
}

function closeDetail() {
  $("detail").hidden = true;
  map.select(null);
}

function onRange(from, to, live) {
  state = { ...state, from, to };
  writeUrl(state);
  showPoints();
  if (!live) {
    loadList().catch(fail);
    loadLayers().catch(fail);
  }
}

// Incidents in the filtered view, and control on the last day of the range (or the last day with events).
async function loadLayers() {
  if ($("l-incidents").checked) {
    const found = await get("/api/incidents", apiParams(state));
    map.setIncidents(found.incidents);
  }
  if ($("l-control").checked) {
    const days = timeline.extent();
    const day = state.to || (days ? new Date(days[1] * 86400000).toISOString().slice(0, 10) : "");
    if (day) map.setControl((await get("/api/control", new URLSearchParams({ date: day }))).places);
  }
}

function bindLayers() {
  const close = { onClose: closeDetail };
  map.onIncident = (incident) => renderIncident($("detail"), incident, close);
  map.onControl = (place) => renderControl($("detail"), place, close);
  for (const name of ["incidents", "control"]) {
    const box = $(`l-${name}`);
    box.addEventListener("change", () => {
      map.showLayer(name, box.checked);
      loadLayers().catch(fail);
    });
  }
}

function fail(err) {
  say(`Could not load: ${err.message}${err.hint ? ` ${err.hint}` : ""}`);
  if (err.status === 401 && $("detail").hidden) {
    // A server off loopback: reading needs a token too. Ask for it, then start again.
    const panel = clear($("detail"));
    panel.append(el("h2", { id: "detail-title" }, "This server needs a token to read"));
    tokenForm(panel, () => location.reload(), say);
    panel.hidden = false;
  }
}

function fillVocabulary(vocabulary) {
  for (const t of vocabulary.event_types) $("f-type").append(el("option", { value: t }, t));
  for (const m of vocabulary.modalities) $("f-modality").append(el("option", { value: m }, m));
}

async function start() {
  const form = $("filters");
  map = new EventMap($("map"), { onSelect: (id) => selectEvent(id).catch(fail), onPick: () => {} });
  timeline = new Timeline($("timeline"), $("range-label"), $("play"), { onRange });
  map.loadCountries(get).catch(fail);
  bindLayers();
  const first = loadAll(true);
  const vocabulary = await get("/api/vocabulary");
  fillVocabulary(vocabulary);
  fillForm(form, state);
  review = new ReviewPanel(vocabulary, map, {
    say,
    onChanged: async (updated) => {
      await loadAll();
      await selectEvent(updated.event_id);
    },
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    state = readForm(form, state);
    writeUrl(state);
    loadAll(true).then(loadLayers).catch(fail);
  });
  $("f-clear").addEventListener("click", () => {
    state = { ...readForm(form, {}), type: "", actor: "", claimant: "", modality: "", status: "", text: "", from: "", to: "" };
    fillForm(form, state);
    writeUrl(state);
    loadAll(true).then(loadLayers).catch(fail);
  });
  $("more").addEventListener("click", () => loadList(true).catch(fail));
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !$("detail").hidden && document.activeElement !== $("timeline")) closeDetail();
  });
  await first;
  document.body.dataset.ready = "true";
}

start().catch(fail);
