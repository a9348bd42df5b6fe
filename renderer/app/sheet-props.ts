import type { UserProfile } from '../../shared/domain/user';

/** What every sheet component receives. */
export interface SheetProps {
  user: UserProfile;
  readOnly: boolean;
}
