// AG Grid Community, set up once: its modules, Danish texts and the workbook look.
import { AllCommunityModule, ModuleRegistry, provideGlobalGridOptions, themeQuartz } from 'ag-grid-community';
import { AG_GRID_LOCALE_DK } from '@ag-grid-community/locale';
import { ChoiceCellEditor } from './choice-cell-editor';
import { keepEarlyKeysInCellEditors } from './keep-early-keys';

ModuleRegistry.registerModules([AllCommunityModule]);

export const workbookTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontWeight: 600,
  headerBackgroundColor: '#eef2f6',
  rowBorder: { color: '#e3e8ee' },
  columnBorder: { color: '#eef1f4' },
  accentColor: '#0b5c8e',
  spacing: 6,
  wrapperBorderRadius: 4,
});

provideGlobalGridOptions({
  theme: workbookTheme,
  localeText: AG_GRID_LOCALE_DK,
  stopEditingWhenCellsLoseFocus: true,
  enterNavigatesVerticallyAfterEdit: true,
  // Every choice cell (status, form) takes typing: AG Grid's own select editor lost the keys typed after Tab.
  components: { agSelectCellEditor: ChoiceCellEditor },
});

keepEarlyKeysInCellEditors();
