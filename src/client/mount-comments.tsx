import { createRoot } from 'react-dom/client';
import GiscusComments from '../components/GiscusComments.tsx';
import type { GiscusCommentsProps } from '../lib/giscus.ts';

export function mountComments(mountPoint: HTMLElement): void {
  const props = JSON.parse(mountPoint.dataset.props!) as GiscusCommentsProps;
  createRoot(mountPoint).render(<GiscusComments {...props} />);
}
