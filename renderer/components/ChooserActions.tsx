/** The foot of a popup chooser in a grid cell: how the keys work, and a Gem button for the mouse. */
export function ChooserActions({ className, onSave }: { className: string; onSave: () => void }) {
  return (
    <div className={className}>
      <span className="hint">↑/↓ flytter · Mellemrum vælger · Enter eller Tab gemmer · Esc fortryder</span>
      <button type="button" className="primary" onClick={onSave}>
        Gem
      </button>
    </div>
  );
}
