#!/usr/bin/env node
// Part of `npm run build`: a build of compromise that starts in a third of the time. compromise
// expands its packed lexicon (every verb's and noun's forms) each time it is loaded, about 0.3 s of
// a one-article run. Here that is done once: the stock build's finished model (plain data) is kept
// in dist/compromise-model.json, and compromise's own source is bundled into dist/compromise.cjs with
// the one module that computes the lexicon replaced by an empty model, so src/document/nlp.ts loads
// the code and puts the kept model in place. docs/grammar.md gives the measurements.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
// how the network is written and read back, the one reader's own code (compiled by tsc before this runs)
const { keepNet, keptValue, restoreNet } = await import(pathToFileURL(path.join(dist, 'document/kept-net.js')).href);
const require = createRequire(path.join(root, 'package.json'));
const packageDir = path.resolve(path.dirname(require.resolve('compromise')), '../..');
const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));

// The module of compromise's source that unpacks and expands the lexicon when it is evaluated.
const MODEL_MODULE = path.join(packageDir, 'src/2-two/preTagger/model/index.js');
// The module that adds a plugin's tags, recomputing the whole tag set for each plugin while the build
// loads (about 8 ms): the kept model's tag set replaces what that computes, so it is left out.
const EXTEND_MODULE = path.join(packageDir, 'src/API/extend.js');
const ADD_TAGS = 'nlp.addTags(plugin.tags)';
// The same shape with only its regular expressions, which JSON cannot keep: the kept model fills in the rest after load.
const REGEX_PARTS = { endsWith: './patterns/endsWith.js', regexNormal: './regex/regex-normal.js', regexText: './regex/regex-text.js', regexNumbers: './regex/regex-numbers.js' };
const EMPTY_MODEL = `${Object.entries(REGEX_PARTS).map(([name, file]) => `import ${name} from '${file}'`).join('\n')}
export default {
  one: { _multiCache: {}, lexicon: {}, frozenLex: {} },
  two: { irregularPlurals: {}, models: {}, suffixPatterns: [], prefixPatterns: [], neighbours: {}, switches: {}, clues: {},
    uncountable: {}, orgWords: {}, placeWords: {}, ${Object.keys(REGEX_PARTS).join(', ')} },
};`;

if (!fs.existsSync(MODEL_MODULE)) {
  // another compromise lays out its source differently: nlp.ts then loads the stock build
  console.log(`build-compromise: ${MODEL_MODULE} not found; compromise ${version} will load its own build`);
  for (const f of ['compromise.cjs', 'compromise-model.json']) fs.rmSync(path.join(dist, f), { force: true });
  process.exit(0);
}

let replaced = 0;
let tagsLeftOut = false;
await build({
  entryPoints: [path.join(packageDir, 'src/three.js')],
  outfile: path.join(dist, 'compromise.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // the build id pairs the file with the code cache scripts/bundle.mjs makes for it (src/code-cache.ts)
  banner: { js: `// compromise ${version} build ${crypto.randomBytes(8).toString('hex')}, its lexicon model kept in compromise-model.json (scripts/build-compromise.mjs)` },
  logLevel: 'warning',
  plugins: [{
    name: 'kept-model',
    setup(b) {
      b.onLoad({ filter: /preTagger[/\\]model[/\\]index\.js$/ }, (args) => {
        if (path.resolve(args.path) !== MODEL_MODULE) return undefined;
        replaced++;
        return { contents: EMPTY_MODEL, loader: 'js', resolveDir: path.dirname(MODEL_MODULE) };
      });
      b.onLoad({ filter: /API[/\\]extend\.js$/ }, (args) => {
        const source = fs.readFileSync(args.path, 'utf8');
        // where compromise's source differs, the tags are added as before: slower, the same tag set
        if (path.resolve(args.path) !== EXTEND_MODULE || source.split(ADD_TAGS).length !== 2) return undefined;
        tagsLeftOut = true;
        return { contents: source.replace(ADD_TAGS, '/* the tag set is the kept model\'s */'), loader: 'js', resolveDir: path.dirname(EXTEND_MODULE) };
      });
    },
  }],
});
if (replaced !== 1) throw new Error(`build-compromise: replaced ${replaced} model modules, expected 1`);

// JSON, which parses in half the time of a V8 serialisation of the same data. The post-tagger's match
// network, which compromise builds at its first parse by parsing its 570 patterns, is kept built too
// (its patterns parsed, each hook by pattern number): stringified after the model, as building it
// writes the parsed patterns into the model's own.
const stock = require('compromise');
const world = stock.world();
const model = JSON.stringify(stock.model(), (key, value) => (value === world.model.two ? withoutKeys(value, [...Object.keys(REGEX_PARTS), 'matches']) : value));
const net = keptNet(world);
// written in ASCII (\u escapes for the few hundred other characters): read and parsed as one-byte
// strings, a quarter faster than the same JSON with them, and the same values
const ascii = (json) => json.replace(/(?<char>[\u0080-\uffff])/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
fs.writeFileSync(path.join(dist, 'compromise-model.json'), ascii(`{"version":${JSON.stringify(version)},"model":${model},"net":${net}}`));
console.log(`build-compromise: dist/compromise.cjs and its model for compromise ${version}${tagsLeftOut ? '' : ' (its tags added at load: extend.js differs)'}`);

function withoutKeys(object, keys) {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

/** The post-tagger's network as JSON, checked to come back from it (src/document/kept-net.ts) exactly as built. */
function keptNet(world) {
  const matches = world.model.two.matches;
  const built = world.methods.one.buildNet(matches, world);
  const kept = JSON.stringify(keepNet(matches, built), keptValue);
  const back = restoreNet(JSON.parse(kept));
  const number = new Map(back.matches.map((match, i) => [match, i]));
  const numbers = (list) => list.map((match) => matches.indexOf(match)).join();
  const backNumbers = (list) => list.map((match) => number.get(match)).join();
  const hooksSame = Object.keys(built.hooks).join('\n') === Object.keys(back.net.hooks).join('\n') && Object.keys(built.hooks).every((key) => numbers(built.hooks[key]) === backNumbers(back.net.hooks[key]));
  if (!isDeepStrictEqual(back.matches, matches) || !hooksSame || numbers(built.always) !== backNumbers(back.net.always)) throw new Error('build-compromise: the kept match network does not come back as built');
  return kept;
}
