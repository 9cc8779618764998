import { useAuth } from '@workos-inc/authkit-react';

interface Org {
  id: string;
  name: string;
}

export function OrgSwitcher({ organizations }: { organizations: Org[] }) {
  const { organizationId, switchToOrganization } = useAuth();

  return (
    <select
      value={organizationId ?? ''}
      onChange={(event) => switchToOrganization({ organizationId: event.target.value })}
    >
      {organizations.map((org) => (
        <option key={org.id} value={org.id}>
          {org.name}
        </option>
      ))}
    </select>
  );
}
