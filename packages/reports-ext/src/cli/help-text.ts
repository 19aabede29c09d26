import { RENDERER_IDS } from '../descriptor/descriptor-types';

/** `connect-reports --help`. */
export const HELP_TEXT = `connect-reports: run token reports against a Connect-style account

Usage:
  connect-reports list [--json]             list the reports
  connect-reports info <id> [--json]        describe a report and its parameters
  connect-reports run <id> [options]        run a report into a file

Run options:
  --endpoint <url>        API endpoint, e.g. http://127.0.0.1:4010/public/v1 (default: $CONNECT_ENDPOINT)
  --api-key <key>         "ApiKey SU-…:…" (default: $CONNECT_API_KEY; prefer the variable: arguments show in ps)
  -p, --param <key=value> a parameter value; repeat for several. Checkbox: a,b,c or all. Date range: a preset
                          (last_30_days, this_month, …) or YYYY-MM-DD..YYYY-MM-DD
  --params <file.json>    parameter values as a JSON object (--param wins over it)
  -f, --format <format>   ${RENDERER_IDS.join(' | ')} (default: the report's default)
  -o, --out <dir>         directory to write into (default: .)
  --name <name>           file name without extension (default: <id>-<UTC timestamp>)
  --zip                   write a zip holding the report and summary.json
  --max-rows <n>          row cap of html and pdf output (default 1000)
  -q, --quiet             no progress output

Exit codes: 0 done, 1 the platform refused or failed, 2 bad command line or parameter.
`;
