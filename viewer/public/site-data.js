// No embedded data: the viewer reads ./api (kg serve). `kg export --site DIR` replaces this file with the graph.
