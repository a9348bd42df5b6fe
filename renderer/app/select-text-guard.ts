// Text that arrives as composed text rather than as key presses – a dead key (´ then e), an input
// method, an on-screen keyboard, a test driver – is inserted by Chromium where the page's text
// selection is. Tab into a drop-down (<select>) leaves that selection in the text field before it,
// so such text would land in that field and take the focus there: "Drø" typed on the Type field
// made "ø…" and the next fields' text part of the title. A drop-down has no text to select, so
// when one gets the focus the selection is cleared and composed text simply goes nowhere.

/** Installs the guard on a document; answers the function that removes it. */
export function guardSelectsFromStrayText(doc: Document): () => void {
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof HTMLSelectElement) doc.getSelection()?.removeAllRanges();
  };
  doc.addEventListener('focusin', onFocusIn);
  return () => doc.removeEventListener('focusin', onFocusIn);
}
