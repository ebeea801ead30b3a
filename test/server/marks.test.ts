// Evidence marks: where a sentence names the claim's actors (names, aliases, demonyms, the acting person).
import { describe, expect, it } from "vitest";
import { findMarks, markNames } from "../../graph/api/index.js";

const marked = (text: string, names: string[]): string[] =>
  findMarks(text, names).map(([start, end]) => text.slice(start, end));

describe("findMarks", () => {
  it.each<[string, string, string[], string[]]>([
    ["names, in order", "Iraq has agreed with Iran and Syria.", ["Iran", "Iraq"], ["Iraq", "Iran"]],
    ["any case", "IRAQ, Iraq and iraq", ["Iraq"], ["IRAQ", "Iraq", "iraq"]],
    ["whole words only", "Iranian and Irani officials, Iran-backed", ["Iran"], ["Iran"]],
    ["a possessive", "Iraq's army", ["Iraq"], ["Iraq"]],
    ["a plural demonym", "the Russians and a Russian", ["Russian"], ["Russians", "Russian"]],
    [
      "the longest name at a position",
      "the Islamic State group",
      ["Islamic State", "Islamic State group"],
      ["Islamic State group"],
    ],
    ["acronyms keep their case", "US officials told us", ["US", "United States"], ["US"]],
    ["dots are literal", "the U.S. said; UxSx did not", ["U.S."], ["U.S."]],
    ["any space", "the Islamic\u00a0State", ["Islamic State"], ["Islamic\u00a0State"]],
    ["letters whose lower case is longer", "İstanbul and Iraq", ["Iraq"], ["Iraq"]],
    [
      "left-most of overlapping names",
      "Russian Federation Council",
      ["Russian Federation", "Federation Council"],
      ["Russian Federation"],
    ],
    ["accented letters are word letters", "Türkiye and Türkiyeli", ["Türkiye"], ["Türkiye"]],
    ["nothing", "No actor here.", ["Iraq"], []],
    ["no names", "Iraq", [], []],
  ])("%s", (_case, text, names, expected) => {
    expect(marked(text, names)).toEqual(expected);
  });

  it("gives sorted, non-overlapping ranges", () => {
    const marks = findMarks("Iran, Iraq, the Iraqi military and Iran again", ["Iraq", "Iraqi", "Iran"]);
    expect(marks).toEqual([
      [0, 4],
      [6, 10],
      [16, 21],
      [35, 39],
    ]);
  });
});

describe("markNames", () => {
  it("takes names and aliases, the acting person and the surname, drops blanks and one-letter names", () => {
    const names = markNames({
      names: ["United States", "Russia"],
      aliases: [["US", "American"], null, ["X", " "]],
      people: ["John Kerry", null],
    });
    expect(names.sort()).toEqual(["American", "John Kerry", "Kerry", "Russia", "US", "United States"]);
    expect(marked("Kerry said the Americans and Russia agreed", names)).toEqual([
      "Kerry",
      "Americans",
      "Russia",
    ]);
  });
});
