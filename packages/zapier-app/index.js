'use strict';

// Zapier loads the app from `main` with require(); the whole app (SDK included) is bundled into dist/index.cjs.
module.exports = require('./dist/index.cjs');
