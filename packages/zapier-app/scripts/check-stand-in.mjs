#!/usr/bin/env node
// A stand-in for zapier.com's `/check` on loopback, so `zapier-platform build` runs offline: `build` posts the app
// definition there (Zapier's remote style checks) before zipping, and fails when it cannot reach it. It answers
// "no findings" to POST /check and 404 to anything else; it checks nothing, so it proves the build, not the style.
//
//   node scripts/check-stand-in.mjs [--port 4799]      then   ZAPIER_ENDPOINT=http://127.0.0.1:4799 zapier-platform build
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const NO_FINDINGS = { total_failures: 0, results: [] };

/**
 * Starts the stand-in on 127.0.0.1 (`port` 0: any free port). `requests` records what the CLI sent, parsed.
 * @param {{ port?: number }} [options]
 */
export async function startCheckStandIn({ port = 0 } = {}) {
  const requests = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '';
      let body = {};
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        body = { unparsed: text.length };
      }
      requests.push({ method: request.method ?? '', path, body });
      const found = request.method === 'POST' && path === '/check';
      response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          found
            ? { errors: NO_FINDINGS, warnings: NO_FINDINGS, suggestions: NO_FINDINGS, passes: NO_FINDINGS }
            : { errors: [`the /check stand-in answers only POST /check, not ${request.method} ${path}`] },
        ),
      );
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4799' } } });
  const standIn = await startCheckStandIn({ port: Number(values.port) });
  console.log(`ZAPIER_ENDPOINT=${standIn.url}   (zapier.com /check stand-in; Ctrl-C or kill to stop)`);
  const stop = () => standIn.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
