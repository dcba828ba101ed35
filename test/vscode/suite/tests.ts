// Every in-editor test file, in the order they run.
import './diagnostics.test';
import './hover.test';
import './quickfix.test';
import './commands.test';
import './snippets.test';
import './ambition.test';
import './language.test';
import './ui.test';
import './config.test';
import './view.test';
import './worker.test';
