import type { UserProfile } from '../../shared/domain/user';
import type { SheetId } from '../../shared/sheets';

/** What every sheet component receives. */
export interface SheetProps {
  user: UserProfile;
  readOnly: boolean;
  /** Shows another sheet, for a link to where something comes from. */
  openSheet: (sheet: SheetId) => void;
}
