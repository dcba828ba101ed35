import { buildReport } from '../core/report';
import type { Formatter } from './types';

/** The versioned JSON contract, pretty-printed. */
export const formatJson: Formatter = (files) => JSON.stringify(buildReport(files.map((file) => file.report)), null, 2) + '\n';
