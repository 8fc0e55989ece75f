/** Addresses of the project pages; features link to each other through these, never through the shell. */
export const projectPath = (projectId: string, section: string, params?: Record<string, string>): string => {
  const qs = params ? new URLSearchParams(params).toString() : '';
  return `/projects/${encodeURIComponent(projectId)}/${section}${qs ? `?${qs}` : ''}`;
};
