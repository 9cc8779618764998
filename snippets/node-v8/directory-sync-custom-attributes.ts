import { WorkOS } from '@workos-inc/node';

const workos = new WorkOS(process.env.WORKOS_API_KEY);
type Attrs = { emails?: { value?: string; primary?: boolean }[]; username?: string; job_title?: string };
const user = await workos.directorySync.getUser<Attrs>('directory_user_123');

// v8: removed; enable the custom attributes and read customAttributes
const emails = user.customAttributes.emails;
const username = user.customAttributes.username;
const jobTitle = user.customAttributes.job_title;

export { emails, username, jobTitle };
