import { formatFloat } from "@web/core/utils/numbers";

// What the keys of a touch keypad do to the number being typed, shared by the touch
// screens of the suite (intake, sorting).

export const KEYPAD_KEYS = ["7", "8", "9", "4", "5", "6", "1", "2", "3", ".", "0", "back"];

/**
 * The text typed after pressing ``key``: digits are added (up to ``maxLength``), "." adds
 * one decimal point when decimals are allowed, "back" removes the last character.
 */
export function applyKey(entry, key, { decimal = true, maxLength = 7 } = {}) {
    if (key === "back") {
        return entry.slice(0, -1);
    }
    if (key === ".") {
        return decimal && !entry.includes(".") ? (entry || "0") + "." : entry;
    }
    return entry.length < maxLength ? entry + key : entry;
}

export function parseEntry(entry) {
    return parseFloat((entry || "").replace(",", ".")) || 0;
}

/** Kilograms to the tenth, in the number format of the user's language. */
export function formatKg(value) {
    const rounded = Math.round((value || 0) * 10) / 10;
    return `${formatFloat(rounded, { digits: [false, 1], trailingZeros: false })} kg`;
}
