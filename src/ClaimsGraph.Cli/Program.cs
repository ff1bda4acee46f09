// Placeholder entry point until the commands land.
return 0;
