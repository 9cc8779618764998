import { WorkOS } from '@workos-inc/node-v7';

const workos = new WorkOS(process.env.WORKOS_API_KEY);

const user = await workos.directorySync.getUser('directory_user_123');

// v7: top-level fields (deprecated in 7.x)
const emails = user.emails;
const username = user.username;
const jobTitle = user.jobTitle;

export { emails, username, jobTitle };
