import { USER_ROLES, type UserProfile, type UserRole } from '../../shared/domain/user';

interface Props {
  user: UserProfile;
  onChange: (user: UserProfile) => void;
}

/** Name and role of the person using Arbejdsbogen: at first start and in Navn og rolle…. */
export function UserFields({ user, onChange }: Props) {
  return (
    <>
      <label className="user-field">
        Navn
        <input autoFocus value={user.name} onChange={(e) => onChange({ ...user, name: e.target.value })} placeholder="Fornavn Efternavn" />
      </label>
      <label className="user-field">
        Rolle
        <select value={user.role} onChange={(e) => onChange({ ...user, role: e.target.value as UserRole })}>
          {USER_ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
    </>
  );
}
