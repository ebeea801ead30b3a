// Colour slots for groups (blocs, camps) that stay put when the graph changes: a group takes the slot of the
// previous group it shares most actors with, so filtering does not repaint everything.

/** Slot per actor: -1 for a group beyond the palette, null for an actor in no group. */
export type Slots = Map<string, number | null>;

export function assignSlots(
  groups: ReadonlyMap<string, number | null>,
  previous: Slots,
  slotCount: number,
): Slots {
  const members = new Map<number, string[]>();
  for (const [id, group] of groups) {
    if (group === null) continue;
    const list = members.get(group);
    if (list === undefined) members.set(group, [id]);
    else list.push(id);
  }
  // Largest groups first: they win contested slots, and the first slots go to the biggest blocs.
  const ordered = [...members.entries()]
    .filter(([, ids]) => ids.length > 1)
    .sort((a, b) => b[1].length - a[1].length);
  const slotOfGroup = new Map<number, number>();
  const taken = new Set<number>();
  const overlaps: Array<{ group: number; slot: number; shared: number }> = [];
  for (const [group, ids] of ordered) {
    const shared = new Map<number, number>();
    for (const id of ids) {
      const slot = previous.get(id);
      if (slot !== undefined && slot !== null && slot >= 0) shared.set(slot, (shared.get(slot) ?? 0) + 1);
    }
    for (const [slot, n] of shared) overlaps.push({ group, slot, shared: n });
  }
  overlaps.sort((a, b) => b.shared - a.shared || a.slot - b.slot);
  for (const { group, slot } of overlaps) {
    if (slotOfGroup.has(group) || taken.has(slot) || slot >= slotCount) continue;
    slotOfGroup.set(group, slot);
    taken.add(slot);
  }
  let next = 0;
  for (const [group] of ordered) {
    if (slotOfGroup.has(group)) continue;
    while (taken.has(next)) next++;
    slotOfGroup.set(group, next < slotCount ? next : -1);
    if (next < slotCount) taken.add(next);
  }
  const slots: Slots = new Map();
  for (const [id, group] of groups) slots.set(id, group === null ? null : (slotOfGroup.get(group) ?? null));
  return slots;
}
