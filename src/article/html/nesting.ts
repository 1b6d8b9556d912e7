/**
 * Elements that never hold others, so never deepen the tree (the HTML standard's void elements).
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'frame']);

/** Real pages nest 20 to 60 deep; htmlparser2's tag stack costs its depth at every tag. */
export const MAX_NESTING = 1000;

const TAG_NAME = /^<(?<close>\/?)(?<name>[A-Za-z][A-Za-z0-9:-]*)/;

/**
 * Drops the tags that would nest deeper than `max`, keeping their text, so that parsing stays linear:
 * htmlparser2 (under linkedom and cheerio) keeps its open elements in an array it shifts at every
 * tag, and domutils' search does the same, so 100,000 nested tags cost 10^10 steps. Depth is
 * counted as a simple parser would (opens minus closes, void elements aside); a close tag pairs
 * with the deepest dropped open tag first. Paragraph tags are kept at any depth, since a <p> never
 * nests in another and the paragraph reader needs them. A page that never goes that deep comes
 * back unchanged.
 */
export function capNesting(html: string, max = MAX_NESTING): string {
  const out: string[] = [];
  let depth = 0;
  let dropped = 0;
  let last = 0;
  let gt = -1;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt < 0) break; // no tag closes after this: the rest is text
    const m = TAG_NAME.exec(html.slice(lt, Math.min(gt, lt + 64)));
    if (!m) continue;
    const name = m.groups!.name!.toLowerCase();
    const closing = m.groups!.close === '/';
    if (name === 'p' || (!closing && (VOID.has(name) || html.charCodeAt(gt - 1) === 47))) continue;
    let keep = true;
    if (closing) {
      if (dropped > 0) {
        dropped--;
        keep = false;
      } else if (depth > 0) depth--;
    } else if (depth < max) depth++;
    else {
      dropped++;
      keep = false;
    }
    if (!keep) {
      out.push(html.slice(last, lt));
      last = gt + 1;
    }
  }
  if (last === 0) return html;
  out.push(html.slice(last));
  return out.join('');
}
