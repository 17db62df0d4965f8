export { words } from './words.js';
export { plural, singular } from './inflection.js';
export { hasCommentMatching } from './comments.js';
export { indexCovers } from './indexes.js';
