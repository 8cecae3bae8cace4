// Checks Kubernetes resources against their API schemas, with the models kubernetes-models publishes
// on npm: kubernetes-models (the Kubernetes API's own OpenAPI schema), @kubernetes-models/cloudnative-pg
// (generated from CloudNativePG's Go API) and @kubernetes-models/prometheus-operator (from the
// Prometheus Operator's Go API). Each model's validator checks types, enumerations, patterns and
// required fields; a field the schema does not declare, which the API server's strict field
// validation refuses, the validators let pass, so the fields each one reads are recorded and every
// other field is reported.
//
//   node resource-schemas.mjs RESOURCES.json
// RESOURCES.json holds an array of resources; prints a JSON array, one entry per resource:
// {"resource": "Kind/name", "problems": ["..."]}, and exits 0 (the caller judges the problems). A
// kind no model knows is a problem ("no schema for ...").
import { readFileSync } from 'node:fs';

// The operators' API groups and the packages of their models; the Kubernetes API's own groups
// (core "v1", apps, policy, autoscaling, *.k8s.io) are in kubernetes-models.
const OPERATORS = {
  'postgresql.cnpg.io': '@kubernetes-models/cloudnative-pg',
  'monitoring.coreos.com': '@kubernetes-models/prometheus-operator',
};

async function model(apiVersion, kind) {
  if (typeof apiVersion !== 'string' || !/^[A-Za-z0-9]+$/.test(kind ?? '')) {
    return null;
  }
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const pkg = OPERATORS[group] ?? (!group.includes('.') || group.endsWith('.k8s.io') ? 'kubernetes-models' : null);
  if (!pkg) {
    return null;
  }
  try {
    const module = await import(`${pkg}/${apiVersion}/${kind}`);
    return module[kind] ?? null;
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
      return null;
    }
    throw e;
  }
}

// The value as the validator sees it, every own field it reads recorded by its path.
function watched(value, path, read) {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  return new Proxy(value, {
    get(target, key, receiver) {
      const got = Reflect.get(target, key, receiver);
      if (typeof key === 'string' && Object.hasOwn(target, key)) {
        read.add(`${path}/${key}`);
        return watched(got, `${path}/${key}`, read);
      }
      return got;
    },
  });
}

// The path of every field in the value, parents before their children.
function fields(value, path, out) {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      out.push(`${path}/${key}`);
      fields(child, `${path}/${key}`, out);
    }
  }
  return out;
}

async function check(resource) {
  const kind = resource?.kind;
  const name = resource?.metadata?.name;
  const entry = { resource: `${kind}/${name}`, problems: [] };
  const Model = await model(resource?.apiVersion, kind);
  if (!Model) {
    entry.problems.push(`no schema for ${resource?.apiVersion} ${kind}`);
    return entry;
  }
  const read = new Set();
  try {
    new Model(resource).validate.call(watched(resource, '', read));
  } catch (e) {
    entry.problems.push(...String(e.message).split('\n').map((l) => l.trim()).filter((l) => l.length > 0));
    // A validator stops reading where it fails: unknown fields are told once the rest is valid.
    return entry;
  }
  const unknown = fields(resource, '', []).filter((p) => !read.has(p));
  for (const path of unknown) {
    if (!unknown.some((u) => path.startsWith(`${u}/`))) {
      entry.problems.push(`${path}: a field the schema does not declare`);
    }
  }
  return entry;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node resource-schemas.mjs RESOURCES.json');
  process.exit(2);
}
const resources = JSON.parse(readFileSync(file, 'utf8'));
const results = [];
for (const resource of resources) {
  results.push(await check(resource));
}
console.log(JSON.stringify(results));
