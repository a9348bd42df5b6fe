// A member sees file names, never where the server keeps them. Handlers answer as in the app
// (app.state's workbook path, reports.options' folder, the path of a written document, a
// message naming a file); every frame the server sends passes through here once, so no
// handler needs a server variant. A path inside one of the server's folders becomes its name
// within that folder (normally the file name); the folder itself becomes its own name.
import path from 'node:path';

/** Hides paths under these folders in an already serialised JSON frame. */
export function createPathHider(folders: readonly string[]): (json: string) => string {
  // As the folder appears inside a JSON string (a Windows backslash is escaped there).
  const needles = [...new Set(folders.map((folder) => path.resolve(folder)))]
    // The longer first, so a folder inside another is hidden whole.
    .sort((a, b) => b.length - a.length)
    .map((folder) => ({
      inside: jsonText(folder + path.sep),
      whole: jsonText(folder),
      name: jsonText(path.basename(folder)),
    }));
  return (json) => {
    let hidden = json;
    for (const { inside, whole, name } of needles) {
      if (!hidden.includes(whole)) continue;
      hidden = hidden.split(inside).join('').split(whole).join(name);
    }
    return hidden;
  };
}

function jsonText(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
