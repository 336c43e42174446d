/** Preformatted text in a named, scrollable region that keyboard users can focus and scroll (WCAG 2.1.1). */
export function CodeBlock({ label, children, className = '' }: { label: string; children: string; className?: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className={`code-block ${className}`} aria-label={label} tabIndex={0}>
      <pre>{children}</pre>
    </section>
  );
}
