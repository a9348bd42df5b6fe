import { Component, type ReactNode } from 'react';
import { subscribeWorkbookChanges } from '../api/client';

interface Props {
  sheetLabel: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * One sheet that cannot be drawn (a damaged value, a bug) must not blank the window: the sheet
 * says so in Danish, and the tabs, Fortryd/Gentag and the menu (outside this boundary) keep
 * working. A change to the workbook – an undo, a restored backup – or "Prøv igen" draws it again.
 */
export class SheetBoundary extends Component<Props, State> {
  override state: State = { error: null };
  private unsubscribe: (() => void) | null = null;

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidMount(): void {
    this.unsubscribe = subscribeWorkbookChanges(() => this.retry());
  }

  override componentWillUnmount(): void {
    this.unsubscribe?.();
  }

  override componentDidCatch(error: unknown): void {
    console.error(`Arket ${this.props.sheetLabel} kunne ikke vises`, error);
  }

  private retry = (): void => {
    if (this.state.error) this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="sheet-failed" role="alert">
        <h2>Arket kunne ikke vises</h2>
        <p>
          {this.props.sheetLabel} indeholder noget, der ikke kan vises ({error.message}). De andre ark virker, og
          Fortryd (Ctrl+Z), Filer → Gendan fra sikkerhedskopi… og <code>check</code> på kommandolinjen kan finde og rette det.
        </p>
        <button type="button" onClick={this.retry}>Prøv igen</button>
      </div>
    );
  }
}
