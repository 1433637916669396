// One colour per ACLED event type (distinguishable in colour-blind palettes, after Okabe and Ito).

export const TYPE_COLORS = {
  "Battles": "#d55e00",
  "Explosions/Remote violence": "#cc79a7",
  "Violence against civilians": "#a3141e",
  "Protests": "#0072b2",
  "Riots": "#e69f00",
  "Strategic developments": "#009e73",
};

export function colorOf(type) {
  return TYPE_COLORS[type] || "#555555";
}
