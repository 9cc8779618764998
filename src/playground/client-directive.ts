import type { ClientDirective } from 'astro';

/**
 * `client:playground`: loads a playground's island when the playground (its static code, not
 * the empty island) comes within 400px of the viewport, when the reader clicks or focuses it,
 * or at once when the URL fragment is a share link for it. Until then the page runs none of the
 * playground's JavaScript.
 */
const playgroundDirective: ClientDirective = (load, _options, el) => {
  const root = el.closest<HTMLElement>('[data-playground]') ?? el;
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    observer.disconnect();
    root.dataset.state = 'loading';
    load()
      .then((hydrate) => hydrate())
      .catch(() => {
        root.dataset.state = 'error';
      });
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '400px 0px' });
  observer.observe(root);
  root.addEventListener('pointerdown', start, { once: true });
  root.addEventListener('focusin', start, { once: true });
  if (root.id && location.hash.startsWith(`#${root.id}=`)) start();
};

export default playgroundDirective;
