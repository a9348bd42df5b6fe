// AG Grid's React wrapper hands every prop whose identity changed to the grid, and some of them
// (defaultColDef, rowSelection, getRowClass, …) make the grid rebuild or repaint rows – which
// resets an open cell editor. Sheets write such props inline, so every re-render after a
// change event would do it. This keeps each prop's identity as long as its meaning is the same:
// functions become stable forwarders to the latest function, plain values are compared by content.
export class StableProps {
  private latest: Record<string, unknown> = {};
  private readonly forwarders = new Map<string, (...args: unknown[]) => unknown>();
  private readonly values = new Map<string, { json: string; value: unknown }>();

  stabilize<P extends object>(props: P): P {
    this.latest = props as Record<string, unknown>;
    const stable: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      if (typeof value === 'function') stable[key] = this.forwarder(key);
      else stable[key] = this.sameValue(key, value);
    }
    return stable as P;
  }

  private forwarder(key: string) {
    let forward = this.forwarders.get(key);
    if (!forward) {
      forward = (...args: unknown[]) => (this.latest[key] as ((...a: unknown[]) => unknown) | undefined)?.(...args);
      this.forwarders.set(key, forward);
    }
    return forward;
  }

  private sameValue(key: string, value: unknown): unknown {
    let json: string;
    try {
      json = JSON.stringify(value) ?? 'undefined';
    } catch {
      return value;
    }
    // Objects holding functions (cell class rules, column defs) cannot be compared by content.
    if (value !== null && typeof value === 'object' && containsFunction(value)) return value;
    const previous = this.values.get(key);
    if (previous && previous.json === json) return previous.value;
    this.values.set(key, { json, value });
    return value;
  }
}

function containsFunction(value: object, depth = 0): boolean {
  if (depth > 4) return false;
  for (const inner of Object.values(value)) {
    if (typeof inner === 'function') return true;
    if (inner !== null && typeof inner === 'object' && containsFunction(inner as object, depth + 1)) return true;
  }
  return false;
}
