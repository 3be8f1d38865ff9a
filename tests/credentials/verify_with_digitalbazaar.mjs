// Verifies a Tendik credential with Digital Bazaar's independent implementation (the npm
// packages pinned in frontend/package.json): `node verify_with_digitalbazaar.cjs INPUT.json`,
// where INPUT holds {credential, did, statusList}. Prints {"verified": …} as JSON. Its document
// loader serves the contexts Tendik ships (credentials/contexts/) and the DID document given,
// and refuses every other URL: nothing is fetched.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import zlib from "node:zlib";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const modules = path.join(root, "frontend", "node_modules");
const need = (name) => import(pathToFileURL(path.join(modules, name, "lib", "index.js")).href);

const vc = await need("@digitalbazaar/vc");
const { DataIntegrityProof } = await need("@digitalbazaar/data-integrity");
const { cryptosuite } = await need("@digitalbazaar/eddsa-rdfc-2022-cryptosuite");

async function main() {
  const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const contexts = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-v3p0-context-3.0.3.json",
  };
  const did = input.did;
  const documentLoader = async (url) => {
    if (contexts[url]) {
      const file = path.join(root, "credentials", "contexts", contexts[url]);
      return { contextUrl: null, documentUrl: url, document: JSON.parse(fs.readFileSync(file)) };
    }
    if (url === did.id) {
      return { contextUrl: null, documentUrl: url, document: did };
    }
    const method = did.verificationMethod.find((m) => m.id === url);
    if (method) {
      const document = { "@context": "https://w3id.org/security/multikey/v1", ...method };
      return { contextUrl: null, documentUrl: url, document };
    }
    throw new Error(`the test's document loader does not serve ${url}`);
  };
  const checkStatus = async ({ credential }) => {
    const entry = credential.credentialStatus;
    const list = input.statusList;
    if (!list || list.id !== entry.statusListCredential) {
      return { verified: false, error: new Error("no status list for this credential") };
    }
    const bits = zlib.gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), "base64url"));
    const index = Number(entry.statusListIndex);
    const revoked = (bits[Math.floor(index / 8)] >> (7 - (index % 8))) & 1;
    return { verified: revoked === 0 };
  };
  const suite = new DataIntegrityProof({ cryptosuite });
  const result = await vc.verifyCredential({
    credential: input.credential, suite, documentLoader, checkStatus,
  });
  const errors = [];
  const walk = (e) => { if (e) { errors.push(String(e.message || e)); (e.errors || []).forEach(walk); } };
  walk(result.error);
  (result.results || []).forEach((r) => walk(r.error));
  process.stdout.write(JSON.stringify({ verified: result.verified, errors, status: result.statusResult }));
}
main().catch((error) => {
  process.stdout.write(JSON.stringify({ verified: false, errors: [String(error.stack || error)] }));
});
