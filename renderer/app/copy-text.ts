/**
 * Puts a text on the clipboard from a button press. Through the page's own copy command, which
 * needs no permission (the app grants none, so navigator.clipboard is refused in Electron).
 */
export function copyText(text: string): boolean {
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
