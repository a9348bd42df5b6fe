/** Rows a sheet leaves out because a stored value is damaged: listed, so nothing vanishes silently. */
export function DamagedRows({ lines }: { lines: readonly string[] | undefined }) {
  if (!lines || lines.length === 0) return null;
  return (
    <div className="damaged-rows" role="status">
      <strong>⚠ Beskadigede rækker vises ikke</strong> (kør <code>check</code> eller gendan fra en sikkerhedskopi):
      <ul>
        {lines.map((line) => <li key={line}>{line}</li>)}
      </ul>
    </div>
  );
}
