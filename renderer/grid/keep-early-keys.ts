// AG Grid's cell editors select their whole text when they have been attached ("highlight all
// on focus"), so that typing replaces the old value. After Tab the editor already has focus and
// takes keys before that moment comes – and when it comes late (the sheet re-rendering after
// the previous cell was stored), the select() swallows the first keys typed: "Gladsaxe"
// became "ladsaxe". An editor whose text the person has already changed is therefore never
// selected again; before any typing, select() works as AG Grid intends.
const EDITOR_FIELDS = '.ag-cell-editor input, .ag-cell-editor textarea, .ag-cell-edit-wrapper input, .ag-large-text textarea, .ag-popup-editor input, .ag-popup-editor textarea';

const guarded = new WeakSet<HTMLInputElement | HTMLTextAreaElement>();

function guard(field: HTMLInputElement | HTMLTextAreaElement): void {
  if (guarded.has(field)) return;
  guarded.add(field);
  const seeded = field.value;
  const select = field.select.bind(field);
  field.select = () => {
    if (field.value === seeded) select();
  };
}

/** Installs the guard on every grid editor as it gets focus. Called once at start. */
export function keepEarlyKeysInCellEditors(root: Document = document): void {
  root.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.matches(EDITOR_FIELDS)) guard(target);
    },
    { capture: true },
  );
}
