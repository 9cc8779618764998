import { authkitProxy } from '@workos-inc/authkit-nextjs';

export default authkitProxy({
  // Protect every matched route except these
  middlewareAuth: {
    enabled: true,
    unauthenticatedPaths: ['/', '/about'],
  },
  // Send visitors of these paths to the sign-up screen
  signUpPaths: ['/account/sign-up'],
  // Overrides NEXT_PUBLIC_WORKOS_REDIRECT_URI (e.g. preview deployments)
  redirectUri: 'https://preview.example.com/callback',
  debug: true,
});

export const config = { matcher: ['/', '/about', '/admin/:path*', '/account/:path*'] };
