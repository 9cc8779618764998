import { createClient } from '@workos-inc/authkit-js';

// authkit-js (installed with authkit-react) honors onBeforeAutoRefresh
export const authkit = await createClient('client_123', {
  // Return false to skip an automatic refresh (default: skip while the tab is hidden)
  onBeforeAutoRefresh: () => navigator.onLine && !document.hidden,
  refreshBufferInterval: 30,
  onRefreshFailure: ({ signIn }) => {
    void signIn();
  },
});
