import Giscus from '@giscus/react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { GISCUS_LOAD_TIMEOUT_MS, type GiscusCommentsProps, giscusTheme, isGiscusMessage } from '@/lib/giscus.ts';
import type { SiteTheme } from '@/lib/theme.ts';

// data-theme on <html> always holds the theme shown: the script in <head> sets it before the
// first paint (see theme.ts), and the toggle keeps it up to date, OS changes included. Reading
// only the attribute keeps theme.ts out of this bundle, so the toggle's script stays inline.
function subscribeToSiteTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

function currentSiteTheme(): SiteTheme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function useSiteTheme(): SiteTheme {
  return useSyncExternalStore(subscribeToSiteTheme, currentSiteTheme);
}

type LoadStatus = 'loading' | 'ready' | 'failed';

/** 'failed' once giscus has stayed silent too long (offline, blocked); 'ready' when it speaks. */
function useGiscusStatus(host: string): LoadStatus {
  const [status, setStatus] = useState<LoadStatus>('loading');
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (isGiscusMessage(event, host)) setStatus('ready');
    };
    window.addEventListener('message', onMessage);
    const timer = setTimeout(() => setStatus((current) => (current === 'loading' ? 'failed' : current)), GISCUS_LOAD_TIMEOUT_MS);
    return () => {
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
    };
  }, [host]);
  return status;
}

export default function GiscusComments({ widget, themes, discussionUrl }: GiscusCommentsProps) {
  const theme = useSiteTheme();
  const status = useGiscusStatus(widget.host);
  const failed = status === 'failed';

  return (
    <>
      <div role="status">
        {failed && (
          <p>
            The comments could not be loaded from giscus. <a href={discussionUrl}>Read and join the discussion on GitHub</a>.
          </p>
        )}
      </div>
      {/* A new theme reaches giscus as a message to its frame (setConfig), not a reload. */}
      <div hidden={failed}>
        <Giscus {...widget} theme={giscusTheme(themes, theme)} />
      </div>
    </>
  );
}
