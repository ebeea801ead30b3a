// Dates of documents: date fields in the common formats and the dateline that opens a news story, as YYYY-MM-DD.

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1-12 for a month name or its abbreviation ("Oct", "Sept.", "DECEMBER"), else undefined. */
export function monthNumber(name: string): number | undefined {
  const word = name.replace(/\.$/, "").toLowerCase();
  if (word.length < 3) return undefined;
  const index = word === "sept" ? 8 : MONTHS.findIndex((month) => month.startsWith(word));
  return index < 0 ? undefined : index + 1;
}

/** YYYY-MM-DD when the parts make a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > days) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// Month names in any case ("Oct", "OCT", "Sept."); the place before a dateline must stay case-sensitive.
const anyCase = (word: string): string =>
  [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c)).join("");
const MONTH = `(?:${[
  "Jan(?:uary)?",
  "Feb(?:ruary)?",
  "Mar(?:ch)?",
  "Apr(?:il)?",
  "May",
  "June?",
  "July?",
  "Aug(?:ust)?",
  "Sep(?:t(?:ember)?)?",
  "Oct(?:ober)?",
  "Nov(?:ember)?",
  "Dec(?:ember)?",
]
  .map((alternative) => alternative.replace(/[A-Za-z]+/g, anyCase))
  .join("|")})\\.?`;
const WEEKDAY = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
// Named groups: month-first (m1 d1 y1), day-first (d2 m2 y2), numeric (y3 m3 d3).
const DATE = String.raw`(?:(?<m1>${MONTH})\s+(?<d1>\d{1,2})${ORDINAL}(?:,?\s+(?<y1>\d{4}))?|(?<d2>\d{1,2})${ORDINAL}[\s-]+(?<m2>${MONTH})(?:,?[\s-]+(?<y2>\d{4}))?|(?<y3>\d{4})-(?<m3>\d{1,2})-(?<d3>\d{1,2}))(?![\p{L}\p{N}])`;

function dateFromGroups(
  groups: Record<string, string | undefined>,
  fallbackYear?: number,
): string | undefined {
  const month = groups.m1 ?? groups.m2;
  const yearText = groups.y1 ?? groups.y2 ?? groups.y3;
  const year = yearText === undefined ? fallbackYear : Number(yearText);
  if (year === undefined) return undefined;
  if (month === undefined) return isoDate(year, Number(groups.m3), Number(groups.d3));
  return isoDate(year, monthNumber(month) ?? 0, Number(groups.d1 ?? groups.d2));
}

const FIELD_DATE = new RegExp(String.raw`^\s*(?:${WEEKDAY})?${DATE}`, "iu");

/**
 * A date field's value as YYYY-MM-DD: "2004-10-25T10:00Z", "26-FEB-1987 15:01:01.79", "Oct. 25, 2004",
 * "Mon, 25 Oct 2004 10:00:00 GMT", "2004/10/25", "20041025". A date without a year needs `fallbackYear`.
 */
export function parseDate(value: unknown, fallbackYear?: number): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  if (typeof value !== "string") return undefined;
  const numeric = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)|^\s*(\d{4})(\d{2})(\d{2})\s*$/.exec(value);
  if (numeric !== null) {
    const [y, m, d] = numeric[1] === undefined ? numeric.slice(4, 7) : numeric.slice(1, 4);
    return isoDate(Number(y), Number(m), Number(d));
  }
  const match = FIELD_DATE.exec(value);
  return match?.groups === undefined ? undefined : dateFromGroups(match.groups, fallbackYear);
}

/** What the opening dateline of a story says ("BAGHDAD, Oct 24 (Reuters) -"). */
export interface Dateline {
  date?: string;
  place?: string;
  agency?: string;
}

// Places are written in capitals, optionally with a region: "NAJAF, Iraq", "WASHINGTON", "ST. PETERSBURG".
const PLACE = String.raw`(?<place>[A-Z][A-Z.'’&-]+(?:\s+[A-Z][A-Z.'’&-]*){0,3}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?)`;
const AGENCY = String.raw`\((?<agency>[A-Z][A-Za-z.&' -]{0,30})\)`;
const END = String.raw`\s*(?:${AGENCY.replace("agency", "agency2")})?\s*(?:-{1,2}|[–—:]|$)`;
const PLACE_FIRST = new RegExp(
  String.raw`^\s*${PLACE}(?:\s*${AGENCY})?(?:\s*,\s*(?:${WEEKDAY})?${DATE}(?:${END})?|\s*(?:-{1,2}|[–—:])\s)`,
  "u",
);
const DATE_FIRST = new RegExp(String.raw`^\s*(?:${WEEKDAY})?${DATE}${END}`, "u");

/** Place, agency and date of a dateline at the very start of `text`; {} when there is none. */
export function parseDateline(text: string, fallbackYear?: number): Dateline {
  const head = text.slice(0, 200);
  const match = PLACE_FIRST.exec(head) ?? DATE_FIRST.exec(head);
  const groups = match?.groups;
  if (groups === undefined) return {};
  const result: Dateline = {};
  const date = dateFromGroups(groups, fallbackYear);
  if (date !== undefined) result.date = date;
  if (groups.place !== undefined) result.place = groups.place;
  const agency = groups.agency ?? groups.agency2;
  if (agency !== undefined) result.agency = agency.trim();
  return result;
}

/** The date of the dateline opening `text` ("LONDON, December 6", "25 October 2004 --"), if it has one. */
export function datelineDate(text: string, fallbackYear?: number): string | undefined {
  return parseDateline(text, fallbackYear).date;
}
