// The map: country outlines as the base layer (no tiles offline), event dots coloured by type,
// and a grid clustering of dense dots (one marker per screen cell of CELL pixels).

import { colorOf, TYPE_COLORS } from "./colors.js";
import { el } from "./dom.js";

const CELL = 44;
const STATE_COLORS = { unknown: "#bbbbbb", contested: "#f0e442" };
const PALETTE = ["#56b4e9", "#d55e00", "#009e73", "#cc79a7", "#0072b2", "#e69f00"];

export function stateColor(state) {
  if (STATE_COLORS[state]) return STATE_COLORS[state];
  let h = 0;
  for (const ch of String(state)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

export class EventMap {
  constructor(container, { onSelect, onPick }) {
    this.onSelect = onSelect;
    this.onPick = onPick;
    this.picking = false;
    this.points = [];
    this.selectedId = null;
    this.map = L.map(container, { preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 14 });
    this.map.setView([30, 20], 3);
    this.renderer = L.canvas({ padding: 0.3 });
    this.layer = L.layerGroup().addTo(this.map);
    this.incidentLayer = L.layerGroup();
    this.controlLayer = L.layerGroup();
    this.onIncident = () => {};
    this.onControl = () => {};
    this.map.on("zoomend moveend", () => this.draw());
    this.map.on("click", (e) => {
      if (this.picking) this.onPick(e.latlng);
    });
    L.control.scale({ imperial: false }).addTo(this.map);
    this.addLegend();
  }

  addLegend() {
    const legend = L.control({ position: "bottomright" });
    legend.onAdd = () => {
      const list = el("ul", { class: "legend", "aria-label": "Colours of the event types" });
      for (const [type, color] of Object.entries(TYPE_COLORS)) {
        const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
        swatch.style.background = color;
        list.append(el("li", {}, swatch, type));
      }
      return list;
    };
    legend.addTo(this.map);
  }

  async loadCountries(get) {
    const shapes = await get("/api/countries");
    L.geoJSON(shapes, {
      interactive: false,
      style: { color: "#8a8f98", weight: 0.8, fillColor: "#eef0f2", fillOpacity: 1 },
    }).addTo(this.map).bringToBack();
  }

  setPoints(points, { fit = false } = {}) {
    this.points = points;
    if (fit && points.length) {
      const bounds = L.latLngBounds(points.map((p) => [p[1], p[2]]));
      this.map.fitBounds(bounds.pad(0.2), { maxZoom: 7 });
    }
    this.draw();
  }

  showLayer(name, on) {
    const layer = name === "incidents" ? this.incidentLayer : this.controlLayer;
    if (on) layer.addTo(this.map);
    else layer.remove();
  }

  // Incidents: rings sized by the number of reports, dashed when a claim about them is disputed.
  setIncidents(incidents) {
    this.incidentLayer.clearLayers();
    for (const incident of incidents) {
      if (incident.latitude === null || incident.longitude === null) continue;
      const ring = L.circleMarker([incident.latitude, incident.longitude], {
        renderer: this.renderer,
        radius: 9 + Math.min(12, 2 * incident.reports),
        color: colorOf(incident.event_type),
        weight: 3,
        fill: false,
        dashArray: incident.status === "disputed" ? "5 4" : null,
      });
      ring.on("click", () => this.onIncident(incident));
      ring.addTo(this.incidentLayer);
    }
    this.map.getContainer().dataset.incidents = String(this.incidentLayer.getLayers().length);
  }

  // Control: a dotted-edged marker per place, coloured by who holds it on the chosen day.
  setControl(places) {
    this.controlLayer.clearLayers();
    for (const place of places) {
      if (place.latitude === null || place.longitude === null) continue;
      const square = L.circleMarker([place.latitude, place.longitude], {
        renderer: this.renderer,
        radius: 7,
        color: "#222",
        weight: 2,
        dashArray: "2 2",
        fillColor: stateColor(place.state),
        fillOpacity: 0.85,
      });
      square.on("click", () => this.onControl(place));
      square.addTo(this.controlLayer);
    }
    this.map.getContainer().dataset.control = String(this.controlLayer.getLayers().length);
  }

  setPicking(on) {
    this.picking = on;
    this.map.getContainer().classList.toggle("picking", on);
  }

  select(id) {
    this.selectedId = id;
    this.draw();
  }

  cells() {
    const bounds = this.map.getBounds().pad(0.2);
    const cells = new Map();
    for (const point of this.points) {
      const latlng = L.latLng(point[1], point[2]);
      if (!bounds.contains(latlng)) continue;
      const px = this.map.latLngToLayerPoint(latlng);
      const key = `${Math.floor(px.x / CELL)}:${Math.floor(px.y / CELL)}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { points: [], lat: 0, lng: 0 }));
      cell.points.push(point);
      cell.lat += point[1];
      cell.lng += point[2];
    }
    return cells;
  }

  draw() {
    this.layer.clearLayers();
    let dots = 0;
    let clusters = 0;
    for (const cell of this.cells().values()) {
      if (cell.points.length === 1) {
        this.drawDot(cell.points[0]);
        dots += 1;
      } else {
        this.drawCluster(cell);
        clusters += 1;
      }
    }
    // What is drawn, for people using assistive technology and for tests (the dots are on a canvas).
    const box = this.map.getContainer();
    box.dataset.points = String(this.points.length);
    box.dataset.dots = String(dots);
    box.dataset.clusters = String(clusters);
    box.setAttribute("aria-description", `${this.points.length} events: ${dots} single, ${clusters} groups`);
  }

  drawDot(point) {
    const [id, lat, lng, type] = point;
    const selected = id === this.selectedId;
    const marker = L.circleMarker([lat, lng], {
      renderer: this.renderer,
      radius: selected ? 9 : 6,
      color: selected ? "#000" : "#fff",
      weight: selected ? 3 : 1,
      fillColor: colorOf(type),
      fillOpacity: 0.9,
    });
    marker.on("click", () => {
      if (!this.picking) this.onSelect(id);
    });
    marker.addTo(this.layer);
  }

  drawCluster(cell) {
    const n = cell.points.length;
    const center = [cell.lat / n, cell.lng / n];
    const counts = {};
    for (const p of cell.points) counts[p[3]] = (counts[p[3]] || 0) + 1;
    const main = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const label = document.createElement("span");
    label.textContent = n > 999 ? `${Math.round(n / 100) / 10}k` : String(n);
    label.style.background = colorOf(main);
    const size = Math.min(54, 22 + Math.log2(n) * 4);
    const icon = L.divIcon({ html: label, className: "cluster", iconSize: [size, size] });
    const marker = L.marker(center, { icon, keyboard: false, title: `${n} events` });
    marker.on("click", () => {
      if (this.map.getZoom() >= this.map.getMaxZoom()) this.onSelect(cell.points[0][0]);
      else this.map.setView(center, Math.min(this.map.getZoom() + 2, this.map.getMaxZoom()));
    });
    marker.addTo(this.layer);
  }
}
