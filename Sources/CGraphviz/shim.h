// Graphviz's public C API, from Debian's libgraphviz-dev (headers are never copied here).
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
