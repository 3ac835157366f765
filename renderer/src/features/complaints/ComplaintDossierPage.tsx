// Placeholder while the page is being built.
export function ComplaintDossierPage() {
  return null;
}
