// What a session asks of its surroundings: the Electron shell's dialogs and folders, or whatever
// stands in for them (the CLI, the server, a test).

/** What only the Electron shell (or a test standing in for the user) can provide. */
export interface ShellServices {
  documentsDir: string;
  /** Where "Send dagsorden/referat" writes e-mail drafts and invitations without asking; default documentsDir. */
  outgoingDir?: string;
  /** Native "open" dialog; resolves to null when the user cancels. Default filter: workbooks. */
  chooseFileToOpen(options?: FileDialogOptions): Promise<string | null>;
  /** Native "save" dialog. suggested is a file name (put in the documents folder) or a full path. */
  chooseFileToSave(suggested: string, title: string, filter?: FileFilter): Promise<string | null>;
  /** Opens a file with the system's program for it (Word for .docx). Resolves to an error text or null. */
  openPath(filePath: string): Promise<string | null>;
  /** Native folder picker (for the backup folder); absent where there is no window. */
  chooseFolder?(title: string): Promise<string | null>;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogOptions {
  title?: string;
  /** Omit for workbooks; an empty list allows any file. */
  filters?: FileFilter[];
}
