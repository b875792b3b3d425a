// @ts-check
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
 * Used by webpack.config.js (the dev server), scripts/start.js and scripts/test-excel.js.
 */
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

/**
 * @param {string[]} args
 * @param {string} cwd
 */
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
    log(
      `Kon geen certificaat maken / could not create a certificate: ${err instanceof Error ? err.message : err}`
    );
    return null;
  }
  const made = readExisting();
  return made ? { ...made, created: true } : null;
}

/**
 * The certificate `npm start` and `npm run test:excel` serve with. On Windows and macOS it
 * is first made trusted with Microsoft's office-addin-dev-certs (`installeer` runs
 * `office-addin-dev-certs install`, which asks for permission and exits 0 even when it fails,
 * so it is verified again); then getHttpsOptions reads (or makes) the files.
 * @param {{ log?: (msg: string) => void, installeer: () => unknown }} opties
 */
function vertrouwdCertificaat({ log = () => {}, installeer }) {
  if (process.platform === "win32" || process.platform === "darwin") {
    const vertrouwd = () => {
      try {
        return Boolean(require("office-addin-dev-certs").verifyCertificates());
      } catch {
        return false;
      }
    };
    if (!vertrouwd()) {
      log(
        "Ontwikkelcertificaat voor https://localhost installeren (Windows/macOS vraagt om toestemming) ...\n" +
          "Installing the localhost development certificate (Windows/macOS will ask for permission) ..."
      );
      installeer();
      if (!vertrouwd())
        log(
          "LET OP: het certificaat is niet als vertrouwd geïnstalleerd; Excel kan de pagina dan weigeren (npx office-addin-dev-certs install).\n" +
            "NOTE: the certificate is not trusted; Excel may refuse to load the page. Try `npx office-addin-dev-certs install` yourself."
        );
    }
  }
  return getHttpsOptions({ log });
}

module.exports = { getHttpsOptions, vertrouwdCertificaat, CERT_DIR, CA_CERT, CERT, KEY };
