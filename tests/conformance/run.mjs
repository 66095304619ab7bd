#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Conformance driver: starts a fresh kaltura-sandbox and drives it with the OFFICIAL Kaltura Node
// client (npm `kaltura-client`, version pinned in package-lock.json). Every check goes through the
// client's own API (Client, Configuration, services.*, objects.*, MultiRequestBuilder), so what
// passes here is what a real Kaltura client accepts. See README.md.
//
// usage: node run.mjs [SANDBOX_BINARY] [--steps a,b,c|all] [--step-timeout S] [--ready-timeout S]
//                     [--deadline S] [--seed N] [--keep-data] [--verbose]
//   SANDBOX_BINARY defaults to $KALTURA_SANDBOX.
// Output: node:test TAP on stdout, then one PASS/FAIL/SKIP line per step, then the closing line
// `N passed, N failed[, N skipped]`. Exit status: 0 all selected steps passed, 1 a failure, 2 usage.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';

const STEPS = ['session', 'appToken', 'system', 'list', 'getUpdate', 'upload', 'assets',
    'multirequest', 'error'];
const HASH_TYPES = { MD5: 'md5', SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512' };
const MiB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Command line

function usage(message) {
    if (message)
        process.stderr.write(`run.mjs: ${message}\n`);
    process.stderr.write(
        'usage: node run.mjs [SANDBOX_BINARY] [--steps a,b,c|all] [--step-timeout S]\n'
        + '                   [--ready-timeout S] [--deadline S] [--seed N] [--keep-data] [--verbose]\n'
        + `steps: ${STEPS.join(',')}\n`
        + 'SANDBOX_BINARY defaults to $KALTURA_SANDBOX.\n');
    process.exit(2);
}

function parseArgs(argv) {
    const opts = {
        binary: process.env.KALTURA_SANDBOX || '',
        steps: STEPS.slice(),
        stepTimeoutS: 60,
        readyTimeoutS: 60,
        deadlineS: 240, // stays below the ctest TIMEOUT (300 s) so that we always clean up
        seed: 50,
        keepData: false,
        verbose: false,
    };
    const numberOption = (name, value) => {
        const n = Number(value);
        if (value === undefined || value === '' || !Number.isFinite(n) || n <= 0)
            usage(`${name} needs a positive number`);
        return n;
    };
    for (let i = 0; i < argv.length; ++i) {
        let arg = argv[i];
        let value;
        const eq = arg.indexOf('=');
        if (arg.startsWith('--') && eq > 0) {
            value = arg.slice(eq + 1);
            arg = arg.slice(0, eq);
        }
        const next = () => (value !== undefined ? value : argv[++i]);
        switch (arg) {
        case '--steps': {
            // An empty value (e.g. an empty CMake variable) means all steps.
            const v = value !== undefined ? value
                : (i + 1 < argv.length && !argv[i + 1].startsWith('--') ? argv[++i] : '');
            opts.steps = parseSteps(v);
            break;
        }
        case '--step-timeout': opts.stepTimeoutS = numberOption(arg, next()); break;
        case '--ready-timeout': opts.readyTimeoutS = numberOption(arg, next()); break;
        case '--deadline': opts.deadlineS = numberOption(arg, next()); break;
        case '--seed': opts.seed = Math.trunc(numberOption(arg, next())); break;
        case '--keep-data': opts.keepData = true; break;
        case '--verbose': case '-v': opts.verbose = true; break;
        case '--help': case '-h': usage(); break;
        default:
            if (arg.startsWith('-'))
                usage(`unknown option ${arg}`);
            opts.binary = arg;
        }
    }
    if (!opts.binary)
        usage('no sandbox binary (argument or $KALTURA_SANDBOX)');
    return opts;
}

function parseSteps(value) {
    const names = String(value).split(',').map((s) => s.trim()).filter(Boolean);
    if (names.length === 0 || (names.length === 1 && names[0] === 'all'))
        return STEPS.slice();
    for (const n of names) {
        if (!STEPS.includes(n))
            usage(`unknown step "${n}"`);
    }
    return STEPS.filter((s) => names.includes(s));
}

const opts = parseArgs(process.argv.slice(2));

// ---------------------------------------------------------------------------------------------
// Results and the closing line (printed at exit, after node:test's own report)

const results = new Map(); // step -> { status: 'passed'|'failed'|'skipped', message }
const notes = [];
let sandbox = null;
let dataDir = null;
let interrupted = false;

function record(step, status, message = '') {
    results.set(step, { status, message });
}

process.on('exit', () => {
    if (sandbox)
        sandbox.killNow();
    if (dataDir && !opts.keepData)
        fs.rmSync(dataDir, { recursive: true, force: true });
    else if (dataDir)
        notes.push(`sandbox data kept in ${dataDir}`);

    let passed = 0, failed = 0, skipped = 0;
    const lines = [];
    for (const [name, r] of results) {
        if (STEPS.includes(name))
            continue;
        ++failed; // extra checks ("startup", "sandbox") only ever record failures
        lines.push(`FAIL ${name}: ${oneLine(r.message)}`);
    }
    for (const step of STEPS) {
        let r = results.get(step);
        if (!r && opts.steps.includes(step))
            r = { status: 'failed', message: interrupted ? 'not run (interrupted)' : 'not run' };
        if (!r)
            continue;
        if (r.status === 'passed') ++passed;
        else if (r.status === 'skipped') ++skipped;
        else ++failed;
        const tag = r.status === 'passed' ? 'PASS' : r.status === 'skipped' ? 'SKIP' : 'FAIL';
        lines.push(`${tag} ${step}${r.message ? ': ' + oneLine(r.message) : ''}`);
    }
    if (failed === 0 && process.exitCode && !interrupted) {
        ++failed;
        lines.push('FAIL runner: node:test reported a failure outside the steps (see above)');
    }
    for (const n of notes)
        lines.push(`# ${n}`);
    lines.push(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    process.stdout.write('\n' + lines.join('\n') + '\n');
    process.exitCode = interrupted ? 130 : failed ? 1 : 0;
});

for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
        interrupted = true;
        notes.push(`interrupted by ${sig}`);
        process.exit(130);
    });
}

function oneLine(s) {
    const line = String(s).split('\n').find((l) => l.trim()) || String(s);
    return line.length > 300 ? line.slice(0, 300) + '…' : line;
}

// ---------------------------------------------------------------------------------------------
// The official client

const require = createRequire(import.meta.url);
let kaltura;
try {
    kaltura = require('kaltura-client');
} catch (e) {
    failEverything('startup',
        `cannot load kaltura-client (${e.code || e.message}); run tests/conformance/install.sh`);
}

// ---------------------------------------------------------------------------------------------
// The sandbox process

class Sandbox {
    constructor(binary, args, verbose) {
        this.binary = binary;
        this.args = args;
        this.verbose = verbose;
        this.tail = []; // last lines of stderr and of stdout after the ready line
        this.exited = null; // { code, signal } once it has exited
        this.expectedExit = false;
    }

    keep(prefix, line) {
        if (this.verbose)
            process.stderr.write(`[sandbox ${prefix}] ${line}\n`);
        this.tail.push(`${prefix}: ${line}`);
        if (this.tail.length > 60)
            this.tail.shift();
    }

    start(readyTimeoutMs) {
        return new Promise((resolve, reject) => {
            let settled = false;
            const settle = (fn, v) => {
                if (!settled) {
                    settled = true;
                    clearTimeout(timer);
                    fn(v);
                }
            };
            const timer = setTimeout(() => settle(reject,
                new Error(`no ready line within ${readyTimeoutMs / 1000} s`)), readyTimeoutMs);
            this.child = spawn(this.binary, this.args, { stdio: ['ignore', 'pipe', 'pipe'] });
            this.child.on('error', (e) => settle(reject, new Error(`cannot start ${this.binary}: ${e.message}`)));
            this.child.on('exit', (code, signal) => {
                this.exited = { code, signal };
                if (!this.expectedExit)
                    this.keep('exit', `exited unexpectedly (code ${code}, signal ${signal})`);
                settle(reject, new Error(`sandbox exited before its ready line (code ${code}, signal ${signal})`));
            });
            readline.createInterface({ input: this.child.stderr }).on('line', (l) => this.keep('stderr', l));
            let first = true;
            readline.createInterface({ input: this.child.stdout }).on('line', (line) => {
                if (!first) {
                    this.keep('stdout', line);
                    return;
                }
                first = false;
                let ready;
                try {
                    ready = JSON.parse(line);
                } catch (e) {
                    settle(reject, new Error(`first stdout line is not JSON: ${JSON.stringify(line.slice(0, 200))}`));
                    return;
                }
                settle(resolve, ready);
            });
        });
    }

    get running() {
        return this.child && !this.exited;
    }

    async stop(graceMs = 10000) {
        if (!this.running)
            return this.exited;
        this.expectedExit = true;
        const done = new Promise((res) => this.child.once('exit', (code, signal) => res({ code, signal })));
        this.child.kill('SIGTERM');
        const t = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
        const r = await done;
        clearTimeout(t);
        return r;
    }

    killNow() {
        if (this.running) {
            this.expectedExit = true;
            this.child.kill('SIGKILL');
        }
    }
}

function validateReady(r) {
    assert.ok(r && typeof r === 'object' && !Array.isArray(r), 'ready line is not a JSON object');
    for (const k of ['serviceUrl', 'adminSecret', 'appTokenId', 'appToken', 'appTokenHashType', 'userId'])
        assert.ok(typeof r[k] === 'string' && r[k].length > 0, `ready line: "${k}" must be a non-empty string`);
    assert.ok(Number.isInteger(r.partnerId), 'ready line: "partnerId" must be an integer');
    assert.ok(Object.hasOwn(HASH_TYPES, r.appTokenHashType),
        `ready line: appTokenHashType "${r.appTokenHashType}" is not one of ${Object.keys(HASH_TYPES)}`);
    const u = new URL(r.serviceUrl);
    assert.equal(u.protocol, 'http:', 'ready line: serviceUrl must be http://');
    assert.ok(['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname),
        `ready line: serviceUrl host ${u.hostname} is not loopback`);
}

function failEverything(check, message) {
    process.stderr.write(`conformance: ${check}: ${message}\n`);
    if (sandbox && sandbox.tail.length)
        process.stderr.write('--- sandbox output (last lines) ---\n' + sandbox.tail.join('\n') + '\n');
    record(check, 'failed', message);
    for (const s of STEPS)
        record(s, opts.steps.includes(s) ? 'failed' : 'skipped', opts.steps.includes(s) ? `not run (${check} failed)` : '');
    process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Helpers around the client

class ApiError extends Error {
    constructor(label, e) {
        super(`${label}: API error ${e.code}: ${e.message}`);
        this.code = e.code;
        this.apiMessage = e.message;
        this.api = e;
    }
}

/** What the client treats as an API error (KalturaClientBase.js: `json.code && json.message`). */
function isApiException(v) {
    return !!(v && typeof v === 'object' && v.code && v.message);
}

/** Runs one request builder (single or multi) through the client; API errors become ApiError. */
async function call(label, builder, client) {
    try {
        return await builder.execute(client);
    } catch (e) {
        if (isApiException(e) && !(e instanceof Error))
            throw new ApiError(label, e);
        const detail = e && e.response ? ` (HTTP ${e.response.status})` : '';
        throw new Error(`${label}: transport error: ${e && e.message ? e.message : String(e)}${detail}`);
    }
}

async function expectApiError(label, builder, client, code) {
    let result;
    try {
        result = await call(label, builder, client);
    } catch (e) {
        if (!(e instanceof ApiError))
            throw e;
        assert.equal(e.code, code, `${label}: expected API error ${code}, got ${e.code} (${e.apiMessage})`);
        assert.equal(e.api.objectType, 'KalturaAPIException', `${label}: error objectType`);
        return e.api;
    }
    assert.fail(`${label}: expected API error ${code}, the call succeeded with ${JSON.stringify(result).slice(0, 200)}`);
}

function assertObject(v, objectType, label) {
    assert.ok(v && typeof v === 'object' && !Array.isArray(v),
        `${label}: expected a ${objectType} object, got ${JSON.stringify(v)?.slice(0, 200)}`);
    assert.equal(v.objectType, objectType, `${label}: objectType`);
}

function assertList(v, objectType, itemType, label) {
    assertObject(v, objectType, label);
    assert.ok(Array.isArray(v.objects), `${label}: "objects" must be an array`);
    assert.equal(typeof v.totalCount, 'number', `${label}: "totalCount" must be a number`);
    for (const [i, o] of v.objects.entries())
        assertObject(o, itemType, `${label}: objects[${i}]`);
}

function sameTags(a, b) {
    const norm = (s) => String(s ?? '').split(',').map((t) => t.trim()).filter(Boolean).sort().join(',');
    return norm(a) === norm(b);
}

function sha256(buf) {
    return crypto.createHash('sha256').update(buf).digest('hex');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A valid 16x16 RGB PNG (gradient), built with node:zlib; no image library needed. */
function makePng(width = 16, height = 16) {
    const crcTable = Array.from({ length: 256 }, (_, n) => {
        let c = n;
        for (let k = 0; k < 8; ++k)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        return c >>> 0;
    });
    const crc32 = (buf) => {
        let c = 0xffffffff;
        for (const b of buf)
            c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
        return (c ^ 0xffffffff) >>> 0;
    };
    const chunk = (type, data) => {
        const len = Buffer.alloc(4);
        len.writeUInt32BE(data.length);
        const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
        const crc = Buffer.alloc(4);
        crc.writeUInt32BE(crc32(td));
        return Buffer.concat([len, td, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type RGB
    const raw = Buffer.alloc(height * (1 + width * 3));
    for (let y = 0; y < height; ++y) {
        const row = y * (1 + width * 3); // filter byte 0 (None)
        for (let x = 0; x < width; ++x) {
            raw[row + 1 + x * 3] = (x * 255) / (width - 1);
            raw[row + 2 + x * 3] = (y * 255) / (height - 1);
            raw[row + 3 + x * 3] = 0x80;
        }
    }
    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Context shared by the steps (later steps reuse what earlier ones produced, or make it)

let lastAnswer = null;

function describeLastAnswer(max = 300) {
    if (!lastAnswer)
        return '';
    let body = typeof lastAnswer.data === 'string' ? lastAnswer.data : JSON.stringify(lastAnswer.data);
    if (body && body.length > max)
        body = body.slice(0, max) + '…';
    return `${lastAnswer.url} -> HTTP ${lastAnswer.status ?? '-'} ${body}`;
}

class Context {
    constructor(ready, scratch, verbose) {
        this.ready = ready;
        this.scratch = scratch;
        this.verbose = verbose;
        // The client appends /api_v3/service/...; accept the seeds' ".../api_v3" form too.
        this.serviceUrl = ready.serviceUrl.replace(/\/+$/, '').replace(/\/api_v3$/, '');
        this.origin = new URL(this.serviceUrl).origin;
        this.partnerId = ready.partnerId;
        this.client = this.newClient();
        this.adminKs = null;
        this.listed = null; // entries from the list step
        this.uploadedEntryId = null;
    }

    newClient(ks = null) {
        const config = new kaltura.Configuration();
        config.serviceUrl = this.serviceUrl;
        config.timeout = 20000;
        // A logger that is an ILogger makes the client log every request (secrets included).
        if (this.verbose) {
            class StderrLogger extends kaltura.ILogger {
                log(m) { process.stderr.write(`[client] ${m}\n`); }
                error(m) { process.stderr.write(`[client] ${m}\n`); }
            }
            config.setLogger(new StderrLogger());
        } else {
            config.setLogger({ log() {}, error() {}, debug() {} });
        }
        const client = new kaltura.Client(config);
        // Diagnostics only (checks never look at it): remember the last HTTP answer, because the
        // client reports some bad answers only as an unhandled `Error("[object Object]")`.
        client.axios.interceptors.response.use((r) => {
            lastAnswer = { url: r.config?.url, status: r.status, data: r.data };
            if (this.verbose)
                process.stderr.write(`[answer] ${describeLastAnswer(2000)}\n`);
            return r;
        }, (e) => {
            lastAnswer = { url: e.config?.url, status: e.response?.status, data: e.response?.data ?? e.message };
            return Promise.reject(e);
        });
        if (ks)
            client.setKs(ks);
        return client;
    }

    /** An ADMIN KS on this.client; the session step checks it, other steps just need it. */
    async ensureAdminKs() {
        if (this.adminKs)
            return this.adminKs;
        const ks = await call('session.start (setup)', kaltura.services.session.start(
            this.ready.adminSecret, this.ready.userId, kaltura.enums.SessionType.ADMIN,
            this.partnerId, 86400), this.client);
        assert.ok(typeof ks === 'string' && ks.length > 0, 'session.start (setup) returned no KS');
        this.adminKs = ks;
        this.client.setKs(ks);
        return ks;
    }

    /** Some existing READY/NO_CONTENT entry from the seed. */
    async someEntry() {
        if (this.listed && this.listed.length)
            return this.listed[0];
        await this.ensureAdminKs();
        const res = await call('media.list (setup)', kaltura.services.media.listAction(
            new kaltura.objects.MediaEntryFilter({ statusIn: '2,7', orderBy: '-createdAt' }),
            new kaltura.objects.FilterPager({ pageSize: 10 })), this.client);
        assertList(res, 'KalturaMediaListResponse', 'KalturaMediaEntry', 'media.list (setup)');
        assert.ok(res.objects.length > 0, 'media.list (setup): no entries (is the sandbox seeded?)');
        this.listed = res.objects;
        return res.objects[0];
    }

    async controlGet(p) {
        const res = await fetch(this.origin + p);
        const text = await res.text();
        assert.equal(res.status, 200, `GET ${p}: HTTP ${res.status}: ${text.slice(0, 200)}`);
        try {
            return JSON.parse(text);
        } catch {
            assert.fail(`GET ${p}: not JSON: ${text.slice(0, 200)}`);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The steps

const S = () => kaltura.services;
const O = () => kaltura.objects;

const steps = {
    // session.start with the admin secret -> a KS string, used by the client from then on.
    async session(ctx) {
        const ks = await call('session.start', S().session.start(ctx.ready.adminSecret,
            ctx.ready.userId, kaltura.enums.SessionType.ADMIN, ctx.partnerId, 86400), ctx.client);
        assert.equal(typeof ks, 'string', `session.start: expected a KS string, got ${JSON.stringify(ks)}`);
        assert.ok(ks.length > 0, 'session.start: empty KS');
        ctx.adminKs = ks;
        ctx.client.setKs(ks);
        // The new KS must be accepted by a call that needs an ADMIN session.
        const res = await call('media.list with the new KS', S().media.listAction(null,
            new (O().FilterPager)({ pageSize: 1 })), ctx.client);
        assertObject(res, 'KalturaMediaListResponse', 'media.list with the new KS');
    },

    // startWidgetSession("_{pid}") -> widget KS; appToken.startSession(id, hash(widgetKs + token)).
    async appToken(ctx) {
        const anon = ctx.newClient();
        const widget = await call('session.startWidgetSession',
            S().session.startWidgetSession(`_${ctx.partnerId}`), anon);
        assertObject(widget, 'KalturaStartWidgetSessionResponse', 'session.startWidgetSession');
        assert.ok(typeof widget.ks === 'string' && widget.ks.length > 0, 'startWidgetSession: no ks');
        assert.equal(Number(widget.partnerId), ctx.partnerId, 'startWidgetSession: partnerId');
        assert.ok(widget.userId === 0 || widget.userId === '0',
            `startWidgetSession: userId should be 0, got ${JSON.stringify(widget.userId)}`);

        const widgetClient = ctx.newClient(widget.ks);
        const algo = HASH_TYPES[ctx.ready.appTokenHashType];
        const tokenHash = crypto.createHash(algo).update(widget.ks + ctx.ready.appToken).digest('hex');

        const bad = tokenHash.replace(/^./, (c) => (c === '0' ? '1' : '0'));
        await expectApiError('appToken.startSession (wrong hash)',
            S().appToken.startSession(ctx.ready.appTokenId, bad), widgetClient, 'INVALID_APP_TOKEN_HASH');

        const before = Math.floor(Date.now() / 1000);
        const info = await call('appToken.startSession',
            S().appToken.startSession(ctx.ready.appTokenId, tokenHash), widgetClient);
        assertObject(info, 'KalturaSessionInfo', 'appToken.startSession');
        assert.ok(typeof info.ks === 'string' && info.ks.length > 0, 'appToken.startSession: no ks');
        assert.equal(typeof info.expiry, 'number', 'appToken.startSession: expiry must be a number');
        assert.ok(info.expiry > before, `appToken.startSession: expiry ${info.expiry} is not in the future (absolute unix time expected)`);
        assert.equal(Number(info.partnerId), ctx.partnerId, 'appToken.startSession: partnerId');

        const res = await call('media.list with the app-token KS', S().media.listAction(null,
            new (O().FilterPager)({ pageSize: 1 })), ctx.newClient(info.ks));
        assertObject(res, 'KalturaMediaListResponse', 'media.list with the app-token KS');
    },

    async system(ctx) {
        const pong = await call('system.ping', S().system.ping(), ctx.client);
        assert.equal(pong, true, `system.ping: expected true, got ${JSON.stringify(pong)}`);
        const version = await call('system.getVersion', S().system.getVersion(), ctx.client);
        assert.equal(typeof version, 'string', `system.getVersion: expected a string, got ${JSON.stringify(version)}`);
        assert.ok(version.length > 0, 'system.getVersion: empty string');
    },

    async list(ctx) {
        await ctx.ensureAdminKs();
        const filter = new (O().MediaEntryFilter)({ statusIn: '2,7', orderBy: '-createdAt' });
        const pager = new (O().FilterPager)({ pageSize: 10 });
        const res = await call('media.list', S().media.listAction(filter, pager), ctx.client);
        assertList(res, 'KalturaMediaListResponse', 'KalturaMediaEntry', 'media.list');
        assert.ok(res.totalCount >= 1, `media.list: totalCount ${res.totalCount}, expected >= 1 with --seed ${opts.seed}`);
        assert.equal(res.objects.length, Math.min(10, res.totalCount), 'media.list: page length');
        let prev = Infinity;
        for (const [i, e] of res.objects.entries()) {
            assert.ok(typeof e.id === 'string' && e.id.length > 0, `media.list: objects[${i}].id`);
            assert.ok([2, 7].includes(Number(e.status)), `media.list: objects[${i}].status ${e.status} not in statusIn 2,7`);
            assert.equal(Number(e.partnerId), ctx.partnerId, `media.list: objects[${i}].partnerId`);
            assert.equal(typeof e.createdAt, 'number', `media.list: objects[${i}].createdAt must be a number`);
            assert.ok(e.createdAt <= prev, `media.list: not ordered by -createdAt at objects[${i}]`);
            prev = e.createdAt;
        }
        ctx.listed = res.objects;
    },

    async getUpdate(ctx) {
        const { id } = await ctx.someEntry();
        const before = await call('media.get', S().media.get(id), ctx.client);
        assertObject(before, 'KalturaMediaEntry', 'media.get');
        assert.equal(before.id, id, 'media.get: id');

        const name = `conformance renamed ${Date.now()}`;
        const tags = 'conformance,renamed';
        const patch = new (O().MediaEntry)({ name, tags }); // only these two fields go on the wire
        const updated = await call('media.update', S().media.update(id, patch), ctx.client);
        assertObject(updated, 'KalturaMediaEntry', 'media.update');
        assert.equal(updated.id, id, 'media.update: id');
        assert.equal(updated.name, name, 'media.update: returned name');
        assert.ok(sameTags(updated.tags, tags), `media.update: returned tags ${JSON.stringify(updated.tags)}`);

        const after = await call('media.get (after update)', S().media.get(id), ctx.client);
        assertObject(after, 'KalturaMediaEntry', 'media.get (after update)');
        assert.equal(after.name, name, 'media.get after update: name');
        assert.ok(sameTags(after.tags, tags), `media.get after update: tags ${JSON.stringify(after.tags)}`);
        assert.equal(typeof after.updatedAt, 'number', 'media.get after update: updatedAt must be a number');
        assert.ok(after.updatedAt >= before.updatedAt,
            `updatedAt decreased: ${before.updatedAt} -> ${after.updatedAt}`);
        // Partial update: what was not sent is untouched.
        assert.equal(after.createdAt, before.createdAt, 'media.update changed createdAt');
        assert.equal(after.description, before.description, 'media.update changed description');
        assert.equal(after.mediaType, before.mediaType, 'media.update changed mediaType');
    },

    async upload(ctx) {
        await ctx.ensureAdminKs();
        const entry = await call('media.add', S().media.add(new (O().MediaEntry)({
            mediaType: kaltura.enums.MediaType.VIDEO, name: `conformance upload ${Date.now()}`,
        })), ctx.client);
        assertObject(entry, 'KalturaMediaEntry', 'media.add');
        assert.ok(typeof entry.id === 'string' && entry.id.length > 0, 'media.add: id');
        assert.equal(Number(entry.status), 7, 'media.add: a new entry is NO_CONTENT (7)');

        const size = 3 * MiB + 123;
        const data = crypto.randomBytes(size);
        const fileName = 'conformance-upload.bin';
        const token = await call('uploadToken.add', S().uploadToken.add(
            new (O().UploadToken)({ fileName, fileSize: size })), ctx.client);
        assertObject(token, 'KalturaUploadToken', 'uploadToken.add');
        assert.ok(typeof token.id === 'string' && token.id.length > 0, 'uploadToken.add: id');
        assert.equal(Number(token.status), 0, 'uploadToken.add: status PENDING (0)');
        assert.equal(token.fileName, fileName, 'uploadToken.add: fileName');
        assert.equal(Number(token.fileSize), size, 'uploadToken.add: fileSize');

        // Three chunks, sent as Buffers (the client names such parts "chunk", no extension).
        const chunks = [
            { at: 0, end: MiB, resume: false, final: false },
            { at: MiB, end: 2 * MiB, resume: true, final: false },
            { at: 2 * MiB, end: size, resume: true, final: true },
        ];
        for (const [i, c] of chunks.entries()) {
            const label = `uploadToken.upload chunk ${i + 1} (resume=${c.resume}, resumeAt=${c.at}, finalChunk=${c.final})`;
            const t = await call(label, S().uploadToken.upload(token.id, data.subarray(c.at, c.end),
                c.resume, c.final, c.at), ctx.client);
            assertObject(t, 'KalturaUploadToken', label);
            assert.equal(t.id, token.id, `${label}: id`);
            assert.equal(Number(t.uploadedFileSize), c.end, `${label}: uploadedFileSize`);
            assert.equal(Number(t.status), c.final ? 2 : 1, `${label}: status`);
        }

        const got = await call('uploadToken.get', S().uploadToken.get(token.id), ctx.client);
        assertObject(got, 'KalturaUploadToken', 'uploadToken.get');
        assert.equal(Number(got.status), 2, 'uploadToken.get: status FULL_UPLOAD (2)');
        assert.equal(Number(got.uploadedFileSize), size, 'uploadToken.get: uploadedFileSize');

        const resource = new (O().UploadedFileTokenResource)({ token: token.id });
        const added = await call('media.addContent', S().media.addContent(entry.id, resource), ctx.client);
        assertObject(added, 'KalturaMediaEntry', 'media.addContent');
        assert.equal(added.id, entry.id, 'media.addContent: id');
        assert.notEqual(Number(added.status), 7, 'media.addContent: entry still NO_CONTENT (7)');
        ctx.uploadedEntryId = entry.id;

        const closed = await call('uploadToken.get (after addContent)', S().uploadToken.get(token.id), ctx.client);
        assert.equal(Number(closed.status), 3, 'uploadToken.get after addContent: status CLOSED (3)');

        const stored = await ctx.controlGet(`/__sandbox/uploads/${encodeURIComponent(token.id)}`);
        assert.equal(Number(stored.size), size, '/__sandbox/uploads: size');
        assert.equal(String(stored.sha256).toLowerCase(), sha256(data),
            '/__sandbox/uploads: sha256 differs from the local file');
    },

    async assets(ctx) {
        await ctx.ensureAdminKs();
        const entry = await call('media.add', S().media.add(new (O().MediaEntry)({
            mediaType: kaltura.enums.MediaType.VIDEO, name: `conformance assets ${Date.now()}`,
        })), ctx.client);
        assertObject(entry, 'KalturaMediaEntry', 'media.add');

        const flavorList = async (entryId, label) => {
            const r = await call(label, S().flavorAsset.listAction(
                new (O().FlavorAssetFilter)({ entryIdEqual: entryId })), ctx.client);
            assertList(r, 'KalturaFlavorAssetListResponse', 'KalturaFlavorAsset', label);
            for (const f of r.objects)
                assert.equal(f.entryId, entryId, `${label}: a flavor of another entry`);
            return r;
        };
        const thumbList = async (entryId, label) => {
            const r = await call(label, S().thumbAsset.listAction(
                new (O().ThumbAssetFilter)({ entryIdEqual: entryId })), ctx.client);
            assertList(r, 'KalturaThumbAssetListResponse', 'KalturaThumbAsset', label);
            for (const t of r.objects)
                assert.equal(t.entryId, entryId, `${label}: a thumbnail of another entry`);
            return r;
        };

        const flavors = await flavorList(entry.id, 'flavorAsset.list (new entry)');
        assert.equal(flavors.totalCount, 0, 'flavorAsset.list: a NO_CONTENT entry has no flavors');
        const thumbsBefore = await thumbList(entry.id, 'thumbAsset.list (new entry)');

        const pngPath = path.join(ctx.scratch, 'conformance-thumb.png');
        fs.writeFileSync(pngPath, makePng(16, 16));
        const thumb = await call('thumbAsset.addFromImage', S().thumbAsset.addFromImage(entry.id, pngPath), ctx.client);
        assertObject(thumb, 'KalturaThumbAsset', 'thumbAsset.addFromImage');
        assert.ok(typeof thumb.id === 'string' && thumb.id.length > 0, 'thumbAsset.addFromImage: id');
        assert.equal(thumb.entryId, entry.id, 'thumbAsset.addFromImage: entryId');
        assert.equal(Number(thumb.width), 16, 'thumbAsset.addFromImage: width');
        assert.equal(Number(thumb.height), 16, 'thumbAsset.addFromImage: height');
        assert.equal(thumb.fileExt, 'png', 'thumbAsset.addFromImage: fileExt');
        assert.equal(Number(thumb.status), 2, 'thumbAsset.addFromImage: status READY (2)');

        const thumbsAfter = await thumbList(entry.id, 'thumbAsset.list (after addFromImage)');
        assert.equal(thumbsAfter.totalCount, thumbsBefore.totalCount + 1, 'thumbAsset.list: totalCount after addFromImage');
        assert.ok(thumbsAfter.objects.some((t) => t.id === thumb.id), 'thumbAsset.list: the new thumbnail is missing');

        // A seeded entry: shapes only (whether it has flavors depends on --seed-media).
        const seeded = await ctx.someEntry();
        await flavorList(seeded.id, 'flavorAsset.list (seeded entry)');
        await thumbList(seeded.id, 'thumbAsset.list (seeded entry)');

        // The entry of the upload step (if it ran) gets a source flavor (flavorParamsId 0).
        if (ctx.uploadedEntryId) {
            const deadline = Date.now() + 15000;
            for (;;) {
                const r = await flavorList(ctx.uploadedEntryId, 'flavorAsset.list (uploaded entry)');
                if (r.objects.some((f) => Number(f.flavorParamsId) === 0))
                    break;
                assert.ok(Date.now() < deadline, 'flavorAsset.list: no source flavor (flavorParamsId 0) on the uploaded entry after 15 s');
                await sleep(500);
            }
        }
    },

    // media.list(pageSize 1) + media.get("{1:result:objects:0:id}") in one multirequest.
    async multirequest(ctx) {
        await ctx.ensureAdminKs();
        const mr = S().media.listAction(
            new (O().MediaEntryFilter)({ orderBy: '-createdAt' }), new (O().FilterPager)({ pageSize: 1 }))
            .add(S().media.get('{1:result:objects:0:id}'));
        assert.ok(mr instanceof kaltura.MultiRequestBuilder, 'RequestBuilder.add should make a MultiRequestBuilder');
        const results = await call('multirequest', mr, ctx.client);
        assert.ok(Array.isArray(results), `multirequest: expected an array, got ${JSON.stringify(results)?.slice(0, 200)}`);
        assert.equal(results.length, 2, 'multirequest: number of results');
        assert.ok(!isApiException(results[0]), `multirequest[0] failed: ${JSON.stringify(results[0])}`);
        assert.ok(!isApiException(results[1]), `multirequest[1] failed: ${JSON.stringify(results[1])}`);
        assertList(results[0], 'KalturaMediaListResponse', 'KalturaMediaEntry', 'multirequest[0] media.list');
        assert.equal(results[0].objects.length, 1, 'multirequest[0]: pageSize 1');
        assertObject(results[1], 'KalturaMediaEntry', 'multirequest[1] media.get');
        assert.equal(results[1].id, results[0].objects[0].id, 'multirequest: the dependency did not resolve to the listed id');
    },

    async error(ctx) {
        await ctx.ensureAdminKs();
        const missing = '0_nosuch00';
        const e = await expectApiError('media.get (missing entry)', S().media.get(missing), ctx.client,
            'ENTRY_ID_NOT_FOUND');
        assert.equal(e.message, `Entry id "${missing}" not found`, 'ENTRY_ID_NOT_FOUND message');

        // In a multirequest an error is one item of the array; the others still succeed.
        const results = await call('multirequest with a failing item',
            S().system.ping().add(S().media.get(missing)), ctx.client);
        assert.ok(Array.isArray(results) && results.length === 2,
            `multirequest with a failing item: expected 2 results, got ${JSON.stringify(results)?.slice(0, 200)}`);
        assert.equal(results[0], true, 'multirequest[0] system.ping');
        assert.ok(isApiException(results[1]), `multirequest[1]: expected an API exception, got ${JSON.stringify(results[1])?.slice(0, 200)}`);
        assert.equal(results[1].code, 'ENTRY_ID_NOT_FOUND', 'multirequest[1]: code');
        assert.equal(results[1].objectType, 'KalturaAPIException', 'multirequest[1]: objectType');
    },
};

// ---------------------------------------------------------------------------------------------
// Main

const startedAt = Date.now();
dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minikmc-conformance-'));
const sandboxData = path.join(dataDir, 'data');
const scratch = path.join(dataDir, 'scratch');
fs.mkdirSync(sandboxData);
fs.mkdirSync(scratch);

sandbox = new Sandbox(opts.binary,
    ['--listen', '127.0.0.1:0', '--data', sandboxData, '--seed', String(opts.seed)], opts.verbose);
let ready;
try {
    ready = await sandbox.start(opts.readyTimeoutS * 1000);
    validateReady(ready);
} catch (e) {
    failEverything('startup', e.message);
}
process.stderr.write(`conformance: kaltura-client ${require('kaltura-client/package.json').version}, `
    + `sandbox ${ready.serviceUrl} partner ${ready.partnerId}, steps ${opts.steps.join(',')}\n`);

const ctx = new Context(ready, scratch, opts.verbose);

test('kaltura-client conformance', async (t) => {
    try {
        for (const name of STEPS) {
            if (!opts.steps.includes(name)) {
                record(name, 'skipped', 'not selected');
                await t.test(name, { skip: 'not selected with --steps' }, () => {});
                continue;
            }
            const remaining = opts.deadlineS * 1000 - (Date.now() - startedAt);
            if (remaining < 1000) {
                record(name, 'failed', `not run: overall deadline of ${opts.deadlineS} s exceeded`);
                await t.test(name, () => assert.fail(`not run: overall deadline of ${opts.deadlineS} s exceeded`));
                continue;
            }
            // `done` is set only if the step body ran to completion; node:test may also fail a step
            // without the body ever returning (timeout, or the client's unhandled rejections).
            const state = { done: false, error: null, open: true };
            let sub = null;
            await t.test(name, { timeout: Math.min(opts.stepTimeoutS * 1000, remaining) }, async (st) => {
                sub = st;
                try {
                    await steps[name](ctx);
                    if (state.open)
                        state.done = true;
                } catch (e) {
                    if (state.open)
                        state.error = e;
                    throw e;
                }
            });
            state.open = false;
            const ok = state.done && (sub?.passed ?? true);
            let message = '';
            if (!ok) {
                message = state.error?.message || sub?.error?.message
                    || 'failed (timeout or an unhandled rejection inside the client; see TAP output)';
                if (/\[object Object\]/.test(message)) {
                    // MultiRequestBuilder throws `new Error(answer)` when the answer is not an array.
                    message = 'the client threw "[object Object]" (its reaction to a multirequest answer '
                        + `that is not an array, e.g. a top-level KalturaAPIException); last answer: ${describeLastAnswer()}`;
                }
                if (sandbox.exited)
                    message += ` [sandbox has exited: code ${sandbox.exited.code}, signal ${sandbox.exited.signal}]`;
            }
            record(name, ok ? 'passed' : 'failed', message);
        }
    } finally {
        const died = sandbox.exited && !sandbox.expectedExit;
        const exit = await sandbox.stop();
        if (died)
            record('sandbox', 'failed', `exited during the run (code ${exit.code}, signal ${exit.signal})`);
        else if (exit && exit.signal === 'SIGKILL')
            notes.push('sandbox ignored SIGTERM for 10 s and was killed');
        const anyFailed = [...results.values()].some((r) => r.status === 'failed');
        if (anyFailed && sandbox.tail.length)
            process.stderr.write('--- sandbox output (last lines) ---\n' + sandbox.tail.join('\n') + '\n');
    }
});
