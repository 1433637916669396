// Analyst review in the detail panel: accept, reject, or correct type, actors, place (by name
// search or a click on the map), date and modality; then the event's audit trail.

import { el, clear } from "./dom.js";
import { get, post, token, setToken } from "./api.js";

const EDITABLE = ["event_type", "sub_event_type", "actor1", "actor2", "modality", "event_date"];
const PLACE_FIELDS = ["location", "admin1", "country", "country_code", "latitude", "longitude", "geonameid", "geo_precision"];

function select(name, values, current, label) {
  const node = el("select", { name, id: `r-${name}` });
  for (const v of values) node.append(el("option", { value: v, selected: v === current }, v));
  return el("label", {}, label, node);
}

function input(name, value, label, type = "text") {
  return el("label", {}, label, el("input", { name, id: `r-${name}`, type, value: value ?? "", autocomplete: "off" }));
}

export function tokenForm(container, refresh, say) {
  const field = el("input", { type: "password", id: "r-token", autocomplete: "off", "aria-label": "Review token" });
  const form = el("form", { class: "token" }, el("label", { for: "r-token" }, "Token to review"), field,
    el("button", { type: "submit" }, "Use token"));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    setToken(field.value.trim());
    let who = { name: null };
    try {
      who = await get("/api/whoami");
    } catch {
      // an unknown token is refused outright by a server that needs one to read
    }
    if (!who.name) {
      setToken(null);
      say("That token is not known to this server (frontwatch token create NAME).");
      return;
    }
    say(`Reviewing as ${who.name}.`);
    refresh();
  });
  container.append(form);
}

function auditList(entries) {
  const list = el("ol", { class: "audit", "aria-label": "Audit trail" });
  for (const a of entries) {
    const changed = Object.keys(a.after).filter((k) => JSON.stringify(a.after[k]) !== JSON.stringify(a.before[k]));
    const changes = changed.map((k) => `${k}: ${JSON.stringify(a.before[k])} → ${JSON.stringify(a.after[k])}`);
    list.append(el("li", { class: "audit-entry" }, el("strong", {}, `${a.action} by ${a.reviewer}`), ` at ${a.reviewed_at}`,
      changes.length ? el("ul", {}, changes.map((c) => el("li", {}, c))) : null));
  }
  return list;
}

export class ReviewPanel {
  constructor(vocabulary, map, { onChanged, say }) {
    this.vocabulary = vocabulary;
    this.map = map;
    this.onChanged = onChanged;
    this.say = say;
    this.place = null;
  }

  async show(container, event) {
    this.container = container;
    this.event = event;
    this.place = null;
    clear(container);
    container.append(el("h3", {}, "Review"));
    if (!token()) tokenForm(container, () => this.show(container, event), this.say);
    else container.append(this.form(event));
    const trail = await get(`/api/events/${encodeURIComponent(event.event_id)}/audit`);
    container.append(el("h3", {}, "Audit trail"), trail.audit.length ? auditList(trail.audit) : el("p", {}, "No review yet."));
  }

  form(event) {
    const v = this.vocabulary;
    const subTypes = Object.keys(v.sub_event_types);
    const form = el("form", { class: "review", "aria-label": "Correct this event" },
      select("event_type", v.event_types, event.event_type, "Type"),
      select("sub_event_type", subTypes, event.sub_event_type, "Sub-type"),
      input("actor1", event.actor1, "Actor 1"),
      input("actor2", event.actor2, "Actor 2"),
      select("modality", v.modalities, event.modality, "Modality"),
      input("event_date", event.event_date, "Date", "date"),
      this.placePicker(event),
      el("div", { class: "actions" },
        el("button", { type: "submit", name: "correct" }, "Save correction"),
        el("button", { type: "button", name: "accept" }, "Accept"),
        el("button", { type: "button", name: "reject" }, "Reject")));
    const typeField = form.elements.namedItem("event_type");
    const subField = form.elements.namedItem("sub_event_type");
    subField.addEventListener("change", () => { typeField.value = v.sub_event_types[subField.value]; });
    form.addEventListener("submit", (e) => { e.preventDefault(); this.send("correct", this.changes(form)); });
    form.querySelector("[name=accept]").addEventListener("click", () => this.send("accept", {}));
    form.querySelector("[name=reject]").addEventListener("click", () => this.send("reject", {}));
    return form;
  }

  placePicker(event) {
    const query = el("input", { type: "search", id: "r-place", value: event.location ?? "", autocomplete: "off" });
    const results = el("ul", { class: "place-results", "aria-live": "polite" });
    const search = el("button", { type: "button" }, "Find place");
    const pick = el("button", { type: "button", "aria-pressed": "false" }, "Pick on map");
    const chosen = el("p", { class: "chosen" });
    const choose = (p) => {
      this.place = p;
      clear(results);
      chosen.textContent = `New place: ${p.name}, ${p.country || ""} (${p.latitude.toFixed(3)}, ${p.longitude.toFixed(3)})`;
    };
    const list = (places) => {
      clear(results);
      if (!places.length) results.append(el("li", {}, "No place found."));
      for (const p of places) {
        const b = el("button", { type: "button" }, `${p.name}, ${[p.admin1, p.country].filter(Boolean).join(", ")}`);
        b.addEventListener("click", () => choose(p));
        results.append(el("li", {}, b));
      }
    };
    search.addEventListener("click", async () => {
      if (query.value.trim()) list((await get("/api/gazetteer", new URLSearchParams({ q: query.value.trim() }))).places);
    });
    pick.addEventListener("click", () => {
      const on = pick.getAttribute("aria-pressed") !== "true";
      pick.setAttribute("aria-pressed", String(on));
      this.map.setPicking(on);
      this.map.onPick = async (latlng) => {
        const near = await get("/api/gazetteer/near", new URLSearchParams({ lat: latlng.lat, lng: latlng.lng, lon: latlng.lng }));
        const name = near.places.length ? near.places[0].name : query.value.trim() || "picked point";
        const base = near.places[0] || {};
        choose({ ...base, name, latitude: latlng.lat, longitude: latlng.lng, geo_precision: 2 });
        list(near.places);
        pick.setAttribute("aria-pressed", "false");
        this.map.setPicking(false);
      };
    });
    return el("fieldset", { class: "place" }, el("legend", {}, "Place"),
      el("label", { for: "r-place" }, "Name"), query, search, pick, chosen, results);
  }

  changes(form) {
    const out = {};
    for (const name of EDITABLE) {
      const value = form.elements.namedItem(name).value.trim() || null;
      if (value !== (this.event[name] ?? null)) out[name] = value;
    }
    if (this.place) {
      const p = this.place;
      const values = { location: p.name, admin1: p.admin1 ?? null, country: p.country ?? null,
        country_code: p.country_code ?? null, latitude: Number(p.latitude), longitude: Number(p.longitude),
        geonameid: p.geonameid ?? null, geo_precision: p.geo_precision ?? 1 };
      for (const k of PLACE_FIELDS) if (values[k] !== (this.event[k] ?? null)) out[k] = values[k];
    }
    return out;
  }

  async send(action, fields) {
    if (action === "correct" && !Object.keys(fields).length) {
      this.say("Nothing changed.");
      return;
    }
    try {
      const updated = await post(`/api/events/${encodeURIComponent(this.event.event_id)}/review`, { action, fields });
      this.say(`Event ${action === "correct" ? "corrected" : action + "ed"}.`);
      this.onChanged(updated);
    } catch (err) {
      if (err.status === 401) setToken(null);
      this.say(`Review failed: ${err.message}${err.hint ? ` ${err.hint}` : ""}`);
    }
  }
}
