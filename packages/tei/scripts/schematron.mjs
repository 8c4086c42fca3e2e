#!/usr/bin/env node
// Runs TEI's own Schematron rules (tei_all.isosch, extracted from tei_all.rng) over TEI files, in
// Node (node-schematron: XPath 3.1 via fontoxpath). Usage: node schematron.mjs <rules.isosch> <file.xml>...
// Prints file: message for every failed assert or successful report; exits 1 if any is an error
// (a rule whose role is not "warning", "info" or "information").
import { readFileSync } from 'node:fs';
import { Schema } from 'node-schematron';

const [rulesFile, ...files] = process.argv.slice(2);
if (!rulesFile || files.length === 0) {
  console.error('usage: schematron.mjs <rules.isosch> <file.xml>...');
  process.exit(2);
}
/**
 * node-schematron slows down more than linearly with document size (a 200-article teiCorpus did
 * not finish in 15 minutes), so a teiCorpus is checked as its corpus header plus its first member;
 * every member is also written, and checked, as its own file.
 */
function forSchematron(xml, file) {
  if (!/<teiCorpus[\s>]/.test(xml.slice(0, 500))) return xml;
  const end = xml.indexOf('</TEI>');
  if (end < 0) return xml;
  console.log(`${file}: note: Schematron checks the corpus header and the first member only`);
  return `${xml.slice(0, end + '</TEI>'.length)}\n</teiCorpus>\n`;
}

const schema = Schema.fromString(readFileSync(rulesFile, 'utf8'));
let errors = 0;
let warnings = 0;
for (const file of files) {
  let results;
  try {
    results = schema.validateString(forSchematron(readFileSync(file, 'utf8'), file));
  } catch (e) {
    console.error(`${file}: error: Schematron could not run: ${e instanceof Error ? e.message : e}`);
    errors++;
    continue;
  }
  for (const r of results) {
    const role = (r.role ?? r.assertion?.role ?? '').toLowerCase();
    const isError = !['warning', 'warn', 'info', 'information', 'nonfatal'].includes(role);
    if (isError) errors++;
    else warnings++;
    console.log(`${file}: ${isError ? 'error' : role}: ${String(r.message).replace(/\s+/g, ' ').trim()}`);
  }
}
console.log(`schematron: ${files.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors > 0 ? 1 : 0);
