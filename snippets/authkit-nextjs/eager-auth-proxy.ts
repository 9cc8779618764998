import { authkitProxy } from '@workos-inc/authkit-nextjs';

export default authkitProxy({ eagerAuth: true });

export const config = { matcher: ['/', '/dashboard/:path*'] };
