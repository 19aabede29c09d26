import { describe, expect, it } from 'vitest';
import { href, matchRoute, type RouteDefinition } from './hash-router';

const route = (path: string): RouteDefinition => ({ path, title: path, render: () => null });
const routes = [route('/tokens'), route('/tokens/:id'), route('/tokens/new'), route('/tokens/:id/edit')];

describe('hash router', () => {
  it('prefers a static segment over a parameter', () => {
    expect(matchRoute(routes, '/tokens/new')?.route.path).toBe('/tokens/new');
    expect(matchRoute(routes, '/tokens/SU-123-456-789')).toMatchObject({
      route: { path: '/tokens/:id' },
      params: { id: 'SU-123-456-789' },
    });
  });

  it('matches whole paths only, ignoring empty segments', () => {
    expect(matchRoute(routes, '/tokens/SU-1/edit/')?.params).toEqual({ id: 'SU-1' });
    expect(matchRoute(routes, '/tokens/SU-1/audit')).toBeUndefined();
    expect(matchRoute(routes, '/')).toBeUndefined();
  });

  it('decodes parameters and encodes queries, leaving empty values out', () => {
    expect(matchRoute(routes, '/tokens/a%20b')?.params).toEqual({ id: 'a b' });
    expect(href('/tokens', { q: 'billing sync', status: '', offset: 0, extension: undefined })).toBe(
      '#/tokens?q=billing+sync&offset=0',
    );
  });
});
