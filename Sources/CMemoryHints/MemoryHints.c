/* SwiftPM builds a C target from at least one source file; the hints are all in the header. */
#include "CMemoryHints.h"
