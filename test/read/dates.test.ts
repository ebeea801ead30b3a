import { describe, expect, it } from "vitest";
import { datelineDate, parseDate, parseDateline } from "../../ingest/read/dates.js";

describe("parseDate", () => {
  it.each([
    ["2004-10-25", undefined, "2004-10-25"],
    ["2004-10-25T08:00:00Z", undefined, "2004-10-25"],
    ["26-FEB-1987 15:01:01.79", undefined, "1987-02-26"],
    ["Oct. 25, 2004", undefined, "2004-10-25"],
    ["Sept 3 2004", undefined, "2004-09-03"],
    ["Mon, 25 Oct 2004 10:00:00 GMT", undefined, "2004-10-25"],
    ["Monday, 6 December 2004", undefined, "2004-12-06"],
    ["2004/10/25", undefined, "2004-10-25"],
    ["20041025", undefined, "2004-10-25"],
    ["October 25", undefined, undefined],
    ["October 25", 2004, "2004-10-25"],
    ["31 Feb 2004", undefined, undefined],
    ["2004-13-01", undefined, undefined],
    ["2004", undefined, undefined],
    ["", undefined, undefined],
    ["soon", undefined, undefined],
  ])("%s (year %s) -> %s", (value, year, expected) => {
    expect(parseDate(value, year)).toBe(expected);
  });

  it("accepts Date objects (YAML timestamps)", () => {
    expect(parseDate(new Date(Date.UTC(2004, 9, 25)))).toBe("2004-10-25");
    expect(parseDate(42)).toBeUndefined();
  });
});

describe("datelineDate", () => {
  it.each([
    ["OSTROVIA, Oct 24 (Reuters) - The council met.", undefined, undefined],
    ["OSTROVIA, Oct 24 (Reuters) - The council met.", 2004, "2004-10-24"],
    ["LONDON, December 6 - Ministers met.", 2004, "2004-12-06"],
    ["LONDON, December 6", 2004, "2004-12-06"],
    ["25 October 2004 -- Troops withdrew.", undefined, "2004-10-25"],
    ["WASHINGTON, Oct. 25, 2004 (AP) - Envoys met.", undefined, "2004-10-25"],
    ["PORT LOUIS, Mauritius, Monday, 25 October 2004 - x", undefined, "2004-10-25"],
    ["  SALVADOR, Feb 26 - Showers continued.", 1987, "1987-02-26"],
    ["OSTROVIA, Iraq - Fighting resumed.", 2004, undefined],
    ["The talks on Oct 24 - failed.", 2004, undefined],
    ["October 25 was quiet.", 2004, undefined],
    ["Envoys met. LONDON, December 6 - x", 2004, undefined],
  ])("%j (year %s) -> %s", (text, year, expected) => {
    expect(datelineDate(text, year)).toBe(expected);
  });

  it("reads place and agency too", () => {
    expect(parseDateline(" OSTROVIA (Reuters) - A senior official said")).toEqual({
      place: "OSTROVIA",
      agency: "Reuters",
    });
  });
});
