import { useEffect } from 'react';

/** Each route names itself in the tab and in the screen reader's page announcement. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · OpenNRM` : 'OpenNRM';
  }, [title]);
}
