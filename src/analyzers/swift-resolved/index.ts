import type { Analyzer } from '../types.js';
import { parsePackageResolved } from './parse.js';

export const swiftResolved: Analyzer = {
  id: 'swift-resolved',
  version: 1,
  // Xcode keeps it inside the project/workspace bundle (…/xcshareddata/swiftpm/Package.resolved); same name.
  claims: { names: ['Package.resolved'] },
  analyze: ({ path, text }) => parsePackageResolved(text(), path, 'swift-resolved'),
};
