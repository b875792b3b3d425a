#!/usr/bin/env node
/*
 * Development HTTPS certificates for https://localhost:3000.
 *
 * Office only loads add-ins over https. Microsoft's office-addin-dev-certs keeps its
 * files in ~/.office-addin-dev-certs/ (ca.crt, localhost.crt, localhost.key), but its
 * getHttpsServerOptions() also installs the CA with sudo / the OS trust store, which
 * fails on machines without sudo. This module therefore:
 *   1. uses the files in ~/.office-addin-dev-certs/ when they exist and are still valid;
 *   2. otherwise creates them with `openssl`: a small local CA plus a localhost
 *      certificate signed by it (trust ca.crt once in your browser / OS);
 *   3. otherwise returns null, and the caller falls back to plain http with a warning.
 *
 * CLI: `node scripts/certs.js` prints which certificate is used (creating one if needed).
 */
/* eslint-env node */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");
const { spawnSync } = require("child_process");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CA_CERT = path.join(CERT_DIR, "ca.crt");
const CERT = path.join(CERT_DIR, "localhost.crt");
const KEY = path.join(CERT_DIR, "localhost.key");
const VALID_DAYS = 365;

/** Reads the certificate files; returns null if missing, unreadable or (nearly) expired. */
function readExisting() {
  if (!fs.existsSync(CERT) || !fs.existsSync(KEY)) return null;
  try {
    const cert = fs.readFileSync(CERT);
    const key = fs.readFileSync(KEY);
    const x509 = new crypto.X509Certificate(cert);
    const validTo = new Date(x509.validTo);
    if (validTo.getTime() - Date.now() < 24 * 60 * 60 * 1000) return null;
    if (!x509.checkPrivateKey(crypto.createPrivateKey(key))) return null;
    if (!x509.checkHost("localhost")) return null;
    const ca = fs.existsSync(CA_CERT) ? fs.readFileSync(CA_CERT) : undefined;
    return { key, cert, ca, validTo, dir: CERT_DIR };
  } catch {
    return null;
  }
}

function openssl(args, cwd) {
  const result = spawnSync("openssl", args, { cwd, encoding: "utf8" });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr.trim()}`);
}

/** Creates a local CA and a localhost certificate signed by it in ~/.office-addin-dev-certs. */
function generateWithOpenssl() {
  fs.mkdirSync(CERT_DIR, { recursive: true, mode: 0o700 });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "woondeal-certs-"));
  try {
    fs.writeFileSync(
      path.join(work, "leaf.ext"),
      [
        "basicConstraints=critical,CA:FALSE",
        "keyUsage=critical,digitalSignature,keyEncipherment",
        "extendedKeyUsage=serverAuth",
        "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
        "",
      ].join("\n")
    );
    const days = String(VALID_DAYS);
    openssl(
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-sha256",
        "-days",
        days,
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
        "-subj",
        "/CN=Woondeal-toets Development CA (localhost only)",
        "-addext",
        "basicConstraints=critical,CA:TRUE,pathlen:0",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
      ],
      work
    );
    openssl(
      [
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-sha256",
        "-keyout",
        "localhost.key",
        "-out",
        "localhost.csr",
        "-subj",
        "/CN=localhost",
      ],
      work
    );
    openssl(
      [
        "x509",
        "-req",
        "-sha256",
        "-days",
        days,
        "-in",
        "localhost.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-extfile",
        "leaf.ext",
        "-out",
        "localhost.crt",
      ],
      work
    );
    // The CA key is deliberately not kept: nothing else can be signed with this CA.
    fs.copyFileSync(path.join(work, "ca.crt"), CA_CERT);
    fs.copyFileSync(path.join(work, "localhost.crt"), CERT);
    fs.copyFileSync(path.join(work, "localhost.key"), KEY);
    fs.chmodSync(KEY, 0o600);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Returns https options ({ key, cert, ca }) plus info for webpack-dev-server, or null
 * when no certificate can be found or made. Never throws, never asks for a password.
 * @param {{ generate?: boolean, log?: (msg: string) => void }} [options]
 */
function getHttpsOptions(options = {}) {
  const { generate = true, log = () => {} } = options;
  const existing = readExisting();
  if (existing) return { ...existing, created: false };
  if (!generate) return null;
  try {
    log(
      `Ontwikkelcertificaat aanmaken / creating a development certificate in ${CERT_DIR} (openssl) ...`
    );
    generateWithOpenssl();
  } catch (err) {
    log(`Kon geen certificaat maken / could not create a certificate: ${err.message}`);
    return null;
  }
  const made = readExisting();
  return made ? { ...made, created: true } : null;
}

module.exports = { getHttpsOptions, CERT_DIR, CA_CERT, CERT, KEY };

if (require.main === module) {
  const result = getHttpsOptions({ log: (m) => console.log(m) });
  if (!result) {
    console.error(
      "Geen certificaat beschikbaar / no certificate available (is openssl installed?)."
    );
    process.exit(1);
  }
  console.log(
    `Certificaat / certificate: ${CERT} (geldig tot / valid until ${result.validTo.toISOString()})`
  );
  console.log(`CA om te vertrouwen / CA to trust: ${CA_CERT}`);
}
