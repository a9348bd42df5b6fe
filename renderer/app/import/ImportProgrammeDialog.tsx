import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportPreview } from '../../../shared/import/import-preview';
import type { WorkbookInfo } from '../../../shared/domain/workbook';
import { ApiCallError, call } from '../../api/client';
import { useNotifier } from '../notifications';
import { ImportPreviewView } from './ImportPreviewView';
import './import.css';

interface Props {
  onCreated: (info: WorkbookInfo) => void;
  onClose: () => void;
}

type Step = { kind: 'reading' } | { kind: 'cancelled' } | { kind: 'refused'; message: string } | { kind: 'preview'; preview: ImportPreview };

function messageOf(error: unknown): string {
  return error instanceof ApiCallError ? error.message : 'Der opstod en uventet fejl';
}

/**
 * Filer → Ny arbejdsbog fra programdokument…: the main process asks for the document and reads
 * it; this shows what was found – what could not be placed and the warnings first – and, when the
 * user confirms, asks the main process to create the workbook from what it kept (only the token
 * goes back). Nothing is created before "Opret arbejdsbog…" and the save dialog.
 */
export function ImportProgrammeDialog({ onCreated, onClose }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const content = useRef<HTMLDivElement>(null);
  const refusedClose = useRef<HTMLButtonElement>(null);
  const { notify } = useNotifier();

  const choose = useCallback(async () => {
    setStep({ kind: 'reading' });
    setProblem(null);
    try {
      const preview = await call('workbook.import.preview', {});
      if (preview) setStep({ kind: 'preview', preview });
      else setStep({ kind: 'cancelled' });
    } catch (error) {
      setStep({ kind: 'refused', message: messageOf(error) });
    }
  }, []);

  useEffect(() => {
    void choose();
  }, [choose]);

  // The file chooser was cancelled: there is nothing to show.
  useEffect(() => {
    if (step.kind === 'cancelled') onClose();
  }, [step, onClose]);

  // Keyboard users land where they can act: the found content (arrows scroll it) or the refusal's button.
  useEffect(() => {
    if (step.kind === 'preview') content.current?.focus();
    if (step.kind === 'refused') refusedClose.current?.focus();
  }, [step]);

  const create = async (preview: ImportPreview) => {
    setBusy(true);
    setProblem(null);
    try {
      const info = await call('workbook.import.create', { token: preview.token });
      if (!info) return; // The save dialog was cancelled: the preview stays, nothing is created.
      notify('info', `${info.fileName} er oprettet fra ${preview.fileName}`);
      onCreated(info);
      onClose();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const preview = step.kind === 'preview' ? step.preview : null;
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && !busy && onClose()}>
      <div className={preview ? 'modal import-dialog import-dialog-wide' : 'modal import-dialog'} role="dialog" aria-modal="true" aria-labelledby="import-title" aria-busy={step.kind === 'reading' || busy}>
        <h2 id="import-title">Ny arbejdsbog fra programdokument</h2>
        {step.kind === 'reading' && <p className="hint" role="status">Vælg programdokumentet (Word, PDF eller tekst) …</p>}
        {step.kind === 'refused' && (
          <>
            <p className="field-problem" role="alert">{step.message}</p>
            <p className="hint">Der er ikke oprettet nogen arbejdsbog.</p>
            <div className="modal-actions">
              <button type="button" ref={refusedClose} onClick={onClose}>Luk</button>
              <button type="button" className="primary" onClick={() => void choose()}>Vælg et andet dokument…</button>
            </div>
          </>
        )}
        {preview && (
          <>
            <p className="hint">
              Fundet i <strong>{preview.fileName}</strong>. Intet er oprettet endnu: se det igennem, og vælg så, hvor arbejdsbogen skal gemmes.
            </p>
            <div ref={content} className="import-content" tabIndex={0} role="region" aria-label="Det fundne">
              <ImportPreviewView preview={preview} />
            </div>
            {problem && <p className="field-problem" role="alert">{problem}</p>}
            <div className="modal-actions">
              <button type="button" onClick={onClose} disabled={busy}>Annullér</button>
              <button type="button" className="primary" onClick={() => void create(preview)} disabled={busy}>
                {busy ? 'Opretter …' : 'Opret arbejdsbog…'}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
