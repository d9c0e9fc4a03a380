#!/usr/bin/env node
// The st2ts command: a stable file for package managers to link at install time (before
// `dist/` is built in a workspace); the CLI itself is dist/cli.js.
import "../dist/cli.js";
