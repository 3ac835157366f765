// Placeholder while the page is being built.
export function ProcedureSettingsPage() {
  return null;
}
