# placeholder until the lexicon helper writes this file
