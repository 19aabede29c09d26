/**
 * Test support: writes an RQL AST in any of the spellings lib-rql accepts, chosen by a stream of numbers (so that
 * fast-check can generate and shrink the choice). Every spelling must parse back to the same AST; the property tests
 * of the protocol (parser) and of the emulator (evaluation) rely on that.
 *
 * Spellings: function form; `p=op=v` and `p=v` for comparisons; infix `a&b`, and-groups `(a,b)` and top-level `a,b`
 * for and; `(a|b)` and `(a;b)` for or; and redundant parentheses around any term.
 */
import type { RqlNode } from '../src/rql/ast';
import { toRql } from '../src/rql/serialize';

/** Picks one of `n` alternatives; the same choices give the same text. */
export type Chooser = (n: number) => number;

/** A chooser cycling through `choices` (non-negative integers); an empty list always picks the first alternative. */
export function chooser(choices: readonly number[]): Chooser {
  let k = 0;
  return (n) => (choices.length === 0 ? 0 : (choices[k++ % choices.length] as number) % n);
}

interface Written {
  readonly text: string;
  /** An unparenthesised `a&b` chain: as an element of another chain it needs parentheses to keep its nesting. */
  readonly chain: boolean;
}

/** The text of the value of a comparison node, exactly as the function form writes it. */
function valueText(node: RqlNode & { field: string }): string {
  return toRql(node).slice(node.op.length + node.field.length + 2, -1);
}

function write(node: RqlNode, choose: Chooser): Written {
  const out = bare(node, choose);
  // Up to two redundant pairs of parentheses around any term.
  const wraps = choose(4) === 0 ? 1 + choose(2) : 0;
  return wraps === 0 ? out : { text: '('.repeat(wraps) + out.text + ')'.repeat(wraps), chain: false };
}

/** A term inside another chain: parenthesised if it is itself a chain. */
function element(node: RqlNode, choose: Chooser): string {
  const out = write(node, choose);
  return out.chain ? `(${out.text})` : out.text;
}

function bare(node: RqlNode, choose: Chooser): Written {
  const fn = { text: node.op === 'not' || node.op === 'and' || node.op === 'or' ? '' : toRql(node), chain: false };
  switch (node.op) {
    case 'eq':
    case 'ne':
    case 'gt':
    case 'ge':
    case 'lt':
    case 'le': {
      const forms = node.op === 'eq' ? 3 : 2;
      const form = choose(forms);
      if (form === 1) return { text: `${node.field}=${node.op}=${valueText(node)}`, chain: false };
      if (form === 2) return { text: `${node.field}=${valueText(node)}`, chain: false };
      return fn;
    }
    case 'not':
      return { text: `not(${write(node.arg, choose).text})`, chain: false };
    case 'and': {
      if (node.args.length < 2)
        return { text: `and(${node.args.map((a) => write(a, choose).text).join(',')})`, chain: false };
      const form = choose(3);
      if (form === 1) return { text: node.args.map((a) => element(a, choose)).join('&'), chain: true };
      if (form === 2) return { text: `(${node.args.map((a) => write(a, choose).text).join(',')})`, chain: false };
      return { text: `and(${node.args.map((a) => write(a, choose).text).join(',')})`, chain: false };
    }
    case 'or': {
      if (node.args.length < 2)
        return { text: `or(${node.args.map((a) => write(a, choose).text).join(',')})`, chain: false };
      const form = choose(3);
      if (form === 0) return { text: `or(${node.args.map((a) => write(a, choose).text).join(',')})`, chain: false };
      const sep = form === 1 ? '|' : ';';
      return { text: `(${node.args.map((a) => write(a, choose).text).join(sep)})`, chain: false };
    }
    default:
      return fn;
  }
}

/**
 * One spelling of a filter as a whole query (or a whole `parseRql` input): like any term, plus the top-level
 * comma form `a,b` for an and of two or more terms.
 */
export function writeFilter(node: RqlNode, choose: Chooser): string {
  if (node.op === 'and' && node.args.length >= 2 && choose(4) === 0) {
    return node.args.map((a) => element(a, choose)).join(',');
  }
  return write(node, choose).text;
}

/** One spelling of a term that may stand beside others at the top level (a chain comes back parenthesised). */
export function writeTerm(node: RqlNode, choose: Chooser): string {
  return element(node, choose);
}
