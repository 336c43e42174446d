/** True for calls that change what the server serves: registering a version, configuring or deleting an endpoint. */
export function isManagementCall(method: string, pathname: string): boolean {
  const m = method.toUpperCase();
  if (m === 'POST') return pathname === '/api/models';
  return (m === 'PUT' || m === 'DELETE') && pathname.startsWith('/api/');
}
