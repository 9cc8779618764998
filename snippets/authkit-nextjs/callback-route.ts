import { handleAuth } from '@workos-inc/authkit-nextjs';

interface SignInState {
  teamId?: string;
  referrer?: string;
}

export const GET = handleAuth({
  returnPathname: '/dashboard',
  onSuccess: async ({ user, state }) => {
    // state: string | undefined, exactly what was passed to getSignInUrl()
    const data: SignInState | null = state ? JSON.parse(state) : null;

    if (data?.teamId) {
      console.log(`Add ${user.id} to ${data.teamId} (from ${data.referrer ?? 'unknown'})`);
    }
  },
});
