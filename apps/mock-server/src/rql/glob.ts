/**
 * `like`/`ilike` glob matching without regular expressions, so that a hostile pattern (`*a*a*a*a*b`) cannot cause
 * catastrophic backtracking: matching is a single left-to-right pass of `indexOf` calls, O(pattern × text) at worst.
 */

/**
 * Compiles a glob: `*` matches any run of characters (including none), `\*` a literal star, `\\` a literal
 * backslash; every other character, including a `\` before anything else, matches itself. With `ignoreCase` both
 * sides are lower-cased (Unicode-aware `toLowerCase`, locale-independent); `inputFolded` says the text already is.
 */
export function compileGlob(pattern: string, ignoreCase: boolean, inputFolded = false): (text: string) => boolean {
  const fold = ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  // With `inputFolded`, callers pass text that is already lower-cased (a memo of the record's field).
  const foldInput = inputFolded ? (s: string) => s : fold;
  // The literal pieces between wildcards: `a*b*c` → ['a', 'b', 'c'], `*x*` → ['', 'x', ''].
  const pieces: string[] = [];
  let piece = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    const next = pattern[i + 1];
    if (c === '\\' && (next === '*' || next === '\\')) {
      piece += next;
      i++;
    } else if (c === '*') {
      pieces.push(fold(piece));
      piece = '';
    } else {
      piece += c;
    }
  }
  pieces.push(fold(piece));

  const first = pieces[0] as string;
  if (pieces.length === 1) return (text) => foldInput(text) === first;
  const last = pieces[pieces.length - 1] as string;
  const middle = pieces.slice(1, -1);
  return (input) => {
    const text = foldInput(input);
    if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
    // Taking the leftmost occurrence of each middle piece leaves the most room for the rest, so greedy is exact.
    let from = first.length;
    const limit = text.length - last.length;
    for (const part of middle) {
      const at = text.indexOf(part, from);
      if (at < 0 || at + part.length > limit) return false;
      from = at + part.length;
    }
    return true;
  };
}
