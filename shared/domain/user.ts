export const USER_ROLES = ['Formand', 'Social innovator', 'Direktør', 'Medlem', 'Sekretariat'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Who is using the app on this machine. Kept in the app's settings, not in the workbook. */
export interface UserProfile {
  name: string;
  role: UserRole;
}
