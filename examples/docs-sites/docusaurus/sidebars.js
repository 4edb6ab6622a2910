// The pages in reading order, as the other generators list them.
module.exports = { guide: ['index', 'basics', 'many', 'long'] };
