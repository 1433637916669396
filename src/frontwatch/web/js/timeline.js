// The timeline: a histogram of events per day under the map, a brush to select a date range
// (mouse, touch or keyboard), and play to slide the selected window through time.

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const HEIGHT = 64;
const TICK_MS = 350;

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const toDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);

export class Timeline {
  constructor(container, label, playButton, { onRange }) {
    this.container = container;
    this.label = label;
    this.playButton = playButton;
    this.onRange = onRange;
    this.days = [];
    this.range = null; // [firstDay, lastDay] as day numbers
    this.timer = null;
    this.bindPointer();
    this.bindKeys();
    playButton.addEventListener("click", () => (this.timer ? this.stop() : this.play()));
    new ResizeObserver(() => this.draw()).observe(container);
  }

  setDays(days) {
    this.days = days.map(([iso, n]) => [toDay(iso), n]);
    this.draw();
  }

  setRange(from, to) {
    this.range = from && to ? [toDay(from), toDay(to)] : null;
    this.draw();
  }

  extent() {
    if (!this.days.length) return null;
    return [this.days[0][0], this.days[this.days.length - 1][0]];
  }

  scale() {
    const extent = this.extent();
    const width = this.container.clientWidth || 600;
    const span = extent ? Math.max(1, extent[1] - extent[0] + 1) : 1;
    return { extent, width, step: width / span };
  }

  dayAt(clientX) {
    const { extent, width, step } = this.scale();
    const x = Math.min(width - 1, Math.max(0, clientX - this.container.getBoundingClientRect().left));
    return extent[0] + Math.floor(x / step);
  }

  draw() {
    const { extent, width, step } = this.scale();
    const root = svg("svg", { width, height: HEIGHT, "aria-hidden": "true" });
    if (extent) {
      const max = Math.max(...this.days.map((d) => d[1]));
      for (const [day, n] of this.days) {
        const h = Math.max(1, (n / max) * (HEIGHT - 14));
        const x = (day - extent[0]) * step;
        root.append(svg("rect", { x, y: HEIGHT - 12 - h, width: Math.max(1, step - 0.5), height: h, class: "bar" }));
      }
      if (this.range) {
        const x = (this.range[0] - extent[0]) * step;
        const w = (this.range[1] - this.range[0] + 1) * step;
        root.append(svg("rect", { x, y: 0, width: Math.max(2, w), height: HEIGHT - 12, class: "brush" }));
      }
      for (const [text, anchor, x] of [[toIso(extent[0]), "start", 0], [toIso(extent[1]), "end", width]]) {
        const t = svg("text", { x, y: HEIGHT - 1, "text-anchor": anchor, class: "axis" });
        t.textContent = text;
        root.append(t);
      }
    }
    this.container.replaceChildren(root);
    const text = this.range ? `${toIso(this.range[0])} to ${toIso(this.range[1])}` : "all dates";
    this.label.value = text;
    this.label.textContent = text;
    this.container.setAttribute("aria-valuetext", text);
  }

  emit(live = false) {
    const r = this.range;
    this.onRange(r ? toIso(r[0]) : "", r ? toIso(r[1]) : "", live);
  }

  bindPointer() {
    let start = null;
    this.container.addEventListener("pointerdown", (e) => {
      if (!this.extent()) return;
      start = this.dayAt(e.clientX);
      this.range = [start, start];
      this.container.setPointerCapture(e.pointerId);
      this.draw();
    });
    this.container.addEventListener("pointermove", (e) => {
      if (start === null) return;
      const day = this.dayAt(e.clientX);
      this.range = [Math.min(start, day), Math.max(start, day)];
      this.draw();
      this.emit(true);
    });
    const end = () => {
      if (start === null) return;
      start = null;
      this.emit();
    };
    this.container.addEventListener("pointerup", end);
    this.container.addEventListener("pointercancel", end);
  }

  bindKeys() {
    this.container.addEventListener("keydown", (e) => {
      const extent = this.extent();
      if (!extent) return;
      if (e.key === "Escape") {
        this.range = null;
      } else if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
        const d = e.key === "ArrowLeft" ? -1 : 1;
        const r = this.range || [extent[0], extent[0] + 6];
        this.range = e.shiftKey ? [r[0], Math.max(r[0], r[1] + d)] : [r[0] + d, r[1] + d];
      } else {
        return;
      }
      e.preventDefault();
      this.draw();
      this.emit();
    });
  }

  play() {
    const extent = this.extent();
    if (!extent) return;
    let width = this.range ? this.range[1] - this.range[0] : Math.max(6, Math.round((extent[1] - extent[0]) / 20));
    let first = this.range && this.range[1] < extent[1] ? this.range[0] : extent[0];
    this.playButton.textContent = "Pause";
    this.playButton.setAttribute("aria-pressed", "true");
    const step = Math.max(1, Math.round(width / 3));
    this.timer = setInterval(() => {
      this.range = [first, first + width];
      this.draw();
      this.emit(true);
      first += step;
      if (first > extent[1]) this.stop();
    }, TICK_MS);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
    this.playButton.textContent = "Play";
    this.playButton.setAttribute("aria-pressed", "false");
    this.emit();
  }
}
