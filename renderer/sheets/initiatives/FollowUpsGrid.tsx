import type { ColDef } from 'ag-grid-community';
import { FOLLOW_UP_FORMS, type FollowUp } from '../../../shared/domain/activity';
import { todayIso } from '../../../shared/dates';
import { useNotifier } from '../../app/notifications';
import { cellOutcome, seenField } from '../../grid/cell-edits';
import type { CellEdit } from '../../grid/DataGrid';
import { EditableListGrid } from '../../grid/EditableListGrid';
import { dateCells, unreadableDate } from './number-cells';

interface Props {
  initiativeId: number;
  followUps: FollowUp[];
  readOnly: boolean;
}

type Field = 'date' | 'form' | 'withWhom' | 'learnt';

/** The effect follow-up the document asks for: fokusgrupper, dialogmøder, samtaler – and what they taught. */
export function FollowUpsGrid({ initiativeId, followUps, readOnly }: Props) {
  const { run, notify, attempt } = useNotifier();
  const columns: ColDef<FollowUp>[] = [
    {
      field: 'date', headerName: 'Dato', width: 120, editable: !readOnly,
      ...dateCells<FollowUp>(false),
    },
    { field: 'form', headerName: 'Form', width: 130, editable: !readOnly, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...FOLLOW_UP_FORMS] } },
    { field: 'withWhom', headerName: 'Med hvem', flex: 1.5, minWidth: 160, editable: !readOnly, wrapText: true, autoHeight: true },
    {
      field: 'learnt', headerName: 'Hvad vi lærte', flex: 3, minWidth: 220, editable: !readOnly, wrapText: true, autoHeight: true,
      cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 100000, rows: 8, cols: 70 },
    },
  ];

  const onCellValueChanged = async (event: CellEdit<FollowUp>) => {
    if (!event.data) return;
    const field = event.colDef.field as Field;
    const dateProblem = field === 'date' ? unreadableDate(event.newValue) : null;
    if (dateProblem) {
      notify('error', `Dato: ${dateProblem}`);
      return { refused: `Dato: ${dateProblem}` };
    }
    const value = String(event.newValue ?? '');
    const result = await attempt('followUps.update', { id: event.data.id, patch: { [field]: value }, seen: seenField(event, field) });
    return cellOutcome(result);
  };

  const add = async () => (await run('followUps.add', { initiativeId, date: todayIso(), form: 'dialogmøde' }))?.id;

  const remove = async (followUp: FollowUp) => {
    const done = await run('followUps.remove', { id: followUp.id });
    if (done !== undefined) notify('info', 'Opfølgningen er slettet – Ctrl+Z fortryder');
  };

  return (
    <EditableListGrid<FollowUp>
        pendingRows={[{ table: 'follow_up' }]}
      label="Opfølgning"
      rows={followUps}
      columns={columns}
      readOnly={readOnly}
      noRowsText="Ingen opfølgning registreret endnu"
      hint="Nyeste øverst. Dato, form (fokusgruppe, dialogmøde, samtale), med hvem og hvad I lærte."
      addLabel="+ Tilføj opfølgning"
      removeLabel="Slet opfølgning"
      firstEditColumn="withWhom"
      onAdd={add}
      onRemove={remove}
      onCellValueChanged={onCellValueChanged}
    />
  );
}
