// A bare node:http server that answers every request with the same JSON body (the baseline of the emulator's
// throughput). Args: --body-file PATH
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { workerArgs } from '../harness.mjs';

const args = workerArgs();
const body = readFileSync(args['body-file']);
process.on('SIGINT', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
const server = createServer((_request, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'x-request-id': 'req_bare' });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => process.send({ ready: true, url: `http://127.0.0.1:${server.address().port}` }));
