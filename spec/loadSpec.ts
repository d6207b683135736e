import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMeta } from './metaValidators.js';
import { checkSchemas } from './checkSchemas.js';
import { checkSources } from './checkSources.js';
import { deriveRules } from './deriveRules.js';
import { readJson } from './readJson.js';
import { SpecError } from './SpecError.js';
import type { OperationSpec, Product, ProductInfo, Rule, RuleSpec, SourceDocument, Spec } from './types.js';

/** The folder holding this project's spec data. */
export const SPEC_ROOT = dirname(fileURLToPath(import.meta.url));

const label = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
};
const jsonFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
};

/**
 * Loads and checks the whole spec under `root`: products, sources, one file per operation, the
 * cross-operation rule files. Every file is validated against its meta-schema; any problem is a
 * SpecError whose message is one line naming the file, the JSON pointer and what is wrong.
 */
export function loadSpec(root: string = SPEC_ROOT): Spec {
  const productsFile = join(root, 'products.json');
  const productsDoc = readJson(productsFile, label(productsFile));
  checkMeta('products', label(productsFile), productsDoc);
  const products = (productsDoc as { products: Record<Product, ProductInfo> }).products;

  const sourcesFile = join(root, 'sources.json');
  const sourcesDoc = readJson(sourcesFile, label(sourcesFile));
  checkMeta('sources', label(sourcesFile), sourcesDoc);
  const sources = (sourcesDoc as { documents: SourceDocument[] }).documents;
  const known = new Set<string>();
  sources.forEach((d, i) => {
    if (known.has(d.id)) throw new SpecError(label(sourcesFile), `/documents/${i}/id`, `duplicate document id '${d.id}'`);
    known.add(d.id);
  });

  const operations: OperationSpec[] = [];
  const rules: Rule[] = [];
  const where = new Map<string, { file: string; pointer: string }>();
  const addRule = (rule: Rule, file: string, pointer: string) => {
    const first = where.get(rule.id);
    if (first) throw new SpecError(file, rule.origin === 'hand' ? `${pointer}/id` : pointer, `duplicate rule id '${rule.id}' (first defined in ${first.file}#${first.pointer})`);
    where.set(rule.id, { file, pointer });
    rules.push(rule);
  };

  for (const product of ['swas', 'ecs'] as const) {
    for (const path of jsonFiles(join(root, 'operations', product))) {
      const file = label(path);
      const doc = readJson(path, file);
      checkMeta('operation', file, doc);
      const spec = doc as OperationSpec;
      if (spec.product !== product) throw new SpecError(file, '/product', `is '${spec.product}' but the file lies under operations/${product}/`);
      if (`${spec.operation}.json` !== basename(path)) throw new SpecError(file, '/operation', `is '${spec.operation}' but the file is named ${basename(path)}`);
      checkSources(doc, file, known);
      checkSchemas(spec, file);
      const codes = new Set<string>();
      spec.errors.forEach((e, i) => {
        if (codes.has(e.code)) throw new SpecError(file, `/errors/${i}/code`, `error code '${e.code}' is listed twice`);
        codes.add(e.code);
      });
      operations.push(spec);
      deriveRules(spec, file).forEach(({ rule, pointer }) => addRule(rule, file, pointer));
    }
  }

  for (const path of jsonFiles(join(root, 'rules'))) {
    const file = label(path);
    const doc = readJson(path, file);
    checkMeta('rules', file, doc);
    checkSources(doc, file, known);
    (doc as { rules: RuleSpec[] }).rules.forEach((r, i) => {
      const [product, second] = r.id.split('.') as [Rule['product'], string | undefined];
      // An id naming an operation (`swas.ListDisks.state.…`) makes a rule of that operation, wherever it is written.
      const operation = /^[A-Z]/.test(second ?? '') ? `${product}.${second}` : undefined;
      addRule({ ...r, product, ...(operation && { operation }), operations: r.operations ?? (operation ? [operation] : []), reachability: r.reachability ?? 'emulator', origin: 'hand' }, file, `/rules/${i}`);
    });
  }

  checkReferences(operations, rules, where);
  return { products, operations, sources, rules };
}

function checkReferences(operations: OperationSpec[], rules: Rule[], where: Map<string, { file: string; pointer: string }>): void {
  const byName = new Map(operations.map((o) => [`${o.product}.${o.operation}`, o]));
  for (const rule of rules) {
    const { file, pointer } = where.get(rule.id) ?? { file: 'spec', pointer: '' };
    if (rule.operation && !byName.has(rule.operation)) throw new SpecError(file, `${pointer}/id`, `names unknown operation '${rule.operation}'`);
    if (rule.operation && !rule.operations.includes(rule.operation)) throw new SpecError(file, `${pointer}/operations`, `must list '${rule.operation}', the operation the id names`);
    for (const op of rule.operations) {
      if (!byName.has(op)) throw new SpecError(file, `${pointer}/operations`, `names unknown operation '${op}'`);
    }
    if (rule.operation && !byName.has(rule.operation)) throw new SpecError(file, `${pointer}/id`, `names unknown operation '${rule.operation}'`);
    if (rule.origin === 'hand' && rule.errorCode) {
      const documented = rule.operations.some((op) => byName.get(op)?.errors.some((e) => e.code === rule.errorCode));
      if (!documented) throw new SpecError(file, `${pointer}/errorCode`, `'${rule.errorCode}' is not a documented error of ${rule.operations.join(', ') || 'any listed operation'}`);
    }
  }
}
