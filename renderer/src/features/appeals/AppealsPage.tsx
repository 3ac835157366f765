// Placeholder while the page is being built.
export function AppealsPage() {
  return null;
}
