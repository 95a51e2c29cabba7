#!/usr/bin/env node
'use strict';
process.exitCode = require('../server/out/cli.js').runCli(process.argv.slice(2));
