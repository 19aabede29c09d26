/** A response's text and its body: the parsed JSON, `undefined` when empty, or the text itself when it is not JSON. */
export async function readBody(response: Response): Promise<{ text: string; body: any }> {
  const text = await response.text();
  try {
    return { text, body: text === '' ? undefined : JSON.parse(text) };
  } catch {
    return { text, body: text };
  }
}
