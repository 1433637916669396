// The filters, kept in the page URL so a view can be bookmarked and shared.

export const FILTER_KEYS = ["type", "actor", "claimant", "modality", "status", "text"];
export const RANGE_KEYS = ["from", "to"];

export function readUrl() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const key of [...FILTER_KEYS, ...RANGE_KEYS]) state[key] = params.get(key) || "";
  return state;
}

export function writeUrl(state) {
  const params = new URLSearchParams();
  for (const key of [...FILTER_KEYS, ...RANGE_KEYS]) if (state[key]) params.set(key, state[key]);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

// Query parameters for the API: the filters, and the date range unless `withRange` is false.
export function apiParams(state, withRange = true) {
  const params = new URLSearchParams();
  const keys = withRange ? [...FILTER_KEYS, ...RANGE_KEYS] : FILTER_KEYS;
  for (const key of keys) if (state[key]) params.set(key, state[key]);
  return params;
}

export function fillForm(form, state) {
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key);
    if (field) field.value = state[key];
  }
}

export function readForm(form, state) {
  const next = { ...state };
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key);
    next[key] = field ? field.value.trim() : "";
  }
  return next;
}
