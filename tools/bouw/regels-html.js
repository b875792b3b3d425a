// @ts-check
/*
 * docs/regels.md as a help page (help/regels.html, built by webpack.config.js beside the
 * function help): the pane links every finding to its rule there.
 */
"use strict";

/**
 * A heading's text as an id: lower case, letters and digits joined by dashes.
 * @param {string} tekst
 */
function slug(tekst) {
  return tekst
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/<[^>]*>/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * docs/regels.md as a help page beside the function help (same stylesheet). Every heading gets
 * an id, and the first table cell naming a rule code gets the code as id, so the pane can link
 * a finding to its rule (help/regels.html#prijs-segment). Links into the source tree are kept
 * as text: the help pages ship without the source.
 * @param {string} markdown
 * @returns {string}
 */
function regelsHtml(markdown) {
  const { marked } = require("marked");
  const gezien = new Set();
  const body = /** @type {string} */ (marked.parse(markdown, { async: false }))
    .replace(
      /<h([1-3])>(.*?)<\/h\1>/g,
      (_, /** @type {string} */ n, /** @type {string} */ tekst) =>
        `<h${n} id="${slug(tekst)}">${tekst}</h${n}>`
    )
    .replace(/<td><code>([a-z0-9-]+)<\/code><\/td>/g, (cel, /** @type {string} */ code) => {
      if (gezien.has(code)) return cel;
      gezien.add(code);
      return `<td id="${code}"><code>${code}</code></td>`;
    })
    .replace(/<a href="\.\.\/[^"]*">(.*?)<\/a>/g, "$1");
  return [
    "<!doctype html>",
    '<html lang="nl">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Regels – Woondeal-toets</title>",
    '<link rel="stylesheet" href="stijl.css">',
    "</head>",
    "<body>",
    '<nav><a href="index.html">Woondeal-toets: functies</a></nav>',
    "<main>",
    body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

module.exports = { regelsHtml, slug };
