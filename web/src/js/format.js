// Number and text formatting for Dutch readers. Pure functions (tested with node --test).

const percentFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1, minimumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
const timeFormat = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

/** 66.7 → "66,7%", 60 → "60%". */
export function formatPercentage(value) {
  const number = Number.isFinite(Number(value)) ? Number(value) : 0;
  return `${percentFormat.format(number)}%`;
}

/** 1 → "1 stem", 3 → "3 stemmen". */
export function formatVotes(count) {
  const number = Number(count) || 0;
  return `${number} ${number === 1 ? "stem" : "stemmen"}`;
}

/** ISO instant → "3 september 2026"; empty for a missing or invalid date. */
export function formatDate(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : dateFormat.format(date);
}

/** Width for a bar, clamped to 0–100 so a bad value cannot break the layout. */
export function barWidth(percentage) {
  const number = Number(percentage);
  if (!Number.isFinite(number)) return "0%";
  return `${Math.min(100, Math.max(0, number))}%`;
}

/** ISO instant → "9 december 2026 om 08:00" (Dutch time); empty for a missing or invalid date. */
export function formatDateTime(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : `${dateFormat.format(date)} om ${timeFormat.format(date)}`;
}
