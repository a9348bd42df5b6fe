// A demonstration workbook (`npm run cli -- demo`), open in a test session: three years of
// meetings with agendas, minutes, decisions and actions, and spending, for reading the
// documents back from real stored data.
import { generateDemo } from '../../electron/demo/generate-demo';
import { createTestWorkbook, type TestWorkbook } from './workbooks';

export function createDemoWorkbook(scale = 1): TestWorkbook {
  const wb = createTestWorkbook();
  try {
    generateDemo(wb.session.requireWorkbook(), 'Test', scale);
  } catch (error) {
    wb.close();
    throw error;
  }
  return wb;
}
